"""Round 56: words in quote marks inside the infinitive of a verb of commanding ("The army
ordered soldiers to “…”") are the commander's, a mixed quote; a command in no marks is no
speech. Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return [
        (q.kind, article.text[q.start : q.end], names.get(q.speaker) or q.speaker_name)
        for q in article.quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The army ordered soldiers to "shoot anyone who breaks the curfew", a leaked memo shows.', "army"),
        ('The mayor instructed officers to "treat every marcher with respect" before the rally.', "mayor"),
    ],
)
def test_marked_words_in_a_command_are_the_commanders(text: str, speaker: str) -> None:
    found = [q for q in _quotes(text) if q[0] in {"direct", "mixed"}]
    assert len(found) == 1
    assert speaker in (found[0][2] or "")


def test_a_command_in_no_marks_is_no_quote() -> None:
    assert _quotes("Police ordered the crowd to disperse and arrested 12 people.") == []


def test_marks_inside_an_order_to_the_speaker_stay_the_speakers() -> None:
    found = _quotes('"We were ordered to clear the square," a soldier said.')
    assert [(kind, who) for kind, _, who in found] == [("direct", "a soldier")]


def test_a_command_with_no_subject_of_its_own_gives_no_thing_as_speaker() -> None:
    found = _quotes(
        'The point of the rally was to encourage young people to "speak without fear," said Ana Ruiz.'
    )
    assert all(who is None or "point" not in who for _, _, who in found)


def test_an_order_in_a_that_clause_is_still_read_as_reported_words() -> None:
    # a guard: a command with no marked words is read as before the round ("ordered that …")
    found = _quotes("The judge ordered that the two journalists be released on bail.")
    assert [(kind, who) for kind, _, who in found] == [("indirect", "The judge")]
