"""Unnamed speakers: "a senior official", "a State Department spokesman", "diplomats".

A speaker the text describes but does not name becomes an actor of the document's
``ActorAnalysis`` (key ``unnamed:<country>:<hash>``, kind person or group), affiliated with
the country or body whose mention lies inside the noun phrase ("a senior *U.S.* official",
"an official *of the Foreign Ministry*"). "The official" later in the text is the same
actor as the last unnamed official before it. The actor is local to its document: two
articles' "senior officials" are not assumed to be one person.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from storyline.identity import short_hash
from storyline.records import Actor, ActorAnalysis, ActorMention

RULE = "unnamed-speaker"
ActorAt = Callable[[Token], "str | None"]  # a named actor's key at a token, if any
_AFFILIATION_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_AFFILIATION_PREPS = frozenset({"of", "from", "at", "in", "with", "for", "to"})
_DROPPED_EDGE = frozenset({"DT", "PRP$", "WDT", ",", "CC"})


class UnnamedSpeakers:
    """Creates and finds the unnamed speakers of one document."""

    def __init__(self, analysis: ActorAnalysis, nouns: frozenset[str]) -> None:
        self.analysis = analysis
        self.nouns = nouns
        self._by_token: dict[int, str] = {}

    def speaker(self, head: Token, actor_at: ActorAt) -> str | None:
        """Actor key of the unnamed speaker ``head`` heads, created on first sight; None when
        ``head`` is not a speaker noun. ``actor_at(token)`` finds named actors."""
        lemma = (head.lemma_ or head.lower_).lower()
        if lemma not in self.nouns and head.lower_ not in self.nouns:
            return None
        if head.i in self._by_token:
            return self._by_token[head.i]
        affiliation = self._affiliation(head, actor_at)
        antecedent = self._antecedent(head, lemma) if _definite(head) else None
        key = None
        if antecedent is not None:
            earlier = self.speaker(antecedent, actor_at)
            actor = self.analysis.actors.get(earlier or "")
            if actor is not None and affiliation in (None, actor.affiliation):
                key = earlier
        if key is None:
            key = self._create(head, lemma, affiliation)
        self._by_token[head.i] = key
        self.analysis.mentions.append(
            ActorMention(
                key,
                head.idx,
                head.idx + len(head.text),
                _sentence_index(head),
                head.text,
                RULE,
            )
        )
        return key

    def _antecedent(self, head: Token, lemma: str) -> Token | None:
        """The nearest earlier noun of the same lemma and number ("a senior official" for
        "the official")."""
        for token in reversed(head.doc[: head.i]):
            if token.tag_ == head.tag_ and (token.lemma_ or token.lower_).lower() == lemma:
                return token
        return None

    def _affiliation(self, head: Token, actor_at: ActorAt) -> str | None:
        """The named actor inside the noun phrase: its country, body or patron."""
        for child in head.children:
            if child.dep_ in _AFFILIATION_DEPS or child.dep_ == "prep":
                tokens = [child]
                if child.dep_ == "prep":
                    if child.lower_ not in _AFFILIATION_PREPS:
                        continue
                    tokens = [t for t in child.subtree if t.i != child.i]
                else:
                    tokens = list(child.subtree)
                for token in tokens:
                    key = actor_at(token)
                    if key is not None and not key.startswith("unnamed:"):
                        return key
        return None

    def _create(self, head: Token, lemma: str, affiliation: str | None) -> str:
        described = _description(head)
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ != lemma
        body = self.analysis.actors.get(affiliation) if affiliation else None
        country = None
        sector = None
        if body is not None:
            country = body.country
            sector = body.sector
        elif affiliation and affiliation.startswith("new:"):
            country = affiliation.split(":")[1] or None
        if country == "-":
            country = None
        key = "unnamed:{}:{}".format(
            country or "-", short_hash(head.doc.text, head.idx, described, prefix="u")
        )
        name = f"unnamed {described}"
        if body is not None and body.name.lower() not in described.lower():
            name += f" ({body.name})"
        self.analysis.actors[key] = Actor(
            key=key,
            name=name,
            kind="group" if plural else "person",
            country=country,
            sector=sector,
            aliases=[described],
            affiliation=affiliation,
        )
        return key


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children)


def _description(head: Token) -> str:
    """The noun phrase as written, without its determiner or relative clause ("senior U.S.
    official", "official of the Foreign Ministry")."""
    words = [head]
    for child in head.lefts:
        if child.dep_ not in ("det", "punct", "cc", "predet") and child.tag_ not in _DROPPED_EDGE:
            words += list(child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            words += list(child.subtree)
            break
    first = min(words, key=lambda t: t.i)
    last = max(words, key=lambda t: t.i)
    return head.doc.text[first.idx : last.idx + len(last.text)]


def _sentence_index(token: Token) -> int:
    doc = token.doc
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return 0
    start = token.sent.start
    return sum(1 for s in doc.sents if s.start < start)
