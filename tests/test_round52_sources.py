"""Figure sources (round 52): a later reference that names what it counts.

``attribute_later_references`` lends a count the source of a later noun that takes it up ("the
figure", "the number", "the arrests"). A reference that names what it counts with "of" ("the number
of troops", "the arrest of the gunmen") takes up only a count of that noun: the count's own noun
or a word for whatever is counted ("people", "victims"). Naming something else, it is another count,
and its sentence's speaker says nothing of this one. The sentences are our own, written from the
constructions of the round's real tune errors.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value, figure_roles


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "the number of" another noun, in a list of what a speaker lacks
        (
            "The governors of three coastal states backed the plan. However, Ohio Governor Mark Lane "
            "said that without key details \u2014 including the number of troops and the cost \u2014 he "
            "could not commit.",
            3,
        ),
        # a noun of the count's category, naming other people with "of"
        (
            "Police said that 14 men had been arrested. Another six were arrested on Sunday. The mayor, "
            "Tom Ruse, announced a reward for information leading to the arrest of the gunmen.",
            6,
        ),
    ],
)
def test_a_reference_naming_other_things_is_another_count(text: str, value: float) -> None:
    assert "Mark Lane" not in asserted_by_value(text, value)
    assert "Tom Ruse" not in asserted_by_value(text, value)


def test_a_reference_naming_the_count_still_takes_it_up() -> None:
    # the count's own noun after "of"
    text = (
        "Flooding has cut off six villages in the valley. Regional governor Paul Hart later confirmed "
        "the number of villages cut off."
    )
    assert [c for v, _, c, _ in figure_roles(text) if v == 6] == [["Paul Hart"]], figure_roles(text)


def test_a_reference_naming_people_still_takes_it_up() -> None:
    # "people" names whatever the count counted
    text = (
        "Twelve protesters were killed on Friday. The interior minister, Dan Poole, said the number of "
        "people killed was lower."
    )
    assert [d for v, _, _, d in figure_roles(text) if v == 12] == [["Dan Poole"]], figure_roles(text)


def test_a_reference_without_of_is_unchanged() -> None:
    text = (
        "At least 27 people were killed in the port on Tuesday. The figures were provided to reporters "
        "by two nurses at the city hospital."
    )
    assert asserted_by_value(text, 27) != [], figure_roles(text)
