"""Score a Storyline JSONL export of the korea-diplomacy sample corpus against the hand-made gold.

Usage:
    python benchmarks/seeds_gold.py                      # builds a fresh export, then scores it
    python benchmarks/seeds_gold.py --export DIR         # scores an existing export
    python benchmarks/seeds_gold.py --gold FILE --corpus DIR --json

The scorer reads only the exported files (the output contract), the raw corpus and the gold;
it imports nothing from the storyline package, so the judge stays apart from the judged.
Figures: cleaning content recall / boilerplate leak / duplicate lines kept once, publication
dates within the gold range, strict event recall (type, source, target, date, status), false
facts (not_asserted items exported with status asserted), quote attribution.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = SHARED / "gold" / "korea-diplomacy-dev.yaml"
DEFAULT_CORPUS = SHARED / "corpus" / "korea-diplomacy"

# Country names the gold uses for "any actor of that country".
COUNTRY_CODES = {
    "North Korea": "PRK",
    "South Korea": "KOR",
    "United States": "USA",
    "China": "CHN",
    "Russia": "RUS",
    "Japan": "JPN",
}


def norm(text: str) -> str:
    """Fold quotes, dashes and whitespace so line and quote comparisons are layout-blind."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    text = text.replace("\u2018", "'").replace("\u2014", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip()


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Export:
    """The four contract files, indexed."""

    def __init__(self, folder: Path) -> None:
        self.documents = load_jsonl(folder / "documents.jsonl")
        self.actors = {a["id"]: a for a in load_jsonl(folder / "actors.jsonl")}
        self.events = load_jsonl(folder / "events.jsonl")
        self.quotes = load_jsonl(folder / "quotes.jsonl")
        self.doc_by_gold_id: dict[str, dict] = {}
        for document in self.documents:
            stem = Path(document["source"].split("#")[0]).stem
            if document.get("duplicate_of") is None:
                self.doc_by_gold_id.setdefault(stem, document)


class ActorMatcher:
    """Does an exported actor satisfy a gold actor name?"""

    def __init__(self, gold_actors: dict) -> None:
        self.names: dict[str, set[str]] = {}
        for name, info in (gold_actors or {}).items():
            self.names[name] = {norm(name).lower()} | {
                norm(a).lower() for a in (info or {}).get("aliases", []) or []
            }

    def matches(self, actor: dict | None, gold_name: str) -> bool:
        """By country for the gold's country names, else by the exported canonical name."""
        if actor is None:
            return False
        if gold_name in COUNTRY_CODES and actor.get("country") == COUNTRY_CODES[gold_name]:
            return True
        wanted = self.names.get(gold_name, {norm(gold_name).lower()})
        return norm(actor["name"]).lower() in wanted

    def any_match(self, actors: list[dict | None], gold_names: list[str]) -> bool:
        return any(self.matches(a, g) for a in actors for g in gold_names)


# ---------------------------------------------------------------------------- cleaning
def score_cleaning(gold_docs: dict, export: Export, corpus: Path) -> dict:
    kept = total = leaked = boiler = dup_ok = dup_total = 0
    per_doc = {}
    for gold_id, gold in gold_docs.items():
        document = export.doc_by_gold_id.get(gold_id)
        raw_lines = (corpus / f"{gold_id}.txt").read_text(encoding="utf-8").split("\n")
        text = norm(document["text"]) if document else ""
        paragraphs = {
            norm(p) for p in (document["text"].split("\n") if document else []) if p.strip()
        }
        d_kept = d_leaked = 0
        for n in gold.get("content_lines", []):
            line = norm(raw_lines[n - 1])
            total += 1
            if line and line in text:
                kept += 1
                d_kept += 1
        for n in gold.get("boilerplate_lines", []):
            line = norm(raw_lines[n - 1])
            boiler += 1
            if line and (line in paragraphs or (len(line) >= 40 and line in text)):
                leaked += 1
                d_leaked += 1
        for n in gold.get("duplicate_lines", []):
            line = norm(raw_lines[n - 1])
            dup_total += 1
            if text.count(line) == 1:
                dup_ok += 1
        per_doc[gold_id] = {
            "content_recall": d_kept / max(1, len(gold.get("content_lines", []))),
            "boilerplate_leak": d_leaked / max(1, len(gold.get("boilerplate_lines", []))),
        }
    return {
        "content_recall": kept / max(1, total),
        "boilerplate_leak": leaked / max(1, boiler),
        "duplicates_kept_once": f"{dup_ok}/{dup_total}",
        "per_document": per_doc,
    }


