"""Events on the bundled sample corpus (needs the spaCy model): no junk parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.actors.registry import load_registry
from storyline.annotate import load_nlp
from storyline.ingest import read_inputs
from storyline.pipeline import analyse, clean_document
from storyline.records import Document, RawDocument

pytestmark = pytest.mark.model

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "storyline" / "samples"


@pytest.fixture(scope="module")
def processed() -> list:
    nlp = load_nlp(None)
    registry = load_registry(())
    out = []
    for item in read_inputs([SAMPLES]):
        if not isinstance(item, RawDocument):
            continue
        cleaned = clean_document(item)
        doc = nlp(cleaned.text)
        document = Document(id=item.source, source=item.source, text=cleaned.text)
        out.append(analyse(document, cleaned, doc, item.meta, registry))
    return out


def test_events_samples_every_event_has_a_source(processed) -> None:
    events = [e for p in processed for e in p.events]
    assert events
    assert all(e.source for e in events), [e.summary for e in events if not e.source]


def test_events_samples_no_one_acts_on_themselves(processed) -> None:
    for p in processed:
        for e in p.events:
            lone = len(set(e.source)) == 1 and set(e.source) == set(e.target)
            assert not lone, e.summary


def test_events_samples_the_place_is_not_a_party(processed) -> None:
    """Only the host of a visit may be the place itself ("North Korea visited Singapore")."""
    for p in processed:
        actors = p.actors.actors
        for e in p.events:
            if e.location is None:
                continue
            parties = e.source if e.mode == "visit" else e.source + e.target
            names = {actors[k].name for k in parties if k in actors}
            assert e.location.name not in names, e.summary


def test_events_samples_summary_names_a_subject(processed) -> None:
    summaries = [e.summary for p in processed for e in p.events]
    assert not [s for s in summaries if s.startswith("Someone")]
