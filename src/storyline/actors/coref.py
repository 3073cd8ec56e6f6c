"""Link candidate spans to actors within one document.

Works left to right, keeping what has been mentioned so far: surnames link to the person of
that family name already named (else to the registry person holding a matching role on the
reference date), role nouns to an antecedent holding the role (else to the holder on the
date), pronouns and group phrases to the most recent compatible people or countries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from storyline.actors.agents import (
    TIED_PARTICIPLES,
    counted,
    country_after,
    country_of_scene,
    let_happen,
    mission_host,
    party_nouns,
    proposal_nouns,
    singular,
)
from storyline.actors.anaphora import leaders_named
from storyline.actors.mentions import (
    Candidate,
    family_name_of,
    is_firm_name,
    is_mission,
    normalise_name,
    person_nouns,
    possessor_state,
    sovereign_owner_words,
)
from storyline.actors.registry import Entry, Registry
from storyline.quotes.direct import find_quote_spans, quoted_mask
from storyline.records import Actor, ActorMention
from storyline.time.calendar import lexicon as time_lexicon

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RANGE = re.compile(r"\d\s*[-–]\s*\d")
_SUBJ = {"nsubj", "nsubjpass"}
_STATE_SIDES = frozenset({"MIL", "GOV", "COP"})  # a state's side of a war within it
_MODIFYING = frozenset({"compound", "nmod", "amod", "poss"})
_TALKING_VERBS = frozenset({"meet", "talk", "negotiate", "confer"})  # "met with the PLO"
_SIDE_KINDS = frozenset({"country", "person"})  # what may stand for one of "the two sides"
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})  # subjects of relative clauses
_WINDOW = 2  # sentences before the current one searched for pronoun and group antecedents
_SIDES_WINDOW = 4  # ... and for the two states a pair phrase means, when two are not nearer
_PAIR_MEMORY = 10  # ... and for the two people a pair phrase meant before, when none is nearer
# ... and for a personal pronoun with none there, the sentences searched for the one person
# of its gender (a quote of several sentences between the name and the pronoun)
_WIDE_WINDOW = 5
ERA_MARGIN_YEARS = 5  # people stay in the news a few years before and after their offices
# rules whose mention text is not a name of the actor (not kept as an alias)
_ARTICLES = {"the", "a", "an"}
# sector labels that name a domain, not people: a group is named by its own noun instead
_DOMAIN_LABELS = {
    "education",
    "business",
    "religious",
    "labour",
    "health",
    "agriculture",
    "environment",
    "social",
    "intelligence",
    "media",
    "unaligned armed forces",
}
_NOT_NAMES = {"pronoun", "group", "role-group", "nominal", "relative", "agent", "apposed"}
_IMPERSONAL = {"be", "seem", "appear", "take", "remain", "look", "happen", "become", "matter"}


@dataclass(slots=True)
class _Seen:
    """One linked mention remembered for later pronouns and groups."""

    key: str
    category: str  # person, country, organization
    token: Token
    sentence: int
    last: int = -1  # index of the mention's last word


@dataclass(slots=True)
class _Person:
    key: str
    family: str
    gender: str | None
    entry: Entry | None
    first: int
    count: int = 0


def _office_named(phrase: str) -> str | None:
    """The office a pair phrase names ("the two presidents": president; "both prime
    ministers": prime minister; "the two foreign ministers": foreign minister), if one."""
    words = phrase.lower().split()
    if words[-1:] == ["presidents"]:
        return "president"
    if words[-2:] in (["prime", "ministers"], ["foreign", "ministers"]):
        return f"{words[-2]} minister"
    return None


@dataclass(slots=True)
class Linker:
    """Stateful left-to-right linking of one document's candidates."""

    doc: Doc
    registry: Registry
    published: str | None
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)
    people: dict[str, _Person] = field(default_factory=dict)
    seen: list[_Seen] = field(default_factory=list)
    new_keys: dict[str, Actor] = field(default_factory=dict)  # normalised name -> actor
    pending: dict[str, _Person] = field(default_factory=dict)  # people named later in the text
    sentence_of: dict[int, int] = field(default_factory=dict)
    sentence_year: list[str | None] = field(default_factory=list)
    org_names: dict[str, str] = field(default_factory=dict)  # short form -> full org name
    era: tuple[str, str] | None = None  # an undated document's period (see document_era)
    last_pair: tuple[int, list[str]] | None = None  # (sentence, codes) of the last pair phrase
    # (sentence, keys) of the last two people a pair phrase meant ("the two leaders")
    last_people: tuple[int, list[str]] | None = None
    pairs: list[list[str]] = field(default_factory=list)  # every pair of states named, in order
    # noun -> actor said to be one ("Timor-Leste became the 11th member": "member")
    described: dict[str, str] = field(default_factory=dict)
    quoted: list[bool] = field(default_factory=list)  # per token: inside quotation marks

    def __post_init__(self) -> None:
        self.quoted = quoted_mask(self.doc, find_quote_spans(self.doc.text))
        for idx, sent in enumerate(self.doc.sents):
            for tok in sent:
                self.sentence_of[tok.i] = idx
            year = None
            now = any(_told_now(ent) for ent in sent.ents)
            for ent in sent.ents:
                if (
                    ent.label_ == "DATE"
                    and not _RANGE.search(ent.text)
                    and not _described(ent, now)
                ):
                    found = _YEAR.findall(ent.text)
                    if found:
                        year = found[-1]
            self.sentence_year.append(year)

    @property
    def _party_object_verbs(self) -> frozenset[str]:
        return frozenset(self.registry.lexicon.get("party_object_verbs") or ())

    @property
    def _blaming_verbs(self) -> frozenset[str]:
        return frozenset(self.registry.lexicon.get("blaming_object_verbs") or ())

    @property
    def _warning_verbs(self) -> frozenset[str]:
        return frozenset(self.registry.lexicon.get("warning_verbs") or ())

    @property
    def _speaker_bound(self) -> frozenset[str]:
        return frozenset(self.registry.lexicon.get("speaker_bound_verbs", []))

    @property
    def _state_nouns(self) -> frozenset[str]:
        return frozenset(self.registry.lexicon.get("state_nouns") or ())

    @property
    def _reporting(self) -> frozenset[str]:
        return frozenset(self.registry.lexicon.get("reporting_verbs", []))

    # ------------------------------------------------------------------ dates
    def _dates(self, sent: int) -> list[str]:
        """Reference dates for a sentence: its own year, the last year named before, the DCT."""
        out = []
        if self.sentence_year[sent]:
            out.append(self.sentence_year[sent])
        earlier = next((y for y in reversed(self.sentence_year[:sent]) if y), None)
        if earlier:
            out.append(earlier)
        if self.published:
            # "later this year" in a story of 25 August 2025: the day, not all of 2025
            out = [d for d in out if not self.published.startswith(d)]
            out.append(self.published)
        return out

    def _on(self, sent: int) -> str | None:
        """The date a role noun or unsupported surname is read at: sentence year, else DCT."""
        return self.sentence_year[sent] or self.published

    # ------------------------------------------------------------------ recording
    def _actor(self, actor: Actor) -> Actor:
        return self.actors.setdefault(actor.key, actor)

    def _emit(self, c: Candidate, key: str, rule: str, remember: bool = True) -> None:
        start = self.doc[c.start].idx
        last = self.doc[c.end - 1]
        end = last.idx + len(last.text)
        sent = self.sentence_of[c.start]
        text = self.doc.text[start:end]
        self.mentions.append(ActorMention(key, start, end, sent, text, rule))
        actor = self.actors[key]
        if rule not in _NOT_NAMES and text != actor.name and text not in actor.aliases:
            actor.aliases.append(text)
        if key in self.people:
            self.people[key].count += 1
        if remember:
            head = self.doc[c.start : c.end].root
            self.seen.append(_Seen(key, actor.kind, head, sent, c.end - 1))
        if actor.kind == "country" and c.start >= 2 and self.doc[c.start - 1].text == "-":
            # "the U.S.-North Korea summit": a pair of states, as "the two sides" may mean
            before = self.mentions[-2] if len(self.mentions) > 1 else None
            pair = self.actors.get(before.actor_key) if before is not None else None
            if (
                pair is not None
                and pair.kind == "country"
                and before.end == self.doc[c.start - 1].idx
                and pair.country not in (None, actor.country)
            ):
                self._remember_pair(sent, [pair.country, actor.country])
        if remember and (pair_codes := self._conjoined_states(key, head)) is not None:
            # "delegations from Russia and Ukraine met": the sides "the two sides" may mean
            self._remember_pair(sent, pair_codes)

    def emit_states(self, c: Candidate, codes: list[str]) -> None:
        """Link a group phrase to each of these states (registry ids), remembered as no single
        antecedent; a pair phrase naming a body of each ("the two armies"; ``side_sector_nouns``)
        to that body of each."""
        sectors = self.registry.lexicon.get("side_sector_nouns") or {}
        sector = sectors.get(self.doc[c.end - 1].lower_)
        for code in codes:
            if sector is not None:
                self._emit(c, self._group(sector, code), "group", False)
            else:
                self._emit(c, self._entry_actor(self.registry.entries[code]), "group", False)

    def _remember_pair(self, sent: int, codes: list[str]) -> None:
        """The pair of states a pair phrase or a conjoined phrase of ``sent`` names."""
        self.last_pair = (sent, codes)
        self.pairs.append(list(codes))

    def _conjoined_states(self, key: str, head: Token) -> list[str] | None:
        """The countries of a state or person and of the one it is conjoined with in a
        clause's subject ("Russia and Ukraine met", "Trump and Kim"), when they differ."""
        if head.dep_ != "conj" or self.actors[key].kind not in _SIDE_KINDS:
            return None
        if not _in_subject(head.head):  # "tensions between Pyongyang and Washington": aside
            return None
        if _long_list(head) is not None:  # "the United States, Egypt and Qatar proposed"
            return None
        for s in reversed(self.seen[:-1]):
            if s.token.i == head.head.i:
                first, second = self.actors[s.key], self.actors[key]
                if first.kind not in _SIDE_KINDS or None in (first.country, second.country):
                    return None
                codes = [first.country, second.country]
                if codes[0] == codes[1] or not all(c in self.registry.entries for c in codes):
                    return None
                return codes
            if s.token.i < head.head.i:
                return None
        return None

    def _entry_actor(self, entry: Entry) -> str:
        actor = self._actor(self.registry.actor(entry.id, self.published))
        if entry.kind == "person" and actor.key not in self.people:
            self.people[actor.key] = _Person(
                actor.key, entry.family_name or "", entry.gender, entry, len(self.people)
            )
        return actor.key

    def register_new_person(self, name: str, country: str | None, sector: str | None) -> str:
        norm = normalise_name(name)
        if norm not in self.new_keys:
            key = f"new:{country or '-'}:{norm}"
            self.new_keys[norm] = self._actor(Actor(key, name, "person", country, sector))
            family = family_name_of(name, set(self.registry.lexicon.get("family_names_first", [])))
            self.people[key] = _Person(key, family, None, None, len(self.people))
        return self.new_keys[norm].key

    # ------------------------------------------------------------------ linking
    def link_entry(self, c: Candidate) -> None:
        on = self._on(self.sentence_of[c.start])  # "In 1991, George Bush ..." in a 2003 story
        matched = self.registry.entries[c.ids[0]]
        if c.key in matched.context_aliases:
            entries = [matched]  # "Communist Party" with "Poland" in the text: Poland's
        else:
            entries = self.registry.candidates(c.key, on) or [matched]
        entry = entries[0]
        key = self._entry_actor(entry)
        if entry.kind == "country":
            rule = "context-alias" if c.key in entry.context_aliases else "country"
        else:
            rule = "registry-alias"
        self._emit(c, key, rule)

    def link_state(self, c: Candidate, rule: str) -> None:
        """A country; or its people when a plural demonym is counted or bare ("thousands of
        Chileans", "Palestinians protested"; "the Chinese" stays the state); a people of
        Bosnia for "Bosnian Serbs"; ethnic kin where they live ("ethnic Albanians in
        Serbia"), not the state of their demonym."""
        entry = self.registry.entries[c.ids[0]]
        if rule == "capital" and (body := self._seated_body(c)) is not None:
            # "Brussels threatened tariffs ..., EU trade chief Pascal Lamy said": the EU
            self._emit(c, self._entry_actor(self.registry.entries[body]), "seat-of-body")
            return
        last = self.doc[c.end - 1]
        plural = rule == "demonym" and (  # the tagger reads "Kosovars" as a singular name
            last.tag_ in ("NNPS", "NNS") or (last.tag_ == "NNP" and last.lower_.endswith("s"))
        )
        ethnic = c.start > 0 and self.doc[c.start - 1].lower_ == "ethnic"
        # "the Albanians of southern Serbia": a people of the place they are "of"
        of_place = any(p.dep_ == "prep" and p.lower_ == "of" for p in last.children) and (
            country_after(last, self.registry) not in (None, entry.id)
        )
        if plural and (ethnic or of_place):
            # "ethnic Albanians in south Serbia": a people where they live, not Albania
            code = country_after(last, self.registry) or country_of_scene(last, self.registry)
            key = f"new:{code or '-'}:{singular(last)}"
            if key not in self.actors:
                name = f"ethnic {last.text}"
                self._actor(Actor(key, name, "group", code, "CVL"))
            self._emit(c, key, "agent")
            return
        words = [t.text for t in self.doc[c.start : c.end] if t.lower_ not in _ARTICLES]
        other = self.registry.country_of_demonym(last.text)
        qualifier = self.registry.country_of_demonym(" ".join(words[:-1])) if words else None
        if plural and qualifier == entry.id and other not in (None, entry.id):
            # "Bosnian Serbs", "Bosnian Croats": a people of Bosnia, not its state or Serbia
            name = " ".join(words)
            key = f"new:{entry.id}:{singular(last)}"  # as the group rule keys "Iraqi Kurds"
            if key not in self.actors:
                self._actor(Actor(key, name, "group", entry.id, "CVL"))
            self._emit(c, key, "agent")
            return
        article = self.doc[c.start].lower_ in _ARTICLES or (
            c.start > 0 and self.doc[c.start - 1].lower_ in _ARTICLES
        )
        if plural and (counted(last) or not article):
            # "thousands of Chileans", "Palestinians protested": people, not the state
            key = f"new:{entry.id}:people"
            if key not in self.actors:
                self._actor(Actor(key, " ".join(words), "group", entry.id, "CVL"))
            self._emit(c, key, "agent")
            return
        self._emit(c, self._entry_actor(entry), rule)

    def _described_state(self, c: Candidate) -> str | None:
        """The state an appositive description of a name names by a demonym or a possessive
        ("Sonangol, the Angolan state oil company"; "Eskom, South Africa's power utility")."""
        span = self.doc[c.start : c.end]
        heads = [t for t in span if t.head.i not in range(c.start, c.end)]
        for appos in (a for h in heads for a in h.children if a.dep_ == "appos" and a.i >= c.end):
            owner = possessor_state(self.doc[appos.i : appos.i + 1], self.registry, places=False)
            if owner is not None:
                return owner
            for word in self.doc[appos.left_edge.i : appos.i]:
                if code := self.registry.country_of_demonym(word.text):
                    return code
        return None

    def link_org(self, c: Candidate) -> None:
        root = self.doc[c.start : c.end].root
        if root.dep_ == "compound" and root.head.lemma_.lower() in _STATE_KINDS:
            return  # "the leaders of seven Amazon countries": a region's states, no body
        name = self.org_names.get(normalise_name(c.key), c.key)
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        # "the Iraqi News Agency", "South Korean Red Cross": a demonym opening the name
        country = next(
            (
                code
                for n in (2, 1)
                if len(words) > n
                and (code := self.registry.country_of_demonym(" ".join(words[:n])))
            ),
            None,
        )
        if country is None:  # "Ecuador's Congress", "the PLO's Central Council": its owner's
            country = possessor_state(
                self.doc[c.start : c.end], self.registry, places=False, organisations=True
            )
        if country is None:  # "Elektroprivreda Srbije, the state-run Serbian power company"
            country = self._described_state(c)
        firm = is_firm_name(name, self.registry)
        if firm and country is None:  # "Singapore Airlines", "China Eastern Airlines"
            country = next(
                (
                    entry.id
                    for n in (2, 1)
                    for k in range(len(words) - n + 1)
                    if (entry := self.registry.country_entry(" ".join(words[k : k + n])))
                    and entry.kind == "country"
                ),
                None,
            )
        key = f"new:{country or '-'}:{normalise_name(name)}"
        # "the Conservative Party", "the Movement for Democratic Change": the kind of body its
        # head word (the last, or the one before "of"/"for") names
        head = next(
            (w for w, after in zip(words, words[1:], strict=False) if after in ("of", "for")), None
        )
        head = head or (words[-1] if words else "")  # "Movement for Democratic Change"
        sector = self.registry.sector_of_word(head) if head else None
        if firm:
            sector = "BUS"
        placed = self.registry.lexicon.get("placed_org_sectors") or ()
        # "the National Assembly in Managua": a body its head word names
        body = (self.registry.lexicon.get("qualified_agent_nouns") or {}).get(head.lower())
        if country is None and (sector or body) in placed:  # "the Foreign Ministry in Tokyo"
            country = country_after(self.doc[c.end - 1], self.registry)
            key = f"new:{country or '-'}:{normalise_name(name)}"
            sector = sector or (body if country else None)
        elif country is not None and sector is None:
            sector = body  # "Spain's Senate", "the Philippine Senate": a body of its state
        self._actor(Actor(key, name, "organization", country, sector))
        self._emit(c, key, "ner" if name == c.key else "org-short-form")

    def _title_ok(self, person: _Person, honorific: str | None, dates: list[str]) -> bool:
        if honorific is None:
            return True
        gender = (self.registry.lexicon.get("honorifics") or {}).get(honorific)
        if gender and person.gender and gender != person.gender:
            return False
        titles = set(self.registry.titles_for_honorific(honorific))
        if not titles or person.entry is None:
            return True
        roles = [r for r in person.entry.roles if r.title in titles]
        if not dates:
            return bool(roles)
        return any(r.active(d) for r in roles for d in dates)

    def _seated_body(self, c: Candidate) -> str | None:
        """The registry body a capital stands for instead of its state in a text that names
        the body (``seated_bodies``: "Brussels" for the EU)."""
        seats = self.registry.lexicon.get("seated_bodies") or {}
        info = seats.get(self.doc[c.start : c.end].text)
        if not info:
            return None
        tokens = {t.text for t in self.doc}
        named = any(w in self.doc.text if " " in w else w in tokens for w in info["words"])
        return info["body"] if named else None

    def link_surname(self, c: Candidate, later: dict[str, list[str]]) -> None:
        sent = self.sentence_of[c.start]
        dates = self._dates(sent)
        prior = [p for p in self.people.values() if p.family == c.key]
        if not prior:
            prior = [self.pending[k] for k in later.get(c.key, []) if k in self.pending]
        pool = [p for p in prior if self._title_ok(p, c.honorific, dates[:1] or dates)]
        if not pool and c.honorific:
            pool = [p for p in prior if self._title_ok(p, c.honorific, [])]
        if len(pool) > 1 and dates:
            active = [p for p in pool if p.entry and p.entry.roles_at(dates[0])]
            if len(active) == 1:
                pool = active
        if pool:
            best = max(pool, key=lambda p: (p.count, -p.first))
            if c.honorific in {"Mr.", "Mr", "Sir"} and best.gender is None:
                best.gender = "m"
            elif c.honorific in {"Mrs.", "Mrs", "Ms.", "Ms", "Miss"} and best.gender is None:
                best.gender = "f"
            self.people.setdefault(best.key, best)
            self._emit(c, best.key, "title-surname" if c.honorific else "surname")
            return
        on = self._on(sent)
        namesakes = self.registry.people_with_surname(c.key, titled=c.honorific is not None)
        people = [
            e
            for e in namesakes
            if self._title_ok(_Person("", c.key, e.gender, e, 0), c.honorific, [on] if on else [])
        ]
        state = _state_before(self.doc, c.start, self.registry)
        if state is not None:
            # "Saudi Arabia's King Abdullah", "the Saudi King Abdullah": that state's namesake,
            # whatever another state's holds the title on the date; none if it has none
            ours = [e for e in namesakes if e.country == state]
            if not ours:
                key = self.register_new_person(c.key, state, None)
                self._emit(c, key, "title-surname")
                return
            if len(ours) == 1:
                self._emit(c, self._entry_actor(ours[0]), "surname-of-state")
                return
            people = [e for e in people if e.country == state] or ours
        if len(namesakes) > 1 and not self.registry.titles_for_honorific(c.honorific or ""):
            # a common family name ("Kim", "Mr. Lee") with no antecedent and no role title
            # is read as a head of state or government only, never as a lesser namesake
            top = set(self.registry.lexicon.get("prominent_titles", []))
            # (a state's office: a rebel's or party's "leader" role names no country)
            people = [e for e in people if any(r.title in top and r.country for r in e.roles)]
            if on:
                at_date = [
                    e for e in people if any(r.title in top and r.country for r in e.roles_at(on))
                ]
                if not at_date:  # nobody in office then: the one left, the nearest, or nobody
                    nearest = (
                        people[0]
                        if len(people) == 1 and not _not_yet_known(people[0], on)
                        else _nearest_in_time(people, on, top)
                    )
                    if nearest is not None:  # "Abbas" in 2000: Mahmoud (2003-), not Youssouf
                        self._emit(c, self._entry_actor(nearest), "surname-near-date")
                    return
                people = at_date
        if on:
            active = [e for e in people if e.roles_at(on)]
            if len(active) == 1:
                self._emit(c, self._entry_actor(active[0]), "surname-at-date")
                return
            if active:
                return
        if on is None and self.era is not None and len(people) > 1:
            # an undated document naming Kim Jong Il and Lim Dong-won: "President Bush" is
            # the Bush whose titled term falls in that period
            titles = set(self.registry.titles_for_honorific(c.honorific or ""))
            low, high = self.era
            people = [
                e
                for e in people
                if any(
                    (not titles or r.title in titles)
                    and (r.start or "0000") <= high
                    and (r.end or "9999") >= low
                    for r in e.roles
                )
            ]
        if len(people) == 1:
            self._emit(c, self._entry_actor(people[0]), "surname")
        elif not people and c.honorific and self.registry.titles_for_honorific(c.honorific):
            # "President Bush" when no Bush holds a title on the date: someone not in the
            # registry, known by the title and surname the text gives; of the country every
            # namesake who ever held that title served ("President Bush" in 2000 is
            # American), of none when they served several
            country = self.registry.titled_office_country(c.key, c.honorific)
            key = self.register_new_person(c.key, country, None)
            self.people.setdefault(key, self.pending.get(key) or self.people[key])
            self._emit(c, key, "title-surname")

    def link_role(self, c: Candidate, appositive: str | None) -> None:
        appositive = appositive or self._apposed_person(c)
        if appositive is not None:
            self._emit(c, appositive, "appositive")
            return
        found = self._role_holder(c, c.qualifier)
        if found is None or found[1] == "role-at-date":
            # "Qatar's prime minister, Sheikh Mohammed ... the Qatari prime minister": the one
            # the story named in that office, before any holder the lists know
            named = self._named_in_office(c)
            found = (named, "role-named") if named is not None else found
        if found is not None:
            self._emit(c, found[0], found[1])
            return
        self._emit(c, self._unknown_holder(c.key, c.qualifier), "role-unknown")

    def _named_in_office(self, c: Candidate) -> str | None:
        """The person an earlier role noun of the same office (and state, if one is named)
        was apposed to."""
        for m in reversed(self.mentions):
            actor = self.actors.get(m.actor_key)
            if (
                m.rule == "appositive"
                and actor is not None
                and actor.kind == "person"
                and m.text.lower().endswith(c.key.lower())
                and (c.qualifier is None or actor.country == c.qualifier)
            ):
                return m.actor_key
        return None

    def _apposed_person(self, c: Candidate) -> str | None:
        """The person a role noun is parsed as in apposition to, already linked ("General
        Jaruzelski, Poland's prime minister,": Jaruzelski, whatever the date)."""
        head = self.doc[c.end - 1]
        if head.dep_ != "appos":
            return None
        named = head.head
        for m in reversed(self.mentions):
            actor = self.actors.get(m.actor_key)
            if m.start <= named.idx < m.end and actor is not None and actor.kind == "person":
                return m.actor_key
        return None

    def _unknown_holder(self, office: str, country: str | None) -> str:
        """Someone in an office whose holder is not known ("The interior minister ordered
        ..."): one actor per office and country in a document, never a registry person."""
        words = reversed(office.split())
        sector = next((s for w in words if (s := self.registry.sector_of_word(w))), None)
        key = f"new:{country or '-'}:the {office}"
        if key not in self.actors:
            # "the leader of Armenia": named with the state, which the office alone does not say
            entry = self.registry.entries.get(country) if country else None
            name = f"{office} of {entry.name}" if entry is not None else office
            self._actor(Actor(key, name, "person", country, sector or "GOV"))
        return key

    def link_roles(self, c: Candidate) -> None:
        """A plural role noun: the holder for each country it names ("the presidents of ..."),
        or someone in that office when the holder is not known."""
        for code in c.ids:
            found = self._role_holder(c, code)
            key = found[0] if found is not None else self._unknown_holder(c.key, code)
            self._emit(c, key, "role-group", remember=False)

    def _role_holder(self, c: Candidate, qualifier: str | None) -> tuple[str, str] | None:
        """Actor key and rule for a role noun: an earlier mention of someone holding the role
        on the reference dates, else the one registry holder on the sentence date or DCT."""
        titles = set(self.registry.titles_for_form(c.key))
        antecedent_titles = titles
        if qualifier is not None and c.key in self.registry.lexicon.get("head_role_forms", []):
            # "the Serbian leader" after "Serbian President Aleksandar Vucic": whoever of that
            # state held one of its top offices
            antecedent_titles = titles | set(self.registry.lexicon.get("prominent_titles", []))
        sent = self.sentence_of[c.start]
        dates = self._dates(sent)
        others = _co_argument_names(self.doc[c.start : c.end].root)
        for seen in reversed(self.seen):
            person = self.people.get(seen.key)
            if person is None or person.entry is None:
                continue
            if person.family and person.family in others:
                continue  # "the president had not intended to criticise Lee": not Lee
            roles = [
                r
                for r in person.entry.roles
                if r.title in antecedent_titles and (qualifier is None or r.country == qualifier)
            ]
            if roles and (not dates or any(r.active(d) for r in roles for d in dates)):
                return seen.key, "role-antecedent"
        on = self._on(sent)
        if on is None:
            return None
        holders = self.registry.holders(sorted(titles), on, qualifier)
        if qualifier is not None:
            # "the leaders of Egypt, Qatar and Turkey": the state's, not a rebel leader of it
            state = set(self.registry.lexicon.get("state_person_sectors") or ())
            holders = [h for h in holders if h.sector in state]
        if len(holders) > 1:
            # "The presidents of Bosnia, Serbia and Croatia ... Serbian President Slobodan
            # Milosevic": of two holders on the date, the one the story names
            holders = [h for h in holders if f"reg:{h.id}" in self.pending] or holders
        if len(holders) == 1:
            return self._entry_actor(holders[0]), "role-at-date"
        return None

    def _window(self, c: Candidate, width: int = _WINDOW) -> list[_Seen]:
        sent = self.sentence_of[c.start]
        return [
            s
            for s in reversed(self.seen)
            if sent - width <= s.sentence <= sent and s.token.i < c.start
        ]

    def _sovereign_owners(self, verb: Token) -> set[str]:
        """The states whose territory, airspace or waters ``verb`` has as its object ("violated
        Turkish airspace": Turkey)."""
        entries = (self.registry.country_entry(w.text) for w in sovereign_owner_words(verb))
        return {e.id for e in entries if e is not None}

    def link_pronoun(self, c: Candidate) -> None:
        tok = self.doc[c.start]
        gender = (self.registry.lexicon.get("pronouns") or {}).get(c.key)
        if _cataphoric(tok, singular=gender is not None, personal=gender in ("m", "f")):
            return  # "During his visit, X said ...": cataphora, left unlinked
        if gender == "n" and (
            tok.dep_ == "expl"
            or (c.key == "it" and tok.dep_ not in _SUBJ and not self._party_object(tok))
        ):
            return  # (an "it" told to act is a body or state: "urged it to lift the ban")
        if gender == "n" and c.key == "it" and tok.head.lemma_ in _IMPERSONAL:
            return  # "it is expected", "it seems"
        if (
            c.key == "it"
            and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in (self.registry.lexicon.get("text_subject_verbs") or ())
        ):
            return  # "It requires both sides to ...": the plan or deal told before
        if c.key.endswith("self") and tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
            return  # "the peace treaty itself": the noun stressed, named by the noun if anyone
        options = []
        window = self._window(c)
        # "Putin thanked him": him is not Putin, however Putin was named before
        doers = {s.key for s in window if s.token.head == tok.head and s.token.dep_ in _SUBJ}
        for s in window:
            person = self.people.get(s.key)
            if gender == "n":
                # "The Indian army said its troops ...": a body named by a singular noun too
                # (not a person: "summoned Japan's ambassador and warned its citizens")
                singular_group = (
                    s.category == "group"
                    and s.token.tag_ in ("NN", "NNP")
                    and s.token.lower_ not in person_nouns()
                )
                if s.category not in {"organization", "country"} and not singular_group:
                    continue
                if _conjoined(s.token, s.last):
                    continue  # "warned the US, South Korea and Japan ..., saying it": none
                    # of several joined
                if (
                    c.key == "it"
                    and s.category == "country"
                    and s.token.dep_ in ("amod", "compound")
                    and s.token.head.pos_ == "NOUN"
                    and singular(s.token.head) not in party_nouns()
                    and s.token.head.lower_ not in party_nouns()
                ):
                    continue  # "shot down a Russian warplane near the Syrian border, saying
                    # it had violated Turkish airspace": a border is not "it" nor its state
            elif person is None or (person.gender and person.gender != gender):
                continue
            reflexive = c.key.endswith("self")
            if (
                tok.dep_ in {"dobj", "pobj", "dative"}
                and (s.token.head == tok.head or s.key in doers)
                and not reflexive
            ):
                continue  # "Pompeo told him": him is not Pompeo
            options.append(s)
        clause = tok.head
        if (
            tok.dep_ == "nsubj"
            and clause.dep_ in ("ccomp", "xcomp")
            and (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                or _mandative(clause)
                # "would not let it damage relations": what is let act is not the one letting
                or let_happen(clause)
            )
        ):
            # "Washington wants it to stop exporting": not Washington (who wants itself to
            # act says "wants to stop"); "Sadat ... demanded that it withdraw": not Sadat, nor
            # Egypt, whose leader he is
            wanter = _subject_through_conjuncts(clause.head)
            wanters = {
                s.key
                for s in window
                if (s.token.head == clause.head and s.token.dep_ in _SUBJ)
                or (wanter is not None and s.token.i == wanter.i)
            }
            own = {self.actors[k].country for k in wanters if self.actors[k].kind == "person"}
            options = [
                s
                for s in options
                if s.key not in wanters
                and not (self.actors[s.key].kind == "country" and self.actors[s.key].country in own)
            ]
        if tok.dep_ in _SUBJ and gender == "n":
            # "saying it threatened North Korea": not North Korea itself (that is "itself")
            objects = {o.text for o in tok.head.children if o.dep_ == "dobj"}
            named = {s.key for s in self.seen if s.token.text in objects}
            options = [s for s in options if s.key not in named]
            # "saying it had violated Turkish airspace": not Turkey, nor anything Turkish
            owners = self._sovereign_owners(tok.head)
            options = [s for s in options if self.actors[s.key].country not in owners]
        if tok.dep_ == "dobj" and gender == "n" and tok.head.lemma_.lower() in self._blaming_verbs:
            # "asked the court to halt Israel's campaign, accusing it": not the one asked
            options = [s for s in options if not self._addressed(s.token)]
        if tok.dep_ == "poss" and (host := mission_host(tok.head, self.registry)):
            # "stormed its embassy in the Iranian capital": not Iran's own
            options = [s for s in options if self.actors[s.key].country != host] or options
        if tok.dep_ == "poss" and is_mission(tok.head, self.registry.lexicon):
            # "the founder of WikiLeaks, who has been inside its embassy": a state's mission
            options = [s for s in options if s.category == "country"] or options
        if tok.dep_ == "poss" and (doer := _attacker_of_owned(tok)) is not None:
            # "accused the army of bombing its positions": not the army's own
            span = range(doer.left_edge.i, doer.right_edge.i + 1)
            options = [s for s in options if s.token.i not in span] or options
        if not options and gender in ("m", "f"):
            options = self._only_one_of_gender(c, gender)
        if not options:
            return
        if (
            c.key == "it"
            and (speaker := _speaker_of_clause(tok, self._speaker_bound)) is not None
            and speaker.tag_ == "NN"
            and speaker.lemma_.lower() in self._state_nouns
            and not any(s.token.i == speaker.i for s in self.seen)
        ):
            return  # "A new government under Abdul Zamani said it had asked ...": that
            # government, which names no actor known, not a state or station named before
        if gender in ("m", "f") and _unnamed_person_before(tok, options, doers):
            return  # "expelled a senior Canadian diplomat, giving him five days": the
            # diplomat, no one named
        choice = options[0]
        option_tokens = {s.token.i for s in options}

        def rival(token: Token) -> bool:
            return token.i in option_tokens

        if (same := _conjoined_subject(tok, options)) is not None:
            # "said it hoped the US would respect ..., and it warned", "The ministry said ...,
            # and it warned": the subject of the clause it is joined to
            choice = same
        elif (
            c.key == "it"
            and (speaker := _speaker_of_clause(tok, self._speaker_bound)) is not None
            and any(s.token.i == speaker.i for s in options)
        ):
            # "demanded that China withdraw and warned that it would honour its obligations":
            # the one warning
            choice = next(s for s in options if s.token.i == speaker.i)
        elif (
            tok.dep_ in _SUBJ
            and (blamed := _blamed_by_saying(tok, self._blaming_verbs)) is not None
            and any(s.token.i == blamed.i for s in options)
        ):
            # "Borrell blamed Kurti for the deadlock, saying he had refused ...": the one
            # blamed
            choice = next(s for s in options if s.token.i == blamed.i)
        elif (
            tok.dep_ in _SUBJ
            and (warned := _warned_of_own_act(tok, self._warning_verbs)) is not None
            and any(s.token.i == warned.i for s in options)
        ):
            # "warned Beijing of grave consequences if it attacked the island": the one warned
            choice = next(s for s in options if s.token.i == warned.i)
        elif (
            tok.dep_ in _SUBJ
            and gender == "n"
            and (held := _object_held_to_terms(tok)) is not None
            and any(s.token.i == held.i for s in options)
        ):
            # "would keep fighting the Luanda government until it agreed to negotiate": the
            # one acted on until it gives in
            choice = next(s for s in options if s.token.i == held.i)
        elif tok.dep_ in _SUBJ and (told := _told_of_own_things(tok)) is not None:
            # "urged Serbia to withdraw troops it had massed": the one told to act
            span = range(told.left_edge.i, told.right_edge.i + 1)
            choice = next((s for s in options if s.token.i in span), options[0])
        elif tok.dep_ in _SUBJ:
            # a subject pronoun: the subject (or the subject's possessor) of the nearest
            # sentence with candidates ("Pompeo's remarks come a day after ... He also had a
            # call": Pompeo, not an expert quoted the sentence before), else the latest subject
            nearest = [s for s in options if s.sentence == options[0].sentence]
            choice = next((s for s in nearest if _salient(s.token)), None) or next(
                (s for s in options if s.token.dep_ in _SUBJ), options[0]
            )
        elif (
            c.key.endswith("self")
            and tok.dep_ in ("dobj", "pobj", "dative")
            and (binder := _clause_binder(tok)) is not None
        ):
            # "warned that it would defend itself": the subject of its own clause
            span = range(binder.left_edge.i, binder.i + 1)
            choice = next((s for s in options if s.token.i in span), choice)
        elif tok.dep_ in {"dobj", "dative"}:
            # (not a name inside another noun: "violated the one-China principle and urged it")
            heads = [
                s for s in options if gender != "n" or s.token.dep_ not in _MODIFIER_DEPS
            ] or options
            # an object like it, in its own sentence when that names candidates ("Barak
            # returned to Israel, where critics accused him": Barak, not one briefed the
            # sentence before)
            own = [s for s in options if s.sentence == self.sentence_of[c.start]]
            choice = next((s for s in own or options if s.token.dep_ == tok.dep_), heads[0])
        elif (
            tok.dep_ == "poss"
            and gender in ("m", "f")
            and not any(s.sentence == self.sentence_of[c.start] for s in options)
            and not _binds_an_option(_clause_binder(tok, self._reporting, rival), options)
            and (
                lead := next(
                    (
                        s
                        for s in options
                        if s.sentence == options[0].sentence and _main_subject(s.token)
                    ),
                    None,
                )
            )
            is not None
        ):
            # "... four months after his summit with Kim Jong Il. The committee praised his
            # policy": a person's possessive in a sentence naming no one before it is the
            # main subject of the nearest sentence with candidates, not the last name there
            choice = lead
        elif (
            tok.dep_ == "poss"
            and gender == "n"
            and (shared := _subject_of_joined_clause(tok, rival)) is not None
            and any(s.token.i == shared.i for s in options)
        ):
            # "NATO held an emergency meeting at Ankara's request, and its secretary-general
            # called for calm": the subject of the clause joined before, not an owner in its
            # phrase (but "attacked the town, and its mayor fled": the town's)
            choice = next(s for s in options if s.token.i == shared.i)
        elif (
            tok.dep_ == "poss"
            and (binder := _clause_binder(tok, self._reporting, rival)) is not None
        ):
            # "urged Kim Jong Il, whose son later ruled, to halt his missile tests": the
            # possessive belongs to the one who does the clause's act
            span = range(binder.left_edge.i, binder.i + 1)
            choice = next((s for s in options if s.token.i in span), choice)
        if tok.dep_ == "poss" and (objects := _objects_for(tok)):
            # "thanked him for his support", "blamed Seoul for its stance": the object's
            choice = next((s for s in options if s.token.i in objects), choice)
        self._emit(c, choice.key, "pronoun")

    def _party_object(self, tok: Token) -> bool:
        """Whether an object "it" is a party: told to act ("urged it to lift the ban") or the
        object of a verb whose object is one (``party_object_verbs``: "accusing it of
        genocide")."""
        verbs = self._party_object_verbs | self._blaming_verbs
        return _controls(tok) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs)

    def _addressed(self, token: Token) -> bool:
        """Whether a mention is the object of a verb of asking or telling (``party_object_verbs``:
        "asked the court to halt ...")."""
        return token.dep_ == "dobj" and token.head.lemma_.lower() in self._party_object_verbs

    def _only_one_of_gender(self, c: Candidate, gender: str) -> list[_Seen]:
        """The mentions of the one person of ``gender`` in the wider window, if only one
        person of that gender is there."""
        found = [
            s
            for s in self._window(c, _WIDE_WINDOW)
            if (person := self.people.get(s.key)) is not None and person.gender == gender
        ]
        return found if len({s.key for s in found}) == 1 else []

    def link_nominal(self, c: Candidate) -> None:
        """A definite description ("the company", "the government", "the court"): the latest
        organisation or state nearby, or for a state body ("the court", ``ids`` = its sector)
        that state's body. ``ids``: the sector, and "body" for a state body. With none nearby,
        a group of that sector and no known country: "The junta released 20 prisoners" still
        names who acted."""
        if self._introduced_thing(c):
            return  # "sets up a commission to mark the border ... the commission's ruling"
        sector = c.ids[0] if c.ids else None
        fitting = (self.registry.lexicon.get("organization_back_nouns") or {}).get(
            self.doc[c.end - 1].lemma_.lower()
        )
        doers = self._doers_of(self.doc[c.end - 1]) if c.key == "country" else set()
        if sector is not None and "body" in c.ids:
            # "Egypt's irrigation ministry said ... The ministry said": the body named before
            # by the same noun, whichever state was named since
            noun = self.doc[c.end - 1].lemma_.lower()
            for s in self._window(c):
                actor = self.actors[s.key]
                if s.token.lemma_.lower() == noun and actor.kind == "group" and actor.country:
                    self._emit(c, s.key, "nominal")
                    return
            if noun in (self.registry.lexicon.get("junta_nouns") or ()):
                rulers = set(self.registry.lexicon.get("military_ruler_nouns") or ())
                for s in self._window(c, _WIDE_WINDOW):
                    actor = self.actors[s.key]
                    # "the army", "Mali's military government"
                    words = {s.token.lemma_.lower()} | {
                        m.lemma_.lower() for m in s.token.children if m.dep_ in ("amod", "compound")
                    }
                    if actor.kind == "group" and actor.country and words & rulers:
                        self._emit(c, self._group(sector, actor.country), "nominal")
                        return
                # "after the junta that seized power ignored a deadline ... Nigeria cut off
                # electricity ... The junta has refused": the junta named so before, of no
                # known state, not the state named last
                for s in self._window(c, _WIDE_WINDOW):
                    actor = self.actors[s.key]
                    if s.token.lemma_.lower() == noun and actor.kind == "group":
                        self._emit(c, s.key, "nominal")
                        return
                # "Niger expelled France's ambassador ... critical of the junta": the latest
                # state named, not one that sent an envoy nor one acting on the junta
                doers = self._doers_of(self.doc[c.end - 1])
                for s in self._window(c):
                    actor = self.actors[s.key]
                    if (
                        actor.kind == "country"
                        and actor.country
                        and s.token.i not in doers
                        and not self._sends_envoy(s.token)
                    ):
                        self._emit(c, self._group(sector, actor.country), "nominal")
                        return
            # "a warrant from the International Criminal Court ... had not helped the court":
            # a world body named by that noun before, with no state's own body between
            for s in self._window(c, _WIDE_WINDOW):
                actor = self.actors[s.key]
                if actor.kind == "group" and actor.country and s.token.lemma_.lower() == noun:
                    break
                if actor.kind == "organization" and noun in actor.name.lower().split():
                    self._emit(c, s.key, "nominal")
                    return
        # "the bloc" names the latest body of its sectors further back too ("leaders of the
        # bloc gathered ... [three sentences] ... The bloc has barred the junta's chief")
        wide = c.key == "organization" and fitting is not None
        width = _WIDE_WINDOW if wide else _WINDOW
        if c.key == "country" and (led := self._state_of_leader(c)) is not None:
            self._emit(c, led, "nominal")  # "the transitional government led by Deby"
            return
        if c.key == "country" and (own := self._own_state_served(c)) is not None:
            self._emit(c, own, "nominal")  # "his government would arm civilians to defend
            return  # the country": the speaker's own
        if c.key == "country" and sector and (fought := self._state_fought(c)) is not None:
            self._emit(c, self._group(sector, fought), "nominal")
            return
        region = self._region_of(c) if c.key == "country" else frozenset()
        leavers = self._leavers_of(self.doc[c.end - 1]) if c.key == "country" else set()
        if leavers:
            doers = set()  # "Mali told France's envoy to leave the country": the teller's
        options = self._nominal_options(c, width, lambda s: s.category == c.key)
        if c.key == "organization":
            # "the International Atomic Energy Agency ... the Supreme National Security
            # Council ... the agency": a body whose name holds the noun first
            noun = self.doc[c.end - 1].lower_
            named = [
                s
                for s in options
                if s.category == c.key and noun in self.actors[s.key].name.lower().split()
            ]
            options = named + [s for s in options if s not in named]
        left_by = {s.key for s in options if s.token.i in leavers}
        for s in options:
            if s.category != c.key:
                continue
            actor = self.actors[s.key]
            if region and actor.country not in region:
                continue  # "China ... after the Baltic state allowed": Lithuania, not China
            if s.key in left_by:
                continue  # "told France's ambassador to leave the country": not France
            if c.key == "organization" and fitting is not None and actor.sector not in fitting:
                continue  # "the movement" is no UN
            if s.token.i in doers:
                continue  # "South Korea's ministry blamed the regime": not the blamer's own
            if c.key == "country" and _conjoined(s.token, s.last):
                continue  # "accused Rwanda and Uganda of ... talks between the government and
                # the rebels": one of several states joined is not "the government"
            code = actor.country or actor.registry_id
            if sector is not None and "body" in c.ids and code:
                self._emit(c, self._group(sector, code), "nominal")
            else:
                self._emit(c, s.key, "nominal")
            return
        if sector is not None:
            # "a blow to the camp of Iranian President Khatami, the hardline judiciary shut
            # down ...", "Thai Prime Minister Abhisit said the government would lift ...": the
            # state of the latest office-holder nearby
            # (not the state of the one acting on it: "Konare urged the administration")
            noun = self.doc[c.end - 1]
            # (nor the go-between's: "offered to host talks between the government and ...")
            between = self._doers_of(noun) if noun.head.lower_ == "between" else set()
            code = self._office_holder_state(c, noun.head, between)
            if code is not None:
                self._emit(c, self._group(sector, code), "nominal")
                return
        if sector is not None:
            self._emit(c, self._group(sector, None, c), "agent")

    def _introduced_thing(self, c: Candidate) -> bool:
        """Whether a definite description's noun was brought in just before with "a" or
        "an" and named no actor there ("sets up a commission ... the commission's ruling":
        that new commission, no state's); not a state's own government or regime."""
        lemma = self.doc[c.end - 1].lemma_.lower()
        if lemma in (self.registry.lexicon.get("state_nouns") or ()):
            return False
        first = self.sentence_of[c.start] - _WINDOW
        introduced = []
        for i in range(c.start - 1, -1, -1):  # back through the window's sentences only
            if self.sentence_of[i] < first:
                break
            t = self.doc[i]
            if t.lemma_.lower() == lemma and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children
            ):
                introduced.append(i)
        return bool(introduced) and bool(set(introduced) - {s.token.i for s in self.seen})

    def _nominal_options(
        self, c: Candidate, width: int, fits: Callable[[_Seen], bool]
    ) -> list[_Seen]:
        """The window of a definite description, latest first; for a subject, the main
        subjects of the nearest sentence with ones that ``fits`` first ("the Taliban promised
        not to allow al Qaeda ... The militants also agreed": the Taliban)."""
        window = self._window(c, width)
        if self.doc[c.end - 1].dep_ not in _SUBJ:
            return window
        fitting = [s for s in window if fits(s)]
        if not fitting:
            return window
        first = [s for s in fitting if s.sentence == fitting[0].sentence]
        main = [s for s in first if _main_subject(s.token)]
        return main + [s for s in window if s not in main]

    def _sends_envoy(self, token: Token) -> bool:
        """Whether a state's word names the one an envoy comes from ("France's ambassador",
        "the French envoy")."""
        envoys = self.registry.lexicon.get("envoy_nouns") or ()
        return token.dep_ in ("poss", "amod", "compound") and token.head.lemma_.lower() in envoys

    def _state_of_leader(self, c: Candidate) -> str | None:
        """The state of the known person a description says leads it ("the transitional
        government led by Mahamat Idriss Deby": Chad; "a new government under Babrak
        Karmal": Afghanistan), if that state is in the registry."""
        head = self.doc[c.end - 1]
        leading = self.registry.lexicon.get("leading_participles") or ()
        for leader in leaders_named(head, leading):
            name = self.doc[leader.left_edge.i : leader.i + 1].text
            found = self.registry.candidates(name, on=self._on(self.sentence_of[c.start]))
            people = {e.country for e in found if e.kind == "person" and e.country}
            if len(people) == 1 and (code := people.pop()) in self.registry.entries:
                return self._entry_actor(self.registry.entries[code])
        return None

    def _own_state_served(self, c: Candidate) -> str | None:
        """For "the country" as the object of a verb by which one serves one's own state
        (``own_state_verbs``: "defend", "rule"), the state of the verb's subject: a person, or
        a group, of a known state or a state's body named by a pronoun's owner ("his
        government would arm civilians to defend the country": the speaker's; "the junta
        warned that it would defend the country": the junta's); else None."""
        noun = self.doc[c.end - 1]
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in (
            self.registry.lexicon.get("own_state_verbs") or ()
        ):
            return None
        codes = self._states_of_doers(noun, ("person", "country", "group"))
        if len(codes) != 1 or (code := codes.pop()) not in self.registry.entries:
            return None
        return self._entry_actor(self.registry.entries[code])

    def _states_of_doers(
        self, noun: Token, kinds: Collection[str], sectors: Collection[str] | None = None
    ) -> set[str]:
        """The countries of the actors of these kinds (and sectors) named in the subject of
        the verb acting on ``noun``."""
        spots = [self.doc[i].idx for i in self._doers_of(noun)]
        return {
            actor.country
            for m in self.mentions
            if any(m.start <= spot < m.end for spot in spots)
            and (actor := self.actors[m.actor_key]).kind in kinds
            and (sectors is None or actor.sector in sectors)
            and actor.country
        }

    def _state_fought(self, c: Candidate) -> str | None:
        """For "the government" acted on by a rebel or opposition leader or group of a known
        state ("Dhlakama ... accused the government of delaying the deal"), that state: the
        government the movement fights, whichever state was named last; else None."""
        fighting = set(self.registry.lexicon.get("armed_movement_sectors") or ()) | {"OPP"}
        codes = self._states_of_doers(
            self.doc[c.end - 1], ("person", "group", "organization"), fighting
        )
        if len(codes) != 1 or (code := codes.pop()) not in self.registry.entries:
            return None
        return code

    def _leavers_of(self, noun: Token) -> set[int]:
        """Token indices of the phrase of the one who leaves the place ``noun`` names, as the
        object of one of ``leaving_verbs`` ("gave France's ambassador 72 hours to leave the
        country": the ambassador, and France with it); the infinitive's subject is the
        object of the verb that governs it."""
        verb = noun.head
        leaving = self.registry.lexicon.get("leaving_verbs") or ()
        if noun.dep_ == "pobj" and verb.lower_ in ("of", "from"):
            return self._takers_from(noun)
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in leaving:
            return set()
        leavers = [c for c in verb.children if c.dep_ in _SUBJ]
        if not leavers and verb.dep_ in ("xcomp", "ccomp", "advcl"):
            leavers = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        return {t.i for leaver in leavers for t in leaver.subtree}

    def _takers_from(self, place: Token) -> set[int]:
        """Token indices of the phrases of those who take people or forces away from the
        place ``place`` names, by one of ``withdrawing_verbs`` with "from" or "out of" ("would
        pull its troops out of the country": the troops, "its", and the subject, shared by
        conjoined verbs)."""
        prep = place.head
        verb = prep.head
        if verb.lower_ == "out" and verb.dep_ in ("prt", "prep", "advmod"):
            verb = verb.head
        elif prep.lower_ != "from":
            return set()
        taking = self.registry.lexicon.get("withdrawing_verbs") or ()
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in taking:
            return set()
        taken = [c for c in verb.children if c.dep_ == "dobj"]
        while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in _SUBJ for c in verb.children):
            verb = verb.head
        takers = taken + [c for c in verb.children if c.dep_ in _SUBJ]
        return {t.i for c in takers for t in c.subtree}

    def _doers_of(self, noun: Token) -> set[int]:
        """Token indices of the subject phrase of the verb whose object ``noun`` is (or whose
        phrase holds it: "blamed the attack on the regime"; or whose envoy it sends: "France
        ... summoned the country's ambassador", not "shut down the country's only daily"),
        shared by conjoined verbs."""
        envoys = self.registry.lexicon.get("envoy_nouns") or ()
        if (
            noun.dep_ == "poss"
            and noun.head.dep_ in ("dobj", "pobj")
            and noun.head.lower_ in envoys
        ):
            noun = noun.head
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "between" and verb.head.pos_ == "NOUN":
            # "offered to host talks between the government and the rebels": the go-between
            # is no side
            noun = verb.head
            verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return set()
        while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in _SUBJ for c in verb.children):
            verb = verb.head
        return {t.i for c in verb.children if c.dep_ in _SUBJ for t in c.subtree}

    def _group(self, sector: str, code: str | None, span: Candidate | None = None) -> str:
        """The key of the group of this sector (or noun) and country, made on first use."""
        known = sector in self.registry.sectors
        label = self.registry.sectors.get(sector, {}).get("label", sector.lower())
        key = f"new:{code or '-'}:{label}"
        if key not in self.actors:
            country = self.registry.entries.get(code or "")
            name = f"{country.name} {label}" if country is not None else label
            if not known and span is not None:
                # "Iraqi Kurds"; "Kurds", "rebel Tamils": the words the text uses
                first = next(
                    (t.i for t in self.doc[span.start : span.end] if t.lower_ not in _ARTICLES),
                    span.end,
                )
                name = self.doc[first : span.end].text or name  # "anti-aircraft batteries"
                last = self.doc[span.end - 1]
                words = (last.lower_, last.lemma_.lower(), last.lower_.removesuffix("s"))
                if first < span.end - 1 and sector not in words:
                    # "Bosnian Serb leaders" for the people "serb": "Bosnian Serbs"
                    name = f"{self.doc[first : span.end - 1].text.removesuffix('s')}s"
                if span.ids and country is not None and country.demonyms:
                    # "Japanese and South Korean counterparts": each its own
                    name = f"{country.demonyms[0]} {self.doc[span.end - 1].text}"
            elif known and span is not None and (label in _DOMAIN_LABELS or span.kind == "nominal"):
                head = self.doc[span.end - 1]  # "students", not "education"
                if head.tag_ in ("NNS", "NN"):
                    name = f"{country.name} {head.lower_}" if country is not None else head.lower_
            # a group named by a noun for people ("aides", "negotiators"): the sector the noun
            # points to, if any
            kind_of = sector if known else self.registry.sector_of_word(sector)
            self._actor(Actor(key, name, "group", code, kind_of))
        return key

    def link_agent(self, c: Candidate) -> None:
        """A collective noun ("South Korean troops"): the group of that sector and country,
        and of each further country conjoined before it ("Indian and Pakistani troops"); with
        no country named, the country of the one its possessive pronoun stands for ("The
        Indian army said its troops ...")."""
        if (named := self._members_of(c)) is not None:
            self._emit(c, named, "nominal")
            return
        head = self.doc[c.end - 1]
        if (said := self._predicated(c, head)) is not None:
            # "Timor-Leste became the 11th member of ASEAN ... welcomed the new member"
            self.described[head.lemma_.lower()] = said
            self._emit(c, said, "nominal")
            return
        if (
            not c.ids
            and c.qualifier is None
            and self.doc[c.start].lower_ == "the"
            and (said := self.described.get(head.lemma_.lower())) is not None
        ):
            self._emit(c, said, "nominal")
            return
        owner = self._owner_country(head)
        if head.lower_ in (self.registry.lexicon.get("counterpart_nouns") or ()):
            # "his Singapore counterpart": the other side's, never the owner's
            owner = next(
                (
                    entry.id
                    for m in head.children
                    if m.dep_ in ("compound", "amod")
                    and (entry := self.registry.country_entry(m.text)) is not None
                    and entry.kind == "country"
                ),
                None,
            )
        if owner is None and c.qualifier is None and not c.ids:
            owner = self._state_of_the_force(c, head)
        if owner is None and c.qualifier is None and not c.ids:
            owner = self._sole_force_state(c, head)
        if c.end - c.start == 1 and (led := self._led_force(head, c.key)) is not None:
            self._emit(c, led, "agent")  # "Hemedti said his forces ...": the RSF
            return
        if c.end - c.start == 1 and owner is not None:  # "its nationals in Georgia": whose
            code = owner  # they are, not where they are (a demonym in the span still wins)
        else:
            code = c.qualifier or owner
        self._emit(c, self._group(c.key, code, c), "agent")
        for code in c.ids:
            self._emit(c, self._group(c.key, code, c), "agent", remember=False)

    def _predicated(self, c: Candidate, head: Token) -> str | None:
        """The actor a description of no country is said to be ("Timor-Leste became the 11th
        member of the Association"): the subject of the copula it completes, if linked."""
        verb = head.head
        if c.ids or c.qualifier is not None or head.dep_ != "attr":
            return None
        if verb.lemma_.lower() not in ("be", "become", "remain"):
            return None
        subjects = {t.i for t in verb.children if t.dep_ == "nsubj"}
        return next(
            (s.key for s in self._window(c, 0) if s.token.i in subjects and s.category != "person"),
            None,
        )

    def _members_of(self, c: Candidate) -> str | None:
        """The latest organisation nearby of a sector a bare "the rebels" (``member_back_nouns``)
        stands for: "a statement faxed by the Liberation Tigers of Tamil Eelam, the rebels
        said" is the Tigers, not rebels of no known country; so does "the <kind> group" of an
        organisation's kind (``group_cues``, ``organization_back_nouns``): "Israel struck Hamas
        positions ... The militant group fired rockets" is Hamas, "the paramilitary Rapid
        Support Forces ... the paramilitary group" the RSF."""
        # (a country the span's own words do not name is the scene's: "The militant group
        # fired rockets at Tel Aviv" is not Israel's, "The rebels ... have fired missiles at
        # Israel" not Israeli rebels; but a place after it names theirs: "the rebels in
        # Darfur")
        if c.ids or c.end - c.start < 2:
            return None
        if c.qualifier and c.end - c.start == 2:
            placed = country_after(self.doc[c.end - 1], self.registry)
            if placed is not None and placed == c.qualifier:
                return None
        if self.doc[c.start].lower_ != "the":
            return None
        lexicon = self.registry.lexicon
        if c.end - c.start == 2:
            fitting = (lexicon.get("member_back_nouns") or {}).get(self.doc[c.end - 1].lower_)
        else:
            fitting = self._kind_of_group(c)
        if fitting is None:
            return None

        def member(s: _Seen) -> bool:
            return s.category == "organization" and self.actors[s.key].sector in fitting

        return next((s.key for s in self._nominal_options(c, _WINDOW, member) if member(s)), None)

    def _kind_of_group(self, c: Candidate) -> frozenset[str] | None:
        """The sectors an organisation called "the <kind> group" may have: that of the kind
        word, or every armed movement's for an armed one ("militant", "paramilitary"); any
        the noun may have for one told by who backs or hosts it ("the Iran-backed group")."""
        lexicon = self.registry.lexicon
        noun = self.doc[c.end - 1]
        back = (lexicon.get("organization_back_nouns") or {}).get(noun.lemma_.lower())
        kinds = [m for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i]
        if back is None or noun.tag_ != "NN" or len(kinds) != 1:
            return None
        kind = kinds[0]
        if (kind.left_edge.i, kind.i) != (c.start + 1, c.end - 2):
            return None
        if kind.lower_ in TIED_PARTICIPLES and kind.left_edge.i < kind.i:
            return frozenset(back)  # "the Iran-backed group": not Iran
        # (the sector its describing word gave the candidate, ``group_cues``)
        sector = c.key if c.key in self.registry.sectors else None
        if sector is None or kind.i != c.start + 1:
            return None
        armed = frozenset(lexicon.get("armed_movement_sectors") or ())
        return frozenset(back) & (armed if sector in armed else frozenset({sector}))

    def _state_of_the_force(self, c: Candidate, head: Token) -> str | None:
        """The state of "the army", "the police" (a definite singular force noun of no state,
        ``state_force_nouns``): that of the same force named nearby ("the Sudanese army ...
        the army"), else of the latest office-holder of a state sector nearby ("Israel's
        defence minister warned that the army would ..."), else of the same force named
        further back."""
        forces = self.registry.lexicon.get("state_force_nouns") or ()
        if head.lower_ not in forces or self.doc[c.start].lower_ != "the" or c.end - c.start != 2:
            return None
        if (same := self._same_force_state(c)) is not None:
            return same
        rulers = set(self.registry.lexicon.get("military_ruler_nouns") or ())
        for s in self._window(c, _WIDE_WINDOW):
            # "Mali's military government ordered ... since the army seized power": the army
            # of the state the military rules
            actor = self.actors[s.key]
            words = {m.lemma_.lower() for m in s.token.children if m.dep_ in ("amod", "compound")}
            if actor.kind == "group" and actor.country and words & rulers:
                return actor.country
        if (holder := self._office_holder_state(c)) is not None:
            return holder
        # "Sudan's army and the RSF signed a truce ... [three sentences] ... air strikes by the
        # army": the same force named further back
        return self._same_force_state(c, _WIDE_WINDOW)

    def _sole_force_state(self, c: Candidate, head: Token) -> str | None:
        """The state of bare "Troops" doing an act (``bare_force_nouns``, one plural word
        and a subject): the one state whose forces of the candidate's sector were named in
        the last sentences ("the Thai military had taken control ... Troops detained ...");
        none when forces of two states were. (Those acted on are often the other side's:
        "Pakistani troops shelled Indian positions, killing four soldiers".)"""
        bare = self.registry.lexicon.get("bare_force_nouns") or ()
        if (
            c.end - c.start != 1
            or head.tag_ != "NNS"
            or head.dep_ != "nsubj"
            or head.lemma_.lower() not in bare
        ):
            return None
        states = {
            actor.country
            for s in self._window(c)
            if (actor := self.actors[s.key]).kind == "group"
            and actor.sector == c.key
            and actor.country
        }
        return next(iter(states)) if len(states) == 1 else None

    def _same_force_state(self, c: Candidate, width: int = _WINDOW) -> str | None:
        """The state of the latest group of the candidate's sector with a state, named in the
        last ``width`` sentences."""
        for s in self._window(c, width):
            actor = self.actors[s.key]
            if actor.kind == "group" and actor.sector == c.key and actor.country:
                return actor.country
        return None

    def _office_holder_state(
        self, c: Candidate, not_subject_of: Token | None = None, skip: Collection[int] = ()
    ) -> str | None:
        """The state of the latest office-holder of a state sector (``state_person_sectors``)
        named nearby, leaving out the subject of ``not_subject_of`` and those named at the
        token indices ``skip``."""
        state = self.registry.lexicon.get("state_person_sectors") or ()
        for s in self._window(c):
            if not_subject_of is not None and s.token.head == not_subject_of:
                if s.token.dep_ in _SUBJ:
                    continue  # "Konare urged the administration": not the urger's own
            if s.token.i in skip:
                continue
            actor = self.actors[s.key]
            if s.category == "person" and actor.country and actor.sector in state:
                return actor.country
        return None

    def _led_force(self, head: Token, sector: str) -> str | None:
        """The armed movement whose leader a possessive pronoun on a force noun stands for
        ("RSF commander Hemedti said his forces would investigate": the RSF, not Sudan's
        army): a registry person holding, on the publication date, a role in a body of an
        armed sector."""
        armed = set(self.registry.lexicon.get("armed_movement_sectors") or ())
        if sector not in armed | {"MIL"}:
            return None
        actor = self._possessor(head)
        entry = self.registry.entries.get(actor.registry_id or "") if actor else None
        if entry is None or entry.kind != "person":
            return None
        for role in entry.roles_at(self.published):
            body = self.registry.entries.get(role.org or "")
            if body is not None and body.sector in armed:
                return self._entry_actor(body)
        return None

    def _possessor(self, head: Token) -> Actor | None:
        """The actor a possessive pronoun on ``head`` was linked to ("his forces": his;
        "Eritrea, whose troops": Eritrea)."""
        owner = next(
            (
                c
                for c in head.children
                if c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ == "WP$")
            ),
            None,
        )
        if owner is None:
            return None
        key = next(
            (
                m.actor_key
                for m in self.mentions
                if m.start == owner.idx and m.rule in ("pronoun", "relative")
            ),
            None,
        )
        return self.actors.get(key) if key else None

    def _owner_country(self, head: Token) -> str | None:
        """The country of the actor a possessive pronoun on ``head`` was linked to."""
        actor = self._possessor(head)
        return actor.country if actor is not None else None

    def link_apposed(self, c: Candidate) -> None:
        """A description with a body's name beside it ("the militant group Hamas"): the
        body's actor."""
        at = self.doc[c.name_start].idx
        for m in self.mentions:
            if m.start <= at < m.end:
                self._emit(c, m.actor_key, "apposed", remember=False)
                return

    def link_relative(self, c: Candidate) -> None:
        """A relative pronoun ("which", "who"): the actor of the noun its clause modifies;
        for "who" hung on a body's name inside a person's description, the person ("Julian
        Assange, the founder of WikiLeaks, who has been ...": Assange)."""
        head = self.doc[c.name_start]
        if self.doc[c.start].lower_ in ("who", "whom", "whose"):
            node = head
            for _ in range(4):
                key = self._mention_key_at(node)
                if key is not None and self.actors[key].kind == "person":
                    if node.i != head.i:
                        self._emit(c, key, "relative", remember=False)
                        return
                    break
                if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "appos"):
                    break
                node = node.head
        key = self._mention_key_at(head)
        if key is not None:
            self._emit(c, key, "relative", remember=False)

    def _mention_key_at(self, token: Token) -> str | None:
        """The actor of the latest mention covering ``token`` (not a pair's or a group's)."""
        for m in reversed(self.mentions):
            if m.start <= token.idx < m.end and m.rule not in {"group", "role-group"}:
                return m.actor_key
        return None

    def _speakers(self, c: Candidate, window: list[_Seen], owners: bool = False) -> set[str]:
        """Keys whose only nearby mention is the subject of a reporting verb governing the
        clause that holds ``c``, or joined to it ("Yoon said the two sides ..." is not about
        Yoon); with
        ``owners``, the subject's whole phrase ("Oman's foreign minister Badr Albusaidi said
        ...")."""
        verbs = self._reporting
        reporters: set[Token] = set()
        tok = self.doc[c.start]
        while tok.head.i != tok.i:
            if tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_ in verbs:
                reporters.add(tok.head)
            if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.lemma_ in verbs:
                # "Macron said Russia was the aggressor, and Starmer spoke to both leaders":
                # the speaker of a clause joined to it is none of them either
                reporters.add(tok.head)
            tok = tok.head
        subjects = [t for r in reporters for t in r.children if t.dep_ in _SUBJ]
        spans = [(t.left_edge.i, t.right_edge.i) if owners else (t.i, t.i) for t in subjects]
        speaking = [s for s in window if any(low <= s.token.i <= high for low, high in spans)]
        other = {s.key for s in window if s not in speaking}
        return {s.key for s in speaking} - other

    def _only_quoted(self, c: Candidate, window: list[_Seen]) -> set[str]:
        """Keys named in ``window`` only inside quotation marks, when ``c`` is outside them
        ("Biden said: 'Putin thought Ukraine was weak.' ... Zelenskiy said the two leaders
        had discussed weapons": not Putin)."""
        if self.quoted[c.start]:
            return set()
        inside = {s.key for s in window if self.quoted[s.token.i]}
        return inside - {s.key for s in window if not self.quoted[s.token.i]}

    def link_pair(self, c: Candidate) -> None:
        window = self._window(c)
        speakers = self._speakers(c, window)
        skip = speakers | self._own_subject(c, window) | self._only_quoted(c, window)
        keys: list[str] = []
        office = _office_named(c.key)
        for s in window:
            if s.key in self.people and s.key not in skip and s.key not in keys:
                keys.append(s.key)
        if office is not None:
            # "the two presidents" after "Trump and Putin ... Rubio and Lavrov spoke ... Prime
            # Minister Orban": the presidents (people whose offices are unknown stay)
            skip = skip | {k for k in keys if not self._may_hold(k, office)}
            keys = [k for k in keys if k not in skip]
        elif c.key.lower().endswith("leaders"):
            # "the summit between Reagan and Gorbachev ... Shultz said ... Gorbachev told
            # reporters ... the two leaders": not the secretary of state
            skip = skip | {k for k in keys if not self._may_lead(k)}
            keys = [k for k in keys if k not in skip]
        plural_offices = set(self.registry.lexicon.get("plural_office_pairs") or ())
        searched, acting_further = window, []
        if len(keys) < 2 and (
            any(t.lower_ in ("two", "both") for t in self.doc[c.start : c.end])
            or c.key in plural_offices
        ):
            # "Maduro ordered ... Ali called the move a threat ... Brazil moved armoured
            # vehicles ... The two leaders met": further back, people who act, holding the
            # same office ("both leaders" after "Umerov said ... Putin thanked him" are not
            # the negotiator and the president; "the leaders" of a summit are many)
            wider = self._window(c, _SIDES_WINDOW)
            further = [
                s.key
                for s in wider
                if s.key in self.people
                and s.key not in skip | self._only_quoted(c, wider)
                and _acting(s.token)
            ]
            for key in further:
                if key not in keys and (not keys or self._same_office(keys[0], key)):
                    keys.append(key)
            searched, acting_further = wider, further
            # "Biden made a visit to Kyiv ... Zelenskiy said the two leaders had discussed
            # weapons": the one speaker holding the other's office is the second
            holders = [k for k in speakers if k in self.people and k not in keys]
            if len(keys) == 1 and len(holders) == 1 and self._same_office(keys[0], holders[0]):
                keys.append(holders[0])
        offices = c.key in set(self.registry.lexicon.get("office_pairs") or ())
        if offices:
            holders = set(self.registry.lexicon.get("state_person_sectors") or ()) | {"IGO"}
            keys = [k for k in keys if self.actors[k].sector in holders]
            acting_further = [k for k in acting_further if self.actors[k].sector in holders]
        # "flanked by Hun Manet and Thailand's prime minister, Phumtham ... Trump called both
        # leaders": the latest two people named together, when both may be meant and one of
        # them is among the last two named (not "Trump and Kim ... Pompeo met Abe, and the
        # two men agreed"); further back, two named together who act ("Netanyahu and Arafat
        # signed ... Clinton said ... King Hussein urged both leaders": not Clinton and Arafat,
        # two presidents)
        named = set(keys) | set(acting_further)
        pair = next(
            (p for p in self._named_together(searched, not offices) if set(p) <= named), None
        )
        if (
            pair is not None
            and set(pair) & set(keys[:2])
            # (not two heads of one state when the last two named lead two: "greeted by
            # Prime Minister Begin and President Katzir. Begin did not accept Sadat's demand.
            # The two leaders will hold talks": Begin and Sadat)
            and not (
                len(keys) >= 2
                and self._heads_of_two_states((keys[0], keys[1]))
                and not self._heads_of_two_states(pair)
            )
        ):
            keys = list(pair)
        sent = self.sentence_of[c.start]
        if len(keys) < 2 and self.last_people is not None:
            # "a day after the two leaders embraced ... Zelenskiy said ... India has not
            # condemned the invasion ... The two leaders agreed": the two meant before, when
            # no other two are named since
            if sent - self.last_people[0] <= _PAIR_MEMORY and not set(self.last_people[1]) & skip:
                keys = list(self.last_people[1])
        if len(keys) < 2 and any(t.lower_ in ("two", "both") for t in self.doc[c.start : c.end]):
            # "Vucic and Kurti agreed ... [seven sentences] ... urged both leaders to carry out
            # their commitments": the last two named together, when none are nearer
            holders = set(self.registry.lexicon.get("state_person_sectors") or ()) | {"IGO"}
            remembered = self._window(c, _PAIR_MEMORY)
            keys = next(
                (
                    list(p)
                    for p in self._named_together(remembered)
                    if not set(p) & skip
                    and (not offices or all(self.actors[k].sector in holders for k in p))
                ),
                None,
            ) or next(
                (
                    # "Koizumi held talks with Kim Jong Il ... [two sentences] ... The two
                    # leaders signed": two heads of different states who met
                    list(p)
                    for p in self._named_together(remembered, acting=True)
                    if not set(p) & skip and self._heads_of_two_states(p)
                ),
                keys,
            )
        if len(keys) >= 2:
            self.last_people = (sent, keys[:2])
            for key in keys[:2]:
                self._emit(c, key, "group", remember=False)
            states = [self.actors[k].country for k in keys[:2]]
            if None not in states and states[0] != states[1]:
                # "called both leaders ..., warning that he would not conclude deals with
                # either country": the two leaders' states
                self._remember_pair(self.sentence_of[c.start], states)

    def _heads_of_two_states(self, pair: tuple[str, str]) -> bool:
        """Whether two registry people led two different states on the publication date
        (``prominent_titles``)."""
        top = set(self.registry.lexicon.get("prominent_titles") or ())
        states = set()
        for key in pair:
            entry = self.registry.entries.get(self.actors[key].registry_id or "")
            roles = entry.roles_at(self.published) if entry is not None else []
            led = {r.country for r in roles if r.title in top and r.country}
            if len(led) != 1:
                return False
            states |= led
        return len(states) == 2

    def _titles(self, key: str) -> set[str] | None:
        """The titles of a registry person's roles on the publication date; None when the
        registry knows no roles of theirs."""
        entry = self.registry.entries.get(self.actors[key].registry_id or "")
        if entry is None or not entry.roles:
            return None
        return {r.title for r in entry.roles_at(self.published)}

    def _may_hold(self, key: str, office: str) -> bool:
        """Whether a person may hold an office on the publication date: a registry person
        with that title then, or one whose offices the registry does not know."""
        titles = self._titles(key)
        return titles is None or office in titles

    def _may_lead(self, key: str) -> bool:
        """Whether a person may be called a leader on the publication date: one whose roles
        then the registry does not know (but not one the text calls a legislator, judge or
        journalist: "Senator John McCain"), or who holds a ``prominent_titles`` one."""
        titles = self._titles(key)
        top = set(self.registry.lexicon.get("prominent_titles") or ())
        if titles is None and self.actors[key].sector in _NO_LEADER_SECTORS:
            return False
        return not titles or bool(titles & top)

    def _same_office(self, one: str, other: str) -> bool:
        """Whether two registry people hold a role of the same title on the publication
        date (two presidents, two prime ministers)."""
        return bool((self._titles(one) or set()) & (self._titles(other) or set()))

    def _named_together(
        self, window: list[_Seen], acting: bool = False
    ) -> Iterator[tuple[str, str]]:
        """Pairs of people named in one conjoined phrase ("Wagner and her Rwandan
        counterpart, Nduhungirehe"), and with ``acting`` as the subject and object of one verb
        ("Putin received Modi ... The two men": not "the two leaders", who may be others'
        principals), the latest first."""
        people = {s.token.i: s.key for s in window if s.key in self.people}
        for s in window:
            if s.key not in self.people:
                continue
            verb = _verb_acting_with(s.token) if acting else None
            if verb is not None:
                while verb.dep_ == "conj" and not any(t.dep_ == "nsubj" for t in verb.children):
                    verb = verb.head  # "X arrived in Riyadh ... and met Y": X's act
                # (the subject or the name apposed to it: "Syria's interim President Ahmed
                # al-Sharaa arrived")
                doer = next(
                    (
                        people[n.i]
                        for t in verb.children
                        if t.dep_ == "nsubj"
                        for n in (t, *(a for a in t.children if a.dep_ == "appos"))
                        if n.i in people and people[n.i] != s.key
                    ),
                    None,
                )
                if doer is not None:
                    yield doer, s.key
                    continue
            tok, joined = s.token, False
            while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
                joined = joined or tok.dep_ == "conj"
                tok = tok.head
                # the name itself or one in apposition to it ("Congo's foreign minister, X")
                named = [tok, *(a for a in tok.children if a.dep_ == "appos")]
                other = next((people[t.i] for t in named if t.i in people), None)
                if joined and other is not None and other != s.key:
                    yield other, s.key
                    break

    def _own_subject(self, c: Candidate, window: list[_Seen]) -> set[str]:
        """Keys of the subject of the verb a pair phrase is the object of: "Moon joined the
        two men" does not count Moon among them, nor "Trump would invite the two countries'
        presidents" Trump; nor the one a phrase holding it is apposed to ("China, a close
        partner of both countries")."""
        verb = self.doc[c.start : c.end].root
        # up through objects, owners and prepositions ("spoke with the advisers of both
        # countries") to the verb
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep", "poss"):
                break
            verb = verb.head
        if verb.dep_ == "appos" and verb.pos_ in ("NOUN", "PROPN"):
            # "China, a close partner of both countries, offered ...": not China
            return {s.key for s in window if s.token.i == verb.head.i}
        if verb.pos_ not in ("VERB", "AUX") or verb.i == self.doc[c.start : c.end].root.i:
            return set()
        # an infinitive's subject is its controller's ("offered to mediate between the two
        # governments"), a relative pronoun's its noun's ("Trump, who had threatened to halt
        # trade talks with both countries")
        for _ in range(4):
            # (and a purpose's: "will travel to Moscow and Tbilisi to press both sides")
            purpose = verb.dep_ == "advcl" and any(
                t.dep_ == "aux" and t.lower_ == "to" for t in verb.children
            )
            if any(t.dep_ in _SUBJ for t in verb.children) or (
                verb.dep_ not in ("xcomp", "conj") and not purpose
            ):
                break
            verb = verb.head
        subjects = [t for t in verb.children if t.dep_ in _SUBJ]
        if verb.dep_ == "relcl" and any(t.lower_ in _RELATIVE_PRONOUNS for t in subjects):
            subjects.append(verb.head)
        subjects += [c for t in subjects for c in t.conjuncts]  # "Qatar and Turkey, which ..."
        return {
            s.key
            for s in window
            for subject in subjects
            if subject.left_edge.i <= s.token.i <= subject.i
        }

    def link_sides(self, c: Candidate) -> None:
        """ "The two sides", "both countries": the pair a pair phrase of the last two
        sentences meant ("The two Koreas ... The two countries had agreed ... The two sides
        last met in November"), else the two latest countries named in the last two
        sentences, or failing two there, in the last few ("Hungary blocked ... Slovakia
        threatened ... Kallas regretted the delay. She urged the two countries ..."); not two
        states named there only as speakers when the story named a pair before ("Armenia and
        Azerbaijan signed ... Iran warned ... Russia said ... The two countries fought a
        war")."""
        sent = self.sentence_of[c.start]
        if (regional := self._regional_sides(c)) is not None:
            self._remember_pair(sent, regional)
            self.emit_states(c, regional)
            return
        joined = self._sides_of_joined_clause(c)
        if joined is not None:
            codes: list[str] | None = joined
        elif (
            self.last_pair is not None
            and sent - _WINDOW <= self.last_pair[0] <= sent
            and not set(self.last_pair[1]) & self._outside_sides(c)
        ):
            codes = list(self.last_pair[1])
        elif (warring := self._between_sides(c) or self._civil_war_sides(c)) is not None:
            for key in warring:
                self._emit(c, key, "group", False)
            return
        else:
            codes = self._latest_sides(c, _WINDOW)
            if codes is not None and len(codes) < 2:  # further back, only states that act
                codes = self._latest_sides(c, _SIDES_WINDOW, acting=True)
            if codes is not None and len(codes) >= 2 and self._only_speakers(c, codes[:2]):
                codes = next((p for p in reversed(self.pairs) if not set(p) & set(codes)), codes)
        if codes is not None and len(codes) >= 2:
            self._remember_pair(sent, codes[:2])
            self.emit_states(c, codes[:2])
        elif (talkers := self._talks_sides(c)) is not None:
            for key in talkers:
                self._emit(c, key, "group", False)

    def link_counted(self, c: Candidate) -> None:
        """ "The four countries": the states of the latest list naming that many in the last
        few sentences ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties
        ... The four countries closed their airspace"; "Burkina Faso, Mali and Niger left
        ECOWAS ... [two sentences] ... The three countries have formed their own")."""
        if c.key.startswith("people:"):
            self._link_counted_people(c, int(c.key.partition(":")[2]))
            return
        lists: dict[int, list[str]] = {}
        for s in self._window(c, _WIDE_WINDOW):
            actor = self.actors[s.key]
            if actor.kind != "country" or actor.country is None:
                continue
            root = s.token
            while root.dep_ in ("conj", "appos") and root.head.i != root.i:
                root = root.head
            codes = lists.setdefault(root.i, [])
            if actor.country not in codes:
                codes.insert(0, actor.country)
        for root in sorted(lists, reverse=True):
            codes = lists[root]
            if len(codes) == int(c.key) and all(code in self.registry.entries for code in codes):
                self.emit_states(c, codes)
                return

    def _link_counted_people(self, c: Candidate, count: int) -> None:
        """ "The three leaders": the latest that many people named in the window, when
        exactly that many are named there, none of them the phrase's own clause's subject or
        a speaker ("Kim stood beside Xi and Putin ... Trump accused the three leaders")."""
        window = self._window(c)
        skip = self._speakers(c, window) | self._own_subject(c, window)
        keys: list[str] = []
        for s in window:
            if s.key in self.people and s.key not in keys:
                keys.append(s.key)
        keys = [k for k in keys if k not in skip]
        if len(keys) == count:
            for key in keys:
                self._emit(c, key, "group", remember=False)

    def _regional_sides(self, c: Candidate) -> list[str] | None:
        """For a pair phrase naming a region ("the two Gulf states"; ``region_members``), the
        two latest states of that region named in the last few sentences; else None."""
        members = self._region_of(c)
        if not members:
            return None
        codes: list[str] = []
        for s in self._window(c, _SIDES_WINDOW):
            code = self.actors[s.key].country
            if self.actors[s.key].kind == "country" and code in members and code not in codes:
                codes.append(code)
        if len(codes) < 2 or not all(code in self.registry.entries for code in codes[:2]):
            return None
        return codes[:2]

    def _region_of(self, c: Candidate) -> frozenset[str]:
        """The states of the region a description names ("the Baltic state", "the two Gulf
        states"; ``region_members``); empty when it names none."""
        regions = self.registry.lexicon.get("region_members") or {}
        return frozenset(
            code for t in self.doc[c.start : c.end] for code in regions.get(t.lower_, ())
        )

    def _talks_sides(self, c: Candidate) -> list[str] | None:
        """The two parties of talks told in the sentence of a pair phrase or the one before,
        the one talking and its "with" partner ("its officials had held secret talks with
        the PLO ..., and said the two sides had agreed"), when no two states are meant; else
        None."""
        sent = self.sentence_of[c.start]
        seen = {s.token.i: s.key for s in self._window(c, 1)}
        meetings = frozenset(self.registry.lexicon.get("meeting_nouns") or ())
        first = self.doc[c.start].sent.start
        if sent > 0 and first > 0:
            first = self.doc[first - 1].sent.start
        for prep in self.doc[first : c.start]:
            if prep.lower_ != "with" or prep.dep_ != "prep":
                continue
            talk = prep.head
            if talk.pos_ == "NOUN" and talk.lower_ in meetings and talk.dep_ == "dobj":
                verb = talk.head
            elif talk.pos_ == "VERB" and talk.lemma_.lower() in _TALKING_VERBS:
                verb = talk
            else:
                continue
            subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
            partners = [t for t in prep.children if t.dep_ == "pobj"]
            keys = [seen.get(t.i) for t in subjects[:1] + partners[:1]]
            if len(keys) == 2 and None not in keys and keys[0] != keys[1]:
                return [k for k in keys if k is not None]
        return None

    def _sides_of_joined_clause(self, c: Candidate) -> list[str] | None:
        """The two states a pair phrase means when it is the subject of a clause joined to
        one whose subject and object are those two ("Thailand accused Cambodia of laying
        mines, and the two sides fired rockets at each other"); else None."""
        verb = self.doc[c.start : c.end].root.head
        if self.doc[c.start : c.end].root.dep_ not in _SUBJ or verb.dep_ != "conj":
            return None
        first = verb.head
        if first.pos_ not in ("VERB", "AUX"):
            return None
        words = [t for t in first.children if t.dep_ in _SUBJ | {"dobj", "dative"}]
        words += [w for t in words for w in t.conjuncts]
        seen = {
            s.token.i: s.key for s in self._window(c) if s.sentence == self.sentence_of[c.start]
        }
        codes: list[str] = []
        for word in words:
            key = seen.get(word.i)
            actor = self.actors.get(key) if key is not None else None
            code = actor.country if actor is not None and actor.kind in _SIDE_KINDS else None
            if code and code in self.registry.entries and code not in codes:
                codes.append(code)
        return codes if len(codes) == 2 else None

    def _between_sides(self, c: Candidate) -> list[str] | None:
        """The two parties that "between" joins earlier in the sentence of a pair phrase
        ("Egypt, which has mediated between Israel and Hamas, called on both sides"), states
        or armed movements; else None."""
        armed = frozenset(self.registry.lexicon.get("armed_movement_sectors") or ())
        here = {
            s.token.i: s.key for s in self._window(c) if s.sentence == self.sentence_of[c.start]
        }
        for tok in self.doc[self.doc[c.start].sent.start : c.start]:
            if tok.lower_ != "between":
                continue
            objects = [t for t in tok.children if t.dep_ == "pobj"]
            keys: list[str] = []
            for word in [w for t in objects for w in (t, *t.conjuncts)]:
                actor = self.actors.get(here.get(word.i, ""))
                if actor is None or not actor.country:
                    continue
                if actor.kind != "person" and actor.sector in armed:
                    keys.append(actor.key)  # the movement, not the state it fights in
                elif actor.kind in _SIDE_KINDS and actor.country in self.registry.entries:
                    keys.append(self._entry_actor(self.registry.entries[actor.country]))
            if len(set(keys)) == 2:
                return list(dict.fromkeys(keys))
        return None

    def _civil_war_sides(self, c: Candidate) -> list[str] | None:
        """The two sides of a war within a state that a pair phrase means ("The army blamed
        the RSF ... the UAE denied arming the RSF ... Guterres urged both sides"): an armed
        movement (``armed_movement_sectors``) named in the last sentences, the latest first,
        with its state's forces or government named in the same sentence (not the state: "the
        Taliban's spokesman said Kabul would ..."), the one urging them left out; None when
        there is no such pair."""
        window = self._window(c)
        skip = self._own_subject(c, window) | self._go_betweens(window)
        armed = frozenset(self.registry.lexicon.get("armed_movement_sectors") or ())
        named = [s for s in window if s.key not in skip]
        for rebel in named:
            group = self.actors[rebel.key]
            if group.kind == "person" or group.sector not in armed or not group.country:
                continue
            for s in named:
                actor = self.actors[s.key]
                if (
                    s.sentence == rebel.sentence  # "blamed the RSF", "between ... and ..."
                    # (or its leader, joined to the movement: "President Chissano and Renamo
                    # signed ... Both sides agreed"; not "Former President Uribe criticised
                    # the deal, saying it let rebel commanders ...")
                    and (
                        actor.kind == "group"
                        or (actor.kind == "person" and _joined_to(s.token, rebel.token))
                    )
                    and actor.sector in _STATE_SIDES
                    and actor.country == group.country
                    # not "the Taliban government", "the Taliban's government"
                    and not (rebel.token.head.i == s.token.i and rebel.token.dep_ in _MODIFYING)
                ):
                    return [s.key, rebel.key]
        return None

    def _only_speakers(self, c: Candidate, codes: list[str]) -> bool:
        """Whether each of these states is named by name in the last sentences only as the
        subject of a verb of saying or of one that reports a clause ("Iran warned that ...",
        "Russia said ...")."""
        named = [
            s
            for s in self._window(c)
            if s.token.pos_ != "PRON" and self.actors[s.key].kind == "country"
        ]
        for code in codes:
            own = [s for s in named if self.actors[s.key].country == code]
            if not own or not all(
                s.token.dep_ in _SUBJ
                and (
                    s.token.head.lemma_ in self._reporting
                    or any(g.dep_ == "ccomp" for g in s.token.head.children)
                )
                for s in own
            ):
                return False
        return True

    def _outside_sides(self, c: Candidate) -> set[str | None]:
        """The countries of the subject of the verb a pair phrase hangs on and of go-betweens
        nearby: no side ("Qatar and Turkey, which mediated a ceasefire between the
        neighbours")."""
        window = self._window(c)
        keys = self._own_subject(c, window) | self._go_betweens(window)
        return {self.actors[k].country for k in keys}

    def _go_betweens(self, window: list[_Seen]) -> set[str]:
        """Keys of the mentions of ``window`` that mediate (``mediating_verbs`` of the
        trigger lexicon), or help settle (``settling_verbs``)."""
        from storyline.events.triggers import load_lexicon

        verbs = load_lexicon().mediating_verbs
        settling = frozenset(self.registry.lexicon.get("settling_verbs") or ())
        carrying = frozenset(self.registry.lexicon.get("plan_carrying_verbs") or ())
        return {s.key for s in window if _mediates(s.token, verbs, settling, carrying)}

    def _latest_sides(self, c: Candidate, width: int, acting: bool = False) -> list[str] | None:
        """The countries a pair phrase may mean, named in the last ``width`` sentences, the
        latest first (with ``acting``, only those named as a clause's subject or its owner:
        not "a ban on Russian gas"); None when the last two are of a longer list of
        states."""
        sent = self.sentence_of[c.start]
        window = self._window(c, width)
        if acting:
            window = [s for s in window if _acting(s.token)]
        # "the United States urged both sides": not the one urging them; nor a go-between
        # ("Malaysia, which mediated the July ceasefire")
        urging = self._own_subject(c, window)
        go_betweens = self._go_betweens(window)
        skip = self._speakers(c, window) | urging | go_betweens
        # "Oman's foreign minister said the two sides ...": nor the speaker's state, when
        # two others are named nearby (a mediator; else it may be one of the sides)
        owners = self._speakers(c, window, owners=True) - skip
        keys = [s.key for s in window]
        # every country of a conjoined group counts ("Ethiopian and Eritrean envoys met")
        start = self.doc[c.start].idx
        keys += [
            m.actor_key
            for m in reversed(self.mentions)
            if m.rule == "agent" and m.end <= start and sent - width <= m.sentence <= sent
        ]
        # nor the state of the one urging them ("Egypt's foreign minister Badr
        # Abdelatty called on both sides": not Egypt)
        # (nor the state of a go-between, named again by another word: "Pope John Paul II
        # offered to mediate ... The Pope's envoy ... Both governments welcomed the papal
        # mediation": not the Holy See)
        mediators = self._go_betweens(self._window(c, max(width, _SIDES_WINDOW)))
        skip_codes = {self.actors[k].country for k in urging | mediators} - {None}
        tokens = {s.key: s.token for s in reversed(window)}
        codes, lists = self._side_codes(keys, skip | owners, skip_codes, tokens)
        if owners and len(codes) < 2:
            codes, lists = self._side_codes(keys, skip, skip_codes, tokens)
        if len(codes) >= 2 and lists[0] is not None and lists[0] == lists[1]:
            return None  # the last two of a longer list of states are not a pair
        if len(codes) >= 2 and (lists[0] is None) != (lists[1] is None):
            # "Mexico said ... Brazil, Colombia and Argentina criticised Ecuador. The United
            # States called on both governments": not one of a longer list with the other
            alone = [code for code, first in zip(codes, lists, strict=True) if first is None]
            if len(alone) >= 2:
                codes = alone
        if self.last_pair is not None and set(self.last_pair[1]) <= set(codes):
            # "Thailand and Cambodia agreed ... Trump called both leaders ... commanders
            # from both sides": the pair named before, both still named nearby
            codes = list(self.last_pair[1])
        return codes

    def _side_codes(
        self,
        keys: list[str],
        skip: set[str],
        skip_codes: set[str],
        tokens: dict[str, Token],
    ) -> tuple[list[str], list[Token | None]]:
        """The countries of ``keys`` in order, but those skipped, and for each the first name
        of the longer list it is named in, if any."""
        codes: list[str] = []
        lists: list[Token | None] = []
        for key in keys:
            if key in skip:
                continue
            actor = self.actors[key]
            code = actor.country if actor.kind in {"person", "country", "group"} else None
            if code in skip_codes:
                continue
            if code and code in self.registry.entries and code not in codes:
                codes.append(code)
                lists.append(_long_list(tokens[key]) if key in tokens else None)
        return codes, lists

    def link_fixed(self, c: Candidate) -> None:
        codes = [code for code in c.ids if code in self.registry.entries]
        if len(codes) == 2:
            self._remember_pair(self.sentence_of[c.start], codes)
        for code in codes:
            self._emit(c, self._entry_actor(self.registry.entries[code]), "group")


