"""Hand-built records for tests that need no model."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import spacy
from spacy.tokens import Doc

from storyline.records import Actor, ActorAnalysis, ActorMention, EventDate, EventMention, Location

VOCAB = spacy.blank("en").vocab
POSTGRES_ENV = "STORYLINE_TEST_POSTGRES_URL"


@contextmanager
def postgres_schema_url(prefix: str = "t") -> Iterator[str]:
    """A URL of the test PostgreSQL whose search path is a new schema, dropped afterwards;
    skips the test when ``STORYLINE_TEST_POSTGRES_URL`` is not set."""
    import pytest
    from sqlalchemy import create_engine, text

    from storyline.store import database_url

    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set")
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = create_engine(database_url(base))
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text("SET lock_timeout = '10s'"))
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


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
