"""Quotes of crackdown reporting, fifteenth round: broadcast and podcast transcripts whose turns
are labelled in capitals, printed interviews whose answers follow a "Q:" or an outlet's
question without a label of their own, and the interviewee of a "Q: … A: …" interview when
the reporter who asked is named beside them.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _turn, _with

# -- a transcript turn labelled in capitals ---------------------------------------------------

_PODCAST = (
    "This week the host, Laura Pinto, talks to Ibrahima Sow, a nurse in Conakry, and to "
    "Kadiatou Bah, whose son was shot in 2020.\n\n"
    "LAURA PINTO: Welcome back to the programme. Ibrahima, what did you see at the hospital "
    "that week?\n\n"
    "IBRAHIMA SOW: We received eleven young men with gunshot wounds in two days. Most of them "
    "were hit in the chest or the back.\n\n"
    "LAURA PINTO: Kadiatou, your son was one of them.\n\n"
    "KADIATOU BAH (mother): Yes. He was sitting outside our house when the gendarmes drove "
    "past and fired.\n\n"
    "SOW: The police never came to take statements from the wounded. Nobody asked us "
    "anything.\n"
)


def test_a_capitals_label_is_the_person_named_in_the_introduction(nlp):
    quotes, entities = _quotes(nlp, _PODCAST)
    hits = _turn(quotes, "eleven young men with gunshot")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ibrahima Sow"


def test_a_capitals_surname_label_is_the_person_with_that_surname(nlp):
    quotes, entities = _quotes(nlp, _PODCAST)
    hits = _turn(quotes, "never came to take statements")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ibrahima Sow"


def test_a_capitals_label_with_a_role_in_brackets_is_the_person(nlp):
    quotes, entities = _quotes(nlp, _PODCAST)
    hits = _turn(quotes, "sitting outside our house")
    assert len(hits) == 1 and _name(hits[0], entities) == "Kadiatou Bah"
    assert hits[0].text.startswith("Yes. He was")


def test_a_capitals_label_nobody_named_before_keeps_its_words(nlp):
    # the tagger reads "SAID" as a verb, and the label was no speaker
    text = (
        "The station broadcast the following exchange on Tuesday evening.\n\n"
        "PRESENTER: Were you at the market that morning?\n\n"
        "SAID HASSAN: The soldiers came to the market at dawn and took away every young man "
        "they found there.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "soldiers came to the market")
    assert len(hits) == 1 and _name(hits[0], entities).lower() == "said hassan"


def test_a_capitals_answer_that_quotes_someone_is_still_the_labelled_persons(nlp):
    text = (
        "The radio spoke to Samuel Ofori, a lawyer for the detained students.\n\n"
        "PRESENTER: What did the police tell the families?\n\n"
        'SAMUEL OFORI: They told them the boys were "safe and well fed" and sent them home. Two '
        "days later one of the boys was in hospital with a broken arm.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "Two days later one of the boys")
    assert len(hits) == 1 and _name(hits[0], entities) == "Samuel Ofori"


def test_a_question_label_with_the_outlet_in_brackets_is_no_quote(nlp):
    text = (
        "Interior Minister Paulo Macuácua answered questions at the ministry on Friday.\n\n"
        "MINISTER MACUÁCUA: Every death will be investigated by the prosecutor.\n\n"
        "QUESTION (Radio Horizonte): Witnesses say officers fired at people who were running "
        "away. Will those officers be suspended?\n\n"
        "MINISTER MACUÁCUA: No officer will be suspended before the inquiry ends.\n"
    )
    quotes, entities = _quotes(nlp, text)
    assert not _with(quotes, "Witnesses say officers fired")
    hits = _turn(quotes, "No officer will be suspended")
    assert len(hits) == 1 and _name(hits[0], entities) == "Paulo Macuácua"


# -- the interviewee of a "Q: … A: …" interview is not the reporter who asks ------------------

_QA = (
    "Chioma Eze, a nurse who treated protesters shot at the toll gate in Lagos, spoke to {} "
    "about the case. The interview has been edited.\n\n"
    "Q: How many wounded did you receive?\n\n"
    "A: We received about thirty people before midnight. Some had bullet wounds in the legs.\n\n"
    "Q: Did soldiers come to the hospital?\n\n"
    "A: Two soldiers came and asked for the names of the wounded. We refused to give them.\n"
)


@pytest.mark.parametrize(
    "reporter", ["our correspondent Ngozi Okafor", "our Lagos correspondent, Ngozi Okafor,"]
)
def test_an_answer_is_not_the_reporter_named_beside_the_interviewee(nlp, reporter):
    quotes, entities = _quotes(nlp, _QA.format(reporter))
    for words in ("We received about thirty", "Two soldiers came and asked"):
        hits = _turn(quotes, words)
        assert len(hits) == 1 and _name(hits[0], entities) == "Chioma Eze"


# -- answers without a label after a question labelled by "Q" or by the outlet ----------------

_OUTLET_QA = (
    "KHARTOUM — Amal Hassan, 23, a medical student, was among the protesters at the sit-in "
    "outside the army headquarters. She spoke to the Nile Courier a week after it was "
    "cleared.\n\n"
    "Nile Courier: Where were you when the attack began?\n\n"
    "I was in the clinic tent near the gate. We heard shooting before dawn and then the tents "
    "were burning.\n\n"
    "Nile Courier: The military council says it targeted only a criminal area nearby.\n\n"
    "That is not true. They came into the sit-in itself and beat everyone they found.\n\n"
    "The military council did not answer our questions about the attack.\n"
)


def test_an_unlabelled_answer_after_an_outlets_question_is_the_interviewees(nlp):
    quotes, entities = _quotes(nlp, _OUTLET_QA)
    for words in ("I was in the clinic tent", "That is not true"):
        hits = _turn(quotes, words)
        assert len(hits) == 1 and _name(hits[0], entities) == "Amal Hassan"


def test_an_outlets_question_before_unlabelled_answers_is_no_quote(nlp):
    quotes, _ = _quotes(nlp, _OUTLET_QA)
    assert not _with(quotes, "Where were you when")
    assert not _with(quotes, "targeted only a criminal area")


def test_the_paragraph_after_the_last_answer_is_no_answer(nlp):
    # guard: prose after the interview, without a first person, is the reporter's
    quotes, _ = _quotes(nlp, _OUTLET_QA)
    assert not _with(quotes, "did not answer our questions")


def test_an_unlabelled_answer_after_a_q_label_is_the_interviewees(nlp):
    text = (
        "HARARE — Tendai Moyo, a union organiser, was held for nine days after the January "
        "stayaway. He agreed to talk to us.\n\n"
        "Q: Where were you taken?\n\n"
        "To a police station in the city centre, and then to a farm outside Harare. We were "
        "beaten every night.\n\n"
        "Q: Were you charged?\n\n"
        "Only after a week. My lawyer was not allowed to see me before the first hearing.\n"
    )
    quotes, entities = _quotes(nlp, text)
    for words in ("To a police station", "Only after a week"):
        hits = _turn(quotes, words)
        assert len(hits) == 1 and _name(hits[0], entities) == "Tendai Moyo"
    assert not _with(quotes, "Where were you taken")


def test_an_explainers_questions_answered_by_the_reporter_quote_no_one(nlp):
    # guard: answers in the third person are the reporter's prose, not an interviewee's words
    text = (
        "NAIROBI — Protests against the finance bill have spread to more than 30 counties. "
        "President William Ruto has said the taxes are needed to pay the country's debts.\n\n"
        "Q: Why are people protesting?\n\n"
        "The bill raises taxes on bread, fuel and mobile money transfers at a time when prices "
        "are already high.\n\n"
        "Q: What happens next?\n\n"
        "Parliament must vote on the bill a third time before it goes to the president.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "The bill raises taxes")
    assert not _with(quotes, "Parliament must vote")


def test_factbox_headings_in_capitals_quote_no_one(nlp):
    # guard: labels the prose names nowhere, that neither recur nor answer a question, are headings
    text = (
        "Factbox: the crackdown in numbers.\n\n"
        "DEATH TOLL: At least 21 civilians and six police officers were killed in two days of "
        "clashes, according to the government.\n\n"
        "KEY DEMANDS: Protesters want lower fuel prices, the release of detained activists and "
        "an independent inquiry into the shootings.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "At least 21 civilians")
    assert not _with(quotes, "Protesters want lower fuel")


# -- a turn label with a note in brackets ----------------------------------------------------


def test_a_turn_label_with_a_bracketed_note_is_the_named_speaker(nlp):
    # the tagger reads "recorded" as a verb, and the label was no name
    text = (
        "Presenter: Police say the march was violent. Our reporter spoke to one of the "
        "organisers, Grace Banda.\n\n"
        "Grace Banda (recorded): We walked peacefully from the stadium to the council offices, "
        "and the police fired tear gas at us without warning.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "We walked peacefully")
    assert len(hits) == 1 and _name(hits[0], entities) == "Grace Banda"


# -- the host's turns of a broadcast transcript ----------------------------------------------

_BULLETIN = (
    "The following is a transcript of a report broadcast on the evening news, translated by our "
    "monitoring unit.\n\n"
    "Presenter: Good evening. Police in Blantyre fired tear gas today at hundreds of market "
    "vendors marching against new council fees. Our reporter Mercy Chirwa was there.\n\n"
    "Mercy Chirwa: The vendors were walking to the city council when police blocked the road "
    "and fired tear gas into the crowd.\n\n"
    "Presenter: What do the vendors want?\n\n"
    "Mercy Chirwa: They want the council to cancel the fees. Their leader told me they will march "
    "again next week.\n"
)


def test_a_hosts_turn_labelled_by_the_role_is_the_presenters(nlp):
    # the tagger reads "Presenter" as a common noun, and the turns were dropped
    quotes, entities = _quotes(nlp, _BULLETIN)
    for words in ("Good evening. Police in Blantyre", "What do the vendors want"):
        hits = _turn(quotes, words)
        assert len(hits) == 1 and _name(hits[0], entities) == "Presenter"


def test_a_hosts_turn_labelled_by_surname_is_the_presenter_introduced_before(nlp):
    text = (
        "On Monday's programme, presenter Thabani Zwane speaks to Nomsa Dube, a teacher from "
        "Manzini.\n\n"
        "Zwane: Nomsa, thank you for joining us. What did you see that night?\n\n"
        "Dube: Soldiers were driving through our street and shooting at houses.\n\n"
        "Zwane: Did anyone from the government contact the families afterwards?\n\n"
        "Dube: Nobody came. We buried our neighbours ourselves.\n"
    )
    # guard: the host introduced by name keeps their turns (the rule reads the name even when
    # the tagger takes it for an organisation, as it does in longer introductions)
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "Did anyone from the government")
    assert len(hits) == 1 and _name(hits[0], entities) == "Thabani Zwane"
