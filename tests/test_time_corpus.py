"""The time stage on the real sample corpus (cleaned by storyline.clean; needs the model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from storyline.annotate import load_nlp
from storyline.clean import clean
from storyline.records import RawDocument, TimeAnalysis
from storyline.time import analyse_time, date_for_trigger

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


def _analyse(corpus: Path, name: str):
    raw = (corpus / f"{name}.txt").read_text(encoding="utf-8")
    cleaned = clean(RawDocument(source=name, raw=raw, format="text"))
    doc = load_nlp()(cleaned.text)
    return doc, analyse_time(cleaned, doc)


def _gold_range(name: str) -> tuple[str, str]:
    path = GOLD / "korea-diplomacy-dev.yaml"
    if not path.is_file():
        pytest.skip("../shared/gold is not present")
    published = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"][name]["published"]
    return str(published["earliest"]), str(published["latest"])


@pytest.mark.parametrize("name", ["000", "002"])
def test_time_corpus_publication_date_inside_gold_range(korea_corpus, name):
    _, time = _analyse(korea_corpus, name)
    earliest, latest = _gold_range(name)
    assert time.published.value is not None
    assert earliest <= time.published.value <= latest
    assert time.published.granularity == "day"
    assert time.published.evidence != "no date evidence"


def test_time_corpus_traps_are_not_the_date(korea_corpus):
    _, time = _analyse(korea_corpus, "000")
    assert time.published.value != "2018-08-16"  # the photo caption
    _, time = _analyse(korea_corpus, "002")
    assert "2001" not in (time.published.value or "")  # copyright and crawl stamp


@pytest.mark.parametrize("name", ["001", "003", "004"])
def test_time_corpus_no_date_invented_without_evidence(korea_corpus, name):
    _, time = _analyse(korea_corpus, name)
    assert time.published.value is None
    assert time.published.evidence.startswith("no date evidence")
    assert time.published.earliest is None or time.published.earliest < "2025"


def _values(time: TimeAnalysis) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for expr in time.expressions:
        found.setdefault(expr.text, set()).add(expr.value)
    return found


def test_time_corpus_expressions_of_000(korea_corpus):
    _, time = _analyse(korea_corpus, "000")
    values = _values(time)
    assert values["Sunday, Oct. 7"] == {"2018-10-07"}
    assert values["Saturday"] == {"2018-10-06"}
    assert values["Monday"] == {"2018-10-08"}
    assert values["July"] == {"2018-07"}
    assert values["late August"] == {"2018-08"}
    assert values["late last month"] == {"2018-09"}
    assert values["1950-1953"] == {"1950"}
    durations = {e.text: e.value for e in time.expressions if e.kind == "duration"}
    assert durations["about two hours"] == "PT2H"


def test_time_corpus_expressions_of_002(korea_corpus):
    _, time = _analyse(korea_corpus, "002")
    values = _values(time)
    assert values["Tuesday"] == {"2000-10-24"}
    assert values["Monday"] == {"2000-10-23"}
    assert values["Tuesday morning"] == {"2000-10-24"}
    assert values["1950-53"] == {"1950"}
    assert values["earlier this year"] == {"2000"}


def _trigger(doc, sentence_word: str, verb: str):
    for sent in doc.sents:
        if sentence_word in sent.text:
            return next(t for t in sent if t.text == verb)
    raise LookupError(sentence_word)


@pytest.mark.parametrize(
    ("sentence_word", "verb", "value"),
    [
        ("Shinzo Abe", "met", "2018-10-06"),  # "on Saturday", same clause
        ("Beijing", "visit", "2018-10-08"),  # future clause, "on Monday"
        ("Seoul", "flew", "2018-10-07"),  # "Later Sunday, Oct. 7"
        ("late August", "return", "2018-08"),  # planned (past) to return
    ],
)
def test_time_corpus_event_dates_from_triggers(korea_corpus, sentence_word, verb, value):
    doc, time = _analyse(korea_corpus, "000")
    found = date_for_trigger(_trigger(doc, sentence_word, verb), time)
    assert found.value == value
    assert found.rule.startswith("same-clause timex")
