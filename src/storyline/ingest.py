"""ingest stage: read files, folders, JSONL streams, WARC archives, feeds and stdin.

Bad input never stops a run: an unreadable item becomes a ``Skipped`` record with a
coded reason, and reading goes on with the next one. Everything streams: a JSONL file,
a WARC archive or standard input is read one record at a time, and the size limit
applies to each document (line, record, entry), not to the container.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from storyline.errors import ErrorCode, InputError
from storyline.records import RawDocument, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES
    | HTML_SUFFIXES
    | JSONL_SUFFIXES
    | {s + ".gz" for s in JSONL_SUFFIXES}
    | WARC_SUFFIXES
    | FEED_SUFFIXES
)
STDIN = "-"
DEFAULT_MAX_BYTES = 20_000_000
JSONL_TEXT_FIELDS = ("text", "content", "body")
JSONL_HTML_FIELDS = ("html", "raw_html")
JSONL_META_FIELDS = ("title", "published", "date", "pubdate", "url", "author", "byline")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Expand files and folders (recursively, sorted) into input files."""
    for given in paths:
        path = Path(given)
        if str(given) == STDIN:
            yield path
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if input_suffix(child) in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(given), "ingest", "E001", ErrorCode.E001.value.format(path=given))


def input_suffix(path: Path) -> str:
    """The lower-cased suffix that decides the reader, ``.warc.gz`` and ``.jsonl.gz`` included."""
    suffixes = [x.lower() for x in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return suffixes[0] + ".gz"
    return path.suffix.lower()


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: UTF-8 (with or without BOM), else the detected charset."""
    if not data.strip():
        raise InputError(ErrorCode.E002)
    if _looks_binary(data):
        raise InputError(ErrorCode.E003)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(ErrorCode.E005, detail="no charset fits the bytes") from None
        text = str(best)
    text = scrub(text)
    if not text.strip():
        raise InputError(ErrorCode.E002)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def scrub(text: str) -> str:
    """Text safe to hash and store: lone surrogates replaced, NUL characters dropped."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / max(1, len(sample)) > 0.05


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Skipped]:
    """Read one input: one document, or one per JSONL line, WARC record or feed entry."""
    if str(path) == STDIN:
        from storyline.sources.stdin import read_stdin

        yield from read_stdin(max_bytes=max_bytes)
        return
    suffix = input_suffix(path)
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), "ingest", "E013", ErrorCode.E013.value.format(path=path))
        return
    try:
        if suffix in WARC_SUFFIXES:
            from storyline.sources.warc import read_warc

            with path.open("rb") as handle:
                yield from read_warc(handle, str(path), max_bytes=max_bytes)
            return
        if suffix.startswith(tuple(JSONL_SUFFIXES)):
            opener = gzip.open if suffix.endswith(".gz") else Path.open
            with opener(path, "rb") as handle:
                yield from read_jsonl_stream(handle, str(path), max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(ErrorCode.E004, size=size, limit=max_bytes)
        data = path.read_bytes()
        if suffix in FEED_SUFFIXES:
            from storyline.sources.feeds import read_feed

            yield from read_feed(data, str(path), max_bytes=max_bytes)
            return
        text = decode_bytes(data)
    except InputError as exc:
        yield Skipped(str(path), "ingest", exc.code.name, exc.message)
        return
    except (OSError, EOFError) as exc:
        yield Skipped(str(path), "ingest", "E005", ErrorCode.E005.value.format(detail=exc))
        return
    fmt = "html" if suffix in HTML_SUFFIXES or _looks_html(text) else "text"
    yield RawDocument(source=str(path), raw=text, format=fmt)


def read_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Skipped]:
    """One document per JSON object line of a file; a bad line is skipped with its number."""
    with path.open("rb") as handle:
        yield from read_jsonl_stream(handle, str(path), max_bytes=max_bytes)


def read_jsonl_stream(
    handle: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Skipped]:
    """One document per JSON object line of a byte stream; lines over the limit are skipped."""
    for number, line in enumerate(bounded_lines(handle, max_bytes), start=1):
        source = f"{name}#L{number}"
        if line is None:
            message = ErrorCode.E004.value.format(size="line", limit=max_bytes)
            yield Skipped(source, "ingest", "E004", message)
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise InputError(ErrorCode.E006, detail="line is not a JSON object")
            yield raw_from_row(row, source)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Skipped(source, "ingest", "E006", ErrorCode.E006.value.format(detail=exc))
        except InputError as exc:
            yield Skipped(source, "ingest", exc.code.name, exc.message)


def bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a byte stream; ``None`` stands for a line longer than ``max_bytes``."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drop the rest of the over-long line without holding it
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def raw_from_row(row: dict, source: str) -> RawDocument:
    """A RawDocument from one JSONL object (text or html field, plus metadata)."""
    meta = {k: scrub(str(row[k])) for k in JSONL_META_FIELDS if row.get(k) is not None}
    for field in JSONL_HTML_FIELDS:
        if isinstance(row.get(field), str) and row[field].strip():
            return RawDocument(source=source, raw=scrub(row[field]), format="html", meta=meta)
    for field in JSONL_TEXT_FIELDS:
        if isinstance(row.get(field), str) and row[field].strip():
            text = scrub(row[field]).replace("\r\n", "\n")
            fmt = "html" if _looks_html(text) else "text"
            return RawDocument(source=source, raw=text, format=fmt, meta=meta)
    raise InputError(ErrorCode.E002)


def read_inputs(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Skipped]:
    """Every document found under ``paths``, in a stable order, with skips for bad items."""
    for item in iter_paths(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes)
