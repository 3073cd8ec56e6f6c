"""events stage: PLOVER event mentions with actors, place, date and status.

Entry point: ``extract_events(doc, actors, time, registry, quotes) -> list[EventMention]``.

Steps: triggers (``triggers.py``, lexicon ``triggers.yaml``) -> status (``status.py``, cues
``status_cues.yaml``; mentions with no evidence of status are dropped) -> arguments
(``arguments.py``: actors only from the actor analysis, never from surface strings) ->
place, date (``storyline.time.date_for_trigger``) and claimant -> tidying of the roles
(``roles.py``: no place or lone participant posing as a party, the host country of a visit)
-> document-level back-references (``context.py``: "cancelled the trip" names the trip's
parties, "renewed its demands" the earlier demand's addressee, a sentence without a time
expression continues the date of the sentence before it about the same actors). Mentions
with no source actor are dropped, except those of a type whose doer is often unnamed
(``unnamed_source_types``: "three servicemen were killed by a roadside bomb") and agentless
passives of acts done to a party (``passive_unnamed_types``: "two aid workers were freed"),
kept with an empty source when they have a target and are neither hypothetical nor
negated ("threatened to kill the hostages" with no threatener named is no act); a bare
definite event noun with no actor at all ("the meeting") takes the parties of the mention
it refers to (``context.py``) or is dropped. An event needs one party event data would
code (``party_sectors``: no "Apple agreed a deal"). See ``arguments.py`` for the
source/target conventions.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from storyline.actors.agents import party_nouns
from storyline.actors.mentions import mission_objects, sovereign_owner_words
from storyline.actors.successions import state_on
from storyline.events.arguments import (
    ActorIndex,
    Arguments,
    culprit,
    dateline,
    subject_of,
    subject_of_clause,
    undergoing_verb,
)
from storyline.events.context import DONE_TO_TYPES, Telling, apply_context, is_place_reference
from storyline.events.roles import HostLookup, compound_place, tidy_roles
from storyline.events.status import (
    Cues,
    StatusFinding,
    denied_clause,
    find_status,
    forces_ordered,
    load_cues,
    part_taken_in,
    told_as_done,
)
from storyline.events.triggers import (
    Trigger,
    TriggerRule,
    bare_clause_subjects,
    blamed_acts,
    complement_acts,
    complement_typed,
    find_triggers,
    game_report,
    held_by_partitives,
    load_lexicon,
    named_as,
    noun_rule,
    noun_rules,
    noun_trigger,
    prep_objects,
    reported_clauses,
    sent_somewhere,
    small_clause,
    to_infinitive,
    verb_rule,
    word_forms,
)
from storyline.records import (
    ActorAnalysis,
    EventDate,
    EventMention,
    Location,
    Quote,
    TimeAnalysis,
)
from storyline.resolve.compat import date_interval, is_country
from storyline.time.role_anchor import role_anchor

try:  # the time stage provides dates; without it events carry no date
    from storyline.time import date_for_trigger, heading_dates
except ImportError:  # pragma: no cover - only while the time stage is absent

    def date_for_trigger(trigger: Token, time: TimeAnalysis) -> EventDate:
        return EventDate(rule="none")

    def heading_dates(text: str, time: TimeAnalysis) -> dict[int, EventDate]:
        return {}


__all__ = ["extract_events", "PlaceLookup"]


class PlaceLookup(Protocol):
    """What the events stage needs from the registry: the gazetteer (and, when the registry
    has one, ``actor(registry_id)`` for the host country of a visit)."""

    def place(self, name: str) -> Location | None: ...


def extract_events(
    doc: Doc,
    actors: ActorAnalysis,
    time: TimeAnalysis,
    registry: PlaceLookup,
    quotes: Sequence[Quote] = (),
) -> list[EventMention]:
    """Every event mention in ``doc`` whose status the text makes clear, in text order;
    ``quotes`` (with their speakers) say who "we" and "I" are inside direct quotations."""
    place = _places_at(registry.place, time.published.value)  # "Juba" in 1995: Sudan's
    heading = dateline(doc, place)
    index = ActorIndex(doc, actors, skip=heading[2] if heading else range(0))
    args = Arguments(index, place, quotes)
    triggers = _drop_defiant_pledges(
        _drop_sendings(
            _merge_travel(
                find_triggers(
                    doc, index.is_actor, lambda t: args.place_of(t) is not None, load_lexicon()
                )
            )
        ),
        index.is_actor,
    )
    cues = load_cues()
    sentences = list(doc.sents)
    sentence_of = {t.i: n for n, sent in enumerate(sentences) for t in sent}
    dateline_at = (heading[0], heading[1]) if heading else None
    hosts = HostLookup(actors, registry)
    verbal = {t.head.i for t in triggers if t.kind == "verbal"}
    mentions: list[EventMention] = []
    # agentless passives ("two aid workers were freed"): the doer is unnamed, not misread
    unnamed_doer: set[tuple[int, int]] = set()
    # a doer named by a pronoun or a name the actor stage does not know ("they attacked
    # him", "the Dems attacked Trump"): not an unnamed doer, so no event without it
    unknown_doer: set[tuple[int, int]] = set()
    heads: list[Token] = []  # the trigger word of each mention
    # the refusing or cancelling word of a negated or possible mention, and whether its own
    # word is a journey ("trip")
    governors: list[tuple[Token | None, bool]] = []
    for trigger in triggers:
        if trigger.light_verb is not None and trigger.light_verb.i in verbal:
            continue  # "signed an agreement": the verb's event, one occurrence
        finding = find_status(trigger, cues)
        if finding.status is None:
            continue
        if _ending_to_come(trigger, finding, cues):
            continue  # "a deal to end more than a year of fighting": no fighting planned
        if finding.status == "negated" and _topic_left_out(trigger):
            continue  # "the two leaders did not discuss Taiwan": they met, not about it
        if _talks_of_meeting(trigger, triggers):
            continue  # "met in Geneva on Sunday to discuss a U.S. plan": the meeting itself
        if _research(trigger):
            continue  # "scientists suspect there is water on Europa"
        if _accord_turned_down(trigger):
            continue  # "Iran rejected a deal with the United States": the rejection only
        if _foreseen_harm(trigger, index, triggers):
            continue  # "the UN warned that millions of Yemenis could starve": no threat
        source, target = _roles(trigger, args)
        if trigger.rule.requires.get("own_object"):
            target = []  # "disarm 70 percent of its fighters": the doer's own men, no party
        if (
            trigger.rule.type == "RETREAT"
            and target
            and not trigger.rule.symmetric
            and trigger.rule.mode != "ceasefire"
        ):
            # "Germany will cut its armed forces to 370,000": the doer's state's own forces
            # are no party to its step back (a truce's sides are: "declared a ceasefire with
            # Bosnian government forces")
            target = _without_own_forces(target, source, index)
        if trigger.kind == "verbal" and word_forms(trigger.head) & load_lexicon().blaming_verbs:
            # "the killing of Hariri, which many Lebanese blamed on Syria": the ones blamed,
            # not the victim of the act blamed (the relative's antecedent); a capital blamed
            # stands for its state ("which many Lebanese blamed on Damascus")
            target = (
                args.phrases(prep_objects(trigger.head, ("on",)))
                or [k for k in _destination_states(trigger, args, hosts, "on") if k not in source]
                or target
            )
        if trigger.rule.type == "ACCUSE":
            # "filed a complaint with the World Trade Organization against the United States"
            target = _complained_of(trigger, args, index, source, target)
        if trigger.rule.word == "reported-obligation" and _own_side(source, target, index):
            continue  # "Xi said the two countries should stand together": no request
        if _commands_own_forces(trigger, source, target, index, cues):
            continue  # "Maduro ordered the militia to deploy": the deployment is the event
        if not target and trigger.rule.type in _MEASURE_TYPES:
            # "threatened tariffs on Chinese goods", "suspended imports of Japanese seafood"
            # (a deportation's "from" phrase is whence: "migrants deported from American
            # cities" are no Americans)
            # (nor is the "from" phrase that names the doer: "warnings from the Lebanese army")
            preps = (
                _THING_PREPS - {"from"}
                if trigger.rule.mode == "deport" or _named_by_from(trigger, args, source)
                else _THING_PREPS
            )
            target = [k for k in _states_of_things(trigger, hosts, preps) if k not in source]
            own = {index.country(k) for k in source} - {None}
            if target and "from" in preps and own:
                # (not the doer's own waters left: "the Chinese coast guard expelled the
                # Philippine vessel from Chinese waters"; but those taken from are parties:
                # "Palestinian police confiscated weapons from Palestinian armed groups")
                taken_from = prep_objects(trigger.head, ("from",))
                if not args.phrases(taken_from + _origins_of_objects(trigger.head)):
                    left = set(_states_of_things(trigger, hosts, ("from",)))
                    target = [k for k in target if not (k in left and index.country(k) in own)]
            if not target and trigger.kind == "verbal":
                # "expelled the Philippine ships from Chinese waters": the ships' state
                things = _states_of_things(
                    trigger, hosts, (), load_lexicon().struck_things | load_lexicon().held_things
                )
                target = [k for k in things if k not in source]
            if not target and trigger.kind == "verbal":
                # "tore up its pact with Australia": the partner; "revoked the visa of
                # Colombia's president", "froze Petro's assets": the owner, of a known state
                # (not a place the tagger took for a name: "occupied the islet of Perejil")
                target = [
                    k
                    for k in args.phrases(_in_objects(trigger.head, ("with",)))
                    or args.owners_of_objects(trigger.head)
                    if k not in source and index.country(k) is not None
                ]
        if not target and trigger.rule.type == "REJECT" and trigger.kind == "verbal":
            # "rejected a deal with the United States": the accord's other side
            accords = [
                c
                for c in trigger.head.children
                if c.dep_ == "dobj" and any(r.type == "AGREE" for r in noun_rules(c))
            ]
            target = [
                k
                for k in args.phrases(p for a in accords for p in prep_objects(a, ("with",)))
                if k not in source
            ]
        if not target and (toured := _toured(trigger, args)) is not None:
            # "travelled to Beijing and Tokyo", "will visit Damascus and Beirut": the states of
            # a tour's towns, but the travellers' own
            homes = {index.country(k) for k in source}
            target = _dedupe(
                k
                for p in args.tour_places(toured)
                if p.country and p.country not in homes
                if (k := hosts.country_key(p.country)) is not None and k not in source
            )
        if not target and trigger.rule.type == "AID" and trigger.rule.moves:
            # "sent 1,000 family tents to Kabul": the state of the town the aid goes to
            target = [k for k in _destination_states(trigger, args, hosts) if k not in source]
        if not target and trigger.rule.away and trigger.kind == "verbal":
            # "recalled its ambassador from Tel Aviv": the state of the town left
            target = [
                k for k in _destination_states(trigger, args, hosts, "from") if k not in source
            ] or [  # "recalled its ambassador to Washington": the state of the post
                k for k in _destination_states(trigger, args, hosts, "to") if k not in source
            ]
        if (
            not target
            and trigger.kind == "verbal"
            and trigger.rule.requires.get("place_actor_object")
        ):
            # "blamed the killing on Damascus", "sought rice from New Delhi": a known town
            # stands for its state
            target = _dedupe(
                k
                for word in trigger.rule.requires.get("actor_object") or ()
                for k in _destination_states(trigger, args, hosts, word)
                if k not in source
            )
        if (
            all(index.kind(k) == "group" and not index.country(k) for k in target)
            and trigger.rule.type == "ASSAULT"
            and any(index.country(k) for k in source)
        ):
            # "fired missiles at Israeli cities": the state whose places are hit (by doers of
            # a known state: "a raid on the Serb village" by a local commander may be on a
            # people's village, not a state's)
            hit = _states_of_things(
                trigger, hosts, _AIMED_PREPS, load_lexicon().struck_things, args
            )
            # "troops crossed into Kuwait", "shells fired into Syria": the state gone into,
            # unless the act says whom it is against ("crossed into northern Iraq in an
            # offensive against PKK rebels")
            if not hit and not any(t.lower_ == "against" for t in trigger.head.subtree):
                hit = _destination_states(trigger, args, hosts, "into")
            # (beside those of no state it harmed: "shelled the South Korean island of
            # Yeonpyeong, killing two marines")
            target = _dedupe(target + [k for k in hit if k not in source])
        thing = _thing_subject(trigger, args)
        if thing is not None:  # "the yen was supported by Japanese data", "the Airbus
            # jetliner crashed, killing 228": no doer, and no owner named before the thing
            owners = {
                k for t in thing.doc[thing.left_edge.i : thing.i + 1] for k in index.keys_at(t)
            } | set(args.phrase(thing))  # ("a Chinese attack ... could allow": China's)
            source = [k for k in source if k not in owners]
        if trigger.kind == "travel" and source and _all_civilians(source, index):
            continue  # "refugees arrived in Macedonia": a journey, not a visit
        if _warns_own_people(trigger, source, target, index):
            continue  # "China warned its citizens against travelling to Japan": advice
        governed_noun = (  # "would quit the talks unless ...": the condition is the verb's
            trigger.kind == "nominal"
            and trigger.light_verb is None
            and trigger.head.dep_ in ("dobj", "pobj")
        )
        if (
            finding.condition is not None
            and not target
            and finding.condition_phrase != "if"
            and not governed_noun
        ):
            # "prepared to dismantle ... only if the United States took steps": the party
            # the condition is put to is the counterpart (a plain "if" states a circumstance)
            condition = finding.condition
            # "unless Israel reversed the deportation of 415 Palestinians": whom the condition
            # asks to act, not whom its act concerns
            if condition.pos_ in ("VERB", "AUX") and _undergone(condition):
                # ("would resist if civilians were harmed": the ones harmed are not asked to
                # act, a "by" phrase's doer is)
                target = [k for k in _condition_doers(condition, args) if k not in source]
            else:
                doers = (
                    args.phrase(subject_of(condition)) if condition.pos_ in ("VERB", "AUX") else []
                )
                target = [k for k in doers or args.keys_in(condition) if k not in source]
        definite = _is_definite(trigger)
        location = args.location(trigger) if source or target or definite else None
        # "the meeting" may take an earlier event's parties; "the commitments made in
        # Singapore" may name an event reported elsewhere (see ``apply_context``)
        back_reference = _is_back_reference(trigger) or (location is not None and definite)
        if not source and not target and not back_reference:
            continue
        if trigger.kind == "nominal":  # "the Singapore summit": a place, not a party
            place_keys, place = compound_place(
                trigger.head, args, patient_of=_of_is_patient(trigger.rule)
            )
            if place_keys:
                source = [k for k in source if k not in place_keys]
                target = [k for k in target if k not in place_keys]
                location = location or place
        number = sentence_of[trigger.head.i]
        if (
            location is None
            and dateline_at is not None
            and dateline_at[0] == number
            and finding.reporter is None
            and trigger.rule.type == "CONSULT"
            and trigger.rule.mode != "phone"  # a call joins two places
            and _main_clause(trigger)
            # "met Sisi in the city of El Alamein": a place named, if unknown, is not the
            # reporter's
            and not _place_named(trigger)
        ):
            location = dateline_at[1]  # the reporter's place, used only for a main-clause meeting
        told_as = trigger.rule.type
        trigger = _retype(trigger, triggers, source, index, target)
        if (told_as, trigger.rule.type) == ("CONCEDE", "ACCUSE") and not target:
            # "regretted that Iraq had not withdrawn" (the one retyping that way): Iraq
            target = _others_clause(trigger.head, source, index)
        mode = trigger.rule.mode
        if trigger.rule.type == "THREATEN" and mode is None:
            mode = _threat_mode(trigger, triggers)
        if trigger.rule.type == "ASSAULT" and mode is None:
            mode = _weapon_mode(trigger)
        elif mode == "explosives" and _weapon_mode(trigger) == "suicide-attack":
            mode = "suicide-attack"  # "a suicide bomber blew himself up among recruits"
        if trigger.rule.type == "ASSAULT" and _targeted_killing(trigger, target, index):
            mode = "targeted"  # "shot dead Prime Minister Yitzhak Rabin", "a massacre"
        if trigger.rule.type == "MOBILIZE" and mode == "troops":
            mode = _force_mode(trigger, source, index) or mode
        if (
            trigger.rule.type == "CONSULT"
            and location is not None
            and trigger.rule.cameo != _MEDIATION
            and (mode is None or (mode == "visit" and trigger.place is not None))
        ):  # a mediator between sides ("shuttled between the factions in Arusha") hosts none
            found = _visit(index, location, source, target)
            if mode is None or found[0] == "visit":
                # (a journey's visit too: "Sihanouk flew on to Beijing, where Zhou Enlai met
                # him": the one who came visits)
                mode, source, target = found
        # the subject's actors matter only when a place could be mistaken for a party
        subject = subject_of(trigger.light_verb or trigger.head) if location is not None else None
        source, target, mode = tidy_roles(
            trigger.rule,
            mode,
            source,
            target,
            location,
            index,
            hosts,
            subjects=args.phrase(subject) if subject is not None else (),
        )
        if (host := _host_of_own_mission(trigger, args, hosts, source, target)) is not None:
            # "would travel to Havana to open the American embassy": Cuba (the place it is
            # in is a party, here)
            target = host
        if not source and not target and not back_reference:
            continue
        if trigger.rule.type == "MOBILIZE" and source and not target:
            # "held drills around Taiwan", "massed troops near the border with Ukraine": the
            # state the show of force is made at
            target = _shown_at(trigger, args, source, hosts)
        if trigger.rule.type == "CONSULT" and _press_contact(source, target, index):
            continue  # "when contacted by Reuters", "met reporters": journalism, no talks
        if trigger.rule.type == "CONSULT" and (
            all(_facility(k, index) for k in target) if target else _to_facility(trigger)
        ):
            continue  # "visited the Kenyatta National Hospital", "a trip to Walter Reed hospital"
        if trigger.rule.pattern and not any(_coded_actor(k, index) for k in source):
            # the CAMEO dictionary's verb patterns were made for state and political actors
            # (PETRARCH codes only actors of its dictionaries): "Audi will offer the car in
            # thirteen finishes" or "signed a one-year contract" by a player is no event
            continue
        # (not a fight of two sides named: "forces and guerrillas exchanged fire in Rolpa";
        # nor of one side, for either: "North Korean troops fought in Russia's Kursk region")
        exchanged = any(
            t is not None and t.lemma_ == "exchange" for t in (trigger.head, trigger.light_verb)
        )
        fought = trigger.rule.symmetric or exchanged
        acted_on = args.place_acted_on(trigger) if not target and not fought else None
        if not target and acted_on is None and trigger.rule.type in _INTENT_TYPES:
            # "threatened to place Karachi under emergency rule": the town the act threatened
            # or offered would act on
            acted_on = next(
                (
                    found
                    for t in triggers
                    if t.kind == "verbal"
                    and t.head.dep_ == "xcomp"
                    and t.head.head.i == trigger.head.i
                    and (found := args.place_acted_on(t)) is not None
                ),
                None,
            )
        if not target and acted_on is not None and acted_on.country:
            # "Israeli jets bombed Sidon": the state of the town acted on is the recipient,
            # as event data codes it (a capital is read as its state by the actor stage)
            key = hosts.country_key(acted_on.country)
            target = [key] if key is not None and key not in source else target
        sent = sentences[number]
        heads.append(trigger.head)
        governors.append(
            (finding.governor, trigger.rule.mode == "visit" or trigger.kind == "travel")
        )
        if (
            not source
            and trigger.kind == "verbal"
            and trigger.rule.type in load_lexicon().passive_unnamed_types
            and _passive(trigger.head)
        ):
            unnamed_doer.add((number, trigger.start_char))
        if not source and (_unknown_doer(trigger) or thing is not None):
            unknown_doer.add((number, trigger.start_char))
        mentions.append(
            EventMention(
                type=trigger.rule.type,
                mode=mode,
                cameo=_cameo(trigger, mode),
                source=source,
                target=target,
                status=finding.status,
                sentence=number,
                start=sent.start_char,
                end=sent.end_char,
                text=sent.text,
                trigger=trigger.text,
                trigger_start=trigger.start_char,
                date=_date(trigger, time, index, registry),
                location=location,
                confidence=_confidence(trigger, finding, source, target),
                claimant=_claimant(args, finding),
            )
        )
    mentions, heads = _merge_refused(mentions, heads, governors, index, hosts)
    told = _told_on(sentences, mentions, time, args)
    headings = heading_dates(doc.text, time)
    mentions = apply_context(doc, _merge_scene(mentions, heads), index, told, headings)
    mentions = [_not_yet_done(m, time.published) for m in mentions]
    unnamed = load_lexicon().unnamed_source_types
    return [
        m
        for m in mentions
        if (
            m.source
            or (
                m.target
                # "threatened to kill the hostages", "should not be forced to": no act, no doer
                and m.status not in ("hypothetical", "negated")
                and (m.sentence, m.trigger_start) not in unknown_doer
                and (m.type in unnamed or (m.sentence, m.trigger_start) in unnamed_doer)
            )
            or is_place_reference(m)
        )
        and _has_event_party(m, index, doc, registry)
    ]


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _places_at(
    lookup: Callable[[str], Location | None], on: str | None
) -> Callable[[str], Location | None]:
    """A place lookup whose places lie in the states of date ``on`` (state_successions)."""

    def place(name: str) -> Location | None:
        found = lookup(name)
        if found is not None and (country := state_on(found.country, on)) != found.country:
            return Location(found.name, country, found.lat, found.lon)
        return found

    return place


def _is_back_reference(trigger: Trigger) -> bool:
    """ "the meeting", "that summit": a bare definite event noun that may name an earlier
    event (a modified one, "the Singapore summit", may name another)."""
    children = list(trigger.head.children)
    return (
        trigger.kind == "nominal"
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)
        and all(c.dep_ in ("det", "punct") for c in children)  # "the Singapore summit" names
    )


def _is_definite(trigger: Trigger) -> bool:
    """ "the discussion in Pyongyang", "the commitments that were made": an event noun that
    refers to a known event ("a trip to Pyongyang" introduces a new one)."""
    return trigger.kind == "nominal" and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.head.children
    )


def _main_clause(trigger: Trigger) -> bool:
    """Whether the trigger reports the sentence's main event: the root verb or a verb
    conjoined with it, its subject or object, or a noun in an "in"/"at"/"during" phrase of
    it ("after two days of talks" sets the scene of another event)."""
    word = trigger.light_verb or trigger.head
    if word.dep_ == "ROOT":
        return True
    if (
        word.dep_ == "conj"
        and word.pos_ == "VERB"
        and word.head.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
    ):
        return True  # "walked across the line ... and shook hands with Kim" (not "..., but
        # he did not meet Kim", a clause of its own)
    if word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.head.dep_ == "ROOT":
        return True
    prep = word.head
    return (
        word.dep_ == "pobj" and prep.lower_ in ("in", "at", "during") and prep.head.dep_ == "ROOT"
    )


def _date(trigger: Trigger, time: TimeAnalysis, index: ActorIndex, registry: object) -> EventDate:
    """The trigger's date from the time stage; with no dating expression, bounds from the term
    of an office holder the clause names ("at the end of Bill Clinton's presidency")."""
    found = date_for_trigger(trigger.head, time)
    if found.value is not None or found.earliest is not None:
        return found
    entries = getattr(registry, "entries", {})

    def roles_of(token: Token) -> list[tuple[str, str | None, str | None]]:
        roles = []
        for key in index.keys_at(token):
            actor = index.actors.actors.get(key)
            entry = entries.get(actor.registry_id) if actor and actor.registry_id else None
            roles += [(r.title, r.start, r.end) for r in getattr(entry, "roles", ())]
        return roles

    return role_anchor(trigger.head, roles_of) or found


def _quarrel(
    trigger: Trigger, source: Sequence[str], target: Sequence[str], index: ActorIndex
) -> bool:
    """Whether a verbal clash with an "over" phrase is one of named people only ("Petro
    clashed with Trump over deportations"): words, not a fight."""
    parties = [*source, *target]
    return (
        trigger.kind == "verbal"
        and trigger.rule.type == "ASSAULT"
        and trigger.head.lemma_.lower() == "clash"
        and any(c.dep_ == "prep" and c.lower_ == "over" for c in trigger.head.children)
        and len(set(parties)) > 1
        and all(index.kind(k) == "person" for k in parties)
    )


def _retype(
    trigger: Trigger,
    triggers: list[Trigger],
    source: list[str],
    index: ActorIndex,
    target: Sequence[str] = (),
) -> Trigger:
    """The type the whole clause gives a trigger word (first matching rule):

    - armed forces arriving are deployed ("Indonesian troops arrived in Dili"), as
      peacekeepers aid;
    - a promise of force is a threat ("vowed to retaliate", "ready to impose martial law");
    - an agreement made yielding accedes ("Bowing to opposition demands, he agreed to ...");
    - sending peacekeepers is aid ("sent 500 peacekeepers to Liberia", CAMEO 074);
    - violence by protesters is a riot ("Kurdish protesters clashed with police"), and so is
      burning or stoning by a civilian crowd;
    - a clash of people over a matter is a quarrel ("Petro has clashed with Trump over
      deportations", CAMEO 111);
    - a blockade by the state is coercion ("Turkey blocked access to YouTube");
    - a seizure by civilians is protest ("students occupied the rectorate"), and so is their
      defiance of authority ("supporters defied the authorities, shouting slogans");
    - a protest by the state is disapproval ("the ministry summoned the ambassador to protest
      against the remarks"; PLOVER keeps PROTEST for civilian collective action);
    - fire from armed doers is gunfire ("came under fire from Taliban fighters"), from others
      criticism;
    - a person "under attack" from no armed doer is criticised ("Warren was under
      near-constant attack from her rivals"; a convoy under attack is still attacked);
    - a riot by armed doers is an assault ("the paramilitary group had looted homes").
    """
    rule = trigger.rule
    if _quarrel(trigger, source, target, index):
        # "Petro, who has clashed with President Donald Trump over deportations"
        return trigger.retyped(type="ACCUSE", mode="disapprove", cameo="111")
    if (
        rule.type == "ASSAULT"
        and trigger.kind == "verbal"
        and word_forms(trigger.head) & load_lexicon().reprisal_verbs
        and _answers_a_sanction(trigger, triggers)
    ):  # "Trump raised tariffs on Chinese goods ..., and Beijing retaliated each time"
        return trigger.retyped(type="SANCTION", mode="discontinue", cameo="163", symmetric=False)
    if (rule.type, rule.mode) == ("ASSAULT", "explosives") and _tested_device(trigger, triggers):
        # "carried out five nuclear tests, two weeks after India detonated its own devices"
        return trigger.retyped(mode="unconventional", cameo="2042")
    if (rule.type, rule.mode) == ("RETREAT", "release") and _rescued(trigger, source, index):
        # "army commandos freed two engineers kidnapped by ELN guerrillas": a rescue is aid
        return trigger.retyped(type="AID", mode=None, cameo="073", symmetric=False)
    if trigger.kind == "travel" and source and (aid := _travels_to_aid(trigger, source, index)):
        return trigger.retyped(type="AID", mode=None, cameo=aid, symmetric=False)
    # "Dhlakama, leader of the Renamo rebels, flew to Harare": a person's journey is a visit
    travellers = [index.kind(k) for k in source]
    if trigger.kind == "travel" and _armed(source, index) and "person" not in travellers:
        if _names_peacekeepers(trigger):
            return trigger.retyped(type="AID", mode=None, cameo="074", symmetric=False)
        return trigger.retyped(**load_lexicon().forces_travel, symmetric=False)
    if (
        (rule.type, rule.mode) == ("PROTEST", "strike")
        # only the word "strike" may name an attack ("walked out of the chamber" never does)
        and "strike" in word_forms(trigger.head)
        # ("Islamic militants called a strike to protest the visit": a stoppage they call)
        # (not one named: "called the strike a crime")
        and not (
            trigger.head.dep_ == "dobj"
            and trigger.head.head.lemma_.lower() in load_lexicon().stoppage_calling_verbs
            and not any(c.dep_ == "oprd" for c in trigger.head.head.children)
        )
        and (
            _strikes_told_as_attacks(trigger, triggers)
            # "the strikes the U.S. military has carried out on boats": forces, or states
            # named as doing them, do not stop work (not "French rail strikes")
            or _armed(source, index)
            # "ECOWAS would not say when it would strike", "Iran said it would strike": a
            # state or a body of states striking
            or (trigger.head.pos_ == "VERB" and _states_or_blocs(source, index))
            or (
                bool(source)
                # (or a state's official: "Solana said he had ordered the strikes")
                and all(
                    index.kind(k) == "country"
                    or (index.kind(k) == "person" and _all_in_sectors([k], index, _RULERS))
                    for k in source
                )
                and (
                    trigger.light_verb is not None
                    or bool(prep_objects(trigger.head, ("by",)))
                    # "Tehran said its own strike had targeted Jaish al-Adl"
                    or _strike_hits(trigger)
                )
            )
        )
        and not (source and _all_civilians(source, index))
        # "Hamas called a general strike": a stoppage of work, whoever calls it
        and not any(
            c.dep_ in ("amod", "compound")
            and c.lemma_.lower() in load_lexicon().labour_strike_words
            for c in trigger.head.children
        )
    ):
        # "a U.S. military strike that killed eleven people ... warned that more strikes would
        # follow": a bare "strikes" is of the kind the story tells
        return trigger.retyped(type="ASSAULT", mode=None, cameo="190", symmetric=False)
    # "the Palestinians agreed to arrest militants": what a party agrees to do is promised to
    # the other side of the deal, no threat (unlike "vowed to arrest")
    if rule.type == "AGREE" and not rule.symmetric and (threat := _threat_mode(trigger, triggers)):
        return trigger.retyped(type="THREATEN", mode=threat, cameo="130", symmetric=False)
    if (
        rule.type == "AGREE"
        and not rule.symmetric
        and trigger.kind == "verbal"
        and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in load_lexicon().ousting_verbs
            for c in trigger.head.children
        )
    ):  # "guerrillas vowed to overthrow the government": a threat to it, no agreement
        return trigger.retyped(type="THREATEN", mode=None, cameo="130", symmetric=False)
    if (
        rule.type == "CONCEDE"
        and trigger.kind == "verbal"
        and trigger.head.lemma_.lower() in load_lexicon().regretting_verbs
        and _others_clause(trigger.head, source, index)
    ):  # "said it regretted that Iraq had not withdrawn": disapproval of Iraq, no apology
        return trigger.retyped(type="ACCUSE", mode="disapprove", cameo="111", symmetric=False)
    if rule.type == "AGREE" and _yielding(trigger):
        return trigger.retyped(**load_lexicon().yielded_agreement, symmetric=False)
    if rule.type == "MOBILIZE" and (
        _names_peacekeepers(trigger)
        or _sent_to_help(trigger, source, target, index)
        # "the African Union flew 150 Rwandan soldiers into El Fasher to shield its monitors
        # and civilians": an international body's protection (a government's own troops
        # sent "to guard judges" are no aid)
        or (
            _all_in_sectors(source, index, load_lexicon().aid_travel.get("protectors", ()))
            and _protective_purpose(trigger.head)
        )
    ):
        return trigger.retyped(type="AID", mode=None, cameo="074")
    if (
        rule.type == "ACCUSE"
        and trigger.kind == "nominal"
        and "fire" in word_forms(trigger.head)
        and _armed(source, index)
    ):  # "came under fire from Taliban fighters": gunfire, not criticism
        return trigger.retyped(type="ASSAULT", mode="firearms", cameo="190")
    if (
        rule.type == "ASSAULT"
        and trigger.kind == "nominal"
        and trigger.head.head.lower_ == "under"
        and target
        and all(index.kind(k) == "person" for k in target)
        and not _armed(source, index)
    ):
        return trigger.retyped(type="ACCUSE", mode="disapprove", cameo="111")
    if (rule.type, rule.mode) == ("PROTEST", "riot") and source and _armed(source, index):
        # "the paramilitary group had looted homes": armed men's plunder is no riot
        return trigger.retyped(**load_lexicon().armed_plunder, symmetric=False)
    # not forces firing "in the march": an armed doer's assault stays one
    if rule.type == "ASSAULT" and _by_protesters(trigger) and not _armed(source, index):
        return trigger.retyped(type="PROTEST", mode="riot", cameo="145")
    if (
        rule.type == "ASSAULT"
        and (rule.mode or _weapon_mode(trigger)) in load_lexicon().riot.get("crowd_modes", ())
        and source
        and _all_civilians(source, index)
        and _plural_doer(trigger)
        and not _kills(trigger)
    ):  # "thousands of villagers set fire to the police station"
        return trigger.retyped(type="PROTEST", mode="riot", cameo="145")
    if rule.mode == "obstruct" and _by_the_state(trigger, source, index):
        return trigger.retyped(**load_lexicon().state_obstruction)
    if (
        (rule.type, rule.mode) in (("COERCE", "seize"), ("COERCE", "restrict"))
        and source
        and _all_civilians(source, index)
    ):  # "students occupied the rectorate", "farmers threw up blockades at ports"
        return trigger.retyped(**load_lexicon().civilian_seizure)
    if _civilian_defiance(trigger, source, index):
        return trigger.retyped(**load_lexicon().civilian_defiance)
    if (
        rule.type == "PROTEST"
        and "protest" in word_forms(trigger.head)  # a rally or a march is collective action
        and _by_the_state(trigger, source, index, frozenset({"GOV", "IGO"}))
    ):  # a government's or an alliance's protest is a diplomatic one
        return trigger.retyped(type="ACCUSE", mode="disapprove", cameo="111")
    if (rule.type, rule.mode) == ("SANCTION", "discontinue") and _supplies_withheld(trigger):
        return trigger.retyped(**load_lexicon().withheld_supplies, symmetric=False)
    if (rule.type, rule.mode) == ("COERCE", "deport") and _en_masse(trigger):
        return trigger.retyped(**load_lexicon().mass_expulsion, symmetric=False)
    if _own_arms_destroyed(trigger, source, target, index):
        return trigger.retyped(**load_lexicon().arms_destroyed, symmetric=False)
    return trigger


