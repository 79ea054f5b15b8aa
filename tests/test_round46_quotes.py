"""Quotes on pages copied from the web (round 46, issue 13).

- an embedded post whose words stand in no quote marks is not a quote (ANNOTATION.md: words in
  quote marks): its author's signature, card or handle does not make one of it, and a quote
  inside the post ("A nurse told me: “…”") keeps the speaker its own sentence names;
- a paragraph opened by a label and a colon is a speaker's turn only when it can be one: not a
  list entry with no clause of its own ("Tabriz: Karim Azadi, 23, a taxi driver shot …"), not a
  picture's caption ("FILE PHOTO: Riot police stand …"), not a dateline that gives a day
  ("Lahore, 14 June 2024: The provincial police chief chaired …");
- words a page prints twice (a pull quote set apart from the body, a live blog's entry that
  repeats an earlier one) are one quote.

Read from the errors of the tune splits (`reports_own` work24, work30, work46 and work); the
sentences here are our own.
"""

from __future__ import annotations

import tally


def _direct_or_mixed(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of the direct and mixed quotes of *text* as tally reads the page (its
    cleaner may set an embedded post apart, so offsets are not checked here)."""
    return [(q.kind, q.text, q.speaker_name) for q in tally.analyze(text).quotes if q.kind != "indirect"]


def _marked(text: str, words: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the direct and mixed quotes whose text holds *words*."""
    return [(kind, name) for kind, quoted, name in _direct_or_mixed(text) if words in quoted]


# -- embedded posts without quote marks ---------------------------------------------------------


def test_an_unmarked_post_with_a_signature_is_no_quote() -> None:
    text = (
        "Footage shared online showed crowds in the old city on Friday.\n\n"
        "Thousands are marching to the governor's office right now. Nobody is afraid anymore.\n"
        "— Lina Haddad (@linahaddad) March 8, 2024\n\n"
        "The governor's office did not answer questions."
    )
    assert _marked(text, "Thousands are marching") == []


def test_an_unmarked_card_post_is_no_quote() -> None:
    text = (
        "Relatives of the detained spoke out online.\n\n"
        "Amina Okoro\n@aminaokoro\n"
        "My brother has been held for nine days without a lawyer. Nobody will tell us where he is.\n"
        "9:12 PM · Mar 5, 2024\n\n"
        "The police did not comment."
    )
    assert _marked(text, "My brother has been held") == []


def test_a_quote_inside_an_unmarked_post_keeps_its_own_speaker() -> None:
    text = (
        "An activist in the city posted this message:\n\n"
        'A doctor at the central hospital told me: "We have no more blood and no more beds for the '
        'wounded." Dozens were killed in the city today.\n'
        "— Karim Saleh (@karimsaleh) June 3, 2023\n"
    )
    found = _marked(text, "We have no more blood")
    assert len(found) == 1
    assert found[0][1] is not None and "doctor" in found[0][1]


def test_guard_a_marked_post_with_a_signature_is_its_authors_quote() -> None:
    text = (
        "The opposition leader answered within the hour.\n\n"
        '"We will march again on Saturday, whatever the police do to us."\n'
        "— Lina Haddad (@linahaddad) March 8, 2024\n"
    )
    assert _marked(text, "We will march again") == [("direct", "Lina Haddad")]


# -- a label and a colon that open no turn ------------------------------------------------------


def test_a_list_of_victims_by_city_is_no_quote() -> None:
    text = (
        "Rights groups have named more of the dead.\n\n"
        "Tabriz: Karim Azadi, 23, a taxi driver shot in the back near the bazaar on March 3; Leila "
        "Sadri, 30, a nurse who died of her wounds two days later.\n\n"
        "Ahvaz: Omid Farahani, 41, a teacher shot outside his home on March 4."
    )
    assert _direct_or_mixed(text) == []


def test_a_photo_caption_is_no_quote() -> None:
    text = (
        "Protesters set fire to banks in several cities on Sunday.\n\n"
        "FILE PHOTO: Riot police stand guard near a burning bank in central Tabriz, March 3, 2024. "
        "Ali Rezaei/Reuters\n\n"
        "The interior ministry said order had been restored."
    )
    assert _direct_or_mixed(text) == []


def test_a_dateline_with_a_day_is_no_speaker() -> None:
    text = (
        "SINDH POLICE\nOffice of the Inspector General of Police, Karachi\nPress Release No. 212\n\n"
        "Karachi, 14 June 2024: Inspector General of Police Sindh Tariq Mahmood today chaired a "
        "meeting at the Central Police Office to review the operations against those involved in "
        "the riots of last week in several districts of the province."
    )
    assert _direct_or_mixed(text) == []


def test_guard_a_speakers_label_still_opens_a_turn() -> None:
    text = (
        "HANNA BERG: Welcome back. Samuel, what did you see at the clinic on Monday?\n\n"
        "SAMUEL OKAFOR: We received nine young men with gunshot wounds in one night. Most of them "
        "were shot in the legs.\n\n"
        "HANNA BERG: Thank you, Samuel."
    )
    # round 47: the turn stands in no quote marks, so it is the speaker's reported words
    records = [(q.kind, q.text, q.speaker_name) for q in tally.analyze(text).quotes]
    found = [(k, name) for k, words, name in records if "We received nine young men" in words]
    assert found and found[0][0] == "indirect" and found[0][1] is not None and "Okafor" in found[0][1].title()


# -- the same words printed twice -----------------------------------------------------------------


def test_a_pull_quote_repeating_the_body_is_one_quote() -> None:
    text = (
        "Among those released on Monday was Pavel Orlov, a 31-year-old engineer.\n\n"
        '"They kept sixty of us in a room built for ten. We did not get water for a whole day," '
        "Orlov told reporters outside the gates.\n\n"
        '"They kept sixty of us in a room built for ten."\n\n'
        "The interior ministry denied that detainees had been mistreated."
    )
    assert len(_marked(text, "They kept sixty of us")) == 1


def test_a_live_blog_entry_repeating_a_mixed_quote_is_one_quote() -> None:
    text = (
        "18.05 BST\nSummary\n\n"
        'President Omar Haddad said the state must "deal firmly with those who threaten public order '
        'and the safety of citizens".\n\n'
        "17.02 BST\nHaddad vows firm response\n\n"
        'Haddad has said the state must "deal firmly with those who threaten public order and the '
        'safety of citizens", state media reported.'
    )
    assert len(_marked(text, "deal firmly with those")) == 1


def test_guard_words_said_twice_by_two_people_stay_two_quotes() -> None:
    text = (
        '"We will not leave the square until the ministers resign," said Rafael Ortiz, a student '
        "leader.\n\n"
        'Hours later the union chief, Marta Gil, told the crowd: "We will not leave the square until '
        'the ministers resign."'
    )
    assert len(_marked(text, "We will not leave the square")) == 2
