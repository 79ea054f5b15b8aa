"""Places, round 33 (second session): a Canadian or Australian region's abbreviation after a
town and a comma ("Barrie, Ont.", "Dubbo, NSW"), and the state of a lawmaker's AP-style party
tag ("Sen. X, D-Pa."). Sentences written for these tests."""

from __future__ import annotations

from tests._places import place_of, places, written_places


def _offsets_hold(text: str) -> None:
    """Every span of every place is the text it claims."""
    for place in places(text):
        for start, end in place.spans():
            assert text[start:end].strip() == text[start:end] and text[start:end]


# -- a province or state abbreviation after a town and a comma --


def test_an_ontario_abbreviation_after_a_town() -> None:
    text = "A retired nurse in Kingston, Ont., trained the puppy to fetch the morning paper."
    assert "Ont." in written_places(text)
    assert place_of(text, "Ont.").name == "Ontario"
    _offsets_hold(text)


def test_a_saskatchewan_abbreviation_ending_its_clause() -> None:
    text = "The grain elevator outside Regina, Sask. burned for most of the night."
    assert "Sask." in written_places(text)
    _offsets_hold(text)


def test_an_australian_state_abbreviation_without_a_full_stop() -> None:
    text = "Volunteers filled sandbags along the river at Lismore, NSW, until dawn."
    assert place_of(text, "NSW").name == "New South Wales"
    _offsets_hold(text)


def test_a_province_abbreviation_needs_a_town_of_that_province_country() -> None:
    # guard: "Man." after a place of another country is not Manitoba
    text = "The ferry left Douglas, Man. and reached the mainland by noon."
    assert "Manitoba" not in {p.name for p in places(text)}


# -- the state of a party tag --


def test_the_state_of_a_senators_party_tag() -> None:
    text = "Sen. Ruth Calloway, D-Pa., asked the agency to publish its audit by June."
    assert "Pa." in written_places(text)
    assert place_of(text, "Pa.").name == "Pennsylvania"
    _offsets_hold(text)


def test_a_two_part_state_abbreviation_in_a_party_tag() -> None:
    text = "Rep. Owen Tasker (R-S.C.) voted against the highway bill on Thursday."
    assert "S.C." in written_places(text)
    _offsets_hold(text)


def test_a_hyphenated_word_is_no_party_tag() -> None:
    # guard: a letter and hyphen inside a word ("T-Mobile") or a postal code are left alone
    text = "The T-Mo. store and the X-Ray Ltd. office closed early."
    assert written_places(text) == set()
