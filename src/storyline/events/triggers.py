"""Event triggers: words that name a PLOVER event, from the lexicon in ``triggers.yaml``.

A trigger is a verb ("met", "denounced", "called off"), an event noun ("the summit",
"talks", "a phone call") possibly carried by a light verb ("held talks"), an adjective of
willingness ("was prepared to ..."), or a movement verb that reaches a place ("flew to
Pyongyang"), which stands for a visit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, Literal

from spacy.tokens import Doc, Token

from storyline.actors.agents import people_words, stranded_subject
from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode

TriggerKind = Literal["verbal", "nominal", "adjectival", "travel"]

_OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "attr"})
# verbs saying that a thing comes ("more strikes would follow"), and that one undergoes a
# thing ("Israel would face a bitter fate")
_COMING_VERBS = frozenset({"follow", "come", "ensue", "continue", "resume"})
_FACING_VERBS = frozenset({"face", "pay", "suffer"})
# prepositions of what a feeling or stance is about ("regret over the tests")
_ABOUT_PREPS = frozenset({"over", "at", "about"})
_ARG_PREPS = frozenset({"with", "on", "to", "for", "against", "upon", "between", "behind"})
_REQUIRE_KEYS = frozenset(
    {
        "prep",
        "particle",
        "not_particle",
        "object",
        "subject",
        "not_subject",
        "named_subject",
        "named_modifier",
        "complement",
        "modifier",
        "plural",
        "singular",
        "actor_object",
        "place_actor_object",
        "nationals_object",
        "own_object",
        "place_object",
        "place_prep_object",
        "known_place_object",
        "not_priced",
        "not_form",
        "adverb",
        "not_adverb",
        "not_predicative",
        "predicative",
        "governor",
        "prep_object",
        "not_prep_object",
        "not_prep",
        "clause",
        "not_object",
        "not_governor",
        "complement_type",
        "not_contest",
        "not_complement",
        "not_modifier",
        "clause_modal",
        "coming_harm",
        "facing_harm",
        "measures_clause",
        "reply_clause",
        "not_reception",
        "intransitive",
        "transitive",
        "not_passive",
        "not_award",
        "owned_about",
        "about_object",
        "partner",
        "object_prep",
        "object_modifier",
        "joint_subject",
        "denied",
    }
)


# possessives that make an object the doer's own ("disarm its fighters", "demobilised their
# militias"), not another's
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


# Verbs whose object and past participle say what the subject had done to it ("ordered the
# border closed", "had him arrested", "declared the area sealed off").
_CAUSING_VERBS = frozenset({"order", "have", "get", "want", "declare", "leave", "keep"})
_ORDERING_VERBS = frozenset({"order", "want", "declare"})


def _thing_before(pronoun: Token) -> Token | None:
    """The nearest singular common noun before a pronoun in its sentence or the one before,
    neither a modifier nor the subject of the pronoun's own clause: the thing "it" may stand
    for."""
    sent = pronoun.sent
    # (not the subject of its own clause: "the Likud party has vowed to fight it")
    verb = pronoun.head
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    # (else in the sentence before: "The Arab League condemned the treaty ... The PLO vowed to
    # fight it")
    before = pronoun.doc[sent.start - 1].sent if sent.start > 0 else None
    words = [*(before or ()), *sent[: pronoun.i - sent.start]]
    return next(
        (
            t
            for t in reversed(words)
            if t.tag_ == "NN"
            and t.dep_ not in ("compound", "nmod", "amod", "npadvmod")
            and t.i not in own
        ),
        None,
    )


def word_forms(token: Token) -> frozenset[str]:
    """Lemma, lower-case form, the base of an irregular verb form and crude de-inflections
    (the small model mis-lemmatises: "retook")."""
    return _forms(token.lemma_, token.lower_)


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive ("offered on Thursday to mediate")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def marked_clause(clause: Token, marks: Collection[str]) -> bool:
    """Whether a clause opens with one of ``marks`` ("that", "after") and has a subject of
    its own."""
    return any(g.dep_ == "mark" and g.lower_ in marks for g in clause.children) and any(
        g.dep_ in ("nsubj", "nsubjpass") for g in clause.children
    )


_THAT = frozenset({"that"})
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})  # what must be, not what will


def orphan_that_clause(verb: Token) -> Token | None:
    """The "that" clause the parser hung on the noun before a verb instead of on the verb
    ("Opposition deputies charged on Sunday that the government had rigged the vote": both
    "charged" and "rigged" hang on "deputies")."""
    return next(
        (
            c
            for c in verb.head.children
            if c.i > verb.i and c.dep_ in ("acl", "relcl", "ccomp") and marked_clause(c, _THAT)
        ),
        None,
    )


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})


def by_means(prep: Token) -> bool:
    """Whether a "by" phrase names a means, not a doer: a bare singular noun ("by telephone",
    "by force"; not "by security forces", "by Chinese air force planes")."""
    return prep.lower_ == "by" and any(
        c.dep_ == "pobj"
        and c.tag_ == "NN"
        and not any(m.dep_ in _NOUN_MODIFIERS for m in c.children)
        and c.lemma_.lower() in load_lexicon().means_nouns
        for c in prep.children
    )


def finite_after_participle(verb: Token) -> bool:
    """Whether a past verb the parser hung, with no subject of its own, as a conjunct or
    clause on a bare participle before it is the clause's finite verb: "Protesters calling
    for an end to the monarchy torched vehicles" (the participle describes the subject)."""
    head = verb.head
    return (
        verb.dep_ in ("conj", "ccomp")
        and verb.tag_ == "VBD"
        and verb.i > head.i
        and head.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
        and not (verb.dep_ == "conj" and verb.doc[verb.left_edge.i - 1].text in (",", "and"))
    )


@cache
def finite_on_root_noun(verb: Token) -> bool:
    """Whether a verb the parser hung on the sentence's root noun is that noun's finite verb:
    "Suu Kyi, freed last week, on Saturday called on ..." (a relative clause with no relative
    pronoun), "The government, which ..., promised on Tuesday to free ..." (a participle with
    a to-infinitive), "2,000 fighters handed in their weapons" (with an object), "Thousands of
    students massed in the square" (a verb with no passive, ``intransitive_verbs``)."""
    head = verb.head
    if not stranded_subject(head) or head.pos_ not in ("NOUN", "PROPN") or head.i == verb.i:
        return False
    if verb.dep_ == "relcl":
        return verb.tag_ == "VBD" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children
        )
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.i == head.i + 1 and orphan_that_clause(verb) is not None:
        return True  # "The FMLN charged on Monday that army units had executed ..."
    if any(marked_clause(c, _THAT) for c in verb.children if c.dep_ == "ccomp"):
        return True  # "Deputies in Dhaka charged that ...": no participle takes a "that" clause
    if word_forms(verb) & load_lexicon().intransitive_verbs or any(
        by_means(c) for c in verb.children
    ):
        return True  # "Thousands of students massed in the square", "the presidency
        # conferred by telephone with ...": no passive reading
    return verb.tag_ == "VBD" or any(
        c.dep_ == "dobj"
        or (
            c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and to_infinitive(c)
        )
        # "5,000 guerrillas handed in their weapons": a particle read as a preposition, with
        # the subject's own things as its object
        or (
            c.dep_ in ("prep", "prt")
            and c.i == verb.i + 1
            and c.lower_ in _PARTICLE_WORDS
            and any(
                g.dep_ == "pobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children)
                for g in c.children
            )
        )
        for c in verb.children
    )


_PARTICLE_WORDS = frozenset({"in", "out", "off", "over", "up", "down", "back"})


