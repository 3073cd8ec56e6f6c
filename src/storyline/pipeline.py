"""The pipeline: ingest → clean → annotate → time → actors → events → quotes → resolve → store.

Each stage declares what it requires and provides; ``check_stages`` refuses a mis-ordered
pipeline at start-up. A failure on one document becomes a ``Skipped`` row naming the stage
and the run goes on with the next document.

Inputs stream through: ingest and clean run in this process; spaCy and the analysis run
here (one process), in a pool of worker processes (``processes``) or on a Dask cluster
(``dask``, see ``storyline.distributed``); each analysed document is
stored in its own transaction, so a killed build loses at most the documents in flight and
a rerun picks up where it stopped. The ``STORYLINE_CRASH_AFTER=N`` environment variable
(a test hook) ends the process abruptly after N documents are stored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from storyline import annotate as annotate_stage
from storyline.errors import ErrorCode, StorylineError
from storyline.identity import NEAR_DUPLICATE_DISTANCE, document_id, short_hash, simhash
from storyline.ingest import DEFAULT_MAX_BYTES, STDIN, SUPPORTED_SUFFIXES, input_suffix, read_inputs
from storyline.records import (
    CleanedText,
    Document,
    ProcessedDocument,
    PublishedDate,
    RawDocument,
    Skipped,
)
from storyline.store.fingerprints import SimhashIndex


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    requires: frozenset[str]
    provides: frozenset[str]


STAGES: tuple[Stage, ...] = (
    Stage("ingest", frozenset(), frozenset({"raw"})),
    Stage("clean", frozenset({"raw"}), frozenset({"cleaned"})),
    Stage("annotate", frozenset({"cleaned"}), frozenset({"doc"})),
    Stage("time", frozenset({"cleaned", "doc"}), frozenset({"published", "timex"})),
    Stage("actors", frozenset({"doc", "published"}), frozenset({"actors"})),
    Stage("events", frozenset({"doc", "actors", "timex"}), frozenset({"event_mentions"})),
    Stage("quotes", frozenset({"doc", "actors"}), frozenset({"quotes"})),
    Stage("resolve", frozenset({"event_mentions"}), frozenset({"events"})),
    Stage("store", frozenset({"cleaned", "published", "actors", "events", "quotes"}), frozenset()),
)


def check_stages(stages: Sequence[Stage] = STAGES) -> None:
    """Raise E011 when a stage needs something no earlier stage provides."""
    available: set[str] = set()
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise StorylineError(ErrorCode.E011, stage=stage.name, needs=", ".join(sorted(missing)))
        available |= stage.provides


@dataclass(slots=True)
class BuildOptions:
    """Options of ``build``; the CLI flags mirror these one to one."""

    processes: int | None = None  # None: one per core for large inputs, else 1
    batch_size: int = 32
    registry_files: Sequence[Path] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    near_duplicate_distance: int = NEAR_DUPLICATE_DISTANCE
    model: str | None = None
    dask: str | None = None  # "local" for a LocalCluster, or a scheduler address tcp://…
    dask_workers: int | None = None  # workers of a local cluster (default: one per core)


@dataclass(slots=True)
class BuildReport:
    """What a build did: counts and every skipped item with its reason."""

    seen: int = 0
    processed: int = 0
    already_stored: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, duplicate of)
    skipped: list[Skipped] = field(default_factory=list)
    events: int = 0
    quotes: int = 0

    @property
    def failed(self) -> int:
        return len(self.skipped)

    @property
    def failed_share(self) -> float:
        return self.failed / self.seen if self.seen else 0.0


@dataclass(slots=True)
class _Prepared:
    raw: RawDocument
    cleaned: CleanedText
    document: Document


ProgressCallback = Callable[[str, int], None]
Outcome = tuple[_Prepared, "ProcessedDocument | StorylineError"]
CRASH_ENV = "STORYLINE_CRASH_AFTER"
SKIPPED_FLUSH = 100


def clean_document(raw: RawDocument) -> CleanedText:
    """clean stage, with the language check; raises InputError for unusable input."""
    from storyline.clean import clean
    from storyline.clean.language import detect_language
    from storyline.errors import InputError

    cleaned = clean(raw)
    if not cleaned.text.strip():
        raise InputError(ErrorCode.E007)
    language = detect_language(cleaned.text)
    if language not in ("en", "unknown"):  # too short to tell is not a reason to skip
        raise InputError(ErrorCode.E008, language=language)
    return cleaned


def analyse(
    prepared: Document, cleaned: CleanedText, doc: Doc, meta: dict[str, str], registry: Any
) -> ProcessedDocument:
    """Run time → actors → quotes → events → resolve on one annotated document."""
    from storyline.actors import find_actors
    from storyline.events import extract_events
    from storyline.events.context import is_place_reference
    from storyline.events.summary import summarize
    from storyline.quotes import extract_quotes
    from storyline.resolve import resolve_document
    from storyline.time import analyse_time

    stage = "time"
    try:
        time = analyse_time(cleaned, doc, meta)
        prepared.published = time.published
        stage = "actors"
        actors = find_actors(doc, time.published, registry)
        stage = "quotes"
        quotes = extract_quotes(doc, actors)
        stage = "events"
        mentions = extract_events(doc, actors, time, registry, quotes)
        stage = "resolve"
        parties = {key: (a.country, a.kind) for key, a in actors.actors.items()}
        events = resolve_document(prepared.id, mentions, parties)
        joined = {(m.start, m.trigger_start, m.type) for ev in events for _, m in ev.mentions}
        references = [
            m
            for m in mentions
            if is_place_reference(m) and (m.start, m.trigger_start, m.type) not in joined
        ]
        for ev in events:
            names = {k: actors.actors[k].name for k in ev.source + ev.target if k in actors.actors}
            ev.summary = summarize(
                ev.type,
                ev.mode,
                [names.get(k, k) for k in ev.source],
                [names.get(k, k) for k in ev.target],
                ev.location.name if ev.location else None,
                ev.status,
                ev.cameo,
            )
    except StorylineError:
        raise
    except Exception as exc:  # the per-document error handler: report the stage, keep going
        raise StorylineError(
            ErrorCode.E016, stage=stage, detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    return ProcessedDocument(
        document=prepared,
        actors=actors,
        events=events,
        quotes=quotes,
        time=time,
        references=references,
    )


def _count_input_files(paths: Iterable[str | Path]) -> int:
    total = 0
    for given in paths:
        path = Path(given)
        if str(given) == STDIN:
            total += 200  # a stream: assume it is large
        elif path.is_dir():
            total += sum(1 for p in path.rglob("*") if input_suffix(p) in SUPPORTED_SUFFIXES)
        elif path.exists():
            total += 1 if path.stat().st_size < 1_000_000 else 200
    return total


def choose_processes(paths: Sequence[str | Path], requested: int | None) -> int:
    """Requested count, or one per core when there are enough files to pay for the start-up."""
    if requested:
        return max(1, requested)
    return annotate_stage.default_process_count() if _count_input_files(paths) >= 200 else 1


def build(
    paths: Sequence[str | Path],
    store: Any,
    options: BuildOptions | None = None,
    progress: ProgressCallback | None = None,
    nlp: Language | None = None,
) -> BuildReport:
    """Process every new article under ``paths`` into ``store``; report what happened."""
    from storyline.actors.registry import load_registry

    check_stages()
    options = options or BuildOptions()
    report = BuildReport()
    tick = progress or (lambda _event, _n: None)
    pending: list[Skipped] = []

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        pending.append(item)
        if len(pending) >= SKIPPED_FLUSH:
            store.add_skipped(pending)
            pending.clear()
        tick("skipped", 1)

    def prepared_items() -> Iterator[tuple[str, _Prepared]]:
        seen_ids: set[str] = set()
        run_prints = SimhashIndex(options.near_duplicate_distance)
        for item in read_inputs(paths, max_bytes=options.max_bytes):
            report.seen += 1
            if isinstance(item, Skipped):
                skip(item)
                continue
            prepared = _prepare(item, report, seen_ids, run_prints, store, options, skip)
            if prepared is not None:
                yield prepared.cleaned.text, prepared

    n_process = choose_processes(paths, options.processes)
    if options.dask:
        from storyline.distributed import analyse_on_cluster

        outcomes = analyse_on_cluster(prepared_items(), options)
    elif n_process > 1:
        from storyline.distributed import analyse_in_processes

        outcomes = analyse_in_processes(prepared_items(), options, n_process)
    else:
        registry = load_registry(tuple(Path(p) for p in options.registry_files))
        nlp = nlp or annotate_stage.load_nlp(options.model)
        annotated = annotate_stage.annotate(
            prepared_items(), nlp=nlp, batch_size=options.batch_size, n_process=n_process
        )
        outcomes = (_analyse_safely(prepared, doc, registry) for doc, prepared in annotated)
    crash_after = int(os.environ.get(CRASH_ENV, "0") or 0)
    for prepared, outcome in outcomes:
        if not isinstance(outcome, StorylineError):
            try:
                store.add_processed(outcome)
            except StorylineError as exc:
                outcome = exc
        if isinstance(outcome, StorylineError):
            skip(_skipped_for(prepared, outcome))
            continue
        report.processed += 1
        report.events += len(outcome.events)
        report.quotes += len(outcome.quotes)
        tick("processed", len(prepared.cleaned.text.split()))
        if crash_after and report.processed >= crash_after:
            os._exit(75)  # test hook: die like a killed process, without clean-up
    store.add_skipped(pending)
    if report.processed:  # undated documents: bounds from dated ones about the same events
        from storyline.time.store_bounds import apply_store_bounds

        apply_store_bounds(store)
    return report


def _analyse_safely(prepared: _Prepared, doc: Doc, registry: Any) -> Outcome:
    """analyse() one annotated document; a StorylineError is returned, not raised."""
    try:
        return prepared, analyse(
            prepared.document, prepared.cleaned, doc, prepared.raw.meta, registry
        )
    except StorylineError as exc:
        return prepared, exc


def _skipped_for(prepared: _Prepared, exc: StorylineError) -> Skipped:
    stage = exc.params.get("stage", "store") if exc.code is ErrorCode.E016 else "store"
    return Skipped(prepared.raw.source, str(stage), exc.code.name, exc.message)


def _prepare(
    raw: RawDocument,
    report: BuildReport,
    seen_ids: set[str],
    run_prints: SimhashIndex,
    store: Any,
    options: BuildOptions,
    skip: Callable[[Skipped], None],
) -> _Prepared | None:
    """Clean and identify one raw document; None when it is skipped, stored or a duplicate."""
    from storyline.errors import InputError

    try:
        cleaned = clean_document(raw)
    except InputError as exc:
        skip(Skipped(raw.source, "clean", exc.code.name, exc.message))
        return None
    except Exception as exc:  # a cleaner bug on odd input must not end the run
        detail = f"{type(exc).__name__}: {exc}"
        message = ErrorCode.E016.value.format(stage="clean", detail=detail)
        skip(Skipped(raw.source, "clean", "E016", message))
        return None
    doc_id = document_id(cleaned.text)
    if doc_id in seen_ids or store.known_ids([doc_id]):
        if doc_id not in seen_ids and store.source_of(doc_id) == raw.source:
            report.already_stored += 1
            return None
        copy_id = short_hash(doc_id, raw.source, prefix="d")
        if store.known_ids([copy_id]):
            report.already_stored += 1
            return None
        copy = Document(
            id=copy_id,
            source=raw.source,
            text=cleaned.text,
            title=cleaned.title,
            duplicate_of=doc_id,
            published=PublishedDate(evidence=f"not analysed: duplicate of {doc_id}"),
        )
        store.add_duplicate(copy)
        report.duplicates.append((raw.source, doc_id))
        return None
    seen_ids.add(doc_id)
    fingerprint = simhash(cleaned.text)
    document = Document(
        id=doc_id,
        source=raw.source,
        text=cleaned.text,
        title=cleaned.title or raw.meta.get("title"),
        byline=cleaned.byline or raw.meta.get("author") or raw.meta.get("byline"),
        fingerprint=fingerprint,
    )
    original = run_prints.find(fingerprint) or store.near_duplicate_of(
        fingerprint, options.near_duplicate_distance
    )
    if original is not None:
        document.duplicate_of = original
        document.published = PublishedDate(evidence=f"not analysed: duplicate of {original}")
        store.add_duplicate(document)
        report.duplicates.append((raw.source, original))
        return None
    run_prints.add(doc_id, fingerprint)
    return _Prepared(raw=raw, cleaned=cleaned, document=document)
