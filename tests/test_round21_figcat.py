"""Figures and their categories, twenty-first round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally after reading real crackdown reporting; none is
copied from a page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"

#: A sentence that makes the text one about protests, read before each case.
_PROTESTS = (
    "Protests against the new fuel prices entered their third week, and police fired tear gas in the capital."
)


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


def _in_a_protest_story(text: str, value: float) -> str:
    return _category(f"{_PROTESTS}\n\n{text}", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 140 people suffered severe eye trauma from rubber bullets.", 140),
        ("About 60 demonstrators suffered head trauma.", 60),
        ("Thirty protesters sustained fractures after police beat them with batons.", 30),
        ("Twelve people suffered burns when a tear gas canister set a tent on fire.", 12),
        ("At least 25 people suffered bruises and broken bones.", 25),
        ("Eighteen people suffered a concussion during the charge.", 18),
        ("Eighteen people were left with serious injuries.", 18),
        ("Nine students were left with broken bones.", 9),
        ("Medics said 35 marchers had lacerations to the face.", 35),
    ],
)
def test_bodily_harm_borne(text: str, value: float) -> None:
    """ "suffered severe eye trauma", "sustained fractures", "suffered burns", "were left with
    serious injuries": a bodily harm other than "injuries" or "wounds" (trauma, fractures, burns,
    bruises, broken bones, concussion, lacerations), borne by people through a verb of suffering
    or having (or the harm they were "left with"), makes them injured; the count fell to "other",
    or to the person's own default ("protesters")."""
    assert _in_a_protest_story(text, value) == "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a harm noun with no verb of bearing it, or a verb of bearing with no harm
        ("The company suffered 40 job cuts after the strike.", 40, "other"),
        ("About 3,000 people suffered power cuts for two days.", 3000, "other"),
        ("Eighteen protesters suffered serious injuries.", 18, "injured"),
        ("Some 400 people were left without electricity.", 400, "other"),
    ],
)
def test_bodily_harm_guards(text: str, value: float, category: str) -> None:
    assert _in_a_protest_story(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eight people were struck by live ammunition.", 8),
        ("Twelve demonstrators were hit by tear gas canisters.", 12),
        ("Rubber bullets hit at least 45 protesters.", 45),
        ("Nine marchers were hit by stones thrown by counter-protesters.", 9),
        ("At least 17 people were struck by rubber bullets near the bridge.", 17),
        ("Police said 12 officers were hit by rocks.", 12),
    ],
)
def test_struck_by_a_projectile(text: str, value: float) -> None:
    """ "Eight people were struck by live ammunition", "hit by tear gas canisters", "rubber bullets
    hit 45 protesters": people struck by a projectile or weapon are injured; "struck" was read as
    going on strike (protesters) and "hit" named nothing ("other", or the crowd)."""
    assert _in_a_protest_story(text, value) == "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("About 2,000 dock workers struck for higher pay.", 2000, "protesters"),
        ("Some 300 protesters hit the streets again on Friday.", 300, "protesters"),
        ("At least 14 people were shot dead by soldiers.", 14, "killed"),
    ],
)
def test_struck_guards(text: str, value: float, category: str) -> None:
    found = _in_a_protest_story(text, value)
    assert found == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The search unit said 380 people have disappeared. Of these, 75 have since been found.", 75),
        ("The ombudsman counted 70 disappeared, of whom 31 have been found alive.", 31),
        ("Prosecutors said they had located 210 people who had been reported missing.", 210),
        ("Seven of the missing activists were found alive in a police station.", 7),
        ("Twenty of the disappeared resurfaced in a military prison.", 20),
        ("Relatives said 40 of the missing have returned home.", 40),
    ],
)
def test_the_missing_found_again(text: str, value: float) -> None:
    """ "Of these, 75 have since been found", "located 210 people who had been reported missing",
    "twenty of the disappeared resurfaced": people found again after they went missing are no
    longer missing ("other"), as the released are no longer held; the part took its whole's
    category (disappeared)."""
    assert _in_a_protest_story(text, value) == "other"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "The search unit said 380 people have disappeared. Of these, 305 have not been found.",
            305,
            "disappeared",
        ),
        ("At least 15 of the missing protesters were found dead near the river.", 15, "killed"),
        ("About 300 people remain unaccounted for after the crackdown.", 300, "disappeared"),
        ("Six youths went missing after the march.", 6, "disappeared"),
    ],
)
def test_the_missing_guards(text: str, value: float, category: str) -> None:
    assert _in_a_protest_story(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said they had arrested 6,000 people, of whom 1,200 had been prosecuted.", 1200),
        ("Of the 300 protesters detained, 45 have been charged with arson.", 45),
        ("Police detained 90 students; 30 of them were later indicted.", 30),
    ],
)
def test_a_part_charged(text: str, value: float) -> None:
    """ "arrested 6,000 people, of whom 1,200 had been prosecuted", "Of the 300 detained, 45 have
    been charged": a part of those arrested whose own verb puts them on trial is counted as the
    charged are ("other", as "About 1,000 have been charged" is); it took the whole's category,
    where a part "later released" already left it."""
    assert _in_a_protest_story(text, value) == "other"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Police said they had arrested 6,000 people, of whom 1,200 were students.", 1200, "arrested"),
        ("Of the 300 protesters detained, 45 remain in custody.", 45, "detained"),
        ("Of the 300 protesters detained, 45 were sentenced to prison.", 45, "sentenced"),
    ],
)
def test_a_part_charged_guards(text: str, value: float, category: str) -> None:
    assert _in_a_protest_story(text, value) == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Of the 300 protesters detained, 45 were released.", 300, "detained"),
        ("Of the 300 protesters detained, 45 have been charged with arson.", 300, "detained"),
        ("Of the 250 protesters wounded, 40 were released from hospital.", 250, "injured"),
        ("Of the 500 prisoners released, 20 were students.", 500, "other"),
    ],
)
def test_a_whole_set_before_its_part(text: str, value: float, category: str) -> None:
    """ "Of the 300 protesters detained, 45 were released": the whole set before its part has its
    participle right after the counted noun, which the parser (in a longer text) hung on the
    "of" rather than on the noun, and the "of" hangs on the part's verb: the whole fell to the
    noun's default (a crowd), and with "released" was read as "the release of 300" ("other")."""
    assert _in_a_protest_story(text, value) == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The government announced the release of 300 prisoners.", 300, "other"),
        ("Of the 300 detainees, 45 were released.", 300, "detained"),
        ("The 300 protesters detained on Monday appeared in court.", 300, "detained"),
    ],
)
def test_a_whole_set_before_its_part_guards(text: str, value: float, category: str) -> None:
    assert _in_a_protest_story(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nine people were brought in with bullet injuries.", 9),
        ("Some 40 protesters arrived at the clinic with burns.", 40),
        ("Twelve students were rushed to hospital with head trauma.", 12),
    ],
)
def test_moved_with_a_harm(text: str, value: float) -> None:
    """ "Nine people were brought in with bullet injuries", "arrived at the clinic with burns",
    "rushed to hospital with head trauma": a "with" and a bodily harm on the verb that moves or
    brings people (or on the place it takes them to) says they are hurt; only a "with" on the
    counted noun itself ("160 patients with gunshot wounds") was read so, and the count fell to
    "other" or to the noun's default."""
    assert _in_a_protest_story(text, value) == "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Police charged 30 people with causing injuries to officers.", 30, "other"),
        ("Police charged 25 protesters with batons.", 25, "other"),
        ("About 300 people arrived at the square with banners.", 300, "protesters"),
        ("Two men died with gunshot wounds to the head.", 2, "killed"),
    ],
)
def test_moved_with_a_harm_guards(text: str, value: float, category: str) -> None:
    assert _in_a_protest_story(text, value) == category
