"""Value ranges: the counts a figure allows, given its qualifier.

"at least 304" is [304, ∞) and agrees with 1,500; "225" and "1,500", both
exact, do not; "about 300" spreads by :data:`ABOUT_TOLERANCE`. Claims use the
ranges to find conflicts, the ACLED export to code the lowest credible count.
"""

from __future__ import annotations

import math

#: relative spread of "about 300", "nearly 300", "some 300"
ABOUT_TOLERANCE = 0.2

INF = math.inf


def value_range(value: float, value_max: float | None, qualifier: str) -> tuple[float, float]:
    """The counts a figure allows, from its qualifier (see the module docstring)."""
    high = value_max if value_max is not None and value_max >= value else value
    if qualifier in ("at_least", "over"):
        return value, INF
    if qualifier == "up_to":
        return 0.0, high
    if qualifier == "about":
        return value * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)
    if qualifier == "vague":
        # SPEC readings: tens 10, dozens 12, hundreds 100, thousands 1000. A lower
        # bound only: "dozens injured" is what a witness saw, not a ceiling on a
        # count of 210, but "thousands" does conflict with an exact 225
        return value, INF
    return value, high
