"""Figures' categories, thirtieth round: the counts of one list share the category the list's
verb or noun of harm gives them, also where the parser cut an item off the list.

Every sentence here was written for tally; none is copied from a page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_categories

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-01-10"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Police have detained 400 people since the strike began, lawyers said. Their tally, revised "
            "on Friday evening, includes 19 minors, the youngest of them 12, and at least 60 women.",
            60,
            "detained",
        ),
        (
            "Police have detained 400 people since the strike began, lawyers said. The list includes "
            "19 minors, the oldest of them 17, and at least 60 women.",
            60,
            "detained",
        ),
    ],
)
def test_list_item_past_an_apposition(text: str, value: float, category: str) -> None:
    """ "19 minors, the youngest of them 12, and at least 60 women": the parser joins the last
    item to the apposition, not to the first item, and the last item fell to "other"."""
    assert (value, category) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The rights group says at 30 students, 12 teachers, and 4 journalists have been arrested since Monday.",
            "arrested",
        ),
        (
            "The monitor reports at 18 villagers, 7 soldiers, and 5 police officers have been killed this week.",
            "killed",
        ),
    ],
)
def test_first_items_of_a_list_hung_on_the_verb_of_saying(text: str, category: str) -> None:
    """ "says at 30 students, 12 teachers, and 4 journalists have been arrested": the parser hangs
    the list's first items on the verb of saying and only the last is the verb's subject; all
    three are arrested, not only the last."""
    assert [c for _, c in _pairs(text)] == [category, category, category]


def test_list_guard_things_are_no_part_of_the_toll() -> None:
    """Guard: a thing listed with people keeps its own reading."""
    assert (40, "other") in _pairs("Police killed 30 protesters and 40 cattle.")


def test_list_guard_other_clause() -> None:
    """Guard: a count of another clause, joined by "and", is no item of the list."""
    assert (40, "other") in _pairs("The army said 12 soldiers were killed and 40 civilians fled.")


def test_list_guard_listed_clauses() -> None:
    """Guard: a list of clauses, each count with a verb of its own, shares no category."""
    pairs = _pairs(
        "The monitor says about 30 soldiers were killed, 12 teachers resigned, and 4 journalists fled."
    )
    assert pairs == [(30, "killed"), (12, "other"), (4, "other")]
