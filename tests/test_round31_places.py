"""Places, round 31: a person's apposition after a given name, the hospital or station a person
is taken to or held at, and the "Location:" field of a briefing note. Sentences written for these
tests."""

from __future__ import annotations

import tally
from tally.clean.boilerplate import is_place_field, is_tagline
from tally.extract.places import candidates
from tests._places import places, written_places


def _mentions_read_back(text: str) -> None:
    """Every mention of every place is the text it claims."""
    for place in places(text):
        for start, end in place.mentions:
            assert text[start:end].strip() == text[start:end]
            assert text[start:end]


# -- a given name with an age or a noun for people in apposition is a person --


def _apposition_makes_a_person(text: str, name: str) -> bool:
    start = text.index(name)
    return candidates._person_apposition_after(text, candidates.Mention(start, start + len(name), name))


def test_a_given_name_with_an_age_after_it_is_no_town() -> None:
    text = "Firefighters pulled two neighbours, Alma, 58, and Victor, 61, from a flat in Bristol."
    assert _apposition_makes_a_person(text, "Alma")
    found = written_places(text)
    assert "Alma" not in found
    assert "Bristol" in found
    _mentions_read_back(text)


def test_a_name_before_a_noun_for_people_is_a_person() -> None:
    text = "Tomas Reyl, an off-duty nurse from Cardiff, helped the wounded before the vans came."
    assert _apposition_makes_a_person(text, "Tomas Reyl")


def test_a_town_whose_apposition_goes_on_in_a_relative_clause_stays_a_town() -> None:
    # the noun phrase ends at "where": "miners" is in the clause, the head is "town"
    text = "Reporters drove to Selma, a town where miners and guards scuffled last spring."
    assert not _apposition_makes_a_person(text, "Selma")
    assert "Selma" in written_places(text)
    for word in ("that", "which", "when"):
        other = f"Reporters drove to Selma, a town {word} miners and guards had left."
        assert not _apposition_makes_a_person(other, "Selma")


def test_a_town_before_a_kind_of_place_stays_a_town() -> None:
    # guard: the apposition names a kind of place, not a person
    text = "Crews drove to Dora, a small town in Alabama, before dawn."
    assert {"Dora", "Alabama"} <= written_places(text)


def test_a_country_before_a_noun_for_people_stays_a_country() -> None:
    # guard: "ally" is a noun for people, but the gazetteer knows a country by the name
    text = "Aid reached Georgia, a close ally of the bloc, on Friday."
    assert "Georgia" in written_places(text)


# -- the hospital or station a person is taken to or held at is a site --


def test_the_hospital_the_wounded_are_taken_to_is_a_place_whole() -> None:
    text = "Three of the miners were airlifted to St. Columba's Hospital overnight."
    found = written_places(text)
    assert "St. Columba's Hospital" in found
    assert "St. Columba" not in found  # the saint inside the name yields to the whole
    _mentions_read_back(text)


def test_a_clinic_someone_goes_to_and_a_station_someone_is_held_at() -> None:
    assert "Ridgeway Kidney Clinic" in written_places(
        "Twice a week her father went to Ridgeway Kidney Clinic for dialysis."
    )
    text = "For nine days the fishermen were kept at the Port Selwyn Harbour Police Station."
    assert "Port Selwyn Harbour Police Station" in written_places(text)


def test_a_facility_name_does_not_cross_a_paragraph_break() -> None:
    text = "Two marchers were brought to Brannock\n\nClinic staff said both would recover."
    assert not any("\n" in name for name in written_places(text))
    _mentions_read_back(text)


def test_a_hospital_someone_works_at_is_a_site() -> None:
    # since round 44 a hospital after "at" is a site with no verb of moving or holding: the
    # tune golds of five splits list "a doctor at <X> Hospital" as a place (the round-31 guard
    # said the opposite); the town after it stays its own place
    text = "Dr. Lena Ortiz, a surgeon at Mercy Hospital in Leeds, said the wounds were grave."
    found = written_places(text)
    assert "Mercy Hospital" in found
    assert "Leeds" in found


# -- the place field of a briefing note's header ("Location: Geneva") --

_NOTE = (
    "Spokesperson for the UN rights office: Ravi Menon\nLocation: Geneva\nSubject: Chad\n\n"
    "We are alarmed by the killings of protesters in Chad since Monday, and we urge restraint."
)


def test_the_location_field_of_a_briefing_note_is_a_place() -> None:
    article = tally.analyze(_NOTE, published="2024-05-02", only=["places"])
    found = {article.text[s:e] for place in article.places for s, e in place.mentions}
    assert "Geneva" in found
    assert "Chad" in found


def test_the_location_field_stays_and_a_tag_line_goes() -> None:
    assert is_place_field("Location: Geneva")
    assert not is_tagline("Location: Geneva")
    # guard: an orphan tag line between paragraphs still goes
    assert not is_place_field("Regime change")
    assert is_tagline("Regime change")
    assert not is_place_field("Location of the camps")
