"""Noun, light-verb, verbless and resultative triggers: an event named by a noun ("the
crackdown", "calls for a strike"), a noun under a light verb, a headline's verbless phrase, and
the verb a noun trigger belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    token_ent_types,
    token_pos,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _PLACING_VERBS, _STOPPAGE_VERBS, _misread_object
from tally.extract.events.idiom_checks import (
    _CALL_NOUN,
    _EXCHANGE_NOUN,
    _FIRE_NOUNS,
    _FORMING_NOUNS,
    _INTENTION_NOUNS,
    _OF,
    _exchange_of_fire,
    _modifier_keys,
    _no_intention,
    _under_fire,
    _unit_formed,
)
from tally.extract.events.lemmas import (
    _IRREGULAR_PAST,
    _TIME_ENTITIES,
    _fought_ill,
    _lexicon_verbs,
    _prefixed_irregular,
    verb_lemma,
)
from tally.extract.events.nouns import (
    _EXAMINING_NOUNS,
    _PROCESSION_NOUNS,
    _head_of_sense,
    _hearing_into,
    _is_event_noun,
    _nominal_of_object,
    _noun_key,
    _noun_key_at,
    _object_class,
    _procession_in_protest,
    _talk_of_one,
)
from tally.extract.events.sense_checks import _blaze_fought
from tally.extract.events.senses import _named_as

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tally.extract.context import ExtractContext

#: The lemmas :func:`_noun_trigger`'s own tests of a noun look for, besides the word lists:
#: "no *intention* of", "a *call* for", "hearings into", "an *exchange* of fire", "the *formation* of",
#: "came under *fire*". A test added there must add its words here (:func:`_no_sense_possible`).
_NOUN_TEST_LEMMAS = (
    _INTENTION_NOUNS | _EXAMINING_NOUNS | _FORMING_NOUNS | _FIRE_NOUNS | {_CALL_NOUN, _EXCHANGE_NOUN}
)


def _no_sense_possible(key: str, lemma: str, lower: str) -> bool:
    """Whether no test of :func:`_noun_trigger` can give a noun a sense, from its key
    (:func:`_noun_key`), lemma (lower case) and lower form: the key is in no noun table, the
    lemma in no table keyed by it nor among :data:`_NOUN_TEST_LEMMAS`, and it is no "procession".

    Asked of every noun of the article (some 180 an article), and all but a few are no event:
    :func:`extract_events` passes those over from the Doc's columns, with no Token made, where each went through nine tests, each reading the noun's lemma again,
    and the "of" phrase :func:`_head_of_sense` looks for.
    """
    return (
        key not in event_lexicon.NOUNS
        and key not in event_lexicon.NOUN_COMPOUND_HEADS
        and lemma not in _NOUN_TEST_LEMMAS
        and lemma not in event_lexicon.NOMINALISATIONS
        and lemma not in event_lexicon.HEAD_OF_NOUNS
        and lower not in _PROCESSION_NOUNS
    )


def _noun_trigger(tok: Token) -> _Cand | None:
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _TIME_ENTITIES:
        return None
    key = _noun_key(tok)
    if _no_sense_possible(key, tok.lemma_.lower(), tok.lower_):
        return None
    if tok.dep_ == "dobj" and _blaze_fought(tok.head, tok):
        return None  # "dousing a fire", "put out the fire": firefighting, no gunfire (round 55)
    if _talk_of_one(tok):
        return None  # "gave a talk on world affairs": a speech, no talks (round 57)
    if _notice_issued(tok):
        return None  # "health officials issued an alert": a public notice, no troops (round 57)
    disowned = _no_intention(tok)
    if disowned is not None:
        return disowned
    sense = event_lexicon.NOUNS.get(key) or _nominal_of_object(tok)
    if sense is None and _procession_in_protest(tok):
        sense = event_lexicon.Sense("PROTEST", "demo-org")  # "took out a procession against …"
    if sense is None and _call_for(tok):
        sense = event_lexicon.Sense("DEMAND")
    if sense is None and _hearing_into(tok):
        sense = event_lexicon.Sense("INVESTIGATE")  # "held hearings into the massacre"
    if sense is None and _exchange_of_fire(tok):
        sense = event_lexicon.Sense("FIGHT", "firearms")  # "heavy exchanges of fire were reported"
    if sense is None and _unit_formed(tok):
        sense = event_lexicon.Sense("MOBILIZE", "troops")  # "announced the formation of a new battalion"
    if sense is None and _under_fire(tok):
        sense = event_lexicon.Sense("FIGHT", "firearms")
    tokens = [tok]
    shots = event_syntax.prep_object(tok, _OF) if _exchange_of_fire(tok) else None
    if shots is not None:
        tokens = [tok, shots.head, shots]  # "exchange of fire": the fire is no party of it
    # a noun no compound sense is keyed by finds none among its modifiers: their words are not read
    for c in tok.children if key in event_lexicon.NOUN_COMPOUND_HEADS else ():
        if c.dep_ in {"compound", "amod", "nmod"}:
            pair = next(
                (
                    event_lexicon.NOUN_COMPOUNDS[(m, key)]
                    for m in _modifier_keys(c)
                    if (m, key) in event_lexicon.NOUN_COMPOUNDS
                ),
                None,
            )
            if pair is not None:
                sense, tokens = pair, [c, tok]
                break
    if sense is None:
        sense = _head_of_sense(tok)
        if sense is None:
            return None
        of = event_syntax.prep_object(tok, frozenset({"of"}))
        tokens = [tok, of] if of is not None else [tok]
    if _named_as(tok):
        # a name given is no event (tested once a sense is found: the tests above only read the
        # noun's words, and most nouns have no sense)
        return None
    if sense.type == "FIGHT" and _fought_ill(tok):
        return None  # "their battle against corruption", "a war on smuggling": a policy (round 50)
    sense = _nominal_with_patient(tok, sense)
    if tok.doc[tok.i - 1].text == "-" and tok.i >= 2:
        tokens = [tok.doc[tok.i - 2], *tokens]
    head = tok.head
    anchor = tok
    if tok.dep_ == "compound" and head.lemma_.lower() in event_lexicon.FRAME_NOUNS:
        anchor, head = head, head.head  # "launched a mediation effort"
    elif tok.dep_ == "compound":
        return None  # "invasion forces", "protest leaders": a modifier, not an event
    if anchor.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in {"put", "place"}:
        anchor, head = head, head.head  # "put under investigation"
    elif (
        anchor.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _SPAN_NOUNS
        and head.head.dep_ == "dobj"
        and _light_lemma(head.head.head) in event_lexicon.LIGHT_VERBS  # "waged" (lemmatised "wag")
    ):
        anchor = head.head  # "launched ten days of war games", "held a new round of talks"
        head = anchor.head
    # "in protest against …" is a motive, not an event of its own: the act done in protest is
    # the protest ("shut their shops in protest"), unless it is an event already ("resigned in
    # protest": the verb's own trigger claims the verb first)
    if key == "protest" and head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return _done_in_protest(tok, head)
    if key == "charge" and head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return _put_in_charge(tok, head)  # "in charge of": a duty, never an accusation (round 21)
    joined = anchor.dep_ == "pobj" and _joined_by_prep(head)
    if joined:
        anchor, head = head, head.head  # "went on strike", "joined in the protests"
    if joined or (
        (anchor.dep_ in {"dobj", "attr", "nsubjpass", "prep"} or _misread_object(anchor, head))
        and head.pos_ in {"VERB", "AUX"}
        and _light_lemma(head) in event_lexicon.LIGHT_VERBS
    ):
        if (
            _light_lemma(head) in {"lodge", "file", "register", "voice", "express"}
            and sense.type == "PROTEST"
        ):
            sense = event_lexicon.Sense("DISAPPROVE")  # "lodged an official protest"
        light = [head, *[c for c in head.children if c.dep_ == "prt"]]
        return _Cand("light", tok, head, light + tokens, sense.type, sense.mode, key)
    if anchor.i != tok.i or (
        # "a ban" alone is only talked about; "*the junta's* ban on parties" is the junta's act
        key in event_lexicon.LIGHT_ONLY_NOUNS and not _under_fire(tok) and not _agented_argument(tok)
    ):
        return None
    if sense.type not in event_lexicon.STANDALONE_TYPES and not _agented_argument(tok):
        return None
    return _Cand("noun", tok, _governing_verb(tok), tokens, sense.type, sense.mode, key)


def _call_for(noun: Token) -> bool:
    """ "reiterated its *call for* a ceasefire", "repeated its *call on* Khartoum to …": the
    noun "call" followed by what is called for or who is called on is a demand, as the verb
    "call for / on" is; a phone call or "a call on Tuesday" is none."""
    if noun.lemma_.lower() != _CALL_NOUN or noun.i + 1 >= len(noun.doc):
        return False
    prep = noun.doc[noun.i + 1]
    if prep.lower_ not in {"for", "on"}:
        return False
    obj = event_syntax.child(prep, "pobj")
    return obj is None or not event_syntax.is_time(obj)


def _agented_argument(noun: Token) -> bool:
    """A speech-act or relation noun ("demand", "refusal", "investigation", "visit") is an act
    of its own when the noun phrase names who did it and stands as a clause's subject or
    object: "a demand *by Georgian students* … was ignored", "*Baghdad's* refusal to pay …
    has deepened the crisis", "an investigation *by Kenyan police* … has stalled". Without
    a named agent ("the demand for reforms", "its refusal") it is only talked about."""
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    sides = event_syntax.prep_object(noun, frozenset({"between"}))
    if sides is not None and event_syntax.is_party(sides):
        return True  # "talks *between Serbia and Kosovo* resumed": the sides are its agents
    agent = event_syntax.prep_object(noun, frozenset({"by"}))
    if agent is None:
        agent = next(
            (
                c
                for c in noun.children
                if c.dep_ == "poss" and c.lower_ not in event_lexicon.PRONOUNS and not event_syntax.is_time(c)
            ),
            None,
        )
    return agent is not None and event_syntax.is_party(agent)


#: Verbs that put out a notice: "issued / sent out / sounded an alert".
_NOTICE_VERBS = frozenset({"issue", "send", "sound", "post", "publish", "release", "broadcast"})


def _notice_issued(tok: Token) -> bool:
    """An alert issued, sent or sounded is a public notice (round 57): "state health officials
    issued an alert after the outbreak". Forces put or placed "on alert", and an alert "for" or
    "of" troops, stay MOBILIZE (CAMEO's raised alert status)."""
    if tok.lemma_.lower() != "alert" or tok.dep_ != "dobj":
        return False
    return verb_lemma(tok.head) in _NOTICE_VERBS


def _light_lemma(verb: Token) -> str:
    """A light verb's lemma, repaired where the lemmatiser misreads it ("staged" → "stag")."""
    return verb_lemma(verb, event_lexicon.LIGHT_VERBS)


#: Verbs one joins an event with through a preposition: "went *on* strike", "joined *in* the
#: protests", "took part *in* the march", "engaged *in* clashes".
#: Work or trade stopped "in a general strike" is the strike itself.
_JOINING_PREPS = {
    "on": frozenset({"go", "put", "place"}),
    "in": frozenset({"join", "participate", "engage", "take", "shut", "close", "stop", "halt"}),
}


def _joined_by_prep(prep: Token) -> bool:
    """Whether an event noun under *prep* is joined by the verb above it ("went on strike").

    The verb's subject is then the noun's actor, as with a light verb's object;
    other prepositions ("arrested *during* the protest") leave the noun's actor open.
    """
    verbs = _JOINING_PREPS.get(prep.lower_)
    verb = prep.head
    if verbs is None or prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb_lemma(verb, verbs)
    obj = event_syntax.child(verb, "dobj")
    if lemma in _PLACING_VERBS:
        # "put its forces *on alert*": the forces are only the means (CAMEO's raised alert
        # status), so the subject's act is the event noun's ("put on trial" has none)
        noun = event_syntax.child(prep, "pobj")
        return noun is not None and _is_event_noun(noun)
    if obj is not None and lemma not in _STOPPAGE_VERBS and obj.lemma_.lower() != "part":
        return False  # "engage *us* in talks": the object is drawn in ("took part in" joins)
    return lemma in verbs


#: Verbs that put someone in charge of something: "put the army in charge of security".
_PUT_VERBS = frozenset({"put", "place", "leave"})


def _put_in_charge(noun: Token, prep: Token) -> _Cand | None:
    """ "The president put *the army in charge of* security": forces given a duty are deployed
    (PLOVER MOBILIZE ``troops``); anyone else put in charge is no event, and "in charge" is never
    the accusation "charge" is (round 21)."""
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUT_VERBS:
        return None
    obj = event_syntax.child(verb, "dobj", "nsubjpass")
    if obj is None or _object_class(obj) != "forces":
        return None
    return _Cand("light", noun, verb, [verb, prep, noun], "MOBILIZE", "troops", "charge")


def _done_in_protest(noun: Token, prep: Token) -> _Cand | None:
    """ "Traders shut their shops in protest at the tax": an act done in protest is a protest
    (PLOVER: "demonstrate or rally"; stopping work or trade is a strike)."""
    verb = prep.head
    if verb.pos_ != "VERB" or event_syntax.clause_subject(verb) is None:
        return None
    if verb_lemma(verb) in event_lexicon.LIGHT_VERBS or any(
        c.dep_ == "dobj" and _is_event_noun(c) for c in verb.children
    ):
        return None  # "staged a hunger strike in protest": the strike is the event
    if _punct_between(verb, prep):
        return None  # "passed the law, in protest of which …": not the verb's own manner
    mode = "strike-gen" if verb_lemma(verb) in _STOPPAGE_VERBS else None
    return _Cand("light", noun, verb, [verb, prep, noun], "PROTEST", mode, verb_lemma(verb))


def _punct_between(a: Token, b: Token) -> bool:
    """Whether punctuation parts two tokens of a clause, not counting a parenthesis and what it
    holds: an ACLED note's admin area ("closed their shops in Jaffna (Northern) in protest",
    "(Fizi, Sud-Kivu)") sits inside the clause it names a place of."""
    depth = 0
    for t in a.doc[min(a.i, b.i) + 1 : max(a.i, b.i)]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif t.is_punct and depth == 0:
            return True
    return False


#: Nouns that measure an event out: "ten days of war games", "a second round of talks".
_SPAN_NOUNS = frozenset(
    {"day", "week", "month", "round", "series", "wave", "spate", "hour"}
    # "waged a *campaign* of arrests", "went on a killing *spree*", "a *string* of raids"
    | {"campaign", "spree", "string", "flurry", "surge", "cycle", "streak"}
)


#: Verbs of an event's phases whose subject is the event: "talks began", "the summit opened".
_ASPECT_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "reopen", "commence"})


