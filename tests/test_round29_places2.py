"""Places, round 29 (second helper): a name the gazetteer does not know, right after "in" or
"near". Sentences written for these tests."""

from __future__ import annotations

from tests._places import written_places

# -- a name the gazetteer does not know, tagged as a person or a body, right after "in"/"near" --


def test_an_unknown_quarter_after_in_is_a_place() -> None:
    text = "He was beaten and left under a bridge in Purbachal on Tuesday night, his family said."
    assert "Purbachal" in written_places(text)


def test_an_unknown_name_with_a_particle_after_in_is_a_place() -> None:
    text = "A slogan is painted on a wall near his house in Bab al-Tabbaneh, half covered by posters."
    assert "Bab al-Tabbaneh" in written_places(text)


def test_an_unknown_site_after_in_is_a_place() -> None:
    text = "Gunmen opened fire on a police station in Karak Castle, wounding two officers."
    assert "Karak Castle" in written_places(text)


def test_people_bodies_and_numbered_names_after_in_are_no_places() -> None:
    assert "Smith" not in written_places("In Smith's view, the talks failed. John Smith said so.")
    assert written_places("She studied in Forms One and Two before leaving school.") == set()
    assert written_places("The story ran in VOA and in Reuters on Monday.") == set()
    assert "Trump" not in written_places("They believe in Trump, said Donald Trump's supporters.")
    assert "Leila Haddad" not in written_places("The party placed its hopes in Leila Haddad, a rally heard.")
