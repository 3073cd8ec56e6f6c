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
            assert entry.gender in {"m", "f"}, entry.id
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
