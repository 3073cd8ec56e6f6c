"""The PLOVER ontology, trigger lexicon and status cues are complete and consistent."""

from __future__ import annotations

import pytest

from storyline.datafiles import load_packaged
from storyline.errors import DataFileError
from storyline.events import triggers as triggers_module
from storyline.events.status import load_cues
from storyline.events.triggers import load_lexicon

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_events_ontology_has_the_sixteen_plover_types() -> None:
    types = load_packaged("plover.yaml")["types"]
    assert set(types) == PLOVER_TYPES
    for name, info in types.items():
        assert info["definition"], name
        assert info["quad"] in {
            "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"
        }  # fmt: skip
        assert isinstance(info["cooperative"], bool)
        assert info["cooperative"] == info["quad"].endswith("cooperation")
        assert info["cameo"] and all(isinstance(c, str) for c in info["cameo"])


def test_events_consult_has_the_plover_modes() -> None:
    modes = load_packaged("plover.yaml")["types"]["CONSULT"]["modes"]
    assert {"visit", "third-party", "multilateral", "phone"} <= set(modes)


def test_events_lexicon_covers_every_type_verbal_and_nominal() -> None:
    lexicon = load_lexicon()
    verbal = {r.type for rules in lexicon.verbs.values() for r in rules}
    nominal = {r.type for rules in lexicon.nouns.values() for r in rules}
    assert verbal == PLOVER_TYPES, PLOVER_TYPES - verbal
    assert nominal == PLOVER_TYPES, PLOVER_TYPES - nominal
    assert next(r for r in lexicon.verbs["meet"] if r.type == "CONSULT").symmetric
    assert lexicon.verbs["host"][0].host
    # "told" alone is not an event; "told Pakistan to hand over" demands, "told illegal
    # aliens to leave" expels
    assert all(
        (r.requires.get("actor_object") or r.requires.get("object"))
        and r.requires.get("complement")
        for r in lexicon.verbs["tell"]
    )


def test_events_lexicon_cameo_codes_belong_to_their_type() -> None:
    types = load_packaged("plover.yaml")["types"]
    lexicon = load_lexicon()
    tables = (lexicon.verbs, lexicon.nouns, lexicon.adjectives)
    for table in tables:
        for rules in table.values():
            for rule in rules:
                assert rule.cameo is not None
                roots = {c[:2] for c in types[rule.type]["cameo"]}
                assert rule.cameo[:2] in roots or rule.cameo in types[rule.type]["cameo"], rule


def test_events_lexicon_rejects_unknown_type(monkeypatch: pytest.MonkeyPatch) -> None:
    real = triggers_module.load_packaged

    def fake(name: str):
        if name == "triggers.yaml":
            return {"verbs": {"meet": {"type": "GREET", "cameo": "040"}}}
        return real(name)

    monkeypatch.setattr(triggers_module, "load_packaged", fake)
    load_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="unknown PLOVER type"):
            load_lexicon()
    finally:
        load_lexicon.cache_clear()


def test_events_lexicon_rejects_mode_of_another_type(monkeypatch: pytest.MonkeyPatch) -> None:
    real = triggers_module.load_packaged

    def fake(name: str):
        if name == "triggers.yaml":
            return {"nouns": {"talk": {"type": "ACCUSE", "mode": "visit", "cameo": "111"}}}
        return real(name)

    monkeypatch.setattr(triggers_module, "load_packaged", fake)
    load_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="has no mode"):
            load_lexicon()
    finally:
        load_lexicon.cache_clear()


def test_events_status_cues_load_with_key_words() -> None:
    cues = load_cues()
    assert "not" in cues.words["negation_words"]
    assert "will" in cues.words["planned_modals"]
    assert "if" in cues.words["hypothetical_marks"]
    assert "in exchange for" in cues.words["condition_phrases"]
    assert "say" in cues.words["reporting_verbs"]
    assert "cancel" in cues.words["cancelling_governors"]


def test_events_lexicon_mode_tables_use_plover_modes() -> None:
    lexicon = load_lexicon()
    modes = load_packaged("plover.yaml")["types"]
    assert set(lexicon.threat_modes.values()) <= set(modes["THREATEN"]["modes"])
    assert set(lexicon.instruments.values()) <= set(modes["ASSAULT"]["modes"])
    assert lexicon.obligation is not None and lexicon.obligation.rule.type == "REQUEST"
    assert lexicon.disapproval is not None and lexicon.disapproval.rule.type == "ACCUSE"


def test_events_word_forms_do_not_strip_es_from_aides() -> None:
    import spacy

    from storyline.events.triggers import word_forms

    doc = spacy.blank("en")("aides clashes talks")
    assert "aid" not in word_forms(doc[0])
    assert "clash" in word_forms(doc[1]) and "talk" in word_forms(doc[2])


def test_events_lexicon_word_lists_hold_only_words() -> None:
    """YAML reads a bare on/off/no as a boolean: every listed word must stay a string."""

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                assert isinstance(key, str), f"{where}: key {key!r}"
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for item in node:
                assert not isinstance(item, bool), f"{where}: {item!r} should be quoted"
                walk(item, where)

    for name in (
        "triggers.yaml",
        "status_cues.yaml",
        "actors.yaml",
        "agent_words.yaml",
        "cameo_patterns.yaml",
    ):
        walk(load_packaged(name), name)
    governors = [r.requires.get("governor", ()) for r in load_lexicon().nouns["alert"]]
    assert any("on" in g for g in governors)
    assert {"commit", "oppose"} <= load_lexicon().stative_passives


def test_events_cameo_patterns_are_a_typed_fallback() -> None:
    """The CAMEO verb patterns load as object-conditioned rules of known PLOVER types."""
    fallback = load_lexicon().fallback_verbs
    assert len(fallback) > 300
    rules = [r for rs in fallback.values() for r in rs]
    assert all(r.type in PLOVER_TYPES and r.requires.get("object") for r in rules)
    assert any(r.type == "SANCTION" for r in fallback["withdraw"])


def test_events_irregular_verb_forms_and_their_past_only_subset() -> None:
    data = load_packaged("irregular_verbs.json")
    forms, past = data["forms"], set(data["past_forms"])
    assert forms["retook"] == "retake" and forms["forgave"] == "forgive"
    assert past <= set(forms)
    assert {"retook", "forgave", "overran"} <= past
    # presents, gerunds and forms that are verbs of their own may carry a present tag
    assert not {"is", "has", "are", "slamming", "found", "saw", "lay"} & past
