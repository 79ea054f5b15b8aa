"""ACLED's government period in state actors' names: "Police Forces of Kenya (2022-)".

ACLED names a state's forces by the government they served under, the period
running from the year its head took office ("Military Forces of Iran (1989-)",
"Police Forces of Kenya (2013-2022)" before September 2022). tally cannot learn
these periods from articles, so they are listed here by hand (no package ships
them), for a few countries, from the public record of when each head of state
or government took office. The suffix is written only where the text and the
date support it:

- the event's date lies inside one listed period, and
- either the date is no later than :data:`CHECKED` (the day the list was last
  checked: a period still open then may have ended since) or one of the event's
  articles names that period's leader ("President Ruto").

Anything else keeps the plain name ("Police Forces of Kenya"), as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

#: The day the periods below were last checked against the public record.
CHECKED = "2025-06-30"


@dataclass(frozen=True)
class Period:
    """One government of a country: ACLED's label, its first and last day, its leader's names."""

    label: str  # "2022-", "2013-2022"
    start: str  # ISO date the head took office
    end: str | None  # ISO date the next one took office, None while it lasts
    leaders: tuple[str, ...]  # surnames (and spellings) an article uses for the head


# Written by hand (see the module doc): ISO alpha-2 -> periods, oldest first.
_PERIODS: dict[str, tuple[Period, ...]] = {
    "BD": (
        Period("2009-2024", "2009-01-06", "2024-08-05", ("Hasina",)),
        Period("2024-", "2024-08-08", None, ("Yunus",)),
    ),
    "BY": (Period("1994-", "1994-07-20", None, ("Lukashenko", "Lukashenka")),),
    "EG": (Period("2014-", "2014-06-08", None, ("Sisi", "el-Sisi", "al-Sisi")),),
    "ET": (Period("2018-", "2018-04-02", None, ("Abiy",)),),
    "IN": (Period("2014-", "2014-05-26", None, ("Modi",)),),
    "IR": (Period("1989-", "1989-06-04", None, ("Khamenei",)),),
    "KE": (
        Period("2013-2022", "2013-04-09", "2022-09-13", ("Kenyatta",)),
        Period("2022-", "2022-09-13", None, ("Ruto",)),
    ),
    "KZ": (
        Period("1991-2019", "1991-12-16", "2019-03-20", ("Nazarbayev",)),
        Period("2019-", "2019-03-20", None, ("Tokayev",)),
    ),
    "NG": (
        Period("2015-2023", "2015-05-29", "2023-05-29", ("Buhari",)),
        Period("2023-", "2023-05-29", None, ("Tinubu",)),
    ),
    "PH": (
        Period("2016-2022", "2016-06-30", "2022-06-30", ("Duterte",)),
        Period("2022-", "2022-06-30", None, ("Marcos",)),
    ),
    "RU": (Period("2000-", "2000-05-07", None, ("Putin",)),),
    "SD": (
        Period("1989-2019", "1989-06-30", "2019-04-11", ("Bashir", "al-Bashir")),
        Period("2019-", "2019-04-11", None, ("Burhan", "al-Burhan")),
    ),
    "SY": (Period("2000-2024", "2000-07-17", "2024-12-08", ("Assad", "al-Assad")),),
    "UG": (Period("1986-", "1986-01-29", None, ("Museveni",)),),
    "ZW": (
        Period("1980-2017", "1980-04-18", "2017-11-24", ("Mugabe",)),
        Period("2017-", "2017-11-24", None, ("Mnangagwa",)),
    ),
}


@cache
def _leader_pattern(period: Period) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in period.leaders) + r")\b")


def government_period(iso2: str, event_date: str, texts: list[str]) -> str:
    """ACLED's period label for a state actor of *iso2* on *event_date* ("2022-"), or "".

    *texts* are the articles that report the event: after :data:`CHECKED` an open
    period is used only when one of them names its leader.
    """
    day = event_date[:10]
    if len(day) != 10:
        return ""
    for period in _PERIODS.get(iso2, ()):
        if not period.start <= day or (period.end is not None and day >= period.end):
            continue
        if period.end is not None or day <= CHECKED:
            return period.label
        pattern = _leader_pattern(period)
        return period.label if any(pattern.search(text) for text in texts) else ""
    return ""


def with_period(name: str, label: str) -> str:
    """A state actor's name with its period: "Police Forces of Kenya (2022-)"."""
    return f"{name} ({label})" if label and name else name
