"""The group-actor word lists are well formed (no model needed)."""

from __future__ import annotations

from storyline.datafiles import load_packaged


def _lexicon() -> dict:
    return load_packaged("actors.yaml")["lexicon"]


def test_actors_agent_words_point_to_known_sectors() -> None:
    sectors = set(load_packaged("sectors.yaml")["sectors"])
    data = load_packaged("agent_words.yaml")
    assert len(data["words"]) > 300
    assert set(data["words"].values()) <= sectors
    # irregular plurals name an agent word or another noun for a person ("schoolchildren")
    people = set(data["words"]) | set(load_packaged("person_nouns.json")["words"])
    assert set(data["plurals"].values()) <= people
    lexicon = _lexicon()
    for table in ("agent_nouns", "qualified_agent_nouns", "group_cues"):
        assert set(lexicon[table].values()) <= sectors, table


def test_actors_agent_word_tables_do_not_overlap() -> None:
    lexicon = _lexicon()
    assert not set(lexicon["agent_nouns"]) & set(lexicon["qualified_agent_nouns"])
    # a state noun qualified by a country names that state ("the Croatian state"); alone it
    # refers back ("the state")
    assert not set(lexicon["qualified_agent_nouns"]) & set(lexicon["state_nouns"]) - {
        "government",
        "regime",
        "state",
        "nation",
    }
    assert all(isinstance(w, str) for w in lexicon["non_group_nouns"] + lexicon["group_nouns"])


def test_actors_person_nouns_are_lower_case_words_with_their_notice() -> None:
    data = load_packaged("person_nouns.json")
    words = data["words"]
    assert len(words) > 5000 and words == sorted(set(words))
    assert all(w.islower() and " " not in w for w in words)
    assert {"guard", "hardliner", "villager"} <= set(words)
    assert not {"head", "source", "party"} & set(words)  # usual sense not a person
    assert "Princeton University" in data["licence"]


def test_actors_group_nouns_are_social_groups_with_their_notice() -> None:
    data = load_packaged("group_nouns.json")
    words = data["words"]
    assert len(words) > 300 and words == sorted(set(words))
    assert all(w.islower() and " " not in w for w in words)
    assert {"community", "crowd", "tribe", "delegation"} <= set(words)
    assert not {"data", "set", "category", "chain"} & set(words)  # collections of things
    assert "Princeton University" in data["licence"]
