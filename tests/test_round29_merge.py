"""How repeated mentions of a count merge into one figure, twenty-ninth round.

Two counts of things (category ``other``) of the same value in sentences side by side are two
counts when they count different nouns and their sentences share no verb of an event ("The floods
destroyed 200 homes … 200 bridges were swept away"); the same verb ("… had destroyed 200 houses")
or "the" keeps a restatement. The guards pin what the merge must keep: a restatement with "the",
a count restated with the generic "people", an increment ("another 40") and two counts of
different named people. Every sentence is written for these tests; each case failed before its
rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _merged(text: str) -> list[tuple[float, list[str]]]:
    """``(value, mention texts)`` per figure of *text*, in order."""
    article = tally.analyze(text, published="2024-05-02", only=["figures"])
    return [(f.value, [text[s:e] for s, e in f.mentions]) for f in article.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two counts of different things in sentences side by side, no verb shared
        (
            "The floods destroyed 200 homes in the valley on Tuesday. "
            "Rescuers said 200 bridges were also swept away.",
            [(200.0, ["200"]), (200.0, ["200"])],
        ),
        (
            "Protesters set fire to two buses on the ring road. "
            "Later that night, two ambulances were stoned near the main hospital.",
            [(2.0, ["two"]), (2.0, ["two"])],
        ),
        # guard: the same verb in both sentences restates the count with another noun
        (
            "The floods destroyed 200 homes in the valley on Tuesday. "
            "Rescuers said the water had destroyed 200 houses overnight.",
            [(200.0, ["200", "200"])],
        ),
        # guard: a count of things taken up again with "the" is the count told before
        (
            "Rioters set fire to more than 300 shops across the city overnight. "
            "Police said the more than 300 shops were looted before they burned.",
            [(300.0, ["more than 300", "more than 300"])],
        ),
        # guard: "people" names no group of its own, so it restates "rioters"
        (
            "Police detained 150 rioters overnight. The interior ministry said 150 people had been detained.",
            [(150.0, ["150", "150"])],
        ),
        # guard: "another 40" is a count added to the first, never its restatement
        (
            "Rioters set fire to 40 banks in the north. Another 40 banks were looted in the south the next day.",
            [(40.0, ["40"]), (40.0, ["40"])],
        ),
        # guard: two counts of the same value that name different people are two figures
        (
            "Four soldiers were killed at a checkpoint. Four protesters were killed in the capital the same day.",
            [(4.0, ["Four"]), (4.0, ["Four"])],
        ),
    ],
)
def test_restatement_or_new_count(text: str, expected: list[tuple[float, list[str]]]) -> None:
    assert _merged(text) == expected
