"""Unnamed collective actors: "police", "South Korean troops", "Rwandan rebels".

Three kinds of noun make a group actor (word lists in ``actors.yaml``, ``lexicon``):

* ``agent_nouns`` (noun -> sector code): a group of that sector, of the country a demonym or
  country name before it gives ("Indian police" -> IND police), else of no country;
* ``counted_agent_nouns`` (noun -> sector code): nouns that name a group when counted
  ("thousands of people", "5,000 people"); uncounted, they need a country ("the Korean
  people") or are no actor ("people familiar with the matter");
* ``qualified_agent_nouns`` (noun -> sector code): singular office nouns that name a group
  only when a country qualifies them ("the British government", "a French minister", "the
  Azerbaijani parliament"); alone ("the government") they refer back to an actor named
  before, which is the anaphora step's business;
* a noun for people in a role (``agent_words.yaml``, from the Phoenix agents dictionary,
  with its sector; then ``person_nouns.json``, nouns whose usual WordNet sense is a person,
  keyed by the noun): plural, a group with or without a country ("kidnappers", "Burundian
  militiamen", "hardliners in Tehran", "border guards"); singular, with a country ("a Saudi
  businessman") or an indefinite article ("a Christian missionary": someone of that kind);
* a collective noun (``group_nouns``) with a describing word before it: a body whose
  sector the words give (``group_cues``: "a human rights group" -> NGO), else of no sector;
* a people of no one state (``peoples``: "Kurds", "Tamils"), with or without a country;
* any other plural common noun that a country qualifies ("Palestinian prisoners", "Iraqi
  Kurds", "Israeli tanks"), unless listed in ``non_group_nouns`` ("German goods"): a group
  of that country, with the sector its word points to (``sectors.yaml``), if any. An event
  noun of the trigger lexicon names the country's military when it is an assault or a
  mobilisation ("Russian airstrikes", "American military exercises"), else no group.

One such actor per country and sector (or noun) in a document, keyed
``new:<ISO3 or ->:<sector label or noun>`` like other unregistered actors.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from storyline.actors.mentions import (
    Candidate,
    is_mission,
    is_place_noun,
    person_nouns,
    state_entry,
    tribe_named,
)
from storyline.actors.registry import Registry
from storyline.datafiles import load_packaged

_QUALIFIER_DEPS = {"amod", "compound", "nmod"}
_ARTICLES = {"the", "a", "an"}
_BEFORE = "before"  # needs a country named before the noun, not a place after it


def _country(tok: Token, registry: Registry, after: bool = True) -> tuple[str | None, int]:
    """Country code named by the modifiers before ``tok`` or its possessor ("Mauritania's
    army") or a place compound ("Tehran radio"), and where the mention starts ("Afghan rebel
    leaders": the demonym may qualify a modifier of the noun); with ``after``, else by a place
    after it ("rebels in the Ivory Coast")."""
    doc = tok.doc
    mods = _qualifiers(tok) + [c for c in tok.children if c.dep_ == "poss"]  # "Mauritania's"
    if tok.lower_ in (registry.lexicon.get("relational_nouns") or ()):
        mods = [m for m in mods if m.dep_ != "poss"]  # "Grenada's neighbours": not Grenada's
    mods = [m for m in mods if not aligned(m)]  # "a pro-Syrian party": not Syria's
    mods = [m for m in mods if not tribe_named(m, registry)]  # "Aymara Indian protesters"
    regions = frozenset(registry.lexicon.get("region_adjectives") or ())
    regional = False
    at = {m.i for m in mods}
    for mod in sorted(mods, key=lambda m: m.i):
        if mod.i + 1 in at:  # "Greek Cypriot voters": two words that name one people
            entry = state_entry(doc[mod.i : mod.i + 2].text, doc, registry)
            if entry is not None and entry.kind == "country":
                return entry.id, mod.i
        for start in range(mod.left_edge.i, mod.i + 1):
            span = doc[start : mod.i + 1]
            if span.text.casefold() in regions:
                regional = True
                break  # "South American leaders": of a continent, not the United States
            entry = state_entry(span.text, doc, registry)
            if entry is None and start < mod.i and (code := registry.country_of_place(span.text)):
                return code, span.start  # "Northern Ireland parties": not Ireland's
            if entry is not None and entry.kind == "country":
                if start > 0 and doc[start - 1].lower_ == "ethnic":
                    # "ethnic Albanian guerrillas operating in Macedonia": kin where they
                    # live, not the state of the demonym
                    return country_after(tok, registry), start - 1
                return entry.id, span.start
    if tok.lower_ in (registry.lexicon.get("ruler_force_nouns") or ()):
        for mod in mods:  # "Idi Amin's army": the forces of the state he ruled
            if mod.dep_ == "poss" and mod.pos_ == "PROPN":
                names = {doc[mod.left_edge.i : mod.i + 1].text, mod.text}
                people = [e for n in names for e in registry.candidates(n) if e.kind == "person"]
                codes = {e.country for e in people}
                # (one state's ruler only: "Savimbi's troops" are no state's army)
                if len(codes) == 1 and None not in codes and all(e.sector == "GOV" for e in people):
                    return codes.pop(), mod.left_edge.i
    if tok.lower_ in (registry.lexicon.get("leader_body_nouns") or ()):
        for mod in mods:  # "the Bush administration", "Kim Dae-jung's government"
            if (
                mod.dep_ in ("compound", "poss")
                and mod.pos_ == "PROPN"
                and doc[mod.left_edge.i].is_title
                # ("the Catalan government": a people's word, though a Chilean bears it)
                and mod.lower_ not in (registry.lexicon.get("people_homelands") or ())
            ):
                # "Kim Dae-jung's government"; "Prime Minister Kaifu's government": the name
                # after the title
                names = (doc[mod.left_edge.i : mod.i + 1].text, mod.text)
                code = next((c for n in names if (c := _leader_country(n, registry))), None)
                if code:
                    return code, mod.left_edge.i
    first = min((m.left_edge.i for m in mods), default=tok.i)
    if any(_names_organisation(m, registry, first) for m in mods):
        # "the United Nations tribunal in Arusha": the UN's, not Tanzania's; "Paris Club
        # creditors": the club's, not France's
        return None, tok.i
    for mod in sorted(mods, key=lambda m: m.i):  # "Tehran radio", "Gaza police": a place's
        if mod.dep_ in ("compound", "nmod") and mod.is_title:
            code = registry.country_of_place(doc[mod.left_edge.i : mod.i + 1].text)
            if code:
                return code, mod.left_edge.i
    if any(m.lower_ in (registry.lexicon.get("international_words") or ()) for m in mods):
        return None, tok.i  # "the international tribunal in Arusha": no Tanzanian court
    envoys = registry.lexicon.get("envoy_nouns") or ()
    if tok.lower_ in envoys and any(m.dep_ == "poss" for m in mods):
        return None, tok.i  # "the country's ambassador in Paris": the owner's, not France's
    if regional:
        return None, tok.i  # "European leaders, meeting in Tirana": of many states, not Albania
    return (country_after(tok, registry) if after else None), tok.i


def _names_organisation(mod: Token, registry: Registry, first: int | None = None) -> bool:
    """Whether a modifier names a registry organisation ("United Nations", "NATO"), alone
    or with the modifiers before it from ``first`` on ("Paris Club creditors")."""
    doc = mod.doc
    if not (mod.is_title or mod.is_upper):  # "a labour federation" names no Labour Party
        return False
    begin = min(mod.left_edge.i, first if first is not None else mod.i)
    return any(
        e.kind == "organization"
        for start in range(begin, mod.i + 1)
        for e in registry.candidates(doc[start : mod.i + 1].text)
    )


def _qualifiers(tok: Token) -> list[Token]:
    """The words before a noun that qualify it, and those that qualify them ("Afghan rebel
    leaders": "rebel" and "Afghan")."""
    mods = [c for c in tok.children if c.dep_ in _QUALIFIER_DEPS and c.i < tok.i]
    # ("Turkish F-16 jets": the parser's count, "F-16", carries the demonym)
    models = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i and not c.like_num]
    return mods + [
        g for m in mods + models for g in m.children if g.dep_ in _QUALIFIER_DEPS and g.i < m.i
    ]


def _leader_country(name: str, registry: Registry) -> str | None:
    """The country of the leader a name before "government", "administration" ... names:
    a registry person's full name ("Kim Dae-jung"), or a party's name ("the Sandinista
    government": Nicaragua's), else a family name whose bearers led one country only
    ("Bush", "Mugabe")."""
    countries = {
        e.country
        for e in registry.candidates(name)
        if e.kind == "person" or (e.kind == "organization" and e.sector == "PTY")
    }
    if len(countries) == 1:
        return countries.pop()
    titles = registry.lexicon.get("prominent_titles") or ()
    return registry.office_country(name, titles) if " " not in name else None


_ALIGNMENT = frozenset({"pro", "anti"})
# "<place>-based", "<state>-backed": what a body is tied to, not whose it is
# participles that tie a body to another ("the Iran-backed group", "a US-led alliance")
TIED_PARTICIPLES = frozenset(
    {"based", "backed", "led", "linked", "affiliated", "funded", "sponsored"}
)


def aligned(tok: Token) -> bool:
    """Whether ``tok`` is the name in a "pro-"/"anti-" word ("pro-Syrian", "anti-American"),
    which says whom a group sides with or against, not whose it is."""
    return stance(tok) is not None


def stance(tok: Token) -> str | None:
    """The stance word ("pro" or "anti") when ``tok`` is the name in one ("anti-American")."""
    doc = tok.doc
    for prefix in _ALIGNMENT:
        if tok.lower_.startswith(prefix + "-"):
            return prefix
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _ALIGNMENT:
        return doc[tok.i - 2].lower_
    return None


# People sent from abroad: where they serve is not whose they are ("peacekeepers in Iraq").
_POSTED = frozenset(
    {"peacekeepers", "peacekeeper", "observers", "observer", "monitors", "monitor",
     "inspectors", "inspector", "mediators", "mediator", "envoys", "envoy", "diplomats",
     "diplomat", "volunteers", "correspondents", "journalists", "missionaries", "embassy",
     "embassies", "consulate", "consulates", "mission", "missions", "exiles", "exile",
     "expatriates", "emigres", "émigrés"}
)  # fmt: skip


# People who travel to where they act: their talks' place is not theirs ("negotiators met in
# Lusaka"), though where they come from is ("negotiators from Pyongyang").
_TRAVELLING = frozenset(
    {"negotiators", "negotiator", "delegates", "delegate", "representatives", "representative"}
)
# Domestic forces that a move "into" a place places in that place's country ("riot police
# poured into central Jakarta"; not rebels or troops, who may cross a border).
_DOMESTIC_MOVERS = frozenset({"police", "policemen", "policeman"})
# Verbs that send the people they act on elsewhere: the place they are sent to is not theirs
# ("deported 415 militants to a no-man's land in southern Lebanon").
_SENDING_AWAY = frozenset({"deport", "expel", "exile", "extradite", "banish", "repatriate"})


def _role_played(tok: Token) -> bool:
    """Whether a noun is a role its verb's subject plays ("played host in Damascus to a
    delegation"): a predicate, no group of the place after it."""
    return (
        tok.dep_ == "dobj"
        and tok.head.lemma_.lower() == "play"
        and not any(c.dep_ == "det" for c in tok.children)
    )


def country_after(tok: Token, registry: Registry) -> str | None:
    """The country of a place named after a group noun ("rebels in the Ivory Coast",
    "demonstrators in Baghdad", "refugees from Chechnya", "ethnic Albanians in south
    Serbia": the phrase, else its name after lower-case words; "students at Rangoon
    University": the place naming what they are at); the mention stays the noun.
    People posted from abroad ("peacekeepers in Iraq") take none."""
    if tok.lower_ in _POSTED or _role_played(tok):
        return None
    counterparts = registry.lexicon.get("counterpart_nouns") or ()
    preps = list(tok.children)
    preps += [  # "guerrillas operating in Macedonia", "refugees living in Iraq"
        g
        for c in tok.children
        if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
        for g in c.children
        if g.lower_ == "in"
    ]
    if _seat_hung_on_verb(tok, registry):
        preps.append(tok.doc[tok.i + 1])  # "backs the government in Damascus"
    rule = frozenset(registry.lexicon.get("rule_nouns") or ())
    held = [  # "the military officers who seized power in Niger": Niger's
        (c, o)
        for c in tok.children
        if c.dep_ in ("relcl", "acl")
        for o in c.children
        if o.dep_ == "dobj" and o.lower_ in rule
    ]
    preps += [p for pair in held for word in pair for p in word.children if p.lower_ == "in"]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "of", "at", "across"):
            continue
        if prep.lower_ in ("in", "at") and (
            tok.lower_ in _TRAVELLING
            or _meeting_party(tok, registry)
            or (tok.dep_ == "dobj" and tok.lower_ in counterparts)
            or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in hosting_verbs())
        ):
            continue  # "government negotiators ... in Mexico City", "met his counterparts in
            # Istanbul", "received the ministers in Moscow": where they met
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            start = next((c.i + 1 for c in obj.lefts if c.dep_ == "det"), obj.left_edge.i)
            texts = [tok.doc[start : obj.i + 1].text]
            if start < obj.i and all(t.is_lower for t in tok.doc[start : obj.i]):
                texts.append(obj.text)  # "south Serbia" (not "Northern Ireland"): Serbia
            if prep.lower_ == "at":  # "students at Rangoon University": the city named
                texts += [t.text for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if code := _country_named(texts, registry, places=prep.lower_ != "of"):
                return code
            # "rioters in the southern Jordanian town of Karak", "students in Beijing's
            # Tiananmen Square" (a name alone was read above: "the tribunal in The Hague"
            # is no Dutch court)
            named = obj.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in obj.subtree)
            if prep.lower_ != "of" and not named and (code := place_country(obj, registry)):
                return code
            # "residents of a highland Guatemalan village"
            if prep.lower_ == "of" and (code := _place_noun_country(obj, registry)):
                return code
    return None


