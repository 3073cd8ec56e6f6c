"""store stage: SQLAlchemy store (a SQLite file by default, PostgreSQL when a URL says so).

One transaction per document; content-hash ids, so a resumed or repeated build skips
what is stored already. Events from a new document are merged with stored events of the
same block key (type, status, actors) when their dates are compatible.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, create_engine, event, func, select
from sqlalchemy.exc import SQLAlchemyError

from storyline.errors import ErrorCode, StorylineError
from storyline.identity import from_signed64, short_hash, to_signed64
from storyline.records import (
    Document,
    Event,
    EventDate,
    EventMention,
    Location,
    ProcessedDocument,
    PublishedDate,
    Skipped,
)
from storyline.resolve import (
    block_key,
    cross_document_match,
    date_years,
    more_precise,
    place_reference_match,
    quoted_labels,
    same_day_match,
    same_visit,
)
from storyline.resolve.compat import (
    bounds_overlap,
    date_interval,
    dates_compatible,
    more_precise_place,
)
from storyline.store import schema
from storyline.store.fingerprints import SimhashIndex
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
        self._fingerprints: SimhashIndex | None = None

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
        if self._fingerprints is None or self._fingerprints.max_distance < max_distance:
            index = SimhashIndex(max_distance)
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(schema.documents.c.id, schema.documents.c.fingerprint)
                    .where(schema.documents.c.duplicate_of.is_(None))
                    .order_by(schema.documents.c.added_at, schema.documents.c.id)
                )
                for row in rows:
                    index.add(row.id, from_signed64(row.fingerprint or 0))
            self._fingerprints = index
        return self._fingerprints.find(fingerprint, max_distance)

    def add_skipped(self, items: Iterable[Skipped]) -> None:
        """Record skipped inputs; an input skipped again for the same reason keeps one row."""
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
        if not rows:
            return
        table = schema.skipped
        with self.engine.begin() as conn:
            for row in rows:
                conn.execute(
                    table.delete().where(
                        (table.c.source == row["source"])
                        & (table.c.stage == row["stage"])
                        & (table.c.code == row["code"])
                    )
                )
            conn.execute(table.insert(), rows)

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
                for reference in processed.references:
                    self._write_reference(conn, document, reference)
                quotes = [
                    {
                        "id": short_hash(document.id, quote.start, quote.end, prefix="q"),
                        "speaker": actor_id(quote.speaker) if quote.speaker else None,
                        "text": quote.text,
                        "doc_id": document.id,
                        "sentence": quote.sentence,
                        "start": quote.start,
                        "end": quote.end,
                        "cue": quote.cue,
                        "direct": quote.direct,
                    }
                    for quote in processed.quotes
                ]
                if quotes:
                    conn.execute(schema.quotes.insert(), quotes)
        except SQLAlchemyError as exc:
            raise StorylineError(ErrorCode.E015, detail=str(exc)) from exc
        if self._fingerprints is not None and document.duplicate_of is None:
            self._fingerprints.add(document.id, document.fingerprint)

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
        used.update(m.claimant for m in processed.references if m.claimant)
        keys = [k for k in sorted(used) if k in analysis.actors]
        table = schema.actors
        stored = {
            row.id: row
            for row in conn.execute(
                select(table.c.id, table.c.aliases, table.c.mentions).where(
                    table.c.id.in_([actor_id(k) for k in keys])
                )
            )
        }
        inserts: list[dict] = []
        updates: list[dict] = []
        for key in keys:
            actor = analysis.actors[key]
            aid = actor_id(key)
            aliases = {a for a in actor.aliases + texts.get(key, []) if a != actor.name}
            row = stored.get(aid)
            if row is None:
                inserts.append(
                    {
                        "id": aid,
                        "key": key,
                        "name": actor.name,
                        "kind": actor.kind,
                        "country": actor.country,
                        "sector": actor.sector,
                        "registry_id": actor.registry_id,
                        "aliases": sorted(aliases),
                        "affiliation": actor_id(actor.affiliation) if actor.affiliation else None,
                        "mentions": counts.get(key, 0),
                    }
                )
            else:
                merged = sorted(set(row.aliases or []) | aliases)
                if merged != list(row.aliases or []) or counts.get(key, 0):
                    updates.append(
                        {
                            "b_id": aid,
                            "b_aliases": merged,
                            "b_mentions": row.mentions + counts.get(key, 0),
                        }
                    )
        if inserts:
            conn.execute(table.insert(), inserts)
        if updates:
            conn.execute(
                table.update()
                .where(table.c.id == bindparam("b_id"))
                .values(aliases=bindparam("b_aliases"), mentions=bindparam("b_mentions")),
                updates,
            )
        mentions = [
            {
                "actor_id": actor_id(mention.actor_key),
                "doc_id": doc_id,
                "sentence": mention.sentence,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "rule": mention.rule,
            }
            for mention in analysis.mentions
        ]
        if mentions:
            conn.execute(schema.actor_mentions.insert(), mentions)

    def _label_candidates(self, conn: Any, probe: Event, key: str, ev: Event) -> list[Any]:
        """Stored events with the probe's type, status and actors, whatever their dates (if
        compatible), whose reports repeat a quoted label of the probe's ("Bush labeled North
        Korea part of an 'axis of evil'" in 2002 and "Bush denounced North Korea as part of an
        'axis of evil'" in a 2018 look-back, neither with a day)."""
        labels = set().union(*(quoted_labels(m.text) for _, m in ev.mentions))
        if not labels:
            return []
        table, mentions = schema.events, schema.event_mentions
        rows = conn.execute(select(table).where(table.c.block_key == key)).all()
        rows = [row for row in rows if bounds_overlap(_date_from_json(row.date), probe.date)]
        if not rows:
            return []
        texts = conn.execute(
            select(mentions.c.event_id, mentions.c.text).where(
                mentions.c.event_id.in_([row.id for row in rows])
            )
        ).all()
        shared = {event_id for event_id, text in texts if quoted_labels(text or "") & labels}
        return [row for row in rows if row.id in shared]

    def _visit_candidates(self, conn: Any, probe: Event) -> list[Any]:
        """Stored visits by the probe's visitors that ``same_visit`` accepts (one trip told
        with different hosts or dates of different precision)."""
        if probe.type != "CONSULT" or probe.mode != "visit" or not probe.source:
            return []
        if probe.location is None or date_interval(probe.date) is None:
            return []
        table, links = schema.events, schema.event_actors
        by_visitor = select(links.c.event_id).where(
            links.c.actor_id == probe.source[0], links.c.role == "source"
        )
        return self._accepted(
            conn, probe, [table.c.mode == "visit", table.c.id.in_(by_visitor)], same_visit
        )

    def _same_day_candidates(self, conn: Any, probe: Event) -> list[Any]:
        """Stored events of the probe's type, status and day that ``same_day_match`` accepts."""
        if probe.date.granularity != "day" or not probe.date.value:
            return []
        table = schema.events
        return self._accepted(conn, probe, [table.c.date_value == probe.date.value], same_day_match)

    def _accepted(
        self,
        conn: Any,
        probe: Event,
        conditions: list[Any],
        accepts: Callable[[Event, Event, Mapping[str, tuple[str | None, str | None]]], bool],
    ) -> list[Any]:
        """Stored events of the probe's type and status meeting ``conditions`` that
        ``accepts(stored, probe, parties)`` takes, ``parties`` giving (country, kind) of
        every actor involved."""
        table = schema.events
        rows = conn.execute(
            select(table).where(
                table.c.type == probe.type, table.c.status == probe.status, *conditions
            )
        ).all()
        if not rows:
            return []
        ids = set(probe.actor_set)
        for row in rows:
            ids |= set(row.source) | set(row.target)
        actors = schema.actors
        parties = {
            row.id: (row.country, row.kind)
            for row in conn.execute(
                select(actors.c.id, actors.c.country, actors.c.kind).where(
                    actors.c.id.in_(sorted(ids))
                )
            )
        }
        return [row for row in rows if accepts(_event_from_row(row), probe, parties)]

    def _write_event(self, conn: Any, doc_id: str, ev: Event) -> None:
        """Store one event of a new document, merged into a stored event when they match.

        Candidates: stored events of the same block key (type, status, actors) whose date
        falls in a year the new event's date covers, else events of the same type, status and
        day whose actors name the same parties (``same_day_match``); the merged event keeps the
        more precise
        date and place, and every mention whose date contradicts it is a recorded conflict."""
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
        place = schema.place_key(_location_dict(ev.location))
        changed = True  # a new event, or a stored one whose date or place this report changes
        years = [str(year) for year in date_years(ev.date)]
        table = schema.events
        candidates = (
            conn.execute(
                select(table).where(
                    table.c.block_key == key,
                    func.substr(table.c.date_value, 1, 4).in_(years),
                )
            ).all()
            if years
            else []
        )
        matched = [row for row in candidates if cross_document_match(_event_from_row(row), probe)]
        if not matched:
            matched = self._same_day_candidates(conn, probe)
        if not matched:
            matched = self._visit_candidates(conn, probe)
        if not matched:
            matched = self._label_candidates(conn, probe, key, ev)
        if matched:
            row = matched[0]
            stored = _event_from_row(row)
            event_id = row.id
            date = more_precise(stored.date, ev.date)
            location = more_precise_place(stored.location, ev.location)
            place = schema.place_key(_location_dict(location))
            changed = date is not stored.date or place != row.place
            conflicts = _merged_conflicts(conn, row, ev, date)
            conn.execute(
                table.update()
                .where(table.c.id == row.id)
                .values(
                    date=_date_json(date),
                    conflicts=conflicts,
                    date_value=date.value,
                    location=_location_dict(location),
                    place=place,
                    confidence=min(0.99, max(row.confidence or 0, ev.confidence) + 0.05),
                )
            )
        if event_id is None:
            first_doc, first = ev.mentions[0]
            event_id = short_hash(first_doc, first.start, first.trigger_start, ev.type, prefix="e")
            conn.execute(  # a plain statement with parameters: compiled once, reused
                schema.events.insert(),
                {
                    "id": event_id,
                    "type": ev.type,
                    "mode": ev.mode,
                    "cameo": ev.cameo,
                    "status": ev.status,
                    "source": source,
                    "target": target,
                    "location": _location_dict(ev.location),
                    "place": place,
                    "date": _date_json(ev.date),
                    "conflicts": [c.as_dict() for c in ev.conflicts],
                    "date_value": ev.date.value,
                    "summary": ev.summary,
                    "confidence": ev.confidence,
                    "block_key": key,
                },
            )
            conn.execute(
                schema.event_actors.insert(), schema.event_actor_rows(event_id, source, target)
            )
        conn.execute(
            schema.event_mentions.insert(),
            [_mention_row(event_id, doc, mention) for doc, mention in ev.mentions],
        )
        if place is not None and changed:  # an unchanged event was offered them already
            self._attach_waiting(conn, ev.type, ev.status, place)

    def _reference_candidates(
        self, conn: Any, mention: EventMention, published: EventDate | None
    ) -> list[str]:
        """Ids of the stored events that ``place_reference_match`` lets a place reference
        report."""
        assert mention.location is not None
        table = schema.events
        rows = conn.execute(
            select(table).where(
                table.c.place == schema.place_key(_location_dict(mention.location)),
                table.c.type == mention.type,
                table.c.status == mention.status,
            )
        ).all()
        return [
            row.id
            for row in rows
            if place_reference_match(_event_from_row(row), mention, published)
        ]

    def _write_reference(self, conn: Any, document: Document, mention: EventMention) -> None:
        """Store a mention named only by a place: as a report of the one stored event it can
        report, else kept waiting for such an event (see ``_attach_waiting``)."""
        published = _date_from_json(document.published.as_dict())
        matched = self._reference_candidates(conn, mention, published)
        if len(matched) == 1:
            row = _mention_row(matched[0], document.id, mention)
            conn.execute(schema.event_mentions.insert().values(**row))
            return
        conn.execute(
            schema.event_references.insert().values(
                id=_mention_id(document.id, mention),
                doc_id=document.id,
                type=mention.type,
                status=mention.status,
                place=schema.place_key(_location_dict(mention.location)),
                mention=_reference_json(mention),
            )
        )

    def _attach_waiting(self, conn: Any, event_type: str, status: str, place: str) -> None:
        """Attach the waiting place references of this type, status and place that now have
        exactly one stored event they can report (after an event of theirs was stored or
        changed)."""
        waiting, documents = schema.event_references, schema.documents
        found = conn.execute(
            select(waiting, documents.c.published)
            .join(documents, documents.c.id == waiting.c.doc_id)
            .where(
                waiting.c.place == place,
                waiting.c.type == event_type,
                waiting.c.status == status,
            )
        ).all()
        for item in found:
            mention = _reference_from_json(item.mention)
            published = _date_from_json(item.published)
            matched = self._reference_candidates(conn, mention, published)
            if len(matched) != 1:
                continue
            row = _mention_row(matched[0], item.doc_id, mention)
            conn.execute(schema.event_mentions.insert().values(**row))
            conn.execute(waiting.delete().where(waiting.c.id == item.id))

    def update_published(self, doc_id: str, published: PublishedDate) -> None:
        """Replace a stored document's publication date (value, bounds and evidence)."""
        table = schema.documents
        with self.engine.begin() as conn:
            conn.execute(
                table.update()
                .where(table.c.id == doc_id)
                .values(published=published.as_dict(), published_value=published.value)
            )

    # ------------------------------------------------------------------ read side
    def publication_dates(self) -> dict[str, dict]:
        """The stored ``published`` object of every document that is not a duplicate, by id."""
        table = schema.documents
        query = select(table.c.id, table.c.published).where(table.c.duplicate_of.is_(None))
        return {row["id"]: row["published"] or {} for row in self._rows(query)}

    def mention_dates(self, doc_ids: Iterable[str]) -> Iterator[dict]:
        """Event-mention rows for dating documents from one another: every mention of an
        event that one of ``doc_ids`` mentions, or of a stored event with the same type and
        actors in any status. Each row: ``event_id``, ``doc_id``, ``status``, ``date`` (the
        mention's) and the event's ``type``, ``actors`` (sorted ids), ``mode``, ``location``."""
        events, mentions = schema.events, schema.event_mentions
        wanted = sorted(set(doc_ids))
        event_ids: set[str] = set()
        for i in range(0, len(wanted), 500):
            query = select(mentions.c.event_id).where(mentions.c.doc_id.in_(wanted[i : i + 500]))
            event_ids.update(row["event_id"] for row in self._rows(query))
        keys: set[str] = set()
        for row in self._event_rows(events.c.id, sorted(event_ids)):
            keys.update(
                block_key(row["type"], status, row["source"] + row["target"])
                for status in _STATUSES
            )
        found = {row["id"]: row for row in self._event_rows(events.c.block_key, sorted(keys))}
        ids = sorted(found)
        columns = (mentions.c.event_id, mentions.c.doc_id, mentions.c.status, mentions.c.date)
        for i in range(0, len(ids), 500):
            query = (
                select(*columns)
                .where(mentions.c.event_id.in_(ids[i : i + 500]))
                .order_by(mentions.c.event_id, mentions.c.doc_id, mentions.c.start)
            )
            for row in self._rows(query):
                event = found[row["event_id"]]
                yield {
                    **row,
                    "type": event["type"],
                    "actors": sorted(set(event["source"] + event["target"])),
                    "mode": event["mode"],
                    "location": (event["location"] or {}).get("name"),
                }

    def _event_rows(self, column: Any, values: list[str]) -> Iterator[dict]:
        table = schema.events
        columns = (table.c.id, table.c.type, table.c.source, table.c.target)
        for i in range(0, len(values), 500):
            query = select(*columns, table.c.mode, table.c.location).where(
                column.in_(values[i : i + 500])
            )
            yield from self._rows(query)

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

    def event(self, event_id: str) -> dict | None:
        """One stored event row, or None."""
        query = select(schema.events).where(schema.events.c.id == event_id)
        return next(self._rows(query), None)

    def mentions_of(self, event_ids: Iterable[str]) -> Iterator[dict]:
        """Event mention rows of the given events."""
        wanted = sorted(set(event_ids))
        table = schema.event_mentions
        for i in range(0, len(wanted), 500):
            query = (
                select(table)
                .where(table.c.event_id.in_(wanted[i : i + 500]))
                .order_by(table.c.event_id, table.c.doc_id, table.c.start)
            )
            yield from self._rows(query)

    def document(self, doc_id: str) -> dict | None:
        """One stored document row, or None."""
        query = select(schema.documents).where(schema.documents.c.id == doc_id)
        return next(self._rows(query), None)

    def _rows(self, query: Any) -> Iterator[dict]:
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield dict(row._mapping)


