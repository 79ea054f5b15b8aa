"""Figure sources on whole articles (round 48).

A count the writer tells with no source of its own takes its source from the next sentence of its
paragraph when that sentence is reported speech about the same thing: its content takes up the
count's noun, or a noun the count's clause hangs on, and gives no count of its own ("… arrested 30
in the night. All arrests were made without incident, the county sheriff's office said."). The
sentences are our own, written from constructions seen in the round's real tune errors.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value, figure_roles


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Border guards arrested 23 people near the northern crossing overnight. All arrests "
            "were carried out without force, the regional border service said.",
            23,
            "border service",
        ),
        (
            "Strong gales flattened 9 greenhouses across the valley on Sunday evening. Captain Lena "
            "Ortiz of the county fire brigade said the greenhouses collapsed within minutes.",
            9,
            "Lena Ortiz",
        ),
        (
            "The ambush came hours after a raid by the provincial guard on a hideout in the hills, "
            "which ended with the deaths of 12 gunmen. According to the provincial guard, the raid "
            "broke the cell's supply lines for months.",
            12,
            "provincial guard",
        ),
    ],
)
def test_the_next_sentence_reports_on_the_same_thing(text: str, value: float, source: str) -> None:
    assert any(source in name for name in asserted_by_value(text, value)), figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the next sentence gives a count of its own: it says something new, not this count
        (
            "Troops sealed off six districts of the capital on Friday. The minister said tens of "
            "thousands of residents had fled the districts since then.",
            6,
        ),
        # the next sentence is about something else, or judges the events with a noun of their kind
        (
            "Soldiers shot dead at least nine marchers in the river town on Friday. \u201cThe killing "
            "of peaceful marchers is a crime,\u201d the envoy's spokesman told reporters.",
            9,
        ),
        (
            "Thousands of farmers rallied outside the ministry last week. Company officials have "
            "blamed the spill on a contractor working at the site.",
            1000,
        ),
        (
            "Police arrested four men on the ridge road on Wednesday. The owners of the shop were "
            "away at the time, according to the local police chief.",
            4,
        ),
    ],
)
def test_guards(text: str, value: float) -> None:
    assert not asserted_by_value(text, value), figure_roles(text)
