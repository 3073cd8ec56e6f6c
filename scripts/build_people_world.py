"""Build src/storyline/data/people_world.json from the Phoenix country actor dictionary.

Usage: python scripts/build_people_world.py [PHOENIX_COUNTRIES_FILE]

Reads ``Phoenix.Countries.actors.txt`` (PETRARCH-2, MIT licence, Open Event Data Alliance;
see PROVENANCE.md next to it) and keeps the person entries (marked ``# CountryInfo.txt``, or
added by the dictionary's makers under a personal name of two to four words with no word of
a body: "MUAMMAR_GADDAFI_"), with at least one dated role whose code is an ISO3 country plus
a sector. People of the
countries curated by hand (USA PRK KOR CHN JPN RUS) are left out entirely. The output is
one compact JSON file in the registry schema; every person in it is ``full_name_only``:
the registry resolves them by full name (or a full-name alias) only.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phoenix_output import (  # noqa: E402  (a sibling module of the build scripts)
    DATA,
    PHOENIX,
    SOURCE_COMMIT,
    SOURCE_REPO,
    slug,
    source_block,
    unique_id,
    write_one_per_line,
)

DEFAULT_SOURCE = PHOENIX / "Phoenix.Countries.actors.txt"
OUT = DATA / "people_world.json"
SOURCE_PATH = "petrarch2/data/dictionaries/Phoenix.Countries.actors.txt"
CURATED = {"USA", "PRK", "KOR", "CHN", "JPN", "RUS"}

_ROLE = re.compile(r"^\[([A-Z]+)(?:\s+([<>]?)\s*(\d{6,10})(?:-(\d{6,10}))?)?\s*\]")
# words that open a synonym but are a title, not part of the name
TITLE_WORDS = {
    "PRESIDENT",
    "VICE",
    "PRIME",
    "MINISTER",
    "FOREIGN",
    "DEFENSE",
    "DEFENCE",
    "PREMIER",
    "CHANCELLOR",
    "SECRETARY",
    "GENERAL",
    "GEN",
    "AMBASSADOR",
    "SENATOR",
    "DR",
    "MR",
    "MRS",
    "MS",
    "KING",
    "QUEEN",
    "PRINCE",
    "PRINCESS",
    "EMIR",
    "SHEIKH",
    "SHEIK",
    "SHAIKH",
    "MULLAH",
    "MAWLAWI",
    "AYATOLLAH",
    "COLONEL",
    "COL",
    "MARSHAL",
    "FIELD",
    "LIEUTENANT",
    "LT",
    "CAPTAIN",
    "ADMIRAL",
    "JUDGE",
    "GOVERNOR",
    "MAYOR",
    "CHAIRMAN",
    "LEADER",
    "SPEAKER",
    "DEPUTY",
    "ACTING",
    "INTERIOR",
    "FINANCE",
    "PM",
    "THE",
}
# title words that name an office: an office and one name ("Foreign Minister Abdullah") is
# no person's name (a royal or religious title with one name is: "Prince Souphanouvong")
OFFICE_WORDS = TITLE_WORDS - {
    "DR", "MR", "MRS", "MS", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SHEIKH", "SHEIK",
    "SHAIKH", "MULLAH", "MAWLAWI", "AYATOLLAH", "THE",
}  # fmt: skip
# name particles kept lower-case inside a name ("Bashar al-Assad", "Frederik de Klerk")
PARTICLES = {
    "al",
    "el",
    "bin",
    "bint",
    "ibn",
    "ben",
    "abu",
    "de",
    "del",
    "della",
    "der",
    "den",
    "di",
    "da",
    "das",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "van",
    "von",
    "y",
    "e",
    "ould",
    "ag",
    "ter",
    "ten",
}
# particles that are never a name's first word ("Abu Bakar", "Ben Ali", "Del Ponte" are)
LOWER_FIRST = {"bin", "bint", "ibn", "y", "e", "ould"}


def _word(word: str) -> str:
    """Title-case one word: "MCDONALD" -> "McDonald", "O'BRIEN" -> "O'Brien"."""
    low = word.lower()
    out = low.capitalize()
    if low.startswith("mc") and len(low) > 2:
        out = "Mc" + low[2:].capitalize()
    if len(low) > 2 and low[1] == "'":
        out = low[0].upper() + "'" + low[2:].capitalize()
    return out


def nice_name(phrase: str) -> str:
    """ "LAURENT_GBAGBO_" -> "Laurent Gbagbo"; "BASHAR_AL-ASSAD_" -> "Bashar al-Assad"."""
    words = [w for w in phrase.strip().strip("_").split("_") if w]
    out = []
    for i, word in enumerate(words):
        parts = []
        for j, part in enumerate(word.split("-")):
            low = part.lower()
            inner = i > 0 or j > 0
            if low in PARTICLES and (inner or low in LOWER_FIRST) and (i < len(words) - 1 or j):
                parts.append(low)
            else:
                parts.append(_word(part))
        out.append("-".join(parts))
    return " ".join(out)


def content_words(name: str) -> list[str]:
    return [
        w
        for w in re.split(r"[\s-]+", name)
        if w.lower() not in PARTICLES and len(w.rstrip(".")) >= 2
    ]


def full_name(phrase: str, strip: bool = True) -> str | None:
    """The phrase as a full name, a leading title dropped (if ``strip``); None when what is
    left is not a full name (one word, an initial, a surname with a particle)."""
    words = [w for w in phrase.strip().strip("_").split("_") if w]
    if not words or any(not re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in words):
        return None
    while strip and words and words[0] in TITLE_WORDS:
        words = words[1:]
    name = nice_name("_".join(words))
    return name if len(content_words(name)) >= 2 else None


def year(digits: str) -> str:
    if len(digits) == 8:
        return digits[:4]
    yy = int(digits[:2])
    return f"20{digits[:2]}" if yy <= 30 else f"19{digits[:2]}"


def iso(digits: str, century19: bool = False) -> str | None:
    """YYMMDD or YYYYMMDD as YYYY-MM-DD; a typo with a digit too many ("201005011") or a
    doubled century ("1920030320") is read as the 8 digits that make a date, else None."""
    if len(digits) == 9 and digits[:2] in {"19", "20"}:
        digits = digits[:8]
    elif len(digits) == 10 and digits[:2] in {"19", "20"}:
        digits = digits[2:]
    if len(digits) not in (6, 8):
        return None
    y = ("19" + digits[:2]) if century19 and len(digits) == 6 else year(digits)
    month, day = int(digits[-4:-2]), int(digits[-2:])
    if not 1 <= month <= 12:
        return None
    day = max(1, min(day, calendar.monthrange(int(y), month)[1]))
    return f"{y}-{month:02d}-{day:02d}"


def parse(path: Path) -> list[dict]:
    """Raw entries: primary phrase, comment, synonyms, role lines (code, op, d1, d2)."""
    entries: list[dict] = []
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t":
            if current is None:
                continue
            match = _ROLE.match(raw.strip())
            if match:
                current["roles"].append(match.groups())
            continue
        body, _, comment = raw.partition("#")
        if raw.startswith("+"):
            if current is not None:
                current["synonyms"].append(body[1:].strip())
            continue
        phrase = body.split("[")[0].strip()
        current = {"phrase": phrase, "comment": comment.strip(), "synonyms": [], "roles": []}
        default = _ROLE.search(body[len(body.split("[")[0]) :].strip() or "")
        if default:
            current["roles"].append(default.groups())
        entries.append(current)
    return entries


# words that make a dictionary phrase a body or a place, not a person's name
BODY_WORDS = {
    "PARTY", "COALITION", "ASSEMBLY", "OBSERVATORY", "COUNCIL", "FRONT", "MOVEMENT", "UNION",
    "STATE", "COMMITTEE", "ORGANIZATION", "ORGANISATION", "ARMY", "FORCES", "GOVERNMENT",
    "MINISTRY", "LEAGUE", "ALLIANCE", "BRIGADE", "BRIGADES", "CONGRESS", "PARLIAMENT",
    "REPUBLIC", "KINGDOM", "FEDERATION", "NATIONAL", "SFSR", "SSR", "AUTHORITY", "COMMISSION",
    "AGENCY", "BANK", "COURT", "POLICE", "GUARD", "CORPS", "SOCIETY", "ASSOCIATION", "CENTER",
    "CENTRE", "INSTITUTE", "ISLAMIC", "DEMOCRATIC", "REVOLUTIONARY", "LIBERATION", "OF", "THE",
    "TASK", "FORCE", "JAYSH", "JAISH",
}  # fmt: skip


def _hand_added_person(phrase: str) -> bool:
    """Whether a phrase the dictionary added without a CountryInfo mark reads as a person's
    full name: two to four words, none of them a word of bodies or places."""
    words = [w for w in phrase.strip().strip("_").split("_") if w]
    return 2 <= len(words) <= 4 and not BODY_WORDS & set(words) and full_name(phrase) is not None


def code_parts(code: str, countries: set[str], sectors: set[str]) -> tuple[str, str] | None:
    """ISO3 country and sector of a CAMEO code ("CIVGOVBUS" -> CIV, GOV)."""
    if len(code) < 6 or code[:3] not in countries:
        return None
    for i in range(3, len(code) - 2, 3):
        if code[i : i + 3] in sectors:
            return code[:3], code[i : i + 3]
    return None


def build(source: Path) -> tuple[dict, Counter]:
    stats: Counter = Counter()
    countries_file = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
    sectors_file = yaml.safe_load((DATA / "sectors.yaml").read_text(encoding="utf-8"))
    actors_file = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))
    countries = {c["id"] for c in countries_file["countries"]}
    sectors = {code: info["label"] for code, info in sectors_file["sectors"].items()}
    # honorifics that already name a role ("President Gbagbo"): a world person's sector
    # title is added to them, so a titled surname still finds the person named in full
    titled = sorted({h for t in actors_file["titles"] for h in t.get("honorifics") or []})
    people = []
    for item in parse(source):
        if "CountryInfo" in item["comment"]:
            stats["entries marked CountryInfo"] += 1
        elif _hand_added_person(item["phrase"]):
            # the dictionary's own additions ("MUAMMAR_GADDAFI_ [LBYGOV 19690901-20110823]"):
            # people with a personal name, not bodies ("KOSOVO_ASSEMBLY", "..._PARTY")
            stats["hand-added entries read as people"] += 1
        else:
            continue
        roles, defaults, seen_countries = [], [], set()
        for code, op, d1, d2 in item["roles"]:
            parts = code_parts(code, countries | CURATED, set(sectors))
            if code[:3] in CURATED:
                seen_countries.add(code[:3])
            if parts is None:
                stats["role lines with an unknown country or sector"] += 1
                continue
            country, sector = parts
            seen_countries.add(country)
            if d1 is None:
                defaults.append(parts)
                continue
            start = end = None
            if op == ">":
                start = iso(d1)
            elif op == "<":
                end = iso(d1)
            else:
                start, end = iso(d1), iso(d2) if d2 else None
                if start and end and start > end:  # "290101-730717": a 1920s start
                    start = iso(d1, century19=True)
                    stats["role starts read as 19xx (start after end)"] += 1
            if (op != "<" and start is None) or (d2 and end is None) or (op == "<" and not end):
                stats["roles with a bad date"] += 1
                continue
            if start and end and start > end:
                stats["roles dropped: end before start"] += 1
                continue
            role = {"title": sectors[sector], "country": country, "start": start, "end": end}
            if role not in roles:
                roles.append(role)
        if seen_countries & CURATED:
            stats["people skipped: curated country"] += 1
            continue
        if not roles:
            stats["entries skipped: no dated person role"] += 1
            continue
        name = full_name(item["phrase"], strip=False)
        if name is None:
            stats["people skipped: not a full name"] += 1
            continue
        if name.split()[0].upper().rstrip(".") in OFFICE_WORDS and _bare_name(name) is None:
            stats["people skipped: an office and one name"] += 1
            continue
        aliases = []
        last = name.split()[-1]
        for syn in item["synonyms"]:
            alias = full_name(syn)
            if alias is None and syn.strip("_ ").casefold() == last.casefold():
                # "+MUBARAK_" under HOSNI_MUBARAK_: the dictionary says the surname alone
                # names this person
                if last not in aliases:
                    aliases.append(last)
                    stats["surnames kept: listed alone by the dictionary"] += 1
            elif alias is None:
                stats["synonyms dropped (title + surname, one word)"] += 1
            elif alias != name and alias not in aliases:
                aliases.append(alias)
        for known in (name, *aliases):  # "Yusif Husayn al Kamal" is also "... al-Kamal"
            hyphened = re.sub(r"\b(al|el) (?=\w)", r"\1-", known)
            if hyphened != known and hyphened not in aliases:
                aliases.append(hyphened)
        role_sectors = Counter(
            code for r in roles for code, s in sectors.items() if s == r["title"]
        )
        latest = max(roles, key=lambda r: (r["end"] or "9999", r["start"] or ""))
        country = defaults[0][0] if defaults else latest["country"]
        if "GOV" in role_sectors:
            sector = "GOV"
        elif defaults:
            sector = defaults[0][1]
        else:
            sector = role_sectors.most_common(1)[0][0]
        people.append(
            {
                "name": name,
                "aliases": aliases,
                "country": country,
                "sector": sector,
                "roles": sorted(roles, key=lambda r: (r["start"] or "", r["end"] or "")),
            }
        )
    people = _merge_and_dedupe(people, stats)
    used_ids: set[str] = set()
    out = []
    for person in sorted(people, key=lambda p: (p["country"], p["name"])):
        pid = unique_id(f"{person['country'].lower()}-{slug(person['name'])}", used_ids)
        record = {"id": pid, "name": person["name"]}
        if person["aliases"]:
            record["aliases"] = person["aliases"]
        record["country"] = person["country"]
        record["sector"] = person["sector"]
        record["roles"] = [{k: v for k, v in r.items() if v is not None} for r in person["roles"]]
        out.append(record)
    stats["people written"] = len(out)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    data = {
        "about": (
            f"Generated by scripts/build_people_world.py from {SOURCE_PATH} "
            f"({SOURCE_REPO} @ {SOURCE_COMMIT}; sha256 {digest}), "
            "MIT licence, Copyright (c) 2014 Open Event Data Alliance. Snapshot of Jan 2014 "
            "(CountryInfo.140130.txt): open-ended roles were current then. Do not edit by hand."
        ),
        "source": source_block("scripts/build_people_world.py", SOURCE_PATH, digest),
        "full_name_only": True,
        "titles": [
            {"title": label, "forms": [], "honorifics": titled}
            for label in sorted(set(sectors.values()))
            if any(r["title"] == label for p in out for r in p["roles"])
        ],
        "people": out,
    }
    return data, stats


def _period(person: dict) -> tuple[str, str]:
    return (
        min(r.get("start") or "0000-01-01" for r in person["roles"]),
        max(r.get("end") or "9999-12-31" for r in person["roles"]),
    )


def _bare_name(name: str) -> str | None:
    """The name without its leading titles ("Prince Norodom Sihanouk" -> "Norodom
    Sihanouk"), or None when it has no title or too little is left."""
    words = name.split()
    start = 0
    while start < len(words) and words[start].upper().rstrip(".") in TITLE_WORDS:
        start += 1
    bare = " ".join(words[start:])
    return bare if start and len(content_words(bare)) >= 2 else None


def _merge_titled_twins(people: list[dict], stats: Counter) -> list[dict]:
    """A titled record whose bare name is a name or alias of another person of the same
    country is that person ("Prince Norodom Sihanouk", "Norodom Sihanouk"): its name,
    aliases and roles go to the bare record, which keeps its name (and so its id)."""
    owner: dict[tuple[str, str], dict] = {}
    for person in people:
        if _bare_name(person["name"]) is None:
            for known in (person["name"], *person["aliases"]):
                owner.setdefault((known.casefold(), person["country"]), person)
    kept = []
    for person in people:
        bare = _bare_name(person["name"])
        twin = owner.get((bare.casefold(), person["country"])) if bare else None
        if twin is None:
            kept.append(person)
            continue
        stats["titled records merged into their bare-name twin"] += 1
        for alias in (person["name"], *person["aliases"]):
            if alias != twin["name"] and alias not in twin["aliases"]:
                twin["aliases"].append(alias)
        twin["roles"] = sorted(
            twin["roles"] + [r for r in person["roles"] if r not in twin["roles"]],
            key=lambda r: (r["start"] or "", r["end"] or ""),
        )
    return kept


def _merge_and_dedupe(people: list[dict], stats: Counter) -> list[dict]:
    """One record per (name, country), titled records merged into their bare-name twins;
    a name or alias shared by people whose periods overlap is dropped (it would not tell
    them apart)."""
    merged: dict[tuple[str, str], dict] = {}
    for person in people:
        key = (person["name"], person["country"])
        if key in merged:
            stats["records merged (same name and country)"] += 1
            old = merged[key]
            old["aliases"] += [a for a in person["aliases"] if a not in old["aliases"]]
            old["roles"] = sorted(
                old["roles"] + [r for r in person["roles"] if r not in old["roles"]],
                key=lambda r: (r["start"] or "", r["end"] or ""),
            )
        else:
            merged[key] = person
    people = _merge_titled_twins(list(merged.values()), stats)
    claims: dict[str, list[int]] = defaultdict(list)
    for i, person in enumerate(people):
        for alias in {a.casefold() for a in (person["name"], *person["aliases"])}:
            claims[alias].append(i)
    clash: set[str] = set()
    for alias, owners in claims.items():
        periods = [_period(people[i]) for i in owners]
        for a in range(len(owners)):
            for b in range(a + 1, len(owners)):
                (s1, e1), (s2, e2) = periods[a], periods[b]
                if s1 <= e2 and s2 <= e1:
                    clash.add(alias)
    kept = []
    for person in people:
        person["aliases"] = [a for a in person["aliases"] if a.casefold() not in clash]
        if person["name"].casefold() in clash:
            if not person["aliases"]:
                stats["people dropped: name shared in overlapping periods"] += 1
                continue
            stats["people renamed: name shared, first alias used"] += 1
            person["name"] = person["aliases"].pop(0)
        kept.append(person)
    stats["aliases dropped: shared in overlapping periods"] = len(clash)
    return kept


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    data, stats = build(source)
    write_one_per_line(OUT, data, "people")
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