def whose_subject(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a "whose" relative clause ("whose movement")."""
    return noun.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ == "whose" for w in noun.children)


def relative_root(verb: Token) -> bool:
    """Whether the parser made a "whose" relative clause the clause's verb and the main verb
    its conjunct ("Draskovic, whose movement led the protests, accused state television":
    "led" is the root, "accused" a conjunct after the comma)."""
    subject = next((c for c in verb.children if whose_subject(c)), None)
    return (
        verb.dep_ in ("ROOT", "ccomp")  # "..., a news agency reported": the reported clause
        and subject is not None
        and subject.left_edge.i > 0
        and verb.doc[subject.left_edge.i - 1].text == ","
        and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)
    )


# what a modifier naming a state is: "Israeli and American strikes", "Israel's strikes"
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_STATE_ENTITIES = frozenset({"NORP", "GPE"})


def _named_as_indefinite(obj: Token) -> bool:
    """Whether an object has an indefinite noun apposed to it, as the parser reads a quoted
    predicate ("called the pledge \"a quantum leap\""): the object is named, not called for."""
    doc = obj.doc
    return any(
        a.dep_ == "appos"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
        # not an apposition after a comma ("called a truce, a move welcomed by ...")
        and not any(t.text == "," for t in doc[obj.i + 1 : a.left_edge.i])
        for a in obj.children
    )


def _modifiers(token: Token) -> list[Token]:
    """The words before a noun that qualify it, with those of its compounds ("joint" in "a joint
    search operation")."""
    lefts = list(token.lefts)
    return lefts + [m for c in lefts if c.dep_ == "compound" for m in c.lefts]


def _irregular_verbs() -> dict[str, str]:
    """Irregular verb forms -> base form (WordNet's verb.exc, ``irregular_verbs.json``)."""
    return dict(load_packaged("irregular_verbs.json")["forms"])


@cache
def _past_forms() -> frozenset[str]:
    return frozenset(load_packaged("irregular_verbs.json")["past_forms"])


def noun_rules(token: Token) -> tuple[TriggerRule, ...]:
    """The lexicon's rules for a word read as an event noun (its first listed form), or ()."""
    nouns = load_lexicon().nouns
    return next((nouns[f] for f in sorted(word_forms(token)) if f in nouns), ())


def noun_rule(token: Token, is_actor: Callable[[Token], bool]) -> TriggerRule | None:
    """The rule a word read as an event noun takes where it stands (the first whose
    requirements hold: "the withdrawal of its army from Eritrea" is a retreat, "the
    withdrawal of its team from the talks" a sanction), else its first rule, or None."""
    rules = noun_rules(token)
    return _pick(load_lexicon().nouns, token, is_actor) or (rules[0] if rules else None)


def noun_trigger(token: Token, is_actor: Callable[[Token], bool]) -> TriggerRule | None:
    """The lexicon's rule a word meets read as an event noun, requirements checked ("sniper
    fire", not "a fire destroyed the warehouse"), or None."""
    return _pick(load_lexicon().nouns, token, is_actor)


def _adjective_as_noun(token: Token) -> bool:
    """An adjective the tagger made the object of a verb ("launched a ground offensive with
    tanks"): a noun, as its article and its place show."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
        and any(c.dep_ == "det" for c in token.children)
    )


def irregular_past(token: Token) -> bool:
    """Whether the token is an irregular form that can only be a past tense or participle
    ("retook", "forgave"; not "found", "saw", "is" or "has"), whatever its tag says."""
    return token.lower_ in _past_forms()


@lru_cache(maxsize=65536)
def _forms(lemma: str, low: str) -> frozenset[str]:
    forms = {lemma.lower(), low}
    words = [low]
    if "-" in low:  # "cease-fire" is a "ceasefire", "re-opened" "reopened"
        words.append(low.replace("-", ""))
        forms.add(lemma.lower().replace("-", ""))
    for word in words:
        forms.add(word)
        if word in _irregular_verbs():
            forms.add(_irregular_verbs()[word])
        for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                forms.add(word[: -len(suffix)] + repl)
        for suffix, repl in (("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh")):
                    continue  # "aides" is not "aid"; "clashes" is "clash"
                forms.add(stem + repl)
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """What a trigger word means: PLOVER type and mode, CAMEO code, argument layout."""

    word: str
    type: str
    mode: str | None
    cameo: str | None
    confidence: float
    symmetric: bool = False
    host: bool = False
    requires: Mapping[str, Any] = field(default_factory=dict)
    moves: bool = False  # the direct object is what is sent, not a party ("sent doctors")
    away: bool = False  # ... taken from the party of a "from" phrase ("withdrew envoys from X")
    pattern: bool = False  # a CAMEO verb-dictionary fallback: codes only a known political doer


@dataclass(slots=True)
class Trigger:
    """One event trigger found in a Doc."""

    head: Token  # the word naming the event (verb, noun, adjective or movement verb)
    kind: TriggerKind
    rule: TriggerRule
    light_verb: Token | None = None  # "held" in "held talks"
    place: Token | None = None  # destination of a movement verb

    @property
    def tokens(self) -> list[Token]:
        """The trigger words in text order (light verb, particle and head)."""
        found = [self.head]
        if self.light_verb is not None:
            found.append(self.light_verb)
        found += [c for c in self.head.children if c.dep_ == "prt"]
        if self.rule.requires.get("modifier"):
            wanted = set(self.rule.requires["modifier"])
            found += [c for c in _modifiers(self.head) if word_forms(c) & wanted]
        return sorted(found, key=lambda t: t.i)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    def retyped(self, **changes: Any) -> Trigger:
        """The same words with their rule changed ("vowed to retaliate": THREATEN)."""
        return Trigger(
            self.head, self.kind, replace(self.rule, **changes), self.light_verb, self.place
        )

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The trigger lexicon: verb, noun and adjective rules plus light and movement verbs."""

    verbs: Mapping[str, tuple[TriggerRule, ...]]
    nouns: Mapping[str, tuple[TriggerRule, ...]]
    adjectives: Mapping[str, tuple[TriggerRule, ...]]
    light_verbs: frozenset[str]
    spoken_light_verbs: dict[str, frozenset[str]]  # "raised objections", not "raised the fighting"
    ahead_verbs: frozenset[str]  # "went ahead with the release": the release is done
    member_nouns: frozenset[str]
    person_member_nouns: frozenset[str]  # member nouns whose possessor may be a person
    agent_member_nouns: frozenset[str]  # member nouns naming whom they act for with "for"
    # member nouns of self-standing bodies: a pronoun possessor names no membership
    body_member_nouns: frozenset[str]
    loyalty_adjectives: frozenset[str]  # "militants loyal to X" stand for X
    travel_verbs: frozenset[str]
    travel_preps: frozenset[str]
    crossing_verbs: frozenset[str]
    crossing_preps: frozenset[str]
    hardship_words: frozenset[str] = frozenset()  # "quake-hit": no act
    obligation: ObligationRule | None = None
    disapproval: ObligationRule | None = None
    blame: ObligationRule | None = None
    threat_modes: Mapping[str, str] = field(default_factory=dict)
    # type of a refused act -> (REJECT mode, CAMEO code): "refused to meet" is REJECT meet
    refusal_modes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    instruments: Mapping[str, str] = field(default_factory=dict)
    stative_passives: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    suffering_verbs: frozenset[str] = frozenset()
    tolerating_verbs: frozenset[str] = frozenset()
    protecting_verbs: frozenset[str] = frozenset()
    helping_nouns: frozenset[str] = frozenset()
    waged_struggles: frozenset[str] = frozenset()
    armed_struggle_words: frozenset[str] = frozenset()  # "its armed struggle"
    spot_nouns: frozenset[str] = frozenset()
    raising_passives: frozenset[str] = frozenset()
    border_nouns: frozenset[str] = frozenset()
    effort_nouns: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()  # "a joint venture plant": the venture is the act
    fallback_verbs: Mapping[str, tuple[TriggerRule, ...]] = field(default_factory=dict)
    unnamed_source_types: frozenset[str] = frozenset()
    passive_unnamed_types: frozenset[str] = frozenset()  # "two aid workers were freed"
    state_act_types: frozenset[str] = frozenset()  # "warned that papers would be closed"
    party_sectors: frozenset[str] = frozenset()  # sectors of actors that make an event
    any_party_types: frozenset[str] = frozenset()  # types kept whoever the parties are
    any_party_modes: frozenset[str] = frozenset()  # modes kept whoever the parties are
    moved_object_types: frozenset[str] = frozenset()
    patient_of_types: frozenset[str] = frozenset()  # "the arrest of X": X is acted on
    patient_of_modes: frozenset[str] = frozenset()
    patient_possessor_nouns: frozenset[str] = frozenset()  # "her arrest": she is arrested
    strike_result_verbs: frozenset[str] = frozenset()  # "its strike targeted the group"
    # sectors of bodies event data codes without a country (CAMEO verb patterns need one)
    coded_sectors: frozenset[str] = frozenset()
    from_agent_types: frozenset[str] = frozenset()  # "criticism from China": China criticises
    framing_types: frozenset[str] = frozenset()  # "in talks, Iran agreed": Iran talks
    from_agent_modes: frozenset[str] = frozenset()  # "the expulsion of X from Bahrain"
    place_object_types: frozenset[str] = frozenset()  # "bombed Sidon": done in Sidon
    party_compound_types: frozenset[str] = frozenset()  # "U.S. support": a party, no place
    topic_compounds: frozenset[str] = frozenset()  # "Burundi peace talks": a matter, no place
    struck_things: frozenset[str] = frozenset()  # "fired at Israeli cities": Israel's
    held_things: frozenset[str] = frozenset()  # "froze Iraqi assets": Iraq's
    flagging_words: frozenset[str] = frozenset()  # "a British-flagged tanker": Britain's
    topic_object_verbs: frozenset[str] = frozenset()  # "discussed Taiwan": no party
    # "a truce proposal drafted by the United States": its authors
    authoring_participles: frozenset[str] = frozenset()
    foe_nouns: frozenset[str] = frozenset()  # "the war with Russia": a foe, no partner
    undergoing_objects: frozenset[str] = frozenset()  # "faced criticism": the subject undergoes
    undergoing_under: frozenset[str] = frozenset()  # "came under fire"
    undergoing_from: frozenset[str] = frozenset()  # "took a call from Sharif"
    peacekeeping_words: frozenset[str] = frozenset()
    forces_travel: Mapping[str, Any] = field(default_factory=dict)  # armed forces arriving
    aid_travel: Mapping[str, frozenset[str]] = field(default_factory=dict)  # journeys to aid
    sent_for: Mapping[str, frozenset[str]] = field(default_factory=dict)  # sent for talks
    force_words: Mapping[str, str] = field(default_factory=dict)  # force noun -> MOBILIZE mode
    force_sectors: Mapping[str, str] = field(default_factory=dict)  # doer sector -> mode
    force_personnel: frozenset[str] = frozenset()  # armed personnel, not weapons moved
    # partitives, amounts and cargo participles: words that say what an object really is
    object_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # object nouns -> the compounds that make them another thing ("a nature reserve")
    unlike_compounds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    riot: Mapping[str, frozenset[str]] = field(default_factory=dict)
    targeted: Mapping[str, frozenset[str]] = field(default_factory=dict)
    state_sectors: frozenset[str] = frozenset()  # doers whose obstruction is coercion
    state_obstruction: Mapping[str, Any] = field(default_factory=dict)  # the rule it becomes
    civilian_sectors: frozenset[str] = frozenset()  # doers whose seizure is protest
    civilian_seizure: Mapping[str, Any] = field(default_factory=dict)
    defying_verbs: frozenset[str] = frozenset()  # "supporters defied the authorities"
    civilian_defiance: Mapping[str, Any] = field(default_factory=dict)
    armed_plunder: Mapping[str, Any] = field(default_factory=dict)  # looting by armed men
    traded_fuels: frozenset[str] = frozenset()  # "Iranian natural gas": Iran's
    withheld_goods: frozenset[str] = frozenset()  # supplies whose stop to a place is withheld
    withheld_destinations: frozenset[str] = frozenset()
    withheld_supplies: Mapping[str, Any] = field(default_factory=dict)  # the rule it becomes
    mass_counts: frozenset[str] = frozenset()  # "a million migrants" deported: ...
    mass_least: int = 10000  # ... or at least so many ...
    mass_scaled: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "tens of thousands"
    mass_expulsion: Mapping[str, Any] = field(default_factory=dict)  # ... expelled en masse
    destroying_verbs: frozenset[str] = frozenset()  # "to destroy a class of weapons": ...
    destroyed_arms: frozenset[str] = frozenset()  # ... one's own arms ...
    disarming_deals: frozenset[str] = frozenset()  # ... or ones a deal says ...
    arms_destroyed: Mapping[str, Any] = field(default_factory=dict)  # ... given up
    rallying_codes: frozenset[str] = frozenset()  # "lobbied AU members to back Zimbabwe"
    yielding_verbs: frozenset[str] = frozenset()  # "bowing to demands, X agreed to ..."
    yielded_agreement: Mapping[str, Any] = field(default_factory=dict)
    vehicles: frozenset[str] = frozenset()  # what carries people but visits no one
    contest_words: Mapping[str, frozenset[str]] = field(default_factory=dict)  # sport, election
    game_words: frozenset[str] = frozenset()  # words of a report of games
    game_min_words: int = 0  # different game words a report of games has ...
    game_min_share: float = 1.0  # ... and the share of its sentences that carry one
    armed_sectors: frozenset[str] = frozenset()  # doers whose "fire" is gunfire
    behalf_nouns: frozenset[str] = frozenset()  # "in defence of X": X is supported
    rescuer_sectors: frozenset[str] = frozenset()  # state forces whose freeing is a rescue ...
    taken_words: frozenset[str] = frozenset()  # ... of people these participles call taken
    captive_nouns: frozenset[str] = frozenset()  # ... or these nouns ("freed the hostages")
    facility_nouns: frozenset[str] = frozenset()  # places no visit makes a counterpart
    topic_nouns: frozenset[str] = frozenset()  # "intelligence on X": X is what it is about
    situation_nouns: frozenset[str] = frozenset()  # "the Kosovo crisis": no party
    act_nouns: frozenset[str] = frozenset()  # "condemned the move": the act told before
    decision_nouns: frozenset[str] = frozenset()  # "supported the decision": no violence
    act_noun_verbs: dict[str, str] = field(default_factory=dict)  # "announcement": "announce"
    harm_nouns: frozenset[str] = frozenset()  # "condemned the violence against X": not X
    proposing_verbs: frozenset[str] = frozenset()  # "proposed talks with Ukraine"
    asking_for_verbs: frozenset[str] = frozenset()  # "called for talks with Iran"
    persuading_verbs: frozenset[str] = frozenset()  # "promised to ask Congress to ...": no party
    owed_nouns: frozenset[str] = frozenset()  # "Jordan's debt to the United States": no party
    agreeing_to_verbs: frozenset[str] = frozenset()  # "agreed to talks with Russia"
    taking_in_verbs: frozenset[str] = frozenset()  # "agreed to accept deported migrants"
    sending_away_nouns: frozenset[str] = frozenset()  # "deportation ... to Lebanon": no party
    blaming_verbs: frozenset[str] = frozenset()  # "blamed the attack on militants": no party
    entourage_nouns: frozenset[str] = frozenset()  # "with only their interpreters": no party
    go_between_nouns: frozenset[str] = frozenset()  # "with Qatar as mediator": no party
    mediating_verbs: frozenset[str] = frozenset()  # "mediated the deal with Egypt": no party
    accord_nouns: frozenset[str] = frozenset()  # "scrapped the agreement": no meeting refused
    labour_strike_words: frozenset[str] = frozenset()  # "a general strike": no attack
    telling_verbs: frozenset[str] = frozenset()  # "told Putin in a phone call": Putin called
    voice_verbs: frozenset[str] = frozenset()  # "added his voice to calls": joins the calls
    research_words: frozenset[str] = frozenset()  # inquiries that are research when ...
    research_doers: frozenset[str] = frozenset()  # ... done by scientists
    undergone_verbs: frozenset[str] = frozenset()  # harm a warner foresees, no act
    intransitive_verbs: frozenset[str] = frozenset()  # no passive: "thousands massed" is done
    means_nouns: frozenset[str] = frozenset()  # "by telephone": a means, no doer
    broadcast_nouns: frozenset[str] = frozenset()  # "vowed on Baghdad radio": no party
    vowing_verbs: frozenset[str] = frozenset()  # "vowed that the battle had begun": no promise
    ousting_verbs: frozenset[str] = frozenset()  # "vowed to overthrow the government": a threat
    regretting_verbs: frozenset[str] = frozenset()  # "regretted that Iraq had not": disapproval
    reprisal_verbs: frozenset[str] = frozenset()  # "Beijing retaliated": in kind
    exchanging_verbs: frozenset[str] = frozenset()  # "exchanged ambassadors": each other
    landing_verbs: frozenset[str] = frozenset()  # "landed on the islands": a destination
    venue_part_nouns: frozenset[str] = frozenset()  # "on the lawn of the White House": a venue
    stoppage_calling_verbs: frozenset[str] = frozenset()  # "called a strike": a stoppage
    holding_out_verbs: frozenset[str] = frozenset()  # "resisting in the hills": no refusal
    # "two weeks after India detonated its own devices", told with nuclear tests: tested
    tested_devices: frozenset[str] = frozenset()
    atomic_words: frozenset[str] = frozenset()  # "nuclear tests": of atomic weapons
    # each PLOVER type's quad, from the ontology ("SANCTION": "material-conflict")
    quads: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ObligationRule:
    """A reported obligation is a request: "Russia said Sudan must return the helicopter";
    a reported condemnation is a disapproval: "Ri told the UN sanctions were lethal"."""

    modals: frozenset[str]
    reporters: frozenset[str]
    rule: TriggerRule
    adjectives: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()  # for blame: the acts whose blame is an accusation
    mandative: frozenset[str] = frozenset()  # reporters whose bare-verb clause is asked for
    verbs: frozenset[str] = frozenset()  # for disapproval: wrongdoing the clause reports
    nouns: frozenset[str] = frozenset()  # for disapproval: condemning predicate nouns


def _fail(detail: str) -> DataFileError:
    return DataFileError(ErrorCode.E012, path="storyline/data/triggers.yaml", detail=detail)


def _rules(section: Any, name: str, ontology: Mapping[str, Any]) -> dict[str, tuple]:
    if not isinstance(section, Mapping):
        raise _fail(f"'{name}' must be a mapping of lemma to entries")
    rules: dict[str, tuple[TriggerRule, ...]] = {}
    for word, entries in section.items():
        entries = entries if isinstance(entries, list) else [entries]
        built = []
        for entry in entries:
            if not isinstance(entry, Mapping) or "type" not in entry:
                raise _fail(f"{name}.{word}: each entry needs a 'type'")
            type_ = entry["type"]
            if type_ not in ontology:
                raise _fail(f"{name}.{word}: unknown PLOVER type {type_!r}")
            mode = entry.get("mode")
            if mode is not None and mode not in (ontology[type_].get("modes") or {}):
                raise _fail(f"{name}.{word}: {type_} has no mode {mode!r}")
            requires = entry.get("requires") or {}
            unknown = set(requires) - _REQUIRE_KEYS
            if unknown:
                raise _fail(f"{name}.{word}: unknown requirement(s) {sorted(unknown)}")
            built.append(
                TriggerRule(
                    word=str(word),
                    type=type_,
                    mode=mode,
                    cameo=str(entry["cameo"]) if entry.get("cameo") is not None else None,
                    confidence=float(entry.get("confidence", 0.7)),
                    symmetric=bool(entry.get("symmetric", False)),
                    host=bool(entry.get("host", False)),
                    moves=bool(entry.get("moves", False)),
                    away=bool(entry.get("away", False)),
                    requires={k: _flat(v) for k, v in requires.items()},
                )
            )
        rules[str(word)] = tuple(built)
    return rules


@cache
def load_lexicon() -> Lexicon:
    """The packaged trigger lexicon, checked against the PLOVER ontology."""
    data = load_packaged("triggers.yaml")
    ontology = (load_packaged("plover.yaml") or {}).get("types") or {}
    if not isinstance(data, Mapping):
        raise _fail("top level must be a mapping")
    games = data.get("game_report") or {}
    research = data.get("research") or {}
    return Lexicon(
        verbs=_rules(data.get("verbs") or {}, "verbs", ontology),
        nouns=_rules(data.get("nouns") or {}, "nouns", ontology),
        adjectives=_rules(data.get("adjectives") or {}, "adjectives", ontology),
        light_verbs=frozenset(data.get("light_verbs") or ()),
        spoken_light_verbs={
            verb: frozenset(types) for verb, types in (data.get("spoken_light_verbs") or {}).items()
        },
        ahead_verbs=frozenset(data.get("ahead_verbs") or ()),
        member_nouns=frozenset(data.get("member_nouns") or ()),
        person_member_nouns=frozenset(data.get("person_member_nouns") or ()),
        agent_member_nouns=frozenset(data.get("agent_member_nouns") or ()),
        body_member_nouns=frozenset(data.get("body_member_nouns") or ()),
        loyalty_adjectives=frozenset(data.get("loyalty_adjectives") or ()),
        travel_verbs=frozenset(data.get("travel_verbs") or ()),
        vehicles=frozenset(data.get("vehicles") or ()),
        travel_preps=frozenset(data.get("travel_preps") or ()),
        landing_verbs=frozenset(data.get("landing_verbs") or ()),
        crossing_verbs=frozenset(data.get("crossing_verbs") or ()),
        crossing_preps=frozenset(data.get("crossing_preps") or ()),
        hardship_words=frozenset(data.get("hardship_words") or ()),
        obligation=_obligation(data.get("reported_obligation"), ontology, "reported-obligation"),
        disapproval=_obligation(data.get("reported_disapproval"), ontology, "reported-disapproval"),
        blame=_obligation(data.get("culpability"), ontology, "reported-blame"),
        threat_modes=_threat_modes(data.get("threat_modes") or {}, ontology),
        refusal_modes=_refusal_modes(data.get("refusal_modes") or {}, ontology),
        instruments=_instruments(data.get("assault_instruments") or {}, ontology),
        stative_passives=frozenset(data.get("stative_passives") or ()),
        receiving_verbs=frozenset(data.get("receiving_verbs") or ()),
        suffering_verbs=frozenset(data.get("suffering_verbs") or ()),
        tolerating_verbs=frozenset(data.get("tolerating_verbs") or ()),
        protecting_verbs=frozenset(data.get("protecting_verbs") or ()),
        helping_nouns=frozenset(data.get("helping_nouns") or ()),
        waged_struggles=frozenset(data.get("waged_struggles") or ()),
        armed_struggle_words=frozenset(data.get("armed_struggle_words") or ()),
        spot_nouns=frozenset(data.get("spot_nouns") or ()),
        raising_passives=frozenset(data.get("raising_passives") or ()),
        border_nouns=frozenset(data.get("border_nouns") or ()),
        effort_nouns=frozenset(data.get("effort_nouns") or ()),
        joint_words=frozenset(data.get("joint_words") or ()),
        fallback_verbs=_fallback(ontology),
        unnamed_source_types=_types(data.get("unnamed_source_types") or (), ontology),
        passive_unnamed_types=_types(data.get("passive_unnamed_types") or (), ontology),
        state_act_types=_types(data.get("state_act_types") or (), ontology),
        party_sectors=frozenset(data.get("party_sectors") or ()),
        any_party_types=_types(data.get("any_party_types") or (), ontology),
        any_party_modes=frozenset(data.get("any_party_modes") or ()),
        moved_object_types=_types(data.get("moved_object_types") or (), ontology),
        patient_of_types=_types(data.get("patient_of_types") or (), ontology),
        coded_sectors=frozenset(str(c) for c in data.get("coded_sectors") or ()),
        patient_of_modes=frozenset(data.get("patient_of_modes") or ()),
        patient_possessor_nouns=frozenset(data.get("patient_possessor_nouns") or ()),
        strike_result_verbs=frozenset(data.get("strike_result_verbs") or ()),
        from_agent_types=_types(data.get("from_agent_types") or (), ontology),
        framing_types=_types(data.get("framing_types") or (), ontology),
        from_agent_modes=frozenset(data.get("from_agent_modes") or ()),
        place_object_types=_types(data.get("place_object_types") or (), ontology),
        party_compound_types=_types(data.get("party_compound_types") or (), ontology),
        topic_compounds=frozenset(data.get("topic_compounds") or ()),
        struck_things=frozenset(data.get("struck_things") or ()),
        flagging_words=frozenset(data.get("flagging_words") or ()),
        held_things=frozenset(data.get("held_things") or ()),
        topic_object_verbs=frozenset(data.get("topic_object_verbs") or ()),
        authoring_participles=frozenset(data.get("authoring_participles") or ()),
        foe_nouns=frozenset(data.get("foe_nouns") or ()),
        undergoing_objects=frozenset((data.get("undergoing_verbs") or {}).get("objects") or ()),
        undergoing_under=frozenset((data.get("undergoing_verbs") or {}).get("under") or ()),
        undergoing_from=frozenset((data.get("undergoing_verbs") or {}).get("from") or ()),
        peacekeeping_words=frozenset(data.get("peacekeeping_words") or ()),
        forces_travel=data.get("forces_travel") or {},
        aid_travel={k: frozenset(v) for k, v in (data.get("aid_travel") or {}).items()},
        sent_for={k: frozenset(v) for k, v in (data.get("sent_for") or {}).items()},
        force_words=(data.get("force_modes") or {}).get("words") or {},
        force_sectors=(data.get("force_modes") or {}).get("sectors") or {},
        force_personnel=frozenset((data.get("force_modes") or {}).get("personnel") or ()),
        object_words={
            k: frozenset((data.get("object_words") or {}).get(k) or ())
            for k in ("partitives", "amounts", "cargo", "prospects", "kept_word_verbs")
        },
        unlike_compounds={k: frozenset(v) for k, v in (data.get("unlike_compounds") or {}).items()},
        riot={k: frozenset(v or ()) for k, v in (data.get("riot") or {}).items()},
        targeted={k: frozenset(v or ()) for k, v in (data.get("targeted") or {}).items()},
        state_sectors=frozenset((data.get("state_obstruction") or {}).get("sectors") or ()),
        state_obstruction=(data.get("state_obstruction") or {}).get("rule") or {},
        civilian_sectors=frozenset((data.get("civilian_seizure") or {}).get("sectors") or ()),
        civilian_seizure=(data.get("civilian_seizure") or {}).get("rule") or {},
        defying_verbs=frozenset((data.get("civilian_defiance") or {}).get("verbs") or ()),
        civilian_defiance=(data.get("civilian_defiance") or {}).get("rule") or {},
        armed_plunder=data.get("armed_plunder") or {},
        traded_fuels=frozenset(data.get("traded_fuels") or ()),
        withheld_goods=frozenset((data.get("withheld_supplies") or {}).get("goods") or ()),
        withheld_destinations=frozenset(
            (data.get("withheld_supplies") or {}).get("destinations") or ()
        ),
        withheld_supplies=(data.get("withheld_supplies") or {}).get("rule") or {},
        mass_counts=frozenset((data.get("mass_expulsion") or {}).get("counts") or ()),
        mass_least=int((data.get("mass_expulsion") or {}).get("least") or 10000),
        mass_scaled={
            str(k): frozenset(v)
            for k, v in ((data.get("mass_expulsion") or {}).get("scaled") or {}).items()
        },
        mass_expulsion=(data.get("mass_expulsion") or {}).get("rule") or {},
        destroying_verbs=frozenset((data.get("destroyed_arms") or {}).get("verbs") or ()),
        destroyed_arms=frozenset((data.get("destroyed_arms") or {}).get("arms") or ()),
        disarming_deals=frozenset((data.get("destroyed_arms") or {}).get("deals") or ()),
        arms_destroyed=(data.get("destroyed_arms") or {}).get("rule") or {},
        rallying_codes=frozenset(str(c) for c in data.get("rallying_codes") or ()),
        yielding_verbs=frozenset((data.get("yielded_agreement") or {}).get("verbs") or ()),
        yielded_agreement=(data.get("yielded_agreement") or {}).get("rule") or {},
        contest_words={k: frozenset(v or ()) for k, v in (data.get("contest_words") or {}).items()},
        game_words=frozenset(games.get("words") or ()),
        game_min_words=int(games.get("min_words") or 0),
        game_min_share=float(games.get("min_share") or 1.0),
        armed_sectors=frozenset(data.get("armed_sectors") or ()),
        behalf_nouns=frozenset(data.get("behalf_nouns") or ()),
        rescuer_sectors=frozenset((data.get("rescue") or {}).get("sectors") or ()),
        taken_words=frozenset((data.get("rescue") or {}).get("taken") or ()),
        captive_nouns=frozenset((data.get("rescue") or {}).get("captives") or ()),
        facility_nouns=frozenset(data.get("facility_nouns") or ()),
        topic_nouns=frozenset(data.get("topic_nouns") or ()),
        act_nouns=frozenset(data.get("act_nouns") or ()),
        decision_nouns=frozenset(data.get("decision_nouns") or ()),
        act_noun_verbs=dict(data.get("act_noun_verbs") or {}),
        harm_nouns=frozenset(data.get("harm_nouns") or ()),
        proposing_verbs=frozenset(data.get("proposing_verbs") or ()),
        asking_for_verbs=frozenset(data.get("asking_for_verbs") or ()),
        persuading_verbs=frozenset(data.get("persuading_verbs") or ()),
        owed_nouns=frozenset(data.get("owed_nouns") or ()),
        agreeing_to_verbs=frozenset(data.get("agreeing_to_verbs") or ()),
        taking_in_verbs=frozenset(data.get("taking_in_verbs") or ()),
        situation_nouns=frozenset(data.get("situation_nouns") or ()),
        sending_away_nouns=frozenset(data.get("sending_away_nouns") or ()),
        blaming_verbs=frozenset(data.get("blaming_verbs") or ()),
        entourage_nouns=frozenset(data.get("entourage_nouns") or ()),
        mediating_verbs=frozenset(data.get("mediating_verbs") or ()),
        accord_nouns=frozenset(data.get("accord_nouns") or ()),
        labour_strike_words=frozenset(data.get("labour_strike_words") or ()),
        go_between_nouns=frozenset(data.get("go_between_nouns") or ()),
        telling_verbs=frozenset(data.get("telling_verbs") or ()),
        voice_verbs=frozenset(data.get("voice_verbs") or ()),
        research_words=frozenset(research.get("words") or ()),
        research_doers=frozenset(research.get("doers") or ()),
        undergone_verbs=frozenset(data.get("undergone_verbs") or ()),
        intransitive_verbs=frozenset(data.get("intransitive_verbs") or ()),
        means_nouns=frozenset(data.get("means_nouns") or ()),
        broadcast_nouns=frozenset(data.get("broadcast_nouns") or ()),
        vowing_verbs=frozenset(data.get("vowing_verbs") or ()),
        ousting_verbs=frozenset(data.get("ousting_verbs") or ()),
        regretting_verbs=frozenset(data.get("regretting_verbs") or ()),
        reprisal_verbs=frozenset(data.get("reprisal_verbs") or ()),
        exchanging_verbs=frozenset(data.get("exchanging_verbs") or ()),
        venue_part_nouns=frozenset(data.get("venue_part_nouns") or ()),
        stoppage_calling_verbs=frozenset(data.get("stoppage_calling_verbs") or ()),
        holding_out_verbs=frozenset(data.get("holding_out_verbs") or ()),
        tested_devices=frozenset(data.get("tested_devices") or ()),
        atomic_words=frozenset(data.get("atomic_words") or ()),
        quads={str(k): str(v.get("quad", "")) for k, v in ontology.items()},
    )


def _types(names: Any, ontology: Mapping[str, Any]) -> frozenset[str]:
    unknown = [n for n in names if n not in ontology]
    if unknown:
        raise _fail(f"not PLOVER types: {unknown}")
    return frozenset(names)


def _fallback(ontology: Mapping[str, Any]) -> dict[str, tuple[TriggerRule, ...]]:
    """Verb + object rules of the CAMEO verb dictionary (``cameo_patterns.yaml``)."""
    data = load_packaged("cameo_patterns.yaml") or {}
    section = {
        verb: [
            {
                "type": e["type"],
                "mode": e.get("mode"),
                "cameo": e.get("cameo"),
                "confidence": 0.45,
                "requires": {"object": list(e.get("objects") or ())}
                | ({"prep": list(e["prep"])} if e.get("prep") else {}),
            }
            for e in entries
        ]
        for verb, entries in (data.get("verbs") or {}).items()
    }
    rules = _rules(section, "cameo_patterns", ontology)
    return {verb: tuple(replace(r, pattern=True) for r in found) for verb, found in rules.items()}


def _instruments(section: Any, ontology: Mapping[str, Any]) -> dict[str, str]:
    modes = (ontology.get("ASSAULT") or {}).get("modes") or {}
    if not isinstance(section, Mapping):
        raise _fail("'assault_instruments' must map a weapon word to an ASSAULT mode")
    for word, mode in section.items():
        if mode not in modes:
            raise _fail(f"assault_instruments.{word}: {mode!r} is not an ASSAULT mode")
    return {str(k).lower(): str(v) for k, v in section.items()}


def _threat_modes(section: Any, ontology: Mapping[str, Any]) -> dict[str, str]:
    modes = (ontology.get("THREATEN") or {}).get("modes") or {}
    if not isinstance(section, Mapping):
        raise _fail("'threat_modes' must map a PLOVER type to a THREATEN mode")
    for type_, mode in section.items():
        # a type, or a type and its mode ("SANCTION/expel": threatened expulsions)
        if str(type_).split("/")[0] not in ontology or mode not in modes:
            raise _fail(f"threat_modes.{type_}: {mode!r} is not a THREATEN mode")
    return {str(k): str(v) for k, v in section.items()}


def _refusal_modes(section: Any, ontology: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    rejection = ontology.get("REJECT") or {}
    modes, codes = rejection.get("modes") or {}, {str(c) for c in rejection.get("cameo") or ()}
    if not isinstance(section, Mapping):
        raise _fail("'refusal_modes' must map a PLOVER type to a REJECT mode and CAMEO code")
    for type_, pair in section.items():
        if (
            type_ not in ontology
            or not isinstance(pair, list)
            or len(pair) != 2
            or pair[0] not in modes
            or str(pair[1])[:3] not in codes
        ):
            raise _fail(f"refusal_modes.{type_}: {pair!r} is not [REJECT mode, REJECT CAMEO code]")
    return {str(k): (str(v[0]), str(v[1])) for k, v in section.items()}


def _obligation(section: Any, ontology: Mapping[str, Any], name: str) -> ObligationRule | None:
    if section is None:
        return None
    if not isinstance(section, Mapping) or "rule" not in section:
        raise _fail(f"{name}: needs 'reporters' and 'rule'")
    rule = _rules({name: section["rule"]}, name, ontology)[name]
    return ObligationRule(
        modals=frozenset(str(w).lower() for w in section.get("modals") or ()),
        reporters=frozenset(str(w).lower() for w in section.get("reporters") or ()),
        rule=rule[0],
        adjectives=frozenset(str(w).lower() for w in section.get("adjectives") or ()),
        types=_types(section.get("types") or (), ontology),
        mandative=frozenset(str(w).lower() for w in section.get("mandative") or ()),
        verbs=frozenset(str(w).lower() for w in section.get("verbs") or ()),
        nouns=frozenset(str(w).lower() for w in section.get("nouns") or ()),
    )


def elided_passive(verb: Token) -> bool:
    """Whether a participle coordinated with a passive verb shares its auxiliary ("Mladic was
    flown to The Hague and handed over by Serbian authorities")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    head = verb.head
    return (
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
        # the tagger may read the participle as a past tense; its "by" doer tells
        and (
            verb.tag_ == "VBN"
            or any(
                c.dep_ in ("prep", "agent") and c.lower_ == "by" and not by_means(c)
                for c in verb.children
            )
        )
    )


def shared_passive_subject(verb: Token) -> Token | None:
    """The subject of another verb that a passive verb without its own subject acts on: the
    verb it is coordinated with ("Moon arrived and was met by Kim", "was flown to The Hague
    and handed over") or the clause its "being" phrase hangs on ("the leader died after
    being beaten by police")."""
    kids = list(verb.children)
    if elided_passive(verb):
        return next(c for c in verb.head.children if c.dep_ == "nsubjpass")
    if not any(c.dep_ == "auxpass" for c in kids) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in kids
    ):
        return None
    if verb.dep_ == "conj":
        clause = verb.head
    elif (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids)
    ):
        clause = verb.head.head
    else:
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def argument_heads(token: Token) -> list[Token]:
    """Direct objects and prepositional objects of ``token`` (arguments, not adjuncts)."""
    heads = [
        c
        for c in token.children
        if (c.dep_ in _OBJECT_DEPS or c.dep_ == "nsubjpass") and not attribution_object(c)
    ]
    # "transferred a grant to the central bank": the parser hangs the recipient on the object
    heads += [g for p in _to_on_object(token) for g in p.children if g.dep_ == "pobj"]
    # "found the former president guilty": the parser's verbless clause holds the object
    heads += [
        g
        for c in token.children
        if c.dep_ == "ccomp" and c.pos_ == "ADJ"
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    for prep in token.children:  # the parser tags "sent troops to X" as a dative "to"
        if prep.dep_ in ("prep", "dative") and prep.lower_ in _ARG_PREPS:
            # ("spoke with the ambassador, and with the foreign minister": both)
            heads += [
                c
                for again in _repeated(prep)
                for c in again.children
                if c.dep_ in ("pobj", "pcomp")
            ]
        elif (prep.dep_ == "prep" and prep.lower_ in ("by", "via", "over")) or by_means(prep):
            # "spoke by telephone with X", "over the phone with X": the partner hangs off the
            # means (not "suspended her over a leaked phone call with Hun Sen": the cause)
            means_nouns = load_lexicon().means_nouns
            for means in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ == "over" and means.lemma_.lower() not in means_nouns:
                    continue
                heads += [
                    g
                    for w in means.children
                    if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children
                    if g.dep_ == "pobj"
                ]
    return heads


def _to_on_object(token: Token) -> list[Token]:
    """The "to" phrases the parser hung on the direct object of ``token`` instead of on
    ``token`` ("transferred a grant to the central bank"), or on what the object holds
    ("shipped a consignment of fighters and spares to Ethiopia")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    held = held_by_partitives(objects)
    return [
        p
        for o in (*objects, *held, *(g for h in held for g in h.conjuncts))
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "to"
    ]


def attribution_object(noun: Token) -> bool:
    """Whether the parser made the source of a trailing attribution the verb's object or an
    apposition ("... clashed on Friday, the Interfax news agency reported": "agency" as the
    object of "clashed" or in apposition to its subject, "reported" as a clause on it)."""
    from storyline.events.status import load_cues

    return (
        noun.dep_ in ("dobj", "appos")
        and noun.i > noun.head.i
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        and any(
            c.dep_ in ("acl", "relcl")
            and c.i > noun.i
            and c.tag_ in ("VBD", "VBZ", "VBN")  # the small model tags it a participle
            and not any(g.dep_ in ("agent", "dobj", "auxpass") for g in c.children)
            and load_cues().has("reporting_verbs", c)
            for c in noun.children
        )
    )


def small_clause(verb: Token) -> tuple[list[Token], Token] | None:
    """(what it acts on, the verb of causing) when ``verb`` is a past participle that verb
    takes as its complement ("ordered the West Bank sealed off", "ordered the opposition
    leader arrested", "wanted him arrested"), else None."""
    if verb.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children
    ):
        return None
    governor = verb.head
    if verb.dep_ in ("ccomp", "xcomp", "oprd") and governor.lemma_.lower() in _CAUSING_VERBS:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i]
        return (subjects or objects), governor
    if (  # the parser's reduced relative: "ordered [the leader arrested]"
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and governor.dep_ == "dobj"
        and governor.head.lemma_.lower() in _ORDERING_VERBS
        and not any(c.dep_ in ("xcomp", "ccomp") for c in governor.head.children)
    ):
        return [governor], governor.head
    return None


def bare_clause_subjects(token: Token, marked: bool = False) -> list[Token]:
    """Subjects of a bare-infinitive clause the parser hung on ``token`` ("helped Thai police
    track down the suspect": the police are helped), or with ``marked`` of a "to" infinitive
    ("wants North Korea to freeze": North Korea is the one wanted to act)."""
    return [
        g
        for c in token.children
        if c.dep_ in ("ccomp", "xcomp")
        and c.tag_ == "VB"
        and (to_infinitive(c) if marked else not any(a.dep_ == "aux" for a in c.children))
        for g in c.children
        if g.dep_ == "nsubj" and g.pos_ != "PRON"  # "help him enter": the parser's object
    ]


# Spans of time given to do something ("gave him 24 hours to leave")
_GIVEN_TIMES = frozenset({"minute", "hour", "day", "week", "month"})


def _named_conjuncts(word: Token) -> list[Token]:
    """The nouns and adjectives joined to a predicative word ("an act and a violation")."""
    if word.dep_ not in ("oprd", "acomp"):
        return []
    return [g for g in word.conjuncts if g.pos_ in ("NOUN", "ADJ", "PROPN")]


def _acts_of(word: Token) -> list[Token]:
    """The nouns a predicative "act of", "form of" names ("called the interception an act of
    terrorism": terrorism), and the words that say what kind of act it is ("called the raid
    an authoritarian act": authoritarian)."""
    if word.dep_ not in ("oprd", "attr", "dobj") or word.lower_ not in ("act", "acts", "form"):
        return []
    kinds = [c for c in word.children if c.dep_ == "amod" and c.i < word.i]
    return prep_objects(word, ("of",)) + kinds


def _has_complement(token: Token, verbs: frozenset[str] | None = None) -> bool:
    """Whether ``token`` has an infinitive complement ("ordered them to leave"), one of
    ``verbs`` when given; an entry "verb object" names a verb with its object ("give figure":
    "declined to give a figure")."""
    # "will allow refugees who have lived in Iraq to return home": the parser may hang the
    # infinitive on the object's relative clause
    misplaced = [
        g
        for o in token.children
        if o.dep_ == "dobj"
        for r in o.children
        if r.dep_ == "relcl"
        for g in r.children
        if g.dep_ == "advcl" and to_infinitive(g)
    ]
    # "gave ambassador Dennis Horak 24 hours to leave": the infinitive hung on the time given
    misplaced += [
        r
        for o in token.children
        if o.dep_ in ("dobj", "npadvmod") and o.lemma_.lower() in _GIVEN_TIMES
        for r in o.children
        if r.dep_ in ("relcl", "acl") and to_infinitive(r)
    ]
    for child in [*token.children, *misplaced]:
        to_clause = child.dep_ == "xcomp" or (
            (child.dep_ in ("ccomp", "advcl") or child.head.i != token.i)
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        )
        if not to_clause:
            continue
        if verbs is None or word_forms(child) & verbs:
            return True
        if any(word_forms(c) & verbs for c in child.conjuncts):
            return True  # "ordered the agency to halt its work and leave"
        objects = [o for o in child.children if o.dep_ in _OBJECT_DEPS]
        if any(
            f"{v} {n}" in verbs for v in word_forms(child) for o in objects for n in word_forms(o)
        ):
            return True
    return False


def _measured(phrases: Iterable[Token]) -> Token | None:
    """What an amount measures: the object of the first "in", "of" or "worth" phrase among
    ``phrases`` ("$5 million in equipment")."""
    return next(
        (
            g
            for c in phrases
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "worth")
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _object_words(objects: list[Token]) -> list[Token]:
    """The object nouns and the nouns that say what they are: compounds ("mediation
    efforts", "aid program") and the noun after a partitive ("part of a program")."""
    words = load_lexicon().object_words
    out: list[Token] = []
    for obj in objects:
        # "Two-thirds of the debt was written off": the parser may hang the fraction on "Two"
        if obj.tag_ == "CD":
            obj = next(
                (
                    c
                    for c in obj.children
                    if c.dep_ == "quantmod" and c.lower_ in words["partitives"]
                ),
                obj,
            )
        if obj.tag_ in ("$", "CD") or obj.lower_ in words["amounts"]:  # "$5 million in equipment"
            what = _measured(obj.children)
            following = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else obj
            if what is None and following.head.i == obj.head.i:
                # "cut off 20 million dollars in aid": the parser hung "in aid" on the verb;
                # the currency still counts ("extended 12 billion yen in credits")
                what = _measured([following])
                out.append(obj)
            obj = what or obj
        obj = next(iter(held_by_partitives([obj])), obj)
        kinds = [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
        unlike = load_lexicon().unlike_compounds.get(obj.lemma_.lower(), frozenset())
        if not any(c.lower_ in unlike for c in kinds):  # "a nature reserve": no troops
            out.append(obj)
        # "electricity and water supplies": every noun of a coordinated modifier says it
        out += kinds + [g for c in kinds for g in c.conjuncts if g.pos_ == "NOUN"]
    return out


def _actor_argument(
    head: Token, is_actor: Callable[[Token], bool], through_things: bool = False
) -> bool:
    """Whether an argument phrase names an actor, leaving out its possessor or "by" agent
    ("welcomed Reagan's statement" welcomes a statement, not Reagan) and the parties of an
    event noun ("welcomed the release of the prisoners" welcomes an act, not the prisoners)."""
    if not is_actor(head) and word_forms(head) & load_lexicon().nouns.keys():
        return False
    # "welcomed Reagan's statement"; "welcomed the decision by Libya to allow ...": what the
    # noun says and who made it, not whom it names
    owner = {
        t.i
        for c in head.children
        if c.dep_ == "poss"
        or (head.pos_ == "NOUN" and (c.dep_ == "acl" or (c.dep_, c.lower_) == ("prep", "by")))
        for t in c.subtree
    }
    # a possessor deeper in the phrase names whose thing it is, not a party either ("released
    # a version of its app")
    owner |= {t.i for p in head.subtree if p.dep_ == "poss" and p.i != head.i for t in p.subtree}
    if not through_things and _thing_noun(head, is_actor):
        # "released the transcript of his call with Zelensky": a thing, and the people its
        # phrases name are no parties (a part or a member names them: "two of the hostages",
        # "the leader of Hamas")
        owner |= {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
    return any(is_actor(t) for t in head.subtree if t.i not in owner)


def _thing_noun(head: Token, is_actor: Callable[[Token], bool]) -> bool:
    """A common noun that names no actor, no part and no member of a group."""
    if (
        head.pos_ != "NOUN"
        or is_actor(head)
        or head.lower_ in load_lexicon().object_words["partitives"]
    ):
        return False
    forms = word_forms(head)
    return not (forms & load_lexicon().member_nouns or forms & people_words()["words"].keys())


def _particle_preps(children: list[Token], particles: Sequence[str]) -> list[Token]:
    """Particles the parser read as prepositions: before "of" ("pulled out of Beirut",
    "pulled its troops out of East Timor"), or holding the verb's object as their own when
    the verb has none ("handing in their weapons")."""
    objectless = not any(c.dep_ == "dobj" for c in children)
    return [
        c
        for c in children
        if c.dep_ == "prep"
        and c.lower_ in particles
        and any(
            (g.dep_, g.lower_) == ("prep", "of") or (g.dep_ == "pobj" and objectless)
            for g in c.children
        )
    ]


def named_as(head: Token) -> list[Token]:
    """What a free relative object names a thing as ("condemned what it called China's
    actions": "actions")."""
    return [
        named
        for clause in head.children
        if clause.dep_ == "ccomp"
        and clause.lemma_.lower() in ("call", "describe", "term", "label", "brand")
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)
        for named in clause.children
        if named.dep_ == "oprd"
    ]


_RELATIVE_WORDS = frozenset({"who", "whom", "that", "which"})


def object_gap(verb: Token) -> bool:
    """Whether a relative clause with a subject of its own and no object but its relative
    word has the noun it describes as its object ("troops it had massed near the border",
    "the ban that Beijing imposed")."""
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and verb.head.pos_ == "NOUN"
        and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") and c.lower_ not in _RELATIVE_WORDS
            for c in verb.children
        )
        and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in verb.children)
        # (nor a preposition left without its object: "the rebels it fought against")
        and not any(
            c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children
        )
    )


def _participle_of_noun(verb: Token) -> bool:
    """Whether a past participle describes the noun before it ("a deal struck with Iran")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "NOUN"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children)
    )


_TIME_DEICTICS = frozenset({"last", "this", "next", "past", "coming", "previous"})


def _rule_objects(token: Token, children: list[Token], as_preps: list[Token]) -> list[Token]:
    """The words a rule's object requirement reads: the objects of ``token`` and the nouns
    that say what they are (see ``_object_words``)."""
    objects = [
        c for c in children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _RELATIVE_WORDS
    ]
    # "given the ambassador 48 hours to leave": the second object read as an adverbial noun;
    # "gave the officers one week to reinstate him": a counted span after the object (not
    # "gave the rebels aid last week": a time)
    spans = [
        c
        for c in children
        if c.dep_ == "npadvmod"
        and c.pos_ == "NOUN"
        and not any(m.lower_ in _TIME_DEICTICS for m in c.children)
    ]
    if any(c.dep_ == "dative" for c in children):
        objects += spans
    elif objects:
        last = max(o.i for o in objects)
        objects += [c for c in spans if c.i > last and any(n.dep_ == "nummod" for n in c.children)]
    if not objects:  # "called home its ambassador": the object read as a predicate
        objects = [c for c in children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    # "withdraw troops it had massed", "the ban that Beijing imposed"
    if not objects and object_gap(token):
        objects = [token.head]
    if not objects:  # "struck what it called terrorist camps"
        objects = named_as(token)
    # "sealed off roads": the parser may hang the object on the particle
    objects += [g for c in children if c.dep_ == "prt" for g in c.children]
    # "handing in their weapons": a particle read as a preposition holds the object
    objects += [g for c in as_preps for g in c.children if g.dep_ == "pobj"]
    if token.pos_ == "NOUN":  # "the suspension of military exercises"
        objects += [g for c in children if c.lower_ == "of" for g in c.children]
    if (caused := small_clause(token)) is not None:  # "ordered the roads sealed off"
        objects += caused[0]
    if not objects:  # "allowed IAEA inspectors to visit": the parser's clause subject
        # (not a clause of its own: "reported that an attack is unlikely")
        clauses = [
            c
            for c in children
            if c.dep_ in ("ccomp", "xcomp") and not any(g.dep_ == "mark" for g in c.children)
        ]
        objects = [g for c in clauses for g in c.children if g.dep_ == "nsubj"]
    # "dispatched planes laden with tents", "sent trucks loaded with flour", "a convoy of
    # trucks carrying flour": the load
    objects += [
        g
        for holder in (token, *objects, *held_by_partitives(objects))
        for c in holder.children
        if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in load_lexicon().object_words["cargo"]
        for g in (*prep_objects(c, ("with",)), *(d for d in c.children if d.dep_ == "dobj"))
    ]
    objects += [cc for o in objects for cc in o.conjuncts]
    return _object_words(objects)


def _phrase_preps(children: Iterable[Token]) -> Iterator[Token]:
    """The prepositions of a word's phrases, given its children: its own, those hung on its
    adverb ("stayed away from the polls") or object ("took control of the fields"), and the
    inner one of a two-word preposition ("pulled out of the Games")."""
    for c in children:
        if c.dep_ in ("prep", "dative", "advmod", "dobj"):
            yield c
            yield from (g for g in c.children if g.dep_ == "prep")


def _satisfied(
    rule: TriggerRule,
    token: Token,
    is_actor: Callable[[Token], bool],
    is_place: Callable[[Token], bool] | None = None,
) -> bool:
    req = rule.requires
    children = list(token.children)
    if (
        "prep" in req
        and not any(
            c.dep_ in ("prep", "agent", "dative") and c.lower_ in req["prep"] for c in children
        )
        and not any(  # "pushing for the US (to) support its plan": "for" marks the clause
            g.dep_ == "mark" and g.lower_ in req["prep"]
            for c in children
            if c.dep_ in ("advcl", "ccomp")
            for g in c.children
        )
        # "transferred a grant to the central bank": "to" hung on the object
        and not ("to" in req["prep"] and _to_on_object(token))
    ):
        return False
    as_preps = _particle_preps(children, req["particle"]) if "particle" in req else []
    if (
        "particle" in req
        and not as_preps
        and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in req["particle"]  # "pulled X back": advmod
            for c in children
        )
    ):
        return False
    if "not_particle" in req and any(  # "wound up a two-day visit": ended it, no wounding
        c.dep_ == "prt" and c.lower_ in req["not_particle"] for c in children
    ):
        return False
    if "object" in req:
        wanted = set(req["object"])
        objects = _rule_objects(token, children, as_preps)
        if rule.moves and rule.type == "ASSAULT" and _participle_of_noun(token):
            objects += _object_words([token.head])  # "a missile fired by Houthi rebels"
        if not any(word_forms(o) & wanted for o in objects):
            return False
    if req.get("nationals_object") and not any(  # "expelled hundreds of Nigerians"
        o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS")
        for o in _rule_objects(token, children, as_preps)
    ):
        return False
    if req.get("own_object") and not any(  # "agreed to disarm 70 percent of its fighters"
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES
        for o in _rule_objects(token, children, as_preps)
        if o.dep_ != "nsubjpass"  # (not "its fighters were disarmed by the army")
        for c in o.children
    ):
        return False
    if "subject" in req and not any(  # "the last Russian troops left Estonia"
        word_forms(w) & set(req["subject"]) for w in _object_words(_controller_subjects(token))
    ):
        return False
    if "named_subject" in req:  # "Israel would strike if ...": a state or leader named
        named = any(d.pos_ == "PROPN" and is_actor(d) for d in _controller_subjects(token))
        if named != req["named_subject"]:
            return False
    if "not_subject" in req:  # "was struck by a delivery van": a vehicle's blow is no attack
        doers = _controller_subjects(token)
        if any(c.dep_ == "auxpass" for c in token.children):
            doers = doers + prep_objects(token, ("by",))
            # "was welcomed by cheering crowds", the participle read as a gerund: its object
            doers += [
                o
                for by in token.children
                if by.dep_ == "agent"
                for g in by.children
                if g.dep_ == "pcomp" and g.tag_ == "VBG"
                for o in g.children
                if o.dep_ == "dobj"
            ]
        # "Cyclone Nargis": a name's kind word too
        words = _object_words(doers) + [c for d in doers for c in d.lefts if c.dep_ == "compound"]
        if any(word_forms(w) & set(req["not_subject"]) for w in words):
            return False
    if "not_object" in req:  # "meet their responsibilities", "met the deadline": no meeting
        unwanted = set(req["not_object"])
        direct = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        if (
            token.dep_ == "relcl" and not direct and not _relative_subject(token)
        ) or _participle_of_noun(token):
            # "the quality Google promised": what was promised ("a port deal Addis Ababa
            # struck with Somaliland", "a deal struck with the six powers": the deal, not the
            # "with" party)
            direct = [token.head]
        if token.pos_ == "VERB" and not direct:  # "met with tax demands", "battled with cancer"
            direct = prep_objects(token, ("with",))
        if token.pos_ == "NOUN":  # a noun's object is in its "of" phrase: "tour of duty"
            direct += prep_objects(token, ("of",))
        # "it" for the thing named last before it ("The pact must still be approved by
        # Congress, where labor unions have vowed to fight it": the pact)
        direct += [t for o in direct if o.lower_ == "it" and (t := _thing_before(o)) is not None]
        if any(word_forms(o) & unwanted for o in _object_words(direct)):
            return False
    complement = req.get("complement")
    if complement and not _has_complement(
        token, None if complement is True else frozenset(complement)
    ):
        return False
    if "not_complement" in req and _has_complement(token, frozenset(req["not_complement"])):
        return False
    if "complement_type" in req and not complement_typed(
        token, frozenset(req["complement_type"]), is_actor
    ):
        return False
    if (
        req.get("clause")
        and not any(  # "charged that the government rigged the vote"; "X is violating the
            # truce, the rebels charged": the fronted clause is what is charged
            c.dep_ == "ccomp"
            and (c.i < token.i or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
            for c in children
        )
        and not (finite_on_root_noun(token) and orphan_that_clause(token) is not None)
    ):
        return False
    # "Apple demonstrated the phone", "demonstrated that", "was struck by a car"
    # "after being struck by police": a passive with no subject of its own is no intransitive
    if req.get("intransitive") and (
        any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") for c in children)
        or object_gap(token)
    ):
        return False
    if req.get("not_reception") and _reception(token, is_actor):
        return False
    if "owned_about" in req and not _owned_about(token, req["owned_about"], is_actor):
        return False
    if "about_object" in req and not any(  # "expressed regret over the tests"
        word_forms(g) & set(req["about_object"])
        for g in _object_words(_phrase_objects(token, _ABOUT_PREPS))
    ):
        return False
    if req.get("partner") and not _with_partner(token, is_actor):
        return False
    if req.get("joint_subject") and not _joint_subject(token, is_actor):
        return False
    if "object_prep" in req and not any(  # "rallied his allies behind Zelaya"
        p.dep_ == "prep" and p.lower_ in req["object_prep"]
        for o in children
        if o.dep_ == "dobj"
        for p in o.children
    ):
        return False
    if "object_modifier" in req and not any(  # "raised the alert status of its army"
        word_forms(m) & set(req["object_modifier"])
        for o in children
        if o.dep_ == "dobj"
        for m in (*_modifiers(o), *prep_objects(o, ("of",)))
    ):
        return False
    if req.get("clause_modal") and not any(  # "warned that police will no longer tolerate"
        # the verb's clauses, or its object's ("served notice that it would expel ...");
        # not an obligation ("warned that it must not be the last step": advice, no threat)
        any(a.tag_ == "MD" and a.lower_ not in OBLIGATION_MODALS for a in c.children)
        # someone acts in it, not "cautioned that the cells might cause pathologies"
        and any(
            (
                s.dep_ in ("nsubj", "nsubjpass")
                and (
                    s.tag_ == "PRP"  # "warned that it would", "... it would not tolerate"
                    # another named: what it will do ("warned that police will no longer
                    # tolerate"), not a word it will fail to keep ("critics warned that the
                    # Khmer Rouge would not honour the accord": a forecast)
                    or (_actor_argument(s, is_actor) and not _word_broken(c))
                )
            )
            # or something will be done to a thing by no one named ("warned that newspapers
            # publishing his statements would be shut down")
            or (s.dep_ == "nsubjpass" and not any(a.dep_ == "agent" for a in c.children))
            for s in c.children
        )
        for c in [
            *reported_clauses(token),
            *(g for o in children if o.dep_ == "dobj" for g in o.children if g.dep_ == "acl"),
        ]
    ):
        return False
    # "warned that more strikes would follow", "vowed that Israel would face a bitter fate"
    if "coming_harm" in req and not _harm_coming(children, req["coming_harm"]):
        return False
    # "vowed that the group would respond"
    if "reply_clause" in req and not any(
        word_forms(c) & set(req["reply_clause"]) and any(g.dep_ == "nsubj" for g in c.children)
        for c in _modal_clauses(children)
    ):
        return False
    if "facing_harm" in req and not _modal_clause(
        children, _FACING_VERBS, "dobj", req["facing_harm"]
    ):
        return False
    # "said it would take all necessary measures to protect its interests"
    if "measures_clause" in req and not _measures_announced(children, req["measures_clause"]):
        return False
    if "modifier" in req and not any(
        word_forms(c) & set(req["modifier"]) for c in _modifiers(token)
    ):
        return False
    if req.get("named_modifier") and not any(  # "Israeli strikes", "U.S. strikes"
        c.dep_ in _OWNER_DEPS and c.ent_type_ in _STATE_ENTITIES and is_actor(c)
        for m in _modifiers(token)
        for c in (m, *m.conjuncts)
    ):
        return False
    if "not_modifier" in req and any(  # "strong consumer demand", "demand for oil"
        word_forms(c) & set(req["not_modifier"])
        for c in (*token.lefts, *prep_objects(token, ("for",)))
    ):
        return False
    if "adverb" in req and not any(
        c.dep_ == "advmod" and c.lower_ in req["adverb"] for c in children
    ):
        return False
    if req.get("not_predicative") and any(  # "called the bailout critical": naming, no call
        c.dep_ in ("oprd", "acomp") or (c.dep_ == "dobj" and _named_as_indefinite(c))
        for c in children
    ):
        return False
    if "predicative" in req and not any(  # "found him guilty", "was found guilty": a verdict
        # ("called the raid an authoritarian act and a flagrant violation": either noun)
        any(w.lower_ in req["predicative"] for w in (c, *_named_conjuncts(c), *_acts_of(c)))
        and (
            c.dep_ == "ccomp"  # the parser's clause: "found [the legislator guilty]"
            or (
                # "set the office ablaze": the parser may read the adjective as a clause
                (c.dep_ in ("oprd", "acomp", "xcomp") or (c.dep_ == "advcl" and c.pos_ == "ADJ"))
                # not a bare participle: "the first person found guilty of ..."; a relative
                # clause's object is the noun it hangs on ("a move New Delhi called unfair")
                and (
                    any(d.dep_ in ("dobj", "auxpass", "nsubjpass") for d in children)
                    or (token.dep_ == "relcl" and token.tag_ == "VBD")
                )
            )
            # "held army units responsible for ...": the parser's adjective after the object
            or (c.dep_ == "amod" and c.head.dep_ == "dobj" and c.i > c.head.i)
            # "set free 40 members": right after the verb, before its object
            or (c.dep_ == "amod" and c.head.dep_ == "dobj" and c.i == token.i + 1)
            # "declared the ambassador, Ebrahim Rasool, persona non grata": read as a verb
            # joined to it after a long object
            or (
                c.dep_ == "conj"
                and c.head.i == token.i
                and any(d.dep_ == "dobj" and d.i < c.i for d in children)
            )
        )
        for c in (*children, *(a for d in children if d.dep_ == "dobj" for a in d.children))
    ):
        return False
    if "not_adverb" in req and any(  # "Chrysler was hardest hit": affected, not attacked
        c.dep_ == "advmod" and c.lower_ in req["not_adverb"] for c in children
    ):
        return False
    if "governor" in req and not word_forms(token.head) & set(req["governor"]):
        return False
    if "not_governor" in req and word_forms(token.head) & set(req["not_governor"]):
        return False
    if req.get("transitive") and not any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return False
    if req.get("not_passive") and any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        # "the blockade was intended to stop smuggling": a purpose, no intent; with
        # "agentless", only a passive naming no doer ("Ethiopia had been forced to defend
        # itself": by events, not "forced out by police")
        # (the parser may hang the "by" phrase on the infinitive: "were forced to adopt
        # Slavic names by the Bulgarian authorities")
        agents = [
            a
            for c in (token, *(c for c in children if c.dep_ == "xcomp"))
            for a in c.children
            if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        ]
        if req["not_passive"] != "agentless" or not agents:
            return False
    if req.get("not_award") and _for_award(token):
        return False
    if req.get("not_contest") and _in_contest(token, is_actor):
        return False
    if (
        req.get("plural")
        and token.tag_ not in ("NNS", "NNPS")
        and not _plural_noun_read_as_verb(token)  # "staged live-fire missile exercises"
    ):
        return False
    if req.get("singular") and token.tag_ not in ("NN", "NNP"):
        return False
    if "prep_object" in req and not any(  # "took to the streets": {to: [street]}
        word_forms(g) & set(req["prep_object"].get(p.lower_, ()))
        for p in _phrase_preps(children)
        # what the object is: "with 500,000 tonnes of food aid", "with $1 billion in loans"
        for g in _object_words([g for g in p.children if g.dep_ == "pobj"])
    ):
        return False
    if "denied" in req and any(c.dep_ == "neg" for c in children) != req["denied"]:
        return False  # "would not rule out the use of force": {denied: true}
    if "not_prep" in req and any(  # "warned Warsaw about the drones": {not_prep: [about]}
        c.dep_ == "prep" and c.lower_ in req["not_prep"] for c in children
    ):
        return False
    if "not_prep_object" in req and any(  # "shot to fame": {to: [fame]}
        word_forms(g) & set(req["not_prep_object"].get(c.lower_, ()))
        # (and the inner one of a two-word preposition: "walked out of prison")
        for c in (*children, *(i for p in children if p.dep_ == "prep" for i in p.children))
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj"
    ):
        return False
    if req.get("place_object") and not any(  # "shelled Aleppo": a named place (the small
        # model may tag it a noun or an adverbial: "shelled Homs", "shelled Aleppo on Monday")
        c.dep_ in ("dobj", "npadvmod")
        and (c.pos_ == "PROPN" or c.ent_type_ in _PLACE_ENTITIES or c.is_title)
        and not c.is_sent_start
        for c in children
    ):
        return False
    if "place_prep_object" in req and (  # "took control of Kunduz": a place the gazetteer
        # knows (the model tags companies as places: "took control of Sibneft")
        is_place is None
        or not any(
            is_place(g)
            for p in _phrase_preps(children)
            if p.lower_ in req["place_prep_object"]
            for o in p.children
            if o.dep_ == "pobj"
            for g in (o, *held_by_partitives([o]))  # "took control of most of Goma"
        )
    ):
        return False
    if req.get("known_place_object") and (  # "captured Phnom Penh": a town the gazetteer
        # knows (not "captured Saddam Hussein")
        is_place is None or not any(c.dep_ == "dobj" and is_place(c) for c in children)
    ):
        return False
    if "not_form" in req and token.lower_ in req["not_form"]:
        return False
    if req.get("not_priced") and any(  # a sale: "offering the sensor for $30"
        g.ent_type_ == "MONEY" for g in prep_objects(token, ("for",))
    ):
        return False
    if req.get("actor_object"):
        heads = argument_heads(token) + bare_clause_subjects(token)
        if (patient := shared_passive_subject(token)) is not None:
            heads.append(patient)  # "after being struck by police officers"
        heads += bare_clause_subjects(token, marked=True)
        placed = False
        if isinstance(req["actor_object"], list):  # "blamed the attack on militants"
            preps = tuple(req["actor_object"])
            objects = [c for c in children if c.dep_ == "dobj"]
            # (also hung deeper in the object: "gave the names of 40 suspects to France")
            phrased = [g for o in objects for t in o.subtree for g in prep_objects(t, preps)]
            phrased += prep_objects(token, preps)  # "sought rice from New Delhi"
            if req.get("place_actor_object") and is_place is not None:
                placed = any(is_place(g) for g in phrased)  # a place stands for its government
            heads += phrased
            heads += [  # "gave the names to France": "to" read as a dative
                o
                for c in children
                if c.dep_ == "dative" and c.lower_ in preps
                for o in c.children
                if o.dep_ == "pobj"
            ]
        if not placed and not any(_actor_argument(h, is_actor) for h in heads):
            return False
    return True


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _phrase_objects(token: Token, preps: Collection[str]) -> list[Token]:
    """Objects of the trigger's phrases with one of ``preps``, on the word itself or on the
    verb it is the object of ("regret over ...", "expressed regret over ...")."""
    holders = [token] + ([token.head] if token.dep_ == "dobj" else [])
    return [g for h in holders for g in prep_objects(h, preps)]


def _word_broken(verb: Token) -> bool:
    """Whether a clause says an undertaking will not be kept ("would not honour the accord",
    "would never comply")."""
    return verb.lemma_.lower() in load_lexicon().object_words["kept_word_verbs"] and any(
        c.dep_ == "neg" and c.lower_ in ("not", "n't", "never") for c in verb.children
    )


def _owned_about(token: Token, preps: Collection[str], is_actor: Callable[[Token], bool]) -> bool:
    """Whether the trigger's phrase with one of ``preps`` names what an actor owns or did
    ("regret over China's nuclear test")."""
    about = _phrase_objects(token, preps)
    return any(c.dep_ == "poss" and is_actor(c) for g in about for c in g.children)


def _with_partner(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """Whether a "with" phrase of the trigger names another party: a state or body by name,
    or forces by their country ("began exercises with Egyptian forces"; not "exercises with
    live ammunition" or "with 30 warships")."""
    return any(
        _actor_argument(g, is_actor)
        and (
            g.pos_ == "PROPN"
            or any(c.ent_type_ in ("NORP", "GPE") for c in g.children if c.i < g.i)
        )
        for g in _phrase_objects(token, ("with",))
    )


# Words that make a plural noun a pair: "the two men", "both sides", "the pair"
_PAIR_WORDS = frozenset({"two", "both", "pair"})


def _joint_subject(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """Whether the verb's subject (a conjunct verb's: its first verb's) names two or more
    parties: conjoined actors ("Clinton and Yeltsin talked"), a pair phrase ("the two men",
    "both sides"), or a "they" the actor stage gave to such a pair."""
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if not is_actor(subject):
            continue
        if any(is_actor(c) for c in subject.conjuncts) or subject.lower_ == "they":
            return True
        if subject.tag_ == "NNS" and any(c.lower_ in _PAIR_WORDS for c in subject.children):
            return True
        if subject.lower_ == "pair":
            return True
    return False


def _controller_subjects(token: Token) -> list[Token]:
    """The subject of ``token``, or of the words its infinitive hangs from ("planes were
    ready to strike": planes), or the subject's own forces or people ordered to do it
    ("ordered its forces to stand down": forces; not "told the U.N. peacekeepers to leave",
    whose leaving is no act reported)."""
    node = token
    while True:
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if not subjects and finite_on_root_noun(node):
            return [node.head]  # "Several hundred fighters massed outside the town"
        if not subjects and node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head  # "Israel bombed the ministry and struck near the palace"
            continue
        if subjects or node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return subjects
        controllers = [
            c
            for c in node.head.children
            if c.dep_ == "dobj"
            and c.i < node.i
            and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
        ]
        if node.dep_ == "xcomp" and controllers:
            return controllers
        node = node.head


def _reception(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """A passive verb whose "with" phrase names a reaction, not a party ("his refusal was met
    with hoots of laughter", "the plan was met with scepticism")."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    reactions = prep_objects(token, ("with",))
    return bool(reactions) and not any(_actor_argument(r, is_actor) for r in reactions)


_SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b")  # "6-4", "2 - 0"


def _relative_subject(verb: Token) -> bool:
    """Whether the noun a relative clause modifies is its subject ("the firm that promised"),
    not its object ("the quality the firm promised")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_WORDS for c in verb.children
    ) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_GAME_REPORT = "storyline.game_report"


def game_report(doc: Doc) -> bool:
    """Whether ``doc`` reports games, sport or video games (``game_report``: enough of its
    sentences, with enough different words, speak of matches, players, goals or seasons)."""
    if _GAME_REPORT not in doc.user_data:
        lexicon = load_lexicon()
        words = lexicon.game_words
        sentences = list(doc.sents)
        found = {t.lemma_.lower() for t in doc if t.lemma_.lower() in words}
        carrying = sum(any(t.lemma_.lower() in words for t in s) for s in sentences)
        doc.user_data[_GAME_REPORT] = (
            bool(sentences)
            and len(found) >= lexicon.game_min_words
            and carrying >= lexicon.game_min_share * len(sentences)
        )
    return bool(doc.user_data[_GAME_REPORT])


def _in_contest(token: Token, is_actor: Callable[[Token], bool] = lambda t: False) -> bool:
    """Whether ``token`` reports the result of a game or an election (``contest_words``):
    any word of a report of games (:func:`game_report`); a score or a word of sport in its
    sentence ("Nadal defeated Khachanov 6-3, 7-6"), unless the word is inside an actor's name
    ("activists of the Awami League beat up a lawmaker"); or an election word in its "in"/"at"
    phrase, on its object ("beat incumbent Gov. Bevin") or as the subject of the verb it
    complements ("voters could see him defeating the governor")."""
    words = load_lexicon().contest_words
    sport = words.get("sport", frozenset())
    if game_report(token.doc) or _SCORE.search(token.sent.text):
        return True
    if any(
        (t.lemma_.lower() in sport or t.lower_ in sport)
        and not is_actor(t)
        and not _instrument(t)  # "beaten with clubs": a weapon, not a team
        for t in token.sent
    ):
        return True  # "boxing" (lemma "box")
    election = words.get("election", frozenset())
    settings = words.get("election_settings", frozenset())
    near = prep_objects(token, ("in", "at"))
    near += [m for c in token.children if c.dep_ == "dobj" for m in c.subtree]
    # the subject of the verb whose complement it is ("voters could see him defeating X")
    if token.dep_ in ("xcomp", "ccomp"):
        near += [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in election and t.lower_ not in settings for t in near)


def _instrument(word: Token) -> bool:
    """Whether ``word`` is the object of a "with" phrase on a verb ("beaten with clubs")."""
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ in ("VERB", "AUX")


def _for_award(token: Token) -> bool:
    """Whether ``token`` names a contest for business (``contest_words``, ``award``): its
    "for" phrase, its passive subject or what its purpose clause wins is a contract, an order
    or a tender ("defeated Boeing for a $40 billion contract", "beat rivals to win the order",
    "the contract was fought for")."""
    award = load_lexicon().contest_words.get("award", frozenset())
    near = prep_objects(token, ("for",))
    near += [c for c in token.children if c.dep_ == "nsubjpass"]
    near += [
        o
        for c in token.children
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("win", "secure", "land", "clinch")
        for o in c.children
        if o.dep_ == "dobj"
    ]
    return any(word_forms(t) & award for t in near)


def _flat(value: Any) -> Any:
    """A requirement's word list with the lists named in it spliced in (a YAML alias such as
    ``*vehicles`` inside a list)."""
    if not isinstance(value, list):
        return value
    return [w for v in value for w in (_flat(v) if isinstance(v, list) else [v])]


def complement_acts(token: Token) -> list[Token]:
    """The acts ``token`` governs: its infinitive (of purpose too: "poured into the square to
    demand ..."), its "for" phrase, and the act of a verb there ("prepared to resume
    shelling", "preparing for an offensive")."""
    acts = [
        c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))
    ]
    acts += prep_objects(token, ("for",))
    # "raised the prospect of expelling British diplomats": the act its object holds out
    acts += [
        g
        for o in token.children
        if o.dep_ == "dobj" and o.lemma_.lower() in load_lexicon().object_words["prospects"]
        for p in o.children
        if p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pcomp"
    ]
    objects = [
        g for a in acts if a.pos_ == "VERB" for g in a.children if g.dep_ in ("xcomp", "dobj")
    ]
    # "vowed to unleash a wave of attacks": the act a partitive object holds
    return acts + objects + held_by_partitives(objects)


def _modal_clauses(children: Iterable[Token]) -> list[Token]:
    """The clauses among ``children`` that a modal governs ("warned that it would ...")."""
    return [c for c in children if c.dep_ == "ccomp" and any(a.tag_ == "MD" for a in c.children)]


def _modal_clause(
    children: Iterable[Token], verbs: frozenset[str], dep: str, words: Iterable[str]
) -> bool:
    """Whether one of ``children`` is a clause with a modal whose verb is one of ``verbs`` and
    whose word of relation ``dep`` ("nsubj", "dobj") has one of the forms ``words``; the
    verb may follow "have to" ("will have to pay a heavy price")."""
    wanted = set(words)
    for c in _modal_clauses(children):
        verbs_told = [c]
        if c.lemma_.lower() == "have":
            verbs_told += [x for x in c.children if x.dep_ == "xcomp" and to_infinitive(x)]
        if any(
            v.lemma_.lower() in verbs
            and any(w.dep_ == dep and word_forms(w) & wanted for w in v.children)
            for v in verbs_told
        ):
            return True
    return False


def _measures_announced(children: Iterable[Token], spec: dict[str, list[str]]) -> bool:
    """Whether one of ``children`` is a clause with a modal whose verb is "take" and whose
    object is one of ``spec["objects"]`` with one of ``spec["modifiers"]`` ("would take all
    necessary measures"; not "would take measures to help exporters")."""
    objects, modifiers = set(spec["objects"]), set(spec["modifiers"])
    reported = [c for c in children if c.dep_ == "ccomp"]
    # (or one joined to it: "said the dam broke the law and that Cairo would take ...")
    clauses = [
        c
        for c in reported + [g for r in reported for g in r.conjuncts]
        if any(a.tag_ == "MD" for a in c.children)
    ]
    return any(
        c.lemma_.lower() == "take"
        and any(
            o.dep_ == "dobj"
            and word_forms(o) & objects
            and any(
                m.lower_ in modifiers for m in o.children if m.dep_ in ("det", "amod", "predet")
            )
            for o in c.children
        )
        for c in clauses
    )


def _harm_coming(children: Iterable[Token], words: Iterable[str]) -> bool:
    """Whether one of ``children`` is a clause with a modal telling that harm will come: "more
    strikes would follow", "its response would be severe" (the harm someone's own), "any
    attack would be met with force"."""
    wanted = set(words)
    children = list(children)
    if _modal_clause(children, _COMING_VERBS, "nsubj", wanted):
        return True
    for c in _modal_clauses(children):
        harms = [w for w in c.children if w.dep_ == "nsubj" and word_forms(w) & wanted]
        if c.lemma_.lower() == "be" and any(
            any(p.dep_ == "poss" for p in h.children) for h in harms
        ):
            return True
        if (
            c.lemma_.lower() == "meet"
            and any(a.dep_ == "auxpass" for a in c.children)
            and any(word_forms(o) & wanted for o in prep_objects(c, ("with",)))
        ):
            return True
    return False


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb reports, with those joined to them ("warned that any use would be
    theft and that it would retaliate")."""
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    return reported + [g for c in reported for g in c.conjuncts]


def held_by_partitives(words: Iterable[Token]) -> list[Token]:
    """The nouns that the partitives among ``words`` hold ("a wave of attacks": "attacks";
    of a fraction, its last part counts: "two-thirds of the debt")."""
    partitives = load_lexicon().object_words["partitives"]
    return [
        g
        for w in words
        if w.lower_ in partitives or w.lower_.rpartition("-")[2] in partitives
        for g in prep_objects(w, ("of",))
    ]


def complement_typed(
    token: Token, types: frozenset[str], is_actor: Callable[[Token], bool]
) -> bool:
    """Whether an act ``token`` governs (:func:`complement_acts`) is a trigger of one of
    ``types``."""
    from storyline.events.status import load_cues  # status reads this module's words

    lexicon = load_lexicon()
    cues = load_cues()
    acts = complement_acts(token)
    rules = {act.i: _act_rule(act, lexicon, is_actor) for act in acts}
    # "promised to lift the ban": a verb that is an act of its own says what is done, not
    # the event noun it acts on (a light verb's object does: "prepared to resume shelling")
    ruled = {
        act.i
        for act in acts
        if act.pos_ == "VERB"
        and rules[act.i] is not None
        and not word_forms(act) & lexicon.light_verbs
    }
    return any(
        (rule := rules[act.i]) is not None
        and rule.type in types
        and not (act.head.i in ruled and act.dep_ == "dobj")
        # "promised not to attack": no such act is in view
        and not any(c.dep_ == "neg" for c in (act.head if act.dep_ == "dobj" else act).children)
        # "promised to stop attacks": the act is to end
        and not (act.dep_ == "dobj" and cues.has("cancelling_governors", act.head))
        for act in acts
    )


def verb_rule(verb: Token) -> TriggerRule | None:
    """The trigger rule a verb satisfies, if any, before actors are known (a name, or a word
    the tagger took for a place, people or body, stands for one)."""
    return _pick(load_lexicon().verbs, verb, _may_be_actor)


def _may_be_actor(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def _act_rule(
    act: Token, lexicon: Lexicon, is_actor: Callable[[Token], bool]
) -> TriggerRule | None:
    """The trigger rule an act word (a verb, else an event noun) satisfies, if any."""
    return _pick(lexicon.verbs if act.pos_ == "VERB" else lexicon.nouns, act, is_actor)


def sent_somewhere(verb: Token) -> bool:
    """Whether a sending verb names where or to whom it sends ("sent troops to Kashmir",
    "dispatched a frigate into the Gulf", "sent Kabul two battalions")."""
    dative = any(c.dep_ == "dative" for c in verb.children)
    return dative or bool(prep_objects(verb, ("to", "into")))


def prep_objects(token: Token, preps: Collection[str] | None = None) -> list[Token]:
    """Objects of the prepositions of ``token`` that are one of ``preps`` ("from", "by"; all
    when None), the passive agent's "by" included, and of the same preposition joined to one
    ("spoke with the ambassador, and with the foreign minister")."""
    return [
        obj
        for prep in token.children
        if prep.dep_ in ("prep", "agent") and (preps is None or prep.lower_ in preps)
        for again in _repeated(prep)
        for obj in again.children
        if obj.dep_ == "pobj"
    ]


def _repeated(prep: Token) -> list[Token]:
    """A preposition with the same preposition joined to it ("with the ambassador, and with
    the foreign minister": both "with")."""
    return [prep, *(c for c in prep.conjuncts if c.lower_ == prep.lower_)]


def _pick(
    table: Mapping[str, Sequence[TriggerRule]],
    token: Token,
    is_actor: Callable[[Token], bool],
    is_place: Callable[[Token], bool] | None = None,
) -> TriggerRule | None:
    forms = [sorted(word_forms(token))]
    low = token.lower_
    if low.startswith("re-") and len(low) > 6:  # "re-established ties": established again
        forms.append(sorted(_forms(low[3:], low[3:])))
    for form in (f for group in forms for f in group):
        for rule in table.get(form, ()):
            if _satisfied(rule, token, is_actor, is_place):
                return rule
    return None


_HELD = frozenset({"dobj", "nsubjpass"})  # a light verb's object, active or passive


def _named_governor(noun: Token, rule: TriggerRule) -> Token | None:
    """The verb of an event noun's object that its rule names as its governor ("piled
    pressure on Mugabe", "hosted a conference"): it carries the noun as a light verb does."""
    verb = noun.head
    if (
        noun.dep_ in ("dobj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and word_forms(verb) & set(rule.requires.get("governor") or ())
    ):
        return verb
    return None


@cache
def _attitude_nouns() -> frozenset[str]:
    """Nouns of an attitude to an act that carry no amount of it (``negatable_nouns`` of the
    status cues: "interest", "plan", "hope"; not "prospect": "held out the prospect of an
    accord" offers one)."""
    from storyline.events.status import load_cues  # the status stage imports this module

    return load_cues().words["negatable_nouns"] - {"prospect"}


def gives_up(verb: Token) -> bool:
    """Whether a verb is "give up" ("gave up its demand"): it cancels its object."""
    return verb.lemma_.lower() == "give" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )


def _light_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb that carries an event noun as its object ("held talks", "had a lunch",
    "gave X 5 million dollars of aid", "the commitments that were made")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        # not "called the bailout critical": the verb describes the event, it does not do it
        described = any(c.dep_ in ("oprd", "acomp") for c in noun.head.children) or (
            noun.dep_ == "dobj" and _named_as_indefinite(noun)
        )
        # (not "called off a summit", "gave up its demand": the verb cancels the event, it
        # does not hold it)
        off = any(c.dep_ == "prt" and c.lower_ == "off" for c in noun.head.children) or gives_up(
            noun.head
        )
        if word_forms(noun.head) & lexicon.light_verbs and not described and not off:
            return noun.head
    if (  # "staged a sit-in outside parliament": read as one phrase headed by "parliament"
        noun.dep_ == "nmod"
        and noun.head.dep_ == "dobj"
        and any(c.dep_ == "det" and c.i < noun.i for c in noun.head.children)
        and word_forms(noun.head.head) & lexicon.light_verbs
    ):
        return noun.head.head
    if (ahead := _ahead_verb(noun, lexicon)) is not None:
        return ahead
    if (  # "added his voice to calls for talks": the subject joins in the calls
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and word_forms(noun.head.head) & lexicon.voice_verbs
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "voice" for c in noun.head.head.children)
    ):
        return noun.head.head
    measure = noun.head.head  # "dollars of aid", "tons of food", "$3 billion in aid"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("of", "in")
        and measure.dep_ in _HELD
        # "had no interest in more talks", "expressed an interest in talks": an attitude to
        # the act, no amount of it
        and measure.lemma_.lower() not in _attitude_nouns()
        # "would share the findings of its inquiry": what is known of the act, no amount of it
        and not word_forms(measure) & lexicon.topic_nouns
    ):
        # "Two days of talks were held in New Delhi by a delegation"
        if word_forms(measure) & lexicon.nouns.keys():
            return None  # "announced the suspension of exercises": an event of its own
        if measure.tag_ in ("NNS", "NN", "CD") and word_forms(measure.head) & lexicon.light_verbs:
            return measure.head
    for clause in noun.children:  # "the strike called by the opposition"
        if (
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in clause.children)
            and word_forms(clause) & lexicon.light_verbs
        ):
            return clause
    for clause in noun.children:  # "the commitments that were made", "the talks they held"
        if clause.dep_ == "relcl" and word_forms(clause) & lexicon.light_verbs:
            roles = {c.dep_: c for c in clause.children}
            relative = [c for c in clause.children if c.tag_ in ("WDT", "WP")]
            if any(c.dep_ in ("dobj", "nsubjpass") for c in relative) or not (
                relative or "dobj" in roles or "nsubjpass" in roles
            ):
                return clause
    if noun.dep_ == "conj":
        first = noun.head
        while first.dep_ == "conj":
            first = first.head
        if first.i != noun.i:
            return _light_verb(first, lexicon)
    return None


