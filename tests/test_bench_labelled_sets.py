"""The labelled sentence sets under benchmarks/ are well formed: the scorer keys predictions
by id, so an id used twice would score one sentence's prediction for another."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
SETS = sorted(BENCH.glob("plover_*.jsonl"))


def test_there_are_labelled_sets() -> None:
    assert len(SETS) >= 30


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_labelled_set_ids_are_unique(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    doubled = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert not doubled
    assert all(r.get("text") and r.get("event") for r in rows)


def test_gsr_split_is_disjoint_and_covers_every_sentence() -> None:
    import sys

    sys.path.insert(0, str(BENCH))
    import plover_gsr

    if not plover_gsr.GSR.exists():
        pytest.skip("the shared GSR file is not present")
    ids = [r["id"] for r in plover_gsr.load_gold()]
    split = json.loads(plover_gsr.SPLIT.read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids))  # a shared id gets a suffix
    assert not set(split["dev"]) & set(split["test"])
    assert set(split["dev"]) | set(split["test"]) == set(ids)
