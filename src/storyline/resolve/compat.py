"""Compatibility of event attributes: dates by the interval they cover, places by containment.

A date covers an interval of days: "2000" the year, "2000-10" the month, "2000-10-24" one
day, or ``earliest``..``latest`` when the time stage gave bounds. Two dates are compatible
when their intervals meet ("October 2000" contains "Tuesday, Oct. 24, 2000"). A place is
compatible with another of the same name, and a country with any place inside it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from storyline.records import EventDate, Location

_GRANULARITY_RANK = {"year": 1, "month": 2, "day": 3}
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

Interval = tuple[int, int]  # first and last day, as proleptic Gregorian ordinals


@lru_cache(maxsize=65536)
def _bounds(text: str | None) -> Interval | None:
    """The days a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` value covers; None otherwise."""
    match = _DAY.match(text or "")
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1).toordinal(), date(year, month, last).toordinal()
        ordinal = date(year, month, day).toordinal()
    except ValueError:
        return None
    return ordinal, ordinal


def date_interval(value: EventDate) -> Interval | None:
    """The days an event date can fall on; None when the date says nothing usable."""
    interval = _bounds(value.value)
    if interval is not None:
        return interval
    low, high = _bounds(value.earliest), _bounds(value.latest)
    if low is not None and high is not None and low[0] <= high[1]:
        return low[0], high[1]
    return None


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    """True when either date is unknown or the days they cover meet.

    "2000-10" contains "2000-10-24"; "2000-10-23" and "2000-10-24" are not compatible.
    """
    first, second = date_interval(a), date_interval(b)
    if first is None or second is None:
        return True
    return first[0] <= second[1] and second[0] <= first[1]


def bounds_overlap(a: EventDate, b: EventDate) -> bool:
    """Whether two dates can be the same day, taking one-sided bounds into account ("after
    2001" and "by 1999" cannot); unknown dates can."""
    low = [_edge(d, first=True) for d in (a, b)]
    high = [_edge(d, first=False) for d in (a, b)]
    return all(lo is None or hi is None or lo <= hi for lo in low for hi in high)


def _edge(value: EventDate, first: bool) -> int | None:
    interval = _bounds(value.value)
    if interval is not None:
        return interval[0] if first else interval[1]
    bound = _bounds(value.earliest if first else value.latest)
    return None if bound is None else (bound[0] if first else bound[1])


def _width(value: EventDate) -> int:
    interval = date_interval(value)
    return interval[1] - interval[0] if interval is not None else 1 << 30


def more_precise(a: EventDate, b: EventDate) -> EventDate:
    """The more precise of two dates: the narrower interval (the first when equal)."""
    if date_interval(a) is None and date_interval(b) is None:
        return _tighter_bounds(a, b)
    if date_interval(b) is None:
        return a
    if date_interval(a) is None:
        return b
    return b if _width(b) < _width(a) else a


def _tighter_bounds(a: EventDate, b: EventDate) -> EventDate:
    """Two dates without a usable interval: the later of the lower bounds and the earlier
    of the upper ones ("after 2001" and "undated": after 2001); ``a`` when they clash."""
    if not bounds_overlap(a, b):
        return a
    earliest = max((d.earliest for d in (a, b) if d.earliest), default=None)
    latest = min((d.latest for d in (a, b) if d.latest), default=None)
    if (earliest, latest) == (a.earliest, a.latest):
        return a
    if (earliest, latest) == (b.earliest, b.latest):
        return b
    return EventDate(earliest=earliest, latest=latest, rule=f"{a.rule}; {b.rule}")


def choose_date(dates: Sequence[EventDate]) -> tuple[EventDate, list[int]]:
    """The most precise date that most of ``dates`` agree with, and the indexes of the dates
    that contradict it (the conflicts). Undated inputs never conflict.

    The narrowest date that fewer than half of the dated inputs contradict wins; when every
    date is contradicted that often, the one most inputs agree with (the earliest on ties).
    """
    distinct: dict[Interval, list[int]] = {}
    for n, value in enumerate(dates):
        interval = date_interval(value)
        if interval is not None:
            distinct.setdefault(interval, []).append(n)
    if not distinct:
        return (dates[0] if dates else EventDate()), []
    total = sum(len(ns) for ns in distinct.values())

    def meets(a: Interval, b: Interval) -> bool:
        return a[0] <= b[1] and b[0] <= a[1]

    def agreeing(interval: Interval) -> int:
        return sum(len(ns) for other, ns in distinct.items() if meets(interval, other))

    ranked = sorted(distinct, key=lambda i: (i[1] - i[0], -agreeing(i), distinct[i][0]))
    majority = [i for i in ranked if 2 * (total - agreeing(i)) < total]
    best = majority[0] if majority else max(ranked, key=lambda i: (agreeing(i), -distinct[i][0]))
    conflicts = sorted(n for other, ns in distinct.items() if not meets(best, other) for n in ns)
    return dates[distinct[best][0]], conflicts


def is_country(place: Location) -> bool:
    """A country-level place (the gazetteer gives countries without coordinates)."""
    return place.lat is None and place.lon is None and place.country is not None


def places_compatible(a: Location | None, b: Location | None) -> bool:
    """Unknown, the same name, or one is the country the other lies in."""
    if a is None or b is None or a.name.lower() == b.name.lower():
        return True
    if is_country(a) and a.country == b.country:
        return True
    return is_country(b) and b.country == a.country


def more_precise_place(a: Location | None, b: Location | None) -> Location | None:
    """The more precise of two compatible places: a city rather than its country."""
    if a is None:
        return b
    if b is None:
        return a
    return b if is_country(a) and not is_country(b) else a


def granularity_rank(value: EventDate) -> int:
    """0 for unknown, 1 year, 2 month, 3 day."""
    return _GRANULARITY_RANK.get(value.granularity or "", 0)
