"""How sure the text is that an event happened: reported, planned, hypothetical, generic or
negated, from the clause's modals, the purpose infinitives, calls and schedules, and protests
that ended or were only planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally import lexicons
from tally.extract.context import subtree_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _STOPPAGE_VERBS, _alleged, _definite
from tally.extract.events.idioms import _without
from tally.extract.events.lemmas import verb_lemma
from tally.extract.events.nouns import _object_class
from tally.extract.events.sense_checks import _placed_before
from tally.extract.events.threats import _object_threat_mode, _threatened_mode
from tally.extract.spans import SpanSet

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tally.records import Quote

#: Verbs that end an act of one's own: "called off / suspended / ended its strike".
_ENDING_VERBS = event_syntax.CANCEL_VERBS | {"end", "halt", "stop"}


def _protests_ended(cands: list[_Cand]) -> None:
    """Protesters who call off, suspend or end their own protest concede (PLOVER's CONCEDE
    covers "suspending protests"): "the union suspended its strike" is no SANCTION and no
    strike, but a concession by the union. Police who "ended the protest" are not conceding.
    Round 31: "called off a planned strike / a rally set for Saturday" (no "its"/"their") by its
    organisers concedes too, as the wire sets label it (wire9 and wire14 work halves +1 each, no
    held half moved); the protest, which did not happen, is no event of its own. Without
    "its"/"their" the subject must be one who could organise it (:func:`_could_organise`) and the
    noun must give the protest to no one else (:func:`_names_other_party`): "the hotel cancelled
    the rally", "rain called off the march", "the court called off the bakers' strike" concede
    nothing.
    """
    by_head = {c.head.i: c for c in cands}
    for c in cands:
        noun = c.head
        if c.type != "PROTEST" or c.kind not in {"noun", "light"} or noun.dep_ != "dobj":
            continue
        verb = noun.head
        called_off = verb.lemma_.lower() == "call" and any(
            ch.dep_ == "prt" and ch.lower_ == "off" for ch in verb.children
        )
        if verb.pos_ != "VERB" or not (called_off or verb.lemma_.lower() in _ENDING_VERBS):
            continue
        subject = event_syntax.clause_subject(verb)
        if subject is None:
            continue
        kind = actor_kind(subtree_text(event_syntax.core_noun(subject)))
        if kind in {"state", "armed"}:
            continue
        own = any(ch.dep_ == "poss" and ch.lower_ in event_lexicon.PRONOUNS for ch in noun.children)
        if not own and (not _could_organise(subject) or _names_other_party(noun, subject)):
            continue  # "the hotel cancelled the rally", "the court called off the bakers' strike"
        other = by_head.get(verb.i)
        if other is not None and other is not c:
            other.absorbed = True  # "suspended" is not a SANCTION of its own
        prt = [ch for ch in verb.children if ch.dep_ == "prt"]
        c.kind, c.verb, c.type, c.mode = "light", verb, "CONCEDE", None
        c.tokens = sorted({t.i: t for t in [verb, *prt, *c.tokens]}.values(), key=lambda t: t.i)
        c.actor, c.target = subject, None


#: Bodies that organise protests of their own: "the union called off a planned strike".
_ORGANISING_BODIES = frozenset(
    {"union", "party", "group", "movement", "coalition", "alliance", "association", "federation"}
    | {"confederation", "committee", "front", "bloc", "organisation", "organization", "network"}
    | {"syndicate", "campaign", "opposition"}
)

#: Heads of a name for a place or an institution that hosts or rules on a protest but does not
#: hold it: "the Supreme Court", "the Grand Hotel", "Riverside Stadium".
_HOSTING_HEADS = frozenset(
    {"court", "tribunal", "hotel", "university", "college", "school", "stadium", "arena", "hall"}
    | {"museum", "hospital", "church", "airport", "park", "square", "theatre", "theater", "centre"}
    | {"center"}
)

#: Pronouns that may stand for a protest's organisers ("it" may be the venue as well).
_ORGANISER_PRONOUNS = frozenset({"they", "we", "he", "she", "i"})


def _could_organise(subject: Token) -> bool:
    """Whether *subject* is someone who could have organised a protest: a person or people
    ("student leaders", "Ana Ruiz"), or a body that organises ("the union", a named
    organisation), not a venue, a court or the weather ("the hotel", "rain")."""
    core = event_syntax.core_noun(subject)
    lemma = core.lemma_.lower()
    if core.lower_ in _ORGANISER_PRONOUNS:
        return True
    if lemma in _HOSTING_HEADS:
        return False
    return _names_group(core)


def _names_group(tok: Token) -> bool:
    """Whether *tok*, a word before a protest noun, names people or a body ("student", "union")."""
    lemma = tok.lemma_.lower()
    return (
        tok.ent_type_ in {"PERSON", "ORG", "NORP"}
        or lexicons.is_person_noun(lemma)
        or lemma in _ORGANISING_BODIES
    )


def _names_other_party(noun: Token, subject: Token) -> bool:
    """Whether the protest noun gives the protest to a party other than *subject*: a possessive
    ("the bakers' strike"), a compound naming a group ("a student sit-in") or a "by" phrase
    ("a walkout planned by the crews"); one who cancels another's protest concedes nothing."""
    own = event_syntax.core_noun(subject).lemma_.lower()
    for ch in noun.children:
        if ch.dep_ == "poss" and not event_syntax.is_time(ch) and ch.lemma_.lower() != own:
            return True
        if ch.dep_ == "compound" and _names_group(ch) and ch.lemma_.lower() != own:
            return True
        if ch.dep_ in {"prep", "agent"} and ch.lower_ == "by":
            return True
        if ch.dep_ == "acl" and any(g.dep_ in {"prep", "agent"} and g.lower_ == "by" for g in ch.children):
            return True
    return False


