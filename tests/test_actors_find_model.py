"""find_actors on small hand-written texts through the spaCy model."""

from __future__ import annotations

import pytest

from storyline.actors import find_actors
from storyline.actors.registry import load_registry
from storyline.records import PublishedDate

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from storyline.annotate import load_nlp

    return load_nlp()


def _run(nlp, text, date):
    return find_actors(nlp(text), PublishedDate(date), load_registry())


def _keys(result, text):
    return {m.actor_key for m in result.mentions if m.text == text}


def test_actors_surname_and_title_group_with_full_name(nlp):
    text = (
        "Chinese President Xi Jinping received the visitors in Beijing on Monday. "
        "Xi told them that trade would grow. Later, President Xi hosted a banquet."
    )
    res = _run(nlp, text, "2019-05-06")
    assert _keys(res, "Xi") == {"reg:xi-jinping"}
    assert _keys(res, "President Xi") == {"reg:xi-jinping"}
    assert "reg:CHN" not in {m.actor_key for m in res.mentions if m.text == "Chinese"}


def test_actors_role_noun_resolved_by_publication_date(nlp):
    text = "The secretary of state arrived in Tokyo for talks on the nuclear issue."
    assert _keys(_run(nlp, text, "2000-10-20"), "The secretary of state") == {
        "reg:madeleine-albright"
    }
    assert _keys(_run(nlp, text, "2018-10-06"), "The secretary of state") == {"reg:mike-pompeo"}


def test_actors_role_noun_prefers_antecedent(nlp):
    text = (
        "In 2010, Hillary Clinton flew to Seoul. "
        "The secretary of state said the alliance was strong."
    )
    res = _run(nlp, text, "2018-03-01")  # a look back to 2010 in a 2018 story
    assert _keys(res, "The secretary of state") == {"reg:hillary-clinton"}


def test_actors_pronouns_follow_gender(nlp):
    text = (
        "Kang Kyung-wha met Sergey Lavrov in Moscow on Tuesday. "
        "She said the talks were useful, and he agreed."
    )
    res = _run(nlp, text, "2018-04-10")
    assert _keys(res, "She") == {"reg:kang-kyung-wha"}
    assert _keys(res, "he") == {"reg:sergey-lavrov"}


def test_actors_pair_phrase_names_both_people(nlp):
    text = "Moon Jae-in welcomed Kim Jong Un at the border. The two men then planted a tree."
    res = _run(nlp, text, "2018-04-27")
    assert _keys(res, "The two men") == {"reg:moon-jae-in", "reg:kim-jong-un"}


def test_actors_unknown_person_gets_country_and_sector_from_description(nlp):
    text = (
        "Park Min-soo, a professor of history at Yonsei University, doubted the plan. "
        "Mr. Park said the talks would stall."
    )
    res = _run(nlp, text, "2018-05-01")
    keys = _keys(res, "Park Min-soo")
    assert len(keys) == 1
    key = keys.pop()
    assert key == "new:KOR:park min-soo"
    assert res.actors[key].sector == "EDU"
    assert _keys(res, "Mr. Park") == {key}


def test_actors_capital_as_agent_but_not_as_place(nlp):
    text = "Pyongyang has rejected the offer. The envoy later flew to Seoul for more talks."
    res = _run(nlp, text, "2019-01-10")
    assert _keys(res, "Pyongyang") == {"reg:PRK"}
    assert _keys(res, "Seoul") == set()


def test_actors_offsets_and_sentences_point_into_text(nlp):
    text = "Sergey Lavrov spoke. Then Wang Yi answered him."
    doc = nlp(text)
    res = find_actors(doc, PublishedDate(None), load_registry())
    sents = list(doc.sents)
    for m in res.mentions:
        assert text[m.start : m.end] == m.text
        assert sents[m.sentence].start_char <= m.start < sents[m.sentence].end_char
