"""Event status: did the text report the event as having happened?

``negated`` ("did not meet", "no meeting", "cancelled the trip"), ``hypothetical`` ("if X
meets Y", "hoped a summit would happen", "would be a mistake to sign"), ``conditional``
("prepared to dismantle ... but only if", "in exchange for"), ``planned`` ("will visit",
"agreed to hold a summit", "plans to return"), else ``asserted`` when the clause reports a
past fact. When nothing shows that the event happened, the status is None and the caller
drops the mention: a missing event is better than a false fact.

The cue words live in ``status_cues.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from storyline.annotate import governs_through
from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode
from storyline.events.triggers import (
    OBLIGATION_MODALS,
    Trigger,
    blame_denied,
    culpable_for,
    finite_after_participle,
    finite_on_root_noun,
    gives_up,
    irregular_past,
    load_lexicon,
    marked_clause,
    object_predicate,
    sent_somewhere,
    to_infinitive,
    word_forms,
)
from storyline.records import EventStatus
from storyline.time.governing import not_until

_LISTS = (
    "occasion_nouns",
    "reward_nouns",
    "rejecting_governors",
    "classifying_verbs",
    "ensuring_verbs",
    "offered_acts",
    "pursuing_verbs",
    "negation_words",
    "negating_subjects",
    "negating_determiners",
    "hypothetical_determiners",
    "negating_governors",
    "factive_governors",
    "cancelling_governors",
    "curtailing_words",
    "journey_nouns",
    "intention_nouns",
    "cancelling_phrasals",
    "cancelling_prep_phrases",
    "stopping_governors",
    "easing_governors",
    "predicating_verbs",
    "summoning_verbs",
    "anticipating_phrases",
    "claim_nouns",
    "disputing_verbs",
    "referring_governors",
    "planned_modals",
    "hypothetical_modals",
    "past_future_modals",
    "hypothetical_governors",
    "discussing_verbs",
    "discussed_acts",
    "hypothetical_adjectives",
    "scene_marks",
    "planned_governors",
    "clause_planned_governors",
    "expecting_governors",
    "holding_participles",
    "intending_governors",
    "implicative_governors",
    "expressive_purposes",
    "hypothetical_marks",
    "condition_time_marks",
    "limit_marks",
    "condition_phrases",
    "bargain_phrases",
    "aspect_verbs",
    "unchanged_past_verbs",
    "past_day_words",
    "alternative_phrases",
    "result_phrases",
    "past_modifiers",
    "planned_modifiers",
    "event_partitives",
    "hypothetical_modifiers",
    "witnessed_participles",
    "topic_nouns",
    "reporting_verbs",
    "reporting_nouns",
    "judging_verbs",
    "answered_nouns",
    "yielding_governors",
    "negatable_nouns",
    "unrealised_adverbs",
    "preventing_governors",
    "blocked_messages",
    "blocking_governors",
    "hedging_adverbs",
    "disputing_predicates",
    "resuming_verbs",
    "body_decisions",
    "deciding_bodies",
    "commanding_verbs",
    "dispatching_verbs",
    "readying_verbs",
    "hostile_purpose_nouns",
    "scheduling_nouns",
    "scheduling_verbs",
    "commanded_forces",
    "fulfilling_verbs",
    "participation_governors",
    "participation_phrases",
    "quantity_partitives",
    "span_partitives",
    "time_giving_verbs",
    "given_spans",
    "directing_verbs",
    "consequence_verbs",
    "occurrence_participles",
    "advancing_verbs",
    "advance_words",
)
_HAVE = frozenset({"have", "has", "had", "'ve", "'d"})
_STATE_ENTITIES = frozenset({"GPE", "ORG", "NORP"})  # the model's tags of states and bodies
_CLAUSE_POS = ("VERB", "AUX")


@dataclass(frozen=True, slots=True)
class Cues:
    """The status cue lists (see status_cues.yaml)."""

    words: Mapping[str, frozenset[str]]

    def has(self, name: str, token: Token) -> bool:
        return bool(word_forms(token) & self.words[name])


@cache
def load_cues() -> Cues:
    """The packaged status cues."""
    data = load_packaged("status_cues.yaml")
    if not isinstance(data, Mapping):
        raise DataFileError(
            ErrorCode.E012,
            path="storyline/data/status_cues.yaml",
            detail="top level must be a mapping",
        )
    missing = [name for name in _LISTS if not isinstance(data.get(name), list)]
    if missing:
        raise DataFileError(
            ErrorCode.E012,
            path="storyline/data/status_cues.yaml",
            detail=f"missing list(s): {', '.join(missing)}",
        )
    return Cues({name: frozenset(str(w).lower() for w in data[name]) for name in _LISTS})


@dataclass(slots=True)
class StatusFinding:
    """The status of one trigger, the reporting verb it depends on, and the cues seen."""

    status: EventStatus | None
    reporter: Token | None = None  # the reporting verb whose clause holds the event
    cues: list[str] = field(default_factory=list)
    condition: Token | None = None  # head of the condition phrase of a conditional event
    condition_phrase: str | None = None  # "only if", "unless", "if", ...
    # the word that says the act is not (or may not be) done ("refused to meet", "the
    # suspension of drills", "could cancel the visit")
    governor: Token | None = None


@dataclass(slots=True)
class _Walk:
    negated: bool = False
    hypothetical: bool = False
    planned: bool = False
    past: bool = False
    tense: str | None = None  # past, present, future, or None while only non-finite verbs seen
    reporter: Token | None = None
    cues: list[str] = field(default_factory=list)
    beyond_modal: bool = False  # a hypothetical cue other than a modal verb ("if", "possible")
    governor: Token | None = None  # the refusing or cancelling word of a negated act
    not_to: bool = False  # "not to allow": an infinitive denied in its own clause
    supposed: bool = False  # the act's own clause is a supposition ("if X does not lift")
    asked: bool = False  # governed by a word of wish, request or warning ("warned X to ...")
    # the cancelling word of an event noun is itself not done ("failed to stop the offensive"):
    # the act went on, and the denial above it does not reach it
    uncancelled: Token | None = None
    event: Token | None = None  # the event word the walk starts from

    def flag(self, name: str, why: str, modal: bool = False) -> None:
        setattr(self, name, True)
        self.cues.append(f"{name}: {why}")
        if name == "hypothetical" and not modal:
            self.beyond_modal = True


def _aux(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _tense(verb: Token) -> str | None:
    """past / present / None (non-finite) of a clause head from its tag and auxiliaries."""
    aux = _aux(verb)
    perfect = verb.tag_ == "VBN" or any(a.lower_ == "been" for a in aux)
    if perfect and any(a.lower_ in _HAVE and a.tag_ != "MD" for a in aux):
        return "past"
    finite = [a for a in aux if a.lower_ != "to" and a.tag_ != "MD"] or [verb]
    tag = finite[0].tag_
    if tag == "VBD":
        return "past"
    if tag == "VB" and _unchanged_past(verb):
        return "past"  # "protesters set fire to shops on Friday": a base form with a subject
    if tag in ("VBZ", "VBP"):
        # "troops retook the town": an irregular past the tagger did not know
        if irregular_past(finite[0]) or _unchanged_past(finite[0]):
            return "past"
        if finite[0] is verb and _headline(verb):
            return "past"  # "Chavez freezes relations with Colombia": a headline's present
        return "present"
    if (
        tag == "VBN"
        and not aux
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return "past"  # "Members of X ... investigated welfare": a past tense tagged VBN
    if not aux and finite_on_root_noun(verb):
        return "past"  # "Thousands of students massed in the square": no passive reading;
        # "2,000 fighters handed in their weapons": a past the parser took for a participle
    return None


def _headline(verb: Token) -> bool:
    """Whether ``verb`` is the main verb, with its own subject, of a line without closing
    punctuation: a headline, whose present tense reports what happened ("IMF approves loan
    for Pakistan")."""
    if verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    words = [t for t in verb.sent if not t.is_space]
    return len(words) >= 4 and not words[-1].is_punct


def _unchanged_past(verb: Token) -> bool:
    """A verb whose past looks like its present ("cut", "shut", "hit"), tagged present but
    placed in the past by a past reporting verb ("forces cut the lines, residents said") or
    by a day ("cut the lines on Monday", "yesterday"); a base form with a subject of its own
    is such a finite verb too ("protesters set fire to shops on Friday")."""
    cues = load_cues()
    if verb.lower_ not in cues.words["unchanged_past_verbs"]:
        return False
    if verb.tag_ != "VBP" and not (
        verb.tag_ == "VB" and not _aux(verb) and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return False
    if verb.dep_ in ("ccomp", "conj") and verb.head.tag_ == "VBD":
        return True
    days = cues.words["past_day_words"]
    return any(
        (c.dep_ == "npadvmod" and c.lower_ in days)
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in days for g in c.children))
        for c in verb.children
    )


def _is_result(verb: Token, cues: Cues) -> bool:
    """ "..., only for X to denounce him": the infinitive reports what happened next."""
    sent = verb.sent
    before = verb.doc[max(sent.start, verb.left_edge.i - 2) : verb.i].text.lower()
    return any(p in before for p in cues.words["result_phrases"])


