"""Dates of real crackdown reports, eighteenth round.

Written from long probe articles of our own (eval/dates_own/round18). Every
sentence here is written for these tests; each one failed before its rule
unless it says it is a guard. The round's rules are about the year a yearless
day takes when the article has written its month, or its Persian calendar
day, with a year before.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a yearless day of a month the paragraph wrote with its year ----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The army seized power after the March 2019 vote, which the opposition had won. "
            "Observers said the March 24 ballot was marred by fraud.",
            "2021-06-10",
            [("March 2019", "2019-03"), ("March 24", "2019-03-24")],
        ),
        (
            "Parliament was dissolved in September 2017 after weeks of strikes. Troops had surrounded "
            "the building on Sept. 5, witnesses said.",
            "2020-01-15",
            [("September 2017", "2017-09"), ("Sept. 5", "2017-09-05")],
        ),
        (
            "Thousands were detained in the crackdown of August 2016. Among them was a teacher "
            "arrested on 14 August at his school in the capital.",
            "2023-02-02",
            [("August 2016", "2016-08"), ("14 August", "2016-08-14")],
        ),
    ],
)
def test_a_yearless_day_of_a_month_written_with_its_year(
    nlp, text: str, published: str, expected: list
) -> None:
    """Background paragraphs name the month with its year ("the March 2019 vote") and then its days
    without it ("the March 24 ballot"): the day is of that month, not of the last March before
    writing."""
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # within a month of writing: the day of this year, as the publication reads it
            "Protests first broke out in November 2019. On Nov. 15, police arrested 40 people in the capital.",
            "2021-11-20",
            [("November 2019", "2019-11"), ("Nov. 15", "2021-11-15")],
        ),
        (  # a new paragraph: the month written above no longer holds
            "Protests first broke out in May 2018.\n\nOn May 3, police arrested 40 people in the capital.",
            "2021-09-20",
            [("May 2018", "2018-05"), ("May 3", "2021-05-03")],
        ),
    ],
)
def test_guard_a_day_near_writing_or_past_the_paragraph(
    nlp, text: str, published: str, expected: list
) -> None:
    """Guards: the month written with its year does not reach a day near the time of writing, nor a
    day in another paragraph."""
    assert _dates(nlp, text, published) == expected


# --- a yearless Persian day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Students remember the raid on their dormitory on 9 July 1999, 18 Tir in the Iranian "
            "calendar, as the start of the protests.",
            "2020-11-02",
            [("9 July 1999", "1999-07-09"), ("18 Tir", "1999-07-09")],
        ),
        (
            "The fuel protests began on 24 Aban 1398. Her brother was buried on 29 Aban, his family said.",
            "2021-06-10",
            [("24 Aban 1398", "2019-11-15"), ("29 Aban", "2019-11-20")],
        ),
    ],
)
def test_a_yearless_persian_day_follows_the_dates_written(
    nlp, text: str, published: str, expected: list
) -> None:
    """A Persian day without its year restating a day of ours in its sentence is that day; one after
    a Persian date written with its year is in that Persian year, not the one of writing."""
    assert _dates(nlp, text, published) == expected


# --- the time a paragraph set, with no day of writing ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The crisis began with a fuel price rise on 4 January 2020. In April 2020, the government "
            "closed the border; it reopened in December.",
            None,
            [("4 January 2020", "2020-01-04"), ("April 2020", "2020-04"), ("December", "2020-12")],
        ),
        (
            "The camp was cleared on 28 August 2021.\n\nThe crisis had begun on 4 January 2020. By early "
            "2021, flour was rationed from 15 February.",
            None,
            [
                ("28 August 2021", "2021-08-28"),
                ("4 January 2020", "2020-01-04"),
                ("2021", "2021"),
                ("15 February", "2021-02-15"),
            ],
        ),
        (
            "In September 2021, the army took control of the north. Villagers said soldiers arrived on "
            "14 September and burned 200 houses.",
            "2022-11",
            [("September 2021", "2021-09"), ("14 September", "2021-09-14")],
        ),
    ],
)
def test_a_yearless_date_in_the_time_its_paragraph_set(
    nlp, text: str, published: str | None, expected: list
) -> None:
    """With no publication day, a yearless day or month is in the year its paragraph last set ("In
    April 2020, … in December"), not placed against the latest full date the article gave."""
    assert _dates(nlp, text, published) == expected


# --- a live page's day headings date what is "this morning" under them ------------------------------


_LIVE_OLDEST_FIRST = (
    "Live: strikes across France\n\nLast updated 09.03.2023, 20:10\n\nTuesday 7 March\n\n10:02 — The interior "
    "ministry said this morning that 1.2 million marched yesterday.\n\nThursday 9 March\n\n08:15 — Refinery "
    "workers voted this morning to extend their strike."
)
_LIVE_NEWEST_FIRST = (
    "Live: strikes across France\n\nThursday 9 March\n\n08:15 — Refinery workers voted this morning to extend "
    "their strike.\n\nTuesday 7 March\n\n10:02 — The interior ministry said this morning that 1.2 million "
    "marched yesterday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LIVE_OLDEST_FIRST,
            [
                ("09.03.2023", "2023-03-09"),
                ("Tuesday 7 March", "2023-03-07"),
                ("this morning", "2023-03-07"),
                ("yesterday", "2023-03-06"),
                ("Thursday 9 March", "2023-03-09"),
                ("this morning", "2023-03-09"),
            ],
        ),
        (
            _LIVE_NEWEST_FIRST,
            [
                ("Thursday 9 March", "2023-03-09"),
                ("this morning", "2023-03-09"),
                ("Tuesday 7 March", "2023-03-07"),
                ("this morning", "2023-03-07"),
                ("yesterday", "2023-03-06"),
            ],
        ),
    ],
)
def test_a_live_page_day_heading_dates_its_entries(nlp, text: str, expected: list) -> None:
    """A live page published on 9 March keeps its entries under the day they were written: "this
    morning" under "Tuesday 7 March" is that Tuesday's morning, "yesterday" the Monday."""
    assert _dates(nlp, text, "2023-03-09") == expected


