"""Event arguments from the dependency parse: source and target actors, and the place.

Actors come only from the actor analysis: an argument phrase yields the actor keys of the
mentions that overlap it, never a name built from the surface text.

Conventions:
- source = the agent (subject, "by X" of a noun, possessor); target = the object, "with X",
  "on X", "to X", "against X".
- symmetric events (meetings, agreements) whose participants are named together ("Pompeo
  and Kim met", "a summit between Kim and Trump", "the Trump-Kim summit") list every
  participant in both ``source`` and ``target``; with a distinct agent and partner
  ("Pompeo met Moon") the agent is the source and the partner the target.
- a visit puts the visitor in ``source`` and the host in ``target``; "X hosted Y" reverses
  subject and object.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence

from spacy.tokens import Doc, Token

from storyline.actors.agents import (
    aligned,
    hosting_verbs,
    let_happen,
    proposal_nouns,
    stance,
)
from storyline.actors.mentions import is_place_noun, sovereign_owner_words
from storyline.annotate import token_starts
from storyline.events.status import given_span, load_cues, wanted_of_relative
from storyline.events.triggers import (
    Trigger,
    argument_heads,
    attribution_object,
    blame_denied,
    by_means,
    culpable_for,
    elided_passive,
    finite_after_participle,
    finite_on_root_noun,
    held_by_partitives,
    load_lexicon,
    marked_clause,
    noun_rules,
    object_predicate,
    prep_objects,
    shared_passive_subject,
    to_infinitive,
    whose_subject,
    word_forms,
)
from storyline.records import ActorAnalysis, Location, Quote
from storyline.resolve.compat import is_country
from storyline.time.governing import reason_doer


def _apposed_second_object(verb: Token, noun: Token) -> bool:
    """Whether a direct object is a second one set off by a comma after the verb's first, a
    description the parser hung on the verb ("signed agreements with the UAE and Bahrain on
    Tuesday, the first Arab states to ...")."""
    doc = noun.doc
    return (
        noun.dep_ == "dobj"
        and noun.left_edge.i > 0
        and doc[noun.left_edge.i - 1].text == ","
        and any(c.dep_ == "dobj" and c.i < noun.left_edge.i for c in verb.children)
    )


# Types of reaction whose "at" phrase may name the act reacted to, and the types of such acts.
_REACTION_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT"})
_OBJECTED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def _objected_act(trigger: Trigger, noun: Token) -> bool:
    """Whether the noun of a reaction's "at" phrase is a hostile act, the thing reacted to
    ("in protest at the Israeli offensive"), not where the reaction is."""
    return trigger.rule.type in _REACTION_TYPES and any(
        r.type in _OBJECTED_TYPES for r in noun_rules(noun)
    )


_NOUN_CORE_DEPS = frozenset({"compound", "amod", "nmod", "flat", "nummod", "quantmod", "npadvmod"})
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_THING_PRONOUNS = frozenset({"it", "its"})
# Documents that say what their issuer says ("issued a statement demanding ...").
STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communique", "resolution", "letter", "message", "note", "appeal"}
)
_OWNER_ENTITIES = frozenset({"ORG", "GPE", "NORP"})  # a statement's owner named before it
_OBJECT_CONTROL = frozenset(
    {"ask", "urge", "lobby", "implore", "beg", "invite", "persuade", "press", "tell", "allow",
     "convince", "force", "order", "encourage", "advise", "instruct", "pressure", "push",
     "help", "permit", "authorize", "authorise", "require", "compel", "oblige", "warn",
     "enable", "prompt", "spur", "lead", "cause", "provoke"}
)  # fmt: skip
# Verbs whose addressee in an "on"/"to" phrase does what their infinitive says ("called on
# Turkey to withdraw", "appealed to the UN to send observers")
_ADDRESSEE_CONTROL = frozenset({"call", "appeal", "plead", "prevail", "lean", "rely", "count"})
# Nouns of asking or pressing whose "on"/"to" party is to do what their infinitive says ("put
# pressure on Belgrade to free the prisoners", "a plea to the rebels to release ...")
_ADDRESSEE_NOUNS = frozenset({"pressure", "call", "appeal", "plea", "ultimatum"})
# Nouns whose "for" phrase is what is asked for, not who benefits ("calls for troops").
_ASKING_NOUNS = frozenset(
    {"call", "appeal", "plea", "request", "demand", "bid", "application", "petition", "claim",
     "proposal", "plan", "case", "campaign", "push", "pressure", "need", "clamour", "clamor"}
)  # fmt: skip
# Verbs whose object does what their "of"/"for" gerund says ("accused Georgia of invading",
# "thanked Pakistan for supporting"): the object, not the subject, is its doer.
_OBJECT_GERUND = frozenset(
    {"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize", "denounce",
     "fault", "indict", "convict", "praise", "thank", "commend", "congratulate", "punish",
     "reward", "forgive", "rebuke", "censure"}
)  # fmt: skip
# Verbs whose object is the one to do (or not do) what their "against" gerund names
# ("warned its citizens against travelling to Japan")
_AGAINST_GERUND = frozenset({"warn", "caution", "advise"})
# Verbs that have their object acted on by others ("had the leaders detained")
_CAUSATIVES = frozenset({"have", "get"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})
# People who act for those their "of" or "from" phrase names ("representatives of Sudan's army
# and the RSF signed a declaration": the army and the RSF)
_REPRESENTATIVES = frozenset(
    {"representative", "delegate", "envoy", "emissary", "negotiator", "delegation"}
)
# Acts done with partners, whose "against" phrase names a common foe, not a partner
_ALLIED_TYPES = frozenset({"COOPERATE", "CONSULT", "AGREE", "SUPPORT", "AID"})
_SOURCE = ("from", "by")  # prepositions that name whom something comes from
_PRINCIPALS = frozenset({"behalf", "part"})  # "on behalf of X", "on the part of X": X acts
# Participles that name a go-between ("Saudi-brokered", "Egyptian-mediated", "US-backed")
_GO_BETWEEN = frozenset({"broker", "mediate", "sponsor", "back", "brokered", "mediated"})
# Participles naming who made a thing ("Soviet-made tanks"), not who has it.
_MAKERS = frozenset({"make", "made", "build", "built", "manufacture", "manufactured", "design",
                     "designed", "supply", "supplied"})  # fmt: skip
_THIRD_PARTIES = _GO_BETWEEN | _MAKERS
_ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "diplomat", "representative", "emissary", "d'affaires"}
)
# Places and things an act hits whose "of" phrase names the party hit ("shelled positions of
# the KLA", "raided the offices of the opposition party")
_OWNED_TARGETS = frozenset(
    {"position", "base", "camp", "stronghold", "headquarters", "office", "home", "house",
     "village", "town", "convoy", "outpost", "embassy", "consulate", "property", "asset",
     "hideout", "territory", "installation", "facility", "line", "post", "vessel", "ship",
     "plane", "aircraft", "radio", "newspaper", "station", "compound", "residence", "right",
     "membership", "account", "fund", "debt", "arrears"}
)  # fmt: skip
# Measures a state takes against another: their "against" phrase names whom they hit, not
# the state named before them ("lift the U.S. trade embargo against Vietnam").
_MEASURE_NOUNS = frozenset(
    {"embargo", "sanction", "sanctions", "blockade", "ban", "restriction", "restrictions",
     "boycott", "tariff", "tariffs", "quota", "quotas"}
)  # fmt: skip
_ACROSS = ("across", "over", "into")  # acts reaching past a border
# prepositions placing an act in time by talks ("agreed after talks with Clinton")
_TALKS_TIME_PREPS = frozenset({"after", "following", "during"})
# Adjectives of readiness for an act whose subject would take part in it ("was ready for a
# deal with the United States", "open to talks"; not "remained committed to the accord", one
# made before)
_READY_ADJECTIVES = frozenset({"ready", "prepared", "open", "willing", "eager", "keen"})
# Nouns whose "with" phrase names the other party ("its border with Syria", "ties with X")
_PARTNERED_NOUNS = frozenset(
    {"border", "frontier", "boundary", "tie", "ties", "relation", "relations", "link", "links",
     "contact", "contacts", "communication", "communications", "cooperation", "dialogue",
     "trade", "coordination", "exchange", "exchanges"}
)  # fmt: skip
# Nouns of taking part whose "in" phrase names the body ("froze its participation in the
# CSTO", "suspended its membership in the Commonwealth")
_MEMBERSHIP_NOUNS = frozenset({"membership", "participation", "involvement"})
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp"})
# "in protest at X", "in defiance of X", "in opposition to X": what a protest is against
_PROTEST_FRAMES = frozenset({"protest", "defiance", "opposition", "response", "reaction"})
# Nouns of a relation to another party: in an appositive they describe, not name, the actor.
_RELATIONAL_NOUNS = frozenset(
    {"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "friend", "critic",
     "supporter", "opponent", "adversary", "backer", "client", "patron", "protege", "satellite"}
)  # fmt: skip
# Verbs that own up to an act ("claimed responsibility for the bombing").
_OWNING_VERBS = frozenset({"claim", "accept", "admit", "acknowledge", "take", "assume", "bear"})
# Kinds of responsibility an official takes for what others did ("taking moral
# responsibility for the killings": the minister did not kill)
_ANSWERING_KINDS = frozenset({"moral", "political", "ministerial", "collective"})
_DASHES = frozenset({"-", "--", "—", "–"})
_SCENE_PREPS = frozenset({"in", "at", "into", "on"})
# Verbs whose subject takes part in the event noun they govern ("spent the day in talks").
_SCENE_VERBS = frozenset(
    {
        "spend",
        "engage",
        "involve",
        "gather",
        "assemble",
        "converge",
        "come",
        "arrive",
        # "co-chaired a summit with Sisi", "convened talks with the rebels": the chair takes
        # part
        "chair",
        "co-chair",
        "cochair",
        "convene",
        # "travelled to Buenos Aires for talks with Menem": the traveller talks
        "travel",
        "fly",
        "head",
        "jet",
        "participate",
        "join",
        "take",
        "be",
        "remain",
        "sit",
        "enter",
        "attend",
        "go",
        "stay",
        "put",
        "place",
        # "troops were preparing for an offensive": the offensive is theirs
        "prepare",
        "gear",
        # "led 5,000 people through Dakar in a demonstration": the leader marches too
        "lead",
        # "200,000 campaigners linked hands in a human chain"
        "link",
        # "Turkish troops crossed into northern Iraq in a major offensive": forces moving in
        # an operation carry it out
        "cross",
        "push",
        "advance",
        "pour",
        "sweep",
        "surge",
        "roll",
        "drive",
    }
)

# Verbs whose subject wields the event noun of their "with" phrase ("brought the country to a
# standstill with a general strike", "greeted the visit with protests", "hit the town with
# air strikes"); not "met with protests" or "was charged with murder".
_WIELDING_VERBS = frozenset(
    {"bring", "paralyse", "paralyze", "cripple", "shut", "close", "halt", "idle", "disrupt",
     "greet", "mark", "answer", "respond", "hit"}
)  # fmt: skip


class ActorIndex:
    """Actor keys by token, from the mentions of an ActorAnalysis."""

    def __init__(self, doc: Doc, actors: ActorAnalysis, skip: range = range(0)) -> None:
        """``skip``: token indexes that are never arguments (a dateline, "BASRA, Iraq -")."""
        self.actors = actors
        self.by_token: dict[int, list[str]] = {}
        starts = token_starts(doc)
        for m in actors.mentions:
            i = max(bisect_right(starts, m.start) - 1, 0)
            while i < len(doc) and doc[i].idx < m.end:
                token = doc[i]
                if token.idx + len(token.text) > m.start and token.i not in skip:
                    keys = self.by_token.setdefault(token.i, [])
                    if m.actor_key not in keys:
                        keys.append(m.actor_key)
                i += 1

    def keys_at(self, token: Token) -> list[str]:
        return list(self.by_token.get(token.i, ()))

    def is_actor(self, token: Token) -> bool:
        return token.i in self.by_token

    def kind(self, key: str) -> str | None:
        actor = self.actors.actors.get(key)
        return actor.kind if actor else None

    def country(self, key: str) -> str | None:
        actor = self.actors.actors.get(key)
        if actor is None:
            return None
        return actor.country or (actor.registry_id if actor.kind == "country" else None)

    def official_of(self, key: str, states: Collection[str | None]) -> bool:
        """Whether an actor acts for the government or forces of one of ``states``."""
        actor = self.actors.actors.get(key)
        sector = actor.sector if actor is not None else None
        return sector in _OFFICIAL_SECTORS and self.country(key) in states

    def governments_of(self, keys: Iterable[str]) -> set[str | None]:
        """The states whose government or forces these actors are (a state itself too)."""
        return {
            self.country(k)
            for k in keys
            if self.kind(k) == "country" or self.official_of(k, {self.country(k)})
        } - {None}


