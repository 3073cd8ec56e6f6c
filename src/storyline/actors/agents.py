"""Unnamed collective actors: "police", "South Korean troops", "North Korean officials".

A plural or collective noun listed in the lexicon (``agent_nouns``: noun -> sector code) is
a group actor of that sector, of the country a demonym or country name before it gives
("Indian police" -> IND police), else of no country. One such actor per country and sector
in a document, keyed ``new:<ISO3 or ->:<sector label>`` like other unregistered actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.actors.mentions import Candidate
from storyline.actors.registry import Registry

_QUALIFIER_DEPS = {"amod", "compound", "nmod"}


def _country(tok: Token, registry: Registry) -> tuple[str | None, int]:
    """Country code named by the modifiers before ``tok`` and where the mention starts."""
    mods = [c for c in tok.children if c.dep_ in _QUALIFIER_DEPS and c.i < tok.i]
    for mod in mods:
        span = tok.doc[mod.left_edge.i : mod.i + 1]
        entry = registry.country_entry(span.text)
        if entry is not None and entry.kind == "country":
            return entry.id, span.start
    return None, tok.i


def agent_candidates(doc: Doc, registry: Registry, taken: set[int]) -> list[Candidate]:
    """Candidates of kind ``agent``: key = sector code, qualifier = country code or None."""
    nouns = registry.lexicon.get("agent_nouns") or {}
    out = []
    for tok in doc:
        sector = nouns.get(tok.lower_)
        if sector is None or tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.dep_ in {"compound", "amod"}:
            continue  # "police chief", "military parade": a modifier, not the actor
        country, start = _country(tok, registry)
        if any(i in taken for i in range(start, tok.i)):
            start = tok.i  # the country is a mention of its own ("the North" Korean troops)
        else:
            det = [c for c in tok.children if c.dep_ == "det" and c.i < start]
            if det and det[0].lower_ == "the" and det[0].i not in taken:
                start = det[0].i
        out.append(Candidate(start, tok.i + 1, "agent", key=sector, qualifier=country))
    return out