# ---------------------------------------------------------------------------- dates
def score_published(gold_docs: dict, export: Export) -> dict:
    right = 0
    rows = {}
    for gold_id, gold in gold_docs.items():
        document = export.doc_by_gold_id.get(gold_id)
        value = document["published"]["value"] if document else None
        wanted = gold.get("published")
        if wanted is None:
            ok = value is None
        else:
            earliest, latest = str(wanted["earliest"]), str(wanted["latest"])
            ok = value is not None and len(value) == 10 and earliest <= value <= latest
        right += ok
        rows[gold_id] = {
            "value": value,
            "gold": wanted and {k: str(v) for k, v in wanted.items()},
            "right": ok,
        }
    return {"right": right, "total": len(gold_docs), "per_document": rows}


# ---------------------------------------------------------------------------- events
def _date_ok(event_date: dict, gold_date: dict | None) -> bool:
    if not gold_date:
        return True
    value = event_date.get("value")
    if value is None:
        return False
    days = [str(d) for d in gold_date.get("days", []) or []]
    if value in days:
        return True
    return value.startswith(str(gold_date["value"]))


def _events_in(export: Export, gold_id: str) -> list[dict]:
    document = export.doc_by_gold_id.get(gold_id)
    if document is None:
        return []
    return [e for e in export.events if any(m["doc"] == document["id"] for m in e["mentions"])]


def score_events(gold: dict, export: Export, matcher: ActorMatcher) -> dict:
    strict = lenient = 0
    rows = []
    for item in gold.get("events", []):
        candidates = [e for gid in item["docs"] for e in _events_in(export, str(gid))]
        best = "missing"
        for ev in candidates:
            if ev["type"] not in item["types"]:
                continue
            src = [export.actors.get(a) for a in ev["source"]]
            tgt = [export.actors.get(a) for a in ev["target"]]
            actors_ok = matcher.any_match(src, item["source"]) and matcher.any_match(
                tgt, item["target"]
            )
            if not actors_ok:
                continue
            if best == "missing":
                best = "type+actors"
            if _date_ok(ev["date"], item.get("date")) and ev["status"] == item["status"]:
                best = "strict"
                break
        strict += best == "strict"
        lenient += best != "missing"
        rows.append({"id": item["id"], "found": best})
    n = max(1, len(gold.get("events", [])))
    return {
        "strict_recall": strict / n,
        "type_actor_recall": lenient / n,
        "total": n,
        "per_event": rows,
    }


def score_false_facts(gold: dict, export: Export, matcher: ActorMatcher) -> dict:
    violations = []
    for item in gold.get("not_asserted", []):
        snippet = norm(item["text"]).lower()
        for gid in item["docs"]:
            document = export.doc_by_gold_id.get(str(gid))
            if document is None:
                continue
            for ev in _events_in(export, str(gid)):
                if ev["status"] != "asserted":
                    continue
                if item.get("types") and ev["type"] not in item["types"]:
                    continue
                src = [export.actors.get(a) for a in ev["source"]]
                tgt = [export.actors.get(a) for a in ev["target"]]
                everyone = src + tgt
                if not (
                    matcher.any_match(everyone, item["source"])
                    and matcher.any_match(everyone, item["target"])
                ):
                    continue
                in_snippet = any(
                    m["doc"] == document["id"] and snippet in norm(m["text"]).lower()
                    for m in ev["mentions"]
                )
                gold_date = str(item["date"]) if item.get("date") else None
                same_period = gold_date is not None and (ev["date"]["value"] or "").startswith(
                    gold_date
                )
                if in_snippet or same_period:
                    violations.append(
                        {"id": item["id"], "event": ev["id"], "summary": ev["summary"]}
                    )
    return {
        "false_facts": len(violations),
        "items": len(gold.get("not_asserted", [])),
        "violations": violations,
    }


