"""Events mentioned rather than happening: titles of documents, an event repeated by a later
noun, participles that describe ("the arrested students"), settings fronted before the main act
("During the 2019 protests, …") and dates that only set the scene.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tally.extract.context import (
    token_texts,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _SUBJECT_DEPS, _issuer
from tally.extract.events.lemmas import verb_lemma
from tally.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Words right before a quoted title: "a report *titled* '…'", "a story *headlined* '…'", "its
#: *report* '…'" (the document nouns also when a comma sets the title off: "the report, '…'").
_TITLE_CUES = frozenset({"titled", "entitled", "headlined", "dubbed", "subtitled", "captioned"})
_DOCUMENT_NOUNS = frozenset(
    {"report", "story", "article", "study", "documentary", "film", "book", "briefing", "paper"}
    | {"statement", "letter", "headline", "editorial", "column", "podcast", "episode", "dossier"}
)
_OPENING_QUOTES = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
#: The longest title read (tokens): a longer quoted stretch is speech, not a name.
_TITLE_TOKENS = 16


def _title_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """Token spans (start, end, index of the word before) of quoted titles of reports, stories
    and films: "In a report titled '*Crackdown in Harare*', …", "its report '*Shoot to Kill*'". A title names a document, not an
    event the sentence reports, though its words ("Crackdown", "Massacre", "Killings") are
    event nouns. One pass over the tokens; each title is read at most ``_TITLE_TOKENS`` ahead."""
    spans: list[tuple[int, int, int]] = []
    texts = token_texts(doc)  # no Token per word
    n = len(texts)
    i = 0
    while i < n:
        closing = _OPENING_QUOTES.get(texts[i])
        if closing is None or not _before_title(doc, i):  # 0: no title cue
            i += 1
            continue
        end = next((j for j in range(i + 1, min(n, i + _TITLE_TOKENS + 2)) if texts[j] == closing), None)
        if end is None:
            i += 1
            continue
        spans.append((i + 1, end, _before_title(doc, i)))
        i = end + 1
    return spans


def _before_title(doc: Doc, i: int) -> int:
    """The index of the naming verb or document noun before the quote mark at token *i* when
    the mark opens a title, else 0 (no title starts a text)."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1  # "the report, 'Shoot on Sight', …"
    if j < 0:
        return 0
    word = doc[j].lower_
    if word in _TITLE_CUES or (doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in _DOCUMENT_NOUNS):
        return j
    return 0


def _document_owner(doc: Doc, cue: int) -> Token | None:
    """Whose the titled document is: "*Amnesty International's* report, '…'"."""
    noun = doc[cue].head if doc[cue].lower_ in _TITLE_CUES else doc[cue]
    return event_syntax.child(noun, "poss")


def _drop_titles(cands: list[_Cand]) -> list[_Cand]:
    """Leave out events whose trigger lies inside a quoted title of a report or story."""
    if not cands:
        return cands
    doc = cands[0].head.doc
    spans = _title_spans(doc)
    if not spans:
        return cands
    kept = [c for c in cands if not any(a <= c.head.i < b for a, b, _cue in spans)]
    for c in kept:
        inside = next((cue for a, b, cue in spans if c.actor is not None and a <= c.actor.i < b), None)
        if inside is not None:  # "the report, 'Killings of Protesters', condemned": the report's owner acts
            c.actor = _document_owner(doc, inside)
    return kept


