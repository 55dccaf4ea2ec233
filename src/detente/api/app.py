"""The FastAPI application: JSON/CSV API under /api, the web UI at /.

Routes parse parameters, call one library function, and format the result. Read-only by
default; POST /api/documents ingests and analyses an http(s) URL or a text body, only with
the bearer token set in $DETENTE_TOKEN.
"""
from __future__ import annotations

import csv
import io
import os
import secrets
from dataclasses import asdict, is_dataclass
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from detente.analysis.positions import matrix, shifts
from detente.analysis.timeline import timeline
from detente.errors import DetenteError
from detente.store.search import search
from detente.store.sql import Store

__all__ = ["create_app"]

MAX_LIMIT = 1000


class NewDocument(BaseModel):
    """Body of POST /api/documents: a URL to fetch, or a text with its metadata."""

    url: str | None = Field(default=None, description="http(s) URL of an article or feed")
    text: str | None = Field(default=None, description="Article text")
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _respond(rows: list[dict], fmt: str, total: int | None = None, offset: int = 0) -> Response:
    if fmt == "csv":
        buf = io.StringIO()
        columns = list(rows[0]) if rows else []
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: (",".join(map(str, v)) if isinstance(v, list) else v) for k, v in r.items()})
        return Response(buf.getvalue(), media_type="text/csv")
    return JSONResponse({"total": total if total is not None else len(rows), "offset": offset,
                         "count": len(rows), "items": rows})


def _page(rows: list[Any], limit: int, offset: int) -> tuple[list[dict], int]:
    items = [_plain(r) for r in rows]
    return items[offset: offset + limit], len(items)


