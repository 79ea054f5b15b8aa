"""PLOVER → ACLED: the ACLED event type and sub-event type a PLOVER event maps to.

ACLED (Armed Conflict Location & Event Data) codes six event types: Battles,
Explosions/Remote violence, Violence against civilians, Protests, Riots and
Strategic developments, each with fixed sub-event types (ACLED codebook).
PLOVER is finer on verbal acts and coarser on violence, so the mapping is
partial by design:

- verbal events (AGREE, CONSULT, SUPPORT, DEMAND, DISAPPROVE, REJECT,
  THREATEN, CONCEDE) and INVESTIGATE, AID, COOPERATE have no ACLED event:
  ACLED does not code statements, and a coder reads them as context;
- PROTEST maps to Protests (peaceful forms) or Riots (riot modes);
- ASSAULT is Violence against civilians, except explosives and suicide
  attacks, which ACLED files under Explosions/Remote violence whoever the
  victims are;
- FIGHT is a Battle, except heavy weapons (shelling, air strikes), which
  ACLED counts as Explosions/Remote violence;
- COERCE, MOBILIZE, SANCTION and RETREAT are Strategic developments: ACLED's
  "Arrests", "Looting/property destruction", "Headquarters or base
  established" (a new garrison or base), "Change to group/activity"
  (deployments and build-ups), "Non-violent transfer of territory" (a
  withdrawal) and "Other" (curfews, states of emergency, internet shutdowns).

Where a PLOVER mode is finer than ACLED's sub-event, the type's default row
(mode ``None``) applies. A change to this table changes exports: bump
:data:`MAPPING_VERSION`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache

from tally.extract.events import lexicon as event_lexicon
from tally.lang import active
from tally.records import Acled, Event

MAPPING_VERSION = "tally.acled.v3"

_PROTESTS = "Protests"
_RIOTS = "Riots"
_VAC = "Violence against civilians"
_ERV = "Explosions/Remote violence"
_BATTLES = "Battles"
_SD = "Strategic developments"

#: (PLOVER type, PLOVER mode or None for the type's default) → (event type, sub-event type).
PLOVER_TO_ACLED: dict[tuple[str, str | None], tuple[str, str]] = {
    ("PROTEST", None): (_PROTESTS, "Peaceful protest"),
    ("PROTEST", "riot"): (_RIOTS, "Violent demonstration"),
    ("PROTEST", "riot-spon"): (_RIOTS, "Violent demonstration"),
    ("PROTEST", "riot-org"): (_RIOTS, "Violent demonstration"),
    ("ASSAULT", None): (_VAC, "Attack"),
    ("ASSAULT", "sexual"): (_VAC, "Sexual violence"),
    ("ASSAULT", "abduct"): (_VAC, "Abduction/forced disappearance"),
    ("ASSAULT", "explosives"): (_ERV, "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide-attack"): (_ERV, "Suicide bomb"),
    ("ASSAULT", "heavy-weapons"): (_ERV, "Shelling/artillery/missile attack"),
    ("FIGHT", None): (_BATTLES, "Armed clash"),
    ("FIGHT", "heavy-weapons"): (_ERV, "Shelling/artillery/missile attack"),
    ("FIGHT", "aerial"): (_ERV, "Air/drone strike"),
    ("COERCE", None): (_SD, "Other"),
    ("COERCE", "arrest"): (_SD, "Arrests"),
    ("COERCE", "detain"): (_SD, "Arrests"),
    ("COERCE", "destroy"): (_SD, "Looting/property destruction"),
    ("COERCE", "confiscate"): (_SD, "Looting/property destruction"),
    ("MOBILIZE", None): (_SD, "Change to group/activity"),
    ("MOBILIZE", "base"): (_SD, "Headquarters or base established"),
    ("SANCTION", None): (_SD, "Other"),
    ("RETREAT", None): (_SD, "Non-violent transfer of territory"),
    ("RETREAT", "release"): (_SD, "Other"),
    ("AGREE", None): (_SD, "Agreement"),
    ("CRIME", None): (_SD, "Looting/property destruction"),
}


def to_acled(plover_type: str, mode: str | None, trigger_lemma: str = "") -> Acled | None:
    """The ACLED event for a PLOVER event, or None where ACLED codes no event.

    :param trigger_lemma: the trigger's lemma, which separates an agreement
        reached from a promise, a withdrawal from a release, a base from a deployment.
    """
    key_mode = mode
    if plover_type == "AGREE" and trigger_lemma not in event_lexicon.AGREEMENT_WORDS:
        return None
    if plover_type == "RETREAT":
        if trigger_lemma in event_lexicon.RELEASE_WORDS:
            key_mode = "release"
        elif trigger_lemma not in event_lexicon.WITHDRAW_WORDS:
            return None
    if plover_type == "MOBILIZE" and trigger_lemma in event_lexicon.BASE_WORDS:
        key_mode = "base"
    row = PLOVER_TO_ACLED.get((plover_type, key_mode)) or PLOVER_TO_ACLED.get((plover_type, None))
    if row is None:
        return None
    return Acled(event_type=row[0], sub_event_type=row[1])


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

#: ACLED event type of each sub-event type.
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": _BATTLES,
    "Government regains territory": _BATTLES,
    "Non-state actor overtakes territory": _BATTLES,
    "Chemical weapon": _ERV,
    "Air/drone strike": _ERV,
    "Suicide bomb": _ERV,
    "Shelling/artillery/missile attack": _ERV,
    "Remote explosive/landmine/IED": _ERV,
    "Grenade": _ERV,
    "Sexual violence": _VAC,
    "Attack": _VAC,
    "Abduction/forced disappearance": _VAC,
    "Peaceful protest": _PROTESTS,
    "Protest with intervention": _PROTESTS,
    "Excessive force against protesters": _PROTESTS,
    "Violent demonstration": _RIOTS,
    "Mob violence": _RIOTS,
    "Agreement": _SD,
    "Arrests": _SD,
    "Change to group/activity": _SD,
    "Disrupted weapons use": _SD,
    "Headquarters or base established": _SD,
    "Looting/property destruction": _SD,
    "Non-violent transfer of territory": _SD,
    "Other": _SD,
}

_VIOLENT = frozenset({"ASSAULT", "FIGHT"})

#: PLOVER types of what is said or done about an act ("condemned the arrest of …", "accused soldiers
#: of raping …", "opened an inquiry into the killing"): ACLED codes the act, never the statement, so
#: such an event carries the act's sub-event as the note's coding, and the export writes no row for it.
STATEMENT_TYPES = frozenset(
    {"DISAPPROVE", "SUPPORT", "DEMAND", "REJECT", "CONSULT", "INVESTIGATE", "CONCEDE", "THREATEN"}
)
_HAPPENED = frozenset({"asserted", "reported"})
#: PLOVER types of care for those an act hurt ("were treated at a clinic after gunmen attacked",
#: "the wounded were evacuated"): ACLED codes the act, so such an event carries the act's sub-event
#: like a statement does, and the export writes no row for it.
CARE_TYPES = frozenset({"AID"})
#: Events the export writes no row for: what is said about an act, or done for those it hurt.
NOTE_ONLY_TYPES = STATEMENT_TYPES | CARE_TYPES


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


@lru_cache(maxsize=1)
def _phrase_cues() -> dict[str, tuple[str, ...]]:
    """The cues of several words of each list, padded with spaces: what :func:`_has` looks for in the joined words.

    Listed once, not picked out of every list again at each call (``_has``
    runs a few times per event, over lists of hundreds of cues).
    """
    return {k: tuple(f" {c} " for c in sorted(v) if " " in c) for k, v in _cues().items()}


def names_weapons(text: str | None) -> bool:
    """Whether *text* names weapons or munitions (the cue list "disrupted weapons use" reads)."""
    return _has(_words(text), "weapons")


def _has(words: Iterable[str], cue: str) -> bool:
    seq = list(words)
    if not _cues()[cue].isdisjoint(seq):
        return True
    phrases = _phrase_cues()[cue]
    if not phrases:
        return False
    joined = f" {' '.join(seq)} "
    return any(c in joined for c in phrases)


#: Tear gas dropped or fired on an armed side's lines ("dropped munitions containing tear gas *on
#: Ukrainian positions*", "tear gas grenades into the trenches"): a chemical weapon in war, not crowd
#: control (round 23; ACLED codes riot-control agents used in combat as "Chemical weapon").
_GAS_ON_LINES = re.compile(
    r" (?:tear gas|teargas) (?:[a-z'-]+ ){0,3}(?:on|at|into|onto|against) (?:the )?(?:[a-z'-]+ ){0,2}"
    r"(?:positions|trenches|trench|dugouts|dugout|fortifications|frontline|lines) "
)


def _chemical(words: list[str]) -> bool:
    """Whether a sentence names a chemical weapon, or tear gas used on an armed side's lines."""
    return _has(words, "chemical") or bool(_GAS_ON_LINES.search(f" {' '.join(words)} "))


def _lethal(words: list[str]) -> bool:
    """Whether a sentence tells lethal force; rubber or plastic bullets are crowd control (ACLED:
    "Protest with intervention"), so their "bullets" are read out first."""
    joined = f" {' '.join(_unnegated(words))} "
    for phrase in _cues()["less_lethal"]:
        # a word left in its place: "fired rubber bullets at them" must not read as "fired at them"
        joined = joined.replace(f" {phrase} ", " less-lethal ")
    return _has(joined.split(), "lethal")


def _grave_force(words: list[str]) -> bool:
    """Whether force on a demonstration was lethal or injured seriously (ACLED: "Excessive force against
    protesters" is lethal force or violence that causes serious injury, e.g. needing hospital care;
    force that injures without more, "dispersed them with batons, injuring several", is an
    intervention). Injuries count only with a word of their gravity; killing and live fire always."""
    hurt = _cues()["hurt"]
    if _lethal([w for w in words if w not in hurt]):
        return True
    if _has(_unnegated(words), "grave_injury"):
        return True  # "beat a nurse unconscious", "left with a fractured skull": the injury tells its gravity
    return _has(_unnegated(words), "hurt") and _has(words, "serious_harm")


#: Words that deny the harm right after them ("no one was injured", "without causing deaths").
_DENIALS = frozenset({"no", "nobody", "none", "without", "not", "neither", "nor"})


def _unnegated(words: list[str]) -> list[str]:
    """The words without the harm a sentence denies: "no one was injured", "nobody was hurt",
    "without causing casualties", "no deaths were reported" tell that no force hurt anyone."""
    lethal = _cues()["lethal"]
    return [w for i, w in enumerate(words) if not (w in lethal and _DENIALS & set(words[max(0, i - 3) : i]))]


def _crowd_attacks(events: list[Event], words: list[str]) -> bool:
    """A crowd or mob that attacks, with no demonstration told: "an angry crowd beat a suspected
    thief to death", "a crowd stormed a police post". ACLED codes that as mob violence, not as a
    demonstration (a crowd dispersed by police is still a gathering: it is acted on, not acting)."""
    crowd = _cues()["crowd"]
    # a crowd's riot ("an angry crowd set ablaze the house of a man accused of witchcraft") is its
    # act, not a demonstration told: PLOVER reads the arson as a riot, ACLED's codebook as a mob's
    if _has(words, "demonstrators") or any(e.type == "PROTEST" and not _crowd_riot(e) for e in events):
        return False
    acting = [
        e
        for e in events
        if e.type in _VIOLENT
        or (e.type in {"COERCE", "CRIME"} and e.mode in {None, "destroy"})
        or _crowd_riot(e)
    ]
    if any(_names_crowd(e.target_text, crowd) and _remote(e, words) for e in events):
        return True  # "a grenade was thrown into a crowd": a crowd hit by a weapon, not a demonstration
    mobs = [e for e in acting if _names_crowd(e.actor_text, crowd | {"mob", "mobs"})]
    # a crowd that beats, burns or stones people or places that are not the state's ("an angry
    # crowd burned a suspected thief", "a crowd attacked a mosque with stones") is a mob, whoever
    # disperses it afterwards; a crowd told only against the state, with state forces acting too,
    # stays a gathering the forces met
    return any(actor_kind(e.target_text) not in {"state"} and e.target_text for e in mobs) or (
        bool(mobs) and not any(actor_kind(e.actor_text) == "state" for e in acting)
    )


_RIOT_MODES = frozenset({"riot", "riot-spon", "riot-org"})


def _crowd_riot(event: Event) -> bool:
    """A riot whose actor is a crowd or mob ("an angry crowd torched …"), not named demonstrators."""
    return (
        event.type == "PROTEST"
        and event.mode in _RIOT_MODES
        and _names_crowd(event.actor_text, _cues()["crowd"] | {"mob", "mobs"})
    )


#: PLOVER modes of violence from a distance or by explosives (ACLED's Explosions/Remote violence).
_REMOTE_MODES = frozenset({"explosives", "suicide-attack", "aerial", "heavy-weapons"})


def _remote(event: Event, words: list[str]) -> bool:
    """Whether an event is violence by explosives or from a distance (a grenade, a bomb, a shell)."""
    return event.type in _VIOLENT and (
        event.mode in _REMOTE_MODES or any(_has(words, c) for c in ("grenade", "explosive", "suicide", "air"))
    )


def _names_crowd(text: str | None, crowd: Iterable[str]) -> bool:
    """Whether a party is a crowd: a crowd word before any "of"-phrase ("an angry crowd of
    youths", "a crowd in Bujumbura"; "supporters of a crowd-funded party" is not one)."""
    return bool(set(_words((text or "").split(" of ")[0])) & set(crowd))


def _riot_alone(event: Event) -> bool:
    """A riot that PLOVER reads off civilians' violence ("supporters burned a car"), with no
    demonstrator named: ACLED needs a demonstration for a "Violent demonstration", else it is
    "Mob violence"."""
    return event.mode in {"riot", "riot-spon", "riot-org"} and actor_kind(event.actor_text) not in {
        "protesters",
        "rioters",
    }


