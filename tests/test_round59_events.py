"""Events, round 59 (issue 14 §1, over-generation): an act told in the present as one that repeats,
or as what a kind of party does, is no event; the present of one occasion stays.

Round 58 read the simple present alone as a habit and was taken out (the public RAMS set lost
events of one occasion). Here the present must come with a sign of genericity of its own:

- a time that repeats ("every Friday", "twice a week", "daily", "on Fridays");
- a clause of "whenever" / "every time" / "each time", or of "when" in the present on a present
  main clause ("police detain reporters when they film the checkpoints");
- a kind acting on a kind: a bare plural subject and object, nothing named, no time;
- a present relative clause on a kind ("bloggers who praise the government").

Kept: the past with the same signs (acts that happened, again and again), a headline line, a live
blog's entry, a present with a time of one occasion, a "when" clause on a future or in the past,
and a kind acting on a named party or in a named place.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests._event_triggers import events_of, events_with_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Protesters march through the old town every Friday to demand the release of the detainees.",
            "march",
        ),
        (
            "Protesters march through the old town every Friday to demand the release of the detainees.",
            "demand",
        ),
        ("Every Sunday, riot police block the bridge into the capital.", "block"),
        ("The army shells the villages daily.", "shells"),
        ("The militia attacks the market twice a week.", "attacks"),
        ("The government bans fishing in the bay in the middle of each year.", "bans"),
    ],
)
def test_present_with_a_repeating_time_is_no_event(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == [], events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whenever the opposition calls a rally, police arrest its organisers.",
        "Each time students gather at the gate, soldiers disperse them with tear gas.",
        "Every time the union strikes, the company sacks its leaders.",
    ],
)
def test_whenever_clause_and_its_main_clause_are_no_event(text: str) -> None:
    assert events_of(text) == [], events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police detain reporters when they film the checkpoints.", "detain"),
        ("The rebels flee to the hills when attacked by the army.", "attacked"),
    ],
)
def test_present_rule_with_when_is_no_event(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == [], events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Security forces torture detainees, the report says.", "torture"),
        ("In such states, soldiers arrest farmers and herders without warrants.", "arrest"),
    ],
)
def test_kind_acting_on_a_kind_is_no_event(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == [], events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bloggers who praise the government gain followers quickly.", "praise"),
        ("Protesters who block roads are fined by the courts.", "block"),
    ],
)
def test_present_relative_clause_on_a_kind_is_no_event(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == [], events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters marched through the old town every Friday last year.", "marched"),
        ("Every Sunday in March, riot police blocked the bridge.", "blocked"),
        ("Whenever the opposition called a rally, police arrested its organisers.", "arrested"),
        ("Police arrest dozens in Nairobi", "arrest"),
        (
            "Live: the capital\n\n14:20 - Riot police arrest dozens of students outside the university.",
            "arrest",
        ),
        ("Police beat protesters on Tuesday.", "beat"),
        ("Soldiers arrest protesters in Kisumu, witnesses say.", "arrest"),
        ("The guards beat prisoners every Friday until the inspectors came.", "beat"),
        ("Troops attack the village this week, the commander says.", "attack"),
        ("Villagers who fled the attack returned home.", "attack"),
        ("The students who occupy the hall refuse to leave.", "occupy"),
    ],
)
def test_past_or_one_occasion_stays(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)


def test_when_clause_on_a_future_is_left_to_the_modality_steps() -> None:
    text = "When the army attacks the town, the villagers will flee to the hills."
    assert events_with_trigger(text, "attacks"), events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters who demand reform marched to parliament on Monday.", "demand"),
        ("Police detained students who oppose the new law.", "oppose"),
    ],
)
def test_present_relative_clause_on_the_parties_of_a_past_act_stays(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militia carries out raids and kidnappings every month in the border villages.", "kidnappings"),
        ("Gangs often stage robberies and kidnappings on the highway.", "kidnappings"),
        ("Police routinely use tear gas to disperse the students.", "disperse"),
    ],
)
def test_act_named_with_a_repeated_act_is_no_event(text: str, word: str) -> None:
    """An event noun joined to the object of a repeated act, and the complement of one."""
    assert events_with_trigger(text, word) == [], events_of(text)


def test_same_nouns_in_the_past_stay() -> None:
    text = "The militia carried out raids and kidnappings every month in the border villages."
    assert events_with_trigger(text, "kidnappings"), events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Protesters march through the town every Friday, and police have arrested their leaders.",
            "arrested",
        ),
        ("Students gather at the gate each week, and the army has detained three of them.", "detained"),
    ],
)
def test_clause_of_its_own_after_a_repeated_act_stays(text: str, word: str) -> None:
    """A conjunct with a subject and an auxiliary of its own does not share the first clause's
    repeating time."""
    assert events_with_trigger(text, word), events_of(text)
