"""Typed records shared by the pipeline, the store, the export and the API.

One dataclass per concept. Field names follow the export contract (SPEC §1); extra fields
are documented on each class. Offsets are character offsets into the stored document text,
end exclusive.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

__all__ = ["Document", "Actor", "Mention", "Quote", "Event", "Position", "RECORD_TYPES"]


class _Record:
    """Mixin: dict conversion used by the store and the export."""

    table: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict (JSON-ready)."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def columns(cls) -> list[str]:
        """Field names, in export order."""
        return [f.name for f in fields(cls)]  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        """Build a record from a dict, ignoring keys the record does not have."""
        names = set(cls.columns())
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Document(_Record):
    """An ingested article. `text` is stored as read; all offsets point into it."""

    table: ClassVar[str] = "documents"
    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    content_hash: str | None = None


@dataclass(slots=True)
class Actor(_Record):
    """A person, state, organisation or group. `id` is stable across documents."""

    table: ClassVar[str] = "actors"
    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    origin: str = "pack"  # "pack" (from the data pack) or "text" (found by NER)


@dataclass(slots=True)
class Mention(_Record):
    """One occurrence of an actor in a document."""

    table: ClassVar[str] = "mentions"
    document_id: str
    actor_id: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Quote(_Record):
    """Direct, mixed or indirect speech. `cluster_id` links the same quote across outlets."""

    table: ClassVar[str] = "quotes"
    id: str
    document_id: str
    kind: str
    text: str
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_id: str | None = None
    cluster_id: str | None = None
    # who reports the quote when the text names someone besides the speaker ("According to Yahoo
    # News, the spokesman said …": Yahoo News; "Stubb's office said he told …": Stubb's office)
    reported_by_text: str | None = None
    reported_by_start: int | None = None
    reported_by_end: int | None = None
    reported_by_id: str | None = None
    # the sentence (or sentences) the quote stands in, which holds the claim a mixed quote's
    # fragment is part of ('Putin said that Russia "is ready …"') and most attributions
    sentence: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass(slots=True)
class Event(_Record):
    """A PLOVER-coded event with its actors, date, flags and evidence."""

    table: ClassVar[str] = "events"
    id: str
    document_id: str
    type: str
    evidence: str
    start: int
    end: int
    mode: str | None = None
    actor_ids: list[str] = field(default_factory=list)
    recipient_ids: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    negated: bool = False
    hypothetical: bool = False
    trigger: str | None = None
    cluster_id: str | None = None


@dataclass(slots=True)
class Position(_Record):
    """Where a holder stands on an issue (SPEC §3). `link_id` joins the same stance across documents."""

    table: ClassVar[str] = "positions"
    id: str
    document_id: str
    holder_id: str
    issue: str
    stance: str
    polarity: str
    evidence: str
    start: int
    end: int
    condition: str | None = None
    reported_by_id: str | None = None
    date: str | None = None
    cue: str | None = None
    link_id: str | None = None


RECORD_TYPES: tuple[type[_Record], ...] = (Document, Actor, Mention, Quote, Event, Position)
