"""Places, round 30: one list of prepositions of place for the scans that read one, and the
rules of this round. Sentences written for these tests."""

from __future__ import annotations

from tally.extract.places.candidates import PERSON_PREPOSITIONS, place_prepositions, preposition_before
from tests._places import written_places

# -- one list of prepositions of place (guards: the tidy changes no reading) --


def test_the_scans_read_one_list_of_prepositions() -> None:
    every = place_prepositions()
    assert {"in", "at", "near", "into", "within", "of", "including"} <= every
    assert place_prepositions(PERSON_PREPOSITIONS) == every - {"of", "including"}
    assert place_prepositions() is place_prepositions()  # joined once, not per call


def test_a_preposition_before_a_name_in_any_case_and_with_an_article() -> None:
    text = "In Tarvik the market closed; they marched toward the Orlen bridge."
    assert preposition_before(text, text.index("Tarvik"))
    assert preposition_before(text, text.index("Orlen"))
    assert not preposition_before("the lawyer of Tarvik", len("the lawyer of "))
    assert preposition_before("the lawyer of Tarvik", len("the lawyer of "), frozenset())


def test_a_repeated_surname_after_a_preposition_of_place_stays_the_place() -> None:
    text = "Fire Chief Dan Marlin said the blaze began at noon. Crews later drove to Marlin, Texas."
    assert "Marlin" in written_places(text)
