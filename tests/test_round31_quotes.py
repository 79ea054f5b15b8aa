"""Round 31, quotes: the subject of a clause that ends in a colon speaks the quote after it."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a colon hands the clause's subject the words after it -------------------------------------
# "X put it bluntly: “…”", "X was blunt: “…”": no verb of saying, so the quote went on from the
# speaker of the sentence before (often the body X speaks for).


def test_a_named_holder_put_it_plainly(nlp):
    text = (
        "The nurses' federation reported that nine clinics in the valley had shut since Monday. "
        'Its chairwoman, Ilse Marwick, put it plainly: "Patients are being sent back from the gates, '
        'and the ministry pretends not to see."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Patients are being sent back")
    assert _name(q, entities) == "Ilse Marwick"


def test_a_subject_with_an_adjective_before_the_colon(nlp):
    text = (
        "The interior ministry said the march had been banned for security reasons. "
        'Tomas Ibarra was blunt: "They banned it because they are afraid of how many of us there are."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "They banned it")
    assert _name(q, entities) == "Tomas Ibarra"


def test_guard_a_verb_of_saying_before_the_colon_is_unchanged(nlp):
    text = (
        "The interior ministry said the march had been banned. "
        'Tomas Ibarra told reporters: "They banned it because they are afraid of us."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "They banned it")
    assert _name(q, entities) == "Tomas Ibarra"


def test_guard_it_before_the_colon_speaks_no_quote(nlp):
    # "It was short:" names no speaker: the quote keeps the speaker of the sentence before
    text = (
        "Tomas Ibarra said the notice had been posted overnight. "
        'It was short: "The march is banned until the governor decides otherwise."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "The march is banned")
    assert _name(q, entities) == "Tomas Ibarra"


# -- only the main clause before the colon speaks --------------------------------------------------
# "When the mayor left, X was blunt: “…”": the subject of an adverbial or relative clause before the
# main clause only sets the scene.


def test_the_subject_of_an_opening_adverbial_clause_is_not_the_speaker(nlp):
    text = (
        "The regional council said the checkpoint would stay open through the weekend. "
        "After the mayor left the hall, the organiser Dario Mensik put it plainly: "
        '"We will march whether they allow it or not."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "We will march")
    assert _name(q, entities) == "Dario Mensik"


def test_a_subject_joined_to_an_adverbial_clause_is_not_the_speaker(nlp):
    text = (
        "The regional council said the checkpoint would stay open through the weekend. "
        "Although the mayor promised calm and the police withdrew, Petra Halvorsen was blunt: "
        '"Nobody here believes a word of it, and nobody should."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Nobody here believes")
    assert _name(q, entities) == "Petra Halvorsen"


def test_the_subject_of_a_relative_clause_in_a_participle_is_not_the_speaker(nlp):
    text = (
        "The regional council said the checkpoint would stay open through the weekend. "
        "Asked about the curfew the mayor had signed, Petra Halvorsen was blunt: "
        '"Nobody here believes a word of it, and nobody should."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Nobody here believes")
    assert _name(q, entities) == "Petra Halvorsen"


def test_guard_a_relative_clause_after_the_speaker_is_unchanged(nlp):
    text = (
        "The regional council said the checkpoint would stay open through the weekend. "
        "Petra Halvorsen, whom the mayor had fined twice, was blunt: "
        '"Nobody here believes a word of it, and nobody should."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Nobody here believes")
    assert _name(q, entities) == "Petra Halvorsen"


# -- a definite description: the sentence tells who it is ---------------------------------------
# "X said … . The group said “…”": the body the sentence before was about, not another body the
# article introduced as "the group" paragraphs earlier; "the cousin of one of the crane operators"
# is someone brought in there, not the last speaker.


def test_the_group_opening_a_sentence_is_the_body_of_the_sentence_before(nlp):
    text = (
        "Bus services in the district were suspended for two days, according to the advocacy group "
        "Routewatch.\n\n"
        "The strike had been called after a driver was assaulted at a depot.\n\n"
        "Amberline Monitor (AM), a legal aid network based in Bergen, said in a bulletin that 58 people "
        'had been detained. The group said the number was "almost certainly too low" since relatives '
        "feared reprisals for speaking out.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "almost certainly too low")
    assert _name(q, entities) == "Amberline Monitor"


def test_guard_the_group_after_a_person_keeps_the_body_introduced(nlp):
    # the sentence before is about a person, whom "the group" never describes
    text = (
        "Bus services in the district were suspended for two days, according to the advocacy group "
        "Routewatch.\n\n"
        "Dario Mensik said in an interview that 58 people had been detained. The group said "
        'the suspension was "the longest since spring" and had stranded patients.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "the longest since spring")
    assert _name(q, entities) == "Routewatch"


def test_the_cousin_of_one_of_them_is_not_the_last_speaker(nlp):
    text = (
        '"Nobody threw anything," said Petra Halvorsen, a spokeswoman for the crane operators, who '
        "watched from the quay.\n\n"
        '"My cousin only went out to fetch medicine," the cousin of one of the crane operators said '
        'at the port gate. "They sent him home with stitches."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My cousin only went out")
    assert _name(q, entities) != "Petra Halvorsen"
    assert q.speaker_name is not None and q.speaker_name.startswith("the cousin")


def test_guard_the_mother_of_a_named_person_is_unchanged(nlp):
    text = (
        "Lina Haddad, 19, was detained at the march on Sunday.\n\n"
        '"My daughter did nothing wrong," her mother told reporters outside the court.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My daughter did nothing")
    assert _name(q, entities) != "Lina Haddad"
