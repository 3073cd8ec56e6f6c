"""Run annotate → analyse in worker processes: a local pool, or a Dask cluster.

``--processes N`` (N > 1) uses a local process pool; ``--dask local`` a Dask LocalCluster
and ``--dask tcp://host:8786`` a running scheduler. Either way the parent reads, cleans
and de-duplicates (it needs the store), sends batches of prepared documents to the
workers, and stores what comes back in submission order, so a parallel run writes the
same records as a single-process run. Each worker process loads the spaCy pipeline and
the actor registry once (cached per process) and reuses them for every batch; at most
two batches per worker are in flight, so memory stays flat on any input size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.errors import ErrorCode, StorylineError

LOCAL = "local"
BATCHES_IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class _Failure:
    """A StorylineError as plain data (the exception itself does not pickle)."""

    code: str
    params: dict[str, Any]

    def error(self) -> StorylineError:
        return StorylineError(ErrorCode[self.code], **self.params)


@contextmanager
def connect(address: str, workers: int | None = None) -> Iterator[Any]:
    """A Dask client: a new LocalCluster for ``"local"``, else the scheduler at ``address``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise StorylineError(ErrorCode.E016, stage="dask", detail=str(exc)) from exc
    from storyline.annotate import default_process_count

    cluster = None
    try:
        if address == LOCAL:
            cluster = LocalCluster(
                n_workers=workers or default_process_count(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout="30s")
    except (OSError, TimeoutError, RuntimeError) as exc:  # no scheduler, workers did not start
        raise StorylineError(ErrorCode.E016, stage="dask", detail=str(exc)) from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def analyse_on_cluster(items: Iterable[tuple[str, Any]], options: Any) -> Iterator[tuple[Any, Any]]:
    """``(prepared, ProcessedDocument | StorylineError)`` for each ``(text, prepared)`` item."""
    model = options.model
    registry_files = tuple(str(p) for p in options.registry_files)
    with connect(options.dask, options.dask_workers) as client:
        client.run(worker_setup, model, registry_files)  # load the model once per worker
        workers = max(1, len(client.scheduler_info()["workers"]))

        def submit(payload: list[Any]) -> Any:
            return client.submit(analyse_batch, payload, model, registry_files, pure=False)

        yield from _in_order(items, submit, options.batch_size, workers)


def analyse_in_processes(
    items: Iterable[tuple[str, Any]], options: Any, processes: int
) -> Iterator[tuple[Any, Any]]:
    """Like ``analyse_on_cluster``, on a pool of ``processes`` local worker processes."""
    from concurrent.futures import ProcessPoolExecutor

    model = options.model
    registry_files = tuple(str(p) for p in options.registry_files)
    worker_setup(model, registry_files)  # loaded here, forked workers start with it
    with ProcessPoolExecutor(
        max_workers=processes, initializer=worker_setup, initargs=(model, registry_files)
    ) as pool:

        def submit(payload: list[Any]) -> Any:
            return pool.submit(analyse_batch, payload, model, registry_files)

        yield from _in_order(items, submit, options.batch_size, processes)


def _in_order(
    items: Iterable[tuple[str, Any]], submit: Any, batch_size: int, workers: int
) -> Iterator[tuple[Any, Any]]:
    in_flight: deque[tuple[list[Any], Any]] = deque()
    for batch in _batches(items, batch_size):
        payload = [(p.document, p.cleaned, p.raw.meta) for _text, p in batch]
        in_flight.append(([p for _text, p in batch], submit(payload)))
        if len(in_flight) >= BATCHES_IN_FLIGHT_PER_WORKER * workers:
            yield from _collect(*in_flight.popleft())
    while in_flight:
        yield from _collect(*in_flight.popleft())


def _collect(prepared: list[Any], future: Any) -> Iterator[tuple[Any, Any]]:
    try:
        outcomes = future.result()
    except Exception as exc:  # a worker died or spaCy failed on the batch: skip its documents
        detail = f"worker failed on this batch: {type(exc).__name__}: {exc}"
        outcomes = [_Failure("E016", {"stage": "annotate", "detail": detail})] * len(prepared)
    for item, outcome in zip(prepared, outcomes, strict=True):
        if isinstance(outcome, _Failure):
            yield item, outcome.error()
        else:
            item.document.published = outcome.document.published
            yield item, outcome


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@lru_cache(maxsize=4)
def _registry(files: tuple[str, ...]) -> Any:
    from storyline.actors.registry import load_registry

    return load_registry(tuple(Path(f) for f in files))


def worker_setup(model: str | None, registry_files: tuple[str, ...]) -> int:
    """Load (once per worker process) the pipeline and registry; the model-load count."""
    from storyline.annotate import load_nlp

    nlp = load_nlp(model)
    registry = _registry(registry_files)
    _warm(nlp, registry)
    return load_nlp.cache_info().misses


_WARMED: set[tuple[int, int]] = set()


def _warm(nlp: Any, registry: Any) -> None:
    """Build the analysis stages' lazy tables (alias matchers, lexicons) once, before the
    pool forks, so that workers start with them instead of each building its own."""
    if (id(nlp), id(registry)) in _WARMED:
        return
    _WARMED.add((id(nlp), id(registry)))
    from storyline.annotate import with_cached_text
    from storyline.pipeline import analyse
    from storyline.records import CleanedText, Document

    text = "President Moon met Kim Jong Un in Pyongyang on Monday, officials said."
    cleaned = CleanedText(text=text, title=None, byline=None, segments=[], dropped=[])
    doc = with_cached_text(nlp(text))
    analyse(Document(id="warm", source="warm", text=text), cleaned, doc, {}, registry)


def analyse_batch(
    payload: list[tuple[Any, Any, dict[str, str]]],
    model: str | None,
    registry_files: tuple[str, ...],
) -> list[Any]:
    """On a worker: annotate and analyse a batch; a failure comes back as data."""
    from storyline.annotate import load_nlp, with_cached_text
    from storyline.pipeline import analyse

    nlp = load_nlp(model)
    registry = _registry(registry_files)
    texts = [cleaned.text for _document, cleaned, _meta in payload]
    docs = (with_cached_text(doc) for doc in nlp.pipe(texts, batch_size=len(texts)))
    results: list[Any] = []
    for (document, cleaned, meta), doc in zip(payload, docs, strict=True):
        try:
            results.append(analyse(document, cleaned, doc, meta, registry))
        except StorylineError as exc:
            results.append(_Failure(exc.code.name, dict(exc.params)))
    return results
