"""Word lists the figures extractor decides by: what a number counts, and who says so.

The lists themselves are data: ``tally/lang/en/figures/`` (see :mod:`tally.lang`).
Lists are of spaCy lemmas (lower case). They were written from crackdown
reporting (wire copy, NGO statements, advocacy sites); a word belongs here when
it settles the category in nearly every use, and ambiguous words ("shot",
"seized", "held") are left out or limited by the context the extractor checks.
"""

from __future__ import annotations

import re

from tally.lang import section

#: Every other upper-case name (``VERB_CATEGORY``, ``REPORT_VERBS``, …) is the
#: list of that name in ``tally/lang/<lang>/figures/`` of the active language.
__getattr__ = section("figures", globals())

#: Priority when one count has several categories ("the arrest and murder of 30,000").
CATEGORY_PRIORITY = (
    "killed",
    "executed",
    "deaths",
    "injured",
    "disappeared",
    "sentenced",
    "detained",
    "arrested",
    "protesters",
    "places",
    "other",
)

#: An infobox row's label and count: "Deaths: 1,500 (per Reuters)[3]" (the label at most three words),
#: also as a bulleted list's item: "- Kachin State: 21" (round 47).
ROW_START = re.compile(r"(?:[-•*–] +)?[A-Za-z][A-Za-z()]*(?: [A-Za-z()]+){0,2} ?[:\t] *[~≈c.]*\d")