_STATUSES = ("asserted", "negated", "hypothetical", "planned", "conditional")


def _location_dict(location: Location | None) -> dict | None:
    if location is None:
        return None
    return {
        "name": location.name,
        "country": location.country,
        "lat": location.lat,
        "lon": location.lon,
    }


def _date_json(date: EventDate) -> dict:
    """The event's date column: the contract's date fields."""
    return date.as_dict()


def _merged_conflicts(conn: Any, row: Any, ev: Event, date: EventDate) -> list[dict]:
    """Conflicts of a stored event after ``ev`` joins it: place conflicts kept so far and
    those of ``ev``, and every mention (stored or new) whose date contradicts ``date``."""
    old = row.conflicts or []
    kept = [c for c in old if c.get("field") != "date"]
    kept += [c.as_dict() for c in ev.conflicts if c.field == "location"]
    if _date_json(_date_from_json(row.date)) == _date_json(date):
        # the event's date stands: its stored mentions' conflicts stand too, and only the
        # new mentions need checking (an event with hundreds of reports is not re-read)
        kept += [c for c in old if c.get("field") == "date"]
        dated = []
    else:
        table = schema.event_mentions
        stored = conn.execute(
            select(table.c.doc_id, table.c.start, table.c.date).where(table.c.event_id == row.id)
        )
        dated = [(r.doc_id, r.start, _date_from_json(r.date)) for r in stored]
    dated += [(doc, mention.start, mention.date) for doc, mention in ev.mentions]
    for doc, start, value in dated:
        if not dates_compatible(date, value):
            text = value.value or f"{value.earliest}/{value.latest}"
            kept.append({"field": "date", "value": text, "doc": doc, "start": start})
    return kept