def _stood_to_object(head: Token) -> bool:
    """People who stood or sat before a building *to* condemn or demand something ("lawyers stood
    outside the High Court to condemn the detention of an MP"): a demonstration, as a purpose
    participle makes one (:func:`_stood_in_protest`). Only people in numbers: "the minister stood at
    the podium to condemn the attack" is a speech, not a demonstration."""
    subject = event_syntax.clause_subject(head)
    return (
        head.lemma_.lower() in event_lexicon.PRESENCE_VERBS
        and _placed_before(head)
        and subject is not None
        and subject.tag_ in {"NNS", "NNPS"}
    )


def _gathered_to_protest(c: _Cand) -> bool:
    """ "Demonstrators gathered in Harare to protest …": the gathering is the protest, not a plan;
    so is work or trade stopped to protest ("traders shut their shops to protest the tax", a strike)."""
    head = c.verb.head.lemma_.lower()
    return c.type == "PROTEST" and (
        head in event_lexicon.GATHER_VERBS or head in _STOPPAGE_VERBS or _stood_to_object(c.verb.head)
    )


def _gathered_to_object(c: _Cand) -> None:
    """ "Supporters gathered in Lusaka to denounce the arrest …" is a demonstration.

    PLOVER's PROTEST is "rally, gather to protest a policy, action, or actor":
    a crowd that comes together to denounce, demand or reject is demonstrating,
    so the purpose clause's verbal act becomes the protest (its actor the
    gathering's subject), not a statement planned for later.
    """
    v = c.verb
    if (
        c.kind in {"verb", "phrasal"}
        and c.type in {"DISAPPROVE", "DEMAND", "REJECT"}
        and event_syntax.is_purpose(v)
        and (v.head.lemma_.lower() in event_lexicon.GATHER_VERBS or _stood_to_object(v.head))
    ):
        c.type, c.mode = "PROTEST", "demo-org"
        if c.actor is None or c.actor.i == v.i:
            c.actor = event_syntax.clause_subject(v.head)


def _force_used_to(c: _Cand, verb: Token | None = None) -> bool:
    """ "Police fired tear gas to disperse the crowd": the dispersal was carried out, not planned.
    *verb* is the purpose infinitive the act is joined to, if not its own ("… to disperse the crowd
    and *detain* its leaders": the detention was carried out as the dispersal was; round 55)."""
    head = (verb if verb is not None else c.verb).head
    return (
        c.type == "COERCE"
        and head.lemma_.lower() in event_lexicon.FORCE_VERBS
        and not event_syntax.is_future(head)
    )


