"""Plural role nouns naming several countries' office holders at once.

"the presidents of China, Russia and rival South Korea", "the Japanese and South Korean
foreign ministers": one ``roles`` Candidate whose ids are the country codes; the linker
emits one mention per holder found (antecedent, else the holder on the date).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import filter_spans

from storyline.actors.mentions import Candidate, matchers, plural
from storyline.actors.registry import Registry


def _country_at(doc: Doc, i: int, registry: Registry) -> tuple[str | None, int]:
    """A country named (or qualified by a demonym) at token i: its code and token length."""
    for size in (5, 4, 3, 2, 1):  # "the Democratic Republic of the Congo", "Chile"
        if i + size <= len(doc):
            text = doc[i : i + size].text
            entry = registry.country_entry(text)
            if entry is not None and entry.kind == "country":
                return entry.id, size
    return None, 0


def plural_role_candidates(doc: Doc, registry: Registry, taken: set[int]) -> list[Candidate]:
    """Plural role nouns naming several countries: "the presidents of China and Russia",
    "the Japanese and South Korean foreign ministers" (one Candidate, ids = country codes)."""
    _, lower = matchers(registry, doc)
    out = []
    spans = [doc[s:e] for m, s, e in lower(doc) if doc.vocab.strings[m].startswith("S|")]
    glue = {",", "and", "&"}
    for span in filter_spans(spans):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        codes: list[str] = []
        j = span.start - 1
        while j >= span.sent.start:  # "the Japanese and South Korean foreign ministers"
            if doc[j].lower_ in glue and codes:
                j -= 1
                continue
            found = None
            for size in (2, 1):
                if j - size + 1 >= 0 and doc[j - size + 1].is_title:
                    found = registry.country_of_demonym(doc[j - size + 1 : j + 1].text)
                    if found:
                        j -= size
                        break
            if not found:
                break
            codes.insert(0, found)
        if j < 0 or doc[j].lower_ != "the":
            continue
        if not codes and span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            k = span.end + 1
            while k < len(doc) and k < span.sent.end:  # "of China, Russia and rival South Korea"
                code, size = _country_at(doc, k, registry)
                if code:
                    codes.append(code)
                    k += size
                elif doc[k].lower_ in glue or doc[k].pos_ == "ADJ" or doc[k].lower_ == "the":
                    k += 1
                else:
                    break
        singular = registry.titles_for_form(_singular_form(span.text.lower(), registry))
        if len(codes) >= 2 and singular:
            key = _singular_form(span.text.lower(), registry)
            out.append(Candidate(j, span.end, "roles", list(dict.fromkeys(codes)), key=key))
    return out


def _singular_form(text: str, registry: Registry) -> str:
    return next((f for f in registry.role_forms() if plural(f) == text), text)
