"""A blank line ends a sentence: the parser keeps the paragraph breaks of the text."""

from __future__ import annotations

import pytest

from storyline.annotate import load_nlp

pytestmark = pytest.mark.model


def test_a_dateline_on_its_own_paragraph_is_its_own_sentence() -> None:
    # my own text: without the break, the parser reads the dateline and the first sentence
    # as one, and "WASHINGTON" as the subject of "met"
    nlp = load_nlp(None)
    doc = nlp("WASHINGTON, May 2, 2019\n\nMarta Ruiz, Spain's envoy, met the president today.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "WASHINGTON, May 2, 2019",
        "Marta Ruiz, Spain's envoy, met the president today.",
    ]
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["Ruiz"]


def test_a_closing_quote_paragraph_stays_apart_from_the_next_one() -> None:
    nlp = load_nlp(None)
    text = '"We will see," he said\n\nThe ministers met in Oslo on Friday.'
    assert [s.text.strip() for s in nlp(text).sents][-1] == "The ministers met in Oslo on Friday."


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    nlp = load_nlp(None)
    doc = nlp("The ministers met in Oslo\non Friday and signed a treaty.")
    assert len(list(doc.sents)) == 1


def test_a_dateline_opening_a_paragraph_runs_on_to_the_clause_after_its_dash() -> None:
    # my own text: the parser had cut the dateline off as a sentence of its own
    nlp = load_nlp(None)
    doc = nlp(
        "Trade pact signed in Busan\n\nBUSAN, South Korea (Oct. 3, 2024) - Chile and Peru "
        "agreed on Thursday to lower their tariffs."
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[-1].startswith("BUSAN, South Korea (Oct. 3, 2024) - Chile and Peru agreed")
    assert [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "agreed"] == ["Chile"]