def create_app(db: str, *, analyzer_factory=None) -> FastAPI:
    """The API and web UI over the store at `db`."""
    app = FastAPI(title="detente", description="A sourced, queryable record of a negotiation.",
                  version="0.1.0")
    store = Store(db)
    state: dict[str, Any] = {}

    def get_store() -> Store:
        return store

    def fmt_param(format: str = Query("json", pattern="^(json|csv)$")) -> str:  # noqa: A002
        return format

    page = {"limit": Query(100, ge=1, le=MAX_LIMIT), "offset": Query(0, ge=0)}

    @app.get("/api/documents")
    def documents(actor: str | None = None, since: str | None = None, limit: int = page["limit"],
                  offset: int = page["offset"], fmt: str = Depends(fmt_param), st: Store = Depends(get_store)):
        docs = st.documents(since=since, with_text=False)
        if actor:
            ids = set(st.resolve_actor_ids(actor))
            with_actor = {m.document_id for m in st.mentions(actor_ids=ids)}
            docs = [d for d in docs if d.id in with_actor]
        rows = [{k: v for k, v in d.to_dict().items() if k != "text"} for d in docs]
        return _respond(rows[offset: offset + limit], fmt, len(rows), offset)

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str, st: Store = Depends(get_store)):
        doc = st.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return {"document": doc.to_dict(), "mentions": _plain(st.mentions(doc=doc_id)),
                "quotes": _plain(st.quotes(doc=doc_id)), "events": _plain(st.events(doc=doc_id)),
                "positions": _plain(st.positions(doc=doc_id))}

    @app.get("/api/actors")
    def actors(actor: str | None = None, limit: int = page["limit"], offset: int = page["offset"],
               fmt: str = Depends(fmt_param), st: Store = Depends(get_store)):
        rows, total = _page(st.actors(actor=actor), limit, offset)
        return _respond(rows, fmt, total, offset)

    @app.get("/api/actors/{actor_id}")
    def actor(actor_id: str, st: Store = Depends(get_store)):
        found = [a for a in st.actors() if a.id == actor_id]
        if not found:
            raise HTTPException(404, f"no actor {actor_id!r}")
        return {"actor": found[0].to_dict(), "quotes": _plain(st.quotes(speaker_ids=[actor_id])),
                "positions": _plain(st.positions(holder_ids=[actor_id])),
                "events": _plain([e for e in st.events() if actor_id in e.actor_ids + e.recipient_ids])}

    @app.get("/api/quotes")
    def quotes(speaker: str | None = None, doc: str | None = None, since: str | None = None,
               search_text: str | None = Query(None, alias="search"),
               cluster: str | None = Query(None, description="Quote cluster id: the same words carried by "
                                           "several documents."), limit: int = page["limit"],
               offset: int = page["offset"], fmt: str = Depends(fmt_param), st: Store = Depends(get_store)):
        ids = st.resolve_actor_ids(speaker) if speaker else None
        rows, total = _page(st.quotes(doc=doc, since=since, speaker_ids=ids, search=search_text, cluster=cluster),
                            limit, offset)
        return _respond(rows, fmt, total, offset)

    @app.get("/api/events")
    def events(doc: str | None = None, since: str | None = None, until: str | None = None,
               type: str | None = None, actor: str | None = None, limit: int = page["limit"],  # noqa: A002
               offset: int = page["offset"], fmt: str = Depends(fmt_param), st: Store = Depends(get_store)):
        found = st.events(doc=doc, since=since, until=until, type_=type)
        if actor:
            ids = set(st.resolve_actor_ids(actor))
            found = [e for e in found if ids & set(e.actor_ids + e.recipient_ids)]
        rows, total = _page(found, limit, offset)
        return _respond(rows, fmt, total, offset)

    @app.get("/api/timeline")
    def timeline_route(actor: str | None = None, since: str | None = None, until: str | None = None,
                       type: str | None = None, limit: int = page["limit"], offset: int = page["offset"],  # noqa: A002
                       st: Store = Depends(get_store)):
        rows, total = _page(timeline(st, actor=actor, since=since, until=until, type_=type), limit, offset)
        return _respond(rows, "json", total, offset)

    @app.get("/api/positions")
    def positions(doc: str | None = None, issue: str | None = None, actor: str | None = None,
                  since: str | None = None, limit: int = page["limit"], offset: int = page["offset"],
                  fmt: str = Depends(fmt_param), st: Store = Depends(get_store)):
        ids = st.resolve_actor_ids(actor) if actor else None
        rows, total = _page(st.positions(doc=doc, issue=issue, holder_ids=ids, since=since), limit, offset)
        return _respond(rows, fmt, total, offset)

    @app.get("/api/matrix")
    def matrix_route(issue: str | None = None, actor: str | None = None, as_of: str | None = None,
                     st: Store = Depends(get_store)):
        return _respond(_plain(matrix(st, issue=issue, actor=actor, as_of=as_of)), "json")

    @app.get("/api/shifts")
    def shifts_route(since: str | None = None, issue: str | None = None, actor: str | None = None,
                     st: Store = Depends(get_store)):
        return _respond(_plain(shifts(st, since=since, issue=issue, actor=actor)), "json")

    @app.get("/api/search")
    def search_route(q: str = Query(..., min_length=1), limit: int = Query(50, ge=1, le=MAX_LIMIT),
                     st: Store = Depends(get_store)):
        return _respond(_plain(search(st, q, limit=limit)), "json")

    def require_token(authorization: str | None = Header(None)) -> None:
        token = os.environ.get("DETENTE_TOKEN")
        if not token:
            raise HTTPException(403, "writing is disabled: set DETENTE_TOKEN to allow POST /api/documents")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given, token):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/documents", status_code=201, dependencies=[Depends(require_token)])
    def add_document(body: NewDocument, st: Store = Depends(get_store)):
        from detente.errors import InputError
        from detente.ingest.sources import make_document
        from detente.ingest.web import documents_from_url
        from detente.run import link_documents

        if bool(body.url) == bool(body.text):
            raise HTTPException(422, "give either 'url' (http or https) or 'text'")
        if body.url and not body.url.startswith(("http://", "https://")):
            raise HTTPException(422, "only http(s) URLs are accepted")
        try:
            if body.url:
                items = list(documents_from_url(body.url, body.published))
            else:
                items = [make_document(body.text or "", "api", doc_id=body.id, published=body.published,
                                       title=body.title, outlet=body.outlet, author=body.author)]
        except InputError as exc:
            raise HTTPException(422, str(exc)) from None
        errors = [str(i) for i in items if isinstance(i, InputError)]
        docs = [i for i in items if not isinstance(i, InputError)]
        if not docs:
            raise HTTPException(422, "; ".join(errors) or "nothing to analyse")
        if "analyzer" not in state:
            from detente.nlp.pipeline import Analyzer
            state["analyzer"] = (analyzer_factory or Analyzer)()
        stored = []
        for d in docs:
            known = st.find_hash(d.content_hash or "")
            if known:
                stored.append({"id": known, "created": False})
                continue
            for analysis in state["analyzer"].analyze([d]):
                st.save(analysis, analysed_with=state["analyzer"].version)
            stored.append({"id": d.id, "created": True})
        link_documents(st)
        return {"documents": stored, "errors": errors}

    @app.exception_handler(DetenteError)
    def detente_error(_request: Request, exc: DetenteError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    from detente.web.views import mount_web
    mount_web(app, store)
    return app
