"""Find time expressions in a spaCy ``Doc`` and the tense of the clause that governs each.

Spans come from the model's DATE/TIME entities plus the lexicon-built patterns below (the
small English model misses "Tuesday morning" as one span, bare weekdays in some positions,
year ranges and the like); overlapping or touching candidates are merged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from storyline.time.calendar import alternation, lexicon
from storyline.time.timex import normalise

# Normalisation rules that say "this is not a time expression".
NOT_TIME_RULES = frozenset({"unrecognised", "age"})
_MAX_SPLIT_TOKENS = 14

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
        # counted from the event told before ("hosted him the next day")
        r"\b[Tt]he\s+(?:next|following|previous)\s+(?:day|morning)\b",
        # the day of the event told before ("met Vance in Munich on the same day")
        r"\b(?:[Tt]he|[Tt]hat)\s+same\s+day\b",
        # the day of the event told before ("Earlier in the day, Hamas released ...")
        r"\b(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+the|that)\s+day\b",
        *_timeml_patterns(num, unit, any_month),
    ]
    return tuple(re.compile(p) for p in raw)


def _timeml_patterns(num: str, unit: str, any_month: str) -> list[str]:
    """Patterns for the expressions of ``storyline.time.special`` (references, seasons, ...)."""
    tm = lexicon().timeml
    refs = alternation({w for w in tm["references"] if w != "soon"})
    season = alternation(set(tm["seasons"]))
    ordinal = alternation(set(tm["quarter_ordinals"]))
    sets = alternation(set(tm["set_words"]))
    zone = alternation({z.upper() for z in tm["clock_zones"]})
    weekday = alternation(set(lexicon().weekdays))
    holidays = "|".join(
        re.escape(h.title()).replace("'S", "'s")
        for h in sorted(tm["holidays"], key=len, reverse=True)
    )
    approx = r"(?:about|nearly|almost|some|roughly|approximately|more than|less than|at least)"
    zone_part = rf"(?:\s*\(?(?:{zone})(?:\s*[+-]\s*\d{{1,2}})?\)?)?"
    days = alternation({w.capitalize() for w in lexicon().weekdays if len(w) > 3})
    day_after = rf"(?:,?[ \t]+(?:on[ \t]+)?(?:{days}|today|yesterday|tomorrow|tonight)\b)?"
    return [
        rf"(?i)\b(?:{refs})\b",
        r"(?i)(?<!\bas )\bsoon\b(?! as\b| after\b)",
        rf"(?i)\b(?:(?:this|last|next|past|coming|previous|early|late|mid)[\s-]+)+(?:{season})\b"
        r"(?:,?\s+(?:of\s+)?\d{4})?",
        r"(?i)\b(?:spring|summer|autumn|winter|fall)\s+(?:of\s+)?\d{4}\b",
        r"(?i)\b(?:in|during|by|until|through)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b",
        rf"(?i)\b(?:the\s+)?(?:{ordinal})[\s-]+(?:fiscal\s+)?quarter\b"
        r"(?:,?\s+of\s+(?:\d{4}|(?:this|last|next|the)\s+(?:fiscal\s+)?year))?",
        r"\bQ[1-4]\b(?:\s+\d{4})?",
        r"(?i)\b(?:this|last|next|previous|current)\s+quarter\b",
        rf"(?i)\b(?:every|each|per)\s+(?:(?:\d+|{num}|other)\s+)?"
        rf"(?:(?:{unit})s?|{weekday}|{season})\b",
        rf"(?i)\b(?:{sets})\b",
        rf"(?i)\b(?:{unit})s\s+ago\b",
        rf"(?i)\b(?:once|twice|(?:\d+|{num})\s+times)\s+(?:a|an|per|each|every)\s+"
        rf"(?:{unit})\b",
        rf"\b\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\b\.?{zone_part}{day_after}",
        rf"\b(?:[01]?\d|2[0-4]):[0-5]\d\b(?!:\d){zone_part}{day_after}",
        r"(?i)\b(?:noon|midnight)\b",
        r"(?i)\b(?:the|this|last|next|past|coming)\s+weekend\b",
        r"(?i)\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
        r"(?:week|month|year)\b",
        r"(?i)\b(?:the\s+)?(?:first|second|latter)\s+half(?:\s+of\s+(?:\d{4}|(?:the|this|last|next)"
        r"\s+year))?\b",
        r"(?i)\blast\s+(?:night|evening)\b",
        r"(?i)\bfiscal(?:\s+year)?\s+\d{4}\b|\bFY\s*(?:\d{4}|\d{2})\b",
        r"(?i)\b(?:this|last|next|current|previous|coming)\s+fiscal\s+year\b",
        rf"\b(?:(?:[Tt]his|[Ll]ast|[Nn]ext)\s+)?(?:{holidays})\b(?:,?\s+\d{{4}})?",
        rf"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming)\s+(?:{any_month})\b",
        rf"(?i)\b(?:the\s+)?(?:next|coming|following|upcoming)\s+(?:(?:\d+|{num})\s+)?"
        rf"(?:{unit})s\b",
        rf"(?i)\b(?:{approx}\s+)?(?:\d+(?:\.\d+)?|{num})(?:\s+and\s+a\s+half)?[ -]+"
        rf"(?:(?:straight|consecutive|trading|business|working|full|whole)\s+)?"
        rf"(?:{unit})s?\b(?![ -]old\b)",
        r"(?i)(?:(?<=\bfor )|(?<=\bover )|(?<=\bafter )|(?<=\bwithin )|(?<=\bin ))"
        r"(?:(?:several|many|a few|some)\s+)?"
        r"(?:decades|years|months|weeks|days|hours|minutes)\b",
        # "Hours later, Nixon met Mao" (the model's entity is lost at a paragraph's start)
        r"(?i)\b(?:(?:several|many|a few|some)\s+)?"
        r"(?:decades|years|months|weeks|days|hours|minutes)\s+(?:later|earlier)\b",
    ]


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
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not aux
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return "past"  # a finite past tagged as a participle: "Panamanian students protested"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not aux
        and verb.lemma_.lower() not in lex.tense["plan_verbs"]
    ):
        return "past"  # "the deal signed on Monday, ... would lease": done before the telling
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
            tense = clause_tense(verb)
            # (also through a participle on the act or its object: "called on Russia to
            # accept a ceasefire starting Monday")
            if tense == "past" and (
                _planned_before(verb)
                or _planned_before(_act_of(verb))
                or set_for(span)
                or (committed_to(verb) and _deadline(span))
            ):
                # "was due to fly on Wednesday", "were scheduled to start on Monday", "called
                # new elections for Dec. 21": planned before, for a day on either side of
                # the telling
                return "present"
            return tense
    return text_tense(doc.text[sentence_start:start])


def _act_of(verb: Token) -> Token:
    """The act a participle describes, itself or its object ("accept a ceasefire starting
    Monday": "accept"); else the verb itself."""
    if verb.tag_ != "VBG" or verb.head.i == verb.i:
        return verb
    head = verb.head
    return head.head if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN") else head


def committed_to(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive under a verb of committing ("agreed to meet",
    ``committing_verbs``): its act comes after the commitment."""
    return _infinitive_under(verb, lexicon().tense["committing_verbs"])


def asked_to(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive under a verb asking someone to act ("appealed to
    Arab states on Wednesday to mediate", ``asking_verbs``): its act comes after the asking."""
    return _infinitive_under(verb, lexicon().tense["asking_verbs"])


def _deadline(span: Span) -> bool:
    """Whether a time expression is the object of "by" ("agreed to disarm the militia by
    October"): a deadline, set when the act was promised."""
    root = span.root
    return root.lower_ == "by" or (root.dep_ == "pobj" and root.head.lower_ == "by")


def time_for(span: Span) -> bool:
    """Whether a time expression is the object of "for" ("set the vote for May 25")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "for"


def set_for(span: Span) -> bool:
    """Whether a time expression is the "for" phrase of a thing ("called new elections for
    Dec. 21", "set a vote for May 25", "elections for Dec. 21"): the time set for it."""
    prep = span.root.head
    if not (time_for(span) and prep.dep_ == "prep"):
        return False
    holder = prep.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return True
    return holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.i < prep.i for c in holder.children
    )


def _planned_before(verb: Token) -> bool:
    """Whether a verb is an infinitive under a verb or adjective of planning ("was due to
    fly") or a verb asking someone to act ("called on Georgians to rally")."""
    tense = lexicon().tense
    return _infinitive_under(verb, {*tense["plan_verbs"], *tense["asking_verbs"]})


def _infinitive_under(verb: Token, governors: Collection[str]) -> bool:
    """Whether a verb is a "to" infinitive under one of ``governors`` (lemmas)."""
    return (
        any(a.tag_ == "TO" for a in verb.children if a.dep_ == "aux")
        and verb.head.i != verb.i
        and verb.head.lemma_.lower() in governors
    )


def recognised(text: str) -> bool:
    """Whether the normaliser takes the text for a time expression (with or without a DCT)."""
    return normalise(text, None, "unknown").rule not in NOT_TIME_RULES


_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def _recognised_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The span itself when it is a time expression, else its leftmost-longest sub-spans that
    are ("June 17, two days before" -> "June 17", "two days before")."""
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if "\n" in text[start:end]:  # a span never crosses a line (title, dateline, paragraph)
        cut = text.index("\n", start)
        return _recognised_parts(doc, start, cut) + _recognised_parts(doc, cut + 1, end)
    if start >= end:
        return []
    dash = _DATELINE_DASH.search(text, start, end)
    if dash is not None and not recognised(text[dash.end() : end]):
        # "SEOUL, Feb 15, 2024 - South Korea and Cuba ...": the dateline's dash closes the date
        return _recognised_parts(doc, start, dash.start()) + _recognised_parts(doc, dash.end(), end)
    if recognised(text[start:end]):
        return [(start, end)]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > _MAX_SPLIT_TOKENS:
        return []
    tokens = list(span)
    parts: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            first, last = tokens[i], tokens[j - 1]
            if first.is_punct or last.is_punct or first.is_stop and j - i == 1:
                continue
            piece = (first.idx, last.idx + len(last.text))
            if recognised(text[piece[0] : piece[1]]):
                parts.append(piece)
                i = j
                break
        else:
            i += 1
    return parts


def find_candidates(doc: Doc) -> list[Candidate]:
    """Time expression spans of the doc, merged, in text order, with sentence and tense.

    A merged span the normaliser does not take for a time expression is narrowed to the
    parts it does take; spans with no such part are dropped.
    """
    starts = sentence_starts(doc)
    found = []
    for merged_start, merged_end in _merge(_raw_spans(doc), doc.text):
        for start, end in _recognised_parts(doc, merged_start, merged_end):
            start = _skip_preposition(doc.text, start, end)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                start, end = span.start_char, span.end_char
            sentence = sentence_of(starts, start)
            tense = expression_tense(span, doc, start, starts[sentence])
            found.append(Candidate(start, end, sentence, doc.text[start:end], tense))
    return found
