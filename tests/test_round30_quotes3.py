"""Round 30, quotes (3): the clause that gives the speaker."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a conjunct shares the subject of a passive head, never its agent ----------------------------
# "X was contacted by Y but stated that …": X states; the agent Y only did the contacting.


def test_conjunct_of_a_passive_takes_its_subject_not_its_agent(nlp):
    text = (
        "The regional health agency was contacted by worried teachers in March, but stated "
        'that the readings were "well within safe limits".\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "well within safe limits")
    assert _name(q, entities) == "The regional health agency"


def test_guard_a_passive_cue_still_takes_its_agent(nlp):
    text = (
        "The new dam was approved in May and was called "
        '"a gift to the cement lobby" by Senator Maria Lund on Tuesday.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "a gift to the cement lobby")
    assert _name(q, entities) == "Maria Lund"


def test_guard_conjunct_of_an_active_verb_keeps_its_subject(nlp):
    text = 'Mayor Ines Varga met the marchers on Sunday and said the city would "listen to every one".\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "listen to every one")
    assert _name(q, entities) == "Ines Varga"


# -- a quote inside a fronted question is the asker's -----------------------------------------------
# "Asked by Radio X if …“…,” the minister said": the quoted words are the question, put by Radio X.


def test_quote_inside_a_fronted_question_is_the_askers(nlp):
    text = (
        "Asked by Radio Kivu while travelling on Monday to Goma if the army was preparing "
        '"any new offensive against the rebels," Defence Minister Paul Okoro said the government '
        "did not want more fighting.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "any new offensive")
    assert _name(q, entities) == "Radio Kivu"


def test_guard_quote_after_a_fronted_question_is_the_answerers(nlp):
    text = (
        "Asked by Radio Kivu on Monday about the fighting, Defence Minister Paul Okoro said: "
        '"We are ready to talk to anyone who lays down arms."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "We are ready to talk")
    assert _name(q, entities) == "Paul Okoro"


def test_question_hung_on_the_cue_beside_the_participle_is_the_askers(nlp):
    text = (
        "Asked by Radio Kivu while en route Tuesday to Goma, North Kivu, if the army was "
        'preparing "any new offensive against the rebels," Okoro said the government did not '
        "want more fighting.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "any new offensive")
    assert _name(q, entities) == "Radio Kivu"


def test_guard_conjunct_of_an_agentless_passive_climbs_to_the_verb_of_saying(nlp):
    # the parser joins "called" to "had been detained": the group said and called, not the people
    text = (
        "The Sahel Rights Group said last week that at least 900 people had been detained since "
        'the vote, and called the trials "a plain attempt to silence critics".\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "a plain attempt")
    assert _name(q, entities) == "Sahel Rights Group"
