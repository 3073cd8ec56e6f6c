"""clean stage on the real sample dumps in ../shared/corpus (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.clean import clean
from storyline.records import CleanedText, RawDocument

# Page chrome that must not survive cleaning (site furniture, not article text).
CHROME = {
    "000": ["Trust Project", "What to read next", "photo by"],
    "001": [],
    "002": ["Skip to main content", "myCNN", "4:30pm ET", "© 2001", "Play video", "AIFF"],
    "003": ["Copyright 2024", "Posted Updated", "World News"],
    "004": ["Accessibility links", "Breaking News"],
}


def _clean(corpus: Path, name: str) -> tuple[str, CleanedText]:
    path = corpus / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    raw = path.read_text(encoding="utf-8")
    return raw, clean(RawDocument(source=str(path), raw=raw, format="text"))


@pytest.mark.parametrize("name", sorted(CHROME))
def test_clean_corpus_offsets_map_back_exactly(korea_corpus: Path, name: str) -> None:
    raw, cleaned = _clean(korea_corpus, name)
    assert cleaned.segments
    for seg in cleaned.segments:
        piece = cleaned.text[seg.clean_start : seg.clean_start + seg.length]
        assert raw[seg.raw_start : seg.raw_start + seg.length] == piece
    for block in cleaned.dropped:
        assert raw[block.raw_start : block.raw_end] == block.text


@pytest.mark.parametrize("name", sorted(CHROME))
def test_clean_corpus_known_chrome_is_gone(korea_corpus: Path, name: str) -> None:
    _, cleaned = _clean(korea_corpus, name)
    for chrome in CHROME[name]:
        assert chrome not in cleaned.text


@pytest.mark.parametrize("name", sorted(CHROME))
def test_clean_corpus_keeps_long_paragraphs_once(korea_corpus: Path, name: str) -> None:
    raw, cleaned = _clean(korea_corpus, name)
    assert len(cleaned.text) > 1500
    for paragraph in cleaned.text.split("\n\n"):
        assert cleaned.text.count(paragraph) == 1
        assert paragraph in raw


def test_clean_corpus_repeated_lead_dropped_as_duplicate(korea_corpus: Path) -> None:
    raw, cleaned = _clean(korea_corpus, "000")
    duplicates = [b for b in cleaned.dropped if b.kind == "duplicate"]
    assert len(duplicates) == 1
    assert cleaned.text.startswith(duplicates[0].text)
    assert raw.index(duplicates[0].text) < duplicates[0].raw_start


def test_clean_corpus_related_list_carries_its_dates(korea_corpus: Path) -> None:
    _, cleaned = _clean(korea_corpus, "002")
    related = [b.text for b in cleaned.dropped if b.kind == "related"]
    assert sum(text.startswith("October ") for text in related) >= 5
    assert cleaned.title in related  # the list repeats the article's own headline
    assert any(b.kind == "crawl" for b in cleaned.dropped)


def test_clean_corpus_title_and_byline(korea_corpus: Path) -> None:
    raw, cleaned = _clean(korea_corpus, "000")
    assert cleaned.title == raw.splitlines()[0].strip()
    assert cleaned.byline and len(cleaned.byline.split()) == 2
    _, headless = _clean(korea_corpus, "001")
    assert headless.title is None
