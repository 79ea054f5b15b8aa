"""Round 64: quotes and their speakers. Sentences are our own.

Constructions of the language and of document formats that decide who speaks: the subject of a
passive verb of reporting speaks its infinitive ("X is reported to have told Y: …"); a capitalised
title with the holder's name set off after it, and a clause set off after the name, is the holder
when a pronoun looks back to it; a name set off before the cue and hung on a fronted participle
("Opening the session, the chair, X, said") speaks; a numbered post's number ("8/") is no
subject of the clause before a colon.
"""

from __future__ import annotations

import pytest

from tests._quote_records import marked_quotes, speaker_of

pytestmark = pytest.mark.model


def test_the_subject_of_a_passive_report_speaks_its_infinitive() -> None:
    text = (
        "Police fired on strikers at the mill in Arden on Friday, killing six.\n\n"
        "The regional commander, Colonel Mark Hale, led the operation. Col. Hale is reported to have "
        'told the governor: "The mill is quiet now. If nobody listens to them, it will start again '
        'next spring."'
    )
    speaker = speaker_of(text, "The mill is quiet now")
    assert speaker is not None and "Hale" in speaker, speaker


def test_the_titled_subject_with_a_name_set_off_is_the_pronouns_antecedent() -> None:
    # the title is read as a body and a clause is set off after the name; "she" is the governor,
    # not the president the letter went to
    text = (
        "Strikers blocked the rail line north of Velmar for a second week in March.\n\n"
        "The Regional Governor, Lena Marsh, while meeting the strikers' leaders, asked the capital for "
        "more police. In a letter to President Tom Reyes she described the strike as "
        '"an insurrection that only force can end".'
    )
    found = marked_quotes(text, "an insurrection that only force")
    assert found, found
    assert all(speaker is not None and "Marsh" in speaker for _, speaker in found), found


def test_a_name_set_off_after_a_fronted_participle_speaks() -> None:
    text = (
        "Delegates met in Lisbon on Monday to discuss the shootings at the port.\n\n"
        "Opening the meeting, the committee's chair, Helena Varga, said the delegates had "
        '"a duty to find out who gave the order to fire on the dockers".'
    )
    found = marked_quotes(text, "a duty to find out")
    assert found, found
    assert all(speaker is not None and "Varga" in speaker for _, speaker in found), found


def test_a_fronted_participle_with_the_subject_in_place_keeps_it() -> None:
    # guard: the subject after the participle's phrase is parsed as the subject; nothing changes
    text = (
        "Delegates met in Lisbon on Monday to discuss the shootings at the port.\n\n"
        "Closing the debate, the rapporteur, Jonas Ekberg, said the report would be "
        '"ready by the end of the summer, whatever the ministry says".'
    )
    found = marked_quotes(text, "ready by the end of the summer")
    assert found, found
    assert all(speaker is not None and "Ekberg" in speaker for _, speaker in found), found


def test_a_posts_number_is_no_subject_before_a_colon() -> None:
    text = (
        "Harbour Watch (@harbourwatch) · Thread · 4 October 2021\n\n"
        "1/ Ten years ago today, police opened fire on dockers at the port of Velmar. Six men died. "
        "A thread.\n\n"
        "7/ The inquiry counted at least 40 cases of arson.\n\n"
        '8/ On May 21, Tanaka went on television: "I have decided to resign as President of the '
        'Republic, effective from the time I read this statement."'
    )
    speaker = speaker_of(text, "I have decided to resign")
    assert speaker is not None and "Tanaka" in speaker, speaker