def _not_until(verb: Token, cues: Cues) -> bool:
    """ "did not meet Thuong until Monday", "did not leave until the war ended": told as
    done, only later than one might think (the phrase as the time stage reads it)."""
    return any(
        (c.dep_ == "prep" and not_until(c) and any(g.dep_ == "pobj" for g in c.children))
        or (
            c.dep_ == "advcl"
            and marked_clause(c, cues.words["limit_marks"])
            and any(a.dep_ == "aux" and a.lower_ == "did" for a in verb.children)
        )
        for c in verb.children
    )


def _disputed_after(noun: Token, cues: Cues) -> Token | None:
    """The claim noun of an apposition that closes the noun's phrase and is denied by
    someone ("the deportation of Ukrainian children, a charge Moscow denies"; not what someone
    is blamed for), or None."""
    end = noun.right_edge.i
    doc = noun.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    # "blamed Pakistan for an attack on tourists, a charge Islamabad rejected": the blame is
    # disputed, not the attack
    prep = noun.head
    if prep.lower_ in ("for", "of") and cues.has("judging_verbs", prep.head):
        return None
    claim = next((t for t in doc[end + 2 : end + 5] if cues.has("claim_nouns", t)), None)
    # (the parser may hang it on the verb as an adverbial noun)
    if claim is None or claim.dep_ not in ("appos", "npadvmod") or claim.left_edge.i != end + 2:
        return None
    denied = any(c.dep_ == "relcl" and cues.has("disputing_verbs", c) for c in claim.children)
    return claim if denied else None


def _own_act_kept(head: Token, node: Token, cues: Cues) -> bool:
    """Whether a verb of stopping, denied in a past or perfect clause, has for its object the
    doer's own act or measure ("has not stopped its attacks", "did not lift its blockade"):
    an act that goes on."""
    return (
        (
            cues.has("stopping_governors", head)
            or cues.has("easing_governors", head)
            or gives_up(head)
        )
        and any(c.dep_ == "neg" for c in head.children)  # (not "trying to suspend")
        and head.tag_ in ("VBN", "VBD", "VB")
        and not any(c.tag_ == "MD" for c in head.children)
        and any(c.dep_ == "poss" and c.lower_ in _OWN for c in node.children)
    )


_OWN = frozenset({"its", "their", "his", "her"})


def _failed(verb: Token, cues: Cues) -> bool:
    """Whether a verb is the infinitive of a negating governor that is not itself denied
    ("failed to stop", "refused to halt", "its failure to end")."""
    governor = verb.head
    return (
        verb.dep_ in ("xcomp", "acl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        and cues.has("negating_governors", governor)
        and not any(c.dep_ == "neg" for c in governor.children)
    )


def _denying_subject(child: Token, cues: Cues) -> bool:
    """ "Neither Israel nor Syria attended", "No country recognised ...", "nobody came"."""
    return child.dep_ in ("nsubj", "nsubjpass") and (
        cues.has("negating_subjects", child)
        or any(
            (g.dep_ == "preconj" and g.lower_ == "neither")
            or (g.dep_ == "det" and cues.has("negating_determiners", g))
            for g in child.children
        )
    )


def denied_clause(verb: Token) -> bool:
    """Whether a clause denies its own act: "would not resume tests", "neither side would use
    force"."""
    cues = load_cues()
    while _bare_conjunct(verb):
        verb = verb.head
    return any(c.dep_ == "neg" or _denying_subject(c, cues) for c in verb.children)


def _subjunctive(verb: Token) -> bool:
    """Whether a verb is a bare form with a subject of its own and no auxiliary, as in a
    clause of demand ("demanded that Koizumi not give aid")."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _own_clause(
    verb: Token,
    walk: _Walk,
    cues: Cues,
    *,
    first: bool,
    subject_noun: bool,
    own_negation: bool = True,
) -> None:
    for child in verb.children:
        if (
            child.dep_ == "neg"
            and first
            and own_negation
            and not subject_noun
            and not _not_until(verb, cues)
        ):
            if any(a.lower_ in OBLIGATION_MODALS for a in verb.children if a.dep_ == "aux"):
                pass  # "should not visit": an obligation, which its modal makes hypothetical
            elif any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) or _subjunctive(
                verb
            ):
                walk.not_to = True  # negated below unless asked for ("warned X not to go",
                # "demanded that Koizumi not give aid")
            else:
                walk.flag("negated", child.text)
        if first and not subject_noun and _denying_subject(child, cues):
            walk.flag("negated", f"subject {child.text}")
        if child.dep_ in ("aux", "auxpass") and (own_negation or child.tag_ != "MD"):
            # (not the modal of a denial that is the act: "would not rule out force")
            if child.tag_ == "MD" and cues.has("planned_modals", child):
                walk.flag("planned", child.text)
            elif cues.has("hypothetical_modals", child) and child.tag_ == "MD":
                walk.flag("hypothetical", child.text, modal=True)
            elif child.lower_ in cues.words["past_future_modals"] and child.tag_ == "MD":
                walk.cues.append(f"would: {child.text}")
        # (the parser takes "when" for an adverb: "only when the rebels laid down their arms")
        marking = child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB")
        if marking and _supposing_mark(child, cues):
            walk.flag("hypothetical", child.text)
            # "if the US does not lift sanctions", "if Hamas fails to return the bodies": the
            # clause denying the act is itself supposed
            denier = walk.governor is not None and walk.governor.i == verb.i
            walk.supposed = walk.supposed or first or denier
        if child.dep_ == "advmod" and child.lower_ == "never" and first and not subject_noun:
            walk.flag("negated", child.text)
        if (  # "Hezbollah fired no rockets into Israel": nothing fired (not "made no
            # mention of Iran's pledge", which denies the mention, not the pledge)
            first
            and _object_with_no(child)
            and not (walk.event is not None and child.is_ancestor(walk.event))
        ):
            walk.flag("negated", f"no {child.text}")
        if (  # "the rebels almost captured the town", "Iraq allegedly attacked Kuwait"
            child.dep_ == "advmod"
            and first
            and (cues.has("unrealised_adverbs", child) or cues.has("hedging_adverbs", child))
        ):
            walk.flag("hypothetical", child.text)
        if (  # "Had Iraq attacked, the US would have responded": an inverted condition
            child.dep_ == "aux"
            and child.lower_ in ("had", "should", "were")
            and verb.dep_ == "advcl"
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i for c in verb.children)
            and child.i == verb.left_edge.i
        ):
            walk.flag("hypothetical", f"inverted {child.text}")
    if first and not subject_noun and _neither_nor(verb):
        # "would neither accept nor recognise the ruling", "neither confirmed nor denied"
        walk.flag("negated", "neither ... nor")
    if walk.tense is None:
        tense = _tense(verb)
        if tense is None and any(a.lower_ == "to" for a in _aux(verb)):
            if _is_result(verb, cues):
                walk.flag("past", "result infinitive")
            walk.cues.append(f"infinitive: {verb.text}")
        walk.tense = tense


def _neither_nor(verb: Token) -> bool:
    """Whether a verb has "neither" before it, or is the one after "nor" of a verb that has
    ("neither accepted nor rejected the offer")."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True  # (also a conjunct itself: "said ... and that Beijing would neither accept")
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children) and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in first.children
    )


def _noun_cues(noun: Token, walk: _Walk, cues: Cues) -> None:
    for child in noun.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")):
            walk.flag("negated", child.text)
        elif child.dep_ in ("amod", "compound", "nmod", "npadvmod", "advmod", "nummod"):
            if cues.has("hypothetical_modifiers", child):
                walk.flag("hypothetical", child.text)
            elif cues.has("planned_modifiers", child):
                walk.flag("planned", child.text)
            elif cues.has("past_modifiers", child) or any(
                cues.has("past_modifiers", g) for g in child.children
            ):
                walk.flag("past", child.text)
        elif (  # "the deployment of troops, reported by Anatolia on Sunday, is ..."
            child.dep_ == "acl"
            and child.tag_ in ("VBN", "VBD")  # (the parser's past tense of a participle)
            and cues.has("witnessed_participles", child)
            and _says_who_or_when(child)
        ):
            walk.flag("past", f"{child.text} (participle)")
    start = noun.left_edge.i
    if start >= 2 and noun.doc[start - 1].lower_ == "for" and noun.doc[start - 1].dep_ == "mark":
        # "after the deadline for an Iraqi withdrawal expired", the parser's "for" a clause's
        # mark: the noun before it still asks for the act
        asked = noun.doc[start - 2]
        if asked.pos_ == "NOUN" and cues.has("hypothetical_governors", asked):
            walk.flag("hypothetical", f"{asked.text} for")


_EXPECTING = frozenset({"expect", "anticipate"})


def _expected(token: Token) -> bool:
    """Whether a clause is what someone expected would happen ("It was expected that she
    would meet Kim after lunch"): a future in the past, as under a reporting verb."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_ in _EXPECTING:
            return True
        node = node.head
    return False


def told_as_done(verb: Token) -> bool:
    """Whether a verb tells its act as done: past (``_tense``) with no modal, negation or "to"
    ("shelled the town", "had fought"; not "would not stop", "to keep fighting", "had no
    interest in talks")."""
    if any(c.dep_ == "neg" or c.tag_ in ("MD", "TO") for c in verb.children):
        return False
    if any(_object_with_no(c) for c in verb.children):
        return False
    return _tense(verb) == "past"


def _object_with_no(word: Token) -> bool:
    """Whether a word is a verb's object with "no" ("fired no rockets", "had no interest")."""
    return word.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in word.children)


def _says_who_or_when(participle: Token) -> bool:
    """Whether a participle names its doer ("by" phrase) or a date ("on Sunday")."""
    return any(
        c.dep_ == "agent"
        or (c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree))
        for c in participle.children
    )


