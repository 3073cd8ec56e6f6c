"""Store tests, run on SQLite and, when STORYLINE_TEST_POSTGRES_URL is set, on PostgreSQL."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.errors import StorylineError
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
    Skipped,
)
from storyline.resolve import resolve_document
from storyline.store import Store, actor_id, database_url
from storyline.store.fingerprints import SimhashIndex

from factories import mention, postgres_schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database: a SQLite file, or a new schema in the test PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "s.db")
        return
    with postgres_schema_url("t") as url:
        yield url


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


def test_store_merges_same_event_across_documents_and_counts_actors(store_db: str) -> None:
    store = Store(store_db)
    store.add_processed(processed("Alma met Reyes; she said we talked.", "2018-10-07"))
    store.add_processed(processed("Alma and Reyes met again, she said: we talked.", "2018-10-07"))
    store.add_processed(processed("Alma met Reyes once more in spring, we talked.", "2019-03-01"))
    counts = store.counts()
    assert counts["documents"] == 3
    assert counts["events"] == 2 and counts["event_mentions"] == 3
    alma = next(a for a in store.actors() if a["id"] == actor_id("reg:a"))
    assert alma["mentions"] == 3 and "Alma" in alma["aliases"]
    store.close()


def test_store_known_ids_and_reopen_keeps_data(store_db: str) -> None:
    item = processed("Alma met Reyes; she said we talked.", "2018-10-07")
    first = Store(store_db)
    first.add_processed(item)
    first.close()
    reopened = Store(store_db)
    assert reopened.known_ids([item.document.id, "d-missing"]) == {item.document.id}
    assert reopened.source_of(item.document.id) == item.document.source
    reopened.close()


def test_store_export_has_the_contract_fields(store_db: str, tmp_path: Path) -> None:
    store = Store(store_db)
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
    store.close()


def test_store_same_document_twice_is_a_coded_error_and_writes_nothing(store_db: str) -> None:
    store = Store(store_db)
    item = processed("Alma met Reyes; she said we talked.", "2018-10-07")
    store.add_processed(item)
    before = store.counts()
    with pytest.raises(StorylineError) as caught:
        store.add_processed(item)  # one transaction: the duplicate key rolls it all back
    assert caught.value.code.name == "E015"
    assert store.counts() == before
    store.close()


def test_store_skipped_rows_are_not_repeated_across_runs(store_db: str) -> None:
    store = Store(store_db)
    bad = [Skipped("feed.jsonl#L2", "ingest", "E006", "Invalid JSONL line: x")]
    store.add_skipped(bad)
    store.add_skipped(bad + [Skipped("empty.txt", "ingest", "E002", "Input is empty")])
    rows = list(store.skipped())
    assert sorted(r["source"] for r in rows) == ["empty.txt", "feed.jsonl#L2"]
    store.close()


def test_store_text_with_unusual_characters_round_trips(store_db: str) -> None:
    store = Store(store_db)
    body = "Kim said: \u201cwe\u2019ll meet\u201d \u2014 \u5e73\u58e4 \U0001f600 Alma met Reyes."
    item = processed(body, "2018-10-07")
    store.add_processed(item)
    assert next(store.documents())["text"] == body
    store.close()


def test_store_near_duplicate_lookup_uses_stored_fingerprints(store_db: str) -> None:
    store = Store(store_db)
    item = processed("Alma met Reyes; she said we talked.", "2018-10-07")
    item.document.fingerprint = 0xF0F0_0000_FFFF_1234
    store.add_processed(item)
    reopened = Store(store_db)
    assert reopened.near_duplicate_of(0xF0F0_0000_FFFF_1234 ^ 0b101, 6) == item.document.id
    assert reopened.near_duplicate_of(~0xF0F0_0000_FFFF_1234 & (2**64 - 1), 6) is None
    store.close()
    reopened.close()


def test_store_simhash_index_finds_the_earliest_match_within_distance() -> None:
    index = SimhashIndex(6)
    index.add("d-a", 0)
    index.add("d-b", 0b111)
    index.add("d-c", (1 << 64) - 1)
    assert index.find(0b11) == "d-a"
    assert index.find(0b1111111) == "d-b"  # 7 bits from d-a, 4 from d-b
    assert index.find((1 << 64) - 1 - 0b11) == "d-c"
    assert index.find(0b1111111 << 20) is None  # 7 bits from the nearest
    assert len(index) == 3


@pytest.mark.model
def test_store_build_of_the_samples_then_rebuild_adds_nothing(store_db: str) -> None:
    from storyline.cli import sample_corpus_path
    from storyline.pipeline import build

    store = Store(store_db)
    first = build([sample_corpus_path()], store)
    counts = store.counts()
    again = build([sample_corpus_path()], store)
    assert first.processed >= 9 and counts["events"] > 10 and counts["quotes"] > 10
    assert again.processed == 0 and again.already_stored == first.seen
    assert store.counts() == counts
    store.close()
