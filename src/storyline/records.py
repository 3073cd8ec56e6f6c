"""Record types passed between pipeline stages.

One record type per stage. Every record that stands for something found in an
article carries the document id, the sentence index and character offsets into the
document's cleaned ``text``; evidence is carried, never rebuilt afterwards.

Naming: ``doc`` is always a spaCy ``Doc``; an article is a ``document``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Granularity = Literal["day", "month", "year"]
EventStatus = Literal["asserted", "negated", "hypothetical", "planned", "conditional"]
ActorKind = Literal["person", "organization", "country", "group"]


# --------------------------------------------------------------------------- ingest
@dataclass(slots=True)
class RawDocument:
    """One article as read from its source, before cleaning."""

    source: str  # path or URL as given; for JSONL lines "path#L<line>"
    raw: str  # decoded text of the page (HTML markup or plain-text dump)
    format: Literal["html", "text"]
    meta: dict[str, str] = field(default_factory=dict)  # title/date/url given by a JSONL row


@dataclass(slots=True)
class Skipped:
    """A document (or input line) the run could not use, and why."""

    source: str
    stage: str  # ingest, clean, annotate, time, actors, events, quotes, store
    code: str  # error code from storyline.errors.ErrorCode (E0xx)
    message: str


# --------------------------------------------------------------------------- clean
@dataclass(slots=True)
class OffsetSegment:
    """``length`` characters at ``clean_start`` in the clean text came from ``raw_start``."""

    clean_start: int
    raw_start: int
    length: int


@dataclass(slots=True)
class DroppedBlock:
    """A piece of the raw input the cleaner removed, with why (kept for date evidence)."""

    kind: (
        str  # navigation, caption, related, copyright, crawl, credit, duplicate, title, byline, ...
    )
    raw_start: int
    raw_end: int
    text: str


@dataclass(slots=True)
class CleanedText:
    """What the clean stage returns for one raw document."""

    text: str  # body paragraphs joined by "\n\n"
    title: str | None
    byline: str | None
    segments: list[OffsetSegment]
    dropped: list[DroppedBlock]
    html_date: str | None = None  # ISO date from HTML metadata, when the input was HTML
    html_date_evidence: str | None = None

    def to_raw(self, clean_offset: int) -> int | None:
        """Map an offset in ``text`` back to the raw input; None for inserted separators."""
        for seg in self.segments:
            if seg.clean_start <= clean_offset < seg.clean_start + seg.length:
                return seg.raw_start + (clean_offset - seg.clean_start)
        return None


# --------------------------------------------------------------------------- time
@dataclass(slots=True)
class PublishedDate:
    """The document creation time with its evidence; value None when unknown."""

    value: str | None = None  # "2018-10-07", "2018-10", "2018"
    granularity: Granularity | None = None
    confidence: float = 0.0
    evidence: str = "no date evidence"
    earliest: str | None = None  # bounds when the exact date is unknown
    latest: str | None = None

    def as_dict(self) -> dict:
        return {
            "value": self.value,
            "granularity": self.granularity,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
            "earliest": self.earliest,
            "latest": self.latest,
        }


@dataclass(slots=True)
class TimeExpression:
    """A time expression in the clean text, normalised TIMEX3-style."""

    start: int
    end: int
    sentence: int
    text: str
    value: str | None  # "2018-10-07", "2018-09", "2000", "P2Y", or None when it cannot be anchored
    granularity: Granularity | None
    earliest: str | None = None
    latest: str | None = None
    kind: Literal["date", "duration", "set", "time"] = "date"
    anchored: bool = True  # False when the value stays relative (no DCT)
    rule: str = ""  # which normalisation rule produced the value


@dataclass(slots=True)
class TimeAnalysis:
    """time stage output for one document."""

    published: PublishedDate
    expressions: list[TimeExpression]

    def in_span(self, start: int, end: int) -> list[TimeExpression]:
        """Time expressions whose span lies inside [start, end)."""
        return [t for t in self.expressions if t.start >= start and t.end <= end]


@dataclass(slots=True)
class Document:
    """An article as stored: id, cleaned text, metadata and its publication date."""

    id: str
    source: str
    text: str
    title: str | None = None
    byline: str | None = None
    published: PublishedDate = field(default_factory=PublishedDate)
    language: str = "en"
    duplicate_of: str | None = None
    fingerprint: int = 0  # SimHash of the clean text, for near-duplicate detection


# --------------------------------------------------------------------------- actors
@dataclass(slots=True)
class Actor:
    """An actor as known inside one document (grouped mentions)."""

    key: str  # stable across documents: "reg:<registry id>" or "new:<country>:<normalised name>"
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER/CAMEO sector code: GOV, MIL, NGO, MED, ...
    registry_id: str | None = None
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None  # actor key of the body an unnamed actor speaks for


@dataclass(slots=True)
class ActorMention:
    """One place in the text that refers to an actor."""

    actor_key: str
    start: int
    end: int
    sentence: int
    text: str
    rule: str = ""  # registry-alias, role-at-date, surname, demonym, capital, ner, pronoun, ...


@dataclass(slots=True)
class ActorAnalysis:
    """Actors stage output for one document."""

    actors: dict[str, Actor]
    mentions: list[ActorMention]

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """Mentions whose span lies inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]


