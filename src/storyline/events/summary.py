"""One-line, plain-English summaries of events ("Mike Pompeo met Kim Jong Un in Pyongyang")."""

from __future__ import annotations

from collections.abc import Sequence

# Types whose act is a statement, made even when it is conditional ("conditionally agreed").
_STATED_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "CONCEDE"})
# (asserted past, planned, negated, other) verb phrases per PLOVER type.
_PHRASES: dict[str, tuple[str, str, str, str]] = {
    "AGREE": ("agreed with", "planned an agreement with", "did not agree with", "might agree with"),
    "CONSULT": ("met", "planned to meet", "did not meet", "might meet"),
    "SUPPORT": ("backed", "planned to back", "did not back", "might back"),
    "CONCEDE": (
        "made concessions to",
        "planned concessions to",
        "made no concession to",
        "might concede to",
    ),
    "COOPERATE": (
        "cooperated with",
        "planned to cooperate with",
        "did not cooperate with",
        "might cooperate with",
    ),
    "AID": ("gave aid to", "planned aid to", "gave no aid to", "might aid"),
    "RETREAT": (
        "made a de-escalating move toward",
        "planned to de-escalate toward",
        "did not de-escalate toward",
        "might de-escalate toward",
    ),
    "REQUEST": (
        "made demands of",
        "planned to make demands of",
        "made no demands of",
        "might make demands of",
    ),
    "ACCUSE": ("criticised", "planned to criticise", "did not criticise", "might criticise"),
    "REJECT": ("rejected", "planned to reject", "did not reject", "might reject"),
    "THREATEN": ("threatened", "planned to threaten", "did not threaten", "might threaten"),
    "PROTEST": (
        "protested against",
        "planned to protest against",
        "did not protest against",
        "might protest against",
    ),
    "SANCTION": (
        "reduced relations with",
        "planned to reduce relations with",
        "did not reduce relations with",
        "might reduce relations with",
    ),
    "MOBILIZE": (
        "mobilised against",
        "planned to mobilise against",
        "did not mobilise against",
        "might mobilise against",
    ),
    "COERCE": ("coerced", "planned to coerce", "did not coerce", "might coerce"),
    "ASSAULT": ("attacked", "planned to attack", "did not attack", "might attack"),
}
# Phrases without a target, and for symmetric participants ("X and Y met").
# Types whose act, done by two parties to each other, reads "A and B attacked each other"
# (a meeting or agreement of two reads "A and B met")
_RECIPROCAL_TYPES = frozenset(
    {"ACCUSE", "ASSAULT", "COERCE", "PROTEST", "REJECT", "REQUEST", "SANCTION", "THREATEN"}
)

# ... but not these modes, an act the two do together ("Iran and the United States called
# off a meeting", not "rejected each other")
_JOINT_MODES: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("REJECT", "meet"): (
        "called off a meeting",
        "planned to call off a meeting",
        "did not call off a meeting",
        "might call off a meeting",
    )
}

_ALONE: dict[str, tuple[str, str, str, str]] = {
    "AGREE": ("agreed", "planned an agreement", "did not agree", "might agree"),
    "CONSULT": ("met", "planned to meet", "did not meet", "might meet"),
}
_VISIT = ("visited", "planned to visit", "did not visit", "might visit")
# by telephone or another remote medium (a letter, a message): contact, not a meeting
_PHONE = ("contacted", "planned to contact", "did not contact", "might contact")
_INVESTIGATE = (
    "investigated",
    "planned to investigate",
    "did not investigate",
    "might investigate",
)


def _acts(verb: str, past: str) -> tuple[str, str, str, str]:
    """The four status phrases of a plain transitive verb."""
    return (past, f"planned to {verb}", f"did not {verb}", f"might {verb}")


