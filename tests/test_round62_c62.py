"""Round 62 (c62): figures' categories. Sentences are our own.

- Spots where a road is cut ("blocked the motorway at 45 points", "there were 23 blockade points
  in six provinces", "barricades stand on at least 15 points of the coastal highway") are counted
  places (``places``), as ANNOTATION counts the places of the event; a score ("six points ahead"),
  moments ("at two points during the night") and the points of a plan are no places.
- A bare count written with "more" and no verb or noun of its own ("They say dozens more are still
  lying in the streets", "On Sunday, four more were pulled from the river") is more of the count told
  just before it in the paragraph, and has its category.
- Words a war shares with a disaster ("emergency", "evacuated", "displaced", "affected") name no
  calm cause of death: "doctors in the emergency wards counted 40 deaths", "declared a state of
  emergency after 14 people died" in a story of unrest are ``killed``; a flood or a quake that the
  sentence names still makes them ``deaths``.
- People taken by force with a bare "take" ("They broke down our door and took my three sons",
  "two women who tried to stop them were taken too"), by security forces, men or "they", in a story
  of a crackdown, are held (``detained``); "took 30 people to hospital" and "took 40 students home"
  are not. A count of the dead is not named again by a later count of the taken or the hurt
  ("two of them in the market" killed, then "took my two sons").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

_UNREST = "Farmers angry at the new fuel tax clashed with police in the capital on Monday. "


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + "Truckers blocked the motorway at 45 points on Tuesday, the traffic police said.",
            [(45, "places")],
        ),
        (
            _UNREST
            + "According to the interior ministry, there were 23 blockade points in the north on Wednesday.",
            [(23, "places")],
        ),
        (
            _UNREST + "Barricades stand on at least 15 points of the coastal highway, the road agency said.",
            [(15, "places")],
        ),
    ],
)
def test_round62_points_of_a_blockade(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score, the points of a plan and moments are no places
        (_UNREST + "The ruling party is now six points ahead in the polls.", []),
        (_UNREST + "The unions and the government agreed on 12 points of a new wage deal.", []),
        (_UNREST + "Police charged the crowd at two points during the night.", []),
    ],
)
def test_round62_points_not_places(text: str, expected: list[tuple[float, str]]) -> None:
    assert [f for f in _figures(text) if f[1] != "protesters"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + "Nurses at the central hospital say they have received 40 bodies since the weekend. "
            "They say dozens more are still lying in the side streets of the old town.",
            [(40, "killed"), (12, "killed")],
        ),
        (
            "Soldiers shot dead 17 demonstrators near the bridge on Saturday. "
            "On Sunday, four more were pulled from the river by fishermen.",
            [(17, "killed"), (4, "killed")],
        ),
    ],
)
def test_round62_more_of_the_count_before(text: str, expected: list[tuple[float, str]]) -> None:
    assert [f for f in _figures(text) if f[1] != "protesters"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of its own decides
        (
            "Police arrested 30 protesters on Friday. On Saturday, 20 more were injured in clashes.",
            [(30, "arrested"), (20, "injured")],
        ),
        # a predicate of its own says what they are
        (
            "Six patients died of the fever in the city hospital this week. Dozens more are suspected to be "
            "ill with the virus.",
            [(6, "deaths")],
        ),
        # a new paragraph tells no more of the count before
        (
            "Police arrested 30 protesters on Friday.\n\nOrganisers expect thousands more at the rally.",
            [(30, "arrested")],
        ),
    ],
)
def test_round62_more_with_its_own_word(text: str, expected: list[tuple[float, str]]) -> None:
    assert [f for f in _figures(text) if f[1] != "protesters"] == expected


_CRACKDOWN = "Thousands marched against the new tax on Sunday and police fired on the crowd. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _CRACKDOWN
            + "Doctors in the emergency wards of three hospitals in the capital counted 40 deaths by Monday.",
            [(40, "killed")],
        ),
        (_CRACKDOWN + "The government declared a state of emergency after 14 people died.", [(14, "killed")]),
        # a disaster the sentence names keeps its deaths
        (
            _CRACKDOWN + "In the east, a flood swept through the valley and 25 people died.",
            [(25, "deaths")],
        ),
    ],
)
def test_round62_emergency_is_no_disaster(text: str, expected: list[tuple[float, str]]) -> None:
    assert [f for f in _figures(text) if f[1] not in {"protesters", "places", "other"}] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Soldiers raided the district on Thursday night. "They broke down our door and took my three sons," '
            "said a trader.",
            [(3, "detained")],
        ),
        (
            "Police raided the village at dawn and fired on residents. Two women who tried to stop the officers "
            "were taken too, residents said.",
            [(2, "detained")],
        ),
        # not a seizure: care, a ride home
        ("Police fired on the marchers. Volunteers took 30 people to hospital.", [(30, "injured")]),
        ("Police fired on the marchers. They took 40 students home.", [(40, "other")]),
        # the dead are not taken after
        (
            "Police shot dead four protesters, two of them in the market. Soldiers then raided the market. "
            '"They took my two sons," a woman said.',
            [(4, "killed"), (2, "killed"), (2, "detained")],
        ),
    ],
)
def test_round62_taken_by_force(text: str, expected: list[tuple[float, str]]) -> None:
    assert [f for f in _figures(text) if f[1] not in {"protesters", "places"}] == expected
