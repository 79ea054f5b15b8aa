"""Events read into words of another sense, read on fresh text (round 39).

A verb of permission ("allow", "permit") whose subject is a thing, neither a party, a person nor a rule or
pact a party makes, means "make possible": no party eases anything, so no PLOVER CONCEDE. "Destroy" with one
person as object ruins a career or a life (no property destroyed); "offer" with something said or known as
object ("offered no evidence") promises nothing; "question" with something said, decided or agreed as patient
("questioned the wisdom of the move") voices doubt (DISAPPROVE), it interrogates no one. Sentences are our
own, not from any gold set.
"""

from __future__ import annotations

import pytest

import tally


def _events(text: str) -> list[tuple[str, str]]:
    return [(text[e.trigger[0] : e.trigger[1]], e.type) for e in tally.analyze(text).events]


MADE_POSSIBLE = [
    ("The new bridge allows farmers to reach the market in an hour.", "allows"),
    ("The council backed a faster bus line, which would allow commuters to skip the ring road.", "allow"),
    ("A wider channel permits larger ships to dock at the port.", "permits"),
    ("The thaw opened the mountain pass, allowing traders to cross before winter.", "allowing"),
]


@pytest.mark.parametrize(("text", "word"), MADE_POSSIBLE)
def test_a_thing_that_allows_makes_possible(text: str, word: str) -> None:
    assert word in text
    assert not [t for t, _type in _events(text) if t == word]


GRANTED = [
    ("The government allowed aid convoys to enter the besieged town on Tuesday.", "allowed"),
    ("The junta permitted the opposition to hold a rally in the capital.", "permitted"),
    ("The new law allows women to drive without a male guardian.", "allows"),
    ("The ceasefire deal permits inspectors to visit the detention camps.", "permits"),
    ("Authorities allowed journalists to enter the camp for the first time.", "allowed"),
    ("It allowed the exiled leader to return home after ten years.", "allowed"),
]


@pytest.mark.parametrize(("text", "word"), GRANTED)
def test_a_party_or_rule_that_allows_keeps_its_event(text: str, word: str) -> None:
    # the event stays (its type is read by the verb's other rules: "allowed aid convoys to enter" is AID)
    evs = [e for e in tally.analyze(text).events if text[e.trigger[0] : e.trigger[1]] == word]
    assert len(evs) == 1


RUINED = [
    ("The senator said the scandal was bent on destroying him.", "destroying"),
    ("The tabloid campaign destroyed Senator Ruiz within a week.", "destroyed"),
    ("He destroyed himself with drink and debt, his brother said.", "destroyed"),
]


@pytest.mark.parametrize(("text", "word"), RUINED)
def test_destroying_a_person_is_no_property_destroyed(text: str, word: str) -> None:
    assert not [t for t, _type in _events(text) if t == word]


DESTROYED = [
    ("Rebels destroyed the bridge outside the town on Monday.", "destroyed"),
    ("Soldiers burned and destroyed their homes in the village.", "destroyed"),
    ("Government troops destroyed the militia in a week of fighting.", "destroyed"),
]


@pytest.mark.parametrize(("text", "word"), DESTROYED)
def test_destroying_things_and_groups_stays(text: str, word: str) -> None:
    assert [t for t, _type in _events(text) if t == word] == [word]


PUT_FORWARD = [
    ("The spokesman offered no evidence for the claim that the vote was rigged.", "offered"),
    ("The mayor offered brief remarks at the opening of the clinic.", "offered"),
    ("The report offers a bleak assessment of the economy.", "offers"),
]


@pytest.mark.parametrize(("text", "word"), PUT_FORWARD)
def test_offering_something_said_promises_nothing(text: str, word: str) -> None:
    assert not [t for t, _type in _events(text) if t == word]


OFFERS = [
    ("The government offered talks to the striking doctors on Friday.", "offered"),
    ("Turkey offered to mediate between the two sides.", "offered"),
    ("The ministry offered shelter to the families displaced by the fighting.", "offered"),
]


@pytest.mark.parametrize(("text", "word"), OFFERS)
def test_offers_stay(text: str, word: str) -> None:
    assert [t for t, _type in _events(text) if t == word] == [word]


DOUBTED = [
    ("Several economists questioned the wisdom of raising fuel prices before the election.", "questioned"),
    ("Opposition lawmakers questioned the legality of the emergency decree.", "questioned"),
    ("Independent auditors have questioned the findings of the inquiry.", "questioned"),
]


@pytest.mark.parametrize(("text", "word"), DOUBTED)
def test_questioning_a_thing_said_is_doubt(text: str, word: str) -> None:
    evs = [e for e in tally.analyze(text).events if text[e.trigger[0] : e.trigger[1]] == word]
    assert [e.type for e in evs] == ["DISAPPROVE"]
    start = text.index(word)
    assert evs[0].trigger[0] == start and evs[0].trigger[1] == start + len(word)


INTERROGATED = [
    "Police questioned the suspects for six hours on Tuesday.",
    "Investigators questioned the driver about the crash.",
    "Detectives questioned him at the station overnight.",
]


@pytest.mark.parametrize("text", INTERROGATED)
def test_questioning_people_is_interrogation(text: str) -> None:
    evs = [e for e in tally.analyze(text).events if text[e.trigger[0] : e.trigger[1]] == "questioned"]
    assert [e.type for e in evs] == ["INVESTIGATE"]


CREDITED = [
    ("Maria Okafor contributed to this report from Lagos.", "contributed"),
    ("The paper's Nairobi bureau contributed to this story.", "contributed"),
    ("Two local historians contributed stories to the anthology.", "contributed"),
]


@pytest.mark.parametrize(("text", "word"), CREDITED)
def test_a_writer_credited_gives_no_aid(text: str, word: str) -> None:
    assert not [t for t, _type in _events(text) if t == word]


GIVEN = [
    ("Japan contributed $20 million to the relief fund for the flood victims.", "contributed"),
    ("Kenya contributed 1,000 troops to the peacekeeping mission.", "contributed"),
]


@pytest.mark.parametrize(("text", "word"), GIVEN)
def test_contributions_to_a_party_stay(text: str, word: str) -> None:
    found = [e for e in tally.analyze(text).events if text[e.trigger[0] : e.trigger[1]] == word]
    assert len(found) == 1
    assert text[found[0].trigger[0] : found[0].trigger[1]] == word
