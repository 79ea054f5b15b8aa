"""Places, round 32: names given as members of a kind of places, the gazetteer knowing them
or not ("three districts of Marvenne, including Oskaro, Tulvesh and Ebbeni"; "Pellavar
and other villages"). Sentences written for these tests."""

from __future__ import annotations

from tests._places import places, written_places


def _offsets_hold(text: str) -> None:
    """Every mention of every place is the text it claims."""
    for place in places(text):
        for start, end in place.mentions:
            assert text[start:end].strip() == text[start:end] and text[start:end]


# -- a plural word for places, "including" and a list --


def test_the_list_after_districts_including_is_places() -> None:
    text = "Water cannon were turned on crowds in three districts of Marvenne, including Oskaro, Tulvesh and Ebbeni, late on Sunday."
    assert {"Oskaro", "Tulvesh", "Ebbeni"} <= written_places(text)
    _offsets_hold(text)


def test_the_list_after_provinces_including_in_is_places() -> None:
    text = "Teachers stayed home across a dozen provinces, including in Harvesk and Dolmeny, the union said."
    assert {"Harvesk", "Dolmeny"} <= written_places(text)
    _offsets_hold(text)


# -- a name before "and other" and a plural word for places --


def test_a_name_before_and_other_villages_is_a_place() -> None:
    text = "Gunmen raided Pellavar and other villages in the hills before dawn."
    assert written_places(text) == {"Pellavar"}
    _offsets_hold(text)


def test_a_sentence_opening_preposition_stays_out_of_the_name() -> None:
    text = "In Pellavar and other villages the wells ran dry last summer."
    assert written_places(text) == {"Pellavar"}
    _offsets_hold(text)


# -- guards --


def test_people_listed_after_towns_including_are_no_places() -> None:
    assert (
        written_places("Mayors of several towns, including Jorge Ramírez and Ana Pelt, signed the letter.")
        == set()
    )
    assert written_places("Mayors of several towns, including Mayor Tom Rell, signed the letter.") == set()
    assert written_places("Heads of the regions, including Governor Sam Ovid, met on Monday.") == set()


def test_including_without_a_word_for_places_lists_no_places() -> None:
    assert (
        written_places("Senior figures, including Marta Grell and Ivo Penn, attended the funeral.") == set()
    )
    assert written_places("Several groups, including Kalvo and Tenner, signed the appeal.") == set()


def test_and_other_after_a_word_for_no_place_names_no_place() -> None:
    assert written_places("Officials from Kalvo and other companies refused to comment.") == set()
