"""Cross-document analysis: quote and event clusters, position links, matrix, shifts, timeline."""
from __future__ import annotations

from detente.store.sql import Store

__all__ = ["link_all"]

LINKERS: list = []


def link_all(store: Store) -> None:
    """Run every cross-document linker over the store."""
    for linker in LINKERS:
        linker(store)
