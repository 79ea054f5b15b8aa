"""Who gives each figure, twenty-sixth round: constructions seen in real reports by other hands.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model

# A long account told from one release: "a statement by X" opens it, and every later sentence
# cites "the statement", so the first mention falls out of any window of a few sentences.
_RELEASE = (
    "The trouble began when a patrol answered a call about a fire near the market, said a statement "
    "by the Ruritanian Interior Ministry. "
    "The patrol came under fire from a rooftop, the statement said. "
    "The attackers then fled in a stolen van, it said. "
    "In another incident, gunmen fired on a checkpoint outside the town, the statement said. "
    "In a third incident, armed men opened fire on a police station near the old fort. "
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_RELEASE + "The statement said seven gunmen were believed to be inside the fort.", 7),
        (_RELEASE + "The statement added that 12 officers had been wounded in the exchange.", 12),
    ],
)
def test_the_statement_resolves_through_its_earlier_mentions(text: str, value: float) -> None:
    """ "a statement by X" … "the statement said" … "The statement said 7 …": a chain of "the
    statement" reaches back to the release that named its author, however many sentences it spans."""
    asserted, _, _ = roles_of(text, value)
    assert any("Interior Ministry" in name for name in asserted), asserted


def test_the_statement_without_an_author_names_no_one() -> None:
    """Guard: "the statement" of a chain that never named its author gives no invented source."""
    text = (
        "A statement was read out on the radio on Monday night. "
        "The statement said the curfew would stay. "
        "The statement said the army had moved into the old town. "
        "The statement said the border was closed. "
        "The statement said roads to the port were shut. "
        "The statement said nine soldiers had been wounded near the fort."
    )
    asserted, _, _ = roles_of(text, 9)
    assert not any("Ministry" in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "Peruvian authorities reported 40 new deaths on Sunday. That is down from the week before. "
            "Hospitals in the south remain full. Peru has registered 5,210 deaths since the outbreak began.",
            5210,
            "authorities",
        ),
        (
            "Chile has registered 812 deaths from the virus, the most in the region. The capital reported "
            "300 of them. The country's health ministry said the rate of new cases was falling.",
            812,
            "ministry",
        ),
        (
            "Ghana has recorded 640 deaths so far. Ghana's health ministry said on Monday that the number "
            "of new cases was falling.",
            640,
            "ministry",
        ),
    ],
)
def test_a_country_that_records_a_count_gives_it_through_its_named_authority(
    text: str, value: float, giver: str
) -> None:
    """ "X has registered 899 deaths" with "X's health ministry said" or "Xian authorities reported"
    beside it: the country records the count through its authorities, whom the paragraph names."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name.lower() for name in asserted), asserted


@pytest.mark.parametrize(
    "text",
    [
        "Chilean authorities reported 40 new deaths on Sunday. Hospitals in the south remain full. "
        "Peru has registered 5,210 deaths so far.",
        "Peru has registered 5,210 deaths since the outbreak began, the most in the region.",
    ],
)
def test_a_country_that_records_a_count_keeps_it_without_its_own_authority(text: str) -> None:
    """Guard: another country's authorities do not speak for it; with none named, the country does."""
    asserted, _, _ = roles_of(text, 5210)
    assert any("Peru" in name for name in asserted), asserted
    assert not any("authorities" in name.lower() for name in asserted), asserted