def part_taken_in(noun: Token) -> Token | None:
    """The verb of taking part whose "in" phrase an event noun is ("will not take part in
    a summit of the bloc", "participated in the talks"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    cues = load_cues()
    verb = prep.head
    return verb if cues.has("participation_governors", verb) or _takes_part(verb, cues) else None


def _takes_part(verb: Token, cues: Cues) -> bool:
    """Whether a verb and its object say taking part ("did not take part in the talks")."""
    pairs = _verb_object_pairs(cues.words["participation_phrases"])
    return any(
        (verb.lemma_.lower(), o.lemma_.lower()) in pairs for o in verb.children if o.dep_ == "dobj"
    )


@cache
def _verb_object_pairs(phrases: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The (verb, object) lemma pairs of "verb object" phrases."""
    return frozenset(tuple(p.split()) for p in phrases)


# Prepositions of time before "the end of" an act ("at the end of the visit"): a point in
# its course, not its cancelling
_ENDING_TIME_PREPS = frozenset({"at", "by", "toward", "towards", "near", "until", "till", "before"})


def _time_of_ending(noun: Token) -> bool:
    """Whether "end" names the time an act ends ("at the end of Blinken's visit")."""
    return (
        noun.lemma_.lower() == "end"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _ENDING_TIME_PREPS
    )


# Prepositions putting their object before the act they hang on ("agreed after talks").
_EARLIER_PREPS = frozenset({"after", "following", "since"})
# Prepositions naming the occasion of an act ("agreed ... during the visit").
_SCENE_PREPS = frozenset({"in", "during", "at", "amid"})