def _marchers_acted_on(events: list[Event]) -> list[Event]:
    """The demonstrations of a sentence with their marchers: a protest the parser gave to the state
    forces that act on demonstrators ("soldiers opened fire on demonstrators in Kinshasa *protesting*
    against the arrest of a pastor": the participle hangs on the main verb) is the demonstrators'.
    State forces who fire on a march are not its marchers, so their force is no riot of theirs."""
    out = []
    for e in events:
        if e.type == "PROTEST" and e.actor_text and actor_kind(e.actor_text) == "state":
            on = next(
                (
                    o.target_text
                    for o in events
                    if o is not e
                    and o.actor_text == e.actor_text
                    and o.target_text
                    and actor_kind(o.target_text) == "protesters"
                ),
                None,
            )
            if on is not None:
                e = e.model_copy(update={"actor_text": on})
        out.append(e)
    return out


#: Verbs of blocking a way, whose "with"-phrase is what the way was blocked with.
_BLOCK_FORMS = frozenset({"blocked", "blocking", "barricaded", "barricading", "obstructed"})
#: Words that end the "with"-phrase of a blocking verb.
_PHRASE_ENDS = frozenset({"to", "on", "in", "at", "after", "against", "demanding", "for", "over", "near"})


#: What a road may be blocked with that is also thrown: stones and rocks.
_BLOCKING_STONES = frozenset({"stone", "stones", "rock", "rocks", "boulders"})


def _without_barricade(words: list[str]) -> list[str]:
    """The words without the stones a road was blocked with: "blocked the main road *with stones and
    tree branches* to protest" is a road blockade (a peaceful protest in ACLED's codebook), not stones
    thrown; "threw stones" outside such a phrase is still the demonstrators' violence, and so are
    tyres set burning on the road ("blocked the road with burning tyres")."""
    out: list[str] = []
    blocking = skipping = False
    for word in words:
        if skipping and (word in _PHRASE_ENDS or word in _BLOCK_FORMS):
            skipping = False
        if word in _BLOCK_FORMS:
            blocking = True
        elif blocking and word == "with":
            skipping, blocking = True, False
        if not (skipping and word in _BLOCKING_STONES):
            out.append(word)
    return out


def _protest_sub_event(events: list[Event], words: list[str], continued: bool = False) -> str | None:
    """The protest or riot sub-event of a sentence, or None when it reports no demonstration.

    :param continued: the sentence goes on about the demonstration of the sentence before
        ("Soldiers later opened fire on them").
    """
    events = _marchers_acted_on(events)
    kinds = [(actor_kind(e.actor_text), actor_kind(e.target_text), e) for e in events]
    # a crowd dispersed or tear-gassed is a gathering, named or not; a rally or parade of an
    # armed group is a change to the group's activity, not a demonstration (ACLED Codebook)
    protest = (
        continued
        or any(
            e.type == "PROTEST" and actor_kind(e.actor_text) != "armed" and not _riot_alone(e) for e in events
        )
        # "police obstructed a procession of BNP activists": a demonstration the state stopped
        or (bool(events) and bool(_STATE_STOPS_MARCH.search(f" {' '.join(words)} ")))
        or any("protesters" in (a, t) for a, t, _ in kinds)
        or (bool(events) and _has(words, "demonstrators"))  # "fired at protesters, killing four"
        or (
            _has(words, "crowd")
            # "nurses were dispersed with tear gas": a dispersal acts on a gathering, even
            # when the passive names no police
            and (
                any(a == "state" for a, _t, _e in kinds)
                or (bool(kinds) and all(a is None and e.type == "COERCE" for a, _t, e in kinds))
            )
            and not _chemical(words)  # a chemical agent fired at residents is a weapon
        )
    )
    if not protest or (not continued and _crowd_attacks(events, words)):
        return None
    if any(a == "armed" and e.type in _VIOLENT for a, _t, e in kinds):
        return None  # gunmen or militiamen who attack a demonstration: an attack on civilians (ACLED)
    if any(_bombs_the_gathering(a, e) for a, _t, e in kinds):
        return None  # a bomb or grenade set off at a rally: the weapon's event (Explosions/Remote violence)
    if any(_attacks_the_gathering(a, e) for a, _t, e in kinds):
        return "Mob violence"  # "ruling party supporters attacked an opposition rally": rioters, not marchers
    if any(
        e.type in _VIOLENT
        and a not in {"state", "armed"}
        and (
            " ".join(_words(e.target_text)) in _EACH_OTHER
            # "supporters of rival parties clashed at a rally": rival crowds, each the other's side
            or (e.type == "FIGHT" and "rival" in _words(e.actor_text))
        )
        for a, _t, e in kinds
    ):
        # "supporters of rival candidates attacked each other during a campaign rally": rival
        # crowds fighting one another riot (ACLED's mob violence), they do not demonstrate
        return "Mob violence"
    # whoever demonstrates is a demonstrator, whatever the noun ("angry residents blocked the road
    # and set a truck on fire to protest …")
    marchers = {e.actor_text for e in events if e.type == "PROTEST" and e.actor_text}
    # a demonstration told without its marchers ("students set buses ablaze during a strike"):
    # the group of civilians who act in it are they
    unnamed = any(e.type == "PROTEST" and not e.actor_text for e in events)
    violent_by_protesters = any(
        (
            a in {"protesters", "rioters"}
            or e.actor_text in marchers
            or (unnamed and a == "civilians" and _is_group(e.actor_text))
        )
        and (e.type in _VIOLENT or (e.type in {"COERCE", "CRIME"} and e.mode in {None, "destroy"}))
        for a, _t, e in kinds
    ) or any(e.type == "PROTEST" and e.mode in {"riot", "riot-spon", "riot-org"} for e in events)
    # a clash at a demonstration takes two sides: "police clashed with protesters", "clashes
    # between police and demonstrators" (not "opened fire on them": that is a weapon used)
    violent_by_protesters = violent_by_protesters or any(
        e.type == "FIGHT"
        and e.mode in {None, "primitive"}
        and a != "armed"
        # "security forces stormed a protest camp": state forces on a place, not a second side
        and not (a == "state" and e.target_text and t is None)
        for a, t, e in kinds
    )
    if violent_by_protesters or (
        _has(_without_barricade(words), "protest_violence") and not _state_acts(kinds)
    ):
        return "Violent demonstration"
    if _grave_force(words) and _state_acts(kinds) is not False:
        return "Excessive force against protesters"
    if _state_acts(kinds) or _has(_not_intervened(words), "intervention") or _stopped_by_state(words):
        return "Protest with intervention"
    return "Peaceful protest"


#: Words after "dispersed" that tell a crowd went home of itself: "dispersed *peacefully*",
#: "dispersed *without* incident", "dispersed *of* their own accord".
_SELF_DISPERSAL_NEXT = frozenset({"peacefully", "quietly", "calmly", "voluntarily", "without", "of"})
#: Prepositions before a participle that names whom a protest is for: "in solidarity *with*
#: detained protesters", "the families *of* arrested activists".
_CAUSE_PREPS = frozenset({"with", "of", "for"})


#: Words before an act that say it did not happen: "without arrests", "no arrests were made".
_NO_ACT = frozenset({"without", "no"})


def _not_intervened(words: list[str]) -> list[str]:
    """The words without those that tell no intervention (round 22): a crowd that "dispersed
    peacefully" or "without incident" broke up of itself, and "with / of / for *detained*
    protesters" names whom the demonstration was for, not an arrest at it."""
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if w.startswith("dispers") and nxt in _SELF_DISPERSAL_NEXT:
            continue
        if w in {"detained", "arrested"} and prev in _CAUSE_PREPS:
            continue
        if prev in _NO_ACT:
            continue  # round 23: "ended *without arrests*", "no arrests were made"
        out.append(w)
    return out


#: A demonstration stopped in a passive with state forces as the agent ("the march was blocked by
#: police", "stopped by security forces at the bridge"): an intervention, though no verb of force is told.
_STOPPED_BY_STATE = re.compile(
    r" (?:blocked|stopped|halted|prevented|cordoned off|taken into custody) by (?:the )?(?:[a-z-]+ ){0,2}"
    r"(?:police|forces|gendarmes|gendarmerie|soldiers|troops|army|military) "
)


#: State forces that stop a demonstration, told actively: "police *obstructed a procession* of BNP
#: activists", "troops *blocked the march*", "gendarmes *halted their sit-in*" (the demonstration is
#: the verb's object, a few words after it).
_STATE_STOPS_MARCH = re.compile(
    r" (?:police|policemen|forces|gendarmes|gendarmerie|soldiers|troops|army|military|officers) "
    r"(?:[a-z-]+ ){0,1}(?:blocked|stopped|halted|obstructed|foiled|thwarted|prevented) "
    r"(?:a |an |the |their |his |her )?(?:[a-z'-]+ ){0,2}"
    r"(?:march|marches|procession|processions|rally|rallies|demonstration|demonstrations|protest|protests|"
    r"sit-in|sit-ins|vigil|vigils|motorcade|gathering) "
)


def _stopped_by_state(words: list[str]) -> bool:
    """Whether a demonstration sentence tells state forces stopping it, in a passive ("blocked by
    police") or with state forces as the subject of a verb of stopping whose object is the
    demonstration; demonstrators who "blocked" a road by themselves are no intervention."""
    joined = f" {' '.join(words)} "
    return (
        bool(_STOPPED_BY_STATE.search(joined))
        or " taken into custody " in joined
        or bool(_STATE_STOPS_MARCH.search(joined))
    )


_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "dozens",
        "hundreds",
        "thousands",
    ]
)


#: PLOVER modes of an explosive set off by hand or by a bomber (a grenade, a bomb, a suicide vest).
_EXPLOSIVE_MODES = frozenset({"explosives", "suicide-attack"})


def _bombs_the_gathering(actor: str | None, event: Event) -> bool:
    """Someone who is neither state forces nor a demonstrator sets off an explosive ("unknown men
    threw a grenade into a rally", "a bomb exploded at a protest"): ACLED codes the explosion, whose
    victims the demonstrators are, not the demonstration (police "stun grenades" are crowd control,
    and demonstrators' petrol bombs a riot)."""
    return (
        event.type in _VIOLENT
        and event.mode in _EXPLOSIVE_MODES
        and actor not in {"state", "protesters", "rioters"}
    )


#: Nouns of a demonstration as the object of an attack ("attacked a rally", "stormed the march").
_GATHERINGS = frozenset(
    {"rally", "rallies", "march", "marches", "protest", "protests", "demonstration", "demonstrations"}
    | {"sit-in", "vigil", "procession", "gathering", "meeting"}
)


def _attacks_the_gathering(actor: str | None, event: Event) -> bool:
    """Civilians who attack a demonstration ("supporters of the ruling party attacked a campaign
    rally", "youths stormed the march"): the demonstration is their target, they are not its
    marchers; ACLED codes a crowd's violence on others as "Mob violence" (armed men who do it
    commit an attack, state forces an intervention)."""
    if event.type not in _VIOLENT or actor not in {"civilians", None} or not event.actor_text:
        return False
    if set(_words(event.actor_text)) <= active().get("events", "pronouns"):
        return False  # "soldiers killed 15 demonstrators when *they* opened fire on a march": the soldiers
    if actor == "civilians" and actor_kind(event.target_text) == "protesters" and _is_group(event.actor_text):
        return True  # "supporters of the prime minister attacked peaceful protesters": a mob on marchers
    head = _words((event.target_text or "").split(" of ")[0])
    return bool(set(head) & _GATHERINGS)


def _names_protesters(events: list[Event]) -> bool:
    """Whether a sentence reports a demonstration by people it names ("They burned tyres" goes on
    about the demonstration of the sentence before)."""
    pronouns = active().get("events", "pronouns")
    return any(e.type == "PROTEST" and any(w not in pronouns for w in _words(e.actor_text)) for e in events)


def _acts_on_them(events: list[Event], before: list[str]) -> bool:
    """State forces act on someone the sentence names only by a pronoun, a count, words of the
    sentence before ("Police beat the vendors") or not at all ("Soldiers later opened fire on
    them"): after a demonstration, on the demonstrators.

    :param before: the words of the sentence before (the demonstration's).
    """
    # a pronoun or a bare count ("killing two", "arrested 12 of them") names no new party
    them = active().get("events", "pronouns") | active().get("events", "quantity_heads") | _NUMBER_WORDS
    acts = [e for e in events if e.type in _VIOLENT | {"COERCE"}]
    return (
        bool(acts)
        and all(
            actor_kind(e.actor_text) in {"state", None}
            and (e.target_text is None or all(w in them or w in before for w in _words(e.target_text)))
            for e in acts
        )
        and any(actor_kind(e.actor_text) == "state" for e in acts)
    )


def _joint_with_state(text: str | None) -> bool:
    """Whether a party joins state forces with others ("police and ruling party activists fired on
    students"): ACLED's first actor is then the state, its allies associated with it, so the force
    used on a demonstration is the state's whatever kind the last-named ally has."""
    return any(actor_kind(part) == "state" for part in (text or "").split(" and ")[:-1])


def _state_acts(kinds: list[tuple[str | None, str | None, Event]]) -> bool | None:
    """Whether state forces act on the demonstration (None when the acts name no actor)."""
    acts = [(a, e) for a, _t, e in kinds if e.type in _VIOLENT | {"COERCE"}]
    if not acts:
        return False  # no one acts on the demonstration: "marched to mourn those killed"
    if any(a == "state" or _joint_with_state(e.actor_text) for a, e in acts):
        return True
    return None if all(a is None for a, _ in acts) else False


_WEAPON_CUES = ("chemical", "suicide", "air", "grenade", "explosive", "shelling")


