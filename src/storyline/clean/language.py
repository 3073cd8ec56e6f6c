"""A light language check from writing scripts and stopword shares of a few languages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.datafiles import load_packaged

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Profiles:
    stopwords: dict[str, frozenset[str]]
    scripts: dict[str, re.Pattern[str]]
    min_words: int
    min_ratio: float


@cache
def _profiles() -> _Profiles:
    data = load_packaged("boilerplate.yaml")["languages"]
    return _Profiles(
        stopwords={lang: frozenset(words) for lang, words in data["stopwords"].items()},
        scripts={
            lang: re.compile("[" + "".join(ranges) + "]")
            for lang, ranges in data["scripts"].items()
        },
        min_words=int(data["min_words"]),
        min_ratio=float(data["min_ratio"]),
    )


def detect_language(text: str, sample: int = 20000) -> str:
    """ISO 639-1 code of the text's language ("en", "fr", "ko", ...) or "unknown".

    Texts mostly written in a non-Latin script get that script's language; Latin-script
    texts get the language whose stopwords cover the largest share of their words, when
    that share is high enough; very short or unclear texts are "unknown".
    """
    profiles = _profiles()
    snippet = text[:sample]
    letters = sum(1 for ch in snippet if ch.isalpha())
    if not letters:
        return "unknown"
    for lang, pattern in profiles.scripts.items():
        if len(pattern.findall(snippet)) / letters > 0.3:
            return lang
    words = [w.lower() for w in _WORD.findall(snippet)]
    if len(words) < profiles.min_words:
        return "unknown"
    shares = {
        lang: sum(1 for w in words if w in stop) / len(words)
        for lang, stop in profiles.stopwords.items()
    }
    best = max(shares, key=lambda lang: shares[lang])
    return best if shares[best] >= profiles.min_ratio else "unknown"
