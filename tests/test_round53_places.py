"""Places, round 53: a name the article calls a settlement in lower case.

- **"the town of X", "the city of X", "the village X"**: a capitalised name right after a
  lower-case word for a settlement is a place, whatever label the tagger gives it (it calls many
  small towns a person, a body or a product) and whether or not the gazetteer knows it. "City of"
  with its capital may open a body's name and is left as it was; a word between the settlement
  word and the name ("the village elder …") is no cue.
- **An elided particle opening a name** ("L'…", "D'…", as French and Creole place names are
  written) no longer keeps the name from being read as capitalised words.

Every sentence below was written for this round (no gold set); the names are invented.
"""

from __future__ import annotations

import pytest

from tests._places import written_places

# --- a name after a lower-case settlement word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # tagged as an organisation, the name opening with an elided particle
        (
            "Two guards were wounded on Monday in the town of L'Orvette, near the border, officials said.",
            "L'Orvette",
        ),
        ("Farmers in the town of D'Ambrine lost their crops to the frost.", "D'Ambrine"),
        # "the city of" in lower case, the name tagged as an organisation
        ("The mayor said the city of Oskarvelt would reopen its schools on Monday.", "Oskarvelt"),
        # "the village" right before the name, no "of", tagged as a body or a person
        (
            "A roadside bomb hit a patrol near the village Belgorvani, which lies five kilometres from the river.",
            "Belgorvani",
        ),
        ("Flood water reached the village Mardakelli on Sunday morning.", "Mardakelli"),
    ],
)
def test_round53_a_name_called_a_settlement_is_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


# --- guards ------------------------------------------------------------------------------------


def test_round53_guard_a_word_between_the_settlement_word_and_a_name() -> None:
    # "the village elder" is a person's role: the name after it is no village
    assert written_places("The village elder Omar Haddi said the well had dried up.") == set()


def test_round53_guard_known_towns_after_the_words_stay_as_they_were() -> None:
    found = written_places("She visited the city of Bruges and the town of Ypres last spring.")
    assert {"Bruges", "Ypres"} <= found


def test_round53_guard_a_persons_name_with_an_elided_particle_is_no_town() -> None:
    # the elided particle makes a capitalised word, not a place: no cue, no place
    assert written_places("Officers said D'Ambrosio had left the building before noon.") == set()