def _single_sub_event(
    event: Event,
    words: list[str],
    sides: set[str | None],
    arrests: bool = False,
    before: list[str] | None = None,
    trigger: str = "",
) -> str | None:
    """The sub-event of one event outside a demonstration (None where ACLED codes nothing).

    :param sides: the kinds of every actor named in the sentence's events.
    :param arrests: whether the sentence reports an arrest or detention.
    :param before: the words of the sentence before, read for the weapon when this one names
        none: an ACLED note is one event, and "At least 30 people were killed" after "Three
        suicide bombers detonated their devices at a market" counts the bombing's dead.
    :param trigger: the event's trigger as written ("sentenced" is a court's act, not an arrest).
    """
    event = _they_resolved(event, words)
    actor, target = actor_kind(event.actor_text), actor_kind(event.target_text)
    if before and event.type in _VIOLENT and not any(_has(words, c) for c in _WEAPON_CUES):
        words = words + before
    if event.type == "PROTEST" and actor == "armed":
        return "Change to group/activity"  # an armed group's rally or parade (ACLED Codebook)
    if (
        _riot_alone(event)
        and event.actor_text
        and actor not in {"state", "armed"}
        # "students rioted", "activists clashed with police": the rioting is the demonstration
        and not "".join(_words(trigger)[:1]).startswith(("riot", "clash"))
    ):
        # "angry motorists torched a police vehicle": civilians' violence with no demonstration told
        return "Mob violence"
    if (
        event.type == "RETREAT"
        and (
            actor == "armed"
            or (actor is None and _counted(event.actor_text) and "armed" in _party_kinds(words))
            # whoever lays down or hands in arms bore them ("cadres of the Front laid down arms")
            or (actor != "state" and _has(words, "weapons"))
            # "the MILF decommissioned 12,000 combatants": an armed group stands its fighters down
            or (actor != "state" and "armed" in _party_kinds(words) and _words(trigger)[:1] in _DISARM_VERBS)
        )
        and _gives_up_arms(event, trigger, words)
    ):
        return "Change to group/activity"  # fighters who surrender or disarm: no place changes hands
    if event.type == "RETREAT" and any(w.startswith(("demobili", "disarmament")) for w in _words(trigger)):
        return (
            "Change to group/activity"  # "launched the demobilisation of 400 fighters": the group stood down
        )
    if event.type in {"AGREE", "SUPPORT"} and actor == "armed" and "allegiance" in words:
        return "Change to group/activity"  # "the ADF pledged allegiance to the Islamic State"
    if event.type in {"COOPERATE", "RETREAT"} and _prisoner_exchange(event, words, trigger):
        return "Agreement"  # "swapped 86 prisoners of war": an agreement carried out (ACLED Codebook)
    if event.type == "RETREAT" and set(_words(event.target_text)) & _EXCHANGED:
        return "Other"  # "handed 15 detainees to the Red Cross": captives freed, no territory handed over
    if event.type in _VIOLENT | {"COERCE"} and _has(_words(event.actor_text), "interceptor"):
        return "Disrupted weapons use"  # "air defences destroyed a ballistic missile"
    if (
        (
            actor == "rioters"
            or _has(words, "mob")
            or (actor == "protesters" and _crowd_attacks([event], words) and not _remote(event, words))
        )
        and (event.type in _VIOLENT | {"COERCE", "CRIME"} or _crowd_riot(event))
        and not (event.type == "FIGHT" and "armed" in {actor, target, _assailant_kind(words, trigger)})
    ):  # vigilantes who fight bandits or militants (or repel their attack) clash with an armed side
        if event.type in _VIOLENT and actor == "armed" and _has(_words(event.target_text), "mob"):
            return "Armed clash"  # "bandits killed 5 vigilantes": an armed group on a community militia
        return "Mob violence"
    if _fought_by_hand(event, words, sides) or (
        event.type == "FIGHT"
        and event.actor_text is None
        and event.target_text is None
        and "armed" not in _party_kinds(words)
        and _between_crowd_and_state(words)
    ):
        return "Mob violence"
    if _civilians_only_fight(event, actor, target, words):
        return "Mob violence"
    crowd = (actor == "civilians" and _is_group(event.actor_text)) or (
        event.type == "FIGHT"
        and event.mode is None  # a clash, not a strike with a weapon ("an airstrike killed civilians")
        and target == "civilians"
        and _is_group(event.target_text)
        and actor in {None, "state"}
    )  # "youths clashed with police": the sides of a clash may come out in either slot
    if (
        crowd
        and (
            event.type in _VIOLENT or (event.type in {"COERCE", "CRIME"} and event.mode in {None, "destroy"})
        )
        and not (event.type == "FIGHT" and "armed" in {actor, target})  # villagers against militants
        # "two girls detonated explosives strapped to their bodies": bombers, not a crowd
        and not (event.type in _VIOLENT and event.mode in _EXPLOSIVE_MODES)
        and not (_has(words, "suicide") or _own_bomb(words, trigger))
    ):
        # "villagers beat a suspected thief to death", "supporters of rival parties fought with
        # sticks", "residents set ablaze the house of …": a crowd, not an armed group
        return "Mob violence"
    sentenced = (_words(trigger)[:1] and _words(trigger)[0] in _SENTENCE_FORMS) or _court_charge(
        event, trigger
    )
    if event.type == "COERCE" and sentenced:
        return "Other"  # a court's sentence is no arrest (ACLED codes it, if at all, as "Other")
    if event.type == "COERCE" and event.mode in {"arrest", "detain"} and _has(words, "disappeared"):
        return "Abduction/forced disappearance"  # held, "his whereabouts remain unknown" (ACLED Codebook)
    if (
        event.type == "COERCE"
        and event.mode in {"arrest", "detain"}
        and actor == "state"
        and not _has(_words(trigger), "abduction")  # "security forces abducted an activist"
    ):
        return "Arrests"  # "police arrested three men suspected of kidnapping": the crime is the charge
    if (
        event.type == "COERCE"
        and event.mode in {"arrest", "detain"}
        and _carried_off(trigger)
        and _unofficial_taker(event.actor_text)
    ):
        # "taken away by masked men", "gunmen snatched a pastor": only state forces arrest (ACLED)
        return "Abduction/forced disappearance"
    if (
        event.type in _VIOLENT | {"COERCE"}
        and _has(_words(event.actor_text), "air")
        and event.mode not in {"arrest", "detain"}
        and not _chemical(words)
        and not _ground_gunfight(event, words)
    ):
        return "Air/drone strike"  # "helicopters carried out raids on rebel positions"
    if event.type in _VIOLENT | {"COERCE"} and (_has(words, "sexual") or event.mode == "sexual"):
        return "Sexual violence"
    if event.type in _VIOLENT | {"COERCE"} and _chemical(words):
        return "Chemical weapon"
    if (
        event.type == "FIGHT"
        and (_has(words, "regain") or _has(words, "overtake"))
        and _has(words, "without_fighting")
    ):
        return "Non-violent transfer of territory"  # "took over the town after officials surrendered without resistance"
    if (
        event.type == "COERCE"
        and event.mode == "confiscate"
        and (_has(words, "regain") or _has(words, "overtake"))
        and set(_words(event.target_text))
        & (active().get("events", "territory_nouns") | {"control", "crossing"})
    ):
        event = event.model_copy(
            update={"type": "FIGHT", "mode": None}
        )  # "seized the town": territory, not goods
    if event.type == "COERCE" and event.mode == "deport" and target in {"state", "armed"}:
        # "drove JNIM militants out of the village", "dislodged the rebels from the hill": an armed
        # side expelled from a place is the place taken by the other (by the state, when unnamed)
        expeller = actor if actor in {"state", "armed"} else ("state" if target == "armed" else "armed")
        return (
            "Government regains territory" if expeller == "state" else "Non-state actor overtakes territory"
        )
    if event.type in {"FIGHT", "COERCE"} and _captured_people(event, trigger):
        # "police captured 9 members of a gang": people taken, not a place; only state forces arrest
        return "Arrests" if actor == "state" else "Abduction/forced disappearance"
    # "took", or any verb of control: "wrested / gained / reasserted control of the district"
    took = _words(trigger)[:1] in (["took"], ["taken"], ["take"], ["takes"], ["taking"]) or (
        "control" in _words(trigger)[1:]
    )
    if (
        event.type in {"FIGHT", "MOBILIZE"}
        and "".join(_words(trigger)[:1]).startswith("arriv")
        and actor in {"state", "armed"}
        and not _has(words, "clash")
        and not _lethal(words)
    ):
        return "Change to group/activity"  # "CSTO troops arrived in Almaty": forces deployed, no fight
    if took and event.type == "FIGHT" and _took_up_positions(words):
        return "Change to group/activity"  # "soldiers took up positions around parliament": a deployment
    cleared = _words(trigger)[:1] in (["cleared"], ["clear"], ["clears"], ["clearing"])
    if event.type == "FIGHT" and cleared and actor in {None, "state"}:
        return "Government regains territory"  # "troops cleared the hills of insurgents"
    territory = event.type == "FIGHT" and (_takes_a_place(words) or took or _moved_into(trigger, words))
    if (
        territory
        and _has(words, "holders_left")
        and not _has(words, "clash")
        and not _has(words, "pressure")  # "withdrew under heavy bombardment", "after a siege"
        and not _lethal(words)
    ):
        # "took over the base after the French troops pulled out": no battle, a place changed hands
        return "Non-violent transfer of territory"
    if territory and _moved_into(trigger, words) and not _has(words, "clash") and not _lethal(words):
        return "Change to group/activity"  # "troops moved into the district": a deployment, no battle
    if territory:
        # who takes the place: whom it "fell to", else the event's actor, else the first party named
        taken_from = _taken_from(words, trigger)
        taker = (
            _fell_to(words)
            # "Somali forces and Macawisley militiamen retook the town from al Shabaab": of a joint
            # force, the side the place was not taken from (ACLED's actor1 is the state, the militia associated)
            or (taken_from if taken_from in _party_kinds(_words(event.actor_text)) else None)
            or actor
            or taken_from
            or next((k for k in map(_kind_of_word, words) if k is not None), None)
        )
        if taker is None:
            # a side of no known kind ("the Kobra unit", "the Zambezi Front"): ACLED's codebook lets
            # only a government "regain" a place, so the verb says which side took it
            taker = "state" if _has(_words(trigger), "regain") else "armed"
        if taker == "state":
            return "Government regains territory"
        if taker == "armed":
            return "Non-state actor overtakes territory"
    if (
        event.type in _VIOLENT
        and (
            actor == "state"
            or _has(_words(event.target_text), "weapons")
            or (actor is None and event.target_text is None and _has(words, "weapons"))
            or (_has(_words(trigger), "disrupted") and _has(words, "weapons"))  # rebels "shot down a drone"
        )
        and _has(words, "disrupted")
    ):  # "a drone operated by the rebels was shot down": a weapon stopped, no one attacked
        return "Disrupted weapons use"  # or "soldiers detonated the device in a controlled explosion"
    if event.type in _VIOLENT and actor == "state" and _bomber(event.target_text):
        return "Disrupted weapons use"  # "a suicide bomber was shot dead by police before he could detonate"
    if event.type in _VIOLENT:
        if _chemical(words):
            return "Chemical weapon"
        if _battle_told(event, trigger, words):
            return "Armed clash"
        if (
            _has(words, "suicide")
            or event.mode == "suicide-attack"
            or _rammed_with_explosives(words, trigger)
            or _own_bomb(words, trigger)
        ):
            return "Suicide bomb"
        if (
            _has(_without_struck_aircraft(words), "air") and not _ground_gunfight(event, words)
        ) or event.mode == "aerial":
            return "Air/drone strike"
        if {"rocket-propelled", "rpg", "rpgs"} & set(words):
            return "Shelling/artillery/missile attack"  # an RPG is fired from a launcher, not thrown (ACLED)
        if _has(words, "grenade") or (
            _thrown(trigger) and (_has(words, "explosive") or event.mode == "explosives")
        ):
            return "Grenade"  # "an explosive was thrown at the house": a hand-thrown explosive (ACLED)
        if _has(words, "shelling") and not _has(words, "planted"):
            return "Shelling/artillery/missile attack"  # "mortar bombs landed", "a rocket exploded"
        if _blew_up_property(event, trigger, words):
            return "Looting/property destruction"
        if _has(words, "explosive") or event.mode == "explosives":
            return "Remote explosive/landmine/IED"
        if _has(words, "shelling") or (
            event.mode == "heavy-weapons" and not _invaded(trigger) and not _ground_offensive(trigger)
        ):
            return "Shelling/artillery/missile attack"
        # "beheaded two hostages": killing people held is an attack; the hostage noun is no abduction
        held = set(_words(event.target_text))
        told = [w for w in _victims_past(_before_charge(words)) if w not in held]
        if _has(told, "abduction") or event.mode == "abduct":
            return "Abduction/forced disappearance"
        if (
            event.type == "ASSAULT"
            and actor in {"state", "armed"}
            and target is None
            and ({"state", "armed"} - {actor})
            & _party_kinds(_other_parties(_before_charge(words), event.actor_text))
        ):
            return "Armed clash"  # "security forces launched an operation against bandits, killing 20"
        if (
            event.type == "ASSAULT"
            and actor is None
            and _has(words, "clash")
            and ({"state", "armed"} <= _party_kinds(words) or _has(words, "rival_armed"))
        ):
            # "a civilian was killed by a stray bullet during clashes between the army and militants",
            # "twelve were killed in clashes between rival armed groups"
            return "Armed clash"
        if (
            event.type == "ASSAULT"
            and event.actor_text is None
            and target == "state"
            and arrests
            and set(_words(trigger)) <= _HURT_FORMS  # hurt, not killed
            and "armed" not in _party_kinds(words)
            and not any(_has(words, c) for c in _WEAPON_CUES)
        ):
            # "340 people were detained and 18 police officers were injured": a police tally of the
            # unrest, with no armed side named; the arrests are the event, not a battle with no enemy
            return "Arrests"
        if event.type == "ASSAULT" and (actor == "armed" or event.actor_text is None) and target == "state":
            return "Armed clash"  # soldiers or police attacked are an armed side: a battle (ACLED)
        one_sided = (
            event.target_text is not None
            and not _reciprocal(event.target_text, actor)
            and target not in {"state", "armed"}
            and not (sides - {actor}) & {"state", "armed"}
        )  # "gunmen stormed a church": no second armed side anywhere in the sentence
        if (event.type == "FIGHT" and not one_sided) or (
            {actor, target} <= {"state", "armed"} and target is not None
        ):
            return "Armed clash"
        return "Attack"
    if event.type == "COERCE" and _has(words, "abduction"):
        return "Abduction/forced disappearance"
    if (
        event.type == "COERCE"
        and event.mode in {None, "confiscate"}
        and actor != "state"
        and (target == "civilians" or (target is None and _NATIONALS.search(event.target_text or "")))
        and len(_words(trigger)) == 1  # "seized", not "imposed restrictions on" people
    ):
        return "Abduction/forced disappearance"  # "armed men seized 12 passengers": people taken, not goods
    if event.type == "COERCE" and (
        _has(words, "disrupted")
        or (event.mode in {"destroy", "confiscate"} and _has(_words(event.target_text), "weapons"))
        or (event.mode in {"confiscate", "destroy"} and event.target_text is None and _has(words, "weapons"))
        # "destroyed an IED factory of ISWAP fighters": the weapons are what was destroyed
        or (event.mode in {"confiscate", "destroy"} and _has(_object_after(words, trigger), "weapons"))
        # "seized a stock of weapons *from Mai-Mai militiamen*", "seized shotguns *from poachers*":
        # weapons taken from an armed side or from people of no civilian or state kind
        or (event.mode == "confiscate" and target in {"armed", None} and _has(words, "weapons"))
    ):
        return "Disrupted weapons use"  # "seized a weapons cache", "destroyed an IED factory"
    verb = _words(trigger)
    # "entered the city", "moved into Kherson": forces that come into a place
    if event.type == "MOBILIZE" and ("".join(verb[:1]).startswith("enter") or verb[-1:] == ["into"]):
        handed = {"handed", "withdrew", "withdrawn", "left", "pulled", "abandoned"} & set(words)
        if _has(words, "without_fighting") or handed:
            # "entered the city without resistance", "entered Lachin after Armenian troops handed it over"
            return "Non-violent transfer of territory"
    if event.type == "MOBILIZE" and (_has(words, "base") or _positioned(trigger, words)):
        return "Headquarters or base established"
    if event.type == "MOBILIZE" and _engaged_the_enemy(trigger, words):
        return "Armed clash"
    if event.type == "INVESTIGATE" and {"mass", "grave"} <= set(words):
        return "Other"  # "a mass grave was discovered near Beni" (ACLED Codebook: other developments)
    if event.type in {"COERCE", "CRIME"} and event.mode in {None, "destroy"} and _has(words, "looting"):
        return "Looting/property destruction"
    if event.type == "COERCE" and event.mode is None and arrests:
        return "Arrests"  # "raided a house and arrested five suspects": the raid is the arrest
    if (
        event.type == "COERCE"
        and event.mode is None
        and _has(words, "clash")
        and ({"state", "armed"} <= _party_kinds(words) | {actor, target})
    ):
        return "Armed clash"  # "soldiers raided a rebel camp, where a firefight broke out": the raid is the battle
    if (
        event.type == "COERCE"
        and event.mode is None
        and _raids_a_position(event, actor, target, words, trigger)
    ):
        return "Armed clash"  # "PDF fighters raided a police post": an armed side attacked where it is held
    return None


