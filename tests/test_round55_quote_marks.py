"""Round 55: a quotation opened by a curly double mark and closed by two curly single marks
(“…’’), as a word processor types the closing mark when two apostrophes are keyed and it curls
each one. Sentences are our own."""

from __future__ import annotations

import pytest

from tally.clean.wirequotes import normalise_wire_quotes


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "“We were not afraid,’’ said Rita Moss. “We only wanted water.”",
            "“We were not afraid,” said Rita Moss. “We only wanted water.”",
        ),
        ("“Stay inside,’’ the sheriff said.", "“Stay inside,” the sheriff said."),
        # two quotes of one paragraph closed so
        ("“One,’’ she said. “Two,’’ he said.", "“One,” she said. “Two,” he said."),
    ],
)
def test_two_curly_apostrophes_close_an_open_double_mark(typed: str, read: str) -> None:
    assert normalise_wire_quotes(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "a 12’’ pipe",  # an inch sign after a digit
        "He said ’’ nothing.",  # after a space: no closing mark
        "No quote is open here,’’ she said.",  # nothing opened in the paragraph
        "“Done,” she said.\n\nThe end,’’ he wrote.",  # the paragraph before closed its quote
    ],
)
def test_other_curly_apostrophes_stay_as_typed(typed: str) -> None:
    assert normalise_wire_quotes(typed) == typed


@pytest.mark.model
def test_the_quote_after_one_closed_so_keeps_the_speaker() -> None:
    from tally.pipeline import analyze

    article = analyze(
        "“She was not upset,’’ said Brandt recalling a phone call with the teacher. “She was glad to be back.”"
    )
    names = {entity.id: entity.name for entity in article.entities}
    direct = {
        article.text[q.start : q.end]: names.get(q.speaker) for q in article.quotes if q.kind == "direct"
    }
    assert direct.get("She was not upset,") == "Brandt"
    # the two apostrophes were read as a word, the subject of "said", which then spoke the next quote
    assert direct.get("She was glad to be back.") == "Brandt"
