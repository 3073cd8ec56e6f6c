"""End to end in headless Chromium: serve the bundled corpus, open the page, click an event.

Needs the spaCy model (to build the store) and Debian's ``chromium`` (``.ci/run`` installs
it). The screenshot is saved under ``tests/artifacts/``.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.cli import sample_corpus_path
from storyline.pipeline import build
from storyline.store import Store
from storyline.views import timeline_items

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [pytest.mark.model, pytest.mark.browser]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    uvicorn = pytest.importorskip("uvicorn")
    from storyline.web import create_app

    db = tmp_path_factory.mktemp("browser") / "demo.db"
    store = Store(db)
    build([sample_corpus_path()], store)
    items = timeline_items(store)
    store.close()
    app = create_app(db)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # bound and listening before the browser connects
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{sock.getsockname()[1]}/", "items": items, "app": app}
    server.should_exit = True
    thread.join(timeout=60)  # a bound, so a stuck server cannot hang the run
    sock.close()


def test_browser_timeline_shows_events_and_highlights_the_clicked_source(served: dict) -> None:
    from playwright.sync_api import expect, sync_playwright

    items = served["items"]
    drawn = [i for i in items if i["start"]]
    assert len(drawn) >= 10
    target = next(i for i in items if i["basis"] == "event" and len(i["date"]["value"]) == 10)
    detail = served["app"].state.store
    from storyline.views import event_detail

    mention = event_detail(detail, target["id"])["mentions"][0]
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(served["url"])
        expect(page.locator("#event-list li")).to_have_count(len(items))
        expect(page.locator("#count")).to_have_text(f"{len(items)} events")
        page.click("button[data-zoom=all]")
        expect(page.locator("circle.tl-event")).to_have_count(len(drawn))
        for summary in {i["summary"] for i in items[:5]}:
            expect(page.locator("#event-list")).to_contain_text(summary)
        page.click(f"#event-list li[data-id='{target['id']}']")  # centres the timeline on it
        expect(page.locator("#card h2")).to_have_text(target["summary"])
        page.evaluate("document.getElementById('card').replaceChildren()")
        page.click(f"circle.tl-event[data-id='{target['id']}']")
        mark = page.locator("#card mark.source-sentence").first
        expect(mark).to_be_visible()
        expect(mark).to_have_text(mention["text"])
        background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")
        expect(page.locator("#card h2")).to_have_text(target["summary"])
        expect(page.locator(f"circle.tl-event.selected[data-id='{target['id']}']")).to_have_count(1)
        page.screenshot(path=str(ARTIFACTS / "browser-event-card.png"), full_page=True)
        page.click("button[data-tab=network]")
        expect(page.locator("#network-svg line.edge").first).to_be_attached()
        page.click("button[data-tab=ledger]")
        expect(page.locator("#ledger-table tr.pair").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "browser-ledger.png"))
        browser.close()
    assert errors == []
