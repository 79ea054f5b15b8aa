"""Readings of one act that the sub-event rules ask for: people or a place taken, a document
released, arms given up, prisoners exchanged, a bomb of one's own, a charge in court, a fight by
hand, words rather than blows.
"""

from __future__ import annotations

from collections.abc import Iterable

from tally.extract.events.acled.actors import _PLACE_PREPS, _kind_of_word, _party_kinds, actor_kind
from tally.extract.events.acled.protests import _NUMBER_WORDS, _lethal, _unnegated
from tally.extract.events.acled.words import _cues, _has, _words
from tally.lang import active
from tally.records import Event


def _bomber(text: str | None) -> bool:
    """Whether a party is a bomber ("a suicide bomber", "two would-be bombers"): state forces who
    shoot or seize one stop the bomb (ACLED's "Disrupted weapons use"), whoever else is hurt."""
    return not {"bomber", "bombers"}.isdisjoint(_words(text))


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


#: Nouns of a fight's toll that a parser may hang on the fight as its "with" party.
_TOLL_NOUNS = frozenset({"casualties", "losses", "deaths", "fatalities", "injuries", "dead"})


def _blank(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> str:
    """The sentence ``text[start:end]`` with the parts in *spans* blanked out."""
    chars = list(text[start:end])
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = " "
    return "".join(chars)
