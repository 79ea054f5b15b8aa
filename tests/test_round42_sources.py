"""A sentence that speaks of the one before through "This"/"That" goes on in its source's voice (round 42).

"At least 300 people were killed in March, according to a report by the UN office. This is a sharp
increase compared with February, when 120 killings were recorded." The second count is the report's:
its sentence compares with the first ("This is", "That compares with"). Read from the errors of the
round's fresh tune articles; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import sources_by_text

_sources = sources_by_text


@pytest.mark.parametrize(
    "text",
    [
        "At least 300 people were killed in March, according to a report by the UN office. This is a sharp "
        "increase compared with February, when 120 killings were recorded.",
        "At least 300 people were killed in March, according to the monitoring group. That compares with "
        "120 killings in February.",
    ],
)
def test_a_demonstrative_comparison_goes_on_with_the_source(text: str) -> None:
    found = _sources(text)
    assert any("120" in key for key in found)
    assert all(values for values in found.values())


def test_a_new_paragraph_is_the_writers_again() -> None:
    text = (
        "At least 300 people were killed in March, according to the monitoring group.\n\n"
        "This is the town where 120 people were arrested in 2019."
    )
    found = _sources(text)
    assert not found.get("120")
