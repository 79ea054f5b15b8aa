"""Dates, thirty-seventh round (fresh text): which way a weekday of something still to come lies.

A bare weekday takes the tense of the verb it dates; when the parse hangs it
on something else, the clause says nothing and the weekday leans to the past.
Two constructions of English in which the verb is there but was not found:

- a time phrase between a subject and its verb ("The council on Tuesday will
  vote"), which the parser hangs on the subject: it takes the verb's tense;
- a deadline after a passive with "must" ("must be returned by Friday"): what
  is owed is still to do ("must have left": not), and the parser takes
  "by Friday" for the agent.

Every sentence here is written for these tests (none is adapted from an
article); each failed before its rule unless it says it is a guard.
Thursday 10 June 2021 is the usual publication date.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model

THU = "2021-06-10"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The city council on Tuesday will vote on the new budget.", THU, [("Tuesday", "2021-06-15")]),
        ("The regulator on Monday will publish its findings.", "2021-06-09", [("Monday", "2021-06-14")]),
        (
            "Election officials on Tuesday are going to count the postal ballots.",
            THU,
            [("Tuesday", "2021-06-15")],
        ),
        # guards: a past verb keeps the day behind; a phrase after the verb is read as before
        ("The city council on Tuesday approved the new budget.", THU, [("Tuesday", "2021-06-08")]),
        ("The council will vote on the budget on Tuesday.", THU, [("Tuesday", "2021-06-15")]),
        ("Police arrested the organisers on Tuesday.", THU, [("Tuesday", "2021-06-08")]),
        # guard: a phrase that follows the noun it belongs to, after the verb
        ("Nobody expected the strike on Tuesday.", THU, [("Tuesday", "2021-06-08")]),
    ],
)
def test_time_between_subject_and_verb_takes_the_verbs_tense(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Ballots must be returned by Friday, the election office said.",
            "2021-06-08",
            [("Friday", "2021-06-11")],
        ),
        ("Applications must be filed by Monday.", THU, [("Monday", "2021-06-14")]),
        # guards: "must have" looks back; a past passive with "by" stays behind
        ("He must have left the city on Monday.", THU, [("Monday", "2021-06-07")]),
        ("The ballots were returned by Friday.", THU, [("Friday", "2021-06-04")]),
    ],
)
def test_a_deadline_that_must_be_met_lies_ahead(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected
