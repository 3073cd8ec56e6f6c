"""HTML pages: main text through trafilatura, date through htmldate, offsets back to the raw HTML.

Each paragraph trafilatura extracts is looked up in the page's visible text (tags removed,
entities decoded, whitespace collapsed, every character remembering its raw offset). A kept
character gets an offset segment only where it is a verbatim copy of the raw HTML: text
split by inline tags gets several segments, characters that come from an entity or from
collapsed whitespace get none, and paragraphs that cannot be found in the page get none.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

import htmldate
import trafilatura

from storyline.clean.text_dump import (
    Unit,
    find_byline,
    load_rules,
    mark_patterns,
    mark_related_lists,
)
from storyline.records import CleanedText, DroppedBlock, OffsetSegment

_TOKEN = re.compile(
    r"<!--.*?-->|<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<[^>]*>|&#?\w+;|\s+|[^<&\s]+|[<&]",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|"
    r"figure|figcaption|blockquote|title|head|body|main|form|dd|dt|dl|hr|pre)\b",
    re.IGNORECASE,
)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSON_LD_DATE = re.compile(r'"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]+)"')
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE)


@dataclass(slots=True)
class VisibleText:
    """The page's visible text; ``offsets[i]`` is the raw offset of ``text[i]`` or -1."""

    text: str
    offsets: list[int]


def visible_text(raw: str) -> VisibleText:
    """Text of the page without markup; block elements become newlines."""
    chars: list[str] = []
    offsets: list[int] = []

    def emit(piece: str, offset: int) -> None:
        for i, ch in enumerate(piece):
            chars.append(ch)
            offsets.append(offset + i if offset >= 0 else -1)

    def space(offset: int) -> None:
        if chars and chars[-1] not in " \n":
            chars.append(" ")
            offsets.append(offset)

    for match in _TOKEN.finditer(raw):
        token, start = match.group(0), match.start()
        if token.startswith("<"):
            if _BLOCK_TAG.match(token) and chars:
                if chars[-1] == " ":
                    chars[-1], offsets[-1] = "\n", -1
                elif chars[-1] != "\n":
                    emit("\n", -1)
        elif token.startswith("&"):
            decoded = html_lib.unescape(token)
            if decoded.isspace():
                space(start)
            else:
                emit(decoded, start if len(decoded) == 1 else -1)
        elif token.isspace():
            space(start)
        else:
            emit(token, start)
    return VisibleText("".join(chars), offsets)


def _segments(text: str, clean_start: int, offsets: list[int], raw: str) -> list[OffsetSegment]:
    """Runs of ``text`` whose characters are consecutive verbatim copies of ``raw``."""
    segments: list[OffsetSegment] = []
    for i, (ch, raw_at) in enumerate(zip(text, offsets, strict=True)):
        exact = raw_at >= 0 and raw[raw_at] == ch
        if not exact:
            continue
        last = segments[-1] if segments else None
        if (
            last
            and last.clean_start + last.length == clean_start + i
            and (last.raw_start + last.length == raw_at)
        ):
            last.length += 1
        else:
            segments.append(OffsetSegment(clean_start + i, raw_at, 1))
    return segments


def _extract(raw: str) -> trafilatura.settings.Document | None:
    """trafilatura's precision-leaning default, then its recall mode when that finds nothing."""
    for favor_recall in (False, True):
        result = trafilatura.bare_extraction(
            raw, include_comments=False, with_metadata=True, favor_recall=favor_recall
        )
        if result is not None and (result.text or "").strip():
            return result
    return None


def find_html_date(raw: str, crawled: str | None = None) -> tuple[str | None, str | None]:
    """Publication date by htmldate (no extensive search, never after ``crawled``) and its field."""
    latest = _crawl_day(crawled)
    date = htmldate.find_date(
        raw, extensive_search=False, original_date=True, **({"max_date": latest} if latest else {})
    )
    if not date:
        return None, None
    for tag in _META.findall(raw):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) for m in _ATTR.finditer(tag)
        }
        content = attrs.get("content", "")
        if date in content:
            name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "?"
            return date, f'htmldate: <meta {name}="{content}">'
    for field, value in _JSON_LD_DATE.findall(raw):
        if date in value:
            return date, f"htmldate: JSON-LD {field} {value}"
    for value in _TIME_TAG.findall(raw):
        if date in value:
            return date, f'htmldate: <time datetime="{value}">'
    return date, "htmldate: page text or URL (no metadata field names this date)"


