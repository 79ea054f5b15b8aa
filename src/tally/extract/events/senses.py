"""The sense of a trigger verb in its clause: :func:`_verb_trigger` looks a verb up in the lexicon
and :func:`_verb_sense` decides, from its object, particles and arguments, whether this use is
the event the lexicon names ("police *pushed* protesters back" is force, "pushed for reform" is
not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    doc_text,
    token_children,
    token_deps,
    token_lowers,
    token_pos,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import (
    _PARTICLES,
    _SELF_DISPERSE_VERBS,
    _crowd_left,
    _is_person,
    _misread_object,
    _passive_agent,
    _state_party,
    _weapon_subject,
)
from tally.extract.events.idiom_checks import (
    _armed_parade,
    _armed_side,
    _asks_a_question,
    _befell_in_accident,
    _by_phone,
    _engaged_armed_side,
    _group_reorganised,
    _harm_by_no_party,
    _heard_talking,
    _nothing_given,
    _patient,
    _poll_reading,
    _ruling_returned,
    _sent_home,
    _text_released,
    _topic_only,
)
from tally.extract.events.idioms import (
    _forces_arrival,
    _grave_found,
    _held_captive,
    _held_in_detention,
    _idiom,
    _made_into_base,
    _met_with_force,
    _official_arrival,
    _received_official,
)
from tally.extract.events.lemmas import (
    _COMBAT_VERBS,
    _LETTING_VERBS,
    _REFLEXIVES,
    _TIME_ENTITIES,
    _commitment,
    _let_in_party,
    _social_ill,
    verb_lemma,
)
from tally.extract.events.modal_triggers import _strives_to
from tally.extract.events.nouns import (
    _CROWD_SIZE_TAG,
    _crowd_control,
    _head_of_sense,
    _is_event_noun,
    _noun_key,
    _object_class,
    _verb_object_class,
)
from tally.extract.events.sense_checks import (
    _AIMED,
    _GIVE_WAY_VERBS,
    _admitted_act,
    _as_opposed_to,
    _blaze_fought,
    _declined_comment,
    _directive,
    _endangers_a_quality,
    _fire_burning,
    _gathered_in_protest,
    _held_responsible,
    _left_house,
    _left_pact,
    _left_talks,
    _pressing,
    _recognised_a_fact,
    _removed_from_post,
    _shows_a_quality,
    _stood_in_protest,
    _thing_carried_out,
    _thrown_out,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Relative pronouns that stand for the object of their clause's verb: "a deal *that* they struck".
_RELATIVE_OBJECTS = frozenset({"that", "which"})


def _verb_trigger(tok: Token) -> _Cand | None:
    committed = _commitment(tok)
    if committed is not None:
        return committed
    if tok.pos_ != "VERB" or tok.ent_type_ in _TIME_ENTITIES:
        return None
    lemma = verb_lemma(tok)
    obj = _patient(tok)
    if (
        obj is not None
        and obj.lower_ in _RELATIVE_OBJECTS
        and tok.dep_ == "relcl"
        and tok.head.pos_ == "NOUN"
    ):
        # "a deal that the brothers struck": the relative pronoun stands for the noun it follows (round 56)
        obj = tok.head
    if obj is None and tok.dep_ == "amod" and tok.tag_ == "VBD":
        # "the two navies shared intelligence …" parsed as if "shared intelligence" were a noun
        # phrase: a finite past verb is no adjective, the noun it "modifies" is its object (round 40)
        obj = tok.head
    found = _verb_sense(tok, lemma, obj)
    # the tests of no act read the parse around the verb: only a verb with a sense pays for them
    # (most verbs have none; as the tests are pure, the result is that of testing them first)
    if found is None or _no_act_of_a_party(tok, lemma, obj):
        return None
    return found


def _no_act_of_a_party(tok: Token, lemma: str, obj: Token | None) -> bool:
    """Whether the verb *tok*, whatever sense :func:`_verb_sense` gives it, tells of no act."""
    return (
        # "to fight smuggling", "combat corruption": a policy aim, no armed fight (round 21)
        (lemma in _COMBAT_VERBS and obj is not None and _social_ill(obj))
        # "I am talking about the recent events": what is said, no meeting (round 36)
        or (lemma in event_lexicon.DISCOURSE_VERBS and _topic_only(tok, obj))
        # "listening to him talk": someone heard speaking, no meeting (round 57)
        or (lemma in event_lexicon.DISCOURSE_VERBS and _heard_talking(tok, obj))
        # "the poll asked about the candidates", "supported by 42 percent": a poll (round 57)
        or _poll_reading(tok, lemma)
        # "the jury returned a guilty verdict": a court's finding, no withdrawal (round 57)
        or _ruling_returned(lemma, obj)
        or _befell_or_made_public(tok, obj)
        # "asked the witness if she had seen them": a question, no demand (round 36)
        or (lemma in event_lexicon.QUESTION_VERBS and _asks_a_question(tok))
    )


def _befell_or_made_public(tok: Token, obj: Token | None) -> bool:
    """Whether the verb *tok* (patient *obj*) tells what befell people or what was made public, no
    act of a party, whatever sense the word lists or the learned fallback read into it."""
    return (
        # "the driver was killed in the crash": no party acted (round 36)
        _befell_in_accident(tok)
        # "cholera has killed 300 people", "a bus crashed, killing 14": no party acted (round 37)
        or _harm_by_no_party(tok)
        # "released its budget figures": a text made public frees no one (round 37)
        or _text_released(tok, obj)
    )


def _verb_sense(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """:func:`_verb_trigger`'s sense of the verb *tok* (*lemma*, patient *obj*): phrase, object, idiom."""
    if lemma == "walk" and _left_talks(tok):
        # "walked out of the talks": PLOVER's SANCTION ("walk-outs" ending negotiations), not a strike
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "SANCTION", None, lemma)
    if lemma == "walk" and _left_house(tok):
        # "opposition MPs walked out of parliament": leaving a sitting house in protest boycotts
        # it (PLOVER's PROTEST boycott), it is no strike of work
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "PROTEST", "boycott", lemma)
    if _left_pact(tok, lemma):
        # "pulled out of the nuclear agreement", "withdrew from the treaty": PLOVER's SANCTION
        # (reducing relations), not a retreat of forces
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal" if prt else "verb", tok, tok, [tok, *prt], "SANCTION", None, lemma)
    if obj is None and lemma in _LETTING_VERBS:
        obj = _let_in_party(tok)
    directive = (
        _directive(tok, lemma)
        or _by_phone(tok, lemma)
        or _sent_home(tok, lemma, obj)
        or _characterisation(tok, lemma)
        or _held_responsible(tok, lemma)
        or _admitted_act(tok, lemma)
        or _thrown_out(tok, lemma, obj)
    )
    if directive is not None:
        return directive
    klass = _verb_object_class(lemma, obj)
    if klass is not None and obj is not None and (lemma, klass) in event_lexicon.VERB_OBJECT:
        prt = [c for c in tok.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in _PARTICLES]
        if prt:
            # the object decides a phrasal verb too: "handed over the suspects" is judicial
            # cooperation, "pulled its peacekeepers out" ends a presence (SANCTION)
            sense = _with_object_mode(event_lexicon.VERB_OBJECT[(lemma, klass)], obj)
            own = [obj] if klass in _OBJECT_IN_TRIGGER else []  # "cut off the internet"
            return _Cand("object", tok, tok, [tok, *prt, *own], sense.type, sense.mode, lemma)
    for c in tok.children:
        # a particle the parser reads as an adverb is still one: "pulled back from the front"
        if c.dep_ in {"prt", "prep"} or (c.dep_ == "advmod" and c.lower_ in _PARTICLES):
            sense = event_lexicon.PHRASAL.get((lemma, c.lower_))
            when = event_syntax.child(c, "pobj") if c.dep_ == "prep" else None
            if when is not None and event_syntax.is_time(when):
                continue  # "called a general strike *for Thursday*": a date, not what is called for
            if when is not None and event_syntax.child(tok, "dobj") is not None:
                continue  # "were given shelter *in schools*": a phrase of place, not "give in"
            if (lemma, c.lower_) in _OBJECT_PHRASALS and obj is None:
                continue  # "the coalition broke up": only "broke up *a rally*" is a dispersal
            if sense is not None:
                return _Cand("phrasal", tok, tok, [tok, c], sense.type, sense.mode, lemma)
    marked = _marked_phrasal(tok, lemma)
    if marked is not None:
        return marked
    if lemma in {"fire", "use", "shoot", "spray", "lob"} and obj is not None and _crowd_control(obj):
        # "fired rubber bullets at marchers": repression, not a battle, whatever the munition
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if lemma == "fire" and obj is None and any(c.dep_ == "prep" and c.lower_ in _AIMED for c in tok.children):
        # "fired on the marchers": with nothing fired named, what is fired is a gun, as in "opened fire on"
        return _Cand("verb", tok, tok, [tok], "FIGHT", "firearms", lemma)
    idiom = (
        _idiom(tok, lemma, obj)
        or _held_captive(tok, lemma)
        or _held_in_detention(tok, lemma, obj)
        or _official_arrival(tok, lemma)
        or _forces_arrival(tok, lemma)
        or _grave_found(tok, lemma)
        or _made_into_base(tok, lemma)
        or _received_official(tok, lemma)
        or _met_with_force(tok, lemma)
    )
    if idiom is not None:
        return idiom
    if lemma in _PUSH_VERBS and obj is not None and _pushed_away(tok):
        # "riot police pushed the marchers back": a crowd moved by force, not "pushed for" (round 23)
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    # the object's class was read above (same object, same verb): not read again
    if klass is not None and (lemma, klass) in event_lexicon.VERB_OBJECT and obj is not None:
        sense = _with_object_mode(event_lexicon.VERB_OBJECT[(lemma, klass)], obj)
        tokens = [tok, obj] if klass in _OBJECT_IN_TRIGGER else [tok]
        tokens += [c for c in tok.children if c.dep_ == "prt"]
        return _Cand("object", tok, tok, tokens, sense.type, sense.mode, lemma)
    if lemma in _STREET_VERBS and _into_streets(tok) and (lemma == "take" or not _armed_side(tok)):
        # "took to the streets", "poured into the streets": idioms for protesting (troops
        # pouring into the streets are not), written out as they have no object class
        return _Cand("phrasal", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if _group_reorganised(tok, lemma, obj):
        # "the two factions announced their merger", "120 fighters defected": the group changed
        return _Cand("verb", tok, tok, [tok], "MOBILIZE", None, lemma)
    if _armed_parade(tok, lemma, obj):
        # "Al Shabaab militants paraded through the village", "ISWAP fighters held a parade": a show
        # of force by an armed side (ACLED's change to group/activity), not a demonstration
        return _Cand(
            "verb", tok, tok, [tok, *([obj] if obj is not None else [])], "MOBILIZE", "troops", lemma
        )
    if _engaged_armed_side(tok, lemma, obj):
        # "Israeli forces engaged Hamas militants", "the army engaged ADF fighters near Beni": one
        # armed side that engages another fights it (PLOVER's FIGHT, ACLED's armed clash)
        return _Cand("verb", tok, tok, [tok], "FIGHT", None, lemma)
    if lemma in event_lexicon.LIGHT_VERBS and obj is not None and _is_event_noun(obj):
        return None  # the noun is the event: "staged a protest"
    if lemma in _YIELD_VERBS and _yields_to_demands(tok):
        # "agreed to / bowed to the students' demands": PLOVER's CONCEDE, not a promise
        return _Cand("verb", tok, tok, [tok], "CONCEDE", None, lemma)
    sense = event_lexicon.VERBS.get(lemma)
    if sense is None and lemma in event_lexicon.GATHER_VERBS and _CROWD_SIZE_TAG in doc_text(tok.doc):
        # an ACLED note's crowd-size tag ("[size=around 50]") is written only for demonstrations:
        # there, people who "gathered" in front of a residence were demonstrating
        return _Cand("verb", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if sense is None and lemma in event_lexicon.GATHER_VERBS and _gathered_in_protest(tok):
        return _Cand("verb", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if sense is None and lemma in event_lexicon.PRESENCE_VERBS and _stood_in_protest(tok):
        return _Cand("verb", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if sense is None:
        return None
    if (
        tok.dep_ == "xcomp"
        and tok.head.i != tok.i
        and _declined_comment(tok.head, verb_lemma(tok.head), None)
    ):
        return None  # "refuses to discuss potential appointees": the silence's verb, no meeting (round 56)
    if _recognised_a_fact(tok, lemma, obj):
        return None  # "recognize the danger", "recognised that mistakes were made": cognition (round 56)
    if _as_opposed_to(tok, lemma):
        return None  # "lower taxes as opposed to new services": a preposition (round 56)
    if _removed_from_post(tok, lemma, obj) or _thing_carried_out(tok, lemma, obj):
        return None  # "fired its finance director", "executed the trades": another sense (round 56)
    if sense.type == "AID" and _nothing_given(tok, lemma, obj):
        return None  # "provides cleaning services in the capital", "delivering airstrikes" (round 37)
    if lemma in event_lexicon.CONTRIBUTING_VERBS and _wrote_for_a_text(tok, obj):
        return None  # "Ann Lee contributed to this report": a writer credited, no aid (round 39)
    if lemma == "insist" and _insists_on_fact(tok):
        return None  # "…did not fire on the crowd, the governor insisted": a report (round 23)
    if lemma in event_lexicon.TRANSITIVE_ONLY and obj is None:
        return None
    if sense.type == "REJECT" and _declined_comment(tok, lemma, obj):
        return None  # "declined to comment", "ignored requests for comment": a source's silence (round 51)
    if _endangers_a_quality(lemma, obj):
        return None  # "decisions that threaten the country's stability": a danger, no threat (round 51)
    if sense.type == "PROTEST" and _shows_a_quality(tok, lemma, obj):
        return None  # "to demonstrate their naval strength": "show", no protest (round 51)
    if lemma in event_lexicon.STRIVING_VERBS and obj is None and _strives_to(tok):
        return None  # "the port authority is seeking to finish the terminal": an aim, no demand (round 40)
    if lemma in _SELF_DISPERSE_VERBS and obj is None and _crowd_left(tok):
        return None  # "marched through the capital and dispersed without incident" (round 22)
    if lemma in event_lexicon.PERMISSIVE and _permits_force(tok):
        return None  # "the decree allows police to detain suspects": the detention is the event
    if sense.type == "CONCEDE" and lemma in event_lexicon.PERMISSIVE and _made_possible_by_a_thing(tok):
        return None  # "a new bridge allows farmers to reach the market": "makes possible" (round 39)
    if sense.type == "ASSAULT" and obj is not None and _harm_to_oneself(lemma, obj):
        return None  # "shot himself", "hanged herself": self-harm, no act on another (round 50)
    if lemma in event_lexicon.RUIN_VERBS and obj is not None and _one_person(obj):
        return None  # "bent on destroying himself", "vowed to destroy the senator": ruin (round 39)
    if _blaze_fought(tok, obj) or _fire_burning(tok):
        return None  # "battled blazes", "forty bushfires continue to burn": a fire (round 55)
    if lemma in {"visit", "host"} and any(_errand_place(o) for o in tok.children if o.dep_ == "dobj"):
        # "visited a walk-in clinic", "visit our website": no party met (round 55); "hosted daily
        # medical clinics": a service run, no party received (round 57)
        return None
    if lemma in event_lexicon.OFFERING_VERBS and obj is not None and _said_or_known(obj):
        return None  # "offered no evidence", "offered brief remarks": nothing promised (round 39)
    if lemma in event_lexicon.DOUBTING_VERBS and obj is not None and _doubted_thing(obj):
        # "analysts questioned the wisdom of the sanctions": doubt voiced, no one interrogated (round 39)
        return _Cand("verb", tok, tok, [tok], "DISAPPROVE", None, lemma)
    if lemma in _CHECKING_VERBS and event_syntax.is_passive(tok) and _passive_agent(tok) is None:
        return None  # "the claim could not be independently verified": the reporter's check
    if lemma == "seize" and obj is not None and obj.lemma_.lower() in _RULE_NOUNS:
        return None  # "the military seized power": a coup told in an idiom, no goods confiscated
    if lemma in {"fire", "use", "shoot", "spray", "lob"} and obj is not None and _crowd_control(obj):
        sense = event_lexicon.Sense("COERCE")  # "fired tear gas at marchers": repression, not a battle
    elif lemma == "strike" and obj is None and not _weapon_subject(tok) and _struck_no_walkout(tok):
        return None  # "before the recession struck", "struck on the idea": no walkout (round 55)
    elif lemma == "strike" and (obj is not None or _weapon_subject(tok)):
        # "jets struck the village", "a chemical attack struck Khan Shaykhun (Idlib)": an attack,
        # not a walkout, even where the parser loses the place it struck
        sense = event_lexicon.Sense("ASSAULT")
    return _Cand("verb", tok, tok, [tok], sense.type, sense.mode, lemma)


def _errand_place(obj: Token) -> bool:
    """Whether a visit's object is a place of errand, care, trade, leisure or mourning
    (``errand_places.txt``: "a walk-in clinic", "the cemetery", "our website"), not a party or a
    polity one travels to meet; a name ("the Louvre") is left alone, as it may be a host's. Every
    object is read: the parser splits "visited an out of hours GP clinic" into two."""
    core = event_syntax.core_noun(obj)
    return core.pos_ == "NOUN" and core.lemma_.lower() in event_lexicon.ERRAND_PLACES


#: Prepositions of "strike" in the sense "hit upon": "struck *on* the idea", "struck *upon* a plan".
_HIT_UPON = frozenset({"on", "upon"})


def _struck_no_walkout(tok: Token) -> bool:
    """An intransitive "strike" that is no walkout (round 55): one whose subject names no party
    ("before the financial crisis struck", "disaster struck"), one "on" or "upon" a thing ("we
    struck on the idea"; "struck on Monday" is a date), and a passive ("was struck by Cyclone
    Idai"): workers strike, they are not struck. "Nurses struck", "the union struck", "they struck
    for a week" stay strikes."""
    if event_syntax.is_passive(tok):
        return True
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _HIT_UPON:
            pobj = event_syntax.child(prep, "pobj")
            if pobj is not None and not event_syntax.is_time(pobj):
                return True
    subj = event_syntax.child(tok, "nsubj")
    if subj is None:
        return False
    return not (
        subj.lower_ in event_lexicon.PERSON_PRONOUNS
        or subj.lower_ in {"we", "i", "you"}
        or _is_person(subj)
        or event_syntax.is_party(subj)
        or event_syntax.core_noun(subj).lemma_.lower() in event_lexicon.TRADE_NOUNS
    )


#: Verbs of moving people by force, with "back" or "away": "pushed the marchers back".
_PUSH_VERBS = frozenset({"push", "shove", "drive"})
#: Particles of moving someone off: "pushed the crowd *back* / *away*".
_AWAY_PARTICLES = frozenset({"back", "away"})


def _pushed_away(tok: Token) -> bool:
    """Forces pushing people back or away ("riot police pushed the marchers back from the
    square"): a push verb with "back" or "away" whose subject is a state force coerces its
    object (PLOVER COERCE), where "pushed for" demands."""
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in _AWAY_PARTICLES for c in tok.children):
        return False
    return _state_party(event_syntax.clause_subject(tok))


#: Finite verb tags: a clause with one states a fact ("had not fired"); a bare verb ("that the
#: vote *be* rerun") is the subjunctive of what is asked for.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _insists_on_fact(tok: Token) -> bool:
    """Whether "insist" reports a statement of fact: its clause ("insisted that police had not
    detained anyone", or the clause before it: "Soldiers did not fire, the commissioner
    insisted") is finite and carries no obligation. "Insisted that the vote be rerun",
    "insisted that the government must withdraw …" and "insisted on …" still demand."""
    clause = event_syntax.child(tok, "ccomp")
    if clause is None and tok.dep_ in {"ccomp", "parataxis"} and tok.head.i < tok.i:
        clause = tok.head  # the parser may hang the trailing "…, X insisted" on the clause
    if clause is None or clause.pos_ not in {"VERB", "AUX"} or event_syntax.has_obligation(clause):
        return False
    finite = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    return any(t.tag_ in _FINITE_TAGS for t in finite)


#: Phrasal verbs that are an event only with an object: "police *broke up* a rally".
_OBJECT_PHRASALS = frozenset({("break", "up")})


#: Verbs that say what someone or something is: "called the vote a farce", "described them as rioters".
_NAMING_VERBS = frozenset(
    {"call", "describe", "brand", "label", "term", "dub", "portray", "characterise", "characterize"}
)
#: Naming verbs that disparage whatever the name ("branded them traitors").
_SMEAR_VERBS = frozenset({"brand", "label"})


def _predicate_words(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "an act *of war*", "as *rioters* and foreign *agents*",
    "*illegal*": the predicate noun or adjective, its "of" noun, conjuncts and modifiers."""
    heads = [c for c in verb.children if c.dep_ in {"oprd", "npadvmod", "xcomp", "ccomp", "acomp"}]
    # "as politically motivated": the parser may hang the predicate on the verb as a clause, "as"
    # its adverb (round 23)
    heads += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ == "as" and m.i < c.i for m in c.children)
    ]
    # "as rioters" (pobj), "as illegal" (the parser hangs the adjective on "as" as amod), on the
    # verb or on its object ("described the raid *as a massacre*")
    obj = event_syntax.child(verb, "dobj")
    holders = [verb, *([obj] if obj is not None else [])]
    heads += [
        w
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for w in prep.children
    ]
    words: list[Token] = []
    for head in heads:
        for word in (head, *head.conjuncts):
            words.append(word)
            words += [m for m in word.children if m.dep_ in {"amod", "compound"}]
            of = event_syntax.prep_object(word, frozenset({"of"}))
            words += [of] if of is not None else []
    return words


def _characterisation(tok: Token, lemma: str) -> _Cand | None:
    """ "Moscow called the sanctions an act of economic war", "state TV described the protesters
    as rioters": naming something with a word of blame disapproves of it (DISAPPROVE), with
    a word of praise supports it (SUPPORT); "branded", "labelled" always blame."""
    if lemma not in _NAMING_VERBS or event_syntax.child(tok, "dobj") is None:
        return None
    predicates = _predicate_words(tok)
    words = {w.lemma_.lower() for w in predicates} | {w.lower_ for w in predicates}
    # "as *politically motivated*": an adverb and its word read together (round 23)
    words |= {f"{m.lower_} {w.lower_}" for w in predicates for m in w.children if m.dep_ == "advmod"}
    if not words:
        return None
    if lemma in _SMEAR_VERBS or words & event_lexicon.PEJORATIVE_WORDS or _violent_name(words):
        return _Cand("verb", tok, tok, [tok], "DISAPPROVE", None, lemma)
    if words & event_lexicon.PRAISE_WORDS:
        return _Cand("verb", tok, tok, [tok], "SUPPORT", None, lemma)
    return None


def _made_possible_by_a_thing(verb: Token) -> bool:
    """ "The new bridge allows farmers to reach the market", "a system which would allow residents to
    combine recyclables", "the surrender …, allowing Assad control of the cities": a verb of permission
    (``permissive.txt``) whose subject is a thing, neither a party, a person nor a rule, a text or a
    pact a party makes (``permitting_texts.txt``: "the law allows", "the deal permits"), says what the
    thing makes possible, in the sense "enable"; no party eases anything (PLOVER's CONCEDE; round 39).
    A pronoun, a name or a clause as subject keeps the event."""
    subj = event_syntax.clause_subject(verb)
    if subj is None:
        return False
    core = event_syntax.core_noun(subj)
    if core.pos_ != "NOUN" or core.ent_type_ or event_syntax.is_party(core) or _is_person(core):
        return False
    lemma = core.lemma_.lower()
    return lemma not in event_lexicon.PERMITTING_TEXTS and lemma not in event_lexicon.PUBLICATION_NOUNS


def _wrote_for_a_text(verb: Token, obj: Token | None) -> bool:
    """ "Ann Lee contributed to this report", "VOA's Urdu Service contributed to this report from
    Quetta", "contributed reporting from the camp", "contributed stories to the anthology": a verb of
    contributing (``contributing_verbs.txt``) whose object, or whose "to" object, is a text or a piece
    of writing (``publication_nouns.txt``, ``writing_nouns.txt``) credits a writer; nothing is given to
    a party (PLOVER's AID; round 39). "China contributed 7% of the aid", "contributed troops to the
    mission" keep the event."""
    to = event_syntax.prep_object(verb, frozenset({"to"}))
    for noun in (obj, to):
        if noun is None:
            continue
        lemma = event_syntax.core_noun(noun).lemma_.lower()
        if lemma in event_lexicon.PUBLICATION_NOUNS or lemma in event_lexicon.WRITING_NOUNS:
            return True
    return False


#: Pronouns of a person or of the speakers, with the reflexives: "destroying *himself*".
_ONE_PERSON_PRONOUNS = frozenset(
    {"him", "her", "me", "us", "you", "himself", "herself", "myself", "yourself", "ourselves", "themselves"}
)


def _one_person(obj: Token) -> bool:
    """An object that is one named person or a personal pronoun ("destroy *Senator Ruiz*", "destroying
    *himself*"): a verb of ruin (``ruin_verbs.txt``) with such an object ruins a career or a life, it
    destroys no property (PLOVER's COERCE destroy; round 39). A group, a force, a country or a thing
    ("destroy the militia", "destroyed their homes") and "them" (people or things) keep the event."""
    core = event_syntax.core_noun(obj)
    return core.ent_type_ == "PERSON" or core.lower_ in _ONE_PERSON_PRONOUNS


#: Verbs whose harm to oneself is still an attack or a protest: a suicide bomber "blew himself
#: up", a protester "set himself on fire" (ACLED codes both).
_SELF_HARM_STILL_AN_ACT = frozenset({"blow", "detonate", "explode", "set", "burn", "immolate", "douse"})


def _harm_to_oneself(lemma: str, obj: Token) -> bool:
    """A harm verb whose object is the subject's reflexive pronoun ("shot himself", "hanged
    herself", "killed themselves"): self-harm, which neither PLOVER nor ACLED codes as an act on
    another. A bomb or fire set on oneself (``_SELF_HARM_STILL_AN_ACT``) stays an event, and so
    does harm to oneself and others ("killing herself and 18 others")."""
    if obj.lower_ not in _REFLEXIVES or lemma in _SELF_HARM_STILL_AN_ACT:
        return False
    # "killing herself and 18 others": the others are harmed too
    return not any(c.dep_ == "conj" for c in obj.children)


def _said_or_known(obj: Token) -> bool:
    """ "offered no evidence for his claims", "offered brief remarks at the ceremony", "offered an
    assessment of the facts": what is offered is something said or known (``said_or_known_nouns.txt``),
    put forward, not a promise, a deal or goods (PLOVER's AGREE offers to do something; round 39)."""
    return event_syntax.core_noun(obj).lemma_.lower() in event_lexicon.SAID_OR_KNOWN_NOUNS


def _doubted_thing(obj: Token) -> bool:
    """ "questioned the wisdom of the sanctions", "questioning the minister's appointment", "question
    the findings": a verb of questioning (``doubting_verbs.txt``) whose patient is something said,
    decided or agreed, or a quality of it (``utterance_nouns.txt``, ``doubted_things.txt``, the object
    classes of policies, pacts and information) voices doubt (PLOVER DISAPPROVE), it interrogates no one
    (INVESTIGATE: "police questioned the suspects"; round 39)."""
    lemma = event_syntax.core_noun(obj).lemma_.lower()
    if lemma in event_lexicon.UTTERANCE_NOUNS or lemma in event_lexicon.DOUBTED_THINGS:
        return True
    return any(k in _DOUBTED_CLASSES for k in event_lexicon.CLASSES_OF_OBJECT.get(lemma, ()))


#: Object classes of what is said, decided or agreed, which one may question ("questioned the deal").
_DOUBTED_CLASSES = frozenset({"policy", "pacts", "deal", "information"})


def _permits_force(verb: Token) -> bool:
    """Whether an allowing verb's complement is an act of force: "the law *allows* police to
    detain suspects" permits coercion, which is no concession (CONCEDE is easing it)."""
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB":
            sense = event_lexicon.VERBS.get(verb_lemma(c))
            if sense is not None and sense.type in {"COERCE", "ASSAULT", "FIGHT"}:
                return True
    return False


#: Event types whose noun, given as a name, blames: "called the arrest *an abduction*".
_BLAMING_TYPES = frozenset({"ASSAULT", "COERCE", "FIGHT", "CRIME"})


def _violent_name(words: set[str]) -> bool:
    """Whether a naming verb's predicate is a noun of violence or coercion ("called the arrest
    an *abduction*", "described the raid as a *massacre*"): naming an act so accuses its doer."""
    return any(
        (sense := event_lexicon.NOUNS.get(w)) is not None and sense.type in _BLAMING_TYPES for w in words
    )


def _named_as(noun: Token) -> bool:
    """A noun that is what a naming verb calls its object ("called the arrest *an abduction*",
    "described the shooting *as murder*"): a name given, not an event of its own."""
    head = noun.head
    if noun.dep_ == "oprd":
        return verb_lemma(head) in _NAMING_VERBS and not _misread_object(noun, head)
    if noun.dep_ != "pobj" or head.lower_ != "as":
        return False
    holder = head.head.head if head.head.dep_ == "dobj" else head.head  # "described the raid as …"
    return verb_lemma(holder) in _NAMING_VERBS


#: Verbs of checking a claim: passive and without agent they are the reporter's own caveat.
_CHECKING_VERBS = frozenset({"verify", "confirm"})
#: What is seized in a coup: "seized power", "seized control" (of no place).
_RULE_NOUNS = frozenset({"power"})


def _marked_clause(verb: Token) -> tuple[Token, Token] | None:
    """A clause the verb governs through "for": ("called *for* the president to resign") → (clause, "for").

    The parser reads the preposition of a phrasal verb as the mark of an infinitive
    clause when the one asked has a clause of their own ("for X to …").
    """
    doc = verb.doc
    deps, pos, lowers, children = token_deps(doc), token_pos(doc), token_lowers(doc), token_children(doc)
    for comp in children[verb.i]:  # a Token only for the clause and its "for"
        if deps[comp] in {"advcl", "ccomp", "xcomp"} and pos[comp] in {"VERB", "AUX"}:
            mark = next((m for m in children[comp] if deps[m] == "mark" and lowers[m] == "for"), None)
            if mark is not None:
                return doc[comp], doc[mark]
    return None


def _marked_phrasal(tok: Token, lemma: str) -> _Cand | None:
    """ "called for the president to step down", "pressed for the junta to free …": a phrasal
    verb whose particle the parser took for the mark of the clause it introduces."""
    found = _marked_clause(tok)
    if found is None:
        return None
    comp, mark = found
    sense = event_lexicon.PHRASAL.get((lemma, mark.lower_))
    if sense is None:
        return None
    return _Cand("phrasal", tok, tok, [tok, mark], sense.type, sense.mode, lemma)


#: Verbs of a crowd's movement that, "to/into the streets", make a demonstration.
_STREET_VERBS = frozenset({"take", "pour", "flood", "spill", "throng", "surge", "stream", "flock"})


def _into_streets(tok: Token) -> bool:
    """The verb goes "to", "into" or "onto" the streets."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "into", "onto", "on"}
        and any(o.lemma_.lower() == "street" for o in c.children)
        for c in tok.children
    )


def _with_object_mode(sense: event_lexicon.Sense, obj: Token) -> event_lexicon.Sense:
    """A verb typed by its object's class takes the object's own mode where the verb has none.

    "imposed a curfew" is COERCE because of what is imposed, and the curfew is
    also what PLOVER's mode names (``curfew``); "declared a state of emergency"
    is ``martial-law``: the event noun's mode, when its type is the verb's.
    """
    if sense.mode is not None:
        return sense
    noun = event_syntax.core_noun(obj)
    own = event_lexicon.NOUNS.get(_noun_key(noun)) or _head_of_sense(noun)
    if own is not None and own.type == sense.type and own.mode is not None:
        return event_lexicon.Sense(sense.type, own.mode)
    return sense


#: Object classes whose noun is part of the trigger: "opened fire", "cut off the internet".
_OBJECT_IN_TRIGGER = frozenset({"fire", "communication", "ceasefire", "restriction"})


#: Verbs of giving way: "agreed to", "bowed to", "acceded to", "gave in to" the demands.
_YIELD_VERBS = frozenset({"agree", "accede", "bow", "yield", "submit", "consent", "give", "cave", "succumb"})


def _yields_to_demands(tok: Token) -> bool:
    """The verb's "to" object (on it or its particle, "gave in to") is a demand, or, for a verb
    of giving way, the pressure or protest that pressed it ("bowed to *weeks of street
    protests*", "caved in to international pressure"): CAMEO's and PLOVER's yielding."""
    for part in [tok, *(c for c in tok.children if c.dep_ in {"prt", "advmod"})]:
        to = event_syntax.prep_object(part, frozenset({"to"}))
        if to is not None and _object_class(to) == "demands":
            return True
        # "to weeks of protests" is tagged a date, which prep_object skips: read the pobj itself
        prep = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pressed = event_syntax.child(prep, "pobj") if prep is not None else None
        if pressed is not None and verb_lemma(tok) in _GIVE_WAY_VERBS and _pressing(pressed):
            # "bowed to pressure *and reinstated the journalists*": the act done is the concession
            return not any(c.dep_ == "conj" and _verb_trigger(c) is not None for c in tok.children)
    return False
