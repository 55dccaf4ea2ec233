"""Web pages: matrix, timeline, quotes, documents, document view, actor page.

Every piece of article text goes through Jinja2 autoescaping; nothing from a document is
ever marked safe, so a stored `<script>` is shown as text and never runs.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from detente.analysis.positions import matrix
from detente.analysis.timeline import timeline
from detente.packs import load_pack
from detente.store.search import search
from detente.store.sql import Store
from detente.views import carried_by

__all__ = ["mount_web", "segments"]

HERE = Path(__file__).parent
STANCE_ORDER = ["demand", "propose", "support", "accept", "oppose", "reject", "withdraw", "threaten"]


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """Cut a text at every span boundary; each piece lists the kinds and ids covering it.

    spans: (start, end, kind, id). Returns [{"text", "kinds", "ids"}] in order.
    """
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        covering = [(k, i) for s, e, k, i in spans if s <= a and b <= e]
        out.append({"text": text[a:b], "kinds": sorted({k for k, _ in covering}),
                    "ids": [i for _, i in covering]})
    return out


def mount_web(app: FastAPI, store: Store) -> None:
    """Add the HTML pages and static files to the app."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def names() -> dict[str, str]:
        return {a.id: a.name for a in store.actors()}

    def render(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"names": names(), **context})

    @app.get("/", response_class=HTMLResponse)
    def matrix_page(request: Request, as_of: str | None = None, issue: str | None = None):
        cells = matrix(store, as_of=as_of or None, issue=issue or None)
        issues = sorted({c.issue for c in cells})
        holders = sorted({c.holder_id for c in cells}, key=lambda h: -sum(1 for c in cells if c.holder_id == h))
        grid = {(c.holder_id, c.issue): c for c in cells}
        docs = {d.id: d for d in store.documents(with_text=False)}
        propositions = {i.id: i.proposition for i in load_pack().issues}
        return render(request, "matrix.html", cells=cells, issues=issues, holders=holders, grid=grid,
                      as_of=as_of or "", docs=docs, propositions=propositions, stances=STANCE_ORDER)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, actor: str | None = None, type: str | None = None,  # noqa: A002
                      since: str | None = None, until: str | None = None):
        entries = timeline(store, actor=actor or None, type_=type or None, since=since or None,
                           until=until or None)
        by_date: dict[str, list] = defaultdict(list)
        for e in entries:
            by_date[e.date or "undated"].append(e)
        types = sorted({e.type for e in store.events()})
        return render(request, "timeline.html", by_date=by_date, actor=actor or "", type=type or "",
                      types=types, since=since or "", until=until or "")

    @app.get("/quotes", response_class=HTMLResponse)
    def quotes_page(request: Request, q: str | None = None, speaker: str | None = None,
                    since: str | None = None, cluster: str | None = None):
        ids = store.resolve_actor_ids(speaker) if speaker else None
        found = store.quotes(speaker_ids=ids, since=since or None, search=None, cluster=cluster or None)
        if q:
            hits = {h.id for h in search(store, q, limit=1000) if h.kind == "quote"}
            found = [x for x in found if x.id in hits]
        docs = {d.id: d for d in store.documents(with_text=False)}
        return render(request, "quotes.html", quotes=found[:500], total=len(found), q=q or "",
                      speaker=speaker or "", since=since or "", docs=docs, cluster=cluster or "",
                      carried=carried_by(store))

    @app.get("/documents", response_class=HTMLResponse)
    def documents_page(request: Request, q: str | None = None):
        docs = store.documents(with_text=False)
        if q:
            hits = {h.document_id for h in search(store, q, limit=1000)}
            docs = [d for d in docs if d.id in hits]
        return render(request, "documents.html", docs=docs, q=q or "")

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str):
        doc = store.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        quotes, events, positions = store.quotes(doc=doc_id), store.events(doc=doc_id), store.positions(doc=doc_id)
        spans = ([(q.start, q.end, "quote", q.id) for q in quotes]
                 + [(e.start, e.end, "event", e.id) for e in events]
                 + [(p.start, p.end, "position", p.id) for p in positions])
        return render(request, "document.html", doc=doc, pieces=segments(doc.text, spans),
                      quotes=quotes, events=events, positions=positions)

    @app.get("/actors/{actor_id}", response_class=HTMLResponse)
    def actor_page(request: Request, actor_id: str):
        found = [a for a in store.actors() if a.id == actor_id]
        if not found:
            raise HTTPException(404, f"no actor {actor_id!r}")
        positions = sorted(store.positions(holder_ids=[actor_id]), key=lambda p: (p.issue, p.date or ""))
        events = [e for e in store.events() if actor_id in e.actor_ids + e.recipient_ids]
        return render(request, "actor.html", actor=found[0], quotes=store.quotes(speaker_ids=[actor_id]),
                      positions=positions, events=events)
