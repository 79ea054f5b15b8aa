"""Round 39: an event cluster never joins acts whose actors, or whose targets, stand on different sides.

Found reading the demo's ACLED export: "Some people were beaten with batons as they were detained"
and "an aggressive crowd attacked a patrol", two reports of Minsk on one Sunday with no corpus
entity on either side to tell them apart, were one ASSAULT cluster, whose row took the crowd as the
actor of the beating ("Mob violence" by rioters). Whose side an actor or target is on (the state's
forces, an armed group, or people: civilians, protesters and rioters, which outlets use for the same
crowd) is known from its words; different sides are two acts. Sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._events import linked_clusters


def _clusters(tmp_path, texts: list[str]):
    return [c for c in linked_clusters(tmp_path / "sides.db", texts, "2024-06-17") if c.type == "ASSAULT"]


@pytest.mark.model
def test_a_beating_of_people_and_a_crowds_attack_on_a_patrol_are_two_events(tmp_path):
    clusters = _clusters(
        tmp_path,
        [
            "Several people were beaten with batons in Minsk on Sunday as they were detained.",
            "Two officers were hurt in Minsk on Sunday when an angry crowd attacked a police patrol.",
        ],
    )
    assert sorted(len(c.events) for c in clusters) == [1, 1]


@pytest.mark.model
def test_guard_police_and_soldiers_beating_protesters_stay_apart_from_a_mob_beating_police(tmp_path):
    # the state's forces acting on people, and people acting on the state's forces: two acts
    clusters = _clusters(
        tmp_path,
        [
            "Soldiers beat protesters in Minsk on Sunday, witnesses said.",
            "Protesters beat two policemen in Minsk on Sunday, the ministry said.",
        ],
    )
    assert sorted(len(c.events) for c in clusters) == [1, 1]
