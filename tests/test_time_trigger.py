"""date_for_trigger on hand-built parsed Docs (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.records import PublishedDate, TimeAnalysis, TimeExpression
from storyline.time import date_for_trigger

# "Lee met Park on Saturday and flew to Busan on Sunday after two hours of talks ."
WORDS = "Lee met Park on Saturday and flew to Busan on Sunday after two hours of talks .".split()
HEADS = [1, 1, 1, 1, 3, 1, 1, 6, 7, 6, 9, 6, 13, 11, 13, 14, 1]
DEPS = [
    "nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj", "prep", "pobj",
    "prep", "nummod", "pobj", "prep", "pobj", "punct",
]  # fmt: skip
POS = [
    "PROPN", "VERB", "PROPN", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "PROPN", "ADP", "PROPN",
    "ADP", "NUM", "NOUN", "ADP", "NOUN", "PUNCT",
]  # fmt: skip


def _doc() -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS)


def _expr(doc: Doc, first: int, last: int, value, kind="date", rule="weekday-past"):
    span = doc[first : last + 1]
    return TimeExpression(
        start=span.start_char,
        end=span.end_char,
        sentence=0,
        text=span.text,
        value=value,
        granularity="day" if value and kind == "date" else None,
        earliest=value if kind == "date" else None,
        latest=value if kind == "date" else None,
        kind=kind,
        anchored=value is not None,
        rule=rule,
    )


def _analysis(doc: Doc, *exprs: TimeExpression) -> TimeAnalysis:
    return TimeAnalysis(published=PublishedDate(value="2019-03-11"), expressions=list(exprs))


def test_time_trigger_uses_own_clause_not_conjoined_clause():
    doc = _doc()
    time = _analysis(
        doc,
        _expr(doc, 4, 4, "2019-03-09"),
        _expr(doc, 10, 10, "2019-03-10"),
        _expr(doc, 12, 13, "PT2H", kind="duration", rule="duration"),
    )
    met = date_for_trigger(doc[1], time)
    flew = date_for_trigger(doc[6], time)
    assert (met.value, met.granularity) == ("2019-03-09", "day")
    assert met.rule.startswith("same-clause timex")
    assert flew.value == "2019-03-10"
    assert flew.rule.startswith("same-clause timex")


def test_time_trigger_falls_back_to_nearest_in_sentence():
    doc = _doc()
    time = _analysis(doc, _expr(doc, 10, 10, "2019-03-10"))
    met = date_for_trigger(doc[1], time)
    assert met.value == "2019-03-10"
    assert met.rule.startswith("sentence timex")


def test_time_trigger_ignores_durations_and_never_uses_the_dct():
    doc = _doc()
    time = _analysis(doc, _expr(doc, 12, 13, "PT2H", kind="duration", rule="duration"))
    found = date_for_trigger(doc[1], time)
    assert found.value is None
    assert found.rule == "none"


def test_time_trigger_unanchored_own_expression_gives_no_date():
    doc = _doc()
    time = _analysis(doc, _expr(doc, 4, 4, None), _expr(doc, 10, 10, "2019-03-10"))
    met = date_for_trigger(doc[1], time)
    assert met.value is None
    assert "not anchored" in met.rule


def test_time_trigger_other_sentences_are_not_used():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Talks began on Monday. Envoys left.")
    monday = doc[3]
    expr = TimeExpression(
        monday.idx, monday.idx + 6, 0, "Monday", "2019-03-11", "day", rule="weekday-past"
    )
    time = TimeAnalysis(published=PublishedDate(), expressions=[expr])
    assert date_for_trigger(doc[6], time).value is None  # "left", second sentence
    assert date_for_trigger(doc[1], time).value == "2019-03-11"  # "began", no parse: sentence


def test_time_trigger_undated_events_bounded_by_publication_tense():
    vocab = spacy.blank("en").vocab
    words = ["Envoys", "left", "and", "will", "return", "."]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 1, 1, 4, 1, 1],
        deps=["nsubj", "ROOT", "cc", "aux", "conj", "punct"],
        pos=["NOUN", "VERB", "CCONJ", "AUX", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "CC", "MD", "VB", "."],
    )
    time = TimeAnalysis(
        published=PublishedDate(value="2019-03-11", earliest="2019-03-11", latest="2019-03-11"),
        expressions=[],
    )
    left, will_return = date_for_trigger(doc[1], time), date_for_trigger(doc[4], time)
    assert (left.value, left.earliest, left.latest) == (None, None, "2019-03-11")
    assert (will_return.value, will_return.earliest) == (None, "2019-03-11")
    unknown = TimeAnalysis(published=PublishedDate(), expressions=[])
    assert date_for_trigger(doc[1], unknown) == date_for_trigger(doc[1], unknown).__class__(
        rule="none"
    )


def test_time_trigger_sets_and_reference_words_never_date_an_event():
    doc = _doc()
    weekly = _expr(doc, 4, 4, None, rule="reference")
    every = _expr(doc, 12, 13, "P1W", kind="set", rule="set-every")
    sunday = _expr(doc, 10, 10, "2019-03-10")
    met = date_for_trigger(doc[1], _analysis(doc, weekly, every, sunday))
    assert met.value == "2019-03-10"
    assert met.rule.startswith("sentence timex")
