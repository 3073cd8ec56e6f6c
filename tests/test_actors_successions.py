"""States read at the document's date (state_successions.yaml)."""

from __future__ import annotations

import pytest

from storyline.actors import find_actors
from storyline.actors.registry import load_registry
from storyline.actors.successions import state_on
from storyline.records import PublishedDate


def test_state_on_reads_a_successor_state_before_it_existed() -> None:
    assert state_on("SSD", "1995-03-01") == "SDN"
    assert state_on("SSD", "2011-07-09") == "SSD"
    assert state_on("SSD", "2013") == "SSD"
    assert state_on("XKX", "1999-06") == "SRB"
    assert state_on("XKX", "2010-01-01") == "XKX"
    assert state_on("SSD", None) == "SSD"  # no date: today's state
    assert state_on("FRA", "1900-01-01") == "FRA"
    assert state_on(None, "1995") is None


def test_state_on_reads_a_dissolved_state_after_it_ended() -> None:
    assert state_on("DDR", "1989-11-10") == "DDR"
    assert state_on("DDR", "1990-10-02") == "DDR"
    assert state_on("DDR", "1990-10-03") == "DEU"
    assert state_on("DDR", "2019") == "DEU"
    assert state_on("DDR", "1990") == "DDR"  # the year it ended: still the state in part


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp(None)


def _keys(nlp, text: str, date: str) -> dict[str, str]:
    res = find_actors(nlp(text), PublishedDate(date), load_registry())
    return {m.text: m.actor_key for m in res.mentions} | {
        "countries": ",".join(sorted(a.country or "-" for a in res.actors.values()))
    }


@pytest.mark.model
def test_actors_of_a_successor_state_are_the_earlier_states_before_it(nlp) -> None:
    # my own sentences
    keys = _keys(nlp, "Juba accused Khartoum of bombing border villages.", "1995-03-01")
    assert keys["Juba"] == "reg:SDN"
    keys = _keys(nlp, "Juba accused Khartoum of bombing border villages.", "2013-03-01")
    assert keys["Juba"] == "reg:SSD"
    keys = _keys(nlp, "Riek Machar pledged to seek a settlement with Khartoum.", "1995-03-01")
    assert keys["countries"] == "SDN,SDN"


@pytest.mark.model
def test_events_places_lie_in_the_states_of_the_date(nlp) -> None:
    from storyline.pipeline import analyse
    from storyline.records import CleanedText, Document

    text = "Serbian police sealed off the centre of Pristina on Monday."
    for date, country in (("1998-03-01", "SRB"), ("2012-03-01", "XKX")):
        out = analyse(
            Document(id="t", source="t", text=text),
            CleanedText(text=text, title=None, byline=None, segments=[], dropped=[]),
            nlp(text),
            {"date": date},
            load_registry(),
        )
        places = [e.location for e in out.events if e.location]
        assert places and all(p.country == country for p in places)
