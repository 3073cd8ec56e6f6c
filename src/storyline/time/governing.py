"""Which time expression governs an event trigger, read off the dependency parse.

A time expression dates an event when it attaches to the trigger's clause: to the trigger
itself (a verb, or an event noun: "the June 30 meeting", "the meeting on June 30"), or to
the verb of its clause, directly (npadvmod, tmod, advmod, prep + pobj) or through nouns in a
prepositional phrase of that clause ("agreed during their meeting on June 30"). A time
expression that modifies some other noun ("the 1953 armistice", "the 1950-1953 Korean War",
a dateline) dates that noun, and one inside a clause about something else (a relative or
finite adverbial clause) dates that clause; neither governs the trigger. When the trigger's
own clause has none, the verb its clause depends on lends its expression: the main verb of a
complement ("said on Monday that they met"), of a non-finite adverbial clause ("only for
Trump to cancel the trip") or of a "where"/"when" relative clause ("flew to Seoul, where he
met Moon"), or a conjoined verb ("met Park and flew to Busan on Sunday"). Through an
infinitive complement the event comes after that date ("agreed on Sunday to hold a summit").

The preposition on the way says how: "during", "on", "in" put the event at that time;
"after", "following" after it; "since" after it and before publication; "before", "until",
"by" before it. The word lists are in ``time_lexicon.yaml``, section ``event_dating``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from storyline.annotate import governs_through
from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode
from storyline.time.calendar import LEXICON_FILE, lexicon
from storyline.time.spans import asked_to, clause_tense, governing_verb, set_for, time_for

__all__ = [
    "EVENT_NOUN",
    "PERFECT_RULE",
    "Link",
    "done_at_once_with",
    "link_of",
    "not_until",
    "perfect_since",
    "present_perfect",
    "trigger_tense",
]

PERFECT_RULE = "none (present perfect: by publication)"
# Relation suffix when the preposition takes an event noun, not the expression itself:
# "after the summit last month" (after an event dated by the expression).
EVENT_NOUN = "event"

_VERB_POS = ("VERB", "AUX")
_AUX_DEPS = ("aux", "auxpass")
_MAX_HOPS = 12
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
# Relations passed on the way from a clause up to the verb it hangs on ("agreeing" in "had
# talks ... with the pair agreeing"; "prepared" in "was prepared to dismantle").
_PASS_THROUGH = frozenset({"pobj", "prep", "dobj", "appos", "acomp", "attr", "oprd"})


@dataclass(frozen=True, slots=True)
class Link:
    """How a time expression reaches a trigger.

    ``scope``: "own" (the trigger's clause), "main" (the verb of the clause the trigger's
    clause depends on) or "conj" (a conjoined verb). ``relation``: "at", "after", "since",
    "before" (the event is before the expression starts) or "by" (by its end); followed by
    " " + ``EVENT_NOUN`` when the preposition takes an event noun that the expression dates
    ("after the summit last month").
    """

    scope: str
    relation: str
    verb: Token | None = None


@dataclass(frozen=True, slots=True)
class _Vocab:
    noun_modifiers: frozenset[str]
    complements: frozenset[str]
    same_time: frozenset[str]
    after: frozenset[str]
    before: frozenset[str]
    by: frozenset[str]
    not_until: frozenset[str]
    perfect_aux: frozenset[str]
    place_time_relatives: frozenset[str]
    same_time_marks: frozenset[str]
    filler_adverbs: frozenset[str]
    another_time: frozenset[str]
    same_time_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    inviting_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    commemorating_nouns: frozenset[str]
    disclosing_verbs: frozenset[str]
    reason_verbs: frozenset[str]
    continuing_participles: frozenset[str]
    realising_participles: frozenset[str]
    intention_nouns: frozenset[str]
    prompting_nouns: frozenset[str]


@cache
def _vocab() -> _Vocab:
    data = load_packaged(LEXICON_FILE)
    try:
        section = data["event_dating"]
        return _Vocab(**{name: frozenset(section[name]) for name in _Vocab.__dataclass_fields__})
    except (KeyError, TypeError) as exc:
        raise DataFileError(
            ErrorCode.E012, path=f"storyline/data/{LEXICON_FILE}", detail=repr(exc)
        ) from exc


def _is_verb(token: Token) -> bool:
    return token.pos_ in _VERB_POS and token.dep_ not in _AUX_DEPS


def anchor_of(trigger: Token) -> Token:
    """The verb heading the trigger's clause (the trigger itself when it is a verb)."""
    if trigger.pos_ in _VERB_POS:
        return trigger
    return governing_verb(trigger) or trigger


