"""Checks on the parties and means of an act that the idioms and triggers share: a weapon used,
an armed side, harm with no party (accidents), a text released, an intention stated, a unit
formed, gunfire exchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import subtree_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _is_person, _kind_of, _people
from tally.extract.events.lemmas import verb_lemma
from tally.extract.events.nouns import _TOXIC_MODIFIERS, _crowd_control, _object_class

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Verbs of using a weapon: "used chemical weapons", "employed drones".
_USE_VERBS = frozenset({"use", "employ"})
#: Weapons named by a noun no object class holds (drones, warplanes, helicopters, chemicals).
_WEAPON_NOUNS = frozenset(
    {"drone", "uav", "warplane", "jet", "helicopter", "aircraft", "chemical", "chlorine", "sarin", "napalm"}
)
#: Words of crowd-control means in an object ("tear gas and stun grenades", "rubber bullets").
_CROWD_CONTROL_WORDS = frozenset(
    {"tear", "teargas", "stun", "rubber", "plastic", "water", "pepper", "less-lethal"}
)


def _used_weapon(tok: Token) -> bool:
    """A weapon or munition ("chemical weapons", "drones", "live ammunition", "mortars"); tear gas and
    other crowd-control means are read before this (repression, not an attack)."""
    if _crowd_control(tok) or any(t.lower_ in _CROWD_CONTROL_WORDS for t in tok.subtree):
        return False  # "used tear gas and stun grenades": crowd control, read elsewhere
    core = event_syntax.core_noun(tok)
    lemma = core.lemma_.lower()
    classes = event_lexicon.OBJECT_CLASSES
    # "used a *chemical* agent", "used *toxic* gas": a substance made a weapon by its modifier
    toxic = any(m.dep_ in {"amod", "compound"} and m.lower_ in _TOXIC_MODIFIERS for m in core.children)
    return lemma in classes["munitions"] or lemma in classes["arms"] or lemma in _WEAPON_NOUNS or toxic


def _armed_parade(tok: Token, lemma: str, obj: Token | None) -> bool:
    """An armed side that parades ("paraded through the village", "held / staged a parade",
    "parade captured vehicles"); civilians' parades stay whatever else they are."""
    paraded = lemma == "parade" or (
        lemma in event_lexicon.LIGHT_VERBS and obj is not None and obj.lemma_.lower() == "parade"
    )
    return (paraded and _armed_side(tok)) or (lemma == "march" and obj is None and _troops_marching(tok))


#: Forces whose members also march in protest of their own: police on a march may be protesting.
_POLICING_FORCES = frozenset({"police", "policeman", "policewoman", "officer", "guard", "cop"})


def _troops_marching(tok: Token) -> bool:
    """ "Soldiers marched into the capital", "the army marched north": troops or an armed group on
    the march move forces (MOBILIZE ``troops``), they do not demonstrate (round 57). Police, and
    anyone marching "in protest", may be protesting: left to the protest sense."""
    subj = event_syntax.clause_subject(tok)
    if subj is None:
        return False
    for prep in tok.children:
        pobj = event_syntax.child(prep, "pobj") if prep.dep_ == "prep" else None
        if pobj is not None and pobj.lemma_.lower() in {"protest", "support", "solidarity"}:
            return False
    core = event_syntax.core_noun(subj)
    lemma = core.lemma_.lower()
    if lemma in _POLICING_FORCES:
        return False
    if lemma in event_lexicon.OBJECT_CLASSES["forces"]:
        return True
    return actor_kind(subtree_text(core)) == "armed"


def _engaged_armed_side(tok: Token, lemma: str, obj: Token | None) -> bool:
    """A side that engages another, one of them a non-state armed group ("troops engaged Al Shabaab
    fighters", "the militia engaged the army"). "Engaged" anything else ("engaged 300 reservists",
    "engaged the public", "engaged in talks") is not a fight."""
    if lemma != "engage" or obj is None:
        return False
    subj = event_syntax.clause_subject(tok)
    if subj is None:
        return False
    sides = {actor_kind(subtree_text(event_syntax.core_noun(party))) for party in (subj, obj)}
    return "armed" in sides and sides <= {"state", "armed"}


