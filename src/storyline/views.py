"""Read-side views over the store: filtered events, timeline, documents and actors.

Every view takes a ``Store`` and an ``EventFilter`` and returns plain dicts in the shape
of the output contract (DESIGN.md), so the CLI, the HTTP API and the exports share them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storyline.errors import ErrorCode, StorylineError
from storyline.export import event_records

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(slots=True)
class EventFilter:
    """Filters shared by the event views; CLI flags and API parameters mirror the fields."""

    actor: str | None = None  # case-insensitive match on actor name or alias
    type: str | None = None
    status: str | None = None
    since: str | None = None  # ISO date prefix, inclusive
    until: str | None = None
    place: str | None = None  # case-insensitive match on the location name or country code
    period: str | None = None  # "2018", "2018-10", "2018-06-01..2018-06-30"
    q: str | None = None  # full-text search in summaries and mention sentences


# --------------------------------------------------------------------------- dates
def value_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a TIMEX-style date value; None when it is not a date."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
    except ValueError:
        return None
    return None


def date_bounds(event_date: dict | None) -> tuple[date, date] | None:
    """Bounds of an event's contract ``date`` object (value, else earliest/latest)."""
    event_date = event_date or {}
    bounds = value_bounds(event_date.get("value"))
    if bounds:
        return bounds
    low = value_bounds(event_date.get("earliest"))
    high = value_bounds(event_date.get("latest"))
    if low and high:
        return low[0], high[1]
    return None


def parse_period(period: str) -> tuple[date, date]:
    """``2018``, ``2018-10``, ``2018-06-01``, ``2018-W35`` or ``A..B`` as first and last day."""
    text = period.strip()
    if ".." in text:
        left, right = (part.strip() for part in text.split("..", 1))
        low = value_bounds(left) if left else (date.min, date.min)
        high = value_bounds(right) if right else (date.max, date.max)
        if low is None or high is None or low[0] > high[1]:
            raise StorylineError(ErrorCode.E030, name="period", detail=f"cannot read '{period}'")
        return low[0], high[1]
    bounds = value_bounds(text)
    if bounds is None:
        raise StorylineError(
            ErrorCode.E030,
            name="period",
            detail=f"'{period}' is not YYYY, YYYY-MM, YYYY-MM-DD or START..END",
        )
    return bounds


# --------------------------------------------------------------------------- actors
def actor_index(store: Any) -> dict[str, dict]:
    """Actor rows by id."""
    return {row["id"]: row for row in store.actors()}


def matching_actor_ids(actors: dict[str, dict], needle: str) -> set[str]:
    """Ids of actors whose id, name or an alias contains ``needle`` (case-insensitive)."""
    needle = needle.lower().strip()
    found = set()
    for actor_id, row in actors.items():
        names = [actor_id, row["name"], *(row["aliases"] or [])]
        if any(needle in name.lower() for name in names):
            found.add(actor_id)
    return found


def _matches_place(location: dict | None, needle: str) -> bool:
    if not location:
        return False
    needle = needle.lower()
    name = (location.get("name") or "").lower()
    country = (location.get("country") or "").lower()
    return needle in name or needle == country


def _matches_text(record: dict, needle: str) -> bool:
    haystacks = [record["summary"] or "", *(m["text"] or "" for m in record["mentions"])]
    return any(needle in text.lower() for text in haystacks)


def select_events(store: Any, flt: EventFilter | None = None) -> list[dict]:
    """Contract-shaped events that pass the filter, with ``source_names``/``target_names`` added."""
    flt = flt or EventFilter()
    window = parse_period(flt.period) if flt.period else None
    actors = actor_index(store)
    wanted_actors = matching_actor_ids(actors, flt.actor) if flt.actor else None
    needle = flt.q.lower().strip() if flt.q else None
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
        if wanted_actors is not None and not wanted_actors & set(
            record["source"] + record["target"]
        ):
            continue
        if flt.place and not _matches_place(record["location"], flt.place):
            continue
        if window is not None:
            bounds = date_bounds(record["date"])
            if bounds is None or bounds[0] < window[0] or bounds[1] > window[1]:
                continue
        if needle and not _matches_text(record, needle):
            continue
        record["source_names"] = [actors.get(a, {}).get("name", a) for a in record["source"]]
        record["target_names"] = [actors.get(a, {}).get("name", a) for a in record["target"]]
        chosen.append(record)
    return chosen


