"""The actor registry: people, organisations, countries and places with dated roles.

Packaged data lives in ``storyline/data/{actors,organizations,countries,places,sectors}.yaml``
plus every ``storyline/data/people_*.yaml`` (more people, one file per country); users add
files of the same schema with ``load_registry(extra=[path, ...])``. An entry in a user file
replaces the packaged entry with the same id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.datafiles import load_packaged, read_yaml_file
from storyline.errors import DataFileError, ErrorCode
from storyline.records import Actor, ActorKind, Location

PACKAGED_FILES = (
    "sectors.yaml",
    "countries.yaml",
    "places.yaml",
    "organizations.yaml",
    "actors.yaml",
)
PEOPLE_PREFIX = "people_"  # further packaged people files: people_<country>.yaml
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_MIN, _MAX = "0000-01-01", "9999-12-31"


@dataclass(frozen=True, slots=True)
class Role:
    """A dated position: ``title`` of ``country`` (or of ``org``) from ``start`` to ``end``."""

    title: str
    country: str | None = None
    org: str | None = None
    start: str | None = None
    end: str | None = None

    def active(self, on: str | None) -> bool:
        """True when the role overlaps the (possibly partial) date ``on``; True if on is None."""
        if on is None:
            return True
        lo, hi = date_bounds(on)
        return (self.start or _MIN) <= hi and (self.end or _MAX) >= lo


@dataclass(slots=True)
class Entry:
    """One registry record (person, organisation or country)."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    gender: str | None = None  # "m", "f" or None
    roles: tuple[Role, ...] = ()
    born: str | None = None
    died: str | None = None
    family_name: str | None = None
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    context_aliases: dict[str, str] = field(default_factory=dict)  # alias -> required word
    ambiguous: bool = False  # may share an alias with others in the same period

    def period(self) -> tuple[str, str]:
        """The span in which the entry's aliases refer to it (roles, else life span)."""
        if self.roles:
            starts = [r.start or _MIN for r in self.roles]
            ends = [r.end or _MAX for r in self.roles]
            return min(starts), max(ends)
        return self.born or _MIN, self.died or _MAX

    def roles_at(self, on: str | None) -> list[Role]:
        return [r for r in self.roles if r.active(on)]


@dataclass(frozen=True, slots=True)
class TitleInfo:
    """How a role title is referred to: role nouns (``forms``) and ``honorifics``."""

    title: str
    forms: tuple[str, ...]
    honorifics: tuple[str, ...]


def date_bounds(on: str) -> tuple[str, str]:
    """Earliest and latest day covered by a date of day, month or year granularity."""
    match = _PARTIAL.match(on)
    if not match:
        return _MIN, _MAX
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


# Spelling differences between romanisations of Korean and Chinese names, folded away in
# this order (McCune-Reischauer, Revised Romanization and ad-hoc press spellings).
_FOLDS = (
    ("you", "yo"),
    ("yeo", "yo"),
    ("eo", "o"),
    ("ou", "u"),
    ("oo", "u"),
    ("eu", "u"),
    ("ee", "i"),
    ("ae", "e"),
    ("ai", "e"),
    ("u", "o"),
    ("ch", "j"),
    ("sh", "s"),
    ("ph", "p"),
    ("g", "k"),
    ("b", "p"),
    ("d", "t"),
    ("r", "l"),
)


def fold_romanised(name: str) -> str:
    """A key equal for romanisation variants of one name: "Kim Jung Il" = "Kim Jong-il",
    "Ri Yong Ho" = "Lee Yong-ho", "Kim Young Nam" = "Kim Yong Nam"."""
    text = re.sub(r"[^a-z]", "", name.casefold())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return text


