"""Direct quotations: the quoted words, where they are, and who the text says spoke them.

Marks: curly (“ ” ‘ ’), straight (" ') and angle (« ») quotes; quotations split by a
reporting clause (each part is its own record); quotations that run over several
paragraphs (the paragraph ends without a closing mark and the next opens again): one
record whose parts share the attribution found for any of them.

Attribution, first that applies (``Attribution.rule`` records which):
``governing`` — reporting verbs (or "according to") that govern the quoted words in the
parse, outside any quotation; several that name different speakers give no speaker.
``after`` / ``before`` — a reporting clause next to the marks (`"...," Lee said`,
`Lee said: "..."`). ``previous-sentence`` / ``previous-paragraph`` — a quotation that
stands alone takes the speaker of the reporting clause that introduced it, in the
sentence just before it or, when the whole paragraph is the quotation, in the last
sentence of the previous paragraph. ``next-sentence`` — failing that, the sentence after it names
the speaker (``following.py``: "Lee made the remarks at a rally").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.annotate import token_starts
from storyline.quotes.speaker import (
    MentionIndex,
    SpeechCues,
    phrase_source,
    speaker_of,
    through_channel,
)
from storyline.records import Quote

_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_STRAIGHT_DOUBLE = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_STRAIGHT_SINGLE = "'"
_OPEN_CONTEXT = " \t([{—–-/" + _DOUBLE_OPEN + _STRAIGHT_DOUBLE
_MAX_SINGLE = 300  # longest plausible single-quoted span inside one paragraph
_TRAILING = " \t,;"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words at ``[start, end)`` of the text, with the marks that enclose them."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ended first
    group: int  # parts of one quotation (split or over paragraphs) share a group
    paragraph: int  # index of the paragraph (non-empty line) the span is in


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: the non-empty lines of the text."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _can_open(text: str, i: int, start: int) -> bool:
    return i == start or text[i - 1] in _OPEN_CONTEXT


def _can_close(text: str, i: int, end: int) -> bool:
    return i + 1 >= end or not text[i + 1].isalnum()


def _double_spans(text: str, start: int, end: int) -> tuple[list[tuple[int, int | None]], bool]:
    """(open, close) mark pairs of double quotes in one paragraph; close None if left open."""
    spans: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch in _DOUBLE_OPEN:
            if open_at is None:
                open_at = i
        elif ch in _DOUBLE_CLOSE:
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
        elif ch == _STRAIGHT_DOUBLE:
            if open_at is None:
                if _can_open(text, i, start) or not _can_close(text, i, end):
                    open_at = i
            else:
                spans.append((open_at, i))
                open_at = None
    if open_at is not None:
        spans.append((open_at, None))
    return spans, open_at is not None


def _single_spans(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Single-quoted spans outside double quotes; apostrophes are not mistaken for marks."""

    def inside(i: int) -> bool:
        return any(a <= i <= b for a, b in taken)

    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if (
            ch in (_SINGLE_OPEN, _STRAIGHT_SINGLE)
            and not inside(i)
            and _can_open(text, i, start)
            and i + 1 < end
            and text[i + 1].isalnum()
        ):
            for j in range(i + 2, min(end, i + _MAX_SINGLE)):
                if inside(j):
                    break
                if (
                    text[j] in (_SINGLE_CLOSE, _STRAIGHT_SINGLE)
                    and not text[j - 1].isspace()
                    and _can_close(text, j, end)
                ):
                    spans.append((i, j))
                    i = j
                    break
        i += 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text`` in reading order (words only, marks excluded)."""
    result: list[QuoteSpan] = []
    group = -1
    carried = False  # the previous paragraph ended inside a quotation
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        doubles, left_open = _double_spans(text, p_start, p_end)
        closed = [(a, b if b is not None else p_end) for a, b in doubles]
        pairs: list[tuple[int, int | None]] = list(doubles)
        pairs += _single_spans(text, p_start, p_end, closed)
        pairs.sort()
        starts_with_mark = bool(pairs) and text[p_start : pairs[0][0]].strip() == ""
        for n, (open_mark, close_mark) in enumerate(pairs):
            stop = close_mark if close_mark is not None else p_end
            start, end = _trim(text, open_mark + 1, stop)
            if not any(ch.isalpha() for ch in text[start:end]):
                continue
            if not (n == 0 and carried and starts_with_mark):
                group += 1
            result.append(QuoteSpan(start, end, open_mark, close_mark, group, p_index))
        carried = left_open
    return result


# --------------------------------------------------------------------------- attribution
_WINDOW = 30  # tokens searched on each side of the marks for an adjacent reporting clause
_SENTENCE_END = frozenset({".", "?", "!"})
_STANDALONE_AFTER = re.compile(r"^[\s.!?…]*(?:$|[\"“‘'«A-Z])")
_SENTENCE_DONE = re.compile(r"(?:^|[.!?…][\"”’')\]]*)\s*$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quotation is attributed to, by which cue, and which rule found it."""

    speaker: str | None
    cue: str
    rule: str