def _sort_key(event: dict) -> tuple:
    return (event["date"]["value"] is None, event["date"]["value"] or "", event["type"])


def timeline(store: Any, flt: EventFilter | None = None) -> list[dict]:
    """Events in date order (undated last), the most precise dates first within a period."""
    return sorted(select_events(store, flt), key=_sort_key)


def published_dates(store: Any) -> dict[str, str | None]:
    """Publication date value of every stored document, by id."""
    return {row["id"]: (row["published"] or {}).get("value") for row in store.documents()}


def timeline_items(store: Any, flt: EventFilter | None = None) -> list[dict]:
    """Timeline entries with ``start``/``end`` days to draw.

    ``basis`` is ``event`` when the text dates the event, ``reported`` when it does not and
    the entry is placed at the first publication date of a document that reports it (the
    event then happened on or before that day), and ``none`` when neither is known.
    """
    published = published_dates(store)
    items = []
    for event in timeline(store, flt):
        bounds = date_bounds(event["date"])
        basis = "event"
        if bounds is None:
            reported = sorted(
                b[0]
                for b in (value_bounds(published.get(m["doc"])) for m in event["mentions"])
                if b
            )
            bounds = (reported[0], reported[0]) if reported else None
            basis = "reported" if reported else "none"
        items.append(
            {
                "id": event["id"],
                "type": event["type"],
                "status": event["status"],
                "summary": event["summary"],
                "date": event["date"],
                "start": bounds[0].isoformat() if bounds else None,
                "end": bounds[1].isoformat() if bounds else None,
                "basis": basis,
                "source_names": event["source_names"],
                "target_names": event["target_names"],
                "location": event["location"],
                "documents": len({m["doc"] for m in event["mentions"]}),
            }
        )
    return items


def page(items: list, limit: int, offset: int) -> dict:
    """One page of ``items`` with the paging envelope used by the API."""
    return {
        "total": len(items),
        "limit": limit,
        "offset": offset,
        "items": items[offset : offset + limit],
    }


# --------------------------------------------------------------------------- single records
def event_detail(store: Any, event_id: str) -> dict:
    """One event with every mention and, per mention, its document's title, source and date."""
    from storyline.export import event_record, mention_record

    row = store.event(event_id)
    if row is None:
        raise StorylineError(ErrorCode.E031, kind="event", id=event_id)
    record = event_record(row, [mention_record(m) for m in store.mentions_of([event_id])])
    actors = actor_index(store)
    for m in record["mentions"]:
        doc = store.document(m["doc"]) or {}
        m["document"] = {
            "id": m["doc"],
            "title": doc.get("title"),
            "source": doc.get("source"),
            "url": _url_of(doc.get("source")),
            "published": (doc.get("published") or {}).get("value"),
        }
    record["source_names"] = [actors.get(a, {}).get("name", a) for a in record["source"]]
    record["target_names"] = [actors.get(a, {}).get("name", a) for a in record["target"]]
    record["actors"] = [
        _actor_summary(actors[a]) for a in record["source"] + record["target"] if a in actors
    ]
    return record


def document_detail(store: Any, doc_id: str) -> dict:
    """One document in the contract's shape, with a ``url`` when its source is a web address."""
    from storyline.export import document_record

    row = store.document(doc_id)
    if row is None:
        raise StorylineError(ErrorCode.E031, kind="document", id=doc_id)
    record = document_record(row)
    record["url"] = _url_of(record["source"])
    return record


def list_actors(store: Any, q: str | None = None) -> list[dict]:
    """Actors by mentions, optionally those whose name or alias contains ``q``."""
    actors = actor_index(store)
    wanted = matching_actor_ids(actors, q) if q else set(actors)
    return [_actor_summary(row, full=True) for aid, row in actors.items() if aid in wanted]


def _actor_summary(row: dict, full: bool = False) -> dict:
    out = {"id": row["id"], "name": row["name"], "kind": row["kind"], "country": row["country"]}
    if full:
        out.update(
            sector=row["sector"],
            registry_id=row["registry_id"],
            aliases=list(row["aliases"] or []),
            mentions=row["mentions"],
        )
    return out


def _url_of(source: str | None) -> str | None:
    if source and source.startswith(("http://", "https://")):
        return source
    return None