def _ahead_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb of "went ahead with", "pressed ahead with", "proceeded with" whose object
    ``noun`` is: its subject does the act the noun names."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.lower_ == "ahead" and verb.dep_ == "advmod":  # "went ahead" + "with" on "ahead"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not word_forms(verb) & lexicon.ahead_verbs:
        return None
    # "pressed ahead with", "pressed on with"
    if "proceed" in word_forms(verb) or any(c.lower_ in ("ahead", "on") for c in verb.children):
        return verb
    return None


def _destination(
    verb: Token, preps: frozenset[str], is_place: Callable[[Token], bool]
) -> Token | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and is_place(obj):
                    return obj
    return None


def _reports_obligation(
    token: Token, rule: ObligationRule, is_actor: Callable[[Token], bool]
) -> bool:
    """A reporting verb whose clause says that an actor must or should act."""
    if token.pos_ != "VERB" or not word_forms(token) & rule.reporters:
        return False
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        modal = any(a.tag_ == "MD" and a.lower_ in rule.modals for a in clause.children) or (
            # "insisted that Israel return the Golan Heights": a mandative subjunctive
            (clause.tag_ == "VB" or _bare_after_singular(clause))
            and bool(word_forms(token) & rule.mandative)
            and not any(a.dep_ in ("aux", "auxpass") for a in clause.children)
        )
        subject = any(  # an actor, not its thing: "his company's lander should be ready"
            # ("sanctions on North Korea should remain": the country is what must yield)
            c.dep_ in ("nsubj", "nsubjpass") and _actor_argument(c, is_actor, through_things=True)
            for c in clause.children
        )
        if modal and subject:
            return True
    return False


