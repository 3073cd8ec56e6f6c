"""Repairs of the small English model's regular slips, run right after its parser.

The step sits between the parser and the tag-to-POS mapping (``attribute_ruler``) and the
lemmatiser, so that both see the repaired tags:

- a sentence with a name in capitals the tagger read as another word than a noun
  ("ECOWAS imposed sanctions": a verb) is parsed again with the name in small letters;
- a sentence opening with a participle or prepositional phrase that the parser let govern
  words after its comma ("Meeting a deadline set by the UN, the rebels handed in ...":
  "rebels" a conjunct of "accord"; "In a move long demanded by Tbilisi, the last Russian
  column rolled out ...": "column" an apposition of "Tbilisi"; "Three weeks after Cyclone
  Nargis swept through the delta, ...") is parsed again in two parts,
  the phrase and the clause after the comma, and the phrase hung on the clause's verb;
- present-tense verb tags on words parsed as modified nouns, and adverb tags on objects
  with an article ("began a fast", also with the article hung on an adjective: "began an
  indefinite fast"), become noun tags;
- a verb's particle hung on the next number as "more than" goes back to the verb;
- a phrase between a reporting verb and the subject of its complement clause that the
  parser hung on the clause's verb ("said on Friday it would revoke ...") goes back to the
  reporting verb;
- a reporting verb closing the sentence after a comma that the parser hung, as a participle,
  on its subject ("..., a human rights group protested here Wednesday") governs the clause
  before the comma;
- a "that" clause after a reporting verb's prepositional phrase that the parser hung on the
  phrase's noun as a relative clause ("said after the meeting that the two sides had
  agreed") becomes the verb's complement;
- a past verb with an object that the parser hung as a participle on its subject, made a
  first subject of a reporting verb after it ("Israeli airstrikes killed 15 people, the
  ministry said"), becomes that verb's complement clause;
- a past verb coordinated with an infinitive ("warned X not to allow it and accused Y")
  is coordinated with the infinitive's governor;
- a reporting verb without a subject coordinated with the verb of the "that" clause before
  it ("denies that fighters are there and says ...") is coordinated with the clause's
  governor, and so is a verb of judging after a copular clause ("denied that the leader
  was to blame and accused ...");
- a participle right after a preposition left with no object, read as a verb taking the
  noun after it ("were in occupied Ukrainian territory"), is that noun's modifier;
- a clause after "since" or "after" whose subject the parser read as the preposition's
  object and whose verb as a conjunct of the verb before ("on his first trip since the
  rebels he led toppled Assad") is a clause the word introduces;
- a name between commas right after a verb's object, read as an adverbial noun phrase of
  the verb ("backed his rival, Viktor Yanukovych, during the campaign"), is the object's
  apposition;
- a common noun naming what a name is ("the militant group Hamas", "the news agency
  Xinhua") that the parser made a second subject or object of the verb beside the name
  becomes a modifier of the name;
- a name joined to the object of a clause right before a reporting verb with no subject,
  the clause its complement ("Britain broke off relations with Argentina and Margaret
  Thatcher said ..."), is the verb's subject, the clause a sentence of its own;
- the subject of a past verb after "after" or "when" with a participle after it that the
  parser read as the word's own clause ("after protesters demanding the release of Castillo
  blocked roads") is that verb's subject, the participle its modifier;
- a "for" phrase right after a verb's object that is a noun of asking, hung on the verb
  ("declined a request from Idriss Deby for French air strikes"), goes to the noun;
- a past form right after a noun, with nothing of a clause of its own, read as an adverbial
  clause ("a spy plane shot down over the Soviet Union") is a participle on the noun;
- a common noun joined to a verb's object right before a finite verb with an object and no
  subject ("condemned the treaty and several Arab governments recalled ...") is its subject;
- a name with an "of" phrase joined to the place of an earlier name's ("Presidents Mahuad
  of Ecuador and Fujimori of Peru") is that name's conjunct, and a name joined to a noun
  whose "between" phrase has one party ("the summit between Moon and Kim") its second party;
- an adjective read as the object of the phrase on a verb's object ("called the demand for
  an apology unacceptable") is the object's predicate when the verb takes one;
- an owned noun joined by "and" to the noun after it, read as that noun's modifier with a
  dangling "and" ("Sudan's government and southern rebels"), heads the phrase, the noun
  after "and" its conjunct;
- a titled name read as an apposition of its own title, which the parser hung on a second
  titled name after "and" ("President Donald Trump and Russian President Vladimir Putin"),
  becomes the first of two conjoined names;
- a past verb after a sentence-opening name, or a noun phrase opening with its owner, that
  the parser read as a modifier of the bare noun heading the sentence or a reported clause
  ("Pakistan shared intelligence with ...", "Burma's military junta relaxed restrictions
  ..., diplomats said") becomes that clause's verb, the name its subject, the noun its
  object;
- a past verb read as the participle of the last "of" noun of a verbless subject, carrying
  an object or a particle ("Some 2,000 fighters of the UNITA movement handed in their
  weapons"), becomes the sentence's verb and the noun phrase its subject; so does one right
  after the closing comma of the apposition of a verbless sentence's head, carrying an
  object or a clause ("Argentina, Brazil and Chile, the guarantors of a border treaty,
  called on both countries to stop fighting");
- a present verb read as a clause after a light verb with no object ("imposed travel bans
  and asset freezes on Russian officials") is a plural act noun, the verb's object;
- a day phrase on an infinitive after its deadline ("to leave within 72 hours on
  Thursday") goes to the verb above, whose act it dates;
- a "from" phrase right after envoys or observers inside a verb's phrase ("under the eyes
  of observers from four countries") goes to them;
- a name after a comma hung on the verb as a second object ("talks with the Saudi national
  security adviser, Musaed al-Aiban") is the apposition of the person noun before it;
- a demonym after "and" joined to the day before ("on Saturday and Russian jets bombed")
  modifies the next clause's subject;
- a participle hung on the recipient of a note or letter ("delivered a protest note to the
  Chinese embassy accusing ...") goes to the verb, whose sender it speaks for;
- an infinitive after a verb of asking, its object and a phrase ("urged Xi during talks in
  Beijing to free ..."), read as the subject's purpose, is the act asked of the object.

A repair that would leave a word whose heads never reach a root (a cycle, on which spaCy's
walks over the tree do not end) is undone.

The events stage still reads one such slip without rewriting the parse: a finite verb the
parser hung on the root noun itself ("2,000 fighters handed in their weapons",
``events.triggers.finite_on_root_noun``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

PARSE_REPAIRS = "storyline_parse_repairs"
# where the parser puts a noun; what only a noun carries before it; what only a verb carries
_NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
_NOUN_MODIFIERS = frozenset({"det", "nummod", "amod", "compound", "poss"})
_VERB_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "advmod"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
_OPENING_MAX = 24  # the comma closing an opening phrase comes within this many words
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

Parse = Callable[[list[str], list[bool]], Doc]


@Language.factory(PARSE_REPAIRS)
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    """The repairs step of ``nlp`` (it parses sentence parts again with ``nlp``'s parser)."""
    return ParseRepairs(nlp)


class ParseRepairs:
    """The pipeline step: every repair of this module, in order."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        steps: list[Callable[[Doc], Doc]] = [join_stray_punctuation]
        steps += [partial(repair, parse=self.parse) for repair in _REPARSING_REPAIRS]
        steps += _REPAIRS
        for repair in steps:
            _kept_a_tree(doc, repair)
        return doc

    def parse(self, words: list[str], spaces: list[bool]) -> Doc:
        """Tags and a parse of ``words`` alone, by the pipeline's own tagger and parser."""
        part = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name in ("tok2vec", "tagger", "parser"):
            if name in self.nlp.pipe_names:
                part = self.nlp.get_pipe(name)(part)
        return part


def join_stray_punctuation(doc: Doc) -> Doc:
    """A "sentence" of punctuation alone joins the sentence before it: the closing quote
    of '"This is very good."' that the parser split off, which would count as a sentence
    between a name and the words that refer back to it."""
    sentences = list(doc.sents)
    changes: dict[int, tuple[int, str, str | None]] = {}
    for before, sent in zip(sentences, sentences[1:], strict=False):
        if all(t.is_punct or t.is_space for t in sent):
            root = before.root
            while root.i in changes:  # the sentence before was joined to its own before
                root = doc[changes[root.i][0]]
            for token in sent:
                if token.head.i == token.i:
                    changes[token.i] = (root.i, "punct", None)
    return _rewrite(doc, changes)


def repair_acronyms_read_as_words(doc: Doc, parse: Parse) -> Doc:
    """A sentence with a name in capitals that the tagger read as another word than a noun
    ("ECOWAS imposed sanctions on Mali": "ECOWAS" a verb, the root, "imposed" its modifier),
    or that the parser made the sentence's verb ("The bloc ECOWAS imposed sanctions")
    gets the parse of the sentence with that name written in small letters after its first
    ("Ecowas imposed ..."), when that parse reads it as a noun and is one sentence; failing
    that, of the sentence with a plain name in its place ("The West African bloc Smith
    imposed ...")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        names = [t for t in sent if _acronym(t) and (not t.tag_.startswith("NN") or _verbal(t))]
        if not names:
            continue
        marked = {t.i for t in names}
        for spelt in (str.title, lambda _: _STAND_IN_NAME):
            words = [spelt(t.text) if t.i in marked else t.text for t in sent]
            if found := _parse_reading_names(sent, words, marked, parse):
                changes.update(found)
                break
    return _rewrite(doc, changes)


def _parse_reading_names(
    sent: Span, words: list[str], marked: set[int], parse: Parse
) -> dict[int, tuple[int, str, str | None]]:
    """The parse of a sentence's words, some of them rewritten, as changes to the sentence,
    when it is one sentence and reads the ``marked`` words (document indices) as names;
    else no changes."""
    part = parse(words, [bool(t.whitespace_) for t in sent])
    if sum(t.dep_ == "ROOT" for t in part) != 1:
        return {}
    if not all(part[i - sent.start].tag_ in _NAME_TAGS for i in marked):
        return {}
    return {sent.start + t.i: (sent.start + t.head.i, t.dep_, t.tag_) for t in part}


_STAND_IN_NAME = "Smith"  # a name the tagger reads as one wherever it stands


def repair_names_read_as_words_at_sentence_start(doc: Doc, parse: Parse) -> Doc:
    """A sentence opening with a name that the tagger read as another word ("Trump imposed
    sanctions on Colombia": "Trump" an adjective, the root, "imposed" a modifier of
    "sanctions") gets the parse of the sentence with a plain name in its place, when the
    document writes the word as a name inside a sentence too ("President Donald Trump") and
    that parse reads the stand-in as a name and is one sentence."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    inner = {t.text for t in doc if t.tag_ in _NAME_TAGS and not t.is_sent_start and t.is_title}
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if (
            first is None
            or first.tag_ in _NAME_TAGS
            or not first.is_title
            or first.text not in inner
            or first.i + 1 >= sent.end
            or doc[first.i + 1].tag_ not in ("VBD", "VBN")
        ):
            continue
        words = [_STAND_IN_NAME if t.i == first.i else t.text for t in sent]
        changes.update(_parse_reading_names(sent, words, {first.i}, parse))
    return _rewrite(doc, changes)


def _verbal(token: Token) -> bool:
    """Whether a word heads its sentence with a subject or an object, as a verb does."""
    return token.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "dobj") for c in token.children)


def _acronym(token: Token) -> bool:
    """A word of three or more capital letters ("ECOWAS", "SADC")."""
    return len(token.text) >= 3 and token.text.isalpha() and token.text.isupper()


