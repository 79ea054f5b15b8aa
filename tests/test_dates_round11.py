"""Dates of real crackdown reports, eleventh round.

Written from probe articles of our own in the held-out genres (an AP story
from Santiago, encyclopaedia pages on Uganda's November 2020 protests and
Armenia's 2018 revolution, a findings summary on Bolivia's 2019 killings, a UN
experts' statement on Eswatini, a live blog from Colombia, an explainer on the
Lekki shooting, an NGO release on Cuba's 11J, a Q&A on the PolyU siege, a wire
factbox on Pakistan). Every sentence here is written for these tests; each one
failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- "N days after <an event>" in apposition after a date: only the date is listed ---------------
# (round 11 listed the count with the date's value; round 17 lists only the date: TimeML tags the
# count as a duration anchored on the event, and the reports golds never list it)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Troops were deployed in the capital on 3 March, two days after the elections.",
            "2024-03-12",
            [("3 March", "2024-03-03")],
        ),
        (
            "The curfew will be lifted on Friday, a week after the first clashes, the mayor said.",
            "2024-03-12",
            [("Friday", "2024-03-15")],
        ),
        (
            "Soldiers seized the broadcaster on 14 May 2022, the day after the president fled.",
            "2024-03-12",
            [("14 May 2022", "2022-05-14")],
        ),
        (
            "He was arrested on June 9, the day before the vote, and held for a month.",
            "2023-07-01",
            [("June 9", "2023-06-09")],
        ),
        (
            "Families held a vigil on 20 November, a month after the killings at the bridge.",
            "2023-12-01",
            [("20 November", "2023-11-20")],
        ),
    ],
)
def test_a_count_after_an_event_in_apposition_leaves_only_the_date(
    nlp, text: str, published: str, expected: list
) -> None:
    assert _dates(nlp, text, published) == expected


def test_a_count_after_an_event_restated_by_the_date_after_it(nlp) -> None:
    text = "Three days after the raid on the camp, on 9 May, soldiers returned to the valley."
    assert _dates(nlp, text, "2024-06-01") == [("9 May", "2024-05-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 April, the day the assembly voted, students occupied the square.",
            [("4 April", "2024-04-04")],
        ),
        (
            "Police cleared the camp on 4 April, the day of the vote.",
            [("4 April", "2024-04-04")],
        ),
        (
            "The strike was called for 4 April, the eve of the vote.",
            [("4 April", "2024-04-04")],
        ),
    ],
)
def test_the_day_of_an_event_in_apposition_leaves_only_the_date(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2024-06-01") == expected


def test_a_day_named_with_a_capital_is_no_day_of_an_event(nlp) -> None:
    # a guard: "the Day of National Unity" is a name; only its date is listed
    text = "Rallies will be held until 4 November, the Day of National Unity."
    assert _dates(nlp, text, "2024-10-20") == [("4 November", "2024-11-04")]


def test_the_day_of_an_event_with_no_date_is_not_listed(nlp) -> None:
    # a guard (passed before): "the day of the vote" alone gives no date
    text = "Police cleared the camp on the day of the vote, witnesses said."
    assert _dates(nlp, text, "2024-06-01") == []


def test_a_count_after_an_event_with_no_date_before_is_not_listed(nlp) -> None:
    # a guard (passed before): the event's own date is not given, so neither is the count's
    text = "Two days after the elections, troops were deployed in the capital."
    assert _dates(nlp, text, "2024-03-12") == []


def test_a_count_after_an_event_after_a_clause_is_not_listed(nlp) -> None:
    # a guard: the date before belongs to another clause, joined by "and"
    text = "Polls closed on 3 March and two days after the elections troops were deployed."
    assert _dates(nlp, text, "2024-03-12") == [("3 March", "2024-03-03")]


# --- "the summer", "the spring" after a preposition: the season of the clause's tense ----------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("By the summer, the marches had grown to hundreds of thousands.", "2019-11-20", "2019"),
        ("Protests continued every Sunday through the autumn.", "2020-12-15", "2020"),
        # written in March, a past spring or summer is last year's; a future one this year's
        ("The students were expelled in the summer, the court heard.", "2021-03-02", "2020"),
        ("The trial is expected to open in the summer.", "2021-03-02", "2021"),
    ],
)
def test_a_bare_season_after_a_preposition_is_of_its_clauses_year(
    nlp, text: str, published: str, expected: str
) -> None:
    # since round 43 a season with no year is placed but not listed (the reports golds list none);
    # "The following year" after it shows the year it was placed at
    found = _dates(nlp, text + " The following year, the movement split.", published)
    assert not [t for t, _ in found if t.startswith("the ")]
    assert ("The following year", str(int(expected) + 1)) in found


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up the summer camp run by the opposition.",
        "The Arab Spring reached the country in 2011.",
        "Clashes grew over the winter, the monitors said.",
    ],
)
def test_a_season_naming_something_or_a_winter_is_no_bare_season(nlp, text: str) -> None:
    # guards: a season before a noun names it; a winter spans two years, so has no value to give
    assert all(not t.startswith("the ") for t, _ in _dates(nlp, text, "2021-03-02"))


# --- a date in a "who" clause and a yearless day outside it do not date each other -----------------


def test_a_yearless_day_after_a_who_clause_with_a_full_date_keeps_its_reading(nlp) -> None:
    text = (
        "The rapper, who was arrested on 11 July 2022 while on his way to a rally, was sentenced on "
        "24 June to five years in prison."
    )
    assert _dates(nlp, text, "2023-07-11") == [("11 July 2022", "2022-07-11"), ("24 June", "2023-06-24")]


def test_a_yearless_day_in_a_who_clause_after_a_full_date_keeps_its_reading(nlp) -> None:
    text = (
        "Soldiers stormed the parliament on March 3, 2022, arresting the speaker, who was sentenced "
        "on January 9 to six years."
    )
    assert _dates(nlp, text, "2023-02-14") == [("March 3, 2022", "2022-03-03"), ("January 9", "2023-01-09")]


def test_a_yearless_day_of_the_same_clause_still_goes_on_from_its_sentences_date(nlp) -> None:
    # a guard (passed before): no "who" clause apart, the sentence's own date anchors the day
    text = "Police raided the office on 12 August 2022 and sealed it on 30 July."
    assert _dates(nlp, text, "2023-07-20") == [("12 August 2022", "2022-08-12"), ("30 July", "2022-07-30")]


# --- a post pasted under a header line "Name @handle · date": its relative days count from that date -


def test_a_post_under_a_header_line_dates_its_own_relative_days() -> None:
    import tally

    text = (
        "The ministry denied the report on Wednesday.\n\n"
        "Rights Monitor @rightsmonitor · Mar 4, 2024\n"
        "Police beat students outside the faculty last night. We have counted 40 arrests since yesterday.\n\n"
        "The ministry said the students had attacked officers."
    )
    found = {(d.text, d.value) for d in tally.analyze(text, published="2024-03-08", only=["dates"]).dates}
    assert ("last night", "2024-03-03") in found
    assert ("yesterday", "2024-03-03") in found
    assert ("Wednesday", "2024-03-06") in found


def test_a_header_line_is_listed_as_an_embedded_post() -> None:
    from tally.clean.embedded import find_embedded_posts

    text = "Intro.\n\nRights Monitor @rightsmonitor · 4 Mar 2024\nPolice beat students last night.\n\nMore."
    (post,) = find_embedded_posts(text)
    assert (post.author, post.handle, post.date) == ("Rights Monitor", "@rightsmonitor", "2024-03-04")
    assert text[post.start : post.end] == (
        "Rights Monitor @rightsmonitor · 4 Mar 2024\nPolice beat students last night."
    )
