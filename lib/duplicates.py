"""Near-duplicate articles: the same wire story in several outlets.

Each article gets a MinHash signature of its word 5-shingles (matching form), cut into
bands (locality-sensitive hashing). Articles sharing a band are candidates; candidates
whose signatures agree on at least ``THRESHOLD`` of their positions are one story. The
store keeps, per article, ``duplicate_of``: the first article of its story (earliest
date, then id), or nothing for an article that stands alone. Counts can then collapse
a story to one article.
"""

from __future__ import annotations

import hashlib

import numpy as np

from lib.arabic import match_form

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16  # of 4 rows: pairs above ~0.6 similarity nearly always meet in a band
THRESHOLD = 0.8
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20161)
_A = _rng.integers(1, _PRIME, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMUTATIONS, dtype=np.uint64)
MIN_WORDS = 30  # shorter texts are too short to call duplicates


def signature(text: str) -> np.ndarray | None:
    words = [match_form(w) for w in text.split()]
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") >> 4
                          for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a * x + b) mod p, in uint64 arithmetic wrapping: a cheap family of hash permutations
    return ((hashes[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)).min(axis=0)


def bands(sig: np.ndarray) -> list[str]:
    rows = PERMUTATIONS // BANDS
    return [f"{b}:{hashlib.blake2b(sig[b * rows:(b + 1) * rows].tobytes(), digest_size=8).hexdigest()}"
            for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def groups(pairs: list[tuple[str, str]], order: dict[str, tuple]) -> dict[str, str]:
    """article → first article of its story, from similar pairs (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=lambda x: order.get(x, (x,)))
            parent[second] = first
    return {x: find(x) for x in parent if find(x) != x}
