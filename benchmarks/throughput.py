"""Throughput: bare spaCy ``nlp.pipe`` vs Storyline's build, same documents, same run.

For each process count, repetitions alternate between the two systems so that load from
other work on the machine hits both alike. Bare spaCy gets the *cleaned* texts (cleaned
before its timer starts) — the hardest comparison for Storyline, whose timer covers
ingest, clean, de-duplication, spaCy, analysis and storing into a fresh SQLite file.
Prints a markdown table: median seconds, documents/s and words/s of each, and the ratio.

    python benchmarks/throughput.py --docs 300 --processes 1,2 --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from storyline.annotate import load_nlp  # noqa: E402
from storyline.ingest import read_inputs  # noqa: E402
from storyline.pipeline import BuildOptions, build, clean_document  # noqa: E402
from storyline.records import RawDocument  # noqa: E402
from storyline.store import Store  # noqa: E402
from synthetic import write  # noqa: E402


def bare_spacy(nlp, texts: list[str], processes: int, batch_size: int) -> float:
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - start


def storyline_build(nlp, corpus: Path, work: Path, processes: int, batch_size: int) -> float:
    db = work / f"run-{time.monotonic_ns()}.db"
    store = Store(db)
    start = time.perf_counter()
    report = build(
        [corpus], store, BuildOptions(processes=processes, batch_size=batch_size), nlp=nlp
    )
    elapsed = time.perf_counter() - start
    store.close()
    for path in work.glob(db.name + "*"):
        path.unlink()
    if report.failed:
        print(f"warning: {report.failed} documents skipped", file=sys.stderr)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--processes", default="1,2")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, help="folder of articles (default: synthetic)")
    args = parser.parse_args()
    nlp = load_nlp()
    with tempfile.TemporaryDirectory(prefix="storyline-throughput-") as tmp:
        work = Path(tmp)
        corpus = args.corpus or work / "corpus"
        if args.corpus is None:
            write(args.docs, corpus)
        raws = [r for r in read_inputs([corpus]) if isinstance(r, RawDocument)]
        texts = [clean_document(r).text for r in raws]
        words = sum(len(t.split()) for t in texts)
        # warm-up, untimed: data files, registry and model caches of this process
        warm = work / "warm"
        write(5, warm, seed=99)
        storyline_build(nlp, warm, work, 1, args.batch_size)
        bare_spacy(nlp, texts[:5], 1, args.batch_size)
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.repeats):
            for processes in [int(p) for p in args.processes.split(",")]:
                bare = bare_spacy(nlp, texts, processes, args.batch_size)
                times.setdefault(("spacy", processes), []).append(bare)
                ours = storyline_build(nlp, corpus, work, processes, args.batch_size)
                times.setdefault(("storyline", processes), []).append(ours)
                print(f"p={processes} spacy {bare:.1f}s storyline {ours:.1f}s", file=sys.stderr)
    print(f"{len(texts)} documents, {words} words (cleaned), {args.repeats} alternating repeats\n")
    print(
        "| processes | system | median s | docs/s | words/s "
        "| ratio of medians | median of paired ratios |"
    )
    print("|---|---|---|---|---|---|---|")
    for processes in [int(p) for p in args.processes.split(",")]:
        bares, ours = times[("spacy", processes)], times[("storyline", processes)]
        paired = statistics.median(b / o for b, o in zip(bares, ours, strict=True))
        for system, runs in (("spacy", bares), ("storyline", ours)):
            median = statistics.median(runs)
            ratios = ""
            if system == "storyline":
                ratios = f"{statistics.median(bares) / median:.2f} | {paired:.2f}"
            else:
                ratios = " | "
            print(
                f"| {processes} | {system} | {median:.1f} | {len(texts) / median:.1f} "
                f"| {words / median:.0f} | {ratios} |"
            )


if __name__ == "__main__":
    main()
