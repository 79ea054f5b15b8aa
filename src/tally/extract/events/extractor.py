"""Events: who did what to whom, where and when, typed with PLOVER and mapped to ACLED.

A trigger is a verb or an event noun found in the dependency parse whose lemma
(and, for some verbs, whose object) the lexicon in :mod:`.lexicon`
knows: "146 people were arrested by security forces" is COERCE/arrest with
actor "security forces" (the passive's agent) and target "146 people". Event
nouns ("crackdown", "build-up", "protests") are events with their modifiers
("build-up *of security forces*", "arrests *of children*"), and an event noun
under a light verb ("staged a hunger strike", "ordered a crackdown") takes the
verb's subject as its actor.

How sure the text is comes from the parse too (:mod:`.syntax`, :mod:`.modality`): ``neg``
children make ``negated``; a conditional, "could", "possible unrest" make
``hypothetical``; a purpose infinitive ("to counter unrest") or "will" make
``planned``; a reporting verb above the clause, "according to", or a quote
around it make ``reported``. PLOVER's coding rules turn some of these into
other types: a cooperative act promised for the future is an AGREE, a coercive
one announced by its actor a THREATEN, a refused one a REJECT, and "X said Y
must …" a DEMAND by X on Y. A quote in which an official promises force
("we will not tolerate …", "lawbreakers must be handled with power") is a
THREATEN event by the quote's speaker.

Place, date and figures come from the other extractors' records in the same
clause or sentence; when they are absent the event keeps ``None``/``[]``.

This module runs the steps in order and turns what survives into records; each
step is a module of its own, lower ones first (none imports one above it):

- :mod:`.candidate`: the event being read (``_Cand``);
- :mod:`.lemmas`, :mod:`.nouns`, :mod:`.clauses`: lemmas, event nouns and object
  classes, and the small readings of the parse every step shares;
- :mod:`.threats`, :mod:`.modal_triggers`: threat modes, and officials' promises
  of force in quotes;
- :mod:`.idiom_checks`, :mod:`.sense_checks`, :mod:`.idioms`, :mod:`.senses`:
  whether a verb's use is the event its lexicon entry names;
- :mod:`.triggers`: noun, light-verb and verbless triggers;
- :mod:`.refine`, :mod:`.refine_context`, :mod:`.arguments`: actor and target,
  and PLOVER's coding rules that change a type from who acts on whom and where;
- :mod:`.modality`: how sure the text is;
- :mod:`.filters`, :mod:`.mentions`: candidates that are no event of this text
  (descriptions, titles, repeats, settings).
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING

from tally.extract.context import (
    doc_text,
    token_lemmas,
    token_lowers,
    token_pos,
)
from tally.extract.events import learned
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import situate, to_acled
from tally.extract.events.arguments import (
    _arguments,
    _conditioning_party,
    _happening_not_actor,
    _munition_not_actor,
    _seized_thing,
)
from tally.extract.events.candidate import _PRIORITY, _Cand, _span_chars, _subtree_chars
from tally.extract.events.clauses import _WHOEVER, _matrix_subject, _owner_of_thing
from tally.extract.events.filters import (
    _attributive,
    _charge,
    _drop_headline,
    _grievances,
    _learned_fallback,
    _participle_object,
    _punished_act,
    _sources,
    _time_context,
)
from tally.extract.events.genericity import generic_present
from tally.extract.events.lemmas import _REFLEXIVES
from tally.extract.events.linking import link_date, link_figures, link_place
from tally.extract.events.mentions import (
    _acting_body,
    _attacked_unit,
    _coerced_demonstration,
    _dating_apposition,
    _describes_participant,
    _drop_descriptive_participles,
    _drop_fronted_settings,
    _drop_titles,
    _known_occasion,
    _reference_point,
    _repeats,
    _resolve_anaphora,
    _setting_of_violence,
    _simultaneous,
    _violence_by_head,
)
from tally.extract.events.modal_triggers import _modal_trigger
from tally.extract.events.modality import (
    _foreign_officials_barred,
    _gathered_to_object,
    _generic_act,
    _modality,
    _protests_ended,
    _quote_at,
    _trade_strike,
)
from tally.extract.events.nouns import _noun_key_at
from tally.extract.events.refine import (
    _absorb,
    _charged_by_law,
    _refine_by_actor,
    _refine_exercise,
    _refine_joint,
    _refine_killing_of_leader,
    _refine_military_target,
    _refine_order,
    _refine_soldiers_killed,
)
from tally.extract.events.refine_context import (
    _attacked_in_words,
    _border_faced,
    _contemplated,
    _mediated_talks,
    _own_coercion_lifted,
    _own_envoy_posted,
    _plea,
    _positions_taken,
    _protesters_of,
    _refine_consult,
    _refine_mobilize,
    _refine_own_forces,
    _refine_violence,
    _withdrawn_from,
)
from tally.extract.events.senses import _verb_trigger
from tally.extract.events.threats import _threat_mode, _threatened_thing
from tally.extract.events.triggers import (
    _no_sense_possible,
    _noun_trigger,
    _ordered_party,
    _unknown_verb_nouns,
    _verbless_verbs,
)
from tally.extract.spans import SpanSet
from tally.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext
    from tally.records import Quote

LOGGER = logging.getLogger(__name__)

VERSION = "tally.events.v1"


def _party(
    ctx: ExtractContext, tok: Token | None, quote: Quote | None, rep_subject: Token | None
) -> tuple[str | None, str | None]:
    """Entity id and text of an actor or target head token."""
    if tok is None:
        return None, None
    doc = ctx.doc
    low = tok.lower_
    if low in event_lexicon.FIRST_PERSON and quote is not None and quote.speaker:
        return quote.speaker, quote.speaker_name
    antecedent = _matrix_subject(tok) if low in event_lexicon.PRONOUNS else None
    if antecedent is None and low in event_lexicon.PRONOUNS:
        antecedent = _object_before(tok) or _relative_head(tok)
    if antecedent is not None:
        tok = antecedent
    elif (
        low in event_lexicon.PRONOUNS
        and rep_subject is not None
        and rep_subject.lower_ not in event_lexicon.PRONOUNS
        # "…beat them to death, police said": a source named after the clause is not whom it acts on
        and not (low in _OBJECT_PRONOUNS and rep_subject.i > tok.i)
    ):
        tok = rep_subject
    start, end = event_syntax.phrase(tok)
    span = doc[start:end]
    text = span.text
    named = doc[start : _before_its_place(tok, start, end)]
    entity = ctx.entities.at(named.start_char, named.end_char)
    if entity is None:
        core = event_syntax.core_noun(tok)
        if core.pos_ == "NOUN" and core.lemma_.lower() in event_lexicon.GROUP_NOUNS:
            c_start, c_end = event_syntax.core_span(core)
            piece = doc[c_start:c_end]
            entity = ctx.entities.add_mention(piece.text, piece.start_char, piece.end_char, type="GROUP")
    return (entity.id if entity else None), text


#: Prepositions whose phrase after a party's head says where the party was ("protesters *in* Bamenda").
_PLACING_PREPOSITIONS = event_lexicon.words("in at near outside inside across around throughout")


def _before_its_place(tok: Token, start: int, end: int) -> int:
    """Where the party's own words end in its phrase ``[start, end)``: before a phrase of place on its
    head or core noun ("fired on *mourners* in Kampala", "thousands of *protesters* in Minsk").

    The party's entity is the mention that overlaps its words most; with the place left in, a head
    that names no entity gave the party the place's ("police → Kampala").
    """
    cut = end
    for head in {tok, event_syntax.core_noun(tok)}:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _PLACING_PREPOSITIONS and head.i < child.i < cut:
                cut = child.i
    return cut if cut > start else end


#: Object pronouns that stand for people named as an earlier verb's object.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _object_before(pronoun: Token) -> Token | None:
    """The object of the verb an object pronoun's verb goes on from: "murdered *a social leader*,
    shooting *him*", "set upon *two men* and beat *them* to death". The people acted on twice are
    the first verb's object, never the source of a "…, police said" around both."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    if verb.dep_ not in {"conj", "advcl", "xcomp"} or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    first = verb.head
    objs = [c for c in first.children if c.dep_ == "dobj"]
    objs += [o for p in first.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objs = [
        o
        for o in objs
        if o.pos_ in {"NOUN", "PROPN"}
        and o.lower_ not in event_lexicon.PRONOUNS
        and not event_syntax.is_time(o)
    ]
    return objs[0] if objs else None


def _relative_head(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: "7 civilians *who* had been executed by militants",
    "the town, *which* rebels had occupied" (the clause describes that noun, never the source of a
    "…, the army said" around it)."""
    if pronoun.lower_ not in {"who", "whom", "which", "that"} or pronoun.head.dep_ != "relcl":
        return None
    noun = pronoun.head.head
    return noun if noun.pos_ in {"NOUN", "PROPN", "NUM"} else None


def _to_event(ctx: ExtractContext, c: _Cand, quote: Quote | None, n: int) -> Event:
    rep = event_syntax.reporting_ancestor(c.verb)
    rep_subject = event_syntax.clause_subject(rep) if rep is not None else None
    actor_id: str | None
    actor_text: str | None
    if c.kind == "modal" and c.type != "REJECT":
        if quote is not None and quote.speaker:
            actor_id, actor_text = quote.speaker, quote.speaker_name
        else:
            actor_id, actor_text = _party(ctx, rep_subject, quote, None)
    elif c.kind == "verbless":
        actor_id, actor_text = _ordered_party(ctx, c.actor, before=True)
    else:
        actor_id, actor_text = _party(ctx, c.actor, quote, rep_subject)
    if c.kind == "verbless":
        target_id, target_text = _ordered_party(ctx, c.target, before=False)
    elif c.target is not None and c.target.lower_ in _WHOEVER and c.type == "THREATEN":
        target_id, target_text = None, None  # "warned that *anyone* taking part …": no party named
    elif c.target is not None and c.target.lower_ in _REFLEXIVES:
        target_id, target_text = None, None  # "blew *himself* up": the actor acts on no other party
    else:
        target_id, target_text = _party(ctx, c.target, quote, rep_subject)
    trigger = _span_chars(c.tokens)
    evidence = ctx.sentence_span(*trigger)
    arg_spans = [_subtree_chars(t) for t in (c.actor, c.target) if t is not None]
    clause = _subtree_chars(c.verb) if c.verb is not None else evidence
    place, evidence = link_place(ctx, c.head, trigger, clause, evidence)
    figures = link_figures(ctx, c.type, arg_spans, clause, evidence)
    date = link_date(ctx, c.verb, trigger, clause, evidence, figures)
    return Event(
        id=f"v{n}",
        type=c.type,
        mode=c.mode,
        # ACLED codes events that happened: not threats, plans, conditions or denials
        acled=to_acled(c.type, c.mode, c.lemma) if c.modality in {"asserted", "reported"} else None,
        actor=actor_id,
        actor_text=actor_text,
        target=target_id,
        target_text=target_text,
        place=place,
        date=date,
        figures=figures,
        modality=c.modality,  # type: ignore[arg-type]
        trigger=trigger,
        evidence=evidence,
    )


#: The word classes a trigger can be: a verb or auxiliary (modal, verb triggers), a noun (noun triggers).
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
#: The word classes the modal and verb triggers read (the noun trigger reads the other two).
_VERB_POS = frozenset({"VERB", "AUX"})


def extract_events(ctx: ExtractContext) -> list[Event]:
    """Find the events of an article with their actors, targets, modality, place, date and figures."""
    doc = ctx.doc
    quotes = list(ctx.quotes)
    quote_spans = SpanSet((q.start, q.end) for q in quotes)
    cands: list[_Cand] = []
    lemmas, lowers = token_lemmas(doc), token_lowers(doc)
    for i, pos in enumerate(() if learned.rules_off() else token_pos(doc)):
        if pos not in _TRIGGER_POS:
            continue  # none of the three triggers reads any other word class
        if pos not in _VERB_POS and _no_sense_possible(_noun_key_at(doc, i), lemmas[i], lowers[i]):
            continue  # a noun no test of the noun trigger can give a sense: no Token made for it
        tok = doc[i]
        if pos in _VERB_POS:
            # only a modal trigger (a verb or an auxiliary) reads the quote it is in; the noun
            # trigger reads nouns only, the modal and verb triggers verbs and auxiliaries only
            quote = _quote_at(quotes, tok.idx, quote_spans)
            found_here: tuple[_Cand | None, ...] = (_modal_trigger(tok, quote), _verb_trigger(tok))
        else:
            found_here = (_noun_trigger(tok),)
        for found in found_here:
            if found is not None:
                cands.append(found)
    if not learned.rules_off():
        cands.extend(_unknown_verb_nouns(doc, cands))
        cands.extend(_verbless_verbs(doc, cands))
    sents = _sentences(doc)
    cands.extend(_learned_fallback(sents, cands))
    cands.sort(key=lambda c: (_PRIORITY[c.kind], c.head.i))
    kept: list[_Cand] = []
    claimed: set[int] = set()
    for c in cands:
        if any(t.i in claimed for t in c.tokens) or c.head.i in claimed:
            continue
        claimed.update(t.i for t in c.tokens)
        kept.append(c)
    for c in kept:
        _arguments(c)
        _refine_by_actor(c)
        _charged_by_law(c)
        _refine_order(c)
        _refine_violence(c)
        _attacked_in_words(c)
        _plea(c)
        _munition_not_actor(c)
        _happening_not_actor(c)
        _refine_exercise(c)
        _positions_taken(c)
        _own_coercion_lifted(c)
        _refine_mobilize(c)
        _refine_own_forces(c)
        _border_faced(c)
        _withdrawn_from(c)
        _own_envoy_posted(c)
        _protesters_of(c)
        if _seized_thing(c):
            c.target = _owner_of_thing(c)
        _mediated_talks(c)
        _refine_consult(c)
        _refine_joint(c)
        _refine_military_target(c)
        _refine_killing_of_leader(c)
        _refine_soldiers_killed(c)
        _gathered_to_object(c)
        _trade_strike(c)
        _foreign_officials_barred(c)
    _protests_ended(kept)
    for c in kept:
        _contemplated(c)
    _absorb(kept)
    for c in kept:
        _threat_mode(c)
        _threatened_thing(c)
        _conditioning_party(c)
    violent = _violence_by_head(kept)
    kept = [c for c in kept if not c.absorbed and not _setting_of_violence(c, violent)]
    kept = _drop_descriptive_participles(kept)
    kept = [c for c in kept if not _coerced_demonstration(c)]
    framed = kept
    kept = _drop_fronted_settings(kept)
    written = ctx.published_year
    kept = [c for c in kept if not _reference_point(c, written) and not _generic_act(c)]
    # a demonstration named again only to date the act: no event, but the act's setting for ACLED
    settings = [
        (c.head.idx, c.head.idx + len(c.head.text))
        for c in framed
        if c.type == "PROTEST"
        and c.kind == "noun"
        and (_simultaneous(c) or _dating_apposition(c, c.head.sent.root))
        and _known_occasion(c)
        and c not in kept
    ]
    parties = Counter(t.i for o in kept for t in (o.actor, o.target) if t is not None)
    kept = [c for c in kept if not _describes_participant(c, parties)]
    actors = {o.actor.i for o in kept if o.actor is not None}
    kept = [c for c in kept if not _acting_body(c, actors)]
    attacked = {o.target.i for o in kept if o.target is not None and o.type in {"ASSAULT", "FIGHT"}}
    kept = [c for c in kept if not _attacked_unit(c, attacked)]
    kept.sort(key=lambda c: min(t.idx for t in c.tokens))
    kept = _drop_headline(kept)
    kept = _drop_titles(kept)
    quoted = []
    for c in kept:
        quote = _quote_at(quotes, c.head.idx, quote_spans)
        _modality(c, quote)
        quoted.append((c, quote))
    # an act told in the present as one that repeats, or as what a kind does, is no event (round 59)
    quoted = [(c, quote) for c, quote in quoted if not generic_present(c)]
    kept = [c for c, _ in quoted]
    events: list[Event] = []
    for c, quote in quoted:
        events.append(_to_event(ctx, c, quote, len(events) + 1))
    events = _resolve_anaphora(kept, events)
    repeats = _repeats(kept)
    out = [e for e, c in zip(events, kept, strict=True) if c not in repeats]
    out = [e if e.id == f"v{n}" else e.model_copy(update={"id": f"v{n}"}) for n, e in enumerate(out, 1)]
    grievances = [
        span for c, e in zip(kept, events, strict=True) if c not in repeats for span in _grievances(c)
    ]
    heads = {k.head.i for k in kept}
    background = [
        e.trigger
        for c, e in zip(kept, events, strict=True)
        if c not in repeats
        and (
            _attributive(c)
            or _charge(c)
            or _participle_object(c, heads)
            or _punished_act(c)
            or _protest_role(c)
        )
    ]
    occasions = [
        e.trigger
        for c, e in zip(kept, events, strict=True)
        if c not in repeats
        and c.type == "PROTEST"
        and ((c.kind == "noun" and _time_context(c.head)) or _charge(c))
    ]
    sources = [span for c in kept if c not in repeats for span in _sources(c)]
    return situate(
        out,
        lambda e: ctx.sentence_span(*e.trigger),
        doc_text(doc),
        grievances,
        background,
        occasions,
        sources,
        settings,
    )


#: Nouns of the person who leads or speaks for a protest: "the *organiser* of the march".
_PROTEST_ROLES = frozenset(
    {
        "organiser",
        "organizer",
        "leader",
        "coordinator",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "convener",
        "convenor",
        "ringleader",
        "instigator",
        "initiator",
        "head",
    }
)


def _protest_role(c: _Cand) -> bool:
    """A protest noun that says whose role a person holds (round 23): "arrested *the organiser of the
    march*", "detained the leader of a bus drivers' strike", "the strike leader": it names who was
    arrested, not a demonstration happening, so ACLED reads the arrest (Arrests)."""
    if c.type != "PROTEST" or c.kind != "noun":
        return False
    head = c.head
    if head.dep_ == "compound":
        return head.head.lemma_.lower() in _PROTEST_ROLES
    return (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _PROTEST_ROLES
    )


def _sentences(doc: Doc) -> dict[int, Span]:
    """Each token's sentence, by token index, read in one pass over the sentences (linear)."""
    out: dict[int, Span] = {}
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            out[i] = sent
    return out
