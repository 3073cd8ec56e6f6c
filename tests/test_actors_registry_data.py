"""Integrity of the packaged actor registry (no model needed)."""

from __future__ import annotations

import pytest

from storyline.actors import registry as reg_mod
from storyline.actors.registry import load_registry
from storyline.datafiles import load_packaged
from storyline.errors import DataFileError


def test_actors_registry_packaged_data_validates():
    raw = reg_mod._packaged_raw()
    reg_mod.validate(raw, "packaged")  # raises on any schema or cross-reference problem


def test_actors_registry_covers_every_un_member():
    countries = load_packaged("countries.yaml")["countries"]
    ids = [c["id"] for c in countries]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 193
    assert all(len(i) == 3 and i.isupper() for i in ids)
    assert all(c.get("capital") and c.get("lat") is not None for c in countries)


def test_actors_registry_people_reference_known_codes():
    registry = load_registry()
    countries = {e.id for e in registry.entries.values() if e.kind == "country"}
    for entry in registry.entries.values():
        if entry.kind == "person":
            assert entry.country in countries, entry.id
            assert entry.sector in registry.sectors, entry.id
            # curated people have a gender; the generated world file gives none (Phoenix has
            # no gender field, and guessing one from a name would be a guess)
            assert entry.gender in {"m", "f"} or entry.full_name_only, entry.id
            for role in entry.roles:
                assert role.start is None or role.end is None or role.start <= role.end


def test_actors_registry_corpus_people_present():
    registry = load_registry()
    for name in (
        "Kim Jong Un",
        "Kim Jong Il",
        "Kim Il Sung",
        "Kim Yong Nam",
        "Kim Dae-jung",
        "Moon Jae-in",
        "Ri Yong Ho",
        "Paek Nam Sun",
        "Jo Myong Rok",
        "Kang Kyung-wha",
        "Sergey Lavrov",
        "Yoon Young-chan",
        "Heather Nauert",
        "Richard Boucher",
        "Madeleine Albright",
        "Mike Pompeo",
        "Colin Powell",
        "Condoleezza Rice",
        "Bill Clinton",
        "George W. Bush",
        "Donald Trump",
        "Vladimir Putin",
        "Shinzo Abe",
    ):
        assert registry.candidates(name), name
    assert registry.candidates("Kim Young Nam")[0].id == "kim-yong-nam"
    assert registry.candidates("Paek Nam Son")[0].id == "paek-nam-sun"
    assert registry.candidates("Kim Jung Il")[0].id == "kim-jong-il"


