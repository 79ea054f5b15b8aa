"""Round 62: quotes and their speakers. Sentences are our own.

An honorific is a way of naming one person: "His Grace said" after "His Grace Archbishop Peter
Okafor led the mass" is the archbishop, and "you" in a letter that addresses its reader as "Your
Excellency" is the one the letter named "His Excellency …".
"""

from __future__ import annotations

import pytest

from tests._quote_records import marked_quotes, speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the honorific, then a title, then the name
        "His Grace Archbishop Peter Okafor led the funeral mass on Sunday in the cathedral. "
        '"We pray for every family that lost a child this week," His Grace said.',
        # the honorific, "the", an office and the name; the honorific speaks after "had said"
        "The police dispersed the crowd with tear gas on Monday. His Majesty the King Tomas Ferreira had "
        "said in an address to the nation on Friday that the law would stand. "
        '"The door to dialogue remains open to all who wish to express their views peacefully," '
        "His Majesty said.",
    ],
)
def test_an_honorific_speaks_for_the_person_named_with_it(text: str) -> None:
    found = marked_quotes(text, "")
    assert found, found
    assert all(
        speaker is not None and ("Okafor" in speaker or "Ferreira" in speaker) for _, speaker in found
    ), found


def test_you_in_a_letter_that_addresses_an_excellency_is_the_one_it_names() -> None:
    text = (
        "OPEN LETTER\n\n"
        "To: His Excellency Daniel Mwangi Kiprop, President of the Republic\n\n"
        "Your Excellency,\n\n"
        "Six months have passed since police shot eleven students in the capital.\n\n"
        "Your Excellency, when you met the families in March you said that your government would "
        '"punish every officer who fired on the students". That promise has not been kept.'
    )
    # the salutation lines are cleaned away with the letter's heading; the address line stays
    speaker = speaker_of(text, "punish every officer")
    assert speaker is not None and "Kiprop" in speaker, speaker


def test_an_honorific_named_with_no_one_stays_as_written() -> None:
    # no one in the article is named with the honorific: nothing to resolve it to
    text = (
        "Police fired tear gas at the marchers in the capital on Monday. "
        '"The door to dialogue remains open to all," His Majesty said in a statement.'
    )
    found = marked_quotes(text, "door to dialogue")
    assert found, found
    assert all(speaker is not None and "Majesty" in speaker for _, speaker in found), found


def test_you_with_no_honorific_stays_you() -> None:
    text = (
        "Dear colleagues,\n\n"
        'When we met in March you said that the union would "stand by every striking nurse". '
        "That promise has not been kept."
    )
    speaker = speaker_of(text, "stand by every")
    assert speaker is None or speaker.lower() in {"you", "we"}, speaker
