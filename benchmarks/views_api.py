"""Time the JSON API (views, network, ledger, summaries) on a store built from synthetic news.

    python benchmarks/views_api.py --count 200            # generate, build, then time
    python benchmarks/views_api.py --db existing.db       # time an existing store

Articles come from benchmarks/synthetic.py; the store is built with ``storyline build``.
Each request runs ``--repeat`` times in one process (FastAPI TestClient, no network); the
table gives the first (cold: the server reads the store) and the median wall time; the
server keeps the rows it read until the store changes. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

REQUESTS = [
    ("/api/events", {"limit": "50"}),
    ("/api/events", {"actor": "Kim", "type": "CONSULT"}),
    ("/api/events", {"q": "summit", "period": "2018..2019"}),
    ("/api/timeline", {"limit": "10000"}),
    ("/api/network", {}),
    ("/api/ledger", {"limit": "50"}),
    ("/api/summary", {"actor": "Kim", "sentences": "5"}),
    ("/api/actors", {"limit": "50"}),
]


def build_store(count: int, folder: Path) -> Path:
    """Generate ``count`` synthetic articles and build them into ``folder/bench.db``."""
    articles = folder / "articles"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), "--count", str(count),
         "--out", str(articles)],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    db = folder / "bench.db"
    subprocess.run(
        [sys.executable, "-m", "storyline", "build", str(articles), "--db", str(db), "--quiet"],
        check=False,  # exit 3/4 only says some articles were skipped
        stdout=subprocess.DEVNULL,
    )
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="Synthetic articles to build.")
    parser.add_argument("--db", help="Time this existing store instead of building one.")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from storyline.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else build_store(args.count, Path(tmp))
        app = create_app(db)
        client = TestClient(app)
        counts = app.state.store.counts()
        print(
            f"store: {counts['documents']} documents, {counts['events']} events, "
            f"{counts['event_mentions']} mentions, {counts['actors']} actors\n"
        )
        print("| request | status | total | first ms | median ms |")
        print("|---|---|---|---|---|")
        for path, params in REQUESTS:
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                response = client.get(path, params=params)
                times.append((time.perf_counter() - start) * 1000)
            body = response.json()
            total = body.get("total", len(body.get("edges", body.get("sentences", []))))
            query = "&".join(f"{k}={v}" for k, v in params.items())
            print(
                f"| `{path}{'?' + query if query else ''}` | {response.status_code} | {total} "
                f"| {times[0]:.0f} | {statistics.median(times):.0f} |"
            )
        app.state.store.close()


if __name__ == "__main__":
    main()
