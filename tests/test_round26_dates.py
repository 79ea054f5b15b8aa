"""Dates of real reports, twenty-sixth round.

Constructions met in real prose by other hands (TR-News wire and local news, Wikinews articles
without a publication date), each shown by a sentence written for these tests; each case failed
before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- without a publication date, no year is taken from a date written later ------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The dockers went back to work on 12 March, the union said. Their strike had begun on "
            "2 February 2018 over unpaid wages.",
            "12 March",
        ),
        (
            "A court in the capital convicted the editor on Oct. 9. He was first detained on "
            "June 14, 2017, at his home.",
            "Oct. 9",
        ),
    ],
)
def test_a_yearless_day_before_any_full_date_has_no_value(nlp, text: str, day: str) -> None:
    """An article without a publication date resolves a yearless day against the latest full
    date it has given *before* it; the first full date written later may be years before the
    time of writing (a background paragraph), so it gives the day no year."""
    assert (day, None) in _dates(nlp, text, None)


def test_a_yearless_day_after_a_full_date_still_takes_its_year(nlp) -> None:
    # guard: the full date comes first, so the day after it is placed by it
    text = "Their strike began on 2 February 2018 over unpaid wages. They went back to work on 12 March."
    assert ("12 March", "2018-03-12") in _dates(nlp, text, None)


# --- a year sets the story's time only when it frames its sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Floods killed more than 300 people across the province in 2016. In June, engineers "
            "raised the dam by two metres.",
            "June",
        ),
        (
            "The charity fed 40,000 families in 2019, its director said. On 3 May, its warehouse "
            "burned down.",
            "3 May",
        ),
    ],
)
def test_a_year_closing_a_sentence_does_not_date_the_yearless_days_after_it(
    nlp, text: str, month: str
) -> None:
    """ "killed 300 people in 2016": a year that ends its sentence gives the time of a count or a
    background fact, not the time the story is told in; without a publication date or a full day
    the month or day after it has no year."""
    assert (month, None) in _dates(nlp, text, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2016, floods killed more than 300 people across the province. In June, engineers "
            "raised the dam by two metres.",
            ("June", "2016-06"),
        ),
        (
            "By early 2019, the charity fed 40,000 families. On 3 May, its warehouse burned down.",
            ("3 May", "2019-05-03"),
        ),
    ],
)
def test_a_year_opening_its_sentence_dates_the_yearless_days_after_it(nlp, text: str, expected) -> None:
    # guard: "In 2016, …" opening the sentence sets the time the story goes on in
    assert expected in _dates(nlp, text, None)


def test_a_year_opening_a_line_after_a_dateline_dates_the_days_after_it(nlp) -> None:
    # guard: the capital "In" opens the sentence, whatever the parser makes of the dateline before it
    text = "NAIROBI —\nIn 2016, floods killed more than 300 people. On 4 June, engineers raised the dam."
    assert ("4 June", "2016-06-04") in _dates(nlp, text, None)


# --- a count bounded by "more than", "less than", "over" or "at least" is no date -------------


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        ("The town was founded more than 150 years ago by miners.", "2025-03-10", "150 years ago"),
        ("The dam broke less than two weeks ago, officials said.", "2025-03-10", "two weeks ago"),
        ("The mine closed over two years ago.", "2025-03-10", "two years ago"),
        (
            "The blast hit the port on August 4, 2020. More than three years later, nobody has been charged.",
            None,
            "three years later",
        ),
        (
            "The blast hit the port on August 4, 2020. At least two weeks later, the first aid arrived.",
            None,
            "two weeks later",
        ),
    ],
)
def test_a_bounded_count_from_now_or_from_a_date_has_no_value(nlp, text: str, published, words: str) -> None:
    """ "more than 150 years ago", "More than three years later": a bound says only that the day lies
    somewhere before (or after) a point, a vague expression with no one value; it is not listed."""
    found = _dates(nlp, text, published)
    assert not [value for span, value in found if words in span and value is not None]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The town was founded almost 150 years ago by miners.",
            "2025-03-10",
            ("almost 150 years ago", "1875"),
        ),
        ("The dam broke two weeks ago, officials said.", "2025-03-10", ("two weeks ago", "2025-W09")),
        (
            "The blast hit the port on August 4, 2020. Three years later, nobody has been charged.",
            None,
            ("Three years later", "2023"),
        ),
        (
            "The blast hit the port on August 4, 2020. No later than two days after, the minister resigned.",
            None,
            ("August 4, 2020", "2020-08-04"),
        ),
    ],
)
def test_an_exact_or_approximate_count_keeps_its_value(nlp, text: str, published, expected) -> None:
    # guard: a count with no bound ("two weeks ago"), or one an approximator softens ("almost"), keeps its value
    assert expected in _dates(nlp, text, published)
