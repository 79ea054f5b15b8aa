"""Who gives each figure, nineteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally while reading real crackdown reporting;
none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        ("The monitoring group Hengaw placed the death toll at 212 on Sunday.", 212, "Hengaw"),
        ("Local doctors pegged the number of injured at 340 by Tuesday evening.", 340, "Local doctors"),
    ],
)
def test_placing_or_pegging_a_count_at_a_value(text: str, value: float, giver: str) -> None:
    """ "X placed the death toll at 212", "pegged the number of injured at 340": like "put … at",
    the verb that sets a count at a value asserts it; its subject gave no figure before."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_placing_people_somewhere_guard() -> None:
    """Guard: "placed 40 activists under house arrest" sets no count; the police act, they do not report."""
    asserted, _, _ = roles_of("Police placed 40 activists under house arrest in the capital.", 40)
    assert asserted == []


@pytest.mark.parametrize(
    ("text", "value", "giver", "judge"),
    [
        (
            "Police officials said the Amnesty International estimate of 300 deaths was exaggerated.",
            300,
            "Amnesty",
            "Police officials",
        ),
        (
            "The opposition's claim that 500 people were killed is false, a government spokesman said on Monday.",
            500,
            "opposition",
            "government spokesman",
        ),
        (
            "The interior ministry said the rights group's toll of 320 dead was inflated.",
            320,
            "rights group",
            "interior ministry",
        ),
    ],
)
def test_outer_speaker_judging_an_estimate(text: str, value: float, giver: str, judge: str) -> None:
    """ "Officials said the X estimate of 300 deaths was exaggerated": the count stands in the
    estimate's "of" phrase or "that" clause, its owner gives it, and the speaker above, who calls
    the estimate wrong, disputes it rather than asserting it."""
    asserted, _, disputed = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert any(judge in name for name in disputed), disputed
    assert not any(judge in name for name in asserted), asserted


def test_outer_speaker_restating_an_estimate_guard() -> None:
    """Guard: "Officials said the army's toll of 45 dead was final": a judgement that is no
    dispute leaves the speaker's part as before (nobody disputes the count)."""
    _, _, disputed = roles_of("Officials said the army's toll of 45 dead was final.", 45)
    assert disputed == []


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        ("The authorities on Friday released their first official death toll of 412.", 412, "authorities"),
        ("The health ministry gave an official toll of 57 on Sunday evening.", 57, "health ministry"),
    ],
)
def test_official_total_made_public_by_its_subject(text: str, value: float, giver: str) -> None:
    """ "The authorities released their first official death toll of 412": the official total is
    the object of a verb of making public, so its subject gives it; the words "official death toll"
    were given as the source."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert not any("toll" in name for name in asserted), asserted


def test_official_total_compared_guard() -> None:
    """Guard: "far more than the official toll of 12" still names the official count as its own."""
    asserted, _, _ = roles_of("Activists counted 80 dead, far more than the official toll of 12.", 12)
    assert any("official toll" in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Lawyers said more than 2,000 people had been detained since the strike began. "
            "The interior minister rejected the casualty figures.",
            2000,
        ),
        (
            "Doctors said 300 people were wounded on Saturday. The governor later disputed the death figures.",
            300,
        ),
    ],
)
def test_later_reference_naming_another_category(text: str, value: float) -> None:
    """ "X said 2,000 had been detained. The minister rejected the casualty figures": a later
    reference whose modifier names what it counts ("casualty figures", "the death figures") speaks of
    a count of that kind, not of the arrests or injuries given before."""
    _, _, disputed = roles_of(text, value)
    assert disputed == []


def test_later_reference_naming_the_same_category_guard() -> None:
    """Guard: "the casualty figures" after a count of the killed still judges that count."""
    _, _, disputed = roles_of(
        "Activists said 45 protesters had been killed. The interior minister rejected the casualty figures.",
        45,
    )
    assert any("minister" in name for name in disputed), disputed


def test_lower_toll_given_guard() -> None:
    """Guard: "Officials gave a lower toll of 9" gives the count; the comparison is no verdict."""
    asserted, _, disputed = roles_of(
        "At least 30 people died in the crush, witnesses said. Officials gave a lower toll of 9.", 9
    )
    assert any("Officials" in name for name in asserted), asserted
    assert disputed == []
