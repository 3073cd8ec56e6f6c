"""Day offsets of narrative time expressions ("two days later", "the next day").

Such an expression dates an event by its distance from the event told before it, which only
the events stage knows; here it is read into a number of days. Word lists:
``time_lexicon.yaml``, section ``narrative_offsets`` (counts from its ``numbers``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from storyline.datafiles import load_packaged
from storyline.time.calendar import lexicon

__all__ = ["offset_days"]


@cache
def _settings() -> dict[str, Any]:
    return load_packaged("time_lexicon.yaml")["narrative_offsets"]


@cache
def _pattern() -> re.Pattern[str]:
    settings = _settings()
    numbers = "|".join(sorted(map(re.escape, lexicon().numbers), key=len, reverse=True))
    units = "|".join(map(re.escape, [*settings["units"], *settings["same_day_units"]]))
    directions = "|".join(map(re.escape, settings["directions"]))
    return re.compile(
        rf"(?:(?P<num>\d{{1,3}}|{numbers})\s+)?(?P<unit>{units})s?\s+(?P<dir>{directions})"
    )


def offset_days(text: str) -> int | None:
    """Days from the event told before to the one this expression dates ("two days later":
    2, "a day earlier": -1, "the next day": 1, "hours later": 0), or None for any other
    expression (one with more after it, "two days after the vote", is anchored to that event
    instead)."""
    clean = re.sub(r"\s+", " ", text.lower()).strip(" ,.")
    clean = re.sub(r"^(?:on|by)\s+", "", clean)
    settings = _settings()
    if clean in settings["phrases"]:
        return int(settings["phrases"][clean])
    found = _pattern().fullmatch(clean)
    if found is None:
        return None
    count = found["num"]
    per_day = settings["same_day_units"].get(found["unit"])
    if count is None:
        # "hours later": the same day; "days later": how many is not said
        return 0 if per_day is not None else None
    amount = int(count) if count.isdigit() else lexicon().numbers[count]
    if amount != int(amount):
        return None
    if per_day is not None:  # "two hours later"; not "36 hours later", a day or two
        return 0 if amount < per_day else None
    days = int(amount) * int(settings["units"][found["unit"]])
    return days * int(settings["directions"][found["dir"]])
