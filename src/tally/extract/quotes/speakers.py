"""Speakers of attributions: entities, pronouns, channels (``via``) and dates.

Runs over the attributions in text order, because a pronoun ("he said") and
a quote with no cue of its own take the speaker of the quote before. Every
named speaker and every group speaker ("security officials") gets an entity
id through :meth:`EntityIndex.add_mention`, so that figures and events can
point at the same actor.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tally.extract.context import doc_text, token_lemmas, token_lowers, token_pos, token_starts
from tally.extract.countries import is_country_name
from tally.extract.entities import words as entity_words
from tally.extract.entities.antecedents import (
    MAY_BE_MEDIA,
    WIDE_WINDOW_SENTENCES,
    closing_it,
    described_by,
    describes_it,
    document_reported_before,
    earlier_report,
    holds_title,
    may_be_described_as,
    may_hold_office,
    named_as_a_location,
    named_for_rights,
    named_with_its_words,
    nearest_mention,
    not_a_site,
    one_person_noun,
    outlet_may_be,
    previous_subject_body,
    report_issuer,
    says_former,
    says_rights,
    window_start,
)
from tally.extract.entities.briefing import holds_briefers_role
from tally.extract.entities.descriptions import (
    SETTLEMENT_NOUNS,
    followed_by_age,
    given_name,
    is_media_noun,
    names_the_holder,
)
from tally.extract.entities.extractor import _words as words_of_name
from tally.extract.entities.extractor import person_at_end
from tally.extract.figures import words as figure_words
from tally.extract.figures.numbers import parse_digits, parse_number_words
from tally.extract.quotes import cues as quote_cues
from tally.extract.quotes import replies
from tally.extract.quotes import words as quote_words
from tally.extract.quotes.gender import Genders
from tally.extract.quotes.marks import MarkedSpan, paragraphs
from tally.extract.spans import dates_index
from tally.lexicons import FEMALE, MALE, first_name_gender, first_names, is_person_noun
from tally.nlp.syntax import is_dateline, partitive_whole, proper_noun_of
from tally.nlp.syntax import subject as syntax_subject
from tally.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext
    from tally.extract.entities.extractor import EntityIndex

#: A pronoun takes the last speaker only within this many paragraphs.
PRONOUN_PARAGRAPHS = 2

#: A pronoun refers back to a named subject at most this many paragraphs
#: before it: news paragraphs are short, and "He said" opening a paragraph
#: usually continues the subject of the one before.
SUBJECT_PARAGRAPHS = 1


@dataclass
class Attribution:
    """A quote before it becomes a :class:`Quote`: keeps the tokens for resolving."""

    kind: str
    start: int
    end: int
    cue_tok: Token | None = None
    cue_span: tuple[int, int] | None = None
    speaker_tok: Token | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_name: str | None = None
    entity: Entity | None = None
    via: str | None = None
    date: str | None = None
    inherit: bool = False  # takes the speaker of the previous quote (:func:`_continued`)
    #: cued by the sentence or paragraph before it, not by a cue beside its marks
    lead_in: bool = False
    names_earlier: bool = False  # "The man, who gave his name as X,": names the last unnamed speaker
    #: "The lawyer, X,": the noun the last unnamed speaker must have for X to name them
    named_noun: str | None = None
    marks: list[MarkedSpan] = field(default_factory=list)
    #: short marked words in a heading: a quote only if a quote below repeats them
    heading: bool = False
    #: a labelled paragraph's words ("REPORTER (TOM REYES): …", "Answer: …"): its speaker's
    #: narration, in which a person named and reported is as in the article's own prose
    turn: bool = False


def resolve(
    ctx: ExtractContext,
    atts: list[Attribution],
    para_of: Callable[[int], int],
    *,
    quoted: Callable[[int], bool] = lambda _offset: False,
    marked: Callable[[int], bool] = lambda _offset: False,
) -> None:
    """Speaker entities, pronouns, inherited speakers, channels and dates, in text order.

    :param para_of: the paragraph number of a character offset.
    :param quoted: whether a character offset is inside quoted speech: a name
        there is someone the speaker talks about, never the antecedent of
        "he said" after the quote.
    :param marked: whether a character offset is inside any quote marks, a
        short term too: the parser's subject there ("said “20,000 bandits” had
        attacked") is quoted words, never the speaker.
    """
    last: Attribution | None = None
    genders = Genders(ctx.doc, ctx.entities, quoted)
    chants: set[int] = set()  # ids of the slogans a crowd voiced
    for n, a in enumerate(atts):
        if a.inherit and not a.heading:
            named = _named_in_next_paragraph(ctx.doc, a, para_of)
            if named is not None:
                # "“…”¶Those were the words of X, a student": X spoke, not the one quoted before
                a.inherit, a.speaker_tok = False, named
        if a.inherit:
            if n > 0 and id(atts[n - 1]) in chants and para_of(atts[n - 1].end) == para_of(a.start):
                # "chanting “A” and “B”": the slogan after a crowd's slogan is the crowd's too
                chant = atts[n - 1]
                a.speaker_span, a.speaker_name, a.entity = (
                    chant.speaker_span,
                    chant.speaker_name,
                    chant.entity,
                )
                chants.add(id(a))
                continue
            opened = _left_open_before(atts, n, para_of)
            if opened is not None:
                last = opened
            if last is not None and _continued(last, a, para_of):
                a.speaker_span, a.speaker_name, a.entity = (
                    last.speaker_span,
                    last.speaker_name,
                    last.entity,
                )
                a.cue_span, a.via, a.date = last.cue_span, last.via, last.date
                if a.entity is None:
                    # "“…,” said the sister of X. “…¶“…,” she said": an unnamed speaker goes on past
                    # the paragraph break, and "she" after it is still her (_unnamed_last_speaker
                    # reads the noun the speaker was described by)
                    a.speaker_tok = last.speaker_tok
            last = a if a.speaker_name else last
            continue
        _speaker(ctx, a, None if _told_inside(last, a) else last, para_of, quoted, genders, marked)
        _named_by_own_words(ctx, a)
        crowd = _chanting_crowd(ctx.doc, a)
        voiced = _voiced_by_a_crowd(ctx.doc, a)
        if crowd is None and a.kind != "indirect":
            # "Students gathered …. “…,” they shouted": "they" is the crowd just named
            before = _crowd_of_the_sentence_before(ctx.doc, a, para_of)
            if before is not None and voiced:
                crowd = before
            elif before is not None:
                _name_the_crowd(ctx, a, before)
        if crowd is not None or voiced:
            # "Protesters chanted “…”": a slogan is the crowd's, no one person's, and the last
            # speaker goes on after it
            _name_the_crowd(ctx, a, crowd)
            chants.add(id(a))
            continue
        if a.names_earlier and last is not None:
            _name_the_unnamed(atts[:n], _last_before_speaker(atts[:n], last, a), a, para_of)
        a.via = _via(ctx, a)
        a.date = _date(ctx, a)
        # a report inside a transcript's turn is the turn's narration, as prose is: its subject
        # goes on speaking ("REPORTER: … Mario Solis said the strike would go on. “…,” he said")
        nested = last is not None and not last.turn and last.start <= a.start and a.end <= last.end
        if (
            a.speaker_name
            and not nested
            and not (a.cue_tok is not None and quote_cues.says_nothing(a.cue_tok))
        ):
            # "He said interrogators threatened to rape him. “…,” he said": a report inside the
            # last speaker's words does not make its subject the one who goes on speaking
            last = a
    _name_from_later_subject(ctx, atts, quoted)
    _described_then_named(ctx, atts, para_of)
    _speaker_of_the_next_paragraph(ctx.doc, atts, para_of)


#: The speaker's pronoun -> the possessive with which they give their own name ("Her name was X,
#: she said"); "Her name was X, her mother said" or "…, he said" names someone else.
_OWN_NAME_POSSESSIVES = {"she": "her", "he": "his", "i": "my"}


def _named_by_own_words(ctx: ExtractContext, a: Attribution) -> None:
    """ "Her name was Leila Karimi, she said": the speaker whose reported words give their own
    name is the person so named, and the quotes that go on from them are that person's too.

    Only for a speaker said by a pronoun ("she", "he", "I"); the words are a clause whose subject
    is "name" with that pronoun's possessive as its own (not "her son's name") and whose
    complement is a person's name.
    """
    if a.kind != "indirect" or a.speaker_tok is None or a.speaker_tok.pos_ != "PRON":
        return
    own = _OWN_NAME_POSSESSIVES.get(a.speaker_tok.lower_)
    if own is None:
        return
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return
    for tok in span:
        if tok.lemma_.lower() != "name" or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            continue
        if not any(c.dep_ == "poss" and c.lower_ == own for c in tok.children):
            continue
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if attr is None:
            continue
        first = min(t.i for t in attr.subtree if t.pos_ == "PROPN")
        last = max(t.i for t in attr.subtree if t.pos_ == "PROPN")
        s, e = ctx.doc[first].idx, ctx.doc[last].idx + len(ctx.doc[last].text)
        name = doc_text(ctx.doc)[s:e]
        a.entity = ctx.entities.add_mention(name, s, e, "PERSON")
        a.speaker_name = a.entity.name
        return


#: The demonstrative that opens "That was the message from X" / "Those were the words of X".
_POINTING_BACK = frozenset({"that", "this", "those", "these"})


def _named_in_next_paragraph(doc: Doc, a: Attribution, para_of: Callable[[int], int]) -> Token | None:
    """Who the paragraph after a quote standing alone says spoke it.

    A feature opens on a quote of its own paragraph and names the speaker
    after it: "“…”¶Those were the words of X, a nurse", "That was the message
    from X", "That is how X described the war". The quote has no cue, so it
    would go on from the last speaker; the demonstrative points back to it.
    Only the first sentence of the very next paragraph counts.
    """
    if not a.marks or para_of(a.marks[0].open_at - 1) == para_of(a.marks[0].open_at):
        return None  # the quote does not open its paragraph
    if a.marks[-1].continues:
        return None  # "“A …¶“This is how …”": the next paragraph goes on with the quote's own words
    starts = token_starts(doc)
    k = bisect_left(starts, a.end)
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct):
        k += 1
    if k >= len(doc) or para_of(doc[k].idx) != para_of(a.end) + 1 or doc[k].lower_ not in _POINTING_BACK:
        return None
    be = doc[k].head
    if be.lemma_ != "be" or doc[k].dep_ != "nsubj" or be.i != k + 1:
        return None
    for t in be.subtree:
        if t.dep_ == "prep" and t.lower_ in {"of", "from"} and t.head.dep_ == "attr":
            # "the words of X", "the message from X"
            name = next((o for o in t.children if o.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN":
                return name
        if t.dep_ == "advmod" and t.lower_ == "how" and t.head.dep_ in {"advcl", "ccomp"}:
            # "That is how X described the war"
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in {"PROPN", "NOUN"}:
                return subject
    return None


def _told_inside(last: Attribution | None, a: Attribution) -> bool:
    """Whether *a* is "he said" / "she told me" inside the words *last* quotes directly.

    An interviewee's answer, "Chan: … My colleague was summoned. He told me,
    “…”", tells what someone else said: the one who speaks the answer would
    say "I", so "he" is never them.
    """
    if last is None or last.kind != "direct" or not (last.start <= a.start and a.end <= last.end):
        return False
    return a.speaker_tok is not None and a.speaker_tok.lower_ in {"he", "she"}


def _voiced_by_a_crowd(doc: Doc, a: Attribution) -> bool:
    """Quoted words a crowd chants, shouts or sings: a slogan, which no one person says.

    The cue is a verb of chanting (``chant_verbs.txt``) and its subject a
    crowd: "they", a plural common noun ("Protesters chanted", "thousands of
    Cubans gathered …, chanting") or a noun for a crowd ("the crowd
    chanted"). "A young man shouted, “…”" is one person, who keeps the quote.
    """
    cue = a.cue_tok
    if cue is None or cue.lemma_.lower() not in quote_words.CHANT_VERBS or a.kind == "indirect":
        return False
    if a.speaker_span is None:
        return True
    # the one the speaker's phrase names, after climbing from a thing ("the district chanting")
    span = doc.char_span(*a.speaker_span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.lower_ in quote_words.PRONOUNS_GROUP:
        return True
    if tok.ent_type_ == "NORP" and tok.tag_ in {"NNS", "NNPS"}:
        return True  # "Iranians chanted"
    if tok.pos_ not in {"NOUN", "NUM"} or tok.ent_type_ in {"PERSON", "ORG"}:
        return False
    return _crowd_like(tok)


#: Words for a quantity of people whose "of" phrase names the people: "Hundreds of demonstrators".
_QUANTITY_WORDS = frozenset({"hundred", "thousand", "million", "dozen", "score", "ten", "crowd", "group"})


def _chanting_crowd(doc: Doc, a: Attribution) -> Token | None:
    """The crowd that chants a slogan, read from the verb of chanting's own clause: "Protesters
    chanted “…”", "Hundreds of demonstrators gathered …, chanting “…”", "Thousands of students
    marched through the capital chanting “…”" (not the capital the parser may hang it on)."""
    cue = a.cue_tok
    if cue is None or a.kind == "indirect" or cue.lemma_.lower() not in quote_words.CHANT_VERBS:
        return None
    crowd = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    node = cue
    for _ in range(4):  # up the clauses the verb of chanting is a participle or second verb of
        if crowd is not None or node.dep_ not in {"advcl", "xcomp", "conj", "acl", "pobj", "prep"}:
            break
        node = node.head
        if node.pos_ in {"NOUN", "NUM"} and _crowd_like(node):
            crowd = node  # "a crowd chanting …": the people the participle describes
        elif node.pos_ in {"VERB", "AUX"}:
            crowd = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if crowd is None:
        return None
    crowd = _people_of(crowd)
    if crowd.ent_type_ in {"PERSON", "ORG"} or crowd.pos_ not in {"NOUN", "PROPN"}:
        return None  # one person or a body keeps the ordinary reading; "they" too
    return crowd if _crowd_like(crowd) else None


def _people_of(crowd: Token) -> Token:
    """The people a quantity counts: "Hundreds of demonstrators", "Tens of thousands of students",
    "Crowds of workers" → the people's noun; any other noun as it is."""
    for _ in range(3):
        if crowd.pos_ != "NUM" and crowd.lemma_.lower() not in _QUANTITY_WORDS:
            break
        of = next((c for c in crowd.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if people is None:
            break
        crowd = people
    return crowd


def _crowd_of_the_sentence_before(doc: Doc, a: Attribution, para_of: Callable[[int], int]) -> Token | None:
    """The crowd "they" after a quote is: "Crowds of students gathered outside the court. “…,” they
    shouted", "Hundreds of nurses protested …. “…,” they said".

    The subject of the sentence right before the quote's, in the same paragraph, when it is
    people by a common noun (a plural noun for people, or a quantity of them); a name ("Human
    Rights Watch documented …") leaves "they" to the ordinary reading. "One of them said" is
    one of that crowd, who is named as the crowd.
    """
    tok = a.speaker_tok
    if tok is None or tok.dep_ != "nsubj" or not a.marks or not (tok.lower_ == "they" or _one_of_them(tok)):
        return None
    if _described_one_of_them(tok) is not None or given_name(tok) is not None:
        # "One of them, a 31-year-old nurse, said": one of the group, described; "said one of
        # them, who gave his name as Joël": named (see _speaker)
        return None
    opening = doc.char_span(a.marks[0].open_at, a.marks[0].open_at + 1, alignment_mode="expand")
    if opening is None or not len(opening) or opening[0].sent.start == 0:
        return None
    sent = opening[0].sent
    before = doc[sent.start - 1].sent
    if para_of(before.start_char) != para_of(a.marks[0].open_at) or tok.sent.start != sent.start:
        return None
    crowd = syntax_subject(before.root, {"nsubj"})
    if crowd is None:
        return None
    crowd = _people_of(crowd)
    lemma = crowd.lemma_.lower()
    if crowd.pos_ != "NOUN" or crowd.ent_type_ in {"PERSON", "ORG", "NORP"} or crowd.tag_ != "NNS":
        return None
    return crowd if is_person_noun(lemma) or lemma in quote_words.CROWD_NOUNS else None


#: The part of a crowd that "of them" picks out: "one of them said", "some of them shouted".
_PART_WORDS = frozenset({"one", "some", "many", "several", "most", "another", "few"})


def _one_of_them(tok: Token) -> bool:
    """ "“…,” one of them said": one of the crowd "they" would be, named as that crowd."""
    if tok.lower_ not in _PART_WORDS:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.lower_ == "them" for c in of.children)


def _crowd_like(tok: Token) -> bool:
    """A plural noun, a number or a noun for a crowd ("protesters", "hundreds", "the crowd")."""
    return tok.tag_ in {"NNS", "NNPS"} or tok.pos_ == "NUM" or tok.lemma_.lower() in quote_words.CROWD_NOUNS


def _name_the_crowd(ctx: ExtractContext, a: Attribution, crowd: Token | None) -> None:
    """Give the slogan to *crowd* (a group entity), or to no one when no crowd is named."""
    if crowd is None:
        a.speaker_span, a.speaker_name, a.entity = None, None, None
        return
    doc, text = ctx.doc, doc_text(ctx.doc)
    i, j = quote_cues.speaker_phrase(crowd)
    if doc[i].lower_ in {"a", "an", "the"}:
        i += 1
    s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    a.speaker_span, a.speaker_name = (s, e), text[s:e]
    a.entity = ctx.entities.at(s, e) or ctx.entities.add_mention(text[s:e], s, e, "GROUP")


#: How far (in tokens) after an unnamed speaker's last quote a sentence may name them.
NAMING_WINDOW_TOKENS = 60


def _name_from_later_subject(
    ctx: ExtractContext, atts: list[Attribution], quoted: Callable[[int], bool]
) -> None:
    """Name an unnamed speaker from the subject of a sentence just after their quotes.

    "“…,” the lawyer said. The lawyer, Mohammad Aghasi, has since been
    summoned": a sentence that names "the lawyer" without reporting speech
    (which :func:`_name_the_unnamed` handles) still says who spoke. Only the
    same noun with "the" and a person's name set off right after it count,
    within a few sentences of the last quote of that speaker. One pass over
    the quotes: the speaker's phrase and quotes are kept by name as it goes.
    """
    starts = token_starts(ctx.doc)
    heads: dict[str, Token] = {}
    runs: dict[str, list[Attribution]] = {}
    for n, a in enumerate(atts):
        if a.entity is not None or not a.speaker_name:
            continue
        if n == 0 or atts[n - 1].speaker_name != a.speaker_name:
            runs[a.speaker_name] = []  # back to where another one spoke
            heads.pop(a.speaker_name, None)
        # the one before may share the name yet have been named (and skipped): start the run here
        runs.setdefault(a.speaker_name, []).append(a)
        if a.speaker_tok is not None and a.speaker_tok.pos_ == "NOUN":
            heads.setdefault(a.speaker_name, a.speaker_tok)
        if n + 1 < len(atts) and atts[n + 1].speaker_name == a.speaker_name:
            continue  # the same speaker goes on: look after their last quote
        head = heads.get(a.speaker_name)
        if head is None or not is_person_noun(head.lemma_.lower()):
            continue
        entity = _named_subject_after(ctx, head, bisect_left(starts, a.end), quoted)
        if entity is None:
            continue
        for b in runs.pop(a.speaker_name):
            if b.entity is None:
                b.entity, b.speaker_name = entity, entity.name
        heads.pop(a.speaker_name, None)


def _role_of_a_body(tok: Token) -> bool:
    """*tok* is one person's role in a body or place: "Veldran's envoy", "the head of the mission"."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not is_person_noun(tok.lemma_.lower()):
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children):
        return False  # "a resident of Suez": someone unnamed, no one role
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.subtree))
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in tok.children
    )


def _holds_another_role(name: Token) -> bool:
    """The phrase of *name* gives them a role of a body ("Ostrava's envoy Lena Pohl", "X, the
    mission's director"): someone of their own, not the role described before."""
    return any(t.i != name.i and _role_of_a_body(t) for t in name.subtree)


def _described_then_named(
    ctx: ExtractContext, atts: list[Attribution], para_of: Callable[[int], int]
) -> None:
    """Name a speaker described by a role from the person the next quote names.

    "Veldran's envoy rejected the charges, saying the drills were “…”. “…,”
    Ambassador Teodor Brask said": news sums up what a role holder said, then
    quotes them by name. Only a role of a named body or place (a possessor,
    "of <Name>" or a name before the noun) left unnamed, when the next speaker
    after its quotes is a person named right there, in the same paragraph or
    the next, quoted in their own words, whose own phrase gives them no role
    of a body.
    """
    for n, a in enumerate(atts):
        head = a.speaker_tok
        if a.entity is not None or head is None or a.speaker_span is None or not _role_of_a_body(head):
            continue
        unnamed = a.speaker_name
        last = n  # the same speaker goes on ("adding that …", "what he called"): look after the run
        while (
            last + 1 < len(atts) and atts[last + 1].speaker_name == unnamed and atts[last + 1].entity is None
        ):
            last += 1
        b = next((b for b in atts[last + 1 :] if b.speaker_name and b.start >= atts[last].end), None)
        if (
            b is None
            or b.kind == "indirect"
            or b.entity is None
            or b.entity.type != "PERSON"
            or b.speaker_tok is None
            or b.speaker_tok.pos_ != "PROPN"
            or para_of(b.start) - para_of(atts[last].end) > 1
            or _holds_another_role(b.speaker_tok)
        ):
            continue
        for m in range(last, -1, -1):
            earlier = atts[m]
            if earlier.speaker_name != unnamed or earlier.entity is not None:
                if earlier.speaker_name:
                    break
                continue
            s, e = earlier.speaker_span or a.speaker_span
            earlier.entity = ctx.entities.add_reference(b.entity.id, s, e) or b.entity
            earlier.speaker_name = b.entity.name


def _named_subject_after(
    ctx: ExtractContext, head: Token, first: int, quoted: Callable[[int], bool]
) -> Entity | None:
    """The person "The <head noun>, <Name>," names within a few sentences from token *first*."""
    doc = ctx.doc
    text = doc_text(doc)
    for tok in doc[first : min(len(doc), first + NAMING_WINDOW_TOKENS)]:
        if tok.lemma_.lower() != head.lemma_.lower() or not _definite_person_noun(tok) or quoted(tok.idx):
            continue
        name = _person_in_apposition(tok)
        if name.i == tok.i or name.pos_ != "PROPN":
            continue  # "the lawyer said" of the quote itself
        i, j = quote_cues.entity_bounds(name) if name.ent_type_ == "PERSON" else (name.i, name.i + 1)
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        return ctx.entities.at(s, e) or ctx.entities.add_mention(text[s:e], s, e, "PERSON")
    return None


def _last_before_speaker(before: list[Attribution], last: Attribution, a: Attribution) -> Attribution:
    """The last speaker before *a*'s speaker phrase begins.

    "The nurse, Leyla, who asked that her surname not be used, said …": the
    report inside the phrase ("asked that …") is no speaker before it.
    """
    cut = a.speaker_span[0] if a.speaker_span is not None else a.start
    if last.end <= cut:
        return last
    return next((b for b in reversed(before) if b.speaker_name and b.end <= cut), last)


def _name_the_unnamed(
    before: list[Attribution], last: Attribution, a: Attribution, para_of: Callable[[int], int]
) -> None:
    """Give the name *a* reveals to the unnamed speaker of the quotes just before it.

    "“…,” a protester in Aktau told the AP.¶The man, who gave his name as
    Yerlan, said …": the quote before is Yerlan's too. Only when the last
    speaker is an unnamed person (a noun for a person, no entity) in this
    paragraph or the one before; every earlier quote of that same unnamed
    speaker, back to where another one spoke, takes the name.
    """
    head = last.speaker_tok
    if head is None or head.pos_ == "PRON":
        # a quote that went on from the one before, or "he said" after it: that one's speaker phrase
        head = next(
            (
                b.speaker_tok
                for b in reversed(before)
                if b.speaker_name == last.speaker_name and b.speaker_tok and b.speaker_tok.pos_ != "PRON"
            ),
            None,
        )
    if (
        last.entity is not None
        or a.entity is None
        or head is None
        or head.pos_ != "NOUN"
        or not is_person_noun(head.lemma_.lower())
        or para_of(a.start) - para_of(last.start) > 1
        or (a.named_noun is not None and head.lemma_.lower() != a.named_noun)
    ):
        return
    unnamed = last.speaker_name
    for earlier in reversed(before):
        if earlier.speaker_name != unnamed or earlier.entity is not None:
            if earlier.speaker_name and earlier.end <= last.start:
                break
            continue
        earlier.entity, earlier.speaker_name = a.entity, a.speaker_name


def _left_open_before(atts: list[Attribution], n: int, para_of: Callable[[int], int]) -> Attribution | None:
    """The quote right before ``atts[n]`` when its marks were left open at its paragraph's end
    and ``atts[n]`` opens the next paragraph: the same words going on ("The High Commissioner
    said: “A ….¶“B …”").

    Such a quote may stand inside a longer record (a briefing's answer, a report, kind
    ``indirect``), which does not make its speaker the last one (:func:`resolve`, *nested*); the
    paragraph that carries its words on is still its speaker's.
    """
    if n == 0:
        return None
    before, a = atts[n - 1], atts[n]
    if (
        before.kind != "direct"
        or not before.marks
        or not before.marks[-1].continues
        or not before.speaker_name
        or not a.marks
        or para_of(a.start) - para_of(before.end) != 1
    ):
        return None
    return before


def _continued(last: Attribution, a: Attribution, para_of: Callable[[int], int]) -> bool:
    """A quote with no cue of its own goes on from *last*.

    In the same paragraph after any attribution ("X said the plan was weak.
    “It will fail.”"), in the next one after a quotation (direct or mixed),
    and after a report when the quote opens its own paragraph ("The resident
    said he had counted the bodies.¶“Some were tied with rope.”").
    """
    gap = para_of(a.start) - para_of(last.end)
    if gap == 1 and last.kind == "indirect":
        # only a quote that is its own paragraph: quoted words inside a sentence of narrative
        # ("the governor praised him for “new ideas.”") are that sentence's, not the report's
        return bool(a.marks) and para_of(a.marks[0].open_at - 1) < para_of(a.marks[0].open_at)
    return gap == 0 or gap == 1


def _speaker(
    ctx: ExtractContext,
    a: Attribution,
    last: Attribution | None,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
    marked: Callable[[int], bool] = lambda _offset: False,
) -> None:
    """Name, surface span and entity of the speaker of *a*."""
    doc = ctx.doc
    index: EntityIndex = ctx.entities
    text = doc_text(doc)
    if a.speaker_span is not None and a.speaker_tok is None:
        s, e = a.speaker_span
        a.speaker_name = text[s:e]
        a.entity = index.add_mention(a.speaker_name, s, e, "PERSON")
        return
    tok = a.speaker_tok
    cue = a.cue_tok
    if cue is not None:
        verb = cue.head.head if cue.head.lower_ == "as" else cue
        quoted_one = quote_cues.quoted_as_saying(verb)
        if quoted_one is not None:
            tok = quoted_one  # "Tasnim quoted the police chief as saying “…”": the chief speaks
        asker = _asker_of_fronted_question(doc, a, verb)
        if asker is not None:
            tok = asker  # "Asked by Radio X whether “…,” the minister said": Radio X asks
    if tok is not None and quote_cues.is_bare_age(tok):
        # "“…,” the 34-year-old said": the person the article is telling about, as for "she"
        age_start = tok.left_edge.i
        if age_start > 0 and doc[age_start - 1].lower_ == "the" and doc[age_start - 1].head.i == tok.head.i:
            age_start -= 1
        a.speaker_span = (doc[age_start].idx, tok.idx + len(tok.text))
        a.entity = _antecedent(ctx, tok, last, para_of, quoted, genders, person=True)
        a.speaker_name = a.entity.name if a.entity else text[a.speaker_span[0] : a.speaker_span[1]]
        return
    if tok is not None and cue is not None and quoted(tok.idx) and not quoted(cue.idx):
        # "X wrote that “…, and we are working …” and called on citizens “…”": the parser made the
        # cue a conjunct of a verb inside the first quote, whose "we" is no speaker of the second
        tok = _subject_outside_quote(cue, quoted) or tok
    if tok is not None and cue is not None and marked(tok.idx) and not marked(cue.idx):
        # "X said “20,000 bandits” had attacked the city and described …": the conjunct's subject is
        # quoted words, so the speaker is further up, the subject of the verb of saying
        tok = _climbing_subject(cue, marked) or tok
    if tok is not None and a.kind != "indirect" and a.cue_tok is not None and not can_speak(tok):
        # "softer language calling for “…”": quoted words need someone to say
        # them; the one who did is the subject of a clause the cue hangs from
        tok = _climbing_subject(a.cue_tok, quoted) or tok
    if tok is None and cue is not None and a.kind != "indirect" and _form_without_subject(cue):
        # "While noting “…,” Ana Ruiz warned …", "… said in a statement posted online. “…”": a
        # participle or gerund has no subject of its own; the one who speaks is the subject of
        # the clause it hangs from
        tok = _climbing_subject(cue, quoted)
    if tok is None:
        return
    asked = replies.asked_one(tok, cue, quoted) if cue is not None else None
    if asked is not None and _may_be_the_one_asked(ctx, asked, tok, genders):
        # "When I asked an officer why …, he told me: “…”", "X asked Mr T why …. The diplomat
        # replied that …": the one asked answers, not the asker (the last speaker) or a place
        tok = asked
    honoured = _honoured_one(ctx, tok)
    if honoured is not None:
        # "“…,” His Highness said" after "His Highness the Amir Sheikh X had said …": the Amir; "you"
        # in a sentence that addresses "Your Excellency," is the one the letter named His Excellency
        a.speaker_span = (doc[_honorific_start(tok)].idx, tok.idx + len(tok.text))
        a.entity, a.speaker_name = honoured, honoured.name
        return
    # "WHO said", "US officials": capitals spelling a pronoun are an acronym, a name
    low = tok.text if _is_acronym(tok) else tok.lower_
    fresh = _new_unnamed_subject(tok, last, quoted, a.start) if low in quote_words.PRONOUNS_PERSON else None
    if fresh is not None:
        # "A shopkeeper described … “…,” she said": the person just introduced, not the last speaker
        tok, low = fresh, fresh.lower_
    if low in quote_words.PRONOUNS_PERSON or low in quote_words.PRONOUNS_GROUP:
        a.speaker_span = (tok.idx, tok.idx + len(tok.text))
        target = _antecedent(
            ctx, tok, last, para_of, quoted, genders, person=low in quote_words.PRONOUNS_PERSON
        )
        a.entity = target
        a.speaker_name = target.name if target else tok.text
        if target is None:
            unnamed = _unnamed_last_speaker(last, tok, para_of)
            if unnamed is not None:
                a.speaker_name = unnamed  # "A relative told IranWire … “…,” she said"
        return
    if low in quote_words.PRONOUNS_NONE:
        a.speaker_span = (tok.idx, tok.idx + len(tok.text))
        a.speaker_name = tok.text
        document = document_reported_before(tok) if closing_it(tok) else None
        if document is not None:
            # "According to the statement, 80 were held. Four banks were burned, it said": the
            # document goes on speaking (as the one it was resolved to), not a name in between
            if last is not None and last.speaker_tok is not None and last.speaker_tok.i == document.i:
                a.entity, a.speaker_name = last.entity, last.speaker_name or tok.text
            return
        if low == "it" and a.cue_tok is not None and tok.dep_ == "nsubj":
            # "“…,” it said": the organisation (or country) spoken of before
            target = _body_subject_above(ctx, tok, a, last, para_of, quoted, genders)
            if target is None:
                target = _body_subject_before(ctx, tok, a, last, para_of, quoted, genders)
            if target is None:
                target = _organisation_antecedent(ctx, tok, last, quoted, kinds=_IT_TYPES)
            if target is not None:
                a.entity, a.speaker_name = target, target.name
        return
    group = _partitive_group(ctx, tok, quoted)
    if group is not None:
        # "“…,” said one of them": one of the group named just before; the phrase stays as written
        i, j = quote_cues.speaker_phrase(tok)
        described = _described_one_of_them(tok)
        if described is not None:
            # "One of them, a 31-year-old nurse from the old town, told …": as written, with the
            # description of the one who speaks
            j = max(j, described.right_edge.i + 1)
        a.speaker_span = (doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))
        a.speaker_name = text[a.speaker_span[0] : a.speaker_span[1]]
        a.entity = group
        return
    owner_pronoun = _owning_pronoun(tok)
    if owner_pronoun is not None:
        # "“…,” her accompanying tweet said": the document is the one "her" refers to
        owner = _pronoun_owner(ctx, owner_pronoun, a, last, para_of, quoted, genders, marked)
        if owner is not None:
            a.speaker_span = (tok.left_edge.idx, tok.idx + len(tok.text))
            a.entity, a.speaker_name = owner, owner.name
            return
    author = _document_author(tok)
    if author is not None:
        tok = author
    else:
        owner = _document_owner(ctx, tok, last, quoted)
        if owner is not None:
            a.speaker_span = (tok.idx, tok.idx + len(tok.text))
            a.entity, a.speaker_name = owner, owner.name
            return
    owner = _described_possessor(ctx, tok, last, quoted)
    if owner is not None:
        # "according to the organisation's research": the organisation spoken of before
        a.speaker_span = (tok.idx, tok.idx + len(tok.text))
        a.entity, a.speaker_name = owner, owner.name
        return
    if fresh is None and a.cue_tok is not None and para_of(tok.idx) != para_of(a.cue_tok.idx):
        # the parser ran the paragraph before ("5:45 p.m.") into the cue's sentence (not the
        # person "he" refers to, just introduced at the end of the paragraph before)
        tok = _subject_in_paragraph(a.cue_tok, para_of)
        if tok is None:
            return
    tok = _person_after_titled_body(tok)
    tok = _person_after_title(tok, index)
    tok = _named_head_of_apposition(tok)
    tok = _named_after_joined_titles(tok)
    described = tok
    tok = _person_in_apposition(tok, index)
    if tok.i != described.i and _definite_person_noun(described):
        # "The lawyer, Galym Nurpeisov, said": names the unnamed lawyer quoted just before
        a.names_earlier, a.named_noun = True, described.lemma_.lower()
    given = given_name(tok)
    if given is not None:
        # "The man, who gave his name as Yerlan,": "the" refers back to someone unnamed before
        a.names_earlier = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        tok = given
    i, j = quote_cues.speaker_phrase(tok)
    holder = _untagged_holder_after_title(tok)
    if holder is not None:
        # "Kassala Deputy-Mayor Ester Nkemba": the person after the title, not the town before it
        i = holder
    s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    description = _described_unnamed(tok)
    if description is not None and description.i >= j:
        # "One of those released, a 29-year-old engineer from Tajoura, said": as written, with the
        # description of the one who speaks (the names inside it are no name of the speaker)
        last_word = description.right_edge
        e = max(e, last_word.idx + len(last_word.text))
    a.speaker_span = (s, e)
    a.speaker_name = text[s:e]
    if holder is not None and index.at(s, e) is None:
        a.entity = index.add_mention(a.speaker_name, s, e, "PERSON")
        return
    run = _name_past_descriptor(doc, i, j, a.cue_tok) if holder is None else None
    if run is not None:
        # "Media watchdog Reporters Without Borders said": the name the parser split off its descriptor
        s, e = doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1].text)
        a.speaker_span, a.speaker_name = (s, e), text[s:e]
        known = index.by_name(a.speaker_name)  # the tagger's entity here may hold half the name
        if known is not None:
            a.entity = index.add_reference(known.id, s, e) or known
        else:
            types = {doc[k].ent_type_ for k in range(*run)}
            a.entity = index.add_mention(a.speaker_name, s, e, "PERSON" if types == {"PERSON"} else "ORG")
        a.speaker_name = a.entity.name
        return
    if _definite_body_of_bodies(tok):
        # "The coalition of 22 organisations said": the coalition named before, not a new group
        found = _organisation_antecedent(ctx, tok, last, quoted, kinds=frozenset({"ORG"}))
        if found is not None:
            a.entity, a.speaker_name = found, found.name
            return
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in quote_cues.GATHERING_NOUNS and j > tok.i + 1:
        # "A group of independent UN human rights experts": the experts speak, not the UN
        g_s = doc[i + 1].idx if doc[i].lower_ in {"a", "an", "the"} else s
        a.entity = index.add_mention(text[g_s:e], g_s, e, "GROUP")
        a.speaker_name = a.entity.name
        return
    member = _surname_after_possessive(index, tok)
    if member is not None:
        # "the German Policy Fund’s Hartmann said": Lena Hartmann, named before, of that body
        a.entity = index.add_reference(member.id, s, e) or member
        a.speaker_name = member.name
        return
    # the name itself, without "the judiciary's" or "a": compounds and the head
    # "Gary Johnson’s doctor" is the doctor: the possessor's name is not the speaker's
    possessor = {t.i for c in tok.children if c.dep_ == "poss" and tok.pos_ != "PROPN" for t in c.subtree}
    core = [
        t
        for t in doc[i:j]
        if t.i not in possessor
        and (t.pos_ == "PROPN" or t.i == tok.i or (t.dep_ == "compound" and t.head.i >= tok.i))
    ]
    # "the California congressman" is a congressman, not California: a place
    # before a common noun locates the speaker; an organisation ("an Amnesty
    # International researcher") still names the source
    if tok.ent_type_ == "PERSON":
        # "Homeland Security Secretary John Blake": the title names an office, the person speaks
        p_i, p_j = quote_cues.entity_bounds(tok)
        core = [t for t in core if p_i <= t.i < p_j] or core
    known = _name_it_goes_by(ctx, tok)
    if known is not None:
        # "The opposition alliance known as the Front for Change said": the Front
        a.entity = index.add_reference(known.id, s, e) or known
        a.speaker_name = known.name
        return
    court = _court_speaking(ctx, tok, doc[i:j], quoted)
    if court is not None:
        # "“…,” the verdict said" after "The Tbilisi City Court sentenced …": the court
        a.entity = index.add_reference(court.id, s, e) or court
        a.speaker_name = court.name
        return
    referent = _description_referent(ctx, tok, doc[i:j], last, quoted, genders)
    issuer = _unnamed_issuer(ctx, tok) if referent is None or referent[0] is None else None
    if issuer is not None:
        # "“…,” the post said" after "In a post, the Kavu collective reported": the collective
        by = Attribution(a.kind, a.start, a.end, speaker_tok=issuer)
        _speaker(ctx, by, last, para_of, quoted, genders, marked)
        if by.speaker_name is not None:
            a.entity, a.speaker_name = by.entity, by.speaker_name
            return
    if referent is not None:
        entity, name = referent
        a.speaker_name = name
        if entity is not None:
            a.entity = index.add_reference(entity.id, s, e) or entity
            if not (tok.lemma_.lower() in quote_words.SUB_BODY_NOUNS and _head_word(name) == tok.lower_):
                a.speaker_name = entity.name  # "the office said" keeps "the UN human rights office"
        return
    if (
        _person_of_a_place(tok, core, index)
        or _located_by_name(tok, core)
        or (tok.pos_ == "NOUN" and _named_relation(tok))
    ):
        # "the mother of Ana Diaz said": her, unnamed; the name is someone else's
        a.speaker_name = text[s:e]  # "A resident of Sanandaj told …": someone from there, unnamed
        return
    # a name is capitalised: "the judiciary chief" is a description even when the tagger says PROPN
    # an outlet's noun makes the name before it the outlet's, whatever place the tagger saw in it
    # ("the state-run Kayhan daily")
    media = is_media_noun(tok) or (tok.text.islower() and tok.lemma_.lower() in entity_words.MEDIA_NOUNS)
    outlet = media and not is_country_name(text[core[0].idx : tok.idx].strip())
    named = (
        (
            _is_name(tok)
            or _is_acronym(tok)  # "WHO said": the tagger's relative pronoun is an organisation's initials
            or (tok.ent_type_ in {"ORG", "PERSON"} and tok.text[:1].isupper())  # "Amnesty:" tagged as a noun
            or any(_is_name(t) and (t.ent_type_ not in _PLACE_TYPES or outlet) for t in core)
        )
        and not _people_before_group(tok, core)
    )
    c_s, c_e = core[0].idx, core[-1].idx + len(core[-1].text)
    titled = (_titled_person(ctx, tok) or _last_speaker_titled(tok, last)) if named else None
    if titled is None and named:
        # "the State Police lieutenant" after "State Police Lt. X", "the IG Punjab" after
        # "Inspector General of Police Punjab X": the title given before the name, shortened or
        # spelt out
        titled = _holder_of_the_title_as_written(ctx, tok, doc[i:j], quoted)
    if titled is None and named:
        titled = _head_of_named_body(ctx, tok, core, para_of, quoted, genders)
    if titled is not None:
        # "the Special Rapporteur said" after "Special Rapporteur Ana Diaz": her
        a.entity = index.add_reference(titled.id, s, e) or titled
        a.speaker_name = titled.name
        return
    entity = index.at(c_s, c_e) if named else None
    if entity is not None and _place_inside_name(entity, c_s, c_e, core):
        entity = None  # "Iran Human Rights said": a country inside an organisation's name
    if entity is None and named:
        entity = index.by_name(text[c_s:c_e])
    if entity is None and named:
        label = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}.get(tok.ent_type_, "ORG")
        if label != "PERSON" and (_described_as_person(tok) or _aged(tok)):
            label = "PERSON"  # "Nop Vy, the association's executive director,": a name the tagger missed
        person = person_at_end(text, c_s, c_e) if label != "PERSON" else None
        if person is not None:
            # "U.N. High Commissioner for Human Rights Michelle Bachelet": the office, then the person
            s, label = person, "PERSON"
            a.speaker_span, a.speaker_name = (s, e), text[s:e]
        entity = index.add_mention(text[s:e], s, e, label)
    elif (
        entity is None
        and _definite_description(doc[i:j], tok)
        and tok.lemma_.lower() not in quote_words.REPORT_NOUNS
        and not _related_to_someone_new(tok)
    ):  # "according to the centre's count": a document, never a person ("a count")
        # "the California congressman said": the person named just before
        entity = _description_antecedent(ctx, tok, para_of, quoted, genders)
        if entity is not None and _named_body_noun(tok) and not _organisation_words(entity):
            # "the party said" ("party" is also a noun for a person) is no minister named before;
            # "the monitor" may be an observatory the tagger called a person
            entity = None
        if entity is not None:
            entity = index.add_reference(entity.id, s, e) or entity
            a.speaker_name = entity.name
        else:
            again = _unnamed_described_again(tok, last, para_of, quoted)
            if again is not None:
                a.speaker_name = again  # "A street vendor … said …. “…,” the woman added"
    elif (
        entity is None
        and (
            tok.tag_ in {"NNS", "NNPS"}
            or tok.lemma_.lower() in quote_words.COLLECTIVES
            or tok.lemma_.lower() in entity_words.COLLECTIVE_PEOPLE  # "the opposition said"
        )
        and tok.lemma_.lower() not in quote_words.REPORT_NOUNS
    ):
        # a group speaker ("security officials", "the police") is an actor too;
        # "the ministry's figures" is a document, no group
        named_group = _coordinated_names(ctx, tok, doc[i:j], quoted) or _group_named_with_its_body(
            ctx, tok, doc[i:j], quoted
        )
        if named_group is not None:
            # "Top lawyers from the Bar Council urged … “…,” the lawyers said": that group
            a.entity, a.speaker_name = named_group, named_group.name
            return
        name, g_s = text[s:e], s
        for det in ("the ", "some ", "many ", "several ", "other "):
            if name.lower().startswith(det):
                name, g_s = name[len(det) :], g_s + len(det)
        entity = index.add_mention(name, g_s, e, "GROUP")
    a.entity = entity
    if entity is not None and named:
        a.speaker_name = entity.name
        if _part_of_named_body(ctx, tok, entity):
            # "the U.N. human rights office said": the office speaks, within the U.N.
            first = doc[i + 1] if doc[i].dep_ == "det" and i + 1 < j else doc[i]
            a.speaker_name = text[first.idx : e]


