"""Speaker attribution on hand-parsed docs (no model): heads and labels are given."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from storyline.errors import ErrorCode, StorylineError
from storyline.quotes import extract_quotes
from storyline.records import ActorAnalysis, ActorMention

VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, int, str, str]], space_after: set[int] = frozenset()) -> Doc:
    """rows: (word, head index, dep, lemma); no space after tokens listed in space_after."""
    words = [r[0] for r in rows]
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        glued = nxt in {",", ".", ":"} or i in space_after or word == "\n\n"
        spaces.append(not glued and i + 1 < len(words) and nxt != "\n\n")
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
    )


def _actors(doc: Doc, names: dict[str, str]) -> ActorAnalysis:
    """Mentions for every token whose text is a key of ``names`` (word -> actor key)."""
    mentions = [
        ActorMention(names[t.text], t.idx, t.idx + len(t.text), 0, t.text, "test")
        for t in doc
        if t.text in names
    ]
    return ActorAnalysis({}, mentions)


def _direct(doc: Doc, names: dict[str, str]) -> list:
    return [q for q in extract_quotes(doc, _actors(doc, names)) if q.direct]


# "Lee said the gate would open," Park said.
NESTED = [
    ('"', 10, "punct", '"'),
    ("Lee", 2, "nsubj", "Lee"),
    ("said", 10, "ccomp", "say"),
    ("the", 4, "det", "the"),
    ("gate", 6, "nsubj", "gate"),
    ("would", 6, "aux", "would"),
    ("open", 2, "ccomp", "open"),
    (",", 10, "punct", ","),
    ('"', 10, "punct", '"'),
    ("Park", 10, "nsubj", "Park"),
    ("said", 10, "ROOT", "say"),
    (".", 10, "punct", "."),
]


def test_quotes_speaker_nested_attribution_goes_to_outer_speaker() -> None:
    doc = _doc(NESTED, space_after={0, 7})
    quotes = extract_quotes(doc, _actors(doc, {"Lee": "reg:lee", "Park": "reg:park"}))
    assert [(q.text, q.speaker, q.cue, q.direct) for q in quotes] == [
        ("Lee said the gate would open", "reg:park", "said", True)
    ]
    assert quotes[0].sentence == 0


def test_quotes_speaker_subject_without_mention_gives_none() -> None:
    doc = _doc(NESTED, space_after={0, 7})
    (quote,) = _direct(doc, {"Lee": "reg:lee"})
    assert quote.speaker is None and quote.cue == "said"


# She said the plan had "real promise".
PARTIAL = [
    ("She", 1, "nsubj", "she"),
    ("said", 1, "ROOT", "say"),
    ("the", 3, "det", "the"),
    ("plan", 4, "nsubj", "plan"),
    ("had", 1, "ccomp", "have"),
    ('"', 7, "punct", '"'),
    ("real", 7, "amod", "real"),
    ("promise", 4, "dobj", "promise"),
    ('"', 7, "punct", '"'),
    (".", 1, "punct", "."),
]


def test_quotes_speaker_partial_quote_and_indirect_clause_use_pronoun_mention() -> None:
    doc = _doc(PARTIAL, space_after={5, 7})
    quotes = extract_quotes(doc, _actors(doc, {"She": "reg:ana"}))
    direct = [q for q in quotes if q.direct]
    indirect = [q for q in quotes if not q.direct]
    assert [(q.text, q.speaker) for q in direct] == [("real promise", "reg:ana")]
    assert len(indirect) == 1 and indirect[0].speaker == "reg:ana"
    assert indirect[0].text == 'the plan had "real promise"'
    assert doc.text[indirect[0].start : indirect[0].end] == indirect[0].text


# Lee and Park said the talks were useful.
JOINT = [
    ("Lee", 3, "nsubj", "Lee"),
    ("and", 0, "cc", "and"),
    ("Park", 0, "conj", "Park"),
    ("said", 3, "ROOT", "say"),
    ("the", 5, "det", "the"),
    ("talks", 6, "nsubj", "talk"),
    ("were", 3, "ccomp", "be"),
    ("useful", 6, "acomp", "useful"),
    (".", 3, "punct", "."),
]


def test_quotes_speaker_coordinated_subject_gives_no_single_speaker() -> None:
    doc = _doc(JOINT)
    (quote,) = extract_quotes(doc, _actors(doc, {"Lee": "reg:lee", "Park": "reg:park"}))
    assert not quote.direct and quote.speaker is None
    assert quote.text == "the talks were useful" and quote.cue == "said"


# Park said no . \n\n "We wait ."
def _intro_rows(extra_sentence: bool) -> list[tuple[str, int, str, str]]:
    rows = [("Park", 1, "nsubj", "Park"), ("said", 1, "ROOT", "say"), ("no", 1, "dobj", "no")]
    rows.append((".", 1, "punct", "."))
    if extra_sentence:
        rows += [("It", 5, "nsubj", "it"), ("rained", 5, "ROOT", "rain"), (".", 5, "punct", ".")]
    base = len(rows)
    rows += [
        ("\n\n", base - 1, "dep", "\n\n"),
        ('"', base + 3, "punct", '"'),
        ("We", base + 3, "nsubj", "we"),
        ("wait", base + 3, "ROOT", "wait"),
        (".", base + 3, "punct", "."),
        ('"', base + 3, "punct", '"'),
    ]
    return rows


def test_quotes_speaker_quote_paragraph_takes_speaker_of_introducing_clause() -> None:
    rows = _intro_rows(extra_sentence=False)
    doc = _doc(rows, space_after={5, 8})
    (quote,) = _direct(doc, {"Park": "reg:park"})
    assert quote.text == "We wait." and quote.speaker == "reg:park" and quote.cue == "said"


def test_quotes_speaker_quote_paragraph_after_unrelated_sentence_has_no_speaker() -> None:
    rows = _intro_rows(extra_sentence=True)
    doc = _doc(rows, space_after={8, 11})
    (quote,) = _direct(doc, {"Park": "reg:park"})
    assert quote.text == "We wait." and quote.speaker is None and quote.cue is None


# Lee , who said the plan was "dead" , resigned .
RELATIVE = [
    ("Lee", 11, "nsubj", "Lee"),
    (",", 0, "punct", ","),
    ("who", 3, "nsubj", "who"),
    ("said", 0, "relcl", "say"),
    ("the", 5, "det", "the"),
    ("plan", 6, "nsubj", "plan"),
    ("was", 3, "ccomp", "be"),
    ('"', 8, "punct", '"'),
    ("dead", 6, "acomp", "dead"),
    ('"', 8, "punct", '"'),
    (",", 0, "punct", ","),
    ("resigned", 11, "ROOT", "resign"),
    (".", 11, "punct", "."),
]


def test_quotes_speaker_relative_clause_subject_is_the_antecedent() -> None:
    doc = _doc(RELATIVE, space_after={7, 8})
    doc[2].tag_ = "WP"
    (quote,) = _direct(doc, {"Lee": "reg:lee"})
    assert quote.text == "dead" and quote.speaker == "reg:lee"


def test_quotes_speaker_unparsed_doc_is_rejected_with_code() -> None:
    doc = spacy.blank("en")("Lee said “no.”")
    with pytest.raises(StorylineError) as info:
        extract_quotes(doc, ActorAnalysis({}, []))
    assert info.value.code is ErrorCode.E011


def test_quotes_speaker_empty_doc_gives_no_quotes() -> None:
    assert extract_quotes(spacy.blank("en")(""), ActorAnalysis({}, [])) == []


def test_quotes_speaker_group_mention_naming_two_actors_gives_none() -> None:
    doc = _doc(JOINT)
    sides = ActorAnalysis(
        {},
        [
            ActorMention("reg:KOR", 0, 12, 0, "Lee and Park", "group"),
            ActorMention("reg:PRK", 0, 12, 0, "Lee and Park", "group"),
        ],
    )
    doc_single = _doc(PARTIAL, space_after={5, 7})
    single = ActorAnalysis({}, [ActorMention("reg:ana", 0, 3, 0, "She", "pronoun")])
    assert extract_quotes(doc, sides)[0].speaker is None
    assert {q.speaker for q in extract_quotes(doc_single, single)} == {"reg:ana"}


def test_quotes_speaker_shortest_mention_wins_over_enclosing_one() -> None:
    doc = _doc(PARTIAL, space_after={5, 7})
    nested = ActorAnalysis(
        {},
        [
            ActorMention("reg:wide", 0, 8, 0, "She said", "test"),
            ActorMention("reg:ana", 0, 3, 0, "She", "pronoun"),
        ],
    )
    assert {q.speaker for q in extract_quotes(doc, nested)} == {"reg:ana"}