# --------------------------------------------------------------------------- events
@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


# the end of the rule of a date bounded after an earlier act the text tells again ("He met
# Maduro again", "fired more missiles"): another act, which no earlier event absorbs
TOLD_AGAIN = "told as happening again"


@dataclass(slots=True)
class EventDate:
    value: str | None = None
    granularity: Granularity | None = None
    earliest: str | None = None
    latest: str | None = None
    rule: str = ""  # where it came from: same-clause timex, sentence timex, context, none

    def as_dict(self) -> dict:
        return {
            "value": self.value,
            "granularity": self.granularity,
            "earliest": self.earliest,
            "latest": self.latest,
        }


@dataclass(slots=True)
class EventMention:
    """One textual report of an event."""

    type: str  # PLOVER type
    mode: str | None
    cameo: str | None
    source: list[str]  # actor keys
    target: list[str]
    status: EventStatus
    sentence: int
    start: int  # span of the clause/sentence that reports the event
    end: int
    text: str
    trigger: str  # trigger word(s)
    trigger_start: int
    date: EventDate = field(default_factory=EventDate)
    location: Location | None = None
    confidence: float = 0.5
    claimant: str | None = None  # actor key of who reports/claims it ("South Korea later said ...")


@dataclass(slots=True)
class Event:
    """One real-world event with every textual mention that reports it (resolve output)."""

    type: str
    mode: str | None
    cameo: str | None
    source: list[str]  # actor keys
    target: list[str]
    status: EventStatus
    date: EventDate
    location: Location | None
    mentions: list[tuple[str, EventMention]]  # (document id, mention)
    confidence: float = 0.5
    summary: str = ""
    conflicts: list[Conflict] = field(default_factory=list)  # mentions that disagree

    @property
    def actor_set(self) -> frozenset[str]:
        return frozenset(self.source) | frozenset(self.target)


@dataclass(slots=True)
class Conflict:
    """A mention of a merged event whose date or place contradicts the event's own."""

    field: Literal["date", "location"]
    value: str  # the contradicting value as the mention gives it ("2000-10-23", "Seoul")
    doc: str  # document id of the mention
    start: int  # character offset of the mention in that document

    def as_dict(self) -> dict:
        return {"field": self.field, "value": self.value, "doc": self.doc, "start": self.start}


@dataclass(slots=True)
class ProcessedDocument:
    """Everything the pipeline found in one document, ready to be stored in one transaction."""

    document: Document
    actors: ActorAnalysis | None = None
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    time: TimeAnalysis | None = None
    # event mentions named only by a town or city, that joined no event of this document
    references: list[EventMention] = field(default_factory=list)


# --------------------------------------------------------------------------- quotes
@dataclass(slots=True)
class Quote:
    speaker: str | None  # actor key
    text: str
    start: int
    end: int
    sentence: int
    cue: str | None
    direct: bool