def _in_progress(verb: Token) -> bool:
    """Whether a verb is in the progressive ("has been negotiating", "were drafting")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _journey_under_way(trigger: Trigger) -> Token | None:
    """The travel verb in the progressive that a visit, or the event noun its "for" phrase
    names, is told by ("was flying to Washington for talks", "is travelling to Beijing"):
    the journey is under way, the arrival and what it is for still to come."""
    verb = trigger.head
    if trigger.kind == "nominal" and trigger.light_verb is None:
        prep = verb.head
        if verb.dep_ != "pobj" or prep.lower_ != "for":
            return None
        verb = prep.head
    elif trigger.kind != "travel":
        return None
    if word_forms(verb) & load_lexicon().travel_verbs and _in_progress(verb):
        return verb
    return None


def _sought_result(governor: Token, cues: Cues) -> Token | None:
    """The prize offered for an event noun (``reward_nouns``), directly ("a reward for his
    capture") or for a thing "leading to" it ("a reward for information leading to his
    arrest"; also the word the parser hung that "for" on: "raised its reward for
    information ...", "offered $10 million for information ..."), else None."""
    if governor.dep_ == "acl" and governor.lemma_ == "lead":
        thing = governor.head
        if thing.dep_ != "pobj" or thing.head.dep_ != "prep" or thing.head.lower_ != "for":
            return None
        return thing.head.head
    return governor if governor.pos_ == "NOUN" and cues.has("reward_nouns", governor) else None


def _governed(
    node: Token, head: Token, walk: _Walk, cues: Cues, *, nominal: bool, infinitive: bool
) -> None:
    """Cues from the word that governs the event's clause or noun."""
    dep = node.dep_
    if (
        nominal
        and (cues.has("participation_governors", head) or _takes_part(head, cues))
        and any(c.dep_ == "neg" for c in head.children)
    ):  # "was not involved in the strikes", "did not take part in the talks": its subject
        # took no part
        walk.flag("negated", f"not {head.text}")
        return
    if nominal and dep == "dobj" and _in_progress(head) and cues.has("pursuing_verbs", head):
        # "has been negotiating a peace deal": no deal yet
        walk.flag("hypothetical", f"{head.text} (in progress)")
        return
    if nominal and (sought := _sought_result(head, cues)) is not None:
        # "a reward for information leading to his arrest": the arrest is only sought
        walk.flag("hypothetical", f"{sought.text} ... {head.text}")
        return
    if dep == "conj" and _coordinated(node):  # "set up roadblocks and searched houses": a
        # coordinated act, not one the first verb governs (its tense reaches it); but one
        # sharing the subject of a supposed clause is supposed too ("unless Damascus stopped
        # sheltering Ocalan and closed the camps")
        mark = next((c for c in head.children if c.dep_ == "mark"), None)
        if (
            mark is not None
            and _supposing_mark(mark, cues)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            walk.flag("hypothetical", f"{mark.text} ... {head.text} and")
        return
    if (
        dep == "acl"
        and node.tag_ == "VBG"
        and head.dep_ == "dobj"
        and cues.has("blocked_messages", head)
        and cues.has("blocking_governors", head.head)
    ):  # "blocked a joint EU statement calling for a ceasefire": no call was made
        walk.flag("negated", f"{head.head.text} {head.text}")
        return
    if (
        dep in ("dobj", "nsubjpass")
        and node.pos_ == "NOUN"
        and cues.has("intention_nouns", node)
        and cues.has("cancelling_governors", head)
    ):  # "withdrew its candidacy to host a conference", "scrapped plans for talks"
        denied = any(c.dep_ == "neg" for c in head.children) or _unrealised(head, cues)
        walk.flag("hypothetical" if denied else "negated", f"{head.text} {node.text}")
        walk.governor = head
        return
    if dep in ("conj", "ccomp") and finite_after_participle(node):
        return  # "Protesters calling for X torched vehicles": the subject's own act
    if (
        dep == "advcl" and marked_clause(node, cues.words["limit_marks"]) and not told_as_done(head)
    ):  # "vowed to keep fighting until Ukraine surrendered": not yet
        walk.flag("hypothetical", f"{head.text} until")
        return
    if dep == "advcl" and marked_clause(node, cues.words["scene_marks"]):
        return  # "called a strike days after police detained its leader": a clause of its own
    if dep == "advcl" and _result_clause(node):
        return  # "planned to go back, only for the president to call it off": what happened next
    via = node.head if node.head.i != node.i else node
    prep = node if dep == "prep" else via if dep in ("pobj", "pcomp") else None
    if (
        prep is not None
        and prep.dep_ == "prep"
        and prep.lower_ in _EARLIER_PREPS
        and not cues.has("negating_governors", head)
    ):
        # "agreed to a ceasefire after talks mediated by Qatar": what came before the
        # agreement is no part of what was agreed (its tense still reaches it)
        return
    if (
        nominal
        and prep is not None
        and prep.dep_ == "prep"
        and prep.lower_ in _SCENE_PREPS
        and prep.head.i == head.i
        and (cues.has("planned_governors", head) or cues.has("occasion_nouns", node))
    ):
        # "agreed on Saturday to deepen ties, in the first visit to Japan by a Korean
        # leader", "asked Putin in a phone call to use his influence": the occasion of the
        # agreement or request, not what was agreed or asked
        return
    holder = culpable_for(node)
    if holder is not None:  # "the rebels are guilty of attacking the convoy": it was done
        if not blame_denied(holder):
            walk.flag("past", f"{holder.text} {via.text}")
        return
    if dep == "pcomp" and via.dep_ == "prep" and via.lower_ == "without":
        walk.flag("negated", via.text)  # "left without signing the deal": not signed
        return
    if dep == "pcomp" and via.dep_ == "prep" and via.lower_ in ("of", "than"):
        opener = next((c for c in via.children if c.dep_ == "advmod"), None)
        if via.head.lower_ in ("instead", "rather") or (
            opener is not None and opener.lower_ in ("instead", "rather")
        ):  # "instead of meeting Arafat", "rather than attacking the town": not done
            walk.flag("negated", f"{via.head.text} {via.text}")
            return
    if dep in ("pcomp", "pobj") and via.dep_ == "prep":
        adverbs = [c.lower_ for c in head.children if c.dep_ in ("advmod", "prt")]
        if any(
            f"{form} {adverb} {via.lower_}" in cues.words["anticipating_phrases"]
            for form in word_forms(head)
            for adverb in adverbs
        ):  # "looked forward to meeting the North Korean leader": not yet done
            walk.flag("hypothetical", f"{head.text} ... {via.text}")
            return
    if dep == "pcomp" and via.lower_ == "from" and cues.has("preventing_governors", via.head):
        walk.flag("negated", f"{head.text} from")  # "was prevented from attacking Kuwait"
        return
    particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
    # "ruled out talks": the phrasal verb says the act will not happen
    ruled_out = any(
        f"{form} {p}" in cues.words["cancelling_phrasals"]
        for form in word_forms(head)
        for p in particles
    )
    # "preparations for the summit were put on hold"
    held = any(
        f"{form} {prep.lower_} {obj.lower_}" in cues.words["cancelling_prep_phrases"]
        for form in word_forms(head)
        for prep in head.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )
    cancelling = cues.has("cancelling_governors", head) or "off" in particles or ruled_out or held
    # "cutting short his visit": ended early, after it took place (not a journey: "cut short
    # his trip" may end before its goal)
    curtailed = not cues.has("journey_nouns", node) and any(
        c.dep_ in ("advmod", "acomp", "prt") and cues.has("curtailing_words", c)
        for c in head.children
    )
    cancelling = cancelling and not curtailed
    # "did not rule out sending troops": a cancelling word denied leaves the act open, and so
    # does a cancellation only threatened, planned or possible ("threatened to abandon
    # talks", "could cancel the visit")
    denied = any(c.dep_ == "neg" for c in head.children) or _unrealised(head, cues)
    # "lifted restrictions on defence cooperation": a cancelling noun cancelled in turn
    denied = denied or (
        head.pos_ == "NOUN"
        and head.dep_ in ("dobj", "nsubjpass")
        and cues.has("cancelling_governors", head.head)
    )
    # "the investigation had been shelved in 2017 but was reopened": it goes on
    resumed = any(c.dep_ == "conj" and _resumes(c, cues) for c in head.children)
    # "the suspension of exercises", "a moratorium on tests", not "suspended aid over the
    # killing" (why it was cancelled)
    cancelled = dep in ("dobj", "nsubjpass") or (dep == "pobj" and via.lower_ in ("of", "on", "to"))
    if via.lower_ == "of" and _time_of_ending(head):
        cancelled = False  # "met at the end of Blinken's visit": the visit took place
    if nominal and cancelling and cancelled and not resumed and _failed(head, cues):
        walk.uncancelled = head  # "failed to stop Azerbaijan's offensive": it went on
        walk.cues.append(f"not cancelled: {head.head.text} {head.text}")
    elif (
        nominal
        and cancelling
        and cancelled
        and not resumed
        and denied
        and _own_act_kept(head, node, cues)
    ):
        # "the group has not stopped its attacks", "did not lift its blockade": they go on
        walk.cues.append(f"not stopped: {head.text} {node.text}")
    elif nominal and cancelling and cancelled and not resumed:
        walk.flag("hypothetical" if denied else "negated", f"governed by {head.text}")
        walk.governor = head
    elif walk.uncancelled is not None and walk.uncancelled.i == node.i:
        return
    elif (
        not nominal
        and (cues.has("negating_governors", head) or ruled_out)
        and (
            dep in ("xcomp", "ccomp")
            or (dep == "acl" and head.pos_ == "NOUN")
            # "refused on Tuesday to free him": an adverbial between makes the parser read
            # the infinitive as one of purpose
            or (dep == "advcl" and infinitive)
        )
    ):  # "failed to arrest", "its failure to arrest"
        walk.flag("hypothetical" if denied else "negated", f"governed by {head.text}")
        walk.governor = head
    elif (
        dep == "ccomp"
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "neg" for c in head.children)
        and not cues.has("factive_governors", head)
    ):  # "did not say that X met Y", "does not mean that X recognises Y": not told as so
        walk.flag("hypothetical", f"governed by negated {head.text}")
        walk.governor = head
    elif (
        dep in ("nsubj", "nsubjpass", "csubj")
        and head.pos_ in _CLAUSE_POS
        # "a naval blockade was threatened", "a summit was planned": what the passive word
        # of intent governs, as its object would be
        and not (nominal and dep == "nsubjpass" and _intent_word(head, cues))
    ):
        return
    elif _ability_denied(head):  # "was not able to attend", "were unable to meet"
        walk.flag("negated", f"governed by {head.text}")
    elif (
        not nominal
        and dep == "xcomp"
        and cues.has("intending_governors", head)
        and not _achieved(head)
        # (not "Berisha, whom the rebels want to step down": another's act wanted)
        and not wanted_of_relative(node)
    ):  # "Vietnam wants to cooperate with ASEAN": its own stated intention
        _intended(walk, head, f"intended: {head.text}")
    elif (
        (
            not nominal
            and node.tag_ == "VBG"
            and dep in ("xcomp", "dobj", "pcomp")
            and head.tag_.startswith("VB")  # (not "talks with the pair agreeing to ...")
        )
        # (or an act named by its noun: "had not discussed the withdrawal of U.S. troops")
        or (nominal and dep == "dobj" and head.pos_ == "VERB" and cues.has("discussed_acts", node))
    ) and cues.has("discussing_verbs", head):
        # "the two leaders discussed resuming direct flights": a topic, not done
        walk.flag("hypothetical", f"discussed: {head.text}")
        if nominal:
            walk.governor = head
    elif (
        dep == "ccomp"
        and cues.has("ensuring_verbs", head)
        and (modal := next((a for a in _aux(head) if a.tag_ == "MD"), None)) is not None
    ):  # "Serbia must ensure that the officers were released": not yet so
        planned = cues.has("planned_modals", modal)
        walk.flag("planned" if planned else "hypothetical", f"{modal.text} {head.text}")
        walk.governor = head
    elif (
        nominal
        and dep == "dobj"
        and cues.has("rejecting_governors", head)
        and cues.has("offered_acts", node)
    ):  # "Kyiv rejected a meeting with Putin": offered, never held
        walk.flag("hypothetical", f"turned down: {head.text}")
        walk.governor = head
    elif (
        (
            cues.has("hypothetical_governors", head)
            # "said he would be open to meeting Kim": willing (not "opened talks")
            or (head.pos_ == "ADJ" and cues.has("hypothetical_adjectives", head))
        )
        and not _achieved(head)
        and not (_wanted_for(head) and node.dep_ == "ccomp")
        and not (dep == "ccomp" and _content_question(node))
        # "under pressure from donors meeting in Paris": whose pressure it is, not its content
        and not (dep == "prep" and node.lower_ in ("from", "by"))
        # "had warned the pilot four times before opening fire": when it was done, not what
        # was warned of
        and not (dep == "prep" and node.lower_ in ("before", "after", "since", "until"))
        # "had called both leaders, warning that ...": an act done with the call, after it
        and not (dep == "advcl" and node.tag_ == "VBG" and node.i > head.i)
        and not (dep == "dobj" and _naming(head))
        and not _advancing(head, cues)
    ):
        walk.flag("hypothetical", f"governed by {head.text}")
        walk.asked = True
    elif (
        head.pos_ == "NOUN"
        and cues.has("claim_nouns", head)
        and cues.has("disputing_verbs", head.head)
    ):
        walk.flag("hypothetical", f"disputed {head.text}")
    elif (  # "reports that Iraq attacked Kuwait were false"
        head.pos_ == "NOUN"
        and cues.has("claim_nouns", head)
        and head.dep_ in ("nsubj", "nsubjpass")
        and any(
            c.dep_ in ("acomp", "attr") and cues.has("disputing_predicates", c)
            for c in head.head.children
        )
    ):
        walk.flag("hypothetical", f"{head.text} called untrue")
    elif head.lemma_ == "be" and any(
        c.dep_ == "acomp" and cues.has("planned_governors", c) for c in head.children
    ):  # "the president is due in Washington for talks": scheduled
        walk.flag("planned", f"{head.text} due")
    elif (
        head.lemma_ == "be"
        and infinitive
        and dep == "xcomp"
        and any(c.dep_ == "nsubj" for c in head.children)
        and node.lemma_ != "blame"  # ("Arafat was to blame": an idiom of fault)
    ):  # "The two leaders are to hold formal talks on Wednesday": scheduled
        walk.flag("planned", f"{head.text} to")
    elif (
        nominal and dep == "pobj" and via.lower_ == "for" and _for_what_is_to_come(head, node, cues)
    ):
        walk.flag("planned", f"{head.text} for")
    elif (
        infinitive
        and cues.has("expecting_governors", head)
        and any(c.dep_ == "nsubj" for c in node.children)
        and any(c.dep_ == "nsubj" for c in head.children)
    ):  # "said it expected China to abide by the ruling": another's act, hoped for
        walk.flag("hypothetical", f"expected by another: {head.text}")
    elif (
        cues.has("planned_governors", head)
        # "a ceasefire plan brokered by the United States": what was done to the plan, not
        # its content
        and not (dep == "acl" and node.tag_ == "VBN" and head.pos_ == "NOUN")
        # "set upon the activists, punching them": "set" plans only an infinitive ("set to
        # visit") or an event noun ("talks set for Monday")
        and (nominal or infinitive or not cues.has("clause_planned_governors", head))
        and not (not nominal and dep == "ccomp" and _past_clause(node))
        # "announced the reversal of the rise, meeting a key demand": a participle saying
        # what the announced act does, not what is announced
        and not (not nominal and dep == "advcl" and node.tag_ == "VBG" and node.i > head.i)
        # "had announced the release, when he also lifted the ban": a clause of its own
        # (a subject, a tense) saying when, not what is announced
        and not (
            not nominal
            and not infinitive
            and dep == "advcl"
            and node.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ == "nsubj" for c in node.children)
        )
        and not _body_decision(head, cues)
    ):  # "Israel reimposed blockades, a spokesman announced", "announced that it had
        # extended a loan": a past fact, not a plan
        _intended(walk, head, f"governed by {head.text}")
    elif (
        infinitive
        and not walk.past
        and not cues.has("implicative_governors", head)
        and not _body_decision(head, cues)
        and not _command_to_forces(head, cues)
        and not _achieved(head)
        and not _first_to(head)
    ):
        if cues.has("expressive_purposes", node) and (
            dep == "advcl"
            # "summoned China's ambassador on Wednesday to protest": read as the verb's
            # complement after its object
            or (dep == "xcomp" and cues.has("summoning_verbs", head))
        ):
            return  # "shunned work to protest": the act itself is the protest
        asked = _asking_object(head, node, cues)
        if dep == "advcl" and asked is not None:
            # "ignored appeals from the West to release the leaders": the infinitive
            # belongs to the noun the parser passed over, and is only asked for
            walk.flag("hypothetical", f"governed by {asked.text}")
            return
        if (
            dep == "xcomp"
            and cues.has("directing_verbs", head)
            and any(
                c.dep_ in ("dobj", "dative") and c.ent_type_ in _STATE_ENTITIES
                for c in head.children
            )
        ):
            # "told Israel not to drop any more bombs", "ordered Israel to stop the strikes":
            # only asked of the state or body told (a command to one's own forces is done,
            # above; "told Pompeo not to go" may be a superior's, which decides)
            walk.flag("hypothetical", f"directed by {head.text}")
            walk.asked = True
            return
        if dep == "advcl" and _deadline_given(head, cues):
            # "had given Kyiv until Thursday to accept the plan", "gave the junta one week to
            # reinstate him": a deadline, not a plan
            walk.flag("hypothetical", f"given until a deadline by {head.text}")
            walk.asked = True
            return
        if dep in ("advcl", "acl", "relcl") or (
            dep == "xcomp" and any(c.dep_ == "dobj" for c in head.children)
        ):
            walk.flag("planned", "purpose infinitive")
        elif dep in ("xcomp", "ccomp"):
            walk.flag("hypothetical", f"unlisted governor {head.text}")