def _quote_at(quotes: list[Quote], start: int, spans: SpanSet | None = None) -> Quote | None:
    """The first of *quotes* holding offset *start* (*spans*: the same quotes as a :class:`SpanSet`)."""
    if spans is None:
        return next((q for q in quotes if q.start <= start < q.end), None)
    found = spans.first_containing(start)
    return quotes[found] if found is not None else None


#: Verbs whose "for"-phrase is a call: "called / appealed for protests".
_CALL_VERBS = frozenset({"call", "appeal"})


def _called_for_a_date(verb: Token, noun: Token) -> bool:
    """ "Unions called a general strike *for April 28*", "called a rally in the capital *for
    Saturday*": a protest called for a day is announced, not held; the day hangs from the verb or
    from the protest noun (their own children only)."""
    if verb_lemma(verb) not in _CALL_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and event_syntax.is_time(o) for o in c.children)
        for tok in (verb, noun)
        for c in tok.children
    )


def _prepared_act(noun: Token) -> bool:
    """An event noun that is the object of a verb of preparing, with no definite determiner and no
    possessor, is an act prepared and not (yet) done: "in the final stages of preparing *an
    assault* on Jarablus", "arrested for plotting *a terrorist attack*" (round 38). "planned *the*
    attacks", "plotted *its* attack" name one known to have happened."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in event_lexicon.PREPARING_VERBS:
        return False
    return not _definite(noun)


def _called_for(noun: Token) -> bool:
    """A demonstration named as what someone "called for" ("called for a second day of protests",
    "appealed for a general strike on Monday") is one asked for, not one that took place."""
    tok = noun
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in {"pobj", "prep", "dobj"}:
            return False
        if tok.dep_ == "pobj" and head.lower_ == "for":
            return head.head.lemma_.lower() in _CALL_VERBS
        if tok.dep_ == "pobj" and head.lower_ != "of":
            return False  # "of" only: "a second *day of* protests"
        tok = head
    return False


def _modality(c: _Cand, quote: Quote | None) -> None:
    """Set ``modality``, applying PLOVER's rules for future, refused and announced acts."""
    v = c.verb
    rep = quote is not None or event_syntax.reporting_ancestor(v) is not None
    if not rep:
        root = v.sent.root
        rep = event_syntax.reporting_child(root) is not None or event_syntax.according_to(v.sent)
    rep = rep or _alleged(c)
    if c.type == "THREATEN" and c.kind != "verb" or c.lemma == "threaten" or _warning_made(c):
        c.modality = "threatened"
        return
    if c.kind == "modal":
        c.modality = "reported" if rep else "asserted"
        return
    if c.kind == "noun":
        # a standalone noun's clause says nothing of its tense: "This garrison will improve …"
        if event_syntax.is_negated(c.head) or event_syntax.is_called_off(c.head.head) or _without(c.head):
            c.modality = "negated"
        elif any(
            ch.dep_ in {"amod", "compound"} and ch.lower_ in event_lexicon.PLANNED_MODIFIERS
            for ch in c.head.children
        ):
            c.modality = "planned"  # "ahead of planned protests": not one that happened
        elif c.type == "PROTEST" and _called_for(c.head):
            c.modality = "planned"  # "called for a second day of protests next week"
        elif _prepared_act(c.head):
            c.modality = "planned"  # "preparing an assault on the town" (round 38)
        elif event_syntax.is_awaited(c.head):
            c.modality = "planned"  # "migrants awaiting deportation", "slated for removal" (round 51)
        elif (
            event_syntax.is_hypothetical(c.head)
            or _may_happen(c.head)
            or event_syntax.is_sought_outcome(c.head)
        ):
            c.modality = "hypothetical"  # "a warrant for his arrest" is sought, not done (round 51)
        elif rep:
            c.modality = "reported"
        return
    noun = c.head if c.kind == "light" else None
    called_off = noun is not None and event_syntax.is_called_off(v) and c.type != "CONCEDE"
    if event_syntax.is_denied(v) or called_off:
        c.modality = "negated"  # "denied that it had shelled", "called off a rally"
        return
    if event_syntax.is_generic_condition(v):
        c.modality = "hypothetical"  # "anyone who blocks roads will be punished"
        return
    mv = _modal_bearer(v)  # "police will arrest and *charge* them": the modal is on "arrest" (round 39)
    if v.pos_ in {"VERB", "AUX"} and (
        event_syntax.conditional_clause(mv)
        or event_syntax.is_counterfactual(mv)  # "if …, he would resign" (round 58)
        or event_syntax.may_be_done(v)
        or _obliged(mv)
        or _asked(v)
        or event_syntax.is_proposed(mv)  # "suggested that the islands be ceded" (round 55)
    ):
        # "if the activist is not released", "the right to protest", "the government should release
        # them": an act that may or ought to be done, not one that was (round 39)
        c.modality = "hypothetical"
        return
    neg = event_syntax.is_negated(v) if v.pos_ in {"VERB", "AUX"} else False
    neg = neg or (noun is not None and event_syntax.is_negated(noun))
    failed = v.dep_ == "xcomp" and v.head.lemma_.lower() == "fail"
    future = v.pos_ in {"VERB", "AUX"} and event_syntax.is_future(mv)
    intent = (v.dep_ == "xcomp" and v.head.lemma_.lower() in event_lexicon.INTENT) or (
        v.dep_ == "pcomp" and event_syntax.is_intended_on(v)
    )
    if (
        (neg or failed)
        and c.type in event_lexicon.COOPERATIVE
        and (future or failed or event_syntax.aux_lowers(v))
    ):
        c.type, c.mode, c.modality = "REJECT", None, "reported" if rep else "asserted"
    elif neg and _force_not_ruled_out(c):
        # "Ethiopia has not ruled out military action": keeping force open is a threat of it
        c.type, c.modality = "THREATEN", "threatened"
        c.mode = _object_threat_mode(_ruled_out_object(c) or c.head)
    elif neg or failed or event_syntax.has_negative_subject(v):
        c.modality = "negated"  # "no one had been detained" (round 23) as "had not been detained"
    elif (v.pos_ in {"VERB", "AUX"} and event_syntax.is_hypothetical(mv)) or (
        noun is not None and event_syntax.is_hypothetical(noun)
    ):
        c.modality = "hypothetical"
    elif noun is not None and c.type == "PROTEST" and _called_for_a_date(v, noun):
        c.modality = "planned"  # "called a strike for next Wednesday": one announced (round 21)
    elif _aimed_at(v, mv) and c.kind != "noun" and not _gathered_to_protest(c) and not _force_used_to(c, mv):
        c.modality = "planned"
    elif (
        future
        and c.type in event_lexicon.COOPERATIVE
        and c.type != "AGREE"
        and not _scheduled(v)
        and not _dated_meeting(c, v)
    ):
        c.type, c.mode, c.modality = "AGREE", None, "planned"
    elif (
        future
        and c.type in event_lexicon.CONFLICTIVE
        and (rep or intent)
        and not _protest_planned(c)
        and not _scheduled(v)  # "is expected to deploy troops": the reporter's forecast (round 23)
    ):
        c.type, c.mode, c.modality = "THREATEN", _threatened_mode(c.head, c.type), "threatened"
    elif future:
        c.modality = "planned"
    elif rep:
        c.modality = "reported"


