"""Events, round 60 (issue 14 §1, who acts on whom): whom a protest is against.

PLOVER codes a protest's target as the party it is held against. That party is seldom an argument
of the protest word itself ("marched", "staged a sit-in", "went on hunger strike"); it is named by
the protest's purpose or its ground:
- an infinitive of purpose or a participle whose act is a grievance (a verb, phrasal verb or object
  noun of the types DEMAND, DISAPPROVE, PROTEST, REJECT): "to demand the resignation of the
  minister", "calling for an apology from the ministry", "to voice their outrage at the board's
  decision";
- "in protest of / against", "in defiance of", "in opposition to" a party or a party's act.
The party is the phrase itself where it names one, else the party that did or holds it (a
possessor, a "by"/"from" phrase), one phrase down at most; never its "of" phrase ("demanding the
release of the detainees": the detainees are whom the act is for).
Kept: a purpose that is no grievance names no target ("rallied to celebrate his victory"), and a
target the protest's own phrases give stays.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _target_of(text: str, word: str) -> str | None:
    events = [e for e in tally.analyze(text).events if word in text[e.trigger[0] : e.trigger[1]]]
    assert events, [(text[e.trigger[0] : e.trigger[1]], e.type) for e in tally.analyze(text).events]
    assert events[0].type == "PROTEST", events[0].type
    return events[0].target_text


@pytest.mark.parametrize(
    ("text", "word", "party"),
    [
        (
            "Hundreds of nurses marched through Lagos on Friday to demand reforms from the health minister.",
            "marched",
            "health minister",
        ),
        (
            "Taxi drivers blocked the main highway to protest against the city council's new fuel levy.",
            "blocked",
            "city council",
        ),
        (
            "Farmers went on a hunger strike in protest of the government's land seizures.",
            "hunger strike",
            "government",
        ),
        (
            "Students rallied outside parliament calling for an apology from the interior ministry.",
            "rallied",
            "interior ministry",
        ),
        (
            "Thousands of workers staged a sit-in in defiance of the military junta.",
            "sit-in",
            "military junta",
        ),
        (
            "Dockworkers walked off the job to voice their outrage at the port authority's layoffs.",
            "walked off",
            "port authority",
        ),
    ],
)
def test_protest_target_from_its_purpose_or_ground(text: str, word: str, party: str) -> None:
    target = _target_of(text, word)
    assert target is not None and party in target, target


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Supporters of the president rallied in the capital to celebrate his victory.", "rallied"),
        ("Protesters marched through the old town on Sunday.", "marched"),
        ("Protesters marched to the parliament building to deliver a petition to the speaker.", "marched"),
        (
            "Thousands of miners marched through the capital demanding the release of their union leaders.",
            "marched",
        ),
    ],
)
def test_protest_with_no_party_grieved_has_no_target(text: str, word: str) -> None:
    assert _target_of(text, word) is None
