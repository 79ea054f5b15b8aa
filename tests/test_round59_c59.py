"""Round 59 (c59): figures' values and categories. Sentences are our own.

- A court's verdict of guilt is a conviction: "found 14 soldiers guilty of torture" (the small
  clause under "find", "declare", "pronounce"), with the gapped second count "… and four of arson",
  and "the conviction of nine union leaders" (the noun), are ``sentenced``; "found them not guilty"
  is not, nor (left as it was) the passive "were found (not) guilty".
- "140 were arrested and 35 injured, three of them seriously": a part "N of them" said by an adverb
  of how, right behind a count, is a part of that count (the parser hangs it on the sentence's
  first subject, and the first verb gave it its category).
- "at least 30 detainees he interviewed bore injuries": the small model reads the past tense "bore"
  as a noun, and the detainees stayed ``detained``; people who bore a harm are ``injured``.
- A list a total "includes", the total named in a relative clause ("a figure it says includes 50
  protesters, …", "a toll that includes …") or by "It includes" after the count, is a list of
  parts of the count that total renames, with its category.
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
        ("A military tribunal found 14 soldiers guilty of torture.", [(14, "sentenced")]),
        (
            "The court found nine of the students guilty of rioting and six of insulting the police.",
            [(9, "sentenced"), (6, "sentenced")],
        ),
        ("The court declared 30 of the defendants guilty.", [(30, "sentenced")]),
        ("The ruling upheld the conviction of five journalists.", [(5, "sentenced")]),
        ("The protests followed the conviction of 12 union leaders in March.", [(12, "sentenced")]),
        (
            "The jury found three officers guilty of killing 12 protesters.",
            [(3, "sentenced"), (12, "killed")],
        ),
    ],
)
def test_round59_verdict_of_guilt(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court found 20 defendants not guilty.", [(20, "other")]),
        ("Three officers were found not guilty of murder.", [(3, "other")]),
        ("He has three previous convictions for theft.", [(3, "other")]),
    ],
)
def test_round59_verdict_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 140 people were arrested and 35 were injured, three of them seriously.",
            [(140, "arrested"), (35, "injured"), (3, "injured")],
        ),
        (
            "The army said 30 people were arrested and 18 were injured, two of them critically.",
            [(30, "arrested"), (18, "injured"), (2, "injured")],
        ),
        (
            "Police say 300 people were detained and 70 were injured, four of them critically,"
            " according to hospital officials.",
            [(300, "detained"), (70, "injured"), (4, "injured")],
        ),
    ],
)
def test_round59_part_of_the_count_just_before(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine demonstrators were shot, three of them fatally.", [(9, "other"), (3, "killed")]),
        ("Police said 30 people were wounded, five of them seriously.", [(30, "injured"), (5, "injured")]),
    ],
)
def test_round59_part_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A lawyer said at least 30 detainees bore injuries to the head.", [(30, "injured")]),
        ("The ombudsman said 25 prisoners he met bore fresh bruises.", [(25, "injured")]),
    ],
)
def test_round59_bore_harm(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 12 detainees, he said, bore the costs of their own lawyers.", [(12, "detained")]),
        ("More than 60 of the detainees visited by his staff bore visible injuries.", [(60, "injured")]),
    ],
)
def test_round59_bore_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry later raised the toll to 64, a figure it says includes 50 protesters, eight"
            " soldiers killed in an ambush and six police officers.",
            [(64, "killed"), (50, "killed"), (8, "killed"), (6, "killed")],
        ),
        (
            "The group said 45 people were killed, a toll that includes 30 protesters and 15 bystanders.",
            [(45, "killed"), (30, "killed"), (15, "killed")],
        ),
        (
            "Police said 120 people had been detained this week. It includes 14 students and at least"
            " six journalists.",
            [(120, "detained"), (14, "detained"), (6, "detained")],
        ),
    ],
)
def test_round59_total_listing(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 120 people had been detained this week. The government denies this. It"
            " includes 14 students and at least six journalists.",
            [(120, "detained"), (14, "other"), (6, "other")],
        ),
        (
            "The group said 45 people were killed. The toll includes 30 protesters and 15 bystanders.",
            [(45, "killed"), (30, "killed"), (15, "killed")],
        ),
    ],
)
def test_round59_total_listing_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
