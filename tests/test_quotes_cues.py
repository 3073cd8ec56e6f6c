"""The speech-cue lexicon (data/speech_cues.yaml) and its loader."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from storyline.datafiles import load_packaged
from storyline.errors import DataFileError
from storyline.quotes import speaker as speaker_module
from storyline.quotes.speaker import load_cues


def test_quotes_cues_lexicon_has_core_verbs_and_phrase() -> None:
    cues = load_cues()
    assert {"say", "tell", "add", "indicate"} <= cues.reporting
    assert "ask" in cues.direct_only and "ask" not in cues.reporting
    assert (("according", "to"), "according to") in cues.phrases
    assert "statement" in cues.source_nouns


def test_quotes_cues_lists_do_not_overlap() -> None:
    data = load_packaged("speech_cues.yaml")
    reporting = set(data["reporting_verbs"])
    direct_only = set(data["direct_only_verbs"])
    assert not reporting & direct_only
    assert len(reporting) == len(data["reporting_verbs"])


def test_quotes_cues_phrase_matches_consecutive_tokens_only() -> None:
    nlp = spacy.blank("en")
    doc = nlp("according to them , and according the rules to")
    cues = load_cues()
    assert cues.phrase_at(doc[0]) == "according to"
    assert cues.phrase_at(doc[5]) is None
    assert cues.phrase_at(doc[-1]) is None


def test_quotes_cues_verb_test_uses_lemma() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(
        vocab, words=["she", "told", "the", "sayings"], lemmas=["she", "tell", "the", "saying"]
    )
    cues = load_cues()
    assert cues.is_reporting(doc[1]) and cues.is_cue(doc[1])
    assert not cues.is_cue(doc[3])


def test_quotes_cues_invalid_file_raises_data_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    load_cues.cache_clear()
    monkeypatch.setattr(speaker_module, "load_packaged", lambda name: {"reporting_verbs": "say"})
    try:
        with pytest.raises(DataFileError):
            load_cues()
    finally:
        load_cues.cache_clear()