class Registry:
    """Lookups over the merged registry data."""

    def __init__(
        self,
        entries: Mapping[str, Entry],
        places: Mapping[str, Location],
        sectors: Mapping[str, dict[str, Any]],
        titles: Mapping[str, TitleInfo],
        lexicon: Mapping[str, Any],
    ) -> None:
        self.entries: dict[str, Entry] = dict(entries)
        self.sectors = dict(sectors)
        self.titles = dict(titles)
        self.lexicon = dict(lexicon)
        self._places: dict[str, Location] = {_key(k): v for k, v in places.items()}
        self._aliases: dict[str, list[str]] = {}
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                ids = self._aliases.setdefault(_key(alias), [])
                if entry.id not in ids:
                    ids.append(entry.id)
        self._surnames: dict[str, list[str]] = {}
        for entry in self.entries.values():
            if entry.kind == "person" and entry.family_name:
                self._surnames.setdefault(entry.family_name, []).append(entry.id)
        self._form_titles: dict[str, list[str]] = {}
        self._honorific_titles: dict[str, list[str]] = {}
        for info in self.titles.values():
            for form in info.forms:
                self._form_titles.setdefault(_key(form), []).append(info.title)
            for hon in info.honorifics:
                self._honorific_titles.setdefault(hon, []).append(info.title)
        self._demonyms: dict[str, str] = {}
        for entry in self.entries.values():
            for dem in entry.demonyms:
                self._demonyms[_key(dem)] = entry.id
        folded: dict[str, set[str]] = {}
        fold_countries = set(self.lexicon.get("romanised_name_countries", []))
        for entry in self.entries.values():
            if entry.kind == "person" and entry.country in fold_countries:
                for alias in (entry.name, *entry.aliases):
                    folded.setdefault(fold_romanised(alias), set()).add(entry.id)
        # a folded form shared by two people is dropped: it would not tell them apart
        self._folded = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
        self.cache: dict[Any, Any] = {}  # per-vocab matchers built by storyline.actors.mentions

    # ---------------------------------------------------------------- actors
    def actor(self, registry_id: str) -> Actor:
        """The Actor record of a registry entry; KeyError when the id is unknown."""
        entry = self.entries[registry_id]
        return Actor(
            key=f"reg:{entry.id}",
            name=entry.name,
            kind=entry.kind,
            country=entry.country,
            sector=entry.sector,
            registry_id=entry.id,
        )

    def candidates(self, alias: str, on: str | None = None) -> list[Entry]:
        """Entries an alias may denote on date ``on``: those whose period covers it, else the
        most recent one before it, else all."""
        entries = [self.entries[i] for i in self._aliases.get(_key(alias), [])]
        if on is None or len(entries) < 2:
            return entries
        lo, hi = date_bounds(on)
        live = [e for e in entries if e.period()[0] <= hi and e.period()[1] >= lo]
        if live:
            return live
        before = [e for e in entries if e.period()[1] < lo]
        if before:
            return [max(before, key=lambda e: e.period()[1])]
        return entries

    def romanisation_variant(self, name: str) -> Entry | None:
        """The one Korean or Chinese person whose name is spelled ``name`` in another
        romanisation ("Kim Young Nam", "Lee Yong-ho"), or None."""
        entry_id = self._folded.get(fold_romanised(name))
        return self.entries[entry_id] if entry_id else None

    def aliases(self) -> Iterable[tuple[str, str]]:
        """Every (alias text, entry id) pair, names included."""
        for entry in self.entries.values():
            for alias in dict.fromkeys((entry.name, *entry.aliases)):
                yield alias, entry.id

    def people_with_surname(self, surname: str) -> list[Entry]:
        return [self.entries[i] for i in self._surnames.get(surname, [])]

    def surnames(self) -> set[str]:
        return set(self._surnames)

    def titles_for_form(self, form: str) -> list[str]:
        """Role titles a role noun ("secretary", "leader") may stand for."""
        return list(self._form_titles.get(_key(form), []))

    def titles_for_honorific(self, honorific: str) -> list[str]:
        return list(self._honorific_titles.get(honorific, []))

    def role_forms(self) -> list[str]:
        return list(self._form_titles)

    def honorifics(self) -> list[str]:
        return list(self._honorific_titles)

    def holders(self, titles: Sequence[str], on: str | None, country: str | None = None):
        """People holding one of ``titles`` (of ``country`` if given) on date ``on``."""
        wanted = set(titles)
        found = []
        for entry in self.entries.values():
            if entry.kind != "person":
                continue
            for role in entry.roles_at(on):
                if role.title in wanted and (country is None or role.country == country):
                    found.append(entry)
                    break
        return found

    def country_of_demonym(self, text: str) -> str | None:
        return self._demonyms.get(_key(text))

    def country_entry(self, text: str) -> Entry | None:
        """The country named by a name, alias or demonym (no context aliases)."""
        code = self.country_of_demonym(text)
        if code:
            return self.entries[code]
        for entry in self.candidates(text):
            if entry.kind == "country" and _key(text) not in map(_key, entry.context_aliases):
                return entry
        return None

    def sector_of_word(self, word: str) -> str | None:
        """The sector a descriptive noun ("professor", "envoy") points to."""
        key = word.casefold()
        for code, info in self.sectors.items():
            if key in info.get("words", ()):
                return code
        return None

    # ---------------------------------------------------------------- places
    def place(self, name: str) -> Location | None:
        """A capital, city or site by name (or a country, without coordinates)."""
        loc = self._places.get(_key(name))
        if loc is not None:
            return Location(loc.name, loc.country, loc.lat, loc.lon)
        entry = self.country_entry(name)
        if entry is not None and entry.kind == "country":
            return Location(entry.name, entry.id, None, None)
        return None

    def country_of_place(self, name: str) -> str | None:
        loc = self.place(name)
        return loc.country if loc else None

    def place_names(self) -> list[str]:
        return [loc.name for loc in self._places.values()]


