"""Quote constructions of whole news reports: speakers named by title, apposition or description.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction.
"""

from __future__ import annotations

from tests.test_extract_quotes import _marked, _one, _quotes, _speaker

# -- quote marks ----------------------------------------------------------------


def test_single_closing_mark_after_a_space_closes():
    text = "‘The river is rising ’ Officials met on Sunday. “We will open the dams soon,” the mayor said."
    assert _marked(text) == ["The river is rising", "We will open the dams soon,"]


def test_unclosed_single_mark_does_not_hide_double_quotes():
    text = "The ‘plan was late. “We will open the dams soon,” the mayor said. “Nobody is at risk.”"
    assert _marked(text) == ["We will open the dams soon,", "Nobody is at risk."]


# -- the cue after a quote ------------------------------------------------------


def test_cue_of_the_next_sentence_is_not_the_quotes_cue(nlp):
    text = (
        "Maria Okafor runs the clinic in the port. “The clinic stays open all week,” Okafor said. "
        "“We have enough medicine for a month and more staff arrive soon.” "
        "The health ministry said on Monday that it would send more doctors."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "enough medicine"), entities) == "Maria Okafor"


def test_cue_whose_subject_holds_the_quote_is_not_its_cue(nlp):
    text = (
        "The editor Paul Grange was arrested last week. Grange, who faces a charge of "
        "“spreading false news to alarm the public,” denies wrongdoing."
    )
    quotes, _ = _quotes(nlp, text)
    assert not [q for q in quotes if q.kind == "direct" and "false news" in q.text]


def test_name_with_a_long_apposition_after_the_quote(nlp):
    text = (
        "Rights groups say the detainees are at risk. “They could be sent back any day now. "
        "Nobody would know where they went,” Tomas Weller, a member of parliament and deputy "
        "chair of the Committee on Foreign Affairs, Defence and Human Rights, told reporters."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "sent back any day"), entities) == "Tomas Weller"


def test_name_right_before_a_comma_and_the_cue(nlp):
    text = (
        "Lawmakers welcomed the deal. “This is a good day for farmers and for everyone who works "
        "the land,” Senator Ruth Abernathy, told reporters."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "good day for farmers"), entities) == "Ruth Abernathy"


# -- titles and descriptions ------------------------------------------------------


def test_title_before_the_name_gives_the_person(nlp):
    text = (
        "Kira Tam is on the council. “The protests are growing every day and the police cannot "
        "stop them,” Homeland Security Secretary John Blake said."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "protests are growing"), entities) == "John Blake"


def test_pronoun_skips_people_inside_the_reported_clause(nlp):
    text = (
        "Grace Banda, director of the weather service, told reporters that Cyclone Maria had moved "
        "from Haiti to Cuba, where it was expected to weaken. “The danger is almost over.” she said."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "danger is almost over"), entities) == "Grace Banda"


def test_description_with_the_head_of_the_previous_speaker(nlp):
    text = (
        "“The new rules are unfair to small traders and will be challenged in court,” a "
        "ministry spokesperson told reporters on Monday. Minister Carla Dunne did not comment. "
        "“We expect a ruling soon,” the spokesperson added."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "ruling soon")
    assert _speaker(q, entities) != "Carla Dunne"
    assert "spokesperson" in (q.speaker_name or "")


def test_description_refers_to_the_last_speaker(nlp):
    text = (
        "Foreign Minister Hugo Brandt met Mark Ellis on Tuesday. “We will keep talking to both sides,” "
        "Brandt said. “There is no other way to end the fighting in the north,” the top Norwegian "
        "diplomat noted."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "no other way"), entities) == "Hugo Brandt"


def test_statement_from_an_organisation_is_the_organisation(nlp):
    text = (
        "The army said the raid was over. “All the gunmen were killed and the hostages are safe,” "
        "a statement from the Northern Command said."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "gunmen were killed")
    assert "Northern Command" in (_speaker(q, entities) or "")


def test_it_said_refers_to_the_organisation(nlp):
    text = (
        "Amnesty International released a report on the prisons on Monday. "
        "“Prisoners are beaten and denied medical care,” it said."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "Prisoners are beaten"), entities) == "Amnesty International"


def test_the_group_said_refers_to_the_organisation(nlp):
    text = (
        "Human Rights Watch released a report on the prisons on Monday. "
        "“Prisoners are beaten and denied medical care,” the group said."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "Prisoners are beaten"), entities) == "Human Rights Watch"


def test_name_in_apposition_ends_the_role(nlp):
    text = "Chile's permanent representative to the U.N., Ana Rojas, said the talks had failed."
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "talks had failed"), entities) == "Ana Rojas"


def test_quoted_as_saying_gives_the_one_quoted_and_the_channel(nlp):
    text = 'Radio Farda quoted prosecutor Mina Rostami as saying: "The detainees will be tried next week."'
    quotes, entities = _quotes(nlp, text)
    quote = _one(quotes, "detainees will be tried")
    assert quote.kind == "direct"
    assert _speaker(quote, entities) == "Mina Rostami"
    assert quote.via is not None and entities[quote.via].name == "Radio Farda"


