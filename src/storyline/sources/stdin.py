"""Standard input (``storyline build -``): a JSONL stream, a WARC, a feed, or one document.

The format is told from the first bytes: ``{`` starts a JSONL stream (read line by line,
so a firehose can be piped in), ``WARC/`` an archive (gzip too), ``<rss``/``<feed``/
``<?xml`` a feed; anything else is one text or HTML document.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from storyline.errors import ErrorCode, InputError
from storyline.records import RawDocument, Skipped

SOURCE = "<stdin>"


def read_stdin(
    stream: BinaryIO | None = None, max_bytes: int = 20_000_000
) -> Iterator[RawDocument | Skipped]:
    """Documents read from ``stream`` (default: the process's standard input)."""
    from storyline.ingest import _looks_html, decode_bytes, read_jsonl_stream

    raw = stream if stream is not None else sys.stdin.buffer
    handle = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    try:
        head = handle.peek(64)[:64]
        if head[:2] == b"\x1f\x8b":
            handle = io.BufferedReader(gzip.GzipFile(fileobj=handle))  # type: ignore[arg-type]
            head = handle.peek(64)[:64]
        start = head.lstrip()[:16].lower()
        if start.startswith(b"{"):
            yield from read_jsonl_stream(handle, SOURCE, max_bytes=max_bytes)
            return
        if start.startswith(b"warc/"):
            from storyline.sources.warc import read_warc

            yield from read_warc(handle, SOURCE, max_bytes=max_bytes)
            return
        data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(ErrorCode.E004, size=f"over {max_bytes}", limit=max_bytes)
        if start.startswith((b"<rss", b"<feed", b"<?xml", b"<rdf")):
            from storyline.sources.feeds import read_feed

            yield from read_feed(data, SOURCE, max_bytes=max_bytes)
            return
        text = decode_bytes(data)
    except InputError as exc:
        yield Skipped(SOURCE, "ingest", exc.code.name, exc.message)
        return
    except (OSError, EOFError) as exc:
        yield Skipped(SOURCE, "ingest", "E005", ErrorCode.E005.value.format(detail=exc))
        return
    yield RawDocument(source=SOURCE, raw=text, format="html" if _looks_html(text) else "text")
