"""Cross-document entity coreference of Storyline's actor linking on MEANTIME and ECB+.

Usage:
    python benchmarks/entity_coref.py                       # both corpora, full
    python benchmarks/entity_coref.py --corpus meantime --limit 20
    python benchmarks/entity_coref.py --json

Gold mention spans are taken as given. Each document's tokens are joined into a text (one
sentence a line), run through spaCy, the time stage (publication date) and the actors stage;
a gold mention joins the Storyline actor whose mention overlaps it most (actor keys are the
same across documents, so this is cross-document clustering), else it stays a singleton.
The baseline puts mentions with the same lowercased text in one cluster across documents.

Scored with MUC, B-cubed, CEAF-e and CoNLL F1 (``benchmarks/coref_metrics.py``), all
documents as one meta-document, singletons included. Two mention sets: ``actors`` (people,
organisations, places: MEANTIME PER/ORG/LOC, ECB+ HUMAN_* and LOC_*) and ``all`` entity
mentions. MEANTIME: ``intra_cross-doc_annotation`` (REFERS_TO to corpus-level instances).
ECB+: test topics 36-45, mentions in the validated sentences of
``ECBplus_coreference_sentences.csv`` only (the Cybulska & Vossen setup).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from coref_metrics import conll_f1

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MEANTIME = SHARED / "data" / "meantime-en" / "intra_cross-doc_annotation"
ECBPLUS = SHARED / "data" / "ecbplus"
ECB_TEST_TOPICS = tuple(range(36, 46))
ECB_DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)  # for development; figures use the test topics
ECB_ENTITY_PREFIXES = ("HUMAN_", "NON_HUMAN_", "LOC_", "TIME_")
ECB_ACTOR_PREFIXES = ("HUMAN_", "LOC_")
MEANTIME_ACTOR_TYPES = {"PER", "ORG", "LOC"}


@dataclass(slots=True)
class Mention:
    """A gold entity mention: id, token ids, gold cluster, whether it is an actor-type one."""

    id: str
    tokens: list[str]
    cluster: str
    actor: bool


@dataclass(slots=True)
class GoldDocument:
    """Tokens (id, sentence, text) and gold entity mentions of one corpus document."""

    name: str
    tokens: list[tuple[str, int, str]]
    mentions: list[Mention] = field(default_factory=list)

    def text_and_offsets(self) -> tuple[str, dict[str, tuple[int, int]]]:
        """Tokens joined by spaces, one sentence a line, with each token's character span."""
        parts: list[str] = []
        offsets: dict[str, tuple[int, int]] = {}
        pos, last_sentence = 0, None
        for t_id, sentence, text in self.tokens:
            if last_sentence is not None:
                sep = "\n" if sentence != last_sentence else " "
                parts.append(sep)
                pos += 1
            offsets[t_id] = (pos, pos + len(text))
            parts.append(text)
            pos += len(text)
            last_sentence = sentence
        return "".join(parts), offsets

    def mention_text(self, mention: Mention) -> str:
        words = {t_id: text for t_id, _, text in self.tokens}
        return " ".join(words[t] for t in mention.tokens if t in words)