def _may_be_the_one_asked(ctx: ExtractContext, asked: Token, reply: Token, genders: Genders) -> bool:
    """Whether the reply's "he"/"she" or description fits the person asked: no other gender."""
    pronoun = reply.lower_ if reply.lower_ in replies.SINGULAR else _pronoun_of_noun(reply)
    if pronoun is None:
        return True
    if asked.pos_ == "NOUN":
        return _pronoun_of_noun(asked) in {None, pronoun}
    i, j = quote_cues.entity_bounds(asked) if asked.ent_type_ else (asked.i, asked.i + 1)
    doc = asked.doc
    return genders.fits(ctx.entities.at(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)), pronoun)


#: The possessives that open an honorific: "His Highness", "Her Majesty", "Your Excellency".
_HONORIFIC_OWNERS = frozenset({"his", "her", "your"})

#: How many tokens before "you" a vocative "Your Excellency," may stand in its sentence.
VOCATIVE_TOKENS = 40

#: How many capitalised words may follow an honorific before the name ends ("His Highness the Amir
#: Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"), and the pattern of one honoured person: the honorific
#: (group "word"), then "the" and an office or the name itself (group "run").
HONOURED_WORDS = 8
_HONOURED = re.compile(
    r"\b(?:His|Her)[ \u00a0]+(?:Royal[ \u00a0]+)?(?P<word>[A-Z][a-z]+)\b,?[ \u00a0]+"
    rf"(?P<run>(?:the[ \u00a0]+)?[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){{0,{HONOURED_WORDS - 1}}})"
)
_HONOURED_KEY = "tally.quotes.honoured"


