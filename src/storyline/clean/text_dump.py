"""Plain-text page dumps: keep the article body, drop page chrome, keep a raw offset map.

A dump is read as a sequence of units, one per non-empty line (a hard-wrapped paragraph is
joined into one unit). Units are labelled in passes, each only touching units still open:

1. line patterns of ``data/boilerplate.yaml`` (navigation, crawl stamps, media, captions, ...);
2. "read next"/"related" blocks, dropped to the end of the block, or of the page when the
   header comes after most of the body;
3. related-story lists: runs of headline lines paired with date-only lines; other date-only
   lines are the page's own date stamp (kind ``byline``, like "Posted ... | Updated ...");
4. caption pairs: a short line repeated as the start of the next line;
5. repeated paragraphs: every later copy of a paragraph;
6. the body block: the densest run of prose units (sentence-like lines); the title is the
   title-like unit nearest before it; open units before it are navigation or headline lists,
   open units after it are footer; open non-prose units inside it are kept as subheads unless
   they sit in a cluster of chrome (then they take the cluster's kind).

Every dropped unit becomes one ``DroppedBlock`` (one per line, in raw order of the units).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from storyline.datafiles import load_packaged
from storyline.records import CleanedText, DroppedBlock, OffsetSegment

_WORD = re.compile(r"\S+")
_CLUSTER_KINDS = ("media", "caption", "promo", "navigation", "byline", "credit", "crawl")


@dataclass(slots=True)
class Unit:
    """One candidate paragraph: a non-empty line (or a hard-wrapped run of lines)."""

    start: int  # raw offset of the first non-space character
    end: int  # raw offset after the last non-space character
    text: str  # raw[start:end]
    kind: str = ""  # "" while open, "body" when kept, else a DroppedBlock kind

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled rules from ``data/boilerplate.yaml``."""

    limits: dict[str, int]
    sentence_end: re.Pattern[str]
    line_kinds: tuple[tuple[str, int, tuple[re.Pattern[str], ...]], ...]
    read_next: tuple[re.Pattern[str], ...]
    read_next_max_words: int
    byline: tuple[re.Pattern[str], ...]
    date_line: tuple[re.Pattern[str], ...]


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


@cache
def load_rules() -> Rules:
    """The boilerplate rules of the packaged data file (cached)."""
    data: dict[str, Any] = load_packaged("boilerplate.yaml")
    return Rules(
        limits=dict(data["thresholds"]),
        sentence_end=re.compile(data["sentence_end"]),
        line_kinds=tuple(
            (entry["kind"], int(entry["max_words"]), _compile(entry["patterns"]))
            for entry in data["line_kinds"]
        ),
        read_next=_compile(data["read_next"]["patterns"]),
        read_next_max_words=int(data["read_next"]["max_words"]),
        byline=_compile(data["byline"]),
        date_line=_compile(data["date_line"]),
    )


# --------------------------------------------------------------------------- units
def _blocks(raw: str) -> list[list[tuple[int, int]]]:
    """Stripped (start, end) spans of non-empty lines, grouped into blank-line-separated blocks."""
    blocks: list[list[tuple[int, int]]] = [[]]
    pos = 0
    for line in raw.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            blocks[-1].append((start, start + len(stripped)))
        elif blocks[-1]:
            blocks.append([])
        pos += len(line)
    return [block for block in blocks if block]


def _hard_wrapped(raw: str, block: list[tuple[int, int]], rules: Rules) -> bool:
    """A block of three or more lines cut at a near-constant width is one wrapped paragraph."""
    if len(block) < 3:
        return False
    widths = [end - start for start, end in block[:-1]]
    if min(widths) < rules.limits["wrap_min_chars"] or max(widths) > rules.limits["wrap_max_chars"]:
        return False
    ends = sum(1 for start, end in block[:-1] if rules.sentence_end.search(raw[start:end]))
    return max(widths) - min(widths) <= 20 and ends * 2 <= len(widths)


def split_units(raw: str, rules: Rules) -> list[Unit]:
    """Candidate paragraphs of ``raw``: one per non-empty line, wrapped lines joined."""
    units: list[Unit] = []
    for block in _blocks(raw):
        if _hard_wrapped(raw, block, rules):
            start, end = block[0][0], block[-1][1]
            units.append(Unit(start, end, raw[start:end]))
            continue
        first = len(units)
        for start, end in block:
            last = units[-1] if len(units) > first else None
            if last and _continues(last.text, raw[start:end], rules):
                last.end = end
                last.text = raw[last.start : end]
            else:
                units.append(Unit(start, end, raw[start:end]))
    return units


