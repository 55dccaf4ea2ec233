"""Link the same thing reported in several documents.

- quotes: the same words (normalised, one containing the other, at least five words) share
  a `cluster_id`, so a reader sees every outlet that carried a quote;
- events: same PLOVER type, dates within a day, overlapping participants → one `cluster_id`
  per real-world event (union-find, so chains of reports join);
- positions: the same holder, issue, stance and polarity share a `link_id`.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date

from detente.records import Event, Quote
from detente.store.sql import Store

__all__ = ["link_all", "cluster_events", "cluster_quotes"]

MIN_QUOTE_WORDS = 5
MAX_DAYS_APART = 1


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.findall(r"[a-z0-9']+", text))


class _UnionFind:
    def __init__(self, items: list[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_quotes(quotes: list[Quote]) -> dict[str, str | None]:
    """quote id → cluster id, for quotes carried by two or more documents."""
    eligible = [(q, _norm(q.text)) for q in quotes if q.kind in ("direct", "mixed")]
    eligible = [(q, n) for q, n in eligible if len(n.split()) >= MIN_QUOTE_WORDS]
    uf = _UnionFind([q.id for q, _ in eligible])
    by_key: dict[str, list[str]] = defaultdict(list)
    for q, n in eligible:
        by_key[n].append(q.id)
    for ids in by_key.values():
        for other in ids[1:]:
            uf.union(ids[0], other)
    ordered = sorted(eligible, key=lambda x: len(x[1]))
    for i, (q, n) in enumerate(ordered):
        for q2, n2 in ordered[i + 1:]:
            if q.document_id != q2.document_id and n in n2:
                uf.union(q.id, q2.id)
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q, _ in eligible:
        groups[uf.find(q.id)].append(q)
    out: dict[str, str | None] = {q.id: None for q in quotes}
    for members in groups.values():
        if len({q.document_id for q in members}) >= 2:
            cid = "qc-" + _digest(min(q.id for q in members))
            for q in members:
                out[q.id] = cid
    return out


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _related(a: Event, b: Event, side: dict[str, str]) -> bool:
    """Same type, dates within a day, and the same sides: people count as their state, so
    "Trump spoke with Putin" and "the Kremlin said Putin told Trump" are one call."""
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical \
            or not a.date or not b.date:
        return False
    if _days_apart(a.date, b.date) > MAX_DAYS_APART:
        return False
    pa = {side.get(x, x) for x in a.actor_ids + a.recipient_ids}
    pb = {side.get(x, x) for x in b.actor_ids + b.recipient_ids}
    return len(pa & pb) >= min(2, len(pa), len(pb))


def cluster_events(events: list[Event], side: dict[str, str] | None = None) -> dict[str, str]:
    """event id → cluster id (every event has one; singletons are their own cluster).
    `side` maps actor ids to the state they belong to (people to their country)."""
    side = side or {}
    uf = _UnionFind([e.id for e in events])
    by_type: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_type[e.type].append(e)
    for group in by_type.values():
        group.sort(key=lambda e: e.date or "")
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.date and b.date and b.date > a.date and _days_apart(a.date, b.date) > MAX_DAYS_APART:
                    break
                if _related(a, b, side):
                    uf.union(a.id, b.id)
    return {e.id: "ev-" + _digest(uf.find(e.id)) for e in events}


def sides(store: Store) -> dict[str, str]:
    """actor id → id of the state actor of its country (for people and institutions)."""
    actors = store.actors()
    states = {a.country: a.id for a in actors if a.kind == "state" and a.country}
    return {a.id: states[a.country] for a in actors if a.country in states}


def link_all(store: Store) -> None:
    """Recompute quote clusters, event clusters and position links for the whole store."""
    store.set_column("quotes", "cluster_id", cluster_quotes(store.quotes()))
    store.set_column("events", "cluster_id", cluster_events(store.events(), sides(store)))
    links = {}
    for p in store.positions():
        links[p.id] = "pl-" + _digest(f"{p.holder_id}|{p.issue}|{p.stance}|{p.polarity}")
    store.set_column("positions", "link_id", links)
