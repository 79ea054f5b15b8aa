"""Round 33, quotes: "they" after a main clause whose subject is a plural name for a people or a
party ("Republicans") or a conjunction of persons is those people, not an organisation named
inside their clause or after it.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name


def test_they_after_a_party_subject_is_the_party_not_the_board_in_its_clause(nlp):
    text = (
        "Republicans complained on Tuesday that the Harbour Safety Board had met in private all spring. "
        "They added that the board never published its minutes.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "never published its minutes")
    assert _name(q, entities) == "Republicans"


def test_they_after_two_named_persons_is_both_not_the_board_they_wrote_to(nlp):
    text = (
        "Lena Ortiz and Paul Reyes wrote to the Harbour Safety Board last week. "
        "They said the board had ignored the warnings.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "ignored the warnings")
    assert _name(q, entities) == "Lena Ortiz and Paul Reyes"
    assert "Lena Ortiz and Paul Reyes" in [text[start:end] for start, end in entities[q.speaker].mentions]


def test_guard_they_after_an_organisation_subject_stays_the_organisation(nlp):
    text = "The Harbour Safety Board met on Monday. They said the pier would stay closed until May.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "stay closed until May")
    assert _name(q, entities) == "Harbour Safety Board"


def test_guard_they_after_a_plural_common_noun_stays_that_group(nlp):
    text = "Teachers gathered outside the Education Ministry on Monday. They said the ministry had cut their pay.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "cut their pay")
    assert _name(q, entities) == "Teachers"


def test_they_after_two_joined_clauses_is_the_subject_of_the_second(nlp):
    text = (
        "Socialists want a new bridge over the river, and Republicans want a tunnel under the Port Authority "
        "docks. They argue that a tunnel would spare the old quay.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "spare the old quay")
    assert _name(q, entities) == "Republicans"