# --------------------------------------------------------------------------- loading
def _fail(path: str, detail: str) -> DataFileError:
    return DataFileError(ErrorCode.E012, path=path, detail=detail)


def _date(value: Any, path: str, where: str) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if not _DATE.match(text):
        raise _fail(path, f"{where}: date {text!r} is not YYYY-MM-DD")
    return text


def _strings(value: Any, path: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"{where}: expected a list of strings")
    return tuple(value)


def _require(item: Mapping[str, Any], keys: Sequence[str], path: str, where: str) -> None:
    if not isinstance(item, Mapping):
        raise _fail(path, f"{where}: expected a mapping")
    missing = [k for k in keys if not item.get(k)]
    if missing:
        raise _fail(path, f"{where}: missing {', '.join(missing)}")


def _family_name(name: str, country: str | None, family_first: set[str]) -> str:
    words = name.split()
    return words[0] if country in family_first else words[-1]


@dataclass(slots=True)
class _Raw:
    """Data gathered from all files before it becomes a Registry."""

    entries: dict[str, Entry] = field(default_factory=dict)
    places: dict[str, Location] = field(default_factory=dict)
    sectors: dict[str, dict[str, Any]] = field(default_factory=dict)
    titles: dict[str, TitleInfo] = field(default_factory=dict)
    lexicon: dict[str, Any] = field(default_factory=dict)


def _add_file(raw: _Raw, data: Any, path: str) -> None:
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise _fail(path, "top level must be a mapping")
    for code, info in (data.get("sectors") or {}).items():
        raw.sectors[str(code)] = {"label": info.get("label", code), "words": info.get("words", [])}
    for i, item in enumerate(data.get("countries") or []):
        _require(item, ("id", "name"), path, f"countries[{i}]")
        entry = Entry(
            id=item["id"],
            name=item["name"],
            kind="country",
            aliases=_strings(item.get("aliases"), path, f"country {item['id']}"),
            country=item["id"],
            sector=None,
            demonyms=_strings(item.get("demonyms"), path, f"country {item['id']}"),
            capital=item.get("capital"),
            context_aliases=dict(item.get("context_aliases") or {}),
        )
        entry.aliases = entry.aliases + tuple(entry.context_aliases)
        raw.entries[entry.id] = entry
        if entry.capital:
            raw.places[entry.capital] = Location(
                entry.capital, entry.id, item.get("lat"), item.get("lon")
            )
    for i, item in enumerate(data.get("places") or []):
        _require(item, ("name",), path, f"places[{i}]")
        loc = Location(item["name"], item.get("country"), item.get("lat"), item.get("lon"))
        for name in (item["name"], *_strings(item.get("aliases"), path, f"place {item['name']}")):
            raw.places[name] = loc
    for i, item in enumerate(data.get("titles") or []):
        _require(item, ("title",), path, f"titles[{i}]")
        raw.titles[item["title"]] = TitleInfo(
            item["title"],
            _strings(item.get("forms"), path, f"title {item['title']}"),
            _strings(item.get("honorifics"), path, f"title {item['title']}"),
        )
    for key, value in (data.get("lexicon") or {}).items():
        raw.lexicon[key] = value
    for section, kind in (("organizations", "organization"), ("people", "person")):
        for i, item in enumerate(data.get(section) or []):
            _require(item, ("id", "name"), path, f"{section}[{i}]")
            where = f"{kind} {item['id']}"
            roles = []
            for j, role in enumerate(item.get("roles") or []):
                _require(role, ("title",), path, f"{where} roles[{j}]")
                roles.append(
                    Role(
                        title=role["title"],
                        country=role.get("country"),
                        org=role.get("org"),
                        start=_date(role.get("start"), path, f"{where} roles[{j}]"),
                        end=_date(role.get("end"), path, f"{where} roles[{j}]"),
                    )
                )
            raw.entries[item["id"]] = Entry(
                id=item["id"],
                name=item["name"],
                kind=kind,
                aliases=_strings(item.get("aliases"), path, where),
                country=item.get("country"),
                sector=item.get("sector"),
                gender=item.get("gender"),
                roles=tuple(roles),
                born=_date(item.get("born"), path, where),
                died=_date(item.get("died"), path, where),
                family_name=item.get("family_name"),
                ambiguous=bool(item.get("ambiguous", False)),
            )


