"""store stage: SQLAlchemy store (a SQLite file by default, PostgreSQL when a URL says so).

One transaction per document; content-hash ids, so a resumed or repeated build skips
what is stored already. Events from a new document are merged with stored events of the
same block key (type, status, actors) when their dates are compatible.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.exc import SQLAlchemyError

from storyline.errors import ErrorCode, StorylineError
from storyline.identity import from_signed64, hamming, short_hash, to_signed64
from storyline.records import (
    Document,
    Event,
    EventDate,
    Location,
    ProcessedDocument,
    PublishedDate,
    Skipped,
)
from storyline.resolve import block_key, cross_document_match, more_precise
from storyline.store import schema
from storyline.store.schema import now


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a file path or URL (``postgresql://…``, ``sqlite:///…``)."""
    text = str(db)
    if "://" in text:
        if text.startswith("postgresql://"):
            return "postgresql+psycopg://" + text[len("postgresql://") :]
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def actor_id(key: str) -> str:
    return short_hash(key, prefix="a")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """Read and write access to one Storyline database."""

    def __init__(self, db: str | Path) -> None:
        self.url = database_url(db)
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                schema.migrate(conn)
        except SQLAlchemyError as exc:
            raise StorylineError(ErrorCode.E015, detail=str(exc)) from exc
        self._fingerprints: dict[str, int] | None = None

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ write side
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already (processed or recorded as duplicates)."""
        wanted = list(set(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows = conn.execute(
                    select(schema.documents.c.id).where(schema.documents.c.id.in_(chunk))
                )
                found.update(row.id for row in rows)
        return found

    def source_of(self, doc_id: str) -> str | None:
        """The source a stored document was read from."""
        with self.engine.connect() as conn:
            query = select(schema.documents.c.source).where(schema.documents.c.id == doc_id)
            return conn.execute(query).scalar_one_or_none()

    def near_duplicate_of(self, fingerprint: int, max_distance: int) -> str | None:
        """The id of a stored original whose fingerprint is within ``max_distance`` bits."""
        if self._fingerprints is None:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(schema.documents.c.id, schema.documents.c.fingerprint).where(
                        schema.documents.c.duplicate_of.is_(None)
                    )
                )
                self._fingerprints = {r.id: from_signed64(r.fingerprint or 0) for r in rows}
        for doc_id, other in self._fingerprints.items():
            if hamming(fingerprint, other) <= max_distance:
                return doc_id
        return None

    def add_skipped(self, items: Iterable[Skipped]) -> None:
        rows = [
            {
                "source": s.source,
                "stage": s.stage,
                "code": s.code,
                "message": s.message,
                "at": now(),
            }
            for s in items
        ]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(schema.skipped.insert(), rows)

    def add_duplicate(self, document: Document) -> None:
        """Record a duplicate document (kept for provenance, not analysed)."""
        with self.engine.begin() as conn:
            conn.execute(schema.documents.insert().values(**_document_row(document)))

    def add_processed(self, processed: ProcessedDocument) -> None:
        """Store one analysed document and everything found in it, in one transaction."""
        document = processed.document
        try:
            with self.engine.begin() as conn:
                conn.execute(schema.documents.insert().values(**_document_row(document)))
                if processed.actors is not None:
                    self._write_actors(conn, document.id, processed)
                for ev in processed.events:
                    self._write_event(conn, document.id, ev)
                for quote in processed.quotes:
                    conn.execute(
                        schema.quotes.insert().values(
                            id=short_hash(document.id, quote.start, quote.end, prefix="q"),
                            speaker=actor_id(quote.speaker) if quote.speaker else None,
                            text=quote.text,
                            doc_id=document.id,
                            sentence=quote.sentence,
                            start=quote.start,
                            end=quote.end,
                            cue=quote.cue,
                            direct=quote.direct,
                        )
                    )
        except SQLAlchemyError as exc:
            raise StorylineError(ErrorCode.E015, detail=str(exc)) from exc
        if self._fingerprints is not None and document.duplicate_of is None:
            self._fingerprints[document.id] = document.fingerprint

    def _write_actors(self, conn: Any, doc_id: str, processed: ProcessedDocument) -> None:
        analysis = processed.actors
        counts = Counter(m.actor_key for m in analysis.mentions)
        texts: dict[str, list[str]] = {}
        for mention in analysis.mentions:
            bucket = texts.setdefault(mention.actor_key, [])
            if mention.rule not in {"pronoun", "group"} and mention.text not in bucket:
                bucket.append(mention.text)
        used = set(counts)
        used.update(k for ev in processed.events for k in ev.source + ev.target)
        used.update(q.speaker for q in processed.quotes if q.speaker)
        for key in sorted(used):
            actor = analysis.actors.get(key)
            if actor is None:
                continue
            aid = actor_id(key)
            row = conn.execute(select(schema.actors).where(schema.actors.c.id == aid)).first()
            aliases = [a for a in actor.aliases + texts.get(key, []) if a != actor.name]
            if row is None:
                conn.execute(
                    schema.actors.insert().values(
                        id=aid,
                        key=key,
                        name=actor.name,
                        kind=actor.kind,
                        country=actor.country,
                        sector=actor.sector,
                        registry_id=actor.registry_id,
                        aliases=sorted(set(aliases)),
                        mentions=counts.get(key, 0),
                    )
                )
            else:
                merged = sorted(set(row.aliases or []) | set(aliases))
                conn.execute(
                    schema.actors.update()
                    .where(schema.actors.c.id == aid)
                    .values(aliases=merged, mentions=row.mentions + counts.get(key, 0))
                )
        for mention in analysis.mentions:
            conn.execute(
                schema.actor_mentions.insert().values(
                    actor_id=actor_id(mention.actor_key),
                    doc_id=doc_id,
                    sentence=mention.sentence,
                    start=mention.start,
                    end=mention.end,
                    text=mention.text,
                    rule=mention.rule,
                )
            )

    def _write_event(self, conn: Any, doc_id: str, ev: Event) -> None:
        source = [actor_id(k) for k in ev.source]
        target = [actor_id(k) for k in ev.target]
        key = block_key(ev.type, ev.status, source + target)
        probe = Event(
            type=ev.type,
            mode=ev.mode,
            cameo=ev.cameo,
            source=source,
            target=target,
            status=ev.status,
            date=ev.date,
            location=ev.location,
            mentions=[],
        )
        event_id = None
        for row in conn.execute(select(schema.events).where(schema.events.c.block_key == key)):
            stored = _event_from_row(row)
            if cross_document_match(stored, probe):
                event_id = row.id
                date = more_precise(stored.date, ev.date)
                location = row.location or _location_dict(ev.location)
                conn.execute(
                    schema.events.update()
                    .where(schema.events.c.id == row.id)
                    .values(
                        date=date.as_dict(),
                        date_value=date.value,
                        location=location,
                        confidence=min(0.99, max(row.confidence or 0, ev.confidence) + 0.05),
                    )
                )
                break
        if event_id is None:
            first_doc, first = ev.mentions[0]
            event_id = short_hash(first_doc, first.start, first.trigger_start, ev.type, prefix="e")
            conn.execute(
                schema.events.insert().values(
                    id=event_id,
                    type=ev.type,
                    mode=ev.mode,
                    cameo=ev.cameo,
                    status=ev.status,
                    source=source,
                    target=target,
                    location=_location_dict(ev.location),
                    date=ev.date.as_dict(),
                    date_value=ev.date.value,
                    summary=ev.summary,
                    confidence=ev.confidence,
                    block_key=key,
                )
            )
        for mention_doc, mention in ev.mentions:
            conn.execute(
                schema.event_mentions.insert().values(
                    id=short_hash(
                        mention_doc, mention.start, mention.trigger_start, mention.type, prefix="m"
                    ),
                    event_id=event_id,
                    doc_id=mention_doc,
                    sentence=mention.sentence,
                    start=mention.start,
                    end=mention.end,
                    text=mention.text,
                    trigger=mention.trigger,
                    trigger_start=mention.trigger_start,
                    type=mention.type,
                    status=mention.status,
                    date=mention.date.as_dict(),
                    claimant=actor_id(mention.claimant) if mention.claimant else None,
                )
            )

    # ------------------------------------------------------------------ read side
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in [
                    ("documents", schema.documents),
                    ("actors", schema.actors),
                    ("events", schema.events),
                    ("event_mentions", schema.event_mentions),
                    ("quotes", schema.quotes),
                    ("skipped", schema.skipped),
                ]
            }

    def documents(self) -> Iterator[dict]:
        yield from self._rows(select(schema.documents).order_by(schema.documents.c.source))

    def actors(self) -> Iterator[dict]:
        query = select(schema.actors).order_by(
            schema.actors.c.mentions.desc(), schema.actors.c.name
        )
        yield from self._rows(query)

    def events(self) -> Iterator[dict]:
        yield from self._rows(select(schema.events).order_by(schema.events.c.id))

    def event_mentions(self) -> Iterator[dict]:
        query = select(schema.event_mentions).order_by(
            schema.event_mentions.c.event_id,
            schema.event_mentions.c.doc_id,
            schema.event_mentions.c.start,
        )
        yield from self._rows(query)

    def quotes(self) -> Iterator[dict]:
        query = select(schema.quotes).order_by(schema.quotes.c.doc_id, schema.quotes.c.start)
        yield from self._rows(query)

    def skipped(self) -> Iterator[dict]:
        yield from self._rows(select(schema.skipped).order_by(schema.skipped.c.id))

    def _rows(self, query: Any) -> Iterator[dict]:
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield dict(row._mapping)


def _location_dict(location: Location | None) -> dict | None:
    if location is None:
        return None
    return {
        "name": location.name,
        "country": location.country,
        "lat": location.lat,
        "lon": location.lon,
    }


def _event_from_row(row: Any) -> Event:
    date = row.date or {}
    loc = row.location
    return Event(
        type=row.type,
        mode=row.mode,
        cameo=row.cameo,
        source=list(row.source),
        target=list(row.target),
        status=row.status,
        date=EventDate(
            value=date.get("value"),
            granularity=date.get("granularity"),
            earliest=date.get("earliest"),
            latest=date.get("latest"),
        ),
        location=Location(**loc) if loc else None,
        mentions=[],
        confidence=row.confidence or 0.5,
    )


def _document_row(document: Document) -> dict:
    published: PublishedDate = document.published
    return {
        "id": document.id,
        "source": document.source,
        "title": document.title,
        "byline": document.byline,
        "published": published.as_dict(),
        "published_value": published.value,
        "text": document.text,
        "language": document.language,
        "duplicate_of": document.duplicate_of,
        "fingerprint": to_signed64(document.fingerprint),
        "added_at": now(),
    }
