"""Actor network exports: GEXF 1.2 (dynamic, for Gephi) and GraphML, written by NetworkX.

Nodes are actors, edges actor pairs (``storyline.network``). Edge attributes: ``weight``
(events), ``stance``, ``cooperative``, ``conflictual``, ``event_types``, ``events``; in GEXF
each dated interaction is a spell, so Gephi's timeline shows when a pair was in contact.
No edge attribute is called ``type``: GEXF reserves it for the edge direction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from storyline.network import actor_network


def network_graph(store: Any, flt: Any = None, dynamic: bool = True) -> nx.Graph:
    """The actor network as an undirected NetworkX graph (dynamic: with GEXF spells)."""
    network = actor_network(store, flt)
    graph = nx.Graph(name="Storyline actor network")
    if dynamic:
        graph.graph["mode"] = "dynamic"
    node_spells: dict[str, set[tuple[str, str]]] = {n["id"]: set() for n in network["nodes"]}
    for edge in network["edges"]:
        node_spells[edge["source"]].update(edge["spells"])
        node_spells[edge["target"]].update(edge["spells"])
    for node in network["nodes"]:
        attrs = {
            "label": node["name"],
            "kind": node["kind"] or "",
            "country": node["country"] or "",
            "sector": node["sector"] or "",
            "degree": node["degree"],
        }
        if dynamic and node_spells[node["id"]]:
            attrs["spells"] = sorted(node_spells[node["id"]])
        graph.add_node(node["id"], **attrs)
    for i, edge in enumerate(network["edges"]):
        attrs = {
            "id": f"edge-{i}",
            "weight": edge["weight"],
            "stance": edge["stance"],
            "cooperative": edge["cooperative"],
            "conflictual": edge["conflictual"],
            "event_types": ";".join(f"{t}:{n}" for t, n in edge["types"].items()),
            "events": ";".join(edge["events"]),
            "first": edge["first"] or "",
            "last": edge["last"] or "",
        }
        if dynamic and edge["spells"]:
            attrs["spells"] = edge["spells"]
        graph.add_edge(edge["source"], edge["target"], **attrs)
    return graph


def write_gexf(store: Any, out: Path, flt: Any = None) -> dict[str, int]:
    """network.gexf (GEXF 1.2, dynamic, dates as spells)."""
    graph = network_graph(store, flt, dynamic=True)
    nx.write_gexf(graph, out / "network.gexf", version="1.2draft")
    return {"network.gexf": graph.number_of_edges()}


def write_graphml(store: Any, out: Path, flt: Any = None) -> dict[str, int]:
    """network.graphml (static; first and last dates as edge attributes)."""
    graph = network_graph(store, flt, dynamic=False)
    nx.write_graphml(graph, out / "network.graphml")
    return {"network.graphml": graph.number_of_edges()}
