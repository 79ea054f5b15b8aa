"""The sub-event of one event outside a demonstration (battles, explosions and remote violence,
violence against civilians, strategic developments), from its weapon and its parties' kinds.
"""

from __future__ import annotations

import re

from tally.extract.events.acled.actors import _is_group, _kind_of_word, _party_kinds, actor_kind
from tally.extract.events.acled.acts import (
    _DISARM_VERBS,
    _EXCHANGED,
    _SENTENCE_FORMS,
    _assailant_kind,
    _before_charge,
    _between_crowd_and_state,
    _blew_up_property,
    _bomber,
    _captured_people,
    _carried_off,
    _civilians_only_fight,
    _counted,
    _court_charge,
    _fell_to,
    _fought_by_hand,
    _gives_up_arms,
    _ground_offensive,
    _invaded,
    _moved_into,
    _object_after,
    _other_parties,
    _own_bomb,
    _prisoner_exchange,
    _rammed_with_explosives,
    _reciprocal,
    _taken_from,
    _takes_a_place,
    _they_resolved,
    _thrown,
    _unofficial_taker,
    _victims_past,
    _without_struck_aircraft,
)
from tally.extract.events.acled.mapping import _VIOLENT
from tally.extract.events.acled.protests import (
    _EXPLOSIVE_MODES,
    _WEAPON_CUES,
    _chemical,
    _crowd_attacks,
    _crowd_riot,
    _lethal,
    _remote,
    _riot_alone,
)
from tally.extract.events.acled.words import _has, _words
from tally.lang import active
from tally.records import Event


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
