"""Places, round 45: a place the article writes only with a lower-case division word ("the
Tamarongo region", "Helmand province") is written with its word and keeps its bare name, so a
gold list of either reading finds it; a court building after a preposition of place ("appeared
in the Katutura Magistrate's Court") is a site, its town inside it; a name listed right after a
town or division that the gazetteer knows as a division or sizeable town of the same country
("from Johor and Perak") is a place whatever the parser called it. Sentences written for these
tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import places, scored_places, written_places


def _named(text: str, name: str) -> list[str]:
    """The mentions, as written, of the place called *name*."""
    for place in places(text):
        if place.name == name:
            return sorted(text[s:e] for s, e in place.mentions)
    raise AssertionError(f"no place named {name!r} in {text!r}")


# -- a place written only with its division word ------------------------------------------


def test_an_unknown_region_is_written_with_its_word() -> None:
    text = "Farmers in the Tamarongo region said the harvest had failed for a third year."
    assert _named(text, "Tamarongo") == ["Tamarongo region"]
    _offsets_hold(text)


def test_an_unknown_county_is_written_with_its_word() -> None:
    text = "A teacher from Bulindo county was detained on Monday, the group said."
    assert _named(text, "Bulindo") == ["Bulindo county"]


def test_a_known_province_is_written_with_its_word_and_keeps_its_name() -> None:
    text = "Two men were shot in Helmand province on Tuesday, officials said."
    assert _named(text, "Helmand") == ["Helmand province"]
    assert {"Helmand", "Helmand province"} <= scored_places(text)


def test_a_known_region_is_written_with_its_word() -> None:
    text = "Clashes broke out in Osh region and in the capital Bishkek."
    assert "Osh region" in written_places(text)


def test_a_name_also_written_bare_stays_bare() -> None:
    # guard: the article writes the bare name too, the gold lists the bare name
    text = "Farmers in the Tamarongo region said the harvest had failed. In Tamarongo, prices doubled."
    assert "Tamarongo region" not in written_places(text)
    assert "Tamarongo" in written_places(text)


def test_state_is_no_division_word_here() -> None:
    # guard: "state" also reads as an adjective ("Texas state troopers")
    text = "Texas state troopers closed the road on Friday."
    assert written_places(text) == {"Texas"}


def test_a_name_the_gazetteer_spells_otherwise_stays_bare() -> None:
    # guard: the place's name is GeoNames' unaccented "Colon"; the bare written name is the only
    # way a gold "Colón" finds it
    text = "Protesters blocked the road to the mine in Colón province on Friday, police said."
    assert "Colón province" not in written_places(text)


# -- a court building after a preposition of place ----------------------------------------


def test_a_magistrates_court_is_a_site() -> None:
    text = "Nine students from Windhoek appeared in the Katutura Magistrate's Court on Wednesday and were granted bail."
    assert "Katutura Magistrate's Court" in written_places(text)
    assert "Katutura" not in written_places(text)
    _offsets_hold(text)


def test_a_plural_magistrates_court_is_a_site() -> None:
    text = "Both men, of Islington, London, will appear at Highbury Corner Magistrates' Court on December 14."
    assert "Highbury Corner Magistrates' Court" in written_places(text)
    assert "Highbury" not in written_places(text)


def test_a_courthouse_is_a_site() -> None:
    text = "Bond was set during an appearance in the Macon County Courthouse in Decatur, Illinois."
    assert "Macon County Courthouse" in written_places(text)


def test_a_court_by_its_rank_is_no_site() -> None:
    # guard: a court named by its rank is the bench, a body
    for text in (
        "The High Court in Nairobi rejected the appeal on Monday.",
        "He appeared in Cass County Circuit Court in Missouri on Monday.",
    ):
        assert not any("Court" in w for w in written_places(text)), text


# -- a name listed after a resolved place ---------------------------------------------------


def test_a_division_listed_after_a_division_is_a_place() -> None:
    text = "Police stopped buses carrying participants from Johor and Perak at a roadblock near Kuala Lumpur."
    assert "Perak" in written_places(text)
    _offsets_hold(text)


def test_a_person_listed_after_towns_is_no_place() -> None:
    # guards: no town of the list's country bears the name, or the name goes on
    for text, name in (
        ("The ministers met partners in Moscow, Beijing and Kovalenko on Monday.", "Kovalenko"),
        ("Supporters in Lagos and Kano Smith said the vote was rigged.", "Kano"),
        ("He thanked officials in Nairobi and Kenyatta for their help.", "Kenyatta"),
    ):
        assert not any(name in w for w in written_places(text)), text


# -- a resolved town written only before a site word ---------------------------------------


def test_a_town_written_only_before_a_site_word_is_written_with_it() -> None:
    text = "Police in Tanzania said most of the victims were shot near Kirumba market in Mwanza."
    assert "Kirumba market" in written_places(text)
    assert "Kirumba" in scored_places(text)


def test_a_town_also_written_bare_keeps_its_bare_mention() -> None:
    # guard: the town written bare as well is listed bare
    text = "Relatives waited outside the Arusha prison on Monday. Later, police in Arusha said 40 were held."
    assert written_places(text) == {"Arusha"}


# -- a place that ends a body's name ----------------------------------------------------------


def test_a_place_ending_a_missions_name_with_its_initials_is_in_the_name() -> None:
    for text in (
        "The United Nations Support Mission in Libya (UNSMIL) gives a higher number of dead.",
        "Soldiers of the African Union Support and Stabilization Mission in Somalia, AUSSOM, patrolled the town.",
        "The Network of Human Rights Defenders in Central Africa (Redhac), a Douala-based NGO, said 48 died.",
    ):
        assert not any(w in written_places(text) for w in ("Libya", "Somalia", "Central Africa")), text
        _offsets_hold(text)


def test_a_place_after_of_ending_a_commissions_name_is_in_the_name() -> None:
    text = "Activists called on the Human Rights Commission of the Maldives to investigate the arrests."
    assert "Maldives" not in written_places(text)


def test_a_place_a_body_works_in_is_a_place() -> None:
    # guards: "in" with no initials after says where the body works; a title is no body
    for text in (
        "The Ministry of Health in Kenya said 12 people had died.",
        "The President of Kenya, William Ruto, said 12 people had died.",
    ):
        assert "Kenya" in written_places(text), text


def test_a_free_standing_mention_stays() -> None:
    # guard: the country written on its own is a place beside the body's name
    text = "The United Nations Support Mission in Libya (UNSMIL) said fighting in Libya had killed 12."
    assert "Libya" in written_places(text)


def test_an_outlet_after_a_towns_comma_is_no_listed_place() -> None:
    # guard: the name after the comma reports ("…, Xinhua added"), though a Chinese town bears it
    text = "The revised law says ships must obey Beijing, Xinhua added on Monday."
    assert written_places(text) == {"Beijing"}
