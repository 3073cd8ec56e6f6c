"""Cross-document merge in the store: granularity-aware dates, conflicts kept and exported;
mentions named only by a city join the one stored event they can report."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.export import export_jsonl
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

ACTORS = {
    "reg:albright": Actor("reg:albright", "Madeleine Albright", "person", "USA", "GOV"),
    "reg:kim": Actor("reg:kim", "Kim Jong Il", "person", "PRK", "GOV"),
}


def _mention(start: int, date: str, granularity: str, place: str | None) -> EventMention:
    return EventMention(
        type="CONSULT",
        mode=None,
        cameo="040",
        source=["reg:albright"],
        target=["reg:kim"],
        status="asserted",
        sentence=0,
        start=start,
        end=start + 30,
        text="Albright met Kim Jong Il.",
        trigger="met",
        trigger_start=start + 9,
        date=EventDate(date, granularity, rule="same-clause timex"),
        location=Location(place, "PRK", 39.0, 125.7) if place else None,
    )


def _processed(doc_id: str, mentions: list[EventMention]) -> ProcessedDocument:
    document = Document(id=doc_id, source=f"{doc_id}.txt", text="Albright met Kim Jong Il." * 4)
    return ProcessedDocument(
        document=document,
        actors=ActorAnalysis(dict(ACTORS), []),
        events=resolve_document(doc_id, mentions),
    )


def test_resolve_store_merges_lookback_and_records_conflicting_day(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(_processed("d-wire", [_mention(0, "2000-10", "month", None)]))
    store.add_processed(_processed("d-look", [_mention(0, "2000-10-24", "day", "Pyongyang")]))
    store.add_processed(_processed("d-late", [_mention(0, "2000-10-25", "day", None)]))
    store.add_processed(_processed("d-2018", [_mention(0, "2018-06-12", "day", None)]))
    export_jsonl(store, tmp_path / "out")
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    events = sorted((json.loads(line) for line in lines), key=lambda e: e["date"]["value"])
    assert [e["date"]["value"] for e in events] == ["2000-10-24", "2000-10-25", "2018-06-12"]
    merged = events[0]
    assert {m["doc"] for m in merged["mentions"]} == {"d-wire", "d-look"}
    assert merged["location"]["name"] == "Pyongyang"
    assert merged["conflicts"] == []
    store.close()


def test_resolve_store_narrowed_date_turns_stored_day_into_conflict(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    stated = _mention(0, "2000-10", "month", "Pyongyang")
    context = _mention(100, "2000-10-25", "day", "Pyongyang")
    context.date.rule = "sentence timex"  # weak: the sentence, not the trigger's clause
    store.add_processed(_processed("d-1", [stated, context]))
    store.add_processed(_processed("d-2", [_mention(0, "2000-10-24", "day", None)]))
    export_jsonl(store, tmp_path / "out")
    (line,) = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    event = json.loads(line)
    assert event["date"]["value"] == "2000-10-24" and event["date"]["granularity"] == "day"
    assert len(event["mentions"]) == 3
    assert event["conflicts"] == [
        {"field": "date", "value": "2000-10-25", "doc": "d-1", "start": 100}
    ]
    assert "conflicts" not in event["date"]
    store.close()


def _same_day(doc_id: str, actors: dict[str, Actor], source: str, target: str) -> ProcessedDocument:
    mention = _mention(0, "2018-06-12", "day", None)
    mention.source, mention.target = [source], [target]
    document = Document(id=doc_id, source=f"{doc_id}.txt", text="They met on Tuesday." * 4)
    return ProcessedDocument(
        document=document,
        actors=ActorAnalysis(dict(actors), []),
        events=resolve_document(doc_id, [mention]),
    )


LEADERS = {
    "reg:trump": Actor("reg:trump", "Donald Trump", "person", "USA", "GOV"),
    "reg:kju": Actor("reg:kju", "Kim Jong Un", "person", "PRK", "GOV"),
}
AIDES = {  # other people of the same two countries: another meeting that day
    "reg:pompeo": Actor("reg:pompeo", "Mike Pompeo", "person", "USA", "GOV"),
    "reg:kyc": Actor("reg:kyc", "Kim Yong Chol", "person", "PRK", "GOV"),
}
STATES = {
    "reg:USA": Actor("reg:USA", "United States", "country", "USA", None),
    "reg:PRK": Actor("reg:PRK", "North Korea", "country", "PRK", None),
    "reg:KOR": Actor("reg:KOR", "South Korea", "country", "KOR", None),
}


def test_resolve_store_same_day_merges_leaders_and_their_states(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(_same_day("d-people", LEADERS, "reg:trump", "reg:kju"))
    store.add_processed(_same_day("d-states", STATES, "reg:USA", "reg:PRK"))
    store.add_processed(_same_day("d-other", STATES, "reg:KOR", "reg:PRK"))
    store.add_processed(_same_day("d-aides", AIDES, "reg:pompeo", "reg:kyc"))
    export_jsonl(store, tmp_path / "out")
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    docs = sorted(sorted({m["doc"] for m in json.loads(line)["mentions"]}) for line in lines)
    assert docs == [["d-aides"], ["d-other"], ["d-people", "d-states"]]
    store.close()


def _visit(
    doc_id: str, target: str, date: EventDate, place: str = "Pyongyang"
) -> ProcessedDocument:
    mention = _mention(0, "2000-10-24", "day", place)
    mention.mode, mention.target, mention.date = "visit", [target], date
    actors = dict(ACTORS) | {"reg:PRK": STATES["reg:PRK"], "reg:USA": STATES["reg:USA"]}
    document = Document(id=doc_id, source=f"{doc_id}.txt", text="Albright visited." * 4)
    parties = {k: (a.country, a.kind) for k, a in actors.items()}
    return ProcessedDocument(
        document=document,
        actors=ActorAnalysis(actors, []),
        events=resolve_document(doc_id, [mention], parties),
    )


def test_resolve_store_one_trip_told_by_a_wire_and_a_look_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    day = EventDate("2000-10-24", "day", "2000-10-24", "2000-10-24", rule="same-clause timex")
    last_year = EventDate(None, None, "2000-01-21", "2001-01-20", rule="role: end of a term")
    term = EventDate(None, None, "1993-01-20", "2001-01-20", rule="role: during a term")
    store.add_processed(_visit("d-wire", "reg:kim", day))
    store.add_processed(_visit("d-look", "reg:PRK", last_year))  # the host's country: joins
    store.add_processed(_visit("d-vague", "reg:PRK", term))  # eight years: too loose
    store.add_processed(_visit("d-other", "reg:USA", last_year))  # other hosts
    store.add_processed(_visit("d-city", "reg:PRK", last_year, "Kaesong"))  # other city
    export_jsonl(store, tmp_path / "out")
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    docs = sorted(sorted({m["doc"] for m in json.loads(line)["mentions"]}) for line in lines)
    assert docs == [["d-city"], ["d-look", "d-wire"], ["d-other"], ["d-vague"]]
    merged = next(json.loads(x) for x in lines if len(json.loads(x)["mentions"]) == 2)
    assert merged["date"]["value"] == "2000-10-24"
    store.close()


def _accusation(doc_id: str, sentence: str, date: EventDate) -> ProcessedDocument:
    mention = _mention(0, "2000-10-24", "day", None)
    mention.type, mention.mode, mention.cameo = "ACCUSE", "disapprove", "111"
    mention.text, mention.end, mention.date = sentence, len(sentence), date
    document = Document(id=doc_id, source=f"{doc_id}.txt", text=sentence * 2)
    return ProcessedDocument(
        document=document,
        actors=ActorAnalysis(dict(ACTORS), []),
        events=resolve_document(doc_id, [mention]),
    )


def test_resolve_store_reports_repeating_a_quoted_label_are_one_event(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    undated = EventDate(rule="none")
    after = EventDate(None, None, "2001-01-01", None, rule="bounds from timex")
    before = EventDate(None, None, None, "1999-12-31", rule="none")
    store.add_processed(
        _accusation("d-2002", 'Albright called Kim part of a "ring of fire".', undated)
    )
    store.add_processed(
        _accusation("d-2018", "Albright denounced Kim's “ring of fire” in 2001.", after)
    )
    store.add_processed(_accusation("d-other", 'Albright called Kim "a pragmatic man".', undated))
    store.add_processed(_accusation("d-early", 'Albright decried the "ring of fire".', before))
    export_jsonl(store, tmp_path / "out")
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    docs = sorted(sorted({m["doc"] for m in json.loads(line)["mentions"]}) for line in lines)
    assert docs == [["d-2002", "d-2018"], ["d-early"], ["d-other"]]
    store.close()


def test_resolve_quoted_labels_are_short_quoted_phrases() -> None:
    from storyline.resolve import quoted_labels

    text = (
        'He said "we will never give up our weapons at all, ever" and called it an “axis of evil”.'
    )
    assert quoted_labels(text) == {"axis of evil"}


def test_resolve_store_conflicts_kept_when_a_later_report_leaves_the_date(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    stated = _mention(0, "2000-10-24", "day", "Pyongyang")
    context = _mention(100, "2000-10-25", "day", "Pyongyang")
    context.date.rule = "sentence timex"  # weak: recorded as a conflict of the 24th
    store.add_processed(_processed("d-1", [stated, context]))
    store.add_processed(_processed("d-2", [_mention(0, "2000-10", "month", None)]))
    export_jsonl(store, tmp_path / "out")
    (line,) = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    event = json.loads(line)
    assert event["date"]["value"] == "2000-10-24" and len(event["mentions"]) == 3
    assert event["conflicts"] == [
        {"field": "date", "value": "2000-10-25", "doc": "d-1", "start": 100}
    ]
    store.close()


def _reference(doc_id: str, place: str, published: str | None = None) -> ProcessedDocument:
    """A document whose only event mention names no party, only a city ("the talks that were
    held in Pyongyang")."""
    mention = _mention(0, "2000-10-24", "day", place)
    mention.source, mention.target, mention.date = [], [], EventDate(rule="none")
    mention.text, mention.trigger = f"the talks that were held in {place}", "talks held"
    document = Document(id=doc_id, source=f"{doc_id}.txt", text=mention.text * 2)
    if published is not None:
        document.published = PublishedDate(value=published, granularity="day")
    return ProcessedDocument(
        document=document, actors=ActorAnalysis({}, []), events=[], references=[mention]
    )


def _event_docs(store: Store, tmp_path: Path) -> list[list[str]]:
    export_jsonl(store, tmp_path / "out")
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted(sorted(m["doc"] for m in json.loads(line)["mentions"]) for line in lines)


def test_resolve_store_place_reference_joins_the_one_event_in_that_city(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(_processed("d-talks", [_mention(0, "2000-10-24", "day", "Pyongyang")]))
    store.add_processed(_reference("d-later", "Pyongyang", published="2000-11-02"))
    store.add_processed(_reference("d-before", "Pyongyang", published="2000-10-01"))  # too early
    store.add_processed(_reference("d-elsewhere", "Kaesong"))
    assert _event_docs(store, tmp_path) == [["d-later", "d-talks"]]
    store.close()


def test_resolve_store_place_reference_waits_for_its_event(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(_reference("d-ref", "Pyongyang"))
    assert _event_docs(store, tmp_path) == []
    store.add_processed(_processed("d-talks", [_mention(0, "2000-10-24", "day", "Pyongyang")]))
    assert _event_docs(store, tmp_path) == [["d-ref", "d-talks"]]
    store.close()


def test_resolve_store_place_reference_with_two_candidates_joins_neither(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(_processed("d-oct", [_mention(0, "2000-10-24", "day", "Pyongyang")]))
    store.add_processed(_processed("d-jun", [_mention(0, "2000-06-13", "day", "Pyongyang")]))
    store.add_processed(_reference("d-ref", "Pyongyang"))
    assert _event_docs(store, tmp_path) == [["d-jun"], ["d-oct"]]
    store.close()
