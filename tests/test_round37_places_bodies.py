"""Places, round 37: a place word inside a body's name is no place (ANNOTATION.md). A
possessive ends a body's name whatever follows it ("a Dayton Radio's host"), and an appeals
court named by its circuit is a body ("the District of Columbia Circuit"). Sentences written
for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold, places, written_places


def test_a_place_opening_a_possessive_outlets_name_is_no_place() -> None:
    text = "The mayor told Dayton Radio's morning host on Friday that the march would go ahead."
    assert text[15:21] == "Dayton"
    assert "Dayton" not in written_places(text)
    assert_offsets_hold(text)


def test_a_place_opening_a_plural_possessive_bodys_name_is_no_place() -> None:
    text = "Two Kenya Airways' pilots joined the strike in Nairobi on Monday, the union said."
    assert text[4:9] == "Kenya"
    assert text[47:54] == "Nairobi"
    found = written_places(text)
    assert "Kenya" not in found
    assert "Nairobi" in found


def test_a_court_named_by_its_circuit_holds_no_place() -> None:
    text = "The ban was struck down by the Court of Appeals for the District of Columbia Circuit."
    assert text[56:76] == "District of Columbia"
    assert "District of Columbia" not in written_places(text)


def test_a_place_possessive_stays_a_place() -> None:
    # guard: the place itself in the possessive ("Ohio's governor") is a place
    text = "Ohio's governor met protesters in Columbus on Saturday, his office said."
    assert text[0:4] == "Ohio"
    assert {"Ohio", "Columbus"} <= written_places(text)


def test_a_ministry_in_a_city_keeps_the_city() -> None:
    # guard: the place after a body's name stays a place
    text = "A spokesman for the Iraqi Justice Ministry in Baghdad said three men were held."
    assert text[46:53] == "Baghdad"
    assert "Baghdad" in written_places(text)


def test_police_in_a_borough_keep_the_borough() -> None:
    # guard
    text = "Police in Manhattan arrested 20 protesters on Sunday, a spokeswoman said."
    assert text[10:19] == "Manhattan"
    assert "Manhattan" in written_places(text)


def test_a_possessive_closes_the_bodys_name_before_a_persons_name() -> None:
    # the deciding path itself: the capitalised name after the possessive no longer stops it
    from tally.extract.places.candidates import Mention
    from tally.extract.places.extractor import _opens_a_body_name

    text = "He told Salem Radio's Jane Cole the march would go on."
    assert text[8:13] == "Salem"
    assert _opens_a_body_name(text, Mention(8, 13, "Salem"))
    guard = "He told Salem residents the march would go on."
    assert not _opens_a_body_name(guard, Mention(8, 13, "Salem"))


def _spans(text: str) -> set[tuple[int, int]]:
    return {(s, e) for place in places(text) for s, e in place.mentions}


def test_a_departments_remit_is_no_town_of_the_state_named() -> None:
    # "Justice" is a town of Oklahoma; after "the Department of" it is the department's remit
    text = "Officers in Tulsa, Oklahoma, shot the man. The Department of Justice is looking into the case in Tulsa."
    assert text[61:68] == "Justice"
    assert "Justice" not in written_places(text)
    assert {"Tulsa", "Oklahoma"} <= written_places(text)


def test_a_ministrys_remit_is_no_town() -> None:
    text = "Protesters marched in Dallas, Texas, and Houston, Texas. The Ministry of Commerce said nothing."
    assert text[73:81] == "Commerce"
    assert "Commerce" not in written_places(text)


def test_the_town_itself_stays_beside_a_departments_remit() -> None:
    # guard: the town after "in" is a place; only the remit's word is dropped
    text = "Protesters marched in Commerce, Texas, and in Dallas, Texas. The Department of Commerce said nothing."
    assert text[22:30] == "Commerce"
    assert text[79:87] == "Commerce"
    spans = _spans(text)
    assert (22, 30) in spans
    assert (79, 87) not in spans
    assert_offsets_hold(text)