def _host_of_own_mission(
    trigger: Trigger, args: Arguments, hosts: HostLookup, source: list[str], target: list[str]
) -> list[str] | None:
    """For an act on a mission of the doer's own state or of no state named ("opened the
    American embassy in Havana", "opened an embassy in Abu Dhabi"), the state it is in,
    named by an "in" phrase or by where the doer travels to do it ("would travel to Havana
    in August to open the American embassy"), or no one; None when the act is on no such
    mission."""
    missions = mission_objects(trigger.head) if trigger.kind == "verbal" else []
    if not missions:
        return None
    homes = {args.index.country(k) for k in source} - {None}
    owners = [k for m in missions for k in args.index.keys_at(m)]
    own = [k for k in owners if args.index.country(k) in homes]
    if not homes or len(own) < len(owners):
        return None  # ("stormed the Egyptian embassy": another state's)
    head = trigger.head
    places = [o for m in missions for o in prep_objects(m, ("in",))] + prep_objects(head, ("in",))
    if head.dep_ in ("advcl", "xcomp") and to_infinitive(head):
        places += prep_objects(head.head, ("to",))  # where the doer goes to do it
    for place in places:
        states = [
            k
            for k in args.phrase(place)
            if args.index.kind(k) == "country" and args.index.country(k) not in homes
        ]
        if not states:  # "in Bahrain", a name the actor stage left as the mission's place
            named = hosts.named_key(
                place.doc[place.left_edge.i : place.i + 1].text.removeprefix("the ")
            )
            states = [named] if named and args.index.country(named) not in homes else []
        if states:
            return states
        location = args.place_of(place)  # "in Abu Dhabi"
        if location is not None and location.country and location.country not in homes:
            key = hosts.country_key(location.country)
            return [key] if key else []
    return [k for k in target if k not in own]


