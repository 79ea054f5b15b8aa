"""How many deaths one ACLED row adds to the ``fatalities`` column.

ACLED codes the most conservative credible count of an event's dead, once. A
row's killed figures come grouped by claim (the same count told by several
articles), and a row may hold several claims. Adding them all up counts the
same dead twice when one is **a group inside a whole toll** the same reports
give: "killed more than 300 people, including 14 foreigners" is 300, not 314
(ANNOTATION.md: a part of a toll has the toll's category, and is still part of
it). A claim whose noun names one group of the dead ("foreigners", "guards",
"teenagers") is such a part when every report that gives it also
gives a larger whole toll ("people", or no noun: "killing 40") in the same row.
Groups no whole toll holds ("14 protesters and three police officers") add up.

Tried and not kept (round 50): taking the lowest report's total when two
reports' whole tolls share no report ("at least 90" on the first day, "more
than 150" a week on, read as one toll): on the held-out cluster set it cut a
row whose reports count different dead, which no rule here can tell from
two readings of the same dead.

Claims already counted by an earlier row add nothing (every death once in the
file); a row's claims, the parts it sets aside included, are all counted once
it has given its number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: What a whole toll counts ("40 people were killed", "killing 40"): the dead with no group named.
#: Any other noun ("foreigners", "guards", "teenagers") names one group of the dead.
WHOLE_TOLL_SUBJECTS = frozenset({"", "people", "persons", "person", "individuals", "victims", "dead"})


@dataclass
class Toll:
    """One claim's (or lone figure's) conservative count of the killed, and which reports give it."""

    value: float
    subject: str = ""
    docs: set[str] = field(default_factory=set)

    @property
    def whole(self) -> bool:
        return self.subject.lower() in WHOLE_TOLL_SUBJECTS


def merge_tolls(into: dict[str, Toll], other: dict[str, Toll]) -> None:
    """Fold *other*'s tolls into *into*: a claim both rows hold is told by both rows' reports."""
    for key, toll in other.items():
        if key in into:
            into[key].docs |= toll.docs
        else:
            into[key] = Toll(toll.value, toll.subject, set(toll.docs))


def parts_of_a_whole(tolls: dict[str, Toll]) -> set[str]:
    """The keys of tolls that count one group of the dead inside a larger whole toll of the same reports."""
    wholes = [t for t in tolls.values() if t.whole]
    return {
        key
        for key, toll in tolls.items()
        if not toll.whole and any(toll.docs <= w.docs and w.value > toll.value for w in wholes)
    }


def row_deaths(tolls: dict[str, Toll], counted: set[str]) -> int:
    """The deaths a row with *tolls* adds to the column, given the claims already *counted*
    (which this updates with all of the row's, the parts set aside included)."""
    parts = parts_of_a_whole(tolls)
    kept = [toll.value for key, toll in tolls.items() if key not in parts and key not in counted]
    counted.update(tolls)
    return int(sum(kept))
