"""What each figure counts: a part taken up by a pronoun keeps its whole's category (round 52).

ANNOTATION: "a part of a toll is its own figure with the toll's category". A part named by a
pronoun ("N of them", "N of whom", "N of those") takes up the count told before it, in its
sentence or the one before; when no word of its own gives the part a category, it has the
whole's, whatever verb says what else is true of it ("still face trial", "represents"). A verb
of its own category ("were taken to hospital") still decides, and a verb that lets people go
("were released") takes them out of the whole. Each text is our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        (
            "The ministry said 1,800 demonstrators had been arrested in the capital. Lawyers said "
            "1,250 of them had no access to counsel.",
            "1,250",
            "arrested",
        ),
        (
            "Rights groups say more than 700 people have been detained since the vote. A legal aid "
            "network says it is defending over 150 of them.",
            "over 150",
            "detained",
        ),
        (
            "The army shot dead 46 villagers at the market, 19 of whom came from the hill "
            "districts, a local elder said.",
            "19",
            "killed",
        ),
        (
            "The clinic treated 320 wounded marchers over the weekend. About 70 of them lived in "
            "the old town, the doctors said.",
            "About 70",
            "injured",
        ),
    ],
)
def test_a_part_taken_up_by_a_pronoun_keeps_the_whole(text: str, part: str, category: str) -> None:
    found = categories_by_text(text)
    assert found.get(part) == category, found


# guards: a part's own verb still decides


def test_a_part_let_go_leaves_the_whole() -> None:
    text = "Police detained 260 students on Friday; 90 of them were later released on bail."
    found = categories_by_text(text)
    assert found.get("260") == "detained" and found.get("90") != "detained", found


def test_a_part_with_a_category_of_its_own() -> None:
    text = "Police arrested 140 marchers on Sunday, and 12 of them were taken to hospital with head wounds."
    found = categories_by_text(text)
    assert found.get("140") == "arrested" and found.get("12") == "injured", found


def test_a_part_with_no_pronoun_is_not_taken_up() -> None:
    text = "Police arrested 140 marchers on Sunday. Some 3,000 residents signed a letter to the mayor."
    found = categories_by_text(text)
    assert found.get("Some 3,000") != "arrested", found
