"""Round 46: one crackdown told in different words is one event cluster.

Outlets name the force used on one march differently: police "fired tear gas" (PLOVER COERCE),
"beat" or "shot dead" marchers (ASSAULT), "stormed" a sit-in (FIGHT). When both reports pin the act
to a day and a place below a province, they are one event, as ACLED codes it. Arrests, torture,
bombings and unpinned reports keep their own type. A protest one outlet calls "unrest"
(spontaneous) and another "a march" (organised) is one protest. Texts are our own.
"""

from __future__ import annotations

import pytest

from tally.link.events import event_block, events_compatible
from tests._events import linked_clusters, own_entity, pinned_features


def _features(**over):
    return pinned_features(
        "ASSAULT", "beat", ["KE", "Nakuru", "184622"], "2025-06-03", **({"target_side": "people"} | over)
    )


def test_tear_gas_and_beatings_pinned_to_one_day_and_town_are_one_act():
    beat = _features()
    gas = _features(type="COERCE", mode=None, actor="b:e1", target="b:e2")
    assert event_block(beat) == event_block(gas)
    assert events_compatible(beat, gas, own_entity)


def test_storming_and_shooting_pinned_are_one_act():
    stormed = _features(type="FIGHT", mode=None)
    shot = _features(type="ASSAULT", mode="firearms", actor="b:e1", target="b:e2")
    assert events_compatible(stormed, shot, own_entity)


def test_guard_force_not_pinned_keeps_its_type():
    beat = _features(pinned=False)
    gas = _features(type="COERCE", mode=None, actor="b:e1", target="b:e2")
    assert not events_compatible(beat, gas, own_entity)


def test_guard_arrests_are_not_force():
    beat = _features()
    arrest = _features(type="COERCE", mode="arrest", actor="b:e1", target="b:e2")
    assert not events_compatible(beat, arrest, own_entity)
    # a crackdown of no mode still meets the arrests made in it, as before
    crackdown = _features(type="COERCE", mode=None, pinned=False)
    assert event_block(crackdown) == event_block(arrest)
    assert events_compatible(
        crackdown, arrest | {"pinned": False, "actor": "a:e1", "target": "a:e2"}, own_entity
    )


def test_guard_torture_and_bombing_stay_their_own_events():
    beat = _features()
    for mode in ("torture", "explosives", "abduct"):
        other = _features(mode=mode, actor="b:e1", target="b:e2")
        assert not events_compatible(beat, other, own_entity)


def test_guard_force_on_police_and_force_by_police_stay_apart():
    by_police = _features()
    on_police = _features(type="FIGHT", mode=None, actor_side="people", target_side="state")
    assert not events_compatible(by_police, on_police, own_entity)


def test_guard_two_named_actors_stay_apart():
    one = _features(actor_group=False)
    two = _features(type="COERCE", mode=None, actor="b:e1", target="b:e2", actor_group=False)
    assert not events_compatible(one, two, own_entity)


def test_organised_and_spontaneous_protest_are_one_protest():
    march = _features(type="PROTEST", mode="demo-org", actor_side="people", target_side=None)
    unrest = _features(type="PROTEST", mode="demo-spon", actor="b:e1", target="b:e2", actor_side="people")
    assert events_compatible(march, unrest, own_entity)


def test_guard_a_riot_is_not_a_peaceful_march():
    march = _features(type="PROTEST", mode="demo-org", actor_side="people", target_side=None)
    riot = _features(type="PROTEST", mode="riot-spon", actor="b:e1", target="b:e2", actor_side="people")
    assert not events_compatible(march, riot, own_entity)


def _clusters(tmp_path, texts: list[str]):
    return linked_clusters(tmp_path / "force.db", texts, "2025-06-04")


@pytest.mark.model
def test_two_outlets_words_for_one_dispersal_are_one_cluster(tmp_path):
    clusters = _clusters(
        tmp_path,
        [
            "Police fired tear gas at hundreds of nurses in Nakuru on 3 June 2025, their union said.",
            "Police beat striking nurses with batons in Nakuru on 3 June 2025, witnesses said.",
        ],
    )
    force = [c for c in clusters if len({e.doc for e in c.events}) == 2]
    assert len(force) == 1
    assert {e.trigger for e in force[0].events} >= {"beat"}