def _preposition_word(prep: Token) -> str:
    """ "ahead of", "prior to": the word that carries the meaning."""
    word = prep.lower_
    vocab = _vocab()
    if word in ("of", "to") and prep.head.lower_ in vocab.before | vocab.after:
        return prep.head.lower_
    return word


def _relation(word: str) -> str | None:
    vocab = _vocab()
    if word == "since":
        return "since"
    if word in vocab.after:
        return "after"
    if word in vocab.before:
        return "before"
    if word in vocab.by:
        return "by"
    return None


_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _own_relation(span: Span) -> str:
    """The relation a preposition inside or right before the expression gives."""
    match = _FIRST_WORD.match(span.text)
    found = _relation(match.group(0).lower()) if match else None
    root = span.root
    prep = span[0] if match and found is not None else None
    if found is None and root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent"):
        prep = root.head
        found = _relation(_preposition_word(prep))
    if found == "by" and prep is not None and not_until(prep):
        return "at"
    return found or "at"


def not_until(prep: Token) -> bool:
    """Whether an "until" phrase follows "did not" ("did not meet Thuong until Monday"): the
    meeting was on Monday, not denied."""
    verb = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _vocab().not_until
        and any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    )


def _part_of_the_day(prep: Token) -> bool:
    """Whether a phrase names a part of the day the expression inside it dates ("before dawn
    on Thursday": on Thursday, early)."""
    parts = lexicon().parts_of_day
    return any(c.dep_ == "pobj" and c.lower_ in parts for c in prep.children)


def _temporal_pp_noun(noun: Token) -> bool:
    """Whether a noun is the object of a preposition like "during", "after", "before"."""
    vocab = _vocab()
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
        return False
    word = _preposition_word(noun.head)
    return word in vocab.same_time | vocab.after | vocab.before | vocab.by | {"since"}


def _attachment(span: Span, trigger: Token) -> tuple[Token | None, str] | None:
    """(the verb the expression attaches to, or None when it attaches to the trigger; the
    relation), or None when it modifies something other than the trigger's event."""
    vocab = _vocab()
    relation = _own_relation(span)
    root = span.root
    current = root.head if root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") else root
    if set_for(span) and span.root.head.head.i == trigger.i and _is_verb(trigger):
        return None  # "called new elections for Dec. 21": the elections' day, not the call's
    first = True
    for _ in range(_MAX_HOPS):
        if (
            not first
            and current.dep_ == "prep"
            and current.lower_ == "for"
            and _purpose(current)
            and current.head.lemma_.lower() not in vocab.hosting_verbs
        ):
            return None  # "invited him to London for talks on Sunday": dates the talks (not
            # "hosted him for talks on Sunday": the hosting is the talks)
        if (
            not first
            and current.dep_ in ("prep", "agent")
            and relation == "at"
            and not _part_of_the_day(current)
        ):
            found = _relation(_preposition_word(current))
            relation = f"{found} {EVENT_NOUN}" if found else "at"
        head = current.head
        if head.i == current.i or head.sent.start != trigger.sent.start:
            return None
        if head.lemma_.lower() in vocab.inviting_verbs and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and (c.i < current.i or (c.i == current.i and not first))
            for c in head.children
        ):
            # "invited Zelenskiy to a summit in London on Sunday": the summit's day, whether
            # the expression hangs on the verb after the "to" phrase or inside it
            return None
        if head.i == trigger.i:
            return None, relation
        if _is_verb(head):
            return head, relation
        if (told := _told_in_relative(head, trigger)) is not None:
            # "a clash in June 2020 in which 20 soldiers were killed": the noun's time is
            # the time of what its relative clause tells happened in it
            return (None, relation) if told.i == trigger.i else (told, relation)
        if current.dep_ == "relcl":
            return None  # "the region, which Azerbaijan retook in September" (a verb the
            # tagger took for a noun): the relative clause's time
        if first:
            modifier = current.dep_ in vocab.noun_modifiers or (
                current.dep_ == "prep" and _preposition_word(current) == "of"
            )
            temporal = _temporal_pp_noun(head)
            if modifier and not temporal and not _for_phrase_of(head, vocab.hosting_verbs):
                return None  # "the 1953 armistice": dates the armistice
            holder = head.head.head if temporal else None
            if (
                modifier
                and holder is not None
                and holder.i != trigger.i
                and (
                    present_perfect(holder)
                    or (not _is_verb(holder) and _preposition_word(head.head) == "in")
                )
            ):
                return None  # "has denied any role in the April 22 attack": the attack's
                # day (a present perfect has none; a noun's "in" phrase is about the noun)
        first = False
        current = head
    return None