def _en_masse(trigger: Trigger) -> bool:
    """Whether the people an act sends away are counted by the ten thousand or the million
    ("ordered more than one million Ghanaians ... to leave", "tens of thousands of ...")."""
    lexicon = load_lexicon()
    people = [c for c in trigger.head.children if c.dep_ in ("dobj", "nsubjpass")]
    for word in (w for p in people for w in p.subtree):
        if word.lower_ in lexicon.mass_counts:
            return True
        scales = lexicon.mass_scaled.get(word.lower_, ())
        if any(w.lower_ in scales for w in word.doc[max(word.i - 2, 0) : word.i]):
            return True  # "tens of thousands of black Mauritanians"
        number = word.text.replace(",", "")
        if word.like_num and number.isdigit() and int(number) >= lexicon.mass_least:
            return True
    return False


def _own_arms_destroyed(
    trigger: Trigger, source: list[str], target: Sequence[str], index: ActorIndex
) -> bool:
    """Whether a state or its leaders destroy weapons of no one else, their own ("Syria
    destroyed its chemical weapons") or to come ("an agreement to destroy a whole class of
    weapons"), not forces' work ("jets destroyed rocket launchers")."""
    lexicon = load_lexicon()
    head = trigger.head
    if trigger.rule.type != "ASSAULT" or not word_forms(head) & lexicon.destroying_verbs:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    things = objects + [o for c in objects for o in prep_objects(c, ("of",))]
    arms = [t for t in things if t.lemma_.lower() in lexicon.destroyed_arms]
    if not arms:
        return False
    if not source or _armed(source, index) or any(k not in source for k in target):
        return False
    owners = [c for a in arms for c in a.children if c.dep_ in ("poss", "compound", "amod")]
    owners += [o for a in arms for o in prep_objects(a, ("of",))]
    own = [o for o in owners if o.lower_ in ("its", "their")]
    if any(set(index.keys_at(o)) - set(source) for o in owners if o not in own):
        return False  # "the weapons of Hezbollah": another's
    if own:
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and bool(
        word_forms(head.head) & lexicon.disarming_deals
    )


def _place_named(trigger: Trigger) -> bool:
    """Whether the trigger's clause names a place by a proper name in an "in" or "at" phrase
    ("in the city of El Alamein"), known to the gazetteer or not."""
    anchors = [trigger.head] + ([trigger.light_verb] if trigger.light_verb is not None else [])
    objects = [o for a in anchors for o in prep_objects(a, ("in", "at"))]
    # (a town by its name, "the city of El Alamein"; a building in the dateline's town, "at
    # the White House", "in the Oval Office", is no other place)
    towns = [
        o
        for obj in objects
        if obj.lemma_.lower() in _TOWN_NOUNS
        for o in prep_objects(obj, ("of",))
        if o.tag_ in ("NNP", "NNPS")
    ]
    # "flew to Pyongyang ... and was greeted at the airport by Kim": the place the clause
    # joined to it goes to
    joined = [v for a in anchors for v in a.conjuncts if v.pos_ in ("VERB", "AUX")]
    goals = [o for v in joined for o in prep_objects(v, ("to",))]
    return bool(towns) or any(o.ent_type_ in ("GPE", "LOC") for o in objects + goals)


_TOWN_NOUNS = frozenset({"city", "town", "village", "resort", "port", "capital"})


def _strike_hits(trigger: Trigger) -> bool:
    """Whether a strike noun is the subject of a verb of hitting something ("its strike had
    targeted Jaish al-Adl", "the strike killed two commanders"): a blow, no walkout."""
    head = trigger.head
    return (
        trigger.kind == "nominal"
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in load_lexicon().strike_result_verbs
    )


def _strikes_told_as_attacks(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a strike noun with no word of its kind ("more strikes") is in a story that
    tells of strikes as attacks ("a military strike", "American forces had struck a vessel")."""
    strike = {"strike", "airstrike"}
    if trigger.kind != "nominal" or trigger.head.lemma_.lower() not in strike:
        return False
    if any(c.dep_ in ("amod", "compound", "poss") for c in trigger.head.children):
        return False
    return any(
        t.rule.type == "ASSAULT" and t.head.lemma_.lower() in strike and t.head.i != trigger.head.i
        for t in triggers
    )


def _tested_device(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a verb's object is a device (``tested_devices``) in a sentence that tells of
    nuclear tests ("carried out five nuclear tests ... after India detonated its own
    devices")."""
    lexicon = load_lexicon()
    return (
        trigger.kind == "verbal"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.tested_devices
            for c in trigger.head.children
        )
        and any(
            "test" in word_forms(t.head)
            and any(m.lower_ in lexicon.atomic_words for m in t.head.children)
            and t.head.sent.start == trigger.head.sent.start
            for t in triggers
        )
    )


def _supplies_withheld(trigger: Trigger) -> bool:
    """Whether what is stopped or cut is goods a population lives on, on their way to a
    place or a facility ("halted fuel deliveries to the Gaza Strip's only power plant")."""
    lexicon = load_lexicon()
    head = trigger.head
    held = [c for c in head.children if c.dep_ == "dobj"] + prep_objects(head, ("in", "of"))
    held += [c for h in held for c in h.conjuncts]
    words = [w for h in held for w in (h, *h.children)]  # "fuel deliveries"
    words += [c for w in words for c in w.conjuncts]  # "fuel and electricity supplies"
    if not {w.lemma_.lower() for w in words} & lexicon.withheld_goods:
        return False
    places = prep_objects(head, ("to",)) + [p for h in held for p in prep_objects(h, ("to",))]
    return any(p.lemma_.lower() in lexicon.withheld_destinations for p in places)


def _yielding(trigger: Trigger) -> bool:
    """Whether the trigger's verb is done yielding, as an opening participle says ("Bowing to
    opposition demands, ...", "Yielding to pressure, ...")."""
    verbs = load_lexicon().yielding_verbs
    # "Yielding to opposition demands, Ratsiraka sacked his government and promised ...":
    # the participle hangs on the first of the coordinated verbs
    heads = [trigger.head] + ([trigger.head.head] if trigger.head.dep_ == "conj" else [])
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and word_forms(c) & verbs
        for h in heads
        for c in h.children
    )


def _commanding_verbs() -> frozenset[str]:
    """Verbs by which one commands forces (``commanding_verbs`` in status_cues.yaml)."""
    return load_cues().words["commanding_verbs"]


def _plural_doer(trigger: Trigger) -> bool:
    """Whether the clause's subject is a plural noun ("villagers", "thousands of people"),
    a crowd rather than one person ("a farmer")."""
    clause = trigger.light_verb or trigger.head
    if clause.pos_ == "NOUN" and clause.dep_ == "pobj" and clause.head.head.pos_ == "VERB":
        clause = clause.head.head  # "youths went on the rampage"
    subject = subject_of(clause)
    return subject is not None and subject.tag_ in ("NNS", "NNPS")


def _civilian_defiance(trigger: Trigger, source: list[str], index: ActorIndex) -> bool:
    """Whether civilians defy authority ("opposition supporters defied the authorities,
    shouting slogans"; not an opening "Defying the austerity drive, the union struck") or a
    crowd of them protests against a party ("angry investors protested against the
    government": a demonstration, no complaint)."""
    if not source or not _all_civilians(source, index):
        return False
    forms = word_forms(trigger.head)
    if trigger.rule.type == "REJECT":
        return bool(forms & load_lexicon().defying_verbs) and trigger.head.tag_ != "VBG"
    return (
        trigger.rule.type == "ACCUSE"
        and trigger.kind == "verbal"
        and "protest" in forms
        and _plural_doer(trigger)
    )


def _by_the_state(
    trigger: Trigger, source: list[str], index: ActorIndex, sectors: frozenset[str] | None = None
) -> bool:
    """Whether every doer is a state: a country named as such ("Turkey", not "young
    Algerians"), or a group or person of a state sector (police, army, government; or of
    ``sectors`` when given)."""
    sectors = load_lexicon().state_sectors if sectors is None else sectors
    subject = subject_of(trigger.light_verb or trigger.head)
    # "Algerians", "thousands of Nigerians": people, not a state
    people = subject is not None and (
        subject.tag_ == "NNPS"
        or any(
            g.tag_ in ("NNPS", "NNS")
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
        )
    )
    actors = [index.actors.actors.get(k) for k in source]
    return bool(actors) and all(
        a is not None and ((a.kind == "country" and not people) or a.sector in sectors)
        for a in actors
    )


def _travels_to_aid(trigger: Trigger, source: list[str], index: ActorIndex) -> str | None:
    """The CAMEO code of the aid a journey is made to give (``aid_travel``), or None: its
    travellers are all health workers ("Cuban doctors arrived in Port-au-Prince") or military
    trainers ("200 U.S. military instructors arrived in Tbilisi"), or its purpose is a
    protective or relief act ("landed in Dili to protect civilians")."""
    rules = load_lexicon().aid_travel
    if _all_in_sectors(source, index, rules.get("sectors", frozenset())):
        return "073"
    subjects = [s for s in trigger.head.children if s.dep_ == "nsubj"]
    # "dozens of British army instructors arrived": the quantity's "of" phrase
    subjects += prep_objects(subjects[0], ("of",)) if subjects else []
    if any(word_forms(s) & rules.get("trainers", frozenset()) for s in subjects):
        return "072"
    return "073" if _protective_purpose(trigger.head) else None


def _protective_purpose(verb: Token) -> bool:
    """Whether ``verb`` is done to protect or relieve (``aid_travel`` ``purposes``: "landed in
    Dili to protect civilians")."""
    return bool(_purpose_clauses(verb, load_lexicon().aid_travel.get("purposes", frozenset())))


def _purpose_clauses(verb: Token, purposes: Collection[str]) -> list[Token]:
    """The "to" infinitives of ``verb`` whose verb is one of ``purposes`` ("landed in Dili
    to protect civilians")."""
    helping = load_lexicon().aid_travel.get("helping", frozenset())
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
    # "sent 150 soldiers to Abeche to guard civilians": the infinitive hung on what is sent
    clauses += [
        c
        for o in verb.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ == "acl" and to_infinitive(c)
    ]
    # "to help guard polling stations": the helped act is the purpose
    clauses += [g for c in clauses if c.lemma_.lower() in helping for g in _helped_acts(c)]
    return [c for c in clauses if c.lemma_.lower() in purposes]


def _helped_acts(clause: Token) -> list[Token]:
    """The verbs a "help" clause governs ("to help guard polling stations": "guard")."""
    return [g for g in clause.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"]


def _sent_to_help(
    trigger: Trigger, source: list[str], target: Sequence[str], index: ActorIndex
) -> bool:
    """Whether forces are sent to help a party other than the sender (``aid_travel``
    ``helping``: "sent 600 soldiers to Sierra Leone to help President Momoh's government
    fight rebels"): military aid."""
    helping = load_lexicon().aid_travel.get("helping", frozenset())
    clauses = _purpose_clauses(trigger.head, helping)
    helped = [
        k
        for c in clauses
        for o in c.children
        # not "to support its own forces": the sender's, whatever the pronoun resolves to
        if o.dep_ == "dobj" and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in o.children)
        for t in o.subtree
        for k in index.keys_at(t)
    ]
    # "sent troops to Russia to support its war against Ukraine": the war of the state sent
    # to, whatever the pronoun resolves to
    helped += [
        k
        for c in clauses
        for o in c.children
        if o.dep_ == "dobj"
        and _hostile_noun(o, index)
        and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in o.children)
        for k in target
    ]
    # "sent 300 soldiers to Chad to help protect refugee camps": helping the place sent to
    helped += [
        k
        for c in clauses
        if not any(o.dep_ == "dobj" for o in c.children) and _helped_acts(c)
        for k in target
    ]
    return any(k not in source for k in helped)


def _armed(source: list[str], index: ActorIndex) -> bool:
    """Whether every doer is armed (``armed_sectors``: forces, rebels, militias, gangs);
    a country named as such is not ("came under fire from the United States" is criticism)."""
    return _all_in_sectors(source, index, load_lexicon().armed_sectors)


# Sectors of people who speak for a state or a body of states (officials, officers).
_RULERS = frozenset({"GOV", "MIL", "IGO"})


def _states_or_blocs(keys: list[str], index: ActorIndex) -> bool:
    """Whether there are actors and every one is a state or an intergovernmental body."""
    return bool(keys) and all(
        index.kind(k) == "country" or _all_in_sectors([k], index, ("IGO",)) for k in keys
    )


def _all_in_sectors(keys: list[str], index: ActorIndex, sectors: Collection[str]) -> bool:
    """Whether there are actors and every one is of one of ``sectors``."""
    return bool(keys) and all(
        getattr(index.actors.actors.get(k), "sector", None) in sectors for k in keys
    )


def _kills(trigger: Trigger) -> bool:
    """Whether the trigger's clause tells of killing ("stormed the village, hacking 13
    villagers to death"): an assault, however armed, not a riot."""
    killing = load_lexicon().riot.get("killing", frozenset())
    clause = trigger.light_verb or trigger.head
    return any(
        word_forms(t) & killing or (t.lower_ == "death" and t.head.lower_ == "to")
        for t in clause.subtree
    )


def _rescued(trigger: Trigger, source: list[str], index: ActorIndex) -> bool:
    """Whether the people freed are described as held or taken by someone named ("freed two
    engineers who had been kidnapped by ELN guerrillas", "crewmen held by Abu Sayyaf
    gunmen"), or freed by the state's forces and called taken ("commandos freed 14
    kidnapped schoolchildren", "police freed the hostages"): another party's captives,
    rescued."""
    if trigger.kind != "verbal":
        return False
    freed = [c for c in trigger.head.children if c.dep_ == "dobj"]
    if any(
        clause.dep_ in ("acl", "relcl") and any(g.dep_ == "agent" for g in clause.children)
        for obj in freed
        for clause in obj.children
    ):
        return True
    lexicon = load_lexicon()
    return _all_in_sectors(source, index, lexicon.rescuer_sectors) and (
        any(
            c.dep_ in ("amod", "acl") and c.lower_ in lexicon.taken_words
            for obj in freed
            for c in obj.children
        )
        # "police freed the hostages": taken by others
        or any(word_forms(obj) & lexicon.captive_nouns for obj in freed)
    )


def _targeted_killing(trigger: Trigger, target: list[str], index: ActorIndex) -> bool:
    """Whether an assault is a massacre ("slaughtered hundreds of civilians", "killed 98
    villagers in an overnight massacre") or kills, or attempts the life of, people in public
    office only ("shot dead Prime Minister Yitzhak Rabin"); ``targeted`` in triggers.yaml."""
    targeted = load_lexicon().targeted
    clause = trigger.light_verb or trigger.head
    words = [word_forms(t) for t in clause.subtree]
    if any(forms & targeted.get("massacre", frozenset()) for forms in words):
        return True
    if not target or not all(index.kind(k) == "person" for k in target):
        return False
    if not _all_in_sectors(target, index, targeted.get("victim_sectors", ())):
        return False
    return any(forms & targeted.get("killing", frozenset()) for forms in words)


def _by_protesters(trigger: Trigger) -> bool:
    """Whether an assault is done by protesters: its subject is a protest noun or is
    described by a protest participle, or its clause is set "in" a protest."""
    riot = load_lexicon().riot
    clause = trigger.light_verb or trigger.head
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [clause] + ([clause.head] if clause.dep_ == "conj" else [])
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and (inherited := subject_of(verb)) is not None:
            subjects = [inherited]  # "youths angry at ... went on the rampage, torching shops"
        for subject in subjects:
            preps = [p for p in subject.children if p.dep_ == "prep"]
            nouns = [subject] + [o for p in preps for o in p.children if o.dep_ == "pobj"]
            if any(word_forms(n) & riot.get("doers", frozenset()) for n in nouns):
                return True
            # "supporters demanding an end to ...", "rioting youths"
            described = [
                g for n in nouns for g in n.children if g.dep_ in ("acl", "amod", "compound")
            ]
            if any(g.lower_ in riot.get("participles", frozenset()) for g in described):
                return True
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "amid"):
                # a common noun: "in March 1988" sets no march
                scenes = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                if any(word_forms(g) & riot.get("scenes", frozenset()) for g in scenes):
                    return True
    return False


