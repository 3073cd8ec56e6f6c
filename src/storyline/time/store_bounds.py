"""Bounds on an undated document's publication from dated documents about the same events.

A document with no date evidence of its own may still be placed in time by the store: if it
describes an event as still to come (planned, hypothetical) while a dated document describes
the same event as having happened, it was published before that document; if it describes as
past an event that other mentions date, it was published after that event began.

``bounds_from_store`` is pure (rows in, ``PublishedDate`` out); ``apply_store_bounds`` runs
it over a store after a build (``storyline.pipeline.build``) and saves what it finds. The
value stays null: the store bounds a publication date, it never invents one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol

from storyline.records import PublishedDate
from storyline.time.calendar import parse_iso, period_bounds

__all__ = ["StoreWithDates", "apply_store_bounds", "bounds_from_store", "same_event"]

PAST = frozenset({"asserted", "negated"})
AHEAD = frozenset({"planned", "hypothetical", "conditional"})
_STORE_EVIDENCE = "no date evidence (bounded by the store: "


def _day_bounds(date_row: Mapping | None) -> tuple[str | None, str | None]:
    """First and last day an event date (contract ``date`` object) can fall on."""
    date_row = date_row or {}
    period = period_bounds(date_row.get("value") or "")
    if period is not None:
        return period[0].isoformat(), period[1].isoformat()
    return date_row.get("earliest"), date_row.get("latest")


def _overlap(one: Mapping | None, other: Mapping | None) -> bool | None:
    """Whether two event dates can be the same time; None when either says nothing."""
    first = _day_bounds(one)
    second = _day_bounds(other)
    if not any(first) or not any(second):
        return None
    low = max(d for d in (first[0], second[0], "0000-01-01") if d)
    high = min(d for d in (first[1], second[1], "9999-12-31") if d)
    return low <= high


def same_event(row: Mapping, other: Mapping) -> bool:
    """Whether two mention rows describe the same real event: one stored event, or (when the
    rows carry the event's ``type``, ``actors``, ``mode`` and ``location``) the same type,
    actors and mode, with the same place or dates that can coincide, and no contradiction."""
    if row["event_id"] == other["event_id"]:
        return True
    if not row.get("type") or row.get("type") != other.get("type"):
        return False
    if sorted(row.get("actors") or []) != sorted(other.get("actors") or []) or not row["actors"]:
        return False
    if row.get("mode") and other.get("mode") and row["mode"] != other["mode"]:
        return False
    dates = _overlap(row.get("date"), other.get("date"))
    here, there = (str(r.get("location") or "").casefold() for r in (row, other))
    places = (here == there) if here and there else None
    if dates is False or places is False:
        return False
    return bool(dates or places)


def bounds_from_store(
    doc_id: str,
    published: Mapping[str, Mapping],
    mentions: Iterable[Mapping],
) -> PublishedDate | None:
    """Bounds for ``doc_id``'s publication, or None when the store gives none.

    ``published`` maps document ids to their stored ``published`` objects; ``mentions`` are
    event-mention rows (``event_id``, ``doc_id``, ``status``, ``date``; optionally the
    event's ``type``, ``actors``, ``mode``, ``location``, see ``same_event``).
    """
    rows = list(mentions)
    own = [r for r in rows if r["doc_id"] == doc_id]
    others = [r for r in rows if r["doc_id"] != doc_id]
    lower: tuple[str, str] | None = None
    upper: tuple[str, str] | None = None
    for mine in own:
        for row in others:
            if row.get("status") not in PAST or not same_event(mine, row):
                continue
            if mine.get("status") in AHEAD:
                day = (published.get(str(row["doc_id"])) or {}).get("value")
                if parse_iso(day) and (upper is None or str(day)[:10] < upper[0]):
                    why = f"describes as still to come an event that {row['doc_id']} reports"
                    upper = (str(day)[:10], why)
            if mine.get("status") in PAST:
                first, _ = _day_bounds(row.get("date"))
                if first and (lower is None or first > lower[0]):
                    lower = (first, f"reports an event dated from {first} by {row['doc_id']}")
    if lower is None and upper is None:
        return None
    reasons = "; ".join(bound[1] for bound in (lower, upper) if bound is not None)
    return PublishedDate(
        evidence=f"{_STORE_EVIDENCE}{reasons})",
        earliest=lower[0] if lower else None,
        latest=upper[0] if upper else None,
    )


class StoreWithDates(Protocol):
    """What ``apply_store_bounds`` needs from a store (``storyline.store.Store`` has it)."""

    def publication_dates(self) -> dict[str, dict]: ...

    def mention_dates(self, doc_ids: Iterable[str]) -> Iterator[dict]: ...

    def update_published(self, doc_id: str, published: PublishedDate) -> None: ...


def _without_store(evidence: str) -> str:
    """The document's own evidence, without what an earlier run took from the store."""
    if evidence.startswith(_STORE_EVIDENCE):
        return "no date evidence"
    cut = evidence.find("; by the store: ")
    return evidence[:cut] + ")" if cut >= 0 else evidence


def _with_store(own: str, store_evidence: str) -> str:
    reasons = store_evidence[len(_STORE_EVIDENCE) : -1]
    if own == "no date evidence":
        return store_evidence
    if own.endswith(")") and "(bounded by " in own:
        return f"{own[:-1]}; by the store: {reasons})"
    return f"{own} (bounded by the store: {reasons})"


def _tighter(first: str | None, second: str | None, pick) -> str | None:
    known = [d for d in (first, second) if d]
    return pick(known) if known else None


def merged_bounds(stored: Mapping, found: PublishedDate) -> PublishedDate | None:
    """The stored undated publication with the store's bounds added (the tighter of each
    bound wins); None when the two contradict each other."""
    earliest = _tighter(stored.get("earliest"), found.earliest, max)
    latest = _tighter(stored.get("latest"), found.latest, min)
    if earliest and latest and earliest > latest:
        return None
    return PublishedDate(
        value=None,
        granularity=None,
        confidence=float(stored.get("confidence") or 0.0),
        evidence=_with_store(_without_store(str(stored.get("evidence") or "")), found.evidence),
        earliest=earliest,
        latest=latest,
    )


def apply_store_bounds(store: StoreWithDates) -> int:
    """Bound the publication of every stored document without a date from the dated
    documents in the store that describe the same events; the number of documents changed."""
    published = store.publication_dates()
    undated = sorted(d for d, p in published.items() if not p.get("value"))
    if not undated:
        return 0
    mentions = list(store.mention_dates(undated))
    changed = 0
    for doc_id in undated:
        found = bounds_from_store(doc_id, published, mentions)
        if found is None:
            continue
        merged = merged_bounds(published[doc_id], found)
        new = merged.as_dict() if merged is not None else None
        if new is None or new == {k: published[doc_id].get(k) for k in new}:
            continue
        store.update_published(doc_id, merged)
        changed += 1
    return changed
