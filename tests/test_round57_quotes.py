"""Round 57: quotes and their speakers. Sentences are our own.

A title followed by its holder's name, then a clause set off by commas before the verb of saying
("Minister of Interior Ahmed Salim, speaking at a news conference, said …"): the parser makes the
title the subject and hangs the clause from it or from the name, so the phrase no longer ends in
the name, and the title alone ("Minister") was taken as the speaker.
"""

from __future__ import annotations

import pytest

from tests._quote_records import speaker_of as _speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("title", "clause"),
    [
        ("Minister of Interior", "speaking at a news conference on Monday"),
        ("Inspector-General of Police", "speaking to reporters in the capital on Monday"),
        ("Chief of Police", "who took office in May"),
        ("Governor of Lagos State", "who spoke to reporters on Monday"),
        ("The Minister of Interior,", "speaking at a news conference"),
    ],
)
def test_a_set_off_clause_after_a_titled_name_keeps_the_name(title: str, clause: str) -> None:
    text = f'{title} Ahmed Salim, {clause}, said the marchers had "crossed every red line".'
    assert _speaker_of(text, "crossed every red line") == "Ahmed Salim"


def test_a_long_title_with_a_set_off_clause_keeps_the_name() -> None:
    text = (
        "U.N. Special Rapporteur on Iran Mai Sato, speaking in Geneva on Monday, said the hangings "
        'were "a grave concern for everyone".'
    )
    assert _speaker_of(text, "a grave concern") == "Mai Sato"


def test_the_titled_name_without_a_clause_still_speaks() -> None:
    text = 'Minister of Interior Ahmed Salim said the marchers had "crossed every red line".'
    assert _speaker_of(text, "crossed every red line") == "Ahmed Salim"


def test_a_name_inside_the_clause_is_not_the_speaker() -> None:
    # the name after the comma belongs to the clause ("meeting Ana Diaz"), not to the title
    text = (
        "The Minister of Interior, meeting Ana Diaz in Lima on Monday, said the marchers had "
        '"crossed every red line".'
    )
    assert _speaker_of(text, "crossed every red line") != "Ana Diaz"
