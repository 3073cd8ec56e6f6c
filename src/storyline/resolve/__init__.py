"""resolve stage: event mentions that describe the same real-world event become one event.

Within a document (:func:`resolve_document`) mentions merge when type, status and actors
agree and date and place are compatible; a mention without actors ("the meeting") joins
the nearest earlier event of its type. A date or place that only the sentence context gave
(weak evidence) does not keep two otherwise identical reports apart: they merge and the
disagreement is kept in ``Event.conflicts``.

Across documents (:class:`EventIndex`, :func:`resolve_corpus`, and the store) events match
when type, status and actor set are equal, both dates are known and compatible and the
places are compatible. Candidates are found by blocking on (type, status, actors) and the
years the date covers, so the work grows about linearly with the number of events.

An event's date and place are the most precise ones consistent with most of its mentions
(``compat.choose_date``); mentions that contradict them are recorded as conflicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date

from storyline.records import TOLD_AGAIN, Conflict, Event, EventDate, EventMention, Location
from storyline.resolve.compat import (
    bounds_overlap,
    choose_date,
    date_interval,
    dates_compatible,
    is_country,
    more_precise,
    more_precise_place,
    places_compatible,
)

__all__ = [
    "EventIndex",
    "absorb",
    "block_key",
    "cross_document_match",
    "dates_compatible",
    "merge_events",
    "more_precise",
    "place_reference_match",
    "places_compatible",
    "resolve_corpus",
    "resolve_document",
    "same_day_match",
    "same_visit",
    "quoted_labels",
    "same_event",
]

_STRONG_DATE_RULES = ("same-clause timex",)  # the trigger's own clause dates it
_MAX_BLOCK_YEARS = 3  # dates spanning more years than this are too vague to block on


def block_key(event_type: str, status: str, actors: Iterable[str]) -> str:
    """Blocking key for cross-document candidates."""
    return "|".join([event_type, status, *sorted(set(actors))])


def _new_event(doc_id: str, mention: EventMention) -> Event:
    return Event(
        type=mention.type,
        mode=mention.mode,
        cameo=mention.cameo,
        source=list(mention.source),
        target=list(mention.target),
        status=mention.status,
        date=mention.date,
        location=mention.location,
        mentions=[(doc_id, mention)],
        confidence=mention.confidence,
    )


def _union(first: list[str], second: list[str]) -> list[str]:
    return first + [key for key in second if key not in first]


def _strong(value: EventDate) -> bool:
    return value.rule.startswith(_STRONG_DATE_RULES)


def _date_text(value: EventDate) -> str:
    if value.value is not None:
        return value.value
    return f"{value.earliest}/{value.latest}"


def settle(event: Event) -> None:
    """Recompute the event's date and place from all its mentions and list the conflicts.

    Dates stated in the trigger's own clause win over dates the sentence context gave."""
    dates = [m.date for _, m in event.mentions]
    strong = [n for n, d in enumerate(dates) if _strong(d) and date_interval(d) is not None]
    pool = strong if strong else list(range(len(dates)))
    chosen, _ = choose_date([dates[n] for n in pool])
    conflicts: list[Conflict] = []
    for doc_id, mention in event.mentions:
        if not dates_compatible(chosen, mention.date):
            conflicts.append(Conflict("date", _date_text(mention.date), doc_id, mention.start))
    place: Location | None = None
    for _, mention in event.mentions:
        if places_compatible(place, mention.location):
            place = more_precise_place(place, mention.location)
    for doc_id, mention in event.mentions:
        if not places_compatible(place, mention.location):
            conflicts.append(Conflict("location", mention.location.name, doc_id, mention.start))
    if date_interval(chosen) is not None or date_interval(event.date) is None:
        event.date = chosen
    event.location = place
    event.conflicts = conflicts


def _changes_nothing(event: Event, value: EventDate, place: Location | None) -> bool:
    """Whether a report with this date and place leaves the event's date, place and
    conflicts as they are (compatible and no more precise), so nothing needs recomputing."""
    if not dates_compatible(event.date, value) or not places_compatible(event.location, place):
        return False
    if more_precise(event.date, value) is not event.date and date_interval(value) is not None:
        return False
    return more_precise_place(event.location, place) is event.location or place is None


