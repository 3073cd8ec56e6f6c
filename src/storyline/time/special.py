"""Normalisation rules for expressions TimeML values in its own way.

Reference words ("now", "recently" -> PRESENT_REF, PAST_REF), seasons ("last spring" ->
2012-SP), quarters ("the third quarter" -> 2013-Q3), regular sets ("every week", "annual"),
clock times ("4:30 p.m. Monday" -> 2013-03-18T16:30), weekends, "last September" and spans
ahead ("the next six months" -> P6M). Each rule gives the calendar bounds the pipeline uses
for dating events, and the TIMEX3 type and value in ``timex_type``/``timex_value``.
Rules take the cleaned text (lower case, leading prepositions and "the" removed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from storyline.time.base import (
    Context,
    Normalised,
    day_value,
    iso,
    month_value,
    number,
    unanchored,
)
from storyline.time.calendar import (
    add_months,
    alternation,
    iso_week,
    lexicon,
    month_end,
    shift,
    weekday_near,
)

SpecialRule = Callable[[re.Match[str], Context, str], Normalised | None]


def _strip_the(word: str) -> str:
    return word[4:] if word.startswith("the ") else word


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of this module's rules, by rule name."""
    lex = lexicon()
    tm = lex.timeml
    refs = alternation({_strip_the(w) for w in tm["references"]})
    season = alternation(set(tm["seasons"]))
    ordinal = alternation(set(tm["quarter_ordinals"]))
    sets = alternation(set(tm["set_words"]))
    zone = alternation(set(tm["clock_zones"]))
    unit = alternation(set(lex.units))
    weekday = alternation(set(lex.weekdays))
    month = alternation(set(lex.months))
    mod = alternation(set(lex.modifiers))
    holidays = alternation(set(tm["holidays"]))
    num = alternation(set(lex.numbers))
    clock = (
        r"(?P<h>\d{1,2})(?:[:.,](?P<mi>\d{2}))?\s*(?P<ampm>[ap]\.?m\b\.?)?"
        r"|(?P<hm>\d{1,2})[:,](?P<mm>\d{2})|(?P<named>noon|midday|midnight)"
    )
    zone_part = rf"(?:\s*\(?(?P<zone>{zone})(?:\s*[+-]\s*\d{{1,2}})?\)?)?"
    raw = {
        "reference": rf"(?P<ref>{refs})",
        "season": (
            rf"(?:(?P<rel>this|last|next|past|coming|previous)\s+)?(?:(?P<mod>early|late|mid)\s+)?"
            rf"(?P<season>{season})(?:,?\s+(?:of\s+)?(?P<y>\d{{4}}))?"
        ),
        "quarter": (
            rf"(?:(?P<ord>{ordinal})[\s-]+(?:fiscal\s+)?quarter|q(?P<qn>[1-4]))"
            rf"(?:,?\s+(?:of\s+)?(?P<rest>.+))?"
        ),
        "relative_quarter": r"(?P<rel>this|last|next|past|previous|current)\s+quarter",
        "set_every": (
            rf"(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>\d+|{num})\s+)?"
            rf"(?:(?P<unit>{unit})s?|(?P<wd>{weekday})|(?P<season>{season}))"
        ),
        "set_word": rf"(?P<word>{sets})",
        "frequency": (
            rf"(?:once|twice|thrice|(?:\d+|{num})\s+times)\s+(?:a|an|per|each|every)\s+"
            rf"(?P<unit>{unit})"
        ),
        "vague_ago": rf"(?P<unit>{unit})s\s+ago",
        "clock": (
            rf"(?:(?:at|about|around)\s+)?(?:{clock}){zone_part}"
            r"(?:,?\s+(?:on\s+)?(?P<rest>.+))?"
        ),
        "day_clock": rf"(?P<rest>.+?),?\s+(?:at|about|around)\s+(?:{clock}){zone_part}",
        "weekend": r"(?:(?P<rel>this|last|next|past|that|coming)\s+)?weekend",
        "relative_month": rf"(?P<rel>last|this|next|past|previous|coming)\s+(?P<month>{month})",
        "holiday": (
            rf"(?:(?P<rel>this|last|next|past|coming)\s+)?(?P<name>{holidays})"
            r"(?:,?\s+(?:of\s+)?(?P<y>\d{4}))?"
        ),
        "fiscal_year": (
            r"(?:fiscal(?:\s+year)?\s+(?P<y>\d{4})|fy\s*(?P<fy>\d{4}|\d{2})"
            r"|(?P<rel>this|last|next|current|previous|coming)\s+fiscal\s+year)"
        ),
        "century": r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century",
        "last_night": r"last\s+(?P<pod>night|evening)",
        "half_year": (
            r"(?P<half>first|second|1st|2nd|latter)\s+half(?:\s+of\s+(?:the\s+)?"
            r"(?:(?P<y>\d{4})|(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year))?"
        ),
        "part_of_period": (
            rf"(?P<mod>{mod}|rest|remainder)\s+of\s+the\s+(?P<unit>week|month|year)"
        ),
        "period_ahead": (
            rf"(?:next|coming|following|upcoming)\s+(?:(?P<num>\d+(?:\.\d+)?|{num})\s+)?"
            rf"(?P<unit>{unit})s"
        ),
    }
    return {name: re.compile(pattern) for name, pattern in raw.items()}


