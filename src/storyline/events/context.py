"""Document-level context for event mentions: what a sentence leaves implicit.

- "but the president then called the trip off": a cancelled or postponed meeting names no
  party of its own; its target is the parties of the meeting mentioned last (within three
  sentences).
- "the meeting", "the trip": a bare definite event noun takes the parties, date and place of
  the mention of the same type, status and mode in the same or the previous sentence (so that
  resolve merges the two); with no such mention it is dropped, unless it names a town or city
  ("the commitments made that day in Singapore"): then it is kept as a place reference, which
  the store attaches to the one stored event of that type and status in that place.
- "Vucic and Kurti held talks ... Borrell, who hosted the meeting": a host of a bare
  definite event noun received the parties of the talks told before (not a mediation), and
  the talks' day is the hosting's when it has none of its own.
- "X demanded ..., which Y refused": a rejection without a target rejects the author of
  the request mentioned last (within three sentences).
- "The U.S. military struck a boat ... Petro condemned the attack": a reaction to a bare
  definite noun of an act done to someone targets the doer of the latest such act told,
  however far back.
- "Pyongyang repeated its demands": a request, accusation, rejection or threat
  without an addressee addresses whom the same source's previous one of that type did
  (within three sentences).
- "His trip in July went badly. He left empty-handed, and Pyongyang then attacked his
  tactics": a sentence with no time expression of its own continues the time of the
  sentence before it (or of its paragraph) when the two share an actor or an actor's
  country ("Trump and Kim signed ... In the statement, the two countries agreed"); the date's rule
  says so. Only events reported as having happened (asserted, negated) continue a date, and
  not one told in the past perfect ("Lai met members of Congress on Saturday. China had
  warned Washington not to allow the visit": the warning came before) or the future. The
  date continued is that of an act the sentence reports: not one told in a relative clause
  ("the deal both sides accepted in February") or in the past perfect ("had agreed in
  July"), nor to a clause timed by another event ("After the parade, Kim held talks") or an
  act someone is thanked or blamed for. A date bounded only by "since" ("their first
  meeting since 2019") takes the continued day when the bound holds it. A verb conjoined to
  one dated in its own sentence takes that day first ("met him the next day and asked ...").
- "Afghan forces attacked two days later": an expression counting days from the event told
  before dates the act from the latest event of a known day in the three sentences before,
  else from the first of the lead paragraph ("A day earlier, Washington imposed ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from storyline.actors.agents import PLACE_PREPS
from storyline.events.arguments import ActorIndex
from storyline.events.status import load_cues
from storyline.events.triggers import load_lexicon, noun_rules, object_gap
from storyline.records import TOLD_AGAIN, EventDate, EventMention
from storyline.resolve.compat import date_interval, is_country
from storyline.time.calendar import lexicon as time_lexicon
from storyline.time.governing import at_another_time, done_at_once_with, trigger_tense
from storyline.time.offsets import offset_days

__all__ = ["Telling", "apply_context", "is_place_reference"]

_WINDOW = 3  # sentences a back-reference may reach
_ADDRESSED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
# Acts whose doer a reaction to "the attack", "the sanctions" is aimed at.
DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE"})


def is_place_reference(mention: EventMention) -> bool:
    """An event named by no party but by a town or city ("the pledges made in Singapore that
    day"): it can only join an event reported elsewhere, never stand alone."""
    place = mention.location
    return not mention.source and not mention.target and place is not None and not is_country(place)


def _paragraphs(doc: Doc) -> list[int]:
    """Paragraph number of each sentence (paragraphs are separated by a blank line)."""
    numbers = []
    for sent in doc.sents:
        numbers.append(doc.text.count("\n\n", 0, sent.start_char))
    return numbers


@dataclass(frozen=True, slots=True)
class Telling:
    """A dated telling that is no event itself ("Putin told Erdogan on Monday that ..."):
    the speakers and hearers met that day, which a later meeting of theirs continues."""

    source: list[str]  # who told
    target: list[str]  # whom
    sentence: int
    trigger: str
    date: EventDate


def _parties(mention: EventMention | Telling) -> list[str]:
    return list(dict.fromkeys(mention.source + mention.target))


def apply_context(
    doc: Doc,
    mentions: list[EventMention],
    index: ActorIndex,
    told: Sequence[Telling] = (),
    headings: Mapping[int, EventDate] | None = None,
) -> list[EventMention]:
    """The mentions with back-referenced targets and continued dates filled in. ``told``:
    dated tellings ("Putin told Erdogan on Monday that ..."), which give their date to a
    later meeting of the same two or more parties but are no events themselves;
    ``headings``: the dates heading paragraphs of a timeline, by paragraph start offset."""
    paragraph = _paragraphs(doc)
    out: list[EventMention] = []
    for mention in mentions:
        earlier = [m for m in reversed(out) if 0 <= mention.sentence - m.sentence <= _WINDOW]
        if not mention.source and not mention.target:  # "the meeting"
            antecedent = _antecedent(mention, earlier, doc=doc)
            if antecedent is not None:
                out.append(
                    replace(
                        mention,
                        source=list(antecedent.source),
                        target=list(antecedent.target),
                        date=antecedent.date,
                        location=mention.location or antecedent.location,
                    )
                )
            elif is_place_reference(mention):
                out.append(mention)  # "the commitments made that day in Singapore"
            continue
        if (
            mention.type == "CONSULT"
            and not mention.target
            and _hosts_the_event_told(doc, mention)
            and (antecedent := _talks_received(mention, out)) is not None
            and not set(mention.source) & set(_parties(antecedent))
        ):
            # "Vucic and Kurti held talks ... Borrell, who hosted the meeting": the talks'
            # parties visit their host
            mention = replace(
                mention,
                source=_parties(antecedent),
                target=list(mention.source),
                date=mention.date if mention.date.value else antecedent.date,
                location=mention.location or antecedent.location,
            )
        if not mention.source and (doer := _doer_of_the_act_named(doc, mention, out)):
            # "Pakistani airstrikes killed 10 people ... three cricketers were killed in the
            # strikes": the strikes' doer
            mention = replace(mention, source=doer)
        if not mention.target and mention.source:
            target = _back_reference(doc, mention, earlier, index, out[::-1])
            if target:
                mention = replace(mention, target=target)
        # ("their first meeting since 2019"; not "which has fought the army since April
        # 2023", an act still going on)
        bounded = mention.date.rule.startswith("bounds from timex: since") and not _verbal(
            doc, mention
        )
        if mention.date.value is None and (mention.date.rule in ("", "none") or bounded):
            if (
                mention.status in ("asserted", "negated")
                and not _told_as_earlier(doc, mention)
                and not _at_another_time(doc, mention)
                and not _under_dated_clause(doc, mention)
                and not _names_a_thing(doc, mention)
                and not _lasting(doc, mention)
                and not _told_again(doc, mention)  # dated after the first time, below
                # ("The truce, agreed in Moscow after ten hours of talks, was meant to ...":
                # background to the noun, not the day told before)
                and not _in_participle_on_noun(doc, mention)
            ):
                heading = _heading_of(doc.text, mention, headings or {})
                previous: EventMention | Telling | None
                previous = _dated_before(doc, mention, out, paragraph, index)
                if previous is None and mention.type == "CONSULT":
                    previous = _told_before(mention, told, paragraph)
                if heading is not None:
                    mention = replace(mention, date=heading)
                elif previous is not None and (not bounded or _within(previous.date, mention.date)):
                    # ("met at an air base, their first meeting since 2019": the day told
                    # before, which the bound holds)
                    why = f"context: date of sentence {previous.sentence} ({previous.trigger})"
                    mention = replace(mention, date=replace(previous.date, rule=why))
        if mention.date.value is None and (counted := _offset_from_before(mention)) is not None:
            mention = _dated_from_before(doc, mention, *counted, out, paragraph)
        if mention.date.value is None and _told_again(doc, mention):
            mention = _after_the_first_time(mention, out)
        out.append(mention)
    return [_dated_from_main_clause(doc, m, out) for m in out]


# how many sentences back the talks a host received may be told ("Fidan hosted the talks")
_TOLD_WINDOW = 8
_UNANCHORED = re.compile(r"not anchored: '(?P<text>.+)'$")


def _within(value: EventDate, bounds: EventDate) -> bool:
    """Whether a known date lies within the bounds another date sets."""
    day, window = date_interval(value), date_interval(bounds)
    if day is None:
        return False
    if window is None:  # one bound only ("since 2019": after it)
        low = date_interval(EventDate(value=bounds.earliest)) if bounds.earliest else None
        high = date_interval(EventDate(value=bounds.latest)) if bounds.latest else None
        return (low is None or low[0] <= day[0]) and (high is None or day[1] <= high[1])
    return window[0] <= day[0] and day[1] <= window[1]


def _offset_from_before(mention: EventMention) -> tuple[str, int] | None:
    """The expression dating this mention and the days between the event told before and
    this one, when the expression counts from it ("two days later": 2); else None."""
    found = _UNANCHORED.search(mention.date.rule)
    offset = offset_days(found["text"]) if found else None
    return (found["text"], offset) if found and offset is not None else None


def _dated_from_before(
    doc: Doc,
    mention: EventMention,
    expression: str,
    offset: int,
    earlier: list[EventMention],
    paragraph: list[int],
) -> EventMention:
    """The mention dated ``offset`` days from the latest event told before it (within three
    sentences) that happened on a known day ("Pakistani jets struck on Oct. 9. Afghan
    forces attacked two days later": Oct. 11), else from the first such event of the first
    paragraph that dates one, the story's news ("talks ended on Saturday ... A day earlier,
    Washington imposed sanctions"); unchanged when there is none, or when a sentence between
    with no event found names a day ("Iran hit what it said were bases on Tuesday. Pakistan
    recalled its ambassador the next day": counted from Tuesday's act, not found)."""
    dated = [
        m
        for m in earlier
        if m.trigger_start < mention.trigger_start
        # (one before it in its sentence only when dated there: "The US bombed them on June
        # 22, and Iran fired the next day"; not "Two days later, Aliyev flew to Cairo for
        # talks", both dated from the same words)
        and (m.sentence < mention.sentence or not m.date.rule.startswith("context"))
        and m.status in ("asserted", "negated")
        and m.date.value is not None
        and m.date.granularity == "day"
    ]
    near = [m for m in dated if mention.sentence - m.sentence <= _WINDOW]
    # (the first paragraph that dates an event: the headline may date none)
    first = min((paragraph[m.sentence] for m in dated), default=None)
    lead = [m for m in dated if paragraph[m.sentence] == first]
    if near:
        anchor = max(near, key=lambda m: m.start)
    elif lead:
        anchor = min(lead, key=lambda m: m.start)
    else:
        return mention
    told = {m.sentence for m in earlier}
    if _day_named_between(doc, anchor.sentence, mention.sentence, told):
        return mention
    why = f"context: '{expression}' from sentence {anchor.sentence} ({anchor.trigger})"
    return _days_from(mention, anchor.date.value, offset, why)


def _day_named_between(doc: Doc, first: int, last: int, told: set[int]) -> bool:
    """Whether a sentence after sentence ``first`` and before ``last`` that tells no event
    found (not in ``told``) names a day ("on Tuesday", "on Oct. 9"); not one whose events are
    known ("invited Zelenskiy to a summit in London on Sunday. Four days later, ...")."""
    words = time_lexicon()
    sentences = [s for n, s in enumerate(doc.sents) if first < n < last and n not in told]
    return any(
        ent.label_ == "DATE"
        and any(
            t.lower_.rstrip(".") in words.weekdays
            or (t.lower_.rstrip(".") in words.months and any(n.like_num for n in ent))
            for t in ent
        )
        for sent in sentences
        for ent in sent.ents
    )


def _days_from(mention: EventMention, day: str, days: int, why: str) -> EventMention:
    """The mention dated ``days`` after the ISO ``day`` (before it when negative)."""
    shifted = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    return replace(mention, date=EventDate(value=shifted, granularity="day", rule=why))


def _dated_from_main_clause(
    doc: Doc, mention: EventMention, mentions: list[EventMention]
) -> EventMention:
    """A mention in an "a day after" or "two days before" clause or phrase of a clause whose
    event has a known day, dated that many days from it ("accused them on Thursday, a day
    after Azerbaijan seized the region": the Wednesday before); else unchanged."""
    if mention.date.value is not None or mention.status not in ("asserted", "negated"):
        return mention
    trigger = _trigger_token(doc, mention)
    counted = _counted_from(trigger) if trigger is not None else None
    if counted is None:
        return mention
    expression, offset, main = counted
    # (the clause's verb, or the one an infinitive it hangs on depends on: "agreed on
    # Wednesday to lay down their arms, a day after Azerbaijan launched an offensive")
    mains = {main.i}
    while main.dep_ == "xcomp" and main.head.i != main.i:
        main = main.head
        mains.add(main.i)
    for m in mentions:
        if (
            m.sentence == mention.sentence
            and m.date.value is not None
            and m.date.granularity == "day"
            and (t := _trigger_token(doc, m)) is not None
            and t.i in mains
        ):
            why = f"context: '{expression}' the act of sentence {m.sentence} ({m.trigger})"
            return _days_from(mention, m.date.value, -offset, why)
    return mention


def _counted_from(trigger: Token) -> tuple[str, int, Token] | None:
    """For a trigger in a clause or phrase that counts days to the clause above it ("a day
    after Azerbaijan seized", "two days after the strikes"): the count's words, the days from
    the trigger's event to the other, and that clause's verb; else None. (A trigger whose act
    is done with a verb's, "two weeks after British marines helped detain", is that verb's.)"""
    trigger = done_at_once_with(trigger)
    timed = _timed_by(trigger)
    if timed is None or timed[0].lower_ not in ("after", "before"):
        return None
    word, main = timed
    # ("two days" hung on "after", or on the clause's verb)
    spans = [c for c in word.children if c.dep_ == "npadvmod"]
    if trigger.dep_ != "pobj":
        spans = [c for c in trigger.children if c.dep_ == "npadvmod"] + spans
    if not spans:
        return None
    expression = f"{_words(spans[0])} {word.lower_}"
    offset = offset_days(expression)
    return (expression, offset, main) if offset is not None else None


def _timed_by(trigger: Token) -> tuple[Token, Token] | None:
    """The word opening the clause or phrase a trigger heads ("after", "when") and the verb
    of the clause it hangs on ("a day after Azerbaijan seized control", "days after the
    strikes"; also a clause the parser joined to the one above as a conjunct: "took 200
    peacekeepers hostage ..., a day after NATO bombed"); None without one."""
    if trigger.dep_ in ("advcl", "conj"):
        word = next((c for c in trigger.children if c.dep_ == "mark"), None)
        return (word, trigger.head) if word is not None else None
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        return trigger.head, trigger.head.head
    return None


def _words(token: Token) -> str:
    """The words of a token's subtree."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _hosting(token: Token) -> bool:
    """Whether a verb hosts the event it governs ("host", "receive": host rules)."""
    rules = load_lexicon().verbs.get(token.lemma_.lower(), ())
    return token.pos_ in ("VERB", "AUX") and any(r.host for r in rules)


def _hosts_the_event_told(doc: Doc, mention: EventMention) -> bool:
    """Whether the mention is a host's act on a bare definite event noun ("who hosted the
    meeting", "the talks, which were hosted by Turkey's foreign minister"): the event told
    before, which the host received."""
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return False
    if _hosting(trigger):
        nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    elif any(c.dep_ in ("relcl", "acl") and _hosting(c) for c in trigger.children):
        nouns = [trigger]
    else:
        nouns = []
    return any(
        (_definite(n) or _scene_of_the_clause(n))
        and not any(d.dep_ in ("poss", "compound", "amod") for d in n.children)
        for n in nouns
    )


def _scene_of_the_clause(noun: Token) -> bool:
    """Whether an event noun is an "in" or "at" phrase of a verb ("held their first talks
    ..., in a meeting hosted by the UAE"): the clause's own event, told again."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ in ("VERB", "AUX")


def _talks_received(mention: EventMention, out: list[EventMention]) -> EventMention | None:
    """The talks a host's mention received: not a mediation (CAMEO 045), which has no parties
    met, told up to ``_TOLD_WINDOW`` sentences before ("Fidan hosted the talks at a palace"),
    a dated telling of them first."""
    talks = [m for m in reversed(out) if m.cameo != "045"]
    talks.sort(key=lambda m: m.date.value is None)
    return _antecedent(replace(mention, mode=None), talks, _TOLD_WINDOW)


def _antecedent(
    mention: EventMention,
    earlier: list[EventMention],
    window: int = 1,
    doc: Doc | None = None,
) -> EventMention | None:
    """The event a bare "the meeting" / "the trip" names: a mention of the same type, status
    and mode in the same or the previous sentence (or within ``window`` sentences); with
    ``doc``, one told by the same word first ("warplanes struck targets ... used by the
    rebels to attack ships. The strikes were a response": the warplanes'); else none (the
    back-reference is dropped)."""
    found = []
    for m in earlier:
        if not m.source:
            continue
        if doc is not None and _since_clause(doc, m):
            continue  # ("the first meeting since Biden met him in Geneva ... after the talks")
        if doc is not None and _told_as_another(doc, m):
            continue  # ("brokered a separate deal between Congo and Rwanda, welcomed the
            # accord": not the separate one)
        same_mode = mention.mode is None or m.mode == mention.mode
        if m.type == mention.type and m.status == mention.status and same_mode:
            found.append(m)
    word = _lemma(doc, mention) if doc is not None else None
    # (one told by the same word further back too: "NATO launched air strikes ... air
    # defences shot down a jet ... Russia condemned the strikes")
    same = [m for m in found if doc is not None and word in _trigger_lemmas(doc, m)]
    near = [m for m in found if mention.sentence - m.sentence <= window]
    # (of those near, one of the very mode first: "met on the sidelines of the APEC summit ...
    # the talks were amazing": the meeting, not the summit)
    near.sort(key=lambda m: m.mode != mention.mode)
    return (same or near or [None])[0]


_ANOTHER_WORDS = frozenset({"separate", "another", "different", "earlier", "previous", "prior"})


def _told_as_another(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention's trigger noun is told as another one than the story's ("a separate
    deal", "an earlier agreement")."""
    token = _trigger_token(doc, mention)
    return token is not None and any(
        c.dep_ == "amod" and c.lower_ in _ANOTHER_WORDS for c in token.children
    )


def _lemma(doc: Doc, mention: EventMention) -> str | None:
    """The lemma of a mention's trigger word."""
    token = _trigger_token(doc, mention)
    return token.lemma_ if token is not None else None


def _back_reference(
    doc: Doc,
    mention: EventMention,
    earlier: list[EventMention],
    index: ActorIndex,
    before: Sequence[EventMention] = (),
) -> list[str]:
    """The target a mention without one refers back to; ``earlier``: the mentions of the
    three sentences before, nearest first; ``before``: all mentions before it, nearest
    first."""
    if mention.type == "SUPPORT":
        # no one backs a hostile act done to its own state ("the PLO fired rockets into
        # northern Israel ... Israel's cabinet had approved the operation": Israel's own)
        own = {index.country(k) for k in mention.source} - {None}
        earlier = [m for m in earlier if not _hostile_to(m, own, index)]
        before = [m for m in before if not _hostile_to(m, own, index)]
    if mention.type == "REJECT" and mention.mode == "meet" and not _settlement_undone(doc, mention):
        # the meeting's parties but the refuser's own officials ("the envoy planned to go
        # back, only for the president to call it off": the host's, not the envoy)
        own = index.governments_of(mention.source)
        for m in earlier:
            if m.type == "CONSULT" and m.sentence <= mention.sentence:
                return [
                    k
                    for k in _parties(m)
                    if k not in mention.source and not index.official_of(k, own)
                ]
    if mention.type == "REJECT" and _rejects_a_request(doc, mention):
        # "..., which he refused": the demand's author; a refusal to do something named, of
        # a demand made of the one refusing or to do the same ("demanded that Takaichi take
        # them back ... Takaichi refused to withdraw her words"; not "Xi said they should
        # stand together ... Kyiv refused to join what it called a theatrical truce")
        refused = _refused_act(doc, mention)
        # (not "synagogues ..., which Israel had declined to demolish" after "Abbas said Israel
        # must leave the West Bank": a refusal told as before the demand answers none)
        earlier_told = _pluperfect(doc, mention)
        for m in earlier:
            if (
                m.type == "REQUEST"
                and m.source
                and not _asked_in(doc, mention, m)
                and not (earlier_told and not _pluperfect(doc, m))
                and not set(m.source) & set(mention.source)
                and (
                    refused is None
                    or set(m.target) & set(mention.source)
                    # (a demand to do the same, told near: not "Kurti said Serbia must be held
                    # to what it had accepted" three sentences before "refused to accept it")
                    or (refused in _lemmas(doc, m) and mention.sentence - m.sentence <= 2)
                )
            ):
                return list(m.source)
    if mention.type in _REACTIONS and (reacted := _reacts_to_an_event(doc, mention)):
        # "The U.S. military struck a boat ... Petro condemned the attack": the doer of the
        # latest such event told, however far back, of another state than the one reacting
        # ("China launched drills ... Taiwan sent its forces to respond ... Lai's office
        # condemned the drills": China's); one told by the same word first ("Israel struck
        # ... after clashes between tribes ... Syria condemned the strikes": Israel's)
        # (not one told as what another answers, nor one told by the same word in the
        # singular for a plural: "Iran fired missiles at bases in retaliation for the U.S.
        # drone strike ... Britain condemned the strikes": Iran's)
        kinds, noun = reacted
        own = {index.country(k) for k in mention.source} - {None}
        done = [
            m
            for m in before
            if m.type in kinds
            and m.status == "asserted"
            and m.source
            and not set(m.source) & set(mention.source)
            and not own & {index.country(k) for k in m.source}
        ]
        same = [m for m in done if _told_by_the_same_word(doc, m, noun)]
        # then one of the noun's own mode ("Iraq expelled six inspectors, and the UN withdrew
        # the rest ... The council condemned the expulsions": the expelling, not the withdrawal)
        modes = {r.mode for r in noun_rules(noun) if r.mode}
        alike = [m for m in done if m.mode in modes]
        told = sorted(same or alike or done, key=lambda m: _answered_mention(doc, m))
        if told:
            return list(told[0].source)
    if mention.type in _REACTIONS and (maker := _maker_of_act_noun(doc, mention, index)):
        return maker  # "Nixon announced ... Taiwan protested the announcement": Nixon
    if mention.type in ("ACCUSE", "REJECT") and (signers := _signers(doc, mention, index, before)):
        return signers  # "Sadat and Begin signed a peace treaty ... The Arab League condemned
        # the treaty": its signers
    if mention.type in _REACTIONS and _reacts_to_an_act(doc, mention):
        # "Washington imposed sanctions. Tehran condemned the move": whoever did it; not a
        # reaction told between ("The court issued warrants. The Taliban rejected the
        # warrants. Rights groups welcomed the decision": the court's)
        reach = 1
        # (not the reacting party's own state: "The United States imposed sanctions on
        # Pakistan, and President Bill Clinton said he deplored the decision")
        own = {index.country(k) for k in mention.source} - {None}
        # (nor an act of violence for a decision: "FARC guerrillas kidnapped a senator ...
        # The United States supported the decision": the government's)
        decision = _reacts_to_an_act(doc, mention, load_lexicon().decision_nouns)
        if decision:
            earlier = [m for m in earlier if m.type != "ASSAULT"]
        # (a sentence between that tells no event does not count: "Algeria severed relations
        # ... Lamamra announced the decision at a news conference ... Morocco called the move
        # unjustified")
        telling = {m.sentence for m in earlier}
        for m in earlier:
            if m.type in _REACTIONS and _answers_a_thing_told(doc, m):
                reach += 1
                continue
            near = len({n for n in telling if m.sentence < n < mention.sentence}) + 1 <= reach
            if decision and near and m.type == "PROTEST":
                # (nor is a crowd's protest, and the choice it may answer is not told here:
                # "Several hundred people protested outside the new embassy, and opposition
                # parties condemned the step")
                return []
            if (
                near
                and m.status == "asserted"
                and m.source
                and not _words_only(doc, m)
                and not set(m.source) & set(mention.source)
                and not own & {index.country(k) for k in m.source}
                and not _charged(m, earlier)
            ):
                return list(m.source)
        return []
    if mention.type in _ADDRESSED:
        for m in earlier:
            if m.type == mention.type and m.target and set(m.source) & set(mention.source):
                return [k for k in m.target if k not in mention.source]
    return []


def _hostile_to(mention: EventMention, states: set[str | None], index: ActorIndex) -> bool:
    """Whether a mention is a hostile act done to one of ``states``."""
    return mention.type in DONE_TO_TYPES and any(index.country(k) in states for k in mention.target)


def _words_only(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention is only words sent or told ("sent a message to Kohl urging calm",
    "threats of sanctions"), a stance ("was willing to talk"), a standing aim or tie told in
    the present by a relative clause ("which seeks independence") or an agreement named by its
    noun alone ("pulling out of the 2015 nuclear agreement with Iran"): no act a later "the
    move" or "the decision" may mean ("Bush welcomed the move": East Germany's; not "issued
    arrest warrants", a decision; an agreement signed or reached is told by its verb)."""
    if mention.type == "CONSULT" and mention.mode == "phone":
        return True
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return False
    if trigger.dep_ == "relcl" and trigger.tag_ in ("VBZ", "VBP"):
        return True  # "the Polisario Front, which seeks independence": what a party is
    if mention.type == "AGREE" and trigger.pos_ == "ADJ":
        return True  # "said it was willing to talk": a stance, no decision
    if mention.type == "AGREE" and trigger.pos_ == "NOUN":
        return True  # "pulling out of the 2015 nuclear agreement": a thing named
    if mention.type == "THREATEN" and trigger.pos_ == "NOUN":
        return True  # "backing down in the face of EU threats": words, not the move
    return mention.type == "REQUEST" and trigger.lemma_ in load_lexicon().telling_verbs


def _charged(mention: EventMention, others: Sequence[EventMention]) -> bool:
    """Whether a mention is what an accusation of its sentence charges someone with ("accused
    the peacekeepers of failing to stop Azerbaijan's offensive"): no act of its own a later
    "the move" or "the decision" may mean."""
    return any(
        m.type == "ACCUSE"
        and m is not mention
        and m.sentence == mention.sentence
        and mention.claimant is not None
        and mention.claimant in m.source
        for m in others
    )


def _reacts_to_an_event(doc: Doc, mention: EventMention) -> tuple[frozenset[str], Token] | None:
    """The types of act done to someone that a reaction's object names, and the object
    noun, when it is a definite event noun with no party of its own ("condemned the
    attack", "denounced the sanctions", "rejected the accusation"); else None."""
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return None
    for c in trigger.children:
        if c.dep_ != "dobj" or not _definite(c, _DEFINITE + ("these", "those")):
            continue
        if any(d.dep_ in ("poss", "compound", "amod", "prep") for d in c.children):
            continue  # "the U.S. attack", "the attack on Kabul": its own parties or place
        # acts done to someone ("attack" is also a verbal attack, and "calling the talks
        # regrettable" blames no side of them)
        kinds = frozenset(r.type for r in noun_rules(c)) & DONE_TO_TYPES
        if "ASSAULT" in kinds:  # "condemned the attack": the armed one, not words
            kinds -= {"ACCUSE"}
        return (kinds, c) if kinds else None
    return None


def _doer_of_the_act_named(
    doc: Doc, mention: EventMention, before: Sequence[EventMention]
) -> list[str]:
    """The doer of the attack an agentless passive harm names in its "in" or "by" phrase,
    when that is a definite attack noun with no party of its own ("were killed in the
    strikes"): the latest asserted attack told before by a word ending in the noun's lemma
    ("airstrikes"); else none."""
    trigger = _trigger_token(doc, mention)
    if (
        mention.type != "ASSAULT"
        or trigger is None
        or trigger.tag_ != "VBN"
        or not any(c.dep_ == "auxpass" for c in trigger.children)
    ):
        return []
    for prep in trigger.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
            continue
        for noun in prep.children:
            if (
                noun.dep_ != "pobj"
                or not _definite(noun)
                or any(d.dep_ in ("poss", "compound", "amod", "prep") for d in noun.children)
                or "ASSAULT" not in {r.type for r in noun_rules(noun)}
            ):
                continue
            for m in reversed(before):
                if (
                    m.type == "ASSAULT"
                    and m.status == "asserted"
                    and m.source
                    and m.sentence < mention.sentence
                    and any(
                        w.endswith(noun.lemma_)
                        for w in _trigger_lemmas(doc, m) | _subject_lemmas(doc, m)
                    )
                ):
                    return list(m.source)
    return []


def _subject_lemmas(doc: Doc, mention: EventMention) -> set[str]:
    """The lemmas of the subject of a mention's verb ("airstrikes killed 10 people":
    airstrike), which may name the act the verb's harm was done by."""
    token = _trigger_token(doc, mention)
    if token is None:
        return set()
    return {c.lemma_ for c in token.children if c.dep_ == "nsubj"}


def _told_by_the_same_word(doc: Doc, mention: EventMention, noun: Token) -> bool:
    """Whether a mention's trigger has the lemma of a reaction's object noun, in its number
    if a noun ("the strikes" is no "drone strike" told in the singular)."""
    if noun.lemma_ not in _trigger_lemmas(doc, mention):
        return False
    token = _trigger_token(doc, mention)
    return not (noun.tag_ == "NNS" and token is not None and token.tag_ == "NN")


def _answered_mention(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention is told as what an answer answers (``_answered``), or in a relative
    clause on one ("in retaliation for the U.S. drone strike that killed ...")."""
    token = _trigger_token(doc, mention)
    if token is not None and token.dep_ == "relcl":
        token = token.head
    return token is not None and _answered(token)


_DEFINITE = ("the", "this", "that")


def _definite(noun: Token, determiners: tuple[str, ...] = _DEFINITE) -> bool:
    """Whether a noun has a definite determiner ("the attack", "this decision")."""
    return any(d.dep_ == "det" and d.lower_ in determiners for d in noun.children)


def _reacts_to_an_act(doc: Doc, mention: EventMention, words: frozenset[str] | None = None) -> bool:
    """Whether a reaction's object is a definite word for an act ("the move", "this
    decision"; ``act_nouns``, or the ``words`` given), or a relative clause on such a word
    summing up the clause before ("..., a move New Delhi called unfair")."""
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return False
    words = load_lexicon().act_nouns if words is None else words
    if (
        trigger.dep_ == "relcl"
        and trigger.head.lemma_.lower() in words
        and trigger.head.dep_ in ("npadvmod", "appos")
    ):
        return True  # "doubled tariffs, a move New Delhi called unfair": the clause's act
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in words and _definite(c) for c in trigger.children
    )


def _maker_of_act_noun(doc: Doc, mention: EventMention, index: ActorIndex) -> list[str]:
    """The subject of the verb that made what a reaction's definite object names
    (``act_noun_verbs``: "the announcement", made by "announced") in the three sentences
    before, nearest first, or of the only such verb further back ("Clinton announced ...
    [three sentences] ... Vietnam's foreign ministry welcomed the announcement"); none of the
    reacting party or its state; [] when there is none."""
    trigger = _trigger_token(doc, mention)
    verbs = load_lexicon().act_noun_verbs
    nouns = (
        [c for c in trigger.children if c.dep_ == "dobj" and _definite(c)]
        if trigger is not None
        else []
    )
    made_by = next((verbs[n.lemma_.lower()] for n in nouns if n.lemma_.lower() in verbs), None)
    if trigger is None or made_by is None:
        return []
    sentences = list(doc.sents)
    at = next(n for n, s in enumerate(sentences) if s.start <= trigger.i < s.end)
    own = {index.country(k) for k in mention.source} - {None}
    makers = [
        (n, keys)
        for n, sent in enumerate(sentences[:at])
        for verb in sent
        if verb.pos_ == "VERB" and verb.lemma_.lower() == made_by
        if (
            keys := [
                k
                for subject in verb.children
                if subject.dep_ == "nsubj"
                for t in subject.subtree
                for k in index.keys_at(t)
                if k not in mention.source and index.country(k) not in own
            ]
        )
    ]
    near = [keys for n, keys in makers if n >= at - _WINDOW]
    if near:
        return list(dict.fromkeys(near[-1]))
    return list(dict.fromkeys(makers[0][1])) if len(makers) == 1 else []


def _signers(
    doc: Doc, mention: EventMention, index: ActorIndex, before: Sequence[EventMention]
) -> list[str]:
    """The parties of the latest accord signed or reached that a condemnation or rejection of
    a definite accord noun with no party of its own names ("condemned the treaty"): those of
    the latest asserted agreement or signing told before by a word of the noun or by "sign",
    but the reacting party and its state; [] when there is none."""
    trigger = _trigger_token(doc, mention)
    accords = load_lexicon().accord_nouns
    nouns = [
        c
        for c in (trigger.children if trigger is not None else ())
        if c.dep_ == "dobj"
        and _definite(c)
        and c.lemma_.lower() in accords
        and not any(d.dep_ in ("poss", "compound", "amod", "prep") for d in c.children)
    ]
    if not nouns:
        return []
    own = {index.country(k) for k in mention.source} - {None}
    found = [
        [k for k in _parties(m) if k not in mention.source and index.country(k) not in own]
        for m in before
        if m.type in ("AGREE", "SUPPORT")
        and m.status == "asserted"
        and m.sentence < mention.sentence
        and _trigger_lemmas(doc, m) & {"sign", nouns[0].lemma_.lower()}
    ]
    # an accord has two sides: not one who signed it alone after them ("Carter ... signed the
    # treaty as a witness"), unless no signing told names two
    return next((parties for parties in found if len(parties) >= 2), found[0] if found else [])


def _answers_a_thing_told(doc: Doc, mention: EventMention) -> bool:
    """Whether a reaction's object is a definite noun, something told before ("rejected the
    warrants", "condemned the strikes")."""
    trigger = _trigger_token(doc, mention)
    return trigger is not None and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and _definite(c) for c in trigger.children
    )


def _rejects_a_request(doc: Doc, mention: EventMention) -> bool:
    """Whether what a rejection turns down may be the request told before: nothing named,
    a pronoun ("rejected it", "which he refused") or a word for a request ("the demand");
    not "refuses the plan", nor "a move Belgrade still rejects" (the noun its relative
    clause hangs on)."""
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return True
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if (
        not objects
        and trigger.lemma_.lower() in load_lexicon().holding_out_verbs
        and any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in trigger.children)
    ):
        return False  # "its fighters were resisting in the hills": holding out, no refusal
    if (
        not objects
        and trigger.dep_ == "relcl"
        and trigger.head.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in trigger.children)
    ):
        objects = [trigger.head]
    nouns = load_lexicon().nouns
    return all(
        o.pos_ == "PRON" or any(r.type == "REQUEST" for r in nouns.get(o.lemma_.lower(), ()))
        for o in objects
    )


def _asked_in(doc: Doc, mention: EventMention, request: EventMention) -> bool:
    """Whether a mention is the act a request asks for ("called on citizens not to resist"):
    in a complement of the request's trigger (not a clause joined to it: "had demanded that
    sanctions be lifted, and that he had refused"). An act asked for answers no request."""
    trigger, asking = _trigger_token(doc, mention), _trigger_token(doc, request)
    if trigger is None or asking is None or asking not in trigger.ancestors:
        return False
    node = trigger
    while node.head.i != asking.i:
        if node.dep_ == "conj" and any(c.dep_ == "nsubj" for c in node.children):
            return False  # a clause of its own, whoever the parser hung it on
        node = node.head
    return node.dep_ in ("xcomp", "ccomp")


def _verbal(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention's trigger is a verb."""
    trigger = _trigger_token(doc, mention)
    return trigger is not None and trigger.pos_ in ("VERB", "AUX")


def _refused_act(doc: Doc, mention: EventMention) -> str | None:
    """The lemma of the act a refusal names with its own object ("refused to join the
    truce": join), or None."""
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return None
    return next(
        (
            c.lemma_
            for c in trigger.children
            if c.dep_ == "xcomp" and any(d.dep_ in ("dobj", "prep", "ccomp") for d in c.children)
        ),
        None,
    )


def _lemmas(doc: Doc, mention: EventMention) -> set[str]:
    """The lemmas of the words of the clause that reports a mention."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return {t.lemma_ for t in span} if span is not None else set()


def _at_another_time(doc: Doc, mention: EventMention) -> bool:
    """ "Armenia later accused ...", "met again": not at the time told before."""
    trigger = _trigger_token(doc, mention)
    return trigger is not None and at_another_time(trigger)


# Words opening a clause or phrase timed by the clause it hangs on ("after protesters stormed")
_RELATIVE_TIME_WORDS = frozenset({"after", "before", "since", "until", "when", "following"})


def _under_dated_clause(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention is in an "after", "before" or "when" clause or phrase of a clause
    with a time expression of its own ("cut ties in 2016 after protesters stormed the
    embassy"), or one set a span of time away from it ("The visit came a month after
    protesters stormed the buildings"): that time, not one told in an earlier sentence, is
    the one it is told by."""
    trigger = _trigger_token(doc, mention)
    timed = _timed_by(trigger) if trigger is not None else None
    if timed is None or timed[0].lower_ not in _RELATIVE_TIME_WORDS:
        return False
    word, main = timed
    # ("a month" hung on "after", or on the clause's verb before its mark)
    spans = list(word.children) + [c for c in word.head.children if c.i < word.i]
    if any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in spans):
        return True
    return any(
        t.ent_type_ in ("DATE", "TIME")
        for c in main.children
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i != word.i
        for t in c.subtree
    )


def _lasting(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention's noun is measured in weeks or longer ("followed nine months of
    secret talks", "after years of war"): a span no day told before dates."""
    trigger = _trigger_token(doc, mention)
    if trigger is None or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    units = time_lexicon().units
    measure = trigger.head.head
    unit = units.get(measure.lemma_.lower())
    return unit is not None and not unit.get("time") and unit.get("code") != "D"


# words on a verb's object that make the act a repeat ("fired more missiles")
_REPEATED_OBJECT_WORDS = frozenset({"more", "further", "fresh", "another"})


def _told_again(doc: Doc, mention: EventMention) -> bool:
    """ "He did not meet Maduro again", "Iran fired more missiles after it took effect": a
    repeat is at another time than the one told."""
    trigger = _trigger_token(doc, mention)
    if trigger is None:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(c.lower_ == "again" for c in trigger.children) or any(
        m.lower_ in _REPEATED_OBJECT_WORDS
        for o in objects
        for m in o.children
        if m.dep_ in ("amod", "det")
    )


def _after_the_first_time(mention: EventMention, before: list[EventMention]) -> EventMention:
    """ "Grenell met Maduro in January. He met Maduro again": the repeat comes after the
    dated act of the same type and parties told before; its date is bounded so, and it is
    not merged into that act."""
    parties = set(_parties(mention))
    for m in reversed(before):
        if m.type != mention.type or m.date.value is None or not parties & set(_parties(m)):
            continue
        interval = date_interval(m.date)
        if interval is None:
            return mention
        earliest = date.fromordinal(interval[1] + 1).isoformat()
        why = f"after sentence {m.sentence} ({m.trigger}): {TOLD_AGAIN}"
        return replace(
            mention, date=EventDate(earliest=earliest, latest=mention.date.latest, rule=why)
        )
    return mention


def _settlement_undone(doc: Doc, mention: EventMention) -> bool:
    """Whether what a mention's verb cancels is a settlement, not a meeting ("would scrap
    the 2018 agreement"; ``accord_nouns``)."""
    trigger = _trigger_token(doc, mention)
    accords = load_lexicon().accord_nouns
    return trigger is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in accords for c in trigger.children
    )


def _trigger_lemmas(doc: Doc, mention: EventMention) -> set[str]:
    """The lemmas of the words of a mention's trigger ("air strikes": air, strike), found in
    order through its sentence from the first ("launched air strikes" in "launched air and
    naval strikes")."""
    first = _trigger_token(doc, mention)
    if first is None:
        return set()
    lemmas: set[str] = set()
    tokens = iter(doc[first.i : first.sent.end])
    for word in mention.trigger.split():
        for token in tokens:
            if token.text == word:
                lemmas.add(token.lemma_)
                break
    return lemmas


def _trigger_token(doc: Doc, mention: EventMention) -> Token | None:
    span = doc.char_span(mention.trigger_start, mention.trigger_start + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _told_as_earlier(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention's verb is in the past perfect ("China had warned Washington"): an
    act before the time told so far, so it does not continue that time; or in the future
    ("Serbia would never recognize ..."), which no earlier time dates; or an act judged
    ("thanked the soldiers for fighting in Kursk"), done before the judging."""
    trigger = _trigger_token(doc, mention)
    if trigger is not None and trigger_tense(trigger) == "future":
        return True
    if trigger is not None and (_judged(trigger) or _answered(trigger)):
        return True
    return _pluperfect(doc, mention)


def _pluperfect(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention's verb, or the verb whose tense it shares, is in the past perfect
    ("had warned", "had warned ... and accused")."""
    trigger = _trigger_token(doc, mention)
    verbs = [trigger] if trigger is not None else []
    while verbs and _shares_tense(verbs[-1]) and len(verbs) < 4:
        # "had warned ... and accused", "had warned Washington not to allow", "had held up
        # the application, accusing Stockholm": the "had" of the verb shared or governing
        verbs.append(verbs[-1].head)
    return any(
        c.dep_ == "aux" and c.lower_ == "had" and v.tag_ == "VBN" and not _done_by_then(v)
        for v in verbs
        for c in v.children
    )


def _shares_tense(verb: Token) -> bool:
    """Whether a verb takes its tense from its head: a conjunct, an infinitive complement, a
    predicate adjective ("had been critical of"), or a participle clause with no subject of
    its own."""
    if verb.dep_ in ("conj", "xcomp", "acomp"):
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _judged(trigger: Token) -> bool:
    """Whether the trigger is what someone is thanked, praised or blamed for ("thanked the
    soldiers for fighting", "accused Iran of attacking")."""
    prep = trigger.head
    return (
        trigger.dep_ in ("pcomp", "pobj")
        and prep.dep_ == "prep"
        and prep.lower_ in ("for", "of")
        and load_cues().has("judging_verbs", prep.head)
    )


def _answered(trigger: Token) -> bool:
    """Whether the trigger is what an answer answers ("a response to Israeli raids", "in
    retaliation for the bombing"; ``answered_nouns``)."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ in ("to", "for")
        and load_cues().has("answered_nouns", prep.head)
    )


def _done_by_then(verb: Token) -> bool:
    """ "By evening the leaders had signed": a past perfect that tells what was done by a
    time of the story, not before it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(o.ent_type_ in ("TIME", "DATE") or o.lower_ == "then" for o in c.children)
        for c in verb.children
    )


def _names_a_thing(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention is a relative clause that says which thing its noun is ("cut the
    tariffs it imposed over fentanyl", "the ban on seafood that Beijing imposed", the noun
    told with its light verb): an act before the time told, not at it."""
    trigger = _trigger_token(doc, mention)
    return trigger is not None and (
        object_gap(trigger) or any(c.dep_ == "relcl" and object_gap(c) for c in trigger.children)
    )


def _since_clause(doc: Doc, mention: EventMention) -> bool:
    """Whether a mention is told in a "since" clause ("the first meeting ... since Biden met
    him in Geneva"): a time gone by that the story's event is measured from, which no later
    "the talks" names and whose date no later sentence continues."""
    trigger = _trigger_token(doc, mention)
    verb = trigger
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    )


def _in_relative_clause(doc: Doc, mention: EventMention) -> bool:
    """ "the deal both sides accepted in February": an act told in a relative clause, as
    background to what the sentence reports."""
    return _in_clause(doc, mention, lambda t: t.dep_ in ("relcl", "acl"))


def _in_participle_on_noun(doc: Doc, mention: EventMention) -> bool:
    """ "The truce, agreed in Moscow after ten hours of talks": an act told in a past
    participle describing a noun, as the noun's history (not "Uribe, who did not apologise",
    a relative clause that may go on with the story)."""
    return _in_clause(
        doc,
        mention,
        lambda t: t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN"),
    )


def _in_clause(doc: Doc, mention: EventMention, test: Callable[[Token], bool]) -> bool:
    """Whether the trigger, or a word above it in its sentence, passes ``test``."""
    trigger = _trigger_token(doc, mention)
    return trigger is not None and any(
        test(t) for t in (trigger, *trigger.ancestors) if t.sent == trigger.sent
    )


def _dated_before(
    doc: Doc,
    mention: EventMention,
    before: list[EventMention],
    paragraph: list[int],
    index: ActorIndex,
) -> EventMention | None:
    actors = _with_countries(_parties(mention), index)
    trigger = _trigger_token(doc, mention)
    news: EventMention | None = None  # the story's first dated act, found when needed
    for m in reversed(before):
        if m.sentence == mention.sentence and m.date.value is not None and trigger is not None:
            # "met the AU chairman the next day and asked the bloc to mediate": the time of
            # the verb this one is conjoined to
            other = _trigger_token(doc, m)
            if other is not None and _conjoined(trigger, other):
                return m
        if m.sentence >= mention.sentence or m.date.value is None:
            continue
        if _in_relative_clause(doc, m) or _told_as_earlier(doc, m) or _since_clause(doc, m):
            # nor from an act told as before the story's time ("Sisi and Abiy had agreed in
            # July ... Sisi met Abiy again in Cairo": not in July)
            continue
        if _charged(m, before):
            continue  # nor from what an accusation charges ("accused X of failing to stop
            # the offensive in September ... Moscow regretted the decision": not September)
        same_paragraph = paragraph[m.sentence] == paragraph[mention.sentence]
        near = m.sentence == mention.sentence - 1 or same_paragraph
        if not near:
            return None
        if not same_paragraph and len(m.date.value) == len("YYYY"):
            # "Sweden tightened its laws last year ... || Kristersson welcomed the vote": a
            # year told as background does not run on into the next paragraph
            continue
        if not same_paragraph and _ends_before(m, news := news or _news(before, paragraph)):
            # nor a day before the one the story opens with ("China launched drills on
            # Thursday ... In his speech on Monday, Lai called on Beijing ... || The State
            # Department urged China"): a look back
            continue
        if m.status in ("asserted", "negated") and actors & _with_countries(_parties(m), index):
            return m
    return None


def _news(before: list[EventMention], paragraph: list[int]) -> EventMention | None:
    """The first act the story dates told as happening (in the first paragraph that dates
    one), or None."""
    lead = [
        m
        for m in before
        if m.status in ("asserted", "negated")
        and m.date.value is not None
        and not m.date.rule.startswith("context")
    ]
    if not lead:
        return None
    first = min(paragraph[m.sentence] for m in lead)
    return min((m for m in lead if paragraph[m.sentence] == first), key=lambda m: m.start)


def _ends_before(dated: EventMention, news: EventMention | None) -> bool:
    """Whether a mention's date ends before the day of the story's first dated act: told as
    background."""
    if news is None:
        return False
    day, opening = date_interval(dated.date), date_interval(news.date)
    return day is not None and opening is not None and day[1] < opening[0]


def _conjoined(verb: Token, other: Token) -> bool:
    """Whether two verbs are conjuncts of one another (through a chain of conjuncts)."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    second = other
    while second.dep_ == "conj" and second.head.i != second.i:
        second = second.head
    return first.i == second.i and verb.i != other.i


def _heading_of(
    text: str, mention: EventMention, headings: Mapping[int, EventDate]
) -> EventDate | None:
    """The date heading the timeline paragraph a mention is in ("May 6, 2024: Hamas said it
    accepted the proposal")."""
    start = max((s for s in headings if s <= mention.start), default=None)
    if start is None or "\n\n" in text[start : mention.start]:
        return None
    return headings[start]


def _told_before(
    mention: EventMention, told: Sequence[Telling], paragraph: list[int]
) -> Telling | None:
    """The telling of the sentence before, or of the paragraph before the mention's first
    sentence, between two or more of the meeting's parties."""
    parties = set(_parties(mention))
    for m in reversed(told):
        if m.sentence >= mention.sentence:
            continue
        near = (
            m.sentence == mention.sentence - 1
            or paragraph[m.sentence] + 1 >= paragraph[mention.sentence]
        )
        if near and len(parties & set(_parties(m))) >= 2:
            return m
        return None
    return None


def _with_countries(keys: list[str], index: ActorIndex) -> set[str]:
    """Actor keys and their countries: "the two countries" share parties with their leaders."""
    found = set(keys)
    found.update(f"country:{c}" for k in keys if (c := index.country(k)))
    return found
