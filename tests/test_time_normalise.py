"""Pure normalisation of time expressions against hand-written creation times (no model)."""

from __future__ import annotations

import pytest

from storyline.time import normalise

# (text, dct, tense) -> (value, granularity, earliest, latest)
CASES = [
    ("Sunday, Oct. 7", "2018-10-07", "past", ("2018-10-07", "day", "2018-10-07", "2018-10-07")),
    ("Friday, March 3", "2023-03-05", "past", ("2023-03-03", "day", "2023-03-03", "2023-03-03")),
    ("on Saturday", "2018-10-07", "past", ("2018-10-06", "day", "2018-10-06", "2018-10-06")),
    ("on Monday", "2018-10-07", "future", ("2018-10-08", "day", "2018-10-08", "2018-10-08")),
    ("Wednesday", "2021-04-16", "past", ("2021-04-14", "day", "2021-04-14", "2021-04-14")),
    ("Wednesday", "2021-04-16", "future", ("2021-04-21", "day", "2021-04-21", "2021-04-21")),
    ("Friday", "2021-04-16", "past", ("2021-04-16", "day", "2021-04-16", "2021-04-16")),
    ("last Friday", "2021-04-16", "past", ("2021-04-09", "day", "2021-04-09", "2021-04-09")),
    ("next Tuesday", "2021-04-16", "past", ("2021-04-20", "day", "2021-04-20", "2021-04-20")),
    ("Tuesday morning", "2000-10-24", "past", ("2000-10-24", "day", "2000-10-24", "2000-10-24")),
    (
        "late Thursday night",
        "2002-10-25",
        "past",
        ("2002-10-24", "day", "2002-10-24", "2002-10-24"),
    ),
    ("in July", "2018-10-07", "past", ("2018-07", "month", "2018-07-01", "2018-07-31")),
    ("late August", "2018-10-07", "past", ("2018-08", "month", "2018-08-21", "2018-08-31")),
    ("early March", "2015-06-02", "past", ("2015-03", "month", "2015-03-01", "2015-03-10")),
    ("mid-May", "2015-06-02", "past", ("2015-05", "month", "2015-05-11", "2015-05-20")),
    ("in June", "2018-10-07", "past", ("2018-06", "month", "2018-06-01", "2018-06-30")),
    ("in November", "2002-02-10", "past", ("2001-11", "month", "2001-11-01", "2001-11-30")),
    ("in January", "2002-10-10", "future", ("2003-01", "month", "2003-01-01", "2003-01-31")),
    ("last month", "2018-10-07", "past", ("2018-09", "month", "2018-09-01", "2018-09-30")),
    ("late last month", "2018-10-07", "past", ("2018-09", "month", "2018-09-21", "2018-09-30")),
    ("last month", "2019-01-15", "past", ("2018-12", "month", "2018-12-01", "2018-12-31")),
    ("next month", "2019-12-15", "future", ("2020-01", "month", "2020-01-01", "2020-01-31")),
    ("this week", "2018-10-10", "present", ("2018-W41", None, "2018-10-08", "2018-10-14")),
    ("earlier this year", "2000-10-24", "past", ("2000", "year", "2000-01-01", "2000-10-24")),
    ("later this year", "2000-10-24", "future", ("2000", "year", "2000-10-24", "2000-12-31")),
    ("last year", "2000-10-24", "past", ("1999", "year", "1999-01-01", "1999-12-31")),
    ("within the past year", "2000-10-24", "past", ("2000", "year", "1999-10-24", "2000-10-24")),
    ("the past few days", "2018-10-07", "past", ("2018-10", "month", "2018-10-04", "2018-10-07")),
    ("nearly two years ago", "2002-10-25", "past", ("2000", "year", "2000-10-25", "2001-10-25")),
    ("three days ago", "2002-10-25", "past", ("2002-10-22", "day", "2002-10-22", "2002-10-22")),
    ("six months ago", "2002-10-25", "past", ("2002-04", "month", "2002-04-25", "2002-04-25")),
    ("today", "2018-10-07", "past", ("2018-10-07", "day", "2018-10-07", "2018-10-07")),
    ("yesterday", "2018-10-01", "past", ("2018-09-30", "day", "2018-09-30", "2018-09-30")),
    ("tomorrow", "2018-12-31", "future", ("2019-01-01", "day", "2019-01-01", "2019-01-01")),
    ("this morning", "2018-10-07", "past", ("2018-10-07", "day", "2018-10-07", "2018-10-07")),
    ("October 2000", None, "past", ("2000-10", "month", "2000-10-01", "2000-10-31")),
    ("in October 2000", "2018-01-01", "past", ("2000-10", "month", "2000-10-01", "2000-10-31")),
    ("2001", None, "past", ("2001", "year", "2001-01-01", "2001-12-31")),
    ("the 1950-53 Korean War", None, "past", ("1950", "year", "1950-01-01", "1953-12-31")),
    ("1950-1953", None, "past", ("1950", "year", "1950-01-01", "1953-12-31")),
    ("October 24, 2000", None, "past", ("2000-10-24", "day", "2000-10-24", "2000-10-24")),
    ("24 October 2000", None, "past", ("2000-10-24", "day", "2000-10-24", "2000-10-24")),
    ("2018-10-07", None, "past", ("2018-10-07", "day", "2018-10-07", "2018-10-07")),
    ("the 1990s", None, "past", ("199", None, "1990-01-01", "1999-12-31")),
    ("since November", "2002-10-25", "past", ("2001-11", "month", "2001-11-01", "2002-10-25")),
    ("Dec. 30", "2019-01-02", "past", ("2018-12-30", "day", "2018-12-30", "2018-12-30")),
]


