"""Library entry point for a whole run: ingest inputs, analyse, store, link across documents."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from detente.errors import InputError
from detente.ingest import iter_documents
from detente.nlp.pipeline import Analyzer
from detente.records import Document
from detente.store.sql import Store

__all__ = ["RunReport", "analyze_inputs", "link_documents"]


@dataclass
class RunReport:
    """What a run did: counts and one error line per failed input."""

    analysed: int = 0
    duplicates: int = 0
    errors: list[InputError] = field(default_factory=list)
    quotes: int = 0
    events: int = 0
    positions: int = 0
    mentions: int = 0

    @property
    def failed(self) -> int:
        return len(self.errors)


def _fresh(items: Iterable[Document | InputError], store: Store, report: RunReport,
           reanalyze: bool, on_item: Callable[[str], None] | None) -> Iterator[Document]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            report.errors.append(item)
            if on_item:
                on_item("error")
            continue
        known = store.find_hash(item.content_hash or "")
        if (known or item.content_hash in seen) and not reanalyze:
            report.duplicates += 1
            if on_item:
                on_item("duplicate")
            continue
        if known and known != item.id:
            item.id = known  # same text under another id: keep the stored id
        seen.add(item.content_hash or "")
        yield item


def analyze_inputs(inputs: Iterable[str], store: Store, analyzer: Analyzer, *,
                   published: str | None = None, reanalyze: bool = False,
                   on_item: Callable[[str], None] | None = None) -> RunReport:
    """Ingest, analyse and store every input; return the report. Never raises for bad input."""
    report = RunReport()
    documents = _fresh(iter_documents(inputs, published), store, report, reanalyze, on_item)
    for analysis in analyzer.analyze(documents):
        store.save(analysis, analysed_with=analyzer.version)
        report.analysed += 1
        report.mentions += len(analysis.mentions)
        report.quotes += len(analysis.quotes)
        report.events += len(analysis.events)
        report.positions += len(analysis.positions)
        if on_item:
            on_item("analysed")
    if report.analysed:
        link_documents(store)
    return report


def link_documents(store: Store) -> None:
    """Cross-document linking: quote clusters, event clusters, position links."""
    from detente.analysis.links import link_all
    link_all(store)
