"""Shared fixtures: paths to ../shared material and a hand-built event factory."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
KOREA = SHARED / "corpus" / "korea-diplomacy"


@pytest.fixture
def korea_corpus() -> Path:
    if not KOREA.is_dir():
        pytest.skip("../shared/corpus/korea-diplomacy is not present")
    return KOREA
