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


# -- review guards: a body, a day, a holiday or a lone given name after "including" --


def test_a_possessive_day_after_cities_including_is_no_place() -> None:
    text = "Officers in helmets dispersed gatherings in several cities, including Friday's sit-in outside Velmora."
    assert "Friday's" not in written_places(text)
    _offsets_hold(text)


def test_a_holiday_after_provinces_including_is_no_place() -> None:
    text = "Night curfews hit five provinces, including Easter Sunday processions in the north."
    assert written_places(text) == set()


def test_a_body_after_districts_including_is_no_place() -> None:
    text = "Monitors fanned out across nine districts, including Human Rights Watch researchers."
    assert written_places(text) == set()


def test_bodies_listed_after_regions_including_are_no_places() -> None:
    assert (
        written_places(
            "Relief flights landed in the worst-hit regions, including Oxfam and Save the Children teams."
        )
        == set()
    )
    assert (
        written_places("Relief flights landed in the worst-hit regions, including Save the Children staff.")
        == set()
    )


def test_a_lone_given_name_after_towns_including_is_no_place() -> None:
    assert (
        written_places("Arrests followed in several towns, including Ahmed, a student leader told us.")
        == set()
    )
