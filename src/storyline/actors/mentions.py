"""Find the spans of a Doc that may refer to actors, before they are linked.

Each span becomes a ``Candidate`` naming what kind of reference it is: a registry alias,
a demonym or capital standing for a state, an unknown name found by NER, a bare or titled
surname, a role noun, a pronoun or a group phrase. Linking happens in ``coref``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from storyline.actors.registry import Entry, Registry
from storyline.datafiles import load_packaged

_STOP_DEPS = {"det", "poss", "case", "punct", "cc", "predet", "appos", "relcl", "acl"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
_PERSONAL = {"person"}


def _qualifies_event(tok: Token) -> bool:
    """Whether a demonym qualifies an event noun and so names its state as a party ("the
    Israeli raid", "the American proposal", "Chinese demands"), or a weapon that no one but a
    state's forces fire ("an Israeli missile", "Russian shells"), or a border, the state on
    its far side ("near the Kuwaiti border"), or a state's own ground, air or sea ("Pakistani
    territory"); plural acts of force ("Russian airstrikes") are the state's forces, a group
    of their own (``agents``)."""
    from storyline.actors.agents import event_nouns, party_nouns, proposal_nouns
    from storyline.events.triggers import load_lexicon

    head = tok.head
    if tok.dep_ == "conj" and head.dep_ == "amod" and head.i < tok.i:
        return _qualifies_event(head)  # "Israeli and American strikes": both
    if (
        tok.dep_ in ("amod", "compound")
        and head.i > tok.i
        and head.lemma_.lower() in load_lexicon().border_nouns
    ):
        return True  # "near the Kuwaiti border": the state on its far side
    if tok.dep_ != "amod" or head.pos_ != "NOUN" or not head.is_lower or head.i < tok.i:
        return False
    if head.lemma_.lower() in (_lexicon().get("side_heads") or ()):
        return True  # "the Armenian side said", "to the Armenian side of the border": Armenia
    if (
        head.lower_ in (_lexicon().get("sovereign_nouns") or ())
        and head.i == tok.i + 1
        and not any(c.lower_ in ("former", "ex") for c in head.children)
        and not _where_a_verb_acts(head)
    ):
        # "an attack on Pakistani territory", "violated Turkish airspace" (not "Albanian
        # rebel-held territory", the rebels', nor "former Soviet soil")
        return True
    if head.lemma_.lower() in proposal_nouns():
        return True  # "a South Korean proposal": South Korea's
    nouns = event_nouns()
    found = [nouns[f] for f in (head.lower_, head.lemma_.lower()) if f in nouns]
    if found:
        return not (head.tag_ == "NNS" and any(found))
    noun = head.lemma_.lower()
    if noun in load_lexicon().traded_fuels:
        return True  # "the first shipment of Iranian natural gas to Turkey": Iran's
    return noun in load_lexicon().instruments and noun not in party_nouns()


def _where_a_verb_acts(noun: Token) -> bool:
    """Whether a noun is the object of a preposition on a verb that does not aim at it
    ("deployed troops on Finnish territory": where; not "fired missiles at Turkish soil")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return prep.head.lemma_.lower() not in (_lexicon().get("aiming_verbs") or ())


def _lexicon() -> Mapping:
    return (load_packaged("actors.yaml") or {}).get("lexicon") or {}


def _names_a_model(doc: Doc, end: int, lexicon: Mapping) -> bool:
    """Whether a name ending before ``end`` ends in a model designation (letters and digits:
    "F-16", "Su-24") of the armed machines named right after it ("Turkish F-16 jets")."""
    machines = {*(lexicon.get("machine_nouns") or ()), *(lexicon.get("aircraft_nouns") or ())}
    last = doc[end - 1].text
    return (
        end < len(doc)
        and any(ch.isdigit() for ch in last)
        and any(ch.isalpha() for ch in last)
        and doc[end].lemma_.lower() in machines
    )


def is_mission(noun: Token, lexicon: Mapping | None = None) -> bool:
    """Whether a noun is a state's diplomatic mission ("embassy", ``mission_nouns`` of
    ``lexicon``, a registry's, or of the packaged one)."""
    return noun.lower_ in ((_lexicon() if lexicon is None else lexicon).get("mission_nouns") or ())


def is_place_noun(noun: Token, lexicon: Mapping | None = None) -> bool:
    """Whether a noun is a common noun of a place ("ports", "islands", ``place_nouns`` of
    ``lexicon``, a registry's, or of the packaged one)."""
    nouns = (_lexicon() if lexicon is None else lexicon).get("place_nouns") or ()
    return noun.lemma_.lower() in nouns or noun.lower_.removesuffix("s") in nouns


def mission_objects(verb: Token) -> list[Token]:
    """The diplomatic missions a verb has as its object ("opened the American embassy")."""
    return [obj for obj in verb.children if obj.dep_ == "dobj" and is_mission(obj)]


def sovereign_owner_words(verb: Token) -> list[Token]:
    """The words before the territory, airspace or waters a verb has as its object that may
    name whose they are ("violated Turkish airspace": "Turkish")."""
    sovereign = _lexicon().get("sovereign_nouns") or ()
    return [
        mod
        for obj in verb.children
        if obj.dep_ == "dobj" and obj.lower_ in sovereign
        for mod in obj.lefts
        if mod.dep_ in ("amod", "compound")
    ]


@dataclass(slots=True)
class Candidate:
    """A span that may refer to an actor, and what kind of reference it is."""

    start: int  # token indices, end exclusive
    end: int
    kind: str  # entry, demonym, capital, person, org, surname, role, roles, pronoun, pair, sides,
    # fixed, nominal, relative, agent, counted ("counted": "the four countries", key = the
    # count; "roles": a plural role noun for several countries, ids =
    # their codes; "nominal": "the company", key = organization or country; "relative":
    # "which"; "agent": "police", key = sector code, qualifier = country; "apposed": an agent
    # or nominal noun with a body's name beside it, name_start = the name's token)
    ids: list[str] = field(default_factory=list)  # registry ids (entry/demonym/capital/fixed);
    # for "agent", further countries conjoined before the noun ("Indian and Pakistani troops")
    key: str = ""  # surname, role form, pronoun or unknown name
    honorific: str | None = None  # "Mr.", "Chairman" before a surname
    qualifier: str | None = None  # country qualifying a role noun ("the North Korean leader")
    name_start: int = -1  # where the name proper starts (after the absorbed title words)


def _named_beside(tok: Token, named: Collection[int]) -> int | None:
    """The token of a name of a body (no person) beside a describing noun: in apposition
    ("the militant group Hamas", "Hezbollah, the Shiite militia") or right after it ("The
    rebel group RUF seized ...", which the parser may read as a relative clause's subject);
    else None."""
    beside = [c.i for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        beside.append(tok.head.i)
    if tok.tag_ == "NN" and tok.whitespace_ and tok.i + 1 < len(tok.doc):
        if tok.doc[tok.i + 1].pos_ == "PROPN":
            beside.append(tok.i + 1)
    return next((i for i in beside if i in named), None)


def plural(form: str) -> str:
    """Plural of a role noun phrase: "foreign minister" -> "foreign ministers",
    "secretary of state" -> "secretaries of state"."""
    words = form.split()
    i = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[i]
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    else:
        word += "s"
    return " ".join([*words[:i], word, *words[i + 1 :]])


def _variants(alias: str) -> list[str]:
    if alias.startswith("the "):
        return [alias, "The " + alias[4:]]
    return [alias]


def matchers(registry: Registry, doc: Doc) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Case-aware alias matcher and lowercase phrase matcher, built once per vocab."""
    cache_key = ("matchers", id(doc.vocab))
    if cache_key in registry.cache:
        return registry.cache[cache_key]
    nlp = spacy.blank("en", vocab=doc.vocab)
    exact = PhraseMatcher(doc.vocab, attr="ORTH")
    by_label: dict[str, list[str]] = {}
    for alias, entry_id in registry.aliases():
        for text in _variants(alias):
            by_label.setdefault(f"A|{entry_id}", []).append(text)
    for entry in registry.entries.values():
        for dem in entry.demonyms:
            by_label.setdefault(f"D|{entry.id}", []).append(dem)
            if dem.endswith("s") is False:
                by_label[f"D|{entry.id}"].append("the " + dem + "s")
        for city in (entry.capital, *entry.seats) if entry.capital else entry.seats:
            by_label.setdefault(f"P|{entry.id}", []).append(city)
    for name in registry.place_names():
        by_label.setdefault("L|place", []).append(name)
    for label, texts in by_label.items():
        exact.add(label, list(nlp.tokenizer.pipe(dict.fromkeys(texts))))
    lower = PhraseMatcher(doc.vocab, attr="LOWER")
    lexicon = registry.lexicon
    for form in registry.role_forms():
        lower.add(f"R|{form}", [nlp.make_doc(form)])
        lower.add(f"S|{form}", [nlp.make_doc(plural(form))])
    for phrase in lexicon.get("person_pairs", []):
        lower.add("G|pair", [nlp.make_doc(phrase)])
    for phrase in lexicon.get("side_pairs", []):
        lower.add("G|sides", [nlp.make_doc(phrase)])
    for phrase, codes in (lexicon.get("fixed_groups") or {}).items():
        lower.add("F|" + ",".join(codes), [nlp.make_doc(phrase)])
    registry.cache[cache_key] = (exact, lower)
    return exact, lower


def _is_agent(token: Token, registry: Registry) -> bool:
    """A capital used for the state: subject, possessor, or partner/agent of an action."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _SUBJECT_DEPS:
        return True
    if token.dep_ == "pobj":
        prep = token.head
        envoys = registry.lexicon.get("envoy_nouns", [])
        if prep.lower_ == "from" and prep.head.pos_ == "NOUN":
            # "a request from Pyongyang", "its ambassador from Tehran", "demanded an
            # explanation from Washington"
            thing = prep.head
            return (
                _done_by_from(thing)
                or thing.lower_ in envoys
                or (
                    thing.dep_ == "dobj"
                    and thing.head.lemma_.lower() in registry.lexicon.get("asking_verbs", [])
                )
            )
        if prep.lower_ == "from" and prep.head.pos_ == "VERB":  # "drew criticism from Beijing",
            # "recalled its ambassador from Tehran"
            return any(
                c.dep_ == "dobj" and (_done_by_from(c) or c.lower_ in envoys)
                for c in prep.head.children
            )
        if prep.lower_ in ("on", "upon"):  # "called on Belgrade", "put pressure on Moscow"
            pressing = set(registry.lexicon.get("pressing_words", []))
            carriers = [prep.head] + [c for c in prep.head.children if c.dep_ == "dobj"]
            # not "called off their march on Bucharest": a particle makes another verb
            return not any(c.dep_ == "prt" for c in prep.head.children) and any(
                t.lemma_.lower() in pressing for t in carriers
            )
        if prep.lower_ == "to":  # "protested to Washington"
            verb = prep.head
            addressed = registry.lexicon.get("addressed_nouns", [])
            if any(  # "its plea to Washington", "renewed its plea to Washington"
                t.lemma_.lower() in addressed
                for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            ):
                return True
            if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                verb = verb.head  # "extended assistance to Harare", "wrote a letter to Washington"
            if verb.pos_ == "VERB":
                return verb.lemma_.lower() in registry.lexicon.get("addressing_verbs", [])
        return prep.lower_ in registry.lexicon.get("agent_prepositions", [])
    if token.dep_ == "dobj":
        return token.head.lemma_ not in registry.lexicon.get("motion_verbs", [])
    return token.dep_ == "dative"  # "promised Ankara closer cooperation": to whom


def _done_by_from(noun: Token) -> bool:
    """Whether an event noun's "from" phrase names its doer ("a request from Pyongyang",
    "criticism from Beijing"; not "a withdrawal from Kabul"): the events stage's
    ``from_agent_types``."""
    from storyline.events.triggers import load_lexicon, noun_rules

    rules = noun_rules(noun)
    return bool(rules) and rules[0].type in load_lexicon().from_agent_types


def _is_place(span: Span, registry: Registry) -> bool:
    """A country name used as a location ("in North Korea"; not "fired missiles at Israel",
    whom they were aimed at)."""
    token = span.root
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "at" and prep.head.lemma_.lower() in registry.lexicon.get("aiming_verbs", []):
        return False
    return prep.lower_ in registry.lexicon.get("place_prepositions", [])


_CONTEXT_STATES = "storyline_context_states"  # doc.user_data: context alias -> country id


def state_entry(text: str, doc: Doc, registry: Registry) -> Entry | None:
    """The country a name, alias or demonym names, or a context alias the document bears
    out ("Congo" in a story that names the Congolese or Kinshasa)."""
    entry = registry.country_entry(text)
    if entry is not None:
        return entry
    code = (doc.user_data.get(_CONTEXT_STATES) or {}).get(text)
    return registry.entries.get(code) if code else None


def _context_holds(
    needed: str,
    country: str | None,
    doc: Doc,
    registry: Registry,
    name: str = "",
    bodies: Collection[str] = (),
) -> bool:
    """Whether a document names what a context alias needs: the word or word stem itself,
    the body's full ``name`` ("the Rapid Support Forces ... the RSF"), for a body of one
    country a place in that country ("Solidarity leaders ... in Gdansk"), or one of the
    countries of the ``bodies`` it names ("Congo's government and the M23 rebel group")."""
    if needed in doc.text or (name and name in doc.text):
        return True
    if country is None:
        return False
    return country in bodies or any(
        (place := registry.place(ent.text)) is not None and place.country == country
        for ent in doc.ents
        if ent.label_ == "GPE"
    )


def is_firm_name(name: str, registry: Registry) -> bool:
    """Whether an organisation's name of several words is a firm's (``business_name_words``:
    "Singapore Airlines", "Air India"; not "the Indian Air Force")."""
    words = [w.lower() for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2:
        return False
    business = set(registry.lexicon.get("business_name_words") or ())
    if words[0] == "air":
        return len(words) == 2
    return any(w in business and w != "air" for w in words[1:])


def _joined_surnames(text: str, surnames: set[str]) -> bool:
    parts = [p for p in text.replace("–", "-").split("-") if p]
    return len(parts) > 1 and all(p in surnames for p in parts)


def _registry_spans(doc: Doc, registry: Registry) -> list[tuple[Span, Candidate]]:
    exact, lower = matchers(registry, doc)
    persons = [
        doc[e.start : e.end - 1] if doc[e.end - 1].text in {"'s", "’s"} else e
        for e in doc.ents
        if e.label_ == "PERSON"
    ]
    # (not a dateline's date the model read into the name: "Oct 4 - Turkey warned"; nor a
    # title of more than one word: "Crown Prince Mohammed bin Salman" holds the name whole)
    titles = set(registry.lexicon.get("honorifics") or {}) | set(registry.honorifics())
    persons = [doc[slice(*_trim_name(doc, *_after_titles(doc, p, titles)))] for p in persons]
    # (without an article the model read into the name: "the Korean Air Lines jet")
    firms = [
        e[1:] if e[0].lower_ == "the" else e
        for e in doc.ents
        if e.label_ == "ORG" and is_firm_name(e.text, registry)
    ]
    found: list[tuple[Span, Candidate]] = []
    matches = [(doc.vocab.strings[m], s, e) for m, s, e in exact(doc)]
    named: set[str] | None = None  # the states the document names, read when needed
    bodies: set[str] | None = None  # ... and the states of the bodies it names
    for label, start, end in matches:
        kind, entry_id = label.split("|", 1)
        span = doc[start:end]
        if kind == "A" and _tail_of_other_name(doc, start, end, entry_id, matches, registry):
            continue  # "Congress" of "Britain's Trades Union Congress" or "Philippine Congress"
        if any(
            p.start <= start and end <= p.end and (p.end - p.start) > (end - start) for p in persons
        ):
            continue  # "Jordan" inside "Michael Jordan"
        if any(f.start <= start and end <= f.end and f.end - f.start > end - start for f in firms):
            continue  # "Singapore" inside "Singapore Airlines": the firm acts
        if kind == "A":
            entry = registry.entries[entry_id]
            if entry.homonym_states and span.text in (entry.name, *entry.aliases):
                named = named if named is not None else _named_states(doc, matches, registry)
                homonyms = named & set(entry.homonym_states)
                if entry.country not in named and homonyms:
                    # "Congress" in a story of Brazil that names no United States: Brazil's
                    # body of that kind when the story names one such state
                    if len(homonyms) == 1:
                        (state,) = homonyms
                        body = entry.homonym_states[state]
                        found.append(
                            (span, Candidate(start, end, "entry", [body], key=body))
                            if body in registry.entries
                            else (span, Candidate(start, end, "agent", key=body, qualifier=state))
                        )
                    continue
            if entry.kind == "person" and _names_a_site(
                doc[end - 1], registry.lexicon, named_site=True
            ):
                continue  # "landed at Ben Gurion airport": the airport, not the man
            needed = entry.context_aliases.get(span.text)
            if needed is not None and entry.kind == "country" and bodies is None:
                bodies = _countries_of_bodies(doc, matches, registry)
            if needed is not None and not _context_holds(
                needed,
                entry.country,
                doc,
                registry,
                # the full name, when it is more than the alias ("Solidarity" is both)
                entry.name if entry.kind != "country" and entry.name != span.text else "",
                bodies if entry.kind == "country" and bodies is not None else (),
            ):
                continue
            if needed is not None and entry.kind == "country":
                doc.user_data.setdefault(_CONTEXT_STATES, {})[span.text] = entry_id
            if needed is not None and end < len(doc) and doc[end].is_title:
                continue  # "the North" of "the North Korean leader"
            if entry.kind == "country" and _region_adjective(
                doc, start, end, registry, "region_names"
            ):
                continue  # "a victory for Latin America": no United States
            if entry.kind == "country" and _is_place(span, registry):
                found.append((span, Candidate(start, end, "place", key=span.text)))
                continue
            found.append((span, Candidate(start, end, "entry", [entry_id], key=span.text)))
        elif kind == "D":
            if tribe_named(doc[start], registry):
                continue  # "Mohawk Indians": a native people, not India's
            if _region_adjective(doc, start, end, registry):
                continue  # "the Central American peace plan": no American one
            last = doc[end - 1]
            # (so is one joined to such a modifier: "froze Iraqi and Kuwaiti assets")
            modifier = last.head if last.dep_ == "conj" and last.head.i < last.i else last
            if (
                modifier.dep_ in {"amod", "compound", "nmod"} or last.pos_ not in {"NOUN", "PROPN"}
            ) and not _qualifies_event(last):
                continue
            found.append((span, Candidate(start, end, "demonym", [entry_id], key=span.text)))
        elif kind == "P" and _is_agent(doc[end - 1], registry):
            found.append((span, Candidate(start, end, "capital", [entry_id], key=span.text)))
        elif kind in {"P", "L"}:
            found.append((span, Candidate(start, end, "place", key=span.text)))
    for match_id, start, end in lower(doc):
        label = doc.vocab.strings[match_id]
        kind, rest = label.split("|", 1)
        span = doc[start:end]
        if kind == "F":
            found.append((span, Candidate(start, end, "fixed", rest.split(","), key=span.text)))
        elif kind == "G":
            if (
                span.text.lower() == "the two"
                and end < len(doc)
                and doc[end].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
            ):
                continue
            if rest == "pair" and end < len(doc) and doc[end].lower_ == "of":
                continue  # "the leaders of Iran and Iraq": the phrase says whose
            found.append((span, Candidate(start, end, rest, key=span.text.lower())))
    found += _modified_side_pairs(doc, registry, [c for _, c in found if c.kind == "sides"])
    found += _counted_groups(doc, registry)
    return found


def _counted_groups(doc: Doc, registry: Registry) -> list[tuple[Span, Candidate]]:
    """Phrases counting a listed group of states ("the four countries", "the three
    governments"): a side noun with "the" and a count of ``counted_side_numbers``; key = the
    count; or of people ("the three leaders", ``counted_people_nouns``): key "people:" and the
    count."""
    nouns = set(registry.lexicon.get("side_nouns") or ())
    people = set(registry.lexicon.get("counted_people_nouns") or ())
    counts = {
        str(k): int(v) for k, v in (registry.lexicon.get("counted_side_numbers") or {}).items()
    }
    found: list[tuple[Span, Candidate]] = []
    for token in doc:
        if token.lower_ not in nouns | people or token.tag_ not in ("NNS", "NNPS"):
            continue
        count = next((c for c in token.children if c.dep_ == "nummod" and c.lower_ in counts), None)
        det = next((c for c in token.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if count is None or det is None or not det.i < count.i == token.i - 1:
            continue  # (not "the ten ASEAN member states": the phrase names its group)
        span = doc[det.i : token.i + 1]
        # ("the three leaders": people, key "people:3")
        key = ("people:" if token.lower_ in people else "") + str(counts[count.lower_])
        found.append((span, Candidate(det.i, token.i + 1, "counted", key=key)))
    return found


def _modified_side_pairs(
    doc: Doc, registry: Registry, matched: list[Candidate]
) -> list[tuple[Span, Candidate]]:
    """Pair phrases with words between "the two" and the noun ("the two former Cold War
    rivals", "the two communist neighbours"): the noun one of ``side_nouns``."""
    nouns = set(registry.lexicon.get("side_nouns") or ())
    found: list[tuple[Span, Candidate]] = []
    for token in doc:
        if token.lower_ not in nouns or token.tag_ not in ("NNS", "NNPS"):
            continue
        two = next((c for c in token.children if c.dep_ == "nummod" and c.lower_ == "two"), None)
        det = next((c for c in token.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if two is None or det is None or not det.i < two.i < token.i - 1:
            continue  # "the two rivals" is a listed phrase
        if any(c.start <= token.i < c.end for c in matched):
            continue
        span = doc[det.i : token.i + 1]
        found.append((span, Candidate(det.i, token.i + 1, "sides", key=span.text.lower())))
    return found


def _named_states(doc: Doc, matches: list[tuple[str, int, int]], registry: Registry) -> set[str]:
    """The states a document names by name, people's name, capital or another place of the
    gazetteer ("Gaza": Palestine)."""
    named: set[str] = set()
    for label, start, end in matches:
        kind, entry_id = label.split("|", 1)
        entry = registry.entries.get(entry_id)
        if kind in ("A", "D", "P") and entry is not None and entry.kind == "country":
            named.add(entry.id)
        elif kind == "L" and (place := registry.place(doc[start:end].text)) and place.country:
            named.add(place.country)
    return named


def _countries_of_bodies(
    doc: Doc, matches: list[tuple[str, int, int]], registry: Registry
) -> set[str]:
    """The states of the bodies and people a document names by a name that needs no context
    ("the M23 rebel group": Congo), and of the capitals and places of the gazetteer it names
    ("Kinshasa", "Goma")."""
    states: set[str] = set()
    for label, start, end in matches:
        kind, entry_id = label.split("|", 1)
        entry = registry.entries.get(entry_id)
        text = doc[start:end].text
        if kind == "A" and entry is not None and entry.kind != "country":
            if entry.country and text not in entry.context_aliases:
                states.add(entry.country)
        elif kind == "P" and entry is not None:
            states.add(entry.id)  # its capital or seat ("Kinshasa")
        elif kind == "L" and (place := registry.place(text)) and place.country:
            states.add(place.country)
    return states


def _tail_of_other_name(
    doc: Doc,
    start: int,
    end: int,
    entry_id: str,
    matches: list[tuple[str, int, int]],
    registry: Registry,
) -> bool:
    """Whether an organisation's alias ends a longer capitalised name that is not the
    organisation's: the word before it modifies it and is neither a known name nor a name of
    the organisation's own country ("Trades Union Congress", "Philippine Congress"; not "U.S.
    Congress", "UN Security Council")."""
    entry = registry.entries[entry_id]
    if entry.kind != "organization":
        return False
    if entry.country is not None and _owned_by_other(doc[start:end], entry, registry):
        return True  # "Pakistan's National Assembly", "Ecuador's Congress", "Congress in Manila"
    if start == 0:
        return False
    before = doc[start - 1]
    if not (before.is_title or before.is_upper) or before.head.i not in range(start, end):
        return False
    if before.pos_ not in {"PROPN", "ADJ"} or before.dep_ not in {"compound", "amod", "nmod"}:
        return False
    if start >= 2 and doc[start - 2].text in {"-", "–"}:
        return False  # "the pro-Iranian Hizbollah": a stance, not a name
    covering = [(lab, s, e) for lab, s, e in matches if s < start <= e and (s, e) != (start, end)]
    if not covering:
        return True
    for label, s, e in covering:
        kind, other = label.split("|", 1)
        if kind == "L":
            return False
        if other in (entry_id, entry.country):
            return False
        cover = registry.entries[other]
        if entry.country is not None and cover.country == entry.country:
            return False
        if cover.kind == "organization":
            # "UN Security Council": a body of a body; but "Turkey's National Security
            # Council" is Turkey's, neither the American one nor the UN's
            return cover.country is not None and _owned_by_other(doc[s:e], cover, registry)
    return True


def _owned_by_other(span: Span, entry: Entry, registry: Registry) -> bool:
    """Whether a possessor ("Ecuador's Congress") or, for a state body named without its
    state, the place it sits in ("the National Assembly in Managua"; not "the PLO in
    Washington") names another state than the entry's."""
    code = possessor_state(span, registry)
    if code is None and _unstated_state_body(span, entry, registry):
        code = _seat_state(span, registry)
    return code is not None and code != entry.country


def _unstated_state_body(span: Span, entry: Entry, registry: Registry) -> bool:
    """Whether a name of a state body says no state ("Congress", "the National Assembly";
    not "U.S. Congress" or an acronym)."""
    if entry.sector not in (registry.lexicon.get("placed_org_sectors") or ()):
        return False
    if span.text.isupper():
        return False
    return not any(
        registry.country_entry(t.text) is not None or registry.country_of_demonym(t.text)
        for t in span
    )


def _seat_state(span: Span, registry: Registry) -> str | None:
    """The state of the place an "in" phrase after a name puts it in ("Congress in
    Manila")."""
    heads = [t for t in span if t.head.i not in range(span.start, span.end)]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            text = span.doc[obj.left_edge.i : obj.i + 1].text
            text = text[4:] if text.lower().startswith("the ") else text
            entry = registry.country_entry(text)
            if entry is not None and entry.kind == "country":
                return entry.id
            if code := registry.country_of_place(text):
                return code
    return None


def possessor_state(
    span: Span, registry: Registry, places: bool = True, organisations: bool = False
) -> str | None:
    """The state a possessive before a name names ("Ecuador's Congress"; with ``places``, also
    a place's state; with ``organisations``, the country of the one registry organisation it
    names: "the PLO's Central Council")."""
    heads = [t for t in span if t.head.i not in range(span.start, span.end)]
    for owner in (c for h in heads for c in h.children if c.dep_ == "poss" and c.i < span.start):
        text = span.doc[owner.left_edge.i : owner.i + 1].text
        entry = state_entry(text, span.doc, registry)
        if entry is not None and entry.kind == "country":
            return entry.id
        if places and (code := registry.country_of_place(text)):
            return code
        if organisations:
            name = text[4:] if text.lower().startswith("the ") else text
            countries = {e.country for e in registry.candidates(name) if e.kind == "organization"}
            if len(countries) == 1:
                return countries.pop()
    return None


def _verb_s_of_phrase(noun: Token, registry: Registry) -> bool:
    """Whether a noun is the object of a verb whose "of" phrase names what the object is
    accused or told of ("accused the president of trusting Moscow")."""
    verbs = registry.lexicon.get("of_phrase_verbs") or ()
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs


def _role_candidates(doc: Doc, registry: Registry, taken: set[int]) -> list[Candidate]:
    """Role nouns with a definite article: "the secretary of state", "the North Korean leader"."""
    _, lower = matchers(registry, doc)
    spans = [doc[s:e] for m, s, e in lower(doc) if doc.vocab.strings[m].startswith("R|")]
    out = []
    descriptors = frozenset(registry.lexicon.get("role_descriptors") or ())
    for span in filter_spans(spans):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].is_title:
            continue  # a title before a name, handled with the name
        if span.end < len(doc) and doc[span.end].lower_ in {"-", "'s"} and span.end + 1 < len(doc):
            if doc[span.end].lower_ == "-":
                continue
        j, qualifier = span.start - 1, None
        while j >= 0 and j >= span.sent.start:
            tok = doc[j]
            if tok.lower_ in descriptors:  # "the regional governor"
                j -= 1
                continue
            country = registry.country_of_demonym(tok.text) if tok.is_title else None
            if country is None and j >= 1:
                pair = doc[j - 1 : j + 1].text
                country = registry.country_of_demonym(pair)
                if country:
                    j -= 1
            if country:
                qualifier = country
                j -= 1
                continue
            break
        if qualifier is None and j >= 1 and doc[j].lower_ == "'s":
            # "Nepal's prime minister": that country's office holder, as "the Nepalese ..."
            owner = possessor_state(span, registry, places=False)
            if owner is not None:
                out.append(
                    Candidate(span.start, span.end, "role", key=span.text.lower(), qualifier=owner)
                )
            continue
        if j < 0 or doc[j].lower_ != "the":
            continue
        if (
            span.end + 1 < len(doc)
            and doc[span.end].lower_ == "of"
            and not _verb_s_of_phrase(span.root, registry)
        ):
            nxt = doc[span.end + 1 : span.end + 4]
            target = next(
                (
                    registry.country_entry(nxt[:k].text)
                    for k in (3, 2, 1)
                    if k <= len(nxt) and registry.country_entry(nxt[:k].text)
                ),
                None,
            )
            code = target.id if target is not None else None
            if code is None:  # "the mayor of Sarajevo": the country of the place
                code = next(
                    (
                        found
                        for k in (3, 2, 1)
                        if k <= len(nxt) and (found := registry.country_of_place(nxt[:k].text))
                    ),
                    None,
                )
            if code is None:
                continue
            qualifier = code
        out.append(Candidate(j, span.end, "role", key=span.text.lower(), qualifier=qualifier))
    return out


def _extend_left(
    doc: Doc,
    span_start: int,
    span_end: int,
    blocked: dict[int, Candidate],
    absorbable: dict[int, Candidate],
) -> int:
    """Start of the mention once the title words before a name are included."""
    root = doc[span_start:span_end].root
    j = span_start - 1
    while j >= root.left_edge.i and j >= doc[span_start].sent.start:
        tok = doc[j]
        if j in absorbable:
            j = absorbable[j].start - 1
            continue
        if j in blocked or tok.dep_ in _STOP_DEPS or tok.pos_ in {"VERB", "AUX", "PRON"}:
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            break
        if root.i not in {a.i for a in tok.ancestors}:
            break
        j -= 1
    return j + 1


def _after_titles(doc: Doc, span: Span, honorifics: Collection[str]) -> tuple[int, int]:
    """The bounds of a name span without the titles of one or more words opening it ("Crown
    Prince", "Prime Minister")."""
    start, end = span.start, span.end
    while True:
        size = next(
            (n for n in (3, 2, 1) if start + n < end and doc[start : start + n].text in honorifics),
            0,
        )
        if not size:
            return start, end
        start += size


def _strip(doc: Doc, start: int, end: int, honorifics: set[str]) -> tuple[int, int]:
    while start < end and (doc[start].text in honorifics or doc[start].lower_ == "the"):
        start += 1
    while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
        end -= 1
    return start, end


def _leader_read_as_noun(tok: Token, name: str, registry: Registry) -> bool:
    """ "Trump met Kim in Hanoi": a capitalised subject opening the sentence and followed by
    its verb, tagged as a common noun ("trump"), that is the family name of a registry head
    of state or government (``prominent_titles``)."""
    if tok.pos_ != "NOUN" or not tok.is_sent_start or not tok.is_title:
        return False
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.i != tok.i + 1:
        return False  # its verb right after it
    if verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound"):
        return False  # a noun the tagger took for a verb: "Price increases ... were rescinded"
    top = set(registry.lexicon.get("prominent_titles") or ())
    return any(r.title in top for p in registry.people_with_surname(name) for r in p.roles)


def _ends_title(
    doc: Doc, start: int, end: int, honorifics: Collection[str], role_forms: Collection[str]
) -> bool:
    """Whether a name closes a title with the words before it ("Secretary of State",
    "Minister of Defence")."""
    for first in range(max(0, start - 3), start):
        words = doc[first:end].text
        if words in honorifics or words.lower() in role_forms:
            return True
    return False


def _trim_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop words at either edge of an NER name that cannot be part of it: lower-case words
    and punctuation ("comedian Ellen DeGeneres", "Warren Jeffs found guilty" in headlines)."""

    def namey(tok: Token) -> bool:
        return tok.text[:1].isupper() or tok.text[:1].isdigit()

    def attached(tok: Token) -> bool:  # "Min-soo": the word goes on without a space
        return tok.i > start and not doc[tok.i - 1].whitespace_

    for i in range(start + 1, end - 1):
        if doc[i].text in _DATELINE_MARKS and doc[i - 1].whitespace_ and doc[i].whitespace_:
            start = i + 1  # "ANKARA, Oct 4 - Turkey warned": the dateline's date, then a name
    while start < end and not namey(doc[start]):
        start += 1
    while end > start and not namey(doc[end - 1]) and not attached(doc[end - 1]):
        end -= 1
    return start, end


_DASH = {"-", "–"}
_NAMING_ENTITIES = {"PERSON", "GPE", "NORP"}


def _dateline_word(doc: Doc, start: int, end: int) -> bool:
    """Whether a span opens its sentence before a dash, comma or bracket, as a dateline's
    town does ("ISTANBUL —"; not "The GAO declined")."""
    return doc[start].is_sent_start and end < len(doc) and doc[end].text in _DATELINE_MARKS


_DATELINE_MARKS = frozenset({"—", "–", "-", "--", ",", "("})


def _dateline_town(doc: Doc, start: int, registry: Registry) -> bool:
    """Whether the capitalised words opening a sentence at ``start`` name a known town before
    a dateline's dash, comma or bracket ("KUALA LUMPUR (Oct. 26) -")."""
    end = start
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    return (
        end > start
        and _dateline_word(doc, start, end)
        and registry.place(doc[start:end].text) is not None
    )


def _known_place(name: str, registry: Registry) -> bool:
    """Whether a name is a country's or a gazetteer place's."""
    return registry.country_entry(name) is not None or registry.country_of_place(name) is not None


def _surname_ok(doc: Doc, tok: Token, surnames: Collection[str]) -> bool:
    if not tok.is_title and not tok.text.isupper():
        return False
    if tok.pos_ not in {"PROPN", "NOUN"} and not tok.ent_type_:
        return False
    if tok.ent_type_ == "NORP" and (tok.pos_ == "ADJ" or tok.head.pos_ == "NOUN"):
        return False  # "Christian and Muslim militias": no President Christian
    dash_after = tok.i + 1 < len(doc) and doc[tok.i + 1].text in _DASH
    dash_before = tok.i > 0 and doc[tok.i - 1].text in _DASH
    glued = _glued_word(doc, tok, dash_after, dash_before)
    if glued is not None and glued.text not in surnames and glued.ent_type_ not in _NAMING_ENTITIES:
        return False  # "Wi-Fi" is no Wi; "the Trump-Kim summit" names two people
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not (dash_after or dash_before):
        return False  # "the Kim dynasty"
    return True


_PLACE_NAME_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _names_a_site(last: Token, lexicon: Mapping, named_site: bool = False) -> bool:
    """Whether a name's last word modifies a lower-case noun of a site after it
    (``site_nouns``: "the al-Aqsa mosque compound", "the Zaporizhzhia power plant"); with
    ``named_site``, a capitalised one too, through the words of the site's name ("Ben
    Gurion airport", "Jomo Kenyatta International Airport")."""
    head = last.head
    while head.dep_ == "compound" and head.head.i > head.i and head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "mosque" of "mosque compound"
    return (
        last.dep_ == "compound"
        and head.i > last.i
        and (head.is_lower or named_site)
        and head.lemma_.lower() in (lexicon.get("site_nouns") or ())
    )


def _capitalised_modifier(tok: Token, lexicon: Mapping) -> bool:
    """Whether a word the model took for a one-word name only opens the sentence as the
    modifier of a group noun ("Riot police fired tear gas", "Border police"): a capitalised
    common word, not a person. Names the registry knows ("Aidid militiamen") are read as
    surnames before this test is asked."""
    return (
        tok.is_sent_start
        and tok.dep_ == "compound"
        and tok.head.i == tok.i + 1
        and tok.head.lower_ in (lexicon.get("agent_nouns") or {})
    )


def _in_landform_name(tok: Token, lexicon: Mapping) -> bool:
    """Whether a word modifies a landform's word in a name ("the Second Thomas Shoal", "the
    Spratly Islands"; ``landform_words``), which no tagger need know as a place."""
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return (
        tok.dep_ == "compound"
        and head.i > tok.i
        and head.is_title
        and head.lower_ in (lexicon.get("landform_words") or ())
    )


def _in_place_name(tok: Token, honorifics: Collection[str]) -> bool:
    """Whether ``tok`` is inside a name the parser tagged a place ("Santa Cruz", "Port
    Said"), not a titled name it mistook for one ("King Fahd")."""
    if tok.ent_type_ not in _PLACE_NAME_ENTITIES or tok.ent_iob_ != "I":
        return False
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return span is not None and span[0].text not in honorifics


def _glued_word(doc: Doc, tok: Token, dash_after: bool, dash_before: bool) -> Token | None:
    """The word a hyphen joins to ``tok`` with no space ("Wi-Fi": "Fi"), if any."""
    if dash_after and not tok.whitespace_ and tok.i + 2 < len(doc):
        return doc[tok.i + 2]
    if dash_before and not doc[tok.i - 1].whitespace_ and tok.i > 1:
        return doc[tok.i - 2]
    return None


def find_candidates(doc: Doc, registry: Registry) -> list[Candidate]:
    """Every actor-reference candidate in ``doc``, non-overlapping, in text order."""
    lexicon = registry.lexicon
    generic = dict(lexicon.get("honorifics") or {})
    honorifics = set(generic) | set(registry.honorifics())
    patronymics = frozenset(lexicon.get("patronymic_particles") or ())
    pairs = _registry_spans(doc, registry)
    kept = filter_spans([s for s, _ in pairs])
    by_span: dict[tuple[int, int], Candidate] = {}
    for span, cand in pairs:  # a bare place never hides a capital or country reading
        if cand.kind != "place" or (span.start, span.end) not in by_span:
            by_span[(span.start, span.end)] = cand
    cands = [by_span[(s.start, s.end)] for s in kept]
    capital_surnames = registry.capital_surnames()
    cands = [c for c in cands if not _titled_capital(doc, c, capital_surnames, honorifics)]
    ships = frozenset(lexicon.get("ship_words") or ())
    cands = [c for c in cands if not _ship_name(doc, c.start, ships)]
    registry_surnames = registry.surnames()
    # unknown people and organisations from NER
    taken = {i for c in cands for i in range(c.start, c.end)}
    # "fired Scud missiles", "Patriot missile batteries": a weapon's name is no one's
    weapons = {str(w).lower() for w in lexicon.get("weapon_names") or ()}
    taken |= {t.i for t in doc if t.lower_ in weapons and t.text[:1].isupper()}
    taken |= {
        i
        for ent in doc.ents
        if _ship_name(doc, ent.start, ships)
        for i in range(ent.start, ent.end)
    }
    # family names of people the model found by full name ("Ruth Calloway ... Calloway said":
    # the second is hers, even when the model took it for an organisation)
    role_forms = frozenset(registry.role_forms())
    family_first = set(lexicon.get("family_names_first", []))
    named_families = {
        family_name_of(ent.text, family_first)
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2
    }
    regions = frozenset(lexicon.get("region_adjectives") or ())
    body_heads = frozenset(lexicon.get("body_name_heads") or ())
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"} and not _misread_person(ent, registry):
            continue
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in body_heads:
            # "The Tigray People's Liberation Front": a body's name
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if (
            ent.label_ == "ORG"
            and len(ent) == 1
            and ent.end < len(doc)
            and (doc[ent.end].text in honorifics or f"{ent.text} {doc[ent.end].text}" in honorifics)
        ):
            continue  # "Interior Minister Ali Baba": the portfolio of a title, no body
        start, end = _strip(doc, ent.start, ent.end, honorifics)
        start, end = _trim_name(doc, start, end)
        if end <= start or any(i in taken for i in range(start, end)):
            continue
        text = doc[start:end].text
        if not any(ch.isupper() for ch in text) or len(text) < 2:
            continue
        if text.isupper() and _dateline_town(doc, start, registry):
            continue  # "KUALA LUMPUR (Oct. 26) -", "DOHA (Reuters) -": the model took a
            # dateline's town, or a part of it, for a body or a person
        bare = text.removesuffix("’s").removesuffix("'s")
        known = registry.candidates(bare)
        if known and bare != text:  # "Clinton’s" left unsplit by the tokenizer
            cands.append(Candidate(start, end, "entry", [known[0].id], key=bare))
            taken.update(range(start, end))
            continue
        if _joined_surnames(text, registry_surnames | _full_name_surnames(cands, registry)):
            continue  # "Kim-Trump summit": two surnames, linked one by one below
        variant = registry.romanisation_variant(bare) if ent.label_ == "PERSON" else None
        if variant is None and ent.label_ == "PERSON" and _titled(doc, start, honorifics):
            variant = registry.spelling_variant(bare)  # "President Francois Mitterand"
        if variant is not None and end - start >= 2:  # "Kim Jong-Eun", "Lee Yong-ho"
            cands.append(Candidate(start, end, "entry", [variant.id], key=bare))
            taken.update(range(start, end))
            continue
        if (
            ent.label_ == "PERSON"
            and doc[end - 1].tag_ == "NNPS"
            and all(registry.country_of_demonym(t.text) for t in doc[start:end])
        ):
            continue  # "Bosnian Serbs": a people, not a person (the group rule takes it)
        if end - start >= 2:  # (also "Al-Assad" taken for a body)
            particle_name = _particle_surname(doc, doc[end - 1], registry_surnames, registry)
            if particle_name is not None and particle_name[1] == start:
                continue  # "De Klerk said": a registry family name, found with the surnames
        if (
            ent.label_ == "PERSON"
            and (
                end - start >= 2
                or (
                    _titled(doc, start, honorifics)
                    and bare not in registry_surnames
                    and bare not in capital_surnames  # "Prime Minister Muscat": a surname
                )
            )
            or _role_named(doc, start, end, registry)
        ):
            # "Kim Jong Un"; "President Mubarak" (a title and a name the registry lacks);
            # "spokeswoman Morgan Ortagus" (a name the model took for an organisation)
            title = title_before(doc, start, honorifics) if end - start == 1 else None
            cands.append(Candidate(start, end, "person", key=text, honorific=title))
            taken.update(range(start, end))
        elif ent.label_ == "ORG" and (
            end - start >= 2 or text.isupper() or doc[start].pos_ == "PROPN"
        ):
            if text in registry_surnames or (end - start == 1 and text in named_families):
                continue
            if _ends_title(doc, start, end, honorifics, role_forms):
                continue  # "Secretary of State Mike Pompeo": the title's words, no body
            if text.casefold() in regions:
                continue  # "a Pacific tour": a region, no body
            if registry.place(text) is not None and (
                not text.isupper() or _dateline_word(doc, start, end)
            ):
                continue  # "ISTANBUL — Delegations met ...": a town the model took for a body
            if doc[end - 1].lower_ in (lexicon.get("document_name_heads") or ()):
                continue  # "the Reciprocal Access Agreement": a text, no body
            if _names_a_site(doc[end - 1], lexicon):
                continue  # "raids on the al-Aqsa mosque compound": a place, no body
            if _names_a_model(doc, end, lexicon):
                continue  # "Turkish F-16 jets": a model of the machines named after it
            head = doc[end - 1]
            sector = (lexicon.get("agent_nouns") or {}).get(head.lower_)
            state = registry.country_entry(doc[start : end - 1].text) if end - start > 1 else None
            modifier = doc[start - 1] if start and end - start == 1 else None
            if (
                state is None
                and modifier is not None
                and modifier.head == head
                and modifier.dep_ in ("amod", "compound")
                and (state := registry.country_entry(modifier.text)) is not None
            ):
                # "the Spanish Senate": a state's body the model named without its state
                start = modifier.i
                sector = sector or (lexicon.get("qualified_agent_nouns") or {}).get(head.lower_)
            if sector and state is not None and state.kind == "country":  # "Indian Navy"
                cands.append(Candidate(start, end, "agent", key=sector, qualifier=state.id))
            else:
                cands.append(Candidate(start, end, "org", key=text))
            taken.update(range(start, end))
    # surnames of people named in full here or in the registry
    doc_surnames = set()
    for c in cands:
        if c.kind == "entry" and registry.entries[c.ids[0]].kind == "person":
            doc_surnames.add(registry.entries[c.ids[0]].family_name)
        elif c.kind == "person":
            doc_surnames.add(family_name_of(c.key, family_first))
    surnames = doc_surnames | registry_surnames
    for tok in doc:
        name, first = _particle_surname(doc, tok, surnames, registry) or (tok.text, tok.i)
        titled_capital = name in capital_surnames and _titled(doc, first, honorifics)
        # "al-Sharaa": a particle joined by a hyphen, no second name nor a place's word
        hyphened = first == tok.i - 2 and name == tok.text
        if (
            any(i in taken for i in range(first, tok.i + 1))
            or (name not in surnames and not titled_capital)
            or not (_surname_ok(doc, tok, surnames) or (hyphened and tok.is_title))
            or (_in_place_name(tok, honorifics) and not hyphened)
            or _in_landform_name(tok, registry.lexicon)
        ):
            continue
        if tok.text in honorifics and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            continue  # "King Hussein": a title before a name, not the St Lucian King
        if first > 0 and doc[first - 1].lower_ in patronymics and doc[first - 1].is_lower:
            continue  # "Abdullah bin Zayed": his father's name, not Zayed himself
        start, honorific = first, None
        for size in (3, 2, 1):
            if start - size >= 0:
                words = doc[start - size : start].text
                if words in honorifics and not any(i in taken for i in range(start - size, start)):
                    honorific, start = words, start - size
                    break
        # one registry person has that name, or several of one country ("Fujimori"):
        # the name says whose actor it is even when the model tagged no entity
        unique_name = (
            (tok.pos_ == "PROPN" or _leader_read_as_noun(tok, name, registry))
            and (
                # not the month in "May 5" (a work of art is the model's slip: "hosted
                # Trump in Gyeongju")
                tok.ent_type_ in {"", "PERSON", "ORG", "WORK_OF_ART"}
                # "Moi telephoned ...": a name the model took for a place no gazetteer has
                or (tok.ent_type_ == "GPE" and not _known_place(tok.text, registry))
            )
            and len({p.country for p in registry.people_with_surname(name)}) == 1
        )
        if (
            name not in doc_surnames
            and honorific is None
            and tok.ent_type_ not in {"PERSON", "ORG", "NORP"}
            and not unique_name  # "Pompeo met ..."
        ):
            continue  # a registry surname with no support in the text
        cands.append(Candidate(start, tok.i + 1, "surname", key=name, honorific=honorific))
        taken.update(range(start, tok.i + 1))
    # a lone name nobody else here or in the registry bears ("Milosevic rejected the plan"):
    # someone the text names, known by that name only
    for ent in doc.ents:
        tok = ent[0]
        if (
            ent.label_ == "PERSON"
            and len(ent) == 1
            and tok.pos_ == "PROPN"
            and tok.i not in taken
            and tok.text not in surnames
            and tok.text[:1].isupper()
            and len(tok.text) > 2
            and registry.country_entry(tok.text) is None
            and not _capitalised_modifier(tok, lexicon)
            and not _dateline_town(doc, tok.i, registry)  # "DOHA (Reuters) -"
        ):
            # "The Herald says ...": a name with the definite article is no person's
            definite = tok.i > 0 and doc[tok.i - 1].lower_ == "the"
            kind = "org" if definite else "person"
            cands.append(Candidate(tok.i, tok.i + 1, kind, key=tok.text))
            taken.add(tok.i)
    cands += _titled_names(doc, taken, honorifics, registry)
    # title words before full names ("North Korean leader Kim Jong Un")
    blocked = {}
    absorbable = {}
    for c in cands:
        country = c.kind in {"entry", "demonym"} and _is_country(c, registry)
        target = absorbable if country else blocked
        for i in range(c.start, c.end):
            target[i] = c
    absorbed: set[int] = set()
    for c in cands:
        is_person = c.kind == "person" or (
            c.kind == "entry" and registry.entries[c.ids[0]].kind in _PERSONAL
        )
        if not is_person:
            continue
        if c.kind == "entry" and _given_name_before(doc, c, honorifics, role_forms, registry):
            # "Saif al-Islam Gaddafi": another bearer of the family name, not the one known
            # by it alone
            c.start = _name_start(doc, c.start)
            c.kind, c.ids, c.key = "person", [], doc[c.start : c.end].text
            continue
        c.name_start = c.start
        new_start = _extend_left(doc, c.start, c.end, blocked, absorbable)
        for i in range(new_start, c.start):
            if i in absorbable:
                absorbed.add(id(absorbable[i]))
        c.start = new_start
    cands = [c for c in cands if id(c) not in absorbed]
    taken = {i for c in cands for i in range(c.start, c.end)}
    cands.extend(_role_candidates(doc, registry, taken))
    from storyline.actors.roles import plural_role_candidates  # imports Candidate from here

    cands.extend(plural_role_candidates(doc, registry, taken))
    roles = [c for c in cands if c.kind in {"role", "roles"}]
    cands = [  # "the North" inside "the North Korean leader" is part of the role phrase
        c
        for c in cands
        if c.kind in {"role", "roles"}
        or not any(r.start <= c.start and c.end <= r.end for r in roles)
    ]
    taken = {i for c in cands for i in range(c.start, c.end)}
    pronouns = lexicon.get("pronouns") or {}
    for tok in doc:
        if tok.i not in taken and tok.lower_ in pronouns and tok.pos_ == "PRON":
            cands.append(Candidate(tok.i, tok.i + 1, "pronoun", key=tok.lower_))
    from storyline.actors.agents import agent_candidates  # these import Candidate from here
    from storyline.actors.anaphora import anaphor_candidates

    cands.extend(agent_candidates(doc, registry, taken))
    taken = {i for c in cands for i in range(c.start, c.end)}
    cands.extend(anaphor_candidates(doc, registry, taken))
    cands = _apposed_to_bodies(doc, cands, registry)
    cands = [c for c in cands if c.kind != "place"]
    cands.sort(key=lambda c: (c.start, c.end))
    return cands


def _apposed_to_bodies(doc: Doc, cands: list[Candidate], registry: Registry) -> list[Candidate]:
    """Descriptions of a group or body with the body's name beside them ("the militant group
    Hamas", "Cameroon's main opposition party, the Social Democratic Front") as kind
    ``apposed``, ``name_start`` the name's token: the body named, no second actor; so are
    indefinite descriptions apposed to a person's name (``_describes_apposed_person``)."""
    bodies: set[int] = set()
    people: set[int] = set()
    for c in cands:
        entry = registry.entries.get(c.ids[0]) if c.kind == "entry" and c.ids else None
        if c.kind == "org" or (entry is not None and entry.kind == "organization"):
            bodies.update(range(c.start, c.end))
        elif c.kind in ("person", "surname") or (entry is not None and entry.kind == "person"):
            people.update(range(c.start, c.end))
    out = []
    for c in cands:
        if c.kind in ("agent", "nominal"):
            root = doc[c.start : c.end].root
            name = _named_beside(root, bodies)
            if name is None and _describes_apposed_person(root, people):
                name = root.head.i  # "Lee, a liberal who had criticised ...": Lee
            if name is not None:
                c = replace(c, kind="apposed", name_start=name)
        out.append(c)
    return out


def _describes_apposed_person(tok: Token, people: Collection[int]) -> bool:
    """Whether a noun with an indefinite article is in apposition to a person's name after
    it ("Lee, a liberal who had criticised past deals", "Kim, a former lawyer"): a
    description of that person, no actor of its own."""
    return (
        tok.dep_ == "appos"
        and tok.head.i in people
        and tok.head.i < tok.i
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def _titled_names(
    doc: Doc, taken: set[int], honorifics: set[str], registry: Registry
) -> list[Candidate]:
    """People the NER missed but a title names: "telephoned Chancellor Schroeder" (a proper
    noun right after a title or honorific, with up to two more proper nouns after it, none
    of them taken, tagged as another kind of entity, a title or a place)."""
    found: list[Candidate] = []
    for tok in doc:
        if tok.i in taken or not _name_word(tok, honorifics, registry):
            continue
        title = title_before(doc, tok.i, honorifics)
        if title is None or any(i in taken for i in range(tok.i - len(title.split()), tok.i)):
            continue
        end = tok.i + 1
        while end < min(len(doc), tok.i + 3) and end not in taken:
            if _particle_before_name(doc, end, taken, honorifics, registry):
                end += 1  # "F.W. de Klerk": the particle belongs to the family name
            if not _name_word(doc[end], honorifics, registry):
                break
            end += 1
        found.append(Candidate(tok.i, end, "person", key=doc[tok.i : end].text, honorific=title))
        taken.update(range(tok.i, end))
    return found


def _particle_surname(
    doc: Doc, tok: Token, surnames: Collection[str], registry: Registry
) -> tuple[str, int] | None:
    """(family name, its first token) when ``tok`` ends a family name that opens with
    lower-case particles ("President de Klerk", "De Klerk said", "van der Merwe"), or with
    a particle joined by a hyphen that the family name is kept without ("Al-Sharaa said",
    "sanctions on al-Assad"), else None."""
    particles = registry.lexicon.get("name_particles") or ()
    if (
        tok.i >= 2
        and tok.text in surnames
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 2].whitespace_
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 2].lower_ in particles
    ):
        return tok.text, tok.i - 2
    words = [tok.text]
    for i in range(tok.i - 1, max(tok.i - 3, -1), -1):
        if doc[i].lower_ not in particles:
            break
        words.insert(0, doc[i].lower_)
        if (name := " ".join(words)) in surnames:
            return name, i
    return None


def _particle_before_name(
    doc: Doc, i: int, taken: set[int], honorifics: set[str], registry: Registry
) -> bool:
    """Whether token ``i`` is a lower-case name particle ("de", "van", "bin"; ``name_particles``
    in actors.yaml) right before a name word."""
    particles = registry.lexicon.get("name_particles") or ()
    return (
        doc[i].lower_ in particles
        and doc[i].is_lower
        and i + 1 < len(doc)
        and i + 1 not in taken
        and _name_word(doc[i + 1], honorifics, registry)
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "F.W.", "J."


def _given_name_before(
    doc: Doc,
    c: Candidate,
    honorifics: Collection[str],
    role_forms: Collection[str],
    registry: Registry,
) -> bool:
    """Whether a registry person matched by a one-word alias (the family name alone) has a
    name word of another given name right before it, part of the same name ("Saif
    al-Islam Gaddafi"; not "President Gaddafi", "Colonel Gaddafi")."""
    if c.end - c.start != 1 or c.start == 0:
        return False
    before = doc[c.start - 1]
    return (
        before.tag_ == "NNP"
        and before.dep_ == "compound"
        and before.head.i == c.start
        and before.text not in honorifics
        and before.lower_ not in role_forms
        and before.lower_ not in person_nouns()  # "Colonel", "Leader", "Brother"
        and registry.country_entry(before.text) is None
        and registry.country_of_demonym(before.text) is None
    )


def _name_start(doc: Doc, start: int) -> int:
    """The first word of a name whose last words start at ``start``: the proper-noun words
    and hyphenated particles before it ("Saif al-Islam")."""
    i = start
    while i > doc[start].sent.start:
        word = doc[i - 1]
        hyphen = (  # "al-Islam": a hyphen between two words of the name
            word.text == "-"
            and not word.whitespace_
            and i - 2 >= 0
            and not doc[i - 2].whitespace_
            and doc[i - 2].tag_ == "NNP"
        )
        if word.tag_ != "NNP" and not hyphen:
            break
        i -= 1
    return i


def _name_word(tok: Token, honorifics: set[str], registry: Registry) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and (tok.text.isalpha() or _INITIALS.fullmatch(tok.text) is not None)
        and tok.ent_type_ in ("", "PERSON")
        and tok.text not in honorifics
        and registry.country_entry(tok.text) is None
    )


def _ship_name(doc: Doc, start: int, ships: frozenset[str]) -> bool:
    """Whether a name follows a word for a ship ("the aircraft carrier George Washington")."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.lower_ in ships or before.text in ships


def _titled_capital(
    doc: Doc, c: Candidate, capital_surnames: Collection[str], honorifics: set[str]
) -> bool:
    """Whether a one-word registry match is a capital that a registry person bears as family
    name, right after a title ("President Lagos" in 2003 is Ricardo Lagos, not Nigeria)."""
    return (
        c.end - c.start == 1
        and doc[c.start].text in capital_surnames
        and _titled(doc, c.start, honorifics)
    )


def _titled(doc: Doc, start: int, honorifics: set[str]) -> bool:
    """Whether a title or honorific stands right before token ``start`` ("King Hussein")."""
    return title_before(doc, start, honorifics) is not None


def _misread_person(ent: Span, registry: Registry) -> bool:
    """Whether a name the model took for a place is a person's, apposed to or after a noun
    for a person's role and no known place ("India's national security adviser, Ajit
    Doval")."""
    return (
        ent.label_ in ("GPE", "LOC", "NORP")
        and registry.place(ent.text) is None
        and registry.country_entry(ent.text) is None
        and _role_named(ent.doc, ent.start, ent.end, registry)
    )


def _role_named(doc: Doc, start: int, end: int, registry: Registry) -> bool:
    """Whether a two- or three-word name follows a lower-case noun for a person's role
    ("State Department spokeswoman Morgan Ortagus", "envoy Ali Hassan") or stands in
    apposition to one ("a senior diplomat, Ali Hassan,"; "Ali Hassan, a senior diplomat"):
    a person's name."""
    if not 2 <= end - start <= 3 or start == 0:
        return False
    if not all(t.is_title and t.is_alpha for t in doc[start:end]):
        return False
    root = doc[end - 1]
    roles = [doc[start - 1]]
    if doc[start - 1].text == "," and root.dep_ == "appos" and root.head.i < start:
        roles.append(root.head)  # "a senior Japanese diplomat, Ali Hassan,"
    roles += [c for c in root.children if c.dep_ == "appos" and c.i > end]  # "..., a diplomat"
    return any(
        role.is_lower
        and role.pos_ == "NOUN"
        and registry.sector_of_word(role.text) is not None
        and role.text in person_nouns()  # "spokeswoman", not "company"
        for role in roles
    )


@cache
def person_nouns() -> frozenset[str]:
    """Nouns whose usual sense is a person (person_nouns.json), less those WordNet gives a
    person's sense first that news uses as figures (``figurative_nouns`` in
    agent_words.yaml: "the dragon and the elephant should come together"), or as machines
    (``machine_nouns``: "a second aircraft carrier")."""
    words = load_packaged("agent_words.yaml") or {}
    figures = [*(words.get("figurative_nouns") or ()), *(words.get("machine_nouns") or ())]
    return frozenset(load_packaged("person_nouns.json")["words"]) - {str(w) for w in figures}


def title_before(doc: Doc, start: int, honorifics: set[str]) -> str | None:
    """The title or honorific right before token ``start``, if any."""
    for size in (1, 2):
        if start - size >= 0 and doc[start - size : start].text in honorifics:
            return doc[start - size : start].text
    return None


def _full_name_surnames(cands: list[Candidate], registry: Registry) -> set[str]:
    return {
        registry.entries[c.ids[0]].family_name or ""
        for c in cands
        if c.kind == "entry" and registry.entries[c.ids[0]].kind == "person"
    }


def _is_country(c: Candidate, registry: Registry) -> bool:
    return c.kind == "demonym" or registry.entries[c.ids[0]].kind == "country"


def family_name_of(name: str, family_first: set[str]) -> str:
    """Family name of a name not in the registry: first word of East Asian names, else last."""
    words = name.replace("’s", "").replace("'s", "").split()
    if len(words) >= 2 and words[0] in family_first and ("-" in words[1] or len(words) == 3):
        return words[0]
    return words[-1]


def normalise_name(name: str) -> str:
    """Lowercased, space-collapsed name used in keys of actors not in the registry; middle
    initials are dropped ("Winston K. Blackmore" and "Winston Blackmore" are one key)."""
    words = name.replace("’", "'").lower().split()
    if len(words) >= 3:
        middle = [w for w in words[1:-1] if not _INITIAL.match(w)]
        words = [words[0], *middle, words[-1]]
    return " ".join(words)


_INITIAL = re.compile(r"^[a-z]\.?$")


def _region_adjective(
    doc: Doc, start: int, end: int, registry: Registry, words: str = "region_adjectives"
) -> bool:
    """Whether a demonym ends the adjective of a region ("Central American", "Latin
    American"; ``region_adjectives``), or with ``words="region_names"``, a country's name
    ends a region's ("Latin America")."""
    regions = frozenset(registry.lexicon.get(words) or ())
    return any(doc[s:end].text.casefold() in regions for s in range(max(0, start - 2), start))


def _native_americas_text(doc: Doc, registry: Registry) -> bool:
    """Whether a text names a state of the Americas (``native_peoples_states``) and no
    India, by name, demonym or place."""
    cached = doc.user_data.get("storyline_native_americas")
    if cached is not None:
        return bool(cached)
    americas = frozenset(registry.lexicon.get("native_peoples_states") or ())
    tribal = frozenset(registry.lexicon.get("tribal_demonyms") or ())
    named = set()
    names = [ent.text for ent in doc.ents] + [t.text for t in doc if t.is_title]
    for text in names:
        if text.lower() in tribal:
            continue
        entry = registry.country_entry(text)
        code = entry.id if entry is not None else registry.country_of_place(text)
        if code:
            named.add(code)
    found = bool(named & americas) and "IND" not in named
    doc.user_data["storyline_native_americas"] = found
    return found


def tribe_named(token: Token, registry: Registry) -> bool:
    """Whether a demonym that also names the native peoples of the Americas follows the name
    of one of them ("Mohawk Indians", "Aymara Indian protesters"; ``tribal_demonyms``) or
    another state's demonym ("Peruvian Indians", whose state the demonym before names), or
    stands in a text about the Americas that names no India: a people, not the state of the
    demonym."""
    if token.lower_ not in (registry.lexicon.get("tribal_demonyms") or ()):
        return False
    name = token.doc[token.i - 1] if token.i > 0 else None
    if name is None or not (name.is_title and name.is_alpha) or name.like_num:
        # "soldiers killed 150 Indian peasants in Quiche": in a text about the Americas that
        # names no India, the native peoples (so "Twenty Indian soldiers": a number is no
        # people's name)
        return _native_americas_text(token.doc, registry)
    entry = registry.country_entry(name.text)
    if entry is not None:
        own = registry.country_entry(token.text)
        return entry.kind == "country" and (own is None or own.id != entry.id)
    if name.is_sent_start:  # not "Angry Indians protested", whatever its tag
        return name.lower_ in (registry.lexicon.get("native_peoples") or ())
    return registry.country_of_place(name.text) is None
