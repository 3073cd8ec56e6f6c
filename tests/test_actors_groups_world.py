"""Armed non-state groups (groups_world.json, scripts/build_groups_world.py): no model needed."""

from __future__ import annotations

import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from storyline.actors.registry import GROUPS_FILE, _group_name_ok, load_registry
from storyline.datafiles import load_packaged

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_groups_world.py"

# made-up groups in the dictionary's format (not copied from it)
FIXTURE = """\
# a made-up MilNonState-style dictionary
ZORBLAX_FREEDOM_FRONT_(ZFF)_ [YEMREB] #  test 1 Jan 20
+FRONT_FOR_THE_FREEDOM_OF_ZORBLAX_
+FF_

QUIBBLE_VALLEY_BRIGADES_ [IMGMUSALQ]
+THE_MOVEMENT_
+QVB_
+QUIBBLE_VALLEY_BRIGADES_OPERATIVES_

HAMAS_ [PSEREB]
+ISLAMIC_RESISTANCE_MOVEMENT

BLACK_FRIDAY_ [TURREB]

SHEIKH_YUSUF_QUIBBLE
\t[PSEREB]

OSAMA_BIN_LADEN_ [IMGMUSALQ]
+BIN_LADEN

ZORBLAX_DAWN_ [KKLREB]
"""
ENGLISH = {"black", "movement", "front", "freedom", "dawn", "ff", "valley"}


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_groups_world", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_actors_groups_builder_reads_a_small_dictionary(builder, tmp_path):
    source = tmp_path / "MilNonState.actors.txt"
    source.write_text(FIXTURE, encoding="utf-8")
    data, stats, log = builder.build(source, english=ENGLISH)
    groups = {g["name"]: g for g in data["organizations"]}
    assert set(groups) == {"Zorblax Freedom Front", "Quibble Valley Brigades", "Zorblax Dawn"}
    zff = groups["Zorblax Freedom Front"]
    assert (zff["country"], zff["sector"]) == ("YEM", "REB")
    assert zff["aliases"] == ["Front for the Freedom of Zorblax", "ZFF"]  # "FF": too short
    qvb = groups["Quibble Valley Brigades"]
    assert (qvb["country"], qvb["sector"]) == (None, "REB")  # IMG: no country
    assert qvb["aliases"] == ["QVB"]  # not "The Movement", nor "... Operatives"
    assert groups["Zorblax Dawn"]["country"] is None  # KKL is no country
    assert stats["entries dropped: a group of organizations.yaml"] == 1  # Hamas
    assert stats["entries dropped: a person"] == 2  # the sheikh and bin Laden
    assert stats["entries dropped: no name safe to match"] == 1  # Black Friday
    assert any("duplicate of hamas" in line for line in log)
    assert data["source"]["generated_by"] == "scripts/build_groups_world.py"
    assert data["yields"] is True


def test_actors_groups_builder_codes_and_names(builder):
    countries, sectors = {"YEM", "PSE", "PAK"}, {"REB", "GOV"}
    assert builder.code_parts("YEMREB", countries, sectors) == ("YEM", "REB")
    assert builder.code_parts("PSEREBHMS", countries, sectors) == ("PSE", "REB")
    assert builder.code_parts("IMGMUSALQ", countries, sectors) == (None, "REB")
    assert builder.code_parts("SASREB", countries, sectors) == (None, "REB")
    assert builder.code_parts(None, countries, sectors) == (None, "REB")
    forms, acronyms = builder.split_phrase("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_")
    assert [builder.nice_name(f, set()) for f in forms] == ["Aden Abyan Islamic Army"]
    assert acronyms == ["AAIA"]
    assert builder.nice_name(["ANSAR", "AL-ISLAM"], set()) == "Ansar al-Islam"
    assert builder.nice_name(["ORDER,", "THE"], set()) == "The Order"
    assert builder.nice_name(["OFFICIAL", "IRA"], {"IRA"}) == "Official IRA"
    assert builder.skeleton("Jaish-i-Mohammed") == builder.skeleton("Jaish-e-Mohammad")


def test_actors_groups_file_states_its_source():
    text = (resources.files("storyline") / "data" / GROUPS_FILE).read_text("utf-8")
    data = json.loads(text)
    source = data["source"]
    assert source["licence"] == "MIT"
    assert source["commit"] == "676801cd9cb2924bbbad09f86d15c9323e7097bf"
    assert source["generated_by"] == "scripts/build_groups_world.py"
    assert data["yields"] is True


def test_actors_groups_loaded_as_organisations_with_safe_names():
    registry = load_registry()
    groups = [e for e in registry.entries.values() if e.yields]
    # of 742, about 130 yield their names to organizations_armed.yaml's curated entries
    assert len(groups) > 600
    assert sum(1 for g in groups if g.country) > 400
    for entry in groups:
        assert entry.kind == "organization", entry.id
        assert entry.sector in registry.sectors, entry.id
        for alias in (entry.name, *entry.aliases):
            assert _group_name_ok(alias), alias  # two words or an acronym: never "the group"
            assert all(e is entry for e in registry.candidates(alias)), alias
    assert not any(_group_name_ok(a) for a in ("the movement", "Front", "the Movement", "FF"))


def test_actors_groups_leave_curated_organisations_alone():
    registry = load_registry()
    curated = {o["id"] for o in load_packaged("organizations.yaml")["organizations"]}
    (milf,) = registry.candidates("Moro Islamic Liberation Front")
    assert milf.id == "milf" and milf.country == "PHL"
    for name in ("Hamas", "Lashkar-e-Taiba", "Jaish-e-Mohammed", "IRA", "Fatah"):
        assert {e.id for e in registry.candidates(name)} <= curated, name
    (qaeda,) = registry.candidates("al-Qaeda")
    assert (qaeda.country, qaeda.sector) == (None, "REB")
    (boncayao,) = registry.candidates("Alex Boncayao Brigade")
    assert boncayao.country == "PHL"
    assert all(e.kind == "person" for e in registry.candidates("Osama bin Laden"))  # no group
