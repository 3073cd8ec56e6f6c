"""Score the events stage on the PLOVER gold-standard sentences (CAMEO-manual examples).

Usage:
    python benchmarks/plover_gsr.py                    # dev and held-out test, markdown table
    python benchmarks/plover_gsr.py --split dev --limit 50 --errors
    python benchmarks/plover_gsr.py --make-split       # rewrite benchmarks/plover_split.json
    python benchmarks/plover_gsr.py --sentences FILE --errors  # other labelled sentences

Data: ``../shared/data/plover-gsr/plover_gsr_normalized.jsonl`` (322 sentences, CC BY-SA 4.0,
Open Event Data Alliance; see PROVENANCE.md there). The split into dev (~60%) and held-out
test (~40%) is stratified by event type, seeded, and stored by id in ``plover_split.json``;
rules are tuned by looking at dev only.

Each sentence runs through the pipeline (annotate, time, actors, events); the prediction is
the main-clause event (then asserted ones, then the most confident), with PLOVER's coding of
intentions (``plover_coding``: a planned or conditional act is AGREE or THREATEN). Scoring is
separate code that reads only the predictions (plain dicts) and the gold: event type macro-F1
over the 16 PLOVER types, mode accuracy (gold sentences with a mode: right type and right
mode), actor and recipient country F1 (micro, over sets of country/IGO codes per sentence).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Collection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GSR = SHARED / "data" / "plover-gsr" / "plover_gsr_normalized.jsonl"
SPLIT = Path(__file__).resolve().parent / "plover_split.json"
# Storyline's own sentences, one per CAMEO code of CAMEO2PLOVER-2021 (two for each 2-digit
# "general" code), labelled with that table's PLOVER type and mode; written without reading
# the GSR, as a second development set (no actor codes: the role figures do not apply).
PROBES = Path(__file__).resolve().parent / "plover_probes.jsonl"
SEED = 20261129
TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
# Codes in the gold that are not ISO 3166-1 alpha-3 (see PROVENANCE.md caveats).
CODE_FIXES = {"JAP": "JPN"}


def load_gold(path: Path = GSR) -> list[dict]:
    """The GSR records with a current PLOVER type. Two different sentences share the id
    PLOVER-GSR01-COERCE-0004; a repeated id gets a suffix from its second use on ("-2"), so
    that each sentence is scored on its own. plover_split.json puts the second in dev, where
    both splits had scored it before, and the first, never scored, in test."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    seen: Counter[str] = Counter()
    for row in rows:
        seen[row["id"]] += 1
        if seen[row["id"]] > 1:
            row["id"] = f"{row['id']}-{seen[row['id']]}"
    return [r for r in rows if r.get("event") in TYPES]


