"""Dates of real crackdown reports, twenty-second round.

Constructions met in public crackdown reporting read by genre (encyclopaedia timelines with no
publication date, rights groups' reports, UN briefing notes, state media), each shown here by a
sentence written for these tests; each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a weekday counted from the day told before: "the following Friday", "the previous Thursday" ------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Protests began on 4 November 2022. The following Friday, students marched again.",
            None,
            [("4 November 2022", "2022-11-04"), ("The following Friday", "2022-11-11")],
        ),
        (
            "The strike began on Wednesday, 9 November 2022. On the following Sunday, police raided the campus.",
            None,
            [("Wednesday, 9 November 2022", "2022-11-09"), ("the following Sunday", "2022-11-13")],
        ),
        (
            "The verdict was read on 14 November 2022. The previous Thursday, lawyers had been detained.",
            None,
            [("14 November 2022", "2022-11-14"), ("The previous Thursday", "2022-11-10")],
        ),
        # a publication date weeks later does not move the count: it is from the day told
        (
            "The strike began on November 4. The next Friday, dockers joined it. "
            "The following Monday, police detained its leaders.",
            "2022-12-01",
            [
                ("November 4", "2022-11-04"),
                ("The next Friday", "2022-11-11"),
                ("The following Monday", "2022-11-14"),
            ],
        ),
        (
            "Dockers walked out on November 4, and the following Friday the port closed.",
            "2022-12-01",
            [("November 4", "2022-11-04"), ("the following Friday", "2022-11-11")],
        ),
    ],
)
def test_a_weekday_counted_from_the_day_told_before(nlp, text: str, published, expected) -> None:
    """ "the following Friday", "the next Monday", "the previous Thursday": the first such weekday
    after (before) the day the story told last, not the one nearest the time of writing."""
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: "next Friday" without "the" counts from writing; with no day told before, "the
        # following Friday" counts from writing too
        ("The union will strike next Friday.", [("next Friday", "2022-11-18")]),
        ("Organisers said they would march the following Friday.", [("the following Friday", "2022-11-18")]),
    ],
)
def test_a_weekday_after_next_from_writing_is_unchanged(nlp, text: str, expected) -> None:
    assert _dates(nlp, text, "2022-11-16") == expected


# --- a year before a plural noun of events: "the 2019 protests", "Iran's 2020 elections" --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crackdown on the 2022 protests has been harsher than in 2019.",
            [("2022", "2022"), ("2019", "2019")],
        ),
        (
            "Thousands marched on the anniversary of the 2011 protests. Her 2020 rallies drew crowds.",
            [("2011", "2011"), ("2020", "2020")],
        ),
    ],
)
def test_a_year_before_a_plural_noun_of_events_is_a_year(nlp, text: str, expected) -> None:
    """A year names the protests, elections or riots it modifies as it names a singular one ("the
    1979 revolution"); a plural noun after a number is otherwise counted, and the tagger's DATE or
    CARDINAL for the number (which decided before) changes with the words around it."""
    assert _dates(nlp, text, "2024-03-01") == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: a number before events with no determiner, or a year of no era we report, is a count
        "The group recorded 1900 protests across the country.",
        "Monitors listed the 1500 protests held across the country.",
    ],
)
def test_a_number_before_events_may_stay_a_count(nlp, text: str) -> None:
    assert _dates(nlp, text, "2024-03-01") == []


# --- a day of the month counted from the month told: "the 4th of the following month" ----------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Protests began in mid-September 2022. On the 4th of the following month, schoolgirls marched.",
            None,
            [("September 2022", "2022-09"), ("the 4th of the following month", "2022-10-04")],
        ),
        (
            "On 3 December, he was hanged. His brother had been arrested on the 28th of the previous month.",
            "2022-12-20",
            [("3 December", "2022-12-03"), ("the 28th of the previous month", "2022-11-28")],
        ),
    ],
)
def test_a_day_of_a_month_counted_from_the_month_told(nlp, text: str, published, expected) -> None:
    """ "the 4th of the following month", "the 28th of the previous month": that day of the month
    after (before) the one the story is in, as "the 30th of that month" is of that month."""
    assert _dates(nlp, text, published) == expected


def test_a_day_of_that_month_is_unchanged(nlp) -> None:
    # guard: "of that month" keeps the month told
    text = "Protests began in mid-September 2022. On the 30th of that month, dozens were killed."
    assert _dates(nlp, text, None) == [
        ("September 2022", "2022-09"),
        ("the 30th of that month", "2022-09-30"),
    ]


# --- a count "on": "ten days on, …", "a year on, …" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "On 1 October 2022, monitors said 52 had been killed. Ten days on, the toll had doubled.",
            None,
            [("1 October 2022", "2022-10-01"), ("Ten days on", "2022-10-11")],
        ),
        (
            "Police fired on the crowd on 4 March 2021. Two weeks on, the city was still under curfew.",
            None,
            [("4 March 2021", "2021-03-04"), ("Two weeks on", "2021-03-18")],
        ),
    ],
)
def test_a_count_on_is_counted_from_the_date_before(nlp, text: str, published, expected) -> None:
    """ "ten days on,", "two weeks on," (British and rights groups' prose): later, as "ten days later"."""
    assert _dates(nlp, text, published) == expected


def test_a_count_on_something_is_no_date(nlp) -> None:
    # guards: "days on hunger strike" is a duration; "two weeks on from the arrest" counts from an
    # event; "A year on, …" opens an anniversary piece (now, a year after), no date the story told
    text = (
        "On 1 October 2022, he was arrested. He spent ten days on hunger strike. "
        "Two weeks on from the arrest, he was freed. A year on, he is still under a travel ban."
    )
    assert _dates(nlp, text, None) == [("1 October 2022", "2022-10-01")]


# --- a weekday after "weekly" recurs -------------------------------------------------------------------


def test_a_weekly_weekday_is_no_date(nlp) -> None:
    """ "weekly Sunday marches": a weekday that recurs, as "every Sunday" is, is no one date."""
    text = "Protests began on 9 August 2020. Afterwards, weekly Sunday marches drew large crowds."
    assert _dates(nlp, text, None) == [("9 August 2020", "2020-08-09")]


def test_a_weekday_after_a_weekly_event_is_a_date(nlp) -> None:
    # guard: "the weekly march on Sunday" is one Sunday
    text = "Protests began on Wednesday, 9 September 2020. Police broke up the weekly march on Sunday."
    assert [t for t, _ in _dates(nlp, text, None)] == ["Wednesday, 9 September 2020", "Sunday"]
