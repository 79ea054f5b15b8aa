"""Round 36, quotes on fresh text: a finished quoted sentence is not the cue of a new sentence's
verb that reports a clause of its own.

"“….” Local residents were sceptical, neighbours said." — "said" reports "Local residents were
sceptical", a clause that stands between the closing mark and the verb; "“…?” Critics in the
town say the plan is too costly" — "say" reports "the plan is too costly". The quoted sentence
goes on from whoever spoke before it.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name


def _direct(quotes, words: str):
    """The direct records whose text holds *words*."""
    return _reported(quotes, words, kind="direct")


OWN_CLAUSE = [
    (
        "“The bridge will open in May,” said Ana Ruiz, the county engineer. “We will need more crews "
        "for the work.” The project was delayed twice, residents said.\n",
        "We will need more crews for the work.",
    ),
    (
        "“The bridge will open in May,” Ana Ruiz said. “Why would anyone wait another year?” Critics "
        "in the town, including a former mayor, say the plan is too costly.\n",
        "Why would anyone wait another year?",
    ),
    (
        "“The bridge will open in May,” Ana Ruiz said. “We will need more crews!” The old ferry was "
        "cheaper, some drivers said.\n",
        "We will need more crews!",
    ),
]


@pytest.mark.parametrize(("text", "words"), OWN_CLAUSE)
def test_a_new_sentences_cue_with_a_clause_of_its_own_leaves_the_quote(nlp, text, words):
    quotes, entities = _quotes(nlp, text)
    (q,) = _direct(quotes, words)
    assert text[q.start : q.end] == words
    assert _name(q, entities) == "Ana Ruiz"


# -- guards: what must not change -----------------------------------------------------------------

KEPT = [
    # the new sentence is only its cue and speaker
    (
        "“Will the bridge open in May?” asked Tom Hale, a driver.\n",
        "Will the bridge open in May?",
        "Tom Hale",
    ),
    ("“The bridge is closed.” Tom Hale said on Monday.\n", "The bridge is closed.", "Tom Hale"),
    # a clause inside the quote's own sentence is not a clause of the new sentence
    (
        "“The crews will start on Monday and the bridge will open in May,” Tom Hale said.\n",
        "The crews will start on Monday and the bridge will open in May,",
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), KEPT)
def test_a_cue_of_the_quote_itself_is_kept(nlp, text, words, name):
    quotes, entities = _quotes(nlp, text)
    (q,) = _direct(quotes, words)
    assert text[q.start : q.end] == words
    assert _name(q, entities) == name


def test_the_new_sentences_clause_is_still_reported(nlp):
    text = (
        "“The bridge will open in May,” said Ana Ruiz, the county engineer. “We will need more crews "
        "for the work.” The project was delayed twice, residents said.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = [q for q in quotes if q.kind == "indirect"]
    assert q.text.startswith("The project was delayed twice")
    assert _name(q, entities) == "residents"