def _seat_hung_on_verb(tok: Token, registry: Registry) -> bool:
    """Whether a government noun's object is followed by an "in" phrase the parser hung on
    the verb ("backs the government in Damascus", "stormed the parliament in Santiago"): the
    seat of that government."""
    after = tok.i + 1
    return (
        tok.dep_ == "dobj"
        and tok.lower_ in (registry.lexicon.get("seated_body_nouns") or ())
        and after < len(tok.doc)
        and tok.doc[after].lower_ == "in"
        and tok.doc[after].head.i == tok.head.i
    )


def _meeting_party(tok: Token, registry: Registry) -> bool:
    """Whether a noun names a party of a meeting ("talks between Kinshasa and the rebels",
    "negotiations with the rebels"; ``meeting_nouns``) that is no state body (the place
    after "the government in Sarajevo" is its seat)."""
    if registry.sector_of_word(tok.lower_) in (registry.lexicon.get("placed_org_sectors") or ()):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    return (
        first.dep_ == "pobj"
        and prep.lower_ in ("between", "with")
        and prep.head.lower_ in (registry.lexicon.get("meeting_nouns") or ())
    )


def _conjoined_origins(tok: Token, first: str, registry: Registry) -> list[str]:
    """Further countries of the places conjoined after the one a group comes from or is of
    ("negotiators from Pyongyang and Seoul": South Korea besides the North; "the governments
    of France and Germany")."""
    codes: list[str] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for conj in obj.conjuncts:
                # "from North Korea and South Korea": the conjunct's whole name
                code = _country_named([_whole_name(conj), conj.text], registry)
                if conj.i > obj.i and code and code != first and code not in codes:
                    codes.append(code)
    return codes


