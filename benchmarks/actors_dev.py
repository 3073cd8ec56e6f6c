"""Score Storyline's actors on the dev gold of the korea-diplomacy sample corpus.

Usage:
    python benchmarks/actors_dev.py                    # builds a fresh store + export, scores it
    python benchmarks/actors_dev.py --db FILE --export DIR
    python benchmarks/actors_dev.py --json

Builds the corpus with the ``storyline`` CLI, then reads only its output: the JSONL export
(output contract) and the ``actor_mentions`` table of the SQLite store. Nothing is imported
from the storyline package. Figures:

- ``resolve``: every gold ``resolve`` entry (a bare or role name in one article and the person
  it means) is right when at least one mention in that article ends with the surface form
  and every such mention (pronoun and group links aside) is linked to the gold person.
- gold actors found with the gold country and sector.
- event actors: for each gold event, whether one exported event of that article has the gold
  source and target actors (any type); and across every exported event of the gold articles,
  the number of person actors that are a gold person of a *different* article (a wrong person,
  e.g. Kim Jong Il in a 2018 story). Persons the gold does not know are counted as unjudged.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from seeds_gold import COUNTRY_CODES as GOLD_COUNTRY_CODES  # noqa: E402
from seeds_gold import DEFAULT_CORPUS, DEFAULT_GOLD, build_export  # noqa: E402

COUNTRY_CODES = {**GOLD_COUNTRY_CODES, "United Nations": None}


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Output:
    """The export plus per-document actor mentions read from the store."""

    def __init__(self, db: Path, export: Path) -> None:
        self.actors = {a["id"]: a for a in load_jsonl(export / "actors.jsonl")}
        self.events = load_jsonl(export / "events.jsonl")
        self.doc_of_stem: dict[str, str] = {}
        for document in load_jsonl(export / "documents.jsonl"):
            if document.get("duplicate_of") is None:
                self.doc_of_stem.setdefault(
                    Path(document["source"].split("#")[0]).stem, document["id"]
                )
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT actor_id, doc_id, text, rule FROM actor_mentions")
            self.mentions = [
                {"actor": a, "doc": d, "text": t, "rule": r} for a, d, t, r in rows.fetchall()
            ]

    def events_of(self, stem: str) -> list[dict]:
        doc_id = self.doc_of_stem.get(stem)
        return [e for e in self.events if any(m["doc"] == doc_id for m in e["mentions"])]


def _names(gold: dict) -> dict[str, set[str]]:
    return {
        name: {name.lower()} | {a.lower() for a in (info or {}).get("aliases", []) or []}
        for name, info in (gold.get("actors") or {}).items()
    }


def _is(actor: dict | None, gold_name: str, names: dict[str, set[str]]) -> bool:
    if actor is None:
        return False
    if gold_name in COUNTRY_CODES:
        code = COUNTRY_CODES[gold_name]
        return (code is not None and actor.get("country") == code) or (
            actor["name"].lower() == gold_name.lower()
        )
    return actor["name"].lower() in names.get(gold_name, {gold_name.lower()})


def score_resolve(gold: dict, out: Output, names: dict) -> list[dict]:
    rows = []
    for stem, info in (gold.get("documents") or {}).items():
        doc_id = out.doc_of_stem.get(str(stem))
        for surface, canonical in (info.get("resolve") or {}).items():
            linked = [
                out.actors.get(m["actor"])
                for m in out.mentions
                if m["doc"] == doc_id
                and m["text"].lower().endswith(surface.lower())
                and m["rule"] not in {"pronoun", "group"}
            ]
            wrong = sorted(
                {a["name"] if a else "?" for a in linked if not _is(a, canonical, names)}
            )
            rows.append(
                {
                    "doc": str(stem),
                    "surface": surface,
                    "gold": canonical,
                    "mentions": len(linked),
                    "wrong": wrong,
                    "right": bool(linked) and not wrong,
                }
            )
    return rows


def score_attributes(gold: dict, out: Output, names: dict) -> list[dict]:
    rows = []
    for name, info in (gold.get("actors") or {}).items():
        found = [a for a in out.actors.values() if _is(a, name, names)]
        ok = any(
            a.get("country") == info.get("country") and a.get("sector") == info.get("sector")
            for a in found
        )
        rows.append(
            {
                "actor": name,
                "found": bool(found),
                "right": ok,
                "got": [(a.get("country"), a.get("sector")) for a in found],
            }
        )
    return rows


def _cast(gold: dict, stem: str) -> set[str]:
    cast = set((gold["documents"][stem].get("resolve") or {}).values())
    for item in gold.get("events", []) + gold.get("not_asserted", []):
        if stem in [str(d) for d in item["docs"]]:
            cast |= set(item.get("source", [])) | set(item.get("target", []))
    cast |= {q["speaker"] for q in gold.get("quotes", []) if str(q["doc"]) == stem}
    return cast


def score_event_actors(gold: dict, out: Output, names: dict) -> dict:
    found = []
    for item in gold.get("events", []):
        events = [e for d in item["docs"] for e in out.events_of(str(d))]
        hit = any(
            any(_is(out.actors.get(a), g, names) for a in ev["source"] for g in item["source"])
            and any(_is(out.actors.get(a), g, names) for a in ev["target"] for g in item["target"])
            for ev in events
        )
        found.append({"id": item["id"], "found": hit})
    wrong, unjudged, judged = [], set(), 0
    people = [n for n in names if n not in COUNTRY_CODES]
    for stem in gold.get("documents") or {}:
        cast = _cast(gold, str(stem))
        for ev in out.events_of(str(stem)):
            for key in ev["source"] + ev["target"]:
                actor = out.actors.get(key)
                if actor is None or actor.get("kind") != "person":
                    continue
                who = [p for p in people if _is(actor, p, names)]
                if not who:
                    unjudged.add(actor["name"])
                    continue
                judged += 1
                if not set(who) & cast:
                    wrong.append({"doc": str(stem), "event": ev["summary"], "actor": actor["name"]})
    return {
        "gold_events": found,
        "wrong_person": wrong,
        "judged": judged,
        "unjudged": sorted(unjudged),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, help="an existing store (with --export)")
    parser.add_argument("--export", type=Path, help="an existing JSONL export (with --db)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.gold.is_file() or not args.corpus.is_dir():
        sys.exit(f"gold or corpus not found: {args.gold}, {args.corpus}")
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    gold["documents"] = {str(k): v for k, v in gold["documents"].items()}
    with tempfile.TemporaryDirectory() as tmp:
        db, export = (args.db, args.export) if args.db else build_export(args.corpus, Path(tmp))
        out = Output(db, export)
    names = _names(gold)
    resolve = score_resolve(gold, out, names)
    attributes = score_attributes(gold, out, names)
    events = score_event_actors(gold, out, names)
    result = {"resolve": resolve, "attributes": attributes, "events": events}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    n_ev = len(events["gold_events"])
    print("| figure | value |")
    print("|---|---|")
    print(f"| resolve entries right | {sum(r['right'] for r in resolve)}/{len(resolve)} |")
    print(
        f"| gold actors with right country and sector | "
        f"{sum(r['right'] for r in attributes)}/{len(attributes)} |"
    )
    print(
        f"| gold events with source and target actors found | "
        f"{sum(e['found'] for e in events['gold_events'])}/{n_ev} |"
    )
    print(
        f"| wrong-person actors on exported events (of {events['judged']} judged) | "
        f"{len(events['wrong_person'])} |"
    )
    print(f"| unjudged person actors on events | {len(events['unjudged'])} |")
    print()
    for r in resolve:
        print(
            f"resolve {r['doc']} {r['surface']!r} -> {r['gold']}: "
            f"{'right' if r['right'] else 'WRONG'} "
            f"({r['mentions']} mentions; wrong {r['wrong']})"
        )
    for r in attributes:
        if not r["right"]:
            print(f"actor {r['actor']}: found={r['found']} got={r['got']}")
    for e in events["gold_events"]:
        if not e["found"]:
            print(f"event {e['id']}: actors not found")
    for w in events["wrong_person"]:
        print(f"wrong person {w['actor']} in {w['doc']}: {w['event']}")
    if events["unjudged"]:
        print("unjudged:", ", ".join(events["unjudged"]))


if __name__ == "__main__":
    main()
