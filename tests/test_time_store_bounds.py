"""Publication bounds of an undated document from dated documents about the same events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.export import export_jsonl
from storyline.pipeline import build
from storyline.records import (
    Actor,
    ActorAnalysis,
    Document,
    EventDate,
    EventMention,
    Location,
    ProcessedDocument,
    PublishedDate,
)
from storyline.resolve import resolve_document
from storyline.store import Store
from storyline.time.store_bounds import apply_store_bounds, bounds_from_store

PUBLISHED = {
    "d-undated": {"value": None},
    "d-oct": {"value": "2018-10-09", "granularity": "day"},
    "d-later": {"value": "2018-11-02", "granularity": "day"},
}


def _mention(event: str, doc: str, status: str, value: str | None = None) -> dict:
    return {"event_id": event, "doc_id": doc, "status": status, "date": {"value": value}}


def test_time_store_bounds_planned_here_past_there_gives_latest():
    mentions = [
        _mention("e-1", "d-undated", "planned"),
        _mention("e-1", "d-oct", "asserted", "2018-10-07"),
        _mention("e-1", "d-later", "asserted", "2018-10-07"),
    ]
    found = bounds_from_store("d-undated", PUBLISHED, mentions)
    assert found is not None
    assert found.value is None
    assert (found.earliest, found.latest) == (None, "2018-10-09")
    assert found.evidence.startswith("no date evidence (bounded by the store")


def test_time_store_bounds_past_here_dated_there_gives_earliest():
    mentions = [
        _mention("e-1", "d-undated", "asserted"),
        _mention("e-1", "d-oct", "asserted", "2018-10"),
    ]
    found = bounds_from_store("d-undated", PUBLISHED, mentions)
    assert found is not None
    assert (found.earliest, found.latest) == ("2018-10-01", None)


def test_time_store_bounds_nothing_shared_gives_nothing():
    mentions = [_mention("e-1", "d-oct", "asserted", "2018-10-07")]
    assert bounds_from_store("d-undated", PUBLISHED, mentions) is None
    alone = [_mention("e-2", "d-undated", "planned"), _mention("e-2", "d-oct", "planned")]
    assert bounds_from_store("d-undated", PUBLISHED, alone) is None


def _story(doc: str, status: str, place: str | None, event: str) -> dict:
    row = _mention(event, doc, status)
    return {**row, "type": "CONSULT", "actors": ["a-1", "a-2"], "mode": None, "location": place}


def test_time_store_bounds_same_story_across_statuses_needs_a_shared_place():
    planned = _story("d-undated", "planned", "Pyongyang", "e-planned")
    found = bounds_from_store(
        "d-undated", PUBLISHED, [planned, _story("d-oct", "asserted", "Pyongyang", "e-met")]
    )
    assert found is not None and found.latest == "2018-10-09"
    elsewhere = [planned, _story("d-oct", "asserted", "Singapore", "e-met")]
    assert bounds_from_store("d-undated", PUBLISHED, elsewhere) is None
    no_place = [
        _story("d-undated", "planned", None, "e-1"),
        _story("d-oct", "asserted", None, "e-2"),
    ]
    assert bounds_from_store("d-undated", PUBLISHED, no_place) is None


def _processed(doc_id: str, published: PublishedDate, status: str, date: EventDate):
    text = "Pompeo met Kim Jong Un in Pyongyang."
    mention = EventMention(
        type="CONSULT",
        mode="visit",
        cameo="042",
        source=["reg:pompeo"],
        target=["reg:kim"],
        status=status,  # type: ignore[arg-type]
        sentence=0,
        start=0,
        end=len(text),
        text=text,
        trigger="met",
        trigger_start=7,
        date=date,
        location=Location("Pyongyang", "PRK", 39.0, 125.7),
    )
    actors = {
        "reg:pompeo": Actor("reg:pompeo", "Mike Pompeo", "person", "USA", "GOV"),
        "reg:kim": Actor("reg:kim", "Kim Jong Un", "person", "PRK", "GOV"),
    }
    document = Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=published)
    return ProcessedDocument(
        document=document,
        actors=ActorAnalysis(actors, []),
        events=resolve_document(doc_id, [mention]),
    )


def test_time_store_bounds_saved_in_the_store_and_exported_without_value(tmp_path: Path):
    store = Store(tmp_path / "s.db")
    own = PublishedDate(evidence="no date evidence (bounded by body date '2017')")
    own.earliest = "2017-01-01"
    store.add_processed(_processed("d-undated", own, "planned", EventDate(rule="none")))
    assert apply_store_bounds(store) == 0  # nothing dated yet: a later build adds it
    dated = PublishedDate(value="2018-10-08", granularity="day", confidence=0.9)
    met = EventDate("2018-10-07", "day", "2018-10-07", "2018-10-07", rule="same-clause timex")
    store.add_processed(_processed("d-dated", dated, "asserted", met))
    assert apply_store_bounds(store) == 1
    assert apply_store_bounds(store) == 0  # a second run changes nothing
    export_jsonl(store, tmp_path / "out")
    rows = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    published = {json.loads(r)["id"]: json.loads(r)["published"] for r in rows}
    undated = published["d-undated"]
    assert undated["value"] is None and undated["granularity"] is None
    assert (undated["earliest"], undated["latest"]) == ("2017-01-01", "2018-10-08")
    assert undated["evidence"] == (
        "no date evidence (bounded by body date '2017'; by the store: describes as still to "
        "come an event that d-dated reports)"
    )
    assert published["d-dated"]["value"] == "2018-10-08"
    store.close()


@pytest.mark.model
def test_time_store_bounds_after_a_build(tmp_path: Path):
    rows = [
        {
            "text": "Secretary of State Mike Pompeo met North Korean leader Kim Jong Un in "
            "Pyongyang on Sunday. The two men talked for two hours.",
            "published": "2018-10-08",
        },
        {
            "text": "Secretary of State Mike Pompeo will meet North Korean leader Kim Jong Un in "
            "Pyongyang. Officials hope for progress.",
        },
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    store = Store(tmp_path / "s.db")
    build([source], store)
    by_line = {row["source"].rsplit("#", 1)[-1]: row["published"] for row in store.documents()}
    assert by_line["L1"]["value"] == "2018-10-08"
    assert by_line["L2"]["value"] is None
    assert by_line["L2"]["latest"] == "2018-10-08"
    assert "describes as still to come" in by_line["L2"]["evidence"]
    store.close()
