"""Round 56 (f56): a later noun for a count that only names a circumstance of a participle.

"… announced a reward for any tip leading to the arrest of the smugglers", "said, without details
including the number of soldiers, …": the noun hangs by a preposition on a participle that modifies
another noun, so the speaker above does not say the count again. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sources(text: str) -> list[tuple[float, list[str]]]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return [(f.value, [names[e] for e in f.asserted_by + f.confirmed_by]) for f in article.figures]


def test_a_reward_for_an_arrest_restates_no_count() -> None:
    figures = _sources(
        "Police said they had detained 22 men near the port. The minister announced on Friday a "
        "reward for any tip leading to the arrest of the smugglers."
    )
    assert figures == [(22, ["Police"])], figures


def test_details_including_a_number_restate_no_count() -> None:
    figures = _sources(
        "Two provinces joined the strike on Monday. The governor of Kano said without giving details, "
        "including the number of soldiers sent, that the army would stay."
    )
    assert len(figures) == 1 and figures[0][1] == [], figures


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guards: a clause's own object, or a preposition on a verb of the clause, still restates it
        (
            "Seven protesters were killed on Sunday, medics said. Human Rights Watch said it had "
            "received reports of the deaths.",
            "Human Rights Watch",
        ),
        (
            "Police said they had detained 22 men near the port. The governor said he had asked for "
            "the names of the detainees.",
            "governor",
        ),
    ],
)
def test_a_clause_of_its_own_still_restates(text: str, speaker: str) -> None:
    figures = _sources(text)
    assert figures and any(speaker in s for s in figures[0][1]), figures
