"""Places, round 63: a capitalised compass word after a place's name ends the name the article
gives the part of the place it means ("[town] West", "[park] North"). Sentences written for
these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import scored_places, written_places

# -- a compass word after a place's name: "[town] West", "[park] North" -------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Riot police fired tear gas in Mombasa East on Saturday.", "Mombasa East"),
        ("Pupils walked out of a school in Nakuru West, the police said.", "Nakuru West"),
        (
            "Troops fired into Lennox Park from the road. Two men died in Lennox Park North and one "
            "in the square.",
            "Lennox Park North",
        ),
    ],
)
def test_a_compass_word_after_a_place_ends_its_name(text: str, place: str) -> None:
    assert place in written_places(text)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # the compass word opens the next name
        ("Lawyers from Nairobi West Africa's bar association met on Monday in Accra.", "Nairobi"),
        ("Police in Lewisburg West Virginia arrested two men.", "Lewisburg"),
        # a lower-case compass word only places something inside the town
        ("Shops were looted in Mombasa east of the old harbour.", "Mombasa"),
        # the compass word after a comma is no part of the name
        ("Rallies were held in Mombasa, West Pokot and Nakuru.", "Mombasa"),
    ],
)
def test_guard_a_compass_word_of_another_name_is_not_the_towns(text: str, bare: str) -> None:
    found = written_places(text)
    assert not any(place.startswith(bare + " ") and place.split()[1][0].isupper() for place in found), found


def test_the_place_keeps_its_reading_with_the_compass_word() -> None:
    text = "Riot police fired tear gas in Mombasa East on Saturday."
    assert "Mombasa" in scored_places(text)


# -- "the Gulf" alone, "Gulf" before a plural noun for its states ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose as tension grew in the Gulf this week.",
        "Diplomats said the talks, watched closely across the Gulf, had stalled.",
        "Ankara hopes to mend ties with Cairo and with Gulf states before the summit.",
        "Envoys from Gulf monarchies met in Muscat on Tuesday.",
    ],
)
def test_the_gulf_alone_is_a_place(text: str) -> None:
    assert "Gulf" in written_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a longer name: a feature, a war, a body
        "Fishing boats sank in the Gulf of Aden on Monday.",
        "He served in the Gulf War and later joined the police.",
        "A reporter for the Gulf Times covered the trial in Doha.",
        "Veterans of the Gulf-war era marched in Ohio.",
        # the capitalised name before it holds the word
        "Tankers were seized in the Persian Gulf last week.",
    ],
)
def test_guard_gulf_inside_a_longer_name_is_not_alone(text: str) -> None:
    assert "Gulf" not in written_places(text)


# -- a foreign word for a square, a palace, a garden or a court closing a site's name ----------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Students marched from Kalimati Mandala towards the parliament on Monday.", "Kalimati Mandala"),
        ("Crowds set fire to Rana Durbar, the seat of the ministry, on Tuesday.", "Rana Durbar"),
        (
            "A large crowd gathered in the Shalimpur Bagh, an open ground walled on every side.",
            "Shalimpur Bagh",
        ),
        ("Police detained dozens near Torgovy Dvor, the old arcade, on Saturday.", "Torgovy Dvor"),
    ],
)
def test_a_foreign_site_word_closes_a_sites_name(text: str, site: str) -> None:
    assert site in written_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case word: a drawing, no site
        "Monks made a sand mandala in the hall of the monastery in Lhasa.",
        # a longer name goes on after the word
        "The Durbar Marg Association said its members would march in Kathmandu.",
    ],
)
def test_guard_a_lower_case_or_longer_name_is_no_site(text: str) -> None:
    found = written_places(text)
    assert not any(place.endswith(("mandala", "Durbar")) for place in found), found


# -- a legislature's chamber after a preposition or verb of a crowd's place ----------------------


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        ("Hundreds of teachers camped outside the National Assembly on Thursday night.", "National Assembly"),
        (
            "Thousands surround the Legislative Council to stop the vote, the police said.",
            "Legislative Council",
        ),
        ("Riot police cleared the square in front of the Parliament on Sunday.", "Parliament"),
    ],
)
def test_a_chamber_where_a_crowd_stands_is_a_place(text: str, chamber: str) -> None:
    assert chamber in written_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # the body that votes, no building
        "The National Assembly voted on Thursday to extend the state of emergency.",
        # no article: the body
        "Ministers were summoned to appear before Parliament on Friday.",
        # a longer name goes on after it
        "Students gathered outside the National Assembly Library in Seoul on Monday.",
    ],
)
def test_guard_a_chamber_as_a_body_or_inside_a_longer_name_is_no_place(text: str) -> None:
    found = written_places(text)
    assert "National Assembly" not in found and "Parliament" not in found, found
