"""time stage: the document creation time (DCT) and every time expression, normalised.

Entry points:

- ``analyse_time(cleaned, doc, meta=None) -> TimeAnalysis``
- ``date_for_trigger(trigger, time) -> EventDate`` (for the events stage)
- ``normalise(text, dct, tense) -> Normalised`` (pure; no model needed)
- ``timex3_annotations(doc, dct) -> list[Timex3]`` (the TimeML view, for TempEval scoring)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from storyline.parse_repairs import dateline_dash
from storyline.records import CleanedText, EventDate, TimeAnalysis, TimeExpression
from storyline.time.calendar import lexicon, period_bounds
from storyline.time.dct import BodyDate, find_published
from storyline.time.governing import (
    PERFECT_RULE,
    Link,
    continues_report,
    disclosed,
    link_of,
    past_perfect,
    perfect_since,
    perfect_since_clause,
    present_perfect,
    trigger_tense,
)
from storyline.time.spans import (
    NOT_TIME_RULES,
    clause_tense,
    committed_to,
    find_candidates,
    governing_verb,
)
from storyline.time.timeml import Timex3, timex3_annotations
from storyline.time.timex import Normalised, normalise

__all__ = [
    "Normalised",
    "Timex3",
    "analyse_time",
    "date_for_trigger",
    "heading_dates",
    "normalise",
    "timex3_annotations",
]

_GRANULARITIES = ("day", "month", "year")
_COARSE = ("month", "year")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_VERB_POS = ("VERB", "AUX")
# Expressions that never date an event: how long ("two hours"), how often ("every week").
_UNDATING_KINDS = frozenset({"duration", "set"})


def analyse_time(
    cleaned: CleanedText, doc: Doc, meta: Mapping[str, str] | None = None
) -> TimeAnalysis:
    """Publication date and normalised time expressions of one document.

    ``doc`` is the spaCy Doc over ``cleaned.text``; ``meta`` holds dates given with the
    input (a JSONL row's "published"/"date"/"pubdate").
    """
    candidates = find_candidates(doc)
    published = find_published(cleaned, meta, [BodyDate(c.text, c.tense) for c in candidates])
    expressions = []
    for cand in candidates:
        year = _year_of_noun(doc, cand.start, cand.end)
        text = f"{cand.text}, {year}" if year else cand.text  # "the Sept. 11 attacks in 2001"
        norm = normalise(text, published.value, cand.tense)
        if norm.rule in NOT_TIME_RULES:  # "the Kim dynasty", "a 70-year-old"
            continue
        expressions.append(
            TimeExpression(
                start=cand.start,
                end=cand.end,
                sentence=cand.sentence,
                text=cand.text,
                value=norm.value,
                granularity=norm.granularity if norm.granularity in _GRANULARITIES else None,
                earliest=norm.earliest,
                latest=norm.latest,
                kind=norm.kind,  # type: ignore[arg-type]
                anchored=norm.anchored,
                rule=f"{norm.rule} ({cand.tense})",
            )
        )
    return TimeAnalysis(published=published, expressions=expressions)


def _year_of_noun(doc: Doc, start: int, end: int) -> str | None:
    """The year a month-day without one takes from the noun it modifies: "the Sept. 11
    attacks in 2001" is 11 September 2001, whatever the publication year."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _YEAR.search(span.text) or not doc.has_annotation("DEP"):
        return None
    root = span.root
    if root.dep_ not in ("nmod", "compound", "npadvmod", "amod"):
        return None
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and _YEAR.fullmatch(obj.text):
                    return obj.text
    return None


def _token_span(doc: Doc, expr: TimeExpression) -> Span | None:
    return doc.char_span(expr.start, expr.end, alignment_mode="expand")


def _token_range(doc: Doc, expr: TimeExpression) -> range:
    span = _token_span(doc, expr)
    return range(span.start, span.end) if span is not None else range(0)


def _vague(expr: TimeExpression) -> bool:
    """A bare part of the day ("a successful morning") or a reference word ("now",
    "recently") says nothing about the event's date."""
    return expr.value is None and expr.rule.startswith(("part-of-day", "reference"))


def _as_event_date(expr: TimeExpression, rule: str) -> EventDate:
    return EventDate(
        value=expr.value,
        granularity=expr.granularity,
        earliest=expr.earliest,
        latest=expr.latest,
        rule=f"{rule}: '{expr.text}' ({expr.rule})",
    )


def _first_day(expr: TimeExpression) -> str | None:
    period = period_bounds(expr.value or "")
    return period[0].isoformat() if period else expr.earliest


def _last_day(expr: TimeExpression) -> str | None:
    period = period_bounds(expr.value or "")
    return period[1].isoformat() if period else expr.latest


def _publication_day(time: TimeAnalysis) -> str | None:
    published = time.published
    return published.latest or published.value


def _bounded_by(expr: TimeExpression, relation: str, time: TimeAnalysis) -> EventDate:
    """No value, bounds only: the event is after, since, before or by the expression."""
    why = f"{relation} '{expr.text}' ({expr.rule})"
    if relation == "after":
        return EventDate(earliest=_first_day(expr), rule=f"bounds from timex: {why}")
    if relation == "since":
        latest = _publication_day(time)
        return EventDate(earliest=_first_day(expr), latest=latest, rule=f"bounds from timex: {why}")
    if relation == "before":
        return EventDate(latest=_first_day(expr), rule=f"bounds from timex: {why}")
    return EventDate(latest=_last_day(expr), rule=f"bounds from timex: {why}")


def _recent(expr: TimeExpression, time: TimeAnalysis) -> bool:
    """Whether the expression ends within a year before a known publication date (an
    undated piece may be a look-back)."""
    published = _publication_day(time)
    if published is None or expr.latest is None:
        return False
    return date.fromisoformat(expr.latest) >= date.fromisoformat(published) - timedelta(days=366)


def _governed(expr: TimeExpression, link: Link, trigger: Token, time: TimeAnalysis) -> EventDate:
    rule = "same-clause timex" if link.scope == "own" else "sentence timex"
    relation, _, through_noun = link.relation.partition(" ")
    if (
        through_noun
        and relation in ("after", "before")
        and expr.granularity in _COARSE
        and _recent(expr, time)
        # (not a span lasting weeks or more before it: "had visited the sites for months
        # before the December announcement")
        and not (relation == "before" and _lasting(trigger))
    ):
        # "after the summit last month, Kim said": news reports such a sequel within the
        # month or year that dates the earlier event; only a day is too fine to carry over,
        # and a look-back ("after the attacks in 2001", written in 2018) may cross the year
        rule = f"{rule} ({relation} an event in that {expr.granularity})"
    elif relation != "at":
        # (before an event the expression dates is before its last day: "before the December
        # announcement" may be in December)
        turned = "by" if through_noun and relation == "before" else relation
        return _bounded_by(expr, turned, time)
    if expr.value is None:
        return EventDate(rule=f"{rule}, not anchored: '{expr.text}'")
    if link.scope == "main" and trigger_tense(trigger) == "future":
        if link.verb is None or clause_tense(link.verb) != "future":
            # "said Monday he will visit": the visit comes after the saying
            return EventDate(earliest=_first_day(expr), rule=f"bounds from timex: {rule} after")
    if link.scope == "main" and link.verb is not None and not past_perfect(link.verb):
        verb = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger)
        # "confirmed on Monday that its officials had held secret talks", "admitted on
        # Saturday that he had died, saying he was killed in a fistfight": done by then
        if verb is not None and _reported_under(verb, link.verb):
            earlier = (
                "past perfect"
                if past_perfect(verb)
                else "disclosed"
                if disclosed(link.verb) and clause_tense(verb) == "past"
                else None
            )
            if earlier is not None:
                why = f"{rule} by '{expr.text}' ({expr.rule}), {earlier}"
                return EventDate(latest=_last_day(expr), rule=f"bounds from timex: {why}")
    if link.scope == "own" and (ahead := _committed_month_ahead(expr, trigger, time)):
        return ahead
    return _as_event_date(expr, rule)


