"""Dates, fifty-sixth round: a year reached by "to" after a verb of dating or moving in time.

"His record dates to 1987", "a feud going back to 1962", "extended the lease to 2031": the
year after "to" is where a span of time reaches, not a count a number rose to ("the toll
rose to 2017"). And "the year of 2012" names a year as "the end of 2012" does. Every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Police said his record of arrests dates to 1987.", "1987"),
        ("The feud between the two clans dates back to 1962.", "1962"),
        ("Detectives are reviewing a string of arson attacks dating to 1996.", "1996"),
        ("His convictions date to 1985, including two for assault.", "1985"),
        ("The council voted to extend the lease to 2031.", "2031"),
        ("The ministry postponed the census to 2027.", "2027"),
        ("The tradition goes back to 1921.", "1921"),
    ],
)
def test_a_year_reached_by_to_after_a_verb_of_time(nlp, text: str, year: str) -> None:
    assert _dates(nlp, text, "2018-05-03") == [(year, year)]


def test_the_year_of_a_year(nlp) -> None:
    text = "The year of 2012 was declared a year of remembrance."
    assert ("2012", "2012") in _dates(nlp, text, "2018-05-03")


@pytest.mark.parametrize(
    "text",
    [
        # guards: a number a count rose or fell to is no year
        "The death toll rose to 2017, officials said.",
        "The number of detainees climbed to 1500 overnight.",
        "Membership fell to 1990 after the split.",
    ],
)
def test_a_count_reached_by_to_stays_a_count(nlp, text: str) -> None:
    assert [t for t, _ in _dates(nlp, text, "2018-05-03") if t[:1].isdigit()] == []
