"""Dates of real crackdown reports, twentieth round.

Constructions met in public crackdown reporting (rights groups' tallies, UN
briefing notes, wire copy), each shown here by a sentence written for these
tests; each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a past deed told in a relative clause or a shortened one: not a month still to come ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strikes, which started in mid-December, have closed every port.",
            [("December", "2020-12")],
        ),
        (
            "Dockers who were arrested in late December remain in jail.",
            [("December", "2020-12")],
        ),
        (
            "The walkout that began on December 3 has spread to four towns.",
            [("December 3", "2020-12-03")],
        ),
        (
            "The strikes, triggered in early December by a pay cut, have closed every port.",
            [("December", "2020-12")],
        ),
    ],
)
def test_a_past_relative_clause_dates_a_deed_done(nlp, text: str, expected: list) -> None:
    """ "The strikes, which started in mid-December, have …": the relative clause (or the participle
    that shortens one) tells a deed done before writing, so its yearless month or day is not the
    one still to come, whatever the tense of the clause it hangs from."""
    assert _dates(nlp, text, "2021-11-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: what a relative clause sets or expects, or tells in the present, may lie ahead
        ("The strike, which is set for December 3, has been banned.", [("December 3", "2021-12-03")]),
        ("Dockers, who plan to strike in mid-December, met on Friday.", None),
        ("The vote, expected in mid-December, has been delayed.", [("December", "2021-12")]),
    ],
)
def test_a_relative_clause_of_setting_or_expecting_still_looks_ahead(nlp, text: str, expected) -> None:
    found = _dates(nlp, text, "2021-11-20")
    if expected is None:
        assert ("December", "2021-12") in found
    else:
        assert found == expected


# --- a part of a month with no preposition: when the verb was done ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strikes broke out mid-December in the ports.", [("December", "2020-12")]),
        ("Riot police stormed the campus mid-December.", [("December", "2020-12")]),
    ],
)
def test_a_part_of_a_month_without_in_dates_its_verb(nlp, text: str, expected: list) -> None:
    """ "Strikes broke out mid-December", "stormed the campus mid-December": the parser takes the bare "mid-December" for an object,
    but a part of a month is when the verb was done, and takes its tense."""
    assert _dates(nlp, text, "2021-11-20") == expected


def test_a_part_of_a_month_without_in_still_looks_ahead_with_will(nlp) -> None:
    # guard
    assert _dates(nlp, "Dockers will strike mid-December in the ports.", "2021-11-20") == [
        ("December", "2021-12")
    ]


# --- "last Friday" told on an earlier day of saying --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said on Tuesday that guards had beaten its leader last Thursday.",
            [("Tuesday", "2021-11-16"), ("last Thursday", "2021-11-11")],
        ),
        (
            "In a statement on Monday, the lawyers said their client was arrested last Friday.",
            [("Monday", "2021-11-15"), ("last Friday", "2021-11-12")],
        ),
    ],
)
def test_last_weekday_in_reported_speech_lies_before_the_saying(nlp, text: str, expected: list) -> None:
    """ "said on Tuesday that guards had beaten its leader last Thursday", written on the Saturday
    after: a deed told on Tuesday was done before it, so its "last Thursday" is the one before that
    Tuesday, not the day of writing's."""
    assert _dates(nlp, text, "2021-11-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: the day counted from writing already lies before the saying; no saying day
        (
            "The union said on Friday that guards had beaten its leader last Monday.",
            [("Friday", "2021-11-19"), ("last Monday", "2021-11-15")],
        ),
        ("Guards beat the union leader last Friday.", [("last Friday", "2021-11-19")]),
    ],
)
def test_last_weekday_already_before_the_saying_is_unchanged(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2021-11-20") == expected


# --- a year typed after its day's comma with no space ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards beat the dockers on August 14,2021 at the port.", [("August 14,2021", "2021-08-14")]),
        (
            "Guards beat the dockers on Sunday, Aug. 14,2016, at the port.",
            [("Sunday, Aug. 14,2016", "2016-08-14")],
        ),
    ],
)
def test_a_year_glued_to_the_comma_after_its_day(nlp, text: str, expected: list) -> None:
    """ "August 14,2023": four digits after a comma group no thousands; after a month and its day
    they are the year, typed without its space (else a weekday before it picks another year)."""
    assert _dates(nlp, text, "2024-03-02") == expected


def test_a_count_with_a_glued_group_is_no_year(nlp) -> None:
    # guard: no month before the number
    assert _dates(nlp, "Guards held 14,2023 dockers in August.", "2024-03-02") == [("August", "2023-08")]