def _reference(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    refs = lexicon().timeml["references"]
    word = m["ref"]
    key = word if word in refs else f"the {word}"
    if key not in refs or (key.startswith("the ") and "the " not in ctx.text.lower()):
        return None
    return Normalised(anchored=False, rule="reference", timex_type="DATE", timex_value=refs[key])


def _year_from_rel(rel: str | None, ctx: Context) -> int | None:
    if ctx.dct_year is None:
        return None
    return ctx.dct_year + lexicon().relative.get(rel or "this", 0)


def _season(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    tm = lexicon().timeml
    if m["season"] == "fall" and not (m["rel"] or m["mod"] or m["y"]):
        return None  # the verb, or "the fall of Saigon"
    code = tm["seasons"][m["season"]]
    year = int(m["y"]) if m["y"] else _year_from_rel(m["rel"], ctx)
    if year is None:
        return Normalised(
            anchored=False, rule="season", timex_type="DATE", timex_value=f"XXXX-{code}"
        )
    first_month, length = tm["season_months"][code]
    if not m["y"] and not m["rel"] and ctx.dct is not None:
        current_start = date(year, first_month, 1)
        if ctx.tense == "past" and current_start > ctx.dct:
            year -= 1
        elif ctx.tense == "future" and add_months(current_start, length) <= ctx.dct:
            year += 1
    first = date(year, first_month, 1)
    last = add_months(first, length - 1)
    return Normalised(
        f"{year:04d}",
        "year",
        iso(first),
        iso(month_end(last.year, last.month)),
        rule="season",
        timex_type="DATE",
        timex_value=f"{year:04d}-{code}",
    )


def _quarter_value(year: int, quarter: int, rule: str) -> Normalised:
    first = date(year, 3 * quarter - 2, 1)
    last = month_end(year, 3 * quarter)
    return Normalised(
        f"{year:04d}",
        "year",
        iso(first),
        iso(last),
        rule=rule,
        timex_type="DATE",
        timex_value=f"{year:04d}-Q{quarter}",
    )


def _quarter(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    quarter = int(m["qn"]) if m["qn"] else lexicon().timeml["quarter_ordinals"][m["ord"]]
    year: int | None = None
    if m["rest"]:
        found = re.fullmatch(
            r"(?:the\s+)?(?:(\d{4})|(this|last|next|the)\s+(?:fiscal\s+)?year)", m["rest"]
        )
        if found is None:
            return None
        year = int(found.group(1)) if found.group(1) else _year_from_rel(found.group(2), ctx)
    elif ctx.dct is not None:
        year = ctx.dct.year
        current = (ctx.dct.month - 1) // 3 + 1
        if ctx.tense == "past" and quarter > current:
            year -= 1
        elif ctx.tense == "future" and quarter < current:
            year += 1
    if year is None:
        return Normalised(
            anchored=False, rule="quarter", timex_type="DATE", timex_value=f"XXXX-Q{quarter}"
        )
    return _quarter_value(year, quarter, "quarter")


def _relative_quarter(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    if ctx.dct is None:
        return Normalised(
            anchored=False, rule="relative-quarter", timex_type="DATE", timex_value="XXXX-QX"
        )
    index = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 + lexicon().relative[m["rel"]]
    return _quarter_value(index // 4, index % 4 + 1, "relative-quarter")


def _set(value: str, rule: str) -> Normalised:
    return Normalised(value, None, kind="set", rule=rule, timex_type="SET", timex_value=value)


def _set_every(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    lex = lexicon()
    if m["wd"]:
        return _set(f"XXXX-WXX-{lex.weekdays[m['wd']] + 1}", "set-weekday")
    if m["season"]:
        return _set(f"XXXX-{lex.timeml['seasons'][m['season']]}", "set-season")
    unit = lex.units[m["unit"]]
    amount = (2 if m["other"] else number(m["n"], lex) or 1) * unit.get("factor", 1)
    shown = int(amount) if float(amount).is_integer() else amount
    return _set(f"{'PT' if unit['time'] else 'P'}{shown}{unit['code']}", "set-every")


def _set_word(m: re.Match[str], ctx: Context, name: str) -> Normalised:
    return _set(lexicon().timeml["set_words"][m["word"]], "set-word")


def _frequency(m: re.Match[str], ctx: Context, name: str) -> Normalised:
    unit = lexicon().units[m["unit"]]
    amount = unit.get("factor", 1)
    return _set(f"{'PT' if unit['time'] else 'P'}{amount}{unit['code']}", "set-frequency")


def _vague_ago(m: re.Match[str], ctx: Context, name: str) -> Normalised:
    return Normalised(anchored=False, rule="vague-ago", timex_type="DATE", timex_value="PAST_REF")


def _clock_time(m: re.Match[str]) -> str | None:
    if m["named"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["named"]]
    if m["hm"] is not None:
        hour, minute = int(m["hm"]), int(m["mm"])
    elif m["ampm"] is None:
        if m["mi"] is None:
            return None
        hour, minute = int(m["h"]), int(m["mi"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if not 1 <= hour <= 12:
            return None
        if m["ampm"].startswith("p") and hour != 12:
            hour += 12
        elif m["ampm"].startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    utc = m["zone"] in ("utc", "gmt") and not re.search(r"[+-]\s*\d", m.group(0))
    return f"{hour:02d}:{minute:02d}{'Z' if utc else ''}"


def _clock(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    from storyline.time.timex import normalise_clean  # the day part goes through every rule

    clock = _clock_time(m)
    if clock is None:
        return None
    day: Normalised | None = None
    if m["rest"]:
        day = normalise_clean(m["rest"], ctx)
        if day.granularity != "day" and day.anchored:
            return None
    elif ctx.dct is not None:
        day = day_value(ctx.dct, "clock-dct")
    if day is None or day.value is None:
        return Normalised(
            anchored=False,
            kind="time",
            rule="clock",
            timex_type="TIME",
            timex_value=f"XXXX-XX-XXT{clock}",
        )
    return Normalised(
        day.value,
        "day",
        day.earliest,
        day.latest,
        kind="time",
        rule=f"clock/{day.rule}",
        timex_type="TIME",
        timex_value=f"{day.value}T{clock}",
    )


def _weekend(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    if ctx.dct is None or m["rel"] == "that":
        return Normalised(
            anchored=False, rule="weekend", timex_type="DATE", timex_value="XXXX-WXX-WE"
        )
    rel = m["rel"]
    if rel in ("last", "past") or (rel is None and ctx.tense == "past"):
        saturday = weekday_near(ctx.dct - timedelta(days=1), 5, "past")
    elif rel in ("next", "coming") and ctx.dct.weekday() < 5:
        saturday = weekday_near(ctx.dct, 5, "future") + timedelta(days=7)
    else:
        saturday = ctx.dct + timedelta(days=(5 - ctx.dct.weekday()) % 7)
        if ctx.dct.weekday() == 6:
            saturday = ctx.dct - timedelta(days=1)
    sunday = saturday + timedelta(days=1)
    return Normalised(
        iso_week(saturday),
        None,
        iso(saturday),
        iso(sunday),
        rule="weekend",
        timex_type="DATE",
        timex_value=f"{iso_week(saturday)}-WE",
    )


def _relative_month(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    month = lexicon().months[m["month"]]
    if ctx.dct is None:
        return unanchored("relative-month-name", month=month)
    year = ctx.dct.year
    if m["rel"] in ("last", "past", "previous") and month >= ctx.dct.month:
        year -= 1
    elif m["rel"] in ("next", "coming") and month <= ctx.dct.month:
        year += 1
    return month_value(year, month, "relative-month-name", None, lexicon())


def _period_ahead(m: re.Match[str], ctx: Context, name: str) -> Normalised:
    lex = lexicon()
    unit = lex.units[m["unit"]]
    prefix = "PT" if unit["time"] else "P"
    count = number(m["num"], lex)
    value = f"{prefix}X{unit['code']}"
    if count is not None and m["num"] not in lex.vague_counts:
        amount = count * unit.get("factor", 1)
        value = f"{prefix}{int(amount) if float(amount).is_integer() else amount}{unit['code']}"
    if ctx.dct is None or unit["time"]:
        return Normalised(
            anchored=False,
            kind="duration",
            rule="period-ahead",
            timex_type="DURATION",
            timex_value=value,
        )
    end = shift(ctx.dct, (count or 3) * unit.get("factor", 1), unit["code"])
    return Normalised(
        value,
        None,
        iso(ctx.dct),
        iso(end),
        kind="duration",
        rule="period-ahead",
        timex_type="DURATION",
        timex_value=value,
    )


def _holiday(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    month, day = lexicon().timeml["holidays"][m["name"]]
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct is None:
        return Normalised(
            anchored=False,
            rule="holiday",
            timex_type="DATE",
            timex_value=f"XXXX-{month:02d}-{day:02d}",
        )
    else:
        year = ctx.dct.year
        this_year = date(year, month, day)
        past = m["rel"] in ("last", "past") or (m["rel"] is None and ctx.tense == "past")
        if past and this_year > ctx.dct:
            year -= 1
        elif not past and m["rel"] in ("next", "coming") and this_year <= ctx.dct:
            year += 1
        elif not past and m["rel"] is None and ctx.tense == "future" and this_year < ctx.dct:
            year += 1
        elif m["rel"] is None and ctx.tense not in ("past", "future"):
            dct = ctx.dct
            year = min((year - 1, year, year + 1), key=lambda y: abs(date(y, month, day) - dct))
    return day_value(date(year, month, day), "holiday")


def _fiscal_year(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    if m["y"] or m["fy"]:
        written = m["y"] or m["fy"]
        year = int(written)
        if len(written) == 2:
            year += 2000 if year < 50 else 1900
    else:
        year = _year_from_rel(m["rel"], ctx)
    if year is None:
        return Normalised(
            anchored=False, rule="fiscal-year", timex_type="DATE", timex_value="FYXXXX"
        )
    return Normalised(
        f"{year:04d}",
        "year",
        f"{year - 1:04d}-01-01",
        f"{year:04d}-12-31",
        rule="fiscal-year",
        timex_type="DATE",
        timex_value=f"FY{year:04d}",
    )


def _century(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    number_ = int(m["n"])
    if not 1 <= number_ <= 22:
        return None
    first = (number_ - 1) * 100 + (number_ == 1)
    return Normalised(
        f"{number_ - 1:02d}",
        None,
        f"{first:04d}-01-01",
        f"{first + 99 - (number_ == 1):04d}-12-31",
        rule="century",
    )


def _last_night(m: re.Match[str], ctx: Context, name: str) -> Normalised:
    code = lexicon().parts_of_day[m["pod"]]
    if ctx.dct is None:
        return unanchored(f"last-night+{code}")
    return day_value(ctx.dct - timedelta(days=1), f"last-night+{code}")


def _half_year(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    half = 1 if m["half"] in ("first", "1st") else 2
    year = int(m["y"]) if m["y"] else _year_from_rel(m["rel"] if m["rel"] != "the" else None, ctx)
    if year is None:
        return Normalised(
            anchored=False, rule="half-year", timex_type="DATE", timex_value=f"XXXX-H{half}"
        )
    first = date(year, 1 if half == 1 else 7, 1)
    return Normalised(
        f"{year:04d}",
        "year",
        iso(first),
        iso(month_end(year, 6 if half == 1 else 12)),
        rule="half-year",
        timex_type="DATE",
        timex_value=f"{year:04d}-H{half}",
    )


def _part_of_period(m: re.Match[str], ctx: Context, name: str) -> Normalised | None:
    from storyline.time.timex import normalise_clean

    mod = m["mod"] if m["mod"] in lexicon().modifiers else None
    whole = normalise_clean(f"{mod or ''} this {m['unit']}".strip(), ctx)
    if whole.rule == "unrecognised":
        return None
    if m["mod"] in ("rest", "remainder") and ctx.dct is not None:
        whole = replace(whole, earliest=iso(ctx.dct))
    return replace(whole, rule=f"part-of-the-{m['unit']}")


RULES: tuple[tuple[str, SpecialRule], ...] = (
    ("reference", _reference),
    ("quarter", _quarter),
    ("relative_quarter", _relative_quarter),
    ("season", _season),
    ("set_every", _set_every),
    ("set_word", _set_word),
    ("frequency", _frequency),
    ("vague_ago", _vague_ago),
    ("clock", _clock),
    ("day_clock", _clock),
    ("weekend", _weekend),
    ("relative_month", _relative_month),
    ("holiday", _holiday),
    ("fiscal_year", _fiscal_year),
    ("century", _century),
    ("last_night", _last_night),
    ("half_year", _half_year),
    ("part_of_period", _part_of_period),
    ("period_ahead", _period_ahead),
)