_OFFICIAL_SECTORS = frozenset({"GOV", "MIL"})


def _taker_of_people(possessive: Token) -> Token | None:
    """For a possessive in the "after" phrase of a verb of taking or punishing people
    ("detained dozens of members after their march"), that verb."""
    noun = possessive.head
    prep = noun.head
    if possessive.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ != "after":
        return None
    verb = prep.head
    verbs = load_lexicon().verbs
    taking = any(r.type == "COERCE" for f in word_forms(verb) for r in verbs.get(f, ()))
    return verb if verb.pos_ == "VERB" and taking else None


def _hosted(guest: Token) -> bool:
    """Whether a noun is the object of a verb that hosts it ("received the ministers")."""
    return bool(word_forms(guest.head) & hosting_verbs())


def _venue_part(noun: Token) -> bool:
    """Whether a noun is a part of a venue in an "on", "at" or "in" phrase ("on the steps of
    the president's office"): where an act took place, whoever its "of" phrase names."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("on", "at", "in")
        and noun.lemma_.lower() in load_lexicon().venue_part_nouns
    )


def _vessel_venue(obj: Token, meeting: Token) -> bool:
    """Whether an "on" or "aboard" object names the vessel a meeting noun was held on
    ("Saturday's session on a U.S. warship"), not a party (nor what an attack hits: "the
    attack on a Turkish ship")."""
    return (
        obj.dep_ == "pobj"
        and obj.head.lower_ in ("on", "aboard")
        and bool(word_forms(obj) & load_lexicon().vehicles)
        and any(r.type == "CONSULT" for r in noun_rules(meeting))
    )


def _dedupe(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _statement_owner(noun: Token) -> Token | None:
    """The state or body named before a statement noun ("a joint European Union statement",
    "a U.S. statement"), if any."""
    if not word_forms(noun) & STATEMENT_NOUNS:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _OWNER_ENTITIES
        ),
        None,
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through control, coordination and relative clauses."""
    seen = 0
    while seen < 8:
        seen += 1
        # a nominal subject before a clausal one: "Breaking a deadlock with Buenos Aires, the
        # IMF's board extended ...", where the parser read the opening participle as a subject
        subjects = sorted(
            (c for c in verb.children if c.dep_ in _SUBJECT_DEPS), key=lambda c: c.dep_ == "csubj"
        )
        if subjects:
            if subjects[0].lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            if subjects[0].tag_ == "VBG" or _opening_mark(verb, subjects[0]):
                # "Ending months of speculation in The Hague, the chief prosecutor ...
                # accused", "After a session of its executive, Venezuela's Democratic
                # Action party drummed ...": the opening phrase read as the subject, the
                # real one as an appositive inside it
                if subjects[0].i < verb.i and (stranded := _apposed_before(verb)) is not None:
                    return stranded
                # "Commonwealth leaders meeting in Auckland suspended Nigeria": the parser's
                # gerund subject is a participle describing the real one
                doer = [
                    c
                    for c in subjects[0].children
                    if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < subjects[0].i
                ]
                if doer and not any(c.dep_ == "dobj" for c in subjects[0].children):
                    return doer[0]
            return subjects[0]
        for child in verb.children:
            if child.dep_ == "agent" and not by_means(child):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                # "by rioting students": the parser's gerund with an object is a participle
                # before its noun
                objs += [
                    o
                    for c in child.children
                    if c.dep_ == "pcomp" and c.tag_ == "VBG"
                    for o in c.children
                    if o.dep_ == "dobj" and o.i == c.i + 1
                ]
                if objs:
                    return objs[0]
        if elided_passive(verb):  # "was flown to The Hague and handed over by Serbian
            # authorities": the doer is the "by" phrase, not the subject shared
            return next(iter(prep_objects(verb, ("by",))), None)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            # "convicted of espionage by a Tehran court": the small model hangs the
            # passive's "by" agent on the object before it
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ == "by":
                    continue
                for obj in prep.children:  # "of espionage", "of spying"
                    if obj.dep_ in ("pobj", "pcomp") and (doers := prep_objects(obj, ("by",))):
                        return doers[0]
        for hands in prep_objects(verb, ("at",)):  # "killed at the hands of security forces"
            if hands.lower_ == "hands" and (doers := prep_objects(hands, ("of",))):
                return doers[0]
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "unless sanctions are lifted", "said ... but no one was injured": a
            # passive clause of its own, doer unnamed
        if (
            verb.dep_ in ("conj", "xcomp")
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not _raising_passive(verb)
        ):
            return None  # "the activists were safe and would be deported", "did not want to
            # be accused": the subject the passive shares is the one acted on, doer unnamed
        if (stranded := _apposed_before(verb)) is not None:
            return stranded
        for child in verb.children:  # "Turkey massed troops": a name the parser took for an
            # adverbial noun phrase, opening the clause of a finite verb with no subject
            if (
                child.dep_ == "npadvmod"
                and child.pos_ == "PROPN"
                and child.i < verb.i
                # opening the clause, or right before the verb after an opening phrase
                # ("Following the coup, the Commonwealth suspended ...")
                and (child.left_edge.i == verb.left_edge.i or child.i == verb.i - 1)
                and verb.tag_ in ("VBD", "VBZ", "VBP")
            ):
                return child
        if (stranded := _subject_across_semicolon(verb)) is not None:
            return stranded
        head = verb.head
        if head.i == verb.i:
            return None
        if (reason := reason_doer(verb)) is not None:
            return reason  # "sentenced three opposition leaders ... for refusing to testify"
        if finite_on_root_noun(verb):
            return head  # "The rebels handed over their weapons": a finite verb hung on the
            # noun the parser took for the root
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBN":
            if _causative(verb):
                verb = head.head  # "had 40 peasant leaders detained": the one who had it done
                continue
            # (a verb whose object does its infinitive, with none, is a passive: "Russian
            # diplomats allowed to work at its embassy" are allowed)
            told = bool(word_forms(verb) & _OBJECT_CONTROL)
            if any(
                c.dep_ == "dobj"
                or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not told)
                # "The Nigerian junta offered on Sunday to send ...": the infinitive read as
                # a clause of purpose
                or (c.dep_ == "advcl" and to_infinitive(c) and not told)
                for c in verb.children
            ):
                return head  # a finite verb the parser took for a participle ("unions threatened
                # on Monday to call a strike")
            # "nationals suspected of ...", "a plan drawn up by X": the noun is the patient;
            # the doer is the "by" agent, if any (the verb's own agent was checked above)
            return None
        if (
            verb.dep_ == "acl"
            and head.pos_ in ("NOUN", "PROPN")
            and verb.tag_ == "VBG"
            and not word_forms(head) & STATEMENT_NOUNS  # "a statement backing ...": below
        ):
            return head  # "troops attacking the town": the noun does it
        if (
            verb.dep_ in ("acl", "relcl")
            and head.dep_ == "attr"
            and word_forms(head.head) & {"be", "become", "remain"}
            and to_infinitive(verb)
        ):
            verb = head.head  # "Turkey became the first country to recognise Azerbaijan"
            copula = verb
            if (
                any(c.dep_ == "expl" for c in copula.children)
                and copula.dep_ == "ccomp"
                and load_cues().has("reporting_verbs", copula.head)
            ):
                # "Trump said there was no reason to meet Xi": the one who says so
                verb = copula.head
            continue
        if (addressed := _addressed_by_noun(verb)) is not None:
            return addressed  # "put pressure on Belgrade to free ...": Belgrade is to free
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):  # "the desire of X to meet"
            for child in head.children:
                if child.dep_ == "poss":
                    return child
                if child.dep_ == "prep" and child.lower_ in ("of", "by"):
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if (owner := _statement_owner(head)) is not None:
                return owner  # "blocked a joint European Union statement calling for ...": the
                # Union's statement
            if head.dep_ == "dobj" and word_forms(head) & STATEMENT_NOUNS:
                verb = head.head  # "issued a declaration demanding ...": the issuer demands
                continue
            if (
                head.dep_ == "dobj"
                and to_infinitive(verb)
                and word_forms(head) & load_lexicon().effort_nouns
                # (not "welcomed any effort to end the war": whoever makes it)
                and word_forms(head.head) & load_lexicon().light_verbs
            ):
                verb = head.head  # "Iran made efforts to meet Iraq": the one making them
                continue
            if (
                head.dep_ == "dobj"
                and to_infinitive(verb)
                and word_forms(head) & load_lexicon().accord_nouns
                and word_forms(head.head) & load_lexicon().light_verbs
            ):
                # "Israel signed agreements to establish relations with the UAE and Bahrain":
                # the signer acts (not the two the relations are with)
                verb = head.head
                continue
            if (  # "said ... in a statement condemning the bombing": the one who said it
                head.dep_ == "pobj"
                and head.head.lower_ in ("in", "through", "via")
                and word_forms(head) & STATEMENT_NOUNS
                and head.head.head.pos_ in ("VERB", "AUX")
            ):
                verb = head.head.head
                continue
            return None
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        ):
            return None  # "voted to cut its force, as fighting between the army and rebels
            # spread": a noun the parser read as a participle, no act of the main subject
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.i > 0
            and (before := verb.doc[verb.i - 1]).pos_ in ("NOUN", "PROPN")
            and before.dep_ == "pobj"
            # (but "delivered a protest note to the Chinese embassy accusing ...": the note
            # accuses, for its sender)
            and not any(c.dep_ == "dobj" and word_forms(c) & STATEMENT_NOUNS for c in head.children)
        ):
            return before  # "shipped missiles to Afghan mujahideen fighting Soviet forces": with
            # no comma, the participle describes the noun before it (not an object's: "attacked
            # the magnate accusing him of ..." is the attackers' accusation)
        if (
            verb.dep_ == "xcomp"
            and head.dep_ == "relcl"
            and load_cues().has("intending_governors", head)
            and wanted_of_relative(verb)
        ):
            return head.head  # "Berisha, whom the rebels want to step down": he would go
        if verb.dep_ == "xcomp":  # "Albright is scheduled to meet", "Iran was urged to halt"
            passive = [c for c in head.children if c.dep_ == "nsubjpass"]
            if passive:
                return passive[0]
        if verb.dep_ == "xcomp" and word_forms(head) & _OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objs:
                return objs[0]
        if verb.dep_ == "advcl" and to_infinitive(verb) and word_forms(head) & _OBJECT_CONTROL:
            # "to press Syria to resume talks with Israel": the infinitive right after the
            # object, read as a clause of purpose, is what the object is pressed to do (not
            # "invited Putin to Alaska to discuss ...": a purpose after a destination)
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objs and objs[0].right_edge.i + 1 == verb.left_edge.i:
                return objs[0]
        if (
            verb.dep_ == "advcl"
            and to_infinitive(verb)
            and load_cues().has("time_giving_verbs", head)
        ):
            # "had given Kyiv until Thursday to accept the plan", "gave the junta one week to
            # reinstate him": the one given the time
            spans = [c for c in head.children if given_span(c)]
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative") and c not in spans]
            if objs and (objs[0].pos_ == "PROPN" or spans):
                return objs[0]
        if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))) and word_forms(
            head
        ) & _ADDRESSEE_CONTROL:
            # "called on Turkey to withdraw", "appealed to the UN to send": the one addressed
            # (also read as a clause of purpose: "appealed to Arab states on Wednesday to
            # mediate")
            addressed = prep_objects(head, ("on", "upon", "to"))
            if addressed:
                return addressed[0]
        if (holder := culpable_for(verb)) is not None:  # "are guilty of violating the truce"
            return culprit(holder)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        ):
            return None  # "would retaliate if attacked": the subject there is the one attacked
        if (shared := _coordinated_subject(verb)) is not None:
            return shared
        if finite_after_participle(verb):  # "Protesters calling for X torched vehicles"
            verb = head
            continue
        if (reporter := _reporter_of_said_thing(verb)) is not None:
            verb = reporter  # "said that the Saudi account lacked credibility and demanded an
            # inquiry": an account demands nothing; the parser joined the sayer's second act
            continue
        if verb.dep_ == "conj" and (twin := _parallel_relative(verb)) is not None:
            verb = twin  # "the armistice that ended hostilities ..., but didn't end the war"
            continue
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") or head.pos_ == "ADJ":
            if verb.dep_ == "pcomp" and head.dep_ == "prep":
                prevented = head.lower_ == "from" and load_cues().has(
                    "preventing_governors", head.head
                )  # "Iraq was prevented from attacking", "kept Iraq from attacking"
                if (
                    prevented
                    or (head.lower_ in ("of", "for") and word_forms(head.head) & _OBJECT_GERUND)
                    or (head.lower_ == "against" and word_forms(head.head) & _AGAINST_GERUND)
                ):
                    # the object, or the passive subject ("Georgia was accused of ...")
                    objs = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
                    if objs:
                        return objs[0]
                    accused = head.head
                    if accused.dep_ == "acl" and accused.tag_ == "VBN":
                        return accused.head  # "two nationals suspected of blowing up a plane"
                    if accused.dep_ == "relcl":
                        # "officials it accused of helping Colombian rebels": with no object
                        # of its own, the relative clause's noun is the one accused
                        return accused.head
                head = head.head
            verb = head
            continue
        return None
    return None


def _reporter_of_said_thing(verb: Token) -> Token | None:
    """The reporting verb a finite conjunct belongs to when the parser joined it to a reported
    clause whose subject is a thing said (``proposal_nouns``: "the Saudi account lacked
    credibility and demanded ...")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.dep_ != "ccomp":
        return None
    if head.head.pos_ not in ("VERB", "AUX"):
        return None
    said = [c for c in head.children if c.dep_ == "nsubj"]
    if not said or said[0].pos_ != "NOUN" or said[0].lemma_.lower() not in proposal_nouns():
        return None
    return head.head


def _raising_passive(verb: Token) -> bool:
    """Whether a passive verb only frames its infinitive ("is expected to hold talks", "is
    said to have met", ``raising_passives``): the subject it shares does that act."""
    return verb.lemma_.lower() in load_lexicon().raising_passives and any(
        c.dep_ == "xcomp" for c in verb.children
    )


def _joined_partners(verb: Token) -> list[Token]:
    """The ones a subject joins in an act ("France joined Britain in condemning the attack",
    "joining thousands of demonstrators in demanding a referendum"): the object of "join"
    when the act is its "in" phrase's gerund."""
    prep = verb.head
    if not (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "in"):
        return []
    joined = prep.head
    if prep.dep_ != "prep" or joined.lemma_.lower() != "join":
        return []
    return [c for c in joined.children if c.dep_ == "dobj"]


def _addressed_by_noun(verb: Token) -> Token | None:
    """The party an appeal or pressure noun is directed at, for the infinitive saying what it
    is to do ("put pressure on Belgrade to free the prisoners", "the call on Iran to halt
    enrichment", "made a plea to the rebels to release ...")."""
    if not to_infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ == "acl" and word_forms(head) & _ADDRESSEE_NOUNS:
        nouns, carrier = [head], head.head if head.dep_ == "dobj" else None
    elif verb.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        nouns = [c for c in head.children if c.dep_ == "dobj" and word_forms(c) & _ADDRESSEE_NOUNS]
        carrier = head
    else:
        return None
    for noun in nouns:
        addressed = prep_objects(noun, ("on", "upon", "to"))
        if not addressed and carrier is not None:
            addressed = prep_objects(carrier, ("on", "upon"))
        if addressed:
            return addressed[0]
    return None


def _coordinated_subject(verb: Token) -> Token | None:
    """The subject of an active finite verb the parser coordinated with a passive or a
    "whose" clause: the noun a "whose" relative clause describes ("Authorities in Gabon, whose
    mines are run by French firms, expelled ...": the parser made "expelled" a conjunct of
    "run"), else the passive's subject, not its "by" agent ("the envoy was received by Assad
    and left for Amman": the envoy left)."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    ):
        return None
    if head.dep_ == "relcl" and any(whose_subject(c) for c in head.children):
        return head.head
    patients = [c for c in head.children if c.dep_ == "nsubjpass" and not whose_subject(c)]
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return patients[0] if passive and patients else None


def _causative(verb: Token) -> bool:
    """Whether a participle hangs on the object of a causative "have" or "get" ("had some
    40 peasant leaders detained", "got the prisoners moved"): its doer is that verb's
    subject."""
    holder = verb.head.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.dep_ == "dobj"
        and holder.lemma_.lower() in _CAUSATIVES
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def culprit(holder: Token) -> Token | None:
    """Who a word of blame (:func:`culpable_for`) blames: the subject of "was responsible",
    the object of "held Pakistan responsible"; nobody when the blame is denied."""
    if blame_denied(holder):
        return None
    if object_predicate(holder):
        objects = [c for c in holder.head.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
    return subject_of(holder.head if holder.dep_ in ("acomp", "xcomp") else holder)


# prepositions of a place next to where an event was ("protested outside the American embassy
# in Panama City", "shot down near Belgrade"): their town is the event's, a country is not
_NEAR_PREPS = ("outside", "near")


class Arguments:
    """Finds the actors and the place of one trigger."""

    def __init__(
        self,
        index: ActorIndex,
        place: Callable[[str], Location | None],
        quotes: Sequence[Quote] = (),
    ) -> None:
        self.index = index
        # direct quotations with a known speaker: "we" and "I" inside them are the speaker
        self.spoken = [(q.start, q.end, q.speaker) for q in quotes if q.direct and q.speaker]
        self.quoted = [(q.start, q.end) for q in quotes if q.direct]
        self.place = place

    # ------------------------------------------------------------------ actors
    def phrase(self, head: Token | None, depth: int = 0) -> list[str]:
        """Actor keys of the noun phrase headed by ``head`` (conjuncts and appositions too)."""
        if head is None or depth > 4:
            return []
        keys = self.index.keys_at(head) or self._pronoun(head, depth)
        if not keys and _venue_part(head):
            return []  # "announced the deal on the steps of the president's office": where
        if (represented := self._represented(head, depth)) and not any(
            self.index.kind(k) == "person" for k in keys
        ):
            keys = represented
        if (
            keys
            and head.lemma_.lower() == "member"
            and all(self.index.kind(k) == "group" for k in keys)
        ):
            # "American members of the UN arms inspection team": the body they serve in
            bodies = [
                k for k in self._members_of(head, depth) if self.index.kind(k) == "organization"
            ]
            keys = bodies or keys
        if self._member_state(head, keys):
            return []  # "a NATO member has fired": one of its states, not the alliance
        if keys and all(self._bare_group(k) for k in keys):
            # "U.N. helicopters", "Hezbollah guerrillas", "a spokesman for the ministry",
            # "members of Hamas"
            keys = (
                self._owners(head)
                or self._spoken_for(head, depth)
                or self._members_of(head, depth)
                or keys
            )
        if keys and all(self.index.kind(k) == "group" for k in keys):
            # "a suicide bomber from the militant group Hamas", "rebels of the Revolutionary
            # United Front": the body the group comes from, not the state of the scene
            # (not "supporters of the ruling party": civilians who back it)
            civilians = any(self._sector(k) == "CVL" for k in keys)
            # a national contingent of an international force stays its state's ("Ghanaian
            # soldiers of the UN force"); a body of no state is no origin to take
            stateless = not any(self.index.country(k) for k in keys)
            origin = [
                k
                for o in prep_objects(head, ("from",) if civilians else ("from", "of"))
                for k in self.phrase(o, depth + 1)
                if self.index.kind(k) == "organization"
                and (self.index.country(k) or (stateless and self._sector(k) == "IGO"))
            ]
            keys = origin or keys
        # keys that name whose the noun is, not the noun itself ("the EU's foreign policy chief")
        owners_only = False
        if not keys and head.lemma_.lower() not in load_lexicon().situation_nouns:
            # not "discussed the Kosovo crisis": what it is about
            core = [c for c in head.children if c.dep_ in _NOUN_CORE_DEPS]
            keys = [k for c in core for t in _modifier_words(c) for k in self.index.keys_at(t)]
            owners_only = bool(keys)
            if head.lemma_.lower() in load_lexicon().facility_nouns:
                # "Walter Reed hospital": the name names the place ("a UN hospital" is the UN's)
                keys = [k for k in keys if not self._mere_name(k)]
            if (
                head.lemma_.lower() in load_lexicon().spot_nouns
                and head.dep_ == "pobj"
                and head.head.lower_ in _SCENE_PREPS
            ):
                keys = []  # "shook hands on the White House lawn": where, not with whom
        if not keys and head.tag_ == "NNS" and is_place_noun(head):
            # "a blockade of Lebanon's ports": the state whose places they are
            # (not "its ports": a possessive pronoun is the doer's own)
            owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            keys = [
                k for c in owners for k in self.index.keys_at(c) if self.index.kind(k) == "country"
            ]
            owners_only = bool(keys)
        if not keys:
            keys = self._members_of(head, depth)
            owners_only = bool(keys)
        if not keys:  # "a battalion of 800 Ghanaian soldiers", "a contingent of Ugandan troops"
            keys = [k for o in held_by_partitives([head]) for k in self.phrase(o, depth + 1)]
        placed_person = any(
            self.index.kind(k) == "person" and (self.index.country(k) or self._affiliated(k))
            for k in keys
        )
        members = load_lexicon().member_nouns
        for child in head.children:
            if any(g.dep_ == "neg" for g in child.children):
                continue  # "Israel, but not Syria, attended": Syria did not
            if child.dep_ == "appos" and placed_person and word_forms(child) & members:
                continue  # "King Hassan, chairman of the Jerusalem committee": his office
            if child.dep_ == "conj":
                if any(t.text == ";" for t in head.doc[head.i + 1 : child.i]):
                    continue  # "a call with Lavrov; the Russians ... have helped": a new clause
                keys += self.phrase(child, depth + 1)
            elif (
                # "Pakistan, a key U.S. ally, ...": an appositive saying whose ally it is
                # names the ally, not the United States
                child.dep_ == "appos"
                and child.lemma_.lower() not in _RELATIONAL_NOUNS
                and not attribution_object(child)  # "..., the Itar-Tass agency reported"
            ):
                # "Hezbollah, the Iranian-backed Shi'ite movement": a description of a named
                # party is no second party
                named = bool(keys) and all(self.index.kind(k) != "group" for k in keys)
                states = {self.index.country(k) for k in keys}
                apposed = self.phrase(child, depth + 1)
                if (
                    word_forms(child) & members
                    and keys
                    and apposed
                    and all(self.index.kind(k) == "person" for k in keys + apposed)
                ):
                    continue  # "Richard Grenell, the special envoy of President Trump": the
                    # one he speaks for is no party
                if (
                    keys
                    and apposed
                    and all(self.index.kind(k) == "person" for k in apposed)
                    and (
                        # (a person of no known state or body stays beside the owner: "the
                        # tribunal's prosecutor, Louise Arbour")
                        owners_only
                        and all(self.index.country(k) or self._affiliated(k) for k in apposed)
                        or (
                            all(self.index.kind(k) == "group" for k in keys)
                            and states <= {None} | {self.index.country(k) for k in apposed}
                        )
                    )
                ):
                    # "the Chinese ambassador, Wu Jianghao", "the European Union's foreign
                    # policy chief, Kaja Kallas": the description is the person
                    keys = list(apposed)
                    continue
                keys += [
                    k
                    for k in apposed
                    # "Elektroprivreda Srbije, the state-run Serbian power company": a group
                    # noun describing a named party of its state is that party
                    if not (keys and self._bare_group(k))
                    and not (
                        named and self.index.kind(k) == "group" and self.index.country(k) in states
                    )
                ]
        if keys and all(self.index.kind(k) == "person" for k in keys):
            keys += self._people_joined_before(head)
        return _dedupe(keys)

    def _people_joined_before(self, head: Token) -> list[str]:
        """People named before a name and joined to it by "and", which the parser hung among
        the name's modifiers ("met President Ursula von der Leyen and President Antonio
        Costa": "Leyen" a modifier of Costa's title)."""
        found: list[str] = []
        for word in head.doc[head.left_edge.i : head.i]:
            if word.dep_ == "cc" and word.lower_ == "and" and word.i > head.left_edge.i:
                before = head.doc[word.i - 1]
                found += [k for k in self.index.keys_at(before) if self.index.kind(k) == "person"]
        return found

    def _members_of(self, head: Token, depth: int) -> list[str]:
        """The body a member noun stands for: "the leaders of X", "envoys from X", "X's
        parliament" (not "his aide"), "governments in X" (X an organisation), or the person
        an office speaks for ("Netanyahu's office")."""
        lexicon = load_lexicon()
        forms = word_forms(head)
        agent = bool(forms & lexicon.agent_member_nouns)
        if not forms & lexicon.member_nouns and not agent:
            return []
        for_person = bool(forms & lexicon.person_member_nouns)
        preps = ("of", "from", "for") if agent else ("of", "from")
        body = bool(forms & lexicon.body_member_nouns)

        def objects(prep: Token) -> list[str]:
            return [k for o in prep.children if o.dep_ == "pobj" for k in self.phrase(o, depth + 1)]

        keys: list[str] = []
        for child in head.children:
            if child.dep_ == "poss" and not (body and child.pos_ == "PRON"):
                keys += [
                    k
                    for k in self.phrase(child, depth + 1)
                    if for_person or self.index.kind(k) != "person"
                ]
            if child.dep_ == "prep" and child.lower_ in preps:
                keys += objects(child)
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "within")
                and not (head.dep_ == "dobj" and _hosted(head))
            ):
                # "creditor governments in the Paris Club": members of an organisation (not
                # "officials in Baghdad", a place; nor "received the ministers in the
                # Kremlin", where the host received them)
                keys += [k for k in objects(child) if self.index.kind(k) == "organization"]
            if child.dep_ == "amod" and child.lemma_.lower() in lexicon.loyalty_adjectives:
                for prep in child.children:  # "militants loyal to Zarqawi"
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                        keys += objects(prep)
        return keys

    def _spoken_for(self, head: Token, depth: int) -> list[str]:
        """The body a spokesperson speaks for ("a spokesman for the Chinese Foreign
        Ministry"): the actor a coder names."""
        if head.lemma_.lower() not in _SPOKES:
            return []
        return self._principals(head, ("for", "of"), depth)

    def _represented(self, head: Token, depth: int) -> list[str]:
        """Those an unnamed group of representatives acts for ("representatives of Sudan's
        army and the RSF", "delegates from Hamas"): no person."""
        if head.lemma_.lower() not in _REPRESENTATIVES or head.pos_ != "NOUN":
            return []
        return self._principals(head, ("of", "from"), depth)

    def _principals(self, head: Token, preps: tuple[str, ...], depth: int) -> list[str]:
        """The actors but people named in the ``preps`` phrases of one who acts for them."""
        return [
            k
            for obj in prep_objects(head, preps)
            for k in self.phrase(obj, depth + 1)
            if self.index.kind(k) != "person"
        ]

    def _mere_name(self, key: str) -> bool:
        """A person or organisation known only by its name (no registry entry)."""
        actor = self.index.actors.actors.get(key)
        return (
            actor is not None
            and actor.kind in ("person", "organization")
            and actor.registry_id is None
        )

    def _affiliated(self, key: str) -> bool:
        """Whether an actor acts for a body ("U.N. Secretary-General Kofi Annan" in 2000)."""
        actor = self.index.actors.actors.get(key)
        return actor is not None and actor.affiliation is not None

    def _armed_means(self, head: Token) -> bool:
        """Whether a "with" phrase names armed men by a common noun, of no state or of the
        doer's own ("with thousands of soldiers", "with its troops"): the means of an act,
        not its party."""
        keys = self.phrase(head) if head.dep_ == "pobj" and head.head.lower_ == "with" else []
        armed = load_lexicon().armed_sectors
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
        return (
            head.pos_ == "NOUN"
            and bool(keys)
            and all(self._sector(k) in armed and (own or self._bare_group(k)) for k in keys)
        )

    def _sector(self, key: str) -> str | None:
        actor = self.index.actors.actors.get(key)
        return actor.sector if actor is not None else None

    def _bare_group(self, key: str) -> bool:
        actor = self.index.actors.actors.get(key)
        return actor is not None and actor.kind == "group" and actor.country is None

    def _owners(self, head: Token) -> list[str]:
        """States and organisations that modify a group noun ("NATO troops", "Vietnamese-led
        forces"): the ones a coder names as the actor."""
        return _dedupe(
            k
            for c in head.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
            for k in self._named_before(c)
        )

    def _named_before(self, modifier: Token) -> list[str]:
        """States and organisations named in a word before a noun ("NATO" in "NATO troops",
        "French" in "the French decision")."""
        if modifier.lemma_.lower() in _THIRD_PARTIES:
            return []  # "Soviet-made tanks" are not the Soviet Union's
        return [
            k
            for t in modifier.subtree
            if not aligned(t)  # "pro-Iranian militiamen" are not Iran's
            for k in self.index.keys_at(t)
            if self.index.kind(k) in ("country", "organization")
        ]

    def _pronoun(self, token: Token, depth: int = 0) -> list[str]:
        """A pronoun the actor analysis left unresolved: the subject of an enclosing clause."""
        low = token.lower_
        if token.pos_ == "PRON" and low in _FIRST_PERSON:
            # '"We will attack if provoked," the defence minister said': the speaker's side
            return [k for start, end, k in self.spoken if start <= token.idx < end][:1]
        if token.pos_ != "PRON" or low not in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
            return []
        wanted = {"person"} if low in _PERSON_PRONOUNS else {"country", "organization", "group"}
        if (
            low == "it"
            and token.dep_ in _SUBJECT_DEPS
            and token.head.dep_ in ("ccomp", "xcomp")
            and let_happen(token.head)
        ):
            return []  # "would not let it spoil relations": what is let act, not the one letting
        if low in ("them", "him", "her") and token.dep_ in _SUBJECT_DEPS:
            # "kept the crowds back but did not stop them throwing rocks": the doer of a clause
            # told of an object pronoun is whom the verb above acts on, not its subject
            return self._object_before(token, wanted)
        if (
            low in _PLURAL_PRONOUNS
            and (taker := _taker_of_people(token)) is not None
            and (taken := self._plural_object_before(taker, token, wanted, depth))
        ):
            return taken  # "police detained dozens of members after their weekly march":
            # those taken marched, not the police
        plural = self._plural_subject_above(token, wanted, depth) if low in _PLURAL_PRONOUNS else []
        if plural:
            return plural  # "Leaders of the G7 called for calm between Israel and Iran, in a
            # statement issued at their summit": the leaders', a plural subject
        if low in _PLURAL_PRONOUNS and (pair := self._pair_before(token, wanted)):
            return pair  # "sanctions on India and Pakistan after their nuclear tests"
        possessive = token.dep_ == "poss"
        # '"He should have shot it down," Rubio said': a speaker calls himself "I", so a
        # third person inside his words is not the subject outside them
        quote = next(((a, b) for a, b in self.quoted if a <= token.idx < b), None)
        node = token.head
        own_clause = True
        # "said ... and urged it to stop": an object is not its own verb's doer
        doer = subject_of(node) if token.dep_ in ("dobj", "dative") else None
        for _ in range(10):
            if node.pos_ in ("VERB", "AUX") and (possessive or not own_clause):
                subj = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS), None)
                if subj is not None and subj == doer:
                    return []
                if subj is not None and quote and not quote[0] <= subj.idx < quote[1]:
                    return []
                if (
                    low == "it"
                    and subj is not None
                    and subj.tag_ in ("NNS", "NNPS")
                    and not any(c.dep_ == "conj" for c in subj.children)
                ):
                    return []  # "Greek Cypriot voters rejected the plan, while Turkish
                    # Cypriots approved it": "it" is no plural group
                if subj is not None and subj.i != token.i and subj.i not in _subtree_ids(token):
                    found = self.index.keys_at(subj) or self.phrase(subj, depth + 1)
                    keys = [k for k in found if self.index.kind(k) in wanted]
                    if (
                        not keys
                        and low in _PLURAL_PRONOUNS
                        and any(c.dep_ == "conj" for c in subj.children)
                        and len(joined := self.phrase(subj, depth + 1)) > 1
                    ):
                        # "Bush and Putin failed to resolve their dispute, officials said":
                        # the people joined in the subject of the clause, not the reporters
                        keys = joined
                    if keys and low in _PLURAL_PRONOUNS and _single(subj):
                        # "Israel carried out a strike on Hamas leaders as they met": a plural
                        # noun acted on before the pronoun, not a single subject
                        keys = self._plural_object_before(node, token, wanted, depth) or keys
                    if keys and token.dep_ in _SUBJECT_DEPS:
                        # "shot down a Russian bomber, saying it had violated Turkish
                        # airspace": not Turkey's own forces
                        owners = {
                            self.index.country(k)
                            for w in sovereign_owner_words(token.head)
                            for k in self.index.keys_at(w)
                        }
                        keys = [k for k in keys if self.index.country(k) not in owners]
                        if not keys:
                            return []
                    if keys:
                        return keys
                    if not found and _stands_for(token, subj):
                        return []  # "tuft cells ... because they can communicate": the cells
            if node.pos_ in ("VERB", "AUX"):
                own_clause = False
            if node.head.i == node.i:
                break
            node = node.head
        if low == "they" and token.dep_ in _SUBJECT_DEPS and token.head.dep_ == "ROOT":
            return self._plural_subject_before(token, wanted, depth)
        return []

    def _plural_object_before(
        self, verb: Token, token: Token, wanted: set[str], depth: int
    ) -> list[str]:
        """The actors of the latest plural common noun before ``token`` that is an object in
        ``verb``'s clause, outside the pronoun's own clause, if it names any of ``wanted``."""
        own = _subtree_ids(token.head)
        nouns = [
            t
            for t in verb.subtree
            if t.i < token.i and t.i not in own and t.tag_ == "NNS" and t.dep_ in ("dobj", "pobj")
        ]
        for noun in reversed(nouns):
            keys = [k for k in self.phrase(noun, depth + 1) if self.index.kind(k) in wanted]
            if keys:
                return keys
        return []

    def _plural_subject_before(self, token: Token, wanted: set[str], depth: int) -> list[str]:
        """The actors of the previous sentence's subject when it is a plural noun ("The M23
        rebels ... did not take part in the talks. They have been negotiating ...")."""
        if token.sent.start == 0:
            return []
        before = token.doc[token.sent.start - 1].sent
        subj = subject_of_clause(before.root)
        if subj is None or subj.tag_ not in ("NNS", "NNPS"):
            return []
        return [k for k in self.phrase(subj, depth + 1) if self.index.kind(k) in wanted]

    def _plural_subject_above(self, token: Token, wanted: set[str], depth: int) -> list[str]:
        """The actors of the nearest plural noun subject of a clause above the pronoun
        ("Leaders of the Group of Seven called ..."), if it names any of ``wanted``, past
        the subjects that name one party ("Danish special forces left Mali after the junta said
        they had been deployed without its consent": the forces)."""
        node = token
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS), None)
            if subj is None or subj.i in _subtree_ids(token):
                continue
            if token.dep_ in ("nsubj", "nsubjpass") and _single(subj) and subj.pos_ == "NOUN":
                continue  # (a subject pronoun of a clause below: not "their signatures")
            if subj.tag_ not in ("NNS", "NNPS"):
                return []
            found = self.index.keys_at(subj) or self.phrase(subj, depth + 1)
            return [k for k in found if self.index.kind(k) in wanted]
        return []

    def _object_before(self, token: Token, wanted: set[str]) -> list[str]:
        """The actors of the nearest direct object earlier in the sentence of the pronoun's
        number ("kept the crowds back ... stop them")."""
        plural = token.lower_ == "them"
        for node in reversed(token.doc[token.sent.start : token.i]):
            if node.dep_ != "dobj" or (node.tag_ in ("NNS", "NNPS")) != plural:
                continue
            keys = [k for k in self.index.keys_at(node) if self.index.kind(k) in wanted]
            if keys:
                return keys
        return []

    def _pair_before(self, token: Token, wanted: set[str]) -> list[str]:
        """The nearest actors joined by a conjunction earlier in the sentence ("India and
        Pakistan"), or named by one plural phrase ("sanctions on both countries after their
        nuclear tests"): what a plural pronoun most likely stands for."""
        for node in reversed(token.doc[token.sent.start : token.i]):
            if node.tag_ in ("NNS", "NNPS") and not node.conjuncts:
                named = [k for k in self.index.keys_at(node) if self.index.kind(k) in wanted]
                if len(named) > 1:
                    return named
            if node.dep_ == "conj" or not node.conjuncts:
                continue
            keys = _dedupe(
                k
                for t in (node, *node.conjuncts)
                for k in self.index.keys_at(t)
                if self.index.kind(k) in wanted
            )
            if len(keys) > 1:
                return keys
        return []

    def _member_state(self, head: Token, keys: list[str]) -> bool:
        """Whether a noun phrase is "a NATO member", "an EU member state": one member of a
        body of states, named by the body before the noun with an indefinite article (not
        "Hamas members", people of the group)."""
        member_state = head.lemma_.lower() == "state" and any(
            c.dep_ == "compound" and c.lower_ == "member" for c in head.children
        )  # "a NATO member state"
        if not (head.lemma_.lower() == "member" or member_state) or head.tag_ != "NN":
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return False
        bodies = [
            k
            for c in head.children
            if c.dep_ in ("compound", "nmod")
            for k in self.index.keys_at(c)
            if self.index.kind(k) == "organization"
        ]
        return (
            bool(bodies)
            and all(self._sector(k) == "IGO" for k in bodies)
            and all(self.index.kind(k) == "group" for k in keys)
        )

    def phrases(self, heads: Iterable[Token]) -> list[str]:
        """Actor keys of the noun phrases headed by ``heads``."""
        return _dedupe(k for head in heads for k in self.phrase(head))

    def keys_in(self, token: Token) -> list[str]:
        """Actor keys of every mention in the subtree of ``token``."""
        return _dedupe(k for t in token.subtree for k in self.index.keys_at(t))

    def adjective_objects(self, adjective: Token) -> list[str]:
        """Whom an attitude adjective is about: the object of its preposition ("critical of
        Israel", "opposed to Iran"), else that object's owner ("opposed to the plan by China",
        "supportive of Egypt's plan")."""
        objects = prep_objects(adjective, ("of", "to", "toward", "towards", "about"))
        return self.phrases(objects) or self.phrases(
            owner
            for o in objects
            for owner in [c for c in o.children if c.dep_ == "poss"] + prep_objects(o, _SOURCE)
        )

    def asked_of(self, verb: Token) -> list[str]:
        """Whom a request is put to through a "from" phrase on the verb or on what is asked
        for ("demanded compensation from Iraq", "sought guarantees from the government"), else
        the "by" phrase of what is asked for ("demanded a withdrawal by Syria")."""
        holders = [verb] + [
            c
            for c in verb.children
            # not the place an act asked for moves someone from ("demanded the withdrawal
            # of Iraq's forces from Kuwait", "the release of prisoners from jail")
            if c.dep_ == "dobj" and not any(r.type == "RETREAT" for r in noun_rules(c))
        ]
        asked = self.phrases(o for holder in holders for o in prep_objects(holder, ("from",)))
        # "demanded an immediate admission by Moscow": whom the act asked for is by
        return asked or self.phrases(
            o for holder in holders[1:] for o in prep_objects(holder, ("by",))
        )

    def protested(self, *holders: Token) -> list[str]:
        """Whom a protest is against, from the phrases on its verb or noun that say what it
        is for: "to protest Sweden's decision", "to demand the resignation of President X",
        "in defiance of Chinese authorities", "in protest of the government's refusal" (not
        the clauses inside them: "... decision to send them back to Bulgaria")."""
        from storyline.events.status import load_cues

        cues = load_cues()
        phrases = []
        for child in (c for holder in holders for c in holder.children):
            if child.dep_ in ("advcl", "xcomp", "acl") and cues.has("expressive_purposes", child):
                phrases.append(child)  # "to protest ...", "to demand ..."
            elif child.dep_ == "prep" and child.lower_ == "against":
                phrases.append(child)
            elif child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in _PROTEST_FRAMES:
                        phrases.append(obj)  # "in defiance of X", "in protest against X"
        return _dedupe(k for p in phrases for k in self._keys_outside_clauses(p))

    def _keys_outside_clauses(self, token: Token) -> list[str]:
        """Actor keys in the phrase of ``token``, not descending into clauses it contains."""
        keys: list[str] = []
        stack = [token]
        while stack:
            node = stack.pop()
            keys += self.index.keys_at(node)
            stack += [c for c in node.children if c.dep_ not in _CLAUSE_DEPS]
        return _dedupe(keys)

    def source_of_verb(self, verb: Token) -> list[str]:
        """Actor keys of the verb's subject; when the parser gave the verb two subjects and
        the first names no actor (a dateline read as one: "SEOUL, South Korea (AP) -- North
        Korea fired ..."), the other."""
        subject = subject_of(verb)
        keys = self.phrase(subject)
        if not keys and subject is not None and subject.pos_ == "NOUN":
            # "a car bomb planted by ETA ripped through ...", "missiles fired by a drone
            # slammed into ...": a thing's maker or user named in its participle acts
            # (not a go-between: "the deal, brokered by Turkey, had allowed Ukraine to export")
            keys = self.phrases(
                o
                for c in subject.children
                if c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() not in load_lexicon().mediating_verbs
                for o in prep_objects(c, ("by",))
            )
        holder = subject.head if subject is not None else verb
        shared = holder.i == verb.i or (verb.dep_ == "conj" and holder.i == verb.head.i)
        if not keys and subject is not None and shared:  # also for the verb coordinated with
            # the one holding both ("MOSCOW (Reuters) - Russia accused ... and warned ...")
            others = [c for c in holder.children if c.dep_ == subject.dep_ and c.i != subject.i]
            keys = self.phrases(others)
        if keys:  # "France joined Britain in condemning ...": both condemn
            keys = _dedupe([*keys, *self.phrases(_joined_partners(verb))])
        return keys

    def passive_patient(self, verb: Token) -> list[str]:
        """The subject a passive verb shares with the verb it is coordinated with ("Moon
        arrived and was met by Kim": Moon) or the clause its "being" phrase hangs on ("the
        leader died after being beaten by police": the leader)."""
        return self.phrase(shared_passive_subject(verb))

    def owners_of_objects(self, token: Token, of_phrase: bool = False) -> list[str]:
        """Who owns the things ``token`` acts on ("rejected Iraq's proposal", "an Australian
        ultimatum", "criticised the French decision", "welcomed the offer from Syria",
        "recognised the independence of Azerbaijan"): a possessor, a state or body named
        before the noun, one it comes from or one it is "of". With ``of_phrase``, an event
        noun's own "of" phrase counts as what it acts on ("a criticism of the army's
        record")."""
        heads = argument_heads(token) + (prep_objects(token, ("of",)) if of_phrase else [])
        return self.owners_of(heads)

    def owners_of(self, things: Iterable[Token]) -> list[str]:
        """Who owns the things named by ``things`` (see ``owners_of_objects``)."""
        return _dedupe(k for head in things for k in self._things_owners(head, of_phrase=True))

    def _things_owners(self, thing: Token, of_phrase: bool) -> list[str]:
        """Owners of a thing named by a common noun (see ``owners_of_objects``); failing
        those, whom it is "of", one level deep ("the withdrawal of Iraq's forces"), unless the
        thing is an act, whose "of" phrase is what it acts on ("the expulsion of Palestinian
        workers"), or names the one acted for ("on behalf of his country")."""
        if thing.pos_ != "NOUN" or self.index.keys_at(thing):
            return []
        if _venue_part(thing):
            return []  # "signed a treaty on the lawn of the White House": where, not whose
        keys: list[str] = []
        for child in thing.children:
            if child.dep_ == "poss" and self._doers_own(child, thing):
                continue  # "Pashinyan has frozen his country's participation": his own
            if child.dep_ == "poss":
                keys += self.phrase(child)
            elif child.dep_ in ("prep", "agent") and child.lower_ in _SOURCE:
                keys += self.phrases(o for o in child.children if o.dep_ == "pobj")
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < thing.i:
                keys += self._named_before(child)
        if keys or not of_phrase or noun_rules(thing) or thing.lemma_.lower() in _PRINCIPALS:
            return _dedupe(keys)
        for obj in prep_objects(thing, ("of",)):
            keys += self.phrase(obj) or self._things_owners(obj, of_phrase=False)
        return _dedupe(keys)

    def _doers_own(self, owner: Token, thing: Token) -> bool:
        """Whether a possessor owned by a pronoun ("his country's") is of the one that does
        what the verb says to the thing ("Pashinyan has frozen his country's participation")."""
        pronouns = [g for g in owner.children if g.dep_ == "poss" and g.pos_ == "PRON"]
        if not pronouns or thing.dep_ != "dobj":
            return False
        doers = set(self.phrase(subject_of(thing.head)))
        return bool(doers & set(self.index.keys_at(pronouns[0])))

    def clause_subjects(self, token: Token) -> list[str]:
        """Subjects of the clauses a verb governs ("asked for X to declare", "demanded that X
        withdraw"): the party a request is addressed to."""
        keys: list[str] = []
        scene = load_cues().words["scene_marks"]
        for child in token.children:
            if child.dep_ in ("ccomp", "xcomp", "advcl") and child.pos_ in ("VERB", "AUX"):
                if child.dep_ == "advcl" and marked_clause(child, scene):
                    continue  # "applied for missiles after Iraqi troops massed": a scene
                if child.dep_ == "advcl" and load_cues().has("reporting_verbs", child):
                    continue  # "..., a week after they crossed into land Ethiopia says is its
                    # own": the parser's clause of saying, no one asked
                if any(c.dep_ == "dobj" and c.tag_ == "WP" for c in child.children):
                    continue  # "investigated what Trudeau called allegations": a thing
                keys += self.phrase(subject_of_clause(child))
        return _dedupe(keys)

    def objects_of(
        self, token: Token, exclude: Token | None = None, moved: bool = False, away: bool = False
    ) -> list[str]:
        """Actor keys of the objects of ``token``; a destination ("invited Kim to the White
        House") is not an object when an actor is the direct object. With ``moved`` the
        direct object is what the subject moves ("deployed troops to X"), not an object; with
        ``away`` it is taken from the party of a "from" phrase ("withdrew its ambassador
        from Libya")."""
        keys: list[str] = []
        if away:  # "withdrew X from Libya", also when the parser hangs "from" on X;
            # "recalled its ambassador to South Africa": where the envoy was posted
            holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
            keys += self.phrases(
                obj
                for holder in holders
                for obj in prep_objects(
                    holder, ("from", "to") if holder.lemma_.lower() in _ENVOY_NOUNS else ("from",)
                )
            )
            # "pulled its troops out of East Timor"
            outs = [c for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"]
            keys += self.phrases(o for out in outs for o in prep_objects(out, ("of",)))
        direct = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        # "offered its troops to President Hrawi": the subject's own things go to the party
        # of the "to" phrase
        given = {
            c.i for c in direct if _own_thing(c) and any(self.phrase(o) for o in _to_objects(token))
        }
        actor_object = not moved and any(self.phrase(c) for c in direct if c.i not in given)
        topics = load_lexicon().topic_nouns
        about = any(c.lemma_.lower() in topics for c in direct)
        # "forgive Jordan's debt of $700 million to the United States": the creditor
        owed = any(
            c.lemma_.lower() in load_lexicon().owed_nouns and self._owners_of(c) for c in direct
        )
        talked_about = token.lemma_.lower() in load_lexicon().topic_object_verbs
        for head in argument_heads(token):
            if exclude is not None and head.i == exclude.i:
                continue
            if head.i in given:
                continue
            if _apposed_second_object(token, head):
                continue  # "signed agreements with the UAE and Bahrain ..., the first Arab
                # states to normalise ties": a description of parties named before
            if talked_about and head.dep_ in ("dobj", "nsubjpass"):
                continue  # "did not discuss Taiwan", "Taiwan was not discussed": the topic,
                # no party
            if about and head.dep_ == "pobj" and head.head.lower_ == "on":
                continue  # "passed information on the Taliban to Washington"
            if (
                head.dep_ == "pobj"
                and head.head.lower_ in ("on", "over")
                and head.lemma_.lower() in load_lexicon().broadcast_nouns
            ):
                continue  # "vowed on Baghdad radio that ...": where it was said
            if any(_vessel_venue(head, d) for d in direct):
                continue  # "cancelled Saturday's session on a U.S. warship": where the
                # meeting was (not "released gas on subway trains": what was attacked)
            if moved and head.dep_ in ("dobj", "nsubjpass"):  # what is sent, also in the
                continue  # passive ("a suspect was extradited to Rwanda")
            if moved and head.dep_ == "pobj" and head.head.lower_ == "with" and head.pos_ == "NOUN":
                continue  # "flooded the capital with riot police": what is sent too (not a
                # state: "reinforced the border with Ecuador")
            if (actor_object or owed) and head.dep_ == "pobj" and head.head.lower_ == "to":
                continue
            if actor_object and self._armed_means(head):
                continue  # "backed the group with thousands of soldiers": what it backed
                # them with, no party
            if head.dep_ == "pcomp" and head.head.lower_ == "with":
                continue  # "..., with a State Department official telling reporters": a
                # circumstance, not a party
            if _absolute_with(head):
                continue  # "..., with Oman's foreign minister carrying messages": the same
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "with"
                and head.head.head.i == token.i
                and (direct or prep_objects(token, ("between",)))
                and token.lemma_.lower() in load_lexicon().mediating_verbs
            ):
                continue  # "mediated the deal with Egypt and the United States", "has
                # mediated between Israel and Hamas with Egypt": fellow go-betweens
            if head.dep_ == "pobj" and head.head.lower_ == "with" and self._side_of_border(head):
                continue  # "sent a mission to the Armenian side of the border with
                # Azerbaijan": the parser hung the border's "with" on the verb
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "with"
                and head.lemma_.lower() in load_lexicon().entourage_nouns
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
            ):
                continue  # "talked alone, with only their interpreters": the talkers' own
            if head.dep_ == "pcomp" or head.pos_ in ("VERB", "AUX"):
                keys += self.phrase(subject_of_clause(head))
            elif (
                head.dep_ == "dobj"
                and head.lemma_.lower() in _MEASURE_NOUNS
                and (hit := self.phrases(prep_objects(head, ("against",))))
            ):
                keys += hit  # "lifted the U.S. embargo against Vietnam": Vietnam
            elif head.dep_ == "dobj" and head.lemma_.lower() in _MEMBERSHIP_NOUNS:
                # ("block Kosovo's membership of the UN": Kosovo too; not "its", nor "his
                # country's" of the doer's own)
                named = [
                    c
                    for c in head.children
                    if c.dep_ == "poss" and c.pos_ != "PRON" and not self._doers_own(c, head)
                ]
                keys += self.phrases(named + prep_objects(head, ("in", "of")))
            elif found := self.phrase(head):
                keys += found
            elif head.lemma_.lower() in _PARTNERED_NOUNS:  # "closed its border with Myanmar"
                keys += self.phrases(prep_objects(head, ("with",)))
            elif head.dep_ == "dobj":  # "threatened further action against Russia",
                # "approved a $2 billion loan to Brazil", "a standby loan for Argentina" (not
                # what is asked for: "rebuffed calls from Sierra Leone for British troops")
                preps = ("against", "on", "upon", "to")
                if head.lemma_.lower() not in _ASKING_NOUNS:
                    preps += ("for",)
                if head.lemma_.lower() in topics:  # "shared intelligence on Iraq with Saudi
                    preps = ("to", "with")  # Arabia": about Iraq, given to Saudi Arabia
                    keys += self._shared_with(head)
                # ("suspend some of the sanctions on Syria": the partitive's noun)
                keys += self.phrases(
                    p
                    for held in (head, *held_by_partitives([head]))
                    for p in prep_objects(held, preps)
                )
                # "shelled positions of the KLA", "froze Iraq's assets", "cancelled half of
                # the debt owed by Zambia"
                keys += self._owners_of_held(head)
        if not keys:  # "deployed troops along the border with China"; an act on things
            # only across or over it ("fired across the Lebanese border"; not "attacked
            # villages near the Venezuelan border": Colombian villages)
            holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
            keys += [
                k
                for holder in holders
                for place in prep_objects(holder, None if moved else _ACROSS)
                if place.lemma_.lower() in load_lexicon().border_nouns
                for k in self._across_border(place, holder)
            ]
        return _dedupe(keys)

    def _shared_with(self, topic: Token) -> list[str]:
        """The party a "to" or "with" phrase inside a topic noun's "on" phrase names, where
        the parser hangs it ("intelligence on suspected al Qaeda members with the United
        States")."""
        return [
            k
            for about in prep_objects(topic, ("on", "about"))
            for t in about.subtree
            if t.dep_ == "prep" and t.lower_ in ("to", "with")
            for o in t.children
            if o.dep_ == "pobj"
            for k in self.phrase(o)
            if self.index.kind(k) in ("country", "organization")
        ]

    def _owners_of_held(self, measure: Token) -> list[str]:
        """Who owns what a measure holds: the measure itself or the noun of its "of" phrase,
        when that is a thing owned ("Iraq's assets", "half of the debt owed by Zambia",
        "2.5 billion francs of debt owed by Senegal")."""
        return [
            k
            for held in (measure, *prep_objects(measure, ("of",)))
            if held.lemma_.lower() in _OWNED_TARGETS
            for k in self._owners_of(held)
        ]

    def _owners_of(self, thing: Token) -> list[str]:
        """Who owns a thing acted on: "Iraq's assets", "positions of the KLA", "the debt
        owed by Zambia"."""
        owners = [c for c in thing.children if c.dep_ == "poss"] + prep_objects(thing, ("of",))
        owners += [
            o
            for c in thing.children
            if c.dep_ == "acl" and c.lemma_.lower() == "owe"
            for o in prep_objects(c, ("by",))
        ]
        return self.phrases(owners)

    def _side_of_border(self, partner: Token) -> bool:
        """Whether a "with" phrase comes right after a border named in the "of" phrase of a
        noun that names a party ("the Armenian side of the border with Azerbaijan")."""
        prep = partner.head
        border = prep.doc[prep.i - 1] if prep.i > 0 else prep
        return (
            border.lemma_.lower() in load_lexicon().border_nouns
            and border.dep_ == "pobj"
            and border.head.lower_ == "of"
            and bool(self.phrase(border.head.head))
        )

    def _across_border(self, border: Token, holder: Token) -> list[str]:
        """The other side of a border a force is moved to: its "with" phrase, also hung on
        the forces ("massed troops along its border with Kuwait"), or the state named with it
        ("toward Syria's northern border", "near the Pakistan border", "the Kuwaiti
        border"); not a pronoun's ("its border")."""
        keys = self.phrases(prep_objects(border, ("with",)) or prep_objects(holder, ("with",)))
        for child in border.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                keys += self.phrase(child)
            elif child.dep_ in ("compound", "amod") and child.i < border.i:
                keys += [k for k in self.index.keys_at(child) if self.index.kind(k) == "country"]
        return keys

    def scene_agent(self, noun: Token, framing: bool = False) -> list[str]:
        """The subject of a verb that places its subject in the event ("spent the day in
        talks with X", "joined the talks", "went on strike"): that subject takes part. A
        ``framing`` noun's doer is the subject of any active verb it frames by "in" ("in a
        telephone conversation, Obasanjo and Mbeki reviewed ...")."""
        verb = noun.head
        # (not "during": "had agreed to these projects during a summit nearly two years ago"
        # names a past meeting the resolver cannot tell from the present one when neither
        # is dated)
        framed = framing and noun.dep_ == "pobj" and verb.lower_ == "in"
        if (holder := culpable_for(noun)) is not None:
            # "Pakistan was responsible for the attack": the one blamed did it
            return self.phrase(culprit(holder))
        if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lower_ == "responsibility":
            # "claimed responsibility for the bombing": the claimant did it; one who "denied
            # responsibility" did not say so, and the doer stays unknown
            claim = verb.head.head
            if claim.pos_ not in ("VERB", "AUX") or not word_forms(claim) & _OWNING_VERBS:
                return []
            if any(c.lower_ in _ANSWERING_KINDS for c in verb.head.children if c.dep_ == "amod"):
                return []  # "taking moral responsibility for the killings": answering for it
            return self.source_of_verb(claim)
        if (
            noun.dep_ == "pobj"
            and verb.dep_ == "prep"
            and verb.lower_ in ("for", "to")
            and verb.head.dep_ == "acomp"
            and verb.head.lower_ in _READY_ADJECTIVES
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            # "said he was ready for a deal with the United States", "open to talks": the one
            # ready takes part
            return self.source_of_verb(verb.head.head)
        if (
            noun.dep_ == "pobj"
            and verb.dep_ in ("prep", "prt")  # "were put on alert": "on" as a particle
            and verb.lower_ in ("in", "at", "into", "on", "for")
        ):
            verb = verb.head
            if verb.lower_ in ("out", "off") and verb.dep_ in ("prep", "prt", "advmod"):
                verb = verb.head  # "led 5,000 workers out on strike"
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj":
                verb = verb.head.head  # "placed the troops stationed along the border on
                # alert": the parser hung the phrase on the object's participle
            if (
                verb.dep_ == "pobj"
                and verb.head.lower_ in ("by", "to", "into")
                and verb.head.head.pos_ == "VERB"
            ):
                verb = verb.head.head  # "crossed into Pakistan by bus for talks": the
                # parser hung the phrase on the means or the destination
        elif (
            noun.dep_ == "pobj"
            and verb.lower_ in _TALKS_TIME_PREPS
            and prep_objects(noun, ("with",))
            and verb.head.pos_ in ("VERB", "AUX")
            and any(r.type == "CONSULT" for r in noun_rules(noun))
        ):
            # "Sharif agreed to pull back after talks with Clinton": the one who acts after
            # the talks held them with the partner named
            clause = verb.head
            while clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "pobj"):
                clause = clause.head.head  # "to take steps to restore the line after talks"
            while clause.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in clause.head.children):
                clause = clause.head  # "agreed to urge militants to withdraw after talks with
                # Clinton": the one who urges them, not the ones urged
            return self.source_of_verb(clause) if clause.pos_ in ("VERB", "AUX") else []
        elif noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
            wielder = verb.head
            if wielder.dep_ == "pobj" and wielder.head.dep_ == "prep":
                wielder = wielder.head.head  # "brought Lagos to a standstill with a strike":
                # the parser hung the phrase on the noun before it
            if (
                wielder.pos_ != "VERB"
                or not word_forms(wielder) & _WIELDING_VERBS
                or any(c.dep_ == "auxpass" for c in wielder.children)
            ):
                return []
            return self.source_of_verb(wielder)
        elif noun.dep_ != "dobj":
            return []
        # a framing "in" phrase is hung on its verb above, as any scene's
        if framed and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
            return self.source_of_verb(verb)
        if verb.pos_ not in ("VERB", "AUX") or not word_forms(verb) & _SCENE_VERBS:
            return []
        source = self.source_of_verb(verb)
        if not source and any(c.dep_ == "auxpass" for c in verb.children):
            # "Serb forces were engaged in ethnic cleansing": the passive subject takes part
            source = self.passive_subjects(verb)
        if source and noun.dep_ == "pobj" and "join" in word_forms(verb):
            # "Russia joined China in joint war games": the one joined takes part too
            source = _dedupe(source + self.phrases(c for c in verb.children if c.dep_ == "dobj"))
        return source

    def undergoer(self, noun: Token) -> list[str]:
        """Who undergoes an event noun through the verb governing it: the subject of "faced
        criticism", "received aid", "came under fire"."""
        verb = undergoing_verb(noun)
        if verb is None:
            return []
        if any(c.dep_ == "auxpass" for c in verb.children):  # "was placed under arrest"
            return self.passive_subjects(verb)
        return self.source_of_verb(verb)

    def passive_subjects(self, verb: Token) -> list[str]:
        """Actor keys of a passive verb's subjects ("UN peacekeepers were withdrawn")."""
        return self.phrases(c for c in verb.children if c.dep_ == "nsubjpass")

    def undergone_from(self, noun: Token) -> list[str]:
        """The doer named on the undergoing verb rather than on the noun: "the plan drew
        condemnation from Iran"."""
        verb = undergoing_verb(noun)
        if verb is None:
            return []
        return self.phrases(prep_objects(verb, _SOURCE))

    def sharing_governor(self, noun: Token) -> list[str]:
        """Participants named on the verb an event noun is the subject of: "fighting broke
        out between rival militias", "clashes erupted between police and students"."""
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
            return []
        return self.phrases(prep_objects(noun.head, ("between", "among")))

    def nominal(
        self, noun: Token, of_patient: bool = False, from_agent: bool = False
    ) -> tuple[list[str], list[str], list[str]]:
        """(agents, partners, participants named together) of an event noun phrase; with
        ``of_patient``, an "of" phrase is acted on ("the arrest of its nationals"); with
        ``from_agent``, a "from" phrase acts ("criticism from China")."""
        agents: list[str] = []
        partners: list[str] = []
        together: list[str] = []
        of_phrase: list[str] = []
        # "a boycott of goods from Denmark": with a thing acted on named, a "from" phrase is
        # where it comes from (people are expelled by the state they leave: "the expulsion of
        # two diplomats from Bahrain")
        if from_agent and of_patient:
            from_agent = all(self.phrase(o) for o in prep_objects(noun, ("of",)))
        sent_away = load_lexicon().sending_away_nouns
        allied = any(r.type in _ALLIED_TYPES for r in noun_rules(noun))
        symmetric = any(r.symmetric for r in noun_rules(noun))
        for child in noun.children:
            if child.dep_ == "poss" and of_patient and self._possessor_undergoes(noun, child):
                partners += self.phrase(child)  # "a warrant for her arrest": she is arrested
            elif child.dep_ == "poss":
                agents += self.phrase(child)
            elif child.dep_ in ("compound", "nmod", "amod") and (
                child.pos_ != "ADJ" or self.index.keys_at(child)  # "the Israeli raid"
            ):
                if child.lemma_.lower() in _GO_BETWEEN:
                    continue  # "the Saudi-brokered ceasefire": a third party, not a side
                brokers = _third_party_ids(child, _GO_BETWEEN)
                for t in child.subtree:
                    if t.i in brokers:
                        continue
                    side = stance(t)
                    if side is None:
                        together += self.index.keys_at(t)
                    elif side == "anti":  # "an anti-American rally": against the US
                        partners += self.index.keys_at(t)
            elif child.dep_ in ("prep", "agent"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                for obj in objs:
                    if child.lower_ == "by" or (from_agent and child.lower_ == "from"):
                        agents += self.phrase(obj)
                    elif child.lower_ in ("between", "among"):
                        together += self.phrase(obj)
                    elif child.lower_ == "of":
                        # "the write-off of Mozambique's debt", "of $18 billion of
                        # Nigeria's debt": whose debt
                        of_phrase += self.phrase(obj) or self._owners_of_held(obj)
                        if obj.lemma_.lower() in _MEASURE_NOUNS:  # "the threat of an
                            # embargo against Managua": whom the measure would hit
                            partners += self.phrases(prep_objects(obj, ("against", "on")))
                        # "the expulsion of four diplomats by Britain" (or, for a "from"
                        # doer, "from Bahrain"): a phrase the parser hung on the object
                        # "a shipment of 40 tonnes of supplies from the Red Cross": on what
                        # the measure holds
                        agents += self.phrases(
                            p
                            for held in (obj, *held_by_partitives([obj]))
                            for p in prep_objects(held, ("by", "from") if from_agent else ("by",))
                        )
                        # "the restoration of relations between Britain and Argentina",
                        # "the resumption of talks between the two Koreas": their sides
                        together += self.phrases(prep_objects(obj, ("between", "among")))
                        # "the suspension of diplomatic relations with Ecuador": the other side
                        # of an act done to it (the restoration of ties is the two sides')
                        if not any(r.symmetric for r in noun_rules(noun)):
                            partners += self.phrases(prep_objects(obj, ("with",)))
                    elif child.lower_ == "to" and word_forms(noun) & sent_away:
                        continue  # "the deportation of militants to Lebanon": a destination
                    elif child.lower_ == "on" and _blamed_act(noun):
                        continue  # "blamed the attack on militants": the ones blamed
                    elif child.lower_ == "against" and allied:
                        continue  # "intelligence cooperation against Kurdish rebels": a foe
                    elif child.lower_ == "with" and self.talked_over_with(noun, obj):
                        continue  # "discussed the fighting with Putin": the one talked to
                    elif child.lower_ == "on" and symmetric:
                        continue  # "talks on North Korea", "cooperation on Iran": a topic
                    elif _vessel_venue(obj, noun):
                        continue  # "Saturday's session on a U.S. warship": where it was
                    elif child.lower_ in ("with", "on", "to", "for", "against"):
                        partners += self.phrase(obj)
        if agents or of_patient:  # "the release of the prisoners by the North": acted on
            partners += of_phrase
        else:  # "a visit of Kim", "the meeting of the two leaders"
            together += of_phrase
        return _dedupe(agents), _dedupe(partners), _dedupe(together)

    def talked_over_with(self, noun: Token, partner: Token) -> bool:
        """Whether an event noun's "with" phrase names a person it is talked over with, the
        noun being the object of a verb of talking about ("discussed the fighting with
        Putin"; not "discussed the war with Russia", a state fought)."""
        lexicon = load_lexicon()
        talking = lexicon.topic_object_verbs | lexicon.spoken_light_verbs.keys()
        keys = self.phrase(partner)
        return (
            noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in talking
            and bool(keys)
            and all(self.index.kind(k) == "person" for k in keys)
        )

    def _possessor_undergoes(self, noun: Token, owner: Token) -> bool:
        """Whether a possessor of an event noun is the person it is done to ("her arrest",
        "Navalny's detention"; not "Iran's arrest of two Britons")."""
        keys = self.phrase(owner)
        return (
            noun.lemma_.lower() in load_lexicon().patient_possessor_nouns
            and not prep_objects(noun, ("of",))
            and bool(keys)
            and all(self.index.kind(k) == "person" for k in keys)
        )

    # ------------------------------------------------------------------ place
    def place_of(self, token: Token) -> Location | None:
        """The known place a token names, trying its compound name first ("New York"); a
        name in lower case names none ("come to us"), and neither does the last word of a
        person's or an organisation's name ("Radio Nepal", "Yasushi Akashi"), whereas that
        of a place's may ("west Beirut", "Port Klang")."""
        parts = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        names = []
        if parts:
            names.append(token.doc[parts[0].i : token.i + 1].text)
        if not parts or not _inside_name_of_other_kind(token, parts[0]):
            names.append(token.text)
        for name in names:
            found = self.place(name) if name[:1].isupper() else None
            if found is not None:
                return found
        return None

    def tour_places(self, token: Token) -> list[Location]:
        """The places a destination and its conjuncts name when they lie in more than one
        country ("will travel to Japan, South Korea and China", "flew to Cairo and Amman"):
        a tour, whose states are each a party; else none."""
        found = self.place_of(token)
        others = [self.place_of(c) for c in token.conjuncts]
        if found is None or all(o is None or o.country == found.country for o in others):
            return []
        return [found, *(o for o in others if o is not None)]

    def _one_place(self, token: Token) -> Location | None:
        """The place a destination names, none for a tour of several countries ("plans to
        visit Syria, Lebanon and Saudi Arabia": each is a party, none the place)."""
        return None if self.tour_places(token) else self.place_of(token)

    def _town(self, word: Token) -> Location | None:
        """The town or city a word names, itself or by its "of" phrase ("the town of Cizre");
        None for a country."""
        named = [word] + [
            o
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for each in named:
            found = self.place_of(each)
            if found is not None and not is_country(found):
                return found
        return None

    def _place_done_to(self, verb: Token, physical: bool = True) -> Location | None:
        """A town or city a verb acts on, as its object or its object's "of" phrase ("bombed
        Sidon", "took control of Goma"); a country it acts on is a party, not a place
        ("invaded Kuwait"), and so is, unless the act is ``physical`` ("bombed Kabul"), a
        capital the actor stage reads as its state ("punish New Delhi")."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            keys = self.index.keys_at(obj)
            if not physical and any(self.index.kind(k) == "country" for k in keys):
                continue  # "to punish New Delhi": the capital named for its state
            if found := self._town(obj):
                return found
        return None

    def place_acted_on(self, trigger: Trigger) -> Location | None:
        """The town or city an attack, seizure or protest is done to ("bombed Sidon", "took
        control of Goma"), a measure is put on ("a curfew on Kaduna"), or an attack is made
        in ("blew themselves up in Tel Aviv", "bombed hideouts in northern Iraq"), whose
        country event data codes as the party acted on when no other is named. Not where
        people are arrested or protest ("detained a dissident in Beijing"): there the place
        is only the scene."""
        if trigger.rule.type not in load_lexicon().place_object_types:
            return None
        if trigger.kind == "nominal" and _blamed_act(trigger.head):
            return None  # "blamed the killing on Damascus": the one blamed, not the one hit
        if trigger.kind == "nominal" and trigger.rule.type == "ASSAULT":
            # "launched strikes on camps in Pakistan": in what the strikes were aimed at;
            # "carried out air strikes on Kabul": the town itself (the phrase also where the
            # parser hangs it, on the light verb)
            holders = [trigger.head] + ([trigger.light_verb] if trigger.light_verb else [])
            aimed = [o for h in holders for o in prep_objects(h, ("at", "on", "against"))]
            aimed += [  # "on what it called terrorist camps in Pakistan"
                c
                for h in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in ("at", "on", "against")
                for c in p.children
                if c.dep_ == "pcomp"
            ]
            if self.owners_of(aimed):
                return None  # "raids on hideouts of the PKK in northern Iraq": the PKK's
            town = next((found for o in aimed if (found := self._town(o)) is not None), None)
            return town or self._state_attacked_in(aimed)
        if trigger.kind != "verbal":
            return None
        physical = trigger.rule.type == "ASSAULT"
        if (found := self._place_done_to(trigger.head, physical)) is not None:
            return found
        holders = [trigger.head] + [c for c in trigger.head.children if c.dep_ == "dobj"]
        if trigger.rule.type == "COERCE":  # "imposed a curfew on the city of Kaduna"
            return next((f for h in holders if (f := self._town_in(h, ("on",)))), None)
        if trigger.rule.type != "ASSAULT":
            return None
        if (found := self._town_in(trigger.head, ("in", "at"))) is not None:
            return found
        # "fired Scud missiles at Israel": the state the fire is aimed at
        for obj in prep_objects(trigger.head, ("at",)):
            if (place := self.place_of(obj)) is not None and is_country(place):
                return place
        # "bombed rebel hideouts in the mountains of northern Iraq": the state attacked in;
        # "launched strikes on nine sites in Pakistan", "fired missiles at nine sites in
        # Pakistan": in what the strikes were aimed at
        holders += [o for h in holders for o in prep_objects(h, ("at", "on", "against"))]
        return self._state_attacked_in(holders)

    def _state_attacked_in(self, holders: list[Token]) -> Location | None:
        """The state an "in", "inside" or "across" phrase of one of ``holders`` names
        ("hideouts in the mountains of northern Iraq", "air bases deep inside Russia", "power
        plants across Ukraine"; with a state named with a region, "in Pakistan and
        Pakistani-held Kashmir", read as a modifier of the region)."""
        preps = ("in", "inside", "across", "throughout")
        for obj in (o for h in holders for o in prep_objects(h, preps)):
            joined = [c for c in obj.children if c.dep_ in ("nmod", "conj")]
            for named in (obj, *prep_objects(obj, ("of",)), *joined):
                if (place := self.place_of(named)) is not None and is_country(place):
                    return place
        return None

    def _place_after_person_object(self, trigger: Trigger) -> Location | None:
        """The place of an "in"/"at" phrase the parser hung on a person's name inside a
        verb's object ("met Israeli Minister for Strategic Affairs Ron Dermer in Paris"): a
        person is in no place as a part of the name, the act is."""
        if trigger.kind != "verbal":
            return None
        for obj in (c for c in trigger.head.children if c.dep_ == "dobj"):
            for name in obj.subtree:
                if name.ent_type_ != "PERSON" or name.dep_ == "compound":
                    continue
                for prep in name.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                        for place in prep_objects(name, (prep.lower_,)):
                            if (found := self.place_of(place)) is not None:
                                return found
        return None

    def location(self, trigger: Trigger) -> Location | None:
        """Where the event took place: "in/at <place>", a visit's destination, the place an
        attack or seizure is done to ("bombed Sidon"), "where", the doers' town ("police in
        Basra arrested")."""
        if trigger.place is not None:
            return self._one_place(trigger.place)
        anchors = [trigger.head] + ([trigger.light_verb] if trigger.light_verb else [])
        visit = trigger.rule.mode == "visit"
        done_to = trigger.rule.type in load_lexicon().place_object_types
        for anchor in anchors:
            if visit and trigger.kind == "verbal":
                for obj in anchor.children:
                    if obj.dep_ == "dobj" and self.place_of(obj):
                        return self._one_place(obj)
            if (
                done_to
                and trigger.kind == "verbal"
                and (found := self._place_done_to(anchor, trigger.rule.type == "ASSAULT"))
            ):
                return found
            for prep in anchor.children:
                wanted = ("in", "at", "to") if visit else ("in", "at")
                if prep.dep_ == "prep" and prep.lower_ in wanted + _NEAR_PREPS:
                    for obj in prep.children:
                        if obj.dep_ != "pobj":
                            continue
                        if prep.lower_ == "at" and _objected_act(trigger, obj):
                            continue  # "in protest at the Israeli offensive in the Gaza
                            # Strip": where the act objected to was done
                        # "met at an air base in Busan": the place of the premises; "in the
                        # South Korean city of Busan": the town of the "of" phrase
                        for named in (obj, *prep_objects(obj, ("in",))):
                            found = self.place_of(named) or self._town(named)
                            if prep.lower_ in _NEAR_PREPS and (
                                found is None or named is obj and is_country(found)
                            ):
                                continue  # "outside the embassy in Panama City", "near
                                # Belgrade"; not "outside Syria", which is not where
                            # (a seat named for a body acted on in person is where:
                            # "stormed the parliament in Santiago")
                            if found and (done_to or not self._seat(prep, found)):
                                return found
        if (found := self._place_after_person_object(trigger)) is not None:
            return found
        talked_about = trigger.head.lemma_.lower() in load_lexicon().topic_object_verbs
        for head in argument_heads(trigger.head):  # "talks with Kim in Pyongyang"
            if talked_about and head.dep_ == "dobj" and not self.index.keys_at(head):
                continue  # "discussed the war in Ukraine": a topic, not a party
            if (
                not done_to
                and head.dep_ == "pobj"
                and (
                    head.head.lower_ in ("on", "about", "over")
                    # "blamed the United States for the failure in Hanoi": what it is blamed
                    # for, not where
                    or (head.head.lower_ == "for" and trigger.rule.type != "CONSULT")
                )
                and not self.index.keys_at(head)
            ):
                continue  # "failed to agree on a ceasefire in Ukraine": what it is about
            # "bombed the headquarters of the defence ministry in Damascus": the "of" noun's
            for holder in (head, *prep_objects(head, ("of",))):
                for prep in holder.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                        for obj in prep.children:
                            if obj.dep_ == "pobj" and (found := self.place_of(obj)):
                                return found
        clause = trigger.light_verb or trigger.head
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            return self.place_of(clause.head)
        if done_to and trigger.kind == "verbal":
            return self._doers_town(trigger.head)
        if done_to and (aimed := self.place_acted_on(trigger)) and not is_country(aimed):
            return aimed  # "air strikes on Kabul"
        return None

    def _seat(self, prep: Token, place: Location) -> bool:
        """Whether an "in" phrase the parser hung on the verb names the seat of the government
        its object just before it names ("backs the government in Damascus": Syria's)."""
        before = prep.doc[prep.i - 1] if prep.i > 0 else None
        return (
            before is not None
            and before.dep_ == "dobj"
            and before.head.i == prep.head.i
            and place.country is not None
            and any(
                self.index.kind(k) == "group" and self.index.country(k) == place.country
                for k in self.index.keys_at(before)
            )
        )

    def _doers_town(self, verb: Token) -> Location | None:
        """The town or city the doers of an attack, seizure or protest are in ("Demonstrators
        in Hodeidah burned tyres", "Police in Basra arrested twelve protesters")."""
        subject = subject_of(verb)
        if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return self._town_in(subject, ("in",))

    def _town_in(self, word: Token, preps: Collection[str]) -> Location | None:
        """The town or city of one of a word's prepositional phrases ("in Basra")."""
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (found := self._town(obj)):
                        return found
        return None


def _inside_name_of_other_kind(token: Token, first: Token) -> bool:
    """Whether ``token`` ends a person's or an organisation's name that starts at or before
    ``first`` ("Michael Jordan", "Radio Nepal", "Air France")."""
    return (
        token.ent_type_ in ("PERSON", "ORG")
        and first.ent_type_ == token.ent_type_
        and not any(t.ent_iob_ == "B" for t in token.doc[first.i + 1 : token.i + 1])
    )


def undergoing_verb(noun: Token) -> Token | None:
    """The verb through which its subject undergoes an event noun: "faced criticism",
    "received $2 billion in aid" (through the measure), "came under fire", "took a call
    from Sharif" (a noun with a "from" phrase)."""
    lexicon = load_lexicon()
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "in") and noun.head.head.like_num:
        noun = noun.head.head  # "$2 billion in aid", "tons of food"
    verb = noun.head
    if noun.dep_ == "dobj" and word_forms(verb) & lexicon.undergoing_objects:
        return verb
    if (
        noun.dep_ == "dobj"
        and word_forms(verb) & lexicon.undergoing_from
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*noun.children, *verb.children))
    ):
        return verb  # "took a call from Sharif", not "took action against the rebels"
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.dep_ == "prep":
        # not "placed Suu Kyi under house arrest": there the object undergoes it
        placed = any(c.dep_ == "dobj" for c in verb.head.children)
        if word_forms(verb.head) & lexicon.undergoing_under and not placed:
            return verb.head
    return None


def _parallel_relative(verb: Token) -> Token | None:
    """The relative clause verb a conjunct repeats, which the parser joined to the main verb
    instead ("talking about the armistice that ended hostilities in 1953, but didn't formally
    end the war": "end" goes with "ended", whose subject is the armistice)."""
    head = verb.head
    for token in verb.doc[head.i + 1 : verb.i]:
        if token.dep_ == "relcl" and token.lemma_ == verb.lemma_ and token.head.i > head.i:
            return token
    return None


def _subject_across_semicolon(verb: Token) -> Token | None:
    """The subject of a clause after a semicolon that the parser joined to a noun before it
    ("a call with Lavrov; the Russians and the Chinese have helped North Korea": "the
    Russians" read as a conjunct of "Lavrov")."""
    sent = verb.sent
    marks = [t.i for t in sent if t.text == ";" and t.i < verb.i]
    if not marks:
        return None
    for token in verb.doc[marks[-1] + 1 : verb.i]:
        if token.dep_ == "conj" and token.head.i < marks[-1] and token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.pos_ in ("VERB", "AUX") and token.i != verb.i and token.head.i != verb.i:
            return None
    return None


def subject_of_clause(token: Token) -> Token | None:
    """The subject of a clause given as a prepositional complement ("for X to declare")."""
    for child in token.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    return None


def _opening_mark(verb: Token, subject: Token) -> bool:
    """Whether a time or concession word opens the clause before its subject ("After a
    stormy session of its executive, ...": a phrase the parser read as a subordinate clause
    whose subject is the session)."""
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "mark" and c.i < subject.i and c.lower_ in _OPENING_MARKS for c in verb.children
    )


