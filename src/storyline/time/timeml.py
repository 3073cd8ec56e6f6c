"""TIMEX3 (TimeML) annotations of a document: type and value as TimeML writes them.

The time stage keeps dates as values with bounds (for dating events); TimeML writes some of the
same expressions differently ("the past three years" is a DURATION ``P3Y``, "now" is
``PRESENT_REF``, "Tuesday morning" is a TIME ``2013-03-19TMO``, "2009-2010" is two DATEs).
``timex3_annotations`` gives the TimeML view over the same spans and normalisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from storyline.time.calendar import iso_week, lexicon, parse_iso, shift
from storyline.time.spans import NOT_TIME_RULES, Candidate, find_candidates
from storyline.time.timex import Normalised, normalise


@dataclass(frozen=True, slots=True)
class Timex3:
    """One TIMEX3 over the doc text."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str


_POD = re.compile(r"\+(MO|AF|EV|NI|MI)\b")


def timex3_value(norm: Normalised) -> tuple[str, str] | None:
    """TIMEX3 (type, value) of a normalised expression; None when it is not a time."""
    if norm.rule in NOT_TIME_RULES:
        return None
    if norm.timex_value is not None:
        return norm.timex_type or "DATE", norm.timex_value
    if norm.kind == "duration":
        return "DURATION", norm.value or "PXX"
    if norm.kind == "set":
        return "SET", norm.value or "XXXX"
    pod = _POD.search(norm.rule)
    if norm.value is None:
        if pod:
            return "TIME", f"XXXX-XX-XXT{pod.group(1)}"
        return "DATE", "XXXX-XX-XX"
    if pod and norm.granularity == "day":
        return "TIME", f"{norm.value}T{pod.group(1)}"
    if norm.kind == "time":
        return "TIME", norm.value
    return "DATE", norm.value


_YEAR_PAIR = re.compile(r"(\d{4})(\s*(?:[-–]|to|and|through|until)\s*)(\d{2}|\d{4})")


def _split_range(cand: Candidate, norm: Normalised, dct: str | None, tense: str) -> list[Timex3]:
    """ "2009-2010", "1950-53" and "2014 and 2016" are two TIMEX3s in TimeML."""
    match = _YEAR_PAIR.fullmatch(cand.text)
    if not match:
        return []
    first = match.group(1)
    second = match.group(3) if len(match.group(3)) == 4 else first[:2] + match.group(3)
    split = cand.start + match.end(2)
    return [
        Timex3(cand.start, cand.start + 4, first, "DATE", first),
        Timex3(split, cand.end, match.group(3), "DATE", second),
    ]


def timex3_for(cand: Candidate, dct: str | None) -> list[Timex3]:
    """The TIMEX3s of one candidate span (none, one, or two for a range)."""
    norm = normalise(cand.text, dct, cand.tense)
    found = timex3_value(norm)
    if found is None:
        return []
    parts = _split_range(cand, norm, dct, cand.tense)
    if parts:
        return parts
    if norm.rule == "relative-to-event":
        return _duration_part(cand, dct)
    start = cand.start + _leading_function_word(cand.text)
    text = cand.text[start - cand.start :]
    return [Timex3(start, cand.end, text, found[0], found[1])]


def _duration_part(cand: Candidate, dct: str | None) -> list[Timex3]:
    """ "two years after the war": TimeML marks the duration "two years" (the rest is a
    signal and an event); "a year earlier" with nothing after it is a DATE as a whole."""
    words = list(re.finditer(r"\S+", cand.text))
    for count in range(len(words) - 1, 0, -1):
        end = words[count - 1].end()
        norm = normalise(cand.text[:end], dct, cand.tense)
        if not (norm.kind == "duration" and norm.value):
            continue
        if count == len(words) - 1:
            value = _shifted(norm.value, dct, words[-1].group(0).lower().strip(".,"))
            return [Timex3(cand.start, cand.end, cand.text, "DATE", value)]
        return [Timex3(cand.start, cand.start + end, cand.text[:end], "DURATION", norm.value)]
    return []


def _shifted(duration: str, dct: str | None, direction: str) -> str:
    """ "a year earlier" from the DCT, at the unit's granularity (unknown when it cannot be)."""
    match = re.fullmatch(r"P(\d+)([DWMY])", duration)
    day = parse_iso(dct)
    if match is None or day is None or direction not in ("earlier", "before"):
        return "XXXX-XX-XX"
    amount, unit = int(match.group(1)), match.group(2)
    moved = shift(day, -amount, unit)
    if unit == "Y":
        return f"{moved.year:04d}"
    if unit == "M":
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit == "W":
        return iso_week(moved)
    return moved.isoformat()


# Words that stay outside a TIMEX3 extent ("since [March]", "until [Friday]").
_FUNCTION_WORD = re.compile(
    r"(?:since|until|till|from|by|through|of|before|after|between)\s+", re.IGNORECASE
)


def _leading_function_word(text: str) -> int:
    match = _FUNCTION_WORD.match(text)
    return match.end() if match and match.end() < len(text) else 0


def timex3_annotations(doc: Doc, dct: str | None) -> list[Timex3]:
    """Every TIMEX3 of the doc, in text order, normalised against ``dct`` (ISO) and tense.

    Expressions that refer back ("that day", "the next day", a bare "morning") take the day
    last mentioned before them (the DCT when none was).
    """
    found: list[Timex3] = []
    reference = dct if dct and re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct) else None
    for cand in find_candidates(doc):
        for timex in timex3_for(cand, dct):
            timex = _resolve_reference(timex, reference)
            day = re.match(r"\d{4}-\d{2}-\d{2}", timex.value)
            if day and timex.type in ("DATE", "TIME"):
                reference = day.group(0)
            found.append(timex)
    return found


_ANAPHORIC_DAY = re.compile(
    r"(?i)(?:that|the same|the next|the following|the previous)\s+(day|morning|night|evening)"
)
_DAY_OFFSETS = {"the next": 1, "the following": 1, "the previous": -1}


def _resolve_reference(timex: Timex3, reference: str | None) -> Timex3:
    """ "that day" / "the next day" / "morning" valued from the reference day."""
    if reference is None or not timex.value.startswith("XXXX-XX-XX"):
        return timex
    if timex.value.startswith("XXXX-XX-XXT"):
        return replace(timex, value=reference + timex.value[10:])
    match = _ANAPHORIC_DAY.search(timex.text)
    if match is None:
        return timex
    words = timex.text[: match.start(1)].strip().lower()
    moved = date.fromisoformat(reference) + timedelta(days=_DAY_OFFSETS.get(words, 0))
    word = match.group(1).lower()
    if word == "day":
        return replace(timex, value=moved.isoformat())
    code = lexicon().parts_of_day[word]
    return replace(timex, type="TIME", value=f"{moved.isoformat()}T{code}")
