from dataclasses import replace

from storyline.records import EventDate
from storyline.resolve import cross_document_match, dates_compatible, resolve_document

from factories import mention


def test_resolve_dates_compatible_by_containment() -> None:
    month = EventDate("2000-10", "month")
    assert dates_compatible(month, EventDate("2000-10-24", "day"))
    assert dates_compatible(EventDate(None), EventDate("2000-10-24", "day"))
    assert not dates_compatible(EventDate("2000-10-23", "day"), EventDate("2000-10-24", "day"))
    assert not dates_compatible(EventDate("2018-07", "month"), EventDate("2018-10", "month"))


def test_resolve_document_merges_repeated_reports_and_keeps_precise_date() -> None:
    first = mention(date="2018-10", granularity="month", start=0)
    again = mention(
        source=("reg:a", "reg:b"),
        target=("reg:a", "reg:b"),
        date="2018-10-07",
        granularity="day",
        start=200,
    )
    events = resolve_document("d-1", [first, again])
    assert len(events) == 1
    assert events[0].date.value == "2018-10-07"
    assert len(events[0].mentions) == 2


def test_resolve_document_keeps_negated_and_other_dates_apart() -> None:
    met = mention(date="2018-10-07", granularity="day", start=0)
    not_met = mention(status="negated", date="2018-07", granularity="month", start=100)
    earlier = mention(date="2018-07", granularity="month", start=300)
    events = resolve_document("d-1", [met, not_met, earlier])
    assert len(events) == 3


def test_resolve_document_actorless_mention_joins_earlier_event_or_is_dropped() -> None:
    met = mention(start=0, place="Pyongyang")
    back_reference = mention(source=(), target=(), start=150)
    orphan = mention(type_="AGREE", source=(), target=(), start=300)
    events = resolve_document("d-1", [met, back_reference, orphan])
    assert len(events) == 1 and len(events[0].mentions) == 2


def test_resolve_cross_document_needs_known_compatible_dates() -> None:
    a = resolve_document("d-1", [mention(date="2000-10", granularity="month")])[0]
    b = resolve_document("d-2", [mention(date="2000-10-24", granularity="day")])[0]
    undated = resolve_document("d-3", [mention()])[0]
    assert cross_document_match(a, b)
    assert not cross_document_match(a, undated)


def test_resolve_acts_running_the_other_way_are_not_merged() -> None:
    blamed = mention(type_="ACCUSE", date="2023-09", granularity="month", start=0)
    reply = mention(
        type_="ACCUSE",
        source=("reg:b",),
        target=("reg:a",),
        date="2023-09",
        granularity="month",
        start=100,
    )
    assert len(resolve_document("d-1", [blamed, reply])) == 2
    first = resolve_document("d-1", [blamed])[0]
    second = resolve_document("d-2", [reply])[0]
    assert not cross_document_match(first, second)
    # a meeting lists its parties on both sides and stays one event
    met = mention(source=("reg:a", "reg:b"), target=("reg:a", "reg:b"), start=0)
    again = mention(source=("reg:b", "reg:a"), target=("reg:b", "reg:a"), start=100)
    assert len(resolve_document("d-1", [met, again])) == 1


def test_resolve_a_report_naming_the_parties_together_keeps_who_visited_whom() -> None:
    visit = mention(start=0, place="Pyongyang")  # a visited b
    together = mention(source=("reg:a", "reg:b"), target=("reg:a", "reg:b"), start=100)
    events = resolve_document("d-1", [visit, together])
    assert len(events) == 1
    assert (events[0].source, events[0].target) == (["reg:a"], ["reg:b"])
    # the other way round, the directed report does not undo the parties named together
    first = mention(source=("reg:a", "reg:b"), target=("reg:a", "reg:b"), start=0)
    later = mention(start=100, place="Pyongyang")
    events = resolve_document("d-1", [first, later])
    assert set(events[0].source) == {"reg:a", "reg:b"}


def test_resolve_same_day_acts_of_two_states_one_each_way_stay_apart() -> None:
    # "Hamas freed Israeli hostages, and Israel began releasing Palestinian prisoners"
    parties = {
        "reg:hamas": ("PSE", "organization"),
        "new:ISR:hostage": ("ISR", "group"),
        "reg:ISR": ("ISR", "country"),
        "new:PSE:civilians": ("PSE", "group"),
    }
    day = {"date": "2025-10-13", "granularity": "day"}
    freed = mention("RETREAT", ("reg:hamas",), ("new:ISR:hostage",), **day)
    released = mention("RETREAT", ("reg:ISR",), ("new:PSE:civilians",), start=100, **day)
    assert len(resolve_document("d-1", [freed, released], parties)) == 2
    # the same two countries named two ways, both in the same direction, are one event
    by_state = mention("RETREAT", ("reg:hamas",), ("reg:ISR",), start=200, **day)
    assert len(resolve_document("d-1", [freed, by_state], parties)) == 1


