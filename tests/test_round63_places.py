"""Places, round 63: "the Gulf" alone; a foreign word for a square, a palace, a garden or a court
closing a site's name; a legislature's chamber where a crowd stands. Sentences written for these
tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import written_places

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
