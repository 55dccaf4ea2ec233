"""Tabular views of stored records, shared by the CLI (and the web UI): titles, columns, rows."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table

from detente.resources import data_path
from detente.store.sql import Store

__all__ = ["SAMPLE_PATH", "estimate_inputs", "run_summary", "rows_for"]

SAMPLE_PATH = data_path("sample/talks-sample.jsonl")


def estimate_inputs(inputs: list[str]) -> int | None:
    """Rough number of documents in the inputs (JSONL lines, files), for the progress bar."""
    total = 0
    for raw in inputs:
        path = Path(raw)
        if raw == "-" or raw.startswith(("http://", "https://")):
            return None
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for f in files:
            try:
                if f.suffix.lower() == ".jsonl":
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                else:
                    total += 1
            except OSError:
                total += 1
    return total


def run_summary(report: Any, store: Store) -> Table:
    """The table printed at the end of `detente analyze`."""
    table = Table(title="detente analyze", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in store", justify="right")
    table.add_row("documents analysed", str(report.analysed), str(store.count("documents")))
    table.add_row("already stored (skipped)", str(report.duplicates), "")
    table.add_row("inputs failed", str(report.failed), "")
    table.add_row("actor mentions", str(report.mentions), str(store.count("mentions")))
    table.add_row("actors", "", str(store.count("actors")))
    table.add_row("quotes", str(report.quotes), str(store.count("quotes")))
    table.add_row("events", str(report.events), str(store.count("events")))
    table.add_row("positions", str(report.positions), str(store.count("positions")))
    return table


def _names(store: Store) -> dict[str, str]:
    return {a.id: a.name for a in store.actors()}


def _short(text: str | None, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _speaker_cell(q, names: dict[str, str]) -> str | None:
    """The speaker's name, and who reports the quote when that is someone else ("Jesse Lehrich
    (via Yahoo News)")."""
    speaker = names.get(q.speaker_id or "", q.speaker_text)
    if not q.reported_by_text:
        return speaker
    return f"{speaker or 'unknown'} (via {names.get(q.reported_by_id or '', q.reported_by_text)})"


def carried_by(store: Store) -> dict[str, list[str]]:
    """Quote cluster id → the documents that carry those words, oldest first."""
    docs = {d.id: d for d in store.documents(with_text=False)}
    found: dict[str, set[str]] = {}
    for q in store.quotes():
        if q.cluster_id:
            found.setdefault(q.cluster_id, set()).add(q.document_id)
    return {cid: sorted(ids, key=lambda d: (docs[d].published or "", d)) for cid, ids in found.items()}


def rows_for(store: Store, what: str, *, actor: str | None = None, doc: str | None = None,
             since: str | None = None, issue: str | None = None,
             search: str | None = None, cluster: str | None = None) -> tuple[str, list[str], list[list[Any]]]:
    """(title, columns, rows) for `detente show WHAT` with its filters."""
    ids = store.resolve_actor_ids(actor) if actor else None
    names = _names(store)
    if what == "documents":
        docs = store.documents(doc=doc, since=since, with_text=False)
        if ids is not None:
            with_actor = {m.document_id for m in store.mentions(actor_ids=ids)}
            docs = [d for d in docs if d.id in with_actor]
        return "Documents", ["id", "published", "outlet", "title", "source"], [
            [d.id, d.published, d.outlet, _short(d.title, 50), _short(d.source, 40)] for d in docs]
    if what == "actors":
        counts: dict[str, int] = {}
        for m in store.mentions(doc=doc):
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        actors = [a for a in store.actors() if (ids is None or a.id in ids) and (not doc or a.id in counts)]
        actors.sort(key=lambda a: (-counts.get(a.id, 0), a.id))
        return "Actors", ["id", "name", "kind", "country", "description", "mentions"], [
            [a.id, a.name, a.kind, a.country, _short(a.description, 60), counts.get(a.id, 0)]
            for a in actors]
    if what == "quotes":
        quotes = store.quotes(doc=doc, since=since, speaker_ids=ids, search=search, cluster=cluster)
        carried = carried_by(store)
        # (a mixed quote's fragment is read in its sentence, which holds the claim)
        return "Quotes", ["document", "kind", "speaker", "quote", "in the sentence", "carried by"], [
            [q.document_id, q.kind, _speaker_cell(q, names), _short(q.text),
             _short(q.sentence, 140) if q.kind == "mixed" else "",
             f"{len(carried[q.cluster_id])} documents ({q.cluster_id})" if q.cluster_id else ""]
            for q in quotes]
    if what == "events":
        events = store.events(doc=doc, since=since)
        if ids is not None:
            events = [e for e in events if set(ids) & set(e.actor_ids + e.recipient_ids)]
        return "Events", ["date", "type", "mode", "actors", "recipients", "flags", "evidence"], [
            [e.date, e.type, e.mode, ", ".join(names.get(a, a) for a in e.actor_ids),
             ", ".join(names.get(a, a) for a in e.recipient_ids),
             " ".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on),
             _short(e.evidence, 70)] for e in events]
    if what == "positions":
        positions = store.positions(doc=doc, since=since, issue=issue, holder_ids=ids)
        return "Positions", ["date", "holder", "issue", "stance", "polarity", "condition", "evidence"], [
            [p.date, names.get(p.holder_id, p.holder_id), p.issue, p.stance, p.polarity,
             _short(p.condition, 40), _short(p.evidence, 70)] for p in positions]
    raise ValueError(f"unknown table {what!r}")


def timeline_rows(store: Store, **filters: Any) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows for `detente timeline`."""
    from detente.analysis.timeline import timeline

    names = _names(store)
    rows = []
    for e in timeline(store, **filters):
        flags = " ".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on)
        rows.append([e.date, e.type, e.mode, ", ".join(names.get(a, a) for a in e.actor_ids),
                     ", ".join(names.get(a, a) for a in e.recipient_ids), len(e.documents),
                     ", ".join(e.outlets), flags, _short(e.evidence[0][1], 80)])
    return ["date", "type", "mode", "actors", "recipients", "docs", "outlets", "flags", "evidence"], rows


def matrix_rows(store: Store, **filters: Any) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows for `detente positions` (one row per holder × issue cell)."""
    from detente.analysis.positions import matrix

    names = _names(store)
    rows = []
    for c in matrix(store, **filters):
        conflict = ("≠ " + ", ".join(c.conflicting)) if c.disagreement else ""
        rows.append([names.get(c.holder_id, c.holder_id), c.issue, f"{c.stance} ({c.polarity})", c.date,
                     c.documents, ", ".join(c.outlets), conflict, _short(c.evidence[-1].evidence, 70)])
    return ["holder", "issue", "stance", "as of", "docs", "outlets", "disagreement", "latest evidence"], rows


def shift_rows(store: Store, **filters: Any) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows for `detente shifts`."""
    from detente.analysis.positions import shifts

    names = _names(store)
    rows = [[names.get(s.holder_id, s.holder_id), s.issue, f"{s.from_stance} ({s.from_polarity})",
             s.from_date, f"{s.to_stance} ({s.to_polarity})", s.to_date,
             _short(s.from_evidence.evidence, 50), _short(s.to_evidence.evidence, 50)]
            for s in shifts(store, **filters)]
    return ["holder", "issue", "from", "from date", "to", "to date", "from evidence", "to evidence"], rows
