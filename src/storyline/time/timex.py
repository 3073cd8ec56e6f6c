"""Normalise one time expression TIMEX3-style against a document creation time and a tense.

``normalise(text, dct, tense)`` is pure: no spaCy, no document. It tries the rules of
``RULES`` in order and records the rule that produced the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from storyline.time import special
from storyline.time.base import (
    TENSES,
    Normalised,
)
from storyline.time.base import Context as _Context
from storyline.time.base import day_value as _day
from storyline.time.base import iso as _iso
from storyline.time.base import month_value as _month
from storyline.time.base import number as _number
from storyline.time.base import range_value as _range
from storyline.time.base import unanchored as _unanchored
from storyline.time.base import year_value as _year
from storyline.time.calendar import (
    Lexicon,
    add_months,
    alternation,
    granularity_of,
    iso_week,
    lexicon,
    parse_iso,
    shift,
    weekday_near,
)


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"\b([a-z]{2,5})\.", r"\1", text)  # "oct." -> "oct", "sept." -> "sept"
    text = re.sub(r"\bmid-", "mid ", text)
    text = re.sub(r"[,;:]+", ",", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.")
    text = re.sub(r"^(?:(?:on|in|at|during|by|until|from|within|over|for|of|the)\s+)+", "", text)
    return text.strip()


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    month = alternation(set(lex.months))
    weekday = alternation(set(lex.weekdays))
    mod = alternation(set(lex.modifiers))
    pod = alternation(set(lex.parts_of_day))
    unit = alternation(set(lex.units))
    num = alternation(set(lex.numbers))
    approx = alternation(set(lex.approximators))
    rel = alternation(set(lex.relative) - {"past"})
    deictic = alternation(set(lex.deictic))
    count = (
        rf"(?:(?P<approx>{approx})\s+)?(?:a\s+)?(?P<num>\d+(?:\.\d+)?|{num})"
        r"(?P<half>\s+and\s+a\s+half)?"
    )
    adj = r"(?:(?:straight|consecutive|trading|business|working|full|whole|calendar)\s+)?"
    wd = rf"(?:(?P<wd>{weekday}),?\s+)?"
    mod_of = rf"(?:(?:the\s+)?(?P<mod>{mod})(?:\s+of)?\s+)?"
    raw = {
        "age": r"\d+[- ]year[- ]old",
        "year_range": r"(?P<y1>\d{4})\s*(?:-|to|through|until)\s*(?P<y2>\d{2}|\d{4})",
        "iso_date": r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        "numeric_date": r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})",
        "full_date": (
            rf"{wd}(?P<month>{month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
        ),
        "full_date_dmy": rf"{wd}(?P<d>\d{{1,2}})\s+(?P<month>{month}),?\s+(?P<y>\d{{4}})",
        "month_year": rf"{mod_of}(?P<month>{month}),?\s+(?:of\s+)?(?P<y>\d{{4}})",
        "decade": r"(?P<dec>\d{3})0'?s",
        "short_decade": r"'?(?P<d>[1-9])0'?s",
        "short_year": r"'(?P<yy>\d{2})",
        "year": rf"{mod_of}(?:the\s+year\s+)?(?P<y>\d{{4}})",
        "ago": rf"{count}\s+(?P<unit>{unit})s?\s+ago",
        "relative_event": (
            rf"(?:{count}\s+)?(?P<unit>{unit})s?\s+(?:earlier|later|before|after)\b.*"
        ),
        "deictic": (
            rf"(?:(?:early|late|later|earlier)\s+)?(?P<word>{deictic})(?:\s+(?P<pod>{pod}))?"
        ),
        "this_pod": rf"this\s+(?P<pod>{pod})",
        "relative_period": (
            rf"(?:(?:the\s+)?(?P<mod>{mod}|earlier|later)(?:\s+of)?\s+)?(?P<rel>{rel})\s+"
            r"(?P<unit>week|month|year)"
        ),
        "past_period": (
            rf"(?:(?:past|last|previous|recent)\s+)(?:{count}\s+)?{adj}(?P<unit>{unit})s?"
            rf"|recent\s+(?P<unit2>{unit})s"
        ),
        "month_day": rf"{wd}(?P<month>{month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?",
        "day_month": rf"{wd}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{month})",
        "month": rf"{mod_of}(?P<month>{month})",
        "weekday": (
            rf"(?:(?P<mod>early|late|later|earlier)\s+)?(?:(?P<dir>last|next|this|previous|coming)"
            rf"\s+)?(?P<wd>{weekday})(?:\s+(?P<pod>{pod}))?(?:\s+(?P<pod2>{pod}))?"
        ),
        "duration": rf"{count}[\s-]+{adj}(?P<unit>{unit})s?(?:\s+long)?",
        "vague_duration": rf"(?:(?:many|several|some|few)\s+)?(?P<unit>{unit})s",
        "anaphoric": (
            r"(?:that|the same|the next|the following|the previous)\s+"
            r"(?:day|week|month|year|morning|night|evening)|(?:at\s+)?the\s+time|then"
            # "the next day" with its article cleaned off
            r"|(?:next|following|previous)\s+(?:day|morning|night|evening)"
            r"|(?:that\s+)?same\s+(?:day|morning|night|evening)"
            r"|(?:earlier|later)\s+(?:in\s+the|that)\s+day"
        ),
        "part_of_day": rf"(?:the\s+)?(?P<pod>{pod})",
        "since": r"since\s+(?P<rest>.+)",
    }
    compiled = {name: re.compile(pattern) for name, pattern in raw.items()}
    compiled.update(special.patterns())
    return compiled


# ------------------------------------------------------------------ rules
def _explicit(m: re.Match[str], ctx: _Context, name: str) -> Normalised | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else ctx.lex.months[groups["month"]]
    weekday = ctx.lex.weekdays[groups["wd"]] if groups.get("wd") else None
    year, day = int(groups["y"]), int(groups["d"])
    if len(groups["y"]) == 2:
        year += 2000 if year < 50 else 1900
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return _day(found, "explicit-date", month=month, day=day, weekday=weekday, year=year)


def _month_year(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    return _month(int(m["y"]), ctx.lex.months[m["month"]], "explicit-month", m["mod"], ctx.lex)


def _year_range(m: re.Match[str], ctx: _Context, name: str) -> Normalised | None:
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if last <= first:
        return None
    return Normalised(
        f"{first:04d}", "year", f"{first:04d}-01-01", f"{last:04d}-12-31", rule="year-range"
    )


def _decade(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    start = int(m["dec"]) * 10
    return Normalised(m["dec"], None, f"{start:04d}-01-01", f"{start + 9:04d}-12-31", rule="decade")


def _short_decade(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    start = 1900 + int(m["d"]) * 10
    return Normalised(
        str(start // 10), None, f"{start:04d}-01-01", f"{start + 9:04d}-12-31", rule="decade"
    )


def _short_year(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    year = int(m["yy"])
    return _year(year + (2000 if year < 30 else 1900), "short-year", None, ctx.lex)


def _count(m: re.Match[str], lex: Lexicon) -> float | None:
    """The count of a match of ``count``, "and a half" added."""
    found = _number(m["num"], lex)
    return found + 0.5 if found is not None and m["half"] else found


def _plain_year(m: re.Match[str], ctx: _Context, name: str) -> Normalised | None:
    year = int(m["y"])
    return _year(year, "explicit-year", m["mod"], ctx.lex) if 1000 <= year <= 2199 else None


def _ago(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    if ctx.dct is None:
        return _unanchored("ago")
    unit = ctx.lex.units[m["unit"]]
    amount = (_count(m, ctx.lex) or 1) * unit.get("factor", 1)
    if unit["time"]:
        return _day(ctx.dct, "ago-same-day")
    target = shift(ctx.dct, -amount, unit["code"])
    approx = ctx.lex.approximators.get(m["approx"] or "", "")
    step = 1 if amount < 4 else max(1, round(amount / 4))
    earliest, latest = target, target
    if approx in ("over", "around"):
        earliest = shift(ctx.dct, -(amount + step), unit["code"])
    if approx in ("under", "around"):
        latest = shift(ctx.dct, -(amount - step), unit["code"])
    if unit["code"] == "Y":
        value, gran = f"{target.year:04d}", "year"
    elif unit["code"] == "M":
        value, gran = f"{target.year:04d}-{target.month:02d}", "month"
    else:
        value, gran = _iso(target), "day"
    if not approx and gran != "day":
        earliest, latest = target, target
    return Normalised(value, gran, _iso(earliest), _iso(latest), rule="ago")


def _deictic(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    word = m.groupdict().get("word") or "today"
    pod = m.groupdict().get("pod") or ("night" if word == "tonight" else None)
    rule = f"deictic+{ctx.lex.parts_of_day[pod]}" if pod else "deictic"
    if ctx.dct is None:
        return _unanchored(rule)
    offset = ctx.lex.deictic.get(word, 0)
    return _day(ctx.dct + timedelta(days=offset), rule)


def _relative_period(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    rel, unit, mod = ctx.lex.relative[m["rel"]], m["unit"], m["mod"]
    if unit == "year" and ctx.dct_year is not None:
        year = ctx.dct_year + rel
        if mod in ("earlier", "later") and ctx.dct is not None and rel == 0:
            first, last = date(year, 1, 1), date(year, 12, 31)
            span = (first, ctx.dct) if mod == "earlier" else (ctx.dct, last)
            return Normalised(
                f"{year:04d}", "year", _iso(span[0]), _iso(span[1]), rule=f"{mod}-this-year"
            )
        return _year(year, "relative-year", mod, ctx.lex)
    if ctx.dct is None:
        return _unanchored(f"relative-{unit}")
    if unit == "month":
        target = add_months(ctx.dct.replace(day=1), rel)
        month_mod = mod if mod not in ("earlier", "later") else None
        found = _month(target.year, target.month, "relative-month", month_mod, ctx.lex)
        if mod in ("earlier", "later") and rel == 0:
            if mod == "earlier":
                found = replace(found, latest=_iso(ctx.dct))
            else:
                found = replace(found, earliest=_iso(ctx.dct))
        return found
    monday = ctx.dct - timedelta(days=ctx.dct.weekday()) + timedelta(days=7 * rel)
    return Normalised(
        iso_week(monday), None, _iso(monday), _iso(monday + timedelta(days=6)), rule="relative-week"
    )


def _past_period(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    unit = ctx.lex.units[m["unit"] or m["unit2"]]
    if unit["time"] and m["num"] is None:
        return None  # "at the last minute" is an idiom, not a time
    plural = m.group(0).endswith("s")
    count = _count(m, ctx.lex)
    amount = (count or (3 if plural else 1)) * unit.get("factor", 1)
    prefix = "PT" if unit["time"] else "P"
    if (count is None and plural) or m["num"] in ctx.lex.vague_counts:
        shown = f"X{unit['code']}"
    else:
        shown = f"{int(amount) if float(amount).is_integer() else amount}{unit['code']}"
    timeml = {"timex_type": "DURATION", "timex_value": f"{prefix}{shown}"}
    if ctx.dct is None or unit["time"]:
        return replace(_unanchored("past-period"), **timeml)
    found = _range(shift(ctx.dct, -amount, unit["code"]), ctx.dct, "past-period")
    return replace(found, **timeml)


def _month_day(m: re.Match[str], ctx: _Context, name: str) -> Normalised | None:
    month, day = ctx.lex.months[m["month"]], int(m["d"])
    weekday = ctx.lex.weekdays[m["wd"]] if m["wd"] else None
    parts = {"month": month, "day": day, "weekday": weekday}
    if ctx.dct_year is None:
        return _unanchored("month-day", **parts)
    candidates = []
    for year in (ctx.dct_year, ctx.dct_year - 1, ctx.dct_year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == weekday]
    chosen = candidates[0] if ctx.dct is None else _closest(candidates, ctx.dct, ctx.tense)
    return _day(chosen, "month-day-dct-year", **parts)


def _closest(candidates: list[date], dct: date, tense: str) -> date:
    """The candidate nearest the DCT that the tense allows (past: not weeks ahead, future: not
    weeks behind)."""
    slack = timedelta(days=31)
    if tense == "past":
        allowed = [c for c in candidates if c <= dct + slack]
    elif tense == "future":
        allowed = [c for c in candidates if c >= dct - slack]
    else:
        allowed = candidates
    return min(allowed or candidates, key=lambda c: abs((c - dct).days))


def _month_only(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    month = ctx.lex.months[m["month"]]
    if ctx.dct_year is None:
        return _unanchored("month", month=month)
    year = ctx.dct_year
    if ctx.dct_month is not None and ctx.tense == "past" and month > ctx.dct_month:
        year -= 1
    elif ctx.dct_month is not None and ctx.tense == "future" and month < ctx.dct_month:
        year += 1
    return _month(year, month, "month-dct-year", m["mod"], ctx.lex)


def _weekday(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    weekday = ctx.lex.weekdays[m["wd"]]
    pod = m["pod2"] or m["pod"]
    suffix = f"+{ctx.lex.parts_of_day[pod]}" if pod else ""
    explicit = ctx.lex.weekday_direction.get(m["dir"] or "")
    if explicit == "past":
        direction = "past-strict"
    elif explicit == "future":
        direction = "future-strict"
    elif explicit:
        direction = explicit
    else:
        direction = {"past": "past", "future": "future", "present": "nearest"}.get(
            ctx.tense, "past"
        )
    if ctx.dct is None:
        return _unanchored(f"weekday-{direction}{suffix}", weekday=weekday)
    found = weekday_near(ctx.dct, weekday, direction)
    return _day(found, f"weekday-{direction}{suffix}", weekday=weekday)


def _duration(m: re.Match[str], ctx: _Context, name: str) -> Normalised | None:
    unit = ctx.lex.units[m["unit"]]
    prefix = "PT" if unit["time"] else "P"
    if name == "duration" and m["unit"] == "second" and m["num"] in ("a", "an"):
        return None  # "a second day" is an ordinal
    if name == "vague_duration" or m["num"] in ctx.lex.vague_counts:
        return Normalised(f"{prefix}X{unit['code']}", None, kind="duration", rule="duration-vague")
    amount = (_count(m, ctx.lex) or 1) * unit.get("factor", 1)
    shown = int(amount) if float(amount).is_integer() else amount
    return Normalised(f"{prefix}{shown}{unit['code']}", None, kind="duration", rule="duration")


def _part_of_day(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    if name == "this_pod" and ctx.dct is not None:
        return _day(ctx.dct, f"deictic+{ctx.lex.parts_of_day[m['pod']]}")
    return _unanchored(f"part-of-day+{ctx.lex.parts_of_day[m['pod']]}")


def _relative_event(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    return _unanchored("relative-to-event")


def _anaphoric(m: re.Match[str], ctx: _Context, name: str) -> Normalised:
    return _unanchored("anaphoric")


def _since(m: re.Match[str], ctx: _Context, name: str) -> Normalised | None:
    inner = _normalise(_clean(m["rest"]), ctx)
    if inner.value is None or inner.earliest is None or ctx.dct is None:
        return replace(inner, rule=f"since/{inner.rule}") if inner.rule != "unrecognised" else None
    return replace(inner, latest=_iso(ctx.dct), rule=f"since/{inner.rule}")


Rule = Callable[[re.Match[str], _Context, str], Normalised | None]
RULES: tuple[tuple[str, Rule], ...] = (
    ("since", _since),
    *special.RULES,
    ("year_range", _year_range),
    ("iso_date", _explicit),
    ("numeric_date", _explicit),
    ("full_date", _explicit),
    ("full_date_dmy", _explicit),
    ("month_year", _month_year),
    ("decade", _decade),
    ("short_decade", _short_decade),
    ("short_year", _short_year),
    ("year", _plain_year),
    ("ago", _ago),
    ("relative_event", _relative_event),
    ("deictic", _deictic),
    ("this_pod", _part_of_day),
    ("relative_period", _relative_period),
    ("past_period", _past_period),
    ("month_day", _month_day),
    ("day_month", _month_day),
    ("month", _month_only),
    ("weekday", _weekday),
    ("duration", _duration),
    ("vague_duration", _duration),
    ("anaphoric", _anaphoric),
    ("part_of_day", _part_of_day),
)


# Rules whose pattern may be followed by other words (a date used as a modifier).
PREFIX_RULES = frozenset(
    {"year_range", "iso_date", "numeric_date", "full_date", "full_date_dmy", "month_year", "year"}
)


def _normalise(text: str, ctx: _Context) -> Normalised:
    patterns = _patterns()
    if patterns["age"].search(text):
        return Normalised(anchored=False, rule="age")
    for name, rule in RULES:
        match = patterns[name].fullmatch(text)
        if match:
            found = rule(match, ctx, name)
            if found is not None:
                return found
    for name, rule in RULES:  # "the 1950-53 Korean War", "October 2000 talks"
        if name not in PREFIX_RULES:
            continue
        match = patterns[name].match(text)
        if match and (match.end() == len(text) or text[match.end()] == " "):
            found = rule(match, ctx, name)
            if found is not None:
                return found
    return Normalised(anchored=False, rule="unrecognised")


def normalise_clean(text: str, ctx: _Context) -> Normalised:
    """Normalise a part of an expression under the context of the whole (for special rules)."""
    return _normalise(_clean(text), ctx)


def normalise(text: str, dct: str | None, tense: str = "unknown") -> Normalised:
    """Normalise a time expression against the creation time ``dct`` (ISO) and a clause tense.

    ``tense`` is "past", "present", "future" or "unknown". Values that need the creation time
    come back with ``value=None, anchored=False`` when ``dct`` does not give it.
    """
    day = parse_iso(dct)
    gran = granularity_of(dct[:10]) if dct else None
    ctx = _Context(
        text=text,
        dct=day if gran == "day" else None,
        dct_year=day.year if day else None,
        dct_month=day.month if day and gran in ("day", "month") else None,
        tense=tense if tense in TENSES else "unknown",
        lex=lexicon(),
    )
    return _normalise(_clean(text), ctx)
