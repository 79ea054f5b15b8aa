"""Who gives each figure, twenty-fifth round: constructions seen in real reports by other hands.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        ("The city of Portland reported 6 deaths on Monday.", 6, "Portland"),
        ("The city of San Jose reported 12 deaths, and Fresno 4.", 12, "San Jose"),
        ("Oregon's capital Salem has been hit hardest, having reported 30 deaths.", 30, "Salem"),
        ("The state of Ohio has reported 40 deaths since March.", 40, "Ohio"),
        (
            "Flooding swept the valley on Monday. The town of Nakuru recorded 13 deaths, the most of any town.",
            13,
            "Nakuru",
        ),
        ("India has registered 899 deaths from the virus, the most in the region.", 899, "India"),
        (
            "Ohio, the largest state in the region, has been hit hardest, having reported 40 deaths.",
            40,
            "Ohio",
        ),
    ],
)
def test_a_place_that_reports_a_count_alone_gives_it(text: str, value: float, giver: str) -> None:
    """ "The city of X reported 327 deaths", "X has registered 899 deaths", "…, having reported forty
    cases": a place (or "the city/state/town of" a place) that reports or records a count, with no
    one else named for it, gives it through its authorities; the count is not the writer's."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "The commission said 40 people had been killed across Kenya. Nairobi registered 9 deaths.",
            9,
            "commission",
        ),
        ("According to the commission, the city of Nakuru recorded 14 deaths.", 14, "commission"),
    ],
)
def test_a_place_that_records_a_count_keeps_the_cited_source(text: str, value: float, giver: str) -> None:
    """Guard: with a source cited around it, the place is where the count happened, not its giver."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert not any(place in name for name in asserted for place in ("Nairobi", "Nakuru")), asserted


def test_a_place_that_was_struck_gives_nothing() -> None:
    """Guard: a place that suffers the count ("Nakuru lost 13 people") reports nothing."""
    asserted, _, _ = roles_of("The town of Nakuru lost 13 people in the flood.", 13)
    assert not any("Nakuru" in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "About 90 people were killed, Reuters reported. The toll, provided to Reuters by interior ministry officials, was far above the official count.",
            90,
            "officials",
        ),
        (
            "At least 60 people have been killed in the clashes, according to a Reuters count. The figures "
            "were given to Reuters by doctors at three hospitals.",
            60,
            "doctors",
        ),
        (
            "At least 70 people died in the unrest, according to an AFP tally. The figure, given to AFP by two nurses at the main hospital, could not be verified.",
            70,
            "nurses",
        ),
    ],
)
def test_a_reference_handed_to_the_counts_source_names_who_gave_it(
    text: str, value: float, giver: str
) -> None:
    """ "About 1,500 were killed … The toll, provided to Reuters by three officials, …" (issue 13): a
    later reference handed over *to* the count's own source is that count, and who handed it over
    gives it too."""
    asserted, confirmed, _ = roles_of(text, value)
    assert any(giver in name for name in asserted + confirmed), (asserted, confirmed)


def test_a_reference_handed_to_someone_else_is_another_count() -> None:
    """Guard: "the figures circulated by X" after another's count, handed to no source of it, stays theirs."""
    text = (
        "The governor said 40 people were killed. The figures, circulated to diplomats by exiled activists, "
        "were much higher."
    )
    asserted, _, _ = roles_of(text, 40)
    assert not any("activists" in name for name in asserted), asserted


def test_a_restated_toll_put_at_another_value_is_another_count() -> None:
    """Guard: "X put the toll at 75" after a count of 40 is another size, not X's word for the 40."""
    text = "Police said 40 people were killed. Rights groups put the toll at 75."
    asserted, _, _ = roles_of(text, 40)
    assert not any("Rights" in name for name in asserted), asserted