def make_split(rows: list[dict], seed: int = SEED, test_share: float = 0.4) -> dict:
    """Stratified by type: in each type, a seeded shuffle; the first 40% go to test."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_type[row["event"]].append(row["id"])
    rng = random.Random(seed)
    dev: list[str] = []
    test: list[str] = []
    for type_ in TYPES:
        ids = sorted(by_type[type_])
        rng.shuffle(ids)
        n_test = max(1, round(len(ids) * test_share))
        test += ids[:n_test]
        dev += ids[n_test:]
    return {
        "seed": seed,
        "source": "plover_gsr_normalized.jsonl",
        "note": "ids only; stratified by PLOVER type; tune on dev, report test",
        "dev": sorted(dev),
        "test": sorted(test),
    }


# ---------------------------------------------------------------------------- predict
def predict(rows: list[dict]) -> dict[str, dict]:
    """Run the pipeline on each sentence; one prediction (plain dict) per sentence id."""
    from storyline.actors.registry import load_registry
    from storyline.annotate import load_nlp
    from storyline.datafiles import load_packaged
    from storyline.pipeline import analyse
    from storyline.records import CleanedText, Document

    nlp = load_nlp(None)
    registry = load_registry(())
    ontology = load_packaged("plover.yaml")["types"]
    cooperative = {name for name, info in ontology.items() if info["cooperative"]}
    threat_modes = load_packaged("triggers.yaml").get("threat_modes") or {}
    meta = {"date": "2000-01-01"}  # the GSR gives every record this date
    out: dict[str, dict] = {}
    docs = nlp.pipe((r["text"] for r in rows), batch_size=64)
    for row, doc in zip(rows, docs, strict=True):
        cleaned = CleanedText(text=row["text"], title=None, byline=None, segments=[], dropped=[])
        document = Document(id=row["id"], source=row["id"], text=row["text"])
        processed = analyse(document, cleaned, doc, meta, registry)
        actors = processed.actors.actors if processed.actors else {}
        spans = {_trigger_span(e, row["text"]) for e in processed.events}
        protests = {_trigger_span(e, row["text"]) for e in processed.events if e.type == "PROTEST"}
        events = sorted(processed.events, key=lambda e: _rank(e, doc, spans, protests))
        if not events:
            out[row["id"]] = {
                "type": None,
                "mode": None,
                "source": [],
                "target": [],
                "why": "no actor" if _has_trigger(doc) else "no trigger",
            }
            continue
        best = events[0]
        coded = plover_coding(best.type, best.status, cooperative, best.mode)
        mode = best.mode if coded == best.type else threat_modes.get(best.type)
        out[row["id"]] = {
            "type": coded,
            "mode": mode if coded != "AGREE" else None,
            "status": best.status,
            "summary": best.summary,
            "trigger": best.mentions[0][1].trigger,
            "source": [_code(actors.get(k)) for k in best.source],
            "target": [_code(actors.get(k)) for k in best.target],
        }
    return out


def _has_trigger(doc: object) -> bool:
    """Diagnostic: whether the sentence has a trigger with a status (any actors allowed), to
    tell events missed for want of a trigger from those missed for want of an actor."""
    from storyline.events.status import find_status
    from storyline.events.triggers import find_triggers

    triggers = find_triggers(doc, lambda _t: True, lambda _t: False)  # type: ignore[arg-type]
    return any(find_status(t).status is not None for t in triggers)


def _rank(
    event: object,
    doc: object,
    triggers: Collection[tuple[int, int]] = (),
    protests: Collection[tuple[int, int]] = (),
) -> tuple:
    """The event of the main clause first (the trigger word, or an event noun's verb, nearest
    the root of the parse: "continued their hunger strike to demand ..." reports the strike;
    "said they will release X, whom they had taken hostage" reports the release), then
    asserted ones, then the most confident, then the first in the sentence."""
    from storyline.events.triggers import (
        finite_after_participle,
        finite_on_root_noun,
        relative_root,
    )

    mention = event.mentions[0][1]  # type: ignore[attr-defined]
    word = next((t for t in doc if t.idx == mention.trigger_start), None)  # type: ignore[attr-defined]
    # a trigger of several words counts at its noun ("nuclear test": "test")
    while (
        word is not None
        and word.dep_ in ("amod", "compound")
        and word.head.i > word.i
        and word.head.pos_ in ("NOUN", "PROPN")
    ):
        word = word.head
    # an event noun that is the object of another verb ("welcomed the agreement") is what
    # that verb's event is about, not the sentence's event, unless the verb is light
    argument = (
        word is not None
        and word.pos_ == "NOUN"
        and word.dep_ in ("dobj", "nsubjpass")
        and word.head.pos_ in ("VERB", "AUX")
        and word.head.lemma_.lower() not in _light_verbs()
    )
    # an event noun in a phrase of time, cause or occasion ("after the attack", "following
    # the talks", "at its summit") sets the scene for the sentence's event
    argument = argument or (
        word is not None
        and word.pos_ == "NOUN"
        and word.dep_ == "pobj"
        and word.head.lower_ in _SCENE_PREPS
    )
    # an agreement under which something is done ("under a barter deal with Cuba, Venezuela
    # began shipping crude") is its frame; not "placed under investigation"
    argument = argument or (
        word is not None
        and event.type == "AGREE"  # type: ignore[attr-defined]
        and word.pos_ == "NOUN"
        and word.dep_ == "pobj"
        and word.head.lower_ == "under"
    )
    # an event noun in a phrase of another event's trigger ("voiced support for Lebanon's
    # demand"; ``triggers``: the character spans of the events' trigger words) is what that
    # event is about
    argument = argument or (
        word is not None
        and word.pos_ == "NOUN"
        and word.dep_ == "pobj"
        and any(
            start <= word.head.head.idx < end and not _own_word(word.idx, start, end, doc)
            for start, end in triggers
        )
    )
    # an event noun in a phrase hung on another event's verb ("gathered in Cairo for an
    # emergency session on the Israeli offensive") is a circumstance of that event
    # ("stood behind the government and its talks with Renamo": through a conjunct or an
    # apposition)
    noun = base = word
    while base is not None and base.dep_ in ("conj", "appos") and base.head.i != base.i:
        base = base.head
    while word is not None and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head  # an event noun counts at its verb: "went on hunger strike to demand"
    argument = argument or (
        noun is not None
        and base is not None
        and word is not None
        and noun.pos_ == "NOUN"
        and base.dep_ == "pobj"
        and any(
            start <= word.idx < end and not _own_word(noun.idx, start, end, doc)
            for start, end in triggers
        )
    )
    # an event noun that is the subject of a verb whose clause tells another event ("EU
    # ministers meeting in Luxembourg decided ... imposed an arms embargo") is its occasion:
    # it counts below that clause, which is a step further from the root
    occasion = (
        noun is not None
        and noun.dep_ == "nsubj"  # a noun, or a participle the parser read as one
        and any(
            c.dep_ in ("ccomp", "xcomp")
            and any(start <= t.idx < end for t in c.subtree for start, end in triggers)
            for c in noun.head.children
        )
    )
    # a clause of time ("days after Israeli jets bombed guerrilla positions", "since rebels
    # attacked the town") sets the scene for the sentence's event, as such a phrase does
    argument = argument or (
        word is not None
        and word.pos_ in ("VERB", "AUX")
        and (
            any(c.dep_ == "mark" and c.lower_ in _SCENE_PREPS for c in word.children)
            or (word.dep_ == "pcomp" and word.head.lower_ in _SCENE_PREPS)
        )
    )
    depth = _depth(word, triggers) if word is not None else 99
    if word is not None and relative_root(word):
        depth += 2  # "X, whose movement led the protests, accused ...": a relative clause
    elif word is not None and word.dep_ == "conj" and relative_root(word.head):
        depth -= 1  # ... and "accused" the main verb
    if word is not None and finite_on_root_noun(word):
        depth -= 1  # the main verb the parser hung on the root noun (events stage's repair)
    if word is not None and _finite_under_participle_root(word):
        depth -= 2  # "A fugitive wanted for bombings was extradited": "extradited" is the verb
    elif word is not None and finite_after_participle(word):
        depth -= 2  # "Protesters calling for X torched vehicles": "torched" is the verb
    elif (
        word is not None
        and word.dep_ == "ROOT"
        and _finite_under_participle_root(
            next((c for c in word.children if c.dep_ == "ccomp"), word)
        )
    ):
        depth += 1
    # a demand a protest makes ("a general strike called by the Congress demanded an end to
    # ..."; ``protests``: the spans of the protests' trigger words) is the protest's aim
    aim = (
        event.type == "REQUEST"  # type: ignore[attr-defined]
        and word is not None
        and any(
            start <= c.idx < end
            for c in word.children
            if c.dep_ == "nsubj"
            for start, end in protests
        )
    )
    depth += argument + 2 * occasion + 2 * aim
    return (
        depth,
        event.status != "asserted",  # type: ignore[attr-defined]
        -event.confidence,  # type: ignore[attr-defined]
        mention.trigger_start,
    )


def _own_word(idx: int, start: int, end: int, doc: object) -> bool:
    """Whether the word at ``idx`` is one of the trigger's own words (its first or last) in
    the span ``start``-``end``, not a word of a phrase between them ("inquiry into the
    shelling ... was ordered": "shelling" is the inquiry's object)."""
    last = doc.text.rfind(" ", start, end) + 1  # type: ignore[attr-defined]
    return idx == start or idx == max(last, start)


def _finite_under_participle_root(verb: object) -> bool:
    """Whether the parser hung a finite verb ("was extradited") as a clausal complement on a
    root that is a bare participle describing the subject ("A fugitive wanted for bombings
    was extradited"): the finite verb is the sentence's own."""
    root = verb.head  # type: ignore[attr-defined]
    kids = list(verb.children)  # type: ignore[attr-defined]
    finite = any(c.dep_ in ("aux", "auxpass") for c in kids)
    # no subject and no "that" of its own: the subject is the root's ("wanted" is read as
    # the verb, though a participle can be tagged VBD)
    bare = not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "expl") for c in kids)
    return (
        verb.dep_ == "ccomp"  # type: ignore[attr-defined]
        and finite
        and bare
        and root.dep_ == "ROOT"
        and root.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
        and root.i < verb.i  # type: ignore[attr-defined]
    )


