"""One-line event summaries."""

from __future__ import annotations

from storyline.events.summary import summarize


def test_events_summary_visit_with_place() -> None:
    text = summarize("CONSULT", "visit", ["Ann Lee"], ["Bo Chan"], "Hanoi", "asserted")
    assert text == "Ann Lee visited Bo Chan in Hanoi"


def test_events_summary_meeting_and_negation() -> None:
    assert summarize("CONSULT", None, ["Ann Lee"], ["Bo Chan"], None, "asserted") == (
        "Ann Lee met Bo Chan"
    )
    assert summarize("CONSULT", None, ["Ann Lee"], ["Bo Chan"], None, "negated") == (
        "Ann Lee did not meet Bo Chan"
    )


def test_events_summary_symmetric_planned_meeting() -> None:
    # a planned meeting of two sides is told as such, not as a summit: talks of envoys too
    text = summarize("CONSULT", None, ["Ann Lee", "Bo Chan"], ["Bo Chan", "Ann Lee"], None,
                     "planned")  # fmt: skip
    assert text == "Ann Lee and Bo Chan planned to meet"


def test_events_summary_status_shapes_the_verb() -> None:
    hypo = summarize("CONSULT", None, ["Ann Lee"], ["Bo Chan"], None, "hypothetical")
    cond = summarize("AGREE", None, ["Ann Lee"], ["Ruritania"], None, "conditional")
    assert hypo == "Ann Lee might meet Bo Chan"
    assert cond == "Ann Lee conditionally agreed with Ruritania"


def test_events_summary_without_target_drops_the_preposition() -> None:
    assert summarize("REQUEST", None, ["Ruritania"], [], None, "asserted") == (
        "Ruritania made demands"
    )
    assert summarize("ACCUSE", "disapprove", ["Ruritania"], ["Ann Lee"], None, "asserted") == (
        "Ruritania criticised Ann Lee"
    )


def test_events_summary_unknown_source() -> None:
    text = summarize("REJECT", None, [], ["Ann Lee"], None, "asserted")
    assert text == "Someone rejected Ann Lee"


def test_events_summary_investigation_and_unnamed_doer() -> None:
    text = summarize("ACCUSE", "investigate", ["Italy"], ["Jo Bloggs"], None, "asserted")
    assert text == "Italy investigated Jo Bloggs"
    text = summarize("ASSAULT", "explosives", [], ["US soldiers"], "Basra", "asserted")
    assert text == "Someone attacked US soldiers in Basra"


def test_events_summary_modes_with_plainer_verbs() -> None:
    assert (
        summarize("SANCTION", "expel", ["Eritrea"], ["United Nations"], None, "asserted")
        == "Eritrea expelled United Nations"
    )
    assert (
        summarize("COERCE", "arrest", ["police"], ["students"], "Yangon", "planned")
        == "police planned to arrest students in Yangon"
    )
    assert summarize("PROTEST", "strike", ["workers"], [], None, "asserted") == (
        "workers went on strike"
    )
    assert (
        summarize("SANCTION", "discontinue", ["United States"], ["Egypt"], None, "negated")
        == "United States did not reduce relations with Egypt"
    )


def test_events_summary_withdrawal_without_target_has_no_dangling_preposition() -> None:
    assert summarize("SANCTION", "withdraw", ["Serbia"], [], None, "asserted") == "Serbia withdrew"


def test_events_summary_visit_without_a_host_keeps_its_verb() -> None:
    text = summarize("CONSULT", "visit", ["inspectors"], [], None, "hypothetical")
    assert text == "inspectors might visit"  # not "might meet"
    assert summarize("CONSULT", None, ["Ann Lee"], [], None, "asserted") == "Ann Lee met"
    assert summarize("CONSULT", "phone", ["Ann Lee"], ["Bo Chan"], None, "asserted") == (
        "Ann Lee contacted Bo Chan"  # a call or a letter, not a meeting
    )
    text = summarize("CONSULT", "visit", ["Ann Lee"], [], "Hanoi", "asserted")
    assert text == "Ann Lee visited Hanoi"


def test_events_summary_signing_and_apologising_have_their_own_verbs() -> None:
    # CAMEO 057 (sign a formal agreement) and 055 (apologise) are SUPPORT with a plainer verb
    text = summarize("SUPPORT", None, ["Ann Lee", "Bo Chan"], ["Bo Chan", "Ann Lee"], "Hanoi",
                     "asserted", "057")  # fmt: skip
    assert text == "Ann Lee and Bo Chan signed an agreement in Hanoi"
    assert summarize("SUPPORT", None, ["Ruritania"], [], None, "negated", "057") == (
        "Ruritania did not sign an agreement"
    )
    assert summarize("SUPPORT", None, ["Ann Lee"], ["Bo Chan"], None, "asserted", "055") == (
        "Ann Lee apologised to Bo Chan"
    )
    assert summarize("SUPPORT", None, ["Ann Lee"], ["Bo Chan"], None, "asserted", "051") == (
        "Ann Lee backed Bo Chan"
    )


def test_events_summary_mediation_says_so() -> None:
    # CAMEO 045 (mediate): not "met" by the mediators
    text = summarize("CONSULT", None, ["Ruritania", "Freedonia"], [], None, "asserted", "045")
    assert text == "Ruritania and Freedonia mediated"
    text = summarize("CONSULT", None, ["Ruritania"], ["Ann Lee", "Bo Chan"], None, "asserted",
                     "045")  # fmt: skip
    assert text == "Ruritania mediated between Ann Lee and Bo Chan"


def test_events_summary_a_conditional_act_is_not_told_as_done() -> None:
    # a conditional statement was made; a conditional attack has not happened
    text = summarize("ASSAULT", None, ["Ruritania"], ["Freedonia"], None, "conditional")
    assert text == "Ruritania might attack Freedonia if a condition is met"
    text = summarize("THREATEN", None, ["Ruritania"], ["Freedonia"], None, "conditional")
    assert text == "Ruritania conditionally threatened Freedonia"


def test_events_summary_a_meeting_two_called_off_is_theirs_not_a_mutual_rejection() -> None:
    both = ["Ruritania", "Freedonia"]
    text = summarize("REJECT", "meet", both, both, None, "asserted")
    assert text == "Ruritania and Freedonia called off a meeting"
    # one party's refusal is still a rejection of the other
    assert summarize("REJECT", "meet", ["Ann Lee"], ["Bo Chan"], None, "asserted") == (
        "Ann Lee rejected Bo Chan"
    )
