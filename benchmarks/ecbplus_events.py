"""Event coreference on ECB+ (Cybulska setup), scored with the CoNLL metrics.

Usage:
    python benchmarks/ecbplus_events.py --split dev        # develop and choose settings here
    python benchmarks/ecbplus_events.py --split test       # final figures (test topics 36-45)
    python benchmarks/ecbplus_events.py --no-own-mentions  # gold mentions only (no pipeline run)
    python benchmarks/ecbplus_events.py --limit-docs 20    # bounded development run

Data: ``../shared/data/ecbplus`` (see its PROVENANCE.md), read by ``ecbplus_reader.py``:
validated sentences only, all documents of a split in one meta-document, clusters with
singletons.

Two settings:
* gold mentions: the ECB+ event mentions are clustered by Storyline's resolver for mentions
  without typed arguments (``storyline.resolve.lexical.cluster_by_class``: compatible head
  lemma or event class, in blocks of documents about one event; weak lemmas learnt from the
  train topics stay alone, uncertain ones merge only when their sentences share five content
  words), beside the same-lemma baseline computed in this run (with
  predicted document blocks, and with the annotated subtopics as an oracle check of the
  reader and the metric setup).
* own mentions: Storyline's pipeline (events stage, then resolve) runs on the documents;
  its mentions are matched to gold by trigger token; unmatched mentions count as wrong.

Scores come from ``benchmarks/coref_metrics.py`` (the reference scorer's definitions).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coref_metrics import conll_f1  # noqa: E402
from ecbplus_reader import (  # noqa: E402
    DATA,
    ROOT,
    Document,
    context_words,
    document_blocks,
    gold_clusters,
    gold_subtopics,
    parse_mentions,
    read_split,
)

ANCHORS = {"same-lemma baseline (published)": 76.4, "Held et al. 2021": 85.7}


# --------------------------------------------------------------------------- gold-mention resolver
def same_lemma_baseline(documents: Sequence[Document], blocks: dict[str, tuple]) -> list[list]:
    """All mentions of one block with the same head lemma form one event."""
    clusters: dict[tuple, list] = defaultdict(list)
    for document in documents:
        for mention in document.mentions:
            clusters[(blocks[document.name], mention.lemma)].append(mention.id)
    return list(clusters.values())


def learn_weak_lemmas(train: Sequence[Document]) -> tuple[frozenset[str], frozenset[str]]:
    """Weak lemmas (rarely coreferent inside one subtopic) and uncertain ones (coreferent
    about every other time) from the annotated train topics."""
    from storyline.resolve.lexical import uncertain_lemmas, weak_lemmas

    blocks = gold_subtopics(train)
    examples = [(blocks[d.name], m.lemma, m.cluster) for d in train for m in d.mentions]
    return weak_lemmas(examples), uncertain_lemmas(examples)


def resolve_gold(
    documents: Sequence[Document],
    blocks: dict[str, tuple],
    weak: frozenset[str],
    uncertain: frozenset[str] = frozenset(),
) -> list[list]:
    """Storyline's lexical resolver on gold mentions: inside a block of documents about one
    event, mentions of a compatible class merge; weak lemmas never merge; uncertain lemmas
    merge when their sentences share enough words."""
    from storyline.resolve.lexical import cluster_by_class

    context = {m.id: context_words(d, m) for d in documents for m in d.mentions}
    return cluster_by_class(
        ((m.id, blocks[d.name], m.lemma) for d in documents for m in d.mentions),
        weak,
        uncertain,
        context,
    )


def block_agreement(documents: Sequence[Document], blocks: dict[str, tuple]) -> tuple[float, int]:
    """Pairwise F1 of same-block document pairs against the annotated subtopics, and the
    number of documents outside their block's majority subtopic (a diagnostic only)."""
    gold = gold_subtopics(documents)
    found = same = both = 0
    majority: dict[tuple, Counter] = defaultdict(Counter)
    for n, a in enumerate(documents):
        majority[blocks[a.name]][gold[a.name]] += 1
        for b in documents[n + 1 :]:
            predicted = blocks[a.name] == blocks[b.name]
            annotated = gold[a.name] == gold[b.name]
            found += predicted
            same += annotated
            both += predicted and annotated
    f1 = 2 * both / (found + same) if found + same else 1.0
    stray = sum(sum(c.values()) - max(c.values()) for c in majority.values())
    return f1, stray


# --------------------------------------------------------------------------- own mentions
def _import_storyline() -> None:
    try:
        import storyline  # noqa: F401
    except ImportError:  # running from a checkout without an install
        sys.path.insert(0, str(ROOT / "src"))


def document_text(document: Document) -> tuple[str, dict[int, int]]:
    """The document as text (tokens joined by spaces, one sentence a line) and the ``t_id``
    of the token starting at each character offset."""
    lines: list[str] = []
    starts: dict[int, int] = {}
    offset = 0
    for sentence in sorted({s for s, _ in document.tokens.values()}):
        words = []
        for t_id, word in document.sentence_words(sentence):
            word = word or "_"
            starts[offset] = t_id
            words.append(word)
            offset += len(word) + 1
        lines.append(" ".join(words))
    return "\n".join(lines), starts


