"""Which numbers are figures, twenty-first round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally after reading real crackdown reporting (South Asian
papers, rights groups' tallies of post-election arrests, wire stories on Sudan, Chile and
Colombia); none is copied from a page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def _values(text: str) -> list[float]:
    return figure_values(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Some 3 lakh people joined the rally in Kolkata.", 300_000, "about"),
        ("Nearly two lakh farmers marched on the capital.", 200_000, "about"),
        ("Police booked 1.5 lakh people for defying the ban.", 150_000, "exact"),
        ("Over 10 crore workers joined the general strike, the unions said.", 100_000_000, "over"),
    ],
)
def test_lakh_and_crore(text: str, value: float, qualifier: str) -> None:
    """ "3 lakh people", "10 crore workers": South Asian English counts in lakhs (100,000) and
    crores (10 million); the scale word was left out of the number, so "3 lakh" read as 3."""
    assert [(v, q) for v, q, _ in figure_readings(text, _PUBLISHED)] == [(value, qualifier)]


def test_lakh_guard() -> None:
    """Guard: money in lakhs stays money, and a plain million is unchanged."""
    assert _values("The state announced Rs 2 lakh compensation for each family.") == []
    assert _values("Nearly 1.2 million people marched in Santiago.") == [1_200_000]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The toll stood at 15 as of Monday night.", 15),
        ("The toll stands at 45 as of Sunday, the ministry said.", 45),
        ("Arrests reached 1,200 as of Friday evening, the group said.", 1200),
    ],
)
def test_count_as_of_a_date(text: str, value: float) -> None:
    """ "the toll stood at 15 as of Monday night": the small model runs one time or date entity
    over the count and the "as of" date after it, and the count was dropped as a time of day; a
    count is never told "as of" a day, the date is its own."""
    assert _values(text) == [value]


def test_count_as_of_a_date_guard() -> None:
    """Guard: a clock time before a date stays no count."""
    assert _values("The curfew begins at 9 p.m. as of Monday.") == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("With the number of detainees exceeding 2,000, lawyers cannot keep up.", 2000, "detained"),
        ("The number of arrests, exceeding 1,800 by September, is the highest on record.", 1800, "arrested"),
        ("With the number of dead surpassing 300, the army was sent in.", 300, "killed"),
    ],
)
def test_number_of_people_passing_a_count(text: str, value: float, category: str) -> None:
    """ "with the number of detainees exceeding 2,000": a participle of passing ("exceeding",
    "topping", "surpassing") hung on the people a total counts gives that total; the parser
    hangs it on the people, not on "number", and the count was lost."""
    assert figure_readings(text, _PUBLISHED) == [(value, "over", category)]


def test_passing_a_count_guard() -> None:
    """Guard: a participle of passing on something that is no people counts no one."""
    assert _values("With temperatures exceeding 40 degrees, the march was cut short.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Nine of the 14 detainees were released on bail.", [9, 14]),
        ("Three of the 20 people arrested on Friday were journalists.", [3, 20]),
        ("Two of the 11 protesters killed were teenagers.", [2, 11]),
    ],
)
def test_total_of_a_part_of_people_of_the_event(text: str, values: list[float]) -> None:
    """ "Nine of the 14 detainees": the whole of a partitive was dropped as a group's size ("26 of
    Colombia's 32 departments"); when it counts people the event made (detainees, people arrested,
    protesters killed) it is a figure of its own."""
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Three of the country's 10 provinces saw protests.", [3]),
        ("Five of the 12 judges dissented.", [5]),
    ],
)
def test_total_of_a_part_guard(text: str, values: list[float]) -> None:
    """Guard: the whole of a partitive that counts no people of the event stays dropped."""
    assert _values(text) == values


@pytest.mark.parametrize(
    "opener",
    ["Of this number", "Of that number", "Of this total", "Of the total"],
)
def test_part_of_this_number(opener: str) -> None:
    """ "(Police have detained 1,780 people.) Of this number, 114 are teenagers": a fronted "of" with
    a total noun ("this number", "the total") points back at the count before, as "Of these" does;
    the parts were dropped."""
    text = f"Police have detained 1,780 people since the vote. {opener}, 114 are teenagers and 230 are women."
    assert figure_readings(text, _PUBLISHED) == [
        (1780, "exact", "detained"),
        (114, "exact", "detained"),
        (230, "exact", "detained"),
    ]


def test_part_of_this_number_guard() -> None:
    """Guard: a fronted "of" with a total noun and no count before it gives nothing to be part of."""
    assert _values("Of this number, most are teenagers.") == []


def test_closer_to() -> None:
    """ "put the death toll at closer to 40": "closer to" hedges as "close to" does."""
    assert figure_readings("Opposition groups put the death toll at closer to 40.", _PUBLISHED) == [
        (40, "about", "killed")
    ]