_OPENING_MARKS = frozenset({"after", "before", "despite", "following", "since"})


def _apposed_before(verb: Token) -> Token | None:
    """A finite verb's subject the parser took for an appositive of the opening phrase
    ("Brushing aside criticism from London, South African President Thabo Mbeki on Tuesday
    defended ...": "Mbeki" in apposition to "London"): the name right before the verb, past
    the verb's own adverbials, or the outermost appositive holding it ("..., the chief
    prosecutor of the court, Luis Moreno-Ocampo, accused": the prosecutor)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    # the verb's own adverbials after the opening phrase's comma ("Mbeki on Tuesday defended")
    comma = max((t.i for t in verb.doc[verb.left_edge.i : verb.i] if t.text == ","), default=-1)
    own = {
        t.i
        for c in verb.children
        if c.dep_ in ("prep", "advmod", "npadvmod") and comma < c.left_edge.i and c.i < verb.i
        for t in c.subtree
    }
    i = verb.i - 1
    while i >= 0 and (i in own or verb.doc[i].text == ","):
        i -= 1
    if i < 1:
        return None
    name = verb.doc[i]
    if name.pos_ not in ("PROPN", "NOUN"):
        return None
    # the outermost appositive (or conjunct after a comma: "In one of the operations of
    # Colombia's long conflict, guerrillas of the National Liberation Army hijacked") that
    # holds the name, inside the opening phrase
    top = name if name.dep_ == "appos" else None
    node = name
    while node.head.i != node.i and node.head.i < verb.i and node.head != verb:
        node = node.head
        if node.dep_ == "appos" or (
            node.dep_ == "conj" and verb.doc[node.left_edge.i - 1].text == ","
        ):
            top = node
    if top is None:
        return None
    opening = top.head
    # "in the town of Nyala, Sudan's state minister ..., Ahmed Haroun, warned": the first of
    # the appositives after the opening phrase, the one the name stands beside
    top = next((c for c in opening.children if c.dep_ == "appos" and c.i > opening.i), top)
    if (
        opening.i < top.i
        and verb.doc[top.left_edge.i - 1].text == ","
        and verb in opening.ancestors
    ):
        return top
    return None


def _absolute_with(head: Token) -> bool:
    """Whether a noun is the subject of an absolute "with" clause set off by a comma ("ended
    the talks, with Oman's foreign minister carrying messages"): a circumstance, not a
    party."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with":
        return False
    if _named_as_go_between(head):
        return True
    return (
        prep.i > 0
        and head.doc[prep.i - 1].text == ","
        and any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in head.children)
    )


