"""Places, round 49: an outlet named after a feature, and a town the small model reads as a people.

Read from the `make demo` report's places, then checked on the tune splits:

- **An outlet or body named after a natural feature** ("Gulf Times", "Delta Post") is no place: a
  name that begins with a feature word was one natural feature whatever the parser's label
  ("Lake Victoria", "Boni Forest"), also when it ends in a word for an outlet or a body. A name
  whose last word is the feature word stays a feature (guard).
- **A town read as a people's word (NORP)**: the small model tags many unfamiliar towns so
  ("killed in Omdurman"). One such word is a place when it is the object of a preposition of place
  right before it, the gazetteer knows a sizeable town of that very name, and no people or tongue
  goes by that spelling ("printed in Kurdish" stays a tongue).

Every sentence below was written for this round (no gold set).
"""

from __future__ import annotations

import pytest

import tally


def _places(text: str) -> set[str]:
    return {p.name for p in tally.analyze(text, published="2026-05-02").places}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Two reporters of the Gulf Times were questioned by police on Monday.", "Gulf Times"),
        ("Shopkeepers told Delta Post that the fires burned all night.", "Delta Post"),
    ],
)
def test_round49_an_outlet_named_after_a_feature_is_no_place(text: str, outlet: str) -> None:
    assert outlet not in _places(text)


def test_round49_guard_a_feature_named_after_a_body_stays_a_feature() -> None:
    assert "Lake Victoria" in _places("Fishing boats capsized on Lake Victoria on Sunday.")


def test_round49_a_town_read_as_a_people_after_a_preposition_of_place() -> None:
    assert "Omdurman" in _places("Eight marchers were shot in Omdurman on Friday.")


def test_round49_guard_a_tongue_after_in_stays_a_tongue() -> None:
    assert not _places("The leaflet was printed in Kurdish and handed out at the gates.")
