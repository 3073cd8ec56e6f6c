"""Commitments ledger: promises, offers, demands and conditions per actor pair, and their fate.

A commitment is a planned or conditional AGREE or CONCEDE, or a REQUEST (see
``data/ledger.yaml``). Its fate is the list of events of related types between the same
actors that later reports (documents published after the commitment was first reported,
or events dated after that day) give as happened or not happened.
"""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.datafiles import load_packaged
from storyline.views import (
    EventFilter,
    date_bounds,
    published_dates,
    select_events,
    value_bounds,
)


@dataclass(frozen=True, slots=True)
class LedgerRules:
    """Which (type, status) pairs are commitments, and how later events bear on them."""

    commitments: dict[str, dict[str, str]]
    fate: dict[str, dict[str, set[tuple[str, str]]]]

    @classmethod
    def packaged(cls) -> LedgerRules:
        """The rules in ``storyline/data/ledger.yaml``."""
        data = load_packaged("ledger.yaml")
        fate = {
            kind: {
                outcome: {tuple(item.split()) for item in items}
                for outcome, items in outcomes.items()
            }
            for kind, outcomes in data["fate"].items()
        }
        return cls(commitments=data["commitments"], fate=fate)

    def kind_of(self, event: dict) -> str | None:
        """Ledger kind of an event (promise, demand, ...), or None when it is no commitment."""
        return self.commitments.get(event["type"], {}).get(event["status"])

    def outcome_of(self, commitment: dict, later: dict) -> str | None:
        """kept, broken or related, or None when ``later`` does not bear on ``commitment``."""
        return self.outcomes(commitment["type"]).get((later["type"], later["status"]))

    def outcomes(self, commitment_type: str) -> dict[tuple[str, str], str]:
        """(type, status) of a later event -> its outcome, for one commitment type."""
        table: dict[tuple[str, str], str] = {}
        for outcome, pairs in self.fate.get(commitment_type, {}).items():
            for pair in pairs:
                table.setdefault(pair, outcome)
        return table


def same_parties(a: dict, b: dict) -> bool:
    """True when two events are between the same actors.

    Both actor sets must share two actors, or one actor when either event has only one.
    """
    return _shared_enough(
        frozenset(a["source"]) | frozenset(a["target"]),
        frozenset(b["source"]) | frozenset(b["target"]),
    )


def _shared_enough(left: frozenset[str], right: frozenset[str]) -> bool:
    if not left or not right:
        return False
    return len(left & right) >= min(2, len(left), len(right))


def _citation(event: dict, titles: dict[str, str | None]) -> dict | None:
    if not event["mentions"]:
        return None
    m = event["mentions"][0]
    return {
        "doc": m["doc"],
        "title": titles.get(m["doc"]),
        "sentence": m["sentence"],
        "start": m["start"],
        "end": m["end"],
        "text": m["text"],
    }


def _first_report(event: dict, published: dict[str, str | None]) -> date | None:
    days = [b[0] for b in (value_bounds(published.get(m["doc"])) for m in event["mentions"]) if b]
    return min(days) if days else None


