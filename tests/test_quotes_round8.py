"""Quotes of crackdown reporting, eighth round: briefing notes with a header and questions and
answers, interview answers with a reported clause inside, unnamed speakers named later,
offices whose holder's first name is on no list, and roles that end in someone else's name.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _turn, _with

# -- briefing notes: the header's spokesperson answers --------------------------------------

_BRIEFING_HEADER = (
    "Press briefing notes on Ruvania\n\n"
    "Spokesperson for the UN High Commissioner for Human Rights: Ama Adjoro\n"
    "Location: Geneva\n"
    "Date: 4 March 2025\n\n"
    "We are dismayed by the killing of at least 12 protesters in Ruvania this week.\n\n"
    "“Firing on people who are demanding their rights is never acceptable,” said High "
    "Commissioner Tomas Okonjo. “The authorities must investigate every death.”\n\n"
)


def test_an_answer_in_a_briefing_note_is_the_spokesperson_of_its_header(nlp):
    # the High Commissioner was named last; the answers are the spokesperson's
    text = _BRIEFING_HEADER + (
        "Q: Has the Office been in contact with the government?\n\n"
        "A: “We have written to the authorities twice and have not yet received a reply from "
        "them.”\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We have written to the authorities")
    assert len(hits) == 1 and "Adjoro" in _name(hits[0], entities)


def test_the_spokesperson_is_the_one_named_in_the_header(nlp):
    # "the spokesperson said:" many paragraphs below the header that names her
    text = _BRIEFING_HEADER + (
        "The Office also called for the release of the 40 students detained on Monday.\n\n"
        "Asked about reports of torture, the spokesperson said: “We have received credible "
        "allegations and we are seeking access to the detention centres.”\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We have received credible allegations")
    assert len(hits) == 1 and "Adjoro" in _name(hits[0], entities)


def test_an_answer_with_a_source_inside_is_still_an_answer(nlp):
    # "Answer: According to our sources, …": the reported clause inside does not hide the answer
    text = _BRIEFING_HEADER + (
        "Question: How many people have been arrested?\n\n"
        "Answer: According to our sources, more than 900 people have been arrested since "
        "February, many of them students.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "According to our sources, more than 900")
    assert len(hits) == 1 and "Adjoro" in _name(hits[0], entities)


def test_a_labelled_answer_with_a_reported_clause_inside_is_the_interviewees(nlp):
    # "Name: … described being beaten …": a verb of saying inside the answer does not hide it
    text = (
        "Joan Mwangi, a lawyer in Kisumu, spoke to us about the arrests.\n\n"
        "The Courier: What happened to the students?\n\n"
        "Mwangi: Eleven were taken at night. Some have come back and described being beaten "
        "in a cell without windows.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "Eleven were taken at night")
    assert len(hits) == 1 and "Mwangi" in _name(hits[0], entities)


# -- unnamed speakers named later -----------------------------------------------------------


def test_the_noun_with_a_name_in_apposition_names_the_unnamed_speaker_before(nlp):
    # "A lawyer … said “…”. The lawyer, X, said …": the earlier quotes are X's
    text = (
        "A lawyer who represents several of the detained miners said they had been beaten.\n\n"
        "“Two of my clients could not stand up when I saw them,” the lawyer said. “One of them "
        "had a broken wrist and no one had treated it.”\n\n"
        "The lawyer, Daniyar Seitkali, said on Tuesday that none of the miners had been charged."
    )
    quotes, entities = _quotes(nlp, text)
    for words in ("Two of my clients could not stand up", "One of them had a broken wrist"):
        hits = _with(quotes, words)
        assert len(hits) == 1 and "Seitkali" in _name(hits[0], entities)


def test_a_speaker_named_in_the_next_sentence_by_the_same_noun(nlp):
    # "“…,” said a nurse who treated them. The nurse, Leyla, …": the quote is Leyla's
    text = (
        "“We ran out of bandages before noon,” said a nurse who treated the wounded. The nurse, "
        "Leyla, who asked that her surname not be used, said most patients had been shot."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We ran out of bandages")
    assert len(hits) == 1 and "Leyla" in _name(hits[0], entities)


def test_the_noun_with_a_name_names_no_unnamed_speaker_of_another_noun(nlp):
    # guard: "The doctor, X," does not name the nurse quoted before
    text = (
        "“We ran out of bandages before noon,” said a nurse who treated the wounded.\n\n"
        "The doctor, Arman Sadykov, said most patients had been shot."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We ran out of bandages")
    assert len(hits) == 1 and "Sadykov" not in _name(hits[0], entities)


# -- an office's holder whose first name is on no list --------------------------------------


def test_the_holder_after_an_offices_of_phrase_is_a_person_who_goes_on_as_he(nlp):
    # "Head of the Judiciary X" tagged as one organisation; the surname comes back alone
    text = (
        "Head of the Judiciary Bahman Zarghamipour said on Sunday that the leaders of the riots "
        "would be tried quickly. “Those who burned mosques will receive the harshest sentences,” "
        "Zarghamipour said at a meeting of judges. “Those who were misled will be pardoned,” he "
        "said."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Those who were misled")
    assert len(hits) == 1 and "Zarghamipour" in _name(hits[0], entities)
    person = entities[hits[0].speaker]
    assert person.type == "PERSON" and "Judiciary" not in person.name
    first = [q for q in quotes if q.text.startswith("the leaders of the riots")]
    assert first and "Zarghamipour" in _name(first[0], entities)


def test_an_office_without_a_holder_keeps_its_name(nlp):
    # guard: "Commander of the Army Ground Force": its last word comes back only with the one before
    from tally.extract.entities import extract_entities

    doc = nlp(
        "Commander of the Army Ground Force said 40 soldiers were hurt in the clashes. The Ground "
        "Force said it had arrested the ringleaders."
    )
    names = {e.name: e.type for e in extract_entities(doc).entities}
    assert not any(t == "PERSON" and "Force" in n for n, t in names.items())


def test_a_quote_going_on_after_a_description_set_off_after_a_name_is_the_names(nlp):
    # "said Timur, a 35-year-old welder who declined to give his surname": the clause in the
    # description reports nothing of anyone else; the next quotes are Timur's
    text = (
        "“The prices doubled in one night,” said Timur, a 35-year-old welder who declined to give "
        "his surname for fear of arrest. “Nobody could pay for gas any more.\n\n"
        "“Then the trucks came and the shooting started.”"
    )
    quotes, entities = _quotes(nlp, text)
    for words in ("Nobody could pay for gas", "Then the trucks came"):
        hits = _with(quotes, words)
        assert len(hits) == 1 and "Timur" in _name(hits[0], entities)


# -- roles that end in someone else's name ---------------------------------------------------


def test_a_role_ending_in_a_persons_name_is_no_role_of_the_place_before(nlp):
    # "Outside Belarus, the exiled leader of Belarus's opposition, Pavel Drozd,": the parser makes
    # the place the subject and the role its apposition; the role (and the name) are Drozd's
    from tally.extract.entities import extract_entities

    doc = nlp(
        "Outside Belarus, the exiled leader of Belarus's opposition, Pavel Drozd, urged workers "
        'to strike. "A general strike is the only way left," he wrote on Telegram.'
    )
    for entity in extract_entities(doc).entities:
        if entity.name == "Belarus":
            assert entity.type == "GPE" and not entity.roles


# -- interviews printed as questions and answers --------------------------------------------

_INTERVIEW = (
    "Aliya Serikbayeva, a nurse from Almaty, was held for five days after the January protests. "
    "She spoke to us from Bishkek.\n\n"
    "Q: Where were you taken?\n\n"
    "A: To a sports hall near the airport. There were hundreds of us on the floor, and the "
    "soldiers walked between the rows and kicked anyone who raised their head.\n\n"
)


def test_an_answer_labelled_with_a_full_stop_is_the_interviewees(nlp):
    # "A. …" as well as "A: …"
    quotes, entities = _quotes(nlp, _INTERVIEW.replace("Q:", "Q.").replace("A:", "A."))
    hits = _turn(quotes, "To a sports hall near the airport")
    assert len(hits) == 1 and "Serikbayeva" in _name(hits[0], entities)


def test_an_answer_after_a_paragraph_of_context_is_still_the_interviewees(nlp):
    # the ministry's spokesman, named between two answers, answers none of the questions
    text = _INTERVIEW + (
        "The Interior Ministry denies any abuse. Its spokesman, Ruslan Abenov, said last week that "
        "all detainees were treated lawfully.\n\n"
        "Q: Will you go back?\n\n"
        "A: Not while my name is on their list. My lawyer says the case against me is still open "
        "and that I could be arrested at the border.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "Not while my name is on their list")
    assert len(hits) == 1 and "Serikbayeva" in _name(hits[0], entities)


def test_an_answer_with_a_quote_inside_is_still_an_answer(nlp):
    # "A: … he shrugged and said, “…”": the quote inside does not hide the answer around it
    text = _INTERVIEW + (
        "Q: Did anyone help the injured?\n\n"
        "A: No. When I told an officer that a boy was bleeding, he only shrugged and said, "
        '"Let him bleed." The boy lay there until the morning.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "No. When I told an officer")
    assert len(hits) == 1 and "Serikbayeva" in _name(hits[0], entities)


def test_a_name_given_later_reaches_back_through_he_said(nlp):
    # "A medic said … “…,” he said. The medic, who gave his name as X, …": the quote is X's
    text = (
        "A volunteer medic who worked at the barricades said the police had fired rubber bullets "
        "at close range. “Most of the wounds were on the face and the chest,” he said. The medic, "
        "who gave his name as Mateo, said he had treated 30 people."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Most of the wounds were on the face")
    assert len(hits) == 1 and "Mateo" in _name(hits[0], entities)


# -- names that only place an unnamed speaker --------------------------------------------------


def test_a_place_before_a_noun_for_a_resident_is_no_speaker(nlp):
    # "a Kisumu resident": the tagger may not know the town; the resident speaks, unnamed
    text = "“They came back after midnight and took my neighbour,” said a Kisumu resident who asked not to be named."
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They came back after midnight")
    assert len(hits) == 1 and hits[0].speaker is None
    assert "resident" in _name(hits[0], entities)


def test_an_office_noun_after_an_organisation_still_speaks_for_it(nlp):
    # guard: "an Amnesty International researcher" speaks for the organisation
    text = "“The crackdown is far from over,” said an Amnesty International researcher."
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The crackdown is far from over")
    assert len(hits) == 1 and "Amnesty" in _name(hits[0], entities)


def test_a_place_after_a_building_noun_is_no_speaker(nlp):
    # "a doctor at the Arbaeen hospital in Omdurman": the place names where the hospital is
    text = (
        "A nurse at the Al-Safa clinic in Wad Madani said soldiers had fired tear gas into the "
        "ward. “We carried the patients out on our backs,” she said."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We carried the patients out")
    assert len(hits) == 1 and "Madani" not in (entities[hits[0].speaker].name if hits[0].speaker else "")
    assert "nurse" in _name(hits[0], entities)


# -- live blogs -----------------------------------------------------------------------------


def test_a_heading_gives_its_quote_to_the_name_before_its_colon(nlp):
    # a live blog's entry title "14:05 BST — Name: ‘…’", after another speaker's entry
    text = (
        "13:40 BST — Monitors report outages\n\n"
        'The monitoring group NetWatch said mobile data had been cut in three provinces. "The '
        'outage is nationwide," the group wrote.\n\n'
        "14:05 BST — Okafor: ‘We will march again on Friday’\n\n"
        "Opposition leader Grace Okafor told supporters outside the court that the rallies would go on.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We will march again on Friday")
    assert len(hits) == 1 and "Okafor" in _name(hits[0], entities)


# -- honorifics inside names ------------------------------------------------------------------


def test_a_name_opening_with_an_honorific_is_a_person_described_later(nlp):
    # "Daw Khin Thida" (tagged as an organisation) is "the 61-year-old tailor" and "she"
    text = (
        "Five days after the raid in Sagaing, Daw Khin Thida still does not know where her "
        "husband is.\n\n"
        "“They took him in his sandals and did not say where they were going,” the 61-year-old "
        "tailor told reporters at her home.\n\n"
        "UN envoy Peter Lange said the arrests were arbitrary. “These people must be released,” "
        "Lange said.\n\n"
        "At her stall, Daw Khin Thida keeps his chair empty. “I only want him back,” she said."
    )
    quotes, entities = _quotes(nlp, text)
    for words in ("They took him in his sandals", "I only want him back"):
        hits = _with(quotes, words)
        assert len(hits) == 1 and "Khin Thida" in _name(hits[0], entities)


def test_the_header_spokesperson_is_a_person_with_the_headers_role(nlp):
    # the name alone on the header line (often missed by the tagger, its surname alone read as a
    # place) is a person whose role is the field's label, so the surname later is that person
    from tally.extract.entities import extract_entities

    doc = nlp(
        _BRIEFING_HEADER + "Responding to questions from journalists, Adjoro said the Office had "
        "asked for access to the detention centres.\n"
    )
    found = [e for e in extract_entities(doc).entities if "Adjoro" in e.name]
    assert len(found) == 1 and found[0].type == "PERSON"
    assert any("Spokesperson" in role for role in found[0].roles)


def test_a_news_outlets_question_in_a_printed_interview_is_no_quote(nlp):
    # "Tasnim: …?" is the interviewer's turn; the answer under the official's name is the quote.
    # A guard: on main a label the tagger reads as a common noun ("Tasnim") was never a speaker;
    # now that a common noun tagged PERSON may label a turn ("Mwangi:"), the outlet's must not
    text = (
        "In an interview with Tasnim News Agency, police commander Reza Tavana was asked about "
        "the arrests.\n\n"
        "Tasnim: How many people have been detained in the capital?\n\n"
        "Tavana: I cannot give a number, but most of those detained have already been released.\n"
    )
    quotes, entities = _quotes(nlp, text)
    assert not _with(quotes, "How many people have been detained")
    hits = _turn(quotes, "I cannot give a number")
    assert len(hits) == 1 and "Tavana" in _name(hits[0], entities)


def test_a_name_after_two_joined_titles_is_the_speaker(nlp):
    # "said Nairobi-based nurse and activist X": the parser makes the name a conjunct of "nurse"
    text = (
        "“The wounded were turned away from two hospitals before they reached us,” said "
        "Nairobi-based nurse and activist Wanjiku Otieno."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The wounded were turned away")
    assert len(hits) == 1 and "Otieno" in _name(hits[0], entities)


def test_rejecting_something_as_quoted_words_is_a_mixed_quote(nlp):
    # "rejected the report as “…”" characterises it in the speaker's own words, like "dismissed"
    text = "Interior Minister Karim Haddad rejected the rights group's report as “a fabrication from start to finish.”"
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "a fabrication from start to finish")
    assert len(hits) == 1 and "Haddad" in _name(hits[0], entities)


def test_a_sentence_that_names_the_unnamed_speaker_without_speech_names_them(nlp):
    # "“…,” the spokesman said. The spokesman, X, was later dismissed": X spoke
    text = (
        "A spokesman for the provincial police said officers had fired only in the air. “No one "
        "was hit by a police bullet,” the spokesman said. The spokesman, Arif Demirtaş, was "
        "dismissed a week later."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "No one was hit by a police bullet")
    assert len(hits) == 1 and "Demirtaş" in _name(hits[0], entities)
