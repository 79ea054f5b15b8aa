"""Round 31, quotes: the subject of a clause that ends in a colon speaks the quote after it."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a colon hands the clause's subject the words after it -------------------------------------
# "X put it bluntly: “…”", "X was blunt: “…”": no verb of saying, so the quote went on from the
# speaker of the sentence before (often the body X speaks for).


def test_a_named_holder_put_it_bluntly(nlp):
    text = (
        "The Bar Association said at least 12 people had been taken from their homes. "
        'Its president, Maria Ochieng, put it bluntly: "These are abductions, and the state knows '
        'where they are held."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "These are abductions")
    assert _name(q, entities) == "Maria Ochieng"


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
    # "It read:" names no speaker: the quote keeps the speaker before
    text = (
        "Tomas Ibarra said the notice had been posted overnight. "
        'It was short: "The march is banned until further notice by order of the governor."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "The march is banned")
    assert _name(q, entities) != "It"


# -- a definite description: the sentence tells who it is ---------------------------------------
# "X said … . The group said “…”": the body the sentence before was about, not another body the
# article introduced as "the group" paragraphs earlier; "the mother of one of the nurses" is someone
# brought in there, not the last speaker.


def test_the_group_opening_a_sentence_is_the_body_of_the_sentence_before(nlp):
    text = (
        "Mobile internet in the province was cut for three days, the monitoring group Netwatch said.\n\n"
        "The protest had been called over reports that a police commander had beaten a girl.\n\n"
        "Kestrel Rights (KR), which is based in Oslo, said in an update that at least 96 people had been "
        'killed. The group said the figure was "certainly an undercount" because many families had been '
        "pressured into silence.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "certainly an undercount")
    assert _name(q, entities) == "Kestrel Rights"


def test_guard_the_group_after_a_person_keeps_the_body_introduced(nlp):
    # the sentence before is about a person, whom "the group" never describes
    text = (
        "Mobile internet in the province was cut for three days, the monitoring group Netwatch said.\n\n"
        "Tomas Ibarra said in an interview that at least 96 people had been killed. The group said "
        'the outage was "the longest this year" and had hit hospitals.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "the longest this year")
    assert _name(q, entities) == "Netwatch"


def test_the_mother_of_one_of_them_is_not_the_last_speaker(nlp):
    text = (
        '"They were unarmed," said Marta Ruiz, a leader of the nurses union, who was at the scene.\n\n'
        '"My daughter went out to help the wounded," the mother of one of the nurses told reporters '
        'outside the hospital. "She came back in a box."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My daughter went out")
    assert _name(q, entities) != "Marta Ruiz"
    assert q.speaker_name is not None and q.speaker_name.startswith("the mother")


def test_guard_the_mother_of_a_named_person_is_unchanged(nlp):
    text = (
        "Lina Haddad, 19, was detained at the march on Sunday.\n\n"
        '"My daughter did nothing wrong," her mother told reporters outside the court.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My daughter did nothing")
    assert _name(q, entities) != "Lina Haddad"