# --- holidays of a fixed day ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police in Almaty broke up a vigil on Orthodox Christmas, witnesses said.",
            "2022-01-12",
            [("Orthodox Christmas", "2022-01-07")],
        ),
        (
            "Women marched through Islamabad on International Women's Day despite a ban.",
            "2023-03-10",
            [("International Women's Day", "2023-03-08")],
        ),
    ],
)
def test_a_holiday_of_a_fixed_day(nlp, text: str, published: str, expected: list) -> None:
    """Orthodox Christmas (7 January of ours) and International Women's Day (8 March) are days."""
    assert _dates(nlp, text, published) == expected


def test_a_decade_later_counts_ten_years_from_the_year_before(nlp) -> None:
    """ "A decade later" after "In 1999" is 2009, as "ten years later" is."""
    text = "In 1999, students occupied the campus for a week. A decade later, the square filled again."
    assert _dates(nlp, text, "2020-05-05") == [("1999", "1999"), ("A decade later", "2009")]


# --- a slashed date with no anchor is read the way the article writes its days ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Posted: 12/03/2023 09:15\n\nPolice arrested 30 people on Saturday. The march is planned for "
            "Tuesday, 14 March.",
            [("12/03/2023", "2023-03-12"), ("Saturday", "2023-03-11"), ("Tuesday, 14 March", "2023-03-14")],
        ),
        (  # guard: an article that writes the month first reads it first
            "Posted: 12/03/2023 09:15\n\nPolice arrested 30 people on Saturday. The march is planned for "
            "Tuesday, Dec. 5.",
            [("12/03/2023", "2023-12-03"), ("Saturday", "2023-12-02"), ("Tuesday, Dec. 5", "2023-12-05")],
        ),
    ],
)
def test_a_slashed_date_without_anchor_follows_the_articles_day_order(nlp, text: str, expected: list) -> None:
    """With no publication date, "12/03/2023" is 12 March in copy that writes "14 March" and 3
    December in copy that writes "Dec. 5"."""
    assert _dates(nlp, text, None) == expected
