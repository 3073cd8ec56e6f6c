"""Commitments ledger export: ledger.jsonl (one entry per line, with its fate) and ledger.csv."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from storyline.ledger import commitments_ledger

LEDGER_COLUMNS = [
    "id", "pair", "kind", "type", "status", "summary", "date", "made", "verdict",
    "fate", "doc", "sentence", "start", "end", "text",
]  # fmt: skip


def _row(entry: dict) -> dict:
    cite = entry["citation"] or {}
    fate = "; ".join(
        f"{f['outcome']}: {f['summary']} ({f['when']}, {f['id']})" for f in entry["fate"]
    )
    return {
        **{k: entry[k] for k in LEDGER_COLUMNS if k in entry and k != "fate"},
        "fate": fate,
        "doc": cite.get("doc"),
        "sentence": cite.get("sentence"),
        "start": cite.get("start"),
        "end": cite.get("end"),
        "text": cite.get("text"),
    }


def write_ledger(store: Any, out: Path, flt: Any = None) -> dict[str, int]:
    """ledger.jsonl and ledger.csv for the commitments that pass ``flt``."""
    entries = commitments_ledger(store, flt)
    with (out / "ledger.jsonl").open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    with (out / "ledger.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=LEDGER_COLUMNS)
        writer.writeheader()
        writer.writerows(_row(e) for e in entries)
    return {"ledger.jsonl": len(entries), "ledger.csv": len(entries)}
