"""Bounds on an undated document's publication from dated documents about the same events.

A document with no date evidence of its own may still be placed in time by the store: if it
describes an event as still to come (planned, hypothetical) while a dated document describes
the same event as having happened, it was published before that document; if it describes as
past an event that other mentions date, it was published after that event began.

``bounds_from_store`` is pure (rows in, ``PublishedDate`` out). It is not yet called by the
pipeline: the store has no method to revise a stored document's publication date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from storyline.records import PublishedDate
from storyline.time.calendar import parse_iso, period_bounds

PAST = frozenset({"asserted", "negated"})
AHEAD = frozenset({"planned", "hypothetical", "conditional"})


def _day_bounds(date_row: Mapping | None) -> tuple[str | None, str | None]:
    """First and last day an event date (contract ``date`` object) can fall on."""
    date_row = date_row or {}
    period = period_bounds(date_row.get("value") or "")
    if period is not None:
        return period[0].isoformat(), period[1].isoformat()
    return date_row.get("earliest"), date_row.get("latest")


def bounds_from_store(
    doc_id: str,
    published: Mapping[str, Mapping],
    mentions: Iterable[Mapping],
) -> PublishedDate | None:
    """Bounds for ``doc_id``'s publication, or None when the store gives none.

    ``published`` maps document ids to their stored ``published`` objects; ``mentions`` are
    event-mention rows (``event_id``, ``doc_id``, ``status``, ``date``).
    """
    by_event: dict[str, list[Mapping]] = {}
    for row in mentions:
        by_event.setdefault(str(row["event_id"]), []).append(row)
    lower: tuple[str, str] | None = None
    upper: tuple[str, str] | None = None
    for rows in by_event.values():
        own = [r for r in rows if r["doc_id"] == doc_id]
        others = [r for r in rows if r["doc_id"] != doc_id]
        if not own or not others:
            continue
        if any(r.get("status") in AHEAD for r in own):
            for row in others:
                day = (published.get(str(row["doc_id"])) or {}).get("value")
                if row.get("status") in PAST and parse_iso(day):
                    why = f"describes as still to come an event that {row['doc_id']} reports"
                    if upper is None or day < upper[0]:
                        upper = (str(day)[:10], why)
        if any(r.get("status") in PAST for r in own):
            for row in others:
                first, _ = _day_bounds(row.get("date"))
                if first and (lower is None or first > lower[0]):
                    lower = (first, f"reports an event dated from {first} by {row['doc_id']}")
    if lower is None and upper is None:
        return None
    reasons = "; ".join(bound[1] for bound in (lower, upper) if bound is not None)
    return PublishedDate(
        evidence=f"no date evidence (bounded by the store: {reasons})",
        earliest=lower[0] if lower else None,
        latest=upper[0] if upper else None,
    )
