"""Which numbers are figures, twentieth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally after reading real crackdown reporting (rights groups'
daily tallies, wire stories, commission statements); none is copied from a page or a gold set.
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
    ("text", "step", "total"),
    [
        ("The death toll rose by 12 to 312 on Sunday.", 12, 312),
        ("Arrests jumped by 40 to 1,240 overnight, the group said.", 40, 1240),
        ("The number of dead increased by five to 23, officials said.", 5, 23),
    ],
)
def test_change_by_a_step_to_a_total(text: str, step: float, total: float) -> None:
    """ "the toll rose by 12 to 312": a verb of change with "by" gives the step and "to" the new
    total, two counts; read as one range "12 to 312" the total was lost (and "jumped by 40 to
    1,240" gave no figure at all)."""
    assert _values(text) == [step, total]


def test_change_by_a_step_guard() -> None:
    """Guard: a plain range after a verb with no change stays one range."""
    assert figure_readings("Police detained 200 to 300 students on Friday.", _PUBLISHED) == [
        (200.0, "exact", "detained")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ko Zaw Min (45), a teacher, was shot dead on Monday.",
        "Ma Thida (28) and her husband were arrested at their home.",
    ],
)
def test_age_in_brackets_after_a_name(text: str) -> None:
    """ "Ko Zaw Min (45), a teacher, was shot dead": a bare number in brackets right after a
    person's name is that person's age, as "Ko Zaw Min, 45," is; it was counted as one killed."""
    assert _values(text) == []


def test_count_in_brackets_guard() -> None:
    """Guard: a count in brackets before its noun, as rights groups' daily tallies write them,
    stays a count."""
    assert figure_readings("(74) people were killed on Sunday.", _PUBLISHED) == [(74.0, "exact", "killed")]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("A total of (1856) people are still under detention.", 1856, "detained"),
        ("Since the coup, (1937) people have been arrested.", 1937, "arrested"),
    ],
)
def test_bracketed_count_that_looks_like_a_year(text: str, value: float, category: str) -> None:
    """ "A total of (1856) people are still under detention": a count in brackets before a noun of
    people is a count even when its digits could be a year; the bracket kept the noun from
    the number, and the count was dropped as the year 1856."""
    assert figure_readings(text, _PUBLISHED) == [(value, "exact", category)]


def test_year_in_brackets_guard() -> None:
    """Guard: a year in brackets with no noun of people after it is no count."""
    assert _values("The army seized power in a coup (1962) and ruled for decades.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces opened fire, killing one and wounding two.", [(1.0, "killed"), (2.0, "injured")]),
        ("The blast killed one and injured four near the market.", [(1.0, "killed"), (4.0, "injured")]),
    ],
)
def test_bare_one_as_the_object_of_a_harm_verb(text: str, expected: list[tuple[float, str]]) -> None:
    """ "killing one and wounding two": a bare "one" that is the object of a verb of harm counts one
    person, as the "two" beside it counts two; it was read as a pronoun and dropped."""
    assert [(v, c) for v, _, c in figure_readings(text, _PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said no one was killed in the clashes.",
        "Every one of the detainees was released by Sunday.",
    ],
)
def test_bare_one_guard(text: str) -> None:
    """Guard: "no one" and "every one of" count no one."""
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Arrests jumped to 1,240 overnight.", 1240, "arrested"),
        ("Police detained 85 overnight in the capital.", 85, "detained"),
    ],
)
def test_count_before_a_day_part_adverb(text: str, value: float, category: str) -> None:
    """ "arrests jumped to 1,240 overnight": the small model runs a TIME or QUANTITY entity over a
    count and the adverb after it; with no word of time or unit inside the entity the number is a
    count, not a time."""
    assert figure_readings(text, _PUBLISHED) == [(value, "exact", category)]


@pytest.mark.parametrize(
    "text",
    [
        "The curfew starts at 9 p.m. and protesters must leave the square.",
        "Police held the square for two hours before the march.",
    ],
)
def test_time_guard(text: str) -> None:
    """Guard: a clock time and a count of hours stay no figure."""
    assert _values(text) == []


def test_age_range_after_the_ages_of() -> None:
    """ "23 children between the ages of 12 and 17 were killed": the later number of an age range
    after "the ages of" is an age too, as "aged 16 and 17" is; it was counted as 17 killed."""
    assert figure_readings("At least 23 children between the ages of 12 and 17 were killed.", _PUBLISHED) == [
        (23.0, "at_least", "killed")
    ]


def test_age_range_guard() -> None:
    """Guard: a count joined by "and" to people of all ages stays a count."""
    assert _values("Police arrested people of all ages and 40 students.") == [40]


def test_list_by_day_with_its_verb_written_once() -> None:
    """ "Twelve of the deaths took place on 16 May, a further eight on 17 May, and three on 18 May":
    a bare count after a comma with a day after "on", as the count before has a few words after
    it, is the next item of a list by day; the parser hangs it on the day before, and it was
    dropped."""
    text = (
        "Twelve of the 23 killings recorded by the group took place on 16 May, "
        "a further eight on 17 May, and three on 18 May."
    )
    assert _values(text) == [12, 8, 3]


def test_list_by_day_guard() -> None:
    """Guard: a bare count after a comma with no day after it stays as it was."""
    assert _values("Police detained 40 protesters on Monday, most of them students.") == [40]
