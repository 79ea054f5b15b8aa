"""Round 48: the words a rights group's release reports start after its dateline in brackets
("(Lakeport) – Police used live ammunition …, the Citizens' Forum said today"), not inside it.
Sentences and names are our own."""

from __future__ import annotations

import pytest

from tally import analyze


def _reported(text: str) -> list[str]:
    article = analyze(text, published="2024-05-06")
    return [article.text[q.start : q.end] for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "(Lakeport) – Riot police used live ammunition against marchers in three towns, "
            "the Citizens' Forum said today.",
            "Riot police used live ammunition",
        ),
        (
            "(Portmara) – Security agents have detained dozens of teachers since the strike began, "
            "the Teachers' Rights Network said today.",
            "Security agents have detained dozens",
        ),
    ],
)
def test_datelines_reported_words_start_after_a_bracketed_dateline(text: str, opening: str) -> None:
    spans = _reported(text)
    assert any(span.startswith(opening) for span in spans), spans
    assert not any(")" in span[:20] for span in spans), spans


def test_datelines_a_bracket_inside_the_words_is_kept() -> None:
    """Guard: a bracketed aside after the first word of the clause is part of what was said."""
    text = "The union said that teachers (and some parents) - about 300 in all - had marched on Friday."
    spans = _reported(text)
    assert any(span.startswith("teachers (and some parents)") for span in spans), spans
