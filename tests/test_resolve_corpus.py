"""Resolve within and across documents: conflicts, one event per trigger, blocking."""

from __future__ import annotations

from dataclasses import replace

from storyline.records import EventDate, EventMention, Location
from storyline.resolve import EventIndex, resolve_corpus, resolve_document


def _mention(
    start: int = 0,
    date: str | None = None,
    granularity: str | None = None,
    rule: str = "same-clause timex",
    place: str | None = None,
    source: tuple[str, ...] = ("reg:albright",),
    target: tuple[str, ...] = ("reg:kim",),
    type_: str = "CONSULT",
) -> EventMention:
    return EventMention(
        type=type_,
        mode=None,
        cameo=None,
        source=list(source),
        target=list(target),
        status="asserted",
        sentence=start // 100,
        start=start,
        end=start + 40,
        text="Albright met Kim.",
        trigger="met",
        trigger_start=start + 9,
        date=EventDate(date, granularity, rule=rule),
        location=Location(place, "PRK", 39.0, 125.7) if place else None,
    )


def test_resolve_corpus_wire_story_and_lookback_are_one_event() -> None:
    wire = [_mention(0, "2000-10-24", "day", place="Pyongyang")]
    lookback = [_mention(300, "2000-10", "month")]
    events = resolve_corpus([("d-2000", wire), ("d-2018", lookback)])
    assert len(events) == 1
    (event,) = events
    assert event.date.value == "2000-10-24" and event.location.name == "Pyongyang"
    assert [doc for doc, _ in event.mentions] == ["d-2000", "d-2018"]
    assert event.conflicts == []


def test_resolve_corpus_other_year_or_actors_stay_apart() -> None:
    first = [_mention(0, "2000-10-24", "day")]
    later = [_mention(0, "2018-10-07", "day")]
    other = [_mention(0, "2000-10-24", "day", target=("reg:kim-yong-nam",))]
    undated = [_mention(0)]
    events = resolve_corpus([("a", first), ("b", later), ("c", other), ("d", undated)])
    assert len(events) == 4


def test_resolve_document_weak_date_merges_with_conflict_recorded() -> None:
    stated = _mention(0, "2000-10-24", "day", place="Pyongyang")
    context = _mention(200, "2000-10-25", "day", rule="sentence timex", place="Pyongyang")
    (event,) = resolve_document("d-1", [stated, context])
    assert event.date.value == "2000-10-24"
    assert [(c.field, c.value, c.doc, c.start) for c in event.conflicts] == [
        ("date", "2000-10-25", "d-1", 200)
    ]


def test_resolve_document_two_stated_days_stay_two_events() -> None:
    first = _mention(0, "2000-10-23", "day", place="Pyongyang")
    second = _mention(200, "2000-10-24", "day", place="Pyongyang")
    assert len(resolve_document("d-1", [first, second])) == 2


def test_resolve_document_same_day_other_place_merges_with_place_conflict() -> None:
    first = _mention(0, "2000-10-24", "day", place="Pyongyang")
    second = _mention(200, "2000-10-24", "day", place="Wonsan")
    (event,) = resolve_document("d-1", [first, second])
    assert event.location.name == "Pyongyang"
    assert [(c.field, c.value) for c in event.conflicts] == [("location", "Wonsan")]


def test_resolve_document_one_trigger_with_several_actor_sets_is_one_event() -> None:
    pair = _mention(0, "2019-06-30", "day", source=("reg:trump",), target=("reg:kim",))
    other_pair = replace(pair, source=["reg:moon"], target=["reg:kim"])
    (event,) = resolve_document("d-1", [pair, other_pair])
    assert event.actor_set == {"reg:trump", "reg:moon", "reg:kim"}
    assert len(event.mentions) == 1


def test_resolve_index_compares_only_within_blocks() -> None:
    index = EventIndex()
    for n in range(50):
        doc_events = resolve_document(
            f"d-{n}", [_mention(0, f"{1990 + n}-05-01", "day", target=(f"reg:{n}",))]
        )
        for event in doc_events:
            index.add(event)
    assert len(index.events) == 50
    assert index.comparisons == 0
    again = resolve_document("d-x", [_mention(0, "1995-05", "month", target=("reg:5",))])
    kept = index.add(again[0])
    assert index.comparisons == 1 and len(kept.mentions) == 2


def test_resolve_document_folds_same_day_report_naming_the_states() -> None:
    from storyline.resolve import resolve_document

    from factories import mention

    parties = {
        "reg:trump": ("USA", "person"),
        "reg:kim": ("PRK", "person"),
        "grp:usa-gov": ("USA", "group"),
        "reg:PRK": ("PRK", "country"),
        "reg:pompeo": ("USA", "person"),
        "reg:kyc": ("PRK", "person"),
    }
    day = dict(date="2018-06-12", granularity="day")
    states = mention(source=("grp:usa-gov",), target=("reg:PRK",), start=0, **day)
    leaders = mention(source=("reg:trump",), target=("reg:kim",), start=100, **day)
    aides = mention(source=("reg:pompeo",), target=("reg:kyc",), start=200, **day)
    events = resolve_document("d-1", [states, leaders, aides], parties)
    assert len(events) == 2
    summit = events[0]
    assert [m.start for _, m in summit.mentions] == [0, 100]
    assert summit.actor_set == {"reg:trump", "reg:kim"}
    assert len(resolve_document("d-1", [states, leaders, aides])) == 3
