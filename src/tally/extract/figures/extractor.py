"""Figures: counts of killed, arrested, executed, protesters and places, with their sources.

A monitor needs every count in a report with its hedging ("at least",
"thousands"), what it counts, when and where the counted thing happened, and
who asserts, confirms or disputes it. The steps:

1. :mod:`._numbers` finds number phrases in the tokens (digits, number words,
   vague plurals, hedges, ranges).
2. Phrases that are not counts are dropped: years, dates, ages, money,
   percentages, times, phone numbers, durations and measures, totals of a
   partitive ("26 of Colombia's 32 departments").
3. The category comes from the dependency parse: the noun the number counts
   ("116 arrests"), the verb above it ("massacred 1,500 protesters", "were
   taken into custody", "died of the coronavirus"), a total noun ("the death
   toll of 1500"); and, when the parse fails, from the words right after the
   number ("39 people were killed and 361 injured").
4. Sources: the subject of a reporting verb above the count ("X reported 116
   arrests", "…, police said"), ``according to``, "announced by X" on the
   counted noun, a quote's speaker, an embedded post's author, and a later
   reference to the count ("Rahimi said that the arrests…", "called the figure
   exaggerated"). Confirming and denying verbs make ``confirmed_by`` and
   ``disputed_by``. Sources the NER missed are registered in the entity index.
5. Date and place: the nearest date or place of the clause that is not the
   date of the report, else the event context (the sentences before).
6. The same count repeated in the article is one figure (the first span), with
   the sources of every mention.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tally.extract.context import (
    doc_text,
    entity_bounds,
    token_ent_types,
    token_flags,
    token_lemmas,
    token_lowers,
    token_texts,
)
from tally.extract.events.lemmas import verb_lemma
from tally.extract.figures import words as figure_words
from tally.extract.figures.numbers import SCALES, TENS, UNITS, VAGUE, NumberPhrase, find_number_phrases
from tally.extract.figures.sources import (
    attribute,
    attribute_from_colon_lead,
    attribute_from_list_lead_in,
    attribute_from_pointing_sentence,
    attribute_from_previous_sentence,
    attribute_from_set_off_reporting_clause,
    attribute_from_table_lead_in,
    attribute_later_references,
    attribute_part_as_its_whole,
    attribute_part_counted_by,
    attribute_people_to_their_body,
    attribute_to_charging_authority,
    attribute_to_document_issuer,
    attribute_to_piece_writer,
    attribute_to_reporting_place,
    date_for,
    merge_figures,
    place_for,
    quote_speakers,
    source_span,
)
from tally.extract.places import words as place_words
from tally.lexicons import is_person_noun
from tally.nlp.syntax import partitive_whole
from tally.records import Figure

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)

#: How many sentences back the "event context" of a count reaches when its own
#: sentence names no date or place ("Last November, … . In order to …,
#: the mullahs massacred 1,500 protesters"). Two covers a lead sentence and one
#: paragraph break; further back the dates belong to other events.
CONTEXT_SENTENCES = 2

#: Climbing the parse from a number to the word that decides its category stops
#: after this many heads: deeper, the verb belongs to another clause.
MAX_HOPS = 5

_ROLES = ("asserted", "confirmed", "disputed")


@dataclass
class _Draft:
    phrase: NumberPhrase
    start: int
    end: int
    category: str
    subject: str | None
    anchor: Token
    chain_start: Token
    negated: bool
    sources: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: {r: [] for r in _ROLES})
    refs: list[Span] = field(default_factory=list)  # sentences that refer back to it
    date: str | None = None
    place: str | None = None
    evidence: tuple[int, int] = (0, 0)
    restates: _Draft | None = None  # the count told before that this one, written with "the", names again
    # the running total ("it", "the list") this count gives the new value of: the count told
    # before it ("… recognised 40. By June the list had grown to 210"), or the total noun of its
    # sentence ("said the number of people detained was higher, putting it at 800")
    running_of: _Draft | None = None
    taken_up: Token | None = None
    # a count of what its possessor has ("her five nephews", "his 300 canvases"): the outlet's own
    # description of someone, whoever speaks around it (round 48)
    owned: bool = False


def extract_figures(ctx: ExtractContext) -> list[Figure]:
    """Find the counts of people and places in *ctx.doc*, with category and source chain.

    :param ctx: the parsed article; uses ``doc`` (parse, NER), ``entities``
        (sources are resolved to, and missing ones added to, the index),
        ``dates``, ``places``, ``quotes`` and ``embedded`` when present.
    """
    doc = ctx.doc
    words = token_lowers(doc)
    phrases = find_number_phrases(words)
    by_start = {p.core_start: p for p in phrases}
    speakers = quote_speakers(ctx)
    drafts: list[_Draft] = []
    read: list[_Draft] = []  # every count read, also the corrected ones a later count may restate
    given: dict[tuple[float, float | None], _Draft] = {}  # the first count kept of each value
    for phrase in phrases:
        phrase = _hedged_by_its_verb(doc, _without_particle(doc, phrase))
        if _not_a_count(ctx, phrase, words):
            continue
        previous = read[-1] if read else None
        earlier = previous if previous is not None and _same_passage(ctx, previous, phrase) else None
        if previous is not None and previous.chain_start.sent != doc[phrase.start].sent:
            previous = None
        if (
            previous is not None
            and previous.category == "places"
            and (_part_of_people(doc, words, phrase) or _part_of_those_placed(doc, phrase, previous))
        ):
            previous = _people_before(read, previous)
        if earlier is not None and earlier.category == "places" and _part_of_people(doc, words, phrase):
            # "… the arrests of 820 people in five provinces. Among them were 45 women": the people
            earlier = _people_before(read, earlier) or earlier
        draft = _read(doc, phrase, words, by_start, previous, earlier)
        if draft is None:
            continue
        if (
            draft.category in {"other", "protesters"}
            and (whole := _total_listing(doc, phrase, read)) is not None
        ):
            draft.category = whole.category  # "raised the toll to 72, a figure that includes 59 protesters"
        read.append(draft)
        if _corrected(doc, words, phrase):
            continue  # "the toll is 57, not 75": the 75 is no figure, but "the correct number is 9" restates it
        key = (draft.phrase.value, draft.phrase.value_max)
        told = given.get(key)
        if (
            told is not None
            and _definite(draft.chain_start)
            and _names_the_same_people(told, draft)
            # "(… two in Bambeto were killed.) … took my two sons": the dead are not taken or hurt after
            and not (
                told.category in _DEATH_OR_KILLED | {"executed"}
                and draft.category in _HELD_CATEGORIES | {"injured"}
            )
            # not "and the same number injured": a count of its own, only of the same value
            and any(doc[k].like_num for k in range(draft.phrase.core_start, draft.phrase.core_end))
        ):
            # "(Police arrested 187 people.) … release the 187 detainees": that count, named again,
            # merges with it (and brings its own source) whatever its own verb says of them
            draft.category, draft.subject, draft.restates = told.category, told.subject, told
        given.setdefault(key, draft)
        draft.evidence = ctx.sentence_span(draft.start, draft.end)
        attribute(ctx, draft, speakers)
        _attribute_as_its_total(ctx, draft, speakers)
        drafts.append(draft)
    _share_list_categories(doc, drafts)
    for n, draft in enumerate(drafts):
        after = (d for d in drafts[n + 1 :] if not _included_in(doc, d, draft) and not _an_earlier_count(d))
        nxt = next((d.start for d in after), len(doc_text(doc)))
        taken_up = _whole_in_sentence_before(drafts, n)
        if taken_up is not None:
            # "The figure, given by the service, is up from 440. Of those treated, 65 were taken to
            # hospital": the part takes up the count just told, before any later sentence is read
            attribute_part_as_its_whole(draft, taken_up)
        if not _an_earlier_count(draft):
            # "…, raising an earlier toll of 11. The revised figure was given by …": not that one's
            attribute_later_references(ctx, draft, nxt)
        attribute_from_table_lead_in(ctx, draft)
        whole = _whole_of_part(doc, drafts, n)
        if whole is not None:
            attribute_part_as_its_whole(draft, whole)
        attribute_part_counted_by(ctx, draft)
        attribute_from_set_off_reporting_clause(ctx, draft)
        attribute_from_previous_sentence(ctx, draft)
        attribute_from_pointing_sentence(ctx, draft)
        attribute_from_colon_lead(ctx, draft)
        attribute_from_list_lead_in(ctx, draft)
        attribute_to_reporting_place(ctx, draft)
        attribute_to_charging_authority(ctx, draft)
        attribute_to_document_issuer(ctx, draft)
        attribute_people_to_their_body(ctx, draft)
        if draft.running_of is not None:
            # "Viasna recognised 40 people as political prisoners. By June the list had grown to
            # 210": the list is the one whose first count was told, and its keeper's
            attribute_part_as_its_whole(draft, draft.running_of)
            if not draft.sources["asserted"] and (keeper := _keeper(draft.running_of)) is not None:
                span = source_span(ctx, keeper)
                if span is not None:
                    draft.sources["asserted"].append(span)
        attribute_to_piece_writer(ctx, draft)
        if draft.owned:
            # "A porter said he could not pay the rent for his two flats": the count
            # describes him; the article, not he or a speaker near it, tells it
            draft.sources = {r: [] for r in _ROLES}
    for draft in drafts:
        draft.date = date_for(ctx, draft)
        draft.place = place_for(ctx, draft)
    _align_headline(doc_text(doc), drafts)
    return merge_figures(ctx, drafts)


#: Verbs by which a body keeps a list of people: "Viasna recognised 25 people as political prisoners".
_LIST_KEEPING_VERBS = frozenset(
    {"recognise", "recognize", "count", "record", "document", "register", "list", "verify", "compile"}
)


def _keeper(draft: _Draft) -> Token | None:
    """The named body that keeps the list a running total goes on with: the subject of the verb
    of keeping the list's first count is the object of ("Viasna recognised 25 people as political
    prisoners. By 2021 the list had grown to 169")."""
    tok = draft.chain_start
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _LIST_KEEPING_VERBS:
        return None
    return next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _attribute_as_its_total(
    ctx: ExtractContext, draft: _Draft, speakers: list[tuple[int, int, tuple[int, int]]]
) -> None:
    """ "X said the number of people detained was far higher than official figures suggested,
    putting it at more than 800": a count "it" sets, whose total is named in its own sentence, is
    given by whoever gives that total (the parser may hang "putting it at" on a nearer clause of
    comparison, whose subject says nothing of the count)."""
    total = draft.taken_up
    if total is None or total.sent != draft.chain_start.sent:
        return
    probe = _Draft(
        phrase=draft.phrase,
        start=draft.start,
        end=draft.end,
        category=draft.category,
        subject=draft.subject,
        anchor=total,
        chain_start=total,
        negated=draft.negated,
    )
    attribute(ctx, probe, speakers)
    if probe.sources["asserted"]:
        draft.sources = probe.sources


#: What a list of counts shares: the categories its verb or noun of harm gives each of its people
_LISTED_CATEGORIES = frozenset(
    {"killed", "injured", "arrested", "detained", "executed", "disappeared", "deaths"}
)


def _share_list_categories(doc: Doc, drafts: list[_Draft]) -> None:
    """Counts of people listed together ("24 civilians, 24 fighters and 25 militiamen were
    killed") are all what the list's verb or noun makes them: a listed count left at "other"
    takes the category of another count of the same list, when the parser cut it off the list.
    Only people (or bare numbers): "killed 30 people and 40 cattle" lists no toll's part."""
    by_sentence: dict[int, list[_Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.chain_start.sent.start, []).append(draft)
    for items in by_sentence.values():
        changed = len(items) > 1
        while changed:  # each pass settles one more item, and a sentence holds few counts
            changed = False
            for part in items:
                if part.category != "other" or not _listed_person(part.chain_start):
                    continue
                other = next(
                    (
                        o
                        for o in items
                        if o is not part
                        and o.category in _LISTED_CATEGORIES
                        and _listed_together(doc, part, o)
                    ),
                    None,
                )
                if other is not None:
                    part.category = other.category
                    changed = True


def _listed_person(tok: Token) -> bool:
    """A bare number or a noun of people, not of cases or charges ("25,000 cases and 200
    deaths": the cases are no part of the toll)."""
    return tok.like_num or (_is_person(tok) and tok.lemma_.lower() not in _CASE_NOUNS | _LEGAL_COUNT_NOUNS)


def _list_head(tok: Token) -> Token:
    """The first item of the list *tok* is in: up its conjuncts, and past an apposition the
    parser took for the next item's head ("27 minors, the youngest of them 14, and 85 women")."""
    for _ in range(MAX_HOPS):
        joined = tok.dep_ == "conj" or (tok.dep_ == "appos" and tok.head.pos_ in {"NOUN", "PROPN"})
        if not joined or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


_LIST_GLUE = frozenset({",", "and"})


def _listed_together(doc: Doc, part: _Draft, other: _Draft) -> bool:
    """*part* and *other* are items of one list of counts: one list by the parse (conjuncts, or
    conjuncts with an apposition between), or *part* comes right before *other*, only commas and
    "and" between, in a list whose first item the parser hung on the verb of saying through a
    preposition ("says at 24 civilians, 24 fighters, and 25 militiamen have been killed")."""
    a, b = part.chain_start, other.chain_start
    if (a.dep_ == "conj" or b.dep_ == "conj") and _list_head(a) == _list_head(b):
        return True
    if not 0 < other.phrase.start - a.i - 1 <= len(_LIST_GLUE):
        return False
    first = _list_head(a)
    return (
        all(t.lower_ in _LIST_GLUE for t in doc[a.i + 1 : other.phrase.start])
        and first.dep_ == "pobj"
        and first.head.head.lemma_.lower() in figure_words.REPORT_VERBS
    )


def _whole_of_part(doc: Doc, drafts: list[_Draft], n: int) -> _Draft | None:
    """The count of the same sentence that ``drafts[n]`` is a part of ("88, including 11 children"),
    read back only through the counts of that sentence."""
    part = drafts[n]
    for k, whole in enumerate(reversed(drafts[:n])):
        if whole.chain_start.sent.start != part.chain_start.sent.start:
            return None
        if _included_in(doc, part, whole):
            return whole
        if k == 0 and (_set_off_pronoun_part(doc, part.phrase) or _gapped_after_part(part, whole)):
            # "46 people have died since the protests began on 7 December, 39 of them in clashes and
            # seven in road accidents": the parser hangs the part on the date of the clause between,
            # but a part set off by "N of them" takes the count just before it in its sentence, however
            # far back, and the gapped count after it goes on with that part
            return whole
    return None


#: Words that open a sentence taking up the people of the count before as a whole: "Of those
#: treated, …", "Among the dead are …".
_TAKING_UP_PREPS = frozenset({"of", "among"})
_TAKING_UP_WORDS = frozenset({"the", "those", "these", "them"})


def _whole_in_sentence_before(drafts: list[_Draft], n: int) -> _Draft | None:
    """The count of the sentence before that ``drafts[n]`` is a part of when its sentence opens by
    taking up those people ("Of those treated, 65 were taken to hospital", "Of the civilians
    injured, 26 had gunshot wounds", "Among the dead are four soldiers"), names no count in that
    opening (not "Of the 25 men tried, 11 …", whose whole is its own) and the sentence before, in
    the same paragraph, has a count with a source. Where that sentence's counts have different
    sources, the one of the part's category; else none."""
    part = drafts[n]
    doc = part.chain_start.doc
    sent = part.chain_start.sent
    if sent.start == 0 or len(sent) < 3:
        return None
    opener = doc[sent.start]
    if opener.lower_ not in _TAKING_UP_PREPS or doc[sent.start + 1].lower_ not in _TAKING_UP_WORDS:
        return None
    opening_end = opener.right_edge.i
    if part.phrase.start <= opening_end or any(t.like_num for t in doc[sent.start : opening_end + 1]):
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char : sent.start_char]:
        return None  # a new paragraph
    wholes = [
        d
        for d in drafts[max(0, n - _WHOLE_BEFORE_REACH) : n]
        if d.chain_start.sent.start == prev.start and d.sources["asserted"]
    ]
    if not wholes:
        return None
    if all(w.sources["asserted"] == wholes[0].sources["asserted"] for w in wholes):
        return wholes[0]
    return next((w for w in wholes if w.category == part.category), None)


#: How many counts back the count a next sentence takes up may stand.
_WHOLE_BEFORE_REACH = 6


def _set_off_pronoun_part(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether the count at *phrase* opens a part set off by a comma and taken by a pronoun: ", 39 of
    them …", ", 14 of whom …" (the count it is a part of being the one before it in the sentence)."""
    first = phrase.start
    after = [t.lower_ for t in doc[phrase.end : phrase.end + 2]]
    return first > 0 and doc[first - 1].text == "," and after in (["of", "them"], ["of", "whom"])


def _gapped_after_part(part: _Draft, before: _Draft) -> bool:
    """Whether *part* is the count of a gapped clause that goes on from the part *before*: "39 of
    them in clashes and seven in road accidents" (the second count a conjunct under the first's
    phrase, with no verb of its own)."""
    doc = part.chain_start.doc
    first, gap = part.phrase.start, before.phrase.end
    if first < 1 or doc[first - 1].lower_ != "and" or not 0 < first - gap <= _GAPPED_PART_WORDS:
        return False
    # no verb between: "39 of them in clashes with security forces and seven in road accidents"
    # (the parser may hang the second count on any noun of the first one's phrase)
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[gap : first - 1]):
        return False
    return _set_off_pronoun_part(doc, before.phrase)


#: How many words a gapped count may stand after the part it goes on from.
_GAPPED_PART_WORDS = 12


#: Adjectives that mark a count as one given before the one now told: "raising an earlier toll of 11".
_EARLIER_COUNT_WORDS = frozenset(
    {"earlier", "previous", "initial", "preliminary", "original", "prior", "old"}
)


def _an_earlier_count(draft: _Draft) -> bool:
    """Whether *draft* is named as a count given before: "…, raising an earlier toll of 11", "up
    from a previous figure of 9". A later "the revised figure" or "the toll" speaks of the count
    that replaced it, so such a count does not end the reach of the one before it."""
    num = draft.chain_start
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "of":
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _EARLIER_COUNT_WORDS for c in noun.children
    )


def _included_in_words(doc: Doc, phrase: NumberPhrase, whole: _Draft) -> bool:
    """Whether the count at *phrase* is set off as a part ("…, five of them …") right behind *whole*."""
    first = phrase.start
    return (
        first > 0
        and doc[first - 1].text == ","
        and whole.phrase.end <= first - 1
        and first - whole.phrase.end <= _APPOSED_PART_REACH
    )


def _included_in(doc: Doc, part: _Draft, whole: _Draft) -> bool:
    """Whether *part* is a part the sentence of *whole* lists after it: "128 deaths, including 12 in
    the capital". A later "the figure" still means the whole, not its last part."""
    first = part.phrase.start
    if part.chain_start.sent.start != whole.chain_start.sent.start or first == 0:
        return False
    if doc[first - 1].lower_ in {"including", "among"}:
        return True
    if first >= 2 and doc[first - 2].lower_ == "among" and doc[first - 1].lower_ == "them":
        return whole.phrase.end <= first - 2  # "256 prisoners, among them 31 women"
    opener = _list_opener(part.chain_start)
    if opener is not None and opener.i >= whole.phrase.end:
        return True  # "…, including 12 children and nine police officers": the list goes on
    # "300 people, dozens of them teenagers, …", "95 dead, 14 of whom were women": a part set off
    # after a comma right behind the whole count, read "of them" or "of whom"
    after = [t.lower_ for t in doc[part.phrase.end : part.phrase.end + 2]]
    return after in (["of", "them"], ["of", "whom"]) and _included_in_words(doc, part.phrase, whole)


def _list_opener(counted: Token) -> Token | None:
    """The "including" or "among (them)" that opens the list *counted* is a later member of
    ("including 12 children and nine police officers": "officers", joined to "children"); None for
    the first member or a count outside any such list."""
    tok = counted
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
    if tok.i == counted.i:
        return None
    doc, first = tok.doc, tok.left_edge.i
    if doc[first].lower_ == "among" and tok.i - first <= 4:
        return doc[first]  # the parser hangs "among them" on the first member's noun
    if first >= 1 and doc[first - 1].lower_ in {"including", "among"}:
        return doc[first - 1]
    if first >= 2 and doc[first - 2].lower_ == "among" and doc[first - 1].lower_ == "them":
        return doc[first - 2]  # "among them 31 women and two minors"
    return None


#: How many words after the whole count a part "dozens of them …" may begin.
_APPOSED_PART_REACH = 4


#: How many counts back a part of people ("of whom", "among them 111 minors") may look for the people it is a part of.
_WHOM_REACH = 3


def _part_of_people(doc: Doc, words: list[str], phrase: NumberPhrase) -> bool:
    """ "…, of whom at least 600 are under 18", "600 of whom", "among them 111 minors": a count
    of people, which is never a part of the places counted just before it."""
    before = words[max(phrase.start - 2, 0) : phrase.start]
    after = words[phrase.end : phrase.end + 2]
    if before == ["of", "whom"] or after == ["of", "whom"]:
        return True
    return phrase.core_end < len(doc) and _is_person(doc[phrase.core_end])


def _part_of_those_placed(doc: Doc, phrase: NumberPhrase, places: _Draft) -> bool:
    """ "40 people in six towns, and an additional eight in the capital": the count of places says
    where a count before it was ("people in six towns"), and a part told by its own place after it
    (:func:`_part_by_origin`) is a part of that count, not of the places."""
    placed = places.chain_start
    counted = placed.head.head if placed.dep_ == "pobj" and placed.head.lower_ in _ORIGIN_PREPS else None
    return (
        counted is not None
        and counted.i < placed.i
        and any(c.dep_ == "nummod" and c.like_num for c in counted.children)
        and _part_by_origin(doc, phrase, places)
    )


def _people_before(drafts: list[_Draft], places: _Draft) -> _Draft | None:
    """The count of people before a count of places in the same sentence, which "of whom" after
    them is a part of: "arrests of 1,680 people in 13 governorates, of whom 600 are minors"."""
    for draft in drafts[-_WHOM_REACH:][::-1]:
        if draft.category != "places" and draft.chain_start.sent == places.chain_start.sent:
            return draft
    return None


#: How many counts of the body after a headline may restate the headline's count (its lede's).
_LEDE_FIGURES = 4

#: Categories a headline's short verb and its lede's longer one give the same people: "Police arrest
#: 300" over "Police detained 300 people".
_HELD_CATEGORIES = frozenset({"arrested", "detained"})

#: A toll of violence and one of deaths by a calm cause: a headline's "dead" and the lede's cause.
_DEATH_OR_KILLED = frozenset({"killed", "deaths"})

#: Verbs whose object is a part of their subject: "The dead included 14 children", "The 250
#: arrested comprise 190 students and 60 workers".
_PART_VERBS = frozenset({"include", "comprise"})


#: Finite tags of a verb: the verb "includes" of a total, not the preposition-like "including".
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def _total_listing(doc: Doc, phrase: NumberPhrase, read: list[_Draft]) -> _Draft | None:
    """ "raised the toll to 72, a figure it says includes 59 protesters, 10 prisoners killed in
    jailbreaks and three police officers", "(… detained 120 people.) It includes 14 students and six
    journalists": the members of a list a total "includes" are parts of the count that total renames
    (ANNOTATION: "a part of a toll is its own figure with the toll's category"). The climb reads
    "The toll includes …" itself; a total named in a relative clause ("a figure that includes",
    "a figure it says includes") or by "it" is found here, the parser joining the members in any
    order. The count renamed is the last one read before the total (round 59)."""
    sent = doc[phrase.start].sent
    verb = None
    for k in range(phrase.start - 1, sent.start - 1, -1):
        tok = doc[k]
        if tok.lemma_.lower() == "include" and tok.tag_ in _FINITE_TAGS:
            verb = tok
            break
        if tok.text == ";" or (tok.tag_ in _FINITE_TAGS and tok.pos_ in {"VERB", "AUX"}):
            return None  # a clause of its own between: "includes 12 students who were released"
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    total: Token | None = None
    if verb.dep_ == "relcl" and subject is not None and subject.lower_ in {"that", "which"}:
        total = verb.head  # "a figure that includes"
    elif verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and subject is None:
        total = verb.head.head  # "a figure it says includes"
    elif subject is not None and subject.lower_ == "it" and verb.dep_ == "ROOT":
        total = subject  # "(… detained 120 people.) It includes"
    if total is None or (total.lower_ != "it" and total.lemma_.lower() not in figure_words.TOTAL_NOUNS):
        return None
    before = [d for d in read if d.phrase.end <= total.i]
    if not before:
        return None
    whole = before[-1]
    if total.lower_ != "it" and whole.chain_start.sent.start != sent.start:
        return None  # "a figure that …" renames a count of its own sentence
    if (
        total.lower_ == "it"
        and whole.chain_start.sent.start != sent.start
        and whole.chain_start.sent.end != sent.start
    ):
        return None  # "It includes" takes up the count of the sentence just before
    return whole if whole.category not in {"other", "places", "protesters"} else None


def _align_headline(text: str, drafts: list[_Draft]) -> None:
    """A headline's count restated in the lede is one figure: "Police arrest 300 at rallies" over
    "… detained 300 people", "1,200 rioters arrested" over "1,200 protesters were arrested". The
    headline's draft takes the lede's category and place and leaves the counted word to it, so the
    two merge."""
    line_end = text.find("\n")
    if line_end < 0 or text[:line_end].rstrip().endswith((".", "!", "?")):
        return  # no headline line: running text from the start
    heads = [d for d in drafts if d.end <= line_end]
    body = [d for d in drafts if d.start > line_end][:_LEDE_FIGURES]
    for head in heads:
        for lede in body:
            same_count = (
                head.phrase.value == lede.phrase.value and head.phrase.value_max == lede.phrase.value_max
            )
            if same_count and (
                head.category == lede.category
                or {head.category, lede.category} <= _HELD_CATEGORIES
                # "Snow blankets the plains; three dead" over "three deaths … as a blizzard buried …":
                # the lede names the cause the headline leaves out
                or {head.category, lede.category} <= _DEATH_OR_KILLED
            ):
                head.category = lede.category
                head.subject = None
                # "… killed in clash near Kashgar" over "… in Bachu county of Kashgar prefecture": the
                # headline names the place loosely; the lede's is the count's
                head.place = lede.place
                # "Over 3,500 detained …" over "… detained about 3,500 people": a headline rounds its
                # hedge; the lede's says how the one count is given
                head.phrase = replace(head.phrase, qualifier=lede.phrase.qualifier)
                break


#: Words that open a comparison after "N times": "three times more", "four times as many".
_COMPARING_WORDS = frozenset({"more", "fewer", "less", "as", "the"})


def _comparison_after(doc: Doc, i: int) -> bool:
    """Whether a comparison opens at *i*, after "N times": "more", "fewer", "as many", "the number
    of", or any comparative ("higher", "larger"). A multiplier is no count: "the U.S. expelled three
    times more diplomats" counts no three of them."""
    if i >= len(doc):
        return False
    word = doc[i]
    return word.lower_ in _COMPARING_WORDS or word.tag_ in {"JJR", "RBR"}


def _without_particle(doc: Doc, phrase: NumberPhrase) -> NumberPhrase:
    """ "handed over 12 suspects", "took over 30 villages": "over" is the verb's particle, no hedge."""
    first = doc[phrase.start]
    if phrase.qualifier == "over" and first.dep_ == "prt" and phrase.start + 1 == phrase.core_start:
        return replace(phrase, start=phrase.core_start, qualifier="exact")
    return phrase


#: Verbs whose object is a bound passed: "arrests exceeded 11,000", "the toll topped 100".
_PASSING_VERBS = frozenset({"exceed", "top", "surpass"})


#: Verbs that give the level a count has come to: "arrests stood at 90", "deaths reached 300".
_LEVEL_VERBS = frozenset({"stand", "reach", "hit"})


def _level_by_be(head: Token, x: Token, dep: str) -> bool:
    """ "Arrests are now up to 340", "deaths are at 52", "arrests are 340": "be" with the count as
    its complement, its "at" or its "up to", gives the level its subject (a plural noun of counted
    events) has come to, as "stand at" does."""
    if head.lemma_.lower() != "be":
        return False
    return (
        dep == "attr"
        or (dep == "prep" and x.lower_ in {"at", "to"})
        or (dep == "advmod" and x.lower_ == "up")
    )


def _hedged_by_its_verb(doc: Doc, phrase: NumberPhrase) -> NumberPhrase:
    """ "the number of arrests exceeded 11,000", "the toll has topped 100 people": a count that is
    the object of a verb of passing is a bound passed, as "more than 11,000" is."""
    if phrase.qualifier != "exact" or phrase.start != phrase.core_start or phrase.value_max is not None:
        return phrase
    tok = doc[phrase.core_end - 1]
    if tok.dep_ == "nummod" and tok.head.i < tok.i and tok.head.tag_ == "VBG":
        tok = tok.head  # "arrests topping 1,800": the parser made the count the participle's number
        if tok.lemma_.lower() in _PASSING_VERBS:
            return replace(phrase, qualifier="over")
    if tok.dep_ == "nummod":
        tok = tok.head  # "topped 100 people"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PASSING_VERBS:
        return replace(phrase, qualifier="over")
    return phrase


def _same_passage(ctx: ExtractContext, draft: _Draft, phrase: NumberPhrase) -> bool:
    """Whether *draft* lies in the sentence of *phrase*, the one right before it, or the one
    before that with a sentence of no count between them in one paragraph.

    Across a paragraph break too: "Police said 633 were held.\n\nThe rights group
    put the number at 400" restates the count of the paragraph before.
    """
    sent = ctx.doc[phrase.start].sent
    if draft.chain_start.sent == sent:
        return True
    if sent.start == 0:
        return False
    before = ctx.doc[sent.start - 1].sent
    if before == draft.chain_start.sent:
        return True
    # "X killed 30. The real number is probably higher. Y puts the total at 41": one sentence of
    # comment with no count read in it (the draft is the last count read) may stand between, in
    # one paragraph
    return (
        before.start > 0
        and ctx.doc[before.start - 1].sent == draft.chain_start.sent
        and "\n\n" not in ctx.doc[draft.chain_start.sent.start : sent.start].text
    )


# -- what is not a count --------------------------------------------------------


#: Words an amount's entity may hold besides its digits that say nothing of money.
_BARE_AMOUNT_WORDS = frozenset(
    {
        "between",
        "and",
        "or",
        "to",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "up",
        "over",
        "more",
        "than",
    }
    | {"less", "at", "least", "roughly", "approximately", "-", "–", ","}
)


def _money_marked(tok: Token) -> bool:
    """Whether the MONEY entity of *tok* shows money: a currency sign or word ("$2.7 billion",
    "300,000 roubles", "Tk 500,000"). The small model also tags bare ranges MONEY ("put the crowd at
    between 20,000 and 25,000"): digits and hedges alone are no money."""
    start, end = entity_bounds(tok)
    return any(not t.like_num and t.lower_ not in _BARE_AMOUNT_WORDS for t in tok.doc[start:end])


def _glued(doc: Doc, i: int) -> bool:
    """Whether the token at *i* touches the tokens on both sides: the hyphens of "0543-3221-800"
    join digit groups without a space; a spaced dash ("14 - At least 65") parts two phrases."""
    return i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _wounds_of_one_person(num: Token) -> bool:
    """ "The victim suffered two small puncture wounds", "he received 14 stitches": a count of
    wounds one person took (the taking verb's subject a singular noun for a person, a person's
    name or "he"/"she"), no count of people hurt. "The clashes caused 40 injuries" and "police
    said 12 people sustained injuries" still count people."""
    noun = num.head if num.dep_ == "nummod" else None
    if noun is None or noun.lemma_.lower() not in figure_words.WOUND_NOUNS:
        return False
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in figure_words.TAKING_WOUNDS_VERBS:
        return False
    taker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if taker is None:
        return False
    if taker.lower_ in {"he", "she"} or (taker.tag_ == "NNP" and taker.ent_type_ == "PERSON"):
        return True
    # "the victim", "the boy"; not "the company suffered 40 job cuts" (the broad person-noun list
    # takes "company" for a body of soldiers)
    return taker.tag_ == "NN" and taker.lemma_.lower() in figure_words.PERSON_NOUNS


#: Signs that make the number after them a name: "Lot No. 15", "Nos. 3 and 4", "room #12".
_NUMBER_SIGNS = frozenset({"No.", "Nos.", "no.", "nos.", "#", "Nº", "№"})

#: How many tokens back a list of identifiers is followed to its noun ("Articles 166, 167 and 173").
_IDENTIFIER_LIST_REACH = 8


def _later_identifier(doc: Doc, words: list[str], phrase: NumberPhrase) -> bool:
    """ "Articles 166 and 173 of the Code", "Sections 3, 4 and 5": the later numbers of a list
    that follows a capitalised plural noun name the things that noun names, as its first does."""
    if not phrase.is_digits or phrase.start != phrase.core_start or phrase.start == 0:
        return False
    k = phrase.start - 1
    numbers = 0
    while (
        k > 0
        and phrase.start - k <= _IDENTIFIER_LIST_REACH
        and (words[k] in {"and", "or", ","} or doc[k].is_digit)
    ):
        numbers += doc[k].is_digit
        k -= 1
    noun = doc[k]
    return (
        numbers > 0
        and doc[k + 1].is_digit
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.lower_.endswith("s")  # a plural ("Articles", which the tagger may take for a name)
        and noun.text[:1].isupper()
        and not noun.is_sent_start
    )


def _strong_noun(doc: Doc, phrase: NumberPhrase) -> bool:
    """The number modifies a noun of people or events ("2000 protesters", "1988 arrests"), also
    from inside brackets, as rights groups' daily tallies write counts ("(1856) people")."""
    nxt = phrase.core_end
    if (
        nxt < len(doc)
        and doc[nxt].text == ")"
        and phrase.start == phrase.core_start
        and phrase.start > 0
        and doc[phrase.start - 1].text == "("
    ):
        nxt += 1
    if nxt < len(doc) and doc[nxt].lower_ in {"more", "other"}:
        nxt += 1
    if nxt >= len(doc):
        return False
    lemma = doc[nxt].lemma_.lower()
    return (
        lemma in figure_words.PERSON_NOUNS
        or lemma in figure_words.NOUN_CATEGORY
        or lemma in figure_words.ADJ_CATEGORY
    )


def _dated(tok: Token) -> bool:
    """The small model tags bare counts DATE ("the toll at 61"): trust it only with a date word."""
    if tok.ent_iob_ not in {"B", "I"}:
        return False
    start, end = entity_bounds(tok)  # not a scan of doc.ents per number: that was quadratic
    ent = tok.doc[start : _before_as_of(tok, end)]
    return any(t.is_alpha and not t.like_num and t.lower_ not in figure_words.DATE_NOISE for t in ent)


def _before_as_of(tok: Token, end: int) -> int:
    """Where the entity of *tok*, ending at *end*, stops telling of *tok*: right before an "as of"
    after it ("the toll stood at 15 as of Monday night": the model runs one time or date over the
    count and the date it is told at; no count or clock time is "as of" itself, the date is its
    own). Looks at most two words past *tok*: the count and its scale word."""
    doc = tok.doc
    for k in range(tok.i + 1, min(end - 1, tok.i + 3)):
        if doc[k].lower_ == "as" and doc[k + 1].lower_ == "of":
            return k
    return end


#: Words the small model runs a TIME or QUANTITY entity over that tell no time or unit of the
#: number: "rose by 40 to 1,240 overnight" is a count, "9 p.m.", "two hours", "12 km" are not.
_LOOSE_TIME_WORDS = frozenset({"overnight", "tonight", "today", "yesterday", "to", "by", "and", "or"})


def _timed(tok: Token) -> bool:
    """Whether the TIME or QUANTITY entity of *tok* tells a time or a measure: the small model tags
    a count before a day-part adverb ("arrests jumped to 1,240 overnight") TIME or QUANTITY; only a
    word of time or unit, or a clock mark, inside the entity ("9 p.m.", "10:30", "two hours", "12
    km") makes the number no count."""
    start, end = entity_bounds(tok)
    ent = tok.doc[start : _before_as_of(tok, end)]
    return any(not t.like_num and not t.is_punct and t.lower_ not in _LOOSE_TIME_WORDS for t in ent) or any(
        ":" in t.text for t in ent
    )


#: Entity labels of places: "in Minsk, 45 were held" is no age.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})

#: An age set off after a name is below this.
_AGE_MAX = 120


def _could_be_an_age(phrase: NumberPhrase) -> bool:
    """A bare number in digits, no word before it in the phrase, no range, below :data:`_AGE_MAX`:
    what every test of an age set off after a name starts from."""
    return (
        phrase.is_digits
        and phrase.start == phrase.core_start
        and phrase.value < _AGE_MAX
        and not phrase.value_max
    )


def _counts_something(doc: Doc, i: int) -> bool:
    """Whether the word at *i* is what a number before it counts: "12 more", "12 students", "12 others"."""
    if i >= len(doc):
        return False
    word = doc[i]
    return word.pos_ in {"NOUN", "PROPN", "ADJ"} or word.lower_ in {"more", "others", "of"}


#: The highest day of a month: a number above it after a month name is no day.
_LAST_DAY = 31


def _past_a_day(phrase: NumberPhrase, before: str) -> bool:
    """ "by June 64 had been convicted": after a month name, a number no day or year can be
    counts (the tagger reads "June 64" as one date)."""
    return (
        before.rstrip(".") in figure_words.MONTH_WORDS
        and phrase.value_max is None
        and _LAST_DAY < phrase.value < 1000
    )


#: How many words a name in a list of names with bracketed numbers may have.
_NAME_REACH = 5
#: Titles that open a person's name ("Ma Thida", "Daw Suu", "Mr Ali"), whatever the tagger says.
_NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "ko", "ma", "daw", "u", "maung", "mg"})


def _age_in_brackets_after_a_name(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "Ko Zaw Min (45), a teacher", "Ma Thida (28) and her husband": a bare number in brackets
    right after a person's name is that person's age, as "Ko Zaw Min, 45," is. Only a name the
    model tags a person: "Yangon (74), Mandalay (12)" is a list of counts by place."""
    k, end = phrase.start, phrase.core_end
    if not _could_be_an_age(phrase):
        return False
    if k < 2 or end >= len(doc) or doc[k - 1].text != "(" or doc[end].text != ")":
        return False
    first = k - 2
    while first > 0 and k - 2 - first < _NAME_REACH and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first > 1 and doc[first - 1].text == "," and doc[first - 2].text == ")":
        return False  # "…, Mandalay (12), Sagaing (9)": the next item of a list by place
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].pos_ == "PROPN":
        nxt = end + 2
        while nxt < len(doc) - 1 and nxt - end < _NAME_REACH and doc[nxt].pos_ == "PROPN":
            nxt += 1
        if doc[nxt].text == "(":
            return False  # "Yangon (74), Mandalay (12)": the first item of such a list
    return doc[k - 2].ent_type_ == "PERSON" or (
        doc[k - 2].pos_ == "PROPN" and doc[first].lower_.rstrip(".") in _NAME_TITLES
    )


#: What closes an age set off after a name: "Petrov, 31, died", "Okafor, 52 — a baker —",
#: "Ruiz, 19 - was charged" (a spaced hyphen written for a dash).
_AGE_CLOSERS = frozenset({",", ".", ")", ";", "", "—", "–", "―", "-"})


def _age_after_also(doc: Doc, phrase: NumberPhrase, words: list[str]) -> bool:
    """ "His cousin, also 15, was wounded", "Reyes, also 40 —": a bare number set off by a comma
    and "also" after a proper noun or a noun for one person is that person's age, likened to an
    age given before; a count after "also" keeps its noun ("and also 14 herders")."""
    k, end = phrase.start, phrase.core_end
    if not _could_be_an_age(phrase):
        return False
    if k < 3 or words[k - 1] != "also" or words[k - 2] != ",":
        return False
    if (words[end] if end < len(doc) else "") not in _AGE_CLOSERS:
        return False
    person = doc[k - 3]
    return person.pos_ == "PROPN" or (
        person.tag_ == "NN"
        and (person.lemma_.lower() in figure_words.PERSON_NOUNS or is_person_noun(person.lemma_))
    )


def _age_one_dies_at(doc: Doc, phrase: NumberPhrase, words: list[str]) -> bool:
    """ "Former governor dies at 88", "died at 71 in a hospital": a bare number right after "die
    at" with no noun of its own is the age of the one who died; a count keeps its noun ("died at
    3 checkpoints") or stands before the verb ("45 died at the camp")."""
    k, end = phrase.start, phrase.core_end
    if not _could_be_an_age(phrase):
        return False
    if k < 2 or words[k - 1] != "at" or doc[k - 2].lemma_.lower() != "die":
        return False
    return end >= len(doc) or doc[end].pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}


def _age_before_an_occupation(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "Chidiebere Okonkwo, 33, trader", "Ana Ruiz, 41, a nurse": a bare number set off by commas
    between a proper noun and a singular noun for one person (a trade, a role) is that person's
    age, whatever entity label the small model gave the name (victim lists write them so)."""
    k, end = phrase.start, phrase.core_end
    if not phrase.is_digits or k != phrase.core_start or phrase.value >= _AGE_MAX:
        return False
    if k < 2 or end + 1 >= len(doc) or doc[k - 1].text != "," or doc[end].text != ",":
        return False
    noun = doc[end + 1]
    if noun.lower_ in {"a", "an"} and end + 2 < len(doc):
        noun = doc[end + 2]
    return (
        doc[k - 2].pos_ == "PROPN"
        and noun.tag_ == "NN"
        and (noun.lemma_.lower() in figure_words.PERSON_NOUNS or is_person_noun(noun.lemma_))
    )


def _age_after_the_subject(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "Kavala, 64, has been held", "Navalny, 45, is serving": a bare number set off by commas after
    the proper noun that is the clause's subject, with the clause's verb right after, is that
    person's age, whatever entity label the small model gave the surname (it often reads an
    unfamiliar one as a place); a count never stands between a subject and its verb so."""
    k, end = phrase.start, phrase.core_end
    if not phrase.is_digits or phrase.start != phrase.core_start or phrase.value >= _AGE_MAX:
        return False
    if k < 2 or end + 1 >= len(doc) or doc[k - 1].text != "," or doc[end].text != ",":
        return False
    name, verb = doc[k - 2], doc[end + 1]
    subject = name.head if name.dep_ == "appos" else name  # "One man, Diubis Tejeda, 36, was shot"
    return (
        name.pos_ == "PROPN"
        and subject.dep_ in {"nsubj", "nsubjpass"}
        and verb.pos_ in {"AUX", "VERB"}
        and subject.head.i >= end  # the subject's own verb comes after the age
    )


def _age_before_a_clause_on_the_name(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "Yosvany Ferrer Castillo, 36, who was killed …", "arrested Paul Reed, 47 and said to be
    homeless": a bare number set off by a comma after a proper noun, then a relative "who" (which
    speaks of a person) or "and" with a verb (a second predicate of the name), is that person's
    age, whatever entity label the small model gave the name; a count of people or places is
    never followed so ("Khartoum, 104; Omdurman, 15" is a list)."""
    k, end = phrase.start, phrase.core_end
    if not _could_be_an_age(phrase):
        return False
    if k < 2 or end + 1 >= len(doc) or doc[k - 1].text != "," or doc[k - 2].pos_ != "PROPN":
        return False
    nxt, after = doc[end], doc[end + 1]
    if nxt.text == ",":
        return after.lower_ in {"who", "whose"}
    return (
        nxt.lower_ == "and" and after.pos_ in {"VERB", "AUX"} and after.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
    )


#: Words that open a date of its own right after a count: "up from 54 a week ago".
_DATE_OPENERS = frozenset({"a", "an", "last"})


def _count_before_a_date(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "126 deaths, up from 54 a week ago": the tagger reads "54 a week ago" as one date, but a
    count compared ("from", "to") stands before a date of its own ("a week ago", "last month")."""
    if phrase.start == 0 or phrase.core_end + 1 >= len(doc):
        return False
    return (
        doc[phrase.start - 1].lower_ in {"from", "to"}
        and doc[phrase.core_end].lower_ in _DATE_OPENERS
        and doc[phrase.core_end + 1].lower_ not in figure_words.MONTH_WORDS
    )


def _year_after_the(doc: Doc, phrase: NumberPhrase, before: str) -> bool:
    """ "Of the 2022 deaths, 426 were civilians", "the 2021 killings", "the 1988 executions": a
    bare four-digit year between "the" and a noun of events names the year of those events; a
    count that large is written with a comma ("the 2,000 deaths"), so even an event noun after
    it (which makes "1988 arrests" a count) does not make it one."""
    text = doc[phrase.core_start].text
    return (
        before == "the"
        and phrase.start == phrase.core_start
        and phrase.core_end == phrase.core_start + 1
        and len(text) == 4
        and text.isdigit()
        and 1900 <= phrase.value <= 2100
    )


#: Nouns of spans of time: "hundreds of years" after a date is a duration, no count.
#: Prepositions of time a year follows: "In 1988 troops killed …", "since 2019 students …".
_YEAR_PREPS = frozenset({"in", "since", "during", "until", "till", "by"})
#: Words a clause may open with before its preposition of time: "; in 1999 troops shot …".
_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "-", "(", "and", "but", "back", "then", "as"})
_YEARS = range(1900, 2101)


def _year_opening_a_clause(doc: Doc, phrase: NumberPhrase, before: str) -> bool:
    """ "In 1988 troops killed as many as 3,000", "In 1999 students were arrested": a bare year
    after a preposition of time that opens the sentence or a clause, before the clause's subject;
    the parser makes the year a number of that subject, a noun of people, and the year was read as
    a count of them. A count has a hedge, a comma or no preposition of time before it."""
    if not phrase.is_digits or phrase.start != phrase.core_start or phrase.value_max is not None:
        return False
    if not phrase.value.is_integer() or int(phrase.value) not in _YEARS or "," in doc[phrase.core_start].text:
        return False
    if before not in _YEAR_PREPS or phrase.start == 0:
        return False
    prep = doc[phrase.start - 1]
    return prep.is_sent_start or (prep.i > 0 and doc[prep.i - 1].lower_ in _CLAUSE_OPENERS)


#: The round numbers a share is given in: "seven in ten", "nine in 10", "two in five".
_SHARE_DENOMINATORS = frozenset({"two", "three", "four", "five", "ten", "10", "hundred", "100"})


def _share_in_a_round_number(doc: Doc, phrase: NumberPhrase, words: list[str]) -> bool:
    """ "Seven in ten of the detainees", "Four in ten Iranians", "Nine in 10 of those killed": a
    share, both numbers, when the round number after "in" is followed by "of" or a noun of people;
    "killed 12 in five provinces" counts places (a noun of no people)."""
    if phrase.value_max is not None or phrase.start != phrase.core_start:
        return False
    start, end = phrase.core_start, phrase.core_end
    if end + 1 < len(words) and words[end] == "in" and words[end + 1] in _SHARE_DENOMINATORS:
        low, high = start, end + 1  # the share's first number
    elif start >= 2 and words[start - 1] == "in" and words[start] in _SHARE_DENOMINATORS:
        low, high = start - 2, start  # its round number
    else:
        return False
    if not doc[low].like_num or high + 1 >= len(doc):
        return False
    nxt = doc[high + 1]
    return nxt.lower_ == "of" or (nxt.pos_ in {"NOUN", "PROPN"} and _is_person(nxt))


_SPAN_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century", "generation"})


def _count_after_a_date(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "On 12 June tens of thousands rallied", "Last Friday hundreds marched": the tagger runs the
    date on over the vague amount that follows it, but no date is told in "hundreds" or "tens of
    thousands": a vague amount inside a date begun before it is a count, unless time is counted."""
    first = doc[phrase.core_start]
    if not phrase.vague or first.ent_type_ != "DATE" or first.ent_iob_ != "I":
        return False
    k = phrase.core_end
    while k < len(doc) and doc[k].lower_ in {"of", "more", "the"}:
        k += 1
    return k >= len(doc) or doc[k].lemma_.lower() not in _SPAN_NOUNS


#: Words after which a bare number is the one a correction replaces: "57, not 75".
_CONTRAST_WORDS = frozenset({"not"})

#: Adverbs that mark what a text said as an error: "an earlier version incorrectly said 34".
_ERROR_ADVERBS = frozenset({"incorrectly", "wrongly", "erroneously", "mistakenly", "inaccurately"})

#: The texts a correction notice corrects: "an earlier version of this story", "our newsletter".
_CORRECTED_TEXTS = frozenset(
    {
        "version",
        "story",
        "article",
        "report",
        "bulletin",
        "newsletter",
        "edition",
        "headline",
        "update",
        "post",
    }
)

#: Words a correction notice opens with: "Correction: …", "Clarification: …".
_CORRECTION_HEADS = frozenset({"correction", "corrections", "clarification"})

_NOTICE_REACH = 3
_CLAUSE_HOPS = 6


def _corrected_away(words: list[str], phrase: NumberPhrase) -> bool:
    """ "The toll is 57, not 75", "312, and not 321 as the ministry said":
    the bare number after a contrastive "not" is the one being corrected, no figure. A hedge
    between them ("not more than 50") makes a bound instead."""
    if phrase.start != phrase.core_start or phrase.start < 1:
        return False
    return words[phrase.start - 1] in _CONTRAST_WORDS


def _corrected(doc: Doc, words: list[str], phrase: NumberPhrase) -> bool:
    """The number is one a correction replaces: after "not", or said by the corrected text."""
    return _corrected_away(words, phrase) or _said_by_a_corrected_text(doc[phrase.core_end - 1])


def _in_a_correction_notice(sent: Span) -> bool:
    """The sentence opens a correction notice: "Correction: An earlier version …"."""
    start = sent.start
    doc = sent.doc
    return any(
        doc[i].lower_ in _CORRECTION_HEADS
        for i in range(max(0, start - 2), min(len(doc), start + _NOTICE_REACH))
    )


def _said_by_a_corrected_text(num: Token) -> bool:
    """ "An earlier version of this story said 54 people were arrested", "Correction: our
    newsletter gave the number of deaths as 15": what the corrected text said is no figure (the
    notice gives the right one). A body's earlier report ("the commission's earlier report put the
    toll at 56") is a figure of its date and stays."""
    verb = num
    for _ in range(_CLAUSE_HOPS):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in figure_words.REPORT_VERBS | {
            "give"
        }:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in _ERROR_ADVERBS for c in verb.children):
            return True
        texts = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"} & _CORRECTED_TEXTS
        if "version" in texts or (texts and _in_a_correction_notice(verb.sent)):
            return True
    return False


#: Adjectives that measure a person's age in "as young as 9", "as old as 82".
_AGE_ADJECTIVES = frozenset({"young", "old"})

#: Words for a share of a group: "a third of those held", "most of them".
_SHARE_WORDS = frozenset({"third", "half", "quarter", "majority", "most", "many", "some", "all", "none"})


def _part_described_by_age(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "a third of those held are under 25", "most of them were under 18": a share of a group
    said with "be" to be under (or over) a small number is described by its age; "the toll is
    over 50" is a count."""
    if phrase.start == 0 or doc[phrase.start - 1].lemma_.lower() != "be":
        return False
    subject = next((c for c in doc[phrase.start - 1].children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in _SHARE_WORDS
        or (subject.pos_ == "PRON" and subject.lower_ in {"they", "those"})
        or (subject.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children))
    )  # "twelve of them were under 18"


def _past_a_name(noun: Token) -> Token:
    """ "the 31 University of Abuja students": the small model may hang the count on the first word
    of a name that modifies a plural noun; the count is of that noun, the name only says whose."""
    if noun.pos_ != "PROPN" or noun.ent_iob_ != "B":
        return noun
    doc, k = noun.doc, noun.i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1  # read past the name whatever the parse made of it
    return doc[k] if k < len(doc) and doc[k].tag_ == "NNS" and doc[k].pos_ == "NOUN" else noun


def _counting_past_a_name(tok: Token) -> bool:
    """A number the model swept into the name that follows it ("the 23 University of Lagos
    students"): it counts a plural common noun outside the name, so it is a count, not part of
    the name the way "Article 19" or "Group of 20" is."""
    head = tok.head
    return tok.dep_ == "nummod" and head.tag_ == "NNS" and head.ent_iob_ == "O" and head.i > tok.i


_SPELLED_NUMBERS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES)


def _title_case(sent: Span) -> bool:
    """Whether *sent* capitalises its words as a headline does ("Gunmen Kill Three Villagers In
    Raid"): no noun, verb or adjective of it is written in lower case, so a capital says nothing."""
    return not any(t.pos_ in {"NOUN", "VERB", "ADJ"} and t.text.islower() for t in sent)


def _number_in_a_name(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a spelled number is written with a capital after a word (or a possessive "'s")
    inside its sentence: a part of a name ("the agency's Ten Fugitives Of The Year list",
    "pupils in Forms Three and Four", "the Group of Eight", "the Big Three"), not a count.
    Prose writes a count in lower case unless it opens the sentence; a capital after a colon,
    a quote mark, a dash or a line break opens a clause, and a headline in title case (or in
    capitals) capitalises every word."""
    tok = doc[phrase.core_start]
    if (
        phrase.is_digits
        or tok.i == 0
        or tok.is_sent_start
        or tok.lower_ not in _SPELLED_NUMBERS
        or not (tok.text[:1].isupper() and tok.text[1:].islower())
    ):
        return False
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    return prev is not None and (prev.is_alpha or prev.tag_ == "POS") and not _title_case(tok.sent)


def _number_named_by_its_noun(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number stands right after the noun "number" ("pick a number 1-8", "the
    numbers 3 and 4"): the number is the label the noun names, not a count of anything."""
    if phrase.start == 0 or phrase.start != phrase.core_start:
        return False
    prev = doc[phrase.start - 1]
    return prev.lower_ in {"number", "numbers"} and prev.pos_ == "NOUN"


def _number_ending_a_compound(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is the last part of a hyphened word whose first part is a word, not a
    number ("to high-five the crowd", "a Catch-22"): the compound names a gesture or a thing;
    "twenty-five" and "16-18" join numbers, and a spaced dash ("held 12 - five of them")
    parts two phrases."""
    i = phrase.start
    if i < 2 or i != phrase.core_start or doc[i - 1].text not in {"-", "‐"} or not _glued(doc, i - 1):
        return False
    first = doc[i - 2]
    return first.is_alpha and first.lower_ not in _SPELLED_NUMBERS and first.lower_ not in VAGUE


#: A paragraph's number in a report: "5.4", "12.3.1" (a count of people has no fraction).
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}\.?")


def _section_number(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "5.4 Of the 13 who died on the day, one was shot …", "5.5 The soldiers arrested some 50
    people": a number with a decimal point that opens a line, before a capitalised word, numbers a
    paragraph of an inquiry's findings or a statement; it counts nothing ("1.5 million people" at a
    line's start is followed by its scale, in lower case)."""
    if phrase.start != phrase.core_start or phrase.core_end - phrase.core_start != 1:
        return False
    tok = doc[phrase.core_start]
    if not _SECTION_NUMBER.fullmatch(tok.text) or tok.i + 1 >= len(doc):
        return False
    if not doc[tok.i + 1].text[:1].isupper():
        return False
    line = doc.text[: tok.idx].rstrip(" \t")
    return not line or line.endswith("\n")


def _not_a_count(ctx: ExtractContext, phrase: NumberPhrase, words: list[str]) -> bool:
    doc = ctx.doc
    core = doc[phrase.core_start : phrase.core_end]
    before = words[phrase.start - 1] if phrase.start > 0 else ""
    before2 = words[phrase.start - 2] if phrase.start > 1 else ""
    after = words[phrase.core_end] if phrase.core_end < len(doc) else ""
    after2 = words[phrase.core_end + 1] if phrase.core_end + 1 < len(doc) else ""
    strong = _strong_noun(doc, phrase)
    if _column_category(doc, phrase) is not None:
        return False  # "Yangon\t267\t1,732" under "Region\tKilled\tDetained"
    for tok in core:
        if (
            tok.ent_type_ in {"PERCENT", "ORDINAL"}
            or (tok.ent_type_ == "TIME" and _timed(tok))
            or (tok.ent_type_ == "MONEY" and _money_marked(tok))
        ):
            return True
        if tok.ent_type_ == "QUANTITY" and not strong and _timed(tok):
            return True  # not "up to 30,000 migrants", which the small model takes for a measure
        if tok.ent_type_ in {"LAW", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"}:
            return True
        if (
            tok.ent_type_ in {"ORG", "PERSON", "GPE"}
            and tok.ent_iob_ == "I"
            and not _counting_past_a_name(tok)
        ):
            return True  # "Article 19", "Group of 20"
        if (
            tok.ent_type_ == "DATE"
            and not strong
            and _dated(tok)
            and not _past_a_day(phrase, before)
            and not _count_before_a_date(doc, phrase)
            and not _count_after_a_date(doc, phrase)
        ):
            return True
        if ":" in tok.text or "/" in tok.text:
            return True
    if before in figure_words.PART_LABEL_NOUNS and phrase.start == phrase.core_start:
        return True  # "(Adds rights group toll in paragraph 5)", "paragraphs 6-7": a list number
    if _section_number(doc, phrase):
        return True  # "5.4 Of the 13 who died on the day, …": a report's numbered paragraph
    # money, percentages, clock times
    if before in figure_words.CURRENCY_SYMBOLS or core[0].text[:1] in figure_words.CURRENCY_SYMBOLS:
        return True
    if after in figure_words.PERCENT_WORDS or after in figure_words.TIME_WORDS:
        return True
    if (after2 if after in {"-", "‐", "–"} else after) in figure_words.FRACTION_WORDS:
        return True  # "two-thirds of the schools", "three quarters were women": a share, as a percentage
    if after == "times" and _comparison_after(doc, phrase.core_end + 1):
        return True  # "three times more protesters", "four times as many arrests": a multiplier
    # phone numbers and identifiers: leading zeros, "+98", runs of digit groups
    if phrase.is_digits or any(t.is_digit for t in core):
        if core[0].text.startswith(("0", "+")) and len(core[0].text) > 1:
            return True
        if before == "+" or (before == "-" and before2[:1].isdigit() and _glued(doc, phrase.start - 1)):
            return True  # "0543-3221-800"; not "March 14 - At least 65 people killed", a timeline's line
        if after[:1].isdigit() or (after == "-" and after2[:1].isdigit()):
            return True
        if before[:1].isdigit() and phrase.start == phrase.core_start:
            return True  # not "in 2011 at least 14 miners": a hedge parts the year from the count
    # years: "the 1979 revolution", "in 1988", "between 2019 and 2021", "jails six over 2020 protests"
    yearly = phrase.qualifier in {"exact", "about"} or (
        # "over" a year is a preposition when a noun follows: not "over 1900 were detained"
        phrase.qualifier == "over" and phrase.core_end < len(doc) and doc[phrase.core_end].pos_ == "NOUN"
    )
    if phrase.is_digits and yearly and not strong:
        values = [phrase.value] + ([phrase.value_max] if phrase.value_max else [])
        if all(v.is_integer() and 1800 <= v <= 2100 for v in values) and "," not in core.text:
            return True
    if _year_after_the(doc, phrase, before):
        return True  # "Of the 2022 deaths, 426 were civilians", "the 1988 executions"
    if _year_opening_a_clause(doc, phrase, before):
        return True  # "In 1988 troops killed as many as 3,000": the year, not 1,988 troops
    # ages: "aged 17", "the age of 19", "children between 15 and 18", "a 16-year-old"
    if before in figure_words.AGE_WORDS or (before == "of" and before2 in figure_words.AGE_WORDS):
        return True
    if before == "as" and before2 in _AGE_ADJECTIVES and phrase.start == phrase.core_start:
        return True  # "children as young as nine", "men as old as 82": how young, not how many
    if after in {"year", "years"} and after2 in {"old", "-", "of"}:
        return True
    if before in {"and", "or", ",", "to"} and not strong:
        # "aged 16 and 17", "aged 15, 16 or 19": the later ages of a list (not "… and 40 adults")
        k = phrase.start - 1
        while (
            k > 0
            and phrase.start - k <= 8
            and (words[k] in {"and", "or", ",", "to"} or words[k][:1].isdigit())
        ):
            k -= 1
        if words[k] in figure_words.AGE_WORDS or (
            words[k] == "of" and k > 0 and words[k - 1] in figure_words.AGE_WORDS
        ):
            return True  # "aged 16 and 17", "between the ages of 12 and 17"
        if (
            phrase.is_digits
            and phrase.value <= 31
            and words[k].rstrip(".") in figure_words.MONTH_WORDS
            and not _counts_something(doc, phrase.core_end)
            and not (phrase.core_end < len(doc) and _day_after(doc[phrase.core_end]))
        ):
            return True  # "on August 4 and 5": the later days of a list of dates
    if after == "-" and after2 in {"year", "years"}:
        return True
    if (
        phrase.is_digits
        and before == ","
        and phrase.start > 1
        and (
            doc[phrase.start - 2].ent_type_ == "PERSON"
            or (
                doc[phrase.start - 2].pos_ == "PROPN" and doc[phrase.start - 2].ent_type_ not in _PLACE_LABELS
            )
            or (
                phrase.start > 2
                and doc[phrase.start - 2].pos_ == "PROPN"
                and doc[phrase.start - 3].lemma_.lower() in figure_words.REPORT_VERBS
            )  # "said Yaquelin, 45,": who speaks is a person, whatever the tagger thought
            or (
                doc[phrase.start - 2].tag_ == "NN"
                and (
                    doc[phrase.start - 2].lemma_.lower() in figure_words.PERSON_NOUNS
                    or is_person_noun(doc[phrase.start - 2].lemma_)
                )
            )  # "A teacher, 32, died": one person, then an age
        )
        and phrase.value < _AGE_MAX
        and after in _AGE_CLOSERS
    ):
        return True  # "Raman Petrov, 31, died in hospital", "said Yaquelin, 45,": an age set off after a name
    if _age_after_also(doc, phrase, words):
        return True  # "His cousin, also 15, was wounded": an age likened to one given before
    if _age_one_dies_at(doc, phrase, words):
        return True  # "Former governor dies at 88": the age of the one who died
    if _age_in_brackets_after_a_name(doc, phrase):
        return True  # "Ko Zaw Min (45), a teacher, was shot dead": the name's age, in brackets
    if _age_before_an_occupation(doc, phrase):
        return True  # "3. Chidiebere Okonkwo, 33, trader - died …": a victim list's name, age, trade
    if _age_after_the_subject(doc, phrase):
        return True  # "Kavala, 64, has been held": the name the small model took for a place
    if _age_before_a_clause_on_the_name(doc, phrase):
        return True  # "Ana Ruiz, 36, who …", "arrested Tom Reed, 47 and said to be homeless"
    if (
        phrase.is_digits
        and before.rstrip(".") in figure_words.MONTH_WORDS
        and not _past_a_day(phrase, before)
        # "by September more than 12,000 had been detained": a qualifier or a thousands comma
        # stands between the month and the count; no day or year looks like that
        and phrase.start == phrase.core_start
        and "," not in doc[phrase.core_start : phrase.core_end].text
    ):
        return True  # "the July 11 protesters", "the Sept. 16 death of": a day, whatever noun follows
    if after == "-" and phrase.core_end + 1 < len(doc) and doc[phrase.core_end + 1].tag_ == "NN":
        return True  # "a 12-member panel", "a 30-minute speech": a measure, not a count
    first = words[phrase.start]
    age_preps = {"between", "under", "over", "from", "below", "above"}
    if first in age_preps and phrase.value < _AGE_MAX and _part_described_by_age(doc, phrase):
        return True  # "a third of those held are under 25", "most of them were under 18"
    if not strong and (first in age_preps or before in age_preps):
        k = phrase.start - 1 if first in age_preps else phrase.start - 2
        if k >= 0 and (
            doc[k].lemma_.lower() in figure_words.PERSON_NOUNS
            or words[k] in figure_words.AGE_WORDS
            or words[k] in {"them", "whom", "those"}  # "1,000 were arrested, most of them under 20"
        ):
            return True
    if (
        before == "of"
        and phrase.start > 2
        and words[phrase.start - 3] in {"a", "an"}
        and doc[phrase.start - 2].tag_ == "NN"
        and doc[phrase.start - 2].lemma_.lower() in figure_words.PERSON_NOUNS
        and phrase.value < _AGE_MAX
        and after in {",", ".", ")", ";", "", "and"}
    ):
        return True  # "including a child of 14": an age, after a noun for one person
    if words[phrase.start] == "one" and before in {"every", "each", "any", "not"}:
        return True  # "every one of them was arrested", "not one officer was charged": no count of one
    if words[phrase.start] == "one" and after == "or" and after2 == "both":
        return True  # "48 of whom lost one or both eyes": which of a pair, not a count
    # proportions: "2 out of 3", "one in five" (not "in 25 out of 31 provinces": places counted);
    # a whole after a counted noun is a count of its own ("12 deaths out of 900 cases")
    if (after == "out" and after2 == "of" and _places_whole(doc, phrase) is None) or (
        before == "of" and before2 == "out" and phrase.start > 2 and doc[phrase.start - 3].like_num
    ):
        return True
    if after == "in" and after2 in {"five", "four", "three", "ten", "two"}:
        return True
    if before == "in" and before2 in {"one", "two", "three", "1", "2", "3"}:
        return True  # the second number of "one in five teachers"
    if _share_in_a_round_number(doc, phrase, words):
        return True  # "Seven in ten of the detainees", "Nine in 10 of those killed": a share
    # the total of a partitive: "26 of Colombia's 32 departments"
    k = phrase.start - 1
    while k >= 0 and (
        doc[k].tag_ in {"POS", "PRP$"}
        or doc[k].pos_ in {"PROPN", "DET"}
        or (doc[k].pos_ == "NOUN" and k + 1 < phrase.start and doc[k + 1].tag_ == "POS")
    ):
        k -= 1  # "26 of Colombia's 32 departments", "200 of its 238 houses", "14 of the country's 17"
    if (
        k >= 1
        and words[k] == "of"
        and doc[k - 1].like_num
        and words[k - 1] != "one"
        and not _whole_made_by_the_event(doc, phrase)
    ):
        return True  # not "he was one of 12 people executed": the group one belongs to is counted
    # identifiers after a capitalised noun: "Ward 209", "Resolution 2231", "Flight 752"
    if (
        phrase.is_digits
        and phrase.start > 0
        and phrase.start == phrase.core_start  # "in St Petersburg more than 750": a hedge makes a count
        and not strong
        and not _past_a_day(phrase, before)
    ):
        prev = doc[phrase.start - 1]
        sign = prev.text
        if sign == "." and phrase.start > 1 and not doc[phrase.start - 2].whitespace_:
            sign = doc[phrase.start - 2].text + "."  # the tokenizer may split "No." in two
        if sign in _NUMBER_SIGNS:
            return True  # "at Lot No. 15", "room #12", "Nos. 3 and 4": a number that names, no count
        if (
            prev.pos_ in {"PROPN", "NOUN"}
            and prev.text[:1].isupper()
            and not prev.is_sent_start
            and _gapped_clause_object(core[-1]) is None  # not "(Lima reported 327 deaths,) and Cusco 84"
        ):
            return True
    if _later_identifier(doc, words, phrase):
        return True  # "Articles 166 and 173", "Sections 3, 4 and 5"
    if _number_in_a_name(doc, phrase):
        return True  # "its Ten Fugitives Of The Year list", "Forms Three and Four", "the Group of Eight"
    if _number_named_by_its_noun(doc, phrase):
        return True  # "pick a number 1-8": a label, no count
    if _number_ending_a_compound(doc, phrase):
        return True  # "stopped to high-five the crowd": part of a word
    if _wounds_of_one_person(core[-1]):
        return True  # "the victim suffered two puncture wounds": one person hurt, no count of people
    if before == "every":
        return True  # "one officer for every 600 people": the size of a share, no count
    # list markers at the start of a line: "1." "2)"
    if phrase.is_digits and after in {".", ")"} and (phrase.start == 0 or "\n" in doc[phrase.start - 1].text):
        return True
    # dates found by the dates extractor
    start, end = core[0].idx, core[-1].idx + len(core[-1].text)
    return (
        not strong
        and not _count_before_a_date(doc, phrase)
        and any(d.start < end and start < d.end for d in ctx.dates)
    )


# -- category and subject -------------------------------------------------------


def _counts_animals(counted: Token | None) -> bool:
    """The counted noun is an animal ("30 elephants", "an estimated 5,000 birds", "livestock")."""
    if counted is None or counted.pos_ != "NOUN":
        return False
    return counted.lemma_.lower() in figure_words.ANIMAL_NOUNS or counted.lower_ in figure_words.ANIMAL_NOUNS


def _whole_made_by_the_event(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "Nine of the 14 detainees", "three of the 20 people arrested", "two of the 11 protesters
    killed": the whole of a partitive counts people the event made (held, hurt, killed), a figure
    of its own; "26 of Colombia's 32 departments", "80 of the 108 senators" count a body or a
    country's parts, no figure, and "Twelve of the 23 killings … took place on 16 May" counts
    events a list by day breaks down (left as it was)."""
    num = doc[phrase.core_end - 1]
    if num.dep_ != "nummod" or num.head.i < num.i:
        return False
    noun = _past_a_name(num.head)  # "three of the 31 University of Abuja students detained"
    lemma = noun.lemma_.lower()
    if figure_words.PERSON_DEFAULT.get(lemma, "other") not in {"other", "protesters"}:
        return True  # "detainees", "prisoners", "victims"
    if not _is_person(noun):
        return False
    return any(
        (c.dep_ in {"acl", "relcl"} and _verb_category(c) not in {None, "protesters", "other"})
        or (c.dep_ == "amod" and c.lower_ in figure_words.ADJ_CATEGORY)
        for c in noun.children
    ) or _participle_after(noun) not in {None, "protesters", "other"}


def _priority(category: str) -> int:
    return figure_words.CATEGORY_PRIORITY.index(category)


#: Entity labels whose words say nothing of what happened ("since March" is no march).
_TIME_LABELS = frozenset({"DATE", "TIME"})


_SENTENCE_LEMMAS_KEY = "tally.figures.sentence_lemmas"


def _sentence_lemmas(tok: Token) -> frozenset[str]:
    """Lemmas and lower-case forms of the words of *tok*'s sentence (dates and times left out).

    Read once per sentence and kept on the Doc: read again for every number,
    a sentence listing hundreds of numbers made figures quadratic.
    """
    sent = tok.sent
    held: dict[int, frozenset[str]] = tok.doc.user_data.setdefault(_SENTENCE_LEMMAS_KEY, {})
    lemmas = held.get(sent.start)
    if lemmas is None:
        # the words from the Doc's columns: a Token only for a blast or a taint word
        doc = tok.doc
        low, lem, ents = token_lowers(doc), token_lemmas(doc), token_ent_types(doc)
        words = [i for i in range(sent.start, sent.end) if ents[i] not in _TIME_LABELS]
        found = {lem[i] for i in words} | {low[i] for i in words}
        blasts = [doc[i] for i in words if lem[i] in _BLAST_WORDS]
        if blasts and all(_accidental_blast(t) for t in blasts):
            # "a gas explosion", "a boiler blast": an accident, not the violence "explosion" names
            found = (found - {t.lemma_.lower() for t in blasts} - {t.lower_ for t in blasts}) | {"accident"}
        fires = [doc[i] for i in words if lem[i] == "fire"]
        if fires and all(_blaze(t) for t in fires):
            # "a fire that killed four children", "died in a house fire": a blaze, not gunfire
            found = (found - {"fire"}) | {"blaze"}
        hits = [doc[i] for i in words if lem[i] == "strike" and doc[i].pos_ == "VERB" and _hits(doc[i])]
        if hits and all(t.pos_ != "NOUN" for t in (doc[i] for i in words if lem[i] == "strike")):
            # "struck by a pickup truck", "a bus struck two cyclists": a blow, not the labour strike
            # that makes a sentence one of protest; from a vehicle, a road accident
            found = (found - {"strike"}) | {"hit"}
            if any(_struck_by_a_vehicle(t) for t in hits):
                found.add(_ROAD_ACCIDENT)
        if not found & _TAINT_VIOLENCE and any(_taints_food(doc[i]) for i in words if lem[i] in _TAINT_WORDS):
            found.add("illness")  # "after they ate tainted rice": a sickness, as a disease's
        lemmas = frozenset(found)
        held[sent.start] = lemmas
    return lemmas


#: Marks a sentence in which a vehicle struck someone (no word, so no list holds it).
_ROAD_ACCIDENT = "road accident"

#: Who comes to a road accident, so whose name makes it no violence: "police said".
_AT_A_ROAD_ACCIDENT = frozenset({"police"})

#: What strikes people on a road: "struck by a pickup truck", "a bus hit two cyclists".
_VEHICLE_NOUNS = frozenset(
    {"car", "truck", "vehicle", "van", "bus", "train", "lorry", "pickup", "suv", "motorcycle", "tram", "taxi"}
)


def _hits(verb: Token) -> bool:
    """The verb "strike" in its sense of hitting: with an object or in the passive ("struck a
    pedestrian", "was struck by a car"); "2,000 dock workers struck" stops work (round 49)."""
    return _passive(verb) or any(c.dep_ == "dobj" for c in verb.children)


def _struck_by_a_vehicle(verb: Token) -> bool:
    """ "was struck by a pickup truck", "a delivery van struck him": a road accident, whose dead
    are ``deaths`` unless the sentence names violence or a protest ("a police truck struck
    marchers")."""
    if _passive(verb):
        doers = [
            g for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by" for g in c.children
        ]
    else:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in _VEHICLE_NOUNS or d.lower_ in _VEHICLE_NOUNS for d in doers)


def _blaze(fire: Token) -> bool:
    """Whether a word "fire" names a blaze: a noun ("a fire that killed four children", "died in a
    house fire", "the fire spread") that no verb of shooting governs ("opened fire", "exchange of
    fire", "set fire to"), no word of weapons or of being shot at qualifies ("sniper fire", "under
    fire"), and that is not aimed "on" or "at" anyone ("fire on protesters"). The verb ("police
    fired on the crowd") is always shooting."""
    if fire.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = fire.head
    if fire.dep_ in {"dobj", "pobj", "nsubjpass"} and head.lemma_.lower() in figure_words.SHOOTING_FIRE_VERBS:
        return False
    if (
        fire.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in {"exchange", "line", "hail"}
    ):
        return False  # "an exchange of fire", "in the line of fire"
    if fire.dep_ == "pobj" and head.lower_ in {"on", "under"} and head.head.lemma_.lower() == "set":
        return False  # "set the building on fire"
    doc = fire.doc
    before = doc[fire.i - 1] if fire.i > 0 else None
    if before is not None and before.lower_.strip("-") in figure_words.SHOOTING_FIRE_MODIFIERS:
        return False
    if any(
        c.lower_ in figure_words.SHOOTING_FIRE_MODIFIERS
        for c in fire.children
        if c.dep_ in {"compound", "amod"}
    ):
        return False
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "set" for c in fire.children):
        return False  # "a fire set by the attackers", "the fire that militants set": arson, an attack
    return not any(c.dep_ == "prep" and c.lower_ in {"on", "at"} for c in fire.children)


#: Words of spoilt food or water: an illness's cause only when food or water is what they spoil.
_TAINT_WORDS = frozenset({"contaminate", "contaminated", "contamination", "taint", "tainted"})
#: What is eaten or drunk (a general lexicon of foods and drinks, and the supply they come from).
_FOOD_NOUNS = frozenset(
    {
        "food", "water", "meal", "rice", "milk", "fish", "seafood", "shellfish", "alcohol", "liquor",
        "drink", "beverage", "juice", "beer", "wine", "moonshine", "meat", "pork", "beef", "chicken",
        "egg", "bread", "flour", "grain", "maize", "corn", "wheat", "cassava", "vegetable", "fruit",
        "oil", "cheese", "formula", "snack", "lunch", "dinner", "breakfast", "soup", "porridge",
        "sweet", "candy", "cake", "mushroom", "bean", "well", "tap", "reservoir",
    }
)  # fmt: skip
#: Violence a sentence may name with spoilt water ("tear gas had contaminated the town's reservoir"):
#: with any of these it tells of an attack, not of an illness.
_TAINT_VIOLENCE = (
    figure_words.VIOLENCE_WORDS
    | figure_words.PROTEST_CONTEXT
    | frozenset({"tear", "teargas", "shoot", "beat", "beaten", "attacker"})
)


def _taints_food(taint: Token) -> bool:
    """Whether a word of spoiling modifies or governs a food or a drink: "tainted seafood",
    "drank from a contaminated well", "had contaminated the town's reservoir", "the water was
    contaminated", "water contamination", "contamination of the rice". "A tainted election" or
    "contaminated evidence" spoil no food, and tell of no illness."""
    nouns = [c for c in taint.children if c.dep_ in {"dobj", "nsubj", "nsubjpass", "compound"}]
    nouns += [g for c in taint.children if c.dep_ == "prep" and c.lower_ in {"of", "in"} for g in c.children]
    if taint.dep_ in {"amod", "compound"}:
        nouns.append(taint.head)
    if taint.dep_ in {"acomp", "oprd"}:
        nouns += [c for c in taint.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for noun in nouns:
        words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
        words += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(w.lemma_.lower() in _FOOD_NOUNS or w.lower_ in _FOOD_NOUNS for w in words):
            return True
    return False


#: Words of an explosion: violence, unless what blew up is no weapon.
_BLAST_WORDS = frozenset({"explosion", "blast", "explode"})

#: What blows up by accident: the gas of a kitchen or a pipe, a boiler, a tank (not tear gas).
_ACCIDENTAL_BLAST_SOURCES = frozenset(
    {"gas", "boiler", "cylinder", "tanker", "pipeline", "fuel", "chemical", "firework", "methane"}
)


def _accidental_blast(blast: Token) -> bool:
    """ "a gas explosion", "a gas cylinder exploded", "a boiler blast", "the explosion of a fuel
    tanker": what blew up is named by a word for gas, a boiler, a tank or fireworks and not by a
    weapon ("a cylinder bomb", "a tear gas canister"), so the blast is an accident."""
    named = [c for c in blast.children if c.dep_ in {"compound", "amod", "nsubj", "nmod"}]
    named += [g for c in blast.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if blast.dep_ == "compound":
        named.append(blast.head)  # "a gas blast site" names the site; "cylinder bomb" names the bomb
    found = False
    for tok in named:
        words = [tok, *(c for c in tok.children if c.dep_ in {"compound", "amod"})]
        lemmas = {w.lemma_.lower() for w in words}
        if lemmas & (figure_words.VIOLENCE_WORDS | {"bomb", "tear", "device", "mine", "weapon"}):
            return False
        found = found or bool(lemmas & _ACCIDENTAL_BLAST_SOURCES)
    return found


def _death_category(tok: Token) -> str:
    """``deaths`` for disease, hunger and disaster, ``killed`` for violence.

    The sentence decides when it names either; otherwise the article does:
    "1,600 deaths of civilians" in a report on a war are killings.
    """
    lemmas = _sentence_lemmas(tok)
    if _died_held(tok):
        return "killed"  # "one death at the central prison, attributed to malaria": in custody (ANNOTATION)
    if lemmas & figure_words.DISEASE_WORDS:
        return "deaths"
    if _ROAD_ACCIDENT in lemmas and not lemmas & (
        (figure_words.VIOLENCE_WORDS - _AT_A_ROAD_ACCIDENT) | figure_words.PROTEST_CONTEXT
    ):
        return "deaths"  # "died after being struck by a pickup truck, police said": an accident
    if lemmas & (figure_words.VIOLENCE_WORDS | figure_words.PROTEST_CONTEXT):
        return "killed"
    # not the words a war shares: "doctors in the emergency wards counted 142 deaths", "declared a
    # state of emergency after 14 died" leave the cause to the article
    if lemmas & ((figure_words.DISASTER_WORDS - _SHARED_WITH_WAR) | _ACCIDENT_WORDS | {"accident"}):
        return "deaths"  # "found dead after the avalanche", "drowned when their boat capsized"
    if "kill" in lemmas:
        return "killed"  # "Of the 304 people killed, 220 died in Khuzestan"
    if _calm_cause_before(tok):
        return "deaths"  # "(The bridge's collapse killed nine.) Four more died in the weeks after"
    return "killed" if _violent_article(tok.doc) else "deaths"


#: Disasters and accidents in which people go missing: ``DISASTER_WORDS`` without the words a war
#: shares with them ("displaced", "affected", "evacuated", "emergency"), and these.
_ACCIDENT_WORDS = frozenset(
    {
        "capsize",
        "capsized",
        "sink",
        "sank",
        "shipwreck",
        "crash",
        "collapse",
        "avalanche",
        "mudslide",
        "tsunami",
        "stampede",
        "derailment",
    }
)
_SHARED_WITH_WAR = frozenset({"displace", "affect", "evacuate", "emergency"})


def _lost_in_a_disaster(tok: Token) -> bool:
    """People missing after a flood, a landslide or a shipwreck: no enforced disappearance (a
    sentence that names violence or protest keeps it one)."""
    lemmas = _sentence_lemmas(tok)
    if lemmas & (figure_words.VIOLENCE_WORDS | figure_words.PROTEST_CONTEXT):
        return False
    return bool(lemmas & ((figure_words.DISASTER_WORDS - _SHARED_WITH_WAR) | _ACCIDENT_WORDS))


def _calm_cause(tok: Token) -> bool:
    """The sentence names a disease, a disaster or an accident and no violence or protest: what
    "killed" people there, or left them dead, is no one's violence (ANNOTATION's ``deaths``)."""
    lemmas = _sentence_lemmas(tok)
    if lemmas & (figure_words.VIOLENCE_WORDS | figure_words.PROTEST_CONTEXT) or _died_held(tok):
        return False
    return _names_a_calm_cause(lemmas) or _calm_cause_before(tok)


#: Words that put a death in custody: "died in police custody", "one death at the prison", "two
#: detainees died", "the third prisoner to die".
_HELD_DEATH_WORDS = frozenset({"custody", "detention", "prison", "jail", "detainee", "prisoner", "inmate"})


def _died_held(tok: Token) -> bool:
    """Whether the sentence of *tok* puts the deaths it counts in custody. ANNOTATION counts deaths
    in custody as ``killed`` whatever cause the authorities give ("confirmed one death at the
    prison but attributed it to malaria", "two detainees died of illness"): the state held them.
    Not in a report on an epidemic, where a prison is one more place the disease reached."""
    return bool(_sentence_lemmas(tok) & _HELD_DEATH_WORDS) and not _outbreak_article(tok.doc)


def _calm_cause_before(tok: Token) -> bool:
    """A count in a sentence that names no cause ("Four more of the riders died in the weeks
    after, and the count of dead climbed to 23") whose paragraph's sentence before names a disease,
    a disaster or an accident, tells harm to people and names no violence or protest ("The bridge's
    collapse killed nine drivers"): the sentence goes on with the harm told before it, and its deaths
    are that cause's (``deaths``), whatever the article says of the protests that followed. A
    sentence that says "kill" or names a cause decides itself, a paragraph break ends what the
    sentence before tells, and a sentence before that harms no one ("talks on a new cabinet
    collapsed") tells no cause of the deaths."""
    sent = tok.sent
    lemmas = _sentence_lemmas(tok)
    own_cause = figure_words.VIOLENCE_WORDS | figure_words.PROTEST_CONTEXT | {"kill"}
    if sent.start == 0 or lemmas & own_cause or _names_a_calm_cause(lemmas):
        return False
    doc = tok.doc
    before = doc[sent.start - 1].sent
    if "\n\n" in doc[before.start : sent.start].text:
        return False
    told = _sentence_lemmas(doc[before.start])
    if told & (figure_words.VIOLENCE_WORDS | figure_words.PROTEST_CONTEXT) or not told & _HARM_TOLD:
        return False
    return _names_a_calm_cause(told)


#: Words by which a sentence tells harm done to people. The sentence before must tell some for its
#: cause to be the count's: "talks collapsed", "the government collapsed" harm no one.
_HARM_TOLD = frozenset(
    {
        "kill", "die", "dead", "death", "toll", "life", "injure", "injured", "injury", "hurt",
        "bury", "trap", "drown", "victim", "body", "casualty", "hospitalize", "hospitalise", "missing",
    }
)  # fmt: skip


#: Words of a hurt body: care for these is care of the injured, whatever illness the sentence names.
_HURT_WORDS = frozenset({"injure", "injury", "injuries", "wound", "wounds", "hurt", "maim", "beat", "burn"})


def _sick_not_hurt(num: Token) -> bool:
    """ "More than 2,400 people have been hospitalized with COVID-19", "clinics treated 85 children
    for malaria": people a hospital cares for, in a sentence that names a disease and no violence,
    protest or wound, are ill, not injured (as those it kills are ``deaths``, not ``killed``)."""
    lemmas = _sentence_lemmas(num)
    # "were taken to hospital after the infection spread": a word unrest shares with an epidemic
    protest = figure_words.PROTEST_CONTEXT - figure_words.SHARED_WITH_DISEASE
    if lemmas & (figure_words.VIOLENCE_WORDS | protest | _HURT_WORDS | {"striker"}):
        return False  # "twelve hunger strikers were hospitalized": a protest, not an illness
    if lemmas & figure_words.DISEASE_WORDS:
        return True
    # "(An outbreak of listeria has spread.) By Friday 23 people had been hospitalized": care whose
    # sentence names no cause at all, in a report on an epidemic, is care of the ill
    return bool(
        lemmas & figure_words.CARE_WORDS
        and not lemmas & (figure_words.HARM_NOUNS | _INJURY_NOUNS | _ACCIDENT_WORDS | {"accident"})
        and _outbreak_article(num.doc)
    )


def _names_a_calm_cause(lemmas: set[str] | frozenset[str]) -> bool:
    """Whether *lemmas* name a disease, a disaster (not one a war shares) or an accident."""
    calm = figure_words.DISEASE_WORDS | (figure_words.DISASTER_WORDS - _SHARED_WITH_WAR) | _ACCIDENT_WORDS
    return bool(lemmas & (calm | {"accident"}))


def _died_of_a_calm_cause(num: Token) -> bool:
    """ "… and 11 died in road accidents or because blockades kept them from hospital": the count
    dies in its own clause of an accident or a disease, and that clause names no violence, whatever
    the sentence around it (or the toll it is a part of) says."""
    if not _dies(num):
        return False
    lemmas = {t.lemma_.lower() for t in num.head.subtree}
    return not lemmas & figure_words.VIOLENCE_WORDS and _names_a_calm_cause(lemmas)


def _killer(verb: Token) -> Token | None:
    """The subject of "kill" or "claim", through a relative pronoun ("the collapse, which killed …")."""
    if verb.lemma_.lower() not in {"kill", "claim"}:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return verb.head if child.lower_ in {"which", "that"} and verb.dep_ == "relcl" else child
    return None


def _killed_by_disease(verb: Token) -> bool:
    """ "Covid-19, which has killed more than 6,000 people", "tuberculosis has killed 90 inmates":
    the killer is a disease, whatever the sentence says of prisons or of its spreading."""
    killer = _killer(verb)
    return killer is not None and _names_disease(killer)


def _killed_by_accident(verb: Token) -> bool:
    """ "(protesters demand justice for) the collapse of a canopy that killed 16 people": the killer
    is an accident (the thing that fell is "of" it), whatever the sentence says of the protest."""
    killer = _killer(verb)
    if killer is None:
        return False
    if killer.dep_ == "pobj" and killer.head.lower_ == "of" and killer.head.head.pos_ == "NOUN":
        killer = killer.head.head  # "the collapse of a canopy that killed …": the clause hangs on the canopy
    return killer.lemma_.lower() in _ACCIDENT_WORDS


def _names_disease(noun: Token) -> bool:
    """The noun, or a word compounded with it ("dengue fever", "the Covid-19 pandemic"), is a disease;
    with an "of", what it is of decides ("the spread of Covid-19", not "an outbreak of violence")."""
    words = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if not words:
        words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"})]
    return any(
        w.lemma_.lower() in figure_words.DISEASE_WORDS or w.lower_ in figure_words.DISEASE_WORDS
        for w in words
    )


_VIOLENT_KEY = "tally.figures.violent"


def _violent_article(doc: Doc) -> bool:
    """Whether the article speaks more of violence and protest than of disease and disaster (once per Doc)."""
    known = doc.user_data.get(_VIOLENT_KEY)
    if known is None:
        violent = figure_words.VIOLENCE_WORDS | figure_words.PROTEST_CONTEXT
        calm = figure_words.DISEASE_WORDS | figure_words.DISASTER_WORDS
        # the lemmas on either list are few: a date's or time's word is left out, its tag read for those only
        lemmas = [
            "blaze" if lemma == "fire" and _blaze(doc[i]) else lemma  # a house fire is no shooting
            for i, lemma in enumerate(token_lemmas(doc))
            if (lemma in violent or lemma in calm) and doc[i].ent_type_ not in _TIME_LABELS
        ]
        known = sum(lemma in violent for lemma in lemmas) > sum(lemma in calm for lemma in lemmas)
        doc.user_data[_VIOLENT_KEY] = known
    return bool(known)


_LINES_KEY = "tally.figures.lines"

#: Marks that open the item of a list: "- 40 arrested", "• 3 killed".
_BULLETS = frozenset({"-", "•", "*", "–", "—", "·", "▪", "‣"})

#: A line of an infobox or a table: a label of at most this many tokens before ":" or a tab …
_LABEL_TOKENS = 4
#: … on a line of at most this many tokens ("Injuries: 4,353+[2]", "Security forces: 19 killed").
_ROW_TOKENS = 16


#: Words that may open an infobox row before its count: "at least 4 are missing", "~40,000".
_ROW_HEDGES = frozenset(
    {"at", "least", "over", "more", "than", "about", "around", "some", "nearly", "~", "c."}
)
#: How many hedge words may stand before a row's count.
_COUNT_ROW_HEDGE = 3
#: How many words a row that opens with a count may have: "950 injured including children[12]".
_COUNT_ROW_TOKENS = 8
#: The marks that end a sentence of running text.
_LINE_ENDS = frozenset({".", "!", "?", ",", ";", ":", '"', "”", "'", "’"})


def _count_row(opens: bool, size: int, last: str) -> bool:
    """A short line that opens with a count and ends in no stop ("950 injured including
    children[12]", "25,000+ arrested[14]"): an infobox's casualty row copied as text, or a
    headline; the small model runs such rows into one sentence."""
    return opens and 1 < size <= _COUNT_ROW_TOKENS and last[-1:] not in _LINE_ENDS


def _lines(doc: Doc) -> tuple[list[int], set[int]]:
    """The line of every token, and the lines that are items of a list, an infobox or a table
    (once per Doc): a bullet first, or a short label before ":" or a tab."""
    known = doc.user_data.get(_LINES_KEY)
    if known is None:
        line_of: list[int] = []
        items: set[int] = set()
        line, size, labelled = 0, 0, False
        spaces = token_flags(doc, "IS_SPACE")  # no Token per word
        lowers = token_lowers(doc)
        opens, last = False, ""  # the line opens with a count; its last word
        for i, (text, space) in enumerate(zip(token_texts(doc), spaces, strict=True)):
            line_of.append(line)
            if not space:
                size += 1
                if size == 1 and (text in _BULLETS or text[:1] == "•"):
                    items.add(line)
                if 1 < size <= _LABEL_TOKENS + 1 and text == ":":
                    labelled = True
                if size <= _COUNT_ROW_HEDGE + 1 and not opens and text[:1].isdigit():
                    opens = size == 1 or all(
                        spaces[j] or lowers[j] in _ROW_HEDGES for j in range(i - size + 1, i)
                    )
                last = text
            if "\t" in text and size <= _LABEL_TOKENS:
                labelled = True
            if "\n" in text:
                if (labelled and size <= _ROW_TOKENS) or _count_row(opens, size, last):
                    items.add(line)
                line, size, labelled, opens, last = line + 1, 0, False, False, ""
        if (labelled and size <= _ROW_TOKENS) or _count_row(opens, size, last):
            items.add(line)
        known = (line_of, items)
        doc.user_data[_LINES_KEY] = known
    return known


_ASKED_KEY = "tally.figures.asked"

#: Sentences after a "how many" question that answer it: the answer's first sentences.
_ANSWER_SENTENCES = 3

_SENTENCE_ENDS = frozenset({".", "!"})


def _question_category(words: Iterable[Token]) -> str | None:
    """What the words of a "how many" question after "many" ask about: "people were wounded"
    → ``injured``, "died in Bo" → ``killed``."""
    for tok in words:
        lemma = tok.lemma_.lower()
        if lemma in _DYING_VERBS:
            return "killed"
        found = (
            figure_words.VERB_CATEGORY.get(lemma)
            or figure_words.ADJ_CATEGORY.get(tok.lower_)
            or figure_words.NOUN_CATEGORY.get(lemma)
        )
        if found is not None:
            return str(found)
    return None


def _asked(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, category)`` of every answer to a "how many" question (once per Doc): the
    tokens after its "?" up to the end of the answer's first sentences or the next question."""
    known = doc.user_data.get(_ASKED_KEY)
    if known is None:
        known = []
        many: int | None = None  # the "many" of the question being read
        asked: str | None = None
        start, left = 0, 0
        lowers = token_lowers(doc)  # no Token per word
        for i, text in enumerate(token_texts(doc)):
            if asked is not None and (text == "?" or (text in _SENTENCE_ENDS and left == 1)):
                known.append((start, i + 1, asked))
                asked = None
            elif asked is not None and text in _SENTENCE_ENDS:
                left -= 1
            if lowers[i] == "many" and i > 0 and lowers[i - 1] == "how":
                many = i
            elif text == "?" and many is not None:
                asked = _question_category(doc[many + 1 : i])
                start, left, many = i + 1, _ANSWER_SENTENCES, None
            elif "\n" in text:
                many = None  # a question ends on its line
        if asked is not None:
            known.append((start, len(doc), asked))
        doc.user_data[_ASKED_KEY] = known
    return known


def _asked_category(num: Token) -> str | None:
    """ "Q: How many students were detained? A: Lawyers put it at about 1,200": a bare count in
    the answer to a "how many" question of an interview, a Q&A or a live blog counts what the
    question asked about."""
    answers = _asked(num.doc)
    k = bisect_right(answers, (num.i, len(num.doc) + 1, "")) - 1
    if k >= 0 and answers[k][0] <= num.i < answers[k][1]:
        return answers[k][2]
    return None


def _leaves_list_item(tok: Token, head: Token) -> bool:
    """The parse links a token of a list item or an infobox row to another line: the small
    model runs the items of a list ("- 41 children killed\n- Over 14,000 arrested") or the rows
    of an infobox into one sentence, and no item's verb decides what another item counts."""
    line_of, items = _lines(tok.doc)
    here, there = line_of[tok.i], line_of[head.i]
    return here != there and (here in items or there in items)


def _item_start(num: Token) -> bool:
    """*num* opens an item of a bulleted list ("- 917 arbitrary detentions"), and the parser hung
    it on a word of another line."""
    line_of, items = _lines(num.doc)
    before = num.doc[num.i - 1] if num.i > 0 else None
    return (
        line_of[num.i] in items
        and before is not None
        and (before.text in _BULLETS or before.text[:1] == "•")
        and line_of[num.head.i] != line_of[num.i]
    )


def _same_list_item(a: Token, b: Token) -> bool:
    """Both tokens lie on one item of a list (or one row of an infobox)."""
    line_of, items = _lines(a.doc)
    return line_of[a.i] == line_of[b.i] and line_of[a.i] in items


def _event_sentence(lemmas: frozenset[str]) -> bool:
    """The sentence speaks of protest, violence, disease or disaster."""
    return bool(
        lemmas
        & (
            figure_words.PROTEST_CONTEXT
            | figure_words.VIOLENCE_WORDS
            | figure_words.DISEASE_WORDS
            | figure_words.DISASTER_WORDS
        )
    )


def _outbreak_article(doc: Doc) -> bool:
    """The article speaks of a disease more than of violence (a report on an epidemic; once per Doc:
    asked for every count of care or of cases)."""
    known = doc.user_data.get(_OUTBREAK_KEY)
    if known is None:
        disease = figure_words.DISEASE_WORDS
        known = not _violent_article(doc) and any(
            lemma in disease and doc[i].ent_type_ not in _TIME_LABELS
            for i, lemma in enumerate(token_lemmas(doc))
        )
        doc.user_data[_OUTBREAK_KEY] = known
    return bool(known)


_OUTBREAK_KEY = "tally.figures.outbreak"


#: Gatherings to mourn the dead of a crackdown, whose crowds are counted like a rally's.
_MOURNING = frozenset({"funeral", "ceremony", "memorial", "procession", "commemoration", "burial"})


#: Services whose congregation is counted as a crowd in a crackdown: "Friday prayers were attended by thousands".
#: ("service" only with such a word before it: "a funeral service", not "the wire service").
_WORSHIP = frozenset({"mass", "prayer", "sermon", "vigil"})


def _hyphened_lemma(noun: Token) -> str:
    """The lemma of a noun written with a hyphen, which the tokenizer splits: "sit-ins" is "sit",
    "-", "ins", read "sit-in" (the lexicons list the whole word)."""
    lemma = noun.lemma_.lower()
    if noun.i >= 2 and noun.doc[noun.i - 1].text == "-" and noun.doc[noun.i - 2].head.i == noun.i:
        return f"{noun.doc[noun.i - 2].lower_}-{lemma}"
    return lemma


def _gathering(noun: Token) -> bool:
    """A protest, a mourning rite or a service: what a crowd "attends"."""
    lemma = _hyphened_lemma(noun)
    if lemma in figure_words.PROTEST_CONTEXT or lemma in _MOURNING or lemma in _WORSHIP:
        return True
    return lemma == "service" and any(
        c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in _MOURNING or c.lemma_.lower() in _WORSHIP)
        for c in noun.children
    )


#: How far up a participle "attended by" looks for the clause whose subject it describes.
_ATTENDED_REACH = 4


def _attended_clause(verb: Token) -> bool:
    """ "Rallies went on in the capital and six towns, attended by tens of thousands": a participle
    set off after a clause about gatherings, which the parser hangs on the clause's last noun."""
    if verb.dep_ not in {"acl", "advcl"}:
        return False
    x = verb.head
    for _ in range(_ATTENDED_REACH):
        if _gathering(x):
            return True
        if x.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ in {"nsubj", "nsubjpass"} and _gathering(c) for c in x.children)
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _state_left_in(verb: Token) -> str | None:
    """ "left dozens of people hurt": the state right after the object of "leave", which the parser
    often hangs elsewhere (on the main verb, or as a clause of its own)."""
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.right_edge.i + 1 < len(doc):
            state = doc[obj.right_edge.i + 1].lower_
            if state == "dead":
                return _death_category(verb)  # "the quake left 300 people dead": maybe no violence
            if state in figure_words.ADJ_CATEGORY:
                return figure_words.ADJ_CATEGORY[state]
    return None


#: Relative pronouns that stand, as a clause's subject, for the noun the clause hangs on.
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative subject stands for: "the dead, who included 17 teenagers", "the
    protesters, who numbered 3,000", and past a clause of saying ("the march, which organisers
    said drew 200,000"); any other subject is itself."""
    if subject.lower_ not in _RELATIVE_SUBJECTS:
        return _of_which_antecedent(subject) or subject
    clause = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb
    return clause.head if clause.dep_ == "relcl" else subject


def _of_which_antecedent(subject: Token) -> Token | None:
    """ "weeks of protests, the largest of which drew 50,000 people", "rallies, one of which drew
    30,000": a part picked out "of which" stands for the noun the relative refers to, the one right
    before the comma (the parser may hang the clause on the sentence's verb, not on that noun)."""
    if not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "which" for g in c.children)
        for c in subject.children
    ):
        return None
    k = subject.left_edge.i - 1
    doc = subject.doc
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return doc[k] if k >= 0 and doc[k].pos_ in {"NOUN", "PROPN"} else None


#: Prepositions of where something comes from: its object is a place people left, not one they are in.
_SOURCE_PREPS = frozenset({"from"})


#: Verbs through which people bear a bodily harm: "suffered burns", "sustained fractures", "were
#: left with broken bones", "had lacerations", "were treated for concussion".
_HARM_BEARING_VERBS = frozenset(
    {"suffer", "sustain", "have", "bear", "show", "nurse", "receive", "incur", "leave", "treat", "admit"}
)

#: The plain nouns of being hurt, which the phrasal list pairs with some of those verbs.
_INJURY_NOUNS = frozenset({"injury", "injuries", "wound", "wounds"})


#: Acts of force one takes part in without protesting: "took part in the crackdown".
_FORCE_ACTS = frozenset(
    {"operation", "crackdown", "raid", "beating", "assault", "killing", "massacre", "sweep", "dispersal"}
)


def _part_in_force(verb: Token) -> bool:
    """ "took part in the operation", "took part in the beating of the prisoners": what "took
    part" is in (its "in" on the verb or on "part") is an act of force, no protest."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part")]
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FORCE_ACTS
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
    )


def _with_harm(verb: Token) -> bool:
    """ "were brought in with bullet injuries", "arrived at the clinic with burns", "were rushed to
    hospital with head trauma": a "with" on the verb whose object is a bodily harm says the people
    the verb moves or counts are hurt, whatever the verb ("with" on the counted noun itself is read
    by ``_with_wounds``); also a "with" hung on the place the verb moves them to ("rushed to
    hospital with head trauma", where "to hospital" may be parsed as a clause of its own)."""
    holders = [verb]
    for child in verb.children:
        if child.dep_ == "xcomp":
            holders.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"to", "into"}:
            holders.extend(g for g in child.children if g.dep_ == "pobj")
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            g.dep_ == "pobj"
            and (
                g.lower_ in _INJURY_NOUNS
                or g.lemma_.lower() in _INJURY_NOUNS
                or g.lower_ in figure_words.HARM_NOUNS
            )
            for g in prep.children
        )
        for holder in holders
        for prep in holder.children
    )


#: Verbs that put or keep people somewhere: "placed under house arrest", "remain under house arrest".
_KEEPING_VERBS = frozenset({"place", "put", "keep", "hold", "be", "remain", "stay", "confine", "live"})


#: Modals that, with "have" and a participle, tell what did not happen: "would have died".
_COUNTERFACTUAL_MODALS = frozenset({"would", "'d", "’d"})


def _counterfactual(verb: Token) -> bool:
    """ "These 18 soldiers would have died without a transfusion", "the 40 passengers would have been
    killed had the bridge fallen": a modal of the unreal past with "have" tells what did not happen,
    so its verb gives the counted people no category ("may have died", "might have been killed"
    guess at what did happen and keep theirs)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBN"
        and any(a.lower_ in _COUNTERFACTUAL_MODALS for a in aux)
        and any(a.lemma_.lower() == "have" for a in aux)
    )


#: Verbs of taking people away by force: "taken from their homes", "dragged from their beds".
_TAKING_VERBS = frozenset({"take", "drag", "snatch", "seize", "grab", "pull"})
#: Where people are when they are taken away: "from their homes", "from the street", "from the market".
_TAKEN_FROM_PLACES = frozenset(
    {
        "home",
        "house",
        "bed",
        "dormitory",
        "street",
        "road",
        "market",
        "office",
        "school",
        "campus",
        "car",
        "bus",
        "mosque",
        "church",
        "neighbourhood",
        "neighborhood",
        "shop",
        "workplace",
    }
)


def _taken_from_where_they_were(verb: Token) -> bool:
    """ "at least seven men had been taken from the street", "soldiers took 14 men from their
    homes": people taken by force from where they live or stand are held (as "taken away" is); not
    "the bodies were taken from the river", nor "taken from a hospital" (moved out of care)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _TAKEN_FROM_PLACES for g in c.children)
        for c in verb.children
    )


def _verb_category(verb: Token) -> str | None:
    """The category a verb (with its particles and complements) gives its counted object; none for
    a verb of what did not happen (:func:`_counterfactual`)."""
    if _counterfactual(verb):
        return None
    lemma = verb.lemma_.lower()
    related = set()
    for child in verb.children:
        if child.dep_ in {"prt", "acomp", "oprd", "advmod", "dobj", "xcomp", "attr", "npadvmod"} or (
            child.dep_ == "advcl" and child.pos_ == "ADJ"  # "300 went missing after the raid"
        ):
            related.add(child.lemma_.lower())
            related.add(child.lower_)
        if (child.dep_ in {"prep", "agent", "advmod"} or (child.dep_ == "oprd" and child.pos_ == "ADP")) and (
            child.lower_ not in _SOURCE_PREPS
        ):
            # "19 were kept in custody": the parser may make the "in" the verb's predicate; not
            # "taken from a hospital", a place people are moved out of
            for grand in child.children:
                if grand.dep_ == "pobj":
                    if (
                        lemma in _KEEPING_VERBS
                        and grand.lemma_.lower() == "arrest"
                        and any(c.dep_ == "compound" and c.lower_ == "house" for c in grand.children)
                    ):
                        return "detained"  # "were placed under house arrest": held at home
                    related.add(grand.lemma_.lower())
                    related.add(grand.lower_)
                    # "placed in detention facilities", "kept in police cells": the kind of place
                    related.update(c.lemma_.lower() for c in grand.children if c.dep_ == "compound")
        if child.dep_ == "dobj":
            # "a sit-in" is three tokens with "in" as head
            related.add("".join(t.text for t in child.subtree if t.dep_ != "det").lower())
            # "shot dead two protesters": the complement parsed as the object's adjective
            related.update(
                g.lower_ for g in child.children if g.dep_ == "amod" and g.i == verb.i + 1 and g.pos_ == "ADJ"
            )
            if _medical_help(child):
                related.add("treatment")  # "sought medical help", "needed medical attention"
            # "treated 140 people for injuries": the parser hangs the verb's phrase on its object
            # (not its "of": "put the number of deaths at 10" puts no one to death)
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ != "of":
                    related.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pobj")
    # the small model lemmatises some verbs wrongly ("staged" → "stag")
    lemmas = {lemma, verb.lower_, verb.lower_.removesuffix("d"), verb.lower_.removesuffix("ed")}
    if verb.tag_ == "VBG" and verb.lower_.endswith("ing"):
        lemmas.add(verb.lower_[:-3] + "e")  # "were staging a sit-in", lemmatised "stag"
    if lemma == "take" and "part" in related and _part_in_force(verb):
        return None  # "200 police officers took part in the operation": no protest
    for (head, word), category in figure_words.PHRASAL_CATEGORY.items():
        if head in lemmas and word in related:
            return category
    if lemmas & _HARM_BEARING_VERBS and related & (figure_words.HARM_NOUNS | _INJURY_NOUNS):
        return "injured"  # "suffered severe eye trauma", "sustained fractures", "were left with injuries"
    if _with_harm(verb) and lemma not in {"die", "perish", "succumb", "drown"} and "dead" not in related:
        return "injured"  # "nine people were brought in with bullet injuries", "arrived with burns"
    if lemma in {"draw", "attract"} and any(
        c.dep_ == "nsubj"
        and (
            (subject := _hyphened_lemma(_antecedent(c, verb))) in figure_words.PROTEST_CONTEXT
            or subject in _MOURNING
        )
        for c in verb.children
    ):
        return "protesters"  # "the march drew tens of thousands", "the funeral drew 1,000 people"
    if _heeds_a_call_to_protest(verb):
        return "protesters"  # "tens of thousands answered the call to march"
    if lemma in {"attend", "join", "follow"} and (
        any(c.dep_ in {"dobj", "nsubjpass"} and _gathering(_antecedent(c, verb)) for c in verb.children)
        or _attended_clause(verb)
    ):
        # "60,000 attended the rally", "the march was attended by 25,000", "the funeral was
        # attended by thousands of mourners", "Friday prayers were attended by thousands", "the
        # picket was joined by 200 people", "thousands followed the funeral procession": a crowd
        return "protesters"
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd", "xcomp"} and child.tag_ == "VBN":
            done = None
            if any(_complements_a_participle(c) for c in child.children):
                # "two were found shot dead", "found beaten to death": the state is the
                # participle's own with its complement, one level down
                done = _verb_category(child)
            done = done or figure_words.VERB_CATEGORY.get(child.lemma_.lower())
            if done:
                return done  # "two were found beheaded", "were left wounded"
        if child.dep_ in {"oprd", "xcomp"} and child.lower_ in figure_words.ADJ_CATEGORY:
            return figure_words.ADJ_CATEGORY[child.lower_]  # "were reported missing", "declared missing"
        if (
            child.dep_ == "acomp"
            and lemma in _CARE_STATE_VERBS
            and verb.dep_ == "relcl"
            and child.lower_ in figure_words.ADJ_CATEGORY
        ):
            return figure_words.ADJ_CATEGORY[child.lower_]  # "six people who remain unaccounted for"
        if child.dep_ == "prep" and child.lower_ == "as":
            for grand in child.children:
                if grand.dep_ in {"pcomp", "pobj"} and grand.lower_ in figure_words.ADJ_CATEGORY:
                    return figure_words.ADJ_CATEGORY[grand.lower_]  # "listed as missing"
    if lemma not in {"sentence", "condemn", "stand"} and any(_to_death(c) for c in verb.children):
        return "killed"  # "burned to death", "beaten to death", "stoned to death"
    suffered = _subjected_to(verb) if lemma == "subject" else None
    if suffered is not None:
        return suffered  # "32 people had been subjected to enforced disappearance"
    left_in = _state_left_in(verb) if lemma == "leave" else None
    if left_in is not None:
        return left_in  # "clashes that have left dozens of people hurt"
    if lemma in {"die", "perish", "succumb", "drown"} or "dead" in related or _did_not_make_it(verb):
        return _death_category(verb)  # "died in the ambush", "succumbed to their wounds", "left 12 dead"
    if lemma == "bury" and _buries_people(verb):
        return _death_category(
            verb
        )  # "a gravedigger buried 20 people in a week", "helped bury three": the dead
    if _fatally(verb):
        return _death_category(verb)  # "three protesters were fatally shot", "mortally wounded"
    if lemma in figure_words.LIFE_VERBS and related & {"life", "lives"}:
        return _death_category(verb)  # "the fighting claimed 48 lives", "12 people lost their lives"
    if lemma == "catch" and any(
        c.dep_ == "prt" or (c.dep_ == "dobj" and not _is_person(c) and not c.like_num) for c in verb.children
    ):
        return None  # "caught fire", "caught up in the fighting": no arrest
    if lemma == "hold" and _held_by_relative(verb):
        return "detained"
    if lemma in _TAKING_VERBS and _taken_from_where_they_were(verb):
        return "detained"  # "14 men were taken from their homes", "seized 12 young men from the street"
    if _not_seen_since(verb):
        return "disappeared"  # "four boys taken by soldiers have not been seen since"
    if verb.pos_ == "ADJ" and verb.lower_ in figure_words.ADJ_CATEGORY:
        return figure_words.ADJ_CATEGORY[verb.lower_]
    if (
        verb.tag_ == "VBG"
        and verb.lower_ in figure_words.ADJ_CATEGORY
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return figure_words.ADJ_CATEGORY[verb.lower_]  # "200 of them were still missing", tagged a verb
    if lemma == "hold" and (_people_held(verb) or _jail_holds(verb) or _held_by_captors(verb)):
        return "detained"
    if lemma in _CARE_STATE_VERBS and _in_medical_care(verb):
        return "injured"  # "12 of whom remain in critical condition", "5 were still in intensive care"
    if _medical_treatment(verb):
        return "injured"  # "medics treated 88 people at the scene"
    if _taken_in_for_care(verb):
        return "injured"  # "the hospital received 160 patients"
    if (
        lemma == "lose"
        and any(c.dep_ == "dobj" and _is_person(c) for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    ):
        return _death_category(
            verb
        )  # "the army said it had lost nine soldiers" (not "lost 3 players to injury")
    if _facing_execution(verb):
        return "sentenced"  # "16 protesters are at risk of execution", "26 people who face execution"
    if lemma in _STRIKING_VERBS:
        struck = _struck_by(verb)
        if struck is not None or (lemma == "strike" and _passive(verb)):
            return struck  # "eight people were struck by live ammunition": hurt, not on strike
    if lemma == "shoot" and _shot_in_a_limb_or_with_a_projectile(verb):
        return "injured"  # "were shot in the leg", "shot 14 students with rubber bullets"
    if lemma in {"shoot", "hold", "take", "put", "be", "remain", "go", "lose", "join"}:
        return None  # only with the complements above
    if _jailed_by_a_court(verb):
        return "sentenced"  # "a court jailed 12 protesters", "were jailed for five years"
    found: str | None = figure_words.VERB_CATEGORY.get(lemma)
    if found == "protesters" and lemma in _MOVING_VERBS and not _crowd_of_protest(verb):
        return None  # "hundreds of residents flocked to the beach": a crowd, of protesters only in a text about protest
    if found is None and verb.tag_ in {"VBN", "VBD"} and verb.lower_.endswith("ed"):
        found = figure_words.VERB_CATEGORY.get(verb.lower_.removesuffix("d"))  # "fined", lemmatised "fin"
    if found is None:
        found = _held_again(verb)
    return found


#: The outcomes a bare "were shot" may take from the count told just before it.
_SHOT_CATEGORIES = frozenset({"killed", "injured"})


def _buries_people(verb: Token) -> bool:
    """ "a gravedigger buried 20 people", "we helped bury three of our neighbours", "five were buried
    on Sunday": whom one buries is dead, a toll's count (round 49). Not things buried ("bullets
    found buried in the ground"): a person noun or a bare number as the object or passive subject."""
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and (_is_person(c) or (c.like_num and c.pos_ == "NUM"))
        for c in verb.children
    )


def _shot_with_no_outcome(anchor: Token) -> bool:
    """Whether the people at *anchor* are said to have been shot and no more: "two more men were
    shot", "15 of them had been shot", "three people found shot". "Shot" alone says neither dead
    nor wounded (its complements, "shot dead", "shot in the leg", are read by the verb's
    category before this is asked), so the count of the passage before it decides."""
    verbs = [anchor.head] if anchor.dep_ in {"nsubjpass", "nsubj"} else []
    verbs += [c for c in anchor.children if c.dep_ == "acl"]
    for verb in verbs:
        if verb.lemma_.lower() == "find":
            verb = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp", "acomp", "ccomp"}), verb)
        if verb.lemma_.lower() == "shoot" and verb.tag_ == "VBN":
            return True
    return False


def _complements_a_participle(tok: Token) -> bool:
    """Whether ``tok`` completes a participle's state: "(shot) dead", "(stabbed) to death", "(beaten) unconscious"."""
    return (tok.dep_ in {"oprd", "acomp"} and tok.pos_ == "ADJ") or _to_death(tok)


def _to_death(tok: Token) -> bool:
    """Whether ``tok`` is the "to death" of "burned to death", "stabbed to death"."""
    return tok.dep_ == "prep" and tok.lower_ == "to" and any(g.lower_ == "death" for g in tok.children)


def _did_not_make_it(verb: Token) -> bool:
    """ "eleven patients did not make it", "three of the wounded didn't make it to hospital": the
    negated idiom "make it" (survive, arrive alive) says they died; a verb of dying like "die".
    Reaching a place is no survival: a goal or way ("to", "into", "past", "across", "through" a
    place) or an adverb of place ("home", "back") must be a place of care, while a time to live
    through ("through the night") or an ordeal ("through surgery") still tells a death."""
    if not (
        verb.lemma_.lower() == "make"
        and any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    ):
        return False
    # not "seven teams did not make it to the final", "200 villagers did not make it into the city"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _PLACE_ADVERBS for c in verb.children):
        return False
    goals = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _MAKE_IT_GOAL_PREPS
        for g in c.children
        if g.dep_ == "pobj" and not _time_or_ordeal(g)
    ]
    return (
        bool(subjects)
        and all(_is_person(s) or s.like_num for s in subjects)
        and all(g.lemma_.lower() in _CARE_PLACES for g in goals)
    )


#: Prepositions of where "make it" goes: "make it to/into/past/across/through the city".
_MAKE_IT_GOAL_PREPS = frozenset(
    {
        "to",
        "into",
        "onto",
        "past",
        "across",
        "through",
        "over",
        "toward",
        "towards",
        "inside",
        "beyond",
        "back",
    }
)
#: Adverbs of a place or direction reached: "did not make it home", "didn't make it back".
_PLACE_ADVERBS = frozenset(
    {
        "home",
        "back",
        "here",
        "there",
        "inside",
        "indoors",
        "ashore",
        "abroad",
        "downtown",
        "across",
        "past",
        "away",
    }
)
#: Spans of time lived through: "did not make it through the night", "to the weekend".
_TIME_SPAN_NOUNS = frozenset({"minute", "hour", "day", "night", "week", "weekend", "month", "year", "winter"})
#: Ordeals survived or not: "did not make it through surgery".
_ORDEAL_NOUNS = frozenset({"surgery", "operation", "ordeal", "treatment"})


def _time_or_ordeal(noun: Token) -> bool:
    """ "through the night", "to Christmas", "through surgery": what "make it" reaches is a time or
    an ordeal to live through, not a place, and failing to reach it is dying."""
    lemma = noun.lemma_.lower()
    return lemma in _TIME_SPAN_NOUNS or lemma in _ORDEAL_NOUNS or noun.ent_type_ in _TIME_LABELS


def _held_again(verb: Token) -> str | None:
    """ "Police rearrested 17 activists", "23 were redetained": a verb of arrest or detention
    done again (the model lemmatises "rearrested" as "rearreste") counts like the verb."""
    word = verb.lower_
    if verb.pos_ != "VERB" or not word.startswith("re") or len(word) < 7:
        return None
    stem = word[2:].removeprefix("-")
    for form in (stem, stem.removesuffix("d"), stem.removesuffix("ed"), stem.removesuffix("s")):
        found = figure_words.VERB_CATEGORY.get(form)
        if found in _HELD_CATEGORIES:
            return str(found)
    return None


#: Verbs of striking someone: with a projectile or weapon, those struck are hurt.
_STRIKING_VERBS = frozenset({"hit", "strike"})


def _struck_by(verb: Token) -> str | None:
    """ "were struck by live ammunition", "hit by tear gas canisters", "rubber bullets hit 45
    protesters": people struck by a projectile or weapon are injured. A passive "struck" with no
    weapon named is no strike either (the caller's); an active one keeps its own senses ("2,000
    workers struck", "sales hit 5,000")."""
    passive = _passive(verb)
    weapons = [
        g
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "with"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not passive:
        weapons = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(c.dep_ == "dobj" for c in verb.children):
            return None
        if not weapons and _after_firing(verb):
            return "injured"  # "opened fire on the march, hitting 9 people"
    return "injured" if any(w.lemma_.lower() in figure_words.PROJECTILE_NOUNS for w in weapons) else None


def _after_firing(verb: Token) -> bool:
    """ "Troops opened fire on the march, hitting 9 people", "fired tear gas into the crowd,
    hitting 12": a participle with no subject of its own hung on a verb of firing, whose shots it
    tells landing."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return False
    head = verb.head
    return head.lemma_.lower() in {"fire", "shoot"} or (
        head.lemma_.lower() == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in head.children)
    )


#: Limbs and eyes a shot that wounds is said to hit ("shot in the leg"); not the head or chest,
#: where reporting as often tells a death.
_LIMB_NOUNS = frozenset(
    {"leg", "arm", "hand", "foot", "feet", "thigh", "knee", "ankle", "shoulder", "eye", "buttock"}
)


def _shot_in_a_limb_or_with_a_projectile(verb: Token) -> bool:
    """ "were shot in the leg", "shot 14 students with rubber bullets", "shot with live
    ammunition": a shooting that names the limb it hit ("in") or the projectile fired ("with")
    wounds (a death is read before: "shot dead", "fatally shot")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "with"}:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            word = noun.lemma_.lower()
            if prep.lower_ == "in" and word in _LIMB_NOUNS:
                return True
            if prep.lower_ == "with" and word in figure_words.PROJECTILE_NOUNS:
                return True
    return False


def _passive(verb: Token) -> bool:
    """*verb* is in the passive: "were struck", "12 people hit by stones" (a participle with an agent)."""
    return any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in verb.children)


def _subjected_to(verb: Token) -> str | None:
    """ "were subjected to enforced disappearance", "subjected to arbitrary arrest": what people are
    subjected to, when it is an event done to people, is their category ("subjected to torture"
    names none)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for noun in prep.children:
                cat = _noun_category(noun) if noun.dep_ == "pobj" else None
                if cat in _PEOPLE_CATEGORIES:
                    return cat
    return None


#: Verbs of news of someone: people not "seen" or "heard from" since are missing.
_SIGHT_VERBS = frozenset({"see", "hear"})


def _not_seen_since(verb: Token) -> bool:
    """ "have not been seen since", "have not been heard from since": people of whom there has been
    no sign since they were taken are disappeared (the negation and the "since" both needed:
    "were seen at the court" and "have not been seen in court" say nothing of it)."""
    if verb.lemma_.lower() not in _SIGHT_VERBS or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "auxpass" for c in children)
        and any(t.lower_ == "since" for t in verb.subtree if t.i > verb.i)
    )


def _unseen_after_taken(verb: Token) -> bool:
    """ "nine men taken away by police have not been seen since": the small model makes "taken" the
    clause's verb and leaves "not been seen since" a second clause with no subject; that clause
    is still about the people taken."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False  # a bare participle: "Police arrested 40 and have not been seen" is no such clause
    siblings = verb.head.children if verb.dep_ in {"ccomp", "conj"} else iter(())
    return any(
        other.i > verb.i
        and other.dep_ in {"ccomp", "conj"}
        and _not_seen_since(other)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in other.children)
        for other in (*verb.children, *siblings)
    )


def _fate_hidden_next(subject: Token) -> bool:
    """ "Nine activists were taken away by masked men. Their whereabouts remain unknown.": the
    people a sentence's subject counts, of whom the next sentence of the paragraph says "their
    whereabouts" are unknown or "they have not been seen since", are disappeared (the mark of an
    enforced disappearance, told over two sentences)."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    doc, end = subject.doc, subject.sent.end
    if end >= len(doc) or "\n\n" in doc_text(doc)[subject.idx : doc[end].idx]:
        return False  # the last sentence of its paragraph
    for tok in doc[end].sent:
        if _whereabouts_unknown(tok) and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            return True  # "Their whereabouts are unknown"
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.lower_ == "they" and _not_seen_since(tok.head):
            return True  # "They have not been seen since"
    return False


#: What people who "face" it or are "at risk of" it were condemned to: execution, a death sentence.
_EXECUTION_NOUNS = frozenset({"execution", "hanging", "gallows"})
#: Punishments that are executions when "death" qualifies them: "the death penalty", "death sentences".
_PENALTY_NOUNS = frozenset({"penalty", "sentence"})


def _means_execution(noun: Token) -> bool:
    """ "execution", "the gallows", "the death penalty", "a death sentence"."""
    lemma = noun.lemma_.lower()
    if lemma in _EXECUTION_NOUNS:
        return True
    return lemma in _PENALTY_NOUNS and any(c.lower_ == "death" for c in noun.children)


def _facing_execution(verb: Token) -> bool:
    """ "26 people who face execution", "11 men face the death penalty", "16 protesters are at risk
    of execution": people condemned, or tried, on capital charges, counted as the sentenced (not
    "face charges" or "face trial", which say nothing of a sentence)."""
    lemma = verb.lemma_.lower()
    if lemma == "face":
        return any(c.dep_ == "dobj" and _means_execution(c) for c in verb.children)
    if lemma != "be":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and any(
            risk.lemma_.lower() == "risk"
            and any(_means_execution(g) for of in risk.children for g in of.children)
            for risk in prep.children
        )
        for prep in verb.children
    )


#: Adverbs that make a wound a death: "fatally shot", "mortally wounded", "three of them fatally".
_FATAL_ADVERBS = frozenset({"fatally", "mortally"})


def _fatally(tok: Token) -> bool:
    """ "fatally shot", "shot, three of them fatally": a verb of harm (or a part of its count)
    with an adverb of death counts the dead, not the hurt."""
    return any(c.dep_ == "advmod" and c.lower_ in _FATAL_ADVERBS for c in tok.children)


#: Verbs of putting people behind bars, which a court's judgment makes sentences.
_JAIL_VERBS = frozenset({"jail", "imprison"})
#: Who passes judgment: "a court jailed 12", "jailed by a magistrate".
_COURTS = frozenset({"court", "judge", "magistrate", "tribunal", "jury"})
#: Terms a judgment sets: "jailed for six years", "imprisoned for life".
_TERMS = frozenset({"year", "month", "week", "life", "term"})


def _jailed_by_a_court(verb: Token) -> bool:
    """ "A court in Grodno jails 12", "15 of whom were jailed for two to five years": jailing by
    a court, or for a term, is a sentence, not a detention."""
    if verb.lemma_.lower() not in _JAIL_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in _COURTS:
            return True
        if child.dep_ == "agent" and any(g.lemma_.lower() in _COURTS for g in child.children):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "for"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _TERMS for g in child.children)
        ):
            return True
    return False


#: Verbs that say in what state people are: "remain in critical condition", "lie in hospital".
_CARE_STATE_VERBS = frozenset({"be", "remain", "stay", "lie"})

#: What the hurt are in: "intensive care", "critical condition".
_CARE_STATES = frozenset({"care", "condition"})
_GRAVE = frozenset({"intensive", "critical", "serious", "stable", "grave"})


#: States of the hurt said with no noun: "12 others were stable", "three are critical".
_CARE_ADJECTIVES = frozenset({"critical", "stable"})


def _in_medical_care(verb: Token) -> bool:
    """ "(43 were treated,) 5 of whom were still in intensive care", "12 remain in critical
    condition", "12 others were stable": people in hospital care are hurt (not "in the care of
    relatives")."""
    if any(c.dep_ == "acomp" and _a_patients_state(c) for c in verb.children):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in _CARE_STATES
            and any(a.dep_ == "amod" and a.lower_ in _GRAVE for a in g.children)
            for g in prep.children
        )
        for prep in verb.children
    )


def _a_patients_state(adjective: Token) -> bool:
    """ "three are critical", "12 others were stable": a state of the hurt. Not with a complement
    of its own: "critical of the plan" judges, "critical to the talks" is crucial, "stable in
    price" says nothing of a body (round 49)."""
    return adjective.lower_ in _CARE_ADJECTIVES and not any(c.dep_ == "prep" for c in adjective.children)


#: Nouns that, with "medical", name treatment: "medical help", "medical attention".
_CARE_NOUNS = frozenset({"help", "care", "attention", "assistance", "aid"})


def _medical_help(noun: Token) -> bool:
    """ "medical help", "medical care", "first aid": treatment, which only the hurt seek, receive,
    need or are given."""
    return noun.lemma_.lower() in _CARE_NOUNS and any(
        c.dep_ in {"amod", "compound"}
        and (c.lower_ == "medical" or (c.lower_ == "first" and noun.lower_ == "aid"))
        for c in noun.children
    )


#: Words that make "treated" a way of dealing with people, not medical care: "treated as adults".
_MANNER_PREPS = frozenset({"as", "like"})
#: Words of sexual violence, whose survivors treated by doctors ANNOTATION counts as ``other``
#: (with the inflections: the small model lemmatises "raped" as "rap").
_SEXUAL_VIOLENCE = frozenset({"rape", "raped", "rapes", "sexual", "sexually"})


def _medical_treatment(verb: Token) -> bool:
    """ "paramedics treated 64 people at the scene": "treat" with people for object is care of the
    hurt in crackdown reporting, unless a manner says how they were dealt with ("treated 12
    defendants as adults", "treated them harshly")."""
    if _sentence_lemmas(verb) & _SEXUAL_VIOLENCE:
        return False  # "treated 385 survivors" of rape: no category of their own, ``other``
    if verb.lemma_.lower() == "attend":
        # "its members attended to 68 people": "attend to" is the doctors' word for treating
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if verb.lemma_.lower() != "treat":
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in _MANNER_PREPS)
        or (c.dep_ in {"advmod", "acomp"} and c.pos_ in {"ADV", "ADJ"})
        for c in verb.children
    )


#: Places of care that take in the hurt: "the hospital received 160 patients".
_CARE_PLACES = frozenset({"hospital", "clinic", "infirmary", "ward"})


def _taken_in_for_care(verb: Token) -> bool:
    """ "Kenyatta National Hospital had received 160 patients", "the clinic admitted 85 people": a
    place of care that takes people in takes in the hurt (as "admitted to hospital" does)."""
    return (
        verb.lemma_.lower() in {"receive", "admit"}
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CARE_PLACES for c in verb.children)
        and all(_is_person(c) or c.like_num for c in verb.children if c.dep_ == "dobj")
    )


#: Verbs of what a place has room for: "can hold 130", "could house 30,000".
_ROOM_VERBS = frozenset({"hold", "house", "accommodate", "fit"})
_MODALS = frozenset({"can", "could", "will", "would", "may", "might"})


#: Verbs of getting away from those who hold one: "60 prisoners escaped", "inmates who fled".
_ESCAPE_VERBS = frozenset({"escape", "flee", "abscond"})


def _escapes(verb: Token) -> bool:
    """*verb* is one of getting away: "escaped", "fled", "broke out (of the jail)"."""
    lemma = verb.lemma_.lower()
    if lemma in _ESCAPE_VERBS:
        return True
    return lemma == "break" and any(c.dep_ in {"prt", "prep"} and c.lower_ == "out" for c in verb.children)


def _escaped(tok: Token) -> bool:
    """ "Sixty prisoners escaped", "300 inmates broke out of the central jail", "14 detainees who
    escaped", "the 200 escaped prisoners": those held who got away, by their own verb, a relative
    clause on them or the participle before them."""
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and _escapes(tok.head):
        return True
    for child in tok.children:
        if child.dep_ == "amod" and child.lower_ == "escaped":
            return True
        if (
            child.dep_ == "relcl"
            and _escapes(child)
            and any(g.dep_ == "nsubj" and g.lower_ in _RELATIVES for g in child.children)
        ):
            return True
    return False


#: Verbs by which the missing are found again: "have since been found", "located 210 people".
_FINDING_VERBS = frozenset({"find", "locate", "trace"})
#: Verbs by which the missing come back of themselves: "resurfaced", "reappeared", "returned home".
_COMING_BACK_VERBS = frozenset({"reappear", "resurface", "return"})
#: What the found may be found as and still be found alive.
_FOUND_WELL = frozenset({"alive", "safe", "unharmed", "well"})


def _found_again(tok: Token) -> bool:
    """ "Of these, 75 have since been found", "31 have been found alive", "located 210 people who
    had been reported missing", "twenty of the disappeared resurfaced", "40 of the missing have
    returned home": the missing found again (or come back) are no longer missing. Not "found
    dead" (a complement other than "alive"), not "have not been found" (negated); "return" only
    home, or to their families."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if lemma in _FINDING_VERBS:
        if tok.dep_ == "nsubj":
            return False  # "40 people found shelter": they did the finding
        return not any(
            c.dep_ in {"acomp", "oprd", "xcomp", "ccomp"} and c.lower_ not in _FOUND_WELL for c in children
        )
    if lemma not in _COMING_BACK_VERBS or tok.dep_ != "nsubj":
        return False
    if lemma != "return":
        return True
    return any(c.lower_ == "home" for c in children) or any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lemma_.lower() in {"family", "home"} for g in c.children)
        for c in children
    )


def _capacity(tok: Token) -> bool:
    """The room a prison or a camp has, no count of people held: "the prison can hold only 130
    detainees", "a camp that could house 30,000", "a jail built for 800 inmates"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in _ROOM_VERBS:
        return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.lemma_.lower() in {"build", "design"}
        and head.head.tag_ == "VBN"
    )


#: Who holds people in custody: "police held 45 students", "security forces are holding 200".
_CAPTORS = frozenset(
    {
        "police",
        "force",
        "security",
        "army",
        "soldier",
        "troop",
        "junta",
        "authority",
        "militia",
        "officer",
        "regime",
    }
)


def _held_by_captors(verb: Token) -> bool:
    """ "Riot police held 45 students overnight": people held by the police or the army, not
    "protesters held banners" (no people) nor "held up" (a particle)."""
    children = list(verb.children)
    if any(c.dep_ == "prt" for c in children):
        return False
    captor = any(c.dep_ == "nsubj" and c.lemma_.lower() in _CAPTORS for c in children)
    return (captor or _held_for_a_time(verb)) and any(
        c.dep_ == "dobj" and (_is_person(c) or c.like_num) for c in children
    )


#: What people are held "for": a span of time or an interrogation ("held two reporters for 48 hours").
_HELD_FOR = frozenset({"hour", "day", "week", "month", "night", "questioning", "interrogation"})


def _held_for_a_time(verb: Token) -> bool:
    """ "Officials held two reporters for 48 hours", "held 30 students for questioning": a "for"
    on the verb with a span of time or an interrogation; not "held her children for a moment"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _HELD_FOR or g.lower_ in _HELD_FOR) for g in c.children
        )
        for c in verb.children
    )


def _jail_holds(verb: Token) -> bool:
    """ "the jail now holds 2,400", "cages holding up to 40 people": a place of custody holding
    people, as the subject of "hold" or the noun its participle qualifies (its capacity is
    :func:`_capacity`)."""
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.lemma_.lower() in _CUSTODY_NOUNS:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _CUSTODY_NOUNS for c in verb.children)


def _held_by_relative(verb: Token) -> bool:
    """ "the 31 students the police had held", "among those held overnight": a clause on people
    that says someone holds them (no object of its own, no particle: not "who held banners")."""
    if verb.dep_ not in {"acl", "relcl"} or verb.i < verb.head.i:
        return False
    if any(c.dep_ in {"dobj", "prt"} for c in verb.children):
        return False
    head = verb.head
    # "Belarus: 1,000 held after rallies": a headline's bare count with its participle; "the
    # dozens held since the vote": a vague count standing for its people
    return _is_person(head) or head.lower_ in {"those", "these"} or head.like_num or head.lower_ in VAGUE


def _people_held(verb: Token) -> bool:
    """ "25 students were held at a base", "are being held": people as the subject of a passive "hold".

    Not "rallies were held" (no people), "held up" or "held back" (a particle).
    """
    children = list(verb.children)
    if any(c.dep_ == "prt" for c in children):
        return False
    if not any(c.dep_ == "auxpass" for c in children):
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in {"VBN", "VBD"}
            or any(c.dep_ in {"nsubj", "dobj"} for c in children)
        ):
            return False
        # "were taken by plainclothes officers and held for six days": the second participle
        # shares the first one's "were" and subject
        children = list(verb.head.children)
        if not any(c.dep_ == "auxpass" for c in children):
            return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (_is_person(subject) or subject.like_num)


#: Nouns for the dead that say nothing of violence: the sentence or the article decides ``killed`` or
#: ``deaths`` ("9 deaths from cholera", "14 fatalities" in a story of food poisoning).
_NEUTRAL_DEATH_NOUNS = frozenset({"death", "fatality"})


def _noun_category(noun: Token) -> str | None:
    """The category of an event noun and its conjuncts ("the arrest and murder of")."""
    found = []
    for tok in [noun, *noun.conjuncts]:
        lemma = _lexicon_lemma(tok)
        if lemma in figure_words.NOUN_CATEGORY:
            cat = figure_words.NOUN_CATEGORY[lemma]
            found.append(_death_category(tok) if lemma in _NEUTRAL_DEATH_NOUNS else cat)
        elif lemma in figure_words.TOTAL_NOUNS or lemma in {"crowd", "estimate"}:
            # "estimates of the dead range from 230 to 600": a total whose "of" names the category
            cat = _total_category(tok)
            if cat:
                found.append(cat)
        elif lemma == "sentence" and any(c.lower_ in _SENTENCE_KINDS for c in tok.children):
            found.append("sentenced")  # "upheld the death sentences of 14 young men"
        elif lemma == "conviction":
            found.append("sentenced")  # "the conviction of nine union leaders" (round 59)
    return min(found, key=_priority) if found else None


def _total_category(noun: Token) -> str | None:
    """What a total counts: "death toll", "the figure of 300 dead", "the crowd"."""
    found = []
    for tok in noun.subtree:
        if tok.like_num:
            continue
        if tok.dep_ in {"acl", "relcl"} and tok.pos_ == "VERB":
            done = _verb_category(tok)
            if done:
                return done  # "the number of people put to death": the verb, not its "death"
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if lemma in {"death", "dead", "fatality"} or lower in {"dead", "killed"}:
            found.append("killed")
        elif lemma in figure_words.NOUN_CATEGORY:
            found.append(figure_words.NOUN_CATEGORY[lemma])
        elif lower in figure_words.ADJ_CATEGORY:
            found.append(figure_words.ADJ_CATEGORY[lower])
        elif lemma in figure_words.PERSON_DEFAULT and tok.i > noun.i:
            found.append(figure_words.PERSON_DEFAULT[lemma])  # "the number of detainees"
        elif lemma in {"crowd", "turnout"} and tok.i > noun.i:
            found.append("protesters")  # "estimates of the turnout at the rally"
        elif lemma in _ATTENDING_PEOPLE and tok.i > noun.i and _protest_article(tok.doc):
            found.append("protesters")  # "the number of participants did not exceed 5,000"
        elif (
            tok.i > noun.i
            and tok.dep_ == "pobj"
            and tok.head.lower_ in {"in", "under", "behind"}
            and lemma in _CUSTODY_NOUNS
        ):
            found.append("detained")  # "the number of people in custody": held, as "the detainees" are
    if _total_held_after(noun):
        found.append("detained")  # "put the number of journalists behind bars at 45"
    if found:
        return min(found, key=_priority)
    lemma = noun.lemma_.lower()
    if lemma == "toll":
        return "killed"
    if lemma in {"crowd", "turnout"}:
        return "protesters"
    return None


#: People named by their being at an event: in a text about protests, those at the protest
#: ("the number of participants was put at 5,000").
_ATTENDING_PEOPLE = frozenset({"participant", "attendee"})


def _attended_by(counted: Token | None, num: Token) -> bool:
    """ "The rallies were attended by no more than 4,000 people", "the march, attended by some
    20,000": the doers of a passive "attend", in a text about protests, are the crowd (plain people
    or a bare count; not "attended by 300 police officers")."""
    agent = counted if counted is not None else num
    if counted is not None and counted.lemma_.lower() not in _PLAIN_PEOPLE:
        return False
    if (
        counted is not None
        and counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and counted.head.head.i == num.i
    ):
        agent = num  # "attended by tens of thousands of people"
    by = agent.head
    if agent.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return False
    verb = by.head
    return verb.lemma_.lower() == "attend" and verb.tag_ == "VBN" and _protest_article(verb.doc)


def _total_held_after(noun: Token) -> bool:
    """ "brought the number of people in custody to seven": the place of custody right after a total
    that is a verb's object, which the parser hung on the verb."""
    if noun.dep_ != "dobj":
        return False
    after = noun.right_edge.i + 1
    return any(
        prep.dep_ == "prep"
        and prep.i == after
        and prep.lower_ in {"in", "under", "behind"}
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _CUSTODY_NOUNS for g in prep.children)
        for prep in noun.head.children
    )


def _total_of_people(noun: Token) -> str | None:
    """ "put the number of foreign fighters at 3,000": a total of people of no category is ``other``."""
    people = any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and _is_person(g) for g in prep.children)
        for prep in noun.children
    )
    return "other" if people else None


_MODIFIER_KEY = "tally.figures.modifier_category"


def _named_by_modifier(x: Token) -> tuple[str, Token] | None:
    """The category a clause or adjective after *x* names ("people *killed* in …"), and that word.

    Kept per token on the Doc: every number of a list climbs to the same
    head, and reading that head's children again for each of them made
    figures quadratic on a long list of numbers.
    """
    # (token indices kept, not tokens: a token held by its own Doc would make a reference cycle)
    held: dict[int, tuple[str, int] | None] = x.doc.user_data.setdefault(_MODIFIER_KEY, {})
    if x.i not in held:
        held[x.i] = None
        for child in x.rights:
            if (
                child.dep_ in {"acl", "relcl", "amod"}
                and not _clause_on_a_part(child)
                and not _leaves_list_item(x, child)
                and not _clause_of_agents(child)
            ):
                cat = _verb_category(child)
                if cat:
                    held[x.i] = (cat, child.i)
                    break
                said = _said_of(child)
                if said is not None:
                    held[x.i] = said
                    break
    found = held[x.i]
    return None if found is None else (found[0], x.doc[found[1]])


def _by_gathering(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "a march by several thousand people", "a sit-in by 300 nurses", "a rally of 20,000": the count
    right after a gathering and "by" (or "of") is its crowd (read on the words: the small model often makes the people the
    subject of the sentence's verb)."""
    k = phrase.start
    if k < 2 or doc[k - 2].pos_ != "NOUN":
        return False
    if doc[k - 1].lower_ == "by":
        return _gathering(doc[k - 2])
    # "a march of 5,000 people", "a rally of tens of thousands": a protest's size; not "the funeral of
    # three protesters", whose "of" names the dead, nor "a protest of 30 deaths"
    if doc[k - 1].lower_ != "of" or _hyphened_lemma(doc[k - 2]) not in figure_words.PROTEST_CONTEXT:
        return False
    after = doc[phrase.core_end] if phrase.core_end < len(doc) else None
    if after is not None and after.lower_ == "of":
        # "gatherings of thousands of football fans": the people after the "of" are the counted
        after = next((g for g in after.children if g.dep_ == "pobj"), None)
        return after is not None and after.lemma_.lower() in _PLAIN_PEOPLE
    return after is None or after.pos_ != "NOUN" or after.lemma_.lower() in _PLAIN_PEOPLE


#: Acts of a crowd in the street whose doers, when plain people, are protesters ("camp": holding a
#: public place, as "occupy" does).
_CROWD_ACTS = frozenset(
    {"block", "barricade", "storm", "throw", "stone", "torch", "occupy", "invade", "ransack", "camp"}
)
#: Acts of a crowd's voice: a crowd in a text about protests ("60 supporters applauded as he was led
#: away", "some 200 people cheered the verdict"); elsewhere an audience.
_CROWD_VOICE = frozenset({"applaud", "cheer", "clap", "jeer", "boo", "whistle", "sing", "wave"})
#: Plain people (no police, no soldiers) who may be the crowd: "thousands of people", "300 youths".
_PLAIN_PEOPLE = frozenset(
    {
        "people",
        "supporter",
        "person",
        "youth",
        "young",
        "man",
        "woman",
        "resident",
        "student",
        "villager",
        "citizen",
        "local",
        # civilians counted by their trade, who block roads as any crowd does
        "driver",
        "farmer",
        "miner",
        "motorist",
        "shopkeeper",
        "trader",
        "vendor",
        "worker",
    }
)
#: Nouns of a body of people whose "of" names them: "a group of 200 people threw stones".
_CROWD_NOUNS = frozenset({"group", "crowd", "band", "mob"})
#: Of those, the nouns for people gathered in the street, whatever they then do.
_GATHERED_NOUNS = frozenset({"crowd", "mob"})


def _crowd_act(noun: Token, num: Token) -> bool:
    """The counted people (or a group of them) blocked roads, threw stones or stormed a building
    (or, in a text about protests, cheered or applauded): a crowd of protesters, when they are
    plain people ("300 police threw tear gas" is no crowd)."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        owner = noun.head.head
        if owner.i != num.i and owner.lemma_.lower() not in _CROWD_NOUNS:
            return False
        if noun.lemma_.lower() not in _PLAIN_PEOPLE:
            return False
        if owner.lemma_.lower() in _GATHERED_NOUNS and _protest_article(noun.doc):
            return True  # "a mob of about 600 people attacked the survey team": a crowd's size
        subject = owner  # "thousands of people", "a group of about 200 people"
    elif noun.i != num.i and noun.lemma_.lower() not in _PLAIN_PEOPLE:
        return False
    elif any(
        g.dep_ == "pobj" and g.lemma_.lower() not in _PLAIN_PEOPLE
        for c in num.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    ):
        return False  # "hundreds of soldiers stormed the building"
    if subject.dep_ == "ROOT":
        # "tens of thousands of people camped in the square": the small model makes the count the
        # root and the crowd's verb a clause on it; the act is still the crowd's
        return any(c.dep_ == "acl" and c.lemma_.lower() in _CROWD_ACTS for c in subject.children)
    if subject.dep_ != "nsubj":
        return False
    # "broke through police lines and stormed the parliament": the act may be a second verb
    verbs = (subject.head, *subject.head.conjuncts) if subject.head.pos_ == "VERB" else (subject.head,)
    if any(v.lemma_.lower() in _CROWD_ACTS or _clash_with_the_state(v) for v in verbs):
        return True
    return any(v.lemma_.lower() in _CROWD_VOICE for v in verbs) and _protest_article(noun.doc)


#: Forces of the state plain people may clash with, as a crowd: "clashed with riot police".
_STATE_FORCES = frozenset(
    {"police", "force", "soldier", "troop", "army", "officer", "gendarme", "gendarmerie"}
)


def _clash_with_the_state(verb: Token) -> bool:
    """ "several hundred people clashed with security forces": plain people who clash with police
    or troops are a crowd (not two communities clashing with each other)."""
    if verb.lemma_.lower() != "clash":
        return False
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in _STATE_FORCES
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
    )


#: Verbs of a crowd's moving or gathering (not of its protest): forces of the state who do so are
#: deployed ("300 soldiers marched into the city", "hundreds of riot police gathered outside").
_MOVING_VERBS = frozenset(
    {"march", "gather", "converge", "assemble", "flock", "throng", "mass", "mobilize", "mobilise", "descend"}
)
#: Forces of the state, by the nouns that count them.
_FORCE_NOUNS = _STATE_FORCES | {"policeman", "personnel", "commando", "paramilitary", "guard"}
#: What people gather to do when they protest: "officers rallied outside the ministry to demand pay".
_PROTEST_AIMS = frozenset({"demand", "denounce", "oppose", "call", "press", "seek", "decry"})


def _forces_moving(counted: Token, verb: Token) -> bool:
    """ "Hundreds of riot police gathered outside the parliament", "two dozen officers marched
    past": the counted are forces of the state and the verb that made them a crowd only moves or
    gathers them; they are deployed, not protesting. Not when they march to demand something or
    in protest ("police officers marched to demand higher pay")."""
    if counted.lemma_.lower() not in _FORCE_NOUNS or verb.lemma_.lower() not in _MOVING_VERBS:
        return False
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ in {"advcl", "xcomp"} and (
            lemma in _PROTEST_AIMS or figure_words.VERB_CATEGORY.get(lemma) == "protesters"
        ):
            return False
        if child.dep_ == "prep" and any(g.lemma_.lower() in {"protest", "support"} for g in child.children):
            return False
    return True


#: Prepositions that place people at a gathering: "were at the rally", "were in the camp".
_PRESENCE_PREPS = frozenset({"at", "in", "inside"})
#: Prepositions that put people on open ground: "were in Harbour Square", "on the main avenue".
_OPEN_GROUND_PREPS = _PRESENCE_PREPS | {"on"}

_PROTEST_CAMP_KEY = "tally.figures.protest_camp"


def _names_a_protest_camp(doc: Doc) -> bool:
    """The text names a protest camp ("cleared the protest camp", "the sit-in camp"), so its
    later "the camp" is that camp, not one of refugees or of detainees (once per Doc)."""
    known = doc.user_data.get(_PROTEST_CAMP_KEY)
    if known is None:
        known = any(
            lemma == "camp"
            and any(_hyphened_lemma(c) in figure_words.PROTEST_CONTEXT for c in doc[i].children if c.i < i)
            for i, lemma in enumerate(token_lemmas(doc))
        )
        doc.user_data[_PROTEST_CAMP_KEY] = known
    return bool(known)


def _presence_verbs(subject: Token) -> Iterator[Token]:
    """The "be" that places *subject* somewhere: its own verb ("1,500 people were in …") or the
    verb of a clause on it ("people estimated to have been at …", "people who were at …")."""
    if subject.dep_ == "nsubj":
        yield subject.head
    for clause in subject.children:
        if clause.dep_ in {"acl", "relcl"}:
            yield clause
            yield from (c for c in clause.children if c.dep_ == "xcomp")


def _places_of(head: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The objects of the place prepositions *preps* hung on *head*."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (g for g in prep.children if g.dep_ == "pobj")


def _present_at_gathering(counted: Token | None, num: Token) -> bool:
    """ "About 20,000 people were at the rally", "the 85,000 people estimated to have been at the
    march": plain people present at a protest (or at the protest camp the text names) are its
    crowd; "300 police were at the rally" is no crowd, nor are people "in the camp" of a text
    that names no protest camp."""
    subject = counted if counted is not None else num
    if counted is not None and counted.lemma_.lower() not in _PLAIN_PEOPLE:
        return False
    for verb in _presence_verbs(subject):
        if verb.lemma_.lower() != "be":
            continue
        if _here_at_a_protest(verb):
            return True
        for place in _places_of(verb, _PRESENCE_PREPS):
            if _gathering(place) or (place.lemma_.lower() == "camp" and _names_a_protest_camp(place.doc)):
                return True
    return False


#: Open ground a crowd stands on, besides the street words of ``places/street_words.txt``:
#: "were in Harbour Square", "were on the main avenue", "in the park". Not a building, which holds
#: people for other reasons ("40 people were in the building when the roof collapsed").
_OPEN_GROUND = frozenset(
    {"square", "plaza", "park", "roundabout", "campus", "esplanade", "promenade", "green"}
)


def _open_ground(place: Token) -> bool:
    """A square, a street, a park: ground a crowd stands on (a named one: "Harbour Square")."""
    lemma = place.lemma_.lower()
    return lemma in _OPEN_GROUND or lemma in place_words.STREET_WORDS


def _present_on_open_ground(counted: Token | None, num: Token) -> bool:
    """ "About 6,000 people were in Harbour Square", "20,000 people were on the main avenue": plain
    people placed on open ground by "be", in a story of protests, are the crowd there (people "in
    hospital" or "in the building" are not: no open ground)."""
    subject = counted if counted is not None else num
    if counted is not None and counted.lemma_.lower() not in _PLAIN_PEOPLE:
        return False
    if not _protest_article(num.doc):
        return False
    kept = _CUSTODY_NOUNS | _PRISON_NOUNS | _HELD_PLACES | _CARE_PLACES | _CARE_STATES
    return any(
        verb.lemma_.lower() == "be"
        and (
            any(_open_ground(place) for place in _places_of(verb, _OPEN_GROUND_PREPS))
            # "about 18,000 people are at Dataran Merdeka": at a named place (not "at Evin Prison")
            or any(
                _named_or_open_ground(place) and place.lemma_.lower() not in kept
                for place in _places_of(verb, frozenset({"at"}))
            )
        )
        for verb in _presence_verbs(subject)
    )


#: Verbs whose object is a gathering plain people hold: "held a rally", "staged a vigil".
_HOLDING_VERBS = frozenset({"hold", "stage", "organise", "organize", "mount", "join", "attend"})
#: Acts of mourning that make a vigil, (verb, object): "laid flowers", "lit candles".
_MOURNING_ACTS = frozenset(
    {("lay", "flower"), ("lay", "wreath"), ("leave", "flower"), ("light", "candle"), ("place", "flower")}
)
#: Pronouns that stand for a crowd just counted: "more than a thousand had joined them".
_CROWD_PRONOUNS = frozenset({"them", "those"})


def _crowd_holding(counted: Token | None, num: Token, earlier: _Draft | None) -> bool:
    """ "About 400 people held a rally", "150 residents staged a candlelight vigil", "more than a
    thousand had joined them" (after a crowd was counted), "several dozen people laid flowers and
    lit candles" (in a story of protests): plain people who hold or join a gathering, or mourn in
    one, are its crowd. Police who "held positions" hold no gathering."""
    if counted is not None and counted.lemma_.lower() not in _PLAIN_PEOPLE:
        return False
    subject = counted if counted is not None else num
    if subject.dep_ != "nsubj" or subject.head.pos_ != "VERB":
        return False
    verbs = (subject.head, *subject.head.conjuncts)
    for verb in verbs:
        lemma = verb_lemma(verb, _HOLDING_VERBS)  # "staged", which the small model lemmatises "stag"
        # "organised a march": the small model may take the gathering for an adverbial noun
        for obj in (c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}):
            if lemma in _HOLDING_VERBS and _gathering(obj):
                return True
            if (
                lemma == "join"
                and obj.lower_ in _CROWD_PRONOUNS
                and earlier is not None
                and earlier.category == "protesters"
            ):
                return True
            if (lemma, obj.lemma_.lower()) in _MOURNING_ACTS and _protest_article(num.doc):
                return True
    return False


#: Verbs of a picture or a witness that shows people: "footage showed several thousand people".
_SHOWING_PEOPLE_VERBS = frozenset({"show", "film", "photograph", "capture", "see"})


def _crowd_shown(counted: Token | None, num: Token) -> bool:
    """ "Drone footage showed several thousand people in the square": plain people a picture shows
    on open ground, in a story of protests, are the crowd there."""
    if counted is None or counted.lemma_.lower() not in _PLAIN_PEOPLE or counted.dep_ != "dobj":
        return False
    verb = counted.head
    if verb.lemma_.lower() not in _SHOWING_PEOPLE_VERBS or not _protest_article(num.doc):
        return False
    return any(_open_ground(p) for head in (counted, verb) for p in _places_of(head, _OPEN_GROUND_PREPS))


#: Adverbs of the place a reporter speaks from: "9,000 people are there now".
_HERE_WORDS = frozenset({"here", "there"})


def _here_at_a_protest(verb: Token) -> bool:
    """ "Student leaders believe 9,000 people are there now", "some 3,000 are here": a "be" whose
    only place is the scene the text reports from is a crowd's presence at it, in a text about a
    protest (not the "there" of "there are 50,000 people")."""
    return (
        any(c.dep_ == "advmod" and c.lower_ in _HERE_WORDS for c in verb.children)
        and not any(c.dep_ == "expl" for c in verb.children)
        and not any(c.dep_ == "prep" for c in verb.children)
        and _protest_article(verb.doc)
    )


#: Verbs of heeding a call: "answered the call to march", "heeded an appeal to strike".
_HEEDING_VERBS = frozenset({"answer", "heed", "follow", "obey", "respond"})
#: Nouns of a call to act.
_CALL_NOUNS = frozenset({"call", "appeal", "summons"})


def _heeds_a_call_to_protest(verb: Token) -> bool:
    """ "7,500 nurses heeded their union's call to march", "thousands heeded the union's
    appeal for a general strike", "responded to the call to protest": people who heed a call to
    protest are its crowd. The call's "to" or "for" and the few words after it are read in order
    (the parser hangs "to march" on the call, on the verb or reads "march" as a name); a verb
    that is no protest ends them ("the call to boycott the rally" gathers no crowd)."""
    if verb.lemma_.lower() not in _HEEDING_VERBS:
        return False
    calls = [c for c in verb.children if c.dep_ == "dobj"]
    calls += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    doc = verb.doc
    for call in calls:
        if call.lemma_.lower() not in _CALL_NOUNS:
            continue
        if any(c.dep_ == "compound" and _gathering(c) for c in call.children):
            return True  # "the strike call"
        if call.i + 1 >= len(doc) or doc[call.i + 1].lower_ not in {"to", "for"}:
            continue
        for tok in doc[call.i + 2 : min(call.i + 2 + _CALL_REACH, call.sent.end)]:
            if figure_words.VERB_CATEGORY.get(tok.lemma_.lower()) == "protesters" or _gathering(tok):
                return True  # "the call to march", "the appeal for a general strike"
            if tok.pos_ in {"VERB", "PUNCT", "ADP"}:
                break  # "the call to boycott the rally", "to end the strike": another act
    return False


#: How many words after a call's "to" or "for" may hold what it calls for ("for a nationwide general strike").
_CALL_REACH = 4


#: Verbs of coming to or staying out at a place: plain people who do so in a story of protests
#: are its crowd ("2,000 people remained on the avenue", "20,000 villagers had arrived in the capital").
_STAY_VERBS = frozenset({"remain", "stay", "arrive", "linger"})
#: Verbs of a crowd coming out to a place: "poured into the square", "descended on the parliament",
#: "massed outside the office", "streamed toward the palace".
_COMING_VERBS = frozenset(
    {
        "come",
        "pour",
        "flood",
        "stream",
        "descend",
        "mass",
        "swarm",
        "surge",
        "crowd",
        "spill",
        "head",
        "flock",
    }
)
#: Verbs of a crowd filling a place, its object: "filled the central square", "packed the avenue",
#: or closing round it: "thousands surrounded the parliament", "encircled the police station".
_FILLING_VERBS = frozenset(
    {"fill", "pack", "jam", "crowd", "swarm", "throng", "surround", "encircle", "besiege"}
)
#: Verbs of going that make a crowd only of people who go to open ground or to a named place:
#: "returned to Victory Square", "moved towards the National Assembly" (not "returned to their
#: homes", "moved to a camp"). "flood" also fills its object: "flooded Freedom Plaza".
_GOING_VERBS = frozenset({"return", "move"})
#: Prepositions of where people go.
_GOING_PREPS = frozenset({"to", "toward", "towards", "into", "onto"})
#: Young people, who make a crowd only on open ground or at a named place ("thousands of children
#: flooded the main plaza"), not at school.
_YOUNG_PEOPLE = frozenset({"child", "schoolchild", "pupil", "teenager"})
#: Particles of coming out with no place: "came out on Saturday", "showed up", "turned up".
_COMING_OUT = frozenset({("come", "out"), ("show", "up"), ("turn", "up")})
#: Prepositions of the place a crowd stays at or comes to.
_STAY_PREPS = frozenset({"in", "on", "at", "outside", "near", "around", "into", "inside", "before"})
#: Prepositions of the place a crowd comes to (besides those it stays at).
_COMING_PREPS = _STAY_PREPS | {"onto", "to", "toward", "towards", "through"}
#: Words of people on the move, not a crowd: "20,000 people have arrived in Chad, fleeing the fighting".
_MIGRANT_WORDS = frozenset({"flee", "displace", "evacuate", "refugee", "migrant", "asylum", "border", "camp"})


def _crowd_subject(counted: Token | None, num: Token) -> Token | None:
    """The subject of the verb that tells what plain people did: the counted noun ("300 people
    came"), the count of them ("thousands of people came"), the bare count ("thousands came"); or
    the counted noun itself when the parser hangs the verb on it as a clause ("1,000 people
    massed outside …")."""
    if counted is None:
        return num
    if counted.lemma_.lower() not in _PLAIN_PEOPLE:
        return None
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.i == num.i:
        return num
    return counted


def _crowd_verbs(subject: Token) -> list[Token]:
    """The verb *subject* is the subject of, or the clauses the parser hung on it as its verb."""
    if subject.dep_ == "nsubj":
        return [subject.head]
    if subject.dep_ == "ROOT":
        return [c for c in subject.children if c.dep_ == "acl" and c.i > subject.i]
    return []


def _named_or_open_ground(place: Token) -> bool:
    """Open ground ("the square", "Harbour Square") or a place named by a proper noun that is no
    country or city ("Victory Square" in its own language, "the National Police headquarters",
    not "Kyiv", whose people may return to it from anywhere)."""
    if _open_ground(place):
        return True
    if place.ent_type_ in {"GPE", "NORP"}:
        return False
    names = [c for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < place.i]
    if place.pos_ != "PROPN" and not names:
        return False
    from tally.resources.gazetteer import load_gazetteer

    first = min((c.i for c in names), default=place.i)
    # a town or a country ("returned to Kyiv") is where people live, not where a crowd stands
    return not load_gazetteer().lookup(place.doc[first : place.i + 1].text)


def _crowd_staying_out(counted: Token | None, num: Token) -> bool:
    """ "About 2,000 people remain on Nathan Road", "Some 20,000 indigenous people had arrived in
    the capital", "thousands of people poured into the square", "came out onto the streets",
    "showed up at the court", "filled the central square": plain people who come to, stay at or
    fill a place, in a text about protests, are the size of the crowd (ANNOTATION: crowd sizes are
    protesters). Not when the place holds or treats them ("remain in custody", "came to the
    hospital"), nor when the sentence speaks of people fleeing."""
    subject = _crowd_subject(counted, num)
    young = subject is None and counted is not None and counted.lemma_.lower() in _YOUNG_PEOPLE
    if young:
        assert counted is not None
        subject = num if counted.dep_ == "pobj" and counted.head.head.i == num.i else counted
    if subject is None:
        return False
    kept = _CUSTODY_NOUNS | _PRISON_NOUNS | _HELD_PLACES | _CARE_PLACES | _CARE_STATES
    for verb in _crowd_verbs(subject):
        lemma = verb.lemma_.lower()
        staying = lemma in _STAY_VERBS
        going = lemma in _GOING_VERBS
        if not (staying or going or lemma in _COMING_VERBS | _FILLING_VERBS or lemma in {"show", "turn"}):
            continue
        if not _protest_article(verb.doc) or any(t.lemma_.lower() in _MIGRANT_WORDS for t in verb.sent):
            return False
        if staying and counted is None:
            continue  # "40 remained in hospital", "12 stayed": a count told of before, not a crowd
        preps = _STAY_PREPS if staying else _GOING_PREPS if going else _COMING_PREPS
        places = list(_places_of(verb, preps))
        if lemma in _FILLING_VERBS or lemma == "flood":
            places += [c for c in verb.children if c.dep_ == "dobj" and not _is_person(c)]
        if going or young:
            # "returned to Victory Square", "children flooded the plaza": only where a crowd stands
            places = [p for p in places if _named_or_open_ground(p)]
        if any(place.lemma_.lower() not in kept for place in places):
            return True
        if young:
            continue
        out = any(c.dep_ == "prt" and (lemma, c.lower_) in _COMING_OUT for c in verb.children)
        if out and not any(place.lemma_.lower() in kept for place in places):
            return True  # "tens of thousands came out on Friday", "about 700 people showed up"
    return False


#: Verbs that, with "away", keep people from their work in a strike: "stayed away from the factories".
_STAYING_AWAY_VERBS = frozenset({"stay", "keep", "remain"})
#: Words for a strike besides the noun and verb "strike": "strikers", "a walkout", "a stayaway".
_STRIKE_NOUNS = frozenset({"striker", "walkout", "stayaway", "stay-away"})
#: What makes a "strike" a blow, not a withdrawal of work ("an air strike", "a drone strike"), or a
#: protest of prisoners rather than of workers ("a hunger strike").
_NOT_A_WALKOUT = frozenset(
    {"air", "drone", "missile", "rocket", "artillery", "military", "lightning", "hunger"}
)
_STRIKE_ARTICLE_KEY = "tally.figures.strike_article"


def _walkout(tok: Token) -> bool:
    """ "strike" as a withdrawal of work: the noun with no word of weapons or hunger before it
    ("on strike", "the general strike", not "an air strike", "a hunger strike"), the verb with no
    object that is not passive ("Lawyers strike across the country", "striking workers", not "struck
    a car", "were struck by bullets"); "strikers", "a walkout", "a stayaway"."""
    lemma = tok.lemma_.lower()
    if lemma in _STRIKE_NOUNS:
        return True
    if lemma != "strike":
        return False
    if any(c.lower_ in _NOT_A_WALKOUT for c in tok.children if c.dep_ in {"compound", "amod"}):
        return False
    if tok.pos_ == "NOUN":
        return True
    return (
        tok.pos_ in {"VERB", "ADJ"} and not _passive(tok) and not any(c.dep_ == "dobj" for c in tok.children)
    )


def _strike_article(doc: Doc) -> bool:
    """The text speaks of a strike (once per Doc)."""
    known = doc.user_data.get(_STRIKE_ARTICLE_KEY)
    if known is None:
        known = any(
            _walkout(doc[i])
            for i, lemma in enumerate(token_lemmas(doc))
            if lemma in _STRIKE_NOUNS or lemma == "strike"
        )
        doc.user_data[_STRIKE_ARTICLE_KEY] = known
    return bool(known)


def _on_strike(counted: Token | None, num: Token) -> bool:
    """ "Tens of thousands of workers have been on strike since Dec. 24", "400,000 workers have
    stayed away from the factories", "thousands of its members stayed away from the courts": people
    who are on strike, or who stay away from their work in a text about a strike, are its crowd
    (ANNOTATION: crowd sizes are protesters; "went on strike" and "walked off the job" are read by the
    phrasal list). Not people who stay away from a rally, nor a stay away in a text with no strike."""
    if counted is not None and not _is_person(counted):
        return False
    subject = num if counted is None or (counted.dep_ == "pobj" and counted.head.head.i == num.i) else counted
    if subject.dep_ in {"nsubj", "nsubjpass"} and _went_on_strike_before(subject.head):
        return _protest_article(subject.head.doc)
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    lemma = verb.lemma_.lower()
    if (
        lemma == "leave"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _WORKPLACES for c in verb.children)
        and _strike_article(verb.doc)
    ):
        # "about 9,000 men have left the mines" since a strike was called: a walkout
        return _protest_article(verb.doc)
    # "have been on strike", "remain on strike": a state, as "remain in custody" is
    if lemma in _STATE_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "strike" and _walkout(g) for g in c.children)
        for c in verb.children
    ):
        return _protest_article(verb.doc)
    if lemma not in _STAYING_AWAY_VERBS:
        return False
    away = next((c for c in verb.children if c.lower_ == "away" and c.dep_ in {"advmod", "prt"}), None)
    if away is None:
        return False
    left = [
        g
        for h in (verb, away)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    ]
    if any(_gathering(g) or g.lemma_.lower() in figure_words.PROTEST_CONTEXT for g in left):
        return False  # "stayed away from the rally": who keep away from the protest are not its crowd
    return _strike_article(verb.doc) and _protest_article(verb.doc)


#: Where people work, whom leaving it in a strike makes strikers: "have left the mines".
_WORKPLACES = frozenset(
    {"mine", "pit", "colliery", "factory", "plant", "mill", "dock", "workshop", "workplace", "job", "work"}
)
#: Verbs that, with "on strike", say people stopped work: "after going on strike".
_GOING_ON_STRIKE = frozenset({"go", "come", "walk"})


def _went_on_strike_before(verb: Token) -> bool:
    """ "2,000 workers were dismissed after going on strike over pay": a clause on the people's verb,
    with no subject of its own, says they went on strike; they are the strike's crowd, whatever
    was done to them after."""
    # "after going on strike": an adverbial clause, or the parser's "after" with a gerund under it
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    for clause in clauses:
        if clause.tag_ != "VBG" or clause.lemma_.lower() not in _GOING_ON_STRIKE:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        if any(
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(g.dep_ == "pobj" and g.lemma_.lower() == "strike" and _walkout(g) for g in c.children)
            for c in clause.children
        ):
            return True
    return False


#: Verbs whose object is a crowd driven off: "dispersed several thousand people".
_DISPERSE_VERBS = frozenset({"disperse", "scatter", "teargas"})
#: Weapons of crowd control: the people they are used on ("water cannon on 2,000 people") are a crowd.
_CROWD_WEAPONS = frozenset(
    {
        "gas",
        "teargas",
        "cannon",
        "bullet",
        "baton",
        "truncheon",
        "spray",
        "grenade",
        "pellet",
        "whip",
        "sjambok",
    }
)
#: Prepositions of the target of a weapon: "on", "at", "against", "into" the crowd.
_TARGET_PREPS = frozenset({"on", "at", "against", "into"})


def _apposed_category(num: Token, earlier: _Draft | None) -> str | None:
    """ "police dispersed the remaining protesters, some 2,000, with tear gas", "the highest number
    of victims, 306, was recorded in Tehran": a count set off after a noun of people says how many
    they are, and takes that noun's category (victims: the category of the count before)."""
    if num.dep_ != "appos" or any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
        return None  # "killed 15 protesters, 11 of them in Bahri": a part, read elsewhere
    people = num.head
    if any(c.dep_ == "nummod" for c in people.lefts):  # (a count stands before its noun)
        return None  # the people are counted already: the count after them is a part
    if people.lemma_.lower() in figure_words.TOTAL_NOUNS:
        people = next(
            (
                g
                for c in people.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            people,
        )
    lemma = people.lemma_.lower()
    if lemma in figure_words.VICTIM_NOUNS:
        return earlier.category if earlier is not None and earlier.category in _HARM_CATEGORIES else None
    if people.lower_ in figure_words.ADJ_CATEGORY:
        return figure_words.ADJ_CATEGORY[people.lower_]  # "the wounded, about 40,"
    default = figure_words.PERSON_DEFAULT.get(lemma)
    return default if default in {"protesters", "detained"} else None


#: Where people who count themselves are held, not gathered: "we were 40 in a cell".
_HELD_PLACES = frozenset({"cell", "room", "van", "truck", "bus"})


def _crowd_counting_itself(num: Token) -> bool:
    """ "We were 8,000 outside the ministry", "we are at least 30,000 today": people who say how
    many they are, in a story of protests, give the size of their crowd (not "we were 40 in a
    cell")."""
    verb = num.head
    if num.dep_ == "nummod" and verb.lower_ in _DAY_WORDS:
        num, verb = verb, verb.head  # "we are 100,000 today", the count parsed as the day's number
    if num.dep_ not in {"attr", "npadvmod"} or verb.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children):
        return False
    held = _CUSTODY_NOUNS | _PRISON_NOUNS | _HELD_PLACES
    return _protest_article(num.doc) and not any(t.lemma_.lower() in held for t in num.sent)


_PROTEST_ARTICLE_KEY = "tally.figures.protest_article"


def _protest_article(doc: Doc) -> bool:
    """The text speaks of protests somewhere ("march", "rally", "protesters"), so a "we" counting
    itself is a crowd, not a people ("we are 80 million") (once per Doc)."""
    known = doc.user_data.get(_PROTEST_ARTICLE_KEY)
    if known is None:
        protest = figure_words.PROTEST_CONTEXT - _SHARED_WITH_OUTBREAKS
        known = any(lemma in protest for lemma in token_lemmas(doc))
        doc.user_data[_PROTEST_ARTICLE_KEY] = known
    return bool(known)


def _crowd_of_protest(verb: Token) -> bool:
    """People who gather or flock are protesters in a text about protests, or when their sentence
    sets them against the state ("gathered outside parliament, where police detained 14"); not
    "hundreds of residents flocked to the beach" in a report on a rumour or an outbreak."""
    if _protest_article(verb.doc):
        return True
    lemmas = _sentence_lemmas(verb)
    return bool(lemmas & (figure_words.VIOLENCE_WORDS | _STATE_FORCES | {"arrest", "detain"}))


#: Words of protest context that a disease, a fire or a war shares ("the virus spread", "fighting
#: erupted"): in a sentence beside protest words they tell of protest, alone they make no text about it.
_SHARED_WITH_OUTBREAKS = frozenset({"spread", "erupt"})


def _crowd_people(noun: Token) -> bool:
    """Plain people or protesters by name: who may make up a crowd ("thousands of demonstrators")."""
    lemma = noun.lemma_.lower()
    return lemma in _PLAIN_PEOPLE or figure_words.PERSON_DEFAULT.get(lemma) == "protesters"


#: Who takes people by force: the subject of an active "take" whose people are then held.
_TAKERS = frozenset(
    {
        "they",
        "police",
        "policeman",
        "soldier",
        "agent",
        "gendarme",
        "officer",
        "force",
        "troop",
        "man",
        "militia",
    }
)
#: Complements that make "take" no seizure: "took 30 people to hospital" (read by the phrasal list),
#: "took part", "took the streets".
_TAKE_FREE_PREPS = frozenset({"from", "with", "at", "in", "on", "during", "after", "before", "by", "out"})


def _taken_by_force(counted: Token | None) -> bool:
    """ "They broke down our door at 2am and took my two sons", "two women who tried to stop them were
    taken too": people who are the object of a bare "take" (no "to hospital", no "part") whose taker
    is security forces, men or "they", or the subject of a passive "taken", in an article about a
    crackdown, are held (ANNOTATION's ``detained``; "take away" and "take into custody" already are)."""
    if counted is None or not _is_person(counted):
        return False
    verb = counted.head
    if verb.lemma_.lower() != "take" or verb.pos_ != "VERB":
        return False
    if counted.dep_ == "dobj":
        takers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not takers and verb.dep_ == "conj":
            takers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "broke down our door and took …"
        if not takers or takers[0].lemma_.lower() not in _TAKERS:
            return False
    elif counted.dep_ != "nsubjpass":
        return False
    for child in verb.children:
        if child.dep_ in {"prt", "xcomp", "acomp", "oprd", "attr", "ccomp"}:
            return False  # "took part", "taken hostage", "taken ill": a phrase of its own
        if child.dep_ == "dobj" and child.i != counted.i:
            return False
        if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in {"home", "back", "there", "along"}:
            return False  # "took 40 students home": a ride
        if child.dep_ in {"prep", "dative"} and child.lower_ not in _TAKE_FREE_PREPS:
            return False  # "took 30 people to hospital", "taken into custody" (read by the phrasal list)
    return _violent_article(counted.doc)


def _crowd_under_force(counted: Token | None, num: Token, phrase: NumberPhrase) -> bool:
    """ "Riot police dispersed several thousand people", "used tear gas and batons against thousands
    of citizens", "opened fire on hundreds of villagers": plain people driven off or targeted by
    the weapons of crowd control are the crowd (its size), when no verb of their own says more.
    Live fire makes a crowd only of a vague amount: "fired on five men in a car" counts no crowd."""
    people = counted if counted is not None else num
    if counted is not None and not _crowd_people(counted):
        return False
    if any(
        g.dep_ == "pobj" and not _crowd_people(g)
        for c in num.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    ):
        return False  # "tear gas on hundreds of police"
    while people.dep_ == "conj" and people.head.i != people.i:
        people = people.head
    if people.dep_ in {"dobj", "nsubjpass"}:
        return people.head.lemma_.lower() in _DISPERSE_VERBS  # "dispersed thousands of protesters"
    prep = people.head
    if people.dep_ != "pobj" or prep.lower_ not in _TARGET_PREPS or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    used = [o for o in verb.children if o.dep_ == "dobj"]
    used += [c for o in used for c in o.conjuncts]
    lemmas = {o.lemma_.lower() for o in used}
    if lemmas & _CROWD_WEAPONS:
        return True  # "fired tear gas at", "used water cannon on", "tear gas and batons against"
    live_fire = verb.lemma_.lower() == "fire" or (verb.lemma_.lower() == "open" and "fire" in lemmas)
    return live_fire and phrase.vague


def _said_of(clause: Token) -> tuple[str, int] | None:
    """ "the names of 50 protesters it said had been beaten", "12 people police say were killed": a
    relative clause of saying whose reported clause, with no subject of its own, is about the noun."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in figure_words.REPORT_VERBS:
        return None
    for comp in clause.children:
        if comp.dep_ == "ccomp" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in comp.children):
            cat = _verb_category(comp)
            if cat:
                return cat, comp.i
    return None


#: Verbs of dying: their subject's death outranks what a participle on it says ("men arrested …
#: died"), and a number that is their subject counts the dead ("two died", "three succumbed").
_DYING_VERBS = frozenset({"die", "perish", "succumb"})


def _has_own_subject(verb: Token, other: Token) -> bool:
    """*verb* has a subject of its own before it that is not *other* nor inside it."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.i < verb.i
        and not (other.left_edge.i <= c.i <= other.right_edge.i)
        for c in verb.children
    )


def _harm_noun_before_to(start: Token) -> tuple[str, Token] | None:
    """ "the deaths of two gunmen and injuries to 17 others": the harm noun right before "to"
    says what was done to those counted, wherever the parser hung the "to" (here on "deaths")."""
    prep = start.head
    if start.dep_ != "pobj" or prep.lower_ != "to" or prep.i == 0:
        return None
    noun = start.doc[prep.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() == "death":
        return None  # "sentenced to death": no harm noun of a count
    cat = figure_words.NOUN_CATEGORY.get(noun.lemma_.lower())
    return (cat, noun) if cat in {"injured", "killed"} else None


#: Adjectives of a harm noun that killed: "fatal injuries", "mortal wounds".
_FATAL_ADJECTIVES = frozenset({"fatal", "mortal", "lethal"})
#: Prepositions of whom a harm was dealt to: "inflicted wounds on", "caused injuries to".
_HARM_TARGET_PREPS = frozenset({"on", "upon", "to"})


def _harm_dealt_on(start: Token) -> tuple[str, Token] | None:
    """ "inflicted injuries on at least nine of them": the object of the verb is a harm noun and
    those counted are the target of its "on" or "to", so that noun says what was done to them."""
    prep = start.head
    if start.dep_ != "pobj" or prep.lower_ not in _HARM_TARGET_PREPS or prep.head.pos_ != "VERB":
        return None
    for obj in prep.head.children:
        if obj.dep_ != "dobj" or obj.i > prep.i or obj.lemma_.lower() == "death":
            continue  # "sentenced to death" deals no harm noun
        lemma = obj.lemma_.lower()
        cat = _noun_category(obj) or ("injured" if lemma == "wound" else None)
        if cat not in {"injured", "killed"}:
            continue
        if any(c.dep_ == "amod" and c.lower_ in _FATAL_ADJECTIVES for c in obj.children):
            return "killed", obj  # "inflicted fatal wounds on two of them"
        return cat, obj
    return None


def _lexicon_lemma(noun: Token) -> str:
    """The lemma a noun is looked up by in the word lists (``PERSON_DEFAULT``, ``NOUN_CATEGORY``).

    A title in capitals ("520 Martyrs Named", "300 Killings Recorded") has its nouns tagged as
    names, which keep their written form for a lemma: a plural not in the lists is read as the
    common noun it is the plural of, when that noun is in them.
    """
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NNPS" or lemma in figure_words.PERSON_DEFAULT or lemma in figure_words.NOUN_CATEGORY:
        return lemma
    singular = lemma[:-3] + "y" if lemma.endswith("ies") else lemma.removesuffix("s")
    if singular in figure_words.PERSON_DEFAULT or singular in figure_words.NOUN_CATEGORY:
        return singular
    return lemma


def _person_default(noun: Token) -> str:
    """The category a noun for people gives a count by itself ("detainees", "martyrs"), or "other"."""
    return figure_words.PERSON_DEFAULT.get(_lexicon_lemma(noun)) or "other"


def _category_stranded_after(num: Token) -> tuple[str, Token] | None:
    """ "three deaths and 41 injured", "received four bodies and more than 30 wounded": a bare count
    joined to an earlier one, with its own participle or adjective right after it, which the parser
    hung on the verb or on the first count's noun instead. The word next to the count names it."""
    if num.dep_ != "conj" or not num.like_num or num.i + 1 >= len(num.doc):
        return None
    word = num.doc[num.i + 1]
    if word.head.i == num.i or word.dep_ not in {"advcl", "acl", "amod"} or word.tag_ not in {"VBN", "JJ"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in word.children):
        return None  # a clause of its own: "…, and 15 wounded police officers"
    category = figure_words.ADJ_CATEGORY.get(word.lower_) if word.tag_ == "JJ" else _verb_category(word)
    return (category, word) if category else None


#: How many words a clause set off by commas after the counted noun may take ("people, dressed in black,").
_SET_OFF_REACH = 8


def _present_verb_read_as_a_name(noun: Token) -> tuple[str, Token] | None:
    """ "Organisers say 300 farmers, dressed in black, march to the ministry": a verb of the present
    after the counted noun (or after a clause set off by commas behind it) is tagged as a name
    ("march", the month) and hung on the noun or beside it; written in lower case it is no name but
    the noun's verb."""
    doc = noun.doc
    at = noun.i + 1
    if at < len(doc) and doc[at].text == ",":
        close = next(
            (k for k in range(at + 1, min(at + 1 + _SET_OFF_REACH, len(doc))) if doc[k].text == ","), None
        )
        if close is None:
            return None
        at = close + 1
    if at >= len(doc):
        return None
    verb = doc[at]
    if verb.pos_ != "PROPN" or not verb.is_lower or verb.head.i not in {noun.i, noun.head.i}:
        return None
    cat = figure_words.VERB_CATEGORY.get(verb.lemma_.lower())
    return (cat, verb) if cat else None


def _climb(start: Token) -> tuple[str, Token] | None:
    """Walk up the parse from the counted word to the verb or noun that names its category."""
    x = start
    if _dies(start) and start.head.pos_ == "VERB":
        # "Three men arrested during the protests died in custody", "two students wounded in the
        # clashes died in hospital": the participle tells who they were, their own verb what
        # became of them (deaths in custody or of wounds are killings, ANNOTATION)
        return _death_category(start.head), start.head
    if start.dep_ in {"dobj", "nsubjpass"} and start.head.lemma_.lower() in _CLEARING_VERBS:
        # "sentenced 12 and acquitted five others", "convicted four and acquitted the other three":
        # people a court clears are no part of the count of the verb joined before (people freed
        # or released were held first, and the gold keeps them with the held)
        return "other", start.head
    if (
        start.dep_ in {"dobj", "nsubjpass"}
        and start.head.pos_ == "VERB"
        and not _leaves_list_item(start, start.head)
    ):
        # "executed four men convicted over the unrest": what was done to them counts
        cat = _verb_category(start.head)
        held = _held_after_a_beating(start.head, start.dep_) if cat == "injured" else None
        if held is not None:
            return held  # "were beaten and arrested": the arrest is what is counted
        if cat:
            return cat, start.head
    harmed = _harm_noun_before_to(start) or _harm_dealt_on(start)
    if harmed is not None:
        return harmed
    for _ in range(MAX_HOPS):
        named = _named_by_modifier(x) or _present_verb_read_as_a_name(x)
        if named is not None:
            return named
        head = x.head
        if _leaves_list_item(x, head):
            return None
        dep = x.dep_
        if x.pos_ in {"VERB", "AUX"} and dep not in {"xcomp", "prep"}:
            return None  # the verb above belongs to another clause ("the rally, which drew …")
        if dep == "nsubj" and head.dep_ == "auxpass" and head.head.pos_ == "VERB":
            # "40 protesters remain detained": the parser makes "remain" the participle's passive
            # auxiliary and hangs the subject on it; the participle says what became of them
            cat = _verb_category(head.head)
            if cat:
                return cat, head.head
        if _doer_of_a_passive(x, head) and _verb_category(head) in _PEOPLE_CATEGORIES | {
            "sentenced",
            "deaths",
        }:
            # "captured on a phone by at least one commuter": who filmed, not who was taken; still
            # a count of people, of no category of the verb's (but "attended by 25,000 mourners":
            # a crowd is who attends)
            return "other", head
        if dep == "dep" and head.pos_ in {"VERB", "AUX"} and _has_own_subject(head, x):
            # "Dozens of detainees, one reported dead": the parser glued the headline's first half
            # to the second's verb, whose own subject it tells of
            return None
        if x.i != start.i and _noun_as_verb(x):
            # "Rioters martyr three Basij members …; 45 thugs arrested": a headline's verb tagged
            # as a noun heads its own clause; the verb above belongs to the next one
            return figure_words.VERB_CATEGORY[x.lemma_.lower()], x
        if head.i == x.i:
            # the root, whose head is itself: its own words were read above (a headline's verb
            # tagged as a noun is often the root); nothing above it names what is counted
            return None
        if dep == "nsubj" and (
            (head.pos_ == "NOUN" and head.tag_ in {"NN", "NNS"}) or (head.pos_ == "PROPN" and head.is_lower)
        ):
            # "… as thousands rally in Minsk": a headline's verb tagged as a noun still has a subject;
            # so has a verb of the present tagged as a name in lower case ("300 farmers, dressed in
            # black, march to the ministry": "march" read as the month)
            cat = figure_words.VERB_CATEGORY.get(head.lemma_.lower())
            if cat:
                return cat, head
        if head.pos_ == "ADJ" and _found_guilty(head) and (dep == "nsubj" or _gapped_guilty_of(start, x)):
            # "the court found nine of the students guilty of rioting and four of arson": the
            # small clause under "find" is the court's verdict (the passive "were found guilty" is
            # the phrasal list's)
            return "sentenced", head
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            cat = _verb_category(head)
            held = _held_after_a_beating(head, dep) if cat == "injured" else None
            if held is not None:
                return held  # "were beaten and arrested": the arrest is what is counted
            if cat:
                return cat, head
            cat = _size_of_group(head) if dep not in {"nsubj", "nsubjpass"} else None
            if cat:
                return cat, head  # "marchers numbered 40,000", "a crowd estimated at 8,000"
            raised = _raised_to(head) if dep in {"nsubj", "nsubjpass"} else None
            if raised is not None:
                return raised  # "two teachers are believed to have died while held"
            if dep in {"nsubj", "nsubjpass", "dobj"}:
                # "100 leaders had been identified and detained": a verb sharing the subject
                for verb in _shared_verbs(head, dep):
                    cat = _verb_category(verb)
                    if cat:
                        return cat, verb
            first = head.head
            if (
                dep == "dobj"
                and head.dep_ == "conj"
                and first.pos_ == "VERB"
                and not any(c.dep_ == "dobj" for c in first.children)
            ):
                # "beat and whipped dozens of demonstrators": the first verb shares the object
                cat = _verb_category(first)
                if cat:
                    return cat, first
            if dep in {"nsubj", "nsubjpass"}:
                # "two activists remain missing", "nine were still missing"
                for comp in head.children:
                    if comp.dep_ == "acomp" and comp.lower_ in figure_words.ADJ_CATEGORY:
                        return figure_words.ADJ_CATEGORY[comp.lower_], comp
                    # "97 people are now considered political prisoners": the predicate noun decides
                    held = figure_words.PERSON_DEFAULT.get(comp.lemma_.lower())
                    if comp.dep_ in {"attr", "oprd"} and held and held != "protesters":
                        return held, comp
                    # "two hundred prisoners remain at large": escaped, no longer held
                    if (
                        comp.dep_ == "prep"
                        and comp.lower_ == "at"
                        and any(g.lower_ == "large" for g in comp.children)
                    ):
                        return "other", comp
            # "were among the dozens detained": the group they are among decides
            for prep in head.children:
                if prep.dep_ == "prep" and dep in {"nsubj", "attr"} and _group_prep(prep, x):
                    for pobj in prep.children:
                        whole = _category_of_whole(pobj) if pobj.dep_ == "pobj" else None
                        if whole:
                            return whole, pobj  # "Among the wounded were 23", "Among the detainees are 33"
                        for child in pobj.children:
                            cat = _verb_category(child) if child.dep_ in {"acl", "relcl", "amod"} else None
                            if cat:
                                return cat, child
            # "put the death toll at 61", "the toll rose to 304": the total is a sibling
            for sibling in head.children:
                if _gathering_put_at(head, sibling, x):
                    return "protesters", sibling  # "Organisers put today's march at 350,000"
                if sibling.i != x.i and sibling.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                    lemma = sibling.lemma_.lower()
                    if lemma in figure_words.TOTAL_NOUNS or lemma in {"crowd", "turnout", "estimate"}:
                        cat = _total_category(sibling) or _total_of_people(sibling)
                        if cat:
                            return cat, sibling
                    if head.lemma_.lower() in _PART_VERBS and dep == "dobj" and sibling.dep_ == "nsubj":
                        includer = _antecedent(sibling, head)
                        found = _category_of_whole(includer)  # "the dead, who included 17 …"
                        if found is None and head.dep_ == "relcl" and includer.i == head.head.i:
                            # "killed nine villagers who included three children"
                            found = _counted_whole_category(includer)
                        if found:
                            return found, sibling  # "The dead included 14 children"
                    if lemma in figure_words.NOUN_CATEGORY and (
                        head.lower_ in figure_words.CHANGE_WORDS
                        or head.lemma_.lower() in _PASSING_VERBS | _LEVEL_VERBS
                        or _level_by_be(head, x, dep)
                        or _brought_to(head, sibling, x)
                        or _runs_into(head, sibling, x)
                    ):
                        # "deaths surged from 88 to 388", "arrests rose to 1,200", "arrests exceeded 2,500"
                        return _noun_category(sibling) or figure_words.NOUN_CATEGORY[lemma], sibling
            fronted = _total_after_the_count(head, x) if dep == "prep" and x.lower_ == "to" else None
            if fronted is not None:
                return fronted  # "bringing to four the number of protesters executed"
            # "Arrests topping 1,800": the parser may make the count the participle's number
            passed = _passed_by_a_group(head) if dep == "dobj" or (dep == "nummod" and head.i < x.i) else None
            if passed is not None:
                return passed  # "with the number of detainees exceeding 2,000"
            total = _changed_total(head) if dep == "prep" else None
            if total is not None:
                # "the toll was 41, rising to 47 by midnight": the total of the clause it hangs on
                cat = _category_of_total(total)
                if cat:
                    return cat, total
            lemma = head.lemma_.lower()
            if dep == "dobj" and lemma in figure_words.REPORT_VERBS:
                # "said 481 people, among them 64 children, have been killed": the parser made the
                # subject of the reported clause the object of "said"; that clause has no other subject
                for comp in head.children:
                    if (
                        comp.dep_ == "ccomp"
                        and comp.i > x.i
                        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in comp.children)
                    ):
                        cat = _verb_category(comp)
                        if cat:
                            return cat, comp
            if dep == "prep" and lemma in figure_words.REPORT_VERBS:
                told = _fronted_group_said_of(x, head)
                if told is not None:
                    return told  # "Of the 246 people X says were executed in 2022, 52 were …"
            if dep == "nsubj" and lemma in figure_words.REPORT_VERBS:
                done = _said_done_to_them(head)
                if done is not None:
                    return done  # "Eighteen of them said they had been held incommunicado"
            if (
                lemma in figure_words.REPORT_VERBS | figure_words.CONFIRM_VERBS | figure_words.DISPUTE_VERBS
                and dep
                not in {
                    "prep",
                    "pobj",
                }
            ):
                return None
            if dep in {"ccomp", "advcl"}:
                return None
        elif head.pos_ in {"NOUN", "PROPN"} and dep not in {"nsubj", "nsubjpass"}:
            if _total_wrapper(head, x):
                x = head  # "a total of 52 strikers have been handed prison terms": the verb decides
                continue
            cat = _noun_category(head)
            if cat:
                return cat, head
            if _whereabouts_unknown(head) and (not _definite(start) or _rest_of_count(start)):
                # "the whereabouts of at least 30 remain unknown" (not "of the two men": people named before)
                return "disappeared", head
        x = head
    return None


#: Verbs and adjectives that lend their subject to an infinitive: "are believed to have died",
#: "were likely to have been killed", "are feared to have drowned".
_RAISING_VERBS = frozenset(
    {
        "believe",
        "think",
        "fear",
        "presume",
        "suspect",
        "know",
        "understand",
        "expect",
        "seem",
        "appear",
        "report",
    }
)
_RAISING_ADJECTIVES = frozenset({"likely", "unlikely", "certain", "sure"})


def _raised_to(verb: Token) -> tuple[str, Token] | None:
    """ "Two teachers are believed to have died while held", "more than 300 marchers were likely to have
    been killed": the subject belongs to the infinitive, whose verb says what became of it (a
    verb of belief or a "likely" tells only how sure the speaker is). Round 49."""
    heads = [verb] if verb.lemma_.lower() in _RAISING_VERBS else []
    heads += [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _RAISING_ADJECTIVES]
    for head in heads:
        for inf in head.children:
            if inf.dep_ != "xcomp" or inf.pos_ not in {"VERB", "AUX"}:
                continue
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in inf.children):
                continue  # "believed the police to have …": a subject of its own
            cat = _verb_category(inf)
            if cat:
                return cat, inf
    return None


def _doer_of_a_passive(by: Token, verb: Token) -> bool:
    """The "by" phrase of a passive verb names who did what the verb says, not whom it was done
    to: "captured on a phone by at least one commuter", "found by two hikers" count the filmers and
    the finders, whom the verb's category does not fit: ``other`` (round 49). The parser marks it ``agent``,
    or a plain "by" on a verb with a passive auxiliary. The caller asks it only of a verb of what is
    done to people: a crowd is who attends ("attended by 25,000 mourners")."""
    if verb.pos_ not in {"VERB", "AUX"} or by.lower_ != "by":
        return False
    if any(t.ent_type_ in _TIME_LABELS or (t.dep_ == "det" and t.lower_ == "the") for t in by.subtree):
        return False  # "by June 64 had been convicted" (a date), "arrested by the hundreds" (a manner)
    return by.dep_ == "agent" or (by.dep_ == "prep" and _passive(verb))


def _fronted_group_said_of(prep: Token, verb: Token) -> tuple[str, Token] | None:
    """ "Of the 246 people Iran Human Rights says were executed in 2022, at least 52 were Baluch":
    the parser hangs the fronted "Of the N people" on "says" and leaves the reported clause with no
    subject; that clause of saying (a relative clause without "who") tells what befell the people.
    Only with the speaker right after the people, no comma between ("Of the 200 marchers, police
    said 30 were arrested" tells of the 30)."""
    if prep.lower_ not in {"of", "among"} or prep.i > verb.i:
        return None
    if any(t.is_punct for t in verb.doc[prep.i : verb.i]):
        return None
    if not any(c.dep_ == "nsubj" and prep.i < c.i < verb.i for c in verb.children):
        return None
    for comp in verb.children:
        if (
            comp.dep_ == "ccomp"
            and comp.i > verb.i
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in comp.children)
        ):
            cat = _verb_category(comp)
            if cat:
                return cat, comp
    return None


#: Verbs that bring a total to a new value: "bringing total arrests to 2,310", "taking deaths to 87".
_BRINGING_VERBS = frozenset({"bring", "take", "push", "raise", "lift"})


def _brought_to(verb: Token, obj: Token, prep: Token) -> bool:
    """ "bringing total arrests in the region to 2,310", "taking total deaths to 87": a verb of
    bringing with an event noun for object sets it, with "to", at the count."""
    return (
        verb.lemma_.lower() in _BRINGING_VERBS
        and obj.dep_ == "dobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "to"
        and prep.i > obj.i
    )


def _runs_into(verb: Token, subject: Token, prep: Token) -> bool:
    """ "arrests ran into the thousands", "deaths now run into the hundreds": an event noun for
    subject of "run into" has the amount after "into"."""
    return (
        verb.lemma_.lower() == "run"
        and subject.dep_ == "nsubj"
        and prep.dep_ == "prep"
        and prep.lower_ == "into"
        and prep.i > subject.i
    )


def _total_after_the_count(verb: Token, to: Token) -> tuple[str, Token] | None:
    """ "brought to four the number of protesters executed": the new total comes first, then the
    total noun it gives; the parser may hang "the number of …" on the participle after it as the
    subject of a clause of its own. The total must start right after "to" and its count."""
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "ccomp", "xcomp", "conj", "dep"} or clause.i < to.i:
            continue
        for total in clause.children:
            if (
                total.dep_ in {"nsubj", "nsubjpass"}
                and total.lemma_.lower() in figure_words.TOTAL_NOUNS
                and total.left_edge.i == to.right_edge.i + 1
            ):
                if clause.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
                    done = _verb_category(clause)  # "the number of protesters executed": the participle
                    if done:
                        return done, clause
                cat = _total_category(total)
                return (cat, total) if cat else None
    return None


def _passed_by_a_group(verb: Token) -> tuple[str, Token] | None:
    """ "with the number of detainees exceeding 2,000", "the number of arrests, exceeding 1,800 by
    September,", "with the number of dead surpassing 300": a participle of passing whose object is
    the count passes it for the group it hangs on (the parser hangs it on the total, on the people
    the total counts, or gives it the people for subject); that group names the category."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _PASSING_VERBS:
        return None
    if verb.dep_ == "acl":
        group: Token | None = verb.head
    else:
        group = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if group is None:
        return None
    if group.lemma_.lower() in figure_words.TOTAL_NOUNS:
        cat = _total_category(group)
    else:
        cat = _category_of_whole(group)
    return (cat, group) if cat else None


def _changed_total(verb: Token) -> Token | None:
    """ "the toll was 41, rising to 47 by midnight", "the number of arrests was 200 and rose to 350":
    a verb of change with no subject of its own, hung on a clause as a participle or as a second
    verb, changes what that clause's subject counts; that subject, if it is a total or an event noun."""
    if verb.lower_ not in figure_words.CHANGE_WORDS or verb.dep_ not in {"advcl", "conj"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _category_of_total(noun: Token) -> str | None:
    """What a subject that is a total ("the toll", "the number of arrests") or an event noun
    ("arrests", "deaths") counts."""
    lemma = noun.lemma_.lower()
    if lemma in figure_words.TOTAL_NOUNS:
        return _total_category(noun) or _total_of_people(noun)
    if lemma in figure_words.NOUN_CATEGORY:
        return _noun_category(noun) or figure_words.NOUN_CATEGORY[lemma]
    return None


#: Verbs that give a size with "at": "put the march at 350,000", "estimated the rally at 5,000".
_PUT_AT_VERBS = frozenset({"put", "estimate", "place", "peg"})


def _gathering_put_at(verb: Token, sibling: Token, prep: Token) -> bool:
    """ "Organisers put today's march at 350,000", "police estimated the rally at 5,000": the
    size a speaker gives a gathering, its object, with "at" is its crowd."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and sibling.dep_ == "dobj"
        and verb.lemma_.lower() in _PUT_AT_VERBS
        and _gathering(sibling)
    )


def _dies(num: Token) -> bool:
    """ "Two of the injured died on the way to hospital": the count is the subject of a verb of
    dying, which says more of the people counted than the group they are taken from."""
    return num.dep_ == "nsubj" and num.head.lemma_.lower() in _DYING_VERBS and not _counterfactual(num.head)


#: Words of a rule's ceiling on people: "a limit of 200 people", "rallies capped at 50".
_LIMIT_WORDS = frozenset({"limit", "cap", "maximum", "ceiling", "threshold", "quota", "restrict"})
#: Verbs that forbid gatherings above a size: "banned gatherings of more than 50 people".
_BAN_VERBS = frozenset({"ban", "prohibit", "forbid", "outlaw", "bar"})
#: Gatherings a rule forbids above a size.
_RULED_GATHERINGS = frozenset({"gathering", "assembly", "meeting", "rally", "event", "group"})


def _rate(per: Token) -> bool:
    """ "per event", "per household": a bare common noun after "per" makes a rate; "(per Sardan
    Rights Watch)", "per the government" name who gives the count."""
    unit = next((g for g in per.children if g.dep_ == "pobj"), None)
    return (
        unit is not None
        and unit.tag_ == "NN"
        and not any(c.dep_ in {"det", "poss", "compound"} for c in unit.children)
        and (per.i == 0 or per.doc[per.i - 1].text != "(")
    )


#: Gatherings an order names in the singular, as a mass noun: "prohibiting assembly of five or more".
_MASS_GATHERINGS = frozenset({"assembly", "gathering"})


def _threshold(tok: Token) -> bool:
    """The count is a rule's threshold, not people who were there: "a limit of 200 people",
    "limits gatherings to 200 people per event", "banned gatherings of more than 50 people",
    "prohibiting assembly of five or more persons"."""
    if any(c.dep_ == "prep" and c.lower_ == "per" and _rate(c) for c in tok.children):
        return True  # a rate: "200 people per event", "five per household"
    if tok.dep_ != "pobj":
        return False
    prep, owner = tok.head, tok.head.head
    if prep.lower_ in {"of", "to", "at"} and owner.lemma_.lower() in _LIMIT_WORDS:
        return True
    return (
        prep.lower_ == "of"
        and (owner.tag_ == "NNS" or owner.lemma_.lower() in _MASS_GATHERINGS)
        and owner.lemma_.lower() in _RULED_GATHERINGS
        and owner.dep_ in {"dobj", "nsubjpass"}
        and owner.head.lemma_.lower() in _BAN_VERBS
    )


#: Nouns of a body whose make-up an "of" counts: "a coalition of 14 parties", "a team of 40 detectives".
_BODY_NOUNS = frozenset(
    {
        "coalition",
        "alliance",
        "federation",
        "confederation",
        "union",
        "bloc",
        "league",
        "network",
        "platform",
        "consortium",
        "team",
        "government",
        "cabinet",
        "panel",
        "committee",
        "council",
        "commission",
        "delegation",
    }
)


#: Nouns that describe a named body by its members: "Emergency Lawyers, a group of 120 lawyers".
_DESCRIBED_BODIES = _BODY_NOUNS | {
    "group",
    "organisation",
    "organization",
    "association",
    "movement",
    "collective",
}
#: Verbs by which a body has its parts: "which has 10 regional offices", "which groups 10 parties".
_MADE_OF_VERBS = frozenset({"have", "group", "comprise", "unite"})
#: Bodies named by a common noun whose parts a relative clause may count: "whose cabinet has 20 ministers".
_BODY_HEADS = _BODY_NOUNS | {
    "parliament",
    "assembly",
    "organisation",
    "organization",
    "association",
}


def _body_has(verb: Token) -> bool:
    """A relative clause on a named body (or "whose cabinet") that says what it is made of."""
    if verb.lemma_.lower() not in _MADE_OF_VERBS or verb.dep_ != "relcl":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in {"which", "that"}:
        owner = verb.head
        return owner.pos_ == "PROPN" or owner.lemma_.lower() in _BODY_HEADS
    return subject.lemma_.lower() in _BODY_HEADS and any(c.lower_ == "whose" for c in subject.children)


def _size_of_a_body(tok: Token) -> bool:
    """The count gives what a body is made of, not who took part or was harmed: "a coalition of
    14 parties", "a team of 40 detectives", "the bloc's 27 member states", "the agency, which
    employs 4,000 investigators", "Emergency Lawyers, a group of 120 lawyers" (a name described).
    "A group of 20 protesters" and "a crowd of 3,000" do count people of the event (their nouns
    are not listed), and so does a place's people, "a country of 260 million", in the VOA gold."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # the left children only: compounds stand before their noun, and a list's head holds every
    # item as a right child, which read for each item made a long list quadratic
    if any(c.dep_ == "compound" and c.lower_ == "member" for c in tok.lefts):
        return True  # "whose 55 member states", "which has 15 member countries"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "employ":
        return True
    if tok.dep_ == "dobj" and _body_has(tok.head) and not _category_adjective(tok):
        # "GYLA, which has 10 regional offices", "the Unitary Platform, which groups 10 parties",
        # "Diab, whose cabinet has 20 ministers" (not "Evin prison, which holds 1,200 detainees")
        return figure_words.PERSON_DEFAULT.get(tok.lemma_.lower(), "other") == "other"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    if owner.dep_ == "appos" and owner.head.pos_ == "PROPN" and owner.lemma_.lower() in _DESCRIBED_BODIES:
        return True  # "Emergency Lawyers, a group of 120 volunteer lawyers, said …": the named body
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in _BODY_NOUNS


#: Bodies whose seats a possessive counts: "the court's nine members", "the legislature's 70 members".
_CHAMBERS = _BODY_HEADS | {
    "court",
    "legislature",
    "parliament",
    "congress",
    "senate",
    "chamber",
    "house",
    "tribunal",
    "board",
}
#: Nouns for the seats of a chamber and the people in them.
_SEAT_NOUNS = frozenset({"member", "seat"})
#: Nouns for lawmakers, whose part counted against the chamber's total is a vote's tally.
_LAWMAKERS = frozenset(
    {"senator", "lawmaker", "legislator", "deputy", "mp", "parliamentarian", "congressman", "congressmen"}
)


#: The members of a body by office: counted, they give its size ("whose 12 commissioners").
_OFFICE_HOLDERS = _SEAT_NOUNS | _LAWMAKERS | {"commissioner", "judge", "justice", "councillor", "councilor"}
#: Verbs of holding a seat: "where 147 deputies sit".
_SITTING_VERBS = frozenset({"sit", "serve"})


def _seats_described(counted: Token) -> bool:
    """A body described by its seats: "the National Assembly, where 147 deputies sit", "the 225
    members of this house", "the commission, whose 12 commissioners are appointed by parliament":
    office holders who sit in a chamber, are "of" one, or belong ("whose") to a body named before."""
    if counted.lemma_.lower() not in _OFFICE_HOLDERS:
        return False
    if counted.dep_ == "nsubj" and counted.head.lemma_.lower() in _SITTING_VERBS:
        return True
    # "the 225 members of this house", all its seats; not "detained 14 members of parliament"
    whole_house = (
        counted.dep_ not in {"dobj", "nsubjpass"}  # "detained the 14 members of the council"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "its"} for c in counted.children)
        and not any(c.dep_ in {"relcl", "acl"} for c in counted.children)
    )
    for c in counted.children:
        if (
            whole_house
            and c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _CHAMBERS for g in c.children)
        ):
            return True
        if c.dep_ == "poss" and c.lower_ == "whose":
            clause = counted.head
            while clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl" and clause.head.lemma_.lower() in _CHAMBERS | {"assembly"}:
                return True
    return False


#: Nouns of the people who live in a place.
_INHABITANTS = frozenset({"people", "resident", "inhabitant", "citizen", "person"})


def _population(counted: Token) -> bool:
    """The people who live in a place, no count of the event: "the country of 22 million people",
    "Karakalpakstan, home to about two million people", "the city of 3 million residents"."""
    if counted.lemma_.lower() not in _INHABITANTS or counted.dep_ != "pobj":
        return False
    prep, owner = counted.head, counted.head.head
    if prep.lower_ == "of":
        return owner.lemma_.lower() in figure_words.PLACE_NOUNS or owner.lemma_.lower() in _COUNTRY_NOUNS
    return prep.lower_ == "to" and owner.lower_ == "home"


def _size_of_a_chamber(counted: Token | None, num: Token) -> bool:
    """The count gives the seats of a chamber or a court, not people of the event: "Congress, with
    130 members", "the court's nine members", "80 of the 108 senators" (a tally of votes). Members
    "of" a group ("with 40 members of a militia") and "the party's members" stay counts."""
    if counted is None:
        of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return (
            whole is not None
            and whole.lemma_.lower() in _LAWMAKERS | {"seat"}
            and any(c.dep_ == "nummod" and c.like_num for c in whole.children)
        )  # "the backing of 80 of the 108 senators", "holds 140 of the assembly's 200 seats"
    if _seats_described(counted):
        return True  # "where 147 deputies sit", "the 225 members of this house", "whose 12 commissioners"
    if counted.lemma_.lower() not in _SEAT_NOUNS or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in counted.children
    ):
        return False
    if counted.dep_ == "pobj" and counted.head.lower_ == "with":
        return True  # "Parliament, with 225 members, …"
    return any(c.dep_ == "poss" and c.lemma_.lower() in _CHAMBERS for c in counted.children)


#: Nouns that name a whole country as a possessor: "the country's 25 provinces".
_COUNTRY_NOUNS = frozenset({"country", "nation", "republic", "kingdom"})


def _a_country(tok: Token) -> bool:
    """A country named or called so: "Uganda", "the country"."""
    return tok.ent_type_ == "GPE" or tok.lemma_.lower() in _COUNTRY_NOUNS


#: Determiners that take up places the reader already knows: "the two regions", "its two regions".
_BACK_PLACE_DETERMINERS = frozenset({"the", "these", "those", "both", "its", "their"})


def _places_named_before(noun: Token, phrase: NumberPhrase) -> bool:
    """A small count of places under "the", "these" or "its" names places the article has named or
    the reader knows ("13 soldiers were killed in the two regions", "the foreign ministers of the
    three Baltic states", "its two English-speaking regions"), even in a sentence on violence:
    the event did not reach them as a count. Not a partitive's whole ("nine of the country's 18
    provinces", left to the partitive), nor "all" of them ("in all the 31 provinces"), nor a count
    the noun's own words place the event in ("the 12 cities where protests were held")."""
    if phrase.value >= DEFINITE_BACK_REFERENCE_MAX or phrase.value_max is not None:
        return False
    dets = _determiners(noun)
    if not dets & _BACK_PLACE_DETERMINERS or "all" in dets:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NUM", "PRON", "DET"}:
        return False  # "two of the three cities", "any of the three countries": a partitive
    return not any(c.dep_ in {"relcl", "acl"} for c in noun.children)


def _divisions_of_a_country(noun: Token, event_context: bool) -> bool:
    """The count gives how a country is divided, not where the event reached: "Uganda has 146
    districts", "held across the country's 25 provinces" (the partitive's total, "nine of Sudan's
    18 states", is left out elsewhere). "All of Iran's 31 provinces" is where protests spread, and
    so, in a sentence on protest or violence, is "in Iran's 31 provinces"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have":
        return any(c.dep_ == "nsubj" and _a_country(c) for c in noun.head.children)
    if event_context or not any(c.dep_ == "poss" and _a_country(c) for c in noun.children):
        return False
    whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return not (whole is not None and whole.lower_ == "all") and not any(
        c.lower_ == "all" for c in noun.children
    )


#: Pronouns by which people counted speak of themselves in what they say: "… said they had been beaten".
_SELF_PRONOUNS = frozenset({"they", "we"})


def _said_done_to_them(verb: Token) -> tuple[str, Token] | None:
    """ "25 said they had been beaten in custody", "twelve told reporters they were held": people who
    said what was done to them (the passive of the reported clause) are counted by what was done,
    not as sources ("three officials said they had arrested 40" is active, and counts no one)."""
    for comp in verb.children:
        if comp.dep_ == "ccomp" and any(
            g.dep_ == "nsubjpass" and g.lower_ in _SELF_PRONOUNS for g in comp.children
        ):
            cat = _verb_category(comp)
            if cat:
                return cat, comp
    return None


def _names_the_same_people(told: _Draft, again: _Draft) -> bool:
    """Whether a count taken up again with "the" can be the people of the count told before: the same
    category, or a count of people after a count of people ("the 187 detainees" after "arrested 187
    people"), not "the three countries" after "three protesters"."""
    if told.category == again.category:
        return True
    return told.category in _PART_CATEGORIES and (
        again.category in _PART_CATEGORIES or _is_person(again.chain_start)
    )


def _definite(tok: Token) -> bool:
    """ "the two men", "their three sons": a count of people named or known before, no new figure."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "these", "those"}) or c.dep_ == "poss" for c in tok.children
    )


def _rest_of_count(tok: Token) -> bool:
    """ "the other 14", "the remaining 30": the rest of a count just given, itself a new count."""
    return any(c.dep_ == "amod" and c.lower_ in {"other", "remaining"} for c in tok.children)


def _whereabouts_unknown(noun: Token) -> bool:
    """ "the whereabouts of at least 13 remain unknown": people whose fate is hidden, the mark of an
    enforced disappearance; "the fate of 25 protesters remains unknown" too, in a text that speaks
    more of violence and protest than of disease and disaster (not workers of a closing factory)."""
    lemma = noun.lemma_.lower()
    if lemma not in {"whereabout", "whereabouts", "fate"} or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if lemma == "fate" and not (_protest_article(noun.doc) or _violent_article(noun.doc)):
        return False
    return any(c.dep_ in {"acomp", "oprd"} and c.lower_ in {"unknown", "unclear"} for c in noun.head.children)


def _whereabouts_unknown_of(noun: Token) -> bool:
    """ "the whereabouts of 40 students detained by soldiers remain unknown", "25 activists whose
    whereabouts are unknown": people whose fate is hidden, said in the clause that counts them,
    are disappeared whatever the participle on them says (they were taken first)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _whereabouts_unknown(noun.head.head):
        return not _definite(noun) or _rest_of_count(noun)  # not "of the two reporters": named before
    for clause in noun.children:
        if clause.dep_ != "relcl":
            continue
        # "18 people whose families say they were taken and whose whereabouts remain unknown": the
        # parser may hang the second "whose" clause anywhere inside the first
        for subject in clause.subtree:
            if _whereabouts_unknown(subject) and any(
                c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children
            ):
                return True
    return False


_DATE_HOPS = 4


def _past_a_date(noun: Token) -> Token:
    """ "the crowds that marched on 10 August numbered in the thousands": the parser hangs the
    size verb on the date before it; the group is the noun that date's clause belongs to."""
    tok = noun
    for _ in range(_DATE_HOPS):
        if tok.ent_type_ != "DATE" and tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in {"NOUN", "PRON"} and tok.ent_type_ != "DATE" else noun


#: Verbs that give the size of a group: "numbered", "totalled", "estimated at".
_SIZE_VERBS = frozenset({"number", "total", "estimate"})


def _size_of_group(verb: Token) -> str | None:
    """The category of a group whose size *verb* gives: its subject ("marchers numbered about
    40,000", "the wounded numbered in the hundreds", "the strikers were estimated at 12,000") or
    the noun a participle qualifies ("a crowd estimated at 8,000")."""
    if verb.lemma_.lower() not in _SIZE_VERBS:
        return None
    if verb.dep_ in {"acl", "amod"} and verb.head.i < verb.i:
        group: Token | None = _past_a_date(verb.head)
    elif verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in _RELATIVE_SUBJECTS for c in verb.children
    ):
        group = verb.head  # "drew crowds that police estimated at 100,000": the "that" is the object
    else:
        group = next(
            (
                c
                for c in verb.children
                if c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "amod" and c.i < verb.i)
            ),
            None,
        )  # "the wounded numbered …": the small model parses the nominal adjective as a modifier
    if group is None:
        return None
    group = _antecedent(group, verb)  # "the protesters, who numbered about 3,000"
    found = _category_of_whole(group)
    if found:
        return found
    lemma = group.lemma_.lower()
    if lemma in figure_words.PERSON_DEFAULT:
        return figure_words.PERSON_DEFAULT[lemma]  # "the strikers", "the crowd"
    if group.pos_ == "NOUN" and lemma in figure_words.PROTEST_CONTEXT:
        return "protesters"  # "the rally numbered 10,000"
    return None


#: What only people undergo: a plural noun the lexicon does not know is of people when
#: it is done to it ("400 seditionists were detained", "arrested 9 hypocrites").
_PEOPLE_CATEGORIES = frozenset({"killed", "injured", "arrested", "detained", "executed", "disappeared"})


def _done_to_people(noun: Token) -> bool:
    """A plural noun that is the object or passive subject of a verb of what happens to people
    only: people, whatever name state media gives them ("seditionists", "hypocrites")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    found = _climb(noun)
    return found is not None and found[0] in _PEOPLE_CATEGORIES


def _participle_after(noun: Token) -> str | None:
    """The participle right after a counted noun that the parser hung on the item before
    ("7 rioters arrested, 3 officers hurt"): the item's own verb."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.tag_ not in {"VBN", "VBD"}:
        return None
    return figure_words.ADJ_CATEGORY.get(nxt.lower_) or figure_words.VERB_CATEGORY.get(nxt.lemma_.lower())


def _participle_hung_apart(noun: Token) -> str | None:
    """ "Of the 300 protesters detained, 45 were released": the participle right after a counted noun
    of people says what was done to them, also where the parser hung it on something else than a
    clause of its own (a bare "dep" on the "of", an "acl" of another word); a participle that heads
    its clause ("300 protesters detained by police were …" as the main verb) is read elsewhere."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.dep_ not in {"dep", "acl", "amod"} or not _is_person(noun):
        return None
    if nxt.tag_ == "VBN" and nxt.lemma_.lower() in figure_words.RELEASE_VERBS:
        return "other"  # "Of the 500 prisoners released, …": let go, no longer held
    return _participle_after(noun)


#: Verbs that tally people, whose object a participle after it describes: "counted 31 reporters injured".
_TALLY_VERBS = frozenset({"count", "record", "register", "document", "tally", "list", "log"})


def _tallied(noun: Token) -> bool:
    """The counted noun is what a verb of tallying counts, so the participle after it (which the
    parser hangs on that verb) says what was done to them: "counted 31 reporters injured"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TALLY_VERBS


def _with_wounds(noun: Token) -> bool:
    """People "with gunshot wounds", "with head injuries": wounded, whatever the verb (none decided)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            g.dep_ == "pobj"
            and (g.lemma_.lower() == "wound" or figure_words.NOUN_CATEGORY.get(g.lemma_.lower()) == "injured")
            for g in prep.children
        )
        for prep in _noun_preps(noun)
    )


#: Verbs that say where or how their subject is, not what it did: "are in jail", "remain in custody".
_STATE_VERBS = frozenset({"be", "remain", "stay"})


def _noun_preps(noun: Token) -> list[Token]:
    """The prepositional phrases on *noun*, and those right after it that the parser hung on the
    verb whose object it is ("received 160 patients with gunshot wounds")."""
    doc = noun.doc
    preps = [c for c in noun.children if c.dep_ == "prep"]
    end, verb = noun.i, noun.head
    if noun.dep_ == "appos" and noun.head.dep_ == "dobj":
        # "received 160 patients, 46 of them with gunshot wounds": a part set after the object
        end, verb = noun.right_edge.i, noun.head.head
    elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _STATE_VERBS:
        # "150 people are still in jail": with "be" or "remain", the verb's place is its subject's
        return preps + [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]
    elif noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        # "In a cell meant for four there were 36 of us": the place of "there were" is its count's,
        # written before it or after
        return preps + [c for c in verb.children if c.dep_ == "prep"]
    elif noun.dep_ != "dobj":
        return preps
    preps += [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and end < c.i <= end + 3
        and all(doc[k].pos_ == "ADV" for k in range(end + 1, c.i))
    ]
    return preps


#: Where held people are: "in custody", "under detention", "behind bars".
#: Places of custody, which a count may count instead of the people in them ("two prisons").
_PRISON_NOUNS = frozenset({"prison", "jail", "camp"})

#: A cell or a cage holds people as a prison does: "there were 36 of us in a cell meant for four",
#: "cages holding up to 40 people" (round 63: work46, work62).
_CUSTODY_NOUNS = frozenset(
    {"detention", "custody", "prison", "jail", "bar", "bars", "arrest", "captivity", "cell", "cage"}
)


def _held_in(noun: Token) -> bool:
    """People "under detention", "in custody", "behind bars", or named "as political prisoners":
    held, when no verb decided otherwise. The parser often hangs the phrase on the verb
    ("documented 4,962 people currently under detention"): right after the noun, it is the noun's.
    People a place of custody is shared with are held there too ("in a cell with 35 other men":
    the parser may hang the "with" on the verb, so the place is the word right before it)."""
    with_ = noun.head
    if noun.dep_ == "pobj" and with_.lower_ == "with" and with_.i > 0:
        place = noun.doc[with_.i - 1]
        if place.dep_ == "pobj" and place.lemma_.lower() in _CUSTODY_NOUNS:
            return True
    for prep in _noun_preps(noun):
        if prep.lower_ not in {"in", "under", "behind", "as"}:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            lemma = place.lemma_.lower()
            if prep.lower_ == "as":
                if figure_words.PERSON_DEFAULT.get(lemma) == "detained":
                    return True
            elif lemma in _CUSTODY_NOUNS:
                return True
    return False


#: Where people are kept after an arrest: custody, and a court's remand ("held in remand").
_KEPT_NOUNS = _CUSTODY_NOUNS | {"remand"}
#: Verbs by which people are kept somewhere: "to be held in remand", "kept in custody".
_KEEPING_IN_VERBS = frozenset({"hold", "keep"})


def _kept_in_custody(verb: Token) -> bool:
    """ "remain in detention", "are still in custody", "to be held in remand": *verb* says its
    subject is kept in custody now (a state verb, or a passive "held" or "kept")."""
    lemma = verb.lemma_.lower()
    if lemma not in _STATE_VERBS and not (lemma in _KEEPING_IN_VERBS and _passive(verb)):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "under"}
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _KEPT_NOUNS for g in c.children)
        for c in verb.children
    )


def _still_held_after_arrest(anchor: Token, counted: Token | None, num: Token) -> Token | None:
    """ "hundreds of people arrested during the protests remain in detention", "the court ordered
    19 people arrested on Sunday to be held in remand for 15 days", "40 people arrested on Friday
    are still in custody": a participle "arrested" tells who they are, their own verb (or the
    passive "held" the participle governs) that they are held now, which is what is counted
    (ANNOTATION: the gold keeps "remain in custody" ``detained`` beside the arrests); the verb, or
    None."""
    if anchor.dep_ != "acl" or anchor.lemma_.lower() != "arrest":
        return None
    group = [t for t in (counted, num) if t is not None]
    for tok in group:
        if tok.dep_ == "nsubj" and _kept_in_custody(tok.head):
            return tok.head
    for c in itertools.islice(anchor.subtree, _HELD_INFINITIVE_REACH):
        if (
            c.lemma_.lower() in _KEEPING_IN_VERBS
            and c.dep_ in {"advcl", "xcomp", "acl"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and _kept_in_custody(c)
        ):
            # "ordered 19 people arrested on Sunday to be held in remand" (the parser may hang the
            # infinitive on a noun of the participle's own phrase)
            return c
    return None


#: How many words of the participle's phrase may hold "to be held in remand".
_HELD_INFINITIVE_REACH = 30


def _noun_as_verb(noun: Token) -> bool:
    """A verb of the categories the small model tagged as a singular noun ("Rioters martyr three
    …"): it has a subject of its own, or heads a clause under another verb."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and lemma in figure_words.VERB_CATEGORY
        and lemma not in figure_words.NOUN_CATEGORY
        and (
            noun.dep_ in {"ccomp", "advcl", "parataxis"}
            or any(c.dep_ == "nsubj" and c.i < noun.i for c in noun.children)
        )
    )


def _total_wrapper(noun: Token, prep: Token) -> bool:
    """ "a total of 52 strikers", "a number of 30 students": the total noun only wraps the count
    in its "of" phrase and says nothing of what happened to them (not "the number of detainees
    rose to 300", where the count is no part of the "of" phrase)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and noun.lemma_.lower() in {"total", "number"}
        and any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children)
    )


#: Relative pronouns that stand for the noun a clause qualifies.
_RELATIVES = frozenset({"who", "that", "which"})


#: Verbs whose subject gets what the object names: "persons receiving treatment" are no agents.
_RECEIVING_VERBS = frozenset({"receive", "undergo", "need", "require", "seek", "get", "await", "face"})

#: Verbs whose subject bears a bodily harm named by their object ("lost an eye", "suffered burns",
#: "sustained fractures"): a clause of them tells what befell the counted people, not what they did.
_BEARING_VERBS = _HARM_BEARING_VERBS | {"lose"}


def _clause_of_agents(clause: Token) -> bool:
    """A clause that says what the counted people did, not what was done to them: "officers who
    killed 3 protesters", "dozens of riot police beating protesters"."""
    children = list(clause.children)
    if any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "dobj" for c in children):
        return False  # "people who were arrested", "the 40 students who died": done to them
    if clause.lemma_.lower() in _RECEIVING_VERBS:
        return False  # "21 persons receiving treatment": what they get is done to them
    if clause.lemma_.lower() in _BEARING_VERBS and _verb_category(clause) == "injured":
        return False  # "16 people who lost an eye", "40 who suffered burns": a harm they bore
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in children)
    return clause.tag_ == "VBG"


def _group_prep(prep: Token, count: Token) -> bool:
    """A preposition naming the group a count is part of: "among the detained were 12", and a
    preposed "of" before "be": "Of the 260 arrested, 70 were pensioners" (not "of them, 70 were
    released", where the verb says what became of them)."""
    if prep.lower_ == "among":
        return True
    return prep.lower_ == "of" and prep.i < count.i and prep.head.lemma_.lower() == "be"


def _counted_whole_category(noun: Token) -> str | None:
    """ "Soldiers killed nine villagers who included three children": the whole a relative "who
    included" hangs on is a counted noun of people whose own verb ("killed") names the category."""
    if not _is_person(noun) or not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return None
    if noun.dep_ not in {"dobj", "nsubjpass"} or noun.head.pos_ != "VERB":
        return None
    found = _verb_category(noun.head)
    return found if found in _PART_CATEGORIES else None


def _category_of_whole(noun: Token) -> str | None:
    """The category of a group named by a nominal adjective, an event noun, a noun for held
    people or a participle clause: "the dead", "the deaths", "the detainees", "those arrested"."""
    if noun.lower_ in figure_words.ADJ_CATEGORY:
        return figure_words.ADJ_CATEGORY[noun.lower_]
    lemma = noun.lemma_.lower()
    if lemma in figure_words.NOUN_CATEGORY:
        return _event_noun_category(noun)
    if lemma in figure_words.PERSON_DEFAULT and figure_words.PERSON_DEFAULT[lemma] != "protesters":
        return figure_words.PERSON_DEFAULT[lemma]
    found = _category_of_group(noun)
    return found[0] if found else None


def _released(tok: Token) -> bool:
    """*tok* is the subject or object of a verb that lets people go ("600 of those detained were released")."""
    return (
        tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.lemma_.lower() in figure_words.RELEASE_VERBS
    )


def _kept_of_the_released(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "All but 11 were released", "freed all but nine": the count is of those the release left
    out, who are still held (the "all" is the group let go, hung on the verb of release)."""
    if phrase.start < 2 or doc[phrase.start - 1].lower_ != "but" or doc[phrase.start - 2].lower_ != "all":
        return False
    everyone = doc[phrase.start - 2]
    return everyone.dep_ in {"nsubj", "nsubjpass", "dobj"} and _released(everyone)


def _released_of(noun: Token) -> bool:
    """ "the release of 300 prisoners": people let out of custody, named by the noun of the act."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.i > prep.head.i  # not "Of the 300 detained, 45 were released": a whole set before
        and prep.head.lemma_.lower() in {"release", "freeing", "deportation", "expulsion"}
    )


def _clause_on_a_part(clause: Token) -> bool:
    """A relative clause after a preposition speaks of others: "4,962, of which 166 have been
    sentenced" (a part), "287 attacks, in which 25 were killed" (the people in them)."""
    first = clause.left_edge
    nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if first.pos_ == "ADP" and nxt is not None and nxt.lower_ in {"which", "whom", "them"}:
        return True
    # "identified 250 rioters, 100 of whom had been arrested": the clause's subject is a part
    return any(
        subject.dep_ in {"nsubj", "nsubjpass"}
        and subject.like_num
        and any(
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and any(g.lower_ in {"which", "whom"} for g in prep.children)
            for prep in subject.children
        )
        for subject in clause.children
    )


def _part_done_so(num: Token, partitive: Token | None) -> bool:
    """ "killed 10 people, seven of them shot in the head", "detained 60, 20 of them dragged from
    their rooms": a part of the count before, with a verb that says how it was done to them and
    has no category of its own (asked only when the verb gave none). Not a part let go ("seven of
    them were later released"), which leaves the count."""
    if partitive is None or partitive.lower_ not in {"them", "whom"}:
        return False
    verb = num.head
    return (
        num.dep_ in {"nsubj", "nsubjpass"}
        and verb.pos_ == "VERB"
        and verb.tag_ in {"VBN", "VBD"}
        and verb.lemma_.lower() not in figure_words.RELEASE_VERBS
        and not _released(num)
    )


def _count_restated(
    partitive: Token, by_start: dict[int, NumberPhrase], before: _Draft | None
) -> _Draft | None:
    """The count before, when a partitive's whole is that number again: "(arrested 40 people.)
    Five of the 40 were minors", "(killed 18.) 17 of the 18 had been shot"."""
    whole = by_start.get(partitive.i)
    if before is None or whole is None or not partitive.like_num:
        return None
    same = whole.value == before.phrase.value and whole.value_max is None
    return before if same and before.category != "places" else None


def _said_by_relative_clause(doc: Doc, phrase: NumberPhrase) -> str | None:
    """The category of a bare count's relative clause right after it: "including 25 who were
    beaten and 8 who were detained" (the parser may hang both clauses on the first count, so the
    "who" is read after each count). Only the categories of people harmed or held: the clause
    says what was done to them, over the count they are part of."""
    if phrase.end >= len(doc) or doc[phrase.end].lower_ not in {"who", "that"}:
        return None
    verb = doc[phrase.end].head
    if verb.dep_ != "relcl" or doc[phrase.end].dep_ not in {"nsubj", "nsubjpass"}:
        return None
    category = _verb_category(verb)
    return category if category in _PEOPLE_CATEGORIES else None


#: How far after a partitive's "of" the noun its owner owns may lie.
_OWNED_REACH = 8


def _whole_of(of: Token) -> Token | None:
    """The noun a partitive "of" takes. With a curly apostrophe ("nine of Sudan’s 18 states") the
    small model makes the owner the object of the "of" and hangs the noun it owns elsewhere (a
    second object, or the verb's): the owned noun is the whole."""
    objects = [g for g in of.children if g.dep_ == "pobj"]
    if not objects or not any(c.dep_ == "case" for c in objects[0].children):
        return objects[0] if objects else None
    if len(objects) > 1:
        return objects[-1]
    doc, k = of.doc, max(c.i for c in objects[0].children if c.dep_ == "case") + 1
    while k < len(doc) and k - of.i < _OWNED_REACH and doc[k].pos_ in {"NUM", "ADJ"}:
        k += 1  # "Sudan’s 18 states", "the country’s 25 poorest provinces": the owned noun
    return doc[k] if k < len(doc) and doc[k].pos_ == "NOUN" else objects[0]


def _subset_or_total(tok: Token) -> bool:
    """ "including 347", "among them 12", "bringing the total to 79", "including 2 women and 9 children"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"including", "among"}:
        return True
    if tok.dep_ == "appos" and head.dep_ == "pobj" and head.lower_ == "them" and head.head.lower_ == "among":
        return True  # "among them two of his bodyguards": the parser sets the count beside "them"
    if any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and c.i < tok.i
        and any(g.lower_ == "them" for g in c.children)
        for c in tok.children
    ):
        return True  # "…, among them three policemen": the parser hangs "among them" on the counted noun
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "from"
        and any(c.lower_ in {"up", "down"} for c in head.head.children)
    ):
        return True  # "1,200 prisoners, up from 900 in June": the same count, earlier
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in {"up", "down"}:
        return True
    if _compared_with(tok):
        return True  # "504 attacks in 2024, compared to 116 in 2023": the same count, at another time
    if tok.dep_ == "pobj" and head.head.pos_ == "VERB":
        for sibling in head.head.children:
            if sibling.dep_ in {"dobj", "nsubj"} and sibling.lemma_.lower() in figure_words.TOTAL_NOUNS:
                # "bringing the total to 79", "Viasna put the figure at 7,000": the count before, restated
                return _total_category(sibling) is None
        total = head.head.head
        if (
            head.head.dep_ == "relcl"
            and total.dep_ in {"dobj", "nsubj"}
            and total.lemma_.lower() in figure_words.TOTAL_NOUNS
        ):
            # "bringing the total it has recorded to 82": the parser hung "to 82" on the relative clause
            return _total_category(total) is None
    return False


def _compared_with(tok: Token) -> bool:
    """ "…, compared with 12 in February": the object of a participle of comparing with no subject of
    its own, set beside the count of its clause, whose noun it leaves out."""
    head = tok.head
    compare = head.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ in {"to", "with"}
        and compare.lemma_.lower() == "compare"
        and compare.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in compare.children)
    )


def _joined_past_an_age_range(words: list[str], phrase: NumberPhrase) -> bool:
    """ "15 boys aged between 13 and 17 and two girls", "boys aged 13 to 17, and two girls": the
    count comes right after a range of ages that closes the part before; the parser joins it to
    the ages, but it is the next part of the same list. Read over the six words before it."""
    k = phrase.start - 1
    if k < 0 or words[k] != "and":
        return False
    k -= 1
    if k >= 0 and words[k] == ",":
        k -= 1
    if k < 1 or not words[k].isdigit() or words[k - 1] not in {"and", "to", "-"}:
        return False
    k -= 2
    if k < 0 or not words[k].isdigit():
        return False
    k -= 1
    if k >= 0 and words[k] == "between":
        k -= 1
    return k >= 0 and words[k] in figure_words.AGE_WORDS


def _part_of_count_before(partitive: Token | None) -> bool:
    """ "(60 were hurt,) 9 of them seriously": the pronoun points at the count before in the sentence.

    Only a part with no verb of its own: "600 of them were later released" says
    what became of them, and its verb decides.
    """
    return (
        partitive is not None
        and partitive.pos_ == "PRON"
        and partitive.lower_ in figure_words.PARTITIVE_PRONOUNS
    )


def _pronoun_part_of(num: Token, partitive: Token | None, whole: _Draft) -> bool:
    """Whether a part taken by a pronoun ("N of them", "N of whom") is a part of *whole*, the count
    before it (in its sentence, else the last of the sentence before), whatever its own verb, when
    no word of its own gave it a category (asked last, after every verb and noun).

    ANNOTATION: "a part of a toll is its own figure with the toll's category"
    ("(Police have arrested 900 people.) A lawyers' group represents 200 of them"). A verb that
    names nothing of the category ("still face trial", "appeared in court", "represents") leaves
    the part in the whole; a verb that lets them go ("released", "freed") takes them out of it,
    and a verb of a category of its own was read before this. "eight of us" are the speakers, no
    count told before."""
    return (
        _part_of_count_before(partitive)
        and partitive is not None
        and partitive.lower_ != "us"
        and not _released(num)
        and whole.category not in {None, "places", "other"}
    )


def _category_of_group(partitive: Token) -> tuple[str, Token] | None:
    """The category of the group a part is taken from: "of those killed", "of the people detained".

    Read only when the part has no verb of its own but "be": "600 of those
    detained were later released" counts the released, not the detained.
    """
    for child in partitive.children:
        if child.dep_ in {"acl", "relcl", "amod"} and child.i > partitive.i and not _clause_of_agents(child):
            cat = _verb_category(child)
            if cat:
                return cat, child
    return None


#: Modifiers that make an event noun an act tried and not done: "attempted murders", "foiled kidnappings".
_ATTEMPT_MODIFIERS = frozenset({"attempted", "foiled", "thwarted", "botched", "failed", "aborted"})


def _only_attempted(noun: Token) -> bool:
    """ "There have been 14 attempted murders of judges", "police foiled three attempted abductions":
    an event noun modified by a word of trying ("attempted", "foiled", "failed") counts acts that did
    not take place, so the noun's category (killed for "murders") is not the people's; the count is a
    counted thing of the event (``other``) (round 57)."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _ATTEMPT_MODIFIERS for c in noun.children)


def _event_noun_category(noun: Token) -> str:
    """The category of a noun for counted events ("deaths", "arrests"); deaths by their context."""
    lemma = _lexicon_lemma(noun)
    return _death_category(noun) if lemma in _NEUTRAL_DEATH_NOUNS else figure_words.NOUN_CATEGORY[lemma]


#: Nouns that count events by what their "of" names: "32 cases of abduction", "627 instances of arrest".
_CASE_NOUNS = frozenset({"case", "instance"})

#: Nouns of what is brought against people at law: "37 criminal cases", "six charges", "three counts".
_LEGAL_COUNT_NOUNS = frozenset({"case", "charge", "count"})
#: Words before such a noun that make it one brought at law: "administrative cases", "felony counts".
_LEGAL_MODIFIERS = frozenset(
    {"criminal", "administrative", "felony", "misdemeanor", "misdemeanour", "court", "legal", "civil"}
)
#: Verbs by which cases and charges are brought, met or answered: "filed 12 cases", "faces two charges".
_LEGAL_VERBS = frozenset(
    {
        "file",
        "register",
        "open",
        "bring",
        "lodge",
        "press",
        "level",
        "initiate",
        "launch",
        "face",
        "plead",
        "indict",
    }
)


def _brought_at_law(noun: Token) -> bool:
    """ "opened 37 criminal cases", "19 cases have been registered against …", "faces six charges of
    bribery", "pleaded guilty to three counts of assault", "48 felony counts": cases, charges and
    counts brought by a court, a prosecutor or the police are counted things of the event
    (ANNOTATION: ``other``). Not "in two cases" (instances), nor "by one count" (a reckoning):
    the noun needs a word of the law before it, an "against" (or, for charges and counts, an "of"
    naming the offence), or a verb that brings, files or faces it."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in {"amod", "compound"} and child.lower_ in _LEGAL_MODIFIERS:
            return True
        if child.dep_ == "prep" and (child.lower_ == "against" or (child.lower_ == "of" and lemma != "case")):
            return True
    head = noun
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in figure_words.TOTAL_NOUNS
    ):
        head = head.head.head  # "a total of 19 cases have been registered"
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head  # "pleaded guilty to three counts": the verb the "to" hangs on
        if head.head.pos_ == "ADJ":
            head = head.head  # "guilty"
    verb = head.head
    return head.dep_ in {"dobj", "nsubjpass", "prep", "acomp"} and verb.lemma_.lower() in _LEGAL_VERBS


def _cases_of(noun: Token) -> str | None:
    """ "38 cases of enforced disappearance", "cases of arbitrary arrest": a count of "cases" is a
    count of the events its "of" names (a court's or a clinic's cases name none); "cases of
    rape" count abuses, of no category of their own; "cases of journalists who were abducted"
    count what the clause on the people says was done to them."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                event = pobj
                if _on_another_line(prep, pobj):
                    # "- 2,210 cases of police abuse\n- 917 arbitrary detentions": the "of" of an
                    # item took the next item's noun; the noun of its own line is the event
                    event = _noun_of_its_line(prep.doc, prep.i + 1) or pobj
                if event.lemma_.lower() in figure_words.NOUN_CATEGORY:
                    return _event_noun_category(event)
                if event.lemma_.lower() in figure_words.ABUSE_NOUNS:
                    return "other"  # "45 cases of rape", "31 cases of torture": abuses, counted
                if _is_person(event) and (done := _category_of_group(event)) is not None:
                    return done[0]  # "27 cases of journalists who were abducted": what was done to them
    return None


#: Abuses whose victims are hurt in body: "1,133 victims of physical violence" (not "of sexual violence").
_HURTING_ABUSES = frozenset({"violence", "beating", "assault", "brutality"})


def _victims_of(noun: Token) -> str | None:
    """ "65 victims of eye injuries", "20 victims of arbitrary detention": victims whose "of" names
    the harm are counted by it (a NGO's tally lists them by harm), over the category of any count
    before them; "victims of physical violence" are hurt, victims of other abuses ``other``."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            harm = _noun_of_its_line(noun.doc, prep.i + 1) if _on_another_line(prep, pobj) else pobj
            if harm is None:
                continue
            lemma = harm.lemma_.lower()
            if lemma in figure_words.NOUN_CATEGORY:
                return _event_noun_category(harm)
            if lemma in _HURTING_ABUSES and not any(c.lower_ in _SEXUAL_VIOLENCE for c in harm.children):
                return "injured"
            if lemma in figure_words.ABUSE_NOUNS or lemma in _HURTING_ABUSES:
                return "other"
    return None


def _no_verb_but_be(tok: Token) -> bool:
    """*tok* hangs on no verb, or on a form of "be"."""
    return tok.head.pos_ not in {"VERB", "AUX"} or tok.head.lemma_.lower() == "be"


def _of_a_person(noun: Token) -> bool:
    """ "(a relative) of one detainee": *noun* qualifies a noun for a person."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and _is_person(prep.head)


def _bare_total(tok: Token, phrase: NumberPhrase) -> bool:
    """ "The official figure is 35", "put the number at 40", "the number may be over 9,000": a total
    that names no category of its own."""
    head = tok.head
    if (
        tok.dep_ == "dobj"
        and tok.pos_ == "NUM"
        and head.lemma_.lower() in figure_words.CONFIRM_VERBS
        and not any(c.dep_ == "prep" for c in tok.children)
    ):
        return True  # "The opposition says 400 were held. The ministry has confirmed 293."
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in figure_words.TOTAL_NOUNS:
        # "twice the police figure of 40", "the government's tally of 197": a rival count of the one before
        return _total_category(head.head) is None
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in {"up", "down"}:
        head = head.head.head  # "The tally was up from 716": the total's earlier value
    elif tok.dep_ == "pobj" and (head.lower_ in {"at", "to"} or phrase.start <= head.i < phrase.core_start):
        head = head.head  # "at 40", or the hedge of the count parsed as a preposition: "be over 9,000"
    elif tok.dep_ != "attr":
        return False
    elif any(c.dep_ == "expl" for c in head.children):
        return True  # "(1,542 were in detention) and there are now 1,125": the count before, restated
    for sibling in head.children:
        # "A police officer put the number at 3": the total, not the one who put it
        if (
            sibling.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and sibling.i != tok.i
            and sibling.lemma_.lower() in figure_words.TOTAL_NOUNS
        ):
            return _total_category(sibling) is None
        if sibling.dep_ == "dobj" and sibling.lower_ == "it" and head.lemma_.lower() in _ESTIMATING_VERBS:
            return True  # "Opposition groups have put it at more than 500": "it" is the toll just told
        if _running_total_subject(sibling, head):
            return True  # "(… recognised 40 as political prisoners.) By June the list had grown to 210"
    return False


#: Verbs a running total stands at or moves to: "it stood at 780", "the list had grown to 210".
_STANDING_VERBS = frozenset({"stand", "reach", "hit", "grow", "rise", "climb", "increase", "swell", "jump"})

#: Nouns that take up a running total of people named before: "the list had grown to 210".
_RUNNING_LIST_NOUNS = frozenset({"list", "it"})


def _sets_a_running_total(num: Token) -> bool:
    """ "by December it stood at 780": *num* is set "at" or "to" by a verb whose subject is "it"
    or "the list", the running total told before."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in {"at", "to"}:
        return False
    return any(_running_total_subject(c, prep.head) for c in prep.head.children)


def _running_total_subject(subject: Token, verb: Token) -> bool:
    """ "by December it stood at 780", "the list had grown to 210": "it" or "the list" as the
    subject of a verb a total stands at or moves to takes up the running total told before (a
    count of its own, the count before it names its category)."""
    return (
        subject.dep_ == "nsubj"
        and subject.lower_ in _RUNNING_LIST_NOUNS
        and verb.lemma_.lower() in _STANDING_VERBS
    )


#: How many tokens back from "it" the total it takes up is looked for (its sentence and the one
#: before): a fixed reach keeps the search linear.
_TAKEN_UP_REACH = 60


def _total_taken_up(num: Token) -> tuple[str, Token] | None:
    """ "The death toll climbed all week. On Friday the ministry put it at 41", "said the number of
    people detained was higher, putting it at more than 800": a count set "at" or "to" by a verb
    whose object or subject is "it" counts what the total "it" takes up counts: the nearest total
    noun before "it" that names a category, in its sentence or the one before, with no count
    between (a count between is the one "it" takes up, and `_bare_total` gives its category)."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in {"at", "to"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = prep.head
    it = next((c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.lower_ == "it"), None)
    if it is None or it.i > num.i:
        return None
    sent_start = it.sent.start
    floor = it.doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for k in range(it.i - 1, max(floor, it.i - _TAKEN_UP_REACH) - 1, -1):
        tok = it.doc[k]
        if tok.like_num:
            return None
        if (tok.lemma_.lower() in figure_words.TOTAL_NOUNS or tok.lemma_.lower() == "crowd") and (
            cat := _total_category(tok)
        ):
            # "the crowd was larger. The union put it at 2,500"; not "official figures", which
            # name nothing: the total before them
            return cat, tok
    return None


#: Verbs that set a total "at" a value: "put it at 500", "placed the figure at 40".
_ESTIMATING_VERBS = frozenset({"put", "place", "estimate", "set"})


#: How far back a total noun may stand from the count it is set at ("the death toll … stood at 71").
_TOTAL_REACH = 10


def _total_before(num: Token) -> tuple[str, Token] | None:
    """ "the death toll since the coup now stood at 71" when the parser hung the toll elsewhere: the
    nearest total noun before a count set "at" or "to" by a verb, in its sentence, with no count between."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in {"at", "to"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    sent_start = num.sent.start
    for k in range(num.i - 1, max(sent_start, num.i - _TOTAL_REACH) - 1, -1):
        tok = num.doc[k]
        if tok.like_num:
            return None
        if tok.lemma_.lower() in figure_words.TOTAL_NOUNS:
            cat = _total_category(tok)
            return (cat, tok) if cat else None
    return None


#: How many heads the climb from a count set "at" or "to" inside a clause on the counted noun may
#: pass to reach that clause ("… of people from the town that have died as a result of the disease to
#: 17" takes eight).
_CLAUSE_REACH = 10


def _total_over_its_clause(num: Token) -> tuple[str, Token] | None:
    """ "put the number of nurses who fell ill at 14", "bring the total number of cases recorded in
    the province to 312": a total set by a verb of putting or bringing, whose counted noun carries a
    clause the parser hung "at" or "to" on. The total counts what it names (the clause's verb of
    harm, its people) or, in a sentence of an event, the things it names; not with a count between
    ("the number of families from 3 districts")."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in {"at", "to"}:
        return None
    tok, in_clause = prep.head, False
    for _ in range(_CLAUSE_REACH):
        in_clause = in_clause or tok.dep_ in {"relcl", "acl"}
        total = tok.head.head
        if (
            in_clause
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and total.i < tok.i
            and total.dep_ == "dobj"
            and total.lemma_.lower() in figure_words.TOTAL_NOUNS
            and total.head.lemma_.lower() in _SETTING_VERBS
        ):
            if any(t.like_num for t in num.doc[total.i + 1 : prep.i]):
                return None
            cat = _total_category(total) or _total_of_people(total) or _things_of_an_event(tok)
            return (cat, total) if cat else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


#: Verbs that set a total at a value or bring it to one: "put the number at", "brought the toll to".
_SETTING_VERBS = _BRINGING_VERBS | _ESTIMATING_VERBS | _PUT_AT_VERBS


def _things_of_an_event(noun: Token) -> str | None:
    """ "the number of measles cases": things counted in a sentence of an event are ``other``."""
    return "other" if _counted_thing(noun) and _event_sentence(_sentence_lemmas(noun)) else None


#: Nouns for how big a gathering is: "the size of the crowd", "attendance at the rally".
_SIZE_NOUNS = frozenset({"size", "attendance"})

#: Verbs a size reaches: "the crowd size reached 70,000".
_REACH_VERBS = frozenset({"reach", "hit", "exceed", "top"})


def _size_of_a_crowd(noun: Token) -> bool:
    """ "the size of the crowd", "crowd size", "attendance (at the rally)": a gathering's size;
    not "the size of the militia"."""
    lemma = noun.lemma_.lower()
    if lemma == "attendance":
        return True
    if lemma != "size":
        return False
    near = [c for c in noun.children if c.dep_ == "compound"] + [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(_gathering(t) or t.lemma_.lower() in {"crowd", "mob"} for t in near)


def _crowd_size_set(num: Token) -> bool:
    """ "Witnesses put the size of the crowd at 12,000", "the size of the crowd … was estimated at
    4,000", "the crowd size reached 70,000": a count a crowd's size is set at (by the parse, however
    many words stand between)."""
    if num.dep_ == "pobj" and num.head.lower_ in {"at", "to"} and num.head.head.pos_ in {"VERB", "AUX"}:
        verb = num.head.head
    elif num.dep_ == "dobj" and num.head.lemma_.lower() in _REACH_VERBS:
        verb = num.head
    else:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _size_of_a_crowd(c) for c in verb.children)


def _crowd_estimated_at(num: Token) -> bool:
    """ "crowds that reporters estimated in the tens of thousands", "a march police put at 5,000":
    the verb of estimating is a clause on the crowd or the gathering itself, and the count after
    "at" or "in" is the size it gives them (``_gathering_put_at`` reads the same with the
    gathering as the verb's object)."""
    prep = num.head
    if num.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"at", "in"}:
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _PUT_AT_VERBS or verb.dep_ not in {"relcl", "acl"}:
        return False
    noun = verb.head
    return noun.lemma_.lower() in _ESTIMATED_CROWDS or _gathering(noun)


#: Nouns for a crowd itself, whose size a speaker estimates ("crowds that police put at 5,000").
_ESTIMATED_CROWDS = frozenset({"crowd", "mob", "throng"})


#: Verbs that change an estimate: "raised their estimate to 62", "lowered it to 73".
_REVISE_VERBS = frozenset({"raise", "lower", "revise", "update", "increase", "reduce", "cut", "adjust"})


def _total_said_to_change(num: Token) -> bool:
    """ "…, a figure that had risen to 212 by 27 August", "…, a number that later rose to 150": the
    count a total set beside the count before it changed to, in a relative clause on that total."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return False
    verb = prep.head
    total = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.lower_ in figure_words.CHANGE_WORDS
        and total.lemma_.lower() in figure_words.TOTAL_NOUNS
        and total.dep_ in {"appos", "npadvmod", "attr"}
    )


def _revised_to(num: Token) -> bool:
    """ "later raised their estimate to 62", "then lowered it to 73": a count an estimate or a toll
    was changed to, which names no category itself (the count it revises does)."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.lemma_.lower() in _REVISE_VERBS and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in figure_words.TOTAL_NOUNS or c.lemma_.lower() == "estimate" or c.lower_ == "it"
        )
        for c in verb.children
    )


#: Participles of custody the verb lexicon leaves out (ambiguous as verbs: "held a rally").
_HELD_PARTICIPLES = frozenset({"hold", "keep"})


def _estimated_range(num: Token, earlier: _Draft | None) -> tuple[str, Token] | None:
    """ "Estimates compiled by activists range from 500 to 600": estimates between two counts that
    name no category of their own count what the count before them counted (the toll of the
    sentence before). A participle between the estimates and the range names it when there is one:
    "Estimates of the number of people still held range from 400 to 600", where the small model
    takes "held" for the sentence's verb and "range" for its object."""
    prep = num.head
    for _ in range(3):  # "from 500 to 600": the last number hangs on "to", which hangs on "from"
        if prep.lower_ in {"from", "between"} or not (prep.like_num or prep.lower_ in {"to", "and"}):
            break
        prep = prep.head
    if prep.lower_ not in {"from", "between"}:
        return None
    verb = prep.head
    subject = next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() == "estimate"),
        None,
    )
    if subject is None or subject.i > num.i:
        return None
    for tok in num.doc[subject.i + 1 : prep.i]:
        if tok.tag_ in {"VBN", "VBD"}:  # "held" read as the verb of "Estimates" is tagged a past tense
            lemma = tok.lemma_.lower()
            cat = figure_words.VERB_CATEGORY.get(lemma) or (
                "detained" if lemma in _HELD_PARTICIPLES else None
            )
            if cat:
                return cat, tok
    if earlier is not None and earlier.category in _PEOPLE_CATEGORIES:
        return earlier.category, subject  # not a crowd's: its estimates would name the crowd
    return None


def _gapped(num: Token, previous: _Draft) -> bool:
    """A bare count joined by "and" to the count before it or to that count's verb, with no verb
    of its own: the second half of a sentence whose verb or noun is left out ("… shot in the
    chest and 14 in the back", "242 cases of assault and 17 of rape")."""
    if _gapped_clause_count(num, previous):
        return True
    if num.dep_ != "conj":
        return False
    if any(c.pos_ in {"VERB", "AUX"} for c in num.children):
        return False
    first = previous.chain_start
    return num.head.i == first.i or (num.head.i == first.head.i and num.head.pos_ in {"VERB", "AUX"})


#: Words that may stand between "and" and a gapped count: "and another 3,000", "and then 40".
_GAP_OPENERS = frozenset({"another", "then", "finally", "a", "further"})


def _gapped_after_and(doc: Doc, phrase: NumberPhrase, num: Token, previous: _Draft) -> bool:
    """ "Eight are held at home and one abroad", "… 2 million in the camps, and another 5 million at
    risk", "found six dead geese, then 14, then 35": a bare count right after "and" or "or" (past
    "another", "then") or after ", then", later in the sentence than the count before, with no verb
    and no noun of its own (a preposition, an adverb, a conjunction or a stop after it), counts what
    that count counts, its noun and verb written once. Read from the words: the parser hangs such a
    count on any word nearby (the place, the counted noun, the verb)."""
    k = phrase.start - 1
    then = False
    while k > 0 and doc[k].lower_ in _GAP_OPENERS:
        then = then or doc[k].lower_ == "then"
        k -= 1
    joined = doc[k].lower_ in {"and", "or"} or (then and doc[k].text == ",")  # "…, then 14, then 35"
    if k <= 0 or not joined or previous.phrase.end > k:
        return False
    if any(t.like_num and doc[t.i + 1].pos_ == "ADP" for t in doc[previous.phrase.end : k]):
        return False  # "two other deaths, one in Holguín and one in Bayamo": parts listed, no series
    if num.dep_ in {"nsubj", "nsubjpass"} or any(c.pos_ in {"VERB", "AUX"} for c in num.children):
        return False
    after = doc[phrase.end] if phrase.end < len(doc) else None
    return after is None or after.pos_ in {"ADP", "ADV", "PUNCT", "CCONJ"}


def _gapped_clause_count(num: Token, previous: _Draft) -> bool:
    """*num* counts the same as the count before, in a clause whose verb is left out."""
    obj = _gapped_clause_object(num)
    return obj is not None and obj.i == previous.chain_start.i


def _gapped_clause_object(num: Token) -> Token | None:
    """ "The ministry counted 40 arrests, and the governor 25": a clause joined to the verb of a count
    with that verb left out, its subject then the count; the parser hangs the count after the subject
    as if it counted it (a counted noun stands after its number, never before). The object of the
    verb left out ("arrests"), or None."""
    subject = num.head
    if not (
        num.dep_ == "nummod"
        and subject.i < num.i
        and subject.dep_ == "conj"
        and subject.head.pos_ in {"VERB", "AUX"}
        and not any(c.pos_ in {"VERB", "AUX"} for c in subject.children)
    ):
        return None
    return next(
        (
            c
            for c in subject.head.children
            if c.dep_ == "dobj"
            and c.i < subject.i
            and any(g.like_num and g.dep_ == "nummod" for g in c.children)
        ),
        None,
    )


#: Prepositions of where a count by place happened: "30 arrests in Harare, 12 in Bulawayo".
_PLACE_ITEM_PREPS = frozenset({"in", "at"})

#: Prepositions by which a part of a count is told by where it is from or where it happened: "9 from
#: Tarvel", "eight in the capital", "45 at the college".
_ORIGIN_PREPS = frozenset({"in", "from", "at"})
#: Words that may stand between the mark that sets a part off and the part: "and an additional eight".
_ADDED_PART_WORDS = frozenset({"an", "a", "additional", "another", "further"})
#: Marks that set a part off from the count before it: "…, 9 from Tarvel", "— 14 in the capital".
_PART_MARKS = frozenset({",", "—", "–", "and", "or", "including"})
#: Objects of "in" that sum or time a count rather than place it: "46 in total", "in all".
_NOT_AN_ORIGIN = frozenset({"total", "all", "turn", "part", "a", "row"})


def _origin_named(prep: Token) -> bool:
    """The object of *prep* names where a part is from or took place: a name ("from Tarvel", "in
    Ossen") or a noun under a determiner ("from the border camps", "in its two wards"), not a date, a
    number, a time of day or a bare noun of state ("in 2021", "in the morning", "in hospital", "in
    total")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.like_num or obj.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}:
        return False
    if obj.lower_ in _NOT_AN_ORIGIN or obj.lemma_.lower() in _TIME_NOUNS:
        return False  # "46 in total", "12 in the morning"
    if obj.pos_ == "PROPN":
        return True
    return obj.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} for c in obj.children)


def _part_by_origin(doc: Doc, phrase: NumberPhrase, previous: _Draft) -> bool:
    """ "The 12 cholera cases … were all children, 9 from Tarvel and 3 from Ossen", "… 40 people in
    six towns, and an additional eight in the capital": a bare count set off after the count before
    it in its sentence (by a comma, a dash, "and" or "including", past "an additional"), with where
    it is from or where it happened after it, is a part of that count, its noun written once for
    the whole. The list by place whose items repeat the first count's preposition was read already
    (:func:`_place_list_item`); this one's first count need not have a place of its own."""
    end = phrase.end
    if end + 1 >= len(doc) or doc[end].lower_ not in _ORIGIN_PREPS or not _origin_named(doc[end]):
        return False
    k = phrase.start - 1
    while k > 0 and doc[k].lower_ in _ADDED_PART_WORDS:
        k -= 1
    return k > 0 and doc[k].lower_ in _PART_MARKS and previous.phrase.end <= k


def _place_list_item(num: Token, previous: _Draft) -> bool:
    """ "30 arrests in Harare, 12 in Bulawayo, and 9 in Mutare": a bare count after a comma, with
    a place after the same preposition as the count before (and its noun) has, is the next item
    of a list by place whose noun is written once; the parser hangs it on the verb."""
    doc = num.doc
    k = num.i - 1
    if k > 1 and doc[k].lower_ == "further" and doc[k - 1].lower_ == "a":
        k -= 2  # "…, a further eight on 17 November"
    elif k > 0 and doc[k].lower_ == "another":
        k -= 1
    if k > 0 and doc[k].lower_ in {"and", "or"} and doc[k - 1].lower_ == ",":
        k -= 1
    if k < 0 or num.i + 2 >= len(doc):
        return False
    prep = doc[num.i + 1]
    if doc[k].lower_ != "," and not (doc[k].lower_ in {"and", "or"} and _day_after(prep)):
        return False  # "…, 10 on 16 November and 4 on 17 November": a bare "and" in a list by day
    if _day_after(prep):
        # "12 of the deaths took place on 16 November, eight on 17 November": a list by day, the
        # day after the same "on" a few words after the count before (its verb written once)
        start = previous.phrase.end
        return any(
            _day_after(doc[j]) and doc[j].sent == num.sent
            for j in range(start, min(k, start + _DAY_ITEM_REACH))
        )
    if prep.head.i != num.i or prep.lower_ not in _PLACE_ITEM_PREPS or not _names_place(prep):
        return False
    j = previous.phrase.end
    if j < len(doc) and doc[j].lower_ != prep.lower_ and doc[j].pos_ == "NOUN":
        j += 1  # "30 arrests in Harare": past the noun written once
    return j < k and doc[j].lower_ == prep.lower_ and doc[j].sent == num.sent and _names_place(doc[j])


#: How many words after the count before its "on" and day may stand ("of the 23 deaths took place on").
_DAY_ITEM_REACH = 12


def _day_after(prep: Token) -> bool:
    """*prep* is an "on" that a day follows ("on 17 November", "on Tuesday"), however parsed."""
    nxt = prep.i + 1
    return prep.lower_ == "on" and nxt < len(prep.doc) and prep.doc[nxt].ent_type_ == "DATE"


def _names_place(prep: Token) -> bool:
    """The object of *prep* is a place's name ("in Bulawayo", "at Kassala")."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC"} for g in prep.children)


#: Companies that serve the public, counted in reports of shutdowns: "4 of the 5 operators complied".
_SERVICE_NOUNS = frozenset({"operator", "provider", "carrier"})


def _group_a_part_is_from(doc: Doc, phrase: NumberPhrase, num: Token) -> Token | None:
    """ "The ministry said those it deported were seasonal workers, including 35 from the camps": a
    bare count after "including", told by where it is from, is a part of the plural noun "including"
    hangs on, and counts that noun (with no count before it in the sentence to be a part of)."""
    end = phrase.end
    if end + 1 >= len(doc) or doc[end].lower_ not in _ORIGIN_PREPS or not _origin_named(doc[end]):
        return None
    if num.dep_ != "pobj" or num.head.lower_ != "including":
        return None
    group = num.head.head
    if group.pos_ != "NOUN" or group.tag_ != "NNS" or group.i > num.i:
        return None
    return group


#: Verbs that give the level a count has come to: "cases rose to 230", "the victims numbered 48".
_LEVEL_SET_VERBS = _STANDING_VERBS | {"number", "total", "exceed", "top", "surpass"}


def _noun_given_a_level(num: Token, phrase: NumberPhrase) -> Token | None:
    """ "Measles cases in the valley are up to 64", "Cholera infections in the camp rose to 230",
    "The victims of the bombing numbered 48": the subject of a verb of amounts ("rise to", "stand
    at", "be up to", "number") whose level the count gives is what the count counts, as in "64
    measles cases". Only a plural noun of people or of cases (an outbreak's counted things):
    "temperatures rose to 41" and "prices are up to 64" are measures. A total ("the toll rose to
    57") and a noun of events ("arrests are up to 340") were read already by the climb."""
    if num.dep_ == "pobj" and num.head.lower_ in {"to", "at"}:
        verb = num.head.head
        if verb.lower_ == "up" and verb.dep_ == "advmod":
            verb = verb.head  # "are up to 64"
        if not (verb.lemma_.lower() in _LEVEL_SET_VERBS or _level_by_be(verb, num.head, "prep")):
            return None
    elif num.dep_ == "dobj" and num.head.lemma_.lower() in _LEVEL_SET_VERBS:
        verb = num.head  # "the victims numbered 48"
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > num.i or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    lemma = subject.lemma_.lower()
    if lemma in figure_words.TOTAL_NOUNS or lemma in figure_words.NOUN_CATEGORY:
        return None
    if any(t.like_num for t in num.doc[subject.i + 1 : phrase.start]):
        return None  # "cases rose from 12 to 30": the count between is the earlier level
    return subject if _is_person(subject) or lemma in _LEVEL_CASE_NOUNS else None


#: Nouns of an outbreak's counted things whose level a verb of amounts gives: "cases are up to 64".
_LEVEL_CASE_NOUNS = frozenset({"case", "infection"})


def _breakdown_item(num: Token, previous: _Draft) -> bool:
    """ "426 were civilians, 351 were fighters and 273 were members of the security forces": the
    last count of a breakdown, which the parser joins to the noun before it, stands before a "be"
    of its own, as the count before it does: a part of the same whole, with its category."""
    doc = num.doc
    if num.dep_ != "conj" or num.i + 1 >= len(doc):
        return False
    verb = doc[num.i + 1]
    first = previous.chain_start
    return (
        verb.lemma_ == "be"
        and verb.head.lemma_ == "be"
        and first.dep_ == "nsubj"
        and first.head.lemma_ == "be"
        and first.sent == num.sent
    )


#: The roles of a count a later "of them" may refer to (not "from three universities").
_MAIN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})

#: How far back in its sentence a part "of them" looks for the group it is part of.
_GROUP_REACH = 40


def _group_named_before(num: Token) -> tuple[str, Token] | None:
    """ ""Those arrested include ringleaders," he said, adding that 45 of them were foreign nationals":
    with no count before it, "them" is the group named as a subject earlier in the sentence
    ("those arrested", "the detainees", "the wounded"), whose category a part shares."""
    for k in range(num.i - 1, max(num.sent.start, num.i - _GROUP_REACH) - 1, -1):
        tok = num.doc[k]
        if tok.like_num and _MAIN_ROLES & {tok.dep_, tok.head.dep_}:
            return None  # a count of subjects or objects stands between: the part is of that count
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            found = _category_of_whole(tok)
            if found:
                return found, tok
    return None


#: How many words before "46 in total" the events it sums may be named.
_SUM_REACH = 12


def _sum_of_events_before(doc: Doc, phrase: NumberPhrase) -> tuple[str, Token] | None:
    """ "most of the killings: 46 in total", "the arrests, 310 in all": a bare count followed by "in
    total" or "in all" sums the events the sentence named just before it; the nearest noun of
    events (killings, arrests, deaths) before the count decides its category."""
    end = phrase.end
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end + 1].lower_ not in {"total", "all"}:
        return None
    first = max(doc[phrase.start].sent.start, phrase.start - _SUM_REACH)
    for k in range(phrase.start - 1, first - 1, -1):
        noun = doc[k]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in figure_words.NOUN_CATEGORY:
            return _event_noun_category(noun), noun
    return None


def _superlative_group(noun: Token) -> bool:
    """ "the group's most senior leaders", "the country's best-known activists": a group ranked by
    a superlative, from which "one of" singles out a person the story names (no count of people)."""
    for mod in noun.children:
        if mod.dep_ not in {"amod", "advmod"}:
            continue
        if mod.tag_ in {"JJS", "RBS"} or any(g.tag_ == "RBS" or g.lower_ == "most" for g in mod.children):
            return True
    return False


#: Categories of a verb of harm whose bare object "one" counts a person ("killing one").
_ONE_HARMED_CATEGORIES = frozenset({"killed", "injured", "arrested", "detained", "executed", "disappeared"})


def _one_harmed(num: Token, counted: Token | None, partitive: Token | None) -> bool:
    """ "opened fire, killing one and wounding two", "the blast killed one and injured four": a
    bare "one" that is the object of a verb of harm counts one person, as the count beside it
    does; "no one", "the one who", "one of them" are no such object."""
    if counted is not None or partitive is not None or num.dep_ != "dobj" or num.head.pos_ != "VERB":
        return False
    if any(c.dep_ in {"det", "prep", "relcl", "amod"} for c in num.children):
        return False
    return _verb_category(num.head) in _ONE_HARMED_CATEGORIES


def _one_of_them_so(num: Token, partitive: Token | None) -> bool:
    """ "five officers were injured, one of them seriously", "six hurt, one of them badly": a part
    "one of them" with no verb, said by an adverb of how, counts one of the count before (as "two
    of them seriously" does); "one of them a soldier" and "one of them said" do not."""
    return (
        _part_of_count_before(partitive)
        and num.dep_ in {"appos", "npadvmod", "advmod", "dep"}
        and any(c.dep_ == "advmod" and c.pos_ == "ADV" and c.i > num.i for c in num.children)
    )


#: How many words after a count its verb "bore" may stand: "30 of the detainees he interviewed bore".
_BORE_REACH = 10


def _bore_harm(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "at least 45 detainees he interviewed bore injuries", "60 of the detainees visited by his
    office bore visible wounds": the small model reads the past tense "bore" as a noun or an
    adjective compounded with the harm noun, so neither the climb nor the phrasal list ("bear
    injuries") sees the verb; the people counted, with no comma between, bore the harm (round 59)."""
    sent_end = doc[phrase.start].sent.end
    for k in range(phrase.end, min(sent_end, phrase.end + _BORE_REACH)):
        tok = doc[k]
        if tok.is_punct or tok.lower_ in {"and", "but", "or"}:
            return False
        if tok.lower_ != "bore":
            continue
        after = [t for t in doc[k + 1 : min(sent_end, k + 4)] if t.pos_ != "ADJ" and t.dep_ != "amod"]
        harms = figure_words.HARM_NOUNS | _INJURY_NOUNS
        return bool(after) and (after[0].lemma_.lower() in harms or after[0].lower_ in harms)
    return False


def _part_of_the_count_just_before(
    doc: Doc, phrase: NumberPhrase, num: Token, partitive: Token | None, previous: _Draft | None
) -> bool:
    """ "140 people were arrested and 35 were injured, three of them seriously": a part "N of them"
    with no verb, said by an adverb of how, set off by a comma right behind a count, is a part of
    that count; the parser hangs it on the first subject of the sentence ("people") as its
    apposition, and the climb from there read the first verb's category (round 59)."""
    return (
        previous is not None
        and previous.category not in {None, "places"}
        and previous.chain_start.sent.start == num.sent.start
        and (
            _one_of_them_so(num, partitive)
            or (
                # "…, two of them critically": or the subject of the adverb, which hangs on the verb
                _part_of_count_before(partitive)
                and num.dep_ == "nsubj"
                and num.head.pos_ == "ADV"
                and num.head.i > num.i
            )
        )
        and _included_in_words(doc, phrase, previous)
    )


def _one_described(doc: Doc, phrase: NumberPhrase, num: Token) -> bool:
    """ "Five protesters were killed, one of them a 14-year-old boy", "one of them Brigadier Ali
    Hamed": one of a count described with no verb of its own (as "One of them was a boy" is)."""
    k = phrase.core_end
    if not (phrase.value == 1 and phrase.value_max is None and doc[phrase.core_start].lower_ == "one"):
        return False
    if k + 2 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ not in {"them", "whom", "those"}:
        return False
    described = doc[k + 2]
    return (described.lower_ in {"a", "an"} or described.pos_ == "PROPN") and num.head.pos_ not in {
        "VERB",
        "AUX",
    }


def _fronted_partitive(doc: Doc, phrase: NumberPhrase) -> Token | None:
    """ "Of the 75 deaths, 48 occurred in clashes": the group a count is part of, named first in its
    sentence and set off by a comma right before the count (read on the words: the parser hangs
    that "of" on the verb, or the count on a name inside the group's clause)."""
    if phrase.start < 3 or doc[phrase.start - 1].text != ",":
        return None
    sent = doc[phrase.start].sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ != "of" or first.i >= phrase.start:
        return None
    group = next((g for g in first.children if g.dep_ == "pobj"), None)
    if group is None or group.i >= phrase.start or group.like_num:
        return None  # "Of the 300 detained, 120 …": the count itself, read as a part of it elsewhere
    return group


#: How many words of a list item's line the noun its count counts may lie after the count.
_ITEM_NOUN_REACH = 4


def _noun_of_its_line(doc: Doc, start: int) -> Token | None:
    """The last noun of the run of adjectives, participles and nouns from token *start* on its
    line: "917 arbitrary detentions" gives "detentions", "12 vandalized police stations"
    "stations". The small model runs the items of a list into one sentence and may hang an
    item's words on a noun of another item."""
    noun: Token | None = None
    for tok in doc[start : min(len(doc), start + _ITEM_NOUN_REACH)]:
        if "\n" in tok.text or not (tok.pos_ in {"ADJ", "NOUN", "PROPN"} or tok.tag_ == "VBN"):
            break  # a participle is an adjective here: "12 vandalized police stations"
        if tok.pos_ == "NOUN":
            noun = tok
    return noun


def _on_another_line(num: Token, noun: Token) -> bool:
    """A line break lies between the number and the noun the parser hung it on."""
    lo, hi = sorted((num.i, noun.i))
    return any("\n" in t.text for t in num.doc[lo:hi])


def _verb_as_singular_noun(noun: Token, phrase: NumberPhrase) -> bool:
    """ "thousands march", "hundreds rally": a singular noun that names an action of a crowd right
    after a plural count is the count's verb (headlines), not what it counts ("50 strike leaders")."""
    lemma = noun.lemma_.lower()
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        noun.tag_ == "NN"
        and noun.i == phrase.core_end
        and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"})
        and (phrase.value > 1 or phrase.qualifier == "vague")
        and lemma in figure_words.VERB_CATEGORY
        and lemma not in figure_words.NOUN_CATEGORY
    )


def _sentences_given(noun: Token) -> bool:
    """ "handed down 85 sentences", "sentences were passed on 12": punishments a court gives."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in figure_words.SENTENCING_VERBS


def _of_which(words: list[str], phrase: NumberPhrase) -> bool:
    """ "…, of which 87 were …", "of whom 12", "among them 64": a part of the count before, whatever the verb."""
    if phrase.start < 2:
        return False
    pair = (words[phrase.start - 2], words[phrase.start - 1])
    return (
        pair[0] == "of" and pair[1] in {"which", "whom"} or pair[0] == "among" and pair[1] in {"them", "whom"}
    )


#: Words a table or infobox row may hold besides its label: "Death(s)", "Injuries:".
_LABEL_MAX_WORDS = 3


#: Words that open a part of a count after a comma: "98, of whom 46", "98, including 12".
_PART_OPENERS = frozenset({"of", "including", "among"})


def _label_category(doc: Doc, phrase: NumberPhrase) -> str | None:
    """The category of a table or infobox row: a short label alone before the count on its line
    ("Death(s)\t214[1]", "Arrested: 10,000+"), and nothing but reference marks after it."""
    k = phrase.start - 1
    label: list[Token] = []
    while k >= 0 and "\n" not in doc[k].text:
        if doc[k].text == ";":
            break  # "Killed: 12; injured: 40; arrested: 300": rows of one line, each its own label
        if doc[k].is_alpha or doc[k].text[:1].isalpha():
            label.append(doc[k])
            if len(label) > _LABEL_MAX_WORDS:
                return None  # a sentence: stop here, not at the line's start (linear on one-line texts)
        k -= 1
    if not label:
        return None
    j = phrase.end
    depth = 0
    nouns = 0
    while j < len(doc) and "\n" not in doc[j].text and doc[j].text != ";":
        if doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in _PART_OPENERS:
            break  # "Detained journalists: 98, of whom 46 remain held": the row's count, then a part
        depth += doc[j].text.count("(") - doc[j].text.count(")")
        if doc[j].is_alpha and depth <= 0:
            nouns += 1
            if doc[j].pos_ in {"VERB", "AUX", "ADP"} or nouns > _LABEL_MAX_WORDS:
                return None  # "5 January: 18 members … were killed": a sentence, not a row
        j += 1  # a note in brackets ("304–1,500 (per Amnesty)"), the people counted ("551 protesters")
    for tok in reversed(label):  # the word nearest the count decides
        word = "".join(ch for ch in tok.lower_ if ch.isalpha())
        if word in figure_words.ADJ_CATEGORY:
            return figure_words.ADJ_CATEGORY[word]
        for lemma in {tok.lemma_.lower(), word, *_singulars(word)}:
            if lemma in figure_words.NOUN_CATEGORY:
                # the matched form, not the token's lemma: "Arrests" tagged a name keeps its plural
                if lemma in _NEUTRAL_DEATH_NOUNS:
                    return _death_category(tok)
                return figure_words.NOUN_CATEGORY[lemma]
    nearest = "".join(ch for ch in label[0].lower_ if ch.isalpha())
    return "other" if nearest in _OTHER_LABELS else None


#: Infobox labels of people counted with no category of their own: "Displaced ~13,000",
#: "Charged: 1,678", "Refugees: 70,000" (``other``, not the category of a heading above).
_OTHER_LABELS = frozenset(
    {
        "displaced",
        "refugees",
        "charged",
        "evacuated",
        "homeless",
        "prosecuted",
        "indicted",
        "deported",
        "expelled",
    }
)


#: Marks that open a row of a table written as prose: "as follows: assault, 242; arrest, 466".
_PROSE_ROW_OPENERS = frozenset({":", ";"})
#: Marks that close one.
_PROSE_ROW_CLOSERS = frozenset({";", ".", ")"})


def _prose_row_label(doc: Doc, phrase: NumberPhrase) -> list[Token] | None:
    """The label of a row of a table written as prose, nearest word first: "Its breakdown:
    Khartoum, 104; Omdurman, 15" and "as follows: arbitrary arrest, 466; abduction, 16" give a
    short label, a comma and the count between a colon or semicolon and a semicolon or stop."""
    if phrase.start < 2 or doc[phrase.start - 1].text != ",":
        return None
    if phrase.end < len(doc) and doc[phrase.end].text not in _PROSE_ROW_CLOSERS:
        return None
    label: list[Token] = []
    k = phrase.start - 2
    while k >= 0 and doc[k].is_alpha and len(label) <= _LABEL_MAX_WORDS:
        label.append(doc[k])
        k -= 1
    if not label or len(label) > _LABEL_MAX_WORDS or k < 0 or doc[k].text not in _PROSE_ROW_OPENERS:
        return None
    return label


#: How far back the colon that opens a table written as prose is looked for, and how far before
#: it its heading: a fixed reach keeps the search linear however long the table.
_PROSE_TABLE_REACH = 40
_PROSE_HEADING_REACH = 12


def _prose_heading_category(doc: Doc, label_start: int) -> str | None:
    """The category a table written as prose names before its colon: "The breakdown of arrests
    reads: Kurdistan province, 3,310; Ilam, 300" (the nearest category word of its heading)."""
    sent_start = doc[label_start].sent.start
    k = label_start - 1
    while k > max(sent_start, label_start - _PROSE_TABLE_REACH) and doc[k].text != ":":
        k -= 1
    if doc[k].text != ":":
        return None
    for j in range(k - 1, max(sent_start, k - _PROSE_HEADING_REACH) - 1, -1):
        found = _label_word_category(doc[j].lower_) or _label_word_category(doc[j].lemma_.lower())
        if found is not None:
            return _death_category(doc[j]) if found == "killed" else found
    return None


def _prose_row_category(doc: Doc, phrase: NumberPhrase, whole: _Draft | None) -> str | None:
    """The category of a row of a table written as prose: its label's when the label names one
    ("abduction, 16"; an abuse, "torture, 61", is ``other`` as in "cases of torture"), else that
    of the count the rows break down, when the label is a name ("Khartoum, 104")."""
    label = _prose_row_label(doc, phrase)
    if label is None:
        return None
    for tok in label:
        word = tok.lower_
        found = _label_word_category(word) or _label_word_category(tok.lemma_.lower())
        if found is not None:
            return _death_category(tok) if found == "killed" else found
        if word in figure_words.ABUSE_NOUNS or tok.lemma_.lower() in figure_words.ABUSE_NOUNS:
            return "other"
    named = [tok for tok in label if tok.pos_ != "ADP"]  # "in Khartoum, 30"
    heading = _prose_heading_category(doc, label[-1].i)
    if heading is not None:
        return heading  # "The breakdown of arrests reads: Ilam, 300"
    if whole is not None and (
        all(tok.text[:1].isupper() for tok in named)
        or any(tok.lemma_.lower() in figure_words.PERSON_NOUNS for tok in named)
    ):
        return whole.category  # a place or a kind of people among those the whole counts
    return "other"


def _label_word_category(word: str, *, people: bool = False) -> str | None:
    """The category a lower-case label word names ("killed", "arrests", "injuries"), shared by
    table headers and infobox rows; with *people*, a noun for people too ("detainees")."""
    if word in figure_words.ADJ_CATEGORY:
        category: str = figure_words.ADJ_CATEGORY[word]
        return category
    for lemma in (word, *_singulars(word)):
        if lemma in figure_words.NOUN_CATEGORY:
            category = figure_words.NOUN_CATEGORY[lemma]
            return category
        if people and lemma in figure_words.PERSON_DEFAULT:
            category = figure_words.PERSON_DEFAULT[lemma]
            return category
    return None


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural label may have: "Deaths", "Arrests", "Injuries" (a label the
    tagger took for a name keeps its plural lemma)."""
    ies = (word[:-3] + "y",) if word.endswith("ies") else ()
    return (word.removesuffix("s"), word.removesuffix("es"), *ies)


def _continued_row_category(doc: Doc, phrase: NumberPhrase) -> str | None:
    """The category of a count alone at the start of its line under an infobox row: "Deaths: 1,500
    (per Reuters)" then "304 (per Amnesty International)" — the second line goes on with the first's label.

    Lines that start with a count are passed over, up to ``_ROW_REACH`` of them.
    """
    text = doc_text(doc)
    start = doc[phrase.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() not in {"", "~", "c."}:
        return None
    for n, row in enumerate(_lines_above(text, line_start)):
        row = row.strip()
        if n >= _ROW_REACH or not row:
            return None
        if row[:1].isdigit():
            continue
        if not figure_words.ROW_START.match(row):
            return None
        label = re.split(r"[:\t]", row, maxsplit=1)[0].lower()
        for word in reversed(re.findall(r"[a-z]+", label)):
            category = _label_word_category(word)
            if category is not None:
                return category
        return None
    return None


#: A row of a list by place: a name of at most three words, a dash, colon or tab, and a count.
_NAMED_ROW = re.compile(
    r"(?:[^\W\d][\w'’.()-]*(?: [^\W\d][\w'’.()-]*){0,2}|(?:1[89]|20)\d\d"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}) *[:\t–—-] *[~≈]?\d[\d,]*\+?"
    r"(?: *\([^()\n]{0,30}\))?(?:; [^\n]{0,40})?(?:\[\d+\])* *\Z"
)  # "Old town: 17 (monitors)", "Nahda: 87 (HRW); 87 (NCHR)": notes on the sources; by year or
# day: "2019: 19", "26 June: 3", "June 27: 2"

#: A row of a bulleted list ("- Yangon Region: 262", "• Students: 486", "- Teachers who joined the
#: strike: 118"): the bullet marks a list item, so its label, set off by a colon, may run past the
#: three words of a bare row (no digit, no stop or colon inside it).
_BULLET_ROW = re.compile(
    r"[-•*–] +[^\W\d][^\d\n:.!?;]{0,70}: *[~≈]?\d[\d,]*\+?(?: *\([^()\n]{0,30}\))?(?:\[\d+\])* *\Z"
)

#: The bullet that opens a list item: stripped before a row is read as a bare one.
_BULLET = re.compile(r"[-•*–] +")


def _list_row(line: str) -> bool:
    """Whether *line* (stripped) is a row of a list by place or by group: a bare row ("Minsk: 214",
    "Tehran – 4,100"), the same row after a bullet, or a bulleted row with a longer label."""
    if _NAMED_ROW.match(line) or _BULLET_ROW.match(line):
        return True
    bullet = _BULLET.match(line)
    return bullet is not None and _NAMED_ROW.match(line[bullet.end() :]) is not None


#: A heading that names what the list under it counts: "Detainees by city:", "Deaths by province",
#: also with a date or a note in brackets or after a comma and a table's label before it: "Arrests
#: by region (as of 3 May):", "Table 2: Deaths in the port city, June 2023", "Table: Deaths, by
#: year", "Fatalities by region/state (…):".
_HEADING = re.compile(
    r"(?:(?:Table|Figure|Chart)(?: \d+)?[.:] *)?[A-Za-z][A-Za-z '’/-]{0,60}?"
    r"(?: *\([^()\n]{0,60}\))?(?:, [\w ,]{0,30})? *:?\Z"
)

#: A heading is no longer than this (the pattern is not run over long lines of running text).
_HEADING_MAX_CHARS = 120


#: A row of a list by place is shorter than this.
_ROW_MAX_CHARS = 80


def _listed_under_heading(doc: Doc, phrase: NumberPhrase) -> str | None:
    """The category of a count in a list by place under a heading that names it: "Detainees by
    city:" above "Tehran – 4,100" and "Mashhad – 1,250". Only rows of that shape lie between."""
    text = doc_text(doc)
    start = doc[phrase.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > _ROW_MAX_CHARS:
        return None  # running text, not a row (and no slice of a long line for every count in it)
    line = text[line_start : start + _ROW_MAX_CHARS].split("\n", 1)[0].strip()
    if not _list_row(line):
        return None
    blank = False  # one blank line may part a table's caption from its rows, as pages are copied
    for n, row in enumerate(_lines_above(text, line_start)):
        row = row.strip()
        if n >= _TABLE_REACH or (not row and blank):
            return None
        if not row:
            blank = True
            continue
        if _list_row(row):
            if blank:
                return None  # the rows of another list, above a blank line
            continue
        row = _lead_in_sentence(row)
        if len(row) > _HEADING_MAX_CHARS or not _HEADING.match(row):
            return None
        for word in re.findall(r"[a-z]+", row.split(" by ")[0].lower()):
            category = _label_word_category(word, people=True)
            if category is not None:
                return category
        return None
    return None


def _lead_in_sentence(row: str) -> str:
    """The last sentence of a paragraph that ends in a colon, as a list's heading: "… the group
    said. Detentions documented by region:" above "- Minsk: 214" (a paragraph of running text
    whose closing sentence leads into the list); any other line as it is."""
    if not row.endswith(":"):
        return row
    stop = row.rfind(". ")
    return row[stop + 2 :] if stop >= 0 else row


#: How many lines with a count alone an infobox row may run on for.
_ROW_REACH = 4


#: How many lines above a table cell its column's header may stand.
_TABLE_REACH = 30


def _column_category(doc: Doc, phrase: NumberPhrase) -> str | None:
    """The category of a table column ("Region\tKilled\tDetained" above "Yangon\t267\t1,732"):
    the header cell above the count, found through the tab-separated lines above it (or
    lines whose cells are set off by "|", as tables are copied from the web)."""
    text = doc_text(doc)
    start = doc[phrase.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    sep = "\t" if "\t" in line else "|" if "|" in line else None
    if sep is None:
        return None
    column = text[line_start:start].count(sep)
    if column == 0:
        return None
    for row in _lines_above(text, line_start):
        cells = row.split(sep)
        if not row.strip() or (len(cells) < 2 and row.rstrip()[-1:] in {".", "!", "?"}):
            return None  # the table ends above: a blank line or running text
        if column >= len(cells):
            continue  # a row whose empty cells were trimmed away
        cell = cells[column].strip().lower()
        if not cell or cell[:1].isdigit():
            continue
        if cell.startswith(_PART_HEADERS) and column > 1:
            # "Deaths | Of whom children": a part of the column before, in its category
            cell = cells[column - 1].strip().lower()
            if not cell or cell[:1].isdigit():
                return None
        word = "".join(ch for ch in cell.split()[-1] if ch.isalpha())
        return _label_word_category(word, people=True)
    return None


#: How a table's header cell opens when its column is a part of the column before it.
_PART_HEADERS = ("of whom", "of which", "including", "incl.", "among them", "among whom")


def _lines_above(text: str, line_start: int) -> Iterator[str]:
    """The lines above the one starting at *line_start*, nearest first, at most ``_TABLE_REACH``
    (walked back one by one: splitting the whole text for every cell would be quadratic)."""
    end = line_start - 1
    for _ in range(_TABLE_REACH):
        if end < 0:
            return
        begin = text.rfind("\n", 0, end) + 1
        yield text[begin:end]
        end = begin - 1


def _linear_category(doc: Doc, phrase: NumberPhrase) -> tuple[str, Token] | None:
    """Fallback when the parse is wrong: "… and 361 injured", "killing two"."""
    j = phrase.end
    steps = 0
    while j < len(doc) and steps < 4 and (doc[j].lower_ in figure_words.SKIP_AFTER or doc[j].pos_ == "ADV"):
        j += 1
        steps += 1
    if j < len(doc):
        tok = doc[j]
        if tok.lower_ in figure_words.ADJ_CATEGORY:
            return figure_words.ADJ_CATEGORY[tok.lower_], tok
        if tok.pos_ == "VERB":
            cat = _verb_category(tok)
            if cat:
                return cat, tok
    k = phrase.start - 1
    if k >= 0 and doc[k].pos_ == "VERB":
        cat = _verb_category(doc[k])
        if cat:
            return cat, doc[k]
    return _verb_past_a_quoted_insert(doc, phrase)


#: Quote marks that open and close a quoted insert.
_OPENING_QUOTES = frozenset({'"', "“", "``"})
_CLOSING_QUOTES = frozenset({'"', "”", "''"})
#: How many tokens a quoted insert between a count and its verb may run.
_QUOTED_INSERT_REACH = 40
#: Auxiliaries between a quoted insert and its participle: "… had been arrested", "… were detained".
_INSERT_AUXILIARIES = frozenset({"had", "have", "has", "been", "were", "was", "are", "is", "be", "being"})


def _verb_past_a_quoted_insert(doc: Doc, phrase: NumberPhrase) -> tuple[str, Token] | None:
    """ "105 individuals "caught looting, setting fire to buildings and attacking officers" had been
    arrested": an official's words quoted between the counted people and their verb make the parser
    take the quote's first verb for the sentence's; the verb after the closing quote mark, with its
    auxiliaries, is the count's."""
    j = phrase.end
    if j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN"}:
        j += 1  # the counted noun
    if j >= len(doc) or doc[j].text not in _OPENING_QUOTES:
        return None
    end = min(len(doc), j + _QUOTED_INSERT_REACH, doc[j].sent.end)
    close = next((k for k in range(j + 1, end) if doc[k].text in _CLOSING_QUOTES), None)
    if close is None:
        return None
    k = close + 1
    while k < len(doc) and (doc[k].lower_ in _INSERT_AUXILIARIES or doc[k].pos_ == "ADV"):
        k += 1
    if k == close + 1 or k >= len(doc) or doc[k].tag_ not in {"VBN", "VBD"}:
        return None  # no auxiliary: "… said", a clause of its own
    cat = _verb_category(doc[k])
    return (cat, doc[k]) if cat else None


#: Below this, "the two leaders" refers back to people already named rather than counting.
DEFINITE_BACK_REFERENCE_MAX = 10


def _determiners(noun: Token) -> set[str]:
    """The lower-case determiners and possessors of *noun*: "the", "these", "its", "all"."""
    return {c.lower_ for c in noun.children if c.dep_ in {"det", "poss", "predet"}}


def _owned_count(tok: Token) -> bool:
    """ "her five nephews", "their two tractors", "his 300 canvases": a count, under a possessive
    determiner, of the possessor's family or of things they have, which real reporting counts as
    a detail of the story (round 48). Not other people under "their" ("their two leaders were
    among them"): those refer back to a group already told."""
    if not _determiners(tok) & figure_words.POSSESSIVE_PRONOUNS:
        return False
    return _lexicon_lemma(tok) in figure_words.KIN_NOUNS or not _is_person(tok)


#: Subjects that are a person or people: who "has" kin or pets.
_PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def _had_by_a_person(counted: Token | None) -> bool:
    """ "X said the Lewises had two adult sons", "He said he had two other dogs": a count of a
    person's kin or animals, the object of "have" whose subject is a person (a personal pronoun or
    a name), is a detail of the story the writer tells, as "her five nephews" is (:func:`_owned_count`),
    whoever is quoted saying it. Not other things had ("Smith had two suspensions on his licence":
    the record's)."""
    if counted is None or counted.pos_ != "NOUN" or counted.dep_ != "dobj":
        return False
    lemma = counted.lemma_.lower()
    if lemma not in figure_words.KIN_NOUNS and not _counts_animals(counted):
        return False
    verb = counted.head
    if verb.lemma_.lower() != "have" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None and verb.dep_ == "conj":
        holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if holder is None:
        return False
    # a name of a person or family, whatever the tagger took it for ("the Lewises", tagged ORG);
    # not a place ("Kenya has 30,000 elephants")
    return holder.lower_ in _PERSONAL_PRONOUNS or (
        holder.pos_ == "PROPN" and holder.ent_type_ not in {"GPE", "LOC", "FAC", "NORP"}
    )


def _not_an_event_count(tok: Token, phrase: NumberPhrase, owned_counts: bool = False) -> bool:
    """A count with no category of its own that is not a figure of the event.

    "two officials said" counts sources (ANNOTATION.md); "the two leaders", "the
    eight detainees" refer back to people already counted or named; "one of the
    groups" is no count at all. A count under a possessive determiner ("their
    18 states", "their two leaders") refers back too, unless *owned_counts*
    (:func:`_owned_count`: "her five nephews", "his 300 canvases").
    """
    if phrase.value == 1 and phrase.value_max is None and not _at_least_one_person(tok, phrase):
        return True
    if _counts_sources(tok) or _counts_voters(tok) or _counts_members(tok):
        return True
    dets = _determiners(tok)
    if dets & figure_words.POSSESSIVE_PRONOUNS and not owned_counts:
        return True
    return (
        bool(dets & {"the", "these", "those", "all", "both"})
        and phrase.value < DEFINITE_BACK_REFERENCE_MAX
        and not _rest_let_go(tok)
    )


#: Verbs of a court clearing the accused at trial: "acquitted five others", "acquitted the other three"
#: (not "exonerated": those were convicted first, and the gold keeps them ``sentenced``).
_CLEARING_VERBS = frozenset({"acquit"})

#: Verbs under which "guilty" is a court's verdict: "found 14 soldiers guilty", "declared 30 of them guilty".
_VERDICT_VERBS = frozenset({"find", "declare", "pronounce", "judge"})


def _found_guilty(adj: Token) -> bool:
    """ "found 14 soldiers guilty of torture": "guilty" as the small clause of a verb of verdict
    (round 59); not "found them not guilty", an acquittal."""
    return (
        adj.lemma_.lower() == "guilty"
        and adj.dep_ in {"ccomp", "xcomp", "oprd", "acomp"}
        and adj.head.lemma_.lower() in _VERDICT_VERBS
        and not any(c.dep_ == "neg" for c in adj.children)
    )


def _gapped_guilty_of(start: Token, x: Token) -> bool:
    """ "found nine guilty of rioting and four of arson": the second count is parsed as a conjunct of
    the first charge; climbing from it reaches "guilty" through that charge's "of"."""
    return (
        x.dep_ == "prep"
        and x.lower_ == "of"
        and start.dep_ == "conj"
        and start.like_num
        and start.head.dep_ == "pobj"
        and start.head.head.i == x.i
    )


def _rest_let_go(tok: Token) -> bool:
    """ "convicted four and acquitted the other three": the rest of a count just given, cleared by
    the court, is a new count (``other``), no back-reference."""
    return (
        _rest_of_count(tok)
        and tok.dep_ in {"dobj", "nsubjpass"}
        and tok.head.lemma_.lower() in _CLEARING_VERBS
    )


def _at_least_one_person(tok: Token, phrase: NumberPhrase) -> bool:
    """ "at least one bystander", "no fewer than one officer": a lower bound set before the "one"
    counts people, as "at least two" does; a bare "one" ("one of the groups", "one man said") is no
    count (round 49). "One or more" is left as it was: the gold of the one tune article that writes
    it gives it a source tally does not find, and it was not the construction read."""
    return phrase.qualifier == "at_least" and phrase.start < phrase.core_start and _is_person(tok)


#: Words that make "sentences" punishments rather than lines of text.
_SENTENCE_KINDS = frozenset({"death", "prison", "jail", "life", "lengthy", "long", "harsh"})


#: Verbs of talking with people, who then are sources: "spoke to 11 witnesses".
_TALK_VERBS = frozenset({"speak", "talk"})
#: Verbs of checking a figure, whose "with" names who it was checked with: "confirmed with three officials".
_CHECKING_VERBS = frozenset({"confirm", "verify", "check", "corroborate", "cross-check", "crosscheck"})


#: Nouns for the evidence a count rests on: what is counted inside them ("interviews with doctors at
#: three city hospitals", "records from three hospitals") is where the evidence came from.
_EVIDENCE_NOUNS = frozenset(
    {"interview", "record", "testimony", "document", "video", "photograph", "footage"}
)
#: Nouns for a tally of counts: the hospitals it came from ("figures from hospitals in four cities")
#: or where it is kept ("a tally kept by doctors at three hospitals") are its sources, no count.
_TALLY_NOUNS = frozenset({"tally", "figure", "count", "data", "statistic", "record"})
#: Prepositions that set counted points on the ground: "at 27 points", "in 12 points", "across 40 points".
_POINT_PREPS = frozenset({"at", "in", "across"})
#: Words that make "points" a score or a share: "percentage points", "points higher".
_SCORE_WORDS = frozenset({"percentage", "basis", "higher", "lower", "ahead", "behind", "lead"})


#: What rounds fired are of, or what kind: "rounds of tear gas", "live rounds", "rubber rounds".
_AMMUNITION_WORDS = frozenset(
    {"gas", "teargas", "tear", "ammunition", "live", "rubber", "plastic", "baton", "warning", "bean", "bag"}
)
#: Verbs by which rounds are spent: "fired 150 rounds", "1,650 rounds were fired".
_FIRING_VERBS = frozenset({"fire", "shoot", "discharge", "expend", "use"})


def _rounds_fired(rounds: Token) -> bool:
    """Whether "rounds" counted are ammunition, things of the event (the gold counts them ``other``):
    the object or passive subject of "fire" ("soldiers fired over 100 live rounds", "1,650 rounds
    were fired"), or rounds of tear gas or live ones ("800 tear gas rounds", "10,000 rounds of tear
    gas"). Not rounds of talks or of voting, which are no count of the event."""
    if rounds.dep_ in {"dobj", "nsubjpass"} and rounds.head.lemma_.lower() in _FIRING_VERBS:
        return True
    for child in rounds.children:
        if child.dep_ in {"compound", "amod"} and child.lemma_.lower() in _AMMUNITION_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            # "rounds of tear gas": the object of "of" and the words before it in its phrase
            for whole in (g for g in child.children if g.dep_ == "pobj"):
                words = (whole, *(c for c in whole.children if c.i < whole.i))
                if any(w.lemma_.lower() in _AMMUNITION_WORDS for w in words):
                    return True
    return False


def _points_on_the_ground(points: Token, phrase: NumberPhrase) -> bool:
    """Whether "points" counted after a preposition of place are spots on the ground, things of the
    event counted: "farmers blocked the ring road at 27 points", "truckers cut the motorway at some
    60 points". A score ("six points higher"), a share ("two percentage points") and "at one point"
    (a moment) are not."""
    if phrase.value <= 1:
        return False
    if points.dep_ != "pobj" or points.head.lower_ not in _POINT_PREPS:
        # "there were 37 blockade points", "barricades stand on 15 points of the highway": spots
        # named as a blockade's, by a compound or by a blockade word of the clause
        return _points_of_a_blockade(points)
    if _points_in_time(points):
        return False  # "at 3 points during the night": moments
    return not any(t.lower_ in _SCORE_WORDS for t in points.subtree) and not any(
        t.lower_ in _SCORE_WORDS for t in points.head.head.children
    )


#: Words of a road cut by protesters: "points" they name are spots on the ground.
_BLOCKADE_WORDS = frozenset({"blockade", "roadblock", "barricade", "block", "blocked"})


def _points_of_a_blockade(points: Token) -> bool:
    """ "there were at least 37 blockade points", "blockades remain on at least 10 points of the
    highway": "points" compounded with a blockade noun, or the place of a clause ("on", "at") whose
    subject or verb is a blockade, are spots on the ground (not "agreed on 12 points" of a deal)."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in _BLOCKADE_WORDS for c in points.children):
        return True
    if points.dep_ != "pobj" or points.head.lower_ not in {"on", "at"}:
        return False
    verb = points.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.lemma_.lower() in _BLOCKADE_WORDS or any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _BLOCKADE_WORDS for c in verb.children
    )


#: Nouns of time after "points": "at several points during the night", "at two points in the day".
_TIME_NOUNS = frozenset({"night", "day", "morning", "afternoon", "evening", "week", "month", "year", "hour"})


def _points_in_time(points: Token) -> bool:
    """Whether counted "points" are moments: a time follows ("during the night", "in the day", "of
    the evening") or the phrase opens its sentence as a time adverbial before a comma ("At 3
    points, police charged")."""
    for prep in points.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in {"during", "throughout", "over"}:
            return True
        if any(t.lemma_.lower() in _TIME_NOUNS for t in prep.subtree):
            return True
    at = points.head
    end = points.right_edge.i + 1
    doc = points.doc
    if end < len(doc) and doc[end].lower_ in {"during", "throughout"}:
        # "charged the crowd at two points during the night": the parser hangs "during" on the verb
        return True
    return at.is_sent_start is True and end < len(doc) and doc[end].text == ","


#: Nouns for those a count is about, never its sources ("interviews with relatives of 12 victims").
_COUNTED_DEAD = frozenset({"victim", "body", "dead", "death", "casualty", "detainee", "prisoner"})


def _in_evidence_phrase(tok: Token) -> bool:
    """Whether the counted noun *tok* hangs, through prepositions, on a noun of evidence or on "based
    on": "… 27 deaths, based on interviews with relatives and doctors at three city hospitals" counts
    hospitals the evidence came from, not people or places of the event (ANNOTATION: counts of
    sources are no figures)."""
    if tok.lemma_.lower() in _COUNTED_DEAD or any(c.dep_ == "relcl" for c in tok.children):
        return False  # "testimony from 450 people who said they were tortured": what befell them counts
    node = tok
    from_a_source = False  # passed "from hospitals", "from doctors": where a tally came from
    for _ in range(6):
        if node.dep_ in {"pobj", "conj", "prep"} and node.head.i != node.i:
            below, node = node, node.head
        else:
            return False
        lemma = node.lemma_.lower()
        if node.pos_ == "NOUN" and lemma in _EVIDENCE_NOUNS:
            return True
        if node.lower_ == "from" and (below.lemma_.lower() in _CARE_PLACES or _is_person(below)):
            from_a_source = True
        if node.pos_ == "NOUN" and lemma in _TALLY_NOUNS and from_a_source:
            return True  # "a tally of figures from hospitals in the capital and four other cities"
        if lemma == "base" and node.tag_ == "VBN":
            return True  # "based on …"
        if node.pos_ in {"VERB", "AUX"}:
            if node.dep_ == "acl" and node.head.lemma_.lower() in _TALLY_NOUNS:
                return True  # "a tally kept by doctors at three hospitals": where the tally is kept
            # "after reviewing records from three hospitals": the parser hung "from" on the verb
            return any(c.dep_ == "dobj" and c.lemma_.lower() in _EVIDENCE_NOUNS for c in node.children)
    return False


#: How many words a list of sources may run from "according to" (or a counted source) to a count in it.
_SOURCE_LIST_WORDS = 16


#: How many words may stand between a count and an "on death row" that describes it ("12 on death
#: row", "twelve prisoners on death row", "seven political prisoners on death row").
_DEATH_ROW_REACH = 4


def _on_death_row(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "among them 12 on death row": people awaiting execution are sentenced (ANNOTATION), whatever
    the count around them holds (prisoners, detainees)."""
    words = [t.lower_ for t in doc[phrase.end : min(len(doc), phrase.end + _DEATH_ROW_REACH + 3)]]
    for k in range(min(_DEATH_ROW_REACH, len(words)) + 1):
        if words[k : k + 3] == ["on", "death", "row"]:
            return all(doc[phrase.end + j].pos_ in {"NOUN", "ADJ", "PROPN"} for j in range(k))
    return False


#: Nouns for a parent, whose "of" with a bare number counts their children: "a father of three".
_PARENT_NOUNS = frozenset({"father", "mother", "parent", "grandfather", "grandmother"})


def _parent_of(num: Token) -> bool:
    """ "a father of three", "a mother of five": a person described by their children."""
    return num.dep_ == "pobj" and num.head.lower_ == "of" and num.head.head.lemma_.lower() in _PARENT_NOUNS


def _one_of_them_speaks(num: Token) -> bool:
    """ "one of them added", "one of the officials said": the subject of a verb of saying taken from
    a group is who speaks, no count (ANNOTATION: counts of sources are no figures)."""
    return (
        num.lower_ == "one"
        and num.dep_ == "nsubj"
        and num.head.lemma_.lower() in figure_words.REPORT_VERBS
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i > num.i for c in num.children)
    )


def _listed_among_sources(doc: Doc, phrase: NumberPhrase) -> bool:
    """A count inside a verbless list of who gave the account: "according to relatives, two lawyers
    and a medical source"; "provided by the three officials, two at the ministry and one in the army".

    The parser hangs such list members on whatever noun is near (often the counted victims), so
    the list is read from the words: going left from the count, no verb before "according to" or
    before a comma that closes a counted source; going right, no verb before the list ends (the
    sentence's end after "according to"; the comma closing a breakdown of counted sources).
    "According to security sources, 104 passengers, including 58 men, had been rescued" has its
    verb after the count.
    """
    start, end = phrase.start, phrase.end
    if start == 0 or doc[start - 1].text not in {",", "and"}:
        return False
    sent = doc[start].sent
    kind = None
    for i in range(start - 1, max(sent.start, start - _SOURCE_LIST_WORDS) - 1, -1):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":", "(", ")", "—"}:
            return False
        if tok.lower_ == "to" and i > 0 and doc[i - 1].lower_ == "according":
            kind = "according"
            break
        if tok.text == "," and i > 0:
            before = doc[i - 1]
            if before.tag_ == "NNS" and any(c.like_num for c in before.children) and _counts_sources(before):
                kind = "breakdown"  # "the three officials, two at …": a breakdown of the counted sources
                break
    if kind is None:
        return False
    for i in range(end, sent.end):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":", "(", "—"}:
            return False
        if tok.text == "," and kind == "breakdown":
            break
    return True


def _counts_sources(tok: Token) -> bool:
    """The counted noun is who speaks: "two officials said", "provided by three officials",
    "according to two witnesses", "citing four sources", "interviewed 24 witnesses, 3 lawyers and 2 doctors"."""
    if _closing_speakers(tok):
        return True
    # "The medical association, the Law Society and two other groups said": the parser may hang a
    # joined subject on an apposition of the first one
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
    if _in_evidence_phrase(tok):
        return True
    if any(_relative_clause_giving_a_count(c) for c in tok.children):
        return True  # "obtained the toll from four doctors who said that 61 people had died"
    if tok.lemma_.lower() == "source" and tok.pos_ == "NOUN":
        return True  # "verified through two independent sources", "checks each case with two sources"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"at", "from"} and head.i > 0:
        # "given by doctors at seven hospitals", "nurses at three clinics said": where the sources work
        # counts them too (the parser may hang "at" on the verb: the noun right before it is theirs)
        staff = head.head if head.head.pos_ == "NOUN" and head.head.i < head.i else tok.doc[head.i - 1]
        if staff.pos_ == "NOUN" and _is_person(staff) and _counts_sources(staff):
            return True
    if tok.dep_ == "nsubj":
        return (
            (
                head.lemma_.lower() in figure_words.REPORT_VERBS | figure_words.CONFIRM_VERBS
                or _gives_a_count(head)
            )
            and not _named_before(tok, head)
            and not _reduced_passive(tok)
            and not _speaker_after_inverted_verb(tok, head)
            and not _announces_own_action(head)
        )
    if tok.dep_ == "pobj" and head.dep_ == "agent":
        return head.head.lemma_.lower() in (
            figure_words.REPORT_VERBS | figure_words.CONFIRM_VERBS | figure_words.GIVING_VERBS
        )
    if tok.dep_ == "pobj" and head.lower_ in {"to", "with"} and head.head.lemma_.lower() in _TALK_VERBS:
        return True  # "Human Rights Watch spoke to 11 witnesses"
    if tok.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lower_ == "according"
    if tok.dep_ == "dobj" and head.lemma_.lower() in figure_words.INTERVIEW_VERBS:
        return True  # "the group interviewed 40 witnesses"
    if tok.dep_ == "pobj" and head.lower_ in {"including", "among"} and head.head.i != tok.i:
        # "… 40 witnesses, including four doctors"; not "according to a doctor, who said 57 were hurt,
        # including 11 police", where the parser hung the part on the one source: one has no parts
        whole = head.head
        return (whole.tag_ in {"NNS", "NNPS"} or whole.like_num) and _counts_sources(whole)
    return tok.dep_ in {"dobj", "pobj"} and head.lower_ == "citing"


#: Verbs by which a group makes its own step known: "announced walkouts", "declared a boycott".
_ANNOUNCING_VERBS = frozenset({"announce", "declare"})
#: Subjects of a clause that name the announcers themselves: "announced that they were leaving".
_SELF_SUBJECTS = frozenset({"they", "we"})


def _announces_own_action(verb: Token) -> bool:
    """Whether a verb of announcing tells what its subject itself does, not what it counts: "more
    than 40 hospitals announced walkouts", "nearly 50 unions declared that they would join the
    stoppage". Its object is a step named with no number, or a clause on "they" with no number; the
    counted subject acts, so it is a count of the event, not of sources ("two officials announced
    that 40 had died" gives a count: its counted officials are sources)."""
    if verb.lemma_.lower() not in _ANNOUNCING_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ in {"dobj", "ccomp"}]
    if not said or any(t.like_num for c in said for t in c.subtree):
        return False
    for part in said:
        if part.dep_ == "dobj" and (
            part.pos_ != "NOUN"
            or part.lemma_.lower() in figure_words.COUNT_RESTATING_NOUNS
            or part.lemma_.lower() in figure_words.NOUN_CATEGORY
            or _is_person(part)
        ):
            return False  # "announced the toll", "announced the arrests", "announced the names of …"
        if part.dep_ == "ccomp" and not (
            any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _SELF_SUBJECTS for c in part.children)
            and _coming_step(part)
        ):
            # "three officials announced that the road was closed": who speaks; "five witnesses
            # announced that they had seen …": what they saw, testimony
            return False
    return True


#: Verbs of perceiving and knowing: "they had seen", "we know" tell what the speakers witnessed.
_PERCEPTION_VERBS = frozenset(
    {"see", "witness", "hear", "know", "believe", "notice", "watch", "observe", "think", "feel", "learn"}
)


def _coming_step(clause: Token) -> bool:
    """Whether the clause *clause* tells a step its subject is about to take: "they would join",
    "we will strike", "they are going to march", "they were quitting the board" (a modal of the
    future or a progressive, reported in the past too), and no verb of perceiving or knowing ("they had seen", "they fired":
    what happened, a witness's account)."""
    if clause.lemma_.lower() in _PERCEPTION_VERBS:
        return False
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"will", "would", "'ll", "’ll", "shall"} for a in aux):
        return True
    # "they are pulling out", "we are going to march", backshifted "they were quitting"
    return clause.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in aux)


def _speaker_after_inverted_verb(tok: Token, verb: Token) -> bool:
    """ "Belarus: 41 journalists behind bars, says press union": the verb of saying comes after
    the count and has a subject of its own after it, who speaks; the count before is what is said."""
    return tok.i < verb.i and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)


def _relative_clause_giving_a_count(clause: Token) -> bool:
    """Whether *clause* is a relative clause in which the noun it hangs on reports a count: "four
    doctors who said that 61 people had died" (the doctors are the count's source). A clause
    reporting no number ("40 detainees who said they were beaten") leaves the noun a count."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in figure_words.REPORT_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children):
        return False
    reported = [c for c in clause.children if c.dep_ == "ccomp"]
    return any(t.like_num for c in reported for t in c.subtree)


def _asked_for_their_account(noun: Token) -> bool:
    """ "Amnesty interviewed 23 former detainees", "the team spoke to 31 protesters": people asked
    for their account are sources, whatever their noun says they are (ANNOTATION: counts of sources
    are no figures); "two witnesses said" is read by :func:`_counts_sources`."""
    if not _is_person(noun):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in figure_words.INTERVIEW_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ in {"to", "with"} and head.head.lemma_.lower() in _TALK_VERBS:
        verb = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "with" and _checked_with(head):
        # "a toll Reuters confirmed with three officials": who the figure was checked with vouch for it
        verb = head.head
    else:
        return False
    # "police interviewed 40 detainees" is an interrogation of people held, not a researcher's sources
    return not any(c.dep_ == "nsubj" and c.lemma_.lower() in _QUESTIONERS for c in verb.children)


def _checked_with(prep: Token) -> bool:
    """Whether "with" hangs on a verb of checking, directly ("confirmed the toll with three
    officials") or through the checked object's nouns, where the parser attaches it to the nearest
    noun ("verified the figure of 120 arrests with two officers")."""
    node = prep.head
    for _ in range(_CHECKED_WITH_REACH):
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in _CHECKING_VERBS
        if node.dep_ not in {"dobj", "pobj", "prep"} or node.head.i == node.i:
            return False
        node = node.head
    return False


#: How many words up from "with" a verb of checking may be: object noun, "of", counted noun.
_CHECKED_WITH_REACH = 4


#: Who questions people in custody rather than asks sources: "police interviewed 40 detainees".
_QUESTIONERS = frozenset({"police", "officer", "investigator", "prosecutor", "interrogator", "agent"})


def _gives_a_count(verb: Token) -> bool:
    """Whether *verb* hands over a count: "a figure three officials gave to Reuters", "two doctors
    provided the toll" (its subject is who gives it, not what is counted)."""
    if verb.lemma_.lower() not in figure_words.GIVING_VERBS:
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in figure_words.COUNT_RESTATING_NOUNS:
        return True
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in figure_words.COUNT_RESTATING_NOUNS for c in verb.children
    )


def _closing_speakers(tok: Token) -> bool:
    """ "…, killing at least 16 people, three residents and a hospital official told the AP": a
    counted phrase after a comma that runs up to a verb of saying with no subject of its own is that
    verb's subject, though the parser joined it to the victims before the comma."""
    doc = tok.doc
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        tok = tok.head.head  # "two of the officials": the part, which the parser hangs in the list
    first, last = tok.left_edge.i, tok.right_edge.i
    if first == 0 or doc[first - 1].text != "," or last + 1 >= len(doc):
        return False
    verb = doc[last + 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in figure_words.REPORT_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "…, the police and the gendarmerie, two of the officials said": the parser made the last
    # item of the list the subject and hung "two of the officials" on it; a part of people named
    # before ("of the officials") is who speaks
    return not subjects or (
        tok.dep_ == "appos" and all(c.i < first for c in subjects) and partitive_whole(tok) is not None
    )


def _named_before(counted: Token, verb: Token) -> bool:
    """Whether a noun outside the counted phrase stands right before the verb: "… at least 90 people
    in Kampala, the Uganda Human Rights Commission said" — the parser took the count for the
    subject, but the closing name is who speaks."""
    if not counted.i < verb.i - 1:
        return False
    before = verb.doc[verb.i - 1]
    inside = counted.left_edge.i <= before.i <= counted.right_edge.i
    # a name set off by a comma and hung as an apposition inside the count is the closing speaker
    return (
        before.pos_ in {"NOUN", "PROPN"}
        and before.head.i != counted.i
        and (not inside or before.dep_ == "appos")
    )


#: Nouns of the people a body is made of: "has seven members", "employs 300 staff".
_MEMBER_NOUNS = frozenset({"member", "staff", "employee", "seat"})


def _counts_members(tok: Token) -> bool:
    """The size of a body ("the council, which has seven members in its presidium"), no event count."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok.dep_ == "dobj"
        and tok.lemma_.lower() in _MEMBER_NOUNS
        and tok.head.lemma_.lower() in {"have", "employ", "count"}
    )


#: Verbs of a vote: who votes is a tally of a chamber, not of the event.
_VOTE_VERBS = frozenset({"vote", "pass", "approve", "adopt", "ratify", "elect", "abstain"})


def _counts_voters(tok: Token) -> bool:
    """The counted people cast a vote: "passed by 195 MPs", "120 lawmakers voted against it"
    (like "by 195 votes to 106", no figure of a crackdown)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "agent":
        head = head.head
    elif tok.dep_ != "nsubj":
        return False
    return head.lemma_.lower() in _VOTE_VERBS


def _adjunct_thing(noun: Token) -> bool:
    """A counted thing in an adverbial phrase ("in four incidents", "over three days"): what the
    verb above did was not done to it, so the verb's category is not its own."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or _is_person(noun):
        return False
    if prep.head.pos_ in {"VERB", "AUX"}:
        return prep.lower_ not in {"of", "to", "on", "at"}
    # "workers at 40 factories went on strike": where the people are, not what was done to them
    return prep.head.pos_ in {"NOUN", "PROPN"} and prep.lower_ in {"at", "in", "from", "across", "inside"}


#: Verbs of people driven from their homes: a bare count as their subject is counted (``other``).
_DISPLACE_VERBS = frozenset({"flee", "displace", "uproot", "evacuate"})

#: Verbs that make people go: "forced 765,000 to flee", "drove 40,000 from their homes".
_FORCING_VERBS = frozenset({"force", "drive", "push", "compel"})
#: What people are driven from: "from their homes", "out of their villages".
_HOMES = frozenset({"home", "house", "village", "land", "town", "district"})


#: Verbs whose subject is no actor: a count that rises, totals, stands or is said to be so much.
_NO_ACTOR_VERBS = frozenset(
    {
        "rise",
        "fall",
        "drop",
        "increase",
        "decrease",
        "climb",
        "reach",
        "total",
        "stand",
        "number",
        "include",
        "exceed",
        "double",
        "mean",
        "seem",
        "appear",
        "become",
    }
)


def _acts(verb: Token) -> bool:
    """*verb* is an active verb of doing whose bare-number subject counts the people who did it:
    "Thousands came to Britain", "tens of thousands answered the call", "over 9,000 have fled"
    (a bare count is no actor of a verb of amounts: "the toll rose", "the number stands at")."""
    return (
        verb.pos_ == "VERB"
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and verb.lemma_.lower() not in _NO_ACTOR_VERBS
    )


#: Verbs whose passive subject is no one something was done to: the count is of something said,
#: expected or found out ("12 were expected", "30 were reported"), whose noun is elsewhere.
_NOT_DONE_TO_VERBS = frozenset({"expect", "estimate", "believe", "think", "consider", "know", "find", "see"})


def _done_to_them(verb: Token) -> bool:
    """ "over 500 have been stricken since August", "46 were awarded doctorates": the passive verb
    of a bare-number subject with no category of its own tells what was done to those counted, who
    are people (as the subject of an active verb of doing is: :func:`_acts`); not a verb of saying,
    of amounts or of finding out ("30 were reported", "12 were expected"), whose bare subject
    takes up a count told elsewhere, nor one with a complement of its own ("were found dead" is read
    by its complement)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if (
        lemma in _NOT_DONE_TO_VERBS
        or lemma in _NO_ACTOR_VERBS
        or lemma in figure_words.REPORT_VERBS
        or lemma in figure_words.CONFIRM_VERBS
    ):
        return False
    return not any(c.dep_ in {"xcomp", "oprd", "acomp", "ccomp"} for c in verb.children)


def _people_it_is(be: Token) -> Token | None:
    """ "Four were infants under a year old", "Twelve were students": the noun of people a bare
    count is said to be (the predicate of "be") is what it counts."""
    if be.lemma_.lower() != "be":
        return None
    attr = next((c for c in be.children if c.dep_ == "attr"), None)
    if attr is None or attr.pos_ != "NOUN" or not _is_person(attr):
        return None
    return attr


def _driven_from_home(verb: Token) -> bool:
    """ "The fighting forced about 765,000 to flee their homes", "has driven 40,000 from their
    homes": a bare count made to flee or leave is of the displaced (``other``), as its subject
    ("40,000 have fled") is; "forced 40 to sign" or "drove 12 to the station" counts no one."""
    if verb.lemma_.lower() not in _FORCING_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in _DISPLACE_VERBS | {"leave", "abandon"}:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in {"from", "out"}
            and any(g.lemma_.lower() in _HOMES for g in c.subtree if g.dep_ == "pobj")
        ):
            return True
    return False


#: Verbs that put people on trial: whom they name is neither held nor sentenced yet.
_ACCUSE_VERBS = frozenset({"charge", "indict", "prosecute"})


def _part_charged(num: Token) -> bool:
    """ "arrested 6,000 people, of whom 1,200 had been prosecuted", "detained 90 students; 30 of them
    were later indicted": a bare count whose own passive verb puts people on trial is a count of the
    charged ("other", as "About 1,000 have been charged" is), not a part of the arrested it is taken
    from; not when the verb is joined by one of holding ("were charged and detained")."""
    verb = num.head
    if not (num.dep_ == "nsubjpass" or _gapped_passive(num)) or verb.lemma_.lower() not in _ACCUSE_VERBS:
        return False
    return not any(
        c.dep_ == "conj" and figure_words.VERB_CATEGORY.get(c.lemma_.lower()) in _HELD_CATEGORIES
        for c in verb.children
    )


def _gapped_passive(num: Token) -> bool:
    """ "180 were freed and 32 charged with rioting", "61 were convicted and 23 acquitted": the
    second passive leaves out its "were", and the small model makes the count its subject."""
    verb = num.head
    return (
        num.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


#: Determiners that point a total noun back at a count already given: "this number", "the total".
_POINTING_DETERMINERS = frozenset({"this", "that", "the"})


def _this_count(noun: Token) -> bool:
    """ "Of this number, 114 are teenagers", "Of the total, 230 were women": a total noun pointed
    back with a determiner and with nothing of its own ("of arrests", a number) names the count
    before, as "Of these" does."""
    return (
        noun.lemma_.lower() in figure_words.TOTAL_NOUNS
        and any(c.dep_ == "det" and c.lower_ in _POINTING_DETERMINERS for c in noun.children)
        and not any(c.dep_ in {"prep", "nummod", "compound", "amod"} for c in noun.children)
    )


def _first_in_sentence(tok: Token) -> bool:
    """*tok* stands first in its sentence, after quote marks or a bullet at most."""
    doc = tok.doc
    return all(doc[k].is_punct or doc[k].is_space for k in range(tok.sent.start, tok.i))


def _opens_sentence(doc: Doc, phrase: NumberPhrase) -> bool:
    """The count stands first in its sentence (after quote marks or a bullet): "16 of them were
    under 18" speaks of the count just before; "…, adding that 45 of them were" may not."""
    first = doc[phrase.start].sent.start
    comma = _after_fronted_adjunct(doc, first, phrase.start)
    if comma is not None:
        first = comma + 1  # "According to the group, 12 of them were children", "On Monday, 40 of them …"
    return all(doc[k].is_punct or doc[k].is_space for k in range(first, phrase.start))


#: How a fronted adjunct hangs on its clause: "According to X,", "Per X,", "On Monday,", "Later,".
_FRONTED_ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod"})


def _after_fronted_adjunct(doc: Doc, first: int, end: int) -> int | None:
    """The comma that closes one adjunct fronted before ``end`` in the sentence starting at ``first``:
    the adjunct's words are one subtree hung on a word after the comma (its clause), so what follows
    the comma still opens the clause. None when the words before are anything else."""
    if first >= end:
        return None
    top = doc[first]
    while top.head.i != top.i and first <= top.head.i < end:
        top = top.head
    if top.dep_ not in _FRONTED_ADJUNCT_DEPS or top.head.i < end:
        return None
    comma = top.right_edge.i + 1
    if comma >= end or doc[comma].text != "," or top.left_edge.i != first:
        return None
    return comma


def _sent_back(verb: Token) -> bool:
    """ "sent 109 back to China", "were forced back across the border": people returned, counted."""
    return verb.lemma_.lower() in {"send", "force", "push", "ship", "turn"} and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children
    )


#: What makes people victims: a count before of these is the one "the victims" are of.
_HARM_CATEGORIES = frozenset({"killed", "injured", "deaths", "disappeared", "executed"})


def _kin_of(noun: Token) -> str | None:
    """ "Families of 40 missing men", "mothers of 12 detained students", "lawyers for 45 prisoners":
    the people named by their kin or counsel take the category of their own adjective or noun;
    what the clause says was done by the kin."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "for"} or not _is_person(prep.head):
        return None
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and child.lower_ in figure_words.ADJ_CATEGORY:
            category: str = figure_words.ADJ_CATEGORY[child.lower_]
            return category
        if child.dep_ == "acl" and child.i > noun.i:
            found = _verb_category(child)
            if found is not None:
                return found  # "families of 45 people still listed as missing"
    own = figure_words.PERSON_DEFAULT.get(noun.lemma_.lower(), "other")
    if own != "other":
        return (
            own  # "Relatives of 30 detainees gathered", "lawyers for 45 prisoners": what the kin do is theirs
        )
    if _kin_miss_them(prep.head):
        return "disappeared"  # "relatives of 17 supporters said they had not seen them since"
    if prep.head.lemma_.lower() in figure_words.KIN_NOUNS | _COUNSEL_NOUNS and not any(
        c.dep_ in {"relcl", "acl"} for c in noun.children
    ):
        # "Parents of 12 students marched": the parents march, the students are counted (a clause
        # on the students, "who remain unaccounted for", is read by the rules after this one)
        return "other"
    return None


def _among_those_done(noun: Token) -> str | None:
    """ "60 teenagers among those arrested had been released": people counted among those a
    participle names take its category, whatever is done to them next."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for group in prep.children:
            if group.dep_ == "pobj" and group.lower_ in {"those", "them"}:
                done = next((c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
                return _verb_category(done) if done is not None else None
    return None


#: People who act for those they are "of" or "for", as kin do: "families of …", "lawyers for …".
_COUNSEL_NOUNS = frozenset({"family", "lawyer", "attorney", "counsel"})


#: Verbs the kin of the missing say with a "not": "do not know where", "have not seen", "not heard".
_UNKNOWING_VERBS = frozenset({"know", "see", "hear"})
#: What the kin of the missing say they have had none of: "no news", "no word".
_NEWS_NOUNS = frozenset({"news", "word", "information", "contact"})


def _kin_miss_them(kin: Token) -> bool:
    """Kin who say they do not know where their people are, have not seen or heard from them, or
    have had no news of them: the people counted are missing."""
    if kin.dep_ != "nsubj" or kin.head.lemma_.lower() not in figure_words.REPORT_VERBS | {"tell", "say"}:
        return False
    for clause in kin.head.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.lemma_.lower() in _UNKNOWING_VERBS and any(c.dep_ == "neg" for c in clause.children):
            return True
        for obj in clause.children:
            if (
                obj.dep_ == "dobj"
                and obj.lemma_.lower() in _NEWS_NOUNS
                and any(c.lower_ == "no" for c in obj.children)
            ):
                return True
    return False


def _category_adjective(noun: Token) -> str | None:
    """The category an adjective before a counted noun of people names: "dozens of wounded
    protesters" (the noun's own default, "protesters", would call them a crowd)."""
    if not _is_person(noun):
        return None
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and child.lower_ in figure_words.ADJ_CATEGORY:
            category: str = figure_words.ADJ_CATEGORY[child.lower_]
            return category
    return None


def _rival_estimate(num: Token) -> bool:
    """A bare count that is all a source said: "(police put the crowd at 30,000,) organizers said
    100,000" gives another reading of the count before."""
    lemma = num.head.lemma_.lower()
    # "(Police said 19 had died.) Rights groups counted 23.": a tally with no noun counts the same
    return num.dep_ == "dobj" and (lemma in {"say", "claim", "put"} or lemma in _TALLY_VERBS)


def _described_as_people(num: Token) -> bool:
    """ "23 were children", "20 are women": a bare count said with "be" to be people of a kind,
    after a count in its sentence: a part of that count."""
    if num.dep_ != "nsubj" or num.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "attr" and c.tag_ == "NNS" and _is_person(c) for c in num.head.children)


def _among_victims(noun: Token) -> bool:
    """ "The victims include 28 children (and 17 women)", "Among the victims were 28 children": a
    part of the victims, who are the people of the count before (killed, wounded, held)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _PART_VERBS:
        wholes = [c for c in verb.children if c.dep_ == "nsubj"]
    elif noun.dep_ in {"nsubj", "attr"} and verb.lemma_.lower() == "be":
        wholes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children]
    else:
        return False
    return any(w.lemma_.lower() in figure_words.VICTIM_NOUNS for w in wholes)


#: Words that stand for the count of the sentence before: "They included 17 teenagers".
_COUNT_ANAPHORS = frozenset({"they", "these"})


#: Pronouns "among" points back with at the people of the count before: "Among them were 12".
_AMONG_ANAPHORS = frozenset({"them", "those", "these"})


def _among_them(noun: Token) -> bool:
    """ "(Police arrested 40 protesters.) Among them were 12 students", "Among those were four
    children", "Among them there are 14 minors": a part of the count before, fronted by "among"
    and a pronoun (a named group, "Among the dead were", is read by the climb)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in {"nsubj", "attr"} or verb.lemma_.lower() != "be":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "among"
        and prep.i < noun.i
        and any(g.dep_ == "pobj" and g.lower_ in _AMONG_ANAPHORS for g in prep.children)
        for prep in verb.children
    )


#: Categories of a count of people a later definite part ("21 of those cases") is taken from.
_PART_CATEGORIES = _PEOPLE_CATEGORIES | _HARM_CATEGORIES | {"sentenced"}


def _definite_part_of(num: Token, partitive: Token | None, phrase: NumberPhrase, before: _Draft) -> bool:
    """ "(63 killings.) … in 21 of those cases", "(240 convicted.) 52 of the defendants were students":
    a part taken with "the", "these" or "those" from people (or cases) refers back to the group the
    count before in the passage named, and is a part of that count: smaller than it, with no verb
    of its own but "be" (a verb of its own, "40 of the detainees were beaten", decides itself)."""
    if partitive is None or before.category not in _PART_CATEGORIES:
        return False
    if partitive.pos_ not in {"NOUN", "PROPN"} or not any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in partitive.children
    ):
        return False
    if not (_is_person(partitive) or partitive.lemma_.lower() == "case"):
        return False
    if before.phrase.value <= phrase.value or _released(num):
        return False
    return _no_verb_but_be(num)


def _included_in_count_before(noun: Token) -> bool:
    """ "(About 1,500 were killed.) The figure includes 17 teenagers", "They included 400 women",
    "(340 detained.) The list includes 41 minors": a part of the count before, named by a total
    noun with no category of its own, by a record that holds the people counted, or by a pronoun."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _PART_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        # "The list, last updated on Sunday, includes 41 minors": a joined verb shares its subject
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(c.tag_ in {"WDT", "WP"} for c in subjects):
        # "The revised figure, which includes four children, was given …": the noun the clause is on
        subjects = [verb.head] if verb.head.dep_ in {"nsubj", "nsubjpass"} else []
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (
            c.lower_ in _COUNT_ANAPHORS
            or (c.lemma_.lower() in figure_words.TOTAL_NOUNS and _total_category(c) is None)
            or c.lemma_.lower() in _COUNT_HOLDERS
        )
        for c in subjects
    )


#: Nouns of a record that holds the people counted before: "(340 detained.) Its list includes 41 minors".
_COUNT_HOLDERS = frozenset({"list", "database", "register", "registry", "roster", "record", "tally"})


def _remains_of(tok: Token) -> bool:
    """The count is of people whose bodies are spoken of: "the bodies of five soldiers (and six civilians)"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    return (
        tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in figure_words.REMAINS_NOUNS
    )


def _set_on_fire(sent: Span) -> bool:
    """ "set fire to 731 banks", "cars were set ablaze", "set on fire" ("fired 300 rounds" is not)."""
    toks = list(sent)
    return any(
        t.lemma_.lower() == "set" and nxt.lower_ in {"fire", "ablaze", "alight", "on"}
        for t, nxt in zip(toks, toks[1:], strict=False)
    )


#: Verbs of a beating, told on the way to an arrest ("were beaten and arrested").
_BEATING_VERBS = frozenset({"beat", "batter", "assault", "manhandle", "club", "kick"})


def _held_after_a_beating(verb: Token, dep: str) -> tuple[str, Token] | None:
    """ "At least eight students were beaten and arrested": a beating joined to a verb of arrest
    or detention that shares its subject; the people are counted by the arrest, not the beating
    (a wound or a death keeps its own category: "shot and arrested" is not read here)."""
    if verb.lemma_.lower() not in _BEATING_VERBS or dep not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    for joined in _shared_verbs(verb, dep):
        cat = _verb_category(joined)
        if cat in {"arrested", "detained"}:
            return cat, joined
    return None


def _shared_verbs(verb: Token, dep: str) -> list[Token]:
    """The verbs joined to *verb* that share its subject (or object): "identified and detained"."""
    # an object is shared only by a verb with no subject of its own either: not "the victims
    # included nine children, and that 300 people had been wounded" (a second reported clause)
    own = {"nsubj", "nsubjpass"} if dep != "dobj" else {"dobj", "nsubj", "nsubjpass"}
    return [
        c
        for c in verb.conjuncts
        if c.pos_ == "VERB"
        and c.i > verb.i
        and not any(g.dep_ in own for g in c.children)
        and not (dep != "dobj" and _count_right_before(verb, c))
    ]


#: How far before a joined verb a count may stand as its own subject the parser hung elsewhere.
_OWN_SUBJECT_REACH = 4


def _count_right_before(first: Token, verb: Token) -> bool:
    """ "1,100 were charged, and by June 64 had been convicted": a count just before the joined
    verb is its own subject, though the parser hung it elsewhere (a few tokens looked at, no scan)."""
    doc = verb.doc
    return any(
        doc[k].like_num and not _day_of_month(doc[k])
        for k in range(max(first.i + 1, verb.i - _OWN_SUBJECT_REACH), verb.i)
    )


def _day_of_month(tok: Token) -> bool:
    """ "on 26 July", "on July 26": a number no higher than a month's days right beside a month name
    is a day, no count ("by June 64 had been convicted" is one)."""
    if not tok.is_digit or int(tok.text) > _LAST_DAY:
        return False
    doc = tok.doc
    beside = [doc[k].lower_.rstrip(".") for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)]
    return any(word in figure_words.MONTH_WORDS for word in beside)


def _damaged(noun: Token) -> bool:
    """ "731 banks and 70 petrol stations were damaged", "72 vehicles damaged", "said 30 cars
    torched": what was damaged counts, whatever the sentence."""
    if any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in figure_words.DAMAGE_WORDS
        for c in noun.children
    ):
        return True  # the participle on the noun itself: "30 cars torched and 12 shops looted"
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    passive = noun.dep_ in {"dobj", "nsubjpass"} or _reduced_passive(noun)
    return passive and noun.head.lemma_.lower() in figure_words.DAMAGE_WORDS


#: Dependents that make a verb after a count active: its own auxiliary, object or reported clause.
_ACTIVE_MARKS = frozenset({"aux", "auxpass", "dobj", "ccomp", "dative"})


def _reduced_passive(subject: Token) -> bool:
    """ "40 people admitted to hospital", "12 students reported missing", "30 cars torched": a
    participle right after its subject, with no auxiliary, no object and no reported clause, is a
    passive whose "were" is left out (wire, headline and live-blog style), though the small model
    makes the count its active subject. Only a verb that gives a category or says damage reads so:
    "two doctors admitted to reporters" keeps its speakers."""
    verb = subject.head
    if (
        subject.dep_ != "nsubj"
        or verb.pos_ != "VERB"
        or verb.tag_ not in {"VBN", "VBD"}
        or verb.i < subject.i
    ):
        return False
    if any(c.dep_ in _ACTIVE_MARKS for c in verb.children):
        return False
    return verb.lemma_.lower() in figure_words.DAMAGE_WORDS or _verb_category(verb) is not None


def _things_counted_by_part(whole: Token, sent_lemmas: frozenset[str]) -> bool:
    """Whether "N of <things>" counts things as "N <things>" would: "tens of thousands of
    tickets", "more than 40 of her paintings", "thousands of leaflets" (ANNOTATION's other counted
    things). A plural common noun that names no abstraction counts in any sentence, as the counted
    noun after a bare number does; an abstract one ("dozens of options") only in a sentence of the
    event ("dozens of blazes still rage")."""
    if not _counted_thing(whole):
        return False
    if _event_sentence(sent_lemmas):
        return True
    lemma = _lexicon_lemma(whole)
    # not a unit ("thousands of tonnes of sewage") nor a part of one body ("two of his teeth")
    return not (
        lemma in figure_words.ABSTRACT_NOUNS
        or lemma in figure_words.NON_COUNT_NOUNS
        or whole.lower_ in figure_words.NON_COUNT_NOUNS
        or lemma in _BODY_PARTS
    )


#: Words that pick one out of a count: "any one of dozens of routes", "each of 40 samples".
_PICKING_WORDS = frozenset({"one", "any", "each", "either", "neither"})


def _one_picked_from(num: Token) -> bool:
    """ "any one of dozens of chemicals might explain it": the count is the pool one thing is
    picked from, and the sentence tells of that one, not of the things counted."""
    return num.dep_ == "pobj" and num.head.lower_ == "of" and num.head.head.lower_ in _PICKING_WORDS


#: Parts of one body: "two of his teeth were missing" tells a wound's detail, no thing of the event.
_BODY_PARTS = _LIMB_NOUNS | {"tooth", "teeth", "finger", "toe", "rib", "bone", "nail", "limb"}


def _counted_thing(noun: Token) -> bool:
    """A plural common noun counted by a number: "95 bushfires", "17 firearms" (ANNOTATION's
    "other counted things of the event"), not a name or a unit."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.dep_ != "npadvmod"


def _is_person(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if (
        lemma in figure_words.PERSON_NOUNS
        or tok.lower_ in figure_words.PERSON_NOUNS
        or tok.ent_type_ == "NORP"
        or (tok.pos_ == "NOUN" and is_person_noun(lemma))
        or (tok.pos_ == "NOUN" and _people_compound(tok.lower_))
    ):
        return True
    # counted plural names are peoples the model often tags ORG: "one million Uyghurs"
    if tok.pos_ == "PROPN" and tok.text.endswith("s") and any(c.like_num for c in tok.lefts):
        return True
    return _people_named_after_a_number(tok)


#: Determiners that take a group up again: "the eight", "these five", "those 12".
_BACK_DETERMINERS = frozenset({"the", "these", "those"})


def _people_named_after_a_number(tok: Token) -> bool:
    """A people named right after a number: "more than 700 Burkinabe had walked across the border"
    (a demonym), "120 Rohingyas Malaysia detained at sea" (a plural name the parser hung elsewhere,
    even on the country after it). Right after the number a capitalised demonym or plural name
    counts people, not a place or a name of its own."""
    if tok.i == 0 or not tok.doc[tok.i - 1].like_num or tok.pos_ not in {"PROPN", "NOUN"}:
        return False
    if not tok.text[:1].isupper() or tok.text.isupper() or tok.ent_type_ in {"DATE", "TIME", "ORDINAL"}:
        return False
    from tally.resources.gazetteer import load_gazetteer

    if load_gazetteer().demonym(tok.text) is not None:
        return True  # "700 Burkinabe", "900 Malagasy"
    # "120 Rohingyas": a plural name; not one word of a longer name ("Flight 302 Addis Ababa")
    inside_a_name = tok.ent_iob_ == "I" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
    return tok.pos_ == "PROPN" and tok.text.endswith("s") and not inside_a_name


def _people_compound(word: str) -> bool:
    """ "townspeople", "tradespeople", "townsfolk": a closed compound on "people" or "folk" names
    people, as "people" does, whatever word comes before it."""
    return any(word.endswith(tail) and len(word) > len(tail) + 2 for tail in ("people", "folk", "folks"))


def _subject_text(doc: Doc, noun: Token, by_start: dict[int, NumberPhrase], phrase_end: int) -> str | None:
    """What was counted: the noun with its modifiers ("political prisoners",
    "children between 15 and 18")."""
    if noun.pos_ == "PRON":
        return None
    left = noun.i
    for child in noun.lefts:
        if child.dep_ in {"amod", "compound", "nmod"} and not child.like_num:
            left = min(left, child.left_edge.i)
    if noun.i >= phrase_end:
        left = max(left, phrase_end)  # not "estimated 20,000 demonstrators"
    while left < noun.i and (doc[left].like_num or doc[left].pos_ in {"DET", "PUNCT"}):
        left += 1
    right = noun.i + 1
    # age modifiers right after the noun: "between 15 and 18", "under 18", "aged 16"
    j = right + 1 if right < len(doc) and doc[right].lower_ == "aged" else right
    phrase = by_start.get(j) or by_start.get(j + 1)
    if phrase is not None and (phrase.start == right or doc[right].lower_ in {"aged", "under"}):
        right = phrase.end
    return doc_text(doc)[doc[left].idx : doc[right - 1].idx + len(doc[right - 1].text)]


#: Days named by a word, that the parser may take for the noun a count before them counts.
_DAY_WORDS = frozenset({"today", "tonight", "yesterday"})


#: Words that may stand between "of" and the number of a whole of places: "of the 31", "of Iran's 31".
_BEFORE_A_WHOLE = frozenset({"the", "its", "their", "all"})


def _places_whole(doc: Doc, phrase: NumberPhrase) -> Token | None:
    """ "in 25 of 31 provinces", "in 120 out of 160 cities": the place noun whose number follows
    the count after "of" or "out of"; the count is a part of those places. Read over a few words
    after the count only."""
    k = phrase.core_end
    if k < len(doc) and doc[k].lower_ == "out":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1
    while (
        k < len(doc)
        and k - phrase.core_end <= 5
        and (doc[k].lower_ in _BEFORE_A_WHOLE or doc[k].tag_ == "POS")
    ):
        k += 1
    if k >= len(doc) or not doc[k].like_num:
        return None
    while k < len(doc) and doc[k].like_num:
        k += 1
    if (
        k < len(doc)
        and doc[k].dep_ in {"compound", "nmod"}
        and doc[k].head.i > k
        and doc[k].head.pos_ == "NOUN"
    ):
        k = doc[k].head.i  # "of the 23 University of Lagos students": the students are the whole
    if k < len(doc) and _lexicon_lemma(doc[k]) in figure_words.PLACE_NOUNS:
        return doc[k]
    return None


def _read(
    doc: Doc,
    phrase: NumberPhrase,
    words: list[str],
    by_start: dict[int, NumberPhrase],
    previous: _Draft | None = None,
    earlier: _Draft | None = None,
) -> _Draft | None:
    """Category, counted noun and subject of a number phrase; None when it counts nothing.

    :param previous: the count before this one in the same sentence, whose
        category a subset ("including 347") or a running total ("bringing the
        total to 79") takes.
    :param earlier: the count before this one in this or the previous
        sentence of the paragraph, whose category a bare total restating it
        takes ("96 were killed … The official figure is 35").
    """
    inside = range(phrase.start, phrase.end)
    core = list(doc[phrase.core_start : phrase.core_end])
    roots = [t for t in core if t.head.i not in inside or t.head.i == t.i]
    num = roots[-1] if roots else core[-1]
    counted: Token | None = None
    if (
        num.head.i >= phrase.end
        and num.head.pos_ in {"NOUN", "PROPN", "ADJ"}
        and num.dep_
        in {
            "nummod",
            "quantmod",
            "compound",
            "amod",
            "nmod",
            "appos",
            "npadvmod",
        }
    ):
        counted = _past_a_name(num.head)
    elif num.pos_ != "NOUN" and phrase.core_end < len(doc):
        nxt = doc[phrase.core_end]
        if nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ not in {"nsubj", "dobj"} or _is_person(nxt):
            counted = nxt if nxt.pos_ in {"NOUN", "PROPN", "ADJ"} else None
        elif nxt.pos_ == "ADJ" and nxt.dep_ == "amod" and nxt.head.i > nxt.i and _is_person(nxt.head):
            counted = nxt.head  # "(…in Zahedan.) 7 Baluch prisoners were …": a number parsed apart
    if (
        counted is not None
        and counted.pos_ == "PROPN"
        and counted.i > phrase.core_end
        and _people_named_after_a_number(doc[phrase.core_end])
        # "300 Afghan Hazaras": a demonym modifying the counted people's name stays with it; the
        # name moves off a place only ("120 Rohingyas Malaysia", "Rohingyas" hung on the country)
        and (doc[phrase.core_end].head.i != counted.i or counted.ent_type_ in {"GPE", "LOC", "FAC"})
        # "the seven Rohingyas Malaysia still holds": "the" hangs on the country, and the people it
        # takes up again were counted before; moved to the people, the count would lose it
        and not any(
            c.dep_ == "det" and c.i < phrase.start and c.lower_ in _BACK_DETERMINERS for c in counted.children
        )
    ):
        # "120 Rohingyas Malaysia detained at sea": the people, not the country
        counted = doc[phrase.core_end]
    if counted is not None and previous is not None and _gapped_clause_count(num, previous):
        counted = (
            None  # "Sao Paulo reported 327 deaths, and Rio 84": the place is the gapped clause's subject
        )
    if counted is None and (places_whole := _places_whole(doc, phrase)) is not None:
        counted = places_whole  # "in 25 of 31 provinces", "in 120 out of 160 cities": a part of the places
    if counted is not None and counted.lower_ == "more" and counted.i == phrase.end:
        counted = None  # "at least 20 more were wounded": "more" heads the count, the verb decides
    if counted is not None and counted.lower_ in _DAY_WORDS and counted.i == phrase.end:
        counted = None  # "the toll rose to 12 yesterday", "we are 100,000 today": a day, not a noun counted
    # "Death(s)\t214[1]", a table, or an infobox row's second line
    row = (
        _label_category(doc, phrase)
        or _column_category(doc, phrase)
        or _continued_row_category(doc, phrase)
        or _listed_under_heading(doc, phrase)
    )
    if counted is not None and (row is not None or _on_another_line(num, counted) or counted.text[:1] == "["):
        counted = None  # "Death(s)\t214[1]\nInjuries": no count counts a reference mark or the next row
    if counted is None and row is None and _item_start(num):
        # "- 917 arbitrary detentions": the parser hung the count on another item's word
        counted = _noun_of_its_line(doc, phrase.core_end)
    if counted is None and row is None and previous is None:
        # "were seasonal workers, including 35 from the camps", "Measles cases are up to 64": the
        # noun the count counts is written before it, once
        counted = _group_a_part_is_from(doc, phrase, num) or _noun_given_a_level(num, phrase)
    partitive: Token | None = None
    for child in num.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            partitive = _whole_of(child)
    if partitive is not None and partitive.i in inside:
        partitive = None  # "tens of thousands": the "of" is part of the number
    if partitive is None and not _released(num):
        partitive = _fronted_partitive(doc, phrase)  # "Of the 75 deaths, 48 occurred in clashes"
    if (
        counted is not None
        and partitive is not None
        and partitive.pos_ == "PRON"
        and num.i < partitive.i < counted.i
    ):
        counted = None  # "At least 9 of them teenagers": the noun after "of them" describes the part
    if (
        doc[phrase.core_start].lower_ == "one"
        and phrase.value == 1  # "One hundred forty bushfires" counts
        and phrase.value_max is None
        and not (
            (counted is not None and num.dep_ == "nummod")
            or (partitive is not None and num.dep_ in {"nsubj", "nsubjpass", "dobj"})
            or _one_harmed(num, counted, partitive)
            or _one_of_them_so(num, partitive)
            or (counted is None and previous is not None and _gapped_after_and(doc, phrase, num, previous))
        )
    ):
        return None  # "no one", "the lawyer of one of the families", "one day"
    if phrase.value == 1 and partitive is not None and _superlative_group(partitive):
        return None  # "One of the group's most senior leaders is dead": a person singled out, no count
    if _one_described(doc, phrase, num):
        return None  # "Two people died, one of them a soldier": one of them described, no count
    if phrase.value == 1 and counted is not None and _of_a_person(counted):
        return None  # "a relative of one detainee" names the relative, it counts no one
    if _threshold(num) or (counted is not None and _threshold(counted)):
        return None  # "a limit of 200 people", "banned gatherings of more than 50": a rule, no count
    if _size_of_a_body(counted or num):
        return None  # "a coalition of 14 parties", "a team of 40 detectives": a body's size, no count
    if counted is not None and _population(counted):
        return None  # "the country of 22 million people", "home to about two million people"
    if _size_of_a_chamber(counted, num):
        return None  # "the court's nine members", "80 of the 108 senators": seats, no count
    if counted is not None and _asked_for_their_account(counted):
        return None  # "interviewed 23 former detainees": who told the researchers, sources (ANNOTATION)
    if _listed_among_sources(doc, phrase):
        return None  # "according to relatives, two lawyers and a medical source": who told it
    if _one_of_them_speaks(num):
        return None  # "…, one of them added": a source, one of those who spoke before
    if counted is None and _parent_of(num):
        return None  # "a 38-year-old father of three": his children, no count of the event
    sent_lemmas = _sentence_lemmas(num)
    category: str | None = "sentenced" if _on_death_row(doc, phrase) else None  # "among them 12 on death row"
    anchor: Token = counted or num
    running_of: _Draft | None = None  # the running total this count gives the new value of
    taken_up: Token | None = None  # the total noun "it" takes up in this count's sentence
    verb_not_noun = False  # "as thousands march": the counted word is the count's verb
    outbreak_cases = False
    if counted is not None:
        lemma, lower = _lexicon_lemma(counted), counted.lower_
        person = _is_person(counted)
        event_context = _event_sentence(sent_lemmas)
        outbreak_cases = lemma == "case" and (
            bool(sent_lemmas & figure_words.DISEASE_WORDS) or _outbreak_article(doc)
        )  # "12,000 new cases were reported" in a report on an epidemic
        if lemma == "sentence" and _sentences_given(counted):
            category = "sentenced"  # "handed down 85 administrative sentences"
        elif _verb_as_singular_noun(counted, phrase):
            # "… as thousands march in Tbilisi": a plural count before a singular noun is its verb
            category = figure_words.VERB_CATEGORY[lemma]
            verb_not_noun = True
        elif lemma in _CASE_NOUNS and _cases_of(counted) is not None:
            category = _cases_of(counted)  # "32 cases of enforced disappearance", "627 instances of arrests"
        elif lemma in figure_words.VICTIM_NOUNS and (own := _victims_of(counted)) is not None:
            category = own  # "65 victims of eye injuries": what they are victims of, not the count before
        elif lemma in _LEGAL_COUNT_NOUNS and not outbreak_cases and _brought_at_law(counted):
            category = "other"  # "opened 37 criminal cases", "faces six charges": brought at law
        elif lemma == "round" and _rounds_fired(counted):
            category = "other"  # "fired over 100 live rounds", "800 tear gas rounds": things of the event
        elif lemma == "point" and _points_on_the_ground(counted, phrase):
            # "blocked the ring road at 27 points", "37 blockade points": spots on a road, counted
            # places of the event (ANNOTATION's places), not a score
            category = "places"
        elif (
            lemma in figure_words.NON_COUNT_NOUNS or lower in figure_words.NON_COUNT_NOUNS
        ) and not outbreak_cases:
            return None  # "39 cases" counts in an outbreak, not in a court
        if lemma in _SERVICE_NOUNS:
            return None  # "the country's four mobile operators": companies, no count of the event
        if lemma in figure_words.PROPERTY_NOUNS and not (
            sent_lemmas & figure_words.DAMAGE_WORDS or _set_on_fire(counted.sent)
        ):
            return None  # "45 shops were looted" counts; "a chain of 40 shops", "seized 60 vehicles" do not
        if category is not None:
            pass
        elif lemma in figure_words.PLACE_NOUNS:
            if not event_context and _not_an_event_count(counted, phrase):
                return None  # "the two countries" refers back; "from 40 countries" counts anywhere
            if _places_named_before(counted, phrase):
                return None  # "killed in the two regions", "officials in the two countries": known places
            if _divisions_of_a_country(counted, event_context):
                return None  # "Uganda has 146 districts", "across the country's 25 provinces"
            if _in_evidence_phrase(counted):
                return None  # "a tally of figures from hospitals in Dhaka and four other cities": sources
            category = "places"
        elif lemma in figure_words.REMAINS_NOUNS:
            category = _death_category(counted)  # "divers pulled 17 bodies from the river"
        elif lemma == "sentence" and any(c.lower_ in _SENTENCE_KINDS for c in counted.children):
            category = "sentenced"  # "14 death sentences", "eight prison sentences"
        elif lemma in figure_words.NOUN_CATEGORY and _only_attempted(counted):
            category = "other"  # "more than a dozen attempted murders": no one was killed
        elif lemma in figure_words.NOUN_CATEGORY:
            category = _event_noun_category(counted)
            partitive = next(
                (g for c in counted.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                partitive,
            )
        elif lower in figure_words.ADJ_CATEGORY:
            category = figure_words.ADJ_CATEGORY[lower]
        elif (
            not person
            and not (
                (
                    event_context
                    or _damaged(counted)
                    or _set_on_fire(counted.sent)
                    or lemma not in figure_words.ABSTRACT_NOUNS
                )
                and _counted_thing(counted)
            )
            and not _done_to_people(counted)
        ):
            # "three options", "12 visits"; but "36 hospitals occupied" in a crackdown counts, and
            # "40 fishing boats were seen", "sent two mobile clinics" count things in any sentence
            return None
    elif (
        prose_row := _prose_row_category(
            doc,
            phrase,
            next((d for d in (previous, earlier) if d is not None and d.category != "places"), None),
        )
    ) is not None:
        category = prose_row  # "Its breakdown: Khartoum, 104; Omdurman, 15", "as follows: abduction, 16"
    elif (
        partitive is not None
        and partitive.pos_ == "PRON"
        and partitive.lower_ not in figure_words.PARTITIVE_PRONOUNS
    ):
        return None
    elif partitive is not None and partitive.pos_ != "PRON" and _closing_speakers(partitive):
        return None  # "…, the police and the army, two of the officials said": who speaks, no count
    elif counted is None and (told := _said_by_relative_clause(doc, phrase)) is not None:
        category = told  # "including 25 who were beaten and 8 who were detained": the clause's verb
    elif counted is None and (stranded := _category_stranded_after(num)) is not None:
        category = stranded[0]  # "three deaths and 41 injured": its own word, not the first count's
    elif (
        counted is None
        and previous is not None
        and (
            _gapped(num, previous)
            or _gapped_after_and(doc, phrase, num, previous)
            or _breakdown_item(num, previous)
            or _place_list_item(num, previous)
            or _part_by_origin(doc, phrase, previous)
        )
    ):
        # "51 of the dead were shot in the chest and 14 in the back", "310 cases of beating and 22
        # of rape": the verb or the noun is left out, and the count before says what is counted
        category = previous.category
    elif partitive is not None and partitive.pos_ != "PRON":
        if earlier is not None and _this_count(partitive) and _first_in_sentence(partitive.head):
            # "(Police have detained 1,780 people.) Of this number, 114 are teenagers": as "Of these"
            category = None if _released(num) else earlier.category
        elif (whole := _count_restated(partitive, by_start, previous or earlier)) is not None:
            # "(Police arrested 40 people.) Five of the 40 were minors": a part of that count
            category = None if _released(num) else whole.category
        elif partitive.lower_ in figure_words.ADJ_CATEGORY:
            # "43 of the dead", "12 of the wounded": the group they are among decides
            category = figure_words.ADJ_CATEGORY[partitive.lower_]
            if _dies(num):
                # "two of the wounded later died", "three of the detained died in hospital": people
                # hurt or held die of violence, unless the sentence names a disease
                category = "deaths" if _calm_cause(num) else "killed"
        elif partitive.lemma_.lower() in figure_words.NOUN_CATEGORY:
            # "verified 208 of the deaths", "12 of the arrests": a part of a count of events
            category = _event_noun_category(partitive)
        elif partitive.lemma_.lower() in figure_words.PROPERTY_NOUNS and (
            sent_lemmas & figure_words.DAMAGE_WORDS or _set_on_fire(partitive.sent)
        ):
            category = "other"  # "burned down about 200 of its houses"
        elif partitive.lemma_.lower() in figure_words.PROPERTY_NOUNS | _SERVICE_NOUNS:
            return None  # "two of the four mobile operators were working", "12 of its trucks"
        elif not (
            _is_person(partitive)
            or partitive.like_num  # "17 of the 18 died": a part of a count told before
            or partitive.lemma_.lower() in figure_words.PLACE_NOUNS
            or (_things_counted_by_part(partitive, sent_lemmas) and not _one_picked_from(num))
        ):
            return None  # "dozens of options"; but "dozens of blazes still rage" counts
        if partitive.lemma_.lower() in figure_words.PLACE_NOUNS:
            category = "places"  # "nine of the country's 18 states", in any sentence
    if category is None and counted is None and partitive is not None and _fatally(num):
        category = _death_category(num)  # "Nine demonstrators were shot, three of them fatally"
    if category is None and counted is None and _kept_of_the_released(doc, phrase):
        category = "detained"  # "All but 11 were released on bail": the 11 are still held
    if verb_not_noun:
        counted = None
    if (
        counted is not None
        and counted.dep_ == "pobj"
        and counted.head.lower_ in {"including", "among"}
        and _counts_sources(counted)
    ):
        return None  # "interviewed 60 people, including 22 former detainees": sources, not a count
    if category is None and previous is not None and _subset_or_total(counted or num):
        category = previous.category
    if category is None and previous is not None and _joined_past_an_age_range(words, phrase):
        category = previous.category  # "15 boys aged between 13 and 17 and two girls": the next part
    if (
        category is None
        and phrase.core_end < len(doc)
        and (counted is None or counted.i != phrase.core_end)
        and _verb_as_singular_noun(doc[phrase.core_end], phrase)
    ):
        category = figure_words.VERB_CATEGORY[
            doc[phrase.core_end].lemma_.lower()
        ]  # "as tens of thousands march"
    if category is None and counted is None and phrase.end < len(doc):
        nxt = doc[phrase.end]  # past a hedge after the number: "2,500+ injured", "300 or more wounded"
        if nxt.lower_ in figure_words.ADJ_CATEGORY and not any(c.dep_ == "dobj" for c in nxt.children):
            category, anchor = (
                figure_words.ADJ_CATEGORY[nxt.lower_],
                nxt,
            )  # "139 dead and more than 2,000 wounded"
    if category is None:
        category = row
    if category is None and counted is not None and (counted.dep_ in {"appos", "conj"} or _tallied(counted)):
        # "Police: 7 rioters arrested, 3 officers hurt", "the union counted 31 reporters injured"
        category = _participle_after(counted)
    if category is None and counted is not None:
        category = _kin_of(counted)  # "families of 40 missing men gathered": the men's category
    if category is None and counted is not None:
        category = _among_those_done(counted)  # "60 teenagers among those arrested were released"
    if category is None and _remains_of(counted or num):
        # "the bodies of five soldiers were found": killings, unless a disaster or disease took them
        calm = figure_words.DISEASE_WORDS | figure_words.DISASTER_WORDS
        category = "deaths" if sent_lemmas & calm else "killed"
    if category is None and _by_gathering(doc, phrase):
        category = "protesters"  # "a march by several thousand people", whatever the parse
    if category is None and _crowd_act(counted or num, num):
        category = "protesters"  # "thousands of people blocked roads", "a group of 200 people threw stones"
    if category is None and counted is None and _crowd_counting_itself(num):
        category = "protesters"  # "We were 8,000 outside the ministry," a student leader said
    if category is None and _taken_by_force(counted):
        category = "detained"  # "They broke down our door and took my two sons", "two women … were taken too"
    if category is None and _crowd_under_force(counted, num, phrase):
        category = "protesters"  # "dispersed several thousand people", "water cannon on 2,000 people"
    if category is None and counted is None and (apposed := _apposed_category(num, earlier)) is not None:
        category = apposed  # "dispersed the remaining protesters, some 2,000,", "the number of victims, 306,"
    if category is None and _bore_harm(doc, phrase):
        category = "injured"  # "at least 45 detainees he interviewed bore injuries" ("bore" parsed as a noun)
    if (
        category is None
        and counted is None
        and _part_of_the_count_just_before(doc, phrase, num, partitive, previous)
    ):
        assert previous is not None
        category = previous.category  # "140 were arrested and 35 injured, three of them seriously"
    if category is None:
        found = _climb(counted or num) or _linear_category(doc, phrase)
        if (
            found
            and found[0] == "arrested"
            and (held_now := _still_held_after_arrest(found[1], counted, num))
        ):
            found = ("detained", held_now)  # "people arrested in March remain in detention"
        if found and counted is not None and counted.lower_ != "others" and _adjunct_thing(counted):
            # "shot dead in four separate incidents": the incidents were not shot (but "arrested
            # during the protest and eight others in the port": more people, misread as its object)
            found = ("other", counted)
        if (
            found
            and found[0] in _PEOPLE_CATEGORIES | {"protesters", "sentenced"}
            and counted is not None
            and _lexicon_lemma(counted) in figure_words.PROPERTY_NOUNS
        ):
            # "10 officers were injured and four police stations set on fire": the parser joins the
            # buildings to the people's verb, but no building is hurt or held; "crowds of several
            # hundred people set fire to two police stations": nor does one protest
            found = ("other", counted)
        forces = counted if counted is not None else partitive
        if found and found[0] == "protesters" and forces is not None and _forces_moving(forces, found[1]):
            found = ("other", forces)  # "hundreds of riot police gathered outside parliament": deployed
        if found:
            category, anchor = found
            if counted is not None and anchor.head.i != counted.i and _counts_sources(counted):
                return None  # "the toll, given by two doctors, included …": the doctors are sources
    # after the climb: "two people who were at the rally were shot dead" were hit, not a crowd
    if category is None and _crowd_staying_out(counted, num):
        category = "protesters"  # "about 2,000 people remain on the avenue" in a story of protests
    if category is None and _on_strike(counted, num):
        category = "protesters"  # "400,000 workers have stayed away from the factories" in a strike
    if category is None and _present_at_gathering(counted, num):
        category = (
            "protesters"  # "20,000 people were at the rally", "85,000 estimated to have been at the camp"
        )
    if category is None and (
        _present_on_open_ground(counted, num)
        or _crowd_holding(counted, num, earlier)
        or _crowd_shown(counted, num)
    ):
        category = "protesters"  # "6,000 people were in Harbour Square", "400 people held a rally"
    back_reference = counted is not None and _not_an_event_count(
        counted, phrase
    )  # "the five Uyghurs in prison"
    if category is None and counted is not None and not back_reference and _with_wounds(counted):
        category = "injured"  # "received 160 patients with gunshot wounds"
    if category is None and counted is None and _with_wounds(num):
        category = "injured"  # "evacuated 56 injured people, 12 with gunshot wounds"
    if category is None and counted is not None and not back_reference and _held_in(counted):
        category = "detained"  # "4,962 people currently under detention", "recognised 1,441 people as political prisoners"
    if category is None and counted is None and phrase.value > 1 and _held_in(num):
        # "In a cell meant for four there were 36 of us": a bare count held ("One of the suspects
        # was in the county jail" singles a person out, no count)
        category = "detained"
    if category is None and _attended_by(counted, num):
        category = "protesters"  # "the rallies were attended by no more than 4,000 people"
    if category is None and counted is None and (_crowd_size_set(num) or _crowd_estimated_at(num)):
        category = "protesters"  # "put the size of the crowd at 12,000", "put attendance at 9,000"
    if category is None and counted is not None and _is_person(counted) and _crowd_size_set(counted):
        category = "protesters"  # "put attendance at between 8,000 and 9,000 people": the crowd
    if category is None and counted is None:
        found = _total_before(num) or _total_over_its_clause(num)
        if not found and (found := _total_taken_up(num)):
            taken_up = found[1]  # "the number of people detained was higher, putting it at 800"
        if found:
            category, anchor = found  # "said the death toll since the coup now stood at 71"
    if (
        category is None
        and counted is None
        and previous is not None
        and previous.phrase.start < num.i
        and _total_said_to_change(num)
        and previous.chain_start.sent.start == num.sent.start
    ):
        category = previous.category  # "138 had been arrested, a figure that rose to 212 by Friday"
    if category is None and counted is None and _revised_to(num):
        before = previous or earlier
        if before is not None and before.category != "other":
            category = before.category  # "said 40 were killed, then raised their estimate to 62"
    if category is None and counted is None:
        found = _estimated_range(num, earlier)
        if found:
            category, anchor = found  # "Estimates compiled by activists range from 500 to 600"
    if category is None and previous is not None and _of_which(words, phrase) and not _released(num):
        # "212 deaths, of which 87 were …", "481 people, among them 64 children" (but "400 arrested,
        # of whom 356 were later released on bail": the part let go is no longer held)
        category = previous.category
    if category == "injured" and partitive is not None and not _released(num):
        found = _category_of_group(partitive)
        if found and found[0] == "killed":
            # "Of those killed, 19 were shot with live ammunition": the wounds that killed them,
            # not people wounded (a part of the dead stays dead)
            category, anchor = found
    if (
        category == "injured"
        and partitive is not None
        and partitive.lower_ in {"them", "whom"}
        and previous is not None
        and previous.category == "killed"
        and _included_in_words(doc, phrase, previous)
    ):
        category = "killed"  # "received the bodies of seven people, five of them with gunshot wounds"
    if category is None and partitive is not None and (_no_verb_but_be(num) or not _released(num)):
        found = _category_of_group(partitive)
        if found:
            # "22 of those killed were in Yangon", "30 of the children killed … had been identified":
            # the group decides, unless the part's verb took them out of it ("were later released")
            category, anchor = found
    if category is None and earlier is not None and _bare_total(counted or num, phrase):
        # not "(Cholera has killed 412.) There have been 9,870 suspected cases": an epidemic's cases
        # are its infections, not its toll
        category = "other" if outbreak_cases else earlier.category
        if counted is None and _sets_a_running_total(num):
            running_of = earlier  # "(… recognised 40.) By June the list had grown to 210"
    if (
        category is None
        and earlier is not None
        and earlier.category != "other"
        and counted is None
        and partitive is None
        and _rival_estimate(num)
    ):
        category = earlier.category  # "Police put the crowd at 30,000, while organizers said 100,000"
    if (
        category is None
        and previous is not None
        and counted is None
        and (num.dep_ not in {"nsubj", "nsubjpass"} or _no_verb_but_be(num))
        and _part_of_count_before(partitive)
    ):
        # "90 were hurt, 12 of whom seriously", "detained 47 people, 9 of whom were schoolgirls":
        # a part of the count before, said of it with no verb but "be"
        category = previous.category
    if (
        category is None
        and earlier is not None
        and counted is None
        and (
            (num.dep_ in {"nsubj", "nummod", "ROOT"} and _no_verb_but_be(num))
            or (
                num.dep_ == "nsubjpass"
                and earlier.category in _PART_CATEGORIES
                and _part_done_so(num, partitive)
            )
        )
        and _part_of_count_before(partitive)
        and _opens_sentence(doc, phrase)
        and phrase.value > 1  # "One of them was a 12-year-old boy": one of them described, no count
    ):
        # "Names of 67 people killed were verified. 16 of them were under 18.", "… At least 9 of
        # them children.", "(Police arrested 130 people.) 40 of them were transferred to the
        # capital": a part of the count of the sentence before, said of it with "be", with no verb
        # at all, or with a passive verb that names no category of its own
        category = earlier.category
    if (
        category is None
        and earlier is not None
        and counted is None
        and _part_of_count_before(partitive)
        and partitive is not None
        and partitive.head.i < num.i
        and _first_in_sentence(partitive.head)
        and not _released(num)
    ):
        # "(840 suspects were arrested.) Of these, 512 have appeared in court": a part of the
        # count before, named first, whatever became of it since (unless it was let go)
        category = earlier.category
    if (
        category is None
        and counted is None
        and partitive is not None
        and partitive.lower_ in {"them", "whom"}
    ):
        found = _group_named_before(num)
        if found:
            category, anchor = (
                found  # ""Those arrested include ringleaders," he said, adding that 45 of them …"
            )
    if category is None and counted is None and _part_of_count_before(partitive) and _of_a_person(num):
        before = previous or earlier
        if before is not None and before.category != "other":
            category = before.category  # "(5 detainees died in custody.) Relatives of 2 of them said …"
    if (
        category is None
        and previous is not None
        and counted is None
        and partitive is None
        and _described_as_people(num)
    ):
        category = previous.category  # "recorded 321 people killed; 23 were children": a part
    if (
        category is None
        and earlier is not None
        and earlier.category in _PART_CATEGORIES
        and counted is None
        and partitive is None
        and _opens_sentence(doc, phrase)
        and phrase.value < earlier.phrase.value
        and _described_as_people(num)
    ):
        category = earlier.category  # "(Police shot dead 30 protesters.) Six were teenagers.": a part
    if (
        category is None
        and previous is not None
        and _same_list_item(previous.chain_start, num)
        # "* Roads were blocked at 100 points …, stranding hundreds of tourists": people are no part of places
        and not (
            previous.category == "places" and (who := counted or partitive) is not None and _is_person(who)
        )
    ):
        category = previous.category  # "- 41 children killed, 34 boys and 7 girls": the item's parts
    if (
        category is None
        and previous is not None
        and counted is None
        and previous.category in _PEOPLE_CATEGORIES
        and _part_done_so(num, partitive)
    ):
        category = previous.category  # "killed 10 people, seven of them shot in the head"
    victims = counted if counted is not None else partitive
    if (
        category is None
        and earlier is not None
        and victims is not None
        and victims.lemma_.lower() in figure_words.VICTIM_NOUNS
        and not _counts_sources(victims)  # "interviewed 45 victims and relatives": who spoke
    ):
        category = earlier.category  # "(1,000 were killed …) the names of 421 of the victims"
    if (
        category is None
        and earlier is not None
        and earlier.category in _HARM_CATEGORIES
        and counted is not None
        and _among_victims(counted)
    ):
        category = earlier.category  # "(The toll rose to 214.) The victims include 28 children"
    if (
        category is None
        and earlier is not None
        and earlier.category in _PEOPLE_CATEGORIES | _HARM_CATEGORIES
        and counted is not None
        and _included_in_count_before(counted)
    ):
        category = earlier.category  # "(About 1,500 were killed.) The figure includes 17 teenagers"
    if (
        category is None
        and earlier is not None
        and earlier.category in _PEOPLE_CATEGORIES | _HARM_CATEGORIES
        and _among_them(counted or num)
    ):
        category = earlier.category  # "(Police arrested 40 protesters.) Among them were 12 students"
    group = previous or earlier
    if (
        category is None
        and counted is None
        and group is not None
        and _definite_part_of(num, partitive, phrase, group)
    ):
        # "(63 killings.) Soldiers were implicated in 21 of those cases", "(240 were convicted.)
        # 52 of the defendants were students": a part of the group the count before named
        category = group.category
    if (
        category is None
        and counted is None
        and partitive is None
        and (summed := _sum_of_events_before(doc, phrase))
    ):
        category, anchor = summed  # "The capital accounted for most of the killings: 46 in total."
    if category is None and counted is None and partitive is None:
        category = _asked_category(num)  # "How many were wounded? — Hundreds.": the question says
    if (
        category is None
        and earlier is not None
        and earlier.category in _SHOT_CATEGORIES
        and _shot_with_no_outcome(counted or num)
    ):
        # "(Six were killed in Kaédi.) In Boghé, two more men were shot", "(Dozens were taken to
        # hospital.) A doctor said 15 of them had been shot": the count before tells the outcome
        category = earlier.category
    if (
        category is None
        and counted is None
        and partitive is None
        and phrase.end < len(doc)
        and doc[phrase.end].lower_ == "more"
        and (before := previous or earlier) is not None
        and before.category in _PART_CATEGORIES | {"deaths"}
        and "\n\n" not in doc[before.chain_start.i : num.i].text
        # not "Dozens more are suspected to be ill": a predicate of their own says what they are
        and not any(c.dep_ in {"xcomp", "acomp", "attr", "oprd", "dobj"} for c in num.head.children)
    ):
        # "(Staff say they have received 100 bodies.) They say dozens more are still lying in the
        # streets": a bare count with "more" and no word of its own is more of the count just before
        category = before.category
    if category is None and previous is not None and counted is not None and counted.lower_ == "others":
        # "27 had been arrested … and eight others the following day": no word of their own (but
        # "killing 247 people and wounding more than 5,000 others" has its verb, read above)
        category = previous.category
    if (
        category is None
        and counted is None
        and phrase.value > 1  # "One of them was my cousin": one person singled out, no count
        and group is not None
        and _pronoun_part_of(num, partitive, group)
    ):
        # "(arrested 3,000,) and 2,100 of them still face trial": a part of the count
        category = group.category
    if category is None:
        noun = counted or partitive
        if noun is None:
            if (
                num.dep_ in {"dobj", "nsubjpass"} or _gapped_passive(num)
            ) and num.head.lemma_.lower() in figure_words.RELEASE_VERBS:
                noun = num
                category = "other"  # "released 120 on bail", "14 were expelled"
            elif num.dep_ in {"dobj", "nsubjpass"} and _sent_back(num.head):
                noun = num
                category = "other"  # "sent 109, most of them men, back to China"
            elif num.dep_ == "nsubj" and _acts(num.head):
                noun = num
                category = (
                    "other"  # "Thousands came to the capital", "over 9,000 have fled": who acts are people
                )
            elif num.dep_ in {"nsubjpass", "dobj"} and num.head.lemma_.lower() in _DISPLACE_VERBS:
                noun = num
                category = "other"  # "40,000 have been displaced", "displaced 12,000"
            elif num.dep_ == "nsubjpass" and _done_to_them(num.head):
                noun = num
                category = "other"  # "over 500 have been stricken", "46 were awarded doctorates"
            elif (
                num.dep_ == "nsubj"
                and (described := _people_it_is(num.head)) is not None
                # "(Police arrested 30.) Forty were students": more than the count before is no
                # part of it, and says of no one counted what they were
                and (earlier is None or phrase.value <= earlier.phrase.value)
            ):
                noun = described  # "(30 families were left without shelter.) Four were infants": people
            elif num.dep_ == "dobj" and _driven_from_home(num.head):
                noun = num
                category = "other"  # "forced about 765,000 to flee", "drove 40,000 from their homes"
            elif (
                num.dep_ == "nsubjpass" or _gapped_passive(num)
            ) and num.head.lemma_.lower() in _ACCUSE_VERBS:
                noun = num
                category = "other"  # "About 1,000 have been charged": people put on trial, counted
            else:
                return None
        category = (
            category
            # "dozens of wounded protesters"; not "hundreds of detained students were released"
            or (None if _released(num) else _category_adjective(noun))
            or _participle_hung_apart(noun)
            or _person_default(noun)
        )
        freed = counted or num  # the object of the verb: "freed dozens of protesters"
        vague_object = (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.i == num.i
            and num.dep_ in {"dobj", "nsubjpass"}
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
        )  # "hundreds of inmates", not "six of the detainees" (a part of a group named before)
        if vague_object:
            freed = num  # "freed hundreds of inmates": the vague amount is the verb's object
        done_to = any(
            t.dep_ in {"dobj", "nsubjpass"} and t.head.lemma_.lower() in figure_words.DONE_TO
            for t in (noun, freed)
        )  # "attacked 40 protesters", "prosecuted hundreds of protesters"
        released = (
            freed.dep_ in {"dobj", "nsubjpass"} and freed.head.lemma_.lower() in figure_words.RELEASE_VERBS
        ) or _released_of(freed)
        if category == "protesters" and (done_to or released):
            category = "other"  # "troops shot 18 protesters" is no crowd count
        if (
            category == "detained"
            and released
            and (noun.dep_ in {"dobj", "nsubjpass"} or _released_of(noun) or vague_object)
        ):
            # not "6 of the detainees had been released": a part of the held, as the group they are from
            category = "other"  # "deported 64 detainees": people taken out of custody
    if category == "killed" and (
        _calm_cause(num) or _killed_by_disease(anchor) or _killed_by_accident(anchor)
    ):
        # "the virus has killed 3,000", "a landslide killed 12 miners", "the quake left 1,000 dead"
        category = "deaths"
    if category in _PEOPLE_CATEGORIES | {"deaths"} and _counts_animals(counted or partitive):
        category = "other"  # "poachers killed 30 elephants", "5,000 dead birds": no toll, a counted thing
    if counted is not None and counted.lemma_.lower() in _PRISON_NOUNS and category in _PEOPLE_CATEGORIES:
        category = "other"  # "sent to two maximum-security prisons": the prisons, not the people in them
    if _capacity(counted or num):
        category = "other"  # "the prison can hold 130 detainees", "a jail built for 800 inmates"
    if category in _HELD_CATEGORIES and _escaped(counted or num):
        category = "other"  # "Sixty prisoners escaped", "300 inmates broke out of the jail": no longer held
    if category in _HELD_CATEGORIES and _unseen_after_taken(anchor):
        category = "disappeared"  # "four boys taken away by soldiers have not been seen since"
    if (
        category in _HELD_CATEGORIES or (category == "other" and counted is not None and _is_person(counted))
    ) and (_fate_hidden_next(counted or num) or _whereabouts_unknown_of(counted or num)):
        category = (
            "disappeared"  # "Nine activists were taken away by masked men. Their whereabouts remain unknown."
        )
    if category == "injured" and _sick_not_hurt(num):
        category = "other"  # "2,400 people have been hospitalized with COVID-19": ill, not hurt
    if (
        category in {"killed", "deaths"}
        and counted is not None
        and outbreak_cases
        and _cases_of(counted) is None
    ):
        category = "other"  # "208 died out of 8,454 suspected cases": an epidemic's cases are its infections
    if category in _HELD_CATEGORIES and counted is None and _part_charged(num):
        category = "other"  # "arrested 6,000 people, of whom 1,200 had been prosecuted": the charged
    if category == "disappeared" and _found_again(counted or num):
        category = "other"  # "Of these, 75 have since been found", "located 210 people reported missing"
    if category == "disappeared" and _lost_in_a_disaster(num):
        category = "other"  # "three people went missing after their boat capsized": no disappearance
    if category == "killed" and _died_of_a_calm_cause(num):
        category = "deaths"  # "43 were killed in clashes, and 11 died in road accidents": the 11 are no victims of violence
    owned = category == "other" and (_owned_count(counted or num) or _had_by_a_person(counted))
    if category == "other" and _not_an_event_count(counted or num, phrase, owned_counts=owned):
        return None
    if category == "protesters" and phrase.value == 1 and phrase.value_max is None:
        return None  # "One protester, a 23-year-old student, said …": one person is no crowd
    subject_noun = counted if counted is not None and _is_person(counted) else partitive
    if subject_noun is None and counted is not None and counted.lemma_.lower() in figure_words.PLACE_NOUNS:
        subject_noun = counted
    subject = _subject_text(doc, subject_noun, by_start, phrase.end) if subject_noun is not None else None
    end_tok = phrase.end
    if end_tok < len(doc) and doc[end_tok].lower_ == "more":
        end_tok += 1  # "thousands more": the phrase as written
    start = doc[phrase.start].idx
    last = doc[end_tok - 1]
    negated = any(c.dep_ == "neg" for c in anchor.children) or any(
        c.dep_ == "neg"
        for c in (counted or num).head.children
        if (counted or num).head.pos_ in {"VERB", "AUX"}
    )
    return _Draft(
        phrase=phrase,
        start=start,
        end=last.idx + len(last.text),
        category=category,
        subject=subject,
        anchor=anchor,
        chain_start=counted or num,
        negated=negated,
        running_of=running_of,
        taken_up=taken_up,
        owned=owned,
    )
