"""Event coreference on ECB+ (Cybulska setup), scored with the CoNLL metrics.

Usage:
    python benchmarks/ecbplus_events.py                    # test topics 36-45, both settings
    python benchmarks/ecbplus_events.py --split dev        # choose thresholds here, never on test
    python benchmarks/ecbplus_events.py --no-own-mentions  # gold mentions only (no pipeline run)
    python benchmarks/ecbplus_events.py --limit-docs 20    # bounded development run

Data: ``../shared/data/ecbplus`` (see its PROVENANCE.md): validated sentences only, all
documents of a split in one meta-document, clusters with singletons.

Two settings:
* gold mentions: the ECB+ event mentions are clustered by a resolver built on Storyline's
  resolve ideas (compatible head lemma or event type, no argument/time/place conflict, in
  blocks of documents about one event), beside the same-lemma baseline computed in this run.
* own mentions: Storyline's pipeline (events stage, then resolve) runs on the documents;
  its mentions are matched to gold by trigger token; unmatched mentions count as wrong.

Scores come from ``benchmarks/coref_metrics.py`` (the reference scorer's definitions).
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from coref_metrics import conll_f1  # noqa: E402

SPLITS = {
    "train": [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31]
    + [32, 33],
    "dev": [2, 5, 12, 18, 21, 23, 34, 35],
    "test": list(range(36, 46)),
}
ANCHORS = {"same-lemma baseline (published)": 76.4, "Held et al. 2021": 85.7}


# --------------------------------------------------------------------------- reading
@dataclass(slots=True)
class Mention:
    """One gold event mention: document, sentence and the token numbers it covers."""

    doc: str
    sentence: int
    tokens: tuple[int, ...]  # ``t_id`` values
    tag: str
    cluster: str
    text: str = ""
    head: int = -1  # t_id of the syntactic head (set after parsing)
    lemma: str = ""
    features: dict = field(default_factory=dict)

    @property
    def id(self) -> tuple[str, int, int]:
        return (self.doc, self.tokens[0], self.tokens[-1])


@dataclass(slots=True)
class Document:
    """One ECB+ document: its tokens by ``t_id`` and the validated sentence numbers."""

    name: str
    topic: int
    tokens: dict[int, tuple[int, str]]  # t_id -> (sentence, word)
    validated: set[int]
    mentions: list[Mention] = field(default_factory=list)

    def sentence_words(self, sentence: int) -> list[tuple[int, str]]:
        return [(t, w) for t, (s, w) in sorted(self.tokens.items()) if s == sentence]


def validated_sentences(data: Path) -> dict[str, set[int]]:
    """``{"36_1ecb": {0, 3}, ...}`` from ECBplus_coreference_sentences.csv."""
    found: dict[str, set[int]] = defaultdict(set)
    with (data / "ECBplus_coreference_sentences.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            found[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return found


def read_document(path: Path, topic: int, validated: set[int]) -> Document:
    """Parse one CAT XML file; event mentions in validated sentences only."""
    root = ET.parse(path).getroot()
    name = path.stem
    tokens = {
        int(t.get("t_id")): (int(t.get("sentence")), (t.text or "").strip())
        for t in root.iter("token")
    }
    document = Document(name, topic, tokens, validated)
    anchors: dict[str, tuple[str, tuple[int, ...]]] = {}
    for markable in root.find("Markables") or []:
        ids = tuple(sorted(int(a.get("t_id")) for a in markable.iter("token_anchor")))
        if ids:
            anchors[markable.get("m_id")] = (markable.tag, ids)
    cluster_of: dict[str, str] = {}
    for relation in root.find("Relations") or []:
        if relation.tag == "CROSS_DOC_COREF":
            cluster = relation.get("note")
        else:
            cluster = f"{name}/{relation.get('r_id')}"
        for source in relation.iter("source"):
            cluster_of[source.get("m_id")] = cluster
    for m_id, (tag, ids) in anchors.items():
        if not (tag.startswith("ACTION") or tag.startswith("NEG_ACTION")):
            continue
        sentence = tokens[ids[0]][0]
        if sentence not in validated:
            continue
        cluster = cluster_of.get(m_id, f"{name}/singleton/{m_id}")
        text = " ".join(tokens[t][1] for t in ids)
        document.mentions.append(Mention(name, sentence, ids, tag, cluster, text))
    return document


def read_split(split: str, data: Path = DATA, limit_docs: int | None = None) -> list[Document]:
    """Every document of the split's topics, in topic and name order."""
    validated = validated_sentences(data)
    documents: list[Document] = []
    for topic in SPLITS[split]:
        folder = data / "ECB+" / str(topic)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            if path.stem not in validated:
                continue
            documents.append(read_document(path, topic, validated[path.stem]))
    if limit_docs:
        documents = documents[:limit_docs]
    return documents