def _repeats(cands: list[_Cand]) -> list[_Cand]:
    """ "Thousands protested … The protest was the largest in years": a definite event noun with
    no actor or target of its own, of the type of an event in the same or the previous sentence,
    is that event named again, not a new one (what it says of place and date has reached the
    first mention through :func:`_resolve_anaphora`)."""
    out: list[_Cand] = []
    repeated: list[_Cand] = []
    for c in cands:
        # protest nouns only: "the protest", "the rally" restate a count a monitor sums, while a
        # RAMS-style reader still wants "the massacre" as a mention of its attack
        definite = (
            c.kind == "noun"
            and c.type == "PROTEST"
            and any(
                ch.dep_ in {"det", "poss"} and ch.lower_ in {"the", "this", "that", "these", "those"}
                for ch in c.head.children
            )
        )
        if definite and c.actor is None and c.target is None:
            sent = c.head.sent
            if any(o.type == c.type and (o.head.sent == sent or o.head.sent.end == sent.start) for o in out):
                repeated.append(c)
                continue
        out.append(c)
    return repeated


def _resolve_anaphora(cands: list[_Cand], events: list[Event]) -> list[Event]:
    """ "146 people were arrested … Tehran's police chief said the arrests were …": the definite
    event noun in the next sentence is the same event, so what it says of place and date fills
    what the first mention lacks (and the evidence covers both sentences)."""
    out = list(events)
    for i, (cand, event) in enumerate(zip(cands, events, strict=True)):
        if cand.kind != "noun" or not any(
            ch.dep_ in {"det", "poss"} and ch.lower_ in {"the", "these", "those", "this", "that"}
            for ch in cand.head.children
        ):
            continue
        sent = cand.head.sent
        for j in range(i - 1, -1, -1):
            prev_cand, prev = cands[j], out[j]
            prev_sent = prev_cand.head.sent
            if prev_sent.end != sent.start and prev_sent != sent:
                if prev_sent.end < sent.start:
                    break
                continue
            if prev_sent == sent or (prev.type, prev.mode) != (event.type, event.mode):
                continue
            update: dict[str, object] = {}
            if prev.place is None and event.place is not None:
                update["place"] = event.place
            if prev.date is None and event.date is not None:
                update["date"] = event.date
            if update:
                update["evidence"] = (
                    min(prev.evidence[0], event.evidence[0]),
                    max(prev.evidence[1], event.evidence[1]),
                )
                out[j] = prev.model_copy(update=update)
            break
    return out


def _descriptive_participle(c: _Cand) -> bool:
    """ "the striking miners", "the occupying forces", "wounded civilians": a participle that
    describes a noun (``amod``) names who the noun is, not an act the sentence reports."""
    return (
        (c.kind == "verb" and c.head.dep_ == "amod" and c.head.tag_ in {"VBG", "VBN"})
        or _nominal_participle(c)
        or _reduced_passive(c)
    )


def _reduced_passive(c: _Cand) -> bool:
    """ "the mother of a teenager *killed in Hebron*", "families of the *disappeared*": a past
    participle after its noun with no agent says what befell the people the noun names (who
    they are), as "the detained students" does; with an agent ("a teenager killed *by
    soldiers*") it names a doer and stays an event."""
    tok = c.head
    return (
        c.kind == "verb"
        and tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.i > tok.head.i
        and not any(d.dep_ in {"agent", "dobj", "nsubj", "nsubjpass"} for d in tok.children)
    )


def _nominal_participle(c: _Cand) -> bool:
    """ "lawyers for *the accused*", "the families of *the disappeared*": a past participle that
    stands as a noun for the people it describes (a prepositional object with "the" and no
    argument of its own) names who they are, as "the detained students" does."""
    tok = c.head
    return (
        c.kind == "verb"
        and tok.tag_ == "VBN"
        and tok.dep_ == "pobj"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)
        and not any(d.dep_ in {"dobj", "nsubj", "nsubjpass", "agent"} for d in tok.children)
    )


def _argument_noun(noun: Token) -> Token:
    """The argument a noun is part of through "of" and "for" phrases: "the families *of the
    students*", "dozens *of protesters*" and "lawyers *for the editor*" are arguments as
    "families", "dozens" and "lawyers" are."""
    for _ in range(3):
        prep = noun.head
        if (
            noun.dep_ != "pobj"
            or prep.lower_ not in {"of", "for"}
            or prep.head.pos_ not in {"NOUN", "PROPN", "NUM"}
        ):
            break
        noun = prep.head
    return noun