def _group_reorganised(tok: Token, lemma: str, obj: Token | None) -> bool:
    """An armed side that changes its make-up or command (ACLED's "Change to group/activity"): it
    merges, splits or defects ("two Mai-Mai factions merged", "fighters defected to the army"),
    announces a merger or a split, or appoints a new leader ("ISWAP named a new emir", "announced
    the appointment of a new commander"). Whoever else merges or appoints (banks, parliaments) is
    no event here."""
    noun = obj.lemma_.lower() if obj is not None else ""
    if noun == "appointment" and obj is not None:
        of = event_syntax.prep_object(obj, frozenset({"of"}))
        noun = of.lemma_.lower() if of is not None else ""
        lemma = "appoint"
    reorganised = lemma in event_lexicon.REORGANISE_WORDS or noun in event_lexicon.REORGANISE_WORDS
    commanded = lemma in event_lexicon.APPOINT_VERBS and noun in event_lexicon.COMMAND_NOUNS
    if not (reorganised or commanded):
        return False
    subj = event_syntax.clause_subject(tok)
    if subj is None:
        return False
    core = event_syntax.core_noun(subj)
    kind = actor_kind(core.doc[core.left_edge.i : core.right_edge.i + 1].text)
    # a state's forces change command all the time; a defection or split of its troops is news
    return kind == "armed" or (kind == "state" and reorganised)


def _armed_side(verb: Token) -> bool:
    """The verb's subject is an armed side: troops, police, a named armed group."""
    subj = event_syntax.clause_subject(verb)
    if subj is None:
        return False
    core = event_syntax.core_noun(subj)
    if core.lemma_.lower() in event_lexicon.OBJECT_CLASSES["forces"]:
        return True
    return actor_kind(subtree_text(core)) in {"state", "armed"}


#: Means of a call at a distance: "spoke by telephone", "talked over the phone".
_PHONE_NOUNS = frozenset({"telephone", "phone", "videophone", "video"})
#: Verbs of conversation that are a consultation when held by telephone.
_SPEAK_VERBS = frozenset({"speak", "talk", "confer", "converse", "consult"})


#: Question words that also open relative clauses ("residents *who* live near the river").
_RELATIVE_WORDS = frozenset({"who", "what", "which", "when", "where"})


def _asks_a_question(tok: Token) -> bool:
    """ "asked *whether* the army would withdraw", "asked the witness *if* she had seen …", "when
    asked *how* he would deal with …", "'Who gave the order?' the senator asked": what is asked is
    a question (an indirect question after the verb, or a quoted question just before it), not an
    act demanded. A to-infinitive ("asked residents *to stay*") and "asked for" keep the demand
    (round 36)."""
    if event_syntax.child(tok, "xcomp") is not None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    before = tok.doc[max(0, tok.i - 5) : tok.i]  # five tokens: the parser may end the sentence at "?\""
    if any(t.text == "?" for t in before) and event_syntax.child(tok, "dobj") is None:
        return True  # the quoted question precedes: '"… ?" the senator asked'
    for child in tok.children:
        if child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct"} or child.i < tok.i:
            continue
        for t in child.subtree:
            word = t.lower_
            if word not in event_lexicon.QUESTION_WORDS:
                continue
            if word in _RELATIVE_WORDS and t.head.dep_ == "relcl":
                continue  # "asked residents, *who* live near the river, …": a relative clause
            if t.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr", "det"}:
                # "asked European countries *if they can help*": can/could asks for help (a request)
                return not any(a.dep_ == "aux" and a.lower_ in {"can", "could"} for a in t.head.children)
    return False


def _befell_in_accident(tok: Token) -> bool:
    """ "the driver was killed *in the crash*", "were injured *in a landslide*", "evacuated *after the
    floods*": a passive with no agent whose "in/during/after" phrase names an accident or a natural
    disaster (``accident_nouns.txt``) tells what befell people, not an act of a party (round 36)."""
    if not event_syntax.is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "after"}:
            noun = event_syntax.child(prep, "pobj")
            if noun is not None and noun.lemma_.lower() in event_lexicon.ACCIDENT_NOUNS:
                return True
    return False


