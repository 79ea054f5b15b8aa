"""Round 48: a module-level name defined twice is one definition, and each reader reads its own.

The figures extractor defined three names twice (``_HARM_CATEGORIES``, ``_STATE_VERBS``,
``_DYING_VERBS``); Python keeps the later value, so the functions written next to the first
read a set their author never wrote. "arresting one" was meant to count one person arrested
(the first set held "arrested" and "detained") and did not. Sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tally import analyze


def _figures(text: str) -> list[tuple[str, Any, str | None]]:
    return [(f.text, f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police opened fire on the crowd, killing two and arresting one, the governor said.",
            ("one", 1, "arrested"),
        ),
        (
            "Soldiers raided the camp on Monday, detaining one and injuring three, residents said.",
            ("one", 1, "detained"),
        ),
    ],
)
def test_duplicates_one_taken_by_a_verb_of_arrest_is_one_person(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in _figures(text)


def test_duplicates_one_still_needs_a_verb_of_harm() -> None:
    """Guard: "one" as the object of a verb that harms no one is no figure."""
    found = _figures("The council approved two budgets and rejected one, the mayor said.")
    assert all(text != "one" for text, _, _ in found)