# Types whose act done by two parties to each other is another act than one done by one of
# them ("accused each other" is not "India accused Pakistan"); a meeting is one either way,
# and fighting told as clashes may be the attack told one way
_MUTUAL_APART = frozenset(
    {"ACCUSE", "COERCE", "PROTEST", "REJECT", "REQUEST", "SANCTION", "THREATEN"}
)


def _both_sides(source: list[str], target: list[str]) -> bool:
    """Whether an act lists its parties on both sides ("Albright and Kim were meeting")."""
    return bool(source) and set(source) == set(target)


def absorb(event: Event, doc_id: str, mention: EventMention) -> None:
    """Add a mention to an event, keeping the most precise consistent attributes: a report
    naming the parties together keeps the roles a report of who visited whom gave."""
    event.mentions.append((doc_id, mention))
    together = _both_sides(mention.source, mention.target)
    if not together or _both_sides(event.source, event.target):
        event.source = _union(event.source, mention.source)
        event.target = _union(event.target, mention.target)
    event.mode = event.mode or mention.mode
    event.confidence = min(0.99, max(event.confidence, mention.confidence) + 0.05)
    if not _changes_nothing(event, mention.date, mention.location):
        settle(event)


def merge_events(into: Event, other: Event) -> None:
    """Fold every mention of ``other`` into ``into``."""
    into.source = _union(into.source, other.source)
    into.target = _union(into.target, other.target)
    into.mode = into.mode or other.mode
    into.mentions.extend(other.mentions)
    into.confidence = min(0.99, max(into.confidence, other.confidence) + 0.05)
    if other.conflicts or not _changes_nothing(into, other.date, other.location):
        settle(into)


# Types whose act is one whichever party a report names as its doer ("Kim Yong Chol met"
# and "Pompeo met Kim Yong Chol" are one meeting)
_SHARED_ACTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _either_way_opposed(
    type_: str, one: tuple[list[str], list[str]], other: tuple[list[str], list[str]]
) -> bool:
    """Whether two reports of an act, each (doers, targets), run opposite ways: the other's
    doers are the first's targets; or, for an act not shared by its parties, the first's
    doers the other's targets, also when the first names no target ("Israeli air strikes"
    and "Iran fired missiles at Israel")."""
    if _opposed(one[0], one[1], other[0]):
        return True
    if type_ in _SHARED_ACTS:
        return False
    return _opposed(other[0], other[1], one[0]) or _done_to_the_doer(one, other)


def _done_to_the_doer(one: tuple[list[str], list[str]], other: tuple[list[str], list[str]]) -> bool:
    """Whether, of two reports of an act (doers, targets), one names no doer and has for its
    target the other's doer, not the other's target ("a landmine blast wounded four Thai
    soldiers" and "Thai troops fired on villagers": two acts)."""
    for (source, target), (other_source, other_target) in ((one, other), (other, one)):
        if not source and set(target) & set(other_source) and not set(target) & set(other_target):
            return True
    return False


def _opposed(source: list[str], target: list[str], other_source: list[str]) -> bool:
    """Whether an act by ``other_source`` runs the other way: its authors are all the first
    act's targets and none its authors ("Kurti blamed Vucic" and "Vucic accused Kurti" are
    two accusations). Symmetric acts list their parties on both sides and never run the
    other way."""
    if not source or not target or not other_source:
        return False
    return not set(other_source) & set(source) and set(other_source) <= set(target)


def same_event(event: Event, mention: EventMention) -> bool:
    """Whether a mention can describe ``event`` (same document context assumed).

    Type and status must agree and the mention's actors, if any, must be the event's.
    Date and place must be compatible unless the disagreeing side is weak: a date taken
    from the sentence context rather than the trigger's clause, when the other attribute
    (place, or date) positively agrees."""
    if event.type != mention.type or event.status != mention.status:
        return False
    if mention.date.rule.endswith(TOLD_AGAIN):
        return False  # "fired more missiles after it took effect": another act
    actors = frozenset(mention.source) | frozenset(mention.target)
    if actors and actors != event.actor_set:
        return False
    if _either_way_opposed(
        event.type, (event.source, event.target), (mention.source, mention.target)
    ):
        return False
    if event.type in _MUTUAL_APART and _both_sides(event.source, event.target) != _both_sides(
        mention.source, mention.target
    ):
        return False  # "India accused Pakistan ... both sides accused each other": two acts
    if _dated_apart(event, mention):
        return False
    date_ok = dates_compatible(event.date, mention.date)
    place_ok = places_compatible(event.location, mention.location)
    if date_ok and place_ok:
        return True
    if not actors:
        return False
    if not date_ok and place_ok:
        same_place = event.location is not None and mention.location is not None
        weak = not _strong(mention.date) or not any(_strong(m.date) for _, m in event.mentions)
        return same_place and weak
    if date_ok and not place_ok:
        same_day = event.date.granularity == "day" and event.date.value == mention.date.value
        return same_day
    return False


