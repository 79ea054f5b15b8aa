"""The protest and riot sub-events: a demonstration and how it was met ("Peaceful protest",
"Protest with intervention", "Excessive force against protesters", "Violent demonstration",
"Mob violence"), read from who acts on whom in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tally.extract.events.acled.actors import _is_group, actor_kind
from tally.extract.events.acled.mapping import _VIOLENT
from tally.extract.events.acled.words import _cues, _has, _words
from tally.lang import active
from tally.records import Event

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


#: A reciprocal party: the sides of the fight are both in its actor.
_EACH_OTHER = frozenset({"each other", "one another"})