def _bare_after_singular(verb: Token) -> bool:
    """Whether a verb tagged present plural has a singular noun subject: the bare form of a
    subjunctive ("insisted that President Chiluba sack his minister")."""
    return verb.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children
    )


def _reports_disapproval(token: Token, rule: ObligationRule) -> bool:
    """A reporting verb whose clause condemns something ("told the UN that sanctions were
    lethal", "said Russia was the aggressor"): the clause's predicate is a word of
    condemnation, or its verb one of wrongdoing ("said Britain was meddling in its
    affairs")."""
    if token.pos_ != "VERB" or not word_forms(token) & rule.reporters:
        return False
    for clause in token.children:
        if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in clause.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children):
            continue  # "told the conference that no one should interfere": a rule, no charge
        if word_forms(clause) & rule.verbs:
            return True
        predicates = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if any(word_forms(p) & (rule.adjectives | rule.nouns) for p in predicates):
            return True
    return False


def culpable_for(act: Token) -> Token | None:
    """The word that blames someone for ``act`` (an event noun or gerund in its "for"/"of"
    phrase: "responsible for the attack", "guilty of violating", "is to blame for"; or
    "behind" after "be": "was behind the bombing"), if any."""
    prep = act.head
    if act.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    holder = prep.head
    if prep.lower_ == "behind":
        return holder if holder.lemma_ == "be" else None
    if prep.lower_ not in ("for", "of") or holder.dep_ == "amod":
        return None  # "the minister responsible for talks" names an office, not a culprit
    blame = load_lexicon().blame
    if blame is None or not word_forms(holder) & blame.adjectives:
        return None
    if holder.pos_ == "VERB" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in holder.children
    ):
        return None  # "blamed Iraq for the attack" is an accusation, not a culprit named
    return holder


