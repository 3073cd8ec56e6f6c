"""Coreference metrics of the CoNLL reference scorer (v8.01): MUC, B-cubed, CEAF-e, CoNLL F1.

Clusters are iterables of hashable mention ids; ``key`` is the gold partition, ``response``
the system's. Mentions present on one side only count as the reference scorer counts them
(missing mentions lower recall, invented ones lower precision). Duplicate mentions inside one
cluster are removed, as the scorer does. Checked against the scorer's documented test cases
in ``tests/test_bench_coref_metrics.py``.

This module imports nothing from ``storyline``: it judges, it is not judged.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

Cluster = frozenset
Score = tuple[float, float, float]


def _clusters(partition: Iterable[Iterable[Hashable]]) -> list[frozenset]:
    return [frozenset(c) for c in partition if len(frozenset(c)) > 0]


def _f1(recall: float, precision: float) -> float:
    return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


def _ratio(numerator: float, denominator: float) -> float:
    return 0.0 if denominator == 0 else numerator / denominator


def _muc_side(gold: Sequence[frozenset], other: Sequence[frozenset]) -> tuple[int, int]:
    where = {m: n for n, c in enumerate(other) for m in c}
    numerator = denominator = 0
    for cluster in gold:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator, denominator


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """MUC (Vilain et al. 1995): links recovered."""
    k, r = _clusters(key), _clusters(response)
    recall = _ratio(*_muc_side(k, r))
    precision = _ratio(*_muc_side(r, k))
    return recall, precision, _f1(recall, precision)


def _b3_side(gold: Sequence[frozenset], other: Sequence[frozenset]) -> float:
    where = {m: c for c in other for m in c}
    total = sum(len(c) for c in gold)
    score = 0.0
    for cluster in gold:
        seen: set[frozenset] = set()
        for mention in cluster:
            partner = where.get(mention)
            if partner is None or partner in seen:
                continue
            seen.add(partner)
            score += len(cluster & partner) ** 2 / len(cluster)
    return _ratio(score, total)


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """B-cubed (Bagga and Baldwin 1998), mention-weighted."""
    k, r = _clusters(key), _clusters(response)
    recall = _b3_side(k, r)
    precision = _b3_side(r, k)
    return recall, precision, _f1(recall, precision)


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """Entity-based CEAF (Luo 2005) with phi4 similarity and an optimal one-to-one alignment."""
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return 0.0, 0.0, 0.0
    where = {m: j for j, c in enumerate(r) for m in c}
    similarity = np.zeros((len(k), len(r)))
    for i, cluster in enumerate(k):
        for j in {where[m] for m in cluster if m in where}:
            similarity[i, j] = 2 * len(cluster & r[j]) / (len(cluster) + len(r[j]))
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    total = float(similarity[rows, cols].sum())
    recall, precision = total / len(k), total / len(r)
    return recall, precision, _f1(recall, precision)


def conll_f1(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> dict[str, Score | float]:
    """MUC, B-cubed and CEAF-e as (recall, precision, f1), and their mean F1 as ``conll``."""
    k, r = _clusters(key), _clusters(response)
    scores: dict[str, Score | float] = {
        "muc": muc(k, r),
        "b_cubed": b_cubed(k, r),
        "ceaf_e": ceaf_e(k, r),
    }
    scores["conll"] = sum(s[2] for s in scores.values() if isinstance(s, tuple)) / 3
    return scores