def _chrome(page: VisibleText, used: list[tuple[int, int]]) -> list[Unit]:
    """Visible lines outside the kept paragraphs that match a boilerplate pattern."""
    units: list[Unit] = []
    pos = 0
    for line in page.text.split("\n"):
        stripped = line.strip()
        begin = pos + line.find(stripped) if stripped else pos
        pos += len(line) + 1
        if not stripped or any(a < begin + len(stripped) and begin < b for a, b in used):
            continue
        raw_points = [o for o in page.offsets[begin : begin + len(stripped)] if o >= 0]
        if raw_points:
            units.append(Unit(raw_points[0], raw_points[-1] + 1, stripped))
    rules = load_rules()
    mark_patterns(units, rules)
    mark_related_lists(units, rules)
    return [unit for unit in units if unit.kind]


def _locate(page: VisibleText, piece: str, kind: str) -> list[DroppedBlock]:
    """A dropped block for the first place ``piece`` appears in the visible text, if any."""
    found = page.text.find(piece)
    raw_points = (
        [o for o in page.offsets[found : found + len(piece)] if o >= 0] if found >= 0 else []
    )
    if not raw_points:
        return []
    return [DroppedBlock(kind, raw_points[0], raw_points[-1] + 1, piece)]


def _crawl_day(crawled: str | None) -> str | None:
    """The ISO day of a crawl timestamp, or None when there is none or it is not a date."""
    if not crawled or not re.match(r"\d{4}-\d{2}-\d{2}", crawled):
        return None
    return crawled[:10]


def clean_html(raw: str, crawled: str | None = None) -> CleanedText:
    """Main text, title, author, date and raw offset map of an HTML page."""
    result = _extract(raw)
    html_date, evidence = find_html_date(raw, crawled)
    if result is None:
        return CleanedText("", None, None, [], [], html_date, evidence)
    page = visible_text(raw)
    title = (result.title or "").strip() or None
    paragraphs: list[str] = []
    segments: list[OffsetSegment] = []
    dropped: list[DroppedBlock] = []
    used: list[tuple[int, int]] = []
    seen: set[str] = set()
    cursor = 0
    clean_len = 0
    for line in (result.text or "").split("\n"):
        paragraph = " ".join(line.split())
        if not paragraph:
            continue
        found = page.text.find(paragraph, cursor)
        if found < 0:
            found = page.text.find(paragraph)
        kind = "title" if title and paragraph == " ".join(title.split()) else ""
        kind = kind or ("duplicate" if paragraph in seen else "")
        seen.add(paragraph)
        if found >= 0:
            used.append((found, found + len(paragraph)))
            cursor = found + len(paragraph)
        if kind:
            raw_points = [o for o in page.offsets[found : found + len(paragraph)] if o >= 0]
            if found >= 0 and raw_points:
                dropped.append(DroppedBlock(kind, raw_points[0], raw_points[-1] + 1, paragraph))
            continue
        clean_start = clean_len + (2 if paragraphs else 0)
        if found >= 0:
            offsets = page.offsets[found : found + len(paragraph)]
            segments.extend(_segments(paragraph, clean_start, offsets, raw))
        paragraphs.append(paragraph)
        clean_len = clean_start + len(paragraph)
    if title and not any(block.kind == "title" for block in dropped):
        dropped.extend(_locate(page, " ".join(title.split()), "title"))
    chrome = _chrome(page, used)
    dropped.extend(DroppedBlock(u.kind, u.start, u.end, u.text) for u in chrome)
    dropped.sort(key=lambda block: block.raw_start)
    return CleanedText(
        text="\n\n".join(paragraphs),
        title=title,
        byline=find_byline(chrome, load_rules()) or (result.author or "").strip() or None,
        segments=segments,
        dropped=dropped,
        html_date=html_date,
        html_date_evidence=evidence,
    )
