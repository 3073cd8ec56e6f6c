"""The state a country code stood for on a date (``state_successions.yaml``), and an actors
analysis with its countries read at its document's date."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.actors.registry import Registry
from storyline.datafiles import load_packaged
from storyline.records import ActorAnalysis, ActorMention


@cache
def _successions() -> dict[str, tuple[str, str]]:
    data = load_packaged("state_successions.yaml") or {}
    return {
        str(s["state"]): (str(s["since"]), str(s["before"])) for s in data.get("successions") or ()
    }


@cache
def _dissolutions() -> dict[str, tuple[str, str]]:
    data = load_packaged("state_successions.yaml") or {}
    return {
        str(s["state"]): (str(s["until"]), str(s["after"])) for s in data.get("dissolutions") or ()
    }


def state_on(code: str | None, on: str | None) -> str | None:
    """``code``, or the state its territory belonged to when ``on`` is before it existed or
    after it ceased to exist."""
    seen = 0
    while code is not None and on and seen < 4:
        until, after = _dissolutions().get(code, ("", ""))
        # (a month or year the state ended in is still partly its own: "1990" is East Germany's)
        if until and (on[: len(until)], len(on)) >= (until[: len(on)], len(until)):
            code, seen = after, seen + 1
            continue
        since, before = _successions().get(code, ("", ""))
        if not since or on[: len(since)] >= since[: len(on)]:
            return code
        code, seen = before, seen + 1
    return code


def states_at(analysis: ActorAnalysis, on: str | None, registry: Registry) -> ActorAnalysis:
    """``analysis`` with every actor's country as it was on ``on`` ("reg:SSD" in 1995 becomes
    "reg:SDN", "new:SSD:rebels" "new:SDN:rebels")."""
    if not on:
        return analysis
    renamed: dict[str, str] = {}
    actors = {}
    for key, actor in analysis.actors.items():
        country = state_on(actor.country, on)
        if country == actor.country:
            actors.setdefault(key, actor)
            continue
        if key == f"reg:{actor.country}":
            new = registry.actor(country)  # the state itself
        else:
            head, _, rest = key.partition(":")
            code, _, tail = rest.partition(":")
            keyed = head in ("new", "unnamed") and code == actor.country
            new = replace(actor, key=f"{head}:{country}:{tail}" if keyed else key, country=country)
        renamed[key] = new.key
        actors.setdefault(new.key, new)
    if not renamed:
        return analysis
    for key, actor in actors.items():
        if actor.affiliation in renamed:
            actors[key] = replace(actor, affiliation=renamed[actor.affiliation])
    mentions: list[ActorMention] = [
        replace(m, actor_key=renamed.get(m.actor_key, m.actor_key)) for m in analysis.mentions
    ]
    return ActorAnalysis(actors=actors, mentions=mentions)
