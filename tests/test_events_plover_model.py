"""PLOVER coding of single sentences (needs the spaCy model): group actors as sources,
stative passives, objects named through "part of" and compounds, past facts reported."""

from __future__ import annotations

import pytest

from storyline.actors.registry import load_registry
from storyline.annotate import load_nlp
from storyline.pipeline import analyse
from storyline.records import CleanedText, Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def events():
    nlp = load_nlp(None)
    registry = load_registry(())

    def run(text: str) -> list[tuple[str, str, list[str]]]:
        cleaned = CleanedText(text=text, title=None, byline=None, segments=[], dropped=[])
        document = Document(id="t", source="t", text=text)
        out = analyse(document, cleaned, nlp(text), {"date": "2000-01-01"}, registry)
        return [(e.type, e.status, e.source) for e in out.events]

    run.full = lambda text, date="2000-01-01": (
        analyse(  # type: ignore[attr-defined]
            Document(id="t", source="t", text=text),
            CleanedText(text=text, title=None, byline=None, segments=[], dropped=[]),
            nlp(text),
            {"date": date},
            registry,
        ).events
    )

    return run


def test_events_plover_group_named_by_nationality_is_the_source(events) -> None:
    found = events("Serb forces killed three ethnic Albanians in a gunbattle on Friday.")
    assert ("ASSAULT", "asserted", ["new:SRB:military"]) in found


def test_events_plover_stative_passive_subject_is_the_source(events) -> None:
    found = events("Israel is opposed to French mediation in peace negotiations with Syria.")
    assert ("REJECT", "asserted", ["reg:ISR"]) in found


def test_events_plover_object_named_after_a_partitive(events) -> None:
    found = events("The United States suspended part of a military aid program for Bosnia.")
    assert ("SANCTION", "asserted", ["reg:USA"]) in found


def test_events_plover_on_alert_is_mobilization(events) -> None:
    found = events("Israeli troops remained on alert in the occupied West Bank today.")
    assert [t for t, _, _ in found] == ["MOBILIZE"]


def test_events_plover_reported_past_act_is_asserted(events) -> None:
    found = events("Israel Friday reimposed blockades, a military spokesman announced.")
    assert ("COERCE", "asserted", ["reg:ISR"]) in found


def test_events_plover_unnamed_attacker_keeps_the_victim(events) -> None:
    # my own sentence: a passive attack with no named doer is kept with an empty source
    found = events("Four Thai soldiers were killed by a roadside bomb near the border on Monday.")
    assert [(t, s, src) for t, s, src in found] == [("ASSAULT", "asserted", [])]


def test_events_plover_unnamed_demander_is_dropped(events, monkeypatch) -> None:
    # my own sentence: the demand has a target (Thailand) but its maker is not understood;
    # only types whose doer is often unnamed (attacks, arrests) are kept without a source
    text = "A letter demanded that Thailand close the border crossing at once."
    assert not [t for t, _, _ in events(text) if t == "REQUEST"]
    from dataclasses import replace

    from storyline.events import triggers

    lexicon = triggers.load_lexicon()
    widened = lexicon.unnamed_source_types | {"REQUEST"}
    monkeypatch.setattr(
        "storyline.events.load_lexicon",
        lambda: replace(lexicon, unnamed_source_types=widened),
    )
    assert ("REQUEST", []) in [(t, src) for t, _, src in events(text)]


def test_events_plover_deployed_force_is_not_the_target(events) -> None:
    # my own sentence: the troops are what Kenya moves; Somalia is the counterpart
    found = events.full("Kenya deployed troops to the border with Somalia on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("MOBILIZE", ["reg:KEN"], ["reg:SOM"])]


def test_events_plover_sending_peacekeepers_is_aid(events) -> None:
    # my own sentence: providing peacekeepers is AID (CAMEO 074), the destination receives it
    found = events.full("Ghana sent 300 peacekeepers to Sierra Leone on Friday.")
    assert [(e.type, e.cameo, e.source, e.target) for e in found] == [
        ("AID", "074", ["reg:GHA"], ["reg:SLE"])
    ]


def test_events_plover_dateline_country_is_not_a_party(events) -> None:
    # my own sentence: "Iraq" in the dateline is where the story was filed, not a victim
    text = (
        "BASRA, Iraq, March 3, 2004 -- Three US servicemen were killed by a roadside bomb "
        "outside the city on Tuesday, officials said."
    )
    found = events.full(text)
    assert [(e.type, e.source, e.target) for e in found] == [("ASSAULT", [], ["new:USA:military"])]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # my own sentences, one per rule of the lexicon that reads the parse
        ("Peru pulled its tanks back from the border with Ecuador on Monday.", "RETREAT"),
        ("Armenia called up thousands of reservists on Friday.", "MOBILIZE"),
        ("Chad declared a state of emergency in the east on Sunday.", "COERCE"),
        ("Nepal's Maoist rebels called off a general strike on Tuesday.", "CONCEDE"),
        ("Indian and Pakistani troops exchanged fire in Kashmir on Monday.", "ASSAULT"),
        ("Chile lodged a formal protest with Bolivia on Monday over the border.", "ACCUSE"),
        ("Kenyan police were put on alert in Nairobi on Friday.", "MOBILIZE"),
    ],
)
def test_events_plover_lexicon_reads_the_parse(events, text, wanted) -> None:
    assert wanted in [t for t, _, src in events(text) if src]


def test_events_plover_partner_after_the_means_of_a_call(events) -> None:
    # my own sentence: "with X" hangs off "telephone", X is still the partner
    text = "Japanese Prime Minister Shinzo Abe spoke by telephone with President Tran Dai Quang."
    found = events.full(text)
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    assert len(found[0].source + found[0].target) == 2


def test_events_plover_offer_of_peacekeepers_is_no_threat(events) -> None:
    # my own sentence: a promise to send peacekeepers is a promise of aid, not of force
    found = events("Ghana offered on Monday to send 500 troops to a peacekeeping force in Mali.")
    assert "THREATEN" not in [t for t, _, _ in found]


def test_events_plover_ordering_out_is_expulsion(events) -> None:
    # my own sentence
    found = events("Niger ordered two French charities out of the country on Monday.")
    assert ("SANCTION", "asserted", ["reg:NER"]) in found


def test_events_plover_moratorium_on_an_act_is_no_assertion(events) -> None:
    # my own sentence: the talks were about a moratorium; no missile test is asserted
    found = events("The talks in Hanoi focused on a moratorium on Vietnam's missile testing.")
    assert ("MOBILIZE", "asserted") not in [(t, s) for t, s, _ in found]


def test_events_plover_seeking_to_act_is_no_request(events) -> None:
    # my own sentence: "sought to follow up" is an attempt, "sought asylum" a request
    assert not [t for t, _, _ in events("Peru sought to follow up with Chile on Monday.")]
    assert "REQUEST" in [t for t, _, _ in events("Peru sought asylum for him in Chile on Monday.")]


def test_events_plover_arrest_of_an_unnamed_person_of_a_kind(events) -> None:
    # my own sentence: "a Christian missionary" is someone of that kind, with no country
    found = events.full("A Christian missionary was arrested in Yemen on Monday.")
    assert [(e.type, e.source, len(e.target)) for e in found] == [("COERCE", [], 1)]


def test_events_plover_close_to_agreeing_is_not_an_agreement(events) -> None:
    # my own sentences
    found = events("Chile and Peru are close to agreeing on a new border crossing.")
    assert ("AGREE", "asserted") not in [(t, s) for t, s, _ in found]
    found = events("Chile and Peru agreed on a new border crossing on Monday.")
    assert ("AGREE", "asserted") in [(t, s) for t, s, _ in found]


def test_events_plover_an_existing_agreement_is_no_new_event(events) -> None:
    # my own sentences: altering an old accord is not an agreement reported here
    text = "Peru agreed to alter the armistice agreement between Chile and Bolivia on Monday."
    found = events(text)
    assert ("AGREE", ["reg:PER"]) in [(t, src) for t, _, src in found]
    assert not [src for _, _, src in found if "reg:CHL" in src]


@pytest.mark.parametrize(
    "text",
    [
        # my own sentences: violence by protesters is a riot (PLOVER PROTEST riot)
        "Chilean protesters clashed with police in Santiago on Monday.",
        "Students demanding lower fees fought police in Lima on Monday.",
        "Students hurled stones at police in Quito during violent protests on Monday.",
    ],
)
def test_events_plover_violence_by_protesters_is_a_riot(events, text) -> None:
    found = events.full(text)
    assert ("PROTEST", "riot") in [(e.type, e.mode) for e in found]
    assert "ASSAULT" not in [e.type for e in found]


def test_events_plover_police_violence_stays_an_assault(events) -> None:
    found = events.full("Police clashed with protesters in Santiago on Monday.")
    assert "ASSAULT" in [e.type for e in found]


def test_events_plover_state_obstruction_is_coercion(events) -> None:
    # my own sentences: the state blocking access restricts; civilians blocking roads protest
    found = events.full("Pakistan blocked access to Twitter on Friday.")
    assert ("COERCE", "restrict") in [(e.type, e.mode) for e in found]
    found = events.full("Angry Chileans blocked roads into Santiago on Friday.")
    assert ("PROTEST", "obstruct") in [(e.type, e.mode) for e in found]


def test_events_plover_allowing_inspectors_parsed_as_a_clause(events) -> None:
    # my own sentences: the parser makes "inspectors" the subject of "to visit"
    found = events.full("Libya allowed United Nations inspectors to visit its plants on Monday.")
    assert ("RETREAT", "access", "asserted") in [(e.type, e.mode, e.status) for e in found]
    found = events.full("Libya has been resistant to allowing inspectors to visit its plants.")
    assert "asserted" not in [e.status for e in found if e.type == "RETREAT"]
    assert "planned" not in [e.status for e in found if e.type == "RETREAT"]


def test_events_plover_suspending_military_exercises_is_de_escalation(events) -> None:
    found = events("Washington announced the suspension of joint military exercises with Seoul.")
    assert [t for t, _, _ in found] == ["RETREAT"]
    found = events("The United States announced the suspension of aid to Egypt.")
    assert "SANCTION" in [t for t, _, _ in found]


def test_events_plover_killed_in_an_attack_by_is_one_attack(events) -> None:
    (event,) = events.full("Twenty people were killed in an attack by rebels on Sunday.")
    assert (event.type, event.source, event.target) == (
        "ASSAULT",
        ["new:-:rebels"],
        ["new:-:civilians"],
    )
    assert [m.trigger for _, m in event.mentions] == ["killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eritrea ordered Canadian peacekeepers to leave the country within 10 days.", "SANCTION"),
        ("Nicaragua's government ordered the newspaper La Prensa to close.", "COERCE"),
        ("Workers at the mines walked off the job on Monday.", "PROTEST"),
        ("Mauritania's army drove thousands of Mauritanians from their villages.", "ASSAULT"),
    ],
)
def test_events_plover_order_to_leave_walk_off_drive_from(events, text, expected) -> None:
    assert [t for t, _, _ in events(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Security Council slapped an arms embargo on Eritrea on Wednesday.", "SANCTION"),
        ("Supporters of the autonomy movement sealed off roads into Santa Cruz.", "PROTEST"),
        ("Ugandan troops occupied the Congolese town of Bunia on Sunday.", "COERCE"),
        ("Germany voiced concern over the arrests, the foreign ministry said.", "ACCUSE"),
    ],
)
def test_events_plover_embargo_sealed_roads_occupation_concern(events, text, expected) -> None:
    assert expected in [t for t, _, _ in events(text)]


def test_events_plover_pushing_for_a_clause_and_tear_gas(events) -> None:
    found = events("Britain is pushing hard for the US support its debt relief plan.")
    assert ("REQUEST", "asserted", ["reg:GBR"]) in found
    found = events("Riot police used tear gas to disperse demonstrators in Monrovia.")
    assert found[0][0] == "ASSAULT"


def test_events_plover_group_named_by_its_organisation_or_state(events) -> None:
    found = events("U.N. helicopters evacuated the wounded from Gorazde on Friday.")
    assert ("AID", "asserted", ["reg:un"]) in found
    found = events("Vietnamese-led forces have retaken a strategic village.")
    assert ("ASSAULT", "asserted", ["reg:VNM"]) in found


def test_events_plover_title_qualified_by_a_demonym_gives_the_country(events) -> None:
    (event, *_) = events.full("British Defence Secretary Tom King promised military aid.")
    assert event.source == ["new:GBR:tom king"]


def test_events_plover_against_or_on_after_the_object_names_the_target(events) -> None:
    (event,) = events.full("Russia threatened further action against Georgia on Monday.")
    assert (event.type, event.target) == ("THREATEN", ["reg:GEO"])
    (event,) = events.full("The Security Council slapped an arms embargo on Eritrea.")
    assert (event.type, event.target) == ("SANCTION", ["reg:ERI"])


def test_events_plover_scrapping_a_tax_and_allowing_broadcasts_are_concessions(events) -> None:
    assert events("Argentina scrapped a controversial tax on grain exports on Monday.") == [
        ("CONCEDE", "asserted", ["reg:ARG"])
    ]
    assert events("Turkey allowed Kurdish-language broadcasts on state television.") == [
        ("CONCEDE", "asserted", ["reg:TUR"])
    ]


def test_events_plover_a_state_protest_is_disapproval_a_rally_stays_protest(events) -> None:
    found = events("The ministry summoned the French ambassador to protest against the remarks.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
    found = events("China lodged a protest with Japan over the visit.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
    found = events("Tens of thousands of Turks rallied in Istanbul on Saturday.")
    assert [t for t, _, _ in found] == ["PROTEST"]


def test_events_plover_claimant_of_responsibility_ruling_party_supporters(events) -> None:
    found = events("Hamas claimed responsibility for the attack on Israeli soldiers.")
    assert ("ASSAULT", "asserted", ["reg:hamas"]) in found
    found = events("The ruling party accused the opposition of inciting violence.")
    assert [(t, s) for t, s, _ in found] == [("ACCUSE", "asserted")]
    found = events("Hundreds of opposition supporters rallied in the capital on Sunday.")
    assert [t for t, _, _ in found] == ["PROTEST"]


def test_events_plover_striking_targets_is_an_attack_striking_workers_protest(events) -> None:
    assert [t for t, _, _ in events("Israeli warplanes struck targets in Lebanon.")] == ["ASSAULT"]
    assert [t for t, _, _ in events("Dock workers struck for higher pay in Santos.")] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister ruled out talks with the militants.", ("CONSULT", "negated")),
        ("France did not rule out sending troops to Mali.", ("MOBILIZE", "hypothetical")),
        ("Analysts doubt that the rebels will accept the ceasefire.", ("AGREE", "hypothetical")),
    ],
)
def test_events_plover_ruled_out_and_doubted_acts_are_not_facts(events, text, expected) -> None:
    found = [(t, s) for t, s, _ in events(text)]
    assert expected in found
    assert (expected[0], "asserted") not in found
    # ruling out is itself a rejection (negated when not ruled out); doubting is no act
    assert {t for t, _ in found if t != expected[0]} <= ({"REJECT"} if "rule" in text else set())


def test_events_plover_disputed_claims_and_defied_bans_are_not_reported_acts(events) -> None:
    found = events("Iran rejected claims that it had supplied weapons to the rebels.")
    assert ("AID", "hypothetical") in [(t, s) for t, s, _ in found]
    found = events("Russia claimed that its forces had captured the town.")
    assert all(s == "asserted" for _, s, _ in found) and found  # a claim keeps its claimant
    found = events("North Korea tested a missile on Sunday, defying a UN ban.")
    assert "COERCE" not in [t for t, _, _ in found]  # the ban is not imposed here


def test_events_plover_releasing_a_statement_is_no_release(events) -> None:
    assert events("The White House released a statement on Monday.") == []
    assert events("North Korea released three Americans on Wednesday.") == [
        ("RETREAT", "asserted", ["reg:PRK"])
    ]


def test_events_plover_welcoming_an_act_is_support_and_its_of_phrase_is_acted_on(events) -> None:
    found = events.full("Seoul welcomed the release of the prisoners by North Korea.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("SUPPORT", ["reg:KOR"], ["reg:PRK"]),  # whose act is welcomed
        ("RETREAT", ["reg:PRK"], ["new:-:civilians"]),
    ]


def test_events_plover_a_threatened_cancellation_leaves_the_talks_possible(events) -> None:
    found = events.full("Pyongyang threatened to abandon talks with Washington.")
    # the abandonment is only possible (and the talks are not reported as ended)
    assert ("SANCTION", "hypothetical", ["reg:USA"]) in [
        (e.type, e.status, e.target) for e in found
    ]
    assert not [e for e in found if e.status == "negated"]


def test_events_plover_inspecting_a_submarine_is_no_investigation(events) -> None:
    assert events("Kim Jong Un inspected a new submarine, state media reported.") == []


def test_events_plover_counted_demonyms_take_to_the_streets(events) -> None:
    found = events.full("Thousands of Chileans took to the streets to demand pension reform.")
    assert [(e.type, e.source, e.summary) for e in found][0] == (
        "PROTEST",
        ["new:CHL:people"],
        "Chileans protested",
    )


def test_events_plover_the_opposition_accuses_and_sides_exchange_accusations(events) -> None:
    found = events("The opposition accused the government of rigging the election.")
    assert [(t, s[0]) for t, _, s in found] == [("ACCUSE", "new:-:political opposition")]
    found = events("Sudan and South Sudan exchanged accusations over the border clashes.")
    assert [t for t, _, _ in found] == ["ACCUSE"]


def test_events_plover_concluded_agreement_names_its_parties(events) -> None:
    found = events("Hungary and Slovakia concluded an agreement on the treatment of minorities.")
    assert [(t, s) for t, _, s in found] == [("AGREE", ["reg:HUN", "reg:SVK"])]


def test_events_plover_a_counterpart_of_a_nationality_is_its_government(events) -> None:
    found = events.full(
        "The Chilean president telephoned his Argentine counterpart to discuss the dispute."
    )
    assert (found[0].type, found[0].mode, found[0].target) == (
        "CONSULT",
        "phone",
        ["new:ARG:government"],
    )


def test_events_plover_a_junta_named_by_nationality_acts(events) -> None:
    found = events("The Burmese junta eased restrictions on the opposition.")
    assert found == [("CONCEDE", "asserted", ["new:MMR:military"])]


def test_events_plover_shared_work_and_intelligence_are_cooperation(events) -> None:
    found = events("Jordan and Egypt exchanged intelligence on the suspects.")
    assert [t for t, _, _ in found] == ["COOPERATE"]
    assert [t for t, _, _ in events("Jordan and Egypt worked together on the inquiry.")] == [
        "COOPERATE"
    ]
    assert events("Jordan and Egypt worked on the inquiry.") == []


def test_events_plover_aid_measured_in_tons_is_aid(events) -> None:
    found = events("Japan sent 50 tons of relief supplies to earthquake victims in Turkey.")
    assert found == [("AID", "asserted", ["reg:JPN"])]
    assert events("Japan sent 50 tons of steel to Turkey.") == []


def test_events_plover_pulling_out_of_a_city_and_evacuating_positions_retreat(events) -> None:
    assert [t for t, _, _ in events("Syrian forces pulled out of Beirut after 29 years.")] == [
        "RETREAT"
    ]
    assert [t for t, _, _ in events("Serb forces evacuated their positions near the border.")] == [
        "RETREAT"
    ]
    assert [t for t, _, _ in events("U.N. helicopters evacuated the wounded from Gorazde.")] == [
        "AID"
    ]


def test_events_plover_pressing_someone_to_act_and_charging_that_are_claims(events) -> None:
    found = events.full("Seoul pressed Pyongyang to resume the family reunions.")
    assert [(e.type, e.source, e.target) for e in found] == [("REQUEST", ["reg:KOR"], ["reg:PRK"])]
    found = events("Serbia charged that the government of Kosovo rigged the elections.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
    assert events("Serbia charged its phones.") == []


def test_events_plover_mobilising_a_navy(events) -> None:
    found = events("Greece mobilized its navy in response to the Turkish exercises.")
    assert found == [("MOBILIZE", "asserted", ["reg:GRC"])]


def test_events_plover_expelling_activists_is_deportation_and_diplomats_sanction(events) -> None:
    found = events.full("Israel expelled four Palestinian activists to Lebanon.")
    assert [(e.type, e.mode, e.summary) for e in found][0][:2] == ("COERCE", "deport")
    assert found[0].summary.startswith("Israel expelled")
    found = events.full("Switzerland expelled two Russian diplomats for spying.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")]


def test_events_plover_an_accused_act_is_the_accuseds_and_only_alleged(events) -> None:
    found = events.full("Russia accused Georgia of invading its territory.")
    assert [(e.type, e.status, e.source) for e in found] == [
        ("ACCUSE", "asserted", ["reg:RUS"]),
        ("ASSAULT", "hypothetical", ["reg:GEO"]),
    ]
    assert found[0].summary == "Russia accused Georgia"
    # the accuser unnamed: an accusation by someone, and the act only alleged
    found = events("Georgia was accused of attacking Russian peacekeepers.")
    assert found == [("ACCUSE", "asserted", []), ("ASSAULT", "hypothetical", ["reg:GEO"])]


def test_events_plover_a_judged_act_is_the_judges_account(events) -> None:
    found = events.full("China thanked Pakistan for supporting its position on Tibet.")
    judged = [e for e in found if e.source == ["reg:PAK"]]
    assert [e.type for e in judged] == ["SUPPORT"]
    assert judged[0].mentions[0][1].claimant == "reg:CHN"


def test_events_plover_the_passive_subject_controls_the_infinitive(events) -> None:
    found = events.full("Madeleine Albright is scheduled to meet Tang Jiaxuan in Beijing.")
    assert [(e.type, e.status) for e in found] == [("CONSULT", "planned")]
    assert set(found[0].source + found[0].target) == {
        "reg:madeleine-albright",
        "reg:tang-jiaxuan",
    }


def test_events_plover_former_state_names_are_their_successors(events) -> None:
    assert events("Yugoslavia criticised NATO.") == [("ACCUSE", "asserted", ["reg:SRB"])]
    assert events("The Soviet Union condemned the coup in Chile.") == [
        ("ACCUSE", "asserted", ["reg:RUS"])
    ]
    assert events("Zaire denounced Rwanda.") == [("ACCUSE", "asserted", ["reg:COD"])]


def test_events_plover_settling_handing_power_ending_operations(events) -> None:
    assert events("Tokyo and Moscow settled their dispute over fishing rights.") == [
        ("AGREE", "asserted", ["reg:JPN", "reg:RUS"])
    ]
    assert [t for t, _, _ in events("The Thai junta handed power to a civilian government.")] == [
        "CONCEDE"
    ]
    found = events("Russian forces ended their military operations in Dagestan.")
    assert [t for t, _, _ in found] == ["RETREAT"]


def test_events_plover_pushing_ignoring_and_suspending_a_member(events) -> None:
    found = events.full("The United States is pushing Israel to freeze settlement construction.")
    assert [(e.type, e.source, e.target) for e in found] == [("REQUEST", ["reg:USA"], ["reg:ISR"])]
    found = events("Belarus ignored appeals from the West to release the opposition leaders.")
    assert [(t, st, s) for t, st, s in found] == [
        ("REJECT", "asserted", ["reg:BLR"]),
        ("RETREAT", "hypothetical", ["reg:BLR"]),  # asked for, not planned
    ]
    assert events("Belarus ignored the weather.") == []
    found = events.full("The Commonwealth suspended Pakistan after the military coup.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:PAK"])]


def test_events_plover_clergy_drivers_and_artillery_act(events) -> None:
    assert [s[0] for _, _, s in events("The bishops called for an end to the violence.")] == [
        "new:-:religious"
    ]
    found = events("Truck drivers in Brazil went on strike over fuel prices.")
    assert [(t, s) for t, _, s in found] == [("PROTEST", ["new:BRA:labour"])]
    found = events("Russian artillery pounded rebel positions in Chechnya.")
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["new:RUS:military"])]
    found = events("Afghan guerillas blew up three power lines.")  # the one-r spelling
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["new:AFG:rebels"])]


def test_events_plover_welcoming_a_decision_by_someone_is_support(events) -> None:
    found = events("Washington welcomed the decision by Libya to hand over the suspects.")
    assert ("SUPPORT", "asserted", ["reg:USA"]) in found
    assert "CONSULT" not in [t for t, _, _ in found]


def test_events_plover_armed_movements_and_regional_bodies_are_known(events) -> None:
    found = events("The Tamil Tigers threatened to step up attacks on government troops.")
    assert [(t, st, s) for t, st, s in found] == [
        ("THREATEN", "asserted", ["reg:ltte"]),
        ("ASSAULT", "hypothetical", ["reg:ltte"]),
    ]
    assert events("The Khmer Rouge rejected the offer.") == [
        ("REJECT", "asserted", ["reg:khmer-rouge"])
    ]
    found = events.full("The Organization of American States condemned the coup in Haiti.")
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["reg:oas"])]


def test_events_plover_a_city_names_the_country_of_its_radio(events) -> None:
    found = events("Tehran radio accused Washington of plotting against the Islamic republic.")
    assert [(t, s) for t, _, s in found][0] == ("ACCUSE", ["new:IRN:media"])
    assert events("The radio accused Washington of plotting.") == []


def test_events_plover_hyphenated_event_nouns_are_one_word(events) -> None:
    found = events.full("The rebels declared a cease-fire on Sunday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "ceasefire")]
    found = events("Students staged a sit-in outside the ministry.")
    assert [t for t, _, _ in found] == ["PROTEST"]


def test_events_plover_ruling_out_is_a_rejection(events) -> None:
    found = events("Prime Minister Ehud Barak ruled out any return to the 1967 borders.")
    assert found == [("REJECT", "asserted", ["reg:ehud-barak"])]
    assert events("The court ruled that the law was void.") == []


def test_events_plover_announcing_a_past_act_reports_it(events) -> None:
    text = "The Japanese government announced that it had extended a loan to Thailand."
    assert [(t, st) for t, st, _ in events(text)] == [("AID", "asserted")]
    found = events("Japan announced it will send troops to Iraq.")
    assert [(t, st) for t, st, _ in found] == [("MOBILIZE", "planned")]


def test_events_plover_flying_supplies_is_aid_not_a_visit(events) -> None:
    found = events.full("UNICEF flew emergency supplies to flood victims in Mozambique.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:unicef"])]
    found = events.full("Albright flew to Pyongyang on Monday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]


def test_events_plover_g8_and_relatives_act(events) -> None:
    found = events("The Group of Eight industrialised nations endorsed the peace plan.")
    assert found == [("SUPPORT", "asserted", ["reg:g8"])]
    found = events("Relatives of the missing soldiers demanded information from the ministry.")
    assert found == [("REQUEST", "asserted", ["new:-:civilians"])]


def test_events_plover_sending_doctors_aids_the_place_they_go(events) -> None:
    found = events.full("Cuba sent doctors to Haiti after the hurricane.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:CUB"], ["reg:HTI"])]


def test_events_plover_approving_a_loan_is_aid_tribute_is_praise(events) -> None:
    assert events("The IMF approved a 3 billion dollar loan for Brazil.") == [
        ("AID", "asserted", ["reg:imf"])
    ]
    found = events("Tony Blair paid tribute to the Irish prime minister.")
    assert [t for t, _, _ in found] == ["SUPPORT"]


def test_events_plover_suspending_strikes_and_easing_a_closure_de_escalate(events) -> None:
    found = events("NATO suspended its air strikes against Yugoslavia.")
    assert ("RETREAT", "asserted", ["reg:nato"]) in found
    assert ("ASSAULT", "asserted", ["reg:nato"]) not in found
    assert events("Israel eased the closure of the West Bank.") == [
        ("CONCEDE", "asserted", ["reg:ISR"])
    ]


def test_events_plover_agreeing_to_a_demand_yields_to_an_earlier_demand(events) -> None:
    found = events("The Kenyan government agreed to the opposition's demand for reform.")
    assert [(t, st) for t, st, _ in found] == [("CONCEDE", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pompeo is visiting Pyongyang.", [("CONSULT", "asserted")]),
        ("Police are investigating the bombing.", [("ACCUSE", "asserted")]),
        ("Kim Jong Un is meeting Trump on Tuesday.", []),  # may be a plan: not a fact
    ],
)
def test_events_plover_a_progressive_is_under_way_unless_timed(events, text, expected) -> None:
    assert [(t, st) for t, st, _ in events(text)] == expected


def test_events_plover_a_spokesman_for_a_body_speaks_as_that_body(events) -> None:
    found = events("A spokesman for the Chinese Foreign Ministry condemned the attack.")
    assert found == [("ACCUSE", "asserted", ["reg:chn-mfa"])]
    assert events("A spokeswoman for Hamas rejected the plan.") == [
        ("REJECT", "asserted", ["reg:hamas"])
    ]


def test_events_plover_an_unknown_body_named_by_a_demonym_has_that_country(events) -> None:
    found = events("The Iraqi News Agency condemned the attack.")
    assert found == [("ACCUSE", "asserted", ["reg:irq-ina-news"])]  # now a registered agency
    found = events("The Iraqi Veterans Agency condemned the attack.")
    assert found == [("ACCUSE", "asserted", ["new:IRQ:iraqi veterans agency"])]


def test_events_plover_a_lone_unknown_name_is_a_person(events) -> None:
    assert events("Brankovic criticised NATO.") == [("ACCUSE", "asserted", ["new:-:brankovic"])]
    # a leader the registry knows is that person
    assert events("Kostunica criticised NATO.") == [
        ("ACCUSE", "asserted", ["reg:vojislav-kostunica"])
    ]
    found = events("Dragan Vukovic arrived. Later Vukovic rejected the NATO plan.")
    assert found == [("REJECT", "asserted", ["new:-:dragan vukovic"])]


def test_events_plover_the_mayor_of_a_city_is_of_its_country(events) -> None:
    found = events("The mayor of Sarajevo condemned the attack.")
    assert found == [("ACCUSE", "asserted", ["new:BIH:the mayor"])]


def test_events_plover_bosnian_serbs_are_a_people_not_serbia(events) -> None:
    found = events.full("Bosnian Serbs shelled Sarajevo.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:BIH:serb"])]
    assert found[0].summary.startswith("Bosnian Serbs attacked")
    # the leadership of the people, at war with Bosnia's government in 1994
    found = events("The Bosnian Serb leadership rejected the Contact Group peace plan.")
    assert [(t, s) for t, _, s in found] == [("REJECT", ["new:BIH:serb"])]


def test_events_plover_peoples_of_no_one_state_act(events) -> None:
    found = events.full("Tamils rallied in London against the war.")
    assert [(e.type, e.source, e.summary) for e in found] == [
        ("PROTEST", ["new:-:tamil"], "Tamils protested in London")
    ]
    found = events("Iraqi Kurds demonstrated in Arbil.")
    assert found == [("PROTEST", "asserted", ["new:IRQ:kurd"])]


def test_events_plover_stone_throwing_is_a_riot_brushing_aside_a_rejection(events) -> None:
    found = events.full("Hundreds of Palestinians threw stones at Israeli soldiers in Hebron.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    found = events.full("Militants threw grenades at a police station.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events("Turkey brushed aside European criticism of its human rights record.")
    assert found == [("REJECT", "asserted", ["reg:TUR"])]


def test_events_plover_hitting_with_sanctions_is_no_attack(events) -> None:
    found = events.full("The UN hit Libya with new sanctions.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:LBY"])]
    assert "ASSAULT" not in [t for t, _, _ in events("Libya was hit with sanctions by the UN.")]


def test_events_plover_freeing_a_named_leader_condolences_and_missile_tests(events) -> None:
    found = events.full("Indonesia freed the East Timorese resistance leader Xanana Gusmao.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]
    found = events("The Chinese president sent a message of condolence to the families.")
    assert [t for t, _, _ in found] == ["SUPPORT"]
    assert events("Iran test-fired a new medium-range missile.") == [
        ("MOBILIZE", "asserted", ["reg:IRN"])
    ]


def test_events_plover_we_in_a_direct_quote_is_the_speaker(events) -> None:
    found = events('"We will never accept NATO\'s conditions," Kostunica told reporters.')
    assert found == [("CONCEDE", "negated", ["reg:vojislav-kostunica"])]
    found = events('"There is no way we will disarm ourselves first," Ri Yong Ho said.')
    assert found == [("RETREAT", "negated", ["reg:ri-yong-ho"])]  # "no way": not planned


def test_events_plover_meeting_responsibilities_is_no_meeting(events) -> None:
    text = 'Albright told the guests: "We must each meet our responsibilities."'
    assert events(text) == []
    assert events("Iraq met the deadline.") == []
    assert [t for t, _, _ in events("Pompeo met Kim Jong Un in Pyongyang.")] == ["CONSULT"]


def test_events_plover_fertiliser_and_rice_are_aid(events) -> None:
    found = events.full(
        "Officials said Seoul would provide 200,000 tons of fertiliser to North Korea."
    )
    assert [(e.type, e.status, e.target) for e in found] == [("AID", "planned", ["reg:PRK"])]
    assert [t for t, _, _ in events("Seoul shipped rice to North Korea.")] == ["AID"]
    assert events("China shipped steel to Japan.") == []


def test_events_plover_moving_divisions_mobilises(events) -> None:
    found = events("Iraq moved two divisions toward the Kuwaiti border.")
    assert found == [("MOBILIZE", "asserted", ["reg:IRQ"])]


def test_events_plover_welcoming_a_decision_to_allow_a_visit_is_support(events) -> None:
    text = (
        "The Japanese government welcomed the decision by the North Korean leadership to "
        "allow the families to visit Japan."
    )
    found = events(text)
    assert found[0] == ("SUPPORT", "asserted", ["new:JPN:government"])
    assert ("CONSULT", "asserted") not in [(t, st) for t, st, _ in found]


def test_events_plover_a_particle_read_as_a_preposition_still_counts(events) -> None:
    found = events.full("Rebels in Sierra Leone began handing in their weapons to peacekeepers.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("RETREAT", "disarm", ["new:SLE:rebels"])
    ]
    found = events.full("The rebels handed over the hostages.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]
    assert events("The soldiers sat in the garden.") == []


def test_events_plover_a_statement_acts_for_whoever_made_it(events) -> None:
    text = "Russia said in a statement condemning the bombing that it was a criminal act."
    assert ("ACCUSE", "asserted", ["reg:RUS"]) in events(text)
    text = "The Egyptian president reaffirmed his country's support for a Palestinian state."
    assert [t for t, _, _ in events(text)] == ["SUPPORT"]


def test_events_plover_a_reaction_targets_whoever_made_the_proposal(events) -> None:
    found = events.full("Israel rejected Syria's proposal.")
    assert [(e.type, e.target) for e in found] == [("REJECT", ["reg:SYR"])]
    found = events.full("Iraq accepted the U.N. plan.")
    assert [(e.type, e.target) for e in found] == [("AGREE", ["reg:un"])]
    found = events.full("Japan sent aid to Turkey.")  # not a reaction: the recipient stays
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:TUR"])]


def test_events_plover_an_ally_in_apposition_is_not_an_actor(events) -> None:
    found = events("Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq.")
    assert ("REJECT", "asserted", ["reg:PAK"]) in found
    assert all("reg:USA" not in s for _, _, s in found)


def test_events_plover_withdrawing_people_is_from_a_place_not_against_them(events) -> None:
    found = events.full("Britain withdrew its ambassador from Libya.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:LBY"])]
    text = "Kofi Annan said he will withdraw weapons inspectors and aid workers from Iraq."
    found = events.full(text)
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:IRQ"])]
    found = events.full("Britain deployed peacekeepers to Sierra Leone.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:SLE"])]


def test_events_plover_an_intention_targets_the_party_of_the_act(events) -> None:
    found = events.full("Russia threatened to attack Georgia.")
    assert [(e.type, e.target) for e in found][0] == ("THREATEN", ["reg:GEO"])
    text = "Libya has offered to hand over to Great Britain two of its nationals."
    found = events.full(text)
    assert [(e.type, e.target) for e in found][0] == ("AGREE", ["reg:GBR"])


def test_events_plover_a_participle_on_a_noun_makes_it_the_patient(events) -> None:
    text = "Libya offered to hand over two of its nationals suspected of blowing up a plane."
    found = events(text)
    assert all(not (t == "ASSAULT" and s == ["reg:LBY"]) for t, _, s in found)
    found = events("Troops attacking the town killed ten civilians.")
    assert {t for t, _, _ in found} == {"ASSAULT"}


def test_events_plover_neither_nor_and_but_not_deny_the_act(events) -> None:
    found = events("Neither Israel nor Syria attended the talks.")
    assert [(t, st) for t, st, _ in found] == [("CONSULT", "negated")]
    found = events.full("Israel, but not Syria, attended the talks.")
    assert [(e.status, e.source, e.target) for e in found] == [("asserted", ["reg:ISR"], [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq was prevented from attacking Kuwait.", ("ASSAULT", "negated", ["reg:IRQ"])),
        ("Syria refrained from attacking Israel.", ("ASSAULT", "negated", ["reg:SYR"])),
        ("Rather than attacking the town, the rebels withdrew.", ("ASSAULT", "negated", None)),
        ("The rebels almost captured the town.", ("ASSAULT", "hypothetical", None)),
    ],
)
def test_events_plover_acts_prevented_avoided_or_fallen_short_are_not_facts(
    events, text, expected
) -> None:
    found = [e for e in events(text) if e[0] == expected[0]]
    assert [(t, st) for t, st, _ in found] == [expected[:2]]
    if expected[2] is not None:
        assert found[0][2] == expected[2]


def test_events_plover_instead_of_meeting_is_no_meeting(events) -> None:
    found = events.full("Instead of meeting Arafat, Clinton flew to Cairo.")
    assert [(e.type, e.mode, e.status) for e in found] == [
        ("CONSULT", None, "negated"),
        ("CONSULT", "visit", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Iraq allegedly attacked Kuwait.", "hypothetical"),
        ("Reports that Iraq attacked Kuwait were false.", "hypothetical"),
        ("Had Iraq attacked, the US would have responded.", "hypothetical"),
        ("Reports that Iraq attacked Kuwait were confirmed.", "asserted"),
        ("Iraq had attacked Kuwait, the US said.", "asserted"),
    ],
)
def test_events_plover_hedged_denied_and_counterfactual_acts(events, text, status) -> None:
    assert [st for t, st, _ in events(text) if t == "ASSAULT"] == [status]


def test_events_plover_stopping_an_act_is_not_doing_it(events) -> None:
    found = events("North Korea stopped testing missiles after the summit.")
    assert [(t, st) for t, st, _ in found] == [("MOBILIZE", "negated")]


def test_events_plover_denying_responsibility_names_no_doer(events) -> None:
    assert events("Israel denied responsibility for the attack.") == []
    found = events("The IRA accepted responsibility for the bombing.")
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["reg:ira"])]


@pytest.mark.parametrize(
    ("text", "type_", "mode", "source"),
    [
        # a civilian crowd's violence toward the authorities: PLOVER's riot
        ("Angry villagers set fire to a police station.", "PROTEST", "riot", "new:-:civilians"),
        ("A gunman set fire to a police station.", "ASSAULT", "destroy", None),
        ("Shiite militiamen shelled Christian neighbourhoods.", "ASSAULT", "heavy-weapons", None),
        ("Opposition lawmakers walked out of parliament.", "PROTEST", "strike", None),
        ("Relief agencies delivered food to flood victims.", "AID", None, None),
        ("The junta in Burma released two opposition leaders.", "RETREAT", "release", None),
        ("Hardliners in Tehran denounced the visit.", "ACCUSE", "disapprove", "new:IRN:hardliner"),
        ("A pro-Syrian party in Lebanon accused Israel.", "ACCUSE", "allege", "new:LBN:party"),
        # an irregular past the model neither lemmatises nor tags as past
        ("Indonesian troops retook the town.", "ASSAULT", None, "new:IDN:military"),
        ("Guerrillas shelled the outskirts of Jaffna.", "ASSAULT", "heavy-weapons", None),
        ("Trade unions in Chile demanded higher pensions.", "REQUEST", None, "new:CHL:labour"),
        ("The Bolivian senate voted down the peace plan.", "REJECT", None, None),
        ("Ghana expanded trade links with Togo.", "COOPERATE", None, "reg:GHA"),
        ("Dutch marines escorted aid convoys into the town.", "AID", None, None),
    ],
)
def test_events_plover_doers_and_acts_of_wire_copy(events, text, type_, mode, source) -> None:
    found = [e for e in events.full(text) if e.status == "asserted"]
    assert [(e.type, e.mode) for e in found][:1] == [(type_, mode)]
    assert found[0].source and (source is None or found[0].source == [source])


def test_events_plover_of_phrase_of_an_arrest_is_acted_on(events) -> None:
    found = events.full("France protested the arrest of two French journalists.")
    arrest = [e for e in found if e.type == "COERCE"]
    assert [(e.source, e.target) for e in arrest] == [([], ["new:FRA:media"])]
    found = events.full("The visit of President Kim Dae-jung to Tokyo ended on Friday.")
    assert [(e.type, e.source) for e in found] == [("CONSULT", ["reg:kim-dae-jung"])]


def test_events_plover_members_of_a_body_are_that_body(events) -> None:
    found = events("Members of Hamas attacked an Israeli patrol.")
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["reg:hamas"])]
    found = events("Members of the outlawed Kurdish Workers Party ambushed a military convoy.")
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["reg:pkk"])]
    # my own sentences: fighters of a named body, and a group loyal to a named leader
    found = events("Fighters of the Kosovo Liberation Army attacked a police station.")
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["reg:kla"])]
    found = events.full("Gunmen loyal to the Palestinian Authority fired on the crowd.")
    assert [e.source for e in found][:1] == [["reg:palestinian-authority"]]


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # the subject undergoes the event noun; its "from" phrase acts
        ("Israel faced strong criticism from Iran.", "ACCUSE", ["reg:IRN"], ["reg:ISR"]),
        ("The plan drew condemnation from Iran.", "ACCUSE", ["reg:IRN"], []),
        ("Egypt received $2 billion in aid from Japan.", "AID", ["reg:JPN"], ["reg:EGY"]),
        ("The Israeli town came under rocket fire from Lebanon.", "ASSAULT", ["reg:LBN"], []),
        (
            "Anwar Ibrahim was placed under house arrest by the police.",
            "COERCE",
            ["new:-:police"],
            ["reg:anwar-ibrahim"],
        ),
        # participants named on the verb the event noun is the subject of
        ("Fighting broke out between Chad and Libya.", "ASSAULT", ["reg:TCD", "reg:LBY"], None),
        # the proposer of what is accepted
        ("Syria accepted an invitation from France.", "AGREE", ["reg:SYR"], ["reg:FRA"]),
        # a "by" phrase hung on the object of an expulsion
        (
            "The expulsion of four Russian diplomats by Britain angered Moscow.",
            "SANCTION",
            ["reg:GBR"],
            ["new:RUS:government"],
        ),
        # a passive verb whose subject is an event noun with its parties
        (
            "An agreement between Chad and Libya was signed in Tripoli.",
            "SUPPORT",
            ["reg:TCD", "reg:LBY"],
            None,
        ),
        # an event noun's participle with a "by" agent
        (
            "The general strike called by the opposition paralysed Dhaka.",
            "PROTEST",
            ["new:-:political opposition"],
            None,
        ),
    ],
)
def test_events_plover_doers_named_by_from_and_by_phrases(
    events, text, type_, source, target
) -> None:
    found = [e for e in events.full(text) if e.type == type_]
    assert found and found[0].source == source
    assert target is None or found[0].target == target


def test_events_plover_figurative_fire_is_no_attack(events) -> None:
    found = events("The minister came under fire from critics over the deal.")
    assert "ASSAULT" not in [t for t, _, _ in found]


def test_events_plover_violations_and_fronted_charges(events) -> None:
    found = events.full("Russia violated the ceasefire in Chechnya, the rebels charged.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("ASSAULT", ["reg:RUS"], []),
        ("ACCUSE", ["new:-:rebels"], ["reg:RUS"]),  # the fronted clause is what is charged
    ]
    assert found[0].mentions[0][1].claimant == "new:-:rebels"  # as the rebels tell it
    found = events("Iraq has violated U.N. resolutions, Washington said.")
    assert [(t, s) for t, _, s in found] == [("REJECT", ["reg:IRQ"])]
    assert events("The rebels charged into the town.") == []


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        # whom a protest is against, from what it is for
        (
            "Hundreds of Tibetans began a hunger strike to protest China's policies.",
            "PROTEST",
            ["reg:CHN"],
        ),
        (
            "Students blocked roads in Jakarta in defiance of Indonesian authorities.",
            "PROTEST",
            ["new:IDN:government"],
        ),
        ("Farmers demonstrated against the European Union in Brussels.", "PROTEST", ["reg:eu"]),
        # whom a request is put to
        ("Kuwait demanded compensation from Iraq.", "REQUEST", ["reg:IRQ"]),
        ("Israel requested clarification from Egypt.", "REQUEST", ["reg:EGY"]),
        # the party on the other side of a border or of ties
        ("Thailand closed its border with Myanmar.", "COERCE", ["reg:MMR"]),
        ("Nigeria recalled its ambassador to South Africa.", "SANCTION", ["reg:ZAF"]),
        ("India deployed additional troops along the border with China.", "MOBILIZE", ["reg:CHN"]),
        ("The IMF approved a $2 billion loan to Brazil.", "AID", ["reg:BRA"]),
        ("The U.S. gave Israel $3 billion in military aid.", "AID", ["reg:ISR"]),
        (
            "The ruling party rigged the vote, opposition leaders alleged.",
            "ACCUSE",
            ["new:-:government"],
        ),
        ("China cut off military ties with the United States.", "SANCTION", ["reg:USA"]),
        # the recipient as the object of "provide ... with"
        ("The United States provided Colombia with fuel.", "AID", ["reg:COL"]),
        # a reaction targets whose act or thing it is about
        ("The Arab League condemned the Israeli raid on Beirut.", "ACCUSE", ["reg:ISR"]),
        (
            "Iran expressed concern over the deployment of U.S. troops.",
            "ACCUSE",
            ["new:USA:military"],
        ),
        ("China voiced support for Pakistan's bid to join the council.", "SUPPORT", ["reg:PAK"]),
        # who would do the act asked for, not those it is done to
        ("The UN demanded a withdrawal by Syria.", "REQUEST", ["reg:SYR"]),
        ("The opposition demanded the release of political prisoners.", "REQUEST", []),
        # a purpose phrase, not the clause inside it
        (
            "Turks began a hunger strike to protest Sweden's decision to send them to Bulgaria.",
            "PROTEST",
            ["reg:SWE"],
        ),
    ],
)
def test_events_plover_targets_of_protests_and_requests(events, text, type_, target) -> None:
    found = [e for e in events.full(text) if e.type == type_]
    assert found and found[0].target == target


def test_events_plover_name_parsed_as_adverbial_is_the_subject(events) -> None:
    # the small model reads "Turkey" as an adverbial noun phrase of "massed"
    assert events("Turkey massed troops on its border with Syria.") == [
        ("MOBILIZE", "asserted", ["reg:TUR"])
    ]


def test_events_plover_denied_permits_are_rejections(events) -> None:
    found = events("Turkey denied a building permit for the temple.")
    assert [(t, s) for t, _, s in found] == [("REJECT", ["reg:TUR"])]
    found = events("Turkey denied that it had shelled the village.")
    assert all(t != "REJECT" for t, _, _ in found)  # a denial of a claim rejects nothing


def test_events_plover_declined_invitation_is_a_rejection(events) -> None:
    assert events("Syria declined an invitation to attend the conference.")[:1] == [
        ("REJECT", "asserted", ["reg:SYR"])
    ]
    assert events("Syria's exports declined sharply.") == []


def test_events_plover_vetoed_aid_and_held_exercises(events) -> None:
    found = events.full("Greece vetoed EU aid to Turkey.")
    # a vetoed act is not done: the veto is the one event, and it names whose act it stops
    assert [(e.type, e.status, e.source, e.target) for e in found] == [
        ("REJECT", "asserted", ["reg:GRC"], ["reg:eu"])
    ]
    found = events("The Chinese navy conducted exercises near Taiwan.")
    assert [(t, s) for t, s, _ in found] == [("MOBILIZE", "asserted")]


def test_events_plover_attitude_adjectives_and_responsibility(events) -> None:
    found = events.full("Iran is critical of Israel.")
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", ["reg:IRN"], ["reg:ISR"])]
    found = events.full("Japan remains opposed to the plan by China.")
    assert [(e.type, e.target) for e in found] == [("REJECT", ["reg:CHN"])]
    found = events.full("Pakistan was responsible for the attack on the parliament, India said.")
    # the attack is Pakistan's as India tells it, and India's saying so is an accusation
    assert [(e.type, e.source) for e in found] == [
        ("ASSAULT", ["reg:PAK"]),
        ("ACCUSE", ["reg:IND"]),
    ]
    assert found[1].target == ["reg:PAK"]
    found = events.full("Pakistan was not responsible for the attack on Indian troops.")
    assert all(e.source != ["reg:PAK"] for e in found)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Downing Street rejected the proposal.", "REJECT", ["reg:gbr-downing-street"], []),
        ("The Knesset approved the treaty.", "SUPPORT", ["reg:isr-knesset"], []),
        # an ambassador summoned hears a complaint (PLOVER manual, ACCUSE)
        ("Britain summoned the Iranian ambassador.", "ACCUSE", ["reg:GBR"], ["new:IRN:government"]),
    ],
)
def test_events_plover_seats_of_government_and_summoned_envoys(
    events, text, type_, source, target
) -> None:
    found = events.full(text)
    assert [(e.type, e.source, e.target) for e in found] == [(type_, source, target)]


def test_events_plover_vowed_revenge_and_laid_down_arms(events) -> None:
    found = events("Hezbollah vowed revenge for the killing of its leader.")
    assert ("THREATEN", "asserted", ["reg:hezbollah"]) in found
    found = events.full("The rebels refused to lay down their arms.")
    # the refusal is the event (refusing to yield), not a second, negated disarmament
    assert [(e.type, e.mode, e.status, e.source) for e in found] == [
        ("REJECT", "yield", "asserted", ["new:-:rebels"])
    ]


def test_events_plover_reported_disapproval_targets_owner_then_addressed_body(events) -> None:
    found = events.full("Iran told the United Nations that Israel's policy was illegal.")
    assert [(e.type, e.target) for e in found] == [("ACCUSE", ["reg:ISR"])]
    found = events.full("Ri Yong Ho told the U.N. General Assembly that sanctions were lethal.")
    assert [(e.type, e.target) for e in found] == [("ACCUSE", ["reg:unga"])]


def test_events_plover_dateline_read_as_a_subject_yields_to_the_real_one(events) -> None:
    text = "SEOUL, South Korea (AP) -- North Korea fired a missile into the sea on Tuesday."
    found = events.full(text)
    assert [e.source for e in found] == [["reg:PRK"]]


def test_events_plover_a_letter_is_contact_not_a_meeting(events) -> None:
    found = events.full("Clinton sent a letter to Kim Jong Il.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    assert found[0].summary == "Bill Clinton contacted Kim Jong Il"  # was "met"


def test_events_plover_a_cancellation_only_called_for_cancels_nothing(events) -> None:
    found = events("China called for a suspension of American military exercises.")
    # the suspension asked for is only possible, and the exercises are not "negated"
    assert ("RETREAT", "hypothetical", ["new:USA:military"]) in found
    assert not [t for t, st, _ in found if st == "negated"]
    found = events("The United States announced a halt to military exercises.")
    assert all(st != "asserted" for t, st, _ in found if t == "MOBILIZE")


def test_events_plover_a_broker_is_no_side_and_a_led_coalition_is_a_group(events) -> None:
    found = events.full("The Saudi-brokered ceasefire between Chad and Libya held.")
    assert [sorted(e.source) for e in found] == [["reg:LBY", "reg:TCD"]]  # not Saudi Arabia
    found = events.full("The U.S.-led coalition bombed targets in Baghdad.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:-:coalition"])]


def test_events_plover_at_the_hands_of_names_the_doer(events) -> None:
    found = events("Three activists were killed at the hands of Serb forces.")
    assert [(t, s) for t, _, s in found] == [("ASSAULT", ["new:SRB:military"])]


def test_events_plover_culprits_named_by_guilt_blame_and_behind(events) -> None:
    found = events.full("The rebels are guilty of attacking the convoy.")
    assert [(e.type, e.status, e.source) for e in found] == [
        ("ASSAULT", "asserted", ["new:-:rebels"])
    ]
    found = events.full("Rebels were behind the attack on the convoy.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:-:rebels"])]
    # "is to blame" names a culprit; it is no accusation by the one blamed
    found = events.full("Pakistan is to blame for the attack on the parliament, India said.")
    assert [(e.type, e.source) for e in found] == [
        ("ASSAULT", ["reg:PAK"]),
        ("ACCUSE", ["reg:IND"]),
    ]
    found = events.full("India held Pakistan responsible for the attack.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("ACCUSE", ["reg:IND"], ["reg:PAK"]),
        ("ASSAULT", ["reg:PAK"], []),
    ]
    assert found[1].mentions[0][1].claimant == "reg:IND"
    # denied guilt makes nobody the doer
    assert events("The rebels were not guilty of attacking the convoy.") == []
    # an office "responsible for" something blames nobody
    found = events.full("The French minister responsible for the talks met the Iraqi envoy.")
    assert [(e.type, e.source) for e in found] == [("CONSULT", ["new:FRA:government"])]


def test_events_plover_getting_ready_to_use_force_is_mobilisation(events) -> None:
    found = events.full("Turkish troops were preparing for an offensive against Kurdish rebels.")
    assert [(e.type, e.status) for e in found][0] == ("MOBILIZE", "asserted")
    assert found[0].source == ["new:TUR:military"]
    assert found[0].target and found[0].target == found[1].target  # whom the offensive targets
    assert ("ASSAULT", "planned") == (found[1].type, found[1].status)
    found = events("India readied troops along the border with Pakistan.")
    assert found == [("MOBILIZE", "asserted", ["reg:IND"])]
    found = events("The two sides prepared to resume talks in Geneva.")
    assert all(t != "MOBILIZE" for t, _, _ in found)


def test_events_plover_a_passive_withdrawal_is_made_by_the_withdrawn_side(events) -> None:
    found = events.full("Russian troops were pulled out of Chechnya last year.")
    assert [(e.type, e.status, e.source) for e in found] == [
        ("RETREAT", "asserted", ["new:RUS:military"])
    ]
    found = events.full("Eighty UN peacekeepers were withdrawn from the town on Friday.")
    assert [(e.type, e.source) for e in found] == [("SANCTION", ["reg:un"])]


def test_events_plover_a_complaint_told_as_a_protest_is_an_accusation(events) -> None:
    found = events.full("The opposition protested that the vote had been rigged.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "disapprove")]
    found = events.full("Thousands of students protested in Jakarta.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("PROTEST", "demo", ["new:IDN:education"])
    ]


def test_events_plover_a_domestic_group_takes_the_country_it_acts_in(events) -> None:
    found = events.full("Up to 200 ethnic Albanians demonstrated in Serbia on Tuesday.")
    assert [e.source for e in found] == [["new:SRB:albanian"]]
    found = events.full("Rebels attacked a convoy in Angola.")
    assert [e.source for e in found] == [["new:AGO:rebels"]]
    found = events.full("Students staged a sit-in outside the parliament in Jakarta.")
    assert [e.source for e in found] == [["new:IDN:education"]]
    # the place of the act the verb names ("went on strike in Seoul")
    found = events.full("Thousands of workers went on strike in Seoul.")
    assert [e.source for e in found] == [["new:KOR:labour"]]
    # forces may be anyone's, and a people across borders stays stateless
    found = events.full("The U.S.-led coalition bombed targets in Baghdad.")
    assert [e.source for e in found] == [["new:-:coalition"]]


def test_events_plover_a_body_left_excludes_and_alert_nouns_mobilise(events) -> None:
    found = events.full("Nigeria was suspended from the Commonwealth.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("SANCTION", ["reg:commonwealth"], ["reg:NGA"])
    ]
    found = events.full("The journalist was expelled from China.")
    assert [(e.type, e.source) for e in found] == [("COERCE", ["reg:CHN"])]
    found = events.full("North Korea put its army on a war footing.")
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["reg:PRK"])]
    found = events.full("The rebels handed over their weapons to UN peacekeepers.")
    assert [(e.type, e.mode, e.source) for e in found] == [("RETREAT", "disarm", ["new:-:rebels"])]


def test_events_plover_mandative_subjunctive_recapture_and_bombers(events) -> None:
    found = events.full("Syria insisted that Israel return the Golan Heights.")
    assert [(e.type, e.source, e.target) for e in found] == [("REQUEST", ["reg:SYR"], ["reg:ISR"])]
    # a past tense reports a claim, not a demand
    assert all(t != "REQUEST" for t, _, _ in events("Syria insisted that Israel returned it."))
    found = events.full("Government forces recaptured the town from the rebels.")
    assert [(e.type, e.target) for e in found] == [("ASSAULT", ["new:-:rebels"])]
    found = events.full("A suicide bomber blew himself up outside the embassy.")
    assert [e.source for e in found] == [["new:-:rebels"]]


def test_events_plover_titled_world_leaders_owned_targets_and_state_bodies(events) -> None:
    found = events.full("President Museveni thanked the Tanzanian people.")
    assert found[0].source == ["reg:yoweri-museveni"]  # in office on the date
    found = events.full("Mr. Kimunya thanked the Tanzanian people.")
    assert "reg:ken-amos-kimunya" not in found[0].source  # a courtesy title is no office
    found = events.full("The army shelled positions of the Kosovo Liberation Army.")
    assert [e.target for e in found] == [["reg:kla"]]
    found = events.full("The United States will fund the Nigerian electoral commission.")
    assert [(e.type, e.target) for e in found] == [("AID", ["new:NGA:government"])]


def test_events_plover_a_modal_act_under_an_if_clause_is_conditional(events) -> None:
    found = events.full("The European Union may suspend aid to Kenya if the elections are rigged.")
    assert [(e.type, e.status) for e in found][0] == ("SANCTION", "conditional")
    found = events.full("Iran would retaliate against Israel if attacked.")
    # Iran is the one attacked in the if-clause, never the attacker
    assert [(e.status, e.source) for e in found] == [("conditional", ["reg:IRN"])]
    found = events.full("If Iraq attacks Kuwait, the US will respond.")
    assert [(e.type, e.status) for e in found] == [("ASSAULT", "hypothetical")]
    assert events("The US might impose sanctions on Cuba.")[0][1] == "hypothetical"


def test_events_plover_parts_of_a_group_and_ethnic_kin_where_they_act(events) -> None:
    found = events.full("One third of the guerrillas have been demobilized since the accord.")
    assert [(e.type, e.source) for e in found][0] == ("RETREAT", ["new:-:rebels"])
    found = events.full("Ethnic Albanian guerrillas operating in Macedonia attacked a village.")
    assert [e.source for e in found] == [["new:MKD:rebels"]]


def test_events_plover_passive_condition_names_no_doer_and_weapons_build_up(events) -> None:
    found = events.full("Iraq will not allow the inspectors to return unless sanctions are lifted.")
    assert all(e.mentions[0][1].trigger != "lifted" for e in found)  # lifted by nobody named
    found = events.full("North Korea vowed to strengthen its nuclear deterrent.")
    assert ("MOBILIZE", "weapons", "planned") in [(e.type, e.mode, e.status) for e in found]


def test_events_plover_rulings_against_and_rights_or_assets_of_a_party(events) -> None:
    found = events.full("The International Court of Justice ruled against Serbia.")
    assert [(e.type, e.mode, e.target) for e in found] == [("SANCTION", "convict", ["reg:SRB"])]
    found = events.full("China ruled out talks with Taiwan.")
    assert found[0].type == "REJECT"  # the older 'rule out' entry still holds
    found = events.full("The Council of Europe suspended Russia's voting rights.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:RUS"])]
    found = events.full("Washington froze Iraq's assets.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:IRQ"])]


def test_events_plover_a_state_before_an_act_on_something_is_its_doer(events) -> None:
    found = events.full("China condemned the U.S. bombing of its embassy in Belgrade.")
    bombing = [e for e in found if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in bombing] == [(["reg:USA"], ["reg:CHN"])]
    # an embassy in a capital is no body of the host state
    assert all("reg:SRB" not in e.target for e in found)


def test_events_plover_a_suspect_noun_mis_tagged_as_a_verb_accuses_nobody(events) -> None:
    found = events.full("NATO troops arrested a Serb war crimes suspect in Bosnia.")
    assert [e.type for e in found] == ["COERCE"]
    assert events("India suspects that Pakistan trained the gunmen.")[0][0] == "ACCUSE"


def test_events_plover_objections_are_rejections_not_groups(events) -> None:
    found = events.full("NATO expanded eastward despite Russian objections.")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["reg:RUS"])]
    found = events.full("Russia raised objections to the plan.")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["reg:RUS"])]


def test_events_plover_the_helped_party_of_a_bare_infinitive(events) -> None:
    found = events.full("Interpol helped Thai police track down the suspect.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["reg:interpol"], ["new:THA:police"])
    ]


def test_events_plover_figurative_threats_aimed_acts_and_owned_troops(events) -> None:
    assert events("Mubarak said the settlement threatened the peace process.") == []
    found = events.full("Iraq threatened Kuwait.")
    assert [(e.type, e.target) for e in found] == [("THREATEN", ["reg:KWT"])]
    found = events.full("Israeli troops fired rubber bullets at Palestinian protesters.")
    assert [e.target for e in found] == [["new:PSE:civilians"]]
    found = events.full("The Indian army said its troops killed 12 militants.")
    assert found[0].source == ["new:IND:military"]  # "its" is the army's
    found = events.full("Syria withdrew its troops from Lebanon.")
    assert [(e.type, e.target) for e in found] == [("RETREAT", ["reg:LBN"])]


def test_events_plover_addressees_who_must_act_popes_and_possessive_titles(events) -> None:
    found = events.full("Greece called on Turkey to withdraw its troops from Cyprus.")
    withdrawal = [e for e in found if e.type == "RETREAT"]
    assert [(e.source, e.status) for e in withdrawal] == [(["reg:TUR"], "hypothetical")]
    found = events.full("The pope criticised the embargo against Cuba.")
    assert found[0].source == ["reg:pope-john-paul-ii"]  # the pope on the date (2000)
    found = events.full("Israel's Foreign Minister David Levy asked Egypt to act.")
    assert [a for e in found for a in e.source] == ["reg:david-levy"]


def test_events_plover_pulled_out_of_handed_over_and_sealed_off(events) -> None:
    found = events.full("Syria pulled its troops out of Lebanon.")
    assert [(e.type, e.mode, e.target) for e in found] == [("RETREAT", "withdraw", ["reg:LBN"])]
    found = events.full("Israel handed over control of Jericho to the Palestinian Authority.")
    assert [(e.type, e.target) for e in found] == [("RETREAT", ["reg:palestinian-authority"])]
    found = events.full("Israel sealed off the West Bank after the bombing.")
    assert [(e.type, e.source) for e in found][0] == ("COERCE", ["reg:ISR"])


def test_events_plover_taking_part_extraditing_to_and_war_games(events) -> None:
    found = events.full("French and German troops took part in a joint exercise in Bavaria.")
    assert [e.type for e in found] == ["COOPERATE"]  # taking part is no pledge
    found = events.full("Mexico extradited two drug barons to the United States.")
    assert [(e.type, e.target) for e in found] == [("COOPERATE", ["reg:USA"])]
    found = events.full("China and Russia staged war games near the border.")
    assert [e.type for e in found] == ["MOBILIZE"]


def test_events_plover_their_stands_for_a_pair_and_aid_cut_off_targets(events) -> None:
    text = "Washington imposed sanctions on India and Pakistan after their nuclear tests."
    found = events.full(text)
    tests = [e for e in found if e.type == "MOBILIZE"]
    assert [sorted(e.source) for e in tests] == [["reg:IND", "reg:PAK"]]  # not Washington's
    found = events.full("Japan froze its yen loans to China.")
    assert [(e.type, e.target) for e in found][0] == ("SANCTION", ["reg:CHN"])
    found = events.full("NATO suspended its cooperation with Russia.")
    assert found[0].target == ["reg:RUS"]
    found = events.full("Seoul expressed regret over the incident.")
    assert [e.type for e in found] == ["CONCEDE"]


def test_events_plover_review_on_real_articles(events) -> None:
    # one released is acted on, never the one who releases (who did is not said)
    assert events("The Taliban members were released in Doha.") == [("RETREAT", "asserted", [])]
    # words, not blows
    found = events.full("Beshear hammered Bevin on his plan for Medicaid.")
    assert all(e.type != "ASSAULT" for e in found)
    # a plain "if" states a circumstance, not a counterpart
    found = events.full("Iran may suspend trade if Britain refuses.")
    sanction = [e for e in found if e.type == "SANCTION"]
    assert [(e.status, e.target) for e in sanction] == [("conditional", [])]
    found = events.full("North Korea would dismantle the site only if the US took steps.")
    assert found[0].target == ["reg:USA"]  # "only if": the party the condition is put to
    # "help him enter": the parser's subject is the helped one's object, no new party
    found = events.full("Singh said he had paid an agent to help him enter the US.")
    assert all(e.type != "COOPERATE" for e in found)


def test_events_plover_shop_offers_are_no_pledges(events) -> None:
    assert events("Amazon is offering instant discounts on the MacBook Pro.") == []
    assert events("Egypt offered to mediate between Israel and Syria.")[0][0] == "AGREE"
    found = events.full("Japan offered $1 billion in aid to Indonesia.")
    assert found[0].type in ("AGREE", "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Nadal defeated Khachanov 6-3, 7-6 to level the series.",
        "Wales beat Hungary 2-0 to qualify.",
        "Kentucky Democrats beat incumbent Gov. Matt Bevin.",
        "The opposition candidate defeated the president in the runoff.",
        "Argentina crushed Chile in the Davis Cup final.",
    ],
)
def test_events_plover_game_and_election_results_are_no_assaults(events, text) -> None:
    assert all(t != "ASSAULT" for t, _, _ in events(text))


def test_events_plover_blows_near_an_election_stay_assaults(events) -> None:
    found = events("Police beat opposition supporters ahead of the election.")
    assert [t for t, _, _ in found] == ["ASSAULT"]
    found = events("Serb forces killed 45 ethnic Albanians in the 1998-1999 war.")
    assert [t for t, _, _ in found] == ["ASSAULT"]


def test_events_plover_declining_to_comment_rejects_nothing(events) -> None:
    assert events("A spokesperson for the ministry declined to comment.") == []
    assert events("Iran refused to say when the talks would resume.") == []
    found = events("Haniyeh refused to respond to a demand from the US President.")
    assert [t for t, _, _ in found][:1] == ["REJECT"]
    assert events("Syria declined to attend the talks.")[0][0] == "REJECT"


def test_events_plover_market_demand_is_no_request(events) -> None:
    assert events("China's demand for oil rose sharply last year.") == []
    assert events("Japan's consumer demand weakened.") == []
    found = events("The rebels renewed their demand for the release of prisoners.")
    assert [t for t, _, _ in found] == ["REQUEST"]


def test_events_plover_a_warning_of_concern_is_no_threat(events) -> None:
    assert events("The doctors warned that migrants are not the only people at risk.") == []
    found = events("Cairo's security chief warned that police will no longer tolerate rallies.")
    assert [t for t, _, _ in found] == ["THREATEN"]
    assert events("India warned Pakistan of dire consequences.")[0][0] == "THREATEN"


def test_events_plover_encouraged_parties_act_and_sport_defenders_support_nobody(events) -> None:
    found = events.full("The US encouraged Pakistan to hold elections.")
    assert [e.source for e in found if e.type != "SUPPORT"] == [["reg:PAK"]]
    assert events("Sabatier encourages taking up a side hustle.") == []
    text = "Spain will be back in action on Wednesday against defending champion Croatia."
    assert events(text) == []


def test_events_plover_disputing_a_notion_is_a_denial_not_criticism(events) -> None:
    assert events("Volker disputed the notion that he had been a participant.") == []
    found = events.full("China disputed Japan's claim to the islands.")
    assert [(e.type, e.target) for e in found] == [("ACCUSE", ["reg:JPN"])]


def test_events_plover_contributed_reporting_is_no_aid(events) -> None:
    assert events("Keith Bradsher contributed reporting from Hong Kong.") == []
    found = events.full("Japan contributed $10 million to the UN relief effort.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:JPN"])]


def test_events_plover_met_with_a_reaction_is_no_meeting(events) -> None:
    text = "Corbyn's refusal to back the British government was met with hoots of laughter."
    found = events(text)
    assert "CONSULT" not in [t for t, _, _ in found]  # the refusal, and no meeting
    assert "REJECT" in [t for t, _, _ in found]
    assert events("The plan was met with scepticism in Seoul.") == []
    found = events.full("Albright was met with Kim Jong Il in Pyongyang.")
    assert [e.type for e in found] == ["CONSULT"]


def test_events_plover_subject_stays_a_party_when_the_place_bears_its_name(events) -> None:
    found = events("Serbia reinforced its troops in southern Serbia on Friday.")
    assert ("MOBILIZE", "asserted", ["reg:SRB"]) in found
    # a country named only as the place is still no party
    talks = events("The United States held talks with Sudanese rebels in Kenya on Monday.")
    assert talks and all("reg:KEN" not in source for _, _, source in talks)


def test_events_plover_restoring_parliament_is_a_concession(events) -> None:
    found = events("The Nepalese king restored parliament after weeks of protests.")
    assert ("CONCEDE", "asserted") in [(t, s) for t, s, _ in found]
    assert "CONCEDE" not in [
        t for t, _, _ in events("Nepalese police restored order in the capital on Monday.")
    ]


def test_events_plover_paris_club_is_a_creditor_body(events) -> None:
    found = events.full("The Paris Club forgave half of Zambia's debt on Thursday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:paris-club"])]


def test_events_plover_a_title_names_a_person_the_ner_missed(events) -> None:
    found = events.full("Putin telephoned Chancellor Schroeder to discuss the war in Chechnya.")
    phone = [e for e in found if e.mode == "phone"]
    assert phone and phone[0].target  # Schroeder is the one called


def test_events_plover_joint_operations_and_resumed_trade_are_cooperation(events) -> None:
    found = events("Spanish and French police carried out a joint operation against an ETA cell.")
    assert "COOPERATE" in [t for t, _, _ in found]
    found = events("Greece and Turkey resumed trade across their land border on Monday.")
    assert ("COOPERATE", "asserted", ["reg:GRC", "reg:TUR"]) in found
    # a ban on trade is no cooperation
    assert "COOPERATE" not in [
        t for t, _, _ in events("The United States imposed a ban on trade with Cuba.")
    ]


def test_events_plover_food_delivered_is_aid(events) -> None:
    found = events.full("The World Food Programme delivered 2,000 tonnes of maize to Malawi.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:MWI"])]


def test_events_plover_a_countrys_intelligence_service_acts(events) -> None:
    found = events("Jordanian intelligence shared information on militant cells with Saudi Arabia.")
    assert [(t, s) for t, _, s in found] == [("COOPERATE", ["new:JOR:intelligence"])]
    # intelligence without a country is what is shared, not who shares it; whom it is shared
    # with is the partner, also where the parser hangs "with" on what it is about
    found = events.full("Jordan shared intelligence on militant cells with Saudi Arabia.")
    assert [(e.source, e.target) for e in found] == [(["reg:JOR"], ["reg:SAU"])]


def test_events_plover_backing_a_bid_supports_its_owner(events) -> None:
    found = events.full("Germany backed Poland's bid to join the European Union.")
    assert [(e.type, e.source, e.target) for e in found][:1] == [
        ("SUPPORT", ["reg:DEU"], ["reg:POL"])
    ]


def test_events_plover_exiles_rallying_abroad_are_not_of_the_host_country(events) -> None:
    found = events.full("Hundreds of exiles rallied outside the embassy in Paris.")
    assert [e.type for e in found] == ["PROTEST"]
    assert not any("FRA" in key for key in found[0].source)
    # students rallying there are of the country the clause places them in
    found = events.full("Hundreds of students rallied outside the embassy in Paris.")
    assert [e.source for e in found] == [["new:FRA:education"]]


def test_events_plover_a_travel_ban_is_a_sanction_a_protest_ban_a_restriction(events) -> None:
    found = events("The European Union imposed a travel ban on members of the Burmese junta.")
    assert [t for t, _, _ in found] == ["SANCTION"]
    found = events("The Egyptian government imposed a ban on street protests in Cairo.")
    assert [t for t, _, _ in found] == ["COERCE"]


def test_events_plover_sending_military_trainers_is_aid_not_a_party(events) -> None:
    found = events.full("Britain sent military trainers to Sierra Leone on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:GBR"], ["reg:SLE"])]


def test_events_plover_agentless_passive_acts_on_a_party_keep_an_unnamed_doer(events) -> None:
    found = events.full("Two Italian aid workers were freed in Baghdad on Tuesday.")
    assert [(e.type, e.source) for e in found] == [("RETREAT", [])]
    assert found[0].target and found[0].target[0].startswith("new:ITA:")
    # a warning or a permission in the passive names no act on a party
    assert events("Visitors to the border area were warned on Monday.") == []


def test_events_plover_extradited_from_a_state_is_that_states_act(events) -> None:
    found = events.full("A Rwandan genocide suspect was extradited from Belgium to Rwanda.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["reg:BEL"], ["reg:RWA"])
    ]


def test_events_plover_a_feared_act_is_hypothetical(events) -> None:
    found = events("Villagers fear that the army will attack the town.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", "hypothetical")]


def test_events_plover_agency_credit_in_a_dateline_is_not_a_party(events) -> None:
    from storyline.actors.registry import load_registry
    from storyline.annotate import load_nlp
    from storyline.events.arguments import dateline

    doc = load_nlp(None)("LONDON (AP) — Britain's Conservative Party was accused of lying.")
    found = dateline(doc, load_registry(()).place)
    assert found is not None and found[1].name == "London" and found[1].country == "GBR"
    assert doc[found[2].stop - 1].text == "—"  # the credit is part of the dateline, skipped
    events_found = events.full(doc.text)
    assert [(e.type, e.source, e.target) for e in events_found] == [
        ("ACCUSE", [], ["reg:gbr-conservative-party"])  # "Conservative Party" with "Britain"
    ]


def test_events_plover_a_bodys_vote_is_its_act_and_a_condition_makes_it_conditional(
    events,
) -> None:
    found = events("The U.N. Security Council voted on Friday to lift sanctions on Liberia.")
    assert [(t, s) for t, s, _ in found][:1] == [("RETREAT", "asserted")]
    found = events("Iraq's parliament voted to halt cooperation with UN inspectors unless "
                   "sanctions are lifted.")  # fmt: skip
    assert ("SANCTION", "conditional") in [(t, s) for t, s, _ in found]


def test_events_plover_a_failure_to_act_negates_the_act(events) -> None:
    found = events("The EU criticised Croatia over its failure to arrest war crimes suspects.")
    assert ("COERCE", "negated") in [(t, s) for t, s, _ in found]
    assert ("COERCE", "asserted") not in [(t, s) for t, s, _ in found]


def test_events_plover_wanting_a_party_to_act_asks_it_to(events) -> None:
    found = events.full("Washington wants North Korea to freeze its nuclear programme.")
    assert [(e.type, e.source, e.target) for e in found][:1] == [
        ("REQUEST", ["reg:USA"], ["reg:PRK"])
    ]
    # wanting to act oneself asks nobody
    found = events("Washington wants to improve relations with Cuba.")
    assert "REQUEST" not in [t for t, _, _ in found]


def test_events_plover_military_action_build_ups_and_backed_settlements(events) -> None:
    found = events("Ethiopia said it would take military action if Eritrea attacked.")
    assert ("ASSAULT", "conditional") in [(t, s) for t, s, _ in found]
    found = events("Turkey has built up its forces along the Syrian border.")
    assert [t for t, _, _ in found] == ["MOBILIZE"]
    found = events("Brazil backed a negotiated settlement in Colombia on Monday.")
    assert [t for t, _, _ in found] == ["SUPPORT"]
    found = events("Iraq said it would not allow U-2 surveillance flights over its territory.")
    assert [(t, s) for t, s, _ in found] == [("RETREAT", "negated")]


def test_events_plover_the_last_of_the_troops_are_troops(events) -> None:
    found = events("Syria withdrew the last of its troops from Lebanon on Tuesday.")
    assert [(t, s) for t, _, s in found] == [("RETREAT", ["reg:SYR"])]


def test_events_plover_an_amount_in_goods_names_the_goods(events) -> None:
    found = events("France said it will provide $5 million in military equipment to Ukraine.")
    assert [(t, s) for t, s, _ in found] == [("AID", "planned")]


def test_events_plover_freeing_victims_is_a_rescue(events) -> None:
    found = events("Police in Barcelona freed 10 human trafficking victims during a raid.")
    assert [t for t, _, _ in found] == ["AID"]
    found = events("Kidnappers freed two German hostages in Chechnya on Monday.")
    assert [t for t, _, _ in found] == ["RETREAT"]


def test_events_plover_leaders_the_world_list_lacks_are_known(events) -> None:
    found = events.full("Milosevic rejected the peace plan on Tuesday.")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["reg:slobodan-milosevic"])]
    found = events.full("The Dalai Lama appealed for international help.")
    assert [(e.type, e.source) for e in found] == [("REQUEST", ["reg:dalai-lama"])]


def test_events_plover_winding_up_a_visit_is_the_visit_not_a_wounding(events) -> None:
    found = events.full(
        "Syrian Vice President Abdel-Halim Khaddam wound up a two-day visit to Tehran."
    )
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    assert [t for t, _, _ in events("Gunmen wounded two policemen in Karachi.")] == ["ASSAULT"]


def test_events_plover_a_hosted_conference_is_a_meeting_a_news_conference_is_not(events) -> None:
    found = events("Tehran hosted a conference of Islamic foreign ministers on Monday.")
    assert [t for t, _, _ in found] == ["CONSULT"]
    assert events("The Iranian foreign minister held a news conference in Tehran.") == []


def test_events_plover_a_states_recognition_and_a_defended_policy_are_support(events) -> None:
    found = events.full("The European Parliament recognised the new Croatian state on Wednesday.")
    assert [(e.type, e.target) for e in found] == [("SUPPORT", ["new:HRV:government"])]
    found = events("The Chinese foreign minister defended Beijing's policy in Tibet.")
    assert [t for t, _, _ in found] == ["SUPPORT"]


def test_events_plover_jihadist_groups_are_known_organisations(events) -> None:
    found = events.full("Kurdish fighters clashed with Islamic State near Raqqa.")
    assert any("reg:islamic-state" in e.source + e.target for e in found)
    found = events.full("Al-Qaeda claimed responsibility for the bombing.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:al-qaeda"])]


def test_events_plover_civilians_occupying_a_building_protest(events) -> None:
    found = events("Hundreds of students occupied the university rectorate in Belgrade.")
    assert [t for t, _, _ in found] == ["PROTEST"]
    found = events("Israeli troops occupied the town of Jenin on Monday.")
    assert [t for t, _, _ in found] == ["COERCE"]


def test_events_plover_a_countrys_union_acts_and_coordinated_acts_stand_alone(events) -> None:
    found = events.full("Nigeria's oil workers union threatened a strike over fuel prices.")
    assert [(e.type, e.source) for e in found][:1] == [("THREATEN", ["new:NGA:labour"])]
    found = events("Soldiers set up roadblocks around the town and searched houses for weapons.")
    assert [(t, s) for t, s, _ in found] == [("COERCE", "asserted")]


def test_events_plover_telling_a_party_to_act_is_a_demand_telling_it_news_is_not(events) -> None:
    found = events.full("India told Pakistan to hand over 20 fugitives wanted for terrorism.")
    assert [(e.type, e.source, e.target) for e in found][:1] == [
        ("REQUEST", ["reg:IND"], ["reg:PAK"])
    ]
    found = events("Putin told Bush that Russia opposed the war.")
    assert "REQUEST" not in [t for t, _, _ in found]


def test_events_plover_a_released_loan_is_aid(events) -> None:
    found = events.full("The IMF released a 300 million dollar loan tranche to Ukraine.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:UKR"])]


def test_events_plover_a_name_the_parser_left_before_the_verb_is_its_subject(events) -> None:
    found = events.full("Following the coup, the Commonwealth suspended Fiji's membership.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("SANCTION", ["reg:commonwealth"], ["reg:FJI"])
    ]


def test_events_plover_an_expulsion_from_a_state_is_that_states(events) -> None:
    found = events.full("The expulsion of two Iranian diplomats from Bahrain was announced.")
    assert [(e.type, e.source) for e in found] == [("SANCTION", ["reg:BHR"])]
    # a withdrawal from a place leaves it: the place does not withdraw
    found = events.full("Syria announced the withdrawal of its troops from Lebanon.")
    assert all("reg:LBN" not in e.source for e in found)


def test_events_plover_the_owner_of_withdrawn_forces_withdraws_them(events) -> None:
    found = events.full("Britain protested the withdrawal of its ambassador from Libya.")
    retreat = [e for e in found if e.type == "RETREAT"]
    assert [(e.source, e.target) for e in retreat] == [(["reg:GBR"], ["reg:LBY"])]


def test_events_plover_its_nationals_abroad_are_its_own(events) -> None:
    found = events.full("Russia protested the arrest of its nationals in Georgia.")
    arrest = [e for e in found if e.type == "COERCE"]
    assert arrest and all(k.startswith("new:RUS:") for k in arrest[0].target)


def test_events_plover_using_force_on_people_is_an_assault_using_forces_is_not(events) -> None:
    found = events.full("Israeli police used force against demonstrators in Jerusalem.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:ISR:police"])]
    assert events("The army used its forces to secure the border.") == []
    # an object noun whose own rule fails leaves the verb's CAMEO pattern in play
    found = events("The U.S. military has been training the Syrian opposition forces.")
    assert [t for t, _, _ in found] == ["AID"]


def test_events_plover_forces_leaving_a_country_withdraw_travellers_do_not_visit(events) -> None:
    found = events.full("The last of the 7,000 peacekeepers left Sierra Leone on Tuesday.")
    assert [(e.type, e.target) for e in found] == [("RETREAT", ["reg:SLE"])]
    assert events("Putin left Moscow for Beijing on Monday.") == []
    # refugees arriving somewhere neither visit it nor belong to it
    assert events("Hundreds of refugees arrived in Macedonia on Monday.") == []


def test_events_plover_vowing_to_go_on_fighting_is_a_threat(events) -> None:
    found = events("The Afghan Taliban vowed to continue fighting U.S. forces.")
    assert ("THREATEN", "asserted") in [(t, s) for t, s, _ in found]
    found = events("The government vowed to continue talks with the rebels.")
    assert "THREATEN" not in [t for t, _, _ in found]


def test_events_plover_a_leaders_administration_is_that_country_government(events) -> None:
    found = events.full("The Bush administration imposed new sanctions on Iran on Friday.")
    assert [(e.type, e.source) for e in found] == [("SANCTION", ["new:USA:government"])]
    # curated leaders win over world-list namesakes (a Haitian minister named Clinton)
    found = events.full("The Clinton administration criticised Beijing.")
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["new:USA:government"])]
    found = events.full("The Mugabe government expelled two foreign reporters.")
    assert [e.source for e in found] == [["new:ZWE:government"]]
    # a full name in the possessive; the parser splits "Dae-jung" and lower-cases its end
    found = events.full("Kim Dae-jung's government accused Japan of distorting history.")
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["new:KOR:government"])]
    # a family name no leader bore names no state
    found = events("The Brankovic administration criticised Beijing.")
    assert not any(k.endswith(":government") for _, _, source in found for k in source)


def test_events_plover_phrasal_and_object_readings_of_coercive_verbs(events) -> None:
    # "called up reservists for ...": a mobilisation, not a call for something
    found = events("Russia called up reservists for the first time in a decade.")
    assert [t for t, _, _ in found] == ["MOBILIZE"]
    # expelling a journalist deports a person (CAMEO 174); expelling diplomats is a sanction
    assert [t for t, _, _ in events("Zimbabwe expelled a BBC correspondent.")] == ["COERCE"]
    assert [t for t, _, _ in events("Zimbabwe expelled two British diplomats.")] == ["SANCTION"]
    # dismantling arms is a de-escalation; dismantling a smuggling ring is not
    found = events("Libya agreed to dismantle its chemical weapons programme.")
    assert "RETREAT" in [t for t, _, _ in found] or "AGREE" in [t for t, _, _ in found]
    assert events("Spanish police dismantled a smuggling ring.") == []
    # the parser reads "stand" as a verb here; the dismantling is still a de-escalation
    found = events("North Korea will dismantle the engine test stand at Sohae.")
    assert [t for t, _, _ in found] == ["RETREAT"]


def test_events_plover_shelling_a_named_town_is_an_assault(events) -> None:
    for text in (
        "The Syrian army shelled Aleppo on Monday.",  # the parser reads the town as adverbial
        "The Syrian army shelled Homs.",  # the tagger reads the town as a common noun
    ):
        found = events.full(text)
        assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:SYR:military"])], text
    assert events("The Syrian army shelled its own positions by mistake.") != []
    assert events("The workers shelled peanuts.") == []


def test_events_plover_gerund_subject_with_a_doer_is_the_act(events) -> None:
    # the parser reads the gerund as a verb; its "by" phrase names who shells
    found = events.full("Shelling by Serb forces of the enclave continued overnight.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:SRB:military"])]


def test_events_plover_who_planted_the_bomb_set_it_off(events) -> None:
    found = events.full("A car bomb left by ETA separatists exploded outside a police station.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:eta"])]
    # with no one named, a blast is no event with a doer
    assert events("A bomb exploded in a market in Algiers.") == []


def test_events_plover_defending_an_outcome_and_moving_a_fleet(events) -> None:
    found = events("Former US president Jimmy Carter defended the referendum result as fair.")
    assert [t for t, _, _ in found] == ["SUPPORT"]
    found = events("The Indian navy moved its eastern fleet to the Arabian Sea.")
    assert [t for t, _, _ in found] == ["MOBILIZE"]
    assert events("The company moved its headquarters to Dublin.") == []


def test_events_plover_reported_wrongdoing_is_an_accusation(events) -> None:
    found = events.full("China said Washington was interfering in its internal affairs.")
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", ["reg:CHN"], ["reg:USA"])]
    assert events("The minister said he did not interfere in the case.") == []
    assert events("Officials said the village lies near the border.") == []


def test_events_plover_tours_and_accepted_peacekeepers(events) -> None:
    found = events("The Chinese premier began a four-nation tour of Africa in Egypt.")
    assert [t for t, _, _ in found] == ["CONSULT"]
    assert events("The American soldier began his second tour of duty in Iraq.") == []
    # receiving a peacekeeping deployment is letting others in (CAMEO 0861), not a deal
    found = events("Indonesia accepted the deployment of a peacekeeping force in East Timor.")
    assert ("RETREAT", "asserted", ["reg:IDN"]) in found


def test_events_plover_news_outside_politics_makes_no_false_event(events) -> None:
    # my own sentences modelled on sport, shop and court pages of general news sites
    for text in (
        "Amazon is offering discounts on the Surface Laptop this week.",
        "The banker is battling extradition to Spain.",
        "The Spaniards rallied to beat Croatia 3-6, 6-3, 7-6 in the doubles match.",
        "Investigators asked whether the founder engaged in self-dealing.",
        "Walmart is selling and offering the Acme Door Sensor for $30.",
        "Medtronic received FDA clearance for its new pump.",
    ):
        assert events(text) == [], text
    # the same verbs with parties in political news still code
    assert [t for t, _, _ in events("Kenya offered Somalia a loan.")] == ["AGREE"]
    found = events("The Saudi king received the Jordanian prime minister in Riyadh.")
    assert [t for t, _, _ in found] == ["CONSULT"]
    found = events("Government troops battled rebels in the north.")
    assert [t for t, _, _ in found] == ["ASSAULT"]
    found = events("Thousands of students rallied in Manila against the president.")
    assert [t for t, _, _ in found] == ["PROTEST"]


def test_events_plover_court_pages_and_idioms_make_no_false_event(events) -> None:
    # my own sentences in the style of court, science and royal-news pages
    # pleading guilty is no request (the threat it admits is a fact of its own)
    found = events("A Texas man pleaded guilty to threatening a senator.")
    assert [t for t, _, _ in found] == ["THREATEN"]
    for text in (
        "Detectives executed a search warrant at a farmhouse.",
        "He assures himself that all is well.",
        "She declined to state when the rocket would fly.",
        "The biologist cautioned that the cells might cause illness.",
        "Police showed footage of the rescue of a missing boy.",
    ):
        assert events(text) == [], text
    assert "REQUEST" in [t for t, _, _ in events("Relatives pleaded with the navy to go on.")]
    assert [t for t, _, _ in events("Iran executed two drug smugglers on Monday.")] == ["ASSAULT"]
    found = events("Police cautioned that they would arrest anyone breaking the curfew.")
    assert "THREATEN" in [t for t, _, _ in found]
    found = events("American forces launched a rescue mission in Syria.")
    assert [t for t, _, _ in found] == ["AID"]


def test_events_plover_shop_and_sport_words_and_offered_talks(events) -> None:
    for text in (
        "Several Black Friday deals on laptops started early.",
        "Investors await a tender offer by the Japanese group.",
        "Sixty new titles came with Apple's offering.",
        "As a student she amassed a large parking fine.",
        "In the third period the player received a fighting major.",
    ):
        assert events(text) == [], text
    assert [t for t, _, _ in events("Russia amassed troops on the border.")] == ["MOBILIZE"]
    # talks offered or proposed are not held
    found = events("Iran rejected an offer of talks from the United States.")
    assert ("CONSULT", "hypothetical", ["reg:USA"]) in found
    assert all(s != "asserted" for t, s, _ in found if t == "CONSULT")


def test_events_plover_things_that_should_or_promise_are_no_parties(events) -> None:
    # an obligation reported of a party's thing is no demand on the party
    assert events("Russia said Moscow's new satellite should be ready by May.") == []
    assert [t for t, _, _ in events("Russia said Sudan must return the helicopter.")][:1] == [
        "REQUEST"
    ]
    assert events("The carmaker is promising space for seven in its new van.") == []
    assert events("Delhi has been fighting dirty air for years.") == []
    found = events("The president promised aid to the flood victims.")
    assert [t for t, _, _ in found] == ["AGREE"]


def test_events_plover_marching_into_a_city_is_a_protest(events) -> None:
    found = events("Zapatista rebels marched into Mexico City to demand Indian rights.")
    assert "PROTEST" in [t for t, _, _ in found]


def test_events_plover_dictionary_patterns_code_political_doers_only(events) -> None:
    # "offer" + "car" and "sign" + "contract" are CAMEO verb patterns; a carmaker or a hockey
    # player known only by name is no actor event data code
    assert events("Volvo will offer the car in nine colours from May.") == []
    assert events("Maroon signed a two-year contract with the Blues.") == []
    # the same patterns with a state as the doer still code
    found = events("Venezuela signed a contract with Russia for fighter jets.")
    assert found and found[0][2] == ["reg:VEN"]


def test_events_plover_strike_by_workers_or_by_forces(events) -> None:
    assert [t for t, _, _ in events("Dockers struck for a third day in Rotterdam.")] == ["PROTEST"]
    # any group of people may stop work, not only those a list of workers names
    found = events("Journalists at the state broadcaster struck for better pay.")
    assert [t for t, _, _ in found] == ["PROTEST"]
    found = events("Rebels struck again on Monday near the border.")
    assert [t for t, _, _ in found] == ["ASSAULT"]
    found = events.full("Clinton warned that NATO would strike if Belgrade refused.")
    assert "PROTEST" not in [e.type for e in found]


def test_events_plover_second_verb_of_a_dateline_sentence_and_ready_to_strike(events) -> None:
    # the parser reads the dateline as a first subject of both coordinated verbs
    found = events.full(
        "MOSCOW (Reuters) - Russia accused NATO of planning an attack and warned that it "
        "would respond."
    )
    threats = [e for e in found if e.type == "THREATEN"]
    assert [e.source for e in threats] == [["reg:RUS"]]
    # "ready to strike": the infinitive's subject is the one the adjective is said of
    found = events("Solana said NATO planes were ready to strike.")
    assert "THREATEN" in [t for t, _, _ in found] and "AGREE" not in [t for t, _, _ in found]


def test_events_plover_pronoun_of_a_nearer_thing_is_no_actor(events) -> None:
    # "they" stands for the enzymes, not for the researchers further up
    text = "Researchers found that the enzymes are vital because they can talk with the liver."
    assert events(text) == []
    found = events("Thousands of villagers said they would march on the capital.")
    assert [(t, st) for t, st, _ in found] == [("PROTEST", "planned")]


def test_events_plover_hypothetical_act_with_no_doer_is_dropped(events) -> None:
    # the threatener is unnamed ("the gang" refers back): the threatened killing is no event
    assert events("The gang threatened to kill the hostages.") == []
    found = events("Three soldiers were killed by a roadside bomb.")
    assert [(t, st) for t, st, _ in found] == [("ASSAULT", "asserted")]  # an act: kept
    # a negated act with no doer named is no event either
    assert events("Farmers should not be forced to sell their land.") == []


def test_events_plover_defeat_seen_by_voters_is_an_election(events) -> None:
    text = "Analysts said voters could see Senator Mary Walsh defeating Governor Tom Hale."
    assert events(text) == []
    found = events("Government troops defeated the rebels near the border.")
    assert [(t, st) for t, st, _ in found] == [("ASSAULT", "asserted")]


def test_events_plover_contact_with_the_press_is_no_consultation(events) -> None:
    assert events("President Moon met Japanese journalists in Seoul.") == []
    text = "The ministry is studying the request, an official said when contacted by Reuters."
    assert [t for t, _, _ in events(text)] == []
    found = events("President Moon met Japanese diplomats in Seoul.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_events_plover_stalled_aid_is_not_given(events) -> None:
    found = events("Military aid from the United States to Ukraine was stalled in July.")
    assert [(t, st) for t, st, _ in found] == [("AID", "negated")]


def test_events_plover_providing_someone_with_information_is_no_aid(events) -> None:
    assert events("The embassy did not provide Reuters with further details.") == []
    assert events("Norway provided the Kurds with information on the talks.") == []
    found = events("Norway provided the Kurds with tents and blankets.")
    assert [t for t, _, _ in found] == ["AID"]


def test_events_plover_doer_named_but_unknown_is_not_unnamed(events) -> None:
    # the subject names a doer the actor stage does not know: no event with an empty source
    assert events("They attacked Senator Mary Walsh and her family for months.") == []
    found = events("A roadside bomb killed three soldiers near Kandahar.")
    assert [(t, st) for t, st, _ in found] == [("ASSAULT", "asserted")]  # an instrument


def test_events_plover_object_of_a_relative_clause_is_read_for_exclusions(events) -> None:
    # what was promised is the noun the clause modifies: a product's quality is no pledge
    assert events("The console lacks the picture quality Sony promised last year.") == []
    found = events("The aid Japan promised to Bangladesh has not arrived.")
    assert [t for t, _, _ in found] == ["AGREE"]


def test_events_plover_possessor_deep_in_an_object_is_no_party(events) -> None:
    assert events("Senator Mary Walsh spoke with pride of her late brother.") == []
    found = events("Senator Mary Walsh spoke with Governor Tom Hale about the budget.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_events_plover_needs_a_party_event_data_would_code(events) -> None:
    # companies and people alone, with no state or political body in the sentence: no event
    assert events("Acme Corp agreed a deal with Globex to share its warehouses.") == []
    assert events("Dale Ford visited his editor Teresa Hayden at her office.") == []
    # the same person with a state in the sentence, and a protest or an attack by anyone
    found = events("Dale Ford rejected the plan of the Serbian government.")
    assert [t for t, _, _ in found] == ["REJECT"]
    assert [t for t, _, _ in events("Angry shoppers marched on the Acme Corp offices.")] == [
        "PROTEST"
    ]
    found = events("Dale Ford was convicted of fraud.")
    assert [(t, st) for t, st, _ in found] == [("SANCTION", "asserted")]


def test_events_plover_attacking_a_policy_is_criticism(events) -> None:
    found = events("Iran attacked the American policy on Iraq.")
    assert [(t, st) for t, st, _ in found] == [("ACCUSE", "asserted")]
    found = events("Ethiopian troops attacked Eritrean positions along the border.")
    assert [t for t, _, _ in found] == ["ASSAULT"]


def test_events_plover_people_named_inside_a_thing_are_no_parties(events) -> None:
    # the transcript is released, not the Ukrainian president
    text = "Trump released the transcript of his call with Ukrainian President Zelensky."
    assert "RETREAT" not in [t for t, _, _ in events(text)]
    found = events("The rebels released two of the Ukrainian hostages.")
    assert [t for t, _, _ in found] == ["RETREAT"]


def test_events_plover_named_only_parties_count_in_a_sentence_naming_a_country(events) -> None:
    text = "Ahmed Kaddouri promised to hand over the two suspects for trial in the Netherlands."
    assert "AGREE" in [t for t, _, _ in events(text)]
    text = "Ahmed Kaddouri promised to hand over the two suspects for trial in the city."
    assert events(text) == []  # no country, no state or political body named


def test_events_plover_provided_with_a_measure_of_aid(events) -> None:
    found = events("China provided North Korea with 500,000 tonnes of food aid.")
    assert [t for t, _, _ in found] == ["AID"]


def test_events_plover_past_ability_is_done_and_a_heart_attack_no_assault(events) -> None:
    found = events("Police were able to arrest two smugglers in Lagos on Sunday.")
    assert [(t, st) for t, st, _ in found] == [("COERCE", "asserted")]
    found = events("Police will be able to arrest the smugglers in Lagos.")
    assert [(t, st) for t, st, _ in found] == [("COERCE", "hypothetical")]
    found = events("Police were not able to arrest the smugglers in Lagos.")
    assert [(t, st) for t, st, _ in found] == [("COERCE", "negated")]
    found = events("The Iranian minister was unable to attend the talks in Vienna.")
    assert [st for _, st, _ in found] == ["negated"]
    assert events("The Kenyan president had a mild heart attack on Friday.") == []


def test_events_plover_cutting_output_is_no_sanction(events) -> None:
    assert events("Russia cut its oil output by two percent in March.") == []
    found = events("Russia cut gas supplies to Ukraine on Monday.")
    assert [t for t, _, _ in found] == ["SANCTION"]


def test_events_plover_a_dropped_inquiry_is_none_and_wariness_no_offer(events) -> None:
    found = events("Norway has dropped its inquiry into a bribery allegation against the minister.")
    assert [(t, st) for t, st, _ in found] == [("ACCUSE", "negated")]
    found = events("Beijing has been wary of offering concessions to Washington.")
    assert [(t, st) for t, st, _ in found] == [("AGREE", "hypothetical")]


GAME_REPORT = """The Wolves beat the Hawks 3-1 on Saturday to climb to second in the standings.

Portugal beat Spain on Tuesday.

Later the captain hit a defender with an elbow and the referee showed him a red card.

The coach said the team would focus on the next match of the season."""


def test_events_plover_blows_and_results_in_a_report_of_games_are_play(events) -> None:
    assert events(GAME_REPORT) == []
    # the same sentences outside a report of games: a blow and a beating are kept
    found = events("Portugal beat Spain on Tuesday.\n\nThe captain hit a defender with an elbow.")
    assert [t for t, _, _ in found] == ["ASSAULT", "ASSAULT"]
    # and violence in a report that mentions a stadium once is still violence
    text = "Rebels attacked an army post near Goma on Tuesday.\n\nFans gathered at the stadium."
    assert [t for t, _, _ in events(text)] == ["ASSAULT"]


def test_events_plover_a_thing_is_no_doer_but_a_weapon_or_a_happening_is(events) -> None:
    assert events("Tariffs on consumer goods hit customers directly, analysts said.") == []
    assert events("An earthquake killed 200 people in eastern Turkey.") == []
    for text in (
        "A roadside device killed two Afghan policemen on Sunday.",
        "Clashes killed ten people in the north of Yemen.",
        "Authorities say a stabbing that killed a passenger on a train was unprovoked.",
    ):
        assert [t for t, _, _ in events(text)] == ["ASSAULT"], text


def test_events_plover_kicking_in_or_off_is_no_blow(events) -> None:
    assert events("Medicare will kick in when he turns 65.") == []
    found = events("The police kicked the protesters as they lay on the ground in Harare.")
    assert [t for t, _, _ in found] == ["ASSAULT"]


def test_events_plover_research_and_words_of_a_name_are_no_inquiry(events) -> None:
    text = "The agency said its researchers examined how hibernation would affect the crew."
    assert events(text) == []
    assert events("For years, scientists have suspected that there is water on Europa.") == []
    text = "This includes NASA's Lunar Investigating Polar Rover mission, which NASA plans to fly."
    assert events(text) == []
    found = events("Police in Manila are investigating the deaths of three journalists.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
    found = events("Scientists accused the Brazilian government of hiding data on deforestation.")
    assert [t for t, _, _ in found] == ["ACCUSE"]


def test_events_plover_a_thing_a_country_owns_does_not_act(events) -> None:
    assert events("The yen was supported by strong Japanese data, a trader said.") == []
    found = events("The Kenyan government was supported by Japanese donors, officials said.")
    assert [t for t, _, _ in found] == ["SUPPORT"]


def test_events_plover_parts_and_numbers_of_people_are_no_things() -> None:
    from storyline.actors.agents import party_nouns

    assert {"wing", "side", "service", "thousand", "delegation", "letter"} <= party_nouns()
    assert not {"datum", "data", "tariff", "earthquake"} & party_nouns()


def test_events_plover_a_group_of_a_known_kind_acts(events) -> None:
    found = events("Human rights groups accused the Egyptian police of torturing detainees.")
    assert ("ACCUSE", True) in [(t, bool(src)) for t, _, src in found]


def test_events_plover_an_office_speaks_for_the_person_it_serves(events) -> None:
    found = events("Netanyahu's office accused Iran of arming Hezbollah.")
    assert found == [("ACCUSE", "asserted", ["reg:benjamin-netanyahu"])]
    # an aide is someone of his own, not the man he works for
    found = events("Netanyahu's aide met Iranian diplomats in Oman.")
    assert "reg:benjamin-netanyahu" not in [k for _, _, src in found for k in src]


def test_events_plover_a_national_prosecution_coalition_or_drone_acts(events) -> None:
    found = events("The Egyptian prosecution charged the activists with inciting riots.")
    assert found == [("ACCUSE", "asserted", ["new:EGY:judiciary"])]
    found = events("An Iranian drone attacked a Saudi oil facility on Saturday.")
    assert found == [("ASSAULT", "asserted", ["new:IRN:military"])]


def test_events_plover_fire_from_armed_doers_is_gunfire_from_others_criticism(events) -> None:
    found = events("Afghan soldiers came under fire from Taliban fighters.")
    assert [(t, st) for t, st, _ in found] == [("ASSAULT", "asserted")]
    found = events("Israeli troops came under fire from Palestinian gunmen in Hebron.")
    assert [t for t, _, _ in found] == ["ASSAULT"]  # and no visit to Hebron
    found = events("The minister came under fire from opposition lawmakers.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
    # a state named as such is no gunman
    text = "Saudi Arabia came under fire from the United States over the killing."
    assert [t for t, _, _ in events(text)] == ["ACCUSE"]
    assert events("The Kenyan minister came under fire over the scandal.") == []


def test_events_plover_turning_back_people_is_coercion(events) -> None:
    found = events("Moroccan border guards turned back hundreds of migrants at the fence.")
    assert [(t, st) for t, st, _ in found] == [("COERCE", "asserted")]
    assert events("The minister turned back to the question of reform.") == []


def test_events_plover_writing_off_debts_is_aid_and_sealing_off_a_capital_coercion(events) -> None:
    found = events("China wrote off the debts of 31 African countries.")
    assert [(t, src) for t, _, src in found] == [("AID", ["reg:CHN"])]
    assert events("The company wrote off the loss in its accounts.") == []
    found = events("Russian troops sealed off the Chechen capital on Friday.")
    assert [t for t, _, _ in found] == ["COERCE"]


def test_events_plover_warring_factions_and_mobs_act(events) -> None:
    found = events("The warring factions in Liberia agreed to a ceasefire starting on Friday.")
    assert [(t, bool(src)) for t, _, src in found] == [("AGREE", True)]
    found = events("Mobs of youths set fire to shops owned by ethnic Chinese in Jakarta.")
    assert [bool(src) for _, _, src in found] == [True]


def test_events_plover_being_due_somewhere_for_talks_plans_them(events) -> None:
    found = events("The Bosnian president is due in Washington next week for talks with Clinton.")
    assert [(t, st) for t, st, _ in found] == [("CONSULT", "planned")]
    found = events("The Iranian foreign minister was in Moscow on Monday for talks with Lavrov.")
    assert [(t, st) for t, st, _ in found] == [("CONSULT", "asserted")]


def test_events_plover_names_alone_need_the_state_or_a_political_body_nearby(events) -> None:
    # workers are a party of their own acts, but they make no business deal political
    assert events("WeWork reached an agreement with JLL to take on 1,000 cleaning workers.") == []
    found = events("Haniyeh refused to respond to a demand from the US President.")
    assert [t for t, _, _ in found] == ["REJECT"]


def test_events_plover_a_shelved_inquiry_reopened_goes_on(events) -> None:
    for text in (
        "The Dutch inquiry had been shelved in 2016 but was reopened this year.",
        "The Dutch inquiry had been shelved in 2016 but was re-opened earlier this year.",
    ):
        assert [(t, st) for t, st, _ in events(text)] == [("ACCUSE", "asserted")], text
    found = events("The Dutch inquiry was shelved in 2016.")
    assert [(t, st) for t, st, _ in found] == [("ACCUSE", "negated")]


def test_events_plover_a_trip_to_a_hospital_is_no_visit_to_a_party(events) -> None:
    text = "President Trump made an unscheduled trip to Walter Reed hospital on Saturday."
    assert events(text) == []
    assert events("The Kenyan president visited the Kenyatta National Hospital on Monday.") == []
    found = events("The Kenyan president visited Uganda on Monday.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_events_plover_a_person_under_attack_from_no_armed_doer_is_criticised(events) -> None:
    assert events("Senator Jane Moraa was under near-constant attack last month.") == []
    found = events("The Afghan governor came under attack from Taliban gunmen near Kabul.")
    assert [t for t, _, _ in found] == ["ASSAULT"]
    found = events("The UN convoy came under attack near Goma.")
    assert [t for t, _, _ in found] == ["ASSAULT"]


def test_events_plover_a_warning_of_harm_is_no_threat(events) -> None:
    assert events("The UN warned that millions of Yemenis could starve.") == []
    assert events("Aid agencies warned of a famine in Somalia.") == []
    found = events("Iran warned that it would close the Strait of Hormuz if attacked.")
    # the threat, and the closure threatened (not done)
    assert [(t, s) for t, s, _ in found] == [("THREATEN", "asserted"), ("COERCE", "hypothetical")]
    found = events("The United States warned Iraq of serious consequences.")
    assert [t for t, _, _ in found] == ["THREATEN"]


def test_events_plover_showing_a_product_is_no_demonstration(events) -> None:
    assert events.full("The carmaker demonstrated its new electric van in Geneva.") == []
    assert events.full("The startup demonstrated that its chip can beat rivals.") == []
    found = events.full("Students demonstrated in Jakarta against the fuel price rise.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "demo")]


def test_events_plover_winning_a_contract_is_no_assault(events) -> None:
    text = "Lockheed Martin defeated Boeing for a $9 billion contract to build fighter jets."
    assert [e.type for e in events.full(text)] == []
    text = "Lockheed Martin beat Boeing to win the helicopter order from Brazil."
    assert "ASSAULT" not in [e.type for e in events.full(text)]
    found = events.full("Government troops defeated the rebels near the border with Chad.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_firm_closing_its_plants_coerces_no_one(events) -> None:
    assert events.full("Ford said it would shut down three of its plants in Ohio.") == []
    found = events.full("Belarus shut down an independent newspaper on Thursday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "censor")]


def test_events_plover_meeting_with_demands_is_no_meeting(events) -> None:
    found = events.full("Rosneft met with tax demands from Moscow.")
    assert "CONSULT" not in [e.type for e in found]
    found = events.full("The president met with opposition leaders in Lagos.")
    assert [e.type for e in found] == ["CONSULT"]


def test_events_plover_the_owner_of_a_thing_does_not_do_what_it_does(events) -> None:
    text = "The Boeing 737 airliner crashed into the sea off Java, killing 62 people on board."
    assert [e.type for e in events.full(text)] == []
    assert events.full("The Exxon management welcomed the ruling by the court.") == []


def test_events_plover_a_states_weapon_is_fired_by_that_state(events) -> None:
    found = events.full("An Israeli missile killed two militants in Gaza on Monday.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:ISR"])]
    found = events.full("A Russian missile struck a hospital in Kharkiv.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:RUS"])]
    # a machine of armed forces stays the forces' group, and goods are no weapons
    found = events.full("Israeli helicopters fired rockets at a car in Gaza.")
    assert [e.source for e in found] == [["new:ISR:military"]]
    assert events.full("Chinese steel hit American producers hard.") == []


def test_events_plover_a_machine_visits_no_one(events) -> None:
    assert events.full("The new airliner can fly from Sydney to Tokyo without a stop.") == []
    assert events.full("Qantas will receive its first four aircraft in March.") == []
    found = events.full("The Chinese premier flew to Tokyo on Monday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    found = events.full("The president received the Chinese delegation in Seoul.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]


def test_events_plover_killing_a_plan_hurts_no_one(events) -> None:
    assert events.full("The merger was killed by the Justice Department.") == []
    assert events.full("Senate Republicans killed the immigration bill.") == []
    found = events.full("Gunmen killed three policemen in Karachi.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_hard_hit_firm_was_not_attacked(events) -> None:
    assert events.full("Toyota was hardest hit among the Japanese carmakers.") == []
    found = events.full("Israeli aircraft hit Hamas positions in Gaza.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_blaming_a_slump_on_fears_accuses_no_one(events) -> None:
    assert events.full("Traders blamed the sell-off on fears of a recession.") == []
    found = events.full("India blamed the bombing on Pakistani militants.")
    assert "ACCUSE" in [e.type for e in found]


def test_events_plover_a_warning_of_harm_to_oneself_is_no_threat(events) -> None:
    text = "The airline warned that it could run out of cash by June unless Qatar helped."
    assert "THREATEN" not in [e.type for e in events.full(text)]
    found = events.full("Iran warned that it would close the Strait of Hormuz.")
    assert [(e.type, e.status) for e in found] == [
        ("THREATEN", "asserted"),
        ("COERCE", "hypothetical"),
    ]


def test_events_plover_a_blaze_is_no_attack(events) -> None:
    assert events.full("A fire on Sunday destroyed the old Hamilton Mill warehouse.") == []
    found = events.full("Sniper fire killed two soldiers in Sarajevo.")
    assert [e.type for e in found] == ["ASSAULT"]
    # a rule a state lays down speaks for the state
    text = "A new Russian law says foreign-funded charities must register as foreign agents."
    assert [(e.type, e.source) for e in events.full(text)] == [("REQUEST", ["reg:RUS"])]


def test_events_plover_software_and_boxing_are_no_conflict(events) -> None:
    text = "The company urged all customers to deploy the security update at once."
    assert "MOBILIZE" not in [e.type for e in events.full(text)]
    assert events.full("Hackers hijacked thousands of web sites in Brazil.") == []
    found = events.full("Gunmen hijacked a bus carrying pilgrims near Quetta.")
    assert [e.type for e in found] == ["ASSAULT"]
    text = (
        "The heavyweight champion knocked out his challenger in the ninth round. "
        "The boxer had won his last bout by knockout. "
        "He fought the former champion again in Berlin."
    )
    assert [e.type for e in events.full(text)] == []


def test_events_plover_calling_something_a_thing_is_no_call(events) -> None:
    found = events.full("Merkel called the new treaty vital for the future of Europe.")
    assert "REQUEST" not in [e.type for e in found]
    found = events.full("The opposition called a general strike for Monday.")
    assert [e.type for e in found] == ["PROTEST"]
    found = events.full("The United Nations called for an immediate ceasefire.")
    assert [e.type for e in found] == ["REQUEST"]


def test_events_plover_leaving_a_building_and_tipping_a_reporter_are_no_aid(events) -> None:
    assert events.full("Office workers in Doha evacuated several towers in the city.") == []
    assert events.full("The official began supplying information to the reporter.") == []
    found = events.full("UN helicopters evacuated the wounded from the besieged town.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Iran supplied weapons to Hezbollah.")
    assert [e.type for e in found] == ["AID"]


def test_events_plover_the_gunman_is_the_doer_unless_a_name_stands_beside(events) -> None:
    # my own sentences: a definite noun for a person names someone of that kind
    found = events.full("The gunman shot two police officers outside the station.")
    assert [(e.type, e.summary) for e in found] == [("ASSAULT", "gunman attacked officers")]
    # ... but a noun beside a name is that person, not a second actor
    found = events.full("Later he shot the night guard, Tom Harlow, in the leg.")
    assert all("new:-:guard" not in e.target for e in found)


def test_events_plover_a_strike_has_no_object_and_a_van_attacks_no_one(events) -> None:
    # my own sentences
    found = events.full("Both deputies fired at the driver, striking him twice.")
    assert "PROTEST" not in [e.type for e in found]
    assert events.full("The cyclist was struck by a delivery van in Leeds.") == []
    assert events.full("A lorry hit the cyclist on the bridge.") == []
    found = events.full("Port workers in Antwerp struck for a second day.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]


def test_events_plover_fighting_a_rule_is_no_conflict(events) -> None:
    # my own sentences
    assert events.full("The senator will fight the new emission rules in court.") == []
    assert events.full("Mayor Lopez fought the proposed merger of the two districts.") == []
    found = events.full("Government troops fought rebels near the northern border.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_lower_case_word_is_no_destination(events) -> None:
    # my own sentence: "us" is no United States
    found = events.full("The delegates said they would come to us in May.")
    assert all(e.location is None or e.location.country != "USA" for e in found)


def test_events_plover_shooting_to_fame_and_a_boxing_team_are_no_violence(events) -> None:
    # my own sentences
    assert events.full("The singer, who shot to fame in 2004, cancelled her tour.") == []
    assert events.full("The deputy fought on the county's boxing team for years.") == []
    found = events.full("Police shot the gunman outside the bank.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_what_a_report_says_and_a_sports_injury_are_no_attack(events) -> None:
    # my own sentences: the subject of a "that" clause is no object of the reporting verb
    assert events.full("The ministry reported that an attack was unlikely.") == []
    assert events.full("The striker injured his left ankle in training.") == []
    assert events.full("Crews attacked the blaze from two ladders.") == []
    found = events.full("A roadside bomb injured four soldiers near Kandahar.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_passive_clause_of_its_own_has_no_inherited_doer(events) -> None:
    # my own sentence: "no one was injured" is not an act of the one who says so
    text = "The mayor said the fire spread quickly but no one was injured."
    assert all(e.source == [] for e in events.full(text) if e.type == "ASSAULT")


def test_events_plover_setting_off_leaving_the_limelight_and_shredding_are_no_acts(events) -> None:
    # my own sentences
    assert events.full("Eager to start, the deputy struck out on his own.") == []
    assert events.full("The actress retreated from the spotlight after 1980.") == []
    assert events.full("The aide admitted destroying documents and tapes.") == []
    found = events.full("Rebels destroyed three bridges near the capital.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_court_finding_someone_guilty_convicts(events) -> None:
    # my own sentences: "found X guilty" is a verdict; a "by" agent the parser hangs on the
    # charge still names the court
    found = events.full("A Paris court found the former mayor guilty of fraud on Friday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "convict")]
    assert found[0].source != []
    assert events.full("Inspectors found the depot empty.") == []
    # a bare participle names the one found guilty, not the court
    text = "Jones, the first banker found guilty of the fraud, died on Friday."
    assert all(e.source == [] for e in events.full(text) if e.type == "SANCTION")
    found = events.full("Three aid workers were convicted of spying by a Cairo military court.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "convict")]
    assert any("EGY" in key for key in found[0].source)


def test_events_plover_forces_massing_and_taking_up_positions_mobilise(events) -> None:
    # my own sentences
    found = events.full("Syrian troops massed along the border on Sunday.")
    assert [e.type for e in found] == ["MOBILIZE"]
    assert all(e.type != "MOBILIZE" for e in events.full("Protesters massed outside the embassy."))
    found = events.full("Hezbollah fighters took up positions around the airport.")
    assert [e.type for e in found] == ["MOBILIZE"]
    assert events.full("The new manager took up his position in May.") == []
    found = events.full("Iraq positioned missile batteries near the border.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "weapons")]


def test_events_plover_quitting_an_organisation_reduces_relations(events) -> None:
    # my own sentence
    found = events.full("Libya quit the Arab League on Monday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "withdraw")]


def test_events_plover_a_hardship_glued_to_a_participle_is_no_act(events) -> None:
    # my own sentences: "quake-hit" describes a place
    found = events.full("Cuba sent doctors to quake-hit Peru on Saturday.")
    assert all(e.type not in ("ASSAULT", "THREATEN") for e in found)
    found = events.full("Guerrillas hit Israeli troops near the border.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_flying_into_a_capital_visits_and_days_to_leave_are_no_aid(events) -> None:
    # my own sentences
    found = events.full("Egyptian Foreign Minister Amr Moussa flew into Amman on Monday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    # an ultimatum to leave is an expulsion (CAMEO 166), not aid
    found = events.full("The junta gave the aid agencies three days to leave.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")]
    found = events.full("Japan gave Indonesia 500 million dollars on Monday.")
    assert [e.type for e in found] == ["AID"]


def test_events_plover_an_armys_bulldozers_act_for_it(events) -> None:
    # my own sentences: a machine armed forces act with, as "Israeli planes struck"
    found = events.full("Israeli army bulldozers demolished twelve houses on Sunday.")
    assert [e.type for e in found] == ["ASSAULT"] and found[0].source != []
    assert events.full("Bulldozers demolished the old market on Sunday.") == []


def test_events_plover_admitting_inspectors_allows_access(events) -> None:
    # my own sentences
    found = events.full("Iraq admitted UN inspectors to the palace on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "access")]
    assert events.full("The hospital admitted three journalists with burns.") == []


def test_events_plover_terms_of_a_done_deal_are_no_condition(events) -> None:
    # my own sentences: "in exchange for" on a past act states its price
    found = events.full("Syria released six Turkish pilots in exchange for two Syrian officers.")
    assert [(e.type, e.status) for e in found] == [("RETREAT", "asserted")]
    found = events.full("Syria would release six Turkish pilots in exchange for two officers.")
    assert [(e.type, e.status) for e in found] == [("RETREAT", "conditional")]


def test_events_plover_joint_activities_and_restored_links_are_cooperation(events) -> None:
    # my own sentences
    found = events.full("Peru held a joint mine clearance operation with Ecuador on Monday.")
    assert [e.type for e in found] == ["COOPERATE"]
    found = events.full("Ferry services between Greece and Turkey resumed on Monday.")
    assert [e.type for e in found] == ["COOPERATE"] and len(found[0].source) == 2
    found = events.full("Kenya and Uganda reopened cross-border trade on Friday.")
    assert [e.type for e in found] == ["COOPERATE"]
    found = events.full("Laos began swapping electricity with Thailand on Monday.")
    assert [e.type for e in found] == ["COOPERATE"]
    assert events.full("The band resumed its world tour on Monday.") == []


def test_events_plover_seats_of_government_stand_for_their_state(events) -> None:
    # my own sentences: "Bonn" for West Germany, as "Moscow" for Russia
    found = events.full("Bonn condemned the verdict on Monday.")
    assert [e.type for e in found] == ["ACCUSE"] and found[0].source == ["reg:DEU"]
    found = events.full("Refugees rioted in Bonn on Monday.")
    assert all("reg:DEU" not in e.source for e in found)


def test_events_plover_ending_a_restriction_is_a_concession(events) -> None:
    # my own sentences
    found = events.full("The army ended the curfew in Dhaka on Sunday.")
    assert [e.type for e in found] == ["CONCEDE"]
    found = events.full("The army imposed a curfew in Dhaka on Sunday.")
    assert [e.type for e in found] == ["COERCE"]


def test_events_plover_leaving_a_body_or_the_games(events) -> None:
    # my own sentences
    found = events.full("Zimbabwe withdrew from the Commonwealth on Sunday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "withdraw")]
    found = events.full("Iran pulled out of the Asian Games on Friday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "boycott")]
    found = events.full("Israel withdrew from the Sinai in 1982.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "withdraw")]


def test_events_plover_phone_calls_debt_relief_and_arms_deliveries(events) -> None:
    # my own sentences
    found = events.full("Mubarak and Assad spoke by telephone on Friday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    found = events.full("France cancelled 200 million francs of debt owed by Mali.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Moscow shipped tanks to Ethiopia in June.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("The minister declined to give a figure for the loan.")
    assert found == []


def test_events_plover_people_massing_demonstrate_and_officials_gathering_confer(events) -> None:
    # my own sentences; the first is parsed as a noun with a participle
    found = events.full("Thousands of workers massed in Gdansk on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "demo")]
    found = events.full("Foreign ministers of the Arab League gathered in Tunis on Monday.")
    assert [e.type for e in found] == ["CONSULT"]


def test_events_plover_house_arrest_release_and_the_first_to_ratify(events) -> None:
    # my own sentences
    found = events.full("The junta placed Ko Ko Gyi under house arrest in May.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]
    assert found[0].target != [] and found[0].source != []
    found = events.full("Two Italian engineers were set free by the rebels on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]
    found = events.full("Norway became the first country to ratify the treaty.")
    assert [(e.type, e.status) for e in found] == [("SUPPORT", "asserted")]


def test_events_plover_armed_doers_in_a_march_stay_assailants(events) -> None:
    # my own sentences: "in March 1988" is a date, "in the march" a scene
    found = events.full("Iraqi jets bombed the village of Sargat in March 1988.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events.full("Police fired on students in the march on Sunday.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events.full("Protesters hurled stones at police in the march on Sunday.")
    assert [e.type for e in found] == ["PROTEST"]


def test_events_plover_concessions_aid_and_resignations_of_the_third_set(events) -> None:
    # my own sentences
    found = events.full("The governor revoked an order closing the opposition newspapers.")
    assert [e.type for e in found] == ["CONCEDE"]
    found = events.full("Norway handed Mozambique a grant of 40 million crowns.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("The Red Cross began distributing maize to villagers in Kenya.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Peru's interior minister quit on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "resign")]
    found = events.full("The rebels have observed a truce with Khartoum since May.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "ceasefire")]


def test_events_plover_hosts_observers_links_and_combined_manoeuvres(events) -> None:
    # my own sentences
    found = events.full("Senegal played host to the president of Gambia on Monday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    found = events.full("The European Union pulled its monitors out of Togo on Friday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "withdraw")]
    found = events.full("Chad suspended air links with Sudan on Sunday.")
    assert [e.type for e in found] == ["SANCTION"]
    found = events.full("Indian troops began combined manoeuvres with Russian forces.")
    assert [e.type for e in found] == ["COOPERATE"]
    found = events.full("Chile and Peru restarted joint border checks on Monday.")
    assert [e.type for e in found] == ["COOPERATE"]


def test_events_plover_a_main_verb_hung_on_the_root_noun_is_still_the_verb(events) -> None:
    # my own sentences; the small parser makes the subject the root and hangs the verb on it
    found = events.full(
        "The Colombian government, which has fought the rebels for years, promised on "
        "Monday to free 30 prisoners."
    )
    assert "AGREE" in [e.type for e in found]
    found = events.full(
        "Nelson Mandela, freed from prison last year, on Sunday called on the government to "
        "open talks."
    )
    assert [e.type for e in found] == ["REQUEST"] and found[0].status == "asserted"
    found = events.full("More than 900 RUF fighters handed in their rifles at camps in Kenema.")
    assert [(e.type, e.mode, e.status) for e in found] == [("RETREAT", "disarm", "asserted")]
    assert events.full("Two Italian engineers kidnapped in Yemen.") == []


def test_events_plover_standing_behind_and_hostages_turned_over(events) -> None:
    # my own sentences
    found = events.full("Madrid stood firmly behind the Lisbon government on Monday.")
    assert [e.type for e in found] == ["SUPPORT"]
    found = events.full("Two French hostages were turned over to the Red Cross by the rebels.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]


def test_events_plover_forces_arriving_are_deployed_and_force_modes(events) -> None:
    # my own sentences
    found = events.full("Ethiopian troops arrived in Mogadishu on Friday.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "troops")]
    found = events.full(
        "Some 800 Ghanaian soldiers of a regional peacekeeping force flew into Freetown."
    )
    assert [e.type for e in found] == ["AID"]
    found = events.full("The Egyptian foreign minister arrived in Khartoum on Friday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    found = events.full("Thousands of riot police were deployed across Nairobi on Monday.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "police")]
    found = events.full("Hamas moved hundreds of fighters into the southern town.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "militia")]


def test_events_plover_records_handed_over_and_goods_traded_under_a_deal(events) -> None:
    # my own sentences
    found = events.full("Kenyan police handed their Ugandan counterparts the names of suspects.")
    assert [e.type for e in found] == ["COOPERATE"]
    found = events.full("Zagreb turned over hundreds of army documents to the UN tribunal.")
    assert [e.type for e in found] == ["COOPERATE"]
    assert events.full("The minister handed the documents to reporters.") == []
    found = events.full("Angola began shipping oil to Portugal in exchange for machinery.")
    assert [(e.type, e.status) for e in found] == [("COOPERATE", "asserted")]
    found = events.full("Russia sold tanks to India under a 1998 agreement.")
    assert [e.type for e in found] == ["COOPERATE"]
    found = events.full("The United States shipped food aid to Ethiopia.")
    assert [e.type for e in found] == ["AID"]


def test_events_plover_suspended_papers_and_sought_changes(events) -> None:
    # my own sentences
    found = events.full("Two opposition weeklies were suspended by the Kenyan authorities.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "censor")]
    found = events.full("Sweden suspended its mediation between the two parties on Monday.")
    assert [(e.type, e.mode) for e in found][0] == ("SANCTION", "discontinue")
    found = events.full("Electoral reforms were sought on Monday by Togo's opposition party.")
    assert [e.type for e in found] == ["REQUEST"]
    assert events.full("The senator is seeking re-election.") == []
    found = events.full("The Turkish army allowed a convoy of aid trucks into the town.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "access")]


def test_events_plover_leaving_talks_joining_exercises_and_transfers(events) -> None:
    # my own sentences
    for text in (
        "The rebels withdrew from the peace talks on Monday.",
        "Hamas walked out of the negotiations in Cairo.",
        "The Tamil Tigers pulled out of the peace talks with Colombo.",
    ):
        found = events.full(text)
        assert ("SANCTION", "withdraw") in [(e.type, e.mode) for e in found], text
    found = events.full("Syrian troops pulled out of the town on Monday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "withdraw")]
    found = events.full("Greece's navy joined Italian warships in rescue exercises on Monday.")
    assert [e.type for e in found] == ["COOPERATE"]
    found = events.full("A grant of 20 million dollars was transferred to Jordan by Kuwait.")
    assert [e.type for e in found] == ["AID"]
    assert events.full("The prisoners were transferred to a jail in Kabul.") == []
    found = events.full("Iraq handed back to Kuwait on Monday files seized in 1990.")
    assert [(e.type, e.mode) for e in found][0] == ("RETREAT", "release")


def test_events_plover_a_civilian_crowd_burning_or_stoning_riots(events) -> None:
    # my own sentences
    found = events.full("Thousands of villagers set fire to government offices in Vlore.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    found = events.full("A farmer set fire to the mosque.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events.full("Villagers killed two soldiers near the border.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_shifted_fighters_shows_of_force_and_torture(events) -> None:
    # my own sentences
    found = events.full("The rebels shifted thousands of their fighters toward Goma.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "militia")]
    assert events.full("The company shifted its focus to Asia.") == []
    found = events.full("The Burmese army staged a show of force in the capital.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Kenyan police subjected the detainees to beatings and electric shocks.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "torture")]
    assert events.full("The minister was subjected to questioning.") == []


def test_actors_zanu_pf_is_zimbabwe_s_ruling_party(events) -> None:
    found = events.full("ZANU-PF rejected the election results on Monday.")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["reg:zanu-pf"])]


def test_events_plover_less_common_verbs_of_the_fifth_set(events) -> None:
    # my own sentences
    cases = [
        ("Peru and Ecuador inked a border treaty in Brasilia on Monday.", "SUPPORT"),
        ("Moscow rushed to the defence of Belgrade on Friday.", "SUPPORT"),
        ("The Thai premier stood up for Cambodia's entry into ASEAN.", "SUPPORT"),
        ("Curbs on opposition rallies were eased by Nairobi on Monday.", "CONCEDE"),
        ("An amnesty for exiles was proclaimed by the Togolese president.", "CONCEDE"),
        ("India and Pakistan swapped lists of prisoners on Monday.", "COOPERATE"),
        ("Kenyan police shared files on the suspects with Ugandan officials.", "COOPERATE"),
        ("A second tranche of the loan was paid out to Kenya by the World Bank.", "AID"),
        ("Japan handed over 40 ambulances to the Kenyan government.", "AID"),
        ("Red Crescent volunteers distributed blankets to refugees in Chad.", "AID"),
        ("The European Union scrapped its arms embargo on China.", "RETREAT"),
        ("Kigali lashed out at Paris on Monday.", "ACCUSE"),
        ("Kenyan authorities pulled the plug on an opposition radio station.", "COERCE"),
        ("The United States pulled the plug on aid to Niger.", "SANCTION"),
    ]
    for text, kind in cases:
        assert kind in [e.type for e in events.full(text)], text
    assert events.full("The company pulled the plug on its phone.") == []


def test_events_plover_curfews_clamped_lines_cut_sites_thrown_open(events) -> None:
    # my own sentences
    found = events.full("Pakistani authorities clamped a curfew on Quetta on Friday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "curfew")]
    found = events.full("Officials in Minsk cut the telephone line to the dissident's flat.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "withhold")]
    assert events.full("The storm cut power lines across the region.") == []
    found = events.full("Tehran threw open two military sites to IAEA inspectors on Monday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "access")]


def test_events_plover_crowds_and_mobs_are_civilian_groups(events) -> None:
    # my own sentences
    found = events.full("Angry crowds stoned police in Tirana on Saturday.")
    expected = [("PROTEST", "riot", ["new:ALB:civilians"])]
    assert [(e.type, e.mode, e.source) for e in found] == expected
    found = events.full("Rioters set fire to the governor's office in Kano.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]


def test_events_plover_wording_of_the_sixth_set(events) -> None:
    # my own sentences
    cases = [
        ("The mayor's office was set on fire by rioters in Kano on Monday.", "PROTEST", "riot"),
        ("Soldiers burned down the village of Kibuye on Friday.", "ASSAULT", "destroy"),
        ("Students burned an American flag outside the embassy in Tehran.", "PROTEST", "demo"),
        ("Serbian artillery pounded the enclave of Bihac on Tuesday.", "ASSAULT", None),
        ("Ten brigades were ordered to the frontier by the Iraqi president.", "MOBILIZE", "troops"),
        ("The Pakistani army cancelled the leave of its officers.", "MOBILIZE", "troops"),
        ("Madrid lifted its veto on Poland's entry into the bloc.", "CONCEDE", None),
        ("Students daubed slogans on the walls of the French embassy.", "PROTEST", "vandalize"),
        ("Protesters tore down a statue of the Romanian president.", "PROTEST", "vandalize"),
        ("The Belarussian foreign ministry condemned the vote.", "ACCUSE", "disapprove"),
    ]
    for text, kind, mode in cases:
        found = [(e.type, e.mode) for e in events.full(text)]
        assert (kind, mode) in found or (mode is None and kind in [k for k, _ in found]), text
    found = events.full("The Belarussian foreign ministry condemned the vote.")
    assert [e.source for e in found] == [["new:BLR:government"]]
    assert events.full("The children burned the leaves in the garden.") == []


def test_events_plover_unchanged_past_verbs_are_past_when_the_report_is(events) -> None:
    # my own sentences: "cut" is tagged present; the past report or the day places it
    found = events.full("Syrian troops cut water and telephone lines to the town, residents said.")
    assert [(e.type, e.status) for e in found] == [("COERCE", "asserted")]
    found = events.full("Syrian troops cut the telephone lines to Hama on Monday.")
    assert [(e.type, e.status) for e in found] == [("COERCE", "asserted")]


def test_actors_titled_names_with_initials_and_particles(events) -> None:
    # my own sentences: "F.W." and "de" are parts of the name after the title
    found = events.full("The curfew was lifted by Belgian Prime Minister J.L. van Dam on Friday.")
    assert [(e.type, e.source) for e in found] == [("CONCEDE", ["new:BEL:j.l. van dam"])]


def test_actors_security_agents_ethnic_leaders_and_mps(events) -> None:
    # my own sentences
    found = events.full("Plainclothes security agents detained two students in Tunis on Monday.")
    assert [(e.type, e.source) for e in found] == [("COERCE", ["new:TUN:intelligence"])]
    assert [e.type for e in events.full("Iraq used chemical agents against Iran.")] == []
    found = events.full("The peace plan was rejected by ethnic Serb leaders on Friday.")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["new:-:ethnic group"])]
    found = events.full("Zimbabwean police arrested four opposition MPs on Monday.")
    assert [e.target for e in found] == [["new:-:legislature"]]


def test_events_plover_journeys_to_aid_and_rescues(events) -> None:
    # my own sentences
    found = events.full("Two hundred Chinese doctors arrived in Freetown on Monday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["new:CHN:health"])]
    found = events.full("French troops landed in Abidjan to protect foreign civilians.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("French troops landed in Abidjan on Monday.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Italian rescue workers pulled survivors from the rubble in Bam.")
    assert [e.type for e in found] == ["AID"]


def test_events_plover_order_to_halt_and_leave_is_an_expulsion(events) -> None:
    # my own sentence: the second of two joined infinitives
    text = "Sudanese officials ordered Oxfam to halt its work and leave Darfur."
    assert "SANCTION" in [e.type for e in events.full(text)]


def test_events_plover_force_and_weapon_modes(events) -> None:
    # my own sentences
    found = events.full("Thousands of riot police were deployed across Lagos by the army.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "police")]
    found = events.full("The Indian government placed police across Gujarat on high alert.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "police")]
    found = events.full("Kenyan police fired tear gas and rubber bullets at students in Nairobi.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "crowd-control")]


def test_actors_lower_case_word_tagged_a_name_is_a_group_noun(events) -> None:
    # my own sentence: the tagger reads "union federation" as a proper name
    found = events.full("Nigeria's largest trade union federation called a general strike.")
    assert [(e.type, e.source) for e in found] == [("PROTEST", ["new:NGA:labour"])]


def test_actors_rebels_of_a_people_take_the_state_they_fight(events) -> None:
    # my own sentences
    found = events.full("Chechen separatist fighters ambushed a Russian convoy on Monday.")
    assert [e.source for e in found] == [["new:RUS:unaligned armed forces"]]
    found = events.full("Kurdish rebels ambushed an army convoy on Monday.")
    assert [e.source for e in found] == [["new:-:rebels"]]  # Kurds live in several states


def test_events_plover_wording_of_the_seventh_set(events) -> None:
    # my own sentences
    cases = [
        ("Sri Lankan troops sealed off the university campus in Jaffna.", "COERCE"),
        ("Khartoum let UN relief planes land at Juba on Monday.", "RETREAT"),
        ("Opposition MPs in Lome ended their boycott of parliament on Monday.", "CONCEDE"),
        ("The Italian police gave Swiss investigators the names of 30 suspects.", "COOPERATE"),
        ("Some 100,000 people packed the main square of Bucharest on Sunday.", "PROTEST"),
        ("The legalization of the opposition party was announced by Hanoi.", "CONCEDE"),
        ("Turkish students led a march to the Greek consulate in Istanbul.", "PROTEST"),
    ]
    for text, kind in cases:
        assert kind in [e.type for e in events.full(text)], text
    assert events.full("Shoppers packed the stores on Saturday.") == []


def test_events_plover_adjective_tagged_object_is_an_event_noun(events) -> None:
    # my own sentence: "offensive" is tagged an adjective before "with"
    text = "The Sudanese army launched a ground offensive with tanks against rebel positions."
    assert [(e.type, e.mode) for e in events.full(text)] == [("ASSAULT", "heavy-weapons")]


def test_events_plover_mobilised_forces_and_deliveries_from_a_giver(events) -> None:
    # my own sentences
    found = events.full("Hundreds of armed Serb militiamen were mobilised near Knin on Sunday.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("MOBILIZE", "militia", ["new:SRB:unaligned armed forces"])
    ]
    found = events.full("Two shiploads of rifles were delivered to the Angolan army last week.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Food aid from Japan was delivered to flood victims in Bangladesh.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:JPN"])]


def test_events_plover_a_demonym_before_a_proposal_names_its_state(events) -> None:
    # my own sentences
    found = events.full("Pyongyang turned down a South Korean proposal for family reunions.")
    assert [(e.type, e.target) for e in found][:1] == [("REJECT", ["reg:KOR"])]
    found = events.full("Hamas rejected the Egyptian plan on Monday.")
    assert [(e.type, e.target) for e in found] == [("REJECT", ["reg:EGY"])]


def test_actors_forces_deployed_in_a_place_take_its_country(events) -> None:
    # my own sentences: a passive's plural subject, as a subject is
    found = events.full("Thousands of riot police were deployed across Nairobi on Monday.")
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["new:KEN:police"])]
    found = events.full("Intelligence on the rebels was handed over in Mosul to Turkish officers.")
    assert all("new:IRQ:intelligence" not in e.source + e.target for e in found)


def test_events_plover_the_lifting_of_a_ban_is_a_concession_by_its_by_phrase(events) -> None:
    # my own sentences: the noun of "lift", with its doer in a "by" phrase
    found = events("The lifting of the ban on the weekly by the Indonesian ministry was welcomed.")
    assert ("CONCEDE", "asserted", ["new:IDN:government"]) in found
    assert not any(t == "CONCEDE" for t, _, _ in events("Weightlifting drew a crowd."))


def test_actors_regions_give_state_bodies_and_groups_their_country(events) -> None:
    # my own sentences: a state government, a body placed in a capital, students at a
    # university named after its city
    found = events.full("The Kerala government imposed a curfew on the port town.")
    assert [(e.type, e.source) for e in found] == [("COERCE", ["new:IND:government"])]
    found = events.full("A team from the Foreign Ministry in Nairobi visited the camp.")
    assert any(e.source == ["new:KEN:foreign ministry"] for e in found)
    found = events.full("Students at Mandalay University suspended their boycott of lectures.")
    assert ("CONCEDE", ["new:MMR:education"]) in [(e.type, e.source) for e in found]


def test_actors_a_name_borne_by_several_people_of_one_state_is_that_state_s(events) -> None:
    # my own sentence: two registry people share the family name, both Peruvian, and the
    # model tags no entity for the lone name
    found = events.full("Fujimori, in Osaka, stepped down on Monday.")
    assert [e.type for e in found] == ["RETREAT"]
    assert found[0].source and found[0].source[0].startswith("reg:")


def test_actors_a_body_of_a_known_organisation_takes_its_country(events) -> None:
    # my own sentence
    found = events.full("The PLO's Executive Committee endorsed the new charter on Monday.")
    assert [(e.type, e.source) for e in found][:1] == [("SUPPORT", ["new:PSE:executive committee"])]


def test_events_plover_gerund_rioting_leading_a_march_and_ordered_closures(events) -> None:
    # my own sentences
    found = events.full("Rioting by hundreds of dockers shook the harbour district on Friday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    assert found[0].source == ["new:-:labour"]
    found = events.full("The opposition party led 8,000 people through Lome in a demonstration.")
    assert ("PROTEST", "asserted") in [(e.type, e.status) for e in found]
    found = events.full("Mr. Rabin ordered the border crossings sealed off on Sunday.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("COERCE", "restrict", ["reg:yitzhak-rabin"])
    ]
    found = events.full("The president ordered the union leader arrested on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]
    assert found[0].source == ["new:-:the president"]


def test_events_plover_reversed_rises_recalled_envoys_and_owned_offers(events) -> None:
    # my own sentences
    found = events.full("The Jordanian government reversed a rise in bread prices on Friday.")
    assert [(e.type, e.source) for e in found] == [("CONCEDE", ["new:JOR:government"])]
    found = events.full("Kenya's recall of its ambassador from Kampala was announced on Friday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "withdraw")]
    # the possessor offers; the ministry only announces it
    found = events.full("Norway's offer of aid to Malawi was announced by a spokesman in Oslo.")
    assert [(e.type, e.source) for e in found][:1] == [("AGREE", ["reg:NOR"])]
    # a pronoun's union names no members: the demand is not parliament's
    found = events.full(
        "Parliament passed the bill, meeting a long-standing demand of their trade union."
    )
    assert not any(e.type == "REQUEST" and e.source for e in found)


def test_events_plover_a_body_s_decision_is_its_act_a_person_s_a_plan(events) -> None:
    # my own sentences
    found = events("The Danish cabinet decided on Friday to freeze all new aid to Zaire.")
    assert [(t, s) for t, s, _ in found] == [("SANCTION", "asserted")]
    found = events("The Danish minister decided on Friday to visit Kinshasa.")
    assert [(t, s) for t, s, _ in found] == [("CONSULT", "planned")]
    found = events("The cabinet will decide next week whether to freeze the aid.")
    assert all(s != "asserted" for _, s, _ in found)


def test_events_plover_offices_loyal_youths_and_polling_agents(events) -> None:
    # my own sentences: an apposition naming a known leader's office adds no party; an
    # offer to mediate is made to the sides; a party's people at the polls are beaten
    found = events.full(
        "King Hussein, chairman of the Arab summit's Gulf committee, offered on Monday to "
        "mediate between Iraq and Kuwait."
    )
    assert [(e.type, len(e.source), e.target) for e in found][:1] == [
        ("AGREE", 1, ["reg:IRQ", "reg:KWT"])
    ]
    found = events.full("Youths loyal to the ruling party beat two opposition polling agents.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert found[0].target == ["new:-:political party"]


def test_events_plover_forces_withholding_mustering_and_drilling(events) -> None:
    # my own sentences
    found = events.full("Rebel forces cut off electricity and water supplies to the city.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "withhold")]
    found = events.full("The rebel movement called up thousands of former fighters on Monday.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("The separatists mobilised all men of fighting age on Thursday.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("The Syrian army staged large-scale live-fire artillery drills on Monday.")
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["new:SYR:military"])]
    # a main verb the parser hung on the subject as a participle; the town names the country
    found = events.full(
        "Several hundred paramilitary fighters massed outside the Kenyan town of Moyale on "
        "Sunday, officials said."
    )
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["new:KEN:unaligned armed forces"])]


def test_events_plover_crowds_burning_and_smashing_riot(events) -> None:
    # my own sentences: a "by" phrase the parser read as a gerund with an object
    found = events.full("Two police posts were set on fire by rioting students in Dhaka.")
    assert [(e.type, e.source) for e in found] == [("PROTEST", ["new:BGD:education"])]
    found = events.full("Angry students smashed windows at the French embassy on Friday.")
    assert [e.type for e in found] == ["PROTEST"]


def test_events_plover_relief_handed_out_treated_delivered_and_loans_by_a_leader_s_government(
    events,
) -> None:
    # my own sentences
    found = events.full("Swedish relief teams handed out rice and blankets to flood victims.")
    assert [(e.type, e.source) for e in found] == [("AID", ["new:SWE:team"])]
    found = events.full("Forty Cuban doctors began treating victims of the earthquake on Monday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["new:CUB:health"])]
    found = events.full("The delivery of 20 tonnes of food by a Red Cross convoy reached the town.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:icrc"])]
    # a leader named with a title before the possessive names the government's state
    found = events.full("Prime Minister Kaifu's government extended a loan to Peru on Friday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["new:JPN:government"])]


def test_events_plover_relations_restored_intercepts_shared_and_a_un_tribunal(events) -> None:
    # my own sentences
    found = events.full("Diplomatic relations between Chile and Bolivia were restored on Friday.")
    assert [(e.type, sorted(e.source)) for e in found] == [("SUPPORT", ["reg:BOL", "reg:CHL"])]
    found = events.full("Jordanian intelligence began to share intercepts with Egyptian officials.")
    assert [e.type for e in found] == ["COOPERATE"]
    # a body of an organisation is the organisation's, not the host city's state's
    found = events.full("Kenya handed the colonel to the United Nations tribunal in Arusha.")
    assert all("new:TZA:judiciary" not in e.target for e in found)


def test_actors_a_leader_s_name_the_model_took_for_a_place_is_the_leader(events) -> None:
    # my own sentence: the model tags "Moi" as a place no gazetteer knows
    found = events.full("Moi telephoned Uganda's president on Thursday, Nairobi radio reported.")
    assert [(e.type, e.source) for e in found] == [("CONSULT", ["reg:daniel-arap-moi"])]
    # a real place stays a place
    found = events.full("Jordan condemned the attack.")
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["reg:JOR"])]


def test_events_plover_less_common_wire_wording(events) -> None:
    # my own sentences, one per new word
    cases = [
        ("Kenya and Uganda undertook on Monday to open a joint border post.", "AGREE"),
        ("Kenya and Tanzania haggled until dawn over the border.", "CONSULT"),
        ("A Norwegian envoy held separate sessions with President Moi on Tuesday.", "CONSULT"),
        ("Kenyan church groups voiced solidarity with the jailed editor.", "SUPPORT"),
        ("The Japanese premier voiced deep remorse for the war.", "CONCEDE"),
        ("The licence of the weekly was restored by the Kenyan government.", "CONCEDE"),
        ("Turkish units began pooling radar data with Israeli officers.", "COOPERATE"),
        ("Israeli pilots began training alongside the Turkish air force.", "COOPERATE"),
        ("Swedish relief workers trucked 40 tonnes of sorghum into Juba.", "AID"),
        ("Indian planes parachuted 25 tonnes of rice over the peninsula.", "AID"),
        ("France wiped out two billion francs of Senegal's debt on Monday.", "AID"),
        ("King Hassan took in the deposed Shah of Iran on Monday.", "AID"),
        ("Tamil Tiger rebels held their fire on Saturday.", "RETREAT"),
        ("The Philippine Senate threw out the bases treaty on Monday.", "REJECT"),
        ("The World Bank froze new lending to Kenya on Friday.", "SANCTION"),
        ("President Habibie tore up the security pact with Australia.", "SANCTION"),
        ("Turkish naval units steamed towards the disputed islets on Tuesday.", "MOBILIZE"),
        ("Mugabe ordered the compulsory acquisition of 841 farms on Friday.", "COERCE"),
        ("Russian jets strafed the presidential palace in Grozny on Saturday.", "ASSAULT"),
        ("The opposition party stayed away from Sunday's elections.", "PROTEST"),
    ]
    for text, kind in cases:
        found = events.full(text)
        assert [e.type for e in found][:1] == [kind], text
    # "prices rocketed" is no air strike
    assert not events.full("Bread prices rocketed in Lagos on Monday.")


def test_events_plover_an_order_to_one_s_own_forces_reports_the_act(events) -> None:
    # my own sentences: forces under command act; anyone else ordered may not
    found = events("Sharon ordered Israeli tanks to pull back from the town on Thursday.")
    assert [(t, s) for t, s, _ in found] == [("RETREAT", "asserted")]
    found = events.full("Saddam ordered his air force to drench the village with mustard gas.")
    assert [(e.type, e.status, e.source) for e in found] == [
        ("ASSAULT", "asserted", ["reg:saddam-hussein"])
    ]
    found = events("The general ordered the rebels to disarm.")
    assert [(t, s) for t, s, _ in found] == [("RETREAT", "planned")]
    found = events("The president will order troops to pull out.")
    assert all(s != "asserted" for _, s, _ in found)


def test_events_plover_more_wire_wording_of_the_tenth_set(events) -> None:
    # my own sentences, one per new word or reading
    cases = [
        ("Clinton leaned on Sharif on Sunday to pull the fighters back.", "REQUEST"),
        ("Kuwait formally applied to Washington for two Patriot batteries.", "REQUEST"),
        ("Bosnian leaders beseeched NATO on Monday to protect the town.", "REQUEST"),
        ("Amnesty International held Kenyan police responsible for the deaths.", "ACCUSE"),
        ("Relatives of the victims filed suit against the former general.", "ACCUSE"),
        ("Thousands of Chileans poured into the streets of Santiago on Sunday.", "PROTEST"),
        ("Commonwealth leaders slapped a two-year suspension on Fiji.", "SANCTION"),
        ("Hundreds of riot police fanned out across Harare on Friday.", "MOBILIZE"),
        ("The Chinese army held live-fire war games off the coast on Friday.", "MOBILIZE"),
        ("The Egyptian government put all army units on a war footing.", "MOBILIZE"),
        ("Sikh separatists commandeered an Indian Airlines Airbus on Friday.", "ASSAULT"),
        ("The Yugoslav army rained mortar rounds on Dubrovnik on Wednesday.", "ASSAULT"),
    ]
    for text, kind in cases:
        found = events.full(text)
        assert [e.type for e in found][:1] == [kind], text


def test_actors_a_family_name_opening_with_a_particle(events) -> None:
    # my own sentence: the registry's "de Klerk" is two tokens in the text
    found = events.full("The ban on the party was lifted by President de Klerk on Friday.")
    assert [e.type for e in found] == ["CONCEDE"]
    assert found[0].source and "de klerk" in found[0].source[0]
    # the model's two-word person at the start of a sentence is the registry's de Klerk
    found = events.full("De Klerk lifted the ban on Friday.")
    assert [(e.type, e.source) for e in found] == [("CONCEDE", ["reg:fw-de-klerk"])]


def test_events_plover_joint_bodies_set_up_are_cooperation(events) -> None:
    # my own sentences
    found = events.full("Kenya and Uganda formed a joint committee on Monday.")
    assert [(e.type, sorted(e.source)) for e in found] == [("COOPERATE", ["reg:KEN", "reg:UGA"])]
    found = events("Zambia and Malawi will set up a joint commission on trade.")
    assert [(t, s) for t, s, _ in found] == [("COOPERATE", "planned")]
    # a bare "commission" meeting is a body's session, as "the cabinet met", not cooperation
    assert [t for t, _, _ in events("The commission met on Monday.")] == ["CONSULT"]


def test_events_plover_event_noun_read_into_the_object_phrase(events) -> None:
    # my own sentence: "a sit-in outside parliament" parsed as one phrase headed by
    # "parliament"; the light verb still carries the sit-in, done by the workers
    found = events("Workers staged a sit-in outside parliament in Ankara on Monday.")
    assert ("PROTEST", "asserted", ["new:TUR:labour"]) in found


def test_events_plover_a_scene_clause_is_not_governed_by_a_call(events) -> None:
    # my own sentences: the detention happened; only the strike is called for
    found = events("The union called for a strike after police detained its leader.")
    assert ("COERCE", "asserted", ["new:-:police"]) in found
    assert ("COERCE", "hypothetical", ["new:-:police"]) not in found


def test_events_plover_causative_have_names_the_doer(events) -> None:
    # my own sentence: the one who "had" them detained did it
    found = events("Prince Johnson had five peacekeepers kidnapped from their post on Sunday.")
    assert ("ASSAULT", "asserted", ["reg:prince-johnson"]) in found


def test_events_plover_a_crowd_s_rampage_is_a_riot(events) -> None:
    # my own sentences: supporters rampaging is a riot; soldiers rampaging an assault
    found = events.full("Thousands of opposition supporters rampaged through Dhaka on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    found = events.full("Government soldiers rampaged through the village of Tura on Monday.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_commission_with_no_country_named_still_acts(events) -> None:
    # my own sentence: "the commission" with no state named is a body of its sector
    found = events("The commission accused the minister of taking bribes.")
    assert ("ACCUSE", "asserted", ["new:-:government"]) in found


def test_events_plover_armed_movements_by_acronym(events) -> None:
    # my own sentences: acronyms from organizations_armed.yaml; a shared one needs its
    # country named
    found = events("The FMLN demanded the release of two commanders on Tuesday.")
    assert ("REQUEST", "asserted", ["reg:slv-fmln"]) in found
    found = events("The KDP called up several thousand reservists on Thursday.")
    assert ("MOBILIZE", "asserted", ["reg:irq-kdp"]) in found


def test_events_plover_a_passive_light_verb_of_a_measured_event_noun(events) -> None:
    # my own sentence: "Two days of talks were held ... by a delegation"
    found = events.full(
        "Two days of talks on river water were held in Nairobi by a Ugandan delegation."
    )
    assert [(e.type, e.source) for e in found] == [("CONSULT", ["new:UGA:government"])]


def test_events_plover_an_emergency_session_is_a_multilateral_meeting(events) -> None:
    # my own sentence
    found = events.full("ASEAN ministers held an emergency session in Bangkok on Friday.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("CONSULT", "multilateral", ["reg:asean"])
    ]


def test_events_plover_a_by_phrase_of_means_names_no_doer(events) -> None:
    # my own sentences: "by telephone" is how, not who; "by Kenyan air force planes" is who
    found = events.full(
        "The presidency in Nairobi conferred by telephone with the mediator on Friday, "
        "state radio said."
    )
    assert [(e.type, e.source) for e in found] == [("CONSULT", ["new:KEN:government"])]
    found = events.full("Tents were flown to Somalia by Kenyan air force planes on Monday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["new:KEN:plane"])]


def test_events_plover_a_recipient_hung_on_the_object(events) -> None:
    # my own sentence: the parser hangs "to the central bank" on "grant"
    found = events("The finance ministry in Nairobi transferred a large grant to the central bank.")
    assert ("AID", "asserted", ["new:KEN:government"]) in found


def test_events_plover_a_name_read_as_an_adverb_of_the_reporting_verb(events) -> None:
    # my own sentence: the parser hangs "UNITA" on "said" and "pledged" on "UNITA"
    found = events(
        "UNITA, whose envoys walked out of talks last month, pledged on Friday to respect "
        "the truce, the rebel radio said."
    )
    assert ("AGREE", "asserted", ["reg:unita"]) in found


def test_events_plover_sites_opened_to_inspectors_are_access(events) -> None:
    # my own sentence: access granted (CAMEO 086); a prison is a place, not an agent
    found = events.full("Kenya opened its prisons to Red Cross inspectors on Monday.")
    assert [(e.type, e.mode, e.source, e.target) for e in found] == [
        ("RETREAT", "access", ["reg:KEN"], ["reg:icrc"])
    ]


def test_events_plover_more_wording_of_the_eleventh_set(events) -> None:
    # my own sentences
    found = events.full("The junta in Rangoon set free 40 members of the opposition on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]
    found = events.full("The PLO froze all coordination with Damascus on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("SANCTION", ["reg:plo"], ["reg:SYR"])]
    found = events.full("Islamabad rushed a gift of rifles to the Sri Lankan army on Friday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:PAK"])]


def test_events_plover_a_reported_past_passive_is_no_plan(events) -> None:
    # my own sentence: "were severed ..., the agency announced" reports a past act
    found = events(
        "Diplomatic ties with Tehran were severed by Riyadh on Tuesday, the news agency announced."
    )
    assert [(t, s) for t, s, _ in found] == [("SANCTION", "asserted")]


def test_events_plover_a_that_clause_hung_on_the_subject(events) -> None:
    # my own sentence: the parser hangs "charged" and "rigged" on "deputies"; deputies are
    # members of parliament, of the country the sentence is set in
    found = events(
        "Opposition deputies in Dhaka charged on Monday that the government had rigged the vote."
    )
    assert ("ACCUSE", "asserted", ["new:BGD:legislature"]) in found


def test_events_plover_rebukes_issued_backing_voiced_sanctuary_given(events) -> None:
    # my own sentences
    found = events("A sharp rebuke of Syria was issued on Monday by the French foreign ministry.")
    assert ("ACCUSE", "asserted", ["new:FRA:government"]) in found
    found = events("President Moi voiced full backing for the Ugandan peace plan.")
    assert [t for t, _, _ in found] == ["SUPPORT"]
    found = events.full("Seoul gave sanctuary to a North Korean defector on Friday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:KOR"])]


def test_events_plover_hours_given_to_leave_and_a_partner_by_telephone(events) -> None:
    # my own sentences: the second object read as an adverbial noun; the partner of a
    # talk by telephone hangs on the means
    found = events.full("Kenya has given the Belgian ambassador 48 hours to leave Nairobi.")
    assert [(e.type, e.mode, e.source) for e in found] == [("SANCTION", "expel", ["reg:KEN"])]
    found = events.full(
        "The presidency in Nairobi conferred by telephone with President Museveni on Friday, "
        "state radio said."
    )
    assert [(e.type, e.target) for e in found] == [("CONSULT", ["reg:yoweri-museveni"])]


def test_events_plover_backing_voiced_for_someone_s_efforts_names_him(events) -> None:
    # my own sentence: "for" hangs on the light verb; whose efforts are backed is the target
    found = events.full("President Moi voiced full backing for President Museveni's efforts.")
    assert [(e.type, e.target) for e in found] == [("SUPPORT", ["reg:yoweri-museveni"])]


def test_events_plover_a_whose_clause_read_as_the_main_verb_keeps_the_real_subject(events) -> None:
    # my own sentence: the parser makes the "whose" clause the main verb and "expelled" its
    # conjunct; the doer is the passive clause's other subject, not its "by" agent
    found = events.full(
        "Authorities in Equatorial Guinea, whose cocoa farms are owned largely by Spanish "
        "families, expelled dozens of Ghanaians on Monday."
    )
    assert [(e.type, e.source) for e in found if e.type == "COERCE"] == [
        ("COERCE", ["new:GNQ:government"])
    ]


def test_events_plover_an_agency_in_the_attribution_is_no_party(events) -> None:
    # my own sentences: the parser makes "agency" the object of "clashed", or puts it in
    # apposition to the subject
    for sentence in (
        "Army troops and Islamist fighters clashed near the border on Thursday, the Interfax "
        "news agency reported from Dushanbe.",
        "Government soldiers and opposition gunmen clashed in the valley on Monday, the "
        "Itar-Tass news agency reported from Moscow.",
    ):
        found = events.full(sentence)
        assert [e.type for e in found] == ["ASSAULT"]
        assert not any("tass" in k or "interfax" in k for e in found for k in e.source + e.target)


def test_events_plover_a_licence_held_is_no_concession(events) -> None:
    # my own sentences: timber or oil concessions are licences, not something conceded
    assert events.full("The Chinese government holds vast timber concessions in Gabon.") == []
    assert events.full("China won oil concessions from Sudan on Monday.") == []
    found = events.full("Israel made concessions to the Palestinians.")
    assert [e.type for e in found] == ["CONCEDE"]


def test_events_plover_nationals_expelled_are_deported(events) -> None:
    # my own sentences: people of a nationality are deported (CAMEO 174), envoys expelled
    found = events.full("Gabon expelled hundreds of Nigerians and Cameroonians on Saturday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "deport")]
    found = events.full("Gabon expelled two Nigerian diplomats on Saturday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")]


def test_events_plover_an_amount_whose_in_phrase_hangs_on_the_verb(events) -> None:
    # my own sentences: "in aid" hangs on "cut"; the currency still counts for a loan
    found = events.full("The Swedish government cut off 30 million dollars in aid to Zambia.")
    assert [(e.type, e.mode, e.target) for e in found if e.type == "SANCTION"] == [
        ("SANCTION", "discontinue", ["reg:ZMB"])
    ]
    found = events.full("Japan extended Vietnam 20 billion yen in flood relief credits on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:JPN"], ["reg:VNM"])]


def test_actors_a_minister_s_portfolio_is_no_kind_of_group(events) -> None:
    # my own sentence: an aid minister is a government's, not an aid group's
    found = events.full("The Dutch aid minister cut off aid to Kenya on Monday.")
    assert [(e.type, e.source) for e in found if e.type == "SANCTION"] == [
        ("SANCTION", ["new:NLD:government"])
    ]


def test_events_plover_found_guilty_of_a_hostile_act_is_a_verdict(events) -> None:
    # my own sentence: a court finding someone guilty of a theft convicts him; it does not
    # accuse; the one found guilty is the target
    found = events.full(
        "A Kenyan court on Monday found opposition leader Raila Odinga guilty of stealing "
        "public funds, the first such verdict against an ex-minister."
    )
    convictions = [(e.type, e.mode, e.target) for e in found if e.mode == "convict"]
    assert convictions == [("SANCTION", "convict", ["reg:raila-odinga"])]
    assert "ACCUSE" not in [e.type for e in found]


def test_events_plover_negotiators_for_a_side_stand_for_it(events) -> None:
    # my own sentence: "negotiators for X and Y" act for X and Y
    found = events.full(
        "Negotiators for the Angolan government and UNITA rebels resumed talks in Lusaka on "
        "Tuesday."
    )
    assert [(e.type, sorted(e.source)) for e in found] == [
        ("CONSULT", ["new:AGO:government", "reg:unita"])
    ]


def test_events_plover_more_wording_of_the_thirteenth_set(events) -> None:
    # my own sentences
    found = events.full("The president launched a scathing verbal attack on Britain on Friday.")
    assert [(e.type, e.mode, e.target) for e in found] == [("ACCUSE", "disapprove", ["reg:GBR"])]
    found = events.full("Rebels launched an attack on the town on Friday.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events.full("The Iranian foreign minister paid a call on Pakistan's president.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    found = events.full("Thousands of refugees were fed by Oxfam workers in Darfur last week.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:ngo-oxfam"])]
    assert events.full("Voters in Kenya are fed up with the government.") == []
    found = events.full("India dropped its insistence on a bilateral accord on Tuesday.")
    assert [(e.type, e.source) for e in found] == [("CONCEDE", ["reg:IND"])]
    found = events.full("Iraq redeployed two armoured divisions closer to the Kuwaiti border.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "troops")]
    found = events.full("Syria redeployed long-range artillery near the Turkish border.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "weapons")]
    found = events.full("Greece raised the readiness of its armed forces on Wednesday.")
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["reg:GRC"])]


def test_actors_the_doer_of_a_passive_acts_where_its_clause_is(events) -> None:
    # my own sentence: police in a "by" phrase take the country of the scene
    found = events.full("Prisoners were beaten by security police at a jail outside Nairobi.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["new:KEN:police"])]


def test_events_plover_rioting_youths_burning_offices_riot(events) -> None:
    # my own sentence: a participle before the doers says they riot
    found = events.full("Rioting youths set fire to government offices in Kano on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]


def test_events_plover_forces_sent_to_help_a_government_are_aid(events) -> None:
    # my own sentences: soldiers sent to help another party are military aid; sent to help
    # one's own forces, or to seal a border, they are mobilised
    found = events.full(
        "The United States sent 2,000 Marines to Liberia to protect President Taylor's government."
    )
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:USA"], ["reg:LBR"])]
    found = events.full("India sent troops to the border to help seal it.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Iraq sent troops to Kuwait to support its own forces.")
    assert [e.type for e in found][:1] == ["MOBILIZE"]


def test_actors_a_prefix_before_a_hyphen_is_no_person(events) -> None:
    # my own sentence: "ex" in "an ex-head of state" is no group of former spouses
    found = events.full(
        "A Zambian court found the former minister guilty of fraud, the first such verdict "
        "against an ex-head of state."
    )
    assert not any(k.endswith(":ex") for e in found for k in e.source + e.target)


def test_events_plover_the_owner_of_what_a_reaction_is_about_is_its_target(events) -> None:
    # my own sentences: a criticism "of" a thing names whose thing it is; whose independence
    # is recognised; whose debt is cancelled; not the ones an act acted on ("the expulsion
    # of Palestinian workers"), nor the one acted for ("on behalf of his country")
    found = events.full(
        "Amnesty International issued a scathing criticism of the Chilean army's human rights "
        "record."
    )
    assert [(e.type, e.target) for e in found] == [("ACCUSE", ["new:CHL:military"])]
    found = events.full("Turkey on Saturday formally recognised the independence of Armenia.")
    assert [(e.type, e.target) for e in found] == [("SUPPORT", ["reg:ARM"])]
    found = events.full("France cancelled 2 billion francs of Mali's public debt on Friday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:MLI"])]
    found = events.full(
        "The Belgian premier apologised on behalf of his country for the failure to prevent "
        "the killings."
    )
    assert all(e.target == [] for e in found)


def test_events_plover_a_withdrawal_demanded_is_not_asked_of_the_place_left(events) -> None:
    # my own sentence: "from Lebanon" is where the forces are to leave, not whom it is asked of
    found = events.full(
        "The UN demanded on Tuesday the complete withdrawal of Ethiopia's army from Eritrea."
    )
    requests = [e for e in found if e.type == "REQUEST"]
    assert [r.target for r in requests] == [["new:ETH:military"]]


def test_actors_a_bureau_named_with_its_capital_is_the_state_s(events) -> None:
    # my own sentence: the bureau takes the country of its capital; the news agency after it
    # is the attribution
    found = events.full(
        "Two Dutch engineers have been accused of spying by the Beijing State Security Bureau, "
        "the New China News Agency reported on Monday."
    )
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["new:CHN:government"])]


def test_events_plover_forces_moved_to_a_border_target_the_other_side(events) -> None:
    # my own sentences: the "with" phrase hung on the forces, or the state named with the
    # border; not the mover's own border
    found = events.full("Libya massed tanks and troops along its border with Chad on Monday.")
    assert [(e.type, e.target) for e in found] == [("MOBILIZE", ["reg:TCD"])]
    found = events.full("Turkey moved troops toward Iraq's northern border on Thursday.")
    assert [(e.type, e.target) for e in found] == [("MOBILIZE", ["reg:IRQ"])]
    found = events.full("Turkey massed troops on its own border on Monday.")
    assert [(e.type, e.target) for e in found] == [("MOBILIZE", [])]


def test_events_plover_a_recipient_hung_on_the_object_is_the_target(events) -> None:
    # my own sentence: the parser hangs "to the central bank" on "grant"
    found = events.full("Japan transferred a grant to the central bank of Ghana.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:GHA"])]


def test_events_plover_wording_of_the_fourteenth_set(events) -> None:
    # my own sentences
    cases = [
        ("Pretoria opened full diplomatic relations with Moscow on Friday.", "SUPPORT"),
        ("Athens dispatched a flotilla of four frigates to the islets on Tuesday.", "MOBILIZE"),
        ("The junta shut off electricity and telephone lines to the compound.", "COERCE"),
        ("President Lukashenko menaced opposition leaders on Tuesday.", "THREATEN"),
        ("Opposition legislators in Dhaka shunned the opening session of parliament.", "PROTEST"),
        ("The EU channelled 12 million ecus in food aid to Rwandan refugees.", "AID"),
        ("Spain's embassy gave shelter to 25 North Koreans on Thursday.", "AID"),
        ("The IMF extended a standby credit to Argentina on Thursday.", "AID"),
        ("Athens called in the Turkish ambassador on Tuesday to convey its displeasure.", "ACCUSE"),
        ("Washington brandished the threat of a trade embargo on Monday.", "THREATEN"),
        ("The Ecuadorean president put his signature to the border treaty.", "SUPPORT"),
    ]
    for sentence, expected in cases:
        assert [e.type for e in events.full(sentence)] == [expected], sentence
    found = events.full("Vajpayee and Musharraf held a parley in Kathmandu on Saturday.")
    assert [(e.type, len(e.source)) for e in found] == [("CONSULT", 2)]
    assert events.full("The factory was shut down on Monday.") == []
    assert events.full("The Turkish foreign minister called in reporters on Monday.") == []


def test_events_plover_wording_of_the_fifteenth_and_sixteenth_sets(events) -> None:
    # my own sentences
    cases = [
        (
            "Bangladeshi police fired volleys of tear gas as students marched on parliament.",
            "ASSAULT",
            "crowd-control",
        ),
        (
            "Chinese forces moved batteries of missiles to the coast opposite Taiwan.",
            "MOBILIZE",
            "weapons",
        ),
        ("Ghana poured hundreds of extra police into the town of Bawku.", "MOBILIZE", "police"),
        (
            "Malaysia's ruling party threw two rebel lawmakers out of the party.",
            "SANCTION",
            "expel",
        ),
        ("Chile called home its ambassador to Lima on Friday.", "SANCTION", "withdraw"),
        ("Morocco lodged a formal representation with Madrid on Monday.", "ACCUSE", "disapprove"),
        (
            "A Cairo court delivered a guilty verdict against the opposition leader.",
            "SANCTION",
            "convict",
        ),
        (
            "Arab League foreign ministers began two days of deliberations in Cairo.",
            "CONSULT",
            "multilateral",
        ),
        ("The Sudanese premier lavished praise on Egypt's mediation.", "SUPPORT", None),
        (
            "Muslim rebels in the southern Philippines set free three Italian priests.",
            "RETREAT",
            "release",
        ),
        (
            "Georgia's defence ministry beefed up its forces in the gorge with 300 troops.",
            "MOBILIZE",
            "troops",
        ),
        (
            "Algerian authorities posted hundreds of armed police at polling stations.",
            "MOBILIZE",
            "police",
        ),
        ("Russia began pumping oil to China through a new pipeline.", "COOPERATE", None),
        (
            "Japanese intelligence tipped off Seoul about a plot to blow up an airliner.",
            "COOPERATE",
            None,
        ),
        (
            "Croatian police handed their Slovenian counterparts a trove of documents.",
            "COOPERATE",
            None,
        ),
        ("Saudi Arabia placed a $500 million deposit in Jordan's central bank.", "AID", None),
        (
            "The Thai government proclaimed a state of emergency in Bangkok.",
            "COERCE",
            "martial-law",
        ),
        ("President Moi poured scorn on calls from church leaders for reform.", "REJECT", None),
        ("Nepal turned to India for emergency fuel supplies on Monday.", "REQUEST", "assist"),
        ("Pakistani gunmen staged the hijacking of an Indian airliner.", "ASSAULT", "abduct"),
    ]
    for sentence, kind, mode in cases:
        found = events.full(sentence)
        assert found and (found[0].type, found[0].mode) == (kind, mode), (sentence, found)
    # the same words with nothing of the event
    for sentence in (
        "The bank posted a loss of $3 million in the first quarter.",
        "Farmers in Kenya turned to maize after the coffee price fell.",
        "The minister poured scorn on the newspaper's report.",
        "Kenyan President Moi called home from Paris on Friday.",
    ):
        assert [e.type for e in events.full(sentence)] in ([], ["ACCUSE"]), sentence


def test_events_plover_crowds_and_blows_of_the_fifteenth_and_sixteenth_sets(events) -> None:
    # my own sentences
    found = events.full("Angry villagers set the district office ablaze on Friday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    # a participle's subject is the crowd: "youths angry at ..." riot; the adjective's phrase
    # names no doer
    found = events.full(
        "Hundreds of youths angry at the arrest of President Kibaki's rival went on the"
        " rampage in Kisumu, torching shops."
    )
    assert found and found[0].type == "PROTEST"
    assert not [k for e in found for k in e.source if "kibaki" in k]
    # killing is an assault, whoever does it
    found = events.full("Armed herdsmen stormed the village, hacking eleven farmers to death.")
    assert found and {e.type for e in found} == {"ASSAULT"}
    # a passive with no subject of its own is no strike by workers
    found = events.full("The lawyer fainted after being struck by police officers in his cell.")
    assert all(e.type != "PROTEST" for e in found)
    found = events.full("Indonesian troops slapped a curfew on the town of Poso on Sunday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "curfew")]


def test_events_plover_wording_of_the_sixteenth_set(events) -> None:
    # my own sentences
    cases = [
        ("Bolivian soldiers took control of gas fields run by Brazil's Petrobras.", "COERCE"),
        (
            "The Mahdi Army militia posted hundreds of gunmen at checkpoints around Najaf.",
            "MOBILIZE",
        ),
        ("The disbursement of a soft loan from Tokyo to Jakarta was confirmed on Friday.", "AID"),
        (
            "The transfer of the former general to the U.N. war crimes tribunal was carried out"
            " by Serbian police.",
            "COOPERATE",
        ),
        (
            "Cameroon transferred four genocide suspects to the U.N. tribunal in Arusha.",
            "COOPERATE",
        ),
        (
            "The handover of the former Liberian president to the Liberian government by"
            " Nigerian police took place on Wednesday.",
            "COOPERATE",
        ),
        (
            "The World Food Programme flew 30 tonnes of high-energy biscuits to flood survivors"
            " in Burma.",
            "AID",
        ),
        ("The Kuwaiti emir ordered a $200 million deposit in the Lebanese central bank.", "AID"),
        ("Kenyan opposition youths went on the rampage in Nairobi on Sunday.", "PROTEST"),
        ("The release of three Colombian congressmen was carried out by FARC rebels.", "RETREAT"),
        ("Argentina's economy minister handed in his resignation late on Monday.", "RETREAT"),
        ("Turkey became the first country to recognise Azerbaijan's independence.", "SUPPORT"),
        (
            "Turkey dispatched transport planes laden with tents and blankets to the Iranian city"
            " of Bam.",
            "AID",
        ),
    ]
    for sentence, kind in cases:
        found = events.full(sentence)
        assert found and found[0].type == kind, (sentence, found)
    # a convoy's trucks are the relief agency's
    found = events.full(
        "A convoy of World Food Programme trucks delivered 500 tonnes of sorghum to refugees"
        " in Sudan."
    )
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:wfp"])]
    # the same words with no such event
    for sentence in (
        "Turkey became the first country in the region to hold elections.",
        "Police took control of the situation after an hour.",
        "The Supreme Court ordered the transfer of the case to a lower court.",
    ):
        assert [e.type for e in events.full(sentence)] != ["COOPERATE"], sentence


def test_events_plover_accusations_and_crowds_of_the_long_sets(events) -> None:
    # my own sentences
    cases = [
        (
            "Abu Sayyaf gunmen snatched two German nurses from a clinic on Basilan.",
            "ASSAULT",
            "abduct",
        ),
        (
            "Kampala laid the blame for the massacre of villagers squarely on Khartoum.",
            "ACCUSE",
            "allege",
        ),
        (
            "N'Djamena pointed the finger at Tripoli on Wednesday over an air raid.",
            "ACCUSE",
            "allege",
        ),
        (
            "The Kenyan government flooded central Nairobi with armed police on Saturday.",
            "MOBILIZE",
            "police",
        ),
        (
            "Tens of thousands of Serbs poured into central Belgrade to demand new elections.",
            "PROTEST",
            "demo",
        ),
        (
            "The Armenian and Azerbaijani foreign ministers held an exchange of views in Geneva.",
            "CONSULT",
            None,
        ),
    ]
    for sentence, kind, mode in cases:
        found = events.full(sentence)
        assert found and (found[0].type, found[0].mode) == (kind, mode), (sentence, found)
    # a participle saying what an announced act does is done, not announced as a plan
    found = events.full(
        "Ecuador's government announced the reversal of the fuel price rise, meeting a key"
        " demand of the indigenous federation."
    )
    assert ("CONCEDE", "asserted") in [(e.type, e.status) for e in found]
    # thieves snatch things; a deadline met is no concession
    assert [e.type for e in events.full("Thieves snatched a car from the embassy.")] != ["ASSAULT"]
    assert events.full("The contractors met the deadline on Friday.") == []


def test_events_plover_forces_put_on_alert_through_their_participle(events) -> None:
    # my own sentence: the parser hangs "on maximum alert" on "stationed"
    found = events.full(
        "With tension high along the frontier, Caracas placed the troops stationed along its"
        " western border on maximum alert on Monday."
    )
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["reg:VEN"])]


def test_events_plover_forces_and_relief_of_the_fourteenth_set(events) -> None:
    # my own sentences
    cases = [
        ("Jakarta downgraded its embassy in Canberra on Friday.", "SANCTION"),
        ("Bonn waived repayment of 200 million marks in loans owed by Zambia.", "AID"),
        ("Moscow airlifted 1,500 extra riot police into Dagestan on Wednesday.", "MOBILIZE"),
        ("The Indian navy launched coordinated patrols with Indonesian warships.", "COOPERATE"),
        ("The Kamajor militia rallied thousands of fighters around the town of Koidu.", "MOBILIZE"),
        ("Militiamen loyal to General Aidid poured into southern Mogadishu on Monday.", "MOBILIZE"),
        # unchanged: a crowd rallying protests, aid airlifted is aid
        ("Supporters rallied outside parliament in Nairobi on Monday.", "PROTEST"),
        ("Britain airlifted tents and blankets to the quake zone on Monday.", "AID"),
    ]
    for sentence, kind in cases:
        found = events.full(sentence)
        assert found and found[0].type == kind, (sentence, found)


def test_events_plover_a_weapon_s_user_named_in_its_participle_acts(events) -> None:
    # my own sentences: the thing is the subject; who planted or fired it did it
    found = events.full(
        "A car bomb planted by the Basque group ETA ripped through a police van in Bilbao,"
        " killing two officers."
    )
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:eta"])]
    found = events.full(
        "A statement issued by the Chinese foreign ministry condemned the Japanese visit."
    )
    assert found and found[0].type == "ACCUSE" and found[0].source == ["new:CHN:government"]


def test_events_plover_what_the_subject_went_ahead_with_it_does(events) -> None:
    found = events("Israel went ahead with the release of 250 Palestinian prisoners on Monday.")
    assert ("RETREAT", "asserted", ["reg:ISR"]) in found
    found = events("Thailand went ahead with the extradition of the dealer to the United States.")
    assert ("COOPERATE", "asserted", ["reg:THA"]) in found
    found = events("Students pressed ahead with a march on the presidential palace in Kiev.")
    assert [t for t, _, _ in found] == ["PROTEST"]
    found = events("Germany proceeded with the recognition of Slovenia and Croatia on Monday.")
    assert ("SUPPORT", "asserted", ["reg:DEU"]) in found
    # "with" after a verb of no going ahead carries no act of the subject
    found = events("Israel agreed with the release of the prisoners.")
    assert ("RETREAT", "asserted", ["reg:ISR"]) not in found


def test_events_plover_subject_apposed_inside_an_opening_participle(events) -> None:
    found = events(
        "Ending months of speculation in The Hague, the chief prosecutor of the International "
        "Criminal Court, Luis Moreno-Ocampo, accused Sudanese President Omar al-Bashir of "
        "masterminding genocide in Darfur."
    )
    assert any(t == "ACCUSE" and "reg:icc" in s for t, _, s in found)
    found = events.full(
        "Speaking at a rally in the Darfur town of Nyala, Sudan's state minister for "
        "humanitarian affairs, Ahmed Haroun, warned that Khartoum would throw out African "
        "Union peacekeepers, the official news agency said."
    )
    threat = next(e for e in found if e.type == "THREATEN")
    # the minister's description and the apposed name are one party: the person
    assert threat.source == ["new:SDN:ahmed haroun"]


def test_events_plover_threat_takes_the_mode_and_target_of_the_act_threatened(events) -> None:
    found = events.full("Sudan warned it would throw out the relief agencies and the UN envoy.")
    assert next(e for e in found if e.type == "THREATEN").mode == "expel"
    found = events.full(
        "Speaking in Nyala, the minister, Ahmed Haroun, warned that Khartoum would throw out "
        "African Union peacekeepers and Western relief agencies."
    )
    threat = next(e for e in found if e.type == "THREATEN")
    assert "reg:african-union" in threat.target
    found = events.full("North Korea threatened to expel the inspectors.")
    assert next(e for e in found if e.type == "THREATEN").mode == "expel"
    found = events.full("North Korea threatened to break off relations with Seoul.")
    assert next(e for e in found if e.type == "THREATEN").mode == "relations"


def test_events_plover_wording_of_the_seventeenth_and_eighteenth_sets(events) -> None:
    cases = {
        "Sudan's president slammed the door on any handover of the mission to UN troops.": "REJECT",
        "Lavrov took Washington and Warsaw to task on Friday over the missile plans.": "ACCUSE",
        "The authorities in Harare took possession of 29 more farms.": "COERCE",
        "President Arroyo placed the southern province of Maguindanao under martial law.": "COERCE",
        "Kenyan President Moi placed a late-night call to Ugandan leader Museveni.": "CONSULT",
        "Egypt rallied behind Syria on Monday.": "SUPPORT",
        "Brazil's president spoke up for Bolivia's Evo Morales on Tuesday.": "SUPPORT",
        "India said it had rushed three more army divisions to its western frontier.": "MOBILIZE",
        "Police swooped on the office of the opposition newspaper in Harare.": "COERCE",
        "The ruling party drummed former president Perez out of its ranks.": "SANCTION",
        "Yeltsin publicly anointed his prime minister, Vladimir Putin, as his heir.": "SUPPORT",
        "Buenos Aires slashed natural gas exports to neighbouring Chile on Friday.": "SANCTION",
        "The Red Cross began ferrying tents and blankets to villages in Kashmir.": "AID",
        "Turkey stood firm against the demands of the European Union.": "REJECT",
        "Riyadh transferred $92 million into the Palestinian Authority's accounts.": "AID",
    }
    for text, kind in cases.items():
        assert kind in [t for t, _, _ in events(text)], text
    # a door shut on a room, a possession of drugs, a call placed on hold are no events
    assert events("The guard shut the door on Monday.") == []
    assert "COERCE" not in [t for t, _, _ in events("Police found him in possession of drugs.")]


def test_events_plover_what_a_body_passed_it_does(events) -> None:
    found = events("Peru's Congress passed an amnesty for soldiers accused of abuses.")
    assert [t for t, _, _ in found][:1] == ["CONCEDE"]
    assert events("The army passed a checkpoint near the border.") == []


def test_events_plover_subject_hung_on_an_opening_phrase(events) -> None:
    found = events(
        "In one of the most brazen operations of Colombia's long conflict, guerrillas of the "
        "National Liberation Army hijacked an airliner with 46 people aboard on Monday."
    )
    assert ("ASSAULT", "asserted", ["reg:eln"]) in found
    found = events(
        "After a stormy session of its national executive, Venezuela's Democratic Action "
        "party drummed former president Carlos Andres Perez out of its ranks."
    )
    assert ("SANCTION", "asserted", ["new:VEN:party"]) in found
    found = events(
        "Shortly after dawn on Thursday, Venezuelan military intelligence agents swooped on "
        "the Caracas headquarters of the private channel Globovision."
    )
    assert ("COERCE", "asserted", ["new:VEN:intelligence"]) in found


def test_events_plover_sport_word_inside_a_party_name(events) -> None:
    # "League" of a party's name is no word of sport: the beating stays an assault
    found = events(
        "Supporters of the Pakistan Muslim League-Nawaz beat up a provincial lawmaker outside "
        "in Lahore on Sunday, police said."
    )
    assert "ASSAULT" in [t for t, _, _ in found]
    assert "ASSAULT" not in [
        t for t, _, _ in events("Real Madrid beat Valencia in the league on Sunday.")
    ]


def test_events_plover_participle_of_the_subject_is_the_same_protest(events) -> None:
    found = events.full(
        "Students protesting against higher tuition fees torched cars and looted shops in the "
        "capital on Tuesday, police said."
    )
    assert [(e.type, e.mode) for e in found if e.type == "PROTEST"] == [("PROTEST", "riot")]


def test_events_plover_newer_wordings(events) -> None:
    cases = {
        "The senate named a panel on Monday to look into the shooting of three protesters.": (
            "ACCUSE",
            "investigate",
        ),
        "Prime Minister Tomiichi Murayama offered an apology to China for the war.": (
            "SUPPORT",
            None,
        ),
        "Ethiopia returned 40 Eritrean fishermen to Asmara on Friday.": ("RETREAT", "release"),
        "Angola let in a United Nations monitor team on Tuesday.": ("RETREAT", "access"),
        "Chad received the first battalion of African Union peacekeepers on Monday.": (
            "RETREAT",
            "access",
        ),
        "Troops in the north were placed on alert on Sunday, the army said.": (
            "MOBILIZE",
            "troops",
        ),
        "Pakistan raised the alert of its forces along the border on Friday.": (
            "MOBILIZE",
            "troops",
        ),
        "Chechen rebels released nerve gas in a Moscow theatre on Monday.": (
            "ASSAULT",
            "unconventional",
        ),
        "A suicide bomber blew himself up at an army post in Kabul on Monday.": (
            "ASSAULT",
            "suicide-attack",
        ),
        "North Korea staged live-fire artillery exercises near the border on Friday.": (
            "MOBILIZE",
            "weapons",
        ),
    }
    for text, (kind, mode) in cases.items():
        assert (kind, mode) in [(e.type, e.mode) for e in events.full(text)], text


def test_events_plover_forces_moving_in_an_offensive_carry_it_out(events) -> None:
    found = events.full(
        "Ethiopian troops pushed into Somalia on Sunday in a major offensive against Islamist "
        "fighters, officials said."
    )
    assert [e.source for e in found if e.type == "ASSAULT"] == [["new:ETH:military"]]


def test_events_plover_warning_that_a_thing_will_be_done(events) -> None:
    found = events(
        "Egypt's interior minister warned on Monday that newspapers printing the rebels' "
        "statements would be closed."
    )
    assert "THREATEN" in [t for t, _, _ in found]


def test_events_plover_ordering_another_party_to_act_demands_it(events) -> None:
    found = events("The interior minister of Peru ordered striking miners to end their blockade.")
    assert [t for t, _, _ in found][:1] == ["REQUEST"]
    # own forces ordered to act do the act; a court's order to pay is its ruling
    found = events("President Fujimori ordered the army to storm the residence.")
    assert "REQUEST" not in [t for t, _, _ in found]
    found = events("A Lima court ordered the mining company to pay $2 million in damages.")
    assert "REQUEST" not in [t for t, _, _ in found]


def test_events_plover_agreeing_while_yielding_concedes(events) -> None:
    found = events(
        "Yielding to weeks of street protests, Kenyan President Daniel arap Moi agreed on "
        "Tuesday to hold a referendum on a new constitution."
    )
    assert ("CONCEDE", "asserted", ["reg:daniel-arap-moi"]) in found
    found = events("Kenyan President Daniel arap Moi agreed on Tuesday to hold a referendum.")
    assert "CONCEDE" not in [t for t, _, _ in found]


def test_events_plover_regret_at_another_s_act_disapproves(events) -> None:
    found = events("Seoul voiced regret on Friday over Tokyo's decision to approve the textbook.")
    assert [t for t, _, _ in found][:1] == ["ACCUSE"]
    # one's own regret concedes
    assert [t for t, _, _ in events("Japan expressed regret over the incident.")] == ["CONCEDE"]


def test_events_plover_a_wish_of_one_s_own_act_is_planned(events) -> None:
    found = events("Mongolia wants to cooperate with Japan on mining.")
    assert ("COOPERATE", "planned", ["reg:MNG"]) in found
    # what one wants of another is asked for, not planned
    found = events("Mongolia wants Japan to cooperate on mining.")
    assert not any(status == "planned" for _, status, _ in found)


def test_events_plover_a_denied_plan_or_wish_is_a_refusal(events) -> None:
    for text in (
        "Mongolia does not plan to meet the Japanese delegation.",
        "Mongolia does not want to meet the Japanese delegation.",
        "Mongolia is not willing to meet the Japanese delegation.",
    ):
        found = events(text)
        assert ("CONSULT", "negated", ["reg:MNG"]) in found, text


def test_events_plover_a_headline_s_present_is_past(events) -> None:
    found = events("Ecuador expels Colombian diplomats over border raid")
    assert [(t, s) for t, s, _ in found] == [("SANCTION", "asserted")]
    # a sentence's present tense stays unreported
    assert events("Ecuador expels diplomats who spy.") == []


def test_events_plover_exercises_with_another_force_are_cooperation(events) -> None:
    found = events("Indian troops began exercises with Thai forces near Lopburi on Monday.")
    assert [t for t, _, _ in found] == ["COOPERATE"]
    found = events("Indian troops began exercises with live ammunition on Monday.")
    assert [t for t, _, _ in found] == ["MOBILIZE"]


def test_events_plover_people_taking_shelter_give_no_aid(events) -> None:
    assert events("Hundreds of villagers were sheltering in a church on Monday.") == []
    found = events("Tanzania sheltered thousands of Burundian refugees last year.")
    assert [t for t, _, _ in found] == ["AID"]


def test_events_plover_placed_under_investigation_is_an_inquiry(events) -> None:
    found = events.full("Paris judges placed former minister Roland Dumas under investigation.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "investigate")]
    assert found[0].source == ["new:FRA:judiciary"]


def test_events_plover_taking_a_state_to_court_is_a_lawsuit(events) -> None:
    found = events("Hungary took Slovakia to the International Court of Justice over the dam.")
    assert found == [("ACCUSE", "asserted", ["reg:HUN"])]


def test_events_plover_telling_or_ordering_parties_to_leave_expels_them(events) -> None:
    found = events.full("Kigali told the U.N. peacekeepers to leave Rwanda by March 8.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")]  # no "march"
    # people, not envoys or a body, ordered out are deported (CAMEO 174)
    found = events.full("Nigeria ordered all illegal aliens to leave the country.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "deport")]


def test_events_plover_kept_blocked_and_barricades_obstruct(events) -> None:
    found = events.full("The army kept the border crossing closed for a week.")
    assert [e.type for e in found] == ["COERCE"]
    found = events.full("Opposition protesters erected barricades across the main roads.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "obstruct")]


def test_events_plover_test_missiles_and_arms_pulled_back(events) -> None:
    found = events.full("China fired test missiles into waters off Taiwan on Friday.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "weapons")]
    found = events.full("Serb forces pulled heavy guns from the hills around the town.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "disarm")]


def test_events_plover_the_threat_of_an_act_is_no_act(events) -> None:
    found = events.full("The deal eased the threat of NATO air strikes.")
    assert all(e.status == "hypothetical" for e in found if e.type == "ASSAULT")


def test_events_plover_killing_a_leader_is_an_assassination(events) -> None:
    found = events.full("A gunman shot dead Prime Minister Yitzhak Rabin in Tel Aviv.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "targeted")]
    # a private person's killing keeps its weapon
    found = events.full("A gunman shot dead a ranch foreman in Tel Aviv.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "firearms")]


def test_events_plover_a_massacre_is_a_targeted_killing(events) -> None:
    found = events.full("Militiamen slaughtered hundreds of villagers in a church.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "targeted")]
    found = events.full("Guerrillas killed 40 villagers in an overnight massacre.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "targeted")]


def test_events_plover_a_disaster_striking_is_no_strike(events) -> None:
    assert events("Relief flights arrived a week after Cyclone Nargis struck.") == []
    assert events("Dockers struck for a third day on Monday.") == [
        ("PROTEST", "asserted", ["new:-:labour"])
    ]


def test_events_plover_letting_a_mission_back_in_gives_access(events) -> None:
    found = events.full("The junta let a UN mission back into the country on Monday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "access")]


def test_events_plover_a_particle_read_as_a_preposition_keeps_the_subject(events) -> None:
    found = events("More than 2,000 UNITA guerrillas handed in their weapons on Tuesday.")
    assert found == [("RETREAT", "asserted", ["reg:unita"])]


def test_events_plover_state_companies_cut_supplies(events) -> None:
    found = events("Gazprom cut off gas deliveries to Ukraine on Sunday.")
    assert found == [("SANCTION", "asserted", ["reg:rus-gazprom"])]
    found = events("The Russian gas company cut off deliveries to Ukraine on Sunday.")
    assert found == [("SANCTION", "asserted", ["new:RUS:business"])]


def test_events_plover_more_verbs_that_carry_an_event_noun(events) -> None:
    found = events.full("A grand jury in Manila returned an indictment against the senator.")
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["new:PHL:judiciary"])]
    found = events.full("Israeli troops returned fire.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "firearms")]
    found = events.full("Japan threw its support behind the plan.")
    assert [(e.type, e.source) for e in found] == [("SUPPORT", ["reg:JPN"])]


def test_events_plover_a_blockade_by_civilians_is_a_protest(events) -> None:
    found = events.full("French farmers threw up blockades at ports on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "obstruct")]
    found = events.full("The navy imposed a blockade on the port.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "restrict")]


def test_events_plover_a_court_ordering_payment_sanctions(events) -> None:
    found = events.full("A Moscow court ordered Yukos to pay 99 billion roubles in back taxes.")
    assert [(e.type, e.mode) for e in found][:1] == [("SANCTION", "convict")]
    assert found[0].target == ["reg:rus-yukos"]


def test_events_plover_rallying_others_behind_a_leader_supports_him(events) -> None:
    found = events.full("The president rallied his allies behind the peace plan on Monday.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_events_plover_talks_put_on_hold_are_halted(events) -> None:
    found = events.full("Damascus put its peace talks with Israel on hold.")
    assert ("SANCTION", "withdraw") in [(e.type, e.mode) for e in found]
    found = events.full("The rebels put the hostages on a plane.")
    assert not any(e.type == "SANCTION" for e in found)


def test_events_plover_debt_relief_approved_is_aid(events) -> None:
    found = events.full("The World Bank approved $4 billion in debt relief for Nicaragua.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:NIC"])]


def test_events_plover_a_participle_read_as_the_subject_gives_way_to_its_noun(events) -> None:
    text = (
        "Two days after the executions, Commonwealth leaders meeting in Auckland suspended "
        "Nigeria from the club, a spokesman confirmed."
    )
    found = events.full(text)
    assert ("SANCTION", ["reg:commonwealth"], ["reg:NGA"]) in [
        (e.type, e.source, e.target) for e in found
    ]


def test_events_plover_what_is_cut_names_the_sanction_s_target(events) -> None:
    found = events.full("Damascus suspended its talks with Israel.")
    assert [(e.type, e.target) for e in found if e.type == "SANCTION"] == [
        ("SANCTION", ["reg:ISR"])
    ]


def test_events_plover_more_wordings_of_mobilising_cooperating_and_seizing(events) -> None:
    cases = {
        "Armenia summoned thousands of reservists on Monday.": ("MOBILIZE", "troops"),
        "Eritrea repudiated the arrangements drawn up by the mediators.": ("REJECT", None),
        "Egypt has begun training Palestinian police officers.": ("AID", None),
        "The premier took a call from the Pakistani prime minister.": ("CONSULT", "phone"),
        "Police went ahead with the demolition of hundreds of shacks.": ("ASSAULT", "destroy"),
        "The president ordered the expropriation of six farms.": ("COERCE", "seize"),
        "The foreign minister was granted an audience with King Hussein.": ("CONSULT", None),
        "Egypt ordered a cut in gas deliveries to Israel.": ("SANCTION", "discontinue"),
    }
    for text, (type_, mode) in cases.items():
        found = events.full(text)
        assert (type_, mode) in [(e.type, e.mode) for e in found], text
    assert events("The army made deep cuts in its budget.") == []


def test_events_plover_deporting_recalling_and_rescuing(events) -> None:
    cases = {
        "Kenyan police put a British reporter on a flight to London.": ("COERCE", "deport"),
        "Lima declared two Chilean diplomats persona non grata.": ("SANCTION", "expel"),
        "Caracas ordered its ambassador in Bogota to return home.": ("SANCTION", "withdraw"),
        "Germany ordered four Iranian diplomats to leave the country.": ("SANCTION", "expel"),
        "The withdrawal of the Syrian team from the talks was announced by Damascus.": (
            "SANCTION",
            "withdraw",
        ),
        "Sharif put through a telephone call to his Indian counterpart.": ("CONSULT", "phone"),
        "Russia handed over 30 armoured personnel carriers to the Tajik army.": ("AID", None),
        "Marines freed six crewmen held by pirates for a month.": ("AID", None),
    }
    for text, (type_, mode) in cases.items():
        found = events.full(text)
        assert (type_, mode) in [(e.type, e.mode) for e in found], text
    # captives freed by those who hold them are released, not rescued
    found = events.full("The rebels freed six crewmen on Monday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]


def test_events_plover_sent_for_joint_exercises_or_talks(events) -> None:
    found = events.full("Egypt sent three frigates to Greece for joint naval exercises.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["reg:EGY"], ["reg:GRC"])
    ]
    found = events.full("Jordan dispatched its foreign minister to Cairo for talks with Sudan.")
    assert ("CONSULT", ["reg:JOR"], ["reg:SDN"]) in [(e.type, e.source, e.target) for e in found]


def test_events_plover_beaten_with_clubs_and_recognised_a_right(events) -> None:
    found = events.full("Three journalists were beaten with clubs by Kenyan police on Friday.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "beat")]
    found = events.full("Syria recognised Lebanon's right to full sovereignty on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("SUPPORT", ["reg:SYR"], ["reg:LBN"])]
    # a sport word that is no instrument still marks a game
    assert events("The club was beaten by Ajax on Saturday.") == []


def test_events_plover_locked_up_is_an_arrest(events) -> None:
    found = events.full("Egyptian police locked up four bloggers on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]
    found = events.full("The Kenyan minister warned that strikers would be locked up.")
    assert [(e.type, e.mode) for e in found] == [("THREATEN", "arrest")]
    assert events("The team locked up the title on Sunday.") == []


def test_events_plover_a_fraction_of_the_object_says_what_it_is(events) -> None:
    for text in (
        "Two-thirds of Bolivia's foreign debt was written off by Japan on Monday.",
        "Japan wrote off three-quarters of Bolivia's foreign debt on Monday.",
        "Japan wrote off 60 percent of Bolivia's foreign debt on Monday.",
    ):
        found = events.full(text)
        assert [(e.type, e.source, e.target) for e in found] == [
            ("AID", ["reg:JPN"], ["reg:BOL"])
        ], text


def test_events_plover_leading_marchers_or_a_strike_is_a_protest(events) -> None:
    found = events.full("The union led thousands of marchers through Lagos on Monday.")
    assert [(e.type, e.mode, e.target) for e in found] == [("PROTEST", "demo", [])]
    found = events.full("Walesa led 3,000 dockers out on strike at the port on Friday.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("PROTEST", "strike", ["reg:lech-walesa"])
    ]


def test_events_plover_a_vow_of_force_or_expulsion_is_a_threat(events) -> None:
    found = events.full("Gaddafi vowed to kick out the British ambassador.")
    assert ("THREATEN", "expel") in [(e.type, e.mode) for e in found]
    found = events.full("The guerrillas vowed to unleash a wave of bombings in Lima.")
    assert ("THREATEN", "violence") in [(e.type, e.mode) for e in found]
    # a promise to end a restriction is no threat, though the restriction is coercion
    found = events.full("Jakarta promised to lift the ban on Chinese-language newspapers.")
    assert "THREATEN" not in [e.type for e in found]
    assert "AGREE" in [e.type for e in found]


def test_events_plover_charges_brought_or_levelled_are_accusations(events) -> None:
    found = events.full("Human Rights Watch levelled charges against the Kenyan police.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "allege")]
    found = events.full("Peruvian prosecutors brought charges against two army generals.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "allege")]
    assert events("The colonel was in charge of the garrison.") == []
    found = events.full("The Hague tribunal opened an investigation into the shelling.")
    assert [(e.type, e.source) for e in found][0] == ("ACCUSE", ["reg:icty"])


def test_events_plover_more_wordings_of_disarming_arresting_and_expelling(events) -> None:
    cases = {
        "The ETA put most of its rifles beyond use on Monday.": ("RETREAT", "disarm"),
        "Kenyan police bundled the opposition leader into a van.": ("COERCE", "arrest"),
        "Egyptian police hauled away dozens of Islamist students.": ("COERCE", "arrest"),
        "The ruling party threw Anwar Ibrahim out of the party.": ("SANCTION", "expel"),
        "Pretoria said it would unban the Pan Africanist Congress.": ("CONCEDE", None),
        "Zambia sought fresh credits from the World Bank.": ("REQUEST", None),
    }
    for text, (type_, mode) in cases.items():
        found = events.full(text)
        assert (type_, mode) in [(e.type, e.mode) for e in found], text
    # a complaint filed stays an accusation
    found = events.full("Amnesty International filed a complaint against the Chilean army.")
    assert "PROTEST" not in [e.type for e in found]


def test_events_plover_closing_a_strait_and_staying_off_the_job(events) -> None:
    found = events.full("Egypt closed the Suez Canal to Israeli shipping in 1967.")
    assert ("COERCE", "restrict") in [(e.type, e.mode) for e in found]
    found = events.full("Nigerian oil workers stayed off the job on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]
    found = events.full("Kenyan teachers stayed away from work for a second day.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]


def test_events_plover_abandoning_talks_or_mediation_halts_them(events) -> None:
    found = events.full("Nigeria abandoned its mediation between Chad and the rebels.")
    assert ("SANCTION", "withdraw") in [(e.type, e.mode) for e in found]
    found = events.full("Pakistan abandoned the peace talks with India on Friday.")
    assert ("SANCTION", "withdraw") in [(e.type, e.mode) for e in found]
    found = events.full("Libya abandoned its nuclear weapons program in 2003.")
    assert ("RETREAT", "disarm") in [(e.type, e.mode) for e in found]


def test_events_plover_an_infinitive_hung_on_the_object_s_relative_clause(events) -> None:
    text = (
        "Greece will allow 5,000 Albanian refugees who have lived in Macedonia for a "
        "decade to return home."
    )
    found = events.full(text)
    assert ("CONCEDE", "planned") in [(e.type, e.status) for e in found]


def test_events_plover_state_forces_freeing_people_called_taken_is_a_rescue(events) -> None:
    found = events.full("Indian troops freed nine abducted tea workers from a rebel camp in Assam.")
    assert [(e.type, e.mode) for e in found] == [("AID", None)]
    found = events.full("The rebels freed nine abducted tea workers on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]
    found = events.full("Police freed three kidnapped schoolchildren from a farmhouse.")
    assert [(e.type, bool(e.target)) for e in found] == [("AID", True)]


def test_events_plover_goods_shipped_to_another_s_army_are_military_aid(events) -> None:
    found = events.full("Moscow shipped winter uniforms and field radios to the Armenian army.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("AID", ["reg:RUS"], ["new:ARM:military"])
    ]
    found = events.full("Moscow delivered 12 helicopters to the Armenian army.")
    assert [(e.type, e.target) for e in found] == [("AID", ["new:ARM:military"])]


def test_events_plover_seeking_anything_from_a_party_is_a_request(events) -> None:
    text = "Nepal sought medicines and tents from the European Union after the earthquake."
    found = events.full(text)
    assert [(e.type, e.source) for e in found] == [("REQUEST", ["reg:NPL"])]
    assert found[0].target and found[0].target != ["reg:NPL"]


def test_events_plover_past_verb_hung_on_the_subject_s_participle_is_asserted(events) -> None:
    # the small model reads "calling" as the verb and the real one as its conjunct or clause
    text = (
        "Demonstrators calling for the resignation of the king stormed the parliament in Kathmandu."
    )
    found = [(e.type, e.status, bool(e.source)) for e in events.full(text)]
    assert ("PROTEST", "asserted", True) in found
    text = "Demonstrators calling for the resignation of the king torched two buses in Kathmandu."
    found = [(e.type, e.status, bool(e.source)) for e in events.full(text)]
    assert ("PROTEST", "asserted", True) in found


def test_events_plover_goods_given_as_a_gift_and_a_call_up_of_reservists(events) -> None:
    found = events.full("Kuwait shipped 30 ambulances to Yemen on Monday as a gift.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:KWT"], ["reg:YEM"])]
    text = "The call-up of 8,000 reservists was ordered by Greece on Friday."
    found = events.full(text)
    assert [(e.type, e.mode, e.source) for e in found] == [("MOBILIZE", "troops", ["reg:GRC"])]


def test_events_plover_forces_flown_in_and_aid_unloaded_or_channelled(events) -> None:
    found = events.full("Kenya flew 900 peacekeepers into Juba on Tuesday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:KEN"])]
    found = events.full("Moscow flew 3,000 paratroopers into Dagestan on Friday.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "troops")]
    found = events.full("Chile unloaded 80 tonnes of food and medicine in Haiti on Monday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:CHL"])]
    found = events.full("Norway channelled 40 million crowns in grants to Malawi.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:NOR"])]


def test_events_plover_wordings_of_verbal_support_and_their_beneficiary(events) -> None:
    found = events.full("Tanzania spoke out in defence of the Ugandan government on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("SUPPORT", ["reg:TZA"], ["new:UGA:government"])
    ]
    found = events.full("Egypt rallied support for the Palestinian Authority among Arab states.")
    assert [(e.type, e.source) for e in found] == [("SUPPORT", ["reg:EGY"])]
    assert found[0].target
    text = "The leaders of Peru and Ecuador put their names to a border treaty in Brasilia."
    assert [e.type for e in events.full(text)] == ["SUPPORT"]


def test_events_plover_emergency_rule_and_an_act_done_by_means_used(events) -> None:
    found = events.full("The president placed the capital under emergency rule on Friday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "martial-law")]
    text = "Argentine bishops used their Easter sermons to denounce the military government."
    assert [(e.type, e.status) for e in events.full(text)] == [("ACCUSE", "asserted")]


def test_events_plover_weapons_handed_over_in_a_counted_number(events) -> None:
    # "over" is the verb's particle, not "more than" of the number
    found = events.full("The militia handed over 1,200 guns on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "disarm")]


def test_events_plover_clause_after_an_opening_participle_phrase(events) -> None:
    text = (
        "Meeting a deadline set by the United Nations, the rebels handed in their last batch "
        "of rifles to monitors, a spokesman said."
    )
    found = events.full(text)
    assert [(e.type, e.mode, e.status, bool(e.source)) for e in found] == [
        ("RETREAT", "disarm", "asserted", True)
    ]


def test_events_plover_airdrops_a_huddle_an_aid_freeze_and_a_flotilla_sent(events) -> None:
    found = events.full("UNICEF stepped up airdrops of biscuits to refugees in Chad.")
    assert [e.type for e in found] == ["AID"]
    text = "The foreign ministers of Peru and Chile held a late-night huddle on the border row."
    assert [e.type for e in events.full(text)] == ["CONSULT"]
    found = events.full("Japan went ahead with a freeze on economic aid to Guinea on Friday.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:GIN"])]
    text = "Moscow sent a flotilla of destroyers and submarines into the Baltic on Monday."
    assert [(e.type, e.source) for e in events.full(text)] == [("MOBILIZE", ["reg:RUS"])]


def test_events_plover_an_agency_s_decision_is_its_act(events) -> None:
    text = "The Danish aid agency DANIDA decided to cut off relief supplies to northern Uganda."
    found = events.full(text)
    assert [(e.type, e.status) for e in found] == [("SANCTION", "asserted")]


def test_events_plover_notice_given_of_an_act_is_a_threat(events) -> None:
    text = (
        "Dock workers gave notice on Friday that they would strike at every port in Kenya "
        "unless the government reversed the pay cut."
    )
    found = events.full(text)
    assert ("THREATEN", "conditional") in [(e.type, e.status) for e in found]


def test_events_plover_pressure_put_on_a_party_to_act_is_a_demand_of_it(events) -> None:
    found = events.full("The European Union put pressure on Belgrade to free the prisoners.")
    kinds = {(e.type, e.status, tuple(e.source), tuple(e.target)) for e in found}
    assert ("REQUEST", "asserted", ("reg:eu",), ("reg:SRB",)) in kinds
    # the pressed party is the one to free them, and only asked to
    freed = [e for e in found if e.type == "RETREAT"]
    assert [(e.status, e.source) for e in freed] == [("hypothetical", ["reg:SRB"])]


def test_events_plover_pressure_kept_up_names_its_carrier_s_subject(events) -> None:
    found = events.full("Washington kept up the pressure on Israel to withdraw its troops.")
    demands = [(e.source, e.target) for e in found if e.type == "REQUEST"]
    assert demands == [(["reg:USA"], ["reg:ISR"])]
    assert [(e.status, e.source) for e in found if e.type == "RETREAT"] == [
        ("hypothetical", ["reg:ISR"])
    ]


def test_events_plover_pressure_undergone_is_no_demand_of_the_subject(events) -> None:
    found = events("The government bowed to pressure from the unions.")
    assert "REQUEST" not in [t for t, _, _ in found]
    # whose pressure it is does not make the pressing party's own act only asked for
    found = events("Under pressure from donors meeting in Paris, Kenya scrapped the clause.")
    assert [s for t, s, _ in found if t == "CONSULT"] == ["asserted"]


def test_events_plover_being_struck_acts_on_the_clause_s_subject(events) -> None:
    found = events.full(
        "The opposition leader suffered a head wound after being struck by police officers."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("ASSAULT", ["new:-:officer"], ["new:-:leader"])
    ]
    found = events.full("The opposition leader died after being beaten by police officers.")
    assert [(e.type, e.target) for e in found] == [("ASSAULT", ["new:-:leader"])]


def test_events_plover_mandative_clause_tagged_present_after_a_singular_subject(events) -> None:
    found = events.full("The opposition insisted that President Chiluba sack his finance minister.")
    assert [(e.type, e.target) for e in found if e.type == "REQUEST"] == [
        ("REQUEST", ["reg:frederick-chiluba"])
    ]
    # a plain report of a fact is no demand
    found = events("The opposition insisted that the president had lied.")
    assert "REQUEST" not in [t for t, _, _ in found]


def test_events_plover_demand_turned_aside_is_rejected(events) -> None:
    found = events.full("The State Department turned aside a demand by Pyongyang for talks.")
    assert ("REJECT", "asserted") in [(e.type, e.status) for e in found]


def test_events_plover_balking_at_a_request_rejects_it(events) -> None:
    found = events("The junta balked at a request from the Red Cross to visit prisoners.")
    assert ("REJECT", "asserted", ["new:-:military"]) in found
    # balking with no "at" names nothing refused
    assert "REJECT" not in [t for t, _, _ in events("The horse balked.")]


def test_events_plover_complaint_reported_after_the_clause_it_reports(events) -> None:
    found = events.full(
        "Croatian authorities are failing to uphold the rights of Serb refugees, a human "
        "rights group protested here Wednesday."
    )
    assert [(e.type, e.mode, e.target) for e in found] == [
        ("ACCUSE", "disapprove", ["new:HRV:government"])
    ]


def test_events_plover_a_rebel_leader_s_journey_is_a_visit(events) -> None:
    found = events.full("Afonso Dhlakama, leader of the Renamo rebels, flew to Harare on Monday.")
    assert [(e.type, e.mode, e.target) for e in found] == [("CONSULT", "visit", ["reg:ZWE"])]
    # rebel forces reaching a town are moved forces
    found = events("Renamo rebels flew to Harare on Monday.")
    assert [t for t, _, _ in found] == ["MOBILIZE"]


def test_events_plover_anyone_let_into_a_place_is_given_access(events) -> None:
    found = events.full("Khartoum let the first 150 Rwandan troops into Darfur on Sunday.")
    assert [(e.type, e.mode, e.source) for e in found] == [("RETREAT", "access", ["reg:SDN"])]


def test_events_plover_a_suspect_handed_to_another_force_is_judicial_cooperation(events) -> None:
    found = events.full("The army handed the captured rebels to the police on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["new:-:military"], ["new:-:police"])
    ]


def test_events_plover_called_on_in_a_petition_is_a_request(events) -> None:
    found = events("Chinese intellectuals called on parliament in a petition to free the press.")
    assert ("REQUEST", "asserted", ["new:CHN:education"]) in found
    # calling on someone at his office is no request
    found = events("The ambassador called on the president at his office.")
    assert "REQUEST" not in [t for t, _, _ in found]


def test_events_plover_forces_that_stop_firing_cease_fire(events) -> None:
    found = events("Government troops and rebel forces stopped firing along the front on Monday.")
    assert ("RETREAT", "asserted") in [(t, s) for t, s, _ in found]
    # stopping someone else's attack is no ceasefire of one's own
    found = events("The army stopped the rebels from attacking the town.")
    assert "RETREAT" not in [t for t, _, _ in found]


def test_events_plover_a_threat_carried_out_is_the_act_done(events) -> None:
    found = events.full("Gazprom carried out its threat to cut off gas supplies to Ukraine.")
    assert [(e.type, e.status, e.target) for e in found] == [("SANCTION", "asserted", ["reg:UKR"])]
    # a threat renewed is still only a threat
    found = events("Gazprom renewed its threat to cut off gas supplies to Ukraine.")
    assert ("SANCTION", "hypothetical") in [(t, s) for t, s, _ in found]


def test_events_plover_energy_sold_to_another_state_is_economic_cooperation(events) -> None:
    found = events.full("Algeria resumed gas deliveries to Morocco on Friday.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["reg:DZA"], ["reg:MAR"])
    ]
    found = events("Nigeria began supplying crude to Ghana's refinery in Tema last week.")
    assert ("COOPERATE", "asserted", ["reg:NGA"]) in found
    # cutting the deliveries is no cooperation, nor are food shipments (aid)
    found = events("Algeria cut gas deliveries to Morocco on Friday.")
    assert "COOPERATE" not in [t for t, _, _ in found]
    found = events("Japan stepped up shipments of rice to North Korea.")
    assert "COOPERATE" not in [t for t, _, _ in found]


def test_events_plover_a_joint_venture_compounded_with_what_it_runs(events) -> None:
    found = events.full("Hyundai opened a joint venture car plant with the Vietnamese government.")
    assert [(e.type, e.status, e.target) for e in found] == [
        ("COOPERATE", "asserted", ["new:VNM:government"])
    ]
    # a plant that is only a plant is no cooperation
    found = events("Hyundai opened a new car plant in Vietnam.")
    assert "COOPERATE" not in [t for t, _, _ in found]


def test_events_plover_joining_another_navy_for_exercises_is_military_cooperation(events) -> None:
    found = events.full("Greece's navy joined Italian warships for the annual Aegean exercises.")
    assert [(e.type, e.source) for e in found] == [("COOPERATE", ["new:GRC:military"])]
    # one army's war games mobilise it; joint ones are cooperation
    found = events("The Turkish army staged war games near the border on Monday.")
    assert ("MOBILIZE", "asserted", ["new:TUR:military"]) in found
    found = events("Egypt and Jordan held joint war games in the Sinai on Monday.")
    assert "COOPERATE" in [t for t, _, _ in found]


def test_events_plover_arms_held_by_a_consignment_or_counted_from_the_first(events) -> None:
    # the parser hangs "to" on the arms the consignment holds
    found = events.full(
        "Prague has shipped a fresh consignment of MiG-23 fighters and tank spares to "
        "Ethiopia's Marxist government."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("AID", ["reg:CZE"], ["new:ETH:government"])
    ]
    found = events.full(
        "France delivered the first of ten Puma helicopters to the Chadian army's border "
        "battalions on Monday."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("AID", ["reg:FRA"], ["new:TCD:military"])
    ]


def test_events_plover_websites_knocked_out_or_broken_into_are_cyber_attacks(events) -> None:
    found = events("Chinese hackers knocked out the websites of Taiwan's cabinet on Monday.")
    assert ("COERCE", "asserted", ["new:CHN:hacker"]) in found
    found = events.full("Serbian hackers broke into thirty Albanian government websites.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "cyber")]
    # a house broken into, a statue defaced: no cyber attack
    found = events("Burglars broke into the house.")
    assert "COERCE" not in [t for t, _, _ in found]
    found = events.full("Protesters defaced a statue of the former dictator.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "vandalize")]


def test_events_plover_an_event_noun_reported_by_someone_took_place(events) -> None:
    found = events(
        "The deployment of 5,000 Chadian troops along the border, reported by state radio on "
        "Monday, is the largest in a decade."
    )
    assert ("MOBILIZE", "asserted", ["new:TCD:military"]) in found
    # a noun planned for later, or described without doer or date, is no report of an act
    found = events("The deployment of 5,000 Chadian troops planned for May is the largest yet.")
    assert ("MOBILIZE", "asserted") not in [(t, s) for t, s, _ in found]
    found = events("The deployment of 5,000 Chadian troops, reported earlier, is the largest yet.")
    assert ("MOBILIZE", "asserted") not in [(t, s) for t, s, _ in found]


def test_events_plover_ties_restored_between_two_states_named_on_the_relations(events) -> None:
    found = events.full(
        "The restoration of diplomatic relations between Chile and Bolivia was announced in "
        "Lima on Friday."
    )
    assert [(e.type, sorted(e.source)) for e in found] == [("SUPPORT", ["reg:BOL", "reg:CHL"])]
    # relations merely mentioned are no event
    found = events("The state of relations between Chile and Bolivia worries Lima.")
    assert "SUPPORT" not in [t for t, _, _ in found]


def test_events_plover_what_trucks_carry_and_whom_a_measured_shipment_is_from(events) -> None:
    found = events.full("Italy sent trucks carrying flour and medicine to Tuzla.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:ITA"])]
    found = events.full(
        "A shipment of ten tonnes of medicine from the World Health Organization reached "
        "hospitals in Kabul on Monday."
    )
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:who"])]
    # trucks carrying troops are no aid
    found = events("Italy sent trucks carrying troops to the border.")
    assert "AID" not in [t for t, _, _ in found]


def test_events_plover_a_pullback_is_a_withdrawal(events) -> None:
    found = events.full("Syrian forces carried out a pullback from the Bekaa valley on Monday.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("RETREAT", "withdraw", ["new:SYR:military"])
    ]


def test_events_plover_what_talks_are_about_is_no_event_reported(events) -> None:
    found = events("Syria and Israel resumed negotiations today on an Israeli pullback.")
    assert "RETREAT" not in [t for t, _, _ in found]
    assert "CONSULT" in [t for t, _, _ in found]
    found = events("Syria and Israel held talks on a troop withdrawal in Geneva on Monday.")
    assert "RETREAT" not in [t for t, _, _ in found]
    # a withdrawal carried out is one
    found = events("Israel carried out a troop withdrawal from Hebron on Friday.")
    assert ("RETREAT", "asserted", ["reg:ISR"]) in found


def test_events_plover_a_patrol_attacked_is_the_target_not_the_attacker(events) -> None:
    found = events.full("A Turkish patrol was ambushed near the Iraqi border on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("ASSAULT", [], ["new:TUR:military"])]
    # an agreement signed still names its parties as the signers
    found = events.full("An agreement between Peru and Ecuador was signed on Monday.")
    assert [(e.type, sorted(e.source)) for e in found] == [("SUPPORT", ["reg:ECU", "reg:PER"])]


def test_events_plover_governments_in_an_organisation_act_for_it(events) -> None:
    found = events("Creditor governments in the Paris Club cancelled half of Zambia's debt.")
    assert ("AID", "asserted", ["reg:paris-club"]) in found
    found = events.full("Member states of the European Union imposed sanctions on Iran.")
    assert [(e.type, e.source, e.target) for e in found] == [("SANCTION", ["reg:eu"], ["reg:IRN"])]
    # diplomats in a capital are not its government
    found = events("Western diplomats in Baghdad condemned the attack.")
    assert all(source != ["reg:IRQ"] for _, _, source in found)


def test_events_plover_debt_written_off_is_aid_to_its_debtor(events) -> None:
    found = events.full("The write-off of Ghana's debt by the Paris Club took effect on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("AID", ["reg:paris-club"], ["reg:GHA"])
    ]
    found = events.full("The Paris Club cancelled half of the debt owed by Ghana on Monday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:GHA"])]
    found = events.full("Germany granted debt relief to Ghana.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:GHA"])]
    # a cancelled summit is no debt relief
    found = events("The cancellation of the summit by Ghana angered Togo.")
    assert "AID" not in [t for t, _, _ in found]


def test_events_plover_a_past_the_tagger_read_as_a_participle_is_no_plan(events) -> None:
    text = (
        "General Jaruzelski, Poland's prime minister and Communist Party leader, imposed "
        "martial law on Sunday, state radio announced."
    )
    assert ("COERCE", "asserted", ["reg:wojciech-jaruzelski"]) in events(text)
    # an announced plan stays one
    found = events("The Polish government announced it would impose martial law.")
    assert ("COERCE", "planned", ["new:POL:government"]) in found


def test_events_plover_a_crossing_opened_to_traders_is_trade(events) -> None:
    found = events.full("The border crossing was reopened to Thai traders by Laos on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["reg:LAO"], ["new:THA:business"])
    ]
    found = events("Laos reopened the crossing to trade with Thailand on Monday.")
    assert ("COOPERATE", "asserted", ["reg:LAO"]) in found
    # a crossing reopened is access, not trade
    found = events.full("Israel reopened the Karni crossing on Monday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "access")]


def test_events_plover_a_hyphenated_re_verb_is_the_verb_again(events) -> None:
    found = events.full("Syria re-established diplomatic ties with Iraq on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("SUPPORT", ["reg:SYR"], ["reg:IRQ"])]
    found = events.full("The Indian army re-imposed the curfew in Srinagar on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "curfew")]
    found = events("Ethiopia has agreed to re-open its border crossings to UN peacekeepers.")
    assert ("RETREAT", "planned", ["reg:ETH"]) in found


def test_events_plover_owner_of_a_measure_of_debt_is_its_target(events) -> None:
    found = events.full("Japan wrote off 200 million dollars of debt owed by Ghana on Monday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:GHA"])]
    found = events.full("Italy cancelled 90 million euros of Kenya's debt on Friday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:KEN"])]


def test_events_plover_money_released_to_a_state_is_aid(events) -> None:
    found = events.full("The European Union released 30 million euros to Malawi on Monday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:MWI"])]
    # the release of people stays a release
    found = events.full("The rebels released 20 hostages to the Red Cross on Monday.")
    assert [(e.type, e.mode) for e in found][:1] == [("RETREAT", "release")]


def test_events_plover_forces_sent_to_attack_report_the_attack(events) -> None:
    found = events.full("Chad sent commandos to storm the rebel camp on Tuesday.")
    assert [(e.type, e.status) for e in found] == [("ASSAULT", "asserted")]
    found = events.full("Chad sent tanks into Abeche, shelling rebel positions for ten hours.")
    assert "ASSAULT" in [e.type for e in found]
    assert "MOBILIZE" not in [e.type for e in found]
    # forces sent somewhere are deployed; what they are sent to do is a plan
    found = events.full("India sent 40,000 troops to Kashmir to crush the revolt.")
    assert [(e.type, e.status) for e in found][0] == ("MOBILIZE", "asserted")
    assert ("ASSAULT", "asserted") not in [(e.type, e.status) for e in found]


def test_events_plover_gunmen_massed_and_officers_flooded_in_are_mobilised(events) -> None:
    found = events.full("Somali militias massed hundreds of gunmen along the Green Line.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Kenyan police flooded central Nairobi with 2,000 officers on Saturday.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "police")]


def test_events_plover_a_strike_wielded_by_the_subject_is_its_protest(events) -> None:
    for text in (
        "Nigeria's main labour union paralysed Lagos with a general strike on Monday.",
        "Nigeria's main labour union brought Lagos to a standstill with a general strike.",
    ):
        found = events.full(text)
        assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")], text
        assert found[0].source == ["new:NGA:labour"], text
    # one greeted with a strike does not strike
    found = events.full("Nigerian President Obasanjo was greeted with a general strike in Lagos.")
    assert "PROTEST" not in [e.type for e in found]


def test_events_plover_met_with_tear_gas_is_no_meeting(events) -> None:
    found = events.full("Ugandan police met the opposition marchers with tear gas in Kampala.")
    assert "CONSULT" not in [e.type for e in found]
    found = events.full("Museveni met with Kenyatta in Kampala on Monday.")
    assert [e.type for e in found] == ["CONSULT"]


def test_events_plover_weapons_handed_to_an_army_and_instructors_dispatched_are_aid(
    events,
) -> None:
    found = events.full("The United States handed eight helicopters to the Salvadoran army.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("AID", ["reg:USA"], ["new:SLV:military"])
    ]
    found = events.full("Cuba dispatched 500 military instructors to Angola on Friday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:AGO"])]
    # rebels handing over their own rifles disarm
    found = events.full("Angolan rebels handed over their rifles to the army on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "disarm")]


def test_events_plover_the_one_welcomed_is_the_visitor(events) -> None:
    for text in (
        "Cuban President Fidel Castro was given a red-carpet welcome in Harare on Thursday.",
        "Zimbabwe gave Cuban President Fidel Castro a red-carpet welcome on Thursday.",
    ):
        found = events.full(text)
        assert [(e.type, e.mode, e.source, e.target) for e in found] == [
            ("CONSULT", "visit", ["reg:fidel-castro"], ["reg:ZWE"])
        ], text
    found = events.full("Fidel Castro received a red-carpet welcome in Harare on Thursday.")
    assert [(e.type, e.source) for e in found] == [("CONSULT", ["reg:fidel-castro"])]


def test_events_plover_a_refusal_with_an_adverbial_before_the_act_negates_it(events) -> None:
    found = events.full(
        "Pro-Iranian kidnappers holding American journalist Terry Anderson refused on "
        "Tuesday to free him."
    )
    # the refusal (to yield the hostage) is the event; no planned release
    assert [(e.type, e.mode, e.status) for e in found] == [("REJECT", "yield", "asserted")]
    # a purpose infinitive stays a plan
    found = events.full("Kenya sent an envoy to Khartoum on Monday to negotiate a truce.")
    assert all(e.status != "negated" for e in found)


def test_events_plover_stepping_in_to_mediate_is_mediation(events) -> None:
    found = events.full("Jakarta stepped in to mediate between Hun Sen and Sihanouk on Monday.")
    assert [(e.type, e.status) for e in found] == [("CONSULT", "asserted")]
    found = events.full("Indonesia will step in to mediate between Hun Sen and Sihanouk.")
    assert [(e.type, e.status) for e in found] == [("CONSULT", "planned")]


def test_events_plover_the_name_after_a_kind_noun_is_the_doer(events) -> None:
    found = events.full(
        "The Islamic militant group Hamas carried out a suicide bombing on a Jerusalem bus."
    )
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:hamas"])]


def test_events_plover_an_escorted_load_and_a_deposit_in_a_bank_are_aid(events) -> None:
    found = events.full(
        "Canadian peacekeepers escorted a convoy of 40 trucks carrying flour into Srebrenica."
    )
    assert [e.type for e in found] == ["AID"]
    found = events.full("Saudi Arabia deposited $1 billion in Egypt's central bank on Sunday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:SAU"])]
    # trucks escorted with no load named are no aid
    found = events.full("UN troops escorted the trucks into Srebrenica on Sunday.")
    assert "AID" not in [e.type for e in found]


def test_events_plover_forces_deployed_to_attack_report_the_attack_as_when_sent(events) -> None:
    found = events.full("Chad deployed commandos to storm the rebel camp on Tuesday.")
    assert [(e.type, e.status) for e in found] == [("ASSAULT", "asserted")]


def test_events_plover_the_one_who_takes_a_call_is_called(events) -> None:
    for text in (
        "Indian Prime Minister Atal Behari Vajpayee took a call from Pakistani Prime Minister "
        "Nawaz Sharif on Monday.",
        "Vajpayee received a call from Sharif on Monday.",
        "Vajpayee took a phone call from Sharif about the border.",
    ):
        found = events.full(text)
        assert [(e.type, e.mode, e.source, e.target) for e in found] == [
            ("CONSULT", "phone", ["reg:nawaz-sharif"], ["reg:atal-bihari-vajpayee"])
        ], text
    # what is taken from someone else is done by them to the subject
    found = events.full("The Egyptian government took aid from the United States.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:USA"])]
    # the one who places a call makes it
    found = events.full("Sharif placed a call to Vajpayee on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("CONSULT", ["reg:nawaz-sharif"], ["reg:atal-bihari-vajpayee"])
    ]


def test_events_plover_a_partner_named_in_the_object_phrase_is_the_counterpart(events) -> None:
    for text, expected in (
        ("Chad discussed the border dispute with Niger on Wednesday.", ["reg:NER"]),
        ("Chad signed an accord with Niger on Friday.", ["reg:NER"]),
        ("Chad was determined to settle its border dispute with Niger this year.", ["reg:NER"]),
        ("Chad exchanged lists of its prisoners of war with Niger on Thursday.", ["reg:NER"]),
    ):
        found = events.full(text)
        assert [(e.source, e.target) for e in found][:1] == [(["reg:TCD"], expected)], text


def test_events_plover_records_passed_to_another_state_are_shared_intelligence(events) -> None:
    for text in (
        "Chadian police passed to their Nigerien counterparts on Thursday the locations of "
        "12 rebel camps.",
        "Chadian police opened their files to Nigerien police investigators on Monday.",
        "Chad exchanged lists of its nuclear installations with Niger on Thursday.",
    ):
        found = events.full(text)
        assert [(e.type, e.cameo) for e in found][:1] == [("COOPERATE", "064")], text
    # files opened to inspectors are access, not intelligence shared
    found = events.full("Iraq opened its files to UN inspectors.")
    assert [e.type for e in found] == ["RETREAT"]


def test_events_plover_supplies_cut_to_a_place_are_withheld(events) -> None:
    for text in (
        "Chad halted fuel deliveries to the rebel town's only power plant on Thursday.",
        "Chad's defence minister ordered a fresh cut in fuel deliveries to the power station "
        "of Abeche on Thursday.",
        "Chad sharply reduced fuel and electricity supplies to the border district on Monday.",
    ):
        found = events.full(text)
        assert [(e.type, e.mode) for e in found][:1] == [("COERCE", "withhold")], text
    # supplies cut to a state are a sanction
    found = events.full("Chad cut off gas supplies to Niger on Sunday.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:NER"])]


def test_events_plover_expelling_a_people_is_deportation(events) -> None:
    for text in (
        "Chadian authorities stepped up their expulsions of Roma on Thursday.",
        "Chad expelled 130 Romanian Roma on Thursday.",
    ):
        found = events.full(text)
        assert [(e.type, e.mode) for e in found] == [("COERCE", "deport")], text
    found = events.full("Chad's expulsion of two Nigerien diplomats angered Niamey.")
    assert [(e.type, e.mode) for e in found][:1] == [("SANCTION", "expel")]


def test_events_plover_a_police_raid_on_offices_is_a_search(events) -> None:
    found = events.full(
        "Chadian state security police mounted a dawn raid on the offices of the opposition "
        "party, carting away computers."
    )
    assert [(e.type, e.mode) for e in found][:1] == [("COERCE", "seize")]
    # a raid on a base or a village is an attack
    for text in (
        "Chadian commandos mounted a raid on a rebel base.",
        "Rebels mounted a raid on a village near the border.",
    ):
        assert [e.type for e in events.full(text)][:1] == ["ASSAULT"], text


def test_events_plover_raising_the_alert_status_is_mobilization(events) -> None:
    for text in (
        "Chad raised the alert status of its frontline army units on Monday.",
        "Chad raised the state of alert of its army.",
    ):
        found = events.full(text)
        assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["reg:TCD"])], text
    assert events.full("Chad raised the level of its oil output.") == []


def test_events_plover_people_put_on_a_flight_home_are_deported(events) -> None:
    found = events.full(
        "Chadian authorities put another 130 Romanian Roma on charter flights home."
    )
    assert [(e.type, e.mode) for e in found] == [("COERCE", "deport")]
    # troops put on a plane are not deported
    assert events.full("The Chadian army put the troops on a plane to Abeche.") == []


def test_events_plover_a_unit_of_named_troops_names_their_side(events) -> None:
    found = events.full(
        "A battalion of 800 Nigerien soldiers arrived in N'Djamena on Saturday to reinforce "
        "the United Nations peacekeeping mission in Chad."
    )
    assert [(e.type, e.source) for e in found][:1] == [("AID", ["new:NER:military"])]
    found = events.full("Chad received the first battalion of United Nations peacekeepers.")
    assert [(e.type, e.target) for e in found] == [("RETREAT", ["reg:un"])]


def test_events_plover_lobbying_for_or_against_a_third_party(events) -> None:
    found = events.full(
        "Kenya lobbied fellow African Union members on Friday to back Uganda's bid to chair "
        "the bloc."
    )
    assert [(e.type, e.cameo, e.target) for e in found][:1] == [("SUPPORT", "053", ["reg:UGA"])]
    found = events.full("Kenya lobbied its partners on Tuesday on behalf of Uganda's bid.")
    assert [(e.type, e.target) for e in found][:1] == [("SUPPORT", ["reg:UGA"])]
    found = events.full(
        "Kenya lobbied African governments on Tuesday to oppose Uganda's bid for a seat on "
        "the council."
    )
    assert [(e.type, e.cameo, e.target) for e in found][:1] == [("ACCUSE", "113", ["reg:UGA"])]
    # lobbying someone to do something is a request to them
    found = events.full("Kenya lobbied Uganda to release the prisoners.")
    assert [(e.type, e.target) for e in found][:1] == [("REQUEST", ["reg:UGA"])]


def test_events_plover_a_road_cut_is_a_blockade_or_by_protesters_an_obstruction(events) -> None:
    found = events.full("Chadian forces cut the road to Abeche on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "restrict")]
    found = events.full("Chadian protesters cut the main highway with felled trees on Tuesday.")
    assert [(e.type, e.mode) for e in found][:1] == [("PROTEST", "obstruct")]
    assert events.full("The Chadian government cut the budget for roads.") == []


def test_events_plover_a_vow_to_unleash_weapons_is_a_threat(events) -> None:
    found = events.full("Deby vowed to unleash his army's missiles against Niger.")
    assert [(e.type, e.mode) for e in found][:1] == [("THREATEN", "violence")]
    found = events.full("Chad unleashed its army against the rebels on Monday.")
    assert [(e.type, e.source) for e in found] == [("ASSAULT", ["reg:TCD"])]
    assert events.full("The Chadian company unleashed a new product.") == []


def test_events_plover_military_trainers_arriving_are_military_aid(events) -> None:
    found = events.full("Some 200 Kenyan military instructors arrived in N'Djamena on Monday.")
    assert [(e.type, e.cameo, e.source) for e in found] == [("AID", "072", ["new:KEN:instructor"])]
    # soldiers helping protect what is in the country they are sent to give protection
    found = events.full("Kenya sent 300 soldiers to Chad on Friday to help protect refugee camps.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:TCD"])]
    found = events.full("Kenya sent 300 soldiers to Chad on Friday.")
    assert [e.type for e in found] == ["MOBILIZE"]


def test_events_plover_fuel_pumped_or_shipped_to_a_state_is_trade(events) -> None:
    found = events.full("Chad began pumping oil for Niger again through the pipeline on Monday.")
    assert [(e.type, e.source) for e in found] == [("COOPERATE", ["reg:TCD"])]
    assert events.full("Chad pumped oil into the lake on Monday.") == []
    found = events.full("Kenya resumed rail shipments of coal and fertiliser to Uganda on Monday.")
    assert [(e.type, e.target) for e in found] == [("COOPERATE", ["reg:UGA"])]
    found = events.full("Kenya resumed shipments of rice and fertiliser to Uganda on Monday.")
    assert [e.type for e in found] == ["AID"]


def test_events_plover_captives_handed_over_are_released(events) -> None:
    found = events.full(
        "Chadian rebels handed over 42 captured soldiers to the Red Cross on Thursday."
    )
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]
    # captured criminals handed to another state's police are judicial cooperation, and that
    # police is the counterpart
    found = events.full("Kenya handed over two captured Somali pirates to Ugandan police.")
    assert [(e.type, e.cameo, e.target) for e in found] == [
        ("COOPERATE", "063", ["new:UGA:police"])
    ]


def test_events_plover_troops_vacating_a_base_withdraw(events) -> None:
    found = events.full("The last Chadian troops vacated the air base outside Bangui on Sunday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "withdraw")]
    assert events.full("The Chadian tenants vacated the building on Monday.") == []


def test_events_plover_a_team_sent_to_investigate_is_the_inquiry(events) -> None:
    found = events.full("Kenya sent a team of experts to Chad to investigate the killings.")
    assert [(e.type, e.mode, e.source, e.target) for e in found] == [
        ("ACCUSE", "investigate", ["reg:KEN"], ["reg:TCD"])
    ]
    # a team sent for talks is still a meeting
    found = events.full("Kenya sent a team to Chad for talks with the rebels.")
    assert "ACCUSE" not in [e.type for e in found]


def test_events_plover_civilians_defying_authority_protest(events) -> None:
    found = events.full(
        "Chadian opposition supporters defied the authorities on Monday night, shouting "
        "anti-government slogans from rooftops."
    )
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "demo")]
    found = events.full("Chad defied the United Nations on Monday.")
    assert [(e.type, e.mode) for e in found] == [("REJECT", "yield")]
    # an opening participle of defiance is no protest of its own
    found = events.full(
        "Defying the government's austerity drive, Chad's main labour union staged a general "
        "strike on Friday."
    )
    kinds = [(e.type, e.mode) for e in found]
    assert ("PROTEST", "strike") in kinds and ("PROTEST", "demo") not in kinds


def test_events_plover_numbers_of_troops_ordered_act_for_their_commander(events) -> None:
    found = events.full("Deby ordered thousands of troops to reinforce the border with Niger.")
    assert [(e.type, e.status, e.source) for e in found] == [
        ("MOBILIZE", "asserted", ["reg:idriss-deby"])
    ]
    # an order to others than one's forces stays an open demand
    found = events.full("Deby ordered thousands of protesters to reinforce the barricades.")
    assert "asserted" not in [e.status for e in found if e.type == "MOBILIZE"]


def test_events_plover_setting_upon_people_is_an_attack_done(events) -> None:
    found = events.full(
        "Gendarmes in Abeche set upon a group of Union for Democracy activists gathered "
        "outside the party's regional office, punching and kicking them for several minutes."
    )
    assert [(e.type, e.status) for e in found][:1] == [("ASSAULT", "asserted")]
    # "set" plans only what it governs as an infinitive
    assert "planned" not in [e.status for e in found]
    found = events.full("Chad is set to hold talks with Niger on Monday.")
    assert [(e.type, e.status) for e in found] == [("CONSULT", "planned")]


def test_events_plover_barring_inspectors_declines_international_involvement(events) -> None:
    found = events.full("Chad barred a United Nations fact-finding team from entering Abeche.")
    assert [(e.type, e.cameo, e.target) for e in found] == [("REJECT", "1245", ["reg:un"])]
    found = events.full("Chad said it had barred two of the agency's inspectors on Monday.")
    assert [(e.type, e.mode) for e in found] == [("REJECT", "yield")]
    # a team of no international party is barred, not refused as a mission
    found = events.full("Chad barred the national football team from the tournament.")
    assert [e.type for e in found] == ["COERCE"]


def test_events_plover_forces_sent_to_cooperate_cooperate(events) -> None:
    found = events.full(
        "Deby sent Chadian police commandos to mount joint patrols with Nigerien border units "
        "on Friday."
    )
    assert [e.type for e in found] == ["COOPERATE"]
    # sent to fight, they are deployed; sent to help another's government, they are aid
    found = events.full("Kenya sent troops to Chad to fight the rebels.")
    assert "MOBILIZE" in [e.type for e in found]
    found = events.full(
        "Kenya sent 600 soldiers to Uganda on Sunday to help President Museveni's government "
        "fight rebels."
    )
    assert [e.type for e in found][:1] == ["AID"]


def test_events_plover_budget_support_is_economic_aid(events) -> None:
    found = events.full("Kenya resumed budget support to Uganda on Sunday.")
    assert [(e.type, e.cameo) for e in found] == [("AID", "071")]
    found = events.full("Kenya has given Uganda 30 million dollars in budget support.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Kenya voiced support for Uganda's bid on Sunday.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_events_plover_quitting_or_staying_away_from_talks_halts_negotiations(events) -> None:
    found = events.full("Chad quit the peace talks with Niger on Monday.")
    assert [(e.type, e.cameo) for e in found][:1] == [("SANCTION", "164")]
    found = events.full(
        "Chad said it would stay away from the negotiating table unless Niger lifted the sanctions."
    )
    assert [(e.type, e.status) for e in found][:1] == [("SANCTION", "conditional")]
    # a minister quitting resigns
    found = events.full("Chad's finance minister quit his post on Friday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "resign")]


def test_events_plover_forces_working_side_by_side_cooperate(events) -> None:
    found = events.full(
        "Chadian and Nigerien army engineers began working side by side on Tuesday to clear "
        "landmines along the border."
    )
    # both sides are the doers (by country: "army engineers" are read as civilians)
    assert [(e.type, sorted(k.split(":")[1] for k in e.source)) for e in found] == [
        ("COOPERATE", ["NER", "TCD"])
    ]
    assert events.full("The Chadian farmer worked side by side with his son.") == []


def test_events_plover_raising_the_prospect_of_a_harmful_act_threatens(events) -> None:
    found = events.full("Chad raised the prospect of expelling Nigerien diplomats on Thursday.")
    assert [(e.type, e.mode, e.source) for e in found] == [("THREATEN", "expel", ["reg:TCD"])]
    assert [k.split(":")[1] for k in found[0].target] == ["NER"]
    # a prospect of cooperation is no threat
    found = events.full("The deal raised the prospect of expanding trade with Chad.")
    assert "THREATEN" not in [e.type for e in found]


def test_events_plover_reopened_talks_and_a_green_light(events) -> None:
    found = events.full("Chad reopened negotiations with Niger on Wednesday.")
    assert [(e.type, e.source, e.target) for e in found] == [("CONSULT", ["reg:TCD"], ["reg:NER"])]
    found = events.full(
        "Chad has given the green light for a resumption of peace negotiations with Niger."
    )
    assert [(e.type, e.cameo, e.source) for e in found][:1] == [("AGREE", "030", ["reg:TCD"])]


def test_events_plover_a_fuel_s_demonym_names_the_state_that_sells_it(events) -> None:
    found = events.full(
        "The first shipment of Algerian natural gas to Chad arrived through the new pipeline "
        "on Monday."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("COOPERATE", ["reg:DZA"], ["reg:TCD"])
    ]
    # a fuel's origin is no party where no act is told
    assert events.full("Prices of Algerian oil rose on Monday.") == []


def test_events_plover_aid_extended_to_a_capital(events) -> None:
    found = events.full("Algiers extended an assistance package to Niamey on Wednesday.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:DZA"], ["reg:NER"])]
    found = events.full("Kenya extended Uganda a loan of 40 million dollars on Monday.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:KEN"], ["reg:UGA"])]
    # a curfew extended is no aid
    assert "AID" not in [e.type for e in events.full("Chad extended the curfew in Ndjamena.")]
    # the capital in the "to" phrase of what is given
    found = events.full("Beijing extended assistance to Harare on Wednesday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:ZWE"])]


def test_events_plover_territory_taken_and_talks_called_off(events) -> None:
    found = events.full("Chadian troops took control of the disputed Aozou strip on Monday.")
    assert [(e.type, e.mode, e.cameo) for e in found] == [("COERCE", "seize", "192")]
    assert events.full("The new coach took control of the team on Monday.") == []
    found = events.full("Chad called off peace negotiations with the Nigerien rebels on Monday.")
    assert [(e.type, e.cameo) for e in found][:1] == [("SANCTION", "164")]
    found = events.full("Chad called off a planned meeting with Niger on Monday.")
    assert [(e.type, e.mode) for e in found][:1] == [("REJECT", "meet")]


def test_events_plover_lending_halted_and_a_case_filed(events) -> None:
    found = events.full("The World Bank halted new lending to Chad on Friday.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:TCD"])]
    found = events.full("Chad filed a case against Niger at the International Court of Justice.")
    assert [(e.type, e.mode, e.source, e.target) for e in found][:1] == [
        ("ACCUSE", "allege", ["reg:TCD"], ["reg:NER"])
    ]


def test_events_plover_campaigns_of_intimidation_and_mutilation(events) -> None:
    found = events.full(
        "Chadian authorities stepped up a campaign of intimidation against opposition supporters."
    )
    assert [e.type for e in found] == ["COERCE"]
    found = events.full(
        "Rebels unleashed a campaign of mutilation and slaughter against civilians in Chad."
    )
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_gunmen_spraying_bullets_and_a_bomb_tearing_through(events) -> None:
    found = events.full(
        "Gunmen sprayed the Chadian president's motorcade with bullets in Ndjamena."
    )
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "firearms")]
    found = events.full(
        "A bomb planted by Chadian rebels tore through a crowded bus near Ndjamena on Monday."
    )
    assert [(e.type, e.mode, e.cameo) for e in found] == [("ASSAULT", "explosives", "183")]
    # the gardener sprays the roses with water
    assert events.full("The gardener sprayed the roses with water.") == []


def test_events_plover_access_opened_or_consented_to(events) -> None:
    found = events.full("Chad opened the flooded region to United Nations relief agencies.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "access")]
    found = events.full(
        "Chad consented on Tuesday to the deployment of 200 African Union monitors in the east."
    )
    assert [(e.type, e.mode, e.source) for e in found][:1] == [("RETREAT", "access", ["reg:TCD"])]


def test_events_plover_forces_ordered_to_stand_down_and_a_surrender(events) -> None:
    found = events.full(
        "Chad ordered its troops massed along the border to stand down on Wednesday."
    )
    assert [(e.type, e.cameo) for e in found] == [("RETREAT", "087")]
    found = events.full("The surrender of 300 Chadian soldiers to Nigerien troops was confirmed.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "disarm")]
    assert [k.split(":")[1] for k in found[0].source] == ["TCD"]


def test_events_plover_canvassing_support_and_offering_protection(events) -> None:
    found = events.full("Chad has been canvassing African governments to back Niger's bid.")
    assert [(e.type, e.cameo, e.source) for e in found][:1] == [("SUPPORT", "053", ["reg:TCD"])]
    # troops offered to protect people are an offer of aid, not a threat
    found = events.full("Chad has offered to deploy troops to protect refugees returning to Niger.")
    assert [e.type for e in found][:1] == ["AGREE"]
    found = events.full("Chad has offered to deploy troops along its border with Niger.")
    assert [e.type for e in found][:1] == ["THREATEN"]


def test_events_plover_human_shields_and_acid_attacks(events) -> None:
    found = events.full("Chadian rebels held hundreds of villagers as a human shield.")
    assert [(e.type, e.cameo) for e in found] == [("ASSAULT", "184")]
    found = events.full("Chadian rebels chained captured Nigerien soldiers to a bridge.")
    assert [(e.type, e.cameo) for e in found] == [("ASSAULT", "184")]
    # activists chaining themselves to gates protest
    found = events.full("The Chadian activists chained themselves to the gates.")
    assert "ASSAULT" not in [e.type for e in found]
    found = events.full("Militants hurled acid at schoolgirls in Ndjamena on Monday.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "primitive")]


def test_events_plover_police_storming_offices_and_breaking_up_marches(events) -> None:
    found = events.full("Chadian police stormed the headquarters of an opposition newspaper.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "seize")]
    found = events.full("Chadian troops stormed the rebel town of Abeche on Monday.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events.full("Chadian security forces broke up marches by students in Ndjamena.")
    assert [(e.type, e.cameo) for e in found][:1] == [("ASSAULT", "175")]


def test_events_plover_expulsion_into_exile(events) -> None:
    found = events.full("Chadian authorities drove thousands of villagers into exile in 1989.")
    assert [(e.type, e.cameo) for e in found] == [("ASSAULT", "201")]


def test_events_plover_ultimatums_and_cold_shoulders(events) -> None:
    found = events.full(
        "Chad gave the Nigerien rebels ten days to lay down their arms or face an offensive."
    )
    assert [(e.type, e.mode, e.cameo) for e in found][:1] == [("THREATEN", "relations", "139")]
    found = events.full("Chad gave the cold shoulder to Niger's latest overtures on Friday.")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["reg:TCD"])]
    found = events.full("Chad drew the line at letting Nigerien troops cross its border.")
    assert [(e.type, e.source) for e in found][:1] == [("REJECT", ["reg:TCD"])]
    found = events.full("The Chadian president flouted the African Union court on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("REJECT", "yield")]


def test_events_plover_notes_compared_and_a_dim_view_taken(events) -> None:
    found = events.full("The Chadian and Nigerien foreign ministers compared notes on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("CONSULT", "040")]
    found = events.full("Chad took a dim view of Niger's decision to close the border.")
    assert [(e.type, e.source) for e in found][:1] == [("ACCUSE", ["reg:TCD"])]
    assert events.full("The Chadian took a view of the lake from his window.") == []


def test_events_plover_investigators_exhuming_graves_and_questioning_suspects(events) -> None:
    found = events.full("Chadian investigators began exhuming mass graves near Abeche on Monday.")
    assert [(e.type, e.mode, e.cameo) for e in found] == [("ACCUSE", "investigate", "094")]
    found = events.full(
        "Chadian investigators questioned the former minister Ahmat Idriss over the theft of funds."
    )
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "investigate")]
    # a doubt is no inquiry
    assert events.full("The Chadian opposition questioned the official figures.") == []


def test_events_plover_a_parliamentary_panel_is_an_actor(events) -> None:
    found = events.full("A Chadian parliamentary panel began probing the ministry's accounts.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "investigate")]
    assert [k.split(":")[1] for k in found[0].source] == ["TCD"]


def test_events_plover_investigators_from_an_organisation_act_for_it(events) -> None:
    found = events.full(
        "Investigators from the International Atomic Energy Agency began exhuming a mass grave "
        "near Abeche on Monday."
    )
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["reg:iaea"])]


def test_events_plover_joint_openings_pooled_forces_and_suspects_surrendered(events) -> None:
    found = events.full("Chad and Niger jointly opened a new border crossing on Thursday.")
    assert [(e.type, sorted(e.source)) for e in found] == [("COOPERATE", ["reg:NER", "reg:TCD"])]
    found = events.full("Chad pooled troops with Niger on Monday to form a joint brigade.")
    assert [(e.type, e.source) for e in found][:1] == [("COOPERATE", ["reg:TCD"])]
    found = events.full(
        "Chad surrendered a suspected rebel commander to Nigerien judges on Monday."
    )
    assert [(e.type, e.cameo) for e in found] == [("COOPERATE", "063")]
    found = events.full("Chadian troops surrendered to Nigerien forces on Monday.")
    assert [e.type for e in found] == ["RETREAT"]


def test_events_plover_aid_bailing_out_funnelled_and_rushed(events) -> None:
    found = events.full("Algeria bailed out Chad's struggling economy on Tuesday with a loan.")
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["reg:DZA"], ["reg:TCD"])]
    assert events.full("The Chadian pilot bailed out over the desert on Tuesday.") == []
    found = events.full("Algeria funnelled rifles and ammunition to Chadian rebels on Monday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:DZA"])]
    found = events.full("Algeria rushed rice and cooking oil to flood victims in Chad on Tuesday.")
    assert [(e.type, e.source) for e in found] == [("AID", ["reg:DZA"])]


def test_events_plover_shows_of_force_and_forces_drafted(events) -> None:
    found = events.full("Chad flexed its military muscle on Saturday with a parade of tanks.")
    assert [(e.type, e.cameo) for e in found] == [("MOBILIZE", "150")]
    found = events.full("Chadian police drafted thousands of reinforcements into Abeche.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "police")]
    found = events.full("Chad poured armoured columns into the north on Friday.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Chadian troops were placed on a heightened state of readiness.")
    assert [(e.type, e.cameo) for e in found] == [("MOBILIZE", "152")]


def test_events_plover_coercion_permits_impounding_blackouts_and_emergency_rule(events) -> None:
    found = events.full("Chad revoked the work permits of 2,000 Nigerien labourers on Monday.")
    assert [(e.type, e.mode, e.cameo) for e in found] == [("COERCE", "restrict", "172")]
    found = events.full("Chadian customs officers impounded a cargo of rice on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "seize")]
    found = events.full("Chad blacked out BBC television broadcasts on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "censor")]
    found = events.full("Chad invoked emergency rule in three eastern provinces on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "martial-law")]
    found = events.full("Chadian authorities forced hundreds of street traders off the streets.")
    assert [(e.type, e.cameo) for e in found] == [("COERCE", "170")]


def test_events_plover_militiamen_unleashed_mediators_and_red_carpets(events) -> None:
    found = events.full("Chad unleashed militiamen on student demonstrators in Ndjamena.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events.full("Algeria acted as a mediator between Chad and the rebels on Tuesday.")
    assert [(e.type, e.cameo, e.source) for e in found][:1] == [("CONSULT", "045", ["reg:DZA"])]
    found = events.full("Algiers rolled out the red carpet on Tuesday for the Nigerien president.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    assert [k.split(":")[1] for k in found[0].target] == ["DZA"]


def test_events_plover_joint_works_aid_came_to_and_offices_closed(events) -> None:
    found = events.full("Chad and Niger began joint construction of a road bridge on Monday.")
    assert [(e.type, sorted(e.source)) for e in found] == [("COOPERATE", ["reg:NER", "reg:TCD"])]
    # construction with no joint partner is no cooperation
    assert events.full("The construction of the dam by Chadian engineers began in 2003.") == []
    found = events.full("Algeria came to the aid of Chad on Friday with a package of support.")
    assert [(e.type, e.source) for e in found][:1] == [("AID", ["reg:DZA"])]
    found = events.full("Chadian authorities closed the offices of an opposition party on Monday.")
    assert [(e.type, e.mode, e.cameo) for e in found] == [("COERCE", "restrict", "172")]
    found = events.full("Chad closed its embassy in Niamey on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("SANCTION", "161")]


def test_events_plover_civilians_protesting_against_a_government_demonstrate(events) -> None:
    found = events.full("Thousands of Chadian farmers protested against the government on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "demo")]
    # a state's protest to another is a diplomatic complaint
    found = events.full("Chad protested to Niger over the border incident on Monday.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "disapprove")]


def test_events_plover_work_with_and_talks_framing_or_joined_by_travel(events) -> None:
    found = events.full("Chad began working with the Nigerien army on Tuesday to clear mines.")
    assert [(e.type, e.source) for e in found][:1] == [("COOPERATE", ["reg:TCD"])]
    found = events.full(
        "In a telephone conversation on Friday, the presidents of Chad and Niger reviewed "
        "the border crisis."
    )
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    assert len(found[0].source) == 2
    # a victim of an attack takes no part in it
    found = events.full("Five Chadian soldiers were killed in an ambush near the border.")
    assert all(e.source == [] for e in found)
    found = events.full("Chad's foreign minister travelled to Algiers on Monday for talks.")
    assert {e.type for e in found} == {"CONSULT"}
    assert all(k.split(":")[1] == "TCD" for e in found for k in e.source)


def test_events_plover_coercion_by_administrative_and_police_acts(events) -> None:
    found = events.full("Chad dismissed the mayor of Abeche from office on Friday.")
    assert [(e.type, e.cameo) for e in found] == [("COERCE", "172")]
    found = events.full("Chad suspended the trading licences of Nigerien firms on Tuesday.")
    assert [(e.type, e.cameo) for e in found] == [("COERCE", "172")]
    found = events.full("Chadian authorities placed the town of Abeche under curfew on Friday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "curfew")]
    found = events.full("Chadian troops cordoned off the presidential palace on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "restrict")]
    found = events.full("Chadian officials coerced local chiefs into signing the petition.")
    assert [e.type for e in found][:1] == ["COERCE"]
    found = events.full("Chadian police forced hundreds of vendors out of the central market.")
    assert [e.type for e in found] == ["COERCE"]
    found = events.full("Nigerien migrants were sent back across the border by Chadian soldiers.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "deport")]
    found = events.full("Chad pulled the private radio station FM Liberte off the air.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "censor")]
    found = events.full("A Chadian court dissolved the National Salvation Front on Monday.")
    assert [e.type for e in found] == ["COERCE"]


def test_events_plover_raids_by_rebels_and_hacked_limbs_are_assaults(events) -> None:
    found = events.full("Chadian rebels raided a camp for refugees near Abeche overnight.")
    assert [e.type for e in found] == ["ASSAULT"]
    # a raid by the police is a search
    found = events.full("Chadian police raided the offices of an opposition newspaper.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "seize")]
    found = events.full("Chadian rebels hacked off the hands of dozens of villagers.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_reforms_withdrawals_and_rejections(events) -> None:
    found = events.full("Chad's parliament approved constitutional amendments on Friday.")
    assert [e.type for e in found] == ["CONCEDE"]
    found = events.full("Chad scaled back its military deployment along the Niger border.")
    assert ("RETREAT", "disarm") in [(e.type, e.mode) for e in found]
    found = events.full("Chadian voters threw out the United Nations blueprint for the north.")
    assert [e.type for e in found] == ["REJECT"]
    found = events.full("Chadian students stayed away from classes on Wednesday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "boycott")]
    found = events.full("The Chadian opposition leader began an indefinite fast on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "hunger")]


def test_events_plover_a_loan_for_a_state_is_given_to_it_a_call_for_troops_is_not(events) -> None:
    found = events.full("Algeria approved a standby loan for Chad on Wednesday.")
    assert [(e.type, e.target) for e in found] == [("AID", ["reg:TCD"])]
    # what is asked for is no recipient: the caller is
    found = events.full("Algeria rebuffed calls from Chad for Algerian troops on Tuesday.")
    assert [e.type for e in found] == ["REJECT"]
    assert found[0].target == ["reg:TCD"]


def test_events_plover_yielding_heels_rescues_and_shows_of_protest(events) -> None:
    found = events.full(
        "Yielding to opposition demands, the Chadian president sacked his cabinet and promised "
        "to name a new prime minister."
    )
    assert {e.type for e in found} == {"CONCEDE"}
    found = events.full("Chad dug in its heels on Friday over the disputed border with Niger.")
    assert [e.type for e in found] == ["REJECT"]
    found = events.full("Chadian commandos plucked 14 hostages from the hands of the rebels.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Thousands of Chadian students gathered in Ndjamena, chanting slogans.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "demo")]
    found = events.full("Some 20,000 Chadian students linked hands in a human chain on Saturday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "demo")]
    # a strike that shuts down markets is a strike, not censorship
    found = events.full("A general strike called by Chadian unions shut down markets on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]
    found = events.full("Chadian protesters took over the airport of Ndjamena on Wednesday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "obstruct")]


def test_events_plover_abductions_police_massed_aid_made_available_and_holds(events) -> None:
    found = events.full("Chadian rebels seized two Nigerien soldiers in a raid on Wednesday.")
    assert [(e.type, e.mode) for e in found][:1] == [("ASSAULT", "abduct")]
    # troops seizing a town occupy it
    found = events.full("Chadian troops seized the town of Abeche on Wednesday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "seize")]
    found = events.full("Some 2,000 Chadian riot police were massed around the university.")
    assert [(e.type, e.mode) for e in found] == [("MOBILIZE", "police")]
    found = events.full("Algeria made available 15 million dollars in relief for Chad on Friday.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("The World Bank cleared a $250 million credit for Chad on Tuesday.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Algeria put its peace talks with Chad on hold on Friday.")
    assert ("SANCTION", "withdraw") in [(e.type, e.mode) for e in found]
    found = events.full("Algeria kept its trade embargo against Chad in place on Thursday.")
    assert ("REJECT", "yield") in [(e.type, e.mode) for e in found]
    found = events.full("UN investigators began gathering testimony in Chad on Monday.")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "investigate")]
    found = events.full("The Chadian king announced the reinstatement of the parliament.")
    assert [e.type for e in found] == ["CONCEDE"]


def test_events_plover_weapons_handed_in_by_the_members_of_a_movement(events) -> None:
    # the parser reads "handed" as a participle of "movement"; the repair makes it the verb
    found = events.full("Some 2,000 fighters of the Chadian rebel movement handed in their "
                        "weapons at a camp near Abeche on Monday.")  # fmt: skip
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "disarm")]


def test_events_plover_meals_shunned_planes_shipped_back_plaudits_and_displays(events) -> None:
    found = events.full("Chadian prisoners shunned their meals for a week to press for visits.")
    assert [(e.type, e.mode) for e in found][:1] == [("PROTEST", "hunger")]
    found = events.full("The seized Nigerien plane was shipped back to Niger by Chad on Tuesday.")
    assert [(e.type, e.mode, e.source) for e in found] == [("RETREAT", "release", ["reg:TCD"])]
    found = events.full("Chad won warm plaudits from the International Monetary Fund on Monday.")
    assert [e.type for e in found] == ["SUPPORT"]
    found = events.full("A display of military strength by Chad was staged near the border.")
    assert [(e.type, e.source) for e in found] == [("MOBILIZE", ["reg:TCD"])]
    found = events.full("Chadian police ordered the residents of Abeche off the streets at dusk.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "curfew")]


def test_events_plover_hotlines_encounters_forces_poured_or_rushed_and_traffic_halted(
    events,
) -> None:
    found = events.full("The presidents of Chad and Niger spent an hour on the hotline on Friday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    found = events.full("The foreign ministers of Chad and Niger got together in Algiers.")
    assert [e.type for e in found] == ["CONSULT"]
    found = events.full("The presidents of Chad and Niger had a long encounter in Algiers.")
    assert [e.type for e in found] == ["CONSULT"]
    # an armed encounter is no meeting
    assert [e.type for e in events.full("Chadian troops had an armed encounter with rebels.")] != [
        "CONSULT"
    ]
    found = events.full("Chadian authorities poured 2,000 police into the streets of Abeche.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Chad rushed 3,000 anti-riot officers into Abeche on Monday.")
    assert [e.type for e in found] == ["MOBILIZE"]
    found = events.full("Algeria funnelled missiles to Chadian rebels through Niger.")
    assert [(e.type, e.cameo) for e in found] == [("AID", "072")]
    found = events.full("Chad halted all rail traffic into Niger on Tuesday.")
    assert [(e.type, e.cameo) for e in found] == [("COERCE", "191")]
    found = events.full("The African Union sent 150 soldiers to Abeche to guard civilians.")
    assert [(e.type, e.cameo) for e in found] == [("AID", "074")]
    # a government's own troops sent to guard its judges are mobilised, not aid
    found = events.full("Chad sent 3,000 extra soldiers into Abeche to guard its judges.")
    assert [e.type for e in found] == ["MOBILIZE"]


def test_events_plover_calls_rung_recognition_accorded_guns_silenced_and_expulsions(
    events,
) -> None:
    found = events.full("The Chadian president rang his Nigerien counterpart on Sunday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    found = events.full("Chad accorded formal recognition on Tuesday to the new government.")
    assert [e.type for e in found] == ["SUPPORT"]
    found = events.full("Algeria gave its seal of approval on Monday to Chad's elections.")
    assert [e.type for e in found] == ["SUPPORT"]
    found = events.full("Chad and Niger silenced their guns at midnight on Thursday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "ceasefire")]
    found = events.full("Chad gave short shrift on Wednesday to a proposal by Niger.")
    assert [e.type for e in found][:1] == ["REJECT"]
    found = events.full("Chadian protesters swarmed the airport of Ndjamena late on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "obstruct")]
    found = events.full("Chad pulled its ambassador out of Niger on Tuesday.")
    assert [(e.type, e.cameo) for e in found] == [("SANCTION", "161")]
    found = events.full("Chadian rebels suspended their participation in the peace talks.")
    assert ("SANCTION", "withdraw") in [(e.type, e.mode) for e in found]
    found = events.full("Chad kicked out the head of the European Union's observer mission.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")]
    found = events.full("Chad summoned Niger's deputy high commissioner on Tuesday.")
    assert [e.type for e in found] == ["ACCUSE"]


def test_events_plover_a_verb_read_as_the_adjective_of_a_reported_clause_s_noun(events) -> None:
    # "relaxed" tagged as an adjective of "restrictions", the clause of "diplomats said"
    found = events.full(
        "Chad's military junta relaxed restrictions on the opposition leader on Saturday, "
        "diplomats said."
    )
    assert [(e.type, e.source) for e in found] == [("CONCEDE", ["new:TCD:military"])]


def test_events_plover_credits_signed_off_exiles_taken_in_surrenders_and_air_blasts(
    events,
) -> None:
    found = events.full("The World Bank signed off on a $120 million credit for Chad.")
    assert [e.type for e in found] == ["AID"]
    found = events.full("Algeria took in the former Chadian president as an exile on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("AID", "075")]
    found = events.full("Hundreds of Chadian rebels gave themselves up to the army on Saturday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "disarm")]
    found = events.full("The Chadian president reversed a doubling of the price of bread.")
    assert [e.type for e in found] == ["CONCEDE"]
    found = events.full("Chadian warplanes blasted rebel positions near Abeche on Wednesday.")
    assert [e.type for e in found] == ["ASSAULT"]
    # a politician blasting another criticises him
    found = events.full("The Chadian president blasted his Nigerien counterpart on Monday.")
    assert [e.type for e in found] == ["ACCUSE"]


def test_events_plover_police_pouring_into_a_city_are_its_country_s(events) -> None:
    found = events.full("Police poured into central Algiers on Wednesday ahead of a rally.")
    assert [(e.type, e.mode, e.source) for e in found] == [
        ("MOBILIZE", "police", ["new:DZA:police"])
    ]
    # rebels moving into a city may come from across the border: no country from the city
    found = events.full("Rebels poured into Abeche on Wednesday with heavy weapons.")
    assert all(k.split(":")[1] != "TCD" for e in found for k in e.source)


def test_events_plover_control_of_a_known_place_is_a_seizure(events) -> None:
    for text in (
        "Taliban fighters took control of Kunduz on Monday.",
        "Rebels wrested control of Kunduz from the army.",
        "Government troops regained control of Bamako.",
    ):
        found = events.full(text)
        assert [(e.type, e.mode, e.status) for e in found] == [("COERCE", "seize", "asserted")]
    # a name the gazetteer does not know as a place, which the model tags as one, is not
    # taken as territory: a company bought
    assert events("Gazprom took control of Sibneft last year.") == []
    assert events("The party gained control of parliament.") == []


def test_events_plover_the_ones_joined_in_an_act_do_it_too(events) -> None:
    found = events.full("France joined Britain in condemning the attack on the embassy.")
    assert [(e.type, e.source) for e in found] == [("ACCUSE", ["reg:FRA", "reg:GBR"])]
    found = events.full("Japan joined the United States in imposing sanctions on Iran.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("SANCTION", ["reg:JPN", "reg:USA"], ["reg:IRN"])
    ]


def test_events_plover_a_town_an_attack_or_seizure_is_done_to_is_its_place(events) -> None:
    cases = {
        "Israeli jets bombed Sidon on Monday.": "Sidon",
        "Taliban fighters took control of Kunduz on Monday.": "Kunduz",
        "Serb forces shelled the town of Tuzla on Sunday.": "Tuzla",
        "Rebels seized Goma on Tuesday.": "Goma",
    }
    for text, place in cases.items():
        (found,) = events.full(text)
        assert found.location is not None and found.location.name == place, text
    # ... and so is the town its doers are in
    cases = {
        "Police in Basra arrested twelve protesters on Sunday.": "Basrah",
        "Demonstrators in Hodeidah burned tyres and blocked roads on Monday.": "Al Ḩudaydah",
    }
    for text, place in cases.items():
        (found,) = events.full(text)
        assert found.location is not None and found.location.name == place, text
    (found,) = events.full("Officials in Baghdad accused Iran of meddling on Monday.")
    assert found.location is None  # a statement is made wherever its speakers are
    # a country attacked is a party, not the place ("invaded Kuwait" codes Kuwait)
    (found,) = events.full("Iraq invaded Kuwait in August.")
    assert found.location is None and found.target == ["reg:KWT"]
    # a city a statement or a sanction is aimed at names a government, not where it happened
    for text in ("China accused Tokyo of lying on Monday.", "The EU sanctioned Minsk on Monday."):
        (found,) = events.full(text)
        assert found.location is None, text


def test_events_plover_the_state_of_a_town_attacked_or_seized_is_the_recipient(events) -> None:
    cases = {
        "Israeli jets bombed Sidon on Monday.": ["reg:LBN"],
        "Rebels took control of Goma on Tuesday.": ["reg:COD"],
        "Syrian troops shelled Homs on Monday.": ["reg:SYR"],
        "A suicide bomber blew himself up in Haifa on Sunday, killing four.": ["reg:ISR"],
    }
    for text, target in cases.items():
        found = [e for e in events.full(text) if e.type in ("ASSAULT", "COERCE")]
        assert found and all(e.target == target for e in found), text
    # a named party acted on comes first; a place where people are arrested is only the scene
    (found,) = events.full("Iraq invaded Kuwait in August.")
    assert found.target == ["reg:KWT"]
    for found in events.full("Chinese police detained six students in Beijing on Sunday."):
        assert "reg:CHN" not in found.target


def test_events_plover_a_place_word_ending_a_person_s_or_body_s_name_is_no_place(events) -> None:
    # "Prensa Latina" is no town of Latina, "Radio Nepal" no visit to Nepal
    for text in (
        "Gunmen attacked the office of Prensa Latina on Monday.",
        "Police arrested six journalists at Radio Nepal on Monday.",
    ):
        found = events.full(text)
        assert found and all(e.location is None for e in found), text
    # the last word of a place's name still names it: "west Beirut"
    (found,) = events.full("Israeli jets bombed west Beirut on Monday.")
    assert found.location is not None and found.location.name == "Beirut"


# Parties that are no parties (my own sentences): each of these was a false fact, a country
# given an event it is not party to.
def _targets(events, text: str) -> list[list[str]]:
    return [e.target for e in events.full(text)]


def test_events_plover_own_things_given_go_to_the_party_of_to(events) -> None:
    found = events.full("Egypt offered its troops to Kuwait's emir to help him retake the city.")
    # the emir of 2000, not Egypt's own troops
    assert found and found[0].target == ["reg:jaber-al-ahmad-al-sabah"]


def test_events_plover_what_intelligence_is_about_is_no_party(events) -> None:
    found = events.full("Pakistan shared intelligence on Taliban camps with the United States.")
    assert [(e.type, e.target) for e in found] == [("COOPERATE", ["reg:USA"])]
    found = events.full("Britain passed information on Iraqi troop movements to Kuwait.")
    assert all("reg:IRQ" not in e.target and not any("IRQ" in k for k in e.target) for e in found)


def test_events_plover_a_measure_hits_whom_its_against_phrase_names(events) -> None:
    assert _targets(events, "Japan lifted the U.S.-backed embargo against Vietnam.") == [
        ["reg:VNM"]
    ]
    found = events.full("Washington raised the threat of an oil embargo against Managua.")
    assert [(e.type, e.target) for e in found] == [("THREATEN", ["reg:NIC"])]


def test_events_plover_a_with_clause_is_a_circumstance(events) -> None:
    found = events.full(
        "Washington raised the threat of an oil embargo against Managua, with a senior "
        "State Department official telling reporters that arms shipments must stop."
    )
    assert [e.target for e in found if e.type == "THREATEN"] == [["reg:NIC"]]


def test_events_plover_a_stance_names_no_owner(events) -> None:
    # "anti-Syria" says what the journalist stood against, not who he was
    found = events.full("An anti-Syria journalist was killed by a car bomb in Beirut.")
    assert all("reg:SYR" not in e.target + e.source for e in found)
    # an "anti-" protest is against the state it names
    found = events.full("Students held an anti-Japanese protest in Beijing on Sunday.")
    assert [(e.type, e.target) for e in found] == [("PROTEST", ["reg:JPN"])]


def test_events_plover_a_boycott_of_a_state_is_not_by_it(events) -> None:
    found = events.full("A consumer boycott of Denmark spread across the Gulf on Monday.")
    assert all("reg:DNK" not in e.source for e in found)


def test_events_plover_a_regional_adjective_is_no_state(events) -> None:
    found = events.full("Nicaragua endorsed the Central American peace plan on Friday.")
    assert [(e.source, e.target) for e in found] == [(["reg:NIC"], [])]


def test_events_plover_settlements_are_places_not_people(events) -> None:
    found = events.full(
        "The PLO said it would quit the talks unless Israel froze settlements in the West Bank."
    )
    assert not any(k.startswith("new:PSE") for e in found for k in e.target)


def test_events_plover_what_a_boycotted_thing_comes_from_does_not_boycott(events) -> None:
    found = events.full("Saudi shoppers widened a boycott of cheese from Denmark on Monday.")
    assert all("reg:DNK" not in e.source for e in found)


def test_events_plover_a_passive_sharing_its_auxiliary_acts_through_its_by_phrase(events) -> None:
    # my own sentence: "handed over" is passive like "was flown", its doer the "by" phrase
    found = events.full(
        "The general was flown to The Hague and handed over to the tribunal by Serbian police."
    )
    assert [e.source for e in found if e.type == "COOPERATE"] == [["new:SRB:police"]]


def test_events_plover_a_situation_named_after_a_place_is_no_party(events) -> None:
    found = events.full("Yeltsin discussed the Kosovo crisis by telephone with Chancellor Kohl.")
    assert all("reg:XKX" not in e.target for e in found)


def test_events_plover_a_broker_or_maker_named_before_a_noun_is_no_party(events) -> None:
    found = events.full("Damascus put its Turkish-brokered indirect talks with Israel on ice.")
    assert all("reg:TUR" not in e.target for e in found)
    found = events.full("The delivery of Soviet-made tanks to the Lebanese army by Syria ended.")
    assert all("reg:RUS" not in e.target for e in found)


def test_events_plover_a_capital_a_plea_is_addressed_to_is_its_state(events) -> None:
    found = events.full("Kabul renewed its plea to Washington for more helicopters.")
    assert [(e.type, e.target[:1]) for e in found] == [("REQUEST", ["reg:USA"])]


def test_events_plover_a_description_of_a_named_party_is_no_second_party(events) -> None:
    found = events.full(
        "Hezbollah, the Iranian-backed Shi'ite movement, attacked an Israeli army patrol."
    )
    assert [e.source for e in found] == [["reg:hezbollah"]]


def test_events_plover_members_of_a_body_named_by_nationality_are_the_bodys(events) -> None:
    # my own sentence: the inspectors' nationality is not whom the expulsion hits
    found = events.full("Iraq expelled six American members of the UN inspection team.")
    assert [(e.type, e.target) for e in found] == [("SANCTION", ["reg:un"])]


def test_events_plover_ending_weeks_of_fighting_is_no_attack(events) -> None:
    # my own sentence: a span of time holds what is ended
    found = events.full("Egypt offered to mediate to end weeks of deadly fighting in Gaza.")
    assert all(e.type != "ASSAULT" for e in found)


def _coded(events, text: str) -> list[tuple[str, str | None, str, list[str], list[str]]]:
    return [(e.type, e.mode, e.status, e.source, e.target) for e in events.full(text)]


def test_events_plover_a_refused_act_is_the_refusals_mode_and_recipient(events) -> None:
    # my own sentences: one occurrence, the refusal, with the refused act's counterpart
    found = _coded(events, "Israel refused to negotiate with Hamas on Tuesday.")
    assert found == [("REJECT", "meet", "asserted", ["reg:ISR"], ["reg:hamas"])]
    found = _coded(events, "Syria refused to hand over the two suspects to Britain.")
    assert found == [("REJECT", "assist", "asserted", ["reg:SYR"], ["reg:GBR"])]
    found = _coded(events, "Iraq refused to allow UN inspectors into the presidential palaces.")
    assert [(t, m, s) for t, m, s, _, _ in found] == [("REJECT", "yield", "asserted")]


def test_events_plover_a_halt_is_one_event_with_what_it_halts(events) -> None:
    # my own sentences: the halted act is no second, negated event
    found = _coded(events, "China halted its military exercises near Taiwan on Monday.")
    assert [(t, s) for t, _, s, _, _ in found] == [("RETREAT", "asserted")]
    found = _coded(events, "The United States could cancel the visit by Japan's premier.")
    assert not [f for f in found if f[0] == "CONSULT"]


def test_events_plover_a_cancelled_trip_names_the_traveller_and_the_host(events) -> None:
    # my own sentences: the host of a trip by the canceller's own side is the counterpart,
    # not the venue of talks with another side
    found = _coded(events, "Clinton cancelled Albright's trip to Caracas on Monday.")
    assert [(t, m, s) for t, m, s, _, _ in found] == [("REJECT", "meet", "asserted")]
    assert found[0][4] == ["reg:madeleine-albright", "reg:VEN"]
    text = "Tamil rebels broke off peace talks with the Sri Lankan government in Thimphu."
    found = _coded(events, text)
    assert [(t, s) for t, _, s, _, _ in found] == [("SANCTION", "asserted")]
    assert "reg:BTN" not in found[0][4]


def test_events_plover_agreeing_to_stop_tests_is_no_threat(events) -> None:
    # my own sentence: the tests stop; "agreed to stop" promises no force
    found = _coded(events, "Pakistan agreed on Monday to suspend its missile tests.")
    assert "THREATEN" not in [t for t, *_ in found]
    assert ("RETREAT", None, "planned", ["reg:PAK"], []) in found


def test_events_plover_why_a_thing_was_suspended_is_not_suspended(events) -> None:
    # my own sentence: the killing is the reason for the suspension, and it happened
    found = _coded(events, "Canada suspended aid to Haiti over the killing of two nurses.")
    assert [(t, s) for t, _, s, _, _ in found if t == "ASSAULT"] == [("ASSAULT", "asserted")]


def test_events_plover_a_clause_after_a_semicolon_names_no_counterpart(events) -> None:
    # my own sentence: the parser hangs "the Russians" on Ivanov across the semicolon, and
    # leaves "have helped" without a subject
    found = _coded(
        events,
        "Albright also had a phone call earlier Tuesday with Russian Foreign Minister Igor"
        " Ivanov; the Russians and the Chinese, historically, have helped Iraq evade"
        " international sanctions.",
    )
    assert (
        "CONSULT",
        "phone",
        "asserted",
        ["reg:madeleine-albright"],
        ["reg:igor-ivanov"],
    ) in found
    assert ("COOPERATE", None, "asserted", ["reg:RUS", "reg:CHN"], ["reg:IRQ"]) in found


def test_events_plover_playing_host_names_the_guest_after_to(events) -> None:
    # my own sentence: the host role is no party (the parser makes "host" a group of Syria
    # here); the delegation visits
    text = "President Hafez al-Assad played host in Damascus on Sunday to a delegation of U.S. MPs."
    found = _coded(events, text)
    assert found == [
        ("CONSULT", "visit", "asserted", ["new:USA:legislature"], ["reg:hafez-al-assad"])
    ]


def test_events_plover_a_mediator_shuttling_in_his_own_country_hosts_no_one(events) -> None:
    # my own sentence: the mediator acts on the sides, who visit no one
    text = "Former Tanzanian President Julius Nyerere shuttled between Burundi's rival factions in"
    found = _coded(events, text + " Arusha on Friday.")
    assert found == [("CONSULT", None, "asserted", ["reg:julius-nyerere"], ["new:BDI:faction"])]


def test_events_plover_people_deported_to_a_place_are_not_of_its_state(events) -> None:
    # my own sentence
    found = _coded(
        events, "Israel deported 30 suspected militants to a hilltop in southern Lebanon."
    )
    assert [(t, m) for t, m, *_ in found] == [("COERCE", "deport")]
    assert "new:LBN:rebels" not in found[0][4]


def test_events_plover_a_company_described_by_its_state_is_one_party_of_that_state(events) -> None:
    # my own sentence: the appositive names the company's state and is no second doer
    found = _coded(
        events,
        "Elektroprivreda BiH, the state-run Bosnian power firm, cut off electricity to two towns.",
    )
    assert [(t, s) for t, _, _, s, _ in found] == [("COERCE", ["new:BIH:elektroprivreda bih"])]


def test_events_plover_a_clause_after_after_names_no_one_asked(events) -> None:
    # my own sentence: the troops massing are the scene of the request, not its addressee
    found = _coded(
        events,
        "Kuwait's defence ministry applied to Washington for more air defences on Tuesday,"
        " after Iraqi troops massed near the border.",
    )
    request = [f for f in found if f[0] == "REQUEST"]
    assert request and request[0][4] == ["reg:USA"]


def test_events_plover_a_group_from_a_named_body_is_that_bodys(events) -> None:
    # my own sentence: not a group of the scene's state
    found = _coded(
        events, "A suicide bomber from the Tamil Tigers blew herself up at a checkpoint in Colombo."
    )
    assert [(t, s) for t, _, _, s, _ in found] == [("ASSAULT", ["reg:ltte"])]


def test_events_plover_a_deportation_destination_is_no_party(events) -> None:
    # my own sentence
    found = _coded(
        events, "The deportation of 40 activists to southern Lebanon was ordered by Israel."
    )
    assert [(t, m, src) for t, m, _, src, _ in found] == [("COERCE", "deport", ["reg:ISR"])]
    assert "reg:LBN" not in found[0][4]


def test_events_plover_a_condition_names_whom_it_asks_to_act(events) -> None:
    # my own sentence: Israel must act; the deportees and their destination are no party
    text = (
        "The PLO said its delegation would quit the peace talks unless Israel reversed the"
        " deportation of 400 Palestinians to southern Lebanon."
    )
    found = _coded(events, text)
    assert ("SANCTION", "withdraw", "conditional", ["reg:plo"], ["reg:ISR"]) in found
    assert not [f for f in found if f[0] == "CONSULT"]


def test_events_plover_a_conjunct_repeating_a_relative_verb_is_the_relatives(events) -> None:
    # my own sentence: the parser joins "did not end" to "was talking"; the truce is what did
    # not end the war, not Albright
    text = (
        "Albright was talking about the truce between Iran and Iraq that ended the fighting in"
        " 1988, but did not formally end the war."
    )
    assert not [e for e in events.full(text) if "reg:madeleine-albright" in e.source]


def test_events_plover_leading_ones_own_delegation_is_no_offer_to_meet(events) -> None:
    # my own sentences: PETRARCH's pattern is "lead a delegation to"
    assert events("The Japanese delegation was led by Foreign Minister Yohei Kono.") == []
    found = events("Foreign Minister Yohei Kono led a delegation to Hanoi on Monday.")
    assert [(t, s) for t, s, _ in found] == [("AGREE", "asserted")]


def test_events_plover_an_act_looked_forward_to_is_not_done(events) -> None:
    # my own sentence
    found = events("A spokesman said the president looked forward to meeting Mubarak in Cairo.")
    assert found and all(s == "hypothetical" for _, s, _ in found)


def test_events_plover_talks_one_has_no_interest_in_are_negated(events) -> None:
    # my own sentences: an attitude to talks is no report that they were held
    found = _coded(events, "Iran had no interest in more talks with the United States.")
    assert [(t, s) for t, _, s, _, _ in found] == [("CONSULT", "negated")]
    found = _coded(events, "Iran expressed an interest in talks with the United States.")
    assert ("CONSULT", "hypothetical") in [(t, s) for t, _, s, _, _ in found]
    assert "asserted" not in [s for t, _, s, _, _ in found if t == "CONSULT"]


def test_events_plover_stopping_joint_exercises_is_de_escalation(events) -> None:
    # my own sentence: one planned halt, not a possible cooperation
    found = _coded(
        events, "Clinton said the United States would stop its naval exercises with Seoul."
    )
    assert [(t, s, src, tgt) for t, _, s, src, tgt in found] == [
        ("RETREAT", "planned", ["reg:USA"], ["reg:KOR"])
    ]


def test_events_plover_the_parties_own_interpreters_are_no_counterpart(events) -> None:
    # my own sentence: a visit by Clinton to Yeltsin, their interpreters no party
    found = _coded(
        events, "Clinton and Yeltsin talked alone, with only their interpreters, in Moscow."
    )
    assert found == [("CONSULT", "visit", "asserted", ["reg:bill-clinton"], ["reg:boris-yeltsin"])]


def test_events_plover_rejecting_a_states_account_rejects_that_state(events) -> None:
    # my own sentence: whose account it is, named by a demonym
    found = _coded(events, "A State Department spokesman rejected the Iraqi account of the raid.")
    assert [(t, tgt) for t, _, _, _, tgt in found] == [("REJECT", ["reg:IRQ"])]


def test_events_plover_members_of_a_named_body_are_that_bodys(events) -> None:
    # my own sentence: not a group of the scene's state (Liberia)
    found = _coded(
        events, "Rebels of the Revolutionary United Front freed ten hostages in a Liberian town."
    )
    assert [(t, s) for t, _, _, s, _ in found] == [("RETREAT", ["reg:ruf"])]


def test_events_plover_adding_ones_voice_to_calls_makes_them(events) -> None:
    # my own sentence
    found = _coded(
        events, "Kuchma added his voice to calls for Moldova to resume talks with the rebels."
    )
    assert ("REQUEST", "asserted", ["reg:leonid-kuchma"]) in [
        (t, s, src) for t, _, s, src, _ in found
    ]


def test_events_plover_a_national_contingent_of_an_international_force_stays_its_states(
    events,
) -> None:
    # my own sentence
    found = _coded(
        events, "Ghanaian soldiers of the UN force delivered food to refugees in Kigali."
    )
    assert [(t, s) for t, _, _, s, _ in found] == [("AID", ["new:GHA:military"])]


def test_events_plover_the_place_people_are_deported_to_is_no_party(events) -> None:
    # my own sentence
    found = _coded(events, "Four Palestinian students were deported to Jordan by Israel on Monday.")
    assert [(t, m, s, tgt) for t, m, _, s, tgt in found] == [
        ("COERCE", "deport", ["reg:ISR"], ["new:PSE:education"])
    ]


def test_events_plover_fire_aimed_at_a_state_hits_it_and_a_weapon_is_no_party(events) -> None:
    # my own sentences: "Scud" is a missile, not a party; "at Israel" is whom it hits
    found = _coded(events, "Iraq fired four Scud missiles at Israel on Friday.")
    assert [(t, s, tgt) for t, _, _, s, tgt in found] == [("ASSAULT", ["reg:IRQ"], ["reg:ISR"])]
    found = _coded(events, "Kuwait asked Washington for more Patriot missile batteries.")
    assert [(t, tgt) for t, _, _, _, tgt in found] == [("REQUEST", ["reg:USA"])]


def test_events_plover_leaders_of_two_states_meeting_abroad_meet_each_other(events) -> None:
    # my own sentences: a meeting of two sides in a third country is no visit to it
    text = (
        "Afghan President Hamid Karzai and Pakistani President Pervez Musharraf huddled in Ankara."
    )
    found = _coded(events, text)
    assert found == [
        ("CONSULT", None, "asserted", ["reg:hamid-karzai", "reg:pervez-musharraf"], [])
    ]
    # the parser reads the first name as a modifier of the second: both still meet
    text = (
        "Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf met "
        "in Havana on Saturday."
    )
    ((type_, mode, _, source, target),) = _coded(events, text)
    assert (type_, mode) == ("CONSULT", None)
    assert set(source) == {"reg:manmohan-singh", "reg:pervez-musharraf"}
    assert "reg:CUB" not in target
    # envoys from two states named in full
    ((type_, mode, _, source, target),) = _coded(
        events, "Negotiators from North Korea and South Korea met in Beijing on Monday."
    )
    assert (type_, mode) == ("CONSULT", None)
    assert {k.split(":")[1] for k in source} == {"PRK", "KOR"}
    assert "reg:CHN" not in target
    # one side abroad is still a visit to the host
    found = _coded(events, "Ethiopian envoys met in Algiers on Monday.")
    assert found[0][:2] == ("CONSULT", "visit") and found[0][4] == ["reg:DZA"]


def test_events_plover_forces_readied_for_an_attack(events) -> None:
    # my own sentences: the readying is against whom the attack would be; the attack is
    # to come, by the one readying
    found = _coded(events, "Turkey massed troops for an offensive against the PKK.")
    assert ("MOBILIZE", "troops", "asserted", ["reg:TUR"], ["reg:pkk"]) in found
    assert ("ASSAULT", None, "planned", ["reg:TUR"], ["reg:pkk"]) in found
    found = _coded(events, "Britain mobilized reservists for a possible war against Iraq.")
    assert found == [("MOBILIZE", "troops", "asserted", ["reg:GBR"], ["reg:IRQ"])]
    found = _coded(events, "Britain mobilized reservists against Iraq on Tuesday.")
    assert found == [("MOBILIZE", "troops", "asserted", ["reg:GBR"], ["reg:IRQ"])]
    # a war under way is no purpose to come
    found = _coded(events, "Britain deployed more troops for the war in Iraq.")
    assert [(t, s) for t, _, s, _, _ in found] == [("MOBILIZE", "asserted")]


def test_events_plover_a_demand_is_put_to_the_doer_of_what_is_demanded(events) -> None:
    # my own sentence: "an admission by Moscow" is asked of Moscow
    found = _coded(events, "Warsaw demanded a full admission by Moscow of the killings.")
    assert found[0][0] == "REQUEST" and found[0][4] == ["reg:RUS"]


def test_events_plover_the_one_receiving_arms_is_given_them(events) -> None:
    # my own sentences: the receiver is the recipient; with no giver named, no event
    found = _coded(events, "The rebels received rifles from Libya.")
    assert found == [("AID", None, "asserted", ["reg:LBY"], ["new:-:rebels"])]
    assert _coded(events, "The rebels received weapons for their war.") == []


def test_events_plover_an_act_threatened_in_the_passive_is_not_done(events) -> None:
    # my own sentences: the blockade is what is threatened, on Haiti; no blockade took place
    found = _coded(events, "A naval blockade of Cuba was threatened by Washington on Friday.")
    assert found == [("THREATEN", None, "asserted", ["reg:USA"], ["reg:CUB"])]
    found = _coded(events, "Washington threatened a naval blockade of Cuba on Friday.")
    assert found == [("THREATEN", None, "asserted", ["reg:USA"], ["reg:CUB"])]
    # a thing done for a purpose stays done, and its purpose is no one's intent
    text = "The deployment of 3,000 Mexican troops to Ciudad Juarez was aimed at the gangs."
    assert [(t, s) for t, _, s, _, _ in _coded(events, text)] == [("MOBILIZE", "asserted")]
    text = "The blockade of Gaza by Israel was intended to stop arms smuggling."
    assert [t for t, _, _, _, _ in _coded(events, text)] == ["COERCE"]


def test_events_plover_promised_to_a_capital_and_a_common_foe(events) -> None:
    # my own sentence: "Ankara" given the promise is Turkey; the rebels fought together
    # are no partner of the cooperation
    text = "Iraq has promised Ankara closer intelligence cooperation against Kurdish rebels."
    found = _coded(events, text)
    assert ("AGREE", None, "asserted", ["reg:IRQ"], ["reg:TUR"]) in found
    assert not any("new:-:rebels" in s + t for _, _, _, s, t in found)


def test_events_plover_a_trip_cancelled_by_the_travellers_own_government(events) -> None:
    # my own sentences: the envoy acts for the one who cancels; the host is the counterpart
    text = (
        "The secretary of state's last trip to Cuba, in May, did not go so well. Pompeo then "
        "planned to return in June, only for Trump to cancel the trip."
    )
    rejections = [e for e in events.full(text, "2018-10-08") if e.type == "REJECT"]
    found = [(e.status, e.source, e.target) for e in rejections]
    # it happened: what the plan met with, not part of the plan
    assert found == [("asserted", ["reg:donald-trump"], ["reg:CUB"])]
    # rebels refusing talks with their own government still refuse that government
    # (the proposing is an act of its own, done)
    text = "Rebel leaders in Mindanao refused to attend peace talks proposed by the government."
    found = _coded(events, text)
    ((type_, mode, _, source, target),) = [f for f in found if f[0] == "REJECT"]
    assert (type_, mode) == ("REJECT", "meet") and target and target != source
    assert [(t, s) for t, _, s, _, _ in found if t != "REJECT"] == [("AGREE", "asserted")]


def test_events_plover_forces_of_two_states_named_by_a_name_and_a_demonym(events) -> None:
    # my own sentence: "South Korean" in full, after an abbreviation
    text = "U.S. and South Korean troops fought Chinese forces near the river."
    ((type_, _, _, source, _),) = _coded(events, text)
    assert type_ == "ASSAULT"
    assert {k.split(":")[1] for k in source} == {"USA", "KOR"}


def test_events_plover_two_named_leaders_after_a_closing_quote_both_meet(events) -> None:
    # my own sentences: the parser read "Trump" as a modifier of "Kim Jong Un"
    text = 'Sanders said, "We look forward to it."\n\nTrump and Kim Jong Un first met in Singapore.'
    meetings = [e for e in events.full(text, "2019-01-18") if e.type == "CONSULT"]
    assert [(e.mode, set(e.source)) for e in meetings] == [
        (None, {"reg:donald-trump", "reg:kim-jong-un"})
    ]


def test_events_plover_a_curfew_on_a_town_and_forces_near_a_named_border(events) -> None:
    # my own sentences: the town's state is acted on; the border's far side is faced
    found = _coded(events, "Kenyan authorities imposed a curfew on the port city of Mombasa.")
    assert found == [("COERCE", "curfew", "asserted", ["new:KEN:government"], ["reg:KEN"])]
    found = _coded(events, "Syria massed some 20,000 troops near the Jordanian border.")
    assert found == [("MOBILIZE", "troops", "asserted", ["reg:SYR"], ["reg:JOR"])]


def test_events_plover_the_one_joined_in_an_act_takes_part(events) -> None:
    # my own sentences
    found = _coded(events, "Russia joined China on Thursday in joint war games.")
    assert [(t, set(s)) for t, _, _, s, _ in found] == [("COOPERATE", {"reg:RUS", "reg:CHN"})]
    found = _coded(events, "Syria joined the talks on Monday.")
    assert [(t, s) for t, _, _, s, _ in found] == [("CONSULT", ["reg:SYR"])]


def test_events_plover_a_threat_to_act_on_a_town_is_toward_its_state(events) -> None:
    # my own sentence
    found = _coded(events, "The premier threatened on Friday to place Lahore under army rule.")
    threats = [(s, t) for ty, _, _, s, t in found if ty == "THREATEN"]
    assert len(threats) == 1 and threats[0][1] == ["reg:PAK"]


def test_events_plover_an_attack_in_a_region_of_a_state_acts_on_that_state(events) -> None:
    # my own sentence: with no other party, the state the attack is made in
    found = _coded(
        events, "Israeli jets bombed suspected guerrilla camps in the hills of southern Lebanon."
    )
    assert [(t, s, tg) for t, _, _, s, tg in found] == [
        ("ASSAULT", ["new:ISR:military"], ["reg:LBN"])
    ]


def test_events_plover_a_sum_of_money_provided_to_a_state_is_aid(events) -> None:
    # my own sentences
    found = _coded(events, "Kuwait provided billions of dollars to Egypt after the war.")
    assert found == [("AID", None, "asserted", ["reg:KWT"], ["reg:EGY"])]
    found = _coded(events, "Japan provided $300 million to Indonesia on Monday.")
    assert found == [("AID", None, "asserted", ["reg:JPN"], ["reg:IDN"])]


def test_events_plover_relief_goods_sent_to_a_state_are_aid(events) -> None:
    # my own sentence
    found = _coded(events, "Greece sent tents and blankets to Turkey after the earthquake.")
    assert found == [("AID", None, "asserted", ["reg:GRC"], ["reg:TUR"])]


def test_events_plover_talks_after_crossing_a_line_that_marks_a_border(events) -> None:
    # my own sentence: a dateline, a relative clause in the present, a conjoined past verb
    text = (
        "PANMUNJOM, South Korea — North Korean leader Kim Jong Un stepped over the low curb "
        "that marks the frontier on Friday and spent the day in talks with South Korean "
        "President Moon Jae-in."
    )
    talks = [e for e in events.full(text, "2018-04-27") if e.type == "CONSULT"]
    assert [(e.source, e.target, e.date.value) for e in talks] == [
        (["reg:kim-jong-un"], ["reg:moon-jae-in"], "2018-04-27")
    ]


def test_events_plover_an_act_in_tandem_with_one_to_come_is_not_done(events) -> None:
    # my own sentences: the suspension goes with talks still to take place
    text = (
        "Moscow praised the meeting as proof of its old call for talks and arms cuts to take "
        "place simultaneously, in tandem with a suspension of NATO drills near its borders."
    )
    found = [(t, s) for t, _, s, _, _ in _coded(events, text) if t == "RETREAT"]
    assert found and all(s != "asserted" for _, s in found)
    # in tandem with an act that was done, it was done too
    text = "The army withdrew from the town in tandem with a reduction of police patrols."
    assert [(t, s) for t, _, s, _, _ in _coded(events, text)][0] == ("RETREAT", "asserted")


def test_events_plover_meetings_told_by_handshakes_talks_and_a_third_joining(events) -> None:
    # my own sentences
    putin, erdogan = "reg:vladimir-putin", "reg:recep-tayyip-erdogan"
    found = events.full(
        "President Vladimir Putin shook hands with Recep Tayyip Erdogan.", "2018-09-17"
    )
    assert [(e.type, e.status, e.source, e.target) for e in found] == [
        ("CONSULT", "asserted", [putin], [erdogan])
    ]
    text = "Putin and Erdogan arrived in Sochi on Monday. There, they talked for an hour."
    talks = [
        (m.type, set(m.source), set(m.target))
        for e in events.full(text, "2018-09-17")
        for _, m in e.mentions
        if m.trigger == "talked"
    ]
    assert talks == [("CONSULT", {putin, erdogan}, {putin, erdogan})]
    # a generic "they" names no one: no talks
    assert not events.full("They talked for an hour.", "2018-09-17")
    text = "Putin met Erdogan on Monday. Sergei Lavrov joined the two men before lunch."
    joined = [
        (m.source, set(m.target))
        for e in events.full(text, "2018-09-17")
        for _, m in e.mentions
        if m.trigger == "joined"
    ]
    assert joined == [(["reg:sergey-lavrov"], {putin, erdogan})]
    # a shared dinner is theirs, not their aides'
    text = "Putin and Erdogan arrived in Sochi on Monday. They shared a dinner with aides."
    dinner = [
        set(m.source)
        for e in events.full(text, "2018-09-17")
        for _, m in e.mentions
        if "dinner" in m.trigger
    ]
    assert dinner == [{putin, erdogan}]


def test_events_plover_a_step_across_a_border_into_a_state_is_a_visit(events) -> None:
    # my own sentences: "into" a state, not back home
    found = _coded(events, "Putin walked across the bridge into Belarus on Sunday.")
    assert ("CONSULT", "visit", "asserted", ["reg:vladimir-putin"], ["reg:BLR"]) in found
    found = _coded(events, "Putin walked back into Russia on Sunday.")
    assert not [f for f in found if f[1] == "visit"]
    assert not _coded(events, "Putin walked in Minsk on Sunday.")


def test_events_plover_a_meeting_noun_describing_a_meeting_adds_no_parties(events) -> None:
    # my own sentence: the "between" phrase describes the two who shook hands
    text = (
        "President Vladimir Putin and Recep Tayyip Erdogan shook hands on Monday in the first "
        "meeting between a Russian president and a Turkish leader."
    )
    found = [e for e in events.full(text, "2018-09-17") if e.type == "CONSULT"]
    assert [set(e.target) for e in found] == [{"reg:vladimir-putin", "reg:recep-tayyip-erdogan"}]


def test_events_plover_a_dateline_places_a_meeting_verb_conjoined_with_the_root(events) -> None:
    # my own sentences: the dateline's place for the root's conjunct, not for a clause of
    # its own
    text = "SOCHI, Russia — Putin walked to the podium on Monday and shook hands with Erdogan."
    found = [e for e in events.full(text, "2018-09-17") if e.type == "CONSULT"]
    assert [e.location.name if e.location else None for e in found] == ["Sochi"]
    text = "SOCHI, Russia — Putin left Ankara on Monday, but he did not meet Erdogan."
    found = [e for e in events.full(text, "2018-09-17") if e.status == "negated"]
    assert found and all(e.location is None for e in found)


def test_events_plover_a_meeting_whose_date_or_venue_is_set_is_to_come(events) -> None:
    # my own sentences: the arrangements of a meeting set or agreed: the meeting is planned
    for text in (
        "Putin said a date and a venue for his meeting with Erdogan had been agreed.",
        "Russia set a date for talks with Turkey.",
        "No date for the talks between Russia and Turkey has been set.",
    ):
        found = [e.status for e in events.full(text, "2018-09-17") if e.type == "CONSULT"]
        assert found == ["planned"], text
    # what the venue of a meeting was: the meeting took place
    found = events.full("The venue for the talks between Russia and Turkey was a hotel.")
    assert [e.status for e in found if e.type == "CONSULT"] == ["asserted"]


def test_events_plover_sides_named_after_between_hold_the_meeting(events) -> None:
    # my own sentences: the ones who agree to or arrange a meeting between two others are
    # not its parties
    for text in (
        "Lavrov met Erdogan in Ankara, and the pair agreed to hold a summit between Erdogan "
        "and Putin next month.",
        "Lavrov arranged talks between Erdogan and Putin in Sochi.",
    ):
        found = [
            {*e.source, *e.target} for e in events.full(text, "2018-09-17") if e.status == "planned"
        ]
        assert found == [{"reg:recep-tayyip-erdogan", "reg:vladimir-putin"}], text
    # without sides named, the ones who hold it are its parties
    found = events.full("Erdogan and Putin will hold a summit next month.", "2018-09-17")
    assert [{*e.source, *e.target} for e in found if e.type == "CONSULT"] == [
        {"reg:recep-tayyip-erdogan", "reg:vladimir-putin"}
    ]


def test_events_plover_asking_why_takes_the_act_as_done(events) -> None:
    # my own sentences: a question about why or how an act was done presupposes it; one
    # about whether it was done does not
    for text, wanted in (
        ("Asked why Lavrov and Erdogan were meeting again, the aide said little.", "asserted"),
        ("Reporters asked how Lavrov and Erdogan had met.", "asserted"),
        ("Asked whether Lavrov and Erdogan had met, the aide said little.", "hypothetical"),
    ):
        found = [e.status for e in events.full(text, "2018-09-17") if e.type == "CONSULT"]
        assert found == [wanted], text


def test_events_plover_said_after_a_meeting_that_reports_the_clause(events) -> None:
    # my own sentence: the "that" clause after "said after the meeting" is what was said, so
    # its "would meet" is a plan told in the past, not a hypothetical meeting
    text = (
        "Envoys from Armenia and Azerbaijan met in Geneva on Monday. The Swiss minister said "
        "after the four-hour meeting that the two sides had agreed on a prisoner exchange "
        "and would meet again in Geneva next week."
    )
    found = [
        (e.status, {*e.source, *e.target})
        for e in events.full(text, "2020-11-02")
        if e.mentions[0][1].trigger == "meet"
    ]
    assert found == [("planned", {"reg:ARM", "reg:AZE"})]


def test_events_plover_a_trip_home_is_no_visit(events) -> None:
    # my own sentences: going back to one's own capital is no visit; going abroad is
    assert events.full("Erdogan returned to Ankara on Friday.", "2018-09-17") == []
    found = events.full("Erdogan flew to Moscow on Friday.", "2018-09-17")
    assert [(e.type, e.mode, e.target) for e in found] == [("CONSULT", "visit", ["reg:RUS"])]


def test_events_plover_what_an_act_to_come_lasts_until_is_to_come(events) -> None:
    # my own sentences: the end an act yet to come waits for has not happened; the end of
    # an act told as done has
    text = "Armenia vowed to keep fighting until Azerbaijan surrendered."
    found = [e.status for e in events.full(text, "2020-10-01") if e.source == ["reg:AZE"]]
    assert found == ["hypothetical"]
    text = "Armenian troops fought in Stepanakert until Azerbaijan surrendered."
    found = [e.status for e in events.full(text, "2020-10-01") if e.source == ["reg:AZE"]]
    assert found == ["asserted"]


def test_events_plover_an_event_noun_subject_names_the_verbs_act(events) -> None:
    # my own sentences: the noun subject and its verb tell one act, of the noun's mode
    found = events.full("A Turkish airstrike hit a school bus in Syria.", "2019-10-12")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "aerial")]
    text = "A general strike by Kenya's unions shut down banks in Nairobi on Monday."
    found = events.full(text, "2019-10-12")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]


def test_events_plover_an_envoy_recalled_from_a_town_cuts_ties_with_its_state(events) -> None:
    # my own sentence: the recall is from the state the envoy serves in, not from the envoy
    text = "Erdogan ordered his ambassador in Vienna to return to Ankara."
    found = [(e.type, e.mode, e.target) for e in events.full(text, "2018-09-17")]
    assert found == [("SANCTION", "withdraw", ["reg:AUT"])]


def test_events_plover_calling_a_party_something_wrong_is_criticism(events) -> None:
    # my own sentences: "called X illegitimate" criticises X; "called X critical" does not
    found = events.full("Germany called the Malian junta illegitimate.", "2022-02-01")
    assert [(e.type, e.mode, e.source) for e in found] == [("ACCUSE", "disapprove", ["reg:DEU"])]
    assert found[0].target and found[0].target[0].startswith("new:MLI:")
    assert events.full("Germany called the vote critical for Europe.", "2022-02-01") == []


def test_events_plover_extending_sanctions_on_a_state_is_a_sanction(events) -> None:
    # my own sentence: a CAMEO verb pattern (163, impose sanctions) typed as PLOVER's
    # sanctions between states, as the trigger rules type imposing them
    found = events.full("The Security Council voted to extend sanctions on Guinea.")
    assert [(e.type, e.mode, e.cameo) for e in found] == [("SANCTION", "discontinue", "163")]


def test_events_plover_a_past_perfect_act_does_not_take_the_time_told_before(events) -> None:
    # my own text: the warning came before Saturday's meeting; the signing "by evening" was
    # done that day
    text = (
        "Lai met members of Congress in Los Angeles on Saturday. China had warned Washington "
        "not to allow the meeting and accused the United States of meddling."
    )
    dates = {e.type: e.date.value for e in events.full(text, "2024-08-20")}
    assert dates["CONSULT"] == "2024-08-17"
    assert dates["ACCUSE"] is None and dates["THREATEN"] is None
    text = "Moon met Kim in Panmunjom on Friday. By evening the leaders had signed a declaration."
    found = [e.date.value for e in events.full(text, "2018-04-28") if e.type == "SUPPORT"]
    assert found == ["2018-04-27"]


def test_events_plover_an_act_one_is_warned_or_urged_not_to_do_is_hypothetical(events) -> None:
    # my own sentences: asked not to happen is not reported as not having happened
    for text in (
        "China warned Manila not to allow the visit.",
        "Macron urged Israel not to attack Rafah.",
    ):
        found = [e.status for e in events.full(text, "2024-08-20") if e.type != "THREATEN"
                 and e.type != "REQUEST"]  # fmt: skip
        assert found == ["hypothetical"], text
    # an act one decides not to do is not done
    found = events.full("Iran decided not to attend the talks.", "2024-08-20")
    assert [e.status for e in found] == ["negated"]


def test_events_plover_a_show_of_force_near_a_state_is_aimed_at_it(events) -> None:
    # my own sentences: drills around, troops near or along the border with a state
    for text, wanted in (
        ("China held naval drills around Taiwan on Monday.", "reg:TWN"),
        ("Russia massed troops near the border with Ukraine.", "reg:UKR"),
    ):
        found = [(e.type, e.target) for e in events.full(text, "2024-08-20")]
        assert found == [("MOBILIZE", [wanted])], text


def test_events_plover_an_ability_to_act_is_no_act_to_come(events) -> None:
    # my own sentence: drills testing an ability to seize an island plan no seizure
    text = "The Chinese army said the drills would test its ability to seize control of islands."
    found = [e.status for e in events.full(text, "2024-08-20") if e.type == "COERCE"]
    assert found == ["hypothetical"]


def test_events_plover_aides_at_a_meeting_of_two_leaders_are_company(events) -> None:
    # my own sentence: the two leaders met each other; the aides are no party
    text = (
        "Putin and Erdogan greeted each other at the hotel, where they talked in private and "
        "then shared a dinner with a handful of aides."
    )
    found = [(set(e.source), set(e.target)) for e in events.full(text, "2018-09-17")]
    pair = {"reg:vladimir-putin", "reg:recep-tayyip-erdogan"}
    assert found == [(pair, pair)]


def test_events_plover_an_act_supposed_not_to_happen_is_hypothetical(events) -> None:
    # my own sentences: "if ... does not" supposes; it does not report that it did not
    text = "Iran will expand enrichment if the United States does not lift sanctions."
    assert [e.status for e in events.full(text, "2021-06-05") if e.type == "RETREAT"] == [
        "hypothetical"
    ]
    text = "The United States did not lift sanctions on Iran."
    assert [e.status for e in events.full(text, "2021-06-05")] == ["negated"]


def test_events_plover_a_perfect_inability_says_the_act_was_not_done(events) -> None:
    # my own sentence: "had not been able to visit" reports no visit
    text = "Lavrov said Russian envoys had not been able to visit Turkey since February."
    assert [e.status for e in events.full(text, "2021-06-05") if e.type == "CONSULT"] == ["negated"]


def test_events_plover_what_was_expected_would_happen_is_to_come(events) -> None:
    # my own sentences: "would" in what was expected is a future in the past, a plan
    text = "It was expected that Lavrov would meet Erdogan again on Tuesday."
    assert [e.status for e in events.full(text, "2018-09-17")] == ["planned"]
    text = "It would be a mistake for Lavrov to meet Erdogan."
    assert [e.status for e in events.full(text, "2018-09-17")] in ([], ["hypothetical"])


def test_events_plover_accusations_each_way_are_two_events(events) -> None:
    # my own sentences: each accuses the other; the two accusations are not one event
    text = "Sandu blamed Putin for the crisis. Putin accused Sandu of provoking a conflict."
    found = sorted((e.source, e.target) for e in events.full(text, "2024-03-05"))
    assert found == [
        (["reg:maia-sandu"], ["reg:vladimir-putin"]),
        (["reg:vladimir-putin"], ["reg:maia-sandu"]),
    ]


def test_events_plover_no_date_carries_over_from_a_relative_clause_or_into_a_future(
    events,
) -> None:
    # my own sentences: "in February" dates only the accord accepted then; "would never"
    # speaks of no past time
    text = (
        "Sandu blamed Putin, saying Russia had broken the accord both sides accepted in "
        "February. Putin accused Sandu of lying."
    )
    dates = {(e.type, tuple(e.source)): e.date.value for e in events.full(text, "2024-06-05")}
    assert dates[("ACCUSE", ("reg:vladimir-putin",))] is None
    text = (
        "Putin met Sandu in Minsk on Monday. Putin said Russia would never recognize "
        "Moldova's independence."
    )
    found = [
        (e.status, e.date.value) for e in events.full(text, "2024-06-05") if e.type == "SUPPORT"
    ]
    assert found == [("negated", None)]


def test_events_plover_the_next_round_of_talks_is_to_come(events) -> None:
    # my own sentence: the talks of a "next round" have not been held
    text = "Delhi and Beijing set no date for the next round of talks between their envoys."
    found = [e.status for e in events.full(text, "2025-08-19") if e.type == "CONSULT"]
    assert found in ([], ["planned"])
    text = "A new round of talks between India and China began in Delhi on Monday."
    found = [e.status for e in events.full(text, "2025-08-19") if e.type == "CONSULT"]
    assert found == ["asserted"]


def test_events_plover_a_later_clause_with_its_own_conjunction_reports_nothing(events) -> None:
    # my own sentences: "a day after X said" is a clause of its own, not who reports the
    # rejection; a closing "..., X said" is
    text = "Burhan rejected the plan on Tuesday, a day after the RSF said it would accept it."
    found = [m.claimant for e in events.full(text, "2025-11-05") if e.type == "REJECT"
             for _, m in e.mentions]  # fmt: skip
    assert found == [None]
    text = "Burhan rejected the plan on Tuesday, the army said."
    found = [m.claimant for e in events.full(text, "2025-11-05") if e.type == "REJECT"
             for _, m in e.mentions]  # fmt: skip
    assert len(found) == 1 and found[0] is not None


def test_events_plover_a_promise_to_stop_attacks_is_no_threat(events) -> None:
    # my own sentences: promising to end an act of force promises restraint
    found = events.full("The militia promised to stop attacks on Israel.", "2025-07-08")
    assert sorted((e.type, e.status) for e in found) == [
        ("AGREE", "asserted"),
        ("RETREAT", "planned"),
    ]
    found = events.full("The militia vowed to continue attacks on Israel.", "2025-07-08")
    assert "THREATEN" in [e.type for e in found]


def test_events_plover_refusing_a_plan_is_not_refusing_the_last_demand(events) -> None:
    # my own sentences: "the plan" is not Egypt's call; "the demand" and "it" are
    text = "Egypt called on the army to stop fighting. If the army refuses the plan, talks end."
    found = [e.target for e in events.full(text, "2025-11-04") if e.type == "REJECT"]
    assert found == [[]]
    for text in (
        "Egypt demanded a ceasefire. The army rejected the demand.",
        "Egypt demanded a ceasefire. The army rejected it.",
    ):
        found = [e.target for e in events.full(text, "2025-11-04") if e.type == "REJECT"]
        assert found == [["reg:EGY"]], text


def test_events_plover_an_act_told_in_the_past_perfect_gives_no_date_onward(events) -> None:
    # my own sentences: the meeting "again" is not of the July agreement's month
    text = (
        "Macron and Olaf Scholz had agreed in July to reopen the talks. Macron met Olaf "
        "Scholz again in Berlin."
    )
    found = events.full(text, "2023-12-20")
    assert [e.date.value for e in found if e.type == "AGREE"] == ["2023-07"]
    assert [e.date.value for e in found if e.type == "CONSULT" and e.status == "asserted"] == [None]


def test_events_plover_a_missile_fired_into_the_sea_is_a_show_of_weapons(events) -> None:
    # my own sentences: shot into the sea at no one; launched at a town, an attack
    for text in (
        "Pyongyang fired a cruise missile into the sea on Tuesday.",
        "Pyongyang launched two missiles into the sea on Tuesday.",
    ):
        found = [(e.type, e.mode) for e in events.full(text, "2024-01-24")]
        assert found == [("MOBILIZE", "weapons")], text
    found = events.full("Hezbollah launched rockets at Kiryat Shmona on Tuesday.", "2024-01-24")
    assert [e.type for e in found] == ["ASSAULT"]


def test_events_plover_a_meeting_after_a_dated_telling_takes_its_day(events) -> None:
    # my own text: "told X on Monday" dates the meeting the next paragraph tells; the visit
    # of two years before, told after it, stays apart
    text = (
        "Lula told Macron on Tuesday that Brazil would not sign the trade pact.\n\n"
        "The two leaders met for two hours at the palace. Macron last came to Brasilia, "
        "where Lula hosted him, in 2021."
    )
    found = sorted(
        (e.date.value or "") for e in events.full(text, "2023-09-06") if e.type == "CONSULT"
    )
    assert found == ["2021", "2023-09-05"]
    # a bare "said" names no one told: no date is carried
    text = "Lula said on Tuesday that Brazil would not sign. The two leaders met for two hours."
    found = [e.date.value for e in events.full(text, "2023-09-06") if e.type == "CONSULT"]
    assert found in ([], [None])


def test_events_plover_an_envoy_for_a_leader_meets_in_his_own_name(events) -> None:
    # my own sentence: the envoy met Putin, not the president he works for
    text = "Dana Whitfield, a special envoy for President Donald Trump, met Putin in Moscow."
    found = [(e.type, e.source) for e in events.full(text, "2025-10-02")]
    assert found == [("CONSULT", ["new:USA:dana whitfield"])]


def test_events_plover_a_meeting_again_is_another_meeting_after_the_first(events) -> None:
    # my own sentences: "again" is a second meeting, after the one dated before
    text = "Lula met Macron in Paris in June. Lula met Macron again."
    found = sorted(
        ((e.date.value, e.date.earliest) for e in events.full(text, "2023-09-06")
         if e.type == "CONSULT"),
        key=str,
    )  # fmt: skip
    assert found == [("2023-06", "2023-06-01"), (None, "2023-07-01")]


def test_events_plover_stopping_an_offensive_is_de_escalation(events) -> None:
    # my own sentences: an attack stopped is a step back, as one halted
    for text in (
        "The army stopped its offensive in the north on Monday.",
        "Washington stopped its airstrikes in May.",
    ):
        found = [(e.type, e.status) for e in events.full(text, "2023-09-06")]
        assert found == [("RETREAT", "asserted")], text


def test_events_plover_drones_launched_at_a_city_attack_its_state(events) -> None:
    # my own sentence: the drones are the weapon, the city's state the target
    found = events.full("Hezbollah launched drones at Haifa on Monday.", "2023-09-06")
    assert [(e.type, e.target) for e in found] == [("ASSAULT", ["reg:ISR"])]


def test_events_plover_a_timeline_date_heads_its_paragraph(events) -> None:
    # my own timeline: each paragraph opens with its date and a colon; what came "later"
    # is of no date told
    text = (
        "How the talks went\n\n"
        "March 3, 2024: The talks opened in Almaty. Armenia freed 30 Azerbaijani prisoners.\n\n"
        "June 9: Envoys gathered in Prague. Pashinyan met Aliyev there.\n\n"
        "Armenia later accused Azerbaijan of shelling border villages."
    )
    found = {e.type: e.date.value for e in events.full(text, "2024-07-01")}
    assert found["RETREAT"] == "2024-03-03"
    assert found["CONSULT"] == "2024-06-09"
    assert found["ACCUSE"] is None


def test_events_plover_ending_a_round_of_talks_is_a_meeting(events) -> None:
    # my own sentence: the talks were held and ended; no one broke them off
    text = "Chilean and Peruvian negotiators ended a second round of talks in Lima on Friday."
    found = [(e.type, e.status) for e in events.full(text, "2024-05-04")]
    assert found == [("CONSULT", "asserted")]


def test_events_plover_an_absolute_with_clause_names_no_party(events) -> None:
    # my own sentence: the Swiss mediator carrying messages is no party of the talks
    text = (
        "Chile and Peru ended their talks in Geneva on Friday, with a Swiss diplomat carrying "
        "messages between the delegations."
    )
    found = [(e.type, sorted(e.target)) for e in events.full(text, "2024-05-04")]
    assert found == [("CONSULT", ["reg:CHL", "reg:PER"])]


def test_events_plover_condemning_the_move_is_aimed_at_whoever_made_it(events) -> None:
    # my own sentences: "the move" is the ban told just before
    text = "Chile banned imports of Peruvian fruit on Monday. Lima condemned the move."
    found = {e.type: e.target for e in events.full(text, "2024-05-04")}
    assert found["ACCUSE"] == ["reg:CHL"]


def test_events_plover_a_conditional_threat_is_aimed_at_the_one_the_condition_is_put_to(
    events,
) -> None:
    # my own sentence: the threat falls on the state that must act to avoid it
    text = "Chile has threatened to close its ports if Peru does not lift the tariffs."
    found = [(e.type, e.status, e.target) for e in events.full(text, "2024-05-04")]
    assert ("THREATEN", "conditional", ["reg:PER"]) in found


def test_events_plover_condemning_what_one_calls_x_s_acts_is_aimed_at_x(events) -> None:
    # my own sentence: the thing condemned is named in a free relative
    text = "Chile condemned what it called Peru's reckless actions at the border."
    found = [(e.type, e.target) for e in events.full(text, "2024-05-04")]
    assert found == [("ACCUSE", ["reg:PER"])]


def test_events_plover_a_clause_under_a_negated_verb_is_not_told_as_so(events) -> None:
    # my own sentences: "did not say that" tells nothing as so; "did not know that" does
    text = "Rivas did not say that Chile recognised the junta in Lima."
    assert [e.status for e in events.full(text, "2024-05-04")] == ["hypothetical"]
    text = "The talks do not mean that Chile recognises the junta in Lima."
    assert [e.status for e in events.full(text, "2024-05-04")] == ["hypothetical"]
    text = "Rivas did not know that Chile had recognised the junta in Lima."
    assert [e.status for e in events.full(text, "2024-05-04")] == ["asserted"]


def test_events_plover_an_act_done_without_is_not_done(events) -> None:
    # my own sentence: he left, and signed nothing; the resources are no party
    text = "President Boric left without signing a deal on Peru's mineral resources."
    found = events.full(text, "2024-05-04")
    assert [(e.type, e.status) for e in found] == [("SUPPORT", "negated")]
    assert not any("resource" in key for key in found[0].target)


def test_events_plover_a_time_of_the_purpose_does_not_date_the_act(events) -> None:
    # my own sentences: the talks are on Sunday, not the invitation; "for a second day" is
    # a time, not a purpose
    text = (
        "Chilean President Gabriel Boric invited Peru's president to Santiago for talks on Sunday."
    )
    found = [(e.type, e.date.value) for e in events.full(text, "2024-05-04") if e.type == "AGREE"]
    assert found == [("AGREE", None)]
    text = "Rioters fought police in Lima for a second day on Monday."
    assert [e.date.value for e in events.full(text, "2024-05-04")] == ["2024-04-29"]


def test_events_plover_strikes_on_sites_in_a_state_attack_it(events) -> None:
    # my own sentence: the sites struck are in Peru
    text = "Chile launched missile strikes on nine sites in Peru on Wednesday."
    found = [(e.type, e.target) for e in events.full(text, "2024-05-04")]
    assert found == [("ASSAULT", ["reg:PER"])]


def test_events_plover_a_vow_after_a_passive_report_is_the_reporter_s(events) -> None:
    # my own sentence: the civilians killed made no vow; the army did
    text = "Peru's army said 26 civilians were killed and vowed to retaliate."
    found = {e.type: e.source for e in events.full(text, "2024-05-04")}
    assert found["THREATEN"] == ["new:PER:military"]


def test_events_plover_strikes_in_a_state_named_with_a_region_attack_the_state(events) -> None:
    # my own sentence: the parser hangs "Pakistan" on "Kashmir" as a modifier
    text = "India launched missile strikes on camps in Pakistan and Pakistani-held Kashmir."
    found = [(e.type, e.target) for e in events.full(text, "2025-05-07")]
    assert found == [("ASSAULT", ["reg:PAK"])]


def test_events_plover_calling_a_state_the_aggressor_is_an_accusation(events) -> None:
    # my own sentences: a predicate noun of condemnation, said and denied
    found = events.full(
        "Chilean President Gabriel Boric said Peru was the aggressor.", "2024-05-04"
    )
    assert [(e.type, e.target) for e in found] == [("ACCUSE", ["reg:PER"])]
    found = events.full("Chilean President Gabriel Boric said Peru was not the aggressor.")
    assert found == []


def test_events_plover_a_request_after_a_copular_report_is_the_reporter_s(events) -> None:
    # my own sentence: "the accord" was a step; the ministry urged
    text = "Peru's trade ministry said the accord was a good step and urged Chile to cut tariffs."
    found = {e.type: (e.source, e.target) for e in events.full(text, "2024-05-04")}
    assert found["REQUEST"] == (["new:PER:government"], ["reg:CHL"])


def test_events_plover_a_warning_is_aimed_at_the_subject_of_its_condition(events) -> None:
    # my own sentence: the "if" clause hangs on the act warned of; "if necessary" names no one
    text = (
        "Peru warned that it would resume its offensive if the rebels did not give up their arms."
    )
    found = {e.type: (e.target, e.status) for e in events.full(text, "2024-05-04")}
    assert found["THREATEN"][0] != []
    assert found["RETREAT"][1] == "hypothetical"  # giving up arms: disarming, not aid
    text = "Peru warned that troops would use force if necessary to clear the square."
    found = {e.type: e.target for e in events.full(text, "2024-05-04")}
    assert found["THREATEN"] == []


def test_events_plover_calling_someone_is_a_telephone_contact(events) -> None:
    # my own sentences: a call to a leader; not a call on someone, nor members called out
    text = "Chilean President Gabriel Boric said he would call Peru's president later that night."
    found = [(e.type, e.mode, e.status) for e in events.full(text, "2024-05-04")]
    assert ("CONSULT", "phone", "planned") in found
    text = "The union called its members out on an indefinite strike in Santiago on Monday."
    assert "CONSULT" not in [e.type for e in events.full(text, "2024-05-04")]


def test_events_plover_a_description_apposed_to_a_name_is_that_person(events) -> None:
    # "the Chinese ambassador, Ma Lin": one party, the person, not the government and him
    (found,) = [
        e
        for e in events.full("Japan's foreign minister summoned the Chinese ambassador, Ma Lin.")
        if e.type == "ACCUSE"
    ]
    assert found.target == ["new:CHN:ma lin"]


def test_events_plover_talks_hung_on_the_means_of_travel_are_the_traveller_s(events) -> None:
    text = (
        "Indian Prime Minister Manmohan Singh crossed into Pakistan by train for talks in "
        "Lahore with his Pakistani counterpart Yousaf Raza Gilani."
    )
    (found,) = [e for e in events.full(text, "2010-02-21") if e.type == "CONSULT"]
    assert len(found.source) == len(found.target) == 1
    assert "manmohan" in found.source[0] and "gilani" in found.target[0]


def test_events_plover_warning_one_s_own_citizens_is_advice(events) -> None:
    found = events.full("China warned its citizens against travelling to Japan on Friday.")
    assert [e.type for e in found] == []  # neither a threat nor a Chinese visit to Japan
    found = events.full("The United States warned Iran against attacking oil tankers in the Gulf.")
    assert [(e.type, e.target) for e in found if e.type == "THREATEN"] == [
        ("THREATEN", ["reg:IRN"])
    ]
    assault = next(e for e in found if e.type == "ASSAULT")
    assert (assault.source, assault.status) == (["reg:IRN"], "hypothetical")


def test_events_plover_talks_before_an_agreement_are_no_part_of_what_was_agreed(events) -> None:
    text = (
        "Serbia and Kosovo agreed to a prisoner swap on Sunday after talks mediated by "
        "Norway and Austria."
    )
    found = events.full(text, "2024-03-12")
    mediation = next(e for e in found if e.type == "CONSULT")
    assert mediation.status == "asserted"  # held before the agreement, not agreed to
    assert next(e for e in found if e.type == "AGREE").status == "asserted"


def test_events_plover_the_neighbours_are_the_two_states_told_before(events) -> None:
    text = (
        "Eritrea and Ethiopia signed a truce on Sunday, a month after fierce fighting broke "
        "out between the neighbours."
    )
    # ("ending a month of fierce fighting" is the truce's end to it, as "ending weeks of")
    fighting = next(e for e in events.full(text, "2024-03-12") if e.type == "ASSAULT")
    assert sorted(fighting.source) == ["reg:ERI", "reg:ETH"]


def test_events_plover_backing_a_state_s_move_supports_the_state(events) -> None:
    found = events.full("Britain backed the American deployment in the Gulf.")
    support = next(e for e in found if e.type == "SUPPORT")
    assert (support.source, support.target) == (["reg:GBR"], ["reg:USA"])


def test_events_plover_condemning_the_attack_targets_its_doer_told_before(events) -> None:
    text = (
        "Israeli jets struck a convoy near Homs on Monday.\n\n"
        "Syria's foreign minister accused Israel of breaking the truce. Iran said it was "
        "watching closely. Russia called for calm. Turkey urged restraint.\n\n"
        "Egypt condemned the attack on Tuesday."
    )
    found = events.full(text, "2024-03-12")
    egypt = next(e for e in found if e.type == "ACCUSE" and e.source == ["reg:EGY"])
    assert egypt.target == ["new:ISR:military"]
    # talks have no doer to blame
    text = "Envoys of Chad and Sudan held talks in Doha.\n\nLibya condemned the talks."
    found = events.full(text, "2024-03-12")
    assert [e.target for e in found if e.type == "ACCUSE"] == [[]]


def test_events_plover_no_date_carried_over_past_an_event_or_to_an_act_judged(events) -> None:
    text = (
        "The Chinese premier arrived in Jakarta on Tuesday for a state visit.\n\n"
        "After the banquet, he held talks with President Prabowo Subianto.\n\n"
        "Putin met Kim on Tuesday. Putin thanked North Korean soldiers for fighting alongside "
        "Russian troops in Kursk."
    )
    found = events.full(text, "2025-05-28")
    talks = next(e for e in found if e.type == "CONSULT" and "reg:prabowo-subianto" in e.target)
    assert talks.date.value is None  # after the banquet, not on the day of arrival
    thanks = next(e for e in found if e.type == "SUPPORT")
    assert thanks.date.value == "2025-05-27"  # the day told before
    fighting = next(e for e in found if e.type == "ASSAULT")
    assert fighting.date.value is None  # done before the thanks


def test_events_plover_hosting_for_a_visit_is_dated_by_the_visit_s_time(events) -> None:
    found = events.full(
        "South Korean President Lee Jae-myung hosted Xi for a state visit on Friday.",
        "2025-10-30",
    )
    visit = next(e for e in found if e.type == "CONSULT")
    assert (visit.source, visit.target) == (["reg:xi-jinping"], ["reg:lee-jae-myung"])
    assert visit.date.value == "2025-10-24"


def test_events_plover_two_who_refused_to_meet_refused_each_other(events) -> None:
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks "
        "in Brussels on Wednesday.\n\nThe host, a Danish diplomat, said the two leaders had "
        "refused to meet face to face."
    )
    found = events.full(text, "2023-06-15")
    refusal = next(e for e in found if e.type == "REJECT")
    parties = {"reg:aleksandar-vucic", "reg:albin-kurti"}
    assert set(refusal.source) == set(refusal.target) == parties


def test_events_plover_the_host_of_the_talks_told_before_received_their_parties(events) -> None:
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks "
        "in Brussels on Wednesday.\n\nEU foreign policy chief Josep Borrell, who hosted the "
        "meeting, called it difficult."
    )
    found = events.full(text, "2023-06-15")
    hosted = [e for e in found if e.type == "CONSULT" and "reg:josep-borrell" in e.target]
    assert len(hosted) == 1
    assert set(hosted[0].source) == {"reg:aleksandar-vucic", "reg:albin-kurti"}
    assert hosted[0].date.value == "2023-06-14"  # the talks' day
    assert not any(e.source == ["reg:josep-borrell"] for e in found)


def test_events_plover_a_measure_on_a_state_s_things_targets_the_state(events) -> None:
    found = events.full("China suspended imports of Japanese seafood on Friday.", "2025-11-18")
    ban = next(e for e in found if e.type == "SANCTION")
    assert (ban.source, ban.target) == (["reg:CHN"], ["reg:JPN"])
    found = events.full("Ottawa threatened steep tariffs on Mexican steel.", "2025-11-18")
    threat = next(e for e in found if e.type == "THREATEN")
    assert (threat.source, threat.target) == (["reg:CAN"], ["reg:MEX"])


def test_events_plover_the_chair_of_a_summit_takes_part_in_it(events) -> None:
    text = "Ramaphosa co-chaired a summit in Geneva with Kenyan President William Ruto."
    found = events.full(text, "2025-10-13")
    summit = next(e for e in found if e.type == "CONSULT")
    assert {"reg:cyril-ramaphosa", "reg:william-ruto"} <= set(summit.source + summit.target)


def test_events_plover_a_state_striking_with_no_object_attacks(events) -> None:
    found = events.full("Israel will strike if Hamas fails to release the hostages.")
    strike = next(e for e in found if e.source == ["reg:ISR"])
    assert (strike.type, strike.status) == ("ASSAULT", "conditional")
    # a failure supposed in an "if" clause is no failure told: the release may yet come
    release = next(e for e in found if e.type == "RETREAT")
    assert release.status == "hypothetical"
    found = events.full("Dockers struck for a third day in Rotterdam.")
    assert [e.type for e in found] == ["PROTEST"]
    found = events.full("A week after Cyclone Idai struck, Mozambique appealed for aid.")
    assert "ASSAULT" not in [e.type for e in found]


def test_events_plover_a_plan_brokered_was_brokered(events) -> None:
    found = events.full("Sudan accepted a truce plan brokered by Qatar on Monday.")
    mediation = next(e for e in found if e.source == ["reg:QAT"])
    assert mediation.status == "asserted"  # done to the plan, not what it plans


def test_events_plover_the_next_day_counts_from_the_day_told_before(events) -> None:
    text = (
        "President Donald Trump and Chinese leader Xi Jinping agreed on Thursday to a "
        "one-year truce.\n\nSouth Korean President Lee Jae-myung hosted Xi for a state visit "
        "the next day."
    )
    found = events.full(text, "2025-10-30")
    visit = next(e for e in found if e.target == ["reg:lee-jae-myung"])
    assert visit.date.value == "2025-10-31"  # not the Thursday told before


def test_events_plover_a_verb_conjoined_to_a_dated_one_shares_its_day(events) -> None:
    text = (
        "Ethiopia accused Eritrea on Sunday of massing troops.\n\nPrime Minister Abiy Ahmed "
        "met the African Union commission chairman in Addis Ababa the next day and asked the "
        "bloc to mediate."
    )
    found = events.full(text, "2025-03-10")
    asked = next(e for e in found if e.type == "REQUEST")
    assert asked.date.value == "2025-03-10"  # the meeting's day, not the Sunday before


def _acts(events, text: str, date: str) -> list[tuple[str, str, list[str], list[str], str | None]]:
    return [
        (e.type, e.status, e.source, e.target, e.date.value if e.date else None)
        for e in events.full(text, date)
    ]


def test_events_plover_a_phrase_before_a_reported_clause_dates_the_report(events) -> None:
    # "on Friday" dates the saying: the revoking is still to come, its day unknown
    text = "The United States said on Friday it would revoke the visa of Colombia's Gustavo Petro."
    found = _acts(events, text, "2025-09-27")
    assert [(t, s, d) for t, s, _, _, d in found] == [("COERCE", "planned", None)]
    # the owner of what is revoked is its target
    assert found[0][3] == ["reg:gustavo-petro"]


def test_events_plover_a_measure_on_a_pact_aims_at_the_partner(events) -> None:
    text = "President Habibie tore up Indonesia's security pact with Australia on Thursday."
    found = _acts(events, text, "1999-09-17")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SANCTION", ["reg:AUS"])]


def test_events_plover_strikes_of_states_are_attacks(events) -> None:
    text = "Iran acted days after Israeli and American strikes on the country's nuclear sites."
    found = _acts(events, text, "2025-07-02")
    assert [(t, src) for t, _, src, _, _ in found] == [("ASSAULT", ["reg:ISR", "reg:USA"])]
    # strikes by someone on a place: an attack ("killed" folds it in, with its doer)
    text = "The strikes by Israel on Gaza killed 20 people."
    assert [(t, src) for t, _, src, _, _ in _acts(events, text, "2025-07-02")] == [
        ("ASSAULT", ["reg:ISR"])
    ]
    # a labour strike named with its kind stays a protest
    text = "French rail strikes disrupted travel across France on Monday."
    assert [t for t, *_ in _acts(events, text, "2025-07-02")] == ["PROTEST"]


def test_events_plover_an_act_in_an_after_phrase_comes_before_the_verbs_day(events) -> None:
    text = "Iran on Wednesday signed a law, days after Israeli strikes on its nuclear sites."
    found = _acts(events, text, "2025-07-02")
    assert [(t, d) for t, _, _, _, d in found if t == "ASSAULT"] == [("ASSAULT", None)]


def test_events_plover_a_thing_named_as_in_a_free_relative_is_the_object(events) -> None:
    text = "On Wednesday, India struck what it called terrorist camps."
    found = _acts(events, text, "2025-05-10")
    assert [(t, src, d) for t, _, src, _, d in found] == [("ASSAULT", ["reg:IND"], "2025-05-07")]


def test_events_plover_parties_acting_on_each_other_are_both_targets(events) -> None:
    found = events.full("India and Pakistan accused each other of violating the truce.")
    assert [(e.type, sorted(e.source), sorted(e.target)) for e in found] == [
        ("ACCUSE", ["reg:IND", "reg:PAK"], ["reg:IND", "reg:PAK"])
    ]
    assert found[0].summary.endswith("each other")


def test_events_plover_abandoning_a_policy_is_yielding_not_demanding(events) -> None:
    found = _acts(events, "Iran abandoned its policy of confrontation.", "2019-10-06")
    assert [(t, s, src) for t, s, src, _, _ in found] == [("CONCEDE", "asserted", ["reg:IRN"])]


def test_events_plover_an_act_until_which_there_is_no_interest_is_only_supposed(events) -> None:
    text = (
        "Pyongyang said it had no interest in more talks until Washington took real steps "
        "to abandon its hostile policy."
    )
    found = _acts(events, text, "2019-10-06")
    assert [(t, s) for t, s, *_ in found] == [("CONCEDE", "hypothetical")]


def test_events_plover_a_warning_of_sanctions_on_a_state_threatens_that_state(events) -> None:
    text = "Britain and France warned that they will restore UN sanctions on Iran."
    found = _acts(events, text, "2025-07-02")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("THREATEN", ["reg:IRN"])]


def test_events_plover_warning_that_a_state_will_pay_threatens_it(events) -> None:
    found = _acts(events, "China warned that Japan would pay a heavy price.", "2025-11-20")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [("THREATEN", ["reg:CHN"], ["reg:JPN"])]


def test_events_plover_blocking_a_package_of_sanctions_is_a_rejection(events) -> None:
    text = "Hungary blocked on Monday a new package of European Union sanctions against Russia."
    found = _acts(events, text, "2025-06-23")
    assert [(t, s, src, d) for t, s, src, _, d in found] == [
        ("REJECT", "asserted", ["reg:HUN"], "2025-06-23")
    ]


def test_events_plover_the_meeting_a_past_effort_was_for_is_not_planned(events) -> None:
    text = (
        "Trump and Kim Jong Un met in Singapore on Tuesday. Kim said the two sides had "
        "overcome many obstacles to reach the meeting."
    )
    found = _acts(events, text, "2018-06-12")
    assert "planned" not in [s for _, s, *_ in found]
    # a meeting still ahead keeps its plan
    found = _acts(events, "Pompeo flew to Pyongyang to hold talks with Kim.", "2018-07-06")
    assert ("CONSULT", "planned") in [(t, s) for t, s, *_ in found]


def test_events_plover_calling_a_thing_a_quoted_name_is_no_call(events) -> None:
    text = 'Mark Rutte called the pledge "a quantum leap" for the alliance.'
    assert _acts(events, text, "2025-06-25") == []


def test_events_plover_two_titled_names_joined_by_and_both_meet(events) -> None:
    text = "President Donald Trump and Russian President Vladimir Putin met in Alaska on Friday."
    found = _acts(events, text, "2025-08-15")
    assert [sorted(set(src) | set(tg)) for t, _, src, tg, _ in found if t == "CONSULT"] == [
        ["reg:donald-trump", "reg:vladimir-putin"]
    ]


def test_events_plover_the_one_an_envoy_speaks_for_is_no_party(events) -> None:
    text = "Maduro met Richard Grenell, the special envoy of President Donald Trump, in Caracas."
    found = _acts(events, text, "2025-02-01")
    assert ["reg:donald-trump" in set(src) | set(tg) for t, _, src, tg, _ in found] == [False]


def test_events_plover_the_occasion_of_an_agreement_is_not_planned(events) -> None:
    text = (
        "Ishiba and Lee Jae-myung agreed on Saturday to deepen cooperation, in the first "
        "visit to Japan by a South Korean leader in more than a year."
    )
    found = _acts(events, text, "2025-08-23")
    assert [s for t, s, *_ in found if t == "CONSULT"] == ["asserted"]


def test_events_plover_opposing_the_measures_aims_at_no_one_told_just_before(events) -> None:
    text = (
        "Rights groups accuse the security forces of beating detainees. Hungary did not "
        "oppose the measures, diplomats said."
    )
    found = _acts(events, text, "2025-07-15")
    assert [(s, tg) for t, s, _, tg, _ in found if t == "REJECT"] == [("negated", [])]


def test_events_plover_a_warning_made_with_a_call_is_asserted(events) -> None:
    text = "Trump called both leaders, warning that he would impose tariffs on them."
    found = _acts(events, text, "2025-07-28")
    assert ("THREATEN", "asserted") in [(t, s) for t, s, *_ in found]


def test_events_plover_an_attack_near_a_border_is_not_on_the_state_beyond(events) -> None:
    found = _acts(events, "The ELN attacked villages near the Venezuelan border.", "2025-01-17")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ASSAULT", [])]
    # forces massed or shown at a border face the state beyond
    for text in (
        "Turkey massed troops near the Syrian border.",
        "Turkish units staged live-fire manoeuvres near the Syrian frontier.",
    ):
        assert [tg for t, _, _, tg, _ in _acts(events, text, "1998-10-05")] == [["reg:SYR"]]


def test_events_plover_a_reaction_to_drills_aims_at_the_other_state(events) -> None:
    text = (
        "China launched military drills around Taiwan on Tuesday. Taiwan sent its own forces "
        "to respond. Lai Ching-te's office condemned the drills."
    )
    found = _acts(events, text, "2025-04-01")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:CHN"]]


def test_events_plover_one_prompted_to_act_acts(events) -> None:
    text = (
        "Ethiopia inaugurated its dam on Tuesday, prompting Egypt to accuse Addis Ababa of "
        "violating international law."
    )
    found = _acts(events, text, "2025-09-09")
    assert ("ACCUSE", "asserted", ["reg:EGY"], ["reg:ETH"]) in [
        (t, s, src, tg) for t, s, src, tg, _ in found
    ]


def test_events_plover_giving_a_name_to_something_shares_nothing(events) -> None:
    assert _acts(events, "Beijing did not give a name to the exercises.", "2025-04-01") == []
    text = "Pakistan gave the names of 40 suspects to France."
    assert [t for t, *_ in _acts(events, text, "2025-04-01")] == ["COOPERATE"]


def test_events_plover_a_meeting_hosted_in_the_clause_is_the_clauses_meeting(events) -> None:
    text = (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held "
        "talks in Abu Dhabi on Thursday, in a meeting hosted by the United Arab Emirates."
    )
    found = events.full(text, "2025-07-10")
    meetings = [e for e in found if e.type == "CONSULT"]
    assert len(meetings) == 1
    assert {"reg:nikol-pashinyan", "reg:ilham-aliyev"} <= set(meetings[0].source)
    assert not any(e.source == ["reg:ARE"] for e in found)


def test_events_plover_leaders_signing_a_document_sign_together(events) -> None:
    text = "President Lula and President Boric on Monday signed a document backing the accord."
    found = _acts(events, text, "2025-10-13")
    assert [(t, d) for t, _, _, _, d in found] == [("SUPPORT", "2025-10-13")]
    assert len(found[0][2]) == 2


def test_events_plover_earlier_in_the_day_is_the_day_told(events) -> None:
    text = (
        "Egypt and Qatar signed the declaration on Monday. Earlier in the day, Hamas released "
        "twenty hostages."
    )
    found = _acts(events, text, "2025-10-14")
    assert ("RETREAT", "2025-10-13") in [(t, d) for t, _, _, _, d in found]


def test_events_plover_what_a_joined_coalition_does_is_not_planned(events) -> None:
    text = "Syria agreed to join the coalition fighting the Islamic State group."
    found = _acts(events, text, "2025-11-10")
    fights = [(s, src, tg) for t, s, src, tg, _ in found if t == "ASSAULT"]
    # the one fought stays the one acted on, whoever fights it
    assert fights == [("asserted", [], ["reg:islamic-state"])]


def test_events_plover_suspended_sanctions_are_eased_on_their_target(events) -> None:
    text = "The Treasury said it would suspend some of the sanctions on Syria."
    found = _acts(events, text, "2025-11-10")
    assert [(t, s, tg) for t, s, _, tg, _ in found] == [("RETREAT", "planned", ["reg:SYR"])]


def test_events_plover_strikes_on_a_capital_attack_its_state(events) -> None:
    text = "Islamabad carried out air strikes on Kabul last week."
    found = events.full(text, "2025-10-19")
    assert [(e.type, e.target) for e in found] == [("ASSAULT", ["reg:AFG"])]
    assert found[0].location is not None and found[0].location.name == "Kabul"


def test_events_plover_a_capital_punished_is_its_state_not_a_place(events) -> None:
    text = "Washington doubled the tariffs on Indian goods to punish New Delhi."
    found = events.full(text, "2025-08-27")
    assert ("SANCTION", "asserted", ["reg:IND"]) in [(e.type, e.status, e.target) for e in found]
    assert all(e.location is None for e in found)
    # a capital bombed is a place all the same
    bombed = events.full("Pakistan bombed Kabul.", "2025-10-10")
    assert bombed[0].location is not None and bombed[0].location.name == "Kabul"


def test_events_plover_bare_strikes_in_a_story_of_air_strikes_are_attacks(events) -> None:
    text = (
        "American forces struck a boat in the Caribbean on Tuesday. Rubio warned that more "
        "strikes would follow."
    )
    found = _acts(events, text, "2025-09-03")
    assert "PROTEST" not in [t for t, *_ in found]
    assert ("THREATEN", ["reg:marco-rubio"]) in [(t, src) for t, _, src, _, _ in found]


def test_events_plover_harm_foreseen_by_a_body_is_no_threat(events) -> None:
    found = _acts(events, "The UN warned that attacks would continue.", "2025-09-03")
    assert "THREATEN" not in [t for t, *_ in found]


def test_events_plover_ready_to_defend_itself_is_no_agreement(events) -> None:
    text = "Maduro said Venezuela was ready to defend itself."
    assert _acts(events, text, "2025-09-03") == []
    found = _acts(events, "North Korea is ready to return to talks.", "2025-09-03")
    assert [t for t, *_ in found] == ["AGREE"]


def test_events_plover_bases_struck_inside_a_state_are_its(events) -> None:
    text = "Ukrainian drones struck several air bases deep inside Russia, destroying bombers."
    found = _acts(events, text, "2025-06-01")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ASSAULT", ["reg:RUS"])]


def test_events_plover_a_later_visit_is_not_dated_by_the_other_clause(events) -> None:
    text = "Trump said he would visit China in April, and that Xi would come to America later."
    found = _acts(events, text, "2025-10-30")
    visits = {src[0]: d for t, _, src, _, d in found if t == "CONSULT"}
    assert visits == {"reg:donald-trump": "2026-04", "reg:xi-jinping": None}


def test_events_plover_an_attack_condemned_happened_by_then(events) -> None:
    text = "The council on Thursday condemned the attack by the rebels on the city of Goma."
    found = events.full(text, "2025-10-30")
    attack = next(e for e in found if e.type == "ASSAULT")
    assert attack.date.value is None
    assert attack.date.latest == "2025-10-30"


def test_events_plover_the_talks_a_host_received_may_be_told_well_before(events) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Monday. They agreed to swap "
        "prisoners. Russia rejected a ceasefire. Moscow proposed a short truce. Kyiv said the "
        "talks were useless. Turkish Foreign Minister Hakan Fidan hosted the talks at a palace."
    )
    found = events.full(text, "2025-06-02")
    meetings = [e for e in found if e.type == "CONSULT"]
    assert len(meetings) == 1
    assert "reg:hakan-fidan" in meetings[0].target


def test_events_plover_a_meeting_at_premises_is_in_their_town(events) -> None:
    text = "Trump and Xi met for two hours at an air base in Busan on Thursday."
    found = events.full(text, "2025-10-30")
    assert [e.location.name if e.location else None for e in found] == ["Busan"]


def test_events_plover_two_sides_exchanging_fire_attack_no_state_of_the_scene(events) -> None:
    text = "Nepalese troops and Maoist guerrillas exchanged fire in the district of Rolpa."
    found = _acts(events, text, "2001-06-04")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ASSAULT", [])]


def test_events_plover_a_topic_discussed_is_no_place_of_the_talks(events) -> None:
    text = "Merz met Trump. The two leaders discussed the war in Ukraine and trade."
    found = events.full(text, "2025-06-05")
    assert [e.location for e in found if e.type == "CONSULT"] == [None]
    # an event noun's place is the event's ("signed an agreement in Pyongyang")
    found = events.full("Moon and Kim signed an agreement in Pyongyang.", "2018-09-19")
    assert [e.location.name if e.location else None for e in found] == ["Pyongyang"]


def test_events_plover_each_side_accusing_the_other_accuse_each_other(events) -> None:
    text = (
        "Thai and Cambodian troops fought along their border on Thursday. Each side accused "
        "the other of firing first."
    )
    found = _acts(events, text, "2025-07-24")
    accusations = [(sorted(src), sorted(tg)) for t, _, src, tg, _ in found if t == "ACCUSE"]
    assert accusations == [(["reg:KHM", "reg:THA"], ["reg:KHM", "reg:THA"])]


def test_events_plover_tariffs_raised_in_a_meeting_are_brought_up_not_increased(events) -> None:
    text = "The chancellor did not raise the tariffs in the meeting, an official said."
    assert "SANCTION" not in [t for t, *_ in _acts(events, text, "2025-06-05")]
    text = "Washington will increase the duties on Canadian steel."
    assert [t for t, *_ in _acts(events, text, "2025-06-05")] == ["SANCTION"]


def test_events_plover_a_state_not_involved_in_strikes_did_not_strike(events) -> None:
    text = (
        "Israel launched air strikes on Iran on Friday. Rubio said the United States was not "
        "involved in the strikes."
    )
    found = _acts(events, text, "2025-06-13")
    assert [s for t, s, src, _, _ in found if src == ["reg:USA"]] == ["negated"]


def test_events_plover_fire_at_a_states_cities_hits_that_state(events) -> None:
    text = "Iran fired waves of ballistic missiles at Israeli cities on Friday night."
    found = _acts(events, text, "2025-06-13")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ASSAULT", ["reg:ISR"])]


def test_events_plover_a_vow_that_a_state_will_face_a_bitter_fate_threatens_it(events) -> None:
    text = "Khamenei vowed that Israel would face a bitter fate."
    found = _acts(events, text, "2025-06-13")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("THREATEN", ["reg:ISR"])]
    assert [
        t for t, *_ in _acts(events, "Kim vowed that he would work for peace.", "2025-06-13")
    ] == ["AGREE"]


def test_events_plover_a_state_discussed_is_no_party_to_the_talks(events) -> None:
    text = "Xi met Costa in Beijing. The leaders did not discuss Taiwan, an official said."
    found = _acts(events, text, "2025-07-24")
    assert not any("reg:TWN" in src + tg for _, _, src, tg, _ in found)


def test_events_plover_retaliating_with_duties_is_a_sanction(events) -> None:
    text = "Beijing retaliated with duties on European brandy."
    assert [t for t, *_ in _acts(events, text, "2025-07-24")] == ["SANCTION"]
    # the state whose goods the duties are on is the target
    text = "China retaliated with tariffs on American soybeans."
    assert [tg for _, _, _, tg, _ in _acts(events, text, "2025-04-05")] == [["reg:USA"]]
    text = "Iran retaliated with missile strikes."
    assert [t for t, *_ in _acts(events, text, "2025-06-14")] == ["ASSAULT"]


def test_events_plover_their_after_a_plural_subject_is_the_subjects(events) -> None:
    text = (
        "Leaders of the Group of Seven called for de-escalation between Israel and Iran, in a "
        "statement issued at their summit."
    )
    found = _acts(events, text, "2025-06-17")
    meetings = [(src, tg) for t, _, src, tg, _ in found if t == "CONSULT"]
    assert meetings == [(["reg:g7"], [])]


def test_events_plover_a_name_joined_by_and_that_the_parser_hung_as_a_modifier(events) -> None:
    text = (
        "Chinese President Xi Jinping met European Commission President Ursula von der Leyen "
        "and European Council President Antonio Costa in Beijing on Thursday."
    )
    found = _acts(events, text, "2025-07-24")
    assert [sorted(tg) for t, _, _, tg, _ in found] == [
        ["reg:antonio-costa", "reg:deu-ursula-von-der-leyen"]
    ]


def test_events_plover_a_go_between_named_with_as_is_no_party(events) -> None:
    text = "The M23 rebels have been negotiating with Kinshasa in Doha, with Qatar as mediator."
    found = _acts(events, text, "2025-06-27")
    assert [(src, tg) for t, _, src, tg, _ in found if t == "CONSULT"] == [
        (["reg:cod-m23"], ["reg:COD"])
    ]


def test_events_plover_they_opening_a_sentence_is_the_plural_subject_before(events) -> None:
    text = "The Taliban fighters attacked a police post on Monday. They also seized two districts."
    found = _acts(events, text, "2021-07-06")
    assert [src for t, _, src, _, _ in found if t == "COERCE"] == [["reg:taliban"]]


def test_events_plover_not_taking_part_in_talks_negates_them(events) -> None:
    text = "The M23 rebels did not take part in the talks."
    assert [(t, s) for t, s, *_ in _acts(events, text, "2025-06-27")] == [("CONSULT", "negated")]


def test_events_plover_a_verb_joined_to_a_state_s_act_shares_its_subject(events) -> None:
    # "struck" alone with no object would be a labour strike of whoever did it
    text = "Israel bombed the ministry on Wednesday and struck near the presidential palace."
    assert {t for t, *_ in _acts(events, text, "2025-07-16")} == {"ASSAULT"}


def test_events_plover_pausing_aid_reduces_it(events) -> None:
    found = _acts(events, "The United States paused all military aid to Ukraine.", "2025-03-04")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [("SANCTION", ["reg:USA"], ["reg:UKR"])]


def test_events_plover_the_government_in_a_capital_is_that_state_s_not_a_place(events) -> None:
    text = "Turkey, which backs the government in Damascus, accused Israel of meddling."
    found = events.full(text, "2025-07-16")
    backing = next(e for e in found if e.type == "SUPPORT")
    assert backing.target == ["new:SYR:government"]
    assert backing.location is None


def test_events_plover_the_place_of_the_noun_owning_what_is_bombed(events) -> None:
    text = "Israel bombed the headquarters of the defence ministry in Damascus on Wednesday."
    attack = next(e for e in events.full(text, "2025-07-16") if e.type == "ASSAULT")
    assert attack.location is not None and attack.location.name == "Damascus"


def test_events_plover_places_hit_in_a_state_or_owned_by_it_target_it(events) -> None:
    text = "India fired missiles at nine sites in Pakistan early on Wednesday."
    assert [tg for t, _, _, tg, _ in _acts(events, text, "2025-05-07")] == [["reg:PAK"]]
    text = "Iran halted its cooperation after Israeli strikes on its nuclear sites."
    found = _acts(events, text, "2025-07-02")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["reg:IRN"]]


def test_events_plover_a_state_s_coast_guard_vessel_acts_for_it(events) -> None:
    text = (
        "A Chinese coast guard vessel fired a water cannon at a Philippine government ship "
        "near Scarborough Shoal on Tuesday."
    )
    found = _acts(events, text, "2025-09-16")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [
        ("ASSAULT", ["new:CHN:military"], ["reg:PHL"])
    ]
    # vessels of no state named are the means of an exercise, no party to it
    text = "Greece and Turkey staged a joint exercise with coast guard vessels off Lesbos."
    found = _acts(events, text, "2025-09-16")
    assert [tg for t, _, _, tg, _ in found] == [[]]


def test_events_plover_a_reaction_to_the_strikes_targets_the_striker(events) -> None:
    text = (
        "Israel struck the ministry in Damascus on Wednesday, after clashes between Druze "
        "fighters and Bedouin tribes in Sweida. The Syrian foreign ministry condemned the "
        "strikes."
    )
    found = _acts(events, text, "2025-07-16")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:ISR"]]


def test_events_plover_a_refusal_to_do_something_else_rejects_no_request(events) -> None:
    text = (
        "Xi urged Putin to keep talking. Ukraine refused to join what it called a theatrical truce."
    )
    found = _acts(events, text, "2025-05-09")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] == [[]]
    text = "The United States urged Iran to halt enrichment. Iran refused to halt enrichment."
    found = _acts(events, text, "2025-05-09")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] == [["reg:USA"]]
    # a demand made of the one refusing, in other words
    text = "China demanded that Japan take the remarks back. Japan refused to withdraw them."
    found = _acts(events, text, "2025-11-14")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] == [["reg:CHN"]]


def test_events_plover_saying_one_s_own_side_should_act_is_no_request(events) -> None:
    text = "Xi said China and Russia should stand together against bullying."
    assert not [t for t, *_ in _acts(events, text, "2025-05-09") if t == "REQUEST"]
    text = "The opposition said the Kenyan government must resign."
    assert [t for t, *_ in _acts(events, text, "2025-05-09") if t == "REQUEST"] == ["REQUEST"]


def test_events_plover_an_office_described_before_the_holder_s_name_is_the_holder(events) -> None:
    text = "The European Union's foreign policy chief, Kaja Kallas, warned leaders not to attend."
    found = _acts(events, text, "2025-05-09")
    assert [src for t, _, src, _, _ in found] == [["reg:kaja-kallas"]]


def test_events_plover_saying_a_state_will_face_consequences_threatens_it(events) -> None:
    text = "Trump said Russia would face severe consequences."
    assert [(t, src, tg) for t, _, src, tg, _ in _acts(events, text, "2025-08-16")] == [
        ("THREATEN", ["reg:donald-trump"], ["reg:RUS"])
    ]
    text = "The analyst said Russia would face severe consequences."
    assert _acts(events, text, "2025-08-16") == []


def test_events_plover_failing_to_agree_is_dated_and_placed_as_the_meeting(events) -> None:
    text = (
        "Trump and Putin met at a military base in Anchorage on Friday but failed to agree "
        "on a ceasefire in Ukraine."
    )
    found = events.full(text, "2025-08-16")
    agree = next(e for e in found if e.type == "AGREE")
    assert agree.status == "negated"
    assert agree.date.value == "2025-08-15"
    assert agree.location is None  # the ceasefire's place is what it is about
    meeting = next(e for e in found if e.type == "CONSULT")
    assert meeting.location is not None and meeting.location.name == "Anchorage"


def test_events_plover_sending_back_fishermen_returns_them(events) -> None:
    text = "South Korea sent back six North Korean fishermen who had drifted south."
    assert [(t, src) for t, _, src, _, _ in _acts(events, text, "2025-07-28")] == [
        ("RETREAT", ["reg:KOR"])
    ]


def test_events_plover_strikes_carried_out_by_forces_are_attacks(events) -> None:
    text = (
        "Colombian President Gustavo Petro has condemned the strikes the U.S. military has "
        "carried out on boats in the Caribbean since September."
    )
    found = _acts(events, text, "2025-10-25")
    assert "PROTEST" not in [t for t, *_ in found]
    assert [src for t, _, src, _, _ in found if t == "ASSAULT"] == [["new:USA:military"]]
    # the one condemning them targets the doer the relative clause names
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["new:USA:military"]]
    text = "Dockers went on strike on Monday."
    assert [t for t, *_ in _acts(events, text, "2025-10-25")] == ["PROTEST"]


def test_events_plover_what_something_is_called_is_no_phone_call(events) -> None:
    text = (
        "The United States imposed sanctions on Colombian President Gustavo Petro on Friday, "
        "accusing him of allowing drug cartels to flourish, a step Petro called an insult to "
        "his country."
    )
    assert "CONSULT" not in [t for t, *_ in _acts(events, text, "2025-10-25")]


def test_events_plover_a_ship_s_name_is_no_person(events) -> None:
    text = (
        "Trump addressed sailors aboard the aircraft carrier George Washington. He did not meet "
        "the emperor again; the two had met on Monday."
    )
    found = events.full(text, "2025-10-28")
    assert not any("george washington" in k for e in found for k in e.source + e.target)
    negated = [e for e in found if e.status == "negated"]
    assert [e.source for e in negated] == [["reg:donald-trump"]]


def test_events_plover_a_trip_one_was_due_to_make_on_a_weekday_is_the_nearest(events) -> None:
    text = "Trump was due to fly to South Korea on Wednesday."
    assert [(t, s, d) for t, s, _, _, d in _acts(events, text, "2025-10-28")] == [
        ("CONSULT", "planned", "2025-10-29")
    ]


def test_events_plover_signing_a_framework_is_an_agreement_signed(events) -> None:
    text = "Takaichi and Trump signed a framework to secure supplies of rare earths."
    assert [t for t, *_ in _acts(events, text, "2025-10-28")] == ["SUPPORT"]


def test_events_plover_a_clause_after_a_dateline_is_parsed_alone(events) -> None:
    text = (
        "PORT SUDAN, Oct. 30, 2025 (Storyline) - The UN Security Council condemned on "
        "Thursday the Rapid Support Forces' assault on El Fasher."
    )
    found = _acts(events, text, "2025-10-30")
    assert ("ACCUSE", ["reg:unsc"], ["reg:sdn-rsf"]) in [(t, src, tg) for t, _, src, tg, _ in found]


def test_events_plover_an_act_going_on_since_a_date_takes_no_later_day(events) -> None:
    text = (
        "The UN Security Council condemned the Rapid Support Forces on Thursday. The RSF, which "
        "has fought the Sudanese army since April 2023, said it had taken the city."
    )
    found = _acts(events, text, "2025-10-30")
    fought = [d for t, _, src, tg, d in found if t == "ASSAULT" and "reg:sdn-rsf" in src]
    assert fought and fought[0] is None


def test_events_plover_a_day_after_a_participle_of_a_state_dates_the_verb(events) -> None:
    text = "Hamas released the last 20 hostages held in Gaza on Monday."
    assert [(t, d) for t, _, _, _, d in _acts(events, text, "2025-10-13")] == [
        ("RETREAT", "2025-10-13")
    ]


def test_events_plover_calling_a_measure_unfair_criticises_it(events) -> None:
    text = "India's foreign ministry called the tariffs unfair and unjustified."
    assert [t for t, *_ in _acts(events, text, "2025-08-07")] == ["ACCUSE"]


def test_events_plover_a_perfect_participle_joined_after_an_infinitive_is_the_subject_s(
    events,
) -> None:
    text = (
        "China has since told its citizens to avoid travelling to Japan and suspended imports "
        "of Japanese seafood."
    )
    found = _acts(events, text, "2025-11-25")
    # the ban is China's, and advice to its own citizens is no demand
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [("SANCTION", ["reg:CHN"], ["reg:JPN"])]


def test_events_plover_approving_a_package_of_sanctions_imposes_them(events) -> None:
    text = "EU leaders approved a 19th package of sanctions on Russia on Thursday."
    assert [(t, tg) for t, _, _, tg, _ in _acts(events, text, "2025-10-24")] == [
        ("SANCTION", ["reg:RUS"])
    ]


def test_events_plover_a_warning_s_second_clause_can_threaten(events) -> None:
    text = "Moscow warned that any use of its assets would be theft and that it would retaliate."
    assert "THREATEN" in [t for t, *_ in _acts(events, text, "2025-10-24")]


def test_events_plover_the_one_told_in_a_phone_call_is_called(events) -> None:
    text = (
        "ANKARA, Sept. 3, 2025 (Storyline) - Turkish President Recep Tayyip Erdogan told "
        "Vladimir Putin in a phone call on Tuesday that Turkey was ready to host talks."
    )
    call = next(e for e in events.full(text, "2025-09-03") if e.type == "CONSULT")
    assert call.target == ["reg:vladimir-putin"]
    assert call.location is None  # a call is not in the dateline's town


def test_events_plover_what_a_side_is_prepared_to_do_unless_is_supposed(events) -> None:
    text = (
        "Umerov said Kyiv would not attend another round unless Moscow was prepared to discuss "
        "a truce."
    )
    found = _acts(events, text, "2025-09-03")
    assert [s for t, s, *_ in found if t == "CONSULT"] == ["hypothetical"]


def test_events_plover_places_hit_across_a_state_target_it(events) -> None:
    text = "Russian missiles hit power plants across Ukraine overnight."
    assert [(t, tg) for t, _, _, tg, _ in _acts(events, text, "2025-10-22")] == [
        ("ASSAULT", ["reg:UKR"])
    ]


def test_events_plover_a_cancelling_after_a_plan_keeps_the_plan_s_month(events) -> None:
    # "planned to" dates a weekday either side of the telling, but the tense of the acts
    # told stays past
    text = "Rubio then planned to return in late May, only for Trump to cancel the visit."
    found = _acts(events, text, "2025-07-07")
    assert [(t, s, d) for t, s, _, _, d in found if t == "REJECT"] == [
        ("REJECT", "asserted", "2025-05")
    ]


def test_events_plover_pausing_a_trade_war_eases_it_and_threatens_nothing(events) -> None:
    text = "Chile and Peru agreed on Thursday to pause their trade war for six months."
    found = _acts(events, text, "2024-10-03")
    assert "THREATEN" not in [t for t, *_ in found]
    assert ("RETREAT", "planned") in [(t, s) for t, s, *_ in found]


def test_events_plover_a_meeting_told_after_a_comma_is_done_not_planned(events) -> None:
    text = (
        "Chile and Peru agreed on Thursday to pause their trade war for a year, after meeting "
        "for nearly two hours at an air base in Lima."
    )
    found = _acts(events, text, "2024-10-03")
    assert [(s, d) for t, s, _, _, d in found if t == "CONSULT"] == [("asserted", "2024-10-03")]


def test_events_plover_a_topic_not_discussed_is_no_meeting_not_held(events) -> None:
    text = "Boric and Lula did not discuss the fishing dispute, Boric said."
    assert [t for t, *_ in _acts(events, text, "2024-10-03")] == []


def test_events_plover_a_foe_in_the_topic_is_no_party_to_the_talks(events) -> None:
    text = "Ukrainian officials discussed a plan to end the war with Russia on Sunday."
    found = _acts(events, text, "2025-11-23")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("CONSULT", [])]


def test_events_plover_a_meeting_held_to_discuss_is_one_meeting(events) -> None:
    text = "Ukrainian and Swiss officials met in Bern on Sunday to discuss the draft."
    found = _acts(events, text, "2025-11-23")
    assert [(t, s) for t, s, *_ in found] == [("CONSULT", "asserted")]


def test_events_plover_terms_said_to_favour_a_state_are_no_one_s_support(events) -> None:
    text = "Kyiv and its allies pushed to change terms they said favored Moscow."
    assert "SUPPORT" not in [t for t, *_ in _acts(events, text, "2025-11-23")]


def test_events_plover_security_advisers_sent_to_a_meeting_are_no_aid(events) -> None:
    text = "Spain and Italy sent national security advisers to Bern to meet the delegation."
    assert "AID" not in [t for t, *_ in _acts(events, text, "2025-11-23")]


def test_events_plover_a_deadline_given_to_a_state_is_its_open_choice(events) -> None:
    text = "Trump had given Kyiv until Thursday to accept the plan."
    found = _acts(events, text, "2025-11-23")
    assert [(t, s, src) for t, s, src, _, _ in found] == [("AGREE", "hypothetical", ["reg:UKR"])]


def test_events_plover_a_state_struck_a_count_of_times_is_attacked(events) -> None:
    text = "Turkey has struck Syria hundreds of times since March."
    found = _acts(events, text, "2025-11-10")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("ASSAULT", ["reg:TUR"], ["reg:SYR"])]


def test_events_plover_a_state_welcomed_as_a_new_member_is_approved_not_hosted(events) -> None:
    text = (
        "Palau became the 19th member of the Pacific Islands Forum on Sunday. New Zealand's "
        "prime minister welcomed the new member."
    )
    found = _acts(events, text, "2025-10-26")
    welcome = [(t, tg) for t, _, _, tg, _ in found if t in ("CONSULT", "SUPPORT")]
    assert welcome == [("SUPPORT", ["reg:PLW"])]


def test_events_plover_a_meeting_in_the_city_of_a_town_is_in_that_town(events) -> None:
    text = "Chile and Peru met in the Polish city of Gdansk on Thursday."
    meeting = next(e for e in events.full(text, "2024-10-03") if e.type == "CONSULT")
    assert meeting.location is not None and meeting.location.country == "POL"


def test_events_plover_a_leader_ordering_his_own_forces_makes_no_request(events) -> None:
    text = (
        "President Gustavo Petro said Colombia would not be cowed and ordered the militia to "
        "deploy along the coast."
    )
    found = _acts(events, text, "2025-09-03")
    assert "REQUEST" not in [t for t, *_ in found]
    assert "MOBILIZE" in [t for t, *_ in found]


def test_events_plover_an_accusation_after_a_reported_pluperfect_is_the_reporter_s(
    events,
) -> None:
    text = "Chad said Libyan troops had attacked first and accused Tripoli of using force."
    found = _acts(events, text, "2025-07-24")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["reg:TCD"], ["reg:LBY"])]


def test_events_plover_aid_cut_in_part_is_no_aid_given(events) -> None:
    text = "Canada, which cut most of its aid to Haiti this year, announced no new help."
    found = _acts(events, text, "2025-09-04")
    assert "AID" not in [t for t, *_ in found]
    assert ("SANCTION", ["reg:CAN"], ["reg:HTI"]) in [(t, s, tg) for t, _, s, tg, _ in found]


def test_events_plover_a_passive_conjunct_shares_its_patient_not_a_doer(events) -> None:
    text = "Greece said the migrants were safe and would be deported to Turkey."
    found = _acts(events, text, "2025-10-02")
    assert [(t, s) for t, _, s, _, _ in found if t == "COERCE"] == [("COERCE", [])]


def test_events_plover_aid_sent_to_a_town_goes_to_its_state(events) -> None:
    text = "India sent 1,000 family tents to Kabul."
    assert [(t, tg) for t, _, _, tg, _ in _acts(events, text, "2025-09-04")] == [
        ("AID", ["reg:AFG"])
    ]


def test_events_plover_one_side_fighting_in_a_state_s_region_does_not_attack_it(events) -> None:
    text = "Putin praised the North Korean troops who had fought in Russia's Kursk region."
    found = _acts(events, text, "2025-09-03")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [[]]


def test_events_plover_a_state_s_installations_attacked_are_the_state_attacked(events) -> None:
    # no cyber attack on a "site", and the state whose site or reactor is hit is the target
    for text in (
        "Israel attacked an Iranian nuclear site on Friday.",
        "Israel struck Iran's main reactor.",
    ):
        found = _acts(events, text, "2025-06-14")
        assert [(t, tg) for t, _, _, tg, _ in found] == [("ASSAULT", ["reg:IRN"])]


def test_events_plover_an_act_a_state_is_told_to_do_is_only_asked(events) -> None:
    text = "Trump told Israel not to drop any more bombs."
    found = _acts(events, text, "2025-06-24")
    assert [(t, s) for t, s, *_ in found if t == "ASSAULT"] == [("ASSAULT", "hypothetical")]
    # a person told by a superior stays as before ("told Pompeo not to go": no trip)
    text = "Trump told Pompeo not to go to North Korea."
    found = _acts(events, text, "2018-08-24")
    assert [(t, s) for t, s, *_ in found if t == "CONSULT"] == [("CONSULT", "negated")]


def test_events_plover_a_prisoner_exchange_is_a_release_by_both_sides(events) -> None:
    text = "Armenia and Azerbaijan began the largest prisoner exchange in years on Friday."
    found = _acts(events, text, "2025-05-23")
    assert [(t, sorted(s), d) for t, _, s, _, d in found] == [
        ("RETREAT", ["reg:ARM", "reg:AZE"], "2025-05-23")
    ]
    # an exchange of views stays talks
    text = "The two ministers had a frank exchange of views."
    assert "RETREAT" not in [t for t, *_ in _acts(events, text, "2025-05-23")]


def test_events_plover_a_conjoined_clause_with_its_own_subject_keeps_its_day(events) -> None:
    # the court's Thursday does not date the regulator's order
    text = (
        "Kenya's media regulator ordered television stations to stop live coverage, "
        "but a court suspended the order on Thursday."
    )
    found = _acts(events, text, "2025-06-25")
    assert [(t, d) for t, _, _, _, d in found] == [("COERCE", None)]
    # verbs that share their subject share the day
    text = "Kenya's police fired tear gas at protesters and arrested dozens on Wednesday."
    found = _acts(events, text, "2025-06-25")
    assert {(t, d) for t, _, _, _, d in found} == {
        ("ASSAULT", "2025-06-25"),
        ("COERCE", "2025-06-25"),
    }


def test_events_plover_an_attack_that_would_invoke_a_treaty_is_supposed(events) -> None:
    text = "A Chinese attack on Philippine vessels would invoke the treaty, Washington said."
    found = _acts(events, text, "2025-09-16")
    assert [(t, s) for t, s, *_ in found] == [("ASSAULT", "hypothetical")]


def test_events_plover_ships_expelled_name_their_state(events) -> None:
    text = "Beijing said it had expelled the Philippine ships from Chinese waters."
    found = _acts(events, text, "2025-09-16")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("SANCTION", ["reg:CHN"], ["reg:PHL"])]


def test_events_plover_drones_of_no_named_state_are_no_doer(events) -> None:
    # no "military" of no state attacks (it would be the same actor as "the army" after)
    text = "Drones struck the airport in Port Sudan on Tuesday. The army blamed the rebels."
    found = _acts(events, text, "2025-05-06")
    assert "ASSAULT" not in [t for t, *_ in found]
    text = "Israeli drones struck a car in southern Lebanon on Tuesday."
    found = _acts(events, text, "2025-05-06")
    assert [(t, s) for t, _, s, _, _ in found] == [("ASSAULT", ["new:ISR:military"])]


def test_events_plover_a_request_of_a_capital_needs_no_actor_object(events) -> None:
    text = "Indian Prime Minister Narendra Modi sought 2,000 tonnes of rice from Tokyo on Sunday."
    found = _acts(events, text, "2025-06-25")
    assert [t for t, *_ in found] == ["REQUEST"]


def test_events_plover_a_protest_after_a_span_of_time_is_not_the_main_subject_s(events) -> None:
    text = (
        "Serbian President Aleksandar Vucic rejected the demands, a day after one of the "
        "largest protests in Serbia's history filled the streets of Belgrade."
    )
    found = _acts(events, text, "2025-03-16")
    assert ("PROTEST", ["reg:aleksandar-vucic"]) not in [(t, s) for t, _, s, _, _ in found]


def test_events_plover_a_past_participle_joined_to_a_bare_verb_is_the_reporter_s(events) -> None:
    text = (
        "Vucic said he would not resign and accused foreign intelligence services of funding "
        "the protest movement."
    )
    found = _acts(events, text, "2025-03-16")
    assert [(t, s) for t, s, *_ in found if t == "ACCUSE"] == [("ACCUSE", "asserted")]


def test_events_plover_a_state_warning_its_citizens_by_demonym_gives_advice(events) -> None:
    text = (
        "Beijing demanded that Takaichi retract the comments and warned Chinese citizens to "
        "avoid travelling to Japan."
    )
    found = _acts(events, text, "2025-11-14")
    assert "THREATEN" not in [t for t, *_ in found]
    # the warning is Beijing's, not the act demanded of Takaichi
    assert ("REQUEST", ["reg:CHN"]) in [(t, s) for t, _, s, _, _ in found]
    # a warning of what will be done to them stays a threat
    text = "Kenyan police warned Kenyan protesters that they would be arrested."
    found = _acts(events, text, "2025-06-25")
    assert [t for t, *_ in found] == ["THREATEN"]


def test_events_plover_the_event_an_anniversary_recalls_is_not_of_that_day(events) -> None:
    text = (
        "Hungary blocked a new package of sanctions against Russia on Monday, the fourth "
        "anniversary of the invasion of Ukraine."
    )
    found = _acts(events, text, "2026-02-24")
    assert sorted((t, d) for t, _, _, _, d in found) == [
        ("ASSAULT", None),
        ("REJECT", "2026-02-23"),
    ]


def test_events_plover_migrants_deported_from_a_state_s_cities_are_not_that_state(events) -> None:
    text = "Venezuela accepted 200 migrants deported from American cities on Friday."
    found = _acts(events, text, "2025-01-31")
    assert "reg:USA" not in [k for *_, tg, _ in found for k in tg]


def test_events_plover_strikes_on_what_a_state_called_camps_in_a_state(events) -> None:
    text = (
        "India had launched strikes on what it called terrorist camps in Pakistan on "
        "Wednesday, two weeks after gunmen killed 26 tourists in Pahalgam."
    )
    found = _acts(events, text, "2025-05-10")
    assert ("ASSAULT", ["reg:IND"], ["reg:PAK"], "2025-05-07") in [
        (t, s, tg, d) for t, _, s, tg, d in found
    ]


def test_events_plover_a_state_joined_to_an_object_releases_alone(events) -> None:
    text = (
        "Under the accord, both countries will withdraw heavy weapons from the border and "
        "Thailand will release 18 Cambodian soldiers it has held since July."
    )
    found = _acts(events, text, "2025-10-26")
    released = [(s, tg) for t, _, s, tg, _ in found if t == "RETREAT" and tg]
    assert released == [(["reg:THA"], ["new:KHM:military"])]


def test_events_plover_a_meeting_after_a_hosting_is_two_meetings(events) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky met President Donald Trump at the White "
        "House on Monday, three days after Trump hosted Russian President Vladimir Putin "
        "in Alaska."
    )
    found = _acts(events, text, "2025-08-18")
    assert sorted((t, s) for t, _, s, _, _ in found) == [
        ("CONSULT", ["reg:vladimir-putin"]),
        ("CONSULT", ["reg:volodymyr-zelensky"]),
    ]


def test_events_plover_counterparts_from_states_are_their_governments(events) -> None:
    text = (
        "Iranian diplomats met their counterparts from Britain, France and Germany in "
        "Istanbul on Friday."
    )
    found = _acts(events, text, "2025-07-25")
    assert [(t, sorted(tg)) for t, _, _, tg, _ in found] == [
        ("CONSULT", ["new:DEU:government", "new:FRA:government", "new:GBR:government"])
    ]


def test_events_plover_a_suspended_deal_reduces_relations(events) -> None:
    text = "Thailand suspended the deal after a landmine wounded two of its soldiers."
    found = _acts(events, text, "2025-11-10")
    assert ("SANCTION", ["reg:THA"]) in [(t, s) for t, _, s, _, _ in found]


def test_events_plover_agreements_made_before_and_not_reversed_are_no_event(events) -> None:
    text = "Lee said he would not reverse agreements made by the previous government."
    assert "AGREE" not in [t for t, *_ in _acts(events, text, "2025-08-23")]


def test_events_plover_the_reason_a_court_sentences_people_for_is_their_act(events) -> None:
    text = (
        "A Tbilisi court sentenced three opposition leaders to eight months in prison on "
        "Tuesday for refusing to testify before a parliamentary commission."
    )
    found = _acts(events, text, "2025-06-24")
    refusals = [(s, d) for t, _, s, _, d in found if t == "REJECT"]
    # the leaders refused, before the day they were sentenced
    assert refusals == [(["new:-:political opposition"], None)]


def test_events_plover_a_decision_welcomed_is_not_the_rejection_told_between(events) -> None:
    text = (
        "The International Criminal Court issued arrest warrants on Tuesday for the Taliban's "
        "supreme leader. The Taliban rejected the warrants as meaningless. Human Rights Watch "
        "welcomed the decision."
    )
    found = _acts(events, text, "2025-07-08")
    welcomed = [tg for t, _, s, tg, _ in found if t == "SUPPORT"]
    assert welcomed == [["reg:icc"]]


def test_events_plover_a_leader_ordering_his_own_government_makes_no_request(events) -> None:
    text = (
        "Colombian President Gustavo Petro ordered his government on Tuesday to stop buying "
        "weapons from the United States."
    )
    assert "REQUEST" not in [t for t, *_ in _acts(events, text, "2025-09-16")]
    # an order to another state stays a demand
    text = "Colombian President Gustavo Petro ordered Venezuela to stop buying weapons."
    assert "REQUEST" in [t for t, *_ in _acts(events, text, "2025-09-16")]


def test_events_plover_warning_a_state_about_a_danger_is_no_threat(events) -> None:
    text = "Belarus said it had warned Warsaw about the drones."
    assert _acts(events, text, "2025-09-12") == []
    text = "China warned Japan about the consequences of its actions."
    found = _acts(events, text, "2025-09-12")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("THREATEN", ["reg:JPN"])]


def test_events_plover_an_envoy_declared_persona_non_grata_after_a_long_object(events) -> None:
    text = (
        "Secretary of State Marco Rubio declared South Africa's ambassador to the United "
        "States, Ebrahim Rasool, persona non grata on Friday."
    )
    found = _acts(events, text, "2025-03-15")
    assert [(t, s) for t, _, s, _, _ in found] == [("SANCTION", ["reg:marco-rubio"])]


def test_events_plover_leaders_clashing_over_a_matter_quarrel(events) -> None:
    text = (
        "President Cyril Ramaphosa met Trump at the White House, where the two leaders "
        "clashed over claims of violence against farmers."
    )
    types = [t for t, *_ in _acts(events, text, "2025-05-21")]
    assert "ACCUSE" in types
    assert "ASSAULT" not in types
    text = "Troops clashed with protesters over the weekend."
    assert [t for t, *_ in _acts(events, text, "2025-05-21")] == ["ASSAULT"]


def test_events_plover_a_complaint_filed_with_a_world_body_targets_the_one_accused(events) -> None:
    text = "China filed a complaint with the World Trade Organization against the United States."
    found = _acts(events, text, "2025-02-04")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ACCUSE", ["reg:USA"])]
    # a protest lodged with a state is made to that state
    text = "The Philippines lodged a protest with China."
    found = _acts(events, text, "2025-02-04")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ACCUSE", ["reg:CHN"])]


def test_events_plover_a_deal_to_end_a_year_of_fighting_is_no_attack(events) -> None:
    text = "Norway and Chile brokered a deal to end more than a year of fighting."
    found = _acts(events, text, "2024-11-27")
    assert "ASSAULT" not in [t for t, *_ in found]
    assert ("CONSULT", "asserted") in [(t, s) for t, s, *_ in found]
    # nor does a threat to stop one plan it
    text = "Israel threatened to halt the talks."
    assert "CONSULT" not in [t for t, *_ in _acts(events, text, "2024-11-27")]


def test_events_plover_a_warning_from_a_state_body_does_not_target_its_state(events) -> None:
    text = (
        "Thousands of families began driving back to villages in the south, ignoring "
        "warnings from the Lebanese army not to return yet."
    )
    threats = [tg for t, _, _, tg, _ in _acts(events, text, "2024-11-28") if t == "THREATEN"]
    assert all("reg:LBN" not in tg for tg in threats)


def test_events_plover_the_strikes_name_the_strikes_told_before(events) -> None:
    # "the strikes" are the warplanes' strikes, not the rebels' attacks told between
    text = (
        "American warplanes struck radar sites in Yemen used by the Houthi movement to "
        "attack ships. Biden said the strikes were a response to attacks on shipping.\n\n"
        "Iran condemned the strikes."
    )
    found = _acts(events, text, "2024-01-12")
    accusations = [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"]
    assert accusations == [(["reg:IRN"], ["new:USA:military"])]


def test_events_plover_an_object_pronoun_is_not_its_own_verbs_doer(events) -> None:
    text = (
        "A spokesman for the Chinese foreign ministry said Washington had broken its word "
        "and urged it to stop selling arms."
    )
    requests = [tg for t, _, _, tg, _ in _acts(events, text, "2024-06-21") if t == "REQUEST"]
    # the state told to act, not the spokesman
    assert requests == [["reg:USA"]]
    text = "Japan lodged a protest with Beijing and urged it to lift the ban."
    requests = [tg for t, _, _, tg, _ in _acts(events, text, "2023-08-24") if t == "REQUEST"]
    assert requests == [["reg:CHN"]]


def test_events_plover_a_year_told_as_background_does_not_date_the_next_paragraph(
    events,
) -> None:
    text = (
        "Turkey's parliament voted on Tuesday to approve the bid of Sweden.\n\n"
        "Sweden changed its laws last year and promised to back Turkey.\n\n"
        "Swedish Prime Minister Ulf Kristersson welcomed the vote."
    )
    found = _acts(events, text, "2024-01-23")
    supports = [(src, d) for t, s, src, _, d in found if t == "SUPPORT" and s == "asserted"]
    # a body's vote to approve is the approval, on the vote's day
    assert supports[0][1] == "2024-01-23"
    # the welcome is not dated by last year
    assert len(supports) == 2 and supports[1][1] is None


def test_events_plover_a_participle_of_a_past_perfect_clause_is_not_dated_by_the_news(
    events,
) -> None:
    text = (
        "Turkey's parliament approved Sweden's bid on Tuesday. Erdogan had held up the bid, "
        "accusing Sweden of harbouring militants."
    )
    found = _acts(events, text, "2024-01-23")
    assert [d for t, *_, d in found if t == "ACCUSE"] == [None]


def test_events_plover_a_day_after_a_clause_dates_it_from_the_main_clause(events) -> None:
    text = (
        "Pashinyan accused Russian peacekeepers on Thursday of failing to protect Armenians, "
        "a day after Azerbaijan seized control of the region."
    )
    found = _acts(events, text, "2023-09-21")
    assert ("COERCE", ["reg:AZE"], "2023-09-20") in [(t, s, d) for t, _, s, _, d in found]
    # "two days after the strikes": two days before the condemning
    text = "Pashinyan condemned Azerbaijan on Thursday, two days after the strikes on Yerevan."
    found = _acts(events, text, "2023-09-21")
    assert ("ASSAULT", "2023-09-19") in [(t, d) for t, *_, d in found]


def test_events_plover_a_deal_brokered_by_a_state_is_a_done_mediation(events) -> None:
    for text in (
        "The rebels agreed to disarm under a ceasefire mediated by Russia.",
        "Chile and Peru will reopen their embassies under a deal brokered by Brazil.",
    ):
        found = _acts(events, text, "2023-09-21")
        assert [s for t, s, *_ in found if t == "CONSULT"] == ["asserted"], text


def test_events_plover_a_pledge_to_end_fighting_is_no_threat(events) -> None:
    text = (
        "The foreign ministers of Congo and Rwanda signed a peace agreement on Friday, "
        "pledging to end fighting that has killed thousands in eastern Congo."
    )
    assert "THREATEN" not in [t for t, *_ in _acts(events, text, "2025-06-27")]
    # a pledge to attack still is one
    text = "The rebels pledged to attack the capital."
    assert "THREATEN" in [t for t, *_ in _acts(events, text, "2025-06-27")]


def test_events_plover_a_refusal_of_talks_proposed_by_a_party_targets_it(events) -> None:
    text = "Guerrilla leaders declined to join peace talks proposed by the Colombian government."
    found = _acts(events, text, "2000-01-01")
    refusals = [tg for t, _, _, tg, _ in found if t == "REJECT"]
    assert refusals and all(tg for tg in refusals)
    # the proposing is told as done
    assert [s for t, s, *_ in found if t == "AGREE"] == ["asserted"]


def test_events_plover_tariffs_on_an_amount_of_a_states_goods_target_the_state(events) -> None:
    text = "Canada imposed tariffs on $30 billion worth of American goods on Tuesday."
    found = _acts(events, text, "2025-03-04")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SANCTION", ["reg:USA"])]


def test_events_plover_fighting_violence_is_no_attack(events) -> None:
    text = (
        "The rulers of Niger, Mali and Burkina Faso said they were leaving the bloc, accusing "
        "it of failing to help them fight jihadist violence."
    )
    assert "ASSAULT" not in [t for t, *_ in _acts(events, text, "2024-01-28")]


def test_events_plover_the_court_names_the_world_court_named_before(events) -> None:
    text = (
        "Police arrested the former president on Tuesday on a warrant from the International "
        "Criminal Court. The president said the government had not helped the court."
    )
    found = _acts(events, text, "2025-03-11")
    helped = [tg for t, _, _, tg, _ in found if t == "COOPERATE"]
    assert helped == [["reg:icc"]]


def test_events_plover_a_dinner_hosted_by_someone_comes_when_the_dinner_does(events) -> None:
    # the hosting is the dinner's own happening, still to come; not an act done before
    text = "The ministers will meet on Friday after a dinner hosted by Xi Jinping."
    found = _acts(events, text, "2023-09-25")
    assert [s for t, s, src, _, _ in found if src == ["reg:xi-jinping"]] == ["planned"]


def test_events_plover_troops_a_state_massed_are_its_mobilisation(events) -> None:
    text = "The United States urged Serbia to withdraw troops it had massed near the border."
    found = _acts(events, text, "2023-09-25")
    assert ("MOBILIZE", ["reg:SRB"]) in [(t, s) for t, _, s, _, _ in found]
    assert "PROTEST" not in [t for t, *_ in found]


def test_events_plover_a_call_after_a_relative_clause_is_the_accusers(events) -> None:
    text = (
        "Kosovo Prime Minister Albin Kurti accused Serbia of organising the assault, in which "
        "one police officer died, and called on the European Union to impose sanctions on "
        "Belgrade."
    )
    found = _acts(events, text, "2023-09-25")
    requests = [s for t, _, s, _, _ in found if t == "REQUEST"]
    assert requests and all("police" not in " ".join(s) for s in requests)
    assert requests == [[s for t, _, s, _, _ in found if t == "ACCUSE"][0]]


def test_events_plover_rejecting_the_accusation_targets_the_accuser(events) -> None:
    text = (
        "South Africa asked the court on Thursday to order a halt to the campaign, accusing "
        "Israel of genocide. Israel rejected the accusation as baseless."
    )
    found = _acts(events, text, "2024-01-11")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] == [["reg:ZAF"]]


def test_events_plover_an_act_that_says_which_thing_is_meant_is_not_dated_by_the_news(
    events,
) -> None:
    # "the tariffs it imposed": the imposing is found (the noun is the clause's object) but
    # came before the day told
    text = (
        "Trump met Xi in Busan on Thursday. Trump said the United States would cut the "
        "tariffs it imposed over fentanyl."
    )
    found = _acts(events, text, "2025-10-30")
    imposed = [(s, d) for t, s, src, _, d in found if t == "SANCTION" and s == "asserted"]
    assert imposed == [("asserted", None)]


def test_events_plover_agreeing_to_curb_a_drugs_production_is_no_threat(events) -> None:
    text = (
        "Joe Biden and Xi Jinping agreed on Wednesday to restore military contacts and to "
        "curb the production of fentanyl."
    )
    found = _acts(events, text, "2023-11-15")
    assert [t for t, *_ in found] == ["AGREE"]


def test_events_plover_pausing_relations_reduces_them(events) -> None:
    text = "Mexico's president said on Tuesday that he had paused relations with the U.S. embassy."
    assert "SANCTION" in [t for t, *_ in _acts(events, text, "2024-08-27")]


def test_events_plover_the_same_day_is_the_day_told_before(events) -> None:
    text = (
        "Pakistani jets struck targets in Kabul on Oct. 9, Afghan officials said. Indian "
        "troops fired on Chinese positions on the same day."
    )
    found = _acts(events, text, "2025-10-19")
    # (no party in common: the day is the expression's, not the story's)
    assert [d for t, *_, d in found if t == "ASSAULT"] == ["2025-10-09", "2025-10-09"]


def test_events_plover_the_countrys_ambassador_is_not_the_summoners_own(events) -> None:
    text = (
        "Burkina Faso expelled two French diplomats on Thursday and accused them of spying. "
        "France rejected the accusation and summoned the country's ambassador in Paris."
    )
    found = _acts(events, text, "2022-12-01")
    summoned = [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE" and s == ["reg:FRA"]]
    assert summoned == [(["reg:FRA"], ["reg:BFA"])]


def test_events_plover_a_promise_that_neither_side_will_attack_is_no_threat(events) -> None:
    text = (
        "The presidents of Peru and Ecuador agreed on Monday that neither country would "
        "attack or threaten the other."
    )
    found = _acts(events, text, "2024-03-05")
    assert [t for t, s, *_ in found if s == "asserted"] == ["AGREE"]
    assert not [t for t, s, *_ in found if t in ("THREATEN", "ASSAULT") and s != "negated"]


def test_events_plover_a_bare_verb_after_or_shares_the_negation(events) -> None:
    text = "Modi did not meet or talk with Sharif during the summit in Astana on Thursday."
    found = _acts(events, text, "2024-07-05")
    assert [s for t, s, *_ in found if t == "CONSULT"] == ["negated"]


def test_events_plover_not_until_monday_is_a_meeting_on_monday(events) -> None:
    text = "Blinken arrived in Beijing on Sunday but did not meet Xi Jinping until Monday."
    found = _acts(events, text, "2023-06-20")
    met = [(s, d) for t, s, _, tg, d in found if t == "CONSULT" and tg == ["reg:xi-jinping"]]
    assert met == [("asserted", "2023-06-19")]


def test_events_plover_praise_after_a_reported_progressive_is_the_reporters(events) -> None:
    text = (
        "Anthony Albanese said the two countries were moving towards a stable relationship and "
        "praised Li Qiang for his visit."
    )
    found = _acts(events, text, "2024-06-17")
    assert [s for t, _, s, tg, _ in found if tg == ["reg:li-qiang"]] == [
        ["reg:aus-anthony-albanese"]
    ]


def test_events_plover_when_clauses_share_their_time(events) -> None:
    text = (
        "Ties broke down in 2019 when Ankara condemned the Saudi crackdown. Erdogan and Mohammed "
        "bin Salman had agreed to mend ties when they spoke by phone in April."
    )
    found = _acts(events, text, "2022-06-22")
    assert [d for t, *_, d in found if t == "ACCUSE"] == ["2019"]
    assert [d for t, s, *_, d in found if t == "AGREE" and s == "asserted"] == ["2022-04"]


def test_events_plover_for_the_first_time_leaves_the_day_to_the_meeting(events) -> None:
    text = (
        "Xi Jinping and Anthony Albanese shook hands for the first time at the summit in Bali "
        "last November."
    )
    found = _acts(events, text, "2023-11-06")
    assert [d for t, *_, d in found if t == "CONSULT"] == ["2022-11"]


def test_events_plover_a_warrant_for_an_arrest_is_no_arrest(events) -> None:
    text = (
        "Rodrigo Duterte led the war on drugs. The court in The Hague issued a warrant for his "
        "arrest in March, accusing him of murder."
    )
    found = _acts(events, text, "2025-03-11")
    assert not [t for t, s, *_ in found if t == "COERCE" and s == "asserted"]


def test_events_plover_a_dateline_dash_ends_its_date(events) -> None:
    text = "TOKYO, Feb 15, 2024 - Japan and Mongolia signed a trade pact on Wednesday."
    found = _acts(events, text, "2024-02-15")
    assert [d for *_, d in found] == ["2024-02-14"]


def test_events_plover_a_ban_told_by_which_one_is_not_dated_by_the_story(events) -> None:
    text = (
        "Yoon and Kishida met in Tokyo on Thursday. Yoon urged Kishida to lift the ban on "
        "Korean beef that Tokyo imposed after an outbreak of disease."
    )
    found = _acts(events, text, "2023-03-16")
    imposed = [d for t, s, _, _, d in found if t == "COERCE" and s == "asserted"]
    assert imposed and all(d is None for d in imposed)


def test_events_plover_a_pact_revoked_after_a_phrase_in_commas(events) -> None:
    text = (
        "Mali said on Monday it had ended, with immediate effect, a defence treaty with "
        "France. Chad said it had revoked, with immediate effect, a defence pact with France."
    )
    found = _acts(events, text, "2022-05-03")
    assert ("SANCTION", ["reg:TCD"], ["reg:FRA"]) in [(t, s, tg) for t, _, s, tg, _ in found]


def test_events_plover_persona_non_grata_expels_the_one_named(events) -> None:
    text = "Israel declared Colombian President Gustavo Petro persona non grata on Tuesday."
    found = _acts(events, text, "2024-06-11")
    assert [(t, s, tg, d) for t, _, s, tg, d in found] == [
        ("SANCTION", ["reg:ISR"], ["reg:gustavo-petro"], "2024-06-11")
    ]


def test_events_plover_an_envoy_recalled_from_a_city_leaves_its_state(events) -> None:
    text = "Chile recalled its ambassador from Tel Aviv for consultations on Monday."
    found = _acts(events, text, "2024-02-19")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SANCTION", ["reg:ISR"])]


def test_events_plover_not_until_a_month_dates_the_withdrawal(events) -> None:
    text = "France did not withdraw its last troops from Niger until December."
    found = _acts(events, text, "2024-01-10")
    assert [(s, d) for t, s, *_, d in found if t == "RETREAT"] == [("asserted", "2023-12")]


def test_events_plover_an_arrest_by_any_force_that_may_come_is_not_done(events) -> None:
    text = "The militia leader said his men would fight any army that came to disarm them."
    found = _acts(events, text, "2024-06-26")
    assert not [t for t, s, *_ in found if s == "asserted"]


def test_events_plover_a_states_own_strike_that_hit_a_group_is_an_attack(events) -> None:
    text = "Islamabad said its own strike had targeted the Pakistani Taliban and not Afghans."
    found = _acts(events, text, "2024-03-18")
    assert [t for t, *_ in found] == ["ASSAULT"]


def test_events_plover_a_past_verb_with_an_object_after_a_passive_is_the_reporters(
    events,
) -> None:
    text = (
        "Iraq said three soldiers were killed in the raid near Sinjar and summoned Turkey's "
        "charge d'affaires to protest."
    )
    found = _acts(events, text, "2024-01-18")
    # (the summons and the protest it was for)
    accused = [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"]
    assert accused and all(a == (["reg:IRQ"], ["new:TUR:government"]) for a in accused)


def test_events_plover_targets_hit_in_a_states_province_hit_that_state(events) -> None:
    text = (
        "Pakistan carried out strikes on what it said were hideouts inside Iran on Thursday, "
        "two days after Iran hit targets in Pakistan's Balochistan province."
    )
    found = _acts(events, text, "2024-01-18")
    assert ("ASSAULT", ["reg:PAK"], "2024-01-18") in [(t, s, d) for t, _, s, _, d in found]
    assert ("ASSAULT", ["reg:IRN"], ["reg:PAK"], "2024-01-16") in [
        (t, s, tg, d) for t, _, s, tg, d in found
    ]


def test_events_plover_calling_someone_a_tyrant_accuses_him(events) -> None:
    text = "Petro called Trump a tyrant on Monday."
    found = _acts(events, text, "2025-09-16")
    assert found == [
        ("ACCUSE", "asserted", ["reg:gustavo-petro"], ["reg:donald-trump"], "2025-09-15")
    ]


def test_events_plover_regretting_anothers_decision_disapproves_it(events) -> None:
    text = "Seoul's unification ministry said it regretted the decision."
    assert [t for t, *_ in _acts(events, text, "2024-01-16")] == ["ACCUSE"]


def test_events_plover_the_findings_of_an_inquiry_to_be_shared_are_no_planned_inquiry(
    events,
) -> None:
    text = "Kazakhstan's government said it would share the findings of its inquiry with Russia."
    assert not _acts(events, text, "2024-12-29")


def test_events_plover_an_offensive_peacekeepers_failed_to_stop_went_on(events) -> None:
    text = "UN peacekeepers failed to stop the M23 offensive on Goma last week."
    found = _acts(events, text, "2025-01-30")
    assert [s for t, s, *_ in found if t == "ASSAULT"] == ["asserted"]


def test_events_plover_abusing_asylum_is_no_assault(events) -> None:
    text = "Quito said Jorge Glas had abused the asylum that Mexico granted him."
    assert not [t for t, *_ in _acts(events, text, "2024-04-06") if t == "ASSAULT"]


def test_events_plover_condemning_a_raid_aims_at_its_doers(events) -> None:
    text = (
        "Ecuadorean police raided the Mexican embassy on Friday and arrested Jorge Glas. "
        "Quito said Glas had abused the asylum that Mexico granted him. Chile condemned the raid."
    )
    found = _acts(events, text, "2024-04-06")
    assert [tg for t, _, s, tg, _ in found if s == ["reg:CHL"]] == [["new:ECU:police"]]


def test_events_plover_a_pact_named_in_capitals_is_no_party(events) -> None:
    text = (
        "Defence ministers of Japan and Australia signed the Reciprocal Access Agreement in "
        "Canberra on Monday."
    )
    found = _acts(events, text, "2022-01-10")
    assert found and all("new:-:reciprocal access agreement" not in tg for *_, tg, _ in found)


def test_events_plover_both_leaders_agree_after_a_dateline_with_a_hyphen(events) -> None:
    text = (
        "OHRID, North Macedonia, March 19, 2023 - Serbian President Aleksandar Vucic and Kosovo "
        "Prime Minister Albin Kurti agreed late on Saturday on how to carry out an EU plan to "
        "normalise ties, after 12 hours of talks hosted by Josep Borrell."
    )
    found = _acts(events, text, "2023-03-19")
    assert ("AGREE", ["reg:aleksandar-vucic", "reg:albin-kurti"], "2023-03-18") in [
        (t, s, d) for t, _, s, _, d in found
    ]
    assert [s for t, s, *_ in found if t == "CONSULT"] == ["asserted"]


def test_events_plover_a_condition_after_an_obliged_arrest_is_the_arrests(events) -> None:
    text = (
        "Mongolia joined the court in 2002, a step that obliges it to arrest Vladimir Putin if "
        "he enters the country."
    )
    found = _acts(events, text, "2024-09-03")
    assert [s for t, s, *_ in found if t == "COERCE"] == ["conditional"]


def test_events_plover_a_charge_someone_denies_is_only_charged(events) -> None:
    text = (
        "The court issued a warrant for Maria Lvova-Belova in March over the deportation of "
        "children, a charge Moscow denies."
    )
    found = _acts(events, text, "2023-10-03")
    assert not [t for t, s, *_ in found if t == "COERCE" and s == "asserted"]


def test_events_plover_a_past_verb_after_a_reported_did_not_is_the_reporters(events) -> None:
    text = (
        "China's foreign ministry said the region did not need military blocs and urged Manila "
        "to reflect."
    )
    found = _acts(events, text, "2024-07-08")
    assert [(t, s, tg) for t, st, s, tg, _ in found if st == "asserted"] == [
        ("REQUEST", ["new:CHN:government"], ["reg:PHL"])
    ]


def test_events_plover_a_denied_blame_leaves_the_act_blamed_for(events) -> None:
    text = (
        "Seoul blamed Pyongyang for an attack on South Korean soldiers near the border last "
        "week, a charge the North denied."
    )
    found = _acts(events, text, "2024-07-15")
    assert [s for t, s, *_ in found if t == "ASSAULT"] == ["asserted"]


def test_events_plover_a_meeting_in_a_named_town_is_not_at_the_dateline(events) -> None:
    text = (
        "CAIRO, May 7, 2024 - Egyptian President Abdel Fattah al-Sisi met Sudan's army chief "
        "Abdel Fattah al-Burhan in the coastal town of Marsa Matrouh on Tuesday."
    )
    found = [e for e in events.full(text, "2024-05-07") if e.type == "CONSULT"]
    assert found and all(e.location is None or e.location.name != "Cairo" for e in found)


# Fifty-third round: my own sentences, each for a wrong fact seen in articles I wrote.


def test_events_plover_a_since_clause_is_no_antecedent_and_dates_nothing_after(events) -> None:
    text = (
        "It was the first meeting between Erdogan and Assad since Erdogan met him in Damascus "
        'in March 2011.\n\n"There is no deal yet," Erdogan told reporters after the talks.'
        "\n\nAssad said the two sides had reached an understanding and warned Ankara not to "
        "send more troops."
    )
    found = _acts(events, text, "2024-07-20")
    assert [d for t, _, _, _, d in found if t == "THREATEN"] == [None]
    assert [d for t, _, _, _, d in found if t == "CONSULT"].count("2011-03") == 1


def test_events_plover_the_two_sides_of_a_joined_clause_are_the_pair_it_names(events) -> None:
    text = (
        "Malaysia and China sent observers to the border.\n\nThailand accused Cambodia of "
        "laying new mines, and the two sides fired rockets at each other."
    )
    found = _acts(events, text, "2025-07-26")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ASSAULT"] == [
        (["reg:THA", "reg:KHM"], ["reg:THA", "reg:KHM"])
    ]


def test_events_plover_what_is_fired_is_no_target(events) -> None:
    found = _acts(events, "The army fired rockets and artillery at the rebels.", "2025-07-26")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["new:-:rebels"]]


def test_events_plover_armed_men_one_backs_a_side_with_are_no_party(events) -> None:
    found = _acts(events, "Uganda backed the rebels with thousands of soldiers.", "2025-07-26")
    assert [tg for t, _, _, tg, _ in found if t == "SUPPORT"] == [["new:-:rebels"]]
    found = _acts(events, "The United States backed Israel with its troops.", "2025-07-26")
    assert [tg for t, _, _, tg, _ in found if t == "SUPPORT"] == [["reg:ISR"]]


def test_events_plover_a_charge_denied_after_the_accusation_leaves_it_made(events) -> None:
    text = (
        "Burundi and U.N. experts have accused Rwanda of backing the group with thousands of "
        "soldiers, a charge Kigali denies."
    )
    found = _acts(events, text, "2025-07-26")
    assert [s for t, s, *_ in found if t == "ACCUSE"] == ["asserted"]


def test_events_plover_one_who_is_to_be_blamed_is_not_the_blamer(events) -> None:
    found = _acts(events, "Kenya did not want to be accused of helping Somalia.", "2025-07-26")
    assert not [t for t, _, s, _, _ in found if "reg:KEN" in s and t == "ACCUSE"]


def test_events_plover_lifted_restrictions_on_an_act_do_not_deny_it(events) -> None:
    text = "Armenia signed a deal with Azerbaijan. The United States also lifted restrictions "
    text += "on defence cooperation with Azerbaijan."
    found = _acts(events, text, "2025-08-08")
    assert [s for t, s, *_ in found if t == "COOPERATE"] in ([], ["hypothetical"])
    assert ("CONCEDE", "asserted") in [(t, s) for t, s, *_ in found]


def test_events_plover_pausing_trade_measures_eases_them(events) -> None:
    text = "Trump and Xi agreed on Thursday to pause a series of trade measures for a year."
    found = _acts(events, text, "2025-10-30")
    assert [(t, s) for t, s, *_ in found if t != "AGREE"] == [("RETREAT", "planned")]


def test_events_plover_an_arrest_a_reward_is_offered_for_is_not_done(events) -> None:
    text = (
        "Washington has doubled a reward for information leading to the arrest of Nicolas "
        "Maduro.\n\nThe police offered a bounty for the capture of Joseph Kony."
    )
    found = _acts(events, text, "2025-08-08")
    assert not [t for t, s, *_ in found if t == "COERCE" and s == "asserted"]


def test_events_plover_disarming_another_is_coercion(events) -> None:
    text = "Israel said it would disarm Hamas by force if the group refused to hand over its guns."
    found = _acts(events, text, "2025-10-13")
    assert [(t, tg) for t, _, _, tg, _ in found if t in ("COERCE", "RETREAT")][:1] == [
        ("COERCE", ["reg:hamas"])
    ]


def test_events_plover_a_participle_of_the_object_takes_the_verbs_date(events) -> None:
    text = (
        "Leaders of Egypt and Qatar signed a document backing the Gaza ceasefire at a summit "
        "in Sharm el-Sheikh on Monday."
    )
    found = _acts(events, text, "2025-10-15")
    assert [d for t, *_, d in found if t == "SUPPORT"] == ["2025-10-13"]


def test_events_plover_the_day_of_an_event_invited_to_is_not_the_invitations(events) -> None:
    text = "Keir Starmer invited Zelenskiy to a summit in London on Sunday."
    found = _acts(events, text, "2025-02-28")
    assert "2025-02-23" not in [d for *_, d in found]


def test_events_plover_days_later_count_from_the_first_paragraph_that_dates(events) -> None:
    text = (
        "Zelenskiy leaves without a deal\n\nZelenskiy left the White House on Friday without "
        "signing the deal.\n\nTrump was angry. Vance was angry too. Europe was worried. Kyiv "
        "was quiet.\n\nFour days later, the United States paused military aid to Ukraine."
    )
    found = _acts(events, text, "2025-02-28")
    assert [d for t, *_, d in found if t == "SANCTION"] == ["2025-03-04"]


def test_events_plover_a_verb_read_into_a_name_still_accuses(events) -> None:
    text = "Trump accused Zelenskiy of gambling with a world war."
    found = _acts(events, text, "2025-02-28")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [
        ("ACCUSE", ["reg:donald-trump"], ["reg:volodymyr-zelensky"])
    ]


def test_events_plover_an_act_at_whose_end_others_met_took_place(events) -> None:
    text = "Xi and Blinken met at the end of Blinken's three-day visit to China."
    found = _acts(events, text, "2024-04-26")
    assert "negated" not in [s for t, s, *_ in found if t == "CONSULT"]


def test_events_plover_a_deal_being_negotiated_is_not_agreed(events) -> None:
    text = "Oman, which has been negotiating a peace deal with the Houthis, urged restraint."
    found = _acts(events, text, "2024-01-12")
    assert [s for t, s, *_ in found if t == "AGREE"] in ([], ["hypothetical"])
    found = _acts(events, "Oman negotiated a deal with the Houthis.", "2024-01-12")
    assert "hypothetical" not in [s for t, s, *_ in found]


def test_events_plover_the_reporters_act_after_a_perfect_clause_of_violence(events) -> None:
    text = "Blinken said the RSF had killed men and boys in Darfur and raped women."
    found = _acts(events, text, "2025-01-07")
    assert [s for t, _, s, *_ in found if t == "ASSAULT"] == [["reg:sdn-rsf"]] * 2


def test_events_plover_taking_part_in_a_revolt_is_no_agreement(events) -> None:
    text = "Soldiers who had not taken part in the mutiny will be pardoned, the minister said."
    assert "AGREE" not in [t for t, *_ in _acts(events, text, "2023-06-25")]


def test_events_plover_a_state_told_by_a_pronoun_striking_attacks(events) -> None:
    text = "Iran warned Israel and said it would strike without warning."
    found = _acts(events, text, "2024-04-10")
    assert "PROTEST" not in [t for t, *_ in found]
    assert [s for t, _, s, *_ in found if t == "ASSAULT"] == [["reg:IRN"]]


def test_events_plover_a_third_person_inside_a_quote_is_not_its_speaker(events) -> None:
    text = '"He should have shot the drone down at once," Senator Ted Cruz said.'
    found = _acts(events, text, "2023-02-05")
    assert not [s for t, _, s, *_ in found if t == "ASSAULT" and "cruz" in str(s)]


def test_events_plover_what_an_answer_answers_is_not_dated_by_it(events) -> None:
    text = (
        "Hezbollah fired rockets at Israel on Sunday. The group said the barrage was a "
        "response to Israeli raids on villages in southern Lebanon."
    )
    found = _acts(events, text, "2023-10-08")
    raids = [d for t, _, s, *_, d in found if t == "ASSAULT" and any("ISR" in k for k in s)]
    assert raids == [None]


def test_events_plover_calling_off_an_advance_eases(events) -> None:
    text = "Khalifa Haftar called off his forces' advance on Tripoli on Saturday."
    assert [t for t, *_ in _acts(events, text, "2020-06-06")] == ["RETREAT"]


def test_events_plover_a_meeting_that_never_happened_before_has_no_date(events) -> None:
    text = "Modi visited Kyiv and met Zelenskiy last week, but he had not spoken with Putin before."
    found = _acts(events, text, "2024-08-30")
    assert [d for t, st, *_, d in found if t == "CONSULT" and st == "negated"] == [None]


def test_events_plover_fellow_go_betweens_are_no_parties(events) -> None:
    text = "Oman, which brokered the truce with Jordan and France, welcomed the release."
    found = _acts(events, text, "2024-03-01")
    assert [tg for t, _, _, tg, _ in found if t == "CONSULT"] == [[]]


def test_events_plover_scrapping_an_accord_refuses_no_meeting_told_before(events) -> None:
    text = (
        "Kim Jong Un met Putin in Vladivostok in September. Officials said Russia may have "
        "helped. North Korea said it would scrap the 2018 agreement entirely."
    )
    found = _acts(events, text, "2023-11-23")
    assert not [tg for t, _, _, tg, _ in found if t == "REJECT" and "reg:vladimir-putin" in tg]


def test_events_plover_a_monitoring_mission_sent_is_aid_to_the_side_it_goes_to(events) -> None:
    text = "The OSCE sent an observer mission to the Georgian side of the border with Russia."
    found = _acts(events, text, "2008-10-01")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("AID", ["reg:GEO"])]


def test_events_plover_one_who_will_not_take_part_in_a_summit_is_its_source(events) -> None:
    text = "Nikol Pashinyan will not take part in a summit of the Arab League this week."
    found = _acts(events, text, "2023-11-20")
    assert [(s, st) for t, st, s, _, _ in found if t == "CONSULT"] == [
        (["reg:nikol-pashinyan"], "negated")
    ]


def test_events_plover_an_offensive_the_accused_failed_to_stop_took_place(events) -> None:
    text = "Kyiv accused the observers of failing to stop Russia's offensive in Donbas in May."
    found = _acts(events, text, "2022-06-01")
    assert [st for t, st, s, _, _ in found if t == "ASSAULT" and s == ["reg:RUS"]] == ["asserted"]


def test_events_plover_a_decision_regretted_is_not_what_an_accusation_charges(events) -> None:
    text = (
        "Georgia has accused Russian troops of failing to stop South Ossetia's raids in "
        "August. Moscow regretted the decision."
    )
    found = _acts(events, text, "2023-11-20")
    regret = [(tg, d) for t, _, s, tg, d in found if t == "ACCUSE" and s == ["reg:RUS"]]
    assert regret and all(d is None for _, d in regret)


def test_events_plover_a_deal_a_go_between_brokered_is_no_act_of_theirs(events) -> None:
    text = "The accord, brokered by Qatar in 2023, had allowed families to return home."
    found = _acts(events, text, "2024-09-04")
    assert "CONCEDE" not in [t for t, *_ in found]


def test_events_plover_withdrawing_from_a_deal_eases_nothing(events) -> None:
    text = "Iran has enriched more uranium since Washington withdrew from the nuclear deal."
    found = _acts(events, text, "2020-01-04")
    assert "RETREAT" not in [t for t, *_ in found]
    assert "SANCTION" in [t for t, *_ in found]


def test_events_plover_their_after_a_pair_phrase_is_the_pair(events) -> None:
    text = (
        "India and Pakistan held talks in Lahore. Japan, which suspended aid to both countries "
        "after their nuclear tests in May, welcomed the talks."
    )
    found = _acts(events, text, "1999-02-21")
    assert [sorted(s) for t, _, s, *_ in found if t == "MOBILIZE"] == [["reg:IND", "reg:PAK"]]


def test_events_plover_a_perfect_after_a_dated_verb_does_not_take_its_date(events) -> None:
    text = "The rebels signed a truce with the army in Accra last July, but have refused to disarm."
    found = _acts(events, text, "2000-05-28")
    assert [d for t, *_, d in found if t == "REJECT"] == [None]


def test_events_plover_an_object_pronoun_doing_a_clause_is_not_the_subject_above(events) -> None:
    text = "Riot police held the protesters back but did not stop them burning a flag."
    found = _acts(events, text, "1999-05-09")
    assert not [s for t, _, s, *_ in found if t == "PROTEST" and any("police" in k for k in s)]


def test_events_plover_the_strikes_condemned_are_those_told_by_that_word(events) -> None:
    text = (
        "NATO launched air strikes on Serbia on Wednesday. Serbian troops shot down a "
        "U.S. jet near Belgrade. Russia condemned the strikes as aggression."
    )
    found = _acts(events, text, "1999-03-25")
    assert [tg for t, _, s, tg, _ in found if t == "ACCUSE" and s == ["reg:RUS"]] == [["reg:nato"]]
    assert [s for t, _, s, *_ in found if t == "ASSAULT"] == [["reg:nato"], ["new:SRB:military"]]


def test_events_plover_not_ruling_out_force_threatens(events) -> None:
    text = "Turkey did not rule out military action against the rebels in Syria."
    found = _acts(events, text, "2019-10-01")
    assert [(t, st) for t, st, *_ in found] == [("THREATEN", "asserted")]
    found = _acts(events, "Turkey ruled out military action against Syria.", "2019-10-01")
    assert "THREATEN" not in [t for t, *_ in found]


def test_events_plover_a_datelines_date_read_into_a_name_is_cut_off(events) -> None:
    text = "ANKARA, Oct 4 - Turkey warned Syria on Sunday to expel the rebel leader."
    found = _acts(events, text, "1998-10-04")
    assert ["reg:TUR"] in [s for t, _, s, *_ in found]
    assert not [s for t, _, s, *_ in found if any("oct" in k for k in s)]


def test_events_plover_a_conjunct_of_a_supposed_clause_is_supposed(events) -> None:
    text = "Turkey warned that it would attack unless Syria expelled Ocalan and closed the camps."
    found = _acts(events, text, "1998-10-04")
    assert "asserted" not in [st for t, st, s, *_ in found if s == ["reg:SYR"]]


def test_events_plover_a_decision_deplored_is_not_the_deplorers_own_states(events) -> None:
    text = (
        "The United States imposed sanctions on Pakistan, and President Bill Clinton said he "
        "deplored the decision."
    )
    found = _acts(events, text, "1998-05-29")
    assert [tg for t, _, s, tg, _ in found if t == "ACCUSE"] in ([[]], [["reg:PAK"]])


def test_events_plover_troops_offered_at_no_one_are_no_threat(events) -> None:
    text = "Australia said it was ready to send 2,000 troops within days."
    found = _acts(events, text, "1999-09-12")
    assert "THREATEN" not in [t for t, *_ in found]


def test_events_plover_both_countries_are_not_the_go_betweens(events) -> None:
    text = (
        "Turkey massed troops on the border with Syria. Egyptian President Hosni Mubarak flew "
        "to Damascus to mediate. Iran offered to help resolve the crisis, and the Arab League "
        "urged both countries to talk."
    )
    found = _acts(events, text, "1998-10-04")
    assert [sorted(tg) for t, _, s, tg, _ in found if t == "REQUEST"] == [["reg:SYR", "reg:TUR"]]


def test_events_plover_paramilitary_groups_are_armed_men(events) -> None:
    text = "Paramilitary groups killed 20 peasants in northern Colombia on Tuesday."
    found = _acts(events, text, "2001-06-28")
    assert [t for t, _, s, *_ in found if s] == ["ASSAULT"]


def test_events_plover_what_a_party_agrees_to_do_to_others_is_no_threat(events) -> None:
    text = "Under the deal, the Palestinian Authority agreed to detain suspected bombers."
    found = _acts(events, text, "1998-10-24")
    assert "THREATEN" not in [t for t, *_ in found]


def test_events_plover_a_deed_raised_with_someone_is_only_brought_up(events) -> None:
    text = "Chancellor Angela Merkel raised the shelling of Kharkiv with Vladimir Putin."
    found = _acts(events, text, "2022-03-04")
    assert "ASSAULT" not in [t for t, *_ in found]


def test_events_plover_fighting_discussed_with_a_person_is_not_fought_with_him(events) -> None:
    text = "President Emmanuel Macron discussed the fighting with Vladimir Putin on Friday."
    found = _acts(events, text, "2022-03-04")
    assert not [tg for t, _, s, tg, _ in found if t == "ASSAULT" and "reg:vladimir-putin" in tg]
    assert ("CONSULT", ["reg:emmanuel-macron"], ["reg:vladimir-putin"]) in [
        (t, s, tg) for t, _, s, tg, _ in found
    ]


def test_events_plover_in_support_of_names_whom_the_marchers_back(events) -> None:
    text = (
        "Kenyan President Daniel arap Moi called early elections. Thousands of farmers "
        "marched through Nakuru in support of the president."
    )
    found = _acts(events, text, "1997-11-12")
    backed = [(s, tg) for t, _, s, tg, _ in found if t == "SUPPORT"]
    assert backed and all("reg:daniel-arap-moi" not in s for s, _ in backed)
    assert all(tg == ["reg:daniel-arap-moi"] for _, tg in backed)


def test_events_plover_months_of_talks_take_no_day_told_before(events) -> None:
    text = (
        "Oman and Iran signed a border accord on Tuesday. The accord followed two years of "
        "secret talks between Omani and Iranian officials."
    )
    found = _acts(events, text, "2008-05-28")
    assert [d for t, _, s, tg, d in found if t == "CONSULT"] == [None]


def test_events_plover_talks_with_someone_are_held_by_the_one_acting_after_them(events) -> None:
    text = "Ethiopia agreed on Friday to halt its air raids after talks with Anthony Lake."
    found = _acts(events, text, "1998-06-13")
    assert ("CONSULT", ["reg:ETH"]) in [(t, s) for t, _, s, *_ in found]


def test_events_plover_steps_taken_after_talks_keep_the_talks(events) -> None:
    text = (
        'Nepal agreed on Monday to take "urgent steps" to reopen the border after talks with India.'
    )
    found = _acts(events, text, "1989-07-10")
    assert ("CONSULT", ["reg:NPL"], ["reg:IND"]) in [(t, s, tg) for t, _, s, tg, _ in found]


def test_events_plover_efforts_to_meet_are_made_by_their_maker(events) -> None:
    text = "Greece made efforts to meet Turkey over the islets."
    found = _acts(events, text, "1996-02-01")
    assert [s for t, _, s, *_ in found if t == "CONSULT"] == [["reg:GRC"]]


def test_events_plover_launching_a_bid_cuts_no_ties(events) -> None:
    text = "Croatia launched a bid to join the European Union."
    found = _acts(events, text, "2003-02-21")
    assert "SANCTION" not in [t for t, *_ in found]


def test_events_plover_refugees_received_are_no_visitors(events) -> None:
    text = "Turkey, which has received thousands of refugees from Syria, said it would help."
    found = _acts(events, text, "2012-10-03")
    assert "CONSULT" not in [t for t, *_ in found]


def test_events_plover_whom_others_want_to_go_is_the_one_who_would_go(events) -> None:
    text = (
        "Prime Minister Benazir Bhutto, whom the opposition wants to resign, said she would stay."
    )
    found = _acts(events, text, "1996-10-30")
    resign = [(st, s) for t, st, s, *_ in found if t == "RETREAT"]
    assert resign and all(s == ["reg:benazir-bhutto"] for _, s in resign)
    assert "planned" not in [st for st, _ in resign]


def test_events_plover_a_clause_told_with_as_sets_the_scene_of_a_request(events) -> None:
    text = (
        "Lebanon asked the United Nations on Monday to send troops to help restore calm, as "
        "militiamen shelled villages in the south."
    )
    found = _acts(events, text, "1996-04-15")
    assert [tg for t, _, s, tg, _ in found if t == "REQUEST"] == [["reg:un"]]
    assert [st for t, st, *_ in found if t == "ASSAULT"] == ["asserted"]


def test_events_plover_an_exchange_of_intelligence_is_cooperation(events) -> None:
    text = "Israel and Jordan began a regular exchange of intelligence on the militants."
    found = _acts(events, text, "1996-01-10")
    assert "COOPERATE" in [t for t, *_ in found]


def test_events_plover_leaders_of_a_people_speak_for_the_people(events) -> None:
    found = events.full("Bosnian Serb leaders rejected the new map on Sunday.", "1995-11-19")
    assert [(e.type, e.source) for e in found] == [("REJECT", ["new:BIH:serb"])]
    assert found[0].summary.startswith("Bosnian Serbs rejected")


def test_events_plover_shots_into_the_air_are_no_attack(events) -> None:
    text = "Fighters of the Mahdi Army fired their guns into the air to celebrate the result."
    found = _acts(events, text, "2005-02-14")
    assert "ASSAULT" not in [t for t, *_ in found]


def test_events_plover_responding_harshly_is_force_to_come(events) -> None:
    text = "Netanyahu said Israel would respond forcefully to any attack from Lebanon."
    found = _acts(events, text, "2012-03-01")
    assert ("ASSAULT", ["reg:ISR"]) in [(t, s) for t, _, s, *_ in found]


def test_events_plover_missiles_fired_into_a_state_hit_it(events) -> None:
    text = "Iraq fired three Scud missiles into Saudi Arabia on Tuesday."
    found = _acts(events, text, "1991-01-23")
    assert [(t, tg) for t, _, s, tg, _ in found] == [("ASSAULT", ["reg:SAU"])]


def test_events_plover_an_act_pushed_through_was_done(events) -> None:
    text = (
        "Ehud Barak, who pushed the withdrawal from Lebanon through against army objections, "
        "said the troops were home."
    )
    found = _acts(events, text, "2000-05-25")
    assert [st for t, st, *_ in found if t == "RETREAT"] == ["asserted"]


def test_events_plover_a_refusal_told_as_earlier_answers_no_later_demand(events) -> None:
    text = (
        "Abbas said Israel must also leave the West Bank. Palestinians burned houses that "
        "Israel had declined to tear down."
    )
    found = _acts(events, text, "2005-09-12")
    assert [tg for t, _, s, tg, _ in found if t == "REJECT"] == [[]]


def test_events_plover_the_ones_handed_over_are_no_counterpart(events) -> None:
    text = "Croatia said it would hand over two generals wanted by the tribunal."
    found = _acts(events, text, "2001-07-07")
    assert not [tg for t, _, s, tg, _ in found if t == "COOPERATE" and tg]
    text = (
        "Mexico handed over the cartel leader Osiel Cardenas and 14 other suspects to U.S. "
        "authorities on Friday."
    )
    found = _acts(events, text, "2007-01-20")
    assert [tg for t, _, s, tg, _ in found if t == "COOPERATE"] == [["new:USA:government"]]


def test_events_plover_a_demand_joined_to_a_reported_clause_is_the_reporters(events) -> None:
    text = (
        "President Evo Morales said the raid violated Bolivia's sovereignty and demanded an "
        "apology from Peru."
    )
    found = _acts(events, text, "2009-03-02")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "REQUEST"] == [
        (["reg:evo-morales"], ["reg:PER"])
    ]


def test_events_plover_buses_handed_over_are_aid_to_their_receiver(events) -> None:
    text = "Japan handed over ten buses and a fleet of ambulances to the Palestinian Authority."
    found = _acts(events, text, "1996-05-01")
    assert [(t, tg) for t, _, s, tg, _ in found] == [("AID", ["reg:palestinian-authority"])]


def test_events_plover_an_act_only_when_something_happens_supposes_it(events) -> None:
    text = (
        "President Ernesto Zedillo said the army would halt its offensive only when the rebels "
        "laid down their arms."
    )
    found = _acts(events, text, "1995-02-15")
    assert "asserted" not in [st for t, st, s, *_ in found if s == ["new:-:rebels"]]


def test_events_plover_a_givers_own_state_is_not_whom_he_promises(events) -> None:
    text = "Clinton visited the camps and promised U.S. aid to rebuild the villages."
    found = _acts(events, text, "1999-06-22")
    assert not [tg for t, _, s, tg, _ in found if t == "AGREE" and "reg:USA" in tg]


def test_events_plover_a_time_set_for_something_dates_no_act_joined_to_it(events) -> None:
    text = (
        "Ukraine's parliament set a presidential election for May 25 and freed Yulia Tymoshenko "
        "from prison."
    )
    found = _acts(events, text, "2014-02-22")
    assert [(t, d) for t, _, s, tg, d in found if t == "RETREAT"] == [("RETREAT", None)]


def test_events_plover_a_passive_joined_to_a_reported_clause_has_no_reporter_doer(events) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said soldiers who had not taken part in the mutiny "
        "would be offered contracts with the army, and those who had taken part would not be "
        "prosecuted."
    )
    found = _acts(events, text, "2023-06-25")
    assert not [s for t, _, s, *_ in found if t == "ACCUSE" and any("peskov" in k for k in s)]


def test_events_plover_a_journey_under_way_is_a_planned_visit(events) -> None:
    text = (
        "Foreign Minister Igor Ivanov, who was travelling to Paris for talks, cut short his "
        "trip when the fighting began."
    )
    found = _acts(events, text, "1999-03-24")
    visits = [(t, st) for t, st, s, *_ in found if t == "CONSULT" and "reg:igor-ivanov" in s]
    assert ("CONSULT", "planned") in visits and ("CONSULT", "asserted") not in visits


def test_events_plover_strikes_ordered_by_an_official_are_attacks(events) -> None:
    text = (
        "NATO Secretary-General Javier Solana said he had ordered the strikes to protect the "
        "safe areas."
    )
    found = _acts(events, text, "1995-08-30")
    assert not [t for t, *_ in found if t == "PROTEST"]
    assert [t for t, _, s, *_ in found if t == "ASSAULT" and "reg:javier-solana" in s]


def test_events_plover_a_warning_against_tolerating_attacks_names_no_victim_as_target(
    events,
) -> None:
    text = "The prime minister warned that Turkey would not tolerate attacks on its diplomats."
    found = _acts(events, text, "1995-05-01")
    threats = [tg for t, _, _, tg, _ in found if t == "THREATEN"]
    assert threats and not [k for tg in threats for k in tg if "TUR" in k]


def test_events_plover_a_vow_to_keep_up_an_armed_struggle_is_a_threat(events) -> None:
    text = "The PKK vowed to pursue its armed struggle against Turkey."
    found = _acts(events, text, "1995-05-01")
    assert not [t for t, *_ in found if t == "AGREE"]
    assert [tg for t, _, _, tg, _ in found if t == "THREATEN" and "reg:TUR" in tg]


def test_events_plover_a_vow_to_end_a_war_is_no_threat(events) -> None:
    found = _acts(events, "Hezbollah vowed to end its war against Israel.", "1995-05-01")
    assert not [t for t, *_ in found if t == "THREATEN"]


def test_events_plover_a_building_named_on_its_lawn_is_no_party(events) -> None:
    text = "King Hussein and Yitzhak Rabin shook hands on the White House lawn on Monday."
    found = _acts(events, text, "1994-07-25")
    meetings = [tg for t, _, _, tg, _ in found if t == "CONSULT"]
    assert meetings and not [k for tg in meetings for k in tg if "white-house" in k]


def test_events_plover_the_subject_of_is_expected_to_does_the_act(events) -> None:
    text = (
        "Arafat will address the European Parliament on Tuesday and is expected to hold talks "
        "with Chirac on Wednesday."
    )
    found = _acts(events, text, "1996-04-01")
    talks = [(s, tg) for t, _, s, tg, _ in found if t == "CONSULT"]
    assert ("reg:yasser-arafat" in talks[0][0]) if talks else False


def test_events_plover_talks_after_urging_others_to_act_are_the_urgers(events) -> None:
    text = (
        "President Museveni agreed on Friday to urge the rebels to withdraw from the border "
        "after talks with President Clinton at the State House."
    )
    found = _acts(events, text, "1998-03-24")
    talks = [(s, tg) for t, _, s, tg, _ in found if t == "CONSULT"]
    assert talks and all(
        set(s + tg) == {"reg:yoweri-museveni", "reg:bill-clinton"} for s, tg in talks
    )


def test_events_plover_a_vow_to_resist_is_no_agreement(events) -> None:
    text = "Massoud Barzani vowed to resist the offensive and promised to oppose any deal."
    found = _acts(events, text, "1996-08-31")
    assert not [t for t, *_ in found if t == "AGREE"]
    assert [st for t, st, *_ in found if t == "REJECT" and st == "planned"]


def test_events_plover_walking_out_of_prison_is_no_strike(events) -> None:
    found = _acts(events, "Aung San Suu Kyi walked out of Insein prison on Friday.", "2002-05-06")
    assert not [t for t, *_ in found if t == "PROTEST"]


def test_events_plover_troops_sent_to_restore_order_back_no_one(events) -> None:
    text = "The president ordered the army to restore order in the rebel province."
    found = _acts(events, text, "1994-12-11")
    assert not [t for t, *_ in found if t == "SUPPORT"]


def test_events_plover_an_after_clause_of_a_dated_clause_takes_no_earlier_day(events) -> None:
    text = (
        "Qatar and Bahrain agreed on Tuesday to restore diplomatic relations.\n\n"
        "The two states cut ties in 2017 after protesters burned the Qatari embassy in Manama."
    )
    found = events.full(text, "2023-04-12")
    burned = [e for e in found if e.type in ("PROTEST", "ASSAULT") and e.date is not None]
    assert burned and all(e.date.value != "2023-04-11" for e in burned)


def test_events_plover_a_day_after_clause_read_as_a_conjunct_counts_back(events) -> None:
    text = (
        "Chechen fighters seized a hospital in Budyonnovsk on Wednesday and held hundreds of "
        "patients hostage, a day after Russian jets bombed a village near Grozny."
    )
    found = _acts(events, text, "1995-06-15")
    bombed = [d for t, _, s, _, d in found if t == "ASSAULT" and "new:RUS:military" in s]
    assert bombed == ["1995-06-13"]


def test_events_plover_a_threat_to_move_one_s_own_troops_targets_no_one_there(events) -> None:
    text = "Italian Prime Minister Romano Prodi threatened to pull Italian soldiers out of Albania."
    found = _acts(events, text, "1997-04-20")
    threats = [tg for t, _, _, tg, _ in found if t == "THREATEN"]
    assert threats and not [k for tg in threats for k in tg if k.startswith("new:ITA")]


def test_events_plover_cancelling_an_arms_sale_cuts_trade_with_the_buyer(events) -> None:
    text = "Germany said it would cancel the sale of 40 tanks to Ankara."
    found = _acts(events, text, "2016-07-20")
    assert not [t for t, *_ in found if t == "REJECT"]
    assert [tg for t, _, _, tg, _ in found if t == "SANCTION"] == [["reg:TUR"]]


def test_events_plover_a_reaction_to_the_move_is_no_reaction_to_a_message(events) -> None:
    text = (
        "Hungary opened its border with Austria on Sunday.\n\n"
        "Chancellor Helmut Kohl sent a message to Budapest urging restraint.\n\n"
        "Prime Minister Margaret Thatcher welcomed the move."
    )
    found = _acts(events, text, "1989-09-11")
    welcomed = [tg for t, _, s, tg, _ in found if t == "SUPPORT" and "reg:margaret-thatcher" in s]
    assert welcomed and not [k for tg in welcomed for k in tg if k == "reg:helmut-kohl"]


def test_events_plover_a_deal_to_curb_a_state_s_programme_coerces_no_one(events) -> None:
    text = (
        "Libya and Britain reached a deal on Friday to curb Tripoli's chemical weapons programme."
    )
    found = _acts(events, text, "2003-12-19")
    assert not [t for t, *_ in found if t == "COERCE"]


def test_events_plover_a_noun_joined_to_one_asked_for_is_asked_for_too(events) -> None:
    text = "The Arab League called for a truce and the withdrawal of Israeli forces from Lebanon."
    found = _acts(events, text, "1982-06-09")
    retreats = [st for t, st, *_ in found if t == "RETREAT"]
    assert retreats and "asserted" not in retreats


def test_events_plover_declaring_independence_demands_nothing(events) -> None:
    text = "The parliament of Montenegro declared independence from Serbia on Saturday."
    found = _acts(events, text, "2006-06-03")
    assert not [t for t, *_ in found if t == "REQUEST"]


def test_events_plover_a_vow_that_something_has_happened_promises_nothing(events) -> None:
    text = "Saddam Hussein vowed on Baghdad radio that the final battle had begun."
    found = _acts(events, text, "1993-06-12")
    assert not [t for t, *_ in found if t == "AGREE"]


def test_events_plover_the_broadcast_words_are_said_on_is_no_party(events) -> None:
    text = (
        "Arafat appealed on Palestine radio for calm.\n\n"
        "Milosevic lashed out on Serbian television at NATO."
    )
    found = _acts(events, text, "1998-08-10")
    said = [tg for t, _, _, tg, _ in found if t in ("REQUEST", "ACCUSE")]
    assert len(said) == 2 and not [k for tg in said for k in tg if "media" in k]


def test_events_plover_a_general_strike_called_by_an_armed_group_is_no_attack(events) -> None:
    text = "Hezbollah called a general strike in southern Lebanon on Monday."
    found = _acts(events, text, "1996-04-15")
    assert not [t for t, *_ in found if t == "ASSAULT"]
    assert [t for t, *_ in found if t == "PROTEST"]


def test_events_plover_an_act_a_deadline_is_for_is_not_done(events) -> None:
    text = (
        "NATO jets struck Serb positions on Friday, hours after the deadline for a Serb "
        "withdrawal expired."
    )
    found = _acts(events, text, "1995-08-30")
    retreats = [st for t, st, *_ in found if t == "RETREAT"]
    assert "asserted" not in retreats


def test_events_plover_the_two_sides_of_talks_with_a_movement_are_its_parties(events) -> None:
    text = (
        "Israel said on Monday that its officials had held talks with the Palestine "
        "Liberation Organisation, and that the two sides had agreed on a plan."
    )
    found = _acts(events, text, "1993-11-30")
    agreed = [s for t, _, s, *_ in found if t == "AGREE"]
    assert agreed and "reg:plo" in agreed[0] and len(agreed[0]) == 2


def test_events_plover_a_past_perfect_under_a_dated_report_is_done_by_that_day(events) -> None:
    text = "Britain confirmed on Tuesday that its officials had held secret talks with the IRA."
    found = events.full(text, "1993-11-30")
    talks = [e for e in found if e.type == "CONSULT"]
    assert talks and talks[0].date.value is None and talks[0].date.latest == "1993-11-30"


def test_events_plover_a_state_warned_of_as_the_doer_is_no_target(events) -> None:
    text = "Slobodan Milosevic warned that Serbia would defend Kosovo at any cost."
    found = _acts(events, text, "1998-03-05")
    threats = [tg for t, _, _, tg, _ in found if t == "THREATEN"]
    assert threats and not [k for tg in threats for k in tg if k == "reg:SRB"]


def test_events_plover_aid_cut_to_a_capital_is_cut_to_its_state(events) -> None:
    text = "Kuwait said it would cut aid to Amman over its support for Iraq."
    found = _acts(events, text, "1990-09-20")
    assert [tg for t, _, _, tg, _ in found if t == "SANCTION"] == [["reg:JOR"]]


def test_events_plover_a_state_walking_out_of_a_treaty_attacks_no_one(events) -> None:
    found = _acts(events, "Iran walked out of the arms treaty on Monday.", "2019-05-08")
    assert not [t for t, *_ in found if t == "ASSAULT"]
    assert [m for t, m, *_ in found if t == "SANCTION"]


def test_events_plover_a_stance_is_no_move_reacted_to(events) -> None:
    text = (
        "Iran said on Monday it was leaving the treaty.\n\n"
        "The United States said it was willing to talk to Iran.\n\n"
        "Britain called the decision deeply regrettable."
    )
    found = _acts(events, text, "2019-05-08")
    regretted = [tg for t, _, s, tg, _ in found if t == "ACCUSE" and "reg:GBR" in s]
    assert regretted and "reg:USA" not in regretted[0]


def test_events_plover_a_vow_to_overthrow_a_ruler_is_a_threat_to_him(events) -> None:
    text = "The rebels vowed to topple President Mobutu within weeks."
    found = _acts(events, text, "1997-03-20")
    assert not [t for t, *_ in found if t == "AGREE"]
    assert [tg for t, _, _, tg, _ in found if t == "THREATEN"] == [["reg:mobutu-sese-seko"]]


def test_events_plover_regret_that_another_state_failed_is_disapproval(events) -> None:
    text = "France said it regretted that Serbia had not freed the hostages."
    found = _acts(events, text, "1995-06-02")
    assert not [t for t, *_ in found if t == "CONCEDE"]
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:SRB"]]


def test_events_plover_regret_for_one_s_own_act_stays_a_concession(events) -> None:
    text = "Japan regretted that its soldiers had fired on the crowd."
    found = _acts(events, text, "1995-06-02")
    assert [t for t, *_ in found if t == "CONCEDE"]


def test_events_plover_a_said_thing_joined_to_its_sayer_s_demand_does_not_demand(events) -> None:
    text = (
        "Canada and Norway said in a joint letter that the Iranian version lacked credibility "
        "and demanded an independent inquiry."
    )
    found = _acts(events, text, "2020-01-14")
    demands = [s for t, _, s, _, _ in found if t == "REQUEST"]
    assert demands and all("reg:IRN" not in s for s in demands)
    assert "reg:CAN" in demands[0]


def test_events_plover_an_act_disclosed_on_a_day_is_not_dated_that_day(events) -> None:
    text = (
        "The army admitted on Friday that the reporter had died in custody, saying he was "
        "shot by guards."
    )
    found = _acts(events, text, "2019-03-10")
    assert [d for t, _, _, _, d in found if t == "ASSAULT"] == [None]


def test_events_plover_an_act_said_on_a_day_keeps_that_day(events) -> None:
    text = "The army said on Friday that guards shot the reporter."
    found = _acts(events, text, "2019-03-10")
    assert [d for t, _, _, _, d in found if t == "ASSAULT"] == ["2019-03-08"]


def test_events_plover_an_owner_s_adjective_before_a_verb_is_its_subject(events) -> None:
    text = "Niger's military seized power on Wednesday and detained President Mohamed Bazoum."
    found = _acts(events, text, "2023-07-27")
    arrests = [(s, d) for t, _, s, tg, d in found if t == "COERCE" and tg]
    assert arrests and all(s and d == "2023-07-26" for s, d in arrests)


def test_events_plover_a_warning_to_stand_by_an_ally_does_not_threaten_it(events) -> None:
    text = "China warned on Sunday that it would defend North Korea."
    found = _acts(events, text, "1994-06-12")
    assert [tg for t, _, _, tg, _ in found if t == "THREATEN"] in ([], [[]])


def test_events_plover_a_refusal_asked_for_answers_no_request(events) -> None:
    text = "The Polish bishops called on the miners not to resist."
    found = _acts(events, text, "1981-12-14")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] in ([], [[]])


def test_events_plover_a_particle_with_an_object_is_a_preposition(events) -> None:
    text = (
        "The African Union said it was watching events closely and called on all parties to "
        "respect the constitution."
    )
    found = _acts(events, text, "2020-11-10")
    assert [s for t, _, s, _, _ in found if t == "REQUEST"] == [["reg:african-union"]]


def test_events_plover_a_refusal_told_after_a_demand_answers_it(events) -> None:
    # guard: the refusal hung on the clause asked for is a clause of its own
    text = (
        "Putin said Ukraine had demanded that the troops be withdrawn from the border, and "
        "that he had refused."
    )
    found = _acts(events, text, "2022-01-10")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] == [["reg:UKR"]]


def test_events_plover_talks_told_as_background_to_a_noun_take_no_later_day(events) -> None:
    text = (
        "Sudan and South Sudan accused each other on Sunday of breaking the truce.\n\n"
        "The truce, agreed in Addis Ababa after two days of talks between the two countries' "
        "defence ministers, was meant to open the border."
    )
    found = _acts(events, text, "2012-04-01")
    assert [d for t, _, _, _, d in found if t == "CONSULT"] == [None]


def test_events_plover_an_owner_s_modifier_after_a_dateline_is_the_subject(events) -> None:
    text = (
        "NAYPYITAW, Feb 1 - Myanmar's military seized power on Monday and detained President "
        "Win Myint."
    )
    found = _acts(events, text, "2021-02-01")
    assert [(s, d) for t, _, s, tg, d in found if t == "COERCE" and tg] == [
        (["new:MMR:military"], "2021-02-01")
    ]


def test_events_plover_troops_pulled_back_are_no_target(events) -> None:
    text = "Thailand and Cambodia agreed on Friday to pull back troops from the temple area."
    found = _acts(events, text, "2011-07-22")
    retreats = [tg for t, _, _, tg, _ in found if t == "RETREAT"]
    assert retreats == [[]]


def test_events_plover_condemned_strikes_are_not_the_singular_strike_answered(events) -> None:
    text = (
        "Iran fired missiles at two bases housing U.S. troops on Wednesday in retaliation for "
        "the U.S. drone strike that killed General Qassem Soleimani.\n\n"
        "France and Germany condemned the strikes."
    )
    found = _acts(events, text, "2020-01-08")
    assert [tg for t, _, s, tg, _ in found if t == "ACCUSE"] == [["reg:IRN"]]


def test_events_plover_relations_suspended_with_a_state_target_it(events) -> None:
    text = "Venezuela announced the suspension of diplomatic relations with Peru on Monday."
    found = _acts(events, text, "2024-07-29")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SANCTION", ["reg:PER"])]


def test_events_plover_a_verb_after_a_comma_and_a_time_clause_is_the_main_subject_s(
    events,
) -> None:
    text = (
        "Lithuania sent troops to its border with Belarus on Monday after hundreds of migrants "
        "tried to climb the fence, and accused Minsk of using them as a weapon."
    )
    found = _acts(events, text, "2021-11-09")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["reg:LTU"], ["reg:BLR"])]


def test_events_plover_a_dateline_read_as_subjects_is_parsed_apart(events) -> None:
    text = (
        "RABAT, Aug 24 - Morocco recalled its ambassador from Algeria on Tuesday, accusing its "
        "neighbour of hostile actions, including support for a separatist group that Rabat "
        "blames for the unrest."
    )
    found = _acts(events, text, "2021-08-24")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["reg:MAR"], ["reg:DZA"])]


def test_events_plover_sanctions_widened_are_sanctions(events) -> None:
    text = "The European Union said on Monday it would widen its sanctions against Belarus."
    found = _acts(events, text, "2021-11-15")
    assert [(t, st, tg) for t, st, _, tg, _ in found] == [("SANCTION", "planned", ["reg:BLR"])]


def test_events_plover_a_sentence_telling_no_event_does_not_hide_the_move(events) -> None:
    text = (
        "Algeria severed relations with Morocco on Tuesday.\n\n"
        "The foreign minister announced the decision at a news conference in the capital.\n\n"
        "Morocco called the move completely unjustified."
    )
    found = _acts(events, text, "2021-08-24")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:DZA"]]


def test_events_plover_an_act_in_a_gerund_after_after_comes_before(events) -> None:
    text = (
        "Iran freed 15 British sailors on Wednesday, nearly two weeks after seizing them in "
        "disputed waters."
    )
    found = _acts(events, text, "2007-04-05")
    assert [(t, d) for t, _, _, _, d in found] == [("RETREAT", "2007-04-04"), ("COERCE", None)]


def test_events_plover_a_day_named_between_leaves_the_next_day_unknown(events) -> None:
    text = (
        "ISLAMABAD, Jan 19 - Pakistan and Iran agreed on Friday to lower tensions after a week "
        "of strikes.\n\n"
        "Iran hit what it said were bases of a militant group in Pakistan on Tuesday. Pakistan "
        "recalled its ambassador from Tehran the next day."
    )
    found = _acts(events, text, "2024-01-20")
    assert [(tg, d) for t, _, _, tg, d in found if t == "SANCTION"] == [(["reg:IRN"], None)]


def test_events_plover_a_blocked_statement_makes_no_call(events) -> None:
    text = (
        "Poland on Monday blocked a joint European Union statement calling for talks between "
        "Serbia and Kosovo."
    )
    found = _acts(events, text, "2023-06-05")
    assert [(st, s) for t, st, s, _, _ in found if t == "REQUEST"] == [("negated", ["reg:eu"])]


def test_events_plover_welcoming_a_state_s_statement_hosts_no_visit(events) -> None:
    text = "China welcomed a U.S. statement urging restraint on both sides."
    found = _acts(events, text, "2021-05-18")
    assert "CONSULT" not in [t for t, _, _, _, _ in found]


def test_events_plover_representatives_act_for_those_they_represent(events) -> None:
    text = (
        "Representatives of Sudan's army and the Rapid Support Forces signed a declaration in "
        "the Saudi city of Jeddah on Thursday."
    )
    found = _acts(events, text, "2023-05-12")
    assert [s for t, _, s, _, _ in found if t == "SUPPORT"] == [["new:SDN:military", "reg:sdn-rsf"]]


def test_events_plover_a_day_named_in_a_sentence_with_events_keeps_the_count(events) -> None:
    # guard: a day in a sentence whose events are found does not stop "four days later"
    text = (
        "WASHINGTON, Feb 28 - Zelenskiy met Trump at the White House on Friday.\n\n"
        "Starmer invited Zelenskiy to a summit in London on Sunday.\n\n"
        "Four days later, the Trump administration paused military aid to Ukraine."
    )
    found = _acts(events, text, "2025-02-28")
    assert [d for t, _, _, _, d in found if t == "SANCTION"] == ["2025-03-04"]


def test_events_plover_a_gerund_after_after_with_no_span_keeps_the_day(events) -> None:
    # guard: "said on Tuesday after meeting Saddam" may be the same day
    text = (
        "Egyptian President Hosni Mubarak flew to Baghdad on Tuesday and said after meeting "
        "Saddam that Iraq would not attack its neighbour."
    )
    found = _acts(events, text, "1990-07-25")
    assert ("CONSULT", "1990-07-24") in [(t, d) for t, _, _, tg, d in found if tg]


def test_events_plover_fighting_after_as_is_no_act_of_the_main_subject(events) -> None:
    # guard: a dateline parsed apart leaves "as fighting between ... spread" to its sides
    text = (
        "KIGALI, April 22 - The U.N. Security Council voted on Thursday to cut its force in "
        "Rwanda, as fighting between the army and rebels of the Rwandan Patriotic Front "
        "spread across the country."
    )
    found = _acts(events, text, "1994-04-22")
    assert [s for t, _, s, _, _ in found if t == "ASSAULT"] == [["reg:rwa-rpf", "new:-:rebels"]]


def test_events_plover_those_appealed_to_do_what_follows_a_day(events) -> None:
    text = "Kuwait appealed to Arab states on Wednesday to mediate in its dispute with Iraq."
    found = events.full(text, "1990-07-25")
    # the states asked would mediate (not Kuwait), after the appeal, not on its day
    asked = [e for e in found if e.type == "CONSULT"]
    assert [(e.source, e.status, e.date.value, e.date.earliest) for e in asked] == [
        (["new:-:government"], "hypothetical", None, "1990-07-25")
    ]


def test_events_plover_a_missile_of_a_state_blamed_blames_the_state(events) -> None:
    # guard: the state named before a thing blamed is the target
    text = "Russia denied targeting the hospital and blamed a Ukrainian air defence missile."
    found = _acts(events, text, "2022-03-10")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:UKR"]]


def test_events_plover_a_participle_after_an_infinitive_told_is_the_teller_s(events) -> None:
    text = (
        "The Democratic Republic of Congo ordered Rwanda's ambassador to leave the country on "
        "Saturday, accusing Kigali of backing the rebels."
    )
    found = _acts(events, text, "2022-10-30")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["reg:COD"], ["reg:RWA"])]


def test_events_plover_another_measure_dated_apart_is_another_event(events) -> None:
    text = (
        "VILNIUS, Nov 21 - China said on Sunday it had downgraded its diplomatic ties with "
        "Lithuania. Beijing had recalled its ambassador from Lithuania in August."
    )
    found = _acts(events, text, "2021-11-22")
    dates = sorted(str(d) for t, _, _, _, d in found if t == "SANCTION")
    assert dates == ["2021-08", "None"]


def test_events_plover_another_s_recall_regretted_is_disapproved(events) -> None:
    text = "France recalled its ambassador on Friday. New Zealand said it regretted the recall."
    found = _acts(events, text, "2021-09-18")
    assert [(s, tg) for t, _, s, tg, _ in found if t in ("ACCUSE", "CONCEDE")] == [
        (["reg:NZL"], ["reg:FRA"])
    ]


def test_events_plover_a_sanction_joined_to_a_reported_sanction_is_the_state_s(events) -> None:
    text = (
        "A government spokesman said Ghana had recalled its envoys from Lome and ordered "
        "Togolese diplomats to leave Accra within three days."
    )
    found = _acts(events, text, "2021-03-03")
    assert {tuple(s) for t, _, s, _, _ in found if t == "SANCTION"} == {("reg:GHA",)}


def test_events_plover_the_one_allowed_to_act_is_conceded_to(events) -> None:
    text = "Slovakia allowed Taiwan to open a trade office in Bratislava."
    found = _acts(events, text, "2021-05-10")
    assert [tg for t, _, _, tg, _ in found if t == "CONCEDE"] == [["reg:TWN"]]


def test_events_plover_standing_by_a_state_backs_it(events) -> None:
    found = _acts(events, "Germany said it stood by Poland.", "2021-11-10")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SUPPORT", ["reg:POL"])]
    # guard: standing by a decision backs no one
    assert _acts(events, "Germany said it stood by its decision.", "2021-11-10") == []


def test_events_plover_calling_a_measure_a_violation_criticises(events) -> None:
    text = "Japan's trade minister called the curbs a violation of trade law."
    found = _acts(events, text, "2023-07-04")
    assert [s for t, _, s, _, _ in found if t == "ACCUSE"] == [["new:JPN:government"]]


def test_events_plover_a_withdrawn_candidacy_takes_the_act_with_it(events) -> None:
    text = "Bulgaria withdrew its candidacy to host a European Union summit next year."
    found = _acts(events, text, "2023-12-08")
    assert [(t, s) for t, s, _, _, _ in found if t == "CONSULT"] == [("CONSULT", "negated")]


def test_events_plover_a_relative_clause_s_month_dates_no_main_verb(events) -> None:
    text = "Libya and Chad fought a war over the Aozou Strip, which Chad retook in March."
    found = _acts(events, text, "1989-09-01")
    assert [(t, d) for t, _, _, _, d in found if t == "ASSAULT"] == [("ASSAULT", None)]


def test_events_plover_those_allowed_by_a_participle_allow_nothing(events) -> None:
    text = (
        "Russia expelled the envoy after Latvia reduced the number of Russian diplomats "
        "allowed to work in Riga."
    )
    found = _acts(events, text, "2023-01-24")
    assert [s for t, _, s, _, _ in found if t == "CONCEDE"] == []


def test_events_plover_backing_an_attempt_backs_its_owner(events) -> None:
    text = "Brazil backed opposition leader Juan Guaido's attempt to bring food into Venezuela."
    found = _acts(events, text, "2019-02-20")
    assert [tg for t, _, _, tg, _ in found if t == "SUPPORT"] == [["reg:juan-guaido"]]


def test_events_plover_places_aimed_at_past_a_second_weapon_name_their_state(events) -> None:
    text = "Iran fired 40 missiles and dozens of drones at Israeli cities on Tuesday."
    found = _acts(events, text, "2024-10-02")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["reg:ISR"]]


def test_events_plover_calling_a_statement_interference_criticises(events) -> None:
    text = "Saudi Arabia called the Canadian statement a blatant interference in its affairs."
    found = _acts(events, text, "2018-08-06")
    assert [s for t, _, s, _, _ in found if t == "ACCUSE"] == [["reg:SAU"]]


def test_events_plover_hours_given_to_leave_hung_on_the_hours_expel(events) -> None:
    text = "Bolivia said on Monday it had given the Spanish envoy Carlos Ruiz 72 hours to leave."
    found = _acts(events, text, "2020-12-30")
    assert [t for t, _, _, _, _ in found] == ["SANCTION"]


def test_events_plover_a_common_foe_is_no_party_to_working_together(events) -> None:
    text = "The two ministers agreed to work together against militants, Chile said."
    found = _acts(events, text, "2024-01-23")
    assert not [s for t, _, s, _, _ in found if t == "COOPERATE" and "new:-:rebels" in s]
    # guard: one fought against is still the one attacked
    found = _acts(events, "The rebels fought against the army.", "2024-01-23")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["new:-:military"]]


def test_events_plover_membership_suspended_in_a_body_targets_the_body(events) -> None:
    text = "Belarus suspended its participation in the Collective Security Treaty Organization."
    found = _acts(events, text, "2024-02-24")
    assert [tg for t, _, _, tg, _ in found if t == "SANCTION"] == [["reg:csto"]]


def test_events_plover_a_later_day_of_a_response_dates_the_act_it_was_made_by(events) -> None:
    text = (
        "Mali expelled Sweden's ambassador on Friday. Three days later Stockholm responded by "
        "telling Mali's envoy to leave Sweden."
    )
    found = _acts(events, text, "2023-04-10")
    assert [(s, d) for t, _, s, _, d in found if t == "SANCTION"] == [
        (["reg:MLI"], "2023-04-07"),
        (["reg:SWE"], "2023-04-10"),
    ]


def test_events_plover_retaliating_by_another_act_is_no_attack(events) -> None:
    text = "On Monday, Hungary retaliated by expelling two Slovak diplomats."
    found = _acts(events, text, "2023-04-12")
    assert [t for t, _, _, _, _ in found] == ["SANCTION"]


def test_events_plover_a_government_led_by_a_known_leader_is_his_state(events) -> None:
    text = "Germany's envoy had criticised the government led by Mahamat Idriss Deby."
    found = _acts(events, text, "2023-04-08")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:TCD"]]


def test_events_plover_a_predicate_adjective_in_the_past_perfect_takes_no_later_day(
    events,
) -> None:
    text = (
        "Niger expelled France's ambassador on Friday. Sylvain Itte had been critical of the junta."
    )
    found = _acts(events, text, "2023-08-26")
    assert [d for t, _, _, _, d in found if t == "ACCUSE"] == [None]


def test_events_plover_a_name_read_as_a_second_predicate_is_the_one_called(events) -> None:
    found = _acts(events, "Erdogan had repeatedly called Sisi a tyrant.", "2023-07-05")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:abdel-fattah-el-sisi"]]


def test_events_plover_a_deal_struck_in_a_relative_clause_is_no_attack(events) -> None:
    text = "Kenya and Somalia ended a row over a port deal Nairobi struck with a rebel region."
    found = _acts(events, text, "2024-12-12")
    assert "ASSAULT" not in [t for t, _, _, _, _ in found]


def test_events_plover_one_of_several_attacks_names_their_target(events) -> None:
    text = "Russia launched one of its heaviest drone attacks on Ukraine on Sunday."
    found = _acts(events, text, "2024-09-02")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["reg:UKR"]]


def test_events_plover_calling_a_resolution_politicised_criticises(events) -> None:
    text = "Serbia's president called the resolution politicised."
    found = _acts(events, text, "2024-05-24")
    assert [t for t, _, _, _, _ in found] == ["ACCUSE"]


def test_events_plover_the_brokers_of_talks_are_no_parties_to_them(events) -> None:
    text = "Sudan's army pulled out of U.S. and Saudi-brokered talks in Jeddah on Wednesday."
    found = _acts(events, text, "2023-06-01")
    assert found, "the walkout is an event"
    assert not [(t, s, tg) for t, _, s, tg, _ in found if {"reg:USA", "reg:SAU"} & {*s, *tg}]


def test_events_plover_the_two_armies_are_each_states_military(events) -> None:
    text = (
        "Thailand recalled its ambassador from Cambodia on Thursday, and the two armies "
        "exchanged fire along the border."
    )
    found = _acts(events, text, "2025-07-25")
    assert [sorted(s) for t, _, s, _, _ in found if t == "ASSAULT"] == [
        ["new:KHM:military", "new:THA:military"]
    ]


def test_events_plover_a_promise_to_respond_is_a_threat(events) -> None:
    text = "Russia called the expulsions hostile and promised to respond."
    found = _acts(events, text, "2023-07-27")
    types = [t for t, _, _, _, _ in found]
    assert "THREATEN" in types
    assert "AGREE" not in types


def test_events_plover_a_raid_called_an_outrage_and_a_violation_is_criticised(events) -> None:
    text = "Mexico's president called Ecuador's raid an outrage and a violation of the law."
    found = _acts(events, text, "2024-04-07")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:ECU"]]
    # the raid named so took place: naming is no call for it
    assert [s for t, s, _, _, _ in found if t == "ASSAULT"] == ["asserted"]


def test_events_plover_a_verb_after_a_past_perfect_time_clause_is_the_main_clauses(
    events,
) -> None:
    text = (
        "Peters met Wang Yi in Beijing on Monday, days after Wang had visited Wellington, and "
        "the two agreed to keep talking."
    )
    found = _acts(events, text, "2024-03-19")
    assert [d for t, _, _, _, d in found if t == "AGREE"] == ["2024-03-18"]


def test_events_plover_an_accord_signed_in_a_month_took_place_then(events) -> None:
    text = "The truce follows an accord between Ethiopia and Eritrea signed in Asmara in June."
    found = _acts(events, text, "2018-07-10")
    assert [(s, d) for t, s, _, _, d in found if t == "AGREE"] == [("asserted", "2018-06")]


def test_events_plover_ordering_tariffs_is_a_sanction(events) -> None:
    found = _acts(events, "The president ordered tariffs on Brazilian goods.", "2025-07-10")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SANCTION", ["reg:BRA"])]


def test_events_plover_a_name_read_as_an_adjective_opening_a_sentence(events) -> None:
    text = "President Donald Trump spoke on Monday. Trump imposed sanctions on Colombia."
    found = _acts(events, text, "2025-01-27")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "SANCTION"] == [
        (["reg:donald-trump"], ["reg:COL"])
    ]


def test_events_plover_harm_after_a_charge_is_part_of_the_act_charged(events) -> None:
    text = "Ukraine accused Russia of shelling a hospital, killing two nurses."
    found = _acts(events, text, "2024-03-01")
    assert not [s for t, _, s, _, _ in found if t == "ASSAULT" and "reg:UKR" in s]
    assert [s for t, _, s, _, _ in found if t == "ASSAULT"] == [["reg:RUS"]]


def test_events_plover_regretting_anothers_arrests_is_criticism(events) -> None:
    text = "Georgia arrested three Russian reporters on Monday. Moscow regretted the arrests."
    found = _acts(events, text, "2025-07-01")
    assert [(t, tg) for t, _, s, tg, _ in found if s == ["reg:RUS"]] == [("ACCUSE", ["reg:GEO"])]


def test_events_plover_a_planned_visit_called_off_did_not_take_place(events) -> None:
    text = "Erdogan had been due to visit Baghdad on Monday, but the trip was called off."
    found = _acts(events, text, "2025-03-01")
    assert [(t, s) for t, s, _, _, _ in found] == [("CONSULT", "negated")]


def test_events_plover_welcoming_a_position_hosts_no_one(events) -> None:
    found = _acts(events, "Morocco welcomed the French position on Monday.", "2024-07-31")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("SUPPORT", ["reg:FRA"])]


def test_events_plover_the_meeting_in_which_leaders_agreed_took_place(events) -> None:
    text = (
        "Kishida and Xi Jinping agreed on Thursday to pursue closer ties in their first meeting "
        "in a year."
    )
    found = _acts(events, text, "2023-11-17")
    assert [(t, s) for t, s, _, _, _ in found] == [
        ("AGREE", "asserted"),
        ("CONSULT", "asserted"),
    ]


def test_events_plover_a_meeting_that_ended_was_held(events) -> None:
    text = "Iran and Iraq met in Baghdad on Friday, but the meeting ended after two hours."
    found = _acts(events, text, "2025-05-17")
    assert {s for t, s, _, _, _ in found if t == "CONSULT"} == {"asserted"}


def test_events_plover_an_attack_on_a_states_territory_targets_the_state(events) -> None:
    text = "Iran launched a missile attack on Pakistani territory on Tuesday."
    found = _acts(events, text, "2024-01-19")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["reg:PAK"]]
    # where a verb acts, not whom it hits
    found = _acts(events, "NATO deployed troops on Finnish territory.", "2023-04-05")
    assert [tg for t, _, _, tg, _ in found if t == "MOBILIZE"] == [[]]


def test_events_plover_a_naming_participle_after_a_reported_clause_is_the_speakers(
    events,
) -> None:
    text = "Putin said Russia would end the drills, calling them provocative."
    found = _acts(events, text, "2024-01-19")
    assert [(s, st) for t, st, s, _, _ in found if t == "ACCUSE"] == [
        (["reg:vladimir-putin"], "asserted")
    ]


def test_events_plover_the_strikes_are_the_ones_told_by_the_same_word_before(events) -> None:
    text = (
        "Britain and France launched air and naval strikes on rebel positions in Libya, in "
        "retaliation for the rebels' attacks on ports. The strikes hit 60 targets, the "
        "military said."
    )
    found = events.full(text, "2023-09-10")
    told_again = [e for e in found if any(m.sentence == 1 for _, m in e.mentions)]
    assert [e.source for e in told_again] == [["reg:GBR", "reg:FRA"]]


def test_events_plover_a_list_after_a_comma_is_not_apposed_to_the_subject(events) -> None:
    text = (
        "Niger's junta has refused to receive a joint mission from ECOWAS, the African Union "
        "and the United Nations, citing security reasons."
    )
    found = _acts(events, text, "2023-08-10")
    assert [s for t, _, s, _, _ in found if t == "REJECT"] == [["new:NER:military"]]


def test_events_plover_a_time_after_a_relative_clause_dates_that_clause(events) -> None:
    text = (
        "NIAMEY, Aug 10 - The regional bloc met on Thursday after the junta that seized power "
        "last month ignored a deadline to free the president."
    )
    found = _acts(events, text, "2023-08-10")
    dates = {t: d for t, _, _, _, d in found}
    assert dates["COERCE"] == "2023-07"
    assert dates["REJECT"] != "2023-07"


def test_events_plover_a_move_rejected_is_no_request_answered(events) -> None:
    text = (
        "Lai Ching-te urged Japan to help. Taiwan held a referendum in 2021, a vote China "
        "still rejects."
    )
    found = _acts(events, text, "2023-09-10")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "REJECT"] == [(["reg:CHN"], [])]


def test_events_plover_the_one_who_names_what_is_investigated_is_no_target(events) -> None:
    text = (
        "Australia investigated what Prime Minister Anthony Albanese called credible reports "
        "linking China's government to the cyberattack."
    )
    found = _acts(events, text, "2023-09-10")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [[]]


def test_events_plover_cooperation_strengthened_with_a_partner(events) -> None:
    text = "Manila and Tokyo agreed to strengthen defence cooperation with Washington."
    found = _acts(events, text, "2023-09-10")
    assert [(t, st, s, tg) for t, st, s, tg, _ in found if t != "AGREE"] == [
        ("COOPERATE", "planned", ["reg:PHL", "reg:JPN"], ["reg:USA"])
    ]


def test_events_plover_a_look_back_does_not_date_the_next_paragraph(events) -> None:
    text = (
        "China began naval drills near Taiwan on Thursday.\n\n"
        "In a speech on Monday, Lai Ching-te called on Beijing to stop its threats.\n\n"
        "Japan urged China to show restraint."
    )
    found = _acts(events, text, "2024-05-23")
    assert [(t, d) for t, _, s, _, d in found if t == "REQUEST"] == [
        ("REQUEST", "2024-05-20"),
        ("REQUEST", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow warned that any attack on its bases would be met with force.",
        "Moscow warned that if Kyiv struck again, Russia's response would be much harsher.",
        "Russia said the strikes had failed and vowed that its army would respond.",
    ],
)
def test_events_plover_harm_told_as_coming_from_the_warner_is_a_threat(events, text) -> None:
    found = _acts(events, text, "2024-04-14")
    assert [s for t, _, s, _, _ in found if t == "THREATEN"] == [["reg:RUS"]]


def test_events_plover_harm_told_as_coming_from_no_state_is_no_threat(events) -> None:
    found = _acts(events, "The agency warned that the consequences would be severe.", "2024-04-14")
    assert [t for t, _, _, _, _ in found if t == "THREATEN"] == []


def test_events_plover_a_states_mission_to_a_body_acts_for_the_state(events) -> None:
    text = "China's mission to the European Union rejected the report as biased."
    found = _acts(events, text, "2024-04-14")
    assert [s for t, _, s, _, _ in found if t == "REJECT"] == [["new:CHN:government"]]


def test_events_plover_a_harm_after_a_clause_of_attack_is_the_attackers(events) -> None:
    text = (
        "Ukraine said it was acting in self-defence after Russia shelled Kharkiv on Friday, "
        "killing six people and wounding 20."
    )
    found = _acts(events, text, "2024-05-26")
    assert {tuple(s) for t, _, s, _, _ in found if t == "ASSAULT"} == {("reg:RUS",)}


def test_events_plover_an_occasion_told_with_during_is_no_condition(events) -> None:
    text = (
        "Russian President Vladimir Putin and Belarusian leader Alexander Lukashenko signed a "
        "pact on Wednesday pledging mutual military assistance if either country was "
        "attacked, during Putin's first visit to Minsk in five years."
    )
    found = _acts(events, text, "2024-06-19")
    assert [(t, st) for t, st, _, _, _ in found] == [
        ("SUPPORT", "asserted"),
        ("CONSULT", "asserted"),
    ]


def test_events_plover_a_condition_after_an_accord_signed_is_one_of_its_terms(events) -> None:
    text = "Xi and Putin signed a treaty pledging to defend each other if either is attacked."
    found = _acts(events, text, "2024-11-22")
    assert [(t, st) for t, st, _, _, _ in found] == [("SUPPORT", "asserted")]
    found = _acts(
        events, "Iran said it would sign the deal if sanctions were lifted.", "2024-11-22"
    )
    assert [(t, st) for t, st, _, _, _ in found] == [("SUPPORT", "conditional")]


def test_events_plover_cooperation_developed_is_the_developers(events) -> None:
    text = "Beijing did not rule out developing naval cooperation with Moscow."
    found = _acts(events, text, "2024-06-19")
    assert [(st, s, tg) for t, st, s, tg, _ in found if t == "COOPERATE"] == [
        ("hypothetical", ["reg:CHN"], ["reg:RUS"])
    ]
    found = _acts(events, "Turkey is developing defence cooperation with Pakistan.", "2024-06-19")
    assert [(st, s, tg) for t, st, s, tg, _ in found if t == "COOPERATE"] == [
        ("asserted", ["reg:TUR"], ["reg:PAK"])
    ]


def test_events_plover_a_deal_signed_on_a_weekday_was_signed_before(events) -> None:
    text = (
        "Under the accord signed on Monday by Pashinyan and Aliyev, Armenia would return "
        "four villages."
    )
    found = _acts(events, text, "2024-01-03")
    assert [d for t, _, _, _, d in found if t == "AGREE"] == ["2024-01-01"]


def test_events_plover_a_state_before_strikes_aimed_at_a_target_made_them(events) -> None:
    text = "Hezbollah fired rockets at Haifa in retaliation for U.S. strikes on its depots."
    found = events.full(text, "2025-06-24")
    strikes = [e for e in found if e.mentions[0][1].trigger == "strikes"]
    assert [(e.source, e.location) for e in strikes] == [(["reg:USA"], None)]


def test_events_plover_a_day_on_a_noun_under_a_present_perfect_is_the_nouns(events) -> None:
    text = (
        "Kabul has denied any role in the March 3 bombing in Quetta and has called for a "
        "joint inquiry."
    )
    found = _acts(events, text, "2025-03-20")
    assert [d for t, _, _, _, d in found if t == "REQUEST"] == [None]


def test_events_plover_regretting_anothers_act_disapproves_it(events) -> None:
    text = "Russia said it regretted Azerbaijan's military action and urged restraint."
    found = _acts(events, text, "2025-05-07")
    assert [(t, tg) for t, _, _, tg, _ in found if t in ("ACCUSE", "CONCEDE")] == [
        ("ACCUSE", ["reg:AZE"])
    ]
    found = _acts(events, "Japan regretted its wartime actions.", "2025-05-07")
    assert [t for t, _, _, _, _ in found] == ["CONCEDE"]


def test_events_plover_the_one_lobbied_is_to_do_the_act(events) -> None:
    text = "Turkey had lobbied Washington not to lift the sanctions."
    found = _acts(events, text, "2025-05-14")
    assert [(s, st) for t, st, s, _, _ in found if t == "RETREAT"] == [
        (["reg:USA"], "hypothetical")
    ]


def test_events_plover_a_states_bombers_are_aircraft(events) -> None:
    found = _acts(events, "U.S. B-52 bombers struck militant camps in Somalia.", "2025-06-24")
    assert [t for t, _, _, _, _ in found] == ["ASSAULT"]
    found = events.full("U.S. bombers struck militant camps in Somalia.", "2025-06-24")
    assert [(e.mode, e.source) for e in found] == [("aerial", ["new:USA:military"])]


def test_events_plover_more_of_an_act_is_another_act(events) -> None:
    text = (
        "Iran fired missiles at a U.S. base in Qatar on Monday. Qatar condemned the attack. "
        "Israeli officials said Iran fired more missiles after the truce took effect."
    )
    found = [e for e in events.full(text, "2025-06-24") if e.type == "ASSAULT"]
    assert [sorted(m.sentence for _, m in e.mentions) for e in found] == [[0, 1], [2]]
    assert [e.target for e in found] == [["reg:USA"], []]


def test_events_plover_any_act_under_a_negated_verb_is_none(events) -> None:
    text = (
        "Yoon accused the opposition of sympathising with North Korea. He did not cite any "
        "specific threat from the North."
    )
    found = _acts(events, text, "2024-12-04")
    assert [st for t, st, _, _, _ in found if t == "THREATEN"] == ["negated"]


def test_events_plover_an_arrest_chanted_for_is_not_made(events) -> None:
    text = "Thousands of protesters gathered in Seoul, chanting for Yoon's arrest."
    found = _acts(events, text, "2024-12-04")
    assert [st for t, st, _, _, _ in found if t == "COERCE"] in ([], ["hypothetical"])


def test_events_plover_a_reprisal_for_tariffs_is_a_sanction(events) -> None:
    text = "Washington raised tariffs on Chinese goods in April, and Beijing retaliated."
    found = _acts(events, text, "2025-05-12")
    assert [(t, s) for t, _, s, _, _ in found] == [
        ("SANCTION", ["reg:USA"]),
        ("SANCTION", ["reg:CHN"]),
    ]


def test_events_plover_a_reprisal_after_an_expulsion_is_a_sanction(events) -> None:
    text = (
        "Canada ordered four Chinese diplomats to leave the country on Friday. "
        "Beijing called the order a provocation and said it would retaliate."
    )
    found = _acts(events, text, "2024-06-08")
    assert ("SANCTION", "planned", ["reg:CHN"]) in [(t, st, s) for t, st, s, _, _ in found]
    assert "ASSAULT" not in [t for t, *_ in found]


def test_events_plover_a_reprisal_after_an_air_raid_stays_an_attack(events) -> None:
    text = (
        "Canada ordered four Chinese diplomats to leave the country on Friday. "
        "Hours later, rebel jets bombed an army camp near the capital. "
        "The army said it would retaliate."
    )
    found = _acts(events, text, "2024-06-08")
    assert [t for t, *_ in found][-1] == "ASSAULT"


def test_events_plover_sides_that_exchange_envoys_act_on_each_other(events) -> None:
    found = _acts(events, "Vietnam and South Korea exchanged ambassadors on Tuesday.", "1994-10-26")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [
        ("SUPPORT", ["reg:VNM", "reg:KOR"], ["reg:VNM", "reg:KOR"])
    ]
    text = "Armenia and Azerbaijan swapped prisoners of war at the border on Sunday."
    found = _acts(events, text, "2020-12-15")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [
        ("RETREAT", ["reg:ARM", "reg:AZE"], ["reg:ARM", "reg:AZE"])
    ]


def test_events_plover_states_described_by_an_apposition_can_call_for_talks(events) -> None:
    text = (
        "Norway, Sweden and Denmark, the sponsors of a 1990 fishing accord, called on both "
        "governments to return to talks."
    )
    found = _acts(events, text, "1995-01-30")
    assert ("REQUEST", ["reg:NOR", "reg:SWE", "reg:DNK"]) in [(t, s) for t, _, s, _, _ in found]


def test_events_plover_a_step_condemned_is_no_crowd_s_protest(events) -> None:
    text = (
        "Chad and Sudan reopened their embassies on Monday. "
        "Hundreds of traders protested outside the new mission in the capital, and "
        "opposition parties condemned the step."
    )
    found = _acts(events, text, "2010-02-09")
    condemned = [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"]
    assert condemned == [(["new:-:political opposition"], [])]


def test_events_plover_fighting_a_treaty_s_ratification_is_no_attack(events) -> None:
    text = (
        "Opposition leaders in Lima accused the president of giving away land and vowed to "
        "fight ratification of the border treaty."
    )
    types = [t for t, *_ in _acts(events, text, "1998-10-27")]
    assert "ASSAULT" not in types
    assert "THREATEN" not in types


def test_events_plover_a_protest_at_an_offensive_is_not_where_the_offensive_is(events) -> None:
    text = (
        "Bolivia expelled Israel's ambassador on Monday in protest at the Israeli offensive "
        "in Rafah."
    )
    found = {e.type: e for e in events.full(text, "2024-05-14")}
    assert found["ACCUSE"].location is None
    assert found["ASSAULT"].location is not None  # the offensive is in Rafah


def test_events_plover_a_step_condemned_is_no_standing_aim_told_in_a_relative(events) -> None:
    text = (
        "France recognised Moroccan sovereignty over Western Sahara on Tuesday. "
        "The Polisario Front, which seeks independence for the territory, rejected the French "
        "decision. Algeria, which backs the Polisario, condemned the step."
    )
    found = _acts(events, text, "2024-07-31")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["reg:DZA"], ["reg:FRA"])]


def test_events_plover_the_one_who_flew_in_visits_whoever_met_him_there(events) -> None:
    text = "Nelson Mandela flew to Havana, where Fidel Castro met him at the airport on Friday."
    found = _acts(events, text, "1991-07-28")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [
        ("CONSULT", ["reg:nelson-mandela"], ["reg:fidel-castro"])
    ]


def test_events_plover_fighting_for_free_elections_is_no_attack(events) -> None:
    text = (
        "Thai students marched to parliament in Bangkok on Sunday and vowed to keep fighting "
        "for free elections."
    )
    types = [t for t, *_ in _acts(events, text, "2020-10-19")]
    assert "PROTEST" in types
    assert "ASSAULT" not in types and "THREATEN" not in types
    # a cause fought for with arms stays a fight
    found = _acts(events, "The rebels vowed to keep fighting for independence.", "2020-10-19")
    types = [t for t, *_ in found]
    assert "ASSAULT" in types


def test_events_plover_the_one_urged_during_talks_does_what_is_urged(events) -> None:
    text = (
        "Emmanuel Macron urged Xi Jinping during talks in Beijing to free the detained journalists."
    )
    found = _acts(events, text, "2023-04-07")
    assert [s for t, _, s, _, _ in found if t == "RETREAT"] == [["reg:xi-jinping"]]


def test_events_plover_a_request_made_in_a_phone_call_does_not_make_the_call_hypothetical(
    events,
) -> None:
    text = (
        "Olaf Scholz asked Xi Jinping in a phone call on Monday to use his influence with Russia."
    )
    found = _acts(events, text, "2023-04-07")
    assert ("CONSULT", "asserted") in [(t, st) for t, st, *_ in found]


def test_events_plover_an_as_clause_shares_the_day_of_its_main_clause(events) -> None:
    text = (
        "Kyrgyz President Kurmanbek Bakiyev was ousted on Thursday. He had fled the capital by "
        "plane on Wednesday as protesters stormed the government headquarters."
    )
    found = _acts(events, text, "2010-04-09")
    assert [d for t, *_, d in found if t == "PROTEST"] == ["2010-04-07"]


def test_events_plover_a_demand_is_not_made_of_the_one_who_says_the_land_is_its_own(
    events,
) -> None:
    text = (
        "Ethiopia's parliament demanded on Wednesday that Eritrean troops withdraw from the "
        "Badme area, a week after they crossed into land Ethiopia says is its own."
    )
    found = _acts(events, text, "1998-05-14")
    assert [tg for t, _, _, tg, _ in found if t == "REQUEST"] == [["new:ERI:military"]]


def test_events_plover_a_description_after_a_comma_is_no_second_party(events) -> None:
    text = (
        "Israel signed agreements with Morocco and Sudan at the White House on Tuesday, the "
        "first Arab states to normalise ties with Israel in years."
    )
    found = _acts(events, text, "2020-12-22")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "SUPPORT"] == [
        (["reg:ISR"], ["reg:MAR", "reg:SDN"])
    ]


def test_events_plover_a_dateline_before_a_clause_and_its_marked_sequel(events) -> None:
    # the parse put the root on "rejected", under "minutes after": the upper house approves
    text = (
        "LISBON, March 5, 2019 — The Portuguese Senate on Tuesday approved the budget, "
        "hours after the regional assembly in Funchal rejected it.\n\n"
        "The prime minister welcomed the vote."
    )
    found = _acts(events, text, "2019-03-05")
    approved = [(src, tg, d) for t, _, src, tg, d in found if t == "SUPPORT" and tg == []]
    assert len(approved) == 2  # the senate's approval and the prime minister's welcome
    assert approved[0][0][0].startswith("new:PRT:") and approved[0][2] == "2019-03-05"


def test_events_plover_a_regional_parliament_is_not_the_state_s(events) -> None:
    text = (
        "Spain's Senate approved direct rule on Friday.\n\n"
        "The prime minister then dissolved the regional parliament in Barcelona."
    )
    found = _acts(events, text, "2019-03-08")
    assert [tg for t, _, _, tg, _ in found if t == "COERCE"] == [["new:-:legislature"]]


def test_events_plover_a_government_dismissed_is_removed_not_rejected(events) -> None:
    text = "The king dismissed the Flemish government and its leader on Friday."
    found = _acts(events, text, "1990-04-06")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("COERCE", ["new:BEL:government"])]


def test_events_plover_a_day_set_for_elections_does_not_date_the_call(events) -> None:
    # "for Dec. 14" is the elections' day, ahead of the telling; the calling has none of it
    text = "The prime minister dissolved parliament and called new elections for Dec. 14."
    found = _acts(events, text, "2017-10-20")
    assert all(d != "2016-12-14" for *_, d in found)
    assert ("CONCEDE", "asserted", ["new:-:the prime minister"], [], None) in found


def test_events_plover_a_deadline_of_a_pledge_is_after_the_pledge(events) -> None:
    text = "The government agreed to disband the militias by September."
    found = _acts(events, text, "2006-05-10")
    acts = [e for e in events.full(text, "2006-05-10") if e.status == "planned"]
    assert [e.date.latest for e in acts] == ["2006-09-30"]
    assert found


def test_events_plover_both_sides_of_a_civil_war_led_by_a_president(events) -> None:
    text = (
        "President Joaquim Chissano and Renamo rebel leader Afonso Dhlakama signed a treaty. "
        "The talks were held with Italian government support. "
        "Both sides agreed to merge their armies."
    )
    found = _acts(events, text, "1992-10-05")
    agreed = [src for t, _, src, _, _ in found if t == "AGREE"]
    assert agreed == [["reg:joaquim-chissano", "reg:renamo"]]


def test_events_plover_both_sides_are_not_a_critic_and_the_rebels_he_names(events) -> None:
    text = (
        "Former President Andres Pastrana criticised the accord with the FARC, saying it let rebel "
        "commanders avoid prison. Cuba and Norway praised both sides."
    )
    found = _acts(events, text, "2016-08-25")
    praised = [tg for t, _, _, tg, _ in found if t == "SUPPORT"]
    assert praised and all("reg:andres-pastrana" not in tg for tg in praised)


def test_events_plover_the_government_a_rebel_leader_accuses_is_his_state_s(events) -> None:
    text = (
        "The talks were held in Rome with Italian government support. "
        "Renamo leader Afonso Dhlakama accused the government of stalling."
    )
    found = _acts(events, text, "1992-10-05")
    assert [(t, tg) for t, _, _, tg, _ in found if t == "ACCUSE"] == [
        ("ACCUSE", ["new:MOZ:government"])
    ]


def test_events_plover_it_in_an_until_clause_is_the_one_fought(events) -> None:
    text = (
        "South Africa will pull its troops out of Namibia. "
        "The rebels said they would keep fighting the Luanda government until it agreed to talk."
    )
    found = _acts(events, text, "1988-12-23")
    agreed = [src for t, _, src, _, _ in found if t == "AGREE"]
    assert agreed == [["new:AGO:government"]]


def test_events_plover_a_state_s_neighbours_are_not_that_state(events) -> None:
    text = "The troops landed at the request of Haiti's neighbours."
    found = _acts(events, text, "1994-09-20")
    assert all("reg:HTI" not in src and "new:HTI:neighbour" not in src for _, _, src, _, _ in found)


def test_events_plover_fighters_the_parser_read_as_a_relative_clause(events) -> None:
    # "guerrillas" read as a relative clause on "region", "fighting" hung on "accused"
    text = (
        "Kenya accused Somalia on Monday of sending army units into the border region, "
        "where Somali-backed guerrillas have been fighting for months."
    )
    found = _acts(events, text, "1967-03-06")
    fighters = [src for t, _, src, _, _ in found if t == "ASSAULT"]
    assert fighters and all("reg:KEN" not in src for src in fighters)


def test_events_plover_medical_teams_sent_are_aid(events) -> None:
    text = "Italy sent medical teams to Albania on Monday."
    found = _acts(events, text, "1997-03-17")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("AID", ["reg:ALB"])]


def test_events_plover_army_units_sent_are_a_mobilisation(events) -> None:
    text = "Libya sent army units into the Aouzou Strip on Monday."
    found = _acts(events, text, "1987-03-16")
    assert [t for t, *_ in found] == ["MOBILIZE"]


def test_events_plover_leaders_of_a_breakaway_state_are_its_parent_s_rebels(events) -> None:
    text = "Katangan leaders surrendered to the Congolese army on Monday."
    found = _acts(events, text, "1963-01-15")
    assert [src for _, _, src, _, _ in found] == [["new:COD:rebels"]]


def test_events_plover_a_patrol_of_a_state_is_its_forces(events) -> None:
    text = "A Honduran patrol shot dead a Nicaraguan farmer near the border on Sunday."
    found = _acts(events, text, "1986-05-12")
    assert [(t, src) for t, _, src, _, _ in found] == [("ASSAULT", ["new:HND:military"])]


def test_events_plover_flags_burned_are_no_party(events) -> None:
    text = "Students burned French flags outside the embassy in Algiers on Friday."
    found = _acts(events, text, "1995-09-08")
    assert all("new:FRA:flag" not in tg for _, _, _, tg, _ in found)


def test_events_plover_neither_nor_in_a_second_reported_clause_denies(events) -> None:
    text = (
        "Moscow's foreign ministry said the verdict was void and that Russia would neither "
        "accept nor obey it."
    )
    found = _acts(events, text, "2019-05-25")
    assert found and all(s == "negated" for _, s, *_ in found)
    assert "AGREE" in [t for t, *_ in found]


def test_events_plover_a_place_named_with_a_state_s_name_is_its_own(events) -> None:
    text = "Five Northern Ireland parties signed an agreement on Friday."
    found = _acts(events, text, "2006-10-13")
    assert [src for _, _, src, _, _ in found] == [["new:GBR:party"]]


def test_events_plover_a_state_s_supplier_apposed_is_not_that_state(events) -> None:
    text = "France, Iraq's main arms supplier, halted arms deliveries to Baghdad on Monday."
    found = _acts(events, text, "1990-08-06")
    assert [(src, tg) for _, _, src, tg, _ in found] == [(["reg:FRA"], ["reg:IRQ"])]


def test_events_plover_a_witness_s_signature_does_not_make_the_accord_his(events) -> None:
    text = (
        "Rabin and King Hussein signed a peace treaty on the border on Wednesday.\n\n"
        "President Clinton, who brokered the talks, signed the treaty as a witness.\n\n"
        "Syria condemned the treaty."
    )
    found = _acts(events, text, "1994-10-26")
    condemned = [tg for t, _, _, tg, _ in found if t == "ACCUSE"]
    assert len(condemned) == 1 and "reg:bill-clinton" not in condemned[0]
    assert len(condemned[0]) == 2


def test_events_plover_both_sides_a_traveller_presses_are_not_his_state(events) -> None:
    text = (
        "Armenia accused Azerbaijan of shelling its villages.\n\n"
        "The Security Council met on Sunday.\n\n"
        "The Russian foreign minister will fly to Baku and Yerevan next week to urge both sides "
        "to stop the fighting."
    )
    found = _acts(events, text, "2020-10-04")
    urged = [tg for t, _, _, tg, _ in found if t == "REQUEST"]
    assert urged and all("reg:RUS" not in tg for tg in urged)


def test_events_plover_a_president_removed_by_congress_is_coerced(events) -> None:
    text = "Ecuador's Congress voted on Thursday to remove President Abdala Bucaram."
    found = _acts(events, text, "1997-02-07")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("COERCE", ["reg:abdala-bucaram"])]
    # a state taken off a list is no one removed from office
    found = _acts(events, "The United States removed Cuba from its terror list.", "2015-05-30")
    assert "COERCE" not in [t for t, *_ in found]


def test_events_plover_a_ruler_s_army_is_his_state_s(events) -> None:
    text = "Idi Amin's army seized the Kagera salient in October."
    found = _acts(events, text, "1978-11-27")
    assert [src for _, _, src, _, _ in found] == [["new:UGA:military"]]


def test_events_plover_whom_a_venue_s_steps_belong_to_is_no_party(events) -> None:
    text = "Kofi Annan announced the agreement on the steps of the president's residence."
    found = _acts(events, text, "2002-04-20")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("AGREE", [])]


def test_events_plover_the_ones_a_relative_clause_accuses_do_the_act(events) -> None:
    text = "Britain froze the assets of three Iranian officials it accused of helping the rebels."
    found = _acts(events, text, "2011-06-24")
    armed = [src for t, _, src, _, _ in found if t not in ("SANCTION", "ACCUSE")]
    assert armed and all("reg:GBR" not in src for src in armed)


def test_events_plover_solidarity_set_off_after_an_infinitive_is_the_main_doer_s(events) -> None:
    text = (
        "Chavez gave the Israeli ambassador 72 hours to leave the country, in solidarity with Gaza."
    )
    found = _acts(events, text, "2009-01-07")
    backed = [src for t, _, src, _, _ in found if t == "SUPPORT"]
    assert backed == [["reg:hugo-chavez"]]


def test_events_plover_a_state_s_air_defences_are_its_military(events) -> None:
    text = "Iraqi air defences shot down a British Tornado jet near Basra on Friday."
    found = _acts(events, text, "1991-01-19")
    assert [(t, src) for t, _, src, _, _ in found] == [("ASSAULT", ["new:IRQ:military"])]


def test_events_plover_disarming_one_s_own_fighters_is_demobilising(events) -> None:
    text = "The militia agreed on Monday to disarm half of its fighters by June."
    found = _acts(events, text, "2004-03-02")
    assert ("RETREAT", "planned", ["new:-:unaligned armed forces"], []) in [
        (t, s, src, tg) for t, s, src, tg, _ in found
    ]
    assert not [t for t, *_ in found if t == "COERCE"]
    # their fighters disarmed by another are seized from, not demobilised
    text = "Their fighters were disarmed by the army on Monday."
    found = _acts(events, text, "2004-03-02")
    assert [t for t, *_ in found] == ["COERCE"]


def test_events_plover_a_warning_that_another_will_fail_to_act_is_no_threat(events) -> None:
    text = "Opposition leaders warned that the junta would not honour the accord."
    found = _acts(events, text, "1993-07-05")
    assert "THREATEN" not in [t for t, *_ in found]
    # what the warner itself will not stand for is still a threat
    found = _acts(events, "Iran warned that it would not tolerate any attack.", "2019-06-20")
    assert [t for t, *_ in found] == ["THREATEN"]


def test_events_plover_the_town_beside_which_an_event_happens_is_where(events) -> None:
    text = "Hundreds of farmers protested outside the agriculture ministry in Lima on Monday."
    (found,) = events.full(text, "2008-02-19")
    assert found.location is not None and found.location.name == "Lima"
    # a country one is outside of is not where
    (found,) = events.full("Syrian rebels fought outside Syria on Monday.", "2014-02-19")
    assert found.location is None or found.location.country != "SYR"


def test_events_plover_firing_no_rockets_is_no_attack(events) -> None:
    found = _acts(events, "Hamas fired no rockets at Israel on Sunday.", "2012-11-26")
    assert [(t, s) for t, s, *_ in found] == [("ASSAULT", "negated")]
    # "no mention" of a pledge denies the mention, not the pledge
    text = "The communique made no mention of Iran's pledge to halt enrichment."
    found = _acts(events, text, "2018-01-01")
    assert ("AGREE", "asserted") in [(t, s) for t, s, *_ in found]


def test_events_plover_a_blow_dealt_is_no_disapproval(events) -> None:
    text = "The minister said the army had dealt the rebels a heavy blow."
    found = _acts(events, text, "2009-05-20")
    assert "ACCUSE" not in [t for t, *_ in found]


def test_events_plover_those_blamed_are_the_target_not_the_victim(events) -> None:
    # the relative clause hangs on the victim; the ones blamed are the "on" phrase's
    text = "The murder of Benazir Bhutto, which many Pakistanis blamed on the Taliban, shook Asia."
    found = _acts(events, text, "2008-01-02")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:taliban"]]
    # a capital blamed stands for its state, and is no town attacked
    found = _acts(events, "Afghan officials blamed the bombing on Islamabad.", "2008-07-08")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ACCUSE", ["reg:PAK"])]
    text = "The killing of Ahmad Shah Massoud, which his men blamed on Islamabad, shook Kabul."
    found = _acts(events, text, "2001-09-12")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:PAK"]]


def test_events_plover_a_capital_asked_for_help_is_its_state(events) -> None:
    found = _acts(events, "Colombo sought fuel and rice from Tehran.", "2012-03-01")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("REQUEST", ["reg:IRN"])]


def test_events_plover_a_threat_to_help_a_state_is_not_aimed_at_it(events) -> None:
    text = "China warned it would give North Vietnam all the help it needed."
    found = _acts(events, text, "1965-04-12")
    assert [(t, tg) for t, _, _, tg, _ in found if t == "THREATEN"] == [("THREATEN", [])]


def test_events_plover_the_only_announcement_told_is_the_one_welcomed(events) -> None:
    # four sentences apart, the one announcing is still the one welcomed
    text = (
        "OTTAWA, June 3, 1970 - Prime Minister Trudeau announced on Wednesday that Canada "
        "would recognise the People's Republic of China.\n\n"
        "He said talks in Stockholm had gone well.\n\n"
        "Taiwan's ambassador left Ottawa on Thursday.\n\n"
        "Several opposition members criticised the timing.\n\n"
        "Beijing's foreign ministry welcomed the announcement."
    )
    found = _acts(events, text, "1970-06-03")
    welcomed = [tg for t, s, _, tg, _ in found if (t, s) == ("SUPPORT", "asserted")]
    assert welcomed == [["reg:pierre-trudeau"]]


def test_events_plover_a_state_s_own_forces_are_no_party_to_its_cuts(events) -> None:
    text = "Ukraine agreed on Friday to cut its armed forces to 200,000 by 1998."
    found = _acts(events, text, "1994-01-14")
    assert [(t, tg) for t, _, _, tg, _ in found if t == "RETREAT"] == [("RETREAT", [])]


def test_events_plover_a_state_backs_no_attack_on_itself(events) -> None:
    # "the offensive" approved is India's own, not the raid on India told just before
    text = (
        "NEW DELHI, May 26, 1999 - Indian jets struck positions above Kargil on Wednesday.\n\n"
        "Pakistani gunners shelled Indian army posts near Drass overnight.\n\n"
        "The Indian cabinet had approved the offensive on Tuesday."
    )
    found = _acts(events, text, "1999-05-26")
    assert [tg for t, _, _, tg, _ in found if t == "SUPPORT"] == [[]]


def test_events_plover_a_rule_said_for_everyone_is_no_charge(events) -> None:
    text = "Zhou told the conference that no one should interfere in the affairs of others."
    found = _acts(events, text, "1955-04-20")
    assert "ACCUSE" not in [t for t, *_ in found]


def test_events_plover_an_accord_turned_down_is_a_rejection_only(events) -> None:
    # the voters are no party to the accord they reject; its other side is the target
    text = "Voters rejected a peace plan accord with the URNG guerrillas on Sunday."
    found = _acts(events, text, "1999-05-17")
    assert [t for t, *_ in found] == ["REJECT"]
    text = "Syria rejected a deal with Israel on the Golan Heights."
    found = _acts(events, text, "2000-03-27")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("REJECT", ["reg:ISR"])]


def test_events_plover_being_forced_by_no_one_named_is_no_coercion(events) -> None:
    text = "Kigali said its army had been forced to defend itself against the militias."
    found = _acts(events, text, "1996-10-25")
    assert "COERCE" not in [t for t, *_ in found]
    # forced by someone named is coercion
    text = "The villagers were forced by Indonesian soldiers to leave their homes."
    found = _acts(events, text, "1999-09-10")
    assert [(t, src) for t, _, src, _, _ in found] == [("COERCE", ["new:IDN:military"])]


def test_events_plover_a_hero_s_welcome_is_no_one_s(events) -> None:
    text = "President Kenyatta flew home to a hero's welcome in Nairobi on Monday."
    found = _acts(events, text, "2013-03-11")
    assert not [src for _, _, src, _, _ in found if any("hero" in k for k in src)]


def test_events_plover_intercepting_a_missile_in_flight_seizes_nothing(events) -> None:
    text = "Israeli air defences intercepted a rocket fired from Gaza on Sunday."
    found = _acts(events, text, "2019-03-25")
    assert "COERCE" not in [t for t, *_ in found]


def test_events_plover_the_deal_rejected_is_the_one_told_before(events) -> None:
    # "the deal" others reject is a mention of the accord made, not a rejection only
    text = (
        "SEOUL, Dec. 28, 2015 - Tokyo and Seoul reached a deal on Monday over wartime "
        "labourers.\n\n"
        "Some of the former labourers rejected the deal."
    )
    found = [e for e in events.full(text, "2015-12-28") if e.type == "AGREE"]
    assert len(found) == 1 and len(found[0].mentions) == 2


def test_events_plover_a_partnership_suspended_reduces_relations(events) -> None:
    text = "The United States suspended its strategic partnership with Georgia."
    found = _acts(events, text, "2024-12-01")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("SANCTION", ["reg:USA"], ["reg:GEO"])]


def test_events_plover_a_warning_given_before_an_attack_is_notice(events) -> None:
    text = "The Pentagon said it had warned Iraq shortly before the strike."
    found = _acts(events, text, "2025-09-10")
    assert [t for t, _, _, _, _ in found if t == "THREATEN"] == []


def test_events_plover_watching_over_a_deal_is_no_inquiry(events) -> None:
    text = "Egypt and Qatar said they would monitor its implementation from Cairo."
    found = _acts(events, text, "2025-01-20")
    assert [t for t, _, _, _, _ in found if t == "ACCUSE"] == []


def test_events_plover_a_meeting_challenged_to_is_not_planned(events) -> None:
    text = "Zelenskiy had challenged Putin to meet him in person."
    found = _acts(events, text, "2025-05-16")
    assert [st for t, st, _, _, _ in found if t == "CONSULT"] == ["hypothetical"]


def test_events_plover_the_talks_are_the_meeting_not_the_summit_around_it(events) -> None:
    text = (
        "Trump and Xi met for 100 minutes in Busan on the sidelines of the APEC summit. "
        "Trump said the talks were amazing."
    )
    found = events.full(text, "2025-10-30")
    talks = [e for e in found if any(m.sentence == 1 for _, m in e.mentions)]
    assert [e.mode for e in talks] == [None]


def test_events_plover_a_topic_discussed_in_the_passive_is_no_party(events) -> None:
    found = _acts(events, "Taiwan was not discussed, Trump told reporters.", "2025-10-30")
    assert found == []


def test_events_plover_the_partner_of_a_call_named_as_a_cause_is_no_party(events) -> None:
    text = (
        "The court suspended Prime Minister Paetongtarn Shinawatra over a leaked phone call "
        "with Hun Sen, in which she criticised an army commander."
    )
    found = _acts(events, text, "2025-07-01")
    assert [tg for t, _, _, tg, _ in found if t == "SANCTION"] == [["reg:paetongtarn-shinawatra"]]
    found = _acts(events, "Putin spoke over the phone with Erdogan.", "2025-07-01")
    assert [tg for t, _, _, tg, _ in found] == [["reg:recep-tayyip-erdogan"]]


def test_events_plover_a_strike_called_terrorism_is_condemned(events) -> None:
    text = 'Qatar\'s prime minister called the strike "state terrorism".'
    found = _acts(events, text, "2025-09-10")
    assert [t for t, _, _, _, _ in found] == ["ACCUSE"]


def test_events_plover_police_freeing_hostages_rescue_them(events) -> None:
    text = "Police freed the hostages at the television station in Guayaquil."
    found = _acts(events, text, "2024-01-10")
    assert [t for t, _, _, _, _ in found] == ["AID"]
    found = _acts(events, "Hamas freed three hostages on Sunday.", "2025-01-20")
    assert [t for t, _, _, _, _ in found] == ["RETREAT"]


def test_events_plover_a_time_of_a_noun_dates_what_happened_in_it(events) -> None:
    text = (
        "Ties soured after a border clash in June 2020 in which 20 Indian soldiers were "
        "killed.\n\nModi met Xi on Wednesday."
    )
    found = _acts(events, text, "2024-10-23")
    assert [d for t, _, _, _, d in found if t == "ASSAULT"] == ["2020-06"]


def test_events_plover_an_act_on_a_later_day_of_the_year_is_planned(events) -> None:
    text = "Unions called a nationwide strike for Oct. 2 to protest against the budget cuts."
    found = _acts(events, text, "2025-09-10")
    assert [(st, d) for t, st, _, _, d in found if t == "PROTEST" and st != "hypothetical"] == [
        ("planned", "2025-10-02")
    ]


def test_events_plover_a_closing_participle_is_the_main_clauses(events) -> None:
    text = (
        "Armenia and Azerbaijan agreed to an unconditional ceasefire on Monday after talks in "
        "Doha hosted by Emir Tamim bin Hamad Al Thani, ending five days of fighting along "
        "their border that killed at least 20 people."
    )
    found = _acts(events, text, "2025-07-29")
    assert [s for t, _, s, _, _ in found if t == "RETREAT"] == [["reg:ARM", "reg:AZE"]]


def test_events_plover_ending_a_year_of_fighting_de_escalates(events) -> None:
    found = _acts(events, "Israel and Hezbollah ended a year of fighting.", "2024-11-27")
    assert [t for t, _, _, _, _ in found] == ["RETREAT"]


def test_events_plover_a_past_perfect_day_is_not_the_time_of_a_clause_joined_to_it(
    events,
) -> None:
    text = (
        "A Kenyan court had ruled in January that the mission was unlawful, but the government "
        "said a new agreement with Haiti met the court's concerns."
    )
    found = _acts(events, text, "2024-06-26")
    assert [d for t, _, _, _, d in found if t == "AGREE"] == [None]


def test_events_plover_an_adjective_before_a_named_subject_is_its_modifier(events) -> None:
    text = (
        "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of "
        "El Fasher."
    )
    found = _acts(events, text, "2025-10-29")
    assert [(t, s) for t, _, s, _, _ in found] == [("COERCE", ["reg:sdn-rsf"])]


def test_events_plover_a_weekday_before_a_subject_dates_the_clause(events) -> None:
    text = "On Wednesday Thai troops fired on villagers, killing one person, officials said."
    found = _acts(events, text, "2025-11-12")
    assert [(t, d) for t, _, _, _, d in found] == [("ASSAULT", "2025-11-12")]


def test_events_plover_communication_broken_off_reduces_relations(events) -> None:
    text = "Maduro said communication with Washington had been broken off."
    found = _acts(events, text, "2025-09-16")
    assert [(t, g) for t, _, _, g, _ in found] == [("SANCTION", ["reg:USA"])]


def test_events_plover_warning_shots_show_force(events) -> None:
    text = "The Thai army said its soldiers had fired warning shots after Cambodians crossed."
    found = _acts(events, text, "2025-11-12")
    assert [t for t, _, _, _, _ in found] == ["MOBILIZE"]


def test_events_plover_killed_in_the_strikes_names_the_strikes_doer(events) -> None:
    text = (
        "Pakistani airstrikes in Paktika province on Friday killed at least 10 people.\n\n"
        "The cricket board withdrew from a tournament after three cricketers were killed in "
        "the strikes."
    )
    found = _acts(events, text, "2025-10-19")
    assert [s for t, _, s, _, _ in found if t == "ASSAULT"] == [["new:PAK:military"]] * 2


def test_events_plover_killed_in_an_attack_of_its_own_has_no_doer_from_before(events) -> None:
    text = (
        "Russia launched an attack on Kyiv on Monday.\n\n"
        "Five people were wounded in a separate attack in Kharkiv."
    )
    found = _acts(events, text, "2025-10-19")
    assert [s for t, _, s, _, _ in found if t == "ASSAULT"] == [["reg:RUS"], []]


def test_events_plover_a_summit_called_off_names_the_other_party(events) -> None:
    text = "Trump called off a planned summit with President Vladimir Putin in Budapest."
    found = _acts(events, text, "2025-10-23")
    assert [(t, g) for t, _, _, g, _ in found] == [("REJECT", ["reg:vladimir-putin"])]


def test_events_plover_a_meeting_called_off_is_refused_to_the_other_side_only(events) -> None:
    text = (
        "Athens called off a planned meeting between Foreign Minister Theodoros Pangalos and "
        "his Turkish counterpart Ismail Cem."
    )
    found = _acts(events, text, "1998-06-01")
    assert [(t, g) for t, _, _, g, _ in found] == [("REJECT", ["reg:ismail-cem"])]


def test_events_plover_a_party_s_own_visit_after_an_agreed_infinitive_is_the_scene(events) -> None:
    text = (
        "Lee Jae-myung and Shigeru Ishiba agreed on Saturday to strengthen cooperation on "
        "security, in Lee's first visit to Japan since taking office."
    )
    found = _acts(events, text, "2025-08-24")
    assert [(st, d) for t, st, _, _, d in found if t == "CONSULT"] == [("asserted", "2025-08-23")]


def test_events_plover_drills_called_a_provocation_are_named_not_a_verb(events) -> None:
    text = (
        "North Korea's foreign ministry called the planned U.S.-South Korean military drills "
        "a provocation."
    )
    found = _acts(events, text, "2025-08-24")
    assert [(t, g) for t, _, _, g, _ in found if t == "ACCUSE"] == [
        ("ACCUSE", ["reg:USA", "reg:KOR"])
    ]


def test_events_plover_saying_all_measures_will_be_taken_is_a_threat(events) -> None:
    text = (
        "Egypt's foreign ministry said the dam violated international law and that Cairo "
        "would take all measures to protect its water interests."
    )
    found = _acts(events, text, "2025-09-10")
    assert [(t, s) for t, _, s, _, _ in found if t == "THREATEN"] == [
        ("THREATEN", ["new:EGY:government"])
    ]
    found = _acts(
        events, "The ministry said it would take measures to help exporters.", "2025-09-10"
    )
    assert [t for t, _, _, _, _ in found] == []


def test_events_plover_an_act_discussed_is_a_topic_not_done(events) -> None:
    text = "Modi and Xi met on Sunday and discussed resuming direct flights."
    found = _acts(events, text, "2025-08-31")
    assert [(t, st) for t, st, _, _, _ in found if t == "COOPERATE"] == [
        ("COOPERATE", "hypothetical")
    ]


def test_events_plover_people_clashing_over_a_matter_quarrel(events) -> None:
    text = "Petro, who has clashed with President Donald Trump over deportations, spoke."
    found = _acts(events, text, "2025-09-17")
    assert [(t, g) for t, _, _, g, _ in found] == [("ACCUSE", ["reg:donald-trump"])]
    found = _acts(events, "Police clashed with protesters over the ban.", "2025-09-17")
    assert [t for t, _, _, _, _ in found] == ["ASSAULT"]


def test_events_plover_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(events) -> None:
    text = "Moscow's charge d'affaires was summoned to the Polish foreign ministry."
    found = _acts(events, text, "2025-09-10")
    assert [(t, s, g) for t, _, s, g, _ in found] == [
        ("ACCUSE", ["new:POL:government"], ["reg:RUS"])
    ]


def test_events_plover_a_member_of_a_body_of_states_is_not_the_body(events) -> None:
    text = "It was the first time a NATO member has fired on Russian assets during the war."
    assert _acts(events, text, "2025-09-10") == []
    found = _acts(events, "A Hamas member attacked the post.", "2025-09-10")
    assert [s for _, _, s, _, _ in found] == [["reg:hamas"]]


def test_events_plover_an_ambassador_recalled_to_a_capital_for_consultations(events) -> None:
    text = "Colombia recalled its ambassador to Washington for consultations on Tuesday."
    found = _acts(events, text, "2025-09-17")
    assert found == [("SANCTION", "asserted", ["reg:COL"], ["reg:USA"], "2025-09-16")]


def test_events_plover_a_move_called_unfair_blames_the_clause_doer(events) -> None:
    text = "Washington doubled tariffs on Indian goods last week, a move New Delhi called unfair."
    found = _acts(events, text, "2025-08-31")
    assert [(t, s, g) for t, _, s, g, _ in found if t == "ACCUSE"] == [
        ("ACCUSE", ["reg:IND"], ["reg:USA"])
    ]


def test_events_plover_against_after_conjoined_objects_names_the_target(events) -> None:
    text = "Police used water cannon and pepper spray against protesters on Saturday."
    found = _acts(events, text, "2025-10-05")
    assert [(t, g) for t, _, _, g, _ in found] == [("ASSAULT", ["new:-:civilians"])]


def test_events_plover_open_to_meeting_is_only_possible(events) -> None:
    text = "Trump said on Friday he would be open to meeting Kim Jong Un next week."
    found = _acts(events, text, "2025-10-25")
    assert [(t, st) for t, st, _, _, _ in found] == [("CONSULT", "hypothetical")]


def test_events_plover_a_summit_put_on_hold_does_not_take_place(events) -> None:
    text = "The summit between Trump and Putin in Budapest was put on hold on Tuesday."
    found = _acts(events, text, "2025-10-22")
    assert [(t, st) for t, st, _, _, _ in found] == [("CONSULT", "negated")]


def test_events_plover_a_plan_s_day_is_not_the_planned_act_s(events) -> None:
    text = "Preparations for a summit between Trump and Putin were put on hold on Tuesday."
    found = _acts(events, text, "2025-10-22")
    assert [(t, d) for t, _, _, _, d in found] == [("CONSULT", None)]


def test_events_plover_a_proposal_rejected_is_its_drafters(events) -> None:
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan on Sunday rejected a truce proposal "
        "drafted by the United States and Egypt."
    )
    found = _acts(events, text, "2025-11-24")
    assert found == [
        (
            "REJECT",
            "asserted",
            ["reg:abdel-fattah-al-burhan"],
            ["reg:USA", "reg:EGY"],
            "2025-11-23",
        )
    ]


def test_events_plover_visiting_a_shrine_is_no_diplomatic_visit(events) -> None:
    text = "Takaichi, who has visited the Yasukuni shrine in the past, met Lee on Thursday."
    found = _acts(events, text, "2025-10-30")
    assert [t for t, _, _, _, _ in found] == ["CONSULT"]
    assert [g for _, _, _, g, _ in found] == [["reg:lee-jae-myung"]]


def test_events_plover_fireworks_thrown_at_police_are_a_riot(events) -> None:
    found = _acts(events, "Protesters threw fireworks at the police.", "2024-12-01")
    assert [(t, g) for t, _, _, g, _ in found] == [("PROTEST", ["new:-:police"])]


def test_events_plover_attacks_not_stopped_go_on(events) -> None:
    text = "The RSF has not stopped its attacks on the city of El Obeid, residents said."
    found = _acts(events, text, "2025-11-24")
    assert [(t, st) for t, st, _, _, _ in found if t == "ASSAULT"] == [("ASSAULT", "asserted")]
    found = _acts(events, "Russia will not stop its attacks.", "2025-11-24")
    assert [(t, st) for t, st, _, _, _ in found if t == "ASSAULT"] == [("ASSAULT", "hypothetical")]


def test_events_plover_each_side_of_a_truce_with_clause_does_its_own_act(events) -> None:
    text = (
        "Trump and Xi agreed to a truce, with Washington cutting tariffs on Chinese goods and "
        "Beijing pausing its new rare earth export controls."
    )
    found = _acts(events, text, "2025-10-30")
    assert [s for t, _, s, _, _ in found if t == "RETREAT"] == [["reg:USA"], ["reg:CHN"]]


def test_events_plover_no_reason_to_meet_is_the_sayer_s(events) -> None:
    text = "President Donald Trump said there was no reason to meet President Xi Jinping."
    found = _acts(events, text, "2025-10-10")
    assert [(t, s, g) for t, _, s, g, _ in found] == [
        ("CONSULT", ["reg:donald-trump"], ["reg:xi-jinping"])
    ]


def test_events_plover_summoning_an_envoy_to_protest_is_one_protest_made(events) -> None:
    text = "The Philippines summoned China's ambassador on Wednesday to protest."
    found = _acts(events, text, "2025-09-17")
    assert found == [("ACCUSE", "asserted", ["reg:PHL"], ["new:CHN:government"], "2025-09-17")]


def test_events_plover_export_controls_tightened_are_a_trade_measure(events) -> None:
    found = _acts(events, "China expanded its controls on exports of rare earths.", "2025-10-10")
    assert [t for t, _, _, _, _ in found] == ["SANCTION"]
    found = _acts(events, "China tightened export controls on gallium.", "2025-10-10")
    assert [t for t, _, _, _, _ in found] == ["SANCTION"]
    found = _acts(events, "Police tightened security in the capital.", "2025-10-10")
    assert [t for t, _, _, _, _ in found] == ["MOBILIZE"]


def test_events_plover_a_representative_recalled_from_nato_withdraws(events) -> None:
    text = "Russia recalled its chief military representative from NATO headquarters."
    found = _acts(events, text, "1999-03-25")
    assert [(t, g) for t, _, _, g, _ in found] == [("SANCTION", ["reg:nato"])]


def test_events_plover_an_act_told_with_talks_is_not_a_topic_of_them(events) -> None:
    text = (
        "Pompeo said he had productive talks with Kim Jong Un on Sunday, with the pair "
        "reportedly agreeing to hold a summit."
    )
    found = _acts(events, text, "2018-10-08")
    assert [(t, st) for t, st, _, _, _ in found if t == "AGREE"] == [("AGREE", "asserted")]


def test_events_plover_a_week_hung_on_a_purpose_dates_the_verb(events) -> None:
    text = "Israel recalled its ambassador to South Africa for consultations last week."
    found = _acts(events, text, "2023-11-21")
    assert [(t, d) for t, _, _, _, d in found] == [("SANCTION", "2023-W46")]


def test_events_plover_a_demand_not_given_up_stands(events) -> None:
    found = _acts(events, "Ethiopia has not given up its demand for a port.", "2025-03-12")
    assert [(t, st) for t, st, _, _, _ in found] == [("REQUEST", "asserted")]


def test_events_plover_calling_something_an_act_of_terrorism_condemns_it(events) -> None:
    found = _acts(events, "Turkey called the interception an act of piracy.", "2025-10-02")
    assert [t for t, _, _, _, _ in found] == ["ACCUSE"]
    found = _acts(events, "He called the gift an act of kindness.", "2025-10-02")
    assert found == []


def test_events_plover_the_one_ready_for_a_deal_makes_it(events) -> None:
    text = "Lukashenko said he was ready for a big deal with the United States."
    found = _acts(events, text, "2025-09-12")
    assert [(t, s, g) for t, _, s, g, _ in found] == [
        ("AGREE", ["reg:alexander-lukashenko"], ["reg:USA"])
    ]


def test_events_plover_a_day_after_a_participle_of_the_way_dates_the_verb(events) -> None:
    text = (
        "Israeli naval forces intercepted boats of an aid flotilla heading to Gaza on Wednesday "
        "and detained hundreds of activists."
    )
    found = _acts(events, text, "2025-10-02")
    assert [(t, d) for t, _, _, _, d in found] == [("COERCE", "2025-10-01")]


def test_events_plover_saying_a_deployment_is_a_threat_condemns_it(events) -> None:
    text = "Maduro said on Tuesday that the deployment of U.S. warships was an extravagant threat."
    found = _acts(events, text, "2025-08-27")
    assert [(t, s) for t, _, s, _, _ in found if t == "ACCUSE"] == [
        ("ACCUSE", ["reg:nicolas-maduro"])
    ]
    assert _acts(events, "Officials said the main threat was flooding.", "2025-08-27") == []


def test_events_plover_an_accord_enforced_is_no_new_agreement(events) -> None:
    found = _acts(events, "NATO will send troops to enforce the accord.", "1995-11-22")
    assert [t for t, _, _, _, _ in found] == ["MOBILIZE"]


def test_events_plover_a_perfect_since_a_clause_has_no_day_of_the_report(events) -> None:
    text = (
        "Habibie said on Sunday that militias have killed hundreds of people since the "
        "territory voted for independence."
    )
    found = _acts(events, text, "1999-09-13")
    assert [(t, d) for t, _, _, _, d in found] == [("ASSAULT", None)]


def test_events_plover_a_closing_participle_is_not_the_subordinate_clause_s(events) -> None:
    text = (
        "Hezbollah leader Naim Qassem said on Friday the group would not hand over its weapons "
        "while Israel continued to occupy parts of southern Lebanon, rejecting a government "
        "plan to disarm it."
    )
    found = _acts(events, text, "2025-08-16")
    rejections = [(st, s) for t, st, s, _, _ in found if t == "REJECT"]
    assert len(rejections) == 1 and rejections[0][0] == "asserted"
    assert "reg:ISR" not in rejections[0][1]


def test_events_plover_remarks_called_a_threat_are_condemned(events) -> None:
    text = "Lebanese Prime Minister Nawaf Salam called Qassem's remarks a veiled threat of war."
    found = _acts(events, text, "2025-08-16")
    assert [(t, s) for t, _, s, _, _ in found] == [("ACCUSE", ["reg:lbn-nawaf-salam"])]


def test_events_plover_troops_sent_to_support_a_war_are_aid_to_the_host(events) -> None:
    text = (
        "North Korea has sent about 1,500 special forces troops to Russia to support its war "
        "against Ukraine, South Korea's spy agency said on Friday."
    )
    found = _acts(events, text, "2024-10-18")
    assert ("AID", ["reg:RUS"]) in [(t, g) for t, _, _, g, _ in found]
    assert not any("reg:UKR" in g for t, _, _, g, _ in found if t in ("SUPPORT", "AID"))


def test_events_plover_the_accord_is_not_a_separate_deal_told_beside_it(events) -> None:
    text = (
        "The United States, which brokered a separate deal between Congo and Rwanda in June, "
        "welcomed the accord."
    )
    agreed = [e for e in events.full(text, "2025-11-16") if e.type == "AGREE"]
    assert [[m.trigger for _, m in e.mentions] for e in agreed] == [["deal"]]


def test_events_plover_a_verb_after_a_relative_on_the_subject_heads_the_sentence(events) -> None:
    text = (
        "Thailand and Cambodia clashed on Thursday.\n\nMalaysian Prime Minister Anwar Ibrahim, "
        "who chairs ASEAN, called on both sides to cease fire."
    )
    found = _acts(events, text, "2025-07-25")
    assert [(s, g) for t, _, s, g, _ in found if t == "REQUEST"] == [
        (["reg:anwar-ibrahim"], ["reg:THA", "reg:KHM"])
    ]


def test_events_plover_a_threat_to_send_troops_is_to_the_destination(events) -> None:
    text = "Trump threatened to send troops to Nigeria if the killings did not stop."
    found = _acts(events, text, "2025-11-03")
    assert [(t, g) for t, _, _, g, _ in found if t == "THREATEN"] == [("THREATEN", ["reg:NGA"])]


def test_events_plover_committed_to_an_accord_makes_no_new_agreement(events) -> None:
    text = "Cambodia denied laying new mines and said it remained committed to the accord."
    assert [t for t, _, _, _, _ in _acts(events, text, "2025-11-12")] == []


def test_events_plover_a_place_hung_on_the_person_met_is_where_they_met(events) -> None:
    text = (
        "Syrian Foreign Minister Asaad al-Shaibani met Israeli Minister for Strategic Affairs "
        "Ron Dermer in Paris on Tuesday for talks on de-escalation in southern Syria."
    )
    found = events.full(text, "2025-08-20")
    assert [(e.type, e.mode, e.location.name if e.location else None) for e in found] == [
        ("CONSULT", None, "Paris")
    ]


def test_events_plover_an_attack_blamed_on_militants_is_not_done_to_them(events) -> None:
    text = (
        "Gunmen killed 26 men at a tourist site on Tuesday. New Delhi blamed the attack on "
        "Pakistan-based militants."
    )
    found = _acts(events, text, "2025-04-24")
    assert [g for t, _, _, g, _ in found if t == "ASSAULT"] == [["new:-:man"]]
    assert [(s, g) for t, _, s, g, _ in found if t == "ACCUSE"] == [(["reg:IND"], ["reg:PAK"])]


def test_events_plover_an_agreement_after_reported_talks_is_the_talkers(events) -> None:
    text = (
        "India's foreign secretary Vikram Misri said the military operations directors of "
        "India and Pakistan had spoken by telephone and agreed the halt."
    )
    found = _acts(events, text, "2025-05-10")
    agreed = [s for t, _, s, _, _ in found if t == "AGREE"]
    assert agreed and "new:IND:vikram misri" not in agreed[0]


def test_events_plover_a_state_before_support_is_no_place(events) -> None:
    text = "Antony Blinken spoke with Enrique Manalo by phone and reaffirmed U.S. support."
    found = [e for e in events.full(text, "2024-06-18") if e.type == "SUPPORT"]
    assert [(e.source, e.location) for e in found] == [(["reg:antony-blinken"], None)]


def test_events_plover_looting_by_armed_men_is_no_riot(events) -> None:
    text = (
        "The army said the paramilitary group had looted homes and hospitals. Protesters "
        "looted shops in the capital."
    )
    found = _acts(events, text, "2023-05-12")
    assert [t for t, _, _, _, _ in found] == ["ASSAULT", "PROTEST"]


def test_events_plover_its_positions_bombed_are_not_the_bombers(events) -> None:
    text = (
        "The paramilitary Rapid Support Forces clashed with Sudan's army. The RSF accused the "
        "army of bombing its positions near the presidential palace."
    )
    found = _acts(events, text, "2023-05-12")
    assert [(s, g) for t, st, s, g, _ in found if st == "hypothetical"] == [
        (["new:SDN:military"], ["reg:sdn-rsf"])
    ]


def test_events_plover_an_object_read_as_the_next_clauses_subject_is_freed(events) -> None:
    text = (
        "Azerbaijan will free 32 Armenian servicemen and Armenia will release two Azerbaijani "
        "soldiers, the statement said."
    )
    found = _acts(events, text, "2023-12-07")
    assert [(s, g) for t, _, s, g, _ in found] == [
        (["reg:AZE"], ["new:ARM:military"]),
        (["reg:ARM"], ["new:AZE:military"]),
    ]


def test_events_plover_an_agreement_after_a_reported_pair_is_the_pairs(events) -> None:
    text = (
        "Blinken met Xi in Beijing. Xi told Blinken that the two sides had made progress and "
        "agreed on some specific issues."
    )
    found = _acts(events, text, "2023-06-19")
    assert [s for t, _, s, _, _ in found if t == "AGREE"] == [["reg:USA", "reg:CHN"]]


def test_events_plover_his_countrys_own_participation_is_no_target(events) -> None:
    text = "Pashinyan has frozen his country's participation in a Moscow-led security bloc."
    found = _acts(events, text, "2023-12-07")
    assert [(t, g) for t, _, _, g, _ in found] == [("SANCTION", [])]


def test_events_plover_a_modal_verb_after_a_past_relative_is_the_speakers(events) -> None:
    text = (
        "Prime Minister Mohammed al-Jalali said he was ready to cooperate with any leadership "
        "the Syrian people chose and would hand over power in an orderly way."
    )
    found = _acts(events, text, "2024-12-08")
    assert [s for t, _, s, _, _ in found if t == "CONCEDE"] == [["new:-:mohammed al-jalali"]]


def test_events_plover_a_past_verb_after_a_hoped_clause_is_the_speakers(events) -> None:
    text = (
        "Putin said he hoped the understanding they had reached would open the way to peace, "
        "and invited Trump to Moscow for their next meeting."
    )
    found = _acts(events, text, "2025-08-16")
    assert [(s, g) for _, _, s, g, _ in found] == [(["reg:vladimir-putin"], ["reg:donald-trump"])]


def test_events_plover_a_place_before_a_title_joins_the_titled_name(events) -> None:
    text = (
        "Josep Borrell, who hosted Serbian President Aleksandar Vucic and Kosovo Prime "
        "Minister Albin Kurti, said the two leaders had not even met face to face."
    )
    found = _acts(events, text, "2023-09-14")
    assert [(s, g) for t, st, s, g, _ in found if st == "asserted"] == [
        (["reg:aleksandar-vucic", "reg:albin-kurti"], ["reg:josep-borrell"])
    ]


def test_events_plover_those_harmed_in_clashes_with_a_side_are_its_victims(events) -> None:
    text = "Two soldiers were killed in fighting with Taliban insurgents on Sunday."
    found = _acts(events, text, "2023-09-14")
    assert [(s, g) for _, _, s, g, _ in found] == [(["reg:taliban"], ["new:-:military"])]


def test_events_plover_measures_imposed_on_a_state_are_a_sanction(events) -> None:
    text = "The EU has imposed measures on Kosovo, including a freeze on some funding."
    found = _acts(events, text, "2023-09-14")
    assert [(t, s, g) for t, _, s, g, _ in found] == [("SANCTION", ["reg:eu"], ["reg:XKX"])]


def test_events_plover_a_states_apps_are_no_group(events) -> None:
    text = "India then banned hundreds of Chinese apps and tightened rules on Chinese investment."
    found = _acts(events, text, "2024-10-23")
    assert [(s, g) for t, _, s, g, _ in found if t == "COERCE"] == [(["reg:IND"], ["reg:CHN"])]


def test_events_plover_sites_bombed_by_states_told_in_a_plan_were_bombed(events) -> None:
    text = (
        "Iran and the IAEA agreed on Tuesday on a framework for resuming inspections of "
        "nuclear sites, including those bombed by Israel and the United States in June."
    )
    found = _acts(events, text, "2025-09-09")
    assert [(st, s) for t, st, s, _, _ in found if t == "ASSAULT"] == [
        ("asserted", ["reg:ISR", "reg:USA"])
    ]


def test_events_plover_the_meeting_an_agreement_was_reached_at_took_place(events) -> None:
    text = (
        "Iran and the IAEA agreed on Tuesday on a framework for resuming inspections of "
        "nuclear sites, including those bombed by Israel and the United States in June, at a "
        "meeting in Cairo hosted by Egyptian Foreign Minister Badr Abdelatty."
    )
    found = _acts(events, text, "2025-09-09")
    assert [st for t, st, _, _, _ in found if t == "CONSULT"] == ["asserted"]


def test_events_plover_moral_responsibility_for_killings_is_no_killing(events) -> None:
    text = (
        "Home Minister Ramesh Lekhak resigned on Monday, taking moral responsibility for the "
        "killings. The Islamic State claimed responsibility for the bombing."
    )
    found = _acts(events, text, "2025-09-09")
    assert [(t, s) for t, _, s, _, _ in found if t == "ASSAULT"] == [
        ("ASSAULT", ["reg:islamic-state"])
    ]


def test_events_plover_what_one_is_blamed_for_is_not_where(events) -> None:
    text = "Kim Jong Un blamed the United States for the failure in Hanoi."
    found = events.full(text, "2019-04-25")
    assert [(e.type, e.location) for e in found] == [("ACCUSE", None)]


def test_events_plover_protesters_gathering_demonstrate(events) -> None:
    text = "Thousands of protesters gathered outside parliament demanding that he step down."
    found = _acts(events, text, "2024-12-04")
    assert ("PROTEST", "asserted") in [(t, st) for t, st, _, _, _ in found]
    text = "Foreign ministers gathered in Brussels on Monday."
    assert [t for t, _, _, _, _ in _acts(events, text, "2024-12-04")] == ["CONSULT"]


def test_events_plover_armed_men_boarding_boats_seize_them(events) -> None:
    text = (
        "Chinese coast guard personnel boarded Philippine navy boats near the Second Thomas "
        "Shoal and seized weapons. Passengers boarded the ferry in Dover."
    )
    found = _acts(events, text, "2024-07-08")
    assert [(t, s) for t, _, s, _, _ in found] == [("COERCE", ["new:CHN:personnel"])]


def test_events_plover_a_military_operation_launched_is_an_assault(events) -> None:
    text = (
        "Israel launched a ground operation in Gaza. Egypt and Jordan held a joint military "
        "operation."
    )
    found = _acts(events, text, "2023-10-27")
    assert [t for t, _, _, _, _ in found] == ["ASSAULT", "COOPERATE"]


def test_events_plover_operations_scaled_back_are_a_de_escalation(events) -> None:
    text = "Turkish forces scaled back their military operations against Kurdish rebels."
    found = _acts(events, text, "2000-01-01")
    assert [t for t, _, _, _, _ in found][:1] == ["RETREAT"]


def test_events_plover_an_acronym_after_its_kind_is_the_subject(events) -> None:
    text = "The West African bloc ECOWAS imposed sanctions on Mali this month."
    found = _acts(events, text, "2022-01-31")
    assert [(t, s, g) for t, _, s, g, _ in found] == [("SANCTION", ["reg:ecowas"], ["reg:MLI"])]


def test_events_plover_a_condemned_harm_is_aimed_at_its_doer_not_its_victims(events) -> None:
    text = (
        "Germany condemned Russia's attack on Ukraine. The European Union condemned the "
        "violence against demonstrators. Moscow criticised the sanctions imposed by the "
        "European Union on Belarus."
    )
    found = _acts(events, text, "2024-12-01")
    accused = [(s, g) for t, _, s, g, _ in found if t == "ACCUSE"]
    assert accused == [(["reg:DEU"], ["reg:RUS"]), (["reg:eu"], []), (["reg:RUS"], ["reg:eu"])]


def test_events_plover_a_past_verb_read_as_a_participle_after_an_infinitive(events) -> None:
    text = (
        "Malaysian Prime Minister Anwar Ibrahim urged Thailand and Cambodia to stand down and "
        "offered to mediate."
    )
    found = _acts(events, text, "2025-07-24")
    offered = [(s, g) for t, _, s, g, _ in found if t in ("AGREE", "CONSULT")]
    assert offered and all(s == ["reg:anwar-ibrahim"] for s, _ in offered)


def test_events_plover_an_arrest_sought_by_a_reward_is_hypothetical(events) -> None:
    # the parser hangs "for information" on the verb, not on the reward
    text = (
        "The United States raised its reward for information leading to Maduro's arrest to "
        "$25 million. Police said a tip from residents led to the arrest of the gunman."
    )
    found = _acts(events, text, "2025-01-10")
    assert [(st, g) for t, st, _, g, _ in found if t == "COERCE"] == [
        ("asserted", ["new:-:gunman"])
    ]


def test_events_plover_a_clause_reported_in_the_present_perfect_takes_no_earlier_day(
    events,
) -> None:
    text = (
        "Iran and the United States held indirect talks in Muscat on Friday. U.S. envoy Steve "
        "Witkoff has said Washington could not accept any uranium enrichment by Iran."
    )
    found = _acts(events, text, "2025-05-16")
    assert [(t, st, d) for t, st, _, _, d in found] == [
        ("CONSULT", "asserted", "2025-05-16"),
        ("AGREE", "negated", None),
    ]


def test_events_plover_talks_turned_down_were_not_held(events) -> None:
    text = "Kyiv rejected a meeting with Putin. Moscow refused talks with the rebels."
    found = _acts(events, text, "2025-05-10")
    assert ("CONSULT", "asserted") not in [(t, st) for t, st, _, _, _ in found]
    assert [(t, s, g) for t, _, s, g, _ in found][:1] == [
        ("REJECT", ["reg:UKR"], ["reg:vladimir-putin"])
    ]


def test_events_plover_talks_proposed_are_the_proposers(events) -> None:
    text = "Russian President Vladimir Putin proposed direct talks with Ukraine in Istanbul."
    found = _acts(events, text, "2025-05-11")
    talks = [(st, s, g) for t, st, s, g, _ in found if t == "CONSULT"]
    assert talks == [("hypothetical", ["reg:vladimir-putin"], ["reg:UKR"])]


def test_events_plover_waters_left_are_not_the_target_of_their_own_state(events) -> None:
    text = "The Chinese coast guard expelled the Philippine vessel from Chinese waters."
    found = _acts(events, text, "2025-09-16")
    assert [(t, g) for t, _, _, g, _ in found] == [("SANCTION", ["reg:PHL"])]


def test_events_plover_the_on_phrase_of_talks_or_cooperation_is_their_topic(events) -> None:
    text = (
        "Seoul and Tokyo held talks on North Korea on Saturday. Lee and Ishiba agreed to "
        "deepen cooperation on trade and North Korea."
    )
    found = _acts(events, text, "2025-08-23")
    assert not [t for t, _, s, g, _ in found if "reg:PRK" in s + g]
    assert ("CONSULT", ["reg:KOR", "reg:JPN"]) in [(t, s) for t, _, s, _, _ in found]


def test_events_plover_talks_agreed_to_with_a_partner_are_the_agreeing_sides(events) -> None:
    text = "China agreed to cooperation with Russia."
    found = _acts(events, text, "2025-08-23")
    assert [(st, s, g) for t, st, s, g, _ in found if t == "COOPERATE"] == [
        ("planned", ["reg:CHN"], ["reg:RUS"])
    ]


def test_events_plover_a_since_clause_read_as_a_phrase_keeps_its_day_to_itself(events) -> None:
    text = (
        "Syria's interim President Ahmed al-Sharaa arrived in Saudi Arabia on Sunday on his "
        "first trip abroad since the rebels he led toppled Bashar al-Assad in December, and met "
        "Crown Prince Mohammed bin Salman."
    )
    found = _acts(events, text, "2025-02-02")
    assert [d for t, _, _, g, d in found if "reg:mohammed-bin-salman" in g] == ["2025-02-02"]


def test_events_plover_control_taken_of_part_of_a_place_is_a_seizure(events) -> None:
    text = "M23 rebels took control of most of Goma on Tuesday."
    found = _acts(events, text, "2025-01-28")
    assert [(t, s) for t, _, s, _, _ in found] == [("COERCE", ["reg:cod-m23"])]


def test_events_plover_they_after_a_single_subject_are_the_plural_acted_on(events) -> None:
    text = "Israel struck Hamas leaders in Doha on Tuesday as they met to discuss a proposal."
    found = _acts(events, text, "2025-09-09")
    assert [s for t, _, s, _, _ in found if t == "CONSULT"] == [["reg:hamas"]]


def test_events_plover_a_fellow_mediator_is_no_side_mediated_between(events) -> None:
    text = "Qatar has mediated between Israel and Hamas with Egypt."
    found = _acts(events, text, "2025-09-09")
    assert [(s, g) for t, _, s, g, _ in found] == [(["reg:QAT"], ["reg:ISR", "reg:hamas"])]


def test_events_plover_an_act_classed_as_another_stands_for_any_such_act(events) -> None:
    text = (
        "Pakistan and Saudi Arabia signed a defence agreement on Wednesday under which an "
        "attack on either country would be treated as an attack on both, the two governments "
        "said."
    )
    found = _acts(events, text, "2025-09-18")
    assert [(t, st) for t, st, _, _, _ in found if t == "ASSAULT"] == []


def test_events_plover_a_day_asked_for_is_the_nearest_such_day(events) -> None:
    # published on a Sunday: the rally asked for is the next day, not six days before
    text = "Zourabichvili called on Georgians to rally in Tbilisi on Monday."
    found = _acts(events, text, "2024-10-27")
    assert [(t, d) for t, _, _, _, d in found if t == "PROTEST"] == [("PROTEST", "2024-10-28")]


def test_events_plover_people_taken_in_are_no_party_to_the_agreement(events) -> None:
    text = (
        "Maduro had agreed to accept Venezuelan migrants deported from the United States. "
        "The government agreed with the protesters."
    )
    found = _acts(events, text, "2025-02-01")
    targets = [g for t, _, _, g, _ in found if t == "AGREE" and g]
    assert targets == [["reg:USA"], ["new:-:civilians"]]


def test_events_plover_taking_part_denied_is_not_told_as_done(events) -> None:
    text = "Trump denied that the United States had taken part in the Israeli attacks."
    found = _acts(events, text, "2025-06-15")
    assert ("ASSAULT", "asserted") not in [(t, st) for t, st, _, _, _ in found]


def test_events_plover_talks_in_which_an_accord_was_signed_were_held(events) -> None:
    text = (
        "Sudan's army and the RSF signed an agreement in Jeddah on Saturday, in talks brokered "
        "by Saudi Arabia."
    )
    found = _acts(events, text, "2023-05-21")
    assert [st for t, st, s, _, _ in found if t == "CONSULT" and "reg:sdn-rsf" in s] == ["asserted"]


def test_events_plover_occupied_territory_someone_is_in_is_not_their_seizure(events) -> None:
    text = (
        "Zelenskiy had said that North Korean officers were already in occupied Ukrainian "
        "territory."
    )
    found = _acts(events, text, "2024-10-18")
    assert [s for t, _, s, _, _ in found if t == "COERCE"] == []


def test_events_plover_warplanes_sent_around_an_island_are_a_show_of_force(events) -> None:
    text = "Beijing sent 13 warplanes and seven navy ships around the island on Sunday."
    found = _acts(events, text, "2024-12-01")
    assert [t for t, _, _, _, _ in found] == ["MOBILIZE"]


def test_events_plover_an_outcome_someone_must_ensure_is_not_yet_so(events) -> None:
    text = "Borrell said Serbia must ensure that the officers were released."
    found = _acts(events, text, "2023-06-27")
    assert ("RETREAT", "asserted") not in [(t, st) for t, st, _, _, _ in found]
    text = "The army ensured that the prisoners were released."
    found = _acts(events, text, "2023-06-27")
    assert ("RETREAT", "asserted") in [(t, st) for t, st, _, _, _ in found]


def test_events_plover_a_happening_concedes_nothing(events) -> None:
    text = (
        "Takaichi told parliament that a Chinese attack on Taiwan could threaten Japan's "
        "survival and allow its military to respond."
    )
    found = _acts(events, text, "2025-11-16")
    assert [s for t, _, s, _, _ in found if t == "CONCEDE"] == []
    assert [(t, s) for t, _, s, _, _ in found if t == "ASSAULT"] == [("ASSAULT", ["reg:CHN"])]


def test_events_plover_a_call_on_someone_after_a_reported_passive_is_the_speakers(
    events,
) -> None:
    text = (
        "President Nicolas Maduro said Venezuela would not be intimidated and called on "
        "citizens to join the militia."
    )
    found = _acts(events, text, "2025-09-02")
    assert [(st, s) for t, st, s, _, _ in found if t == "REQUEST"] == [
        ("asserted", ["reg:nicolas-maduro"])
    ]


def test_events_plover_parties_joined_to_a_happening_in_one_subject_still_act(events) -> None:
    text = (
        "TIANJIN, China (Reuters) - Indian Prime Minister Narendra Modi held talks with Chinese "
        "President Xi Jinping on Sunday on the sidelines of a Shanghai Cooperation Organisation "
        "summit, his first visit to China in seven years, and the two countries agreed to "
        "resume direct flights suspended since 2020."
    )
    found = _acts(events, text, "2025-08-31")
    assert [s for t, _, s, _, _ in found if t == "AGREE"] == [["reg:CHN", "reg:IND"]]


def test_events_plover_a_promise_to_ask_someone_falls_on_the_party_of_the_act_asked(
    events,
) -> None:
    # the one asked is the request's target, not the promise's: the promise is to Ghana
    text = "The French president promised to ask parliament to cancel Ghana's debts to Paris."
    found = _acts(events, text, "1999-03-02")
    assert [tg for t, _, _, tg, _ in found if t == "AGREE"] == [["reg:GHA"]]


def test_events_plover_the_creditor_of_a_debt_relieved_is_no_party(events) -> None:
    text = "Moscow wrote off Vietnam's debt of $9 billion to the former Soviet Union."
    found = _acts(events, text, "2000-01-01")
    assert [tg for t, _, _, tg, _ in found if t == "AID"] == [["reg:VNM"]]
    # a state's debts are things it owes, not people of that state
    plural = "Moscow wrote off Vietnam's debts to the former Soviet Union."
    assert [tg for t, _, _, tg, _ in _acts(events, plural, "2000-01-01") if t == "AID"] == [
        ["reg:VNM"]
    ]


def test_events_plover_an_infinitive_right_after_the_one_pressed_is_what_it_is_pressed_to_do(
    events,
) -> None:
    text = "The envoy will fly to Cairo on Monday to press Egypt to reopen talks with Libya."
    found = _acts(events, text, "1996-05-04")
    assert [s for t, _, s, _, _ in found if t == "CONSULT"] == [["reg:EGY"]]


def test_events_plover_an_accusation_after_a_denied_copular_clause_is_the_deniers(events) -> None:
    text = (
        "The Syrian spokesman denied that Assad was to blame and accused Turkey of arming the "
        "rebels."
    )
    found = _acts(events, text, "2012-06-02")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [
        (["new:SYR:spokesman"], ["reg:TUR"])
    ]


def test_events_plover_an_envoy_walking_out_of_a_chamber_attacks_no_one(events) -> None:
    text = (
        "Iran's U.N. ambassador Reza Farahani rejected the resolution and walked out of the "
        "chamber."
    )
    found = _acts(events, text, "2011-03-02")
    assert [t for t, *_ in found if t == "ASSAULT"] == []
    assert [t for t, *_ in found if t == "PROTEST"] == ["PROTEST"]


def test_events_plover_a_tour_of_several_states_visits_each(events) -> None:
    found = _acts(
        events, "Antony Blinken will travel to Egypt, Jordan and Qatar next week.", "2021-05-22"
    )
    assert [(t, tg) for t, _, _, tg, _ in found] == [("CONSULT", ["reg:EGY", "reg:JOR", "reg:QAT"])]
    # towns of two states: each state visited, in the order named
    found = _acts(events, "Antony Blinken flew to Cairo and Amman on Monday.", "2021-05-22")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("CONSULT", ["reg:EGY", "reg:JOR"])]
    # towns of one state: that state, as before
    found = _acts(events, "Antony Blinken flew to Cairo and Alexandria on Monday.", "2021-05-22")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("CONSULT", ["reg:EGY"])]


def test_events_plover_the_act_a_sanction_is_imposed_over_came_before_it(events) -> None:
    text = (
        "The United Nations Security Council voted on Friday to impose sanctions on Eritrea "
        "over its support for rebels in Somalia."
    )
    found = {t: (s, d) for t, _, s, _, d in _acts(events, text, "2020-10-03")}
    assert found["SANCTION"] == (["reg:unsc"], "2020-10-02")
    # Eritrea's support, not dated to the vote
    assert found["SUPPORT"] == (["reg:ERI"], None)


def test_events_plover_an_act_demanded_not_to_happen_is_no_denial(events) -> None:
    # the demand's content is supposed, not a fact that the aid was withheld
    text = "Opposition leaders demanded that Gordon Brown not send troops to Iraq."
    found = _acts(events, text, "2008-03-02")
    assert [(t, st) for t, st, *_ in found if t == "MOBILIZE"] == [("MOBILIZE", "hypothetical")]
    # an obligation denied is supposed too
    text = "Gordon Brown should not send troops to Iraq, the newspaper said."
    found = _acts(events, text, "2008-03-02")
    assert [st for t, st, *_ in found if t == "MOBILIZE"] == ["hypothetical"]


def test_events_plover_a_decision_supported_is_no_act_of_violence(events) -> None:
    text = (
        "The Sri Lankan government ended its ceasefire with the Tamil Tigers on Wednesday. "
        "Hours earlier, Tamil Tiger rebels had kidnapped two policemen near Jaffna. "
        "India said it supported the decision."
    )
    found = _acts(events, text, "2008-01-03")
    assert [t for t, *_ in found if t == "SUPPORT"] == ["SUPPORT"]
    assert all("reg:ltte" not in tg for t, _, _, tg, _ in found if t == "SUPPORT")


def test_events_plover_a_deadline_one_set_for_oneself_is_no_ultimatum(events) -> None:
    text = (
        "Britain pulled its last troops out of Basra on Monday, a month ahead of the deadline "
        "Gordon Brown had set."
    )
    found = _acts(events, text, "2009-04-01")
    assert [t for t, *_ in found if t == "THREATEN"] == []


def test_events_plover_talks_broken_off_after_years_are_the_rupture_with_their_partner(
    events,
) -> None:
    text = "Turkey broke off two years of peace talks with the PKK on Friday."
    found = _acts(events, text, "2015-07-26")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("SANCTION", ["reg:TUR"], ["reg:pkk"])]


def test_events_plover_talks_that_ended_after_a_span_were_held(events) -> None:
    text = (
        "Ten days of talks between Indian Prime Minister Atal Bihari Vajpayee and Pakistani "
        "President Pervez Musharraf in Agra ended on Monday without a joint statement."
    )
    found = _acts(events, text, "2001-07-17")
    assert [(t, st) for t, st, *_ in found if t == "CONSULT"] == [("CONSULT", "asserted")]


def test_events_plover_a_threat_sharing_the_perfect_of_a_deployment_takes_its_condition(
    events,
) -> None:
    # the parser reads "threatened" as a modifier of "action": the massing is done, the
    # threat alone is conditional
    text = (
        "Iraq had massed thousands of troops along the border and threatened military action "
        "unless Kuwait cut its oil output."
    )
    found = {t: st for t, st, *_ in _acts(events, text, "1990-07-20")}
    assert found["MOBILIZE"] == "asserted"
    assert found["THREATEN"] == "conditional"


def test_events_plover_expulsions_condemned_are_the_expellers_not_a_later_withdrawal(
    events,
) -> None:
    text = (
        "Russia expelled two British diplomats on Monday, and the European Union withdrew its "
        "monitors in protest. NATO condemned the expulsions."
    )
    found = _acts(events, text, "2007-07-18")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["reg:nato"], ["reg:RUS"])]


def test_events_plover_an_aircraft_carrier_sent_is_a_show_of_force_not_a_recipient(
    events,
) -> None:
    text = "The United States sent an aircraft carrier to the eastern Mediterranean on Sunday."
    found = _acts(events, text, "2023-10-09")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("MOBILIZE", ["reg:USA"], [])]


def test_events_plover_a_visit_to_several_states_named_as_objects_visits_each(events) -> None:
    text = "Hillary Clinton plans to visit Kenya, Uganda and Ethiopia next month."
    found = _acts(events, text, "2009-07-20")
    assert [tg for t, _, _, tg, _ in found if t == "CONSULT"] == [["reg:KEN", "reg:UGA", "reg:ETH"]]
    text = "Hillary Clinton will visit Nairobi and Kampala next month."
    found = _acts(events, text, "2009-07-20")
    assert [tg for t, _, _, tg, _ in found if t == "CONSULT"] == [["reg:KEN", "reg:UGA"]]


def test_events_plover_talks_with_a_host_and_another_guest_are_one_visitors(events) -> None:
    text = (
        "JERUSALEM (AP) - Hillary Clinton held separate talks with Israeli Prime Minister "
        "Benjamin Netanyahu and Palestinian President Mahmoud Abbas on Saturday."
    )
    found = _acts(events, text, "2009-11-01")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "CONSULT"] == [
        (["reg:hillary-clinton"], ["reg:benjamin-netanyahu", "reg:mahmoud-abbas"])
    ]


def test_events_plover_a_visitors_own_state_visits_with_them(events) -> None:
    text = (
        "BEIJING (Reuters) - U.S. Secretary of State Antony Blinken met Chinese President Xi "
        "Jinping on Monday, the highest-level American visit to China in five years."
    )
    found = _acts(events, text, "2023-06-20")
    assert found
    assert all("reg:USA" not in tg for _, _, _, tg, _ in found)


def test_events_plover_gas_used_as_a_political_weapon_is_no_tear_gas(events) -> None:
    text = "Lithuanian President Valdas Adamkus accused Moscow of using gas as a political weapon."
    found = _acts(events, text, "2006-01-03")
    assert [t for t, *_ in found] == ["ACCUSE"]


def test_events_plover_their_after_two_people_is_theirs_not_the_reporting_officials(
    events,
) -> None:
    text = (
        "French President Jacques Chirac and German Chancellor Gerhard Schroeder failed to "
        "settle their quarrel over farm subsidies, officials said on Friday."
    )
    found = _acts(events, text, "2002-10-26")
    assert [(t, st) for t, st, *_ in found] == [("AGREE", "negated")]
    assert set(found[0][3]) <= {"reg:jacques-chirac", "reg:gerhard-schroeder"}


def test_events_plover_a_warning_of_what_must_be_is_no_threat(events) -> None:
    text = "Mahmoud Abbas welcomed the release but warned that it must not be the last one."
    found = _acts(events, text, "2007-07-21")
    assert [t for t, *_ in found if t == "THREATEN"] == []
    # a warning of what one will do still is
    text = "Iran warned that it would close the Strait of Hormuz."
    assert "THREATEN" in [t for t, *_ in _acts(events, text, "2012-01-01")]


def test_events_plover_a_name_between_commas_after_an_object_is_the_object(events) -> None:
    text = (
        "Russian President Vladimir Putin had openly backed his rival, Viktor Yanukovych, "
        "during the campaign."
    )
    found = _acts(events, text, "2005-01-24")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [
        ("SUPPORT", ["reg:vladimir-putin"], ["reg:viktor-yanukovych"])
    ]


def test_events_plover_a_named_territory_returned_to_a_state_is_a_retreat(events) -> None:
    text = "Britain returned Hong Kong to China at midnight after 156 years of rule."
    found = _acts(events, text, "1997-07-01")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("RETREAT", ["reg:GBR"], ["reg:CHN"])]
    # a person taken home is no territory given back
    text = "The plane returned Kim to Pyongyang on Monday."
    assert [t for t, *_ in _acts(events, text, "2000-01-01") if t == "RETREAT"] == []


def test_events_plover_those_a_passive_condition_names_as_harmed_are_not_threatened(events) -> None:
    text = "Iraq warned that it would resist if civilians were harmed."
    found = _acts(events, text, "2008-02-23")
    assert [(t, tg) for t, _, _, tg, _ in found if t == "THREATEN"] == [("THREATEN", [])]
    # the one a passive condition names as the doer is
    text = "Iraq warned that it would resist if civilians were harmed by Turkish troops."
    found = _acts(events, text, "2008-02-23")
    assert [tg for t, _, _, tg, _ in found if t == "THREATEN"] == [["new:TUR:military"]]


def test_events_plover_what_parties_are_to_do_is_planned(events) -> None:
    text = (
        "Kim Dae-jung met Kim Jong Il in Pyongyang on Tuesday. The two leaders are to hold "
        "formal talks on Wednesday."
    )
    found = _acts(events, text, "2000-06-13")
    assert [(t, st, d) for t, st, _, _, d in found if d == "2000-06-14"] == [
        ("CONSULT", "planned", "2000-06-14")
    ]


def test_events_plover_a_promise_to_step_up_a_military_campaign_is_a_threat(events) -> None:
    text = "Uribe promised to step up the military campaign against the rebels."
    found = _acts(events, text, "2003-09-02")
    assert [t for t, *_ in found if t in ("AGREE", "THREATEN")] == ["THREATEN"]
    # a campaign against a wrong is no threat of force
    text = "Uribe promised to step up the campaign against corruption."
    assert [t for t, *_ in _acts(events, text, "2003-09-02") if t == "THREATEN"] == []


def test_events_plover_what_someone_is_forced_to_do_is_done(events) -> None:
    text = "Riots forced President Fernando de la Rua to resign."
    found = _acts(events, text, "2001-12-24")
    assert [(t, st) for t, st, *_ in found if t == "RETREAT"] == [("RETREAT", "asserted")]
    # an attempt to force it is not
    text = "The opposition tried to force President Joseph Estrada to resign."
    found = _acts(events, text, "2001-01-18")
    assert [(t, st) for t, st, *_ in found if t == "RETREAT"] == [("RETREAT", "hypothetical")]


def test_events_plover_a_state_named_as_what_talks_are_about_is_not_their_place(events) -> None:
    text = (
        "ARUSHA, Tanzania (AP) - Former South African President Nelson Mandela opened a new "
        "round of Burundi peace talks on Tuesday."
    )
    found = events.full(text, "2000-02-23")
    consult = [e for e in found if e.type == "CONSULT"]
    assert [(e.location.name if e.location else None) for e in consult] == ["Arusha"]
    assert all("reg:BDI" not in e.source + e.target for e in consult)


def test_events_plover_an_in_phrase_after_a_told_infinitive_is_the_tellers(events) -> None:
    text = (
        "President Hugo Chavez ordered the U.S. ambassador to leave Venezuela within 72 hours "
        "on Thursday, in solidarity with Bolivia."
    )
    found = _acts(events, text, "2008-09-12")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "SUPPORT"] == [
        (["reg:hugo-chavez"], ["reg:BOL"])
    ]


def test_events_plover_the_one_committed_to_talks_with_a_party_would_hold_them(events) -> None:
    text = "Abbas said he remained committed to talks with Israel."
    found = _acts(events, text, "2006-01-27")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "CONSULT"] == [
        (["reg:mahmoud-abbas"], ["reg:ISR"])
    ]


def test_events_plover_a_closing_participle_before_a_paragraph_break_is_the_main_clauses(
    events,
) -> None:
    # the white space of a paragraph break closes the sentence: the participle after "as he
    # left ..." still belongs to the clause the "as" clause hangs on
    text = (
        "Israel kills Hamas founder\n\nIsraeli helicopters fired missiles at Hamas founder "
        "Sheikh Ahmed Yassin as he left a mosque in Gaza City on Monday, killing him and seven "
        "other people.\n\nHamas vowed revenge."
    )
    found = _acts(events, text, "2004-03-22")
    assert all("reg:ahmed-yassin" not in s for t, _, s, _, _ in found if t == "ASSAULT")


def test_events_plover_a_threat_told_as_a_noun_is_not_the_move_reacted_to(events) -> None:
    text = (
        "President George W. Bush scrapped steel tariffs on Thursday, backing down in the face "
        "of European Union threats of sanctions. The EU welcomed the decision. Steel makers in "
        "Ohio criticised the move."
    )
    found = _acts(events, text, "2003-12-04")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [[]]


def test_events_plover_a_visit_cut_short_took_place(events) -> None:
    text = "Musharraf left for Islamabad late at night, cutting short his visit."
    found = _acts(events, text, "2001-07-17")
    assert [(t, st) for t, st, *_ in found if t == "CONSULT"] == [("CONSULT", "asserted")]
    # a visit cut is not made
    text = "Clinton cut his visit to Seoul."
    found = _acts(events, text, "2001-07-17")
    assert [(t, st) for t, st, *_ in found if t == "CONSULT"] == [("CONSULT", "negated")]


def test_events_plover_a_freed_object_is_not_the_subject_of_the_next_clause(events) -> None:
    # "released" is no complement of "freed": the object, closed by its relative clause and
    # a comma, is the one freed, and the name after "and" releases the others
    text = (
        "Syria freed American journalist Paul Turner, who had been held for three years, and "
        "the United States released two Syrians jailed for spying."
    )
    found = _acts(events, text, "2015-03-02")
    released = sorted((s, tg) for t, _, s, tg, _ in found if t == "RETREAT")
    assert released == [
        (["reg:SYR"], ["new:USA:paul turner"]),
        (["reg:USA"], ["new:SYR:people"]),
    ]


def test_events_plover_the_body_of_a_joined_clause_owns_its_chief(events) -> None:
    # "its secretary-general": the subject of the clause before, not the state whose request
    # is named in its phrase
    text = (
        "The Arab League met in emergency session at Lebanon's request, and its "
        "secretary-general called for restraint."
    )
    found = _acts(events, text, "2006-07-15")
    assert ["reg:arab-league"] in [s for t, _, s, _, _ in found if t == "REQUEST"]
    # a state named as the object of the clause before may still be the owner
    text = "Russia invaded Georgia on Friday, and its president called for help."
    found = _acts(events, text, "2008-08-09")
    assert [s for t, _, s, _, _ in found if t == "REQUEST"] == [["reg:GEO"]]


def test_events_plover_jets_named_by_model_are_their_states(events) -> None:
    # ("Pakistani" hangs on the model's number, "F-16", not on "jets")
    text = "Pakistani F-16 jets struck militant hideouts near the Afghan border on Monday."
    found = _acts(events, text, "2008-02-05")
    assert [s for t, _, s, _, _ in found] == [["new:PAK:military"]]


def test_events_plover_fighting_an_accord_is_no_attack(events) -> None:
    text = "Opposition deputies vowed to fight the treaty in parliament."
    assert not [t for t, *_ in _acts(events, text, "1995-09-28") if t == "ASSAULT"]


def test_events_plover_guests_received_in_a_seat_of_power_are_not_that_body(events) -> None:
    # the place after a host's guest is where they were received, not the guests' body
    text = "Yeltsin received the visiting ministers in the Kremlin on Friday."
    found = _acts(events, text, "1996-05-10")
    assert [s for t, _, s, _, _ in found if t == "CONSULT"] == [["new:-:government"]]
    # nor their state
    text = "Yeltsin received the visiting ministers in Moscow on Friday."
    found = _acts(events, text, "1996-05-10")
    assert [s for t, _, s, _, _ in found if t == "CONSULT"] == [["new:-:government"]]


def test_events_plover_embassies_of_states_are_their_governments(events) -> None:
    text = "Rioters attacked the British and Danish embassies in Damascus on Saturday."
    found = _acts(events, text, "2006-02-04")
    assert [tg for _, _, _, tg, _ in found] == [["new:GBR:government", "new:DNK:government"]]


def test_events_plover_a_host_greeting_a_guest_is_a_visit(events) -> None:
    text = "Premier Chou En-lai greeted Kissinger at the airport on Friday."
    found = _acts(events, text, "1971-07-09")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [
        ("CONSULT", ["reg:henry-kissinger"], ["reg:zhou-enlai"])
    ]
    # a crowd's cheers are no hosting
    text = "Cheering crowds greeted Kissinger in Peking on Friday."
    assert not _acts(events, text, "1971-07-09")


def test_events_plover_three_named_signers_listed_with_commas_all_sign(events) -> None:
    # "A, B and C signed": the parser made A and B two subjects of the verb
    text = (
        "Israeli Prime Minister Benjamin Netanyahu, Emirati Foreign Minister Abdullah bin Zayed "
        "and Bahraini Foreign Minister Abdullatif al-Zayani signed the documents."
    )
    found = _acts(events, text, "2020-09-15")
    assert [s for t, _, s, _, _ in found if t == "SUPPORT"] == [
        ["reg:benjamin-netanyahu", "new:ARE:abdullah bin zayed", "new:BHR:abdullatif al-zayani"]
    ]


def test_events_plover_the_signer_of_an_accord_does_what_it_settles(events) -> None:
    # "agreements to establish relations with X and Y": the signer establishes them
    text = (
        "CAIRO (AP) - Egypt signed agreements on Sunday to restore full diplomatic relations "
        "with Algeria and Tunisia, at a ceremony in Cairo."
    )
    found = _acts(events, text, "1988-05-01")
    assert [(s, tg) for t, st, s, tg, _ in found if st == "planned"] == [
        (["reg:EGY"], ["reg:DZA", "reg:TUN"])
    ]


def test_events_plover_a_meeting_at_the_end_of_a_flight_is_not_in_the_dateline_town(
    events,
) -> None:
    text = (
        "TOKYO (AP) - Prime Minister Junichiro Koizumi flew to Pyongyang on Tuesday and held "
        "talks with the North's leader, Kim Jong Il, at a state guesthouse."
    )
    found = [e for e in events.full(text, "2002-09-17") if e.type == "CONSULT"]
    assert len(found) == 2 and all(e.location is None or e.location.name != "Tokyo" for e in found)
    # (so no visit of Kim's to Tokyo either)
    assert all(e.source == ["reg:junichiro-koizumi"] for e in found)
    # freed people brought home are no guests
    text = "President Lula greeted the freed hostages at the airport in Brasilia on Sunday."
    assert not [e for e in events.full(text, "2002-09-17") if e.type == "CONSULT"]


def test_events_plover_an_ending_left_unsigned_says_nothing_of_the_fighting(events) -> None:
    # the clashes took place: a plan to end them left unsigned does not deny them
    text = (
        "Vajpayee and Sharif met in Lahore on Friday but left without signing a plan to end a "
        "month of border clashes."
    )
    found = _acts(events, text, "1999-06-04")
    assert not [t for t, *_ in found if t == "ASSAULT"]


def test_events_plover_a_deal_struck_with_states_is_no_strike_on_them(events) -> None:
    text = (
        "Libya gave up its weapons programmes in a deal struck with Britain and the United States."
    )
    assert not [t for t, *_ in _acts(events, text, "2003-12-19") if t == "ASSAULT"]


def test_events_plover_the_decision_regretted_is_not_an_agreement_named(events) -> None:
    # "the 1994 accord" is a thing named, not the move "the decision" means
    text = (
        "WASHINGTON (AP) - The United States said on Monday that it was pulling out of the "
        "1994 nuclear agreement with North Korea.\n\nJapan and South Korea said they "
        "regretted the decision."
    )
    found = _acts(events, text, "2002-12-02")
    assert all("reg:PRK" not in tg for t, _, _, tg, _ in found if t == "ACCUSE")


def test_events_plover_those_detained_after_their_march_are_the_marchers(events) -> None:
    text = "Riot police detained hundreds of miners after their march on the capital."
    found = _acts(events, text, "1999-01-22")
    assert all(s != ["new:-:police"] for t, _, s, _, _ in found if t == "PROTEST")


def test_events_plover_a_nature_reserve_is_no_reserve_force(events) -> None:
    text = "Manila announced plans to create a nature reserve on the island."
    assert not [t for t, *_ in _acts(events, text, "2025-09-12") if t == "MOBILIZE"]


def test_events_plover_unless_it_complies_is_the_one_force_is_aimed_at(events) -> None:
    text = (
        "The Security Council voted to authorise the use of force against Libya unless it "
        "hands over the two suspects."
    )
    found = _acts(events, text, "1992-03-31")
    assert found and all("reg:unsc" not in s for _, _, s, _, _ in found)


def test_events_plover_troops_offered_to_a_state_are_no_threat_to_it(events) -> None:
    text = "Britain promised to send 500 more troops to Sierra Leone."
    found = _acts(events, text, "2000-05-15")
    assert [(t, tg) for t, st, s, tg, _ in found if st == "asserted"] == [("AGREE", ["reg:SLE"])]


def test_events_plover_an_envoy_offered_is_not_the_one_the_offer_is_to(events) -> None:
    text = "President Bush offered to send Baker to Baghdad."
    found = _acts(events, text, "1990-11-30")
    assert [tg for t, _, _, tg, _ in found if t == "AGREE"] == [[]]


def test_events_plover_a_when_clause_is_not_what_was_announced(events) -> None:
    # "announced the talks, when it also freed ...": the freeing took place
    text = (
        "The government had announced the talks a week earlier, when it also freed the "
        "opposition leader Kem Sokha."
    )
    found = _acts(events, text, "2013-09-16")
    assert [st for t, st, *_ in found if t == "RETREAT"] == ["asserted"]


def test_events_plover_islamist_forces_are_no_state_army(events) -> None:
    # armed men named by a faith's movement are irregulars, not the sending state's troops
    text = "Kenya sent troops into Somalia on Sunday to fight Islamist forces."
    found = events.full(text, "2011-10-16")
    assert all("new:-:military" not in e.target for e in found if e.type == "ASSAULT") and any(
        e.type == "ASSAULT" for e in found
    )


def test_events_plover_forces_a_stateless_people_leads_are_no_state_army(events) -> None:
    text = "Turkish jets bombed Kurdish-led forces in northern Syria on Monday."
    found = _acts(events, text, "2019-10-14")
    assert found and all("new:SYR:military" not in tg for _, _, _, tg, _ in found)


def test_events_plover_if_it_after_a_threat_to_a_states_economy_is_that_state(events) -> None:
    text = (
        "The Syrian Democratic Forces called on the United States to act. Trump threatened to "
        "destroy Turkey's economy if it went too far."
    )
    found = _acts(events, text, "2019-10-14")
    assert [tg for t, _, _, tg, _ in found if t == "THREATEN"] == [["reg:TUR"]]


def test_events_plover_a_meeting_on_a_warship_is_not_with_its_navy(events) -> None:
    text = (
        "Bush and Gorbachev met in Malta on Sunday. Storms forced the two leaders to cancel "
        "Saturday's session on a U.S. warship."
    )
    found = _acts(events, text, "1989-12-03")
    assert all("new:USA:military" not in tg for _, _, _, tg, _ in found)


def test_events_plover_harm_after_a_charged_torpedoing_is_the_accused(events) -> None:
    # "killing" belongs to the torpedoing charged, not to the state that charges it
    text = (
        "Seoul accused Pyongyang on Tuesday of torpedoing one of its patrol boats in June, "
        "killing 12 crewmen, after divers found parts of a torpedo near the wreck."
    )
    found = _acts(events, text, "2011-06-03")
    assert all("reg:KOR" not in src for t, _, src, _, _ in found if t == "ASSAULT")
    assert any(t == "ASSAULT" and src == ["reg:PRK"] for t, _, src, _, _ in found)


def test_events_plover_a_torpedoed_plan_is_no_attack(events) -> None:
    text = "The senator torpedoed the budget deal on Monday."
    assert not any(t == "ASSAULT" for t, *_ in _acts(events, text, "2011-06-03"))


def test_events_plover_they_after_a_trailing_reporter_are_the_ones_reported(events) -> None:
    text = (
        "Brandt and Stoph met for three hours at a hotel in Erfurt on Thursday to discuss "
        "transit rights but made no progress, officials said. They plan to meet again in May."
    )
    found = _acts(events, text, "1970-03-19")
    planned = [src for t, st, src, _, _ in found if t == "CONSULT" and st == "planned"]
    assert planned and all(src and "new:-:government" not in src for src in planned)


def test_events_plover_the_end_an_accord_is_brokered_for_is_its_parties(events) -> None:
    text = (
        "Ethiopia and Eritrea signed an accord mediated by Algeria to end two years of war "
        "on Monday."
    )
    found = _acts(events, text, "2000-12-12")
    ends = [src for t, _, src, _, _ in found if t == "RETREAT"]
    assert ends and all("reg:DZA" not in src for src in ends)


def test_events_plover_a_court_order_to_a_firm_is_not_the_courts_own_act(events) -> None:
    text = "The court ordered Mitsubishi to pay compensation to the workers on Monday."
    found = _acts(events, text, "2018-11-29")
    assert not any(t == "RETREAT" and src == ["new:-:judiciary"] for t, _, src, _, _ in found)


def test_events_plover_a_feud_deepened_is_no_threat_of_war(events) -> None:
    text = "Tokyo tightened export controls on Monday, deepening a feud with Seoul."
    assert not any(t == "THREATEN" for t, *_ in _acts(events, text, "2019-07-01"))


def test_events_plover_tanks_loyal_to_a_leader_shelling_a_parliament_building(events) -> None:
    text = "Tanks loyal to President Boris Yeltsin shelled the Russian parliament building."
    found = _acts(events, text, "1993-10-04")
    assert [(t, src) for t, _, src, _, _ in found if t == "ASSAULT"] == [
        ("ASSAULT", ["reg:boris-yeltsin"])
    ]
    assert found[0][3] == ["new:RUS:legislature"]


def test_events_plover_a_naval_quarantine_is_a_blockade(events) -> None:
    text = "The United States said on Monday it would impose a naval quarantine on Cuba."
    found = _acts(events, text, "1962-10-22")
    assert [(t, tg) for t, _, _, tg, _ in found if t == "COERCE"] == [("COERCE", ["reg:CUB"])]


def test_events_plover_a_summoned_high_commissioner_is_his_states(events) -> None:
    text = "India summoned Bangladesh's High Commissioner on Monday."
    found = _acts(events, text, "2008-12-01")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["new:BGD:government"]]


def test_events_plover_a_war_vowed_is_a_threat(events) -> None:
    text = 'Saddam Hussein vowed a "long war" on Sunday.'
    found = _acts(events, text, "2003-03-20")
    assert [t for t, *_ in found] == ["THREATEN"]


def test_events_plover_the_country_one_defends_is_ones_own(events) -> None:
    # "the country" is the defenders' own state, not the one named last
    text = (
        "British warplanes struck air defences on Saturday, and U.S. warships fired missiles at "
        "the coast. Syrian leader Bashar al-Assad said his army would arm villagers to defend "
        "the country."
    )
    found = _acts(events, text, "2013-09-01")
    assert all("reg:USA" not in tg for t, _, _, tg, _ in found if t == "SUPPORT")


def test_events_plover_a_verb_after_did_not_say_whether_is_the_sayers(events) -> None:
    text = (
        "Pakistan did not say whether its soldiers had been wounded but accused India of "
        "firing first."
    )
    found = _acts(events, text, "2019-02-27")
    assert [(t, st, src) for t, st, src, _, _ in found if t == "ACCUSE"] == [
        ("ACCUSE", "asserted", ["reg:PAK"])
    ]


def test_events_plover_a_number_after_a_dateline_leaves_the_demonym_a_state(events) -> None:
    text = (
        "SRINAGAR (Reuters) - Nine Indian soldiers were killed in an ambush by Pakistani "
        "troops on Sunday, the army said."
    )
    found = _acts(events, text, "2019-02-27")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["new:IND:military"]]


def test_events_plover_ones_own_states_act_ruled_out_is_no_target(events) -> None:
    text = "Schroeder did not rule out a German veto in the Security Council on Monday."
    found = _acts(events, text, "2003-02-10")
    assert all("reg:DEU" not in tg for t, _, _, tg, _ in found if t == "REJECT")


def test_events_plover_a_visitor_welcomed_by_crowds_visits_no_crowd(events) -> None:
    text = "Mandela landed in Lusaka on Tuesday and was welcomed by cheering crowds."
    found = _acts(events, text, "1990-02-27")
    assert not any(t == "CONSULT" and any("civilians" in k for k in tg) for t, _, _, tg, _ in found)


def test_events_plover_assets_frozen_are_their_states(events) -> None:
    text = "President Reagan froze Libyan and Iranian assets in the United States on Monday."
    found = _acts(events, text, "1986-01-08")
    assert [sorted(tg) for t, _, _, tg, _ in found if t == "SANCTION"] == [["reg:IRN", "reg:LBY"]]


def test_events_plover_deliveries_to_a_capital_are_to_its_state(events) -> None:
    text = "The Soviet Union halted arms deliveries to Tripoli on Monday."
    found = _acts(events, text, "1986-01-08")
    assert [tg for t, _, _, tg, _ in found if t == "SANCTION"] == [["reg:LBY"]]


def test_events_plover_troops_crossing_into_a_state_attack_it(events) -> None:
    text = "Syrian troops and tanks crossed into Jordan before dawn on Sunday."
    found = _acts(events, text, "1970-09-20")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("ASSAULT", ["reg:JOR"])]


def test_events_plover_a_weekday_on_an_act_asked_for_may_come_after_the_asking(events) -> None:
    # published on a Saturday: the truce asked for starts on the Monday after
    text = "On Saturday, the ministers urged Hamas to accept a truce starting Monday."
    found = _acts(events, text, "2024-05-04")
    assert [d for t, _, _, _, d in found if t == "AGREE"] == ["2024-05-06"]


def test_events_plover_a_protested_announcement_is_the_announcers(events) -> None:
    text = (
        "President Carter announced on Friday that he would recognise Peking, after his envoy "
        "held secret talks with Deng Xiaoping in Peking. Taiwan protested the announcement."
    )
    found = _acts(events, text, "1978-12-16")
    assert [tg for t, _, _, tg, _ in found if t == "ACCUSE"] == [["reg:jimmy-carter"]]


def test_events_plover_a_withdrawal_not_discussed_did_not_take_place(events) -> None:
    text = (
        "Powell said the two sides had not discussed the withdrawal of U.S. troops from "
        "northern Kuwait."
    )
    found = _acts(events, text, "1991-03-05")
    assert [st for t, st, *_ in found if t == "RETREAT"] == ["hypothetical"]


def test_events_plover_a_pact_it_names_vowed_to_be_fought_is_opposed(events) -> None:
    text = (
        "The accord must still be approved by the Knesset, where the Likud party has vowed to "
        "fight it."
    )
    found = _acts(events, text, "1993-09-14")
    assert not any(t in ("ASSAULT", "AGREE", "THREATEN") for t, *_ in found)


def test_events_plover_a_leader_named_begin_is_joined_not_a_verb(events) -> None:
    # "Sadat" read as the subject of "Begin": the two are a pair, whom "the two countries"
    # later names (not Israel and the onlooker's United States)
    text = (
        "CAIRO (AP) - Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin "
        "signed an accord today, as President Carter looked on. Israel will leave the Sinai, "
        "and the two countries will open embassies."
    )
    found = _acts(events, text, "1978-09-17")
    opened = [sorted(src) for t, st, src, _, _ in found if t == "SUPPORT" and st == "planned"]
    assert opened == [["reg:EGY", "reg:ISR"]]


def test_events_plover_it_fought_may_be_the_pact_of_the_sentence_before(events) -> None:
    text = "Syria denounced the accord on Monday. The PLO vowed to fight it."
    found = _acts(events, text, "1993-09-14")
    assert not any(t in ("ASSAULT", "THREATEN") for t, *_ in found)


def test_events_plover_a_treaty_condemned_is_its_signers(events) -> None:
    text = (
        "Israeli Prime Minister Yitzhak Rabin and Jordan's King Hussein signed a peace treaty "
        "on Wednesday. Syria condemned the treaty."
    )
    found = _acts(events, text, "1994-10-26")
    assert [sorted(tg) for t, _, _, tg, _ in found if t == "ACCUSE"] == [
        ["reg:hussein-bin-talal", "reg:yitzhak-rabin"]
    ]


def test_events_plover_one_who_carries_a_plan_to_a_side_is_no_side(events) -> None:
    # the plan's bearer goes between the two; "both sides" are the ones who endorse it
    text = (
        "YEREVAN (Reuters) - Armenian Prime Minister Nikol Pashinyan on Monday accepted a "
        "truce plan brought to Yerevan by Turkish President Recep Tayyip Erdogan. Erdogan then "
        "flew to Baku, where Azerbaijani President Ilham Aliyev also endorsed the plan. The "
        "plan asks both sides to pull back their forces."
    )
    found = _acts(events, text, "2024-05-06")
    assert [sorted(src) for t, _, src, _, _ in found if t == "RETREAT"] == [["reg:ARM", "reg:AZE"]]


def test_events_plover_forces_pushing_into_a_place_in_an_attack_make_it(events) -> None:
    # "pushed into ... in an attack": forces moving on, not an attack pressed for
    text = "Iraqi tanks pushed into Khuzestan on Monday in an attack on Iran."
    found = _acts(events, text, "1980-09-22")
    assert [(t, st, tg) for t, st, _, tg, _ in found if t == "ASSAULT"] == [
        ("ASSAULT", "asserted", ["reg:IRN"])
    ]
    # pressed for, it stays unrealised
    found = _acts(events, "Iraq pushed for an attack on Iran.", "1980-09-22")
    assert [st for t, st, *_ in found if t == "ASSAULT"] == ["hypothetical"]


def test_events_plover_a_call_with_one_and_with_another_reaches_both(events) -> None:
    text = (
        "Secretary of State Cyrus Vance spoke by telephone with the Soviet ambassador, "
        "Anatoly Dobrynin, and with Egyptian Foreign Minister Ismail Fahmy, officials said."
    )
    found = _acts(events, text, "1977-10-01")
    calls = [tg for t, _, _, tg, _ in found if t == "CONSULT"]
    assert len(calls) == 1 and len(calls[0]) == 2
    assert "reg:ismail-fahmy" in calls[0] and any("dobrynin" in k for k in calls[0])


def test_events_plover_a_counted_span_given_to_act_is_an_ultimatum(events) -> None:
    # "gave the junta one week to ...": a deadline given (the span after the object), the
    # act only demanded of the one given the time, and the force it would face only
    # threatened
    text = (
        "Nigeria gave the junta one week to free President Mohamed Bazoum or face military action."
    )
    found = _acts(events, text, "2023-07-30")
    assert ("THREATEN", "asserted", ["reg:NGA"]) in [(t, st, src) for t, st, src, _, _ in found]
    assert not [f for f in found if f[0] == "ASSAULT" and f[1] == "asserted"]
    freed = [(st, src) for t, st, src, _, _ in found if t in ("CONCEDE", "RETREAT")]
    assert freed and all(st == "hypothetical" and "reg:NGA" not in src for st, src in freed)
    # a time named by "last" is when it was given, no span
    found = _acts(
        events, "Britain gave the rebels aid last week to rebuild the port.", "2023-07-30"
    )
    assert [t for t, *_ in found] == ["AID"]


def test_events_plover_a_month_agreed_for_a_later_act_is_the_one_to_come(events) -> None:
    # told in March: May of that year, after the commitment (not May of the year before)
    text = "Kohl and Honecker met in Bonn on Monday. The two men agreed to meet again in June."
    found = _acts(events, text, "1987-04-08")
    assert [d for t, st, *_, d in found if t == "CONSULT" and st == "planned"] == ["1987-06"]
    # a month named for a meeting held stays in the past
    found = _acts(events, "Kohl and Honecker met in June.", "1987-04-08")
    assert [d for t, *_, d in found if t == "CONSULT"] == ["1986-06"]


def test_events_plover_an_act_a_month_before_the_one_told_takes_not_its_day(events) -> None:
    text = (
        "President Gabriel Boric met President Joe Biden at the White House on Tuesday. The "
        "visit came a month after protesters stormed the parliament in Santiago."
    )
    found = _acts(events, text, "2023-03-14")
    assert [d for t, *_, d in found if t in ("ASSAULT", "PROTEST")] == [None]


def test_events_plover_a_parliament_stormed_in_a_capital_is_that_states(events) -> None:
    text = (
        "President Gabriel Boric met President Joe Biden at the White House on Tuesday. The "
        "visit came a month after protesters stormed the parliament in Santiago."
    )
    found = _acts(events, text, "2023-03-14")
    assert [tg for t, *_, tg, _ in found if t in ("ASSAULT", "PROTEST")] == [
        ["new:CHL:legislature"]
    ]
    assert [src for t, _, src, *_ in found if t == "CONSULT"] == [["reg:gabriel-boric"]]


def test_events_plover_the_army_named_further_back_and_its_strikes_by_phrase(events) -> None:
    # "the army" four sentences after "Sudan's army"; "air strikes by the army on RSF
    # positions": the army's strikes, on the RSF
    text = (
        "Sudan's army and the Rapid Support Forces agreed a truce on Saturday. The truce is "
        "meant to start on Monday. Aid groups welcomed it. Earlier truces failed. Residents "
        "reported air strikes by the army on RSF positions."
    )
    found = _acts(events, text, "2023-05-20")
    assert [(src, tg) for t, _, src, tg, _ in found if t == "ASSAULT"] == [
        (["new:SDN:military"], ["reg:sdn-rsf"])
    ]


def test_events_plover_a_ship_seized_is_of_the_state_its_flag_names(events) -> None:
    text = (
        "Iran's Revolutionary Guards seized a Liberian-flagged oil tanker on Friday. Two "
        "weeks earlier, Royal Marines detained an Iranian freighter off Gibraltar."
    )
    found = _acts(events, text, "2019-07-19")
    assert sorted((src[0], tg) for t, _, src, tg, _ in found if t == "COERCE") == [
        ("reg:gbr-royal-marines", ["reg:IRN"]),
        ("reg:irn-irgc", ["reg:LBR"]),
    ]


def test_events_plover_an_act_a_day_before_an_agreement_to_act_is_dated_by_it(events) -> None:
    # "a day after" hangs on the infinitive agreed to: counted from the agreement's day
    text = (
        "Ethnic Serb fighters in the enclave agreed on Wednesday to lay down their arms, a day "
        "after Croatia launched a military offensive to take control of the region."
    )
    found = _acts(events, text, "2023-09-20")
    assert [d for t, *_, d in found if t == "ASSAULT"] == ["2023-09-19"]


def test_events_plover_a_plane_named_by_a_two_word_demonym_is_that_states(events) -> None:
    found = _acts(events, "A Soviet fighter shot down a South Korean airliner.", "1983-09-01")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"] == [["reg:KOR"]]


def test_events_plover_bare_troops_doing_an_act_are_the_force_named_before(events) -> None:
    text = (
        "Myanmar's military chief said on Monday that the army had seized power. "
        "Troops arrested the country's elected leaders in Naypyidaw."
    )
    found = _acts(events, text, "2021-02-01")
    assert [(t, src) for t, _, src, _, _ in found if t == "COERCE"][-1] == (
        "COERCE",
        ["new:MMR:military"],
    )


def test_events_plover_warships_withdrawn_are_a_retreat(events) -> None:
    found = _acts(events, "Turkey and Greece withdrew their warships on Wednesday.", "1996-01-31")
    assert [(t, s, src) for t, s, src, _, _ in found] == [
        ("RETREAT", "asserted", ["reg:TUR", "reg:GRC"])
    ]


def test_events_plover_aid_under_review_is_no_act_of_aid(events) -> None:
    # the aid it already gives is weighed; none is given or pledged here
    text = "The European Union said it was reviewing its development aid to Niger."
    assert _acts(events, text, "2023-07-31") == []


def test_events_plover_neither_nor_denies_both_acts(events) -> None:
    text = (
        "Hanoi said it would neither accept nor recognise the ruling, and it neither "
        "confirmed nor rejected the plan."
    )
    found = _acts(events, text, "2016-07-12")
    assert found and {s for _, s, _, _, _ in found} == {"negated"}


def test_events_plover_a_device_detonated_beside_nuclear_tests_is_nuclear(events) -> None:
    text = (
        "North Korea carried out a nuclear test on Sunday, a month after Pakistan detonated "
        "two devices of its own, Seoul said."
    )
    found = _acts(events, text, "2017-09-04")
    detonations = [
        (e.type, e.mode) for e in events.full(text, "2017-09-04") if e.source == ["reg:PAK"]
    ]
    assert detonations == [("ASSAULT", "unconventional")]
    assert found


def test_events_plover_regret_over_another_states_tests_disapproves(events) -> None:
    found = _acts(events, "Japan expressed deep regret over the tests on Friday.", "1998-05-29")
    assert [(t, src) for t, _, src, _, _ in found] == [("ACCUSE", ["reg:JPN"])]


def test_events_plover_an_act_expected_of_another_is_not_planned(events) -> None:
    text = "Britain said it expected Argentina to abide by the ruling."
    found = _acts(events, text, "1982-05-01")
    assert [(s, src) for _, s, src, _, _ in found] == [("hypothetical", ["reg:ARG"])]


def test_events_plover_the_coalition_is_the_saudi_led_one_named_before(events) -> None:
    text = (
        "The Saudi-led coalition closed Yemen's ports on Monday. The coalition accused Iran "
        "of supplying the missile."
    )
    found = _acts(events, text, "2017-11-07")
    assert ("ACCUSE", ["reg:sau-yemen-coalition"], ["reg:IRN"]) in [
        (t, s, g) for t, _, s, g, _ in found
    ]


def test_events_plover_a_rocket_fired_by_a_group_is_its_attack(events) -> None:
    text = "Israeli air defences intercepted a rocket fired by Hamas from Gaza, the army said."
    found = _acts(events, text, "2014-07-13")
    assert [s for t, _, s, _, _ in found if t == "ASSAULT"] == [["reg:hamas"]]


def test_events_plover_strikes_asked_for_and_declined_are_not_done(events) -> None:
    text = (
        "Paris declined a request from Chadian President Idriss Deby for French air strikes "
        "on rebel columns."
    )
    found = _acts(events, text, "2008-02-01")
    assert [s for t, s, _, _, _ in found if t == "ASSAULT"] == ["hypothetical"]


def test_events_plover_calling_a_raid_an_authoritarian_act_disapproves(events) -> None:
    text = "Mexico called the raid on its embassy in Quito an authoritarian act."
    found = _acts(events, text, "2024-04-06")
    assert ("ACCUSE", "asserted", ["reg:MEX"]) in [(t, s, src) for t, s, src, _, _ in found]


def test_events_plover_demands_met_are_no_new_demands_of_the_meeter(events) -> None:
    text = (
        "Walesa said the workers would not leave the shipyard until the government met their "
        "demands. The deputy prime minister came to negotiate with the strike committee."
    )
    found = _acts(events, text, "1980-08-16")
    assert "REQUEST" not in [t for t, _, _, _, _ in found]
    talks = [g for t, _, _, g, _ in found if t == "CONSULT"]
    assert talks and all("government" not in k for k in talks[0])


def test_events_plover_talks_hosted_are_held_whatever_their_outcome(events) -> None:
    text = (
        "Armenia and Azerbaijan failed to reach a deal on the border at talks hosted by the "
        "European Union on Thursday."
    )
    found = _acts(events, text, "2023-05-12")
    assert ("CONSULT", "asserted") in [(t, s) for t, s, _, _, _ in found]
    assert ("AGREE", "negated") in [(t, s) for t, s, _, _, _ in found]


def test_events_plover_troops_landed_on_islands_are_deployed_there(events) -> None:
    text = "Argentine troops landed on the Falkland Islands on Friday."
    found = _acts(events, text, "1982-04-02")
    assert [(t, src) for t, _, src, _, _ in found] == [("MOBILIZE", ["new:ARG:military"])]


def test_events_plover_calling_an_attack_an_invasion_disapproves(events) -> None:
    text = "President Lee Myung-bak called the attack an invasion of South Korean territory."
    found = _acts(events, text, "2010-11-23")
    assert ("ACCUSE", ["reg:lee-myung-bak"]) in [(t, src) for t, _, src, _, _ in found]


def test_events_plover_a_government_named_by_its_ruling_party_is_the_states(events) -> None:
    text = "The newspaper La Prensa was closed by the Sandinista government on Thursday."
    found = _acts(events, text, "1986-06-27")
    assert [src for t, _, src, _, _ in found if t == "COERCE"] == [["new:NIC:government"]]


def test_events_plover_shells_fired_at_a_states_island_hit_that_state(events) -> None:
    text = (
        "North Korea fired artillery shells at the South Korean island of Yeonpyeong on "
        "Tuesday, killing two marines."
    )
    found = _acts(events, text, "2010-11-23")
    assert [tg for t, _, _, tg, _ in found if t == "ASSAULT"][0][0] == "reg:KOR"


def test_events_plover_an_interceptor_of_a_state_is_its_forces(events) -> None:
    text = "A Soviet interceptor fired on the Korean Air Lines jet over Sakhalin Island."
    found = _acts(events, text, "1983-09-01")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [
        ("ASSAULT", ["new:RUS:military"], ["reg:kor-korean-air"])
    ]


def test_events_plover_cancelled_flights_are_no_refused_meeting(events) -> None:
    text = "Iran Air said on Friday it would cancel its flights to Dubai."
    assert _acts(events, text, "2020-01-10") == []


def test_events_plover_whose_lawn_a_treaty_is_signed_on_is_no_party(events) -> None:
    text = (
        "Anwar Sadat and Menachem Begin signed a peace treaty on Monday on the north lawn of "
        "the White House."
    )
    found = _acts(events, text, "1979-03-26")
    both = {"reg:anwar-sadat", "reg:menachem-begin"}
    assert [(t, set(src), set(tg)) for t, _, src, tg, _ in found] == [("SUPPORT", both, both)]


def test_events_plover_governments_after_a_joined_object_recall_their_envoys(events) -> None:
    text = (
        "The Arab League condemned the treaty and several Arab governments recalled their "
        "ambassadors from Cairo."
    )
    found = _acts(events, text, "1979-03-27")
    assert [src for t, _, src, _, _ in found if t == "SANCTION"] == [["new:-:government"]]


def test_events_plover_who_violated_a_states_airspace_is_not_that_state(events) -> None:
    text = (
        "Turkish F-16 jets shot down a Russian Su-24 bomber near the Syrian border on Tuesday, "
        "saying it had violated Turkish airspace."
    )
    found = _acts(events, text, "2015-11-24")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [
        ("ASSAULT", ["new:TUR:military"], ["new:RUS:military"]),
        ("MOBILIZE", ["new:RUS:military"], ["reg:TUR"]),
    ]


def test_events_plover_captives_held_after_a_joined_object_are_still_freed(events) -> None:
    text = (
        "The rebels said on Thursday they would free 60 soldiers and policemen held captive in "
        "the jungle."
    )
    found = _acts(events, text, "2000-01-01")
    freed = [tg for t, _, _, tg, _ in found if t in ("RETREAT", "AGREE")]
    assert freed == [["new:-:military", "new:-:police"]]


def test_events_plover_a_strike_militants_call_stops_work(events) -> None:
    text = "Islamic militants in Kashmir called a strike to protest the visit."
    found = _acts(events, text, "1999-02-21")
    assert ("PROTEST", "asserted") in [(t, s) for t, s, _, _, _ in found]
    assert "ASSAULT" not in [t for t, _, _, _, _ in found]


def test_events_plover_they_past_a_single_reporter_are_the_plural_subject(events) -> None:
    text = (
        "Danish special forces left Mali last week after the junta said they had been "
        "deployed without its consent."
    )
    found = _acts(events, text, "2022-01-31")
    assert [src for t, _, src, _, _ in found if t == "MOBILIZE"] == [["new:DNK:military"]]


def test_events_plover_a_blockade_to_be_eased_is_no_planned_blockade(events) -> None:
    text = "Israel agreed to ease its blockade to let in aid and building materials."
    found = _acts(events, text, "2014-08-27")
    assert "COERCE" not in [t for t, _, _, _, _ in found]
    assert ("RETREAT", "planned") in [(t, s) for t, s, _, _, _ in found]


def test_events_plover_two_presidents_each_of_a_state_both_sign(events) -> None:
    text = (
        "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru signed a treaty in "
        "Brasilia on Monday."
    )
    found = _acts(events, text, "1998-10-26")
    both = {"reg:jamil-mahuad", "reg:alberto-fujimori"}
    assert [(t, set(src)) for t, _, src, _, _ in found] == [("SUPPORT", both)]


def test_events_plover_a_state_of_emergency_is_no_state(events) -> None:
    text = "Thaksin declared a state of emergency from New York, but the order was not broadcast."
    found = _acts(events, text, "2006-09-19")
    assert [(t, tg) for t, _, _, tg, _ in found] == [("COERCE", [])]


def test_events_plover_weapons_a_treaty_destroys_are_given_up(events) -> None:
    text = (
        "Mikhail Gorbachev and Ronald Reagan signed a treaty on Tuesday eliminating all "
        "intermediate-range nuclear missiles, the first agreement to destroy a whole class of "
        "weapons."
    )
    found = _acts(events, text, "1987-12-08")
    assert "ASSAULT" not in [t for t, _, _, _, _ in found]
    assert ("RETREAT", "planned") in [(t, s) for t, s, _, _, _ in found]


def test_events_plover_weapons_of_another_to_be_destroyed_stay_an_attack(events) -> None:
    text = "Israel vowed on Sunday to destroy the weapons of Hezbollah."
    found = _acts(events, text, "2006-07-16")
    assert "RETREAT" not in [t for t, _, _, _, _ in found]


def test_events_plover_a_visit_an_invitation_was_for_is_still_ahead(events) -> None:
    text = "Khrushchev withdrew an invitation for Eisenhower to visit Moscow in June."
    found = _acts(events, text, "1960-05-16")
    assert [(t, s, d) for t, s, _, _, d in found] == [("CONSULT", "negated", "1960-06")]


def test_events_plover_a_summit_before_an_opening_in_a_year_is_by_its_end(events) -> None:
    text = (
        "Seoul had spent about $15 million to renovate the building, which opened in 2018 after "
        "the first summit between Moon Jae-in and Kim Jong Un."
    )
    found = events.full(text, "2020-06-16")
    summit = [e for e in found if e.type == "CONSULT"]
    assert [set(e.source) for e in summit] == [{"reg:moon-jae-in", "reg:kim-jong-un"}]
    assert summit[0].date.value is None and summit[0].date.latest == "2018-12-31"


def test_events_plover_a_demand_called_unacceptable_is_the_demanders(events) -> None:
    text = "Eisenhower called the Soviet demand for an apology unacceptable."
    found = _acts(events, text, "1960-05-16")
    assert ("REQUEST", ["reg:RUS"]) in [(t, src) for t, _, src, _, _ in found]
    assert ("ACCUSE", ["reg:dwight-eisenhower"]) in [(t, src) for t, _, src, _, _ in found]


def test_events_plover_a_plane_shot_down_is_not_shot_by_the_subject(events) -> None:
    text = (
        "Khrushchev walked out after Eisenhower refused to apologise for the flight of an "
        "American spy plane shot down over the Soviet Union."
    )
    found = _acts(events, text, "1960-05-16")
    assert "ASSAULT" not in [t for t, _, _, _, _ in found]


def test_events_plover_residents_ordered_out_are_deported(events) -> None:
    text = "Idi Amin ordered Uganda's Asian residents on Wednesday to leave the country."
    found = _acts(events, text, "1972-08-09")
    assert [t for t, _, _, _, _ in found] == ["COERCE"]


def test_events_plover_a_million_people_ordered_out_are_expelled_en_masse(events) -> None:
    text = (
        "Libya on Sunday ordered more than one million Egyptian and Sudanese workers to leave "
        "the country within a month."
    )
    found = events.full(text, "1995-09-03")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "cleansing")]
    assert found[0].summary.startswith("Libya drove out")


def test_events_plover_fighters_resisting_somewhere_refuse_no_request(events) -> None:
    text = (
        "Portugal asked the U.N. Security Council to meet. Fretilin radio said its fighters "
        "were resisting in the hills above the town."
    )
    found = _acts(events, text, "1975-12-07")
    assert [tg for t, _, _, tg, _ in found if t == "REJECT"] == [[]]


def test_events_plover_visits_for_months_before_a_months_event_are_by_its_end(events) -> None:
    text = (
        "British and American experts had visited Libyan sites in secret for months before the "
        "December announcement."
    )
    found = events.full(text, "2004-01-27")
    visit = [e for e in found if e.type == "CONSULT"]
    assert [(e.date.value, e.date.latest) for e in visit] == [(None, "2003-12-31")]


def test_events_plover_a_capital_captured_is_taken_not_arrested(events) -> None:
    text = "Vietnamese troops and Cambodian rebels captured Phnom Penh on Sunday."
    found = events.full(text, "1979-01-08")
    assert [(e.type, e.cameo) for e in found] == [("ASSAULT", "1952")]
    found = events.full("American troops captured Saddam Hussein near Tikrit.", "2003-12-14")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]


def test_events_plover_warsaw_pact_troops_of_east_germany_are_its_forces(events) -> None:
    text = "Troops of the Soviet Union, Poland and East Germany crossed into Czechoslovakia."
    found = _acts(events, text, "1968-08-21")
    assert [src for t, _, src, _, _ in found if t == "ASSAULT"][0][-1] == "new:DDR:military"


def test_events_plover_a_request_a_meeting_is_held_at_is_not_on_its_day(events) -> None:
    text = (
        "The U.N. Security Council was expected to meet on Sunday at the request of the "
        "United States."
    )
    found = events.full(text, "1973-10-06")
    asked = [e for e in found if e.type == "REQUEST"]
    assert [(e.date.value, e.date.latest) for e in asked] == [(None, "1973-10-07")]


def test_events_plover_a_pact_named_before_countries_is_no_capital(events) -> None:
    text = "Soldiers of Hungary and two other Warsaw Pact states invaded Slovakia overnight."
    found = _acts(events, text, "1968-08-21")
    sources = [src for _, _, src, _, _ in found]
    assert sources and all("reg:POL" not in s and "new:POL:country" not in s for s in sources)
    assert any("reg:warsaw-pact" in s for s in sources)


def test_events_plover_an_alliance_that_protests_disapproves(events) -> None:
    found = _acts(events, "NATO protested strongly on Monday.", "1999-03-29")
    assert [t for t, _, _, _, _ in found] == ["ACCUSE"]


def test_events_plover_the_one_told_to_withdraw_is_not_the_leaders_own_state(events) -> None:
    text = (
        "The Jordanian king told reporters that Jordan wanted peace with Syria but demanded "
        "that it pull back the troops it had sent to the frontier."
    )
    found = _acts(events, text, "1970-09-22")
    asked = [(src, tg) for t, _, src, tg, _ in found if t == "REQUEST"]
    assert asked and all("reg:JOR" not in tg for _, tg in asked)
    assert [src for t, _, src, _, _ in found if t == "RETREAT"] == [["reg:SYR"]]


def test_events_plover_unnamed_states_refusing_talks_are_their_doers(events) -> None:
    text = "Several Gulf states said they would not attend any talks with Iran."
    found = _acts(events, text, "1988-05-02")
    talks = [(st, src, tg) for t, st, src, tg, _ in found if t == "CONSULT"]
    assert talks == [("negated", ["new:-:government"], ["reg:IRN"])]
    found = _acts(events, "Western nations froze the assets of Libya.", "2011-03-01")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [
        ("SANCTION", ["new:-:government"], ["reg:LBY"])
    ]


def test_events_plover_a_second_measure_noun_is_no_verb(events) -> None:
    text = "The European Union imposed visa bans and asset freezes on Belarusian officials."
    found = _acts(events, text, "2020-10-02")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [("SANCTION", ["reg:eu"], ["reg:BLR"])]


def test_events_plover_a_day_after_a_deadline_dates_the_order(events) -> None:
    text = "The government ordered the Danish ambassador to leave within 48 hours on Monday."
    found = events.full(text, "2006-02-07")
    assert [(e.type, e.date.value) for e in found] == [("SANCTION", "2006-02-06")]


def test_events_plover_hours_later_at_a_paragraph_start_is_the_same_day(events) -> None:
    text = (
        "The Chinese premier was greeted by President Nixon at the White House on Tuesday.\n"
        "Hours later, the premier met Secretary of State Henry Kissinger."
    )
    found = events.full(text, "1979-01-31")
    met = [e for e in found if e.type == "CONSULT" and "reg:henry-kissinger" in e.target]
    assert [e.date.value for e in met] == ["1979-01-30"]


def test_events_plover_a_vessel_detained_is_seized_and_counted_from(events) -> None:
    text = (
        "Coast guards seized a Greek-flagged freighter on Friday, a week after navy divers "
        "helped detain a Turkish trawler near the islands."
    )
    found = events.full(text, "1996-01-27")
    held = [e for e in found if any(":TUR" in k for k in e.target)]
    assert [(e.mode, e.date.value) for e in held] == [("seize", "1996-01-19")]


def test_events_plover_where_observers_come_from_is_not_what_is_left(events) -> None:
    text = (
        "Ecuadorean soldiers withdrew from two hilltop posts under the watch of military "
        "observers from three neighbouring countries."
    )
    found = _acts(events, text, "1995-03-02")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [("RETREAT", ["new:ECU:military"], [])]


def test_events_plover_a_states_aircraft_named_by_model_are_its_forces(events) -> None:
    found = _acts(events, "Israeli F-15s bombed a radar station in Lebanon.", "1982-06-09")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [
        ("ASSAULT", ["new:ISR:military"], ["reg:LBN"])
    ]


def test_events_plover_fire_opened_after_a_warning_is_done(events) -> None:
    text = "Border guards said they had warned the smugglers twice before opening fire."
    found = _acts(events, text, "2010-05-05")
    assert [(t, st) for t, st, _, _, _ in found] == [("ASSAULT", "asserted")]


def test_events_plover_a_demonym_after_a_day_and_and_modifies_the_next_subject(events) -> None:
    text = (
        "Syrian tanks rolled into the valley on Friday and Israeli jets bombed positions in "
        "Lebanon."
    )
    found = _acts(events, text, "1982-06-11")
    assert ("ASSAULT", ["new:ISR:military"]) in [(t, src) for t, _, src, _, _ in found]


def test_events_plover_an_embassy_of_ones_own_is_opened_in_another_state(events) -> None:
    found = _acts(events, "Israel opened an embassy in Bahrain.", "2021-09-30")
    assert [(t, src, tg) for t, _, src, tg, _ in found] == [("SUPPORT", ["reg:ISR"], ["reg:BHR"])]
    text = "Kerry said he would fly to Havana next month to open the American embassy."
    found = _acts(events, text, "2015-07-20")
    opened = [tg for t, _, _, tg, _ in found if t == "SUPPORT"]
    assert opened == [["reg:CUB"]]


def test_events_plover_what_a_state_will_not_let_happen_is_not_its_act(events) -> None:
    text = "Beijing said it regretted the Japanese decision but would not let it damage relations."
    found = _acts(events, text, "2012-09-11")
    assert [t for t, _, src, _, _ in found if src == ["reg:CHN"] and t == "SANCTION"] == []


def test_events_plover_armed_men_who_fire_at_no_one_named_shoot(events) -> None:
    text = "Israel said Syrian soldiers fired first."
    found = _acts(events, text, "1974-04-13")
    assert [(t, src) for t, _, src, _, _ in found] == [("ASSAULT", ["new:SYR:military"])]
    assert _acts(events, "The newspaper fired its editor.", "1974-04-13") == []


def test_events_plover_before_dawn_on_a_day_is_that_day(events) -> None:
    text = "Syrian troops crossed into Lebanon before dawn on Tuesday."
    found = _acts(events, text, "1976-06-03")
    assert [(t, d) for t, _, _, _, d in found] == [("ASSAULT", "1976-06-01")]


def test_events_plover_a_note_to_an_embassy_accusing_is_the_senders_accusation(events) -> None:
    text = "Tokyo handed a letter to the Russian embassy accusing Russian patrol boats of piracy."
    found = _acts(events, text, "2006-08-17")
    accused = [(src, tg) for t, _, src, tg, _ in found if t == "ACCUSE"]
    assert accused and all(src == ["reg:JPN"] for src, _ in accused)


def test_events_plover_two_word_people_and_a_plural_subject_are_no_it(events) -> None:
    text = (
        "Turkish Cypriot leaders rejected the new proposal on Monday, while Greek Cypriots "
        "welcomed it."
    )
    found = _acts(events, text, "1992-08-10")
    sources = [src for _, _, src, _, _ in found]
    assert sources and all(k.startswith("new:CYP:") for src in sources for k in src)
    welcomed = [tg for t, _, _, tg, _ in found if t == "SUPPORT"]
    assert welcomed == [[]]


def test_events_plover_a_named_crossing_is_a_site_dated_by_its_phrase(events) -> None:
    text = "Iranian and Iraqi border guards exchanged fire at the Mehran crossing on Sunday night."
    found = _acts(events, text, "1980-09-08")
    assert [(t, tg, d) for t, _, _, tg, d in found] == [("ASSAULT", [], "1980-09-07")]


def test_events_plover_the_two_leaders_are_no_senator_quoted_after_them(events) -> None:
    text = (
        "President Ronald Reagan met Mikhail Gorbachev in Geneva on Tuesday.\n"
        "Senator Sam Nunn called the meeting a useful start.\n"
        "The two leaders did not sign any agreements."
    )
    found = _acts(events, text, "1985-11-19")
    signed = [sorted(src) for t, _, src, _, _ in found if t == "SUPPORT"]
    assert signed == [["reg:mikhail-gorbachev", "reg:ronald-reagan"]]
