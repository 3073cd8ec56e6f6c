"""The PLOVER benchmark's adapter: a light verb's trigger span reaches its noun, so an event
noun inside that noun's phrase counts as what the event is about."""

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from plover_gsr import _trigger_span  # noqa: E402


def _event(trigger: str, start: int) -> SimpleNamespace:
    mention = SimpleNamespace(trigger=trigger, trigger_start=start)
    return SimpleNamespace(mentions=[("doc", mention)])


def test_a_light_verb_trigger_spans_to_its_noun() -> None:
    text = "Kenya ordered a judicial inquiry into the shooting."
    start = text.index("ordered")
    assert _trigger_span(_event("ordered inquiry", start), text) == (
        start,
        text.index("inquiry") + len("inquiry"),
    )


def test_a_one_word_trigger_spans_its_word() -> None:
    text = "Kenya condemned the shooting."
    start = text.index("condemned")
    assert _trigger_span(_event("condemned", start), text) == (start, start + len("condemned"))
    assert _trigger_span(_event("condemned", start)) == (start, start + len("condemned"))


@pytest.mark.model
def test_an_event_noun_in_a_phrase_of_another_event_s_verb_is_its_circumstance() -> None:
    from plover_gsr import predict

    rows = [
        {
            "id": "a",
            "text": "Arab League ministers gathered in Cairo for an emergency session on "
            "the Israeli offensive.",
        },
        {"id": "b", "text": "Kenya ordered a judicial inquiry into the shooting of students."},
        {
            "id": "c",
            "text": "The Spanish minister said Madrid stood fully behind the Lisbon government "
            "and its talks with the rebels.",
        },
        {
            "id": "d",
            "text": "A Basque fugitive wanted for ETA bombings was extradited by France to "
            "Madrid on Monday.",
        },
        {  # the passive: the shelling lies between the inquiry and the verb that orders it
            "id": "e",
            "text": "An inquiry into the shelling of the UN compound was ordered by "
            "Secretary-General Kofi Annan.",
        },
    ]
    found = predict(rows)
    assert found["a"]["type"] == "CONSULT"
    assert found["b"]["type"] == "ACCUSE"
    assert found["c"]["type"] == "SUPPORT"
    assert found["d"]["type"] == "COOPERATE"
    assert found["e"]["type"] == "ACCUSE"


@pytest.mark.model
def test_a_clause_of_time_sets_the_scene_for_the_sentence_s_event() -> None:
    from plover_gsr import predict

    rows = [
        {
            "id": "a",
            # my own sentence: the earlier bombing is told only to date the airlift
            "text": "Syria has airlifted rifles and ammunition to militiamen in Lebanon, "
            "sources said on Monday, days after Israeli jets bombed their positions.",
        },
    ]
    assert predict(rows)["a"]["type"] == "AID"


@pytest.mark.model
def test_a_whose_clause_taken_for_the_main_verb_yields_to_its_conjunct() -> None:
    from plover_gsr import predict

    rows = [
        {
            "id": "a",
            # my own sentence: the parser makes "led" the clause's verb and "accused" its
            # conjunct; the accusation is the sentence's event
            "text": "Vuk Draskovic, whose party led the street protests in Belgrade, accused "
            "state television on Friday of spreading lies, a news agency reported.",
        },
    ]
    assert predict(rows)["a"]["type"] == "ACCUSE"


def test_plover_coding_of_intentions() -> None:
    from plover_gsr import plover_coding

    cooperative = {"AGREE", "AID", "CONSULT", "COOPERATE", "RETREAT", "SUPPORT", "CONCEDE"}
    # a conflictual act said to come is a threat, a cooperative one an agreement
    assert plover_coding("SANCTION", "planned", cooperative, "expel") == "THREATEN"
    assert plover_coding("AID", "planned", cooperative) == "AGREE"
    # a refusal announced and an inquiry set up are coded as what they are
    assert plover_coding("REJECT", "planned", cooperative) == "REJECT"
    assert plover_coding("ACCUSE", "planned", cooperative, "investigate") == "ACCUSE"
    assert plover_coding("ACCUSE", "planned", cooperative, "allege") == "THREATEN"


@pytest.mark.model
def test_a_trigger_of_several_words_counts_at_its_noun() -> None:
    from plover_gsr import predict

    # "nuclear test" (opening with its adjective) is what the regret is about
    rows = [
        {
            "id": "a",
            "text": "South Korea expressed deep regret on Tuesday over North Korea's second "
            "nuclear test near Kilju.",
        }
    ]
    assert predict(rows)["a"]["type"] == "ACCUSE"


@pytest.mark.model
def test_a_reported_clause_counts_at_its_reporting_verb() -> None:
    from plover_gsr import predict

    rows = [
        {
            "id": "a",
            # my own sentence: the parser hangs "said" and the pledge under "told";
            # the loans are the news, the talks only their occasion
            "text": "Tokyo said on Monday it would extend 30 billion yen in soft loans to "
            "Laos next year, a foreign ministry official told reporters after talks with "
            "the visiting Lao premier.",
        },
    ]
    assert predict(rows)["a"]["type"] == "AGREE"


@pytest.mark.model
def test_a_reporting_verb_that_is_itself_an_event_outranks_its_clause() -> None:
    from plover_gsr import predict

    rows = [
        {
            "id": "a",
            # my own sentence: "charged that" is the accusation, the torture what it alleges
            "text": "In its yearly report released on Monday, Algeria charged that Chadian "
            "police had tortured prisoners in Abeche.",
        },
    ]
    assert predict(rows)["a"]["type"] == "ACCUSE"


@pytest.mark.model
def test_a_meeting_that_decides_is_the_occasion_of_its_decision() -> None:
    from plover_gsr import predict

    rows = [
        {
            "id": "a",
            # my own sentence: the meeting is who decided, the embargo what was decided
            "text": "The European Union imposed a visa ban on senior members of the "
            "Zimbabwean government on Monday, EU foreign ministers meeting in Brussels "
            "decided.",
        },
    ]
    assert predict(rows)["a"]["type"] == "SANCTION"


@pytest.mark.model
def test_the_past_verb_ranks_before_the_subject_s_participle() -> None:
    from plover_gsr import predict

    text = (
        "Protesters calling for an end to the monarchy torched government cars and smashed "
        "shop windows in Kathmandu on Saturday, police said."
    )
    assert predict([{"id": "a", "text": text}])["a"]["type"] == "PROTEST"


@pytest.mark.model
def test_an_agreement_under_which_something_is_done_is_its_frame() -> None:
    from plover_gsr import predict

    rows = [
        # my own sentences: the shipments are the news, the deal their frame; an
        # investigation something is placed under is the news
        {
            "id": "a",
            "text": "Under a barter deal with Kenya, Uganda began shipping 5,000 barrels of "
            "crude a day to Mombasa in exchange for tea, officials said.",
        },
        {
            "id": "b",
            "text": "The 1995 shelling of Bihac by the Chadian army has been placed under "
            "investigation by the war crimes tribunal.",
        },
    ]
    predicted = predict(rows)
    assert predicted["a"]["type"] == "COOPERATE"
    assert predicted["b"]["type"] == "ACCUSE"


@pytest.mark.model
def test_a_demand_a_protest_makes_is_its_aim() -> None:
    from plover_gsr import predict

    # my own sentence: the strike is the news, its demand what it is for
    text = (
        "Shops and banks closed in Nairobi on Tuesday as a general strike called by the "
        "opposition demanded an end to the new fuel tax."
    )
    assert predict([{"id": "a", "text": text}])["a"]["type"] == "PROTEST"
