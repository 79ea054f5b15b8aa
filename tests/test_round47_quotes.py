"""Quotes of round 47: briefing transcripts, interviews and labelled statements in no quote marks.

Every sentence here was written for these tests (none comes from a gold set or
a corpus story). Each test failed before the rule it tests unless its comment
says it is a guard.
"""

from __future__ import annotations

import tally


def _records(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every record tally gives *text*, reported words included."""
    return [(q.kind, q.text, q.speaker_name) for q in tally.analyze(text).quotes]


def _quoted(text: str, words: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the direct and mixed quotes whose text holds *words*."""
    return [(k, name) for k, said, name in _records(text) if words in said and k != "indirect"]


# -- a turn in no quote marks is its speaker's reported words, not a quote -----------------------

_BRIEFING = (
    "Press briefing on Freedonia\n\n"
    "Spokesperson for the Regional Rights Office: Ines Caldera\n"
    "Location: Lisbon\n\n"
    "We are worried by the arrests of students in the capital since Monday.\n\n"
    "Question (Daily Courier): Do you have a figure for those still held?\n\n"
    "Answer: Our team has counted at least 140 students in custody, and families say they "
    "cannot visit them. We have asked the authorities for a list.\n"
)


def test_an_answer_in_a_briefing_is_no_quote() -> None:
    assert _quoted(_BRIEFING, "Our team has counted at least 140") == []


def test_an_answer_in_a_briefing_keeps_its_speaker_as_reported_words() -> None:
    found = [(k, name) for k, said, name in _records(_BRIEFING) if "Our team has counted" in said]
    assert found and found[0][0] == "indirect" and "Caldera" in (found[0][1] or "")


_TRANSCRIPT = (
    "The mayor, Tomas Brennik, and the fire chief, Ada Kowal, spoke at the town hall on Friday.\n\n"
    "TOMAS BRENNIK: The water reached the second floor of the school before noon. Nobody was "
    "inside.\n\n"
    "ADA KOWAL: Our crews carried out forty people from the flats on the river bank.\n"
)


def test_a_turn_labelled_in_capitals_is_no_quote() -> None:
    assert _quoted(_TRANSCRIPT, "Our crews carried out forty people") == []
    assert _quoted(_TRANSCRIPT, "The water reached the second floor") == []


def test_a_label_and_a_colon_below_the_headline_is_no_quote() -> None:
    text = (
        "Floods across the valley\n\n"
        "Heavy rain fell for a third day on Thursday.\n\n"
        "Valley Rescue Service: Our teams have found 30 people alive under the bridge.\n"
    )
    assert _quoted(text, "Our teams have found 30 people") == []


def test_a_marked_quote_inside_an_answer_keeps_its_speaker() -> None:
    # the answer took the whole paragraph, the quote inside with it
    text = _BRIEFING + (
        "\nQuestion (Radio Sur): Has the minister responded?\n\n"
        "Answer: Not yet. The Regional Commissioner, Pavel Orlik, said on Tuesday: "
        "\u201cEvery student must be allowed to see a lawyer within a day of arrest.\u201d\n"
    )
    found = _quoted(text, "Every student must be allowed")
    assert len(found) == 1 and found[0][0] == "direct" and "Orlik" in (found[0][1] or "")


def test_guard_a_marked_quote_with_a_cue_is_still_a_quote() -> None:
    text = (
        "Ines Caldera, a spokesperson for the office, spoke on Friday.\n\n"
        "\u201cWe have asked the authorities for a list of everyone in custody,\u201d Caldera said.\n"
    )
    found = _quoted(text, "We have asked the authorities")
    assert len(found) == 1 and found[0][0] == "direct" and "Caldera" in (found[0][1] or "")


def test_a_quote_inside_an_answer_goes_on_over_the_paragraph_break() -> None:
    # the answer (reported words) enclosed the quote, so the paragraph that carries the quote on
    # took the answer's speaker
    text = _BRIEFING + (
        "\nQuestion (Radio Sur): Has the minister responded?\n\n"
        "Answer: Not yet. The Regional Commissioner, Pavel Orlik, said on Tuesday: \u201cEvery "
        "student must be allowed to see a lawyer within a day of arrest. Nobody may be held in "
        "secret.\n\n"
        "\u201cThe families must be told where their children are.\u201d\n"
    )
    found = _quoted(text, "The families must be told")
    assert len(found) == 1 and "Orlik" in (found[0][1] or "")


# -- quoted words inside a report within a report are the inner speaker's -------------------------


def test_quoted_words_after_according_to_are_the_inner_speakers() -> None:
    text = (
        "According to a wire report, the interior minister said the marchers were "
        "\u201cpaid agents of foreign powers\u201d.\n"
    )
    found = _quoted(text, "paid agents of foreign powers")
    assert len(found) == 1 and found[0][0] == "mixed" and "minister" in (found[0][1] or "")


def test_a_charge_quoted_after_according_to_is_the_accusers() -> None:
    text = (
        "According to court papers seen by the lawyers, the State Prosecutor accused the teacher of "
        "\u201cspreading false news to disturb public order.\u201d\n"
    )
    found = _quoted(text, "spreading false news")
    assert len(found) == 1 and "Prosecutor" in (found[0][1] or "")


def test_words_reported_inside_a_noted_clause_are_the_inner_speakers() -> None:
    text = (
        "The commission's chair noted that the governor, in a speech on Friday, said he was "
        "\u201cdeeply ashamed of what the officers did\u201d and had ordered an inquiry.\n"
    )
    found = _quoted(text, "deeply ashamed")
    assert len(found) == 1 and "governor" in (found[0][1] or "")


def test_guard_a_quoted_word_after_an_act_verb_stays_the_outer_sources() -> None:
    text = "A court alleged that the journalist had posted \u201cprovocative\u201d messages on his channel.\n"
    found = _quoted(text, "provocative")
    assert all("court" in (name or "") for _, name in found)


def test_guard_a_participle_of_saying_leaves_the_quote_to_the_subject() -> None:
    # "saying" has no subject of its own: the words are the minister's, not the residents'
    text = (
        "The health minister told residents to stay calm, saying that the ministry was issuing "
        "a \u201cnotice of emergency preparedness for every district.\u201d\n"
    )
    found = _quoted(text, "notice of emergency preparedness")
    assert len(found) == 1 and "minister" in (found[0][1] or "")