# the objects and complements of a verb (not its adjuncts: "After protests against King
# Birendra's rule, the monarch lifted ...")
_CO_ARGUMENT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp"})


@cache
def _now_words() -> frozenset[str]:
    """Weekday names and the deictic words up to today of the time lexicon ("Monday",
    "yesterday", "tonight")."""
    words = time_lexicon()
    return frozenset(
        [w for w in words.weekdays if w.endswith("day")]
        + [w for w, offset in words.deictic.items() if offset <= 0]
    )


def _told_now(ent: Span) -> bool:
    """Whether a date of the sentence's own clause counts from the day of publication ("on
    Monday", "yesterday") and names no year."""
    return (
        ent.label_ == "DATE"
        and any(t.lower_ in _now_words() for t in ent)
        and not _YEAR.search(ent.text)
        and not _in_background_clause(ent)
    )


def _described(ent: Span, now: bool) -> bool:
    """Whether, in a sentence whose own clause counts from the day of publication (``now``),
    a date lies in a relative, participle or adverbial clause ("signed a treaty on Monday,
    ending a dispute that led to three wars, most recently in 1995"): background, not the
    time the sentence tells of."""
    return now and _in_background_clause(ent)


def _in_background_clause(ent: Span) -> bool:
    """Whether a span lies in a relative, participle or adverbial clause."""
    return any(t.dep_ in ("relcl", "acl", "advcl") for t in ent.root.ancestors)