def _aimed_at(v: Token, mv: Token) -> bool:
    """An infinitive of purpose, or a verb joined to one with no subject, auxiliary or tense of its
    own (*mv*, :func:`_modal_bearer`): "went to Gaza to deliver aid and *meet* residents" aims at
    the meeting as at the delivery (round 55); "… and *met* residents" has a tense of its own."""
    if event_syntax.is_aim_of_noun(v) or (mv.i != v.i and event_syntax.is_aim_of_noun(mv)):
        return True  # "a plan *to attack* the port" (round 58)
    return event_syntax.is_purpose(v) or (mv.i != v.i and event_syntax.is_purpose(mv))


#: Modals of obligation that are not also of the future ("shall" is both).
_OUGHT_MODALS = event_lexicon.OBLIGATION_MODALS - event_lexicon.FUTURE_MODALS


def _obliged(v: Token) -> bool:
    """An act someone should or must do, not one done: "Mexico *should sue*", "the police *must
    stop* arresting reporters" (round 39). "Must have" infers an act done ("the soldiers must have
    killed him") and stays."""
    auxes = event_syntax.aux_lowers(v)
    return bool(auxes & _OUGHT_MODALS) and not ("must" in auxes and auxes & {"have", "'ve", "’ve"})


def _modal_bearer(v: Token) -> Token:
    """The verb whose auxiliaries and condition hold for *v*: *v* itself, or, for a verb coordinated
    with no auxiliary, subject, subordinator or tense of its own (the same tag), the first verb of
    the coordination ("will arrest and *charge* the men", "could attack and *loot* the town", "if
    they attack and *burn* the camp"); round 39. At most three steps up, as coordinations are chains of "conj"."""
    for _ in range(3):
        if v.dep_ != "conj" or v.pos_ not in {"VERB", "AUX"} or v.head.pos_ not in {"VERB", "AUX"}:
            return v
        if v.tag_ != v.head.tag_ or any(ch.dep_ in _OWN_CLAUSE for ch in v.children):
            return v  # "… should not be packaged" and *called for*: a tense of its own
        v = v.head
    return v