def _dated_apart(event: Event, mention: EventMention) -> bool:
    """Whether a mention is another act of the event's kind: another mode of it with a date of
    its own clause while the event has no day or month ("had downgraded relations ... had
    recalled its ambassador in August": the recall is no date for the downgrade)."""
    return (
        event.mode is not None
        and mention.mode is not None
        and event.mode != mention.mode
        and event.date.value is None
        and mention.date.value is not None
        and _strong(mention.date)
    )


def _one_per_trigger(mentions: Iterable[EventMention]) -> list[EventMention]:
    """Mentions of one trigger (same clause, trigger, type and status) as one mention with
    all their actors: one trigger reports one event."""
    kept: dict[tuple, EventMention] = {}
    for mention in mentions:
        key = (mention.start, mention.trigger_start, mention.type, mention.status)
        first = kept.get(key)
        if first is None:
            kept[key] = mention
        else:
            kept[key] = replace(
                first,
                source=_union(first.source, mention.source),
                target=_union(first.target, mention.target),
                confidence=max(first.confidence, mention.confidence),
            )
    return sorted(kept.values(), key=lambda m: (m.start, m.trigger_start))


def resolve_document(
    doc_id: str,
    mentions: Iterable[EventMention],
    parties: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> list[Event]:
    """Group one document's event mentions into events (actorless ones join an earlier event).

    With ``parties`` (actor key -> (country, kind)), events of one day that name the same
    parties differently ("Trump and Kim met", "the first meeting between the two countries")
    become one event too, see :func:`same_day_match`.
    """
    events: list[Event] = []
    for mention in _one_per_trigger(mentions):
        has_actors = bool(mention.source or mention.target)
        candidates = [e for e in events if same_event(e, mention)]
        if not has_actors and mention.location is not None:
            # "the commitments made in Singapore" names an event told in that place
            candidates = [e for e in candidates if _same_place(e.location, mention.location)]
        if candidates:
            absorb(candidates[-1], doc_id, mention)
        elif has_actors:
            events.append(_new_event(doc_id, mention))
    return _merge_same_day(events, parties) if parties else events


def _merge_same_day(
    events: list[Event], parties: Mapping[str, tuple[str | None, str | None]]
) -> list[Event]:
    """Events folded into an earlier one of the same day and parties; the actors kept are the
    most specific ones (people over states, the larger of two nested sets)."""
    kept: list[Event] = []
    for event in events:
        partner = next(
            (k for k in kept if same_day_match(k, event, parties) or same_visit(k, event, parties)),
            None,
        )
        if partner is None:
            kept.append(event)
            continue
        mine, theirs = set(event.actor_set), set(partner.actor_set)
        people_here = _names_a_person(mine, parties) and not _names_a_person(theirs, parties)
        # (not the roles of a report with no doer over one that names it: "dozens of soldiers
        # were killed on both sides" after "the Taliban attacked Pakistani border posts")
        unnamed = partner.source and not event.source
        if (people_here or (theirs < mine)) and not unnamed:
            partner.source, partner.target = list(event.source), list(event.target)
        partner.mentions.extend(event.mentions)
        partner.mentions.sort(key=lambda item: item[1].start)
        partner.confidence = min(0.99, max(partner.confidence, event.confidence) + 0.05)
        settle(partner)
    return kept


def cross_document_match(stored: Event, new: Event) -> bool:
    """Whether two events from different documents are the same real-world event."""
    if stored.type != new.type or stored.status != new.status:
        return False
    if stored.actor_set != new.actor_set:
        return False
    if _either_way_opposed(stored.type, (stored.source, stored.target), (new.source, new.target)):
        return False
    if date_interval(stored.date) is None or date_interval(new.date) is None:
        return False
    return dates_compatible(stored.date, new.date) and places_compatible(
        stored.location, new.location
    )


def same_day_match(
    stored: Event, new: Event, parties: Mapping[str, tuple[str | None, str | None]]
) -> bool:
    """Two reports of one day's event whose actors differ in how they are named.

    "Trump and Kim met in Singapore" and "the United States and North Korea met" on the same
    day (or undated, when the undated one names states only): same type, status and day,
    compatible places, and either a shared actor with one
    actor set inside the other, or the same two or more countries on each side where one side
    names no person (two different sets of people are two different meetings). ``parties``
    maps actor ids to (country, kind).
    """
    if stored.type != new.type or stored.status != new.status:
        return False
    if stored.mode and new.mode and stored.mode != new.mode and not _told_together(stored, new):
        return False  # "withdrawing from the treaty ... expelled U.N. inspectors": two acts
    undated = [e for e in (stored, new) if e.date.value is None]
    if undated and not bounds_overlap(stored.date, new.date):
        return False  # "fired missiles on Monday ... fired more missiles after it took
        # effect": bounded after that day, another act
    if len(undated) == 1 and not _names_a_person(undated[0].actor_set, parties):
        # "the two sides had overcome many obstacles to reach the meeting", undated: the
        # day's meeting of the same states' people
        if (stored.date.granularity or new.date.granularity) != "day":
            return False
    elif (stored.date.granularity, new.date.granularity) != ("day", "day"):
        return False
    elif stored.date.value != new.date.value:
        return False
    if not _same_country(stored.location, new.location):
        return False
    if _either_way_opposed(stored.type, (stored.source, stored.target), (new.source, new.target)):
        return False
    countries = {k: parties.get(k, (None, None))[0] or k for k in stored.actor_set | new.actor_set}

    def states(keys: list[str]) -> list[str]:
        return [countries[k] for k in keys]

    if _either_way_opposed(
        stored.type,
        (states(stored.source), states(stored.target)),
        (states(new.source), states(new.target)),
    ):
        return False  # "Hamas freed Israeli hostages, and Israel began releasing
        # Palestinian prisoners": two acts, one each way
    old, fresh = set(stored.actor_set), set(new.actor_set)
    if old & fresh and (old <= fresh or fresh <= old):
        return True
    if all(_names_a_person(side, parties) for side in (old, fresh)):
        return False
    old_countries = {parties.get(a, (None, None))[0] for a in old}
    new_countries = {parties.get(a, (None, None))[0] for a in fresh}
    if None in old_countries or None in new_countries:
        return False
    return old_countries == new_countries and len(old_countries) >= 2


def _told_together(one: Event, other: Event) -> bool:
    """Whether two events have mentions in one sentence of one document ("blockaded the
    highway ... in protest against the drive": one act told by two words)."""
    told = {(doc, m.sentence) for doc, m in one.mentions}
    return any((doc, m.sentence) in told for doc, m in other.mentions)


_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,80})[\"“”]")
_LABEL_WORDS = (2, 6)  # a coined label ("axis of evil"), not a quoted sentence


