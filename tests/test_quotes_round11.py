"""Quotes of crackdown reporting, eleventh round: posts under a name-and-handle line, speakers
beside a participle of asking, a name that ends a long title, descriptions of another
occupation, words named as words, translations, printed interviews, "according to the <role>,
Name,".

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a post copied under a line with its author's name and handle ---------------------------


def test_a_quoted_post_under_a_name_and_handle_line_is_the_authors(nlp):
    # the card's name and handle share one line; the post's words are in quote marks
    text = (
        "The lawyers' collective posted on Friday:\n\n"
        "Abogados Libres @AbogadosLibres\n"
        '"Nineteen more young people were sentenced in Camagüey today. Not one of them was '
        'allowed to see a lawyer before the hearing."\n'
        "6:15 PM · Mar 4, 2022\n"
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Nineteen more young people")
    assert len(found) == 1
    assert _name(found[0], entities) == "Abogados Libres"


def test_a_post_under_a_handle_line_with_its_day_is_the_authors(nlp):
    # "Name @handle · Mar 4": the day of posting on the handle's line, no time line below (round
    # 46: the words in quote marks, as a post is a quote only inside them)
    text = (
        "The opposition party answered within the hour.\n\n"
        "Frente Amplio @FrenteAmplioUy · Mar 4\n"
        "“Our offices in Salto were raided at dawn and three volunteers were taken away without "
        "a warrant. We hold the interior minister responsible for their safety.”\n\n"
        "The ministry did not respond to a request for comment.\n"
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Our offices in Salto were raided")
    assert len(found) == 1
    assert _name(found[0], entities) == "Frente Amplio"


def test_a_sentence_with_a_handle_in_it_is_no_card(nlp):
    # guard: a line of prose that mentions a handle opens no post
    text = (
        "The group, which posts as @VocesLibres on X, said its members had been followed for weeks "
        "by plainclothes officers.\n\n"
        "Police said no one had been detained.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not [q for q in quotes if q.kind == "direct"]


# -- a participle of asking set off beside the speaker --------------------------------------


def test_the_speaker_of_a_clause_set_off_by_asked_is_its_subject(nlp):
    # "X, asked about Y, said": the parser makes X the subject of "asked" and leaves "said" none
    text = (
        "Togo's army spokesman, asked about the raid, said that the detained men were "
        '"armed criminals who had attacked a barracks" near Sokodé.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "armed criminals who had attacked")
    assert len(found) == 1
    assert "spokesman" in _name(found[0], entities)


def test_a_name_inside_a_fronted_asked_clause_is_no_antecedent_of_he(nlp):
    text = (
        "Regional police chief Colonel Dario Mendes said officers had fired only rubber bullets.\n\n"
        '"We followed the protocol at every moment," Mendes said.\n\n'
        "Asked whether the shot that wounded Luis Quispe came from a police rifle, he said: "
        '"The ballistics report will answer that question, not me."\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "The ballistics report will answer")
    assert len(found) == 1
    assert "Mendes" in _name(found[0], entities)


# -- a quote's translation in brackets --------------------------------------------------------


def test_a_bracketed_translation_after_a_slogan_is_no_second_quote(nlp):
    text = (
        'Marchers in Valparaíso chanted "El pueblo unido jamás será vencido" ("The people united '
        'will never be defeated") as police moved in with water cannon.\n'
    )
    quotes, _ = _quotes(nlp, text)
    assert len(_with(quotes, "El pueblo unido")) == 1
    assert not _with(quotes, "The people united")


def test_bracketed_quotes_after_prose_are_no_translation(nlp):
    # guard (passed before): only marks right after another quote's closing mark translate it
    text = (
        'Marchers in Valparaíso chanted "Fuera Piñera". The interior minister (who had called the '
        'marchers "a gang of vandals paid by foreign agitators") ordered more police into the city.\n'
    )
    quotes, _ = _quotes(nlp, text)
    assert len(_with(quotes, "a gang of vandals paid")) == 1


# -- a name that ends a long title ------------------------------------------------------------


def test_a_name_joined_to_a_long_title_is_the_speaker_not_the_organisation(nlp):
    # the parser joins the name to the title as a conjunct; "UN" opened the phrase
    text = (
        "UN High Commissioner for Human Rights Volker Türk said on Friday that he was "
        '"appalled" by the killings in Lima.\n\n'
        '"Those responsible must be held to account," the High Commissioner said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    first, second = _with(quotes, "appalled"), _with(quotes, "Those responsible")
    assert len(first) == 1 and len(second) == 1
    assert _name(first[0], entities) == "Volker Türk"
    assert _name(second[0], entities) == "Volker Türk"


def test_a_name_after_a_title_with_several_prepositions_is_the_speaker(nlp):
    text = (
        "UN Special Rapporteur on the situation of human rights in Cambodia Tom Sanders said the "
        'verdict was "a travesty of justice" for the jailed unionists.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "a travesty of justice")
    assert len(found) == 1
    assert _name(found[0], entities) == "Tom Sanders"


def test_a_title_ending_in_a_place_keeps_the_title(nlp):
    # guard (passed before): "… of the Council of Europe" ends with no person's name
    text = (
        "The Commissioner for Human Rights of the Council of Europe said the law was "
        '"incompatible with the right of assembly".\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "incompatible with the right")
    assert len(found) == 1
    assert "Commissioner" in _name(found[0], entities)


# -- a description of another occupation is someone else ------------------------------------


def test_the_officer_after_a_minister_is_the_officer_introduced_since(nlp):
    # the officer was introduced without a verb of saying, so the minister was still the last speaker
    text = (
        '"Nobody was sent to Puno to kill," Interior Minister Rosa Quispe told reporters.\n\n'
        "A police officer who served in Puno that week, and who asked not to be named, gave "
        "another account.\n\n"
        '"We were ordered to clear the bridge whatever it took," the officer said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "We were ordered to clear the bridge")
    assert len(found) == 1
    assert "Quispe" not in _name(found[0], entities)
    assert "officer" in _name(found[0], entities)


def test_the_guard_who_told_a_judge_something_is_not_the_judge(nlp):
    text = (
        "Karim Ben Youssef, a former judge in Gafsa, said he learned of his dismissal from the "
        'radio. The next morning the guard at the courthouse told him, "I have orders not to let '
        'you in."\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "I have orders not to let you in")
    assert len(found) == 1
    assert "guard" in _name(found[0], entities)


def test_the_same_occupation_in_other_words_is_the_same_person(nlp):
    # guard (passed before): "the physician" after "a doctor" is the doctor
    text = (
        "Dr. Amina Diallo, a doctor at the main hospital in Dakar, said eleven people had been "
        'admitted with gunshot wounds.\n\n"Most were hit in the back," the physician said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Most were hit in the back")
    assert len(found) == 1
    assert "Diallo" in _name(found[0], entities)


def test_the_president_is_the_one_person_the_article_titled_president(nlp):
    # the president was named three paragraphs before, out of the reach of a description
    text = (
        "President Faure Gnassingbé signed the new constitution into law on Monday.\n\n"
        "Opposition parties called for a general strike, and several of their leaders were "
        "detained in Lomé overnight.\n\n"
        "Amnesty International said 23 people had been arrested since Friday.\n\n"
        'Speaking on state television, the president said the reform was "the will of the '
        'people" and called for calm.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "the will of the")
    assert len(found) == 1
    assert "Gnassingbé" in _name(found[0], entities)


# -- words named as words ---------------------------------------------------------------------


def test_the_word_in_marks_is_named_not_quoted(nlp):
    text = (
        'The interior ministry rejected the word "massacre", which the families use for the '
        "night at the toll gate in Lekki.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "massacre")


def test_a_slogan_named_as_a_slogan_is_still_a_chant(nlp):
    # guard (passed before): "chanted the slogan “…”" quotes the crowd
    text = 'Students chanted the slogan "Bread, freedom, dignity" outside the university in Tunis.\n'
    quotes, _ = _quotes(nlp, text)
    assert len(_with(quotes, "Bread, freedom, dignity")) == 1


# -- a printed interview's answer that quotes someone ------------------------------------------


def test_an_answer_under_a_name_that_quotes_someone_is_still_the_interviewees(nlp):
    text = (
        "Ana Lucía Paredes, a nurse, spent three days in detention in Guayaquil. She spoke to us "
        "by phone.\n\n"
        "What happened at the police station?\n\n"
        'Paredes: They kept eleven of us in one cell with no water. An officer said, "Nobody '
        'knows you are here," and laughed. I did not sleep for three nights.\n'
    )
    quotes, entities = _quotes(nlp, text)
    answer = [q for q in quotes if q.text.startswith("They kept eleven of us")]
    assert len(answer) == 1
    assert "Paredes" in _name(answer[0], entities)


def test_a_statement_under_a_name_with_a_quote_inside_is_no_answer(nlp):
    # guard (passed before): no question before it and no earlier answer under the label
    text = (
        "Police dispersed the march in Kampala on Tuesday.\n\n"
        'Kizza Besigye: The regime calls us "terrorists" because it has nothing else to say to '
        "the people.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not [q for q in quotes if q.text.startswith("The regime calls us")]


def test_he_told_me_inside_an_answer_is_not_the_interviewee(nlp):
    # guard (passed before, when the answer was no record): the answer must not become "he"
    text = (
        "Ana Lucía Paredes, a nurse, spent three days in detention in Guayaquil.\n\n"
        "Were others arrested with you?\n\n"
        "Paredes: Yes. My colleague Jorge Vera was taken the same night and released a week later. "
        'He told me afterwards, "They asked me only about my phone, not about any crime."\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "They asked me only about my phone")
    assert found
    assert all("Vera" in _name(q, entities) for q in found if q.text.startswith("They asked"))


# -- a source who withholds a name goes on speaking ------------------------------------------


def test_who_declined_to_give_his_name_does_not_take_over_the_next_quote(nlp):
    # the relative clause's "declined to give his name" became the last report, of "a taxi driver"
    text = (
        '"There were snipers on the roof of the bank," said one witness, a taxi driver who '
        'declined to give his name. "I counted at least four of them."\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "I counted at least four")
    assert len(found) == 1
    assert "witness" in _name(found[0], entities)


# -- a name set off after the noun that introduces a source --------------------------------------


def test_according_to_a_role_and_a_name_between_commas_is_the_name(nlp):
    # the parser makes the name the subject of the clause that follows
    text = (
        "According to the council's chairperson, Grace Wambui, the toll \"may rise as more reports "
        'come in from the regions".\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "may rise as more reports")
    assert len(found) == 1
    assert _name(found[0], entities) == "Grace Wambui"
    assert not found[0].text.startswith("Grace")


def test_according_to_an_organisation_before_a_list_of_countries_keeps_the_organisation(nlp):
    # guard (passed before): the names after the comma are the clause's subject, places
    text = (
        'According to the ministry, Kenya, Uganda and Tanzania had "agreed to share intelligence" '
        "on the protest organisers.\n"
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "agreed to share intelligence")
    assert len(found) == 1
    assert "ministry" in _name(found[0], entities)


def test_one_of_them_who_gave_her_name_is_that_name_not_the_crowd(nlp):
    text = (
        'Thousands marched through the city centre chanting "Reject the bill".\n\n'
        "One of them, a 23-year-old nurse who gave her name as Achieng, said she had never "
        'protested before. "This is our country too," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "This is our country too")
    assert len(found) == 1
    assert _name(found[0], entities) == "Achieng"
    # the report before the quote was the crowd's
    reported = [q for q in quotes if q.text.startswith("she had never protested")]
    assert len(reported) == 1 and _name(reported[0], entities) == "Achieng"


def test_a_named_speaker_set_beside_a_noun_is_not_named_by_a_verb_after_it(nlp):
    # guard: only "one" takes the noun beside it; "called Monday for …" names no one
    text = (
        "Governor Ana Ruiz, the opposition's candidate in the coming election, called Monday for "
        'releasing the videos, saying that openness "builds trust in the police."\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "builds trust in the police")
    assert len(found) == 1
    assert "Ana Ruiz" in _name(found[0], entities)