def _honorific_start(tok: Token) -> int:
    """The first token of the honorific *tok* ends ("His" of "His Royal Highness"), or *tok*."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ == "royal":
        k -= 1
    return (
        k if k >= 0 and doc[k].lower_ in _HONORIFIC_OWNERS and tok.lower_ in quote_words.HONORIFICS else tok.i
    )


def _honorific_of(tok: Token) -> str | None:
    """The honorific (lower case) a speaker's word stands for: "His Highness" is "highness"; "you"
    in a sentence that addresses its reader as "Your Excellency," is "excellency"."""
    doc = tok.doc
    if tok.lower_ in quote_words.HONORIFICS and tok.text[:1].isupper():
        return tok.lower_ if _honorific_start(tok) < tok.i else None
    if tok.lower_ != "you":
        return None
    lo = max(tok.sent.start, tok.i - VOCATIVE_TOKENS)
    for k in range(tok.i - 1, lo, -1):
        word = doc[k]
        if (
            word.lower_ in quote_words.HONORIFICS
            and word.text[:1].isupper()
            and doc[k - 1].lower_ == "your"
            and k + 1 < len(doc)
            and doc[k + 1].text == ","
        ):
            return word.lower_  # "Your Excellency, when you received the report you said …"
    return None


def _honoured_one(ctx: ExtractContext, tok: Token) -> Entity | None:
    """The person the article named with the honorific *tok* stands for, the nearest before it: "His
    Grace Archbishop Ana Diaz" for "His Grace said" (or "you" after "Your Grace,").

    An honorific is a way of naming one person, as a name is: the article gives it once with the
    name ("His Excellency X, President of …", "His Highness the Amir X") and then uses it alone.
    The person is the last name the tagger found in the words after the honorific, or those
    words (without "the") when it found none. None when no one before was named with it.
    """
    word = _honorific_of(tok)
    if word is None:
        return None
    doc = tok.doc
    text = doc_text(doc)
    held = doc.user_data.get(_HONOURED_KEY)
    if held is None:  # the honoured names depend on the text alone: read once per Doc
        held = doc.user_data[_HONOURED_KEY] = [
            (m.group("word").lower(), m.start("run"), m.end("run")) for m in _HONOURED.finditer(text)
        ]
    hits = [(s, e) for w, s, e in held if w == word and e <= tok.idx]
    if not hits:
        return None
    start, end = hits[-1]
    for _m_start, m_end, entity in ctx.entities.mentions_backwards(start, end):
        if _may_be_person(entity) and m_end == end:
            return entity
    for _m_start, _m_end, entity in ctx.entities.mentions_backwards(start, end):
        if _may_be_person(entity):
            return entity
    if text.startswith("the", start):
        start = text.find(" ", start) + 1
    return ctx.entities.add_mention(text[start:end], start, end, "PERSON")


#: Entity labels of capitalised words that are no part of a name after a descriptor ("A government
#: spokesman Tuesday said").
_NOT_NAME_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})

#: Parts of speech of a descriptor before a name ("watchdog", read as a verb by the small model, "relief
#: agency"); a determiner or preposition is none ("the Minister of Justice").
_DESCRIPTOR_POS = frozenset({"NOUN", "VERB", "ADJ"})

#: Most words a name may run on past the speaker's phrase ("Without Borders", "to Protect
#: Journalists"); a longer capitalised run is a heading, not a name, and is never read further.
_NAME_RUN_MAX_TOKENS = 6


def _capitalised_name_word(tok: Token) -> bool:
    """A word that may be part of a name: capitalised letters, not a date or a number."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ not in _NOT_NAME_TYPES


def _name_past_descriptor(doc: Doc, i: int, j: int, cue: Token | None) -> tuple[int, int] | None:
    """Token indices ``[n, k)`` of a name that runs on past the speaker's phrase ``[i, j)``.

    "Media watchdog Reporters Without Borders said", "the relief agency Doctors Without Borders
    told", "the press freedom group Committee to Protect Journalists said": a lower-case
    descriptor, then an organisation's name that holds a capitalised or lower-case preposition,
    which the small model splits (the descriptor read as a verb, the phrase ended inside the
    name). The name is the capitalised words after the descriptor's last lower-case word,
    joined by the lower-case words of :data:`NAME_CONNECTORS`; it must go on past the phrase and
    end right at the cue ("… Borders said") or at the verb the cue is joined to ("… Borders
    welcomed the ruling and reiterated “…”"), or, after a cue before it, at punctuation ("said
    the agency Doctors Without Borders."). ``None`` for any other phrase.
    """
    if cue is None:
        return None
    n = j
    while n > i and _capitalised_name_word(doc[n - 1]):
        n -= 1
    if n == i or not doc[n - 1].text.islower() or doc[n - 1].pos_ not in _DESCRIPTOR_POS:
        return None  # no lower-case descriptor right before the name ("the Minister of Justice said")
    k, stop = j, min(len(doc), j + _NAME_RUN_MAX_TOKENS)
    while k < stop and (
        _capitalised_name_word(doc[k])
        or (
            k > n
            and doc[k].lower_ in quote_words.NAME_CONNECTORS
            and doc[k].text.islower()
            and k + 1 < len(doc)
            and _capitalised_name_word(doc[k + 1])
        )
    ):
        k += 1
    if k == j:
        return None  # the parser's phrase already holds the whole name
    verb = cue
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "X welcomed the ruling and reiterated “…”": the name ends at the first verb
    ends_at_cue = k in {cue.i, verb.i}
    ends_after_cue = cue.i < i and (k == len(doc) or doc[k].is_punct)
    return (n, k) if ends_at_cue or ends_after_cue else None


def _asker_of_fronted_question(doc: Doc, a: Attribution, verb: Token) -> Token | None:
    """The asker of a question fronted before the cue, when the quote is inside it: "Asked by
    Radio X whether the army would “…,” the minister said" quotes Radio X's question, not the
    minister. The question is a passive participle of asking with an agent, an adverbial clause
    of the cue before it; a quote outside it ("Asked about the army, the minister said “…”") is
    the cue's."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].i >= verb.i:
        return None
    node = span[0]
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    if (
        node.head.i != verb.i
        or node.dep_ != "advcl"
        or any(t.i > node.right_edge.i for t in span if not t.is_punct)
    ):
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in node.children):
        # "Asked by X, if …": the parser hangs the question on the cue beside the participle
        node = next((c for c in verb.children if c.dep_ == "advcl" and c.i < node.i), node)
    if node.tag_ != "VBN" or node.lemma_.lower() not in quote_cues.ASKED_VERBS:
        return None
    agent = next((c for c in node.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((g for g in agent.children if g.dep_ == "pobj"), None)


def _surname_after_possessive(index: EntityIndex, tok: Token) -> Entity | None:
    """The person a lone name after a body's possessive is the surname of.

    "the German Policy Fund’s Hartmann", "Interior Security's Reyes": a name of
    one word whose possessor is a name is a member of that body, the person of
    that surname named before; "Iran's Revolutionary Guards" (a name of several
    words) and "Russia's Gazprom" (no person of that name) are left alone.
    """
    if tok.pos_ != "PROPN" or any(c.dep_ in {"compound", "amod"} for c in tok.children):
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children):
        return None
    entity = index.by_name(tok.text)
    if entity is None or not _may_be_person(entity):
        return None
    parts = entity.name.split()
    return entity if len(parts) >= 2 and parts[-1] == tok.text else None


#: How far (in tokens) a pronoun looks back for a new subject, and a noun for the clause giving its name.
SUBJECT_WINDOW_TOKENS = 60


def _body_subject_before(
    ctx: ExtractContext,
    tok: Token,
    a: Attribution,
    last: Attribution | None,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
) -> Entity | None:
    """What "it said" refers to when the sentence before has a body or a document as its subject.

    "The prosecutor's office rejected the allegations. In a statement, it
    said": the office, though no name was given to it and a name stands in the
    clause between; "“…,” the statement said. It warned that …": the one whose
    statement it was. A noun inside the sentence before ("the march") is
    never what "it" reports for.
    """
    start = tok.sent.start
    if start == 0:
        return None
    doc = tok.doc
    before = doc[start - 1].sent
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and not quoted(c.idx)), None)
    if (
        subject is None
        or subject.pos_ not in {"NOUN", "PROPN"}
        or para_of(subject.idx) < para_of(tok.idx) - 1
    ):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return None  # "His ministry said …": resolved through its owner by the rule for "it"
    lemma = subject.lemma_.lower()
    if lemma in quote_words.DOCUMENT_NOUNS:
        # the statement said, then it warned: whoever the statement spoke for
        if last is not None and last.speaker_tok is not None and last.speaker_tok.i == subject.i:
            return last.entity
        return None
    return _body_of_subject(ctx, subject, a, last, para_of, quoted, genders, kinds=_ORG_TYPES)


def _body_of_subject(
    ctx: ExtractContext,
    subject: Token,
    a: Attribution,
    last: Attribution | None,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
    *,
    kinds: frozenset[str],
) -> Entity | None:
    """The body (an entity of *kinds*, or a singular group) a subject noun names, else ``None``."""
    lemma = subject.lemma_.lower()
    # "the regional police command issued a notice …. “…,” it said": a body by its common noun
    body = (
        lemma in quote_words.SUB_BODY_NOUNS
        or lemma in quote_words.GENERIC_ORGANISATION_NOUNS
        or (subject.pos_ == "NOUN" and lemma in entity_words.ORGANISATION_NOUNS)
    )
    if is_person_noun(lemma) and not body:
        return None
    by = Attribution(a.kind, a.start, a.end, speaker_tok=subject)
    _speaker(ctx, by, last, para_of, quoted, genders)
    if by.entity is None and by.speaker_name and body:
        # "the prosecutor's office": a body the article gave no name
        s, e = by.speaker_span or (subject.idx, subject.idx + len(subject.text))
        by.entity = ctx.entities.add_mention(by.speaker_name, s, e, "ORG")
    if by.entity is None or _may_be_person(by.entity):
        return None
    # "the interior ministry", a body the article names by a common noun, is kept as a group
    singular_group = by.entity.type == "GROUP" and subject.tag_ in {"NN", "NNP"}
    if by.entity.type not in kinds and not singular_group:
        return None  # "The march was illegal. It said": no body
    return by.entity


#: How many heads "it" climbs to the subject of a clause above its own.
IT_CLIMB_DEPTH = 8


def _body_subject_above(
    ctx: ExtractContext,
    tok: Token,
    a: Attribution,
    last: Attribution | None,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
) -> Entity | None:
    """What "it said" refers to when it stands in a clause below one whose subject is a body.

    "The army said it had searched the vessel, which it said was bound for Korvat",
    "Chile asked for compensation for each of the fishermen it said were lost": a pronoun in a
    clause below the clause of its antecedent is bound by that clause's subject, so "it" is the
    army, Chile, not a body named nearer before the sentence. Another "it" on the way up is
    the same referent and is passed; a person, a pronoun for people or quoted words as the subject
    above leave the choice to the rules after this one, and so does a document ("The statement
    listed the changes it said …": whoever issued it).
    """
    node = tok.head
    for _ in range(IT_CLIMB_DEPTH):
        if node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is None or subject.lower_ == "it":
            continue
        if quoted(subject.idx) or subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        lemma = subject.lemma_.lower()
        if lemma in quote_words.DOCUMENT_NOUNS or (
            subject.pos_ == "NOUN" and lemma in quote_words.GENERIC_ORGANISATION_NOUNS
        ):
            # "the banned militant group claimed …, which it said": "the group" points back to a
            # body named before, which the rules for "it" after this one find; resolving it here
            # would leave its reading on the index for the figures
            return None
        body = _body_of_subject(ctx, subject, a, last, para_of, quoted, genders, kinds=_IT_TYPES)
        first = min((m[0] for m in body.mentions), default=subject.idx) if body is not None else subject.idx
        if subject.pos_ == "NOUN" and first < subject.left_edge.idx:
            # "the ministry said …, which it said": a description of a body named before is left
            # to the rules for "it" after this one
            return None
        return body
    return None


def _new_unnamed_subject(
    tok: Token, last: Attribution | None, quoted: Callable[[int], bool], quote_start: int
) -> Token | None:
    """A person just introduced without a name whom "he"/"she" after it refers to.

    "A shopkeeper from the market described seeing … “…,” she said": the
    subject of the sentence (or the one before), indefinite ("a", "an",
    "another", "one") and a noun for a person, is someone new; the pronoun
    is theirs, not the last speaker's. Only the subject of a sentence's main
    verb counts ("watching soldiers drag …" has "soldiers" as a subject too),
    and only the nearest such subject outside quoted speech.
    """
    doc = tok.doc
    # the last speaker's own phrase ends here: its subject is already the antecedent
    spoke_at = (last.speaker_span or (last.start, last.start))[1] if last is not None else -1
    k = tok.i - 1
    # the sentence before the quote, however many sentences the quote itself has
    opening = doc[max(0, bisect_left(token_starts(doc), quote_start) - 1)]
    first = opening if opening.i < tok.i else tok
    lo = min(window_start(tok, 2), window_start(first, 2))
    lo = max(lo, first.i - SUBJECT_WINDOW_TOKENS)
    while k >= lo:
        cand = doc[k]
        k -= 1
        # "Another client, a teacher, was arrested at home. “…,” she told me": a passive subject too,
        # when an article makes it someone new ("Her mother … was born in Texas" is told about)
        passive_new = cand.dep_ == "nsubjpass" and any(
            c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in cand.children
        )
        subject = (cand.dep_ == "nsubj" or passive_new) and cand.head.dep_ == "ROOT"
        if not (subject or _interviewee(cand)) or quoted(cand.idx):
            continue
        if cand.idx < spoke_at:
            return None  # the last speaker's own subject: already the antecedent
        indefinite = (
            any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in cand.children)
            or _related_to_someone_new(cand)
            or _named_relation(cand)  # "The mother of Majid Rahnavard, who was hanged …, said"
            or _named_possessor(cand)  # "Rahnavard's mother spoke to reporters"
            or _kin_of_the_one_spoken_of(cand, tok)  # "His mother disputes that account."
        )
        if (
            cand.pos_ == "NOUN"
            and cand.tag_ == "NN"
            and indefinite
            and is_person_noun(cand.lemma_.lower())
            and cand.lemma_.lower() not in quote_words.COLLECTIVES
        ) or (cand.lower_ == "one" and _described_one_of_them(cand) is not None):
            return cand
        if cand.pos_ in {"PROPN", "NOUN"}:
            return None  # someone else became the subject since
    return None


#: Verbs of a sentence that brings in someone the reporter spoke to: "Our correspondent spoke to
#: a 19-year-old protester", "AFP interviewed a nurse".
_SPOKE_TO_VERBS = frozenset({"speak", "talk"})
_INTERVIEW_VERBS = frozenset({"interview", "meet", "reach", "contact", "visit"})


#: Who a subject speaks to without being spoken to: "spoke to reporters" brings in no one new.
_AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "press", "media", "correspondent"})


def _interviewee(tok: Token) -> bool:
    """The one a sentence's main verb says the reporter spoke to: "spoke to a protester", "interviewed
    a nurse". Whoever says "he said" next is that person (an indefinite noun for a person)."""
    head = tok.head
    if tok.lemma_.lower() in _AUDIENCE_NOUNS:
        return False  # "X's mother spoke to reporters": the press listens, the subject speaks
    if tok.dep_ == "pobj" and head.lower_ in {"to", "with"}:
        verb = head.head
        return verb.dep_ == "ROOT" and verb.lemma_.lower() in _SPOKE_TO_VERBS
    return tok.dep_ == "dobj" and head.dep_ == "ROOT" and head.lemma_.lower() in _INTERVIEW_VERBS


def _is_name(tok: Token) -> bool:
    """A proper noun as written: tagged PROPN and capitalised (or a number, "7amleh")."""
    return tok.pos_ == "PROPN" and not tok.text[:1].islower()


def _part_of_named_body(ctx: ExtractContext, tok: Token, entity: Entity) -> bool:
    """Whether *tok* heads a part of the organisation *entity* named before it: "the UN refugee agency".

    The name inside the phrase is the whole organisation ("UN"); the office,
    agency or mission of it is who speaks, and its phrase is how it is known
    ("the UN human rights office", not "UN").
    """
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in quote_words.SUB_BODY_NOUNS or is_media_noun(tok):
        return False  # "the state-run Kavir news agency" is the outlet Kavir itself
    # one look-up in the index, not a walk over every mention of a much-named organisation
    return ctx.entities.at(tok.idx, tok.idx + len(tok.text)) is not entity


def _people_before_group(tok: Token, core: Sequence[Token]) -> bool:
    """Whether the only name before a common noun is a people's adjective: "Tajik officials".

    The tagger reads some demonyms ("Azerbaijani", "Tajik", "Sri Lankan") as
    a person's or an organisation's name; the speaker is then the officials,
    a group, never someone called "Tajik" (a country's word alone names no
    speaker anyone can tell apart).
    """
    if tok.pos_ != "NOUN":
        return False
    names = [t for t in core if t.i < tok.i and _is_name(t)]
    if not names or names[-1].i - names[0].i + 1 != len(names):
        return False
    return _is_demonym(doc_text(tok.doc)[names[0].idx : names[-1].idx + len(names[-1].text)])


def _is_demonym(words: str) -> bool:
    """Whether *words* name a country's people: "Malagasy", "Tajik" (Tajikistan), "Sri Lankan".

    The gazetteer keeps one demonym per country; the words a country's name
    is built from ("Kyrgyz" + "stan") or adds a letter to ("Sri Lanka" + "n")
    cover the other usual forms.
    """
    from tally.resources.gazetteer import load_gazetteer

    if load_gazetteer().demonym(words) is not None:
        return True
    return any(is_country_name(words + end) for end in ("stan", "istan")) or (
        words.endswith("n") and is_country_name(words[:-1])
    )


def _described_as_person(tok: Token) -> bool:
    """A name in apposition with a noun for a person: "Nop Vy, the association's executive director"."""
    if tok.ent_type_ in {"ORG", "GPE", "NORP"}:
        return False  # the tagger's reading of a name it knew stands
    related = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    if tok.dep_ == "appos" and tok.head.i < tok.i:
        related.append(tok.head)
    return any(
        t.pos_ == "NOUN"
        and is_person_noun(t.lemma_.lower())
        and t.lemma_.lower() not in quote_words.COLLECTIVES
        for t in related
    )


def _person_of_a_place(tok: Token, core: Sequence[Token], index: EntityIndex) -> bool:
    """ "a resident of Sanandaj", "a nurse in Kisumu": a noun for a person whose only name is
    a place (or a name the tagger took for a person) in a phrase after it.

    The speaker is that unnamed person. An organisation there still names the
    source ("a researcher at Human Rights Watch"), but a building does not
    speak: "a doctor at Kenyatta National Hospital" is the unnamed doctor, and
    "a student at Sharif University" the unnamed student.
    """
    if tok.pos_ != "NOUN" or not is_person_noun(tok.lemma_.lower()):
        return False
    names = [t for t in core if t.pos_ == "PROPN"]
    if not names or any(t.i < tok.i or not _after_preposition(t, tok) for t in names):
        return False
    for t in names:
        if _through_a_site(t, tok):
            continue  # "a doctor at the Arbaeen hospital in Omdurman": the name places the hospital
        entity = index.at(t.idx, t.idx + len(t.text))
        if (
            entity is not None
            and entity.type in {"ORG", "MEDIA"}
            and not_a_site(entity)
            and not _campus(entity)
        ):
            return False
    return True


def _through_a_site(t: Token, head: Token) -> bool:
    """*t* hangs from *head* through a common noun for a building ("hospital", "prison")."""
    node = t.head
    while node.i != head.i and node.head.i != node.i:
        if node.pos_ == "NOUN" and node.lower_ in entity_words.SITE_WORDS:
            return True
        node = node.head
    return False


def _located_by_name(tok: Token, core: Sequence[Token]) -> bool:
    """ "a Mandalay resident", "an Omdurman shopkeeper": an indefinite noun for a person that is
    no office, whose only names modify it before it, is someone unnamed from there.

    The tagger may call the place an organisation; a noun of an office
    ("an Amnesty researcher", "a Reuters reporter") still speaks for the name.
    """
    low = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not is_person_noun(low) or low in entity_words.ROLE_WORDS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return False
    names = [t for t in core if t.pos_ == "PROPN"]
    return bool(names) and all(t.i < tok.i and t.dep_ == "compound" and t.head.i == tok.i for t in names)


def _campus(entity: Entity) -> bool:
    """A university or college: "a student at Sharif University of Technology" is the student."""
    return any(w in quote_words.CAMPUS_WORDS for w in entity.name.lower().split())


def _after_preposition(t: Token, head: Token) -> bool:
    """*t* hangs from *head* through a preposition ("resident of X", "doctor at X")."""
    node = t
    # spaCy makes a new Token object on every access: compare indices, never identity
    while node.head.i != node.i and node.head.i != head.i:
        node = node.head
    return node.head.i == head.i and node.dep_ == "prep"


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of capitalised words in a description that are no name of the organisation.
_NOT_A_NAME = frozenset({"LOC", "FAC", "DATE"})


def _place_inside_name(entity: Entity, start: int, end: int, core: Sequence[Token]) -> bool:
    """Whether *entity* is a place named inside the longer proper name ``[start, end)``.

    "Iran Human Rights", "Kenya Human Rights Commission", "Ukraine International
    Airlines": a run of capitalised words that begins or ends with a country is
    an organisation's name, and the country is only a word of it.
    """
    if entity.type not in _PLACE_TYPES or sum(t.pos_ == "PROPN" for t in core) < 2:
        return False
    if core[-1].ent_type_ in _PLACE_TYPES:
        return False  # "Kenya's capital Nairobi": a name that ends in a place is a place
    return not any(m_start <= start and end <= m_end for m_start, m_end in entity.mentions)


#: What "it said" may refer to; "the group said" refers to an organisation or an outlet only.
_IT_TYPES = frozenset({"ORG", "MEDIA", "GPE"})
_ORG_TYPES = frozenset({"ORG", "MEDIA"})

#: A description refers back to a speaker or a name at most this many sentences before it.
DESCRIPTION_SENTENCES = 2


def _within_sentences(tok: Token, offset: int, n: int = DESCRIPTION_SENTENCES) -> bool:
    """*offset* lies in *tok*'s sentence or in one of the *n* sentences before it."""
    return offset >= _window_start(tok, n)


def _window_start(tok: Token, n: int) -> int:
    """The character offset where the *n* sentences before *tok*'s own begin."""
    return tok.doc[window_start(tok, n + 1)].idx


def _document_author(tok: Token) -> Token | None:
    """The author of a document that speaks: "a statement from the ISPR", "the ministry's statement",
    "X issued a statement saying".

    A description of the author ("a statement from the group", "a letter by
    the lawyers") is the author too: it is resolved as a speaker of its own.
    """
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in quote_words.DOCUMENT_NOUNS:
        return None
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.lower_ == "from" and pobj is not None and pobj.ent_type_ in _PLACE_OR_PEOPLE:
                return None  # "Reports from Mahshahr indicate …": where they come from, nobody named
            if pobj is not None and (pobj.pos_ == "PROPN" or _may_author(pobj)):
                return pobj
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ISSUING_VERBS:
            # "the statement issued by the union", "a report published by X": the one who issued it;
            # "a letter obtained by the newspaper" is someone else's
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and (pobj.pos_ == "PROPN" or _may_author(pobj)):
                return pobj
    if (
        tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in _ISSUING_VERBS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
    ):
        # "Mousavi issued a statement saying “…”": whoever issued the document it says; "police
        # obtained a letter saying" is someone else's letter
        issuer = report_issuer(tok)
        if issuer is not None and (issuer.pos_ == "PROPN" or _may_author(issuer)):
            return issuer
    return None


#: Verbs whose subject issues the document they govern: "X issued a statement saying …".
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "put", "send", "sign", "write", "share"})

