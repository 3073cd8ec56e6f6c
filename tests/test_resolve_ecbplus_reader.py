"""The ECB+ reader of the event coreference benchmark, on a small hand-written CAT file."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import ecbplus_reader as reader  # noqa: E402

CAT = """<Document doc_name="99_1ecbplus.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">Quake</token>
<token t_id="2" sentence="0" number="1">hits</token>
<token t_id="3" sentence="0" number="2">town</token>
<token t_id="4" sentence="1" number="0">The</token>
<token t_id="5" sentence="1" number="1">earthquake</token>
<token t_id="6" sentence="1" number="2">struck</token>
<token t_id="7" sentence="1" number="3">at</token>
<token t_id="8" sentence="1" number="4">dawn</token>
<token t_id="9" sentence="2" number="0">Officials</token>
<token t_id="10" sentence="2" number="1">said</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"><token_anchor t_id="1"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="11"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="12"><token_anchor t_id="5"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="13"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<ACTION_REPORTING m_id="14"><token_anchor t_id="10"/></ACTION_REPORTING>
<TIME_DATE m_id="15"><token_anchor t_id="8"/></TIME_DATE>
<ACT_INSTANCE m_id="20" instance_id="ACT1" TAG_DESCRIPTOR="quake"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="10"/><source m_id="12"/>
<target m_id="20"/></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2"><source m_id="11"/><source m_id="13"/><target m_id="12"/>
</INTRA_DOC_COREF>
</Relations>
</Document>
"""


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "ECB+" / "99"
    folder.mkdir(parents=True)
    (folder / "99_1ecbplus.xml").write_text(CAT, encoding="utf-8")
    (folder / "99_2ecb.xml").write_text(CAT.replace("99_1ecbplus", "99_2ecb"), encoding="utf-8")
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n99,1ecbplus,0\n99,1ecbplus,1\n", encoding="utf-8"
    )
    return tmp_path


def test_resolve_ecbplus_reader_reads_validated_event_mentions(tmp_path: Path) -> None:
    validated = reader.validated_sentences(_corpus(tmp_path))
    assert validated == {"99_1ecbplus": {0, 1}}
    path = tmp_path / "ECB+" / "99" / "99_1ecbplus.xml"
    document = reader.read_document(path, 99, validated["99_1ecbplus"])
    # event mentions only, and only in validated sentences ("said" is in sentence 2)
    assert [m.text for m in document.mentions] == ["Quake", "hits", "earthquake", "struck"]
    clusters = {m.text: m.cluster for m in document.mentions}
    assert clusters["Quake"] == clusters["earthquake"] == "ACT1"
    assert clusters["hits"] == clusters["struck"] == "99_1ecbplus/2"


def test_resolve_ecbplus_reader_gold_clusters_and_subtopics(tmp_path: Path) -> None:
    data = _corpus(tmp_path)
    validated = reader.validated_sentences(data)
    document = reader.read_document(
        data / "ECB+" / "99" / "99_1ecbplus.xml", 99, validated["99_1ecbplus"]
    )
    clusters = sorted(sorted(c) for c in reader.gold_clusters([document]))
    assert clusters == [
        [("99_1ecbplus", 1, 1), ("99_1ecbplus", 5, 5)],
        [("99_1ecbplus", 2, 2), ("99_1ecbplus", 6, 6)],
    ]
    assert reader.gold_subtopics([document]) == {"99_1ecbplus": (99, True)}


def _document(name: str, sentences: list[str]) -> reader.Document:
    tokens: dict[int, tuple[int, str]] = {}
    for number, sentence in enumerate(sentences):
        for word in sentence.split():
            tokens[len(tokens) + 1] = (number, word)
    return reader.Document(name, 99, tokens, set(range(len(sentences))))


def test_resolve_ecbplus_reader_weights_names_numbers_and_dates() -> None:
    counts = reader._word_counts(_document("99_1ecb", ["Quake hits Chile on Monday , 12 dead"]))
    # a capitalised word opening the sentence is not taken for a name
    assert counts["quake"] == 1.0 and counts["hits"] == 1.0
    weight = reader.SPECIFIC_WEIGHT
    assert counts["chile"] == counts["monday"] == counts["12"] == weight
    assert "on" not in counts


def test_resolve_ecbplus_reader_blocks_split_a_topic_by_event() -> None:
    chile = "A strong earthquake struck Chile on Monday near Valparaiso , killing 12"
    japan = "A strong earthquake struck Japan on Friday near Sendai , killing 40"
    documents = [
        _document("99_1ecb", [chile, "Rescuers in Valparaiso searched rubble"]),
        _document("99_2ecb", [chile, "Chile declared an emergency"]),
        _document("99_3ecbplus", [japan, "Rescuers in Sendai searched rubble"]),
        _document("99_4ecbplus", [japan, "Japan declared an emergency"]),
        _document("99_5ecb", ["Quake in Chile : Valparaiso toll reaches 12 on Monday"]),
    ]
    blocks = reader.document_blocks(documents)
    assert {b[0] for b in blocks.values()} == {99}
    assert blocks["99_1ecb"] == blocks["99_2ecb"] == blocks["99_5ecb"]
    assert blocks["99_3ecbplus"] == blocks["99_4ecbplus"] != blocks["99_1ecb"]


def test_resolve_ecbplus_reader_blocks_single_document() -> None:
    assert reader.document_blocks([_document("99_1ecb", ["Quake hits Chile"])]) == {
        "99_1ecb": (99, 0)
    }


def test_resolve_ecbplus_reader_refine_moves_a_document_to_the_group_it_resembles() -> None:
    import numpy as np

    similarity = np.array(
        [
            [1.0, 0.8, 0.1, 0.1, 0.2],
            [0.8, 1.0, 0.1, 0.1, 0.2],
            [0.1, 0.1, 1.0, 0.7, 0.6],
            [0.1, 0.1, 0.7, 1.0, 0.5],
            [0.2, 0.2, 0.6, 0.5, 1.0],
        ]
    )
    # the last document was cut into the first group, but resembles the second more
    assert reader._refine(similarity, [0, 0, 1, 1, 0]) == [0, 0, 1, 1, 1]
    # a cut that is already right stays as it is
    assert reader._refine(similarity, [1, 1, 0, 0, 0]) == [1, 1, 0, 0, 0]
