"""An outlet's name is no place (round 41; the demo corpus's "witnesses told Coast Post").

ANNOTATION.md: a place word inside an organisation's or an outlet's name is no place. A name the
gazetteer does not know, which the entities read as an outlet's whole name ("Post", "Times",
"Herald" after it), is the outlet wherever the tagger guessed a place. Sentences are our own.
"""

from __future__ import annotations

import pytest

import tally


def _places(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in tally.analyze(text).places}


@pytest.mark.parametrize(
    ("text", "outlet", "place"),
    [
        (
            "Dozens of people were injured in Nairobi on Tuesday, witnesses told Coast Post.",
            "Coast Post",
            "Nairobi",
        ),
        (
            "The mayor told the Harbour Times that 40 homes were flooded in Mombasa.",
            "Harbour Times",
            "Mombasa",
        ),
    ],
)
def test_an_outlets_name_is_no_place(text: str, outlet: str, place: str) -> None:
    found = _places(text)
    assert outlet not in found and place in found


def test_a_town_an_outlet_is_named_after_stays_a_place() -> None:
    """ "Kisumu" is a place in its own mention; in "the Kisumu Post" it says where the outlet is from."""
    article = tally.analyze(
        "Police fired tear gas in Kisumu, the Kisumu Post reported, and 12 people were hurt."
    )
    (kisumu,) = [p for p in article.places if p.name == "Kisumu"]
    assert kisumu.mentions and kisumu.in_names
