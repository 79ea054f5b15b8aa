"""Numbers that count no people: a number that names ("Lot No. 15") and the wounds of one person
(round 41, issue 13; read from the fresh ``tune41`` splits' invented figures, LGL local news).

ANNOTATION.md: not figures are "ordinal or list numbers"; a figure counts people or the event's
things. Sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text

_figures = categories_by_text


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Four children died in a fire early on Saturday at Lot No. 15 in the mobile home park.",
            "15",
            "Four",
        ),
        ("Fire crews were called to No. 10 Main Street, where 15 people were evacuated.", "10", "15"),
        ("Guards beat 12 inmates in cell #3 on Monday, the lawyer said.", "3", "12"),
        (
            "The victim suffered two small puncture wounds that were not life-threatening, police said. "
            "Officers arrested 3 teenagers.",
            "two",
            "3",
        ),
        ("The boy suffered three fractures in the beating; 40 others were detained.", "three", "40"),
    ],
)
def test_numbers_that_count_no_people(text: str, absent: str, kept: str) -> None:
    found = _figures(text)
    assert absent not in found and kept in found


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("The clashes caused 40 injuries, the ministry said.", "40", "injured"),
        ("Police said 12 people sustained injuries in the crush.", "12", "injured"),
        ("The protesters suffered 30 injuries in the clashes, medics said.", "30", "injured"),
    ],
)
def test_counts_of_people_hurt_or_held_stay(text: str, number: str, category: str) -> None:
    assert _figures(text)[number] == category