def _tokens(root: ET.Element) -> list[tuple[str, int, str]]:
    return [
        (t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")
    ]


def read_meantime(folder: Path = MEANTIME) -> list[GoldDocument]:
    """Entity mentions of MEANTIME (English) with their corpus-level instance as cluster."""
    documents = []
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        name = root.get("doc_name") or path.stem
        markables = root.find("Markables")
        entities = {}
        mentions: dict[str, list[str]] = {}
        for el in markables if markables is not None else []:
            if el.tag == "ENTITY":
                entities[el.get("m_id")] = el
            elif el.tag == "ENTITY_MENTION":
                mentions[el.get("m_id", "")] = [a.get("t_id", "") for a in el.iter("token_anchor")]
        target_of: dict[str, str] = {}
        for rel in root.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None or target.get("m_id") not in entities:
                continue
            for src in rel.findall("source"):
                target_of[src.get("m_id", "")] = target.get("m_id", "")
        doc = GoldDocument(name, _tokens(root))
        for m_id, tokens in mentions.items():
            if not tokens:
                continue
            entity = entities.get(target_of.get(m_id, ""))
            if entity is None:
                cluster, actor = f"{name}:m{m_id}", False
            else:
                cluster = entity.get("instance_id") or f"{name}:e{entity.get('m_id')}"
                actor = entity.get("ent_type") in MEANTIME_ACTOR_TYPES
            doc.mentions.append(Mention(f"{name}:{m_id}", tokens, cluster, actor))
        documents.append(doc)
    return documents


def read_ecbplus(folder: Path = ECBPLUS, topics=ECB_TEST_TOPICS) -> list[GoldDocument]:
    """Entity mentions of the ECB+ test topics in validated sentences."""
    validated: set[tuple[str, int]] = set()
    with (folder / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            validated.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    documents = []
    for topic in topics:
        for path in sorted((folder / "ECB+" / str(topic)).glob("*.xml")):
            root = ET.parse(path).getroot()
            name = path.stem
            tokens = _tokens(root)
            sentence_of = {t_id: s for t_id, s, _ in tokens}
            markables = root.find("Markables")
            mentions: dict[str, tuple[list[str], str]] = {}
            for el in markables if markables is not None else []:
                anchors = [a.get("t_id", "") for a in el.iter("token_anchor")]
                if anchors and el.tag.startswith(ECB_ENTITY_PREFIXES):
                    mentions[el.get("m_id", "")] = (anchors, el.tag)
            cluster_of: dict[str, str] = {}
            for rel in root.iter("CROSS_DOC_COREF"):
                for src in rel.findall("source"):
                    cluster_of[src.get("m_id", "")] = (
                        rel.get("note") or f"{name}:r{rel.get('r_id')}"
                    )
            for rel in root.iter("INTRA_DOC_COREF"):
                for src in rel.findall("source"):
                    cluster_of.setdefault(src.get("m_id", ""), f"{name}:r{rel.get('r_id')}")
            doc = GoldDocument(name, tokens)
            for m_id, (anchors, tag) in mentions.items():
                if (name, sentence_of.get(anchors[0], -1)) not in validated:
                    continue
                cluster = cluster_of.get(m_id, f"{name}:m{m_id}")
                actor = tag.startswith(ECB_ACTOR_PREFIXES)
                doc.mentions.append(Mention(f"{name}:{m_id}", anchors, cluster, actor))
            documents.append(doc)
    return documents


# ------------------------------------------------------------------ the system under test
def storyline_clusters(documents: list[GoldDocument]) -> dict[str, str]:
    """Mention id -> Storyline actor key (or the mention's own id when no actor overlaps)."""
    from storyline.actors import find_actors, load_registry
    from storyline.annotate import load_nlp
    from storyline.records import CleanedText
    from storyline.time import analyse_time

    nlp = load_nlp()
    registry = load_registry()
    texts = [d.text_and_offsets() for d in documents]
    assigned: dict[str, str] = {}
    for document, (text, offsets), doc in zip(
        documents, texts, nlp.pipe(t for t, _ in texts), strict=True
    ):
        published = analyse_time(CleanedText(text, None, None, [], []), doc, {}).published
        analysis = find_actors(doc, published, registry)
        for mention in document.mentions:
            spans = [offsets[t] for t in mention.tokens if t in offsets]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            best, best_overlap = None, 0
            for m in analysis.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > best_overlap or (
                    overlap == best_overlap
                    and overlap > 0
                    and best is not None
                    and (m.end - m.start) < (best.end - best.start)
                ):
                    best, best_overlap = m, overlap
            assigned[mention.id] = best.actor_key if best is not None else mention.id
    return assigned


# ------------------------------------------------------------------ scoring (no storyline)
def partition(pairs: list[tuple[str, str]]) -> list[set[str]]:
    """Clusters of mention ids from (mention id, cluster label) pairs."""
    groups: dict[str, set[str]] = defaultdict(set)
    for mention_id, label in pairs:
        groups[label].add(mention_id)
    return list(groups.values())


def score(documents: list[GoldDocument], system: dict[str, str], subset: str) -> dict:
    mentions = [(d, m) for d in documents for m in d.mentions if subset == "all" or m.actor]
    key = partition([(m.id, m.cluster) for _, m in mentions])
    baseline = partition([(m.id, d.mention_text(m).lower()) for d, m in mentions])
    response = partition([(m.id, system[m.id]) for _, m in mentions])
    hybrid = partition(
        [
            (m.id, system[m.id] if system[m.id] != m.id else "text:" + d.mention_text(m).lower())
            for d, m in mentions
        ]
    )
    covered = sum(system[m.id] != m.id for _, m in mentions)
    return {
        "mentions": len(mentions),
        "gold_clusters": len(key),
        "covered": covered,
        "baseline": conll_f1(key, baseline),
        "storyline": conll_f1(key, response),
        "hybrid": conll_f1(key, hybrid),
    }


LABELS = {
    "baseline": "exact-string baseline",
    "storyline": "Storyline (no actor: singleton)",
    "hybrid": "Storyline, exact string where no actor",
}


def _row(corpus: str, subset: str, name: str, result: dict, scores: dict) -> str:
    cells = [f"{100 * scores[m][2]:.1f}" for m in ("muc", "b_cubed", "ceaf_e")]
    return (
        f"| {corpus} | {subset} | {result['mentions']} | {result['gold_clusters']} | {name} | "
        + " | ".join(cells)
        + f" | **{100 * scores['conll']:.1f}** |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=["meantime", "ecbplus", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N documents per corpus")
    parser.add_argument("--ecb-dev", action="store_true", help="ECB+ dev topics, not test")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    topics = ECB_DEV_TOPICS if args.ecb_dev else ECB_TEST_TOPICS
    readers = {
        "meantime": (MEANTIME, read_meantime),
        "ecbplus": (ECBPLUS, lambda: read_ecbplus(topics=topics)),
    }
    chosen = list(readers) if args.corpus == "both" else [args.corpus]
    results: dict[str, dict] = {}
    for corpus in chosen:
        folder, reader = readers[corpus]
        if not folder.is_dir():
            print(f"{folder} not found; skipping {corpus}", file=sys.stderr)
            continue
        documents = reader()[: args.limit]
        started = time.perf_counter()
        system = storyline_clusters(documents)
        seconds = time.perf_counter() - started
        results[corpus] = {
            "documents": len(documents),
            "seconds": round(seconds, 1),
            **{subset: score(documents, system, subset) for subset in ("actors", "all")},
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(
        "| corpus | mention set | mentions | gold clusters | system | MUC F1 | B³ F1 | CEAF-e F1 "
        "| CoNLL F1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for corpus, result in results.items():
        for subset in ("actors", "all"):
            for name, label in LABELS.items():
                print(_row(corpus, subset, label, result[subset], result[subset][name]))
    for corpus, result in results.items():
        share = {s: result[s]["covered"] / max(1, result[s]["mentions"]) for s in ("actors", "all")}
        print(
            f"\n{corpus}: {result['documents']} documents, {result['seconds']} s for spaCy + "
            f"time + actors; gold mentions overlapping a Storyline actor mention: "
            f"{share['actors']:.1%} (actors), {share['all']:.1%} (all)"
        )


if __name__ == "__main__":
    main()
