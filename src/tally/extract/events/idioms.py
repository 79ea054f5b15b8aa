"""Fixed constructions whose meaning is not their verb's: "held captive", "met with force", "a
mass grave was found", "carried off", "cleared of fighters". :func:`_idiom` reads them before
the verb's own sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    subtree_text,
    token_children,
    token_deps,
    token_lemmas,
    token_lowers,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _is_person, _passive_agent, _state_party, _weapon_subject
from tally.extract.events.idiom_checks import (
    _FORCIBLE_VERBS,
    _HIT_VERBS,
    _LAND_VERBS,
    _SEXUAL_VERBS,
    _USE_VERBS,
    _armed_side,
    _used_weapon,
    _went_through,
    _with_weapon,
)
from tally.extract.events.nouns import _crowd_control, _is_event_noun, _is_weapon, _object_class
from tally.extract.events.sense_checks import (
    _TAKE_PARTICLES,
    _is_place,
    _is_town,
    _taken_place,
    _went_missing,
)
from tally.lang import active

if TYPE_CHECKING:
    from spacy.tokens import Token


def _idiom(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """Events whose verb is too general to list alone: territory taken, property set on fire.

    "took control of the town", "retook the village", "took back Dioura" are a
    fight for territory (ACLED's territory sub-events read the side that takes it);
    "set the house on fire", "set tyres ablaze" destroy property. Written as code
    because the verb (take, set) is an event only with this object *and* particle.
    """
    doc = tok.doc
    deps, lowers, children = token_deps(doc), token_lowers(doc), token_children(doc)  # no Token per child
    parts = {lowers[c] for c in children[tok.i] if deps[c] in {"prt", "prep", "advmod", "acomp", "oprd"}}
    if obj is not None and lemma in event_lexicon.CONTROL_VERBS and obj.lemma_.lower() == "control":
        return _Cand("object", tok, tok, [tok, obj], "FIGHT", None, lemma)
    # the verb and its object are tested before the "behind" phrase is looked for (most verbs stop there)
    behind = event_syntax.prep_object(tok, frozenset({"behind"})) if _backing(lemma, obj) else None
    if behind is not None and (event_syntax.is_party(behind) or _is_event_noun(behind)):
        # "threw its weight behind the strike", "rallied behind the president", "stood behind
        # the army": standing behind a party or its act is support (PLOVER SUPPORT), not a rally
        return _Cand("phrasal", tok, tok, [tok, *([obj] if obj is not None else [])], "SUPPORT", None, lemma)
    gone = _went_missing(tok, lemma)
    if gone is not None:
        return gone
    lemmas = token_lemmas(doc)
    to_death = lemma not in event_lexicon.DEATH_SENTENCE_VERBS and any(
        deps[c] == "prep" and lowers[c] == "to" and any(lemmas[o] == "death" for o in children[c])
        for c in children[tok.i]
    )
    if to_death:
        # "hacked / beaten / burned to death": a killing whatever the verb ("sentenced to death" is not)
        own = event_lexicon.VERBS.get(lemma)
        mode = own.mode if own is not None and own.type == "ASSAULT" else None  # "beaten to death": beat
        return _Cand("object", tok, tok, [tok], "ASSAULT", mode, lemma)
    taken = lemma in {"seize", "grab", "reclaim"} or (
        lemma == "take" and not parts & _TAKE_PARTICLES and _is_town(obj)
    )
    if obj is not None and taken and _taken_place(tok, obj):
        return _Cand("object", tok, tok, [tok], "FIGHT", None, lemma)  # "seized the town": not a confiscation
    if obj is not None and lemma == "take" and obj.lemma_.lower() == "part":
        joined = event_syntax.prep_object(tok, frozenset({"in"})) or event_syntax.prep_object(
            obj, frozenset({"in"})
        )
        if joined is not None and _object_class(joined) in {"meeting", "relations"}:
            # "took part in the talks / the conference": taking part in a meeting is consulting
            return _Cand("phrasal", tok, tok, [tok, obj], "CONSULT", None, lemma)
    if obj is not None and lemma in {"leave", "quit", "exit"} and _is_place(obj) and _armed_side(tok):
        return _Cand("object", tok, tok, [tok], "RETREAT", None, lemma)  # "the last troops left Kabul"
    if (
        obj is not None
        and lemma == "take"
        and not parts & {"over", "back"}
        and _is_place(obj)
        and _armed_side(tok)
    ):
        # "troops took the town": taking a place is capturing it when an armed side takes it
        sense = event_lexicon.VERBS.get("capture") or event_lexicon.Sense("FIGHT")
        return _Cand("object", tok, tok, [tok], sense.type, sense.mode, lemma)
    if lemma == "charge" and any(c.dep_ == "prep" and c.lower_ in {"at", "into"} for c in tok.children):
        # "riot police charged at the demonstrators": force used on them, not an accusation
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    # the subject is read only by the two tests of munitions landing and a town falling below
    subj = event_syntax.child(tok, "nsubj") if lemma in _LAND_VERBS or lemma == "fall" else None
    if (
        lemma in _LAND_VERBS
        and obj is None
        and _weapon_subject(tok)
        and not (subj is not None and _is_place(subj))
    ):
        # "mortar rounds fired by Al Shabaab landed near the palace": munitions that land hit
        return _Cand("verb", tok, tok, [tok], "ASSAULT", None, lemma)
    if lemma == "go" and obj is None and "off" in parts and _weapon_subject(tok):
        # "an improvised explosive device went off in a market": a weapon that goes off explodes
        return _Cand("phrasal", tok, tok, [tok], "ASSAULT", "explosives", lemma)
    if lemma in _FORCIBLE_VERBS and any(c.dep_ == "advmod" and c.lower_ == "forcibly" for c in tok.children):
        # "security forces forcibly removed them": force used on people (PLOVER COERCE)
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if (
        lemma in _HIT_VERBS
        and (obj is not None or event_syntax.is_passive(tok))
        and (_weapon_subject(tok) or _with_weapon(tok))
    ) or (_went_through(tok, lemma) and _weapon_subject(tok)):
        # "artillery fire hit the town", "a suicide attacker hit a police academy", "a truck bomb
        # targeted a base", "rebels targeted the barracks with mortars": an attack
        return _Cand("verb", tok, tok, [tok], "ASSAULT", None, lemma)
    if lemma == "fall" and subj is not None and _is_place(subj) and "to" in parts:
        # "the town fell to Al-Shabaab militants": a place taken by the side it fell to
        return _Cand("phrasal", tok, tok, [tok], "FIGHT", None, lemma)
    if lemma in _SEXUAL_VERBS and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in tok.children):
        # "sexually abused / exploited women": sexual violence, whatever the general verb
        return _Cand("verb", tok, tok, [tok], "ASSAULT", "sexual", lemma)
    if obj is not None and lemma == "take" and parts & {"over", "back"} and _taken_place(tok, obj):
        prt = [c for c in tok.children if c.lower_ in {"over", "back"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "FIGHT", None, lemma)
    carried = _carried_off(tok, lemma, obj, parts)
    if carried is not None:
        return carried
    if obj is not None and lemma == "clear" and _is_place(obj) and _cleared_of_fighters(tok, obj):
        # "troops cleared the hills around Tanda of insurgents": a place taken back from an armed group
        return _Cand("object", tok, tok, [tok], "FIGHT", None, lemma)
    if (
        obj is not None
        and lemma in _USE_VERBS
        and _used_weapon(obj)
        and not event_syntax.is_passive(tok)
        # "aircraft using guided missiles killed four": the means of another act; but "accused the army
        # *of using* chemical weapons" names the act itself (the gerund of an "of" phrase)
        and (tok.tag_ != "VBG" or (tok.dep_ == "pcomp" and tok.head.lower_ == "of"))
    ):
        # "used chemical weapons on the town", "used drones against hideouts": the weapon's attack
        return _Cand("object", tok, tok, [tok], "ASSAULT", None, lemma)
    if lemma == "set" and obj is not None:
        # "set ablaze farms": the parser may hang "ablaze" on the object it comes before
        ablaze = {c.lower_ for c in obj.children if c.dep_ == "amod"} & {"ablaze", "alight"}
        fire = (
            parts & {"ablaze", "alight"}
            or ablaze
            or any(  # "set the school on fire": the parser may hang "on fire" on the object too,
                # or on a noun it read as the object's modifier ("set a police *precinct* on fire")
                c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_.lower() == "fire" for o in c.children)
                for c in [*tok.children, *obj.children, *(g for m in obj.children for g in m.children)]
            )
        )
        if fire:
            return _Cand("object", tok, tok, [tok], "COERCE", "destroy", lemma)
    return None


#: Verbs that carry people off with a particle ("taken away", "whisked off", "picked up"), and those
#: that do it alone when their object is a person ("snatched a pastor", "grabbed two girls").
_CARRY_VERBS = frozenset({"take", "whisk", "carry", "drag", "lead", "spirit", "pick", "bundle"})
_CARRY_PARTICLES = frozenset({"away", "off"})
_SNATCH_VERBS = frozenset({"snatch", "grab"})


#: Verbs that back what stands "behind" them: "rallied / stood / lined up behind the leader".
_BACKING_VERBS = frozenset({"rally", "stand", "line", "unite", "close", "get", "fall"})
#: Objects that are one's weight put behind a party: "threw its weight behind", "put its clout".
_BACKING_OBJECTS = frozenset({"weight", "clout", "support", "backing", "muscle"})


#: What people are held *without*, *in* or *at* when they are held captive: "held without charge",
#: "held in a secret prison", "held at a military base", "held incommunicado".
_CAPTIVE_PREPS = frozenset({"without", "in", "at", "for"})
#: Complements of a passive "held" that judge, not detain: "held responsible", "held accountable".
_HELD_JUDGED = frozenset({"responsible", "accountable", "liable", "hostage", "captive"})


def _held_captive(tok: Token, lemma: str) -> _Cand | None:
    """People "held" in the passive by someone or somewhere: "three activists are being held
    without charge by military intelligence", "a scholar has been held incommunicado by the
    authorities". PLOVER's COERCE/detain; a meeting or an election "held" is none (the subject
    is no person), nor "held responsible" (a judgement; "held hostage" has its own rule)."""
    if lemma != "hold" or not event_syntax.is_passive(tok):
        return None
    subject = event_syntax.child(tok, "nsubjpass")
    if subject is None:
        return None
    agent = _passive_agent(tok)
    held_by_state = agent is not None and _state_party(agent) and not _is_event_noun(subject)
    if not (_is_person(subject) or _party_not_place(subject) or held_by_state):
        return None
    deps = {c.dep_: c for c in tok.children}
    if any(c.lower_ in _HELD_JUDGED for c in tok.children) or "prt" in deps:
        return None  # "held responsible", "were held up at a checkpoint"
    where = any(c.dep_ == "prep" and c.lower_ in _CAPTIVE_PREPS for c in tok.children)
    incommunicado = any(c.lower_ == "incommunicado" for c in tok.children)
    if agent is None and not (where or incommunicado):
        return None
    return _Cand("verb", tok, tok, [tok], "COERCE", "detain", lemma)


#: Places of detention people are held or kept in: "in adult *detention* facilities", "in a
#: military *prison*", "in solitary *confinement*".
_DETENTION_PLACES = frozenset(
    {"detention", "custody", "prison", "jail", "gaol", "cell", "confinement", "dungeon", "camp"}
)


def _held_in_detention(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """The active of "were held in …": the state holding or keeping people in a place of detention
    ("Police held children as young as 12 in adult detention facilities", "the authorities kept
    activists in solitary confinement") detains them (PLOVER COERCE ``detain``); a rally or talks
    held, or a town held, is none (no person held, no place of detention; round 22)."""
    if lemma not in {"hold", "keep"} or obj is None or event_syntax.is_passive(tok):
        return None
    if not _is_person(obj):
        return None
    subject = event_syntax.clause_subject(tok)
    if subject is None or not _state_party(subject):
        return None
    # the place may hang on the object's own words ("children as young as 12 *in* …")
    for prep in [*tok.children, *obj.subtree]:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "inside"}:
            continue
        place = event_syntax.child(prep, "pobj")
        if place is None:
            continue
        words = {
            place.lemma_.lower(),
            *(m.lemma_.lower() for m in place.children if m.dep_ in {"compound", "amod"}),
        }
        if words & _DETENTION_PLACES:
            return _Cand("verb", tok, tok, [tok], "COERCE", "detain", lemma)
    return None


def _party_not_place(tok: Token) -> bool:
    """A party that is no place: "*the editor* was held", not "*Mosul* was held by the group"."""
    return event_syntax.is_party(tok) and event_syntax.core_noun(tok).ent_type_ not in {"GPE", "LOC", "FAC"}


#: Heads of a subject who travels for the state: "the foreign *minister* arrived in Damascus".
_TRAVELLING_OFFICIALS = frozenset(
    {"minister", "president", "premier", "envoy", "delegation", "chancellor", "secretary", "emissary"}
    | {"ambassador", "diplomat", "king", "emir", "prince", "mediator", "secretary-general"}
)


#: What a march may be "met with" that is force used on it: "met with *live fire*", "with *violence*".
_FORCE_NOUNS = frozenset({"force", "violence", "repression", "crackdown", "gunfire", "fire", "baton"})
#: Of those, what is gunfire: a crowd met with it is fired on (PLOVER FIGHT/firearms, as "fired on").
_GUNFIRE_NOUNS = frozenset({"gunfire", "fire", "bullet", "round", "ammunition"})


def _met_with_force(tok: Token, lemma: str) -> _Cand | None:
    """ "The protest was met with tear gas", "marchers were met with live fire": force used on
    the subject (by forces the sentence need not name), never a meeting (CONSULT)."""
    if lemma != "meet":
        return None
    means = event_syntax.prep_object(tok, frozenset({"with"}))
    if means is None:
        return None
    word = means.lemma_.lower()
    if _crowd_control(means):
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if word in _GUNFIRE_NOUNS:
        return _Cand("verb", tok, tok, [tok], "FIGHT", "firearms", lemma)
    if word in _FORCE_NOUNS or _is_weapon(means):
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    return None


def _received_official(tok: Token, lemma: str) -> _Cand | None:
    """ "Tunisia's president received the visiting Algerian prime minister": a visitor of
    office received is a visit hosted (PLOVER CONSULT/host), whatever "received" means of a
    thing ("received a letter")."""
    if lemma not in {"receive", "welcome"}:
        return None
    obj = event_syntax.child(tok, "dobj")
    if obj is None:
        return None
    noun = event_syntax.core_noun(obj)
    visitor = noun.lemma_.lower() in _TRAVELLING_OFFICIALS or any(
        m.dep_ == "amod" and m.lower_ == "visiting" for m in noun.children
    )
    # people or a party, not a thing ("a letter", "death threats")
    people = (
        event_syntax.is_party(obj) or actor_kind(noun.lower_) is not None or noun.lemma_.lower() in _KIN_NOUNS
    )
    if not visitor and not (_holds_audience(tok) and people):
        return None
    return _Cand("verb", tok, tok, [tok], "CONSULT", "host", lemma)


#: Kin of the people a story is about, received as a group: "the *mothers* of the jailed students".
_KIN_NOUNS = frozenset(
    {"mother", "father", "parent", "widow", "wife", "husband", "son", "daughter", "sibling"}
)

#: Heads of state or government whose receiving people is an audience granted.
_AUDIENCE_HOLDERS = frozenset({"king", "queen", "president", "pope", "emir", "sultan", "monarch", "premier"})


def _holds_audience(verb: Token) -> bool:
    """Whether the subject receiving people is a head of state or government, by title or name
    ("*Morocco's King Mohammed VI* received the families of detainees", "the president received
    student leaders"): people received by them are hosted, unlike the wounded a hospital receives."""
    subj = event_syntax.child(verb, "nsubj")
    if subj is None:
        return False
    words = {t.lemma_.lower() for t in subj.subtree}
    return bool(words & _AUDIENCE_HOLDERS) or (words >= {"prime", "minister"})


def _official_arrival(tok: Token, lemma: str) -> _Cand | None:
    """An official who "arrived in" a capital or country visits it (PLOVER CONSULT/visit; the
    place is the host): "the UN envoy arrived in Yangon late on Sunday", and so does a person named
    ("Emmanuel Macron arrived in Kinshasa"). Aid convoys, troops or refugees arriving make no visit."""
    if lemma != "arrive":
        return None
    subject = event_syntax.child(tok, "nsubj")
    if subject is None:
        return None
    head = event_syntax.core_noun(subject)
    # a person named ("Emmanuel Macron arrived in Kinshasa") travels as an official does
    if head.lemma_.lower() not in _TRAVELLING_OFFICIALS and head.ent_type_ != "PERSON":
        return None
    place = event_syntax.prep_object(tok, frozenset({"in"}))
    if place is None or place.ent_type_ != "GPE":
        return None
    return _Cand("verb", tok, tok, [tok], "CONSULT", "visit", lemma)


def _forces_arrival(tok: Token, lemma: str) -> _Cand | None:
    """Troops or fighters who "arrived in" a place are deployed there (PLOVER MOBILIZE/troops;
    ACLED's change to group/activity): "CSTO paratroopers arrived in Almaty". Officials arriving
    visit (:func:`_official_arrival`); aid convoys or refugees arriving mobilise nothing."""
    if lemma != "arrive":
        return None
    subject = event_syntax.child(tok, "nsubj")
    if subject is None:
        return None
    noun = event_syntax.core_noun(subject)
    if active().get("events", "actor_kinds").get(noun.lower_) not in {"state", "armed"}:
        return None
    if event_syntax.prep_object(tok, frozenset({"in", "at"})) is None:
        return None
    return _Cand("verb", tok, tok, [tok], "MOBILIZE", "troops", lemma)


#: Verbs of finding what was hidden: "discovered / uncovered / exhumed a mass grave".
_FIND_VERBS = frozenset({"find", "discover", "uncover", "unearth", "exhume", "locate"})


#: Verbs of making one thing into another ("turned the school into a base").
_MAKE_INTO_VERBS = frozenset({"turn", "convert", "transform"})


def _made_into_base(tok: Token, lemma: str) -> _Cand | None:
    """A building turned into a base ("the RSF turned the hospital into a military base", "soldiers
    converted the school into barracks"): a base established (PLOVER MOBILIZE, ACLED's
    "Headquarters or base established"), not the building's change of hands."""
    if lemma not in _MAKE_INTO_VERBS:
        return None
    into = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    made = event_syntax.child(into, "pobj") if into is not None else None
    if made is None or _object_class(made) != "base":
        return None
    return _Cand("verb", tok, tok, [tok], "MOBILIZE", "troops", lemma)


def _grave_found(tok: Token, lemma: str) -> _Cand | None:
    """A mass grave found ("a mass grave containing 12 bodies was discovered near Beni", "residents
    found a mass grave"): an inquiry's finding (PLOVER INVESTIGATE), which ACLED codes as a strategic
    development ("Other"), never the finders' protest or assault."""
    if lemma not in _FIND_VERBS:
        return None
    found = (
        event_syntax.child(tok, "nsubjpass")
        if event_syntax.is_passive(tok)
        else event_syntax.child(tok, "dobj")
    )
    # the grave found, or the grave the remains were found in or exhumed from ("the remains of 12
    # people were exhumed *from a mass grave*", "bodies were found *in a mass grave*")
    where = [event_syntax.prep_object(tok, frozenset({"from", "in", "inside"}))]
    if not any(_mass_grave(n) for n in [found, *where]):
        return None
    return _Cand("verb", tok, tok, [tok], "INVESTIGATE", None, lemma)


def _mass_grave(tok: Token | None) -> bool:
    """Whether *tok* names a mass grave."""
    if tok is None:
        return False
    noun = event_syntax.core_noun(tok)
    return noun.lemma_.lower() == "grave" and any(c.lower_ == "mass" for c in noun.children)


def _backing(lemma: str, obj: Token | None) -> bool:
    """Whether the verb with a "behind" phrase backs it: no object and a backing verb, or
    one's weight thrown or put behind it."""
    if obj is None:
        return lemma in _BACKING_VERBS
    return lemma in {"throw", "put", "place", "cast"} and obj.lemma_.lower() in _BACKING_OBJECTS


def _without(noun: Token) -> bool:
    """An event noun that is the object of "without" (round 23): "the march ended *without arrests*",
    "were released *without charge*", "passed without arrests or injuries" tell acts that did not
    happen (a noun joined to the first by "and / or" shares its "without")."""
    tok = noun
    for _ in range(3):  # "without arrests or injuries": at most a short chain of conjuncts
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "without"


#: Role nouns of people who are carried off (round 23): "bundled three opposition *MPs* into a van",
#: "took a *critic* of the junta from his home", "the union's *leader*".
_CARRIED_ROLES = frozenset(
    {
        "mp",
        "lawmaker",
        "legislator",
        "politician",
        "critic",
        "opponent",
        "blogger",
        "editor",
        "leader",
        "organiser",
        "organizer",
        "lawyer",
        "candidate",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    }
)


def _carried_person(obj: Token) -> bool:
    """Whether the object of a verb of carrying off is a person: a person noun or a role noun ("three
    opposition MPs", "a critic of the junta"; round 23)."""
    core = event_syntax.core_noun(obj)
    return _is_person(obj) or bool({core.lemma_.lower(), core.lower_.removesuffix("s")} & _CARRIED_ROLES)


def _carried_off(tok: Token, lemma: str, obj: Token | None, parts: set[str]) -> _Cand | None:
    """People carried off: "two students were taken away by masked men", "gunmen snatched a pastor",
    "picked up three youths". A detention (PLOVER COERCE); ACLED's sub-event then reads who did it
    (state forces arrest, anyone else abducts)."""
    carried = (
        lemma in _SNATCH_VERBS
        or (
            lemma in _CARRY_VERBS
            and bool(parts & (_CARRY_PARTICLES | ({"up"} if lemma == "pick" else set())))
        )
        or (lemma == "take" and obj is not None and _from_home(tok))
        or (lemma in _INTO_VEHICLE_VERBS and obj is not None and _into_vehicle(tok))
    )
    if not carried:
        return None
    if obj is None and not (event_syntax.is_passive(tok) and lemma not in _SNATCH_VERBS):
        return None  # "went missing after being taken away by men": the passive's subject is the person
    if obj is not None and not _carried_person(obj):
        return None
    prt = [c for c in tok.children if c.lower_ in _CARRY_PARTICLES | {"up"} and c.dep_ in {"prt", "advmod"}]
    return _Cand("phrasal", tok, tok, [tok, *prt], "COERCE", "detain", lemma)


#: Where people are taken from when they are carried off: "took an activist *from his home*".
_HOME_NOUNS = frozenset({"home", "house", "residence", "bed", "dormitory", "hostel", "flat", "apartment"})


#: Verbs of forcing someone into a vehicle: "bundled him into a car", "shoved them into a van".
_INTO_VEHICLE_VERBS = frozenset({"bundle", "force", "shove", "push", "throw", "drag"})
#: Vehicles people are forced into.
_VEHICLE_NOUNS = frozenset({"car", "van", "vehicle", "truck", "jeep", "minibus", "suv", "pickup"})


def _into_vehicle(verb: Token) -> bool:
    """ "plainclothes officers *bundled* him *into a car*": a person forced into a vehicle is carried off."""
    where = event_syntax.prep_object(verb, frozenset({"into"}))
    return where is not None and where.lemma_.lower() in _VEHICLE_NOUNS


def _from_home(verb: Token) -> bool:
    """ "took a student activist *from his home*": a person taken from where they live is carried
    off as surely as one "taken away" (an arrest or an abduction, by who took them)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            where = event_syntax.child(prep, "pobj")
            if where is not None and where.lemma_.lower() in _HOME_NOUNS:
                return True
    return False


def _cleared_of_fighters(verb: Token, place: Token) -> bool:
    """ "cleared the area *of militants*": the "of" phrase after the place names an armed group."""
    for head in (verb, place, event_syntax.core_noun(place)):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                fighters = event_syntax.child(prep, "pobj")
                if fighters is not None and actor_kind(subtree_text(fighters)) == "armed":
                    return True
    return False
