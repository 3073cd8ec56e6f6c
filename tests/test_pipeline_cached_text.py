"""The text-caching Doc used by annotate changes speed, never results."""

import pytest
import spacy

from storyline.annotate import AnnotatedDoc, with_cached_text
from storyline.cli import sample_corpus_path
from storyline.identity import document_id
from storyline.records import Document, RawDocument


def test_pipeline_cached_text_doc_keeps_tokens_and_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Pompeo met Kim in Pyongyang.  Talks went well.")
    cached = with_cached_text(doc)
    assert isinstance(cached, AnnotatedDoc)
    assert cached.text == doc.text and [t.text for t in cached] == [t.text for t in doc]
    assert cached[0:2].doc is cached and with_cached_text(cached) is cached


@pytest.mark.model
def test_pipeline_analysis_is_the_same_on_cached_text_docs() -> None:
    from storyline.actors.registry import load_registry
    from storyline.annotate import load_nlp
    from storyline.pipeline import analyse, clean_document

    nlp = load_nlp()
    registry = load_registry(())
    for name in ("02_pompeo_pyongyang_detainees.txt", "05_hanoi_summit.txt"):
        text = (sample_corpus_path() / name).read_text(encoding="utf-8")
        cleaned = clean_document(RawDocument(source=name, raw=text, format="text"))
        doc = nlp(cleaned.text)
        results = [
            analyse(Document(id=document_id(cleaned.text), source=name, text=cleaned.text),
                    cleaned, d, {}, registry)
            for d in (doc, with_cached_text(doc))
        ]  # fmt: skip
        assert results[0] == results[1]
        assert results[0].events