# ---------------------------------------------------------------------------- quotes
def score_quotes(gold: dict, export: Export, matcher: ActorMatcher) -> dict:
    found = right = wrong = 0
    rows = []
    for item in gold.get("quotes", []):
        document = export.doc_by_gold_id.get(str(item["doc"]))
        start = norm(item["starts"]).lower()
        hit = None
        if document is not None:
            for quote in export.quotes:
                if quote["doc"] == document["id"] and start[:40] in norm(quote["text"]).lower():
                    hit = quote
                    break
        status = "missing"
        if hit is not None:
            found += 1
            speaker = export.actors.get(hit["speaker"]) if hit["speaker"] else None
            if speaker is None:
                status = "no speaker"
            elif matcher.matches(speaker, item["speaker"]):
                status = "right"
                right += 1
            else:
                status = f"wrong ({speaker['name']})"
                wrong += 1
        rows.append({"starts": item["starts"][:40], "gold": item["speaker"], "result": status})
    n = max(1, len(gold.get("quotes", [])))
    return {
        "found": found / n,
        "right_speaker": right / n,
        "wrong_speaker": wrong,
        "total": n,
        "per_quote": rows,
    }


def build_export(corpus: Path, folder: Path) -> tuple[Path, Path]:
    """Run the storyline CLI: build the corpus into a fresh store and export it.

    Returns the store file and the export folder."""
    db = folder / "seeds.db"
    out = folder / "export"
    cli = [sys.executable, "-m", "storyline"]
    subprocess.run(
        [*cli, "build", str(corpus), "--db", str(db), "--quiet"],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [*cli, "export", "--db", str(db), "--format", "jsonl", "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db, out


def score(gold_path: Path, export_dir: Path, corpus: Path) -> dict:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    gold_docs = {str(k): v for k, v in gold["documents"].items()}
    export = Export(export_dir)
    matcher = ActorMatcher(gold.get("actors", {}))
    return {
        "cleaning": score_cleaning(gold_docs, export, corpus),
        "published": score_published(gold_docs, export),
        "events": score_events(gold, export, matcher),
        "false_facts": score_false_facts(gold, export, matcher),
        "quotes": score_quotes(gold, export, matcher),
    }


def print_summary(result: dict) -> None:
    c, p, e, f, q = (
        result[k] for k in ("cleaning", "published", "events", "false_facts", "quotes")
    )
    print("| figure | value |")
    print("|---|---|")
    print(f"| cleaning content recall | {c['content_recall']:.3f} |")
    print(f"| cleaning boilerplate leak | {c['boilerplate_leak']:.3f} |")
    print(f"| repeated lines kept once | {c['duplicates_kept_once']} |")
    print(f"| publication dates right | {p['right']}/{p['total']} |")
    print(
        f"| event recall, strict (type, actors, date, status) | {e['strict_recall']:.3f} "
        f"of {e['total']} |"
    )
    print(f"| event recall, type + actors only | {e['type_actor_recall']:.3f} |")
    print(
        f"| false facts (not_asserted coded asserted) | {f['false_facts']} of {f['items']} items |"
    )
    print(f"| quotes found | {q['found']:.3f} of {q['total']} |")
    print(f"| quotes with the right speaker | {q['right_speaker']:.3f} |")
    print(f"| quotes with a wrong speaker | {q['wrong_speaker']} |")
    print()
    for gid, row in p["per_document"].items():
        verdict = "ok" if row["right"] else "WRONG"
        print(f"published {gid}: {row['value']} (gold {row['gold']}) {verdict}")
    for row in e["per_event"]:
        print(f"event {row['id']}: {row['found']}")
    for row in f["violations"]:
        print(f"FALSE FACT {row['id']}: {row['summary']}")
    for row in q["per_quote"]:
        print(f"quote '{row['starts']}' ({row['gold']}): {row['result']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--export", type=Path, default=None, help="an existing export folder")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export_dir = args.export
        if export_dir is None:
            build_export(args.corpus, Path(tmp))
            export_dir = Path(tmp) / "export"
        result = score(args.gold, export_dir, args.corpus)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_summary(result)


if __name__ == "__main__":
    main()
