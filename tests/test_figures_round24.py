"""Figures and their categories, round 24: constructions of real reporting, each in a sentence of our own.

Every sentence here was written for tally while reading the errors of the
round-24 tune splits (``eval/reports/tune.jsonl``, ``eval/reports_own``
``work24`` and ``work``); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_readings, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def test_total_after_a_sentence_without_a_count() -> None:
    """ "This brings to 39 the number … killed. The true figure is likely to be higher. X puts the
    total at 40, including 16 …": a bare total restates the count of the paragraph before it even
    when a sentence of comment without any count stands between them (it reached only the
    sentence right before, so the total was dropped and its part left without a category)."""
    text = (
        "Police shot dead 30 protesters on Monday, the ministry said. The real number is probably higher. "
        "A doctors' union puts the total at 41, including 12 people on Tuesday alone."
    )
    assert figure_readings(text, _PUBLISHED) == [
        (30, "exact", "killed"),
        (41, "exact", "killed"),
        (12, "exact", "killed"),
    ]


def test_total_two_sentences_back_with_a_count_between_guard() -> None:
    """Guard: a count in the sentence between is the one restated, not the one before it."""
    text = (
        "Police shot dead 30 protesters on Monday. Officers arrested 200 people in the capital. "
        "A rights group puts the total at 250."
    )
    assert [c for v, _, c in figure_readings(text, _PUBLISHED) if v == 250] == ["arrested"]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Of the 300 people Amnesty says were executed last year, at least 40 were Kurds.", 300, "executed"),
        ("Of the 300 people Amnesty says were executed last year, at least 40 were Kurds.", 40, "executed"),
        (
            "Of the 120 people Human Rights Watch says were detained in March, 15 were children.",
            120,
            "detained",
        ),
    ],
)
def test_fronted_of_with_a_contact_clause_of_saying(text: str, value: float, category: str) -> None:
    """ "Of the 246 people X says were executed in …, at least 52 were …": the parser hangs the
    fronted "Of the N people" on "says" and leaves "were executed" a clause with no subject; the
    clause of saying (with no "who") is still about the people counted."""
    assert figure_category(text, value, _PUBLISHED) == category


def test_fronted_of_on_a_verb_of_saying_guard() -> None:
    """Guard: a reported clause with a subject of its own tells of that subject, not of the
    people of the fronted "Of" ("Of the 200 marchers, police said 30 were arrested")."""
    text = "Of the 200 marchers, police said 30 were arrested."
    assert figure_category(text, 200, _PUBLISHED) != "arrested"


def test_definite_count_restated_elsewhere_is_one_figure() -> None:
    """ "… shot dead at least 19 people. … called for the 19 deaths to be investigated": a count
    taken up again with "the" is the count told before, although its sentence names another
    place (the embassies' city, the town where the deaths were recorded)."""
    text = (
        "Police shot dead at least 14 people in Nairobi on Tuesday, the rights group said.\\n\\n"
        "Washington and London, in a joint statement, urged restraint and called for the 14 deaths to be "
        "investigated."
    )
    assert figure_readings(text, _PUBLISHED) == [(14, "at_least", "killed")]


def test_same_count_in_two_places_guard() -> None:
    """Guard: the same number told again without "the" in another city is another count."""
    text = "Police killed 12 protesters in Tehran on Monday. On Tuesday, 12 people were killed in Mashhad."
    assert figure_values(text, _PUBLISHED) == [12, 12]


def test_part_of_a_toll_is_no_restatement_of_another_count() -> None:
    """ "… leaving at least five people dead. … up to 10 fatalities, including five militants": a
    part listed after "including" counts people of its own whole; it restates an earlier count of
    another sentence only when both name the same people ("people" names none)."""
    text = (
        "A bomb at a market killed at least four people on Monday, police said. "
        "Local media put the toll higher, at 11, including four soldiers."
    )
    assert figure_values(text, _PUBLISHED) == [4, 11, 4]


def test_part_naming_the_same_people_restates_guard() -> None:
    """Guard: a part that names the people of an earlier count is that count told again."""
    text = "Two children were killed in the shelling on Monday. The toll rose to 30, including two children."
    assert figure_values(text, _PUBLISHED) == [2, 30]
