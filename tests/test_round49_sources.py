"""Figure sources on whole articles (round 49).

A count a lead or headline gives bare takes its source from a later sentence that tells a part of it
and names who says so: the later sentence takes the same number up as the whole the part is counted
from ("Of the five collisions, …, according to X", "50 of the 84 recorded deaths", "one of nine
collisions"). The sentences are our own, written from constructions seen in the round's real tune
errors.

A count of the people an appeal is for has the one who appeals for its source ("… appealed for $4
million to help 200,000 displaced families"; "is asking for donations to feed 40,000 villagers").
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value, figure_roles


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Harbour patrol boats were involved in five collisions last year. The boats guard the "
            "port around the clock. Most of the damage was minor. Of the five collisions, patrol "
            "crews were blamed for two, according to coast guard logs.",
            5,
            "coast guard logs",
        ),
        (
            "Tainted well water has killed at least 84 residents of the valley in recent weeks. "
            "Clinics have logged 300 cases in all. According to Amara Celik, the district's chief "
            "health officer, 50 of the 84 recorded deaths were infants.",
            84,
            "Amara Celik",
        ),
        (
            "The city fleet had nine collisions in four years. A van hit a lamp post on Monday. It "
            "was one of nine, mostly minor collisions since 2019, according to the city transport "
            "office.",
            9,
            "city transport office",
        ),
    ],
)
def test_a_later_part_names_the_source_of_its_whole(text: str, value: float, source: str) -> None:
    assert any(source in name for name in asserted_by_value(text, value)), figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the later whole counts something else: another five
        (
            "Harbour patrol boats were involved in five collisions last year. Of the five ministers "
            "who oversee the port, two have resigned, according to the harbour board.",
            5,
        ),
        # the later part is told with no source: nothing to take
        (
            "Floods cut off 14 villages in the delta this week. Of the 14 villages, six can now be "
            "reached by boat.",
            14,
        ),
        # a part of another count the sentence gives itself, not a whole named before
        (
            "Gunmen burned 20 shops in the market on Sunday. Police said 3 of 40 stalls were also damaged.",
            20,
        ),
    ],
)
def test_guards(text: str, value: float) -> None:
    assert not asserted_by_value(text, value), figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "The Lakeland Relief Fund appealed for $4.5 million to help more than 200,000 "
            "displaced families in three camps near the border.",
            200000,
            "Lakeland Relief Fund",
        ),
        (
            "The Valley Aid Society shipped tents to the hills last week and is now asking for "
            "donations to feed forty thousand villagers.",
            40000,
            "Valley Aid Society",
        ),
        # the participle after the counted read as a clause; the infinitive on what is asked for
        (
            "The Lakeland Relief Fund appealed for US$4.5 million to help more than 200,000 "
            "displaced families in two camps in the delta threatened by flooding.",
            200000,
            "Lakeland Relief Fund",
        ),
        (
            "The Lakeland Relief Fund appealed for US$4.5 million to help more than 200,000 "
            "displaced families in two camps in the delta threatened by flooding.",
            2,
            "Lakeland Relief Fund",
        ),
        (
            "The Valley Aid Society shipped tents to the hills, and has asked for money to feed "
            "forty thousand villagers.",
            40000,
            "Valley Aid Society",
        ),
    ],
)
def test_an_appeal_gives_the_count_it_is_for(text: str, value: float, source: str) -> None:
    assert any(source in name for name in asserted_by_value(text, value)), figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # those asked are no count of an appeal
        ("Police asked 300 residents to help clear the road after the storm.", 300),
        # an appeal with no infinitive of help above the count
        ("The charity appealed for calm after 40 people were hurt in the crush.", 40),
    ],
)
def test_appeal_guards(text: str, value: float) -> None:
    assert not asserted_by_value(text, value), figure_roles(text)