def _names_peacekeepers(trigger: Trigger) -> bool:
    """Whether the trigger's clause (or, for an event noun, its phrase) names peacekeepers."""
    words = load_lexicon().peacekeeping_words
    clause = trigger.light_verb or trigger.head
    # not "in a show of strength against U.N. peacekeepers": those opposed are not sent
    opposed = {
        t.i
        for p in clause.subtree
        if p.dep_ == "prep" and p.lower_ in ("against", "at", "on")
        for t in p.subtree
    }
    scope = [t for t in clause.subtree if t.i not in opposed]
    if trigger.kind == "nominal" and clause.dep_ in ("nsubj", "nsubjpass"):
        scope += list(clause.head.subtree)  # "the deployment of ... have arrived"
    return any(t.lower_ in words or t.lemma_.lower() in words for t in scope)


def _force_mode(trigger: Trigger, source: list[str], index: ActorIndex) -> str | None:
    """The MOBILIZE mode of the force moved (``force_modes``): police or a militia named as
    what is deployed or massed ("riot police were deployed", "moved hundreds of fighters"),
    weapons moved with no personnel named ("moved batteries of missiles"), else the doers'
    sector ("the rebels massed near the town")."""
    lexicon = load_lexicon()
    clause = trigger.light_verb or trigger.head
    forces = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    forces += prep_objects(clause, ("with",))  # "flooded the capital with riot police"
    if trigger.kind == "nominal":  # "the deployment of riot police"
        forces += [g for c in clause.children if c.lower_ == "of" for g in c.children]
        if clause.dep_ == "pobj" and clause.head.head.pos_ == "VERB":
            # "placed police on high alert": the verb's object is put on alert
            forces += [c for c in clause.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    # "thousands of riot police were deployed": the force is what the quantity counts
    forces += [g for f in forces for c in f.children if c.lower_ == "of" for g in c.children]
    if not forces and (subject := subject_of(clause)) is not None:
        forces = [subject]  # "police massed", "troops arrived"
    words = [t for force in forces for t in (force, *force.children)]
    named = lexicon.force_words
    modes = [named[w] for t in words for w in word_forms(t) if w in named]
    if people := [m for m in modes if m != "weapons"]:
        return people[0]
    if modes and not any(word_forms(t) & lexicon.force_personnel for t in words):
        return "weapons"  # "moved batteries of missiles", not "moved troops and tanks"
    sectors = {index.actors.actors[k].sector for k in source if k in index.actors.actors}
    modes = {lexicon.force_sectors.get(s or "") for s in sectors}
    return modes.pop() if len(modes) == 1 else None


def _weapon_mode(trigger: Trigger) -> str | None:
    """The ASSAULT mode from the weapon named in the trigger's clause or its subject."""
    clause = trigger.light_verb or trigger.head
    instruments = load_lexicon().instruments
    for token in clause.subtree:
        mode = next((instruments[f] for f in word_forms(token) if f in instruments), None)
        if mode is not None:
            return mode
    return None


def _threat_mode(threat: Trigger, triggers: list[Trigger]) -> str | None:
    """The THREATEN mode from the act threatened: the trigger heading the complement clause
    ("threatened to break relations") or, when that verb names no event, its object ("to
    institute a curfew"; "to lift the ban" is no threat)."""
    modes = load_lexicon().threat_modes
    if threat.rule.type == "AGREE":  # only acts of force make a promise a threat
        modes = {k: v for k, v in modes.items() if k.split("/")[0] not in ("REJECT", "PROTEST")}
    by_word = {t.head.i: t for t in triggers}
    complements = [c for c in threat.head.children if c.dep_ in ("xcomp", "ccomp")]
    # "raised the prospect of expelling British diplomats"
    complements += [c for c in complement_acts(threat.head) if c.dep_ == "pcomp"]
    # "vowed to continue fighting": through a verb that only carries the act on
    cues = load_cues()
    implicative = cues.words["implicative_governors"]
    complements += [
        g
        for c in complements
        if word_forms(c) & implicative
        for g in c.children
        if g.dep_ in ("xcomp", "ccomp")
    ]
    clauses = complements + [k for c in complements for k in c.conjuncts]
    if threat.rule.requires.keys() & {"facing_harm", "measures_clause"}:
        # a saying that threatens in a clause with a modal: not what else it says ("said the
        # dam violated international law and that Cairo would take all measures")
        clauses = [c for c in clauses if any(a.tag_ == "MD" for a in c.children)]
    for clause in clauses:
        if denied_clause(clause):
            continue  # "promised that the North would not resume missile tests": no threat
        if clause.i not in by_word and (
            cues.has("cancelling_governors", clause) or cues.has("negating_governors", clause)
        ):
            continue  # "agreed to stop the tests": its object stops, no threat
        acts = [clause] if clause.i in by_word else [o for o in clause.children if o.dep_ == "dobj"]
        acts += held_by_partitives(acts)  # "to unleash a wave of attacks"
        for act in (by_word[a.i] for a in acts if a.i in by_word):
            # "offered to send troops to a peacekeeping force", "offered to deploy troops to
            # protect returning exiles": aid, no threat
            if act.rule.type == "MOBILIZE" and (
                _names_peacekeepers(act)
                or (threat.rule.type == "AGREE" and _protective_purpose(act.head))
                # "said it was ready to send 2,000 troops within days": forces offered,
                # aimed at no one named
                or (threat.rule.type == "AGREE" and not _names_a_party(act.head))
                # "offered to send troops to Saudi Arabia": the state they go to is a host
                or (threat.rule.type == "AGREE" and not _names_a_party(act.head, _DESTINATION))
            ):
                continue
            # by type and mode first: "would throw out peacekeepers" threatens an expulsion
            for kind in (f"{act.rule.type}/{act.rule.mode}", act.rule.type):
                if kind in modes:
                    return modes[kind]
        if clause.i not in by_word and any(
            _waged_struggle(o) for o in clause.children if o.dep_ == "dobj"
        ):
            return modes.get("ASSAULT")  # "vowed to continue its armed struggle against Israel"
    return None


def _waged_struggle(noun: Token) -> bool:
    """Whether a noun names fighting (``waged_struggles``) that is armed or is against a party
    named ("its armed struggle", "the military campaign", "the war against Israel"; not "the
    fight against poverty")."""
    lexicon = load_lexicon()
    if noun.lemma_.lower() not in lexicon.waged_struggles:
        return False
    if any(c.dep_ == "amod" and c.lower_ in lexicon.armed_struggle_words for c in noun.children):
        return True  # "its armed struggle", "the military campaign"
    foes = prep_objects(noun, ("against", "on"))
    return any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for f in foes for t in f.subtree)


def _names_a_party(verb: Token, but: frozenset[str] = frozenset()) -> bool:
    """Whether a verb's clause names a state, people or body ("send troops to Kosovo"),
    leaving out the phrases of the prepositions ``but`` on the verb or its object."""
    left_out = {
        t.i
        for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in but
        for t in p.subtree
    }
    return any(
        t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and t.i not in left_out
        for t in verb.subtree
    )


_DESTINATION = frozenset({"to"})


def _sent_for(trigger: Trigger) -> Token | None:
    """The sending verb whose "for" phrase names this event (``sent_for``: "sent two warships
    to Pakistan for joint naval exercises"), for an event noun of one of its types."""
    rule = load_lexicon().sent_for
    head = trigger.head
    if trigger.kind != "nominal" or trigger.rule.type not in rule.get("types", ()):
        return None
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not word_forms(verb) & rule.get("verbs", frozenset()):
        return None
    return verb


def _readied_for(trigger: Trigger) -> Token | None:
    """The verb readying forces for this event noun ("massed troops for an offensive",
    ``readying_verbs``)."""
    head = trigger.head
    prep = head.head
    if trigger.kind != "nominal" or head.dep_ != "pobj" or prep.lower_ != "for":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and load_cues().has("readying_verbs", verb) else None


_HOSTILE_PREPS = ("against", "on", "with")


def _readied_against(verb: Token, args: Arguments) -> list[str]:
    """Whom forces are readied against: named on what is moved ("mobilized reservists
    against Iraq") or on the attack they are readied for ("for a possible war against
    Iraq", "for an assault on Gaza")."""
    moved = [c for c in verb.children if c.dep_ == "dobj"]
    cues = load_cues()
    acts = [
        o
        for o in prep_objects(verb, ("for",))
        if any(r.type == "ASSAULT" for r in noun_rules(o)) or cues.has("hostile_purpose_nouns", o)
    ]
    return _dedupe(
        args.phrases(p for m in moved for p in prep_objects(m, ("against",)))
        + args.phrases(p for a in acts for p in prep_objects(a, _HOSTILE_PREPS))
    )


_NEAR_PREPS = ("around", "near", "off", "along")


def _shown_at(trigger: Trigger, args: Arguments, source: list[str], hosts: HostLookup) -> list[str]:
    """States a show of force is made near: named after "around", "near", "off" or "along" on
    the trigger, its light verb or what it moves, or as the other side of a border there."""
    words = [w for w in (trigger.head, trigger.light_verb) if w is not None]
    words += [c for w in words for c in w.children if c.dep_ == "dobj"]
    places = [p for w in words for p in prep_objects(w, _NEAR_PREPS)]
    places += [o for p in places if p.lemma_ == "border" for o in prep_objects(p, ("with",))]
    keys = []
    for place in places:
        found = args.place_of(place)
        if found is not None and is_country(found):
            key = hosts.country_key(found.country) if found.country else None
            if key is not None and key not in source and key not in keys:
                keys.append(key)
    return keys


def _sent_to_attack(trigger: Trigger) -> Token | None:
    """The sending verb of an attack done by what was sent: the attack's verb is the
    sending's purpose, the sent going nowhere else ("sent commandos to storm the residence";
    not "sent troops to Kashmir to crush the revolt", a deployment), or what the sent did
    next ("sent tanks against the parliament, shelling the White House")."""
    head = trigger.head
    if trigger.kind != "verbal" or trigger.rule.type != "ASSAULT":
        return None
    verb = head.head
    sending = load_lexicon().sent_for.get("verbs", frozenset())
    if head.dep_ not in ("advcl", "xcomp") or verb.pos_ != "VERB" or not word_forms(verb) & sending:
        return None
    if head.tag_ == "VBG" and head.i > verb.i:
        return verb
    return verb if to_infinitive(head) and not sent_somewhere(verb) else None


def _sent_to_act(trigger: Trigger) -> Token | None:
    """The sending verb whose purpose is this event (``sent_for`` ``purpose_modes`` and
    ``purpose_types``: "sent a team to Sri Lanka to investigate reports of torture", "sent
    commandos to mount joint patrols"): the inquiry or the cooperation is the event."""
    rule = load_lexicon().sent_for
    if not (
        trigger.rule.mode in rule.get("purpose_modes", ())
        or trigger.rule.type in rule.get("purpose_types", ())
    ):
        return None
    head = trigger.light_verb or trigger.head
    if trigger.kind != "verbal" and trigger.light_verb is None:
        return None
    verb = head.head
    if head.dep_ not in ("advcl", "xcomp") or verb.pos_ != "VERB" or not to_infinitive(head):
        return None
    if word_forms(head) & load_lexicon().aid_travel.get("helping", frozenset()):
        return None  # "sent 600 soldiers to Sierra Leone to help the government": aid
    return verb if word_forms(verb) & rule.get("verbs", frozenset()) else None


def _drop_sendings(triggers: list[Trigger]) -> list[Trigger]:
    """Without the sendings made for an event of ``sent_for``'s types, unless the sending is
    itself of those types ("sent a delegation for talks" stays a visit), and without the
    sendings of those who then attack ("sent jets to pound rebel positions") or inquire
    ("sent a team to investigate"): the attack or the inquiry is the event."""
    types = load_lexicon().sent_for.get("types", frozenset())
    senders = {v.i for t in triggers if (v := _sent_for(t)) is not None}
    # sendings whose purpose is the event: an attack, an inquiry, a joint act
    purposed = {v.i for t in triggers if (v := _sent_to_attack(t) or _sent_to_act(t)) is not None}
    return [
        t
        for t in triggers
        if not (t.kind == "verbal" and t.head.i in senders and t.rule.type not in types)
        and not (t.kind == "verbal" and t.head.i in purposed)
    ]


# Acts whose promise is no cooperation: the act, planned, is the event ("vowed to resist")
_DEFIANT_TYPES = frozenset({"REJECT", "PROTEST", "ACCUSE"})


def _drop_defiant_pledges(
    triggers: list[Trigger], is_actor: Callable[[Token], bool]
) -> list[Trigger]:
    """Without the promises whose act promised is a refusal, a protest or an accusation
    ("vowed to resist", "promised to oppose the plan", "vowed to keep up street protests"):
    a promise to defy is no agreement; the act promised, planned, is the event. Nor is a
    "vow" that something has happened ("vowed on the radio that the battle had begun")."""
    return [
        t
        for t in triggers
        if not (
            t.kind == "verbal"
            and t.rule.type == "AGREE"
            and not t.rule.symmetric
            and (complement_typed(t.head, _DEFIANT_TYPES, is_actor) or _vowed_as_done(t.head))
        )
    ]


def _others_clause(verb: Token, source: Sequence[str], index: ActorIndex) -> list[str]:
    """The actors of the subject of a "that" clause a verb governs, or of the owner of its
    object, when they are of another state than the verb's own subject ("regretted that
    Iraq had not withdrawn", "regretted India's military action": Iraq, India; not
    "regretted that its troops had fired")."""
    own = {index.country(k) for k in source} | set(source)
    doers = [
        next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for clause in verb.children
        if clause.dep_ == "ccomp"
    ]
    doers += [o for c in verb.children if c.dep_ == "dobj" for o in c.children if o.dep_ == "poss"]
    found: list[str] = []
    for doer in doers:
        keys = index.keys_at(doer) if doer is not None else []
        if keys and not {index.country(k) for k in keys} & own and not set(keys) & own:
            found += keys
    return found


def _vowed_as_done(verb: Token) -> bool:
    """Whether a verb of vowing governs only clauses told as done ("vowed that the battle
    had begun"; not "vowed that Iraq would never surrender", "vowed to fight")."""
    if verb.lemma_.lower() not in load_lexicon().vowing_verbs:
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return bool(clauses) and all(c.dep_ == "ccomp" and told_as_done(c) for c in clauses)


def _merge_travel(triggers: list[Trigger]) -> list[Trigger]:
    """ "flew to Seoul, where he met Moon": one visit (the meeting), not a trip and a meeting."""
    places = {t.place.i: t for t in triggers if t.kind == "travel" and t.place is not None}
    merged: list[Trigger] = []
    absorbed: set[int] = set()
    for trigger in triggers:
        clause = trigger.light_verb or trigger.head
        travel = places.get(clause.head.i) if clause.dep_ == "relcl" else None
        if travel is not None and trigger.rule.type == "CONSULT" and travel.place is not None:
            trigger = trigger.retyped(mode="visit", cameo="042", symmetric=False)
            trigger.place = travel.place
            absorbed.add(travel.head.i)
        merged.append(trigger)
    return [t for t in merged if not (t.kind == "travel" and t.head.i in absorbed)]


_SCENE_PREPS = frozenset({"in", "during"})


def _merge_refused(
    mentions: list[EventMention],
    heads: list[Token],
    governors: list[tuple[Token | None, bool]],
    index: ActorIndex,
    hosts: HostLookup,
) -> tuple[list[EventMention], list[Token]]:
    """Acts that are not done because an event word refuses or stops them ("Kim refused to
    meet Pompeo", "the suspension of military exercises"), folded into that event: one
    occurrence, the refusal or the halt. It adds the refused act's other parties to its
    recipients, and a refusal without a mode takes one from the act's type
    (``refusal_modes``: REJECT meet)."""
    at = {head.i: n for n, head in enumerate(heads)}
    merged = list(mentions)
    absorbed: set[int] = set()
    modes = load_lexicon().refusal_modes
    for n, (governor, journey) in enumerate(governors):
        outer_at = at.get(governor.i) if governor is not None else None
        if outer_at is None or outer_at == n or outer_at in absorbed:
            continue
        outer, inner = merged[outer_at], mentions[n]
        if outer.sentence != inner.sentence or outer.status == "negated" or not outer.source:
            continue  # a refusal by no one named is dropped later: the act stays
        # the host of a cancelled trip is the counterpart ("Trump cancelled Pompeo's trip to
        # Pyongyang"), not the host of talks held there ("broke off talks with Colombo in
        # Thimphu")
        place = inner.location
        host = hosts.country_key(place.country) if place is not None and place.country else None
        # "cancelled Pompeo's trip", "refused to let OSCE monitors return": whose act it was
        # not the refuser's own state ("refused to ease the U.S. embargo on Cuba"), nor its
        # own officials sent ("Trump cancelled Pompeo's trip": Pompeo acts for Trump)
        own = {index.country(k) for k in outer.source} - {None}
        governing = index.governments_of(outer.source)
        agents = [k for k in inner.source if not index.official_of(k, governing)]
        if outer.type == "REJECT":  # "refused to attend talks proposed by the government"
            agents += _offerers_inside(heads[n], mentions, heads)
        taken = [k for k in inner.target if k != host or journey] + agents
        # the travellers of a cancelled trip, whichever side they are given on, and the
        # refuser's own officials at a meeting called off ("Athens called off a meeting
        # between Foreign Minister Pangalos and his Turkish counterpart")
        if journey or (outer.type, outer.mode) == ("REJECT", "meet"):
            taken = [k for k in taken if not index.official_of(k, governing)]
        taken = [k for k in taken if not (index.kind(k) == "country" and index.country(k) in own)]
        target = [k for k in _dedupe(outer.target + taken) if k not in outer.source]
        if (
            outer.type == "REJECT"
            and not target
            and len(outer.source) > 1
            and set(inner.source) == set(outer.source)
        ):
            # "the two leaders refused to meet": each refused the other
            target = list(outer.source)
        mode, cameo = outer.mode, outer.cameo
        if outer.type == "REJECT" and mode is None and inner.type in modes:
            mode, cameo = modes[inner.type]
        merged[outer_at] = replace(outer, target=target, mode=mode, cameo=cameo)
        absorbed.add(n)
    kept = [n for n in range(len(merged)) if n not in absorbed]
    return [merged[n] for n in kept], [heads[n] for n in kept]


