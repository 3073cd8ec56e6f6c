"""Publication bounds of an undated document from dated documents about the same events."""

from __future__ import annotations

from storyline.time.store_bounds import bounds_from_store

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
