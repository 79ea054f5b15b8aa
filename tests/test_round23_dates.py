"""Dates of real crackdown reports, twenty-third round.

Constructions met in broadcasters' web stories, national dailies in English and rights groups'
releases, each shown here by a sentence written for these tests; each case failed before its rule
unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a run of three or more days listed with commas: one stretch ------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Riot police fired on marchers on 12, 13 and 14 March, the union said.",
            "2023-04-02",
            [("12, 13 and 14 March", "2023-03-12/2023-03-14")],
        ),
        (
            "Riot police fired on marchers on 12, 13, and 14 March 2021.",
            None,
            [("12, 13, and 14 March 2021", "2021-03-12/2021-03-14")],
        ),
        (
            "Curfews were imposed on the 4th, 5th, 6th and 7th of June, residents said.",
            "2023-07-01",
            [("4th, 5th, 6th and 7th of June", "2023-06-04/2023-06-07")],
        ),
        # month first: before, the days after the first were not read at all
        (
            "Riot police fired on marchers on March 12, 13 and 14, the union said.",
            "2023-04-02",
            [("March 12, 13 and 14", "2023-03-12/2023-03-14")],
        ),
        (
            "Riot police fired on marchers on March 12, 13, and 14, 2021, the union said.",
            None,
            [("March 12, 13, and 14, 2021", "2021-03-12/2021-03-14")],
        ),
    ],
)
def test_a_run_of_listed_days_is_one_stretch(nlp, text: str, published, expected) -> None:
    """Three or more days running of one month, listed with commas and a last "and", are the
    stretch from the first to the last, as two days running joined by "and" already were."""
    assert _dates(nlp, text, published) == expected


# guards: days listed that do not run on stay dates of their own; month first they are now read
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Riot police fired on marchers on 12, 15 and 19 March, the union said.",
            "2023-04-02",
            [("12", "2023-03-12"), ("15", "2023-03-15"), ("19 March", "2023-03-19")],
        ),
        (
            "Riot police fired on marchers on March 12, 15 and 19, the union said.",
            "2023-04-02",
            [("March 12", "2023-03-12"), ("15", "2023-03-15"), ("19", "2023-03-19")],
        ),
        (
            "Shops were looted on March 12, 13 and 14 people were hurt.",
            "2023-04-02",
            [("March 12", "2023-03-12")],
        ),
        (
            "Riot police fired on marchers on 12 and 13 March, the union said.",
            "2023-04-02",
            [("12 and 13 March", "2023-03-12/2023-03-13")],
        ),
    ],
)
def test_listed_days_apart_stay_dates_of_their_own(nlp, text: str, published, expected) -> None:
    assert _dates(nlp, text, published) == expected


# --- a day's year after "of": "May 6th of 2019", "the 6th of May of 2019" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police broke up a vigil on May 6th of 2019, the lawyers said.",
            ("May 6th of 2019", "2019-05-06"),
        ),
        ("Riot police broke up a vigil on the 6th of May of 2019.", ("6th of May of 2019", "2019-05-06")),
        ("Riot police broke up a vigil on 6 May of 2019.", ("6 May of 2019", "2019-05-06")),
    ],
)
def test_a_days_year_after_of(nlp, text: str, expected: tuple) -> None:
    """A day with its year after "of" (as "May of 2019" already was) is of that year, not of the
    year of writing."""
    assert _dates(nlp, text, "2024-07-20") == [expected]


# guard: a count after "of" stays a count
def test_a_count_after_a_days_of_stays_a_count(nlp) -> None:
    text = "On May 6 of 2000 detainees, 40 were freed."
    assert ("May 6", "2024-05-06") in _dates(nlp, text, "2024-07-20")


# --- an active verb of expecting looks ahead: "the opposition expects a verdict in February" -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition expects a verdict in February, its lawyer said.", ("February", "2012-02")),
        ("Lawyers anticipate a ruling in March.", ("March", "2012-03")),
        ("Monitors predict fresh protests in January.", ("January", "2012-01")),
    ],
)
def test_an_active_verb_of_expecting_looks_ahead(nlp, text: str, expected: tuple) -> None:
    """A yearless month a present-tense verb of expecting (expect, anticipate, predict, forecast)
    governs is the next one, as after "is expected in"; before, the active present left the
    tense unknown and the month of the year of writing was read, months back."""
    assert _dates(nlp, text, "2011-10-07") == [expected]


# guards: what was expected in the past, and a month after a present verb of another kind
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights groups expected the worst after the crackdown in February.", ("February", "2011-02")),
        ("The opposition recalls the crackdown in February.", ("February", "2011-02")),
    ],
)
def test_other_months_keep_their_year(nlp, text: str, expected: tuple) -> None:
    assert _dates(nlp, text, "2011-10-07") == [expected]


# --- "her March arrest", "the May protests": an ambiguous month before the noun it dates ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The editor has been in custody since her March arrest.", ("March", "2024-03")),
        ("The blogger has been in custody since Farid's March arrest.", ("March", "2024-03")),
        ("Thousands joined the March protests in the port city.", ("March", "2024-03")),
        ("The May elections were marred by violence.", ("May", "2024-05")),
    ],
)
def test_march_or_may_after_a_determiner_before_a_noun(nlp, text: str, expected: tuple) -> None:
    """A capitalised "March" or "May" between "the" (or a possessive) and a common noun dates
    the noun, as "the October protests" already did; alone the two words need a word such as
    "in" before them."""
    assert _dates(nlp, text, "2024-05-15") == [expected]


# guards: the verb, the modal and the name stay words
@pytest.mark.parametrize(
    "text",
    [
        "Students will march on the ministry.",
        "The march drew thousands of students.",
        "Police said the May Day rally was banned.",
        "Organisers of the Women's March said the rally would go ahead.",
        "Officials may detain the organisers.",
    ],
)
def test_march_or_may_as_words_stay_words(nlp, text: str) -> None:
    assert _dates(nlp, text, "2024-05-15") == []