def _acting(name: Token) -> bool:
    """Whether a name is a clause's subject, one of its conjuncts, or the owner of one
    ("Hungary's foreign minister said")."""
    while name.dep_ in ("conj", "poss", "compound") and name.head.i != name.i:
        name = name.head
    return name.dep_ in _SUBJ


def _co_argument_names(noun: Token) -> set[str]:
    """Proper names in the objects and complements of the verb whose subject ``noun`` is
    ("the president had not intended to criticise Lee": Lee), who cannot be the one it
    names."""
    if noun.dep_ not in _SUBJ or noun.head.pos_ not in ("VERB", "AUX"):
        return set()
    arguments = [c for c in noun.head.children if c.dep_ in _CO_ARGUMENT_DEPS]
    return {t.text for a in arguments for t in a.subtree if t.pos_ == "PROPN"}


def _long_list(name: Token) -> Token | None:
    """The first name of the list of three or more names that ``name`` is one of ("Norway,
    Qatar, Egypt and Turkey"), else None. The parser may take the second name of a list for
    an apposition of the first."""
    first = name
    while first.dep_ in ("conj", "appos") and first.pos_ == "PROPN":
        first = first.head
    listed = [t for t in first.subtree if t.dep_ in ("conj", "appos") and t.pos_ == "PROPN"]
    return first if len(listed) > 1 else None


