"""What each figure counts: constructions read from the round's tune articles (round 44).

Each sentence is our own:

- a count the model swept into the name after it ("the 31 University of Abuja students") still
  counts the plural noun after the name, and a part of it ("Twelve of the 31 …") is of those
  people, not of places ("university" alone is a place counted in "nine of the 18 universities").
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text


def test_a_count_before_a_name_counts_the_noun_after_the_name() -> None:
    text = "Twelve of the 31 University of Abuja students detained on Monday were freed on bail on Thursday."
    found = categories_by_text(text)
    assert found.get("31") == "detained"
    assert found.get("Twelve") == "detained"


def test_a_number_inside_a_name_is_still_no_count() -> None:
    text = "Members of the Group of 20 met in the capital, where police arrested 16 protesters."
    assert categories_by_text(text) == {"16": "arrested"}
