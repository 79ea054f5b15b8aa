"""Quotes of crackdown reporting, tenth round: quoted words the parser takes for a speaker, ….

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- quoted words are no speaker ------------------------------------------------------------


def test_a_quoted_subject_of_a_reported_clause_is_no_speaker_of_the_next_conjunct(nlp):
    # the second clause hangs from the first reported verb, whose subject is quoted words
    text = (
        'The governor, Ana Castillo, said "hired thugs" had burned the town hall in Valparaiso and '
        'described the protest as a "coordinated" attack.\n'
    )
    quotes, entities = _quotes(nlp, text)
    second = [q for q in _with(quotes, "coordinated") if "hired thugs" not in q.text]
    assert len(second) == 1
    assert _name(second[0], entities) == "Ana Castillo"