#: Entity labels of a name after "reports from" that says where they come from (a town the small
#: model may tag as a people), not who wrote them.
_PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _owning_pronoun(tok: Token) -> Token | None:
    """The possessive pronoun a speaking document is owned by: "her" in "her accompanying tweet",
    "their" in "their joint letter", "its" in "its statement". ``None`` for any other phrase."""
    if tok.pos_ != "NOUN" or not _document_noun(tok):
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "poss"
            and c.pos_ == "PRON"
            and (
                c.lower_ in quote_words.PRONOUNS_PERSON
                or c.lower_ in quote_words.PRONOUNS_GROUP
                or c.lower_ == "its"
            )
        ),
        None,
    )


def _pronoun_owner(
    ctx: ExtractContext,
    pronoun: Token,
    a: Attribution,
    last: Attribution | None,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
    marked: Callable[[int], bool],
) -> Entity | None:
    """The entity a document's possessive pronoun refers to, resolved as that pronoun speaking:
    "his"/"her" a person, "their" a group, "its" the organisation spoken of before."""
    if pronoun.lower_ == "its":
        return _organisation_antecedent(ctx, pronoun, last, quoted, kinds=_ORG_TYPES)
    by = Attribution(a.kind, a.start, a.end, cue_tok=a.cue_tok, speaker_tok=pronoun)
    _speaker(ctx, by, last, para_of, quoted, genders, marked)
    return by.entity


def _may_author(tok: Token) -> bool:
    """A common noun that can issue a document: an organisation, a collective or a person."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        lemma in quote_words.GENERIC_ORGANISATION_NOUNS
        or lemma
        in entity_words.ORGANISATION_NOUNS  # "a statement by the commission", "the ministry's letter"
        or lemma in quote_words.COLLECTIVES
        or is_person_noun(lemma)
        or is_media_noun(tok)
    )


def _document_owner(
    ctx: ExtractContext, tok: Token, last: Attribution | None, quoted: Callable[[int], bool]
) -> Entity | None:
    """The owner of the account a document was posted on: "a message posted on its Telegram channel".

    A possessive inside the document's own clause names who published it; a
    pronoun ("its", "their") is the organisation that spoke last, else the one
    named last nearby.
    """
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in quote_words.DOCUMENT_NOUNS:
        return None
    site = _account_owner_name(tok)
    if site is not None:
        return ctx.entities.at(site.idx, site.idx + len(site.text))
    for clause in tok.children:
        if clause.dep_ not in {"acl", "relcl"}:
            continue
        for t in clause.subtree:
            if t.dep_ != "poss":
                continue
            if t.pos_ == "PRON":
                return _organisation_antecedent(ctx, t, last, quoted, kinds=_ORG_TYPES)
            if t.pos_ == "PROPN":
                return ctx.entities.at(t.idx, t.idx + len(t.text))
    return None


def _account_owner_name(document: Token) -> Token | None:
    """The named owner of the site a document is on: "a statement on the agency's website", "a
    notice posted on the website of the agency" (a noun of :data:`ACCOUNT_NOUNS` after "on" or
    "in", owned by a name through a possessive or "of"). "A statement on the court's ruling" is
    about the ruling, no site."""
    preps = [c for c in document.children if c.dep_ == "prep"]
    for clause in document.children:
        if clause.dep_ in {"acl", "relcl"}:
            preps += [c for c in clause.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in {"on", "in"}:
            continue
        for account in prep.children:
            if account.dep_ != "pobj" or account.lemma_.lower() not in figure_words.ACCOUNT_NOUNS:
                continue
            for owner in account.children:
                if owner.dep_ == "poss" and owner.pos_ == "PROPN":
                    return owner
                named = proper_noun_of(owner)
                if named is not None:
                    return named
    return None


def _head_word(name: str | None) -> str:
    words = (name or "").lower().replace("’s", "").replace("'s", "").split()
    return words[-1] if words else ""


def _phrase_head(a: Attribution) -> str:
    """The head noun of *a*'s speaker phrase: "cousin" in "A cousin of a student shot in Bandar
    Deylam", whose last word is a place (and may be tagged a person)."""
    head = a.speaker_tok
    return head.lower_ if head is not None and head.pos_ == "NOUN" else ""  # "the group" has its own rules


#: Common nouns written as initials, which name no body of their own: "the NGO said".
_GENERIC_ACRONYMS = frozenset({"ngo", "cso"})


def _description_referent(
    ctx: ExtractContext,
    tok: Token,
    phrase: Span | Sequence[Token],
    last: Attribution | None,
    quoted: Callable[[int], bool],
    genders: Genders,
) -> tuple[Entity | None, str | None] | None:
    """Entity and name a definite description refers to: "the spokesperson", "the envoy", "the group".

    - the head word of the last speaker's phrase, nearby ("a ministry
      spokesperson told … “…,” the spokesperson added"): the same speaker;
    - a noun for a person ("the top diplomat", "the Pakistani envoy"): the
      last speaker, nearby, when that is a person;
    - a noun for an organisation ("the group", "the rights organisation"):
      the last speaker when an organisation, else the organisation named last
      in the sentences just before;
    - a document ("the statement said"): the last speaker, when the last
      speaker's sentence mentions such a document.

    ``None`` when the phrase is not such a description or nothing fits.
    """
    # "the regional bloc": a lower-case word the tagger called a proper noun is still a noun
    # "the NGO": a common noun written in capitals, which the tagger takes for a name
    acronym = (
        tok.tag_ == "NNP" and tok.lower_ in _GENERIC_ACRONYMS and tok.i > 0 and tok.nbor(-1).lower_ == "the"
    )
    singular = (tok.pos_ == "NOUN" and tok.tag_ == "NN") or (tok.tag_ == "NNP" and tok.text.islower())
    if not acronym and (len(phrase) < 2 or phrase[0].lower_ != "the" or not singular):
        return None
    if _named_relation(tok) or _related_to_someone_new(tok):
        return None  # "the daughter of the jailed unionist Ana Diaz": someone new, not an earlier speaker
    organisation = (
        is_media_noun(tok) or tok.lemma_.lower() in quote_words.GENERIC_ORGANISATION_NOUNS or acronym
    )
    # "the New York-based group", "the Kremlin-backed broadcaster": where it is based or who
    # backs it is no name of it
    based = {
        t.i for b in phrase if b.lower_ == "based" or (b.head == tok and describes_it(b)) for t in b.subtree
    }
    if organisation and any(
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.ent_type_ not in _NOT_A_NAME
        and t.i not in based
        and not (acronym and t.i == tok.i)
        for t in phrase
    ):
        # "the semi-official Tasnim news agency", "the Hengaw rights group" name themselves;
        # "the Taliban spokesman" and "the Kurdish group" do not
        return None
    word, lemma = tok.lower_, tok.lemma_.lower()
    near = (
        last is not None
        and last.speaker_name is not None
        and last.end <= tok.idx
        and _within_sentences(_before_its_quote(tok, quoted), max(last.end - 1, 0))
    )
    if near and last is not None and last.speaker_span is not None:
        said = doc_text(tok.doc)[last.speaker_span[0] : last.speaker_span[1]]
        if _head_word(said) == word or (_phrase_head(last) == word and is_person_noun(lemma)):
            return last.entity, last.speaker_name
    if lemma in quote_words.GENERIC_ORGANISATION_NOUNS and all(c.dep_ == "det" for c in tok.children):
        # a bare description only: "the doctors' association" or "the group, set up by …" carry
        # words or a name of their own that the rules below read
        topic = previous_subject_body(ctx.entities, tok)
        if topic is not None:
            # "X said … . The group said": the body the sentence before was about
            return topic, topic.name
    introduced = _introduced_as(ctx, tok, quoted) or _named_with_the_word(ctx, tok, phrase, quoted)
    if introduced is not None:
        return introduced, introduced.name
    body_noun = organisation or tok.lemma_.lower() in entity_words.ORGANISATION_NOUNS
    worded = named_with_its_words(ctx.entities, tok) if body_noun else None
    if worded is not None:
        # "the medical association" after "the Kenya Medical Association", "the agency" after "the
        # Tasnim news agency": the body whose name carries the description's words
        return worded[1], worded[1].name
    if lemma in quote_words.GENERIC_ORGANISATION_NOUNS or acronym:
        # "the group" is never the news agency quoted last, "the agency" may be (`outlet_may_be`)
        generic = lemma in quote_words.GENERIC_ORGANISATION_NOUNS or lemma in MAY_BE_MEDIA
        kinds = _ORG_TYPES if generic else frozenset({"ORG"})
        # as for a figure's source: a report names a monitor once, then quotes "the group"
        # paragraphs later, after other voices
        target = _organisation_antecedent(ctx, tok, last, quoted, kinds=kinds, reach=WIDE_WINDOW_SENTENCES)
        return (target, target.name) if target is not None else None
    if _document_noun(tok) or _names_the_act(tok, last if near else None):
        cue = last.cue_tok if near and last is not None else None
        # "The RSF, in a statement, denied …": a document named after the last speaker's
        # sentence is the one meant, not the last speaker's
        earlier = earlier_report(tok)
        later = earlier is not None and cue is not None and earlier.i >= cue.sent.end
        if cue is not None and not later and any(t.lemma_.lower() == lemma for t in cue.sent):
            return last.entity, last.speaker_name  # type: ignore[union-attr]
        # "Bachelet said in a statement. … The statement said": whoever issued it before
        issuer = _issuer(earlier) if earlier is not None else None
        entity = ctx.entities.at(issuer.idx, issuer.idx + len(issuer.text)) if issuer is not None else None
        if (
            entity is None
            and cue is not None
            and not later
            and _bare_document(tok)
            and _issues_documents(last)
        ):
            # "The embassy said on Friday that …. The statement, posted on its website, said", "In a
            # communiqué read by …, the council said …. “…,” the communiqué said": a document whose
            # issuer the sentences before do not give otherwise records what was said just before
            return last.entity, last.speaker_name  # type: ignore[union-attr]
        return (entity, entity.name) if entity is not None else None
    briefer = _header_briefer(ctx, tok)
    if briefer is not None:
        return briefer, briefer.name
    holder = _sole_title_holder(ctx, tok, quoted)
    if holder is not None and (last is None or last.entity is None or holder.id != last.entity.id):
        # "Serbia's president, Aleksandar Vucic, said … a student said … The president said": the
        # one person the article gave that office, not the last speaker, who was never given it
        return holder, holder.name
    if (
        one_person_noun(lemma)
        and lemma not in quote_words.COLLECTIVES
        and near
        and last is not None
        and last.entity is not None
        and _may_be_person(last.entity)
        and may_hold_office(last.entity, tok)
        and not other_occupation(last.entity, tok)
        and not _introduced_unnamed(tok, (last.speaker_span or (last.start, last.start))[0], quoted)
        and not _repeats_an_unnamed_one(tok, quoted)
    ):
        return last.entity, last.entity.name
    return None


def _names_the_act(tok: Token, last: Attribution | None) -> bool:
    """Whether *tok* is the noun of the last speaker's own verb of saying: "The embassy is warning
    that …. The warning said", "The court ruled …. The ruling said" (a noun made from the verb names
    the record of that act, whatever the list of documents holds)."""
    cue = last.cue_tok if last is not None else None
    if cue is None or cue.pos_ not in {"VERB", "AUX"} or tok.pos_ != "NOUN":
        return False
    verb, noun = cue.lemma_.lower(), tok.lemma_.lower()
    if verb not in quote_words.CUE_VERBS or len(verb) < 4:
        return False
    stem = verb[:-1] if verb.endswith("e") else verb
    # the nouns a verb of saying makes: "warning", "ruling", "statement", "declaration", "prediction";
    # not any noun that merely starts alike ("stated … the station")
    made = {verb + "ment", verb + "ing", stem + "ing", verb + "ation", stem + "ation", verb + "ion"}
    return noun in made


def _bare_document(tok: Token) -> bool:
    """Whether the document's phrase names no issuer before its noun: "the statement", not "the army
    statement" or "the ministry's statement" (whose words are read as the speaker's name)."""
    return all(c.dep_ == "det" for c in tok.lefts)


def _issues_documents(last: Attribution | None) -> bool:
    """Whether the last speaker may have issued a document: a name or a body, never a document or
    words of its own ("the report said … The statement said" names no issuer)."""
    head = last.speaker_tok if last is not None else None
    if last is None or head is None or last.speaker_name is None:
        return False
    if last.entity is not None:
        return True  # "It said …" resolved to the council: the council
    return not _document_noun(head) and head.pos_ in {"PROPN", "NOUN"}


#: Nouns that name a document only as a speaker ("the release said" after "in a press release");
#: as an object ("demanded the release of") they name no document, so they stay out of the
#: cue nouns.
SPEAKING_DOCUMENT_NOUNS = frozenset({"release"})


#: Verbs of a participle that gives a description's name: "known as X", "called X", "calling itself X".
_NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub"})


def _name_it_goes_by(ctx: ExtractContext, tok: Token) -> Entity | None:
    """The organisation a described speaker is "known as" or "called": "a collective called X",
    "the movement, which calls itself X,".

    The description ("the opposition alliance") is only how the article
    introduces the name; the name that follows is the speaker, and "the
    alliance said" after it refers back to that name.
    """
    if tok.pos_ != "NOUN":
        return None
    for acl in tok.children:
        if acl.i < tok.i or acl.lemma_.lower() not in _NAMING_PARTICIPLES:
            continue
        if acl.dep_ != "acl" and not (acl.dep_ == "relcl" and _names_itself(acl)):
            continue  # "the group, which called him a traitor," names someone else
        for child in acl.children:
            name = child
            if child.dep_ == "prep" and child.lower_ == "as":
                name = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ != "oprd":
                continue
            if name.pos_ != "PROPN":
                continue
            end = name.idx + len(name.text)
            entity = ctx.entities.at(name.idx, end)
            if entity is not None and entity.type in _ORG_TYPES:
                return entity
            if tok.lemma_.lower() in quote_words.GENERIC_ORGANISATION_NOUNS:
                # "the movement known as Movimento Revolucionário": a name the tagger took for a
                # person's is still the organisation's
                first = next((t for t in name.lefts if t.dep_ == "compound"), name)
                text = doc_text(tok.doc)
                return ctx.entities.add_mention(text[first.idx : end], first.idx, end, "ORG")
    return None


def _names_itself(verb: Token) -> bool:
    """ "which calls itself X", "who call themselves X": a clause that gives its subject's name."""
    return any(c.dep_ == "dobj" and c.lower_ in {"itself", "themselves"} for c in verb.children)


#: How many sentences before a verdict or "the judges" the court that gave it may be named.
COURT_SENTENCES = 8

#: Nouns that name a court ("the district court", "the tribunal"), never a person.
_COURT_WORDS = frozenset({"court", "tribunal"})

#: Documents a court's voice other than the court issues: "the indictment" is the prosecution's.
_ISSUER_WORDS = {"indictment": frozenset({"prosecution", "prosecutor"})}


def _court_speaking(
    ctx: ExtractContext, tok: Token, phrase: Span | Sequence[Token], quoted: Callable[[int], bool]
) -> Entity | None:
    """The court a definite decision or bench speaks for: "the verdict said", "the judges added"
    (and the prosecution an indictment speaks for: "the indictment states").

    A court report names the court once ("The Tbilisi City Court sentenced …")
    and then quotes its verdict or its judges: those words are the court's.
    The court is the nearest one named outside quotation within a few
    sentences before; ``None`` when there is none.
    """
    lemma = tok.lemma_.lower()
    if (
        len(phrase) < 2
        or phrase[0].lower_ != "the"
        or tok.pos_ != "NOUN"
        or lemma not in quote_words.COURT_VOICES
        or (lemma == "judge" and tok.tag_ != "NNS")
    ):
        return None
    doc = tok.doc
    issuers = _ISSUER_WORDS.get(lemma, _COURT_WORDS)
    for n in range(tok.i - 1, window_start(tok, COURT_SENTENCES) - 1, -1):
        court = doc[n]
        if court.lemma_.lower() in issuers and not quoted(court.idx) and _names_a_court(court):
            return _court_entity(ctx, court)
    return None


def _names_a_court(court: Token) -> bool:
    """ "The Tbilisi City Court", "a regional court in Aktobe", "prosecutors": a body told apart,
    not "to court"."""
    if court.pos_ not in {"NOUN", "PROPN"} or court.dep_ == "compound":
        return False  # "a court hearing" is a hearing
    return (
        court.pos_ == "PROPN"
        or court.tag_ == "NNS"
        or any(c.dep_ in {"det", "amod", "compound", "poss"} for c in court.children)
    )


def _court_entity(ctx: ExtractContext, court: Token) -> Entity:
    """The organisation *court* is a word of, or the court's phrase as one ("regional court")."""
    end = court.idx + len(court.text)
    named = ctx.entities.at(court.idx, end)
    if named is not None and named.type == "ORG":
        return named
    first = court.left_edge
    if first.dep_ == "det" and first.i < court.i:
        first = court.doc[first.i + 1]
    text = doc_text(court.doc)
    return ctx.entities.add_mention(text[first.idx : end], first.idx, end, "ORG")


def _document_noun(tok: Token) -> bool:
    """Whether *tok*, a speaker's head, is a document's noun: "the statement", "the release"."""
    lemma = tok.lemma_.lower()
    return lemma in quote_words.DOCUMENT_NOUNS or lemma in SPEAKING_DOCUMENT_NOUNS


def _unnamed_issuer(ctx: ExtractContext, tok: Token) -> Token | None:
    """Who issued the document "the post" refers back to, when no entity stands at their words.

    "In a later post, the Kavu collective reported …; “…,” the post said": the
    collective, a description to resolve as a speaker of its own. A pronoun
    ("he said in a post") is left to the rules for documents.
    """
    if tok.pos_ != "NOUN" or not _document_noun(tok):
        return None
    earlier = earlier_report(tok)
    issuer = _issuer(earlier) if earlier is not None else None
    if issuer is None or issuer.pos_ not in {"NOUN", "PROPN"} or _document_noun(issuer):
        return None
    return issuer if ctx.entities.at(issuer.idx, issuer.idx + len(issuer.text)) is None else None


def _occupation_groups() -> dict[str, int]:
    """Each word of :data:`OCCUPATIONS` and the line (the occupation) it stands on."""
    return _groups_of(quote_words.OCCUPATIONS)


@functools.cache
def _groups_of(lines: frozenset[str]) -> dict[str, int]:
    """Word → line number of a list of synonym lines, read once per list."""
    groups: dict[str, int] = {}
    for n, line in enumerate(sorted(lines)):
        for word in line.split():
            groups[word] = n
    return groups


def other_occupation(entity: Entity, tok: Token) -> bool:
    """Whether the article gave *entity* an occupation other than the description *tok* names.

    "Hamadi Rahmani, a former judge, … the guard at the courthouse told him":
    the guard is someone else, and so is "the officer" after "Interior
    Minister X". Only occupations that tell people apart count; "the
    official" may be anyone the article named.
    """
    groups = _occupation_groups()
    wanted = groups.get(tok.lemma_.lower(), groups.get(tok.lower_))
    if wanted is None or not entity.roles:
        return False
    given = {groups[w] for role in entity.roles for w in role.lower().split() if w in groups}
    return bool(given) and wanted not in given


def _issuer(report: Token) -> Token | None:
    """Who issued *report*, also when the parser hung "in a message" on the verb's object.

    "X condemned the attack in a message to the people": the phrase is the
    verb's, whose subject issued the message, not the attack's.
    """
    found = report_issuer(report)
    if found is not None or report.dep_ != "pobj" or report.head.lower_ not in {"in", "through", "via"}:
        return found
    held = report.head.head
    subject = _subject_around(held, report)
    if subject is not None:
        return subject
    if held.pos_ == "NOUN" and held.dep_ == "dobj" and held.head.pos_ == "VERB":
        return next((c for c in held.head.children if c.dep_ == "nsubj"), None)
    return None


#: How many heads up from a document's preposition the subject it is set beside may stand.
_SUBJECT_CLIMB = 3