def _told_in_relative(noun: Token, trigger: Token) -> Token | None:
    """The relative clause on ``noun`` that holds ``trigger`` and tells what happened in or
    during it ("in which", "during which", "where", "when"), or None."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not (clause.i == trigger.i or clause.is_ancestor(trigger)):
            continue
        for child in clause.children:
            if child.dep_ == "advmod" and child.lower_ in ("where", "when"):
                return clause
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during", "at")
                and any(w.lower_ == "which" for w in child.children)
            ):
                return clause
    return None


def _for_phrase_of(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun is the object of a "for" phrase on one of ``words``: a hosting verb's
    ("hosted Xi for a state visit the next day": the hosting itself, which the noun's time
    dates) or a noun of intention's ("plans for talks", "preparations for a summit": an act
    only intended, which a verb on the plan does not date)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in words
    )


def _purpose(prep: Token) -> bool:
    """Whether a "for" phrase names what something is for ("for talks"), not how long it
    lasts ("for a second day", a time of its own) or which time it is ("for the first time")."""
    return not any(
        o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lower_ == "time")
        for o in prep.children
    )


def _means_of(act: Token, verb: Token) -> bool:
    """Whether ``act`` is the gerund of a "by" phrase on ``verb``, the way it was done
    ("responded by telling ...", "retaliated by expelling ...")."""
    prep = act.head
    return (
        act.dep_ == "pcomp"
        and act.tag_ == "VBG"
        and prep.lower_ == "by"
        and prep.dep_ == "prep"
        and prep.head.i == verb.i
    )


def link_of(span: Span, trigger: Token) -> Link | None:
    """How the expression ``span`` governs the event of ``trigger``; None when it does not."""
    if trigger.i in range(span.start, span.end):
        return None
    if _commemorated(trigger):
        return None  # "on Monday, the fourth anniversary of the invasion": years before
    found = _attachment(span, trigger)
    if found is None:
        return None
    verb, relation = found
    if verb is None:
        return Link("own", relation)
    if relation == "at" and (actor := reason_doer(trigger)) is not None and actor.head.i == verb.i:
        return Link("main", "by", verb)  # "sentenced them on Tuesday for refusing": before
    if relation == "at" and _reason_of(trigger, verb):
        return Link("main", "by", verb)  # "imposed sanctions on Friday over its invasion"
    if relation == "at" and _prompted(trigger, verb, _vocab()):
        return Link("main", "by", verb)  # "to meet on Sunday at the request of the United
        # States": asked for by then
    anchor = anchor_of(trigger)
    vocab = _vocab()
    if _for_phrase_of(trigger, vocab.intention_nouns):
        return None  # "preparations for a summit were put on hold on Tuesday": not the summit's
    if (
        verb.dep_ == "acl"
        and verb.head.i == trigger.i
        and verb.lemma_.lower() in vocab.realising_participles
    ):
        return Link("own", relation, verb)  # "an accord signed in June": made in June
    if (trigger.pos_ not in _VERB_POS or trigger.dep_ == "pcomp") and (
        turned := _noun_in_time_phrase(trigger, verb)
    ):
        # "signed a law on Wednesday, days after the strikes": the strikes came before (and
        # so did a gerund's act a span before: "freed the sailors on Wednesday, two weeks
        # after seizing them")
        if relation != "at":
            return None
        relation = turned
    if _describes_object(verb, anchor):
        # "signed a document backing the ceasefire at a summit on Monday": the signing's
        verb = anchor
    if verb.i == anchor.i:
        if relation == "at" and _reacted_to(trigger, verb, vocab):
            return Link("own", "by", verb)  # "condemned the attack": done by then
        return Link("own", relation, verb)
    if governs_through(verb, anchor, frozenset({"xcomp"}), _MAX_HOPS):
        if _later_infinitive(verb, anchor, vocab):
            return None  # "agreed to meet again next week": dates the meeting only
        return Link("own", relation, verb)
    if _means_of(anchor, verb):
        return Link("own", relation, verb)  # "Two days later Berlin responded by telling
        # Chad's ambassador to leave": the telling is the response
    depends, later = _clause_path(anchor, verb, vocab)
    if depends:
        return Link("main", "after" if later and relation == "at" else relation, verb)
    if _when_clause(verb, vocab) and _when_host(verb).i == anchor.i and relation == "at":
        return Link("main", relation, verb)  # "had agreed when they spoke in May"
    if (
        _conjoined(anchor, verb)
        and not at_another_time(trigger)
        and not _own_subjects(anchor, verb)
        # ("set a presidential election for May 25 and freed Tymoshenko": the time set for
        # something, no time of a verb joined to the setting)
        and not time_for(span)
        # ("signed an accord last July, but has refused to disarm": a perfect after it is no
        # time of the other verb's; not "has visited Moscow and met Putin last month")
        and not _perfect_after(anchor, verb)
        and not _perfect_after(verb, anchor)
    ):
        # (not "would visit China in April, and that Xi would come later": a time of its own)
        return Link("conj", relation, verb)
    return None


def _perfect_after(one: Token, other: Token) -> bool:
    """Whether ``one`` is in the present perfect, after ``other``, which is not."""
    return one.i > other.i and present_perfect(one) and not present_perfect(other)


def _describes_object(participle: Token, verb: Token) -> bool:
    """Whether a present participle describes the direct object of ``verb`` ("signed a
    document backing the ceasefire"): a quality of the thing, with no time of its own."""
    noun = participle.head
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBG"
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
    )


