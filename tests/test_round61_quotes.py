"""Round 61: quotes and their speakers. Sentences are our own.

A transcript's turn is its speaker's narration ("REPORTER (TOM REYES): … one of the union
leaders, Mario Solis, said the strike would go on."): a person the turn names and reports is
the one a quote's "he" after it refers to, as in the article's own prose, not the reporter whose
turn it is.
"""

from __future__ import annotations

import pytest

from tests._quote_records import marked_quotes

pytestmark = pytest.mark.model

_HOST = (
    "EVENING NEWS - TRANSCRIPT\n\n"
    "HOST (ANNA BERG): Good evening. Our reporter Tom Reyes is in the capital. Tom, what happened today?\n\n"
)


@pytest.mark.parametrize(
    "turn",
    [
        # the person reported in the turn, the quote in the next paragraph
        "REPORTER (TOM REYES): Anna, the square is quiet now. This afternoon one of the union leaders, "
        "Mario Solis, spoke to the crowd outside the ministry and said the strike would go on.\n\n"
        '"We will not go back to work until they pay us. They have lied to us for a year," he told the marchers.',
        # the person the turn names as a subject, with no verb of saying
        "REPORTER (TOM REYES): Anna, the square is quiet now. This afternoon one of the union leaders, "
        "Mario Solis, stood on a truck outside the ministry.\n\n"
        '"We will not go back to work until they pay us. They have lied to us for a year," he told the marchers.',
        # the quote inside the turn's own paragraph
        "REPORTER (TOM REYES): Anna, the square is quiet now. This afternoon one of the union leaders, "
        'Mario Solis, said the strike would go on. "We will not go back to work until they pay us," he told '
        "the marchers.",
    ],
)
def test_a_person_a_transcript_turn_reports_is_the_he_after_it(turn: str) -> None:
    text = (
        _HOST
        + turn
        + "\n\nHOST: And the government?\n\nREPORTER: The labour minister said the strike was illegal."
    )
    found = marked_quotes(text, "We will not go back to work")
    assert found, found
    assert all(speaker is not None and "Solis" in speaker for _, speaker in found), found


def test_a_quote_after_a_turn_that_names_no_one_stays_the_turns_speaker() -> None:
    text = (
        _HOST + "REPORTER (TOM REYES): Anna, I went down to the square myself this afternoon.\n\n"
        '"It is quiet now, but nobody expects it to stay quiet," he said.\n\n'
        "HOST: Thank you, Tom."
    )
    found = marked_quotes(text, "nobody expects")
    assert found, found
    assert all(speaker is not None and "Reyes" in speaker for _, speaker in found), found
