"""Tidying the parties of one event mention once its trigger, place and mode are known.

- A place is not a party: "the Singapore summit" puts the summit in Singapore, and a country
  actor that is the event's own location ("met in Singapore") leaves the parties.
- A meeting needs two parties: a symmetric event with one known participant keeps it as the
  source and no target (never "X met X"); held abroad, it is that participant's visit to the
  country of the place ("Pompeo's meeting in Pyongyang").
- Nobody acts on themselves: the target never repeats the source of a directed event.
- The host of a visit is the country visited when the text names only the place ("Pompeo
  will visit Beijing": China hosts; its country actor comes from the registry); a visitor
  from that country is a host ("Moon and Kim will visit Mount Paektu": Kim hosts Moon).
- A meeting with an international organisation among its parties is ``multilateral``.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Token

from storyline.events.arguments import ActorIndex, Arguments
from storyline.events.triggers import TriggerRule, load_lexicon, noun_rules
from storyline.records import ActorAnalysis, Location

__all__ = ["HostLookup", "compound_place", "tidy_roles"]


class HostLookup:
    """Country actors by ISO code: those of the analysis, else built from the registry."""

    def __init__(self, actors: ActorAnalysis, registry: Any) -> None:
        self.actors = actors
        self.registry = registry

    def country_key(self, code: str) -> str | None:
        for key, actor in self.actors.actors.items():
            if actor.kind == "country" and code in (actor.registry_id, actor.country):
                return key
        build = getattr(self.registry, "actor", None)
        if build is None:
            return None
        try:
            actor = build(code)
        except KeyError:
            return None
        if actor.kind != "country":
            return None
        # the visited country joins the document's actors so that the event can cite it
        self.actors.actors.setdefault(actor.key, actor)
        return actor.key

    def named_key(self, name: str) -> str | None:
        """The country actor a name is of ("Bahrain", "United Arab Emirates"), or None."""
        entry = getattr(self.registry, "country_entry", lambda _: None)(name)
        return self.country_key(entry.id) if entry is not None else None

    def demonym_key(self, word: str) -> str | None:
        """The country actor a demonym names ("Chinese goods": China), or None."""
        demonym = getattr(self.registry, "country_of_demonym", None)
        code = demonym(word) if demonym is not None else None
        return self.country_key(code) if code else None


def compound_place(
    noun: Token, args: Arguments, patient_of: bool = False
) -> tuple[set[str], Location | None]:
    """(actor keys to drop, place) for a place name used as a modifier of an event noun.

    A compound names the place when it is a known place standing alone ("the Singapore
    summit"); joined to another party ("the U.S.-North Korea summit") it names a party, and
    so does a state before an act whose "of" phrase names what it acts on (``patient_of``:
    "the U.S. bombing of the embassy") or that names what it is aimed at ("U.S. strikes on
    its nuclear sites"); so does a state before a noun of a type that names no scene
    (``party_compound_types``: "reaffirmed U.S. support"). A state beside a word of what the
    event is about (``topic_compounds``: "Burundi peace talks" held in Arusha) is its matter:
    neither place nor party.
    """
    if patient_of and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return set(), None
    quads = load_lexicon().quads
    rules = noun_rules(noun)
    topical = any(
        c.dep_ in ("compound", "amod") and c.lower_ in load_lexicon().topic_compounds
        for c in noun.children
    )
    hostile = any(quads.get(r.type) == "material-conflict" for r in rules)
    unstaged = bool(rules) and all(r.type in load_lexicon().party_compound_types for r in rules)
    aimed = [
        o
        for c in noun.children
        if hostile and c.dep_ == "prep" and c.lower_ in ("on", "against")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for child in noun.children:
        if child.dep_ != "compound" or child.pos_ != "PROPN":
            continue
        keys = {k for t in child.subtree for k in args.index.keys_at(t)}
        if len(keys) > 1:
            continue
        place = args.place_of(child)
        if place is None:
            continue
        if keys and any(args.index.kind(k) != "country" for k in keys):
            continue
        if keys and topical:
            return keys, None
        if keys and (aimed or unstaged):
            continue
        return keys, place
    return set(), None


def _dedupe(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _is_place_actor(key: str, location: Location | None, index: ActorIndex) -> bool:
    if location is None:
        return False
    actor = index.actors.actors.get(key)
    return (
        actor is not None
        and actor.kind == "country"
        and actor.name.casefold() == location.name.casefold()
    )


# Symmetric types whose one known party, named as the object, stays the one acted on.
_FOUGHT_TYPES = frozenset({"ASSAULT"})


def tidy_roles(
    rule: TriggerRule,
    mode: str | None,
    source: list[str],
    target: list[str],
    location: Location | None,
    index: ActorIndex,
    hosts: HostLookup,
    subjects: Collection[str] = (),
) -> tuple[list[str], list[str], str | None]:
    """(source, target, mode) after the rules of this module; ``subjects`` are the actors
    the trigger's grammatical subject names, parties even when the event's place bears
    their name ("Serbia reinforced its troops in southern Serbia")."""
    source = [
        k for k in _dedupe(source) if k in subjects or not _is_place_actor(k, location, index)
    ]
    target = [k for k in _dedupe(target) if not _is_place_actor(k, location, index)]
    symmetric = rule.symmetric and mode != "visit"
    if symmetric:
        everyone = _dedupe(source + target)
        if len(everyone) < 2 and not (rule.type in _FOUGHT_TYPES and target and not source):
            # (but "the coalition fighting the group": the one fought, whoever fights it)
            source, target = everyone, []
    elif len(source) < 2 or set(target) != set(source):  # "accused each other": both ways
        target = [k for k in target if k not in source]
    if rule.type == "CONSULT" and len(source) > 1 and not set(source) & set(target):
        # "Trump and Kim talked and then shared a dinner with a handful of aides": the two
        # met each other; staff of no named state keep them company
        company = [
            k
            for k in target
            if index.kind(k) == "group"
            and not index.country(k)
            and getattr(index.actors.actors.get(k), "sector", None) == "GOV"
        ]
        if company:
            target = [k for k in target if k not in company] or list(source)
    # "Rabin and Arafat met in Cairo": parties of two states meet each other, no visit
    among_themselves = len({index.country(k) for k in source}) > 1
    abroad = (
        location is not None
        and location.country is not None
        and bool(source)
        and not among_themselves
        and all(index.country(k) not in (None, location.country) for k in source)
    )
    if rule.type == "CONSULT" and mode is None and not target and abroad:
        mode = "visit"  # "Pompeo's meeting in Pyongyang": a visit to North Korea
    if rule.type == "CONSULT" and mode == "visit" and location is not None and location.country:
        home = [k for k in source if index.country(k) == location.country]
        guests = [k for k in source if k not in home]
        if home and not guests and not target:
            return [], [], mode  # "Chavez returned to Caracas": a trip at home, no visit
        if home and guests:  # "Moon and Kim will visit Mount Paektu": Kim hosts
            source, target = guests, _dedupe(home + target)
        elif not target and guests:
            key = hosts.country_key(location.country)
            if key is not None and key not in source:
                target = [key]
    if (
        rule.type == "SANCTION"
        and mode == "withdraw"
        and not target
        and location is not None
        and location.country is not None
        and bool(source)
        and all(index.country(k) != location.country for k in source)
        and (key := hosts.country_key(location.country)) is not None
    ):  # "ordered his ambassador in Bogota to return": relations with Colombia are cut
        target = [key]
    if rule.type == "CONSULT" and mode is None:
        parties = index.actors.actors
        if any(getattr(parties.get(k), "sector", None) == "IGO" for k in source + target):
            mode = "multilateral"
    return source, target, mode
