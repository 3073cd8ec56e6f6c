"""Events on hand-parsed Docs (no model): tidy roles, document context, new trigger kinds."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from storyline.events import extract_events
from storyline.events.arguments import ActorIndex
from storyline.events.context import apply_context
from storyline.events.roles import HostLookup, tidy_roles
from storyline.events.triggers import TriggerRule
from storyline.records import (
    Actor,
    ActorAnalysis,
    EventDate,
    Location,
    PublishedDate,
    TimeAnalysis,
)

from factories import VOCAB, mention, parsed_doc, people_analysis

PEOPLE = {
    "Ann": Actor("reg:ann", "Ann Lee", "person", "RUR"),
    "Bo": Actor("reg:bo", "Bo Chan", "person", "FRE"),
    "Cy": Actor("reg:cy", "Cy Dunn", "person", "RUR"),
    "Freedonia": Actor("reg:FRE", "Freedonia", "country", "FRE", registry_id="FRE"),
}
PLACES = {"Hanoi": Location("Hanoi", "VNM"), "Freedonia": Location("Freedonia", "FRE")}
VIETNAM = Actor("reg:VNM", "Vietnam", "country", "VNM", registry_id="VNM")


class Registry:
    """Gazetteer plus country actors, as the real registry offers them."""

    def place(self, name: str) -> Location | None:
        return PLACES.get(name)

    def actor(self, registry_id: str) -> Actor:
        if registry_id != "VNM":
            raise KeyError(registry_id)
        return VIETNAM


def run(rows):
    doc = parsed_doc(rows)
    actors = people_analysis(doc, PEOPLE)
    events = extract_events(doc, actors, TimeAnalysis(PublishedDate(), []), Registry())
    return events, actors


MEET = TriggerRule("meet", "CONSULT", None, "040", 0.85, symmetric=True)
VISIT = TriggerRule("visit", "CONSULT", "visit", "042", 0.85)


def sentences(text: str) -> Doc:
    """A Doc with a sentence after each full stop."""
    words = text.split()
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(VOCAB, words=words, sent_starts=starts)


def index_for(doc_words: str = "Ann met Bo .") -> ActorIndex:
    doc = Doc(VOCAB, words=doc_words.split())
    return ActorIndex(doc, ActorAnalysis({a.key: a for a in PEOPLE.values()}, []))


def test_events_roles_lone_participant_meeting_has_no_target() -> None:
    index = index_for()
    hosts = HostLookup(index.actors, Registry())
    roles = tidy_roles(MEET, None, ["reg:ann"], ["reg:ann"], None, index, hosts)
    assert roles == (["reg:ann"], [], None)


def test_events_roles_place_actor_is_not_a_party() -> None:
    index = index_for()
    hosts = HostLookup(index.actors, Registry())
    where = PLACES["Freedonia"]
    source, target, _ = tidy_roles(MEET, None, ["reg:FRE"], ["reg:FRE"], where, index, hosts)
    assert (source, target) == ([], [])


def test_events_roles_visit_to_a_place_names_the_host_country() -> None:
    index = index_for()
    hosts = HostLookup(index.actors, Registry())
    source, target, mode = tidy_roles(
        VISIT, "visit", ["reg:ann"], [], PLACES["Hanoi"], index, hosts
    )
    assert (source, target, mode) == (["reg:ann"], ["reg:VNM"], "visit")
    assert index.actors.actors["reg:VNM"] is VIETNAM  # the host joins the analysis


def test_events_roles_visitor_from_the_host_country_hosts() -> None:
    index = index_for()
    hosts = HostLookup(index.actors, Registry())
    where = PLACES["Freedonia"]
    source, target, _ = tidy_roles(VISIT, "visit", ["reg:ann", "reg:bo"], [], where, index, hosts)
    assert (source, target) == (["reg:ann"], ["reg:bo"])


def test_events_context_cancelled_trip_targets_the_last_meetings_parties() -> None:
    doc = sentences("A met B . C cancelled it .")
    met = mention(source=("reg:a",), target=("reg:b",), start=0)
    cancel = replace(
        mention("REJECT", source=("reg:c",), target=(), start=100), mode="meet", sentence=1
    )
    met = replace(met, sentence=0)
    out = apply_context(doc, [met, cancel], index_for())
    assert out[1].target == ["reg:a", "reg:b"]


def test_events_context_renewed_demand_keeps_the_earlier_addressee() -> None:
    doc = sentences("A asked B . A renewed demands .")
    first = replace(mention("REQUEST", ("reg:a",), ("reg:b",)), sentence=0)
    again = replace(mention("REQUEST", ("reg:a",), ()), sentence=1)
    assert apply_context(doc, [first, again], index_for())[1].target == ["reg:b"]


def test_events_context_undated_sentence_continues_the_previous_date() -> None:
    doc = sentences("A visited B in July . B denounced A .")
    trip = replace(mention(date="2018-07", granularity="month"), sentence=0)
    later = replace(
        mention("ACCUSE", ("reg:b",), ("reg:a",)), sentence=1, date=EventDate(rule="none")
    )
    planned = replace(later, status="planned")
    out = apply_context(doc, [trip, later, planned], index_for())
    assert out[1].date.value == "2018-07" and out[1].date.rule.startswith("context")
    assert out[2].date.value is None  # a plan does not inherit a past date


def test_events_context_days_later_counts_from_the_event_told_before() -> None:
    doc = sentences("A struck B on Oct. 9 . C attacked D two days later . E met F a day earlier .")
    strike = replace(mention("ASSAULT", date="2025-10-09", granularity="day"), sentence=0)
    unanchored = EventDate(rule="same-clause timex, not anchored: 'two days later'")
    attack = replace(
        mention("ASSAULT", ("reg:c",), ("reg:d",), start=100), sentence=1, date=unanchored
    )
    month = replace(strike, date=EventDate("2025-10", "month"))
    out = apply_context(doc, [strike, attack], index_for())
    assert (out[1].date.value, out[1].date.granularity) == ("2025-10-11", "day")
    assert "two days later" in out[1].date.rule and "sentence 0" in out[1].date.rule
    # only a known day anchors: a month is no day to count from
    assert apply_context(doc, [month, attack], index_for())[1].date.value is None
    # a planned event is no anchor either
    planned = replace(strike, status="planned")
    assert apply_context(doc, [planned, attack], index_for())[1].date.value is None


def test_events_context_unrelated_actors_keep_no_date() -> None:
    doc = sentences("A visited B in July . C denounced D .")
    trip = replace(mention(date="2018-07", granularity="month"), sentence=0)
    other = replace(
        mention("ACCUSE", ("reg:c",), ("reg:d",)), sentence=1, date=EventDate(rule="none")
    )
    assert apply_context(doc, [trip, other], index_for())[1].date.value is None


def test_events_parsed_reported_obligation_is_a_request() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Bo", 4, "nsubj", "PROPN", "NNP", "Bo"),
        ("must", 4, "aux", "AUX", "MD", "must"),
        ("leave", 1, "ccomp", "VERB", "VB", "leave"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.status, e.source, e.target) for e in events] == [
        ("REQUEST", "asserted", ["reg:ann"], ["reg:bo"])
    ]


def test_events_parsed_present_tense_statement_is_asserted() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("rejects", 1, "ROOT", "VERB", "VBZ", "reject"),
        ("Bo", 1, "dobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.status) for e in events] == [("REJECT", "asserted")]


def test_events_parsed_signed_agreement_is_one_event() -> None:
    events, _ = run([
        ("Ann", 3, "nsubj", "PROPN", "NNP", "Ann"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Bo", 0, "conj", "PROPN", "NNP", "Bo"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("agreement", 3, "dobj", "NOUN", "NN", "agreement"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.cameo, e.status) for e in events] == [("SUPPORT", "057", "asserted")]


def test_events_parsed_visit_to_a_capital_targets_its_country() -> None:
    events, actors = run([
        ("Ann", 2, "nsubj", "PROPN", "NNP", "Ann"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("visit", 2, "ROOT", "VERB", "VB", "visit"),
        ("Hanoi", 2, "dobj", "PROPN", "NNP", "Hanoi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.mode, e.status, e.source, e.target) for e in events] == [
        ("visit", "planned", ["reg:ann"], ["reg:VNM"])
    ]
    assert "reg:VNM" in actors.actors


def test_events_parsed_threat_mode_comes_from_the_act_threatened() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("attack", 1, "xcomp", "VERB", "VB", "attack"),
        ("Bo", 3, "dobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    threat = next(e for e in events if e.type == "THREATEN")
    assert (threat.mode, threat.status, threat.source) == ("violence", "asserted", ["reg:ann"])


def test_events_parsed_event_without_source_is_dropped() -> None:
    events, _ = run([
        ("Bo", 2, "nsubjpass", "PROPN", "NNP", "Bo"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("praised", 2, "ROOT", "VERB", "VBN", "praise"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert events == []


def test_events_parsed_agentless_passive_act_on_a_party_keeps_an_unnamed_doer() -> None:
    events, _ = run([
        ("Bo", 2, "nsubjpass", "PROPN", "NNP", "Bo"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("condemned", 2, "ROOT", "VERB", "VBN", "condemn"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", [], ["reg:bo"])]
    events, _ = run([  # the doer named in a "by" phrase is no unnamed doer
        ("Bo", 2, "nsubjpass", "PROPN", "NNP", "Bo"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("condemned", 2, "ROOT", "VERB", "VBN", "condemn"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Ann", 3, "pobj", "PROPN", "NNP", "Ann"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", ["reg:ann"], ["reg:bo"])]


def test_events_parsed_attack_by_an_unnamed_doer_keeps_the_victim() -> None:
    events, _ = run([
        ("Bo", 2, "nsubjpass", "PROPN", "NNP", "Bo"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("attacked", 2, "ROOT", "VERB", "VBN", "attack"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.source, len(e.target)) for e in events] == [("ASSAULT", [], 1)]


def test_events_parsed_definite_event_noun_without_antecedent_is_dropped() -> None:
    events, _ = run([
        ("The", 1, "det", "DET", "DT", "the"),
        ("meeting", 2, "nsubj", "NOUN", "NN", "meeting"),
        ("ended", 2, "ROOT", "VERB", "VBD", "end"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert events == []


def test_events_context_back_reference_takes_its_antecedents_parties() -> None:
    doc = sentences("A met B on Monday . The meeting went well . The trip was long .")
    met = replace(mention(date="2018-10-07", granularity="day"), sentence=0)
    meeting = replace(mention(source=(), target=(), start=100), sentence=1)
    trip = replace(mention(source=(), target=(), start=200), sentence=2, mode="visit")
    out = apply_context(doc, [met, meeting, trip], index_for())
    assert len(out) == 2  # "the trip" names no visit: dropped
    assert (out[1].source, out[1].target, out[1].date.value) == (
        ["reg:a"],
        ["reg:b"],
        "2018-10-07",
    )


def test_events_parsed_reported_condemnation_is_a_disapproval() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Bo", 3, "nsubj", "PROPN", "NNP", "Bo"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("reckless", 3, "acomp", "ADJ", "JJ", "reckless"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.mode, e.source, e.target) for e in events] == [
        ("ACCUSE", "disapprove", ["reg:ann"], ["reg:bo"])
    ]


def test_events_parsed_assault_mode_comes_from_the_weapon() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Bo", 1, "dobj", "PROPN", "NNP", "Bo"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("rockets", 3, "pobj", "NOUN", "NNS", "rocket"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.mode, e.target) for e in events] == [
        ("ASSAULT", "heavy-weapons", ["reg:bo"])
    ]


def test_events_parsed_condition_inside_a_demand_does_not_make_it_conditional() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("Bo", 4, "nsubj", "PROPN", "NNP", "Bo"),
        ("leave", 1, "ccomp", "VERB", "VB", "leave"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("exchange", 5, "pobj", "NOUN", "NN", "exchange"),
        ("for", 6, "prep", "ADP", "IN", "for"),
        ("money", 7, "pobj", "NOUN", "NN", "money"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.status, e.target) for e in events] == [("REQUEST", "asserted", ["reg:bo"])]


def test_events_parsed_coordinated_passive_meets_the_shared_subject() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("arrived", 1, "ROOT", "VERB", "VBD", "arrive"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("was", 4, "auxpass", "AUX", "VBD", "be"),
        ("met", 1, "conj", "VERB", "VBN", "meet"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("Bo", 5, "pobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.source, e.target) for e in events] == [("CONSULT", ["reg:bo"], ["reg:ann"])]


def test_events_parsed_promise_not_to_attack_is_no_threat() -> None:
    events, _ = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("promised", 1, "ROOT", "VERB", "VBD", "promise"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 1, "xcomp", "VERB", "VB", "attack"),
        ("Bo", 4, "dobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    promise = next(e for e in events if e.trigger == "promised")
    assert (promise.type, promise.status) == ("AGREE", "asserted")


def test_events_context_a_bound_since_a_year_still_takes_the_day_told_before() -> None:
    doc = sentences("A and B agreed on Thursday . They met , their first meeting since 2019 .")
    deal = replace(mention("AGREE", date="2025-10-30", granularity="day"), sentence=0)
    since = EventDate(earliest="2019-01-01", rule="bounds from timex: since '2019' (year)")
    met = replace(mention("CONSULT", start=100), sentence=1, date=since)
    out = apply_context(doc, [deal, met], index_for())
    assert out[1].date.value == "2025-10-30" and out[1].date.rule.startswith("context")
    # a day outside the bound is not taken
    before = replace(deal, date=EventDate("2018-05-01", "day"))
    assert apply_context(doc, [before, met], index_for())[1].date.value is None
