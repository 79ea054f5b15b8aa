"""Dates read from fresh articles (round 43, issue 13).

Read from the errors of the round's fresh tune articles (`reports_own` work43, with work42 and
the older work splits); the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._date_records import dates_by_text


def _dates(text: str, published: str | None = "2025-03-12") -> list[tuple[str, str | None]]:
    return dates_by_text(text, published)


# 2025-03-12 is a Wednesday.


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the camp on 4 March. A doctor who was on duty that night said nine people died.",
        'Soldiers fired on the crowd on Monday. "I was not even in town that night," she said.',
        "The strike began on 3 March 2025. Nine people were killed that night, the group said.",
    ],
)
def test_that_night_restates_the_day_told(text: str) -> None:
    """ "that night" after a day told restates it: placed, but not listed (as "the same day")."""
    assert all(not t.startswith("that") for t, _ in _dates(text))


def test_that_night_still_carries_the_story() -> None:
    text = "Police raided the camp on 4 March. Nine people died that night. The next day, the army withdrew."
    assert ("The next day", "2025-03-05") in _dates(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Police raided the camp on 4 March. Later that night, soldiers burned the market.",
            ("Later that night", "2025-03-04"),
        ),
        (
            "Police raided the camp on 4 March. The next morning, the army withdrew.",
            ("The next morning", "2025-03-05"),
        ),
        ("The mayor resigned on 4 March and the strike ended that night.", ("that night", "2025-03-04")),
        (
            "The strike began on 3 March 2025. Two reporters were questioned that afternoon.",
            ("that afternoon", "2025-03-03"),
        ),
    ],
)
def test_what_says_more_than_that_night_stays_listed(text: str, kept: tuple[str, str]) -> None:
    assert kept in _dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday the government announced three days of national mourning from Thursday and said flags "
            "would fly at half mast.",
            ("Thursday", "2025-03-13"),
        ),
        ("The interior ministry declared a curfew from Saturday.", ("Saturday", "2025-03-15")),
        ('"From Friday, the whole country stops," the union leader said.', ("Friday", "2025-03-14")),
        ("From Monday, the army patrols every street in the capital.", ("Monday", "2025-03-17")),
    ],
)
def test_a_period_set_from_a_day_starts_ahead(text: str, expected: tuple[str, str]) -> None:
    """ "from <day>" with no end: what is announced or arranged starts on the day after the telling."""
    assert expected in _dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From Monday, protesters blocked the main roads into the city.", ("Monday", "2025-03-10")),
        ("The death toll rose to 12 from Saturday's blasts.", ("Saturday", "2025-03-08")),
        ("Police held the students from Friday to Sunday.", ("Friday to Sunday", "2025-03-07/2025-03-09")),
        ("Officials had announced a ban on rallies from Monday.", ("Monday", "2025-03-10")),
        (
            "The government imposed a curfew from 1 February to 18 August, the ministry said.",
            ("1 February to 18 August", "2025-02-01/2025-08-18"),
        ),
    ],
)
def test_a_day_from_which_something_was_done_stays_back(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The electoral council blamed a power cut and promised full results by Friday.",
            ("Friday", "2025-03-14"),
        ),
        ("The minister pledged new elections by Sunday.", ("Sunday", "2025-03-16")),
    ],
)
def test_what_is_promised_by_a_day_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


def test_what_was_done_by_a_day_stays_back() -> None:
    assert ("Friday", "2025-03-07") in _dates("The army had cleared the square by Friday.")


def test_a_day_still_to_come_lies_after_a_bulletins_week() -> None:
    text = (
        "Weekly monitoring digest, 3 to 9 March 2025\n\n"
        "Police dispersed a sit-in on Tuesday. On Sunday, 9 March, the union leader spoke again. "
        '"From Wednesday, the whole country stops," he said.'
    )
    dates = _dates(text, published="2025-03")
    assert ("Tuesday", "2025-03-04") in dates
    assert ("Wednesday", "2025-03-12") in dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crowds gathered on 4 March outside the station, where a man arrested the day before had died.",
            ("the day before", "2025-03-03"),
        ),
        (
            "The court met on 4 March. Two activists detained the day after were freed on bail.",
            ("the day after", "2025-03-05"),
        ),
    ],
)
def test_an_auxiliary_after_before_or_after_leaves_it_an_adverb(text: str, expected: tuple[str, str]) -> None:
    """ "arrested the day before had died": "before" has no object; the day counts from the day told."""
    assert expected in _dates(text)


def test_the_day_before_an_event_stays_unlisted() -> None:
    text = "Crowds gathered on 4 March. The day before the vote, police raided the office."
    assert all(not t.lower().startswith("the day before") for t, _ in _dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has defended victims of the 2011–2013 purges for a decade.", ("2011–2013", "2011/2013")),
        ("The 2019–2020 protests toppled the government.", ("2019–2020", "2019/2020")),
    ],
)
def test_a_span_of_years_before_its_plural_noun(text: str, expected: tuple[str, str]) -> None:
    """ "the 2019–2020 protests": two years glued by a dash date the noun, they count nothing."""
    assert expected in _dates(text)


def test_a_range_of_counts_before_a_plural_noun_is_no_date() -> None:
    assert _dates("Organisers said the 1500–2000 marchers filled the square.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Wednesday the minister promised that fuel would reach the city by the weekend.",
            ("the weekend", "2025-03-15/2025-03-16"),
        ),
        ("Most of the crowd had gone home by the weekend.", ("the weekend", "2025-03-08/2025-03-09")),
    ],
)
def test_by_the_weekend_takes_its_clauses_tense(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two groups described the abuses in a joint letter this spring.",
        "Students say they will still be on the campus in the summer.",
        "The minister came under fire during the campaign in the spring, when the audit appeared.",
    ],
)
def test_a_season_of_no_year_told_is_not_listed(text: str) -> None:
    """ "this spring", "in the summer": placed at a year, but no date the article gives (round 43)."""
    assert not any("spring" in t or "summer" in t for t, _ in _dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers protested against the mine last fall.", ("last fall", "2024")),
        ("Nine children were diagnosed in Spring 2002.", ("Spring 2002", "2002")),
        ("Protests spread in the summer of 2018.", ("2018", "2018")),
    ],
)
def test_a_season_with_its_year_or_last_stays_listed(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)