def _continues(previous: str, current: str, rules: Rules) -> bool:
    """True when ``current`` is the wrapped continuation of ``previous``."""
    return (
        len(previous) >= rules.limits["wrap_min_chars"]
        and not rules.sentence_end.search(previous)
        and current[0].islower()
    )


def is_prose(unit: Unit, rules: Rules) -> bool:
    """Sentence-like: ends in terminal punctuation with enough words, or is long."""
    words = unit.words
    if words >= rules.limits["prose_long_words"]:
        return True
    return words >= rules.limits["prose_min_words"] and bool(rules.sentence_end.search(unit.text))


def _title_like(unit: Unit, rules: Rules, min_words: int) -> bool:
    words = unit.words
    return (
        min_words <= words <= rules.limits["title_max_words"]
        and not unit.text.endswith(".")
        and (unit.text[0].isupper() or unit.text[0].isdigit() or unit.text[0] in "\"'“‘")
    )


def _is_date_line(unit: Unit, rules: Rules) -> bool:
    return any(p.search(unit.text) for p in rules.date_line)


# --------------------------------------------------------------------------- passes
def mark_patterns(units: list[Unit], rules: Rules) -> None:
    """Label units whose whole line matches a boilerplate pattern."""
    for unit in units:
        words = unit.words
        for kind, max_words, patterns in rules.line_kinds:
            if words <= max_words and any(p.search(unit.text) for p in patterns):
                unit.kind = kind
                break


def mark_read_next(units: list[Unit], raw: str, rules: Rules) -> None:
    """Drop "read next"/"related" blocks: to the block's end, or the page's end after the body."""
    for i, unit in enumerate(units):
        if unit.words > rules.read_next_max_words or unit.kind:
            continue
        if not any(p.search(unit.text) for p in rules.read_next):
            continue
        prose_before = sum(len(u.text) for u in units[:i] if is_prose(u, rules))
        prose_after = sum(len(u.text) for u in units[i + 1 :] if is_prose(u, rules) and not u.kind)
        unit.kind = "related"
        if prose_after <= prose_before:
            for later in units[i + 1 :]:
                later.kind = later.kind or "related"
            return
        for previous, later in zip(units[i:], units[i + 1 :], strict=False):
            if "\n" in raw[previous.end : later.start].replace("\n", "", 1):
                break  # a blank line ends the block
            later.kind = later.kind or "related"


def mark_related_lists(units: list[Unit], rules: Rules) -> None:
    """Label runs of (headline, date line) pairs as related-story lists."""
    pairs: list[tuple[int, int]] = []
    for i, unit in enumerate(units):
        if i and _is_date_line(unit, rules):
            head = units[i - 1]
            if not is_prose(head, rules) and head.words <= rules.limits["title_max_words"]:
                pairs.append((i - 1, i))
    runs: list[list[tuple[int, int]]] = []
    for pair in pairs:
        if runs and pair[0] - runs[-1][-1][1] <= 2:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    for run in runs:
        if len(run) >= rules.limits["related_min_pairs"]:
            for head, date in run:
                for index in range(head, date + 1):
                    units[index].kind = "related"


def mark_date_stamps(units: list[Unit], rules: Rules) -> None:
    """Open date-only lines (outside related lists) are the page's date stamp: byline kind."""
    for unit in units:
        if not unit.kind and _is_date_line(unit, rules):
            unit.kind = "byline"


def mark_caption_pairs(units: list[Unit], rules: Rules) -> None:
    """A short line that the next line repeats and extends is a caption title + caption."""
    for first, second in zip(units, units[1:], strict=False):
        if first.kind or second.words > rules.limits["caption_max_words"]:
            continue
        if len(second.text) > len(first.text) and second.text.startswith(first.text):
            if not is_prose(first, rules):
                first.kind = "caption"
                second.kind = second.kind or "caption"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def mark_duplicates(units: list[Unit], rules: Rules) -> None:
    """Every later copy of an open paragraph is a duplicate; the first copy stays open."""
    seen: set[str] = set()
    for unit in units:
        if unit.kind or unit.words < rules.limits["duplicate_min_words"]:
            continue
        key = _norm(unit.text)
        if key in seen:
            unit.kind = "duplicate"
        seen.add(key)


