"""A fire that burns is no shooting: deaths in a blaze are ``deaths``, not ``killed`` (round 41, issue 13).

ANNOTATION.md: ``deaths`` are deaths not by violence (disease, accident); ``killed`` are deaths in
protests, clashes, attacks or custody. The word "fire" is both: the noun of a blaze ("a fire that
killed four children", "died in a house fire") and the noun or verb of shooting ("opened fire",
"sniper fire", "came under fire", "fired on the crowd"). Read from the fresh ``tune41`` splits'
errors (two articles of two corpora; LGL's and TR-News's other deaths by accident). Sentences are
our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text

_categories = categories_by_text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A fire that killed three children destroyed the house on Sunday.", "three"),
        ("Two men died in a house fire in Leeds on Sunday.", "Two"),
        ("The fire tore through the apartment building overnight and killed nine residents.", "nine"),
        ("Seven workers were killed when a fire swept through the textile factory.", "Seven"),
    ],
)
def test_deaths_in_a_blaze_are_deaths(text: str, number: str) -> None:
    assert _categories(text)[number] == "deaths"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police opened fire on the crowd, killing three protesters.", "three"),
        ("Soldiers came under fire near the border, and two were killed.", "two"),
        ("Troops exchanged fire with rebels for an hour; four soldiers were killed.", "four"),
        ("Sniper fire killed five people in the square on Friday.", "five"),
        ("Protesters set fire to a police station, and three officers died.", "three"),
        ("Security forces fired on the marchers and killed eleven of them.", "eleven"),
        ("A fire set by the attackers killed nine people in the market.", "nine"),
    ],
)
def test_shooting_fire_stays_killed(text: str, number: str) -> None:
    assert _categories(text)[number] == "killed"


def test_an_article_about_a_house_fire_is_not_violent() -> None:
    """With no cause in the figure's own sentence, the article decides: fires are blazes there."""
    text = (
        "Four children died on Saturday in a mobile home in Westfield. The fire started in the "
        "living room shortly after midnight, and the fire department needed an hour to put out the "
        "fire. Neighbours said the fire spread quickly."
    )
    assert _categories(text)["Four"] == "deaths"
