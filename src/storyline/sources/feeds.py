"""RSS and Atom feeds (parsed with feedparser): one document per entry with a body."""

from __future__ import annotations

from collections.abc import Iterator

from storyline.errors import ErrorCode
from storyline.records import RawDocument, Skipped


def read_feed(
    data: bytes, name: str, max_bytes: int = 20_000_000
) -> Iterator[RawDocument | Skipped]:
    """Each feed entry as a document: its full content, else its summary, plus metadata.

    The source of an entry is its link (else ``name#entry<n>``). A file that is not a feed,
    an entry with no text and an entry over ``max_bytes`` become ``Skipped`` items; a
    malformed feed still yields the entries feedparser could recover.
    """
    import feedparser

    from storyline.ingest import _looks_html, scrub

    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser raises assorted errors on hostile bytes (fuzzing)
        detail = f"{type(exc).__name__}: {exc}"
        yield Skipped(name, "ingest", "E013", f"Not a readable RSS/Atom feed: {detail}")
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS/Atom entries found"
        yield Skipped(name, "ingest", "E013", f"Not a readable RSS/Atom feed: {problem}")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        source = scrub(str(entry.get("link") or f"{name}#entry{number}"))
        body = _entry_body(entry)
        if not body.strip():
            yield Skipped(source, "ingest", "E002", ErrorCode.E002.value)
            continue
        size = len(body.encode("utf-8", "replace"))
        if size > max_bytes:
            message = ErrorCode.E004.value.format(size=size, limit=max_bytes)
            yield Skipped(source, "ingest", "E004", message)
            continue
        meta = {"url": source} if entry.get("link") else {}
        for key, field in (("title", "title"), ("author", "author"), ("published", "published")):
            if entry.get(field):
                meta[key] = scrub(str(entry[field]))
        if "published" not in meta and entry.get("updated"):
            meta["published"] = scrub(str(entry["updated"]))
        body = scrub(body)
        fmt = "html" if "<" in body and (_looks_html(body) or "</p>" in body.lower()) else "text"
        if fmt == "html" and not _looks_html(body):
            body = f"<html><body>{body}</body></html>"
        yield RawDocument(source=source, raw=body, format=fmt, meta=meta)


def _entry_body(entry: dict) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if value and value.strip():
            return value
    return entry.get("summary") or entry.get("description") or ""
