"""Event dates from an office holder's term, and look-back dates (needs the spaCy model)."""

from __future__ import annotations

import pytest

from storyline.records import CleanedText
from storyline.time import analyse_time, date_for_trigger
from storyline.time.role_anchor import role_anchor

pytestmark = pytest.mark.model

ROLES = {"Lopez": [("president", "1994-08-01", "2002-08-01")]}


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _anchor(nlp, text: str, trigger: str):
    doc = nlp(text)
    word = next(t for t in doc if t.text == trigger)
    return role_anchor(word, lambda token: ROLES.get(token.text, []))


def test_time_role_anchor_end_of_a_presidency_is_its_last_year(nlp) -> None:
    # my own sentence; Lopez's presidency is given above
    found = _anchor(nlp, "At the end of Lopez's presidency, his envoy flew to Quito.", "flew")
    assert found is not None
    assert (found.value, found.earliest, found.latest) == (None, "2001-08-01", "2002-08-01")
    assert found.rule.startswith("role: At the end of Lopez's presidency")


def test_time_role_anchor_during_a_presidency_is_the_whole_term(nlp) -> None:
    found = _anchor(nlp, "During Lopez's presidency, the envoy flew to Quito twice.", "flew")
    assert found is not None and (found.earliest, found.latest) == ("1994-08-01", "2002-08-01")


def test_time_role_anchor_needs_a_known_holder_and_its_own_clause(nlp) -> None:
    assert (
        _anchor(nlp, "At the end of Smith's presidency, the envoy flew to Quito.", "flew") is None
    )
    text = "The envoy, who had served until the end of Lopez's presidency, flew to Quito."
    assert _anchor(nlp, text, "flew") is None


def _date(nlp, text: str, trigger: str, published: str):
    doc = nlp(text)
    cleaned = CleanedText(text=text, title=None, byline=None, segments=[], dropped=[])
    time = analyse_time(cleaned, doc, {"date": published})
    return time, date_for_trigger(next(t for t in doc if t.text == trigger), time)


def test_time_month_day_takes_the_year_of_its_noun(nlp) -> None:
    # my own sentence, written in 2018 about 2001
    time, _ = _date(
        nlp, "After the Sept. 11 attacks in 2001, Peru closed its ports.", "closed", "2018-03-09"
    )
    assert [e.value for e in time.expressions][:1] == ["2001-09-11"]


def test_time_look_back_sequel_gets_bounds_not_the_earlier_year(nlp) -> None:
    # "after the attacks in 2001", written in 2018: the act may be in 2002; no value
    _, found = _date(
        nlp, "After the attacks in 2001, Peru closed its ports.", "closed", "2018-03-09"
    )
    assert found.value is None and found.earliest == "2001-01-01"
    # the same sequel in recent news keeps the year ("after the summit last year")
    _, found = _date(
        nlp, "After the attacks in 2017, Peru closed its ports.", "closed", "2018-03-09"
    )
    assert found.value == "2017"
