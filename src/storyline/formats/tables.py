"""CSV export: one table per record kind, with actor names next to their ids."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from storyline.export import actor_records, document_records, quote_records
from storyline.views import select_events

EVENT_COLUMNS = [
    "id", "date", "granularity", "earliest", "latest", "type", "mode", "cameo", "status",
    "source", "source_names", "target", "target_names", "place", "place_country", "lat", "lon",
    "summary", "mentions", "documents", "confidence", "first_doc", "first_text",
]  # fmt: skip
MENTION_COLUMNS = ["event_id", "doc", "sentence", "start", "end", "status", "trigger", "text"]
ACTOR_COLUMNS = [
    "id", "name", "kind", "country", "sector", "registry_id", "mentions", "aliases",
]  # fmt: skip
DOCUMENT_COLUMNS = [
    "id", "source", "title", "byline", "published", "granularity", "confidence", "evidence",
    "language", "duplicate_of", "text",
]  # fmt: skip
QUOTE_COLUMNS = ["id", "speaker", "doc", "sentence", "start", "end", "cue", "direct", "text"]


def _join(values: list[str]) -> str:
    return "; ".join(values)


def _event_row(e: dict) -> dict:
    loc = e["location"] or {}
    first = e["mentions"][0] if e["mentions"] else {}
    return {
        "id": e["id"],
        "date": e["date"]["value"],
        "granularity": e["date"]["granularity"],
        "earliest": e["date"]["earliest"],
        "latest": e["date"]["latest"],
        "type": e["type"],
        "mode": e["mode"],
        "cameo": e["cameo"],
        "status": e["status"],
        "source": _join(e["source"]),
        "source_names": _join(e["source_names"]),
        "target": _join(e["target"]),
        "target_names": _join(e["target_names"]),
        "place": loc.get("name"),
        "place_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "summary": e["summary"],
        "mentions": len(e["mentions"]),
        "documents": len({m["doc"] for m in e["mentions"]}),
        "confidence": e["confidence"],
        "first_doc": first.get("doc"),
        "first_text": first.get("text"),
    }


def _write(path: Path, columns: list[str], rows: Any) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def write_csv(store: Any, out: Path, flt: Any = None) -> dict[str, int]:
    """events.csv, mentions.csv, actors.csv, documents.csv and quotes.csv (UTF-8, header row)."""
    events = select_events(store, flt)
    mentions = [
        {"event_id": e["id"], **{k: m.get(k) for k in MENTION_COLUMNS if k != "event_id"}}
        for e in events
        for m in e["mentions"]
    ]
    actors = ({**a, "aliases": _join(a["aliases"])} for a in actor_records(store))
    documents = (
        {
            **d,
            "published": d["published"]["value"],
            "granularity": d["published"]["granularity"],
            "confidence": d["published"]["confidence"],
            "evidence": d["published"]["evidence"],
        }
        for d in document_records(store)
    )
    return {
        "events.csv": _write(out / "events.csv", EVENT_COLUMNS, map(_event_row, events)),
        "mentions.csv": _write(out / "mentions.csv", MENTION_COLUMNS, mentions),
        "actors.csv": _write(out / "actors.csv", ACTOR_COLUMNS, actors),
        "documents.csv": _write(out / "documents.csv", DOCUMENT_COLUMNS, documents),
        "quotes.csv": _write(out / "quotes.csv", QUOTE_COLUMNS, quote_records(store)),
    }
