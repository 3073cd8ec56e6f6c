"""clean stage: raw page -> body text, title, byline, dropped chrome and a raw offset map.

``clean(raw)`` dispatches on ``raw.format``: HTML goes through trafilatura
(:mod:`storyline.clean.html`), plain-text page dumps through the line classifier
(:mod:`storyline.clean.text_dump`). In both cases ``CleanedText.segments`` maps kept
characters back to the raw input exactly.
"""

from __future__ import annotations

from storyline.clean.text_dump import clean_text_dump
from storyline.records import CleanedText, RawDocument

__all__ = ["clean", "clean_text_dump"]


def clean(raw: RawDocument) -> CleanedText:
    """Clean one raw document according to its format ("html" or "text")."""
    if raw.format == "html":
        from storyline.clean.html import clean_html  # trafilatura is slow to import

        return clean_html(raw.raw, crawled=raw.meta.get("crawled"))
    return clean_text_dump(raw.raw)