def test_actors_registry_rejects_alias_claimed_twice_in_same_period(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "- {id: other-pompeo, name: Other Person, aliases: [Mike Pompeo], gender: m,\n"
        "   country: USA, sector: GOV,\n"
        "   roles: [{title: president, country: USA, start: 2019-01-01, end: 2019-12-31}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="claimed by"):
        load_registry([extra])


def test_actors_registry_rejects_unknown_country_and_bad_date(tmp_path):
    bad_country = tmp_path / "a.yaml"
    bad_country.write_text(
        "people:\n- {id: x, name: Xavier Example, country: ZZZ, sector: GOV}\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError, match="unknown country"):
        load_registry([bad_country])
    bad_date = tmp_path / "b.yaml"
    bad_date.write_text(
        "people:\n- {id: y, name: Yara Example, country: USA, sector: GOV,\n"
        "   roles: [{title: president, country: USA, start: 2020-05, end: null}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="YYYY-MM-DD"):
        load_registry([bad_date])


# Offices every year from 1990 to 2024 must have a holder for (on 1 July), with the
# known vacancies (death or dismissal before a successor was named) listed.
_OFFICES = {
    ("USA", "president"): (1990, ()),
    ("USA", "secretary of state"): (1990, ()),
    ("USA", "defense secretary"): (1990, ()),
    ("USA", "national security adviser"): (1990, ()),
    ("KOR", "president"): (1990, ()),
    ("KOR", "prime minister"): (1990, ()),
    ("KOR", "foreign minister"): (1990, ()),
    ("KOR", "defense minister"): (1990, ()),
    ("PRK", "leader"): (1990, ()),
    ("PRK", "prime minister"): (1990, ()),
    ("PRK", "foreign minister"): (1990, ()),
    ("PRK", "defense minister"): (1990, (1995, 1997, 1998)),
    ("CHN", "president"): (1990, ()),
    ("CHN", "prime minister"): (1990, ()),
    ("CHN", "foreign minister"): (1990, ()),
    ("CHN", "defense minister"): (1990, ()),
    ("JPN", "prime minister"): (1990, ()),
    ("JPN", "foreign minister"): (1990, ()),
    ("JPN", "defense minister"): (2007, ()),  # a ministry since 9 January 2007
    ("RUS", "president"): (1992, ()),
    ("RUS", "prime minister"): (1993, ()),
    ("RUS", "foreign minister"): (1992, ()),
    ("RUS", "defense minister"): (1993, (1996,)),
}


@pytest.mark.parametrize("office", sorted(_OFFICES), ids=lambda o: f"{o[0]}-{o[1]}")
def test_actors_registry_office_held_every_year(office):
    registry = load_registry()
    country, title = office
    first, vacancies = _OFFICES[office]
    missing = [
        year
        for year in range(first, 2025)
        if year not in vacancies and not registry.holders([title], f"{year}-07-01", country)
    ]
    assert not missing, f"{country} {title}: nobody in office on 1 July of {missing}"


def test_actors_registry_one_holder_at_a_time():
    """No two people hold one office on the same day (a handover day aside)."""
    registry = load_registry()
    for (country, title), (first, _) in _OFFICES.items():
        for year in range(first, 2026):  # the USSR's and Russia's premiers overlap in 1990
            for day in ("01-25", "04-10", "07-01", "10-15"):
                on = f"{year}-{day}"
                holders = [
                    e
                    for e in registry.holders([title], on, country)
                    if not any(r.end == on for r in e.roles if r.title == title)
                ]
                assert len(holders) <= 1, (country, title, on, [e.id for e in holders])


def test_actors_registry_reads_every_people_file():
    names = reg_mod.packaged_files()
    people = [n for n in names if n.startswith("people_")]
    assert {"people_kor.yaml", "people_prk.yaml", "people_chn.yaml"} <= set(people)
    registry = load_registry()
    assert registry.candidates("Lee Nak-yon")[0].country == "KOR"
    assert registry.candidates("Chi Haotian")[0].country == "CHN"
    assert registry.candidates("Kim Yong Chun")[0].sector == "MIL"


def test_actors_registry_organizations_and_capitals():
    registry = load_registry()
    for alias in ("UN", "IAEA", "KEDO", "ASEAN", "EU", "NATO", "WFP"):
        entries = registry.candidates(alias)
        assert entries and entries[0].kind == "organization", alias
        assert entries[0].sector == "IGO", alias
    for capital, code in (
        ("Pyongyang", "PRK"),
        ("Seoul", "KOR"),
        ("Beijing", "CHN"),
        ("Tokyo", "JPN"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
    ):
        assert registry.country_of_place(capital) == code, capital
    assert registry.country_of_demonym("South Korean") == "KOR"


def test_actors_registry_ambiguous_entry_may_share_an_alias(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "- {id: other-pompeo, name: Other Person, aliases: [Mike Pompeo], gender: m,\n"
        "   country: USA, sector: GOV, ambiguous: true,\n"
        "   roles: [{title: president, country: USA, start: 2019-01-01, end: 2019-12-31}]}\n",
        encoding="utf-8",
    )
    registry = load_registry([extra])
    assert {e.id for e in registry.candidates("Mike Pompeo", "2019-06")} == {
        "mike-pompeo",
        "other-pompeo",
    }


def test_actors_registry_countries_have_demonyms_claimed_once():
    countries = load_packaged("countries.yaml")["countries"]
    shared_name = {"COG", "DMA"}  # "Congolese", "Dominican" are left to COD and DOM
    missing = [c["id"] for c in countries if not c.get("demonyms") and c["id"] not in shared_name]
    assert not missing
    seen: dict[str, str] = {}
    for country in countries:
        for demonym in country.get("demonyms") or []:
            assert demonym not in seen, (demonym, seen.get(demonym), country["id"])
            seen[demonym] = country["id"]


def test_actors_registry_ids_are_unique_within_each_packaged_file():
    for name in reg_mod.packaged_files():
        data = load_packaged(name)
        for section in ("people", "organizations", "countries"):
            ids = [item["id"] for item in (data.get(section) or [])]
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            assert not repeated, (name, section, repeated)


def test_actors_world_places_are_cities_of_known_countries_with_their_notice():
    data = load_packaged("places_world.json")
    places = data["places"]
    assert len(places) > 3000 and "GeoNames" in data["licence"]
    countries = {c["id"] for c in load_packaged("countries.yaml")["countries"]}
    assert {p["country"] for p in places} <= countries
    names = {p["name"] for p in places}
    assert {"Lahore", "Karachi", "Mosul", "Calgary", "Lhasa"} <= names  # Lhasa: 118,721
    # English words and people's names are left out: "Nice", "Reading", "Hassan"; so is a
    # name whose spelling without accents is one ("Būsh" would be "Bush")
    assert not {"Nice", "Reading", "Split", "Hassan"} & names
    aliases = {a for p in places for a in p.get("aliases") or ()}
    assert "Bush" not in names | aliases
    registry = load_registry()
    assert registry.country_of_place("Lahore") == "PAK"
    assert registry.place("Yongbyon").country == "PRK"  # curated places still load
    # no spelling names two cities: Bihar's "Aurangābād" (100,000) is not written
    # "Aurangabad" for Maharashtra's (1.2 million), nor Chile's "Los Ángeles" for Los Angeles
    names = {p["name"].casefold() for p in places}
    for place in places:
        others = names - {place["name"].casefold()}
        assert not {a.casefold() for a in place.get("aliases") or ()} & others, place["name"]
    assert registry.place("Aurangabad").lat > 15


def test_actors_world_places_know_the_spellings_news_uses_for_transliterated_cities():
    registry = load_registry()
    # GeoNames writes "Basrah", "Ar Raqqah", "Al Fallūjah", "Al Ḩudaydah", "Mazār-e Sharīf"
    assert registry.country_of_place("Basra") == "IRQ"
    assert registry.country_of_place("Raqqa") == "SYR"
    assert registry.country_of_place("Fallujah") == "IRQ"
    assert registry.country_of_place("Hodeidah") == "YEM"  # from "El-Hodeidah"
    assert registry.place("Mazar-i-Sharif").name == "Mazār-e Sharīf"
    # other names a city has had or has in other languages are not spellings of its name
    assert registry.place("Laodicea") is None  # Latakia
    assert registry.place("Byzantium") is None  # Istanbul
    assert registry.place("Edo") is None  # Tokyo
    assert registry.place("Talkha").country == "EGY"  # "Ţalkhā"
    assert registry.country_of_place("Derna") == "LBY"  # "Darnah": a final "h" aside
    # only an Arabic article is set aside ("El Paso" is not "Paso", "El Tigre" not the
    # Tigre), only when a name of five letters is left ("El Oued" is not every "Oued"), and a
    # short name allows one letter's difference ("Az Zubayr" is not "Zuhair")
    for word in ("Paso", "Tigre", "Oued", "Zuhair"):
        assert registry.place(word) is None, word
    # curated: a word of a registry person's name ("Hama" Amadou) keeps them out of the list
    assert registry.country_of_place("Hama") == "SYR"
    assert registry.country_of_place("Amarah") == "IRQ"
    assert registry.place("Amara") is None  # a given name
    # English and former names are the city under its present name
    for old, present in (("Kiev", "Kyiv"), ("Bombay", "Mumbai"), ("Rangoon", "Yangon"),
                         ("Peking", "Beijing"), ("Mecca", "Makkah")):  # fmt: skip
        assert registry.place(old).name == present, old
    assert registry.place("Peking") == registry.place("Beijing")  # the capital's coordinates
    assert registry.place("Medina") is None  # Danilo Medina
    assert registry.country_of_place("Tikrit") == "IRQ"  # under the world list's floor
    # seats whose names are registry people's family names are places with coordinates too
    assert registry.place("Lagos").lat is not None and registry.place("Colombo").lat is not None
    assert registry.country_of_place("Goma") == "COD"  # curated: Louis Sylvain-Goma's word


def test_actors_world_places_know_the_spellings_news_uses_for_cities_named_in_cyrillic():
    registry = load_registry()
    # GeoNames writes "Vinnytsya", "Zaporizhzhya", "Mykolayiv", "Nizhniy Novgorod"
    for written, code in (("Vinnytsia", "UKR"), ("Zaporizhzhia", "UKR"), ("Mykolaiv", "UKR"),
                          ("Nizhny Novgorod", "RUS"), ("Kryvyi Rih", "UKR")):  # fmt: skip
        assert registry.country_of_place(written) == code, written
    # names in other languages are no spellings of the name ("Mosca", "Moscou": Moscow)
    assert registry.place("Mosca") is None and registry.place("Moscou") is None
    assert registry.country_of_place("Oryol") == "RUS"  # "Orël": accents, as before


def test_actors_regions_name_one_country_each_and_yield_to_countries_and_cities():
    data = load_packaged("places_regions.yaml")["places"]
    countries = load_packaged("countries.yaml")["countries"]
    codes = {c["id"] for c in countries}
    assert len(data) > 1000 and {p["country"] for p in data} <= codes
    names = [n.lower() for p in data for n in (p["name"], *(p.get("aliases") or []))]
    assert len(names) == len(set(names))  # no name claimed twice
    country_names = {n.lower() for c in countries for n in (c["name"], *(c.get("aliases") or []))}
    assert not country_names & set(names)
    # names of regions of two countries are left out on purpose
    assert not {"punjab", "kashmir", "kurdistan", "macedonia"} & set(names)
    registry = load_registry()
    assert registry.country_of_place("Andhra Pradesh") == "IND"
    assert registry.country_of_place("Shaba") == "COD"  # an older name
    assert registry.country_of_place("Chechnya") == "RUS"
    assert registry.country_of_place("Hyderabad") == "IND"  # the city, as before
    assert registry.country_of_place("Kashmir") is None


def test_actors_armed_movements_are_curated_groups_of_known_countries():
    registry = load_registry()
    countries = {e.id for e in registry.entries.values() if e.kind == "country"}
    groups = load_packaged("organizations_armed.yaml")["organizations"]
    assert len(groups) > 300
    for item in groups:
        assert item["country"] in countries, item["id"]
        assert item["sector"] in {"REB", "UAF", "PTY"}, item["id"]
    # a curated name wins over the generated list's ("FMLN" was only "FMLN-FDR" there)
    assert [e.id for e in registry.candidates("FMLN")] == ["slv-fmln"]
    # an acronym several groups share counts only with its country's word
    assert registry.entries["uga-nra"].context_aliases["NRA"] == "Uganda"


def test_actors_registry_rejects_a_homonym_body_that_is_no_sector_or_entry(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organizations:\n"
        "- {id: ruritania-diet, name: Ruritanian Diet, aliases: [The Diet], country: JPN,\n"
        "   sector: LEG, homonym_states: {DEU: parliament}}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="homonym body"):
        load_registry([extra])
    extra.write_text(extra.read_text().replace("parliament", "LEG"), encoding="utf-8")
    assert load_registry([extra]).entries["ruritania-diet"].homonym_states == {"DEU": "LEG"}
