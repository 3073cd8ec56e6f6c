"""extract_quotes on parsed text written for these tests (needs the spaCy model)."""

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
    """Parse ``text``; every occurrence of a ``names`` key becomes a mention of its actor."""
    doc = nlp(text)
    mentions = []
    for name, key in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            mentions.append(ActorMention(key, m.start(), m.end(), 0, name, "test"))
    quotes = extract_quotes(doc, ActorAnalysis({}, mentions))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def _direct(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes if q.direct]


def test_quotes_extract_trailing_cue(nlp) -> None:
    text = "“The bridge will reopen next week. Traffic should return to normal,” Hansen said."
    quotes = _run(nlp, text, {"Hansen": "reg:hansen"})
    assert _direct(quotes) == [
        ("The bridge will reopen next week. Traffic should return to normal", "reg:hansen")
    ]
    assert quotes[0].cue == "said" and quotes[0].sentence == 0


def test_quotes_extract_inverted_cue_with_apposition(nlp) -> None:
    text = (
        '"Ports are the weak point of the plan," said Maria Okafor, an analyst at the '
        "Lagos Institute."
    )
    quotes = _run(nlp, text, {"Maria Okafor": "new:NGA:maria okafor"})
    assert _direct(quotes) == [("Ports are the weak point of the plan", "new:NGA:maria okafor")]


def test_quotes_extract_colon_and_leading_cue(nlp) -> None:
    text = 'Asked about the delay, Tanaka told reporters: "We need one more month."'
    quotes = _run(nlp, text, {"Tanaka": "reg:tanaka"})
    assert _direct(quotes) == [("We need one more month.", "reg:tanaka")]
    assert quotes[0].cue == "told"


def test_quotes_extract_split_quote_same_speaker(nlp) -> None:
    text = "“We have the money,” Hansen said on Friday. “What we lack is time.”"
    quotes = _run(nlp, text, {"Hansen": "reg:hansen"})
    assert _direct(quotes) == [
        ("We have the money", "reg:hansen"),
        ("What we lack is time.", "reg:hansen"),
    ]


def test_quotes_extract_anonymous_diplomat_is_one_unnamed_speaker(nlp) -> None:
    text = (
        "A diplomat who asked not to be named said the meeting was "
        '"tense but useful," according to a report by the local radio.'
    )
    quotes = _run(nlp, text, {"Hansen": "reg:hansen"})
    speakers = {q.speaker for q in quotes}
    assert quotes and len(speakers) == 1
    assert speakers.pop().startswith("unnamed:")


def test_quotes_extract_indirect_speech_with_that(nlp) -> None:
    text = "The foreign minister, Alvarez, told the committee that the border would stay closed."
    quotes = _run(nlp, text, {"Alvarez": "reg:alvarez"})
    indirect = [q for q in quotes if not q.direct]
    assert [(q.text, q.speaker, q.cue) for q in indirect] == [
        ("the border would stay closed", "reg:alvarez", "told")
    ]


def test_quotes_extract_according_to_statement_by_actor(nlp) -> None:
    text = (
        "The two leaders will meet again in May, according to a statement issued by the "
        "ministry spokesman, Dario Conti."
    )
    quotes = _run(nlp, text, {"Dario Conti": "reg:conti"})
    assert len(quotes) == 1
    quote = quotes[0]
    assert not quote.direct and quote.cue == "according to" and quote.speaker == "reg:conti"
    assert quote.text.startswith("The two leaders will meet again in May")


def test_quotes_extract_wanted_speech_is_not_reported_speech(nlp) -> None:
    text = "The union has asked the company to announce that no jobs will be cut."
    quotes = _run(nlp, text, {})
    assert quotes == []


def test_quotes_extract_quote_paragraph_after_introducing_paragraph(nlp) -> None:
    text = (
        "Hansen said the repairs had been planned for years.\n\n"
        "“Nobody wanted to close the bridge in summer.”\n\n"
        "The council meets on Monday."
    )
    quotes = _run(nlp, text, {"Hansen": "reg:hansen"})
    assert ("Nobody wanted to close the bridge in summer.", "reg:hansen") in _direct(quotes)


def test_quotes_extract_multi_paragraph_quote_is_one_record_with_cue_of_last_part(nlp) -> None:
    text = (
        "“The first year was about survival.\n\n"
        "“The second year is about growth,” Okafor said.\n\n"
        "Shares rose."
    )
    quotes = _run(nlp, text, {"Okafor": "reg:okafor"})
    assert _direct(quotes) == [
        (
            "The first year was about survival.\n\n“The second year is about growth",
            "reg:okafor",
        ),
    ]
    assert quotes[0].sentence == 0 and quotes[0].cue == "said"


def test_quotes_extract_scare_quotes_without_cue_have_no_speaker(nlp) -> None:
    text = "Hansen met the so-called “reform group” in the morning."
    quotes = _run(nlp, text, {"Hansen": "reg:hansen"})
    assert _direct(quotes) == [("reform group", None)]
    assert quotes[0].cue is None


def test_quotes_extract_according_to_unnamed_source_keeps_the_verb_subject(nlp) -> None:
    text = "Ortega said the dam would be finished by June, according to a transcript of the call."
    quotes = _run(nlp, text, {"Ortega": "reg:ortega"})
    assert [(q.text, q.speaker, q.cue, q.direct) for q in quotes] == [
        ("the dam would be finished by June", "reg:ortega", "said", False)
    ]


def test_quotes_extract_according_to_other_actor_leaves_speaker_open(nlp) -> None:
    text = "Ortega said the dam would be finished by June, according to a statement by Ruiz."
    quotes = _run(nlp, text, {"Ortega": "reg:ortega", "Ruiz": "reg:ruiz"})
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_quotes_extract_according_to_a_third_partys_report_keeps_the_verb_subject(nlp) -> None:
    # my own sentence: a reporter's account is the channel; Ortega still said it
    text = (
        'Ortega said the talks had gone well but added that it would take "many years," '
        "according to a pool report by the one journalist travelling with Ruiz."
    )
    quotes = _run(nlp, text, {"Ortega": "reg:ortega", "Ruiz": "reg:ruiz", "journalist": "j"})
    assert quotes and {q.speaker for q in quotes} == {"reg:ortega"}
    # a statement by another actor still leaves the speaker open (the test above)


def test_quotes_extract_a_second_reporting_verb_after_a_that_clause_is_the_subjects(
    nlp,
) -> None:
    # my own sentence: "says" shares the government's subject, not the clause's "soldiers"
    text = (
        "The government denies that foreign soldiers are in the country and says only "
        "trainers are present."
    )
    quotes = _run(nlp, text, {"government": "gov", "soldiers": "soldiers"})
    assert [(q.text, q.speaker) for q in quotes] == [
        ("foreign soldiers are in the country", "gov"),
        ("only trainers are present", "gov"),
    ]