def _coerced_demonstration(c: _Cand) -> bool:
    """A demonstration someone is forced into is no demonstration: in "beat a vendor and forced him
    to chant slogans" the vendor's chanting is part of the attack on him (ACLED's demonstrators act
    of their own will); who forced him is told by the attack's own verb."""
    return (
        c.type == "PROTEST" and c.kind in {"verb", "object"} and event_syntax.made_to_act(c.verb) is not None
    )


def _drop_descriptive_participles(cands: list[_Cand]) -> list[_Cand]:
    """Leave out a descriptive participle on the subject of another event's verb.

    "The striking miners threatened to occupy the mines" reports a threat; the
    strike is who the miners are. So does "the families of *detained* students
    appealed …" (the participle inside the subject's "of" phrase). On an object
    ("medics treated *wounded* civilians") the participle is kept: it may be the
    only trace of the act, and it comes after the event the sentence reports.
    """
    verbs = {c.verb.i for c in cands if not _descriptive_participle(c)}

    def describes_party(c: _Cand) -> bool:
        noun = _argument_noun(c.head if _nominal_participle(c) else c.head.head)
        return noun.dep_ in _SUBJECT_DEPS and noun.head.i in verbs

    # round 22: a demonstration or a statement "in solidarity with *detained* protesters", "in
    # support of the families of *jailed* activists" names whom it is for, not an arrest
    causes = {
        i
        for c in cands
        if (c.type == "PROTEST" or c.type in _STATEMENT_TYPES) and not _descriptive_participle(c)
        for i in (c.verb.i, c.head.i)
    }

    def names_cause(c: _Cand) -> bool:
        if c.kind != "verb" or c.head.dep_ != "amod":
            return False
        tok = c.head.head
        for _ in range(4):  # "the families *of* jailed activists", bounded
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return False
            tok = tok.head.head
            if tok.i in causes:
                return True
        return False

    dropped = [c for c in cands if _descriptive_participle(c) and (describes_party(c) or names_cause(c))]
    # "a farmer killed *in the raid*": what the dropped relative tells is background too
    inside = {t.i for c in dropped if _reduced_passive(c) for t in c.head.subtree}
    return [
        c for c in cands if not any(c is d for d in dropped) and not (c.kind == "noun" and c.head.i in inside)
    ]


#: Dependents of a clause's verb that set the scene before its subject: "Despite the clashes, …",
#: "Fearing an attack, …", "Meeting in Lusaka, …", "In response to the coup, …".
_SETTING_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


#: Prepositions that place an earlier or later event of its own: "after", "following", "before".
_SEQUENCE_PREPS = frozenset({"after", "following", "before", "since", "until", "during"})
#: How far below the main verb a setting's event may sit: "Despite *the clashes*" (2),
#: "Faced with mounting *protests*" (3); "in the wake of the Orlando massacre" inside a
#: longer clause is an event told in passing, not the setting itself.
_SETTING_DEPTH = 3