def _whole_name(conj: Token) -> str:
    """A conjunct with the words before it ("South Korea", not "Korea")."""
    return conj.doc[conj.left_edge.i : conj.i + 1].text


def _country_named(texts: list[str], registry: Registry, places: bool = True) -> str | None:
    """The country the first of ``texts`` that names one names: a country, or with
    ``places`` a place of the gazetteer ("Lahore": Pakistan)."""
    for text in texts:
        entry = registry.country_entry(text)
        if entry is not None and entry.kind == "country":
            return entry.id
        if places and (code := registry.country_of_place(text)):
            return code
    return None


def country_of_scene(tok: Token, registry: Registry) -> str | None:
    """The country where a group named as a clause's subject (or the people it acts on)
    acts, when the clause places it ("ethnic Albanians demonstrated in Serbia", "prisoners
    rioted at a jail in Dili", "arrested 12 students in Tunis"): the way event coders name a
    domestic group without a demonym. Forces and people posted from
    abroad take none (``scene_country_sectors`` in actors.yaml says which groups may)."""
    subject = tok
    # "thousands of students", "a group of", "tens of thousands of students"
    while subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head
    verb = subject.head
    # "detainees were tortured by security police at a prison in Khartoum": the doer of a
    # passive acts where its clause is
    agent = subject.dep_ == "pobj" and verb.dep_ == "agent"
    if agent:
        verb = verb.head
    # "police were deployed across Lagos": a passive's subject, people named in the plural,
    # is where the clause puts it too (not "intelligence ... was handed over in Mosul")
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "police"
    passive = subject.dep_ == "nsubjpass" and plural
    # "tortured a trade union leader in a Santiago police station", "arrested 12 students in
    # Tunis": people a clause acts on are where it acts (not a predicate noun: "played host")
    acted_on = subject.dep_ == "dobj" and (
        plural or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )
    # "Several hundred fighters massed outside the town": the parser's root noun with its
    # finite verb hung on it as a participle
    rooted = [
        c
        for c in subject.children
        if c.dep_ == "acl"
        and c.tag_ in ("VBD", "VBN")
        and not any(g.dep_ in ("agent", "dobj") for g in c.children)
    ]
    if stranded_subject(subject) and rooted:
        verb, passive = rooted[0], True
    if (
        (subject.dep_ != "nsubj" and not passive and not agent and not acted_on)
        or verb.pos_ != "VERB"
        or tok.lower_ in _POSTED
        or tok.lower_ in _TRAVELLING
        or (acted_on and verb.lemma_.lower() in _SENDING_AWAY)
    ):
        return None
    places = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
        and (
            prep.lower_ in PLACE_PREPS
            # "on a west Beirut street"; not a target ("fired rockets on Tel Aviv")
            or (prep.lower_ == "on" and obj.pos_ == "NOUN")
            or (prep.lower_ == "into" and tok.lower_ in _DOMESTIC_MOVERS)
        )
    ]
    # then a place inside the predicate, nearest first: of the act's noun ("went on strike in
    # Seoul"), of an object ("detained students in Tunis"), of a place ("at a jail in Dili"),
    # deeper or in a conjoined verb's ("torched cars and ransacked offices in the Bolivian
    # city of Cochabamba", "set fire to shops in Lhasa", "blocked roads leading to the palace
    # in Bishkek")
    for place in (*places, *_predicate_places(verb)):
        if code := place_country(place, registry):
            return code
    return None


