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


def _reference_simhash(text: str, shingle: int = 3) -> int:
    """The bit-by-bit definition, to check the vectorised one against."""
    import hashlib

    from storyline.identity import normalise_for_hash

    words = normalise_for_hash(text).split()
    words = words + [""] * max(0, shingle - len(words))
    weights = [0] * 64
    for i in range(len(words) - shingle + 1):
        gram = " ".join(words[i : i + shingle]).encode("utf-8")
        h = int.from_bytes(hashlib.blake2b(gram, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit, w in enumerate(weights) if w > 0)


def test_identity_simhash_matches_its_definition() -> None:
    import random

    from storyline.identity import simhash

    rng = random.Random(7)
    vocabulary = ["kim", "moon", "met", "in", "seoul", "on", "monday", "talks", "the", "a"]
    for length in (0, 1, 2, 3, 5, 40, 300):
        text = " ".join(rng.choice(vocabulary) for _ in range(length))
        assert simhash(text) == _reference_simhash(text)
