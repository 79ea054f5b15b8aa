"""PLOVER events with their ACLED mapping: :func:`extract_events` is the entry point.

Parts: ``lexicon`` (trigger senses, read from ``tally/lang``), ``syntax``
(actors, targets, modality from the parse), ``linking`` (an event's place,
date and figures), ``acled`` (PLOVER to ACLED types), ``learned`` (the
fallback model), and ``extractor``, which runs the reading steps (its
docstring lists their modules, lower ones first).

The package imports its extractor on first use, not on import: the link step reads the ACLED
actor kinds (``acled``) in a process that analyses nothing (:mod:`tally.link.apart`), and the
extractor's modules import spaCy, 1.1 of the 1.5 CPU seconds that process took to start.
The extractor is registered here all the same, as before, through :func:`extract_events`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tally.extract.registry import register

if TYPE_CHECKING:
    from tally.extract.context import ExtractContext
    from tally.extract.events.acled import to_acled
    from tally.records import Event


@register(
    "events",
    version="1",
    assigns="events",
    requires=("dates", "places", "quotes", "figures"),
    adds_entities=True,
)
def extract_events(ctx: ExtractContext) -> list[Event]:
    """:func:`tally.extract.events.extractor.extract_events`, imported on the first call."""
    from tally.extract.events.extractor import extract_events as extract

    return extract(ctx)


def __getattr__(name: str) -> Any:
    """``to_acled`` from :mod:`.acled`, imported when first asked for (PEP 562)."""
    if name == "to_acled":
        from tally.extract.events.acled import to_acled

        return to_acled
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["extract_events", "to_acled"]