def _raids_a_position(
    event: Event, actor: str | None, target: str | None, words: list[str], trigger: str
) -> bool:
    """Whether an armed side raids a base, camp, post or position held by the other side ("militants
    raided an army camp", "troops raided a rebel base"): ACLED's codebook counts a military position as
    an armed side, so the raid is a battle of two organised sides, not a search of a place. The object
    is read as written after the verb when the parser gave the raid no target."""
    # a camp counts here only with its holder named ("an army camp", "a rebel camp"): the kind check
    # below leaves out a displacement camp
    objects = active().get("events", "military_objects") | {"camp", "camps"}
    raided = _words(event.target_text) if event.target_text else _object_after(words, trigger)
    held_by = target if event.target_text else actor_kind(" ".join(raided))
    return (
        actor in {"state", "armed"}
        and held_by in {"state", "armed"}
        and held_by != actor
        and not objects.isdisjoint(raided)
    )


#: Verbs of harm short of death ("18 police officers were injured").
_HURT_FORMS = frozenset({"injured", "injuring", "wounded", "wounding", "hurt"})

#: Stems of a trigger that tells two sides fighting: "heavy *fighting*", "militias *battled*",
#: "forces *traded* artillery fire", "*clashes* between …".
_BATTLE_STEMS = ("fight", "fought", "battl", "clash", "trad", "exchang", "gunbattle", "firefight")


#: Ground forces named beside an air force in a joint actor ("the Air Force and the Army").
_GROUND_FORCES = frozenset({"army", "troops", "soldiers", "police", "gendarmes", "marines", "infantry"})


#: Words of a fight with small arms: "a gun battle", "a firefight", "a shootout".
_GUNFIGHT_WORDS = frozenset({"gun", "gunbattle", "gunfight", "firefight", "shootout", "gunfire"})


def _ground_gunfight(event: Event, words: list[str]) -> bool:
    """Whether an air force fights on the ground with ground forces beside it: "the air force and the
    army engaged jihadists in a gun battle" is a fight with firearms (ACLED's "Armed clash"); an air
    force alone, or one that bombs or strikes, keeps the air strike."""
    return (
        event.type == "FIGHT"
        and (event.mode == "firearms" or not _GUNFIGHT_WORDS.isdisjoint(words))
        and not _GROUND_FORCES.isdisjoint(_words(event.actor_text))
    )


def _battle_told(event: Event, trigger: str, words: list[str]) -> bool:
    """Whether a fight is told as a battle of two sides, whatever weapons they used: "rival
    militias battled with rocket-propelled grenades", "heavy fighting raged as the two forces traded
    artillery and machine-gun fire". ACLED's Explosions/Remote violence are one-sided (the target
    cannot answer); a battle in which both sides fire is an "Armed clash". An air strike, a suicide
    bomb or a chemical attack keeps its weapon."""
    verb = "".join(_words(trigger)[:1])
    return (
        event.type == "FIGHT"
        and verb.startswith(_BATTLE_STEMS)
        and event.mode not in {"aerial", "suicide-attack", "explosives"}
        and not any(_has(words, c) for c in ("air", "suicide", "chemical"))
    )


def _bomber(text: str | None) -> bool:
    """Whether a party is a bomber ("a suicide bomber", "two would-be bombers"): state forces who
    shoot or seize one stop the bomb (ACLED's "Disrupted weapons use"), whoever else is hurt."""
    return not {"bomber", "bombers"}.isdisjoint(_words(text))


#: Verbs that found a place to hold: "established a position", "set up positions".
_ESTABLISH_STEMS = ("establish", "set", "build", "built", "open", "erect", "install")


def _positioned(trigger: str, words: list[str]) -> bool:
    """An armed side that "established" or "set up" a position holds a new base (ACLED's
    "Headquarters or base established"); one that "took up positions" only moved (a deployment)."""
    return "".join(_words(trigger)[:1]).startswith(_ESTABLISH_STEMS) and not {
        "position",
        "positions",
    }.isdisjoint(words)


_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})


def _took_up_positions(words: list[str]) -> bool:
    """ "Took up positions" is the phrasal verb of forces moving in, not a place taken from
    anyone: ACLED codes the deployment as a change to the group's activity."""
    return any(
        w in _TAKE_FORMS and words[i + 1 : i + 3] in (["up", "positions"], ["up", "position"])
        for i, w in enumerate(words)
    )


def _engaged_the_enemy(trigger: str, words: list[str]) -> bool:
    """ "Rebels engaged troops in a firefight", "the army engaged the militants near X": a side that
    engages another armed side fights it (ACLED's armed clash), not a deployment of its own troops.
    Both sides must be named: "engaged 300 reservists" alone is a mobilisation."""
    return "".join(_words(trigger)[:1]).startswith("engag") and {"state", "armed"} <= _party_kinds(words)


#: People named by their nationality ("three Italians", "a Togolese", "two Pakistanis"): civilians
#: whom the ACLED actor lists name by no other noun.
_NATIONALS = re.compile(r"\b[A-Z][a-z]+(?:ians|ans|ese|is)\b")

#: Forms of the verbs that carry people off ("snatched", "taken away", "picked up", "whisked off"):
#: what a reporter writes for an arrest or an abduction alike, so that the taker decides.
_CARRY_STEMS = (
    "snatch",
    "grab",
    "took",
    "take",
    "taki",
    "whisk",
    "carri",
    "carry",
    "drag",
    "led",
    "lead",
    "spirit",
    "pick",
    "bundl",
)


def _carried_off(trigger: str) -> bool:
    """Whether the trigger is a verb of carrying people off, not one of arresting ("arrested", "detained")."""
    words = _words(trigger)
    # "took three organisers into custody" is the formula of an arrest, whoever is named taking them
    return bool(words) and words[0].startswith(_CARRY_STEMS) and "custody" not in words


def _captured_people(event: Event, trigger: str) -> bool:
    """Whether a verb of capture takes people ("captured 9 gang members", "captured two aid
    workers"), not a place or a position: the target is fighters or civilians and names no territory."""
    verb = _words(trigger)[:1]
    if not verb or not verb[0].startswith("captur"):
        return False
    target = _words(event.target_text)
    cut = next((i for i, w in enumerate(target) if w in _PLACE_PREPS), len(target))
    target = target[:cut]  # "captured two suspects *in the city*": the city is where, not what
    places = active().get("events", "territory_nouns") | active().get("events", "military_objects")
    kind = actor_kind(" ".join(target))
    actor = actor_kind(event.actor_text)
    return (
        bool(target)
        and not set(target) & places
        and (
            kind == "civilians"
            # "she was captured by the rebels": a pronoun of people taken by an armed side or the state
            or (set(target) <= active().get("events", "person_pronouns") and actor in {"armed", "state"})
            or (kind == "armed" and actor == "state")
            # "police captured two suspects / a wanted gang leader": people sought by the state
            or (actor == "state" and not _WANTED_PEOPLE.isdisjoint(target))
        )
    )


#: Nouns and modifiers of people the state hunts ("two suspects", "a wanted man", "an alleged
#: smuggler", "a fugitive"): what state forces capture is then a person (an arrest), not a place.
_WANTED_PEOPLE = frozenset(
    {"suspect", "suspects", "wanted", "alleged", "fugitive", "fugitives", "ringleader", "ringleaders"}
)


def _captured_a_thing(event: Event, text: str, sentence: tuple[int, int]) -> bool:
    """Whether a verb of capture takes a thing, not a place or people, with no side at war in its
    sentence ("the filters captured the dust", "photographers captured the moment"): no territory
    changes hands and ACLED codes nothing. A named object (a capitalised word: "captured Fawa"), a
    territory noun or a military object, people (a pronoun, or a kind of actor), and any state force or
    armed group named in the sentence keep the event."""
    trigger = _words(text[event.trigger[0] : event.trigger[1]])[:1]
    if event.type not in {"FIGHT", "COERCE"} or not trigger or not trigger[0].startswith("captur"):
        return False
    raw = event.target_text or ""
    target = _words(raw)
    places = active().get("events", "territory_nouns") | active().get("events", "military_objects")
    if set(target) & (places | active().get("events", "person_pronouns")) or any(
        w[:1].isupper() for w in raw.split()
    ):
        return False
    if actor_kind(raw) is not None or actor_kind(event.actor_text) is not None:
        return False
    return not any(_kind_of_word(w) in {"state", "armed"} for w in _words(text[sentence[0] : sentence[1]]))


def _shows_not_marches(event: Event, text: str) -> bool:
    """Whether "demonstrate" is told in its sense "show": with an object right after it ("demonstrate
    solidarity"), a clause of what is shown ("demonstrated that …", "how …") or as a participle after
    "as" or a passive auxiliary ("as demonstrated in the chart"). No one marches: ACLED codes nothing.
    Demonstrators as its subject ("protesters demonstrated their anger") keep the demonstration."""
    if event.type != "PROTEST" or actor_kind(event.actor_text) == "protesters":
        return False
    lexicon = active()
    trigger = _words(text[event.trigger[0] : event.trigger[1]])
    if len(trigger) != 1 or trigger[0] not in lexicon.get("events", "show_verbs"):
        return False
    after = _words(text[event.trigger[1] : event.trigger[1] + 40])
    before = _words(text[max(0, event.trigger[0] - 12) : event.trigger[0]])
    # a window as long as the object and a few quote marks: no pass over the rest of the document
    rest = text[event.trigger[1] : event.trigger[1] + len(event.target_text or "") + 8].lstrip(
        " \"\u201c\u2018'"
    )
    return bool(
        (event.target_text and rest.startswith(event.target_text))
        or (after[:1] and after[0] in lexicon.get("events", "show_complements"))
        or (
            trigger[0].endswith("ed")
            and before[-1:]
            and before[-1] in lexicon.get("events", "show_passive_words")
        )
    )


def _no_violence_attack(event: Event, text: str) -> bool:
    """Whether an "attack" is one of the heart, of bees or on computers ("suffered a heart attack", "a bee
    attack", "a cyber attack on the servers"): the word before the noun names an illness, an animal or a
    computer (`non_violent_attack_modifiers`), and ACLED codes no violence."""
    if event.type != "ASSAULT":
        return False
    words = _words(text[max(0, event.trigger[0] - 24) : event.trigger[1]])
    heads = [i for i, w in enumerate(words) if w.startswith("attack") or w.startswith("cyberattack")]
    if not heads:
        return False
    i = heads[-1]
    return words[i].startswith("cyber") or (
        # "a 'killer bee' attack": the quote mark closing the modifier is no part of the word
        i > 0 and words[i - 1].strip("'") in active().get("events", "non_violent_attack_modifiers")
    )


