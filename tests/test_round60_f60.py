"""Round 60 (f60): who gives a figure, constructions read from the source errors of the readable
splits (own ``work59`` first, then the other readable splits). Sentences are our own.

- A part set off by "N of them" takes the count just before it in its sentence however far back
  that count stands ("52 people have died since the strike began on 3 May, 41 of them in clashes
  … and eleven in road accidents"): the parser hangs the part on the date of the clause between,
  and the gapped count after the part goes on with it; both have the whole count's source.
- A branch of a body speaks for the body: "Its Kenya branch says …", "The organization's
  delegation … found that …" are the counts of the body "its" or "the organization" names, not of
  the branch as a source of its own (nor of a person quoted after it).
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


def _asserted(text: str, value: float) -> list[str]:
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


@pytest.mark.parametrize("value", [41, 11])
def test_part_of_them_far_behind_its_whole(value: float) -> None:
    names = _asserted(
        "According to the regional health office, 52 people have died since the strike began on 3 May, "
        "41 of them in clashes with soldiers of the border guard and eleven in road accidents.",
        value,
    )
    assert any("health office" in n for n in names), names


def test_part_of_whom_far_behind_its_whole() -> None:
    # guard: read right before this round too (the parser hangs "35 of whom" on the count)
    names = _asserted(
        "The miners' union said 230 workers had been detained after the strike at the smelter in "
        "Kitwe, 35 of whom were later charged with arson.",
        35,
    )
    assert any("union" in n for n in names), names


def test_part_with_no_source_stays_without_one() -> None:
    # guard: the whole has no source, so neither has its part
    names = _asserted(
        "Police arrested 52 people after the march on Sunday, 14 of whom were later charged.", 14
    )
    assert names == [], names


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Human Rights Watch puts the toll higher. Its Kenya branch says at least 31 people were killed, "
            "including four children.",
            31,
        ),
        (
            "Human Rights Watch puts the toll higher. Its Kenya branch says at least 31 people were killed, "
            "including four children.",
            4,
        ),
        (
            "Human Rights Watch said today that police had killed at least 19 people. The organization's "
            "delegation, which visited Kisumu in May, found that among the dead were three teenagers.",
            3,
        ),
    ],
)
def test_a_branch_speaks_for_its_body(text: str, value: float) -> None:
    names = _asserted(text, value)
    assert any("Human Rights Watch" in n for n in names), names


def test_a_persons_office_stays_the_persons() -> None:
    # guard: "his office" is the person's (no body named), as before
    names = _asserted(
        "Interior Minister John Doe did not comment. His office said 23 people had been arrested.", 23
    )
    assert any("John Doe" in n for n in names), names
