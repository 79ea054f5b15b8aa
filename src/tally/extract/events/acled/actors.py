"""ACLED's kind of an actor named in the text: state forces, protesters, rioters, armed groups or
civilians, decided by the head word, never by a weapon or a number; and whether a text names
weapons.
"""

from __future__ import annotations

from tally.extract.events.acled.words import _DEMONSTRATING, _FORMER, _has, _words
from tally.lang import active

#: Heads of a party that follows or belongs to a group without fighting for it: "IPOB supporters"
#: who block roads demonstrate; they are not the armed group their name begins with.
_FOLLOWING = frozenset(
    {"supporters", "supporter", "sympathisers", "sympathizers", "followers", "relatives", "families"}
)


#: Words of a rebel group's own name ("the Kachin Independence Army", "the Lord's Resistance Army",
#: "the Arakan Rohingya Salvation Army"): an "Army" so named is an armed group, not the state's army.
_INSURGENT_NAME_WORDS = frozenset({"liberation", "independence", "resistance", "salvation"})


#: Kin of soldiers, civilians whatever branch names them ("army wives", "military widows").
_KIN = frozenset({"wife", "wives", "widow", "widows", "child", "children", "veteran", "veterans"})

#: Branches of the armed forces that make the profession after them a soldier's ("army engineers").
_SERVICE_BRANCHES = frozenset({"army", "military", "navy"})


def _name_words(part: str) -> list[str]:
    """The words of a party with a possessive undone: "Al Shabaab's religious police", "the
    Houthis' forces" and "HTS's General Security" are the group's own (ACLED names the group, whatever its branch)."""
    return [w[:-2] if w.endswith("'s") else w.rstrip("'") for w in _words(part)]


def actor_kind(text: str | None) -> str | None:
    """ACLED's kind of an actor named by *text*: state, protesters, rioters, armed, civilians, or None.

    The head word decides (the last word of the kind lists found, so "security
    forces" is state and "families of protesters" civilians… and protesters when
    "protesters" comes last); a weapon or number is no kind.
    """
    kinds = active().get("events", "actor_kinds")
    armed_names = active().get("events", "armed_group_names")
    for part in (text or "").split(" of "):  # "families of protesters": the families; "hundreds of …"
        found = None
        words = _name_words(part)
        named = [
            w
            for i, w in enumerate(words)
            if (w in armed_names or w in _INSURGENT_NAME_WORDS or " ".join(words[i : i + 2]) in armed_names)
            and not (w == "armed" and words[i + 1 : i + 2] in (["forces"], ["force"]))
        ]  # "the armed forces" are the state's; "Islamic State" is named in two words
        if named and not (words and words[-1] in _FOLLOWING):
            return "armed"  # "Houthi forces", "Al Shabaab fighters": a named armed group, not the state
        former = False
        for i, word in enumerate(words):
            kind = kinds.get(word)
            # "former soldiers", "ex-rebels", "a former army officer": no longer an armed side
            former = former or word in _FORMER
            if kind in {"state", "armed"} and former:
                kind = "civilians"
            if (
                kind == "civilians"
                and i
                and words[i - 1] in _SERVICE_BRANCHES
                and not former
                and word not in _FOLLOWING | _KIN  # "army wives", "military families" are civilians
            ):
                kind = "state"  # "army engineers", "military doctors": members of the armed forces
            if kind is not None:
                found = kind
        if found in {None, "civilians", "rioters"} and not _DEMONSTRATING.isdisjoint(words):
            # "striking miners", "protesting farmers", "rioters protesting fuel prices": demonstrators,
            # whatever the noun (a riot of people told as protesting is a violent demonstration)
            return "protesters"
        if found is not None:
            return found
    return None


def _is_group(text: str | None) -> bool:
    """A plural or collective actor ("residents", "a group of villagers"), not one person."""
    words = _words((text or "").split(" of ")[0])  # "supporters of a local politician": the supporters
    cut = next((i for i, w in enumerate(words) if w in _PLACE_PREPS), len(words))
    words = words[:cut] or words  # "villagers in Kilifi county": the villagers
    return bool(words) and (words[-1].endswith("s") or "group" in words or "crowd" in words)


#: Prepositions that start a party's place ("villagers in Kilifi county", "youths near the market").
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "outside", "across", "around", "inside"})


def _party_kinds(words: list[str]) -> set[str]:
    """ACLED kinds of the parties a sentence names (military objects such as "base" are no party)."""
    objects = active().get("events", "military_objects")
    kinds = {_kind_of_word(w) for w in words if w not in objects}
    names = active().get("events", "armed_group_names")
    if any((w in names and w != "armed") or " ".join(words[i : i + 2]) in names for i, w in enumerate(words)):
        kinds.add("armed")
    return {k for k in kinds if k is not None}


def _kind_of_word(word: str) -> str | None:
    kind: str | None = active().get("events", "actor_kinds").get(word)
    return kind


def names_weapons(text: str | None) -> bool:
    """Whether *text* names weapons or munitions (the cue list "disrupted weapons use" reads)."""
    return _has(_words(text), "weapons")
