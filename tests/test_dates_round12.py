"""Dates of real crackdown reports, twelfth round.

Written from probe articles of our own in the held-out genres (an AP "The
Latest" file from Istanbul in 2013, an encyclopaedia page on Karakalpakstan's
July 2022 protests, an Amnesty urgent action on Cameroon's Anglophone
detainees, a wire factbox on Russia's anti-war arrests, a live page on India's
citizenship-law protests, a BBC Monitoring digest on Gorno-Badakhshan, an
appeal judgment on Bahrain's medics, a Zimbabwe police press statement).
Every sentence here is written for these tests; each one failed before its
rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- "over the weekend", "at the weekend", "since the weekend": the weekend the tense points to ---


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 9 October 2024 is a Wednesday: the weekend just past is 5-6 October (week 40)
        (
            "Over the weekend, police detained 40 students in the port city.",
            "2024-10-09",
            [("the weekend", "2024-10-05/2024-10-06")],
        ),
        (
            "The union said at the weekend that the strike would go on.",
            "2024-10-09",
            [("the weekend", "2024-10-05/2024-10-06")],
        ),
        (
            "At least 30 people have been held since the weekend, lawyers said.",
            "2024-10-09",
            [("the weekend", "2024-10-05/2024-10-06")],
        ),
        # written on a Sunday, the weekend meant is that one
        (
            "Crowds gathered in the squares over the weekend.",
            "2024-10-13",
            [("the weekend", "2024-10-12/2024-10-13")],
        ),
        # future: the coming weekend
        (
            "Opposition parties will march over the weekend.",
            "2024-10-09",
            [("the weekend", "2024-10-12/2024-10-13")],
        ),
    ],
)
def test_the_weekend_after_a_preposition(nlp, text: str, published: str, expected: list) -> None:
    assert _dates(nlp, text, published) == expected


def test_the_weekend_of_a_date_and_a_weekend_noun_are_not_this_rule(nlp) -> None:
    # a guard: "the weekend of 11 and 12 May" is the days it names; "weekend curfew" no date
    found = _dates(
        nlp,
        "A weekend curfew was imposed, and arrests continued over the weekend of 11 and 12 May.",
        "2024-05-20",
    )
    assert ("the weekend", "2024-05-11/2024-05-12") not in found


# --- "on Friday next week", "Monday to Wednesday last week": the week says which weekday -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 16 January 2019 is a Wednesday (week 3)
        ("The talks will resume on Friday next week.", [("Friday next week", "2019-01-25")]),
        ("The two men were arrested on Tuesday last week.", [("Tuesday last week", "2019-01-08")]),
        ("Lawyers visited him on Monday this week.", [("Monday this week", "2019-01-14")]),
        (
            "The stay-away ran from Monday to Wednesday last week.",
            [("Monday to Wednesday last week", "2019-01-07/2019-01-09")],
        ),
        (
            "Unions called a strike from Thursday to Saturday this week.",
            [("Thursday to Saturday this week", "2019-01-17/2019-01-19")],
        ),
    ],
)
def test_a_weekday_followed_by_its_week(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2019-01-16") == expected


def test_a_weekday_then_a_clause_of_its_own_week_is_not_joined(nlp) -> None:
    # a guard: after a comma, "last week" opens its own clause
    found = _dates(nlp, "He was freed on Friday, and last week the court dropped the charges.", "2019-01-16")
    assert found == [("Friday", "2019-01-11"), ("last week", "2019-W02")]


# --- no publication date: a yearless day the article already wrote with its year takes that year ---


def test_a_yearless_day_restating_a_day_written_in_full_takes_its_year(nlp) -> None:
    # a judgment dated in 2013 about arrests in 2011: "on 17 March" is the 17 March 2011 given
    # above, not the March before the judgment
    text = (
        "Judgment of 2 September 2013\n\n"
        "The accused were arrested between 17 March and 2 April 2011. The tribunal sentenced them "
        "on 30 November 2012.\n\n"
        "The first accused said he was beaten after his arrest on 17 March."
    )
    found = _dates(nlp, text, None)
    assert ("17 March", "2011-03-17") in found


def test_a_yearless_span_whose_first_day_was_written_in_full_takes_its_year(nlp) -> None:
    # an encyclopaedia page: the infobox gives the days with their year, a later inquiry restates them
    text = (
        "Date: 9–21 June 2007\n\n"
        "The strikes began on 9 June 2007. The monarchy was abolished on 3 May 2009.\n\n"
        "A commission set up in July 2007 found that 14 people had been killed between 9 and 21 June."
    )
    found = _dates(nlp, text, None)
    assert ("9 and 21 June", "2007-06-09/2007-06-21") in found


def test_a_yearless_day_not_written_before_keeps_its_reading(nlp) -> None:
    # a guard (passed before): a day the article gave no year for goes on from the story as before
    text = "The strikes began on 9 June 2007. On 12 June, police fired on a march in the capital."
    assert ("12 June", "2007-06-12") in _dates(nlp, text, None)


# --- "the next day" counts from the day its sentence's clause happened, not a day in an aside -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 March, police fired on dockers protesting against a wage cut announced on 2 March. "
            "The next day, the union called a general strike.",
            ("The next day", "2023-03-10"),
        ),
        (
            "On 14 May, soldiers cleared the campus, which students had occupied since 2 May. "
            "Three people were killed that day.",
            ("that day", "2023-05-14"),
        ),
        (
            "On 20 January, crowds buried a student who had died in custody on 4 January. "
            "Two days later, police arrested 30 mourners.",
            ("Two days later", "2023-01-22"),
        ),
    ],
)
def test_a_day_anaphor_skips_a_day_in_an_aside_of_the_sentence_before(
    nlp, text: str, expected: tuple
) -> None:
    assert expected in _dates(nlp, text, "2023-06-30")


def test_a_day_anaphor_after_a_lone_day_in_an_aside_keeps_it(nlp) -> None:
    # a guard (passed before): with no other day in its sentence, the day in the aside is the one meant
    text = (
        "The report, which was released on 3 April, said 20 people died. The next day, the minister resigned."
    )
    assert ("The next day", "2023-04-04") in _dates(nlp, text, "2023-06-30")


# --- "in all of 2021", "for much of 2019": a quantifier of a stretch before "of" makes a year -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Courts handed down 41 death sentences, against 12 in all of 2020.", [("2020", "2020")]),
        ("The border stayed closed for much of 2021.", [("2021", "2021")]),
        ("Rallies were banned for most of 2018 and the whole of 2019.", [("2018", "2018"), ("2019", "2019")]),
    ],
)
def test_a_year_after_all_of_much_of_most_of(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2022-12-15") == expected


# --- "every year on 12 March", "On 3 June each year": a day that recurs is no one date ------------


@pytest.mark.parametrize(
    "text",
    [
        "Relatives gather at the monument every year on 12 March.",
        "On 3 June each year, mothers of the disappeared hold a vigil.",
        "The anniversary is marked annually on 9 October with a march.",
    ],
)
def test_a_day_that_recurs_every_year_is_not_listed(nlp, text: str) -> None:
    assert _dates(nlp, text, "2023-06-30") == []


def test_a_day_of_one_year_near_each_year_is_kept(nlp) -> None:
    # a guard (passed before): "each year" that does not frame the day leaves it one date
    found = _dates(nlp, "On 3 June, mothers held a vigil, which draws more people each year.", "2023-06-30")
    assert found == [("3 June", "2023-06-03")]


def test_that_day_after_a_yearly_day_is_not_listed(nlp) -> None:
    # "that day" is the yearly day, which is no one date; not the date told before it
    text = (
        "Police arrested 12 students on 9 May. On 1 July each year, the movement marks its founding, "
        "and gatherings on that day are routinely broken up."
    )
    assert _dates(nlp, text, "2023-06-30") == [("9 May", "2023-05-09")]
