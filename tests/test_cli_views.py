"""The view commands over a hand-built store: filters reach the views, bad values fail cleanly."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main
from test_views import build_views_store


def _events(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_cli_views_events_filters_by_period_place_and_search(tmp_path: Path) -> None:
    db = tmp_path / "views.db"
    build_views_store(db).close()
    everything = _events(db)
    october = _events(db, "--period", "2018-10")
    assert 0 < len(october) < len(everything)
    assert all((e["date"]["value"] or "").startswith("2018-10") for e in october)
    in_pyongyang = _events(db, "--place", "pyongyang")
    assert in_pyongyang and all(e["location"]["name"] == "Pyongyang" for e in in_pyongyang)
    found = _events(db, "--search", "detainees")
    assert "REQUEST" in {e["type"] for e in found} and len(found) < len(everything)
    assert all(any("detainees" in m["text"] for m in e["mentions"]) for e in found)


def test_cli_views_timeline_rejects_a_bad_period(tmp_path: Path) -> None:
    db = tmp_path / "views.db"
    build_views_store(db).close()
    result = CliRunner().invoke(main, ["timeline", "--db", str(db), "--period", "2018-13"])
    assert result.exit_code != 0
    assert "E030" in result.output


def test_cli_event_table_keeps_the_summary_readable_in_a_narrow_terminal() -> None:
    from storyline.cli import _event_table

    event = {
        "date": {"value": "2019-06-30"},
        "type": "CONSULT",
        "mode": None,
        "status": "asserted",
        "source_names": ["Ana Lee"],
        "target_names": ["Ben Roe"],
        "location": {"name": "Oslo"},
        "summary": "Ana Lee met Ben Roe in Oslo",
        "mentions": [{"doc": "d1"}],
    }
    narrow = _event_table([event], "t", width=80)
    assert [c.header for c in narrow.columns] == ["date", "event", "summary"]
    wide = _event_table([event], "t", width=160)
    assert [c.header for c in wide.columns] == [
        "date", "type", "status", "source", "target", "place", "summary", "docs"
    ]  # fmt: skip


def test_cli_views_events_are_listed_in_date_order_undated_last(tmp_path: Path) -> None:
    db = tmp_path / "views.db"
    build_views_store(db).close()
    dates = [e["date"]["value"] for e in _events(db)]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates[: len(dated)] == dated
