"""Finding time expression spans and clause tense without a model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.time.spans import clause_tense, find_candidates, text_tense


def _texts(text: str) -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return [c.text for c in find_candidates(nlp(text))]


def test_time_spans_weekday_with_part_of_day_is_one_span():
    assert _texts("The envoy spent Tuesday morning in talks.") == ["Tuesday morning"]


def test_time_spans_leave_the_preposition_out():
    assert _texts("The plan was drafted in June and signed on Friday.") == ["June", "Friday"]


def test_time_spans_ambiguous_month_words_need_a_date_context():
    assert _texts("May I ask? The March drew crowds.") == []
    assert _texts("It opened in May and closed March 3, 2004.") == ["May", "March 3, 2004"]


def test_time_spans_year_ranges_and_relative_phrases():
    found = _texts("Veterans of the 1950-53 war met late last month, three years ago.")
    assert found == ["1950-53", "late last month", "three years ago"]


def test_time_spans_sentence_index_and_text_tense():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    found = find_candidates(nlp("Aides met on Monday. They will fly home on Friday."))
    assert [(c.text, c.sentence, c.tense) for c in found] == [
        ("Monday", 0, "past"),
        ("Friday", 1, "future"),
    ]


def test_time_spans_text_tense_cues():
    assert text_tense("the ministers plan to meet") == "future"
    assert text_tense("the ministers gathered") == "past"
    assert text_tense("the ministers") == "unknown"


def test_time_spans_iso_dates_are_not_year_ranges():
    assert _texts("The file dated 2018-10-07 covers the 1950-53 war.") == ["2018-10-07", "1950-53"]


def _parsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)


def test_time_spans_a_main_verb_tagged_as_a_participle_with_a_subject_is_past():
    # "Farmers marched through Lima": the tagger's VBN on a clause's own verb
    doc = _parsed(
        ["Farmers", "marched", "through", "Lima"],
        ["NNS", "VBN", "IN", "NNP"],
        [1, 1, 1, 2],
        ["nsubj", "ROOT", "prep", "pobj"],
    )
    assert clause_tense(doc[1]) == "past"
    # a headline's bare participle names no subject: its tense stays unknown
    bare = _parsed(["Ceasefire", "signed"], ["NN", "VBN"], [1, 1], ["npadvmod", "ROOT"])
    assert clause_tense(bare[1]) == "unknown"
