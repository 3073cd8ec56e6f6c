"""Hyphenated event words stay one token, and the text is unchanged."""

from __future__ import annotations

import pytest

from storyline.annotate import (
    keep_prefixed,
    keep_whole,
    load_nlp,
    single_tokens,
    split_dotted_pairs,
    whole_prefixes,
)

pytestmark = pytest.mark.model


def test_single_tokens_list_is_loaded() -> None:
    assert "cease-fire" in single_tokens()


def test_hyphenated_event_words_are_one_token_in_every_form() -> None:
    nlp = load_nlp(None)
    text = (
        "Cease-fire talks failed; two cease-fires and a sit-in followed, then sit-ins, a "
        "call-up and a build-up."
    )
    doc = nlp(text)
    words = [t.text for t in doc]
    assert {"Cease-fire", "cease-fires", "sit-in", "sit-ins", "call-up", "build-up"} <= set(words)
    assert doc.text == text


def test_keep_whole_adds_capitalised_and_plural_forms() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert len(nlp("stand-off")) == 3
    keep_whole(nlp, ["stand-off"])
    assert [len(nlp(w)) for w in ("stand-off", "Stand-off", "stand-offs")] == [1, 1, 1]


def test_keep_prefixed_keeps_re_and_co_words_whole() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert len(nlp("re-opened")) == 3
    keep_prefixed(nlp, whole_prefixes())
    words = [t.text for t in nlp("They re-opened it, Re-elected and co-operating; pro-Syrian.")]
    assert {"re-opened", "Re-elected", "co-operating"} <= set(words)
    assert "pro-Syrian" not in words  # other prefixes still split
    # a prefix before a capitalised word splits as before
    assert len(nlp("re-Elect")) == 3


def test_split_dotted_pairs_splits_an_abbreviation_from_a_name() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert "U.S.-North" in [t.text for t in nlp("the U.S.-North Korea summit")]
    split_dotted_pairs(nlp)
    text = "the U.S.-North Korea summit, U.N.-Iraq talks and the U.S.-led coalition"
    doc = nlp(text)
    words = [t.text for t in doc]
    assert words[1:4] == ["U.S.", "-", "North"]
    assert ["U.N.", "-", "Iraq"] == words[7:10]
    assert "U.S.-led" in words  # a lower-case word after the hyphen stays joined
    assert doc.text == text