def _trigger_span(event: object, text: str = "") -> tuple[int, int]:
    """Character span of an event's trigger words in ``text``: a light verb's trigger
    ("ordered inquiry") runs to its noun ("ordered a judicial inquiry")."""
    mention = event.mentions[0][1]  # type: ignore[attr-defined]
    start = mention.trigger_start
    last = mention.trigger.split()[-1]
    found = text.find(last, start) if text else -1
    return start, (found + len(last)) if found >= 0 else start + len(mention.trigger)


_SCENE_PREPS = frozenset(
    {"after", "before", "following", "since", "despite", "amid", "during", "at"}
)


def _depth(word: object, triggers: Collection[tuple[int, int]] = ()) -> int:
    """How far a word is from the root, not counting the steps from a reported clause up to
    its reporting verb ("Tokyo said it would extend loans to Vietnam, a spokesman told
    reporters after talks": the loans are the news, the talks its occasion), unless that
    verb is an event's trigger (``triggers``: "the State Department charged that Chinese
    forces had tortured detainees" reports the charge)."""
    from storyline.events.status import load_cues

    cues = load_cues()
    path = [word, *word.ancestors]  # type: ignore[attr-defined]
    return sum(
        1
        for child, head in zip(path, path[1:], strict=False)
        if not (
            child.dep_ in ("ccomp", "parataxis")
            and cues.has("reporting_verbs", head)
            and not any(start <= head.idx < end for start, end in triggers)
        )
    )


