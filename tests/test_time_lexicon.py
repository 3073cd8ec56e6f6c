"""Integrity of the packaged time lexicon and the calendar helpers."""

from __future__ import annotations

from datetime import date

from storyline.datafiles import load_packaged
from storyline.time.calendar import (
    add_months,
    common_period,
    lexicon,
    weekday_near,
    years_with_weekday,
)


def test_time_lexicon_covers_every_month_and_weekday_once():
    data = load_packaged("time_lexicon.yaml")
    assert sorted(int(k) for k in data["months"]) == list(range(1, 13))
    assert sorted(int(k) for k in data["weekdays"]) == list(range(7))
    month_words = [w for words in data["months"].values() for w in words]
    weekday_words = [w for words in data["weekdays"].values() for w in words]
    assert len(month_words) == len(set(month_words))
    assert len(weekday_words) == len(set(weekday_words))
    assert not set(month_words) & set(weekday_words)


def test_time_lexicon_modifiers_and_units_are_well_formed():
    lex = lexicon()
    for name, spec in lex.modifiers.items():
        low, high = spec["month_days"]
        assert 1 <= low <= high <= 31, name
        low, high = spec["year_months"]
        assert 1 <= low <= high <= 12, name
    assert {u["code"] for u in lex.units.values()} <= {"S", "M", "H", "D", "W", "Y"}
    assert set(lex.vague_counts) <= set(lex.numbers)


def test_time_calendar_weekday_directions():
    sunday = date(2018, 10, 7)
    assert weekday_near(sunday, 6, "past") == sunday
    assert weekday_near(sunday, 6, "past-strict") == date(2018, 9, 30)
    assert weekday_near(sunday, 0, "future") == date(2018, 10, 8)
    # "will travel on Sunday" in a Sunday paper is that day; "next Sunday" is a week on
    assert weekday_near(sunday, 6, "future") == sunday
    assert weekday_near(sunday, 6, "future-strict") == date(2018, 10, 14)
    assert weekday_near(sunday, 5, "nearest") == date(2018, 10, 6)


def test_time_calendar_years_and_months():
    assert 2018 in years_with_weekday(10, 7, 6, 2015, 2020)
    assert 2017 not in years_with_weekday(10, 7, 6, 2015, 2020)
    assert years_with_weekday(2, 29, 0, 2021, 2023) == []
    assert add_months(date(2019, 1, 31), 1) == date(2019, 2, 28)
    assert common_period(date(2018, 9, 1), date(2018, 9, 30)) == ("2018-09", "month")
    assert common_period(date(2017, 12, 1), date(2018, 1, 30)) is None


def test_time_lexicon_timeml_section_is_well_formed():
    import re

    tm = lexicon().timeml
    assert set(tm["references"].values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert set(tm["seasons"].values()) == set(tm["season_months"]) == {"SP", "SU", "FA", "WI"}
    assert set(tm["quarter_ordinals"].values()) == {1, 2, 3, 4}
    assert all(re.fullmatch(r"PT?\d+[HDWMY]", v) for v in tm["set_words"].values())
    for name, (month, day) in tm["holidays"].items():
        assert date(2000, month, day), name
    assert all(z == z.lower() for z in tm["clock_zones"])


def test_the_same_day_is_an_expression_counted_from_the_day_before() -> None:
    from storyline.time.offsets import offset_days
    from storyline.time.spans import recognised

    assert recognised("the same day") and recognised("that same day")
    assert offset_days("on the same day") == 0
