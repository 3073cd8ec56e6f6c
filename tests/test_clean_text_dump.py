"""clean stage on plain-text page dumps, with fixtures written for these tests."""

from __future__ import annotations

import re

import pytest

from storyline.clean import clean, clean_text_dump
from storyline.clean.text_dump import load_rules
from storyline.datafiles import load_packaged
from storyline.records import CleanedText, RawDocument
from storyline.time.dct import find_published

KINDS = {
    "navigation",
    "headline_list",
    "caption",
    "media",
    "promo",
    "related",
    "copyright",
    "crawl",
    "credit",
    "duplicate",
    "title",
    "byline",
    "footer",
}

LEAD = (
    "HARBOR CITY - The mayors of two river towns met on Friday at a ferry landing and agreed "
    "to share the cost of a new bridge, officials from both councils said."
)
BODY = [
    "The two mayors spent about an hour on the landing before walking to a cafe together, "
    "where aides said the talks turned to the price of steel.",
    '"We have argued about this crossing for twenty years," one of the mayors said. '
    '"Today we stopped arguing."',
    "The bridge would replace a ferry that carries about four hundred cars a day and stops "
    "running whenever the river floods in spring.",
    "Engineers will present three designs in the autumn, and a vote in both councils is "
    "expected before the end of the year.",
]

DUMP = "\n".join(
    [
        "Skip to main content",
        "Home | Towns | Rivers | Weather | Sport",
        "",
        "Lighthouse keeper retires after forty winters",
        "",
        "School choir wins regional contest",
        "",
        "10:15am ET, 3/9",
        "",
        "River towns agree to share cost of new bridge",
        "By Nora Quill",
        "",
        LEAD,
        "",
        "The ferry landing at dawn",
        "The ferry landing at dawn, Jan. 4, 2019. Valley Gazette photo by Sam Reed",
        "Sign up for our weekly newsletter",
        "",
        LEAD,
        "",
        BODY[0],
        "",
        "Play video",
        "312K/18 sec.",
        "",
        BODY[1],
        "",
        "Costs and designs",
        "",
        BODY[2],
        "",
        BODY[3],
        "",
        "Staff writer Ivo Marsh contributed to this report.",
        "",
        "Ferry fares rise for the first time in a decade",
        "March 2, 2019",
        "Town hall roof repairs finished early",
        "February 20, 2019",
        "Council debates bridge tolls",
        "February 11, 2019",
        "",
        "What to read next",
        "How to keep basil alive on a windowsill through the whole of a long, dark winter.",
        "Five quiet beaches that most visitors to the coast never manage to find.",
        "",
        "© 2019 Valley Gazette. All rights reserved.",
        "Read our privacy policy.",
        "",
    ]
)


@pytest.fixture
def cleaned() -> CleanedText:
    return clean(RawDocument(source="fixture", raw=DUMP, format="text"))


def _kinds(cleaned: CleanedText) -> dict[str, str]:
    return {block.text: block.kind for block in cleaned.dropped}


def _assert_offsets(raw: str, cleaned: CleanedText) -> None:
    for seg in cleaned.segments:
        clean_piece = cleaned.text[seg.clean_start : seg.clean_start + seg.length]
        assert raw[seg.raw_start : seg.raw_start + seg.length] == clean_piece
    covered = sum(seg.length for seg in cleaned.segments)
    separators = 2 * (len(cleaned.segments) - 1) if cleaned.segments else 0
    assert covered + separators == len(cleaned.text)


def test_clean_text_dump_keeps_body_in_order(cleaned: CleanedText) -> None:
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs == [LEAD, BODY[0], BODY[1], "Costs and designs", BODY[2], BODY[3]]


def test_clean_text_dump_offsets_map_back_exactly(cleaned: CleanedText) -> None:
    _assert_offsets(DUMP, cleaned)
    position = cleaned.text.index("ferry that carries")
    assert DUMP[cleaned.to_raw(position) :].startswith("ferry that carries")
    assert cleaned.to_raw(cleaned.text.index("\n\n")) is None


def test_clean_text_dump_title_and_byline(cleaned: CleanedText) -> None:
    assert cleaned.title == "River towns agree to share cost of new bridge"
    assert cleaned.byline == "Nora Quill"


def test_clean_text_dump_repeated_lead_kept_once(cleaned: CleanedText) -> None:
    assert cleaned.text.count(LEAD) == 1
    duplicates = [b for b in cleaned.dropped if b.kind == "duplicate"]
    assert len(duplicates) == 1
    assert duplicates[0].raw_start == DUMP.rindex(LEAD)


def test_clean_text_dump_labels_dropped_pieces(cleaned: CleanedText) -> None:
    kinds = _kinds(cleaned)
    assert kinds["Skip to main content"] == "navigation"
    assert kinds["Home | Towns | Rivers | Weather | Sport"] == "navigation"
    assert kinds["Lighthouse keeper retires after forty winters"] == "headline_list"
    assert kinds["10:15am ET, 3/9"] == "crawl"
    assert kinds["River towns agree to share cost of new bridge"] == "title"
    assert kinds["By Nora Quill"] == "byline"
    assert kinds["The ferry landing at dawn"] == "caption"
    assert kinds["Sign up for our weekly newsletter"] == "promo"
    assert kinds["Play video"] == "media"
    assert kinds["312K/18 sec."] == "media"
    assert kinds["Staff writer Ivo Marsh contributed to this report."] == "credit"
    assert kinds["March 2, 2019"] == "related"
    assert kinds["Council debates bridge tolls"] == "related"
    assert kinds["What to read next"] == "related"
    assert kinds["Five quiet beaches that most visitors to the coast never manage to find."] == (
        "related"
    )
    assert kinds["© 2019 Valley Gazette. All rights reserved."] == "copyright"
    assert kinds["Read our privacy policy."] == "footer"
    assert set(kinds.values()) <= KINDS


