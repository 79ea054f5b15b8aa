"""Round 39, "it" as a speaker read on fresh text: "it" inside a clause below a clause whose subject
is a body reports for that body.

"The army said it had searched the vessel, which it said was bound for Korvat." — the
second "it" is the subject of a relative clause on the object of a clause whose subject is the
first "it", whose own clause hangs from "said" with the subject "the army": a pronoun in a
clause below its antecedent's clause is bound by that subject, so the speaker is the army
(or the country, or the named body, subject above it), not a body named nearer before the sentence.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name

ABOVE = [
    # a body by its common noun, the subject of the clause above two "it"s
    (
        "Lumen Shipping denied that its freighter carried arms.\n\n"
        "The army said it had searched the vessel, which it said was bound for the port of Korvat.\n",
        "was bound for the port of Korvat",
        "army",
    ),
    # a country, subject of the main clause, the relative clause on a noun far below it
    (
        "The World Food Programme sent grain to the border towns last week.\n\n"
        "Chile asked for compensation for each of the 40 fishermen it said were lost in the storm.\n",
        "were lost in the storm",
        "Chile",
    ),
    # a named body, subject of the clause whose object the relative clause describes
    (
        "Reuters first reported the seizure on Monday.\n\n"
        "The Harbour Trust rejected the fees it said were charged without notice by the port.\n",
        "were charged without notice",
        "Harbour Trust",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ABOVE)
def test_it_below_a_body_subject_reports_for_that_body(nlp, text, words, speaker):
    quotes, entities = _quotes(nlp, text)
    hits = _reported(quotes, words)
    assert hits, [q.text for q in quotes]
    q = max(hits, key=lambda h: h.start)  # the relative clause's own quote, not the one around it
    assert q.speaker_span is not None and text[q.speaker_span[0] : q.speaker_span[1]] == "it"
    assert speaker in _name(q, entities)


GUARDS = [
    # "it" the subject of the main clause: the body of the sentence before, as before
    (
        "The Tarsk city council met on Monday.\n\n“We will rebuild the bridge by June,” it said.\n",
        "We will rebuild the bridge by June,",
        "Tarsk",
    ),
    # a description above pointing back to a body named before: left to the rules after this one
    (
        "The Arvel Liberation Front claimed the attack on Monday.\n\n"
        "In a statement, the banned group claimed to be holding 40 hostages, whom it said were soldiers.\n",
        "were soldiers",
        "Arvel Liberation Front",
    ),
    # the body itself the subject of the verb "it" is subject of: unchanged
    (
        "Reuters first reported the closure.\n\nThe Harbour Trust has said it believes the pier can be saved.\n",
        "the pier can be saved",
        "Harbour Trust",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GUARDS)
def test_it_guards(nlp, text, words, speaker):
    quotes, entities = _quotes(nlp, text)
    hits = _reported(quotes, words)
    assert hits, [q.text for q in quotes]
    assert speaker in _name(hits[0], entities)


def test_a_document_subject_above_is_left_to_the_rule_for_documents(nlp):
    # "The statement … the changes it said": "it" is whoever issued the statement, not the statement
    text = (
        "The Harlan Teachers Union sent a statement to parents on Friday.\n\n"
        "The statement listed the changes it said would come into force in May.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _reported(quotes, "would come into force in May")
    assert hits, [q.text for q in quotes]
    assert "statement" not in _name(hits[0], entities).lower()
