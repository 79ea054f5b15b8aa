"""Quotes of round 49: read from the real tune splits (news wires, web news, Wikinews, AQUAINT).

Every sentence here was written for these tests (none comes from a gold set or
a corpus story). Each test failed before the rule it tests unless its comment
says it is a guard.
"""

from __future__ import annotations

import tally


def _quoted(text: str, words: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the direct and mixed quotes whose text holds *words*."""
    return [
        (q.kind, q.speaker_name)
        for q in tally.analyze(text).quotes
        if words in q.text and q.kind != "indirect"
    ]


def _speakers(text: str, words: str) -> list[str]:
    return [name or "" for _, name in _quoted(text, words)]


# -- a stance the subject expresses introduces the quoted words -------------------------------------


def test_expressed_concern_that_gives_the_quote_to_the_subject() -> None:
    text = (
        "Prices rose again in the spring. Senator Aldo Brenner expressed concern that “our open "
        "markets have made us weak against pressure from abroad.”"
    )
    assert _speakers(text, "our open markets have made us weak") == ["Aldo Brenner"]


def test_voiced_hope_that_gives_the_quote_to_the_subject() -> None:
    text = (
        "The talks stalled again on Tuesday. Foreign Minister Ilse Varnhold voiced hope that “both "
        "sides will come back to the table before the winter sets in.”"
    )
    assert _speakers(text, "both sides will come back to the table") == ["Ilse Varnhold"]


def test_shared_concerns_over_gives_the_quoted_words_to_the_subjects() -> None:
    text = (
        "The two allies met in Kestel last week. In a joint note, Arvia and Dromland shared concerns "
        "over their neighbour's “fast growth of its missile stocks” and agreed to hold drills."
    )
    found = _speakers(text, "fast growth of its missile stocks")
    assert found and ("Arvia" in found[0] or "Dromland" in found[0])


def test_reacted_with_shock_gives_the_quote_to_the_subject() -> None:
    text = (
        "Lena Moor of Dayton was told by her doctor, “The implant you got might have been faulty.” "
        "Moor reacted with shock, “I was stunned because I had no idea what he meant. I just thought "
        "they fixed my knee.”"
    )
    assert _speakers(text, "I was stunned because I had no idea") == ["Lena Moor"]


def test_guard_a_feeling_of_others_named_as_an_object_is_no_cue() -> None:
    # guard: the stance is not the subject's own ("caused alarm"): the quote keeps its cue's speaker
    text = (
        "The new rules caused alarm among traders in the port. “We will lose half our trade by "
        "the spring,” said Omar Tessel, who runs a shipping firm."
    )
    assert _speakers(text, "We will lose half our trade") == ["Omar Tessel"]


def test_guard_a_said_cue_keeps_its_speaker_after_a_stance() -> None:
    # guard: a stance sentence before a quote with a cue of its own changes nothing
    text = (
        "Aldo Brenner expressed concern about the vote. “The count was slow and the rooms were "
        "closed to observers,” said Mira Castell, who watched the count for a civic group."
    )
    assert _speakers(text, "The count was slow") == ["Mira Castell"]
