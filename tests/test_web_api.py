"""The JSON API on a hand-built store: paging, filters, details, one error shape, read-only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import InternalError, OperationalError

from storyline.errors import StorylineError
from storyline.store import Store
from storyline.web.app import create_app, open_read_only, static_dir
from test_views import build_views_store

from factories import postgres_schema_url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hand-built store in a SQLite file, or in a new schema of the test PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("web") / "views.db"
        build_views_store(path).close()
        yield str(path)
        return
    with postgres_schema_url("t_web") as url:
        build_views_store(url).close()
        yield url


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    app = create_app(db)
    yield TestClient(app)
    app.state.store.close()


def _is_error(response, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert body["error"]["message"]


def test_web_events_are_paged_with_total(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 3}).json()
    assert (first["total"], first["limit"], first["offset"]) == (8, 3, 0)
    rest = client.get("/api/events", params={"limit": 10, "offset": 3}).json()
    ids = [e["id"] for e in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 8


def test_web_events_filters(client: TestClient) -> None:
    def total(**params: str) -> int:
        return client.get("/api/events", params=params).json()["total"]

    assert total(actor="Cy Park") == 1
    assert total(type="CONSULT") == 3
    assert total(status="planned") == 1
    assert total(place="singapore") == 1
    assert total(period="2018-10") == 2
    assert total(period="2018-06-01..2018-06-30") == 1
    assert total(q="peace treaty") == 2
    assert total(actor="Reyes", type="AGREE", status="negated", period="2019") == 1


def test_web_event_detail_gives_mentions_with_document_offsets(client: TestClient) -> None:
    event = client.get("/api/events", params={"place": "Hanoi"}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    mention = detail["mentions"][0]
    document = client.get(f"/api/documents/{mention['doc']}").json()
    assert document["text"][mention["start"] : mention["end"]] == mention["text"]
    assert document["url"] == mention["document"]["url"] == "https://news.example/2019-02-28"
    assert detail["source_names"] == ["Alma Ortiz", "Bo Reyes"]


def test_web_views_endpoints(client: TestClient) -> None:
    timeline = client.get("/api/timeline").json()
    assert timeline["total"] == 8 and all(i["start"] for i in timeline["items"])
    network = client.get("/api/network").json()
    assert len(network["nodes"]) == 3 and network["edges"][0]["weight"] == 5
    ledger = client.get("/api/ledger").json()
    assert {e["kind"] for e in ledger["items"]} == {"promise", "demand"}
    summary = client.get("/api/summary", params={"actor": "Park", "sentences": 2}).json()
    assert summary["sentences"][0]["citation"]["sentence"] == 1
    actors = client.get("/api/actors", params={"q": "ortiz"}).json()
    assert actors["total"] == 1 and actors["items"][0]["country"] == "USA"


def test_web_errors_have_one_shape(client: TestClient) -> None:
    _is_error(client.get("/api/events/e-missing"), 404, "E031")
    _is_error(client.get("/api/documents/d-missing"), 404, "E031")
    _is_error(client.get("/api/events", params={"period": "2018-13"}), 400, "E030")
    _is_error(client.get("/api/events", params={"limit": 0}), 400, "E030")
    _is_error(client.get("/api/events", params={"offset": "x"}), 400, "E030")
    _is_error(client.get("/api/nowhere"), 404, "not_found")
    _is_error(client.post("/api/events"), 405, "method_not_allowed")
    _is_error(client.delete("/api/events/e-missing"), 405, "method_not_allowed")


def test_web_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/events",
        "/api/events/{event_id}",
        "/api/documents/{doc_id}",
        "/api/actors",
        "/api/timeline",
        "/api/network",
        "/api/ledger",
        "/api/summary",
    }
    assert all(set(ops) == {"get"} for ops in schema["paths"].values())
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "type", "status", "place", "period", "q", "limit", "offset"} <= names


def test_web_store_refuses_writes(db: str) -> None:
    store = open_read_only(db)
    with pytest.raises((OperationalError, InternalError), match="read-?only"):
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM events"))
    assert store.counts()["events"] == 8
    store.close()


def test_web_refuses_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StorylineError) as info:
        create_app(tmp_path / "nothing.db")
    assert info.value.code.name == "E032"
    assert not (tmp_path / "nothing.db").exists()


def test_web_page_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<svg" in page.text
    for name in ("index.html", "app.js", "style.css"):
        text = (static_dir() / name).read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), name
        assert "import(" not in text and "@import" not in text
        assert client.get(f"/static/{name}").status_code == 200
    assert client.get("/docs").status_code == 404  # Swagger UI would come from a CDN


def test_web_sees_documents_built_after_it_started(tmp_path: Path) -> None:
    from test_views import CORPUS, processed_document

    db = tmp_path / "growing.db"
    store = Store(db)
    store.add_processed(processed_document(*CORPUS[0]))
    client = TestClient(create_app(db))
    assert client.get("/api/events").json()["total"] == 3
    store.add_processed(processed_document(*CORPUS[1]))  # a build while the server runs
    assert client.get("/api/events").json()["total"] == 6
    assert client.get("/api/timeline").json()["total"] == 6
    store.close()