def _nominal_with_patient(noun: Token, sense: event_lexicon.Sense) -> event_lexicon.Sense:
    """A nominalised verb is typed by its "of" object as its verb is by its object.

    "the expulsion of the diplomats" is SANCTION as "expelled the diplomats" is
    (while "the expulsion of migrants" stays a deportation), "the withdrawal of
    the inspectors" SANCTION, "the lifting of the curfew" CONCEDE.
    """
    verb = event_lexicon.NOMINALISATIONS.get(noun.lemma_.lower())
    of = event_syntax.prep_object(noun, frozenset({"of"}))
    if verb is None or of is None:
        return sense
    klass = _object_class(of)
    if klass is None:
        return sense
    return event_lexicon.VERB_OBJECT.get((verb, klass), sense)


#: Verbs of going somewhere: "return to Geneva for talks", "headed to Cairo for a visit".
_TRAVEL_VERBS = frozenset({"return", "go", "come", "travel", "fly", "head", "arrive", "leave"})


def _unknown_verb_nouns(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """In a sentence where nothing fired, an event noun governed by a verb the lexicon does not know.

    "Jordan and Syria inked a trade pact", "the two leaders wrapped up talks",
    "the premier arrived in Jakarta for a visit":
    the verb is one no list has (inked, wrapped up), but its object names the
    event, as under a light verb. Used only where the sentence has no other
    event, so a known verb always wins; a general fallback for unseen verbs,
    not a list of them.
    """
    busy = {c.head.sent.start for c in cands}
    out: list[_Cand] = []
    tags, ent_types = token_pos(doc), token_ent_types(doc)  # a Token only for a noun
    for sent in doc.sents:
        if sent.start in busy:
            continue
        for i in range(sent.start, sent.end):
            if tags[i] not in {"NOUN", "PROPN"} or ent_types[i] in _TIME_ENTITIES:
                continue
            key = _noun_key_at(doc, i)
            sense = event_lexicon.NOUNS.get(key)
            if sense is None:
                continue  # no event noun: each test below ends in "continue" for it (no Token made)
            tok = doc[i]
            verb = tok.head
            anchor = tok
            span = verb.head if anchor.dep_ == "pobj" and verb.lower_ == "of" else None
            if span is not None and span.lemma_.lower() in _SPAN_NOUNS and span.dep_ == "pobj":
                anchor, verb = span, span.head  # "for a new round of talks"
            travelled = anchor.dep_ == "pobj" and verb.lower_ in {"for", "on", "to"}
            if travelled and verb.head.lemma_.lower() not in event_lexicon.TRAVEL_VERBS:
                # round 36: "dug deeper *for more talk*", "saved *for a visit*": only a verb that
                # brings someone to the event (motion, gathering, sending) makes it the event
                continue
            if travelled:
                # "arrived in Jakarta for talks", "came on a state visit", "invited them to talks"
                verb = verb.head
            elif tok.dep_ == "nsubj" and verb.lemma_.lower() in _ASPECT_VERBS:
                pass  # "talks between the two governments began in Geneva": the event begins
            elif anchor.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if sense is None or verb.pos_ != "VERB" or _blaze_fought(verb, tok):
                continue  # "dousing a fire": firefighting (round 55)
            if _talk_of_one(tok) or _notice_issued(tok):
                continue  # "gave a talk", "issued an alert": a speech, a notice (round 57)
            lemma = verb.lemma_.lower()
            if (
                lemma in event_lexicon.REPORTING
                or lemma in event_lexicon.UNPERFORMED_VERBS  # "avoided extradition": no extradition
                # a known verb that did not fire is no event, save one of travel ("return to
                # Geneva for talks": the return is the way to the meeting, not a withdrawal)
                or (verb_lemma(verb) in _lexicon_verbs() and not (travelled and lemma in _TRAVEL_VERBS))
            ):
                continue
            prt = [c for c in verb.children if c.dep_ == "prt"]
            out.append(_Cand("light", tok, verb, [verb, *prt, tok], sense.type, sense.mode, key))
            break
    return out


#: Word classes of a noun phrase read off the word order (a headline's subject or object).
_PHRASE_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET"})


def _verbless_verbs(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """In a sentence parsed without a verb at its root, a lexicon verb the small model misread.

    "Protesters torch police station in Kisii", "Court sentences activist to 10 years",
    "the Afghan army retook Dawlat Abad district": headlines and rare past forms come out as
    one long noun compound; "Israeli artillery fired shells at the town" as a noun "shells"
    modified by "fired". A word right after a noun whose form is a form of a lexicon verb
    (the form itself, an "-s" present, a prefixed irregular past) is then the verb, its
    subject the words before it and its object the words after it, up to a preposition.
    Used only where the sentence has no event, so a parse with a verb at its root always wins.
    """
    busy = {c.head.sent.start for c in cands}
    known = _lexicon_verbs()
    out: list[_Cand] = []
    for sent in doc.sents:
        if sent.start in busy or sent.root.pos_ in {"VERB", "AUX"}:
            continue
        resultative = _resultative_root(sent.root, known)
        if resultative is not None:
            out.append(resultative)
            continue
        for tok in sent[1:-1]:
            prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
            if prev.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.pos_ not in {"NOUN", "PROPN"} and not (tok.pos_ == "VERB" and _misparsed_main_verb(tok)):
                continue
            if nxt.pos_ not in _PHRASE_POS:
                continue
            lemma = verb_lemma(tok) if tok.pos_ == "VERB" else _verb_form_lemma(tok.lower_, known)
            sense = event_lexicon.VERBS.get(lemma) if lemma else None
            if sense is None or lemma is None:
                continue
            out.append(
                _Cand("verbless", tok, tok, [tok], sense.type, sense.mode, lemma, actor=prev, target=nxt)
            )
            break
    return out


#: Result adjectives of "V dead" ("shot dead", "beaten unconscious", "hacked dead").
_RESULT_ADJECTIVES = frozenset({"dead", "unconscious"})


def _resultative_root(root: Token, known: frozenset[str]) -> _Cand | None:
    """ "Gunmen on a motorbike shot dead a journalist": the small model reads "shot" as a noun
    (of "on a motorbike shot") and makes "dead" the root, with the gunmen as its subject and the
    journalist as its object. The verb is the word before the result adjective; its subject and
    object are the adjective's."""
    if root.pos_ != "ADJ" or root.lower_ not in _RESULT_ADJECTIVES or root.i == 0:
        return None
    verb = root.doc[root.i - 1]
    lemma = _verb_form_lemma(verb.lower_, known) or _IRREGULAR_PAST.get(verb.lower_)
    sense = event_lexicon.VERBS.get(lemma) if lemma else None
    subj, obj = event_syntax.child(root, "nsubj"), event_syntax.child(root, "dobj")
    if sense is None or lemma is None or subj is None or obj is None:
        return None
    return _Cand("verbless", verb, verb, [verb], sense.type, sense.mode, lemma, actor=subj, target=obj)


def _verb_form_lemma(form: str, known: frozenset[str]) -> str | None:
    """The lexicon verb a word form is a form of ("torch", "sentences" → "sentence", "retook"), or None."""
    if form in known:
        return form
    irregular = _prefixed_irregular(form, known)
    if irregular is not None:
        return irregular
    for ending in ("es", "s"):
        if form.endswith(ending) and form[: -len(ending)] in known:
            return form[: -len(ending)]
    return None


def _ordered_party(ctx: ExtractContext, tok: Token | None, before: bool) -> tuple[str | None, str | None]:
    """Entity id and text of the noun phrase that ends at *tok* (``before``) or starts at it: the
    words of the phrase classes next to a verb read off the word order (:func:`_verbless_verbs`)."""
    if tok is None:
        return None, None
    sent = tok.sent
    start = end = tok.i
    step = -1 if before else 1
    while sent.start <= start + step < sent.end and before and tok.doc[start + step].pos_ in _PHRASE_POS:
        start += step
    while sent.start <= end + step < sent.end and not before and tok.doc[end + step].pos_ in _PHRASE_POS:
        end += step
    span = tok.doc[start : end + 1]
    entity = ctx.entities.at(span.start_char, span.end_char)
    return (entity.id if entity is not None else None), span.text


def _governing_verb(tok: Token) -> Token:
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _misparsed_main_verb(tok: Token) -> bool:
    """A verb the parser hung as a modifier on the sentence's root noun, with a noun right before
    it: "police *flogged* traders in a market", "Israeli artillery *fired* shells at the town" (the
    root is "traders", "shells"). No verb heads the sentence, so this verb is its main verb."""
    root = tok.sent.root
    return (
        tok.dep_ in {"amod", "compound"}
        and tok.head.i == root.i
        and root.pos_ not in {"VERB", "AUX"}
        and tok.i > tok.sent.start
        and tok.doc[tok.i - 1].pos_ in {"NOUN", "PROPN"}
        and tok.i < root.i
    )