def _offerers_inside(refused: Token, mentions: list[EventMention], heads: list[Token]) -> list[str]:
    """The doers of the mentions told by a participle with a "by" phrase on a noun of a
    refused act ("refused to attend talks proposed by the government": the government)."""
    inside = {t.i for t in refused.subtree}
    return [
        k
        for mention, head in zip(mentions, heads, strict=True)
        if head.dep_ == "acl"
        and head.tag_ == "VBN"
        and head.head.i in inside
        and any(c.dep_ == "agent" for c in head.children)
        for k in mention.source
    ]


def _merge_scene(mentions: list[EventMention], heads: list[Token]) -> list[EventMention]:
    """Mentions that name the occurrence a verb's mention reports, merged into it when they
    have its type and status; the verb's mention keeps the parties either names:

    - the event noun of the verb's "in"/"during" phrase ("Twenty people were killed in an
      attack by rebels");
    - a participle describing the verb's subject ("Rioters protesting against price rises
      torched cars": the riot, not a second protest);
    - a participle after the verb telling its result ("a car bomb ripped through a police
      van, killing two officers": one attack);
    - the event noun that is the verb's subject ("a Saudi airstrike hit a school bus"), whose
      mode the merged mention takes ("a general strike shut down banks": a strike).

    A verb's mention with no mode takes the other's.
    """
    at = {head.i: n for n, head in enumerate(heads)}
    merged = list(mentions)
    absorbed: set[int] = set()
    for n, head in enumerate(heads):
        verb = at.get(_reported_by(head).i)
        if verb is None or verb == n or verb in absorbed or heads[verb].pos_ not in ("VERB", "AUX"):
            continue
        outer, inner = merged[verb], mentions[n]
        if (outer.type, outer.status) != (inner.type, inner.status):
            continue
        source = outer.source or inner.source
        # the verb's own targets stay ("diplomats, meeting in Madrid, discussed ...": the
        # parties of a symmetric event are on both sides)
        target = [
            k for k in _dedupe(outer.target + inner.target) if k not in source or k in outer.target
        ]
        if _gathering(outer) and _gathering(inner):
            # "Trump and Kim shook hands in the first meeting between a sitting American
            # president and a leader of North Korea": the same people, described
            target = outer.target
        # "a Saudi airstrike hit ...", "a general strike shut down banks": the act the
        # subject noun names; else the verb's mode, or the other's when it has none
        named_by = (
            inner
            if inner.mode is not None and (_subject_event_noun(head) or not outer.mode)
            else outer
        )
        merged[verb] = replace(
            outer,
            mode=named_by.mode,
            cameo=named_by.cameo,
            source=source,
            target=target,
            location=outer.location or inner.location,
        )
        absorbed.add(n)
    return [m for n, m in enumerate(merged) if n not in absorbed]


def _gathering(mention: EventMention) -> bool:
    """Whether a mention's parties are on both sides, two or more of them (a meeting)."""
    return len(mention.source) > 1 and set(mention.source) == set(mention.target)


def _subject_event_noun(head: Token) -> bool:
    """Whether an event noun is the subject of a verb ("a Saudi airstrike hit ...")."""
    return head.dep_ == "nsubj" and head.pos_ == "NOUN" and head.head.pos_ == "VERB"


def _reported_by(head: Token) -> Token:
    """The verb whose occurrence a trigger word names as a scene or as its subject's
    description (see ``_merge_scene``); the word itself when there is none."""
    if head.dep_ == "pobj" and head.head.lower_ in _SCENE_PREPS:
        return head.head.head
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "nsubj":
        return head.head.head
    if _subject_event_noun(head):  # "a Saudi airstrike hit a school bus": the verb's act
        return head.head
    # "a car bomb ripped through a police van, killing two officers": the result of the act
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i:
        return head.head
    return head


def _dedupe(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))


# Intentions, whose target is the party of the act intended.
_INTENT_TYPES = frozenset({"AGREE", "THREATEN"})
# acts whose object the doer's own state may qualify ("promised U.S. aid", "did not rule
# out a French veto")
_OWN_THING_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "REJECT"})
# Reactions to something said or done, whose target is whoever said or did it.
_PROPOSER_TARGETS = frozenset({"REJECT", "SUPPORT", "ACCUSE", "AGREE", "CONCEDE"})
# ... and aid, whose target is whom the thing given is for ("cancelled Mali's debt")
_OWNER_TARGETS = _PROPOSER_TARGETS | {"AID"}
_AIMED_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "THREATEN"})  # aimed "at" someone
# Prepositions that say what a reaction is about ("concern over", "support for", "anger at")
_ABOUT_PREPS = frozenset({"over", "about", "at", "for", "against", "on", "with"})


def _has_event_party(
    mention: EventMention, index: ActorIndex, doc: Doc, places: PlaceLookup
) -> bool:
    """Whether an event has a party event data would code (``party_sectors``): a registry
    entry, an actor of a known country, or a body or group of a political or civil sector;
    or a person or body known only by name in a sentence that names a country, a registry
    entry or a state or political body (``coded_sectors``: "Haniyeh refused to respond to
    a demand from the US President", "Qaddafi promised a trial in the Netherlands"; not
    workers or hospitals: "WeWork reached an agreement with JLL to take on 1,000
    cleaning workers"). Companies, the press and people
    alone make no such event ("Apple agreed a deal", "Ford visited his editor"); violence,
    coercion, threats, protests and convictions (``any_party_types``, ``any_party_modes``)
    are kept whoever the parties are, except in a report of games, where blows and shots
    between players are play ("fired a shot at the goaltender")."""
    lexicon = load_lexicon()
    keys = mention.source + mention.target
    any_party = (
        mention.type in lexicon.any_party_types or mention.mode in lexicon.any_party_modes
    ) and not game_report(doc)
    if not keys or any_party or any(_coded_actor(k, index, lexicon.party_sectors) for k in keys):
        return True
    named = any(  # a person or body the actor stage knows only by its name
        (actor := index.actors.actors.get(k)) is not None
        and actor.kind in ("person", "organization")
        and actor.sector is None
        for k in keys
    )
    if not named:
        return False
    sentence = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if sentence is None:
        return False
    if any(_coded_actor(k, index) for token in sentence for k in index.keys_at(token)):
        return True  # the state or a political body, not workers or hospitals
    return any(_is_country(ent.text, places) for ent in sentence.ents if ent.label_ == "GPE")


def _is_country(name: str, places: PlaceLookup) -> bool:
    """Whether a place name names a country."""
    location = places.place(name)
    return location is not None and is_country(location)


def _coded_actor(key: str, index: ActorIndex, sectors: frozenset[str] | None = None) -> bool:
    """An actor event data code: a registry entry, one of a known country, or one of
    ``sectors`` (by default the political ``coded_sectors``); not a company or a person known
    only by name."""
    actor = index.actors.actors.get(key)
    if actor is None:
        return False
    coded = load_lexicon().coded_sectors if sectors is None else sectors
    return actor.registry_id is not None or actor.country is not None or actor.sector in coded


def _unknown_doer(trigger: Trigger) -> bool:
    """Whether an active verb's subject is a pronoun or a proper name: a doer the text names,
    whom the actor analysis did not find ("he fought with the man", "the Dems attacked
    Trump"), unlike an instrument or a happening ("a roadside bomb killed three")."""
    if trigger.kind != "verbal" or _passive(trigger.head):
        return False
    subject = subject_of(trigger.light_verb or trigger.head)
    return subject is not None and subject.pos_ in ("PRON", "PROPN")


def _in_clause_of(word: Token, noun: Token, relative: bool = False) -> bool:
    """Whether ``word`` is inside a clause that modifies ``noun`` (a verb lies between); with
    ``relative``, only inside a relative clause on ``noun`` or a noun under it ("prisoners who
    had fled to Russia"), not a participle ("operatives hiding in the tribal areas")."""
    while word.i != noun.i and word.head.i != word.i:
        if (word.dep_ == "relcl") if relative else (word.pos_ in ("VERB", "AUX")):
            return True
        word = word.head
    return False