def quoted_labels(text: str) -> set[str]:
    """Short quoted phrases of a sentence, lower-cased: the labels reports repeat when they
    refer to one statement or act ("axis of evil", "fire and fury")."""
    labels = set()
    for match in _QUOTED.finditer(text):
        words = re.findall(r"[\w'-]+", match.group(1).lower())
        if _LABEL_WORDS[0] <= len(words) <= _LABEL_WORDS[1]:
            labels.add(" ".join(words))
    return labels


_VISIT_SPAN_DAYS = 400  # a report dated more loosely than this cannot place a visit


def same_visit(
    stored: Event, new: Event, parties: Mapping[str, tuple[str | None, str | None]]
) -> bool:
    """Two reports of one trip: the same visitors in the same city, in overlapping periods of
    which the looser is at most about a year, visiting the same hosts or one report's hosts
    being the country of the other's ("Albright visited North Korea in Pyongyang", dated by a
    2018 look-back only to the last year of Clinton's presidency, and "Albright visited Kim
    Jong Il in Pyongyang" on 24 October 2000). A report with no bounded date never joins."""
    if (stored.type, new.type, stored.mode, new.mode) != ("CONSULT", "CONSULT", "visit", "visit"):
        return False
    if stored.status != new.status or not stored.source or set(stored.source) != set(new.source):
        return False
    here, there = stored.location, new.location
    if here is None or there is None or is_country(here) or is_country(there):
        return False
    if not _same_place(here, there):
        return False
    first, second = date_interval(stored.date), date_interval(new.date)
    if first is None or second is None or not dates_compatible(stored.date, new.date):
        return False
    if max(first[1] - first[0], second[1] - second[0]) > _VISIT_SPAN_DAYS:
        return False
    return _hosts_compatible(set(stored.target), set(new.target), parties)


