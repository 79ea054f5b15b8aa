"""Figures on real articles: numbers that name, not count (round 51).

Read from the figures the real tune splits invent. Each text is our own:

- a spelled number written with a capital after a word inside its sentence is part of a name
  ("the agency's Ten Fugitives Of The Year list", "pupils in Forms Three and Four", "the
  Group of Eight", "the Big Three"); prose writes a count in lower case unless it opens the sentence or a clause;
- a number right after the noun "number" is the label the noun names ("pick a number 1-8");
- a number ending a hyphened word whose first part is a word is part of that word ("stopped
  to high-five the crowd").
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text


def test_a_capitalised_number_inside_a_list_name() -> None:
    text = (
        "Police put the accused killer and an alleged bomb maker on the agency's Ten Fugitives "
        "Of The Year list Monday."
    )
    assert "Ten" not in categories_by_text(text)


def test_capitalised_numbers_naming_school_years() -> None:
    text = (
        "Twenty pupils caught the flu. Most of the sick pupils who sit in Forms Three and Four "
        "were treated and sent home to rest."
    )
    found = categories_by_text(text)
    assert "Three" not in found and "Four" not in found, found


def test_a_group_named_by_a_number() -> None:
    found = categories_by_text("Ministers of the Group of Eight condemned the crackdown.")
    assert "Eight" not in found, found


def test_a_nickname_ending_in_a_number() -> None:
    found = categories_by_text("The Big Three were arrested in the crackdown on the protest.")
    assert "Three" not in found, found


def test_a_number_labelled_by_the_noun_number() -> None:
    text = (
        "After the shooting, the student wrote to his fans: \u201cPick a number 1-8 contact "
        "the firm next to that #\u201d Many did."
    )
    assert categories_by_text(text) == {}


def test_a_number_ending_a_hyphened_verb() -> None:
    text = "The riot police looked on as the marchers stopped to high-five the crowd."
    assert categories_by_text(text) == {}


# guards: counts that keep their reading


def test_a_capitalised_count_opening_its_sentence_stays() -> None:
    text = "Riot police moved in at dawn. Two protesters were shot dead."
    assert categories_by_text(text).get("Two") == "killed"


def test_a_headline_in_title_case_keeps_its_count() -> None:
    assert (
        categories_by_text("Gunmen Kill Three Villagers In Night Raid On Border Town").get("Three")
        == "killed"
    )


def test_a_capitalised_count_after_a_quote_mark_stays() -> None:
    text = "\u201cTwo families are now grieving,\u201d the activist said after police detained 30 people."
    found = categories_by_text(text)
    assert "Two" in found and found.get("30") == "detained", found


def test_numbers_joined_by_hyphens_stay() -> None:
    found = categories_by_text("Police said twenty-five protesters were arrested and 16-18 were hurt.")
    assert found.get("twenty-five") == "arrested" and found.get("16-18") == "injured", found
