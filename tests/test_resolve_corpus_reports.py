"""The sample corpus end to end: one happening told by several articles is one event (issue 6).

"The same Albright-Kim talks are told by a 2000 wire story and by a 2018 look-back ...
Bush's 'axis of evil' by articles from 2002 and 2018"; the Singapore agreement by 000 and by
001's "commitments that were made that day in Singapore": built from ../shared, read back from
the store's JSON-lines export.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.export import export_jsonl
from storyline.pipeline import BuildOptions, build
from storyline.store import Store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def events(tmp_path_factory, request) -> list[dict]:
    from conftest import KOREA

    if not KOREA.is_dir():
        pytest.skip("../shared/corpus/korea-diplomacy is not present")
    work = tmp_path_factory.mktemp("korea")
    store = Store(work / "s.db")
    build([KOREA], store, BuildOptions(processes=1))
    export_jsonl(store, work / "out")
    store.close()
    lines = (work / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    sources = {
        d["id"]: Path(d["source"]).stem
        for d in map(json.loads, (work / "out" / "documents.jsonl").read_text().splitlines())
    }
    out = []
    for line in lines:
        event = json.loads(line)
        event["files"] = sorted({sources[m["doc"]] for m in event["mentions"]})
        out.append(event)
    return out


def test_resolve_corpus_albright_visit_has_the_wire_and_the_look_back(events) -> None:
    visits = [e for e in events if e["type"] == "CONSULT" and e["files"] == ["002", "003"]]
    assert len(visits) == 1
    (visit,) = visits
    assert visit["status"] == "asserted" and visit["date"]["value"] == "2000-10-24"
    assert visit["location"]["name"] == "Pyongyang"


def test_resolve_corpus_axis_of_evil_has_the_2002_and_2018_reports(events) -> None:
    accusations = [e for e in events if e["type"] == "ACCUSE" and "George W. Bush" in e["summary"]]
    assert [e["files"] for e in accusations] == [["003", "004"]]
    (accusation,) = accusations
    assert accusation["date"]["value"] is None  # no day: bounds only
    assert accusation["date"]["earliest"] == "2001-01-01"


def test_resolve_corpus_singapore_agreement_has_the_later_reference(events) -> None:
    # 000: "the June agreement between Trump and Kim at Singapore"; 001, undated, quotes
    # Pompeo on "the commitments that were made that day in Singapore"
    (agreement,) = [e for e in events if e["location"] and e["location"]["name"] == "Singapore"]
    assert agreement["type"] == "AGREE" and agreement["files"] == ["000", "001"]
    assert agreement["date"]["value"] == "2018-06"
    assert agreement["summary"] == "Donald Trump and Kim Jong Un agreed in Singapore"
