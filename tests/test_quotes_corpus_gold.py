"""Quotes on the dev gold (docs 000 and 002 of ../shared/corpus/korea-diplomacy).

Target: >= 90% of gold quotations found with the right speaker, none with a wrong one.
Uses the real actors stage when it exists; until then a small stand-in built from spaCy
entities (test-only, never used by the library).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from storyline.quotes import extract_quotes
from storyline.records import ActorAnalysis, ActorMention, Quote, RawDocument

pytestmark = pytest.mark.model

GOLD = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "korea-diplomacy-dev.yaml"
)
_PRONOUNS = {"he", "she", "him", "her", "his", "they", "it"}


def _has(module: str) -> bool:
    """True when ``module`` exists as a real module (not a half-written namespace dir)."""
    try:
        spec = importlib.util.find_spec(module)
    except ModuleNotFoundError:
        return False
    return spec is not None and spec.origin is not None


def _clean_text(path: Path) -> tuple[str, object]:
    raw = RawDocument(source=str(path), raw=path.read_text(encoding="utf-8"), format="text")
    if _has("storyline.clean"):
        from storyline.clean import clean

        cleaned = clean(raw)
        return cleaned.text, cleaned
    lines = [line.strip() for line in raw.raw.splitlines() if line.strip()]
    return "\n\n".join(lines), None


def _stand_in_actors(doc) -> ActorAnalysis:
    """Entity mentions; a one-word name joins the last full name containing it; he/she go
    to the last person named."""
    mentions: list[ActorMention] = []
    people: list[str] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE"):
            continue
        key = f"new:-:{ent.text.lower()}"
        if ent.label_ == "PERSON":
            if len(ent) == 1:
                key = next((p for p in reversed(people) if ent.text.lower() in p[6:].split()), key)
            people.append(key)
        mentions.append(ActorMention(key, ent.start_char, ent.end_char, 0, ent.text, "ner"))
    for token in doc:
        if token.lower_ in ("he", "she"):
            before = [m for m in mentions if m.end <= token.idx and m.actor_key in people]
            if before:
                key = max(before, key=lambda m: m.end).actor_key
                end = token.idx + len(token)
                mentions.append(ActorMention(key, token.idx, end, 0, token.text, "pronoun"))
    return ActorAnalysis({}, mentions)


def _actors(doc, cleaned) -> ActorAnalysis:
    if not (_has("storyline.actors") and _has("storyline.time") and cleaned is not None):
        return _stand_in_actors(doc)
    from storyline.actors import find_actors
    from storyline.actors.registry import load_registry
    from storyline.time import analyse_time

    time = analyse_time(cleaned, doc)
    return find_actors(doc, time.published, load_registry())


def _names(key: str, actors: ActorAnalysis) -> set[str]:
    names = {m.text for m in actors.mentions if m.actor_key == key}
    actor = actors.actors.get(key)
    if actor is not None:
        names |= {actor.name, *actor.aliases}
    return {n for n in names if n.lower() not in _PRONOUNS}


def _matches(speaker: str, gold_name: str, gold: dict, actors: ActorAnalysis) -> bool:
    wanted = {gold_name, *gold["actors"].get(gold_name, {}).get("aliases", [])}
    return bool(_names(speaker, actors) & wanted)


def test_quotes_corpus_gold_speakers(korea_corpus: Path, nlp_model) -> None:
    if not GOLD.is_file():
        pytest.skip("../shared/gold is not present")
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    found, wrong, missing = 0, [], []
    for name in sorted({q["doc"] for q in gold["quotes"]}):
        text, cleaned = _clean_text(korea_corpus / f"{name}.txt")
        doc = nlp_model(text)
        actors = _actors(doc, cleaned)
        quotes: list[Quote] = extract_quotes(doc, actors)
        for quote in quotes:
            assert doc.text[quote.start : quote.end] == quote.text
        assert len({(q.start, q.end) for q in quotes}) == len(quotes)
        for item in (q for q in gold["quotes"] if q["doc"] == name):
            hits = [q for q in quotes if q.direct and q.text.startswith(item["starts"])]
            speakers = {q.speaker for q in hits} - {None}
            if any(_matches(s, item["speaker"], gold, actors) for s in speakers):
                found += 1
            else:
                missing.append((name, item["starts"]))
            wrong += [
                (name, item["starts"], s)
                for s in speakers
                if not _matches(s, item["speaker"], gold, actors)
            ]
    assert wrong == []
    assert found / len(gold["quotes"]) >= 0.9, missing


@pytest.fixture(scope="module")
def nlp_model():
    from storyline.annotate import load_nlp

    return load_nlp()
