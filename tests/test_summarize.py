"""Extractive summaries: every sentence cites its document, sentence and offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.store import Store
from storyline.summarize import summarize
from storyline.views import EventFilter
from test_views import build_views_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    built = build_views_store(tmp_path_factory.mktemp("summary") / "views.db")
    yield built
    built.close()


def test_summarize_every_sentence_cites_its_source(store: Store) -> None:
    picked = summarize(store, EventFilter(actor="Reyes"), max_sentences=4)
    assert len(picked) == 4
    for item in picked:
        text = store.document(item.doc)["text"]
        assert text[item.start : item.end].strip() == item.text
        assert item.events and item.title and item.source.startswith("https://")
    dates = [p.date for p in picked if p.date]
    assert dates == sorted(dates)


def test_summarize_follows_period_and_actor(store: Store) -> None:
    picked = summarize(store, EventFilter(period="2018-10", actor="Ortiz"))
    assert {p.text for p in picked} == {
        "Ortiz visited Reyes in Pyongyang on Sunday.",
        "Reyes accused Ortiz of bad faith in October.",
    }
    assert summarize(store, EventFilter(period="2017")) == []


def test_summarize_skips_near_repeats(store: Store) -> None:
    picked = summarize(store, max_sentences=10, redundancy=0.0)
    assert len(picked) == 1  # any shared word is a repeat at redundancy 0


def test_summarize_cli(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    build_views_store(db).close()
    runner = CliRunner()
    args = ["summarize", "--db", str(db), "--period", "2018-10", "--actor", "Bo Reyes"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1. " in result.output and "sentence" in result.output
    rows = [json.loads(x) for x in runner.invoke(main, [*args, "--json"]).output.splitlines()]
    assert len(rows) == 2 and all(r["citation"]["doc"].startswith("d-") for r in rows)
