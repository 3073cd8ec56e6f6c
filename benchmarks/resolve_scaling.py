"""Time Storyline's resolve stage on synthetic event mentions: does it grow about linearly?

Usage:
    python benchmarks/resolve_scaling.py                       # 12.5k ... 200k; store 2.5k ... 20k
    python benchmarks/resolve_scaling.py --sizes 12500 25000 --store-sizes   # bounded run

Synthetic corpus (seeded, so every run sees the same data): real-world events with a PLOVER
type, two actors drawn from a pool that grows with the corpus, a day between 1995 and 2025
and a place; each document reports a handful of them, each report giving the date at day,
month or year granularity (or none) and sometimes no place. The mentions go through the real
code: ``resolve_document`` per document, then ``EventIndex`` across documents, as
``resolve_corpus`` does. Printed per size: wall time, mentions per second, candidate pairs
examined per mention (blocking keeps it flat), and pairwise precision/recall of the merges
against the synthetic truth. A second table runs smaller sizes through the SQLite store
(``Store.add_processed``: the cross-document merge a build uses), where each commit costs a
disk sync. Timing: the fastest of ``--repeats`` runs, with the input
corpus frozen out of the garbage collector (``gc.freeze``), since in a build mentions stream
from documents and are not all alive at once.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TYPES = ["CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"]
PLACES = [("Pyongyang", "PRK"), ("Seoul", "KOR"), ("Singapore", "SGP"), ("Hanoi", "VNM")]
MENTIONS_PER_DOCUMENT = 8
MENTIONS_PER_EVENT = 4  # on average; real events get a Zipf-like share of reports
ACTORS_PER_EVENT_POOL = 0.2  # actor pool size as a share of the number of events


def _import_storyline() -> None:
    try:
        import storyline  # noqa: F401
    except ImportError:  # running from a checkout without an install
        sys.path.insert(0, str(ROOT / "src"))


def synthetic_corpus(n_mentions: int, seed: int = 7) -> tuple[list, dict]:
    """``[(doc_id, [EventMention, ...]), ...]`` and the true event of every mention
    (keyed by ``(doc_id, start)``)."""
    from storyline.records import EventDate, EventMention, Location

    rng = random.Random(seed)
    n_events = max(1, n_mentions // MENTIONS_PER_EVENT)
    n_actors = max(10, int(n_events * ACTORS_PER_EVENT_POOL))
    first_day = date(1995, 1, 1).toordinal()
    events = []
    for _ in range(n_events):
        source, target = rng.sample(range(n_actors), 2)
        day = date.fromordinal(first_day + rng.randrange(365 * 30))
        events.append(
            (rng.choice(TYPES), f"reg:{source}", f"reg:{target}", day, rng.choice(PLACES))
        )
    weights = [1.0 / (rank + 1) ** 0.6 for rank in range(n_events)]
    chosen = rng.choices(range(n_events), weights=weights, k=n_mentions)
    corpus = []
    truth: dict[tuple[str, int], int] = {}
    for start in range(0, n_mentions, MENTIONS_PER_DOCUMENT):
        doc_id = f"d-{start // MENTIONS_PER_DOCUMENT}"
        mentions = []
        for k, event_no in enumerate(chosen[start : start + MENTIONS_PER_DOCUMENT]):
            kind, source, target, day, (place, country) = events[event_no]
            granularity = rng.choices(["day", "month", "year", None], [5, 3, 1, 1])[0]
            value = {
                "day": day.isoformat(),
                "month": day.isoformat()[:7],
                "year": day.isoformat()[:4],
                None: None,
            }[granularity]
            offset = k * 200
            mentions.append(
                EventMention(
                    type=kind,
                    mode=None,
                    cameo=None,
                    source=[source],
                    target=[target],
                    status="asserted",
                    sentence=k,
                    start=offset,
                    end=offset + 120,
                    text="synthetic report",
                    trigger="met",
                    trigger_start=offset + 10,
                    date=EventDate(value, granularity, rule="same-clause timex"),
                    location=Location(place, country, 0.0, 0.0) if rng.random() < 0.7 else None,
                )
            )
            truth[(doc_id, offset)] = event_no
        corpus.append((doc_id, mentions))
    return corpus, truth


def pairwise(events: list, truth: dict) -> tuple[float, float]:
    """Pairwise precision and recall of the merges against the synthetic truth."""
    linked = same = 0
    per_truth: Counter = Counter(truth.values())
    true_pairs = sum(n * (n - 1) // 2 for n in per_truth.values())
    for event in events:
        labels = Counter(truth[(doc, m.start)] for doc, m in event.mentions)
        n = sum(labels.values())
        linked += n * (n - 1) // 2
        same += sum(k * (k - 1) // 2 for k in labels.values())
    precision = same / linked if linked else 1.0
    recall = same / true_pairs if true_pairs else 1.0
    return precision, recall


def run(size: int, repeats: int) -> dict:
    """Resolve the synthetic corpus of ``size`` mentions ``repeats`` times; keep the fastest
    (other processes on the machine only ever add time)."""
    from storyline.resolve import EventIndex, resolve_document

    best = None
    truth: dict = {}
    for _ in range(repeats):
        corpus, truth = synthetic_corpus(size)  # fresh records: resolve mutates events
        gc.collect()
        gc.freeze()  # the input corpus is the benchmark's, not resolve's: keep it out of GC
        began = time.perf_counter()
        cpu = time.process_time()
        index = EventIndex()
        for doc_id, mentions in corpus:
            for event in resolve_document(doc_id, mentions):
                index.add(event)
        seconds = time.perf_counter() - began
        cpu = time.process_time() - cpu
        gc.unfreeze()
        if best is None or seconds < best[0]:
            best = (seconds, cpu, index)
    seconds, cpu, index = best
    precision, recall = pairwise(index.events, truth)
    return {
        "size": size,
        "seconds": seconds,
        "cpu": cpu,
        "events": len(index.events),
        "comparisons": index.comparisons,
        "precision": precision,
        "recall": recall,
    }


def run_store(size: int) -> dict:
    """The same corpus through ``Store.add_processed`` (SQLite in a temporary directory):
    each document resolved within itself, then merged with stored events by the store's
    blocking (block key and year). One run: time is wall clock and CPU of this process."""
    import tempfile

    from storyline.records import Document, ProcessedDocument
    from storyline.resolve import resolve_document
    from storyline.store import Store

    corpus, _ = synthetic_corpus(size)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "scaling.db")
        began = time.perf_counter()
        cpu = time.process_time()
        for doc_id, mentions in corpus:
            document = Document(id=doc_id, source=doc_id, text=doc_id)
            events = resolve_document(doc_id, mentions)
            store.add_processed(ProcessedDocument(document=document, events=events))
        seconds = time.perf_counter() - began
        cpu = time.process_time() - cpu
        events = store.counts()["events"]
        store.close()
    return {"size": size, "seconds": seconds, "cpu": cpu, "events": events}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[12_500, 25_000, 50_000, 100_000, 200_000]
    )
    parser.add_argument("--repeats", type=int, default=3, help="runs per size; the fastest counts")
    parser.add_argument(
        "--store-sizes",
        type=int,
        nargs="*",
        default=[2_500, 5_000, 10_000, 20_000],
        help="sizes also run through the SQLite store (none: skip)",
    )
    args = parser.parse_args(argv)
    _import_storyline()
    rows = [run(size, args.repeats) for size in sorted(args.sizes)]
    base = rows[0]
    print(
        "| mentions | events | time (s) | CPU (s) | mentions/s | pairs examined/mention "
        "| CPU ratio / size ratio | pairwise P | pairwise R |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        growth = (row["cpu"] / base["cpu"]) / (row["size"] / base["size"])
        print(
            f"| {row['size']:,} | {row['events']:,} | {row['seconds']:.2f} | {row['cpu']:.2f} "
            f"| {row['size'] / row['seconds']:,.0f} | {row['comparisons'] / row['size']:.2f} "
            f"| {growth:.2f} | {row['precision']:.3f} | {row['recall']:.3f} |"
        )
    if args.store_sizes:
        stored = [run_store(size) for size in sorted(args.store_sizes)]
        first = stored[0]
        print("\nThrough `Store.add_processed` (SQLite, one transaction per document):\n")
        print(
            "| mentions | events stored | time (s) | CPU (s) | mentions/s "
            "| CPU ratio / size ratio |"
        )
        print("|---|---|---|---|---|---|")
        for row in stored:
            growth = (row["cpu"] / first["cpu"]) / (row["size"] / first["size"])
            print(
                f"| {row['size']:,} | {row['events']:,} | {row['seconds']:.1f} | {row['cpu']:.1f} "
                f"| {row['size'] / row['seconds']:,.0f} | {growth:.2f} |"
            )
    last = rows[-1]
    exponent = (
        math.log(last["cpu"] / base["cpu"]) / math.log(last["size"] / base["size"])
        if last["size"] > base["size"]
        else 1.0
    )
    print(
        f"\nTime: fastest of {args.repeats} runs (wall clock; CPU time of this process beside "
        f"it). CPU ratio / size ratio is measured against the {base['size']:,}-mention run; "
        f"near 1.0 means linear growth. Fitted growth: CPU time ~ mentions^{exponent:.2f}."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
