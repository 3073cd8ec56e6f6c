"""What the builders of the Phoenix-derived registry files share: ids, the source note and
the one-entry-per-line JSON they write (``build_people_world.py``, ``build_groups_world.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "storyline" / "data"  # where the generated files go
PHOENIX = ROOT.parent / "shared" / "data" / "petrarch-dictionaries"  # the dictionaries read
SOURCE_REPO = "github.com/openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"


def slug(text: str) -> str:
    """Lower-case letters and digits joined by hyphens ("Kim Jong Un" -> "kim-jong-un")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def unique_id(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... when taken; the id returned is marked used."""
    found, n = base, 2
    while found in used:
        found, n = f"{base}-{n}", n + 1
    used.add(found)
    return found


def source_block(script: str, path: str, digest: str) -> dict:
    """Where a generated file comes from: repo, commit, path, checksum, licence, builder."""
    return {
        "repo": SOURCE_REPO,
        "commit": SOURCE_COMMIT,
        "path": path,
        "sha256": digest,
        "licence": "MIT",
        "generated_by": script,
    }


def write_one_per_line(out: Path, data: dict, section: str) -> None:
    """Compact JSON with one entry of ``section`` per line: small, yet diffs stay readable."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace(',{"id":', ',\n{"id":').replace(f'"{section}":[{{', f'"{section}":[\n{{')
    out.write_text(text + "\n", encoding="utf-8")