def _words_not_blows(event: Event, text: str, sentence: tuple[int, int]) -> bool:
    """Whether an attack is told as words: "attacked the plan, saying …", "an attack on the minister,
    calling him …" (a participle of speech after a comma, `speech_participles`), by someone of no
    ACLED kind (no armed side, state force, crowd or villagers), in a sentence that names no weapon,
    death, injury, mob, burning or looting. The extractor's ``_attacked_in_words`` has already made
    DISAPPROVE what the parse shows (a verb with a speaking participle or a said thing as object);
    this reads the words of what it leaves ASSAULT (a light verb's noun, a participle the parser
    hung elsewhere) and takes only the ACLED code."""
    trigger = _words(text[event.trigger[0] : event.trigger[1]])
    if event.type != "ASSAULT" or not any(w.startswith(("attack", "assail")) for w in trigger):
        return False
    # a verb ("attacked", "assailed") or a light verb's noun ("launched a fierce attack"); a bare noun is
    # the object of another verb, whose clause the participle may be ("condemned the attack, saying …")
    if len(trigger) == 1 and not trigger[0].endswith(("ed", "ing")):
        return False
    if actor_kind(event.actor_text) is not None:
        return False  # soldiers, gunmen, a crowd, villagers: the attack is theirs, whatever they say
    speech = active().get("events", "speech_participles")
    after = text[event.trigger[1] : sentence[1]].split(",")[1:]
    if not any(_words(part)[:1] and _words(part)[0] in speech for part in after):
        return False
    words = _words(text[sentence[0] : sentence[1]])
    cues = ("lethal", "hurt", "weapons", "hand_weapons", "explosive", "mob", "looting")
    return not any(_has(words, cue) for cue in cues)


def _unofficial_taker(text: str | None) -> bool:
    """Whether people were carried off by someone named who is not state forces ("masked men",
    "suspected ASG members", "gunmen"): ACLED's "Abduction/forced disappearance" ("Arrests" are
    state forces' only; a passive with no one named stays an arrest)."""
    return bool(_words(text)) and actor_kind(text) != "state"


_FELL_FORMS = frozenset({"fell", "fallen", "falls", "fall"})


def _fell_to(words: list[str]) -> str | None:
    """The kind of the side a place "fell to" ("Kalay fell to the KIA"): the taker, who comes after
    the verb, not before it as the subject of other verbs of taking does."""
    for i, word in enumerate(words[:-1]):
        if word in _FELL_FORMS and words[i + 1] == "to":
            return actor_kind(" ".join(words[i + 2 : i + 6]))
    return None


def _taken_from(words: list[str], trigger: str) -> str | None:
    """The taker's kind read off the side a place was taken "from" ("seized the town from the
    military", "recaptured the hill from the rebels"): the other side, when the taker is of no known kind."""
    verb = _words(trigger)[:1]
    start = words.index(verb[0]) if verb and verb[0] in words else 0
    for i in range(start, len(words) - 1):
        if words[i] == "from":
            loser = actor_kind(" ".join(words[i + 1 : i + 5]))
            if loser == "state":
                return "armed"
            if loser == "armed":
                return "state"
            return None
    return None


def _they_resolved(event: Event, words: list[str]) -> Event:
    """The event with a bare "they" as actor read as the first party the sentence names.

    "Villagers set upon a man they believed was a thief and killed him": the parser may give the
    last verb the subject of the relative clause ("they"), which names no kind; in a one-event
    ACLED note "they" are the people the sentence opened with.
    """
    if _words(event.actor_text) != ["they"]:
        return event
    first = next((w for w in words if _kind_of_word(w) is not None), None)
    return event if first is None else event.model_copy(update={"actor_text": first})


#: Verbs of harm done to a thing: an aircraft after one is what was hit, not what struck.
_DAMAGE_FORMS = frozenset(
    {"damaging", "damaged", "destroying", "destroyed", "hitting", "hit", "striking", "struck", "downing"}
    | {"downed", "burning", "burned", "burnt", "wrecking", "wrecked"}
)
#: Words between a verb of harm and the aircraft it hit: "damaging *a parked cargo* plane".
_AIRCRAFT_MODIFIERS = frozenset(
    {"a", "an", "the", "two", "three", "several", "one", "its", "their", "parked", "cargo"}
    | {"military", "civilian", "passenger", "commercial", "private", "small", "army", "police"}
)


def _without_struck_aircraft(words: list[str]) -> list[str]:
    """The words without the aircraft that an attack hit ("fired mortars at the airport, *damaging a
    cargo plane*", "rebels destroyed two helicopters on the ground"): a plane is an air strike's
    weapon only when it strikes; as the object of a verb of harm it is the target."""
    air = _cues()["air"]
    out: list[str] = []
    damaged = False
    for w in words:
        if damaged and w in air:
            continue  # the aircraft hit
        damaged = w in _DAMAGE_FORMS or (damaged and w in _AIRCRAFT_MODIFIERS)
        out.append(w)
    return out


#: Verb stems of blowing a thing up by hand: "blew up the house", "dynamited the bridge".
_BLOW_UP_STEMS = ("blew", "blow", "dynamit")


def _blew_up_property(event: Event, trigger: str, words: list[str]) -> bool:
    """An armed side or state forces that blow up a building or other property, with no one hurt
    ("Houthi forces blew up the house of a tribal leader"): ACLED codes the demolition as
    "Looting/property destruction", not as a remote explosive (no device was set against anyone).
    A party, a military position or a vehicle of the state blown up, or anyone killed or hurt, keeps
    the explosion's coding."""
    if not "".join(_words(trigger)[:1]).startswith(_BLOW_UP_STEMS):
        return False
    if actor_kind(event.actor_text) not in {"state", "armed"} or not event.target_text:
        return False
    if actor_kind(event.target_text) is not None or _bomber(event.target_text):
        return False  # "blew up an army convoy", "blew himself up"
    harmed = _lethal(words) or _has(_unnegated(words), "hurt")
    return not harmed and not _has(_words(event.target_text), "explosive")


def _rammed_with_explosives(words: list[str], trigger: str) -> bool:
    """A vehicle packed with explosives that rams its target ("a bomber driving a car packed with
    explosives rammed into a checkpoint"): it was driven there by its bomber, a suicide attack
    (ACLED codes a vehicle-borne IED driven to its target as a suicide bomb)."""
    return "".join(_words(trigger)[:1]).startswith("ram") and _has(words, "explosive")


#: Forms of setting off a bomb: "detonated his vehicle", "blew up her vest".
_DETONATE_STEMS = ("detonat", "blew", "blow", "explod")


def _own_bomb(words: list[str], trigger: str) -> bool:
    """An attacker who sets off *his own* bomb ("detonated his explosive-laden vehicle at the gate",
    "blew up her vest"): he carried it to the target and died with it, ACLED's suicide bomb."""
    verb = _words(trigger)[:1]
    if not verb or not verb[0].startswith(_DETONATE_STEMS) or verb[0] not in words:
        return False
    if {"remote", "remotely", "planted"} & set(words):
        return False  # "detonated his remote-controlled device": set off from afar, an IED
    if {"strapped", "themselves", "himself", "herself"} & set(words[words.index(verb[0]) :]):
        return True  # "detonated explosives strapped to their bodies, killing themselves"
    at = words.index(verb[0])
    after = words[at + 1 : at + 3]
    return bool(after) and after[0] in {"his", "her"} or after[-1:] in (["his"], ["her"])


def _civilians_only_fight(event: Event, actor: str | None, target: str | None, words: list[str]) -> bool:
    """A clash whose only parties of a known kind are civilians ("Hindu and Muslim groups clashed
    during a procession"): ACLED's armed clash takes organised armed sides, so two crowds who
    fight are a mob's violence; the parser may keep only "groups" of such a subject."""
    if event.type != "FIGHT" or event.mode is not None or actor is not None or target is not None:
        return False
    kinds = _party_kinds(words)
    return "civilians" in kinds and not kinds & {"state", "armed", "protesters", "rioters"}


_CHARGE_FORMS = frozenset({"charged", "indicted"})
_COURT_WORDS = frozenset({"court", "courts", "judge", "judges", "prosecutor", "prosecutors", "tribunal"})


def _judicial(event: Event, text: str) -> bool:
    """Whether the event is a court's step: a sentence ("sentenced a protester to death") or a
    court's charge; ACLED codes it, if at all, as "Other", whoever is tried."""
    trigger = text[event.trigger[0] : event.trigger[1]]
    first = _words(trigger)[:1]
    return event.type == "COERCE" and (
        bool(first and first[0] in _SENTENCE_FORMS) or _court_charge(event, trigger)
    )


def _court_charge(event: Event, trigger: str) -> bool:
    """A court or prosecutor that "charged" or "indicted" someone: a judicial step, no arrest
    (ACLED codes it, if at all, as "Other"); police who charge suspects are still arresting."""
    return bool(_words(trigger)[:1] and _words(trigger)[0] in _CHARGE_FORMS) and not _COURT_WORDS.isdisjoint(
        _words(event.actor_text)
    )


#: Forms of throwing by hand: "hurled a bomb", "an explosive was thrown at the house".
_THROW_FORMS = frozenset(
    {"throw", "threw", "thrown", "throws", "throwing", "hurl", "hurled", "lob", "lobbed", "toss", "tossed"}
)


def _thrown(trigger: str) -> bool:
    """Whether the act is a throw: an explosive thrown by hand is what ACLED calls a grenade."""
    return bool(_words(trigger)[:1]) and _words(trigger)[0] in _THROW_FORMS


#: Verbs of forces coming into a place: "moved into Kherson", "pushed into the town".
_INTO_FORMS = frozenset({"moved", "pushed", "advanced", "rolled", "swept", "entered"})


def _moved_into(trigger: str, words: list[str]) -> bool:
    """Forces that "moved / pushed / advanced into" a place took it, with or without a fight
    (ACLED's territory sub-events, not a shelling), as "entered" a place does."""
    verb = _words(trigger)[:1]
    if not verb or verb[0] not in _INTO_FORMS:
        return False
    at = words.index(verb[0]) if verb[0] in words else -1
    return at >= 0 and words[at + 1 : at + 2] == ["into"]


def _takes_a_place(words: list[str]) -> bool:
    """Whether a sentence tells a place taken or taken back, not weapons ("recovered a rifle").

    ACLED notes of a battle often end with what was seized ("2 rebels were killed and an M16
    rifle was recovered", "seized three guns"): a taking verb whose object is a weapon (within
    the next three words, or of a passive the three words before "was/were") is a haul, not
    territory, so it is read out before the territory cues are looked for.
    """
    cues = _cues()
    taking = cues["regain"] | cues["overtake"]

    def haul(i: int) -> bool:
        after = words[i + 1 : i + 4]
        passive = i >= 2 and words[i - 1] in {"was", "were", "been"}
        before = words[max(0, i - 4) : i - 1] if passive else []
        return not cues["weapons"].isdisjoint(after + before)

    kept = [w for i, w in enumerate(words) if not (w in taking and haul(i))]
    return _has(kept, "regain") or _has(kept, "overtake")


def _fought_by_hand(event: Event, words: list[str], sides: set[str | None]) -> bool:
    """A fight with sticks, machetes or clubs between sides that are neither state forces nor an armed
    group ("supporters of two candidates clashed with machetes"): a mob's violence (ACLED's "Mob
    violence"); what they fought with is no side, and a party's factions or cadres are no armed group."""
    if event.type != "FIGHT":
        return False
    kinds = sides | _party_kinds(words)
    if _has(words, "communal"):
        kinds = kinds - {"armed"}  # clans are militias by name, but with spears and clubs they riot
    if {"state", "armed"} & kinds:
        return False
    parties = _words(event.actor_text) + _words(event.target_text)
    return (
        event.mode == "primitive"
        or _has(_words((event.target_text or "").split(" in ")[0]), "hand_weapons")
        # "rival factions of the Awami League clashed": a party's members, no armed group
        or _has(parties, "political_crowd")
    )


#: Stems of the verbs of entering or holding a place, whose PLOVER mode (heavy weapons) names no shelling:
#: "herdsmen invaded the village, killing seven farmers" is an attack on the villagers.
_INVADE_STEMS = ("invad", "storm", "annex", "occup")


def _ground_offensive(trigger: str) -> bool:
    """Whether the trigger names an offensive ("launched an offensive", "a counter-offensive"): a
    campaign fought on the ground, not a weapon fired from afar; artillery named in the sentence
    is read before this (ACLED codes shelling only when shells, rockets or missiles are told)."""
    return any(w.endswith("offensive") for w in _words(trigger))


def _invaded(trigger: str) -> bool:
    """Whether the trigger is a verb of entering or holding a place ("invaded", "stormed", "occupied")."""
    words = _words(trigger)
    return bool(words) and words[0].startswith(_INVADE_STEMS)


def _between_crowd_and_state(words: list[str]) -> bool:
    """ "clashes broke out between the police and TLP activists": the sides named after "between" are
    state forces and civilians, with no armed group: a riot (ACLED's "Mob violence"), not a battle."""
    if "between" not in words:
        return False
    i = words.index("between")
    sides = {_kind_of_word(w) for w in words[i + 1 : i + 9]}
    return {"state", "civilians"} <= sides and not sides & {"armed", "protesters"}


#: Words that open what someone is accused of ("accused of kidnapping", "suspected of", "charged with").
_CHARGE_WORDS = frozenset({"accused", "suspected", "charged", "convicted", "guilty"})

#: Verbs of accusing told with their object ("after *accusing him of* collaborating with militants").
_ACCUSING_FORMS = frozenset({"accusing", "accuse", "accuses", "suspecting", "charging"})

#: Object pronouns between an accusing verb and its "of".
_ACCUSED_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})


