"""Quotes of crackdown reporting, fourteenth round: press-conference transcripts and printed
interviews whose turns are labelled by an office or by a name the tagger misreads, titles
with an "of" phrase that refer back to the person the article introduced with them, and "it"
after a sentence whose subject is a body or a document.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _turn, _with

# -- a transcript turn labelled by an office is the person who holds it ---------------------------

_BRIEFING = (
    "Below is the transcript of remarks by the Chief of Police, Mr Daniel Okello, and the "
    "Head of Operations, Ms Grace Atim, at a press conference in Kampala this morning:\n\n"
    "Chief of Police: Good morning. Yesterday a crowd set fire to two police posts in the city "
    "and our officers were forced to withdraw.\n\n"
    "Reporter: Why were live rounds used against people who were throwing stones?\n\n"
    "Head of Operations: Our officers used live rounds only when their lives were in danger. "
    "Every case is being reviewed by an internal board.\n"
)


def test_a_turn_labelled_by_an_office_is_the_person_introduced_with_it(nlp):
    quotes, entities = _quotes(nlp, _BRIEFING)
    hits = _turn(quotes, "Yesterday a crowd set fire")
    assert len(hits) == 1 and _name(hits[0], entities) == "Daniel Okello"


def test_a_turn_labelled_by_a_second_office_is_its_own_holder(nlp):
    quotes, entities = _quotes(nlp, _BRIEFING)
    hits = _turn(quotes, "used live rounds only when")
    assert len(hits) == 1 and _name(hits[0], entities) == "Grace Atim"


def test_the_title_with_an_of_phrase_in_prose_is_the_person_introduced_with_it(nlp):
    text = (
        "The Minister of Justice, Carlos Peralta, met the families of the detained students on "
        "Monday.\n\n"
        "Two days later, police broke up a vigil outside the court in Huancayo.\n\n"
        '"Nobody will be punished for carrying a candle," the Minister of Justice said.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Nobody will be punished")
    assert len(hits) == 1 and _name(hits[0], entities) == "Carlos Peralta"


def test_an_office_label_no_one_was_introduced_with_keeps_its_words(nlp):
    # guard: an office the article gives no holder stays the office
    text = (
        "Police in Lomé gave their account of the night at a briefing.\n\n"
        "Director of Public Safety: Twelve officers were wounded and four vehicles were burned "
        "by the demonstrators.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "Twelve officers were wounded")
    assert len(hits) == 1 and "Director" in _name(hits[0], entities)


# -- a label repeated from an earlier turn labels the same speaker ------------------------------


def test_a_label_repeated_from_an_earlier_answer_is_still_the_interviewee(nlp):
    # the tagger reads the second "Ndiaye:" as a plural common noun and the turn was dropped
    text = (
        "Moussa Ndiaye, a student leader at Cheikh Anta Diop University, spoke to us in Dakar.\n\n"
        "Why did the students march on Tuesday?\n\n"
        "Ndiaye: Because three of our classmates were arrested in their rooms at night. We wanted "
        "them released.\n\n"
        "How many are still held?\n\n"
        "Ndiaye: We have counted forty-two arrests since Sunday. Some of our classmates were "
        "beaten in the vans.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "We have counted forty-two arrests")
    assert len(hits) == 1 and _name(hits[0], entities) == "Moussa Ndiaye"


def test_an_office_with_its_body_is_not_the_last_speaker(nlp):
    # guard: "the Commissioner of Police" the article gave no one introduces someone new, not the
    # interviewee who spoke just before
    text = (
        "Q: Why did you march to parliament?\n\n"
        "A: We wanted the deputies to hear us. Nobody listens to the youth in this country.\n\n"
        'Q: The Commissioner of Police has called the march "an act of sabotage." What do you say?\n\n'
        "A: We were carrying flags and water bottles, nothing else.\n"
    )
    quotes, entities = _quotes(nlp, "Amara Kone, a student leader, spoke to us.\n\n" + text)
    hits = _with(quotes, "an act of sabotage")
    assert len(hits) == 1 and "Kone" not in _name(hits[0], entities)


# -- "it" after a sentence whose subject is a body or a document ---------------------------------


def test_it_after_a_body_named_by_a_common_noun_is_that_body(nlp):
    text = (
        "The attorney general's office denied the claims on Tuesday. In a statement posted on its "
        'website, it said: "Every detainee has had access to a lawyer since the first day."'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Every detainee has had access")
    assert len(hits) == 1 and "attorney general's office" in _name(hits[0], entities)


def test_it_after_a_body_that_reported_is_not_a_noun_in_its_report(nlp):
    text = (
        "The defence ministry said the curfew in Bamenda was lawful. It warned that anyone on the "
        'streets after dark would be "treated as a separatist fighter."'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "treated as a separatist fighter")
    assert len(hits) == 1 and "ministry" in _name(hits[0], entities)


def test_it_after_the_statement_said_is_who_the_statement_spoke_for(nlp):
    # guard: the statement's author the tagger reads as an organisation was found before too
    text = (
        "The army's press office, known as DPR, issued a statement late on Tuesday.\n\n"
        '"Those who burned the barracks will be hunted down," the statement said. It warned that '
        'further attacks would meet "an overwhelming response."'
    )
    quotes, entities = _quotes(nlp, text)
    first = _with(quotes, "Those who burned the barracks")
    hits = _with(quotes, "an overwhelming response")
    assert len(hits) == 1 and len(first) == 1
    assert _name(hits[0], entities) == _name(first[0], entities)
