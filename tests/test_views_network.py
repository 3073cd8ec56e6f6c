"""Actor network: pairs, weights, stance, dates; joint actors and co-actors."""

from __future__ import annotations

import pytest

from storyline.network import actor_network, interaction_pairs
from storyline.store import Store, actor_id
from storyline.views import EventFilter
from test_views import build_views_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    built = build_views_store(tmp_path_factory.mktemp("network") / "views.db")
    yield built
    built.close()


def test_views_network_weights_stance_and_dates(store: Store) -> None:
    network = actor_network(store)
    a, b, c = actor_id("reg:a"), actor_id("reg:b"), actor_id("reg:c")
    edges = {(e["source"], e["target"]): e for e in network["edges"]}
    ab = edges[tuple(sorted((a, b)))]
    assert ab["weight"] == 5 and ab["stance"] == "mixed"
    assert (ab["cooperative"], ab["conflictual"]) == (3, 2)
    assert (ab["first"], ab["last"]) == ("2018-06-12", "2018-10-31")
    assert edges[tuple(sorted((b, c)))]["stance"] == "cooperative"
    assert [n["name"] for n in network["nodes"]][0] == "Bo Reyes"  # highest degree


def test_views_network_status_filter_counts_other_statuses(store: Store) -> None:
    network = actor_network(store, EventFilter(status="negated"))
    assert [e["weight"] for e in network["edges"]] == [1]


def test_views_network_pairs_of_joint_and_co_actors() -> None:
    joint = {"source": ["x", "y"], "target": ["x", "y"]}
    assert interaction_pairs(joint) == [("x", "y")]
    co = {"source": ["x", "y"], "target": ["z"]}
    assert interaction_pairs(co) == [("x", "z"), ("y", "z")]
    alone = {"source": ["x"], "target": []}
    assert interaction_pairs(alone) == []
