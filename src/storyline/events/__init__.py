"""events stage: PLOVER event mentions with actors, place, date and status.

Entry point: ``extract_events(doc, actors, time, registry) -> list[EventMention]``.

Steps: triggers (``triggers.py``, lexicon ``triggers.yaml``) -> status (``status.py``, cues
``status_cues.yaml``; mentions with no evidence of status are dropped) -> arguments
(``arguments.py``: actors only from the actor analysis, never from surface strings) ->
place, date (``storyline.time.date_for_trigger``) and claimant. Mentions with no actor at
all are dropped. See ``arguments.py`` for the source/target conventions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Token

from storyline.events.arguments import ActorIndex, Arguments, dateline_place, subject_of
from storyline.events.status import StatusFinding, find_status, load_cues
from storyline.events.triggers import Trigger, find_triggers, load_lexicon
from storyline.records import (
    ActorAnalysis,
    EventDate,
    EventMention,
    Location,
    TimeAnalysis,
)

try:  # the time stage provides dates; without it events carry no date
    from storyline.time import date_for_trigger
except ImportError:  # pragma: no cover - only while the time stage is absent

    def date_for_trigger(trigger: Token, time: TimeAnalysis) -> EventDate:
        return EventDate(rule="none")


__all__ = ["extract_events", "PlaceLookup"]


class PlaceLookup(Protocol):
    """What the events stage needs from the registry: the gazetteer."""

    def place(self, name: str) -> Location | None: ...


def extract_events(
    doc: Doc, actors: ActorAnalysis, time: TimeAnalysis, registry: PlaceLookup
) -> list[EventMention]:
    """Every event mention in ``doc`` whose status the text makes clear, in text order."""
    index = ActorIndex(doc, actors)
    args = Arguments(index, registry.place)
    triggers = _merge_travel(
        find_triggers(doc, index.is_actor, lambda t: args.place_of(t) is not None, load_lexicon())
    )
    cues = load_cues()
    sentences = list(doc.sents)
    sentence_of = {t.i: n for n, sent in enumerate(sentences) for t in sent}
    dateline = dateline_place(doc, registry.place)
    mentions: list[EventMention] = []
    for trigger in triggers:
        finding = find_status(trigger, cues)
        if finding.status is None:
            continue
        source, target = _roles(trigger, args)
        if finding.condition is not None and not target:
            # "prepared to dismantle ... only if the United States took steps": the party
            # the condition is put to is the counterpart
            target = [k for k in args.keys_in(finding.condition) if k not in source]
        if not source and not target:
            continue
        location = args.location(trigger)
        number = sentence_of[trigger.head.i]
        if (
            location is None
            and dateline is not None
            and dateline[0] == number
            and finding.reporter is None
            and trigger.rule.type == "CONSULT"
        ):
            location = dateline[1]  # the reporter's place, used only for a main-clause meeting
        mode = trigger.rule.mode
        if trigger.rule.type == "CONSULT" and mode is None and location is not None:
            mode, source, target = _visit(index, location, source, target)
        sent = sentences[number]
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
                date=date_for_trigger(trigger.head, time),
                location=location,
                confidence=_confidence(trigger, finding, source, target),
                claimant=_claimant(args, finding),
            )
        )
    return mentions


def _merge_travel(triggers: list[Trigger]) -> list[Trigger]:
    """ "flew to Seoul, where he met Moon": one visit (the meeting), not a trip and a meeting."""
    places = {t.place.i: t for t in triggers if t.kind == "travel" and t.place is not None}
    merged: list[Trigger] = []
    absorbed: set[int] = set()
    for trigger in triggers:
        clause = trigger.light_verb or trigger.head
        travel = places.get(clause.head.i) if clause.dep_ == "relcl" else None
        if travel is not None and trigger.rule.type == "CONSULT" and travel.place is not None:
            rule = replace(trigger.rule, mode="visit", cameo="042", symmetric=False)
            trigger = Trigger(trigger.head, trigger.kind, rule, trigger.light_verb, travel.place)
            absorbed.add(travel.head.i)
        merged.append(trigger)
    return [t for t in merged if not (t.kind == "travel" and t.head.i in absorbed)]


def _dedupe(keys: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _roles(trigger: Trigger, args: Arguments) -> tuple[list[str], list[str]]:
    """(source, target) actor keys; symmetric participants go on both sides."""
    head = trigger.head
    together: list[str] = []
    if trigger.kind == "nominal":
        source, target, together = args.nominal(head)
        if trigger.light_verb is not None:
            source = args.source_of_verb(trigger.light_verb) or source
            target = _dedupe(target + args.objects_of(trigger.light_verb, exclude=head))
    elif trigger.kind == "travel":
        source = args.source_of_verb(head)
        target = args.phrase(trigger.place)
    elif trigger.kind == "adjectival":
        source = args.phrase(subject_of(head))
        target = []
    else:
        source = args.source_of_verb(head)
        target = args.objects_of(head)
        if trigger.rule.type == "REQUEST":
            target = _dedupe(target + args.clause_subjects(head))
        if trigger.rule.host:
            source, target = target, source
        if trigger.place is not None and not target:  # merged visit: the host country
            target = args.phrase(trigger.place)
    target = [k for k in target if k not in source] if not trigger.rule.symmetric else target
    if trigger.rule.symmetric:
        everyone = _dedupe(source + target + together)
        named_together = together or (len(source) > 1 and not target)
        if named_together or (not source and len(target) > 1):
            return everyone, list(everyone)
        return source, target
    return _dedupe(source or together), _dedupe(target)


def _visit(
    index: ActorIndex, location: Location, source: list[str], target: list[str]
) -> tuple[str | None, list[str], list[str]]:
    """A meeting in one participant's country is a visit by the others (PLOVER convention)."""
    if location.country is None:
        return None, source, target
    everyone = _dedupe(source + target)
    hosts = [k for k in everyone if index.country(k) == location.country]
    guests = [k for k in everyone if index.country(k) not in (None, location.country)]
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
