"""Figure sources, round 32 (second pass): a disputing verb with a count of people as object.

"question", "dismiss", "reject" dispute a figure when their object is a claim ("questioned the
figure of 800"); with a count of people as object they act on those people ("says its investigators
have questioned 800 people" = interrogated them), and the saying above gives the source. Every
sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "The interior ministry says its investigators have questioned 800 people over the riots.",
            800,
            "interior ministry",
        ),
        (
            'On Tuesday the interior ministry announced that it questioned "no more than 800 people" over the riots.',
            800,
            "interior ministry",
        ),
    ],
)
def test_questioning_people_is_no_dispute(text: str, value: float, source: str) -> None:
    asserted, _, disputed = roles_of(text, value)
    assert source in asserted
    assert source not in disputed


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("The opposition questioned the figure of 800 dead given by the ministry.", 800, "opposition"),
        ("The opposition questioned the claim that 800 people had died.", 800, "opposition"),
    ],
)
def test_questioning_a_claim_still_disputes(text: str, value: float, source: str) -> None:
    """Guard: a definite count noun or a claim as object is still disputed."""
    _, _, disputed = roles_of(text, value)
    assert source in disputed
