"""Who gives each figure, twenty-third round: constructions of broadcasters' web stories, national
dailies and rights monitors' releases, each in a sentence of our own (none copied from an article
or a gold set)."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# -- a closing attribution with a restating tail after it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "More than 70 people have been killed since the coup, the Assistance Association for "
            "Political Prisoners has said, a figure backed by the UN special rapporteur.",
            70,
            "Assistance Association for Political Prisoners",
        ),
        (
            "Nearly 400 students were detained over the weekend, the Teachers Solidarity Network "
            "has said, a number the interior ministry rejects.",
            400,
            "Teachers Solidarity Network",
        ),
    ],
)
def test_a_closing_attribution_before_a_restating_tail(text: str, value: float, giver: str) -> None:
    """ "…, X has said, a figure backed by Y.": the tail that takes the count up again does not
    keep X's closing "has said" from speaking for the sentence."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_a_closing_attribution_without_a_tail_is_unchanged() -> None:
    """Guard: "…, X has said." gives the count as before."""
    asserted, _, _ = roles_of(
        "More than 70 people have been killed since the coup, the Assistance Association for "
        "Political Prisoners has said.",
        70,
    )
    assert any("Assistance Association" in name for name in asserted), asserted


# -- a restated figure backed by someone else ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "giver", "backer"),
    [
        (
            "About 250 people were arrested on Sunday, the interior ministry said, a number echoed "
            "by the rights group Viasna.",
            250,
            "interior ministry",
            "Viasna",
        ),
        (
            "At least 38 people have died in the unrest, the Kurdistan Human Rights Network has "
            "reported, a figure supported by the UN rapporteur.",
            38,
            "Kurdistan Human Rights Network",
            "UN",
        ),
        (
            "Police said the death toll was 11, a figure matched by hospital records.",
            11,
            "Police",
            "hospital records",
        ),
    ],
)
def test_a_restated_figure_backed_by_another_source(text: str, value: float, giver: str, backer: str) -> None:
    """ "…, a number echoed by X", "a figure supported by X", "a figure matched by X": X vouches for
    the count the first source gave."""
    asserted, confirmed, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert any(backer in name for name in confirmed), confirmed


def test_a_figure_said_to_be_too_low_is_disputed() -> None:
    """ "…, a figure rights groups say is far too low": a verdict on the count, not a second
    giver of it."""
    asserted, _, disputed = roles_of(
        "About 250 people were arrested on Sunday, police said, a figure rights groups say is far too low.",
        250,
    )
    assert asserted == ["police"], asserted
    assert any("rights groups" in name for name in disputed), disputed


def test_a_figure_that_backs_nothing_is_unchanged() -> None:
    """Guard: "…, a figure confirmed by the UN" still confirms; a plain closing "X said" adds nobody."""
    asserted, confirmed, _ = roles_of(
        "More than 60 people have been killed, Amnesty International said, a figure confirmed by the UN.",
        60,
    )
    assert asserted == ["Amnesty International"], asserted
    assert confirmed == ["UN"], confirmed


# -- a count valued "at" by quantify, assess or fix ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        ("The monitoring group quantified the death toll at 85.", 85, "monitoring group"),
        ("The bar association assessed the number of arrests at more than 900.", 900, "bar association"),
        ("The opposition coalition fixed the death toll at 44 on Monday.", 44, "opposition coalition"),
    ],
)
def test_a_count_valued_at_a_number(text: str, value: float, giver: str) -> None:
    """ "quantified the death toll at 85", "assessed the number of arrests at 900": like "put … at",
    the verb with the "at" of a number gives the count."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_assessing_people_at_a_place_gives_no_count() -> None:
    """Guard: "Medics assessed 30 injured protesters at a field hospital, witnesses said": "at" a
    place values nothing, the closing attribution speaks."""
    asserted, _, _ = roles_of(
        "Medics assessed 30 injured protesters at a field hospital, witnesses said.",
        30,
    )
    assert asserted == ["witnesses"], asserted


# -- a hyphenated name after a description --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "At least 140 people have been detained, according to figures compiled by the "
            "independent monitor OVD-Info.",
            140,
            "OVD-Info",
        ),
        (
            "At least 27 people have been killed, according to a tally kept by the monitoring "
            "group Al-Mezan.",
            27,
            "Al-Mezan",
        ),
    ],
)
def test_a_hyphenated_name_after_its_description(text: str, value: float, giver: str) -> None:
    """ "compiled by the independent monitor OVD-Info": the name after the description is who
    counts, also when it is hyphenated and the tagger does not know it."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_a_description_without_a_name_is_unchanged() -> None:
    """Guard: "compiled by the independent monitor." still names the monitor."""
    asserted, _, _ = roles_of(
        "At least 140 people have been detained, according to figures compiled by the independent monitor.",
        140,
    )
    assert any("monitor" in name for name in asserted), asserted


# -- "the former" and "the latter" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "giver", "partner"),
    [
        (
            "Amnesty International and Human Rights Watch both condemned the raids. The latter said "
            "at least 57 people had been detained.",
            57,
            "Human Rights Watch",
            "Amnesty",
        ),
        (
            "The interior ministry and the opposition gave very different tolls. The former said 12 "
            "had died; the latter put the number at 80.",
            12,
            "interior ministry",
            "opposition",
        ),
        (
            "The interior ministry and the opposition gave very different tolls. The former said 12 "
            "had died; the latter put the number at 80.",
            80,
            "opposition",
            "ministry",
        ),
    ],
)
def test_the_former_and_the_latter(text: str, value: float, giver: str, partner: str) -> None:
    """ "A and B …. The latter said 57 …": "the former" is the first of the pair named just before,
    "the latter" the last; the other one of the pair gives nothing."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert not any(partner in name for name in asserted), asserted


def test_a_former_office_holder_is_no_pointer() -> None:
    """Guard: "the former president" is a person described, not a pointer back to a pair."""
    asserted, _, _ = roles_of(
        "Police and medics arrived at the scene. The former president said 30 people had been killed.",
        30,
    )
    assert any("president" in name for name in asserted), asserted
