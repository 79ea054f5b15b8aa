"""A participle that complements "found" or "left" gives the figure its category (round 42, issue 13).

"Two teenagers were found shot dead" is a killing: the state the people were found in is the
participle "shot dead", one level below "found", and the category is that participle's own ("shot
dead", "stabbed to death", "beaten to death" → ``killed``; "beaten unconscious" → ``injured``). Before,
only a participle with a category of its own ("found beheaded") was read, so these fell to ``other``.
Found by probing sentences of our own, not from any gold article.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import categories_by_text

_categories = categories_by_text


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("Two teenagers were found shot dead near the river, officials said.", "Two", "killed"),
        ("Three activists were found stabbed to death in a flat in the capital.", "Three", "killed"),
        ("Residents said four farmers were found beaten to death near the checkpoint.", "four", "killed"),
        ("The raid left five villagers shot dead, the rights group said.", "five", "killed"),
        (
            "Six guards were found beaten unconscious after the riot, the prison service said.",
            "Six",
            "injured",
        ),
    ],
)
def test_participle_under_found_gives_the_category(text: str, number: str, category: str) -> None:
    assert _categories(text)[number] == category


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("Two men were found beheaded near the village, police said.", "Two", "killed"),
        ("Two teenagers were shot dead near the river, officials said.", "Two", "killed"),
        ("Two men were found dead in their cells, the lawyers said.", "Two", "killed"),
        ("Police said the 14 missing hikers were found safe on the ridge.", "14", "other"),
    ],
)
def test_what_was_read_before_stays(text: str, number: str, category: str) -> None:
    assert _categories(text).get(number, "other") == category


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "At least 58 protesters have been killed, the group said. According to the group, 12 of "
            "them were children.",
            "12",
            "killed",
        ),
        ("Dozens of people were wounded on Friday. Per the monitor, 23 of them were Kurds.", "23", "injured"),
        ("Police arrested 130 people in the capital. On Monday, 40 of them were students.", "40", "arrested"),
    ],
)
def test_a_part_after_a_fronted_adjunct_keeps_the_toll_category(
    text: str, number: str, category: str
) -> None:
    """A part "of them" that opens its clause after a fronted adjunct ("According to X,", "On
    Monday,") is a part of the count before, as when it opens the sentence."""
    assert _categories(text)[number] == category


def test_a_part_after_a_clause_is_read_so_too() -> None:
    """A whole clause before the count: round 42 left the part out of the count before; round 52
    reads every part a pronoun takes up as its whole (ANNOTATION: a part of a toll has the toll's
    category) when no word of its own gives it another."""
    text = "Police arrested 130 people in the capital. Officials said that 40 of them were students."
    assert _categories(text).get("40") == "arrested"


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("Officials reported two dead and 15 wounded after the clashes.", "15", "injured"),
        ("The health ministry confirmed three deaths and 41 injured on Wednesday.", "41", "injured"),
        (
            "The clinic had received four bodies and more than 30 wounded by noon, a nurse said.",
            "more than 30",
            "injured",
        ),
        ("The clashes left two dead and 15 wounded.", "15", "injured"),
        ("The ministry reported 12 dead and 74 arrested.", "74", "arrested"),
    ],
)
def test_a_joined_count_keeps_its_own_word(text: str, number: str, category: str) -> None:
    """A bare count joined to an earlier one is named by the participle or adjective right after it,
    even where the parser hangs that word on the verb or on the first count's noun."""
    assert _categories(text)[number] == category


def test_a_joined_count_without_its_own_word_shares_the_first() -> None:
    text = "Police shot dead 30 protesters on Friday and 14 on Saturday, the group said."
    assert _categories(text)["14"] == "killed"


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "Up to 300 people had passed through police custody in the first week, the group said.",
            "Up to 300",
            "detained",
        ),
        (
            "At least 14 people were reported missing, the group said; it later said that six of them had "
            "turned up in police custody.",
            "six",
            "detained",
        ),
        ("Lawyers said about 60 protesters had ended up in prison after the march.", "about 60", "detained"),
    ],
)
def test_people_who_pass_through_or_end_up_in_custody_are_held(text: str, number: str, category: str) -> None:
    assert _categories(text)[number] == category


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "Police said 138 people had been arrested, a figure that had risen to 212 by Friday, "
            "according to the judiciary.",
            "212",
            "arrested",
        ),
        (
            "The ministry said 90 people had been detained, a figure that later rose to 150.",
            "150",
            "detained",
        ),
    ],
)
def test_a_total_that_changed_keeps_the_category_of_the_count_before(
    text: str, number: str, category: str
) -> None:
    """ "…, a figure that had risen to 212": the new value of the count just given."""
    assert _categories(text)[number] == category


def test_a_total_unrelated_to_a_count_is_not_read_so() -> None:
    text = "Police said 138 people had been arrested. Prices, a figure that rose to 12 percent, hurt."
    assert _categories(text).get("12") is None


def test_buildings_joined_to_hurt_people_are_not_hurt() -> None:
    text = "He said 10 police officers had been injured and four police stations set on fire."
    found = _categories(text)
    assert found["10"] == "injured"
    assert found["four"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Police had arrested 187 people, he said. The bishops urged the president to release the 187 detainees.",
        "Police arrested 187 people on Tuesday. The 187 detainees were taken to the central prison.",
    ],
)
def test_a_count_named_again_with_the_is_one_figure(text: str) -> None:
    """ANNOTATION: the same figure restated in one article is one item."""
    article = tally.analyze(text)
    assert [f.value for f in article.figures] == [187]
    assert article.figures[0].category == "arrested"


def test_a_new_count_of_the_same_value_without_the_is_kept() -> None:
    text = "Police arrested 40 people in the north. In the south, 40 people were wounded."
    assert sorted(f.category for f in tally.analyze(text).figures) == ["arrested", "injured"]
