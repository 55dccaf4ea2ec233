"""detente: turn news about a negotiation into a structured, sourced, queryable record.

Python API::

    from detente import Analyzer, Store, analyze_inputs
    store = Store("talks.db")
    analyze_inputs(["articles.jsonl"], store, Analyzer())
    store.quotes(search="ceasefire")
"""
from detente.errors import DataError, DetenteError, InputError, ModelError, StoreError
from detente.records import Actor, Document, Event, Mention, Position, Quote

__version__ = "0.1.0"

__all__ = ["Actor", "Analyzer", "DataError", "DetenteError", "Document", "Event", "InputError",
           "Mention", "ModelError", "Position", "Quote", "Store", "StoreError", "analyze_inputs",
           "__version__"]


def __getattr__(name: str):
    # Heavy imports (spaCy, SQLAlchemy) only when used.
    if name == "Analyzer":
        from detente.nlp.pipeline import Analyzer
        return Analyzer
    if name == "Store":
        from detente.store.sql import Store
        return Store
    if name == "analyze_inputs":
        from detente.run import analyze_inputs
        return analyze_inputs
    raise AttributeError(name)
