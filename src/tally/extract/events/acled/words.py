"""The ACLED coding's word lists, read once: cue words and phrases by name, and a text's words
split as the cue tests compare them (a hyphenated word also gives its parts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tally.lang import active

# -- who does what to whom: ACLED's sub-event types read from the sentence ---------
#
# ACLED codes an event from its actors' kinds and the act (ACLED Codebook 2023, see
# docs/acled.md): a demonstration met with force is one "Protests" event whose
# sub-event type says how it was met, not a protest plus a battle. So the events of
# one sentence are coded together: a protest setting (a protest event, protesters
# as actor or target) with state forces using lethal force is "Excessive force
# against protesters", with non-lethal force or arrests "Protest with
# intervention", protesters who turn violent make a "Violent demonstration", a mob
# "Mob violence"; outside protests, the weapon and the parties' kinds decide
# (armed groups on civilians: "Attack"; two armed sides: "Armed clash"; …).

_WORD = re.compile(r"[a-z][a-z'-]*")


def _words(text: str | None) -> list[str]:
    """Lower-case words; a hyphenated word also gives its parts ("chlorine-filled" → chlorine, filled).

    A new list each call (callers compare and join lists), split once per text: the sub-event
    rules split the same triggers and parties' names again for every test they make."""
    return list(_split_words(text or ""))


@lru_cache(maxsize=4096)
def _split_words(text: str) -> tuple[str, ...]:
    """:func:`_words` of one text, cached."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        out.append(word)
        if "-" in word:
            out.extend(p for p in word.split("-") if p)
    return tuple(out)


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in active().get("events", "acled_cues").items()}


#: Participles that make people demonstrators ("striking miners", "protesting farmers").
_DEMONSTRATING = frozenset({"striking", "protesting", "demonstrating", "marching", "rioting"})

#: Words that make a member of an armed side a civilian: "former soldiers", "ex-combatants".
_FORMER = frozenset({"former", "ex", "retired", "demobilised", "demobilized"})


@lru_cache(maxsize=1)
def _phrase_cues() -> dict[str, tuple[str, ...]]:
    """The cues of several words of each list, padded with spaces: what :func:`_has` looks for in the joined words.

    Listed once, not picked out of every list again at each call (``_has``
    runs a few times per event, over lists of hundreds of cues).
    """
    return {k: tuple(f" {c} " for c in sorted(v) if " " in c) for k, v in _cues().items()}


def _has(words: Iterable[str], cue: str) -> bool:
    seq = list(words)
    if not _cues()[cue].isdisjoint(seq):
        return True
    phrases = _phrase_cues()[cue]
    if not phrases:
        return False
    joined = f" {' '.join(seq)} "
    return any(c in joined for c in phrases)
