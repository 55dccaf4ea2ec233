"""The Store: one class over SQLAlchemy Core, the same code for SQLite and PostgreSQL.

Each document's results are written in one transaction (`save`), so an interrupted run
leaves only complete documents, and re-analysing a document replaces its extractions.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import StoreError
from detente.records import Actor, Document, Event, Mention, Position, Quote
from detente.store import schema as s

__all__ = ["Store", "database_url", "Analysis"]


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a path (SQLite) or a URL (postgresql://…)."""
    text = str(db)
    if "://" in text:
        if text.startswith("postgresql://"):
            return "postgresql+psycopg://" + text[len("postgresql://"):]
        return text
    return f"sqlite:///{Path(text).expanduser()}"


class Analysis:
    """Everything extracted from one document, ready to be stored."""

    __slots__ = ("document", "actors", "mentions", "quotes", "events", "positions")

    def __getstate__(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state: dict) -> None:
        for k, v in state.items():
            setattr(self, k, v)

    def __init__(self, document: Document, actors: Iterable[Actor] = (),
                 mentions: Iterable[Mention] = (), quotes: Iterable[Quote] = (),
                 events: Iterable[Event] = (), positions: Iterable[Position] = ()) -> None:
        self.document = document
        self.actors = list(actors)
        self.mentions = list(mentions)
        self.quotes = list(quotes)
        self.events = list(events)
        self.positions = list(positions)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Store:
    """Read and write detente records in a SQL database."""

    def __init__(self, db: str | Path = "detente.db", *, engine: Engine | None = None) -> None:
        self.url = database_url(db)
        try:
            self.engine = engine or create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            s.metadata.create_all(self.engine)
            self._check_version()
        except SQLAlchemyError as exc:
            raise StoreError(f"{db}: cannot open database ({exc.__class__.__name__}: "
                             f"{str(exc.orig if hasattr(exc, 'orig') else exc).splitlines()[0]})") from None

    # ---- schema
    def _check_version(self) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version")).first()
            if row is None:
                conn.execute(insert(s.meta).values(key="schema_version", value=str(s.SCHEMA_VERSION)))
            elif int(row[0]) > s.SCHEMA_VERSION:
                raise StoreError(f"{self.url}: schema version {row[0]}, this detente needs "
                                 f"{s.SCHEMA_VERSION}; export with the older version or use a new --db")
            elif int(row[0]) < s.SCHEMA_VERSION:
                # an older store is brought up to date in place, in the same transaction
                for version in range(int(row[0]), s.SCHEMA_VERSION):
                    for statement in s.MIGRATIONS[version]:
                        conn.execute(text(statement))
                conn.execute(update(s.meta).where(s.meta.c.key == "schema_version")
                             .values(value=str(s.SCHEMA_VERSION)))

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version")).scalar_one())

    # ---- writing
    def find_hash(self, content_hash: str) -> str | None:
        """Id of a stored document with this content hash, or None."""
        with self.engine.connect() as conn:
            return conn.execute(select(s.documents.c.id).where(
                s.documents.c.content_hash == content_hash)).scalar()

    def save(self, analysis: Analysis, *, analysed_with: str | None = None) -> None:
        """Store one document and its extractions in a single transaction."""
        doc = analysis.document
        row = {k: v for k, v in doc.to_dict().items()}
        row["analysed_with"] = analysed_with
        with self.engine.begin() as conn:
            exists = conn.execute(select(s.documents.c.id).where(s.documents.c.id == doc.id)).scalar()
            if exists:
                for table in s.EXTRACTION_TABLES:
                    conn.execute(delete(table).where(table.c.document_id == doc.id))
                conn.execute(update(s.documents).where(s.documents.c.id == doc.id).values(**row))
            else:
                conn.execute(insert(s.documents).values(**row))
            self._upsert_actors(conn, analysis.actors)
            for table, records in ((s.mentions, analysis.mentions), (s.quotes, analysis.quotes),
                                   (s.events, analysis.events), (s.positions, analysis.positions)):
                if records:
                    conn.execute(insert(table), [r.to_dict() for r in records])

    def _upsert_actors(self, conn: Any, actors: list[Actor]) -> None:
        if not actors:
            return
        ids = [a.id for a in actors]
        known = {r.id: r for r in conn.execute(select(s.actors).where(s.actors.c.id.in_(ids)))}
        fresh = []
        for actor in actors:
            old = known.get(actor.id)
            if old is None:
                fresh.append(actor.to_dict())
                known[actor.id] = actor  # type: ignore[assignment]
            elif actor.origin == "pack" and (old.description != actor.description
                                             or list(old.aliases) != actor.aliases):
                conn.execute(update(s.actors).where(s.actors.c.id == actor.id).values(**actor.to_dict()))
            elif old.description is None and actor.description:
                conn.execute(update(s.actors).where(s.actors.c.id == actor.id).values(
                    description=actor.description, country=old.country or actor.country))
        if fresh:
            conn.execute(insert(s.actors), fresh)

    def set_column(self, table_name: str, column: str, values: dict[str, str | None]) -> None:
        """Set one column (cluster ids, link ids) for many rows by id, in one transaction."""
        table = s.metadata.tables[table_name]
        with self.engine.begin() as conn:
            for row_id, value in values.items():
                conn.execute(update(table).where(table.c.id == row_id).values({column: value}))

    # ---- reading
    def _rows(self, stmt: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(stmt))

    def count(self, table_name: str) -> int:
        """Number of rows in a table."""
        table = s.metadata.tables[table_name]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    def documents(self, *, doc: str | None = None, since: str | None = None,
                  with_text: bool = True) -> list[Document]:
        """Stored documents, oldest first."""
        stmt = select(s.documents).order_by(s.documents.c.published, s.documents.c.id)
        if doc:
            stmt = stmt.where(s.documents.c.id == doc)
        if since:
            stmt = stmt.where(s.documents.c.published >= since)
        out = []
        for r in self._rows(stmt):
            d = Document.from_dict(r._asdict())
            if not with_text:
                d.text = ""
            out.append(d)
        return out

    def document(self, doc_id: str) -> Document | None:
        """One document by id."""
        found = self.documents(doc=doc_id)
        return found[0] if found else None

    def actors(self, *, actor: str | None = None) -> list[Actor]:
        """Actors, optionally filtered by a name/id substring."""
        stmt = select(s.actors).order_by(s.actors.c.id)
        if actor:
            like = f"%{actor.lower()}%"
            stmt = stmt.where(or_(func.lower(s.actors.c.name).like(like), s.actors.c.id.like(like)))
        return [Actor.from_dict({**r._asdict(), "aliases": list(r.aliases or [])}) for r in self._rows(stmt)]

    def mentions(self, *, doc: str | None = None, actor_ids: Iterable[str] | None = None) -> list[Mention]:
        """Actor mentions, in document order."""
        stmt = select(s.mentions).order_by(s.mentions.c.document_id, s.mentions.c.start)
        if doc:
            stmt = stmt.where(s.mentions.c.document_id == doc)
        if actor_ids is not None:
            stmt = stmt.where(s.mentions.c.actor_id.in_(list(actor_ids)))
        return [Mention.from_dict(r._asdict()) for r in self._rows(stmt)]

    def _filtered(self, table: Any, *, doc: str | None, since: str | None,
                  date_col: Any = None) -> Any:
        stmt = select(table).join(s.documents, s.documents.c.id == table.c.document_id)
        if doc:
            stmt = stmt.where(table.c.document_id == doc)
        if since:
            stmt = stmt.where((date_col if date_col is not None else s.documents.c.published) >= since)
        return stmt.order_by(s.documents.c.published, table.c.document_id, table.c.start)

    def quotes(self, *, doc: str | None = None, since: str | None = None,
               speaker_ids: Iterable[str] | None = None, search: str | None = None,
               cluster: str | None = None) -> list[Quote]:
        """Quotes with optional filters (speaker actor ids, text search, the cluster of the same
        words carried by several documents)."""
        stmt = self._filtered(s.quotes, doc=doc, since=since)
        if cluster:
            stmt = stmt.where(s.quotes.c.cluster_id == cluster)
        if speaker_ids is not None:
            stmt = stmt.where(s.quotes.c.speaker_id.in_(list(speaker_ids)))
        if search:
            stmt = stmt.where(func.lower(s.quotes.c.text).like(f"%{search.lower()}%"))
        return [Quote.from_dict(r._asdict()) for r in self._rows(stmt)]

    def events(self, *, doc: str | None = None, since: str | None = None,
               until: str | None = None, type_: str | None = None) -> list[Event]:
        """Events with optional filters; dates filter on the event date."""
        stmt = self._filtered(s.events, doc=doc, since=since, date_col=s.events.c.date)
        if until:
            stmt = stmt.where(s.events.c.date <= until)
        if type_:
            stmt = stmt.where(s.events.c.type == type_.upper())
        return [Event.from_dict({**r._asdict(), "actor_ids": list(r.actor_ids),
                                 "recipient_ids": list(r.recipient_ids)}) for r in self._rows(stmt)]

    def positions(self, *, doc: str | None = None, since: str | None = None,
                  issue: str | None = None, holder_ids: Iterable[str] | None = None) -> list[Position]:
        """Positions with optional filters."""
        stmt = self._filtered(s.positions, doc=doc, since=since)
        if issue:
            stmt = stmt.where(s.positions.c.issue == issue)
        if holder_ids is not None:
            stmt = stmt.where(s.positions.c.holder_id.in_(list(holder_ids)))
        return [Position.from_dict(r._asdict()) for r in self._rows(stmt)]

    def resolve_actor_ids(self, name: str) -> list[str]:
        """Ids of actors whose id, name or alias contains `name` (case-insensitive)."""
        needle = name.lower()
        return [a.id for a in self.actors() if needle in a.id or needle in a.name.lower()
                or any(needle == al.lower() for al in a.aliases)]

    def iter_table(self, name: str) -> Iterator[dict[str, Any]]:
        """Rows of a table as dicts (used by the export)."""
        table = s.metadata.tables[name]
        with self.engine.connect() as conn:
            for row in conn.execute(select(table)):
                yield row._asdict()

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()