def test_mixed_quote_ends_at_its_closing_mark(nlp):
    text = "The governor described the talks as “a waste of time,” and left early."
    quotes, _ = _quotes(nlp, text)
    mixed = _one(quotes, "waste of time")
    assert mixed.kind == "mixed" and mixed.text.endswith("waste of time,”")


def test_a_name_given_in_quote_marks_is_not_a_quote(nlp):
    text = "The movement, which calls itself “Free Harbour Voices,” marched on Sunday. “Stop,” he said."
    quotes, _ = _quotes(nlp, text)
    assert not [q for q in quotes if "Harbour Voices" in q.text and q.kind == "direct"]
    assert _one(quotes, "Stop").kind == "direct"  # a one-word utterance with a cue stays


def test_a_mixed_quote_ends_with_the_closing_mark_of_its_last_quoted_words(nlp):
    quotes, _ = _quotes(
        nlp, 'The governor said the new camp would hold "only the most dangerous." Lawyers objected.'
    )
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert mixed and mixed[0].text.endswith('"only the most dangerous."')


def test_according_to_an_outlet_after_a_verb_of_saying_is_the_channel_not_the_speaker(nlp):
    quotes, entities = _quotes(
        nlp,
        "Rioters burned 40 cars in the port, Governor Tomas Reyes said, according to the state agency Lanpress.",
    )
    assert len(quotes) == 1
    assert quotes[0].speaker_name == "Tomas Reyes"
    assert entities[quotes[0].via].name == "Lanpress"


def test_an_unnamed_speaker_keeps_whom_they_speak_for(nlp):
    quotes, entities = _quotes(nlp, 'A spokesperson for the African Union said the bloc was "alarmed."')
    assert quotes and "African Union" in quotes[0].speaker_name


def test_she_after_an_unnamed_person_who_spoke_is_that_person(nlp):
    quotes, _ = _quotes(
        nlp,
        "A neighbour of one prisoner told the newspaper that guards had refused to say where he was held. "
        '"We were told to stop asking questions," she said.',
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].speaker_name == "A neighbour"


def test_speech_declined_or_refused_is_no_quote(nlp):
    quotes, _ = _quotes(nlp, "The ministry declined to say whether anyone had died in the fire at the depot.")
    assert quotes == []


def test_a_date_in_a_datelines_brackets_is_not_the_speaker(nlp):
    quotes, _ = _quotes(
        nlp,
        "GENEVA (4 March 2024) – Human rights experts today condemned the sentences and urged the "
        "authorities to free the lawyers.",
    )
    assert quotes and quotes[0].speaker_name == "Human rights experts"


def test_she_after_an_unnamed_witness_is_the_witness_not_a_woman_named_before(nlp):
    text = (
        "“We will not stop,” said Marta Kowal, who heads the union.\n\n"
        "A second witness said that she had seen guards beating a boy. "
        "“They kicked him until he stopped moving,” she said."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "kicked him")
    assert _speaker(q, entities) is None
    assert q.speaker_name == "A second witness"


def test_she_in_a_new_paragraph_is_the_woman_it_names(nlp):
    text = (
        "The union's lawyer, Marta Kowal, told reporters: “The arrests were unlawful.” "
        "She said 40 members had been held.\n\n"
        "The UN Special Rapporteur on Belarus, Ewa Brandt, described Sunday as “a disgrace” for the city. "
        "“Nobody should be beaten for walking in the street,” she told a news conference."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "Nobody should be beaten"), entities) == "Ewa Brandt"


def test_a_person_from_a_place_is_an_unnamed_speaker_not_the_place(nlp):
    text = "A resident of Sanandaj told the agency: “They were firing from the rooftops all night.”"
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "firing from the rooftops")
    assert _speaker(q, entities) is None
    assert q.speaker_name == "A resident of Sanandaj"


# -- relatives, staff of a building, descriptions an article introduced (issue 13, round 4) ----


def test_relative_of_a_named_person_is_not_that_person(nlp):
    text = (
        "“We will appeal the verdict,” said Maria Lopez, the family's lawyer. "
        "The son of the jailed editor Tomas Weber said: “My father only wrote the truth.”"
    )
    quotes, entities = _quotes(nlp, text)
    quote = _one(quotes, "only wrote the truth")
    assert _speaker(quote, entities) is None
    assert quote.speaker_name is not None and quote.speaker_name.lower().startswith("the son of")


def test_doctor_at_a_hospital_is_not_the_hospital(nlp):
    text = (
        "Police fired on the crowd in Nairobi. A doctor at Kenyatta National Hospital said: "
        "“We received eleven bodies overnight.”"
    )
    quotes, entities = _quotes(nlp, text)
    quote = _one(quotes, "eleven bodies")
    assert _speaker(quote, entities) is None
    assert quote.speaker_name == "A doctor at Kenyatta National Hospital"