# Modes whose act has a plainer verb than its type's ("Eritrea expelled the peacekeepers",
# not "reduced relations with").
_MODE_PHRASES: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("ACCUSE", "allege"): _acts("accuse", "accused"),
    ("SANCTION", "expel"): _acts("expel", "expelled"),
    ("SANCTION", "convict"): _acts("convict", "convicted"),
    ("SANCTION", "withdraw"): (
        "withdrew from",
        "planned to withdraw from",
        "did not withdraw from",
        "might withdraw from",
    ),
    ("COERCE", "arrest"): _acts("arrest", "arrested"),
    ("COERCE", "deport"): _acts("expel", "expelled"),  # deported, evicted, banished
    ("COERCE", "censor"): _acts("censor", "censored"),
    ("ASSAULT", "abduct"): _acts("abduct", "abducted"),
    ("ASSAULT", "cleansing"): (  # mass expulsion (CAMEO 201) or ethnic cleansing
        "drove out",
        "planned to drive out",
        "did not drive out",
        "might drive out",
    ),
    ("PROTEST", "strike"): (
        "went on strike against",
        "planned a strike against",
        "did not strike against",
        "might strike against",
    ),
    ("PROTEST", "hunger"): (
        "went on hunger strike against",
        "planned a hunger strike against",
        "did not go on hunger strike against",
        "might go on hunger strike against",
    ),
    ("RETREAT", "release"): _acts("release", "released"),
    ("RETREAT", "ceasefire"): (
        "declared a ceasefire with",
        "planned a ceasefire with",
        "did not declare a ceasefire with",
        "might declare a ceasefire with",
    ),
}

# CAMEO codes whose act has a plainer verb than its type's ("Chile and Peru signed an
# agreement", not "backed").
_CAMEO_PHRASES: dict[str, tuple[str, str, str, str]] = {
    "057": (
        "signed an agreement with",
        "planned to sign an agreement with",
        "did not sign an agreement with",
        "might sign an agreement with",
    ),
    "055": _acts("apologise to", "apologised to"),
    "045": (
        "mediated between",
        "planned to mediate between",
        "did not mediate between",
        "might mediate between",
    ),
}


def _names(names: Sequence[str]) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _pick(phrases: tuple[str, str, str, str], status: str) -> str:
    index = {"asserted": 0, "planned": 1, "negated": 2}.get(status, 3)
    return phrases[index]


def summarize(
    type: str,
    mode: str | None,
    source_names: Sequence[str],
    target_names: Sequence[str],
    location_name: str | None,
    status: str,
    cameo: str | None = None,
) -> str:
    """A short sentence saying who did what to whom, where, with the status in the verb.

    Participants listed on both sides (symmetric meetings) read "A and B met".
    """
    source = list(dict.fromkeys(source_names))
    target = [n for n in dict.fromkeys(target_names) if n not in source]
    symmetric = bool(source) and set(source) == set(target_names) and len(source) > 1
    if type == "CONSULT" and mode == "visit" and not symmetric:
        phrases = _VISIT
    elif type == "CONSULT" and mode == "phone":
        phrases = _PHONE
    elif type == "ACCUSE" and mode == "investigate":
        phrases = _INVESTIGATE
    elif (type, mode) in _MODE_PHRASES:
        phrases = _MODE_PHRASES[(type, mode or "")]
    elif cameo in _CAMEO_PHRASES:
        phrases = _CAMEO_PHRASES[cameo]
    else:
        phrases = _PHRASES.get(type, (type.lower(),) * 4)
    if symmetric and (type, mode or "") in _JOINT_MODES:
        phrases = _JOINT_MODES[(type, mode or "")]
    reciprocal = symmetric and type in _RECIPROCAL_TYPES and (type, mode) not in _JOINT_MODES
    if not target and phrases is not _VISIT and not reciprocal:  # "visited" keeps its place
        if phrases is _PHRASES.get(type) and type in _ALONE:
            phrases = _ALONE[type]
        else:  # a mode's own verb: "inspectors might visit", not "might meet"
            phrases = tuple(_drop_preposition(p) for p in phrases)
    verb = _pick(phrases, status)
    # a conditional statement was made ("conditionally agreed"); any other act is only one
    # that would follow on the condition ("might attack Ruritania if a condition is met")
    stated = type in _STATED_TYPES
    if status == "conditional" and stated:
        verb = f"conditionally {phrases[0]}"
    text = f"{_names(source) or 'Someone'} {verb}"  # no source: an unnamed doer
    if target:
        text += f" {_names(target)}"
    elif reciprocal:  # "India and Pakistan accused each other"
        text += " each other"
    if location_name and location_name not in target:
        # "Albright visited Pyongyang"; "Albright visited Kim in Pyongyang"
        text += f" {location_name}" if phrases is _VISIT and not target else f" in {location_name}"
    if status == "conditional" and not stated:
        text += " if a condition is met"
    return text


def _drop_preposition(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1 and words[-1] in (
        "with",
        "to",
        "of",
        "against",
        "toward",
        "on",
        "from",
        "between",
    ):
        words = words[:-1]
    return " ".join(words)
