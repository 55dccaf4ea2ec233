"""Link the same thing reported in several documents.

- quotes: the same words (normalised; a shared run of eight words, or a shorter quote given to
  the same speaker, alike or inside a longer one) share a `cluster_id`, so a reader sees every
  outlet that carried a quote;
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

MIN_QUOTE_WORDS = 5  # a quote inside a longer one: at least this many words
SHARED_RUN = 8  # two long quotes sharing a run of this many words are the same words
MIN_FRAGMENT_WORDS = 2  # a shorter fragment links only to the same words of the same speaker
# ... in documents published this close together, by the fragment's length in words ("very angry"
# within a week; "a dictator without elections" carried again a month later)
FRAGMENT_DAYS = {2: 7, 3: 60, 4: 60}
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


def cluster_quotes(quotes: list[Quote], dates: dict[str, str | None] | None = None) -> dict[str, str | None]:
    """quote id → cluster id, for quoted words carried by two or more documents.

    Two direct or mixed quotes of different documents are the same words when they share a run
    of SHARED_RUN words (outlets cut a long quote at different places: "If Russia and I are
    unable to make a deal …" and "… if I think it was Russia's fault, I am going to put secondary
    tariffs on …"); a shorter quote, when it is the same words as another or inside a longer one
    and given to the same speaker; a fragment of fewer than MIN_QUOTE_WORDS ("angry, pissed
    off") only in documents published within FRAGMENT_DAYS of each other (`dates`:
    document id → YYYY-MM-DD). Chains join (union-find)."""
    dates = dates or {}
    eligible = [(q, _norm(q.text).split()) for q in quotes if q.kind in ("direct", "mixed")]
    eligible = [(q, words) for q, words in eligible if len(words) >= MIN_FRAGMENT_WORDS]
    uf = _UnionFind([q.id for q, _ in eligible])
    by_run: dict[str, list[Quote]] = defaultdict(list)
    short: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for q, words in eligible:
        if len(words) >= SHARED_RUN:
            for run in {" ".join(words[i:i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)}:
                by_run[run].append(q)
        elif q.speaker_id:
            short[(" ".join(words), q.speaker_id)].append(q)
    for members in by_run.values():
        for other in members[1:]:
            uf.union(members[0].id, other.id)
    longer = [(q, f" {' '.join(words)} ") for q, words in eligible if len(words) >= SHARED_RUN and q.speaker_id]
    for (words, speaker), members in short.items():
        if len(words.split()) < MIN_QUOTE_WORDS:
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    if _close_in_time(dates.get(a.document_id), dates.get(b.document_id),
                                      FRAGMENT_DAYS.get(len(words.split()), max(FRAGMENT_DAYS.values()))):
                        uf.union(a.id, b.id)
            continue
        for other in members[1:]:
            uf.union(members[0].id, other.id)
        for q, text in longer:
            if q.speaker_id == speaker and f" {words} " in text:
                uf.union(members[0].id, q.id)
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


def _close_in_time(a: str | None, b: str | None, days: int) -> bool:
    """Both dates known and at most `days` apart."""
    return bool(a and b) and _days_apart(a, b) <= days


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
    dates = {d.id: d.published for d in store.documents(with_text=False)}
    store.set_column("quotes", "cluster_id", cluster_quotes(store.quotes(), dates))
    store.set_column("events", "cluster_id", cluster_events(store.events(), sides(store)))
    links = {}
    for p in store.positions():
        links[p.id] = "pl-" + _digest(f"{p.holder_id}|{p.issue}|{p.stance}|{p.polarity}")
    store.set_column("positions", "link_id", links)
