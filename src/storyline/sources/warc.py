"""WARC and WARC.gz archives (read with fastwarc): one document per HTML or text response."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from storyline.errors import ErrorCode, InputError
from storyline.records import RawDocument, Skipped

TEXT_TYPES = ("text/html", "application/xhtml", "text/plain")


def read_warc(
    handle: BinaryIO, name: str, max_bytes: int = 20_000_000
) -> Iterator[RawDocument | Skipped]:
    """Each response/resource record with an HTML or text payload, streaming.

    The source of a record is its ``WARC-Target-URI`` (else ``name#offset``); a truncated
    record, an undecodable payload or one over ``max_bytes`` becomes a ``Skipped`` item.
    Records of other content types (images, scripts, DNS) are passed over silently.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from storyline.ingest import _looks_html

    records = ArchiveIterator(
        handle,
        record_types=WarcRecordType.response | WarcRecordType.resource,
        parse_http=True,
        fsspec_args=False,
    )
    count = 0
    try:
        for record in records:
            count += 1
            uri = record.headers.get("WARC-Target-URI") or f"{name}#{record.stream_pos}"
            content_type = _content_type(record)
            if content_type and not content_type.startswith(TEXT_TYPES):
                continue
            if record.is_http and record.http_headers is None:
                detail = "truncated or malformed HTTP response in WARC record"
                yield Skipped(uri, "ingest", "E005", ErrorCode.E005.value.format(detail=detail))
                continue
            if record.is_http and not 200 <= (record.http_headers.status_code or 200) < 300:
                continue
            try:
                expected = record.content_length
                if expected > max_bytes:
                    raise InputError(ErrorCode.E004, size=expected, limit=max_bytes)
                body = record.reader.read(max_bytes + 1)
                if len(body) < expected:
                    raise InputError(
                        ErrorCode.E005,
                        detail=f"truncated WARC record ({len(body)} of {expected} bytes)",
                    )
                text = _decode(body, record.http_charset)
            except InputError as exc:
                yield Skipped(uri, "ingest", exc.code.name, exc.message)
                continue
            meta = {"url": uri}
            date = record.headers.get("WARC-Date")
            if date:
                meta["crawled"] = date
            fmt = "html" if "html" in (content_type or "") or _looks_html(text) else "text"
            yield RawDocument(source=uri, raw=text, format=fmt, meta=meta)
    except (OSError, EOFError, ValueError) as exc:
        detail = f"WARC archive unreadable after {count} records: {exc}"
        yield Skipped(name, "ingest", "E005", ErrorCode.E005.value.format(detail=detail))
        return
    if count == 0:
        detail = "no WARC records found (not a WARC file, or truncated at the start)"
        yield Skipped(name, "ingest", "E005", ErrorCode.E005.value.format(detail=detail))


def _content_type(record: Any) -> str | None:
    if record.is_http:
        value = record.http_content_type
    else:
        value = record.headers.get("Content-Type")  # resource records carry it here
    return value.lower().strip() if value else None


def _decode(body: bytes, charset: str | None) -> str:
    from storyline.ingest import _looks_binary, decode_bytes, scrub

    if not body.strip():
        raise InputError(ErrorCode.E002)
    if _looks_binary(body):
        raise InputError(ErrorCode.E003)
    if charset:
        try:
            text = scrub(body.decode(charset))
        except (LookupError, UnicodeDecodeError):
            return decode_bytes(body)
        if text.strip():
            return text.replace("\r\n", "\n").replace("\r", "\n")
    return decode_bytes(body)
