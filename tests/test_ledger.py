"""Commitments ledger on a hand-built store: kinds, parties, later fate and verdicts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.export import export
from storyline.ledger import LedgerRules, commitments_ledger, same_parties
from storyline.store import Store
from storyline.views import EventFilter
from test_views import build_views_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    built = build_views_store(tmp_path_factory.mktemp("ledger") / "views.db")
    yield built
    built.close()


def test_ledger_lists_promises_and_demands_with_their_fate(store: Store) -> None:
    entries = {e["kind"]: e for e in commitments_ledger(store)}
    assert set(entries) == {"promise", "demand"}
    promise = entries["promise"]
    assert promise["made"] == "2018-06-12" and promise["status"] == "planned"
    assert promise["pair"] == "Alma Ortiz & Bo Reyes"
    outcomes = [(f["outcome"], f["type"], f["status"]) for f in promise["fate"]]
    # the Pyongyang visit bears on it, the release carries it out, Hanoi's "did not agree"
    # breaks it: later reports disagree
    assert outcomes == [
        ("related", "CONSULT", "asserted"),
        ("kept", "RETREAT", "asserted"),
        ("broken", "AGREE", "negated"),
    ]
    assert promise["verdict"] == "mixed"
    assert promise["fate"][-1]["citation"]["text"].startswith("Ortiz and Reyes did not agree")
    demand = entries["demand"]
    assert demand["pair"] == "Alma Ortiz → Bo Reyes"
    kept = [f for f in demand["fate"] if f["outcome"] == "kept"]
    assert [f["type"] for f in kept] == ["RETREAT"] and demand["verdict"] == "mixed"
    assert demand["citation"]["text"] == "Ortiz demanded that Reyes free the detainees."


def test_ledger_never_takes_earlier_reports_as_fate(store: Store) -> None:
    for entry in commitments_ledger(store):
        assert all(f["when"] > entry["made"] for f in entry["fate"])
        assert entry["id"] not in {f["id"] for f in entry["fate"]}


def test_ledger_filter_and_rules(store: Store) -> None:
    only = commitments_ledger(store, EventFilter(type="REQUEST"))
    assert [e["kind"] for e in only] == ["demand"]
    rules = LedgerRules.packaged()
    assert rules.kind_of({"type": "AGREE", "status": "conditional"}) == "conditional offer"
    assert rules.kind_of({"type": "AGREE", "status": "asserted"}) is None
    a = {"source": ["x", "y"], "target": []}
    assert same_parties(a, {"source": ["y"], "target": ["x"]})
    assert not same_parties(a, {"source": ["y"], "target": ["z"]})
    assert same_parties({"source": ["x"], "target": []}, {"source": ["z"], "target": ["x"]})


def test_ledger_cli_prints_table_and_json(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    build_views_store(db).close()
    runner = CliRunner()
    table = runner.invoke(main, ["ledger", "--db", str(db)])
    assert table.exit_code == 0 and "promise" in table.output
    lines = runner.invoke(main, ["ledger", "--db", str(db), "--json"]).output.splitlines()
    assert len(lines) == 2


def test_ledger_export_jsonl_and_csv(store: Store, tmp_path: Path) -> None:
    written = export(store, "ledger", tmp_path)
    assert written == {"ledger.jsonl": 2, "ledger.csv": 2}
    entries = [json.loads(line) for line in (tmp_path / "ledger.jsonl").open()]
    assert {e["kind"] for e in entries} == {"promise", "demand"}
    with (tmp_path / "ledger.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    promise = next(r for r in rows if r["kind"] == "promise")
    assert promise["verdict"] == "mixed" and "broken:" in promise["fate"]
    text = store.document(promise["doc"])["text"]
    assert text[int(promise["start"]) : int(promise["end"])] == promise["text"]
