"""Which numbers are figures and their category, twenty-second round: constructions of
reporting by genre (encyclopaedia articles on protests, rights groups' tallies, UN briefing
notes, state media), each in a sentence of our own.

Every sentence here was written for tally after reading such reporting; none is copied from a
page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_categories

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-01-10"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The hanging brought to four the number of protesters executed.", 4, "executed"),
        ("Two more men were hanged, bringing to four the number of protesters executed.", 4, "executed"),
        ("The raids bring to 900 the number of students detained this month.", 900, "detained"),
    ],
)
def test_count_fronted_before_its_total(text: str, value: float, category: str) -> None:
    """ "brought to four the number of protesters executed": the new total comes before the total
    noun it gives; the parser may hang "the number of …" on the participle as the subject of a
    clause of its own, and the count was dropped."""
    assert (value, category) in _pairs(text)


def test_count_fronted_before_its_total_guard() -> None:
    """Guard: the object after the count is no total; a plain "bringing the total to" stays."""
    assert _pairs("Another 40 people were detained, bringing the total to 1,240.") == [
        (40, "detained"),
        (1240, "detained"),
    ]
    assert (4, "executed") not in _pairs("The court brought four charges against the protesters executed.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Security forces killed 300 people, including 40 children, in 25 of 31 provinces.", 25),
        ("Security forces killed 300 people in 25 out of 31 provinces.", 25),
        ("Protests were reported in 120 out of 160 cities, the group said.", 120),
    ],
)
def test_part_of_the_places(text: str, value: float) -> None:
    """ "in 25 of 31 provinces", "in 25 out of 31 provinces": the part is a count of places. The
    parser may make the part a modifier of the whole's number (and the count took the category of
    the count before), and "out of" was read as a proportion ("two out of three") and dropped."""
    assert (value, "places") in _pairs(text)


def test_part_of_the_places_guard() -> None:
    """Guard: a proportion of people stays no count, and the whole of the places stays out."""
    assert _pairs("Two out of three residents said they supported the strike.") == []
    pairs = _pairs("Security forces killed 300 people in 25 out of 31 provinces.")
    assert all(v != 31 for v, _ in pairs)


def test_part_among_them_on_the_noun() -> None:
    """ "claimed the lives of 14 people, among them three policemen": the parser may hang "among
    them" on the counted noun of the part (and the noun on the subject) instead of the part on
    "them"; the part was dropped. It is a part of the toll, with its category."""
    assert _pairs("The clashes claimed the lives of 14 people, among them three policemen.") == [
        (14, "killed"),
        (3, "killed"),
    ]


def test_part_among_them_guard() -> None:
    """Guard: people "among" a crowd are no part of the count before."""
    assert (3, "killed") not in _pairs(
        "Police detained 20 people, and three officers among the crowd were hurt."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The dead included 15 boys aged between 13 and 17 and two girls.",
        "The dead included 15 boys aged 13 to 17 and two girls.",
        "Those killed included 15 boys aged between 13 and 17, and two girls.",
    ],
)
def test_part_joined_past_an_age_range(text: str) -> None:
    """ "15 boys aged between 13 and 17 and two girls": the parser joins the next part to the
    range of ages (as a third age) and it fell to "other"; it is the next part of the same
    list and shares the category of the count before."""
    assert _pairs(text) == [(15, "killed"), (2, "killed")]


def test_part_joined_past_an_age_range_guard() -> None:
    """Guard: the ages stay out, and a list without ages reads as before."""
    assert _pairs("The dead included 15 boys and two girls.") == [(15, "killed"), (2, "killed")]
    assert _pairs("Police arrested 40 students aged 16 and 17.") == [(40, "arrested")]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces shot dead 7 people on 15 November, 10 on 16 November and 4 on 17 November.",
        "Police arrested 20 people on 3 March, 15 on 4 March, and 9 on 5 March.",
    ],
)
def test_list_by_day_with_day_before_month(text: str) -> None:
    """ "shot dead 7 people on 15 November, 10 on 16 November and 4 on 17 November": a count after
    a comma or "and" that follows a month's name looked like the later day of a list of dates
    ("on August 4 and 5") and was dropped; a day is never followed by "on" and a day of its own.
    The last item may be joined by a bare "and"."""
    readings = _pairs(text)
    assert len(readings) == 3
    assert len({c for _, c in readings}) == 1


def test_list_by_day_with_day_before_month_guard() -> None:
    """Guard: the later days of a list of dates stay no count."""
    assert _pairs("Police arrested 120 people on August 4 and 5.") == [(120, "arrested")]
    assert _pairs("Protests were held on 15 November, 16 and 17 and 300 people were detained.") == [
        (300, "detained")
    ]


def test_infobox_rows_that_open_with_a_count() -> None:
    """An encyclopaedia's infobox copied as text: "Casualties" above short rows that open with a
    count and carry no full stop ("950 injured including children[12]", "25,000+ arrested[14]").
    The small model runs the rows into one sentence and a row's count climbed to another row's
    words ("including children" of the row above: injured); such a row is an item of a list, and
    no parse link across its line decides what it counts."""
    text = "Casualties and losses\n950 injured including children[12]\n25,000+ arrested[14][15]\n"
    assert _pairs(text) == [(950, "injured"), (25000, "arrested")]
    text = (
        "Casualties and losses\n"
        "950 injured including children[12]\n"
        "3–9 dead[13]\n"
        "25,000+ arrested[14][15]\n"
        "at least 4 are missing[16]\n"
    )
    assert _pairs(text) == [(950, "injured"), (3, "killed"), (25000, "arrested"), (4, "disappeared")]


def test_infobox_rows_guard() -> None:
    """Guard: a paragraph whose lines end in full stops reads as before."""
    text = (
        "Police fired on the crowd in the capital.\n"
        "25 people were killed, including three children.\n"
        "More than 300 were arrested."
    )
    assert _pairs(text) == [(25, "killed"), (3, "killed"), (300, "arrested")]
