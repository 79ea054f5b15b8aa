"""Round 58: quotes and their speakers. Sentences are our own.

A relative "who" after a role with its place or body ("the mayor of the capital, who told reporters that
he was “…”", "the head of the Interior Ministry, who said …"): the parser hangs the clause from
the place or body after the role's preposition, and the place was taken as the speaker. "Who"
refers to a person: the role noun the preposition hangs from.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(text: str) -> dict[str, str | None]:
    from tally.pipeline import analyze

    article = analyze(text)
    return {article.text[q.start : q.end]: q.speaker_name for q in article.quotes}


def _speaker_of(text: str, words: str) -> str | None:
    said = _speakers(text)
    found = [speaker for quote, speaker in said.items() if words in quote]
    assert found, said
    return found[0]


@pytest.mark.parametrize(
    ("role", "word"),
    [
        ("the mayor of the capital", "mayor"),
        ("the police chief of Lagos State", "chief"),
        ("the head of the Interior Ministry", "head"),
        ("the commander of the northern region", "commander"),
    ],
)
def test_who_after_a_role_with_its_place_is_the_role(role: str, word: str) -> None:
    text = (
        f"The remark drew criticism even from {role}, who told reporters on Monday that he was "
        '"not at war with anyone".'
    )
    speaker = _speaker_of(text, "not at war with anyone")
    assert speaker is not None
    assert word in speaker


def test_who_after_a_person_named_with_a_role_stays_the_person() -> None:
    text = (
        "The remark drew criticism from Ana Diaz of the Lima Bar Association, who told reporters "
        'that the arrests were "plainly unlawful".'
    )
    assert _speaker_of(text, "plainly unlawful") == "Ana Diaz"


def test_who_after_a_group_of_people_stays_the_group() -> None:
    text = 'The march was called by the residents of the district, who said the new road was "a death trap".'
    speaker = _speaker_of(text, "a death trap")
    assert speaker is not None
    assert "residents" in speaker