def _light_verbs() -> frozenset[str]:
    from storyline.events.triggers import load_lexicon

    return frozenset(load_lexicon().light_verbs)


def plover_coding(type_: str, status: str, cooperative: set[str], mode: str | None = None) -> str:
    """The PLOVER type a coder gives a Storyline event: PLOVER codes a stated intention or
    offer to act (Storyline status ``planned`` or ``conditional``) as AGREE when the act is
    cooperative and THREATEN when it is conflictual ("Finland will give Tanzania a grant" is
    AGREE; "farmers said they would blockade Paris" is THREATEN); a cooperative act said not to
    happen (``negated``) is REJECT ("Syria says it will not accept any more refugees").
    A refusal announced ("Israel said it would ignore the ruling") is a rejection, and an
    inquiry set up ("named a team to look into the killings") an investigation, planned or
    not."""
    if status in ("planned", "conditional") and (
        type_ == "REJECT" or (type_, mode) == ("ACCUSE", "investigate")
    ):
        return type_
    if status in ("planned", "conditional") and type_ not in ("AGREE", "THREATEN", "REQUEST"):
        return "AGREE" if type_ in cooperative else "THREATEN"
    if status == "negated" and type_ in cooperative:
        return "REJECT"  # "Syria says it will not accept refugees": a refusal
    return type_


def _code(actor: object) -> str | None:
    """Country code of an actor; IGO or NGO (the GSR's codes) for international bodies. A
    group of the NGO sector with a state is that state's ("two British aid workers", "a
    Guatemalan human rights group": CAMEO's GBRNGO, GTMNGO, whose first three letters the GSR
    keeps)."""
    if actor is None:
        return None
    sector = getattr(actor, "sector", None)
    national = getattr(actor, "kind", None) == "group" and getattr(actor, "country", None)
    if sector in ("IGO", "NGO") and not (sector == "NGO" and national):
        return sector
    if getattr(actor, "kind", None) == "organization" and getattr(actor, "country", None) is None:
        return "IGO"
    return getattr(actor, "country", None)


