"""Named migrations: a store written before 0002 gains events.conflicts and actors.affiliation,
and conflicts kept inside the old date JSON move to their column; one written before 0003
gains event_actors, filled from its events; one written before 0004 gains events.place, filled
from its locations, and the event_references table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from storyline.export import export_jsonl
from storyline.store import Store

CONFLICT = {"field": "date", "value": "2000-10-25", "doc": "d-late", "sentence": 3}


def _age_to_0001(db: Path) -> None:
    """Turn a fresh store into what the 0001 schema wrote: no new columns, conflicts in date."""
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE events DROP COLUMN conflicts")
        conn.execute("ALTER TABLE actors DROP COLUMN affiliation")
        conn.execute("DELETE FROM migrations WHERE name = '0002_conflicts_and_affiliation'")
        date = {"value": "2000-10-24", "granularity": "day", "conflicts": [CONFLICT]}
        conn.execute(
            "INSERT INTO events (id, type, status, source, target, date, date_value, block_key)"
            " VALUES ('e-1', 'CONSULT', 'asserted', '[]', '[]', ?, '2000-10-24', 'k')",
            (json.dumps(date),),
        )


def test_store_migrations_move_old_conflicts_to_their_column(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Store(db).close()
    _age_to_0001(db)
    store = Store(db)
    (event,) = list(store.events())
    assert event["conflicts"] == [CONFLICT]
    assert "conflicts" not in event["date"]
    export_jsonl(store, tmp_path / "out")
    store.close()
    (line,) = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["conflicts"] == [CONFLICT]
    with sqlite3.connect(db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(actors)")}
        names = [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert "affiliation" in columns
    assert names == [
        "0001_initial",
        "0002_conflicts_and_affiliation",
        "0003_event_actors",
        "0004_event_places",
    ]


def test_store_migrations_reopen_applies_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Store(db).close()
    Store(db).close()
    with sqlite3.connect(db) as conn:
        count = conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0]
    assert count == 4


def test_store_migrations_fill_event_actors_from_old_events(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE event_actors")
        conn.execute("DELETE FROM migrations WHERE name = '0003_event_actors'")
        conn.execute(
            "INSERT INTO events (id, type, status, source, target, date, block_key)"
            " VALUES ('e-1', 'CONSULT', 'asserted', '[\"a-1\"]', '[\"a-2\", \"a-1\"]', '{}', 'k')"
        )
    Store(db).close()
    with sqlite3.connect(db) as conn:
        rows = sorted(conn.execute("SELECT event_id, actor_id, role FROM event_actors"))
    assert rows == [("e-1", "a-1", "source"), ("e-1", "a-1", "target"), ("e-1", "a-2", "target")]


def test_store_migrations_fill_event_places_from_old_locations(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Store(db).close()
    city = {"name": "Pyongyang", "country": "PRK", "lat": 39.0, "lon": 125.7}
    state = {"name": "North Korea", "country": "PRK", "lat": None, "lon": None}
    with sqlite3.connect(db) as conn:
        conn.execute("DROP INDEX ix_events_place")
        conn.execute("ALTER TABLE events DROP COLUMN place")
        conn.execute("DROP TABLE event_references")
        conn.execute("DELETE FROM migrations WHERE name = '0004_event_places'")
        for event_id, place in (("e-city", city), ("e-state", state), ("e-none", None)):
            conn.execute(
                "INSERT INTO events (id, type, status, source, target, location, date, block_key)"
                " VALUES (?, 'CONSULT', 'asserted', '[]', '[]', ?, '{}', 'k')",
                (event_id, json.dumps(place)),
            )
    Store(db).close()
    with sqlite3.connect(db) as conn:
        places = dict(conn.execute("SELECT id, place FROM events"))
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(events)")}
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert places == {"e-city": "pyongyang", "e-state": None, "e-none": None}
    assert "ix_events_place" in indexes and "event_references" in tables