class _Context:
    """One document's tokens, quotations and paragraphs, for attribution."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], index: MentionIndex, cues: SpeechCues):
        self.doc = doc
        self.spans = spans
        self.index = index
        self.cues = cues
        self.paragraphs = paragraphs(doc.text)
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.para_starts = [start for start, _ in self.paragraphs]
        self.token_starts = token_starts(doc)
        self.quoted = quoted_mask(doc, spans)

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def paragraph_of(self, token: Token) -> int:
        return max(0, bisect_right(self.para_starts, token.idx) - 1)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start at a character offset in ``[start, end)``."""
        first = bisect_left(self.token_starts, start)
        last = bisect_left(self.token_starts, end)
        return list(self.doc[first:last])

    def cue_text(self, token: Token) -> str:
        phrase = self.cues.phrase_at(token)
        return phrase if phrase else token.lower_

    def verdict(self, cue: Token, rule: str) -> Attribution:
        phrase = self.cues.phrase_at(cue)
        if phrase:
            speaker = phrase_source(cue, len(phrase.split()), self.index, self.cues)
        else:
            speaker = speaker_of(cue, self.index)
        return Attribution(speaker, self.cue_text(cue), rule)


def quoted_mask(doc: Doc, spans: list[QuoteSpan]) -> list[bool]:
    """For each token of ``doc``: does it lie inside quotation marks (marks included)?"""
    paras = paragraphs(doc.text)
    starts = token_starts(doc)
    mask = [False] * len(doc)
    for span in spans:
        first = bisect_left(starts, span.open_mark)
        last = bisect_right(starts, _close(span, paras))
        for i in range(first, last):
            mask[i] = True
    return mask


def _close(span: QuoteSpan, paras: list[tuple[int, int]]) -> int:
    return span.close_mark if span.close_mark is not None else paras[span.paragraph][1]


def _governing(ctx: _Context, span: QuoteSpan) -> Attribution | None:
    """Cues that govern the quoted words in the parse (nearest first)."""
    close = _close(span, ctx.paragraphs)
    inside = {t.i for t in ctx.tokens_between(span.open_mark, close + 1)}
    found: list[tuple[int, Token]] = []
    for token in ctx.doc[min(inside) : max(inside) + 1] if inside else ():
        if token.is_punct or token.head.i in inside:
            continue
        current, depth = token.head, 1
        while ctx.paragraph_of(current) == span.paragraph:  # parses may run over paragraphs
            if not ctx.quoted[current.i]:
                if ctx.cues.is_cue(current):
                    found.append((depth, current))
                for child in current.children:
                    if ctx.quoted[child.i] or child.i in inside:
                        continue
                    if (child.dep_ == "parataxis" and ctx.cues.is_cue(child)) or (
                        child.dep_ == "prep" and ctx.cues.phrase_at(child)
                    ):
                        found.append((depth, child))
            if current.head.i == current.i:
                break
            current, depth = current.head, depth + 1
    if not found:
        return None
    found.sort(
        key=lambda item: (
            item[0],
            ctx.cues.phrase_at(item[1]) is not None,
            abs(item[1].idx - span.start),
        )
    )
    pairs = [(cue, ctx.verdict(cue, "governing")) for _, cue in found]
    if any(ctx.cues.phrase_at(cue) is None for cue, _ in pairs):
        # "according to <a report>" naming no actor does not contest the verb's subject
        pairs = [(c, v) for c, v in pairs if v.speaker is not None or ctx.cues.phrase_at(c) is None]
        if any(v.speaker is not None and ctx.cues.phrase_at(c) is None for c, v in pairs):
            # "added that it would take "years," according to a reporter's pool report":
            # the report is the channel, the verb's subject the speaker
            pairs = [
                (c, v)
                for c, v in pairs
                if ctx.cues.phrase_at(c) is None or not through_channel(c, ctx.cues)
            ]
    verdicts = [v for _, v in pairs]
    speakers = {v.speaker for v in verdicts}
    if len(speakers) > 1:
        return Attribution(None, verdicts[0].cue, "governing-conflict")
    return verdicts[0]


def _after(ctx: _Context, span: QuoteSpan) -> Attribution | None:
    """A reporting clause right after the closing mark: `"...," Lee said`, `said X, a ...`."""
    if span.close_mark is None:
        return None
    p_end = ctx.paragraphs[span.paragraph][1]
    window = ctx.tokens_between(span.close_mark + 1, p_end)[:_WINDOW]
    for k, token in enumerate(window):
        if ctx.quoted[token.i] or token.text in _SENTENCE_END:
            return None
        if ctx.cues.phrase_at(token) and all(t.is_punct for t in window[:k]):
            return ctx.verdict(token, "after")
        if ctx.cues.is_cue(token):
            verdict = ctx.verdict(token, "after")
            subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subject and subject[0].idx > span.close_mark:
                return verdict
            return None
    return None