def _subject_around(held: Token, report: Token) -> Token | None:
    """The subject a document's phrase is set off beside, between it and its verb: "The RSF, in a
    statement on its channel, denied …" (the parser hangs the phrase on the subject or its comma)."""
    t = held
    for _ in range(_SUBJECT_CLIMB):
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"PROPN", "NOUN"} and t.i < report.i < t.head.i:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _header_briefer(ctx: ExtractContext, tok: Token) -> Entity | None:
    """ "the spokesperson" in a briefing note: the person its header names with that word
    (:mod:`tally.extract.entities.briefing`), whoever spoke last."""
    text = doc_text(tok.doc)
    briefer = holds_briefers_role(text, tok.lower_)
    groups = _occupation_groups()
    group = groups.get(tok.lower_)
    if briefer is None and group is not None:
        # "the spokeswoman" under a header that says "Spokesperson": a word of the same occupation
        synonyms = (w for w, g in groups.items() if g == group and w != tok.lower_)
        briefer = next((b for w in synonyms if (b := holds_briefers_role(text, w)) is not None), None)
    if briefer is None or briefer[1] > tok.idx:
        return None
    return ctx.entities.at(*briefer) or ctx.entities.add_mention(text[slice(*briefer)], *briefer, "PERSON")


#: A description refers back to the name it introduced at most this many sentences before.
INTRODUCED_SENTENCES = 6


def _introduced_as(ctx: ExtractContext, tok: Token, quoted: Callable[[int], bool]) -> Entity | None:
    """The organisation an earlier phrase introduced with the same noun: "the centre said" after
    "the human rights centre Vesna", "a student group, the Free Campus Alliance," or "Vesna, a
    monitoring centre,".

    The noun the article itself gave a name is a better guide than nearness:
    the last organisation named may be another one. The nearest such phrase wins.
    """
    lemma = tok.lemma_.lower()
    doc = tok.doc
    k = tok.i - 1
    owner = _owner_words(tok)
    window = _window_start(tok, INTRODUCED_SENTENCES)  # once, not per token: a sentence walk each
    # the words walked back are read from the Doc's columns: a Token only for the same noun
    starts, lemmas, classes = token_starts(doc), token_lemmas(doc), token_pos(doc)
    while k >= 0 and starts[k] >= window:
        j = k
        k -= 1
        if lemmas[j] != lemma or classes[j] != "NOUN" or quoted(starts[j]):
            continue
        t = doc[j]
        if not owner <= _owner_words(t):
            continue  # "the attorney general's office" is not "the ombudsman's office, the Defensoria"
        names = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if t.dep_ in {"compound", "appos"} and t.head.pos_ == "PROPN":
            names.append(t.head)
        for name in names:
            if is_dateline(name):
                continue  # "BANGKOK (AP) — A Thai court …": the parser hung the noun on the dateline
            if name.dep_ == "compound" and name.head.ent_type_ == "PERSON":
                continue  # "Police chief Brigadier General Ali Rezaei": a rank before a person, no body
            n_s, n_e = quote_cues.entity_bounds(name)
            if name.dep_ == "appos" and n_e < len(doc) and doc[n_e].lower_ in {"and", "or"}:
                # "between the government, the Iraqi High Commission for Human Rights and independent
                # monitors": a list the parser read as an apposition names other bodies, not the noun
                continue
            start, end = doc[n_s].idx, doc[n_e - 1].idx + len(doc[n_e - 1].text)
            entity = ctx.entities.at(start, end)
            if (
                entity is None
                and name.pos_ == "PROPN"
                and name.ent_type_ in {"", "ORG"}
                and name.text[:1].isupper()
            ):
                # "HRANA, the news agency of …": the noun says the name the tagger missed is an organisation
                entity = ctx.entities.add_mention(doc_text(doc)[start:end], start, end, "ORG")
            if entity is not None and entity.type in _ORG_TYPES and not _may_be_person(entity):
                return entity
    return None


def _owner_words(tok: Token) -> set[str]:
    """The nouns that say whose or which *tok* is: its possessor and noun compounds ("the attorney
    general's office" → attorney, general). A reference with such words names its owner, so it
    points back only to a phrase with the same ones."""
    return {
        w.lower_
        for c in tok.children
        if c.dep_ in {"poss", "compound"} and c.pos_ in {"NOUN", "PROPN"}
        for w in c.subtree
        if w.pos_ in {"NOUN", "PROPN"}
    }


def _named_with_the_word(
    ctx: ExtractContext, tok: Token, phrase: Span | Sequence[Token], quoted: Callable[[int], bool]
) -> Entity | None:
    """The organisation "the committee" or "the ministry" refers to: the one named last, in the
    sentences before, whose name has that word as its head ("the Central Committee of Sudanese
    Doctors", "Iran's Intelligence Ministry"; not "the Transitional Military Council" for "the
    military").

    Only "the" and the bare noun, for nouns no list already resolves (a person,
    a document, a generic "group"): the name itself says what it is.
    """
    lemma = tok.lemma_.lower()
    if (
        len([t for t in phrase if t.dep_ != "case"]) != 2  # "the ministry's statement": its author
        or not tok.text.islower()
        or is_person_noun(lemma)
        or lemma in quote_words.GENERIC_ORGANISATION_NOUNS
        or lemma in quote_words.DOCUMENT_NOUNS
        or lemma in quote_words.REPORT_NOUNS
    ):
        return None
    found = nearest_mention(
        ctx.entities,
        _window_start(tok, INTRODUCED_SENTENCES),
        tok.idx,
        _ORG_TYPES,
        fits=lambda entity: (
            _name_head(entity.name) == tok.lower_ and not _may_be_person(entity) and not_a_site(entity)
        ),
        keep=lambda start: not quoted(start),
    )
    return found[1] if found is not None else None


_NAME_HEAD = re.compile(r"\s(?:of|on|for|in|against)\s")


def _name_head(name: str) -> str:
    """The head word of an organisation's name, lower-cased: the word before its first "of" phrase
    ("Ministry of Internal Affairs"), else its last ("Intelligence Ministry")."""
    before = _NAME_HEAD.split(name, maxsplit=1)[0].split()
    return before[-1].lower() if before else ""


def _described_possessor(
    ctx: ExtractContext, tok: Token, last: Attribution | None, quoted: Callable[[int], bool]
) -> Entity | None:
    """The organisation behind "the group's research", "the organisation's figures", "the
    ministry's statement": a thing that speaks for the organisation a description refers to
    (which a pronoun would too)."""
    if tok.pos_ != "NOUN" or is_person_noun(tok.lemma_.lower()):
        return None
    for c in tok.children:
        the = next((d for d in c.children if d.dep_ == "det" and d.lower_ == "the"), None)
        if c.dep_ != "poss" or c.pos_ != "NOUN" or the is None:
            continue
        if c.lemma_.lower() in quote_words.GENERIC_ORGANISATION_NOUNS:
            return _introduced_as(ctx, c, quoted) or _organisation_antecedent(
                ctx, c, last, quoted, kinds=_ORG_TYPES
            )
        return _named_with_the_word(ctx, c, (the, c), quoted)
    return None


def _sole_title_holder(ctx: ExtractContext, tok: Token, quoted: Callable[[int], bool]) -> Entity | None:
    """The one person named before a description who the article gave its office ("the president"
    after "Serbia's president, Aleksandar Vucic"), when no one else named before holds it.

    Only a noun for one person; a role marked former ("former prime minister")
    does not answer "the minister" (:func:`holds_title`). Several holders, or
    none, give None: the caller goes on with the last speaker.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not one_person_noun(lemma) or lemma in quote_words.COLLECTIVES:
        return None
    former = says_former(tok)
    holders = {
        e.id: e
        for e in ctx.entities.entities
        if _may_be_person(e)
        and holds_title(e, tok.lower_, former=former)
        and any(s < tok.idx and not quoted(s) for s, _e in e.mentions)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _titled_person(ctx: ExtractContext, tok: Token) -> Entity | None:
    """The person an article gave a capitalised title before: "the Special Rapporteur" after
    "Special Rapporteur Ana Diaz", "the Special Rapporteur, Ana Diaz," or "Ana Diaz, the
    Prosecutor General". The nearest such mention before the phrase wins.

    Only a definite phrase of title words with no person's name in it; the
    title must stand right before or right after the person's name.
    """
    doc = tok.doc
    core = _title_phrase(tok) or _label_title(tok)
    if core is None:
        return None
    text = doc_text(doc)
    start, end = core[0].idx, core[-1].idx + len(core[-1].text)
    best = None
    for hit_end, person in _title_holders(ctx, text[start:end]):
        if hit_end > start:
            break
        best = person  # hits come in text order: the last one before the phrase is nearest
    return best


#: How many letters an abbreviated rank before a name has ("Lt.", "Sgt.", "Capt.", "Supt.").
_RANK_LETTERS = 5

#: How many capitalised words may join a title given by its initials to the words that end it:
#: "Inspector General of Police Punjab" for "the IG Punjab".
_BODY_WORDS = 4


def _abbreviates(short: str, word: str) -> bool:
    """Whether *short* ("Sgt", "Lt") is *word* ("sergeant", "lieutenant") shortened: its first
    letter, then letters of the word in their order."""
    short, word = short.lower(), word.lower()
    if not short or len(short) >= len(word) or short[0] != word[0]:
        return False
    k = 0
    for ch in word:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _holder_of_the_title_as_written(
    ctx: ExtractContext, tok: Token, phrase: Span | Sequence[Token], quoted: Callable[[int], bool]
) -> Entity | None:
    """The person a definite description names by the title given before their name, written
    another way: "the State Police lieutenant" after "West Haven State Police Lt. Ana Diaz" (the
    rank spelt out), "the IG Punjab" after "Inspector General of Police Punjab Ana Diaz" (the
    title by its initials, then the words that ended it).

    Only "the", capitalised words, and a noun for one person (or initials in
    capitals, then capitalised words); the title must run into a person's name
    before the description, outside quoted speech. The nearest such person wins.
    """
    doc = tok.doc
    words = list(phrase)
    if words and words[0].lower_ == "the":
        words = words[1:]
    elif not words or words[0].i == 0 or doc[words[0].i - 1].lower_ != "the":
        return None
    if len(words) < 2:
        return None
    text = doc_text(doc)
    sep = "[ \u00a0]"
    if tok.i == words[-1].i and tok.pos_ == "NOUN" and one_person_noun(tok.lemma_.lower()):
        body = words[:-1]
        if not all(t.is_title for t in body):
            return None
        lead = re.escape(text[body[0].idx : body[-1].idx + len(body[-1].text)])
        rank = rf"(?:(?P<short>[A-Z][a-z]{{1,{_RANK_LETTERS - 1}}})\.|(?i:{re.escape(tok.text)}))"
        pattern = rf"\b{lead}{sep}{rank}{sep}"
    elif words[0].is_upper and words[0].is_alpha and 2 <= len(words[0].text) <= 4 and len(words) > 1:
        rest = words[1:]
        if not all(t.is_title for t in rest) or tok.i != rest[-1].i:
            return None
        spelt = "[ \u00a0-]".join(rf"{c}[a-z]+" for c in words[0].text)
        joined = rf"(?:{sep}(?:of|for){sep}[A-Z][a-z]+(?:{sep}[A-Z][a-z]+){{0,{_BODY_WORDS - 1}}})?"
        lead = re.escape(text[rest[0].idx : rest[-1].idx + len(rest[-1].text)])
        pattern = rf"\b{spelt}{joined}{sep}{lead}{sep}"
    else:
        return None
    # the title as written is looked for once per article: a long article repeats its descriptions
    held = doc.user_data.setdefault(_WRITTEN_TITLES_KEY, {})
    key = (id(ctx.entities), pattern, tok.lower_)
    if key not in held:
        people = {s: e for e in ctx.entities.entities if _may_be_person(e) for s, _e in e.mentions}
        held[key] = [
            (hit.start(), hit.end(), people[hit.end()])
            for hit in re.finditer(pattern, text)
            if hit.end() in people
            and (hit.groupdict().get("short") is None or _abbreviates(hit.group("short"), tok.text))
        ]
    best = None
    for start, end, person in held[key]:
        if end > tok.idx:
            break
        if not quoted(start):
            best = person  # hits come in text order: the last is the nearest
    return best


_WRITTEN_TITLES_KEY = "tally.quotes.written_titles"


_HOLDERS_KEY = "tally.quotes.title_holders"


def _title_holders(ctx: ExtractContext, title: str) -> list[tuple[int, Entity]]:
    """Where the article gave *title* to a person, in text order: (end of the title, person).

    Worked out once per title and article: a transcript labels every turn by
    the same office, and a search of the text per turn would grow with the
    square of its length.
    """
    doc = ctx.doc
    held = doc.user_data.setdefault(_HOLDERS_KEY, {})
    key = (id(ctx.entities), title)  # the people are those of this run's entities
    if key in held:
        return held[key]
    text = doc_text(doc)
    people = [e for e in ctx.entities.entities if e.type == "PERSON"]
    found: list[tuple[int, Entity]] = []
    for hit in re.finditer(re.escape(title), text):
        before = _SET_OFF_BEFORE.search(text, max(0, hit.start() - TITLE_BODY_CHARS), hit.start())
        person = next(
            (
                p
                for p in people
                for m_start, m_end in p.mentions
                if _title_runs_into(text, hit.end(), m_start) or (before and m_end == before.start())
            ),
            None,
        )
        if person is not None:
            found.append((hit.end(), person))
    held[key] = found
    return found


def _head_of_named_body(
    ctx: ExtractContext,
    tok: Token,
    core: Sequence[Token],
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
) -> Entity | None:
    """The person a definite description of an organisation's officer refers to: "the IRGC chief"
    after "Commander of the Islamic Revolution Guards Corps (IRGC) Major General Hossein Salami".

    The organisation's name in the phrase names the office, not the speaker:
    the one the description refers to is the person named nearby
    (:func:`_description_antecedent`) in a paragraph that also names that
    organisation. Without such a person the organisation still speaks ("the
    Amnesty researcher" with no researcher named).
    """
    if (
        tok.pos_ != "NOUN"
        or not one_person_noun(tok.lemma_.lower())
        or tok.lemma_.lower() in quote_words.COLLECTIVES
    ):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    index = ctx.entities
    named = [index.at(t.idx, t.idx + len(t.text)) for t in core if t.pos_ == "PROPN"]
    bodies = [s for e in named if e is not None and e.type == "ORG" for s, _e in e.mentions]
    if not bodies:
        return None
    person = _description_antecedent(ctx, tok, para_of, quoted, genders)
    if person is None:
        return None
    # the person's paragraph names the organisation (the small model often cuts "Commander of the
    # IRGC Major General X" into two sentences)
    paras = {para_of(s) for s in bodies if s < tok.idx}
    return person if any(s < tok.idx and para_of(s) in paras for s, _e in person.mentions) else None


def _title_phrase(tok: Token) -> Span | None:
    """The title words of a definite phrase of capitalised title words and nothing else ("the
    Special Rapporteur", "the Foreign Minister", "the Secretary-General", "the Minister of
    Justice"), without "the"."""
    first = tok.left_edge
    last = _title_end(tok)
    if first.lower_ != "the" or first.i >= tok.i or last is None:
        return None
    core = tok.doc[first.i + 1 : last + 1]
    return core if _title_words(core, tok) else None


#: The words that join a title to the body it serves: "Minister of Justice", "Head for Operations".
_TITLE_LINKS = frozenset({"of", "for", "on", "and", "the"})


def _title_end(tok: Token) -> int | None:
    """The last token of the title *tok* heads: *tok* itself, or the end of a capitalised "of"
    phrase right after it ("Chief of Police"); None when anything else hangs after it.

    A relative clause set off by commas is no part of the title ("The Governor, who spoke at the
    rally, said"): it tells what the holder did, as a clause after a name does, so it is passed
    over with its commas (round 55; the title was read as a name before).
    """
    aside = _set_off_relative_clause(tok)
    after = [t for t in tok.subtree if t.i > tok.i and t.i not in aside]
    if not after:
        return tok.i
    first = after[0]
    if first.i != tok.i + 1 or first.lower_ not in {"of", "for"} or first.head.i != tok.i:
        return None
    if after[-1].i - tok.i != len(after) or after[-1].lower_ in _TITLE_LINKS:
        return None  # contiguous, and ending in a word of the body
    return after[-1].i


def _set_off_relative_clause(tok: Token) -> set[int]:
    """The tokens of a relative clause on *tok* set off by a comma before it, with the commas
    hanging from *tok* after the title ("The Minister, who …,"); empty when there is none."""
    clauses = [c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i]
    if not clauses:
        return set()
    first = min(t.i for c in clauses for t in c.subtree)
    doc = tok.doc
    if first == 0 or doc[first - 1].text != "," or doc[first - 1].head.i not in {tok.i, clauses[0].i}:
        return set()
    aside = {t.i for c in clauses for t in c.subtree}
    aside.update(c.i for c in tok.children if c.dep_ == "punct" and c.i > tok.i and c.text == ",")
    return aside


def _title_words(core: Span | Sequence[Token], tok: Token) -> bool:
    """Whether *core* is only capitalised title words (a hyphen may join two: "Secretary-General";
    a link word may join the head *tok* to its body) and names no person."""
    return not any(
        t.ent_type_ == "PERSON"
        or not (t.is_title or t.is_upper or t.text == "-" or (t.i > tok.i and t.lower_ in _TITLE_LINKS))
        for t in core
    )


#: How many words an office that labels a transcript's turn may have ("Director of Public Safety"),
#: and how many characters it may take.
LABEL_TITLE_WORDS = 6
LABEL_CHARS = 120


def _label_title(tok: Token) -> Span | None:
    """The office that labels a transcript's turn: "Chief of Police: Good morning …".

    A press conference's transcript names its speakers once, in the lead-in
    ("remarks by the Chief of Police, Mr Daniel Okello, …"), and labels each
    turn by the office alone; the label refers to that person as "the Chief of
    Police" would. Only a label that opens its line, ends in a colon and is
    capitalised title words headed by a noun for one person.
    """
    doc = tok.doc
    text = doc_text(doc)
    # a label is short: look back and ahead a bounded stretch, never over the whole line
    line = text.rfind("\n", max(0, tok.idx - LABEL_CHARS), tok.idx) + 1
    colon = text.find(":", tok.idx, tok.idx + LABEL_CHARS)
    if line == 0 and tok.idx > LABEL_CHARS:
        return None
    if colon == -1 or "\n" in text[line:colon] or not one_person_noun(tok.lemma_.lower()):
        return None
    span = doc.char_span(line, colon, alignment_mode="contract")
    if span is None or not 0 < len(span) <= LABEL_TITLE_WORDS or not _title_words(span, tok):
        return None
    return span


def _last_speaker_titled(tok: Token, last: Attribution | None) -> Entity | None:
    """The person who spoke just before, for a title the article gave no one by those words.

    State media name an office holder once ("Minister of Foreign Affairs
    Bruno Rodríguez") and then by the office in other words ("The Foreign
    Minister also pointed out …"); like "the envoy", a title whose head is a
    noun for a person is the person who spoke within the sentences before,
    unless the article gave that person another office.
    """
    if _title_phrase(tok) is None or not one_person_noun(tok.lemma_.lower()):
        return None  # not "The Hospital Authority": a body, though coreferee lists "authority" for people
    if _title_end(tok) != tok.i:
        return None  # "the Inspector-General of Police": an office with its body introduces its holder
    if last is None or last.entity is None or last.end > tok.idx or not _may_be_person(last.entity):
        return None
    if not _within_sentences(tok, max(last.end - 1, 0)) or not may_hold_office(last.entity, tok):
        return None
    return last.entity


#: What may stand between a title and the name after it: a space or comma ("Special Rapporteur,
#: Ana Diaz"), or the body the office belongs to, in capitals ("The Leader of the Islamic
#: Revolution Ayatollah Ali Khamenei", "Chairman of the Security Board General Tomas Varga").
_TITLE_WORD = r"(?:[A-Z][\w’'.-]*|of|and|for|on|the)"
#: A courtesy title the name may carry after the office: "the Chief of Police, Mr Daniel Okello".
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr)\.?"
_SET_OFF_AFTER = re.compile(
    rf",?[ \u00a0](?:{_HONORIFIC}[ \u00a0])?"
    rf"|[ \u00a0](?:of|for|on)[ \u00a0]{_TITLE_WORD}(?:[ \u00a0]{_TITLE_WORD})*,?[ \u00a0]"
)

#: How many characters that body may take.
TITLE_BODY_CHARS = 80


def _title_runs_into(text: str, end: int, name_start: int) -> bool:
    """Whether the title ending at *end* runs into the name starting at *name_start*."""
    return (
        0 < name_start - end <= TITLE_BODY_CHARS
        and _SET_OFF_AFTER.fullmatch(text, end, name_start) is not None
    )


#: What may stand between a name and the title after it ("Ana Diaz, the Prosecutor General").
_SET_OFF_BEFORE = re.compile(r",[ \u00a0](?:the |[A-Z][\w.]* ?)?$|,[ \u00a0](?:[\w.’'-]+ )?$")


def _named_relation(tok: Token) -> bool:
    """A noun for a person with a name in its "of" phrase: "the mother of Ana Diaz", "the head of the
    Tehran Revolutionary Court". Such a description introduces its own person."""
    if not is_person_noun(tok.lemma_.lower()):
        return False
    # "The head of the judiciary, Ebrahim Raisi,": a name set off after the phrase is the person's own
    own = {
        t.i
        for c in tok.children
        if c.dep_ in {"appos", "conj"} and c.i > tok.i and quote_cues.set_off(c)
        for t in c.subtree
    }
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            # the parser may hang the name from the noun itself ("the son of the editor Ana Diaz")
            return any(t.pos_ == "PROPN" and t.i > prep.i and t.i not in own for t in tok.subtree)
    return False


def _named_possessor(tok: Token) -> bool:
    """A relative or friend whose possessor is a name: "Quintana's mother", "Ali's brother".

    Like "the mother of X" (:func:`_named_relation`), the phrase brings in a
    person of its own; "she said" after it is that person, never the name.
    Only kin: "Biden's spokesman" holds an office the article names.
    """
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in quote_words.KIN_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
    )


def _kin_of_the_one_spoken_of(tok: Token, pronoun: Token) -> bool:
    """A relative whose possessor is a pronoun, of the gender of the speaker's pronoun: "His mother
    disputes that account. “…,” she told us", "Her brother was there. “…,” he said".

    As with "Quintana's mother" (:func:`_named_possessor`), the phrase brings in a person of
    its own, the kin of someone spoken of; a "she" after "her husband" is not the husband.
    """
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in quote_words.KIN_NOUNS
        and _pronoun_of_noun(tok) == pronoun.lower_
        and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in tok.children)
    )


#: "one of them" refers to a group named at most this many sentences before it.
PARTITIVE_SENTENCES = 3


