"""Who gives each figure, twenty-first round, second pass: constructions of crackdown reporting,
each in a sentence of our own (none copied from an article or a gold set)."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "givers"),
    [
        ("Twelve people were killed in the clashes, police and hospitals said.", 12, ("police", "hospitals")),
        ("Nine marchers were shot dead on Tuesday, medics and witnesses said.", 9, ("medics", "witnesses")),
    ],
)
def test_joint_common_noun_sources_both_give_the_count(
    text: str, value: float, givers: tuple[str, ...]
) -> None:
    """ "…, police and hospitals said": two sources joined by "and" as the subject of the verb of
    saying each give the count, as two joined names already did."""
    asserted, _, _ = roles_of(text, value)
    for giver in givers:
        assert any(giver in name for name in asserted), asserted


def test_a_place_joined_to_a_source_is_no_source() -> None:
    """Guard: a joined word that cannot speak stays out."""
    asserted, _, _ = roles_of("Twelve people were killed, the ministry said on Monday.", 12)
    assert asserted == ["ministry"], asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "The army said 14 people died, while other reports including from a lawyers' union say at least 27 were killed.",
            27,
            "union",
        ),
        (
            "Officials said 8 people died, but accounts including those from Human Rights Watch say 20 were killed.",
            20,
            "Human Rights Watch",
        ),
    ],
)
def test_reports_including_from_a_named_source_give_the_count(text: str, value: float, giver: str) -> None:
    """ "other reports including from X say N": the source named inside the reports gives N, not the
    speaker of the other count in the sentence."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_the_first_count_keeps_its_own_speaker() -> None:
    """Guard: the count the first speaker gave stays that speaker's."""
    asserted, _, _ = roles_of(
        "The army said 14 people died, while other reports including from a lawyers' union say at least 27 were killed.",
        14,
    )
    assert asserted == ["army"], asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "More than 300 people were detained over the weekend. The information was provided by the Viasna human rights centre.",
            300,
            "Viasna",
        ),
        (
            "At least 40 students were held overnight. The data were provided by a lawyers' collective.",
            40,
            "collective",
        ),
    ],
)
def test_information_provided_by_in_the_next_sentence(text: str, value: float, giver: str) -> None:
    """ "N were detained. The information was provided by X.": a noun of data handed over by a
    source in the next sentence of the paragraph names who gives the count, as "The figures were
    provided by X" does."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "At least 62 protesters were killed. The doctors' committee, which compiled the toll, called for an inquiry.",
            62,
            "committee",
        ),
    ],
)
def test_the_compiler_named_in_a_relative_clause_of_the_next_sentence(
    text: str, value: float, giver: str
) -> None:
    """ "N were killed. X, which compiled the toll, called for …": X gives the count."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_information_without_a_giver_names_no_source() -> None:
    """Guard: "the information" not handed over by anyone adds no source."""
    asserted, confirmed, disputed = roles_of(
        "More than 300 people were detained, the rights centre said. The information could not be verified.",
        300,
    )
    assert asserted == ["rights centre"] and not confirmed, (asserted, confirmed, disputed)
