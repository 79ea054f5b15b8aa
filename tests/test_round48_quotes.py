"""Quotes of round 48: read from the real tune splits (news wires, web news, Wikinews, AQUAINT).

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


# -- a document no sentence introduced records what was said just before ------------------------


def test_a_statement_after_a_bodys_reported_words_is_the_bodys() -> None:
    text = (
        "The Estavian embassy in Marrow said on Monday that all ferries would stop for a week. "
        "The statement, posted on its website, said the pause was “needed to rebuild the northern "
        "pier before the winter storms.”"
    )
    found = _speakers(text, "needed to rebuild the northern pier")
    assert found and "embassy" in found[0]


def test_a_warning_after_is_warning_that_is_the_warners() -> None:
    # "warning" is no document noun of the list: the noun of the speaker's own verb names its record
    text = (
        "Estavia's consulate in Marrow is warning that its citizens flying home may face long "
        "checks at the airport. The warning, put up on Sunday on the consulate website, said the "
        "checks followed “a sudden hardening of the rules on hand luggage.”"
    )
    found = _speakers(text, "a sudden hardening of the rules")
    assert found and "consulate" in found[0]


def test_a_communique_whose_sentence_the_parser_split_is_the_councils() -> None:
    # the opening phrase hangs on the spokesman who read it: the issuer is the one the
    # sentence after ("It said") was resolved to
    text = (
        "Street protests over fuel prices went on for a third day in Veltra.\n\n"
        "In a communiqué read on the radio by cabinet spokesman Oren Maddox, the Council of "
        "Elders said two people had died in the unrest on Friday. It said 40 people were hurt.\n\n"
        "“The council mourns the dead and calls for calm in every district,” the communiqué said."
    )
    found = _speakers(text, "The council mourns the dead")
    assert found and "Council of Elders" in found[0]


def test_a_document_that_names_its_issuer_keeps_its_words() -> None:
    # guard: "the navy statement" names the navy, not the last speaker
    text = (
        "The governor said the port would reopen soon.\n\n"
        "“Three vessels were cleared from the channel overnight,” the navy statement said."
    )
    found = _speakers(text, "Three vessels were cleared")
    assert found and "navy" in found[0].lower()


def test_a_document_named_after_the_last_speaker_stays_its_issuers() -> None:
    # guard: the statement is the ministry's, named after the union spoke
    text = (
        "The dockers' union said the strike would go on until Friday. The transport ministry, in a "
        "statement, rejected the union's demands. “No ship will be held in port by force,” the "
        "statement said."
    )
    found = _speakers(text, "No ship will be held")
    assert found and "ministry" in found[0].lower()
