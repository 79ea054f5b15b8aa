"""Round 38, speakers read on fresh text: a name inside the clause of an earlier "he"/"she" subject
is someone that subject acts on or speaks of, never the antecedent of a later "he"/"she".

"Marta Quell runs the clinic. She thanked the donors who had stood by Irene Vass for years. “We
will open in May,” she said." — the first "she" is the subject of its sentence and Irene Vass
stands inside that sentence after it: the two are not one person (a name cannot be bound by a
pronoun that precedes it in its own clause), so the second "she" goes on with the first one's
referent, Marta Quell, not the nearer Irene Vass.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name

CHAIN = [
    # the name is inside the object of the pronoun's clause
    (
        "Marta Quell said the clinic had run short of beds.\n\n"
        "She thanked the donors who had stood by Irene Vass for years. “We will open in May,” she said.\n",
        "We will open in May,",
        "Marta Quell",
    ),
    # the name is the subject of a clause subordinate to the pronoun's
    (
        "Tomas Brel, a farmer, signed the petition last week. “Nobody asked us,” he said.\n\n"
        "He left the hall an hour before Piet Ostrand was named chairman. But he has since changed "
        "his mind. “I did what I could,” he said.\n",
        "I did what I could,",
        "Tomas Brel",
    ),
    # the name owns a noun in the pronoun's clause
    (
        "Lena Sorvik said the depot would close.\n\n"
        "She rejected Carla Denn's plan for the depot. “It costs too much,” she told reporters.\n",
        "It costs too much,",
        "Lena Sorvik",
    ),
    (
        "Tomas Brel said the harvest was late.\n\n"
        "He blamed the rain that had flooded Piet Ostrand's fields. “I did what I could,” he said.\n",
        "I did what I could,",
        "Tomas Brel",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CHAIN)
def test_a_name_in_an_earlier_pronoun_subjects_clause_is_not_the_antecedent(nlp, text, words, speaker):
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, words, kind="direct")
    assert text[q.start : q.end] == words
    assert _name(q, entities) == speaker


def test_the_bar_holds_inside_the_pronouns_own_sentence(nlp):
    """A later "she" of the same sentence as the earlier one goes on with it too."""
    text = (
        "Lena Sorvik said the depot would close.\n"
        "As the talks dragged on, she, too, lost patience with the lawyers who advised Carla Denn, "
        "a move she said had cost the town a year.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "had cost the town a year", kind="indirect")
    assert text[q.start : q.end] == "had cost the town a year"
    assert _name(q, entities) == "Lena Sorvik"


# -- guards: what must not change -----------------------------------------------------------------

KEPT = [
    # a name that is the subject of its own sentence is the antecedent
    (
        "Marta Quell runs the clinic.\n\nIrene Vass joined her staff in May. “We will open soon,” she said.\n",
        "We will open soon,",
        "Irene Vass",
    ),
    # a pronoun of the other form does not bar the name
    (
        "Tomas Brel runs the farm.\n\nHe hired Irene Vass in May. “The harvest was good,” she said.\n",
        "The harvest was good,",
        "Irene Vass",
    ),
    # a name that is the subject of a clause joined to the pronoun's by "and" opens its own topic
    (
        "Tomas Brel runs the farm.\n\nHe left, and Piet Ostrand stayed on. “We need more,” he said.\n",
        "We need more,",
        "Piet Ostrand",
    ),
    # the name follows a pronoun subject quoted in someone's words: no bar
    (
        "Tomas Brel runs the farm.\n\n“He never calls,” said Piet Ostrand. “We need more,” he said.\n",
        "We need more,",
        "Piet Ostrand",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), KEPT)
def test_names_outside_an_earlier_pronouns_clause_still_resolve(nlp, text, words, speaker):
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, words, kind="direct")
    assert text[q.start : q.end] == words
    assert _name(q, entities) == speaker
