"""TimelineJS JSON: ``{"title": ..., "events": [...]}`` as TimelineJS 3 reads it.

Each event has a ``start_date`` object (``year`` always; ``month`` and ``day`` as precise
as the text dates it), ``text.headline``, ``text.text`` (HTML: status, actors, place and the
cited sentences with their documents), ``group`` (the PLOVER type) and ``unique_id``.
An event the text does not date is placed at the day it was first reported, with a
``display_date`` saying so; an event with neither is left out.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from storyline.views import published_dates, timeline, value_bounds


def _date_object(value: str, granularity: str | None) -> dict:
    year, _, rest = value.partition("-")
    out: dict[str, str] = {"year": year}
    parts = rest.split("-") if rest else []
    if parts and granularity in ("month", "day") and parts[0].isdigit():
        out["month"] = str(int(parts[0]))
        if len(parts) > 1 and granularity == "day":
            out["day"] = str(int(parts[1]))
    return out


def _day_object(day: Any) -> dict:
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}


def _text(event: dict, titles: dict[str, str | None]) -> str:
    who = ", ".join(event["source_names"]) or "?"
    whom = ", ".join(n for n in event["target_names"] if n not in event["source_names"])
    place = (event["location"] or {}).get("name")
    lines = [f"<p><b>{html.escape(event['type'])}</b> ({html.escape(event['status'])}) — "
             f"{html.escape(who)}{' → ' + html.escape(whom) if whom else ''}"
             f"{' in ' + html.escape(place) if place else ''}</p>"]  # fmt: skip
    for m in event["mentions"]:
        title = titles.get(m["doc"]) or m["doc"]
        lines.append(
            f"<blockquote>{html.escape(m['text'])}</blockquote>"
            f"<p><small>{html.escape(title)} [{m['doc']}, sentence {m['sentence']}, "
            f"chars {m['start']}–{m['end']}]</small></p>"
        )
    return "".join(lines)


def timelinejs_document(store: Any, flt: Any = None, title: str = "Storyline") -> dict:
    """The TimelineJS JSON object for the events that pass ``flt``."""
    published = published_dates(store)
    titles = {row["id"]: row["title"] for row in store.documents()}
    events = []
    for event in timeline(store, flt):
        slide: dict[str, Any] = {
            "unique_id": event["id"],
            "group": event["type"],
            "text": {
                "headline": event["summary"] or event["type"],
                "text": _text(event, titles),
            },
        }
        value = event["date"]["value"]
        bounds = value_bounds(value)
        if bounds is not None and not value.count("W"):
            slide["start_date"] = _date_object(value, event["date"]["granularity"] or "day")
        elif bounds is not None:
            slide["start_date"] = _day_object(bounds[0])
            slide["end_date"] = _day_object(bounds[1])
        else:
            reported = sorted(
                b[0]
                for b in (value_bounds(published.get(m["doc"])) for m in event["mentions"])
                if b
            )
            if not reported:
                continue
            slide["start_date"] = _day_object(reported[0])
            slide["display_date"] = f"date not given; first reported {reported[0].isoformat()}"
        events.append(slide)
    return {
        "title": {
            "text": {
                "headline": title,
                "text": f"{len(events)} events, each cited from the articles that report it",
            }
        },
        "events": events,
    }


def write_timelinejs(store: Any, out: Path, flt: Any = None) -> dict[str, int]:
    """timeline.json for TimelineJS 3."""
    doc = timelinejs_document(store, flt)
    (out / "timeline.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")
    return {"timeline.json": len(doc["events"])}
