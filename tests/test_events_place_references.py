"""Event nouns named only by a town or city (needs the spaCy model): a definite one ("the
commitments that were made that day in Geneva") is kept as a place reference for the store to
attach; an indefinite one ("a Clinton trip to Pyongyang") is not; one with an event of its
type in the sentence before takes that event's parties."""

from __future__ import annotations

import pytest

from storyline.actors.registry import load_registry
from storyline.annotate import load_nlp
from storyline.pipeline import analyse
from storyline.records import CleanedText, Document, ProcessedDocument

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def process():
    nlp = load_nlp(None)
    registry = load_registry(())

    def run(text: str) -> ProcessedDocument:
        cleaned = CleanedText(text=text, title=None, byline=None, segments=[], dropped=[])
        document = Document(id="t", source="t", text=text)
        return analyse(document, cleaned, nlp(text), {"date": "2019-03-04"}, registry)

    return run


def test_events_place_reference_definite_noun_with_a_relative_clause(process) -> None:
    out = process(
        "Negotiators must now work out the details of the commitments that were made that "
        "day in Geneva."
    )
    assert out.events == []
    (reference,) = out.references
    assert (reference.type, reference.status) == ("AGREE", "asserted")
    assert reference.location is not None and reference.location.name == "Geneva"
    assert reference.trigger == "commitments made"  # the relative clause's verb carries it
    assert (reference.source, reference.target) == ([], [])


def test_events_place_reference_indefinite_noun_is_not_one(process) -> None:
    out = process("Kim gave no assurances in advance of a Clinton trip to Pyongyang.")
    assert out.references == []


def test_events_place_reference_takes_the_previous_sentences_event(process) -> None:
    out = process(
        "Emmanuel Macron met Angela Merkel in Paris on Monday. "
        "The discussion in Paris focused on trade."
    )
    assert out.references == []
    (meeting,) = [e for e in out.events if e.type == "CONSULT"]
    assert [m.trigger for _, m in meeting.mentions] == ["met", "discussion"]
