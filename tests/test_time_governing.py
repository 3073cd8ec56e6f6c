"""Which time expression governs a trigger: hand-built parses (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.records import EventDate, PublishedDate, TimeAnalysis, TimeExpression
from storyline.time import date_for_trigger, normalise

DCT = "2019-03-11"


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """rows: (word, head index, dep, pos, tag)."""
    words, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def _time(doc: Doc, *spans: tuple[int, int], tense: str = "past") -> TimeAnalysis:
    exprs = []
    for first, last in spans:
        span = doc[first : last + 1]
        norm = normalise(span.text, DCT, tense)
        exprs.append(
            TimeExpression(
                start=span.start_char,
                end=span.end_char,
                sentence=0,
                text=span.text,
                value=norm.value,
                granularity=norm.granularity,
                earliest=norm.earliest,
                latest=norm.latest,
                kind=norm.kind,  # type: ignore[arg-type]
                anchored=norm.anchored,
                rule=norm.rule,
            )
        )
    return TimeAnalysis(published=PublishedDate(value=DCT, latest=DCT), expressions=exprs)


def _word(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


# "Lee met Park in Seoul to discuss the 1953 armistice ."
ARMISTICE = [
    ("Lee", 1, "nsubj", "PROPN", "NNP"),
    ("met", 1, "ROOT", "VERB", "VBD"),
    ("Park", 1, "dobj", "PROPN", "NNP"),
    ("in", 1, "prep", "ADP", "IN"),
    ("Seoul", 3, "pobj", "PROPN", "NNP"),
    ("to", 6, "aux", "PART", "TO"),
    ("discuss", 1, "advcl", "VERB", "VB"),
    ("the", 9, "det", "DET", "DT"),
    ("1953", 9, "nummod", "NUM", "CD"),
    ("armistice", 6, "dobj", "NOUN", "NN"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_time_governing_noun_modifier_does_not_date_the_event():
    doc = _doc(ARMISTICE)
    found = date_for_trigger(_word(doc, "met"), _time(doc, (8, 8)))
    assert found.value is None
    assert (found.rule, found.latest) == ("none", DCT)  # past tense: by publication
    armistice = date_for_trigger(_word(doc, "armistice"), _time(doc, (8, 8)))
    assert armistice.value == "1953"  # it does date the noun it modifies


# "Officials agreed during their meeting in Seoul on June 30 to resume talks ."
MEETING = [
    ("Officials", 1, "nsubj", "NOUN", "NNS"),
    ("agreed", 1, "ROOT", "VERB", "VBD"),
    ("during", 1, "prep", "ADP", "IN"),
    ("their", 4, "poss", "PRON", "PRP$"),
    ("meeting", 2, "pobj", "NOUN", "NN"),
    ("in", 4, "prep", "ADP", "IN"),
    ("Seoul", 5, "pobj", "PROPN", "NNP"),
    ("on", 4, "prep", "ADP", "IN"),
    ("June", 7, "pobj", "PROPN", "NNP"),
    ("30", 8, "nummod", "NUM", "CD"),
    ("to", 11, "aux", "PART", "TO"),
    ("resume", 1, "advcl", "VERB", "VB"),
    ("talks", 11, "dobj", "NOUN", "NNS"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_time_governing_date_on_event_noun_in_temporal_phrase_governs():
    doc = _doc(MEETING)
    found = date_for_trigger(_word(doc, "agreed"), _time(doc, (8, 9)))
    assert (found.value, found.granularity) == ("2018-06-30", "day")
    assert found.rule.startswith("same-clause timex: 'June 30'")


def test_time_governing_after_phrase_gives_earliest_only():
    rows = list(MEETING)
    rows[2] = ("after", 1, "prep", "ADP", "IN")
    doc = _doc(rows)
    found = date_for_trigger(_word(doc, "agreed"), _time(doc, (8, 9)))
    assert found == EventDate(
        earliest="2018-06-30", rule="bounds from timex: after 'June 30' (month-day-dct-year)"
    )


# "Talks ended in February . North Korea has since tested missiles ."
SINCE = [
    ("Talks", 1, "nsubj", "NOUN", "NNS"),
    ("ended", 1, "ROOT", "VERB", "VBD"),
    ("in", 1, "prep", "ADP", "IN"),
    ("February", 2, "pobj", "PROPN", "NNP"),
    (".", 1, "punct", "PUNCT", "."),
    ("North", 6, "compound", "PROPN", "NNP"),
    ("Korea", 9, "nsubj", "PROPN", "NNP"),
    ("has", 9, "aux", "AUX", "VBZ"),
    ("since", 9, "advmod", "ADV", "RB"),
    ("tested", 9, "ROOT", "VERB", "VBN"),
    ("missiles", 9, "dobj", "NOUN", "NNS"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_time_governing_perfect_with_since_gives_bounds_not_a_month():
    doc = _doc(SINCE)
    found = date_for_trigger(_word(doc, "tested"), _time(doc, (3, 3)))
    assert (found.value, found.granularity) == (None, None)
    assert (found.earliest, found.latest) == ("2019-02-01", DCT)
    assert "after 'February'" in found.rule


def test_time_governing_since_misparsed_as_preposition_still_gives_bounds():
    rows = list(SINCE)  # the small model's parse: "since" the root, "tested" an adjective
    rows[8] = ("since", 8, "ROOT", "ADP", "IN")
    rows[9] = ("tested", 10, "amod", "VERB", "VBN")
    rows[10] = ("missiles", 8, "pobj", "NOUN", "NNS")
    rows[6] = ("Korea", 8, "nsubj", "PROPN", "NNP")
    rows[7] = ("has", 8, "aux", "AUX", "VBZ")
    rows[11] = (".", 8, "punct", "PUNCT", ".")
    doc = _doc(rows)
    found = date_for_trigger(_word(doc, "tested"), _time(doc, (3, 3)))
    assert (found.value, found.earliest, found.latest) == (None, "2019-02-01", DCT)


# "Moon , who visited Pyongyang in September , met Trump ."
RELATIVE = [
    ("Moon", 8, "nsubj", "PROPN", "NNP"),
    (",", 0, "punct", "PUNCT", ","),
    ("who", 3, "nsubj", "PRON", "WP"),
    ("visited", 0, "relcl", "VERB", "VBD"),
    ("Pyongyang", 3, "dobj", "PROPN", "NNP"),
    ("in", 3, "prep", "ADP", "IN"),
    ("September", 5, "pobj", "PROPN", "NNP"),
    (",", 0, "punct", "PUNCT", ","),
    ("met", 8, "ROOT", "VERB", "VBD"),
    ("Trump", 8, "dobj", "PROPN", "NNP"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_time_governing_relative_clause_about_someone_else_does_not_govern():
    doc = _doc(RELATIVE)
    time = _time(doc, (6, 6))
    assert date_for_trigger(_word(doc, "met"), time).value is None
    assert date_for_trigger(_word(doc, "visited"), time).value == "2018-09"


# "Lee said on Monday that he met Park ."
COMPLEMENT = [
    ("Lee", 1, "nsubj", "PROPN", "NNP"),
    ("said", 1, "ROOT", "VERB", "VBD"),
    ("on", 1, "prep", "ADP", "IN"),
    ("Monday", 2, "pobj", "PROPN", "NNP"),
    ("that", 6, "mark", "SCONJ", "IN"),
    ("he", 6, "nsubj", "PRON", "PRP"),
    ("met", 1, "ccomp", "VERB", "VBD"),
    ("Park", 6, "dobj", "PROPN", "NNP"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_time_governing_complement_takes_the_main_verbs_expression():
    doc = _doc(COMPLEMENT)
    found = date_for_trigger(_word(doc, "met"), _time(doc, (3, 3)))
    assert found.value == "2019-03-11"
    assert found.rule.startswith("sentence timex")


def test_time_governing_planned_complement_is_after_the_main_verbs_date():
    rows = list(COMPLEMENT)  # "Lee said on Monday that he will meet Park ."
    rows[4] = ("will", 6, "aux", "AUX", "MD")
    rows[6] = ("meet", 1, "ccomp", "VERB", "VB")
    doc = _doc(rows)
    found = date_for_trigger(_word(doc, "meet"), _time(doc, (3, 3)))
    assert (found.value, found.earliest) == (None, "2019-03-11")


def test_time_governing_present_perfect_is_marked_so_context_leaves_it():
    doc = _doc(  # "Envoys have met ."
        [
            ("Envoys", 2, "nsubj", "NOUN", "NNS"),
            ("have", 2, "aux", "AUX", "VBP"),
            ("met", 2, "ROOT", "VERB", "VBN"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    found = date_for_trigger(doc[2], _time(doc))
    assert (found.value, found.latest) == (None, DCT)
    assert found.rule.startswith("none (present perfect")


def test_time_governing_after_an_event_dated_to_a_month_lends_the_month():
    doc = _doc(  # "Kim spoke after the summit last month ."
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP"),
            ("spoke", 1, "ROOT", "VERB", "VBD"),
            ("after", 1, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("summit", 2, "pobj", "NOUN", "NN"),
            ("last", 6, "amod", "ADJ", "JJ"),
            ("month", 4, "npadvmod", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    found = date_for_trigger(doc[1], _time(doc, (5, 6)))
    assert (found.value, found.granularity) == ("2019-02", "month")
    assert "(after an event in that month)" in found.rule


def test_time_governing_an_expression_in_a_later_infinitive_dates_only_that_act():
    # my own sentence: "Chile agreed to meet Peru next week ." (the meeting is next week, the
    # agreement is not); "Chile tried to cross on Monday ." (the try is on Monday)
    doc = _doc(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("agreed", 1, "ROOT", "VERB", "VBD"),
            ("to", 3, "aux", "PART", "TO"),
            ("meet", 1, "xcomp", "VERB", "VB"),
            ("Peru", 3, "dobj", "PROPN", "NNP"),
            ("next", 6, "amod", "ADJ", "JJ"),
            ("week", 3, "npadvmod", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    time = _time(doc, (5, 6), tense="future")
    assert date_for_trigger(_word(doc, "agreed"), time).value is None
    assert date_for_trigger(_word(doc, "meet"), time).value == "2019-W12"
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP"),
        ("tried", 1, "ROOT", "VERB", "VBD"),
        ("to", 3, "aux", "PART", "TO"),
        ("cross", 1, "xcomp", "VERB", "VB"),
        ("on", 3, "prep", "ADP", "IN"),
        ("Monday", 4, "pobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    words, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    lemmas = [w.lower() for w in words]
    lemmas[1] = "try"
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas)  # fmt: skip
    assert date_for_trigger(_word(doc, "tried"), _time(doc, (5, 5))).value == "2019-03-11"
