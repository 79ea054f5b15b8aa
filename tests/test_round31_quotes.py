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
