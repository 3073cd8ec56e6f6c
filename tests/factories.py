"""Hand-built records for tests that need no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.records import Actor, ActorAnalysis, ActorMention, EventDate, EventMention, Location

VOCAB = spacy.blank("en").vocab


def parsed_doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A one-sentence Doc from rows of (word, head index, dep, pos, tag, lemma)."""
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][2] != "punct" for i in range(len(rows))],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def people_analysis(doc: Doc, people: dict[str, Actor]) -> ActorAnalysis:
    """An actor analysis naming every token of ``doc`` that is a key of ``people``."""
    mentions = [
        ActorMention(people[t.text].key, t.idx, t.idx + len(t.text), 0, t.text)
        for t in doc
        if t.text in people
    ]
    return ActorAnalysis({a.key: a for a in people.values()}, mentions)


def mention(
    type_: str = "CONSULT",
    source: tuple[str, ...] = ("reg:a",),
    target: tuple[str, ...] = ("reg:b",),
    status: str = "asserted",
    date: str | None = None,
    granularity: str | None = None,
    start: int = 0,
    place: str | None = None,
    text: str = "A met B.",
) -> EventMention:
    return EventMention(
        type=type_,
        mode=None,
        cameo=None,
        source=list(source),
        target=list(target),
        status=status,
        sentence=start // 100,
        start=start,
        end=start + len(text),
        text=text,
        trigger="met",
        trigger_start=start + 2,
        date=EventDate(value=date, granularity=granularity),
        location=Location(place) if place else None,
    )
