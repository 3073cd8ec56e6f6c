"""TIMEX3 scorer with the semantics of the official TempEval-3 toolkit (entity part).

Standalone: imports nothing from ``storyline``. Follows
``tempeval3_toolkit/evaluation-entities/evaluate_entities.py`` (UzZaman et al. 2013):

- the document creation time (``tid="t0"`` / ``functionInDocument="CREATION_TIME"``) is
  not scored;
- a gold and a system TIMEX3 *match* when their extents overlap (the toolkit's
  TimeML-Normalizer gives overlapping entities the same id); each entity matches at most one
  of the other side (exact extent first, then the largest overlap, in text order);
- strict match: a matched pair with the same extent; relaxed match: any matched pair;
- P = matches / system timexes, R = matches / gold timexes, counts summed over all files
  (micro average);
- type and value *accuracy* = right attribute / relaxed matches; attribute F1 = accuracy x
  relaxed F1 (what the toolkit prints as "Attribute F1 Value/Type").

Usage: ``python benchmarks/timex_scorer.py GOLD_DIR SYSTEM_DIR`` (files paired by name).
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3: character extent in the plain text of <TEXT>, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(slots=True)
class Counts:
    """Summable match counts (the toolkit's TimexResults)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_match: int = 0
    value_match: int = 0
    value_errors: list[tuple[Timex, Timex]] = field(default_factory=list)
    missed: list[Timex] = field(default_factory=list)
    spurious: list[Timex] = field(default_factory=list)

    def __iadd__(self, other: Counts) -> Counts:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_match += other.type_match
        self.value_match += other.value_match
        self.value_errors.extend(other.value_errors)
        self.missed.extend(other.missed)
        self.spurious.extend(other.spurious)
        return self


def _text_part(document: str) -> str:
    match = re.search(r"<TEXT>(.*)</TEXT>", document, re.DOTALL)
    return match.group(1) if match else document


def parse_timeml(document: str) -> tuple[str, list[Timex]]:
    """The plain text of a TimeML document's <TEXT> and its TIMEX3s (DCT left out)."""
    body = _text_part(document)
    plain: list[str] = []
    length = 0
    found: list[Timex] = []
    open_attrs: dict[str, str] | None = None
    open_at = 0
    position = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position : tag.start()])
        plain.append(piece)
        length += len(piece)
        position = tag.end()
        closing, name, attrs, empty = tag.groups()
        if name != "TIMEX3":
            continue
        if not closing and not empty:
            open_attrs, open_at = dict(_ATTR.findall(attrs)), length
        elif closing and open_attrs is not None:
            text = "".join(plain)[open_at:length]
            is_dct = (
                open_attrs.get("functionInDocument") == "CREATION_TIME"
                or open_attrs.get("tid") == "t0"
            )
            if text.strip() and not is_dct:
                found.append(
                    Timex(
                        open_at,
                        length,
                        text,
                        open_attrs.get("type", ""),
                        open_attrs.get("value", ""),
                        open_attrs.get("tid", ""),
                    )
                )
            open_attrs = None
    tail = html.unescape(body[position:])
    plain.append(tail)
    return "".join(plain), found


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping gold/system timexes (exact extent first)."""
    pairs: list[tuple[Timex, Timex]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    options = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = _overlap(g, s)
            if overlap > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                options.append((not exact, -overlap, g.start, s.start, gi, si))
    for *_, gi, si in sorted(options):
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gold[gi], system[si]))
    return sorted(pairs, key=lambda p: p[0].start)


def score_document(gold: list[Timex], system: list[Timex]) -> Counts:
    """Match counts of one document."""
    counts = Counts(gold=len(gold), system=len(system))
    pairs = align(gold, system)
    for g, s in pairs:
        counts.relaxed += 1
        counts.strict += (g.start, g.end) == (s.start, s.end)
        counts.type_match += g.type == s.type
        if g.value == s.value:
            counts.value_match += 1
        else:
            counts.value_errors.append((g, s))
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    counts.missed = [g for g in gold if id(g) not in matched_gold]
    counts.spurious = [s for s in system if id(s) not in matched_system]
    return counts


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(counts: Counts) -> dict[str, float]:
    """Strict/relaxed P, R, F1, type/value accuracy and attribute F1, as fractions."""
    if counts.gold == 0 and counts.system == 0:
        ones = ("strict", "relaxed", "type", "value")
        return {f"{k}_{m}": 1.0 for k in ones for m in ("p", "r", "f1", "accuracy")}
    out: dict[str, float] = {}
    for name, hits in (("strict", counts.strict), ("relaxed", counts.relaxed)):
        p = hits / counts.system if counts.system else 0.0
        r = hits / counts.gold if counts.gold else 0.0
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, _f1(p, r)
    for name, hits in (("type", counts.type_match), ("value", counts.value_match)):
        accuracy = hits / counts.relaxed if counts.relaxed else 0.0
        out[f"{name}_accuracy"] = accuracy
        out[f"{name}_p"] = accuracy * out["relaxed_p"]
        out[f"{name}_r"] = accuracy * out["relaxed_r"]
        out[f"{name}_f1"] = accuracy * out["relaxed_f1"]
    return out


def score_files(gold_path: Path, system_path: Path) -> Counts:
    """Counts for one gold/system file pair; the plain texts must be identical."""
    gold_text, gold = parse_timeml(gold_path.read_text(encoding="utf-8"))
    system_text, system = parse_timeml(system_path.read_text(encoding="utf-8"))
    if gold_text.strip() != system_text.strip():
        raise ValueError(f"texts differ: {gold_path.name} vs {system_path.name}")
    return score_document(gold, system)


def score_dirs(gold_dir: Path, system_dir: Path, pairs: dict[str, str] | None = None) -> Counts:
    """Summed counts over every ``*.tml`` gold file; ``pairs`` maps gold to system names."""
    total = Counts()
    for gold_path in sorted(gold_dir.glob("*.tml")):
        name = (pairs or {}).get(gold_path.name, gold_path.name)
        total += score_files(gold_path, system_dir / name)
    return total


def main(argv: list[str]) -> int:
    """Score a system folder against a gold folder and print the toolkit's figures."""
    if len(argv) != 2:
        print(__doc__)
        return 2
    found = metrics(score_dirs(Path(argv[0]), Path(argv[1])))
    print("| metric | P | R | F1 |\n|---|---|---|---|")
    for name in ("strict", "relaxed", "type", "value"):
        p, r, f1 = (100 * found[f"{name}_{m}"] for m in ("p", "r", "f1"))
        print(f"| {name} | {p:.2f} | {r:.2f} | {f1:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
