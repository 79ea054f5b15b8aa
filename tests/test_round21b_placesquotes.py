"""Places and quote speakers, round 21 (second pass): constructions of crackdown reporting. Sentences written
for these tests (none comes from a gold set or a corpus story)."""

from __future__ import annotations

from tests._places import place_of, written_places
from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "X and Y avenues": a plural street word after two names is each name's ------------------


def test_both_names_before_a_plural_street_word_are_places() -> None:
    text = "Riot police charged marchers on Chavchavadze and Melikishvili avenues in Tbilisi."
    assert {"Chavchavadze", "Melikishvili", "Tbilisi"} <= written_places(text)


def test_two_untagged_names_before_streets_are_places() -> None:
    text = "The convoy was stopped at the corner of Woodfield and Martingale roads on Monday."
    assert {"Woodfield", "Martingale"} <= written_places(text)


def test_a_plural_street_word_after_lower_case_words_finds_nothing() -> None:
    # guard: no names before the plural word, nothing new
    text = "Police and soldiers lined the roads and the streets of the capital."
    assert written_places(text) == set()


# -- "the Mathare area of Nairobi", "Lome's Akodessewa area": an untagged quarter ------------


def test_an_untagged_quarter_before_area_of_a_town_is_a_place() -> None:
    text = "Security forces shot a teenager in the Mathare area of Nairobi on Thursday."
    assert place_of(text, "Mathare").country in (None, "KE")


def test_an_untagged_quarter_after_a_towns_possessive_is_a_place() -> None:
    text = "Security forces shot a teenager in Lome's Akodessewa area on Thursday."
    assert place_of(text, "Akodessewa").country in (None, "TG")


def test_a_common_word_before_area_of_a_town_is_no_place() -> None:
    # guard: "the Metro area", a sentence's own words, stay out
    text = "The Business area of the ministry in Nairobi was closed on Thursday."
    assert "Business" not in written_places(text)


# -- "marched in Čačak and Kragujevac": two towns the parser glued into one body's name --------


def test_two_towns_tagged_as_one_body_after_in_are_two_places() -> None:
    text = "Protesters marched in Čačak and Kragujevac on Sunday."
    assert place_of(text, "Čačak").country == "RS"
    assert place_of(text, "Kragujevac").country == "RS"


def test_a_body_named_with_and_after_in_stays_a_body() -> None:
    # guard: "Procter and Gamble" holds no two towns of one country
    text = "She worked in Procter and Gamble for ten years."
    assert written_places(text) == set()


# -- "A letter from the ombudsman said, “…”": an office noun after a document's "by"/"from" -----

_QUOTE = '"The officers used excessive force against peaceful marchers."'


def test_the_office_after_statement_by_is_the_person_given_it(nlp):
    text = (
        "Police detained 40 students on Monday. Ombudsman Grace Wanjiru visited the detainees on "
        "Tuesday, and lawyer Peter Otieno filed a petition.\n"
        f"The statement by the ombudsman says, {_QUOTE}\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "excessive force")
    assert len(hits) == 1 and "Wanjiru" in _name(hits[0], entities)


def test_an_office_no_one_was_given_is_not_the_last_person_named(nlp):
    text = (
        "Police detained 40 students on Monday, and lawyer Peter Otieno filed a petition.\n"
        f"A letter from the ombudsman said, {_QUOTE}\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "excessive force")
    assert len(hits) == 1 and "Otieno" not in _name(hits[0], entities)


def test_the_author_after_statement_by_still_speaks(nlp):
    # guard: a named author after "by" keeps the quote
    text = (
        "Police detained 40 students on Monday, and lawyer Peter Otieno filed a petition.\n"
        f"A statement by Amnesty International said, {_QUOTE}\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "excessive force")
    assert len(hits) == 1 and "Amnesty" in _name(hits[0], entities)
