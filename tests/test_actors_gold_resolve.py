"""The gold ``resolve`` entries of docs 000 and 002 (read from ../shared)."""

from __future__ import annotations

import pytest
import yaml

from storyline.actors import find_actors
from storyline.actors.registry import load_registry
from storyline.records import PublishedDate, RawDocument

from conftest import SHARED

pytestmark = pytest.mark.model

GOLD = SHARED / "gold" / "korea-diplomacy-dev.yaml"


def _text(raw: str, source: str) -> str:
    try:
        from storyline.clean import clean
    except ImportError:
        return raw
    return clean(RawDocument(source, raw, "text")).text


@pytest.mark.parametrize("doc_id", ["000", "002"])
def test_actors_gold_resolve(korea_corpus, doc_id):
    if not GOLD.is_file():
        pytest.skip("gold file absent")
    from storyline.annotate import load_nlp

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["documents"][doc_id]
    path = korea_corpus / f"{doc_id}.txt"
    doc = load_nlp()(_text(path.read_text(encoding="utf-8"), str(path)))
    res = find_actors(
        doc,
        PublishedDate(
            gold["published"]["earliest"].isoformat()
            if hasattr(gold["published"]["earliest"], "isoformat")
            else str(gold["published"]["earliest"])
        ),
        load_registry(),
    )
    for surface, canonical in gold["resolve"].items():
        linked = [
            res.actors[m.actor_key].name
            for m in res.mentions
            if m.text.lower().endswith(surface.lower()) and m.rule not in {"pronoun", "group"}
        ]
        assert linked, f"no mention of {surface!r}"
        wrong = [n for n in linked if n != canonical]
        assert not wrong, f"{surface!r} linked to {wrong}"