def own_mentions(documents: Sequence[Document], nlp) -> tuple[list[list], dict[str, int]]:
    """Storyline's events and resolve stages on the documents; response clusters with ids of
    the gold mentions they match by trigger token, or ids of their own when none matches."""
    _import_storyline()
    from storyline.actors.registry import load_registry
    from storyline.pipeline import analyse
    from storyline.records import CleanedText, OffsetSegment
    from storyline.records import Document as StoryDocument
    from storyline.resolve import EventIndex

    registry = load_registry()
    texts = [document_text(d) for d in documents]
    index = EventIndex()
    t_id_of: dict[str, dict[int, int]] = {}
    stats = Counter()
    docs = nlp.pipe((text for text, _ in texts), batch_size=16)
    for document, (text, starts), doc in zip(documents, texts, docs, strict=True):
        cleaned = CleanedText(text, None, None, [OffsetSegment(0, 0, len(text))], [])
        story_doc = StoryDocument(id=document.name, source=document.name, text=text)
        processed = analyse(story_doc, cleaned, doc, {}, registry)
        t_id_of[document.name] = starts
        for event in processed.events:
            index.add(event)
    gold_at = {(d.name, t): m.id for d in documents for m in d.mentions for t in m.tokens}
    validated = {d.name: d.validated for d in documents}
    sentence_of = {d.name: {t: s for t, (s, _) in d.tokens.items()} for d in documents}
    seen: set = set()
    clusters: list[list] = []
    for event in index.events:
        cluster = []
        for doc_name, mention in event.mentions:
            t_id = t_id_of[doc_name].get(mention.trigger_start)
            if t_id is None or sentence_of[doc_name][t_id] not in validated[doc_name]:
                continue
            stats["predicted"] += 1
            mention_id = gold_at.get((doc_name, t_id), ("storyline", doc_name, t_id))
            stats["matched"] += mention_id[0] != "storyline"
            if mention_id not in seen:
                seen.add(mention_id)
                cluster.append(mention_id)
        if cluster:
            clusters.append(cluster)
    stats["gold"] = sum(len(d.mentions) for d in documents)
    return clusters, dict(stats)


# --------------------------------------------------------------------------- report
def _row(name: str, scores: dict, note: str = "") -> str:
    figures = [100 * scores[k][2] for k in ("muc", "b_cubed", "ceaf_e")] + [100 * scores["conll"]]
    return f"| {name} | " + " | ".join(f"{f:.1f}" for f in figures) + f" | {note} |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit-docs", type=int, default=None)
    parser.add_argument("--no-own-mentions", action="store_true")
    args = parser.parse_args(argv)
    if not (args.data / "ECB+").is_dir():
        print(f"ECB+ not found under {args.data}; nothing to score.")
        return 0
    _import_storyline()
    from storyline.annotate import load_nlp

    began = time.perf_counter()
    nlp = load_nlp()
    train = read_split("train", args.data)
    documents = read_split(args.split, args.data, args.limit_docs)
    parse_mentions(train, nlp)
    parse_mentions(documents, nlp)
    weak, uncertain = learn_weak_lemmas(train)
    blocks = document_blocks(documents)
    key = gold_clusters(documents)
    topic_blocks = {d.name: (d.topic,) for d in documents}
    n_mentions = sum(len(d.mentions) for d in documents)
    agreement, stray = block_agreement(documents, blocks)
    lines = [
        f"ECB+ {args.split} topics ({len(documents)} documents, {n_mentions} gold event "
        f"mentions, {len(key)} gold clusters), validated sentences, one meta-document.",
        f"Document blocks vs annotated subtopics: pairwise F1 {100 * agreement:.1f}, "
        f"{stray} of {len(documents)} documents outside their block's majority subtopic.",
        "",
        "| system | MUC F1 | B3 F1 | CEAF-e F1 | CoNLL F1 | note |",
        "|---|---|---|---|---|---|",
        _row(
            "same-lemma baseline, topic blocks",
            conll_f1(key, same_lemma_baseline(documents, topic_blocks)),
            "this run",
        ),
        _row(
            "same-lemma baseline, annotated subtopics (oracle)",
            conll_f1(key, same_lemma_baseline(documents, gold_subtopics(documents))),
            "this run; checks reader and metrics",
        ),
        _row(
            "same-lemma baseline, document blocks",
            conll_f1(key, same_lemma_baseline(documents, blocks)),
            "this run",
        ),
        _row(
            "Storyline resolve (lexical classes), gold mentions",
            conll_f1(key, resolve_gold(documents, blocks, weak, uncertain)),
            f"this run; {len(weak)} weak and {len(uncertain)} uncertain lemmas from train",
        ),
    ]
    if not args.no_own_mentions:
        response, stats = own_mentions(documents, nlp)
        note = (
            f"this run; {stats.get('predicted', 0)} mentions predicted, "
            f"{stats.get('matched', 0)} match a gold mention of {stats['gold']}"
        )
        lines.append(_row("Storyline pipeline, own mentions", conll_f1(key, response), note))
    for name, figure in ANCHORS.items():
        lines.append(f"| {name} | | | | {figure:.1f} | anchor (gold mentions) |")
    lines += ["", f"Run time: {time.perf_counter() - began:.0f} s."]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
