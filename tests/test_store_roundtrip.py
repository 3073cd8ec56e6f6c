import json
from pathlib import Path

from storyline.export import export_jsonl
from storyline.identity import document_id
from storyline.records import (
    Actor,
    ActorAnalysis,
    ActorMention,
    Document,
    ProcessedDocument,
    PublishedDate,
    Quote,
)
from storyline.resolve import resolve_document
from storyline.store import Store, actor_id, database_url

from factories import mention

ACTORS = {
    "reg:a": Actor("reg:a", "Alma Ortiz", "person", "USA", "GOV", "a"),
    "reg:b": Actor("reg:b", "Bo Reyes", "person", "PRK", "GOV", "b"),
}


def processed(text: str, date: str, start: int = 0) -> ProcessedDocument:
    doc_id = document_id(text)
    analysis = ActorAnalysis(
        actors=dict(ACTORS),
        mentions=[
            ActorMention("reg:a", 0, 4, 0, "Alma", "surname"),
            ActorMention("reg:b", 9, 13, 0, "Reyes", "surname"),
        ],
    )
    events = resolve_document(doc_id, [mention(date=date, granularity="day", start=start)])
    events[0].summary = "Alma Ortiz met Bo Reyes"
    quote = Quote("reg:a", "we talked", 20, 29, 0, "said", True)
    document = Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        text=text,
        published=PublishedDate("2018-10-08", "day", 0.9, "test"),
    )
    return ProcessedDocument(document=document, actors=analysis, events=events, quotes=[quote])


def test_store_database_url_forms() -> None:
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert database_url("sqlite:///:memory:") == "sqlite:///:memory:"


def test_store_merges_same_event_across_documents_and_counts_actors(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(processed("Alma met Reyes; she said we talked.", "2018-10-07"))
    store.add_processed(processed("Alma and Reyes met again, she said: we talked.", "2018-10-07"))
    store.add_processed(processed("Alma met Reyes once more in spring, we talked.", "2019-03-01"))
    counts = store.counts()
    assert counts["documents"] == 3
    assert counts["events"] == 2 and counts["event_mentions"] == 3
    alma = next(a for a in store.actors() if a["id"] == actor_id("reg:a"))
    assert alma["mentions"] == 3 and "Alma" in alma["aliases"]


def test_store_known_ids_and_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    item = processed("Alma met Reyes; she said we talked.", "2018-10-07")
    Store(path).add_processed(item)
    reopened = Store(path)
    assert reopened.known_ids([item.document.id, "d-missing"]) == {item.document.id}


def test_store_export_has_the_contract_fields(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_processed(processed("Alma met Reyes; she said we talked.", "2018-10-07"))
    written = export_jsonl(store, tmp_path / "out")
    assert written == {
        "documents.jsonl": 1,
        "actors.jsonl": 2,
        "events.jsonl": 1,
        "quotes.jsonl": 1,
    }
    read = {
        name: [json.loads(line) for line in (tmp_path / "out" / name).open()] for name in written
    }
    document = read["documents.jsonl"][0]
    assert {
        "id",
        "source",
        "title",
        "byline",
        "published",
        "text",
        "language",
        "duplicate_of",
    } <= document.keys()
    assert {"value", "granularity", "confidence", "evidence"} <= document["published"].keys()
    actor = read["actors.jsonl"][0]
    assert {
        "id",
        "name",
        "aliases",
        "kind",
        "country",
        "sector",
        "registry_id",
        "mentions",
    } <= actor.keys()
    event = read["events.jsonl"][0]
    assert {
        "id",
        "type",
        "mode",
        "cameo",
        "source",
        "target",
        "location",
        "date",
        "status",
        "summary",
        "mentions",
        "confidence",
    } <= event.keys()
    assert {"value", "granularity", "earliest", "latest"} <= event["date"].keys()
    assert {"doc", "sentence", "start", "end", "text"} <= event["mentions"][0].keys()
    assert event["source"] == [actor_id("reg:a")] and event["id"].startswith("e-")
    quote = read["quotes.jsonl"][0]
    assert {"id", "speaker", "text", "doc", "start", "end", "cue", "direct"} <= quote.keys()
    assert quote["speaker"] == actor_id("reg:a")
