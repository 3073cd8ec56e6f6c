"""Quotation marks found without a parser (storyline.quotes.direct.find_quote_spans)."""

from __future__ import annotations

from storyline.quotes.direct import find_quote_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_quotes_marks_curly_and_straight_double_quotes() -> None:
    text = '“The river is high,” the mayor said. He added: "Stay home tonight."'
    assert _texts(text) == ["The river is high", "Stay home tonight."]


def test_quotes_marks_offsets_point_at_the_words_without_marks() -> None:
    text = 'Ana said "we are ready" twice.'
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "we are ready"
    assert text[span.open_mark] == '"' and text[span.close_mark] == '"'


def test_quotes_marks_split_quote_gives_two_spans_in_two_groups() -> None:
    text = "“The first part,” Ana said, “and the second part.”"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["The first part", "and the second part."]
    assert spans[0].group != spans[1].group


def test_quotes_marks_quotation_over_two_paragraphs_shares_a_group() -> None:
    text = "“We planted early this year.\n\n“The harvest will be late anyway,” Ana said."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We planted early this year.",
        "The harvest will be late anyway",
    ]
    assert spans[0].close_mark is None
    assert spans[0].group == spans[1].group
    assert spans[0].paragraph == 0 and spans[1].paragraph == 1


def test_quotes_marks_unclosed_paragraph_without_reopening_starts_new_group() -> None:
    text = "“An unfinished line\n\nA plain paragraph with “a phrase” in it."
    spans = find_quote_spans(text)
    assert len(spans) == 2 and spans[0].group != spans[1].group


def test_quotes_marks_single_quotes_but_not_apostrophes() -> None:
    text = "The council’s report called the plan ‘reckless’ and the farmers' union agreed."
    assert _texts(text) == ["reckless"]


def test_quotes_marks_single_quotes_inside_double_are_part_of_the_outer_quote() -> None:
    text = "“He told me ‘never again’ and left,” Ana said."
    assert _texts(text) == ["He told me ‘never again’ and left"]


def test_quotes_marks_trailing_comma_is_not_part_of_the_words() -> None:
    text = 'It was "a hard climb," she said.'
    assert _texts(text) == ["a hard climb"]


def test_quotes_marks_stray_closing_straight_quote_is_ignored() -> None:
    assert _texts('The pipe was 3" wide and nobody said anything.') == []


def test_quotes_marks_span_without_letters_is_dropped() -> None:
    assert _texts("The score was “3-1” at half time.") == []
