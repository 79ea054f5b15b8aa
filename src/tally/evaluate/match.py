"""Span matching, counts and distances shared by every scorer.

Two matching rules, reported side by side because annotators disagree about
span edges ("that …" inside or outside a reported quote, "the" before a place):

- **exact**: same ``start`` and ``end``;
- **overlap**: the two spans share at least half of the *shorter* one
  (:data:`OVERLAP_MIN_SHARE`). Measuring against the shorter span lets a
  prediction that is a clean part of a long gold span count (a direct quote
  inside PolNeAR's mixed content), while two long spans touching at an edge
  do not.

Matching is one-to-one: each gold span is matched by at most one predicted
span and the other way round, so a system cannot earn two hits from one gold
item by splitting it. Pairs are taken greedily, largest overlap first, which
is optimal for the nested-or-disjoint spans that news annotation produces.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Share of the shorter span two spans must have in common to match under the
#: overlap rule. Half is the usual "relaxed" threshold in quote and toponym
#: evaluation and keeps one-word-off edges from turning into misses.
OVERLAP_MIN_SHARE = 0.5

#: Mean radius of the Earth in km (IUGG), for haversine distances.
EARTH_RADIUS_KM = 6371.0088

#: Distance counted for a recognised toponym the system did not resolve to
#: coordinates: half the Earth's circumference, the largest error possible, as
#: in Gritta et al. (2019) so that unresolved places cannot improve the mean.
UNRESOLVED_KM = math.pi * EARTH_RADIUS_KM

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    """Number of characters spans *a* and *b* have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_overlap(a: Span, b: Span, *, min_share: float = OVERLAP_MIN_SHARE) -> bool:
    """True when *a* and *b* share at least *min_share* of the shorter span.

    Empty spans never match: a zero-length prediction carries no evidence.
    """
    shorter = min(a[1] - a[0], b[1] - b[0])
    if shorter <= 0:
        return False
    return overlap(a, b) >= min_share * shorter


def match_spans(
    gold: Sequence[Span],
    pred: Sequence[Span],
    *,
    mode: str = "overlap",
    compatible: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one matching of *gold* to *pred* spans; returns ``(gold_index, pred_index)`` pairs.

    :param mode: ``"exact"`` or ``"overlap"`` (see the module docstring).
    :param compatible: optional filter on ``(gold_index, pred_index)`` that a
        pair must pass to be matched at all (e.g. same kind).
    """
    if mode not in ("exact", "overlap"):
        raise ValueError(f"unknown matching mode {mode!r}: use 'exact' or 'overlap'")
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ok = g[0] == p[0] and g[1] == p[1] and g[1] > g[0] if mode == "exact" else spans_overlap(g, p)
            if ok and (compatible is None or compatible(gi, pi)):
                # Largest overlap first; ties by position so the result is stable.
                candidates.append((-overlap(g, p), gi, pi, abs(g[0] - p[0])))
    candidates.sort(key=lambda c: (c[0], c[3], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _neg, gi, pi, _dist in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return pairs


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; 0.0 (not NaN) when a denominator is zero."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


@dataclass
class TaskScore:
    """Counts for one task; precision, recall and F1 follow from them.

    ``extra`` holds task-specific numbers (accuracy, macro-F1, km errors, the
    exact-match variant) that are printed and serialised next to p/r/f1.
    ``precision_defined`` is False where the gold annotates only some of what a
    system may rightly find (RAMS: one event per window), so precision and F1
    are reported as ``null`` rather than as a misleading number.
    """

    tp: int = 0
    pred: int = 0
    gold: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    precision_defined: bool = True

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def p(self) -> float | None:
        return prf(self.tp, self.pred, self.gold)[0] if self.precision_defined else None

    @property
    def r(self) -> float:
        return prf(self.tp, self.pred, self.gold)[1]

    @property
    def f1(self) -> float | None:
        return prf(self.tp, self.pred, self.gold)[2] if self.precision_defined else None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape: ``p, r, f1, tp, pred, gold`` then the extras."""
        out: dict[str, Any] = {
            "p": _round(self.p),
            "r": _round(self.r),
            "f1": _round(self.f1),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }
        for key, value in self.extra.items():
            out[key] = _round(value) if isinstance(value, float) else value
        return out


def _round(value: float | None) -> float | None:
    # Four decimals: a 0.01 % difference is below any slice's resolution, and
    # stable numbers keep baseline diffs readable.
    return None if value is None else round(value, 4)


def exact_extra(tp: int, pred: int, gold: int) -> dict[str, float | int]:
    """The exact-match variant of a span task, as extra keys next to the overlap scores."""
    p, r, f1 = prf(tp, pred, gold)
    return {"exact_p": p, "exact_r": r, "exact_f1": f1, "exact_tp": tp}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def median(values: Sequence[float]) -> float | None:
    """Median of *values*, or None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean of *values*, or None when there are none."""
    return sum(values) / len(values) if values else None
