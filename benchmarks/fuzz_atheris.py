"""Coverage-guided fuzzing (atheris/libFuzzer) of ingestion and cleaning.

Each input is routed by its first byte to a reader (raw bytes, JSONL stream, WARC,
RSS/Atom feed, stdin sniffing) and every document it yields is cleaned. Only coded
``InputError``s are allowed; any other exception is a crash and libFuzzer stops with the
input that caused it. Prints a markdown table of runs, time and result.

    pip install atheris   # the "fuzz" extra
    python benchmarks/fuzz_atheris.py --runs 200000 [--max-time 1800]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORKER_ENV = "STORYLINE_ATHERIS_WORKER"


def fuzz_one(data: bytes) -> None:
    """One fuzz input through a reader and the clean stage."""
    from storyline.errors import InputError
    from storyline.identity import document_id
    from storyline.ingest import decode_bytes, read_jsonl_stream
    from storyline.pipeline import clean_document
    from storyline.records import RawDocument
    from storyline.sources.feeds import read_feed
    from storyline.sources.stdin import read_stdin
    from storyline.sources.warc import read_warc

    if not data:
        return
    route, body = data[0] % 5, data[1:]
    if route == 0:
        try:
            items = [RawDocument("fuzz", decode_bytes(body), "html" if data[0] & 8 else "text")]
        except InputError:
            return
    elif route == 1:
        items = list(read_jsonl_stream(io.BytesIO(body), "fuzz.jsonl", max_bytes=4096))
    elif route == 2:
        items = list(read_warc(io.BytesIO(b"WARC/1.0\r\n" + body), "fuzz.warc"))
    elif route == 3:
        items = list(read_feed(b"<rss><channel><item>" + body, "fuzz.rss"))
    else:
        items = list(read_stdin(io.BytesIO(body), max_bytes=4096))
    for item in items:
        if isinstance(item, RawDocument):
            try:
                cleaned = clean_document(item)
            except InputError:
                continue
            document_id(cleaned.text)


def worker() -> None:
    import atheris

    with atheris.instrument_imports(include=["storyline"]):
        import storyline.clean  # noqa: F401
        import storyline.ingest  # noqa: F401
        import storyline.sources.feeds  # noqa: F401
        import storyline.sources.stdin  # noqa: F401
        import storyline.sources.warc  # noqa: F401
    atheris.Setup(sys.argv, fuzz_one)
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--max-time", type=int, default=3600, help="seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="storyline-atheris-") as corpus:
        command = [
            sys.executable,
            __file__,
            corpus,
            f"-runs={args.runs}",
            f"-max_total_time={args.max_time}",
            "-max_len=4096",
            "-print_final_stats=1",
            f"-artifact_prefix={Path(corpus).parent / 'storyline-atheris-crash-'}",
        ]
        start = time.perf_counter()
        done = subprocess.run(
            command, env={**os.environ, WORKER_ENV: "1"}, capture_output=True, text=True
        )
        elapsed = time.perf_counter() - start
    log = done.stdout + done.stderr
    runs = re.findall(r"Done (\d+) runs", log) or re.findall(
        r"stat::number_of_executed_units: (\d+)", log
    )
    coverage = re.findall(r"cov: (\d+)", log)
    crashed = "Uncaught Python exception" in log or done.returncode not in (0,)
    print("| inputs run | seconds | coverage (edges) | result |")
    print("|---|---|---|---|")
    result = "crash, see log" if crashed else "no crash"
    executed = runs[-1] if runs else "?"
    edges = coverage[-1] if coverage else "?"
    print(f"| {executed} | {elapsed:.0f} | {edges} | {result} |")
    if crashed:
        print("\n```\n" + log[-4000:] + "\n```")
        sys.exit(1)


if __name__ == "__main__":
    if os.environ.get(WORKER_ENV):
        worker()
    else:
        main()