def _described_unnamed(tok: Token) -> Token | None:
    """The description set beside an unnamed speaker: "One of those released, a 29-year-old
    engineer, said", "Another client, a 34-year-old teacher, was arrested": an indefinite noun
    for one person in apposition to a partitive "one" or to an indefinite noun for a person. The
    name as written takes the description in (the scorer's gold and a reader name the engineer)."""
    if tok.lower_ == "one":
        return _described_one_of_them(tok)
    if not (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and is_person_noun(tok.lemma_.lower())
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in tok.children)
    ):
        return None
    for child in tok.children:
        if (
            child.dep_ == "appos"
            and child.i > tok.i
            and child.tag_ == "NN"
            and one_person_noun(child.lemma_.lower())
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in child.children)
        ):
            return child
    return None


def _described_one_of_them(tok: Token) -> Token | None:
    """The description set beside "one of them" ("One of them, a 31-year-old nurse, said"): an
    indefinite noun for a person in apposition to a partitive "one". The speaker stays one of the
    group; the name as written takes the description in."""
    if tok.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    for child in tok.children:
        if (
            child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and is_person_noun(child.lemma_.lower())
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in child.children)
        ):
            return child
    return None


def _partitive_group(ctx: ExtractContext, tok: Token, quoted: Callable[[int], bool]) -> Entity | None:
    """The group "one of them" or "one of the officials" is one of: "Two residents said … “…,”
    said one of them", "Three officials told Reuters … “…,” one of the officials said".

    The nearest group named in the sentences before, outside quoted speech;
    for "one of the officials", a group whose name holds that plural noun.
    """
    whole = partitive_whole(tok) if tok.lower_ == "one" else None
    if whole is None or given_name(tok) is not None:
        return None  # "one of them, a designer who gave her name as Wanjiru,": she is named
    if whole.lower_ in {"them", "those"} or whole.lemma_.lower() in _ANY_PEOPLE:
        word = None
    elif whole.tag_ == "NNS" and any(
        d.dep_ == "det" and d.lower_ in {"the", "these"} for d in whole.children
    ):
        word = whole.lower_
    else:
        return None  # "one of three sources familiar with the matter" says who the one is
    lo = _window_start(tok, PARTITIVE_SENTENCES)
    found = nearest_mention(
        ctx.entities, lo, tok.idx, frozenset({"GROUP"}), word=word, keep=lambda start: not quoted(start)
    )
    subject = _plural_subject_before(tok, lo, word, quoted)
    if subject is not None and (found is None or found[0][0] < subject.idx):
        # "Two former detainees described … “…,” said one of the men": the people just named
        return _group_of(ctx, subject)
    return found[1] if found is not None else None


#: Plural nouns "one of the …" may use for any people named before ("one of the men").
_ANY_PEOPLE = frozenset({"man", "woman", "people", "person", "men", "women"})


def _plural_subject_before(
    tok: Token, lo: int, word: str | None, quoted: Callable[[int], bool]
) -> Token | None:
    """The nearest plural noun for people that is a sentence's subject, from offset *lo* to *tok*."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].idx >= lo:
        cand = doc[k]
        k -= 1
        if cand.dep_ not in {"nsubj", "nsubjpass"} or cand.head.dep_ != "ROOT" or cand.tag_ != "NNS":
            continue  # "Three nurses said soldiers had entered": the one is a nurse
        if quoted(cand.idx):
            continue
        lemma = cand.lemma_.lower()
        if (
            word is None and (is_person_noun(lemma) or lemma in quote_words.COLLECTIVES)
        ) or cand.lower_ == word:
            return cand
    return None


def _group_of(ctx: ExtractContext, subject: Token) -> Entity:
    """The group entity of a plural subject's phrase ("Two former detainees"), added if new."""
    doc = subject.doc
    i, j = quote_cues.speaker_phrase(subject)
    if doc[i].lower_ in {"the", "some", "many", "several", "other"}:
        i += 1
    s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    return ctx.entities.add_mention(doc_text(doc)[s:e], s, e, "GROUP")


def _coordinated_names(
    ctx: ExtractContext, tok: Token, phrase: Span | Sequence[Token], quoted: Callable[[int], bool]
) -> Entity | None:
    """The names "the two groups" counts: "Human Rights Watch and Amnesty International urged …
    “…,” the two groups said" is both of them, as one speaker.

    Only "the", a number and a plural noun; the nearest coordination of as
    many names, outside quoted words, within the sentences a description
    reaches, answers it.
    """
    numbers = [c for c in tok.children if c.dep_ == "nummod"]
    if phrase[0].lower_ != "the" or tok.tag_ not in {"NNS", "NNPS"} or len(numbers) != 1:
        return None
    word = numbers[0].text
    count = parse_digits(word) if word[:1].isdigit() else parse_number_words([word])
    if count is None or count < 2:
        return None
    doc = tok.doc
    lo = _window_start(_before_its_quote(tok, quoted), DESCRIPTION_SENTENCES)
    k = tok.left_edge.i - 1
    while k >= 0 and doc[k].idx >= lo:
        t = doc[k]
        k -= 1
        if t.pos_ != "PROPN" or t.dep_ == "conj" or quoted(t.idx) or not t.conjuncts:
            continue
        members = [t, *t.conjuncts]
        if len(members) != count or any(m.pos_ != "PROPN" for m in members):
            continue
        return _coordination_group(ctx, members)
    return None


def _coordination_group(ctx: ExtractContext, members: list[Token]) -> Entity:
    """One group entity for a coordination of names, "Lena Ortiz and Paul Reyes": from the first
    member's compound words to the last member's compound or flat words."""
    doc = members[0].doc
    first = min([members[0].i] + [c.left_edge.i for c in members[0].children if c.dep_ == "compound"])
    last = members[-1]
    end = max([last.i] + [c.right_edge.i for c in last.children if c.dep_ in {"compound", "flat"}])
    start, stop = doc[first].idx, doc[end].idx + len(doc[end].text)
    return ctx.entities.add_mention(doc_text(doc)[start:stop], start, stop, "GROUP")


def _group_named_with_its_body(
    ctx: ExtractContext, tok: Token, phrase: Span, quoted: Callable[[int], bool]
) -> Entity | None:
    """The group "the lawyers" names again, first named with the body it is of.

    "Senior lawyers from the National Bar Council urged … “…,” the lawyers
    said": a bare "the" and a plural noun for people, and a sentence's subject
    with the same noun in the sentences before (:data:`GROUP_PRONOUN_SENTENCES`)
    whose phrase goes on "from"/"of"/"at" a name; the group is that whole phrase.
    """
    if (
        len(phrase) != 2
        or phrase[0].lower_ != "the"
        or tok.tag_ != "NNS"
        or not is_person_noun(tok.lemma_.lower())
    ):
        return None
    subject = _plural_subject_before(tok, _window_start(tok, GROUP_PRONOUN_SENTENCES), tok.lower_, quoted)
    if subject is None:
        return None
    body = next(
        (
            c
            for c in subject.rights
            if c.dep_ == "prep"
            and c.lower_ in {"from", "of", "at", "for"}
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        ),
        None,
    )
    if body is None:
        return None
    doc = tok.doc
    i, _ = quote_cues.speaker_phrase(subject)
    if doc[i].lower_ in {"the", "some", "many", "several", "other"}:
        i += 1
    end = body.right_edge
    s, e = doc[i].idx, end.idx + len(end.text)
    return ctx.entities.add_mention(doc_text(doc)[s:e], s, e, "GROUP")


def _definite_body_of_bodies(tok: Token) -> bool:
    """ "the coalition of 22 organisations", "the alliance of rights groups": a definite description
    of an organisation by its members, which are organisations too (unlike "a group of experts")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in quote_words.GENERIC_ORGANISATION_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return False
    return any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in quote_words.GENERIC_ORGANISATION_NOUNS
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
    )


def _related_to_someone_new(tok: Token) -> bool:
    """A noun for a person tied by "of" to someone indefinite: "The father of a 15-year-old boy who
    was killed". The article brings in the boy here, so the father is new too, however definite."""
    if tok.pos_ != "NOUN" or not is_person_noun(tok.lemma_.lower()):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and (any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in o.children) or _unnamed_members(o))
            for o in prep.children
        )
        for prep in tok.rights
    )


def _unnamed_members(tok: Token) -> bool:
    """A count of a group's members, unnamed: "one of the teachers", "two of the detainees". "The
    mother of one of the nurses" is someone the article brings in there, not the last speaker."""
    return (tok.lower_ == "one" or tok.pos_ == "NUM") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
        for c in tok.children
    )


def _organisation_antecedent(
    ctx: ExtractContext,
    tok: Token,
    last: Attribution | None,
    quoted: Callable[[int], bool],
    *,
    kinds: frozenset[str],
    reach: int = DESCRIPTION_SENTENCES,
) -> Entity | None:
    """The organisation "it" or "the group" refers to: the last speaker, else the one named last
    within *reach* sentences before."""
    if says_rights(tok):
        # "“…,” the rights watchdog said" after "… Human Rights Watch said. A spokesman for the
        # Red Cross said …": the body whose name says it defends rights, not the one heard last
        rights = nearest_mention(
            ctx.entities,
            0,
            tok.idx,
            kinds & _ORG_TYPES,
            fits=lambda entity: named_for_rights(entity) and not _may_be_person(entity),
            keep=lambda start: not quoted(start),
        )
        if rights is not None and _within_sentences(tok, rights[0][0]):
            return rights[1]
    if (
        last is not None
        and last.entity is not None
        and last.entity.type in kinds
        and not _may_be_person(last.entity)
        and outlet_may_be(last.entity, tok.lemma_.lower())
        and may_be_described_as(last.entity, tok.lemma_.lower())
        and _within_sentences(tok, max(last.end - 1, 0))
    ):
        return last.entity
    # "Nine were charged by the High Court, it said": the words reported before a closing "it"
    # hold nothing it refers to
    before = tok.doc[tok.sent.start].idx if closing_it(tok) else tok.idx
    best = nearest_mention(
        ctx.entities,
        0,
        before,
        kinds & _ORG_TYPES,
        fits=lambda entity: (
            not _may_be_person(entity)
            and not_a_site(entity)
            and outlet_may_be(entity, tok.lemma_.lower())
            and may_be_described_as(entity, tok.lemma_.lower())
        ),
        # "a student killed in Rasht. The group said …": a town the tagger took for a body is a location
        keep=lambda start: not quoted(start) and not named_as_a_location(tok.doc, start),
    )
    if best is not None and _within_sentences(tok, best[0][0]):
        return best[1]
    missed = _missed_name_just_before(ctx, tok, quoted)
    if missed is not None:
        return missed
    # further back only when nothing nearer fits: "the group" paragraphs after its name, but
    # not past another body called by the same noun ("The militant group al-Shabab claimed …")
    if best is None or not _within_sentences(tok, best[0][0], reach):
        return None
    doc, lemma = tok.doc, tok.lemma_.lower()
    k = tok.i - 1
    while k >= 0 and doc[k].idx >= best[0][1]:  # back to the mention's end, within the reach
        if doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() == lemma:
            return None
        k -= 1
    return best[1]


def _missed_name_just_before(ctx: ExtractContext, tok: Token, quoted: Callable[[int], bool]) -> Entity | None:
    """A name the NER missed, subject of a sentence just before: "Human Rights Watch released …"."""
    doc = tok.doc
    k = tok.i - 1
    window = _window_start(tok, DESCRIPTION_SENTENCES)
    while k >= 0 and doc[k].idx >= window:
        cand = doc[k]
        k -= 1
        if cand.dep_ != "nsubj" or cand.pos_ != "PROPN" or cand.ent_type_ in {"PERSON", "GPE", "NORP"}:
            continue
        if is_dateline(cand):
            continue  # "CONAKRY (Reuters) - …": the place the story was filed, parsed as a subject
        if quoted(cand.idx) or not described_by(cand.lower_, tok.lemma_.lower()):
            continue  # "the organisation" is no "Interior Ministry"
        i, j = quote_cues.speaker_phrase(cand)
        if any(t.ent_type_ == "PERSON" for t in doc[i:j]):
            continue
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        return ctx.entities.add_mention(doc_text(doc)[s:e], s, e, "ORG")
    return None


def _named_head_of_apposition(tok: Token) -> Token:
    """The person a description set off after a name describes: "Yerlan, a 41-year-old driver who
    declined to give his surname," — the clause's subject is Yerlan, who spoke before it.

    A report in the description's relative clause ("who declined to give …")
    reaches the description, not the name; quotes that go on from it must go
    on with the name.
    """
    head = tok.head
    if (
        tok.dep_ == "appos"
        and tok.pos_ == "NOUN"
        and is_person_noun(tok.lemma_.lower())
        and head.i < tok.i
        and head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"  # "GENEVA (4 March) – experts urged": no one
        and head.dep_ in {"nsubj", "nsubjpass"}  # "In an interview with Tasnim, the commander": no subject
        and quote_cues.set_off(tok)
    ):
        return head
    return tok


