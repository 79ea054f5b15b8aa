"""Dates, thirty-second round: what the reports golds list.

Every sentence here is written for these tests (none is adapted from a gold
article); each failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- "the same day" after the day its own sentence gave is listed -------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The activist was detained on 4 June 2024, the same day her brother left the country.",
            None,
            [("4 June 2024", "2024-06-04"), ("the same day", "2024-06-04")],
        ),
        (
            "The regulator fined the bank on 17 February, and its chairman stepped down the same day.",
            "2021-02-25",
            [("17 February", "2021-02-17"), ("the same day", "2021-02-17")],
        ),
        (
            "Teachers struck on Tuesday, the same day parliament voted on the pay bill.",
            "2022-11-10",
            [("Tuesday", "2022-11-08"), ("the same day", "2022-11-08")],
        ),
    ],
)
def test_same_day_of_its_sentence_is_listed(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected


def test_same_day_in_a_sentence_of_its_own_stays_unlisted(nlp):
    """Guard (passed before): a sentence that opens with "The same day" restates the day before it."""
    text = "Riot police cleared the camp on 12 May. The same day, students marched to the ministry."
    assert _dates(nlp, text, "2021-05-20") == [("12 May", "2021-05-12")]


def test_same_day_with_no_day_in_its_sentence_stays_unlisted(nlp):
    """Guard (passed before): "for the same day" whose sentence gives only a month restates no day of it."""
    text = (
        "Medics treated 120 wounded on 8 July. In July the health office reported a much smaller "
        "toll than the medics gave for the same day."
    )
    assert _dates(nlp, text, "2024-07-30") == [("8 July", "2024-07-08"), ("July", "2024-07")]


def test_same_day_in_a_quote_with_no_day_stays_unlisted(nlp):
    """Guard (passed before): a quote's "the same day" after no day of its sentence is not listed."""
    text = 'Officers seized her passport on 14 January. "I had to leave the same day," she recalled.'
    assert _dates(nlp, text, "2022-01-21") == [("14 January", "2022-01-14")]


# --- a bare month takes the year of the month the article already named -------------------------------


def test_bare_month_after_last_month_of_its_name(nlp):
    """ "in November" after "last November", written in November: the November named before."""
    text = (
        "The shopkeeper says he was beaten by soldiers last November. "
        "He has kept his stall shut ever since he was hurt in November."
    )
    assert _dates(nlp, text, "2023-11-20") == [("last November", "2022-11"), ("November", "2022-11")]


def test_part_of_a_month_is_no_event_of_it(nlp):
    """ "by the end of March": a time within March, not the March of an event written with another year."""
    text = (
        "The rector was appointed in March 2020.\n\nOn 2 March 2023, students occupied the campus. "
        "The ministry said on 20 March that 300 people had been held. Lawyers counted 900 held by the end "
        "of March."
    )
    found = _dates(nlp, text, None)
    assert ("March", "2023-03") in found
    assert ("March", "2020-03") not in found


def test_event_of_a_month_keeps_its_year(nlp):
    """Guard (passed before): "the events of March" names the March written with its year."""
    text = (
        "Dozens died in the unrest of March 2019. In a report on 4 May 2021, the commission said "
        "nobody had been tried for the events of March."
    )
    assert ("March", "2019-03") in _dates(nlp, text, None)


def test_bare_month_with_no_month_named_before_is_unchanged(nlp):
    """Guard (passed before): a bare past month after a "last" month of another name keeps its year."""
    text = "Strikes began last October. The union marched again in November."
    assert _dates(nlp, text, "2023-12-05") == [("last October", "2023-10"), ("November", "2023-11")]


# --- review fixes: a bare month whose own clause or sentence places it keeps its own reading ----------


def test_future_month_after_last_month_of_its_name_is_ahead(nlp):
    """ "will reopen in December" after "last December": the December to come, not the one said before."""
    text = '"They burned our shop last December," a trader said. Ministers say the border will reopen in December.'
    assert _dates(nlp, text, "2023-11-20") == [("last December", "2022-12"), ("December", "2023-12")]


def test_past_month_after_next_month_of_its_name_is_behind(nlp):
    """ "was held in May" after "next May": a May gone by, not the one still to come."""
    text = "The congress is planned for next May. Its organisers said a smaller one was held in May."
    assert _dates(nlp, text, "2023-08-01") == [("next May", "2024-05"), ("May", "2023-05")]


def test_month_in_a_sentence_with_its_own_year_word(nlp):
    """ "Last year, in June" after "next June": the sentence's own year places its June."""
    text = "A referendum is planned for next June. Last year, in June, the army shelled the port."
    assert _dates(nlp, text, "2023-09-10") == [
        ("next June", "2024-06"),
        ("Last year", "2022"),
        ("June", "2023-06"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            '"We were beaten last December," one man said. The government says the curfew will end in December.',
            "2023-11-20",
            [("last December", "2022-12"), ("December", "2023-12")],
        ),
        (
            "Elections are due next March. Last year, in March, police detained 40 students.",
            "2023-10-01",
            [("next March", "2024-03"), ("Last year", "2022"), ("March", "2023-03")],
        ),
    ],
)
def test_review_probes_for_a_month_said_before(nlp, text, published, expected):
    """The reviewer's two probes (failed on the round's merged code)."""
    assert _dates(nlp, text, published) == expected