def _lasting(trigger: Token) -> bool:
    """Whether the trigger's clause says it lasted a week or more ("for months")."""
    verb = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger)
    units = lexicon().units
    long = {u for u, v in units.items() if not v.get("time") and u != "day"}
    return verb is not None and any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in long for o in prep.children)
        for prep in verb.children
    )


def _committed_month_ahead(
    expr: TimeExpression, trigger: Token, time: TimeAnalysis
) -> EventDate | None:
    """For an act one committed to in the past ("agreed to meet again in May", told in March
    1970), a month the time stage put in the year before by the past tense: the month of
    the telling's year when that is still to come (May 1970), since the act follows the
    commitment; else None."""
    published = _publication_day(time)
    verb = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger)
    if (
        published is None
        or verb is None
        or not expr.rule.startswith("month-dct-year")
        or not expr.rule.endswith("(past)")
        or not committed_to(verb)
    ):
        return None
    ahead = normalise(expr.text, published, "future")
    if ahead.value is None or ahead.value[:4] != published[:4] or ahead.value == expr.value:
        return None
    return EventDate(
        value=ahead.value,
        granularity=ahead.granularity,  # type: ignore[arg-type]
        earliest=ahead.earliest,
        latest=ahead.latest,
        rule=f"same-clause timex: '{expr.text}' ({ahead.rule}), after the commitment",
    )