def _binds_an_option(binder: Token | None, options: list[_Seen]) -> bool:
    """Whether a clause's binding subject holds one of the candidate antecedents."""
    if binder is None:
        return False
    span = range(binder.left_edge.i, binder.i + 1)
    return any(s.token.i in span for s in options)


def _clause_binder(
    pronoun: Token,
    reporting: frozenset[str] = frozenset(),
    rival: Callable[[Token], bool] = lambda _: False,
) -> Token | None:
    """The subject of the clause a possessive pronoun is in (or that a verb conjoined to
    another shares, unless the other's object is a ``rival`` antecedent), or for an
    infinitive without one, its controller ("persuaded X to ...": X; "X tried to ...": X);
    for a pronoun in the subject of reported speech, the speaker ("Kim told Moon that his
    country would ...")."""
    node = pronoun.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        and node.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and node.head.pos_ in ("VERB", "AUX")
    ):
        # "Greece ... sent warships to evacuate its citizens": an infinitive of purpose is
        # its verb's subject's act
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        and node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.head.pos_ in ("VERB", "AUX")
    ):
        # "Kim held his first summit with Putin, seeking support after his second meeting
        # with Trump": a participle's subject is its verb's
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        # "China summoned Japan's envoy and warned its citizens": the subject both verbs
        # share; not when the earlier verb's object could be meant ("the court banned the
        # party and barred its leader")
        node = node.head
        if any(c.dep_ == "dobj" and rival(c) for c in node.children):
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and node.dep_ == "xcomp":
        governor = node.head
        subject = next((c for c in governor.children if c.dep_ == "dobj"), None) or next(
            (c for c in governor.children if c.dep_ == "nsubj"), None
        )
    if subject is not None and pronoun in subject.subtree:
        if node.dep_ == "ccomp" and node.head.lemma_ in reporting:
            speaker = node.head
            # ("Kagame said ... but denied that his troops were fighting": the subject the
            # reporting verb shares with the verb it is joined to)
            while (
                not any(c.dep_ == "nsubj" for c in speaker.children)
                and speaker.dep_ == "conj"
                and speaker.head.pos_ in ("VERB", "AUX")
            ):
                speaker = speaker.head
            return next((c for c in speaker.children if c.dep_ == "nsubj"), None)
        return None
    return subject


