"""The store: schema version, transactions, and the same code on PostgreSQL."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from detente.errors import DataError, StoreError
from detente.records import Actor, Document, Mention, Quote
from detente.store.sql import Analysis, Store


def _analysis(doc_id: str = "d1", text_: str = "Kyiv and Moscow met.") -> Analysis:
    doc = Document(id=doc_id, text=text_, content_hash=doc_id * 4, published="2025-03-18")
    actor = Actor(id="russia", name="Russia", kind="state", country="RUS", aliases=["Moscow"])
    return Analysis(doc, [actor], [Mention(doc_id, "russia", "Moscow", 9, 15)])


def test_schema_version_is_recorded(store: Store) -> None:
    assert store.schema_version == 3


def _as_version_1(store: Store) -> None:
    """Make a store look like one written by detente at schema version 1 (no reported_by, no
    sentence)."""
    with store.engine.begin() as conn:
        for column in ("reported_by_text", "reported_by_start", "reported_by_end", "reported_by_id",
                       "sentence", "sentence_start", "sentence_end"):
            conn.execute(text(f"ALTER TABLE quotes DROP COLUMN {column}"))
        conn.execute(text("UPDATE detente_meta SET value='1' WHERE key='schema_version'"))


def _check_upgrade(url: str) -> None:
    store = Store(url)
    analysis = _analysis("old")
    analysis.quotes.append(Quote(id="old:q1", document_id="old", kind="direct", text="Moscow", start=9, end=15,
                                 speaker_id="russia"))
    store.save(analysis)
    _as_version_1(store)
    store.engine.dispose()
    upgraded = Store(url)  # opened by this version: brought up to date, nothing lost
    assert upgraded.schema_version == 3
    [quote] = upgraded.quotes()
    assert (quote.text, quote.speaker_id, quote.reported_by_id, quote.sentence) == ("Moscow", "russia", None, None)
    new = _analysis("new")
    new.quotes.append(Quote(id="new:q1", document_id="new", kind="direct", text="Moscow", start=9, end=15,
                            reported_by_text="Interfax", reported_by_start=0, reported_by_end=8,
                            sentence="Kyiv and Moscow met.", sentence_start=0, sentence_end=20))
    upgraded.save(new)
    assert {q.id: (q.reported_by_text, q.sentence) for q in upgraded.quotes()} == {
        "old:q1": (None, None), "new:q1": ("Interfax", "Kyiv and Moscow met.")}


def test_store_of_an_older_version_is_upgraded_in_place(tmp_path: Path) -> None:
    _check_upgrade(f"sqlite:///{tmp_path / 'old.db'}")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE detente_meta SET value='99' WHERE key='schema_version'"))
    with pytest.raises(StoreError, match="schema version 99"):
        Store(tmp_path / "s.db")


def test_failed_save_rolls_back_whole_document(store: Store) -> None:
    bad = _analysis("d2")
    bad.mentions.append(Mention("d2", "russia", None, 0, 1))  # type: ignore[arg-type] - NOT NULL
    with pytest.raises(Exception):
        store.save(bad)
    assert store.count("documents") == 0 and store.count("mentions") == 0


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "missing-dir" / "x.db")


def test_malformed_pack_names_file_and_line(tmp_path: Path) -> None:
    from detente.packs import load_pack
    pack = tmp_path / "bad"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: bad\ntitle: Bad\n")
    (pack / "actors.yaml").write_text("actors:\n  - id: ok\n    name: OK\n    kind: state\n"
                                      "  - id: worse\n    name: Worse\n    kind: planet\n")
    with pytest.raises(DataError, match=r"actors.yaml:5: kind"):
        load_pack(str(pack))
    # a person's pronoun is "he" or "she"
    (pack / "actors.yaml").write_text("actors:\n  - id: ana\n    name: Ana Ruiz\n    kind: person\n"
                                      "    pronoun: her\n")
    with pytest.raises(DataError, match=r"actors.yaml:2: pronoun"):
        load_pack(str(pack))


# ---- PostgreSQL: a real server from Debian's packages, on a loopback port

def _pg_bin() -> Path | None:
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / "initdb").exists():
            return root
    return None


@pytest.fixture(scope="module")
def pg_url():
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql)")
    # not under pytest's tmp dirs: those are 0700 root-only, and the server runs as postgres
    data = Path(tempfile.mkdtemp(prefix="detente-pg-"))
    user = "postgres" if os.geteuid() == 0 else None
    run_as = ["runuser", "-u", user, "--"] if user else []
    if user:
        shutil.chown(data, user)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(run_as + [str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "detente"],
                   check=True, capture_output=True)
    subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(data / "db"), "-l", str(data / "log"), "-o",
                    f"-p {port} -k {data} -h 127.0.0.1", "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://detente@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@pytest.mark.postgres
def test_postgres_round_trip_and_replace(pg_url: str) -> None:
    store = Store(pg_url)
    store.save(_analysis("pg1"))
    store.save(_analysis("pg1"))  # re-analysis replaces, never duplicates
    assert store.count("documents") == 1 and store.count("mentions") == 1
    assert store.actors()[0].aliases == ["Moscow"]
    assert store.find_hash("pg1" * 4) == "pg1"
    assert store.schema_version == 3


@pytest.mark.postgres
def test_postgres_store_of_an_older_version_is_upgraded(pg_url: str) -> None:
    store = Store(pg_url)
    with store.engine.begin() as conn:  # a fresh database for this test
        for table in ("positions", "events", "quotes", "mentions", "actors", "documents", "detente_meta"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    store.engine.dispose()
    _check_upgrade(pg_url)
