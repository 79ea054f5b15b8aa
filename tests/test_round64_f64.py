"""Round 64 (f64): who gives a figure. Sentences are our own.

- A finding or a report whose reported clause only quotes a few of the source's words (a mixed
  quote: "The panel found that the guards had acted "without any order"") still speaks for the
  counts of the next sentence, as reported speech with no quote marks does; a sentence of the
  source's own words in quote marks ends its report.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value

pytestmark = pytest.mark.model


def test_a_finding_with_a_quoted_fragment_goes_on_into_the_next_sentence() -> None:
    text = (
        "The inquiry found that when the crowd reached the gate, the guards opened fire "
        '"without any order from their commander". Nine villagers were killed and 24 others were '
        "wounded by gunfire."
    )
    assert asserted_by_value(text, 9) == ["inquiry"]
    assert asserted_by_value(text, 24) == ["inquiry"]


def test_a_report_with_a_quoted_fragment_goes_on_too() -> None:
    text = (
        'The ombudsman said the police had acted with "excessive and unlawful force". At least 14 '
        "people were detained overnight."
    )
    assert asserted_by_value(text, 14) == ["ombudsman"]


def test_a_quoted_sentence_still_ends_the_report() -> None:
    # the reported clause itself is in quote marks: the source's words end, the writer goes on
    text = (
        'The governor said: "We will not let the town burn again." At least 14 people were detained '
        "overnight."
    )
    assert asserted_by_value(text, 14) == []


def test_a_fragment_quoted_before_the_verb_of_saying_ends_it() -> None:
    text = (
        '"Order has been restored," the governor said on Sunday. At least 14 people were detained overnight.'
    )
    assert asserted_by_value(text, 14) == []


DEBATE = (
    "HOUSE OF ASSEMBLY\n\n"
    "Tuesday, 4th May\n\n"
    "RIVER VALLEY SHOOTINGS\n\n"
    "Mr. Thomas Okello (Eastgate): On the morning of 2nd April, police opened fire on the workers "
    "gathered at the mill gate.\n\n"
    "By the evening nine of them were dead. Forty-one others were taken to the district hospital.\n\n"
    "The Colonial Secretary (Mr. Samuel Wekesa): The hon. Member will know that I have "
    "ordered an inquiry. On that morning, 230 workers were at the gate, and 64 officers were on duty.\n\n"
    "Since then, fourteen officers have been suspended.\n\n"
    "Mr. Okello: How many workers are still held?\n\n"
    "Mr. Wekesa: About 120, and their number is falling.\n"
)


def test_a_speech_goes_on_over_its_unlabelled_paragraphs() -> None:
    assert asserted_by_value(DEBATE, 9) == ["Thomas Okello"]
    assert asserted_by_value(DEBATE, 41) == ["Thomas Okello"]
    assert asserted_by_value(DEBATE, 14) == ["Samuel Wekesa"]


def test_a_minister_labelled_by_office_speaks_his_turn() -> None:
    assert asserted_by_value(DEBATE, 230) == ["Samuel Wekesa"]
    assert asserted_by_value(DEBATE, 64) == ["Samuel Wekesa"]


def test_one_labelled_statement_is_no_transcript() -> None:
    # a press release's one "Name, role:" paragraph: the paragraphs after it are the release's
    text = (
        "Riverside, 4 May\n\n"
        "Maria Santos, director of the Riverside Legal Centre: We call for the release of everyone "
        "held since Friday.\n\n"
        "Police detained 73 people at the march on Friday. Eleven were released on Sunday.\n"
    )
    assert "Maria Santos" not in asserted_by_value(text, 73)


def test_a_paragraph_that_names_the_speaker_is_the_narrators() -> None:
    text = (
        "NEWS CONFERENCE\n\n"
        "DR. ANNA MOREL: We have treated many of the wounded at our clinic since the weekend.\n\n"
        "REPORTER: How many are still there?\n\n"
        "DR. ANNA MOREL: Some of them, not many, and we hope to send them home soon.\n\n"
        "Dr. Morel said later that 37 people had been treated for gunshot wounds.\n\n"
        "Police arrested 58 people on Sunday.\n"
    )
    assert asserted_by_value(text, 58) == []


def test_an_estimate_under_a_passive_of_hearsay_is_its_subjects() -> None:
    text = (
        "Exiled opposition groups speak of 6,000 dead; the French consulate in the capital is "
        "understood to have estimated the dead at 2,400."
    )
    assert asserted_by_value(text, 6000) == ["Exiled opposition groups"]
    assert asserted_by_value(text, 2400) == ["French consulate"]


def test_a_deed_under_a_passive_of_hearsay_gives_no_source() -> None:
    assert asserted_by_value("The militia is said to have killed 300 villagers in March.", 300) == []


def test_a_passive_past_with_its_own_date_after_a_present_record_is_the_writers() -> None:
    text = (
        "A police report dated May records the arrest of 900 people in the campaign. In Eastport, on "
        "25 March, six members of the strike committee were shot in public."
    )
    assert asserted_by_value(text, 900) == ["police report"]
    assert asserted_by_value(text, 6) == []


def test_a_part_taken_up_after_a_present_saying_still_goes_on() -> None:
    text = "Rights groups say 300 detainees are at risk. Forty of them were moved to a jail on May 3."
    assert asserted_by_value(text, 40) == ["Rights groups"]


def test_names_established_by_researchers_are_their_count() -> None:
    text = (
        "The regime announced in July that 38 people had died. Researchers working with the city "
        "archive have since established the names of 61 people who were killed. About 500 people "
        "were wounded."
    )
    assert asserted_by_value(text, 61) == ["Researchers"]
    assert asserted_by_value(text, 500) == ["Researchers"]


def test_checkpoints_established_are_no_finding() -> None:
    assert asserted_by_value("The army established 12 checkpoints around the town.", 12) == []
