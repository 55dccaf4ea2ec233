"""Analysis on a Dask cluster, for a corpus that outgrows one machine.

The client (the `detente analyze` process) reads the inputs and writes the store; the Dask
workers only run the NLP. Documents go to the workers in batches; each worker builds its
pipeline once (model and pack must be installed there too) and sends back records, never
spaCy Docs. Results come back in input order, so a run on a cluster stores exactly what a run
on one machine stores. At most a few batches per worker are in flight, so memory on the client
stays bounded however large the corpus.

`address` is a scheduler address (``tcp://10.0.0.5:8786``) or ``local``: a cluster of
worker processes on this machine, started and stopped with the run.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from detente.errors import DetenteError
from detente.records import Document

if TYPE_CHECKING:
    from detente.nlp.pipeline import Analyzer
    from detente.store.sql import Analysis

__all__ = ["analyze_on_cluster"]

BATCH = 8
IN_FLIGHT_PER_WORKER = 3

# one pipeline per worker process and setting, built on first use
_PIPELINES: dict[tuple[str, str, int], "Analyzer"] = {}


def _analyze_batch(batch: list[Document], model: str, pack: str, batch_size: int) -> list["Analysis"]:
    from detente.nlp.pipeline import Analyzer

    key = (model, pack, batch_size)
    if key not in _PIPELINES:
        _PIPELINES[key] = Analyzer(model=model, pack=pack, batch_size=batch_size)
    return list(_PIPELINES[key].analyze(batch))


def _result(future, address: str) -> list["Analysis"]:
    """A batch's analyses; a worker's failure (a model missing there, a killed worker) is one
    clear error, not a remote traceback."""
    try:
        return future.result()
    except DetenteError:
        raise
    except Exception as exc:  # noqa: BLE001 - anything a remote worker raised
        raise DetenteError(f"{address}: a Dask worker failed: {type(exc).__name__}: {exc}") from exc


def _connect(address: str, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise DetenteError("Dask is not installed: pip install 'detente[dask]'") from exc
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="10s"), None
    except OSError as exc:
        raise DetenteError(f"{address}: no Dask scheduler answers there ({exc})") from exc


def analyze_on_cluster(analyzer: "Analyzer", documents: Iterable[Document], address: str) -> Iterator["Analysis"]:
    """Analyses of the documents, in order, computed by the workers of a Dask cluster."""
    from detente.nlp.pipeline import _batches

    client, cluster = _connect(address, analyzer.jobs)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or analyzer.jobs)
        pending: deque = deque()
        args = (analyzer.model, str(analyzer.pack.path), analyzer.batch_size)
        for batch in _batches(documents, BATCH):
            pending.append(client.submit(_analyze_batch, batch, *args, pure=False))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from _result(pending.popleft(), address)
        while pending:
            yield from _result(pending.popleft(), address)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
