"""Events, round 49: the party of an event is who its phrase names, never the place it is placed in.

An actor's or target's phrase often ends in where the party was: "fired on *students in Port
Harcourt*", "arrested *traders at the Kimbo market*". The party's entity was the mention that
overlapped the phrase most, and when the head noun names no entity of its own that was the place
("Port Harcourt"), so a cluster read "police → Port Harcourt" and the ACLED export put a town in the
target's column. A phrase of place after the head (in, at, near, outside, inside, across, around,
throughout) is now left out when the party's entity is looked up; the words of the actor and target
(``actor_text``, ``target_text``, what the PLOVER scores read) are unchanged.

Every sentence below was written for this round (no gold set, no CAMEO example).
"""

from __future__ import annotations

import pytest

import tally


def _parties(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(type, actor words, actor entity's name, target words, target entity's name) of each event."""
    article = tally.analyze(text, published="2026-05-02")
    names = {e.id: e.name for e in article.entities}
    return [
        (e.type, e.actor_text, names.get(e.actor or ""), e.target_text, names.get(e.target or ""))
        for e in sorted(article.events, key=lambda e: e.trigger[0])
    ]


PLACED_TARGETS = [
    ("Riot police fired rubber bullets at students in Port Harcourt on Friday.", "Port Harcourt"),
    ("Troops opened fire on mourners in Kampala on Sunday.", "Kampala"),
]


@pytest.mark.parametrize(("text", "place"), PLACED_TARGETS)
def test_round49_a_place_after_the_target_is_not_the_target(text: str, place: str) -> None:
    events = _parties(text)
    assert events, text
    _, _, _, target_words, target_entity = events[0]
    assert target_words is not None and place in target_words  # the words stay as the parse gave them
    assert target_entity is None or place not in target_entity, events[0]


def test_round49_a_place_after_the_actor_is_not_the_actor() -> None:
    events = _parties("Protesters in Kumasi burned two police vehicles on Saturday.")
    assert events
    _, actor_words, actor_entity, _, _ = events[0]
    assert actor_words is not None and "Kumasi" in actor_words
    assert actor_entity is None or "Kumasi" not in actor_entity, events[0]


def test_round49_a_group_noun_before_the_place_is_the_party() -> None:
    """The head is a group noun, so the party is that group once the place is left out."""
    events = _parties("Police sprayed tear gas at protesters in Bamenda on Tuesday.")
    target = next(e for e in events if e[3] is not None)
    assert target[4] is not None and target[4].lower() == "protesters", target


def test_round49_guard_a_place_that_is_the_object_stays_the_target() -> None:
    """A place acted upon itself ("shelled Kharkiv") is the target, as before."""
    events = _parties("Artillery units shelled Mariupol overnight.")
    assert events and events[0][4] == "Mariupol", events


def test_round49_guard_a_named_party_before_the_place_keeps_its_name() -> None:
    events = _parties("Police detained members of the Kasai Workers Union in Kananga on Sunday.")
    target = next(e for e in events if e[3] is not None)
    assert target[4] is not None and "Kasai Workers Union" in target[4], target
