"""time stage: the document creation time (DCT) and every time expression, normalised.

Entry points:

- ``analyse_time(cleaned, doc, meta=None) -> TimeAnalysis``
- ``date_for_trigger(trigger, time) -> EventDate`` (for the events stage)
- ``normalise(text, dct, tense) -> Normalised`` (pure; no model needed)
- ``timex3_annotations(doc, dct) -> list[Timex3]`` (the TimeML view, for TempEval scoring)
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from storyline.records import CleanedText, EventDate, TimeAnalysis, TimeExpression
from storyline.time.dct import BodyDate, find_published
from storyline.time.spans import NOT_TIME_RULES, clause_tense, find_candidates, governing_verb
from storyline.time.timeml import Timex3, timex3_annotations
from storyline.time.timex import Normalised, normalise

__all__ = [
    "Normalised",
    "Timex3",
    "analyse_time",
    "date_for_trigger",
    "normalise",
    "timex3_annotations",
]

_GRANULARITIES = ("day", "month", "year")
# Dependents that open a clause of their own (with its own verb): not searched for a
# trigger's time expression in step 1.
_EMBEDDED_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis"})
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
        norm = normalise(cand.text, published.value, cand.tense)
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


def _clause_tokens(trigger: Token) -> set[int]:
    head = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger) or trigger
    keep: set[int] = set()
    stack = [head]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        for child in token.children:
            embedded = child.dep_ in _EMBEDDED_CLAUSES or (
                child.dep_ == "conj" and child.pos_ in _VERB_POS
            )
            if not embedded or child.i == trigger.i:
                stack.append(child)
    return keep


def _token_range(doc: Doc, expr: TimeExpression) -> range:
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
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


def date_for_trigger(trigger: Token, time: TimeAnalysis) -> EventDate:
    """The date of an event from the time expression governing its trigger.

    Steps: a time expression inside the trigger's own clause; else the nearest dated one in
    the same sentence; else no date, with bounds from the tense (past: on or before
    publication; future: after it). Durations and sets never date an event; the publication
    date is used as a value only through expressions that anchor to it ("today").
    """
    doc = trigger.doc
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    low, high = (0, len(doc.text))
    if has_sents:
        low, high = trigger.sent.start_char, trigger.sent.end_char
    in_sentence = [
        e for e in time.expressions if e.kind not in _UNDATING_KINDS and low <= e.start < high
    ]
    if not in_sentence:
        return _bounded_by_publication(trigger, time)

    def distance(expr: TimeExpression) -> int:
        tokens = _token_range(doc, expr)
        return min((abs(i - trigger.i) for i in tokens), default=len(doc))

    if doc.has_annotation("DEP"):
        clause = _clause_tokens(trigger)
        own = [
            e
            for e in in_sentence
            if any(i in clause for i in _token_range(doc, e)) and not _vague(e)
        ]
        if own:
            best = min(own, key=lambda e: (e.value is None, distance(e)))
            if best.value is None:
                return EventDate(rule=f"same-clause timex, not anchored: '{best.text}'")
            return _as_event_date(best, "same-clause timex")
    dated = [e for e in in_sentence if e.value is not None]
    if not dated:
        return _bounded_by_publication(trigger, time)
    return _as_event_date(min(dated, key=distance), "sentence timex")


def _bounded_by_publication(trigger: Token, time: TimeAnalysis) -> EventDate:
    """No date (rule "none"), but bounds from the tense: a past event happened by
    publication, a future one after it. Never a value."""
    published = time.published
    if not trigger.doc.has_annotation("TAG") or not (published.value or published.latest):
        return EventDate(rule="none")
    verb = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger)
    tense = clause_tense(verb) if verb is not None else "unknown"
    if tense == "past":
        latest = published.latest or published.value
        return EventDate(latest=latest, rule="none")
    if tense == "future":
        earliest = published.earliest or published.value
        return EventDate(earliest=earliest, rule="none")
    return EventDate(rule="none")
