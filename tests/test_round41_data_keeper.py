"""Counts in data a body keeps are that body's, whoever cites them (round 41, issue 13).

"They pointed to Ministry of Transportation numbers that show 361 died": the ministry gives the
count; the ones pointing to it only hand it on (ANNOTATION.md: the source the article attributes
the figure to, as "according to figures from X" already reads). The construction: a verb of citing
("cite", "quote") or pointing ("point to", "refer to") whose object is a noun of counted data
(figures, numbers, statistics, data, records, estimates, tallies, counts) that names its keeper
before it (a name, a body, a possessive) or after it ("from", "by"); or such data "showing" or
"that show" the count. Read from the fresh ``tune41`` splits (two articles of two corpora); the
sentences are our own.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import sources_by_text

_sources = sources_by_text


@pytest.mark.parametrize(
    ("text", "number", "keeper"),
    [
        (
            "They also pointed to Interior Ministry numbers that show, in 2019, there were 212 "
            "arrests at rallies.",
            "212",
            "Interior Ministry",
        ),
        (
            "The activists cited a survey of shopkeepers. They also pointed to Ministry of Interior "
            "numbers that show 212 people were arrested at rallies.",
            "212",
            "Ministry of Interior",
        ),
        (
            "The union cited Labour Ministry figures showing 87 workers were detained last year.",
            "87",
            "Labour Ministry",
        ),
        (
            "Opposition lawmakers referred to Justice Ministry statistics that show 640 people were "
            "detained in the first week.",
            "640",
            "Justice Ministry",
        ),
    ],
)
def test_the_keeper_of_cited_data_gives_the_count(text: str, number: str, keeper: str) -> None:
    assert _sources(text)[number] == [keeper]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # data with no keeper named: whoever cites them is the source
        ("The union cited figures showing 87 workers were detained last year.", "87", "union"),
        # a verb of pointing with no data: no source from it
        ("The activists said 40 people were detained in Kaduna.", "40", "activists"),
    ],
)
def test_citing_without_a_keeper_keeps_the_citer(text: str, number: str, source: str) -> None:
    assert any(source in name for name in _sources(text)[number])


@pytest.mark.parametrize(
    "text",
    [
        "The national laboratory confirmed 12 new cases of cholera on Monday.",
        "The laboratory at the main hospital has confirmed 30 cases of measles.",
    ],
)
def test_a_laboratory_counts_the_cases_it_confirms(text: str) -> None:
    """A laboratory confirms the cases it tests, as a hospital counts the wounded it receives."""
    article = tally.analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    (figure,) = article.figures
    assert any("laboratory" in names[s] for s in figure.confirmed_by + figure.asserted_by)