def _talks_of_meeting(trigger: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether a verb of talking is the purpose of a meeting verb it hangs on ("met on
    Sunday to discuss the plan"): what the meeting was for, no second meeting."""
    head = trigger.head
    if trigger.kind != "verbal" or trigger.rule.type != "CONSULT":
        return False
    if head.lemma_.lower() not in load_lexicon().topic_object_verbs or not to_infinitive(head):
        return False
    if head.dep_ not in ("advcl", "xcomp"):
        return False
    return any(
        t.head.i == head.head.i and t.kind == "verbal" and t.rule.type == "CONSULT"
        for t in triggers
    )


def _topic_left_out(trigger: Trigger) -> bool:
    """Whether a verb of talking about a topic names the topic (``topic_object_verbs``: "did
    not discuss Taiwan"), so that its negation leaves out the topic, not the talks."""
    head = trigger.head
    return (
        trigger.kind == "verbal"
        and head.lemma_.lower() in load_lexicon().topic_object_verbs
        and any(c.dep_ == "dobj" for c in head.children)
    )


def _research(trigger: Trigger) -> bool:
    """Whether an inquiry or a suspicion is research: its subject is a scientist
    (``research`` in triggers.yaml)."""
    lexicon = load_lexicon()
    if trigger.head.lemma_.lower() not in lexicon.research_words:
        return False
    subject = subject_of(trigger.light_verb or trigger.head)
    return subject is not None and subject.lemma_.lower() in lexicon.research_doers


def _foreseen_harm(trigger: Trigger, index: ActorIndex, triggers: Sequence[Trigger]) -> bool:
    """Whether a warning read from its clause foresees harm rather than announcing an act:
    the clause's verb names harm undergone (``undergone_verbs``: "warned that it might run
    out of money"), or its subject is no pronoun, country, registry entry, state body or
    armed group ("warned that children would face health risks", "that millions could
    starve"), unlike "warned that it would close the strait", "that police will no longer
    tolerate rallies" or an act only a state does, done to a thing by no one named ("that
    newspapers printing it would be closed"; ``triggers``: the sentence's triggers). A
    warning that harm will come is a threat only when a state's people give it."""
    requires = trigger.rule.requires
    if trigger.rule.type == "THREATEN" and (
        requires.get("coming_harm")
        or (requires.get("facing_harm") and trigger.head.lemma_.lower() == "say")
    ):
        # "warned that more strikes would follow", "said Russia would face severe
        # consequences": a threat of a state's people, not the UN's or an analyst's
        warners = [k for s in trigger.head.children if s.dep_ == "nsubj" for k in index.keys_at(s)]
        return not any(index.country(k) and index.kind(k) != "organization" for k in warners)
    if trigger.rule.type != "THREATEN" or not trigger.rule.requires.get("clause_modal"):
        return False
    lexicon = load_lexicon()
    acting = lexicon.state_sectors | lexicon.armed_sectors
    for clause in reported_clauses(trigger.head):
        if not any(a.tag_ == "MD" for a in clause.children):
            continue
        if word_forms(clause) & lexicon.undergone_verbs:
            continue  # "warned that it might run out of money": harm, no act announced
        if _passive(clause) and any(
            t.head.i == clause.i and t.rule.type in lexicon.state_act_types for t in triggers
        ):
            return False  # "warned that newspapers printing it would be closed": by the state
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.pos_ == "PRON":
                return False
            words = [subject, *prep_objects(subject, ("of",))]  # "millions of Yemenis"
            for key in (k for w in words for k in index.keys_at(w)):
                actor = index.actors.actors.get(key)
                if actor is None:
                    continue
                if actor.kind == "country" or actor.registry_id or actor.sector in acting:
                    return False
    return True


def _thing_subject(trigger: Trigger, args: Arguments) -> Token | None:
    """The subject (or passive agent) of a verb when it is a thing that is neither a weapon
    nor a happening of its own ("tariffs hit customers directly", "the storm killed two",
    "the yen was supported by Japanese data"), unlike "a car bomb killed three" or "clashes
    killed ten": no one did the act. A country before the thing owns it; it does not act."""
    if trigger.kind != "verbal":
        return None
    verb = trigger.light_verb or trigger.head
    if _passive(verb):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        subject = next((o for o in agents if o.dep_ == "pobj"), None)
    else:
        subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN":
        return None
    nouns = party_nouns()
    if subject.lemma_.lower() in nouns or subject.lower_ in nouns:
        return None
    if word_forms(subject) & load_lexicon().member_nouns:
        return None  # "Netanyahu's office accused Iran": it speaks for its owner
    actors = args.index.actors.actors
    found = [actors[k] for k in args.index.keys_at(subject) if k in actors]
    if any(a.kind != "group" or a.sector is not None for a in found):
        return None  # a person, a body, or a group of a known kind ("a human rights group")
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    instruments = load_lexicon().instruments
    if any(w.lemma_.lower() in instruments for w in words):
        return None
    if any(noun_trigger(w, args.index.is_actor) for w in words) and (
        trigger.rule.type in _HAPPENING_DONE or subject.conjuncts
    ):
        return None  # (nor a happening joined to parties the parser took for one subject:
        # "his first visit to China in seven years, and the two countries agreed")
    return subject


# Acts a happening may do, its doer's act ("clashes killed ten", "the blockade cut off the
# town"); no happening makes an offer, a demand or a concession ("a Chinese attack on Taiwan
# could allow its military to respond": China concedes nothing).
_HAPPENING_DONE = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION"})


def _facility(key: str, index: ActorIndex) -> bool:
    """Whether an actor is a place run as a body ("the Kenyatta National Hospital"): an
    organisation whose name ends in a facility noun (``facility_nouns``)."""
    actor = index.actors.actors.get(key)
    if actor is None or actor.kind != "organization" or actor.registry_id is not None:
        return False
    last = actor.name.split()[-1].lower() if actor.name.split() else ""
    return last in load_lexicon().facility_nouns


def _to_facility(trigger: Trigger) -> bool:
    """Whether a journey goes to a facility ("a trip to Walter Reed hospital")."""
    facilities = load_lexicon().facility_nouns
    return any(
        o.lemma_.lower() in facilities
        for word in (trigger.head, trigger.light_verb)
        if word is not None
        for o in prep_objects(word, ("to",))
    )


def _press_contact(source: list[str], target: list[str], index: ActorIndex) -> bool:
    """Whether one side of a contact is only the press (media organisations or
    journalists): a request for comment or an interview, which event data do not code."""

    def press(keys: list[str]) -> bool:
        actors = [index.actors.actors.get(k) for k in keys]
        return bool(actors) and all(a is not None and a.sector == "MED" for a in actors)

    return press(source) or press(target)


def _planters(verb: Token, args: Arguments) -> list[str]:
    """Who set the device that went off: the doer named in the "by" phrase of a participle
    on the verb's subject ("a bomb planted by suspected militants exploded")."""
    subject = subject_of(verb)
    if subject is None:
        return []
    doers = [
        g
        for c in subject.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    return args.phrases(doers)


def _told_on(
    sentences: list[Span], mentions: list[EventMention], time: TimeAnalysis, args: Arguments
) -> list[Telling]:
    """For a sentence that reports no dated event but whose main verb tells someone something
    on a named day ("Putin told Erdogan on Monday that ..."), that telling: the two met that
    day, which a later "the two leaders met" continues."""
    dated = {m.sentence for m in mentions if m.date.value is not None}
    found = []
    for number, sent in enumerate(sentences):
        root = sent.root
        if number in dated or root.lemma_ != "tell" or any(c.dep_ == "neg" for c in root.children):
            continue
        hearers = args.phrases(c for c in root.children if c.dep_ in ("dobj", "dative"))
        speakers = args.source_of_verb(root)
        if not hearers or not speakers:
            continue
        date = date_for_trigger(root, time)
        if date.value is None or not date.rule.startswith("same-clause timex"):
            continue
        found.append(Telling(speakers, hearers, number, root.text, date))
    return found


def _harmed_in(noun: Token, args: Arguments) -> list[str]:
    """The subjects of a passive verb of harm an event noun is the scene of ("were injured
    in clashes with ...")."""
    verb = noun.head.head
    if not (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and (rule := verb_rule(verb)) is not None
        and rule.type == "ASSAULT"
    ):
        return []
    return args.passive_subjects(verb)


def _roles(trigger: Trigger, args: Arguments) -> tuple[list[str], list[str]]:
    """(source, target) actor keys; symmetric participants go on both sides."""
    head = trigger.head
    together: list[str] = []
    if trigger.kind == "nominal":
        lexicon = load_lexicon()
        from_agent = (
            trigger.rule.type in lexicon.from_agent_types
            or trigger.rule.mode in lexicon.from_agent_modes
        )
        # "marched in support of the president", "in defence of the accord": whom the act
        # is for, done by the clause's subject
        # (not "..., officials said, in the third such strike": the teller does not do it;
        # nor "In a stark ultimatum, X said", whose noun names no one it is for; nor "accused
        # the US of killing 11 people in a strike on a boat", the means of the killing)
        done_for = (
            head.dep_ == "pobj"
            and head.head.lower_ == "in"
            and trigger.rule.type != "ASSAULT"
            and not load_cues().has("reporting_verbs", head.head.head)
            and any(c.dep_ == "prep" for c in head.children)
        )
        source, target, together = args.nominal(
            head, done_for or _of_is_patient(trigger.rule), from_agent
        )
        if done_for and not source:
            doer = head.head.head
            if (
                doer.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in doer.children)
                and head.head.i > 0
                and head.doc[head.head.i - 1].text == ","
            ):
                # "gave the envoy 72 hours to leave the country, in solidarity with Bolivia":
                # a phrase set off after the infinitive is the main verb's
                doer = doer.head
            source = [k for k in args.source_of_verb(doer) if k not in target]
        if trigger.rule.mode in _SELF_MOVED_MODES and (owners := _owners_of_moved(head, args)):
            # "the withdrawal of its ambassador from Libya", "the deployment of its troops":
            # the owner moves them; the forces and the place left are no doers
            source, together = owners, []
            left = prep_objects(head, ("from",)) + [  # "from Libya" hung on the ambassador
                p for obj in prep_objects(head, ("of",)) for p in prep_objects(obj, ("from",))
            ]
            target = _dedupe([k for k in target + args.phrases(left) if k not in owners])
        together = _dedupe(together + args.sharing_governor(head))
        if (
            trigger.rule.symmetric
            and not source
            and not together
            and target
            and (proposer := _proposer_of_talks(head)) is not None
        ):
            # "Putin proposed direct talks with Ukraine", "called for talks with Iran",
            # "agreed to cooperation with Russia": the one who proposes, asks for or agrees
            # to them would hold them with the partner named
            source = [k for k in args.source_of_verb(proposer) if k not in target]
        if (
            trigger.rule.symmetric
            and trigger.rule.type == "ASSAULT"
            and target
            and (harmed := _harmed_in(head, args))
        ):
            # "peacekeepers were injured in clashes with Serb protesters": the other side of
            # the clash harmed them, no victim with them
            source, target = _dedupe(source + target), harmed
        owner_named = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)
        undergoing = undergoing_verb(head)
        # "took a call from Sharif", "took criticism from the opposition": the verb carries
        # the noun, but its subject undergoes it
        carried = trigger.light_verb is not None and (
            undergoing is None or undergoing.i != trigger.light_verb.i or trigger.rule.host
        )
        sides_named = (
            trigger.rule.symmetric
            and len(args.phrases(prep_objects(head, ("between", "among")))) > 1
        )
        if carried and not (owner_named and source) and not sides_named:
            # "Japan's offer was announced by the ministry": the named owner offers; "the envoys
            # agreed to arrange talks between the two presidents": the sides named hold them,
            # not the ones who agreed to them
            source = args.source_of_verb(trigger.light_verb) or source
        if carried:
            # ("staged manoeuvres near the Syrian frontier": forces shown at a border)
            moved = trigger.rule.type in load_lexicon().moved_object_types
            target = _dedupe(
                target + args.objects_of(trigger.light_verb, exclude=head, moved=moved)
            )
            if trigger.rule.host:  # "Zimbabwe gave Castro a red-carpet welcome", "Castro
                # was given a welcome": the one welcomed visits, the giver hosts
                source, target = target, source
        elif undergoing is not None and trigger.rule.host:
            # "Castro received a red-carpet welcome in Harare": the one welcomed visits
            source = _dedupe(source + args.undergoer(head))
        elif undergoing is not None:  # "Jordan came under criticism from ..."
            source = source or args.undergone_from(head)
            target = _dedupe(target + args.undergoer(head))
        elif not source and not together:
            source = args.scene_agent(head, framing=trigger.rule.type in lexicon.framing_types)
        elif (
            trigger.rule.type == "CONSULT"
            and (taker := part_taken_in(head)) is not None
            and (joined := args.source_of_verb(taker))
            and not set(joined) & set(source + together)
        ):
            # "Pashinyan will not take part in a summit of the bloc": he is the one who
            # comes, or does not, to the bloc's meeting
            target = _dedupe([k for k in source + together + target if k not in joined])
            source, together = joined, []
        if (
            not target
            and trigger.rule.type == "CONSULT"
            and (teller := _told_during(trigger)) is not None
        ):
            # "Erdogan told Putin in a phone call that ...": the one told
            target = [k for k in args.objects_of(teller) if k not in source]
        if (sender := _sent_for(trigger)) is not None:
            # "sent two warships to Pakistan for joint exercises": the sender takes part
            source = source or args.source_of_verb(sender)
            target = target or [k for k in args.objects_of(sender, moved=True) if k not in source]
        if not source and (readier := _readied_for(trigger)) is not None:
            # "Turkey massed troops for an offensive against the PKK": the one readying
            source = args.source_of_verb(readier)
            target = [k for k in target if k not in source]
        if not target and trigger.rule.type in _PROPOSER_TARGETS:
            # "expressed concern over the deployment of U.S. troops", "voiced support for
            # Pakistan's bid": whose act or thing it is about
            target = (
                _doers_of_objects(head, args, _ABOUT_PREPS)
                or args.owners_of_objects(head, of_phrase=_of_is_patient(trigger.rule))
                # "voiced full backing for Hrawi's efforts": the phrase hangs on the light verb
                or (
                    args.owners_of_objects(trigger.light_verb)
                    if trigger.light_verb is not None
                    else []
                )
            )
    elif trigger.kind == "travel":
        source = args.source_of_verb(head)
        target = args.phrase(trigger.place)
    elif trigger.kind == "adjectival":
        source = args.phrase(subject_of(head))
        target = args.adjective_objects(head)  # "critical of Israel", "opposed to Iran"
    elif trigger.rule.word == "reported-disapproval":  # the thing condemned, not the hearer
        source = args.source_of_verb(head)
        target = _disapproved(head, args)
    elif trigger.rule.word == "reported-blame":  # "said Pakistan was behind the attack"
        source = args.source_of_verb(head)
        target = args.phrases(c for h, _ in blamed_acts(head) if (c := culprit(h)) is not None)
    else:
        source = args.source_of_verb(head)
        rule = trigger.rule
        moved = rule.moves or rule.away or rule.type in load_lexicon().moved_object_types
        target = args.objects_of(head, moved=moved, away=rule.away)
        if rule.symmetric and load_lexicon().quads.get(rule.type, "").endswith("cooperation"):
            # "agreed to work together against militants": a common foe, no party to the work
            foes = args.phrases(prep_objects(head, ("against",)))
            target = [k for k in target if k not in foes]
        if rule.mode == "deport":  # "were deported to Lebanon": where they are sent, no party
            sent_to = args.phrases(prep_objects(head, ("to",)))
            target = [k for k in target if k not in sent_to]
        if rule.host and rule.requires.get("object"):
            # "Assad played host to a delegation of U.S. congressmen": the one hosted is
            # named after "to" (the host role is no party: ``agents._role_played``)
            target = _dedupe(target + args.phrases(prep_objects(head, ("to",))))
        if (
            not _of_countries(source, args.index)
            and head.dep_ == "xcomp"
            and word_forms(head.head) & _commanding_verbs()
            and forces_ordered(head.head)
        ):
            # "Saddam ordered his air force to drench Halabja with gas": forces no actor names
            # act for the one who commands them; so do forces of no country ("Fujimori ordered
            # thousands of troops to reinforce the border")
            source = args.source_of_verb(head.head) or source
        if rule.type == "MOBILIZE" and not target:
            target = [k for k in _readied_against(head, args) if k not in source]
            # "Russian jets violated Turkish airspace": the state whose airspace it is
            owners = args.phrases(sovereign_owner_words(head))
            target = target or [k for k in owners if k not in source]
        if rule.type == "SUPPORT" and (war := _hostile_object(head, args.index)) is not None:
            # "to support its war against Ukraine": the war's side, not its foe
            foes = set(args.phrases(prep_objects(war, ("against", "on"))))
            owners = [k for k in args.owners_of([war]) if k not in source]
            target = owners or [k for k in target if k not in foes]
        if rule.type == "ACCUSE":  # "condemned Russia's attack on Ukraine": not Ukraine
            doers, harmed = _harm_in_objects(head, args)
            target = [k for k in target if k not in harmed] or [k for k in doers if k not in source]
        if rule.type == "ACCUSE" and not target:  # "condemned the strikes the U.S. military
            # has carried out": the doer of the act condemned
            target = [k for k in _doers_of_objects(head, args) if k not in source]
        if (
            rule.type == "AGREE"
            and target
            and word_forms(head) & load_lexicon().taking_in_verbs
            and set(target) <= set(args.phrases(c for c in head.children if c.dep_ == "dobj"))
            and all(_plain_people(k, args.index) for k in target)
        ):
            # "agreed to accept Venezuelan migrants deported from the United States": people
            # taken in are no party to an agreement; the state they come from is
            target = [k for k in args.phrases(_origins_of_objects(head)) if k not in source]
        if rule.type in ("REJECT", "SUPPORT", "AGREE") and not target:
            # "rejected a truce proposal drafted by the United States": its authors
            target = [k for k in _authors_of_objects(head, args) if k not in source]
        if (caused := small_clause(head)) is not None:
            # "Rabin ordered the West Bank sealed off": the one who ordered it did it
            source = args.source_of_verb(caused[1])
            target = _dedupe(args.phrases(caused[0]) + target)
        if (
            not source
            and rule.type in ("REQUEST", "ACCUSE")
            and head.dep_ == "conj"
            and head.head.dep_ == "ccomp"
            and load_cues().has("reporting_verbs", head.head.head)
            and not _passive(head)  # ("... and those who took part would not be prosecuted")
        ):
            # "Chavez said the capture violated Venezuela's sovereignty and demanded an
            # apology": the parser joined the demand to the reported verb, whose subject is
            # a thing; the reporter demands
            source = args.source_of_verb(head.head.head)
            target = [k for k in target if k not in source]
        if not source and word_forms(head) & load_lexicon().stative_passives:
            # "Israel is opposed to French mediation": the attitude is the subject's
            source = args.passive_subjects(head)
            target = [k for k in target if k not in source]
        if not source and head.tag_ == "VBG" and head.dep_ in _NOUN_DEPS:
            # "Rioting by hundreds of youths swept Maan": a gerund used as a noun names its
            # doer with "by"
            source = args.phrases(prep_objects(head, ("by",)))
        if not source:  # "an agreement between the two Koreas was signed": the noun's parties
            source, target = _parties_of_passive_event_noun(head, args, source, target)
        if not source and rule.mode == "explosives":
            source = _planters(head, args)  # "a bomb planted by militants exploded"
        if not source and _passive(head) and (rule.type, rule.mode) in _EXCLUDING:
            # "Nigeria was suspended from the Commonwealth", "was expelled from China": the
            # body or state left is the one that excludes ("was extradited from Belgium":
            # the one that hands over)
            source = [
                k
                for k in args.phrases(prep_objects(head, ("from",)))
                if args.index.kind(k) in ("organization", "country")
            ]
            target = [k for k in target if k not in source]
        if not source and rule.word == "summon" and rule.type == "ACCUSE" and _passive(head):
            # "Moscow's charge d'affaires was summoned to the Polish foreign ministry": the
            # ministry's state summons
            source = args.phrases(prep_objects(head, ("to",)))
            target = [k for k in target if k not in source]
            if not target:  # ("Moscow's charge d'affaires": the envoy's state)
                summoned = [c for c in head.children if c.dep_ == "nsubjpass"]
                owners = [p for c in summoned for p in c.children if p.dep_ == "poss"]
                target = [k for k in args.phrases(owners) if k not in source]
        if not source and rule.type == "AID" and _passive(head):
            # "two shiploads of tanks from Moscow were delivered to the Ethiopian army": what
            # is given names its giver
            given = [c for c in head.children if c.dep_ == "nsubjpass"]
            given += [o for g in given for o in prep_objects(g, ("of",))]
            given += [c for g in given for c in g.conjuncts]  # "tanks and artillery from"
            givers = [p for g in given for p in prep_objects(g, ("from",))]
            source = [k for k in args.phrases(givers) if k not in target]
        if not source and rule.mode in _SELF_MOVED_MODES and _passive(head):
            # "Eighty UN peacekeepers were withdrawn from Gorazde", "troops were deployed",
            # "guerrillas have been demobilized": with no doer named, the side the moved party
            # belongs to moved it (one released or let in is acted on: not here); so does
            # the subject a passive conjunct shares ("handed in their rifles and were
            # demobilised")
            source = args.passive_subjects(head) or args.passive_patient(head)
            target = [k for k in target if k not in source]
        if not target:  # "Moon arrived ... and was met by Kim": the shared subject is met
            target = args.passive_patient(head)
        if not target and (sender := _sent_to_act(trigger)) is not None:
            # "sent a team to Sri Lanka to investigate": where the inquiry is made
            target = [k for k in args.objects_of(sender, moved=True) if k not in source]
        if rule.symmetric and not [k for k in target if k not in source]:
            # "exchanged lists of its nuclear installations with Pakistan": the partner is
            # named in the object's phrase (the owner "its" is the subject itself)
            # (not a clause's: "discussed a plan to end the war with Russia"; nor, for talks,
            # a foe's: "fought running battles with riot police" names the other side)
            foes = load_lexicon().foe_nouns if rule.type == "CONSULT" else frozenset()
            partners = [
                p
                for obj in head.children
                if obj.dep_ == "dobj"
                for word in obj.subtree
                if not _in_clause_of(word, obj)
                for p in prep_objects(word, ("with",))
                # "discussed the fighting with Putin": a person the war is talked over with
                if word.lemma_.lower() not in foes or args.talked_over_with(word, p)
            ]
            target = [k for k in args.phrases(partners) if k not in source] or target
        if not target and rule.moves and rule.type in ("COOPERATE", "AID"):
            # "handed over Osiel Cardenas and 14 other suspects to U.S. authorities", "handed
            # over 20 buses and a fleet of ambulances to the Palestinian Authority": the parser
            # hung the receiver's "to" phrase inside what is handed over
            sent = [
                t
                for obj in head.children
                if obj.dep_ == "dobj"
                for t in obj.subtree
                if t.dep_ == "prep"
                and t.lower_ == "to"
                and not _in_clause_of(t, obj, relative=True)
            ]
            receivers = [o for t in sent for o in t.children if o.dep_ == "pobj"]
            target = [k for k in args.phrases(receivers) if k not in source]
        if not target and rule.type in _AIMED_TYPES:
            # "fired tear gas at opposition supporters", "threw stones at Israeli troops";
            # "launched missile strikes on nine sites in Pakistan": the phrase of what is sent
            aimed = prep_objects(head, ("at",))
            if rule.moves:
                # "fired rockets into Israel": what is sent lands in the state named
                aimed += prep_objects(head, ("into",)) + [
                    o
                    for d in _things_sent(head)
                    for o in prep_objects(d, ("at", "on", "against", "into"))
                ]
            target = [k for k in args.phrases(aimed) if k not in source]
        if not target and rule.requires.get("actor_object"):
            target = args.phrases(bare_clause_subjects(head))  # "helped Thai police track ..."
        if not target and rule.type == "CONCEDE" and rule.requires.get("complement"):
            # "allowed Taiwan to open an office": the one let act is the one conceded to
            let = args.phrases(bare_clause_subjects(head, marked=True))
            target = [k for k in let if k not in source]
        if rule.cameo in load_lexicon().rallying_codes:
            # "lobbied AU members to back Zimbabwe's bid", "on behalf of Ankara's bid": the
            # one support is rallied for (or opposition against), not the ones lobbied
            behalf = [o for b in prep_objects(head, ("on",)) for o in prep_objects(b, ("of",))]
            acts = complement_acts(head)
            target = [
                k
                for k in args.phrases(behalf)
                + args.owners_of(behalf)
                + [
                    k
                    for act in acts
                    if act.pos_ == "VERB"  # "to back Zimbabwe's bid": whose bid
                    for k in (args.objects_of(act) or args.owners_of_objects(act))
                ]
                if k not in source
            ] or target
        if not target and "complement_type" in rule.requires:
            # "preparing for an offensive against the rebels": whom the act prepared targets
            target = _dedupe(
                k
                for act in complement_acts(head)
                for k in (
                    args.objects_of(act)
                    if act.pos_ == "VERB"
                    else args.phrases(prep_objects(act, ("against", "on", "upon")))
                )
                if k not in source
            )
        if not target and rule.type == "THREATEN":
            # "warned that Khartoum would throw out African Union peacekeepers": whom the act
            # threatened falls on
            # ("warned that they will restore UN sanctions on Iran": whom the thing is on)
            target = _dedupe(
                k
                for clause in head.children
                if clause.dep_ in ("ccomp", "xcomp")
                and clause.pos_ == "VERB"
                # not "warned that it would not tolerate attacks on its citizens", "would
                # honour its obligations to Vietnam": protected
                and not word_forms(clause)
                & (load_lexicon().tolerating_verbs | load_lexicon().protecting_verbs)
                # nor "warned it would give Cuba all necessary help": helped
                and not _gives_help(clause)
                for k in (
                    args.phrases(_in_objects(clause, ("on", "against")))
                    # ("threatened to send troops to Nigeria": where they go, not the troops)
                    or _objects_of_act(clause, args)
                )
                if k not in source
            ) or _dedupe(  # "warned that Japan would pay a heavy price": Japan
                k
                for clause in head.children
                if clause.dep_ == "ccomp" and word_forms(clause) & load_lexicon().suffering_verbs
                for k in args.phrase(subject_of_clause(clause))
                if k not in source
            )
        # the parties of an event noun object: "attended a summit of the G20"; "suspended its
        # talks with Israel", "put its aid to Kenya on hold": the other party of what is cut
        cut = trigger.rule.type == "SANCTION" and not target
        if trigger.rule.type == "CONSULT" or cut:
            nouns = load_lexicon().nouns
            for obj in head.children:
                if obj.dep_ == "dobj" and word_forms(obj) & nouns.keys():
                    _, partners, members = args.nominal(obj)
                    parties = [k for k in partners + members if not (cut and k in source)]
                    target = _dedupe(target + parties)
        if trigger.rule.type == "REQUEST" or (trigger.rule.type == "ACCUSE" and not target):
            # "urged that Iraq comply"; "X is violating the truce, the rebels charged"
            target = _dedupe(target + args.clause_subjects(head))
        if trigger.rule.type == "SUPPORT" and not target:
            target = _supported(head, args)
        if trigger.rule.type == "REQUEST" and not target:
            # "demanded compensation from Iraq": whom it is asked of; "demanded the
            # resignation of President X": who is to do the act asked for
            target = args.asked_of(head) or _doers_of_objects(head, args)
        if not set(target) - set(source) and trigger.rule.type in _OWNER_TARGETS:
            # "rejected an Australian ultimatum", "accepted Iraq's offer": whoever made it;
            # "cancelled 2 billion francs of Mali's debt": whom the aid is for; "condemned
            # what it called China's irresponsible actions": whose the things so called are
            target = args.owners_of_objects(head) or args.owners_of(named_as(head)) or target
        if not target and trigger.rule.type in _INTENT_TYPES and not trigger.rule.symmetric:
            # "offered to hand over to Britain two suspects", "threatened to attack Georgia":
            # the party of the act offered or threatened
            target = _dedupe(
                k
                for c in head.children
                if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c)))
                and c.pos_ in ("VERB", "AUX")
                for k in _objects_of_act(c, args, {args.index.country(k) for k in source} - {None})
            ) or _acted_on_by_threatened(head, args)
        if not target and trigger.rule.type == "THREATEN":
            # "threatened military action if Iran does not give up its program": the one the
            # condition is put to
            # (or the act threatened: "threatened to close its ports if Peru does not ...",
            # "warned that it would resume the offensive if Hamas did not ...")
            # (not the ones a passive condition names as harmed: "would resist if civilians
            # were harmed")
            clauses = [head] + [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
            target = _dedupe(
                k
                for verb in clauses
                for clause in verb.children
                if clause.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)
                for k in _condition_doers(clause, args)
                if k not in source
            )
        if trigger.rule.host:
            source, target = target, source
        elif trigger.rule.type == "AID" and word_forms(head) & load_lexicon().receiving_verbs:
            # "the rebels received weapons from Libya": Libya gives, the rebels are given
            given = [head] + [c for c in head.children if c.dep_ == "dobj"]
            source, target = (
                args.phrases(o for g in given for o in prep_objects(g, ("from",))),
                source,
            )
        if trigger.place is not None and not target:  # merged visit: the host country
            target = args.phrase(trigger.place)
    if not target and trigger.rule.type == "PROTEST":
        # "began a hunger strike to protest Sweden's decision": whom it is against
        target = args.protested(*(t for t in (trigger.light_verb, head) if t is not None))
    target = [k for k in target if k not in source] if not trigger.rule.symmetric else target
    if trigger.rule.type in _OWN_THING_TYPES and source:
        # "Clinton promised U.S. aid", "Chirac did not rule out a French veto": the doer's own
        # state names what is given or ruled out, not whom (not a state acted on itself:
        # "promised to democratize Serbia")
        homes = {args.index.country(k) for k in source if args.index.kind(k) == "person"}
        acted_on = {
            k
            for verb in (head, *(c for c in head.children if c.dep_ == "xcomp"))
            for c in verb.children
            if c.dep_ == "dobj"
            for k in args.index.keys_at(c)  # the object itself, not its modifier ("U.S. aid")
        }
        target = [
            k
            for k in target
            if k in acted_on
            or not (args.index.kind(k) == "country" and args.index.country(k) in homes)
        ]
    if trigger.rule.type == "THREATEN" and source:
        # "threatened to withdraw French troops": the threatener's own forces are what it
        # would move, no target (not "threatened to sack the Russian government"); nor is its
        # own state as the doer of what it warns of ("Milosevic warned that Serbia would
        # defend Kosovo"; not "threatened to seal its border with the rest of Georgia")
        governing = args.index.governments_of(source)
        doers = {k for k in args.clause_subjects(head) if args.index.kind(k) == "country"}
        target = [
            k
            for k in target
            if not (
                _all_in_sectors([k], args.index, ("MIL",)) and args.index.official_of(k, governing)
            )
            and not (k in doers and args.index.country(k) in governing)
        ]
    if trigger.rule.symmetric:
        everyone = _dedupe(source + target + together)
        named_together = together or (len(source) > 1 and not target)
        if named_together or (not source and len(target) > 1):
            return everyone, list(everyone)
        return source, target
    if len(source) > 1 and not target and _reciprocal(head):
        # "India and Pakistan accused each other": each is the other's target
        return _dedupe(source), _dedupe(source)
    if (
        len(source) > 1
        and trigger.rule.type not in _JOINT_EXCHANGE_TYPES
        and _exchanged_between(head)
    ):
        # "Israel and Jordan will exchange ambassadors": each gives the other, not what is
        # given
        return _dedupe(source), _dedupe(source)
    return _dedupe(source or together), _dedupe(target)


