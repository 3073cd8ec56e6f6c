"""Publication-date inference on small hand-written page dumps (no model needed)."""

from __future__ import annotations

import spacy

from storyline.records import CleanedText, DroppedBlock
from storyline.time import analyse_time
from storyline.time.dct import BodyDate, explicit_dates, find_published


def _cleaned(text: str, dropped=(), title=None, byline=None, html_date=None) -> CleanedText:
    return CleanedText(
        text=text,
        title=title,
        byline=byline,
        segments=[],
        dropped=[DroppedBlock(kind, 0, 0, block) for kind, block in dropped],
        html_date=html_date,
    )


def _blank_doc(text: str):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


WEEKDAY_LEAD = (
    "The two foreign ministers held talks in the harbour city on Sunday, Oct. 7, and agreed "
    "to meet again.\n\nThe ministers had dinner together on Saturday. They will travel on "
    "Monday to the capital."
)


def test_time_dct_weekday_lead_year_from_dated_caption():
    cleaned = _cleaned(
        WEEKDAY_LEAD,
        dropped=[("caption", "A minister arrives at the talks on Aug. 16, 2018. Photo by staff")],
    )
    result = analyse_time(cleaned, _blank_doc(cleaned.text))
    published = result.published
    assert published.value == "2018-10-07"
    assert published.granularity == "day"
    assert published.earliest == "2018-10-07"
    assert published.latest == "2018-10-08"
    assert 0.3 <= published.confidence <= 0.7
    assert "Sunday, Oct. 7" in published.evidence
    assert "caption" in published.evidence
    by_text = {e.text: e for e in result.expressions}
    assert by_text["Saturday"].value == "2018-10-06"
    assert by_text["Monday"].value == "2018-10-08"


def test_time_dct_caption_alone_is_never_the_date():
    cleaned = _cleaned(
        "Officials met to discuss the budget and said talks would go on.",
        dropped=[("caption", "Officials at the ministry on Aug. 16, 2018.")],
    )
    published = analyse_time(cleaned, _blank_doc(cleaned.text)).published
    assert published.value is None
    assert published.earliest == "2018-08-16"
    assert published.evidence.startswith("no date evidence")


def test_time_dct_weekday_date_without_bounds_stays_unknown():
    cleaned = _cleaned(WEEKDAY_LEAD)
    published = analyse_time(cleaned, _blank_doc(cleaned.text)).published
    assert published.value is None


def test_time_dct_related_entry_repeating_title_gives_the_date():
    title = "Envoys open second round of harbour talks"
    cleaned = _cleaned(
        "The envoys held a second meeting on Tuesday and met for hours on Monday.",
        title=title,
        dropped=[
            ("related", title),
            ("related", "March 14, 2006"),
            ("related", "Ministers plan a summit for the spring"),
            ("related", "March 2, 2006"),
            ("copyright", "(c) 2009 Example News. All rights reserved."),
            ("crawl", "4:30pm ET, 4/16"),
        ],
    )
    result = analyse_time(cleaned, _blank_doc(cleaned.text))
    assert result.published.value == "2006-03-14"
    assert "related-story entry" in result.published.evidence
    assert result.published.confidence >= 0.7
    # 14 March 2006 was a Tuesday; "on Monday" in a past clause is the day before.
    by_text = {e.text: e for e in result.expressions}
    assert by_text["Tuesday"].value == "2006-03-14"
    assert by_text["Monday"].value == "2006-03-13"


def test_time_dct_related_dates_of_other_stories_only_bound():
    cleaned = _cleaned(
        "The envoys held a meeting and talked for hours.",
        title="Envoys meet",
        dropped=[("related", "Other story about trade"), ("related", "March 2, 2006")],
    )
    published = find_published(cleaned)
    assert published.value is None
    assert published.earliest == "2006-03-02"


def test_time_dct_copyright_and_crawl_lines_are_ignored():
    cleaned = _cleaned(
        "Negotiators met on Tuesday and agreed on a timetable.",
        dropped=[
            ("copyright", "Copyright 2024 Example Wire Service. All rights reserved."),
            ("crawl", "Retrieved 4/16/2021 16:30"),
            ("footer", "Last updated March 3, 2021"),
        ],
    )
    published = analyse_time(cleaned, _blank_doc(cleaned.text)).published
    assert published.value is None
    assert published.earliest is None
    assert published.evidence == "no date evidence"


def test_time_dct_meta_date_wins():
    cleaned = _cleaned("Leaders met on Monday.", html_date="2011-05-05")
    published = find_published(cleaned, {"published": "2012-02-03T10:00:00Z"})
    assert published.value == "2012-02-03"
    assert published.confidence > 0.9
    assert "published" in published.evidence


def test_time_dct_html_date_used_when_no_meta():
    published = find_published(_cleaned("Leaders met on Monday.", html_date="2011-05-05"))
    assert published.value == "2011-05-05"
    assert "HTML" in published.evidence


def test_time_dct_dateline_at_start_of_body():
    published = find_published(
        _cleaned("LISBON, June 4, 2009 -- The ministers met for a third day.")
    )
    assert published.value == "2009-06-04"
    assert "dateline" in published.evidence


def test_time_dct_updated_byline_is_not_a_dateline():
    cleaned = _cleaned(
        "The ministers met for a third day.", byline="By A. Writer | Updated June 5, 2009"
    )
    assert find_published(cleaned).value is None


def test_time_dct_posted_date_before_an_update_note_is_the_dateline():
    # the posting date comes first; the update note after it is not read
    cleaned = _cleaned(
        "The ministers met for a third day.",
        dropped=[("byline", "Posted June 4, 2009 | Updated June 5, 2009 8:05 p.m.")],
    )
    assert find_published(cleaned).value == "2009-06-04"
    cleaned = _cleaned(
        "The ministers met for a third day.",
        dropped=[("byline", "Updated June 5, 2009 | Posted June 4, 2009")],
    )
    assert find_published(cleaned).value is None


def test_time_dct_past_years_in_body_give_lower_bound_only():
    published = find_published(
        _cleaned("Reporters travelled with the envoy in October 2000."),
        body=[BodyDate("in October 2000", "past")],
    )
    assert published.value is None
    assert published.earliest == "2000-10-01"
    assert published.latest is None


def test_time_dct_explicit_dates_skip_bare_numbers():
    assert explicit_dates("It carried 16 people and 2,000 tonnes") == []
    assert [t for t, _ in explicit_dates("seen on Aug. 16, 2018 by staff")] == ["Aug. 16, 2018"]


def test_time_dct_dateline_with_an_agency_before_the_dash():
    # my own lead: the agency's name in brackets between the date and the dash
    text = "GENEVA, March 3, 2021 (Reuters) — Envoys met on Tuesday, officials said."
    published = find_published(_cleaned(text))
    assert published.value == "2021-03-03"
    assert "dateline" in published.evidence
    # a date inside a sentence of the lead is no dateline
    text = "Envoys said on Tuesday that the March 3, 2021 talks had failed (officials) — again."
    assert find_published(_cleaned(text)).value is None
