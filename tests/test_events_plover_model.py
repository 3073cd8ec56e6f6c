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
