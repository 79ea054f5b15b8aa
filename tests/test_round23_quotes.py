"""Quotes of crackdown reporting, twenty-third round (read by outlet and format: broadcasters'
web stories, national dailies in English, press freedom groups' releases).

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "Police spokesman Said Rahimi told reporters": a given name "Said" is no verb -----------------


def test_a_given_name_said_after_a_title_is_not_the_cue(nlp):
    text = (
        "Riot police fired tear gas at students in Kandar on Tuesday. "
        '"No one was seriously hurt," Police spokesman Said Rahimi told reporters.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "seriously hurt")
    assert len(hits) == 1 and "Rahimi" in _name(hits[0], entities)


def test_a_surname_said_before_the_verb_said_changes_nothing(nlp):
    # guard: "Said" ends the name and the verb "said" follows it
    text = (
        "Government spokesman Omar Said said the marchers had been paid by foreign agents. "
        '"This is a plot against the state," Said added.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "plot against the state")
    assert len(hits) == 1 and "Said" in _name(hits[0], entities)


# -- a quote run over paragraphs after a lead-in sentence: the closing cue names the speaker ----


def test_a_quote_running_over_paragraphs_takes_the_speaker_where_it_closes(nlp):
    text = (
        "Witnesses described panic at the river crossing.\n\n"
        '"Everyone was running in every direction and nobody knew where to go.\n\n'
        '"Then the shooting began and I saw two men fall near the gate," said Farid Osman, a '
        "shopkeeper.\n"
    )
    quotes, entities = _quotes(nlp, text)
    first = _with(quotes, "running in every direction")
    assert len(first) == 1 and _name(first[0], entities) == "Farid Osman"


def test_a_closed_quote_after_a_lead_in_sentence_keeps_its_speaker(nlp):
    # guard: the quote closes in its own paragraph; the lead-in's speaker keeps it
    text = (
        "Farid Osman, a shopkeeper, told reporters about the panic at the river crossing.\n\n"
        '"Everyone was running in every direction and nobody knew where to go."\n\n'
        '"Then the shooting began and I saw two men fall near the gate," said Leila Haddad, a '
        "nurse.\n"
    )
    quotes, entities = _quotes(nlp, text)
    first = _with(quotes, "running in every direction")
    assert len(first) == 1 and _name(first[0], entities) == "Farid Osman"


# -- "“…,” one of them said": one of the crowd named before -------------------------------------


def test_one_of_them_is_one_of_the_crowd_before(nlp):
    text = (
        "Hundreds of nurses marched to the health ministry on Monday. "
        '"We have not been paid for six months," one of them said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "not been paid")
    assert len(hits) == 1 and "nurses" in _name(hits[0], entities)


def test_one_of_them_after_a_named_body_is_not_the_body(nlp):
    # guard: the sentence before has a name for its subject; "them" is not resolved to it
    text = (
        "Human Rights Watch documented the arrests of nurses in the capital. "
        '"We have not been paid for six months," one of them said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "not been paid")
    assert len(hits) == 1 and "Human Rights Watch" not in _name(hits[0], entities)


# -- "The UN Special Rapporteur on X, Name, said:": the name the tagger called a place ----------


def test_a_capitalised_title_with_a_name_tagged_a_place_names_the_holder(nlp):
    text = (
        "The UN Special Rapporteur on Iran, Mai Okada, said: "
        '"The use of lethal force against children is unconscionable."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "lethal force against children")
    assert len(hits) == 1 and _name(hits[0], entities) == "Mai Okada"


def test_a_capitalised_title_with_a_place_after_it_stays_the_title(nlp):
    # guard: the words set off after the title are a place, not who holds it
    text = (
        "The UN Special Rapporteur on Iran, in Geneva, said: "
        '"The use of lethal force against children is unconscionable."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "lethal force against children")
    assert len(hits) == 1 and "Rapporteur" in _name(hits[0], entities)


# -- "“…,” one local told AFP": the noun the parser hung after "one" as an adjective ------------


def test_one_local_keeps_the_word_after_one(nlp):
    text = (
        "Marchers said the soldiers arrived at dawn in Kaleba. "
        '"They fired into the crowd without any warning," one local told AFP, asking not to be named.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "fired into the crowd")
    assert len(hits) == 1 and _name(hits[0], entities) == "one local"


def test_one_of_the_residents_is_unchanged(nlp):
    # guard: "one of …" keeps its "of" phrase
    text = (
        "Marchers said the soldiers arrived at dawn in Kaleba. "
        '"They fired into the crowd without any warning," one of the residents told AFP.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "fired into the crowd")
    assert len(hits) == 1 and _name(hits[0], entities) == "one of the residents"


# -- "the police command issued a notice …. “…,” it said": a body named by a common noun --------


def test_it_after_a_body_named_by_a_common_noun_that_issued_a_notice(nlp):
    text = (
        "Amnesty International said in a statement that the raids were unlawful. On Sunday, the "
        "regional police command issued a notice urging parents to keep their children at home. "
        '"Anyone found on the streets after dark will be arrested," it said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "after dark will be arrested")
    assert len(hits) == 1 and "command" in _name(hits[0], entities)


def test_it_after_a_sentence_whose_subject_is_no_body_is_unchanged(nlp):
    # guard: the subject before is an event, not a body; "it" goes on from the group
    text = (
        "Amnesty International said in a statement that the raids were unlawful. On Sunday, the "
        "curfew began at dusk across the region. "
        '"Anyone found on the streets after dark will be arrested," it said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "after dark will be arrested")
    assert len(hits) == 1 and _name(hits[0], entities) == "Amnesty International"
