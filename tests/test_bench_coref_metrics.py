"""The CoNLL metrics in benchmarks/coref_metrics.py reproduce the reference scorer's cases.

Cases: the reference scorer's test/TestCases.README (TC-A-1 to TC-A-4; CEAF-e values given
there, MUC and B-cubed worked out by the same definitions and cross-checked against the
published values of other reimplementations) and the worked example of Pradhan et al. 2014.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from coref_metrics import b_cubed, ceaf_e, conll_f1, muc  # noqa: E402

KEY = [["a"], ["b", "c"], ["d", "e", "f"]]


def approx(values: tuple[float, ...], abs: float = 1e-4) -> object:
    return pytest.approx(values, abs=abs)


def test_bench_coref_metrics_perfect_response() -> None:
    scores = conll_f1(KEY, KEY)
    assert scores["muc"] == approx((1, 1, 1))
    assert scores["b_cubed"] == approx((1, 1, 1))
    assert scores["ceaf_e"] == approx((1, 1, 1))
    assert scores["conll"] == pytest.approx(1)


def test_bench_coref_metrics_missing_mentions() -> None:
    response = [["a"], ["d", "e"]]
    assert muc(KEY, response) == approx((1 / 3, 1, 1 / 2))
    assert b_cubed(KEY, response) == approx((7 / 18, 1, 14 / 25))
    assert ceaf_e(KEY, response) == approx((0.6, 0.9, 0.72))


def test_bench_coref_metrics_false_alarm_mentions() -> None:
    response = [["a"], ["b", "c", "x"], ["d", "e", "f", "y"], ["z"]]
    assert muc(KEY, response) == approx((1, 3 / 5, 0.75))
    assert b_cubed(KEY, response) == approx((1, (4 + 7 / 12) / 9, 110 / 163))
    assert ceaf_e(KEY, response) == approx((0.88571, 0.66429, 0.75918))


def test_bench_coref_metrics_missing_and_false_alarm() -> None:
    response = [["a"], ["b", "c", "x"], ["d", "y"], ["z"]]
    assert muc(KEY, response) == approx((1 / 3, 1 / 3, 1 / 3))
    assert b_cubed(KEY, response) == approx(
        (10 / 18, 17 / 42, 2 * (10 / 18) * (17 / 42) / (10 / 18 + 17 / 42))
    )
    assert ceaf_e(KEY, response) == approx((2.2 / 3, 2.2 / 4, 4.4 / 7))


def test_bench_coref_metrics_duplicate_mention_is_removed() -> None:
    with_duplicate = [["a"], ["b", "c", "x", "b"], ["d", "y"], ["z"]]
    without = [["a"], ["b", "c", "x"], ["d", "y"], ["z"]]
    assert conll_f1(KEY, with_duplicate) == conll_f1(KEY, without)


def test_bench_coref_metrics_pradhan_2014_example() -> None:
    key = [["a", "b", "c"], ["d", "e", "f", "g"]]
    response = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]
    assert muc(key, response) == approx((0.4, 0.4, 0.4))
    assert b_cubed(key, response)[:2] == approx(((4 / 3 + 1 / 3 + 1 / 4 + 1) / 7, 0.5))
    assert ceaf_e(key, response)[:2] == approx((0.65, 1.3 / 3))


def test_bench_coref_metrics_empty_response_scores_zero() -> None:
    assert conll_f1(KEY, [])["conll"] == 0
