"""Views over a hand-built store (no model): filters, periods, timeline, event details.

``build_views_store`` is also used by the export, web, ledger and summary tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from storyline.errors import StorylineError
from storyline.identity import document_id
from storyline.records import Actor, ActorAnalysis, Document, ProcessedDocument, PublishedDate
from storyline.resolve import resolve_document
from storyline.store import Store, actor_id
from storyline.views import (
    EventFilter,
    event_detail,
    parse_period,
    select_events,
    timeline,
    timeline_items,
)

from factories import mention

ACTORS = {
    "reg:a": Actor("reg:a", "Alma Ortiz", "person", "USA", "GOV", "a", aliases=["Ortiz"]),
    "reg:b": Actor("reg:b", "Bo Reyes", "person", "PRK", "GOV", "b"),
    "reg:c": Actor("reg:c", "Cy Park", "person", "KOR", "GOV", "c"),
}
A, B, C = ("reg:a",), ("reg:b",), ("reg:c",)
AB = ("reg:a", "reg:b")

# (published, [(sentence, mention spec or None)]); specs are factories.mention keywords
CORPUS = [
    (
        "2018-06-12",
        [
            ("Ortiz met Reyes in Singapore on Tuesday.", dict(
                type_="CONSULT", source=A, target=B, date="2018-06-12", granularity="day",
                place="Singapore")),
            ("Ortiz and Reyes agreed to hold talks on a peace treaty.", dict(
                type_="AGREE", source=AB, target=AB, status="planned")),
            ("Ortiz demanded that Reyes free the detainees.", dict(
                type_="REQUEST", source=A, target=B)),
            ("The weather was fine.", None),
        ],
    ),
    (
        "2018-10-08",
        [
            ("Ortiz visited Reyes in Pyongyang on Sunday.", dict(
                type_="CONSULT", source=A, target=B, date="2018-10-07", granularity="day",
                place="Pyongyang")),
            ("Reyes accused Ortiz of bad faith in October.", dict(
                type_="ACCUSE", source=B, target=A, date="2018-10", granularity="month")),
            ("Reyes released the detainees.", dict(type_="RETREAT", source=B, target=A)),
        ],
    ),
    (
        "2019-02-28",
        [
            ("Ortiz and Reyes did not agree on a peace treaty in Hanoi.", dict(
                type_="AGREE", source=AB, target=AB, status="negated", date="2019-02-28",
                granularity="day", place="Hanoi")),
            ("Park met Reyes at the border.", dict(type_="CONSULT", source=C, target=B)),
        ],
    ),
]  # fmt: skip


def processed_document(published: str, sentences: list[tuple[str, dict | None]]) -> Any:
    """A ProcessedDocument whose mentions cite their sentences at true offsets."""
    text = ""
    mentions = []
    for i, (sentence, spec) in enumerate(sentences):
        start = len(text)
        text += sentence + " "
        if spec:
            m = mention(start=start, text=sentence, **spec)
            m.sentence = i
            mentions.append(m)
    text = text.rstrip()
    doc_id = document_id(text)
    events = resolve_document(doc_id, mentions)
    for ev in events:
        ev.summary = ev.mentions[0][1].text.rstrip(".")
    document = Document(
        id=doc_id,
        source=f"https://news.example/{published}",
        text=text,
        title=f"Report of {published}",
        published=PublishedDate(published, "day", 0.9, "test"),
    )
    return ProcessedDocument(
        document=document, actors=ActorAnalysis(actors=dict(ACTORS), mentions=[]), events=events
    )


def build_views_store(db: Path) -> Store:
    """A store with three documents, three actors and eight events (no model needed)."""
    store = Store(db)
    for published, sentences in CORPUS:
        store.add_processed(processed_document(published, sentences))
    return store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    built = build_views_store(tmp_path / "views.db")
    yield built
    built.close()


def test_views_parse_period_forms() -> None:
    assert parse_period("2018") == (date(2018, 1, 1), date(2018, 12, 31))
    assert parse_period("2018-02") == (date(2018, 2, 1), date(2018, 2, 28))
    assert parse_period("2018-06-01..2018-06-30") == (date(2018, 6, 1), date(2018, 6, 30))
    assert parse_period("2018-06..2018-09") == (date(2018, 6, 1), date(2018, 9, 30))
    assert parse_period("2018-W35") == (date(2018, 8, 27), date(2018, 9, 2))
    for bad in ("2018-13", "yesterday", "2019..2018"):
        with pytest.raises(StorylineError) as info:
            parse_period(bad)
        assert info.value.code.name == "E030"


def test_views_filters_by_actor_type_status_place_period_and_text(store: Store) -> None:
    assert len(select_events(store)) == 8
    assert {e["type"] for e in select_events(store, EventFilter(type="consult"))} == {"CONSULT"}
    assert len(select_events(store, EventFilter(type="CONSULT"))) == 3
    assert len(select_events(store, EventFilter(actor="park"))) == 1
    assert len(select_events(store, EventFilter(actor="ortiz"))) == 7  # alias and name
    assert [e["status"] for e in select_events(store, EventFilter(status="negated"))] == ["negated"]
    places = select_events(store, EventFilter(place="pyongyang"))
    assert [e["location"]["name"] for e in places] == ["Pyongyang"]
    october = select_events(store, EventFilter(period="2018-10"))
    assert {e["date"]["value"] for e in october} == {"2018-10-07", "2018-10"}
    days = select_events(store, EventFilter(period="2018-10-01..2018-10-31"))
    assert len(days) == 2
    assert len(select_events(store, EventFilter(period="2018-10-07"))) == 1
    hits = select_events(store, EventFilter(q="DETAINEES"))
    assert {e["type"] for e in hits} == {"REQUEST", "RETREAT"}
    both = select_events(store, EventFilter(actor="Reyes", q="detainees", type="RETREAT"))
    assert len(both) == 1 and both[0]["source_names"] == ["Bo Reyes"]


def test_views_timeline_orders_and_places_undated_at_first_report(store: Store) -> None:
    events = timeline(store)
    values = [e["date"]["value"] for e in events if e["date"]["value"]]
    assert values == sorted(values)
    assert events[-1]["date"]["value"] is None
    items = {i["summary"]: i for i in timeline_items(store)}
    dated = items["Ortiz met Reyes in Singapore on Tuesday"]
    assert (dated["start"], dated["end"], dated["basis"]) == ("2018-06-12", "2018-06-12", "event")
    month = items["Reyes accused Ortiz of bad faith in October"]
    assert (month["start"], month["end"]) == ("2018-10-01", "2018-10-31")
    undated = items["Reyes released the detainees"]
    assert (undated["start"], undated["basis"]) == ("2018-10-08", "reported")


def test_views_event_detail_cites_document_offsets(store: Store) -> None:
    event = select_events(store, EventFilter(place="Hanoi"))[0]
    detail = event_detail(store, event["id"])
    (m,) = detail["mentions"]
    text = store.document(m["doc"])["text"]
    assert text[m["start"] : m["end"]] == m["text"]
    assert m["document"]["url"] == "https://news.example/2019-02-28"
    assert {a["id"] for a in detail["actors"]} == {actor_id("reg:a"), actor_id("reg:b")}
    with pytest.raises(StorylineError) as info:
        event_detail(store, "e-missing")
    assert info.value.code.name == "E031"
