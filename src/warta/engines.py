"""Where ``process_article`` runs: this process, a pool of processes, or a Dask cluster.

An engine only decides where the one per-article function runs (STYLE.md §1); results
come back in input order, in batches, so output is identical for any engine and any
number of workers, and memory is bounded by the batch size, not the corpus (issue 10).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from warta.errors import WartaError
from warta.pipeline import ArticleInput, process_articles
from warta.records import ArticleRecords

ENGINES = ("local", "dask")


def batched(items: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _split(batch: list[ArticleInput], parts: int) -> list[list[ArticleInput]]:
    """A batch cut into about ``parts`` consecutive chunks (order kept) for the workers."""
    size = max(1, -(-len(batch) // parts))
    return [batch[start : start + size] for start in range(0, len(batch), size)]


def _flatten(chunks: Iterable[list[ArticleRecords]]) -> Iterator[ArticleRecords]:
    for chunk in chunks:
        yield from chunk


def run(
    items: Iterable[ArticleInput],
    *,
    engine: str = "local",
    jobs: int = 1,
    batch_size: int = 64,
    scheduler: str | None = None,
) -> Iterator[ArticleRecords]:
    """Process ``items`` and yield their records in input order."""
    if engine == "dask":
        return _run_dask(items, jobs, batch_size, scheduler)
    if engine != "local":
        raise WartaError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    if jobs <= 1:
        return (
            record for batch in batched(items, batch_size) for record in process_articles(batch)
        )
    return _run_pool(items, jobs, batch_size)


def _run_pool(
    items: Iterable[ArticleInput], jobs: int, batch_size: int
) -> Iterator[ArticleRecords]:
    """Two batches in flight: the pool works on the next while this process writes."""
    from multiprocessing import get_context

    with get_context("spawn").Pool(jobs) as pool:
        pending: deque[Any] = deque()
        for batch in batched(items, batch_size):
            pending.append(pool.map_async(process_articles, _split(batch, jobs * 2)))
            if len(pending) > 1:
                yield from _flatten(pending.popleft().get())
        while pending:
            yield from _flatten(pending.popleft().get())


def _run_dask(
    items: Iterable[ArticleInput], jobs: int, batch_size: int, scheduler: str | None
) -> Iterator[ArticleRecords]:
    """The same function on Dask: a scheduler address, or a local cluster of ``jobs``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise WartaError("--engine dask needs the `distributed` package") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=max(1, jobs),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    try:
        with Client(scheduler or cluster) as client:  # type: ignore[no-untyped-call]
            pending: deque[Any] = deque()
            for batch in batched(items, batch_size):
                pending.append(client.map(process_articles, _split(batch, jobs * 2), pure=False))
                if len(pending) > 1:
                    yield from _flatten(client.gather(pending.popleft()))
            while pending:
                yield from _flatten(client.gather(pending.popleft()))
    finally:
        if cluster is not None:
            cluster.close()
