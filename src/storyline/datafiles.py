"""The one loader for packaged and user data files (YAML; JSON for the large generated
ones, which parse much faster)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import DataFileError, ErrorCode

# libyaml's parser when PyYAML was built with it (same safe constructor, several times faster)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml_file(path: str | Path) -> Any:
    """Parse a YAML file from disk; raise DataFileError with the path on failure."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(ErrorCode.E012, path=str(path), detail=str(exc)) from exc


@cache
def load_packaged(name: str) -> Any:
    """Parse ``storyline/data/<name>``, YAML or (``.json``) JSON (cached; callers must not
    mutate the result)."""
    resource = resources.files("storyline") / "data" / name
    try:
        text = resource.read_text(encoding="utf-8")
        return json.loads(text) if name.endswith(".json") else yaml.load(text, Loader=_LOADER)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise DataFileError(ErrorCode.E012, path=f"storyline/data/{name}", detail=str(exc)) from exc


def packaged_path(name: str) -> Path:
    """Filesystem path of a packaged data file."""
    return Path(str(resources.files("storyline") / "data" / name))