def validate(raw: _Raw, path: str = "registry") -> None:
    """Raise DataFileError (E012) on a cross-reference or alias-overlap problem."""
    countries = {e.id for e in raw.entries.values() if e.kind == "country"}
    for entry in raw.entries.values():
        where = f"{entry.kind} {entry.id}"
        if entry.kind == "country" and not _ISO3.match(entry.id):
            raise _fail(path, f"{where}: id must be an ISO 3166-1 alpha-3 code")
        if entry.country is not None and entry.country not in countries:
            raise _fail(path, f"{where}: unknown country {entry.country!r}")
        if entry.sector is not None and entry.sector not in raw.sectors:
            raise _fail(path, f"{where}: unknown sector {entry.sector!r}")
        if entry.gender not in (None, "m", "f"):
            raise _fail(path, f"{where}: gender must be m or f")
        for role in entry.roles:
            if role.start and role.end and role.start > role.end:
                raise _fail(path, f"{where}: role {role.title!r} ends before it starts")
            if role.country is not None and role.country not in countries:
                raise _fail(path, f"{where}: role country {role.country!r} unknown")
            if role.org is not None and role.org not in raw.entries:
                raise _fail(path, f"{where}: role org {role.org!r} unknown")
            if role.title not in raw.titles:
                raise _fail(path, f"{where}: role title {role.title!r} not in titles")
        if entry.born and entry.died and entry.born > entry.died:
            raise _fail(path, f"{where}: died before born")
    for name, loc in raw.places.items():
        if loc.country is not None and loc.country not in countries:
            raise _fail(path, f"place {name}: unknown country {loc.country!r}")
    claims: dict[str, list[Entry]] = {}
    for entry in raw.entries.values():
        for alias in {_key(a) for a in (entry.name, *entry.aliases)}:
            claims.setdefault(alias, []).append(entry)
    for alias, entries in claims.items():
        for i, first in enumerate(entries):
            for second in entries[i + 1 :]:
                if first.ambiguous or second.ambiguous:
                    continue
                a, b = first.period(), second.period()
                if a[0] <= b[1] and b[0] <= a[1]:
                    raise _fail(
                        path,
                        f"alias {alias!r} claimed by {first.id} and {second.id} "
                        "in overlapping periods",
                    )


def _build(raw: _Raw) -> Registry:
    family_first = set(raw.lexicon.get("family_name_first_countries", []))
    for entry in raw.entries.values():
        if entry.kind == "person" and not entry.family_name:
            entry.family_name = _family_name(entry.name, entry.country, family_first)
    return Registry(raw.entries, raw.places, raw.sectors, raw.titles, raw.lexicon)


def packaged_files() -> list[str]:
    """Names of the packaged registry files, in load order."""
    folder = resources.files("storyline") / "data"
    people = sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(PEOPLE_PREFIX) and p.name.endswith(".yaml")
    )
    return [*PACKAGED_FILES, *people]


def _packaged_raw() -> _Raw:
    raw = _Raw()
    for name in packaged_files():
        _add_file(raw, load_packaged(name), f"storyline/data/{name}")
    return raw


@cache
def _packaged_registry() -> Registry:
    raw = _packaged_raw()
    validate(raw, "storyline/data")
    return _build(raw)


def load_registry(extra: Sequence[Path] = ()) -> Registry:
    """The packaged registry merged with the user files in ``extra`` (same schema)."""
    if not extra:
        return _packaged_registry()
    raw = _packaged_raw()
    for path in extra:
        _add_file(raw, read_yaml_file(path), str(path))
    validate(raw, ", ".join(str(p) for p in extra))
    return _build(raw)
