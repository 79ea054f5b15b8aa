"""Word lists for people, read from coreferee's data files."""

from __future__ import annotations

from tally.lexicons import FEMALE, MALE, first_name_gender, first_names, gendered_nouns, is_person_noun


def test_person_nouns_cover_roles_and_regular_plurals():
    for word in ("official", "officials", "nominee", "Spokeswoman", "congressmen", "questioner"):
        assert is_person_noun(word), word
    for word in ("tweet", "language", "extract", "conversation"):
        assert not is_person_noun(word), word


def test_first_names_given_to_one_gender_only():
    genders = first_name_gender()
    assert genders["Barack"] == MALE and genders["Melanie"] == FEMALE
    assert "Jordan" in first_names() and "Jordan" not in genders  # given to both


def test_gendered_nouns():
    nouns = gendered_nouns()
    assert nouns["widow"] == FEMALE and nouns["widower"] == MALE
    assert "official" not in nouns
