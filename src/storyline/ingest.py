"""ingest stage: read files, folders and JSONL exports into RawDocuments.

Bad input never stops a run: an unreadable item becomes a ``Skipped`` record with a
coded reason, and reading goes on with the next one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from storyline.errors import ErrorCode, InputError
from storyline.records import RawDocument, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000
JSONL_TEXT_FIELDS = ("text", "content", "body")
JSONL_HTML_FIELDS = ("html", "raw_html")
JSONL_META_FIELDS = ("title", "published", "date", "pubdate", "url", "author", "byline")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Expand files and folders (recursively, sorted) into input files."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(given), "ingest", "E001", ErrorCode.E001.value.format(path=given))


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
    if not text.strip():
        raise InputError(ErrorCode.E002)
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    """Read one input file: one document, or one per JSONL line."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), "ingest", "E013", ErrorCode.E013.value.format(path=path))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(ErrorCode.E004, size=size, limit=max_bytes)
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path)
            return
        text = decode_bytes(path.read_bytes())
    except InputError as exc:
        yield Skipped(str(path), "ingest", exc.code.name, exc.message)
        return
    except OSError as exc:
        yield Skipped(str(path), "ingest", "E005", ErrorCode.E005.value.format(detail=exc))
        return
    fmt = "html" if suffix in HTML_SUFFIXES or _looks_html(text) else "text"
    yield RawDocument(source=str(path), raw=text, format=fmt)


def read_jsonl(path: Path) -> Iterator[RawDocument | Skipped]:
    """One document per JSON object line; a bad line is skipped with its line number."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            source = f"{path}#L{number}"
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


def raw_from_row(row: dict, source: str) -> RawDocument:
    """A RawDocument from one JSONL object (text or html field, plus metadata)."""
    meta = {k: str(row[k]) for k in JSONL_META_FIELDS if row.get(k) is not None}
    for field in JSONL_HTML_FIELDS:
        if isinstance(row.get(field), str) and row[field].strip():
            return RawDocument(source=source, raw=row[field], format="html", meta=meta)
    for field in JSONL_TEXT_FIELDS:
        if isinstance(row.get(field), str) and row[field].strip():
            text = row[field].replace("\r\n", "\n")
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
