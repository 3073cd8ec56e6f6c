"""quotes stage: direct and indirect quotations with the speaker resolved to an actor.

Entry point: :func:`extract_quotes`. Offsets are character offsets into ``doc.text`` (the
clean text); ``sentence`` is the index in ``list(doc.sents)`` where the quotation starts.
Speakers come from the actors stage's mentions; a speaker the text describes without a
name ("a senior U.S. official") is added to the ``ActorAnalysis`` as an unnamed actor with
its affiliation (``unnamed.py``). When the text leaves the speaker unclear the record keeps
``speaker=None`` rather than guess.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.errors import ErrorCode, StorylineError
from storyline.quotes.direct import find_direct_quotes
from storyline.quotes.indirect import find_indirect_quotes
from storyline.quotes.speaker import MentionIndex, load_cues
from storyline.records import ActorAnalysis, Quote

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, actors: ActorAnalysis) -> list[Quote]:
    """Direct and indirect quotations of ``doc``, in text order, with speaker actor keys.

    ``doc`` must be parsed (dependency labels); raises ``StorylineError`` (E011) if not.
    """
    if len(doc) == 0:
        return []
    if not doc.has_annotation("DEP"):
        raise StorylineError(ErrorCode.E011, stage="quotes", needs="a dependency parse")
    cues = load_cues()
    index = MentionIndex(actors, cues.unnamed_speakers)
    direct, spans = find_direct_quotes(doc, index, cues)
    indirect = find_indirect_quotes(doc, index, cues, spans)
    quotes: dict[tuple[int, int], Quote] = {}
    for quote in direct + indirect:  # a span is one record (ids hash the offsets)
        quotes.setdefault((quote.start, quote.end), quote)
    return sorted(quotes.values(), key=lambda q: (q.start, not q.direct, q.end))
