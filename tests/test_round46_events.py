"""Round 46 (issue 14 §1): event words and constructions of manual-style wire prose.

The PLOVER gold sentences are the CAMEO manual's examples, about one per CAMEO code, so the held-out
half holds examples of codes the dev half lacks, told in wire idiom. Probes of our own written one
per CAMEO category name are read well (120 of 136); probes written in wire idiom are not (idioms
and less common verbs: 31 of 60 at the start). The classes fixed here come from the CAMEO category
names, the CAMEO2PLOVER-2021 table and general English verb classes, never from a dev sentence:

- verbs of the type's class missing from the lists: "balk", "stonewall" (REJECT), "pillory"
  (DISAPPROVE), "muzzle", "gag" (COERCE censor), "clamour" (DEMAND), "eulogise" (SUPPORT);
  "unban", and "legalise" a party or group (CONCEDE: CAMEO 0812 "Ease ban on political parties");
  "hit out at" (DISAPPROVE), "climb down" (CONCEDE); "bolster" forces or security (MOBILIZE);
- an attack on something decided or agreed is criticism: "assailed the new law", "attacked the
  deal" (DISAPPROVE), as "attacked the proposal" already was (the patients a verb of questioning
  doubts: policies, pacts, deals, information);
- the object the parser hangs as the subject of an adjective complement ("freed the passengers
  unharmed", "set the prisoners free") is the verb's object.

Every sentence here is new (none from a gold set, RAMS, the wire halves or the CAMEO manual).
"""

from __future__ import annotations

import pytest

import tally
from tally.evaluate.events import first_event


def _first(text: str):
    return first_event(sorted(tally.analyze(text).events, key=lambda e: e.trigger[0]))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hanoi balked at the American proposal.", "REJECT"),
        ("The junta stonewalled the African Union mediators for months.", "REJECT"),
        ("State television pilloried the exiled bishop for his sermon.", "DISAPPROVE"),
        ("The military government muzzled the independent press.", "COERCE"),
        ("The regime gagged two opposition weeklies.", "COERCE"),
        ("Students clamoured for the release of their teachers.", "DEMAND"),
        ("The bishops eulogised the murdered archbishop.", "SUPPORT"),
        ("The regime legalised opposition parties.", "CONCEDE"),
        ("The new government unbanned the communist party.", "CONCEDE"),
        ("Greece hit out at Turkey over the airspace violations.", "DISAPPROVE"),
        ("Ministers climbed down over the planned fuel tax.", "CONCEDE"),
        ("The army bolstered its forces along the northern border.", "MOBILIZE"),
    ],
)
def test_verbs_of_the_classes(text: str, type_: str) -> None:
    event = _first(text)
    assert event is not None and event.type == type_, (text, event and event.type)


@pytest.mark.parametrize(
    "text",
    [
        "Human rights groups assailed the new anti-terror law.",
        "Opposition leaders attacked the peace deal as a sell-out.",
        "The bishops attacked the government's decision to close the schools.",
    ],
)
def test_an_attack_on_a_decision_is_criticism(text: str) -> None:
    event = _first(text)
    assert event is not None and event.type == "DISAPPROVE", (text, event and event.type)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The hijackers freed all the passengers unharmed.", "RETREAT"),
        ("The kidnappers set the two engineers free.", "RETREAT"),
    ],
)
def test_object_of_a_small_clause(text: str, type_: str) -> None:
    event = _first(text)
    assert event is not None and event.type == type_, (text, event and event.type)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # guards: an attack with blows on a place or people stays violence
        ("Gunmen attacked the convoy near Kandahar.", "ASSAULT"),
        ("Rebels attacked the ministry building with rockets.", "FIGHT"),
        # legalising an act is no easing of a ban on a party
        ("The new law legalizes the interception of foreign fishing boats.", None),
        # a small clause that is no act of the lists stays none
        ("Voters found the campaign boring.", None),
        ("Police beat the student unconscious.", "ASSAULT"),
    ],
)
def test_guards(text: str, type_: str | None) -> None:
    event = _first(text)
    if type_ is None:
        assert event is None, (text, event.type)
    else:
        assert event is not None and event.type == type_, (text, event and event.type)