def _no_party(noun: Token | None) -> bool:
    """An accident, a natural disaster or a disease (``accident_nouns.txt``, ``disease_nouns.txt``)."""
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    return lemma in event_lexicon.ACCIDENT_NOUNS or lemma in event_lexicon.DISEASE_NOUNS


def _relative_antecedent(tok: Token, subj: Token | None) -> Token | None:
    """The noun a relative clause's subject pronoun stands for: "the virus *that* killed …"."""
    if subj is None or tok.dep_ != "relcl" or subj.lower_ not in {"that", "which", "who"}:
        return None
    return tok.head


def _lost_subject(tok: Token) -> list[Token]:
    """The noun phrase just before a verb with an object and no subject of its own, which the
    parser took for a phrase of the clause above ("*after an outbreak of cholera* killed over 60
    people" read as "after an outbreak" + a participle): the noun and, in "X of Y", the X."""
    if tok.i == 0 or tok.tag_ not in {"VBD", "VBN", "VBZ"} or event_syntax.child(tok, "dobj") is None:
        return []
    if tok.dep_ not in {"acl", "advcl"} or any(
        c.dep_ in {"nsubjpass", "auxpass", "aux", "mark"} for c in tok.children
    ):
        return []
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in {"NOUN", "PROPN"}:
        return []
    found = [prev]
    if prev.dep_ == "pobj" and prev.head.lower_ == "of" and prev.head.head.pos_ == "NOUN":
        found.append(prev.head.head)  # "an outbreak *of* measles"
    return found


def _harm_by_no_party(tok: Token) -> bool:
    """ "cholera has killed 300 people", "the earthquake destroyed hundreds of homes", "killed by the
    virus", "a bus crashed on the road, *killing* 14", "the storm hit the coast, *killing* three": a verb
    whose subject (or passive agent) is an accident, a natural disaster or a disease, or a participle
    clause with no subject of its own hanging on an accident verb (one that is no event verb: not
    "gunmen stormed the village, killing 11") or on a verb with such a subject,
    tells what befell people, not an act of a party (round 37; the active counterpart of
    :func:`_befell_in_accident`). A bomb, a blast or a fire may be an attack: none is on the lists."""
    subj = event_syntax.child(tok, "nsubj")
    if _no_party(subj):
        return True
    if _no_party(_relative_antecedent(tok, subj)):
        return True  # "the strain *that* killed several hundred ducks" (round 57)
    if subj is None and any(_no_party(n) for n in _lost_subject(tok)):
        # "after an outbreak of cholera killed over 60 people": the parser hangs the clause's verb
        # on its subject or on the main verb; the noun just before it is its subject (round 57)
        return True
    agent = event_syntax.child(tok, "agent")
    if agent is not None and _no_party(event_syntax.child(agent, "pobj")):
        return True
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or subj is not None or tok.head.i == tok.i:
        return False
    head = tok.head
    lemma = verb_lemma(head)
    # "crashed": an accident verb; "stormed the village, killing 11" is an attack (storm is an event verb)
    accident = lemma in event_lexicon.ACCIDENT_NOUNS and lemma not in event_lexicon.VERBS
    return accident or _no_party(event_syntax.child(head, "nsubj"))


def _patient(verb: Token) -> Token | None:
    """The object, or the subject of a passive: what :func:`_verb_trigger` and the learned fallback's
    guards read as the verb's patient. An object the parser made the subject of an adjective
    complement ("freed *the passengers* unharmed", :func:`event_syntax.small_clause`) is the object."""
    found = event_syntax.child(verb, "dobj") or (
        event_syntax.child(verb, "nsubjpass") if event_syntax.is_passive(verb) else None
    )
    if found is None:
        clause = event_syntax.small_clause(verb)
        found = clause[0] if clause is not None else None
    return found