def gold_clusters(documents: Iterable[Document]) -> list[list[tuple]]:
    clusters: dict[str, list[tuple]] = defaultdict(list)
    for document in documents:
        for mention in document.mentions:
            clusters[mention.cluster].append(mention.id)
    return list(clusters.values())


# --------------------------------------------------------------------------- parsing
_TIME_LABELS = frozenset({"DATE", "TIME"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "poss", "compound"})


def parse_mentions(documents: Sequence[Document], nlp) -> None:
    """Head token, head lemma and sentence context of every gold mention (spaCy on the
    ECB+ tokens of each validated sentence)."""
    from spacy.tokens import Doc

    jobs: list[tuple[Document, int, list[int]]] = []
    docs: list[Doc] = []
    for document in documents:
        for sentence in sorted({m.sentence for m in document.mentions}):
            words = document.sentence_words(sentence)
            jobs.append((document, sentence, [t for t, _ in words]))
            docs.append(Doc(nlp.vocab, words=[w or "_" for _, w in words]))
    for (document, sentence, t_ids), doc in zip(jobs, nlp.pipe(docs, batch_size=64), strict=True):
        position = {t: n for n, t in enumerate(t_ids)}
        context = sentence_context(doc)
        for mention in document.mentions:
            if mention.sentence != sentence:
                continue
            span = [position[t] for t in mention.tokens if t in position]
            head = content_head(doc, span)
            mention.head = t_ids[head.i]
            mention.lemma = head.lemma_.lower()
            mention.features = {**context, "args": arguments(head)}


_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "AUX", "PART", "CCONJ", "SCONJ", "PUNCT"})
_LIGHT_VERBS = frozenset({"open", "take", "make", "give", "have", "do", "get", "put", "hold"})


def content_head(doc, span: list[int]):
    """The syntactic head of a mention, or its last content word when the head is a function
    word or a light verb ("on suspicion", "opened fire", "took custody")."""
    heads = [i for i in span if doc[i].head.i not in span or doc[i].head.i == i]
    head = doc[heads[0] if heads else span[-1]]
    if head.pos_ in _FUNCTION_POS or head.lemma_.lower() in _LIGHT_VERBS:
        content = [
            doc[i]
            for i in span
            if i != head.i
            and doc[i].pos_ in ("NOUN", "VERB", "PROPN", "ADJ")
            and doc[i].lemma_.lower() not in _LIGHT_VERBS
        ]
        if content:
            return content[-1]
    return head


def sentence_context(doc) -> dict:
    """Times, places and parties named in the sentence (lower-cased entity texts)."""
    found: dict[str, set[str]] = {"times": set(), "places": set(), "parties": set()}
    for ent in doc.ents:
        text = ent.text.lower()
        if ent.label_ in _TIME_LABELS:
            found["times"].add(text)
        elif ent.label_ in _PLACE_LABELS:
            found["places"].add(text)
        elif ent.label_ in _PARTY_LABELS:
            found["parties"].add(text)
    return {k: frozenset(v) for k, v in found.items()}


