"""Quotes of crackdown reporting, seventeenth round: a description of an office ("the
president", "the minister") refers to the one person the article gave that office, not to the
last speaker who was never given it, nor to someone who held it formerly.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a description of an office: its holder, not the last speaker ------------------------------


def test_the_office_is_its_holder_named_before_not_the_last_speaker(nlp):
    text = (
        "Moldova's prime minister, Dorin Recean, said on Monday that the rally had been paid for "
        "from abroad.\n\n"
        '"We came here on our own money," said Elena Rusu, a teacher from Balti.\n\n'
        'The prime minister said the organisers were "puppets of a fugitive oligarch".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "puppets of a fugitive oligarch")
    assert len(hits) == 1 and _name(hits[0], entities) == "Dorin Recean"


def test_a_former_office_does_not_answer_the_plain_description(nlp):
    text = (
        "Kenya's interior minister, Kithure Kindiki, warned supporters of former prime minister "
        "Raila Odinga against marching on State House.\n\n"
        'The minister said: "Nobody will be allowed near State House on Monday."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Nobody will be allowed near State House")
    assert len(hits) == 1 and _name(hits[0], entities) == "Kithure Kindiki"


def test_the_last_speaker_who_holds_the_office_goes_on_speaking(nlp):
    # guard: the last speaker was given the office, so the description is theirs
    text = (
        "Chad's justice minister, Mahamat Ahmat Alhabo, said 60 people had been charged.\n\n"
        '"Every one of them will have a fair trial," Alhabo told reporters. The minister '
        'added that the trials would be "open to observers from the African Union".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "open to observers from the African Union")
    assert len(hits) == 1 and _name(hits[0], entities) == "Mahamat Ahmat Alhabo"


def test_two_holders_of_the_office_leave_the_last_speaker(nlp):
    # guard: two people hold "minister"; the one who spoke last goes on
    text = (
        "Foreign minister Aigerim Sadykova met defence minister Nurlan Tokayev on Tuesday.\n\n"
        '"The border is calm," Tokayev said after the meeting. The minister said there was '
        '"no reason for alarm".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "no reason for alarm")
    assert len(hits) == 1 and _name(hits[0], entities) == "Nurlan Tokayev"


# -- a description that gives an age or a gender --------------------------------------------


def test_an_age_standing_alone_is_the_person_told_about(nlp):
    text = (
        "Riot police detained Aliya Serikova outside the city hall in Almaty on Saturday. She was "
        "released after six hours.\n\n"
        '"They kept asking who paid me to come," the 29-year-old said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They kept asking who paid me")
    assert len(hits) == 1 and _name(hits[0], entities) in {"Aliya Serikova", "Serikova"}
    assert text[hits[0].speaker_span[0] : hits[0].speaker_span[1]] == "the 29-year-old"


def test_an_aged_father_is_the_man_named_before_not_his_wife(nlp):
    text = (
        "Blogger Anton Melnik was sentenced to nine years on Tuesday. His wife Daria Melnik was "
        "not allowed into the courtroom.\n\n"
        '"I will never ask for a pardon," the 43-year-old father of two told the judge.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "I will never ask for a pardon")
    assert len(hits) == 1 and _name(hits[0], entities) == "Anton Melnik"


def test_an_aged_description_with_one_person_named_before(nlp):
    # guard: one person named before, resolved already before this round
    text = (
        "Farida Qureshi, a lawyer for the detained students, spoke to reporters after the hearing.\n\n"
        '"The police have no evidence against any of them," the 41-year-old lawyer said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The police have no evidence")
    assert len(hits) == 1 and _name(hits[0], entities) == "Farida Qureshi"


# -- a paragraph that is only a quote ---------------------------------------------------------


def test_a_lone_quote_takes_the_speaker_who_opens_the_next_paragraph(nlp):
    text = (
        "Police fired tear gas at students in Nairobi on Tuesday.\n\n"
        '"They were shooting at us as if we were criminals."\n\n'
        "Brian Otieno, a student at the university, said he was hit in the leg by a canister.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They were shooting at us")
    assert len(hits) == 1 and _name(hits[0], entities) == "Brian Otieno"


def test_she_reaches_her_subject_across_a_paragraph_of_quoted_words(nlp):
    text = (
        "Hundreds of garment workers blocked the highway outside Gazipur on Monday. Rokeya Akter "
        "joined the blockade with her sister.\n\n"
        '"We cannot feed our children on promises."\n\n'
        "She said the police had beaten two of her colleagues.\n"
    )
    quotes, entities = _quotes(nlp, text)
    said = [q for q in quotes if "the police had beaten" in q.text]
    assert len(said) == 1 and _name(said[0], entities) == "Rokeya Akter"
    hits = _with(quotes, "We cannot feed our children")
    assert len(hits) == 1 and _name(hits[0], entities) == "Rokeya Akter"


def test_a_lone_quote_after_its_speaker_stays_theirs(nlp):
    # guard: the quote continues the speaker of the paragraph before, whoever opens the next one
    text = (
        "Opposition leader Kizza Besigye addressed supporters in Kampala on Friday.\n\n"
        '"We will not be intimidated," Besigye said.\n\n'
        '"The struggle continues until the people are free."\n\n'
        "Police spokesman Fred Enanga said the rally had not been authorised.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The struggle continues until")
    assert len(hits) == 1 and _name(hits[0], entities) == "Kizza Besigye"


# -- a name the tagger missed, set off with a noun for a person ------------------------------


def test_a_name_described_as_a_person_is_the_antecedent_of_she(nlp):
    text = (
        "Several thousand people rallied in Batumi on Saturday against the closure of an "
        "independent television channel.\n\n"
        "Nino Chkheidze, a retired schoolteacher, came with her grandson.\n\n"
        '"They want us to watch only what the government likes."\n\n'
        "She said she had never missed an evening of the channel's news.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They want us to watch only")
    assert len(hits) == 1 and _name(hits[0], entities) == "Nino Chkheidze"


def test_a_name_described_as_a_town_makes_no_person(nlp):
    # guard: a place set off with "a town" is no person, whatever the person-noun lists say
    text = (
        "Soldiers surrounded Kasangati, a town north of Kampala, on Friday.\n\n"
        '"Nobody is allowed in or out," said Robert Kyagulanyi.\n'
    )
    _found, entities = _quotes(nlp, text)
    assert not any(e.type == "PERSON" and "Kasangati" in e.name for e in entities.values())
