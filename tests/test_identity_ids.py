from storyline.identity import document_id, hamming, simhash

BODY = (
    "The two delegations met for three hours in the border village and agreed to keep "
    "talking. Officials on both sides described the atmosphere as businesslike, and a "
    "follow-up session was pencilled in for the following month in a neutral capital."
)


def test_identity_id_ignores_layout_and_case() -> None:
    assert document_id(BODY) == document_id("  " + BODY.upper().replace(" ", "\n "))
    assert document_id(BODY) != document_id(BODY + " One more sentence.")
    assert document_id(BODY).startswith("d-") and len(document_id(BODY)) == 18


def test_identity_simhash_near_for_small_edits_far_for_other_texts() -> None:
    edited = BODY.replace("three hours", "nearly three hours")
    other = (
        "Heavy rain flooded the river valley overnight, and farmers said the harvest of "
        "rice and beans would be late this year because the fields stayed under water."
    )
    assert hamming(simhash(BODY), simhash(edited)) <= 12
    assert hamming(simhash(BODY), simhash(other)) > 12
