"""PLOVER-style JSONL: one event per line with the field names of the PLOVER manual.

Fields (PLOVER 2.0 draft, "Data Fields"): ``id``, ``date`` / ``enddate`` (YYYY-MM-DD; the
first and last day of the period when the text gives a month or a year; null when unknown),
``actor`` / ``recipient`` (entity objects: ``code`` country, ``sector``, ``entity_text``,
``identifier_id``, ``identifier_text``), ``event`` and ``mode`` (lists), ``quad_code``,
``event_loc``, ``event_text``, ``text_info``, ``cite_info``, ``coder``, ``coded_date``.
Storyline adds ``status``, ``cameo`` and ``confidence``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from storyline.network import quad_of
from storyline.views import actor_index, date_bounds, select_events

QUAD_CODES = {
    "verbal-cooperation": 1,
    "material-cooperation": 2,
    "verbal-conflict": 3,
    "material-conflict": 4,
}


def _coder() -> str:
    try:
        return f"storyline {version('storyline')}"
    except PackageNotFoundError:
        return "storyline"


def _entity(actor_id: str, actors: dict[str, dict]) -> dict:
    row = actors.get(actor_id, {})
    return {
        "code": row.get("country"),
        "sector": row.get("sector"),
        "entity_text": row.get("name", actor_id),
        "identifier_id": row.get("registry_id") or actor_id,
        "identifier_text": row.get("name", actor_id),
    }


def plover_record(event: dict, actors: dict[str, dict], coded: str) -> dict:
    """One contract-shaped event as a PLOVER record."""
    bounds = date_bounds(event["date"])
    loc = event["location"]
    # joint actors ("A and B met") are stored as both source and target: PLOVER codes them
    # all as actor with no recipient
    joint = set(event["source"]) == set(event["target"])
    recipient = [] if joint else [_entity(a, actors) for a in event["target"]]
    return {
        "id": event["id"],
        "date": bounds[0].isoformat() if bounds else None,
        "enddate": bounds[1].isoformat() if bounds and bounds[1] != bounds[0] else None,
        "actor": [_entity(a, actors) for a in event["source"]],
        "recipient": recipient,
        "event": [event["type"]],
        "mode": [event["mode"]] if event["mode"] else [],
        "quad_code": QUAD_CODES.get(quad_of(event["type"]) or ""),
        "event_loc": (
            {
                "extracted_place": loc.get("name"),
                "country_code": loc.get("country"),
                "lat": loc.get("lat"),
                "lon": loc.get("lon"),
            }
            if loc
            else None
        ),
        "event_text": [m["text"] for m in event["mentions"]],
        "text_info": [
            {"doc": m["doc"], "sequence": m["sentence"], "start": m["start"], "end": m["end"]}
            for m in event["mentions"]
        ],
        "cite_info": sorted({m["doc"] for m in event["mentions"]}),
        "status": event["status"],
        "cameo": event["cameo"],
        "confidence": event["confidence"],
        "comment": event["summary"],
        "coder": _coder(),
        "coded_date": coded,
    }


def write_plover(store: Any, out: Path, flt: Any = None) -> dict[str, int]:
    """events.plover.jsonl: one PLOVER record per event that passes ``flt``."""
    actors = actor_index(store)
    coded = datetime.now(UTC).date().isoformat()
    count = 0
    with (out / "events.plover.jsonl").open("w", encoding="utf-8") as handle:
        for event in select_events(store, flt):
            handle.write(json.dumps(plover_record(event, actors, coded), ensure_ascii=False))
            handle.write("\n")
            count += 1
    return {"events.plover.jsonl": count}
