"""Lexical compatibility of event mentions: which head words can name the same happening.

Two mentions are lexically compatible when their head lemmas fall in one *event class*: the
same stem ("arrested" / "arrest" / "arrests"), or one line of the packaged lexicon
``data/event_classes.yaml`` ("earthquake" / "quake" / "temblor"). Some lemmas ("say",
"report", "help") name many different happenings in one story; :func:`weak_lemmas` finds
them from annotated examples, and :func:`cluster_by_class` keeps their mentions apart.

:func:`cluster_by_class` is the resolve stage's rule for mentions that carry no typed actors
or dates (gold mention sets such as ECB+): inside one block of documents about the same
story, mentions of one event class form one event.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from functools import cache

from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode

__all__ = [
    "cluster_by_class",
    "coreference_rates",
    "event_class",
    "normalise_lemma",
    "stem",
    "weak_lemmas",
]

_DATA = "event_classes.yaml"
WEAK_RATE = 0.3  # lemmas whose same-block mention pairs corefer less often than this ...
WEAK_SUPPORT = 10  # ... in at least this many annotated pairs are weak


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    data = load_packaged(_DATA)
    try:
        suffixes = tuple(str(s) for s in data["suffixes"])
        irregular = {str(k): str(v) for k, v in (data.get("irregular") or {}).items()}
        lines = [str(line).split() for line in data["classes"]]
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(
            ErrorCode.E012, path=f"storyline/data/{_DATA}", detail=str(exc)
        ) from exc
    classes: dict[str, str] = {}
    for number, words in enumerate(lines):
        for word in words:
            classes.setdefault(_stem(word, suffixes), f"#{number}")
    return classes, irregular, suffixes


def _stem(lemma: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            lemma = lemma[: -len(suffix)]
            break
    return lemma[:-1] if lemma.endswith("e") and len(lemma) >= 5 else lemma


def stem(lemma: str) -> str:
    """A crude suffix stripper: "driving", "drives" and "drive" all give "driv"."""
    return _stem(lemma, _lexicon()[2])


def normalise_lemma(lemma: str, vocabulary: frozenset[str] | set[str] = frozenset()) -> str:
    """The lemma lower-cased, without quotes, with known lemmatiser slips corrected
    ("dies" -> "die") and a plural ending dropped when the rest is itself in ``vocabulary``
    (the lemmas of the other mentions: "checks" -> "check")."""
    lemma = lemma.strip("\"'`").lower()
    lemma = _lexicon()[1].get(lemma, lemma)
    if lemma.endswith("es") and lemma[:-2] in vocabulary:
        return lemma[:-2]
    if lemma.endswith("s") and lemma[:-1] in vocabulary:
        return lemma[:-1]
    return lemma


def event_class(lemma: str, vocabulary: frozenset[str] | set[str] = frozenset()) -> str:
    """The compatibility class of a head lemma: its lexicon class ("#3"), else its stem."""
    stemmed = stem(normalise_lemma(lemma, vocabulary))
    return _lexicon()[0].get(stemmed, stemmed)


def coreference_rates(
    examples: Iterable[tuple[Hashable, str, Hashable]],
) -> dict[str, tuple[float, int]]:
    """For each lemma, the share of its same-block mention pairs that corefer and the number
    of pairs, from annotated ``(block, lemma, gold cluster)`` examples."""
    groups: dict[tuple[Hashable, str], Counter] = defaultdict(Counter)
    for block, lemma, cluster in examples:
        groups[(block, lemma)][cluster] += 1
    pairs: Counter = Counter()
    linked: Counter = Counter()
    for (_, lemma), clusters in groups.items():
        n = sum(clusters.values())
        pairs[lemma] += n * (n - 1) // 2
        linked[lemma] += sum(k * (k - 1) // 2 for k in clusters.values())
    return {lemma: (linked[lemma] / total, total) for lemma, total in pairs.items() if total}


def weak_lemmas(
    examples: Iterable[tuple[Hashable, str, Hashable]],
    rate: float = WEAK_RATE,
    support: int = WEAK_SUPPORT,
) -> frozenset[str]:
    """Lemmas whose same-block mentions rarely corefer in the annotated examples
    (reporting and light verbs: "say", "report", "take")."""
    return frozenset(
        lemma
        for lemma, (share, total) in coreference_rates(examples).items()
        if total >= support and share < rate
    )


def cluster_by_class(
    mentions: Iterable[tuple[Hashable, Hashable, str]],
    weak: frozenset[str] = frozenset(),
) -> list[list[Hashable]]:
    """Events from ``(mention id, block, head lemma)`` triples: mentions of one block whose
    lemmas share an event class form one event; mentions with a weak lemma stay alone."""
    items = list(mentions)
    vocabulary = {lemma.lower() for _, _, lemma in items}
    clusters: dict[tuple[Hashable, str], list[Hashable]] = defaultdict(list)
    alone: list[list[Hashable]] = []
    for mention_id, block, lemma in items:
        if lemma in weak:
            alone.append([mention_id])
        else:
            clusters[(block, event_class(lemma, vocabulary))].append(mention_id)
    return list(clusters.values()) + alone