def _before_charge(words: list[str]) -> list[str]:
    """The words before an accusation: in "executed two men accused of kidnapping" the kidnapping is
    the charge, not the act reported; in "killed a herder after accusing him of collaborating with
    militants" the militants are named in the charge, not a side of the act."""
    for i, w in enumerate(words[:-1]):
        if w in _CHARGE_WORDS and words[i + 1] in {"of", "with", "for"}:
            return words[:i]
        if w in _ACCUSING_FORMS and words[i + 1] in _ACCUSED_PRONOUNS and words[i + 2 : i + 3] == ["of"]:
            return words[:i]
    return words


#: Words that end a verb's object noun phrase ("an IED factory *of* ISWAP fighters").
_OBJECT_ENDS = frozenset(
    {"of", "from", "in", "near", "at", "on", "to", "by", "with", "belonging", "and", "after"}
)


def _object_after(words: list[str], trigger: str) -> list[str]:
    """The noun phrase right after the trigger verb (at most five words): the thing acted on as
    written, where the parser hung the object on the "of" phrase after it ("destroyed an IED
    factory of ISWAP fighters" is done to the factory, not to the fighters)."""
    verb = _words(trigger)[-1:]
    if not verb or verb[0] not in words:
        return []
    start = words.index(verb[0]) + 1
    phrase: list[str] = []
    for word in words[start : start + 5]:
        if word in _OBJECT_ENDS:
            break
        phrase.append(word)
    return phrase


#: Nouns of an armed act that a side can repel, fight off or repulse.
_ATTACK_NOUNS = frozenset(
    {"attack", "attacks", "assault", "raid", "raids", "incursion", "offensive", "ambush"}
)


def _assailant_kind(words: list[str], trigger: str) -> str | None:
    """The kind of whoever made the attack the verb acts on: "vigilantes repelled *an attack by
    bandits*" is fought with the bandits (an armed side), though the parser's object is "an attack"."""
    phrase = _object_after(words, trigger)
    if not _ATTACK_NOUNS & set(phrase):
        return None
    verb = _words(trigger)[-1]
    start = words.index(verb) + 1 + len(phrase)
    if words[start : start + 1] != ["by"]:
        return None
    kinds = _party_kinds(words[start + 1 : start + 5])
    return next((k for k in ("armed", "state") if k in kinds), None)


def _other_parties(words: list[str], actor_text: str | None) -> list[str]:
    """The sentence's words without the acting party's own: in "RSF troops ran over a protester" the
    head "troops" is the RSF's, not a second (state) side the act was fought against."""
    own = _words(actor_text)
    for i in range(len(words) - len(own) + 1 if own else 0):
        if words[i : i + len(own)] == own:
            return words[:i] + words[i + len(own) :]
    return words


#: Words before a participle that make it describe the noun after it ("*an* abducted trader").
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "two", "three", "several"})


def _victims_past(words: list[str]) -> list[str]:
    """The words without participles that describe a victim's past ("the body of *an abducted*
    trader was found; he had been shot", "*the kidnapped* pastor was killed"): the act reported is
    the killing, the abduction what had happened to him before (ACLED codes the killing)."""
    return [w for i, w in enumerate(words) if not (i and words[i - 1] in _DETERMINERS and w.endswith("ed"))]


def _counted(text: str | None) -> bool:
    """Whether a party is a count of people ("40 ex-combatants", "Forty ex" where the parser cut the
    hyphenated noun): fighters who give up come in numbers; "the governor" who surrenders does not."""
    tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
    return any(c.isdigit() for c in text or "") or bool(set(_words(text)) & (_NUMBER_WORDS | tens))


#: Forms of the verbs of an armed group standing its fighters down ("decommissioned", "demobilised").
_DISARM_VERBS = [
    [w] for w in ("decommission", "decommissioned", "demobilised", "demobilized", "disarmed", "disbanded")
]
#: Forms of the verbs of fighters giving up ("surrendered", "laid down their arms", "disarmed").
_GIVE_UP_FORMS = frozenset(
    {
        "surrender",
        "surrendered",
        "surrenders",
        "surrendering",
        "lay",
        "laid",
        "lays",
        "laying",
        "disarm",
        "disarmed",
        "defect",
        "defected",
        "demobilised",
        "demobilized",
        "decommission",
        "decommissioned",
        "disbanded",
    }
)


#: Forms of the verbs that give something over ("handed over", "turned in", "gave up"): fighters
#: give up when what they give is themselves or their arms.
_HAND_FORMS = frozenset(
    {"hand", "handed", "hands", "handing", "turn", "turned", "turns", "give", "gave", "given"}
)


def _gives_up_arms(event: Event, trigger: str, words: Iterable[str] = ()) -> bool:
    """Fighters who surrender or lay down their arms ("35 militiamen surrendered to the army"):
    ACLED's "Change to group/activity"; a group that surrenders a town ("surrendered the town to
    the rebels") gives up territory instead."""
    said = _words(trigger)
    verb = said[:1]
    places = active().get("events", "territory_nouns") | active().get("events", "military_objects")
    if verb and verb[0] in _HAND_FORMS:
        # "handed over their weapons", "turned themselves in", "gave themselves up": fighters giving
        # themselves or their arms, not a place ("handed over the camp to the army")
        given = _words(event.target_text) + list(words)  # the object, and the sentence's words
        if _has(given, "regain") or _has(given, "overtake"):
            return (
                False  # "took over the town after rebels handed over their weapons": the town changed hands
            )
        return ("themselves" in said or _has(given, "weapons")) and not set(
            _words(event.target_text)
        ) & places
    if not verb or verb[0] not in _GIVE_UP_FORMS:
        return False
    return not set(_words(event.target_text)) & places


#: Forms of the verbs of an exchange ("exchanged", "swapped") and the people or remains exchanged.
_EXCHANGE_FORMS = frozenset({"exchange", "exchanged", "exchanges", "exchanging", "swap", "swapped", "swaps"})
_EXCHANGED = frozenset(
    {
        "prisoner",
        "prisoners",
        "detainee",
        "detainees",
        "captive",
        "captives",
        "pows",
        "hostages",
        "bodies",
        "remains",
    }
)


def _prisoner_exchange(event: Event, words: list[str], trigger: str) -> bool:
    """Parties that exchange prisoners ("swapped 86 prisoners of war"), or a release "in exchange
    for" others: ACLED codes a prisoner exchange as an "Agreement" carried out."""
    verb = _words(trigger)[:1]
    people = set(_words(event.target_text)) & _EXCHANGED
    if verb and verb[0] in _EXCHANGE_FORMS:
        # "exchanged the bodies of 40 soldiers": the object's head noun, which the target (its "of"
        # noun) leaves out, is what changed hands
        return bool(people) or not _EXCHANGED.isdisjoint(_object_after(words, trigger))
    joined = f" {' '.join(words)} "
    if event.type != "RETREAT" or " in exchange for " not in joined:
        return False
    # "released 82 schoolgirls in exchange for five detained commanders": people for people
    given = joined.split(" in exchange for ", 1)[1].split()[:5]
    held = {"detained", "jailed", "imprisoned", "captured", "held"}
    return bool(
        people or set(words) & _EXCHANGED or actor_kind(" ".join(given)) is not None or held & set(given)
    )


#: What is "released" when nobody is freed: a group's video, statement or report.
_DOCUMENTS = frozenset(
    {
        "video",
        "videos",
        "statement",
        "statements",
        "report",
        "footage",
        "communique",
        "audio",
        "recording",
        "message",
        "photos",
        "images",
        "pictures",
        "figures",
        "list",
        "results",
        "document",
        "documents",
        "leaflets",
        "propaganda",
    }
)


def _released_a_document(event: Event, text: str) -> bool:
    """ "JNIM released a video", "the army released a statement": a publication, not people freed
    (ACLED's "Other" for a release). The object is the target, else the words right after the verb."""
    end = event.trigger[1]
    after = _words(text[end : end + 40])[:3]  # "released a new video": a few words, read once
    return bool(set(_words(event.target_text) or after) & _DOCUMENTS)


#: Forms of the verbs of a court's sentence ("sentenced ten fighters to life"): no arrest.
_SENTENCE_FORMS = frozenset({"sentence", "sentenced", "sentences", "sentencing", "condemned", "jailed"})


def _reciprocal(target_text: str, actor: str | None) -> bool:
    """Armed sides that fight "each other" or "one another" ("two factions of the SPLA-IO fought
    each other"), or that fought "with casualties on both sides": the target is the actor's own
    kind or the fight's toll, so the sides are all in the actor ("the army and the rebels fought")."""
    words = _words(target_text)
    if words and words[0] in _TOLL_NOUNS:
        return True  # "fought …, with casualties on both sides": a toll is no party
    return actor in {"state", "armed"} and " ".join(words) in {"each other", "one another"}


#: A reciprocal party: the sides of the fight are both in its actor.
_EACH_OTHER = frozenset({"each other", "one another"})

#: Nouns of a fight's toll that a parser may hang on the fight as its "with" party.
_TOLL_NOUNS = frozenset({"casualties", "losses", "deaths", "fatalities", "injuries", "dead"})


def _blank(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> str:
    """The sentence ``text[start:end]`` with the parts in *spans* blanked out."""
    chars = list(text[start:end])
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = " "
    return "".join(chars)


def situate(
    events: list[Event],
    sentence_of: Callable[[Event], tuple[int, int]],
    text: str,
    grievances: Iterable[tuple[int, int]] = (),
    background: Iterable[tuple[int, int]] = (),
    occasions: Iterable[tuple[int, int]] = (),
    sources: Iterable[tuple[int, int]] = (),
    settings: Iterable[tuple[int, int]] = (),
) -> list[Event]:
    """Recode the ACLED field of events that happened, sentence by sentence (see the notes above).

    A demonstration's sentence gives every event of it the demonstration's
    sub-event type (one ACLED event: the protest and how it was met); elsewhere
    each violent event gets the sub-event type its weapon and parties' kinds say,
    and the others keep their PLOVER mapping (:func:`to_acled`).

    :param grievances: character spans of what a demonstration is about ("protested
        *over the killing of a teenager by police*", "families *of soldiers killed in
        an ambush*"): their words and events say why people marched, not how the march
        was met, so they neither make it "Excessive force" nor "Protest with intervention".
    :param background: trigger spans of events told as a noun's description ("*Detained*
        journalists were freed"): they take the sub-event of the event the sentence reports.
    :param occasions: trigger spans of protests named as what the sentence's event follows or
        precedes ("imposed a curfew *after days of unrest*").
    :param settings: character spans of a demonstration named again only to date the
        sentence's act ("*During Friday's protests*, police detained …"): no event of its own,
        but the sentence goes on about that demonstration, as one right after it does.
    :param sources: character spans of who reports the sentence's events ("*police* said",
        "according to *a security source*"): read out of the sentence's words, since a source is
        no party (no armed side, no crowd) of what it reports.
    """
    described = set(background)
    occasion_spans = set(occasions)
    topics = sorted(set(grievances))  # read per sentence by bisection too
    told_by = sorted(set(sources))  # read per sentence by bisection: no pass over all per sentence
    set_in = sorted(set(settings))  # likewise
    by_sentence: dict[tuple[int, int], list[int]] = {}
    out = list(events)
    for i, event in enumerate(events):
        span = sentence_of(event)
        # "demonstrated that …", "captured the dust", "a heart attack", "attacked the plan, saying …": no
        # event of ACLED's, and no part of the sentence's
        if (
            _shows_not_marches(event, text)
            or _captured_a_thing(event, text, span)
            or _no_violence_attack(event, text)
            or _words_not_blows(event, text, span)
        ):
            out[i] = event.model_copy(update={"acled": None})
            continue
        by_sentence.setdefault(span, []).append(i)
    demonstrations: list[tuple[int, str, bool, list[int]]] = []  # (start, sub-event, own protest, members)
    previous: tuple[int, int] | None = None  # the last sentence with events, if a demonstration's
    tagged = _CROWD_SIZE_TAG in text  # an ACLED note of a demonstration
    for (start, end), members in sorted(by_sentence.items()):
        happened = [out[i] for i in members if out[i].modality in _HAPPENED]
        kept = _kept_from_marching(happened, [out[i] for i in members], text)
        happened += kept
        own_sources = told_by[bisect_left(told_by, (start, -1)) : bisect_left(told_by, (end, -1))]
        words = _words(_blank(text, start, end, own_sources))
        before = _words(_sentence_before(text, start))
        continued = previous is not None and _acts_on_them(happened, [*before, "of", "the"])
        # "During Friday's protests, police detained …": the demonstration named again is the setting
        continued = continued or bisect_left(set_in, (start, -1)) < bisect_left(set_in, (end, -1))
        lead = _lead_context(text, start, end)
        held_past = _held_persons_past(happened, text, end)
        here = [*topics, *held_past, *([lead] if lead else [])]
        acts = [
            e for e in _gas_fired_by_state(happened, text) if not any(a <= e.trigger[0] < b for a, b in here)
        ]
        # a court's sentence or charge on a protester names who was tried, not a demonstration; a
        # protest named in a party's description ("residents *suspected of taking part in the
        # protests*", "journalists *covering a demonstration*") says who they are, not what happened
        protest = _protest_sub_event(
            [
                e
                for e in _gas_fired_by_state(happened, text)
                if not _judicial(e, text) and not (e.type == "PROTEST" and e.trigger in described)
            ],
            words,
            continued,
        )
        # what a demonstration is about may name a death or a shooting with no event of its own
        # ("gathered against the death of a journalist; police detained five"): read it out too
        about = bisect_left(topics, (start, -1)) < bisect_left(topics, (end, -1))
        if protest is not None and (len(acts) < len(happened) or about):
            # how the demonstration was met, read without what it was about or what came before
            # a demonstration named in a modifier ("youths protesting against power cuts threw
            # stones") is still the sentence's demonstration; one in a fronted context is not
            marching = any(
                e.type == "PROTEST"
                and actor_kind(e.actor_text) != "armed"
                and not (lead and lead[0] <= e.trigger[0] < lead[1])
                for e in happened
            )
            protest = _protest_sub_event(
                acts, _words(_blank(text, start, end, [*here, *own_sources])), continued or marching
            )
        if protest is not None and _only_the_occasion(happened, occasion_spans):
            protest = None  # "deployed soldiers ahead of the protests": the deployment is the event
        if protest is not None and _only_agreed_on(happened, text):
            protest = None  # "reached an agreement to end the protests": the agreement is the event
        # rape or sexual abuse told of demonstrators or detainees is the sentence's event (ACLED
        # codes the sexual violence; the demonstration and the detention are its setting)
        sexual = any(e.type in _VIOLENT and e.mode == "sexual" for e in happened)
        if sexual:
            protest = None
        sides = {actor_kind(e.actor_text) for e in happened} | {actor_kind(e.target_text) for e in happened}
        arrests = any(e.type == "COERCE" and e.mode in {"arrest", "detain"} for e in happened) or (
            _has(words, "custody")
            and not _has(words, "lethal")  # "took him into custody", not "died in custody"
        )
        riot_on_state = protest is None and any(_political_crowd_on_state(e) for e in happened)
        main_words = _words(_blank(text, start, end, [*own_sources, lead])) if lead else words
        if protest is not None:
            joins = previous is not None and not _names_protesters(happened)
            demonstrations.append((start, protest, not joins, members))
        previous = (start, end) if protest is not None else None
        for i in members:
            event = out[i]
            if event.modality not in _HAPPENED and not (protest is not None and event in kept):
                continue  # a march kept from taking place is the intervention's demonstration
            sub: str | None = None
            if protest is not None and (
                event.type in _VIOLENT | {"PROTEST", "COERCE", "CRIME"}
                or event.acled is not None
                or _demonstrators_say(event, happened)
                # "riot police stopped a procession of …": the stopping is the intervention, not a halt of their own
                or (event.type == "RETREAT" and bool(_STATE_STOPS_MARCH.search(f" {' '.join(words)} ")))
            ):
                sub = protest
            elif protest is None:
                trigger = text[event.trigger[0] : event.trigger[1]]
                # the sentence's own event is read without its fronted context: "Two days after
                # clashes with the army, militants attacked the village" names no battle of theirs
                own = main_words if not (lead and lead[0] <= event.trigger[0] < lead[1]) else words
                taken = _seized_place(event, text, end, own)
                sub = _single_sub_event(taken, own, sides, arrests, before, trigger) or _signed_or_handed(
                    event, own, trigger
                )
                if sexual and event.type in {"COERCE", "PROTEST"} and sub in _SETTING_OF_RAPE:
                    sub = "Sexual violence"
                if event.type == "PROTEST" and _agreed_on(event, happened, text):
                    sub = "Agreement"  # the strike an agreement ends is the agreement's subject
                if (
                    _tagged_vandalism(event, sub, tagged)
                    or (sub == "Mob violence" and _political_crowd(event) and riot_on_state)
                    or (sub == "Mob violence" and _street_protest_form(event, words))
                ):
                    sub = "Violent demonstration"
            if sub is not None:
                out[i] = event.model_copy(
                    update={"acled": Acled(event_type=SUB_EVENT_TYPES[sub], sub_event_type=sub)}
                )
            elif event.type == "RETREAT" and _released_a_document(event, text):
                out[i] = event.model_copy(update={"acled": None})
        if protest is None:
            _casualties_of_the_battle(out, members)
            _battle_won(out, members)
            _harm_outranks_damage(out, members)
        for span in {out[i].trigger for i in members} & described:
            _lead_takes_main(out, members, span, exact=True)
        _statements_take_the_act(out, members, text)
        _foiled(out, members, text)
        for span in [*held_past, *([lead] if lead else [])]:
            _lead_takes_main(out, members, span)
    return _one_demonstration(out, sorted(demonstrations, key=lambda d: d[0]))


#: What a detention or a demonstration told beside a rape would otherwise be coded as.
_SETTING_OF_RAPE = frozenset(
    {None, "Arrests", "Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
)

#: Nouns of an agreement reached or signed ("reached an agreement to end the protests").
_AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "truce", "ceasefire", "settlement"})


