"""Exports of the store; ``jsonl`` writes the four files of the output contract (DESIGN.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import ErrorCode, StorylineError

EXPORT_FORMATS = ("jsonl",)


def document_records(store: Any) -> Iterator[dict]:
    """Documents in the contract's shape."""
    for row in store.documents():
        published = row["published"] or {}
        yield {
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
        }


def event_records(store: Any) -> Iterator[dict]:
    """Events in the contract's shape, each with every mention that reports it."""
    mentions: dict[str, list[dict]] = defaultdict(list)
    for m in store.event_mentions():
        mentions[m["event_id"]].append(
            {
                "doc": m["doc_id"],
                "sentence": m["sentence"],
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
                "trigger": m["trigger"],
                "status": m["status"],
                "claimant": m["claimant"],
            }
        )
    for row in store.events():
        date = row["date"] or {}
        yield {
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
            "mentions": mentions.get(row["id"], []),
            "confidence": round(row["confidence"] or 0.0, 3),
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


def export(store: Any, fmt: str, out: str | Path) -> dict[str, int]:
    """Export the store in ``fmt`` (one of EXPORT_FORMATS) into ``out``."""
    if fmt == "jsonl":
        return export_jsonl(store, out)
    raise StorylineError(ErrorCode.E014, fmt=fmt)
