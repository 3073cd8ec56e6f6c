"""A seeded random sample of the events the working tree extracts from a corpus, one line each
(type, status, summary, start of the cited sentence), for judging precision by hand.

Usage:
    python benchmarks/event_sample.py --corpus DIR [--size 40] [--seed 23]

The corpus used in docs/benchmarks.md is the 181 news pages of the article-extraction
benchmark (``../shared/data/article-extraction-benchmark/html/*.gz``, decompressed into a
directory). The judgements (right or wrong, and why) are written into docs/benchmarks.md by
hand; this script only draws the sample, the same one for the same code, corpus and seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_diff import ROOT, event_lines  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="event-sample-") as workdir:
        lines = event_lines(ROOT, args.corpus, Path(workdir), "work")
    sample = random.Random(args.seed).sample(lines, min(args.size, len(lines)))
    for number, line in enumerate(sample, 1):
        print(f"{number:3}. {line}")
    print(f"\n{len(sample)} of {len(lines)} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