def _agreed_on(protest: Event, happened: list[Event], text: str) -> bool:
    """Whether a protest is only what an agreement is about ("the government and indigenous leaders
    reached an agreement *to end the protests*", "the government and the *striking* teachers' union
    signed an agreement"): the agreement is the event ACLED codes, the protest its subject or the
    description of a party to it."""
    for agree in happened:
        reached = agree.acled is not None and agree.acled.sub_event_type == "Agreement"
        if agree.type != "AGREE" or not (
            # "reached an agreement", or a verb of agreeing between parties ("the government and
            # the strike committee agreed on guarantees for protests")
            reached or _AGREEMENT_NOUNS & set(_words(text[agree.trigger[0] : agree.trigger[1]]))
        ):
            continue
        named = set(_words(text[protest.trigger[0] : protest.trigger[1]]))
        if protest.trigger[0] > agree.trigger[0] or (named and named <= set(_words(agree.actor_text))):
            return True
    return False


#: Verbs of firing a crowd-control means: the extractor makes them coercion only then ("fired tear gas").
_FIRING_STEMS = ("fir", "lob", "spray", "shot", "shoot")


def _gas_fired_by_state(happened: list[Event], text: str) -> list[Event]:
    """The events of a sentence with tear gas fired given to the state forces it names: demonstrators
    do not fire tear gas, so "police dispersed youths who were marching …, *firing tear gas*" (the
    parser hangs the participle on the marchers' verb) is the police's act, not the marchers' riot."""
    state = next((e.actor_text for e in happened if actor_kind(e.actor_text) == "state"), None)
    if state is None:
        return happened
    out = []
    for e in happened:
        verb = _words(text[e.trigger[0] : e.trigger[1]])[:1]
        if (
            e.type == "COERCE"
            and e.mode is None
            and verb
            and verb[0].startswith(_FIRING_STEMS)
            and actor_kind(e.actor_text) != "state"
        ):
            e = e.model_copy(update={"actor_text": state})
        out.append(e)
    return out


def _only_agreed_on(happened: list[Event], text: str) -> bool:
    """Whether every protest of a sentence is what an agreement of it is about (see :func:`_agreed_on`)."""
    protests = [e for e in happened if e.type == "PROTEST"]
    return bool(protests) and all(_agreed_on(e, happened, text) for e in protests)


#: ACLED's crowd-size tag, written only for demonstrations and riots (ACLED Codebook 2023).
_CROWD_SIZE_TAG = "[size="

#: ACLED's place with its administrative area after it: "Boali (Ombella-M'Poko)", "Tin-Akoff (Oudalan, Sahel)".
_ADMIN_AFTER = re.compile(r"\s*\([A-Z]")


def _tagged_vandalism(event: Event, sub: str | None, tagged: bool) -> bool:
    """Whether a crowd's damage to property is a demonstration turned violent.

    ACLED writes a crowd-size tag ("[size=no report]") only for demonstrations and riots: in a
    tagged note, people who are neither state forces nor an armed group and who burn or vandalise
    property ("supporters erected barricades and vandalised shops") are demonstrators turned
    violent, not looters or a mob; a mob's violence against people (a lynching) keeps its type.
    """
    if not tagged or event.type not in {"COERCE", "CRIME", "PROTEST"}:
        return False  # a riot's arson ("supporters burned a police car") is a PROTEST event
    if actor_kind(event.actor_text) in {"state", "armed"}:
        return False
    return sub in {"Looting/property destruction", "Mob violence"}


def _demonstrators_say(event: Event, happened: list[Event]) -> bool:
    """Whether a statement is a demonstration's only telling: demonstrators who "continued to camp
    outside the secretariat *demanding* the resignation of the government" or "gathered *calling
    for* …" demonstrate though no verb of protest is told (the camping, gathering or staying is
    no event of the lexicon). With a protest or an act of force told in the sentence, the statement
    is only what the march wants, and it stays without a sub-event of its own."""
    return (
        event.type in STATEMENT_TYPES
        and actor_kind(event.actor_text) == "protesters"
        and not any(
            e.type in _VIOLENT | {"PROTEST", "COERCE", "CRIME"} or e.acled is not None
            for e in happened
            if e is not event
        )
    )


def _kept_from_marching(happened: list[Event], events: list[Event], text: str) -> list[Event]:
    """Demonstrations that state forces kept people from ("gendarmes prevented teachers *from
    marching* to the ministry", "stopped residents from protesting"): the march did not take place
    as planned, but the demonstrators were there and were stopped, which ACLED codes as a "Protest
    with intervention". They count as the sentence's demonstration; they get no sub-event of their own."""
    if not any(e.type == "COERCE" and actor_kind(e.actor_text) == "state" for e in happened):
        return []
    return [
        e
        for e in events
        if e.type == "PROTEST"
        and e.modality not in _HAPPENED
        and (
            text[max(0, e.trigger[0] - 5) : e.trigger[0]].lower() == "from "
            # "police prevented / blocked a planned march of teachers and detained four organisers"
            or bool(_PREVENTED_MARCH.search(text[max(0, e.trigger[0] - 60) : e.trigger[0]]))
        )
    ]


#: A march named as the object of a verb that stops it ("prevented a planned march", "blocked the
#: sit-in", "banned and broke up the rally"), read just before the march's noun.
_PREVENTED_MARCH = re.compile(
    r"\b(?:prevented|blocked|stopped|halted|foiled|thwarted|broke up|aborted)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?:(?:planned|scheduled|proposed|announced|intended|attempted)\s+)?$",
    re.I,
)


#: What demonstrators burn or put up in the street ("burned tyres", "erected barricades"): the
#: codebook's own examples of a demonstration turned violent.
_STREET_FORMS = frozenset({"tyres", "tires", "barricade", "barricades", "roadblock", "roadblocks"})


def _street_protest_form(event: Event, words: list[str]) -> bool:
    """Whether a crowd's violence is a street demonstration's: tyres burned or barricades put up
    on the roads ("supporters blocked the expressway and burned tyres") make the riot a "Violent
    demonstration" (ACLED Codebook), though no protest noun is told; a crowd's violence on people
    (a lynching) is not this and stays mob violence."""
    return (
        event.type in {"PROTEST", "COERCE", "CRIME"}
        and actor_kind(event.actor_text) not in {"state", "armed"}
        and not _STREET_FORMS.isdisjoint(words)
        and not _has(words, "mob")
    )


def _political_crowd(event: Event) -> bool:
    """Whether an event's actor is a party's or a leader's following ("supporters of the opposition
    leader", "Hefazat activists", "party cadres"), not an armed side or state forces."""
    if actor_kind(event.actor_text) in {"state", "armed"}:
        return False
    head = _words((event.actor_text or "").split(" of ")[0])
    return _has(head, "political_crowd") and _SPORTS.isdisjoint(head)


#: Words of a sports following: "football supporters" who riot after a match are a mob (ACLED).
_SPORTS = frozenset({"football", "soccer", "fans", "fan", "club", "ultras", "team", "match"})


def _political_crowd_on_state(event: Event) -> bool:
    """A party's or leader's supporters who attack state forces or their buildings ("supporters
    threw stones at gendarmes", "activists attacked a police station"): ACLED's codebook makes a
    demonstration turned on the state a "Violent demonstration"; "Mob violence" is a crowd's
    violence on civilians or on other rioters, which this leaves alone."""
    violent = (
        event.type in _VIOLENT
        or event.mode in {"riot", "riot-spon", "riot-org"}
        or (event.type in {"COERCE", "CRIME"} and event.mode in {None, "destroy"})
    )
    return violent and _political_crowd(event) and actor_kind(event.target_text) == "state"


#: "control of" right after a verb of seizing: a place taken, not goods.
_CONTROL_OF = re.compile(r"\s+(?:full |effective )?control\s+(?:of|over)\b", re.IGNORECASE)


def _seized_place(event: Event, text: str, end: int, words: list[str]) -> Event:
    """The event read as a place taken when what was seized is a place ACLED-style, else the event.

    An ACLED note names a town with its administrative area in parentheses ("rebels seized
    Boali (Ombella-M'Poko)"): a "seized" object so followed is territory, not goods, even when
    the gazetteer does not know the town. Only the event's own sentence is searched.
    """
    target = event.target_text
    if (
        event.type == "COERCE"
        and event.mode == "confiscate"
        and _CONTROL_OF.match(text, event.trigger[1], end)
    ):
        # "seized control of Wad Madani": control is taken of a place, whatever the parser hung on it
        return event.model_copy(update={"type": "FIGHT", "mode": None})
    if not (event.type == "COERCE" and event.mode == "confiscate" and target and _takes_a_place(words)):
        return event
    if actor_kind(target) is not None:
        return event  # "seized weapons from *Mai-Mai militiamen* in Fizi (Sud-Kivu)": a party, no place
    at = text.find(target, event.trigger[1], end)
    if at < 0 or not target[:1].isupper() or not _ADMIN_AFTER.match(text, at + len(target), end):
        return event
    return event.model_copy(update={"type": "FIGHT", "mode": None})


def _only_the_occasion(events: list[Event], occasions: set[tuple[int, int]]) -> bool:
    """Whether a sentence's protests are all occasions of what others do ("the government declared
    a curfew after days of unrest"): no demonstration is reported when the demonstrators act in
    none of its other events (rioters who "torched a bank after a protest" still riot)."""
    if not any(e.trigger in occasions for e in events):
        return False
    rest = [e for e in events if e.trigger not in occasions]
    return bool(rest) and not any(
        e.type == "PROTEST" or actor_kind(e.actor_text) in {"protesters", "rioters"} for e in rest
    )


#: How a demonstration was met, least to most severe; demonstrators who turn violent make a riot
#: whatever the police did (ACLED Codebook).
_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
    "Violent demonstration": 3,
}


