"""Events, round 62 (issue 14 §1, who acts on whom): whom a conditional threat is made to.

A threat made on a condition ("… unless Israel rescinds the annexation", "… if the
United States goes ahead with the deployment") is made to the party whose act the condition names:
PLOVER's THREATEN target (a conditional offer is left alone: our wire labels code "vowed to
withdraw the bill if unions ended their strike" with no target). The threatened act's own phrases
seldom name that party ("threatened to hold a general strike"), so where every other reading left the target empty, the
subject of an "unless"/"if" clause on the threat verb or on the act threatened is the target when
it names a party or people. A condition that names no party ("if the talks fail") gives none, and a
target the act's own phrases give stays ("break relations with Russia unless the Kremlin …").
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _event(text: str, word: str):  # type: ignore[no-untyped-def]
    events = [e for e in tally.analyze(text).events if word in text[e.trigger[0] : e.trigger[1]]]
    assert events, [(text[e.trigger[0] : e.trigger[1]], e.type) for e in tally.analyze(text).events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "word", "kind", "party"),
    [
        (
            "The dockworkers' union threatened to shut the ports unless the transport ministry "
            "restores their bonuses.",
            "threatened",
            "THREATEN",
            "the transport ministry",
        ),
        (
            "Rebel commanders threatened to resume their attacks if the government refused to free "
            "their fighters.",
            "threatened",
            "THREATEN",
            "the government",
        ),
        (
            "The governor vowed to impose a curfew on the city unless the gangs lay down their weapons.",
            "vowed",
            "THREATEN",
            "the gangs",
        ),
        (
            "Teachers warned they would stage a national strike unless the education ministry paid "
            "their arrears.",
            "warned",
            "THREATEN",
            "the education ministry",
        ),
        (
            "The militia said it would shell the airport unless the government released its commanders.",
            "shell",
            "THREATEN",
            "the government",
        ),
    ],
)
def test_the_party_a_condition_names_is_the_target(text: str, word: str, kind: str, party: str) -> None:
    event = _event(text, word)
    assert event.type == kind
    assert event.target_text == party


def test_a_condition_naming_no_party_gives_no_target() -> None:
    event = _event("The miners threatened to strike if the talks fail.", "threatened")
    assert event.type == "THREATEN"
    assert event.target_text is None


def test_a_target_the_act_names_stays() -> None:
    text = "The assembly threatened to cut ties with Belgrade unless the army leaves the border villages."
    event = _event(text, "threatened")
    assert event.type == "THREATEN"
    assert event.target_text == "Belgrade"


# -- whom a demanded clause is about, when the parser names no active subject (round 62) --------
# A passive clause's subject ("demanded that the police chief be removed") and a mandative
# subjunctive the tagger reads as a noun ("demanded that Governor Okafor resign": "resign" tagged
# NN, the name its compound) are the one the demand is about, as "demanded that Kenya release …"
# already is. Only a party or people: a thing ("that the road be repaired") names none.


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Villagers demanded that the police chief be removed.", "the police chief"),
        ("Opposition lawmakers demanded that Governor Okafor resign.", "Governor Okafor"),
    ],
)
def test_the_subject_of_a_demanded_clause_is_the_target(text: str, party: str) -> None:
    event = _event(text, "demanded")
    assert event.type == "DEMAND"
    assert event.target_text == party


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The council demanded that the road be repaired.", "demanded"),
        ("Lawyers called for the charges against the three reporters to be dropped.", "called for"),
    ],
)
def test_a_demanded_clause_about_a_thing_names_no_target(text: str, word: str) -> None:
    event = _event(text, word)
    assert event.type == "DEMAND"
    assert event.target_text is None
