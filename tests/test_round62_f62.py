"""Round 62 (f62): who gives a figure, constructions read from the source errors of the readable
splits (own ``work61`` first, then the other readable splits). Sentences are our own.

- A citation that opens a later clause joined by "and" or "but" ("…, and according to the
  prosecutor at least 60 people have been sentenced") speaks for that clause only: a count in the
  clause before it is not the cited body's, nor the speaker's of the sentence before (a sentence
  that names its own source for a later clause is the writer's in the clause before it).
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


def _asserted(text: str, value: float) -> list[str]:
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


# --- "…, and according to X, <clause>": X speaks for its own clause ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In March, the government hanged three men whom the courts linked to the riots, and according "
        "to statements by the prosecutor at least 60 people have been sentenced to prison terms.",
        "Soldiers burned four houses in the village on Sunday, but according to the local council no "
        "one was hurt and at least 70 families have fled.",
    ],
)
def test_a_citation_opening_a_later_clause_is_not_the_first_clauses(text: str) -> None:
    first = figure_roles(text)[0]
    assert first[1] == [], figure_roles(text)


def test_a_citation_opening_a_later_clause_stops_the_last_speaker_too() -> None:
    # the sentence before is reported speech, but this one cites its own source for its second
    # clause: the first clause is the writer's
    names = _asserted(
        "On December 27, security forces again fired on demonstrators. State media reported eight "
        "deaths that day, among them a nephew of the opposition leader. In January, the government "
        "hanged three men whom the courts linked to the riots, and according to statements by the "
        "prosecutor at least 60 people have been sentenced to prison terms.",
        3,
    )
    assert names == [], names


def test_a_citation_opening_a_later_clause_speaks_for_its_own() -> None:
    names = _asserted(
        "In March, the government hanged three men whom the courts linked to the riots, and according "
        "to statements by the prosecutor at least 60 people have been sentenced to prison terms.",
        60,
    )
    assert any("prosecutor" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: a closing citation after the second clause speaks for both; a citation that
        # opens the sentence speaks for every clause
        (
            "Police arrested 20 people, and 12 others were injured, according to the interior ministry.",
            20,
            "interior ministry",
        ),
        (
            "According to the interior ministry, police arrested 20 people, and 12 others were injured.",
            20,
            "interior ministry",
        ),
    ],
)
def test_other_citations_as_before(text: str, value: float, source: str) -> None:
    names = _asserted(text, value)
    assert any(source in n for n in names), names
