"""Quotes of crackdown reporting, twenty-second round (read by genre: encyclopaedia articles,
rights groups' statements, state media, wire copy).

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "“…,”[16] said X": an encyclopaedia's reference mark after the quote is no speaker ----------


def test_a_reference_mark_after_the_quote_is_not_the_speaker(nlp):
    text = (
        'The crackdown drew wide condemnation.[14] "This is a massacre of unarmed civilians,"[15] '
        "said opposition leader Maya Soto.\n\n"
        '"We will not allow chaos in our streets,"[16] said Interior Minister Karim Haddad. '
        '"Those who burn banks are criminals."[17]\n'
    )
    quotes, entities = _quotes(nlp, text)
    massacre = _with(quotes, "massacre of unarmed")
    assert len(massacre) == 1 and _name(massacre[0], entities) == "Maya Soto"
    chaos = _with(quotes, "allow chaos")
    assert len(chaos) == 1 and _name(chaos[0], entities) == "Karim Haddad"
    banks = _with(quotes, "burn banks")
    assert len(banks) == 1 and _name(banks[0], entities) == "Karim Haddad"


def test_a_reference_mark_before_a_speaker_before_the_verb_changes_nothing(nlp):
    # guard: the speaker stands before the verb, as before
    text = '"This is a massacre of unarmed civilians,"[15] opposition leader Maya Soto said.\n'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "massacre of unarmed")
    assert len(hits) == 1 and _name(hits[0], entities) == "Maya Soto"


# -- "the organization" is never a "Ministry of X" -----------------------------------------------


def test_the_organization_is_not_a_ministry_named_with_of(nlp):
    text = (
        "Amnesty International said security forces had killed at least 23 protesters in Barra.\n\n"
        '"The evidence we gathered shows a policy of shooting to kill," the organization said.\n\n'
        "The Ministry of Interior said on Sunday that 14 police officers were wounded.\n\n"
        '"There must be a full and independent investigation into every death," the organization '
        "said in a statement.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "independent investigation")
    assert len(hits) == 1 and _name(hits[0], entities) == "Amnesty International"


def test_the_ministry_is_still_a_ministry_named_with_of(nlp):
    # guard: "the ministry" points back to the Ministry of Interior
    text = (
        "Amnesty International said security forces had killed at least 23 protesters in Barra.\n\n"
        "The Ministry of Interior said on Sunday that 14 police officers were wounded.\n\n"
        '"Our officers acted in self-defence against armed rioters," the ministry said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "acted in self-defence")
    assert len(hits) == 1 and "Ministry of Interior" in _name(hits[0], entities)


# -- "Students gathered …. “…,” they chanted": "they" is the crowd of the sentence before --------


def test_they_chanted_after_a_crowd_is_the_crowd(nlp):
    text = (
        "Police detained dozens of people in the capital on Monday.\n\n"
        'Crowds of students gathered outside the court in the afternoon. "Free our friends now," they '
        "shouted.\n\n"
        'Thousands of workers marched through the city centre. "The people want the fall of the '
        'regime," they chanted.\n'
    )
    quotes, entities = _quotes(nlp, text)
    friends = _with(quotes, "Free our friends")
    assert len(friends) == 1 and _name(friends[0], entities) == "students"
    regime = _with(quotes, "fall of the regime")
    assert len(regime) == 1 and _name(regime[0], entities) == "workers"


def test_they_said_after_a_crowd_is_the_crowd(nlp):
    text = (
        "Police detained dozens of people in the capital on Monday.\n\n"
        'Hundreds of nurses protested outside the health ministry. "We have not been paid for '
        'months," they said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "not been paid")
    assert len(hits) == 1 and _name(hits[0], entities) == "nurses"


def test_they_after_a_named_body_stays_the_body(nlp):
    # guard: a body named as the sentence's subject is "they", not a crowd
    text = (
        "Police detained dozens of people in the capital on Monday.\n\n"
        'Human Rights Watch documented the arrests. "The detainees were beaten in custody," they '
        "said.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "beaten in custody")
    assert len(hits) == 1 and _name(hits[0], entities) == "Human Rights Watch"


# -- "X, who …, tweeted to Y: “Go home now.”": a short sentence after an addressee and a colon -----


def test_a_short_sentence_after_an_addressee_and_a_colon_is_a_quote(nlp):
    text = (
        "President Omar Daud, who ordered the army into the capital last week, tweeted to the "
        'protesters: "Go home now."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Go home now")
    assert len(hits) == 1 and _name(hits[0], entities) == "Omar Daud"


def test_a_short_term_after_a_preposition_and_a_colon_stays_no_quote(nlp):
    # guard: no verb of saying before the colon, so the marked words are a label
    text = (
        "President Omar Daud, who ordered the army into the capital last week, gave the operation "
        'a name: "Clean Streets."\n'
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "Clean Streets")


# -- "the statement issued by X": the author after the document's participle ---------------------


def test_the_author_after_issued_by_speaks(nlp):
    text = (
        "Police detained dozens of teachers in the capital on Monday.\n\n"
        'According to the statement issued by the Kessaland Teachers Union, "at least nine teachers '
        'remain in detention without charge."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "nine teachers remain")
    assert len(hits) == 1 and "Teachers Union" in _name(hits[0], entities)


def test_a_document_obtained_by_someone_is_not_theirs(nlp):
    # guard: "obtained by" names who holds the letter, not who wrote it
    text = (
        "Police detained dozens of teachers in the capital on Monday.\n\n"
        'According to a letter obtained by the Daily Ledger, "the detained teachers will face '
        'military courts."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "military courts")
    assert len(hits) == 1 and "Daily Ledger" not in _name(hits[0], entities)


# -- "Responding to …, Name, the group's director, said:": a rights group's release opening -------


def test_a_name_set_off_after_a_responding_phrase_speaks(nlp):
    text = (
        "Kessaland: Dozens of students detained after campus protests\n\n"
        "Responding to the detention of at least 60 students who took part in sit-ins at three "
        "universities after the closure of the independent press in Kessaland, Ana Diaz, the "
        "group's Deputy Director for Southern Africa, said:\n\n"
        "“The students have done nothing but exercise their right to protest peacefully. They "
        "must be released at once.\n\n"
        "“The authorities must stop treating dissent as a crime.”\n"
    )
    quotes, entities = _quotes(nlp, text)
    first = _with(quotes, "done nothing but exercise")
    assert len(first) == 1 and _name(first[0], entities) == "Ana Diaz"
    second = _with(quotes, "stop treating dissent")
    assert len(second) == 1 and _name(second[0], entities) == "Ana Diaz"


def test_a_subject_after_a_responding_phrase_still_speaks(nlp):
    # guard: the parser finds the subject itself
    text = (
        "Responding to the detention of the students, the ministry said: “The students broke the "
        "law and will face trial.”\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "broke the law")
    assert len(hits) == 1 and _name(hits[0], entities) in {"ministry", "the ministry"}


# -- "The arrests prompted the council to warn of “…”": the object of the verb acts --------------


def test_the_object_of_a_prompting_verb_speaks_the_to_clause(nlp):
    text = (
        "Police detained 300 marchers in the capital on Saturday.\n\n"
        "The scale of the arrests prompted the opposition's Civic Council to warn of a \"new phase of "
        'violence against peaceful protesters."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "new phase of violence")
    assert len(hits) == 1 and "Civic Council" in _name(hits[0], entities)


def test_the_subject_of_a_promising_verb_speaks_the_to_clause(nlp):
    # guard: "promised X to …" leaves the promise with its subject
    text = (
        "Police detained 300 marchers in the capital on Saturday.\n\n"
        'Interior Minister Karim Haddad promised the families to describe "every step of the '
        'investigation in public."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "every step of the investigation")
    assert all("families" not in _name(q, entities) for q in hits)


# -- "the head of the judiciary was quoted as saying": the body an unnamed official heads ---------


def test_an_unnamed_officials_body_by_its_noun_stays_in_the_speaker(nlp):
    text = (
        "Courts in the capital sentenced 12 marchers on Sunday.\n\n"
        'The head of the judiciary was quoted by state media as saying that "there will be no '
        'leniency for the rioters".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "no leniency")
    assert len(hits) == 1 and _name(hits[0], entities) == "The head of the judiciary"


def test_an_unnamed_officials_relative_stays_out_of_the_speaker(nlp):
    # guard: "the mother of the victim" is no body the speaker speaks for
    text = (
        "Courts in the capital sentenced 12 marchers on Sunday.\n\n"
        '"My son was only carrying a flag," the mother of the victim said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "only carrying a flag")
    assert len(hits) == 1 and _name(hits[0], entities) == "the mother"
