"""clean stage on HTML pages (trafilatura + htmldate), with a page written for these tests."""

from __future__ import annotations

import pytest

from storyline.clean import clean
from storyline.clean.html import visible_text
from storyline.records import CleanedText, RawDocument

PAGE = """<!DOCTYPE html>
<html><head>
<title>Valley towns sign bridge pact | Valley Gazette</title>
<meta property="article:published_time" content="2019-03-08T09:30:00Z">
<meta name="author" content="Nora Quill">
<script>var tracking = "The mayors met at the landing";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/towns">Towns</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Valley towns sign bridge pact</h1>
<p class="byline">By Nora Quill</p>
<p>HARBOR CITY &mdash; The mayors of two river towns met on Friday at the ferry landing and
agreed to share the cost of a new <a href="/bridge">bridge</a>, officials from both councils
said on Saturday.</p>
<p>The two mayors spent about an hour on the landing before walking to a caf&eacute; together,
where aides said the talks turned to the price of steel &amp; concrete.</p>
<p>Engineers will present three designs in the autumn, and a vote in both councils is expected
before the end of the year, according to a statement from the river authority.</p>
</article>
<footer><p>&copy; 2019 Valley Gazette. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def cleaned() -> CleanedText:
    return clean(RawDocument(source="page.html", raw=PAGE, format="html"))


def test_clean_html_keeps_article_paragraphs(cleaned: CleanedText) -> None:
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0].startswith("HARBOR CITY — The mayors")
    assert any(p.endswith("price of steel & concrete.") for p in paragraphs)
    assert "Home" not in cleaned.text
    assert "tracking" not in cleaned.text
    assert "rights reserved" not in cleaned.text


def test_clean_html_segments_are_verbatim_copies(cleaned: CleanedText) -> None:
    assert cleaned.segments
    for seg in cleaned.segments:
        piece = cleaned.text[seg.clean_start : seg.clean_start + seg.length]
        assert PAGE[seg.raw_start : seg.raw_start + seg.length] == piece


def test_clean_html_offsets_skip_markup_and_entities(cleaned: CleanedText) -> None:
    word = cleaned.text.index("bridge,")
    assert PAGE[cleaned.to_raw(word) :].startswith("bridge</a>")
    dash = cleaned.text.index("—")
    assert cleaned.to_raw(dash) is None  # came from an entity, not a verbatim copy
    steel = cleaned.text.index("steel")
    assert PAGE[cleaned.to_raw(steel) :].startswith("steel &amp;")


def test_clean_html_metadata(cleaned: CleanedText) -> None:
    assert cleaned.title == "Valley towns sign bridge pact"
    assert cleaned.byline == "Nora Quill"
    assert cleaned.html_date == "2019-03-08"
    assert cleaned.html_date_evidence is not None
    assert "article:published_time" in cleaned.html_date_evidence


def test_clean_html_records_dropped_pieces(cleaned: CleanedText) -> None:
    kinds = {block.kind for block in cleaned.dropped}
    assert "copyright" in kinds
    for block in cleaned.dropped:
        assert block.raw_start < block.raw_end
    copyright_block = next(b for b in cleaned.dropped if b.kind == "copyright")
    assert "2019 Valley Gazette" in PAGE[copyright_block.raw_start : copyright_block.raw_end]


def test_clean_html_visible_text_maps_each_character() -> None:
    page = visible_text("<p>a &amp; b</p><p>c<b>d</b></p>")
    assert page.text == "a & b\ncd\n"
    assert [page.offsets[i] for i in (0, 2, 4, 6, 7)] == [3, 5, 11, 19, 23]
    assert page.offsets[5] == -1


def test_clean_html_without_main_text_gives_empty_text() -> None:
    cleaned = clean(RawDocument(source="x.html", raw="<html><body></body></html>", format="html"))
    assert cleaned.text == ""
    assert cleaned.segments == []


def test_clean_html_date_never_after_the_crawl() -> None:
    from storyline.clean.html import find_html_date

    page = (
        '<html><head><meta property="article:published_time" content="2019-03-02">'
        "</head><body><article><p>Talks went on.</p></article></body></html>"
    )
    assert find_html_date(page)[0] == "2019-03-02"
    assert find_html_date(page, crawled="2018-10-08T04:30:00Z")[0] != "2019-03-02"
    assert find_html_date(page, crawled="2019-05-01")[0] == "2019-03-02"