def _named_as_go_between(head: Token) -> bool:
    """Whether a noun is followed by "as" and a go-between's role ("with Qatar as mediator"),
    wherever the parser hangs the "as" phrase."""
    after = head.right_edge.i + 1
    if after >= len(head.doc) or head.doc[after].lower_ != "as":
        return False
    roles = load_lexicon().go_between_nouns
    return any(o.dep_ == "pobj" and o.lemma_.lower() in roles for o in head.doc[after].children)


def _own_thing(noun: Token) -> bool:
    """Whether a possessive pronoun says whose ``noun`` is ("its troops", "their help")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _to_objects(verb: Token) -> list[Token]:
    """Objects of the "to" phrases of a verb."""
    return [
        o
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _modifier_words(modifier: Token) -> list[Token]:
    """The words of a noun's modifier, without an adjective's own phrases ("youths angry at
    the re-election of President Kibaki" name no Kibaki), the name of a stance ("an
    anti-Syria journalist" is no Syrian) or of a third party ("Turkish-brokered talks",
    "Soviet-made tanks")."""
    if aligned(modifier) or modifier.lemma_.lower() in _THIRD_PARTIES:
        return []
    left_out = _third_party_ids(modifier, _THIRD_PARTIES)  # "Saudi-brokered ceasefire talks"
    if modifier.pos_ == "ADJ":
        left_out |= {t.i for c in modifier.children if c.dep_ == "prep" for t in c.subtree}
    return [t for t in modifier.subtree if t.i not in left_out]


def _blamed_act(noun: Token) -> bool:
    """Whether an event noun is the object of a verb of blame, whose "on" phrase names the
    one blamed ("blamed the attack on Pakistan-based militants")."""
    return noun.dep_ == "dobj" and bool(word_forms(noun.head) & load_lexicon().blaming_verbs)


def _third_party_ids(modifier: Token, participles: frozenset[str]) -> set[int]:
    """Indices of the words under a modifier that name a third party through a participle
    below it ("U.S. and Saudi-brokered" in "U.S. and Saudi-brokered ceasefire talks")."""
    return {
        t.i
        for m in modifier.subtree
        if m.i != modifier.i and m.dep_ == "amod" and m.lemma_.lower() in participles
        for t in m.subtree
    }


def _subtree_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def dateline(
    doc: Doc, place: Callable[[str], Location | None]
) -> tuple[int, Location, range] | None:
    """(sentence index, place, its tokens up to the dash) of a dateline ("BASRA, Iraq, March
    3 --", "LONDON (AP) --": the agency's credit in brackets is not the place) opening one of
    the first sentences."""
    for index, sent in enumerate(list(doc.sents)[:3]):
        words: list[Token] = []
        bracketed = False
        for token in sent[:12]:
            if token.text in ("(", ")"):
                bracketed = token.text == "("
                continue
            if bracketed:
                continue
            if token.text in _DASHES:
                if not words:
                    break
                parts = [p.strip() for p in " ".join(w.text for w in words).split(",")]
                found = place(parts[0].title()) or place(parts[0])
                region = place(parts[1]) if found is None and len(parts) > 1 else None
                if region is not None:  # "BASRA, Iraq --": a town the gazetteer lacks
                    found = Location(parts[0].title(), region.country)
                if found is not None and words[0].text.isupper():
                    return index, found, range(sent.start, token.i + 1)
                break
            words.append(token)
    return None


def _single(subject: Token) -> bool:
    """Whether a subject names one party: a singular name or noun with no conjunct."""
    return subject.tag_ in ("NNP", "NN") and not subject.conjuncts


def _stands_for(pronoun: Token, subject: Token) -> bool:
    """Whether the subject of an enclosing clause, a common noun of the pronoun's number, is
    what the pronoun most likely stands for ("tuft cells are a hub because they can
    communicate", "the report was late because it needed a review"): no actor further up."""
    if subject.pos_ != "NOUN":
        return False
    if pronoun.lower_ in _PLURAL_PRONOUNS:
        return subject.tag_ == "NNS"
    return pronoun.lower_ in _THING_PRONOUNS and subject.tag_ == "NN"