def commitments_ledger(
    store: Any,
    flt: EventFilter | None = None,
    rules: LedgerRules | None = None,
    max_fate: int = 25,
) -> list[dict]:
    """Ledger entries for the commitments that pass the filter, by actor pair then date.

    Each entry has its kind, parties, when it was first reported (``made``), its citation,
    ``fate`` (the first ``max_fate`` later related events, in time order, with ``outcome``
    kept/broken/related and their citation)
    and a ``verdict``: ``kept`` or ``broken`` when later reports agree, ``mixed`` when they
    disagree, ``related`` when they only bear on it, ``open`` when there are none.
    """
    rules = rules or LedgerRules.packaged()
    published = published_dates(store)
    titles = {row["id"]: row["title"] for row in store.documents()}
    everything = select_events(store)
    chosen = {e["id"] for e in select_events(store, flt)} if flt else None
    # per event, computed once: its actors, and when it happened (its date) or, undated,
    # when it was first reported; "later" compares these days with the commitment's report
    facts: dict[str, date | None] = {}
    parties: dict[str, frozenset[str]] = {}
    by_actor: dict[str, list[dict]] = {}
    for event in everything:
        bounds = date_bounds(event["date"])
        facts[event["id"]] = bounds[0] if bounds else _first_report(event, published)
        parties[event["id"]] = frozenset(event["source"]) | frozenset(event["target"])
        for actor_id in parties[event["id"]]:
            by_actor.setdefault(actor_id, []).append(event)
    order = {
        event_id: (when.isoformat() if when else "9999", event_id)
        for event_id, when in facts.items()
    }
    # events by (actor, type, status), each list in time order with its sort keys
    index: dict[tuple[str, str, str], list[dict]] = {}
    for actor_id, events in by_actor.items():
        for later in sorted(events, key=lambda e: order[e["id"]]):
            index.setdefault((actor_id, later["type"], later["status"]), []).append(later)
    keys = {k: [order[e["id"]] for e in events] for k, events in index.items()}
    entries = []
    tables: dict[str, dict[tuple[str, str], str]] = {}
    for event in everything:
        kind = rules.kind_of(event)
        if kind is None or (chosen is not None and event["id"] not in chosen):
            continue
        made = _first_report(event, published)
        mine = parties[event["id"]]
        table = tables.setdefault(event["type"], rules.outcomes(event["type"]))
        start = (made.isoformat(), "\uffff") if made else ("9999", "")
        # later events of each outcome, in time order (from every actor of the commitment)
        by_outcome: dict[str, list[list[dict]]] = {}
        for (type_, status), outcome in table.items():
            for actor_id in sorted(mine):
                key = (actor_id, type_, status)
                if key in index:
                    tail = index[key][bisect.bisect_right(keys[key], start) :]
                    by_outcome.setdefault(outcome, []).append(tail)
        fate = []
        outcomes: set[str] = set()
        merged = heapq.merge(*(t for tails in by_outcome.values() for t in tails),
                             key=lambda e: order[e["id"]])  # fmt: skip
        seen: set[str] = set()
        for later in merged:
            if len(fate) >= max_fate:
                break
            if later["id"] in seen or later["id"] == event["id"] or facts[later["id"]] is None:
                continue
            seen.add(later["id"])
            if _shared_enough(mine, parties[later["id"]]):
                outcome = table[(later["type"], later["status"])]
                fate.append((facts[later["id"]].isoformat(), later["id"], outcome, later))
                outcomes.add(outcome)
        for outcome, tails in by_outcome.items():  # beyond the listed ones: does any exist?
            if outcome not in outcomes and any(
                facts[e["id"]] is not None
                and e["id"] != event["id"]
                and _shared_enough(mine, parties[e["id"]])
                for tail in tails
                for e in tail
            ):
                outcomes.add(outcome)
        verdict = _verdict(outcomes)
        shown = [
            {
                "id": later["id"],
                "type": later["type"],
                "status": later["status"],
                "outcome": outcome,
                "summary": later["summary"],
                "date": later["date"]["value"],
                "when": when or None,
                "citation": _citation(later, titles),
            }
            for when, _, outcome, later in fate[:max_fate]
        ]
        entries.append(
            {
                "id": event["id"],
                "kind": kind,
                "type": event["type"],
                "status": event["status"],
                "summary": event["summary"],
                "source": event["source"],
                "target": event["target"],
                "source_names": event["source_names"],
                "target_names": event["target_names"],
                "pair": _pair_label(event),
                "date": event["date"]["value"],
                "made": made.isoformat() if made else None,
                "citation": _citation(event, titles),
                "fate": shown,
                "verdict": verdict,
            }
        )
    entries.sort(key=lambda e: (e["pair"], e["made"] or "9999", e["id"]))
    return entries


def _verdict(outcomes: set[str]) -> str:
    if {"kept", "broken"} <= outcomes:
        return "mixed"
    for outcome in ("kept", "broken", "related"):
        if outcome in outcomes:
            return outcome
    return "open"


def _pair_label(event: dict) -> str:
    source = " & ".join(sorted(event["source_names"])) or "?"
    target = [n for n in sorted(event["target_names"]) if n not in event["source_names"]]
    return f"{source} → {' & '.join(target)}" if target else source