def _hosts_compatible(
    one: set[str], other: set[str], parties: Mapping[str, tuple[str | None, str | None]]
) -> bool:
    """The same hosts, or countries on one side that are exactly the other side's countries."""
    if one == other:
        return True
    if not one or not other:
        return False
    countries = [{parties.get(k, (None, None))[0] for k in side} for side in (one, other)]
    if None in countries[0] or None in countries[1] or countries[0] != countries[1]:
        return False
    kinds = [{parties.get(k, (None, None))[1] for k in side} for side in (one, other)]
    return kinds[0] == {"country"} or kinds[1] == {"country"}


def place_reference_match(
    stored: Event, mention: EventMention, published: EventDate | None = None
) -> bool:
    """Whether a mention named by no party but by a town or city ("the commitments that were
    made that day in Singapore") can report ``stored``: the same type and status, the same
    place, compatible dates, and an event that can have happened by the time the report was
    published (``published``: the reporting document's date or bounds). The caller also
    requires that only one stored event qualifies."""
    if stored.type != mention.type or stored.status != mention.status:
        return False
    if not _same_place(stored.location, mention.location):
        return False
    if not dates_compatible(stored.date, mention.date):
        return False
    if published is None:
        return True
    by_then = EventDate(latest=published.value or published.latest)
    return _no_later(stored.date, by_then)


def _no_later(value: EventDate, by_then: EventDate) -> bool:
    """Whether ``value`` can fall on or before the latest day of ``by_then`` (unknown: yes)."""
    return bounds_overlap(EventDate(earliest=value.value or value.earliest), by_then)


def _same_place(a: Location | None, b: Location | None) -> bool:
    """Two known places of the same name."""
    return a is not None and b is not None and a.name.lower() == b.name.lower()


def _same_country(a: Location | None, b: Location | None) -> bool:
    """Places one day's event can have in two reports: unknown, compatible, or one country."""
    return places_compatible(a, b) or (a is not None and b is not None and a.country == b.country)


def _names_a_person(actors: set[str], parties: Mapping[str, tuple[str | None, str | None]]) -> bool:
    return any(parties.get(a, (None, None))[1] == "person" for a in actors)


def date_years(value: EventDate) -> list[int]:
    """The calendar years a date covers (empty when unknown or too vague to block on)."""
    interval = date_interval(value)
    if interval is None:
        return []
    first = date.fromordinal(interval[0]).year
    last = date.fromordinal(interval[1]).year
    return list(range(first, last + 1)) if last - first < _MAX_BLOCK_YEARS else []


class EventIndex:
    """Events of many documents, merged as they are added; candidates come from blocks
    keyed by (type, status, actor set, year)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._blocks: dict[tuple[str, int], list[int]] = {}
        self.comparisons = 0  # candidate pairs examined, for the scaling benchmark

    def _keys(self, event: Event) -> Iterator[tuple[str, int]]:
        key = block_key(event.type, event.status, event.actor_set)
        for year in date_years(event.date):
            yield key, year

    def add(self, event: Event) -> Event:
        """Merge ``event`` into a matching stored event, or store it; return the one kept."""
        seen: set[int] = set()
        for block in self._keys(event):
            for position in self._blocks.get(block, ()):
                if position in seen:
                    continue
                seen.add(position)
                self.comparisons += 1
                stored = self.events[position]
                if cross_document_match(stored, event):
                    merge_events(stored, event)
                    return stored
        position = len(self.events)
        self.events.append(event)
        for block in self._keys(event):
            self._blocks.setdefault(block, []).append(position)
        return event


def resolve_corpus(documents: Iterable[tuple[str, Iterable[EventMention]]]) -> list[Event]:
    """Events of many documents: each resolved within itself, then merged across documents."""
    index = EventIndex()
    for doc_id, mentions in documents:
        for event in resolve_document(doc_id, mentions):
            index.add(event)
    return index.events
