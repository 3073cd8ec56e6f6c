"""Armed non-state groups of groups_world.json found in text through the spaCy model."""

from __future__ import annotations

import pytest

from storyline.actors import find_actors
from storyline.actors.registry import load_registry
from storyline.records import PublishedDate

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _actors(nlp, text):
    res = find_actors(nlp(text), PublishedDate("2005-03-01"), load_registry())
    return res, {m.text: m.actor_key for m in res.mentions}


def test_actors_group_from_the_dictionary_gets_its_country(nlp):
    res, keys = _actors(nlp, "The Alex Boncayao Brigade attacked an army post in Mindanao.")
    group = res.actors[keys["Alex Boncayao Brigade"]]
    assert (group.kind, group.country, group.sector) == ("organization", "PHL", "REB")
    res, keys = _actors(nlp, "The Aden Abyan Islamic Army claimed the attack in Yemen.")
    assert res.actors[keys["Aden Abyan Islamic Army"]].country == "YEM"


def test_actors_curated_group_wins_over_the_dictionary(nlp):
    res, keys = _actors(nlp, "The Moro Islamic Liberation Front attacked an army post in Mindanao.")
    assert keys["Moro Islamic Liberation Front"] == "reg:milf"
    assert res.actors["reg:milf"].country == "PHL"


def test_actors_ordinary_sentence_gains_no_group(nlp):
    text = (
        "The movement said the army had held the front line for a week, and the group's "
        "leader told the council that the union would join the party on Black Friday."
    )
    res, _ = _actors(nlp, text)
    grouped = [a for a in res.actors.values() if a.registry_id and a.registry_id.startswith("grp-")]
    assert grouped == []
