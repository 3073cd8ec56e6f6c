"""Definite descriptions and relative pronouns that refer back to an actor.

"the company", "the airline", "the government" point to the most recent organisation or
state ("the movement", "the bloc" to the most recent one of a fitting sector), and "the
court", "the ministry" to that state's body (``state_body_nouns``); with no state nearby,
"the government" or "the junta" is a group of its sector and no known country; "which" and
"who" opening a relative clause point to the noun the clause modifies
("Boeing, which builds ..."). Word lists are in ``actors.yaml`` (``lexicon``).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from storyline.actors.mentions import Candidate
from storyline.actors.registry import Registry

_RELATIVE = {"which", "who", "whom", "whose"}
_RELATIVE_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "pobj"}
_MODIFIER_DEPS = {"amod", "compound", "nmod"}


def _names_actor(mod: Token, registry: Registry) -> bool:
    """Whether a modifier names an actor of its own ("the Chinese government", "the Boeing
    company"), unlike a name of a region, creed or class ("the Central Asian republic", "the
    communist regime"), which leaves the noun referring back."""
    if not (mod.ent_type_ or mod.pos_ == "PROPN"):
        return False
    words = mod.doc[mod.left_edge.i : mod.i + 1].text
    if registry.country_entry(words) is not None or registry.country_entry(mod.text) is not None:
        return True
    return mod.pos_ == "PROPN" or mod.ent_type_ not in ("NORP", "LOC")


def _led_by_known(noun: Token, taken: set[int], registry: Registry) -> bool:
    """Whether a noun is said to be led by a person of a state the registry knows ("a
    government under Babrak Karmal", "a cabinet led by Sharif": ``leading_participles``)."""
    leading = registry.lexicon.get("leading_participles") or ()
    return any(
        o.i in taken
        and any(
            e.kind == "person" and e.country
            for e in registry.candidates(noun.doc[o.left_edge.i : o.i + 1].text)
        )
        for o in leaders_named(noun, leading)
    )


def leaders_named(noun: Token, leading: Collection[str]) -> list[Token]:
    """The objects of a noun's "under" phrase and of the "by" phrase of its participle of
    leading ("the government led by Deby", "a government under Karmal")."""
    out: list[Token] = []
    for v in noun.children:
        if v.dep_ == "prep" and v.lower_ == "under":
            out += [o for o in v.children if o.dep_ == "pobj"]
        elif v.dep_ == "acl" and v.lower_ in leading:
            out += [
                o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            ]
    return out


def anaphor_candidates(doc: Doc, registry: Registry, taken: set[int]) -> list[Candidate]:
    """Candidates of kind ``nominal`` (key = org or state) and ``relative`` (name_start = the
    token index of the noun the relative clause modifies)."""
    lexicon = registry.lexicon
    nouns = {w: "organization" for w in lexicon.get("organization_nouns", [])}
    nouns.update({w: "organization" for w in lexicon.get("organization_back_nouns") or {}})
    nouns.update({w: "country" for w in lexicon.get("state_nouns", [])})
    nouns.update({w: "country" for w in lexicon.get("state_body_nouns") or {}})
    sectors = dict(lexicon.get("state_noun_sectors") or {})  # "government" -> GOV
    bodies = dict(lexicon.get("state_body_nouns") or {})  # "court" -> JUD
    out: list[Candidate] = []
    for tok in doc:
        if tok.i in taken:
            continue
        # a lower-case word the tagger took for a name is a noun still ("the bloc" NNP)
        singular = tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.is_lower)
        if singular and tok.lemma_.lower() in nouns:
            det = [c for c in tok.children if c.dep_ == "det"]
            if len(det) != 1 or det[0].lower_ not in ("the", "a", "an"):
                continue
            if det[0].lower_ != "the" and not _led_by_known(tok, taken, registry):
                continue  # "a government" is any; "a new government under Babrak Karmal" his
            mods = [c for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i]
            if any(_names_actor(m, registry) for m in mods):
                continue  # "the Boeing company", "the Chinese government": named elsewhere
            lemma = tok.lemma_.lower()
            sector = sectors.get(lemma) or bodies.get(lemma)
            if (
                sector
                and not any(i in taken for i in range(det[0].i, tok.i + 1))
                and any(m.lower_ in (lexicon.get("local_body_modifiers") or ()) for m in mods)
            ):
                # "the regional parliament": a region's body, not the state's
                out.append(Candidate(det[0].i, tok.i + 1, "agent", key=sector))
                continue
            modified = (lexicon.get("modified_agent_nouns") or {}).get(tok.lower_) or {}
            if any(
                m.dep_ == "compound"
                and (
                    registry.sector_of_word(m.lower_) not in (None, "GOV")
                    or m.lower_ in (modified.get("modifiers") or ())
                )
                for m in mods
            ):
                continue  # "the union committee", "the strike committee": not the state's
            if any(
                o.i in taken
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ):
                continue  # "the administration of President Bill Clinton": his
            start = det[0].i
            if any(i in taken for i in range(start, tok.i + 1)):
                continue
            ids = [bodies[lemma], "body"] if lemma in bodies else []
            if lemma in sectors:
                ids = [sectors[lemma]]
            out.append(Candidate(start, tok.i + 1, "nominal", ids, key=nouns[lemma]))
        elif tok.lower_ in _RELATIVE and tok.dep_ in _RELATIVE_DEPS:
            # ("Eritrea, whose troops fought ...": the clause of the noun it owns)
            clause = tok.head if tok.dep_ not in ("pobj", "poss") else tok.head.head
            if clause.dep_ != "relcl" or clause.head.i >= tok.i:
                continue
            cand = Candidate(tok.i, tok.i + 1, "relative", key=tok.lower_)
            cand.name_start = clause.head.i
            out.append(cand)
    return out