def _deadline_given(verb: Token, cues: Cues) -> bool:
    """Whether ``verb`` gives someone until a time ("gave Kyiv until Thursday") or a counted
    span of time ("gave the junta one week", "gave him 48 hours")."""
    return cues.has("time_giving_verbs", verb) and any(
        (c.dep_ == "prep" and cues.has("limit_marks", c)) or given_span(c, cues)
        for c in verb.children
    )


def given_span(word: Token, cues: Cues | None = None) -> bool:
    """Whether a verb's noun is a counted span of time given to someone ("one week", "48
    hours", "a month"; not "last week")."""
    cues = cues or load_cues()
    return (
        word.dep_ in ("dobj", "npadvmod", "dative")
        and cues.has("given_spans", word)
        and any(
            c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
            for c in word.children
        )
    )


def _body_decision(verb: Token, cues: Cues) -> bool:
    """Whether ``verb`` is a decision taken by a body ("the cabinet decided to freeze aid",
    "NATO decided to give the Serbs ten days"), which is the body's act, as its vote is; a
    person's decision ("Pompeo decided to visit") is a plan."""
    if not cues.has("body_decisions", verb) or verb.tag_ not in ("VBD", "VBN"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        s.ent_type_ in ("ORG", "GPE", "NORP") or cues.has("deciding_bodies", s) for s in subjects
    )


def _command_to_forces(verb: Token, cues: Cues) -> bool:
    """Whether ``verb`` commands the doer's own forces to act ("Sharon ordered Israeli tanks
    to pull back", "ordered his air force to bomb the town"): a commander's order to those
    under command reports the act, as a body's decision does."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    if cues.has("dispatching_verbs", verb):
        if sent_somewhere(verb):
            return False  # "sent troops to Kashmir to crush the revolt": deployed
    elif not cues.has("commanding_verbs", verb):
        return False
    return forces_ordered(verb, cues)


def forces_ordered(verb: Token, cues: Cues | None = None) -> bool:
    """Whether a verb's object names forces one commands (``commanded_forces``: "ordered his
    air force"; a number of them: "ordered thousands of troops"); not a firm or people a
    court orders ("ordered Japanese companies to pay compensation")."""
    cues = cues or load_cues()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]
    return any(cues.has("commanded_forces", o) for o in objects)


def _resumes(verb: Token, cues: Cues) -> bool:
    """Whether ``verb`` takes an act up again ("reopened"; "re-opened", which the tokenizer
    splits into "re", "-", "opened")."""
    if cues.has("resuming_verbs", verb):
        return True
    doc = verb.doc
    split = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re"
    return split and f"re{verb.lemma_.lower()}" in cues.words["resuming_verbs"]


def _asking_object(head: Token, node: Token, cues: Cues) -> Token | None:
    """The direct object of ``head`` between it and the infinitive ``node`` that asks for
    something ("appeals", "calls", "demands"), if any."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "dobj"
            and head.i < c.i < node.i
            and c.pos_ == "NOUN"
            and cues.has("hypothetical_governors", c)
        ),
        None,
    )


# Prepositions that take an argument of their head ("agreed to a summit", "recommend for or
# against a visit"); others ("after", "during") only set the scene.
_ARGUMENT_PREPS = frozenset({"to", "for", "against", "on", "about", "of", "over", "in", "with"})


_PRESUPPOSING_WH = frozenset({"why", "how", "when", "where"})


def _content_question(clause: Token) -> bool:
    """ "asked why Putin had visited Ankara": a question about the circumstances of an act
    takes the act as done, unlike "asked whether he had visited"."""
    return clause.tag_ != "VB" and any(
        c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in _PRESUPPOSING_WH and c.i < clause.i
        for c in clause.children
    )


def _wanted_for(head: Token) -> bool:
    """ "A fugitive wanted for ETA bombings was extradited": the participle of a warrant the
    parser took for the main verb, no wish for the clause it hangs on it (the bombings stay
    alleged)."""
    return head.lower_ == "wanted" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "over", "in") for c in head.children
    )


_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})

_RANKS = frozenset({"first", "second", "third", "last", "only", "latest"})


def wanted_of_relative(verb: Token) -> bool:
    """Whether an infinitive has a relative "whom" the parser took for its object, which is
    its doer ("Berisha, whom the rebels want to step down": Berisha would go)."""
    return any(c.dep_ == "dobj" and c.lower_ in ("whom", "who") for c in verb.children)


def _supposing_mark(mark: Token, cues: Cues) -> bool:
    """Whether a subordinator makes its clause a supposition: "if", "unless" (``hypothetical_
    marks``), or a time word narrowed by "only" ("would stop its offensive only when the
    rebels laid down their arms")."""
    if cues.has("hypothetical_marks", mark):
        return True
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    return (
        before is not None
        and before.lower_ == "only"
        and mark.lower_ in cues.words["condition_time_marks"]
    )


def _bare_infinitive(verb: Token) -> bool:
    """Whether an infinitive has neither a subject nor a relative word of its own ("steps to
    restore the line"; not "a man for whom to vote")."""
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ in ("WDT", "WP", "WRB")
        for c in verb.subtree
        if c.head.i == verb.i or c.head.head.i == verb.i
    )


def _first_to(head: Token) -> bool:
    """ "became the first country to ratify", "was the last to leave": the infinitive is done
    when its governor is (the parser may hang it on the noun: "the first country [to ...]")."""
    if head.dep_ == "attr" and head.head.lemma_ in ("be", "become"):
        head = head.head
    return head.lemma_ in ("be", "become") and any(
        c.dep_ == "attr" and (c.lower_ in _RANKS or any(a.lower_ in _RANKS for a in c.lefts))
        for c in head.children
    )


_PAST_AUX = _HAVE | {"was", "were"}  # a perfect or a past passive


def _past_clause(verb: Token) -> bool:
    """A clause in the simple past, a perfect or a past passive ("reimposed", "had extended",
    "were severed"); a participle with a subject of its own and no auxiliary is a past the
    tagger misread ("General Jaruzelski, Poland's leader, imposed martial law")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxes = _aux(verb)
    return any(a.lower_ in _PAST_AUX for a in auxes) or (
        not auxes and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _aspect_governor(verb: Token, cues: Cues) -> Token:
    """The verb whose tense a verb's own act has: the aspect verb it hangs from ("began
    shipping", "resumed pumping"; ``aspect_verbs``), else itself."""
    while verb.dep_ == "xcomp" and cues.has("aspect_verbs", verb.head):
        verb = verb.head
    return verb


def _for_what_is_to_come(head: Token, node: Token, cues: Cues) -> bool:
    """Whether the act ``node`` after the "for" of ``head`` is to come: forces readied for an
    act that names no particular one ("massed troops for an offensive against the PKK"), or a
    meeting whose date or venue is being set ("a date and a venue for his meeting with Kim had
    been agreed")."""
    if cues.has("readying_verbs", head):
        return _indefinite(node, cues)
    return cues.has("scheduling_nouns", head) and _being_scheduled(head, cues)


