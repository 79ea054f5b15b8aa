"""Where a count happened, when its sentence names a place only as a noun's modifier too (round 51).

"the U.K. consulate in Mombasa": "U.K." says whose consulate, "in Mombasa" says where. A figure's
place was the place mention nearest the number, so a modifier that stood nearer than the
locative gave the count the wrong place, and linking kept two reports of one toll apart (a user
saw one embassy bombing's toll split into two claims, one of them in the country of the
embassy's owner). A country that qualifies a noun now gives way to the places its sentence names
with a preposition of place; with none, the nearest place counts as before.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _figure_places(text: str) -> list[tuple[float, str | None]]:
    article = tally.analyze(text, published="2021-03-02")
    names = {p.id: p.name for p in article.places}
    return [(f.value, names.get(f.place) if f.place else None) for f in article.figures]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The blast killed 40 people at the U.K. consulate in Mombasa on Friday.", "Mombasa"),
        ("A car bomb by a U.S. base near Kandahar wounded 12 soldiers.", "Kandahar"),
        ("Officers in Kisumu said that Kenya police shot dead 3 protesters.", "Kisumu"),
    ],
)
def test_a_place_that_modifies_a_noun_gives_way_to_a_place_of_the_act(text: str, place: str) -> None:
    assert [p for _, p in _figure_places(text)] == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the modifier is the only place of its sentence: it stays the count's place
        ("Tehran police arrested 40 people on Monday.", ["Tehran"]),
        # "from" says where someone came from, not where the count happened
        ("Three U.S. soldiers and a contractor from Canada were wounded on Sunday.", ["United States"]),
        # a place before the noun of its kind names where, as a place alone does
        ("Gunmen killed 14 villagers in the Kebbi state town of Argungu.", ["Kebbi"]),
        # no modifier: each count takes the place nearest it, as before
        ("Riots in Lagos left 9 dead and 30 hurt in Abuja.", ["Lagos", "Abuja"]),
    ],
)
def test_a_modifier_alone_or_no_modifier_reads_as_before(text: str, places: list[str]) -> None:
    assert [p for _, p in _figure_places(text)] == places
