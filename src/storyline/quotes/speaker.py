"""Speech cues and speakers: which tokens report speech and which actor is speaking.

Speakers are taken from the actors stage: the subject of a reporting verb is
looked up in ``ActorAnalysis.mentions`` (pronouns included, as resolved there). A subject
that no mention covers gives no speaker, unless it describes one the text does not name
("an official who declined to be named"): that becomes an unnamed actor (``unnamed.py``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from storyline.datafiles import load_packaged
from storyline.errors import DataFileError, ErrorCode
from storyline.quotes.unnamed import UnnamedSpeakers
from storyline.records import ActorAnalysis, ActorMention

CUES_FILE = "speech_cues.yaml"

# Dependency labels through which a subjectless verb takes the subject of its head
# ("..., adding that ...", "but added that ...").
_INHERIT_SUBJECT = frozenset({"conj", "advcl", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """The cue lexicon of ``data/speech_cues.yaml``."""

    reporting: frozenset[str]  # lemmas that report speech, direct and indirect
    direct_only: frozenset[str]  # lemmas that attribute quoted words but not clauses
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (lower-case words, cue text)
    source_nouns: frozenset[str]
    unnamed_speakers: frozenset[str] = frozenset()  # "official", "diplomat", "source", ...
    remark_nouns: frozenset[str] = frozenset()  # "remarks", "words": the words of a quotation
    remark_verbs: frozenset[str] = frozenset()  # "make", "deliver": producing those words
    channel_nouns: frozenset[str] = frozenset()  # "report": an account by a third party
    openers: frozenset[str] = frozenset()  # first words of the phrase cues

    def __post_init__(self) -> None:
        if not self.openers:
            object.__setattr__(self, "openers", frozenset(w[0] for w, _ in self.phrases if w))

    def is_reporting(self, token: Token) -> bool:
        """True when ``token`` is a verb that can introduce indirect speech."""
        return _lemma(token) in self.reporting and _verbish(token)

    def is_cue(self, token: Token) -> bool:
        """True when ``token`` is a verb that can attribute quoted words."""
        lemma = _lemma(token)
        return (lemma in self.reporting or lemma in self.direct_only) and _verbish(token)

    def phrase_at(self, token: Token) -> str | None:
        """The phrase cue (e.g. "according to") that starts at ``token``, if any."""
        if token.lower_ not in self.openers:
            return None  # most tokens open no cue phrase
        doc = token.doc
        for words, cue in self.phrases:
            end = token.i + len(words)
            if end <= len(doc) and all(
                doc[token.i + k].lower_ == word for k, word in enumerate(words)
            ):
                return cue
        return None


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _verbish(token: Token) -> bool:
    # Hand-built docs may carry no POS tags; accept them, reject clear non-verbs.
    return token.pos_ in ("VERB", "AUX", "") and token.tag_ not in ("NN", "NNS")


def _word_list(data: dict, key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(
            ErrorCode.E012, path=f"storyline/data/{CUES_FILE}", detail=f"'{key}' must list words"
        )
    return frozenset(v.lower() for v in value)


@lru_cache(maxsize=1)
def load_cues() -> SpeechCues:
    """Read and validate the packaged cue lexicon (once per process)."""
    data = load_packaged(CUES_FILE)
    path = f"storyline/data/{CUES_FILE}"
    if not isinstance(data, dict):
        raise DataFileError(ErrorCode.E012, path=path, detail="top level must be a mapping")
    phrases = []
    for item in data.get("phrase_cues") or []:
        words = item.get("words") if isinstance(item, dict) else None
        cue = item.get("cue") if isinstance(item, dict) else None
        if not words or not isinstance(cue, str):
            raise DataFileError(ErrorCode.E012, path=path, detail=f"bad phrase cue {item!r}")
        phrases.append((tuple(str(w).lower() for w in words), cue))
    return SpeechCues(
        reporting=_word_list(data, "reporting_verbs"),
        direct_only=_word_list(data, "direct_only_verbs"),
        phrases=tuple(phrases),
        source_nouns=_word_list(data, "source_nouns"),
        unnamed_speakers=_word_list(data, "unnamed_speakers"),
        remark_nouns=_word_list(data, "remark_nouns"),
        remark_verbs=_word_list(data, "remark_verbs"),
        channel_nouns=_word_list(data, "channel_nouns"),
    )


class MentionIndex:
    """Actor mentions looked up by character offset; with ``unnamed_nouns``, speakers the
    text describes without naming become unnamed actors of ``actors`` (see ``unnamed.py``)."""

    def __init__(self, actors: ActorAnalysis, unnamed_nouns: frozenset[str] = frozenset()) -> None:
        self._mentions: list[ActorMention] = sorted(actors.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]
        self.unnamed = UnnamedSpeakers(actors, unnamed_nouns) if unnamed_nouns else None

    def actor_at(self, token: Token) -> str | None:
        """Actor key of the shortest mention that covers ``token``; None when there is none
        or when equally short mentions name different actors (a group: "both sides")."""
        offset = token.idx
        covering = [
            m
            for m in self._mentions[: bisect_right(self._starts, offset)]
            if m.start <= offset < m.end
        ]
        if not covering:
            return None
        shortest = min(m.end - m.start for m in covering)
        keys = {m.actor_key for m in covering if m.end - m.start == shortest}
        return keys.pop() if len(keys) == 1 else None


def resolve_noun_phrase(head: Token, index: MentionIndex) -> str | None:
    """The actor a noun phrase names, by its head or its apposition, else the unnamed actor
    it describes ("a senior official"); None when unsure.

    Coordinated phrases ("Lee and Park") name no single speaker and give None.
    """
    if any(child.dep_ == "conj" for child in head.children):
        return None
    key = index.actor_at(head)
    if key is not None:
        return key
    for child in head.children:
        if child.dep_ == "appos":
            key = index.actor_at(child)
            if key is not None:
                return key
    if index.unnamed is not None:
        return index.unnamed.speaker(head, index.actor_at)
    return None


def subject_of(verb: Token) -> Token | None:
    """The token that says what ``verb`` reports (active subject or passive agent)."""
    current = verb
    for _ in range(6):
        children = list(current.children)
        for child in children:
            if child.dep_ in _SUBJECTS:
                if child.tag_ in _RELATIVE_TAGS and current.dep_ == "relcl":
                    return current.head  # "Lee, who said ...": the relative names Lee
                return child
        if any(child.dep_ in _PASSIVE_SUBJECTS for child in children):
            for child in children:
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    return objects[0] if objects else None
            return None
        if current.dep_ not in _INHERIT_SUBJECT or current.head.i == current.i:
            return None
        current = current.head
    return None


def speaker_of(verb: Token, index: MentionIndex) -> str | None:
    """Actor key of whoever ``verb`` reports as speaking, or None when it is not known."""
    subject = subject_of(verb)
    key = resolve_noun_phrase(subject, index) if subject is not None else None
    if key is None and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        # "Lee said the talks had gone well but added that ...": the parser hung "added" on
        # the reported verb, whose subject names no one; it is Lee's
        return speaker_of(verb.head.head, index)
    return key


def phrase_source(
    cue_token: Token, n_words: int, index: MentionIndex, cues: SpeechCues
) -> str | None:
    """Speaker named by the object of a phrase cue ("according to <source>")."""
    last = cue_token.doc[cue_token.i + n_words - 1]
    objects = [c for c in last.children if c.dep_ == "pobj"]
    if not objects:
        objects = [c for c in cue_token.subtree if c.dep_ == "pobj" and c.i > last.i][:1]
    if not objects:
        return None
    return _source_of(objects[0], index, cues, depth=0)


def through_channel(cue: Token, cues: SpeechCues) -> bool:
    """Whether a phrase cue names a third party's account ("according to a reporter's pool
    report"): the channel the words came through, not a second speaker, so a reporting verb's
    subject stays the speaker (``channel_nouns``; not "a statement by ...")."""
    objects = [t for t in cue.subtree if t.dep_ == "pobj"][:1]
    return bool(objects) and (
        objects[0].lemma_.lower() in cues.channel_nouns or objects[0].lower_ in cues.channel_nouns
    )


def _source_of(noun: Token, index: MentionIndex, cues: SpeechCues, depth: int) -> str | None:
    """The author of ``noun``: the noun itself when it names an actor, else the author of a
    document noun ("a statement issued by X", "a report from X", "X's statement")."""
    key = resolve_noun_phrase(noun, index)
    if key is not None or depth > 3:
        return key
    if noun.lemma_.lower() not in cues.source_nouns and noun.lower_ not in cues.source_nouns:
        return None
    for token in noun.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in ("by", "from") and token.i != noun.i:
            return _source_of(token, index, cues, depth + 1)
    for child in noun.children:
        if child.dep_ == "poss":
            return resolve_noun_phrase(child, index)
    return None