#: Children that give a coordinated verb a clause of its own.
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark", "neg"})


def _asked(v: Token) -> bool:
    """The main verb of a direct yes/no question: "*Will* they protest again on Friday?", "Did
    police arrest him?" ask whether an act happens, and report none (round 39): the sentence
    opens with the verb's own auxiliary, before its subject, and ends with a question mark."""
    sent = v.sent
    ends_asking = sent[-1].lower_ == "?" or (len(sent) > 1 and sent[-2].lower_ == "?")  # '?"' too
    if v.dep_ != "ROOT" or not ends_asking:
        return False
    first = sent[0]
    return first.head.i == v.i and first.dep_ in {"aux", "auxpass"}


def _may_happen(noun: Token) -> bool:
    """An event noun of an act that may happen, not one that did: the subject or object of a clause
    of condition ("if *a strike* goes ahead"), the object of a ban ("bans *protests*"), or one
    with "any" ("*any attack* would be met with force"); round 39."""
    if any(ch.dep_ == "det" and ch.lower_ == "any" for ch in noun.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in event_lexicon.BAN_VERBS:
        return True  # "the law bans *protests* near parliament": an act forbidden
    return event_syntax.in_conditional_clause(noun)


def _generic_act(c: _Cand) -> bool:
    """Acts of a kind, no one act: no event (round 39). An act in the "of"/"for" phrase of a noun
    of habit or record ("a history *of attacking* journalists", "a reputation for *repression*";
    an event noun there only bare: "the history of the 1989 crackdown" and "there is no record of
    an air strike on the town" name one act, the second one in dispute, which stays an event),
    an event noun said to be common or rare ("*arrests* of journalists are common"), and a
    present-tense act with an adverb of habit ("police *routinely use* tear gas", "journalists
    are often detained")."""
    tok = c.head if c.kind == "noun" else c.verb
    if tok.dep_ in {"pcomp", "pobj"} and tok.head.dep_ == "prep" and tok.head.lower_ in {"of", "for"}:
        owner = tok.head.head
        if (
            owner.i != tok.head.i
            and owner.pos_ == "NOUN"
            and owner.lemma_.lower() in event_lexicon.HABIT_NOUNS
        ):
            if tok.dep_ == "pcomp":
                return True
            return not any(ch.dep_ in {"det", "poss", "nummod"} for ch in tok.children)
    if c.kind == "noun":
        gov = tok.head
        return (
            tok.dep_ == "nsubj"
            and gov.lemma_.lower() == "be"
            and any(
                ch.dep_ == "acomp" and ch.lemma_.lower() in event_lexicon.FREQUENCY_ADJECTIVES
                for ch in gov.children
            )
        )
    v = tok
    if v.pos_ not in {"VERB", "AUX"}:
        return False
    if (
        v.dep_ == "conj"
        and v.head.pos_ in {"VERB", "AUX"}
        and not any(ch.dep_ == "advmod" for ch in v.children)
    ):
        v = v.head  # "police routinely beat and *detain* protesters"
    if not any(ch.dep_ == "advmod" and ch.lower_ in event_lexicon.HABITUAL_ADVERBS for ch in v.children):
        return False
    auxes = event_syntax.aux_lowers(v)
    if v.tag_ in {"VBZ", "VBP"}:
        return not auxes
    present = {"is", "are", "am", "'s", "'re", "’s", "’re"}
    return v.tag_ == "VBN" and bool(auxes & present) and not (auxes - present)


#: Subordinators of the condition that turns an announced protest into a threat.
_CONDITION_MARKS = frozenset({"if", "unless"})


def _protest_planned(c: _Cand) -> bool:
    """An announced or intended demonstration or strike is a plan, not a threat: "youth groups
    plan to march on State House on Thursday", "organisers said they would march again". Only
    one made conditional on what the other side does ("will strike *if* the law passes", "unless
    wages are paid") threatens it (PLOVER THREATEN: a protest held out as a consequence), and so
    does a boycott announced ("said it would boycott all contact"): a withdrawal held out, not a
    gathering planned."""
    if c.type != "PROTEST" or c.mode == "boycott":
        return False
    return not any(
        ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in ch.children)
        for ch in c.verb.children
    )


