"""A build killed at a random point and rerun loses nothing and repeats nothing."""

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.cli import sample_corpus_path
from storyline.pipeline import CRASH_ENV
from storyline.store import Store

pytestmark = pytest.mark.model


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_corpus_path(), corpus, ignore=shutil.ignore_patterns("*.md"))
    (corpus / "broken.jsonl").write_text('{"text": "The envoys met."}\n{oops\n', encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    return corpus


def _build(corpus: Path, db: Path, crash_after: int | None = None) -> int:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    if crash_after is not None:
        env[CRASH_ENV] = str(crash_after)
    args = [sys.executable, "-m", "storyline", "build", str(corpus), "--db", str(db)]
    done = subprocess.run([*args, "--quiet"], env=env, capture_output=True, text=True)
    return done.returncode


def _contents(db: Path) -> dict:
    store = Store(db)
    documents = list(store.documents())
    contents = {
        "counts": store.counts(),
        "documents": sorted((d["id"], d["source"], d["duplicate_of"]) for d in documents),
        "events": sorted((e["id"], e["type"], e["date"]["value"]) for e in store.events()),
        "mentions": sorted(m["id"] for m in store.event_mentions()),
        "quotes": sorted(q["id"] for q in store.quotes()),
        "actors": sorted((a["id"], a["mentions"]) for a in store.actors()),
        "skipped": sorted((s["source"], s["code"]) for s in store.skipped()),
    }
    store.close()
    assert len({d[0] for d in contents["documents"]}) == len(contents["documents"])
    return contents


def test_resume_killed_build_finishes_with_the_same_records_as_an_uninterrupted_one(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path)
    reference_db = tmp_path / "reference.db"
    assert _build(corpus, reference_db) == 3  # two bad inputs of many: exit code 3
    reference = _contents(reference_db)
    analysed = sum(1 for d in reference["documents"] if d[2] is None)
    crash_after = random.Random(8).randint(1, analysed - 1)

    db = tmp_path / "resumed.db"
    assert _build(corpus, db, crash_after=crash_after) == 75  # died without clean-up
    partial = _contents(db)
    stored = [d for d in partial["documents"] if d[2] is None]
    assert len(stored) == crash_after  # one transaction per document: nothing half-written

    assert _build(corpus, db) == 3
    assert _contents(db) == reference
    assert _build(corpus, db) == 3  # a third run adds nothing
    assert _contents(db) == reference
