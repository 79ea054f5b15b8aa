"""Round 54: counts in a bulleted or numbered list take the source its lead-in line names.

Rights groups' releases and live pages list their counts under one line that says whose they
are: "The Coastal Rights Centre reported:" and then "- At least 14 people were killed …". The
table rule (round 44: "The following figures were published by X:" above "|" rows) read only
tables. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sources(text: str) -> dict[float, list[str]]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return {f.value: [names[e] for e in f.asserted_by] for f in article.figures}


@pytest.mark.parametrize(
    "lead_in",
    [
        "The Coastal Rights Centre reported:",
        "According to the Coastal Rights Centre:",
        "The Coastal Rights Centre said on Monday:",
        "The Coastal Rights Centre published its findings:",
    ],
)
@pytest.mark.parametrize("marker", ["-", "•", "*", "1.", "a)"])
def test_each_item_of_the_list_has_the_lead_ins_source(lead_in: str, marker: str) -> None:
    second = "2." if marker == "1." else "b)" if marker == "a)" else marker
    text = (
        f"{lead_in}\n"
        f"{marker} At least 14 protesters were killed in Port Amara.\n"
        f"{second} More than 260 people were arrested."
    )
    sources = _sources(text)
    assert sources.get(14) == ["Coastal Rights Centre"], sources
    assert sources.get(260) == ["Coastal Rights Centre"], sources


def test_a_blank_line_before_and_between_items_keeps_the_list() -> None:
    text = (
        "The Coastal Rights Centre reported the following:\n\n"
        "- 14 protesters killed in Port Amara\n\n"
        "- 260 people arrested in the capital\n"
    )
    sources = _sources(text)
    assert sources.get(14) == ["Coastal Rights Centre"] and sources.get(260) == ["Coastal Rights Centre"]


def test_a_list_after_a_lead_in_that_names_nobody_takes_no_source() -> None:
    text = "The protests spread quickly:\n- 14 protesters were killed in Port Amara.\n- 260 people were arrested."
    sources = _sources(text)
    assert sources.get(14) == [] and sources.get(260) == []


def test_an_item_with_its_own_source_keeps_it() -> None:
    text = (
        "The Coastal Rights Centre reported:\n"
        "- 14 protesters were killed in Port Amara.\n"
        "- The interior ministry said 40 police officers were injured."
    )
    sources = _sources(text)
    assert sources.get(14) == ["Coastal Rights Centre"]
    assert sources.get(40) and sources[40] != ["Coastal Rights Centre"]


def test_prose_after_the_list_is_not_an_item() -> None:
    text = (
        "The Coastal Rights Centre reported:\n"
        "- 14 protesters were killed in Port Amara.\n\n"
        "Separately, 300 workers walked out of the port on Tuesday."
    )
    assert _sources(text).get(300) == []
