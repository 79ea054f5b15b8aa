"""Figure sources on whole articles (round 51): a count in the frame of the saying, not in what is said.

A verb of saying has more around it than what is said: who hears it ("told envoys of 25
countries"), the occasion ("at a hearing watched by 2 million people") and the topic ("said of the
attack, which was filmed by two passers-by"). A count there describes the scene of the saying, as a
participle picturing the speaker does ("…, surrounded by envoys of 50 countries", `_speaker_described`): the
writer gives it, not the one who speaks. The sentences are our own, written from constructions seen
in the round's real tune errors.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value, figure_roles


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the hearer: who is told
        (
            "\u201cWe are grateful for every offer of help,\u201d the minister, Paul Grant, told "
            "envoys of 25 European countries in the capital.",
            25,
        ),
        # the occasion, with a clause of its own
        (
            "Two senators, Ann Cole and Mark Dale, cited the figure at a hearing watched by 2 million "
            "people.",
            2_000_000,
        ),
        # the topic, with a clause of its own
        (
            "\u201cIt was a cruel and senseless act,\u201d the family's lawyer, Rita Moss, said of the "
            "assault, which was filmed by at least three passers-by.",
            3,
        ),
    ],
)
def test_a_count_in_the_frame_of_the_saying_is_the_writers(text: str, value: float) -> None:
    assert asserted_by_value(text, value) == [], figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # what is told, after who hears it
        ("The minister, Paul Grant, told reporters that 25 people had been arrested.", 25, "Paul Grant"),
        # the occasion without a clause; the count in what is said
        (
            "Police said at a news conference on Monday that 14 people were detained overnight.",
            14,
            "Police",
        ),
        # "at the time that …": the clause is what is said, hung on "time" by the parser
        (
            "The Harbour Rescue Service, which takes no side, said at the time that its crews had "
            "carried 250 people to safety over the weekend.",
            250,
            "Harbour Rescue Service",
        ),
        # the topic itself counted: what the speaker speaks of
        (
            "The governor, Ellen Marsh, said 40 homes had burned, speaking of the fire that swept "
            "the valley.",
            40,
            "Ellen Marsh",
        ),
    ],
)
def test_a_count_in_what_is_said_keeps_its_speaker(text: str, value: float, source: str) -> None:
    assert asserted_by_value(text, value) == [source], figure_roles(text)
