"""Speakers named after a quotation, partial quotes in reported speech (needs the model)."""

from __future__ import annotations

import re

import pytest

from storyline.quotes import extract_quotes
from storyline.records import ActorAnalysis, ActorMention, Quote

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _run(nlp, text: str, names: dict[str, str]) -> list[Quote]:
    doc = nlp(text)
    mentions = [
        ActorMention(key, m.start(), m.end(), 0, name, "test")
        for name, key in names.items()
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    quotes = extract_quotes(doc, ActorAnalysis({}, mentions))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def _direct(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes if q.direct]


@pytest.mark.parametrize(
    "after",
    [
        "Lee made the remarks at a rally in Seoul.",
        "Lee said so in a statement on Monday.",
        "That was the message Lee delivered on Monday.",
        "The words came from Lee, who spoke at a rally.",
    ],
)
def test_quotes_following_sentence_names_the_speaker(nlp, after: str) -> None:
    text = f"The talks ended early.\n\n“We will not back down.”\n\n{after}"
    quotes = _run(nlp, text, {"Lee": "reg:lee"})
    assert ("We will not back down.", "reg:lee") in _direct(quotes)


def test_quotes_following_sentence_with_its_own_report_names_no_speaker(nlp) -> None:
    text = "The talks ended early.\n\n“We are ready.”\n\nLee said the talks would resume in May."
    quotes = _run(nlp, text, {"Lee": "reg:lee"})
    assert _direct(quotes) == [("We are ready.", None)]


def test_quotes_following_unrelated_sentence_names_no_speaker(nlp) -> None:
    text = "The talks ended early.\n\n“We are ready.”\n\nLee met Kim on Monday."
    quotes = _run(nlp, text, {"Lee": "reg:lee", "Kim": "reg:kim"})
    assert _direct(quotes) == [("We are ready.", None)]


def test_quotes_following_reaction_to_the_words_names_no_speaker(nlp) -> None:
    text = "The talks ended early.\n\n“We are ready.”\n\nTrump praised the remarks on Monday."
    quotes = _run(nlp, text, {"Trump": "reg:trump"})
    assert _direct(quotes) == [("We are ready.", None)]


def test_quotes_following_scare_quote_in_narration_takes_no_speaker(nlp) -> None:
    text = "Hansen met the so-called “reform group.” The words came from Lee."
    quotes = _run(nlp, text, {"Hansen": "reg:hansen", "Lee": "reg:lee"})
    assert _direct(quotes) == [("reform group.", None)]


@pytest.mark.parametrize("quoted", ["'productive talks'", "“productive talks”"])
def test_quotes_following_partial_quote_inside_reported_speech(nlp, quoted: str) -> None:
    text = f"Lee said he had {quoted} with Kim on Monday."
    quotes = _run(nlp, text, {"Lee": "reg:lee", "Kim": "reg:kim"})
    assert ("productive talks", "reg:lee") in _direct(quotes)
    (indirect,) = [q for q in quotes if not q.direct]
    assert indirect.speaker == "reg:lee" and indirect.text.startswith("he had")
