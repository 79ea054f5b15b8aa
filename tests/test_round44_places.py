"""Places, round 44: a site named by an unknown name and a lower-case site word ("the Tacumbú
prison", "the Shoprite roundabout") is written with its word, as the article names it, and the
place keeps the bare name, so a gold list of either reading finds it. Sentences written for
these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import places, scored_places, written_places


def _named(text: str, name: str) -> list[str]:
    """The mentions, as written, of the place called *name*."""
    for place in places(text):
        if place.name == name:
            return sorted(text[s:e] for s, e in place.mentions)
    raise AssertionError(f"no place named {name!r} in {text!r}")


def test_a_prison_is_written_with_its_word() -> None:
    text = "Seven of the students were taken to the Wakanoro prison on Tuesday, a lawyer said."
    assert "Wakanoro prison" in written_places(text)
    assert _named(text, "Wakanoro") == ["Wakanoro prison"]
    _offsets_hold(text)


def test_a_roundabout_is_written_with_its_word() -> None:
    text = "Riot police fired tear gas at crowds near the Kulundo roundabout in the afternoon."
    assert "Kulundo roundabout" in written_places(text)
    _offsets_hold(text)


def test_a_modifier_between_name_and_word_is_written() -> None:
    text = "The two leaders were moved to the Bakarawe high-security prison overnight, police said."
    assert "Bakarawe high-security prison" in written_places(text)
    assert _named(text, "Bakarawe") == ["Bakarawe high-security prison"]


def test_a_police_station_is_written_with_its_word() -> None:
    text = "Dozens of traders were held at the Mlimani police station until Friday, the society said."
    assert "Mlimani police station" in written_places(text)


def test_a_bare_mention_stays_bare() -> None:
    # each mention as written: the site with its word, then the name alone
    text = (
        "Families waited outside the Tarekwa prison on Monday. Later, guards in Tarekwa "
        "refused to say how many inmates were on hunger strike."
    )
    assert _named(text, "Tarekwa") == ["Tarekwa", "Tarekwa prison"]
    _offsets_hold(text)


def test_a_known_town_before_a_site_word_keeps_its_name() -> None:
    # guard: the town the gazetteer knows is the place of "the Nairobi prison", "the Kisumu
    # railway station", as the tune golds list it. Since round 45 a town written only before
    # the word is written with it and keeps its name (what the scorer reads): the bare town
    # is still found; a town also written bare keeps its bare mentions.
    text = "Protesters in Nairobi marched on the Nairobi prison, where their leaders were held."
    written = written_places(text)
    assert not any(w.endswith("prison") for w in written), written
    for text, town in (
        (
            "Passengers were stranded at the Kisumu railway station in western Kenya after the strike.",
            "Kisumu",
        ),
        ("Relatives of the men held in the Winnipeg jail said they had not seen them.", "Winnipeg"),
    ):
        assert town in scored_places(text), text
        assert [place.name for place in places(text) if place.name.startswith(town)] == [town], text


def test_a_plural_site_word_is_no_ones_whole() -> None:
    # guard: "the Evin and Qezel Hesar prisons" shares the word; neither name takes it
    text = "Crowds gathered outside the Kanduru and Molepo prisons after the verdict in Harare."
    assert not any(w.endswith("prisons") for w in written_places(text))


def test_a_demonym_before_a_site_word_is_no_site() -> None:
    # guard: "a Kenyan prison" names no site
    text = "He spent three years in a Kenyan prison before he was released to Uganda."
    assert not any("prison" in w for w in written_places(text))


# --- a hospital named after "at" or "to" is a site ------------------------------------------


def test_a_hospital_after_at_is_a_site() -> None:
    text = "A nurse at Kalimbo District Hospital said eleven bodies had been brought in overnight."
    assert "Kalimbo District Hospital" in written_places(text)
    _offsets_hold(text)


def test_a_medical_centre_after_the_is_a_site() -> None:
    text = "Two doctors at the Ngoma Medical Centre said four of the wounded had died overnight."
    assert "Ngoma Medical Centre" in written_places(text)


def test_a_medical_complex_after_to_is_a_site() -> None:
    text = "The injured teenager drove himself to Riverside Medical Complex after the shooting."
    assert "Riverside Medical Complex" in written_places(text)


def test_a_hospital_named_without_a_preposition_is_left() -> None:
    # guard: the hospital that speaks is a body's voice here, as before; since round 58 a
    # hospital named by its town and its level ("Kalimbo District Hospital confirmed …") is a
    # site wherever it stands (the readable golds list it so), so the guard reads a name without
    # a level word
    text = "Kalimbo Memorial Hospital confirmed two deaths on Friday, the ministry said."
    assert "Kalimbo Memorial Hospital" not in written_places(text)


def test_a_hospitals_name_that_goes_on_is_left() -> None:
    # guard: "the Children's Hospital Foundation" is a body whose name goes on
    text = "Donations to the Mercy Hospital Foundation doubled this year, its director said."
    assert not any("Hospital" in w for w in written_places(text))


# --- names listed after a place under a preposition of place ---------------------------------


def test_names_listed_after_a_place_are_places() -> None:
    text = (
        "Riot police raided homes in Karbabad overnight. By Monday forty young men from Karbabad, "
        "Abu Karzak and Dumistan had been detained, the group said."
    )
    written = written_places(text)
    assert {"Abu Karzak", "Dumistan"} <= written, written
    _offsets_hold(text)


def test_a_two_word_name_the_tagger_calls_a_person_is_listed() -> None:
    text = (
        "Shops were shut in Kimaro all week. Our people are still counting the dead in Kimaro "
        "and Bani Huwar, he said."
    )
    assert "Bani Huwar" in written_places(text)


def test_a_list_without_and_is_no_list() -> None:
    # guard: "in Sitra, Hassan said" is a name and its speaker, no list
    text = "Riot police raided homes in Sitra overnight. The crackdown is worst in Sitra, Hassan said."
    assert "Hassan" not in written_places(text)


def test_a_person_named_in_full_ends_the_list() -> None:
    # guard: a given name and a surname after the place are a person
    text = "Doctors in Nairobi went on strike. Aid came from Nairobi and John Mwangi, a trader."
    assert "John Mwangi" not in written_places(text)


def test_a_hospital_named_for_the_place_it_serves_is_one_site() -> None:
    text = "Two of the injured were flown to the Westbay Hospital of Kalimbo late on Sunday night."
    written = written_places(text)
    assert "Westbay Hospital of Kalimbo" in written and "Kalimbo" not in written, written
