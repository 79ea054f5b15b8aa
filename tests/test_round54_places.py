"""Places, round 54: a state's or a province's abbreviation the tagger cut short; a given name.

- **The tagger's span without the abbreviation's full stop** ("Que" of "Gatineau, Que.,", "MO" of
  a dateline's "SPRINGFIELD, MO. (AP)"): the abbreviation after a town and a comma names its
  state or province, written with its full stop, whatever the tagger made of the letters before
  it (a person "Que", a place "MO" the gazetteer reads as a French town).
- **After a town found late** ("born in Churchill, Man. her parents …", the town read only by
  the scans of names the tagger missed): the abbreviations are looked for again once the
  article's places are resolved.
- **A given name the article writes right before a surname** ("spokesperson Ana Ruiz said", each
  word tagged a place; "The Laura Smith Show"): a bare mention of that given name with no big
  reading is the person ("As you said, Laura, …"), whatever the tagger called it, unless a
  preposition of place stands before it.
- **A dateline in capitals writes the state's abbreviation in capitals** ("MO.", "CALIF.",
  "N.Y."): the AP abbreviation read case-blind, with its full stop.

Every sentence below was written for this round (no gold set); the towns are real, the people
and events invented.
"""

from __future__ import annotations

import pytest

from tests._places import place_of, written_places

# --- the abbreviation after a town and a comma, cut short by the tagger ------------------------


def test_round54_a_provinces_abbreviation_the_tagger_called_a_person() -> None:
    text = "Last spring she sold her house in Gatineau, Que., and moved with her sons to Ottawa."
    found = written_places(text)
    assert "Que." in found
    assert "Que" not in found
    quebec = place_of(text, "Que.")
    assert (quebec.kind, quebec.country) == ("admin1", "CA")


@pytest.mark.parametrize(
    ("text", "written", "state"),
    [
        (
            "SPRINGFIELD, MO. (AP) -- Three schools closed on Monday after a water main broke.",
            "MO.",
            "Missouri",
        ),
        ("SACRAMENTO, CALIF. (AP) -- The governor signed the budget late on Friday.", "CALIF.", "California"),
    ],
)
def test_round54_a_states_abbreviation_in_a_dateline_in_capitals(text: str, written: str, state: str) -> None:
    found = written_places(text)
    assert written in found
    assert written.rstrip(".") not in found
    assert place_of(text, written).name == state


def test_round54_a_provinces_abbreviation_after_a_town_the_scans_found() -> None:
    # the tagger calls "Churchill" a body; the town is read only once "Winnipeg, Manitoba" has
    # placed the article, after the abbreviations were looked for
    text = (
        "When the girl was born in Churchill, Man. her parents did not know if she would live. "
        "Her father, a Churchill doctor, flew with her to a hospital in Winnipeg, Manitoba."
    )
    assert "Man." in written_places(text)
    assert place_of(text, "Man.").name == "Manitoba"


# --- guards ------------------------------------------------------------------------------------


def test_round54_a_postal_code_the_tagger_took_is_the_state() -> None:
    # "MO" with no full stop, tagged as a place of its own (the gazetteer reads it as a town in
    # France): after a US town and a comma it is the state's postal code
    text = "The plant in Joplin, MO is hiring again, the company said."
    assert place_of(text, "MO").name == "Missouri"


def test_round54_guard_a_dotted_abbreviation_the_tagger_left_alone_is_unchanged() -> None:
    text = "A tornado struck Moore, Okla., on Monday and damaged two schools."
    assert place_of(text, "Okla.").name == "Oklahoma"


def test_round54_guard_a_capitalised_word_after_a_comma_is_no_abbreviation() -> None:
    # "IN" after a dateline's comma is a word of the headline's style, no state
    text = "PORTLAND, Ore. -- Police in Portland said on Sunday that IN a first, drones were used."
    assert "IN" not in written_places(text)


def test_round54_guard_a_states_own_name_keeps_the_sentences_full_stop_out() -> None:
    text = (
        "The samples were tested at a laboratory in Ames, Iowa. Officials in Iowa said the birds were culled."
    )
    found = written_places(text)
    assert "Iowa" in found
    assert "Iowa." not in found


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
