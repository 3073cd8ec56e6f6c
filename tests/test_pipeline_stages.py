import pytest

from storyline.errors import StorylineError
from storyline.pipeline import STAGES, check_stages


def test_pipeline_stage_order_is_valid() -> None:
    check_stages(STAGES)


def test_pipeline_misordered_stages_fail_naming_what_is_missing() -> None:
    order = [s for s in STAGES if s.name != "time"]
    order.insert(
        order.index(next(s for s in order if s.name == "events")) + 1,
        next(s for s in STAGES if s.name == "time"),
    )
    with pytest.raises(StorylineError) as info:
        check_stages(order)
    assert "E011" in str(info.value) and "actors" in str(info.value)
