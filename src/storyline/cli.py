"""The ``storyline`` command line: each command parses, calls one library function, formats.

Exit codes: 0 success; 1 a fatal error (no model, bad database); 2 usage error;
3 some documents were skipped for errors (at most half); 4 more than half were skipped.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline.errors import StorylineError
from storyline.ingest import DEFAULT_MAX_BYTES
from storyline.views import EventFilter, timeline

DEFAULT_DB = "storyline.db"
console = Console()
err_console = Console(stderr=True)


def _fail(exc: StorylineError) -> None:
    err_console.print(f"[bold red]error[/] {exc}")
    sys.exit(1)


def _open_store(db: str) -> Any:
    from storyline.store import Store

    try:
        return Store(db)
    except StorylineError as exc:
        _fail(exc)


db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="STORYLINE_DB",
    help="SQLite file, or a postgresql:// URL.",
)


def filter_options(func: Callable) -> Callable:
    """--actor/--type/--status/--since/--until, mirroring EventFilter."""
    for option in reversed(
        [
            click.option(
                "--actor", help="Only events with an actor whose name or alias contains this."
            ),
            click.option("--type", "type_", help="Only this PLOVER type (CONSULT, AGREE, ...)."),
            click.option(
                "--status", help="asserted, negated, hypothetical, planned or conditional."
            ),
            click.option("--since", help="Only events dated on or after this ISO date prefix."),
            click.option("--until", help="Only events dated on or before this ISO date prefix."),
        ]
    ):
        func = option(func)
    return func


def view_filter_options(func: Callable) -> Callable:
    """The filter options plus --place/--period/--search, mirroring EventFilter."""
    for option in reversed(
        [
            click.option("--place", help="Only events at a place whose name contains this."),
            click.option("--period", help="2018, 2018-10, 2018-06-01 or START..END."),
            click.option("--search", "q", help="Only events whose cited text contains this."),
        ]
    ):
        func = option(func)
    return filter_options(func)


def _view_filter(**kwargs: Any) -> EventFilter:
    return EventFilter(
        actor=kwargs.get("actor"),
        type=kwargs.get("type_"),
        status=kwargs.get("status"),
        since=kwargs.get("since"),
        until=kwargs.get("until"),
        place=kwargs.get("place"),
        period=kwargs.get("period"),
        q=kwargs.get("q"),
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storyline")
def main() -> None:
    """Storyline: a cited record of who did what to whom, when and where, from news articles."""


class _RateColumn(TextColumn):
    """Documents and words per second of the running build."""

    def __init__(self, counters: dict[str, float]) -> None:
        super().__init__("")
        self.counters = counters

    def render(self, task: Any) -> Any:
        elapsed = max(1e-6, time.perf_counter() - self.counters["t0"])
        docs = self.counters["processed"] / elapsed
        words = self.counters["words"] / elapsed
        return f"{docs:6.1f} docs/s {words:8.0f} words/s skipped {int(self.counters['skipped'])}"


def run_build(paths: tuple[str, ...], db: str, options: Any, quiet: bool = False) -> Any:
    """Build with a live progress bar; return the BuildReport."""
    from storyline.pipeline import build

    store = _open_store(db)
    counters = {"t0": time.perf_counter(), "processed": 0.0, "words": 0.0, "skipped": 0.0}
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]building[/] {task.completed:.0f} documents"),
        _RateColumn(counters),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=False,
    ) as progress:
        task = progress.add_task("build", total=None)

        def tick(event: str, amount: int) -> None:
            if event == "processed":
                counters["processed"] += 1
                counters["words"] += amount
                progress.advance(task)
            else:
                counters["skipped"] += amount

        try:
            report = build(list(paths), store, options, progress=tick)
        except StorylineError as exc:
            _fail(exc)
    store.close()
    return report


def _print_report(report: Any) -> None:
    table = Table(title="Build report", show_header=False)
    table.add_row("inputs seen", str(report.seen))
    table.add_row("processed", str(report.processed))
    table.add_row("already in store", str(report.already_stored))
    table.add_row("duplicates", str(len(report.duplicates)))
    table.add_row("skipped (errors)", str(report.failed))
    table.add_row("events", str(report.events))
    table.add_row("quotes", str(report.quotes))
    console.print(table)
    if report.skipped:
        skipped = Table(title="Skipped")
        for column in ("source", "stage", "code", "message"):
            skipped.add_column(column)
        for item in report.skipped:
            skipped.add_row(item.source, item.stage, item.code, item.message)
        console.print(skipped)
    for source, original in report.duplicates:
        console.print(f"[dim]duplicate:[/] {source} → {original}")


def _exit_for(report: Any) -> None:
    if report.failed == 0:
        return
    sys.exit(3 if report.failed_share <= 0.5 else 4)


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--registry",
    "registry_files",
    multiple=True,
    type=click.Path(exists=True),
    help="Extra actor registry YAML file (repeatable).",
)
@click.option(
    "--processes",
    type=int,
    default=None,
    help="spaCy processes (default: one per core for large inputs).",
)
@click.option("--batch-size", type=int, default=32, show_default=True)
@click.option("--model", default=None, help="spaCy pipeline package (default: see DESIGN.md).")
@click.option(
    "--dask",
    default=None,
    metavar="local|tcp://HOST:PORT",
    help="Run annotate and analysis on a Dask cluster: a local one, or a scheduler address.",
)
@click.option("--dask-workers", type=int, default=None, help="Workers of --dask local.")
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip any document (file, JSONL line, WARC record) larger than this.",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def build_command(
    paths: tuple[str, ...],
    db: str,
    registry_files: tuple[str, ...],
    processes: int | None,
    batch_size: int,
    model: str | None,
    dask: str | None,
    dask_workers: int | None,
    max_bytes: int,
    quiet: bool,
) -> None:
    """Process articles into the store.

    PATHS are files or folders (.txt, .html, .jsonl[.gz], .warc[.gz], .rss/.atom/.xml
    feeds), or - for standard input (a JSONL stream, a WARC, a feed or one document).
    """
    from storyline.pipeline import BuildOptions

    options = BuildOptions(
        processes=processes,
        batch_size=batch_size,
        registry_files=[Path(p) for p in registry_files],
        model=model,
        dask=dask,
        dask_workers=dask_workers,
        max_bytes=max_bytes,
    )
    report = run_build(paths, db, options, quiet=quiet)
    _print_report(report)
    _exit_for(report)


def _echo_json_lines(records: Iterable[dict]) -> None:
    """One JSON object per line on stdout (the --json form of the view commands)."""
    import json

    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False))


_WIDE_TABLE = 120  # columns below which the event table leaves out what its summary says


def _event_table(events: list[dict], title: str, width: int | None = None) -> Table:
    """The events as a table; narrower than ``_WIDE_TABLE`` columns, the type with its
    status under it and the summary (which names the parties and the place), so that it
    stays readable in an 80-column terminal."""
    wide = (width if width is not None else console.width) >= _WIDE_TABLE
    columns = ("date", "type", "status", "source", "target", "place", "summary", "docs")
    if not wide:
        columns = ("date", "event", "summary")
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold", ratio=3 if column == "summary" else None)
    for e in events:
        kind = e["type"] + (f"/{e['mode']}" if e["mode"] else "")
        cells = {
            "date": e["date"]["value"] or "?",
            "type": kind,
            "event": f"{kind}\n{e['status']}",
            "status": e["status"],
            "source": ", ".join(e["source_names"]),
            "target": ", ".join(e["target_names"]),
            "place": (e["location"] or {}).get("name", ""),
            "summary": e["summary"] or "",
            "docs": str(len({m["doc"] for m in e["mentions"]})),
        }
        table.add_row(*(cells[c] for c in columns))
    return table


@main.command("events")
@db_option
@view_filter_options
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
def events_command(db: str, as_json: bool, **filters: Any) -> None:
    """List events with their actors, date, place and status, in date order (undated last)."""
    store = _open_store(db)
    try:
        events = timeline(store, _view_filter(**filters))
    except StorylineError as exc:
        _fail(exc)
    if as_json:
        _echo_json_lines(events)
        return
    console.print(_event_table(events, f"{len(events)} events"))


@main.command("timeline")
@db_option
@view_filter_options
def timeline_command(db: str, **filters: Any) -> None:
    """Events in date order, with the sentence each is cited from."""
    store = _open_store(db)
    try:
        events = timeline(store, _view_filter(**filters))
    except StorylineError as exc:
        _fail(exc)
    table = Table(title=f"Timeline ({len(events)} events)")
    for column in ("date", "event", "status", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        evidence = e["mentions"][0]["text"] if e["mentions"] else ""
        if len(evidence) > 160:
            evidence = evidence[:157] + "…"
        table.add_row(
            e["date"]["value"] or "undated",
            e["summary"] or e["type"],
            e["status"],
            f"[dim]{evidence}[/]",
        )
    console.print(table)


@main.command("actors")
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
def actors_command(db: str, limit: int) -> None:
    """Actors by number of mentions, with country, sector and aliases."""
    store = _open_store(db)
    table = Table(title="Actors")
    for column in ("name", "kind", "country", "sector", "mentions", "aliases"):
        table.add_column(column, overflow="fold")
    for i, row in enumerate(store.actors()):
        if i >= limit:
            break
        table.add_row(
            row["name"],
            row["kind"] or "",
            row["country"] or "",
            row["sector"] or "",
            str(row["mentions"]),
            ", ".join((row["aliases"] or [])[:6]),
        )
    console.print(table)


@main.command("quotes")
@db_option
def quotes_command(db: str) -> None:
    """Quotations with their speakers."""
    store = _open_store(db)
    names = {row["id"]: row["name"] for row in store.actors()}
    table = Table(title="Quotes")
    for column in ("speaker", "quote", "cue", "direct"):
        table.add_column(column, overflow="fold")
    for q in store.quotes():
        table.add_row(
            names.get(q["speaker"], "unknown"),
            q["text"],
            q["cue"] or "",
            "yes" if q["direct"] else "no",
        )
    console.print(table)


EXPORT_CHOICES = ["jsonl", "csv", "plover", "timelinejs", "gexf", "graphml", "ledger"]


@main.command("export")
@db_option
@click.option(
    "--format", "fmt", default="jsonl", show_default=True, type=click.Choice(EXPORT_CHOICES)
)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output folder.")
@view_filter_options
def export_command(db: str, fmt: str, out: str, **filters: Any) -> None:
    """Write the store in an export format.

    jsonl: the four files of the output contract; csv: events, mentions, actors, documents
    and quotes tables; plover: PLOVER-style JSONL; timelinejs: TimelineJS 3 JSON; gexf:
    the actor network as dynamic GEXF 1.2 (Gephi); graphml: the same as GraphML; ledger:
    the commitments ledger as JSONL and CSV. Filters apply to all formats but jsonl.
    """
    from storyline.export import export

    store = _open_store(db)
    try:
        written = export(store, fmt, out, _view_filter(**filters))
    except StorylineError as exc:
        _fail(exc)
    for name, count in written.items():
        console.print(f"{Path(out) / name}: {count} records")


@main.command("summarize")
@db_option
@view_filter_options
@click.option("--sentences", type=int, default=5, show_default=True, help="Sentences at most.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of text.")
def summarize_command(db: str, sentences: int, as_json: bool, **filters: Any) -> None:
    """Short extractive summary of the matching events; every sentence cites its source."""
    from rich.markup import escape

    from storyline.summarize import summarize

    store = _open_store(db)
    try:
        picked = summarize(store, _view_filter(**filters), max_sentences=sentences)
    except StorylineError as exc:
        _fail(exc)
    if as_json:
        _echo_json_lines(item.as_dict() for item in picked)
        return
    if not picked:
        console.print("No events match these filters.")
    for i, item in enumerate(picked, 1):
        console.print(f"{i}. {item.text}", highlight=False, markup=False)
        cite = f"[{item.title or item.doc}; {item.doc}, sentence {item.sentence}, "
        cite += f"chars {item.start}-{item.end}]"
        console.print(f"   [dim]{escape(cite)}[/]", highlight=False)


@main.command("ledger")
@db_option
@view_filter_options
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
def ledger_command(db: str, as_json: bool, **filters: Any) -> None:
    """Commitments ledger: promises, offers, demands and conditions, and their later fate."""
    from storyline.ledger import commitments_ledger

    store = _open_store(db)
    try:
        entries = commitments_ledger(store, _view_filter(**filters))
    except StorylineError as exc:
        _fail(exc)
    if as_json:
        _echo_json_lines(entries)
        return
    table = Table(title=f"Commitments ledger ({len(entries)})")
    for column in ("parties", "kind", "commitment", "first reported", "later reports", "verdict"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        fate = "; ".join(f"{f['outcome']}: {f['summary']} ({f['when']})" for f in entry["fate"])
        table.add_row(
            entry["pair"],
            entry["kind"],
            entry["summary"],
            entry["made"] or "?",
            fate or "none",
            entry["verdict"],
        )
    console.print(table)


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
def serve_command(db: str, host: str, port: int) -> None:
    """Serve the web page and the read-only JSON API (OpenAPI schema at /openapi.json)."""
    import uvicorn

    from storyline.web import create_app

    try:
        app = create_app(db)
    except StorylineError as exc:
        _fail(exc)
    console.print(f"Storyline: http://{host}:{port}/ (API under /api, read-only)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def sample_corpus_path() -> Path:
    """Folder of the bundled sample corpus."""
    return Path(str(resources.files("storyline") / "samples"))


@main.command("demo")
@click.option(
    "--db", default="storyline-demo.db", show_default=True, help="Where to build the demo store."
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def demo_command(db: str, quiet: bool) -> None:
    """Build the bundled sample corpus and show its timeline."""
    from storyline.pipeline import BuildOptions

    corpus = sample_corpus_path()
    console.print(f"[bold]Storyline demo[/]: building {corpus} into {db}")
    report = run_build((str(corpus),), db, BuildOptions(), quiet=quiet)
    _print_report(report)
    store = _open_store(db)
    console.print(_event_table(timeline(store), "Timeline of the sample corpus"))
    console.print(
        f"Next: [bold]storyline actors --db {db}[/], [bold]storyline quotes --db {db}[/], "
        f"[bold]storyline export --db {db} --format jsonl --out out/[/]"
    )
    _exit_for(report)


if __name__ == "__main__":  # pragma: no cover
    main()
