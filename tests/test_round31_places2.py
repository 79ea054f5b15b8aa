"""Places, round 31 (second helper): a name the gazetteer does not know before the lower-case
word "village" or "area", which says what the name is. Sentences written for these tests."""

from __future__ import annotations

from tests._places import places, written_places


def _offsets_hold(text: str) -> None:
    """Every mention of every place is the text it claims."""
    for place in places(text):
        for start, end in place.mentions:
            assert text[start:end].strip() == text[start:end] and text[start:end]


# -- a name before "village" or "area" --


def test_an_unknown_name_before_village_is_a_place() -> None:
    text = "Residents of Bwengeri village said the water rose fast."
    assert "Bwengeri" in written_places(text)
    _offsets_hold(text)


def test_an_unknown_name_before_area_is_a_place() -> None:
    text = "Market stalls burned overnight in the Balkhu area, traders said."
    assert "Balkhu" in written_places(text)
    _offsets_hold(text)


def test_names_before_the_plural_villages_are_places() -> None:
    text = "Floodwater cut off the Lotimbo and Kachok villages, a relief worker told reporters."
    assert {"Lotimbo", "Kachok"} <= written_places(text)
    _offsets_hold(text)


def test_the_last_words_of_a_text_are_read() -> None:
    text = "Soldiers sealed off the Wadakhel area"
    assert written_places(text) == {"Wadakhel"}
    _offsets_hold(text)


# -- guards --


def test_a_persons_name_before_area_is_no_place() -> None:
    text = "Councillor Ruth Mbeki-Otieno told us that the Otieno area of the farm was never flooded."
    assert "Otieno" not in written_places(text)
    text = "Tribal elder Joseph Kamau said the Kamau village had voted for him."
    assert "Kamau" not in written_places(text)


def test_acronyms_months_and_bodies_before_area_are_no_places() -> None:
    assert written_places("Guests waited in the VIP area until the speeches ended.") == set()
    assert written_places("Sales dipped in the April area of the chart, the analyst noted.") == set()
    assert written_places("Delegates filled the Parliament area after the vote.") == set()


def test_a_name_over_a_line_break_is_not_joined_to_its_kind_word() -> None:
    text = "Soldiers sealed off the road to Wadakhel\narea residents said on Friday."
    assert all("\n" not in name for name in written_places(text))
    _offsets_hold(text)


def test_a_demonym_before_area_is_no_place() -> None:
    assert "Kenyan" not in written_places("Aid reached the Kenyan area of the camp on Monday.")


def test_a_peoples_or_a_faiths_name_before_village_is_no_place() -> None:
    text = "Aid trucks reached the Druze village, the Bedouin area and the Pashtun village."
    assert written_places(text) == set()
