"""Calendar arithmetic on ISO date strings and the time lexicon (no spaCy here)."""

from __future__ import annotations

import calendar as _stdcal
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode

LEXICON_FILE = "time_lexicon.yaml"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The time word lists, indexed for lookup."""

    months: dict[str, int]
    weekdays: dict[str, int]
    parts_of_day: dict[str, str]
    modifiers: dict[str, dict[str, list[int]]]
    units: dict[str, dict]
    numbers: dict[str, float]
    vague_counts: frozenset[str]
    approximators: dict[str, str]
    deictic: dict[str, int]
    relative: dict[str, int]
    weekday_direction: dict[str, str]
    tense: dict[str, list[str]]
    dct: dict
    timeml: dict


@cache
def lexicon() -> Lexicon:
    """The packaged time lexicon (cached)."""
    data = load_packaged(LEXICON_FILE)
    try:
        return Lexicon(
            months={w: int(n) for n, words in data["months"].items() for w in words},
            weekdays={w: int(n) for n, words in data["weekdays"].items() for w in words},
            parts_of_day=dict(data["parts_of_day"]),
            modifiers=dict(data["modifiers"]),
            units=dict(data["units"]),
            numbers={str(k): float(v) for k, v in data["numbers"].items()},
            vague_counts=frozenset(data["vague_counts"]),
            approximators=dict(data["approximators"]),
            deictic={k: int(v) for k, v in data["deictic"].items()},
            relative={k: int(v) for k, v in data["relative"].items()},
            weekday_direction=dict(data["weekday_direction"]),
            tense={k: list(v) for k, v in data["tense"].items()},
            dct=dict(data["dct"]),
            timeml=dict(data["timeml"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(
            ErrorCode.E012, path=f"storyline/data/{LEXICON_FILE}", detail=repr(exc)
        ) from exc


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of words, longest first (for building patterns from the lexicon)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def parse_iso(value: str | None) -> date | None:
    """The first day of an ISO value ("2018", "2018-10", "2018-10-07"); None otherwise."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip()[:10])
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "1", match.group(3) or "1"
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def granularity_of(value: str) -> str | None:
    """ "day", "month" or "year" for an ISO value, else None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return None


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, _stdcal.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Shift by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _stdcal.monthrange(year, month + 1)[1]))


def shift(day: date, amount: float, code: str) -> date:
    """Move a date by ``amount`` calendar units (TIMEX3 codes D, W, M, Y)."""
    if code == "D":
        return day + timedelta(days=round(amount))
    if code == "W":
        return day + timedelta(days=round(amount * 7))
    if code == "M":
        return add_months(day, round(amount))
    if code == "Y":
        whole = int(amount)
        moved = add_months(day, whole * 12)
        return add_months(moved, round((amount - whole) * 12))
    return day


def period_bounds(value: str) -> tuple[date, date] | None:
    """First and last day of the period an ISO value names."""
    start = parse_iso(value)
    kind = granularity_of(value)
    if start is None or kind is None:
        return None
    if kind == "day":
        return start, start
    if kind == "month":
        return start, month_end(start.year, start.month)
    return start, date(start.year, 12, 31)


def common_period(first: date, last: date) -> tuple[str, str] | None:
    """The smallest calendar period (value, granularity) holding both days, if any."""
    if first == last:
        return first.isoformat(), "day"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    if first.year == last.year:
        return f"{first.year:04d}", "year"
    return None


def weekday_near(anchor: date, weekday: int, direction: str) -> date:
    """The given weekday relative to anchor.

    past: on or before anchor; past-strict: before; future: on or after ("will travel on
    Saturday" in a Saturday paper is that day); future-strict: after ("next Saturday");
    nearest: closest either way.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "past-strict":
        return anchor - timedelta(days=back or 7)
    if direction == "future":
        return anchor + timedelta(days=ahead)
    if direction == "future-strict":
        return anchor + timedelta(days=ahead or 7)
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def years_with_weekday(month: int, day: int, weekday: int, first: int, last: int) -> list[int]:
    """Years in [first, last] in which month/day falls on the weekday."""
    years = []
    for year in range(first, last + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                years.append(year)
        except ValueError:
            continue
    return years


def iso_week(day: date) -> str:
    """TIMEX3 week value, e.g. "2018-W40"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"
