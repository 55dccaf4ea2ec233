"""Ingest: every input kind, dedup, and bad input handled without a traceback."""
from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import iter_documents
from detente.run import analyze_inputs
from detente.store.sql import Store

ARTICLE = ("Russian and Ukrainian delegations met in Istanbul on Friday for the first direct talks "
           "in three years. The two sides agreed to exchange prisoners, officials said, but made no "
           "progress on a ceasefire.")
HTML = f"""<!doctype html><html><head><title>Talks in Istanbul</title>
<meta name="author" content="Ann Writer"><meta property="article:published_time" content="2025-05-16">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Istanbul</h1><p>{ARTICLE}</p>
<p>The talks lasted less than two hours, and both delegations said they would report to their
capitals before any further meeting was planned.</p></article>
<footer>Copyright 2025 Example News. All rights reserved. Subscribe to our newsletter.</footer></body></html>"""


def docs_and_errors(inputs, **kw):
    items = list(iter_documents([str(i) for i in inputs], **kw))
    return ([i for i in items if not isinstance(i, InputError)],
            [i for i in items if isinstance(i, InputError)])


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    docs, errors = docs_and_errors([path], published="2025-05-17")
    assert not errors
    assert docs[0].text == ARTICLE and docs[0].published == "2025-05-17"
    assert docs[0].source == str(path) and docs[0].id.startswith("doc-")


def test_html_strips_boilerplate_and_keeps_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    docs, errors = docs_and_errors([path])
    assert not errors
    assert "Istanbul on Friday" in docs[0].text
    assert "Subscribe" not in docs[0].text and "Home" not in docs[0].text
    assert docs[0].title == "Talks in Istanbul"
    assert docs[0].author == "Ann Writer"
    assert docs[0].published == "2025-05-16"


def test_jsonl_records_keep_ids_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [{"id": "one", "text": ARTICLE, "published": "2025-05-16T10:00:00Z", "outlet": "X"},
            {"id": "two", "text": ARTICLE + " More.", "title": "T"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs, errors = docs_and_errors([path])
    assert not errors
    assert [d.id for d in docs] == ["one", "two"]
    assert docs[0].published == "2025-05-16" and docs[0].outlet == "X"


def test_json_array_and_directory_recursion(tmp_path: Path) -> None:
    sub = tmp_path / "nested" / "deeper"
    sub.mkdir(parents=True)
    (sub / "b.json").write_text(json.dumps([{"id": "j1", "text": ARTICLE}]), encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE + " Text file.", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG\x00\x00")
    docs, errors = docs_and_errors([tmp_path])
    assert not errors
    assert sorted(d.id for d in docs)[1] == "j1"
    assert len(docs) == 2


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = ARTICLE + " The French minister, Jean-Noël Barrot, said it was a début."
    path.write_bytes(text.encode("latin-1"))
    docs, errors = docs_and_errors([path])
    assert not errors
    assert "Jean-Noël" in docs[0].text


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n ", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
    ("broken.html", b"<html><body><nav>Menu</nav></body></html>", "no article text"),
    ("french.txt", ("Les négociations entre la Russie et l'Ukraine se poursuivent à Istanbul "
                    "malgré les désaccords profonds sur le cessez-le-feu, selon des diplomates "
                    "présents sur place jeudi soir.").encode(), "English"),
    ("missing.txt", None, "no such file"),
])
def test_bad_inputs_give_one_line_errors(tmp_path: Path, name: str, content: bytes | None,
                                         problem: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    docs, errors = docs_and_errors([path])
    assert not docs
    assert len(errors) == 1
    message = str(errors[0])
    assert str(path) in message and problem in message and "\n" not in message


def test_broken_jsonl_line_reports_line_and_keeps_others(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n{not json\n"
                    + json.dumps({"id": "notext"}) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors([path])
    assert [d.id for d in docs] == ["ok"]
    assert [str(e).split(":")[1] for e in errors] == ["2", "3"]
    assert "malformed JSON" in str(errors[0]) and "'text'" in str(errors[1])


def test_bad_published_date_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "d", "text": ARTICLE, "published": "last Tuesday"}), encoding="utf-8")
    docs, errors = docs_and_errors([path])
    assert not docs and "not a date" in str(errors[0])


def test_same_text_twice_is_stored_once(tmp_path: Path, analyzer, store: Store) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text("  " + ARTICLE.replace(" ", "  ") + "\n", encoding="utf-8")  # same words
    first = analyze_inputs([str(a), str(b)], store, analyzer)
    second = analyze_inputs([str(a)], store, analyzer)
    assert (first.analysed, first.duplicates) == (1, 1)
    assert (second.analysed, second.duplicates) == (0, 1)
    assert store.count("documents") == 1


def test_reanalysis_replaces_extractions(tmp_path: Path, analyzer, store: Store) -> None:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    analyze_inputs([str(a)], store, analyzer)
    before = store.count("mentions")
    report = analyze_inputs([str(a)], store, analyzer, reanalyze=True)
    assert report.analysed == 1
    assert store.count("mentions") == before > 0
    assert store.count("documents") == 1


def test_failed_input_leaves_store_untouched(tmp_path: Path, analyzer, store: Store) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    analyze_inputs([str(good)], store, analyzer)
    snapshot = (store.count("documents"), store.count("mentions"), store.count("actors"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken", encoding="utf-8")
    report = analyze_inputs([str(bad)], store, analyzer)
    assert report.failed == 1
    assert (store.count("documents"), store.count("mentions"), store.count("actors")) == snapshot


class _Site(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802
        if self.path not in self.pages:
            self.send_error(404)
            return
        ctype, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
      <item><title>Talks</title><link>{base}/a1</link><pubDate>Fri, 16 May 2025 10:00:00 GMT</pubDate></item>
      <item><title>Gone</title><link>{base}/missing</link></item></channel></rss>"""
    _Site.pages = {"/a1": ("text/html", HTML.encode()), "/feed": ("application/rss+xml", feed.encode())}
    yield base
    server.shutdown()


def test_url_is_fetched_and_extracted(site: str) -> None:
    docs, errors = docs_and_errors([f"{site}/a1"])
    assert not errors and docs[0].url == f"{site}/a1" and "Istanbul" in docs[0].text


def test_feed_fetches_every_item_and_reports_failures(site: str) -> None:
    docs, errors = docs_and_errors([f"{site}/feed"])
    assert len(docs) == 1 and docs[0].published == "2025-05-16"
    assert len(errors) == 1 and "missing" in str(errors[0]) and "404" in str(errors[0])


def test_unreachable_url_is_an_error() -> None:
    docs, errors = docs_and_errors(["http://127.0.0.1:9/nothing"])
    assert not docs and "cannot fetch" in str(errors[0])
