"""Full-text search over documents and quotes: SQLite FTS5, portable fallback elsewhere."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select, text

from detente.store import schema as s
from detente.store.sql import Store

__all__ = ["Hit", "search"]


@dataclass
class Hit:
    """A search result: a document or a quote, with a snippet."""

    kind: str  # document | quote
    id: str
    document_id: str
    snippet: str


def _fts_query(q: str) -> str:
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


def _ensure_fts(store: Store) -> None:
    """(Re)build the FTS5 index when it is missing or out of date."""
    with store.engine.begin() as conn:
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(id UNINDEXED, title, body)"))
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(id UNINDEXED, document_id UNINDEXED, body)"))
        docs = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
        indexed = conn.execute(text("SELECT count(*) FROM documents_fts")).scalar_one()
        quotes = conn.execute(text("SELECT count(*) FROM quotes")).scalar_one()
        q_indexed = conn.execute(text("SELECT count(*) FROM quotes_fts")).scalar_one()
        if docs != indexed or quotes != q_indexed:
            conn.execute(text("DELETE FROM documents_fts"))
            conn.execute(text("DELETE FROM quotes_fts"))
            conn.execute(text("INSERT INTO documents_fts(id, title, body) SELECT id, coalesce(title, ''), text FROM documents"))
            conn.execute(text("INSERT INTO quotes_fts(id, document_id, body) SELECT id, document_id, text FROM quotes"))


def search(store: Store, q: str, *, limit: int = 50) -> list[Hit]:
    """Documents and quotes matching all words of `q` (FTS5 on SQLite, LIKE elsewhere)."""
    if not re.search(r"\w", q):
        return []
    if store.engine.dialect.name == "sqlite":
        _ensure_fts(store)
        match = _fts_query(q)
        with store.engine.connect() as conn:
            docs = conn.execute(text(
                "SELECT id, snippet(documents_fts, 2, '[', ']', '…', 12) FROM documents_fts "
                "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": match, "n": limit}).all()
            quotes = conn.execute(text(
                "SELECT id, document_id, body FROM quotes_fts WHERE quotes_fts MATCH :q ORDER BY rank LIMIT :n"),
                {"q": match, "n": limit}).all()
        return [Hit("document", d[0], d[0], d[1]) for d in docs] + [Hit("quote", r[0], r[1], r[2]) for r in quotes]
    words = re.findall(r"\w+", q.lower())
    with store.engine.connect() as conn:
        doc_stmt = select(s.documents.c.id, s.documents.c.title)
        quote_stmt = select(s.quotes.c.id, s.quotes.c.document_id, s.quotes.c.text)
        for w in words:
            doc_stmt = doc_stmt.where(or_(func.lower(s.documents.c.text).like(f"%{w}%"),
                                          func.lower(s.documents.c.title).like(f"%{w}%")))
            quote_stmt = quote_stmt.where(func.lower(s.quotes.c.text).like(f"%{w}%"))
        docs = conn.execute(doc_stmt.limit(limit)).all()
        quotes = conn.execute(quote_stmt.limit(limit)).all()
    return [Hit("document", d[0], d[0], d[1] or d[0]) for d in docs] + [Hit("quote", r[0], r[1], r[2]) for r in quotes]