def mission_host(noun: Token, registry: Registry) -> str | None:
    """The country a state's mission abroad (``mission_nouns``) is said to be in ("its
    embassy in the Iranian capital": Iran; "cut ties with Tehran after protesters stormed its
    embassy there": the place named last before it), else None."""
    if not is_mission(noun, registry.lexicon):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if code := place_country(obj, registry):
                    return code
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in noun.children) or (
        noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "there"
    ):
        for place in reversed(noun.doc[noun.sent.start : noun.i]):
            if place.pos_ == "PROPN" and place.dep_ != "compound":
                if code := place_country(place, registry):
                    return code
    return None


def place_country(place: Token, registry: Registry) -> str | None:
    """The country of the noun of a place phrase: a name ("in Lebanon", "in Beijing's
    Tiananmen Square", "across South Africa's Eastern Cape"), a common noun of place with a
    demonym or an "of" name ("the southern Jordanian town of Karak"), or any noun a city
    or region owns or names ("in Mexico City's Zocalo square", "a Santiago police
    station", "on a west Beirut street")."""
    doc = place.doc
    if place.pos_ == "PROPN":
        start = place.left_edge.i
        names = [c for c in place.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
        texts = [doc[start : place.i + 1].text]
        if names:  # without the possessor: "Eastern Cape" of "South Africa's Eastern Cape"
            texts.append(doc[names[0].i : place.i + 1].text)
        texts.append(place.text)
        if code := _country_named(texts, registry):
            return code
    elif code := _place_noun_country(place, registry):
        return code
    # the city or region that owns or names the place: "Beijing's", "Santiago"
    near = [c for c in place.lefts if c.dep_ in ("poss", "compound")]
    near += [g for c in near if c.dep_ == "compound" for g in c.lefts if g.dep_ == "poss"]
    for owner in near:
        if owner.pos_ == "PROPN":
            name = doc[owner.left_edge.i : owner.i + 1]
            if owner.dep_ == "poss" or registry.country_entry(name.text) is None:
                # not a country before a common noun ("the U.S. embassy in Nairobi")
                if code := _country_named([name.text, owner.text], registry):
                    return code
    return None


# the prepositions of a clause's place ("demonstrated in Serbia", "rioted across Lagos"; the
# events stage reads them too: "resisting in the hills"); and
# inside its predicate, where the place is reached too ("the main road into the city of Temuco")
PLACE_PREPS = frozenset(
    {"in", "at", "across", "throughout", "outside", "near", "through", "around"}
)
_INNER_PLACE_PREPS = PLACE_PREPS | {"into"}
# what a clause's place may hang on: its objects, the nouns of its phrases and the
# participles describing them now ("roads leading to the palace in Bishkek"); not another
# clause or the subject
_PREDICATE_DEPS = frozenset({"dobj", "pobj", "prep", "acl", "conj", "appos", "oprd"})


def _predicate_places(verb: Token, depth: int = 6) -> list[Token]:
    """The nouns of place phrases inside a clause's predicate and its conjoined verbs'
    (nearest the verb first): "ransacked offices in Cochabamba", "fired on a minibus near
    the town of Minya in Upper Egypt"."""
    frontier = [verb, *(c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB")]
    motives = _motive_nouns()
    found: list[Token] = []
    for _ in range(depth):
        following: list[Token] = []
        for node in frontier:
            for child in node.children:
                if child.dep_ not in _PREDICATE_DEPS or (node is verb and child.dep_ == "conj"):
                    continue
                if (child.dep_ == "acl" and child.tag_ != "VBG") or child.lower_ == "from":
                    continue  # "soldiers captured in Iraq", "pulled back from positions
                    # around the camps": another time's place, or the one left
                if child.dep_ == "pobj" and child.lemma_.lower() in motives:
                    continue  # "in retaliation for a bus blast in Tel Aviv": the place of
                    # what the act answers
                if child.dep_ == "prep" and child.lower_ in _INNER_PLACE_PREPS:
                    # not where people described are headed ("refugees fleeing into Turkey")
                    if not (child.lower_ == "into" and node.dep_ == "acl"):
                        found += [g for g in child.children if g.dep_ == "pobj"]
                following.append(child)
        frontier = following
    return found


@cache
def _motive_nouns() -> frozenset[str]:
    """Nouns of what an act answers (``motive_nouns``)."""
    return frozenset(load_packaged("actors.yaml")["lexicon"].get("motive_nouns") or ())


def stranded_subject(noun: Token) -> bool:
    """Whether the parser left ``noun`` without its own verb: the root of the sentence, the
    noun of a reported clause, or a second subject of the reporting verb ("Fighters massed
    outside the town, officials said": "massed" hung on "Fighters" as a participle)."""
    if noun.dep_ == "ROOT":
        return True
    if noun.dep_ in ("ccomp", "dep") and noun.pos_ in ("NOUN", "PROPN"):
        return True  # "The presidency conferred ..., Bosnian radio said": a clause's noun
    if noun.dep_ == "npadvmod" and noun.pos_ == "PROPN" and noun.head.i > noun.i:
        return True  # "UNITA, whose ..., pledged ..., the radio said": a name read as adverb
    return noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) >= 2


def _place_noun_country(noun: Token, registry: Registry) -> str | None:
    """The country a common noun of place names by a demonym ("the southern Colombian town
    of Puerto Asis") or by the name in its "of" phrase ("the town of Maan")."""
    if noun.lemma_.lower() not in (registry.lexicon.get("place_nouns") or ()):
        return None
    for mod in noun.children:
        if mod.dep_ in ("amod", "compound") and (code := registry.country_of_demonym(mod.text)):
            return code
    for name in (
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ):
        if name.dep_ == "pobj" and name.pos_ == "PROPN":
            text = noun.doc[name.left_edge.i : name.i + 1].text
            if code := _country_named([text, name.text], registry):
                return code
    return None


def singular(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return lemma if lemma != tok.lower_ or not tok.lower_.endswith("s") else tok.lower_[:-1]


_QUANTITIES = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})


def counted(tok: Token) -> bool:
    """A noun with a number ("5,000 people") or after a quantity ("thousands of people")."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.lower_ in _QUANTITIES or prep.head.like_num)
    )


_ETHNIC = "ETH"  # the sector of a people's group (CAMEO ETH)
_IRREGULAR = frozenset({"REB", "UAF"})  # armed forces that are not a state's
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a state's own bodies


def _cue_sectors(tok: Token, registry: Registry) -> list[str]:
    """Sectors the describing words before a noun give (``group_cues``: "rebel", "opposition",
    "student"; a group owning it too: "the militants' leaders")."""
    cues = registry.lexicon.get("group_cues") or {}
    exceptions = registry.lexicon.get("cue_exceptions") or {}
    words = [
        c.lower_ if c.dep_ != "poss" else singular(c)
        for c in tok.children
        if (c.dep_ in ("amod", "compound") or (c.dep_ == "poss" and c.tag_ == "NNS"))
        and c.i < tok.i
    ]
    # (not "armed forces": a state's)
    return [cues[w] for w in words if w in cues and tok.lower_ not in exceptions.get(w, ())]


def _member_sector(tok: Token, registry: Registry) -> str | None:
    """Sector of the people or body a common noun before ``tok`` names ("refugee leaders":
    REF, "union officials": LAB, "church leaders": REL), from the agent words, else the
    sector words."""
    codes = people_words()["words"]
    for mod in tok.children:
        if mod.dep_ != "compound" or mod.i > tok.i or mod.pos_ != "NOUN":
            continue
        word = mod.lower_
        code = codes.get(word, "")
        if code.isupper():
            return code
        if sector := registry.sector_of_word(word):
            return sector
    return None


def _irregular_force(tok: Token, registry: Registry) -> str:
    """MIL, or the sector a describing word gives armed men who are not a state's ("rebel
    forces", "militant fighters", "separatist troops": REB; "Islamist forces", armed men of a
    faith's movement: REB too)."""
    sectors = _cue_sectors(tok, registry)
    if "REL" in sectors and not any(c.dep_ == "poss" for c in tok.children):
        return "REB"  # (not "Iran's Islamic forces", a state's own)
    stateless = frozenset(registry.lexicon.get("stateless_people_adjectives") or ())
    led = [  # "Kurdish-led forces"
        g
        for c in tok.children
        if c.dep_ == "amod" and c.lower_ == "led"
        for g in c.children
        if g.dep_ in ("npadvmod", "amod", "compound")
    ]
    if any(w.lower_ in stateless for w in _qualifiers(tok) + led):
        return "UAF"  # "Kurdish forces": a people's armed men, of no state
    return next((s for s in sectors if s in _IRREGULAR), "MIL")


# verbs whose object does the act of their bare infinitive ("would not let it damage
# relations": what is let act is not the one letting)
_LETTING_VERBS = frozenset({"let", "make", "have"})


def let_happen(clause: Token) -> bool:
    """Whether a clause is the bare infinitive of a verb of letting or making ("would not let
    it spoil relations"), whose subject is not that verb's (not "made clear it would accept":
    a clause of its own)."""
    return clause.head.lemma_.lower() in _LETTING_VERBS and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children
    )