def repair_opening_phrases(doc: Doc, parse: Parse) -> Doc:
    """Sentences opening with a participle or prepositional phrase whose parse has the
    phrase govern words of the clause after it ("Escalating a row with Washington, Bolivian
    President Evo Morales charged that ...": "Morales" the object of "Escalating", "charged" a
    participle of "Morales") get the parse of the phrase and of the clause after its comma,
    each parsed alone, the phrase hung on the clause's verb as an adverbial clause (a
    participle's, or a clause after "after", "despite" ...) or a prepositional phrase. Left as
    they are when the clause parsed alone has no verb with a subject or is more than one
    sentence."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        changes.update(_opening_phrase_parse(sent, parse))
    return _rewrite(doc, changes)


def _join_clause(
    changes: dict[int, tuple[int, str, str | None]],
    first: Token,
    verb: Token,
    subject: Token,
    cc: Token,
) -> None:
    """Record ``verb`` as a clause joined by ``cc`` to the one of ``first``, with ``subject``
    its subject."""
    changes[subject.i] = (verb.i, "nsubj", None)
    changes[cc.i] = (first.i, "cc", None)
    changes[verb.i] = (first.i, "conj", None)


def _rewrite(doc: Doc, changes: dict[int, tuple[int, str, str | None]]) -> Doc:
    """``doc`` with the given (head, dependency label, tag or None to keep it) by token
    index, written in one pass so that the parse stays a tree."""
    if not changes:
        return doc
    array = doc.to_array([HEAD, DEP, TAG])
    strings = doc.vocab.strings
    for i, (head, dep, tag) in changes.items():
        # heads are offsets, stored unsigned (a head before the word wraps around)
        array[i, 0] = (head - i) % 2**64
        array[i, 1] = strings.add(dep)
        if tag is not None:
            array[i, 2] = strings.add(tag)
    doc.from_array([HEAD, DEP, TAG], array)
    return doc


def _kept_a_tree(doc: Doc, repair: Callable[[Doc], Doc]) -> None:
    """Runs one repair on ``doc``, undone if it left a word that never reaches a root (a
    cycle of heads, on which spaCy's tree walks do not end)."""
    before = doc.to_array([HEAD, DEP, TAG])
    repair(doc)
    heads = numpy.arange(len(doc)) + doc.to_array([HEAD]).astype(numpy.int64)
    reached = heads
    for _ in range(max(1, len(doc)).bit_length() + 1):
        reached = reached[reached]
    if not numpy.array_equal(heads[reached], reached):
        doc.from_array([HEAD, DEP, TAG], before)


def _opening_phrase_parse(sent: Span, parse: Parse) -> dict[int, tuple[int, str, str | None]]:
    """New (head, dep, tag) by token index for one sentence, or nothing."""
    if sent[0].tag_ not in _PARTICIPLES and sent[0].tag_ != "IN" and not _time_before(sent):
        return {}
    comma = next((t for t in sent[1:_OPENING_MAX] if t.text == ","), None)
    if comma is None or comma.i + 3 >= sent.end:
        return {}
    # parsed right, the phrase governs nothing after its comma
    if not any(
        c.i > comma.i and c.dep_ != "punct"
        for t in sent[: comma.i - sent.start]
        for c in t.children
    ):
        return {}
    parts = [(sent.start, comma.i), (comma.i + 1, sent.end)]
    parsed = _parse_parts(sent.doc, parts, parse)
    phrase, clause = parsed
    roots = [[t for t in part if t.dep_ == "ROOT"] for part in parsed]
    if len(roots[0]) != 1 or len(roots[1]) != 1:
        return {}
    opener = roots[0][0]
    # a participle or a preposition heads the phrase ("Meeting a deadline", "In a move long
    # demanded by Tbilisi"); a clause after "after", "despite" ... is one ("After rebels
    # attacked the town")
    if opener.i == 0 and opener.tag_ in _PARTICIPLES:
        dep = "advcl"
    elif opener.i == 0 and opener.tag_ == "IN":
        dep = "prep"
    elif opener.tag_.startswith("VB") and any(t.dep_ == "mark" for t in opener.children):
        dep = "advcl"
    elif opener.tag_.startswith("NN") and _time_before(sent):
        dep = "npadvmod"  # "Three weeks after Cyclone Nargis swept through the delta, ..."
    elif opener.tag_ == "IN" and _time_before(sent):
        dep = "prep"  # "Three months after the bombing that killed Hariri, ..."
    else:
        return {}
    verb = roots[1][0]
    if not verb.tag_.startswith("VB") or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return {}
    main = comma.i + 1 + verb.i
    changes = _parts_parse(parts, parsed)
    changes[sent.start + opener.i] = (main, dep, opener.tag_)
    changes[comma.i] = (main, "punct", comma.tag_)
    changes[main] = (main, "ROOT", verb.tag_)
    return changes


def _parse_parts(doc: Doc, parts: list[tuple[int, int]], parse: Parse) -> list[Doc]:
    """Each (start, end) part of ``doc`` parsed alone, without the blank lines closing it (a
    paragraph break after the stop can change the parse of a whole clause)."""
    parsed = []
    for a, b in parts:
        while b > a + 1 and doc[b - 1].is_space:
            b -= 1
        parsed.append(parse([t.text for t in doc[a:b]], [bool(t.whitespace_) for t in doc[a:b]]))
    return parsed


def _parts_parse(
    parts: list[tuple[int, int]], parsed: list[Doc]
) -> dict[int, tuple[int, str, str | None]]:
    """The (head, dep, tag) by token index of ``doc`` that the parts parsed alone give."""
    return {
        start + t.i: (start + t.head.i, t.dep_, t.tag_)
        for (start, _), part in zip(parts, parsed, strict=True)
        for t in part
    }


_DATELINE_MAX = 16  # words a dateline runs to its dash ("PORT SUDAN, Oct. 30, 2025 (AP) -")


def dateline_dash(doc: Doc, start: int, end: int | None = None) -> Token | None:
    """The dash that closes a dateline opening at ``start`` ("PORT SUDAN, Oct. 30 (AP) -"):
    a dash standing alone, not the hyphen of "al-Assad", on the dateline's own line, within
    its first words; None when ``doc[start]`` opens no dateline."""
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return None  # "PORT SUDAN", not "A delegation"
    stop = min(start + _DATELINE_MAX, len(doc) if end is None else end)
    for tok in doc[start + 1 : stop]:
        if "\n" in tok.text:
            return None
        if tok.text in _DASHES and tok.whitespace_ and doc[tok.i - 1].whitespace_:
            return tok
    return None


def repair_datelines_read_into_the_clause(doc: Doc, parse: Parse) -> Doc:
    """A sentence opening with a dateline ("PORT SUDAN, Oct. 30 (AP) - The UN Security
    Council condemned on Thursday ...") whose parse has its root in the dateline, the
    clause's verb read as a participle of its subject: the dateline and the clause after the
    dash are each parsed alone, the dateline hung on the clause's verb as an adverbial. So
    is a dateline the parser cut off from the clause after its dash ("BUSAN" and ", South
    Korea (Oct. 30, 2025) - Trump and Xi agreed ...", or "BUSAN, South Korea (Oct. 30) -"
    and "Chile and Peru agreed ..."), which joins it. Left as it is when the clause parsed
    alone has no verb with a subject."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    sentences = list(doc.sents)
    joined = 0  # the end of the last dateline's clause joined to it
    for n, sent in enumerate(sentences):
        if sent.start < joined:
            continue  # a part of a dateline joined to its clause just before
        # (the parser may cut a dateline twice: "PORT" | "SUDAN, Sudan (May 6) -" | "Drones")
        dash = dateline_dash(doc, sent.start, sentences[min(n + 2, len(sentences) - 1)].end)
        if dash is None or dash.i + 1 >= len(doc):
            continue
        end = doc[dash.i + 1].sent.end
        if (
            dash.i + 1 < sent.end
            and sent.root.i > dash.i
            # (not when a word of the clause hangs on the dateline: "OHRID, North Macedonia,
            # March 19, 2023 - Serbian President Aleksandar Vucic and ... Kurti agreed")
            and not any(t.head.i < dash.i for t in doc[dash.i + 1 : sent.root.i])
            # (nor when a word of the dateline is read as the verb's subject: "ALGIERS, Aug
            # 24 - Algeria severed ...": "ALGIERS" and "Aug" subjects)
            and not any(t.dep_ in _SUBJECTS for t in doc[sent.start : dash.i])
            # (nor when the dateline hangs on a noun of the clause: "NEW DELHI (Reuters) -
            # Twenty Indian soldiers were killed ...": "DELHI" a modifier of "soldiers")
            and not any(
                t.head.i > dash.i and t.head.tag_ in ("NN", "NNS", "NNP", "NNPS")
                for t in doc[sent.start : dash.i]
            )
            # (nor when the root is the verb of a clause marked as subordinate: "MADRID, Oct.
            # 27 - The Senate approved direct rule, minutes after the parliament declared
            # independence": "declared" the root, "approved" its complement)
            and not any(c.dep_ == "mark" and c.i < sent.root.i for c in sent.root.children)
        ):
            continue  # the clause begins in this sentence, its root in it: the parse holds
        if dash.i + 3 >= end:
            continue
        parts = [(sent.start, dash.i), (dash.i + 1, end)]
        dateline, clause = _parse_parts(doc, parts, parse)
        # ("YANGON, Feb 1 - Myanmar's military seized power ...": the clause alone read with
        # its verb as a modifier of its object, mended as in a sentence of its own)
        repair_verbs_read_as_modifiers(clause)
        roots = [[t for t in part if t.dep_ == "ROOT"] for part in (dateline, clause)]
        if len(roots[0]) != 1 or len(roots[1]) != 1:
            continue
        verb = roots[1][0]
        if not verb.tag_.startswith("VB") or not any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        main = dash.i + 1 + verb.i
        joined = end
        changes.update(_parts_parse(parts, [dateline, clause]))
        changes[sent.start + roots[0][0].i] = (main, "npadvmod", roots[0][0].tag_)
        changes[dash.i] = (main, "punct", dash.tag_)
        # a participle with a subject and no auxiliary is the past tense ("condemned")
        finite = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        changes[main] = (main, "ROOT", "VBD" if finite else verb.tag_)
    return _rewrite(doc, changes)


_TIME_MARKS = frozenset({"after", "before", "since"})
_TIME_OPENERS = frozenset({"DT", "CD", "NNS", "NN", "JJ"})  # "A day", "Three weeks", "Days"


def _time_before(sent: Span) -> bool:
    """Whether the sentence opens with a span of time before "after", "before" or "since"
    ("Three weeks after ...", "A day before ...", "Days after ...")."""
    return sent[0].tag_ in _TIME_OPENERS and any(t.lower_ in _TIME_MARKS for t in sent[1:4])


def repair_noun_tags(doc: Doc) -> Doc:
    """Noun tags for the present-tense verb tags the tagger gave to words the parser read as
    nouns ("trained some 400 Palestinian police recruits at a camp", "held joint air force
    drills", "rejected a United Nations call"), for adverb tags on objects with an article
    ("began a fast") and for gerund tags on the object of a phrase with an article ("at the
    Torkham crossing"), so that the tag mapping and the lemmatiser treat the word as a noun; and
    a verb tag for a noun tag on an infinitive with an object ("pledging to end fighting")."""
    for tok in doc:
        if (
            tok.tag_ in ("VBZ", "VBP")
            and tok.is_lower
            and tok.dep_ in _NOUN_DEPS
            and any(c.dep_ in _NOUN_MODIFIERS for c in tok.lefts)
            and not any(c.dep_ in _VERB_DEPENDENTS for c in tok.children)
        ):
            tok.tag_ = "NNS" if tok.tag_ == "VBZ" else "NN"
            tok.pos_ = "NOUN"
        # "exchanged fire at the Torkham crossing on Sunday night": a gerund tag on the object
        # of a phrase with an article and nothing a verb has
        elif (
            tok.tag_ == "VBG"
            and tok.is_lower
            and tok.dep_ == "pobj"
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.lefts)
            and not any(c.dep_ in _VERB_DEPENDENTS for c in tok.children)
        ):
            tok.tag_ = "NN"
            tok.pos_ = "NOUN"
        # "began a fast on Monday": an adverb tag on an object with an article
        elif (
            tok.tag_ == "RB"
            and tok.is_lower
            and tok.dep_ in _NOUN_DEPS
            and any(c.dep_ == "det" for c in tok.lefts)
        ):
            tok.tag_ = "NN"
            tok.pos_ = "NOUN"
        # "began an indefinite fast": read as the verb's adverb, its article hung on the
        # adjective before it
        elif (
            tok.tag_ == "RB"
            and tok.is_lower
            and tok.dep_ == "advmod"
            and tok.head.tag_.startswith("VB")
            and tok.head.i < tok.i
            and (article := _article_on_adjective(tok)) is not None
        ):
            tok.tag_ = "NN"
            tok.pos_ = "NOUN"
            tok.dep_ = "dobj"
            article.head = tok
        # "pledging to end fighting": a noun tag on an infinitive with an object
        elif (
            tok.tag_ == "NN"
            and tok.is_lower
            and tok.dep_ in ("xcomp", "advcl")
            and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == tok.i - 1 for c in tok.children)
            and any(c.dep_ == "dobj" for c in tok.children)
        ):
            tok.tag_ = "VB"
            tok.pos_ = "VERB"
    return doc


def _article_on_adjective(tok: Token) -> Token | None:
    """The article the parser hung on the adjective before ``tok`` ("an indefinite fast"),
    or None."""
    for adjective in tok.lefts:
        if adjective.dep_ == "amod" and adjective.tag_ == "JJ":
            for det in adjective.lefts:
                if det.dep_ == "det" and det.lower_ in ("a", "an"):
                    return det
    return None


def attach_particles(doc: Doc) -> Doc:
    """A particle right after its verb that the parser hung on the number after it as "more
    than" ("handed over 3,000 weapons": tagged RP, read as "over 3,000") is the verb's."""
    for tok in doc:
        if (
            tok.tag_ == "RP"
            and tok.dep_ in ("quantmod", "advmod")
            and tok.i > 0
            and doc[tok.i - 1].tag_.startswith("VB")
            and tok.head.like_num
            and tok.head.i > tok.i
        ):
            tok.head = doc[tok.i - 1]
            tok.dep_ = "prt"
    return doc


def repair_particles_with_objects(doc: Doc) -> Doc:
    """A particle with an object of its own ("called on all parties to respect ...": "on"
    tagged RP with "parties" its object) is a preposition."""
    for tok in doc:
        if tok.dep_ == "prt" and any(c.dep_ == "pobj" for c in tok.children):
            tok.dep_ = "prep"
            tok.tag_ = "IN"
    return doc


def repair_participles_read_as_main_verbs(doc: Doc) -> Doc:
    """A past participle set off by commas after the subject, read as the main verb with
    the real one joined to it ("The truce, agreed in Moscow after ten hours of talks, was
    meant to allow ...": "agreed" the root, "meant" its conjunct): the participle describes
    the subject, and the verb after the second comma heads the sentence."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("VBN", "VBD") or root.i < 2 or doc[root.i - 1].text != ",":
            continue
        if any(c.dep_ in ("aux", "auxpass", "cc") for c in root.children):
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subject is None or not subject.tag_.startswith("NN") or subject.i != root.i - 2:
            continue
        verb = next(
            (
                c
                for c in root.children
                if c.dep_ == "conj"
                and any(a.dep_ in ("aux", "auxpass") for a in c.children)
                and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
                and c.left_edge.i > 0
                and doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        if verb is None:
            continue
        passive = any(a.dep_ == "auxpass" for a in verb.children)
        changes[verb.i] = (verb.i, "ROOT", None)
        changes[subject.i] = (verb.i, "nsubjpass" if passive else "nsubj", None)
        changes[root.i] = (subject.i, "acl", "VBN")
        for c in root.children:  # the commas around the participle go with it
            if c.dep_ == "punct" and c.i == verb.left_edge.i - 1:
                changes[c.i] = (verb.i, "punct", None)
    return _rewrite(doc, changes)


def repair_participles_read_as_adverbial_clauses(doc: Doc) -> Doc:
    """A past form right after a noun of an earlier clause, with no subject, object, marker or
    auxiliary of its own, that the parser read as a past verb heading an adverbial clause
    ("apologise for the flight of an American spy plane shot down over the Soviet Union":
    "shot" a clause of "walked out") is a participle describing that noun."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        if verb.tag_ != "VBD" or verb.dep_ != "advcl" or verb.i < 1:
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "mark", "aux", "auxpass")
            for c in verb.children
        ):
            continue
        noun = doc[verb.i - 1]
        if noun.tag_ not in ("NN", "NNS") or noun.dep_ not in ("pobj", "dobj"):
            continue
        if not any(a.i == verb.head.i for a in noun.ancestors):
            continue
        if any(a.i == verb.i for a in noun.ancestors):
            continue  # "a day after allied aircraft began bombing": the noun is the verb's
        changes[verb.i] = (noun.i, "acl", "VBN")
    return _rewrite(doc, changes)


def repair_verbs_read_into_subject_relatives(doc: Doc) -> Doc:
    """A finite verb after a relative clause set off by commas on a name, read as a reduced
    relative on the relative clause's object while the name heads the sentence ("Prime
    Minister Anwar Ibrahim, who chairs ASEAN, called on both sides to cease fire": "called" on
    "ASEAN"), becomes the sentence's verb with the name for its subject."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        root = sent.root
        if not root.tag_.startswith("NN"):
            continue
        relative = next((c for c in root.rights if c.dep_ == "relcl"), None)
        if relative is None:
            continue
        verb = next(
            (
                t
                for t in relative.subtree
                if t.dep_ == "acl"
                and t.tag_ == "VBD"
                and t.i > 0
                and doc[t.i - 1].text == ","
                and doc[t.i - 1].head.i in (t.head.i, root.i)
            ),
            None,
        )
        if verb is None:
            continue
        changes[verb.i] = (verb.i, "ROOT", None)
        changes[root.i] = (verb.i, "nsubj", None)
        changes[verb.i - 1] = (root.i, "punct", None)
        last = _last_word(sent)
        if doc[last].is_punct and doc[last].head.i == root.i:
            changes[last] = (verb.i, "punct", None)
    return _rewrite(doc, changes)


def attach_kind_nouns(doc: Doc) -> Doc:
    """A singular common noun right before a name, both hung on one word with one role ("The
    Islamic militant group Hamas carried out ...": two subjects of "carried"), says what the
    name is: it becomes a compound of the name."""
    for tok in doc:
        if tok.tag_ != "NN" or tok.dep_ not in _NOUN_DEPS or tok.i + 1 >= len(doc):
            continue
        name = doc[tok.i + 1]
        if name.tag_ not in ("NNP", "NNPS"):
            continue
        while name.head.i != name.i and name.head.tag_ in ("NNP", "NNPS") and name.head.i > tok.i:
            name = name.head  # "the Islamic Salvation Front": the name's last word
        if name.dep_ == tok.dep_ and name.head.i == tok.head.i and name.i != tok.head.i:
            tok.head = name
            tok.dep_ = "compound"
    return doc


_DASHES = frozenset({"—", "–", "--", "-"})


def repair_dateline_subjects(doc: Doc) -> Doc:
    """A dateline the parser made a second subject of the first verb ("PANMUNJOM, South
    Korea — North Korean leader Kim Jong Un walked ...": "Korea" and "Un" both subjects of
    "walked") becomes an adverbial of the verb, leaving the real subject alone."""
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.head.i == tok.i:
            continue
        edge = tok.right_edge  # the dash may be the dateline's own last word
        after = edge.i if edge.text in _DASHES else edge.i + 1
        if after >= len(doc) or doc[after].text not in _DASHES:
            continue
        if any(c.dep_ == "nsubj" and c.i > after for c in tok.head.children):
            tok.dep_ = "npadvmod"
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.head.i != tok.i and tok.is_upper:
            _subject_after_dateline(tok)
    return doc


def _subject_after_dateline(dateline: Token) -> None:
    """ "PYONGYANG, North Korea — South Korean President Moon Jae-in and North Korean leader
    Kim Jong Un signed ...": the dateline read as the subject, the first name after its dash
    as its apposition (or conjunct) and the second as another subject. The apposition becomes
    the subject, the other subject its conjunct, the dateline an adverbial."""
    verb = dateline.head
    dash = next((c for c in dateline.children if c.text in _DASHES and c.i > dateline.i), None)
    if dash is None:
        return
    apposed = next((c for c in dateline.children if c.dep_ == "appos" and c.i > dash.i), None)
    if apposed is None:  # "OSLO, Norway (May 2) - Spain and Italy signed": "Spain" a conjunct
        apposed = next((c for c in dateline.children if c.dep_ == "conj" and c.i > dash.i), None)
    if apposed is None:
        return
    dateline.dep_ = "npadvmod"
    apposed.head = verb
    apposed.dep_ = "nsubj"
    joined = any(c.dep_ == "cc" for c in apposed.children)
    for other in verb.children:
        if joined and other.dep_ == "nsubj" and other.i > apposed.i:
            other.head = apposed
            other.dep_ = "conj"


_RELATIVES = frozenset({"that", "which", "who"})


def repair_conjuncts_of_relative_clauses(doc: Doc) -> Doc:
    """A past verb the parser coordinated with a present-tense relative clause ("Kim walked
    across the strip that marks the border on Friday and spent the day in talks": "spent" a
    conjunct of "marks") is coordinated with the past verb the clause's noun hangs on, and
    so is the day the parser hung on the clause ("on Friday"). So is a subjectless past verb
    after a relative clause closed by commas that has a subject of its own ("accused Serbia of
    organising the assault, in which one officer died, and called on the EU": "called" a
    conjunct of "died"). So is a verb with a modal of its own and no subject after a past
    relative clause ("said he was ready to cooperate with any leadership the Syrian people
    chose and would hand over power": "hand" a conjunct of "chose", so the people's), with
    the nearest verb above the clause that has a subject."""
    for tok in doc:
        clause = tok.head
        if _modal_conjunct_of_past_relative(tok):
            verb = clause.head
            while (
                not (
                    verb.tag_ in ("VBD", "VBZ", "VBP")
                    and any(c.dep_ in _SUBJECTS for c in verb.children)
                )
                and verb.head.i != verb.i
            ):
                verb = verb.head
            if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i < clause.i:
                tok.head = verb
                for child in list(clause.children):
                    if child.dep_ == "cc" and clause.i < child.i < tok.i:
                        child.head = verb
            continue
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or clause.dep_ != "relcl":
            continue
        if _closed_relative(clause, tok):
            verb = clause.head  # (through "of organising the assault" to "accused")
            while verb.tag_ != "VBD" and verb.head.i != verb.i:
                verb = verb.head
            if verb.tag_ == "VBD" and verb.i < clause.i:
                tok.head = verb
                for child in list(clause.children):
                    if child.dep_ in ("cc", "punct") and clause.i < child.i < tok.i:
                        child.head = verb
            continue
        if clause.tag_ not in ("VBZ", "VBP"):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in clause.children):
            continue
        verb = clause.head
        while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
            verb = verb.head
        if verb.tag_ == "VBD" and verb.i < tok.i:
            tok.head = verb
            for child in list(clause.children):
                # "... the strip that marks the border on Friday and spent": the day and the
                # "and" belong to the past verbs, not to the present clause
                if child.dep_ == "cc" and child.i < tok.i:
                    child.head = verb
                elif child.dep_ == "prep" and child.lower_ == "on" and _names_a_day(child):
                    child.head = verb
    return doc


def _modal_conjunct_of_past_relative(verb: Token) -> bool:
    """Whether a bare verb with a modal and no subject is a conjunct of a past relative
    clause with a subject of its own ("... the Syrian people chose and would hand over")."""
    clause = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and clause.dep_ == "relcl"
        and clause.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ == "aux" for c in clause.children)
    )


def _closed_relative(clause: Token, verb: Token) -> bool:
    """Whether a relative clause opens and closes with a comma, has a subject that is no
    relative word, and is followed by ", and" and a verb with no subject (``verb``)."""
    start = clause.left_edge.i
    return (
        start > 0
        and clause.doc[start - 1].text == ","
        and verb.i >= 2
        and clause.doc[verb.i - 1].dep_ == "cc"
        and clause.doc[verb.i - 2].text == ","
        and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVES for c in clause.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _names_a_day(prep: Token) -> bool:
    """ "on Friday": the time lexicon's weekday names in full (not "on sun")."""
    return any(o.dep_ == "pobj" and o.lower_ in _weekday_names() for o in prep.children)


@cache
def _weekday_names() -> frozenset[str]:
    """The time lexicon's weekday names in full ("friday", not "fri" or "sun")."""
    from storyline.time.calendar import lexicon

    return frozenset(w for w in lexicon().weekdays if w.endswith("day"))


def repair_days_read_into_subjects(doc: Doc) -> Doc:
    """A weekday after an "on" with no object, read as a modifier of the next noun, becomes
    that "on"'s object: "On Wednesday Thai troops fired" ("Wednesday" a compound of
    "troops")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for day in doc[1:]:
        prep = doc[day.i - 1]
        if (
            day.dep_ in ("compound", "nmod", "amod")
            and day.lower_ in _weekday_names()
            and day.head.i > day.i
            and prep.lower_ == "on"
            and prep.dep_ == "prep"
            and not any(c.dep_ == "pobj" for c in prep.children)
        ):
            changes[day.i] = (prep.i, "pobj", "NNP")
    return _rewrite(doc, changes)


def repair_days_hung_on_purposes(doc: Doc) -> Doc:
    """A day the parser hung on the noun of a verb's "for" phrase goes to the verb: "recalled
    its ambassador for consultations on Tuesday" (the recall's day, as the wires write it)."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        purpose = prep.head
        for_ = purpose.head
        verb = for_.head
        # ("for consultations last week": a noun phrase of time hung on the noun too)
        timed = (prep.dep_ == "prep" and prep.lower_ == "on" and _names_a_day(prep)) or (
            prep.dep_ == "npadvmod"
            and prep.lower_ in ("week", "month", "year", "weekend")
            and any(c.lower_ in ("last", "this", "next") for c in prep.children)
            and prep.i > purpose.i
        )
        if (
            timed
            and purpose.dep_ == "pobj"
            and for_.lower_ == "for"
            and for_.dep_ == "prep"
            and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and not any(_names_a_day(c) for c in verb.children if c.dep_ == "prep")
        ):
            changes[prep.i] = (verb.i, prep.dep_, None)
    return _rewrite(doc, changes)


def repair_targets_hung_on_object_conjuncts(doc: Doc) -> Doc:
    """An "against" phrase the parser hung on the last of a verb's conjoined objects goes to
    the verb: "used water cannon and pepper spray against protesters" (whom both were used
    against)."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        conjunct = prep.head
        first = conjunct.head
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "against"
            and conjunct.dep_ == "conj"
            and first.dep_ == "dobj"
            and first.head.tag_.startswith("VB")
        ):
            changes[prep.i] = (first.head.i, "prep", None)
    return _rewrite(doc, changes)


def repair_speakers_read_into_objects(doc: Doc) -> Doc:
    """A name joined by "and" to the object of a clause right before a reporting verb with
    no subject, the clause made the verb's complement ("Britain broke off relations with
    Argentina and Prime Minister Margaret Thatcher said a task force would sail": Thatcher
    one with whom relations were broken), is the verb's subject; the clause before stands
    on its own, the reporting verb its conjunct."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc[1:]:
        name = doc[verb.i - 1]
        holder = name.head
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if (
            verb.dep_ != "ROOT"
            or clause is None
            or any(c.dep_ in _SUBJECTS for c in verb.children)
            or name.dep_ != "conj"
            or name.tag_ not in _NAME_TAGS
            or holder.dep_ not in ("pobj", "dobj")
            or not clause.left_edge.i <= holder.i < name.i
        ):
            continue
        cc = next((c for c in holder.children if c.dep_ == "cc" and c.i < name.i), None)
        if cc is None or not any(c.dep_ in _SUBJECTS for c in clause.children):
            continue
        if not load_cues().has("reporting_verbs", verb):  # the lexicon look-up last
            continue
        changes[clause.i] = (clause.i, "ROOT", None)
        _join_clause(changes, clause, verb, name, cc)
    return _rewrite(doc, changes)


_CLAUSE_MARKS = frozenset({"after", "before", "since", "when", "as", "while", "until"})


def repair_subjects_read_into_marked_gerunds(doc: Doc) -> Doc:
    """The subject of a past verb after "after", "when" and the like, with a participle after
    it that the parser read as the word's own clause ("after protesters demanding the release
    of Pedro Castillo blocked roads": "protesters" the subject of "demanding", "blocked" left
    with none), is that verb's subject, the participle its modifier."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        mark = next(
            (c for c in verb.children if c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS), None
        )
        if mark is None or verb.tag_ != "VBD" or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        gerund = next((c for c in mark.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is None or not mark.i < gerund.i < verb.i:
            continue
        subject = next((c for c in gerund.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.right_edge.i != gerund.i - 1:
            continue
        changes[subject.i] = (verb.i, "nsubj", None)
        changes[gerund.i] = (subject.i, "acl", None)
        changes[mark.i] = (verb.i, "mark", None)
    return _rewrite(doc, changes)


# nouns of asking whose "for" phrase says what is asked for
_ASKING_NOUNS = frozenset(
    {
        "request",
        "requests",
        "call",
        "calls",
        "appeal",
        "appeals",
        "plea",
        "pleas",
        "demand",
        "demands",
    }
)


def repair_requested_acts_hung_on_verbs(doc: Doc) -> Doc:
    """A "for" phrase right after a verb's object that is a noun of asking, which the parser
    hung on the verb ("declined a request from Chadian President Idriss Deby for French air
    strikes": strikes declined), goes to the noun: what is asked for."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc[1:]:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "for" or not verb.tag_.startswith("VB"):
            continue
        # the object phrase that ends right before "for"
        obj = doc[prep.i - 1]
        while obj.dep_ != "dobj" and obj.head.i != obj.i and obj.head.i < prep.i:
            obj = obj.head
        if (
            obj.dep_ == "dobj"
            and obj.head.i == verb.i
            and obj.lower_ in _ASKING_NOUNS
            and obj.right_edge.i == prep.i - 1
        ):
            changes[prep.i] = (obj.i, "prep", None)
    return _rewrite(doc, changes)


def repair_subjects_of_second_absolute_clauses(doc: Doc) -> Doc:
    """A name read as a conjunct inside the first of two "with" clauses, right before the
    second one's gerund, is the second gerund's subject: "with Washington cutting tariffs on
    Chinese goods and Beijing pausing its controls" ("Beijing" a conjunct of "goods")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for gerund in doc[1:]:
        name = doc[gerund.i - 1]
        link = doc[name.i - 1] if name.i > 0 else None
        if (
            gerund.tag_ == "VBG"
            and gerund.dep_ == "pcomp"
            and gerund.head.lower_ == "with"
            and not any(c.dep_ == "nsubj" for c in gerund.children)
            and name.dep_ == "conj"
            and name.tag_ == "NNP"
            and not list(name.children)
            and link is not None
            and link.lower_ == "and"
            and link.head.i == name.head.i
            and any(
                g.dep_ == "pcomp" and g.i < name.i and name.head in g.subtree
                for g in gerund.head.children
            )
        ):
            changes[name.i] = (gerund.i, "nsubj", None)
            changes[link.i] = (gerund.i, "cc", None)
    return _rewrite(doc, changes)


def repair_conjoined_names(doc: Doc) -> Doc:
    """Two names joined by "and" that the parser read as one name modifying the other
    become two conjoined names, the first in the phrase's place: "Indian Prime Minister
    Manmohan Singh and Pakistani President Pervez Musharraf met" ("Singh" a modifier of
    "Musharraf", the second title a conjunct of "Singh"; "... and North Korean leader Kim Jong
    Un"), "Trump and Kim Jong Un first met"
    ("Trump" a modifier of "Un", with no conjunct)."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for first in doc:
        second = first.head
        if (
            first.tag_ != "NNP"
            # (or its subject, a name read as a verb: "Anwar Sadat and ... Menachem Begin
            # signed", "Sadat" the subject of "Begin")
            or first.dep_ not in ("nmod", "compound", "nsubj")
            or second.tag_ != "NNP"
            or second.i <= first.i
        ):
            continue
        link = next((c for c in first.rights if c.dep_ == "cc" and c.lower_ == "and"), None)
        if link is None or link.i >= second.i:
            continue
        title = next(
            (c for c in first.rights if c.dep_ == "conj" and c.tag_ in ("NNP", "NN")), None
        )
        if title is not None and not link.i < title.i < second.i:
            continue
        # a given name before the second family name ("Pervez", "Kim Jong"): two people, not
        # one body's name ("the Relief and Rehabilitation Commission", "Procter and Gamble")
        start = title.i + 1 if title is not None else link.i + 1
        while first.dep_ == "nsubj" and doc[start].dep_ == "amod" and doc[start].tag_ == "JJ":
            start += 1  # "... and Israeli Prime Minister Menachem Begin": the demonym first
        if not _name_words_before(doc, start, second):
            continue
        if title is not None and (
            title.right_edge.i >= second.i
            or not any(c.dep_ == "compound" and c.tag_ == "NNP" for c in first.lefts)
        ):
            continue
        head = first.i if second.head.i == second.i else second.head.i
        changes[first.i] = (head, second.dep_, None)
        changes[second.i] = (first.i, "conj", None)
        if title is not None:
            changes[title.i] = (second.i, "compound", None)
    return _rewrite(doc, changes)


def repair_names_of_places_joined_to_the_place_before(doc: Doc) -> Doc:
    """A name with an "of" phrase of its own joined by "and" to the place of an earlier name's
    "of" phrase ("Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru signed":
    "Fujimori" a conjunct of "Ecuador") is a conjunct of that earlier name."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for second in doc:
        place = second.head
        if (
            second.dep_ != "conj"
            or second.tag_ not in _NAME_TAGS
            or place.dep_ != "pobj"
            or place.tag_ not in _NAME_TAGS
            or place.head.lower_ != "of"
            or place.head.head.tag_ not in _NAME_TAGS
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in second.children)
        ):
            continue
        first = place.head.head
        cc = next((c for c in place.children if c.dep_ == "cc" and c.i < second.i), None)
        changes[second.i] = (first.i, "conj", None)
        if cc is not None:
            changes[cc.i] = (first.i, "cc", None)
    return _rewrite(doc, changes)


def repair_partners_cut_from_between_phrases(doc: Doc) -> Doc:
    """A name joined by "and" to a noun whose "between" phrase names only one party ("the
    first summit between Moon Jae-in and Kim Jong Un": "Un" a conjunct of "summit") is the
    second party of that phrase."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for noun in doc:
        between = next(
            (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None
        )
        if between is None:
            continue
        parties = [c for c in between.children if c.dep_ == "pobj"]
        if len(parties) != 1 or any(c.dep_ == "conj" for c in parties[0].children):
            continue
        party = parties[0]
        second = next(
            (
                c
                for c in noun.children
                if c.dep_ == "conj" and c.i > party.i and c.tag_ in _NAME_TAGS
            ),
            None,
        )
        cc = next((c for c in noun.children if c.dep_ == "cc" and party.i < c.i), None)
        if second is None or cc is None or cc.lower_ != "and" or cc.i > second.i:
            continue
        if party.right_edge.i + 1 != cc.i:
            continue  # (only "and" between the two)
        changes[second.i] = (party.i, "conj", None)
        changes[cc.i] = (party.i, "cc", None)
    return _rewrite(doc, changes)


def repair_predicates_read_into_object_phrases(doc: Doc) -> Doc:
    """An adjective ending the phrase of a verb's object that the parser read as the object of
    the phrase, the noun before it a modifier ("called the Soviet demand for an apology
    unacceptable": "unacceptable" the object of "for", "apology" its modifier), is the
    predicate of that object when the verb takes one (``predicating_verbs``), the noun the
    phrase's object."""
    from storyline.events.status import load_cues  # the events stage's word lists

    changes: dict[int, tuple[int, str, str | None]] = {}
    for adjective in doc:
        prep = adjective.head
        noun = doc[adjective.i - 1] if adjective.i > 0 else None
        if (
            adjective.tag_ != "JJ"
            or adjective.dep_ != "pobj"
            or noun is None
            or noun.dep_ != "compound"
            or noun.head.i != adjective.i
            or noun.tag_ not in ("NN", "NNS")
            or prep.dep_ != "prep"
            or prep.head.dep_ != "dobj"
            or (adjective.i + 1 < len(doc) and not doc[adjective.i + 1].is_punct)
        ):
            continue
        verb = prep.head.head
        if not load_cues().has("predicating_verbs", verb):  # the lexicon look-up last
            continue
        changes[noun.i] = (prep.i, "pobj", None)
        changes[adjective.i] = (verb.i, "oprd", None)
        changes.update({c.i: (noun.i, c.dep_, None) for c in adjective.children if c.i < noun.i})
    return _rewrite(doc, changes)


def repair_owned_nouns_read_as_modifiers(doc: Doc) -> Doc:
    """An owned noun joined by "and" to the noun after it, which the parser read as a
    modifier of that noun with a dangling "and" ("Sudan's government and southern rebels
    signed": "government" a modifier of "rebels", owned by "Sudan"), heads the phrase, owned
    by the owner, the noun after "and" its conjunct."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for first in doc:
        second = first.head
        if (
            first.tag_ not in ("NN", "NNS")
            or first.dep_ not in ("nmod", "compound")
            or second.tag_ not in ("NN", "NNS")
            or second.i <= first.i
            or any(c.dep_ == "conj" for c in first.children)
        ):
            continue
        link = next((c for c in first.rights if c.dep_ == "cc" and c.lower_ == "and"), None)
        owner = next((c for c in second.lefts if c.dep_ == "poss" and c.i < first.i), None)
        if link is None or owner is None or second.i in changes:
            continue
        changes[first.i] = (
            second.head.i if second.head.i != second.i else first.i,
            second.dep_,
            None,
        )
        changes[owner.i] = (first.i, "poss", None)
        changes[second.i] = (first.i, "conj", None)
    return _rewrite(doc, changes)


def repair_names_cut_from_conjoined_places(doc: Doc) -> Doc:
    """A place name that qualifies a title, which the parser joined to the name before it,
    hanging the titled name elsewhere ("hosted Serbian President Aleksandar Vucic and Kosovo
    Prime Minister Albin Kurti": "Kosovo" a conjunct of "Vucic", "Kurti" an apposition of the
    host): the titled name is the conjunct, the place word its modifier."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for place in doc:
        first = place.head
        if not (
            place.dep_ == "conj"
            and place.tag_ == "NNP"
            and first.tag_ == "NNP"
            and first.i < place.i
            and not list(place.children)
            and place.i + 2 < len(doc)
            and doc[place.i - 1].dep_ == "cc"
        ):
            continue
        name = doc[place.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i and name.head.tag_ == "NNP":
            name = name.head
        if (
            name.tag_ == "NNP"
            and name.i > place.i + 1
            and name.left_edge.i == place.i + 1
            and name.head.i != first.i
            and name.dep_ in ("appos", "npadvmod", "conj", "dobj", "nsubj")
        ):
            changes[name.i] = (first.i, "conj", None)
            changes[place.i] = (name.i, "compound", None)
    return _rewrite(doc, changes)


def repair_names_cut_from_hyphenated_modifiers(doc: Doc) -> Doc:
    """A name joined by "and" to the first word of a hyphenated participle ("U.S. and
    Saudi-brokered ceasefire talks") that the parser hung on the noun, its "and" left with
    no conjunct, or joined to the noun itself ("pulled out of U.S. and Saudi-brokered
    talks": "talks" a conjunct of "U.S."), becomes the participle's modifier with the second
    name its conjunct; the noun takes the first name's place."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for first in doc:
        if first.tag_ not in ("NNP", "NNPS") or first.i + 4 >= len(doc):
            continue
        link, second, hyphen, participle = doc[first.i + 1 : first.i + 5]
        if (
            link.dep_ != "cc"
            or link.head.i != first.i
            or link.lower_ not in ("and", "or")
            or hyphen.text != "-"
            or participle.tag_ != "VBN"
            or second.head.i != participle.i
            or first.head.i == participle.i
        ):
            continue
        conjuncts = [c for c in first.children if c.dep_ == "conj"]
        if not conjuncts and first.dep_ in ("nmod", "compound", "amod"):
            pass  # "U.S. and Saudi-brokered ceasefire talks"
        elif [c.i for c in conjuncts] == [participle.head.i] and participle.dep_ == "amod":
            noun = participle.head  # "out of U.S. and Saudi-brokered talks"
            changes[noun.i] = (first.head.i, first.dep_, None)
        else:
            continue
        changes[first.i] = (participle.i, second.dep_, None)
        changes[second.i] = (first.i, "conj", None)
    return _rewrite(doc, changes)


def repair_names_apposed_to_titles(doc: Doc) -> Doc:
    """A first titled name that the parser read as an apposition of its own title, the
    title a modifier of the second name and the second title a conjunct of the first name
    ("President Donald Trump and Russian President Vladimir Putin met": "President" on
    "Putin", "Trump" apposed to it), becomes two conjoined names, the first in the phrase's
    place."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for title in doc:
        second = title.head
        if title.tag_ != "NNP" or title.dep_ != "compound" or second.i <= title.i:
            continue
        first = next((c for c in title.rights if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if first is None or first.i >= second.i:
            continue
        link = next((c for c in first.rights if c.dep_ == "cc" and c.lower_ == "and"), None)
        other = next((c for c in first.rights if c.dep_ == "conj" and c.tag_ == "NNP"), None)
        if link is None or other is None or not link.i < other.i < second.i:
            continue
        if other.right_edge.i >= second.i or not _name_words_before(doc, other.i + 1, second):
            continue
        head = first.i if second.head.i == second.i else second.head.i
        changes[first.i] = (head, second.dep_, None)
        changes[title.i] = (first.i, "compound", None)
        changes[second.i] = (first.i, "conj", None)
        changes[other.i] = (second.i, "compound", None)
    return _rewrite(doc, changes)


def repair_modifiers_read_as_conjuncts(doc: Doc) -> Doc:
    """An adjective after "and" that the parser joined to the word before ("poured into South
    Ossetia on Saturday and Russian jets bombed targets": "Russian" a conjunct of "Saturday")
    when the noun right after it is the subject of a joined clause (or the object of the
    phrase the word before is in, before a joined verb with no subject), modifies that
    noun, the noun is that clause's subject, and the "and" joins the clauses."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for adjective in doc:
        if not (
            adjective.tag_ == "JJ"
            and adjective.dep_ == "conj"
            and adjective.i + 1 < len(doc)
            and not list(adjective.children)
        ):
            continue
        noun = doc[adjective.i + 1]
        verb = noun.head
        cc = doc[adjective.i - 1]
        if cc.dep_ != "cc" or cc.head.i != adjective.head.i or noun.tag_ not in ("NNS", "NN"):
            continue
        if noun.dep_ == "nsubj" and verb.dep_ == "conj" and verb.head.i < adjective.i:
            changes[adjective.i] = (noun.i, "amod", None)
            changes[cc.i] = (verb.head.i, "cc", None)
            continue
        # "on Friday and Israeli jets bombed": the parser made "jets" the object of "on",
        # with "Friday" on it, and "bombed" a conjunct of the first clause's verb
        first, prep = adjective.head, noun.head
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else noun
        if (
            noun.dep_ == "pobj"
            and first.head.i == noun.i
            and first.i < adjective.i
            and prep.dep_ == "prep"
            and after.tag_ == "VBD"
            and after.dep_ == "conj"
            and after.head.i == prep.head.i
            and not any(c.dep_ in _SUBJECTS for c in after.children)
        ):
            changes[first.i] = (prep.i, "pobj", None)
            changes[cc.i] = (prep.head.i, "cc", None)
            changes[adjective.i] = (noun.i, "amod", None)
            changes[noun.i] = (after.i, "nsubj", None)
    return _rewrite(doc, changes)


def repair_participles_hung_on_recipients_of_statements(doc: Doc) -> Doc:
    """A participle that the parser hung on the noun of a "to" phrase of a verb whose object
    is a statement ("delivered a protest note to the Chinese embassy accusing Chinese troops
    of a provocation": the embassy accusing) goes to the verb: it tells what the note says,
    which its sender says."""
    from storyline.events.arguments import STATEMENT_NOUNS
    from storyline.events.triggers import word_forms

    changes: dict[int, tuple[int, str, str | None]] = {}
    for participle in doc:
        noun = participle.head
        prep = noun.head
        if (
            participle.dep_ == "acl"
            and participle.tag_ == "VBG"
            and noun.dep_ == "pobj"
            and prep.lower_ == "to"
            and prep.head.tag_.startswith("VB")
            and any(
                c.dep_ == "dobj" and word_forms(c) & STATEMENT_NOUNS for c in prep.head.children
            )
        ):
            changes[participle.i] = (prep.head.i, "advcl", None)
    return _rewrite(doc, changes)


def repair_names_read_as_second_objects(doc: Doc) -> Doc:
    """A name after a comma that the parser hung on the verb as a second object or a noun
    adverb ("followed talks with the Saudi national security adviser, Musaed al-Aiban":
    "Aiban" on "followed"), when the word before the comma is a noun of a person that ends
    the verb's object, is that person's name, in apposition to the noun."""
    from storyline.actors.mentions import person_nouns

    changes: dict[int, tuple[int, str, str | None]] = {}
    for name in doc:
        verb = name.head
        start = name.left_edge.i
        if not (
            name.dep_ in ("dobj", "npadvmod")
            and name.tag_ == "NNP"
            and start >= 2
            and doc[start - 1].text == ","
        ):
            continue
        noun = doc[start - 2]
        ended = any(
            c.dep_ == "dobj" and c.i < noun.i and c.right_edge.i == noun.i for c in verb.children
        )
        if ended and noun.tag_ == "NN" and noun.lower_ in person_nouns():
            changes[name.i] = (noun.i, "appos", None)
            changes[start - 1] = (noun.i, "punct", None)
    return _rewrite(doc, changes)


def repair_names_between_commas_read_as_adverbs(doc: Doc) -> Doc:
    """A name between commas right after a verb's object, which the parser read as an
    adverbial noun phrase of the verb ("Putin had openly backed his rival, Viktor
    Yanukovych, during the campaign": "Yanukovych" on "backed"), is the object's
    apposition."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for name in doc:
        verb = name.head
        if name.dep_ != "npadvmod" or name.tag_ not in _NAME_TAGS or not verb.tag_.startswith("VB"):
            continue
        start, end = name.left_edge.i, name.right_edge.i
        if (
            start < 2
            or end + 1 >= len(doc)
            or doc[start - 1].text != ","
            or doc[end + 1].text != ","
        ):
            continue
        obj = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == start - 2), None
        )
        if obj is None or obj.tag_ not in ("NN", "NNS"):
            continue
        changes[name.i] = (obj.i, "appos", None)
    return _rewrite(doc, changes)


def repair_appositions_hung_across_clauses(doc: Doc) -> Doc:
    """A phrase after a comma that the parser read as an apposition of a noun the words
    before the comma do not belong to ("The junta refused to receive a delegation from
    ECOWAS, the African Union and the United Nations": "Union" apposed to "junta") is
    hung on the noun just before the comma: as its conjunct when the phrase goes on with
    "and" (a list), else as its apposition."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for appo in doc:
        head = appo.head
        if appo.dep_ != "appos" or head.i >= appo.i or appo.left_edge.i < 2:
            continue
        comma = doc[appo.left_edge.i - 1]
        before = doc[comma.i - 1]
        if comma.text != "," or before.tag_ not in _NOUN_TAGS or before.i <= head.i:
            continue
        own = {t.i for t in head.subtree} - {t.i for t in appo.subtree} - {comma.i}
        if before.i in own or head.sent != before.sent:
            continue
        listed = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in appo.rights)
        changes[appo.i] = (before.i, "conj" if listed else "appos", None)
    return _rewrite(doc, changes)


def _name_words_before(doc: Doc, start: int, name: Token) -> bool:
    """Whether the words from ``start`` up to ``name`` are one or more proper-noun modifiers
    within the name ("Kosovo Prime Minister Albin Kurti": "Prime" on "Minister", "Albin"
    on "Kurti")."""
    between = doc[start : name.i]
    return bool(len(between)) and all(
        t.head.i in range(t.i + 1, name.i + 1) and t.dep_ == "compound" and t.tag_ == "NNP"
        for t in between
    )


def repair_titles_split_from_names(doc: Doc) -> Doc:
    """A title read as a conjunct of its own, apart from the name it stands before, becomes a
    modifier of that name: "... and Chile's Foreign Minister Alberto van Klaveren signed",
    where "Minister" and "Klaveren" were both read as conjuncts of the first name (or the
    name as an apposition of it). Two conjuncts of one word with nothing but the second's
    name words between them are one phrase."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for title in doc:
        if title.dep_ != "conj" or title.tag_ != "NNP" or title.i == title.head.i:
            continue
        name = next(
            (c for c in title.head.rights if c.dep_ in ("conj", "appos") and c.i > title.i), None
        )
        if name is None or name.tag_ != "NNP":
            continue
        if not _name_words_before(doc, title.i + 1, name):
            continue
        changes[title.i] = (name.i, "compound", None)
        if name.dep_ == "appos":  # "..., and Thailand's Prime Minister P. W." read as apposed
            changes[name.i] = (name.head.i, "conj", None)
    return _rewrite(doc, changes)


def repair_doubled_subjects(doc: Doc) -> Doc:
    """Two subjects of one verb with "and" between them become conjoined subjects:
    "Egyptian President Sisi and Ethiopian Prime Minister Abiy Ahmed had agreed" (both read
    as subjects of "agreed", "and" hung on the first); so do two with a comma between them
    before a plural verb, as headlines write them ("Putin, Erdogan hold talks"), or before a
    name that closes the list with "and" ("Netanyahu, Abdullah bin Zayed and al-Zayani
    signed"). An adjective
    read as a subject right before a named one is the name's modifier, with its possessor:
    "Sudan's paramilitary Rapid Support Forces said"."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
        if len(subjects) != 2:
            continue
        first, second = subjects
        between = doc[first.right_edge.i + 1 : second.i]
        if (
            first.tag_ == "NN"
            and first.is_lower
            and second.tag_ == "NNP"
            and len(between) > 0
            and all(t.tag_ in ("NNP", "HYPH") or t.text == "-" for t in between)
            and all(
                t.head.i in (verb.i, second.i) or t.head.i in range(between.start, between.end)
                for t in between
            )
        ):
            # "Sudan's army chief Abdel Fattah al-Burhan on Sunday rejected": a title and a
            # name read apart, the name's words hung on the verb; one name with its title
            changes[first.i] = (second.i, "compound", None)
            changes.update((t.i, (second.i, "compound", None)) for t in between)
            continue
        if (
            first.tag_ == "JJ"
            and first.is_lower
            and second.tag_.startswith("NNP")
            and first.right_edge.i == first.i == second.left_edge.i - 1
        ):
            changes[first.i] = (second.i, "amod", None)
            changes.update((c.i, (second.i, c.dep_, None)) for c in first.lefts)
            continue
        link = doc[second.left_edge.i - 1] if second.left_edge.i > first.i else None
        if link is None or first.right_edge.i not in (link.i - 1, link.i):
            continue
        joined = link.dep_ == "cc" and link.lower_ == "and" and link.head.i == first.i
        listed = link.text == "," and verb.tag_ == "VBP" and first.tag_ == "NNP"
        # "Netanyahu, Foreign Minister Abdullah bin Zayed and ... al-Zayani signed": the
        # head of a list closed by "and"
        closed = (
            link.text == ","
            and first.tag_ == "NNP"
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in second.children)
            and any(c.dep_ == "conj" and c.tag_ == "NNP" for c in second.children)
        )
        if joined or listed or closed:
            changes[second.i] = (first.i, "conj", None)
    return _rewrite(doc, changes)


_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep", "punct"})


def repair_trailing_reporters(doc: Doc) -> Doc:
    """A past verb closing its sentence after a comma, with only adverbials of its own, that
    the parser hung as a participle on the noun before it, itself in apposition to the clause
    before the comma ("Croatia is failing to uphold their rights, a human rights group
    protested here Wednesday"; "..., the New China News Agency reported on Monday"), or as a
    clause of the root's with the name in apposition just before it, becomes the sentence's
    root: the noun its subject, the clause before the comma its complement."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        changes.update(_trailing_reporter(sent))
    return _rewrite(doc, changes)


def _trailing_reporter(sent: Span) -> dict[int, tuple[int, str, str | None]]:
    """New (head, dep, tag kept) by token index for one sentence, or nothing."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    root = sent.root
    if not root.tag_.startswith("VB"):  # the tags are the tagger's; no POS mapping yet
        return {}
    doc = sent.doc
    for verb in sent:
        subject = verb.head
        if verb.dep_ in ("advcl", "conj") and subject.i == root.i and verb.i > 0:
            # "... the government of Prime Minister Khaleda Zia, party leader Sheikh Hasina
            # announced on Sunday": hung on the root, the name in apposition just before it
            # (or joined to the root: "... its war against Ukraine, South Korea's spy agency
            # said on Friday")
            before = doc[verb.i - 1]
            while before.dep_ != "appos" and before.head.i > before.i and before.head.i < verb.i:
                before = before.head
            if before.dep_ != "appos" or before.right_edge.i != verb.i - 1:
                continue
            subject = before
        if not (
            verb.tag_ in ("VBD", "VBN")
            and verb.dep_ in ("acl", "relcl", "advcl", "conj")
            and subject.dep_ == "appos"
            and subject.i < verb.i
            and subject.left_edge.i > sent.start
            and doc[subject.left_edge.i - 1].text == ","
            and subject.left_edge.i - 1 > root.i
            and all(c.dep_ in _ADVERBIAL_DEPS for c in verb.children)
            and verb.right_edge.i >= _last_word(sent) - 1
            and all(c.i < verb.i for c in subject.children if c.dep_ != "acl")
            and load_cues().has("reporting_verbs", verb)  # last: the one lexicon look-up
        ):
            continue
        comma = subject.left_edge.i - 1
        changes: dict[int, tuple[int, str, str | None]] = {
            verb.i: (verb.i, "ROOT", None),
            subject.i: (verb.i, "nsubj", None),
            root.i: (verb.i, "ccomp", None),
            comma: (verb.i, "punct", None),
        }
        last = _last_word(sent)
        if doc[last].is_punct and doc[last].head.i == root.i:
            changes[last] = (verb.i, "punct", None)
        return changes
    return {}


def repair_reporters_read_into_their_clause(doc: Doc) -> Doc:
    """A reporting verb closing its sentence after a comma with no subject of its own, whose
    reporter the parser hung in apposition to the last noun of the clause reported ("The two
    sides agreed to exchange 1,000 prisoners each, the head of the Ukrainian delegation,
    Defence Minister Rustem Umerov, told reporters": "head" apposed to "prisoners"): the
    apposed noun becomes the verb's subject."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        verb = sent.root
        if (
            verb.i < 2
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in _SUBJECTS for c in verb.children)
            or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            or doc[verb.i - 1].text != ","
        ):
            continue
        reporter = next(
            (
                t
                for t in doc[sent.start : verb.i - 1]
                if t.dep_ == "appos"
                and t.right_edge.i == verb.i - 2
                and t.left_edge.i > sent.start
                and doc[t.left_edge.i - 1].text == ","
                and t.head.dep_ != "appos"
            ),
            None,
        )
        if reporter is None or not load_cues().has("reporting_verbs", verb):
            continue
        changes[reporter.i] = (verb.i, "nsubj", None)
        changes[reporter.left_edge.i - 1] = (verb.i, "punct", None)
        changes[verb.i - 1] = (verb.i, "punct", None)
    return _rewrite(doc, changes)


def repair_clauses_read_as_objects_of_apposed_relatives(doc: Doc) -> Doc:
    """A clause closed by a noun in apposition with a relative clause of its own ("Pakistan
    has accused Kabul of sheltering militants, a charge Kabul denies"), which the parser read
    as the complement of the relative clause's verb, becomes the sentence's root again: the
    noun in apposition to it, the verb a relative clause of the noun. The noun may also have
    been read into the name of the relative clause's subject ("..., a charge Kigali denies":
    "charge" a compound of "Kigali")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        verb = sent.root
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
        articles: list[Token] = []  # the noun's article, when hung on the subject
        if noun is None and subject is not None:
            articles = [c for c in subject.children if c.dep_ == "det"]
            noun = next(
                (
                    c
                    for c in subject.children
                    if c.dep_ == "compound"
                    and c.tag_ in ("NN", "NNS")
                    and (articles or any(d.dep_ == "det" for d in c.children))
                ),
                None,
            )
            articles = [a for a in articles if noun is not None and a.i == noun.i - 1]
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if noun is None or clause is None:
            continue
        start = min([noun.left_edge.i] + [a.i for a in articles])
        if start <= sent.start:
            continue
        comma = doc[start - 1]
        if not (
            comma.text == ","
            and comma.head.i == verb.i
            and clause.right_edge.i < comma.i
            and subject is not None
            and noun.i < subject.i
            and verb.right_edge.i >= _last_word(sent) - 1
        ):
            continue
        changes[clause.i] = (clause.i, "ROOT", None)
        changes[verb.i] = (noun.i, "relcl", None)
        changes[noun.i] = (clause.i, "appos", None)
        changes.update({a.i: (noun.i, "det", None) for a in articles})
        changes[comma.i] = (clause.i, "punct", None)
        last = _last_word(sent)
        if doc[last].is_punct and doc[last].head.i == verb.i:
            changes[last] = (clause.i, "punct", None)
    return _rewrite(doc, changes)


# nouns of a length of time ("for three hours"), and the phrases that follow one but are
# the verb's ("conferred for three hours with Aziz", "talked for an hour in Geneva")
_DURATION_NOUNS = frozenset(
    f"{unit}{plural}"
    for unit in ("minute", "hour", "day", "week", "month", "year")
    for plural in ("", "s")
)
_VERB_PHRASES = frozenset({"with", "in", "at", "on"})


def repair_phrases_hung_on_durations(doc: Doc) -> Doc:
    """A phrase the parser hung on the noun of a verb's "for" phrase of time ("conferred for
    three hours with Iraqi Foreign Minister Tariq Aziz": "with" on "hours") goes to the
    verb."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        noun = prep.head
        if not (
            prep.dep_ == "prep"
            and prep.lower_ in _VERB_PHRASES
            and noun.lower_ in _DURATION_NOUNS
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and noun.head.head.tag_.startswith("VB")
            and prep.i > noun.i
        ):
            continue
        changes[prep.i] = (noun.head.head.i, "prep", None)
    return _rewrite(doc, changes)


def repair_days_hung_past_deadlines(doc: Doc) -> Doc:
    """A day phrase the parser hung on an infinitive after the infinitive's deadline ("ordered
    the ambassador to leave within 72 hours on Thursday": "on Thursday" on "leave") goes to
    the verb above it: the deadline counts from that verb's act, which the day dates."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        verb = prep.head
        if not (
            prep.dep_ == "prep"
            and prep.lower_ == "on"
            and _names_a_day(prep)
            and verb.tag_ == "VB"
            and verb.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.tag_.startswith("VB")
        ):
            continue
        deadline = any(
            c.dep_ == "prep"
            and c.lower_ == "within"
            and c.i < prep.i
            and any(o.dep_ == "pobj" and o.lower_ in _DURATION_NOUNS for o in c.children)
            for c in verb.children
        )
        if deadline:
            changes[prep.i] = (verb.head.i, "prep", None)
    return _rewrite(doc, changes)


def repair_times_hung_past_relative_clauses(doc: Doc) -> Doc:
    """A time word or phrase right after a relative clause on a verb's subject that the
    parser hung on that verb ("after the junta that seized power last month ignored a
    deadline": "month" on "ignored") goes to the relative clause it ends."""
    days = _weekday_names() | {"yesterday"}
    changes: dict[int, tuple[int, str, str | None]] = {}
    for time in doc:
        verb = time.head
        timed = (time.dep_ == "npadvmod" and time.lower_ in _DURATION_NOUNS | days) or (
            time.dep_ == "prep" and time.lower_ == "on" and _names_a_day(time)
        )
        if not timed or not verb.tag_.startswith("VB") or time.i > verb.i:
            continue
        for subject in verb.children:
            clause = next((c for c in subject.rights if c.dep_ == "relcl"), None)
            if (
                subject.dep_ in ("nsubj", "nsubjpass")
                and clause is not None
                and clause.right_edge.i == time.left_edge.i - 1
            ):
                changes[time.i] = (clause.i, time.dep_, None)
    return _rewrite(doc, changes)


def repair_subjects_read_into_spans_of_time(doc: Doc) -> Doc:
    """The subject of a clause after "a day after" or "weeks before" that the parser read as
    the object of the preposition, hanging the span of time on the subjectless verb ("a day
    after one of the largest protests filled the streets": "one" on "after") is the verb's
    subject, the preposition its subordinator. So is the object the parser hung on that
    subordinator itself ("a day after Azerbaijan seized control": "Azerbaijan" on "after")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for mark in doc:
        verb = mark.head
        if (
            mark.dep_ == "mark"
            and mark.lower_ in ("after", "before")
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            objects = [c for c in mark.children if c.dep_ == "pobj" and c.i < verb.i]
            if objects:
                changes[objects[0].i] = (verb.i, "nsubj", None)
    for span in doc:
        verb = span.head
        if not (
            span.dep_ == "npadvmod"
            and span.lower_ in _DURATION_NOUNS
            and span.i < verb.i
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        for prep in span.children:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.i < verb.i]
            if prep.dep_ == "prep" and prep.lower_ in ("after", "before") and objects:
                changes[objects[0].i] = (verb.i, "nsubj", None)
                changes[prep.i] = (verb.i, "mark", None)
    return _rewrite(doc, changes)


def repair_subjects_read_as_conjuncts_of_objects(doc: Doc) -> Doc:
    """A name right before a conjoined verb with no subject that the parser joined to the
    object before ("both countries will withdraw heavy weapons from the border and Thailand
    will release 18 soldiers": "Thailand" a conjunct of "border", so both release them) is the
    subject of that verb; so is a common noun before a finite verb ("the Arab League condemned
    the treaty and several Arab governments recalled their ambassadors")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        if verb.dep_ != "conj" or not verb.tag_.startswith("VB") or verb.i < 2:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        auxiliaries = [c.i for c in verb.lefts if c.dep_ in ("aux", "neg")]
        first = min([*auxiliaries, verb.i])
        name = doc[first - 1]
        if name.left_edge.i < 1:
            continue
        cc = doc[name.left_edge.i - 1]  # ("and several Arab governments")
        finite = bool(auxiliaries) or verb.tag_ in ("VBD", "VBZ", "VBP")
        if (
            name.dep_ == "conj"
            and (
                name.tag_ in _NAME_TAGS
                # (a common noun joined to the object of the verb's own head, before a verb
                # with an object of its own, no participle: "would free 60 soldiers and
                # policemen held captive")
                or (
                    finite
                    and name.tag_ in ("NN", "NNS")
                    and name.head.head == verb.head
                    and any(
                        c.dep_ == "dobj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")
                        for c in verb.children
                    )
                )
            )
            and name.head.i < name.i
            and cc.dep_ == "cc"
            and cc.head.i == name.head.i
            and verb.head.i < name.head.i
        ):
            changes[name.i] = (verb.i, "nsubj", None)
            changes[cc.i] = (verb.head.i, "cc", None)
    return _rewrite(doc, changes)


def repair_subjects_read_as_conjuncts_of_days(doc: Doc) -> Doc:
    """A noun the parser joined to the weekday of an "on" phrase, right before a past verb
    with no subject that it hung on the verb of that phrase ("Egyptian forces crossed the
    canal on Saturday and Syrian tanks pushed into the Golan Heights": "tanks" a conjunct of
    "Saturday", "pushed" an adverbial clause), is that verb's subject, and the verb a
    conjunct of the first."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for noun in doc[2:]:
        day = noun.head
        prep = day.head
        if not (
            noun.dep_ == "conj"
            and noun.tag_ in ("NN", "NNS", "NNP", "NNPS")
            and noun.lower_ not in _weekday_names()  # "on Saturday and Sunday"
            and day.i < noun.i
            and day.lower_ in _weekday_names()
            and day.dep_ == "pobj"
            and prep.lower_ == "on"
            and prep.dep_ == "prep"
        ):
            continue
        first = prep.head
        cc = doc[noun.left_edge.i - 1]
        after = noun.right_edge.i + 1
        if after >= len(doc) or cc.dep_ != "cc" or cc.head.i != day.i:
            continue
        verb = doc[after]
        if (
            verb.tag_ == "VBD"
            and verb.head.i == first.i
            and verb.dep_ in ("advcl", "conj", "ccomp")
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            _join_clause(changes, first, verb, noun, cc)
    return _rewrite(doc, changes)


_PLACE_PREPOSITIONS = frozenset({"outside", "inside"})


def repair_place_prepositions_read_as_adjectives(doc: Doc) -> Doc:
    """ "outside" or "inside" read as an adjective of a second object of a verb ("beat the
    legislator outside parliament in Nairobi": "parliament" a second object) is a
    preposition of the verb, and the noun its object: where it was done."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for word in doc:
        noun, verb = word.head, word.head.head
        if (
            word.lower_ not in _PLACE_PREPOSITIONS
            or word.dep_ != "amod"
            or noun.dep_ != "dobj"
            or word.i != noun.left_edge.i
            or not any(c.dep_ == "dobj" and c.i < word.i for c in verb.children)
        ):
            continue
        changes[word.i] = (verb.i, "prep", "IN")
        changes[noun.i] = (word.i, "pobj", None)
    return _rewrite(doc, changes)


def repair_doers_of_act_nouns_hung_on_verbs(doc: Doc) -> Doc:
    """A "by" phrase right after the object of an active verb, when the object is a noun of a
    material act ("reported air strikes by the army on RSF positions"), is the act's doer
    (an active verb has no "by" agent; "by phone" is a means, kept): it goes to the noun; and
    an "on" or "against" phrase the parser hung on the doer of such a noun goes to the noun,
    as what was hit."""
    from storyline.events.triggers import load_lexicon, noun_rules

    means = load_lexicon().means_nouns
    changes: dict[int, tuple[int, str, str | None]] = {}
    for by in doc:
        doers = [o for o in by.children if o.dep_ == "pobj"]
        if by.lower_ != "by" or by.dep_ != "prep" or len(doers) != 1:
            continue
        doer, head = doers[0], by.head
        if head.tag_.startswith("VB"):
            if any(c.dep_ == "auxpass" for c in head.children):
                continue  # a passive's agent
            act = next(
                (c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == by.i),
                None,
            )
        else:
            act = head if head.i == by.i - 1 else None
        if act is None or act.tag_ not in ("NN", "NNS") or doer.lower_ in means:
            continue
        if not _material(frozenset(r.type for r in noun_rules(act))):
            continue
        if act.i != head.i:
            changes[by.i] = (act.i, "prep", None)
        for hit in doer.children:
            if hit.dep_ == "prep" and hit.lower_ in ("on", "against") and hit.i > doer.i:
                changes[hit.i] = (act.i, "prep", None)
    return _rewrite(doc, changes)


def repair_objects_read_as_subjects_of_next_clauses(doc: Doc) -> Doc:
    """The object of a verb the parser read as the subject of the next clause, joined to its
    real subject ("Azerbaijan will free 32 Armenian servicemen and Armenia will release two
    Azerbaijani soldiers": "servicemen and Armenia" the subject of "release", "free" left
    without an object): the noun is the first verb's object, the name before the modal the
    second verb's subject, and the second verb a conjunct of the first (so when the name is
    joined to the last noun of a phrase on the object: "deploy 2,000 peacekeepers along the
    front line and Armenia will hand back"). So with two simple
    past verbs when the first is a material act that takes no clause and a comma closes the
    object ("Cuba freed contractor Alan Gross, who had been held for five years, and the
    United States released three Cubans": "released" a complement of "freed")."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        first = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        modal = next((c for c in verb.lefts if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if subject is None or verb.dep_ not in ("ccomp", "conj"):
            continue
        name = doc[(modal or verb).i - 1]
        # (or joined to the last noun of a phrase on the subject: "Russia will deploy 2,000
        # peacekeepers along the front line and Armenia will hand back ...": "line")
        holder = (
            name.head
            if name.dep_ == "conj" and subject.i < name.head.i <= subject.right_edge.i
            else subject
        )
        cc = next((c for c in holder.children if c.dep_ == "cc"), None)
        if not (
            # (or a second subject of the verb: "Gross ..., and the United States released")
            (
                (name.dep_ == "conj" and name.head.i == holder.i)
                or (modal is None and name.dep_ == "nsubj" and name.head.i == verb.i)
            )
            and name.tag_ in _NAME_TAGS
            and cc is not None
            and subject.i < cc.i < name.i
            and first.i < subject.i
            and any(c.dep_ in _SUBJECTS for c in first.children)
            and not any(c.dep_ == "dobj" for c in first.children)
            and doc[subject.left_edge.i - 1].i == first.i
        ):
            continue
        if modal is not None:
            if not (
                subject.tag_ in ("NN", "NNS")
                and first.tag_ == "VB"
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children)
            ):
                continue
        elif not (
            verb.dep_ == "ccomp"
            and first.tag_ == "VBD"
            and verb.tag_ == "VBD"
            and doc[cc.i - 1].text == ","
            and not any(c.dep_ in ("aux", "auxpass") for c in first.children)
            and _material(_act_types(first))
            and not load_cues().has("reporting_verbs", first)  # the lexicon look-ups last
        ):
            continue
        changes[subject.i] = (first.i, "dobj", None)
        _join_clause(changes, first, verb, name, cc)
    return _rewrite(doc, changes)


def repair_clauses_read_as_objects_of_time_prepositions(doc: Doc) -> Doc:
    """A clause after "after" or "before" that the parser read as a noun phrase, its verb a
    modifier of the object with the subject hung on the verb ("three days after Trump
    hosted Russian President Vladimir Putin in Alaska": "hosted" a modifier of "Putin"): the
    verb heads a clause the preposition introduces, the noun its object."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for verb in obj.subtree:
                if not (
                    verb.dep_ in ("amod", "acl")
                    and verb.tag_ in ("VBN", "VBD")
                    and prep.i < verb.i < obj.i
                    and any(c.dep_ == "nsubj" and prep.i < c.i < verb.i for c in verb.children)
                ):
                    continue
                changes[verb.i] = (prep.head.i, "advcl", "VBD")
                changes[prep.i] = (verb.i, "mark", None)
                changes[obj.i] = (verb.i, "dobj", None)
                break
    return _rewrite(doc, changes)


def repair_clauses_read_as_prepositional_phrases(doc: Doc) -> Doc:
    """A clause after "since", "after", "before" or "until" whose subject the parser read as
    the preposition's object and whose verb as a conjunct of the verb before ("arrived in
    Saudi Arabia on his first trip abroad since the rebels he led toppled Assad in December,
    and met the crown prince": "toppled" a second act of the visitor's): the verb heads a
    clause the word introduces, the noun its subject."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in ("since", "after", "before", "until"):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.tag_.startswith("NN")):
            after = obj.right_edge.i + 1
            if after >= len(doc):
                continue
            verb = doc[after]
            if not (
                verb.dep_ == "conj"
                and verb.tag_ == "VBD"
                and verb.head.i < prep.i
                and verb.head in prep.ancestors
                and not any(c.dep_ in _SUBJECTS for c in verb.children)
            ):
                continue
            changes[verb.i] = (verb.head.i, "advcl", None)
            changes[prep.i] = (verb.i, "mark", None)
            changes[obj.i] = (verb.i, "nsubj", None)
    return _rewrite(doc, changes)


def repair_participles_read_as_verbs_after_prepositions(doc: Doc) -> Doc:
    """A participle right after a preposition left with no object, which the parser read as
    a verb with the noun after it as its object ("were already in occupied Ukrainian
    territory": "occupied" a conjunct of "were", so the officers occupied it), is the noun's
    modifier and the noun the preposition's object."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        if prep.dep_ != "prep" or prep.i + 1 >= len(doc):
            continue
        if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        verb = doc[prep.i + 1]
        if verb.tag_ not in ("VBN", "VBD") or verb.head.i == verb.i or verb.i < verb.head.i:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ not in ("dobj", "punct") for c in verb.children):
            continue
        noun = objects[0]
        between = doc[verb.i + 1 : noun.i]
        if not all(t.head.i == noun.i and t.dep_ in _NOUN_MODIFIERS for t in between):
            continue
        changes[noun.i] = (prep.i, "pobj", None)
        changes[verb.i] = (noun.i, "amod", "VBN")
    return _rewrite(doc, changes)


_MEETING_FORMS = frozenset({"met", "meet", "meets", "meeting", "hosted", "received", "welcomed"})
_OBSERVER_NOUNS = frozenset(
    f"{noun}{plural}" for noun in ("observer", "monitor", "inspector") for plural in ("", "s")
)
_DELEGATE_NOUNS = frozenset(
    f"{noun}{plural}"
    for noun in (
        "counterpart",
        "official",
        "minister",
        "diplomat",
        "envoy",
        "delegate",
        "delegation",
        "leader",
        "negotiator",
        "representative",
    )
    for plural in ("", "s")
)


def repair_origins_hung_on_meeting_verbs(doc: Doc) -> Doc:
    """A "from" phrase right after the people a meeting verb takes that the parser hung on
    the verb ("met their counterparts from Britain, France and Germany": whom they met, not
    whence the meeting came) goes to the people; so does one right after envoys or observers
    named in another phrase of any verb ("pulled back ... under the eyes of military
    observers from four guarantor countries": where the observers come from, not whence the
    troops pulled back)."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        verb = prep.head
        if not (prep.dep_ == "prep" and prep.lower_ == "from" and verb.tag_.startswith("VB")):
            continue
        before = doc[prep.i - 1] if prep.i > 0 else prep
        if before.lower_ in _DELEGATE_NOUNS | _OBSERVER_NOUNS and _in_phrase_of(before, verb):
            changes[prep.i] = (before.i, "prep", None)
            continue
        if verb.lower_ not in _MEETING_FORMS:
            continue
        people = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lower_ in _DELEGATE_NOUNS and c.right_edge.i + 1 == prep.i
        ]
        if people:
            changes[prep.i] = (people[0].i, "prep", None)
    return _rewrite(doc, changes)


def _in_phrase_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is the object of a prepositional phrase of ``verb``, or of one
    inside such a phrase ("under the eyes of military observers")."""
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        if node.head.head.i == verb.i:
            return True
        node = node.head.head
    return False


_NAMING_VERBS = frozenset({"called", "calls", "described", "describes", "termed", "dubbed"})


def repair_days_hung_on_naming_relatives(doc: Doc) -> Doc:
    """A day the parser hung on the verb of a naming relative ("launched strikes on what it
    called terrorist camps in Pakistan on Wednesday": "on Wednesday" on "called") goes to
    the verb above it: the naming says what the speaker calls the thing, not when."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        naming = prep.head
        if _said_to_be(naming):  # "carried out strikes on what it said were hideouts"
            naming = naming.head
        elif not (
            naming.lower_ in _NAMING_VERBS
            and any(c.lower_ == "what" and c.i < naming.i for c in naming.children)
            and any(c.dep_ == "oprd" and c.i < prep.i for c in naming.children)
        ):
            continue
        if not (prep.dep_ == "prep" and prep.lower_ == "on" and _names_a_day(prep)):
            continue
        verb = naming.head
        while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
            verb = verb.head
        if verb.tag_.startswith("VB") and verb.i != naming.i:
            changes[prep.i] = (verb.i, "prep", None)
    return _rewrite(doc, changes)


def repair_named_objects_read_as_clauses(doc: Doc) -> Doc:
    """A plural noun after a naming verb that the parser read as a verb with the rest of the
    object for its subject and the name for its object ("called the planned U.S.-South
    Korean military drills a provocation": "drills" a verb of "military"; "called Qassem's
    remarks a veiled threat": "remarks" a verb with the name for its object) becomes the
    naming verb's object, with the name its object predicate."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for noun in doc:
        naming = noun.head
        if (
            noun.tag_ == "VBZ"
            and noun.dep_ == "dobj"
            and naming.lower_ in _NAMING_VERBS
            and any(c.dep_ in ("poss", "det") for c in noun.lefts)
            and (name := next((c for c in noun.rights if c.dep_ == "dobj"), None)) is not None
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in name.children)
        ):
            # "called Qassem's remarks a veiled threat": "remarks" a verb with an object
            changes[noun.i] = (naming.i, "dobj", "NNS")
            changes[name.i] = (naming.i, "oprd", None)
            continue
        if not (
            noun.tag_ == "VBZ"
            and noun.dep_ == "ccomp"
            and naming.lower_ in _NAMING_VERBS
            and naming.i < noun.i
            and not any(c.dep_ in ("aux", "neg", "advmod", "prep") for c in noun.children)
        ):
            continue
        subject = next((c for c in noun.lefts if c.dep_ == "nsubj"), None)
        name = next((c for c in noun.rights if c.dep_ in ("dobj", "attr")), None)
        if (
            subject is None
            or name is None
            or subject.tag_ != "NN"
            or subject.i != noun.i - 1
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in name.children)
        ):
            continue
        changes[noun.i] = (naming.i, "dobj", "NNS")
        changes[subject.i] = (noun.i, "compound", None)
        changes[name.i] = (naming.i, "oprd", None)
        changes.update((c.i, (noun.i, c.dep_, None)) for c in subject.children)
        changes.update((c.i, (naming.i, c.dep_, None)) for c in noun.rights if c.i > name.i)
    return _rewrite(doc, changes)


def _said_to_be(copula: Token) -> bool:
    """ "were" in "on what it said were militant hideouts": a copula whose subject is "what",
    told by a saying verb."""
    return (
        copula.lower_ in ("was", "were", "is", "are")
        and copula.dep_ == "ccomp"
        and copula.head.lower_ in ("said", "says", "claimed", "described")
        and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in copula.children)
    )


_COUNT_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})


def repair_objects_read_into_counts_of_times(doc: Doc) -> Doc:
    """A name the parser read as the modifier of a count of times after it ("has struck Syria
    hundreds of times": "Syria" on "hundreds") is the verb's object, the count an adverbial."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for name in doc[:-1]:
        count = name.head
        verb = count.head
        if not (
            name.dep_ == "compound"
            and name.tag_ in ("NNP", "NNPS")
            and count.i == name.i + 1
            and count.lower_ in _COUNT_WORDS
            and verb.tag_.startswith("VB")
            and any(
                p.lower_ == "of" and any(o.lower_ == "times" for o in p.children)
                for p in count.children
            )
        ):
            continue
        changes[name.i] = (verb.i, "dobj", None)
        changes[count.i] = (verb.i, "npadvmod", None)
    return _rewrite(doc, changes)


def repair_gerunds_hung_on_infinitives(doc: Doc) -> Doc:
    """An "after" or "before" phrase of a gerund or a plural noun set off by a comma that the
    parser hung on the infinitive a finite verb governs ("agreed on Thursday to pause their
    trade war for a year, after meeting for nearly two hours": "after" on "pause") goes to the
    finite verb:
    what the subject did before agreeing, not what it plans."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        infinitive = prep.head
        if not (
            prep.dep_ == "prep"
            and prep.lower_ in ("after", "before")
            and prep.i > 0
            and doc[prep.i - 1].text == ","
            and any(
                (c.dep_ == "pcomp" and c.tag_ == "VBG") or (c.dep_ == "pobj" and c.tag_ == "NNS")
                for c in prep.children
            )
            and infinitive.dep_ in ("xcomp", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        ):
            continue
        # (also "agreed on how to carry out a plan to normalise ties, after 12 hours of talks":
        # through the infinitive's noun and the words governing it)
        governor = infinitive.head
        for _ in range(4):
            if governor.tag_ in ("VBD", "VBZ", "VBP") or governor.head.i == governor.i:
                break
            governor = governor.head
        if governor.tag_ in ("VBD", "VBZ", "VBP") and governor.i < prep.i:
            changes[prep.i] = (governor.i, "prep", None)
    return _rewrite(doc, changes)


def repair_participles_hung_on_told_infinitives(doc: Doc) -> Doc:
    """A present participle set off by a comma, with no subject, that the parser hung on the
    infinitive of someone told to act ("ordered Rwanda's ambassador to leave the country,
    accusing Kigali of backing rebels": "accusing" on "leave", so the ambassador's) goes to
    the finite verb that told them: the teller's own act; so does an "in" phrase set off so
    ("ordered the U.S. ambassador to leave, in solidarity with Bolivia")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        infinitive = verb.head
        governor = infinitive.head
        participle = (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children)
        )
        phrase = verb.dep_ == "prep" and verb.lower_ == "in"
        if (
            (participle or phrase)
            and verb.i > 0
            and doc[verb.i - 1].text == ","
            and infinitive.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
            and governor.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ == "dobj" and c.i < infinitive.i for c in governor.children)
        ):
            changes[verb.i] = (governor.i, verb.dep_, None)
            changes[verb.i - 1] = (governor.i, "punct", None)
    return _rewrite(doc, changes)


# Participles of a state, not of an act done on a day ("the hostages held in Gaza"): a day
# after them dates the verb of the noun they describe.
_STATE_PARTICIPLES = frozenset(
    {"held", "kept", "detained", "jailed", "imprisoned", "trapped", "stranded", "stationed",
     "based", "deployed", "living", "remaining",
     # on the way: "intercepted boats of a flotilla heading to Gaza on Wednesday"
     "heading", "sailing", "travelling", "traveling", "bound"}
)  # fmt: skip


def repair_days_hung_on_state_participles(doc: Doc) -> Doc:
    """A day the parser hung on a participle of a state describing a verb's object, at the
    participle's end ("Hamas released the last 20 hostages held in Gaza on Monday": "on
    Monday" on "held"; "intercepted boats of a flotilla heading to Gaza on Wednesday"), goes
    to the verb."""
    from storyline.time.calendar import lexicon  # the time stage's weekday names

    weekdays = lexicon().weekdays
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        participle = prep.head
        noun = participle.head
        if not (
            prep.dep_ == "prep"
            and prep.lower_ == "on"
            and any(o.lower_ in weekdays for o in prep.children if o.dep_ == "pobj")
            and participle.dep_ == "acl"
            and participle.lower_ in _STATE_PARTICIPLES
            and (object_ := _object_held(noun)) is not None
            and object_.head.tag_ in ("VBD", "VBZ", "VBP")
            and prep.right_edge.i == participle.right_edge.i
        ):
            continue
        changes[prep.i] = (object_.head.i, "prep", None)
    return _rewrite(doc, changes)


def _object_held(noun: Token) -> Token | None:
    """The verb's object a noun is or is "of" ("boats of an aid flotilla": "boats"), if any."""
    if noun.dep_ == "dobj":
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        return noun.head.head
    return None


def repair_objects_after_interrupting_phrases(doc: Doc) -> Doc:
    """An object after a short phrase set off by commas right after its verb ("had revoked,
    with immediate effect, an agreement that ...") that the parser hung on the verb above as
    an adverbial noun, or on the phrase's noun as an apposition ("a defence pact with
    France"), becomes the object of the verb before the phrase."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for noun in doc:
        start = noun.left_edge.i
        if noun.dep_ not in ("npadvmod", "appos") or noun.tag_ not in ("NN", "NNS") or start < 4:
            continue
        closing = doc[start - 1]
        if closing.text != ",":
            continue
        # the verb, its comma, then the phrase ("with immediate effect") up to ``closing``
        verb = next(
            (
                t
                for t in doc[max(0, closing.i - _INTERRUPTION_MAX - 2) : closing.i - 2]
                if doc[t.i + 1].text == ","
                and doc[t.i + 2].dep_ == "prep"
                and doc[t.i + 2].head.i == t.i
            ),
            None,
        )
        if verb is None:
            continue
        prep = doc[verb.i + 2]
        phrase = {t.i for t in prep.subtree}
        if not (
            verb.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VB")
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
            and all(i in phrase for i in range(prep.i, closing.i))
            and (noun.dep_ == "npadvmod" or noun.head.i in phrase)
            and (
                noun.dep_ == "appos"
                or verb.i in {a.i for a in noun.ancestors} | {t.i for t in noun.head.subtree}
            )
        ):
            continue
        changes[noun.i] = (verb.i, "dobj", None)
        changes[closing.i] = (verb.i, "punct", None)
    return _rewrite(doc, changes)


def repair_act_nouns_read_as_verbs_of_objects(doc: Doc) -> Doc:
    """A present verb the parser read as a clause after a light verb that has no object
    ("imposed travel bans and asset freezes on Russian officials": "freezes" a verb whose
    subject is "bans"), when it is preceded by a common noun of its own phrase and can be an
    act noun, is that plural noun: the light verb's object (with the nouns before it), and a
    verb joined to it is joined to the light verb."""
    from storyline.events.triggers import load_lexicon, noun_rules, word_forms

    light = load_lexicon().light_verbs
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        governor = verb.head
        if not (
            verb.tag_ in ("VBZ", "VBP")
            and verb.dep_ == "ccomp"
            and verb.lower_.endswith("s")
            and governor.tag_ in ("VBD", "VBN", "VB")
            and governor.i < verb.i
            and word_forms(governor) & light
            and not any(c.dep_ in ("dobj", "mark", "aux", "neg") for c in verb.children)
            and not any(c.dep_ == "dobj" for c in governor.children)
            and noun_rules(verb)
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        before = doc[verb.i - 1]
        if (
            subject is None
            or subject.tag_ not in ("NN", "NNS")
            or subject.i <= governor.i
            or before.tag_ not in ("NN", "NNS")
            or before.i not in range(subject.left_edge.i, subject.right_edge.i + 1)
        ):
            continue
        if before.i == subject.i:  # "imposed asset freezes on ...": one phrase
            changes[subject.i] = (verb.i, "compound", None)
            changes[verb.i] = (governor.i, "dobj", "NNS")
        elif before.dep_ == "conj" and before.head.i == subject.i:
            # "travel bans and asset freezes": the second noun of two joined
            changes[subject.i] = (governor.i, "dobj", None)
            changes[before.i] = (verb.i, "compound", None)
            changes[verb.i] = (subject.i, "conj", "NNS")
        else:
            continue
        for child in verb.children:
            if child.dep_ == "conj" and child.tag_.startswith("VB"):
                changes[child.i] = (governor.i, "conj", None)
                for cc in verb.children:
                    if cc.dep_ == "cc" and verb.i < cc.i < child.i:
                        changes[cc.i] = (governor.i, "cc", None)
    return _rewrite(doc, changes)


_INTERRUPTION_MAX = 5  # words of a phrase between a verb and its object


def repair_objects_read_into_predicates(doc: Doc) -> Doc:
    """A name the parser hung on the predicate noun after it ("called Trump a tyrant":
    "Trump" a modifier of "tyrant"), or read as a second predicate before it ("had called
    Sisi a tyrant": both "Sisi" and "tyrant" predicates), becomes the verb's object, as in
    "called him a tyrant"."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for name in doc:
        verb = name.head
        if (
            name.dep_ == "oprd"
            and name.tag_ in ("NNP", "NNPS")
            and verb.tag_.startswith("VB")
            and not any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "oprd" and c.i > name.i for c in verb.children)
        ):
            changes[name.i] = (verb.i, "dobj", None)
            continue
        predicate = name.head
        if not (
            name.dep_ in ("nmod", "compound")
            and name.tag_ in ("NNP", "NNPS")
            and predicate.dep_ == "oprd"
            and predicate.head.tag_.startswith("VB")
            and not any(c.dep_ == "dobj" for c in predicate.head.children)
        ):
            continue
        article = next(
            (c for c in predicate.children if c.dep_ == "det" and name.i < c.i < predicate.i), None
        )
        if article is None:
            continue
        changes[name.i] = (predicate.head.i, "dobj", None)  # (its own modifiers go with it)
    return _rewrite(doc, changes)


def repair_names_read_into_persona_non_grata(doc: Doc) -> Doc:
    """A name the parser read as a modifier of "persona" in "persona non grata" ("declared
    President Lula persona non grata": "Lula" a compound of "persona", the object) becomes
    the verb's object, "persona" the predicate after it; the phrase's own dependents (a day)
    go to the verb."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for persona in doc:
        verb = persona.head
        if not (
            persona.lower_ == "persona"
            and persona.dep_ in ("dobj", "ccomp")  # (or read as a clause: "[Petro persona]")
            and persona.i + 2 < len(doc)
            and doc[persona.i + 1].lower_ == "non"
            and doc[persona.i + 2].lower_ == "grata"
        ):
            continue
        names = [
            c
            for c in persona.lefts
            if c.dep_ in ("compound", "nsubj") and c.tag_ in ("NNP", "NNPS")
        ]
        if not names or names[-1].i != persona.i - 1:
            continue
        name = names[-1]
        changes[name.i] = (verb.i, "dobj", None)
        changes[persona.i] = (verb.i, "oprd", "NN")
        for child in persona.children:
            if child.dep_ in ("det", "amod") and child.i < name.i:
                changes[child.i] = (name.i, child.dep_, None)
            elif child.dep_ == "prep" and child.i > persona.i + 2:
                changes[child.i] = (verb.i, "prep", None)
    return _rewrite(doc, changes)


def _last_word(sent: Span) -> int:
    """Index of the sentence's last token that is no white space."""
    last = sent.end - 1
    while last > sent.start and sent.doc[last].is_space:
        last -= 1
    return last


def repair_reported_clauses_read_as_relatives(doc: Doc) -> Doc:
    """A "that" clause after a reporting verb's prepositional phrase that the parser hung on
    the phrase's noun as a relative clause ("Akar said after the meeting that the two sides
    had agreed ...": "agreed" a relative clause of "meeting") becomes the verb's complement.
    In a real relative clause "that" is the subject or object; here it is a marker before a
    subject of the clause's own."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    for clause in doc:
        if clause.dep_ != "relcl" or not any(c.dep_ in _SUBJECTS for c in clause.children):
            continue
        mark = clause.left_edge
        if not (mark.dep_ == "mark" and mark.lower_ == "that" and mark.head.i == clause.i):
            continue
        noun = clause.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            continue
        verb = noun.head.head
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue
        if load_cues().has("reporting_verbs", verb):
            clause.head = verb
            clause.dep_ = "ccomp"
    return doc


def repair_clauses_after_relative_reporters(doc: Doc) -> Doc:
    """A finite verb right after a relative clause of reporting with no clause of its own
    ("to change terms they said favored Moscow": "favored" read as a conjunct of the
    sentence's verb) is the reported clause, its subject the noun the relative describes."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    for reporter in doc[:-1]:
        verb = doc[reporter.i + 1]
        if not (
            reporter.dep_ == "relcl"
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and verb.head.i != reporter.i
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in reporter.children)
            and any(c.dep_ in _SUBJECTS and c.tag_ in ("PRP", "NNP") for c in reporter.children)
            and not (reporter.is_ancestor(verb.head) or verb.is_ancestor(reporter))
            and load_cues().has("reporting_verbs", reporter)  # last: the lexicon look-up
        ):
            continue
        verb.head = reporter
        verb.dep_ = "ccomp"
    return doc


def repair_phrases_hung_on_reported_clauses(doc: Doc) -> Doc:
    """A prepositional or bare noun phrase between a reporting verb and the subject of its
    complement clause that the parser hung on the clause's verb ("The United States said on
    Friday it would revoke ...": "on Friday" dates the revoking) goes back to the reporting
    verb: a clause's phrases do not come before its subject, nor before its "that"."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    for clause in doc:
        reporter = clause.head
        if clause.dep_ != "ccomp" or reporter.i > clause.i:
            continue
        opening = [c for c in clause.children if c.dep_ in _SUBJECTS or c.dep_ == "mark"]
        if not opening or not load_cues().has("reporting_verbs", reporter):
            continue
        start = min(c.left_edge.i for c in opening)
        for phrase in list(clause.children):
            if (
                phrase.dep_ in ("prep", "npadvmod")
                and reporter.i < phrase.left_edge.i
                and phrase.right_edge.i < start
            ):
                phrase.head = reporter
    return doc


def repair_reported_verbs_read_as_participles(doc: Doc) -> Doc:
    """A past verb with an object that the parser hung as a participle on its subject, which
    it made a first subject of a reporting verb later in the sentence ("Israeli airstrikes
    killed 15 people in Gaza, the health ministry said": "airstrikes" and "ministry" both
    subjects of "said", "killed" a participle of "airstrikes"), becomes the reported clause:
    the verb the reporting verb's complement, the noun its subject. A participle takes no
    object, and a verb no second subject."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        noun = verb.head
        if not (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBD", "VBN")
            and noun.dep_ == "nsubj"
            and noun.i < verb.i
            and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in _SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        ):
            continue
        reporter = noun.head
        if not any(c.dep_ == "nsubj" and c.i > verb.right_edge.i for c in reporter.children):
            continue
        if load_cues().has("reporting_verbs", reporter):
            changes[verb.i] = (reporter.i, "ccomp", "VBD")
            changes[noun.i] = (verb.i, "nsubj", None)
    return _rewrite(doc, changes)


# (the repairs run before the lemmatizer: forms, not lemmas)
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "'s", "'re"})


def repair_reporters_joined_to_their_clause(doc: Doc) -> Doc:
    """A reporting verb without a subject that the parser coordinated with the verb of the
    "that" clause before it rather than with the verb governing that clause, of its own form
    ("the government denies that Wagner fighters are in the country and says only
    instructors are present": "says" a conjunct of "are") is coordinated with the governing
    verb, and so is its "and". So is a verb of stating, committing or asking coordinated with
    a passive or copular clause ("the army said 26 civilians were killed and vowed to
    retaliate": those killed made no vow; "said the deal was a step and urged Washington
    to ..."), and a verb of judging ("denied that the leader was to blame and accused the
    other side of ...")."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    cues = load_cues()
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        clause = verb.head
        if verb.dep_ != "conj" or clause.dep_ != "ccomp" or verb.i < clause.i:
            continue
        governor = clause.head
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        # a passive or copular clause: its subject is acted on or described, and makes no
        # statement of its own ("26 civilians were killed", "the deal was a step")
        passive = clause.lower_ in _BE_FORMS or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in clause.children
        )
        if not (
            verb.tag_ in ("VBZ", "VBD")
            and verb.tag_ == governor.tag_
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and any(c.dep_ in _SUBJECTS for c in governor.children)
            and (
                (marked and cues.has("reporting_verbs", verb))
                or (
                    passive
                    and (
                        cues.has("reporting_verbs", verb)
                        or cues.has("planned_governors", verb)
                        or cues.has("hypothetical_governors", verb)
                        or cues.has("judging_verbs", verb)
                    )
                )
            )
        ):
            continue
        changes.update(_conjunct_moved(verb, governor))
    return _rewrite(doc, changes)


def repair_past_verbs_joined_to_infinitives(doc: Doc) -> Doc:
    """A past verb the parser coordinated with an infinitive ("China had warned Washington
    not to allow the visit and accused the United States of ...": "accused" a conjunct of
    "allow", so Washington's act) is coordinated with the verb governing the infinitive,
    whose subject it shares, and so is its "and"; an infinitive's conjunct is a bare verb.
    So is a past participle after a governor in the perfect ("China has told its citizens to
    avoid Japan and suspended imports of seafood"), and one with no auxiliary after a past
    governor, which the tagger took for a participle ("urged both sides to stand down and
    offered to mediate"): it becomes the past verb it is."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        infinitive = verb.head
        perfect = verb.tag_ == "VBN" and _in_the_perfect(infinitive.head)
        past = (
            verb.tag_ == "VBN"
            and infinitive.head.tag_ == "VBD"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and infinitive.lower_ not in _PARTICIPLE_TAKING_INFINITIVES
        )
        if not (
            verb.dep_ == "conj"
            and (verb.tag_ == "VBD" or perfect or past)
            and infinitive.tag_ == "VB"
            and infinitive.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children)
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            continue
        governor = infinitive.head
        if governor.tag_ not in ("VBD", "VBN", "VBZ"):
            continue
        changes.update(_conjunct_moved(verb, governor))
        if past:
            changes[verb.i] = (governor.i, "conj", "VBD")
    return _rewrite(doc, changes)


# Infinitives a bare participle may follow ("to be seen and heard", "to get married").
_PARTICIPLE_TAKING_INFINITIVES = frozenset({"be", "get", "have", "become"})


# Words opening an adverbial clause of time or cause ("after migrants tried ...").
_CLAUSE_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "because", "once"})


def repair_past_verbs_joined_to_time_clauses(doc: Doc) -> Doc:
    """A past verb with no subject after ", and", which the parser coordinated with the verb
    of a closing time clause that has a subject of its own ("Poland sent troops to the border
    after migrants tried to break through a fence, and accused Minsk of ...": "accused" a
    conjunct of "tried", so the migrants'), is coordinated with the past verb the clause
    hangs on; without the comma it stays in the clause ("after protesters gathered and
    burned flags"). So is one with a subject of its own after a clause in the past perfect
    set off by commas ("met Wang in Beijing on Monday, days after Wang had visited
    Wellington, and the two agreed to keep talking")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        clause = verb.head
        start = verb.left_edge.i if verb.left_edge.i < verb.i else verb.i
        if not (
            verb.dep_ == "conj"
            and verb.tag_ == "VBD"
            and clause.dep_ == "advcl"
            and start >= 2
            and doc[start - 1].dep_ == "cc"
            and doc[start - 2].text == ","
            and (
                not any(c.dep_ in _SUBJECTS for c in verb.children)
                or (
                    _in_the_perfect(clause)
                    and not _in_the_perfect(verb)
                    and clause.left_edge.i > 0
                    and doc[clause.left_edge.i - 1].text == ","
                )
            )
            and any(c.dep_ in _SUBJECTS for c in clause.children)
            and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in clause.children)
        ):
            continue
        governor = clause.head
        if governor.tag_ == "VBD" and governor.i < clause.i:
            changes.update(_conjunct_moved(verb, governor))
    return _rewrite(doc, changes)


def repair_violent_verbs_joined_to_reporters(doc: Doc) -> Doc:
    """A past verb of violence the parser coordinated with a reporting verb, after the
    reported clause in the past perfect ("Blinken said the RSF had killed men and boys and
    raped women": "raped" a conjunct of "said"), is a conjunct of the reported verb: the
    reporter did not do it. So is a past verb of a material act of a kind the reported verb
    also reports ("the minister said Somalia had recalled its diplomats and ordered Kenyan
    diplomats to leave": two sanctions by Somalia), and an agreement after reported talks
    ("Misri said the directors of the two countries had spoken by telephone and agreed the
    halt": the talkers agreed) or after a clause of more than one ("Xi told Blinken that the
    two sides had made progress and agreed on some issues": one alone agrees with no one)."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        governor = verb.head
        if not (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and any(c.dep_ in ("dobj", "xcomp", "prep") for c in verb.children)
        ):
            continue
        reported = next(
            (
                c
                for c in governor.children
                if c.dep_ == "ccomp"
                and governor.i < c.i < verb.i
                and c.tag_ == "VBN"
                and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.children)
            ),
            None,
        )
        if reported is None:
            continue
        acts = _act_types(verb)
        told = _act_types(reported)
        agreed = "AGREE" in acts and ("CONSULT" in told or _plural_subject(reported))
        if not (
            ("ASSAULT" in acts or _material(acts & told) or agreed)
            and (any(c.dep_ == "dobj" for c in verb.children) or agreed)
        ):
            continue
        if load_cues().has("reporting_verbs", governor):  # the lexicon look-up last
            changes.update(_conjunct_moved(verb, reported))
            changes[verb.i] = (reported.i, "conj", "VBN")
    return _rewrite(doc, changes)


def _plural_subject(verb: Token) -> bool:
    """Whether a verb's subject names more than one ("the two sides", "Iran and Iraq")."""
    return any(
        c.dep_ in _SUBJECTS
        and (c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children))
        for c in verb.children
    )


def _closing_participle(token: Token, dep: str = "advcl") -> bool:
    """Whether a word is a participle after a comma, with no subject of its own, that the
    parser hung by ``dep`` ("..., killing about 1,200 people")."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == dep
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in _SUBJECTS for c in token.children)
    )


_SUBORDINATING_MARKS = frozenset({"while", "as", "because", "since", "although", "though"})


def repair_closing_participles_hung_in_subordinate_clauses(doc: Doc) -> Doc:
    """A participle closing the sentence that the parser hung on the verb of a subordinate
    clause with a subject of its own goes to the verb that clause depends on: "said the group
    would not hand over its weapons while Israel continued to occupy parts of Lebanon,
    rejecting a plan to disarm it" (the group rejects, not Israel); past a saying verb's
    clause, to the saying verb (the one saying so rejects it)."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for participle in doc:
        clause = participle.head
        if not (
            _closing_participle(participle)
            and participle.i > clause.i
            and participle.right_edge.i >= _last_word(participle.sent) - 1
            and clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATING_MARKS for c in clause.children)
            and any(c.dep_ in _SUBJECTS for c in clause.children)
        ):
            continue
        host = clause.head
        if host.dep_ == "ccomp" and load_cues().has("reporting_verbs", host.head):
            host = host.head  # "said the group would not ..., rejecting": the sayer rejects
        changes[participle.i] = (host.i, "advcl", None)
        comma = doc[participle.i - 1]
        if comma.head.i == clause.i:
            changes[comma.i] = (host.i, "punct", None)
    return _rewrite(doc, changes)


def repair_harm_participles_hung_on_charges(doc: Doc) -> Doc:
    """A closing participle of a material act that the parser hung on the verb of a charge
    after its "of" or "for" gerund of a material act ("accused China's coast guard of
    ramming and boarding a Philippine boat ..., injuring a sailor": "injuring" the accuser's)
    hangs on that gerund: the harm is part of the act charged."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for participle in doc:
        governor = participle.head
        if not _closing_participle(participle):
            continue
        charged = [
            g
            for p in governor.children
            if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < participle.i
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ]
        if not charged or not _material(_act_types(participle)):
            continue
        if _material(_act_types(charged[0])):
            changes[participle.i] = (charged[0].i, "advcl", None)
    return _rewrite(doc, changes)


def repair_harm_participles_hung_past_material_clauses(doc: Doc) -> Doc:
    """A closing participle of a material act that the parser hung on a verb of no material
    act past a time clause of one ending just before it ("said it was acting in self-defence
    after Hamas attacked southern Israel on Oct. 7, killing about 1,200 people": "killing"
    on "acting") hangs on that clause's verb: the harm is part of the act told there."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for participle in doc:
        governor = participle.head
        if not (
            _closing_participle(participle)
            and _material(_act_types(participle))
            and not _material(_act_types(governor))
        ):
            continue
        clause = next(
            (
                c
                for c in governor.children
                if c.dep_ == "advcl"
                and governor.i < c.i < participle.i
                and c.right_edge.i == participle.i - 2
                and any(g.dep_ in _SUBJECTS for g in c.children)
                and any(g.dep_ == "mark" for g in c.children)
            ),
            None,
        )
        if clause is not None and _material(_act_types(clause)):
            changes[participle.i] = (clause.i, "advcl", None)
    return _rewrite(doc, changes)


def repair_relative_clauses_read_as_adverbial(doc: Doc) -> Doc:
    """A clause opened by "in which" or "during which" that the parser hung on the verb of
    the sentence as an adverbial clause ("Ties soured after a border clash in June 2020 in
    which 20 soldiers were killed": "killed" on "soured") is a relative clause of the noun
    phrase before it, through its phrases of time or place ("clash")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        if verb.dep_ != "advcl" or not verb.tag_.startswith("VB"):
            continue
        opening = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ in ("in", "during")
                and c.i == verb.left_edge.i
                and any(w.lower_ == "which" and w.dep_ == "pobj" for w in c.children)
            ),
            None,
        )
        if opening is None or opening.i == 0:
            continue
        noun = doc[opening.i - 1]
        while (
            noun.head.i < opening.i
            and noun.dep_ in ("nummod", "compound", "amod", "pobj", "prep")
            and not (noun.dep_ == "pobj" and noun.head.head.tag_.startswith("VB"))
        ):
            noun = noun.head
        if noun.tag_ in _NOUN_TAGS and noun.i < opening.i:
            changes[verb.i] = (noun.i, "relcl", None)
    return _rewrite(doc, changes)


def repair_closing_participles_hung_on_phrases(doc: Doc) -> Doc:
    """A closing participle after a comma that the parser hung on the noun of a phrase of
    the main verb ("agreed to a ceasefire after talks in Malaysia hosted by Anwar, ending
    five days of fighting": "ending" on "talks") hangs on the main verb: the agreement ends
    the fighting, not the talks' host."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for participle in doc:
        noun = participle.head
        if not (
            _closing_participle(participle, "acl")
            and participle.lower_ not in ("including", "according")
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.tag_.startswith("VB")
        ):
            continue
        changes[participle.i] = (noun.head.head.i, "advcl", None)
        changes[participle.i - 1] = (noun.head.head.i, "punct", None)
    return _rewrite(doc, changes)


# Verbs that take a gerund as their object ("did not rule out developing cooperation")
_GERUND_TAKING_VERBS = frozenset(
    {"rule", "consider", "avoid", "stop", "resume", "begin", "start", "continue", "keep",
     "suggest", "propose", "discuss", "mull", "weigh", "contemplate", "envisage", "explore",
     "recommend"}
)  # fmt: skip


def repair_gerunds_read_as_modifiers_of_objects(doc: Doc) -> Doc:
    """A gerund right after a verb that takes one, read by the parser as a modifier of the
    event noun after it ("did not rule out developing military cooperation with North
    Korea": "developing" on "cooperation"), is the verb's object clause and the noun its
    object: it is the act ruled out, and the noun's doer is the verb's subject."""
    from storyline.events.triggers import load_lexicon  # the events stage's nouns

    nouns = load_lexicon().nouns
    changes: dict[int, tuple[int, str, str | None]] = {}
    for gerund in doc:
        noun = gerund.head
        verb = noun.head
        if not (
            gerund.tag_ == "VBG"
            and gerund.dep_ == "amod"
            and noun.dep_ == "dobj"
            and gerund.i == noun.left_edge.i
            and gerund.i > 0
            and noun.lower_ in nouns
        ):
            continue
        before = doc[gerund.i - 1]
        if before.i != verb.i and not (before.dep_ == "prt" and before.head.i == verb.i):
            continue
        if not _base_forms(verb.lower_) & _GERUND_TAKING_VERBS:
            continue
        changes[gerund.i] = (verb.i, "xcomp", None)
        changes[noun.i] = (gerund.i, "dobj", None)
    return _rewrite(doc, changes)


# Verbs whose object is asked or told to do what their infinitive says ("urged Putin to").
_OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "press", "persuade", "tell", "told", "order",
                                   "encourage", "invite", "implore", "beg", "instruct",
                                   "request", "pressure"})  # fmt: skip


def repair_asked_infinitives_read_as_purposes(doc: Doc) -> Doc:
    """An infinitive after a verb of asking or telling, its object and a phrase between
    ("urged Putin during talks in Sochi to release the prisoners"), that the parser read as
    an adverbial clause of purpose of the verb's subject: it is the act asked of the object,
    the verb's complement."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        if verb.pos_ == "NOUN" or not verb.tag_.startswith("VB"):
            continue
        if not _base_forms(verb.lower_) & _OBJECT_CONTROL_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for clause in verb.children:
            if not (
                clause.dep_ == "advcl"
                and clause.tag_ == "VB"
                and objects
                and objects[0].right_edge.i + 1 < clause.left_edge.i
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
                and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
                and any(p.dep_ == "prep" and objects[0].i < p.i < clause.i for p in verb.children)
            ):
                continue
            changes[clause.i] = (verb.i, "xcomp", None)
    return _rewrite(doc, changes)


def _base_forms(word: str) -> set[str]:
    """The forms a verb's base may have, its ending taken off by hand (the lemmatizer has
    not run): "ruled": rule, "considering": consider."""
    if word.endswith("ed"):
        return {word, word[:-1], word[:-2], word[:-3]}
    if word.endswith("ing"):
        return {word, word[:-3], word[:-3] + "e", word[:-4]}
    if word.endswith("s"):
        return {word, word[:-1], word[:-2]}
    return {word}


# Participles that name or say what the speaker thinks of a thing ("calling them provocative")
_NAMING_PARTICIPLES = frozenset({"calling", "describing", "terming", "labelling", "labeling",
                                 "dubbing", "branding"})  # fmt: skip


def repair_naming_participles_hung_on_reported_clauses(doc: Doc) -> Doc:
    """A closing participle of naming ("Trump said the United States would stop its
    exercises with South Korea while talks continue, calling them expensive and provocative")
    that the parser hung on the verb of the reported clause hangs on the reporting verb: the
    speaker names them so, not the clause's subject."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for participle in doc:
        if not (
            participle.lower_ in _NAMING_PARTICIPLES
            and participle.dep_ == "advcl"
            and participle.i > 0
            and doc[participle.i - 1].text == ","
        ):
            continue
        clause = participle.head
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        reporter = clause.head
        if (
            clause.dep_ == "ccomp"
            and reporter.i < clause.i
            and load_cues().has("reporting_verbs", reporter)
        ):
            changes[participle.i] = (reporter.i, "advcl", None)
    return _rewrite(doc, changes)


_SCENE_PREPOSITIONS = frozenset({"in", "at", "during"})
_POSSESSIVE_PRONOUNS = frozenset({"their", "its", "his", "her"})


def repair_scenes_hung_on_agreed_infinitives(doc: Doc) -> Doc:
    """A phrase naming the agreeing parties' own meeting that the parser hung on the
    infinitive of a past verb of agreeing ("agreed on Thursday to pursue a strategic
    relationship in their first meeting in a year": "in" a modifier of "pursue", so the
    meeting to come) hangs on the verb of agreeing: the meeting is where they agreed; so does
    one named by one of the parties' names ("in Lee's first visit to Japan")."""
    from storyline.events.triggers import load_lexicon  # the events stage's nouns

    nouns = load_lexicon().nouns
    changes: dict[int, tuple[int, str, str | None]] = {}
    for prep in doc:
        infinitive = prep.head
        governor = infinitive.head
        if not (
            prep.dep_ == "prep"
            and prep.lower_ in _SCENE_PREPOSITIONS
            and infinitive.dep_ == "xcomp"
            and infinitive.tag_ == "VB"
            and governor.tag_ == "VBD"
            and governor.lower_ in ("agreed", "decided", "pledged", "promised", "vowed")
        ):
            continue
        meeting = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # (or a name among the agreeing parties': "Lee and Ishiba agreed to strengthen
        # cooperation, in Lee's first visit to Japan")
        subjects = [c for c in governor.children if c.dep_ == "nsubj"]
        names = {t.lower_ for s in subjects for t in s.subtree if t.tag_ == "NNP"}
        if (
            meeting is not None
            and any(
                c.dep_ == "poss" and (c.lower_ in _POSSESSIVE_PRONOUNS or c.lower_ in names)
                for c in meeting.children
            )
            and any(r.type == "CONSULT" for r in nouns.get(meeting.lower_, ()))
        ):
            changes[prep.i] = (governor.i, "prep", None)
    return _rewrite(doc, changes)


def repair_purposes_hung_on_accord_participles(doc: Doc) -> Doc:
    """An infinitive of purpose that the parser hung on a participle describing a noun of an
    accord ("signed an agreement brokered by Russia to end six weeks of fighting": "to end" on
    "brokered") is the accord's own: what it settles, done by its parties, not by the
    broker."""
    from storyline.events.triggers import load_lexicon, word_forms  # the events stage's nouns

    accords = load_lexicon().accord_nouns
    changes: dict[int, tuple[int, str, str | None]] = {}
    for infinitive in doc:
        participle = infinitive.head
        noun = participle.head
        if (
            infinitive.dep_ == "advcl"
            and infinitive.tag_ == "VB"
            and any(c.tag_ == "TO" for c in infinitive.children)
            and participle.dep_ == "acl"
            and participle.tag_ == "VBN"
            and participle.i < infinitive.i
            and noun.i < participle.i
            and word_forms(noun) & accords
        ):
            changes[infinitive.i] = (noun.i, "acl", None)
    return _rewrite(doc, changes)


def _material(types: frozenset[str]) -> bool:
    """Whether some of these event types are material acts ("recalled" and "ordered" share
    SANCTION; "attacked" and "accused" share no type)."""
    from storyline.events.triggers import load_lexicon  # the events stage's ontology

    quads = load_lexicon().quads
    return any(quads.get(t, "").startswith("material") for t in types)


def _act_types(verb: Token) -> frozenset[str]:
    """Event types the events stage gives the verb of a past form or a gerund; the
    lemmatizer has not run, so the ending is taken off by hand."""
    from storyline.events.triggers import load_lexicon, word_forms  # the events stage's verbs

    word = verb.lower_
    # ("injuring", "ramming", "shelling"; "spoken", "met": irregular)
    forms = (_base_forms(word) if word.endswith(("ed", "ing")) else {word}) | word_forms(verb)
    verbs = load_lexicon().verbs
    return frozenset(r.type for f in forms for r in verbs.get(f, ()))


# Auxiliaries a simple past verb cannot share with the verb it is joined to ("had attacked
# and accused", "would not be intimidated and ordered")
_SHARED_AUXILIARIES = frozenset(
    {"had", "would", "will", "could", "should", "might", "may", "can", "must",
     # "said the region did not need military blocs and urged Tokyo to reflect"
     "did", "does", "do"}
)  # fmt: skip


_PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "'s", "'re"})


def repair_past_verbs_joined_to_reported_clauses(doc: Doc) -> Doc:
    """A simple past verb the parser coordinated with a reported verb that has an auxiliary
    ("Cambodia said Thai troops had attacked first and accused Bangkok of ...": "accused" a
    conjunct of "attacked", so the troops' act; "said Venezuela would not be intimidated and
    ordered the militia to deploy"; "said he would not resign and accused ...") is
    coordinated with the reporting verb, whose subject it shares: the auxiliary does not reach
    it."""
    from storyline.events.status import load_cues  # the events stage's reporting verbs

    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        reported = verb.head
        governor = reported.head
        if not (
            verb.dep_ == "conj"
            # a participle is no conjunct of a bare verb: "would not resign and accused"; nor
            # of a passive when it asks someone to act: "would not be intimidated and called
            # on citizens to join the militia"
            and (
                verb.tag_ == "VBD"
                or (verb.tag_ == "VBN" and reported.tag_ == "VB")
                or (verb.tag_ == "VBN" and reported.tag_ == "VBN" and _asks_someone(verb))
            )
            and reported.dep_ == "ccomp"
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            # (or a past by "did": "China did not say whether its troops had suffered
            # casualties but accused India ...")
            and (governor.tag_ == "VBD" or _past_by_did(governor))
            and governor.i < reported.i
        ):
            continue
        auxiliaries = [c for c in reported.children if c.dep_ in ("aux", "auxpass")]
        if (
            any(c.lower_ in _SHARED_AUXILIARIES for c in auxiliaries)
            or (
                # "said the two former enemies were moving towards normal ties and praised
                # Trong": a simple past is no conjunct of a progressive
                verb.tag_ == "VBD"
                and reported.tag_ == "VBG"
                and any(c.lower_ in _PROGRESSIVE_AUXILIARIES for c in auxiliaries)
            )
            or (
                # "said nine people were killed in the strikes and summoned Pakistan's envoy": a
                # past verb with an object is no conjunct of a passive
                reported.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in auxiliaries)
                and (
                    (verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children))
                    or (verb.tag_ == "VBN" and _asks_someone(verb))
                )
            )
        ):
            # (or a verb of the speaker's own reported clause: "Putin said he hoped the
            # understanding would open the way to peace, and invited Trump to Moscow")
            if load_cues().has("reporting_verbs", governor) or (
                governor.dep_ == "ccomp"
                and any(c.dep_ == "nsubj" for c in governor.children)
                and load_cues().has("reporting_verbs", governor.head)
            ):  # the lexicon look-up last
                changes.update(_conjunct_moved(verb, governor))
        elif _subjunctive(reported, auxiliaries):
            # "demanded that Takaichi retract the comments and warned Chinese citizens ...":
            # a past verb is no conjunct of the demanded act
            changes.update(_conjunct_moved(verb, governor))
    return _rewrite(doc, changes)


def _past_by_did(verb: Token) -> bool:
    """Whether a bare verb is a past by its auxiliary "did" ("did not say")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)


def _asks_someone(verb: Token) -> bool:
    """Whether a verb asks someone named after its preposition to act ("called on citizens
    to join", "appealed to the rebels to lay down their arms"): no passive takes both."""
    return any(c.dep_ == "xcomp" for c in verb.children) and any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" for o in p.children) for p in verb.children
    )


def _subjunctive(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether a verb is the bare form after "that" with a subject of its own and no
    auxiliary ("demanded that Takaichi retract")."""
    return (
        verb.tag_ == "VB"
        and not auxiliaries
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _in_the_perfect(verb: Token) -> bool:
    """Whether a verb is a past participle after "has", "have" or "had"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children
    )


def _conjunct_moved(verb: Token, governor: Token) -> dict[int, tuple[int, str, str | None]]:
    """A conjunct verb hung on ``governor`` instead of its head, with the "and" between."""
    head = verb.head
    changes: dict[int, tuple[int, str, str | None]] = {verb.i: (governor.i, "conj", None)}
    for c in head.children:
        if c.dep_ == "cc" and head.i < c.i < verb.i:
            changes[c.i] = (governor.i, "cc", None)
    return changes


_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def repair_verbs_read_as_modifiers(doc: Doc) -> Doc:
    """A sentence headed by a bare noun with a past verb before it (only the noun's
    modifiers between them), read as the noun's modifier, and a name right before the verb
    ("Pakistan shared intelligence on militants with the United States": "intelligence" the
    root, "shared" its modifier, "Pakistan" a loose noun phrase): the verb heads the
    sentence, the name is its subject and the noun its object. The subject may be a noun
    whose phrase opens with its owner ("Burma's military junta relaxed restrictions"), and
    the noun may be the clause of a reporting verb after it ("..., diplomats said"), which
    the verb then is. A name so read is the verb's object when the verb has a subject of
    its own ("President Lee hosted Xi for a state visit")."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        noun = sent.root
        head, dep = None, "ROOT"
        # "Burma's military junta relaxed restrictions on ..., diplomats said": the noun is
        # the clause of a reporting verb after it
        reported = next(
            (c for c in noun.lefts if c.dep_ in ("ccomp", "dep") and c.tag_ in ("NN", "NNS")),
            None,
        )
        if noun.tag_.startswith("VB") and reported is not None:
            noun, head, dep = reported, noun, "ccomp"
        if noun.tag_ in ("NNP", "NNPS") and head is None:
            changes.update(_verb_before_named_root(noun))
            continue
        if noun.tag_ not in ("NN", "NNS"):
            continue
        # the verb, tagged as a past form or as an "-ed" adjective, and the words between it
        # and the noun all the noun's modifiers ("Chad unleashed baton-wielding militiamen")
        verb = next(
            (
                t
                for t in noun.lefts
                if t.dep_ == "amod"
                and (t.tag_ in ("VBD", "VBN") or (t.tag_ == "JJ" and t.lower_.endswith("ed")))
            ),
            None,
        )
        if verb is None or verb.i - sent.start < 1:
            continue
        name = doc[verb.i - 1]
        between = doc[verb.i + 1 : noun.i]
        # the subject: a name ("Pakistan"), or a noun whose phrase opens the sentence with
        # its owner ("Burma's military junta")
        subject = name.tag_ in _NAME_TAGS or (
            name.tag_ in ("NN", "NNS")
            and name.dep_ in ("nmod", "compound", "nsubj")
            and any(c.dep_ == "poss" for c in doc[sent.start : name.i])
        )
        # "Myanmar's military seized power": a word read as a modifier right after an owner
        # and before the verb ends the owner's noun phrase, so it is a noun
        owned_adjective = (
            name.tag_ in ("JJ", "NN")
            and name.dep_ == "amod"
            and name.i - sent.start >= 2
            and doc[name.i - 1].tag_ == "POS"
        )
        subject = subject or owned_adjective
        # the words before the verb are the subject's phrase, whether the parser hung them
        # on the subject or on the noun ("Burma's" on "restrictions")
        opening = name.left_edge.i == sent.start or all(
            sent.start <= t.head.i < verb.i or t.head.i == noun.i for t in doc[sent.start : verb.i]
        )
        if (
            subject
            and name.head.i in (noun.i, verb.i)
            and opening
            and all(t.head.i == noun.i or noun.i > t.head.i > verb.i for t in between)
            and not any(c.dep_ in ("det", "poss") for c in noun.children if c.i > verb.i)
        ):
            changes[verb.i] = (verb.i if head is None else head.i, dep, "VBD")
            changes[name.i] = (verb.i, "nsubj", "NN" if owned_adjective else None)
            changes[noun.i] = (verb.i, "dobj", None)
            if owned_adjective:
                # "... seized power on Monday and detained ...": the time and the verbs
                # joined after the object are the verb's
                for t in noun.rights:
                    joined = t.dep_ in ("cc", "conj") and (t.dep_ == "cc" or t.tag_ == "VBD")
                    if joined or (t.dep_ == "prep" and _names_a_day(t)):
                        changes[t.i] = (verb.i, t.dep_, None)
            # the name's own modifiers stay on it; the noun's before the verb go with the name
            for t in doc[sent.start : verb.i]:
                if t.head.i == noun.i and t.i != name.i:
                    changes[t.i] = (name.i, t.dep_, None)
    return _rewrite(doc, changes)


def _verb_before_named_root(name: Token) -> dict[int, tuple[int, str, str | None]]:
    """A name heading the sentence with a past verb right before it, read as the name's
    modifier though the verb has a subject of its own ("South Korean President Lee
    Jae-myung hosted Xi for a state visit": "Xi" the root): the verb heads the sentence,
    the name is its object, and the name's phrases after it are the verb's."""
    verb = name.doc[name.i - 1] if name.i > 0 else None
    if (
        verb is None
        or verb.dep_ != "amod"
        or verb.head.i != name.i
        or verb.tag_ not in ("VBD", "VBN")
        or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    ):
        return {}
    changes: dict[int, tuple[int, str, str | None]] = {
        verb.i: (verb.i, "ROOT", "VBD"),
        name.i: (verb.i, "dobj", None),
    }
    for child in name.rights:
        changes[child.i] = (verb.i, child.dep_, None)
    return changes


def repair_verbs_read_as_modifiers_of_objects(doc: Doc) -> Doc:
    """A sentence opened by a capitalised word and a past verb, which the parser read as the
    sentence's noun root and a modifier of the name after the verb ("Trump accused
    Zelenskiy of gambling ...": "Trump" the root, "accused" a modifier of "Zelenskiy", its
    object): the verb heads the sentence, the first word is its subject, the name its object,
    and the first word's other phrases the verb's."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        first = doc[sent.start]
        if first.i + 2 >= sent.end or not first.is_title or first.tag_ not in _NOUN_TAGS:
            continue
        verb, name = doc[first.i + 1], doc[first.i + 2]
        # the first word the root and the name its object, or the name the root and the
        # first word its modifier ("Trump" tagged a common noun)
        if sent.root.i == first.i:
            root, linked = first, name.head.i == first.i
        else:
            root, linked = name, sent.root.i == name.i and first.head.i == name.i
        if not (
            linked
            and verb.dep_ == "amod"
            and verb.tag_ in ("VBD", "VBN")
            and verb.head.i == name.i
            and name.tag_ in _NAME_TAGS
        ):
            continue
        changes[verb.i] = (verb.i, "ROOT", "VBD")
        changes[first.i] = (verb.i, "nsubj", "NNP")
        changes[name.i] = (verb.i, "dobj", None)
        for child in root.children:
            if child.i in (verb.i, name.i, first.i):
                continue
            if root.i == first.i or child.dep_ in ("punct", "cc", "conj"):
                changes[child.i] = (verb.i, child.dep_, None)
    return _rewrite(doc, changes)


def repair_past_verbs_read_as_modifiers_of_conjuncts(doc: Doc) -> Doc:
    """A past verb after "and" that the parser read as a modifier of the noun after it, the
    noun a conjunct of the verb before ("boarded Philippine navy boats ... and seized
    weapons": "seized" a modifier of "weapons", "weapons" a conjunct of "boarded"): the verb
    is the conjunct, the noun its object. So is a participle sharing the perfect of the verb
    before whose object the noun was joined to ("had massed thousands of troops along the
    border and threatened military action unless ...": "action" a conjunct of "thousands"),
    with the "and" and a clause of condition after the noun."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        noun = verb.head
        first = noun.head
        if first.tag_ in _NOUN_TAGS and first.dep_ == "dobj" and _in_the_perfect(first.head):
            first = first.head  # the noun joined to the object of "had massed"
            participle = verb.tag_ == "VBN"
        else:
            participle = False
        if not (
            verb.dep_ == "amod"
            and (verb.tag_ == "VBD" or participle)
            and noun.dep_ == "conj"
            and noun.tag_ in _NOUN_TAGS
            and (first.pos_ == "VERB" or participle)  # (a participle's "first" is a verb)
            and first.i < verb.i < noun.i
            and noun.left_edge.i == verb.i
            and doc[verb.i - 1].dep_ == "cc"
        ):
            continue
        changes[verb.i] = (first.i, "conj", None)
        changes[noun.i] = (verb.i, "dobj", None)
        if participle:
            changes[verb.i - 1] = (first.i, "cc", None)
            for clause in first.children:
                if clause.dep_ == "advcl" and clause.left_edge.i == noun.right_edge.i + 1:
                    changes[clause.i] = (verb.i, "advcl", None)  # "unless Syria expelled ..."
    return _rewrite(doc, changes)


def repair_verbs_read_as_modifiers_of_subjects(doc: Doc) -> Doc:
    """A past verb between two names, read as a modifier of the second name, which the
    parser made the subject of a verb after it ("South Korean President Lee Jae-myung hosted
    Trump in Gyeongju on Wednesday and gave him a gold crown": "hosted" a modifier of
    "Trump", "Trump" the subject of "gave"): the verb takes the later verb's place, the
    first name is its subject, the second its object with its phrases after it, and the
    later verb a conjunct of it."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        name = verb.head
        if not (
            verb.dep_ == "amod"
            and verb.tag_ in ("VBD", "VBN")
            and name.i == verb.i + 1
            and name.tag_ in _NAME_TAGS
            and name.dep_ == "nsubj"
            and verb.i > 0
        ):
            continue
        subject, later = doc[verb.i - 1], name.head
        # a name, or the last part of a hyphenated one ("Jae-myung", tagged an adjective)
        named = subject.tag_ in _NAME_TAGS or (
            subject.i >= 2
            and doc[subject.i - 1].text == "-"
            and doc[subject.i - 2].tag_ in _NAME_TAGS
        )
        if not (
            named
            and subject.head.i == name.i
            and later.i > name.i
            and later.tag_.startswith("VB")
            and any(c.dep_ == "cc" for c in name.children)
        ):
            continue
        top = later.head.i if later.head.i != later.i else verb.i
        changes[verb.i] = (top, later.dep_ if later.head.i != later.i else "ROOT", "VBD")
        changes[later.i] = (verb.i, "conj", None)
        changes[subject.i] = (verb.i, "nsubj", None)
        changes[name.i] = (verb.i, "dobj", None)
        for t in doc[name.left_edge.i : verb.i]:
            if t.head.i == name.i and t.i != subject.i:
                changes[t.i] = (subject.i, t.dep_, None)
        for child in name.rights:
            changes[child.i] = (verb.i, child.dep_, None)
        for child in later.children:  # a reporting clause before, the closing full stop
            if (child.dep_ in ("punct", "ccomp") and child.i < name.i) or (
                child.dep_ == "punct" and child.i == _last_word(later.sent)
            ):
                changes[child.i] = (verb.i, child.dep_, None)
    return _rewrite(doc, changes)


# Past forms that may be auxiliaries (the step runs before the lemmatizer); any other past
# verb the parser reads as one is a misread verb.
_PAST_AUXILIARIES = frozenset(
    {"was", "were", "had", "did", "could", "would", "might", "should", "must", "got", "used"}
    | {"ought", "needed", "dared", "'d", "’d"}
)


def repair_verbs_read_as_auxiliaries(doc: Doc) -> Doc:
    """A past verb right before an "-ed" adjective of its object, read as the auxiliary of
    that adjective ("Israeli warplanes blasted suspected Hezbollah positions", "a convoy
    reached besieged Sarajevo": "blasted" the auxiliary of "suspected", "positions" its
    object): the verb takes the adjective's place in the clause, with its object and its
    other words, and the adjective goes back to the noun it describes."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for verb in doc:
        adjective = verb.head
        if (
            verb.dep_ != "aux"
            or verb.tag_ != "VBD"
            or verb.lower_ in _PAST_AUXILIARIES
            or adjective.i != verb.i + 1
            or adjective.tag_ != "VBN"
        ):
            continue
        noun = next(
            (c for c in adjective.rights if c.dep_ == "dobj" and c.tag_ in _NOUN_TAGS), None
        )
        if noun is None:
            continue
        root = adjective.head.i == adjective.i
        changes[verb.i] = (verb.i if root else adjective.head.i, adjective.dep_, None)
        changes[adjective.i] = (noun.i, "amod", "JJ")
        for child in adjective.children:
            if child.i != verb.i:
                changes[child.i] = (verb.i, child.dep_, None)
    return _rewrite(doc, changes)


# Particles a participle's misread verb carries as prepositions ("handed in their weapons").
_VERB_PARTICLES = frozenset({"in", "over", "out", "back", "up", "down", "off"})


def repair_verbs_read_as_participles(doc: Doc) -> Doc:
    """A sentence headed by a noun phrase with no finite verb, whose last "of" noun is
    followed by a past form read as that noun's participle though it has an object or a
    particle ("Some 2,000 fighters of the UNITA rebel movement handed in their weapons":
    "fighters" the root, "handed" a modifier of "movement"): the verb heads the sentence
    and the noun phrase is its subject. A participle set off by a comma ("the movement,
    backed by Angola,") or with an auxiliary or subject of its own stays."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("NN", "NNS") or root.left_edge.i != sent.start:
            continue
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != root.i for t in sent):
            continue
        verb = _participle_of_last_of_noun(root)
        if verb is None:
            continue
        changes[verb.i] = (verb.i, "ROOT", "VBD")
        changes[root.i] = (verb.i, "nsubj", None)
    return _rewrite(doc, changes)


def _participle_of_last_of_noun(root: Token) -> Token | None:
    """The past participle hung on the last noun of ``root``'s chain of "of" phrases, right
    after it, that carries an object or a particle; or None."""
    noun = root
    while True:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if not objects:
            break
        noun = objects[0]
    if noun.i == root.i:
        return None
    verb = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
    # right after the noun, not set off by a comma
    if verb is None or verb.left_edge.i != noun.i + 1 or verb.i != noun.i + 1:
        return None
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in children):
        return None
    carries = any(c.dep_ in ("dobj", "prt") for c in children) or any(
        c.dep_ == "prep" and c.lower_ in _VERB_PARTICLES and c.i == verb.i + 1 for c in children
    )
    return verb if carries else None


# What a participle hung inside an apposition does not carry, but the sentence's verb does.
_VERB_COMPLEMENTS = frozenset({"dobj", "dative", "prt", "xcomp", "ccomp"})


def repair_verbs_read_as_participles_after_appositions(doc: Doc) -> Doc:
    """A sentence headed by a name or noun with an apposition set off by commas and no
    finite verb, whose past form right after the apposition's closing comma was read as a
    participle of a noun inside it though it takes an object or a clause ("Argentina,
    Brazil and Chile, the guarantors of a border treaty, called on both countries to stop
    fighting": "called" a modifier of "treaty"): the verb heads the sentence and the noun its
    subject. A participle with an auxiliary, subject or agent of its own stays."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("NN", "NNS", "NNP", "NNPS") or root.left_edge.i != sent.start:
            continue
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            continue
        for apposition in (c for c in root.children if c.dep_ == "appos"):
            # a participle right after a comma inside the apposition
            verb = next(
                (
                    t
                    for t in apposition.subtree
                    if t.dep_ == "acl"
                    and t.tag_ == "VBN"
                    and t.left_edge.i == t.i
                    and doc[t.i - 1].text == ","
                ),
                None,
            )
            if verb is None:
                continue
            children = list(verb.children)
            if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in children):
                continue
            if not any(c.dep_ in _VERB_COMPLEMENTS for c in children):
                continue
            changes[verb.i] = (verb.i, "ROOT", "VBD")
            changes[root.i] = (verb.i, "nsubj", None)
            changes[verb.i - 1] = (root.i, "punct", None)
            for child in root.children:  # the closing stop
                if child.dep_ == "punct" and child.i > verb.i:
                    changes[child.i] = (verb.i, "punct", None)
            break
    return _rewrite(doc, changes)


_RELATIVE_WORDS = frozenset({"where", "when", "which", "that", "who", "whom"})


def repair_subjects_read_as_relative_clauses(doc: Doc) -> Doc:
    """The subject of a relative clause read as the clause itself, its verb hung on the
    sentence with no subject ("into the Ogaden desert, where Somali-backed guerrillas have
    been fighting for weeks": "guerrillas" a relative clause on "desert", "fighting" an
    adverbial clause of "accused"): the verb heads the relative clause, the noun its subject."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for noun in doc:
        if noun.dep_ != "relcl" or not noun.tag_.startswith("NN"):
            continue
        relative = [c for c in noun.children if c.lower_ in _RELATIVE_WORDS and c.i < noun.i]
        if not relative:
            continue
        verb = next(
            (t for t in doc[noun.i + 1 : noun.sent.end] if t.dep_ not in ("aux", "auxpass", "neg")),
            None,
        )
        if (
            verb is None
            or not verb.tag_.startswith("VB")
            or verb.head.i == noun.i
            or any(c.dep_ in _SUBJECTS for c in verb.children)
            or not all(doc[i].head.i == verb.i for i in range(noun.i + 1, verb.i))
            or verb.is_ancestor(noun)
        ):
            continue
        changes[verb.i] = (noun.head.i, "relcl", None)
        changes[noun.i] = (verb.i, "nsubj", None)
        for word in relative:
            changes[word.i] = (verb.i, word.dep_, None)
    return _rewrite(doc, changes)


def repair_clauses_hung_across_semicolons(doc: Doc) -> Doc:
    """A clause with its own subject before a semicolon, read as a complement of the clause
    after it ("He did not meet Naruhito again; the two had met on Monday": "meet" a
    complement of "met"): the first clause heads the sentence, the second stands beside it."""
    changes: dict[int, tuple[int, str, str | None]] = {}
    for sent in doc.sents:
        root = sent.root
        for clause in root.children:
            if not (
                clause.i < root.i
                and clause.dep_ in ("ccomp", "advcl", "parataxis")
                and any(c.dep_ in _SUBJECTS for c in clause.children)
                and any(c.dep_ in _SUBJECTS and c.i > clause.i for c in root.children)
            ):
                continue
            semicolons = [
                c for c in root.children if c.text == ";" and clause.right_edge.i < c.i < root.i
            ]
            if not semicolons:
                continue
            changes[clause.i] = (clause.i, "ROOT", None)
            changes[root.i] = (clause.i, "parataxis", None)
            changes[semicolons[0].i] = (clause.i, "punct", None)
            break
    return _rewrite(doc, changes)


# The repairs that parse sentence parts again, in order (they take the parser).
_REPARSING_REPAIRS: tuple[Callable[..., Doc], ...] = (
    repair_acronyms_read_as_words,
    repair_names_read_as_words_at_sentence_start,
    repair_datelines_read_into_the_clause,
    repair_opening_phrases,
)

# The other repairs, in order.
_REPAIRS: tuple[Callable[[Doc], Doc], ...] = (
    repair_noun_tags,
    attach_particles,
    repair_particles_with_objects,
    repair_participles_read_as_main_verbs,
    repair_participles_read_as_adverbial_clauses,
    repair_verbs_read_into_subject_relatives,
    repair_trailing_reporters,
    repair_reporters_read_into_their_clause,
    repair_clauses_read_as_objects_of_apposed_relatives,
    repair_reported_clauses_read_as_relatives,
    repair_clauses_after_relative_reporters,
    repair_phrases_hung_on_reported_clauses,
    repair_phrases_hung_on_durations,
    repair_days_hung_past_deadlines,
    repair_subjects_read_into_spans_of_time,
    repair_times_hung_past_relative_clauses,
    repair_days_hung_on_naming_relatives,
    repair_named_objects_read_as_clauses,
    repair_subjects_read_as_conjuncts_of_objects,
    repair_subjects_read_as_conjuncts_of_days,
    repair_doers_of_act_nouns_hung_on_verbs,
    repair_place_prepositions_read_as_adjectives,
    repair_objects_read_as_subjects_of_next_clauses,
    repair_clauses_read_as_objects_of_time_prepositions,
    repair_clauses_read_as_prepositional_phrases,
    repair_participles_read_as_verbs_after_prepositions,
    repair_origins_hung_on_meeting_verbs,
    repair_days_hung_on_state_participles,
    repair_days_read_into_subjects,
    repair_days_hung_on_purposes,
    repair_targets_hung_on_object_conjuncts,
    repair_requested_acts_hung_on_verbs,
    repair_subjects_read_into_marked_gerunds,
    repair_speakers_read_into_objects,
    repair_subjects_of_second_absolute_clauses,
    repair_names_read_into_persona_non_grata,
    repair_objects_after_interrupting_phrases,
    repair_objects_read_into_predicates,
    repair_act_nouns_read_as_verbs_of_objects,
    repair_gerunds_hung_on_infinitives,
    repair_participles_hung_on_told_infinitives,
    repair_objects_read_into_counts_of_times,
    repair_reported_verbs_read_as_participles,
    repair_past_verbs_joined_to_infinitives,
    repair_reporters_joined_to_their_clause,
    repair_past_verbs_joined_to_time_clauses,
    repair_past_verbs_joined_to_reported_clauses,
    repair_violent_verbs_joined_to_reporters,
    repair_harm_participles_hung_on_charges,
    repair_closing_participles_hung_in_subordinate_clauses,
    repair_harm_participles_hung_past_material_clauses,
    repair_gerunds_read_as_modifiers_of_objects,
    repair_relative_clauses_read_as_adverbial,
    repair_closing_participles_hung_on_phrases,
    repair_scenes_hung_on_agreed_infinitives,
    repair_purposes_hung_on_accord_participles,
    repair_naming_participles_hung_on_reported_clauses,
    attach_kind_nouns,
    repair_dateline_subjects,
    repair_conjoined_names,
    repair_owned_nouns_read_as_modifiers,
    repair_names_cut_from_conjoined_places,
    repair_names_of_places_joined_to_the_place_before,
    repair_partners_cut_from_between_phrases,
    repair_predicates_read_into_object_phrases,
    repair_names_cut_from_hyphenated_modifiers,
    repair_names_apposed_to_titles,
    repair_names_between_commas_read_as_adverbs,
    repair_names_read_as_second_objects,
    repair_participles_hung_on_recipients_of_statements,
    repair_modifiers_read_as_conjuncts,
    repair_appositions_hung_across_clauses,
    repair_titles_split_from_names,
    repair_doubled_subjects,
    repair_conjuncts_of_relative_clauses,
    repair_verbs_read_as_modifiers,
    repair_subjects_read_as_relative_clauses,
    repair_verbs_read_as_modifiers_of_subjects,
    repair_verbs_read_as_modifiers_of_objects,
    repair_past_verbs_read_as_modifiers_of_conjuncts,
    repair_verbs_read_as_participles,
    repair_verbs_read_as_participles_after_appositions,
    repair_verbs_read_as_auxiliaries,
    repair_clauses_hung_across_semicolons,
    repair_asked_infinitives_read_as_purposes,
)
