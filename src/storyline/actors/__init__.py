"""actors stage: find the actors a document mentions and link them to the registry.

``find_actors(doc, published, registry)`` returns every mention (names, surnames, titles,
role nouns singular and plural, demonyms, capitals acting as states, pronouns, definite
descriptions such as "the company", relative pronouns, collective nouns such as "police",
group phrases) grouped into actors keyed ``reg:<registry id>`` or
``new:<ISO3 or ->:<normalised name>``.

Across documents the key is the link: registry people are told apart by their dated roles
(a surname or role noun is read at the sentence's year, else the publication date), never
by the surface string alone; "Kim" is Kim Jong Il in 2000 and Kim Jong Un in 2018.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.actors.agents import singular
from storyline.actors.coref import ERA_MARGIN_YEARS, Linker
from storyline.actors.mentions import (
    Candidate,
    family_name_of,
    find_candidates,
    normalise_name,
    state_entry,
    title_before,
)
from storyline.actors.registry import Entry, Registry, load_registry
from storyline.actors.successions import states_at
from storyline.records import ActorAnalysis, PublishedDate

__all__ = ["find_actors", "load_registry", "org_short_forms", "Registry"]

_DESCRIPTION_DEPS = {"appos", "prep", "poss"}


def _description(doc: Doc, c: Candidate) -> list[int]:
    """Token indices that describe a named person: title words, appositions, "is a ..."."""
    tokens = list(range(c.start, c.name_start))
    for i in range(c.start, c.name_start):  # "British Defence Secretary Tom King",
        # "Israel's Foreign Minister David Levy"
        tokens.extend(
            t.i
            for ch in doc[i].lefts
            if ch.dep_ in ("amod", "compound", "poss")
            for t in ch.subtree
        )
    name = doc[c.name_start : c.end]
    root = name.root
    for child in (ch for tok in name for ch in tok.children):
        if child.dep_ in _DESCRIPTION_DEPS and not (c.name_start <= child.i < c.end):
            tokens.extend(t.i for t in child.subtree)
    head = root.head
    if root.dep_ == "appos" and head.i < c.start and head.pos_ in ("NOUN", "PROPN"):
        # "Sudan's foreign minister, Mustafa Ismail,": the noun phrase the name is apposed to
        tokens.extend(t.i for t in head.subtree if t.i < c.start)
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ == "attr":
                tokens.extend(t.i for t in child.subtree)
    return tokens


def _counterpart_sector(tok: Token, registry: Registry) -> str | None:
    """The sector an opposite number is of ("her Rwandan counterpart, X": an official, as
    the agent nouns have it)."""
    lexicon = registry.lexicon
    if tok.lower_ not in set(lexicon.get("counterpart_nouns") or ()):
        return None
    return (lexicon.get("qualified_agent_nouns") or {}).get(singular(tok))


def _infer(
    doc: Doc, c: Candidate, cands: list[Candidate], registry: Registry
) -> tuple[str | None, str | None]:
    """Country and sector of an unknown person from how the text describes them."""
    described = set(_description(doc, c))
    orgs = [
        registry.entries[o.ids[0]]
        for o in cands
        if o.kind == "entry"
        and registry.entries[o.ids[0]].kind == "organization"
        and o.start in described
        and not _accredited_to(doc, o, c)
    ]
    in_org = {
        i
        for o in cands
        if o.kind == "entry" and o.start in described
        for i in range(o.start, o.end)
        if registry.entries[o.ids[0]].kind == "organization"
    }
    country = None
    ordered = sorted(i for i in described if i not in in_org)
    for i in ordered:
        for size in (2, 1):
            if i + size <= len(doc) and all(
                j in described and j not in in_org for j in range(i, i + size)
            ):
                entry = state_entry(doc[i : i + size].text, doc, registry)
                if entry is not None and entry.kind == "country":
                    country = entry.id
                    break
        if country:
            break
    sector = next((o.sector for o in orgs if o.sector), None)
    if sector is None:
        for i in ordered:
            tok = doc[i]
            if any(ch.lower_ in {"former", "ex"} for ch in tok.children):
                continue
            if tok.pos_ in {"NOUN", "ADJ", "PROPN"}:
                sector = registry.sector_of_word(tok.lower_) or _counterpart_sector(tok, registry)
                if sector:
                    break
    if country is None:
        country = next((o.country for o in orgs if o.country), None)
    if country is None:
        country = _principal_country(doc, cands, described, registry)
    return country, sector


def _principal_country(
    doc: Doc, cands: list[Candidate], described: set[int], registry: Registry
) -> str | None:
    """The country of the registry person an unknown person works for, as the description
    says ("Richard Grenell, a special envoy for President Donald Trump": American)."""
    envoys = set(registry.lexicon.get("principal_nouns") or ())
    for o in cands:
        entry = registry.entries.get(o.ids[0]) if o.kind == "entry" and o.ids else None
        if entry is None or entry.kind != "person" or o.start not in described:
            continue
        prep = doc[o.start : o.end].root.head
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("for", "to")
            and prep.head.lemma_.lower() in envoys
            and entry.country
        ):
            return entry.country
    return None


def _acting_for(doc: Doc, c: Candidate, cands: list[Candidate], registry: Registry) -> Entry | None:
    """The intergovernmental body a registry person's title says they act for in this text
    ("Arab League Secretary-General Amr Moussa", "U.N. mediator Diego Cordovez"): named in
    the title itself, not after a preposition ("ambassador to the U.N.") and with no state
    described ("U.S. envoy to NATO"), and not a past office ("former")."""
    described = set(_description(doc, c))
    title = {t.i for t in doc[c.name_start : c.end].root.subtree}
    i = c.name_start - 1
    while i in title:  # "OAS Secretary-General Cesar Gaviria": the words before the name
        described.add(i)
        i -= 1
    if any(doc[i].lower_ in _PAST_OFFICE for i in described):
        return None
    bodies = []
    for o in cands:
        if o.kind != "entry" or o.start not in described:
            continue
        entry = registry.entries[o.ids[0]]
        if entry.kind == "country":
            return None
        if entry.kind == "organization" and not _accredited_to(doc, o, c):
            bodies.append(entry)
    igo = [b for b in bodies if b.sector == "IGO"]
    return igo[0] if len(igo) == 1 and len(bodies) == 1 else None


def _national_title(doc: Doc, c: Candidate, entry: Entry, registry: Registry) -> bool:
    """Whether a registry person is named with the title of one of their national offices
    ("President Cesar Gaviria")."""
    titles = set(registry.titles_for_honorific(doc[c.start : c.name_start].text))
    return any(r.title in titles and r.country for r in entry.roles)


def _accredited_to(doc: Doc, body: Candidate, person: Candidate) -> bool:
    """Whether a body is named after "to" in a person's title: the ambassador, envoy or
    delegate accredited to it acts for someone else ("U.S. Ambassador to the United
    Nations John Negroponte")."""
    root = doc[body.start : body.end].root
    return any(
        t.dep_ == "prep" and t.lower_ == "to" for t in root.ancestors if t.i < person.name_start
    )


_PAST_OFFICE = frozenset({"former", "ex", "ex-", "retired", "late"})


def find_actors(doc: Doc, published: PublishedDate, registry: Registry) -> ActorAnalysis:
    """Actors and their mentions in one document; ``published.value`` may be None."""
    cands = find_candidates(doc, registry)
    linker = Linker(doc, registry, published.value)
    cands = [_in_office(c, linker, registry) for c in cands]
    # people not in the registry: one actor per name, described from all its mentions
    facts: dict[str, tuple[str, str | None, str | None]] = {}
    for c in cands:
        if c.kind != "person":
            continue
        norm = normalise_name(c.key)
        country, sector = _infer(doc, c, cands, registry)
        if sector is None:  # "Rep. David McKinley": a legislator
            by_title = registry.lexicon.get("honorific_sectors") or {}
            title = c.honorific or title_before(doc, c.start, set(by_title))
            opening = (doc[c.start : c.start + n].text for n in (2, 1))  # "Rep. David McKinley"
            title = title or next((t for t in opening if t in by_title), None)
            sector = by_title.get(title or "")
        if country is None and c.honorific:  # "Chancellor Schroeder": where namesakes held
            family = family_name_of(c.key, set(registry.lexicon.get("family_names_first", [])))
            country = registry.titled_office_country(family, c.honorific)  # that office
        name, old_country, old_sector = facts.get(norm, (c.key, None, None))
        facts[norm] = (name, old_country or country, old_sector or sector)
    later: dict[str, list[str]] = {}
    for c in cands:
        if c.kind == "entry" and registry.entries[c.ids[0]].kind == "person":
            entry = registry.entries[c.ids[0]]
            key = linker._entry_actor(entry)
            later.setdefault(entry.family_name or "", []).append(key)
            if linker.actors[key].affiliation and _national_title(doc, c, entry, registry):
                # "President Cesar Gaviria" in a story dated during his later OAS office
                linker.actors[key] = replace(
                    linker.actors[key], country=entry.country, sector=entry.sector, affiliation=None
                )
            body = _acting_for(doc, c, cands, registry)
            if body is not None and linker.actors[key].sector != "IGO":
                linker.actors[key] = replace(
                    linker.actors[key],
                    country=body.country,
                    sector=body.sector,
                    affiliation=f"reg:{body.id}",
                )
        elif c.kind == "person":
            name, country, sector = facts[normalise_name(c.key)]
            key = linker.register_new_person(name, country, sector)
            later.setdefault(linker.people[key].family, []).append(key)
    if published.value is None:
        linker.era = document_era(cands, registry)
    linker.org_names = org_short_forms([c.key for c in cands if c.kind == "org"])
    linker.pending = dict(linker.people)
    linker.people.clear()  # re-added in text order as mentions are linked
    appositives = _appositives(doc, cands, registry, linker)
    by_kind = {  # candidate kinds linked from the candidate alone
        "entry": linker.link_entry,
        "org": linker.link_org,
        "roles": linker.link_roles,
        "pronoun": linker.link_pronoun,
        "nominal": linker.link_nominal,
        "relative": linker.link_relative,
        "agent": linker.link_agent,
        "pair": linker.link_pair,
        "sides": linker.link_sides,
        "counted": linker.link_counted,
        "fixed": linker.link_fixed,
    }
    for c in cands:
        if c.kind in by_kind:
            by_kind[c.kind](c)
        elif c.kind in {"demonym", "capital"}:
            linker.link_state(c, c.kind)
        elif c.kind == "person":
            key = linker.new_keys[normalise_name(c.key)].key
            _readd(linker, key, c, registry)
            linker._emit(c, key, "ner")
        elif c.kind == "surname":
            linker.link_surname(c, later)
        elif c.kind == "role":
            linker.link_role(c, appositives.get(id(c)))
    for c in cands:  # after the names they describe, which may come later
        if c.kind == "apposed":
            linker.link_apposed(c)
    apposed = {i for c in cands if c.kind == "apposed" for i in range(c.start, c.end)}
    linked = {m.start for m in linker.mentions}
    for c in cands:  # "Lee, a liberal who had criticised ...": the description's person
        if c.kind == "relative" and c.name_start in apposed and doc[c.start].idx not in linked:
            linker.link_relative(c)
    _possessed_states(doc, linker, registry)
    _named_office_holders(doc, linker, cands, registry)
    _sides_in_apposition(doc, linker, cands, registry)
    _pairs_as_they(doc, linker)
    used = {m.actor_key for m in linker.mentions}
    actors = {k: a for k, a in linker.actors.items() if k in used}
    # "Juba" in a 1995 story: Sudan's (state_successions.yaml)
    return states_at(
        ActorAnalysis(actors=actors, mentions=linker.mentions), published.value, registry
    )


def _in_office(c: Candidate, linker: Linker, registry: Registry) -> Candidate:
    """A titled name the curated lists lack ("President Museveni") is the one person of the
    world list of that name in office on the sentence's date, if there is exactly one."""
    if c.kind != "person" or not c.honorific or " " in c.key:
        return c
    titles = registry.titles_for_honorific(c.honorific)
    if not titles:
        return c  # "Mr. Museveni": a courtesy, not an office
    if set(titles) <= set(registry.lexicon.get("regnal_titles") or ()):
        return c  # "King Fahd": a regnal name, not the end of a full name
    holder = registry.titled_world_person(c.key, linker._on(linker.sentence_of[c.start]))
    return c if holder is None else replace(c, kind="entry", ids=[holder.id])


def _named_office_holders(
    doc: Doc, linker: Linker, cands: list[Candidate], registry: Registry
) -> None:
    """Someone in an office the registry knows no holder of ("the foreign ministers of Chile
    and Peru", "the Peruvian foreign minister") is the one person the document names with
    that title and country, before or after ("Peru's Foreign Minister Ana Lopez")."""
    holders: dict[tuple[str, str], set[str]] = {}
    for c in cands:
        if c.kind != "person" or c.name_start <= c.start:
            continue
        words = [t.text for t in doc[c.start : c.name_start]]
        if any(w.lower() in _PAST_OFFICE for w in words):
            continue  # "former Foreign Minister ...": not the one in office
        key = linker.new_keys[normalise_name(c.key)].key
        country = linker.actors[key].country
        for k in range(len(words)):
            titles = registry.titles_for_form(" ".join(words[k:]).lower())
            if titles and country:
                for title in titles:
                    holders.setdefault((title, country), set()).add(key)
                break
    moved: dict[str, str] = {}
    for key, actor in linker.actors.items():
        # someone in an office not known: "new:<country>:the <office>"
        prefix = f"new:{actor.country}:the "
        if actor.country is None or not key.startswith(prefix):
            continue
        named = {
            person
            for title in registry.titles_for_form(key[len(prefix) :])
            for person in holders.get((title, actor.country), ())
        }
        if len(named) == 1:
            moved[key] = named.pop()
    for m in linker.mentions:
        m.actor_key = moved.get(m.actor_key, m.actor_key)


def _sides_in_apposition(
    doc: Doc, linker: Linker, cands: list[Candidate], registry: Registry
) -> None:
    """ "The two countries' defense chiefs, Song Young-moo of South Korea and No Kwang Chol of
    the North": a pair phrase owning a noun whose apposition names exactly two states means
    those two, whatever the sentences before named."""
    for c in cands:
        if c.kind != "sides":
            continue
        owner = doc[c.end - 1]
        owned = owner.head if owner.dep_ == "poss" else None
        apposed = [t for t in owned.children if t.dep_ == "appos"] if owned is not None else []
        if not apposed:
            continue
        words = [t for a in apposed for t in a.subtree]
        low = min(t.idx for t in words)
        high = max(t.idx + len(t.text) for t in words)
        codes: list[str] = []
        for m in linker.mentions:
            actor = linker.actors[m.actor_key]
            code = actor.country or (actor.registry_id if actor.kind == "country" else None)
            if low <= m.start and m.end <= high and code and code not in codes:
                codes.append(code)
        if len(codes) != 2 or any(code not in registry.entries for code in codes):
            continue
        start = doc[c.start].idx
        linker.mentions[:] = [
            m for m in linker.mentions if not (m.start == start and m.rule == "group")
        ]
        linker.emit_states(c, codes)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _pairs_as_they(doc: Doc, linker: Linker) -> None:
    """ "The leaders had greeted each other ..., where they talked", "Russia and China held
    talks. They agreed ...": a subject "they" whose nearest subject before it, in its
    sentence or the one before (not a reporter after its clause: "..., officials said"),
    names two or more people (conjoined names, a pair phrase) or, for an active subject, two
    or more parties of any kind, stands for them. Any other nearest subject leaves it to the
    events stage. A passive "they" of states is left alone ("Russia and China criticised the
    sanctions. They were imposed in May": the sanctions)."""
    people = {k for k, a in linker.actors.items() if a.kind == "person"}
    everyone = set(linker.actors)
    named: dict[int, list[str]] = {}  # "they" tokens linked so far
    for tok in doc:
        if tok.lower_ != "they" or tok.dep_ not in _SUBJECTS:
            continue
        previous = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        subject = next(
            (
                t
                for t in reversed(doc[previous : tok.i])
                # not "which" of "..., which lasted two hours": the relative clause's noun
                if t.dep_ in _SUBJECTS and t.tag_ not in ("WDT", "WP") and not _trails(t)
            ),
            None,
        )
        if subject is None:
            continue
        wanted = people if tok.dep_ == "nsubjpass" else everyone
        keys = named.get(subject.i) or _parties_of(subject, linker, wanted)
        if len(keys) < 2 or not set(keys) <= wanted:
            continue
        named[tok.i] = keys
        for key in keys:
            linker._emit(Candidate(tok.i, tok.i + 1, "pronoun", key="they"), key, "pronoun", False)


def _trails(subject: Token) -> bool:
    """Whether a subject is the reporter after the clause it reports ("They met ..., officials
    said"): a source, not the topic a later "they" goes on with."""
    return any(c.dep_ == "ccomp" and c.i < subject.i for c in subject.head.children)


def _parties_of(subject: Token, linker: Linker, wanted: set[str]) -> list[str]:
    """The actors of ``wanted`` a subject and its conjuncts name, each of them one actor or
    a pair phrase; nothing when one of them names none."""
    keys: list[str] = []
    for head in (subject, *subject.conjuncts):
        found = [
            m.actor_key
            for m in linker.mentions
            if m.start <= head.idx < m.end and m.actor_key in wanted
        ]
        if not found:
            return []
        keys.extend(k for k in found if k not in keys)
    return keys


def _possessed_states(doc: Doc, linker: Linker, registry: Registry) -> None:
    """ "Putin said his country would retaliate": a state noun owned by a pronoun that names
    a person or a state (``possessed_state_nouns``; as a subject also ``possessed_body_nouns``:
    "said his cabinet would accept it") is that person's (or that) country; "its
    neighbour" (``neighbour_state_nouns``) the latest other state named before it ("Morocco
    recalled its ambassador from Algeria, accusing its neighbour")."""
    nouns = set(registry.lexicon.get("possessed_state_nouns") or ())
    bodies = set(registry.lexicon.get("possessed_body_nouns") or ())
    neighbours = set(registry.lexicon.get("neighbour_state_nouns") or ())
    by_start = {m.start: m.actor_key for m in linker.mentions if m.rule == "pronoun"}
    for tok in doc:
        acting = tok.lower_ in bodies and tok.dep_ in ("nsubj", "nsubjpass")
        if tok.lower_ not in nouns | neighbours and not acting:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        key = by_start.get(owner.idx) if owner is not None else None
        actor = linker.actors.get(key) if key else None
        if actor is None or actor.kind not in ("person", "country"):
            continue
        code = actor.country or actor.registry_id
        entry = registry.entries.get(code or "")
        if entry is None or entry.kind != "country":
            continue
        state = linker._entry_actor(entry)
        if tok.lower_ in neighbours:
            before = [
                m.actor_key
                for m in linker.mentions
                if m.start < owner.idx
                and m.actor_key != state
                and linker.actors[m.actor_key].kind == "country"
            ]
            if before:
                linker._emit(
                    Candidate(owner.i, tok.i + 1, "nominal"), before[-1], "nominal", remember=False
                )
            continue
        linker._emit(Candidate(owner.i, tok.i + 1, "nominal"), state, "nominal", remember=False)


def document_era(cands: list[Candidate], registry: Registry) -> tuple[str, str] | None:
    """The period an undated document can be from: the overlap of the careers (first role
    start to last role end, widened by a few years) of the registry people it names in full;
    None when they do not overlap (a look-back naming several eras) or none is named."""
    spans = []
    for c in cands:
        entry = registry.entries[c.ids[0]] if c.kind == "entry" else None
        if entry is None or entry.kind != "person":
            continue
        starts = [r.start for r in entry.roles if r.start]
        if not starts:
            continue
        ends = [r.end or "9999-12-31" for r in entry.roles]
        spans.append(
            (
                _shift_years(min(starts), -ERA_MARGIN_YEARS),
                _shift_years(max(ends), ERA_MARGIN_YEARS),
            )
        )
    if not spans:
        return None
    low, high = max(s for s, _ in spans), min(e for _, e in spans)
    return (low, high) if low <= high else None


def _shift_years(iso: str, years: int) -> str:
    year = min(9999, max(1, int(iso[:4]) + years))
    return f"{year:04d}{iso[4:]}"


_ACRONYM_SKIP = {"of", "and", "the", "for", "&", "on", "in"}


def org_short_forms(names: list[str]) -> dict[str, str]:
    """Short forms of organisation names in one document, mapped to the full name: an
    acronym of a longer name ("GAO" for "Government Accountability Office"), or the first
    word(s) of a name given in full before ("Northrop" after "Northrop Grumman")."""
    out: dict[str, str] = {}
    full = [n for n in dict.fromkeys(names) if len(n.split()) >= 2]
    for i, name in enumerate(names):
        norm = normalise_name(name)
        words = name.split()
        for other in full:
            if other == name:
                continue
            parts = other.replace("-", " ").split()
            initials = "".join(w[0] for w in parts if w.lower() not in _ACRONYM_SKIP)
            is_acronym = name.isupper() and len(name) >= 2 and name == initials.upper()
            earlier = other in names[:i]
            is_prefix = earlier and len(words) < len(parts) and parts[: len(words)] == words
            if is_acronym or is_prefix:
                out.setdefault(norm, other)
                break
    return out


def _readd(linker: Linker, key: str, c: Candidate, registry: Registry) -> None:
    from storyline.actors.coref import _Person

    if key in linker.pending:
        linker.people.setdefault(key, linker.pending[key])
    if key not in linker.people:
        family = family_name_of(c.key, set(registry.lexicon.get("family_names_first", [])))
        linker.people[key] = _Person(key, family, None, None, len(linker.people))


def _appositives(
    doc: Doc, cands: list[Candidate], registry: Registry, linker: Linker
) -> dict[int, str]:
    """Role nouns set off by a comma next to a name ("his envoy, Jane Roe,") -> that actor."""
    out: dict[int, str] = {}
    for i, c in enumerate(cands):
        if c.kind != "role":
            continue
        for other, gap in (
            (cands[i + 1] if i + 1 < len(cands) else None, (c.end, "after")),
            (cands[i - 1] if i else None, (c.start - 1, "before")),
        ):
            if other is None:
                continue
            comma = gap[0]
            adjacent = (
                (other.start == c.end + 1) if gap[1] == "after" else (other.end == c.start - 1)
            )
            if not adjacent or comma >= len(doc) or doc[comma].text != ",":
                continue
            if other.kind == "entry" and registry.entries[other.ids[0]].kind == "person":
                out[id(c)] = f"reg:{other.ids[0]}"
            elif other.kind == "person":
                out[id(c)] = linker.new_keys[normalise_name(other.key)].key
    return out
