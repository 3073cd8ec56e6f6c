"""Indirect (reported) speech: "Lee said the two sides would meet again", "X told the
assembly that ...", "..., according to a statement by X".

The record's ``text`` is the reported clause (without the complementiser "that"), its
speaker the subject of the reporting verb or the source named after "according to".
Clauses that are mostly a direct quotation are left to the direct quotes.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from storyline.quotes.direct import QuoteSpan, paragraphs, quoted_mask
from storyline.quotes.speaker import (
    MentionIndex,
    SpeechCues,
    phrase_source,
    speaker_of,
    through_channel,
)
from storyline.records import Quote

_MAX_QUOTED_SHARE = 0.6  # above this share of quoted characters the clause is a direct quote
_OPENERS = frozenset({"(", "["})
_CLOSERS = frozenset({")", "]"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
_EDGE_PUNCT = frozenset({",", ".", ";", ":", "-", "—", "–", '"', "“", "”", "'", "‘", "’"})


def _clause(tokens: list[Token], mask: list[bool], head: Token | None) -> tuple[int, int] | None:
    """Character span of ``tokens`` without the complementiser of ``head`` and edge
    punctuation; a quotation mark stays when the clause starts or ends inside the
    quotation it opens or closes."""
    tokens = sorted(tokens, key=lambda t: t.i)
    first_i, last_i = 0, len(tokens)
    while first_i < last_i and (
        tokens[first_i].is_space
        or tokens[first_i].text in _EDGE_PUNCT | _CLOSERS
        or (head is not None and _complementiser(tokens[first_i], head))
    ):
        first_i += 1
    while last_i > first_i and (
        tokens[last_i - 1].is_space or tokens[last_i - 1].text in _EDGE_PUNCT | _OPENERS
    ):
        last_i -= 1
    kept = tokens[first_i:last_i]
    if not kept or not any(t.is_alpha for t in kept):
        return None
    first, last = kept[0], kept[-1]
    doc = first.doc
    if mask[first.i] and first.i > 0 and doc[first.i - 1].text in _QUOTE_MARKS:
        first = doc[first.i - 1]  # the clause starts inside a quotation: keep its mark
    if mask[last.i]:
        after = doc[last.i + 1 : last.i + 3]
        if after and after[0].text in _QUOTE_MARKS:
            last = after[0]
        elif len(after) == 2 and after[0].text in ",." and after[1].text in _QUOTE_MARKS:
            last = after[1]  # `word,"`: the comma sits inside the marks
    return first.idx, last.idx + len(last.text)


def _complementiser(token: Token, head: Token) -> bool:
    """The "that" introducing ``head``'s clause (also when mis-parsed as a noun's subject)."""
    if token.dep_ == "mark" and token.head.i == head.i:
        return True
    return token.lower_ == "that" and token.head.pos_ not in ("VERB", "AUX")


def _reports(verb: Token) -> bool:
    """False for speech that is only wanted, planned or possible ("asked X to declare that",
    "will announce that", "did not say that")."""
    if verb.dep_ == "xcomp":
        return False
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ in ("MD", "TO")):
            return False
    return True


def _quoted_share(mask: list[bool], tokens: list[Token]) -> float:
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return 1.0
    return sum(1 for t in words if mask[t.i]) / len(words)


def _according(doc: Doc, mask: list[bool], cues: SpeechCues) -> dict[int, Token]:
    """Phrase cues outside quotations, keyed by the token index of the clause they modify."""
    found: dict[int, Token] = {}
    for token in doc:
        if not mask[token.i] and cues.phrase_at(token):
            found.setdefault(token.head.i, token)
    return found


def _phrase_speaker(cue: Token, index: MentionIndex, cues: SpeechCues) -> str | None:
    phrase = cues.phrase_at(cue) or ""
    return phrase_source(cue, len(phrase.split()), index, cues)


def find_indirect_quotes(
    doc: Doc, index: MentionIndex, cues: SpeechCues, spans: list[QuoteSpan]
) -> list[Quote]:
    """Reported clauses of ``doc`` with their speakers (``direct`` False)."""
    mask = quoted_mask(doc, spans)
    sent_starts = [s.start_char for s in doc.sents]
    para_starts = [start for start, _ in paragraphs(doc.text)]

    def paragraph_of(token: Token) -> int:
        return bisect_right(para_starts, token.idx)

    according = _according(doc, mask, cues)
    quotes: list[Quote] = []

    def add(tokens: list[Token], speaker: str | None, cue: str, head: Token | None) -> None:
        if _quoted_share(mask, tokens) > _MAX_QUOTED_SHARE:
            return
        bounds = _clause(tokens, mask, head)
        if bounds is None:
            return
        start, end = bounds
        sentence = max(0, bisect_right(sent_starts, start) - 1)
        quotes.append(Quote(speaker, doc.text[start:end], start, end, sentence, cue, False))

    handled: set[int] = set()  # phrase cues folded into a reporting verb's record
    for verb in doc:
        if mask[verb.i] or not cues.is_reporting(verb) or not _reports(verb):
            continue
        complements = [c for c in verb.children if c.dep_ == "ccomp" and not mask[c.i]]
        if not complements:
            continue
        following = [c for c in complements if c.i > verb.i]
        complement = following[0] if following else complements[0]
        clause = [t for t in complement.subtree if paragraph_of(t) == paragraph_of(verb)]
        speaker = speaker_of(verb, index)
        members = {t.i for t in clause} | {verb.i}
        for head_i, phrase in according.items():
            if head_i not in members:
                continue
            handled.add(head_i)
            source = _phrase_speaker(phrase, index, cues)
            if source is not None and source != speaker and not through_channel(phrase, cues):
                speaker = None  # nested attribution: who said it is not certain
            excluded = {t.i for t in phrase.subtree}
            clause = [t for t in clause if t.i not in excluded]
        add(clause, speaker, verb.lower_, complement)

    for head_i, phrase in according.items():
        if head_i in handled:
            continue
        head = doc[head_i]
        excluded = {t.i for t in phrase.subtree}
        tokens = [
            t
            for t in head.subtree
            if t.i not in excluded
            and paragraph_of(t) == paragraph_of(phrase)
            and t.sent == head.sent
        ]
        add(tokens, _phrase_speaker(phrase, index, cues), cues.phrase_at(phrase) or "", None)
    return quotes
