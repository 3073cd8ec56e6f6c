"""Extractive summaries of the events that pass a filter; every sentence cites its source.

The candidates are the sentences (mention spans) that report matching events. Each is
scored by how central it is among the candidates (cosine similarity of its content words
with their centroid), how many matching events it reports, how many documents report
those events, and whether the text says the event happened. The best sentences are picked
greedily, skipping near repeats, and put in date order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from storyline.views import EventFilter, date_bounds, select_events

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOP = frozenset(
    """a an and are as at be been but by for from had has have he her his i in is it its of on
    or our said says she that the their them they this to was were will with would not who which
    also after before over than then there these those we you us mr ms""".split()
)
STATUS_WEIGHT = {"asserted": 1.0, "negated": 0.8, "planned": 0.7, "conditional": 0.6}


@dataclass(slots=True)
class SummarySentence:
    """One picked sentence with its citation."""

    text: str
    doc: str
    sentence: int
    start: int
    end: int
    events: list[str] = field(default_factory=list)
    date: str | None = None
    score: float = 0.0
    title: str | None = None
    source: str | None = None

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "citation": {
                "doc": self.doc,
                "sentence": self.sentence,
                "start": self.start,
                "end": self.end,
                "title": self.title,
                "source": self.source,
            },
            "events": self.events,
            "date": self.date,
            "score": round(self.score, 4),
        }


def _terms(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def summarize(
    store: Any, flt: EventFilter | None = None, max_sentences: int = 5, redundancy: float = 0.6
) -> list[SummarySentence]:
    """Up to ``max_sentences`` cited sentences summarising the events that pass ``flt``."""
    events = select_events(store, flt)
    candidates: dict[tuple[str, int, int], SummarySentence] = {}
    weights: dict[tuple[str, int, int], float] = {}
    for event in events:
        docs = len({m["doc"] for m in event["mentions"]})
        bounds = date_bounds(event["date"])
        for m in event["mentions"]:
            key = (m["doc"], m["start"], m["end"])
            item = candidates.get(key)
            if item is None:
                item = SummarySentence(
                    m["text"].strip(), m["doc"], m["sentence"], m["start"], m["end"]
                )
                candidates[key] = item
                weights[key] = 0.0
            if event["id"] not in item.events:
                item.events.append(event["id"])
            weight = STATUS_WEIGHT.get(event["status"], 0.3) * (1.0 + math.log(docs))
            weights[key] += weight * event.get("confidence", 0.5)
            if bounds and (item.date is None or bounds[0].isoformat() < item.date):
                item.date = bounds[0].isoformat()
    if not candidates:
        return []
    terms = {key: _terms(item.text) for key, item in candidates.items()}
    centroid: Counter[str] = Counter()
    for counts in terms.values():
        centroid.update(set(counts))
    for key, item in candidates.items():
        item.score = _cosine(terms[key], centroid) + weights[key]
    picked: list[SummarySentence] = []
    for key in sorted(candidates, key=lambda k: (-candidates[k].score, k)):
        item = candidates[key]
        if any(_overlap(terms[key], _terms(p.text)) > redundancy for p in picked):
            continue
        picked.append(item)
        if len(picked) >= max_sentences:
            break
    docs = {p.doc for p in picked}
    for doc_id in docs:
        row = store.document(doc_id) or {}
        for p in picked:
            if p.doc == doc_id:
                p.title, p.source = row.get("title"), row.get("source")
    published = {d: (store.document(d) or {}).get("published_value") for d in docs}
    picked.sort(key=lambda p: (p.date or published.get(p.doc) or "9999", p.doc, p.start))
    return picked


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    left, right = set(a), set(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)
