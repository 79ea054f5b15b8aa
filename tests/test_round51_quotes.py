"""Quotes of round 51: read from the real tune splits (the mixed PolNeAR/AQUAINT/LGL split first).

Every sentence here was written for these tests (none comes from a gold set or
a corpus story). Each test failed before the rule it tests unless its comment
says it is a guard.
"""

from __future__ import annotations

from tests._quote_records import quote_records


def _kinds(text: str, words: str) -> list[str]:
    """The kinds of the records whose text holds *words*."""
    return [kind for kind, quoted, _ in quote_records(text) if words in quoted]


# -- a name given in marks is no one's words --------------------------------------------------------


def test_a_name_in_marks_after_a_passive_naming_verb_is_no_quote() -> None:
    text = (
        'The ministry said many tenants believe that because the scheme is called "affordable '
        'housing," the rents can never rise.'
    )
    assert "mixed" not in _kinds(text, "affordable housing")


def test_a_second_name_in_marks_after_known_as_a_name_is_no_quote() -> None:
    text = (
        'Police said the smuggling ring was run by a man known as Tobin, "The Ferryman." He has '
        "not been seen since May."
    )
    assert "mixed" not in _kinds(text, "The Ferryman")


def test_a_group_known_as_a_name_and_its_nickname_in_marks_is_no_quote() -> None:
    text = (
        'Officials said a militia known as the Valley Guard, "The Shepherds," had taken the bridge on Sunday.'
    )
    assert "mixed" not in _kinds(text, "The Shepherds")


def test_a_man_called_by_a_name_and_a_nickname_in_marks_is_no_quote() -> None:
    text = (
        'Witnesses said the convoy was led by a man called Osric, "The Hammer," who gave the orders by radio.'
    )
    assert "mixed" not in _kinds(text, "The Hammer")


def test_guard_a_verdict_after_active_called_stays_a_mixed_quote() -> None:
    # guard: "called X “…”" is the subject's verdict in its own words
    text = 'The mayor called Halvard Brenz, the council\'s leader, "a coward and a liar" on Tuesday.'
    assert "mixed" in _kinds(text, "a coward and a liar")


def test_guard_a_verdict_in_reported_speech_stays_a_mixed_quote() -> None:
    # guard: marks in a reported clause with no naming verb before them are the speaker's words
    text = 'The mayor said the plan was "a shameful waste" and would be dropped before the summer.'
    assert "mixed" in _kinds(text, "a shameful waste")


def test_guard_words_after_a_known_as_name_that_read_as_speech_stay_a_quote() -> None:
    # guard: after "known as X," the marked words are a name only when they read as one
    text = (
        'The veteran, known as Tobin, "will never give up the fight for the river," his lawyer '
        "told the court on Friday."
    )
    assert _kinds(text, "will never give up the fight")


def test_a_nickname_in_marks_after_a_hyphenated_name_is_no_quote() -> None:
    text = (
        'Investigators say the cell answered to a network known as Al-Hadid, "The Iron." Its '
        "leaders have not been found."
    )
    assert "mixed" not in _kinds(text, "The Iron")


def test_guard_a_passive_naming_verb_with_its_agent_stays_a_quote() -> None:
    # guard: "was called “…” by X" is X's verdict in X's words
    text = (
        'The report said the new bridge was called "a monument to waste" by the opposition leader '
        "during the debate."
    )
    assert _kinds(text, "a monument to waste")
