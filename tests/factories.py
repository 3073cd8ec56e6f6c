"""Hand-built records for tests that need no model."""

from __future__ import annotations

from storyline.records import EventDate, EventMention, Location


def mention(
    type_: str = "CONSULT",
    source: tuple[str, ...] = ("reg:a",),
    target: tuple[str, ...] = ("reg:b",),
    status: str = "asserted",
    date: str | None = None,
    granularity: str | None = None,
    start: int = 0,
    place: str | None = None,
    text: str = "A met B.",
) -> EventMention:
    return EventMention(
        type=type_,
        mode=None,
        cameo=None,
        source=list(source),
        target=list(target),
        status=status,
        sentence=start // 100,
        start=start,
        end=start + len(text),
        text=text,
        trigger="met",
        trigger_start=start + 2,
        date=EventDate(value=date, granularity=granularity),
        location=Location(place) if place else None,
    )
