"""End to end: build the bundled sample corpus, export it, check the contract and citations."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main, sample_corpus_path
from storyline.pipeline import build
from storyline.store import Store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("e2e")
    db = str(folder / "demo.db")
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(sample_corpus_path()), "--db", db, "--quiet"])
    second = build([sample_corpus_path()], Store(db))
    exported = runner.invoke(
        main, ["export", "--db", db, "--format", "jsonl", "--out", str(folder / "out")]
    )
    files = {
        name: [json.loads(line) for line in (folder / "out" / f"{name}.jsonl").open()]
        for name in ("documents", "actors", "events", "quotes")
    }
    return {"first": first, "second": second, "exported": exported, "files": files, "db": db}


def test_cli_build_processes_the_sample_corpus(built: dict) -> None:
    assert built["first"].exit_code == 0, built["first"].output
    assert built["exported"].exit_code == 0
    documents = built["files"]["documents"]
    analysed = [d for d in documents if d["duplicate_of"] is None]
    assert len(analysed) >= 8
    assert all(d["text"].strip() for d in analysed)
    assert any(d["duplicate_of"] for d in documents), "the re-posted sample is a duplicate"


def test_cli_second_build_processes_nothing_new(built: dict) -> None:
    report = built["second"]
    assert report.processed == 0 and report.failed == 0
    assert report.already_stored >= 8


def test_cli_every_event_mention_cites_its_text(built: dict) -> None:
    texts = {d["id"]: d["text"] for d in built["files"]["documents"]}
    events = built["files"]["events"]
    assert len(events) >= 10
    for event in events:
        assert event["status"] in {"asserted", "negated", "hypothetical", "planned", "conditional"}
        assert event["mentions"]
        for m in event["mentions"]:
            assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]


def test_cli_quotes_cite_their_offsets(built: dict) -> None:
    texts = {d["id"]: d["text"] for d in built["files"]["documents"]}
    quotes = built["files"]["quotes"]
    assert len(quotes) >= 5
    for quote in quotes:
        assert texts[quote["doc"]][quote["start"] : quote["end"]] == quote["text"]


def test_cli_dates_are_evidenced_or_null(built: dict) -> None:
    for document in built["files"]["documents"]:
        published = document["published"]
        if published["value"] is not None:
            assert published["evidence"] and 0 < published["confidence"] <= 1


def test_cli_views_show_events(built: dict) -> None:
    runner = CliRunner()
    for command in (["timeline"], ["events"], ["actors"], ["quotes"]):
        result = runner.invoke(main, [*command, "--db", built["db"]])
        assert result.exit_code == 0, result.output
    timeline = runner.invoke(main, ["timeline", "--db", built["db"], "--actor", "Kim Jong Un"])
    assert "Kim Jong Un" in timeline.output


def test_cli_demo_path_is_the_packaged_corpus() -> None:
    assert Path(sample_corpus_path()).is_dir()
