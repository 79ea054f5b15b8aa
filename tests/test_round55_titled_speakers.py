"""Round 55: a capitalised title used as a description ("The Governor", "The Commissioner") names
the person the article gave that title, also when a relative clause set off by commas follows it
("The Governor, who spoke at …, said …"). Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(text: str) -> dict[str, str | None]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return {article.text[q.start : q.end]: names.get(q.speaker) for q in article.quotes}


@pytest.mark.parametrize(
    ("title", "body"),
    [("Commissioner", "Commissioner of Police"), ("Minister", "Minister of Health")],
)
def test_a_title_with_a_relative_clause_names_its_holder(title: str, body: str) -> None:
    said = _speakers(
        f"{body} Peter Okafor has said that 40 suspects were arrested.\n\n"
        f"The {title}, who briefed journalists in Ikeja on Monday, said that the weapons were found "
        'in a car owned by Musa Bello. "We will not rest until every gang is broken," he said.'
    )
    assert said.get("We will not rest until every gang is broken,") == "Peter Okafor"


def test_the_title_without_a_clause_still_names_its_holder() -> None:
    said = _speakers(
        "Minister of Health Peter Okafor has said that 300 clinics were opened.\n\n"
        "The Minister said that the funds approved by President Musa Bello would buy vaccines. "
        '"We will train more nurses," he said.'
    )
    assert said.get("We will train more nurses,") == "Peter Okafor"


@pytest.mark.parametrize("aside", ["(rtd)", "(pictured)"])
def test_a_bracketed_aside_after_the_name_in_apposition_keeps_the_name(aside: str) -> None:
    said = _speakers(
        f"Chief of Army Staff, Lieutenant General Peter Okafor {aside} has said that 900 soldiers were "
        'trained this year. "We will not stop until the roads are safe," he said.'
    )
    assert said.get("We will not stop until the roads are safe,") == "Peter Okafor"
