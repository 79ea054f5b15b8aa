"""The event lexicon: which words, in which syntactic role, trigger which PLOVER event.

Types and modes are those of the PLOVER 0.5 draft, the version PLOVER's gold
sentences are coded with (see ``SPEC.md``). The lists follow the PLOVER
manual's definitions of each type (and the CAMEO verb classes they merge), not
single example sentences; a word whose event depends on what it acts on
("lift a curfew" is a concession, "lift a blockade" a retreat; "send troops"
mobilises, "send aid" aids) is keyed by verb *and* object class.

A trigger is never a keyword alone: :mod:`tally.extract.events.senses` and
:mod:`tally.extract.events.triggers` look these up for a verb or noun in the
dependency parse and :mod:`tally.extract.events.arguments` takes the actor and target
from its arguments, so "protest" as a verb with a subject and "protest" as a
noun under "lodge" get different events.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from tally.lang import active, bind


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for compact word lists."""
    return frozenset(text.split())


class Sense(NamedTuple):
    """A PLOVER event type and mode (mode None where the manual gives none that fits)."""

    type: str
    mode: str | None = None


# -- verbs ------------------------------------------------------------------


#: Verbs that are events only with an object of a class (else nothing): "seize power" is not.


# -- nouns -------------------------------------------------------------------

#: Event nouns that stand as events on their own (subject, object of a preposition):
#: the material-conflict ones a monitor counts. Cooperative nouns ("talks", "aid")
#: are events only under a light verb ("held talks"), or they would fire on every
#: mention of a topic.
STANDALONE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "FIGHT", "MOBILIZE", "SANCTION"})


#: Types that are cooperation: a future one is an AGREE (PLOVER: "all cooperative
#: actions reported in future tense are also taken to imply intentions"), a
#: refused one a REJECT.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
#: Types that are material conflict: a future one is a THREATEN.
CONFLICTIVE = frozenset({"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME"})

#: The THREATEN mode for the kind of act threatened.
THREAT_MODES: dict[str, str] = {
    "ASSAULT": "violence",
    "FIGHT": "violence",
    "MOBILIZE": "violence",
    "SANCTION": "relations",
    "COERCE": "restrict",
    "PROTEST": "restrict",
    "CRIME": "violence",
}


#: Tables whose values are :class:`Sense` (stored as ``[type, mode]`` in the data files).
SENSE_TABLES = frozenset(
    {"VERBS", "PHRASAL", "VERB_OBJECT", "NOUNS", "NOUN_COMPOUNDS", "HEAD_OF", "INSTRUMENTS"}
)


#: The hand-written tables that take the generated WordNet entries of a part of speech.
_GENERATED_POS = {"VERBS": "v", "NOUNS": "n"}


def generated(pos: str) -> dict[str, Sense]:
    """The WordNet-derived trigger words of *pos* (``"v"`` or ``"n"``): lemma → sense.

    ``wordnet_triggers.json`` is written by ``scripts/wordnet_lexicon.py`` from
    the codebook's and the hand-written lists' words (their first WordNet sense,
    one step: synonyms, troponyms, derived nouns), reviewed by hand; tally never
    reads WordNet itself. A language without the file has no generated words.
    """
    try:
        table = active().get("events", "wordnet_triggers")
    except AttributeError:
        return {}
    return {word: Sense(ptype, mode) for (p, word), (ptype, mode, _via) in table.items() if p == pos}


def _classes_of_object(classes: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """``OBJECT_CLASSES`` turned round: each word's classes, in the table's order.

    An object's class was found by testing its lemma against every class's
    list, for every verb and noun the triggers read; one look-up gives the
    same names in the same order.
    """
    out: dict[str, list[str]] = {}
    for name, members in classes.items():
        for word in members:
            names = out.setdefault(word, [])
            if name not in names:
                names.append(name)
    return {word: tuple(names) for word, names in out.items()}


def __getattr__(name: str) -> Any:
    """The word list *name* of ``tally/lang/<lang>/events/`` in the active language.

    Sense tables come back with :class:`Sense` values; ``OBJECT_ONLY`` (verbs
    that are events only with an object of a class) is derived from the tables.
    Each is bound in this module on first use (see :func:`tally.lang.bind`).
    """
    if not name.isupper():
        raise AttributeError(name)
    if name == "OBJECT_ONLY":
        verbs = __getattr__("VERBS")
        value: Any = frozenset(v for v, _ in __getattr__("VERB_OBJECT") if v not in verbs)
    elif name == "OBJECT_VERBS":
        # the verbs ``VERB_OBJECT`` keys a class with: any other verb's object class decides nothing
        value = frozenset(v for v, _ in __getattr__("VERB_OBJECT"))
    elif name == "HEAD_OF_NOUNS":
        # the nouns ``HEAD_OF`` keys with their "of" noun: any other noun's "of" phrase finds nothing
        value = frozenset(noun for noun, _of in __getattr__("HEAD_OF"))
    elif name == "CLASSES_OF_OBJECT":
        value = _classes_of_object(__getattr__("OBJECT_CLASSES"))
    elif name == "NOUN_COMPOUND_HEADS":
        # the nouns ``NOUN_COMPOUNDS`` keys a modifier with: any other noun's modifiers find nothing
        value = frozenset(noun for _modifier, noun in __getattr__("NOUN_COMPOUNDS"))
    elif name in SENSE_TABLES:
        value = {k: Sense(*v) for k, v in active().get("events", name.lower()).items()}
        if name in _GENERATED_POS:
            value = {**generated(_GENERATED_POS[name]), **value}  # a hand-written entry wins
    else:
        value = active().get("events", name.lower())
    return bind(globals(), name, value)
