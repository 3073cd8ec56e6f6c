"""The document creation time (publication date) of one article, with its evidence.

``find_published`` is the one fallback cascade; the evidence string names the step and the
text that gave the date. Dates in copyright lines, crawl stamps, "updated" lines and
related-story entries of other stories are never taken as the publication date; photo
captions, related-story lists and past-tense years of the body only bound it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from storyline.records import CleanedText, DroppedBlock, PublishedDate
from storyline.time.calendar import (
    alternation,
    lexicon,
    parse_iso,
    period_bounds,
    years_with_weekday,
)
from storyline.time.timex import Normalised, normalise

LEAD_WINDOW = 160  # characters of the body searched for a dateline


@dataclass(frozen=True, slots=True)
class BodyDate:
    """A time expression of the body as written, with the tense of its clause."""

    text: str
    tense: str


@dataclass(slots=True)
class _Bounds:
    lower: date | None = None
    upper: date | None = None
    lower_why: str = ""
    upper_why: str = ""
    notes: list[str] = field(default_factory=list)

    def raise_lower(self, day: date, why: str) -> None:
        if self.lower is None or day > self.lower:
            self.lower, self.lower_why = day, why

    def drop_upper(self, day: date, why: str) -> None:
        if self.upper is None or day < self.upper:
            self.upper, self.upper_why = day, why


@cache
def _full_date_pattern() -> re.Pattern[str]:
    lex = lexicon()
    month = alternation({w.capitalize() for w in lex.months} | set(lex.months))
    weekday = alternation({w.capitalize() for w in lex.weekdays} | set(lex.weekdays))
    return re.compile(
        rf"(?:(?:{weekday}),?\s+)?(?:(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}\s+(?:{month})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
        rf"|(?:{month})\.?,?\s+\d{{4}}"
    )


@cache
def _ignored_line() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lexicon().dct["ignore_line_patterns"])


def explicit_dates(text: str) -> list[tuple[str, Normalised]]:
    """Dates with a year written out in a line ("October 24, 2000", "2018-10-07", "Aug 2018")."""
    found = []
    for match in _full_date_pattern().finditer(text):
        norm = normalise(match.group(0), None, "past")
        if norm.value is not None and norm.granularity in ("day", "month"):
            found.append((match.group(0), norm))
    return found


def _is_ignored(text: str) -> bool:
    return any(p.search(text) for p in _ignored_line())


def _before_ignored(text: str) -> str:
    """The text before the first note that never gives a publication date ("Updated ...",
    "Copyright ...")."""
    cut = min((m.start() for p in _ignored_line() if (m := p.search(text))), default=len(text))
    return text[:cut]


def _published(norm: Normalised, confidence: float, evidence: str) -> PublishedDate:
    return PublishedDate(
        value=norm.value,
        granularity=norm.granularity,  # type: ignore[arg-type]
        confidence=confidence,
        evidence=evidence,
        earliest=norm.earliest,
        latest=norm.latest,
    )


def _parse_loose(value: str) -> Normalised | None:
    value = value.strip()
    iso = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value)
    norm = normalise(iso.group(0) if iso else value, None, "past")
    return norm if norm.value is not None and norm.granularity else None


# ------------------------------------------------------------------ cascade steps
def from_meta(meta: Mapping[str, str] | None) -> PublishedDate | None:
    """A date given with the input (a JSONL row's "published"/"date"/"pubdate")."""
    conf = lexicon().dct["confidence"]["meta"]
    for key in lexicon().dct["meta_keys"]:
        raw = (meta or {}).get(key)
        norm = _parse_loose(raw) if raw else None
        if norm is not None:
            return _published(norm, conf, f"input metadata '{key}': {raw}")
    return None


def from_html(cleaned: CleanedText) -> PublishedDate | None:
    """The date the HTML metadata gives (found by the clean stage)."""
    norm = _parse_loose(cleaned.html_date) if cleaned.html_date else None
    if norm is None:
        return None
    why = cleaned.html_date_evidence or "HTML metadata"
    return _published(norm, lexicon().dct["confidence"]["html"], f"HTML date: {why}")


_DATELINE_END = re.compile(r"\s*\)?\s*(?:\([A-Za-z][\w .&/-]{0,40}\)\s*)?(?:-{1,2}|—|–|:)")


def from_dateline(cleaned: CleanedText) -> PublishedDate | None:
    """A dated byline/dateline block, or a dateline at the very start of the body."""
    conf = lexicon().dct["confidence"]["dateline"]
    kinds = set(lexicon().dct["dateline_kinds"])
    lines = [b.text for b in cleaned.dropped if b.kind in kinds]
    if cleaned.byline:
        lines.append(cleaned.byline)
    for line in lines:
        # "Posted April 27, 2018 | Updated April 27, 2018 8:05 p.m.": the part before the
        # update (or copyright) note
        kept = _before_ignored(line)
        for text, norm in explicit_dates(kept):
            return _published(norm, conf, f"byline/dateline date '{text}' in '{line.strip()}'")
    lead = cleaned.text[:LEAD_WINDOW]
    for text, norm in explicit_dates(lead):
        end = lead.find(text) + len(text)
        # "VIENNA, June 5, 2021 (AP) —": the agency's name may come before the dash
        if _DATELINE_END.match(lead[end:]) and not _is_ignored(lead[:end]):
            return _published(norm, conf, f"dateline at the start of the body: '{text}'")
    return None


def _norm_title(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def from_related_title(cleaned: CleanedText) -> PublishedDate | None:
    """A related-story entry whose headline is the document's own title, and its date."""
    if not cleaned.title:
        return None
    title = _norm_title(cleaned.title)
    related = [b for b in cleaned.dropped if b.kind in lexicon().dct["related_kinds"]]
    for index, block in enumerate(related):
        if not title or not _norm_title(block.text).startswith(title):
            continue
        dates = explicit_dates(block.text)
        if not dates and index + 1 < len(related):
            following = related[index + 1]
            if following.raw_start - block.raw_end < 8 and _date_only(following.text):
                dates = explicit_dates(following.text)
        if dates:
            text, norm = dates[0]
            conf = lexicon().dct["confidence"]["related_title"]
            return _published(
                norm, conf, f"related-story entry repeating the title is dated '{text}'"
            )
    return None


def _date_only(text: str) -> bool:
    dates = explicit_dates(text)
    return len(dates) == 1 and len(text.strip()) <= len(dates[0][0]) + 3


def collect_bounds(cleaned: CleanedText, body: Sequence[BodyDate]) -> _Bounds:
    """Lower/upper bounds on publication from captions, related lists and the body's dates."""
    settings = lexicon().dct
    bounds = _Bounds()
    for block in _usable_blocks(cleaned.dropped):
        if block.kind in settings["lower_bound_kinds"]:
            for text, norm in explicit_dates(block.text):
                day = parse_iso(norm.earliest)
                if day:
                    bounds.raise_lower(day, f"photo caption dated '{text}'")
        elif block.kind in settings["related_kinds"] and _date_only(block.text):
            text, norm = explicit_dates(block.text)[0]
            day = parse_iso(norm.earliest)
            if day:
                bounds.raise_lower(day, f"related-story list dated '{text}'")
    for item in body:
        norm = normalise(item.text, None, item.tense)
        if norm.value is None or not norm.anchored or norm.kind != "date" or not norm.earliest:
            continue
        period = (parse_iso(norm.earliest), parse_iso(norm.latest))
        if item.tense == "past" and period[0]:
            bounds.raise_lower(period[0], f"past-tense date in the body '{item.text}'")
        elif item.tense == "future" and period[1]:
            bounds.drop_upper(period[1], f"future-tense date in the body '{item.text}'")
    return bounds


def _usable_blocks(dropped: Sequence[DroppedBlock]) -> list[DroppedBlock]:
    ignored = set(lexicon().dct["ignored_kinds"])
    return [b for b in dropped if b.kind not in ignored and not _is_ignored(b.text)]


def _fix_year(norm: Normalised, bounds: _Bounds) -> date | None:
    """The date of a weekday-and-date with no year, chosen inside the bounds."""
    gap = int(lexicon().dct["max_year_gap"])
    if norm.month is None or norm.day is None or norm.weekday is None:
        return None
    if bounds.lower is not None:
        first = bounds.lower.year
        last = min(first + gap, bounds.upper.year if bounds.upper else first + gap)
        years = years_with_weekday(norm.month, norm.day, norm.weekday, first, last)
        return date(years[0], norm.month, norm.day) if years else None
    if bounds.upper is not None:
        years = years_with_weekday(
            norm.month, norm.day, norm.weekday, bounds.upper.year - gap, bounds.upper.year
        )
        years = [y for y in years if date(y, norm.month, norm.day) <= bounds.upper]
        return date(years[-1], norm.month, norm.day) if years else None
    return None


def infer_from_body(body: Sequence[BodyDate], bounds: _Bounds) -> PublishedDate | None:
    """Weekday-and-date references fixed to a year by the bounds; DCT = latest past date."""
    settings = lexicon().dct
    fixed: list[tuple[date, str]] = []
    weekday_refs = 0
    for item in body:
        norm = normalise(item.text, None, item.tense)
        weekday_refs += norm.weekday is not None
        if item.tense == "future":
            continue
        day = _fix_year(norm, bounds)
        if day is not None:
            fixed.append((day, f"'{item.text}' falls on that weekday in {day.year}"))
        elif norm.granularity == "day" and norm.value and norm.rule == "explicit-date":
            fixed.append((date.fromisoformat(norm.value), f"explicit date '{item.text}'"))
    if not fixed or not weekday_refs:
        return None
    day, why = max(fixed)
    if bounds.lower is not None and bounds.lower > day:
        day, why = bounds.lower, bounds.lower_why
    lag = timedelta(days=int(settings["publication_lag_days"]))
    latest = day + lag
    if bounds.upper is not None and bounds.upper < latest:
        latest = max(day, bounds.upper)
    evidence = f"latest past date of a daily news story: {why}"
    if bounds.lower_why:
        evidence += f"; year bounded below by {bounds.lower_why}"
    return PublishedDate(
        value=day.isoformat(),
        granularity="day",
        confidence=settings["confidence"]["latest_past_date"],
        evidence=evidence,
        earliest=day.isoformat(),
        latest=latest.isoformat(),
    )


def _bounds_only(bounds: _Bounds) -> PublishedDate:
    parts = [why for why in (bounds.lower_why, bounds.upper_why) if why]
    evidence = "no date evidence" + (f" (bounded by {'; '.join(parts)})" if parts else "")
    return PublishedDate(
        evidence=evidence,
        earliest=bounds.lower.isoformat() if bounds.lower else None,
        latest=bounds.upper.isoformat() if bounds.upper else None,
    )


def _with_period(found: PublishedDate) -> PublishedDate:
    period = period_bounds(found.value) if found.value else None
    if period and found.earliest is None:
        found.earliest, found.latest = period[0].isoformat(), period[1].isoformat()
    return found


def find_published(
    cleaned: CleanedText,
    meta: Mapping[str, str] | None = None,
    body: Sequence[BodyDate] = (),
) -> PublishedDate:
    """The publication date: metadata, HTML date, dateline, related-title entry, inference.

    ``body`` lists the time expressions of the clean text with their clause tense.
    """
    for step in (from_meta(meta), from_html(cleaned), from_dateline(cleaned)):
        if step is not None:
            return _with_period(step)
    related = from_related_title(cleaned)
    if related is not None:
        return _with_period(related)
    bounds = collect_bounds(cleaned, body)
    inferred = infer_from_body(body, bounds)
    return inferred if inferred is not None else _bounds_only(bounds)
