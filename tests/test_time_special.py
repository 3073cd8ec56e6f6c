"""Expressions TimeML values in its own way: references, quarters, seasons, sets, clock times."""

from __future__ import annotations

import pytest

from storyline.time import normalise
from storyline.time.timeml import timex3_value

DCT = "2013-03-22"  # a Friday

# (text, tense) -> (TIMEX3 type, TIMEX3 value)
CASES = [
    ("now", "present", ("DATE", "PRESENT_REF")),
    ("currently", "present", ("DATE", "PRESENT_REF")),
    ("recently", "past", ("DATE", "PAST_REF")),
    ("in the past", "past", ("DATE", "PAST_REF")),
    ("the near future", "future", ("DATE", "FUTURE_REF")),
    ("the third quarter of this year", "past", ("DATE", "2013-Q3")),
    ("the fourth quarter", "past", ("DATE", "2012-Q4")),
    ("the first quarter of 2009", "past", ("DATE", "2009-Q1")),
    ("Q2 2012", "past", ("DATE", "2012-Q2")),
    ("last quarter", "past", ("DATE", "2012-Q4")),
    ("the first half of 2013", "past", ("DATE", "2013-H1")),
    ("last spring", "past", ("DATE", "2012-SP")),
    ("summer 2008", "past", ("DATE", "2008-SU")),
    ("every Monday", "present", ("SET", "XXXX-WXX-1")),
    ("each year", "present", ("SET", "P1Y")),
    ("weekly", "present", ("SET", "P1W")),
    ("4:30 p.m. Monday", "past", ("TIME", "2013-03-18T16:30")),
    ("12:00 UTC", "past", ("TIME", "2013-03-22T12:00Z")),
    ("Monday at 9 a.m.", "future", ("TIME", "2013-03-25T09:00")),
    ("this weekend", "future", ("DATE", "2013-W12-WE")),
    ("last September", "past", ("DATE", "2012-09")),
    ("the next six months", "future", ("DURATION", "P6M")),
    ("the coming weeks", "future", ("DURATION", "PXW")),
    ("the past five trading days", "past", ("DURATION", "P5D")),
    ("recent years", "past", ("DURATION", "PXY")),
    ("the past decade", "past", ("DURATION", "P10Y")),
    ("almost two and a half years", "past", ("DURATION", "P2.5Y")),
    ("six straight days", "past", ("DURATION", "P6D")),
    ("last night", "past", ("TIME", "2013-03-21TNI")),
    ("tonight", "future", ("TIME", "2013-03-22TNI")),
    ("Thursday morning", "past", ("TIME", "2013-03-21TMO")),
    ("7/8/07", "past", ("DATE", "2007-07-08")),
    ("the '80s", "past", ("DATE", "198")),
    ("the end of the year", "future", ("DATE", "2013")),
    ("fiscal 2012", "past", ("DATE", "FY2012")),
    ("twice a year", "present", ("SET", "P1Y")),
    ("every other week", "present", ("SET", "P2W")),
    ("years ago", "past", ("DATE", "PAST_REF")),
    ("the current fiscal year", "present", ("DATE", "FY2013")),
    ("the 20th century", "past", ("DATE", "19")),
    ("Christmas", "past", ("DATE", "2012-12-25")),
    ("New Year's Eve", "future", ("DATE", "2013-12-31")),
]


@pytest.mark.parametrize(("text", "tense", "expected"), CASES)
def test_time_special_timeml_values(text, tense, expected):
    assert timex3_value(normalise(text, DCT, tense)) == expected


def test_time_special_calendar_bounds_for_event_dating():
    quarter = normalise("the third quarter of 2012", DCT, "past")
    assert (quarter.earliest, quarter.latest) == ("2012-07-01", "2012-09-30")
    season = normalise("last spring", DCT, "past")
    assert (season.earliest, season.latest) == ("2012-03-01", "2012-05-31")
    weekend = normalise("this weekend", DCT, "future")
    assert (weekend.earliest, weekend.latest) == ("2013-03-23", "2013-03-24")
    clock = normalise("4:30 p.m. Monday", DCT, "past")
    assert (clock.value, clock.granularity, clock.kind) == ("2013-03-18", "day", "time")
    rest = normalise("the rest of the year", DCT, "future")
    assert (rest.earliest, rest.latest) == (DCT, "2013-12-31")


def test_time_special_references_date_no_event():
    found = normalise("now", DCT, "present")
    assert found.value is None
    assert not found.anchored


def test_time_special_stay_relative_without_dct():
    assert timex3_value(normalise("the fourth quarter", None, "past")) == ("DATE", "XXXX-Q4")
    assert timex3_value(normalise("4:30 p.m.", None, "past")) == ("TIME", "XXXX-XX-XXT16:30")
    assert normalise("last September", None, "past").value is None


@pytest.mark.parametrize("text", ["a second", "the past", "10", "fall"])
def test_time_special_not_taken_alone(text):
    found = timex3_value(normalise(text, DCT, "past"))
    assert found is None or found[1] != "PT1S"
    if text in ("10", "fall"):
        assert found is None