def _own_subjects(one: Token, other: Token) -> bool:
    """Whether two conjoined verbs each have a subject of their own, and not the same words
    ("ordered stations to stop live coverage, but a court suspended the order on Thursday":
    the court's Thursday is not the order's)."""
    subjects = [
        [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] for verb in (one, other)
    ]
    if not all(subjects):
        return False
    return subjects[0][0].lower_ != subjects[1][0].lower_


def reason_doer(gerund: Token) -> Token | None:
    """The object of the verb a gerund gives the reason for, who did it ("sentenced three
    opposition leaders to prison for refusing to testify", "thanked Qatar for mediating");
    None when the gerund is no such reason."""
    prep = gerund.head
    if not (gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and prep.lower_ == "for"):
        return None
    governor = prep.head
    if governor.pos_ not in _VERB_POS:
        return None
    return next((c for c in governor.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _prompted(noun: Token, verb: Token, vocab: _Vocab) -> bool:
    """Whether an event noun is what prompted the verb's act, in an "at ... of" phrase on it
    ("met on Sunday at the request of the United States", "at the invitation of")."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "at"
        and noun.head.head.i == verb.i
        and noun.lemma_.lower() in vocab.prompting_nouns
    )


def _reason_of(noun: Token, verb: Token) -> bool:
    """Whether an event noun is in the "for" or "over" phrase of ``verb``, or of its object,
    and the verb is one of penalty, thanks or reaction (``reason_verbs``, ``reaction_verbs``:
    "imposed sanctions on Russia over its invasion", "thanked Qatar for its mediation")."""
    prep = noun.head
    if noun.pos_ in _VERB_POS or noun.dep_ != "pobj" or prep.lower_ not in ("for", "over"):
        return False
    holder = prep.head
    if holder.dep_ == "dobj":
        holder = holder.head  # "imposed sanctions for ...", the parser hanging it on the object
    vocab = _vocab()
    forms = {holder.lemma_.lower(), holder.lower_}
    if not (forms & vocab.reason_verbs or forms & vocab.reaction_verbs):
        return False
    # the verb dated, or one whose infinitive it is ("voted on Saturday to impose sanctions")
    return governs_through(holder, verb, frozenset({"xcomp"}), _MAX_HOPS)


def _commemorated(trigger: Token) -> bool:
    """Whether an event noun is the object of the "of" phrase of a noun of a day that recalls
    it ("the fourth anniversary of the invasion")."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _vocab().commemorating_nouns
    )


def _reacted_to(trigger: Token, verb: Token, vocab: _Vocab) -> bool:
    """Whether an event noun is the direct object of a verb of reaction ("condemned the
    attack")."""
    return (
        trigger.pos_ not in _VERB_POS
        and trigger.dep_ == "dobj"
        and trigger.head.i == verb.i
        and verb.lemma_.lower() in vocab.reaction_verbs
    )


# The relation of an event named in a time phrase to the act the phrase dates ("after the
# strikes": the strikes came before the act, so by the end of the act's time: "opened in 2018
# after the first summit" puts the summit in 2018 or before, not before 2018)
_TURNED = {"after": "by", "since": "by", "before": "after"}


def _noun_in_time_phrase(noun: Token, verb: Token) -> str | None:
    """For an event noun (or gerund) that is itself the object of an "after" or "before"
    phrase of the clause ("days after the strikes", "ahead of the summit"), the relation of
    the noun's event to the verb's time ("before", "after"); None otherwise (not "left on
    Saturday after two days of talks", whose talks run up to the leaving)."""
    node = noun
    while node.dep_ == "conj" and node.head.i != verb.i:  # "after the strikes and raids"
        node = node.head
    if node.dep_ not in ("pobj", "pcomp") or node.head.dep_ != "prep":
        return None
    if node.dep_ == "pcomp" and not any(c.dep_ == "npadvmod" for c in node.head.children):
        return None  # a gerund only after a span ("two weeks after seizing them"): "said on
        # Tuesday after meeting Saddam" may be the same day
    return _TURNED.get(_relation(_preposition_word(node.head)) or "")


def done_at_once_with(verb: Token) -> Token:
    """The verb whose act an infinitive's act is done with ("helped detain", "tried to
    cross": the helping, the trying), up through such verbs; ``verb`` itself otherwise."""
    vocab = _vocab()
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.same_time_verbs:
        verb = verb.head
    return verb


def _later_infinitive(verb: Token, anchor: Token, vocab: _Vocab) -> bool:
    """Whether the way up from ``verb`` to ``anchor`` passes an infinitive of a verb whose
    infinitive happens later than it ("agreed to meet"; not "tried to cross")."""
    node = verb
    while node.i != anchor.i and node.head.i != node.i:
        if _infinitive(node) and node.head.lemma_.lower() not in vocab.same_time_verbs:
            return True
        node = node.head
    return False


def _finite(verb: Token) -> bool:
    """Whether a verb has a tense of its own (not "to cancel", "saying", "denounced by")."""
    if any(c.dep_ in _AUX_DEPS and c.tag_ in _FINITE_TAGS for c in verb.children):
        return True
    return verb.tag_ in _FINITE_TAGS


def _infinitive(verb: Token) -> bool:
    """ "to hold": an infinitive with "to" (what is agreed or planned comes later)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _dependent_clause(clause: Token, vocab: _Vocab) -> bool:
    """A clause that takes its time from the one above it: a complement ("said that they
    met"), a conjunct, a non-finite adverbial clause ("only for Trump to cancel the trip",
    "with the pair agreeing"), or a relative clause on a place or time ("flew to Seoul,
    where he met Moon")."""
    if clause.dep_ in vocab.complements or clause.dep_ == "conj":
        return True
    if clause.dep_ in ("advcl", "pcomp"):
        return not _finite(clause) or _when_clause(clause, vocab)
    if clause.dep_ == "relcl":
        return any(c.lower_ in vocab.place_time_relatives for c in clause.children)
    return False


def _when_clause(clause: Token, vocab: _Vocab) -> bool:
    """An adverbial clause of the same time ("collapsed in 2013 when Erdogan condemned the
    coup", "had agreed when they spoke in May"): it and its main clause share their time."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in vocab.same_time_marks and c.i < clause.i
        for c in clause.children
    )


def _when_host(clause: Token) -> Token:
    """The clause a same-time clause times: the verb it hangs on, or for a past clause hung
    on an infinitive, the verb governing that ("had agreed to upgrade ties when they spoke":
    the agreeing; "agreed to meet when Xi visits": the meeting)."""
    host = clause.head
    if (
        clause.tag_ == "VBD"
        and host.dep_ == "xcomp"
        and _infinitive(host)
        and host.head.tag_ in ("VBD", "VBN")
    ):
        return host.head
    return host


def _clause_path(anchor: Token, verb: Token, vocab: _Vocab) -> tuple[bool, bool]:
    """(whether the trigger's clause depends on ``verb``'s clause for its time, whether the
    way up passes an infinitive complement: "agreed to hold a summit" comes after agreeing;
    "spent Tuesday morning making calls" does not)."""
    current, through_clause, through_xcomp = anchor, False, False
    for _ in range(_MAX_HOPS):
        if current.i == verb.i:
            return through_clause, through_xcomp
        if current.head.i == current.i:
            break
        if _is_verb(current) or current.i == anchor.i:
            if not _dependent_clause(current, vocab):
                break
            if (
                current.dep_ == "conj"
                and current.head.i == verb.i
                and past_perfect(verb)
                and not past_perfect(current)
            ):
                break  # "a court had ruled in January ..., but the government said a new
                # agreement addressed its concerns": the earlier time is the ruling's only
            through_clause = through_clause or current.dep_ != "conj"
            through_xcomp = (
                through_xcomp
                or (
                    # ("met on Friday but failed to agree": at that time)
                    current.dep_ == "xcomp"
                    and _infinitive(current)
                    and current.head.lemma_.lower() not in vocab.same_time_verbs
                )
                # ("appealed to Arab states on Wednesday to mediate": after the appeal)
                or (current.dep_ == "advcl" and asked_to(current))
            )
        elif current.dep_ not in _PASS_THROUGH:
            break
        current = current.head
    return False, False


def _conjoined(one: Token, other: Token) -> bool:
    if one.dep_ == "conj" and one.head.i == other.i:
        return True
    if other.dep_ == "conj" and other.head.i == one.i:
        return True
    return one.dep_ == other.dep_ == "conj" and one.head.i == other.head.i


def trigger_tense(trigger: Token) -> str:
    """Tense of the trigger's clause ("past", "present", "future", "unknown")."""
    verb = trigger if trigger.pos_ in _VERB_POS else governing_verb(trigger)
    return clause_tense(verb) if verb is not None else "unknown"


def present_perfect(verb: Token) -> bool:
    """ "has met", "have been asking": "has"/"have" (present tense) with a past participle."""
    return _perfect(verb, ("has", "have", "'ve"), ("VBZ", "VBP"))


def disclosed(verb: Token) -> bool:
    """Whether a verb discloses an act already done ("admitted", "confirmed";
    ``disclosing_verbs``)."""
    return verb.lemma_.lower() in _vocab().disclosing_verbs


def continues_report(verb: Token) -> bool:
    """Whether a verb is a participle going on with the report of the verb it hangs on
    ("admitted ..., saying he was killed"; ``continuing_participles``)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _vocab().continuing_participles
    )


def past_perfect(verb: Token) -> bool:
    """ "had held", "had been asked": "had" with a past participle."""
    return _perfect(verb, ("had", "'d"), ("VBD",))


def _perfect(verb: Token, forms: tuple[str, ...], tags: tuple[str, ...]) -> bool:
    """Whether a verb has an auxiliary "have" of these forms and tags with a past participle."""
    aux = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    has = any(a.lower_ in forms and a.tag_ in tags for a in aux)
    return has and (verb.tag_ == "VBN" or any(a.tag_ == "VBN" for a in aux))


def at_another_time(trigger: Token) -> bool:
    """Whether the trigger's clause puts its act at another time than the one told before
    ("He did not meet Maduro again", "Armenia later accused Azerbaijan") or times it by
    another event ("After the parade, Kim held talks with Putin")."""
    verb = anchor_of(trigger)
    vocab = _vocab()
    return any(
        (c.dep_ == "advmod" and c.lower_ in vocab.another_time)
        or (
            c.dep_ == "prep"
            and c.lower_ in vocab.after | vocab.before
            and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_ for o in c.children)
        )
        for word in {trigger, verb}
        for c in word.children
    )


def perfect_since_clause(trigger: Token) -> bool:
    """ "have killed hundreds of people since the territory voted": the perfect with a
    "since" clause, a span up to now from an event, no time of the sentence's."""
    return (present_perfect(trigger) or past_perfect(trigger)) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in trigger.children
    )


def perfect_since(trigger: Token) -> bool:
    """ "has since tested", "have since met": the perfect with the adverb "since"."""
    vocab = _vocab()
    children = list(trigger.children)
    if any(c.lower_ == "since" and c.dep_ == "advmod" for c in children):
        return any(c.dep_ in _AUX_DEPS and c.lower_ in vocab.perfect_aux for c in children)
    seen_since = False
    for i in range(trigger.i - 1, max(trigger.sent.start, trigger.i - 5) - 1, -1):
        word = trigger.doc[i].lower_
        if word == "since" and not seen_since:
            seen_since = True
        elif word in vocab.filler_adverbs:
            continue
        elif word in vocab.perfect_aux:
            return seen_since
        else:
            return False
    return False
