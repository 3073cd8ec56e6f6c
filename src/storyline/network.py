"""Actor network view: who interacts with whom, how often, cooperatively or not, and when."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Any

from storyline.datafiles import load_packaged
from storyline.views import EventFilter, actor_index, date_bounds, select_events

INTERACTION_STATUSES = ("asserted",)


def cooperative_types() -> set[str]:
    """PLOVER types of the two cooperation quads (from the packaged ontology)."""
    types = load_packaged("plover.yaml")["types"]
    return {name for name, spec in types.items() if spec.get("cooperative")}


def quad_of(event_type: str) -> str | None:
    """PLOVER quad of a type: verbal-cooperation, material-cooperation, verbal-conflict, ..."""
    spec = load_packaged("plover.yaml")["types"].get(event_type) or {}
    return spec.get("quad")


def interaction_pairs(event: dict) -> list[tuple[str, str]]:
    """Unordered actor pairs an event links: source x target, and the members of a joint actor.

    "A and B met" is stored with A and B as both source and target (PLOVER codes all
    participants as actor); it links A with B once. Co-actors facing a separate target
    ("A and B met C") are on one side and are not linked with each other.
    """
    source, target = set(event["source"]), set(event["target"])
    pairs: set[tuple[str, str]] = set()
    for s in source:
        for t in target:
            if s != t:
                pairs.add((min(s, t), max(s, t)))
    if not target or target == source:
        for a, b in combinations(sorted(source), 2):
            pairs.add((a, b))
    return sorted(pairs)


def actor_network(store: Any, flt: EventFilter | None = None) -> dict:
    """Nodes (actors) and weighted edges (actor pairs) of the events that pass the filter.

    Without a status in the filter only asserted events count: a planned or denied meeting
    is not an interaction. Each edge has ``weight`` (events), ``cooperative`` and
    ``conflictual`` counts, ``stance`` (cooperative, conflictual or mixed), the event types,
    the first and last day of its dated events and its event ids.
    """
    flt = flt or EventFilter()
    events = select_events(store, flt)
    if flt.status is None:
        events = [e for e in events if e["status"] in INTERACTION_STATUSES]
    coop = cooperative_types()
    actors = actor_index(store)
    edges: dict[tuple[str, str], dict] = {}
    degree: Counter[str] = Counter()
    for event in events:
        bounds = date_bounds(event["date"])
        for a, b in interaction_pairs(event):
            edge = edges.setdefault(
                (a, b),
                {
                    "source": a,
                    "target": b,
                    "weight": 0,
                    "cooperative": 0,
                    "conflictual": 0,
                    "types": Counter(),
                    "first": None,
                    "last": None,
                    "spells": [],
                    "events": [],
                },
            )
            edge["weight"] += 1
            edge["cooperative" if event["type"] in coop else "conflictual"] += 1
            edge["types"][event["type"]] += 1
            edge["events"].append(event["id"])
            if bounds:
                start, end = bounds[0].isoformat(), bounds[1].isoformat()
                edge["spells"].append((start, end))
                edge["first"] = min(edge["first"] or start, start)
                edge["last"] = max(edge["last"] or end, end)
            degree[a] += 1
            degree[b] += 1
    out_edges = []
    for edge in sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"])):
        edge["stance"] = _stance(edge["cooperative"], edge["conflictual"])
        edge["types"] = dict(edge["types"].most_common())
        edge["spells"] = sorted(set(edge["spells"]))
        out_edges.append(edge)
    nodes = []
    for actor_id in sorted(degree, key=lambda a: (-degree[a], a)):
        row = actors.get(actor_id, {})
        nodes.append(
            {
                "id": actor_id,
                "name": row.get("name", actor_id),
                "kind": row.get("kind"),
                "country": row.get("country"),
                "sector": row.get("sector"),
                "degree": degree[actor_id],
            }
        )
    return {"nodes": nodes, "edges": out_edges}


def _stance(cooperative: int, conflictual: int) -> str:
    if conflictual == 0:
        return "cooperative"
    if cooperative == 0:
        return "conflictual"
    return "mixed"
