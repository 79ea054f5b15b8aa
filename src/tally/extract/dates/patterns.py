"""Regular expressions and word sets that several date steps read (what comes right before a
date: "since", "for", "from", "until", an apposition's comma), kept apart so that the steps
import them without importing each other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tally.extract.dates import words as date_words

if TYPE_CHECKING:
    pass

#: Entity labels that make a month or weekday word part of a name ("Sunday
#: Times", "April Ryan"), not a date.
_NAME_LABELS = {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
_SINCE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: "as of 29 November 2022": the date a count was last updated (an infobox's, a toll's),
#: not where the story is, so it does not move the story's own date.
_AS_OF = re.compile(r"\bas of\s+$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: "from Wednesday", "by Friday": a period's open start, a deadline (see :func:`_set_ahead`).
_FROM_OR_BY = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)
#: What closes a "from" day into an interval: "from February 1 to August 18", "from Monday until".
_AN_END_FOLLOWS = re.compile(r"\s*(?:to|until|till|through)\b|\s*[-–]", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\bas (?:soon|early) as\s*$", re.IGNORECASE)


#: The first words of a part of a month or year: "mid-December", "early March", "late 2020".
_PART_WORDS = frozenset({"mid", "early", "late"})
_PART_ALTERNATION = "|".join(sorted(_PART_WORDS))

#: A part of a month or a year before it ("early December", "mid-2019", "late last year"), or a season
#: before "of" and its year ("the summer of 2018"): what the value does not carry.
_PART_BEFORE = re.compile(
    rf"(?:(?:{_PART_ALTERNATION})(?:-|\s+)"
    rf"|(?:the\s+)?(?:{'|'.join(sorted(date_words.SEASONS))})\s+of\s+(?=\d{{4}}$))(?=\w)",
    re.IGNORECASE,
)


#: Nouns for a part of a month or year ("the end of March", "the start of June"): a time within the
#: date after "of", which names no event that happened on it.
_PARTS_OF_A_PERIOD = frozenset({"end", "beginning", "start", "middle", "rest", "close", "remainder"})

#: What joins a counted date to the date that restates it: ", on", ", in", or an opening bracket.
_APPOSITION = re.compile(r"\s*(?:,\s*(?:on|in)\s+|\(\s*)")


#: What joins a counted day to the weekday that restates it: "the next day, Saturday".
_COMMA_GAP = re.compile(r"\s*,\s*(?:on\s+)?")


#: "until", "till" or "to" just before a date: a bound of a state or a day set ahead of what is
#: told ("adjourned until the 28th", "extended the curfew to Monday"), not when the clause happened.
#: (Defined once: an earlier narrower copy without "to" was shadowed by this one at import.)
_UNTIL = re.compile(r"\b(?:until|till|to)\s+$", re.IGNORECASE)
