"""TIMEX3 annotations over a document, and the span finding behind them (no model)."""

from __future__ import annotations

import spacy

from storyline.time.spans import find_candidates
from storyline.time.timeml import timex3_annotations

DCT = "2013-03-22"


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _timexes(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timex3_annotations(_nlp()(text), DCT)]


def test_time_timeml_year_range_is_two_dates():
    assert _timexes("The pandemic of 2009-2010 killed 348 children.") == [
        ("2009", "DATE", "2009"),
        ("2010", "DATE", "2010"),
    ]


def test_time_timeml_relative_to_event_marks_the_duration():
    assert _timexes("It ended two years after it began.") == [("two years", "DURATION", "P2Y")]


def test_time_timeml_leading_function_words_stay_outside():
    assert _timexes("Prices have risen since March.") == [("March", "DATE", "2013-03")]


def test_time_timeml_clock_time_with_day_is_one_time():
    assert _timexes("Trading stopped at 4:30 p.m. Monday.") == [
        ("4:30 p.m. Monday", "TIME", "2013-03-18T16:30")
    ]


def test_time_timeml_references_sets_and_quarters():
    found = _timexes(
        "Sales are now falling. Profits rose in the third quarter of 2012, and the board "
        "meets every week."
    )
    assert found == [
        ("now", "DATE", "PRESENT_REF"),
        ("the third quarter of 2012", "DATE", "2012-Q3"),
        ("every week", "SET", "P1W"),
    ]


def test_time_timeml_durations_found_without_the_model():
    found = _timexes("The strike lasted six straight days and cost 90 days of output.")
    assert found == [("six straight days", "DURATION", "P6D"), ("90 days", "DURATION", "P90D")]


def test_time_spans_never_cross_a_line():
    doc = _nlp()("Markets fell since November\nMarch 13, 2009")
    assert [c.text for c in find_candidates(doc)] == ["since November", "March 13, 2009"]


def test_time_spans_unrecognised_span_narrowed_to_its_time_parts():
    from spacy.tokens import Span

    doc = _nlp()("It will be available on June 17, two days before the launch.")
    start = doc.text.index("June")
    end = doc.text.index("before") + len("before")
    doc.ents = [Span(doc, doc.char_span(start, end).start, doc.char_span(start, end).end, "DATE")]
    assert [c.text for c in find_candidates(doc)] == ["June 17", "two days before"]
