"""Round 41, quotes: a participle of saying whose subject is not the subject the parser gives it.

Two constructions of English where the one who says is not the subject of the clause the parser
hangs the participle on:

- the absolute "with" phrase: "…, with X once saying she was “…”" — X says, not the subject of the
  sentence ("Both are rivals of …");
- a gerund after a preposition: "… for his role in the tender and for saying that …", "answered
  by saying …" — the subject of the verb the preposition's phrase hangs from says (or, when that
  verb has a person as its object, "fined the blogger for saying", that person).

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name

# -- "with X saying": the absolute phrase names who says --------------------------------------------

WITH_SAYING = [
    (
        "The two deputies are old opponents of the mayor, with Mrs Adeyemi once saying she was "
        '"not a supporter of his plans" during the 2019 race.\n',
        "not a supporter of his plans",
        "Adeyemi",
    ),
    (
        # passed before too: the parser hangs the participle on the name
        'The talks broke down on Friday, with Halvorsen telling reporters the offer was "an insult to every '
        'worker here".\n',
        "an insult to every worker here",
        "Halvorsen",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), WITH_SAYING)
def test_with_phrase_names_who_says(nlp, text, words, name):
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, words)
    assert text[q.start : q.end] == q.text
    assert q.kind in {"direct", "mixed"}
    assert name in _name(q, entities)
    s, e = q.speaker_span
    assert name in text[s:e]


# -- "for saying": the gerund after a preposition ---------------------------------------------------

GERUND_AFTER_PREPOSITION = [
    (
        "Ruth Okello left the ministry in 2019. She was called before the committee for her role in the port "
        'tender and for saying that the new terminal was "the cleanest in the whole region."\n',
        "the cleanest in the whole region.",
        "Ruth Okello",
    ),
    (
        # the verb above has a person as its object: that person said it
        'A court in Gomel fined the blogger Pavel Drozd for saying the vote was "a farce from start to finish."\n',
        "a farce from start to finish.",
        "Pavel Drozd",
    ),
    (
        # passed before too
        'Mayor Tomas Reyes answered the students by saying that the plan was "a promise we will keep to '
        'every family."\n',
        "a promise we will keep to every family.",
        "Tomas Reyes",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), GERUND_AFTER_PREPOSITION)
def test_gerund_after_preposition_is_said_by_the_clause_above(nlp, text, words, name):
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, words)
    assert text[q.start : q.end] == q.text
    assert _name(q, entities) == name


# -- guards: what must not change -------------------------------------------------------------------


def test_participle_of_the_subject_still_the_subjects(nlp):
    # no "with" phrase before the participle: the sentence's subject says
    text = 'Minister Ana Lobo spoke for an hour on Monday, saying the port was "open to every ship again."\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "open to every ship again.")
    assert _name(q, entities) == "Ana Lobo"


def test_with_phrase_of_a_thing_names_no_speaker(nlp):
    # "with the crowd watching": no verb of saying, the quote's cue stays "said"
    text = 'The march ended at noon, with police watching from the side streets. "We will not go home," said Ana Ruiz.\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "We will not go home")
    assert _name(q, entities) == "Ana Ruiz"


def test_named_speaker_with_a_gerund_inside_the_quote_unchanged(nlp):
    # a gerund inside the quoted words is no cue of its own
    text = '"We won the vote by saying no to the plan," said Tomas Reyes, the mayor.\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "We won the vote")
    assert _name(q, entities) == "Tomas Reyes"


def test_gerund_after_a_noun_is_not_the_clause_above(nlp):
    # "after weeks of denying": the preposition hangs from a noun, so the sentence's subject is
    # not made the speaker of the gerund's clause (nor a source of the figure inside it)
    text = (
        "After weeks of denying it would close any of the 12 border posts, the ministry shut nine of them.\n"
    )
    quotes, entities = _quotes(nlp, text)
    assert not [q for q in quotes if _name(q, entities) == "the ministry"]