def _fronted_setting(c: _Cand) -> Token | None:
    """The main verb of the sentence when *c* lies in a setting fronted before its subject.

    A phrase or participle clause put before the subject ("Despite the recent
    clashes, the prime minister said …", "Fearing an attack, the government
    deployed troops") names what the sentence takes as known or feared; the
    sentence reports what its subject does.
    """
    root = c.head.sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    if _dating_apposition(c, root):
        return root
    subj = event_syntax.child(root, "nsubj", "nsubjpass")
    if subj is None:
        return None
    if _in_subject_aside(c, subj, root):
        return root
    subj_start = min(t.i for t in subj.subtree)
    if max(t.i for t in [c.head, *c.tokens]) >= subj_start:
        return None
    branch = c.head
    for _ in range(_SETTING_DEPTH - 1):  # climb to the dependent of the main verb holding the candidate
        if branch.head.i == root.i or branch.head.i == branch.i:
            break
        branch = branch.head
    if branch.head.i != root.i or branch.dep_ not in _SETTING_DEPS:
        return None  # deeper: an event named in passing inside the setting's own story, kept
    if branch.dep_ == "prep" and branch.lower_ in _SEQUENCE_PREPS and not _known_occasion(c):
        return None  # "following the arrest of a journalist, …": an earlier event of its own
    if (
        branch.dep_ == "advcl"
        and event_syntax.child(branch, "nsubj", "nsubjpass") is not None
        and not _running_occasion(c, branch)
    ):
        return None  # "When the regime cut off the internet, …": a clause telling its own event
    return root


def _dating_apposition(c: _Cand, root: Token) -> bool:
    """A known protest named in a phrase of time set off by commas before the main verb: "On 27
    March, *the deadliest day of the protests*, security forces killed …" (round 22). The phrase
    dates the sentence by an event already told, as "During the protests, …" does; the parser
    may hang it anywhere (as a second subject), so the commas and the order decide."""
    if c.kind != "noun" or c.type != "PROTEST" or c.head.i >= root.i or not _known_occasion(c):
        return False
    of = c.head.head
    if c.head.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in event_syntax.SPAN_NOUNS:
        return False
    span = list(of.head.subtree)
    first, last = span[0].i, span[-1].i
    doc = c.head.doc
    return first > 0 and doc[first - 1].text == "," and last + 1 < root.i and doc[last + 1].text == ","


#: Determiners that point back to an event the reader already knows: "the march", "these protests".
_DEFINITE_DETS = frozenset({"the", "this", "these", "that", "those"})


def _known_occasion(c: _Cand) -> bool:
    """An event noun named as the occasion the sentence's act belongs to, with none of its own
    participants: "During *Friday's protests* in Bamako, …", "Two days after *the march*, …",
    "Following *Sunday's rally*, …".

    A definite noun ("the", "these", a day's or a place's possessive) with nothing else repeats
    an event the story already told (PLOVER codes one event per report, not the noun that dates it); one that names who
    did it or to whom ("after the arrest *of a journalist*", "following *the army's* assault")
    tells an earlier event of its own and stays one.
    """
    if c.kind != "noun" or not all(_own_word(c.head, t) for t in c.tokens):
        return False  # "the state of emergency": one noun with its own words
    if not any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in _DEFINITE_DETS) for d in c.head.children):
        return False  # "during a demonstration in Nairobi": a new one, told in passing
    for dep in c.head.children:
        if dep.dep_ == "poss" and not (event_syntax.is_time(dep) or dep.ent_type_ in {"GPE", "LOC", "FAC"}):
            return False  # "the army's assault": a participant
        if dep.dep_ == "prep" and dep.lower_ in {"of", "by", "between", "against", "on"}:
            return False  # "the arrest of a journalist", "clashes between police and students"
        if dep.dep_ in {"amod", "compound"} and dep.pos_ in {"NOUN", "PROPN"} and event_syntax.is_party(dep):
            return False  # "the opposition rally", "student protests": whose it was ("national": no one)
    return True


def _simultaneous(c: _Cand) -> bool:
    """Whether a noun names what goes on while the sentence's act happens ("*during* the
    protests", "as the protests *continued*"), not what came before or after it."""
    head = c.head.head
    return (c.head.dep_ == "pobj" and head.lower_ == "during") or (
        c.head.dep_ == "nsubj" and verb_lemma(head) in _RUNNING_VERBS
    )


