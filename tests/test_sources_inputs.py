"""WARC, feeds, gzip JSONL and stdin inputs (no model needed)."""

import gzip
import io
import json
import uuid
from pathlib import Path

from storyline.ingest import bounded_lines, read_inputs
from storyline.records import RawDocument, Skipped
from storyline.sources.feeds import read_feed
from storyline.sources.stdin import read_stdin

PAGE = "<html><body><h1>Envoys meet</h1><p>The envoys met in Hanoi on Thursday.</p></body></html>"


def warc_record(uri: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    """One WARC/1.0 response record holding an HTTP 200 response."""
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2019-02-28T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=len(uri) + len(body))}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def sample_warc() -> bytes:
    return (
        warc_record("https://ex.org/1", PAGE.encode())
        + warc_record("https://ex.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        + warc_record(
            "https://ex.org/2",
            "<html><body><p>Caf\u00e9 talks went on.</p></body></html>".encode("latin-1"),
            "text/html; charset=iso-8859-1",
        )
    )


def _split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    return docs, [i for i in items if isinstance(i, Skipped)]


def test_sources_warc_yields_html_records_with_their_urls(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(sample_warc())
    docs, skipped = _split(read_inputs([path]))
    assert [d.source for d in docs] == ["https://ex.org/1", "https://ex.org/2"]
    assert docs[1].raw.count("Caf\u00e9") == 1 and docs[0].format == "html"
    assert docs[0].meta["url"] == "https://ex.org/1" and "crawled" in docs[0].meta
    assert skipped == []


def test_sources_warc_gz_in_a_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(sample_warc()))
    docs, skipped = _split(read_inputs([tmp_path]))
    assert len(docs) == 2 and skipped == []


def test_sources_truncated_warc_reports_the_cut_record_and_keeps_the_rest(tmp_path: Path) -> None:
    data = sample_warc()
    (tmp_path / "cut.warc").write_bytes(data[:-40])
    (tmp_path / "cut.warc.gz").write_bytes(gzip.compress(data)[:-30])
    for name in ("cut.warc", "cut.warc.gz"):
        docs, skipped = _split(read_inputs([tmp_path / name]))
        assert [d.source for d in docs] == ["https://ex.org/1"], name
        assert [(s.source, s.code) for s in skipped] == [("https://ex.org/2", "E005")], name
        assert "truncated" in skipped[0].message


def test_sources_file_that_is_not_a_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not an archive\n" * 10)
    docs, skipped = _split(read_inputs([path]))
    assert docs == [] and [s.code for s in skipped] == ["E005"]


RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://ex.org/a</link>
<pubDate>Thu, 28 Feb 2019 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The envoys met in Hanoi.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://ex.org/b</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Two</title><link href="https://ex.org/c"/><updated>2019-03-01T08:00:00Z</updated>
<author><name>A. Writer</name></author>
<content type="text">Negotiators met again in Stockholm.</content></entry>
</feed>"""


def test_sources_rss_and_atom_entries_become_documents(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_bytes(RSS)
    (tmp_path / "desk.atom").write_bytes(ATOM)
    docs, skipped = _split(read_inputs([tmp_path / "wire.rss", tmp_path / "desk.atom"]))
    assert [d.source for d in docs] == ["https://ex.org/a", "https://ex.org/c"]
    assert docs[0].format == "html" and "Hanoi" in docs[0].raw
    assert docs[0].meta["title"] == "One" and docs[0].meta["published"].startswith("Thu")
    assert docs[1].format == "text" and docs[1].meta["author"] == "A. Writer"
    assert docs[1].meta["published"] == "2019-03-01T08:00:00Z"
    assert [(s.source, s.code) for s in skipped] == [("https://ex.org/b", "E002")]


def test_sources_xml_that_is_not_a_feed_is_reported() -> None:
    items = list(read_feed(b"<root><a>not a feed</a></root>", "x.xml"))
    assert [(i.source, i.code) for i in items] == [("x.xml", "E013")]


def test_sources_stdin_jsonl_stream_is_read_line_by_line() -> None:
    data = b'{"text": "First story."}\n{broken\n{"title": "t", "html": "<p>Two.</p>"}\n'
    docs, skipped = _split(read_stdin(io.BytesIO(data)))
    assert [d.source for d in docs] == ["<stdin>#L1", "<stdin>#L3"]
    assert [(s.source, s.code) for s in skipped] == [("<stdin>#L2", "E006")]


def test_sources_stdin_detects_warc_gzip_feed_and_single_documents() -> None:
    assert len(list(read_stdin(io.BytesIO(sample_warc())))) == 2
    assert len(list(read_stdin(io.BytesIO(gzip.compress(sample_warc()))))) == 2
    assert [i.source for i in read_stdin(io.BytesIO(RSS))] == [
        "https://ex.org/a",
        "https://ex.org/b",
    ]
    (one,) = read_stdin(io.BytesIO(PAGE.encode()))
    assert one.source == "<stdin>" and one.format == "html"
    (empty,) = read_stdin(io.BytesIO(b""))
    assert empty.code == "E002"
    (big,) = read_stdin(io.BytesIO(b"word " * 100), max_bytes=64)
    assert big.code == "E004"


def test_sources_gzip_jsonl_and_over_long_lines(tmp_path: Path) -> None:
    rows = [json.dumps({"text": "A short story."}), json.dumps({"text": "x " * 500}), "{}"]
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(rows).encode()))
    items = list(read_inputs([tmp_path], max_bytes=200))
    assert [(i.source.split("#")[1], type(i).__name__, getattr(i, "code", "")) for i in items] == [
        ("L1", "RawDocument", ""),
        ("L2", "Skipped", "E004"),
        ("L3", "Skipped", "E002"),
    ]


def test_sources_bounded_lines_drop_long_lines_without_losing_the_next() -> None:
    stream = io.BytesIO(b"short\n" + b"y" * 5000 + b"\nafter\nlast")
    assert list(bounded_lines(stream, 100)) == [b"short\n", None, b"after\n", b"last"]
