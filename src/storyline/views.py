"""Read-side views over the store: events with actor names, timeline, actor lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.export import event_records


@dataclass(slots=True)
class EventFilter:
    """Filters shared by the event views; CLI flags mirror the fields."""

    actor: str | None = None  # case-insensitive match on actor name or alias
    type: str | None = None
    status: str | None = None
    since: str | None = None  # ISO date prefix, inclusive
    until: str | None = None


def actor_index(store: Any) -> dict[str, dict]:
    """Actor rows by id."""
    return {row["id"]: row for row in store.actors()}


def _matches_actor(ids: list[str], actors: dict[str, dict], needle: str) -> bool:
    needle = needle.lower()
    for actor_id in ids:
        row = actors.get(actor_id)
        if row is None:
            continue
        names = [row["name"], *(row["aliases"] or [])]
        if any(needle in name.lower() for name in names):
            return True
    return False


def select_events(store: Any, flt: EventFilter | None = None) -> list[dict]:
    """Contract-shaped events that pass the filter, with ``source_names``/``target_names`` added."""
    flt = flt or EventFilter()
    actors = actor_index(store)
    chosen = []
    for record in event_records(store):
        value = record["date"]["value"]
        if flt.type and record["type"] != flt.type.upper():
            continue
        if flt.status and record["status"] != flt.status.lower():
            continue
        if flt.since and (value is None or value[: len(flt.since)] < flt.since):
            continue
        if flt.until and (value is None or value[: len(flt.until)] > flt.until):
            continue
        if flt.actor and not _matches_actor(record["source"] + record["target"], actors, flt.actor):
            continue
        record["source_names"] = [actors.get(a, {}).get("name", a) for a in record["source"]]
        record["target_names"] = [actors.get(a, {}).get("name", a) for a in record["target"]]
        chosen.append(record)
    return chosen


def timeline(store: Any, flt: EventFilter | None = None) -> list[dict]:
    """Events in date order (undated last), the most precise dates first within a period."""
    events = select_events(store, flt)
    return sorted(
        events,
        key=lambda e: (e["date"]["value"] is None, e["date"]["value"] or "", e["type"]),
    )