def _own_word(noun: Token, tok: Token) -> bool:
    """A word of a one-noun trigger: the noun, the first half of a hyphened noun ("stay-away"),
    or a modifier that names no party ("the *general* strike")."""
    if tok.i == noun.i or (tok.i == noun.i - 2 and noun.doc[noun.i - 1].text == "-"):
        return True
    if tok.head.i != noun.i or tok.dep_ not in {"amod", "compound"}:
        return False
    return tok.pos_ not in {"NOUN", "PROPN"} or not event_syntax.is_party(tok)


#: Verbs that say an event goes on, with no act of their own: "as the protests *continued*".
_RUNNING_VERBS = frozenset(
    {"continue", "enter", "drag", "rage", "wear", "spread", "grow", "intensify", "persist"}
)


def _running_occasion(c: _Cand, clause: Token) -> bool:
    """A definite event noun said only to go on, in a fronted clause: "As *the demonstrations*
    continued, soldiers fired …", "As *the stay-away* entered its second day, police …": the
    clause dates the main act by an event already told; it reports no new one."""
    return (
        c.head.dep_ == "nsubj"
        and c.head.head.i == clause.i
        and verb_lemma(clause) in _RUNNING_VERBS
        and _known_occasion(c)
    )


def _in_subject_aside(c: _Cand, subj: Token, root: Token) -> bool:
    """*c* is told in an aside on the main subject: "Hamas, which seized power in 2007, urged …".

    A relative clause set off by a comma (non-restrictive) describes who the
    subject is; the candidate is its verb or one of that verb's own dependents.
    """
    if c.head.i >= root.i:
        return False
    doc = subj.doc
    for rel in subj.children:
        if rel.dep_ != "relcl" or rel.i > root.i:
            continue
        first = min(t.i for t in rel.subtree)
        if first == 0 or doc[first - 1].text != ",":
            continue  # restrictive: "the soldiers who shot the students were arrested"
        if c.head.i == rel.i or c.head.head.i == rel.i or c.verb.i == rel.i:
            return True
    return False


def _drop_fronted_settings(cands: list[_Cand]) -> list[_Cand]:
    """Leave out an event named in a fronted setting or an aside on the subject when the
    clause around it reports one of its own."""
    settings = {id(c): _fronted_setting(c) for c in cands}
    main = {c.head.sent.start for c in cands if settings[id(c)] is None}
    return [c for c in cands if settings[id(c)] is None or c.head.sent.start not in main]


_YEAR = re.compile(r"(1[6-9]|20)[0-9]{2}")


#: Years before the year of writing from which a year-dated event is history the story recalls:
#: "the November 2019 protests" in an article of 2020 is what it reports on (a monitor's retrospective,
#: an anniversary piece), "the 1988 massacre" or "the 1994 genocide" is background.
RECALLED_YEARS = 2


def _dated_by_year(noun: Token, written: int | None = None) -> bool:
    """An event noun dated by a year: "the 1994 genocide", "the September 11, 2001 attacks", "the
    purges of 1937", "the war in 1971": a year names a past event recalled, not one the story
    reports (a day's date, "Tuesday's attack", does not count). With the year of writing known,
    only a year at least :data:`RECALLED_YEARS` before it counts."""
    for dep in noun.children:
        years = []
        if dep.dep_ in {"nummod", "compound", "amod", "npadvmod", "nmod"}:
            years = [t.text for t in dep.subtree if _YEAR.fullmatch(t.text)]
        elif dep.dep_ == "prep" and dep.lower_ in {"of", "in"}:
            year = event_syntax.child(dep, "pobj")
            years = [year.text] if year is not None and _YEAR.fullmatch(year.text) else []
        if any(written is None or int(y) <= written - RECALLED_YEARS for y in years):
            return True
    return False


