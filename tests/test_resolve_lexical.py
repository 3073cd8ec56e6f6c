"""Lexical compatibility of event mentions (storyline.resolve.lexical); no spaCy model."""

from __future__ import annotations

from storyline.datafiles import load_packaged
from storyline.resolve.lexical import (
    cluster_by_class,
    coreference_rates,
    event_class,
    normalise_lemma,
    stem,
    uncertain_lemmas,
    weak_lemmas,
)


def test_resolve_lexical_stem_joins_inflections() -> None:
    assert stem("driving") == stem("drives") == stem("drive")
    assert stem("arrests") == stem("arrest")
    assert stem("nomination") == stem("nominate")


def test_resolve_lexical_stem_keeps_short_words() -> None:
    assert stem("bus") == "bus"
    assert stem("die") == "die"


def test_resolve_lexical_normalise_fixes_lemmatiser_slips() -> None:
    assert normalise_lemma("dies") == "die"
    assert normalise_lemma('"Riot"') == "riot"
    assert normalise_lemma("checks", {"check", "checks"}) == "check"
    assert normalise_lemma("checks") == "checks"  # no evidence that "check" is the lemma


def test_resolve_lexical_normalise_drops_marks() -> None:
    assert normalise_lemma("#Oscar") == "oscar"
    assert normalise_lemma("oscars®", {"oscar"}) == "oscar"
    assert normalise_lemma("show's") == "show"
    assert normalise_lemma("re-arrest") == "re-arrest"


def test_resolve_lexical_event_class_groups_synonyms() -> None:
    assert event_class("earthquake") == event_class("quake") == event_class("temblor")
    assert event_class("beat") == event_class("victory") == event_class("win")
    assert event_class("acquisition") == event_class("buy")
    assert event_class("earthquake") != event_class("arrest")


def test_resolve_lexical_event_class_falls_back_to_stem() -> None:
    assert event_class("zigzagging") == stem("zigzagging")


def test_resolve_lexical_lexicon_word_in_one_class() -> None:
    lines = [line.split() for line in load_packaged("event_classes.yaml")["classes"]]
    words = [word for line in lines for word in line]
    assert len(words) == len(set(words))
    assert all(len(line) >= 2 for line in lines)


def test_resolve_lexical_coreference_rates_count_pairs() -> None:
    examples = [("b1", "say", 1), ("b1", "say", 2), ("b1", "say", 3), ("b1", "kill", 7)]
    examples += [("b1", "kill", 7), ("b2", "say", 4), ("b2", "say", 4)]
    rates = coreference_rates(examples)
    assert rates["say"] == (1 / 4, 4)  # b1: 3 pairs, none linked; b2: 1 pair, linked
    assert rates["kill"] == (1.0, 1)


def test_resolve_lexical_weak_lemmas_need_support() -> None:
    examples = [("b", "say", n) for n in range(6)] + [("b", "kill", 1), ("b", "kill", 2)]
    assert weak_lemmas(examples, rate=0.3, support=10) == frozenset({"say"})
    assert weak_lemmas(examples, rate=0.3, support=1) == frozenset({"say", "kill"})


def test_resolve_lexical_cluster_by_class_merges_within_block() -> None:
    mentions = [
        ("m1", "quake-story", "earthquake"),
        ("m2", "quake-story", "quake"),
        ("m3", "quake-story", "say"),
        ("m4", "quake-story", "say"),
        ("m5", "other-story", "quake"),
    ]
    clusters = cluster_by_class(mentions, weak=frozenset({"say"}))
    assert sorted(sorted(c) for c in clusters) == [["m1", "m2"], ["m3"], ["m4"], ["m5"]]


def test_resolve_lexical_cluster_by_class_uses_mention_vocabulary() -> None:
    mentions = [("a", 1, "checks"), ("b", 1, "check"), ("c", 1, "dies"), ("d", 1, "die")]
    clusters = cluster_by_class(mentions)
    assert sorted(sorted(c) for c in clusters) == [["a", "b"], ["c", "d"]]


def test_resolve_lexical_uncertain_lemmas_between_rates() -> None:
    examples = [("b", "say", n) for n in range(6)]  # 15 pairs, none linked: weak
    examples += [("b", "leave", 1)] * 3 + [("b", "leave", 2)] * 3  # 6 of 15 linked
    examples += [("b", "kill", 1)] * 6  # all 15 linked
    assert uncertain_lemmas(examples, low=0.3, high=0.6, support=10) == frozenset({"leave"})


def test_resolve_lexical_cluster_by_class_uncertain_needs_context() -> None:
    mentions = [("a", 1, "leave"), ("b", 1, "leave"), ("c", 1, "leave"), ("d", 1, "leave")]
    context = {
        "a": frozenset("coach club season after five years".split()),
        "b": frozenset("coach club season after five weeks".split()),
        "c": frozenset("player hospital monday".split()),
    }  # "d" has no context
    clusters = cluster_by_class(mentions, uncertain=frozenset({"leave"}), context=context)
    assert sorted(sorted(c) for c in clusters) == [["a", "b"], ["c"], ["d"]]
    # without contexts, uncertain lemmas merge like any other
    assert len(cluster_by_class(mentions, uncertain=frozenset({"leave"}))) == 1
