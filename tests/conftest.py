"""Shared fixtures: one Analyzer per session (loading spaCy is the slow part), temp stores,
and the real corpus in ../shared (tests that need it skip with a message when it is absent)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.nlp.pipeline import Analyzer
from detente.store.sql import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "test.db")


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the real-article tests need ../shared/corpus next to the repository")
    return path


def corpus_records(name: str) -> list[dict]:
    return [json.loads(line) for line in corpus_file(name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Store:
    """A store holding seeds.jsonl and news-2025q1.jsonl, analysed once per session."""
    from detente.run import analyze_inputs

    files = [str(corpus_file("seeds.jsonl")), str(corpus_file("news-2025q1.jsonl"))]
    store = Store(tmp_path_factory.mktemp("corpus") / "corpus.db")
    report = analyze_inputs(files, store, analyzer)
    assert report.failed == 0
    return store
