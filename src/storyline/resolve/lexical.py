"""Lexical compatibility of event mentions: which head words can name the same happening.

Two mentions are lexically compatible when their head lemmas fall in one *event class*: the
same stem ("arrested" / "arrest" / "arrests"), or one line of the packaged lexicon
``data/event_classes.yaml`` ("earthquake" / "quake" / "temblor"). Some lemmas ("say",
"report", "help") name many different happenings in one story; :func:`weak_lemmas` finds
them from annotated examples, and :func:`cluster_by_class` keeps their mentions apart.
Others ("say", "leave", "cause") name the same happening only about every other time;
:func:`uncertain_lemmas` finds them, and their mentions join a class-mate only when the two
sentences share enough words.

:func:`cluster_by_class` is the resolve stage's rule for mentions that carry no typed actors
or dates (gold mention sets such as ECB+): inside one block of documents about the same
story, mentions of one event class form one event.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from functools import cache

from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode

__all__ = [
    "cluster_by_class",
    "coreference_rates",
    "event_class",
    "normalise_lemma",
    "stem",
    "uncertain_lemmas",
    "weak_lemmas",
]

_DATA = "event_classes.yaml"
WEAK_RATE = 0.3  # lemmas whose same-block mention pairs corefer less often than this ...
WEAK_SUPPORT = 10  # ... in at least this many annotated pairs are weak
UNCERTAIN_RATE = 0.6  # lemmas between WEAK_RATE and this rate are uncertain ...
CONTEXT_OVERLAP = 5  # ... and link only to class-mates whose context shares this many words
_EDGES = re.compile(r"^\W+|\W+$")


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
    """The lemma lower-cased, without quotes, marks or a possessive ending ("#oscar",
    "oscars®", "show's"), with known lemmatiser slips corrected ("dies" -> "die") and a
    plural ending dropped when the rest is itself in ``vocabulary`` (the lemmas of the
    other mentions: "checks" -> "check")."""
    lemma = _EDGES.sub("", lemma.lower())
    lemma = lemma.removesuffix("'s")
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


def uncertain_lemmas(
    examples: Iterable[tuple[Hashable, str, Hashable]],
    low: float = WEAK_RATE,
    high: float = UNCERTAIN_RATE,
    support: int = WEAK_SUPPORT,
) -> frozenset[str]:
    """Lemmas whose same-block mentions corefer only about every other time in the annotated
    examples (at least ``low``, under ``high``: "say", "leave", "cause")."""
    return frozenset(
        lemma
        for lemma, (share, total) in coreference_rates(examples).items()
        if total >= support and low <= share < high
    )


def cluster_by_class(
    mentions: Iterable[tuple[Hashable, Hashable, str]],
    weak: frozenset[str] = frozenset(),
    uncertain: frozenset[str] = frozenset(),
    context: Mapping[Hashable, frozenset[str]] | None = None,
    overlap: int = CONTEXT_OVERLAP,
) -> list[list[Hashable]]:
    """Events from ``(mention id, block, head lemma)`` triples: mentions of one block whose
    lemmas share an event class form one event; mentions with a weak lemma stay alone. With
    ``context`` (the words around each mention, e.g. its sentence), a mention with an
    uncertain lemma joins a class-mate only when their contexts share ``overlap`` words."""
    items = list(mentions)
    vocabulary = {lemma.lower() for _, _, lemma in items}
    groups: dict[tuple[Hashable, str], list[tuple[Hashable, str]]] = defaultdict(list)
    parent: dict[Hashable, Hashable] = {}

    def root(node: Hashable) -> Hashable:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for mention_id, block, lemma in items:
        parent[mention_id] = mention_id
        if lemma not in weak:
            groups[(block, event_class(lemma, vocabulary))].append((mention_id, lemma))
    for group in groups.values():
        sure = [m for m, lemma in group if context is None or lemma not in uncertain]
        for mention_id in sure[1:]:
            parent[root(mention_id)] = root(sure[0])
        if context is None:
            continue
        for mention_id, lemma in group:
            if lemma not in uncertain:
                continue
            words = context.get(mention_id, frozenset())
            for other, _ in group:
                if other != mention_id and len(words & context.get(other, frozenset())) >= overlap:
                    parent[root(mention_id)] = root(other)
    clusters: dict[Hashable, list[Hashable]] = defaultdict(list)
    for mention_id, _, _ in items:
        clusters[root(mention_id)].append(mention_id)
    return list(clusters.values())