def blame_denied(holder: Token) -> bool:
    """Whether the blame a :func:`culpable_for` word puts is denied ("were not responsible")."""
    copula = holder.head if holder.dep_ in ("acomp", "xcomp") else holder
    return any(c.dep_ == "neg" for c in (*holder.children, *copula.children))


def object_predicate(holder: Token) -> bool:
    """Whether a word of blame is said of a verb's object ("held Pakistan responsible")."""
    return (
        holder.dep_ in ("oprd", "ccomp", "advcl")
        and holder.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in holder.head.children)
    )


def blamed_acts(verb: Token) -> list[tuple[Token, Token]]:
    """(word of blame, act) pairs of the clause or object predicate of ``verb`` ("said
    Pakistan was responsible for the attack", "held Pakistan responsible for the attack")."""
    found = []
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "oprd") and not object_predicate(clause):
            continue
        for holder in (clause, *(c for c in clause.children if c.dep_ in ("acomp", "xcomp"))):
            for prep in holder.children:
                for act in prep.children if prep.dep_ == "prep" else ():
                    blamer = culpable_for(act)
                    if blamer is not None and blamer.i == holder.i:
                        found.append((holder, act))
    return found


def _verdict(token: Token, lexicon: Lexicon, is_actor: Callable[[Token], bool]) -> bool:
    """Whether the verb's own rule reads a verdict from its object's predicate ("found the
    former president guilty of ..."): a finding, where blame would otherwise be reported."""
    if token.pos_ != "VERB":
        return False
    rule = _pick(lexicon.verbs, token, is_actor)
    return rule is not None and rule.mode == "convict" and "predicative" in rule.requires