def _before(ctx: _Context, span: QuoteSpan) -> Attribution | None:
    """A reporting clause ending just before the opening mark: `Lee said, "..."`."""
    p_start = ctx.paragraphs[span.paragraph][0]
    lead = ctx.doc.text[p_start : span.open_mark].rstrip()
    if not lead or lead[-1] not in ",:":
        return None
    window = ctx.tokens_between(p_start, span.open_mark)[-_WINDOW:]
    if not window:
        return None
    last = window[-1]
    for token in reversed(window):
        if ctx.quoted[token.i] or token.text in _SENTENCE_END:
            return None
        if ctx.cues.is_cue(token) and token.right_edge.i >= last.i:
            return ctx.verdict(token, "before")
    return None


def _root_cue(ctx: _Context, sent: Span, paragraph: int) -> Token | None:
    """The reporting verb the part of ``sent`` inside ``paragraph`` is built on (a clause
    root or a clause joined to one)."""
    part = [t for t in sent if ctx.paragraph_of(t) == paragraph and not t.is_space]
    members = {t.i for t in part}
    roots = [t for t in part if t.head.i == t.i or t.head.i not in members]
    candidates = roots + [
        c for r in roots for c in r.children if c.dep_ in ("conj", "parataxis") and c.i in members
    ]
    for token in candidates:
        if not ctx.quoted[token.i] and ctx.cues.is_cue(token):
            return token
    return None


def _introduced(ctx: _Context, span: QuoteSpan) -> Attribution | None:
    """A quotation standing alone takes the speaker of the clause that introduced it."""
    text = ctx.doc.text
    p_start, p_end = ctx.paragraphs[span.paragraph]
    close = _close(span, ctx.paragraphs)
    before = text[p_start : span.open_mark]
    after = text[min(close + 1, p_end) : p_end]
    if not _SENTENCE_DONE.search(before) or not _STANDALONE_AFTER.match(after):
        return None
    if before.strip():
        sentence = ctx.sents[ctx.sentence_at(len(before.rstrip()) - 1 + p_start)]
        paragraph = span.paragraph
        rule = "previous-sentence"
    else:
        if after.strip(" \t.!?…") or span.paragraph == 0:
            return None  # the paragraph holds more than the quotation
        prev_start, prev_end = ctx.paragraphs[span.paragraph - 1]
        sentence = ctx.sents[ctx.sentence_at(len(text[:prev_end].rstrip()) - 1)]
        if sentence.end_char <= prev_start:
            return None
        paragraph = span.paragraph - 1
        rule = "previous-paragraph"
    cue = _root_cue(ctx, sentence, paragraph)
    return ctx.verdict(cue, rule) if cue is not None else None


def attribute(ctx: _Context, span: QuoteSpan) -> Attribution | None:
    """The attribution of one quoted span by the cascade of the module docstring."""
    for rule in (_governing, _after, _before):
        found = rule(ctx, span)
        if found is not None:
            return found
    return None


def find_direct_quotes(
    doc: Doc, index: MentionIndex, cues: SpeechCues
) -> tuple[list[Quote], list[QuoteSpan]]:
    """Direct quotations of ``doc`` with their speakers, and the spans they came from."""
    spans = find_quote_spans(doc.text)
    if not spans:
        return [], []
    ctx = _Context(doc, spans, index, cues)
    own = [attribute(ctx, span) for span in spans]
    groups: dict[int, list[int]] = {}
    for n, span in enumerate(spans):
        groups.setdefault(span.group, []).append(n)
    final: list[Attribution | None] = list(own)
    for members in groups.values():
        ordered = [members[0], members[-1], *members[1:-1]]
        shared = next((own[n] for n in ordered if own[n] is not None), None)
        if shared is None:
            shared = _introduced(ctx, spans[members[0]])
        if shared is None:
            from storyline.quotes.following import named_after  # it builds on this module

            shared = named_after(ctx, spans[members[-1]])
        for n in members:
            if final[n] is None:
                final[n] = shared
    quotes = []
    for members in _records(groups, own):
        first, last = spans[members[0]], spans[members[-1]]
        attribution = final[members[0]]
        quotes.append(
            Quote(
                speaker=attribution.speaker if attribution else None,
                text=doc.text[first.start : last.end],
                start=first.start,
                end=last.end,
                sentence=ctx.sentence_at(first.start),
                cue=attribution.cue if attribution else None,
                direct=True,
            )
        )
    return quotes, spans


def _records(groups: dict[int, list[int]], own: list[Attribution | None]) -> list[list[int]]:
    """The spans that make one quotation record: a quotation over several paragraphs is one
    record (its text runs from the first word to the last, paragraph breaks included),
    unless its parts name different speakers themselves."""
    records: list[list[int]] = []
    for members in groups.values():
        speakers = {own[n].speaker for n in members if own[n] is not None}
        if len(speakers) > 1:
            records.extend([n] for n in members)
        else:
            records.append(members)
    return records