def _reported_under(verb: Token, reporter: Token) -> bool:
    """Whether a verb's clause is what ``reporter`` says, through clausal complements,
    conjuncts and participles going on with the report ("confirmed on Monday that its
    officials had held talks, and said the two sides had agreed", "admitted ..., saying he was
    killed"; not "had agreed when they spoke in April")."""
    node, reported = verb, False
    for _ in range(8):
        if node.i == reporter.i:
            return reported
        if continues_report(node):  # "admitted ..., saying he was killed"
            node = node.head
            continue
        if node.dep_ not in ("ccomp", "conj") or node.head.i == node.i:
            return False
        reported = reported or node.dep_ == "ccomp"
        node = node.head
    return False


def _since_reference(trigger: Token, time: TimeAnalysis) -> EventDate:
    """ "has since tested missiles": after the last dated expression before the trigger (in
    its sentence or the one before), and by publication; never a value."""
    doc = trigger.doc
    sentences = list(doc.sents)
    number = next(i for i, s in enumerate(sentences) if s.start == trigger.sent.start)
    low = sentences[max(0, number - 1)].start_char
    before = [
        e
        for e in time.expressions
        if e.value is not None and e.kind == "date" and low <= e.start and e.end <= trigger.idx
    ]
    latest = _publication_day(time)
    if not before:
        return EventDate(latest=latest, rule="bounds from 'since': by publication")
    reference = max(before, key=lambda e: e.end)
    return EventDate(
        earliest=_first_day(reference),
        latest=latest,
        rule=f"bounds from 'since': after '{reference.text}' ({reference.rule}), by publication",
    )


def heading_dates(text: str, time: TimeAnalysis) -> dict[int, EventDate]:
    """Dates that head a paragraph of a timeline ("Nov. 24, 2023: A first truce took
    effect."), by the paragraph's start offset: a dated expression opening the paragraph and
    followed by a colon."""
    found: dict[int, EventDate] = {}
    for expr in time.expressions:
        if expr.value is None or expr.kind != "date":
            continue
        start = text.rfind("\n", 0, expr.start) + 1  # the start of the expression's line
        if text[start : expr.start].strip(" \t"):
            continue
        colon = expr.text.rstrip().endswith(":")  # the tokenizer may keep it ("May 6, 2024:")
        if not colon and not text[expr.end : expr.end + 8].lstrip(" \t").startswith(":"):
            continue
        found[start] = _as_event_date(expr, "paragraph heading")
    return found


