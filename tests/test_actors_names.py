"""Name helpers of the actors stage: keys, plurals of role nouns, organisation short forms."""

from __future__ import annotations

from storyline.actors import org_short_forms
from storyline.actors.mentions import family_name_of, normalise_name, plural


def test_actors_names_key_drops_middle_initials():
    assert normalise_name("Winston K. Blackmore") == normalise_name("Winston Blackmore")
    assert normalise_name("Park  Min-soo") == "park min-soo"
    assert normalise_name("J. Roe") == "j. roe"


def test_actors_names_plural_of_role_nouns():
    assert plural("foreign minister") == "foreign ministers"
    assert plural("secretary of state") == "secretaries of state"
    assert plural("chairman") == "chairmen"
    assert plural("president") == "presidents"


def test_actors_names_org_short_forms():
    names = ["Northrop Grumman", "Government Accountability Office", "Northrop", "GAO", "Boeing"]
    forms = org_short_forms(names)
    assert forms["northrop"] == "Northrop Grumman"
    assert forms["gao"] == "Government Accountability Office"
    assert "boeing" not in forms
    # a short form named before the long one is a different body ("Boeing" ... "Boeing Capital")
    assert "boeing" not in org_short_forms(["Boeing", "Boeing Capital"])


def test_actors_names_family_name_order():
    family_first = {"Kim", "Lee", "Park"}
    assert family_name_of("Park Ji-won", family_first) == "Park"
    assert family_name_of("Kim Yong Sun", family_first) == "Kim"
    assert family_name_of("Patrick Cronin", family_first) == "Cronin"
