"""Property-based fuzzing of ingestion and cleaning: odd bytes never crash a run.

Every reader must turn any input into RawDocuments and coded Skipped items, and the
clean stage must return text or raise a coded InputError, nothing else. Derandomized,
without deadlines, so CI runs the same examples every time.
"""

import gzip
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.identity import document_id, simhash
from storyline.ingest import decode_bytes, read_jsonl_stream
from storyline.pipeline import clean_document
from storyline.records import RawDocument, Skipped
from storyline.sources.feeds import read_feed
from storyline.sources.stdin import read_stdin
from storyline.sources.warc import read_warc

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
MARKUP = st.sampled_from(
    [
        "<html>", "<body>", "</body>", "<p>", "</p>", "<div class='a'>", "</div>", "<br/>",
        "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>",
        "<title>", "<meta charset='utf-16'>", "\n\n", "\x00", "\ufeff", "\u202e", "<td>",
    ]
)  # fmt: skip
HTML = st.lists(st.one_of(MARKUP, st.text(max_size=40)), max_size=40).map("".join)
WARC_HEAD = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: "


def _all_items(items) -> list:
    out = list(items)
    assert all(isinstance(i, RawDocument | Skipped) for i in out)
    for item in out:
        if isinstance(item, Skipped):
            assert item.code.startswith("E0") and item.message
        else:
            item.raw.encode("utf-8")  # no lone surrogates reach the pipeline
            assert "\x00" not in item.raw
    return out


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_decode_bytes_returns_clean_text_or_a_coded_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError as exc:
        assert exc.code.name in {"E002", "E003", "E005"}
        return
    assert text.strip() and "\x00" not in text and "\r" not in text
    text.encode("utf-8")


@FUZZ
@given(st.lists(st.one_of(st.binary(max_size=80), st.text(max_size=80).map(str.encode))))
def test_fuzz_jsonl_stream_never_raises(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    _all_items(read_jsonl_stream(io.BytesIO(data), "fuzz.jsonl", max_bytes=64))


@FUZZ
@given(st.binary(max_size=600), st.booleans())
def test_fuzz_warc_reader_never_raises(tail: bytes, compress: bool) -> None:
    data = WARC_HEAD + tail
    if compress:
        data = gzip.compress(data)[: max(10, len(data) // 2)]
    _all_items(read_warc(io.BytesIO(data), "fuzz.warc"))


@FUZZ
@given(st.one_of(st.binary(max_size=500), HTML.map(lambda h: ("<rss><item>" + h).encode())))
def test_fuzz_feed_reader_and_stdin_never_raise(data: bytes) -> None:
    _all_items(read_feed(data, "fuzz.rss"))
    _all_items(read_stdin(io.BytesIO(data), max_bytes=400))


@FUZZ
@given(HTML, st.sampled_from(["html", "text"]))
def test_fuzz_clean_returns_text_or_a_coded_input_error(markup: str, fmt: str) -> None:
    raw = RawDocument(source="fuzz", raw=markup, format=fmt)
    try:
        cleaned = clean_document(raw)
    except InputError as exc:
        assert exc.code.name in {"E002", "E007", "E008"}
        return
    assert cleaned.text.strip()
    document_id(cleaned.text)
    simhash(cleaned.text)
