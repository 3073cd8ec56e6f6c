"""An index of 64-bit SimHash fingerprints for near-duplicate look-ups in sub-linear time.

The 64 bits are cut into ``max_distance + 1`` bands; two fingerprints within
``max_distance`` bits agree exactly on at least one band (pigeonhole), so only the
fingerprints sharing a band value are compared. With the default distance of 6 that is
7 bands of 9-10 bits: about n/700 candidates per look-up instead of n.
"""

from __future__ import annotations

from storyline.identity import SIMHASH_BITS, hamming


class SimhashIndex:
    """Fingerprints by document id; ``find`` returns the earliest added near match."""

    def __init__(self, max_distance: int) -> None:
        self.max_distance = max_distance
        bands = max_distance + 1
        edges = [round(i * SIMHASH_BITS / bands) for i in range(bands + 1)]
        self._bands = [(lo, (1 << (hi - lo)) - 1) for lo, hi in zip(edges, edges[1:], strict=False)]
        self._buckets: list[dict[int, list[int]]] = [{} for _ in self._bands]
        self._ids: list[str] = []
        self._prints: list[int] = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, doc_id: str, fingerprint: int) -> None:
        """Index one document's fingerprint."""
        position = len(self._ids)
        self._ids.append(doc_id)
        self._prints.append(fingerprint)
        for (shift, mask), buckets in zip(self._bands, self._buckets, strict=True):
            buckets.setdefault(fingerprint >> shift & mask, []).append(position)

    def find(self, fingerprint: int, max_distance: int | None = None) -> str | None:
        """The id of the earliest indexed fingerprint within ``max_distance`` bits, or None."""
        limit = self.max_distance if max_distance is None else max_distance
        if limit > self.max_distance:  # the bands only guarantee recall up to max_distance
            return next(
                (
                    i
                    for i, fp in zip(self._ids, self._prints, strict=True)
                    if hamming(fp, fingerprint) <= limit
                ),
                None,
            )
        best: int | None = None
        for (shift, mask), buckets in zip(self._bands, self._buckets, strict=True):
            for position in buckets.get(fingerprint >> shift & mask, ()):
                if best is not None and position >= best:
                    break
                if hamming(self._prints[position], fingerprint) <= limit:
                    best = position
                    break
        return None if best is None else self._ids[best]
