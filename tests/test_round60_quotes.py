"""Round 60: quotes and their speakers. Sentences are our own.

A cue in the simple past joined by "and" to a reported clause in the past perfect ("X said that
four people had died …, and blamed “…”"): the parser hangs the cue on the reported verb, and its
subject became the dead. The tense says the cue is no part of what was reported: it goes on from
the verb of saying.

A verb in -s taken for a plural noun ("the Supreme Court rules that …", "X calls … “…”"): a
timeline's present tense; the parse still gives the word a subject and makes it the root, and it
is read as the verb it is.
"""

from __future__ import annotations

import pytest

from tests._quote_records import marked_quotes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        'The ministry said on Monday that six protesters had died in the capital, and blamed "armed gangs '
        'paid from abroad" for the violence.',
        "Police spokesman Omar Haddad said on Monday that six people had died in the capital, and blamed "
        '"foreign agents and their paid helpers" for the unrest.',
    ],
)
def test_a_cue_after_a_backshifted_clause_goes_on_from_the_verb_of_saying(text: str) -> None:
    found = marked_quotes(text, "for the")
    assert found, found
    for _, speaker in found:
        assert speaker is not None
        assert "people" not in speaker and "protesters" not in speaker
        assert "ministry" in speaker or "Haddad" in speaker


def test_a_conjunct_sharing_the_perfect_stays_with_the_reported_subject() -> None:
    text = 'Police said protesters had gathered outside the palace and chanted "down with the dictator" for hours.'
    found = marked_quotes(text, "down with the dictator")
    assert found, found
    assert all(speaker is not None for _, speaker in found)


def test_a_passive_backshifted_clause_keeps_one_speaker() -> None:
    text = (
        "The ministry said on Monday that six protesters had been killed in the capital, and blamed "
        '"armed gangs paid from abroad" for the violence.'
    )
    found = marked_quotes(text, "armed gangs")
    assert found
    assert all(speaker is not None and "ministry" in speaker for _, speaker in found)


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            "Foreign Minister Ana Diaz calls extending the state of emergency to the north "
            '"a grave mistake that will cost lives".',
            "a grave mistake",
            "Diaz",
        ),
        (
            "In Diaz v. Peru, the Inter-American Court of Human Rights rules that the raid "
            '"must be treated as torture within the meaning of the Convention".',
            "must be treated as torture",
            "Court",
        ),
    ],
)
def test_a_verb_taken_for_a_plural_noun_is_a_cue(text: str, words: str, who: str) -> None:
    found = marked_quotes(text, words)
    assert found, found
    assert any(speaker is not None and who in speaker for _, speaker in found)


def test_a_plural_noun_that_is_a_subject_is_no_cue() -> None:
    text = "The accident reports describe officers bumping into the back of one car."
    assert not marked_quotes(text, "officers bumping")
