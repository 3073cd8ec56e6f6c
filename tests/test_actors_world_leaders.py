"""World leaders 1970-2020 (people_leaders_*.yaml): found by the name the press uses alone."""

from __future__ import annotations

import pytest

from storyline.actors import find_actors
from storyline.actors.registry import load_registry, packaged_files
from storyline.datafiles import load_packaged
from storyline.records import PublishedDate

REGIONS = ("africa", "americas", "asia", "europe", "mideast")


def test_actors_leaders_files_cover_every_region_with_dated_roles():
    registry = load_registry()
    files = [f"people_leaders_{r}.yaml" for r in REGIONS]
    assert set(files) <= set(packaged_files())
    people = [p for f in files for p in load_packaged(f)["people"]]
    assert len(people) > 3000
    suffixes = set(registry.lexicon["name_suffixes"])
    for person in people:
        entry = registry.entries[person["id"]]
        assert entry.roles and not entry.full_name_only, entry.id
        assert entry.family_name not in suffixes, entry.id  # "Mswati III" is Mswati


def test_actors_leaders_family_names_the_press_uses():
    registry = load_registry()
    assert registry.entries["mswati-iii"].family_name == "Mswati"
    assert registry.entries["hafez-al-assad"].family_name == "Assad"  # the article dropped
    assert "Colombo" not in registry.surnames()  # Sri Lanka's seat, not Emilio Colombo
    # the world list's copy of a curated leader is merged into it, spellings and all
    (assad,) = registry.candidates("Bashar al Assad")
    assert assad.id == "bashar-al-assad" and not assad.full_name_only
    assert registry.spelling_variant("Omar El Bashir").id == "omar-al-bashir"
    # a short family name has no room for a slip: another man's name ("Ali Baban")
    assert registry.spelling_variant("Ali Baba") is None
    assert registry.spelling_variant("Desmond Tutu").id == "desmond-tutu"  # spelt right


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _keys(nlp, text: str, on: str) -> dict[str, str]:
    res = find_actors(nlp(text), PublishedDate(on), load_registry())
    return {m.text: m.actor_key for m in res.mentions}


@pytest.mark.model
def test_actors_leader_named_by_surname_alone(nlp):
    # my own sentences
    keys = _keys(nlp, "Mugabe ordered the seizure of the farms.", "2001-05-02")
    assert keys["Mugabe"] == "reg:robert-mugabe"
    keys = _keys(nlp, "Mahathir rejected the rescue package.", "1998-09-02")
    assert keys["Mahathir"] == "reg:mahathir-mohamad"
    keys = _keys(nlp, "Assad received the envoy in Damascus.", "1995-03-01")
    assert keys["Assad"] == "reg:hafez-al-assad"
    keys = _keys(nlp, "Assad received the envoy in Damascus.", "2005-03-01")
    assert keys["Assad"] == "reg:bashar-al-assad"
    keys = _keys(nlp, "King Fahd received the envoy in Riyadh.", "1995-03-01")
    assert keys["King Fahd"] == "reg:fahd-bin-abdulaziz"


@pytest.mark.model
def test_actors_leader_out_of_office_only_when_clearly_the_nearest(nlp):
    # Mahmoud Abbas took office three years later; the Chadian Abbas eight
    keys = _keys(nlp, "Abbas met the envoy in Ramallah.", "2000-01-01")
    assert keys["Abbas"] == "reg:mahmoud-abbas"
    # the one woman of a family of leaders ("Miss Bhutto"), though out of office then
    keys = _keys(nlp, "Miss Bhutto led the rally in Lahore.", "2000-01-01")
    assert keys["Miss Bhutto"] == "reg:benazir-bhutto"
    # Khan: no namesake held a state office within three years
    keys = _keys(nlp, "Khan told reporters the talks had failed.", "2000-01-01")
    assert not any(k.startswith("reg:") for k in keys.values())


@pytest.mark.model
def test_actors_words_that_are_also_leaders_names(nlp):
    keys = _keys(nlp, "Tamil rebels rejected a call by Colombo for a truce.", "1998-01-01")
    assert keys["Colombo"] == "reg:LKA"
    keys = _keys(nlp, "Commanders warned Christian and Muslim militias to disarm.", "2000-01-01")
    assert not any("christian" in k for k in keys.values())
    keys = _keys(nlp, "On May 5 the army attacked the rebels.", "2017-06-01")
    assert "reg:theresa-may" not in keys.values()
    keys = _keys(nlp, "King Hussein met Rabin in Amman.", "1995-03-01")
    assert keys["King Hussein"] == "reg:hussein-bin-talal"  # a title, not Stephenson King


@pytest.mark.model
def test_actors_a_capital_after_a_title_is_the_leader_of_that_name(nlp):
    # "Lagos" and "Muscat" stand for Nigeria and Oman; after a title they are the person
    keys = _keys(nlp, "Chilean President Lagos accused Peru of interference.", "2003-05-01")
    assert "reg:ricardo-lagos" in keys.values() and "reg:NGA" not in keys.values()
    keys = _keys(nlp, "Prime Minister Muscat accused Libya of interference.", "2015-05-01")
    assert "reg:joseph-muscat" in keys.values() and "reg:OMN" not in keys.values()
    keys = _keys(nlp, "Foreign Minister Colombo accused Libya of interference.", "1981-05-01")
    assert "reg:emilio-colombo" in keys.values()
    # alone, the name is still the state's seat
    keys = _keys(nlp, "Muscat accused Iran of interference.", "2015-05-01")
    assert keys["Muscat"] == "reg:OMN"
    registry = load_registry()
    assert registry.people_with_surname("Lagos") == []
    assert [e.id for e in registry.people_with_surname("Lagos", titled=True)] == ["ricardo-lagos"]


@pytest.mark.model
def test_actors_a_party_leader_is_not_the_country_s_leader(nlp):
    # Imran Khan led a party from 1996: "the Pakistani leader" in 2005 is not he
    keys = _keys(nlp, "The Pakistani leader met the envoy.", "2005-03-01")
    assert "reg:imran-khan" not in keys.values()


def test_actors_organisation_files_load_with_context_aliases():
    registry = load_registry()
    assert {"organizations_parties.yaml", "organizations_institutions.yaml"} <= set(
        packaged_files()
    )
    (inkatha,) = registry.candidates("Inkatha Freedom Party")
    assert (inkatha.country, inkatha.sector) == ("ZAF", "PTY")
    solidarity = registry.entries["solidarity-pol"]
    assert solidarity.context_aliases["Solidarity"] == "Poland"


@pytest.mark.model
def test_actors_a_shared_party_name_needs_its_country_word(nlp):
    # my own sentences: "Solidarity" is the Polish union only where Poland is named
    keys = _keys(nlp, "Solidarity called a strike at the shipyards in Poland.", "1988-05-02")
    assert keys["Solidarity"] == "reg:solidarity-pol"
    keys = _keys(nlp, "Solidarity marches were held in many towns.", "1988-05-02")
    assert "reg:solidarity-pol" not in keys.values()


@pytest.mark.model
def test_actors_role_in_apposition_is_the_named_person_and_context_alias_kept(nlp):
    # my own sentence: the apposed office is the named man, not the holder on the date
    text = "General Jaruzelski, Poland's prime minister, imposed martial law."
    keys = _keys(nlp, text, "2000-01-01")
    assert keys["prime minister"] == "reg:wojciech-jaruzelski"
    # a shared party name read with its country word keeps that country's party
    keys = _keys(nlp, "Jaruzelski, the Communist Party leader in Poland, spoke.", "1985-01-01")
    assert keys["Communist Party"] == "reg:pol-pzpr"