def arguments(head) -> frozenset[str]:
    """Lemmas of the proper nouns and numbers directly attached to the trigger (its
    participants, time and place as the sentence gives them)."""
    found = set()
    for child in head.children:
        targets = [child] + [g for g in child.children if child.dep_ == "prep"]
        for token in targets:
            if token.dep_ in _ARGUMENT_DEPS and token.pos_ in ("PROPN", "NUM"):
                found.add(token.lemma_.lower())
    return frozenset(found)


# --------------------------------------------------------------------------- blocks of documents
_STOP = frozenset(
    "the a an of to in and or for on at by with from that this is was were be been are as it "
    "its he she they his her their said says will would has have had not but who which".split()
)


def _word_counts(document: Document) -> Counter:
    return Counter(
        w.lower()
        for _, (_, w) in sorted(document.tokens.items())
        if w and (w.isalpha() or w.isdigit()) and w.lower() not in _STOP
    )


def document_blocks(documents: Sequence[Document], per_topic: int = 2) -> dict[str, tuple]:
    """Documents grouped by the real-world event they report: inside each ECB+ topic,
    average-link clustering of tf-idf vectors (idf within the topic) into ``per_topic``
    groups (ECB+ builds every topic around two events of one kind). Gold subtopics are
    not read."""
    import numpy as np

    by_topic: dict[int, list[Document]] = defaultdict(list)
    for document in documents:
        by_topic[document.topic].append(document)
    blocks: dict[str, tuple] = {}
    for topic, members in by_topic.items():
        counts = [_word_counts(d) for d in members]
        df: Counter = Counter()
        for c in counts:
            df.update(c.keys())
        vocab = {w: k for k, w in enumerate(df)}
        n = len(members)
        matrix = np.zeros((n, len(vocab)))
        for row, c in enumerate(counts):
            for w, k in c.items():
                matrix[row, vocab[w]] = (1 + math.log(k)) * math.log((n + 1) / df[w])
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
        similarity = matrix @ matrix.T
        groups = [[row] for row in range(n)]
        while len(groups) > per_topic:
            best = max(
                ((a, b) for a in range(len(groups)) for b in range(a + 1, len(groups))),
                key=lambda p: similarity[np.ix_(groups[p[0]], groups[p[1]])].mean(),
            )
            groups[best[0]] += groups[best[1]]
            del groups[best[1]]
        for g, rows in enumerate(groups):
            for row in rows:
                blocks[members[row].name] = (topic, g)
    return blocks


# --------------------------------------------------------------------------- gold-mention resolver
# Event words of general news English that report the same kind of happening: the
# resolver's counterpart of Storyline's event types (a mention's "type"). Written as general
# vocabulary, checked on train/dev topics only.
EVENT_CLASSES = [
    "die death dead kill killing slay slaying fatal murder homicide",
    "arrest capture apprehend nab detain custody seize",
    "hit strike",
    "flee escape",
    "crash accident collision collide",
    "shoot shooting gunfire fire shot",
    "nominate nomination nominee",
    "quake earthquake tremor temblor",
    "injure injury wound hurt",
    "acquire acquisition buy purchase takeover",
    "announce announcement unveil",
    "sentence jail imprison prison",
    "charge indict indictment",
    "resign resignation quit",
    "appoint appointment name hire",
    "fire sack dismiss dismissal oust",
    "win victory triumph",
    "beat defeat",
    "release free",
    "launch introduce introduction",
    "foil thwart stop",
    "attack assault",
    "explode explosion blast bomb bombing",
    "marry marriage wedding wed",
    "trade transfer",
    "sign signing",
    "meet meeting talk talks",
    "visit trip",
    "rob robbery heist",
    "steal theft",
    "rescue save",
    "erupt eruption",
    "sink sinking",
    "host presenter emcee",
]
_SUFFIXES = ("ings", "ing", "ed", "ion", "ions", "s", "er", "ers", "ment", "ments")
WEAK_RATE = 0.3  # chosen on train/dev: lemmas whose same-block pairs corefer less often
WEAK_SUPPORT = 10  # than this (seen in at least this many train pairs) stay singletons


