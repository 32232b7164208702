"""Running the batches of a dump on a Dask cluster (``extract run --engine dask``).

The driver (``extract.engine.run``) still reads the input, writes the parts and merges them; Dask only
runs :func:`extract.engine.extract_batch` on the workers. Each worker process loads the pipeline once,
on its first batch, and keeps it for the rest of the run, so a cluster of N processes holds N models.
Results come back in input order with a bounded number of batches in flight, so the driver's memory
does not grow with the size of the dump.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING, Iterable, Iterator

from .articles import Article
from .tables import Rows

if TYPE_CHECKING:  # the engine imports this module lazily; keep the import cycle type-only
    from .engine import RunOptions

# Batches in flight per worker thread: one running, one queued, so no worker waits for the driver.
IN_FLIGHT_PER_WORKER = 2

# One pipeline per (model, gazetteer, country) in each worker process. The lock makes the first load happen
# once when a worker runs several threads, and serialises extraction on the shared pipeline: a
# spaCy pipeline and our components are not meant to run two Docs at once from two threads.
_PIPELINES: dict = {}
_LOCK = threading.Lock()


def extract_on_worker(batch: list[Article], model: str, gazetteer: str | None,
                      prefilter: bool, country: str | None = None,
                      conventions: str = "acled") -> Rows:
    """The task run on a Dask worker: the rows of one batch, with this process's pipeline.

    Args:
        batch: the articles of the batch, in input order.
        model: the spaCy model name or path, as in :class:`extract.engine.RunOptions`.
        gazetteer: the gazetteer path, or ``None`` for the default index.
        prefilter: skip articles without conflict vocabulary before spaCy.
        country: the run's country prior (ISO2) or ``None``.
        conventions: how casualty counts are coded ("acled" or "gtd").

    Returns the batch's :class:`~extract.tables.Rows`, exactly as the local engine builds them.
    """
    from .engine import extract_batch
    from .nlp import load_pipeline

    with _LOCK:
        key = (model, gazetteer, country, conventions)
        nlp = _PIPELINES.get(key)
        if nlp is None:
            nlp = _PIPELINES[key] = load_pipeline(model, gazetteer, country, conventions)
        return extract_batch(nlp, batch, prefilter)


def process_batches_dask(batches: Iterable[list[Article]], opts: RunOptions) -> Iterator[Rows]:
    """Rows of each batch, in input order, computed on a Dask cluster.

    Args:
        batches: the batches of articles, in input order; consumed lazily.
        opts: the run's options. ``opts.scheduler`` is the address of a running scheduler
            (``tcp://host:8786``); when ``None`` a ``LocalCluster`` of ``opts.workers`` processes
            with one thread each is started for this run and closed at its end.

    Yields one :class:`~extract.tables.Rows` per batch. At most two batches per worker thread are
    submitted and not yet yielded. The client, and the local cluster if one was started, are closed
    when the generator finishes, fails or is closed early; unfinished tasks are cancelled.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra: say how to get it
        raise RuntimeError("the Dask engine needs dask[distributed]: "
                           "pip install 'extract[dask]'") from exc

    cluster = None
    client = None
    window: deque = deque()
    try:
        if opts.scheduler:
            client = Client(opts.scheduler)
        else:
            # No dashboard: a fixed port would clash between concurrent runs, and no one looks.
            cluster = LocalCluster(n_workers=max(1, opts.workers), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
        threads = sum(client.nthreads().values()) or max(1, opts.workers)
        limit = IN_FLIGHT_PER_WORKER * threads
        for batch in batches:
            # pure=False: two batches with equal content are still two tasks with their own key
            window.append(client.submit(extract_on_worker, batch, opts.model, opts.gazetteer,
                                        opts.prefilter, opts.country, opts.conventions,
                                        pure=False))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        if client is not None:
            if window:
                client.cancel(list(window))
            client.close()
        if cluster is not None:
            cluster.close()
