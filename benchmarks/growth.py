"""Growth: build time and memory as the input grows (synthetic articles, one JSONL stream).

``--mode build`` runs ``storyline build`` end to end in a subprocess per size; ``--mode
prepare`` runs only the model-free part of the build (read, clean, ids, near-duplicate
check, document rows in the store), which is where an input-size-dependent cost would
hide, and reaches larger sizes in minutes. Resident memory of the whole process tree is
sampled every 0.2 s; the table gives its peak and its values at 25 % and 75 % of the run
(flat memory while streaming shows as equal columns), and the CPU seconds of the process
tree, which unlike wall time do not depend on what else runs on the machine; CPU per
document against the smallest size shows how far growth is from linear.

    python benchmarks/growth.py --mode build --sizes 500,1000,2000 --processes 2
    python benchmarks/growth.py --mode prepare --sizes 1000,10000,50000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write  # noqa: E402

PREPARE = """
import sys
from pathlib import Path
from storyline.pipeline import BuildOptions, BuildReport, _prepare
from storyline.ingest import read_inputs
from storyline.records import Skipped
from storyline.store import Store
from storyline.store.fingerprints import SimhashIndex
store, options, report = Store(sys.argv[2]), BuildOptions(), BuildReport()
seen, prints = set(), SimhashIndex(options.near_duplicate_distance)
for item in read_inputs([sys.argv[1]]):
    if isinstance(item, Skipped):
        continue
    prepared = _prepare(item, report, seen, prints, store, options, report.skipped.append)
    if prepared is not None:
        store.add_duplicate(prepared.document)  # the document row, without analysis
print(store.counts()["documents"], len(report.duplicates), len(report.skipped))
"""


def run(command: list[str]) -> tuple[float, float, list[float], str]:
    """Wall seconds, CPU seconds and RSS samples (MiB) of ``command``'s process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    parent = psutil.Process(proc.pid)
    samples: list[float] = []
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            samples.append(sum(p.memory_info().rss for p in tree) / 2**20)
            for p in tree:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.2)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{command} failed with {proc.returncode}")
    return time.perf_counter() - start, sum(cpu.values()), samples or [0.0], out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["build", "prepare"], default="build")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix="storyline-growth-") as tmp:
            corpus, db = Path(tmp) / "corpus", Path(tmp) / "s.db"
            words = write(size, corpus, seed=11, jsonl=True)
            if args.mode == "build":
                command = [sys.executable, "-m", "storyline", "build", str(corpus)]
                command += ["--db", str(db), "--quiet", "--processes", str(args.processes)]
            else:
                command = [sys.executable, "-c", PREPARE, str(corpus), str(db)]
            seconds, cpu, rss, out = run(command)
            db_mib = sum(p.stat().st_size for p in Path(tmp).glob("s.db*")) / 2**20
        quarter, three = rss[len(rss) // 4], rss[3 * len(rss) // 4]
        rows.append((size, words, seconds, cpu, max(rss), quarter, three, db_mib))
        print(
            f"{size}: {seconds:.0f}s peak {max(rss):.0f} MiB {out.strip()[-200:]}", file=sys.stderr
        )
    base = rows[0]
    print(f"mode {args.mode}, processes {args.processes}\n")
    print(
        "| documents | words | wall s | docs/s (wall) | CPU s | CPU ms/doc | CPU per doc vs "
        "first | peak RSS MiB | RSS at 25 % | RSS at 75 % | store MiB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for size, words, seconds, cpu, peak, quarter, three, db_mib in rows:
        per_doc = (cpu / size) / (base[3] / base[0])
        print(
            f"| {size} | {words} | {seconds:.0f} | {size / seconds:.1f} | {cpu:.0f} "
            f"| {1000 * cpu / size:.0f} | {per_doc:.2f} | {peak:.0f} | {quarter:.0f} "
            f"| {three:.0f} | {db_mib:.0f} |"
        )


if __name__ == "__main__":
    main()
