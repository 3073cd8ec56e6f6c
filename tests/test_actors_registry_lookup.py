"""Role-at-date, alias, place and user-file lookups of the registry (no model needed)."""

from __future__ import annotations

from storyline.actors.registry import load_registry


def test_actors_registry_secretary_of_state_by_date():
    registry = load_registry()
    titles = registry.titles_for_form("secretary of state")
    assert [e.id for e in registry.holders(titles, "2000-10-24", "USA")] == ["madeleine-albright"]
    assert [e.id for e in registry.holders(titles, "2018-10-07", "USA")] == ["mike-pompeo"]
    assert [e.id for e in registry.holders(titles, "2006", "USA")] == ["condoleezza-rice"]


def test_actors_registry_leader_of_north_korea_by_date():
    registry = load_registry()
    leader = registry.titles_for_form("leader")
    assert [e.id for e in registry.holders(leader, "2000", "PRK")] == ["kim-jong-il"]
    assert [e.id for e in registry.holders(leader, "2018-06-12", "PRK")] == ["kim-jong-un"]


def test_actors_registry_shared_alias_resolved_by_period():
    registry = load_registry()
    assert [e.id for e in registry.candidates("George Bush", "1991-02")] == ["george-hw-bush"]
    assert [e.id for e in registry.candidates("George Bush", "2003")] == ["george-w-bush"]
    assert len(registry.candidates("George Bush")) == 2


def test_actors_registry_places_and_countries():
    registry = load_registry()
    loc = registry.place("Pyongyang")
    assert loc is not None and loc.country == "PRK" and abs(loc.lat - 39.0) < 0.5
    assert registry.country_of_place("Yongbyon") == "PRK"
    assert registry.country_of_place("Panmunjom") == "KOR"
    assert registry.country_of_place("Detroit") == "USA"
    assert registry.place("Atlantis") is None
    assert registry.country_of_demonym("North Korean") == "PRK"


def test_actors_registry_actor_record():
    actor = load_registry().actor("kim-jong-un")
    assert actor.key == "reg:kim-jong-un"
    assert (actor.kind, actor.country, actor.sector) == ("person", "PRK", "GOV")
    assert load_registry().actor("USA").kind == "country"


def test_actors_registry_user_file_merges(tmp_path):
    extra = tmp_path / "local.yaml"
    extra.write_text(
        "people:\n"
        "- {id: jane-roe, name: Jane Roe, aliases: [J. Roe], gender: f, country: CAN,\n"
        "   sector: GOV, roles: [{title: foreign minister, country: CAN,\n"
        "   start: 2030-01-01, end: null}]}\n"
        "places:\n- {name: Springfield, country: USA, lat: 39.8, lon: -89.6}\n",
        encoding="utf-8",
    )
    registry = load_registry([extra])
    assert registry.candidates("J. Roe")[0].id == "jane-roe"
    assert registry.country_of_place("Springfield") == "USA"
    fm = registry.titles_for_form("foreign minister")
    assert [e.id for e in registry.holders(fm, "2031", "CAN")] == ["jane-roe"]
    assert load_registry().candidates("J. Roe") == []  # packaged registry untouched


def test_actors_registry_romanisation_variants():
    registry = load_registry()
    for spelling, person in (
        ("Kim Jong-Eun", "kim-jong-un"),
        ("Lee Yong-ho", "ri-yong-ho"),
        ("Mun Jae-in", "moon-jae-in"),
        ("Kim Dae-joong", "kim-dae-jung"),
        ("Pak Bong-ju", "pak-pong-ju"),
    ):
        entry = registry.romanisation_variant(spelling)
        assert entry is not None and entry.id == person, spelling
    assert registry.romanisation_variant("John Smith") is None
    assert registry.romanisation_variant("Kim Min-ji") is None


def test_actors_registry_a_capital_is_no_family_name_of_an_office_holder():
    registry = load_registry()
    government = {"government", "head of government", "president", "prime minister"}
    # "the Mugabe government": the one country where people so named held office
    assert registry.office_country("Mugabe", government) == "ZWE"
    # "the Colombo government" is Sri Lanka's seat, though an Argentine minister was so named
    assert registry.office_country("Colombo", government) is None


def test_actors_registry_surname_as_an_alias_spells_it():
    registry = load_registry()
    assert [e.id for e in registry.people_with_surname("Araqchi")] == ["abbas-araghchi"]
    # another name of the person is no spelling of the family name ("Winnie Mandela")
    assert "winnie-madikizela-mandela" not in [
        e.id for e in registry.people_with_surname("Mandela")
    ]