def _one_demonstration(
    events: list[Event], demonstrations: list[tuple[int, str, bool, list[int]]]
) -> list[Event]:
    """Code a demonstration reported over several sentences once, by its most severe outcome.

    "Residents marched against land grabbing. Police used tear gas." is one ACLED event, a
    protest with intervention: a demonstration sentence and the sentences right after it that
    report no demonstration of their own (how it was met) form one demonstration. Only a
    sentence that tells the march without its outcome (coded peaceful) takes the outcome the
    next ones tell; one that reports its own ("120 were detained after thousands marched")
    keeps it.
    """
    groups: list[list[tuple[int, str, bool, list[int]]]] = []
    for demo in demonstrations:
        if groups and not demo[2]:
            groups[-1].append(demo)
        else:
            groups.append([demo])
    out = list(events)
    for group in groups:
        subs = [sub for _s, sub, _own, _m in group if sub in _SEVERITY]
        if len(group) < 2 or not subs:
            continue
        worst = max(subs, key=_SEVERITY.__getitem__)
        for _s, sub, _own, members in group:
            for i in members:
                acled = out[i].acled
                if sub == "Peaceful protest" and acled is not None and acled.sub_event_type == sub:
                    out[i] = out[i].model_copy(
                        update={"acled": Acled(event_type=SUB_EVENT_TYPES[worst], sub_event_type=worst)}
                    )
    return out


#: A sentence's fronted "Following/After/Amid …," phrase (after an optional date): what came before
#: the event the sentence reports, or its circumstance ("Following an attack on a convoy earlier in
#: the week, …", "Amid fears of new attacks, …").
_LEAD = re.compile(
    r"(?:(?:on|around|between)\b[^,]{0,40},\s*)?"
    r"(?:following|after|in the wake of|in response to|amid|(?:a|two|three|several) (?:day|days|hours|weeks) after)"
    r"\b[^,]{3,120},",
    re.IGNORECASE,
)


#: A relative clause that describes the people just named (", who had filmed the march").
_WHO_CLAUSE = re.compile(r",?\s+(?:who|whom|whose)\b[^,;.]*")


def _held_persons_past(events: list[Event], text: str, end: int) -> list[tuple[int, int]]:
    """Spans of relative clauses that describe the people an arrest names.

    "Police took into custody two lawyers who represented families of protesters killed in
    2019": the clause tells who the detained are, not how this note's event went, so the
    protesters and killings in it make no demonstration of the arrest. Each arrest's own
    sentence is searched from its trigger on.
    """
    spans: list[tuple[int, int]] = []
    for event in events:
        target = event.target_text
        if not (event.type == "COERCE" and event.mode in {"arrest", "detain"} and target):
            continue
        at = text.find(target, event.trigger[1], end)
        m = _WHO_CLAUSE.match(text, at + len(target), end) if at >= 0 else None
        if m:
            spans.append((m.start(), m.end()))
    return spans


def _lead_context(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a sentence's fronted context phrase, or None."""
    m = _LEAD.match(text, start, end)
    return (start, m.end()) if m else None


def _casualties_of_the_battle(events: list[Event], members: list[int]) -> None:
    """Deaths and injuries a sentence reports without naming who caused them ("2 policemen were
    killed when their vehicle was ambushed by separatists", "a civilian was killed by a stray
    bullet during clashes between the army and militants") are the battle's: ACLED codes one
    armed clash with its fatalities, not a clash and an attack."""
    battle = next(
        (
            acled
            for i in members
            if (acled := events[i].acled) is not None
            and acled.event_type == _BATTLES
            and events[i].type == "FIGHT"
            and events[i].modality in _HAPPENED
        ),
        None,
    )
    if battle is None:
        return
    for i in members:
        e = events[i]
        if (
            e.type == "ASSAULT"
            and e.modality in _HAPPENED
            and actor_kind(e.actor_text) is None
            and (e.acled is None or e.acled.sub_event_type == "Attack")
        ):
            events[i] = e.model_copy(update={"acled": battle})


#: ACLED event types of political violence: what an operation "against bandits, killing 20" became.
_FIGHTING = frozenset({_BATTLES, _ERV, _VAC})


#: The battle sub-events that say a place changed hands.
_TERRITORY_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _battle_won(events: list[Event], members: list[int]) -> None:
    """A fight whose sentence ends with a place taken is that taking: "Taliban militants attacked
    the district centre; after clashes with ANDSF, the Taliban took control of the district" is one
    ACLED event, "Non-state actor overtakes territory", not an armed clash and a seizure."""
    won = next(
        (
            events[i].acled
            for i in members
            if _sub_event(events[i]) in _TERRITORY_TAKEN and events[i].modality in _HAPPENED
        ),
        None,
    )
    if won is None:
        return
    for i in members:
        acled = events[i].acled
        if acled is not None and acled.sub_event_type == "Armed clash" and events[i].modality in _HAPPENED:
            events[i] = events[i].model_copy(update={"acled": won})


def _harm_outranks_damage(events: list[Event], members: list[int]) -> None:
    """Property destroyed or looted by a side that, in the same sentence, also kills, wounds,
    abducts or fights is part of that violence: "armed men set fire to three houses and killed a
    herder" is one ACLED event, the attack on civilians (the codebook codes the most severe act,
    and "Looting/property destruction" only when no one was harmed)."""
    damage = [
        i
        for i in members
        if _sub_event(events[i]) == "Looting/property destruction" and events[i].modality in _HAPPENED
    ]
    if not damage:
        return
    for i in damage:
        who = " ".join(_words(events[i].actor_text))
        harm = next(
            (
                acled
                for k in members
                if k != i
                and (acled := events[k].acled) is not None
                and events[k].modality in _HAPPENED
                and acled.event_type in _FIGHTING
                and who
                # the same side, or harm told in a passive with no agent ("set fire to a bus …; two
                # passengers were shot dead"): one ACLED note, one event
                and (
                    " ".join(_words(events[k].actor_text)) == who
                    or (
                        events[k].actor_text is None and events[k].type == "ASSAULT" and events[k].target_text
                    )
                )
            ),
            None,
        )
        if harm is not None:
            events[i] = events[i].model_copy(update={"acled": harm})


def _statements_take_the_act(events: list[Event], members: list[int], text: str) -> None:
    """A statement about an act takes the sub-event of the act told after it in its sentence: "the
    opposition *condemned* the arrest of two MPs by police" is an ACLED note about an arrest, and
    "villagers *accused* militiamen of raping a teenager" one about sexual violence. Likewise an
    operation or deployment followed by fighting ("launched an operation against bandits, killing
    20") is the fighting: ACLED codes a movement of forces only when nothing else happened."""
    ordered = sorted(members, key=lambda k: events[k].trigger[0])
    act: Event | None = None
    for i in reversed(ordered):  # the nearest act after each statement, read back to front
        e = events[i]
        if e.modality not in _HAPPENED:
            continue
        if act is not None and act.acled is not None and _told_by_the_act(e, act, text):
            events[i] = e.model_copy(update={"acled": act.acled})
        elif e.acled is not None and e.type not in STATEMENT_TYPES:
            act = e


def _is_patrol(event: Event, text: str) -> bool:
    """Whether the event's trigger is a patrol ("a FAMa patrol", "an army patrol"), not a deployment."""
    return "patrol" in text[event.trigger[0] : event.trigger[1]].lower()


def _told_by_the_act(event: Event, act: Event, text: str) -> bool:
    """Whether *event* is a statement about *act*, or a movement of forces or a raid that *act* (by
    the same side, or "they") shows to have been an attack, a looting, an abduction: "launched an
    operation against bandits, killing 20", "raided the village and stole cattle"."""
    if event.type in STATEMENT_TYPES:
        return event.acled is None
    if event.type in CARE_TYPES:
        # "rescued 20 kidnapped victims": an act told in the description of those cared for, right
        # after the verb, is their past, not the act that hurt them
        reach = event.trigger[1] + len(event.target_text or "") + 2
        inside = event.target_text is not None and event.trigger[1] <= act.trigger[0] < reach
        return (
            event.acled is None and act.acled is not None and act.acled.event_type in _FIGHTING and not inside
        )
    moved = event.type == "MOBILIZE" and _sub_event(event) == "Change to group/activity"
    if moved and _is_patrol(event, text) and act.type != "MOBILIZE" and act.acled is not None:
        # "a FAMa patrol clashed with JNIM", "an army patrol was ambushed", "a police patrol arrested
        # five": a patrol is where the act happened, whoever acted; ACLED codes the act
        return True
    raided = event.type == "COERCE" and event.mode is None and _sub_event(event) == "Other"
    return (
        (moved or raided)
        and act.acled is not None
        and (act.acled.event_type in _FIGHTING or (raided and act.acled.sub_event_type != "Other"))
        # "following clashes between herders and farmers" is what a deployment answers
        and act.actor_text is not None
        and (
            act.actor_text == event.actor_text
            or set(_words(act.actor_text)) <= active().get("events", "pronouns")
        )
    )


def _sub_event(event: Event) -> str | None:
    """The event's ACLED sub-event type, or None."""
    return event.acled.sub_event_type if event.acled is not None else None


#: Modifiers of an attack that did not happen as one ("a *failed* IED attack", "an *attempted* bombing").
_FAILED = frozenset({"failed", "attempted", "foiled", "thwarted", "aborted"})


def _foiled(events: list[Event], members: list[int], text: str) -> None:
    """An attack that was foiled, thwarted or intercepted did not happen as one: "an attempted
    suicide bombing was foiled by security forces" is ACLED's "Disrupted weapons use"."""
    stops = [
        events[i]
        for i in members
        if events[i].target_text
        and _has(_words(text[events[i].trigger[0] : events[i].trigger[1]]), "disrupted")
    ]
    disrupted = Acled(
        event_type=SUB_EVENT_TYPES["Disrupted weapons use"], sub_event_type="Disrupted weapons use"
    )
    if any(_sub_event(events[i]) == "Disrupted weapons use" for i in members):
        # "a failed IED attack was reported when a device … was discovered": the attack named as
        # failed or attempted, in a sentence that tells its weapon stopped, did not happen as one
        for i in members:
            e = events[i]
            named = _words(text[max(0, e.trigger[0] - 24) : e.trigger[0]])[-2:]  # "a failed IED attack"
            if e.type in _VIOLENT and _FAILED & set(named):
                events[i] = e.model_copy(update={"acled": disrupted})
    if not stops:
        return
    for i in members:
        e = events[i]
        said = text[e.trigger[0] : e.trigger[1]]
        if e.type in _VIOLENT and any(e is not s and said in (s.target_text or "") for s in stops):
            events[i] = e.model_copy(update={"acled": disrupted})


def _lead_takes_main(
    events: list[Event], members: list[int], lead: tuple[int, int], exact: bool = False
) -> None:
    """Events named in a fronted context phrase take the sub-event of the event the sentence
    reports: an ACLED note codes that one, and "an attack … earlier in the week" is its background.

    :param exact: *lead* is one background event's trigger span, not a phrase of the sentence.
    """
    inside = [
        i
        for i in members
        if (events[i].trigger == lead if exact else lead[0] <= events[i].trigger[0] < lead[1])
        and (events[i].acled is not None or not exact)  # a described act ACLED codes nothing for stays so
    ]
    if not inside:
        return
    main = next(
        (
            events[i].acled
            for i in sorted(members, key=lambda k: events[k].trigger[0])
            if i not in inside and events[i].acled is not None and events[i].modality in _HAPPENED
        ),
        None,
    )
    if main is None:
        return
    for i in inside:
        events[i] = events[i].model_copy(update={"acled": main})


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends right before *start* (a plain split: only event sentences' spans are known).

    Read backwards from *start* to the sentence end before it ("." "!" "?" and a
    space), so that the cost is the sentence's length, not the text's: offsets into
    *text*, no copy of all the text before *start* (two such copies per event sentence
    made this pass grow with the square of a long article).
    """
    end = _clamped(text, start)
    while end > 0 and text[end - 1].isspace():  # what ``text[:start].rstrip()`` keeps
        end -= 1
    if not end:
        return ""
    last = end - 1  # the sentence's own final mark is no cut
    for i in range(last - 2, -1, -1):
        if text[i] in ".!?" and text[i + 1].isspace():
            cut = i + 1
            while cut < last and text[cut].isspace():
                cut += 1
            return text[cut:end]
    return text[:end]


def _clamped(text: str, start: int) -> int:
    """The length of ``text[:start]``, without making it."""
    if start < 0:
        return max(0, len(text) + start)
    return min(start, len(text))


#: Verbs of an agreement made ("signed", "reached", "concluded" a truce): ACLED's "Agreement".
_REACH_FORMS = frozenset(
    {
        "sign",
        "signs",
        "signed",
        "signing",
        "reach",
        "reached",
        "reaches",
        "conclude",
        "concluded",
        "concludes",
    }
)


def _signed_or_handed(event: Event, words: list[str], trigger: str) -> str | None:
    """A signed agreement, or territory handed over or its control transferred, whatever PLOVER type the verb got.

    "signed a cessation of hostilities" is an agreement reached (ACLED's "Agreement"); "handed
    over its camp to the army" a place given up (ACLED's "Non-violent transfer of territory").
    """
    if event.acled is not None or event.type in _VIOLENT:
        return None
    verb = _words(trigger)
    if verb[:1] and verb[0] in _REACH_FORMS and _has(words + verb, "agreement"):
        return "Agreement"  # "signed a cessation of hostilities", "reached a truce", "concluded a deal"
    objects = active().get("events", "military_objects")
    places = active().get("events", "territory_nouns")
    handed = verb[:1] in (["handed"], ["hand"], ["hands"], ["handing"]) and "over" in words
    # "transferred control of the base to the army": control given, not goods or prisoners moved
    transferred = "".join(verb[:1]).startswith("transfer") and "control" in words
    if (handed or transferred) and any(
        w in objects or w in places for w in _words(event.target_text) + words
    ):
        return "Non-violent transfer of territory"
    return None
