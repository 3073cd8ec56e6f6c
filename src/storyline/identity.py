"""Stable content ids and near-duplicate fingerprints for documents."""

from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
SIMHASH_BITS = 64
NEAR_DUPLICATE_DISTANCE = 6  # of 64 bits: about 0.9 shingle overlap on news-length texts


def normalise_for_hash(text: str) -> str:
    """Lower-cased words joined by single spaces: layout and punctuation do not change ids."""
    return " ".join(_WORD.findall(text.lower()))


def document_id(text: str) -> str:
    """``d-`` + 16 hex digits of the SHA-1 of the normalised clean text."""
    digest = hashlib.sha1(normalise_for_hash(text).encode("utf-8")).hexdigest()
    return f"d-{digest[:16]}"


def short_hash(*parts: object, prefix: str) -> str:
    """A short stable id from parts, e.g. ``short_hash(doc_id, 12, prefix="q")``."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


def simhash(text: str, shingle: int = 3) -> int:
    """64-bit SimHash over word shingles of the normalised text."""
    words = normalise_for_hash(text).split()
    if len(words) < shingle:
        words = words + [""] * (shingle - len(words))
    hashes = np.array(
        [
            int.from_bytes(
                hashlib.blake2b(
                    " ".join(words[i : i + shingle]).encode("utf-8"), digest_size=8
                ).digest(),
                "big",
            )
            for i in range(len(words) - shingle + 1)
        ],
        dtype=np.uint64,
    )
    bits = (hashes[:, None] >> np.arange(SIMHASH_BITS, dtype=np.uint64)) & np.uint64(1)
    weights = 2 * bits.sum(axis=0, dtype=np.int64) - len(hashes)  # +1 per set bit, -1 per clear
    return sum(1 << bit for bit in np.flatnonzero(weights > 0).tolist())


def hamming(a: int, b: int) -> int:
    """Number of differing bits."""
    return (a ^ b).bit_count()


def to_signed64(value: int) -> int:
    """Store an unsigned 64-bit fingerprint in a signed BIGINT column."""
    return value - (1 << 64) if value >= 1 << 63 else value


def from_signed64(value: int) -> int:
    return value + (1 << 64) if value < 0 else value
