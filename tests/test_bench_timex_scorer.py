"""Hand-made cases for the TempEval-3-style TIMEX3 scorer (benchmarks/timex_scorer.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from timex_scorer import Counts, metrics, parse_timeml, score_dirs, score_document  # noqa: E402

HEAD = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
    'value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>\n'
)


def _doc(body: str) -> str:
    return f"{HEAD}<TEXT>\n{body}\n</TEXT>\n</TimeML>\n"


def _t(tid: str, text: str, kind: str = "DATE", value: str = "2013-03-22") -> str:
    return f'<TIMEX3 tid="{tid}" type="{kind}" value="{value}">{text}</TIMEX3>'


def _score(gold_body: str, system_body: str) -> dict[str, float]:
    gold_text, gold = parse_timeml(_doc(gold_body))
    system_text, system = parse_timeml(_doc(system_body))
    assert gold_text == system_text
    return metrics(score_document(gold, system))


def test_bench_timex_scorer_parses_offsets_and_skips_the_dct():
    text, found = parse_timeml(_doc(f"He said &quot;no&quot; {_t('t1', 'Friday')}."))
    assert text == '\nHe said "no" Friday.\n'
    assert [(t.text, text[t.start : t.end], t.value) for t in found] == [
        ("Friday", "Friday", "2013-03-22")
    ]


def test_bench_timex_scorer_partial_extent_is_relaxed_not_strict():
    # The toolkit's own example: gold "Sunday morning", system "Sunday".
    found = _score(
        f"It fell {_t('t1', 'Sunday morning', 'TIME', '2013-03-17TMO')}.",
        f"It fell {_t('t9', 'Sunday', 'DATE', '2013-03-17')} morning.",
    )
    assert found["relaxed_f1"] == 1.0
    assert found["strict_f1"] == 0.0
    assert found["type_accuracy"] == 0.0
    assert found["value_f1"] == 0.0


def test_bench_timex_scorer_mixed_document_figures():
    gold = (
        f"{_t('t1', 'Friday')} and {_t('t2', 'last week', value='2013-W11')} "
        f"and {_t('t3', 'a month', 'DURATION', 'P1M')} and then."
    )
    system = (
        f"{_t('t1', 'Friday')} and last {_t('t2', 'week', value='2013-W12')} "
        f"and a month and {_t('t3', 'then', value='PAST_REF')}."
    )
    found = _score(gold, system)
    assert found["relaxed_p"] == pytest.approx(2 / 3)
    assert found["relaxed_r"] == pytest.approx(2 / 3)
    assert found["strict_f1"] == pytest.approx(1 / 3)
    assert found["value_accuracy"] == pytest.approx(1 / 2)
    assert found["value_f1"] == pytest.approx(1 / 3)
    assert found["type_accuracy"] == 1.0


def test_bench_timex_scorer_one_system_span_matches_one_gold_only():
    gold = f"the pandemic of {_t('t1', '2009', value='2009')}-{_t('t2', '2010', value='2010')}."
    system = f"the pandemic of {_t('t1', '2009-2010', value='2009')}."
    found = _score(gold, system)
    assert found["relaxed_p"] == 1.0
    assert found["relaxed_r"] == 0.5
    assert found["value_accuracy"] == 1.0


def test_bench_timex_scorer_no_timex_anywhere_scores_one():
    assert _score("Nothing here.", "Nothing here.")["value_f1"] == 1.0


def test_bench_timex_scorer_micro_average_over_files(tmp_path):
    gold_dir, system_dir = tmp_path / "gold", tmp_path / "system"
    gold_dir.mkdir()
    system_dir.mkdir()
    one = f"On {_t('t1', 'Friday')}."
    three = f"{_t('t1', 'Friday')}, {_t('t2', 'Monday')} and {_t('t3', 'today')}."
    (gold_dir / "a.tml").write_text(_doc(one), encoding="utf-8")
    (system_dir / "a.tml").write_text(_doc(one), encoding="utf-8")
    (gold_dir / "b.tml").write_text(_doc(three), encoding="utf-8")
    (system_dir / "b.tml").write_text(_doc("Friday, Monday and today."), encoding="utf-8")
    counts = score_dirs(gold_dir, system_dir)
    assert (counts.gold, counts.system, counts.relaxed) == (4, 1, 1)
    found = metrics(counts)
    assert found["relaxed_p"] == 1.0
    assert found["relaxed_r"] == 0.25
    assert found["relaxed_f1"] == pytest.approx(0.4)


def test_bench_timex_scorer_refuses_changed_text(tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "s").mkdir()
    (tmp_path / "g" / "a.tml").write_text(_doc("On Friday."), encoding="utf-8")
    (tmp_path / "s" / "a.tml").write_text(_doc("On Friday!"), encoding="utf-8")
    with pytest.raises(ValueError):
        score_dirs(tmp_path / "g", tmp_path / "s")


def test_bench_timex_scorer_counts_add_up():
    total = Counts()
    total += Counts(gold=2, system=1, strict=1, relaxed=1, type_match=1, value_match=1)
    total += Counts(gold=1, system=2, strict=0, relaxed=1, type_match=0, value_match=0)
    assert (total.gold, total.system, total.relaxed, total.value_match) == (3, 3, 2, 1)
