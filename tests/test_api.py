"""The REST API, in-process, on a store built from our own sample reports."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.api import create_app
from detente.run import analyze_inputs
from detente.store.sql import Store
from detente.views import SAMPLE_PATH


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, analyzer) -> TestClient:
    db = tmp_path_factory.mktemp("api") / "api.db"
    analyze_inputs([str(SAMPLE_PATH)], Store(db), analyzer)
    app = create_app(str(db), analyzer_factory=lambda: analyzer)
    return TestClient(app)


def test_documents_list_and_pagination(client: TestClient) -> None:
    page = client.get("/api/documents", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 6 and page["count"] == 2 and page["offset"] == 1
    assert "text" not in page["items"][0]


def test_document_with_extractions(client: TestClient) -> None:
    body = client.get("/api/documents/sample-2025-03-14-putin-conditions").json()
    assert body["document"]["published"] == "2025-03-14"
    assert any(q["speaker_id"] == "vladimir-putin" for q in body["quotes"])
    assert body["mentions"]
    assert client.get("/api/documents/nope").status_code == 404


def test_quotes_filters_and_csv(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "Putin"}).json()["items"]
    assert quotes and all(q["speaker_id"] == "vladimir-putin" for q in quotes)
    found = client.get("/api/quotes", params={"search": "behind our backs"}).json()["items"]
    assert [q["speaker_id"] for q in found] == ["volodymyr-zelensky"]
    csv_text = client.get("/api/quotes", params={"format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("id,document_id,kind,text")


def test_events_timeline_matrix_shifts(client: TestClient) -> None:
    events = client.get("/api/events", params={"type": "CONSULT"}).json()["items"]
    assert events and all(e["type"] == "CONSULT" for e in events)
    timeline = client.get("/api/timeline", params={"actor": "Putin"}).json()["items"]
    assert timeline and timeline == sorted(timeline, key=lambda e: e["date"] or "")
    cells = client.get("/api/matrix", params={"issue": "ceasefire"}).json()["items"]
    assert cells and all(c["issue"] == "ceasefire" for c in cells)
    assert client.get("/api/shifts").status_code == 200


def test_search_documents_and_quotes(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Black Sea"}).json()["items"]
    assert any(h["kind"] == "document" and h["id"] == "sample-2025-03-25-black-sea" for h in hits)
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_bad_parameters_are_422(client: TestClient) -> None:
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/api/quotes", params={"format": "xml"}).status_code == 422


def test_writing_needs_the_token(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    body = {"text": "Ukraine and Russia exchanged 200 prisoners of war on Friday, officials in Kyiv said.",
            "published": "2025-04-19", "id": "api-swap"}
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    assert client.post("/api/documents", json=body).status_code == 403
    monkeypatch.setenv("DETENTE_TOKEN", "s3cret")
    assert client.post("/api/documents", json=body).status_code == 401
    assert client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/documents", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201 and ok.json()["documents"] == [{"id": "api-swap", "created": True}]
    again = client.post("/api/documents", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["documents"] == [{"id": "api-swap", "created": False}]
    assert client.get("/api/documents/api-swap").status_code == 200


def test_only_http_urls_or_text(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_TOKEN", "t")
    auth = {"Authorization": "Bearer t"}
    assert client.post("/api/documents", json={"url": "file:///etc/passwd"}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={}, headers=auth).status_code == 422
    bad = client.post("/api/documents", json={"text": "\x00\x01"}, headers=auth)
    assert bad.status_code == 422


def test_openapi_lists_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/documents", "/api/quotes", "/api/events", "/api/timeline", "/api/positions",
                  "/api/matrix", "/api/shifts", "/api/search", "/api/actors"):
        assert route in paths


def test_pages_escape_article_text(tmp_path, analyzer) -> None:
    from detente.records import Document
    db = tmp_path / "xss.db"
    store = Store(db)
    evil = Document(id="evil", text="Officials said <script>window.pwned=1</script> the talks in Riyadh ended "
                    "and Russia agreed to a ceasefire.", published="2025-03-25", content_hash="x" * 64)
    store.save(analyzer.analyze_one(evil))
    client = TestClient(create_app(str(db)))
    page = client.get("/documents/evil").text
    assert "<script>window.pwned" not in page and "window.pwned=1&lt;/script&gt;" in page


def test_quotes_page_shows_a_mixed_quote_in_its_sentence_escaped(tmp_path, analyzer) -> None:
    from detente.records import Document
    db = tmp_path / "mixed.db"
    store = Store(db)
    doc = Document(id="mixed", text="Lavrov said the <b>plan</b> was “a trick to rearm Kyiv” and would fail.",
                   published="2025-03-25", content_hash="m" * 64)
    store.save(analyzer.analyze_one(doc))
    [quote] = store.quotes()
    assert (quote.kind, quote.sentence) == ("mixed", doc.text)
    page = TestClient(create_app(str(db))).get("/quotes").text
    assert ("Lavrov said the &lt;b&gt;plan&lt;/b&gt; was “<mark>a trick to rearm Kyiv</mark>” and would fail."
            in page)
