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

import ctypes
import gc
import resource
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

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


def _load_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_TRIM = _load_trim()


def give_back_memory() -> bool:
    """Collect garbage, then have glibc's allocator return its free pages to the system.

    A link step's working set (decoded features, entity views, rows) is freed
    when the step ends, but glibc keeps freed memory for reuse: without this
    the process stayed as large as the step's peak between batches (at 3,000
    articles, 57 MB of free heap was held after linking). ``malloc_trim(0)``
    gives back every free page, at the end of the heap and inside it. Returns
    whether anything was asked of the allocator
    (False where glibc is not the allocator: collection alone).
    """
    gc.collect()
    if _TRIM is None:
        return False
    _TRIM(0)
    return True


def status_mb(field: str) -> float | None:
    """A memory line of this process's ``/proc/self/status`` in MB ("VmRSS": now, "VmHWM": peak
    since start or since the peak was reset); None where there is no such file or line (not Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def max_rss_mb() -> float:
    """This process's peak resident memory in MB by ``getrusage`` (KiB on Linux, bytes on macOS)."""
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