def test_clean_text_dump_dropped_blocks_point_at_raw(cleaned: CleanedText) -> None:
    for block in cleaned.dropped:
        assert DUMP[block.raw_start : block.raw_end] == block.text


def test_clean_text_dump_caption_date_is_not_in_text(cleaned: CleanedText) -> None:
    assert "Jan. 4, 2019" not in cleaned.text
    caption = [b for b in cleaned.dropped if b.kind == "caption" and "Jan. 4" in b.text]
    assert len(caption) == 1


def test_clean_text_dump_read_next_inside_page_drops_only_its_block() -> None:
    raw = "\n".join(
        [LEAD, "", BODY[0], "", "Related", "Gardens open late this summer", "", *BODY[1:]]
    )
    cleaned = clean_text_dump(raw)
    assert "Gardens open late" not in cleaned.text
    assert all(paragraph in cleaned.text for paragraph in BODY)


def test_clean_text_dump_joins_hard_wrapped_lines() -> None:
    wrapped = (
        "The council met in the old library on Tuesday evening and talked for three hours\n"
        "about the bridge, the ferry and the cost of both."
    )
    raw = f"{wrapped}\n\n{BODY[0]}\n\n{BODY[2]}\n"
    cleaned = clean_text_dump(raw)
    assert cleaned.text.split("\n\n")[0] == wrapped
    _assert_offsets(raw, cleaned)


def test_clean_text_dump_first_line_body_has_no_title() -> None:
    cleaned = clean_text_dump("\n".join([LEAD, *BODY]))
    assert cleaned.title is None
    assert cleaned.text.split("\n\n")[0] == LEAD


def test_clean_text_dump_empty_input_gives_empty_text() -> None:
    cleaned = clean_text_dump("Home | News | Sport\n\n© 2020 Somebody\n")
    assert cleaned.text == ""
    assert cleaned.segments == []
    assert {b.kind for b in cleaned.dropped} == {"navigation", "copyright"}


def test_clean_boilerplate_data_file_is_valid() -> None:
    data = load_packaged("boilerplate.yaml")
    for entry in data["line_kinds"]:
        assert entry["kind"] in KINDS
        for pattern in entry["patterns"]:
            re.compile(pattern)
    for pattern in data["byline"]:
        assert "(?P<name>" in pattern
    assert load_rules().limits["prose_min_words"] > 0


def test_clean_text_dump_joins_fixed_width_blocks() -> None:
    block = (
        "Engineers from both towns walked the riverbank on Monday to mark where\n"
        "New piers could stand, and they said the soft ground on the eastern side\n"
        "Would need deeper foundations than the first drawings had allowed for.\n"
        "A report is due in May."
    )
    raw = f"{LEAD}\n\n{block}\n\n{BODY[0]}\n"
    cleaned = clean_text_dump(raw)
    assert cleaned.text.split("\n\n")[1] == block
    _assert_offsets(raw, cleaned)


def test_clean_text_dump_one_paragraph_per_line_is_not_joined() -> None:
    raw = "\n".join([LEAD, *BODY])
    assert len(clean_text_dump(raw).text.split("\n\n")) == 1 + len(BODY)


def test_clean_text_dump_question_headlines_do_not_start_the_body() -> None:
    raw = "\n".join(
        [
            "Will the old ferry keep running next winter?",
            "",
            "Can a small town afford a toll bridge at all?",
            "",
            "River towns agree to share cost of new bridge",
            "",
            LEAD,
            "",
            *BODY,
        ]
    )
    cleaned = clean_text_dump(raw)
    assert cleaned.text.startswith(LEAD)
    assert cleaned.title == "River towns agree to share cost of new bridge"
    assert _kinds(cleaned)["Will the old ferry keep running next winter?"] == "headline_list"


def test_clean_text_dump_a_staff_byline_is_no_title() -> None:
    # my own page: a byline with no name of its own ("By a Staff Writer") is still a byline
    raw = (
        "Envoys meet in Geneva as talks resume\n\n"
        "By a Staff Writer\n\n"
        "March 3, 2021\n\n"
        "GENEVA — Envoys from Armenia and Azerbaijan met in Geneva on Tuesday for the first "
        "talks in months, officials said, and agreed to meet again next week.\n\n"
        "The two sides exchanged lists of prisoners, a mediator said after the meeting.\n"
    )
    cleaned = clean_text_dump(raw)
    assert cleaned.title == "Envoys meet in Geneva as talks resume"
    assert "Staff Writer" not in cleaned.text


def test_clean_text_dump_weekday_day_first_date_line_is_no_title() -> None:
    # my own page: "Friday 16 May 2025" (weekday, then day before month) is a date line
    raw = (
        "Harbour towns sign ferry pact after long dispute\n\n"
        "By Regional Desk | Lisbon\n"
        "Friday 16 May 2025\n\n"
        "The mayors of the two harbour towns signed a pact on Friday to run a shared ferry, "
        "ending a dispute over fares that had lasted two years.\n\n"
        "The first joint service is due to sail next month, a spokesman said.\n"
    )
    cleaned = clean_text_dump(raw)
    assert cleaned.title == "Harbour towns sign ferry pact after long dispute"
    assert "Friday 16 May 2025" in [b.text for b in cleaned.dropped]
    assert find_published(cleaned).value == "2025-05-16"