def stem(lemma: str) -> str:
    """A crude suffix stripper: "driving", "drives" and "drive" all give "driv"."""
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            lemma = lemma[: -len(suffix)]
            break
    return lemma[:-1] if lemma.endswith("e") and len(lemma) >= 5 else lemma


_CLASS_OF = {stem(w): f"#{n}" for n, line in enumerate(EVENT_CLASSES) for w in line.split()}


def event_class(lemma: str) -> str:
    """The compatibility class of a head lemma: its event class, else its stem."""
    stemmed = stem(lemma)
    return _CLASS_OF.get(stemmed, stemmed)


def weak_lemmas(train: Sequence[Document], blocks: dict[str, tuple]) -> frozenset[str]:
    """Head lemmas whose same-block mentions rarely corefer in the training topics
    (reporting and light verbs: "say", "report", "take")."""
    pairs: Counter = Counter()
    linked: Counter = Counter()
    by_block: dict[tuple, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for document in train:
        for mention in document.mentions:
            by_block[blocks[document.name]][mention.lemma].append(mention)
    for lemmas in by_block.values():
        for lemma, mentions in lemmas.items():
            clusters = Counter(m.cluster for m in mentions)
            n = len(mentions)
            pairs[lemma] += n * (n - 1) // 2
            linked[lemma] += sum(k * (k - 1) // 2 for k in clusters.values())
    return frozenset(
        lemma
        for lemma, total in pairs.items()
        if total >= WEAK_SUPPORT and linked[lemma] / total < WEAK_RATE
    )


def same_lemma_baseline(documents: Sequence[Document], blocks: dict[str, tuple]) -> list[list]:
    """All mentions of one block with the same head lemma form one event."""
    clusters: dict[tuple, list] = defaultdict(list)
    for document in documents:
        for mention in document.mentions:
            clusters[(blocks[document.name], mention.lemma)].append(mention.id)
    return list(clusters.values())


def resolve_gold(
    documents: Sequence[Document], blocks: dict[str, tuple], weak: frozenset[str]
) -> list[list]:
    """Storyline's resolve ideas on gold mentions: inside a block of documents about one
    event, mentions of a compatible class merge; weak lemmas never merge."""
    clusters: dict[tuple, list] = defaultdict(list)
    singletons: list[list] = []
    for document in documents:
        for mention in document.mentions:
            if mention.lemma in weak:
                singletons.append([mention.id])
            else:
                clusters[(blocks[document.name], event_class(mention.lemma))].append(mention.id)
    return list(clusters.values()) + singletons


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
    parser.add_argument("--split", choices=["dev", "test"], default="test")
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
    train_blocks = {d.name: (d.topic, d.name.endswith("plus")) for d in train}
    weak = weak_lemmas(train, train_blocks)
    blocks = document_blocks(documents)
    key = gold_clusters(documents)
    topic_blocks = {d.name: (d.topic,) for d in documents}
    n_mentions = sum(len(d.mentions) for d in documents)
    lines = [
        f"ECB+ {args.split} topics ({len(documents)} documents, {n_mentions} gold event "
        f"mentions, {len(key)} gold clusters), validated sentences, one meta-document.",
        "",
        "| system | MUC F1 | B3 F1 | CEAF-e F1 | CoNLL F1 | note |",
        "|---|---|---|---|---|---|",
        _row(
            "same-lemma baseline, topic blocks",
            conll_f1(key, same_lemma_baseline(documents, topic_blocks)),
            "this run",
        ),
        _row(
            "same-lemma baseline, document blocks",
            conll_f1(key, same_lemma_baseline(documents, blocks)),
            "this run",
        ),
        _row(
            "Storyline resolve ideas, gold mentions",
            conll_f1(key, resolve_gold(documents, blocks, weak)),
            f"this run; {len(weak)} weak lemmas from train",
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