def _held(meeting: Token, cues: Cues) -> bool:
    """Whether a noun is told as held by a past participle after it ("failed to reach a deal
    at talks hosted by the European Union on Thursday": the talks took place)."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and cues.has("holding_participles", c)
        for c in meeting.children
    )


def _advancing(verb: Token, cues: Cues) -> bool:
    """Whether a verb of pressing is used of forces moving on, by a word of direction ("tanks
    pushed into the Golan Heights in an attack": the attack made, not pressed for)."""
    return cues.has("advancing_verbs", verb) and any(
        c.dep_ in ("prep", "advmod", "prt") and cues.has("advance_words", c) for c in verb.children
    )


def _being_scheduled(noun: Token, cues: Cues) -> bool:
    """Whether an arrangement noun ("date", "venue") is set, agreed or sought by its verb
    (its subject, object, or the object of a preposition of it): the event is to come,
    also when "no date has been set" for it."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "a date and a venue for ..."
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = node.head
    elif node.dep_ == "pobj":
        verb = node.head.head  # "agreed on a date for talks"
    else:
        return False
    return cues.has("planned_governors", verb) or cues.has("scheduling_verbs", verb)


def _unrealised(verb: Token, cues: Cues) -> bool:
    """Whether a verb's own act is not reported as done: under a modal, or an infinitive
    governed by a word of intent, threat or wish ("threatened to abandon"); for a noun, one
    only asked for or proposed ("called for a suspension of exercises")."""
    if verb.pos_ == "NOUN":
        governor = verb.head.head if verb.dep_ == "pobj" else verb.head
        if verb.dep_ == "dobj" and _naming(governor):
            return False
        return verb.dep_ in ("dobj", "pobj") and cues.has("hypothetical_governors", governor)
    if verb.pos_ not in _CLAUSE_POS:
        return False
    if any(a.tag_ == "MD" for a in _aux(verb)):
        return True
    if not _is_infinitive(verb):
        return False
    governor = verb.head
    return cues.has("hypothetical_governors", governor) or cues.has("planned_governors", governor)


def _called_off_after(trigger: Trigger, cues: Cues) -> str | None:
    """The words of a clause joined to the trigger's that says a noun of the same kind of act
    was called off ("had been due to visit Baku this week, but the trip was called off"), or
    None: the planned act did not take place (not "met ..., but the meeting ended after two
    hours": one that ended was held)."""
    clause = trigger.light_verb or trigger.head
    while clause.dep_ in ("xcomp", "acomp", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    nouns = load_lexicon().nouns
    for joined in (c for c in clause.children if c.dep_ == "conj" and c.i > trigger.head.i):
        if any(c.dep_ == "neg" for c in joined.children):
            continue
        particles = {c.lower_ for c in joined.children if c.dep_ == "prt"}
        if not (cues.has("cancelling_governors", joined) or "off" in particles):
            continue
        for subject in (c for c in joined.children if c.dep_ == "nsubjpass"):
            types = {r.type for r in nouns.get(subject.lemma_.lower(), ())}
            if trigger.rule.type in types:
                return f"{subject.text} {joined.text}"
    return None


def _naming(verb: Token) -> bool:
    """Whether a verb names its object as something ("called the raid a violation of
    international law"): what it names is done, not called for."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _transparent(token: Token) -> bool:
    if token.dep_ in ("prep", "agent") or (token.dep_ == "conj" and token.pos_ == "ADP"):
        return token.lower_ in _ARGUMENT_PREPS or token.dep_ == "agent"
    if token.dep_ == "pobj" and token.lower_ in _ACCOMPANYING and token.head.lower_ == "in":
        return True  # "in tandem with": the act goes with the clause it accompanies
    if token.lower_ in load_cues().words["quantity_partitives"] and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    ):
        return True  # "cut most of its aid": the share stands for the act's noun
    if (
        token.lower_ in load_cues().words["span_partitives"]
        and token.dep_ == "dobj"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    ):
        return True  # "broke off three years of talks": the span stands for the talks
    return token.dep_ == "cc"


_ACCOMPANYING = frozenset({"tandem", "parallel", "conjunction", "step"})


def _accompanying(noun: Token) -> bool:
    """An event noun "in tandem with" another act ("talks to take place ..., in tandem with a
    suspension of exercises"): it shares that act's status, as a conjunct would."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lower_ in _ACCOMPANYING
        and prep.head.head.lower_ == "in"
    )


def _is_infinitive(token: Token) -> bool:
    """Whether a verb is a "to" infinitive, or a bare verb joined to one ("to pull back their
    guns or face air strikes")."""
    if token.pos_ not in _CLAUSE_POS:
        return False
    if any(a.lower_ == "to" for a in _aux(token)):
        return True
    return _bare_conjunct(token) and any(a.lower_ == "to" for a in _aux(token.head))


def _climb(
    start: Token,
    walk: _Walk,
    cues: Cues,
    *,
    nominal: bool,
    subject_noun: bool,
    own_negation: bool = True,
) -> None:
    """Walk from the event word up to the first finite clause and the word governing it.

    A nominal object (not a subject, no light verb) takes cues from its direct governor
    (and from the governors of an infinitive that governs it: "trying to broker a deal");
    further up only the tense counts.
    """
    node = start
    first = True
    open_ = True
    if (
        nominal
        and start.dep_ == "dobj"
        and any(c.dep_ == "det" and c.lower_ == "any" for c in start.children)
        and any(c.dep_ == "neg" for c in start.head.children)
    ):  # "did not cite any specific threat from the North": none there
        walk.flag("negated", f"not ... any {start.text}")
    for _ in range(25):
        finite = False
        if node.pos_ in _CLAUSE_POS:
            if open_:
                _own_clause(
                    node,
                    walk,
                    cues,
                    first=first,
                    subject_noun=subject_noun,
                    own_negation=own_negation or node.i != start.i,
                )
            elif walk.tense is None:
                walk.tense = _tense(node)
            finite = walk.tense is not None or walk.past or any(a.tag_ == "MD" for a in _aux(node))
            first = first and _bare_conjunct(node)
        elif open_ and node.pos_ == "ADJ":
            # "unless Moscow was prepared to discuss a truce": a supposed predicate
            mark = next(
                (c for c in node.children if c.dep_ == "mark" and _supposing_mark(c, cues)),
                None,
            )
            if mark is not None:
                walk.flag("hypothetical", mark.text)
        head = node.head
        if (
            open_
            and node.dep_ == "relcl"
            and any(
                c.dep_ == "det" and cues.has("hypothetical_determiners", c) for c in head.children
            )
        ):  # "would resist any force that came to arrest them": whichever there may be (not
            # "any deal that legitimised Russia's blockade", a thing of its own)
            walk.flag("hypothetical", f"any {head.text}")
        if (
            node.dep_ in ("relcl", "acl")
            and cues.has("negatable_nouns", head)
            and any(c.lower_ in ("no", "neither") for c in head.children if c.dep_ == "det")
        ):  # "there is no way we will disarm", "has no plans to send troops"
            walk.flag("negated", f"no {head.text}")

        if head.i == node.i or (
            # "became the first country to recognise ...": done when the copula is; "agreed
            # to take 'concrete steps' to restore the line after talks with Clinton": an
            # infinitive the parser hung on a noun as a relative clause is still governed
            node.dep_ == "relcl"
            and not (_is_infinitive(node) and (_first_to(head) or _bare_infinitive(node)))
        ):
            break
        governor, via = head, node
        while _transparent(governor) and governor.head.i != governor.i:
            via, governor = governor, governor.head
        if (
            nominal
            and node.i == start.i
            and via.dep_ == "prep"
            and via.lower_ in ("in", "of", "for")
            and governor.pos_ == "NOUN"  # (not "signed ... in talks": "sign" the verb)
            and cues.has("negatable_nouns", governor)
        ):  # "had no interest in more talks", "a hope of talks": an attitude to the act
            no = any(c.lower_ in ("no", "neither") for c in governor.children if c.dep_ == "det")
            walk.flag("negated" if no else "hypothetical", f"{governor.text} {via.text}")
        scene = start.head if start.dep_ == "acl" else start
        if (
            node.dep_ == "prep"
            and node.lower_ in _SCENE_PREPS
            and scene.head.i == node.i
            and scene.pos_ == "NOUN"
            and (governor.tag_ in ("VBD", "VBZ", "VBP") or _held(scene, cues))
        ):
            # "agreed on Tuesday on a framework ... at a meeting in Cairo": where the act told
            # happened, not what it agrees on; only the tense counts
            open_ = False
        if open_:
            dep_node = node if node.dep_ in ("pobj", "pcomp") else via
            _governed(
                dep_node,
                governor,
                walk,
                cues,
                nominal=nominal and node.i == start.i,
                infinitive=_is_infinitive(node) and walk.tense is None,
            )
            if walk.uncancelled is not None and walk.uncancelled.i == node.i:
                # "accused the peacekeepers of failing to stop Azerbaijan's offensive": the
                # offensive went on, whatever is said of the failure
                open_ = False
        if (
            nominal
            and not subject_noun
            and node.i == start.i
            and not _is_infinitive(governor)
            and not _accompanying(start)
            # ("denied that the United States had taken part in the Israeli attacks": taking
            # part is the party's act, whose telling stays open)
            and not (cues.has("participation_governors", governor) or _takes_part(governor, cues))
        ) or (node.dep_ == "acl" and _describes(node, head, node.i == start.i, cues)):
            # ("agreed to join the coalition fighting the group", "agreed to disarm under a
            # ceasefire mediated by Russia": what the noun does or had done to it, whatever is
            # planned for the noun; only the tense further up counts)
            open_ = False
            if node.tag_ == "VBN":  # "under a deal brokered by China"
                walk.flag("past", f"{node.text} by (participle)")
        if finite:
            break
        node = governor


def _describes(participle: Token, noun: Token, own: bool, cues: Cues) -> bool:
    """Whether a participle clause describes a noun by what it does ("the coalition fighting
    the group") or, for the event's own word (``own``), what a named doer did to it ("a
    ceasefire mediated by Russia"; not "the plan put forward by the OAU for ending the war",
    a plan's content, nor "after a dinner hosted by Xi", the dinner's own happening), or a
    demonstrative standing for one ("sites, including those bombed by Israel")."""
    if noun.pos_ not in ("NOUN", "PROPN") and not (noun.tag_ == "DT" and noun.dep_ == "pobj"):
        return False
    if participle.tag_ == "VBG":
        return True
    return (
        own
        and participle.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in participle.children)
        and not cues.has("occurrence_participles", participle)
    )


def _bare_conjunct(verb: Token) -> bool:
    """A bare verb coordinated with "or"/"and" that shares the first verb's subject, modal and
    negation ("did not meet or talk", "neither side would attack or threaten"; not "would not
    attack but defend")."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and verb.head.pos_ in _CLAUSE_POS
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children
        )
        and any(c.dep_ == "cc" and c.lower_ in ("or", "and", "nor") for c in verb.head.children)
    )


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns an event noun is joined to ("called for a truce and the
    withdrawal of foreign troops": "truce"), also when the parser joins it to the verb the
    first one hangs on; else the noun itself."""
    while noun.dep_ == "conj" and _coordinated(noun):
        head = noun.head
        if head.pos_ == "VERB":  # a noun is no conjunct of a verb: of the verb's last object
            objects = [
                t
                for t in head.subtree
                if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN" and head.i < t.i < noun.i
            ]
            return objects[-1] if objects else noun
        if head.pos_ != "NOUN" or noun.pos_ != "NOUN":
            break
        noun = head
    return noun


def _coordinated(node: Token) -> bool:
    """Whether a conjunct opens right after "and", "but" or a comma: a real coordination,
    not a clause the parser hung on a distant verb ("sites it says were dismantled" is no
    conjunct of "had committed")."""
    before = node.left_edge.i - 1
    return before >= 0 and (node.doc[before].pos_ == "CCONJ" or node.doc[before].text == ",")


def _result_clause(token: Token) -> bool:
    return _is_infinitive(token) and _is_result(token, load_cues())


def find_reporter(token: Token, cues: Cues) -> Token | None:
    """The reporting verb whose clausal complement holds ``token`` ("X said [...]")."""
    holder = culpable_for(token)
    if holder is not None and object_predicate(holder):
        return holder.head  # "India held Pakistan responsible for the attack": India says so
    node = token
    for _ in range(25):
        head = node.head
        if head.i == node.i:
            break
        if _result_clause(node):  # "..., only for X to denounce him": not part of the report
            return None
        if node.dep_ in ("ccomp", "parataxis") and cues.has("reporting_verbs", head):
            return head
        if (  # "denounced him for making demands": the act is the judge's account
            node.dep_ == "pcomp"
            and head.dep_ == "prep"
            and head.lower_ in ("for", "of")
            and cues.has("judging_verbs", head.head)
        ):
            return head.head
        node = head
    root = token.sent.root
    for child in root.children:  # "X agreed to ..., Y revealed Monday."
        if (
            child.dep_ in ("parataxis", "ccomp", "advcl", "conj")
            and child.i > token.i
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].text in (",", ";", "—", "-")
            and cues.has("reporting_verbs", child)
            and token.i not in {t.i for t in child.subtree}
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            # "..., a day after the RSF said it would": a clause of its own, not the report
            and not any(c.dep_ == "mark" and c.lower_ != "as" for c in child.children)
        ):
            return child
    return None


_COMPLEMENT_EDGES = frozenset({"xcomp", "ccomp", "dobj", "acl", "conj", "advcl", "acomp"})


_CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE"})


def _conditional(trigger: Trigger, cues: Cues) -> tuple[str, Token] | None:
    """A condition phrase that modifies the trigger's clause (or a clause it sits in)."""
    head = trigger.light_verb or trigger.head
    sent = head.sent
    text = sent.text.lower()
    for phrase in cues.words["condition_phrases"]:
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", text):
            span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            inside = {t.i for t in span}
            roots = [t for t in span if t.head.i not in inside]
            if not roots:
                continue
            root = next((t for t in roots if t.dep_ == "mark"), roots[-1])
            attach = root.head
            if root.dep_ in ("mark", "advmod") and attach.dep_ in ("advcl", "conj"):
                condition, anchor = attach, attach.head
            else:
                condition, anchor = root, attach
            if head.i in {t.i for t in condition.subtree}:
                continue  # the event is the condition itself
            if (
                phrase in cues.words["bargain_phrases"]
                and _past_clause(_aspect_governor(head, cues))
                and not any(a.tag_ == "MD" for a in _aux(head))
            ):
                continue  # "released them in exchange for ...": the terms of a done deal
            # a condition inside what is demanded or refused is part of the demand, not a
            # condition on it ("demanded that sanctions be lifted in exchange for ...")
            content = trigger.rule.type in _CONTENT_TYPES
            # (not one on the event's own later conjunct: "had massed troops and threatened
            # action unless Syria expelled Ocalan": the massing is done; but "warned that its
            # troops would push on and seize the port unless ...": all that is warned of)
            own_conjunct = (
                anchor.dep_ == "conj"
                and anchor.head.i == head.i
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
            )
            inner = (
                not content
                and not own_conjunct
                and governs_through(anchor, head, _COMPLEMENT_EDGES)
            )
            # "X demanded A in exchange for B, and Y refused": not a condition on the refusal
            edges = _COMPLEMENT_EDGES - {"conj"} if content else _COMPLEMENT_EDGES
            if governs_through(head, anchor, edges) or inner:
                return phrase, condition
    return _if_clause(head, trigger.rule.type not in _CONTENT_TYPES)


def _if_clause(head: Token, complements: bool = False) -> tuple[str, Token] | None:
    """An "if" clause on the clause of ``head`` ("may suspend aid if the elections are
    rigged"), the event itself outside it; with ``complements``, also one on the infinitive
    the clause carries ("threatened to close its ports if Peru does not ...")."""
    verb = head
    while verb.pos_ not in _CLAUSE_POS and verb.head.i != verb.i:
        if verb.dep_ == "prep" and verb.lower_ == "during":
            return None  # "pledged help if either was attacked, during Putin's visit": the
            # occasion is told as a fact
        verb = verb.head
    clauses = list(verb.children)
    if complements:
        clauses += [
            c for x in verb.children if x.dep_ == "xcomp" and to_infinitive(x) for c in x.children
        ]
    if verb.dep_ == "xcomp" and to_infinitive(verb):
        # "obliges it to arrest Putin if he enters the country": the parser hangs the
        # condition after the infinitive on the verb governing it
        clauses += [c for c in verb.head.children if c.i > verb.i]
    for clause in clauses:
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "if" for c in clause.children
        ):
            if head.i not in {t.i for t in clause.subtree}:
                return "if", clause
    return None