# Types of hostile act a reprisal may answer in kind.
_ANSWERED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _answers_a_sanction(trigger: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether a reprisal answers a sanction: one is told in its sentence ("raised tariffs
    ..., and Beijing retaliated"), or, with no hostile act in it, the last hostile act told
    in the two sentences before is one ("Britain would expel 23 Russian diplomats ...
    Russia denied any role and said it would retaliate")."""
    sentence = trigger.head.sent
    if any(t.rule.type == "SANCTION" and t.head.sent.start == sentence.start for t in triggers):
        return True
    if any(
        t.rule.type in _ANSWERED_TYPES
        and t.head.sent.start == sentence.start
        and t.head.i != trigger.head.i
        for t in triggers
    ):
        return False
    starts = [s.start for s in trigger.head.doc.sents]
    earliest = starts[max(0, starts.index(sentence.start) - 2)]
    before = [
        t
        for t in triggers
        if t.rule.type in _ANSWERED_TYPES and earliest <= t.head.i < sentence.start
    ]
    return bool(before) and max(before, key=lambda t: t.head.i).rule.type == "SANCTION"


def _not_yet_done(mention: EventMention, published: EventDate) -> EventMention:
    """A mention told as done but dated by a day without a year that falls after the day of
    publication in its year ("Unions called a nationwide strike for Sept. 18", in a story of
    Sept. 10) is planned. (A year written out may be the text's and the publication date
    wrong; a weekday is taken on either side of it.)"""
    if mention.status != "asserted" or mention.date.value is None:
        return mention
    if "dct-year" not in mention.date.rule:
        return mention
    day, news = date_interval(mention.date), date_interval(published)
    if day is None or news is None or day[0] <= news[1]:
        return mention
    return replace(mention, status="planned")


def _reciprocal(head: Token) -> bool:
    """Whether a verb acts on "each other" or "one another", as its object or in a phrase
    ("accused each other", "fired at one another"), or each of its subjects on the other
    ("Each side accused the other")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += prep_objects(head, ("at", "on", "against", "with", "to", "for"))
    # "Each side accused the other"
    each = any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "each" for d in c.children)
        for c in head.children
    )
    return any(
        (o.lower_ == "other" and any(c.lower_ == "each" for c in o.children))
        or (o.lower_ == "one" and any(c.lower_ == "another" for c in o.children))
        or (each and o.lower_ == "other" and any(c.lower_ == "the" for c in o.children))
        for o in objects
    )


# Types whose sides exchanging something are named together as doers, no one done to, as a
# fight's or a meeting's are ("troops exchanged fire", "exchanged views").
_JOINT_EXCHANGE_TYPES = frozenset({"ASSAULT", "CONSULT"})


def _exchanged_between(head: Token) -> bool:
    """Whether a verb of giving in return is done by its subjects among themselves: an
    active verb with an object and no partner named ("exchanged prisoners", not "exchanged
    prisoners with Hezbollah")."""
    return (
        head.pos_ == "VERB"
        and bool(word_forms(head) & load_lexicon().exchanging_verbs)
        and any(c.dep_ == "dobj" for c in head.children)
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
        and not prep_objects(head, ("with", "for"))
    )


_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "link", "links"})
_SELF_MOVED_MODES = frozenset({"withdraw", "disarm", "troops", "police", "militia"})
_EXCLUDING = frozenset(
    {("SANCTION", "expel"), ("SANCTION", "discontinue"), ("COERCE", "deport"), ("COOPERATE", None)}
)


def _things_sent(verb: Token) -> list[Token]:
    """The direct objects of a verb with their conjuncts and the nouns of their "of" phrases
    ("fired 120 missiles and dozens of drones at Ukrainian cities": the drones too)."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [c for t in things for c in t.conjuncts if c.i > t.i]
    return things + [o for t in things for o in prep_objects(t, ("of",))]


def _supported(head: Token, args: Arguments) -> list[str]:
    """Whom a word of support is for: the "of" phrase of a support phrase ("spoke out in
    defence of Khartoum", "came out in favour of Mugabe's plans"), the one stood by ("stands
    by Ukraine") or the "for" phrase of a support object ("rallied support for the
    Palestinian Authority"); the owner of what is supported when no actor is named there."""
    behalf = load_lexicon().behalf_nouns
    phrases = [p for p in prep_objects(head, ("in", "to")) if p.lemma_.lower() in behalf]
    favoured = [o for p in phrases for o in prep_objects(p, ("of",))]
    if head.lemma_.lower() == "stand":
        favoured += prep_objects(head, ("by",))  # "said it stood by Lithuania"
    favoured += [
        o
        for c in head.children
        if c.dep_ == "dobj" and c.lemma_.lower() in behalf
        for o in prep_objects(c, ("for",))
    ]
    return args.phrases(favoured) or args.owners_of(favoured)


def _of_countries(keys: list[str], index: ActorIndex) -> bool:
    """Whether some actor of ``keys`` has a country."""
    return any(getattr(index.actors.actors.get(k), "country", None) for k in keys)


# Acts aimed at a state through its things ("tariffs on Chinese goods").
_MEASURE_TYPES = frozenset({"SANCTION", "THREATEN", "COERCE"})
_FORUM_SECTORS = frozenset({"IGO", "JUD"})  # bodies a complaint is brought to
_THING_PREPS = frozenset({"on", "against", "of", "from"})
_AIMED_PREPS = frozenset({"at", "on", "against"})


def _in_objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the ``preps`` phrases of a verb's direct objects ("restore sanctions on
    Iran": Iran; "tore up its pact with Australia": Australia), or of what they hold ("broke
    off three years of talks with the rebels")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += held_by_partitives(objects)
    return [p for o in objects for p in prep_objects(o, preps)]


def _told_during(trigger: Trigger) -> Token | None:
    """The verb of telling whose "in" or "during" phrase a meeting noun is ("told Putin in a
    phone call"), or None."""
    head = trigger.head
    prep = head.head
    if trigger.kind != "nominal" or head.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return None
    verb = prep.head
    telling = load_lexicon().telling_verbs
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in telling else None


def _toured(trigger: Trigger, args: Arguments) -> Token | None:
    """The first destination of a journey or a visit named by a verb ("travelled to
    Beijing", "will visit Damascus"), if any."""
    if trigger.kind == "travel":
        return trigger.place
    if trigger.kind == "verbal" and trigger.rule.mode == "visit":
        return next(
            (c for c in trigger.head.children if c.dep_ == "dobj" and args.place_of(c)), None
        )
    return None


def _destination_states(
    trigger: Trigger, args: Arguments, hosts: HostLookup, word: str = "to"
) -> list[str]:
    """The states of the known places a sending verb's "to" phrase (or another ``word``'s:
    "from") names, also where the parser hangs it on the object."""
    holders = [trigger.head] + [c for c in trigger.head.children if c.dep_ == "dobj"]
    places = [
        args.place_of(o)
        for h in holders
        for to in h.children
        if to.dep_ in ("prep", "dative") and to.lower_ == word
        for o in to.children
        if o.dep_ == "pobj"
    ]
    keys = [hosts.country_key(p.country) for p in places if p is not None and p.country]
    return [k for k in keys if k is not None]


def _commands_own_forces(
    trigger: Trigger, source: list[str], target: list[str], index: ActorIndex, cues: Cues
) -> bool:
    """Whether a verb of command orders the forces of the commander's own state ("Maduro
    ordered the militia to deploy along the coast") or a body named as the commander's own
    ("ordered his government to stop buying weapons"): a command inside a state, no request
    between actors."""
    if trigger.kind != "verbal" or not cues.has("commanding_verbs", trigger.head):
        return False
    states = {index.country(k) for k in source} - {None}
    if not states or not target or not all(index.country(k) in states for k in target):
        return False
    # "Petro ordered his government to stop buying weapons": one's own, by a possessive
    owned = any(
        p.dep_ == "poss" and p.pos_ == "PRON"
        for o in trigger.head.children
        if o.dep_ in ("dobj", "dative")
        for p in o.children
    )
    return owned or _armed(target, index)


def _own_side(source: list[str], target: list[str], index: ActorIndex) -> bool:
    """Whether those said to have to act include the speaker, or the state a speaker of its
    government speaks for ("Xi said the two countries should stand together"; not "the
    opposition said the government must resign")."""
    states = {
        index.country(k)
        for k in source
        if index.kind(k) == "country"
        or (actor := index.actors.actors.get(k)) is not None
        and actor.sector == "GOV"
    } - {None}
    return any(
        k in source or (index.kind(k) == "country" and index.country(k) in states) for k in target
    )


def _states_of_things(
    trigger: Trigger,
    hosts: HostLookup,
    preps: Collection[str] = _THING_PREPS,
    things: Collection[str] | None = None,
    args: Arguments | None = None,
) -> list[str]:
    """The states whose things a measure names by demonym, in its object's "on", "against",
    "of" or "from" phrases ("100 percent tariffs on Chinese goods", "imports of Japanese
    seafood"): the state the measure hits; with ``preps`` and ``things``, those phrases and
    those things only ("fired missiles at Israeli cities"); with ``args``, also the states
    named as their owners ("strikes on its nuclear sites")."""
    head = trigger.light_verb or trigger.head
    objects = [head]
    if head.pos_ == "VERB":  # the phrase hung on the object or on the verb
        objects += _things_sent(head)
        # "retaliated with duties on European brandy"
        objects += prep_objects(head, ("with",))
    found = [
        thing
        for obj in objects
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for thing in prep.children
        if thing.dep_ == "pobj" and thing.pos_ == "NOUN"
    ]
    found += held_by_partitives(found)  # "tariffs on $30 billion worth of American goods"
    if things is not None:  # "attacked Iranian nuclear sites": the things hit themselves
        found += [obj for obj in objects if obj.dep_ == "dobj" and obj.pos_ == "NOUN"]
    keys: list[str] = []
    flagging = load_lexicon().flagging_words
    for thing in found:
        if things is not None and not word_forms(thing) & things:
            continue  # ("bases", lemmatised "basis")
        for mod in thing.children:
            if mod.dep_ not in ("amod", "compound"):
                continue
            words = [mod, *mod.conjuncts]  # "Iraqi and Kuwaiti assets": both
            if mod.lower_ in flagging:  # "a British-flagged tanker"
                words += [c for c in mod.children if c.dep_ in ("amod", "npadvmod", "compound")]
            for word in words:
                # ("a South Korean airliner": the demonym with its own modifier)
                named = (word.doc[word.left_edge.i : word.i + 1].text, word.text)
                if key := next((k for n in named if (k := hosts.demonym_key(n))), None):
                    keys.append(key)
        if args is not None:  # "its nuclear sites"
            owners = [c for c in thing.children if c.dep_ == "poss"]
            # "targets in Pakistan's Balochistan province": the owner of the region they are in
            # (the phrase hung on the thing, or on the verb whose object the thing is)
            holders = [thing] + ([thing.head] if thing.dep_ == "dobj" else [])
            owners += [
                c
                for holder in holders
                for region in prep_objects(holder, ("in", "inside"))
                for c in region.children
                if c.dep_ == "poss"
            ]
            keys += [k for k in args.phrases(owners) if args.index.kind(k) == "country"]
    return _dedupe(keys)


def _ending_to_come(trigger: Trigger, finding: StatusFinding, cues: Cues) -> bool:
    """Whether an event noun is what a planned or supposed act would end, stop or ease ("a
    deal to end more than a year of fighting", "agreed to ease its blockade"): the ending is to
    come, not the act; so when the plan is denied ("left without signing a plan to end a week
    of clashes": the clashes were)."""
    verb = trigger.light_verb
    to_come = finding.status in ("planned", "hypothetical", "conditional") or (
        finding.status == "negated"
        and any(c.startswith("infinitive:") for c in finding.cues)
        and any(c.startswith("planned:") for c in finding.cues)
    )
    head = trigger.head
    eased = head.dep_ == "dobj" and cues.has("easing_governors", head.head)
    return (
        trigger.kind == "nominal"
        and to_come
        and (eased or (verb is not None and cues.has("cancelling_governors", verb)))
    )


def _named_by_from(trigger: Trigger, args: Arguments, source: list[str]) -> bool:
    """Whether a "from" phrase of the trigger names its doer ("warnings from the Lebanese
    army")."""
    doers = set(source)
    return any(set(args.phrase(o)) & doers for o in prep_objects(trigger.head, ("from",)))


def _objects_of_phrases(trigger: Trigger, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the ``preps`` phrases of a trigger, of its light verb and of their
    direct objects."""
    holders = [trigger.head] + ([trigger.light_verb] if trigger.light_verb is not None else [])
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "dobj"]
    return [o for h in holders for o in prep_objects(h, preps)]


def _complained_of(
    trigger: Trigger, args: Arguments, index: ActorIndex, source: list[str], target: list[str]
) -> list[str]:
    """The target of a complaint brought to an international body or court: not the body,
    which judges it, but the one in its "against" phrase (the parser may hang that on the
    body: "with the WTO against the U.S."); ``target`` as it is when no body is named."""
    bodies = _objects_of_phrases(trigger, ("with", "to", "before"))
    forums = _forums(args.phrases(bodies), index)
    if not forums:
        return target
    accused = args.phrases(
        _objects_of_phrases(trigger, ("against",))
        + [o for b in bodies for o in prep_objects(b, ("against",))]
    )
    return [k for k in _dedupe([k for k in target if k not in forums] + accused) if k not in source]


def _forums(keys: list[str], index: ActorIndex) -> set[str]:
    """Of the actors of a complaint's "with", "to" or "before" phrases, the international
    bodies and courts it is brought to ("filed a complaint with the World Trade
    Organization", "took the case to the International Court of Justice")."""
    return {
        k
        for k in keys
        if index.kind(k) == "organization"
        and index.country(k) is None
        and (actor := index.actors.actors.get(k)) is not None
        and actor.sector in _FORUM_SECTORS
    }


def _warns_own_people(
    trigger: Trigger, source: list[str], target: list[str], index: ActorIndex
) -> bool:
    """Whether a warning or a request is given to the warner's own civilians, named as its
    own or by its demonym ("China warned its citizens against travelling to Japan", "told
    its citizens to avoid travelling to Japan", "warned Chinese citizens to avoid ..."):
    advice to its people, no threat or demand (not "warned protesters that troops would clear
    them out")."""
    if trigger.rule.type not in ("THREATEN", "REQUEST"):
        return False
    if not target or not _all_civilians(target, index):
        return False
    objects = [o for o in trigger.head.children if o.dep_ == "dobj"]
    owned = [p for o in objects for p in o.children if p.dep_ == "poss" and p.pos_ == "PRON"]
    if owned and all(set(index.keys_at(p)) & set(source) for p in owned):
        return {index.country(k) for k in target} <= index.governments_of(source)
    # "warned Chinese citizens to avoid travelling to Japan": named by the state's demonym,
    # told what to do (not "warned protesters that troops would clear them out")
    told = any(c.dep_ == "xcomp" for c in trigger.head.children) or any(
        p.dep_ == "prep" and p.lower_ == "against" for p in trigger.head.children
    )
    named = [m for o in objects for m in o.children if m.dep_ == "amod" and m.ent_type_ == "NORP"]
    return (
        told and bool(named) and {index.country(k) for k in target} <= index.governments_of(source)
    )


def _all_civilians(keys: list[str], index: ActorIndex) -> bool:
    """Whether every actor is a group of a civilian sector (``civilian_seizure`` sectors in
    triggers.yaml: civilians, students, workers, refugees ...)."""
    return _all_in_sectors(keys, index, load_lexicon().civilian_sectors)


def _owners_of_moved(noun: Token, args: Arguments) -> list[str]:
    """Actor keys of the possessor of what an event noun moves ("the withdrawal of its
    troops": whose troops), or []."""
    moved = prep_objects(noun, ("of",))
    return args.phrases(c for obj in moved for c in obj.children if c.dep_ == "poss")


def _undergone(verb: Token) -> bool:
    """A passive verb, with or without a "by" agent."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _condition_doers(clause: Token, args: Arguments) -> list[str]:
    """Actor keys of the one a condition clause asks to act: its subject ("unless Iraq
    complies"; not "if necessary"), or for a passive clause its "by" phrase ("if civilians
    were harmed by the troops"), not the ones it happens to."""
    if _undergone(clause):
        return args.phrases(
            o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
        )
    return args.phrases(c for c in clause.children if c.dep_ == "nsubj")


def _passive(verb: Token) -> bool:
    """A passive verb with no "by" agent."""
    return _undergone(verb) and not any(c.dep_ == "agent" for c in verb.children)


def _acted_on_by_threatened(verb: Token, args: Arguments) -> list[str]:
    """The party an act named as the thing threatened or offered acts on ("threatened a
    naval blockade of Haiti", "a naval blockade of Haiti was threatened")."""
    keys: list[str] = []
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        rule = noun_rule(noun, args.index.is_actor)
        if rule is not None:
            keys += args.nominal(noun, _of_is_patient(rule))[1]
    return _dedupe(keys)


def _harm_in_objects(head: Token, args: Arguments) -> tuple[list[str], list[str]]:
    """(doers, those harmed) of the harm named by a verb's objects ("Russia's attack on
    Ukraine", "the sanctions imposed by the EU on Belarus", "the violence against
    demonstrators"): a disapproval of the harm is aimed at whoever does it, not at those it
    is done to. The doers are those of the harm nouns no event rule reads (the others' are
    ``_doers_of_objects``)."""
    doers: list[str] = []
    harmed: list[str] = []
    harm_nouns = load_lexicon().harm_nouns
    objects = [c for c in head.children if c.dep_ == "dobj"]
    for obj in (n for o in objects for n in (o, *o.conjuncts)):
        rule = noun_rule(obj, args.index.is_actor)
        if rule is not None and rule.type in DONE_TO_TYPES - {"ACCUSE"}:
            # (not a charge: "filed a lawsuit against Colombia" accuses Colombia)
            harmed += args.nominal(obj, _of_is_patient(rule))[1]
        elif word_forms(obj) & harm_nouns:
            harmed += args.phrases(prep_objects(obj, _HARMED_PREPS))
            imposing = [c for c in obj.children if c.dep_ == "acl"]  # "imposed by the EU"
            doers += args.phrases(
                [c for c in obj.children if c.dep_ == "poss"]
                + [o for h in (obj, *imposing) for o in prep_objects(h, ("by",))]
                + [
                    o
                    for a in imposing
                    for c in a.children
                    if c.dep_ == "agent"
                    for o in c.children
                    if o.dep_ == "pobj"
                ]
            )
    return _dedupe(doers), _dedupe(harmed)


# Prepositions naming whom a harm noun is done to ("violence against", "repression of").
_HARMED_PREPS = ("against", "on", "of", "toward", "towards")


def _plain_people(key: str, index: ActorIndex) -> bool:
    """Whether an actor is a group of people of no office: civilians, or a group named by a
    noun of no sector ("deportees", "hostages")."""
    sector = getattr(index.actors.actors.get(key), "sector", None)
    return index.kind(key) == "group" and (sector in (None, "CVL") or sector.islower())


def _origins_of_objects(verb: Token) -> list[Token]:
    """The objects of the "from" phrases of a verb's objects and their conjuncts, also of a
    participle on them ("confiscated weapons and explosives from armed groups", "migrants
    deported from the United States")."""
    objects = [n for c in verb.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
    holders = objects + [a for o in objects for a in o.children if a.dep_ == "acl"]
    return [p for h in holders for p in prep_objects(h, ("from",))]


def _accord_turned_down(trigger: Trigger) -> bool:
    """Whether an accord noun not named before is what a verb turns down ("voters rejected a
    peace agreement with the FARC", "Iran rejected a deal with the United States"): the
    rejection is the event; who made the accord, if anyone did, the clause does not say ("the
    deal" rejected is the one told before, a mention of it)."""
    head = trigger.head
    return (
        trigger.kind == "nominal"
        and trigger.rule.type == "AGREE"
        and head.dep_ == "dobj"
        and load_cues().has("rejecting_governors", head.head)
        and not any(
            c.dep_ in ("det", "poss") and c.lower_ != "a" and c.lower_ != "an"
            for c in head.children
        )
    )


def _proposer_of_talks(noun: Token) -> Token | None:
    """The verb that proposes, seeks, turns down or agrees to the talks a noun names, as its
    object ("proposed direct talks with Ukraine"), "for" phrase ("called for talks with
    Iran") or "to" phrase ("agreed to talks with Russia", "remained committed to talks with
    Israel"), else None."""
    lexicon = load_lexicon()
    verb = noun.head
    if noun.dep_ == "dobj" and word_forms(verb) & lexicon.proposing_verbs:
        return verb
    if noun.dep_ != "pobj":
        return None
    governors = {"for": lexicon.asking_for_verbs, "to": lexicon.agreeing_to_verbs}
    word = verb.head
    if not word_forms(word) & governors.get(verb.lower_, frozenset()):
        return None
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        return word.head  # "remained committed to talks with Israel": the one who remained
    return word if word.pos_ == "VERB" else None


def _of_is_patient(rule: TriggerRule) -> bool:
    """Whether an event noun of this rule takes what it acts on in its "of" phrase ("the
    arrest of X") rather than its doer ("the visit of X")."""
    lexicon = load_lexicon()
    return rule.type in lexicon.patient_of_types or rule.mode in lexicon.patient_of_modes


def _disapproved(head: Token, args: Arguments) -> list[str]:
    """Target of a reported disapproval: the subject of what is condemned ("said Israel's
    policy was illegal": Israel via the possessor), else a body it is told to ("told the
    U.N. General Assembly that sanctions were lethal": a disagreement presented to an
    organisation is addressed to it, PLOVER manual, ACCUSE)."""
    subjects = [subject_of_clause(c) for c in head.children if c.dep_ == "ccomp"]
    subjects = [s for s in subjects if s is not None]
    hearers = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    return (
        args.owners_of(named_as(head))  # "condemned what it called China's actions"
        or args.phrases(subjects)
        or args.phrases(p for s in subjects for p in s.children if p.dep_ == "poss")
        or [k for k in args.phrases(hearers) if args.index.kind(k) in ("organization", "country")]
    )


def _doers_of_objects(
    head: Token, args: Arguments, preps: frozenset[str] = frozenset()
) -> list[str]:
    """Who would do the acts a verb's object event nouns name ("the resignation of
    President X", "a withdrawal by Syria"), or those of the event nouns in its ``preps``
    phrases ("concern over the deployment of U.S. troops"); not those acted on ("the release
    of prisoners")."""
    keys: list[str] = []
    objects = [c for c in head.children if c.dep_ == "dobj"] + prep_objects(head, preps)
    light = load_lexicon().light_verbs
    for obj in objects:
        rule = noun_rule(obj, args.index.is_actor)
        if rule is None:
            continue
        agents, _, together = args.nominal(obj, _of_is_patient(rule))
        keys += agents or together
        if not agents and not together:  # "the strikes the U.S. military has carried out"
            keys += [
                k
                for rc in obj.children
                if rc.dep_ == "relcl"
                and word_forms(rc) & light
                and not any(c.dep_ == "dobj" for c in rc.children)
                for k in args.source_of_verb(rc)
            ]
    return _dedupe(keys)


def _without_own_forces(target: list[str], source: list[str], index: ActorIndex) -> list[str]:
    """``target`` less the armed forces of the doers' own states, when the doers are states or
    their bodies (a rebel group's truce "with the Turkish army" has the army as its party)."""
    lexicon = load_lexicon()
    state = lexicon.state_sectors - {"UAF"}
    own = {
        index.country(k)
        for k in source
        if index.kind(k) == "country"
        or ((actor := index.actors.actors.get(k)) is not None and actor.sector in state)
    } - {None}
    armed = lexicon.armed_sectors & state
    return [
        k
        for k in target
        if not (
            index.country(k) in own
            and (actor := index.actors.actors.get(k)) is not None
            and actor.sector in armed
        )
    ]


def _gives_help(verb: Token) -> bool:
    """Whether a verb's object is help or backing given (``helping_nouns``: "give Cuba all
    necessary help", "send them weapons")."""
    helping = load_lexicon().helping_nouns
    return any(c.dep_ == "dobj" and word_forms(c) & helping for c in verb.children)


def _objects_of_act(verb: Token, args: Arguments, own: Collection[str | None] = ()) -> list[str]:
    """The parties an act offered or threatened falls on: its objects, but where the verb
    moves forces named as its object, or people of the states ``own`` (its envoys), where
    they go ("threatened to send troops to Nigeria": Nigeria, not the troops; "offered to
    send Baker to Baghdad": Iraq; "offered to supply Bogota with helicopters": Bogota); where
    it asks someone to act, the party of that act ("promised to ask Congress to forgive
    Jordan's debt": Jordan, not Congress)."""
    if word_forms(verb) & load_lexicon().persuading_verbs:
        asked = [
            c
            for c in verb.children
            if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c)))
            and c.pos_ in ("VERB", "AUX")
        ]
        if asked:
            return _dedupe(k for act in asked for k in _objects_of_act(act, args, own))
    keys = args.objects_of(verb)
    moving = any(r.moves for r in load_lexicon().verbs.get(verb.lemma_.lower(), ()))
    moved = args.phrases(c for c in verb.children if c.dep_ == "dobj")
    # (not "supply the Philippine armed forces with patrol boats": the forces receive)
    supplied = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    sent = [
        k
        for k in moved
        if args.index.kind(k) == "group"
        or (args.index.kind(k) == "person" and args.index.country(k) in own)
    ]
    if moving and moved and not supplied and sent == moved:
        return args.objects_of(verb, moved=True)
    return keys


def _hostile_object(head: Token, index: ActorIndex) -> Token | None:
    """A verb's object naming a hostile act ("supported its war against Ukraine": "war"),
    if any."""
    return next((c for c in head.children if c.dep_ == "dobj" and _hostile_noun(c, index)), None)


def _hostile_noun(noun: Token, index: ActorIndex) -> bool:
    """Whether a noun names a hostile act ("offensive", "invasion") or a war ("war" is no
    event noun: a state of affairs the events in it make up), not armed people ("its own
    forces", an actor)."""
    if index.keys_at(noun):
        return False
    return noun.lemma_.lower() == "war" or any(r.type == "ASSAULT" for r in noun_rules(noun))


def _authors_of_objects(head: Token, args: Arguments) -> list[str]:
    """The authors a participle's "by" phrase names on a verb's object ("rejected a truce
    proposal drafted by the United States", "backed a plan put forward by Egypt";
    ``authoring_participles``)."""
    authoring = load_lexicon().authoring_participles
    return _dedupe(
        k
        for obj in (c for c in head.children if c.dep_ == "dobj")
        for acl in obj.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and word_forms(acl) & authoring
        for k in args.phrases(prep_objects(acl, ("by",)))
    )


def _parties_of_passive_event_noun(
    head: Token, args: Arguments, source: list[str], target: list[str]
) -> tuple[list[str], list[str]]:
    """Source and target of a passive verb whose subject is an event noun with its own
    parties ("an agreement between the two Koreas was signed", "a deal by X was approved")."""
    for subject in (c for c in head.children if c.dep_ == "nsubjpass"):
        # "full relations between Argentina and Britain were restored": the relation's sides
        # the noun must read as an event where it stands: "a US patrol was ambushed" names
        # the ones attacked, no patrol by them (a patrol is an event only when plural)
        if noun_trigger(subject, args.index.is_actor) or word_forms(subject) & _RELATION_NOUNS:
            agents, partners, together = args.nominal(subject)
            if agents or together:
                return _dedupe(agents or together), _dedupe(target + partners)
    return source, target


_MEDIATION = "045"  # CAMEO 045 mediate


def _visit(
    index: ActorIndex, location: Location, source: list[str], target: list[str]
) -> tuple[str | None, list[str], list[str]]:
    """A meeting in one participant's country is a visit by the others (PLOVER convention)."""
    if location.country is None:
        return None, source, target
    everyone = _dedupe(source + target)
    hosts = [k for k in everyone if index.country(k) == location.country]
    guests = [k for k in everyone if index.country(k) not in (None, location.country)]
    if hosts and guests and set(hosts) <= set(target) and set(guests) & set(source):
        # "Albright held separate talks with Netanyahu and Arafat in Jerusalem": the one
        # holding them visits; the others met there are met, not fellow visitors
        # (with those of their own state: "Blinken met Xi ..., the highest-level American
        # visit": the United States too)
        states = {index.country(k) for k in guests if k in source}
        visitors = [k for k in guests if index.country(k) in states]
        return "visit", visitors, _dedupe(hosts + [k for k in target if k not in visitors])
    if hosts and guests:
        return "visit", guests, hosts
    return None, source, target


def _cameo(trigger: Trigger, mode: str | None) -> str | None:
    if trigger.rule.type == "CONSULT" and mode == "visit" and trigger.rule.mode != "visit":
        return "042"
    return trigger.rule.cameo


def _confidence(
    trigger: Trigger, finding: StatusFinding, source: list[str], target: list[str]
) -> float:
    score = trigger.rule.confidence
    if not (source and target):
        score *= 0.8
    if finding.reporter is not None:
        score *= 0.9
    return round(min(score, 1.0), 2)


def _claimant(args: Arguments, finding: StatusFinding) -> str | None:
    if finding.reporter is None:
        return None
    keys = args.phrase(subject_of(finding.reporter))
    return keys[0] if keys else None
