"""ECB+ reader for the event coreference benchmark: documents, gold event mentions, their
parsed heads and context, and blocks of documents about one real-world event.

Data: ``../shared/data/ecbplus`` (see its PROVENANCE.md): the CAT XML files and the list of
validated sentences (Cybulska setup). Nothing here reads gold subtopics or clusters except
:func:`gold_clusters` and :func:`gold_subtopics`, which give the key and an oracle
diagnostic.
"""

from __future__ import annotations

import csv
import math
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus"

SPLITS = {
    "train": [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31]
    + [32, 33],
    "dev": [2, 5, 12, 18, 21, 23, 34, 35],
    "test": list(range(36, 46)),
}


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


def gold_subtopics(documents: Iterable[Document]) -> dict[str, tuple]:
    """The annotated subtopic of each document (ECB vs ECB+ half of its topic): an oracle,
    used only to check the reader and the document clustering, never by the resolver."""
    return {d.name: (d.topic, d.name.endswith("plus")) for d in documents}


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


def context_words(document: Document, mention: Mention) -> frozenset[str]:
    """The other content words of a mention's sentence, lower-cased (no stop words, no
    punctuation): what two reports of one happening tend to repeat around it."""
    return frozenset(
        word.lower()
        for t_id, word in document.sentence_words(mention.sentence)
        if t_id not in mention.tokens
        and (word.isalpha() or word.isdigit())
        and word.lower() not in _STOP
    )


# --------------------------------------------------------------------------- blocks of documents
_STOP = frozenset(
    "the a an of to in and or for on at by with from that this is was were be been are as it "
    "its he she they his her their said says will would has have had not but who which".split()
)


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
SPECIFIC_WEIGHT = 12.0  # names, numbers and calendar words count this much more than other words


def _word_counts(document: Document) -> Counter:
    """Weighted counts of a document's content words: names (capitalised words not opening a
    sentence), numbers and calendar words weigh :data:`SPECIFIC_WEIGHT`, since two reports of
    one kind of event differ mainly by date, place and participants."""
    counts: Counter = Counter()
    previous_sentence = None
    for _, (sentence, word) in sorted(document.tokens.items()):
        opening = sentence != previous_sentence
        previous_sentence = sentence
        lower = word.lower()
        if not word or not (word.isalpha() or word.isdigit()) or lower in _STOP:
            continue
        specific = word.isdigit() or lower in _CALENDAR or (word[0].isupper() and not opening)
        counts[lower] += SPECIFIC_WEIGHT if specific else 1.0
    return counts


def _bisect(similarity) -> list[int]:
    """Two groups from a document similarity matrix: the sign of the Fiedler vector of the
    normalised graph Laplacian (spectral bisection, a normalised cut)."""
    import numpy as np

    n = len(similarity)
    if n < 2:
        return [0] * n
    weights = np.maximum(similarity, 0.0)
    np.fill_diagonal(weights, 0.0)
    scale = 1.0 / np.sqrt(weights.sum(axis=1) + 1e-9)
    laplacian = np.eye(n) - scale[:, None] * weights * scale[None, :]
    _, vectors = np.linalg.eigh(laplacian)
    fiedler = scale * vectors[:, 1]
    return [int(v > 0) for v in fiedler]


def _refine(similarity, groups: list[int], rounds: int = 50) -> list[int]:
    """Two groups improved by local moves: each document goes to the group whose other
    members it is on average most similar to, until no document moves. A spectral cut
    places a document by the whole graph's shape and can leave one that resembles the
    other group's documents more than its own."""
    import numpy as np

    current = np.array(groups)
    n = len(current)
    off_diagonal = ~np.eye(n, dtype=bool)
    for _ in range(rounds):
        mean = np.full((n, 2), -np.inf)
        for group in (0, 1):
            others = off_diagonal & (current == group)[None, :]
            sizes = others.sum(axis=1)
            total = np.where(others, similarity, 0.0).sum(axis=1)
            mean[:, group] = np.where(sizes > 0, total / np.maximum(sizes, 1), -np.inf)
        moved = np.where(mean[:, 1] > mean[:, 0], 1, np.where(mean[:, 0] > mean[:, 1], 0, current))
        if (moved == current).all():
            break
        current = moved
    return [int(g) for g in current]


def document_blocks(documents: Sequence[Document]) -> dict[str, tuple]:
    """Documents grouped by the real-world event they report: inside each ECB+ topic (built
    around two events of one kind), a spectral bisection of the documents' tf-idf vectors
    (idf within the topic; names, numbers and dates weighted up), refined by moving each
    document to the group it is on average most similar to. Gold subtopics are not read."""
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
        groups = _refine(similarity, _bisect(similarity))
        for document, group in zip(members, groups, strict=True):
            blocks[document.name] = (topic, group)
    return blocks
