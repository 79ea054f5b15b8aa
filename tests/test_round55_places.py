"""Places, round 55: constructions seen on the errors of the readable splits (mixed4 `tune` read
first). Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import place_of, scored_places, written_places

# -- a capitalised compass word before a place names a part of it as one name ----------------


@pytest.mark.parametrize(
    ("text", "written", "inner"),
    [
        # a state the gazetteer also knows as a division of another country: read by its context
        (
            "Many retirees in South Florida said on Monday that insurance bills had doubled, and"
            " officials in Tallahassee promised help.",
            "South Florida",
            "Florida",
        ),
        # a town after the compass word: the town is the place, the name as written
        (
            "Police closed two schools in West Wichita after a threat, officials in Kansas said.",
            "West Wichita",
            "Wichita",
        ),
        (
            "Shootings were reported in South Philadelphia overnight, police in Pennsylvania said.",
            "South Philadelphia",
            "Philadelphia",
        ),
    ],
)
def test_a_capitalised_compass_word_is_written_with_the_place(text: str, written: str, inner: str) -> None:
    assert written in written_places(text)
    assert inner not in written_places(text)  # no bare mention the gold does not list
    assert place_of(text, written).name == inner  # still read as the place inside it


def test_a_compass_word_before_a_name_of_two_countries_keeps_the_reading_of_its_context() -> None:
    # "Georgia" is a country and a US state: the written name runs over the compass word, the
    # place is still the one its context reads
    text = "Water levels fell across Georgia this summer. Lakes in North Georgia are at record lows."
    assert "North Georgia" in written_places(text)
    assert place_of(text, "North Georgia").name == place_of(text, "Georgia").name


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # lower case: an adjective that places something inside the name, no word of it
        ("Floods hit eastern Norway in March, officials in Oslo said.", "Norway"),
        # a demonym after the compass word is no place's name
        ("Central American migrants waited at the border near Tijuana.", "Tijuana"),
    ],
)
def test_guard_a_lower_case_compass_word_another_names_word_or_a_demonym(text: str, written: str) -> None:
    found = written_places(text)
    assert written in found or written in scored_places(text)
    assert not any(w.startswith(("eastern ", "West ", "Central ")) for w in found)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Retirees in South", True),
        ("South", True),
        ("In South", True),
        ("homes, South", True),
        # a capitalised word before it: the compass word ends another name (a person's, a road's)
        ("the singer Anna West", False),
        ("drove along Route 9 West", False),
        # a compass word shared with the one before it: two parts of one name
        ("the director for East and Southern", False),
    ],
)
def test_a_compass_word_opens_a_name_after_no_capitalised_word(text: str, opens: bool) -> None:
    from tally.extract.places.extractor import _opens_a_name

    assert _opens_a_name(text, text.rindex(" ") + 1 if " " in text else 0) is opens


# -- a place the gazetteer does not know, written with a capitalised kind word ----------------


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        (
            "Soldiers fired on marchers in Yangon on Saturday, killing five people in Minzayat"
            " Township and two in Kyaukmyaw Township, residents said.",
            "Minzayat Township",
            "Minzayat",
        ),
        (
            "Police said three men were arrested in Tamarongo District on Friday after clashes"
            " with farmers in Kenya.",
            "Tamarongo District",
            "Tamarongo",
        ),
    ],
)
def test_an_unknown_place_with_its_capitalised_kind_word_is_named_without_it(
    text: str, written: str, name: str
) -> None:
    assert written in written_places(text)  # the gold that lists the whole
    assert place_of(text, written).name == name  # the gold that lists the bare name


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("North Region", "North Region"),  # a compass word alone names no place
        ("Southern District", "Southern District"),
        ("Minzayat township", "Minzayat township"),  # lower case: read by the kind-word rules
        ("Minzayat", "Minzayat"),
    ],
)
def test_guard_a_head_that_names_no_place_alone(surface: str, name: str) -> None:
    from tally.extract.places.extractor import _without_capitalised_kind_word

    assert _without_capitalised_kind_word(surface) == name
