"""Tables of the Storyline store and its named migrations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)

from storyline.records import Location
from storyline.resolve.compat import is_country

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("byline", Text),
    Column("published", JSON, nullable=False),
    Column("published_value", String(10), index=True),
    Column("text", Text, nullable=False),
    Column("language", String(16)),
    Column("duplicate_of", String(40), index=True),
    Column("fingerprint", BigInteger),
    Column("added_at", String(32)),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16)),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("registry_id", Text),
    Column("aliases", JSON, nullable=False),
    Column("affiliation", String(40)),  # actor id of the body an unnamed actor speaks for
    Column("mentions", Integer, nullable=False, default=0),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", String(40), nullable=False, index=True),
    Column("doc_id", String(40), nullable=False, index=True),
    Column("sentence", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("rule", String(32)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("cameo", String(8)),
    Column("status", String(16), nullable=False, index=True),
    Column("source", JSON, nullable=False),
    Column("target", JSON, nullable=False),
    Column("location", JSON),
    Column("date", JSON, nullable=False),
    Column("date_value", String(10), index=True),
    Column("summary", Text),
    Column("confidence", Float),
    Column("block_key", Text, nullable=False, index=True),
    Column("conflicts", JSON),  # mentions whose date or place contradicts the event's
    Column("place", String(200), index=True),  # lower-cased town or city, for place references
)

event_actors = Table(  # which actors take part in which events, for lookups by actor
    "event_actors",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("actor_id", String(40), primary_key=True, index=True),
    Column("role", String(8), primary_key=True),  # source or target
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("doc_id", String(40), nullable=False, index=True),
    Column("sentence", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("type", String(16)),
    Column("status", String(16)),
    Column("date", JSON),
    Column("claimant", Text),
)

event_references = Table(  # mentions named only by a place that no stored event took yet
    "event_references",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("doc_id", String(40), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("place", String(200), nullable=False, index=True),
    Column("mention", JSON, nullable=False),  # the EventMention, as stored in event_mentions
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("speaker", String(40)),
    Column("text", Text, nullable=False),
    Column("doc_id", String(40), nullable=False, index=True),
    Column("sentence", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("cue", Text),
    Column("direct", Boolean),
)

skipped = Table(
    "skipped",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("stage", String(16)),
    Column("code", String(8)),
    Column("message", Text),
    Column("at", String(32)),
)

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("applied_at", String(32)),
)


def _initial(conn: Connection) -> None:
    metadata.create_all(conn)


def _add_missing(conn: Connection, table: Table, name: str, sql_type: str) -> bool:
    """Add a column a store made before it lacks; False when it is already there."""
    if name in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return False
    conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {sql_type}'))
    return True


def _conflicts_and_affiliation(conn: Connection) -> None:
    """events.conflicts (moved out of the date JSON, where 0001 stores kept them) and
    actors.affiliation."""
    _add_missing(conn, actors, "affiliation", "VARCHAR(40)")
    if not _add_missing(conn, events, "conflicts", "JSON"):
        return
    for row in conn.execute(select(events.c.id, events.c.date)).all():
        date = dict(row.date or {})
        moved = date.pop("conflicts", None)
        if moved:
            conn.execute(
                events.update().where(events.c.id == row.id).values(date=date, conflicts=moved)
            )


def event_actor_rows(event_id: str, source: list[str], target: list[str]) -> list[dict]:
    """The event_actors rows of one event."""
    return [
        {"event_id": event_id, "actor_id": actor, "role": role}
        for role, actors in (("source", source), ("target", target))
        for actor in dict.fromkeys(actors)
    ]


def _event_actors(conn: Connection) -> None:
    """event_actors, filled from the events a store made before holds."""
    event_actors.create(conn, checkfirst=True)
    if conn.execute(select(event_actors.c.event_id).limit(1)).first() is not None:
        return
    rows = [
        r
        for row in conn.execute(select(events.c.id, events.c.source, events.c.target))
        for r in event_actor_rows(row.id, list(row.source), list(row.target))
    ]
    if rows:
        conn.execute(event_actors.insert(), rows)


def place_key(location: dict | None) -> str | None:
    """The events.place value of a stored location: a town or city's lower-cased name (a
    country, with neither coordinates nor a parent country of its own, has none)."""
    if not location or not location.get("name") or is_country(Location(**location)):
        return None
    return str(location["name"]).lower()[:200]


def _event_places(conn: Connection) -> None:
    """events.place, filled from the stored locations, and the event_references table."""
    if _add_missing(conn, events, "place", "VARCHAR(200)"):
        next(i for i in events.indexes if i.name == "ix_events_place").create(conn)
        for row in conn.execute(select(events.c.id, events.c.location)).all():
            key = place_key(row.location)
            if key is not None:
                conn.execute(events.update().where(events.c.id == row.id).values(place=key))
    event_references.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _initial),
    ("0002_conflicts_and_affiliation", _conflicts_and_affiliation),
    ("0003_event_actors", _event_actors),
    ("0004_event_places", _event_places),
]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrate(conn: Connection) -> list[str]:
    """Apply the named migrations not yet applied; return their names."""
    migrations.create(conn, checkfirst=True)
    done = {row.name for row in conn.execute(select(migrations.c.name))}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(conn)
        conn.execute(migrations.insert().values(name=name, applied_at=now()))
        applied.append(name)
    return applied