def test_researcher_at_an_organisation_still_names_it(nlp):
    text = "A researcher at Amnesty International said: “The detainees were beaten in custody.”"
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "beaten in custody"), entities) == "Amnesty International"


def test_description_noun_the_article_introduced_a_name_with(nlp):
    text = (
        "The monitoring centre Vesna said at least 9 people were held. "
        "“They were taken from their homes at night,” the centre said."
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "taken from their homes"), entities) == "Vesna"


def test_name_after_a_noun_and_a_comma_is_an_apposition_not_a_conjunct(nlp):
    text = (
        "Farmers blocked roads on Friday. The farmers’ union, the Coordinating Council of Farmers’ "
        "Trade Associations, wrote on its website that “no court order will send us back.”"
    )
    quotes, entities = _quotes(nlp, text)
    speaker = _speaker(_one(quotes, "no court order"), entities)
    assert speaker == "Coordinating Council of Farmers’ Trade Associations"


def test_the_organisations_research_is_that_organisation(nlp):
    text = (
        "Police must free the striking nurses, Human Rights Watch said on Monday. "
        "At least 20 nurses were held, according to the organization’s research. "
        "Some were kept in cells run by the Ministry of Interior. "
        "In a statement, the organization said: “The nurses did nothing but ask for their wages.”"
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "ask for their wages"), entities) == "Human Rights Watch"


def test_passive_quoted_as_saying_is_the_subject(nlp):
    text = (
        "Police chief Reza Salehi was quoted by the semi-official Fars news agency as saying that "
        "“rioters will be dealt with decisively.”"
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "rioters will be"), entities) == "Reza Salehi"


def test_said_in_a_statement_that_reports_the_clause(nlp):
    text = (
        "The interior ministry said in a statement that calm had returned. "
        "“Order has been restored in all provinces,” the statement said."
    )
    quotes, _ = _quotes(nlp, text)
    said = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in said] == ["calm had returned"]
    assert _one(quotes, "Order has been").speaker_name == "interior ministry"


def test_capitalised_title_refers_to_the_person_given_it(nlp):
    text = (
        "Special Rapporteur Javaid Rehman visited the border last week. The police said the camp "
        "was closed. The Special Rapporteur told reporters: “The situation is dire.”"
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "situation is dire"), entities) == "Javaid Rehman"


def test_title_after_a_name_and_a_comma_refers_to_that_person(nlp):
    text = (
        "“We will not rest,” said Michael Brennan, the Prosecutor General. Officials met on Monday. "
        "The Prosecutor General added: “Every case will be heard.”"
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "Every case"), entities) == "Michael Brennan"


# -- one nearest-mention search for pronouns and descriptions ---------------------------------


def test_nearest_mention_walks_back_and_stops_at_the_first_fit(nlp):
    from tally.extract.entities import extract_entities
    from tally.extract.entities.antecedents import nearest_mention

    text = "Anna Berg met Tomas Weller in Oslo. Later Anna Berg called the Red Cross. Then she left."
    index = extract_entities(nlp(text))
    hi = text.index("Then")
    people = nearest_mention(index, 0, hi, frozenset({"PERSON"}))
    assert (
        people is not None
        and people[1].name == "Anna Berg"
        and people[0][0] == text.index("Anna Berg called")
    )
    anything = nearest_mention(index, 0, hi, None)
    assert anything is not None and anything[1].type != "PERSON"  # the Red Cross, last before "Then"
    tested: list[str] = []
    nearest_mention(index, 0, hi, None, fits=lambda e: tested.append(e.name) or e.name == "Tomas Weller")
    assert tested.count("Tomas Weller") == 1 and tested[-1] == "Tomas Weller"


def test_one_of_several_sources_keeps_who_they_are(nlp):
    text = "“The order to fire came from the top,” said one of two officials familiar with the talks."
    quote = _one(_quotes(nlp, text)[0], "order to fire")
    assert quote.speaker_name == "one of two officials familiar with the talks"


def test_place_a_group_is_based_in_is_no_name_of_the_group(nlp):
    text = (
        "Human Rights Watch urged restraint. In a report released on Wednesday, the New York-based "
        "group said: “Security forces used excessive force against students.”"
    )
    quotes, entities = _quotes(nlp, text)
    assert _speaker(_one(quotes, "excessive force"), entities) == "Human Rights Watch"


def test_agency_that_quoted_a_subject_in_the_passive_is_the_channel(nlp):
    text = (
        "Police chief Reza Salehi was quoted by the semi-official Fars news agency as saying that "
        "“rioters will be dealt with decisively.”"
    )
    quotes, entities = _quotes(nlp, text)
    quote = _one(quotes, "rioters will be")
    assert quote.via is not None and "Fars" in entities[quote.via].name
