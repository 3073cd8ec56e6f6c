"""Every export format on a hand-built store, each validated by reading it back."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import networkx as nx
import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.errors import StorylineError
from storyline.export import EXPORT_FORMATS, export
from storyline.store import Store
from storyline.views import EventFilter
from test_views import build_views_store

# TimelineJS 3 JSON format (timeline.knightlab.com/docs/json-format.html), as a schema
DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": ["string", "integer"], "pattern": "^-?[0-9]+$"},
        "month": {"type": ["string", "integer"], "pattern": "^([1-9]|1[0-2])$"},
        "day": {"type": ["string", "integer"], "pattern": "^([1-9]|[12][0-9]|3[01])$"},
        "hour": {"type": ["string", "integer"]},
        "minute": {"type": ["string", "integer"]},
        "second": {"type": ["string", "integer"]},
        "millisecond": {"type": ["string", "integer"]},
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
SLIDE = {
    "type": "object",
    "required": ["start_date", "text"],
    "properties": {
        "start_date": DATE,
        "end_date": DATE,
        "text": {**TEXT, "required": ["headline", "text"]},
        "media": {"type": "object"},
        "group": {"type": "string"},
        "display_date": {"type": "string"},
        "background": {"type": "object"},
        "autolink": {"type": "boolean"},
        "unique_id": {"type": "string"},
    },
    "additionalProperties": False,
}
TIMELINEJS_SCHEMA = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {"type": "array", "items": SLIDE},
        "title": {"type": "object", "properties": {"text": TEXT, "media": {"type": "object"}}},
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    built = build_views_store(tmp_path_factory.mktemp("export") / "views.db")
    yield built
    built.close()


def test_export_csv_tables_read_back(store: Store, tmp_path: Path) -> None:
    written = export(store, "csv", tmp_path)
    assert written["events.csv"] == 8 and written["documents.csv"] == 3
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 8
    hanoi = next(r for r in rows if r["place"] == "Hanoi")
    assert hanoi["status"] == "negated" and hanoi["source_names"] == "Alma Ortiz; Bo Reyes"
    with (tmp_path / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        mentions = list(csv.DictReader(handle))
    assert len(mentions) == 8
    docs = {row["id"]: row["text"] for row in store.documents()}
    for m in mentions:
        assert docs[m["doc"]][int(m["start"]) : int(m["end"])] == m["text"]


def test_export_plover_records_use_plover_fields(store: Store, tmp_path: Path) -> None:
    export(store, "plover", tmp_path)
    records = [json.loads(line) for line in (tmp_path / "events.plover.jsonl").open()]
    assert len(records) == 8
    for r in records:
        assert {"id", "date", "actor", "recipient", "event", "mode", "event_text"} <= r.keys()
        assert r["event"][0] in {"CONSULT", "AGREE", "REQUEST", "ACCUSE", "RETREAT"}
        assert r["quad_code"] in {1, 2, 3, 4}
    month = next(r for r in records if r["event"] == ["ACCUSE"])
    assert (month["date"], month["enddate"], month["quad_code"]) == ("2018-10-01", "2018-10-31", 3)
    assert (
        month["actor"][0]["code"] == "PRK" and month["recipient"][0]["entity_text"] == "Alma Ortiz"
    )
    joint = next(r for r in records if r["event"] == ["AGREE"] and r["status"] == "negated")
    assert len(joint["actor"]) == 2 and joint["recipient"] == []  # PLOVER: all participants


def test_export_timelinejs_passes_the_schema(store: Store, tmp_path: Path) -> None:
    written = export(store, "timelinejs", tmp_path)
    doc = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, TIMELINEJS_SCHEMA)
    assert written["timeline.json"] == len(doc["events"]) == 8
    by_id = {e["unique_id"]: e for e in doc["events"]}
    singapore = next(e for e in by_id.values() if "Singapore" in e["text"]["headline"])
    assert singapore["start_date"] == {"year": "2018", "month": "6", "day": "12"}
    assert singapore["group"] == "CONSULT"
    month = next(e for e in by_id.values() if e["group"] == "ACCUSE")
    assert month["start_date"] == {"year": "2018", "month": "10"}
    undated = next(e for e in by_id.values() if e["group"] == "RETREAT")
    assert "first reported 2018-10-08" in undated["display_date"]


def test_export_gexf_is_dynamic_and_reads_back_with_networkx(store: Store, tmp_path: Path) -> None:
    export(store, "gexf", tmp_path)
    path = tmp_path / "network.gexf"
    graph = nx.read_gexf(path)
    assert graph.graph["mode"] == "dynamic"
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert labels == {"Alma Ortiz", "Bo Reyes", "Cy Park"}
    weights = sorted(d["weight"] for _, _, d in graph.edges(data=True))
    # asserted only: A-B consult x2, request, accuse, retreat; C-B consult
    assert weights == [1.0, 5.0]
    stances = {d["stance"] for _, _, d in graph.edges(data=True)}
    assert stances == {"mixed", "cooperative"}
    root = ElementTree.parse(path).getroot()
    ns = {"g": root.tag.split("}")[0][1:]}
    titles = {a.get("title") for a in root.iterfind(".//g:attributes/g:attribute", ns)}
    assert "type" not in titles and "stance" in titles
    graph_el = root.find("g:graph", ns)
    assert graph_el.get("timeformat") == "date"
    spells = root.findall(".//g:edge/g:spells/g:spell", ns)
    assert {s.get("start") for s in spells} >= {"2018-06-12", "2018-10-07", "2018-10-01"}


def test_export_graphml_reads_back_with_networkx(store: Store, tmp_path: Path) -> None:
    export(store, "graphml", tmp_path)
    graph = nx.read_graphml(tmp_path / "network.graphml")
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert labels == {"Alma Ortiz", "Bo Reyes", "Cy Park"}
    edge = max(graph.edges(data=True), key=lambda e: e[2]["weight"])[2]
    assert edge["conflictual"] == 2 and edge["cooperative"] == 3


def test_export_filter_limits_events(store: Store, tmp_path: Path) -> None:
    written = export(store, "plover", tmp_path, EventFilter(period="2018-10"))
    assert written == {"events.plover.jsonl": 2}


def test_export_unknown_format_is_error_e014(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StorylineError) as info:
        export(store, "xlsx", tmp_path)
    assert info.value.code.name == "E014"


def test_export_cli_writes_every_format(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    build_views_store(db).close()
    runner = CliRunner()
    for fmt in EXPORT_FORMATS:
        out = tmp_path / fmt
        result = runner.invoke(
            main, ["export", "--db", str(db), "--format", fmt, "--out", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert any(out.iterdir()), fmt
    result = runner.invoke(
        main, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "x"),
               "--period", "2018-13"]
    )  # fmt: skip
    assert result.exit_code == 1