def _text_released(tok: Token, obj: Token | None) -> bool:
    """ "released its annual budget figures", "has not released her tax returns", "the report,
    released by the commission", "documents that were released by the court": "release" whose patient
    is a text, a record or a piece of media (``publication_nouns.txt``) makes it public and frees no one
    (PLOVER's RETREAT releases people; round 37). The patient is the object or passive subject, the
    noun a relative clause on it describes ("that"), or the noun a participle describes."""
    if verb_lemma(tok) not in event_lexicon.RELEASE_WORDS:
        return False
    patient = obj
    if patient is not None and patient.lower_ in {"that", "which"} and tok.dep_ == "relcl":
        patient = tok.head
    if patient is None and tok.dep_ in {"acl", "relcl"} and tok.tag_ == "VBN":
        patient = tok.head  # "the survey, released on Friday", "a report to be released next week"
        if (
            patient.dep_ == "pobj"
            and patient.head.dep_ == "prep"
            and patient.lemma_.lower() not in (event_lexicon.PUBLICATION_NOUNS)
        ):
            # "an assessment from the health ministry released Monday": the participle hangs on the
            # noun of the phrase after the text (round 40)
            patient = patient.head.head
    return patient is not None and patient.lemma_.lower() in event_lexicon.PUBLICATION_NOUNS


#: Object classes that are aid when given with no recipient named: "provided emergency aid".
_AID_CLASSES = frozenset({"aid", "arms", "refuge", "meals", "heavy_weapons", "aircraft", "information"})


def _nothing_given(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "the firm provides cleaning services in the capital", "provided a glimpse into …", "live music
    was provided", "delivering airstrikes against …": a verb of giving (``giving_verbs.txt``) with no
    one it gives to (no indirect object, no "to"/"for"/"with" phrase) and an object of no aid class is
    no PLOVER AID (round 37); "provided food to displaced families", "provided the villagers with
    blankets", "provided emergency aid" stay."""
    if lemma not in event_lexicon.GIVING_VERBS:
        return False
    if any(c.dep_ == "dative" for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"to", "for", "with"} for c in tok.children):
        return False
    if obj is None:
        return event_syntax.is_passive(tok)
    if _is_person(obj):
        return False
    for word in obj.subtree:
        # "provided aid to the victims", "about 70 million dollars of aid for Romania": the phrase
        # of the object names aid or its recipient
        if word.dep_ == "prep" and word.lower_ in {"to", "for", "with"}:
            return False
        if set(event_lexicon.CLASSES_OF_OBJECT.get(word.lemma_.lower(), ())) & _AID_CLASSES:
            return False
    return True


def _topic_only(tok: Token, obj: Token | None) -> bool:
    """ "I am talking about the recent events", "talking about security, …": a verb of conversation
    with a topic ("about", "of") and no one it is held with (no object, no "with"/"to" party) and no
    plural subject (not "the two leaders talked about trade") says what someone said (round 36)."""
    if obj is not None:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if not preps & {"about", "of"} or preps & {"with", "to"}:
        return False
    subj = event_syntax.child(tok, "nsubj")
    if subj is None:
        return True
    plural = subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"we", "they"}
    return not plural and not any(c.dep_ == "conj" for c in subj.children)


#: A court's or a jury's findings, which are "returned": "returned a guilty verdict".
_RULING_NOUNS = frozenset({"verdict", "judgment", "judgement", "ruling", "finding"})


def _ruling_returned(lemma: str, obj: Token | None) -> bool:
    """ "the jury returned a guilty verdict": a court's finding, no withdrawal or release (round 57)."""
    return lemma == "return" and obj is not None and obj.lemma_.lower() in _RULING_NOUNS


#: Nouns of an opinion poll: what they "ask" is a question put to respondents.
_POLL_NOUNS = frozenset({"poll", "survey", "questionnaire", "census"})
#: Nouns of a share of respondents: "42 percent of those responding".
_SHARE_NOUNS = frozenset({"percent", "%", "percentage"})
#: Verbs of support a poll measures.
_FAVOURING_VERBS = frozenset({"support", "back", "favour", "favor", "endorse", "prefer"})