def _warning_made(c: _Cand) -> bool:
    """Whether a THREATEN verb other than "threaten" was made as a threat: "warned that the camp
    would be cleared by force", "gave the rebels two days to surrender or face an assault" are
    threats (modality ``threatened``) as "threatened to" is; a warning denied, negated or only
    supposed ("did not warn", "if the army warns …") is left to the usual rules."""
    v = c.verb
    if c.type != "THREATEN" or c.kind != "verb" or v.pos_ not in {"VERB", "AUX"}:
        return False
    return not (
        event_syntax.is_negated(v)
        or event_syntax.is_denied(v)
        or event_syntax.is_hypothetical(v)
        or event_syntax.is_generic_condition(v)
    )


#: Holders of state office whom another state's travel ban or entry bar sanctions.
_OFFICE_NOUNS = frozenset(
    {"official", "minister", "diplomat", "lawmaker", "legislator", "senator", "judge", "prosecutor"}
    | {"general", "officer", "commander", "oligarch", "politician"}
)


def _foreign_officials_barred(c: _Cand) -> None:
    """A travel ban or entry bar on another country's officials is a SANCTION, not COERCE.

    "Turkey barred Dutch ministers from entering", "the EU slapped travel bans on five
    Georgian officials": one state penalising another's office-holders (PLOVER SANCTION, as
    expelling its diplomats is); a government barring its own people ("barred opposition
    candidates from leaving", "a travel ban on the central bank governor") restricts them
    (COERCE restrict). The officials' nationality, named and not the actor's, tells them apart.
    """
    target = c.target
    if c.type != "COERCE" or c.mode != "restrict" or target is None or c.actor is None:
        return
    noun = event_syntax.core_noun(target)
    if noun.lemma_.lower() not in _OFFICE_NOUNS:
        return
    nations = [m.lower_ for m in noun.children if m.dep_ in {"amod", "compound"} and _nationality(m)]
    actor_words = {t.lower_ for t in c.actor.subtree}
    if nations and not actor_words.intersection(nations):
        c.type, c.mode = "SANCTION", None


def _nationality(word: Token) -> bool:
    """Whether *word* names a country's people ("Dutch", "Ugandan"), tagged so or in the gazetteer."""
    if word.ent_type_ == "NORP":
        return True
    from tally.resources.gazetteer import load_gazetteer

    return word.text[:1].isupper() and load_gazetteer().demonym(word.text) is not None


#: Nouns for workers at large, a trade only with a word naming it ("garment workers").
_WORKER_NOUNS = frozenset({"worker", "employee", "staff", "union", "labourer", "laborer"})
#: Modifiers of a strike that make it one of everyone: "a general / nationwide strike".
_GENERAL_STRIKE_WORDS = frozenset({"general", "nationwide", "national", "countrywide", "total"})


