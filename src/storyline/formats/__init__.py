"""Event-based exports: CSV, PLOVER JSONL, TimelineJS JSON, GEXF, GraphML and the ledger.

Each writer takes a store, an optional ``EventFilter`` and an output folder, and returns
the number of records written per file. The JSONL contract lives in ``storyline.export``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.errors import ErrorCode, StorylineError
from storyline.formats.graphs import write_gexf, write_graphml
from storyline.formats.ledger import write_ledger
from storyline.formats.plover import write_plover
from storyline.formats.tables import write_csv
from storyline.formats.timelinejs import write_timelinejs

WRITERS: dict[str, Callable[[Any, Path, Any], dict[str, int]]] = {
    "csv": write_csv,
    "plover": write_plover,
    "timelinejs": write_timelinejs,
    "gexf": write_gexf,
    "graphml": write_graphml,
    "ledger": write_ledger,
}


def write_format(store: Any, fmt: str, out: Path, flt: Any = None) -> dict[str, int]:
    """Write the store's events in ``fmt`` into the folder ``out``."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise StorylineError(ErrorCode.E014, fmt=fmt)
    out.mkdir(parents=True, exist_ok=True)
    return writer(store, out, flt)
