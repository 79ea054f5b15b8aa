"""Figure sources on whole articles (round 50): when a count goes on in the last source's voice.

A count with no source of its own after a sentence of reported speech takes that speaker only when
the sentence goes on with what the speaker said: it takes it up by reduced reference (a part of its
count, a bare count, a pronoun or a demonstrative before its verb, the same verb again). A sentence
that names again, with a noun of its own, a thing the reported clause named, and does none of that,
is the writer's narrative: its counts are the outlet's. A passive subject of a verb of saying is what
is reported, never who reports ("nine people had been reported dead"). The sentences are our own,
written from constructions seen in the round's real tune errors.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value, figure_roles


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the thing reported named again, a count in a phrase that describes it
        (
            "Port officials said on Monday that a ferry had capsized off the northern cape. The "
            "ferry, with about 300 passengers on board, was sailing to the islands when a storm "
            "struck.",
            300,
        ),
        # the doers of the reported event named again: the same police, now hurt, in other clashes
        (
            "Around 40 people were held by police for blocking a highway, the regional news service "
            "reported. Over 90 marchers and police officers were hurt in the weekend clashes.",
            90,
        ),
        # the place named again after a later pronoun of its own clause ("their son")
        (
            "Officials said an elderly man and his wife were found dead in their flat in Dunmore on "
            "Sunday. The bodies of the couple were discovered by two Dunmore patrol officers, who "
            "went to the flat after their son grew worried.",
            2,
        ),
        # a part of a whole named by a name of its own, whose subject reports: the reporters counted
        (
            "The news agency said 300 new cases of the fever were confirmed in Veridia in two days, "
            "adding that most cases came from abroad. All 16 of Veridia's regions have reported "
            "infections.",
            16,
        ),
    ],
)
def test_a_sentence_that_names_the_thing_again_is_the_writers(text: str, value: float) -> None:
    assert asserted_by_value(text, value) == [], figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # a part of the count, taken up by a pronoun
        (
            "Two hundred inmates are still at large, prison officials said. Sixty of them have been caught.",
            60,
            "prison officials",
        ),
        # a pronoun subject goes on with the one the speaker spoke of
        (
            "A court clerk said the suspect was in the county jail on Friday. He faces three counts "
            "of arson.",
            3,
            "court clerk",
        ),
        # a part of "the passengers" the speaker spoke of
        (
            "Rescue workers said the bus had plunged into a river near the border. At least 23 of "
            "the passengers were pulled out alive.",
            23,
            "Rescue workers",
        ),
        # no noun named again: the speaker's tally goes on
        (
            "The aid agency said at least 2 million children in the region were going hungry. At "
            "least 900,000 children are out of school.",
            900000,
            "aid agency",
        ),
    ],
)
def test_reported_speech_that_goes_on_keeps_its_speaker(text: str, value: float, source: str) -> None:
    assert any(source in name for name in asserted_by_value(text, value)), figure_roles(text)


def test_a_passive_subject_of_reporting_is_no_speaker() -> None:
    text = (
        "By Tuesday, nine villagers had been reported dead of the fever across the district, "
        "bringing its toll to 140. The count of infections now stands at 5,300."
    )
    assert asserted_by_value(text, 140) == [], figure_roles(text)
    assert asserted_by_value(text, 5300) == [], figure_roles(text)


def test_a_closing_speaker_after_a_comma_still_speaks() -> None:
    text = "Soldiers shot dead at least 14 villagers during the raid, a doctor at the district hospital said."
    assert any("doctor" in name for name in asserted_by_value(text, 14)), figure_roles(text)
