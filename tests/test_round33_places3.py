"""Places, round 33 (third session): a one-word town the small model tags as an
organisation or a person, standing before a noun of its people or its services ("three
Torrington students", "a Gainesville teenager", "two Cairns schools"). Sentences written for
these tests."""

from __future__ import annotations

from tests._places import places, written_places


def _offsets_hold(text: str) -> None:
    """Every mention of every place is the text it claims."""
    for place in places(text):
        for start, end in place.mentions:
            assert text[start:end].strip() == text[start:end] and text[start:end]


def test_a_town_before_students_is_a_place() -> None:
    text = "Three Torrington students walked out of class during the strike on Monday."
    assert "Torrington" in written_places(text)
    _offsets_hold(text)


def test_a_town_before_teenager_is_a_place() -> None:
    text = "A Gainesville teenager was detained after the vigil, his mother said."
    assert "Gainesville" in written_places(text)
    _offsets_hold(text)


def test_a_town_before_schools_is_a_place() -> None:
    text = "Two Cairns schools stayed shut for a week after the protest."
    assert "Cairns" in written_places(text)
    _offsets_hold(text)


def test_a_company_before_employees_is_no_place() -> None:
    text = "Several Apple employees joined the walkout in the morning."
    assert "Apple" not in written_places(text)


def test_a_surname_before_family_is_no_place() -> None:
    text = "The Jackson family joined the protest on Saturday."
    assert "Jackson" not in written_places(text)


def test_an_armed_group_before_unit_or_officers_is_no_place() -> None:
    """A group named like a small town ("Wagner", a town in the gazetteer) before the nouns of
    a company's or an armed group's parts stays no place (review)."""
    for text in ("A Wagner unit shelled the village at dawn.", "Two Wagner officers were seen at the base."):
        assert "Wagner" not in written_places(text), text
