"""Political figures of all other countries (people_world.json): found by full name only."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from storyline.actors import find_actors
from storyline.actors.registry import WORLD_FILE, load_registry
from storyline.records import PublishedDate

CURATED = {"USA", "PRK", "KOR", "CHN", "JPN", "RUS"}


def _world():
    return [e for e in load_registry().entries.values() if e.full_name_only]


def test_actors_world_file_states_its_source():
    data = json.loads((resources.files("storyline") / "data" / WORLD_FILE).read_text("utf-8"))
    source = data["source"]
    assert source["licence"] == "MIT"
    assert source["commit"] == "676801cd9cb2924bbbad09f86d15c9323e7097bf"
    assert source["generated_by"] == "scripts/build_people_world.py"
    assert data["full_name_only"] is True


def test_actors_world_people_loaded_with_country_and_sector():
    world = _world()
    assert len(world) > 10_000
    registry = load_registry()
    for entry in world:
        assert entry.kind == "person"
        assert entry.country not in CURATED, entry.id
        assert entry.sector in registry.sectors, entry.id
        assert entry.roles, entry.id
        assert all(r.country not in CURATED for r in entry.roles), entry.id
        assert len(entry.name.split()) >= 2, entry.id


def test_actors_world_full_name_resolves_on_a_date_in_the_role():
    registry = load_registry()
    (entry,) = registry.candidates("Amos Kimunya", "2005-06-01")
    assert (entry.id, entry.country, entry.sector) == ("ken-amos-kimunya", "KEN", "GOV")
    assert [(r.title, r.country) for r in entry.roles_at("2005-06-01")] == [("government", "KEN")]
    assert entry.roles_at("1995-06-01") == []
    # a world-list person the curated leaders hold too is one entry, with both spellings
    (assad,) = registry.candidates("Bashar al-Assad", "2012")
    assert assad is registry.candidates("Bashar al Assad")[0]
    assert (assad.country, assad.full_name_only) == ("SYR", False)


def test_actors_world_people_not_found_by_surname_or_role():
    registry = load_registry()
    for surname in ("Kimunya", "Assad", "Khan", "Ali"):
        assert not registry.candidates(surname), surname
        assert not any(e.full_name_only for e in registry.people_with_surname(surname))
    surnames = registry.surnames()
    assert "Kimunya" not in surnames and "Wako" not in surnames
    # a surname the dictionary itself lists alone ("+MUBARAK_") is an alias of that person
    # only: never a family name that titles or role nouns resolve through
    ((mubarak,),) = [registry.candidates("Mubarak", "2000")]
    assert (mubarak.name, mubarak.country) == ("Hosni Mubarak", "EGY")
    assert [e.name for e in registry.candidates("Karzai", "2005")] == ["Hamid Karzai"]
    for on in ("2005-06-01", "2012-01-01"):
        assert not any(e.full_name_only for e in registry.holders(["president"], on))
        assert not registry.holders(["government", "elites"], on)
    assert registry.romanisation_variant("Amos Kimunya") is None


def test_actors_world_people_leave_curated_entries_alone():
    registry = load_registry()
    curated = [e for e in registry.entries.values() if e.kind == "person" and not e.full_name_only]
    assert len(curated) >= 340
    assert registry.candidates("Vladimir Putin")[0].id == "vladimir-putin"
    assert "Kim" in registry.surnames() and "Putin" in registry.surnames()
    for entry in _world():  # no world name or alias is also a curated alias
        for alias in (entry.name, *entry.aliases):
            assert all(e.full_name_only for e in registry.candidates(alias)), alias


def test_actors_world_person_gives_way_to_a_user_entry(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "- {id: my-kimunya, name: Amos Kimunya, gender: m, country: KEN, sector: GOV,\n"
        "   roles: [{title: chairman, country: KEN, start: 2003-01-01, end: 2008-07-08}]}\n",
        encoding="utf-8",
    )
    registry = load_registry([extra])
    assert [e.id for e in registry.candidates("Amos Kimunya", "2005")] == ["my-kimunya"]
    assert "ken-amos-kimunya" not in registry.entries


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _keys(nlp, text, on):
    res = find_actors(nlp(text), PublishedDate(on), load_registry())
    return res, {m.text: m.actor_key for m in res.mentions}


@pytest.mark.model
def test_actors_world_leader_named_in_full_in_text(nlp):
    res, keys = _keys(
        nlp,
        "Kenyan Finance Minister Amos Kimunya met donors in Nairobi on Monday.",
        "2005-03-01",
    )
    key = next(k for t, k in keys.items() if "Amos Kimunya" in t)
    assert key == "reg:ken-amos-kimunya"
    actor = res.actors[key]
    assert (actor.country, actor.sector) == ("KEN", "GOV")


@pytest.mark.model
def test_actors_world_surname_alone_is_not_the_world_person(nlp):
    _, keys = _keys(nlp, "Kimunya met donors in Nairobi on Monday.", "2005-03-01")
    assert "reg:ken-amos-kimunya" not in keys.values()
    _, keys = _keys(nlp, "Khan told reporters the talks had failed.", "2005-03-01")
    assert not any(k.startswith("reg:") for k in keys.values())


@pytest.mark.model
def test_actors_world_curated_people_unchanged(nlp):
    _, keys = _keys(nlp, "Kim Jong Un met Moon Jae-in at Panmunjom. Kim smiled.", "2018-04-27")
    assert keys["Kim Jong Un"] == "reg:kim-jong-un"
    assert keys["Moon Jae-in"] == "reg:moon-jae-in"
    assert keys["Kim"] == "reg:kim-jong-un"


def test_actors_world_people_the_dictionary_added_by_hand_are_in(nlp):
    # entries without the CountryInfo mark: people with a personal name, not bodies
    people = json.loads((resources.files("storyline") / "data" / WORLD_FILE).read_text("utf-8"))
    assert "Muammar Gaddafi" in {p["name"] for p in people["people"]}
    names = {e.name for e in _world()}
    assert not names & {"Kurdish Democratic Union Party", "Kosovo Assembly", "Jaysh al Sha'bi"}
    doc = nlp("Muammar Gaddafi received the envoy in Tripoli.")
    res = find_actors(doc, PublishedDate("2005-03-01"), load_registry())
    assert [(m.text, res.actors[m.actor_key].country) for m in res.mentions][:1] == [
        ("Muammar Gaddafi", "LBY")
    ]


def test_actors_world_titled_name_is_not_a_second_person():
    # "Prince Norodom Ranariddh" and "Norodom Ranariddh" are one record: a titled name whose
    # bare form another person of the country holds is that person's alias
    registry = load_registry()
    known: dict[tuple[str, str], set[str]] = {}
    for entry in _world():
        for name in (entry.name, *entry.aliases):
            known.setdefault((name.casefold(), entry.country), set()).add(entry.id)
    titles = ("prince ", "sheikh ", "king ", "queen ", "president ")
    for entry in _world():
        name = entry.name.casefold()
        for title in titles:
            if name.startswith(title):
                owners = known.get((name[len(title) :], entry.country), set())
                assert owners <= {entry.id}, (entry.id, owners)
    (titled,) = registry.candidates("Prince Norodom Ranariddh", "1995")
    assert titled is registry.candidates("Norodom Ranariddh", "1995")[0]


@pytest.mark.model
def test_actors_world_titled_and_bare_name_in_one_story_are_one_actor(nlp):
    _, keys = _keys(
        nlp,
        "Prince Norodom Ranariddh met Thai officials in Bangkok on Monday. "
        "Norodom Ranariddh later criticised Vietnam.",
        "1995-03-01",
    )
    ids = {keys[t] for t in keys if "Ranariddh" in t}
    assert len(ids) == 1, keys