def _alternative(trigger: Trigger, cues: Cues) -> str | None:
    sent = trigger.head.sent
    before = trigger.head.doc[sent.start : trigger.head.i].text.lower()
    return next((p for p in cues.words["alternative_phrases"] if p in before[-40:]), None)


@cache
def _verbal_types() -> frozenset[str]:
    """PLOVER types of the two verbal quads (statements rather than material acts)."""
    return frozenset(k for k, quad in load_lexicon().quads.items() if quad.startswith("verbal"))


def _present_counts(trigger: Trigger) -> bool:
    """A present-tense clause reports a fact when it is a statement made now ("X rejects Y",
    "X demands ...") or an ongoing act ("X is investigating"); "X meets Y" is not one."""
    head = trigger.light_verb or trigger.head
    if trigger.kind == "nominal" and trigger.light_verb is None:
        return False
    progressive = head.tag_ == "VBG" and any(
        a.dep_ == "aux" and a.lemma_ == "be" for a in head.children
    )
    if progressive:  # "is visiting Kabul", "is investigating": under way, unless timed
        # ("is meeting Trump on Tuesday", "is visiting Kabul this week" may be a plan)
        return trigger.rule.type != "CONSULT" or not any(
            t.ent_type_ in ("DATE", "TIME")
            for c in head.children
            if c.dep_ in ("npadvmod", "prep", "advmod")
            for t in c.subtree
        )
    return trigger.rule.type != "CONSULT" and trigger.rule.type in _verbal_types()


