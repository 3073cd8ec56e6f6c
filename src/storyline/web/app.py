"""FastAPI application: JSON API under ``/api`` and the single-page viewer at ``/``.

Read-only: only GET routes exist, and the database connection itself refuses writes
(SQLite ``PRAGMA query_only``, PostgreSQL ``default_transaction_read_only``). Every error
has one shape: ``{"error": {"status": int, "code": str, "message": str}}``.
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import event as sa_event
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import views
from storyline.errors import ErrorCode, StorylineError
from storyline.ledger import commitments_ledger
from storyline.network import actor_network
from storyline.summarize import summarize

MAX_LIMIT = 10_000


def static_dir() -> Path:
    """Folder of the page's HTML, JS and CSS (written for Storyline, no CDN)."""
    return Path(str(resources.files("storyline") / "web" / "static"))


def open_read_only(db: str | Path) -> Any:
    """A Store whose connections refuse writes; E032 when a database file does not exist."""
    from storyline.store import Store

    text = str(db)
    if "://" not in text and not Path(text).expanduser().exists():
        raise StorylineError(ErrorCode.E032, path=text)
    store = Store(db)

    def _read_only(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if store.engine.dialect.name == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        elif store.engine.dialect.name == "postgresql":
            cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()  # SET is transactional: keep it past the pool's rollback
        cursor.close()

    sa_event.listen(store.engine, "connect", _read_only)
    store.engine.dispose()  # drop the connections opened before the listener
    return store


class SnapshotStore:
    """A store whose row listings (events, mentions, actors, documents) are read once and kept
    until the store's counts change; everything else goes to the wrapped store.

    Cached document rows carry no ``text`` (use ``document(id)`` for one document's text).
    """

    CACHED = ("events", "event_mentions", "actors", "documents")

    def __init__(self, store: Any) -> None:
        self._store = store
        self._counts: dict[str, int] | None = None
        self._rows: dict[str, list[dict]] = {}
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        if name in self.CACHED:
            return lambda: iter(self._listing(name))
        return getattr(self._store, name)

    def refresh(self) -> None:
        """Drop the cached listings when a build has changed the store since they were read."""
        counts = self._store.counts()
        with self._lock:
            if counts != self._counts:
                self._rows = {}
                self._counts = counts

    def _listing(self, name: str) -> list[dict]:
        with self._lock:
            rows = self._rows.get(name)
        if rows is None:
            rows = list(getattr(self._store, name)())
            if name == "documents":
                rows = [{**row, "text": None} for row in rows]
            with self._lock:
                self._rows[name] = rows
        return rows


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"status": status, "code": code, "message": message}}, status_code=status
    )


def event_filter(
    actor: Annotated[str | None, Query(description="Actor name or alias (substring).")] = None,
    type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT.")] = None,
    status: Annotated[
        str | None, Query(description="asserted, negated, hypothetical, planned, conditional.")
    ] = None,
    place: Annotated[str | None, Query(description="Place name (substring) or ISO3.")] = None,
    period: Annotated[
        str | None, Query(description="2018, 2018-10, 2018-06-01 or START..END.")
    ] = None,
    q: Annotated[str | None, Query(description="Full-text search in cited sentences.")] = None,
    since: Annotated[str | None, Query(description="ISO date prefix, inclusive.")] = None,
    until: Annotated[str | None, Query(description="ISO date prefix, inclusive.")] = None,
) -> views.EventFilter:
    """The event filter from query parameters (one name per ``EventFilter`` field)."""
    if period:
        views.parse_period(period)  # raise E030 early
    return views.EventFilter(
        actor=actor,
        type=type,
        status=status,
        since=since,
        until=until,
        place=place,
        period=period,
        q=q,
    )


Filter = Annotated[views.EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


def create_app(db: str | Path, store: Any = None) -> FastAPI:
    """The app serving the store at ``db`` read-only (or an already open ``store``)."""
    raw = store if store is not None else open_read_only(db)
    store = SnapshotStore(raw)
    app = FastAPI(
        title="Storyline",
        description="Read-only API over a Storyline store: events, documents, actors, "
        "network, ledger, timeline and summaries, every record cited.",
        version="1",
        docs_url=None,  # the Swagger page loads from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = raw

    @app.middleware("http")
    async def _fresh_snapshot(request: Request, call_next: Any) -> Any:
        if request.url.path.startswith("/api/"):
            await run_in_threadpool(store.refresh)
        return await call_next(request)

    @app.exception_handler(StorylineError)
    async def _storyline_error(_request: Request, exc: StorylineError) -> JSONResponse:
        status = 404 if exc.code is ErrorCode.E031 else 400
        if exc.code is ErrorCode.E015:
            status = 500
        return _error(status, exc.code.name, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'][1:]) or 'request'}: {err['msg']}"
            for err in exc.errors()
        )
        return _error(400, ErrorCode.E030.name, problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    @app.get("/api/events", summary="Events that pass the filters, one page")
    def list_events(flt: Filter, limit: Limit = 50, offset: Offset = 0) -> dict:
        return views.page(views.timeline(store, flt), limit, offset)

    @app.get("/api/events/{event_id}", summary="One event with its mentions and their documents")
    def get_event(event_id: str) -> dict:
        return views.event_detail(store, event_id)

    @app.get("/api/documents/{doc_id}", summary="One document with its cleaned text")
    def get_document(doc_id: str) -> dict:
        return views.document_detail(store, doc_id)

    @app.get("/api/actors", summary="Actors by number of mentions")
    def list_actors(
        q: Annotated[str | None, Query(description="Name or alias (substring).")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict:
        return views.page(views.list_actors(store, q), limit, offset)

    @app.get("/api/timeline", summary="Timeline entries with the days to draw them at")
    def get_timeline(flt: Filter, limit: Limit = 1000, offset: Offset = 0) -> dict:
        return views.page(views.timeline_items(store, flt), limit, offset)

    @app.get("/api/network", summary="Actor network: weighted, cooperative or conflictual")
    def get_network(flt: Filter) -> dict:
        return actor_network(store, flt)

    @app.get("/api/ledger", summary="Commitments ledger with the later fate of each")
    def get_ledger(flt: Filter, limit: Limit = 200, offset: Offset = 0) -> dict:
        return views.page(commitments_ledger(store, flt), limit, offset)

    @app.get("/api/summary", summary="Extractive summary, every sentence cited")
    def get_summary(
        flt: Filter,
        sentences: Annotated[int, Query(ge=1, le=50, description="Sentences.")] = 5,
    ) -> dict:
        picked = summarize(store, flt, max_sentences=sentences)
        return {"sentences": [p.as_dict() for p in picked]}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir() / "index.html")

    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    return app
