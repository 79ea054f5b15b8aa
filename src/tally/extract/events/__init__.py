"""PLOVER events with their ACLED mapping: :func:`extract_events` is the entry point.

Parts: ``lexicon`` (trigger senses, read from ``tally/lang``), ``syntax``
(actors, targets, modality from the parse), ``linking`` (an event's place,
date and figures), ``acled`` (PLOVER to ACLED types), ``learned`` (the
fallback model), and ``extractor``, which runs the reading steps (its
docstring lists their modules, lower ones first).
"""

from tally.extract.events.acled import to_acled
from tally.extract.events.extractor import extract_events
from tally.extract.registry import register

register(
    "events",
    version="1",
    assigns="events",
    requires=("dates", "places", "quotes", "figures"),
    adds_entities=True,
)(extract_events)

__all__ = ["extract_events", "to_acled"]
