"""Places, round 33: a town or county whose name opens the name of its own police, council,
mayor or school ("the Brenton Police Department", "Sumter County Sheriff's Office"), kept as a
place inside a name. Sentences written for these tests."""

from __future__ import annotations

from tests._places import places, written_places


def _in_names(text: str) -> set[str]:
    """Every place name written inside a body's name."""
    return {text[s:e] for place in places(text) for s, e in place.in_names}


def _offsets_hold(text: str) -> None:
    """Every span of every place is the text it claims."""
    for place in places(text):
        for start, end in place.spans():
            assert text[start:end].strip() == text[start:end] and text[start:end]


# -- a town before its police, fire service, mayor, council or school --


def test_a_town_opening_its_police_department_is_a_place_in_a_name() -> None:
    text = "Anyone who saw the van should ring the Tiverton Police Department before Friday."
    assert "Tiverton" in _in_names(text)
    assert written_places(text) == set()  # ANNOTATION.md: a place inside a body's name
    _offsets_hold(text)


def test_a_county_opening_its_sheriffs_office_is_a_place_in_a_name() -> None:
    text = "Deputies from the Sumter County Sheriff's Office closed the road for two hours."
    assert "Sumter County" in _in_names(text)
    _offsets_hold(text)


def test_a_town_before_its_mayor_and_its_high_school() -> None:
    text = "Waukesha Mayor Dana Roe thanked the teachers. Pupils from Waukesha High School cheered."
    assert _in_names(text) == {"Waukesha"}
    _offsets_hold(text)


def test_a_town_before_its_town_council() -> None:
    text = "She resigned from the Pembroke Town Council on Tuesday, citing a new job."
    assert "Pembroke" in _in_names(text)
    _offsets_hold(text)


# -- guards --


def test_kinds_of_police_and_titles_are_no_towns() -> None:
    text = "Federal Police and University Police met Vice Mayor Lena Ortiz at Union High School."
    assert _in_names(text) == set()
    assert written_places(text) == set()


def test_the_end_of_a_longer_name_is_no_town() -> None:
    text = "The prize from the Guild of Commerce Mayor's Fund went to a baker."
    assert "Commerce" not in _in_names(text) | written_places(text)


def test_a_persons_surname_before_police_is_no_town() -> None:
    text = "Officer Kelly Jackson Police spokesman said nothing more."
    assert "Jackson" not in _in_names(text)


def test_a_city_whose_name_ends_in_city_keeps_its_whole_name() -> None:
    text = "Officers in Kansas City arrested two men after the match."
    assert written_places(text) == {"Kansas City"}


def test_a_town_whose_name_ends_in_city_before_its_council_is_the_whole_name() -> None:
    text = "Members of the Carson City Council argued over parking fees until midnight."
    assert _in_names(text) == {"Carson City"}
    _offsets_hold(text)
    text = "A clerk at the Quezon City Council lost her post over a missing ledger."
    assert "Quezon" not in _in_names(text)


def test_a_school_named_after_a_person_is_no_town_unless_the_town_is_named() -> None:
    text = "Teachers at Roosevelt High School walked out over pay on Thursday morning."
    assert _in_names(text) == set()
    text = "Choir pupils of the Junior High School sang carols for the governor."
    assert _in_names(text) == set()
    text = "Parents drove from Kewanee to the capital. Teachers at Kewanee High School cheered them on."
    assert "Kewanee" in _in_names(text)
    _offsets_hold(text)
    text = "A bake sale at Collinsville High School raised money for new band uniforms."
    assert "Collinsville" in _in_names(text)  # a name ending like a town's, no person's
    _offsets_hold(text)


def test_a_town_opening_a_sentence_after_a_full_stop_before_its_police() -> None:
    text = "Marchers spread out toward Corinth. Salem Police said two people were held overnight."
    assert "Salem" in _in_names(text)
    _offsets_hold(text)