def _mediates(
    token: Token,
    verbs: frozenset[str],
    settling: frozenset[str],
    carrying: frozenset[str] = frozenset(),
) -> bool:
    """Whether a mention is the subject of a verb of mediating, itself or by its relative
    clause ("Malaysia, which mediated the ceasefire"; "Qatar and Turkey, which ..."), or its
    "by" agent ("a peace plan brokered by French President Nicolas Sarkozy"), or the "by"
    agent of a plan carried to a party (``carrying``: "a peace plan brought to Moscow by
    French President Nicolas Sarkozy")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _SUBJ and token.head.lemma_.lower() in verbs:
        return True
    agent = token.head
    if token.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.tag_ == "VBN":
        verb = agent.head
        if verb.lemma_.lower() in verbs:
            return True
        if (
            verb.lemma_.lower() in carrying
            and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in proposal_nouns()
            and any(p.dep_ == "prep" and p.lower_ == "to" for p in verb.children)
        ):
            return True
    if token.dep_ in _SUBJ and _aims_to_mediate(token.head, verbs, settling):
        return True  # "Mubarak flew to Damascus and Ankara to mediate", "Iran offered to
        # help resolve the crisis"
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in verbs
        and any(t.dep_ in _SUBJ and t.lower_ in _RELATIVE_PRONOUNS for t in c.children)
        for c in token.children
    )


def _aims_to_mediate(verb: Token, verbs: frozenset[str], settling: frozenset[str]) -> bool:
    """Whether a verb's "to" infinitive, or one under it, mediates, or helps settle."""
    for _ in range(3):
        inner = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("xcomp", "advcl")
                and any(a.lower_ == "to" for a in c.children)
                or (c.dep_ == "xcomp" and verb.lemma_.lower() == "help")
            ),
            None,
        )
        if inner is None:
            return False
        if inner.lemma_.lower() in verbs or (
            verb.lemma_.lower() == "help" and inner.lemma_.lower() in settling
        ):
            return True
        verb = inner
    return False


