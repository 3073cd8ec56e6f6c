"""resolve stage: event mentions that describe the same real-world event become one event.

Within a document, mentions merge when type, status, actors, date and place are compatible;
a mention without actors ("the meeting") joins the nearest earlier event of its type.
Across documents the store looks up candidates by ``block_key`` (type, status, actors) and
merges only when both dates are known and compatible, so blocking keeps it near-linear.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.records import Event, EventDate, EventMention, Location

_GRANULARITY_RANK = {"year": 1, "month": 2, "day": 3}


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    """True when either date is unknown or one value contains the other.

    "2000-10" contains "2000-10-24"; "2000-10-23" and "2000-10-24" are not compatible.
    """
    if a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def more_precise(a: EventDate, b: EventDate) -> EventDate:
    """The more precise of two compatible dates (the first when equal)."""
    if a.value is None:
        return b
    if b.value is None:
        return a
    rank_a = _GRANULARITY_RANK.get(a.granularity or "", 0)
    rank_b = _GRANULARITY_RANK.get(b.granularity or "", 0)
    return b if rank_b > rank_a else a


def places_compatible(a: Location | None, b: Location | None) -> bool:
    return a is None or b is None or a.name.lower() == b.name.lower()


def block_key(event_type: str, status: str, actors: Iterable[str]) -> str:
    """Blocking key for cross-document candidates."""
    return "|".join([event_type, status, *sorted(set(actors))])


def _new_event(doc_id: str, mention: EventMention) -> Event:
    return Event(
        type=mention.type,
        mode=mention.mode,
        cameo=mention.cameo,
        source=list(mention.source),
        target=list(mention.target),
        status=mention.status,
        date=mention.date,
        location=mention.location,
        mentions=[(doc_id, mention)],
        confidence=mention.confidence,
    )


def _union(first: list[str], second: list[str]) -> list[str]:
    return first + [key for key in second if key not in first]


def absorb(event: Event, doc_id: str, mention: EventMention) -> None:
    """Add a mention to an event, keeping the most precise consistent attributes."""
    event.mentions.append((doc_id, mention))
    event.source = _union(event.source, mention.source)
    event.target = _union(event.target, mention.target)
    event.date = more_precise(event.date, mention.date)
    event.location = event.location or mention.location
    event.mode = event.mode or mention.mode
    event.confidence = min(0.99, max(event.confidence, mention.confidence) + 0.05)


def merge_events(into: Event, other: Event) -> None:
    """Fold every mention of ``other`` into ``into``."""
    for doc_id, mention in other.mentions:
        absorb(into, doc_id, mention)


def same_event(event: Event, mention: EventMention) -> bool:
    """Whether a mention can describe ``event`` (same document context assumed)."""
    if event.type != mention.type or event.status != mention.status:
        return False
    actors = frozenset(mention.source) | frozenset(mention.target)
    if actors and actors != event.actor_set:
        return False
    return dates_compatible(event.date, mention.date) and places_compatible(
        event.location, mention.location
    )


def resolve_document(doc_id: str, mentions: Iterable[EventMention]) -> list[Event]:
    """Group one document's event mentions into events (actorless ones join an earlier event)."""
    events: list[Event] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.trigger_start)):
        has_actors = bool(mention.source or mention.target)
        candidates = [e for e in events if same_event(e, mention)]
        if candidates:
            absorb(candidates[-1], doc_id, mention)
        elif has_actors:
            events.append(_new_event(doc_id, mention))
    return events


def cross_document_match(stored: Event, new: Event) -> bool:
    """Whether two events from different documents are the same real-world event."""
    if stored.type != new.type or stored.status != new.status:
        return False
    if stored.actor_set != new.actor_set:
        return False
    if stored.date.value is None or new.date.value is None:
        return False
    return dates_compatible(stored.date, new.date) and places_compatible(
        stored.location, new.location
    )
