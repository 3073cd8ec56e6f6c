"""The value type of a normalised time expression and the helpers that build it (no spaCy)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.time.calendar import Lexicon, common_period, month_end

TENSES = ("past", "present", "future", "unknown")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The value of one time expression, with the rule that gave it."""

    value: str | None = None
    granularity: str | None = None
    earliest: str | None = None
    latest: str | None = None
    kind: str = "date"  # date, duration, set, time
    anchored: bool = True
    rule: str = "unrecognised"
    month: int | None = None  # calendar parts as written (for publication-date inference)
    day: int | None = None
    weekday: int | None = None
    year: int | None = None
    timex_type: str | None = None  # TimeML view when it differs from the above (timeml.py)
    timex_value: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may use besides its match: the DCT parts, the tense, the lexicon."""

    text: str
    dct: date | None  # day-precise creation time
    dct_year: int | None
    dct_month: int | None
    tense: str
    lex: Lexicon


def iso(day: date) -> str:
    """ISO text of a day."""
    return day.isoformat()


def number(group: str | None, lex: Lexicon) -> float | None:
    """A count written in digits or words ("3", "three", "a few")."""
    if group is None:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", group):
        return float(group)
    return lex.numbers.get(group)


def unanchored(rule: str, **parts: int | None) -> Normalised:
    """A time expression whose value needs an anchor that is missing."""
    return Normalised(anchored=False, rule=rule, **parts)


def day_value(found: date, rule: str, **parts: int | None) -> Normalised:
    """A day-precise value."""
    return Normalised(iso(found), "day", iso(found), iso(found), rule=rule, **parts)


def month_value(year: int, month: int, rule: str, mod: str | None, lex: Lexicon) -> Normalised:
    """A month, its bounds narrowed by a modifier ("late August")."""
    first, last = date(year, month, 1), month_end(year, month)
    if mod and mod in lex.modifiers:
        low, high = lex.modifiers[mod]["month_days"]
        first, last = date(year, month, low), date(year, month, min(high, last.day))
    return Normalised(
        f"{year:04d}-{month:02d}", "month", iso(first), iso(last), rule=rule, month=month
    )


def year_value(year: int, rule: str, mod: str | None, lex: Lexicon) -> Normalised:
    """A year, its bounds narrowed by a modifier ("early 2018")."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    if mod and mod in lex.modifiers:
        low, high = lex.modifiers[mod]["year_months"]
        first, last = date(year, low, 1), month_end(year, high)
    return Normalised(f"{year:04d}", "year", iso(first), iso(last), rule=rule, year=year)


def range_value(first: date, last: date, rule: str) -> Normalised:
    """A span of days, valued by the smallest calendar period holding both ends."""
    common = common_period(first, last)
    value, gran = common if common else (f"{last.year:04d}", "year")
    return Normalised(value, gran, iso(first), iso(last), rule=rule)
