"""Event dates from an office holder's term ("at the end of Bill Clinton's presidency").

A look-back article often dates an event only by whose term it fell in. With the holder's
dated roles from the actor registry, such a phrase gives bounds (never a value): the whole
term ("during Kim Dae-jung's presidency"), or its first or last year ("at the end of", "early
in"). Word lists: ``time_lexicon.yaml``, section ``role_anchors``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Token

from storyline.datafiles import load_packaged
from storyline.records import EventDate

__all__ = ["role_anchor", "TermRole"]

TermRole = tuple[str, str | None, str | None]  # (title, start, end) of one dated role
_VERB_POS = ("VERB", "AUX")


@cache
def _lexicon() -> dict[str, Any]:
    return (load_packaged("time_lexicon.yaml") or {}).get("role_anchors") or {}


def role_anchor(
    trigger: Token, roles_of: Callable[[Token], Sequence[TermRole]]
) -> EventDate | None:
    """Bounds for the event of ``trigger`` from a term phrase attached to its clause;
    ``roles_of(token)`` gives the dated roles of the actor a token names (none if it names
    no registered person)."""
    lexicon = _lexicon()
    offices: dict[str, list[str]] = lexicon.get("offices") or {}
    clause = _clause(trigger)
    if clause is None:
        return None
    heads = {clause.i} | {c.i for c in clause.conjuncts}
    for token in trigger.sent:
        if token.lemma_.lower() not in offices or token.dep_ != "pobj":
            continue
        phase, prep = _phase_and_preposition(token, lexicon)
        if prep is None or prep.head.i not in heads:
            continue  # the phrase dates another clause
        if phase is None and prep.lower_ not in (lexicon.get("whole") or ()):
            continue
        holder = next((c for c in token.children if c.dep_ in ("poss", "compound")), None)
        if holder is None:
            continue
        titles = offices[token.lemma_.lower()]
        roles = [
            r for r in roles_of(holder) if not titles or any(t in r[0].lower() for t in titles)
        ]
        dated = [r for r in roles if r[1] and r[2]]
        if not dated:
            continue
        text = trigger.doc[prep.i : token.i + 1].text
        return _bounds(dated, phase, int(lexicon.get("phase_days") or 365), text)
    return None


def _clause(trigger: Token) -> Token | None:
    node = trigger
    for _ in range(12):
        if node.pos_ in _VERB_POS:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _phase_and_preposition(office: Token, lexicon: dict) -> tuple[str | None, Token | None]:
    """("end", "At") for "At the end of X's presidency"; (None, "during") for "during X's
    presidency"."""
    phases: dict[str, str] = lexicon.get("phases") or {}
    prep = office.head
    if prep.dep_ != "prep":
        return None, None
    if prep.lower_ != "of":
        return None, prep
    part = prep.head  # "the end", "the final months"
    words = [part] + [c for c in part.children if c.dep_ == "amod"]
    phase = next((phases[w.lower_] for w in words if w.lower_ in phases), None)
    if phase is None or part.dep_ != "pobj" or part.head.dep_ != "prep":
        return None, None
    return phase, part.head


def _bounds(roles: Sequence[TermRole], phase: str | None, days: int, text: str) -> EventDate:
    first = min(r[1] for r in roles if r[1])
    last = max(r[2] for r in roles if r[2])
    if phase == "end":
        end = max(roles, key=lambda r: r[2] or "")
        start = max(end[1] or first, _shift(last, -days))
        return EventDate(earliest=start, latest=last, rule=f"role: {text}")
    if phase == "start":
        begin = min(roles, key=lambda r: r[1] or "")
        stop = min(begin[2] or last, _shift(first, days))
        return EventDate(earliest=first, latest=stop, rule=f"role: {text}")
    return EventDate(earliest=first, latest=last, rule=f"role: {text}")


def _shift(iso: str, days: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()
