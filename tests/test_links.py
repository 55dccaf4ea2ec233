"""The same quoted words carried by several documents share a cluster; a user lists the cluster
in the CLI, the API and the web page."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.analysis.links import cluster_quotes
from detente.api import create_app
from detente.cli import app
from detente.records import Quote
from detente.run import analyze_inputs
from detente.store.sql import Store

LONG_A = ("If we cannot reach a deal on stopping the fighting, and if I think it was their fault, "
          "I am going to put tariffs on all the oil coming out of that country")
LONG_B = ("if I think it was their fault, I am going to put tariffs on all the oil coming out of that "
          "country, and that will be hard for them")


def quote(qid: str, doc: str, text: str, speaker: str | None = "donald-trump", kind: str = "direct") -> Quote:
    return Quote(id=qid, document_id=doc, kind=kind, text=text, start=0, end=len(text), speaker_id=speaker)


def clusters(quotes: list[Quote], dates: dict[str, str] | None = None) -> list[set[str]]:
    found: dict[str, set[str]] = {}
    for qid, cid in cluster_quotes(quotes, dates).items():
        if cid:
            found.setdefault(cid, set()).add(qid)
    return sorted(found.values(), key=sorted)


def test_long_quotes_cut_differently_are_one_cluster() -> None:
    assert clusters([quote("a", "d1", LONG_A), quote("b", "d2", LONG_B, speaker=None)]) == [{"a", "b"}]


def test_the_same_document_twice_is_no_cluster() -> None:
    assert clusters([quote("a", "d1", LONG_A), quote("b", "d1", LONG_B)]) == []


def test_a_quote_inside_a_longer_one_needs_the_same_speaker() -> None:
    inner = "going to put tariffs on all"
    assert clusters([quote("a", "d1", LONG_A), quote("b", "d2", inner, kind="mixed")]) == [{"a", "b"}]
    assert clusters([quote("a", "d1", LONG_A), quote("b", "d2", inner, speaker="vladimir-putin")]) == []


@pytest.mark.parametrize("words, days_apart, linked", [
    ("very angry", 1, True),
    ("very angry", 30, False),  # two words a month apart: another occasion
    ("a dictator without elections", 39, True),
])
def test_short_fragments_need_the_same_speaker_and_close_dates(words: str, days_apart: int, linked: bool) -> None:
    dates = {"d1": "2025-02-01", "d2": f"2025-{2 + (days_apart // 28):02d}-{1 + days_apart % 28:02d}"}
    same = [quote("a", "d1", words, kind="mixed"), quote("b", "d2", words, kind="mixed")]
    assert clusters(same, dates) == ([{"a", "b"}] if linked else [])
    other = [quote("a", "d1", words, kind="mixed"), quote("b", "d2", words, kind="mixed", speaker="jd-vance")]
    assert clusters(other, dates) == []
    assert clusters(same, {}) == []  # dates unknown: not linked


def test_indirect_speech_is_never_clustered() -> None:
    assert clusters([quote("a", "d1", LONG_A, kind="indirect"), quote("b", "d2", LONG_A, kind="indirect")]) == []


@pytest.fixture(scope="module")
def carried_db(tmp_path_factory: pytest.TempPathFactory, analyzer) -> str:
    """Two reports, written for this test, that carry the same words of a leader cut differently."""
    folder = tmp_path_factory.mktemp("carried")
    records = [
        {"id": "wire-1", "published": "2025-03-30", "outlet": "Wire One", "text":
         f"Donald Trump spoke to a broadcaster on Sunday. “{LONG_A},” Trump said."},
        {"id": "wire-2", "published": "2025-03-31", "outlet": "Wire Two", "text":
         f"Donald Trump threatened new measures. “{LONG_B[0].upper() + LONG_B[1:]},” he said on Sunday."},
        {"id": "wire-3", "published": "2025-03-31", "outlet": "Wire Three", "text":
         "Donald Trump said the talks were “going well,” and Putin agreed."},
    ]
    path = folder / "carried.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    db = str(folder / "carried.db")
    analyze_inputs([str(path)], Store(db), analyzer)
    return db


def _cluster_of(db: str) -> str:
    ids = {q.cluster_id for q in Store(db).quotes() if q.cluster_id}
    assert len(ids) == 1, ids
    return ids.pop()


def test_api_and_cli_list_who_carried_a_quote(carried_db: str) -> None:
    cluster = _cluster_of(carried_db)
    client = TestClient(create_app(carried_db))
    items = client.get("/api/quotes", params={"cluster": cluster}).json()["items"]
    assert sorted(q["document_id"] for q in items) == ["wire-1", "wire-2"]
    result = CliRunner().invoke(app, ["show", "quotes", "--db", carried_db, "--cluster", cluster])
    assert result.exit_code == 0, result.output
    assert "wire-1" in result.output and "wire-2" in result.output and "wire-3" not in result.output
    assert "2 documents" in result.output


def test_quotes_page_links_to_the_documents_that_carried_it(carried_db: str) -> None:
    cluster = _cluster_of(carried_db)
    client = TestClient(create_app(carried_db))
    page = client.get("/quotes").text
    assert f'href="/quotes?cluster={cluster}"' in page and "carried by 2 documents" in page
    page = client.get("/quotes", params={"cluster": cluster}).text
    assert "The same words in 2 documents" in page and "going well" not in page


def test_who_reported_a_quote_is_shown(tmp_path, analyzer) -> None:
    from detente.records import Document
    db = str(tmp_path / "via.db")
    store = Store(db)
    store.save(analyzer.analyze_one(Document(
        id="via", published="2025-03-28", content_hash="v" * 64,
        text="“We hope we will make no mistakes this time,” Putin said, according to TASS.")))
    [quote] = store.quotes()
    assert (quote.speaker_id, quote.reported_by_text, quote.reported_by_id) == ("vladimir-putin", "TASS", "tass")
    result = CliRunner().invoke(app, ["show", "quotes", "--db", db])
    assert "Vladimir Putin (via TASS)" in result.output
    page = TestClient(create_app(db)).get("/quotes").text
    assert 'via <a href="/actors/tass">TASS</a>' in page