def _named_after_joined_titles(tok: Token) -> Token:
    """The person two joined titles introduce: "said social worker and activist Ryan Febrianto".

    The parser makes the first title the subject and the name a conjunct of
    it; a name right after a second noun for a person is the one both nouns
    describe ("the lawyer and Ryan Febrianto", without that noun, are two people).
    """
    if tok.pos_ != "NOUN" or not is_person_noun(tok.lemma_.lower()):
        return tok
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN" or conj.ent_type_ != "PERSON":
            continue
        titles = [c for c in conj.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if (
            titles
            and all(is_person_noun(c.lemma_.lower()) for c in titles)
            and titles[0].i == conj.left_edge.i
        ):
            return conj
    return tok


def _definite_person_noun(tok: Token) -> bool:
    """ "The lawyer", "the nurse": a noun for a person with "the", which refers back to someone."""
    return (
        tok.pos_ == "NOUN"
        and is_person_noun(tok.lemma_.lower())
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _person_in_apposition(tok: Token, index: EntityIndex | None = None) -> Token:
    """The person named in apposition at the end of a role: "Haiti's envoy to the UN, Ana Diaz, said".

    The parser may hang the name from the last noun before it ("the UN"); a
    name in apposition that ends the speaker's phrase names the speaker. With
    *index*, a name the tagger called a place that the entities read as a person
    counts too ("The UN Special Rapporteur on Iran, Mai Sato, said").
    """
    role = tok.pos_ == "NOUN" and is_person_noun(tok.lemma_.lower())
    title = (
        tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"
    )  # "The UN Special Rapporteur on Belarus, Ewa Brandt"
    if not (role or title):
        return tok
    aged = _name_with_age(tok) if role else None
    if aged is not None:
        return aged
    doc = tok.doc
    end = _end_before_aside(doc, tok.i, _end_before_set_off_clause(tok))
    for t in tok.subtree:
        # a name the tagger missed still reads as a person's when a first name opens it
        personal = (
            t.ent_type_ == "PERSON"
            or (
                t.pos_ == "PROPN"
                and t.ent_type_ in {"", "ORG"}  # "The President of the Republic, Miguel …" tagged ORG
                and t.left_edge.i < t.i
                and t.left_edge.text in first_names()
            )
            or (t.pos_ == "PROPN" and names_the_holder(t))  # "The imam of Khash, Molavi Badri,"
            or _indexed_person(t, index)
        )
        # "The nurse, Leyla, who asked …": a name set off right after the noun, before its clause
        right_after = role and t.left_edge.i == tok.i + 2 and quote_cues.set_off(t) and t.head.i == tok.i
        personal = personal or (right_after and t.pos_ == "PROPN")
        if _in_apposition(t, tok) and personal and (t.i == end or right_after) and t.head.i >= tok.i:
            if role and t.left_edge.i > tok.i + 1 and not quote_cues.set_off(t):
                continue  # "the son of the jailed editor Tomas Weber": the name is the editor's
            # a capitalised title ends in the name of who holds it ("UN High Commissioner for
            # Human Rights Michelle Bachelet")
            return t
    return tok


def _in_apposition(t: Token, tok: Token) -> bool:
    """Whether *t* stands in apposition to the phrase of *tok*: so parsed, or a conjunct of *tok*
    itself with no "and" or "or" joining them ("Minister of Health, Peter Okafor (rtd) said": the
    parser read the aside as the end of a list of two)."""
    if t.dep_ == "appos":
        return True
    return t.dep_ == "conj" and t.head.i == tok.i and not any(c.dep_ == "cc" for c in tok.children)


#: The clauses that may follow a titled name set off by commas and tell what the holder did
#: ("speaking to reporters", "who took office in May"), not who holds the title.
_SET_OFF_CLAUSES = frozenset({"acl", "relcl"})


def _end_before_set_off_clause(tok: Token) -> int:
    """The last token of the phrase *tok* heads, without a clause set off by a comma that ends it:
    "Minister of Interior Ahmed Salim, speaking at a news conference on Monday, said" ends in
    "Salim", "Chief of Police Ali Bakari, who took office in May, said" in "Bakari".

    The parser hangs such a clause from the title or from the name; read as the phrase's end, it
    hid the name that ends the title, and the title alone was taken as the speaker (round 57).
    The phrase's own right edge when no such clause ends it, or when more than punctuation
    follows the clause in the phrase.
    """
    doc = tok.doc
    last = tok.right_edge.i
    clauses = [
        t
        for t in tok.subtree
        if t.i > tok.i
        and t.dep_ in _SET_OFF_CLAUSES
        and t.left_edge.i > tok.i + 1
        and doc[t.left_edge.i - 1].text == ","
    ]
    if not clauses:
        return last
    clause = min(clauses, key=lambda t: t.left_edge.i)
    if any(not doc[k].is_punct for k in range(clause.right_edge.i + 1, last + 1)):
        return last
    end = clause.left_edge.i - 2  # before the comma
    while end > tok.i and doc[end].is_punct:
        end -= 1
    return end


#: Most tokens a bracketed aside after a name may hold ("(rtd)", "(R-Ohio)", "(pictured)").
_ASIDE_TOKENS = 6


def _end_before_aside(doc: Doc, start: int, end: int) -> int:
    """The last word of the phrase ``doc[start:end + 1]``, past its closing punctuation and a short
    bracketed aside that ends it: "Minister of Health, Peter Okafor (rtd)" ends in "Okafor".

    The aside tells the holder's standing (retired, a party and state, a photograph), not who
    speaks; read as the phrase's end, it hid the name in apposition before it (round 55).
    """
    while end > start and doc[end].is_punct and doc[end].text != ")":
        end -= 1
    if doc[end].text == ")":
        k = end - 1
        while k > start and end - k <= _ASIDE_TOKENS and doc[k].text != "(":
            k -= 1
        end = k - 1 if doc[k].text == "(" and k > start + 1 else end
    while end > start and doc[end].is_punct:
        end -= 1
    return end


def _name_with_age(tok: Token) -> Token | None:
    """The name set off with an age in the phrase of a noun for a person: "A student at Ridgeway
    Polytechnic, Farida, 20, said". The age says the name is a person's (the tagger may call it a
    place or part of the college before it), and the person is the one the noun describes."""
    for t in tok.subtree:
        if t.i <= tok.i or t.pos_ != "PROPN" or t.dep_ != "appos" or not quote_cues.set_off(t):
            continue
        if _aged(t):
            return t
    return None


def _aged(tok: Token) -> bool:
    """A name followed by ", 20,": a person's."""
    return followed_by_age(tok.doc, tok.right_edge.i + 1)


#: The links by which the parser sets a titled name beside a body that opens the title: "said WFP
#: Sudan director Hanna Berg" (an apposition), "lecturer X of Y's University" (a possessor).
_TITLED_NAME_LINKS = frozenset({"appos", "poss", "compound"})


def _title_word(tok: Token) -> bool:
    """A noun for a person written as a title right before a name: "director", "Mayor"."""
    return tok.pos_ in {"NOUN", "PROPN"} and is_person_noun(tok.lemma_.lower())


def _person_after_titled_body(tok: Token) -> Token:
    """The person a title introduces when a body or a place opens it: "said World Food Programme
    (WFP) Sudan director Hanna Berg", "said lecturer Ana Diaz of Lagos's Pan-Atlantic University".

    The parser makes the body the subject and sets the name beside it, or
    hangs the name as the possessor of the body named after it; a noun for a
    person right before the name makes the name the holder of that title, who
    speaks. A name reached through a preposition or a verb ("the brother of
    activist X", "citing witness X") is someone else.
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
        return tok
    doc = tok.doc
    b_start, b_end = quote_cues.entity_bounds(tok) if tok.ent_type_ else (tok.i, tok.i + 1)
    # the name hangs from the body's own name: its head or another of its words ("Kadir Has")
    for child in (c for t in doc[b_start:b_end] for c in t.children):
        if child.dep_ not in _TITLED_NAME_LINKS or child.ent_type_ != "PERSON":
            continue
        start, _end = quote_cues.entity_bounds(child)
        if start > 0 and _title_word(doc[start - 1]) and doc[start - 1].i > tok.left_edge.i:
            return child
    return tok


def _untagged_holder_after_title(tok: Token) -> int | None:
    """Where the name the tagger missed after a title starts: "Kassala Deputy-Mayor Ester Nkemba",
    whose town the tagger may call a person.

    A name of two or three capitalised words that a title word (a noun for
    a person) opens and whose first word is a first name in coreferee's lists
    is the holder's; the words before the title are the office's place or body.
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
        return None
    doc = tok.doc
    left = tok.left_edge.i
    for size in (2, 3):
        first = tok.i - size + 1
        if first - 1 <= left:
            return None
        words = doc[first : tok.i + 1]
        if (
            all(
                w.pos_ == "PROPN" and w.text[:1].isupper() and (w.i == tok.i or w.head.i == tok.i)
                for w in words
            )
            and words[0].text in first_names()
            and _title_word(doc[first - 1])
            and not any(w.ent_type_ for w in words)
        ):
            return first
    return None


def _person_after_title(tok: Token, index: EntityIndex | None = None) -> Token:
    """The person a capitalised title introduces: "U.N. Resident Coordinator for Haiti Ana Diaz said".

    The parser makes the title the subject and hangs the name from its
    preposition; when a person's name ends the phrase, the person speaks.
    "The lawyer for Ana Diaz" (a common noun) is someone else.
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
        return tok
    last = tok.doc[_end_before_set_off_clause(tok)]
    if last.i == tok.i or last.pos_ != "PROPN" or not _ends_the_title(last, tok):
        return tok
    # a name the tagger missed ("on Torture Alice Edwards"): a first name before its last word
    missed = any(t.text in first_names() for t in last.doc[last.left_edge.i : last.i] if t.pos_ == "PROPN")
    if last.ent_type_ == "PERSON" or missed or _indexed_person(last, index):
        return last
    return tok


def _ends_the_title(last: Token, title: Token) -> bool:
    """Whether *last* hangs from the *title* as the end of its phrase, not inside a clause.

    The parser hangs the name after a long title ("UN Special Rapporteur on
    the situation of human rights in Myanmar Tom Andrews") from the title's
    last preposition, or joins it to the title ("High Commissioner for Human
    Rights Volker Türk", a conjunct) or sets it beside it (an apposition).
    """
    if last.dep_ not in {"pobj", "conj", "appos"}:
        return False
    tok = last
    for _ in range(TITLE_DEPTH):
        if tok.head.i == title.i:
            return True
        if tok.dep_ not in {"pobj", "prep", "conj", "appos"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: How many links of prepositions may part a long title from the name that ends it.
TITLE_DEPTH = 8


def _indexed_person(tok: Token, index: EntityIndex | None) -> bool:
    """The entities read *tok* as a person's name the tagger put in an organisation
    ("Head of the Judiciary Bahman Zarghamipour": :func:`~tally.extract.entities.extractor.extract_entities`)."""
    if index is None or tok.pos_ != "PROPN":
        return False
    entity = index.at(tok.idx, tok.idx + len(tok.text))
    return entity is not None and entity.type == "PERSON"


def _subject_in_paragraph(cue: Token, para_of: Callable[[int], int]) -> Token | None:
    """The last noun before *cue* in its own paragraph whose head lies outside that stretch."""
    doc = cue.doc
    here = para_of(cue.idx)
    k = cue.i - 1
    best = None
    while k >= 0 and para_of(doc[k].idx) == here:
        tok = doc[k]
        inside = tok.head.i < cue.i and para_of(tok.head.idx) == here and tok.head.i != tok.i
        if tok.pos_ in {"PROPN", "NOUN", "PRON"} and not inside and best is None:
            best = tok
        k -= 1
    return best


def _antecedent(
    ctx: ExtractContext,
    tok: Token,
    last: Attribution | None,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
    *,
    person: bool,
) -> Entity | None:
    """The entity a pronoun speaker refers to.

    In order: the last speaker nearby, the nearest subject of the right kind
    before it ("Donald Trump is raising questions … He notes"), the nearest
    name before it. Names inside quoted speech are never candidates, nor a
    person the article shows to be of the other gender (:mod:`._quote_gender`).
    """
    if not person and tok.lower_ == "they":
        people = _plural_people_subject(ctx, tok, quoted)
        if people is not None:
            # "Democrats noted that the committee met in private. They noted …": the people
            # who are the last main subject, not the organisation named inside their clause
            return people
    near = last is not None and para_of(tok.idx) - para_of(last.start) <= PRONOUN_PARAGRAPHS
    found = _subject_antecedent(ctx, tok, para_of, quoted, genders, person=person)
    here = para_of(tok.idx)
    if last is not None and para_of(last.start) < here and (found is None or para_of(found[0]) < here):
        # a new paragraph that names a person before "she told reporters" is about
        # that person, not the speaker of the paragraph before
        named = _nearest_named(ctx, tok, quoted, genders, person=person)
        if named is not None and para_of(named[0]) == here and not _in_fronted_participle(tok, named[0]):
            found = named
    # the small model mislabels people, so any speaker that is not a collective
    # or an outlet can be "he"/"she"
    if (
        near
        and last is not None
        and last.entity is not None
        and person
        == (
            _may_be_person(last.entity)
            or _speaker_named_like_a_person(last.entity)
            or (here == para_of(last.start) and _surname_like(last.entity))
        )
        and genders.fits(last.entity, tok.lower_)
        # a person who became the subject since the last quote is the one meant,
        # unless that subject is inside what the last speaker reported ("X told
        # reporters that Cyclone Maria had moved. “…” she said")
        and (
            found is None
            or found[0] < max(last.start, (last.speaker_span or (0, 0))[0])
            or (last.start <= found[0] < last.end and not last.turn)
        )
    ):
        return last.entity
    if (
        person
        and last is not None
        and last.entity is not None
        and here == para_of(last.start)
        and found is None
        and (_may_be_person(last.entity) or _speaker_named_like_a_person(last.entity))
        and genders.by_name_only(last.entity)
        and not genders.fits(last.entity, tok.lower_)
        and not _named_in_paragraph_since(ctx, tok, quoted, genders, para_of)
    ):
        # "Marion Velasco … told parliament that … “…,” he said": the article's own "he"
        # outweighs the lists of first names, when no one it fits is named in the paragraph
        return last.entity
    if _unnamed_last_speaker(last, tok, para_of) is not None and last is not None:
        # "Another witness said that … “…,” she said": the unnamed witness goes on
        # speaking, unless a person became the subject since
        spoke_at = (last.speaker_span or (last.start, last.start))[0]
        if found is None or found[0] < spoke_at or _inside_phrase(last.speaker_tok, found[0]):
            # "A driver in the Kalerwe market area said …": a name inside the unnamed
            # speaker's own phrase is no one who became the subject since
            return None
    if found is not None and person and last is not None and found[0] < last.start:
        found = _named_since_the_last_quote(ctx, tok, last, found, quoted, genders)
    if found is not None:
        return found[1]
    if not person:
        # "Protesters chanted slogans. “Freedom, freedom,” they shouted.": the people just named
        group = _plural_subject_before(tok, _window_start(tok, GROUP_PRONOUN_SENTENCES), None, quoted)
        if group is not None:
            return _group_of(ctx, group)
    named = _nearest_named(ctx, tok, quoted, genders, person=person)
    return named[1] if named else None


def _plural_people_subject(ctx: ExtractContext, tok: Token, quoted: Callable[[int], bool]) -> Entity | None:
    """The people "they" refers to when the last main clause's subject names them: a plural
    name for a people or party ("Democrats", "Republicans") or a conjunction of persons ("Lena
    Ortiz and Paul Reyes wrote to the board. They said …").

    Only the nearest subject of a main verb before *tok*, within :data:`GROUP_PRONOUN_SENTENCES`
    sentences and outside quote marks, is looked at: any other subject there leaves "they" to the
    ordinary reading, so an organisation that is the last main subject keeps it.
    """
    doc = tok.doc
    lo = _window_start(tok, GROUP_PRONOUN_SENTENCES)
    k = tok.i - 1
    while k >= 0 and doc[k].idx >= lo:
        cand = doc[k]
        k -= 1
        if cand.dep_ not in {"nsubj", "nsubjpass"} or not _main_verb(cand.head) or quoted(cand.idx):
            continue
        if cand.tag_ == "NNPS" and cand.ent_type_ == "NORP":
            return _group_of(ctx, cand)
        if _plural_of_people(cand):
            # "Critics, including X, have urged Congress …, although they say": the critics
            return _group_of(ctx, cand)
        return _conjoined_persons(ctx, cand)
    return None


def _plural_of_people(cand: Token) -> bool:
    """A plural common noun for people or bodies of people ("critics", "trade groups"), alone or
    joined to others ("Twenty states and several trade groups")."""
    if cand.tag_ != "NNS" or cand.pos_ != "NOUN":
        return False
    return any(
        m.tag_ == "NNS"
        and (
            is_person_noun(m.lemma_.lower())
            or m.lemma_.lower() in quote_words.COLLECTIVES
            or m.lemma_.lower() in quote_cues.GATHERING_NOUNS
        )
        for m in (cand, *cand.conjuncts)
    )


def _main_verb(verb: Token) -> bool:
    """A sentence's root, or a verb joined to it ("Democrats want X, and Republicans want Y")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _conjoined_persons(ctx: ExtractContext, cand: Token) -> Entity | None:
    """The group "X and Y" when *cand* heads a conjunction whose every member is a person's name."""
    members = [cand, *cand.conjuncts]
    if len(members) < 2 or any(m.pos_ != "PROPN" or m.ent_type_ != "PERSON" for m in members):
        return None
    return _coordination_group(ctx, members)


def _named_since_the_last_quote(
    ctx: ExtractContext,
    tok: Token,
    last: Attribution,
    found: tuple[int, Entity],
    quoted: Callable[[int], bool],
    genders: Genders,
) -> tuple[int, Entity]:
    """The person a "he"/"she" refers to when the subject found lies before the last quote.

    "“…,” said Brandt. The same warning came from party leader Ingrid Holm. “…,” she
    said", "X then introduced the next guest, Petra Novak. She said, “…”": someone of
    the pronoun's gender named after the last quote and before the pronoun's sentence,
    outside quotes, is nearer than a subject from before that quote, whatever their
    role in their sentence. A name in the pronoun's own sentence ("Asked about X, she
    said") is someone the speaker speaks of.
    """
    named = _nearest_named(ctx, tok, quoted, genders, person=True)
    if (
        named is not None
        and last.end <= named[0] < tok.sent.start_char
        and named[0] > found[0]
        and named[1] is not last.entity
    ):
        return named
    return found


def _in_fronted_participle(tok: Token, offset: int) -> bool:
    """Whether *offset* lies in a participle clause that opens the pronoun's sentence.

    "Asked whether the shot that wounded X came from a rifle, he said": the
    clause's unstated subject is "he" itself, so a name inside it is what he
    was asked about, never who "he" is.
    """
    verb = tok.head
    for child in verb.lefts:
        if child.dep_ == "advcl" and child.tag_ in {"VBN", "VBG"} and child.i < tok.i:
            lo, hi = child.left_edge, child.right_edge
            if lo.idx <= offset < hi.idx + len(hi.text):
                return True
    return False


#: "they" refers to a plural subject at most this many sentences before its own.
GROUP_PRONOUN_SENTENCES = 2


def _named_in_paragraph_since(
    ctx: ExtractContext,
    tok: Token,
    quoted: Callable[[int], bool],
    genders: Genders,
    para_of: Callable[[int], int],
) -> bool:
    """Whether a person the pronoun *tok* fits is named in its paragraph before it."""
    named = _nearest_named(ctx, tok, quoted, genders, person=True)
    return named is not None and para_of(named[0]) == para_of(tok.idx)


def _nearest_named(
    ctx: ExtractContext,
    tok: Token,
    quoted: Callable[[int], bool],
    genders: Genders,
    *,
    person: bool,
) -> tuple[int, Entity] | None:
    """Offset and entity of the last mention before *tok* of an entity the pronoun fits, outside quotes."""
    found = nearest_mention(
        ctx.entities,
        0,
        tok.idx,
        None,
        fits=lambda entity: _may_be_person(entity) == person and genders.fits(entity, tok.lower_),
        keep=lambda start: (
            not quoted(start)
            and not _in_companion_phrase(tok, start)
            and not _in_earlier_pronouns_clause(tok, start, quoted)
        ),
    )
    return (found[0][0], found[1]) if found else None


#: Prepositions whose object is someone the subject of the clause is with, never that subject:
#: "At a news conference with X, he said", "Alongside X, she urged".
_COMPANION_PREPS = frozenset({"with", "alongside", "beside"})


def _in_companion_phrase(tok: Token, offset: int) -> bool:
    """Whether *offset*, before the pronoun *tok* in its own sentence, names whom its clause's
    subject is with: "At a joint press conference with Minister X, he urged …" — "he" is not X.

    Only a name in a "with"/"alongside"/"beside" phrase that hangs (through at most a few
    heads) from the pronoun's own verb; the look stays inside the pronoun's sentence.
    """
    sent = tok.sent
    if not sent.start_char <= offset < tok.idx:
        return False
    doc = tok.doc
    k = bisect_left(token_starts(doc), offset)
    if k >= len(doc) or doc[k].idx != offset:
        return False
    node = doc[k]
    for _ in range(6):
        if node.i == node.head.i or node.i == tok.head.i:
            return False
        if node.dep_ == "prep" and node.lower_ in _COMPANION_PREPS:
            head = node.head
            for _ in range(4):
                if head.i == tok.head.i:
                    return True
                if head.i == head.head.i:
                    return False
                head = head.head
            return False
        node = node.head
    return False


def _unnamed_last_speaker(last: Attribution | None, tok: Token, para_of: Callable[[int], int]) -> str | None:
    """The description of an unnamed person who spoke just before a "he"/"she" with no named antecedent.

    "A relative of one detainee told the outlet that … “…,” she said": the
    relative goes on speaking. Only a singular noun for a person, in this
    paragraph or the one before; for "they", an unnamed group ("Two
    residents", "a group of experts").
    """
    if last is None or last.entity is not None or last.speaker_tok is None or not last.speaker_name:
        return None
    head = last.speaker_tok
    if tok.lower_ not in quote_words.PRONOUNS_PERSON:
        # "A group of UN experts called on Iran … In a statement, they said:": the group goes on
        lemma = head.lemma_.lower()
        many = head.tag_ == "NNS" and (is_person_noun(lemma) or lemma in quote_words.COLLECTIVES)
        gathering = head.tag_ == "NN" and lemma in quote_words.GENERIC_ORGANISATION_NOUNS
        if not (many or gathering) or para_of(tok.idx) - para_of(last.start) > 1:
            return None
        return last.speaker_name
    # "A boy said he was held. He said … “…,” he said": the pronoun before went on from the boy
    went_on = head.lower_ in quote_words.PRONOUNS_PERSON and last.speaker_name != head.text
    if not went_on and not _singular_person_noun(head) and _described_unnamed(head) is None:
        return None
    if para_of(tok.idx) - para_of(last.start) > 1:
        return None
    return last.speaker_name


def _unnamed_described_again(
    tok: Token, last: Attribution | None, para_of: Callable[[int], int], quoted: Callable[[int], bool]
) -> str | None:
    """The unnamed speaker a plain description refers back to: "A 34-year-old street vendor who
    asked not to be named said …. “…,” she said.¶“…,” the woman added" is the vendor.

    *tok* is "the" and a noun of :data:`PLAIN_PERSON_NOUNS` (sex or age, no role); the last
    speaker is unnamed, a singular noun for a person (or a pronoun that went on from one), in
    this paragraph or the one before, of no other sex than the noun says, and no person became
    a subject between them.
    """
    if (
        last is None
        or last.entity is not None
        or last.speaker_tok is None
        or not last.speaker_name
        or tok.lemma_.lower() not in quote_words.PLAIN_PERSON_NOUNS
        or tok.tag_ != "NN"
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        or para_of(tok.idx) - para_of(last.start) > 1
    ):
        return None
    head = last.speaker_tok
    wanted = _pronoun_of_noun(tok)
    known: str | None
    if head.lower_ in quote_words.PRONOUNS_PERSON:
        # the pronoun the unnamed speaker went by says the sex
        known = head.lower_
    elif _singular_person_noun(head) or _described_unnamed(head) is not None:
        known = _pronoun_of_noun(head)
    else:
        return None
    if wanted is not None and known is not None and known != wanted:
        return None
    doc = tok.doc
    for k in range(head.i + 1, tok.i):
        cand = doc[k]
        person = cand.ent_type_ == "PERSON" or (cand.pos_ == "NOUN" and is_person_noun(cand.lemma_.lower()))
        if person and cand.dep_ in {"nsubj", "nsubjpass"} and not quoted(cand.idx) and cand.idx >= last.end:
            return None  # someone else became the subject since
    return last.speaker_name


def _subject_outside_quote(cue: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the first verb outside quote marks up the chain of conjuncts *cue* hangs from."""
    verb = cue
    for _ in range(CLIMB_DEPTH):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
        if not quoted(verb.idx):
            found = quote_cues.subject_of(verb)
            return found if found is not None and not quoted(found.idx) else None
    return None


def _named_body_noun(tok: Token) -> bool:
    """A noun for an organisation by its kind ("the party", "the monitor")."""
    return tok.lemma_.lower() in quote_words.GENERIC_ORGANISATION_NOUNS


#: Words that join the words of an organisation's name, never a person's ("Observatory for Human Rights").
_NAME_JOINERS = frozenset({"for", "of", "the", "and", "on"})


def _organisation_words(entity: Entity) -> bool:
    """Whether the name reads as an organisation's: a word of organisations' names, or words
    joined by "for", "of" … ("Levant Observatory for Human Rights", tagged a person)."""
    words = entity.name.split()
    return bool(set(words_of_name(entity.name)) & entity_words.ORG_WORDS) or any(
        w in _NAME_JOINERS for w in words[1:]
    )


def _singular_person_noun(head: Token) -> bool:
    """A singular noun for a person, or a noun the parser made the head of one set off after it: "A
    boda boda (motorcycle taxi) driver" is a driver."""
    if head.tag_ == "NN" and one_person_noun(head.lemma_.lower()):
        return True
    return head.tag_ == "NN" and any(
        c.dep_ == "appos" and c.tag_ == "NN" and one_person_noun(c.lemma_.lower()) for c in head.children
    )


def _inside_phrase(head: Token | None, offset: int) -> bool:
    """Whether *offset* lies in the phrase *head* heads (its whole subtree)."""
    if head is None:
        return False
    left, right = head.left_edge, head.right_edge
    return left.idx <= offset < right.idx + len(right.text)


def can_speak(tok: Token) -> bool:
    """A name, a pronoun for people, a noun for people, a collective, a part of an organisation or
    a document."""
    if tok.lower_ in quote_words.NOT_SPEAKERS:
        return False
    if tok.pos_ in {"PROPN", "PRON"} or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in quote_words.COLLECTIVES
        or lemma in quote_words.SPEAKING_NOUNS
        or lemma in quote_words.SUB_BODY_NOUNS  # "and the U.N. human rights office said"
        or is_person_noun(lemma)
    )


#: How many heads up from a cue a speaker is looked for (:func:`_climbing_subject`).
CLIMB_DEPTH = 6


def _form_without_subject(cue: Token) -> bool:
    """A participle or gerund with no subject of its own ("noting", "posted"), which the parser
    hangs from a clause or a noun (round 55)."""
    return cue.tag_ in {"VBG", "VBN"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)


def _climbing_subject(cue: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The nearest subject that can speak on the way from *cue* to its sentence's root."""
    verb = cue
    for _ in range(CLIMB_DEPTH):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or quoted(subject.idx) or not can_speak(subject):
            continue
        if subject.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
            return quote_cues.relative_antecedent(subject, verb.head)
        if subject.lower_ not in quote_words.PRONOUNS_NONE:
            return subject
    return None


def _definite_description(phrase: Span | Sequence[Token], head: Token) -> bool:
    """ "the California congressman", "The Republican presidential nominee": one person, by role."""
    return (
        len(phrase) >= 2
        and phrase[0].lower_ == "the"
        and head.tag_ == "NN"
        and head.lemma_.lower() not in quote_words.COLLECTIVES
        and one_person_noun(head.lemma_.lower())
    )


def _description_antecedent(
    ctx: ExtractContext,
    head: Token,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
) -> Entity | None:
    """The person a definite description refers to, when the article makes it plain.

    A person named within the paragraph or the one before whose role has the
    description's head word ("nominee"), else the one person named there. With
    several people and no role to tell them apart, no one: a wrong speaker is
    worse than none.
    """
    here = para_of(head.idx)
    word = head.lower_
    near: dict[str, tuple[int, Entity]] = {}
    titled: dict[str, Entity] = {}  # people given the description's occupation anywhere before it
    occupation = word in _occupation_groups()
    former = says_former(head)
    for entity in ctx.entities.entities:
        if not _may_be_person(entity):
            continue
        has_role = holds_title(entity, word, former=former)
        for s, _e in entity.mentions:
            if s >= head.idx or quoted(s):
                continue
            if occupation and has_role:
                titled[entity.id] = entity
            if here - para_of(s) <= SUBJECT_PARAGRAPHS and (entity.id not in near or s > near[entity.id][0]):
                near[entity.id] = (s, entity)
    roled = [(s, e) for s, e in near.values() if holds_title(e, word, former=former)]
    if roled:
        return max(roled, key=lambda x: x[0])[1]
    if len(titled) == 1:
        # "President Kais Saied dismissed 57 judges …" paragraphs before "the president said":
        # the one person the article gave that office
        return next(iter(titled.values()))
    briefer = _header_briefer(ctx, head)
    if briefer is not None:
        return briefer  # "the spokesperson said" in a briefing note
    near = {k: v for k, v in near.items() if may_hold_office(v[1], head) and not other_occupation(v[1], head)}
    pronoun = _pronoun_of_noun(head)
    if pronoun is not None:
        # "the father of two" is none of the women named just before
        near = {k: v for k, v in near.items() if genders.fits(v[1], pronoun)}
    if near and _introduced_unnamed(head, max(s for s, _e in near.values()), quoted):
        return None  # "A nursing student …, said …. “…,” the student told reporters": her, unnamed
    if near and _repeats_an_unnamed_one(head, quoted):
        return None  # "A young man … sued …. TTC spokesman X said …. the young man alleges": him, unnamed
    if len(near) == 1:
        return next(iter(near.values()))[1]
    if len(near) > 1 and _given_an_age(head):
        # "the 43-year-old told the court": an age marks someone the article named and is
        # telling about, the nearest person who was a clause's subject, as for "he"
        found = _subject_antecedent(ctx, head, para_of, quoted, genders, person=True)
        if found is not None and found[1].id in near:
            return found[1]
    # "A member of the committee, X, criticised …. “…,” the lawmaker said": the one person its own
    # paragraph names, whoever the paragraph before named
    own = [e for s, e in near.values() if para_of(s) == here]
    return own[0] if len(own) == 1 else None


def _before_its_quote(head: Token, quoted: Callable[[int], bool]) -> Token:
    """Where a description after a quote is measured from: the last word before that quote.

    "“A. B. C,” the student said": the sentences of the quote the description
    cues are no distance from whoever it refers back to. *head* itself when
    no quoted words stand right before its phrase.
    """
    doc = head.doc
    first = head.left_edge.i - 1
    k = first
    while k > 0 and (quoted(doc[k].idx) or doc[k].is_punct or doc[k].is_space):
        k -= 1
    return doc[k] if k < first and k >= 0 and not quoted(doc[k].idx) else head


def _introduced_unnamed(head: Token, last_named: int, quoted: Callable[[int], bool]) -> bool:
    """Whether someone unnamed was introduced with the description's noun after the last name.

    "Lawmaker Chen Bo proposed …. A nursing student in Shanghai said … proposed
    by Chen …. “…,” the student told reporters": "a"/"an"/"another" and the
    same noun, outside quoted words, within the sentences a description
    reaches, in a sentence that holds the last person named or comes after
    it, is the one "the student" refers to, not the name.
    """
    doc = head.doc
    k = head.i - 1
    # "“A. B. C,” the student said": the sentences of the quote it cues are no distance; count
    # from the words before it
    lo = _window_start(_before_its_quote(head, quoted), DESCRIPTION_SENTENCES)
    while k >= 0 and doc[k].idx >= lo:
        cand = doc[k]
        k -= 1
        if cand.lemma_.lower() != head.lemma_.lower() or cand.pos_ != "NOUN" or quoted(cand.idx):
            continue
        if cand.dep_ == "appos" and cand.head.pos_ == "PROPN":
            continue  # "Ana Diaz, a nursing student,": named, not someone unnamed
        if any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in cand.children):
            return last_named < cand.sent.end_char
    return False


def _repeats_an_unnamed_one(head: Token, quoted: Callable[[int], bool]) -> bool:
    """Whether a description repeats the words an unnamed person was introduced with, anywhere before.

    "A young man and his mother have sued the board …. Its spokesman, X, said …. the
    young man alleges", "a law enforcement official said …. the first law enforcement
    official said": the description takes up the unnamed one's own words ("young",
    "law enforcement"), so it refers to that person, not to whoever was named since
    (a spokesman, a victim). A head noun alone ("the official") is not enough: a named
    person may be called that too. An introduction that names its person ("a young
    lawyer, Ana Diaz,") or describes a subject ("Diaz is a young lawyer") introduces no
    one unnamed. Linear in the words before *head*.
    """
    mods = _describing_words(head)
    if not mods:
        return False
    lemma = head.lemma_.lower()
    doc = head.doc
    for k in range(head.left_edge.i):
        cand = doc[k]
        if cand.pos_ != "NOUN" or cand.lemma_.lower() != lemma or quoted(cand.idx):
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in cand.children):
            continue
        if cand.dep_ in {"attr", "appos", "acomp"} or (cand.dep_ == "pobj" and cand.head.lower_ == "as"):
            continue  # "X is a young lawyer", "X, a young lawyer,", "known as a young lawyer": named
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in cand.children):
            continue  # "a young lawyer, Ana Diaz,": named
        if mods & _describing_words(cand):
            return True
    return False


#: Words before a noun that rank or count people rather than describe one: "the first official".
_RANKING_WORDS = frozenset({"first", "second", "third", "other", "same", "latter", "former", "last"})


def _describing_words(tok: Token) -> set[str]:
    """The words before a noun in its own phrase that describe its person: "young", "law",
    "enforcement" of "the first young law enforcement official" (not "the", "first", numbers)."""
    return {
        t.lower_
        for t in tok.subtree
        if t.i < tok.i
        and t.dep_ in {"amod", "compound"}
        and t.is_alpha
        and not t.like_num
        and t.lower_ not in _RANKING_WORDS
    }


def _pronoun_of_noun(head: Token) -> str | None:
    """ "she" for a noun that says its person is a woman ("mother", "spokeswoman"), "he" for a man's."""
    gender = quote_words.NOUN_GENDER.get(head.lower_) or quote_words.NOUN_GENDER.get(head.lemma_.lower())
    return {FEMALE: "she", MALE: "he"}.get(gender) if gender else None


def _given_an_age(head: Token) -> bool:
    """Whether a description gives its person's age: "the 34-year-old mother", "the 52-year-old"."""
    return any(
        t.i < head.i and t.lower_ == "year" and any(c.like_num for c in t.children) for t in head.subtree
    )


def _may_be_person(entity: Entity) -> bool:
    """A PERSON, or an ORG whose name reads like a person's ("Loretta E. Lynch").

    The small model tags many people ORG. A name of two to four capitalised
    words with no organisation word, with a first name (coreferee's lists) or
    an initial before its last word, can be "she"; "National Mall" cannot.
    """
    if entity.type == "PERSON":
        return True
    if entity.type != "ORG":
        return False
    parts = entity.name.split()
    return (
        2 <= len(parts) <= 4
        and any(p in first_names() or _INITIAL.fullmatch(p) for p in parts[:-1])
        and all(p[:1].isupper() for p in parts)
        and not set(words_of_name(entity.name)) & entity_words.ORG_WORDS
    )


_INITIAL = re.compile(r"[A-Z]\.")

#: A word of a personal name: capitalised letters, maybe hyphenated ("Mohseni", "Amiry-Moghaddam").
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")


def _speaker_named_like_a_person(entity: Entity) -> bool:
    """A speaker the tagger called an organisation whose name is two or three name words.

    "Gholamhossein Mohseni Ejei told judges … He added": a first name no list
    holds. Only for the one who spoke last (a place such as "National Mall"
    never speaks), and never a name with an organisation word.
    """
    parts = entity.name.split()
    return (
        entity.type == "ORG"
        and 2 <= len(parts) <= 3
        and all(_NAME_WORD.fullmatch(p) for p in parts)
        and not set(words_of_name(entity.name)) & entity_words.ORG_WORDS
        and not is_country_name(entity.name)
    )


def _surname_like(entity: Entity) -> bool:
    """A speaker the tagger called an organisation whose name is one word that reads as a surname.

    "Lukashenko told state television that … “…,” he said": the small model
    tags many foreign surnames as organisations or not at all. Only for the
    one who spoke last in the pronoun's own paragraph, where "he" or "she"
    cannot mean an organisation (that would be "it"); an acronym ("NCRI") or
    a word of an organisation's name never qualifies.
    """
    name = entity.name
    return (
        entity.type == "ORG"
        and " " not in name
        and _NAME_WORD.fullmatch(name) is not None
        and not set(words_of_name(name)) & entity_words.ORG_WORDS
        and not is_country_name(name)
    )


_SUBJECTS_KEY = "tally.quotes.proper_subjects"


def _proper_subjects(doc: Doc) -> list[int]:
    """Indices of the proper nouns that are a clause's subject, listed once per Doc.

    A pronoun's antecedent is looked for among them only: walking back every
    token of its paragraph for each pronoun was quadratic in a long paragraph
    ("“No!” they chanted." a thousand times on one line).
    """
    held = doc.user_data.get(_SUBJECTS_KEY)
    if held is None:
        held = [
            i
            for i, pos in enumerate(token_pos(doc))
            if pos == "PROPN" and doc[i].dep_ in {"nsubj", "nsubjpass"}
        ]
        doc.user_data[_SUBJECTS_KEY] = held
    return held


_PRONOUN_SUBJECTS_KEY = "tally.quotes.pronoun_subjects"

#: Pronouns whose own clause cannot hold their referent's name after them.
_BINDING_PRONOUNS = frozenset({"he", "she"})


def _pronoun_subjects(doc: Doc) -> list[int]:
    """Indices of every "he"/"she" that is a clause's subject, listed once per Doc."""
    held = doc.user_data.get(_PRONOUN_SUBJECTS_KEY)
    if held is None:
        lowers = token_lowers(doc)
        held = [
            i
            for i, low in enumerate(lowers)
            if low in _BINDING_PRONOUNS and doc[i].dep_ in {"nsubj", "nsubjpass"}
        ]
        doc.user_data[_PRONOUN_SUBJECTS_KEY] = held
    return held


def _in_earlier_pronouns_clause(tok: Token, offset: int, quoted: Callable[[int], bool]) -> bool:
    """Whether the name at *offset* stands, in its own sentence, after a subject "he"/"she" of
    the same form as the pronoun *tok*, in that subject's clause or one below it.

    "She rejected Carla Denn's plan", "He left an hour before Piet Ostrand was named": a name
    after a pronoun subject in the pronoun's own clause is someone else (the pronoun cannot
    refer to a name it precedes there), so a later "she"/"he" goes on with that pronoun's
    referent, not with the nearer name. A name that is the subject of a clause joined to the
    pronoun's by "and"/"but" ("He left, and Piet Ostrand stayed") opens a topic of its own.
    """
    pronoun = tok.lower_
    if pronoun not in _BINDING_PRONOUNS:
        return False
    doc = tok.doc
    at = bisect_left(token_starts(doc), offset)
    if at >= len(doc) or at >= tok.i:
        return False
    subjects = _pronoun_subjects(doc)
    k = bisect_left(subjects, at) - 1
    if k < 0:
        return False
    pron = doc[subjects[k]]
    name = doc[at]
    sent = name.sent
    if pron.i < sent.start or pron.lower_ != pronoun or quoted(pron.idx):
        return False
    # the name's clause must lie under the pronoun's verb (not a clause coordinated with it)
    verb = pron.head
    head = name
    while head.head.i != head.i:
        if head.dep_ == "conj" and head.head.i == verb.i:
            return False
        head = head.head
        if head.i == verb.i:
            return True
    return False


def _subject_antecedent(
    ctx: ExtractContext,
    tok: Token,
    para_of: Callable[[int], int],
    quoted: Callable[[int], bool],
    genders: Genders,
    *,
    person: bool,
) -> tuple[int, Entity] | None:
    """Offset and entity of the nearest grammatical subject before *tok*, within reach of a pronoun."""
    doc = tok.doc
    here = para_of(tok.idx)
    index: EntityIndex = ctx.entities
    subjects = _proper_subjects(doc)
    k = bisect_left(subjects, tok.i) - 1
    # "Ana Diaz joined the march.¶“…”¶She said …": a paragraph that is only a quote names no one new
    reach = SUBJECT_PARAGRAPHS + _quote_paragraphs_before(doc, here, quoted)
    # "Ines Kaya runs the shelter.¶She works nights.¶She thinks …¶“…,” she said": each paragraph
    # opened by the same pronoun goes on with the one subject
    reach += _pronoun_paragraphs_before(doc, here - reach + SUBJECT_PARAGRAPHS, tok.lower_)
    while k >= 0 and here - para_of(doc[subjects[k]].idx) <= reach:
        cand = doc[subjects[k]]
        k -= 1
        if quoted(cand.idx) or _in_earlier_pronouns_clause(tok, cand.idx, quoted):
            continue
        entity = index.at(cand.idx, cand.idx + len(cand.text))
        if entity is None and person and _lone_given_name(cand, tok):
            # "Alejandro ran around the corner …. “…,” he recalled": a given name the tagger missed
            entity = index.add_mention(cand.text, cand.idx, cand.idx + len(cand.text), "PERSON")
        if entity is None and person:
            start = _untagged_name_with_a_role(cand)
            if start is not None:
                # "Ana Kowe, spokesperson for the alliance, rejected …. “…,” she said": a name the
                # tagger missed, set off with the role of a person
                end = cand.idx + len(cand.text)
                entity = index.add_mention(doc_text(doc)[start:end], start, end, "PERSON")
        if entity is None or not genders.fits(entity, tok.lower_):
            continue
        if _may_be_person(entity) == person or (person and _person_by_who(cand, entity)):
            return cand.idx, entity
    return None


def _untagged_name_with_a_role(cand: Token) -> int | None:
    """Where the name of *cand* starts, when it is a capitalised subject no entity covers, followed
    by an apposition set off by a comma whose head is a noun for a person, with or without an
    article: "Ana Kowe, spokesperson for the alliance,", "Ana Kowe, a nurse,". A place
    ("Kassala, a town in the east,") or a body ("Kavu, a collective,") is no such noun.
    The name runs back over the capitalised proper nouns right before *cand* (at most three).
    """
    if cand.ent_type_ or not cand.is_title or cand.pos_ != "PROPN":
        return None
    role = next(
        (
            c
            for c in cand.children
            if c.dep_ == "appos"
            and c.i > cand.i
            and c.pos_ == "NOUN"
            and quote_cues.set_off(c)
            and c.lemma_.lower() not in _PLACE_APPOSITIONS
            and is_person_noun(c.lemma_.lower())
        ),
        None,
    )
    if role is None:
        return None
    doc = cand.doc
    first = cand.i
    while first > 0 and cand.i - first < 3:
        prev = doc[first - 1]
        if prev.pos_ != "PROPN" or not prev.is_title or prev.ent_type_:
            break
        first -= 1
    return doc[first].idx


#: The pronoun -> the gender of the given names it may stand for.
_PRONOUN_GENDER = {"he": MALE, "she": FEMALE}


def _lone_given_name(cand: Token, pronoun: Token) -> bool:
    """A subject that is one capitalised word, untagged, and a given name of the pronoun's gender.

    "Alejandro was one of the youngest marchers …. “…,” he recalled": the small
    model tags no entity on a lone first name at times; the name lists say it
    is a man's. A name of another gender, or a word in no list, stays unnamed.
    """
    wanted = _PRONOUN_GENDER.get(pronoun.lower_)
    if wanted is None or cand.ent_type_ or not cand.is_title:
        return False
    doc = cand.doc
    if (cand.i > 0 and doc[cand.i - 1].pos_ == "PROPN") or (
        cand.i + 1 < len(doc) and doc[cand.i + 1].pos_ == "PROPN"
    ):
        return False  # part of a longer name: left to the entity tagger
    return first_name_gender().get(cand.text) == wanted


def _person_by_who(cand: Token, entity: Entity) -> bool:
    """A name the tagger called a body or a place that a relative "who" shows to be a person.

    "Chalida Tajaroensuk, who heads a rights group, echoed …", "Houria, who
    asked that her family name not be used, …": one to three name words with
    no organisation word, not a country, whose own clause is "who …" or whose
    apposition is a noun for a person ("Hasina, the daughter of …, refused");
    "the Council, which monitors …" stays a body.
    """
    parts = entity.name.split()
    if not (
        entity.type in {"ORG", "GPE"}
        and 1 <= len(parts) <= TITLED_NAME_WORDS
        and all(_NAME_WORD.fullmatch(p) for p in parts)
        and not set(words_of_name(entity.name)) & entity_words.ORG_WORDS
        and not is_country_name(entity.name)
    ):
        return False
    who = any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in cand.children
    )
    if len(parts) > 3:
        # "Child Welfare Commissioner X Y, who visited …": an office's title the tagger ran into the
        # name makes it longer; "who" shows a person then, and only with a title word before the
        # name ("Black Lives Matter Greater Manchester, who organised …" is a group)
        return who and _titled_name(parts)
    return who or any(_person_in_apposition_noun(c) for c in cand.children)


def _titled_name(parts: list[str]) -> bool:
    """Whether the word right before the last two of a name's *parts* is an office's title or a
    noun for one person ("… Commissioner X Y", "… Defender X Y"): a title run into a name."""
    title = parts[-3].lower()
    return title in entity_words.ROLE_WORDS or title in entity_words.PERSON_TITLES or one_person_noun(title)


#: Most words of a name "who" shows to be a person, an office's title before it included.
TITLED_NAME_WORDS = 5


#: Nouns for a place that the lists of nouns for people also hold ("town" as in "townspeople").
_PLACE_APPOSITIONS = SETTLEMENT_NOUNS | frozenset({"province", "district", "region", "county", "area"})


def _person_in_apposition_noun(child: Token) -> bool:
    """ "Hasina, the daughter of …,": an apposition whose head is a noun for a person, with its
    article; "Kassala, a town in the east," is a place."""
    lemma = child.lemma_.lower()
    return (
        child.dep_ == "appos"
        and child.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in {"the", "a", "an"} for d in child.children)
        and lemma not in _PLACE_APPOSITIONS
        and is_person_noun(lemma)
    )


#: How many paragraphs of quoted words only a pronoun may reach across to its subject.
QUOTE_PARAGRAPHS_ACROSS = 2

_PARAGRAPHS_KEY = "tally.quotes.paragraphs"


def _paragraph_spans(doc: Doc) -> list[tuple[int, int]]:
    """The article's paragraphs (:func:`paragraphs`), worked out once per Doc."""
    held = doc.user_data.get(_PARAGRAPHS_KEY)
    if held is None:
        held = paragraphs(doc_text(doc))
        doc.user_data[_PARAGRAPHS_KEY] = held
    return held


def _only_quoted(text: str, span: tuple[int, int], quoted: Callable[[int], bool]) -> bool:
    """Whether a paragraph holds quoted words only: its first and last letters or digits are quoted."""
    start, end = span
    first = next((i for i in range(start, end) if text[i].isalnum()), None)
    last = next((i for i in range(end - 1, start - 1, -1) if text[i].isalnum()), None)
    return first is not None and last is not None and quoted(first) and quoted(last)


def _quote_paragraphs_before(doc: Doc, here: int, quoted: Callable[[int], bool]) -> int:
    """How many paragraphs right before paragraph *here* hold quoted words only (at most
    :data:`QUOTE_PARAGRAPHS_ACROSS`)."""
    spans = _paragraph_spans(doc)
    text = doc_text(doc)
    n = 0
    while (
        n < QUOTE_PARAGRAPHS_ACROSS
        and 0 <= here - 1 - n < len(spans)
        and _only_quoted(text, spans[here - 1 - n], quoted)
    ):
        n += 1
    return n


#: How many paragraphs opened by the pronoun a pronoun may reach across to its subject.
PRONOUN_PARAGRAPHS_ACROSS = 3


def _pronoun_paragraphs_before(doc: Doc, here: int, pronoun: str) -> int:
    """How many paragraphs right before paragraph *here* open with *pronoun* as their subject
    (at most :data:`PRONOUN_PARAGRAPHS_ACROSS`).

    Short news paragraphs carry one subject on: "Ines Kaya runs the shelter.¶She works
    nights.¶She thinks …¶“…,” she said". Names inside them are not subjects, so the pronoun
    reaches across them to the subject that opened the run.
    """
    if pronoun not in {"he", "she"}:
        return 0
    spans = _paragraph_spans(doc)
    text = doc_text(doc)
    n = 0
    while n < PRONOUN_PARAGRAPHS_ACROSS and 0 <= here - 1 - n < len(spans):
        start, end = spans[here - 1 - n]
        first = next((i for i in range(start, end) if not text[i].isspace()), None)
        opener = doc.char_span(first, first + 1, alignment_mode="expand") if first is not None else None
        if opener is None or opener[0].lower_ != pronoun or opener[0].dep_ not in {"nsubj", "nsubjpass"}:
            break
        n += 1
    return n


def _speaker_of_the_next_paragraph(doc: Doc, atts: list[Attribution], para_of: Callable[[int], int]) -> None:
    """A quote standing alone in its paragraph with no one to continue takes the speaker who opens
    the next paragraph: "Ana Diaz joined the march.¶“…”¶She said she had been at every protest."

    Only a quote that opens its paragraph, no cue of its own and no speaker
    found before; the next paragraph must open with its speaker's name or
    pronoun, the subject of a verb of saying.
    """
    text = doc_text(doc)
    spans = _paragraph_spans(doc)
    for n, a in enumerate(atts[:-1]):
        if a.speaker_name is not None or not a.inherit or not a.marks:
            continue
        here = para_of(a.start)
        if here + 1 >= len(spans) or text[spans[here][0] : a.marks[0].open_at].strip():
            continue  # the quote does not open its paragraph
        nxt = atts[n + 1]
        if para_of(nxt.start) != here + 1 or nxt.speaker_span is None or nxt.speaker_name is None:
            continue
        if text[spans[here + 1][0] : nxt.speaker_span[0]].strip():
            continue  # the next paragraph does not open with its speaker
        a.speaker_span, a.speaker_name, a.entity = nxt.speaker_span, nxt.speaker_name, nxt.entity


#: The words of :func:`_via` that name a channel by their form ("according to IRNA", "an interview with").
_CHANNEL_WORDS = frozenset({"according", "interview"})


def _via(ctx: ExtractContext, a: Attribution) -> str | None:
    """The channel a quote came through: "as stated by a Reuters report", "told Reuters"."""
    if a.cue_tok is None:
        return None
    verb = a.cue_tok.head.head if a.cue_tok.head.lower_ == "as" else a.cue_tok
    if quote_cues.quoted_as_saying(verb) is not None:
        # "Tasnim quoted the police chief as saying …": the one who quoted is the channel
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:  # "the chief was quoted by Fars as saying": the agent quoted
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        entity = None
        if subject is not None:
            entity = ctx.entities.at(subject.idx, subject.idx + len(subject.text)) or _media_entity(
                ctx, subject
            )
        if entity is not None and (a.entity is None or entity.id != a.entity.id):
            return entity.id
    doc = ctx.doc
    sent = a.cue_tok.sent
    # the cue's sentence, then the one before it ("Esmaili was interviewed by
    # internet TV channel Edalat … His reply was: “…”")
    sents = [sent]
    if sent.start > 0:
        sents.append(doc[sent.start - 1].sent)
    # the words that can name a channel are found in the lists kept per Doc: only they become Tokens
    starts, lowers, lemmas = token_starts(doc), token_lowers(doc), token_lemmas(doc)
    cue_i, via_verbs = a.cue_tok.i, quote_words.VIA_VERBS
    for s in sents:
        for i in range(s.start, s.end):
            if a.start <= starts[i] < a.end or i == cue_i:
                continue
            if lowers[i] not in _CHANNEL_WORDS and lemmas[i] not in via_verbs:
                continue
            tok = doc[i]
            target = None
            if tok.lower_ == "according" and tok.head.i == a.cue_tok.i:
                # "…, the minister said, according to the state news agency IRNA"
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                target = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            elif tok.lemma_.lower() in quote_words.VIA_VERBS:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if agent is not None:
                    target = next((c for c in agent.children if c.dep_ == "pobj"), None)
            elif tok.lower_ == "interview":
                prep = next((c for c in tok.children if c.lower_ in {"with", "by"}), None)
                if prep is not None:
                    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is None:
                continue
            entity = _media_entity(ctx, target)
            if entity is not None and (a.entity is None or entity.id != a.entity.id):
                return entity.id
    return None


def _media_entity(ctx: ExtractContext, target: Token) -> Entity | None:
    names = [t for t in target.subtree if t.pos_ == "PROPN"]
    for t in names:
        entity = ctx.entities.at(t.idx, t.idx + len(t.text))
        if entity is not None:
            return entity
    if not names:
        return None
    doc = target.doc
    start, end = names[0].i, names[-1].i + 1
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return ctx.entities.add_mention(doc_text(doc)[s:e], s, e, "MEDIA")


def _date(ctx: ExtractContext, a: Attribution) -> str | None:
    """When it was said: a date mention in the cue's clause, outside the quoted words."""
    if a.cue_tok is None or not ctx.dates:
        return None
    sent = a.cue_tok.sent
    best = None
    for d, _, _ in dates_index(ctx).inside((sent.start_char, sent.end_char)):
        if not (a.start <= d.start < a.end):
            dist = abs(d.start - a.cue_tok.idx)
            if best is None or dist < best[0]:
                best = (dist, d.value)
    return best[1] if best else None


def _is_acronym(tok: Token) -> bool:
    """*tok* is written in capitals, two letters or more ("WHO", "US"): a name's initials, never the
    pronoun it spells in lower case (an all-capitals headline is not where quotes are read)."""
    return len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()
