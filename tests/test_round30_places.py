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


# -- a list after a preposition of place with two known places is a list of places --


def test_an_unknown_town_in_a_list_of_known_towns_after_in_is_a_place() -> None:
    # one item tagged as a place, two more the gazetteer knows as towns though tagged as people
    text = "Strikes spread in Gorgan, Amol, Babol and Kiakola by evening."
    assert "Kiakola" in written_places(text)


def test_a_list_after_a_preposition_and_the_is_a_list_of_places() -> None:
    text = "Diplomats travelled to the Caucasus, Mideast and Africa in May."
    assert "Caucasus" in written_places(text)


def test_people_and_bodies_listed_with_places_stay_out() -> None:
    text = "The minister thanked partners in Moscow, Beijing and Kovalenko for their support."
    assert "Kovalenko" not in written_places(text)
    assert "Velkor" not in written_places("Talks between Russia, China and Velkor went on for days.")
