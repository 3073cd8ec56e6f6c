"""Find time expressions in a spaCy ``Doc`` and the tense of the clause that governs each.

Spans come from the model's DATE/TIME entities plus the lexicon-built patterns below (the
small English model misses "Tuesday morning" as one span, bare weekdays in some positions,
year ranges and the like); overlapping or touching candidates are merged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from storyline.time.calendar import alternation, lexicon

ENTITY_LABELS = ("DATE", "TIME")
_CLAUSE_VERB_POS = ("VERB", "AUX")
_AMBIGUOUS_MONTHS = ("May", "March")  # also common words; need a date context


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time expression span in the doc, with its sentence and clause tense."""

    start: int
    end: int
    sentence: int
    text: str
    tense: str


@cache
def _text_patterns() -> tuple[re.Pattern[str], ...]:
    lex = lexicon()
    month_words = {w.capitalize() for w in lex.months}
    months = alternation(month_words - set(_AMBIGUOUS_MONTHS))
    any_month = alternation(month_words)
    weekday = alternation({w.capitalize() for w, _ in lex.weekdays.items() if len(w) > 3})
    pod = alternation(set(lex.parts_of_day))
    mod = alternation(set(lex.modifiers))
    unit = alternation(set(lex.units))
    num = alternation(set(lex.numbers) - {"a", "an"})
    deictic = alternation(set(lex.deictic))
    raw = [
        rf"\b(?:(?:early|late|later|earlier)\s+)?(?:(?:last|next|this)\s+)?(?:{weekday})\b"
        rf"(?:,?\s+(?:{any_month})\.?\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?)?(?:\s+(?:{pod})\b)?",
        rf"\b(?:{any_month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?",
        rf"\b(?:(?:{mod})\s+)?(?:{months})\.?(?:,?\s+\d{{4}})?\b",
        rf"\b(?:in|since|until|by|during|early|late|mid-)\s*(?:{any_month})\b(?:\s+\d{{4}})?",
        r"\b(?:1[5-9]\d\d|20\d\d)\s*[-–]\s*(?:\d\d|\d{4})\b(?![-/]\d)",
        r"\b(?:1[5-9]\d\d|20\d\d)-[01]\d-[0-3]\d\b",
        rf"\b(?:(?:{mod}|earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year)\b",
        rf"\b(?:(?:nearly|almost|about|some|more than)\s+)?(?:\d+|{num})\s+(?:{unit})s?\s+ago\b",
        rf"\b(?:{deictic})\b",
    ]
    return tuple(re.compile(p) for p in raw)


def _raw_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in ENTITY_LABELS]
    for pattern in _text_patterns():
        spans.extend(m.span() for m in pattern.finditer(doc.text))
    return spans


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif merged and _touching_part_of_day(text, merged[-1], (start, end)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _touching_part_of_day(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    gap = text[left[1] : right[0]]
    return (
        gap.strip() == ""
        and "\n" not in gap
        and text[right[0] : right[1]].lower().strip(" .") in lexicon().parts_of_day
    )


_LEADING_PREPOSITION = re.compile(r"(?:in|during|on|at)\s+", re.IGNORECASE)


def _skip_preposition(text: str, start: int, end: int) -> int:
    """Start after a leading "in"/"on"/... (TIMEX3 spans leave the preposition out)."""
    match = _LEADING_PREPOSITION.match(text, start, end)
    return match.end() if match and match.end() < end else start


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start ([0] when the doc has no sentence boundaries)."""
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return [0]
    return [sent.start_char for sent in doc.sents]


def sentence_of(starts: list[int], offset: int) -> int:
    """Index of the sentence holding a character offset."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above the token in the dependency tree."""
    current = token
    for _ in range(len(token.doc)):
        if current.pos_ in _CLAUSE_VERB_POS and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def clause_tense(verb: Token, depth: int = 0) -> str:
    """ "past", "present", "future" or "unknown" for the clause headed by ``verb``."""
    lex = lexicon()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & set(lex.tense["future_aux"]):
        return "future"
    if any(a.tag_ == "TO" for a in aux) or verb.dep_ == "xcomp":
        head = governing_verb(verb.head) if verb.head.i != verb.i else None
        if head is None or depth > 4:
            return "future"
        outer = clause_tense(head, depth + 1)
        return "past" if outer == "past" else "future"
    if any(a.tag_ in ("VBD",) for a in aux) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    if verb.tag_ in ("VBG", "VBN") and verb.head.i != verb.i and depth <= 4:
        head = governing_verb(verb.head)
        return clause_tense(head, depth + 1) if head is not None else "unknown"
    return "unknown"


_WORD = re.compile(r"[A-Za-z']+")


def text_tense(before: str) -> str:
    """Tense from the words before an expression, for docs without a parse."""
    lex = lexicon()
    words = [w.lower() for w in _WORD.findall(before)][-8:]
    future = set(lex.tense["future_aux"]) | set(lex.tense["plan_verbs"])
    if any(w in future for w in words):
        return "future"
    if any(w in lex.tense["past_cue_words"] or (len(w) > 4 and w.endswith("ed")) for w in words):
        return "past"
    return "unknown"


def expression_tense(span: Span | None, doc: Doc, start: int, sentence_start: int) -> str:
    """Tense of the clause governing a span (parse when present, else nearby words)."""
    if span is not None and doc.has_annotation("DEP"):
        verb = governing_verb(span.root)
        if verb is not None:
            return clause_tense(verb)
    return text_tense(doc.text[sentence_start:start])


def find_candidates(doc: Doc) -> list[Candidate]:
    """Time expression spans of the doc, merged, in text order, with sentence and tense."""
    starts = sentence_starts(doc)
    found = []
    for start, end in _merge(_raw_spans(doc), doc.text):
        start = _skip_preposition(doc.text, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            start, end = span.start_char, span.end_char
        sentence = sentence_of(starts, start)
        tense = expression_tense(span, doc, start, starts[sentence])
        found.append(Candidate(start, end, sentence, doc.text[start:end], tense))
    return found