# ---------------------------------------------------------------------------- score
def _codes(items: list[dict] | None) -> set[str]:
    found = set()
    for item in items or []:
        code = str(item.get("code") or "")[:3].upper()
        if code and code != "***":
            found.add(CODE_FIXES.get(code, code))
    return found


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[dict], predictions: dict[str, dict]) -> dict:
    """Type macro-F1, mode accuracy, actor and recipient country F1 for ``rows``."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    mode_right = mode_total = 0
    roles = {"actor": [0, 0, 0], "recipient": [0, 0, 0]}
    for row in rows:
        pred = predictions.get(row["id"], {})
        gold, got = row["event"], pred.get("type")
        if got == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if got is not None:
                fp[got] += 1
        if row.get("mode"):
            mode_total += 1
            mode_right += got == gold and pred.get("mode") == row["mode"]
        for role, key in (("actor", "source"), ("recipient", "target")):
            wanted = _codes(row.get(role))
            have = {c for c in pred.get(key, []) if c}
            counts = roles[role]
            counts[0] += len(wanted & have)
            counts[1] += len(have - wanted)
            counts[2] += len(wanted - have)
    per_type = {t: _f1(tp[t], fp[t], fn[t]) for t in TYPES}
    present = [t for t in TYPES if tp[t] + fn[t] > 0]
    return {
        "n": len(rows),
        "type_macro_f1": sum(per_type[t][2] for t in present) / max(1, len(present)),
        "type_accuracy": sum(tp.values()) / max(1, len(rows)),
        "no_event": sum(1 for r in rows if predictions.get(r["id"], {}).get("type") is None),
        "no_actor": sum(1 for r in rows if predictions.get(r["id"], {}).get("why") == "no actor"),
        "mode_accuracy": mode_right / max(1, mode_total),
        "mode_total": mode_total,
        "actor_f1": _f1(*roles["actor"])[2],
        "recipient_f1": _f1(*roles["recipient"])[2],
        "per_type": {t: {"p": p, "r": r, "f1": f} for t, (p, r, f) in per_type.items()},
    }


def print_table(results: dict[str, dict]) -> None:
    names = list(results)
    print("| figure | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    rows = [
        ("sentences", "n", "{}"),
        ("event type macro-F1 (16 types)", "type_macro_f1", "{:.3f}"),
        ("event type accuracy", "type_accuracy", "{:.3f}"),
        ("sentences with no event", "no_event", "{}"),
        ("... of which a trigger was found but no source actor", "no_actor", "{}"),
        ("mode accuracy (gold has a mode)", "mode_accuracy", "{:.3f}"),
        ("actor country F1", "actor_f1", "{:.3f}"),
        ("recipient country F1", "recipient_f1", "{:.3f}"),
    ]
    for label, key, fmt in rows:
        print(f"| {label} | " + " | ".join(fmt.format(results[n][key]) for n in names) + " |")
    print()
    print("| type | " + " | ".join(f"{n} F1" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for t in TYPES:
        print(f"| {t} | " + " | ".join(f"{results[n]['per_type'][t]['f1']:.2f}" for n in names))


def print_errors(rows: list[dict], predictions: dict[str, dict]) -> None:
    for row in rows:
        pred = predictions[row["id"]]
        wrong_type = pred.get("type") != row["event"]
        if wrong_type or set(pred.get("source", [])) != _codes(row.get("actor")):
            print(
                f"{row['id']}: gold {row['event']}/{row.get('mode')} "
                f"{sorted(_codes(row.get('actor')))}->{sorted(_codes(row.get('recipient')))} "
                f"[{row.get('event_text')}] | got {pred.get('type')}/{pred.get('mode')} "
                f"{pred.get('source')}->{pred.get('target')} [{pred.get('trigger')}] "
                f"{pred.get('status')}\n    {row['text']}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--split",
        choices=("dev", "test", "both", "probes"),
        default="both",
        help="GSR dev, held-out test, both, or Storyline's own CAMEO-code probe sentences",
    )
    parser.add_argument(
        "--sentences",
        type=Path,
        default=None,
        help="score this JSON Lines file of labelled sentences instead (as --split probes)",
    )
    parser.add_argument("--limit", type=int, default=None, help="first N sentences per split")
    parser.add_argument(
        "--errors", action="store_true", help="list wrong sentences (dev and probes only)"
    )
    parser.add_argument("--make-split", action="store_true", help="rewrite plover_split.json")
    parser.add_argument("--json", action="store_true", help="print full results as JSON")
    args = parser.parse_args()
    if not GSR.exists():
        sys.exit(f"{GSR} is not present")
    rows = load_gold()
    if args.make_split or not SPLIT.exists():
        SPLIT.write_text(json.dumps(make_split(rows), indent=1) + "\n", encoding="utf-8")
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in rows}
    if args.sentences is not None:
        args.split = "probes"
    wanted = ("dev", "test") if args.split == "both" else (args.split,)
    if args.split == "probes":
        with (args.sentences or PROBES).open(encoding="utf-8") as handle:
            split["probes"] = [json.loads(line) for line in handle if line.strip()]
        doubled = sorted(i for i, n in Counter(r["id"] for r in split["probes"]).items() if n > 1)
        if doubled:  # predictions are keyed by id: a second row would be scored as the first
            sys.exit(f"{args.sentences or PROBES}: ids used twice: {', '.join(doubled)}")
        by_id.update({r["id"]: r for r in split["probes"]})
        split["probes"] = [r["id"] for r in split["probes"]]
    chosen = {name: [by_id[i] for i in split[name]][: args.limit] for name in wanted}
    started = time.perf_counter()
    predictions = predict([r for name in wanted for r in chosen[name]])
    elapsed = time.perf_counter() - started
    results = {name: score(chosen[name], predictions) for name in wanted}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)
        print(f"\n{sum(len(v) for v in chosen.values())} sentences in {elapsed:.1f} s")
    for name in ("dev", "probes"):
        if args.errors and name in chosen:
            print_errors(chosen[name], predictions)


if __name__ == "__main__":
    main()
