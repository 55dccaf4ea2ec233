"""Cross-document analysis: quote and event clusters, position links, timeline, matrix, shifts."""
from __future__ import annotations

from detente.analysis.links import link_all
from detente.analysis.positions import Cell, Shift, matrix, shifts
from detente.analysis.timeline import TimelineEntry, timeline

__all__ = ["link_all", "timeline", "TimelineEntry", "matrix", "Cell", "shifts", "Shift"]
