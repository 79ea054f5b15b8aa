"""PLOVER → ACLED: an event's ACLED event type and sub-event type.

:func:`to_acled` maps a PLOVER type and mode to ACLED's event and sub-event
type (:mod:`.mapping`, whose docstring says why the mapping is partial);
:func:`situate` recodes the events that happened sentence by sentence, as an
ACLED coder reads who did what to whom. Parts, lower ones first: :mod:`.words`
(cue lists), :mod:`.mapping`, :mod:`.actors` (an actor's ACLED kind),
:mod:`.protests` (demonstrations and how they were met), :mod:`.acts` and
:mod:`.sub_events` (one event outside a demonstration), :mod:`.sentence` (the
events of a sentence as one ACLED event) and :mod:`.situate`.
"""

from tally.extract.events.acled.actors import actor_kind, names_weapons
from tally.extract.events.acled.mapping import (
    MAPPING_VERSION,
    NOTE_ONLY_TYPES,
    PLOVER_TO_ACLED,
    SUB_EVENT_TYPES,
    to_acled,
)
from tally.extract.events.acled.situate import situate

__all__ = [
    "MAPPING_VERSION",
    "NOTE_ONLY_TYPES",
    "PLOVER_TO_ACLED",
    "SUB_EVENT_TYPES",
    "actor_kind",
    "names_weapons",
    "situate",
    "to_acled",
]
