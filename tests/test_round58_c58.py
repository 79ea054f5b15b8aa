"""Round 58 (c58): figures' values and categories. Sentences are our own.

- People a court acquits after a verb of the category lists are no part
  of its count: "sentenced 12 … and acquitted five others", "convicted four … and acquitted the other
  three" (the second count took the first verb's category, and "the other three" was dropped as a
  back-reference once it had none).
- A headline's count restated in the lede with another hedge is one figure: "Over 2,000 detained"
  over "… detained about 2,000 people".
- "remain held" is ``detained`` as "remain in custody" is, and "40 protesters remain detained" (the
  parser makes "remain" the participle's passive auxiliary and hangs the subject on it) takes the
  participle's category.
- "three times more protesters", "five times more people": a multiplier, no count.
- "hundreds of elephants", "tens of thousands of chickens" killed: animals counted by a vague amount
  are a counted thing (``other``), as "30 elephants" already were.
- People taken by force from where they live or stand ("taken from their homes", "dragged from
  their dormitories", "taken from the market") are ``detained``, as "taken away" is.
- Typhoons, tornadoes, blizzards, avalanches, tsunamis, mudslides, heatwaves and eruptions are
  disasters (their dead are ``deaths``), and a headline's "three dead" restated in a lede that names
  such a cause takes the lede's ``deaths``.
- "weeks of protests, the largest of which drew 50,000 people": a part picked out "of which" stands
  for the noun before it, so the crowd a protest draws is ``protesters``.
- A quoted insert between the counted people and their verb ('60 youths "caught looting shops, …"
  had been arrested') misleads the parser; the verb after the closing quote mark with its
  auxiliaries is the count's.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court sentenced 12 protesters to two years in prison and acquitted five others.",
            [(12, "sentenced"), (5, "other")],
        ),
        (
            "The judge jailed 20 activists and acquitted six others for lack of evidence.",
            [(20, "sentenced"), (6, "other")],
        ),
        (
            "The tribunal sentenced nine officers and acquitted 14 others.",
            [(9, "sentenced"), (14, "other")],
        ),
        (
            "A court in the capital on Monday convicted four of the seven men tried over the riot and"
            " acquitted the other three.",
            [(4, "sentenced"), (3, "other")],
        ),
    ],
)
def test_round58_let_go_after_a_category_verb(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The soldiers killed 10 villagers and wounded 14 others.", [(10, "killed"), (14, "injured")]),
        (
            "Police arrested 27 people on Monday and eight others the following day.",
            [(27, "arrested"), (8, "arrested")],
        ),
        ("The court convicted 9 students and acquitted 4.", [(9, "sentenced"), (4, "other")]),
        ("The two men were released, while the other three stayed in the building.", []),
        ("The five leaders spoke; the other two refused.", []),
    ],
)
def test_round58_let_go_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Over 2,000 detained at protests across the country, ministry says\n\n"
            "Police detained about 2,000 people at unauthorised rallies on Sunday, the interior ministry said.",
            2000,
            "detained",
        ),
        (
            "More than 40 killed in clashes\n\n"
            "At least 40 people were killed in clashes between police and protesters on Friday, officials said.",
            40,
            "killed",
        ),
    ],
)
def test_round58_headline_hedge_restated_in_lede(text: str, value: float, category: str) -> None:
    assert _figures(text) == [(value, category)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 students remain held at the central prison.", [(12, "detained")]),
        ("About 40 protesters remain detained in the capital.", [(40, "detained")]),
        (
            "Police have arrested more than 500 people since the strike began. Among them are at least 14"
            " teachers who remain held at the central prison.",
            [(500, "arrested"), (14, "detained")],
        ),
    ],
)
def test_round58_remain_held(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve activists remain jailed after the protest.", [(12, "detained")]),
        ("About 25 people remain hospitalised after the clashes.", [(25, "injured")]),
        ("Around 200 protesters remain camped in the square.", [(200, "protesters")]),
    ],
)
def test_round58_remain_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested almost three times more protesters than last year.", []),
        ("Police fired tear gas at the crowd, and five times more people were arrested than in May.", []),
        ("Poachers killed hundreds of elephants last year.", [(100, "other")]),
        ("The outbreak killed tens of thousands of chickens on farms in the north.", [(10000, "other")]),
    ],
)
def test_round58_multipliers_and_vague_animals(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters were beaten three times by police.", []),
        ("The virus has killed thousands of people in the region.", [(1000, "deaths")]),
        ("Soldiers killed dozens of protesters in the square.", [(12, "killed")]),
        ("Protests spread to two dozen cities.", [(24, "places")]),
    ],
)
def test_round58_multiplier_and_animal_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her neighbour said at least nine young men had been taken from the market by soldiers that night.",
            [(9, "detained")],
        ),
        ("Witnesses said soldiers took 14 men from their homes in the night.", [(14, "detained")]),
        ("Rights groups say 30 students were dragged from their dormitories by police.", [(30, "detained")]),
    ],
)
def test_round58_taken_from_where_they_were(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers pulled 12 survivors from the rubble of the house.", [(12, "other")]),
        ("Paramedics took 15 injured protesters from the square to hospital.", [(15, "injured")]),
        ("The bodies of 5 men were taken from the river.", [(5, "killed")]),
    ],
)
def test_round58_taken_from_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 people died when a typhoon struck the coast.", [(40, "deaths")]),
        (
            "Snow and ice blanket the plains; three dead\n\n"
            "Three deaths were reported as a late blizzard buried parts of the state in snow and ice.",
            [(3, "deaths")],
        ),
    ],
)
def test_round58_natural_hazards_are_calm_causes(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three dead in protests\n\nThree people were killed when police opened fire on protesters.",
            [(3, "killed")],
        ),
        ("An avalanche killed five climbers near the summit.", [(5, "deaths")]),
    ],
)
def test_round58_natural_hazard_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote triggered weeks of protests, the largest of which drew 50,000 people.",
            [(50000, "protesters")],
        ),
        ("The vote triggered weeks of rallies, one of which drew 30,000 people.", [(30000, "protesters")]),
        ("The company opened ten stores, the largest of which drew 5,000 shoppers.", [(5000, "other")]),
    ],
)
def test_round58_part_of_which_stands_for_the_protests(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The minister said 60 youths "caught looting shops, burning tyres and attacking officers" had been arrested.',
            [(60, "arrested")],
        ),
        (
            'Police said 30 men "seen throwing stones and setting cars on fire" had been arrested in the city centre.',
            [(30, "arrested")],
        ),
    ],
)
def test_round58_verb_past_a_quoted_insert(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Organisers said 5,000 people "from every corner of the country" had marched on the capital.',
            [(5000, "protesters")],
        ),
        ('The report said 12 officers "acted with restraint" and were praised.', [(12, "other")]),
    ],
)
def test_round58_quoted_insert_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