def find_status(trigger: Trigger, cues: Cues | None = None) -> StatusFinding:
    """The status of the event a trigger names, with the reporting verb above it."""
    cues = cues or load_cues()
    walk = _Walk(event=trigger.head)
    head = trigger.head
    if (
        trigger.kind == "nominal"
        # (or with the participle that made it: "reverse agreements made by the previous
        # government")
        and (
            trigger.light_verb is None
            or trigger.light_verb.dep_ == "acl"
            # "to enforce the accord": an accord made before ("enforced a curfew" imposes one)
            or (trigger.light_verb.i == head.head.i and trigger.rule.type == "AGREE")
        )
        and head.dep_ == "dobj"
        and cues.has("referring_governors", head.head)
    ):  # "alter the armistice agreement": an existing agreement, not an event reported here
        return StatusFinding(None, cues=[f"existing one, governed by {head.head.text}"])
    if (
        trigger.kind == "nominal"
        and trigger.light_verb is None
        and trigger.rule.type == "REQUEST"
        and head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and cues.has("yielding_governors", head.head.head)
    ):  # "agreed to the opposition's demand": a demand made before, yielded to here
        return StatusFinding(None, cues=[f"existing one, yielded to by {head.head.head.text}"])
    if (
        trigger.kind == "nominal"
        and trigger.light_verb is None
        and head.dep_ == "pobj"
        and head.head.lower_ in _TOPIC_PREPS
        and any(  # the noun of talk, or the verb that carries it ("renewed talks today on")
            cues.has("topic_nouns", w)
            for w in (head.head.head, *(c for c in head.head.head.children if c.dep_ == "dobj"))
        )
    ):  # "renewed negotiations on an Israeli troop pullback": what the talks are about
        return StatusFinding(None, cues=[f"topic of {head.head.head.text}"])
    if trigger.kind == "nominal" and (charge := _disputed_after(trigger.head, cues)) is not None:
        # "over the deportation of Ukrainian children, a charge Moscow denies": only charged
        walk.flag("hypothetical", f"disputed: {charge.text}")
    if trigger.kind == "nominal":
        _noun_cues(trigger.head, walk, cues)
        above = trigger.head.head
        if (
            trigger.head.dep_ == "pobj"
            and above.lower_ == "of"
            and cues.has("event_partitives", above.head)
        ):
            _noun_cues(above.head, walk, cues)  # "the next round of talks"
        if trigger.light_verb is not None:
            _climb(trigger.light_verb, walk, cues, nominal=False, subject_noun=False)
            if _known_event_reached(trigger.head, trigger.light_verb, walk):
                # "had overcome many obstacles to reach the meeting": the meeting told of,
                # which the past effort was for, not one still planned
                walk.planned = False
                walk.cues.append("known event: the purpose of a past effort")
        else:
            # the polarity of the verb governing a bare event noun is about the noun's
            # participants, not the event ("the trip did not go well")
            # (a noun joined to a noun shares its governor: "called for a ceasefire and the
            # withdrawal of foreign troops" asks for both)
            first = _first_conjunct(trigger.head)
            subject = first.dep_ in ("nsubj", "nsubjpass")
            _climb(first, walk, cues, nominal=True, subject_noun=subject)
            if walk.tense == "present" and not walk.past:
                walk.tense = None
    else:
        # (a rule that means its verb denied says so itself: "would not rule out force")
        denied = bool(trigger.rule.requires.get("denied"))
        _climb(trigger.head, walk, cues, nominal=False, subject_noun=False, own_negation=not denied)
    if walk.not_to and not walk.asked:  # "decided not to go"; "urged them not to go" is asked
        walk.flag("negated", "not to")
    if (
        trigger.kind != "nominal"
        and (walk.planned or walk.tense == "future")
        and (called_off := _called_off_after(trigger, cues))
    ):
        walk.flag("negated", f"called off: {called_off}")
    walk.reporter = find_reporter(trigger.light_verb or trigger.head, cues)
    if any(c.startswith("would") for c in walk.cues):
        if _classed_kind(trigger, cues):
            walk.flag("hypothetical", "any such act")
        elif walk.reporter is not None or _expected(trigger.light_verb or trigger.head):
            walk.flag("planned", "future in the past")
        else:
            walk.flag("hypothetical", "would", modal=True)
    if (alt := _alternative(trigger, cues)) is not None:
        walk.flag("hypothetical", alt)
    if (journey := _journey_under_way(trigger)) is not None:
        walk.flag("planned", f"on the way: {journey.text}")
    if _supposed_cause(trigger, cues):
        walk.flag("hypothetical", f"supposed: what would {trigger.head.head.text}")
    condition = _conditional(trigger, cues)
    if condition is not None and _accord_concluded(trigger):
        condition = None  # "signed a pact pledging help if either is attacked": its terms
    if condition is not None and walk.hypothetical and not walk.beyond_modal:
        # "the EC may halt mediation if cooperation founders", "would retaliate if attacked":
        # a modal under a stated condition is the conditional act itself
        walk.hypothetical = False
    if walk.negated and not walk.supposed:  # "if the US does not lift sanctions": supposed
        status: EventStatus | None = "negated"
    elif walk.hypothetical:
        status = "hypothetical"
    elif condition is not None:
        status = "conditional"
        walk.cues.append(f"conditional: {condition[0]}")
    elif walk.planned or walk.tense == "future":
        status = "planned"
    elif walk.tense == "past" or walk.past:
        status = "asserted"
    elif walk.tense == "present" and _present_counts(trigger):
        status = "asserted"
        walk.cues.append("present: speech act or ongoing")
    elif trigger.rule.requires.get("denied") and trigger.kind != "nominal":
        status = "asserted"  # "would not rule out force": the denial is the act, said now
        walk.cues.append("denial as the act")
    else:
        status = None
    return StatusFinding(
        status=status,
        reporter=walk.reporter,
        cues=walk.cues,
        condition=condition[1] if condition is not None and status == "conditional" else None,
        condition_phrase=condition[0] if condition is not None else None,
        governor=walk.governor if status in ("negated", "hypothetical") else None,
    )


def _accord_concluded(trigger: Trigger) -> bool:
    """Whether a trigger is a verb in the simple past with an accord for its object ("signed
    a treaty pledging to defend each other if either is attacked"): a condition after it is
    one of the accord's terms, not one on its signing."""
    verb = trigger.light_verb or trigger.head
    accords = load_lexicon().accord_nouns
    return (
        trigger.kind == "verbal"
        and verb.tag_ == "VBD"
        and not any(a.tag_ == "MD" for a in _aux(verb))
        and any(c.dep_ == "dobj" and c.lemma_.lower() in accords for c in verb.children)
    )


def _supposed_cause(trigger: Trigger, cues: Cues) -> bool:
    """Whether a bare event noun with "a", "an" or "any" is the subject of a verb of
    consequence under a modal ("an armed attack on Philippine vessels would invoke the
    treaty", "any strike will trigger a response"): an act only supposed."""
    noun = trigger.head
    verb = noun.head
    return (
        trigger.kind == "nominal"
        and trigger.light_verb is None
        and noun.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and cues.has("consequence_verbs", verb)
    )


def _known_event_reached(noun: Token, light_verb: Token, walk: _Walk) -> bool:
    """Whether a definite event noun is the object of a purpose infinitive of a past verb
    ("had overcome obstacles to reach the meeting"), the plan the only cue found."""
    governor = light_verb.head
    return (
        [c for c in walk.cues if not c.startswith("infinitive:")] == ["planned: purpose infinitive"]
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and light_verb.dep_ == "advcl"
        and _tense(governor) == "past"
    )


def _achieved(word: Token) -> bool:
    """ "were able to apprehend a suspect": a past ability, neither modal nor denied, says the
    act was done (unlike "will be able to", "would be able to", "was not able to"); so does a
    threat or promise fulfilled in the past ("carried out its threat to cut off gas"); so does
    a past push through ("pushed the withdrawal through against opposition")."""
    copula = _past_copula(word, "able")
    if copula is not None:
        return not any(c.dep_ == "neg" for c in copula.children)
    through = [c for c in word.children if c.lower_ == "through" and c.dep_ in ("prt", "prep")]
    if word.tag_ == "VBD" and any(not any(g.dep_ == "pobj" for g in c.children) for c in through):
        return not any(c.dep_ in ("neg", "aux") for c in word.children)
    verb = word.head
    return (
        word.dep_ == "dobj"
        and load_cues().has("fulfilling_verbs", verb)
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("neg", "aux") for c in verb.children)
    )


def _intent_word(word: Token, cues: Cues) -> bool:
    """A word of plan or intent whose passive subject is what is intended ("a blockade was
    threatened"), not a thing done for a purpose ("the dispatch is aimed at breaking the
    cartel", "the deployment was intended to deter")."""
    purpose = any(
        c.dep_ in ("xcomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "at")
        for c in word.children
    )
    intent = cues.has("hypothetical_governors", word) or cues.has("planned_governors", word)
    return intent and not purpose


def _classed_kind(trigger: Trigger, cues: Cues) -> bool:
    """Whether a trigger is an event noun with "a" or "an" that a verb of classing takes as
    its subject or its "as" phrase ("an attack on either country would be treated as an
    attack on both"): any such act, not one that happened or is planned."""
    noun = trigger.head
    if trigger.kind != "nominal" or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    ):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif noun.dep_ not in ("nsubjpass", "nsubj"):
        return False
    return verb.pos_ in ("VERB", "AUX") and cues.has("classifying_verbs", verb)


def _indefinite(noun: Token, cues: Cues) -> bool:
    """Whether an event noun names no particular occurrence: "an offensive", "a possible
    war" (not "the war in Bosnia", which is under way)."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an"))
        or (c.dep_ == "amod" and cues.has("hypothetical_modifiers", c))
        or (c.dep_ == "amod" and cues.has("planned_modifiers", c))
        for c in noun.children
    )


def _intended(walk: _Walk, word: Token, reason: str) -> None:
    """Flag an act a word of plan or intent governs: planned, or negated when the word is
    denied in its own clause ("does not plan to", "never wanted to", "is not willing to",
    "was not ready to": a refusal)."""
    holders = [word] + ([word.head] if word.dep_ in ("acomp", "xcomp") else [])
    if any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
        for h in holders
        for c in h.children
    ):
        walk.flag("negated", f"not intended: {word.text}")
    else:
        walk.flag("planned", reason)


def _ability_denied(word: Token) -> bool:
    """ "was not able to attend", "were unable to meet": a past inability says the act was
    not done (a modal leaves it open: "would not be able to")."""
    if (copula := _past_copula(word, "unable")) is not None:
        return not any(c.dep_ == "neg" for c in copula.children)
    copula = _past_copula(word, "able")
    return copula is not None and any(c.dep_ == "neg" for c in copula.children)


def _past_copula(word: Token, form: str) -> Token | None:
    """The past-tense or perfect copula, with no modal, of the adjective ``word`` if it is
    ``form`` ("was not able", "had not been able")."""
    if word.lower_ != form or word.dep_ != "acomp":
        return None
    copula = word.head
    perfect = copula.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _HAVE for c in copula.children
    )
    if copula.tag_ != "VBD" and not perfect:
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children)
    return None if modal else copula
