"""Round 58: quotes and their speakers. Sentences are our own.

A relative "who" after a role with its place or body ("the mayor of the capital, who told reporters that
he was “…”", "the head of the Interior Ministry, who said …"): the parser hangs the clause from
the place or body after the role's preposition, and the place was taken as the speaker. "Who"
refers to a person: the role noun the preposition hangs from.
"""

from __future__ import annotations

import pytest

from tests._quote_records import speaker_of as _speaker_of
from tests._quote_records import speakers_by_quote as _speakers

pytestmark = pytest.mark.model


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


# A transcript's turns: a person's name and a colon opening a line give that person the quote
# after it ("Mr Haddad: “…”"); the label was read only on the text's first line, so a later
# turn went on from the speaker before it.

_BRIEFING = (
    "The minister, Omar Haddad, took questions after the briefing.\n\n"
    'Lina Sayed: "Rights groups say 23 people were killed. Why should anyone believe your figure?"\n\n'
)


def test_a_labelled_turn_on_a_later_line_is_the_label_s() -> None:
    text = _BRIEFING + 'Omar Haddad: "Our figures come from the hospitals. They are checked name by name."'
    assert _speaker_of(text, "Our figures come from") == "Omar Haddad"
    assert _speaker_of(text, "Rights groups say") == "Lina Sayed"


def test_a_labelled_turn_with_prose_after_it_is_the_label_s() -> None:
    text = (
        _BRIEFING + 'Omar Haddad: "Our figures come from the hospitals. They are checked name by name." '
        "The minister added that the police had done nothing wrong."
    )
    assert _speaker_of(text, "Our figures come from") == "Omar Haddad"


def test_a_place_label_on_a_later_line_is_no_speaker() -> None:
    text = (
        'Police fired tear gas on Monday.\n\nIran: "We will not bow to pressure"\n\nThe march ended at dusk.'
    )
    assert _speakers(text).get("We will not bow to pressure") != "Iran"


# A sentence that sets a person against what was said before, in a comparative, introduces the
# quote after it, which has no cue of its own ("The spokesman went further. “…”").


@pytest.mark.parametrize("stance", ["went further", "was more blunt"])
def test_a_comparative_stance_introduces_the_quote_after_it(stance: str) -> None:
    text = (
        "The police said 40 people were hurt.\n\n"
        f'Interior ministry spokesman Omar Haddad {stance}. "There were no peaceful marchers that '
        'night; what we saw was a riot." The internet was cut on Monday.'
    )
    assert _speaker_of(text, "no peaceful marchers") == "Omar Haddad"


def test_a_sentence_about_a_person_without_a_comparative_gives_no_words() -> None:
    text = '"We want justice," said Maria Lopez.\n\nHer son Juan died on Monday. "He was only 17 and he never hurt anyone."'
    assert _speaker_of(text, "He was only 17") != "Juan"


def test_a_live_blog_heading_on_a_later_line_stays_the_body_s() -> None:
    # a heading's label that is no person ("Government:") keeps the words with the body's speaker
    text = (
        "Police detained hundreds.\n\n13:30 EAT\nGovernment: 'A few incidents of criminality'\n\n"
        'Government spokesman Omar Haddad told state television that "a few incidents of criminality" '
        "had been dealt with."
    )
    assert _speaker_of(text, "A few incidents") == "Omar Haddad"
