"""Near-duplicate articles: MinHash signatures over word shingles, banded for lookup.

Advocacy sites republish one press release under new headlines and with a
paragraph added or cut, so exact hashes miss them; ten copies must still
count as one source. A MinHash signature estimates the Jaccard similarity of
two articles' 5-word shingles; locality-sensitive bands find the candidate
pairs without comparing every article with every other, so adding an article
costs one lookup per band, not one comparison per stored article.

Written here (about 60 lines over numpy, which spaCy already brings) rather
than taken from datasketch, which would add scipy to the install for this.
"""

from __future__ import annotations

import hashlib
import random
import re

import numpy as np

#: words per shingle: 5 is short enough that light edits leave most shingles
#: intact and long enough that two different reports on one event share few
SHINGLE_WORDS = 5

#: permutations in a signature: the estimate's standard error is about
#: sqrt(J(1-J)/128) ≈ 0.04 near the threshold
NUM_PERM = 128

#: bands × rows = NUM_PERM; 32 bands of 4 rows make pairs with J ≥ 0.45 collide
#: in some band with probability > 0.9, so the threshold below is not missed
BANDS = 32
ROWS = NUM_PERM // BANDS

#: estimated Jaccard from which two articles are one text (a republication);
#: a republished release with a new first paragraph and a cut ending scores
#: 0.6–0.9, two outlets' own reports of the same protest below 0.2
DUPLICATE_THRESHOLD = 0.55

_PRIME = (1 << 61) - 1
_MASK32 = (1 << 32) - 1
_rng = random.Random(20191115)  # fixed: signatures stored in a database must stay comparable
_A = np.array([_rng.randrange(1, _MASK32) for _ in range(NUM_PERM)], dtype=np.uint64)
_B = np.array([_rng.randrange(0, _MASK32) for _ in range(NUM_PERM)], dtype=np.uint64)

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of *size*-word shingles of *text*, lower-cased (one shingle for a short text)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of *text* (NUM_PERM 32-bit ints)."""
    items = shingles(text)
    if not items:
        return [_MASK32] * NUM_PERM
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little") for s in items],
        dtype=np.uint64,
    )
    # (a*x + b) mod p with x, a < 2**32: the product fits in 64 bits
    values = (np.outer(hashes, _A) + _B) % np.uint64(_PRIME) & np.uint64(_MASK32)
    return [int(v) for v in values.min(axis=0)]


def bands(sig: list[int]) -> list[str]:
    """One key per band; articles sharing a key are candidate duplicates."""
    out = []
    for band in range(BANDS):
        chunk = ",".join(str(v) for v in sig[band * ROWS : (band + 1) * ROWS])
        out.append(f"{band}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return out


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
