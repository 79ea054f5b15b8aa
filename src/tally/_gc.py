"""Fewer garbage-collector passes around work that allocates much and frees by reference counting.

Python's collector starts a pass every 700 net allocations and, every so
often, a full pass over every object the process holds. The link step
allocates hundreds of thousands of short-lived objects (decoded features,
entity views, rows) that reference counting frees anyway, and each pass
walks everything still alive: the whole loaded part of the corpus. Profiling
put the collector at 15–20 % of a link update's CPU time. Inside
:func:`fewer_collections` a pass starts every :data:`YOUNG_THRESHOLD`
allocations instead, so reference cycles are still collected as the work
goes (memory stays bounded on a full relink), only a hundred times less often.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: net allocations between two passes of the collector inside :func:`fewer_collections` (Python's default: 700)
YOUNG_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collector passes a hundred times rarer inside the block; the thresholds are restored after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