def _reports_blame(
    token: Token, rule: ObligationRule, lexicon: Lexicon, is_actor: Callable[[Token], bool]
) -> bool:
    """A verb that puts the blame for a hostile act on someone: an accusation."""
    if token.pos_ != "VERB" or not word_forms(token) & rule.reporters:
        return False
    for holder, act in blamed_acts(token):
        if blame_denied(holder):
            continue
        found = _act_rule(act, lexicon, is_actor)
        if found is not None and found.type in rule.types:
            return True
    return False


def _carries_event_noun(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object is an event noun of the lexicon in the grammatical number its
    rules take ("held talks", "took part in talks", "held a news conference"; not "training
    the opposition forces", where "force" is an event only in the singular): the noun,
    carried by the verb, decides."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lower_ == "part" for o in objects):  # "took part in a joint exercise"
        objects += prep_objects(verb, ("in",))
    # "launched a rescue mission": the event noun compounded with the effort noun decides
    objects += [c for o in objects for c in o.children if _names_effort(c, lexicon)]
    objects += held_by_partitives(objects)  # "ended a third round of talks"
    return any(
        _number_fits(rule, o)
        for o in objects
        for form in word_forms(o)
        for rule in lexicon.nouns.get(form, ())
    )


def _number_fits(rule: TriggerRule, noun: Token) -> bool:
    plural = noun.tag_ in ("NNS", "NNPS")
    return not (rule.requires.get("singular") and plural)


def _names_effort(token: Token, lexicon: Lexicon) -> bool:
    """An event noun compounded with an effort noun ("mediation efforts", "a rescue bid")."""
    return (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and bool(word_forms(token.head) & lexicon.effort_nouns)
    )


def _joint_compound(token: Token, lexicon: Lexicon) -> bool:
    """A compounded noun that "joint" qualifies ("a joint venture assembly plant"): what is
    done jointly is the compound's own event."""
    return (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "amod" and c.lower_ in lexicon.joint_words for c in token.lefts)
    )


def _inside_name(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """Whether ``token`` is a capitalised word inside the name of an actor ("Volatiles
    Investigating Polar Exploration Rover", "Peace Negotiating Team"), not at a
    sentence's start, where any word is capitalised."""
    if not token.is_title or not token.ent_type_ or token.is_sent_start or not is_actor(token):
        return False
    after = token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
    return token.ent_iob_ == "I" or after  # a word of a name of several words


def _after_hardship(token: Token, lexicon: Lexicon) -> bool:
    """Whether a verb form is glued by a hyphen to a hardship word before it ("quake-hit")."""
    if token.i < 2:
        return False
    dash, word = token.doc[token.i - 1], token.doc[token.i - 2]
    return (
        dash.text == "-"
        and not dash.whitespace_
        and not word.whitespace_
        and word.lower_ in lexicon.hardship_words
    )


def _plural_noun_read_as_verb(token: Token) -> bool:
    """Whether the parser tagged a plural noun as a present-tense verb while giving it a
    noun's place ("staged live-fire artillery drills": "drills" as the object)."""
    return (
        token.pos_ == "VERB"
        and token.tag_ == "VBZ"
        and token.dep_ in ("dobj", "pobj", "nsubjpass")
        and token.head.i != token.i
    )


def find_triggers(
    doc: Doc,
    is_actor: Callable[[Token], bool],
    is_place: Callable[[Token], bool],
    lexicon: Lexicon | None = None,
) -> list[Trigger]:
    """Every event trigger in ``doc``, in text order.

    ``is_actor`` tells whether a token lies inside an actor mention and ``is_place``
    whether a token names a known place; both come from the caller's actor analysis and
    gazetteer.
    """
    lexicon = lexicon or load_lexicon()
    found: list[Trigger] = []
    for token in doc:
        if _inside_name(token, is_actor):
            continue  # "NASA's Volatiles Investigating Polar Exploration Rover"
        if token.dep_ in ("amod", "compound") and token.pos_ != "VERB":
            if not (_names_effort(token, lexicon) or _joint_compound(token, lexicon)):
                continue
            rule = _pick(lexicon.nouns, token, is_actor)  # "a mediation effort"
            if rule is not None:
                found.append(Trigger(token, "nominal", rule, _light_verb(token.head, lexicon)))
            continue
        obligation = lexicon.obligation
        if obligation is not None and _reports_obligation(token, obligation, is_actor):
            found.append(Trigger(token, "verbal", obligation.rule))
            continue
        disapproval = lexicon.disapproval
        if disapproval is not None and _reports_disapproval(token, disapproval):
            found.append(Trigger(token, "verbal", disapproval.rule))
            continue
        blame = lexicon.blame
        if (
            blame is not None
            and _reports_blame(token, blame, lexicon, is_actor)
            # "found him guilty of stealing": a conviction, not an accusation
            and not _verdict(token, lexicon, is_actor)
        ):
            found.append(Trigger(token, "verbal", blame.rule))
            continue
        if _plural_noun_read_as_verb(token):  # "staged live-fire artillery drills"
            rule = _pick(lexicon.nouns, token, is_actor)
            if rule is not None:
                found.append(Trigger(token, "nominal", rule, _light_verb(token, lexicon)))
            continue
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound", "aux"):
            if _after_hardship(token, lexicon):
                continue  # "quake-hit Pakistan", "war-ravaged towns"
            rule = _pick(lexicon.verbs, token, is_actor, is_place)
            if rule is None and not _carries_event_noun(token, lexicon):
                rule = _pick(lexicon.fallback_verbs, token, is_actor, is_place)
            if rule is not None:
                found.append(Trigger(token, "verbal", rule))
                continue
            # "flew to Seoul" moves the subject; "flew supplies to Mozambique" moves an object;
            # "came under fire in Hebron" is undergone, not a journey; "the aircraft can fly to
            # Singapore": a machine goes there, no one visits; "flown home to Rabat": a return
            # "walked back into South Korea": a return, no visit
            crossing = bool(word_forms(token) & lexicon.crossing_verbs) and not any(
                c.dep_ in ("advmod", "prt") and c.lower_ == "back"
                for a in token.children
                if a.dep_ in ("advmod", "prt")
                for c in (a, *a.children)
            )
            if (word_forms(token) & lexicon.travel_verbs or crossing) and not any(
                c.dep_ == "dobj"
                or (c.dep_ == "prep" and c.lower_ == "under")
                or (c.dep_ in ("advmod", "npadvmod") and c.lower_ == "home")
                or (c.dep_ == "nsubj" and word_forms(c) & lexicon.vehicles)
                for c in token.children
            ):
                preps = lexicon.crossing_preps if crossing else lexicon.travel_preps
                if word_forms(token) & lexicon.landing_verbs:
                    preps = preps | {"on"}  # "troops landed on the Falkland Islands"
                place = _destination(token, preps, is_place)
                if place is not None:
                    travel = TriggerRule(token.lemma_, "CONSULT", "visit", "042", 0.5)
                    found.append(Trigger(token, "travel", travel, place=place))
        elif token.pos_ in ("NOUN", "PROPN") or _adjective_as_noun(token):
            if token.ent_type_ == "DATE" and token.is_title:
                continue  # "by March 8": a month, no march
            rule = _pick(lexicon.nouns, token, is_actor, is_place)
            if rule is not None:
                carrier = _light_verb(token, lexicon) or _named_governor(token, rule)
                if carrier is not None and rule.type in lexicon.spoken_light_verbs.get(
                    carrier.lemma_.lower(), ()
                ):
                    continue  # "raised the fighting with Putin": a deed brought up
                found.append(Trigger(token, "nominal", rule, carrier))
        elif token.pos_ == "ADJ":
            rule = _pick(lexicon.adjectives, token, is_actor)
            if rule is not None:
                found.append(Trigger(token, "adjectival", rule))
    return found