# --- a dateline's month and day that the parser calls a name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACCRA, Ghana, Jul 2 – Guards beat dockers at the port.", [("Jul 2", "2024-07-02")]),
        ("LAGOS, Jul 2 - Guards beat dockers at the port.", [("Jul 2", "2024-07-02")]),
        ("DAKAR, Senegal, Jun 4 – Guards beat dockers at the port.", [("Jun 4", "2024-06-04")]),
    ],
)
def test_a_datelines_month_and_day_called_a_name_is_a_day(nlp, text: str, expected: list) -> None:
    """ "ACCRA, Ghana, Jul 2 – …": the parser may call "Jul 2" (or "Jul 2 - Guards") a person; a month and
    its day number alone, or run on past a dash, name no one."""
    assert _dates(nlp, text, "2024-07-03") == expected


def test_a_name_that_goes_on_after_its_day_stays_a_name(nlp) -> None:
    # guard
    assert _dates(nlp, "The May 18 Foundation said guards beat dockers.", "2024-07-03") == []


# --- a day restated in brackets in the other calendar --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The teacher was hanged on 5 Dey (26 December).",
            [("5 Dey", "2022-12-26"), ("26 December", "2022-12-26")],
        ),
        (
            "The teacher was hanged on 26 December (5 Dey).",
            [("26 December", "2022-12-26"), ("5 Dey", "2022-12-26")],
        ),
    ],
)
def test_a_day_restated_in_brackets_keeps_the_year_of_the_day_before(nlp, text: str, expected: list) -> None:
    """ "hanged on 5 Dey (26 December)": the bracket gives the same day in the other calendar, so
    it is read in the year the day before was, not on its own (which, with no verb of its own to
    give it a tense, may take the one still to come)."""
    assert _dates(nlp, text, "2023-09-20") == expected


def test_a_different_day_in_brackets_is_read_on_its_own(nlp) -> None:
    # guard: a bracket with another day restates nothing
    assert _dates(nlp, "The teacher was hanged on 5 Dey (the next hearing is on 27 December).", "2023-09-20")[
        0
    ] == ("5 Dey", "2022-12-26")


# --- "over the past weekend", "the previous weekend", "the following weekend" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Wednesday 16 November 2022
        (
            "Guards held thirty dockers over the past weekend.",
            [("the past weekend", "2022-11-12/2022-11-13")],
        ),
        (
            "Dockers marched on Sunday. The previous weekend, guards had held thirty of them.",
            [("Sunday", "2022-11-13"), ("The previous weekend", "2022-11-05/2022-11-06")],
        ),
        (
            "Dockers marched on Sunday. The following weekend, guards held thirty of them.",
            [("Sunday", "2022-11-13"), ("The following weekend", "2022-11-19/2022-11-20")],
        ),
        (
            "Dockers marched on 2 November. The following weekend, guards held thirty of them.",
            [("2 November", "2022-11-02"), ("The following weekend", "2022-11-05/2022-11-06")],
        ),
    ],
)
def test_a_weekend_past_previous_or_following(nlp, text: str, expected: list) -> None:
    """ "over the past weekend" is the weekend just gone, as "last weekend"; "the previous weekend"
    and "the following weekend" count from the day told before, as "the previous day" does (a
    weekend is in its ISO week; from a weekday the following weekend is that week's)."""
    assert _dates(nlp, text, "2022-11-16") == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: "the past week" is a duration; a weekend "of" something names which by what follows
        "Guards held thirty dockers over the past week.",
        "Dockers marched on Sunday, after the previous weekend of strikes.",
    ],
)
def test_a_past_week_or_a_weekend_of_something_is_no_weekend_counted(nlp, text: str) -> None:
    assert not [d for d in _dates(nlp, text, "2022-11-16") if "weekend" in d[0] or "week" in d[0]]


# --- numeric dates with hyphens, and year first with slashes ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The student was detained on 27-10-2022 at the gate.", [("27-10-2022", "2022-10-27")]),
        ("The student was detained on 2022/10/27 at the gate.", [("2022/10/27", "2022-10-27")]),
        ("The student was detained on 2022/10/27.", [("2022/10/27", "2022-10-27")]),
    ],
)
def test_a_numeric_date_with_hyphens_or_year_first(nlp, text: str, expected: list) -> None:
    """ "27-10-2022" is written as "27/10/2022" is (day and month read as the slashes are), and
    "2022/10/27" (year first, as dates converted from the Persian calendar are often written) as
    "2022-10-27"."""
    assert _dates(nlp, text, "2022-11-20") == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: a longer run of numbers is a reference; a year with two digits after it is a span
        "The student's case 27-10-2022-41 was heard.",
        "The 2022/23 budget cut grants.",
    ],
)
def test_a_run_of_numbers_is_no_numeric_date(nlp, text: str) -> None:
    assert [v for _, v in _dates(nlp, text, "2022-11-20") if v is not None and len(v) == 10] == []