def _trade_strike(c: _Cand) -> None:
    """A strike by one trade is PLOVER's limited strike (strike-lim), not a general one.

    "Nurses went on strike", "bus drivers walked off the job", "garment workers walked out",
    "miners at the mine downed tools" stop one trade or workplace; a general or nationwide
    strike, or one by "workers" at large ("thousands of workers stopped work"), stays general.
    """
    if c.type != "PROTEST" or c.mode != "strike-gen" or c.actor is None:
        return
    if any(t.lower_ in _GENERAL_STRIKE_WORDS for t in c.tokens) or any(
        ch.lower_ in _GENERAL_STRIKE_WORDS
        for t in c.tokens
        for ch in t.children
        if ch.dep_ in {"amod", "compound"}
    ):
        return
    if _trade_noun(event_syntax.core_noun(c.actor)):
        c.mode = "strike-lim"


def _trade_noun(noun: Token) -> bool:
    """Whether *noun* names people by one trade: a trade noun ("nurses", "bus drivers"), or
    workers or a union with a word naming their trade or workplace ("garment workers",
    "the teachers' union", "workers at the copper mine")."""
    lemma = noun.lemma_.lower()
    if lemma in event_lexicon.TRADE_NOUNS:
        return True
    if lemma not in _WORKER_NOUNS:
        return False
    named = [ch for ch in noun.children if ch.dep_ in {"compound", "poss"} and ch.i < noun.i]
    if any(ch.pos_ in {"NOUN", "PROPN"} and ch.ent_type_ not in {"GPE", "NORP"} for ch in named):
        return True  # "garment workers", "the teachers' union"
    return event_syntax.prep_object(noun, frozenset({"at"})) is not None  # "workers at the mine"


#: Words that make a later act the reporter's schedule, not its actor's promise: "is *expected*
#: to meet", "is *scheduled* to visit", "is *set* to hold talks".
_SCHEDULE_WORDS = frozenset({"expect", "schedule", "set", "slate", "due", "poise"})


def _scheduled(verb: Token) -> bool:
    """Whether a future act is only foreseen ("the minister *is expected to meet* his
    counterpart"): a consultation on the calendar stays one (PLOVER AGREE is a promise or an
    offer by the actor, and nobody promised here)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in _SCHEDULE_WORDS


def _dated_meeting(c: _Cand, verb: Token) -> bool:
    """Whether a future meeting or visit is given its day ("will meet in Geneva *on Tuesday*",
    "will travel to Nairobi *next week* for talks"): a meeting on the calendar is reported as
    scheduled, a CONSULT planned, not a promise by its actor (an undated "will meet" stays
    PLOVER's future cooperation, AGREE)."""
    if c.type != "CONSULT":
        return False
    for ch in verb.children:
        if ch.dep_ in {"npadvmod", "advmod", "prep"} and any(
            t.ent_type_ in {"DATE", "TIME"} for t in ch.subtree
        ):
            return True
    return False


#: Verbs of excluding an option: "has not *ruled out* military action".
_EXCLUDING_VERBS = frozenset({"rule", "exclude"})


def _ruled_out_object(c: _Cand) -> Token | None:
    """What is (not) ruled out: the object, or "ruled out *using* force" (its gerund's object)."""
    obj = event_syntax.child(c.head, "dobj", "nsubjpass")
    if obj is not None and obj.pos_ == "VERB":
        return event_syntax.child(obj, "dobj") or obj
    return obj


def _force_not_ruled_out(c: _Cand) -> bool:
    """A refusal verb of excluding whose object is force or a measure against someone: not
    ruling it out keeps it on the table (CAMEO's and PLOVER's THREATEN)."""
    if c.type != "REJECT" or c.lemma not in _EXCLUDING_VERBS:
        return False
    obj = _ruled_out_object(c)
    if obj is None or _object_threat_mode(obj) is None:
        return False
    # "did not rule out *talks*": a meeting kept open is no threat (cutting ties would be)
    return not (obj.pos_ == "NOUN" and _object_class(obj) in {"meeting", "relations"})