def _poll_reading(tok: Token, lemma: str) -> bool:
    """An opinion poll's question or share (round 57): "when the poll asked about all four
    candidates" (a poll asks respondents, no one demands), "Clinton was supported by 42 percent of
    those responding" (a share of a sample favours, no party backs anyone). A body that asks
    ("the ministry asked residents to leave") or a party that supports stays."""
    subj = event_syntax.child(tok, "nsubj")
    agent = event_syntax.child(tok, "agent")
    by = event_syntax.child(agent, "pobj") if agent is not None else None
    if lemma == "ask":
        return subj is not None and event_syntax.core_noun(subj).lemma_.lower() in _POLL_NOUNS
    if lemma not in _FAVOURING_VERBS:
        return False
    return any(p is not None and event_syntax.core_noun(p).lemma_.lower() in _SHARE_NOUNS for p in (subj, by))


def _heard_talking(tok: Token, obj: Token | None) -> bool:
    """ "listening to him talk", "heard her speak": a bare infinitive of conversation under another
    verb, with no subject, auxiliary or marker of its own and no one it is held with (no object, no
    "with"/"to" party), is someone heard speaking, no meeting (round 57). "Agreed to talk", "will
    talk with the rebels" stay."""
    if obj is not None or tok.tag_ != "VB" or tok.dep_ not in {"advcl", "ccomp", "xcomp"}:
        return False
    if any(c.dep_ in {"nsubj", "aux", "mark", "neg"} for c in tok.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in tok.children)


def _by_phone(tok: Token, lemma: str) -> _Cand | None:
    """ "The two presidents spoke by telephone": a consultation at a distance (PLOVER's
    CONSULT ``phone`` mode); speaking alone ("spoke to reporters") is no event."""
    if lemma not in _SPEAK_VERBS:
        return None
    means = event_syntax.prep_object(tok, frozenset({"by", "over", "on"}))
    if means is None or means.lemma_.lower() not in _PHONE_NOUNS:
        return None
    return _Cand("phrasal", tok, tok, [tok, means.head, means], "CONSULT", "phone", lemma)


#: Verbs of sending people somewhere (VerbNet's send class): "sent *home*" or "flew *back*" people
#: of another country is expelling them (the codebook's "expel or deport individuals").
_SENDING_VERBS = frozenset({"send", "ship", "fly", "bus", "truck"})
#: Adverbs that send people to where they came from.
_HOMEWARD = frozenset({"home", "back"})


def _sent_home(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """ "Malaysia sent home thousands of migrant workers", "Italy sent back 300 migrants":
    people sent home are deported (COERCE ``deport``); forces sent home or back are withdrawn,
    which the object's own class reads ("sent its troops home")."""
    if lemma not in _SENDING_VERBS or obj is None:
        return None
    homeward = [c for c in tok.children if c.dep_ in {"advmod", "prt"} and c.lower_ in _HOMEWARD]
    if not homeward or _object_class(obj, lemma) == "forces":
        return None
    noun = event_syntax.core_noun(obj)
    held = event_syntax.prep_object(noun, frozenset({"of"}))  # "thousands *of* workers"
    people = _people(obj) or (held is not None and _people(held))
    if not people or _object_class(held or obj) == "forces" or _kind_of(held or obj) == "state":
        return None
    return _Cand("phrasal", tok, tok, [tok, *homeward], "COERCE", "deport", lemma, target=obj)


#: Verbs of munitions coming down ("shells landed near the airport"): an attack when a weapon lands.
_LAND_VERBS = frozenset({"land", "fall", "rain"})
#: Verbs that "forcibly" makes force used on people ("forcibly removed the sit-in").
_FORCIBLE_VERBS = frozenset({"remove", "evict", "expel", "relocate", "drag", "carry"})

#: Verbs of hitting that are an attack when a weapon, an attack or an attacker does it, or when
#: it is done with a weapon ("targeted the barracks with mortars").
_HIT_VERBS = frozenset({"hit", "pound", "target"})

#: Verbs of violent motion that hit what they go through or into: "a bomb *tore through* a
#: convoy", "a rocket *slammed into* a school", "the blast *ripped through* the market".
_THROUGH_VERBS = frozenset({"tear", "rip", "slam", "smash", "plough", "plow", "crash"})


def _went_through(tok: Token, lemma: str) -> bool:
    """Whether the verb is one of violent motion going "through" or "into" something."""
    if lemma not in _THROUGH_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"through", "into"} for c in tok.children)