@pytest.mark.parametrize(("text", "dct", "tense", "expected"), CASES)
def test_time_normalise_dates(text, dct, tense, expected):
    found = normalise(text, dct, tense)
    assert (found.value, found.granularity, found.earliest, found.latest) == expected
    assert found.anchored
    assert found.kind == "date"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two hours", "PT2H"),
        ("six hours", "PT6H"),
        ("about two hours", "PT2H"),
        ("90-minute", "PT90M"),
        ("a two-day", "P2D"),
        ("three day", "P3D"),
        ("more than 50 years", "P50Y"),
        ("a decade", "P10Y"),
        ("several months", "PXM"),
        ("hours", "PTXH"),
    ],
)
def test_time_normalise_durations(text, value):
    found = normalise(text, "2018-10-07", "past")
    assert found.kind == "duration"
    assert found.value == value
    assert found.granularity is None


@pytest.mark.parametrize(
    ("text", "tense", "rule_prefix"),
    [
        ("on Monday", "past", "weekday"),
        ("last month", "past", "relative-month"),
        ("nearly two years ago", "past", "ago"),
        ("this week", "present", "relative-week"),
        ("in July", "past", "month"),
        ("today", "past", "deictic"),
        ("Sunday, Oct. 7", "past", "month-day"),
    ],
)
def test_time_normalise_relative_left_unanchored_without_dct(text, tense, rule_prefix):
    found = normalise(text, None, tense)
    assert found.value is None
    assert not found.anchored
    assert found.rule.startswith(rule_prefix)


def test_time_normalise_keeps_written_calendar_parts():
    found = normalise("Sunday, Oct. 7", None, "past")
    assert (found.month, found.day, found.weekday) == (10, 7, 6)


def test_time_normalise_month_granularity_dct_anchors_months_not_weekdays():
    assert normalise("in July", "2018-10", "past").value == "2018-07"
    assert normalise("on Monday", "2018-10", "past").value is None


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("the Kim dynasty", "unrecognised"),
        ("a 70-year-old", "age"),
        ("that day", "anaphoric"),
        ("two months after", "relative-to-event"),
    ],
)
def test_time_normalise_non_dates_get_no_value(text, rule):
    found = normalise(text, "2018-10-07", "past")
    assert found.value is None
    assert found.rule == rule


def test_time_normalise_weekday_with_date_picks_matching_year():
    # 7 October is a Sunday in 2018, not in 2017: a 2017 DCT still finds the right day.
    found = normalise("Sunday, Oct. 7", "2017-12-28", "past")
    assert found.value == "2018-10-07"


def test_time_offsets_from_the_event_told_before() -> None:
    from storyline.time.offsets import offset_days

    assert offset_days("two days later") == 2
    assert offset_days("A day earlier") == -1
    assert offset_days("three weeks later") == 21
    assert offset_days("the next day") == 1
    assert offset_days("on the previous day") == -1
    assert offset_days("days later") is None  # how many is not said
    assert offset_days("Hours later") == 0  # within a day
    assert offset_days("three hours earlier") == 0
    assert offset_days("36 hours later") is None  # a day or two
    assert offset_days("two days after the vote") is None  # anchored to the vote instead
    assert offset_days("a year later") is None  # no day to count to


def test_time_the_next_day_is_found_and_counted_from_the_event_before() -> None:
    from storyline.time.offsets import offset_days
    from storyline.time.timex import normalise

    assert normalise("the next day", "2025-10-30", "past").rule == "anaphoric"
    assert normalise("next week", "2025-10-30", "future").rule == "relative-week"
    assert offset_days("the next day") == 1


def test_time_normalise_a_future_weekday_of_the_paper_is_that_day() -> None:
    # 2018-10-07 is a Sunday: a future "on Sunday" is the day itself, "next Sunday" the one after
    assert normalise("on Sunday", "2018-10-07", "future").value == "2018-10-07"
    assert normalise("next Sunday", "2018-10-07", "future").value == "2018-10-14"
    assert normalise("on Monday", "2018-10-07", "future").value == "2018-10-08"