def test_resolve_a_mutual_accusation_is_not_the_one_way_one() -> None:
    # "India blamed Pakistan for the attack ... both sides accused each other of breaking
    # the truce": two accusations
    one_way = mention("ACCUSE", start=0)
    mutual = mention("ACCUSE", ("reg:a", "reg:b"), ("reg:a", "reg:b"), start=100)
    assert len(resolve_document("d-1", [one_way, mutual])) == 2
    # a visit and the parties' meeting told together stay one event
    visit = mention(start=0)
    met = mention(source=("reg:a", "reg:b"), target=("reg:a", "reg:b"), start=100)
    assert len(resolve_document("d-1", [visit, met])) == 1


def test_resolve_an_undated_meeting_of_two_states_is_their_leaders_meeting_that_day() -> None:
    # "Trump and Kim met in Singapore on Tuesday ... the two sides had overcome many
    # obstacles to reach the meeting"
    parties = {
        "reg:trump": ("USA", "person"),
        "reg:kim": ("PRK", "person"),
        "reg:USA": ("USA", "country"),
        "reg:PRK": ("PRK", "country"),
    }
    leaders = ("reg:trump", "reg:kim")
    met = mention(source=leaders, target=leaders, date="2018-06-12", granularity="day")
    states = ("reg:USA", "reg:PRK")
    again = mention(source=states, target=states, start=500)
    events = resolve_document("d-1", [met, again], parties)
    assert len(events) == 1 and set(events[0].source) == set(leaders)
    # two undated reports stay as they are: no day to share
    undated = mention(source=leaders, target=leaders)
    assert len(resolve_document("d-1", [undated, again], parties)) == 2


def test_resolve_an_act_with_no_target_does_not_join_one_aimed_at_its_doer() -> None:
    # "a week of Israeli air strikes ... Iran has since fired missiles at Israeli cities":
    # the strikes name no target, but the missiles run the other way
    day = {"date": "2025-06-22", "granularity": "day"}
    strikes = mention(type_="ASSAULT", source=("reg:a",), target=(), start=0, **day)
    missiles = mention(type_="ASSAULT", source=("reg:b",), target=("reg:a",), start=300, **day)
    events = resolve_document("d-1", [strikes, missiles])
    assert [(e.source, e.target) for e in events] == [(["reg:a"], []), (["reg:b"], ["reg:a"])]
    parties = {"reg:a": ("AAA", "country"), "reg:b": ("BBB", "country")}
    events = resolve_document("d-1", [strikes, missiles], parties)
    assert len(events) == 2


def test_resolve_document_same_day_acts_of_two_kinds_stay_apart() -> None:
    withdrew = replace(
        mention("SANCTION", target=(), date="2003-01-10", granularity="day"), mode="withdraw"
    )
    expelled = replace(
        mention("SANCTION", date="2003-01-10", granularity="day", start=300), mode="expel"
    )
    parties = {"reg:a": ("PRK", "country"), "reg:b": (None, "organization")}
    events = resolve_document("d-1", [withdrew, expelled], parties)
    assert len(events) == 2


def test_resolve_an_act_done_to_a_party_is_not_that_partys_own_act() -> None:
    # "a landmine blast wounded four Thai soldiers ... Thai troops fired on villagers": the
    # wounding names no doer and has for target the other act's doer
    day = {"date": "2025-11-12", "granularity": "day"}
    wounded = mention(type_="ASSAULT", source=(), target=("reg:a",), start=0, **day)
    fired = mention(type_="ASSAULT", source=("reg:a",), target=("reg:b",), start=300, **day)
    parties = {"reg:a": ("AAA", "military"), "reg:b": (None, "group")}
    events = resolve_document("d-1", [wounded, fired], parties)
    assert [(e.source, e.target) for e in events] == [([], ["reg:a"]), (["reg:a"], ["reg:b"])]
    # a report naming no doer of an attack on the same target is the same attack
    shelled = mention(type_="ASSAULT", source=(), target=("reg:b",), start=500, **day)
    assert len(resolve_document("d-1", [fired, shelled], parties)) == 1
