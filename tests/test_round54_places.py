"""Places, round 54: a given name the article writes right before a surname.

- **A given name the article writes right before a surname** ("spokesperson Ana Ruiz said", each
  word tagged a place; "The Laura Smith Show"): a bare mention of that given name with no big
  reading is the person ("As you said, Laura, …"), whatever the tagger called it, unless a
  preposition of place stands before it.

Every sentence below was written for this round (no gold set); the people are invented.
"""

from __future__ import annotations

from tests._places import written_places

# --- a given name the article writes before a surname ------------------------------------------


def test_round54_a_given_name_the_article_writes_before_a_surname_is_no_place() -> None:
    # a programme named after its host, and the host addressed by her given name, which the
    # tagger calls a place (the gazetteer knows a small town so named)
    text = (
        "The senator repeated the claim on The Laura Pendlebury Show on Wednesday. As you said, Laura, "
        "people rushed to judgement in Ferguson."
    )
    assert "Laura" not in written_places(text)
    assert "Ferguson" in written_places(text)


def test_round54_guard_a_town_named_like_a_given_name_after_in_stays_a_place() -> None:
    # the article writes "Laura Pendlebury" too, but "in Laura" says a place is meant
    text = (
        "Laura Pendlebury grew up in the outback. The station lies near the town, and her brother still "
        "farms in Laura, Queensland, the family said."
    )
    assert "Laura" in written_places(text)


def test_round54_guard_a_big_town_before_a_capitalised_word_stays_a_place() -> None:
    text = (
        "Officials met in Houston on Tuesday. The Houston Chronicle said Houston Mayor Ray Leal would attend."
    )
    assert "Houston" in written_places(text)


def test_round54_guard_a_given_name_after_a_possessive_is_a_places_word() -> None:
    # "Hadley's Ford" is a crossing named after its owner; "Ford" is written before "Memorial"
    # too, but after a possessive it is the place's word, never a person's given name
    text = (
        "Agents hope to solve the 1946 Hadley's Ford lynching, in which two couples were shot at the "
        "Hadley's Ford bridge between Walton and Oconee counties in Georgia. The event was sponsored by "
        "the Hadley's Ford Memorial Committee in Monroe, Georgia."
    )
    assert "Ford" in written_places(text)