def date_for_trigger(trigger: Token, time: TimeAnalysis) -> EventDate:
    """The date of an event from the time expression governing its trigger.

    Governing (see ``storyline.time.governing``): an expression attached to the trigger or
    its clause, else to the main verb of a complement the trigger is in or to a conjoined
    verb; an expression that modifies another noun or sits in a clause about something else
    never governs. "after"/"since"/"before"/"by" expressions and the perfect with "since"
    give bounds, not a value. With no governing expression: no value, bounds from the tense
    (past: by publication; future: after it). Without a parse: the nearest dated expression
    in the sentence. Durations and sets never date an event; the publication date is a value
    only through expressions that anchor to it ("today").
    """
    doc = trigger.doc
    parsed = doc.has_annotation("DEP")
    has_sents = doc.has_annotation("SENT_START") or parsed
    low, high = (0, len(doc.text))
    if has_sents:
        low, high = trigger.sent.start_char, trigger.sent.end_char
    if parsed and perfect_since(trigger):
        return _since_reference(trigger, time)
    if parsed and perfect_since_clause(trigger):
        # "militias have killed hundreds since the territory voted": by publication
        latest = _publication_day(time)
        return EventDate(latest=latest, rule="bounds from a 'since' clause: by publication")
    in_sentence = [
        e for e in time.expressions if e.kind not in _UNDATING_KINDS and low <= e.start < high
    ]
    if not in_sentence:
        return _bounded_by_publication(trigger, time)

    def distance(expr: TimeExpression) -> int:
        tokens = _token_range(doc, expr)
        return min((abs(i - trigger.i) for i in tokens), default=len(doc))

    if not parsed:
        dated = [e for e in in_sentence if e.value is not None]
        if not dated:
            return _bounded_by_publication(trigger, time)
        return _as_event_date(min(dated, key=distance), "sentence timex")
    links: list[tuple[TimeExpression, Link]] = []
    # "TOKYO, Feb 15, 2024 - Japan and Mongolia signed ...": a date before a dateline's dash is
    # the report's, no event's
    dash = dateline_dash(doc, trigger.sent.start)
    for expr in in_sentence:
        if dash is not None and expr.end <= dash.idx:
            continue
        span = _token_span(doc, expr)
        link = link_of(span, trigger) if span is not None and not _vague(expr) else None
        if link is not None:
            links.append((expr, link))
    own = [(e, k) for e, k in links if k.scope == "own"]
    if own:
        best = min(own, key=lambda pair: (pair[0].value is None, distance(pair[0])))
        return _governed(*best, trigger, time)
    wider = [(e, k) for e, k in links if e.value is not None]
    if wider:
        best = min(wider, key=lambda pair: distance(pair[0]))
        return _governed(*best, trigger, time)
    return _bounded_by_publication(trigger, time)


def _bounded_by_publication(trigger: Token, time: TimeAnalysis) -> EventDate:
    """No date (rule "none"), but bounds from the tense: a past event happened by
    publication, a future one after it. Never a value. The present perfect ("has been
    asking", "have met") is an indefinite past: its rule says so, and the events stage does
    not carry an earlier sentence's date over to it. So is a clause reported in the present
    perfect, unless in the future ("Witkoff has said Washington could not accept ...")."""
    published = time.published
    verb = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger)
    perfect = verb is not None and present_perfect(verb)
    tense = clause_tense(verb) if verb is not None else "unknown"
    reported = (
        verb is not None
        and verb.dep_ == "ccomp"
        and present_perfect(verb.head)
        and tense != "future"
    )
    rule = PERFECT_RULE if perfect or reported else "none"
    if not trigger.doc.has_annotation("TAG") or not (published.value or published.latest):
        return EventDate(rule=rule)
    if tense == "past" or perfect:
        latest = published.latest or published.value
        return EventDate(latest=latest, rule=rule)
    if tense == "future":
        earliest = published.earliest or published.value
        return EventDate(earliest=earliest, rule="none")
    return EventDate(rule=rule)
