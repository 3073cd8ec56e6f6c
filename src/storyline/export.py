"""Exports of the store; ``jsonl`` writes the four files of the output contract (DESIGN.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import ErrorCode, StorylineError

EXPORT_FORMATS = ("jsonl", "csv", "plover", "timelinejs", "gexf", "graphml", "ledger")


def document_records(store: Any) -> Iterator[dict]:
    """Documents in the contract's shape."""
    for row in store.documents():
        yield document_record(row)


def document_record(row: dict) -> dict:
    """One stored document row in the contract's shape."""
    published = row["published"] or {}
    return {
        "id": row["id"],
        "source": row["source"],
        "title": row["title"],
        "byline": row["byline"],
        "published": {
            "value": published.get("value"),
            "granularity": published.get("granularity"),
            "confidence": published.get("confidence", 0.0),
            "evidence": published.get("evidence", ""),
            "earliest": published.get("earliest"),
            "latest": published.get("latest"),
        },
        "text": row["text"],
        "language": row["language"],
        "duplicate_of": row["duplicate_of"],
    }


def actor_records(store: Any) -> Iterator[dict]:
    """Actors in the contract's shape."""
    for row in store.actors():
        yield {
            "id": row["id"],
            "name": row["name"],
            "aliases": list(row["aliases"] or []),
            "kind": row["kind"],
            "country": row["country"],
            "sector": row["sector"],
            "registry_id": row["registry_id"],
            "mentions": row["mentions"],
            "affiliation": row.get("affiliation"),  # unnamed actors: whom they speak for
        }


def mention_record(m: dict) -> dict:
    """One stored event mention row in the contract's shape."""
    return {
        "doc": m["doc_id"],
        "sentence": m["sentence"],
        "start": m["start"],
        "end": m["end"],
        "text": m["text"],
        "trigger": m["trigger"],
        "status": m["status"],
        "claimant": m["claimant"],
    }


def event_records(store: Any) -> Iterator[dict]:
    """Events in the contract's shape, each with every mention that reports it."""
    mentions: dict[str, list[dict]] = defaultdict(list)
    for m in store.event_mentions():
        mentions[m["event_id"]].append(mention_record(m))
    for row in store.events():
        yield event_record(row, mentions.get(row["id"], []))


def event_record(row: dict, mentions: list[dict]) -> dict:
    """One stored event row and its contract-shaped mentions in the contract's shape."""
    date = row["date"] or {}
    return {
        "id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "cameo": row["cameo"],
        "source": list(row["source"]),
        "target": list(row["target"]),
        "location": row["location"],
        "date": {
            "value": date.get("value"),
            "granularity": date.get("granularity"),
            "earliest": date.get("earliest"),
            "latest": date.get("latest"),
        },
        "status": row["status"],
        "summary": row["summary"],
        "mentions": mentions,
        "confidence": round(row["confidence"] or 0.0, 3),
        "conflicts": list(row.get("conflicts") or []),  # mentions contradicting date/place
    }


def quote_records(store: Any) -> Iterator[dict]:
    """Quotes in the contract's shape."""
    for row in store.quotes():
        yield {
            "id": row["id"],
            "speaker": row["speaker"],
            "text": row["text"],
            "doc": row["doc_id"],
            "start": row["start"],
            "end": row["end"],
            "cue": row["cue"],
            "direct": bool(row["direct"]),
            "sentence": row["sentence"],
        }


def export_jsonl(store: Any, out: str | Path) -> dict[str, int]:
    """Write documents/actors/events/quotes.jsonl into ``out``; return lines per file."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, records in [
        ("documents", document_records(store)),
        ("actors", actor_records(store)),
        ("events", event_records(store)),
        ("quotes", quote_records(store)),
    ]:
        count = 0
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        written[f"{name}.jsonl"] = count
    return written


def export(store: Any, fmt: str, out: str | Path, flt: Any = None) -> dict[str, int]:
    """Export the store in ``fmt`` (one of EXPORT_FORMATS) into the folder ``out``.

    ``flt`` (an ``EventFilter``) limits the events of the event-based formats (all but jsonl).
    Returns the number of records written per file.
    """
    if fmt == "jsonl":
        return export_jsonl(store, out)
    if fmt not in EXPORT_FORMATS:
        raise StorylineError(ErrorCode.E014, fmt=fmt)
    from storyline.formats import write_format

    return write_format(store, fmt, Path(out), flt)
