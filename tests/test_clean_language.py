"""The light language check used to skip non-English input."""

from __future__ import annotations

import pytest

from storyline.clean.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayors of the two towns met on Friday and said that they had agreed.", "en"),
        ("Les maires des deux villes se sont rencontrés vendredi et ont dit que le pont", "fr"),
        ("Die Bürgermeister der beiden Städte haben sich am Freitag getroffen und das", "de"),
        ("Los alcaldes de las dos ciudades se reunieron el viernes y dijeron que el puente", "es"),
        ("두 도시의 시장들이 금요일에 만나 새 다리 건설 비용을 나누기로 합의했다", "ko"),
        ("Мэры двух городов встретились в пятницу и договорились о мосте", "ru"),
    ],
)
def test_clean_language_detects(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_clean_language_unknown_for_too_little_text() -> None:
    assert detect_language("Bridge pact") == "unknown"
    assert detect_language("12 34 56") == "unknown"
    assert detect_language("") == "unknown"