# a plural aircraft model name: "F-16s", "MiG-29s", "Su-25s"
_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s")


def _group_key(
    tok: Token,
    registry: Registry,
    nouns: dict,
    qualified: dict,
    excluded: set[str],
    peoples: frozenset[str] = frozenset(),
) -> tuple[str | None, bool | str]:
    """Sector code (or noun) of the group ``tok`` names, and whether it needs a country
    (``_BEFORE``: one named before the noun)."""
    low = tok.lower_
    not_after = (registry.lexicon.get("agent_compound_exceptions") or {}).get(low) or ()
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in not_after:
        return None, True  # "think tanks", "fuel tanks": things, not armour (the parser may
        # read "think" as a verb)
    counted_nouns = registry.lexicon.get("counted_agent_nouns") or {}
    modified = (registry.lexicon.get("modified_agent_nouns") or {}).get(low)
    for c in tok.children if modified else ():
        if c.dep_ not in _QUALIFIER_DEPS:
            continue
        if c.lower_ in modified["modifiers"]:
            # "security agents", not "chemical agents"; ships only of a state named ("Chinese
            # coast guard vessels", not "an exercise with coast guard vessels")
            return modified["sector"], bool(modified.get("needs_state"))
        if sector := (modified.get("by_modifier") or {}).get(c.lower_):
            return sector, False  # "opposition agents": a party's people
    for prep in tok.children if modified and modified.get("of") else ():
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(o.dep_ == "pobj" and o.lower_ in modified["of"] for o in prep.children):
                # "prisoners of war"; "a state of emergency" (sector null): no group at all
                return modified["sector"], False
    if _MODEL_PLURAL.fullmatch(tok.text):
        return "MIL", True  # "Turkish F-16s shot down a Syrian warplane": a state's aircraft
    if low in nouns:
        if nouns[low] == "GOV" and (member := _member_sector(tok, registry)):
            return member, False  # "union officials", "police officials"
        return _irregular_force(tok, registry) if nouns[low] == "MIL" else nouns[low], False
    if low in counted_nouns and counted(tok):  # "thousands of people", "5,000 people"
        return counted_nouns[low], False
    if low in qualified:
        described = next(iter(_cue_sectors(tok, registry)), None) or _member_sector(tok, registry)
        state_office = low in (registry.lexicon.get("state_office_nouns") or ())
        if described not in (None, "GOV") and not (state_office and described not in _ORGANS):
            # "opposition leaders", "rebel leaders", "refugee leaders": of that kind of group
            # (a state's office is the state's, but of an organ it names: "the police
            # commissioner")
            return described, False
        return qualified[low], True
    if low in peoples and tok.is_title:
        return singular(tok), False  # "Kurds": a people of no one state; "Iraqi Kurds" too
    if tok.tag_ == "NNPS" and tok.is_title and low not in excluded:
        return singular(tok), True  # "Iraqi Kurds": a people named by a country
    common = tok.is_lower or (tok.is_sent_start and tok.is_title)  # "Kidnappers seized"
    if not common or (tok.pos_ != "NOUN" and not tok.is_lower):
        return None, True  # a lower-case word tagged a name is a noun ("union federation")
    described = _described_group(tok, registry)
    if described is not None:  # "a human rights group", "the Hizbollah group"
        return described, False
    plural = tok.tag_ == "NNS"
    people = people_words()
    word = people["plurals"].get(low) or (singular(tok) if plural else low)
    if word in people["words"]:  # "militiamen", "kidnappers"; "a Saudi businessman"
        if not plural and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return people["words"][word], False  # "a Christian missionary": someone of that kind
        return people["words"][word], not plural
    if not plural or word in excluded or low in excluded:
        return None, True
    sector = registry.sector_of_word(word) or registry.sector_of_word(low)
    if sector is None and is_place_noun(tok, registry.lexicon):
        return None, True  # "Ukraine's Black Sea ports", "Indonesia's islands": places
    if sector is None and word.endswith(tuple(registry.lexicon.get("abstract_noun_endings") or ())):
        return None, True  # "Congo's failures", "Iran's achievements": things, not people
    if sector is None and word in event_nouns():
        # "Russian airstrikes", "American military exercises": that country's forces act;
        # "German elections", "Chinese protests": happenings, not a group
        return ("MIL", _BEFORE) if event_nouns()[word] else (None, True)
    # any other plural noun is a group only when a country word qualifies it ("Palestinian
    # prisoners"); a place after it does not ("streets in Hong Kong", "houses in Gaza")
    return sector or word, _BEFORE


_FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})  # acts of armed forces
_ORGANS = frozenset({"COP", "MIL", "JUD", "LEG", "SPY"})  # a state's organs besides its government


def _the_one(tok: Token, registry: Registry) -> str | None:
    """The noun of "the gunman", "the cyclist": a singular noun for a person with the definite
    article and no country, the one person of that kind the story is about. Not an office
    ("the captain", "the minister": someone named before, whom the text refers back to), nor
    a noun with a name in apposition ("Magruder, the deputy campaign manager")."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if (tok.dep_ == "appos" and tok.head.pos_ == "PROPN") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children
    ):
        return None
    word = tok.lower_
    return word if word in person_nouns() and registry.sector_of_word(word) is None else None


# requirements that make a noun an armed act only with a word around it ("air strikes",
# "Israeli strikes", "strikes on Gaza")
_QUALIFIED = frozenset({"modifier", "named_modifier", "prep_object", "place_prep_object"})


@cache
def hosting_verbs() -> frozenset[str]:
    """Verbs the trigger lexicon reads as hosting their object ("received", "welcomed"): a
    guest comes from elsewhere, so a place after the guest is where the host is."""
    from storyline.events.triggers import load_lexicon

    return frozenset(
        verb for verb, rules in load_lexicon().verbs.items() if any(r.host for r in rules)
    )


@cache
def event_nouns() -> dict[str, bool]:
    """Nouns the trigger lexicon reads as events ("exercise", "raid", "election"), each with
    whether it names an act of armed forces (an assault or a mobilisation) by itself (not
    "actions", an attack only as "military action")."""
    from storyline.events.triggers import load_lexicon

    return {
        noun: any(
            rule.type in _FORCE_TYPES and not _QUALIFIED & rule.requires.keys() for rule in rules
        )
        for noun, rules in load_lexicon().nouns.items()
    }


def _described_group(tok: Token, registry: Registry) -> str | None:
    """Sector (or the noun) of a body named by a collective noun with a describing word
    before it ("a human rights group": NGO; "a terror group": REB; "the Hizbollah group")."""
    lexicon = registry.lexicon
    nouns = set(lexicon.get("group_nouns") or ())
    if singular(tok) not in nouns and tok.lower_ not in nouns:
        return None
    cues = lexicon.get("group_cues") or {}
    mods = [
        c
        for c in tok.children
        if c.i < tok.i
        and (
            c.dep_ in ("compound", "nmod")
            or (c.dep_ in _QUALIFIER_DEPS and (c.lower_ in cues or aligned(c)))
            or (
                c.dep_ == "amod"
                and c.lower_ in TIED_PARTICIPLES
                and any(g.i < c.i for g in c.children)
            )
            or (
                c.dep_ == "amod"
                and c.lower_.rpartition("-")[2] in TIED_PARTICIPLES
                and "-" in c.lower_
            )
        )
    ]  # "a human rights group", "a militant group", "a pro-Syrian party", "the Paris-based
    # group", "a US-backed group"; not "the biggest group"
    if not mods:
        return None
    words = [t.lower_ for m in mods for t in m.subtree]
    return next((cues[w] for w in words if w in cues), singular(tok))


@cache
def group_nouns() -> frozenset[str]:
    """Nouns whose usual sense is a group (WordNet's noun.group: "community", "crowd",
    "tribe"; group_nouns.json)."""
    return frozenset(load_packaged("group_nouns.json")["words"])


@cache
def proposal_nouns() -> frozenset[str]:
    """Nouns for what a state puts forward (``proposal_nouns`` in actors.yaml): a demonym
    before them names the state ("a South Korean proposal")."""
    lexicon = (load_packaged("actors.yaml") or {}).get("lexicon") or {}
    return frozenset(str(w) for w in lexicon.get("proposal_nouns") or ())


@cache
def party_nouns() -> frozenset[str]:
    """Nouns that name people, a group of them or a text that speaks for its authors: the
    people words, the group and communication nouns (WordNet), and the agent nouns, peoples
    and acting parts of actors.yaml; any other noun names a thing ("data", "tariffs")."""
    lexicon = (load_packaged("actors.yaml") or {}).get("lexicon") or {}
    words = set(people_words()["words"]) | group_nouns()
    words.update(load_packaged("communication_nouns.json")["words"])
    for name in (
        "agent_nouns",
        "qualified_agent_nouns",
        "counted_agent_nouns",
        "peoples",
        "acting_part_nouns",
    ):
        words.update(str(w) for w in lexicon.get(name) or ())
    return frozenset(words)


@cache
def people_words() -> dict[str, dict[str, str]]:
    """Nouns for people in a role -> sector code (agent_words.yaml) or, for the other nouns
    whose usual sense is a person (person_nouns.json), the noun itself; irregular plurals."""
    data = load_packaged("agent_words.yaml") or {}
    words = {str(w): str(w) for w in person_nouns()}
    words.update(data.get("words") or {})
    return {"words": words, "plurals": dict(data.get("plurals") or {})}


def _kind_owner(tok: Token) -> bool:
    """Whether a singular noun with "a" is a possessive that says what kind of thing follows
    ("a hero's welcome", "a statesman's farewell"), not whose it is."""
    return (
        tok.dep_ == "poss"
        and tok.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def agent_candidates(doc: Doc, registry: Registry, taken: set[int]) -> list[Candidate]:
    """Candidates of kind ``agent``: key = sector code (or the group noun when no sector
    fits), qualifier = country code or None."""
    lexicon = registry.lexicon
    nouns = lexicon.get("agent_nouns") or {}
    qualified = lexicon.get("qualified_agent_nouns") or {}
    excluded = set(lexicon.get("non_group_nouns") or ())
    peoples = frozenset(lexicon.get("peoples") or ())
    scene_sectors = frozenset(lexicon.get("scene_country_sectors") or ())
    force_sectors = frozenset(lexicon.get("conjoined_force_sectors") or ())
    homelands = lexicon.get("people_homelands") or {}
    breakaway = lexicon.get("breakaway_demonyms") or {}
    people_demonyms = tuple(f"{d} " for d in lexicon.get("people_demonyms") or ())
    person_words = frozenset(w for w, v in people_words()["words"].items() if w == v)
    held = frozenset(lexicon.get("held_nouns") or ())
    machines = frozenset(lexicon.get("machine_nouns") or ())
    aircraft = frozenset(lexicon.get("state_aircraft_nouns") or ())
    seats = frozenset(lexicon.get("seat_nouns") or ())
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.dep_ in {"compound", "amod"} and not (
            tok.dep_ == "compound" and tok.head.lemma_.lower() in seats
        ):
            continue  # "police chief", "military parade": a modifier, not the actor (but
            # "the parliament building": the body that sits there)
        if not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            continue  # "an ex-head of state": a prefix, not a noun of its own
        key, needs_country = _group_key(tok, registry, nouns, qualified, excluded, peoples)
        if key is None:
            continue
        if _kind_owner(tok) and key not in registry.sectors:
            continue  # "flew home to a hero's welcome": a kind of welcome, no one's
        aircraft_named = _wrecked_aircraft(tok, lexicon)
        owners = [
            o
            for p in (tok.children if tok.lemma_.lower() in held else ())
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(t.i in taken for o in owners for t in o.subtree) or any(
            _group_key(o, registry, nouns, qualified, excluded, peoples)[0] for o in owners
        ):
            continue  # "the Gaza offices of Hamas", "the Yugoslav republics of Slovenia and
            # Croatia", "the Cairo offices of democracy groups": the body or state of the "of"
            # phrase, not a group of the place before
        country, start = _country(tok, registry, after=needs_country is not _BEFORE)
        if aircraft_named:
            if country is None:
                continue  # "destroying a number of bombers": no state named, no actor
            key = "MIL"  # "shot down a Russian Su-24 bomber": a state's aircraft, its forces
        if country is not None and (seat := _state_seated_in(tok, registry)) not in (None, country):
            country = seat  # "the Nationalist Chinese government on Taiwan": Taiwan's
        if country is None and tok.dep_ == "compound":  # a seat noun's: "the Russian
            # parliament building", the demonym on the building
            country, start = _country(tok.head, registry, after=False)
            start = min(start, tok.i)
        if country is None and key in _IRREGULAR:  # "Tamil rebels": the state they fight
            country, start = _homeland(tok, registry) or (None, start)
        if country is None:  # "Ibo traditional elders": a people of one state
            country, start = _people_word_country(tok, homelands) or (None, start)
        if country is None and (seceded := _people_word_country(tok, breakaway)) is not None:
            country, start = seceded  # "Biafran leaders": the rebels of the state they left
            key = "REB" if key in _STATE_SECTORS else key
        if country is None and tok.dep_ == "conj":
            # "Indonesian police and troops": the first one's demonym names both forces;
            # "Palestinian prisoners and detainees": both of one kind
            first, _ = _group_key(tok.head, registry, nouns, qualified, excluded, peoples)
            if (key in force_sectors and first in force_sectors) or (first == key == "CVL"):
                country = _country(tok.head, registry, after=False)[0]
        if (
            country is None
            and needs_country is not _BEFORE
            # "a Jewish extremist shot ... in Tel Aviv": people named by what they are, like
            # the sectors' groups (not a people: "Tamils protested in London")
            and (
                key in scene_sectors
                or (key in person_words and tok.lower_ not in peoples)
                or tribe_named(tok, registry)  # "Mohawk Indians ... into Montreal"
            )
            # "a Hamas suicide bomber ... in Jerusalem", "relief workers from the Red Cross",
            # "Greenpeace activists" (the parser's adjective): members of a body named with
            # them
            and not any(m.i in taken for m in tok.lefts if m.dep_ in ("compound", "nmod", "amod"))
            and not any(
                g.i in taken
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.subtree
            )
        ):
            country = country_of_scene(tok, registry)
        if country is None and singular(tok) in machines:
            continue  # "Drones struck the airport": no state named, no doer known
        if (
            country is not None
            and tok.tag_ == "NNS"
            and singular(tok) in aircraft
            and not any(m.lower_ == "suicide" for m in tok.lefts)
        ):
            key = "MIL"  # "U.S. bombers struck": a state's aircraft, its air force (not "a
            # Palestinian bomber", nor "Hamas suicide bombers")
        if country is None and needs_country:
            # "ethnic Albanian leaders": leaders of a people, not of a state
            key = _ETHNIC if start < tok.i and doc[start].lower_ == "ethnic" else None
            key = key or _the_one(tok, registry)
            if key is None:
                continue
        named_by = f"{doc[start : tok.i].text.lower()} "
        if country is not None and named_by.startswith(people_demonyms):
            # "Bosnian Serb leaders" speak for the people ("Bosnian Serbs"), not the state;
            # "Bosnian Serb forces" are the people's militia, not the state's army
            people = named_by.split()[-1]
            key = {"MIL": "UAF", "REB": "REB", "UAF": "UAF"}.get(key, people.removesuffix("s"))
        elif key == "MIL" and doc[start].lower_ == "ethnic":
            # "Ethnic Armenian forces in Nagorno-Karabakh": a people's armed men in the state
            # where they live, not its army
            key = "REB"
        # "Armenian and Azerbaijani forces": Azerbaijan besides Armenia, even when the
        # second demonym was taken as a mention of its own
        others = _conjoined_countries(doc[start], registry) if country else []
        others = others or (_conjoined_origins(tok, country, registry) if country else [])
        if any(i in taken for i in range(start, tok.i)):
            start = tok.i  # the country is a mention of its own ("the North" Korean troops)
        else:
            det = [c for c in tok.children if c.dep_ == "det" and c.i < start]
            if det and det[0].lower_ in _ARTICLES and det[0].i not in taken:
                start = det[0].i
        out.append(Candidate(start, tok.i + 1, "agent", others, key=key, qualifier=country))
    return out


def _state_seated_in(tok: Token, registry: Registry) -> str | None:
    """The island state a government noun says it sits on by the state's own name ("the
    Nationalist Chinese government on Taiwan"): the state it governs, not the one its
    demonym names; None for none (nor for an "in" phrase, which may tell where the
    government acts: "talks with Congo's government in Qatar")."""
    if tok.lemma_.lower() not in (registry.lexicon.get("leader_body_nouns") or ()):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            entry = registry.country_entry(tok.doc[obj.left_edge.i : obj.i + 1].text)
            if entry is not None and entry.kind == "country" and obj.pos_ == "PROPN":
                return entry.id
    return None


def _wrecked_aircraft(tok: Token, lexicon: dict) -> bool:
    """Whether a noun for aircraft as well as people names aircraft: one named by its model or
    kind ("B-2 bombers", "strategic bombers"), or one wrecked or downed ("destroying a number
    of bombers"), the object of a wrecking verb or the noun of a partitive that is."""
    if singular(tok) not in (lexicon.get("aircraft_nouns") or ()):
        return False
    if any(
        m.dep_ in ("compound", "amod", "nmod")
        and (
            any(ch.isdigit() for ch in m.text)
            or m.lower_ in (lexicon.get("aircraft_modifiers") or ())
        )
        for m in tok.lefts
    ):
        return True  # "B-2 bombers", "F-16 fighters", "strategic bombers": aircraft by name
    held = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        held = tok.head.head  # "a number of bombers"
    return held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in (
        lexicon.get("wrecking_verbs") or ()
    )


def _homeland(tok: Token, registry: Registry) -> tuple[str, int] | None:
    """The state an armed group of a people fights, from a people word before the noun
    (``rebel_homelands``: "Tamil rebels", "Chechen separatist fighters"), and where the
    mention starts."""
    homelands = registry.lexicon.get("rebel_homelands") or {}
    return _people_word_country(tok, homelands)


def _people_word_country(tok: Token, homelands: dict[str, str]) -> tuple[str, int] | None:
    """The state a people word before ``tok`` stands for in ``homelands``, and where the
    mention starts."""
    for mod in sorted(_qualifiers(tok), key=lambda m: m.i):
        if mod.is_title and (code := homelands.get(mod.lower_)):
            return code, mod.i
    return None


def _conjoined_countries(first: Token, registry: Registry) -> list[str]:
    """Countries named by demonyms conjoined with the one opening a group mention ("Indian
    and Pakistani troops": Pakistan besides India)."""
    codes = []
    for conj in first.conjuncts:
        if conj.i > first.i and conj.is_title:
            # "U.S. and South Korean troops": the conjunct's whole demonym
            entry = registry.country_entry(_whole_name(conj)) or registry.country_entry(conj.text)
            if entry is not None and entry.kind == "country":
                codes.append(entry.id)
    return codes
