"""Which numbers are figures, twenty-third round: constructions read on broadcasters' web stories,
national dailies in English and rights groups' releases, each in a sentence of our own.

Every sentence here was written for tally after reading such reporting; none is copied from a
page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_categories

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-02"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Police shot dead 18 protesters and wounded an equal number.", 18, "injured"),
        ("The clashes left 18 dead and an equal number wounded.", 18, "injured"),
        ("Eighteen protesters were killed and the same number injured.", 18, "injured"),
        ("Soldiers detained 40 men and a similar number of women in the raid.", 40, "detained"),
    ],
)
def test_an_equal_number(text: str, value: float, category: str) -> None:
    """ "killed 18 and wounded an equal number", "the same number injured": a second count that
    restates the value of the count right before it in the sentence, for another category; it
    has no digits of its own and was not read."""
    pairs = _pairs(text)
    assert (value, category) in pairs
    assert len(pairs) == 2


def test_an_equal_number_guard() -> None:
    """Guard: with no count before it in the sentence, "an equal number" counts nothing; "equal
    numbers of men and women" is a share, no count."""
    assert _pairs("An equal number of men and women took part in the march.") == []
    assert _pairs("Police detained 40 people. Equal numbers of men and women were held.") == [
        (40, "detained")
    ]


@pytest.mark.parametrize(
    ("text", "value", "category", "year"),
    [
        ("In 1989 soldiers killed as many as 2,000 students.", 2000, "killed", 1989),
        ("In 2009 students were arrested by the hundreds.", 100, "arrested", 2009),
        ("The square was cleared; in 1999 troops shot dead 40 people.", 40, "killed", 1999),
    ],
)
def test_year_opening_a_clause(text: str, value: float, category: str, year: int) -> None:
    """ "In 1989 soldiers killed …", "in 1999 troops shot dead …": a year after a preposition of
    time that opens the sentence or clause, before the clause's subject; the parser makes the year
    a number of that subject (soldiers, troops, students), a noun of people, and it was a count."""
    pairs = _pairs(text)
    assert (value, category) in pairs
    assert not any(v == year for v, _ in pairs)


def test_year_opening_a_clause_guard() -> None:
    """Guard: a count in the year range with no preposition of time before it stays a count."""
    assert _pairs("Police detained 2000 protesters in the capital.") == [(2000, "detained")]
    assert _pairs("Since Friday 1950 protesters have been detained.") == [(1950, "detained")]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Another 90 people were detained overnight, bringing total arrests in the region to 2,310.",
            2310,
            "arrested",
        ),
        ("Five more protesters died of their wounds, taking total deaths to 87.", 87, "killed"),
        ("The raids on Sunday pushed detentions to more than 600.", 600, "detained"),
    ],
)
def test_event_noun_brought_to_a_total(text: str, value: float, category: str) -> None:
    """ "bringing total arrests in the region to 2,310", "taking total deaths to 87": a verb of
    bringing whose object is an event noun (with or without "total") gives the new total with
    "to", as "bringing the number of arrests to" does; the count was dropped."""
    assert (value, category) in _pairs(text)


def test_event_noun_brought_to_a_total_guard() -> None:
    """Guard: a verb of bringing that moves people somewhere names no total."""
    assert _pairs("Police took 30 detainees to a stadium outside the city.") == [(30, "detained")]


@pytest.mark.parametrize(
    "text",
    [
        "Seven in ten of the detainees were under 25, the group said.",
        "Four in ten Iranians say they have joined a protest.",
        "Nine in 10 of those killed were shot in the head.",
    ],
)
def test_proportion_in_ten(text: str) -> None:
    """ "Seven in ten of the detainees", "Four in ten Iranians": a share written as a number in a
    round denominator; the denominator (ten) was read as a count of the people after it."""
    assert not any(v == 10 for v, _ in _pairs(text))


def test_proportion_in_ten_guard() -> None:
    """Guard: a count of places after "killed 12 in" stays a count of places."""
    assert (5, "places") in _pairs("Troops killed 12 people in five provinces on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "The district imposed an order prohibiting assembly of five or more persons.",
        "The curfew order bans the gathering of more than four people in public places.",
        "Officials said the order bars the assembly of more than four persons near the court.",
    ],
)
def test_threshold_of_a_singular_assembly(text: str) -> None:
    """ "prohibiting assembly of five or more persons", "bans the gathering of more than four
    people": South Asian reporting on orders banning gatherings names the gathering in the
    singular, as a mass noun; the rule's threshold was read as a count of people."""
    assert _pairs(text) == []


def test_threshold_of_a_singular_assembly_guard() -> None:
    """Guard: a gathering that took place is counted."""
    assert (5000, "protesters") in _pairs(
        "Police dispersed a gathering of 5,000 protesters outside parliament."
    )


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("By the third week, arrests ran into the thousands.", 1000, "arrested"),
        ("Deaths in the crackdown now run into the hundreds, the group said.", 100, "killed"),
    ],
)
def test_event_noun_runs_into(text: str, value: float, category: str) -> None:
    """ "arrests ran into the thousands": an event noun whose verb "runs into" a vague amount has
    that amount, as "the number of those arrested runs into the thousands" did; it was dropped."""
    assert (value, category) in _pairs(text)


def test_event_noun_runs_into_guard() -> None:
    """Guard: a vehicle that runs into people counts the people hit, not an event."""
    assert (12, "killed") not in _pairs("A truck ran into dozens of people at the market.")


@pytest.mark.parametrize(
    "text",
    [
        "Belarus: 41 journalists behind bars, says press union",
        "Nine activists in custody after march, says lawyer",
    ],
)
def test_count_before_an_inverted_says(text: str) -> None:
    """ "41 journalists behind bars, says press union": a headline's verbless count before an
    inverted "says X"; the parser makes the counted people a first subject of "says", and they
    were dropped as sources ("three officials said"), though the speaker stands after the verb."""
    assert [c for _, c in _pairs(text)] == ["detained"]


def test_count_before_an_inverted_says_guard() -> None:
    """Guard: people who speak before "said" stay sources."""
    assert _pairs("Three officials said the march was peaceful.") == []