def _date_from_json(date: dict | None) -> EventDate:
    date = date or {}
    return EventDate(
        value=date.get("value"),
        granularity=date.get("granularity"),
        earliest=date.get("earliest"),
        latest=date.get("latest"),
    )


def _mention_id(doc_id: str, mention: EventMention) -> str:
    """The content-hash id of one event mention."""
    return short_hash(doc_id, mention.start, mention.trigger_start, mention.type, prefix="m")


def _mention_row(event_id: str, doc_id: str, mention: EventMention) -> dict:
    """The event_mentions row of one mention of ``event_id``."""
    return {
        "id": _mention_id(doc_id, mention),
        "event_id": event_id,
        "doc_id": doc_id,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "trigger": mention.trigger,
        "trigger_start": mention.trigger_start,
        "type": mention.type,
        "status": mention.status,
        "date": mention.date.as_dict(),
        "claimant": actor_id(mention.claimant) if mention.claimant else None,
    }


def _reference_json(mention: EventMention) -> dict:
    """A waiting place reference, as stored in event_references.mention."""
    row = _mention_row("", "", mention)
    del row["id"], row["event_id"], row["doc_id"]
    return {**row, "claimant": mention.claimant, "location": _location_dict(mention.location)}


def _reference_from_json(data: dict) -> EventMention:
    loc = data.get("location")
    return EventMention(
        type=data["type"],
        mode=None,
        cameo=None,
        source=[],
        target=[],
        status=data["status"],
        sentence=data["sentence"],
        start=data["start"],
        end=data["end"],
        text=data["text"],
        trigger=data["trigger"],
        trigger_start=data["trigger_start"],
        date=_date_from_json(data.get("date")),
        location=Location(**loc) if loc else None,
        claimant=data.get("claimant"),
    )


def _event_from_row(row: Any) -> Event:
    loc = row.location
    return Event(
        type=row.type,
        mode=row.mode,
        cameo=row.cameo,
        source=list(row.source),
        target=list(row.target),
        status=row.status,
        date=_date_from_json(row.date),
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
