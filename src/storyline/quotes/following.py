"""Speakers named in the sentence after a quotation that stands alone.

`“We will not back down.” Lee made the remarks at a rally.` — `“We are ready.” Lee said so
on Monday.` — `That was the message Lee delivered.` — `The words came from Lee.`

The next sentence (in the same paragraph after the closing mark, else the first of the next
paragraph) names the speaker when it is
* a reporting clause with nothing to report of its own: a reporting verb as its root with
  no complement clause, object (but the hearer of "tell") or quotation ("Lee said so",
  "Lee told reporters on Monday");
* a clause about the words themselves: a definite remark noun ("the remarks", "those
  words", "the message") that is the object of the speaker's verb, is described by the
  speaker's relative clause, came "from"/"by" the speaker, or is the speaker's ("Lee's").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.quotes.direct import _SENTENCE_DONE, Attribution, QuoteSpan, _close, _Context
from storyline.quotes.speaker import resolve_noun_phrase, speaker_of

RULE = "next-sentence"
_DEFINITE = frozenset({"the", "those", "these", "that", "this", "his", "her", "their"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "csubj"})


def _next_sentence(ctx: _Context, span: QuoteSpan) -> Span | None:
    """The sentence after the quotation, when nothing but spacing separates them."""
    close = _close(span, ctx.paragraphs)
    for sentence in ctx.sents[ctx.sentence_at(close) :]:
        if sentence.start_char <= close:
            continue
        between = ctx.doc.text[close + 1 : sentence.start_char]
        if between.strip(" \t\n.!?…\"”’'»"):
            return None
        return sentence
    return None


def _quoted(ctx: _Context, sentence: Span) -> bool:
    return any(ctx.quoted[t.i] for t in sentence)


def _bare_report(ctx: _Context, sentence: Span) -> Attribution | None:
    """A reporting clause that reports nothing of its own: `Lee said so on Monday.`"""
    root = sentence.root
    if not ctx.cues.is_reporting(root):
        return None  # "Trump praised ..." reacts; only reporting verbs say who spoke
    for child in root.children:
        if child.dep_ in _COMPLEMENTS or child.dep_ == "neg":
            return None
        if child.dep_ == "dobj" and root.lemma_.lower() != "tell":
            return None  # "Lee denied the report": about something else (tell takes a hearer)
    speaker = speaker_of(root, ctx.index)
    return Attribution(speaker, ctx.cue_text(root), RULE) if speaker else None


def _produces(ctx: _Context, verb: Token) -> bool:
    return (verb.lemma_ or verb.lower_).lower() in ctx.cues.remark_verbs


def _from_speaker(ctx: _Context, word: Token) -> str | None:
    """The actor of a "from"/"by" phrase under ``word`` ("came from Lee", "made by Lee")."""
    for child in word.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return resolve_noun_phrase(objects[0], ctx.index)
    return None


def _remark_speaker(ctx: _Context, noun: Token) -> str | None:
    """Who spoke the words a remark noun stands for, by the roles of the module docstring;
    the verb must be one that produces words ("made", "delivered", "came from"), not one
    that reacts to them ("praised the remarks")."""
    verb = noun.head
    if noun.dep_ == "dobj" and _produces(ctx, verb):
        found = speaker_of(verb, ctx.index)
        if found:
            return found
    if noun.dep_ in ("nsubj", "nsubjpass") and _produces(ctx, verb):
        found = _from_speaker(ctx, verb)
        if found:
            return found
    for child in noun.children:
        if child.dep_ == "relcl" and _produces(ctx, child):
            found = speaker_of(child, ctx.index)
            if found:
                return found
        if child.dep_ == "poss":
            found = resolve_noun_phrase(child, ctx.index)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                found = resolve_noun_phrase(objects[0], ctx.index)
                if found:
                    return found
    return None


def _about_the_words(ctx: _Context, sentence: Span) -> Attribution | None:
    for token in sentence:
        lemma = (token.lemma_ or token.lower_).lower()
        if lemma not in ctx.cues.remark_nouns and token.lower_ not in ctx.cues.remark_nouns:
            continue
        if not any(c.lower_ in _DEFINITE for c in token.children if c.dep_ in ("det", "poss")):
            continue
        speaker = _remark_speaker(ctx, token)
        if speaker:
            return Attribution(speaker, token.text, RULE)
    return None


def named_after(ctx: _Context, span: QuoteSpan) -> Attribution | None:
    """The speaker the sentence after a standalone quotation names, if it names one."""
    p_start = ctx.paragraphs[span.paragraph][0]
    if not _SENTENCE_DONE.search(ctx.doc.text[p_start : span.open_mark]):
        return None  # words quoted inside a sentence of the narrator's
    sentence = _next_sentence(ctx, span)
    if sentence is None or _quoted(ctx, sentence):
        return None
    return _bare_report(ctx, sentence) or _about_the_words(ctx, sentence)