def _attacker_of_owned(pronoun: Token) -> Token | None:
    """The doer of an armed attack on what a possessive pronoun owns ("accused the army of
    bombing its positions": the army; "Hamas fired rockets at its towns": Hamas), who is
    not its owner; None when the words say it is ("its own positions")."""
    from storyline.events.triggers import verb_rule  # the events stage's verbs

    noun = pronoun.head
    if any(c.lower_ == "own" for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("at", "on", "against"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if (rule := verb_rule(verb)) is None or rule.type != "ASSAULT":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        # "accused the army of bombing": the one accused
        subject = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
    return subject


def _objects_for(possessive: Token) -> set[int]:
    """The direct objects of the verb whose "for" or "over" phrase holds the noun a
    possessive pronoun modifies ("thanked him for his support": "him"; "criticised Tokyo over
    its remarks"), and the party a measure so given is put on ("imposed sanctions on North
    Korea over its nuclear test": "North Korea")."""
    noun = possessive.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "over") or prep.head.pos_ != "VERB":
        return set()
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    put_on = [
        o
        for obj in objects
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return {o.i for o in (*objects, *put_on)}


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# sectors of people who are not the "leaders" a pair phrase means
_NO_LEADER_SECTORS = frozenset({"LEG", "JUD", "MED"})
_STATE_KINDS = frozenset({"country", "nation", "state"})  # nouns a region's name may qualify


def _conjoined_subject(pronoun: Token, options: list[_Seen]) -> _Seen | None:
    """The candidate that is the subject of the clause a subject pronoun's clause is joined
    to ("it hoped ... and it warned")."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJ or verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
    if first is None:
        return None
    return next((s for s in options if s.token.i == first.i), None)


def _subject_of_joined_clause(pronoun: Token, rival: Callable[[Token], bool]) -> Token | None:
    """For a possessive owning the subject of a clause joined to an earlier one ("NATO held a
    meeting, and its secretary-general called ..."), the earlier clause's subject, unless
    that clause's object could be the owner ("attacked the town, and its mayor fled")."""
    owned = pronoun.head
    while owned.dep_ == "compound":  # "its secretary - general"
        owned = owned.head
    verb = owned.head
    if owned.dep_ not in _SUBJ or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = verb.head
    objects = [c for c in first.children if c.dep_ in ("dobj", "dative")]
    objects += [j for o in objects for j in o.conjuncts]
    if any(
        rival(t) for o in objects for t in [o, *o.children] if t is o or t.dep_ in _MODIFIER_DEPS
    ):
        return None
    return next((c for c in first.children if c.dep_ in _SUBJ), None)


def _speaker_of_clause(pronoun: Token, verbs: frozenset[str]) -> Token | None:
    """For the subject of a clause that a verb of ``verbs`` reports with no one told ("warned
    that it would ..."), that verb's subject, or the subject of the verb it is joined to; else
    None."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in verbs:
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "warned Iraq that it would face serious consequences": the one warned
    return _subject_through_conjuncts(verb)


def _mandative(clause: Token) -> bool:
    """Whether a reported clause is a bare subjunctive ("demanded that it withdraw"): a base
    verb after "that" with no auxiliary (tagged as a present one only with a singular
    subject, which a present one would not have)."""
    singular_subject = any(
        c.dep_ == "nsubj" and (c.lower_ in ("it", "he", "she") or c.tag_ in ("NN", "NNP"))
        for c in clause.children
    )
    return (
        (clause.tag_ == "VB" or (clause.tag_ == "VBP" and singular_subject))
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


def _subject_through_conjuncts(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is joined to ("told lawmakers ... but
    demanded": the one who told)."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _blamed_by_saying(pronoun: Token, blaming: frozenset[str]) -> Token | None:
    """The object of a verb of blaming whose "saying" participle reports the pronoun's clause
    ("blamed Kurti for the deadlock, saying he had refused"), if any."""
    clause = pronoun.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.tag_ != "VBG" or saying.lemma_.lower() != "say":
        return None
    blamer = saying.head
    if saying.dep_ not in ("advcl", "conj") or blamer.lemma_.lower() not in blaming:
        return None
    return next((c for c in blamer.children if c.dep_ == "dobj"), None)


def _warned_of_own_act(pronoun: Token, warning: frozenset[str]) -> Token | None:
    """For the subject of an "if" or "unless" clause on a verb of warning with an object
    ("warned Beijing of grave consequences if it attacked", "threatened Iraq with strikes
    unless it complied"), that object, or with none the owner of its infinitive's object
    ("threatened to destroy Turkey's economy if it went too far"); on another verb, the
    object of an "against" phrase in its clause ("the use of force against Iraq unless it
    withdraws"); else None."""
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children
    ):
        return None
    verb = clause.head
    acts = []
    if verb.lemma_.lower() in warning:
        warned = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if warned is not None:
            return warned
        acts = [x for x in verb.children if x.dep_ == "xcomp"]
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in warning:
        acts = [verb]  # (the condition hung on the act threatened)
    if acts:
        # "threatened to destroy Turkey's economy if it went too far": the owner of what the
        # threatened act falls on
        return next(
            (
                p
                for x in acts
                for o in x.children
                if o.dep_ == "dobj"
                for p in o.children
                if p.dep_ == "poss"
            ),
            None,
        )
    # "authorise the use of force against Iraq unless it withdraws": the one force or a
    # measure is aimed at, in the clause the condition hangs on
    inside = {t.i for t in clause.subtree}
    return next(
        (
            o
            for t in verb.subtree
            if t.i not in inside and t.dep_ == "prep" and t.lower_ == "against"
            for o in t.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def _joined_to(person: Token, group: Token) -> bool:
    """Whether a group's name, or the phrase holding it ("Renamo rebel leader Afonso
    Dhlakama"), is a conjunct of a person's name."""
    joined = {c.i for c in person.conjuncts}
    node = group
    for _ in range(4):
        if node.i in joined:
            return True
        if node.dep_ not in ("compound", "appos", "poss", "nmod") or node.head.i == node.i:
            return False
        node = node.head
    return False


_TERMS_MARKS = frozenset({"until", "unless", "till"})


def _object_held_to_terms(pronoun: Token) -> Token | None:
    """For the subject of an "until" or "unless" clause, the direct object of the verb the
    clause hangs on ("would keep fighting the government until it agreed"), else None."""
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _TERMS_MARKS for c in clause.children
    ):
        return None
    verbs = [clause.head] + [c for c in clause.head.children if c.dep_ == "xcomp"]
    # (through "keep": "would keep fighting the government until ...")
    return next((c for v in verbs for c in v.children if c.dep_ == "dobj"), None)


def _told_of_own_things(pronoun: Token) -> Token | None:
    """For the subject of a relative clause on the object of an infinitive that someone is
    told to do ("urged Serbia to withdraw troops it had massed"), the one told; else None."""
    clause = pronoun.head
    noun = clause.head
    act = noun.head
    if not (clause.dep_ == "relcl" and noun.dep_ == "dobj" and act.dep_ == "xcomp"):
        return None
    if not any(c.tag_ == "TO" for c in act.children):
        return None
    return next((c for c in act.head.children if c.dep_ == "dobj"), None)


def _controls(tok: Token) -> bool:
    """Whether an object is the doer of its verb's infinitive ("urged it to lift the ban")."""
    return tok.dep_ == "dobj" and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in tok.head.children
    )


def _cataphoric(pronoun: Token, singular: bool, personal: bool = False) -> bool:
    """Whether a pronoun comes before the subject of the sentence and of the nearest clause
    above it with a subject not holding it: "During his visit, X said"; not "X called Y and
    urged him ..., the White House said", whose "urged" shares the subject before it, nor
    "He would meet Xi, officials said", whose later subject cannot be a singular's
    (``singular``: the pronoun names one, as the pronoun lexicon's gendered ones do), nor
    "He spoke with Blinken, the State Department said", whose later subject is no person's
    name (``personal``: "he", "she"), nor "He did not go, an aide said", whose later subject is
    first named there."""

    def subject_of_clause(node: Token) -> Token | None:
        subjects = [
            t
            for t in node.children
            if t.dep_ in _SUBJ and not (t.left_edge.i <= pronoun.i <= t.right_edge.i)
        ]
        return subjects[0] if subjects else None

    def antecedent_after(subject: Token) -> bool:
        if subject.i < pronoun.i:
            return False
        if personal and subject.ent_type_ in _NOT_PERSON_ENTITIES:
            return False
        if any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in subject.children):
            return False  # "He did not meet them, an aide said": one newly named is no antecedent
        return not (singular and subject.tag_ in ("NNS", "NNPS"))

    root_subject = subject_of_clause(pronoun.sent.root)
    if root_subject is None or root_subject.i < pronoun.i:
        return False
    node = pronoun
    while node.head.i != node.i:
        node = node.head
        subject = subject_of_clause(node)
        if subject is not None:
            return antecedent_after(subject)
    return False


_NOT_PERSON_ENTITIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _unnamed_person_before(pronoun: Token, options: list[_Seen], doers: set[str]) -> bool:
    """Whether an object personal pronoun has, nearer in its own sentence than any person
    linked before it, a singular noun for a person that names no one ("expelled a senior
    Canadian diplomat, giving him five days"); not the subject of the pronoun's own verb
    ("the envoy told him")."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    linked = {i for s in options for i in range(s.token.i, max(s.last, s.token.i) + 1)}
    for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if tok.i in linked:
            return False
        if (
            tok.tag_ == "NN"
            and tok.lower_ in person_nouns()
            and tok.ent_type_ != "PERSON"
            and not (tok.head == pronoun.head and tok.dep_ in _SUBJ)
            and not any(c.ent_type_ == "PERSON" for c in tok.children)
        ):
            return True
    return False


def _conjoined(token: Token, last: int = -1) -> bool:
    """Whether a word is one of several joined by a conjunction ("South Korea and Japan");
    not a name with "and" in it, which runs to ``last`` ("Trinidad and Tobago")."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" and c.i > last for c in token.children)


def _in_subject(token: Token) -> bool:
    """Whether a word is in the subject of its clause ("delegations from Russia ...")."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ in _SUBJ:
            return True
        node = node.head
    return False


def _main_subject(token: Token) -> bool:
    """Whether a word is the subject of its sentence's main clause (or of a clause joined to
    it): not of a clause inside it ("promised not to allow al Qaeda to use ...")."""
    verb = token.head
    if verb.dep_ == "conj":
        verb = verb.head
    return token.dep_ in _SUBJ and verb.dep_ == "ROOT"


def _salient(token: Token) -> bool:
    """A subject, the possessor of one ("Pompeo's remarks came ...") or a name in apposition
    to one ("Japan's Prime Minister Fumio Kishida said": "Kishida" the apposition of
    "Minister")."""
    return token.dep_ in _SUBJ or (token.dep_ in ("poss", "appos") and token.head.dep_ in _SUBJ)


def _state_before(doc: Doc, start: int, registry: Registry) -> str | None:
    """The state named right before a titled name: a possessive ("Saudi Arabia's King
    Abdullah") or a demonym ("the Saudi King Abdullah"), the title words between skipped."""
    i = start - 1
    while (
        i >= 0
        and doc[i].is_title
        and doc[i].pos_ in ("PROPN", "NOUN")
        and (registry.country_of_demonym(doc[i].text) is None)
    ):
        i -= 1  # "King", "Crown Prince", "Prime Minister"
    if i < 0:
        return None
    if doc[i].text in ("'s", "’s") and i > 0:
        owner = doc[i - 1]
        text = doc[owner.left_edge.i : owner.i + 1].text
        entry = registry.country_entry(text)
        return entry.id if entry is not None and entry.kind == "country" else None
    return registry.country_of_demonym(doc[i].text)


def _verb_acting_with(token: Token) -> Token | None:
    """The verb a name is the object of ("Putin received Modi"), or the partner of in a
    "with" phrase on it or on its object ("met with Kim", "held talks with Kim Jong Il");
    else None."""
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with":
        return None
    governor = prep.head
    if governor.pos_ == "VERB":
        return governor
    if governor.dep_ == "dobj" and governor.head.pos_ == "VERB":
        return governor.head
    return None


def _nearest_in_time(people: list[Entry], on: str, titles: Collection[str]) -> Entry | None:
    """Of namesakes none of whom held a state office of ``titles`` on ``on``, the one whose
    such offices came nearest to it, within three years and when the next nearest is at
    least twice as far; None otherwise."""
    year = int(on[:4])

    def gap(entry: Entry) -> int:
        spans = [
            (int((r.start or "0000")[:4]), int((r.end or "9999")[:4]))
            for r in entry.roles
            if r.title in titles and r.country
        ]
        return min((max(lo - year, year - hi, 0) for lo, hi in spans), default=9999)

    if len(people) < 2:
        return None
    ranked = sorted(people, key=gap)
    best, second = gap(ranked[0]), gap(ranked[1])
    return ranked[0] if best <= 3 and best * 2 < second else None


def _not_yet_known(entry: Entry, on: str) -> bool:
    """Whether a person's first role began more than ``ERA_MARGIN_YEARS`` after ``on``: not
    yet in the news then ("Sharaa" in 1999 is not the president of 2025)."""
    starts = [int(r.start[:4]) for r in entry.roles if r.start]
    return bool(starts) and min(starts) - int(on[:4]) > ERA_MARGIN_YEARS
