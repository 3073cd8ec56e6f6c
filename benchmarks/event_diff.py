"""Which events a change adds or removes on a corpus: build it with an older revision and with
the working tree, and print the difference of the exported events.

Usage:
    python benchmarks/event_diff.py --base aee06df                      # korea corpus
    python benchmarks/event_diff.py --base HEAD~3 --corpus DIR [--keep]

Each side runs ``storyline build CORPUS --db ...`` then ``storyline events --json`` with its
own source tree on ``PYTHONPATH`` (the older one from a ``git worktree`` of ``--base``), and
reduces every event to one line: type, status, summary and the start of its first mention's
sentence, sorted. Lines only in the base are printed with ``-``, lines only in the working
tree with ``+``. This is how rule changes were reviewed on real text (docs/benchmarks.md):
read every changed line before keeping a rule.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "korea-diplomacy"


def event_lines(source_tree: Path, corpus: Path, workdir: Path, name: str) -> list[str]:
    """The exported events of ``corpus`` built by the code under ``source_tree/src``."""
    env = {**os.environ, "PYTHONPATH": str(source_tree / "src")}
    db = workdir / f"{name}.db"
    run = [sys.executable, "-m", "storyline"]
    subprocess.run([*run, "build", str(corpus), "--db", str(db)], env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    out = subprocess.run([*run, "events", "--db", str(db), "--json"], env=env, check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    lines = []
    for row in (json.loads(line) for line in out.splitlines() if line.strip()):
        mention = row["mentions"][0] if row.get("mentions") else {}
        text = " ".join(str(mention.get("text", "")).split())[:160]
        lines.append(f"{row['type']} {row['status']} {row['summary']} | {text}")
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git revision to compare with")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", action="store_true", help="keep the worktree and databases")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="event-diff-"))
    base_tree = workdir / "base"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base_tree),
                    args.base], check=True)  # fmt: skip
    try:
        old = event_lines(base_tree, args.corpus, workdir, "base")
        new = event_lines(ROOT, args.corpus, workdir, "work")
    finally:
        if not args.keep:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(base_tree)], check=False)  # fmt: skip
    changed = [
        line
        for line in difflib.unified_diff(old, new, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    print("\n".join(changed) if changed else "no event changed")
    print(f"\n{len(old)} events before, {len(new)} after; {len(changed)} lines differ"
          + (f"; kept in {workdir}" if args.keep else ""))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
