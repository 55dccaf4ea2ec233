"""Table definitions (SQLAlchemy Core). Portable between SQLite and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text)

__all__ = ["SCHEMA_VERSION", "MIGRATIONS", "metadata", "meta", "documents", "actors", "mentions", "quotes",
           "events", "positions", "EXTRACTION_TABLES"]

SCHEMA_VERSION = 3

# What brings a store of an older version up to this one, in order (SQL portable between SQLite
# and PostgreSQL). Version 2: who reported a quote when someone else is quoted in it ("According
# to Yahoo News, the spokesman said …", "X's office said he told …"). Version 3: the sentence a
# quote stands in (null for quotes stored before, until their document is analysed again).
MIGRATIONS: dict[int, list[str]] = {
    1: ["ALTER TABLE quotes ADD COLUMN reported_by_text TEXT",
        "ALTER TABLE quotes ADD COLUMN reported_by_start INTEGER",
        "ALTER TABLE quotes ADD COLUMN reported_by_end INTEGER",
        "ALTER TABLE quotes ADD COLUMN reported_by_id VARCHAR(255)"],
    2: ["ALTER TABLE quotes ADD COLUMN sentence TEXT",
        "ALTER TABLE quotes ADD COLUMN sentence_start INTEGER",
        "ALTER TABLE quotes ADD COLUMN sentence_end INTEGER"],
}

metadata = MetaData()

meta = Table("detente_meta", metadata,
             Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))

documents = Table(
    "documents", metadata,
    Column("id", String(255), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text), Column("url", Text), Column("title", Text), Column("outlet", Text),
    Column("author", Text), Column("published", String(10), index=True),
    Column("text", Text, nullable=False),
    Column("analysed_with", String(64)),
)

actors = Table(
    "actors", metadata,
    Column("id", String(255), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(8)), Column("description", Text),
    Column("aliases", JSON, nullable=False, default=list),
    Column("origin", String(16), nullable=False, default="pack"),
)


def _doc_fk() -> Column:
    return Column("document_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True)


mentions = Table(
    "mentions", metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("actor_id", String(255), nullable=False, index=True),
    Column("text", Text, nullable=False), Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

quotes = Table(
    "quotes", metadata,
    Column("id", String(300), primary_key=True), _doc_fk(),
    Column("kind", String(16), nullable=False), Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("cue", Text), Column("cue_start", Integer), Column("cue_end", Integer),
    Column("speaker_text", Text), Column("speaker_start", Integer), Column("speaker_end", Integer),
    Column("speaker_id", String(255), index=True), Column("cluster_id", String(300)),
    Column("reported_by_text", Text), Column("reported_by_start", Integer), Column("reported_by_end", Integer),
    Column("reported_by_id", String(255)),
    Column("sentence", Text), Column("sentence_start", Integer), Column("sentence_end", Integer),
)

events = Table(
    "events", metadata,
    Column("id", String(300), primary_key=True), _doc_fk(),
    Column("type", String(16), nullable=False, index=True), Column("mode", String(32)),
    Column("actor_ids", JSON, nullable=False), Column("recipient_ids", JSON, nullable=False),
    Column("date", String(10), index=True), Column("date_text", Text),
    Column("negated", Boolean, nullable=False), Column("hypothetical", Boolean, nullable=False),
    Column("evidence", Text, nullable=False), Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False), Column("trigger", Text),
    Column("cluster_id", String(300)),
)

positions = Table(
    "positions", metadata,
    Column("id", String(300), primary_key=True), _doc_fk(),
    Column("holder_id", String(255), nullable=False, index=True),
    Column("issue", String(64), nullable=False, index=True),
    Column("stance", String(16), nullable=False), Column("polarity", String(8), nullable=False),
    Column("condition", Text), Column("reported_by_id", String(255)),
    Column("date", String(10)), Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("cue", Text), Column("link_id", String(300)),
)

Index("ix_mentions_doc_actor", mentions.c.document_id, mentions.c.actor_id)

EXTRACTION_TABLES = (mentions, quotes, events, positions)