def find_body(units: list[Unit], rules: Rules) -> tuple[int, int] | None:
    """Index range [first, last] of the densest run of open prose units, or None."""
    prose = [i for i, u in enumerate(units) if not u.kind and is_prose(u, rules)]
    if not prose:
        return None
    runs: list[list[int]] = [[prose[0]]]
    for index in prose[1:]:
        gap = index - runs[-1][-1] - 1
        if gap <= rules.limits["body_max_gap"]:
            runs[-1].append(index)
        else:
            runs.append([index])
    best = max(runs, key=lambda run: sum(len(units[i].text) for i in run))
    # Short sentence-like lines (headlines ending in "?" or "!") above a headline-like line
    # do not start the body: it starts at the first long paragraph after that headline.
    long_at = next((i for i in best if units[i].words >= rules.limits["lead_min_words"]), best[0])
    between = units[best[0] : long_at]
    if any(
        not u.kind
        and not is_prose(u, rules)
        and _title_like(u, rules, rules.limits["title_min_words"])
        for u in between
    ):
        best = [i for i in best if i >= long_at]
    return best[0], best[-1]


def label_regions(units: list[Unit], first: int, last: int, rules: Rules) -> None:
    """Title, headline lists and navigation before the body; footer after; subheads inside."""
    for i in range(first - 1, -1, -1):
        if not units[i].kind and _title_like(units[i], rules, rules.limits["title_min_words"]):
            units[i].kind = "title"
            break
    for unit in units[:first]:
        if not unit.kind:
            headline = _title_like(unit, rules, rules.limits["headline_min_words"])
            unit.kind = "headline_list" if headline else "navigation"
    for unit in units[last + 1 :]:
        unit.kind = unit.kind or "footer"
    inside = units[first : last + 1]
    cluster: list[Unit] = []
    for unit in [*inside, None]:
        if unit is not None and (unit.kind or not is_prose(unit, rules)):
            cluster.append(unit)
            continue
        chrome = next((u.kind for u in cluster if u.kind in _CLUSTER_KINDS), "")
        for member in cluster:
            member.kind = member.kind or chrome or "body"
        cluster = []
        if unit is not None:
            unit.kind = "body"


def find_byline(units: list[Unit], rules: Rules) -> str | None:
    """The author name from the first byline unit, when one names somebody."""
    for unit in units:
        if unit.kind != "byline":
            continue
        for pattern in rules.byline:
            match = pattern.search(unit.text)
            if match and match.group("name").strip():
                return match.group("name").strip()
    return None


# --------------------------------------------------------------------------- output
def assemble(raw: str, kept: list[tuple[int, int]]) -> tuple[str, list[OffsetSegment]]:
    """Join raw spans with blank lines; one offset segment per span."""
    parts: list[str] = []
    segments: list[OffsetSegment] = []
    cursor = 0
    for start, end in kept:
        if parts:
            cursor += 2
        parts.append(raw[start:end])
        segments.append(OffsetSegment(clean_start=cursor, raw_start=start, length=end - start))
        cursor += end - start
    return "\n\n".join(parts), segments


def clean_text_dump(raw: str) -> CleanedText:
    """Body paragraphs, title, byline and dropped chrome of a plain-text page dump."""
    rules = load_rules()
    units = split_units(raw, rules)
    mark_patterns(units, rules)
    mark_read_next(units, raw, rules)
    mark_related_lists(units, rules)
    mark_date_stamps(units, rules)
    mark_caption_pairs(units, rules)
    mark_duplicates(units, rules)
    body = find_body(units, rules)
    if body is None:
        for unit in units:
            unit.kind = unit.kind or "navigation"
    else:
        label_regions(units, body[0], body[1], rules)
    title = next((u.text for u in units if u.kind == "title"), None)
    text, segments = assemble(raw, [(u.start, u.end) for u in units if u.kind == "body"])
    dropped = [DroppedBlock(u.kind, u.start, u.end, u.text) for u in units if u.kind != "body"]
    return CleanedText(
        text=text,
        title=title,
        byline=find_byline(units, rules),
        segments=segments,
        dropped=dropped,
    )
