"""Figures, round 32.

Every sentence here was written for tally while reading the errors of the
round-32 tune splits (VOA, Wikinews, TR-News, GeoWebNews and our own work
splits); none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_categories, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-09-14"


def _values(text: str) -> list[float]:
    return figure_values(text, _PUBLISHED)


# --- "at N points": points on the ground where a road or a line is cut are things counted
# (since round 62 as counted places of the event, ANNOTATION.md's `places`, where round 32 said `other`)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Farmers blocked the ring road at 27 points on Monday, the traffic police said.", 27),
        ("Truckers have cut the coastal motorway at some 60 points since Tuesday.", 60),
    ],
)
def test_points_where_a_road_is_blocked_are_counted(text: str, count: float) -> None:
    assert (count, "places") in figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The governing party leads the opposition by 9 points in the latest poll.", 9),
        ("Support for the plan fell 4 percentage points in a month.", 4),
        ("Her approval rating stood at 41 points higher than last spring.", 41),
    ],
)
def test_points_of_a_score_stay_no_figure(text: str, count: float) -> None:
    assert count not in _values(text)


# --- a people named right after a number: a demonym or a plural name counts people


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "By Friday more than 700 Burkinabe had walked across the border into the camp, aid workers said.",
            700,
        ),
        ("The coast guard said about 900 Malagasy reached the island during June.", 900),
        ("Lawyers for 120 Rohingyas Malaysia detained at sea asked the court to free them.", 120),
    ],
)
def test_people_named_by_nationality_after_a_number_are_counted(text: str, count: float) -> None:
    assert count in _values(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The 2019 Sudanese uprising began with anger at bread prices.", 2019),  # a year, not people
        ("Flight 302 Addis Ababa to Nairobi left on time, the airline said.", 302),  # an identifier
    ],
)
def test_a_year_or_identifier_before_a_people_stays_no_figure(text: str, count: float) -> None:
    assert count not in _values(text)


def test_the_people_taken_up_again_stay_one_figure() -> None:
    text = (
        "Malaysia detained seven Rohingyas at sea in May. "
        "Lawyers for the seven Rohingyas Malaysia still holds asked the court to free them."
    )
    assert _values(text).count(7) == 1


# --- a count that announces its own step acts: it is a count of the event, not of sources


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("More than 40 hospitals announced walkouts after the doctors' union was banned.", 40),
        ("Nearly 50 unions declared that they would join the stoppage next week.", 50),
    ],
)
def test_a_count_announcing_its_own_step_is_a_figure(text: str, count: float) -> None:
    assert count in _values(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three ministers announced that the border crossing would reopen on Sunday.", 3),  # who speaks
        (
            "Two officials announced that 18 students were held overnight in the capital.",
            2,
        ),  # sources of a count
    ],
)
def test_a_count_announcing_news_stays_a_source(text: str, count: float) -> None:
    assert count not in _values(text)


# --- review fixes: testimony is no step announced; points in time; a demonym in a compound


@pytest.mark.parametrize(
    "text",
    [
        "Six nurses announced that they had heard shots near the gate.",  # what they perceived
        "Three guards declared that they acted under orders.",  # what they did: an account
    ],
)
def test_a_count_announcing_what_it_saw_or_did_stays_a_source(text: str) -> None:
    assert not _values(text)


def test_a_count_announcing_a_step_reported_in_the_past_progressive_is_a_figure() -> None:
    assert 30 in _values("Some 30 bus drivers announced that they were quitting the route.")


def test_points_in_time_are_no_spots_on_the_ground() -> None:
    assert 4 not in _values("At 4 points in the evening, the crowd surged toward the cordon.")


def test_a_demonym_keeps_its_place_in_the_counted_peoples_name() -> None:
    article = tally.analyze("Coast guards picked up 140 Somali Bajunis off the island.", published=_PUBLISHED)
    (found,) = [f for f in article.figures if f.value == 140]
    assert found.subject == "Somali Bajunis"
