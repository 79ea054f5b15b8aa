"""Figures on real articles: constructions read from the figure misses of the real tune splits (round 48).

Each text is our own:

- "N of <things>" counts things as "N <things>" does: a vague amount or a number set on a plural
  common noun by "of" ("tens of thousands of websites", "more than 80 of his concerts",
  "thousands of species") is an `other` figure in any sentence, as the counted noun after a bare
  number is; an abstract noun ("dozens of options") still counts only in a sentence of the event,
  and neither a unit ("thousands of tonnes") nor a part of one body ("two of his fingers") counts;
- a count under a possessive determiner of kin or of things, with no category of its own ("her three sons", "his
  300 canvases") is an `other` figure, told by the article itself: the person it describes
  and whoever speaks near it are no source of it.
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text, figure_roles


def test_a_vague_amount_of_things_is_counted() -> None:
    text = (
        "The regulator has blocked tens of thousands of websites since the law took effect, the group said."
    )
    assert categories_by_text(text) == {"tens of thousands": "other"}


def test_a_number_of_things_owned_is_counted() -> None:
    text = "The singer said the authorities had cancelled more than 80 of his concerts in two years."
    assert categories_by_text(text) == {"more than 80": "other"}


def test_thousands_of_kinds_are_counted() -> None:
    text = "The new manual sets out how staff must handle thousands of species carried as cargo."
    assert categories_by_text(text) == {"thousands": "other"}


def test_dozens_of_abstractions_stay_out() -> None:
    text = "The committee weighed dozens of options before it voted on the budget."
    assert categories_by_text(text) == {}


def test_hundreds_of_reasons_stay_out() -> None:
    text = "Hundreds of reasons were offered for the delay, none of them convincing."
    assert categories_by_text(text) == {}


def test_thousands_of_a_unit_stay_out() -> None:
    text = "The creek takes in thousands of tonnes of untreated waste each week, residents said."
    assert categories_by_text(text) == {}


def test_parts_of_one_body_stay_out() -> None:
    text = "His cousin, who identified him, said two of his fingers had been broken."
    assert categories_by_text(text) == {}


def test_hundreds_of_thousands_of_dollars_stay_out() -> None:
    text = "Taking a case that far costs hundreds of thousands of dollars, the lawyer said."
    assert categories_by_text(text) == {}


def test_a_count_of_ones_own_children_is_counted_and_the_outlets() -> None:
    text = (
        "Maria Gonzalez, a nurse, worried she could not buy winter coats for her three sons after "
        'her pay was cut. "It has been a hard year," Gonzalez said.'
    )
    assert categories_by_text(text) == {"three": "other"}
    assert figure_roles(text) == [(3.0, [], [], [])]


def test_a_count_of_things_one_owns_is_counted() -> None:
    text = "The painter, who fled last spring, said militiamen had burned his 300 canvases in the yard."
    assert categories_by_text(text) == {"300": "other"}


def test_a_possessed_count_of_people_keeps_its_category_and_source() -> None:
    text = "Police said on Monday that they had detained 12 protesters, and that their two leaders were among them."
    found = categories_by_text(text)
    assert found.get("12") == "detained"
    assert "two" not in found


def test_the_pool_one_thing_is_picked_from_stays_out() -> None:
    text = "Any one of hundreds of chemicals could explain the sickness, the scientist said."
    assert categories_by_text(text) == {}