def _reference_point(c: _Cand, written: int | None = None) -> bool:
    """An event noun named only as a memory or a point in time, not an event of the sentence
    (round 38): one dated by a year ("the 1994 *genocide*", "the 2012 *attack*", "the September
    11, 2001 *attacks*"), or one in the "of"-phrase of a noun of the time around an event ("in the
    wake of *the massacre*", "the anniversary of *the bombing*", "in the aftermath of *the
    bombing*"; ``reference_point_nouns.txt``), up through "of"-phrases of quantity ("the
    anniversary of the start of *the protests*").

    A definite noun after "after/since/before/following" ("resigned after his arrest") is mostly a
    reference point too on fresh text, but dropping it moved a labelled held half: not a rule yet
    (README, thirty-eighth round).
    """
    if c.kind != "noun":
        return False
    noun = c.head
    if _dated_by_year(noun, written):
        return True
    tok = noun
    for _ in range(3):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
            return False
        if prep.head.lemma_.lower() in event_lexicon.REFERENCE_POINT_NOUNS:
            return True
        if prep.head.pos_ not in {"NOUN", "NUM"}:
            return False
        tok = prep.head
    return False


#: PLOVER types of statements and stances, which ACLED never codes as events.
_STATEMENT_TYPES = frozenset(
    {"DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "CONSULT", "INVESTIGATE", "AID", "COOPERATE", "CONCEDE"}
)


def _describes_participant(c: _Cand, parties: Counter[int]) -> bool:
    """A statement told as a participle describing a party of another event is no event of its own.

    "Protesters *demanding* the governor's resignation were dispersed by police", "a man
    *accused* of theft was lynched", "the army, *backed* by Rwandan troops, regained the town":
    the participle says who the protesters, the victim or the army are; the sentence reports the
    dispersal, the lynching, the recapture (and an event coder reads that one first).

    :param parties: how many times each token is an actor or target of the kept events.
    """
    if c.kind not in {"verb", "phrasal"} or c.type not in _STATEMENT_TYPES:
        return False
    if c.head.dep_ not in {"acl", "amod"} or c.head.tag_ not in {"VBG", "VBN"}:
        return False
    if _issuer(c.head) is not None:
        return False  # "adopted a resolution condemning …": the text speaks for its issuer
    # the noun counts when it is a party of this statement too ("protesters *demanding* …":
    # the protesters are its actor), so a participle on a party is never an event of its own
    return parties[c.head.head.i] > 0


def _attacked_unit(c: _Cand, attacked: set[int]) -> bool:
    """A unit noun that another event attacks names the unit, not a deployment: "a crowd attacked
    *a patrol*", "gunmen ambushed *a convoy*" (the attack is the event; the patrol is its target,
    as ACLED codes it, not a "Change to group/activity" of its own)."""
    return c.kind == "noun" and c.type == "MOBILIZE" and c.head.i in attacked


def _acting_body(c: _Cand, actors: set[int]) -> bool:
    """A meeting noun that is another event's actor names a body, not a meeting: "the bishops'
    *conference* defended …", "the Arab *summit* urged Israel to withdraw" (those met act as
    one; their act is the event), as "the Organisation of Islamic Cooperation" is no talks."""
    return c.kind == "noun" and c.type == "CONSULT" and c.head.dep_ in _SUBJECT_DEPS and c.head.i in actors


def _violence_by_head(kept: list[_Cand]) -> dict[int, list[_Cand]]:
    """The ASSAULT and FIGHT candidates of *kept* by their head's index, read once per article:
    :func:`_setting_of_violence` looked through every candidate for each noun, quadratic on a long
    text of violence."""
    out: dict[int, list[_Cand]] = {}
    for o in kept:
        if o.type in {"ASSAULT", "FIGHT"}:
            out.setdefault(o.head.i, []).append(o)
    return out


def _setting_of_violence(c: _Cand, violent: dict[int, list[_Cand]]) -> bool:
    """ "killed in a gunbattle": the noun is where the killing happened, not a second event."""
    if c.kind != "noun" or c.type not in {"ASSAULT", "FIGHT"} or c.head.dep_ != "pobj":
        return False
    verb = c.head.head.head
    return any(o is not c for o in violent.get(verb.i, ()))
