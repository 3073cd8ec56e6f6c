"""Granularity-aware dates, place containment, most precise consistent attributes."""

from __future__ import annotations

from storyline.records import EventDate, Location
from storyline.resolve.compat import (
    choose_date,
    date_interval,
    dates_compatible,
    more_precise,
    more_precise_place,
    places_compatible,
)

PYONGYANG = Location("Pyongyang", "PRK", 39.03, 125.75)
NORTH_KOREA = Location("North Korea", "PRK")
SEOUL = Location("Seoul", "KOR", 37.57, 126.98)


def test_resolve_compat_month_contains_day_and_year_contains_month() -> None:
    assert dates_compatible(EventDate("2000-10", "month"), EventDate("2000-10-24", "day"))
    assert dates_compatible(EventDate("2000", "year"), EventDate("2000-10", "month"))
    assert not dates_compatible(EventDate("2000-09", "month"), EventDate("2000-10-24", "day"))
    assert not dates_compatible(EventDate("1999", "year"), EventDate("2000-10-24", "day"))


def test_resolve_compat_bounds_without_value_are_an_interval() -> None:
    week = EventDate(None, None, earliest="2018-10-01", latest="2018-10-07")
    assert date_interval(week) is not None
    assert dates_compatible(week, EventDate("2018-10-05", "day"))
    assert not dates_compatible(week, EventDate("2018-10-09", "day"))
    assert dates_compatible(week, EventDate(None))  # unknown is compatible with anything


def test_resolve_compat_unreadable_values_say_nothing() -> None:
    assert date_interval(EventDate("P2Y", None)) is None
    assert date_interval(EventDate("2018-02-30", "day")) is None
    assert dates_compatible(EventDate("PRESENT_REF"), EventDate("2018-10-07", "day"))


def test_resolve_compat_more_precise_is_the_narrower_interval() -> None:
    month, day = EventDate("2000-10", "month"), EventDate("2000-10-24", "day")
    assert more_precise(month, day) is day
    assert more_precise(day, month) is day
    assert more_precise(EventDate(None), month) is month


def test_resolve_compat_choose_date_majority_then_precision_with_conflicts() -> None:
    dates = [
        EventDate("2000-10", "month"),
        EventDate("2000-10-24", "day"),
        EventDate("2000-10-24", "day"),
        EventDate("2000-10-23", "day"),
        EventDate(None),
    ]
    chosen, conflicts = choose_date(dates)
    assert chosen.value == "2000-10-24"
    assert conflicts == [3]


def test_resolve_compat_country_contains_its_cities() -> None:
    assert places_compatible(PYONGYANG, NORTH_KOREA)
    assert places_compatible(NORTH_KOREA, PYONGYANG)
    assert not places_compatible(SEOUL, NORTH_KOREA)
    assert not places_compatible(SEOUL, PYONGYANG)
    assert places_compatible(None, SEOUL)
    assert more_precise_place(NORTH_KOREA, PYONGYANG) is PYONGYANG
    assert more_precise_place(PYONGYANG, NORTH_KOREA) is PYONGYANG