def _with_weapon(tok: Token) -> bool:
    """Whether the verb's "with"-phrase names a weapon ("targeted the camp *with mortars*")."""
    means = event_syntax.prep_object(tok, frozenset({"with"}))
    if means is None:
        return False
    words = [means, *(c for c in means.children if c.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in event_lexicon.INSTRUMENTS for w in words)


#: General verbs that "sexually" makes sexual violence ("sexually abused", "sexually exploited").
_SEXUAL_VERBS = frozenset({"abuse", "exploit", "harass", "assault", "attack", "molest"})


def _modifier_keys(mod: Token) -> tuple[str, ...]:
    """The keys a noun's modifier is looked up by: its lemma, and its hyphenated whole where
    the parser splits one ("fact-finding": "finding" tagged a verb, lemma "find")."""
    doc = mod.doc
    if mod.i >= 2 and doc[mod.i - 1].text == "-":
        return (f"{doc[mod.i - 2].lower_}-{mod.lower_}", mod.lemma_.lower())
    return (mod.lemma_.lower(),)


#: Nouns of intending an act: "had *no intention* of resigning", "has *no plans* to talks".
_INTENTION_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish"})


def _intended_act(noun: Token) -> Token | None:
    """The act an intention noun is of: "intention *of resigning*", "plans *to withdraw*"."""
    for ch in noun.children:
        if ch.dep_ == "acl" and ch.pos_ == "VERB":
            return ch
        if ch.dep_ == "prep" and ch.lower_ == "of":
            act = event_syntax.child(ch, "pcomp")
            if act is not None and act.pos_ == "VERB":
                return act
    return None


def _no_intention(tok: Token) -> _Cand | None:
    """ "The president said he had *no intention* of resigning": an act disowned is refused
    (PLOVER REJECT), and the act itself did not happen (it is absorbed as what is refused)."""
    if tok.lemma_.lower() not in _INTENTION_NOUNS or tok.dep_ != "dobj":
        return None
    det = next((ch for ch in tok.children if ch.dep_ == "det" and ch.lower_ == "no"), None)
    if det is None or _intended_act(tok) is None:
        return None
    verb = tok.head
    return _Cand("light", tok, verb, [det, tok], "REJECT", None, tok.lemma_.lower())


#: Nouns of shooting that someone comes under: "came under *fire* / *gunfire*".
_FIRE_NOUNS = frozenset({"fire", "gunfire"})
#: The noun of "an *exchange* of fire" and of "a *call* for / on": named once, for their tests
#: and for :data:`_NOUN_TEST_LEMMAS`, so the skip never drifts from what a test looks for.
_EXCHANGE_NOUN = "exchange"
_CALL_NOUN = "call"


def _under_fire(tok: Token) -> bool:
    """ "A convoy *came under fire* from militants": fire that someone comes under is shooting at
    them (an attack or a fight), where "a fire broke out" is a blaze and no event."""
    if tok.lemma_.lower() not in _FIRE_NOUNS or tok.dep_ != "pobj":
        return False  # every noun is asked: its head's Token is made only for "fire"
    head = tok.head
    return head.lower_ == "under" and head.head.lemma_.lower() in {"come", "be"}


#: What is exchanged in a gunfight: "an exchange of fire / gunfire / shots".
_SHOTS = frozenset({"fire", "gunfire", "shot", "shots"})


_OF = frozenset({"of"})


def _exchange_of_fire(tok: Token) -> bool:
    """ "An exchange of fire between soldiers and militants", as "exchanged fire" is: a gunfight."""
    if tok.lemma_.lower() != _EXCHANGE_NOUN:
        return False
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    return of is not None and of.lemma_.lower() in _SHOTS


#: Nouns of bringing a group into being: "the *formation* of a new battalion".
_FORMING_NOUNS = frozenset({"formation", "creation"})


def _unit_formed(tok: Token) -> bool:
    """A unit of fighters formed ("announced the formation of the People's Defence Force"), as
    "formed a militia" is: forces raised (PLOVER MOBILIZE; ACLED's "Change to group/activity")."""
    if tok.lemma_.lower() not in _FORMING_NOUNS:
        return False
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    return of is not None and _object_class(of) == "forces"
