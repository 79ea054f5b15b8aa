"""Round 56 (c56): a verb of the present tagged as a name. Sentences are our own.

Timelines and live pages tell a crowd's act in the present ("June 16: organisers say 300 farmers,
dressed in black, march to the ministry"); after a clause set off by commas the small model tags
"march" as the month (a name) and hangs it on the counted noun or beside it, so the crowd lost its
category. A lower-case name right after the counted noun, or after the set-off clause, whose lemma is
a verb of the category lists is the noun's verb. "In March" (capitalised) stays a month.
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
        ("About 300 farmers, waving flags, march to the ministry.", [(300, "protesters")]),
        ("Organisers say about 300 farmers, dressed in black, march to the ministry.", [(300, "protesters")]),
        (
            "Organisers say nearly 2 million people, dressed in black, march to demand the bill's full withdrawal.",
            [(2_000_000, "protesters")],
        ),
        ("Police say about 300 farmers, angry at the cuts, march on the palace.", [(300, "protesters")]),
    ],
)
def test_present_verb_tagged_as_a_name(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March 300 farmers were arrested.", [(300, "arrested")]),
        ("The group said 40 people, Monday, March 3, were detained.", [(40, "detained")]),
        ("About 300 farmers, dressed in black, marched to the ministry.", [(300, "protesters")]),
    ],
)
def test_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
