"""extract_events on hand-parsed Docs (no model): status, roles, place, claimant."""

from __future__ import annotations

from storyline.events import extract_events
from storyline.records import (
    Actor,
    Location,
    PublishedDate,
    TimeAnalysis,
)

from factories import parsed_doc, people_analysis

PEOPLE = {
    "Ann": Actor("reg:ann", "Ann Lee", "person", "RUR"),
    "Bo": Actor("reg:bo", "Bo Chan", "person", "FRE"),
    "Cy": Actor("reg:cy", "Cy Dunn", "person", "RUR"),
}
PLACES = {"Hanoi": Location("Hanoi", "VNM", 21.0, 105.8), "Freedonia": Location("Freedonia", "FRE")}


class Gazetteer:
    def place(self, name: str) -> Location | None:
        return PLACES.get(name)


def run(rows):
    doc = parsed_doc(rows)
    actors = people_analysis(doc, PEOPLE)
    return extract_events(doc, actors, TimeAnalysis(PublishedDate(), []), Gazetteer())


def test_events_parsed_negated_meeting() -> None:
    events = run([
        ("Ann", 3, "nsubj", "PROPN", "NNP", "Ann"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("meet", 3, "ROOT", "VERB", "VB", "meet"),
        ("Bo", 3, "dobj", "PROPN", "NNP", "Bo"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert len(events) == 1
    event = events[0]
    assert (event.type, event.status) == ("CONSULT", "negated")
    assert event.source == ["reg:ann"] and event.target == ["reg:bo"]
    assert event.trigger == "meet" and event.trigger_start == len("Ann did not ")


def test_events_parsed_planned_visit_takes_the_place_as_location() -> None:
    events = run([
        ("Ann", 2, "nsubj", "PROPN", "NNP", "Ann"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("visit", 2, "ROOT", "VERB", "VB", "visit"),
        ("Bo", 2, "dobj", "PROPN", "NNP", "Bo"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Hanoi", 4, "pobj", "PROPN", "NNP", "Hanoi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.mode, e.status) for e in events] == [("CONSULT", "visit", "planned")]
    assert events[0].location == PLACES["Hanoi"]
    assert events[0].cameo == "042"


def test_events_parsed_meeting_in_one_sides_country_is_a_visit_by_the_other() -> None:
    events = run([
        ("Ann", 3, "nsubj", "PROPN", "NNP", "Ann"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Bo", 0, "conj", "PROPN", "NNP", "Bo"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Freedonia", 4, "pobj", "PROPN", "NNP", "Freedonia"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert len(events) == 1
    assert (events[0].mode, events[0].status) == ("visit", "asserted")
    assert events[0].source == ["reg:ann"] and events[0].target == ["reg:bo"]


def test_events_parsed_symmetric_participants_on_both_sides() -> None:
    events = run([
        ("Ann", 3, "nsubj", "PROPN", "NNP", "Ann"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Bo", 0, "conj", "PROPN", "NNP", "Bo"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert events[0].source == ["reg:ann", "reg:bo"]
    assert events[0].target == ["reg:ann", "reg:bo"]


def test_events_parsed_reported_claim_keeps_the_claimant() -> None:
    events = run([
        ("Cy", 1, "nsubj", "PROPN", "NNP", "Cy"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Ann", 3, "nsubj", "PROPN", "NNP", "Ann"),
        ("denounced", 1, "ccomp", "VERB", "VBD", "denounce"),
        ("Bo", 3, "dobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert [(e.type, e.status, e.claimant) for e in events] == [("ACCUSE", "asserted", "reg:cy")]
    assert events[0].source == ["reg:ann"] and events[0].target == ["reg:bo"]


def test_events_parsed_present_tense_gives_no_event() -> None:
    events = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("meets", 1, "ROOT", "VERB", "VBZ", "meet"),
        ("Bo", 1, "dobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert events == []


def test_events_parsed_tell_alone_is_not_an_event() -> None:
    events = run([
        ("Ann", 1, "nsubj", "PROPN", "NNP", "Ann"),
        ("told", 1, "ROOT", "VERB", "VBD", "tell"),
        ("Bo", 1, "dobj", "PROPN", "NNP", "Bo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert events == []


def test_events_parsed_no_actor_no_event() -> None:
    events = run([
        ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    assert events == []


def test_events_parsed_subject_not_the_opening_participle() -> None:
    # the parser's reading of "Ending a feud with Bo, Ann met Cy.": the participle as a
    # clausal subject beside the nominal one; the meeting is Ann's
    events = run(
        [
            ("Ending", 7, "csubj", "VERB", "VBG", "end"),
            ("a", 2, "det", "DET", "DT", "a"),
            ("feud", 0, "dobj", "NOUN", "NN", "feud"),
            ("with", 2, "prep", "ADP", "IN", "with"),
            ("Bo", 3, "pobj", "PROPN", "NNP", "Bo"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("Ann", 7, "nsubj", "PROPN", "NNP", "Ann"),
            ("met", 7, "ROOT", "VERB", "VBD", "meet"),
            ("Cy", 7, "dobj", "PROPN", "NNP", "Cy"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [(e.type, e.source) for e in events] == [("CONSULT", ["reg:ann"])]


def test_events_parsed_subject_read_as_an_appositive() -> None:
    # the parser's reading of "Brushing aside a rebuke from Freedonia, Ann on Monday met
    # Bo.": "Ann" in apposition to "Freedonia"; the name before the verb is its subject
    events = run(
        [
            ("Brushing", 10, "advcl", "VERB", "VBG", "brush"),
            ("aside", 0, "prep", "ADP", "IN", "aside"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("rebuke", 1, "pobj", "NOUN", "NN", "rebuke"),
            ("from", 3, "prep", "ADP", "IN", "from"),
            ("Freedonia", 4, "pobj", "PROPN", "NNP", "Freedonia"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("Ann", 5, "appos", "PROPN", "NNP", "Ann"),
            ("on", 10, "prep", "ADP", "IN", "on"),
            ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
            ("met", 10, "ROOT", "VERB", "VBD", "meet"),
            ("Bo", 10, "dobj", "PROPN", "NNP", "Bo"),
            (".", 10, "punct", "PUNCT", ".", "."),
        ]
    )
    meetings = [e for e in events if e.type == "CONSULT"]
    assert [e.source for e in meetings] == [["reg:ann"]]


def test_events_parsed_unchanged_past_tagged_as_base_form() -> None:
    # "set" tagged VB with a subject of its own and a day: a past act, as "cut" or "hit"
    def rows(aux: list[tuple[str, int, str, str, str, str]]) -> list:
        n = len(aux)
        return [
            ("Ann", 1 + n, "nsubj", "PROPN", "NNP", "Ann"),
            *aux,
            ("set", 1 + n, "ROOT", "VERB", "VB", "set"),
            ("fire", 1 + n, "dobj", "NOUN", "NN", "fire"),
            ("to", 1 + n, "prep", "ADP", "IN", "to"),
            ("shops", 3 + n, "pobj", "NOUN", "NNS", "shop"),
            ("on", 1 + n, "prep", "ADP", "IN", "on"),
            ("Friday", 5 + n, "pobj", "PROPN", "NNP", "Friday"),
            (".", 1 + n, "punct", "PUNCT", ".", "."),
        ]

    assert [(e.type, e.status) for e in run(rows([]))] == [("ASSAULT", "asserted")]
    # with a modal it is still a plan
    will = [("will", 2, "aux", "AUX", "MD", "will")]
    assert [(e.type, e.status) for e in run(rows(will))] == [("ASSAULT", "planned")]
