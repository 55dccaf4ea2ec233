"""The timeline: clustered events by date, with how many documents and outlets report each."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from detente.records import Event
from detente.store.sql import Store

__all__ = ["TimelineEntry", "timeline"]


@dataclass
class TimelineEntry:
    """One real-world event: its reports merged."""

    cluster_id: str
    date: str | None
    type: str
    mode: str | None
    actor_ids: list[str]
    recipient_ids: list[str]
    documents: list[str]
    outlets: list[str]
    negated: bool
    hypothetical: bool
    evidence: list[tuple[str, str, int, int]] = field(default_factory=list)  # (doc, text, start, end)


def _merge(cluster_id: str, events: list[Event], outlets: dict[str, str | None]) -> TimelineEntry:
    dates = Counter(e.date for e in events if e.date)
    actors = Counter(a for e in events for a in e.actor_ids)
    recipients = Counter(r for e in events for r in e.recipient_ids)
    docs = sorted({e.document_id for e in events})
    return TimelineEntry(
        cluster_id=cluster_id, date=dates.most_common(1)[0][0] if dates else None,
        type=events[0].type, mode=Counter(e.mode for e in events if e.mode).most_common(1)[0][0]
        if any(e.mode for e in events) else None,
        actor_ids=[a for a, _ in actors.most_common()], recipient_ids=[r for r, _ in recipients.most_common()
                                                                         if r not in actors],
        documents=docs, outlets=sorted({o for d in docs if (o := outlets.get(d))}),
        negated=all(e.negated for e in events), hypothetical=all(e.hypothetical for e in events),
        evidence=[(e.document_id, e.evidence, e.start, e.end) for e in events])


def timeline(store: Store, *, actor: str | None = None, since: str | None = None,
             until: str | None = None, type_: str | None = None,
             include_undated: bool = False) -> list[TimelineEntry]:
    """Clustered events in date order, filtered by actor (name or id), dates and type."""
    ids = set(store.resolve_actor_ids(actor)) if actor else None
    outlets = {d.id: d.outlet for d in store.documents(with_text=False)}
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in store.events(type_=type_):
        clusters[e.cluster_id or e.id].append(e)
    entries = []
    for cid, events in clusters.items():
        entry = _merge(cid, events, outlets)
        if ids is not None and not ids & set(entry.actor_ids + entry.recipient_ids):
            continue
        if entry.date is None and not include_undated:
            continue
        if since and (entry.date or "") < since or until and entry.date and entry.date > until:
            continue
        entries.append(entry)
    entries.sort(key=lambda e: (e.date or "9999", -len(e.documents)))
    return entries
