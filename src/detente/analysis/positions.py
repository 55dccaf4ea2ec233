"""Positions across documents: the current matrix (holder × issue) and the shifts over time."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from detente.records import Position
from detente.store.sql import Store

__all__ = ["Cell", "Shift", "matrix", "shifts"]


@dataclass
class Cell:
    """Where one holder stands on one issue as of a date."""

    holder_id: str
    issue: str
    stance: str
    polarity: str
    date: str | None
    documents: int
    outlets: list[str]
    disagreement: bool
    conflicting: list[str] = field(default_factory=list)  # other stance/polarity seen on that date
    evidence: list[Position] = field(default_factory=list)


@dataclass
class Shift:
    """A change of a holder's stance on an issue."""

    holder_id: str
    issue: str
    from_stance: str
    from_polarity: str
    from_date: str | None
    from_evidence: Position
    to_stance: str
    to_polarity: str
    to_date: str | None
    to_evidence: Position


def _when(p: Position, published: dict[str, str | None]) -> str:
    return p.date or published.get(p.document_id) or ""


def _net(p: Position) -> str:
    """for/against after the stance: withdrawing a 'for' position is no longer for it."""
    if p.stance == "withdraw":
        return "dropped-" + p.polarity
    return p.polarity


def _grouped(store: Store, issue: str | None, actor: str | None, as_of: str | None):
    ids = store.resolve_actor_ids(actor) if actor else None
    docs = store.documents(with_text=False)
    published = {d.id: d.published for d in docs}
    outlets = {d.id: d.outlet for d in docs}
    groups: dict[tuple[str, str], list[Position]] = defaultdict(list)
    for p in store.positions(issue=issue, holder_ids=ids):
        if as_of and _when(p, published) > as_of:
            continue
        groups[(p.holder_id, p.issue)].append(p)
    return groups, published, outlets


def matrix(store: Store, *, issue: str | None = None, actor: str | None = None,
           as_of: str | None = None) -> list[Cell]:
    """The latest stance of every holder on every issue (as of a date), with support counts
    and disagreement where sources on the latest date conflict."""
    groups, published, outlets = _grouped(store, issue, actor, as_of)
    cells = []
    for (holder, iss), positions in groups.items():
        positions.sort(key=lambda p: (_when(p, published), p.document_id, p.start))
        latest = positions[-1]
        day = _when(latest, published)
        same = [p for p in positions if p.stance == latest.stance and p.polarity == latest.polarity]
        on_day = [p for p in positions if _when(p, published) == day]
        others = sorted({f"{p.stance}/{p.polarity}" for p in on_day
                         if _net(p) != _net(latest) and p.document_id != latest.document_id})
        cells.append(Cell(holder_id=holder, issue=iss, stance=latest.stance, polarity=latest.polarity,
                          date=day or None, documents=len({p.document_id for p in same}),
                          outlets=sorted({o for p in same if (o := outlets.get(p.document_id))}),
                          disagreement=bool(others), conflicting=others, evidence=same))
    cells.sort(key=lambda c: (c.holder_id, c.issue))
    return cells


def shifts(store: Store, *, since: str | None = None, issue: str | None = None,
           actor: str | None = None) -> list[Shift]:
    """Every change of stance or polarity of a holder on an issue, in date order."""
    groups, published, _ = _grouped(store, issue, actor, None)
    out = []
    for (holder, iss), positions in groups.items():
        positions.sort(key=lambda p: (_when(p, published), p.document_id, p.start))
        prev = positions[0]
        for p in positions[1:]:
            if (p.stance, p.polarity) != (prev.stance, prev.polarity) and _when(p, published) > _when(prev, published):
                if not since or _when(p, published) >= since:
                    out.append(Shift(holder, iss, prev.stance, prev.polarity, _when(prev, published) or None,
                                     prev, p.stance, p.polarity, _when(p, published) or None, p))
                prev = p
            elif (p.stance, p.polarity) == (prev.stance, prev.polarity):
                prev = p
    out.sort(key=lambda s: (s.to_date or "", s.holder_id, s.issue))
    return out
