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
