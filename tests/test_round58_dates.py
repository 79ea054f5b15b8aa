"""Dates, fifty-eighth round: a look back inside a quote does not move the story's anaphors; a day
called for ("a day of mourning on Wednesday") and a vote proposed for a day lie ahead.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


def test_a_look_back_in_a_quote_is_no_antecedent_of_the_narration(nlp) -> None:
    # the speaker recalls an older day; "that evening" after the quote is the story's day
    text = (
        "On 9 October 2021, the mayor met the strikers at the town hall. "
        'He told them: "Remember what happened on 2 June." '
        "That evening, police cleared the square."
    )
    got = dict(_dates(nlp, text, None))
    assert got["That evening"] == "2021-10-09"


def test_a_look_back_in_a_quote_and_the_next_morning(nlp) -> None:
    text = (
        "On 14 March 2019, the minister addressed the crowd. "
        '"We have not forgotten 3 February," she said. '
        "Protesters were dispersed the next morning."
    )
    got = dict(_dates(nlp, text, None))
    assert got["the next morning"] == "2019-03-15"


def test_a_look_back_in_a_quote_then_a_year_named_after_it(nlp) -> None:
    # the year that explains the quote names no day: the evening is still the story's
    text = (
        "On 5 May 2022, the governor met union leaders in the capital. "
        '"You forget 12 January," one told him, recalling the killings of 2015. '
        "Later that evening, police arrested four of them."
    )
    got = dict(_dates(nlp, text, None))
    assert got["Later that evening"] == "2022-05-05"


def test_an_anaphor_inside_the_same_quote_still_counts_from_its_day(nlp) -> None:
    # guard: within the quote the speaker goes on from the day recalled
    text = (
        "On 9 October 2021, the mayor met the strikers at the town hall. "
        '"On 2 June they shot at us, and that evening my brother died," one of them said.'
    )
    got = dict(_dates(nlp, text, None))
    assert got["that evening"] == "2021-06-02"


def test_a_look_back_outside_a_quote_still_counts(nlp) -> None:
    # guard: the narration itself looks back, and the anaphor follows it
    text = (
        "On 9 October 2021, the mayor met the strikers. The dispute began on 2 June, "
        "when guards fired on a picket. That evening, two men died in hospital."
    )
    got = dict(_dates(nlp, text, None))
    assert got["That evening"] == "2021-06-02"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The opposition has called for a day of mourning on Wednesday.", "2023-11-08"),
        ("Student unions called for a national day of protest on Friday.", "2023-11-10"),
        ("The churches have called for a day of prayer on Sunday.", "2023-11-12"),
    ],
)
def test_a_day_of_action_called_for_lies_ahead(nlp, text: str, day: str) -> None:
    # published on Monday 2023-11-06: the day called for is the coming one, not the last
    assert dict(_dates(nlp, text, "2023-11-06")) == {text.split(" on ")[-1].rstrip("."): day}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("He has proposed a referendum on the new contract on Dec. 17.", "2023-12-17"),
        ("The prime minister proposed a vote on the amendment on Dec. 3.", "2023-12-03"),
    ],
)
def test_a_vote_proposed_for_a_day_is_that_vote_s_day(nlp, text: str, day: str) -> None:
    got = _dates(nlp, text, "2023-11-08")
    assert [v for _, v in got] == [day]


def test_a_day_something_was_proposed_on_stays_past(nlp) -> None:
    # guard: no event proposed, the day is when the proposal was made
    got = _dates(nlp, "The minister proposed a new tax on Monday.", "2023-11-08")
    assert [v for _, v in got] == ["2023-11-06"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "A court on Monday jailed six men for the arson attack on the party office on March 3 "
            "last year. Lawyers said the March 3 attack had been planned for weeks.",
            "2024-08-12",
            "2023-03-03",
        ),
    ],
)
def test_a_day_given_with_last_year_keeps_that_year_when_restated(nlp, text, published, day) -> None:
    # "March 3 last year" fixes the year of that day as "March 3, 2023" would (a restated day far
    # from the day of writing takes the year written)
    got = _dates(nlp, text, published)
    assert [v for t, v in got if "Mar" in t or "May" in t] == [day, day]
