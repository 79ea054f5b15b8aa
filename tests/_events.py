"""The first event of a text, as the event tests score it (the PLOVER and CASE sets take a
sentence's or a description's first event by trigger position)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tally
from tally import pipeline
from tally.corpus import Corpus
from tally.records import EventCluster


def first_event(text: str) -> Any:
    """The event of *text* whose trigger comes first, or None."""
    events = sorted(tally.analyze(text).events, key=lambda e: e.trigger[0])
    return events[0] if events else None


def first_sub_event(text: str) -> str | None:
    """The ACLED sub-event type of the description's first event (smallest trigger offset)."""
    event = first_event(text)
    return event.acled.sub_event_type if event is not None and event.acled else None


def typed_event(text: str, ptype: str, mode: str | None, actor: str, target: str | None) -> Any:
    """The first event of *text*, checked to be of *ptype* (and *mode* when given), with *actor* in its
    actor's words and *target* (when given) in its target's: the shape every construction test takes."""
    event = first_event(text)
    assert event is not None, text
    assert event.type == ptype, (text, event.type)
    if mode is not None:
        assert event.mode == mode, (text, event.mode)
    assert event.actor_text is not None and actor.lower() in event.actor_text.lower(), event.actor_text
    if target is not None:
        assert event.target_text is not None and target.lower() in event.target_text.lower(), (
            event.target_text
        )
    return event


def linked_clusters(db: Path, texts: list[str], published: str) -> list[EventCluster]:
    """The event clusters of *texts*, each analysed as an article published on *published* and
    linked in a new corpus at *db*: what the cross-article event tests read."""
    corpus = Corpus(db)
    for text in texts:
        corpus.store.add_article(pipeline.analyze(text, published=published))
    corpus.link()
    clusters = corpus.events()
    corpus.close()
    return clusters


def pinned_features(
    ptype: str, mode: str | None, place: list[str], day: str, /, **over: Any
) -> dict[str, Any]:
    """Link features of one event both articles pin to *day* at *place*: a state group acting on a
    group ("a:e1" on "a:e2"), with *over* replacing any key. What the pairwise cluster tests
    compare with ``events_compatible``."""
    base = {
        "type": ptype,
        "mode": mode,
        "place": place,
        "period": [day, day],
        "actor": "a:e1",
        "target": "a:e2",
        "actor_side": "state",
        "target_side": None,
        "actor_group": True,
        "target_group": True,
        "pinned": True,
    }
    return base | over


def own_entity(member: str | None) -> str | None:
    """Corpus entity of an article entity in those tests: every one is its own."""
    return member
