"""Unnamed speakers ("a senior official") kept as actors with their affiliation."""

from __future__ import annotations

import re

import pytest

from storyline.quotes import extract_quotes
from storyline.records import Actor, ActorAnalysis, ActorMention, Quote

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _run(nlp, text: str, actors: dict[str, Actor]) -> tuple[list[Quote], ActorAnalysis]:
    """Every occurrence of an actor's name is a mention of it."""
    doc = nlp(text)
    mentions = [
        ActorMention(key, m.start(), m.end(), 0, actor.name, "test")
        for key, actor in actors.items()
        for m in re.finditer(rf"(?<!\w){re.escape(actor.name)}(?!\w)", text)
    ]
    analysis = ActorAnalysis(dict(actors), mentions)
    return extract_quotes(doc, analysis), analysis


def test_quotes_unnamed_official_becomes_actor_with_country_affiliation(nlp) -> None:
    usa = Actor("reg:usa", "U.S.", "country", country="USA")
    quotes, analysis = _run(
        nlp, "“We will not back down,” a senior U.S. official said.", {"reg:usa": usa}
    )
    (quote,) = quotes
    speaker = analysis.actors[quote.speaker]
    assert quote.speaker.startswith("unnamed:USA:")
    assert speaker.kind == "person" and speaker.country == "USA"
    assert speaker.affiliation == "reg:usa"
    assert "senior U.S. official" in speaker.name
    assert any(m.actor_key == quote.speaker for m in analysis.mentions)


def test_quotes_unnamed_the_official_is_the_earlier_senior_official(nlp) -> None:
    text = "A senior official said the talks had stalled. “There is no deal,” the official said."
    quotes, analysis = _run(nlp, text, {})
    assert len({q.speaker for q in quotes}) == 1
    unnamed = [k for k in analysis.actors if k.startswith("unnamed:")]
    assert len(unnamed) == 1


def test_quotes_unnamed_prepositional_affiliation(nlp) -> None:
    ministry = Actor("reg:mofa", "Foreign Ministry", "organization", country="KOR", sector="GOV")
    text = "An official at the Foreign Ministry said the envoy would arrive on Friday."
    quotes, analysis = _run(nlp, text, {"reg:mofa": ministry})
    (quote,) = quotes
    speaker = analysis.actors[quote.speaker]
    assert speaker.affiliation == "reg:mofa" and speaker.sector == "GOV"
    assert speaker.country == "KOR"


def test_quotes_unnamed_named_speaker_wins_over_description(nlp) -> None:
    lee = Actor("reg:lee", "Lee Min-ho", "person", country="KOR")
    text = "“The door is open,” said Lee Min-ho, a senior official."
    quotes, analysis = _run(nlp, text, {"reg:lee": lee})
    assert [q.speaker for q in quotes] == ["reg:lee"]
    assert not [k for k in analysis.actors if k.startswith("unnamed:")]


def test_quotes_unnamed_plain_noun_subject_is_not_a_speaker(nlp) -> None:
    quotes, analysis = _run(nlp, "The report said the bridge would reopen in May.", {})
    assert all(q.speaker is None for q in quotes)
    assert analysis.actors == {}
