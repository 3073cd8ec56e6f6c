"""The recogniser's names, mended where they run across a clause's verb."""

from __future__ import annotations

import pytest

from storyline.annotate import load_nlp

pytestmark = pytest.mark.model


def test_a_name_run_across_a_verb_is_split_there() -> None:
    # my own sentence: the recogniser reads "Trump accused Zelenskiy" as one organisation
    nlp = load_nlp(None)
    doc = nlp("Trump accused Zelenskiy of gambling with a world war.")
    assert not [e for e in doc.ents if any(t.text == "accused" for t in e)]
    assert "Zelenskiy" in [e.text for e in doc.ents]
