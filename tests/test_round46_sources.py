"""Figure sources on whole articles (round 46).

A closing "…, X said" set off by commas is the source of the sentence's counts even when the parser
hangs it on a word after the count (an apposition, a name in a list) instead of on the count's
clause: "At least 40 have died in custody, Memorial says, among them …". The sentences are our own,
written from constructions seen in the round's tune errors.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import sources_by_text

_sources = sources_by_text


def _source_of(found: dict[str, list[str]], count: str) -> list[str]:
    keys = [key for key in found if count in key]
    assert keys, found
    return found[keys[0]]


@pytest.mark.parametrize(
    ("text", "count", "source"),
    [
        (
            "At least five have died in prison since 2021, Nadir says, among them Omar Ali, a 61-year-old "
            "farmer who died in Colony No. 3 in June 2022.",
            "five",
            "Nadir",
        ),
        (
            "At least nine have died in detention since the coup, Nadir says, among them Omar Ali, a farmer "
            "who died in Central Prison after weeks of illness.",
            "nine",
            "Nadir",
        ),
        (
            "At least 30 protesters had been killed in the capital by Sunday, including eight students, the "
            "monitoring group Nadir said, while four soldiers had also died.",
            "30",
            "Nadir",
        ),
    ],
)
def test_a_closing_reporting_clause_hung_on_a_later_word(text: str, count: str, source: str) -> None:
    assert any(source in name for name in _source_of(_sources(text), count)), _sources(text)


@pytest.mark.parametrize(
    ("text", "count", "source"),
    [
        # guards: the usual closing clause, and a reporting verb that says something of its own
        ("At least 40 prisoners have died in custody since 2019, Memorial said.", "40", "Memorial"),
        (
            "Police detained 30 people on Monday. Memorial said, in a separate statement, that the "
            "detentions were illegal.",
            "30",
            None,
        ),
    ],
)
def test_guards(text: str, count: str, source: str | None) -> None:
    names = _source_of(_sources(text), count)
    if source is None:
        assert not names
    else:
        assert any(source in name for name in names)
