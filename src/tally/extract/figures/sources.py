"""Who says a figure, when and where it happened, and merging repeated figures.

Sources are kept as character spans of their mentions until the end: the
entity index renumbers its ids when a mention is added before the first
mention of an entity, so ids are looked up only once every source is in.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from tally.clean.boilerplate import looks_like_sign_off
from tally.extract.context import doc_text, title_end, token_pos
from tally.extract.entities import words as entity_words
from tally.extract.entities.antecedents import (
    CIVIL_DESCRIPTIONS,
    ORGANISATIONS,
    ORGANISER_NOUNS,
    antecedent,
    earlier_report,
    may_be_described_as,
    nearest_mention,
    not_a_site,
    one_person_noun,
    organiser_named_before,
    previous_subject_token,
    report_issuer,
    window_start,
)
from tally.extract.entities.descriptions import (
    given_name,
    is_media_noun,
    labels_the_outlets_note,
    may_speak_as_noun,
    names_the_story,
)
from tally.extract.figures import words as figure_words
from tally.extract.figures.issuer import document_issuer
from tally.extract.figures.numbers import VAGUE, parse_digits, parse_number_words
from tally.extract.figures.writer import piece_writer
from tally.extract.spans import SpanIndex, dates_index, memo
from tally.lexicons import PRONOUN_GENDER, is_person_noun
from tally.nlp.paragraphs import is_reference_mark
from tally.nlp.syntax import (
    PART_WORDS,
    closing_verb,
    partitive_whole,
    phrase_before,
    proper_noun_of,
    raised_subject,
    subject,
)
from tally.records import Figure, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext
    from tally.records import DateMention

SpanT = tuple[int, int]

#: "Tehran's police chief" names the chief's city, not a second source.
_POSS_SOURCE_TYPES = frozenset({"ORG", "MEDIA", "PERSON"})
_CONTEXT_SENTENCES = 2

#: Quotation marks: a sentence with one is a quotation, not narrative.
QUOTE_CHARS = frozenset('"“”')


def _role(verb: Token) -> str | None:
    """What *verb* does to a figure it governs: asserts, confirms or disputes it (None if denied).

    "Reuters could not independently verify the figure" and "was unable to
    confirm" confirm nothing: a negated or failed verb of saying gives no role;
    nor does "put" without the "at" of an estimate.
    """
    if _negated(verb) or _yet_to_come(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return None  # "The unrest has claimed 57 lives": a toll taken, not a claim made
    if lemma == "assess" and any(c.dep_ == "ccomp" for c in verb.children):
        return "asserted"  # "the ministry has assessed that 10,000 containers were shipped": a finding
    if lemma in _VALUING_VERBS:
        if not any(_puts_at_a_value(c) for c in _put_and_object(verb)):
            return None  # "put the toll at 40" reports; "putting 2 million people under curfew" acts
        if lemma in _VALUING_AT_A_NUMBER and not any(
            _puts_at_a_value(c) and any(t.like_num for t in c.subtree) for c in _put_and_object(verb)
        ):
            return None  # "assessed 30 injured protesters at a field hospital": a place values nothing
        if lemma != "put":
            return "asserted"  # "placed the death toll at 212", "pegged the number at 340"
    if lemma in figure_words.GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in figure_words.TOTAL_NOUNS for c in verb.children
    ):
        return "asserted"  # "local officials gave a lower toll of 35"; not "gave shelter to 500"
    if lemma in _ISSUING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in figure_words.REPORT_NOUNS for c in verb.children
    ):
        return "asserted"  # "X released a report on the 57 killed", "issued figures"; not "released 40 detainees"
    if lemma in _WITNESSING_VERBS:
        # "AFP journalists saw at least a dozen torched vehicles", "Amnesty named six of them as
        # prisoners of conscience": what a witness saw, or whom a body names, is their count; but
        # "Sunday saw 12 killed" and "the city saw 40 protests" have no witness
        witness = subject(verb, {"nsubj"})
        return "asserted" if witness is not None and _may_witness(witness) else None
    if _acts_on_people(verb):
        return None  # "its officers questioned 500 people": interrogated them, disputed no figure
    if lemma in figure_words.POINTING_VERBS and _cited_data(verb) is not None:
        return "asserted"  # "they pointed to ministry figures that show 361 died": the figures speak
    if lemma in figure_words.SHOWING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in figure_words.REPORT_NOUNS for c in verb.children
    ):
        return "asserted"  # "video shared by activists suggests the crowd was closer to 2,000"
    if lemma in _SPEAKING_OF_VERBS and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return "asserted"  # "the opposition speaks of 30 to 40 dead", "the agency warned of an outbreak …"
    role = _lemma_role(lemma)
    if role == "confirmed" and verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children):
        return None  # "said it was still verifying the figures": a check under way confirms nothing yet
    return role


#: Verbs of saying that take what they say with "of": "has spoken of 23 dead", "warned of an
#: outbreak that has killed 31" (without "of" they say nothing of a count: "spoke to reporters").
_SPEAKING_OF_VERBS = frozenset({"speak", "talk", "warn"})


#: Verbs that set a count at a value ("put the toll at 40", "placed it at 212", "pegged it at
#: 340"): they assert it only with the "at" of a value, else they act on people ("placed 40 under
#: house arrest").
_VALUING_VERBS = frozenset({"put", "place", "peg", "quantify", "assess", "fix"})

#: Valuing verbs that also act on what they take ("assessed the wounded at a field hospital",
#: "fixed 12 cameras at the gate"): they value a count only when their "at" holds a number
#: ("quantified the death toll at 85", "assessed the number of arrests at more than 900").
_VALUING_AT_A_NUMBER = frozenset({"quantify", "assess", "fix"})

#: Verbs that put out a document: its issuer gives the counts it holds ("Human Rights Watch has
#: released a report on the 57 protesters killed"); with people as object they free them instead.
_ISSUING_VERBS = frozenset({"release", "issue", "present", "unveil", "submit"})

#: Verbs by which a witness or a body gives a count of its own seeing or naming.
_WITNESSING_VERBS = frozenset({"see", "witness", "observe", "name", "identify"})


def _acts_on_people(verb: Token) -> bool:
    """A disputing verb whose object is a count of people acts on them and judges no figure:
    "says its officers questioned 500 people" (interrogated); the saying above it gives the source."""
    return verb.lemma_.lower() in figure_words.DISPUTE_VERBS and any(
        _counted_people(c) for c in verb.children if c.dep_ == "dobj"
    )


def _counted_people(obj: Token) -> bool:
    """An object that counts people: "500 people", "no more than 500 people".

    A disputing verb with such an object acts on the people ("questioned 500 people",
    "dismissed 300 workers"); one with a definite count noun ("questioned the figure of
    800") still disputes a claim."""
    if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in obj.children):
        return False
    words = _phrase_without_clauses(obj)
    if not any(t.like_num for t in words):
        return False
    return any(
        t.pos_ == "NOUN" and (t.lemma_.lower() in {"people", "person"} or is_person_noun(t.lemma_.lower()))
        for t in words
    )


def _phrase_without_clauses(head: Token) -> list[Token]:
    """*head*'s phrase without the clauses that hang on it: in "dismissed claims that 61 students
    had been arrested" the count belongs to the claim, which the verb disputes, not to its object.
    A clause with a subject of its own is left out; "a number not exceeding 1,000 people" stays."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in {"relcl", "ccomp", "advcl"}:
                continue
            if child.dep_ == "acl" and any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children):
                continue
            out.append(child)
            stack.append(child)
    return out


def _may_witness(tok: Token) -> bool:
    """A person, an organisation or an outlet, or a noun for people: one who can see or name.

    Not a place ("Almaty, the largest city, saw 103 deaths") nor a time ("Sunday saw …")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"he", "she", "they", "we", "i", "it"}
    if tok.pos_ == "PROPN":
        place = any(c.dep_ == "appos" and c.lemma_.lower() in figure_words.PLACE_NOUNS for c in tok.children)
        return tok.ent_type_ in {"PERSON", "ORG", "NORP", ""} and not place
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        is_person_noun(lemma) or lemma in figure_words.STAFF_NOUNS or lemma in entity_words.ORGANISATION_NOUNS
    )


def _puts_at_a_value(prep: Token) -> bool:
    """ "at 40", and "above 30,000", "below 200" with a number: the value an estimate puts a count at."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "at":
        return True
    return prep.lower_ in {"above", "below", "over", "under", "near", "around"} and any(
        t.like_num for t in prep.subtree
    )


def _put_and_object(verb: Token) -> list[Token]:
    """The children of *verb* and the words of its object: "put the toll of the protests at 1,500"
    is often parsed with "at" on the object's last noun."""
    out = list(verb.children)
    for child in verb.children:
        if child.dep_ == "dobj":
            out.extend(child.subtree)
            after = child.right_edge.i + 1
            participle = verb.doc[after] if after < len(verb.doc) else None
            if (
                participle is not None
                and participle.head.i == verb.i
                and participle.tag_ == "VBN"
                and child.lemma_.lower() in figure_words.TOTAL_NOUNS | figure_words.GENERIC_ANAPHORS
            ):
                # "puts the number of its workers detained nationwide at over 10,000": the parser
                # hung the object's participle, and the "at" on it, on the verb (round 58)
                out.extend(participle.children)
    return out


def _negated(verb: Token) -> bool:
    """ "could not verify", "has not been able to confirm", "was unable to verify", "failed to confirm"."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.lemma_.lower() in figure_words.WITHHOLDING_WORDS and node.i != verb.i:
            return True
        if node.dep_ not in {"xcomp", "acomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _yet_to_come(verb: Token) -> bool:
    """ "The number would be announced by the authorities", "the group will publish its count":
    a report still to come asserts nothing yet.

    A narrative "would later admit" tells what happened afterwards, so it still reports.
    """
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"will", "'ll", "shall"}:
        return True
    if "would" in auxes:
        return not any(
            c.dep_ == "advmod" and c.lower_ in {"later", "eventually", "subsequently"} for c in verb.children
        )
    return False


def _lemma_role(lemma: str) -> str | None:
    if lemma in figure_words.CONFIRM_VERBS:
        return "confirmed"
    if lemma in figure_words.DISPUTE_VERBS:
        return "disputed"
    if lemma in figure_words.REPORT_VERBS:
        return "asserted"
    return None


def noun_clauses(noun: Token) -> list[Token]:
    """The verbs of the clauses that qualify *noun*: "the toll, provided by X," or "a toll first reported by X".

    Beside the parse's own relative and participle clauses, a participle set
    off by commas between a subject and its verb ("The toll, given to the
    agency by two doctors, included …") belongs to the subject, however the
    parser hung it.
    """
    out = [c for c in noun.children if c.dep_ in {"relcl", "acl"}]
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.i < head.i:
        out += [
            c
            for c in head.children
            if noun.i < c.i < head.i and c.tag_ == "VBN" and c.dep_ in {"prep", "advcl", "acl", "ccomp"}
        ]
    return out


#: Verbs by which a body makes a count public: "the figure of 288 released by the ministry".
_MADE_PUBLIC_VERBS = frozenset({"release", "issue", "publish", "announce", "report", "compile", "record"})


def _put_forward(verb: Token) -> bool:
    """ "a toll of 48 dead put forward by a coalition of student groups": "put forward" makes a
    count public as "released" does (round 58)."""
    return verb.lemma_.lower() == "put" and any(
        c.dep_ in {"advmod", "prt"} and c.lower_ == "forward" for c in verb.children
    )


def _names_a_count(tok: Token) -> bool:
    """A count noun ("the figure"), or the number of one that the parser made the head ("the
    figure of 31 released by …", the participle hung on "31")."""
    if tok.like_num and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return tok.lemma_.lower() in _KEPT_COUNT_NOUNS | figure_words.REPORT_NOUNS


def _giving_role(verb: Token) -> str | None:
    """ "the toll, provided to Reuters by three officials": a count handed over is asserted; so is
    "…, a figure three officials gave to Reuters", where the relative clause's subject gives it."""
    lemma = verb.lemma_.lower()
    if (
        (lemma in _MADE_PUBLIC_VERBS or _put_forward(verb))
        and verb.dep_ == "acl"
        and _names_a_count(verb.head)
        and any(c.dep_ == "agent" for c in verb.children)
    ):
        return "asserted"  # "the figure of 288 released by the health ministry"; not "40 detainees released by …"
    if lemma not in figure_words.GIVING_VERBS:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return "asserted"
    if (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children)
        and not any(c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"} for c in verb.children)
    ):
        return "asserted"
    return None


def _cited_data(verb: Token) -> Token | None:
    """The data noun of a body that *verb* cites: "the union cited Labour Ministry figures showing 87
    were killed", "they pointed to Ministry of Transportation numbers that show 361 died", "quoted
    police statistics". Whoever cites hands the counts on; the body whose data they are gives them
    (ANNOTATION: the source the article attributes the figure to, as "according to figures from X"
    does). Only data with an owner named on it (a name or a noun before it, a possessive, "from"/"by"
    X): "cited figures showing …" names no one else, and the citer stays the source."""
    lemma = verb.lemma_.lower()
    if lemma in figure_words.CITING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in figure_words.POINTING_VERBS:
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    else:
        return None
    for noun in objects:
        keeper = _data_keeper(noun)
        if keeper is not None:
            return keeper
    return None


def _data_keeper(noun: Token) -> Token | None:
    """Who keeps the counted data *noun* names: the name or body before it ("Interior Ministry
    numbers", "Ministry of Transportation numbers", "the ministry's figures"), or the data themselves
    when their keeper follows ("statistics from the UN": :func:`source_span` reads the "from")."""
    lemma = noun.lemma_.lower()
    if lemma not in figure_words.CITED_DATA_NOUNS and noun.lower_ not in figure_words.CITED_DATA_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "nmod"} and (
            child.pos_ in {"PROPN", "PRON"}
            or _names_an_issuer(child)
            or _people_or_organisation(child.lemma_.lower())
        ):
            return child
    return noun if _data_from(noun) else None


def _owned_data(noun: Token) -> bool:
    """A noun of counted data that names its keeper (:func:`_data_keeper`)."""
    return _data_keeper(noun) is not None


def _data_from(noun: Token) -> bool:
    """ "figures from the interior ministry", "statistics by the UN": the data name their keeper after them."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"from", "by"} and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


def _speaker(verb: Token, depth: int = 0) -> Token | None:
    """The one who speaks through *verb*: its subject, its passive agent, or the verb it joins."""
    data = _cited_data(verb)
    if data is None and verb.dep_ in {"acl", "relcl"} and verb.lemma_.lower() in figure_words.SHOWING_VERBS:
        data = _data_keeper(verb.head)  # "Labour Ministry figures showing …", "… numbers that show …"
    if data is not None:
        return data  # "the union cited Labour Ministry figures …": the ministry gives them
    child = subject(verb, {"nsubj"})
    if child is not None and _headline_passive(verb):
        child = None  # "Names of 120 Victims Published": what was published, not who published it
    office = _office_and_holder_before(verb)
    if office is not None and (child is None or (child.i < office.i and _a_place_word(child))):
        # "In Sistan-Baluchestan province, the governor, NAME, said …": the parser joined the office
        # to the opening phrase (or made the province the subject); the office and its holder speak
        return office
    if child is not None and child.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        inverted_subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if inverted_subject is not None:
            # "56 were killed, the bulk of them in the south, said the monitor": the parser made the
            # part of the count a second subject; the one named after the inverted verb speaks
            child = inverted_subject
    part = _closing_part_of_people(verb)
    if part is not None and (child is None or child.i < part.i):
        # "It includes 46 members of the militia, the police and the army, two of the officials said":
        # the parser made the list's last item the subject; the part of the officials speaks
        return part
    if child is not None and child.lower_ not in figure_words.RELATIVE:
        before = phrase_before(verb)
        if (
            before is not None
            and child.i < before.i
            and not (before.dep_ == "appos" and before.head.i == child.i)
        ):
            # "(Kampala) – … in Kampala, the Commission said": a subject read across the comma;
            # the phrase between the comma and the verb speaks (not "Rosario Murillo, Ortega's
            # wife, called …", where the phrase is an apposition describing the subject)
            return before
        return child
    if child is not None and verb.dep_ == "relcl":
        # "Iran Human Rights, a Norway-based group, which says 448 were killed": the one described
        noun = verb.head
        if child.lower_ in {"who", "whom"}:
            noun = _person_a_place_describes(noun)
            named = _named_before_description(noun, verb)
            if named is not None:
                return named  # "Jane Wambui, an adviser to the president, who said …": Jane Wambui
        # (but "…, the organisers, the Coalition for Free Elections, who said": a name is its own)
        description = noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.pos_ != "PROPN"
        return noun.head if description else noun
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "X was quoted by state media as saying …": X speaks, the media only quote
        quoting = verb.head.head
        # and "Y quoted X as saying …": X speaks too
        quoted = subject(quoting, {"nsubjpass"}) or next(
            (c for c in quoting.children if c.dep_ == "dobj"), None
        )
        if quoted is not None:
            return quoted
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return inverted
    if (
        verb.dep_ == "acl"
        and verb.head.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ in {"ccomp", "oprd"} for c in verb.children)
    ):
        # "Hengaw, a Norway-based rights group, reported on Telegram that 3 were killed":
        # the past tense read as a participle on the name; the name speaks
        return verb.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and verb.head.lemma_.lower() in figure_words.REPORT_NOUNS
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        # "Al-Jazeera aired reports claiming that 88 had been killed", "a statement saying …":
        # the document says it, and its issuer (read from the document) speaks
        return verb.head
    if (
        depth < 1
        and verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in _GERUND_PREPS
        and verb.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "X raised the toll to 225, after earlier putting it at 164": who raised it had put it
        joined = _speaker(verb.head.head, depth + 1)
        if joined is not None:
            return joined
    raised = raised_subject(verb, _HEARSAY_PASSIVES)  # "X is understood to have estimated …"
    if raised is not None:
        return raised
    if depth < 1 and verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        governor = verb.head
        if verb.dep_ == "xcomp" and governor.dep_ == "acomp":
            governor = governor.head  # "X has been able to confirm 87 cases": X, the subject of "been"
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.doc[verb.i - 1].text == ","
            and _lemma_role(verb.lemma_.lower()) is not None
            and governor.dep_ == "ccomp"
            and _lemma_role(governor.head.lemma_.lower()) is not None
        ):
            # "X denied that troops had killed civilians, telling state media that 13 …": the
            # participle of saying hangs on the reported clause, but X says it
            governor = governor.head
        if (
            verb.dep_ == "conj"
            and verb.i > 1
            and verb.doc[verb.i - 1].lower_ == "and"
            and verb.doc[verb.i - 2].text == ","
            and (_lemma_role(verb.lemma_.lower()) is not None or verb.lemma_.lower() in _VALUING_VERBS)
            and governor.dep_ == "ccomp"
            and _lemma_role(governor.head.lemma_.lower()) is not None
        ):
            # "The ministry said the demonstrators had burned two buses, and estimated the crowd at
            # about 8,000": a verb of saying joined after a comma to the reported clause goes on
            # with the one who reported it, not with the clause's subject
            governor = governor.head
        joined = _speaker(governor, depth + 1)
        if joined is not None:
            return joined
    # "…, a doctor at the city's hospital said." with the speaker hung on the clause before
    before = phrase_before(verb)
    if before is not None and not (before.dep_ == "nsubjpass" and before.head.i == verb.i):
        # (not "On Monday, nine people had been reported dead": what is reported, not who reports)
        return before
    described = _described_before_comma(verb)
    if described is not None:
        return described
    # "…, the Assistance Association for Political Prisoners said." parsed without a subject
    if (
        verb.i > 0
        and verb.doc[verb.i - 1].pos_ in {"PROPN", "NOUN"}
        and not (verb.dep_ == "acl" and (verb.head.i == verb.i - 1 or verb.tag_ == "VBN"))
    ):
        # not "a crowd estimated at 50,000": the crowd is what is estimated; nor "Names of 750
        # Martyrs Published": a participle on a noun says what was done to it, by nobody named
        return verb.doc[verb.i - 1]
    return None


#: Passive verbs of hearsay that raise the subject of the infinitive after them: "the consulate is
#: understood to have estimated …", "the army is said to have counted …".
_HEARSAY_PASSIVES = frozenset({"say", "understand", "believe", "report", "think", "know", "rumour", "rumor"})


def _named_before_description(noun: Token, clause: Token) -> Token | None:
    """The person a "who" clause set off by a comma speaks for when the parser hung it on the last
    noun of an apposition: "Hisham Dawood, an adviser to the prime minister, who said …" is the
    adviser speaking, not the prime minister."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or clause.doc[clause.left_edge.i - 1].text != ",":
        return None
    description = noun.head.head
    named = description.head
    if description.dep_ != "appos" or description.pos_ != "NOUN" or named.i >= description.i:
        return None
    return named if named.pos_ == "PROPN" and named.ent_type_ == "PERSON" else None


def _closing_part_of_people(verb: Token) -> Token | None:
    """The count word of "…, two of the officials said": a part of people named before ("of the" and
    a plural noun), set off by a comma right before *verb*."""
    doc = verb.doc
    whole = doc[verb.i - 1] if verb.i > 4 else None
    if whole is None or whole.tag_ != "NNS" or whole.dep_ != "pobj" or whole.head.lower_ != "of":
        return None
    part = whole.head.head
    if not part.like_num or part.i < 1 or doc[part.i - 1].text != ",":
        return None
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children)
    return part if the and is_person_noun(whole.lemma_.lower()) else None


def _office_and_holder_before(verb: Token) -> Token | None:
    """The office in "…, the governor, Hossein Karimi, said": a noun for a person set off by commas,
    with a person's name in apposition that ends right at the comma before *verb*."""
    doc = verb.doc
    if verb.i < 5 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    office = name.head
    if office.i >= name.i or office.pos_ != "NOUN" or not is_person_noun(office.lemma_.lower()):
        return None
    first = office.left_edge.i
    return office if first > 0 and doc[first - 1].text == "," and doc[office.i + 1].text == "," else None


def _a_place_word(tok: Token) -> bool:
    """A place's name or a noun for a place ("province", "city"): no one who speaks."""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in figure_words.PLACE_NOUNS


def _person_a_place_describes(noun: Token) -> Token:
    """The person "who" stands for when the parser hung its clause on a place or a thing: "a
    student from Ambo, who said …", "X at a news conference in Lahore, who added …", "doctors at
    the hospital, who said …": the nearest person named or described before, within a few words
    of the sentence; *noun* itself when it is a person or a named organisation."""
    placed = noun.ent_type_ in {"GPE", "LOC", "FAC"} or (
        noun.dep_ == "pobj"
        and (
            (noun.pos_ == "NOUN" and noun.head.lower_ in {"at", "in"})
            # "a student from Ambo", a town the tagger left untyped
            or (noun.pos_ == "PROPN" and not noun.ent_type_ and noun.head.lower_ in {"from", "in"})
        )
    )
    if not placed or _a_person(noun):
        return noun  # "testimony from 450 people who said …": the people speak
    lo = max(noun.sent.start, noun.i - _WHO_REACH)
    for k in range(noun.i - 1, lo - 1, -1):
        tok = noun.doc[k]
        if tok.text in {".", ";", ":"}:
            break
        if _a_person(tok) and tok.dep_ not in {"compound", "poss"}:
            return tok
    return noun


def _a_person(tok: Token) -> bool:
    """A person's name, or a common noun for a person ("student", "doctor")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and is_person_noun(tok.lemma_.lower()))


#: How many words before the noun a "who" clause hangs on its person may stand.
_WHO_REACH = 12


def _described_before_comma(verb: Token) -> Token | None:
    """The name a relative clause closed by the comma before *verb* describes, when the parser gave
    *verb* no subject: "party leader X, who was herself detained, wrote that …" (the clause or the
    name hung elsewhere)."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != "," or subject(verb, {"nsubj", "nsubjpass"}) is not None:
        return None
    clause = next((a for a in [doc[verb.i - 2], *doc[verb.i - 2].ancestors] if a.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != verb.i - 2 or clause.left_edge.i < 2:
        return None
    if doc[clause.left_edge.i - 1].text != ",":
        return None
    named = doc[clause.left_edge.i - 2]
    return named if named.ent_type_ == "PERSON" and named.pos_ == "PROPN" else None


#: Prepositions before a gerund whose subject is the subject of the verb they hang on.
_GERUND_PREPS = frozenset({"after", "before", "since", "while", "by", "without"})


def _headline_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary ("Names of 750 Martyrs Published", "Toll
    Revised"): a bare participle heading the clause, with a subject but no object or clause of its
    own. Its subject is what the verb was done to."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not any(
            c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "xcomp", "oprd", "dative"} for c in verb.children
        )
    )


def _inverted_speaker(verb: Token) -> Token | None:
    """The name that ends a sentence right after its verb of saying: "…, says PMOI", however parsed."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end or verb.i == verb.sent.start or doc[verb.i - 1].text != ",":
        return None
    words = [t for t in doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ == "the":
        # "…, claims the Freedom Alliance", "…, admitted the army": the parser takes the
        # speaker for the verb's object; a name or a noun for people or a body ends it
        words = words[1:]
        if words and len(words) <= 5 and _people_or_organisation(words[-1].lemma_.lower()):
            return words[-1]
    if words and len(words) <= 6 and all(t.pos_ == "PROPN" or t.is_title for t in words):
        return words[-1]  # the name's head
    return None


def _account_owner(ctx: ExtractContext, prep: Token, depth: int) -> SpanT | None:
    """The owner of the account a document was published on: "on the group's Telegram channel"."""
    for account in prep.children:
        if account.dep_ != "pobj" or account.lemma_.lower() not in figure_words.ACCOUNT_NOUNS:
            continue
        for owner in account.children:
            if owner.dep_ == "poss" or (owner.dep_ == "compound" and owner.ent_type_ in {"ORG", "PERSON"}):
                return antecedent(ctx.entities, owner) or source_span(ctx, owner, depth + 1)
    return None


def _names_an_issuer(modifier: Token) -> bool:
    """A modifier of a report noun that says who issued it: "media", "police", "official"."""
    lemma = modifier.lemma_.lower()
    if any(c.dep_ == "nummod" for c in modifier.children):
        return False  # "the 45-page report", "a two-day survey": a measure, no issuer
    if modifier.dep_ in {"compound", "nmod"} and modifier.pos_ == "NOUN":
        return (
            lemma in figure_words.MEDIA_HEADS
            or _people_or_organisation(lemma)
            or lemma in figure_words.ISSUER_ADJECTIVES
        )
    return modifier.dep_ == "amod" and lemma in figure_words.ISSUER_ADJECTIVES


def _agent(verb: Token) -> Token | None:
    """X of a passive "… by X" on *verb*, or of "… from X" ("data obtained from the hospitals").

    With both, the agent gives unless the verb obtains ("figures received by
    the panel from the hospitals" are the hospitals'); "from" a number is the
    old value of a revision ("raised to 16 from 12 by the ministry"), no source.
    """
    by = source_from = None
    for child in verb.children:
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "agent" and by is None:
            by = pobj
        elif (
            child.dep_ == "prep"
            and child.lower_ == "from"
            and source_from is None
            and pobj is not None
            and not (pobj.like_num or pobj.tag_ == "CD")
        ):
            source_from = pobj
    if by is not None and source_from is not None:
        return source_from if verb.lemma_.lower() in _OBTAINING_VERBS else by
    return by if by is not None else source_from


def _former_or_latter(tok: Token) -> Token | None:
    """The one "the former" or "the latter" points back to: the first or the last of two or more
    nouns joined by "and" in the sentence before or earlier in its own ("The ministry and the
    opposition gave different tolls. The former said 12 …"); None for another word, for "the former
    president" (an adjective on a noun) or with no pair before it."""
    if tok.lower_ not in {"former", "latter"} or tok.dep_ not in {"nsubj", "nsubjpass", "pobj", "conj"}:
        return None
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return None
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for first in reversed(doc[start : tok.i - 1]):
        if first.pos_ not in {"NOUN", "PROPN"} or first.dep_ == "conj":
            continue
        joined = [c for c in first.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        if not joined:
            continue
        last = joined[-1]
        while True:  # "X, Y and Z": the last of the chain
            more = [c for c in last.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
            if not more:
                break
            last = more[-1]
        return first if tok.lower_ == "former" else last
    return None


def _may_speak(ctx: ExtractContext, tok: Token) -> bool:
    """Whether *tok* can be a source: a name, a pronoun, people, an organisation or a document.

    "insecurity has put more than a million beyond reach" reports nothing: the
    source is then the one who says so higher up ("MSF says insecurity …").
    """
    if tok.pos_ in {"PRON", "PROPN"} or ctx.entities.at(*_tok_span(tok)) is not None:
        return True
    if _former_or_latter(tok) is not None:
        return True  # "The latter said …": one of two sources named just before
    whole = _partitive_whole(tok)
    if whole is not None:
        return _may_speak(ctx, whole)  # "one of the officials"
    if _compiled_total(tok):
        return True  # "a toll compiled by AFP … put the number at 211"
    lemma = tok.lemma_.lower()
    return (
        may_speak_as_noun(lemma)
        or _heads_a_titled_name(tok)
        or lemma in figure_words.SOURCE_NOUNS
        or lemma in figure_words.MEDIA_HEADS
        or lemma in entity_words.ORG_WORDS
        or lemma in figure_words.STAFF_NOUNS  # "hospital staff said", "volunteers counted"
        # "The hospital said 30 bodies …", "… were reported by hospitals": a hospital or morgue
        # counts whom it receives (only asked of a subject, agent or cited word, never of "taken to hospital")
        or lemma in _REPORTING_INSTITUTIONS
        # "…, hospital records show", "police data showed": a document that names its issuer
        or (lemma in figure_words.REPORT_NOUNS and _issued_by_its_modifier(tok))
        # "pointed to Interior Ministry numbers that show …": cited data that name their keeper
        or _owned_data(tok)
        or _a_release(tok)  # "A press release from the brigade said …": its issuer, read by source_span
        or _owner_of_its_branch(tok) is not None  # "Its Senegal branch says …": the body it belongs to
    )


#: Institutions that count the dead and wounded they receive, or the cases they test, and report
#: them: "the hospital said", "the laboratory confirmed 12 cases".
_REPORTING_INSTITUTIONS = frozenset({"hospital", "morgue", "mortuary", "clinic", "laboratory", "lab"})


#: Verbs by which a place "records" what happened in it: "Nairobi recorded 17 deaths".
_RECORDING_VERBS = frozenset({"record", "register", "report", "log", "see", "witness", "count"})


def _place_where_counted(ctx: ExtractContext, verb: Token, speaker: Token) -> bool:
    """Whether *speaker* is a place named as the subject of a verb of recording: "Nairobi recorded
    the most deaths", "Kisumu registered 9 deaths", "Uasin Gishu reported 4 fatalities", "the city of
    X reported …". The count happened there; whoever's data it is gives it, and with no one else
    named for it the place itself does (:func:`attribute_to_reporting_place`)."""
    return (
        verb.lemma_.lower() in _RECORDING_VERBS
        and speaker.dep_ == "nsubj"
        and speaker.head.i == verb.i
        and _a_named_place(ctx, speaker)
    )


#: Nouns for a kind of place that name it with "of": "the city of X", "the province of Y".
_PLACE_KIND_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "state",
        "province",
        "region",
        "district",
        "county",
        "municipality",
        "capital",
    }
)


def _place_named_by(tok: Token) -> Token:
    """The name a kind of place gives with "of" or beside it ("the city of Portland", "the state's
    capital Salem"), else *tok*."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PLACE_KIND_NOUNS:
        return tok
    for prep in tok.children:
        if prep.dep_ == "appos" and prep.pos_ == "PROPN":
            return prep
        name = proper_noun_of(prep)
        if name is not None:
            return name
    return tok


def _a_named_place(ctx: ExtractContext, tok: Token) -> bool:
    """Whether *tok* names a place, itself or as "the city of X" (not a body's name that holds one)."""
    tok = _place_named_by(tok)
    if any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC"} for c in tok.children
    ):
        return False  # "Integrity International Georgia counted 70 arrests": a national branch's name
    entity = ctx.entities.at(*_tok_span(tok))
    if entity is not None and entity.type not in {"GPE", "LOC"}:
        return False
    return tok.ent_type_ in {"GPE", "LOC"} or (tok.pos_ == "PROPN" and _names_a_place(ctx, *_tok_span(tok)))


#: How many heads up a participle clause ("…, having reported forty cases") looks for its subject.
_PARTICIPLE_HOPS = 2

#: Verbs by which a place gives out a count of its own (not "Nairobi saw 40 deaths").
_PLACE_REPORTING_VERBS = frozenset({"record", "register", "report", "log", "count"})


def attribute_to_reporting_place(ctx: ExtractContext, draft: Any) -> None:
    """A count nobody else is named for, that a place reports or records, is the place's: "The city
    of X reported 327 deaths", "X has registered 899 deaths", "X has been hit hardest, having reported
    forty cases" (its authorities give it). Only the first verb above the count is read; with a source
    cited around it ("According to the commission, Nairobi recorded …") the place is only where."""
    if _sourced(draft) or _quoted(ctx, draft.start):
        return
    for node in draft.chain_start.ancestors:
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if node.lemma_.lower() not in _PLACE_REPORTING_VERBS:
            return
        place = subject(node, {"nsubj"})
        if (
            place is None
            and node.dep_ == "advcl"
            and (node.tag_ == "VBG" or any(c.tag_ == "VBG" for c in node.children))
        ):
            # "X has been hit hardest, having reported …": the subject of the clause it hangs on
            for clause in itertools.islice(node.ancestors, _PARTICIPLE_HOPS):
                place = subject(clause, {"nsubj", "nsubjpass"})
                if place is not None:
                    break
        if place is not None and _a_named_place(ctx, place):
            named = _place_named_by(place)
            authority = _authority_of_country(ctx, named)
            # "Italy has registered 121,177 deaths" beside "Italian authorities reported …": the
            # country's authorities the paragraph names, else the place itself
            _add(draft, "asserted", source_span(ctx, authority if authority is not None else named))
        return


#: Verbs by which a prosecutor or court brings charges against people: "indicted X and three others".
_CHARGING_ACTS = frozenset({"indict", "charge", "prosecute"})

#: Verbs that open a case against people, and the nouns for the case: "opened criminal cases against
#: 29 officers", "filed charges against 12 protesters".
_CASE_OPENING_VERBS = frozenset({"open", "file", "bring", "launch", "initiate", "lodge"})
_CASE_NOUNS = frozenset({"case", "charge", "proceeding", "indictment", "lawsuit"})


def _legal_authority(tok: Token) -> bool:
    """Whether *tok* heads a prosecutor's, court's or judge's name ("the district attorney", "the
    Prosecutor General's Office", "a military court"): a word of the court nouns (or "attorney") up
    to the head."""
    from tally.extract.quotes import words as quote_words  # the quotes package imports figure words

    nouns = quote_words.COURT_NOUNS | {"attorney"}
    return any(t.lemma_.lower() in nouns for t in tok.subtree if t.i <= tok.i)


def attribute_to_charging_authority(ctx: ExtractContext, draft: Any) -> None:
    """A count nobody else is named for, of the people a prosecutor or court charges, is theirs:
    "the district attorney indicted the owner and three others", "the Prosecutor General's Office
    opened criminal cases against 29 officers". The charge is the authority's own record of whom it
    charges, as a statement would be. Only the first verb above the count is read; police who
    arrest or detain people are not read as giving the count ("Police arrested 40")."""
    if _sourced(draft) or _quoted(ctx, draft.start):
        return
    below = draft.chain_start
    for node in draft.chain_start.ancestors:
        if node.pos_ not in {"VERB", "AUX"}:
            below = node
            continue
        lemma = node.lemma_.lower()
        # "indicted X and three others": the parser may join the second object to the verb
        joined = (
            below.dep_ == "conj" and below.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in node.children)
        )
        charged = lemma in _CHARGING_ACTS and (below.dep_ == "dobj" or joined)
        # "opened cases against 29 officers": the "against" on the case, or the parser's on the verb
        against = below.dep_ == "prep" and below.lower_ == "against"
        opened = lemma in _CASE_OPENING_VERBS and (
            (
                below.dep_ == "dobj"
                and below.lemma_.lower() in _CASE_NOUNS
                and any(c.dep_ == "prep" and c.lower_ == "against" for c in below.children)
            )
            or (against and any(c.dep_ == "dobj" and c.lemma_.lower() in _CASE_NOUNS for c in node.children))
        )
        authority = subject(node, {"nsubj"}) if charged or opened else None
        if authority is not None and _legal_authority(authority):
            _add(draft, "asserted", source_span(ctx, authority))
        return


#: Nouns for the authorities of a country that give its counts ("Italian authorities", "the
#: country's health ministry", "Brazil's government").
_AUTHORITY_NOUNS = frozenset({"authority", "government", "ministry", "official"})

#: How many sentences before and after a country's count its authorities may be named.
_AUTHORITY_SENTENCES = 3


def _country_code(name: str) -> str | None:
    """The ISO code of the country *name* names, if it names one."""
    from tally.resources.gazetteer import load_gazetteer

    return next((e.country for e in load_gazetteer().lookup(name) if e.kind == "country"), None)


def _of_country(tok: Token, code: str, name: str) -> bool:
    """Whether the authority noun *tok* is the country's: "Italian authorities", "Brazil's health
    ministry", "the country's government"."""
    from tally.resources.gazetteer import load_gazetteer

    for child in tok.children:
        if child.dep_ == "poss" and (child.lower_ == "country" or child.text == name):
            return True
        if child.dep_ in {"amod", "compound"} and child.pos_ in {"ADJ", "PROPN"}:
            entry = load_gazetteer().demonym(child.text)
            if entry is not None and entry.country == code:
                return True
    return False


def _authority_of_country(ctx: ExtractContext, place: Token) -> Token | None:
    """The authority of the country *place* that the sentences around it name as a source ("Italian
    authorities reported …", "the country's health ministry said …"), nearest first; None when
    *place* is no country or no such authority speaks there (another country's does not)."""
    code = _country_code(place.text)
    if code is None:
        return None
    doc = place.doc
    first = doc[window_start(place, _AUTHORITY_SENTENCES + 1)].sent.start
    last = place.sent.end
    for _ in range(_AUTHORITY_SENTENCES):
        if last < len(doc):
            last = doc[last].sent.end
    found = [
        t
        for t in doc[first:last]
        if t.pos_ in {"NOUN", "PROPN"}
        and t.lemma_.lower() in _AUTHORITY_NOUNS
        and t.dep_ == "nsubj"
        and _role(t.head) is not None
        and "\n\n" not in ctx.text[min(t.idx, place.idx) : max(t.idx, place.idx)]
        and _of_country(t, code, place.text)
    ]
    return min(found, key=lambda t: abs(t.i - place.i), default=None)


def _people_or_organisation(lemma: str) -> bool:
    """A common noun for people or an organisation ("spokesman", "charity", "group")."""
    return (
        is_person_noun(lemma)
        or lemma in entity_words.ORGANISATION_NOUNS
        or lemma in entity_words.GENERIC_ORGANISATION_NOUNS
    )


#: Nouns for a part of a body that speaks for it, not a body of its own: "its Senegal branch", "the
#: organization's delegation", "the group's local chapter", "its Nairobi office".
_BRANCH_NOUNS = frozenset({"branch", "chapter", "delegation", "office", "section", "affiliate"})


def _owner_of_its_branch(tok: Token) -> Token | None:
    """The owner of a branch of a body, given by "its"/"their" or by a description of the body
    ("the organization's delegation"): the owner speaks through its branch. A person's office ("his
    office", "the minister's office") is left to the rules for offices and holders."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _BRANCH_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.pos_ == "PRON":
        return owner if owner.lower_ in {"its", "their"} else None
    if owner.pos_ == "NOUN" and not is_person_noun(owner.lemma_.lower()):
        lemma = owner.lemma_.lower()
        if lemma in entity_words.ORGANISATION_NOUNS or lemma in entity_words.GENERIC_ORGANISATION_NOUNS:
            return owner
    return None


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a source's name (not a date, place or number)."""
    return tok.is_title and tok.is_alpha and tok.ent_type_ not in _NOT_NAME_ENTS


def _mention_of(ctx: ExtractContext, start: int, end: int, *, allow_gpe: bool) -> SpanT | None:
    entity = ctx.entities.at(start, end)
    if entity is None or (entity.type == "GPE" and not allow_gpe):
        return None
    for m_start, m_end in entity.mentions:
        if m_start < end and start < m_end:
            return (m_start, m_end)
    return None


def _a_place(tok: Token) -> bool:
    """A place name or a noun for places ("the provinces", "Khuzestan"): where a report comes from."""
    if tok.ent_type_ in {"GPE", "LOC"}:
        return True
    return tok.is_lower and tok.lemma_ in figure_words.PLACE_NOUNS  # not "Department of …", a name


def _source_through(ctx: ExtractContext, prep: Token, depth: int) -> SpanT | None:
    """The source named by the object of a report noun's preposition ("a report by X", "of X").

    None for a place: "reports from the provinces" come from there; nobody is named.
    """
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None or _a_place(pobj):
        return None
    if prep.lower_ == "from" and pobj.pos_ == "PROPN" and _names_a_place(ctx, *_tok_span(pobj)):
        return None  # "Reports from Mahshahr": a town the tagger took for a people, found as a place
    named = _name_apposed_after(ctx, pobj)
    if named is not None:
        return named  # "a report by the country's top security body, the Supreme National Security Council"
    return source_span(ctx, pobj, depth + 1)


#: Nouns for a count someone keeps or makes: a total, and an estimate ("the UN's estimate of 85").
_KEPT_COUNT_NOUNS = figure_words.TOTAL_NOUNS | {"estimate"}


def _total_keeper(ctx: ExtractContext, total: Token) -> Token | None:
    """The named owner of a total ("the government" of "the government's figure of 75"), if it
    may speak; a pronoun owner ("its toll") is left to the speaker above."""
    keeper = next((c for c in total.children if c.dep_ == "poss"), None)
    if keeper is None:
        # "the Amnesty International estimate of 120", "Human Rights Watch figures of 60 deaths",
        # "rights group estimates of 300": a name or a body set before the noun owns it too (not
        # "the death toll of 40", "police figures" already read as an issuer by source_span)
        keeper = next(
            (c for c in total.children if c.dep_ == "compound" and c.i < total.i and _owner_word(ctx, c)),
            None,
        )
    return keeper if keeper is not None and keeper.pos_ != "PRON" and _may_speak(ctx, keeper) else None


def _owner_word(ctx: ExtractContext, tok: Token) -> bool:
    """A compound before a count noun that names who keeps the count: an organisation's or a
    person's name, or a noun for a body ("rights group")."""
    if tok.pos_ == "PROPN":
        return (
            tok.ent_type_ in {"ORG", "PERSON"}
            or ctx.entities.at(tok.idx, tok.idx + len(tok.text)) is not None
        )
    return tok.pos_ == "NOUN" and _people_or_organisation(tok.lemma_.lower())


def _whole_of_the_count(tok: Token, speaker: Token) -> bool:
    """Whether *speaker* is the whole the count *tok* is a part of: "detainees" of "225 of the
    detainees had reported being beaten" (not "the media" of "650 deaths reported by the media")."""
    whole = partitive_whole(tok)
    return whole is not None and whole.i == speaker.i


def _quoted_as_saying(verb: Token) -> Token | None:
    """Y of "X quoted Y as saying": the one whose words an outlet passes on."""
    if verb.lemma_.lower() != "quote":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _lists_its_content(prep: Token) -> bool:
    """Whether a document's "of" phrase says what it holds, not who made it: "a list of names",
    "a record of the victims" (nouns that are not people or bodies)."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is not None and pobj.pos_ in {"ADJ", "VERB"} and any(c.lower_ == "the" for c in pobj.children):
        return True  # "a list of the detained", "a record of the dead": the people it holds
    if pobj is None or pobj.pos_ != "NOUN":
        return False
    lemma = pobj.lemma_.lower()
    # the figures' own list of people, not coreferee's (which counts "name" a noun for a person);
    # "a tally of figures provided by police" is made of documents that have an issuer of their own
    return not (
        lemma in figure_words.REPORT_NOUNS
        or lemma in figure_words.PERSON_NOUNS
        or lemma in entity_words.ORGANISATION_NOUNS
        or lemma in entity_words.GENERIC_ORGANISATION_NOUNS
    )


#: Ranks written before a name set off after an office: "the police chief, Inspector General X,".
_RANKS = frozenset(
    {
        "inspector",
        "general",
        "brigadier",
        "colonel",
        "major",
        "lieutenant",
        "captain",
        "commissioner",
        "superintendent",
        "commander",
        "chief",
        "deputy",
        "assistant",
        "senior",
    }
)


def _rank_or_title(tok: Token) -> bool:
    """A rank or an honorific before a name ("Inspector", "General", "Dr."), not the name itself."""
    word = tok.lower_.rstrip(".")
    return word in _RANKS or word in entity_words.PERSON_TITLES


def _name_apposed_after(ctx: ExtractContext, noun: Token) -> SpanT | None:
    """The organisation named right after a description and its comma: "the country's top security
    body, the Supreme National Security Council, …", wherever the parser hung the name."""
    if noun.pos_ != "NOUN":
        return None
    doc = ctx.doc
    k = noun.right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    titles = 0
    while k + 1 < len(doc) and titles < 4 and doc[k].is_title and _rank_or_title(doc[k]):
        k, titles = k + 1, titles + 1  # "…, Inspector General Rudolf Rodja,", "…, Dr. Sunil Kumar,"
    if k >= len(doc) or doc[k].pos_ != "PROPN" or doc[k].dep_ not in {"appos", "compound", "npadvmod"}:
        return None
    found = _mention_of(ctx, *_tok_span(doc[k]), allow_gpe=False)
    entity = ctx.entities.at(*found) if found is not None else None
    if entity is None:
        return None
    if entity.type in {"ORG", "MEDIA"} and doc[k].dep_ != "npadvmod":
        return found
    last = k
    while last + 1 < len(doc) and doc[last + 1].ent_type_ == "PERSON" and doc[last + 1].ent_iob_ == "I":
        last += 1
    closes = last + 1 >= len(doc) or doc[last + 1].is_punct
    # "…, according to its medical superintendent, Sunil Kumar.": the person holding the office, even
    # where the parser hung the name on the verb (not "…, according to the ministry, Ali Khan said")
    return found if entity.type == "PERSON" and closes else None


def _issued_by_its_modifier(document: Token) -> bool:
    """ "Army figures", "the ministry's data", "prison service records": the document names its
    issuer before it, so whoever obtained or saw it only passes it on."""
    return any(
        c.dep_ in {"poss", "compound"}
        and (c.pos_ in {"PROPN", "PRON"} or _names_an_issuer(c))
        # "the commission's report obtained by AFP": an owner named by a noun for a body issued it too
        or (c.dep_ == "poss" and c.pos_ == "NOUN" and _people_or_organisation(c.lemma_.lower()))
        for c in document.children
    )


#: Nouns for a copy or a part of a document: "a leaked copy of the report", "a draft of its findings".
_COPY_NOUNS = frozenset({"copy", "draft", "excerpt", "extract", "version", "summary", "section", "page"})


def _document_copied(tok: Token) -> Token | None:
    """The document *tok* is a copy or a part of ("a leaked copy of its report"), or None."""
    if tok.lemma_.lower() not in _COPY_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in figure_words.REPORT_NOUNS:
                    return obj
    return None


def _given_name_span(ctx: ExtractContext, name: Token) -> SpanT:
    """The mention of a name an unnamed source gave ("… as Ko Zaw"), registered as a person."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    start, end = doc[first].idx, name.idx + len(name.text)
    found = _mention_of(ctx, start, end, allow_gpe=False)
    if found is not None:
        return found
    entity = ctx.entities.add_mention(doc_text(doc)[start:end], start, end, "PERSON")
    return next(((s, e) for s, e in entity.mentions if s <= start < e), (start, end))


def _same_pronoun_before(pronoun: Token) -> Token | None:
    """The nearest "he" (or "she") as a subject in the sentences before *pronoun*'s, within the
    window a pronoun reaches back: a chain of one person's pronouns carries the name along."""
    doc = pronoun.doc
    for t in reversed(doc[window_start(pronoun) : pronoun.sent.start]):
        if t.lower_ == pronoun.lower_ and t.dep_ in {"nsubj", "nsubjpass"}:
            return t
    return None


def _tok_span(tok: Token) -> SpanT:
    return (tok.idx, tok.idx + len(tok.text))


def _from_in_inclusion(including: Token) -> Token | None:
    """The "from" of "including from X" or "including those from X", if any."""
    for child in including.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return child
        if child.dep_ == "pobj" and child.lower_ in {"those", "one", "some"}:
            return next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return None


#: Verbs by which a relative clause on a document names who wrote or put it out: "a statement the
#: union released", "figures that the ministry shared", "a list which was compiled by X". Not who
#: only read, quoted or judged it ("documents the newspaper obtained", "a report the minister dismissed").
_AUTHORING_VERBS = frozenset(
    {
        "release", "issue", "publish", "present", "submit", "unveil", "announce", "report", "post",
        "send", "write", "prepare", "produce", "circulate", "compile", "collect", "gather", "keep",
        "maintain", "record", "tally", "provide", "supply", "give", "share", "file",
    }
)  # fmt: skip


#: Words that make "release" a document: "a press release", "a news release" (not "the release of 40").
_RELEASE_KINDS = frozenset({"press", "news", "media"})


def _a_release(tok: Token) -> bool:
    """Whether *tok* is a press or news release, a document like a statement."""
    return tok.lemma_.lower() == "release" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _RELEASE_KINDS for c in tok.children
    )


def _relative_clause_on_document(clause: Token) -> bool:
    """Whether *clause* is a relative clause on a document ("a statement the union released", "a
    list which was compiled by X"). The parser may read "a report that X published" as the content
    clause "a report that 40 died": a verb of putting out that lacks its object there is still the
    relative clause ("reports that X released 40 detainees" says what the reports say)."""
    if clause.dep_ == "acl":
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and not any(
            c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd", "nsubjpass"} for c in clause.children
        )
    return clause.dep_ == "relcl"


def _maker_in_clause(
    ctx: ExtractContext, clause: Token, verbs: frozenset[str], depth: int, *, may_speak: bool
) -> SpanT | None:
    """Who made the document or total a clause on it qualifies, when its verb is one of *verbs*: the
    agent of a passive verb ("a list which was compiled by X", "a count kept by X") or the subject of
    an active one ("a statement the union released", "the toll, which the group compiled"); None for
    any other verb, and for a subject that is the relative pronoun itself. With *may_speak*, the
    subject must be one who may speak (not "from hospital records": what the total is made of)."""
    if clause.lemma_.lower() not in verbs:
        return None
    by = next((c for c in clause.children if c.dep_ == "agent"), None)
    if by is not None:
        return _source_through(ctx, by, depth)
    maker = subject(clause, {"nsubj"})
    if maker is None or maker.lower_ in figure_words.RELATIVE or (may_speak and not _may_speak(ctx, maker)):
        return None
    return source_span(ctx, maker, depth + 1)


def source_span(ctx: ExtractContext, tok: Token | None, depth: int = 0) -> SpanT | None:
    """The mention of the source named by the noun *tok*, registering it if the NER missed it."""
    if tok is None or depth > 3:
        return None
    partitive = _partitive_whole(tok) or _one_more_of_them(tok)
    if partitive is not None:
        # "One of the officials said …": the officials, named before; "A second official said …"
        # after "three security officials": one of those three
        return source_span(ctx, partitive, depth + 1)
    if tok.lower_ in figure_words.NOT_SOURCES or _the_writer(tok):
        return None
    ordered = _former_or_latter(tok)
    if ordered is not None:
        # "Amnesty and Human Rights Watch criticised …. The latter said 57 …": the second named
        return source_span(ctx, ordered, depth + 1)
    document = _document_copied(tok)
    if document is not None:
        # "according to a leaked copy of its report": the report's issuer, not the copy
        return source_span(ctx, document, depth + 1)
    owner = _owner_of_its_branch(tok)
    if owner is not None:
        # "Amnesty International puts the toll higher. Its Senegal branch says …", "The
        # organization's delegation … found that …": the body the branch belongs to, named before
        found = source_span(ctx, owner, depth + 1)
        if found is not None:
            return found
    given = given_name(tok)
    if given is not None:
        # "A local official, who gave his name as Ko Zaw, told RFA": the name a reader would cite
        return _given_name_span(ctx, given)
    if is_reference_mark(tok):
        # "… of October,[16] and the Ministry of Health later reported": the mark parsed as the
        # subject; the name joined to it speaks
        joined = next((c for c in tok.children if c.dep_ == "conj"), None)
        return source_span(ctx, joined, depth + 1)
    if tok.pos_ == "PRON":
        bound = _reporting_subject(ctx, tok)
        if bound is not None:
            return source_span(ctx, bound, depth + 1)
        topic = previous_subject_token(tok) if tok.lower_ in {"it", "its"} else None
        if (
            topic is not None
            and (
                topic.pos_ == "PROPN"
                or (tok.lower_ == "its" and topic.lemma_.lower() in figure_words.MEDIA_HEADS)
            )
            and ctx.entities.at(*_tok_span(topic)) is None
        ):
            # "Rights group Hengaw … gave a higher toll. Quoting local sources, it said …": the name
            # the tagger missed is still the subject "it" continues (registered here); "State
            # television did not …. Its bulletin said …": an outlet named by its kind, likewise
            found_topic = source_span(ctx, topic, depth + 1)
            if found_topic is not None:
                return found_topic
        # "Lawyer X, who represents General Y, argued …. He said …": "He" opening a sentence goes on
        # with the sentence before's subject, not a name inside its clauses; else "it said", "he
        # added": the one named before
        found = _previous_subject_person(ctx, tok) if tok.lower_ in {"he", "she"} else None
        found = found or _speaker_going_on(ctx, tok, depth) or antecedent(ctx.entities, tok)
        if found is not None and _gender_disagrees(ctx, tok, found):
            found = _person_of_gender(ctx, tok)  # "President Nicolás Maduro … her office": not him
        if found is None and tok.lower_ in {"he", "she"}:
            # "X said …. He pointed out …. '…,' he said. He gave the figure later: 142 …": the name
            # is further back than the window, but the same pronoun before it still means X
            earlier = _same_pronoun_before(tok)
            found = source_span(ctx, earlier, depth + 1) if earlier is not None else None
        unnamed = _described_speaker(tok) if tok.lower_ in {"he", "she"} else None
        if unnamed is not None and (found is None or found[0] < unnamed.idx):
            # "A police officer, who spoke on condition of anonymity, said … He said he had seen
            # four bodies": the unnamed speaker just before, not a name further back
            return source_span(ctx, unnamed, depth + 1)
        return found
    from_body = _named_body_of_people(ctx, tok)
    if from_body is not None:
        return from_body  # "Organisers from the Free Farmers Union put the number at …": the union's
    lemma = tok.lemma_.lower()
    if lemma in figure_words.TOTAL_NOUNS:
        keeper = _keeper_in_clause(ctx, tok, depth)
        if keeper is not None:
            return keeper  # "The toll, which the group compiled from hospital records, …": the group's
    data_keeper = _data_keeper(tok)
    if (
        data_keeper is not None
        and data_keeper.i != tok.i
        and (lemma not in figure_words.REPORT_NOUNS or data_keeper.dep_ == "nmod")
        and depth < 3
    ):
        # "Interior Ministry numbers", "Ministry of Transportation numbers" (the parser's "nmod"):
        # the keeper named before the data; "number" is data only with a keeper named
        found = source_span(ctx, data_keeper, depth + 1)
        if found:
            return found
    if (
        lemma in figure_words.REPORT_NOUNS
        or lemma in figure_words.SOURCE_NOUNS
        or _compiled_total(tok)
        or _a_release(tok)
    ):
        # "reports by the PMOI", "Amnesty's report", "a Reuters report", "its sources",
        # "a toll compiled by AFP", "a news release from the sheriff's office"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                found = _source_through(ctx, child, depth)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "including":
                # "other reports, including from a rights group, say …": the source named among them
                via = _from_in_inclusion(child)
                found = _source_through(ctx, via, depth) if via is not None else None
                if found:
                    return found
            if child.dep_ == "appos" and child.lemma_.lower() in figure_words.REPORT_NOUNS:
                # "A second document, a report by the ministry's office in Zahedan, put …": the
                # apposition says whose document it is
                found = source_span(ctx, child, depth + 1)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in {"on", "in"}:
                # "a post on the group's Telegram channel": the account's owner
                found = _account_owner(ctx, child, depth)
                if found:
                    return found
            if _relative_clause_on_document(child):
                # "according to a statement the union released", "figures that the ministry shared":
                # the relative clause names who put the document out, as "released by X" does
                found = _maker_in_clause(ctx, child, _AUTHORING_VERBS, depth, may_speak=False)
                if found:
                    return found
            if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in _OBTAINING_VERBS:
                giver = next((p for p in child.children if p.dep_ == "prep" and p.lower_ == "from"), None)
                found = _source_through(ctx, giver, depth) if giver is not None else None
                if found:
                    return found  # "reports we have received from local monitors": the monitors'
            if child.dep_ == "acl" and child.lemma_.lower() in _OBTAINING_VERBS:
                # "The directorate, in a document seen by Reuters, counted …": who wrote it, not who saw it
                issuer = report_issuer(tok)
                if issuer is not None:
                    return source_span(ctx, issuer, depth + 1)
            if (
                child.dep_ == "acl"
                and child.tag_ == "VBN"
                and child.lemma_.lower() not in _QUOTING_VERBS
                and not (child.lemma_.lower() in _OBTAINING_VERBS and _issued_by_its_modifier(tok))
                # "the commission's report, presented by its president X": the owner issued it
                and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children)
                and not any(
                    c.dep_ == "mark" for c in child.children
                )  # "a statement that 39 were injured by …"
            ):
                # "information received by the experts", "figures compiled by the group";
                # not "hospital sources quoted by the BBC": the sources speak, the BBC quotes
                found = source_span(ctx, _agent(child), depth + 1)
                if found:
                    return found
        for child in tok.children:
            if child.dep_ in {"poss", "compound"} and child.pos_ in {"PROPN", "PRON"}:
                return source_span(ctx, child, depth + 1)
            if child.dep_ == "poss" and (
                lemma in figure_words.SOURCE_NOUNS or _people_or_organisation(child.lemma_.lower())
            ):
                # "the ministry's sources", "the group's figures": the owner named before, if any
                return antecedent(ctx.entities, child) or source_span(ctx, child, depth + 1)
        for child in tok.children:
            # "a report of the commission"; but "a Reuters tally of figures from hospitals" is
            # Reuters' (above): what a document is made of speaks only when nobody issued it
            if child.dep_ == "prep" and child.lower_ == "of" and not _lists_its_content(child):
                found = _source_through(ctx, child, depth)
                if found:
                    return found
        if lemma in figure_words.REPORT_NOUNS and any(_names_an_issuer(c) for c in tok.children):
            # "local media reports", "police records", "official figures": a source of their own
            return _mention_of(ctx, *_tok_span(tok), allow_gpe=False) or _register(ctx, tok)
        if lemma in figure_words.REPORT_NOUNS:
            issuer = report_issuer(tok)  # "X said in a statement", "X released a report"
            if issuer is not None and tok.head.lemma_.lower() in _JUDGING_LEMMAS:
                # "The government rejected reports that 300 had been killed": who judges a report
                # did not issue it (the verb's own role says what it does to the count)
                issuer = None
            if issuer is not None:
                return source_span(ctx, issuer, depth + 1)
            earlier = earlier_report(tok) or _same_document_before(tok)
            # "the assessment" after "an assessment from X"; "the statement said" after "the
            # statement said", back to "a statement by X" further than any one window reaches
            return source_span(ctx, earlier, depth + 1) if earlier is not None else None
        # "security sources": a source of its own, found or registered below
    if lemma in figure_words.STAFF_NOUNS:
        # "its researchers documented …", "the group's monitors counted …": the organisation's count
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and (
            owner.pos_ in {"PRON", "PROPN"} or _people_or_organisation(owner.lemma_.lower())
        ):
            return source_span(ctx, owner, depth + 1)  # never the staff as a source of their own
    if lemma in entity_words.ORGANISATION_NOUNS:
        holder = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if holder is not None:
            # "Interior Minister X … His ministry said": the Interior Ministry named before, if any;
            # "The ombudsman, Nadia Cruz, told Reuters her office had registered 35 deaths": else the
            # person named, whose office it is
            lo = tok.doc[window_start(tok, _CONTEXT_SENTENCES + 2)].idx
            body = nearest_mention(ctx.entities, lo, tok.idx, frozenset({"ORG"}), word=tok.lower_)
            found = body[0] if body is not None else source_span(ctx, holder, depth + 1)
            if found is not None:
                return found
    named_next = _holder_named_next(ctx, tok)
    if named_next is not None:
        return named_next  # "The police chief of Zahedan said …. Brigadier General Ahmad Taheri told IRNA …"
    spoken_for = _body_of_a_spokesperson(ctx, tok)
    if spoken_for is not None:
        return spoken_for  # "The Hospital Authority said …. The figure includes 7 …, a spokesman said."
    owner = _speakers_organisation(tok)
    if owner is not None:
        found = source_span(ctx, owner, depth + 1)
        if found is not None:
            return found  # "HRW's Africa director, X, said the group had documented 12 killings"
    later = _named_later(ctx, tok)
    if later is not None:
        return later  # "…, a doctors' group said. The Central Committee of Sudanese Doctors …"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.lower_ == "according":
        named = _name_apposed_after(ctx, tok)
        if named is not None:
            # "according to its medical superintendent, Sunil Kumar"; "according to the organisers,
            # the Coalition for Free Elections": the name, before any group the description made
            return named
    called = organiser_named_before(ctx.entities, tok)
    if called is not None:
        return called  # "The march, called by the Dock Workers' Union, …. the organisers said …"
    whole = _name_phrase(tok)
    if whole is not None:
        # "Amnesty International Kenya said": the whole name, not the country that ends it
        found = _mention_of(ctx, *whole, allow_gpe=False)
        if found:
            return found
    of_body = _body_of_members(tok)
    if of_body != tok.i and tok.ent_type_ == "" and not _name_set_off_after(tok.doc[of_body]):
        # "Officials of the ministry said": the ministry named before; "Leaders of the teachers'
        # union said": the leaders with their union, not a bare "Leaders" another extractor added
        # (but "the head of the committee, NAME," is NAME, and "The coalition of 22 groups" is the
        # coalition named before)
        people = is_person_noun(tok.lemma_.lower())
        named = _person_beside_office(ctx, tok) if people else None
        bare = all(
            c.dep_ == "det" for c in tok.doc[of_body].lefts
        )  # "the ministry", not "the student movement"
        return (
            named
            or (antecedent(ctx.entities, tok.doc[of_body]) if bare else None)
            or (antecedent(ctx.entities, tok) if not people else None)
            or _register(ctx, tok)
        )
    remit_holder = _holder_after_remit(ctx, tok)
    if remit_holder is not None:
        return remit_holder  # "The Special Rapporteur on Myanmar, NAME, said": not the title
    if _the_force(tok):
        # "The Ertzaintza arrested 23 …, the Basque police force said": the police named before,
        # also where the tagger made the description a name of its own
        found = _force_named_before(ctx, tok) or antecedent(ctx.entities, tok)
        if found:
            return found
    found = _mention_of(ctx, *_tok_span(tok), allow_gpe=tok.ent_type_ == "GPE")
    if found:
        return found
    found = _name_before_description(ctx, tok)
    if found:
        return found
    for child in tok.children:
        # "Amnesty International" is a name; "Kazakh authorities" is a group to register
        name_part = (
            child.dep_ == "compound"
            and child.pos_ == "PROPN"
            and tok.pos_ == "PROPN"
            and not is_person_noun(tok.lemma_)  # "Interior Minister": a person, the ministry is no name of
        )
        described = child.dep_ == "appos" and tok.pos_ == "PROPN" and child.pos_ == "NOUN"
        # "Tehran governor says 200 killed; Amnesty's count at 304": no apposition runs across a semicolon
        split = child.dep_ == "appos" and any(t.text == ";" for t in tok.doc[tok.i : child.left_edge.i])
        if (child.dep_ in {"appos", "flat"} and not described and not split) or name_part:
            for sub in child.subtree:
                found = _mention_of(ctx, *_tok_span(sub), allow_gpe=False)
                if found:
                    return found
    if tok.pos_ == "NOUN" and is_person_noun(tok.lemma_):
        named = _person_beside_office(ctx, tok) or _body_named_beside_office(ctx, tok)
        if named is not None:
            return named
    for child in tok.children if tok.lemma_.lower() not in entity_words.ORGANISATION_NOUNS else ():
        # "the Guards' commander, Amir Ali Hajizadeh,": the person named beside the
        # office (above) speaks before the organisation that owns it; but "the UN's human
        # rights office" is a body of its own, registered below with its owner's name
        if child.dep_ == "poss":
            entity = ctx.entities.at(*_tok_span(child))
            if entity is not None and entity.type in _POSS_SOURCE_TYPES:
                return _mention_of(ctx, *_tok_span(child), allow_gpe=False)
    # "the semi-official Tasnim news agency": an outlet's name inside its description
    # ("the U.N. human rights office" is an office of the U.N., an entity of its own)
    for left in tok.lefts if is_media_noun(tok) else ():
        for word in left.subtree:
            if word.pos_ == "PROPN" and word.ent_type_ not in _NOT_NAME_ENTS:
                found = _mention_of(ctx, *_tok_span(word), allow_gpe=False)
                if found:
                    return found
    owned_by = _named_owner(ctx, tok)
    if owned_by is not None:
        return owned_by  # "reports obtained by the network of the PMOI inside the country": the PMOI
    # "the charity Doctors Without Borders": the name right after the description
    named = _name_after(ctx, tok)
    if named is not None:
        return named
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
    if owner is not None and tok.pos_ == "NOUN" and one_person_noun(tok.lemma_.lower()):
        # "…, its chairman says": the holder of an office the article does not name speaks for the
        # body "its" points to, not for whoever was named last
        found = source_span(ctx, owner, depth + 1)
        if found is not None:
            return found
    # "the group", "the banned militant outfit": the organisation named before
    return antecedent(ctx.entities, tok) or _register(ctx, tok)


#: Verbs whose subject (or agent) acts as a police force: "The Ertzaintza arrested 23 people",
#: "pellets fired by the Carabinieri".
_POLICING_VERBS = frozenset({"arrest", "detain", "fire", "shoot", "disperse", "raid"})


def _polices(tok: Token) -> bool:
    """Whether the noun *tok* is the subject or the agent of a verb of policing (active or passive)."""
    if tok.dep_ == "nsubj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _POLICING_VERBS


def _the_force(tok: Token) -> bool:
    """Whether *tok* is the head of a definite description of a police force: "the force", "the
    Catalan police force" (not "the force's commissioner", "the force of the protests")."""
    return (
        tok.lemma_.lower() == "force"
        and tok.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in {"poss", "prep"} for c in tok.children)
    )


#: How many tokens back an earlier mention of a name that polices is looked for.
_AGENT_REACH = 5000


def _force_named_before(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The police a definite "the force" / "the Basque police force" refers back to when no body
    named with a head of force ("X Police", "the army") stands before it: the nearest "police"
    ("Police are accused …; the force later says …", "Hong Kong police") or the nearest name that
    the article shows arresting or firing ("The Ertzaintza arrested 23 people …, the Basque police
    force said"; "pellets fired by Carabinieri …. The police force says …").

    Only the nearest few sentences; a name counts when any earlier mention of it polices."""
    doc = tok.doc
    # earlier mentions that police, within a bound so that a text repeating "the force" thousands
    # of times stays linear (a news article is far shorter than the bound)
    agents = {t.text for t in doc[max(0, tok.i - _AGENT_REACH) : tok.i] if t.pos_ == "PROPN" and _polices(t)}
    nearby = [doc[i] for i in range(tok.left_edge.i - 1, window_start(tok) - 1, -1)]
    # the police, or a name policing right there, before a name that policed further back (a
    # dateline the parser made the subject of "arrested" is no force named again; the tagger may
    # take the name for a person's, or its use again for a compound: "which the Carabinieri dispute")
    found = next(
        (
            t
            for t in nearby
            if t.dep_ != "compound"
            and t.ent_type_ != "PERSON"
            and (
                (t.lemma_.lower() == "police" and t.pos_ in {"NOUN", "PROPN"})
                or (t.pos_ == "PROPN" and _polices(t))
            )
        ),
        None,
    ) or next((t for t in nearby if t.pos_ == "PROPN" and t.text in agents), None)
    if found is None:
        return None
    return _mention_of(ctx, *_tok_span(found), allow_gpe=True) or _register(ctx, found)


def _named_body_of_people(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The named organisation or outlet that the people *tok* come from: "Organisers from the Free
    Farmers Union", "Journalists from La Nouvelle Tribune", "officials of the Interior Ministry".

    A count such people give is their body's: a reader cites the union or the newspaper, and
    the plain noun ("Organisers") names no one. Only a name the article gives right after "from"
    or "of" counts; "Residents of Kasese" come from a town, which speaks for no one.
    """
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not is_person_noun(tok.lemma_.lower()):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1), None)
    if prep is None or prep.lower_ not in {"from", "of"}:
        return _untagged_body_apposed(ctx, tok) if tok.lemma_.lower() in ORGANISER_NOUNS else None
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if body is None or not any(t.pos_ == "PROPN" for t in tok.doc[body.left_edge.i : body.i + 1]):
        return None
    # the body's words up to its head noun ("the Citizens for Transformation (CFT) movement")
    lo, hi = tok.doc[body.left_edge.i].idx, body.idx + len(body.text)
    entity = ctx.entities.at(lo, hi)
    if entity is None and tok.lemma_.lower() in ORGANISER_NOUNS:
        # 'Organisers of the "Souq al-Jumaa Youth" movement': a body by its kind, whose name in
        # front of it the tagger missed (quoted, or in another language)
        return _untagged_name(ctx, body) if body.lemma_.lower() in entity_words.ORGANISATION_NOUNS else None
    if entity is None or entity.type not in ORGANISATIONS:  # an organisation or an outlet
        return None
    return next(((s, e) for s, e in entity.mentions if s < hi and lo < e), None)


def _untagged_name(ctx: ExtractContext, head: Token) -> SpanT | None:
    """The run of capitalised name words of *head*'s phrase (its name words before it, or itself),
    registered as an organisation where no organisation or outlet holds it: "Federación Nacional
    Campesina", tagged a place or not at all."""
    doc = head.doc
    words = [t for t in doc[head.left_edge.i : head.i + 1] if t.pos_ == "PROPN"]
    if not words:
        return None
    first, last = words[0].i, words[-1].i
    if any(not (t.pos_ == "PROPN" or t.text in {"-", "'"}) for t in doc[first : last + 1]):
        return None  # one name, not words of a clause between two names
    lo, hi = doc[first].idx, doc[last].idx + len(doc[last].text)
    entity = ctx.entities.at(lo, hi)
    if entity is not None and entity.type in ORGANISATIONS:
        return next(((s, e) for s, e in entity.mentions if s < hi and lo < e), None)
    if entity is not None and entity.type == "PERSON":
        return None
    ctx.entities.add_mention(doc_text(doc)[lo:hi], lo, hi, type="ORG")
    return (lo, hi)


def _untagged_body_apposed(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """ "The organisers, the Federación Nacional Campesina, said …": the body's name set off after
    the organisers, of two or more name words, which the tagger missed or took for a place."""
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or sum(1 for t in name.subtree if t.pos_ == "PROPN") < 2:
        return None
    return _untagged_name(ctx, name)


#: How many sentences back "the statement" may find the same document named again.
_SAME_DOCUMENT_SENTENCES = 3


#: Words for one release of a body, which an article may vary: "In a communiqué …, the council
#: said …. According to the statement, …" is one document.
_RELEASE_DOCUMENTS = frozenset({"statement", "communiqué", "communique", "declaration"})


def _prose_window_start(tok: Token, sentences: int) -> int:
    """The first token of the sentence *sentences* - 1 before *tok*'s, not counting the "sentences"
    of no word the parser leaves between paragraphs (a closing quote mark alone)."""
    doc = tok.doc
    start = tok.sent.start
    counted = hops = 1
    while counted < sentences and start > 0 and hops < sentences * _EMPTY_SENTENCE_HOPS:
        start = doc[start - 1].sent.start
        hops += 1
        if any(t.is_alpha for t in doc[start : doc[start].sent.end]):
            counted += 1
    return start


#: How many sentences, per sentence of prose, the window may pass over: a text of nothing but
#: quote marks between paragraphs must not make each look-up walk back to its start.
_EMPTY_SENTENCE_HOPS = 3


def _same_document_before(tok: Token) -> Token | None:
    """The nearest earlier "the statement" of a definite report noun *tok* (the same noun, definite
    too) within a few sentences: a release cited sentence after sentence as "the statement" is one
    document, and its first mention, however far back, names its author."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    kin = _RELEASE_DOCUMENTS if lemma in _RELEASE_DOCUMENTS else frozenset({lemma})
    doc = tok.doc
    for i in range(tok.i - 1, _prose_window_start(tok, _SAME_DOCUMENT_SENTENCES) - 1, -1):
        other = doc[i]
        if (
            other.lemma_.lower() in kin
            and other.pos_ == "NOUN"
            and other.dep_ in {"nsubj", "pobj"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in other.children)
        ):
            return other
    # "…, according to its final report, presented on Monday. … According to the report, two men were
    # shot dead": the article's one earlier report, however far back, is the one meant
    nouns = _document_nouns(doc)
    before: list[int] = []
    for lemma in kin:
        indices = nouns.get(lemma, [])
        count = bisect_right(indices, tok.i - 1)
        before += indices[max(0, count - 2) : count]  # at most two: one is all that is asked
    if len(before) == 1 and any(c.dep_ == "poss" for c in doc[before[0]].children):
        return doc[before[0]]
    return None


#: Where :func:`_document_nouns` keeps its table on the Doc.
_DOCUMENT_NOUNS_KEY = "tally.figures.document_nouns"


def _document_nouns(doc: Doc) -> dict[str, list[int]]:
    """The token indices of each report noun's lemma in *doc*, in order: read once per Doc, so that
    looking for "the one report named before" stays linear in the article's length."""
    found: dict[str, list[int]] | None = doc.user_data.get(_DOCUMENT_NOUNS_KEY)
    if found is None:
        found = {}
        for t in doc:
            if t.pos_ == "NOUN" and t.lemma_.lower() in figure_words.REPORT_NOUNS:
                found.setdefault(t.lemma_.lower(), []).append(t.i)
        doc.user_data[_DOCUMENT_NOUNS_KEY] = found
    return found


#: Nouns for a body outside the state that a lede may describe before naming it ("a rights
#: commission", "monitors"); "police" or "the ministry" name a body of their own.
_CIVIL_BODIES = frozenset(
    {
        "commission",
        "committee",
        "council",
        "federation",
        "forum",
        "foundation",
        "league",
        "observatory",
        "union",
    }
)

#: How many sentences after a description its name may come.
_NAMED_LATER_SENTENCES = 2

#: Fewer words than this make no sentence of prose: a dateline, a byline, a blank line.
_SENTENCE_WORDS = 4


def _named_later(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The organisation an indefinite description stands for, named in the next sentences.

    Wire copy describes the source in its headline or first sentence and names
    it right after: "…, a doctors' group said. The Central Committee of
    Sudanese Doctors, which …, said"; "toll passes 700, monitors say" over "…,
    the Assistance Association for Political Prisoners said". The name must
    be new (not named before the description), fit the noun (no ministry is "a
    rights group", no outlet "a group"), and share a word with the description
    or speak there itself.
    """
    lemma = tok.lemma_.lower()
    common = tok.pos_ == "NOUN" or tok.is_lower  # a headline's "rights commission" may be tagged a name
    if not common or not (lemma in _CIVIL_BODIES or lemma in entity_words.GENERIC_ORGANISATION_NOUNS):
        return None
    if any(_definite_modifier(c) for c in tok.children) and not _refers_forward(ctx, tok):
        return None  # "the group" refers back; "its monitors", "Amnesty's researchers" are someone's
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == tok.i + 1 for c in tok.children):
        return None  # "Rights group Sawasiah said": the description names itself, not one named next
    numbered = any(  # "two rights groups", not a live blog's "15:05" parsed onto the line below
        c.dep_ == "nummod" and c.like_num and "\n" not in doc_text(tok.doc)[c.idx : tok.idx]
        for c in tok.children
    )
    if tok.tag_ == "NNS" and not numbered and not _in_title_line(ctx, tok.idx):
        # "According to Iranian rights groups, …" in the body: several groups, not the one named
        # next; only a headline's "monitors say" compresses the body's one source, and "two
        # rights groups said" counts the ones the next sentences name
        return None
    doc = tok.doc
    sent = tok.sent
    if sent.end >= len(doc):
        return None
    last, counted = sent.end, 0
    for _ in range(2 * _NAMED_LATER_SENTENCES + 2):
        if counted == _NAMED_LATER_SENTENCES or last >= len(doc):
            break
        following = doc[last].sent
        last = following.end
        # a dateline ("SANTIAGO —") or a blank line the parser made a sentence of is none of them
        counted += sum(t.is_alpha for t in following) >= _SENTENCE_WORDS
    lo, hi = doc[sent.end].idx, doc[last - 1].idx + len(doc[last - 1].text)
    described = {w for t in tok.subtree if t.is_alpha and not t.is_stop for w in (t.lower_, t.lemma_.lower())}
    media = is_media_noun(tok)
    for start, end, entity in reversed(list(ctx.entities.mentions_backwards(lo, hi))):
        if entity.type not in {"ORG", "MEDIA"} or (entity.type == "MEDIA" and not media):
            continue
        if any(s < tok.idx for s, _ in entity.mentions) or not may_be_described_as(entity, lemma):
            continue
        if not not_a_site(entity):
            continue
        words = {w.lower().removesuffix("'s").removesuffix("s") for w in entity.name.split()}
        if {w.removesuffix("s") for w in described} & words or _speaks_at(doc, start, end):
            return (start, end)
    return None


#: Words opening a sentence that sets another voice against the one before: "But X said …".
_CONTRAST_OPENERS = frozenset(
    {"but", "however", "meanwhile", "separately", "elsewhere", "yet", "instead", "still", "also"}
)


def _holder_named_next(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The person a definite office names, when the next sentence of the paragraph names its holder.

    Wire copy gives a speaker's office first and the name in the sentence after:
    "The police chief of Zahedan said on state television that 16 …. Brigadier
    General Ahmad Taheri told IRNA that 150 …"; "…, his lawyer told Reuters.
    Emmanuel Simh said …". The office (a singular noun for one person, made
    definite by "the" or an owner) speaks through a verb of saying; the next
    sentence (in wire copy often the next one-sentence paragraph) has a person
    for the subject of its verb of saying, who is
    named there for the first time, and carries no office of another kind
    ("Opposition leader X said" is someone else; a rank is no office). A sentence
    that turns to another voice ("But X said", "Separately, X said") names
    someone else.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not one_person_noun(lemma):
        return None
    if not any(_definite_modifier(c) or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children):
        return None  # "a police officer said": any officer, not the one named next
    verb = tok.head
    if tok.dep_ != "nsubj" or _lemma_role(verb.lemma_.lower()) != "asserted":
        return None
    doc = tok.doc
    sent = tok.sent
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent  # in wire copy often the next one-sentence paragraph
    opener = next((t for t in following if not t.is_punct and not t.is_space), None)
    if opener is None or opener.lower_ in _CONTRAST_OPENERS:
        return None
    for start, end, entity in ctx.entities.mentions_backwards(following.start_char, following.end_char):
        if entity.type != "PERSON" or any(s < tok.idx for s, _ in entity.mentions):
            continue
        name = doc.char_span(start, end, alignment_mode="expand")
        if name is None or len(name) < 2:
            continue  # a full name, not a bare surname the tagger guessed
        head = name.root
        said = head.head
        if head.dep_ != "nsubj" or said.sent != following or _lemma_role(said.lemma_.lower()) != "asserted":
            continue
        if any(t.i < name.start for t in head.subtree):
            # "Opposition leader Succes Masra said": the name comes with an office of its own
            before = [t for t in head.subtree if t.i < name.start]
            if not all(_rank_or_title(t) or t.lower_ == lemma or t.is_punct for t in before):
                continue
        if any(c.dep_ == "appos" for c in head.children):
            continue  # "X, executive director of Amnesty Kenya, said": an office of its own
        if any(t.i < head.i and t.pos_ == "NOUN" and t.dep_ == "compound" for t in name):
            continue
        return (start, end)
    return None


def _refers_forward(ctx: ExtractContext, tok: Token) -> bool:
    """Whether "the group" (a description made definite by "the" alone) has nothing to refer back
    to, so that the name it stands for can only come after it: "At least 16 protesters were
    killed, the group said in a report. Human Rights Watch based its findings on …" opens an
    article whose headline, not its text, named the group."""
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "its monitors", "Amnesty's researchers": someone's, named or not
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if any(t.i < tok.i and (t.pos_ == "PROPN" or t.ent_type_) for t in tok.subtree):
        return False  # "the semi-official Fars news agency": a description that holds its own name
    return antecedent(ctx.entities, tok) is None


def _in_title_line(ctx: ExtractContext, pos: int) -> bool:
    """Whether *pos* lies on the article's headline line (:func:`title_end`)."""
    end = title_end(ctx.doc)
    return end is not None and pos < end


def _definite_modifier(child: Token) -> bool:
    """A determiner or owner that makes a description definite: "the", "its", "Amnesty's", "the
    UN's"; not the "a" of "a rights group" nor the plain noun of "a doctors' group"."""
    if child.dep_ == "det":
        return child.lower_ not in {"a", "an"}
    if child.dep_ != "poss":
        return False
    return child.pos_ in {"PRON", "PROPN"} or any(
        c.dep_ == "det" and c.lower_ == "the" for c in child.children
    )


def _speaks_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is the subject of a verb of saying or the X of "according to X"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    for _ in range(3):
        # "Amnesty International Kenya and the Law Society of Kenya … said": a name cut short by the
        # tagger, or joined to another, speaks through the subject it is part of
        if head.dep_ not in {"compound", "conj"} or head.head.pos_ != "PROPN":
            break
        head = head.head
    if head.dep_ == "nsubj":
        return _role(head.head) == "asserted"
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.i > 0
        and doc[head.head.i - 1].lower_ == "according"
    )


def _described_speaker(pronoun: Token) -> Token | None:
    """A person described, not named, who spoke in the sentence before *pronoun*'s: "A police
    officer, who …, said …" (the subject of a verb of saying, a singular noun for a person); or,
    when the pronoun opens its sentence, who was the subject of the sentence before, whatever its
    verb ("The prison director toured the wing. She said …"), as a named subject already was."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    opens = pronoun.i == sent.start
    for tok in pronoun.doc[pronoun.doc[sent.start - 1].sent.start : sent.start]:
        if (
            tok.dep_ == "nsubj"
            and tok.tag_ == "NN"
            and is_person_noun(tok.lemma_.lower())
            and tok.ent_type_ != "PERSON"
            and (_role(tok.head) == "asserted" or (opens and tok.head.dep_ == "ROOT"))
            and not _denied_noun(tok)
        ):
            return tok
    return None


def _denied_noun(noun: Token) -> bool:
    """ "No witness came forward", "Not a single independent witness came forward": a noun denied
    names nobody a later "he" could be (round 58)."""
    return any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "neg" and c.i < noun.i) for c in noun.children
    )


def _quoted(ctx: ExtractContext, pos: int) -> bool:
    """Whether *pos* lies inside a direct or mixed quote, a labelled turn or an embedded post (its
    first person is the speaker's, the post's author's: a post or a turn in no quote marks is no
    quote, but still its speaker's words)."""
    return any(_speakers_words(q) and q.start <= pos < q.end for q in ctx.quotes) or any(
        p.start <= pos < p.end for p in ctx.embedded
    )


def _speakers_words(quote: Quote) -> bool:
    """A quote, or a turn its label gives to a speaker ("A: Our centre has documented …",
    "MINISTER X: We …"): reported words whose cue is the label's colon (round 47: a turn in no
    quote marks is kind ``indirect``) are the speaker's own, first person and all."""
    return quote.kind != "indirect" or (quote.cue or "").rstrip().endswith(":")


def _the_writer(tok: Token) -> bool:
    """ "We have verified …", "our Office has documented …": the author of a release or briefing
    speaking of itself, which the record gives as the outlet (inside a quote, the quote's speaker)."""
    if tok.lower_ in {"we", "i", "us"}:
        return True
    if any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in tok.children):
        return True
    edge = tok.left_edge
    if edge.i < tok.i and edge.dep_ == "poss" and edge.lower_ in {"our", "my"} and edge.head.i < tok.i:
        return True  # "Our field monitors documented …": the parser hung "our" on the first noun
    # "An earlier version of this story said 18 …": the outlet's own text, in a correction
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower() in _OWN_TEXT_NOUNS
            and any(d.lower_ in {"this", "our"} for d in p.children)
            for p in c.children
        )
        for c in tok.children
    )


#: What an outlet calls its own text in a correction: "an earlier version of this story".
_OWN_TEXT_NOUNS = frozenset({"story", "article", "report", "piece", "dispatch", "post"})


def _issued_total(noun: Token) -> bool:
    """A total whose modifier names its issuer: "the official toll", "the police figure", "the
    government tally" (an owner's "X's toll" is read by :func:`source_span` from the path above)."""
    return noun.lemma_.lower() in figure_words.TOTAL_NOUNS and any(_names_an_issuer(c) for c in noun.children)


def _publisher_of_total(ctx: ExtractContext, total: Token) -> SpanT | None:
    """Who makes *total* public as its object: "the ministry released its official toll of 412",
    "the authorities gave an official death toll of 60"; None for any other total."""
    if total.dep_ != "dobj":
        return None
    verb = total.head
    lemma = verb.lemma_.lower()
    if lemma not in _MADE_PUBLIC_VERBS | figure_words.GIVING_VERBS and _role(verb) != "asserted":
        return None
    if _negated(verb) or _yet_to_come(verb):
        return None
    speaker = _speaker(verb)
    if speaker is None or not _may_speak(ctx, speaker):
        return None
    return source_span(ctx, speaker)


def _compiled_total(tok: Token) -> bool:
    """ "a toll compiled by AFP", "the count kept by the group": a total someone made, a document of theirs."""
    return tok.lemma_.lower() in figure_words.TOTAL_NOUNS and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _agent(c) is not None for c in tok.children
    )


def _partitive_whole(tok: Token) -> Token | None:
    """The group a partitive speaker belongs to: "officials" of "One of the officials said"; for
    "one of them added", the counted sources the sentence before named ("… given to AFP by two
    officials …. Another 43 were being treated, one of them added")."""
    whole = partitive_whole(tok)
    if whole is not None and whole.pos_ == "PRON" and whole.lower_ in {"them", "those"}:
        return _counted_sources_before(tok)
    return whole if whole is not None and whole.pos_ in {"NOUN", "PROPN"} else None


#: Words that single out one more of a group: "a second official", "another witness".
_ONE_MORE_WORDS = frozenset({"another", "second", "third", "fourth", "fifth"})


def _one_more_of_them(tok: Token) -> Token | None:
    """The counted sources *tok* is one more of: "A second official said …" after "three security
    officials told Reuters" is one of those three, and cites them."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(c.lower_ in _ONE_MORE_WORDS for c in tok.lefts):
        return None
    group = _counted_sources_before(tok)
    return group if group is not None and group.lemma_.lower() == tok.lemma_.lower() else None


#: How many sentences back "one of them" may find the counted sources it is one of.
_COUNTED_SOURCES_SENTENCES = 2


def _counted_sources_before(tok: Token) -> Token | None:
    """The last plural noun for people given a number in the sentences before *tok*'s own that
    gave an account ("by two officials at the governor's office", "three witnesses said")."""
    doc = tok.doc
    for i in range(tok.sent.start - 1, _prose_window_start(tok, _COUNTED_SOURCES_SENTENCES + 1) - 1, -1):
        noun = doc[i]
        if (
            noun.tag_ == "NNS"
            and is_person_noun(noun.lemma_.lower())
            and any(c.like_num and c.dep_ == "nummod" for c in noun.children)
            and (noun.dep_ == "nsubj" or (noun.dep_ == "pobj" and noun.head.dep_ == "agent"))
        ):
            return noun
    return None


def _named_owner(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The named organisation a lower-case body or its staff belongs to: "the network of the PMOI",
    "researchers of Amnesty International". A place is no owner ("the council of Tehran")."""
    lemma = tok.lemma_.lower()
    if not tok.is_lower or not (
        lemma in entity_words.ORGANISATION_NOUNS
        or lemma in entity_words.GENERIC_ORGANISATION_NOUNS
        or lemma in figure_words.STAFF_NOUNS
    ):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            entity = ctx.entities.at(*_tok_span(pobj)) if pobj.dep_ == "pobj" else None
            if entity is not None and entity.type in {"ORG", "MEDIA"}:
                return _mention_of(ctx, *_tok_span(pobj), allow_gpe=False)
    return None


def _name_phrase(tok: Token) -> SpanT | None:
    """The characters of a proper name that ends in *tok*, with the capitalised compounds before it.

    None when *tok* has no such compounds (the name is the token itself).
    """
    if tok.pos_ != "PROPN" or is_person_noun(tok.lemma_):
        return None  # "Interior Minister" is a person's office, not a name
    first = tok.i
    while first > 0 and first > tok.i - 8:
        before = tok.doc[first - 1]
        if before.dep_ != "compound" or before.head.i != tok.i or not before.is_title:
            break
        first -= 1
    if first == tok.i:
        return None
    return tok.doc[first].idx, tok.idx + len(tok.text)


#: Possessive pronouns read as the subject pronoun they stand for when they own a reported subject.
_OWNER_AS_SUBJECT = {"its": "it", "their": "they", "his": "he", "her": "she"}


def _previous_subject_person(ctx: ExtractContext, pronoun: Token) -> SpanT | None:
    """The person named as the subject of the sentence before, when "he"/"she" opens its sentence and
    the article's genders do not rule that person out."""
    topic = previous_subject_token(pronoun)
    return _person_named_as(ctx, topic, pronoun) if topic is not None else None


def _person_named_as(ctx: ExtractContext, name: Token, pronoun: Token) -> SpanT | None:
    """The mention of the person *name* names, when the article's genders let *pronoun* stand for them."""
    if name.pos_ != "PROPN":
        return None
    found = _mention_of(ctx, *_tok_span(name), allow_gpe=False)
    entity = ctx.entities.at(*found) if found is not None else None
    if entity is None or entity.type != "PERSON" or not _genders(ctx).fits(entity, pronoun.lower_):
        return None
    return found


def _paragraph_break(ctx: ExtractContext, before: Span, after: Span) -> bool:
    """Whether a paragraph ends between the sentence *before* and the sentence *after* it (a line
    break between them, or one the tokenizer kept as the last token's trailing space)."""
    return "\n" in ctx.text[before.end_char : after.start_char] or "\n" in before[-1].text_with_ws


def _speaker_going_on(ctx: ExtractContext, pronoun: Token, depth: int) -> SpanT | None:
    """ "He said 40 people had been arrested in the capital, where opposition leader X lives. Twelve
    of them were women, he added.": a closing "…, he added" goes on with the speaker of the sentence
    before when that sentence is reported speech (its main verb one of saying), not with a name
    inside that sentence's clauses; the speaker is the same pronoun (resolved in turn) or a person
    named as its subject whom the article's genders allow."""
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj" or depth > 3:
        return None
    doc, sent = pronoun.doc, pronoun.sent
    verb = pronoun.head
    # closing: the words said come before ("…, he added"), not an opening phrase ("On Monday, he told …")
    closing = (
        pronoun.i > sent.start
        and doc[pronoun.i - 1].text == ","
        and verb.i > pronoun.i
        and (
            (verb.dep_ == "parataxis" and verb.head.i < pronoun.i)
            or any(c.dep_ in {"ccomp", "parataxis"} and c.i < pronoun.i for c in verb.children)
        )
    )
    if not closing or verb.lemma_.lower() not in figure_words.REPORT_VERBS or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if _paragraph_break(ctx, before, sent):
        return None  # a new paragraph
    root = before.root
    if root.lemma_.lower() not in figure_words.REPORT_VERBS:
        return None
    speaker = subject(root, {"nsubj"})
    if speaker is None:
        return None
    if speaker.lower_ == pronoun.lower_:
        return _quoted_speaker(ctx, speaker) or source_span(ctx, speaker, depth + 1)
    return _person_named_as(ctx, speaker, pronoun)


def _quoted_speaker(ctx: ExtractContext, pronoun: Token) -> SpanT | None:
    """The speaker the quotes resolved for the quote *pronoun* introduces ("He said that of the 16
    dead, 10 were killed …"): the quotes follow a speaker over quoted paragraphs, which the figures'
    window does not reach."""
    by_span = memo(
        ctx,
        "quotes_by_speaker_span",
        ctx.quotes,
        lambda: {tuple(q.speaker_span): q for q in ctx.quotes if q.speaker and q.speaker_span is not None},
    )  # built once per article: a lookup per pronoun, not a walk over every quote
    quote = by_span.get((pronoun.idx, pronoun.idx + len(pronoun.text)))
    entity = ctx.entities.get(quote.speaker) if quote is not None else None
    if entity is None or entity.type != "PERSON" or not entity.mentions:
        return None
    before = [m for m in entity.mentions if m[0] < pronoun.idx]
    return tuple(before[-1] if before else entity.mentions[0])  # type: ignore[return-value]


def _genders(ctx: ExtractContext) -> Any:
    """The article's evidence of its people's genders (titles, gendered nouns, pronouns, then first
    names), built once per article as the quotes build it."""
    from tally.extract.quotes.gender import Genders  # the quotes package imports figure words

    def build() -> Any:
        spans = sorted((q.start, q.end) for q in ctx.quotes if q.kind != "indirect")
        starts = [start for start, _ in spans]

        def quoted(pos: int) -> bool:
            k = bisect_right(starts, pos) - 1
            return k >= 0 and spans[k][0] <= pos < spans[k][1]

        return Genders(ctx.doc, ctx.entities, quoted)

    return memo(ctx, "genders", ctx.entities, build)


def _gender_disagrees(ctx: ExtractContext, pronoun: Token, found: SpanT) -> bool:
    """Whether "she"/"her" (or "he"/"his") was resolved to a person the article makes the other's."""
    entity = ctx.entities.at(*found)
    if pronoun.lower_ not in PRONOUN_GENDER or entity is None or entity.type != "PERSON":
        return False
    return not _genders(ctx).fits(entity, pronoun.lower_)


def _person_of_gender(ctx: ExtractContext, pronoun: Token) -> SpanT | None:
    """The nearest person before *pronoun* whose gender, as far as the article tells, fits it."""
    genders = _genders(ctx)
    lo = pronoun.doc[window_start(pronoun)].idx
    hit = nearest_mention(
        ctx.entities,
        lo,
        pronoun.left_edge.idx,
        frozenset({"PERSON"}),
        fits=lambda entity: genders.fits(entity, pronoun.lower_),
    )
    return hit[0] if hit is not None else None


def _reporting_subject(ctx: ExtractContext, pronoun: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause *pronoun* opens, if they agree.

    "A committee of local groups told our staff it had recorded 9 deaths": "it"
    is the committee, not the last name before it (nor "Reuters" in "Amnesty
    told Reuters it had counted …"), and an unnamed speaker is still the one.
    """
    clause = pronoun.head
    lower = pronoun.lower_
    if pronoun.dep_ == "poss" and clause.dep_ in {"nsubj", "nsubjpass"} and lower in _OWNER_AS_SUBJECT:
        # "X and Y said their monitors had documented 32 cases", "the prosecutor, Y, said her office
        # had identified …": the owner of the reported clause's subject is who says it, as "it",
        # "they" or "she" would be
        clause, lower = clause.head, _OWNER_AS_SUBJECT[lower]
    elif pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    governing: Token | None = None
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "X said that 124 had died, and that her office had identified …"
    if clause.dep_ == "ccomp" and _lemma_role(clause.head.lemma_.lower()) == "asserted":
        governing = clause.head
    elif _lemma_role(clause.lemma_.lower()) == "asserted":
        # "The website published photos of what it said were 14 detained teenagers": the pronoun
        # speaks inside the sentence of the subject it refers to
        governing = next((v for v in clause.ancestors if v.pos_ in {"VERB", "AUX"}), None)
    if governing is None:
        return None
    speaker = subject(governing, {"nsubj"})
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    lemma = speaker.lemma_.lower()
    person = speaker.ent_type_ == "PERSON" or is_person_noun(lemma)
    if lower in {"he", "she"}:
        return speaker if person and speaker.tag_ in {"NN", "NNP"} else None
    if lower == "it":
        organisation = (
            speaker.ent_type_ in {"ORG", "NORP"}
            or _people_or_organisation(lemma)
            or lemma in figure_words.MEDIA_HEADS  # "the website … what it said"
            # "Its news bulletin showed a rally that it said had drawn 15,000": the document speaks
            or lemma in figure_words.REPORT_NOUNS
        )
        return speaker if organisation and not person and speaker.tag_ in {"NN", "NNP"} else None
    if lower == "they":
        several = speaker.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in speaker.children)
        return speaker if several and _may_speak(ctx, speaker) else None
    return None


#: Nouns for one who speaks for a body, and only for one.
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _body_of_a_spokesperson(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The body "a spokesman" speaks for when the text names none with it: the organisation the
    sentence before is about ("The Hospital Authority said 2,600 were treated. The figure includes
    7 …, a spokesman said"). None for "a ministry spokesman", "a spokesman for X", "the spokesman"."""
    if tok.lemma_.lower() not in _SPOKESPERSONS or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(c.dep_ != "det" or c.lower_ not in {"a", "an"} for c in tok.children) or not any(
        c.dep_ == "det" for c in tok.children
    ):
        return None
    sent = tok.sent
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    topic = subject(before.root, {"nsubj", "nsubjpass"})
    if topic is None or not (topic.ent_type_ == "ORG" or topic.lemma_.lower() in entity_words.ORG_WORDS):
        return None
    found = source_span(ctx, topic)
    entity = ctx.entities.at(*found) if found is not None else None
    return found if entity is not None and entity.type == "ORG" else None


def _speakers_organisation(tok: Token) -> Token | None:
    """The organisation whose officer says what "the group" did: "Human Rights Watch's Africa director,
    Ana Lopes, said the group had documented 12 killings" is HRW's count, not the group named before.

    *tok* is "the group" (an organisation noun with "the") as the subject of a clause that a verb of
    saying reports; the organisation is the name owning the speaker's title ("HRW's director").
    """
    if (
        tok.pos_ != "NOUN"
        or tok.lemma_.lower() not in entity_words.ORGANISATION_NOUNS
        or tok.dep_ not in {"nsubj", "nsubjpass"}
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or _lemma_role(clause.head.lemma_.lower()) != "asserted":
        return None
    speaker = subject(clause.head, {"nsubj"})
    if speaker is None:
        return None
    for word in speaker.subtree:
        if word.i >= clause.head.i:
            break
        if word.dep_ == "poss" and word.pos_ == "PROPN" and word.ent_type_ not in {"PERSON", "GPE", "NORP"}:
            return word
    return None


def _apposed_to_office_body(tok: Token, preps: frozenset[str]) -> Iterator[Token]:
    """Names set off after the body an office noun serves ("the head of X, NAME,", "a
    spokesperson for X, NAME,"): the parser hangs them on the body, not on *tok*.

    Also on the last noun of a longer phrase ("the head of the army's inquiry in Gao, NAME,"): the
    parser hangs the name on "Gao", two prepositions down; a name set off there, right after a
    comma, closes the office's whole phrase.
    """
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            yield from (appos for appos in pobj.children if appos.dep_ == "appos")
            yield from _apposed_to_nested_noun(pobj, _NESTED_OFFICE_HOPS)


#: Prepositions a noun of the office's phrase may hang a later noun on ("… inquiry in Gao").
_NESTED_OFFICE_PREPS = frozenset({"in", "at", "of", "for", "on"})

#: How many prepositions down the office's phrase a set-off name is looked for.
_NESTED_OFFICE_HOPS = 2


def _apposed_to_nested_noun(noun: Token, hops: int) -> Iterator[Token]:
    """Names set off by a comma after a noun hung on *noun* by a preposition, *hops* deep."""
    if hops <= 0:
        return
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _NESTED_OFFICE_PREPS or prep.i < noun.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            yield from (
                appos
                for appos in pobj.children
                if appos.dep_ == "appos"
                and appos.left_edge.i >= 1
                and noun.doc[appos.left_edge.i - 1].text == ","
            )
            yield from _apposed_to_nested_noun(pobj, hops - 1)


def _person_beside_office(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """ "The head of Tehran's Revolutionary Court, Mousa Ghazanfarabadi, said": the person.

    The parser hangs the name on the office's organisation rather than on the
    noun for the person who holds it.
    """
    for appos in _apposed_to_office_body(tok, frozenset({"of", "for", "at"})):
        if appos.ent_type_ == "PERSON":
            found = _mention_of(ctx, *_tok_span(appos), allow_gpe=False)
            if found:
                return found
    return None


def _holder_after_remit(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The person named after an office and its remit: "The UN Special Rapporteur on Myanmar, Tom
    Andrews, said …", "the Special Envoy on Sudan, NAME,". The parser hangs the name set off by a
    comma on the remit's noun (the country) and the tagger makes the title an organisation of its
    own; the holder named beside the office speaks, as "the head of X, NAME," does."""
    if not is_person_noun(tok.lemma_.lower()):
        return None
    doc = tok.doc
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i < tok.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for appos in pobj.children:
                if (
                    appos.dep_ == "appos"
                    and appos.ent_type_ == "PERSON"
                    and appos.left_edge.i >= 1
                    and doc[appos.left_edge.i - 1].text == ","
                ):
                    found = _mention_of(ctx, *_tok_span(appos), allow_gpe=False)
                    if found:
                        return found
    return None


def _body_named_beside_office(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """ "A spokesperson for the UN mission, MONUSCO, said": the body's name, apposed to the body
    the office serves (a person's name there is the holder's, above)."""
    if tok.lemma_.lower() not in _SPOKESPERSONS:
        return None
    for appos in _apposed_to_office_body(tok, frozenset({"of", "for"})):
        if appos.pos_ == "PROPN" and appos.ent_type_ not in _NOT_NAME_ENTS | {"PERSON"}:
            return _mention_of(ctx, *_tok_span(appos), allow_gpe=False) or _register(ctx, appos)
    return None


#: Entity labels of capitalised words that are no name of a source ("the official Tuesday").
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "GPE", "NORP", "LOC", "CARDINAL", "ORDINAL"})

#: Verbs of passing on what someone else said: "sources quoted by the BBC" are the sources.
_QUOTING_VERBS = frozenset({"quote", "cite"})

#: Verbs of getting hold of a document another body issued: "police figures obtained by the paper",
#: "army records seen by Reuters". Who obtains it passes on the issuer's count.
_OBTAINING_VERBS = frozenset({"obtain", "see", "review", "acquire", "access", "receive"})

#: Punctuation no description runs across, spaced or not: brackets, dashes, colons.
_NAME_BREAKS = frozenset({"(", ")", "[", "]", "—", "–", ":", ";"})

#: Lower-case words that may stand inside a name ("Committee to Protect Journalists").
_NAME_JOINERS = frozenset({"of", "for", "on", "to", "and", "the"})


def _title_follows(doc: Doc, i: int, *, the: bool) -> bool:
    """A capitalised word at *i* (or, with *the*, "the" and one): a name goes on ("for the Recognition of …")."""
    if the and i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].is_title


def _heads_a_titled_name(tok: Token) -> bool:
    """A capitalised common noun that opens a name with "for"/"of"/"to" and capitalised words: "The
    Mechanism for the Recognition of Political Prisoners", "the Initiative for Free Expression" (the
    tagger took the first word for a common noun; its capital, not at a sentence's start, says it
    is a name's)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or not tok.is_title or tok.i == tok.sent.start or tok.i + 2 >= len(doc):
        return False
    joiner, after = doc[tok.i + 1], doc[tok.i + 2]
    if joiner.lower_ not in {"for", "of", "to", "against", "on"}:
        return False
    if after.lower_ == "the" and tok.i + 3 < len(doc):
        after = doc[tok.i + 3]
    return after.is_title and after.pos_ in {"PROPN", "NOUN"}


def _name_after(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The proper name that follows a common noun for people or organisations, however parsed."""
    lemma = tok.lemma_.lower()
    # "the commander of the Revolutionary Guards" holds an office of the Guards; "The Mechanism for
    # the Recognition of …" is one name
    titled = _heads_a_titled_name(tok)
    apposed = _name_apposed_to(tok)
    if tok.pos_ != "NOUN" or not (_people_or_organisation(lemma) or titled or apposed):
        return None
    doc = tok.doc
    j = tok.i + 1
    last = None
    while j < len(doc) and j - tok.i <= 6:
        word = doc[j]
        # after a describing noun a name is a name, whatever the tagger made of it ("ACLED", a "GPE")
        if _name_word(word) or (
            apposed and word.pos_ == "PROPN" and word.is_alpha and word.text[0].isupper()
        ):
            last = j
        elif last == j - 1 and word.text == "-" and not doc[j - 1].whitespace_ and not word.whitespace_:
            pass  # "the independent monitor OVD-Info", "the group Al-Mezan": one hyphenated name
        elif not (word.lower_ in _NAME_JOINERS and _title_follows(doc, j + 1, the=titled)):
            break
        j += 1
    if last is None:
        return None
    first = doc[tok.i + 1]
    end = doc[last].idx + len(doc[last].text)
    if first.lower_ in _NAME_JOINERS:
        # "Lawyers for Human Rights Swaziland": the capitalised noun opens the name; not
        # "lawyers for the Kenya Human Rights Commission" (its lawyers) nor "Lawyers for Mr Kamau"
        after = doc[first.i + 1 : last + 1]
        if (
            not tok.is_title
            or any(
                w.ent_type_ == "PERSON" or w.lower_.rstrip(".") in entity_words.PERSON_TITLES for w in after
            )
            or (tok.i == tok.sent.start and sum(_name_word(w) for w in after) < 2)
        ):
            # "the head of Doctors Without Borders": the organisation, when its name is known
            # (not "the governor of Sistan and Baluchestan", a province the tagger called an organisation)
            if _names_a_place(ctx, after[0].idx, end):
                return None
            return _mention_of(ctx, after[0].idx, end, allow_gpe=False)
        first = tok
    start = first.idx
    found = _mention_of(ctx, start, end, allow_gpe=False)
    if found is not None and not (found[0] > start and first.i == tok.i and titled):
        return found  # not "the Release of …" inside "The Mechanism for the Release of …"
    ctx.entities.add_mention(
        doc_text(doc)[start:end],
        start,
        end,
        type="PERSON" if is_person_noun(lemma) and first.i != tok.i else "ORG",
    )
    return (start, end)


def _name_apposed_to(tok: Token) -> bool:
    """Whether a proper name follows the noun *tok* with no comma, as its apposition: "the data
    project Kontur", "the tracking project Nasira" describe an organisation whatever the noun (and
    whatever the tagger took the name for); not "the town Kontur"."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.lemma_.lower() in figure_words.PLACE_NOUNS:
        return False
    name = doc[tok.i + 1]
    while name.dep_ == "compound" and tok.i < name.i < name.head.i <= tok.i + 4:
        name = name.head  # "the independent monitor OVD-Info": the name's first part leans on its last
    return name.pos_ == "PROPN" and name.dep_ == "appos" and name.head.i == tok.i


#: How many words an office's "of" phrase may have to be part of a registered name.
_OFFICE_WORDS = 6


def _office_end(tok: Token) -> int:
    """The last word of the office a noun for a person holds: "the head of Kermanshah province's
    judiciary", "the spokesman for the army" (short phrases only, no clause); else *tok* itself."""
    if not is_person_noun(tok.lemma_.lower()):
        return tok.i
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"} and prep.i == tok.i + 1:
            words = list(prep.subtree)
            if len(words) <= _OFFICE_WORDS and not any(
                w.pos_ in {"VERB", "AUX", "PUNCT"}
                or w.ent_type_ == "PERSON"
                or w.lower_.rstrip(".") in entity_words.PERSON_TITLES
                for w in words
            ):
                return words[-1].i  # not "Lawyers for Mr Kamau": a person's lawyers, no office
    return tok.i


def _names_a_place(ctx: ExtractContext, start: int, end: int) -> bool:
    """Whether a place tally found is mentioned inside ``[start, end)``."""
    return any(True for _ in _place_index(ctx).inside((start, end)))


def _place_index(ctx: ExtractContext) -> SpanIndex:
    """The article's place mentions, indexed once per article (not scanned per figure: quadratic)."""
    index: SpanIndex = memo(
        ctx,
        "figure_places",
        ctx.places,
        lambda: SpanIndex([(p.id, s, e) for p in ctx.places for s, e in p.spans()]),
    )
    return index


def _name_before_description(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The organisation's name set before a description of it: "the Oslo-based Iran Human Rights
    (IHR) group", "the Hengaw rights group". The name, not "group", is the source."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CIVIL_DESCRIPTIONS:
        return None
    for left in tok.lefts:
        if left.dep_ not in {"compound", "nmod"} or left.pos_ != "PROPN":
            continue
        for word in left.subtree:
            entity = ctx.entities.at(*_tok_span(word))
            if entity is not None and entity.type in {"ORG", "MEDIA"}:
                return _mention_of(ctx, *_tok_span(word), allow_gpe=False)
    return None


def _name_set_off_after(noun: Token) -> bool:
    """A name set off by a comma right after *noun*'s phrase: "the head of the committee, Ali Reza,"."""
    doc = noun.doc
    k = noun.right_edge.i + 1
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "PROPN"


#: Longest "of" phrase, in tokens, kept in a registered source: "Leaders of the regional farmers' federation".
_MEMBERS_OF_SPAN = 7


def _body_of_members(tok: Token) -> int:
    """The last token of the body or people in *tok*'s "of" phrase when *tok* is people or a body
    made of them: "Leaders of the teachers' union", "a collective of defence lawyers" name their
    source only with it ("Leaders" alone names no one). *tok*'s own index otherwise."""
    if tok.pos_ != "NOUN" or not (_people_or_organisation(tok.lemma_.lower()) or tok.lemma_ == "collective"):
        return tok.i
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != tok.i + 1:
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            body is not None
            and (body.pos_ == "NOUN" or (body.pos_ == "PROPN" and body.is_lower))  # "medics" tagged PROPN
            and body.i - tok.i <= _MEMBERS_OF_SPAN
            and _people_or_organisation(body.lemma_.lower())
        ):
            return body.i
    return tok.i


def _register(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """Add a source the NER missed ("The Amar Cyber HQ", "the interior ministry")."""
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in {"amod", "compound", "nmod", "poss"} and child.pos_ != "PRON":
            left = min(left, child.left_edge.i)
    for k in range(tok.i - 1, left - 1, -1):
        if doc[k].is_punct and doc[k].tag_ != "POS" and (doc[k].whitespace_ or doc[k].text in _NAME_BREAKS):
            left = k + 1  # "ALMATY (AP) - Kazakhstan's prosecutor's office": the dateline is no part
            break
    while left < tok.i and (
        doc[left].pos_ in {"DET", "PUNCT"}
        or doc[left].lemma_.lower() in figure_words.TOTAL_NOUNS
        or doc[left].lemma_.lower() in figure_words.CLAIM_NOUNS
    ):
        left += 1  # not "figure" of "a figure rights groups disputed", parsed as one compound
    right = tok.i
    if tok.pos_ == "PROPN" or tok.is_title:
        # "Hands Across Borders" parsed as words of a clause: the capitalised run is the name
        while right + 1 < len(doc) and _name_word(doc[right + 1]):
            right += 1
    if tok.pos_ == "PROPN" and not tok.is_lower:
        # "Committee to Protect Journalists", "Commission on Human Rights"; not "the health
        # ministry on Monday" (a lower-case word the tagger called a name, then a date)
        j = right + 1
        while j + 1 < len(doc) and doc[j].lower_ in {"of", "for", "on", "to"} and _name_word(doc[j + 1]):
            j += 2
            while j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ in {"PROPN", "VERB", "NOUN"}:
                j += 1
            right = j - 1
    right = max(right, _office_end(tok), _body_of_members(tok))
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    name = doc_text(doc)[start:end]
    if not any(c.isalpha() for c in name) or "\n" in name:
        return None
    if tok.lemma_.lower() in figure_words.MEDIA_HEADS:
        kind = "MEDIA"
    elif tok.pos_ == "PROPN":
        kind = "ORG"
    else:
        kind = "GROUP"
    ctx.entities.add_mention(name, start, end, type=kind)
    return (start, end)


def _author_span(ctx: ExtractContext, start: int, end: int, author: str) -> SpanT | None:
    """The mention of an embedded post's author in its signature line."""
    pos = ctx.text.rfind(author, start, end)
    if pos < 0:
        entity = ctx.entities.by_name(author)
        return entity.mentions[0] if entity and entity.mentions else None
    span = (pos, pos + len(author))
    found = _mention_of(ctx, *span, allow_gpe=True)
    if found:
        return found
    ctx.entities.add_mention(author, *span, type="ORG")
    return span


def quote_speakers(ctx: ExtractContext) -> list[tuple[int, int, SpanT]]:
    """``(start, end, speaker mention)`` of each attributed quote, taken before ids can change."""
    out = []
    for quote in ctx.quotes:
        entity = ctx.entities.get(quote.speaker) if quote.speaker else None
        if entity is not None and entity.mentions:
            out.append((quote.start, quote.end, entity.mentions[0]))
        elif quote.speaker is None and quote.kind == "direct" and quote.speaker_span is not None:
            # "“There were 96 of them,” a doctor at the morgue said": an unnamed speaker, whom
            # the quotes leave without an entity; registered only if a count needs it
            out.append((quote.start, quote.end, (quote.speaker_span[0], quote.speaker_span[1])))
    return out


def _unnamed_speaker(ctx: ExtractContext, span: SpanT) -> SpanT | None:
    """The source for an unnamed quote speaker's phrase ("a doctor at the morgue"), registered."""
    phrase = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return None
    head = phrase.root
    return source_span(ctx, head) if _may_speak(ctx, head) else None


#: Verbs of holding: a document that "includes" or "contains" a count gives it.
_HOLDING_VERBS = frozenset({"include", "contain", "comprise", "hold", "feature"})


def _add(draft: Any, role: str, span: SpanT | None) -> None:
    if span is not None and span not in draft.sources[role]:
        draft.sources[role].append(span)


#: Spans of time that set a clause of time at a distance from the event it dates: "nine days after".
_TIME_SPANS = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})


def _time_anchor(clause: Token) -> bool:
    """Whether *clause* is a clause of time that dates the event of its sentence by an earlier,
    past one: opened by "since" ("held since authorities deported 40 others"), or by "after" or
    "before" set off by a span of time ("nine days after thousands took to the streets", "the day
    after the 40 were deported"). Not a bare "after" ("killed after police fired on 300 marchers"
    tells the same event) nor a clause in the present or future."""
    if clause.dep_ != "advcl" or clause.tag_ not in {"VBD", "VBN"}:
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None:
        return False
    if mark.lower_ == "since":
        return True
    if mark.lower_ not in {"after", "before"}:
        return False
    # the span is the clause's own modifier, or the parser hung it on the verb above ("met them the
    # day after …"): either way, the word just before the mark, a measured one (not "for days before
    # riots left 20 stations burned": how long something went on, up to the event told)
    span = mark.doc[mark.i - 1] if mark.i > 0 else None
    return (
        span is not None
        and span.lemma_.lower() in _TIME_SPANS
        and any(c.dep_ in {"nummod", "det"} for c in span.children)
    )


def _reported_clause_hung_on(anchor: Token, below: Token | None) -> bool:
    """Whether *below* is a clause opened by "that" that the parser hung on the clause of time
    *anchor*, a verb that says nothing ("The minister said that 300 had been arrested since the strike
    began and that 45 officers had been injured"; "X told reporters two days after the march began
    that 12 had been killed"): the content clause is what the verb of saying above reports, not a
    part of the clause that dates it. Not a clause of a verb of saying ("since the ministry said that
    …") nor one with an empty "it" ("after it emerged that …")."""
    if below is None or below.dep_ not in {"ccomp", "conj"} or below.head.i != anchor.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
        return False
    if _role(anchor) is not None:
        return False
    subj = subject(anchor, {"nsubj"})
    return subj is not None and subj.pos_ in {"NOUN", "PROPN"}


def attribute(ctx: ExtractContext, draft: Any, speakers: list[tuple[int, int, SpanT]]) -> None:
    """Fill ``draft.sources`` from the count's own sentence, quote and post."""
    tok: Token = draft.chain_start
    gapped = _gapped_giver(tok)
    if gapped is not None and _may_speak(ctx, gapped):
        # "the Red Cross puts the toll at 23, and Amnesty at 24": the verb left out is the first's
        _add(draft, "asserted", source_span(ctx, gapped))
        return
    path = [tok, *tok.ancestors]
    # the count's own word, when it also decides the category, says nothing of itself; a verb above
    # it that decides the category may speak ("police estimated the crowd at 9,000"): the
    # ``node is not draft.anchor`` tests held for every word above the count (a new Token per access)
    own = tok.i if draft.anchor.i == tok.i else -1
    scene = _scene_verbs(path)
    writer = False
    counted_by_clause = False
    for k, node in enumerate(path):
        below = path[k - 1] if k else None  # the node the count's path came up through
        if (
            k
            and _time_anchor(node)
            and not _reported_clause_hung_on(node, below)
            # not "two days after the ministry said 40 had died": a clause with its own speaker speaks
            and (_role(node) is None or (subject(node, {"nsubj"}) is None and _agent(node) is None))
            and not any(draft.sources.values())
            and _according_to_child(ctx, node) is None
        ):
            # "Nine days after thousands took to the streets, the count rose to 612, according to X",
            # "…, who remain held since authorities deported 40 others, are at risk, advocates say":
            # the earlier event that dates the reported one is the writer's, not the source's
            return
        if node.pos_ in {"VERB", "AUX"} and _semicolon_between(tok, node):
            # "X estimates 50,000 were held; Viasna's own count stands at 39,000": a count whose owner
            # is named in its own clause is not the speaker's above a semicolon the parser joined
            if draft.sources["asserted"]:
                break
            closing = _said_before_own_semicolon(node, tok)
            if closing is not None:
                # "Security forces kill 12, separatists say; army says …": the clause's own closing
                # attribution speaks, not the verb after the semicolon
                speaker = _speaker(closing)
                if speaker is not None and _may_speak(ctx, speaker):
                    _add(draft, "asserted", source_span(ctx, speaker))
                break
            # "Health ministry says 61 died …; doctors say 118": the verb after the semicolon speaks
            # for its own clause, whatever the parser hung on it; the one above may speak for this
            continue
        if node.pos_ in {"VERB", "AUX"}:
            # "…, where six people were killed, according to a local journalist": an
            # "according to" on the count's own clause outranks a verb of saying above it
            cited = _according_to_child(ctx, node)
            if cited is not None:
                citing = next((c for c in node.children if c.lower_ == "citing"), None)
                if citing is not None:
                    # "X reported that 201 had been killed, citing hospitals": the parser hangs
                    # "citing" on the count's clause, but X cites
                    _add(draft, "asserted", _citer(ctx, citing))
                if node.i != own and _role(node) == "asserted" and not _in_relative_clause(path, node):
                    # "X said 7,000 were held, according to the Y agency": X speaks through Y
                    # (not "X said …, where nine were killed, according to Y": Y speaks for that clause)
                    speaker = _speaker(node)
                    if (
                        speaker is not None
                        and speaker.i != tok.i
                        and _may_speak(ctx, speaker)
                        and not _place_where_counted(
                            ctx, node, speaker
                        )  # "According to X, Nairobi recorded …"
                    ):
                        _add(draft, "asserted", source_span(ctx, speaker))
                elif any(c.lower_ == "citing" for c in node.children):
                    # "… killed 18, HRW said today, citing figures from the commission": the
                    # one citing speaks, however the parser hung "citing"
                    _add(draft, "asserted", _closing_source(ctx, tok))
                else:
                    # "The office said … and that 212 had been detained, according to figures from
                    # the prosecutor": the speaker whose words the clause is passes the count on
                    said = None if _in_relative_clause(path, node) else _saying_above(node)
                    speaker = _speaker(said) if said is not None else None
                    if speaker is not None and speaker.i != tok.i and _may_speak(ctx, speaker):
                        _add(draft, "asserted", source_span(ctx, speaker))
                _add(draft, "asserted", cited)
                break
        if node.pos_ == "VERB" and node.lemma_.lower() in figure_words.CONFIRM_VERBS and _negated(node):
            # "X said it could not verify the government's figure of 75": X withholds its word, so
            # whoever speaks above says nothing of the count; the total's owner gives it
            if below is not None and below.lemma_.lower() in figure_words.TOTAL_NOUNS:
                keeper = _total_keeper(ctx, below)
                if keeper is not None:
                    _add(draft, "asserted", source_span(ctx, keeper))
            break
        if (
            counted_by_clause
            and below is not None
            and below.dep_ == "nsubj"
            and _called_right(node)
            and node.dep_ == "ccomp"
            and _role(node.head) == "asserted"
        ):
            # "X said the figure of six dead given by Y was consistent with its own records": Y gives
            # the count, X vouches for it
            _add(draft, "confirmed", source_span(ctx, _speaker(node.head)))
            break
        if node.pos_ in {"VERB", "AUX"} and node.i != own and node.i not in scene:
            role = _role(node)
            if role is None and below is not None and below.dep_ == "nsubjpass":
                role = _giving_role(node)  # "The figure of 89 dead was given by the coroner's office"
            speaker = _speaker(node) if role else None
            if speaker is not None and _place_where_counted(ctx, node, speaker):
                continue  # "Kisumu registered 9 deaths": where they happened, not who gives them
            if speaker is not None and (speaker.i == tok.i or _whole_of_the_count(tok, speaker)):
                # "Amnesty said 450 detainees had reported torture", "… 225 of the detainees had
                # reported being beaten": they are what is counted
                continue
            if speaker is not None and any(
                path[j].i == speaker.i and path[j - 1].dep_ in {"relcl", "appos", "acl"} for j in range(1, k)
            ):
                # "The death of John Banda, who was among the eight killed, shows …": the count is
                # the writer's description of the subject, not what the subject says (but "said a
                # doctor at the hospital, where 68 bodies had been brought": the doctor's words)
                continue
            if role and speaker is not None and _the_writer(speaker) and not _quoted(ctx, draft.start):
                writer = True  # "our Office has verified that …": the release's author, given as the outlet
                break
            if role == "asserted" and counted_by_clause:
                continue
            if role and (speaker is None or _may_speak(ctx, speaker)):
                # the nearest reporting verb speaks for the count; those above it
                # speak for other clauses ("X put the toll at 61, while Y said …")
                span = source_span(ctx, speaker)
                _add(draft, role, span)
                quoted = _quoted_as_saying(node)
                if quoted is not None and _may_speak(ctx, quoted):
                    # "…, the agency quoted the provincial police chief as saying": the chief's words
                    _add(draft, role, source_span(ctx, quoted))
                reporter = _reporter_of_counters(node, speaker) if role == "asserted" else None
                if reporter is not None and _may_speak(ctx, reporter):
                    # "The bar association said lawyers had documented 112 detentions": the lawyers
                    # count, the association reports their count as its own
                    _add(draft, "asserted", source_span(ctx, reporter))
                if span is not None:
                    break
        if node.pos_ in {"VERB", "AUX"} and k >= 2 and below is not None and not draft.sources["asserted"]:
            owner = _total_owner(ctx, node, below)
            if owner is not None:
                # "Amnesty raised its toll to 321", "HRANA's tally stood at 19,000"
                _add(draft, "asserted", owner)
        if (
            below is not None
            and (
                (node.lemma_ == "be" and below.dep_ == "attr")
                or (node.lemma_.lower() in _HOLDING_VERBS and below.dep_ == "dobj")
            )
            and not draft.sources["asserted"]
        ):
            # "Official figures from the attorney general's office were 124": the document's issuer;
            # so is "The list, updated on Monday, includes 27 minors": what a document holds it says
            # (a second verb of the same subject, "The register, last updated …, includes", has none)
            document = subject(node, {"nsubj"})
            if document is None and node.dep_ == "conj" and node.lemma_ != "be":
                document = subject(node.head, {"nsubj"})
            if document is not None and document.lemma_.lower() in figure_words.REPORT_NOUNS:
                _add(draft, "asserted", source_span(ctx, document))
        if node.dep_ == "ROOT" and not any(draft.sources.values()):
            said = _said_before_semicolon(node, tok)
            speaker = _speaker(said) if said is not None else None
            if speaker is not None and _may_speak(ctx, speaker):
                # "The group said nine were killed in Homs; 20 others were wounded in Hama"
                _add(draft, "asserted", source_span(ctx, speaker))
        judged = False
        if node.pos_ == "NOUN" and below is not None and k >= 2:
            for span in _judges_of_holder(ctx, node, below):
                # "Officials said the Amnesty estimate of 300 deaths was exaggerated": the speaker
                # above calls the estimate that holds the count wrong, so disputes it, not gives it
                _add(draft, "disputed", span)
                judged = True
        if (
            node.pos_ == "NOUN"
            and below is not None
            and below.lower_ == "of"
            and _issued_total(node)
            and not (node.dep_ in {"nsubj", "nsubjpass"} and _role(node.head))  # "… was announced by X"
        ):
            # "far more than the official toll of 12": the officials' count, not theirs who compare
            # ("the authorities released their official toll of 412": the officials are who releases it)
            _add(
                draft,
                "asserted",
                _publisher_of_total(ctx, node)
                or _mention_of(ctx, *_tok_span(node), allow_gpe=False)
                or _register(ctx, node),
            )
            break
        if (
            node.pos_ == "NOUN"
            and below is not None
            and below.lower_ == "of"
            and node.lemma_.lower() in _KEPT_COUNT_NOUNS
            and not draft.sources["asserted"]
        ):
            keeper = _total_keeper(ctx, node)
            if keeper is not None:
                # "more than double the government's tally of 50": the tally's owner gives it
                _add(draft, "asserted", source_span(ctx, keeper))
                break
        if node.pos_ == "NOUN" and below is not None and _content_clause_of(below, node):
            # "rejected reports by foreign media that hundreds had been killed": the count is
            # what the report says, so its issuer asserts it (the verb above judges it)
            # ("received reports of at least 24 killed": the "of" phrase is the content, so only who
            # passes the reports on is named; a report "of" a body is read by source_span)
            issuer = None if below.dep_ == "prep" else _claim_issuer(ctx, node)
            _add(draft, "asserted", issuer or _relayer_of_claim(ctx, node))
        if node.pos_ in {"NOUN", "PROPN", "NUM"} or (node.pos_ == "ADJ" and node.dep_ == "pobj"):
            # "the death toll of 1500 that was announced by the PMOI"; "the figure of six dead given
            # by X", the adjective used as a noun
            given_here = False
            for child in node.children:
                if child.dep_ in {"relcl", "acl"}:
                    role = _role(child) or _giving_role(child)  # "the figure of 62 deaths given by X"
                    speaker = _speaker(child) if role else None
                    if speaker is not None and (
                        speaker.i in {node.i, tok.i} or _whole_of_the_count(tok, speaker)
                    ):
                        continue  # "statements from 85 detainees who said they were beaten": the counted speak
                    if role:
                        before = len(draft.sources["asserted"])
                        _add(draft, role, source_span(ctx, speaker))
                        given_here = given_here or len(draft.sources["asserted"]) > before
            # "the junta said 163 died, far fewer than the 423 counted by a rights group": who
            # counted it gives it, not who compares it with another count (who confirms it still does)
            counted_by_clause = counted_by_clause or given_here
        if judged:
            break  # the judge above disputes the count: no verb further up gives it
    _apposed_count_sources(ctx, draft, path)
    _appended_verdict(ctx, draft, tok)
    if writer:
        # "we documented 37 new killings": the writer, who is the body the document's head names,
        # when it names one (or the person a letter's sign-off or an author's note names)
        _add(draft, "asserted", _named_writer(ctx, draft.start))
    if scene or writer:
        return  # the writer's narration, whoever speaks around it
    if not draft.sources["asserted"]:
        _add(draft, "asserted", _parenthetical_source(ctx, path, tok))
    if not draft.sources["asserted"]:
        _add(draft, "asserted", _bracketed_source(ctx, draft))
    sent = tok.sent
    if not draft.sources["asserted"]:
        # "X sentenced 19, and three were sentenced to death, the group added."
        _add(draft, "asserted", _closing_source(ctx, tok))
    if not any(draft.sources.values()):
        # "Two students were killed, confirmed police inspector X."
        _add(draft, "asserted", _inverted_confirmer(ctx, tok))
    if not draft.sources["asserted"]:
        # "Nine were killed, and 70 others were wounded, as the health ministry reported."
        _add(draft, "asserted", _closing_as_reported(ctx, tok))
    if not draft.sources["asserted"]:
        _add(draft, "asserted", _label_source(ctx, tok))
    if not draft.sources["asserted"]:
        _add(draft, "asserted", _entry_label_source(ctx, tok))
    if not draft.sources["asserted"]:
        contrast = _contrasted_clause(tok)
        for t in sent:
            if contrast is not None and not contrast.left_edge.i <= t.i <= contrast.right_edge.i:
                continue  # "Citing police records, the junta said 258 …, while the AAPP has confirmed 726"
            who = _cited(t)
            if who is not None and _opens_a_later_clause(tok, t):
                continue  # "… hanged two men, and according to X at least 80 were sentenced": X's clause only
            if who is not None and t.lower_ == "citing":
                _add(draft, "asserted", _citer(ctx, t))  # "…, the WHO said on Tuesday, citing reports"
            if who is not None and _same_row(ctx.text, draft.start, t.idx):
                _add(draft, "asserted", source_span(ctx, who))
    if not draft.sources["asserted"]:
        counted = _counted_entity(ctx, tok)
        planners = _planners_and_hearers(path)
        for q_start, q_end, span in speakers:
            if q_start <= draft.start < q_end and span not in draft.sources["disputed"]:
                if counted is not None and ctx.entities.at(*span) is counted:
                    continue  # "… to repatriate any of the 48 Uyghurs" with the Uyghurs taken for its speaker
                if any(start <= span[0] < end for start, end in planners):
                    # "Street crews will aim to clear 12 blocks", "Many voters have heard that 20 …":
                    # the quote is a plan or hearsay of its subject, who gives no count
                    continue
                if (
                    span[0] > draft.start
                    and ";" in ctx.text[draft.start : span[0]]
                    and not _quoted(ctx, draft.start)
                ):
                    # "The bloc sent 2,000 troops; Moscow described their mission as …": a speaker
                    # after a semicolon speaks for its own clause, whatever the quote took in
                    continue
                staff = _staff_of(ctx, span)
                if staff is not None:
                    # "X said its volunteers had confirmed 713 arrests": the quote of the volunteers
                    # is X's count, given through its staff
                    _add(draft, "asserted", source_span(ctx, staff))
                    continue
                if ctx.entities.at(*span) is None:
                    _add(draft, "asserted", _unnamed_speaker(ctx, span))
                    continue
                document = _document_speaking(ctx, span)
                if document is not None:
                    # "Videos posted online show soldiers beating 12 students": a record shows, its
                    # issuer (if any: "footage obtained by the BBC") gives the count, else the writer
                    _add(draft, "asserted", source_span(ctx, document))
                    continue
                _add(draft, "asserted", span)  # not "Officials denied that 40 had been killed"
    if not draft.sources["asserted"]:
        for post in ctx.embedded:
            if post.start <= draft.start < post.end and post.author:
                _add(draft, "asserted", _author_span(ctx, post.start, post.end, post.author))
    if not draft.sources["asserted"]:
        _add(draft, "asserted", _lead_in_label(ctx, draft.start))
    # "A and B criticised …. The latter said 57 …": the one picked out of the pair, not its partner
    picked = [p.idx for p in map(_former_or_latter, tok.sent) if p is not None]
    for role in ("asserted", "confirmed", "disputed"):
        for span in list(draft.sources[role]):
            if any(span[0] <= idx < span[1] for idx in picked):
                continue
            for joined in _joined_names(ctx, span):
                _add(draft, role, joined)
            for joined in _joined_sources(ctx, span):
                _add(draft, role, joined)


def _planners_and_hearers(path: list[Token]) -> list[SpanT]:
    """Character spans of the subjects of the verbs of intention and of hearing on the count's
    *path* that the count climbs to through their infinitive ("aim to clear 12 blocks") or their
    clause ("have heard that 20 …"): the quotes read them as speakers, but a plan told or a count
    heard gives no figure (``intention_verbs``, ``hearing_verbs``)."""
    out: list[SpanT] = []
    for below, verb in itertools.pairwise(path):
        lemma = verb.lemma_.lower()
        if not (
            (lemma in figure_words.INTENTION_VERBS and below.dep_ == "xcomp")
            or (lemma in figure_words.HEARING_VERBS and below.dep_ == "ccomp")
        ):
            continue
        # "The foundation agreed to hold the money and also agreed to pay for 25 beds": a second
        # verb joined to the first shares its subject
        holder = verb.head if verb.dep_ == "conj" and subject(verb, {"nsubj", "nsubjpass"}) is None else verb
        for child in holder.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                out.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge)))
    return out


def _judges_of_holder(ctx: ExtractContext, noun: Token, below: Token) -> list[SpanT | None]:
    """Who calls *noun*, a count noun or claim holding the count in its "of" phrase or "that"
    clause (the count's path came up through *below*), wrong: "Officials said the Amnesty estimate
    of 300 deaths was exaggerated", "The claim that 500 were killed is false, a spokesman said"."""
    holds = (below.lower_ == "of" and _names_a_count(noun)) or _content_clause_of(below, noun)
    if not holds:
        return []
    judged = noun.dep_ in {"nsubj", "nsubjpass"} or (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in _VERDICT_VERBS
    )
    if not judged:
        return []  # "officials gave a lower toll of 12": they give another count, not a verdict on one
    return [span for role, span in _later_roles(ctx, noun, True) if role == "disputed" and span is not None]


def _head_of(ctx: ExtractContext, span: SpanT) -> Token | None:
    """The head word of the source or speaker at *span* ("lawyers" of "the group's lawyers")."""
    words = ctx.doc.char_span(*span, alignment_mode="expand")
    return words.root if words is not None else None


def _staff_of(ctx: ExtractContext, span: SpanT) -> Token | None:
    """The staff noun a quote's speaker *span* is, when an owner is named ("its observers"), else None."""
    head = _head_of(ctx, span)
    if head is None or head.lemma_.lower() not in figure_words.STAFF_NOUNS:
        return None
    return head if any(c.dep_ == "poss" for c in head.children) else None


#: Nouns for a post or message a live page sets under a label: "Tweet from X:", "Statement by X:".
_POST_NOUNS = frozenset({"tweet", "post", "statement", "message", "update"})

#: Most words of such a label.
_LEAD_IN_WORDS = 16


def _lead_in_label(ctx: ExtractContext, pos: int) -> SpanT | None:
    """The author a live page's label names for the paragraph at *pos*: "Tweet from the Law Society
    of Kenya:¶"We have received reports of at least 5 people shot dead …"". The label is the line
    right before, ends in a colon and names a post by its author ("Tweet from X", "Statement by X");
    the words under it are the author's, quote marks or not."""
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start == 0:
        return None
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1  # a blank line between label and post
    prev_start = text.rfind("\n", 0, prev_end) + 1
    label = text[prev_start:prev_end].rstrip()
    if not label.endswith(":") or len(label.split()) > _LEAD_IN_WORDS:
        return None
    words = ctx.doc.char_span(prev_start, prev_start + len(label) - 1, alignment_mode="contract")
    if words is None:
        return None
    for noun in words:
        if noun.lemma_.lower() not in _POST_NOUNS or noun.i > words.start + 1:
            continue  # the post noun opens the label: "Tweet from …", "Latest statement from …"
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                found = _source_through(ctx, prep, 0)
                if found is not None:
                    return found
    return None


def _one_phrase(a: Token, b: Token) -> bool:
    """Whether one of two words heads the other: the names of "Amnesty International and Human Rights
    Watch" are one phrase however the parser joined them; "in Axum, Amnesty said" are two."""
    return a.is_ancestor(b) or b.is_ancestor(a)


def _joined_names(ctx: ExtractContext, span: SpanT) -> list[SpanT]:
    """The names joined to a source by "and" or commas: "Amnesty International and Human Rights
    Watch said", "Reuters, AP and AFP reported". The parser makes one of them the subject and hangs
    the others on it in many ways, so they are read off the words: a name of an organisation or a
    person on the other side of each "and" or comma, before and after the source."""
    doc = ctx.doc
    found = doc.char_span(*span, alignment_mode="expand")
    if found is None or len(found) == 0 or ctx.entities.at(*span) is None or found.root.pos_ != "PROPN":
        return []  # a name joins names; "hospital records and interviews" are no list of names
    out: list[SpanT] = []
    anded = False  # a list of names has its "and"; "Daniel Okafor, Toronto" alone signs a letter
    k = found.start - 1
    if k >= 1 and doc[k].lower_ == "the":
        k -= 1
    while k >= 1 and doc[k].lower_ in {"and", ","}:
        joined = _joined_name(ctx, found.root, doc[k - 1], [span, *out])
        if joined is None:
            break
        anded = anded or doc[k].lower_ == "and"
        out.append(joined[0])
        k = joined[1].start - 1
        if k >= 1 and doc[k].lower_ == "the":
            k -= 1  # "Reuters, the Associated Press and AFP"
    k = found.end
    while k + 1 < len(doc) and doc[k].lower_ in {"and", ","}:
        after = doc[k + 2] if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else doc[k + 1]
        joined = _joined_name(ctx, found.root, after, [span, *out])
        if joined is None:
            break
        anded = anded or doc[k].lower_ == "and"
        out.append(joined[0])  # "The Associated Press and Agence France-Presse reported"
        k = joined[1].end
    return [] if out and not anded and _on_a_sign_off(ctx, span) else out


def _on_a_sign_off(ctx: ExtractContext, span: SpanT) -> bool:
    """Whether *span* stands on a letter's sign-off line ("Daniel Okafor, Toronto"): the name and the
    town there are no list of sources."""
    start = ctx.text.rfind("\n", 0, span[0]) + 1
    end = ctx.text.find("\n", span[1])
    return looks_like_sign_off(ctx.text[start : len(ctx.text) if end == -1 else end].strip())


def _joined_sources(ctx: ExtractContext, span: SpanT) -> list[SpanT]:
    """The sources joined by "and" to a common-noun source that is the subject of its verb:
    "…, police and hospitals said", "medics and witnesses said" — each one gives the count, as
    joined names do (:func:`_joined_names`). Only the conjuncts of that subject are read."""
    found = ctx.doc.char_span(*span, alignment_mode="expand")
    if found is None or len(found) == 0:
        return []
    root = found.root
    if root.pos_ != "NOUN" or root.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    out: list[SpanT] = []
    for conj in root.conjuncts:
        if conj.i < root.i or conj.pos_ not in {"NOUN", "PROPN"} or not _may_speak(ctx, conj):
            continue
        joined = source_span(ctx, conj)
        if joined is not None and joined != span:
            out.append(joined)
    return out


def _joined_name(
    ctx: ExtractContext, source: Token, word: Token, known: list[SpanT]
) -> tuple[SpanT, Span] | None:
    """The mention (and its words) of the name *word* belongs to, if it is a proper name of an
    organisation or a person in one phrase with the *source* and not among the *known* ones."""
    entity = ctx.entities.at(*_tok_span(word))
    if (
        word.pos_ != "PROPN"
        or not word.text[:1].isalpha()  # not the reference mark "[8]"
        or entity is None
        or entity.type not in {"ORG", "MEDIA", "PERSON"}
        or not _one_phrase(source, word)
        # "In a report to the UN Human Rights Council, the Mechanism said": who a document is
        # addressed to is no name beside its author, however the parser joined the two
        or (word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.head.pos_ == "NOUN")
    ):
        return None
    mention = _mention_of(ctx, *_tok_span(word), allow_gpe=False)
    words = ctx.doc.char_span(*mention, alignment_mode="expand") if mention is not None else None
    if mention is None or words is None or mention in known:
        return None
    return mention, words


#: Conjunctions of an adverbial clause that sets the scene: what it says is the writer's.
_SCENE_MARKS = frozenset({"as", "when", "after", "before", "since"})


def _scene_verbs(path: list[Token]) -> set[int]:
    """The verbs of the count's path it reaches through a scene-setting clause after them:
    "…, the ministry said, as tens of thousands rallied in Minsk" — the rally is the
    writer's narration, not what the ministry said."""
    verbs = {
        verb.i
        for k, (clause, verb) in enumerate(zip(path, path[1:], strict=False))
        if verb.pos_ in {"VERB", "AUX"}
        and clause.dep_ == "advcl"
        # "X said two days after the strike began that 22 had died": the count is in what X said
        and not (k and _reported_clause_hung_on(clause, path[k - 1]))
        and clause.i > verb.i
        and (
            any(c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in clause.children)
            or _speaker_described(clause, verb)
        )
    }
    for k, clause in enumerate(path):
        if clause.dep_ != "acl":
            continue
        # "…, X told a news conference, flanked by …", "told reporters outside the court, surrounded
        # by …": the participle hung on the verb's object or on a place of its own phrase
        for j in range(k + 1, min(k + _SCENE_HOPS, len(path))):
            node = path[j]
            if node.pos_ in {"VERB", "AUX"}:
                if node.lemma_.lower() in _TELLING_VERBS and _speaker_described(clause, node):
                    verbs.add(node.i)
                break
            if path[j].dep_ not in {"dobj", "pobj", "prep", "dative"}:
                break
    verbs.update(_frame_of_saying(path))
    return verbs


#: Verbs of speaking whose object is who hears, never what is said ("told ambassadors of 30
#: countries"); "say" and "speak" take no such object.
_HEARER_VERBS = frozenset({"tell", "address", "brief", "inform", "assure"})

#: Prepositions that set the occasion ("at a forum", "during a hearing") or the topic ("said of
#: the incident", "spoke about the crash") of a verb of saying: no part of what is said.
_FRAME_PREPS = frozenset({"at", "during", "before", "of", "about"})


def _frame_of_saying(path: list[Token]) -> set[int]:
    """The verbs of saying of the count's path that it reaches through the frame of the saying,
    not through what is said (round 51): the hearer ("X told envoys of 30 countries …"), or a
    clause of the occasion's or the topic's own ("cited the figure at a forum watched by 2
    million", "said of the crash, which was filmed by at least one driver"). Such a count is
    the writer's description of the scene, as a participle picturing the speaker is."""
    verbs: set[int] = set()
    for k in range(1, len(path)):
        verb, below = path[k], path[k - 1]
        if verb.pos_ != "VERB" or _role(verb) is None:
            continue
        lemma = verb.lemma_.lower()
        if below.dep_ == "dative" or (below.dep_ == "dobj" and lemma in _HEARER_VERBS and _a_hearer(below)):
            verbs.add(verb.i)  # the count lies in who is told
        elif (
            below.dep_ == "prep"
            and below.lower_ in _FRAME_PREPS
            and k >= 3
            and path[k - 2].dep_ == "pobj"
            and path[k - 3].dep_ in {"acl", "relcl"}
            and _describes_its_noun(path[k - 3])
        ):
            verbs.add(verb.i)  # the count lies in a clause on the occasion or the topic
    return verbs


def _describes_its_noun(clause: Token) -> bool:
    """Whether a clause the parser hung on a noun describes that noun: a participle, or a relative
    clause whose subject is its relative pronoun ("which was filmed by …") or that has none. A clause
    with a subject of its own is what is said, misread ("said at the time that its crews had carried
    250 people": "that" is the conjunction, "the time" no noun the clause describes)."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in clause.children)


def _a_hearer(obj: Token) -> bool:
    """Whether the object of a verb of telling names people or a body, who hear ("told envoys",
    "briefed the council"), not a story or a count that is told ("told the story of 30 …")."""
    lemma = obj.lemma_.lower()
    return (
        obj.pos_ == "PROPN"
        or lemma in {"people", "person"}
        or is_person_noun(lemma)
        or lemma in entity_words.ORGANISATION_NOUNS
    )


#: Verbs of speaking whose object is who hears, never what is said: "told reporters", "addressed a
#: rally" ("reported 40 arrests, made in 12 towns" is the police's content, participle and all).
_TELLING_VERBS = frozenset({"tell", "say", "speak", "address", "brief"})

#: How many words up from a participle on a noun its verb of saying may stand ("told reporters
#: outside the court, surrounded by …": court, outside, told).
_SCENE_HOPS = 4


def _speaker_described(clause: Token, verb: Token) -> bool:
    """Whether *clause* is a past participle set off after the verb it hangs on that pictures the one
    speaking, not what is said: "…, X told reporters, surrounded by envoys of nearly 50 countries",
    "…, flanked by 12 ministers". A participle of saying ("…, quoted by state media") is not one."""
    doc = clause.doc
    return (
        clause.tag_ == "VBN"
        and clause.i > 0
        and doc[clause.i - 1].text == ","
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in clause.children)
        and _lemma_role(clause.lemma_.lower()) is None
        and verb.pos_ == "VERB"
        and _lemma_role(verb.lemma_.lower()) is not None
        and clause.i > verb.i
    )


def _total_owner(ctx: ExtractContext, verb: Token, below: Token) -> SpanT | None:
    """Who keeps a total the count is the new value of: "X raised its toll to 321", "X's tally stood
    at 19,000", "X revised the figure to 40".

    The count must hang on the verb through "at" or "to" (*below*, the path's node under the
    verb), or on the total that gets a value ("raised its count of people killed in … to 322,
    including 21 police officers", the "to" parsed on "killed"; the part goes with the total); the
    total's possessor speaks, else the subject of a verb that changes its own total.
    """
    through_total = below.lemma_.lower() in figure_words.TOTAL_NOUNS and _sets_a_value(verb, below)
    if (below.lower_ not in {"at", "to"} or below.dep_ != "prep") and not through_total:
        return None
    for noun in verb.children:
        if noun.lemma_.lower() not in figure_words.TOTAL_NOUNS or noun.dep_ not in {"nsubj", "dobj"}:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            if owner.pos_ == "PRON":
                subj = subject(verb, {"nsubj"}) if noun.dep_ == "dobj" else None
                return source_span(ctx, subj if subj is not None and _may_speak(ctx, subj) else owner)
            return source_span(ctx, owner)
        keeper = _keeper_in_clause(ctx, noun)
        if keeper is not None:
            return keeper  # "The toll, which the group compiled from hospital records, stood at 78"
        if noun.dep_ == "nsubj" and _issued_total(noun):
            # "The official death toll stands at 48": the officials' count, as "the official toll of
            # 48" is
            return _mention_of(ctx, *_tok_span(noun), allow_gpe=False) or _register(ctx, noun)
        if noun.dep_ == "dobj" and verb.lemma_.lower() in _REVISING_VERBS:
            # "the prosecutor's office raised the death toll to 225": who revises a count gives it
            # (not "fresh clashes raised the toll to 50": clashes say nothing)
            subj = subject(verb, {"nsubj"})
            if subj is not None and _may_speak(ctx, subj):
                return source_span(ctx, subj)
    if verb.lemma_.lower() in _REVISING_VERBS and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in figure_words.TOTAL_NOUNS for c in verb.children
    ):
        # "The toll was later raised to 16 by the ministry": the agent revises it
        agent = _agent(verb)
        if agent is not None and _may_speak(ctx, agent):
            return source_span(ctx, agent)
    return None


#: Verbs by which someone makes a total: "the toll, which the group compiled", "a count kept by X".
_MAKING_VERBS = frozenset({"compile", "keep", "maintain", "collect", "tally", "count", "record"})


def _keeper_in_clause(ctx: ExtractContext, noun: Token, depth: int = 0) -> SpanT | None:
    """Who made the total *noun*, named in a clause on it: "which the group compiled", "kept by X"."""
    for clause in noun_clauses(noun):
        found = _maker_in_clause(ctx, clause, _MAKING_VERBS, depth, may_speak=True)
        if found is not None:
            return found
    return None


#: Verbs by which a source changes a count it keeps: "raised the toll to 225", "revised it to 40".
_REVISING_VERBS = frozenset({"raise", "revise", "lower", "update", "increase", "reduce", "adjust", "correct"})


def _content_clause_of(clause: Token, noun: Token) -> bool:
    """Whether the count's path reaches *noun*, a report or claim, through its "that" *clause*.

    "claims by rights groups that 300 had died": the clause says what the claim
    is; a relative clause ("the report that the ministry released") does not.
    "reports of at least 24 people killed" holds the count in its "of" phrase,
    which then says what is reported too (the count's path runs through it).
    """
    lemma = noun.lemma_.lower()
    if lemma not in figure_words.REPORT_NOUNS and lemma not in figure_words.CLAIM_NOUNS:
        return False
    if clause.dep_ == "prep" and clause.lower_ == "of" and noun.tag_ == "NNS":
        return True
    # (a "that" the parser marks as a conjunction under a relative clause is a content clause too,
    # and so is one it hangs on the claim's participle: "claims made by X that 31 were abducted")
    if clause.dep_ not in {"acl", "ccomp", "relcl"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in clause.children
        )
    )


def _claim_issuer(ctx: ExtractContext, noun: Token) -> SpanT | None:
    """Who made a report or claim: "reports by X", "X's claim", "a Reuters report"."""
    if noun.lemma_.lower() in figure_words.REPORT_NOUNS:
        return source_span(ctx, noun)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            return _source_through(ctx, child, 0)
        if child.dep_ in {"poss", "compound"} and (child.pos_ in {"PROPN", "PRON"} or _may_speak(ctx, child)):
            return antecedent(ctx.entities, child) or source_span(ctx, child, 1)
        if child.dep_ == "acl" and child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children):
            # "claims made by the opposition that …", "the propaganda spread by a party that …": who
            # made or spread the claim (the verb above only judges it)
            agent = _agent(child)
            if agent is not None and _may_speak(ctx, agent):
                return source_span(ctx, agent)
    return None


#: Verbs that judge a report rather than issue it: "rejected reports that …", "confirmed reports".
_JUDGING_LEMMAS = figure_words.DISPUTE_VERBS | figure_words.CONFIRM_VERBS

#: Verbs and adjectives by which one passes on reports nobody is named for, with concern or not:
#: "expressed alarm at reports that 40 were killed", "received reports that", "alarmed by reports".
_RELAYING_WORDS = frozenset(
    {"express", "receive", "voice", "cite", "note", "share", "echo", "alarm", "concern", "worry", "trouble"}
)


def _relayer_of_claim(ctx: ExtractContext, noun: Token) -> SpanT | None:
    """Who passes on *noun*, a report or claim with no issuer of its own: "UN experts expressed
    alarm at reports that at least 40 people had been killed", "the mission received reports that
    …". Not who rejects or denies it ("rejected reports that …" judges the count; see the verdicts)."""
    if noun.dep_ == "pobj":
        governor = noun.head.head
    elif noun.dep_ == "dobj":
        governor = noun.head
    else:
        return None
    if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
        governor = governor.head  # "expressed concern over reports", the preposition on the noun
    if governor.pos_ not in {"VERB", "ADJ"} or governor.lemma_.lower() not in _RELAYING_WORDS:
        return None
    if _negated(governor):
        return None
    speaker = subject(governor, {"nsubj", "nsubjpass"})
    if speaker is None and governor.dep_ == "acomp":
        speaker = subject(governor.head, {"nsubj"})  # "the experts were alarmed by reports"
    return source_span(ctx, speaker) if speaker is not None and _may_speak(ctx, speaker) else None


#: Verbs that pass a verdict through their complement: "described the figure as lies".
_VERDICT_VERBS = frozenset({"call", "describe", "label", "brand", "dismiss", "consider"})

#: Verbs by which a second source stands behind a count set after a comma, in the passive with its
#: agent: "…, a figure backed by the UN rapporteur", "a number echoed by X", "a toll matched by
#: hospital records". Elsewhere they are no verbs of saying ("the UN backed the protesters").
_BACKING_VERBS = frozenset({"back", "support", "echo", "match", "endorse", "uphold"})


def _appended_verdict(ctx: ExtractContext, draft: Any, tok: Token) -> None:
    """ "… 147 people had died, a figure rights groups disputed.": a verdict on the count set after it.

    A count noun after a comma ("a figure", "a number", "the toll") takes up the
    count just given; who disputes, confirms or repeats it in the words right
    after speaks about that count. The parser hangs such a tail anywhere
    (an adverbial noun, a compound, an object), so it is read off the words.
    """
    doc, sent = tok.doc, tok.sent
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.i <= tok.i + 1 or not (
            lemma in figure_words.TOTAL_NOUNS or lemma in figure_words.CLAIM_NOUNS
        ):
            continue
        determined = (
            noun.i >= sent.start + 2
            and doc[noun.i - 1].lower_ in {"a", "an", "the"}
            and doc[noun.i - 2].text == ","
        )
        # the tagger may take a bare "figures" after the comma for a verb
        bare_plural = noun.tag_ in {"NNS", "VBZ"} and noun.i > sent.start and doc[noun.i - 1].text == ","
        if not (determined or bare_plural):
            continue  # ", a figure …", ", the toll …", ", figures …"
        for verb in doc[noun.i + 1 : min(noun.i + _VERDICT_REACH, sent.end)]:
            if verb.text == "," and _in_apposition(verb):
                continue  # "…, a figure the hospital's director, Dr Rao, said was correct"
            if verb.is_punct or verb.like_num or verb.lower_ == "than":
                # "…, a toll far below the 118 reported by doctors", "…, a toll far higher than the
                # single death the government has acknowledged": the verb is the other count's
                break
            tag = verb.tag_
            if _denial_read_as_plural(verb, noun):
                tag = "VBZ"  # "…, a figure the army disputes." with the verb tagged a plural noun
            role = _lemma_role(verb.lemma_.lower()) if tag in {"VBD", "VBN", "VBZ", "VBP"} else None
            if (
                role is None
                and verb.tag_ in {"VBD", "VBN"}
                and verb.lemma_.lower() in _VERDICT_VERBS
                and {t.lemma_.lower() for t in verb.subtree} & figure_words.DISPUTE_ADJ
            ):
                role = "disputed"  # "…, figures the spokesman described as sheer lies"
            if (
                role is None
                and verb.tag_ == "VBN"
                and verb.lemma_.lower() in _BACKING_VERBS
                and _agent(verb) is not None
            ):
                role = "confirmed"  # "…, a figure backed by the UN rapporteur", "a number echoed by X"
            judged = _gap_role(verb, role)
            if judged != role:
                role = judged  # "…, a figure the council said was exaggerated / correct"
            elif tag in {"VBZ", "VBP"} and role != "disputed":
                # the present only for what is said to be wrong ("a number X says understates") or
                # denied: "…, a claim the government denies", "an allegation the army rejects"
                role = None
            if role is None:
                continue
            if _negated(verb):
                return  # "a figure the authorities have not confirmed" confirms nothing
            by = _agent(verb)
            before = verb.i - 1
            while before > noun.i and doc[before].dep_ in {"aux", "auxpass", "neg", "advmod"}:
                before -= 1  # "a claim officials have rejected", "a figure the army has since disputed"
            speaker = by if by is not None else doc[before]
            own = subject(verb, {"nsubj"})
            if by is None and own is not None and own.i == noun.i and _inside_clause_of(noun, speaker):
                speaker = noun  # "…, figures released by X on Monday showed": the figures show, not "Monday"
            if speaker.text == "," and _in_apposition(speaker):
                speaker = _apposed_noun(speaker)  # "the hospital's director, Dr Rao, said": the director
            if speaker.i != noun.i and speaker.pos_ in {"NOUN", "PROPN"} and _may_speak(ctx, speaker):
                _add(draft, role, source_span(ctx, speaker))
            return
        return


def _denial_read_as_plural(word: Token, noun: Token) -> bool:
    """ "…, an accusation the interior ministry rejects.": the tagger reads a verb of denial that
    ends the sentence right after its subject as a plural noun ("rejects", "disputes"); after a
    claim noun and a noun of its own, before the sentence's end, it is the verb."""
    doc = word.doc
    return (
        word.tag_ == "NNS"
        and word.lemma_.lower() in figure_words.DISPUTE_VERBS
        and word.i > noun.i + 1
        and doc[word.i - 1].pos_ in {"NOUN", "PROPN"}
        and (word.i + 1 == len(doc) or doc[word.i + 1].text in {".", "!", ";"})
    )


#: A headline's label ("Police chief: 180 rioters arrested") is at most this many words.
_LABEL_WORDS = 5


def _label_source(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The speaker a headline names as its label: "Police chief: 180 rioters arrested", "UN: 500
    killed", or after its count: "200 officers wounded by rioters: police". A place ("Iran: 750
    killed") or a genre word ("Live:", ": live updates") labels, nobody speaks."""
    if not _in_title_line(ctx, tok.idx):
        return None
    sent = tok.sent
    colon = next((t for t in sent[: _LABEL_WORDS + 1] if t.text == ":"), None)
    head: Token | None = (
        ctx.doc[colon.i - 1]
        if colon is not None and colon.i < tok.i and colon.i != sent.start
        else _closing_label(ctx, tok)
    )
    if head is None:
        return None
    if not _label_may_speak(ctx, head, frozenset({"ORG", "MEDIA", "PERSON"})):
        return None
    entity = ctx.entities.at(*_tok_span(head))
    if head.pos_ != "NOUN" and entity is None:
        return None  # an unknown capitalised label ("Iran Protests:") is a topic
    return source_span(ctx, head)


#: Verbs by which a live entry's label hands over a count it lists after a colon: "X gives its own
#: count: 20 detained", "X updates its toll: 32 …".
_LISTING_VERBS = frozenset(
    {"give", "put", "release", "update", "publish", "post", "issue", "raise", "revise"}
)

#: Most tokens of a live entry's label before its colon, time stamp included.
_ENTRY_LABEL_TOKENS = 14

#: Tokens that end a live entry's time stamp before its words: "21:10 — X: …".
_STAMP_DASHES = frozenset({"—", "–", "-"})


def _entry_label_source(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The source a live page's entry names before a colon: "21:10 — Georgia's health ministry: 14
    people taken to hospital", "The lawyers' association gives its own count: 20 detained".

    The label opens the sentence (after a time stamp and its dash), ends at the colon before the
    count and is a name or description of a source with no verb, or a verb handing over a count
    ("gives its own count") whose subject is the source. A list's lead-in ("The demands:") names
    nobody.
    """
    if _in_title_line(ctx, tok.idx) or figure_words.ROW_START.match(_line_at(ctx.text, tok.idx)[1].strip()):
        # a headline's label (above) or an infobox row's ("Deaths: 669+") is no entry's; not
        # `_in_a_row`, which also takes any line opening with a digit, as every time-stamped entry does
        return None
    sent = tok.sent
    colon = next((t for t in reversed(sent[: tok.i - sent.start]) if t.text == ":"), None)
    if colon is None or colon.i - sent.start > _ENTRY_LABEL_TOKENS:
        return None
    start = sent.start
    for t in sent[: min(4, colon.i - sent.start)]:
        if t.text in _STAMP_DASHES:
            start = t.i + 1  # "21:10 — …": the words after the stamp
    label = tok.doc[start : colon.i]
    if not len(label) or any(t.text in {'"', "“", "”"} for t in label):
        return None
    verbs = [t for t in label if t.pos_ in {"VERB", "AUX"}]
    if verbs:
        verb = verbs[0]
        handed = any(c.dep_ == "dobj" and c.lemma_.lower() in figure_words.TOTAL_NOUNS for c in verb.children)
        giver = subject(verb, {"nsubj"}) if handed and verb.lemma_.lower() in _LISTING_VERBS else None
        return source_span(ctx, giver) if giver is not None and _may_speak(ctx, giver) else None
    head = tok.doc[colon.i - 1]
    if head.pos_ not in {"NOUN", "PROPN"} or not _label_may_speak(
        ctx, head, frozenset({"ORG", "MEDIA", "PERSON", "GROUP"})
    ):
        return None
    if _names_a_place(ctx, *_tok_span(head)):
        return None  # a town the tagger took for an organisation places, it does not speak
    # the label itself names the source ("The city's emergency centre:"), not one named before
    entity = ctx.entities.at(*_tok_span(head))
    return source_span(ctx, head) if entity is not None else _register(ctx, head)


def _label_may_speak(ctx: ExtractContext, head: Token, kinds: frozenset[str]) -> bool:
    """Whether a label's noun *head* may be a source: not a place or time ("Serbia:", "Chad:", even
    tagged a verb), not the story's or the outlet's own label ("Iran Protests:", "Update:"), and an
    entity of one of *kinds* if it is one."""
    if head.ent_type_ in {"GPE", "LOC", "NORP", "DATE", "TIME"} or not _may_speak(ctx, head):
        return False
    if names_the_story(head) or labels_the_outlets_note(head):
        return False
    entity = ctx.entities.at(*_tok_span(head))
    return entity is None or entity.type in kinds


def _closing_label(ctx: ExtractContext, tok: Token) -> Token | None:
    """The noun of a short label closing the headline after a colon: "police" of "… wounded: police"."""
    end = title_end(ctx.doc)
    if end is None:
        return None
    last = None
    for t in ctx.doc[tok.i + 1 :]:
        if t.idx >= end:
            break
        last = t
    if last is None or not last.is_alpha:
        return None
    k = last.i
    while k > tok.i and not _label_mark(ctx.doc[k]) and last.i - k < _LABEL_WORDS:
        k -= 1
    if not _label_mark(ctx.doc[k]) or k == last.i:
        return None
    return last


def _inside_clause_of(noun: Token, tok: Token) -> bool:
    """Whether *tok* lies in a participle or relative clause on *noun* ("figures released by X on Monday")."""
    return any(tok in clause.subtree for clause in noun.children if clause.dep_ in {"acl", "relcl"})


def _label_mark(tok: Token) -> bool:
    """The mark before a headline's closing label: a colon ("… wounded: police") or a dash set off
    by spaces ("16 killed as police fire on marchers – medics")."""
    if tok.text == ":":
        return True
    return (
        tok.text in {"–", "—", "-"}
        and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
        and bool(tok.whitespace_)
    )


def _closing_source(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The source of an attribution closing *tok*'s sentence: "…, the group added."."""
    closing = closing_verb(tok.sent, lambda t: t.pos_ == "VERB" and _role(t) == "asserted")
    if closing is None:
        tail = _restating_tail(tok)
        if tail is not None:
            # "…, the AAPP has said, a figure backed by the UN rapporteur.": the attribution closes
            # the sentence before the tail that takes the count up again
            closing = closing_verb(
                tok.doc[tok.sent.start : tail.i], lambda t: t.pos_ == "VERB" and _role(t) == "asserted"
            )
    if closing is None:
        return None
    # "…, witnesses said on Wednesday." parsed as a verb joined to the first clause:
    # the words right before it speak, not that clause's subject
    # the phrase right before a closing verb is its speaker even where the parser took the count
    # or a dateline for the subject ("(Kampala) – … 90 people in Kampala, the Commission said")
    before = phrase_before(closing)
    own = subject(closing, {"nsubj"})
    if before is not None and before.i != tok.i:
        speaker: Token | None = before
    else:
        speaker = own if own is not None and own.i != tok.i else _speaker(closing)
    if speaker is None or speaker.i == tok.i or not _may_speak(ctx, speaker):
        return None
    return source_span(ctx, speaker)


def _restating_tail(tok: Token) -> Token | None:
    """The comma opening a tail that takes *tok*'s count up again at the end of its sentence: ", a
    figure …", ", a number …", ", the toll …" (after the count; None without one)."""
    doc, sent = tok.doc, tok.sent
    for k in range(tok.i + 1, sent.end - 2):
        if (
            doc[k].text == ","
            and doc[k + 1].lower_ in {"a", "an", "the"}
            and (
                doc[k + 2].lemma_.lower() in figure_words.TOTAL_NOUNS
                or doc[k + 2].lemma_.lower() in figure_words.CLAIM_NOUNS
            )
        ):
            return doc[k]
    return None


def _inverted_confirmer(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """Who confirms in an inverted closing confirmation: "…, confirmed police inspector X.",
    "…, confirmed the police."; the parser takes the speaker for the verb's object.

    With no one else giving the count, who confirms it gives it (as "…, police confirmed." does).
    Only a person, a name or a body after the verb is its speaker: "…, confirming the deaths" is not.
    """
    closing = closing_verb(tok.sent, lambda t: t.pos_ == "VERB" and _role(t) == "confirmed")
    if closing is None or closing.i == 0 or closing.doc[closing.i - 1].text != ",":
        return None
    if closing.tag_ == "VBG" or subject(closing, {"nsubj"}) is not None:
        return None  # "…, confirming the deaths"; "…, police confirmed the toll"
    said = next((c for c in closing.children if c.dep_ in {"dobj", "nsubj"} and c.i > closing.i), None)
    if said is None or said.i == tok.i or said.like_num:
        return None
    lemma = said.lemma_.lower()
    if said.pos_ != "PROPN" and not _people_or_organisation(lemma) and lemma not in figure_words.SOURCE_NOUNS:
        return None
    if not _may_speak(ctx, said):
        return None
    return source_span(ctx, said)


def _closing_as_reported(ctx: ExtractContext, tok: Token) -> SpanT | None:
    """The source of "…, as reported by X." or "…, as X reported." ending *tok*'s sentence: like a
    closing "…, X said.", it speaks for every clause of the sentence, whichever the parser hung it on."""
    sent = tok.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    last = words[-1]
    for clause in sent:
        if clause.dep_ != "advcl" or clause.right_edge.i != last.i or not _reported_as(clause):
            continue
        mark = clause.left_edge
        if mark.i == 0 or mark.lower_ != "as" or mark.doc[mark.i - 1].text != ",":
            continue
        if tok.i >= mark.i:
            return None  # the count is inside the attribution itself
        speaker = _speaker(clause)
        if speaker is None or speaker.i == tok.i or not _may_speak(ctx, speaker):
            return None
        return source_span(ctx, speaker)
    return None


def _document_speaking(ctx: ExtractContext, span: SpanT) -> Token | None:
    """The head of a quote's speaker that is a document or record ("Videos", "the footage"), not a
    name: documents are read for their issuer."""
    head = _head_of(ctx, span)
    if head is None or head.pos_ != "NOUN":
        return None
    return head if head.lemma_.lower() in figure_words.REPORT_NOUNS else None


def _parenthetical_source(ctx: ExtractContext, path: list[Token], tok: Token) -> SpanT | None:
    """ "Troops killed 17 miners, a rights group said, in …": an attribution set off by commas.

    The parser hangs such a verb of saying on the clause it interrupts
    (parataxis), so it speaks for that clause wherever the sentence goes on.
    """
    for node in path:
        for child in node.children:
            if child.pos_ != "VERB" or _role(child) != "asserted":
                continue
            if child.dep_ == "parataxis":
                speaker = subject(child, {"nsubj"})
            elif child.dep_ in {"advcl", "conj"} and child.i > node.i and subject(child, {"nsubj"}) is None:
                # "…, including 43 children, the group Iran Rights said on Saturday, as police …":
                # hung on the clause as an adverbial or a second verb, its speaker on a word before it
                speaker = phrase_before(child)
            else:
                continue
            if speaker is not None and speaker.i != tok.i and _may_speak(ctx, speaker):
                return source_span(ctx, speaker)
    return None


def _bracketed_source(ctx: ExtractContext, draft: Any) -> SpanT | None:
    """ "Deaths: 1,500 (Reuters)", "… were killed (Reuters figures).": a name in brackets after the count.

    Infoboxes and tables name the source of each count in brackets right after
    it; prose puts the bracket at the end of the count's clause (no comma or
    colon between). The bracket must hold a known name of a source and
    nothing but it and report nouns: "(Myanmar)" places, it does not source.
    """
    doc = ctx.doc
    # "16 dead, 40 injured (Health Ministry)": a comma before the next count of a list does not end
    # the counts the bracket names a source for
    open_at = next(
        (
            t.i
            for t in doc[draft.phrase.end : draft.chain_start.sent.end]
            if t.text in {"(", ":"} or (t.text in {",", ";"} and not _list_goes_on(t))
        ),
        None,
    )
    if open_at is not None and doc[open_at].text == "(":
        close = next((t.i for t in doc[open_at + 1 : open_at + 8] if t.text == ")"), None)
        if close is not None:
            close = _dated_bracket_end(doc, open_at, close)  # "(HRANA, as of 3 May)": HRANA
        inside = doc[open_at + 1 : close] if close is not None else None
        if inside and all(
            t.pos_ == "PROPN" or t.is_title or t.lemma_.lower() in figure_words.REPORT_NOUNS for t in inside
        ):
            entity = ctx.entities.at(inside.start_char, inside.end_char)
            if entity is not None and _names_the_words_before(ctx, entity, open_at):
                return None  # "… 14 members of the Citizens Coalition for Change (CCC)": its initials
            if entity is not None and entity.type in {"ORG", "MEDIA", "PERSON"}:
                if _a_bare_acronym(inside) and not (
                    _in_a_row(ctx.text, draft.start) or _bracketed_body_name(inside, open_at)
                ):
                    return None  # "killed by paramilitary fighters (KRF)": the fighters' short name
                return _mention_of(ctx, inside.start_char, inside.end_char, allow_gpe=False)
            if (
                entity is None
                and (_in_a_row(ctx.text, draft.start) or _bracketed_body_name(inside, open_at))
                and not _only_a_place(ctx, inside)
            ):
                # "Arrested\t8,600 (HRANA)[5]": a table row names its source in brackets, whether
                # or not the tagger knew the name; so does prose, when the bracket holds the name of
                # a body ("… were killed (Iran Human Rights)", "(HRANA)") and not the initials of
                # the words before it
                ctx.entities.add_mention(inside.text, *_span_of(inside), type="ORG")
                return _span_of(inside)
        elif inside and _bracketed_source_noun(inside):
            # "200 killed (state media)", "(interior ministry)": a common noun for a source
            return _register(ctx, inside[-1])
    return None


#: Heads of a lower-case bracket that names a source, not who was counted ("Injured: 40 (police)"
#: counts police officers; "(state media)", "(health ministry)" and "(government figures)" give).
_BRACKET_SOURCE_HEADS = frozenset({"ministry", "government"})


def _bracketed_source_noun(inside: Span) -> bool:
    """Whether a bracket holds nothing but a common noun phrase for a source: an outlet ("state
    media", "state television"), a ministry or government, or a document ("official figures")."""
    if len(inside) > 4 or not all(t.is_alpha and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in inside):
        return False
    head = inside[-1].lemma_.lower()
    if head in figure_words.REPORT_NOUNS:
        return len(inside) > 1  # "(official figures)"; a bare "(figures)" names no one
    # "media" may be lemmatised "medium"
    return (
        inside[-1].lower_ in figure_words.MEDIA_HEADS
        or head in figure_words.MEDIA_HEADS | _BRACKET_SOURCE_HEADS
    )


#: The last word of a body's name in brackets after a count: "(Iran Human Rights)", "(… Watch)".
_BODY_NAME_ENDS = frozenset({"rights", "monitor", "observatory"})


def _bracketed_body_name(inside: Span, open_at: int) -> bool:
    """Whether an unknown name in brackets after a count in prose is a body's: it ends in a word of
    organisations ("Iran Human Rights", "Kurdistan Rights Watch"), or it is an acronym cited as an
    encyclopaedia cites ("(HRANA).[14]"). A bracket right after a capitalised word gives that name's short form or
    initials ("fighters of the Tigray People's Liberation Front (TPLF)"), no source."""
    doc = inside.doc
    before = doc[open_at - 1] if open_at > 0 else None
    if before is not None and (before.is_title or before.is_upper or before.pos_ == "PROPN"):
        return False
    last = inside[-1].lower_
    if len(inside) > 1:
        return last in _BODY_NAME_ENDS or last in entity_words.ORG_WORDS
    if not _a_bare_acronym(inside):
        return False
    # an acronym alone may be whom the clause names ("killed by paramilitaries (RSF)"): it cites
    # only as an encyclopaedia does, with a footnote mark after the bracket ("(HRANA).[14]") or a
    # date in it ("(HRANA, as of 3 December)")
    end = inside.end
    if doc[end].text == ",":
        return True
    return any(is_reference_mark(t) for t in doc[end + 1 : min(end + 3, len(doc))])


def _a_bare_acronym(inside: Span) -> bool:
    """A bracket holding one upper-case word of two to seven letters: "(HRANA)", "(RSF)"."""
    word = inside[0].text
    return len(inside) == 1 and word.isalpha() and word.isupper() and 2 <= len(word) <= 7


def _only_a_place(ctx: ExtractContext, inside: Span) -> bool:
    """Whether a place tally found spans the whole bracket ("(Khuzestan)"), not only a word of a
    name that holds it ("(Iran Human Rights)")."""
    start, end = _span_of(inside)
    if len(inside) == 1:
        return _names_a_place(ctx, start, end)
    return any(item[1] <= start and end <= item[2] for item in _place_index(ctx).inside((start, end)))


def _dated_bracket_end(doc: Doc, open_at: int, close: int) -> int:
    """The end of a bracket's source before a comma and its date: "(HRANA, as of 3 December)"."""
    comma = next((t.i for t in doc[open_at + 1 : close] if t.text == ","), None)
    if comma is None or comma == open_at + 1:
        return close
    rest = doc[comma + 1 : close]
    if len(rest) >= 2 and rest[0].lower_ == "as" and rest[1].lower_ == "of":
        return comma
    if len(rest) and all(t.ent_type_ == "DATE" for t in rest):
        return comma
    return close


def _list_goes_on(comma: Token) -> bool:
    """Whether the next count of a list follows *comma*: "16 dead, 40 injured", "16 dead, and 40 hurt"."""
    doc = comma.doc
    k = comma.i + 1
    if k < len(doc) and doc[k].lower_ in {"and", "while"}:
        k += 1
    elif (
        k + 2 < len(doc)
        and doc[k].lower_ == "as"
        and doc[k + 1].lower_ == "well"
        and doc[k + 2].lower_ == "as"
    ):
        k += 3  # "380 protesters killed, as well as 52 officers (X)"
    if k + 1 < len(doc) and doc[k].pos_ == "ADP" and doc[k + 1].like_num:
        k += 1  # "arrested in 134 towns, and at 132 universities (X)"
    return k < len(doc) and doc[k].like_num


def _names_the_words_before(ctx: ExtractContext, entity: Any, open_at: int) -> bool:
    """Whether the words right before the bracket at *open_at* are a mention of *entity*: a name
    followed by its own initials or short form in brackets, an alias and no source."""
    if open_at == 0:
        return False
    before = ctx.doc[open_at - 1]
    return ctx.entities.at(*_tok_span(before)) is entity


def _span_of(span: Span) -> SpanT:
    return span.start_char, span.end_char


def _in_a_row(text: str, pos: int) -> bool:
    """Whether *pos* is on an infobox or table row ("Deaths: 304", "Arrested\t8,600")."""
    _, line = _line_at(text, pos)
    line = line.strip()
    # a row's label, a cell, or a row's continuation line that starts with its count
    return "\t" in line or bool(figure_words.ROW_START.match(line)) or line[:1].isdigit()


def _in_relative_clause(path: list[Token], node: Token) -> bool:
    """Whether the count hangs below *node* through a relative clause ("…, where nine were killed").

    Not a participle ("acl"): "forces killed 18 people …, HRW said, citing …" is
    often parsed as one, and a reduced relative ("the 18 people killed") is
    still what the speaker says. Nor a clause the parser hung on a noun though
    "that" opens it as a conjunction: "X told the council in a briefing that the
    toll included 45 children" is what X told.
    """
    return any(n.dep_ == "relcl" and not _complement_read_as_relative(n) for n in path[: path.index(node)])


def _complement_read_as_relative(clause: Token) -> bool:
    """Whether a "relative clause" is whole: "that" as its conjunction, a subject of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in clause.children
    )


def _saying_above(clause: Token) -> Token | None:
    """The verb of saying whose complement *clause* is, through joined complements ("X said it had
    received 40 complaints and that 212 had been detained"); None past a relative or adverbial clause."""
    node = clause
    for _ in range(4):
        if node.dep_ not in {"ccomp", "conj"} or node.head.i == node.i or _semicolon_between(node, node.head):
            return None  # "…, according to the ministry; his family said …": another's clause
        node = node.head
        if node.pos_ == "VERB" and _role(node) == "asserted":
            return node
    return None


def _counted_entity(ctx: ExtractContext, tok: Token) -> Any:
    """The entity of the people a count counts ("the 48 Uyghurs"): what is counted says nothing."""
    noun = tok.head if tok.dep_ == "nummod" else tok
    return ctx.entities.at(*_tok_span(noun))


def _source_if_it_speaks(ctx: ExtractContext, who: Token | None) -> SpanT | None:
    """The source *who* names, when there is one and it may speak (:func:`_may_speak`)."""
    return source_span(ctx, who) if who is not None and _may_speak(ctx, who) else None


def _citer(ctx: ExtractContext, citing: Token) -> SpanT | None:
    """Who cites at "citing X": the speaker of the nearest verb of saying before it in its sentence."""
    for verb in reversed(citing.doc[citing.sent.start : citing.i]):
        if verb.pos_ == "VERB" and _role(verb) == "asserted":
            return _source_if_it_speaks(ctx, _speaker(verb))
    return None


#: How far around a position a row's line is looked for: infobox and table rows are short, and a
#: longer line is prose (bounded so that a text of one long line costs no scan per figure).
_ROW_REACH_CHARS = 300


def _line_at(text: str, pos: int) -> tuple[int, str]:
    """The start and the text of the short line holding character *pos* ("" for a long line)."""
    lo = max(0, pos - _ROW_REACH_CHARS)
    start = text.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return -1, ""  # no line start nearby: prose, no row
    end = text.find("\n", pos, pos + _ROW_REACH_CHARS)
    if end < 0 and pos + _ROW_REACH_CHARS < len(text):
        return start, ""
    return start, text[start : end if end >= 0 else len(text)]


#: Conjunctions that join a clause after another: "…, and according to X …", "…, but according to X …".
_JOINING_CONJUNCTIONS = frozenset({"and", "but"})


def _opens_a_later_clause(tok: Token, cite: Token) -> bool:
    """Whether the citation *cite* ("according" of "according to X", "citing", "per") opens a clause
    joined after the one that holds the count *tok*: "Iran hanged two men whom the courts linked to
    the protests, and according to the judiciary at least 80 have been sentenced" cites the judiciary
    for the 80 only. The citation stands after "and"/"but" and before its clause's subject; a
    citation that closes a clause ("…, and 12 were injured, according to X") or opens the sentence
    may speak for every clause, as before."""
    verb = cite.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "conj" or verb.i < tok.i:
        return False
    if verb.left_edge.i <= tok.i <= verb.right_edge.i:
        return False  # the count is in the clause the citation opens
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is None or subj.i < cite.i:
        return False
    doc = cite.doc
    k = cite.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1  # "…, and, according to X, …"
    return k >= 0 and doc[k].lower_ in _JOINING_CONJUNCTIONS


#: Conjunctions that set a clause against the one it hangs on: "X said 258 were killed, while Y …".
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrasted_clause(tok: Token) -> Token | None:
    """The verb of the clause holding *tok* when that clause is set against another by "while" or
    "whereas" and has a subject of its own who reports, confirms or disputes: a citation outside it
    speaks for the other clause's count, not this one's. None otherwise ("…, while 12 were
    wounded" goes on in the citing speaker's account; a few steps up the parse at most)."""
    node = tok
    for _ in range(_CLAUSE_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            marked = any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in node.children)
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
            return node if marked and own_subject and _role(node) is not None else None
    return None


#: How many heads up from a count its clause's verb may be ("a total of 726 deaths": three).
_CLAUSE_STEPS = 5


def _same_row(text: str, count: int, cite: int) -> bool:
    """Whether a citation at *cite* may speak for the count at *count* across lines.

    An infobox row ("Deaths: 88 (per the Red Crescent)") names the source of
    its own count only: the next row ("Injuries: 1,200") has none. Prose
    wrapped over lines is one clause whatever its line breaks.
    """
    lo, hi = sorted((count, cite))
    if "\n" not in text[lo:hi]:
        return True  # one line (a citation is in the count's sentence: the slice is short)
    _, count_text = _line_at(text, count)
    _, cite_text = _line_at(text, cite)
    return not (
        figure_words.ROW_START.match(count_text.strip()) or figure_words.ROW_START.match(cite_text.strip())
    )


def _cited(t: Token) -> Token | None:
    """Who is cited at *t*: X of "according to X", "citing X" or "(per X)"; None elsewhere."""
    if t.lower_ == "by" and t.dep_ in {"agent", "prep"}:
        # "75 have been killed, by the count of the Sudan Doctors Network", "by Reuters' tally"
        counted = next((g for g in t.children if g.dep_ == "pobj"), None)
        lemma = counted.lemma_.lower() if counted is not None else ""
        if counted is not None and (
            lemma in figure_words.TOTAL_NOUNS or (lemma in figure_words.REPORT_NOUNS and _owned(counted))
        ):
            return counted
        return None
    if t.lower_ == "according" and t.i + 1 < t.sent.end and t.doc[t.i + 1].lower_ == "to":
        head = t.doc[t.i + 1]
    elif t.lower_ == "citing" or (t.lower_ == "per" and t.dep_ == "prep"):  # "(per the health ministry)"
        head = t
    else:
        return None
    found = next((g for g in head.children if g.dep_ in {"pobj", "dobj"}), None)
    if found is not None and head.lower_ == "per" and _unit_of_a_rate(found):
        return None  # "two billion tons per year", "five figures each year per student": a rate
    if found is None and head.lower_ == "per":
        # "Per figures compiled by the UN, at least 100 …": the parser took the noun for the
        # clause's subject; the first noun after "per" is still what it cites
        for g in head.doc[head.i + 1 : min(head.i + 6, head.sent.end)]:
            if g.pos_ in {"NOUN", "PROPN"} and g.dep_ not in {"compound", "amod"}:
                return g
            if g.is_punct:
                break
    return found


def _unit_of_a_rate(noun: Token) -> bool:
    """Whether *noun*, the object of "per", is the unit of a rate ("per year", "per student",
    "per person"): a bare singular common noun, with no article, owner or modifier; a source
    after "per" has a name ("per Reuters"), an article ("per the ministry") or is a body or a
    plural ("per police", "per officials")."""
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NN"
        and not any(c.dep_ in {"det", "poss", "compound", "amod"} for c in noun.children)
        and lemma not in entity_words.ORGANISATION_NOUNS
        and lemma not in entity_words.GENERIC_ORGANISATION_NOUNS
        and lemma not in figure_words.SOURCE_NOUNS
        and lemma not in figure_words.MEDIA_HEADS
    )


def _owned(document: Token) -> bool:
    """Whether a document names whose it is: "the group's records", "the records of the ministry".

    "by the count of X" reads a count as X's whatever the noun; "were set off by videos posted by
    X" names a cause, and a document with no owner of its own beside it is one.
    """
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "from"}) for c in document.children
    )


def _according_to_child(ctx: ExtractContext, verb: Token) -> SpanT | None:
    """The source of an "according to X", "citing X" or "as reported by X" that qualifies *verb* itself."""
    for child in verb.children:
        if child.dep_ in {"prep", "advcl", "xcomp"} and child.lower_ in {"according", "citing"}:
            span = source_span(ctx, _cited(child))
            if span is not None:
                return span
        if child.dep_ == "advcl" and _reported_as(child):
            span = source_span(ctx, _speaker(child))
            if span is not None:
                return span
    return None


def _reported_as(clause: Token) -> bool:
    """ "…, as reported by the state broadcaster", "…, as the ministry reported": a bare clause of
    saying with "as" names the source of the clause it hangs on (not "as the government announced a
    curfew", a clause with its own object: something else happened then)."""
    return (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
        and _lemma_role(clause.lemma_.lower()) == "asserted"
        and not _negated(clause)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for c in clause.children)
    )


def _apposed_count_sources(ctx: ExtractContext, draft: Any, path: list[Token]) -> None:
    """Sources named in an apposition that restates the count.

    "Caspian Wire confirmed 27 deaths, a toll first reported by the committee":
    the committee asserted the count that the wire confirmed. The parser may hang
    "a toll" on the noun (appos) or on the verb (npadvmod), so both are read.
    """
    for node in path:
        for child in node.children:
            # "The toll, provided by three officials, included 17 teenagers": a part of
            # the restated count has the count's source
            deps = {"appos", "npadvmod", "nsubj"} if node.pos_ in {"VERB", "AUX"} else {"appos", "npadvmod"}
            if child.dep_ not in deps or child.lemma_.lower() not in figure_words.COUNT_RESTATING_NOUNS:
                continue
            if _compared_with(child):
                continue  # "…, three times the number acknowledged by X": X's count is another
            if child.dep_ == "nsubj" and any(
                c.dep_ in {"acomp", "advmod"} and c.tag_ in {"JJR", "RBR"} for c in node.children
            ):
                continue  # "The figure given by X is lower than that of Y, which counted 834": X's is another
            for clause in noun_clauses(child):
                role = _restating_clause_role(clause, bool(draft.sources["asserted"]))
                if role:
                    _add(draft, role, source_span(ctx, _speaker(clause)))


def _restating_clause_role(clause: Token, sourced: bool) -> str | None:
    """The role of who says or gives the restated count in *clause* ("…, a figure the council said was
    exaggerated", "…, a toll provided by three officials"). When the count already has a source,
    another who merely gives the same figure confirms it: "X said 1,200 were killed, a figure two
    doctors gave to the AP" is X's count, and the doctors' word for it."""
    said = _role(clause)
    role = _gap_role(clause, said or _giving_role(clause))
    if role == "asserted" and sourced and not said and not any(c.dep_ == "agent" for c in clause.children):
        return "confirmed"
    return role


def _gap_role(clause: Token, role: str | None) -> str | None:
    """The role of one who says something of a restating noun in a relative clause: "…, a figure the
    council said was exaggerated" disputes, "… said was correct" confirms, "… said" alone asserts,
    "… said it could not verify" gives nothing (it withholds its word)."""
    if role == "asserted" and _withholds_its_word(clause):
        return None
    if role == "asserted" and _calls_the_gap_wrong(clause):
        return "disputed"
    if role == "asserted" and _calls_the_gap_right(clause):
        return "confirmed"
    return role


def _withholds_its_word(clause: Token) -> bool:
    """Whether a clause of saying says its speaker cannot vouch for the restated count: "…, a figure
    X said it could not verify", "… said it was unable to confirm"."""
    return any(
        t.lemma_.lower() in figure_words.CONFIRM_VERBS and _negated(t)
        for c in clause.children
        if c.dep_ == "ccomp"
        for t in c.subtree  # "it could not verify", "it was unable to confirm"
    )


def _called_right(be: Token) -> bool:
    """Whether *be* says its subject is right: "… was correct", "… is consistent with its records"."""
    return (
        be.lemma_.lower() == "be"
        and not _negated(be)
        and any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _TRUST_WORDS | _AGREEING_WORDS
            for c in be.children
        )
    )


def _calls_the_gap_right(clause: Token) -> bool:
    """Whether a relative clause of saying on a restating noun says the count is right: "…, a figure
    the director said was correct" confirms it (the trust words of :data:`_TRUST_WORDS`)."""
    for said in clause.children:
        if said.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in said.children):
            continue
        if _called_right(said):
            return True
    return False


def _in_apposition(comma: Token) -> bool:
    """Whether *comma* opens or closes an apposition ("the director, Dr Rao, said")."""
    head = comma.head
    return head.dep_ == "appos" or any(c.dep_ == "appos" and c.i > comma.i - 2 for c in head.children)


def _apposed_noun(comma: Token) -> Token:
    """The noun an apposition that *comma* belongs to describes: "the director" of "the director,
    Dr Rao,"."""
    head = comma.head
    if any(c.dep_ == "appos" for c in head.children):
        return head  # the comma hangs on the described noun
    return head.head if head.dep_ == "appos" else head


#: How many words after a restating noun its verdict's verb may stand ("a figure the hospital's
#: director, Dr Rao, said was correct").
_VERDICT_REACH = 12


def _calls_the_gap_wrong(clause: Token) -> bool:
    """Whether a relative clause of saying on a restating noun says the count is wrong.

    In "…, a figure the council said was exaggerated" (or "… says understates the scale") the
    noun is the gap of the clause said: its subject is missing, and what is said of it is a
    word of falsehood or of misstating, so the speaker disputes the count rather than gives it.
    """
    for said in clause.children:
        if said.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in said.children):
            continue
        if said.lemma_.lower() in figure_words.MISSTATING_VERBS:
            return True
        if said.lemma_.lower() == "be" and any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in figure_words.DISPUTE_ADJ
            for c in said.children
        ):
            return True
        if said.lemma_.lower() == "be" and any(
            c.dep_ == "acomp"
            and c.lemma_.lower() in _SIZE_WORDS
            and any(a.dep_ == "advmod" and a.lower_ == "too" for a in c.children)
            for c in said.children
        ):
            return True  # "…, a figure rights groups say is far too low"
    return False


#: Words of size that, with "too", call a count wrong: "is far too low", "was too small".
_SIZE_WORDS = frozenset({"low", "high", "small", "large", "conservative", "modest"})


def _later_roles(ctx: ExtractContext, ref: Token, sourced: bool) -> list[tuple[str, SpanT | None]]:
    """Sources of a later reference to a figure: "Rahimi said that the arrests…" (*sourced*: whether
    the figure has a source already)."""
    out: list[tuple[str, SpanT | None]] = []
    for child in noun_clauses(ref):
        role = _restating_clause_role(child, sourced)
        if role:
            out.append((role, source_span(ctx, _speaker(child))))
    if _says_something_itself(ref):
        return out  # "Lawyers said the figure suggested far more were held": they read it, not give it
    verbs = 0
    for node in ref.ancestors:
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        verbs += 1
        if _semicolon_between(ref, node):
            break  # "X put the toll higher; the forum said …": a clause of its own, whatever the parse
        if _yet_to_come(node):
            break  # "…, adding that the exact number would be announced": not a word on this count
        lemma = node.lemma_.lower()
        if (
            lemma in {"put", "place", "estimate"}
            and ref.dep_ == "dobj"
            and ref.head.i == node.i
            and any(c.tag_ in {"JJR", "RBR"} for c in node.children if c.dep_ in {"advmod", "acomp", "oprd"})
        ):
            # "rights groups put the toll much higher": another size, so the count is disputed
            out.append(("disputed", source_span(ctx, _speaker(node))))
            break
        if lemma in _VERDICT_VERBS:
            words = {c.lemma_.lower() for c in node.subtree}
            if ref.head.i == node.i:
                # "called Amnesty's figures "a lie …"": the verdict after the count noun, wherever the
                # parser hung it
                words |= {t.lemma_.lower() for t in ref.doc[ref.i + 1 : ref.sent.end]}
            if words & figure_words.DISPUTE_ADJ:
                out.append(("disputed", source_span(ctx, _speaker(node))))
                break
        if (
            lemma in figure_words.MISSTATING_VERBS
            and ref.dep_ in {"nsubj", "nsubjpass"}
            and ref.head.i == node.i
            and node.head.pos_ == "VERB"
            and _role(node.head) == "asserted"
        ):
            # "the council said the figure understated the real number", "… the number was inflated"
            out.append(("disputed", source_span(ctx, _speaker(node.head))))
            break
        if (
            lemma in figure_words.MISSTATING_VERBS
            and ref.dep_ == "dobj"
            and ref.head.i == node.i
            and node.head.pos_ == "VERB"
            and _role(node.head) == "asserted"
        ):
            # "he said the association had exaggerated its numbers": the count's giver misstated it
            out.append(("disputed", source_span(ctx, _speaker(node.head))))
            break
        if lemma in figure_words.MISSTATING_VERBS and ref.dep_ == "dobj" and ref.head.i == node.i:
            accusing = _accusing_verb(node)
            if accusing is not None:
                # "Police accused the union of inflating the figure": the accuser disputes it
                out.append(("disputed", source_span(ctx, _speaker(accusing))))
                break
        if lemma == "be" and ref.dep_ == "nsubj" and ref.head.i == node.i:
            # "the military says the group's figures are exaggerated": who says so disputes them
            # "… were exaggerated", "… were fake news": the complement or a word on it
            said = {
                t.lemma_.lower()
                for c in node.children
                if c.dep_ in {"acomp", "attr"}
                for t in (c, *(a for a in c.children if a.dep_ in {"amod", "compound"}))
            }
            # "… said the toll was much higher": a source that gives another size disputes it
            other_size = any(c.dep_ == "acomp" and c.tag_ == "JJR" for c in node.children)
            # "… said the official numbers could be too low": the same, said with "too"
            too = any(c.dep_ == "acomp" and any(a.lower_ == "too" for a in c.children) for c in node.children)
            # "… said the official toll is not credible": trust denied
            # (or "… is not the real one", "… not the actual number": another count is the true one)
            distrusted = _negated(node) and bool(said & (_TRUST_WORDS | _OTHER_THAN_GIVEN))
            # "… said that figure was far from reality", "… far from the truth" (not "far from final")
            far_from = any(
                c.lower_ == "far"
                and any(
                    p.dep_ == "prep" and p.lower_ == "from" and any(o.pos_ == "NOUN" for o in p.children)
                    for p in c.children
                )
                for c in node.children
            )
            if (
                (said & figure_words.DISPUTE_ADJ or other_size or too or distrusted or far_from)
                and node.head.pos_ == "VERB"
                and _role(node.head) == "asserted"
            ):
                out.append(("disputed", source_span(ctx, _speaker(node.head))))
                break
            if _called_right(node) and node.head.pos_ == "VERB" and _role(node.head) == "asserted":
                # "the ombudsman said the figure was correct / consistent with its own records"
                out.append(("confirmed", source_span(ctx, _speaker(node.head))))
                break
            if any(c.dep_ == "acomp" for c in node.children):
                break  # "said the figures were plausible": a judgement, not the count said again
        if lemma in _QUOTING_VERBS and ref.dep_ == "nsubjpass" and ref.head.i == node.i:
            break  # "The group's figures are widely cited by diplomats": they pass the count on
        handed_by = _handed_over_by(ref, node)
        if handed_by is not None:
            # "The figures were released on Saturday by the ombudsman", "The toll was given to
            # reporters by the governor": who hands the restated count over gives it
            out.append((_compared_role(ref, "asserted"), source_span(ctx, handed_by)))
            break
        compiler = _compiler_of_relative(ref, node)
        if compiler is not None:
            # "X, which compiled the toll, called for an inquiry": the body the clause describes
            out.append((_compared_role(ref, "asserted"), source_span(ctx, compiler)))
            break
        role = _role(node)
        if role is None and _lemma_role(lemma) is not None and not _acts_on_people(node):
            # "… say the deaths cannot be verified", "said it was still verifying the figures": those
            # above speak of the checking, not the count
            break
        if role:
            speaker = _speaker(node)
            if speaker is not None and speaker.i == ref.i:
                break  # "the numbers showed the police had lost control": the count says, nobody gives it
            out.append((_compared_role(ref, role), source_span(ctx, speaker)))
            break
        if verbs == 1 and _circumstance_of(ref, node):
            # "… announced a reward for any tip leading to the arrest of the smugglers", "said,
            # without details including the number of troops, …": the reference hangs on another
            # verb by a preposition, a circumstance of what that verb tells, not the count said again
            break
        if verbs >= 3:
            break
    return out


#: Links of a participle that modifies a noun or stands for a preposition ("a tip leading to …",
#: "details, including …").
_MODIFYING_PARTICIPLE_DEPS = frozenset({"acl", "prep"})


def _circumstance_of(ref: Token, verb: Token) -> bool:
    """Whether *ref* is the object of a preposition on *verb*, its first verb above, where *verb* is
    a participle that modifies a noun ("a tip leading to the arrest of …", "details, including the
    number of …"): a circumstance of the phrase, not the subject or object of a clause, so the
    verbs above do not restate the count."""
    if ref.dep_ != "pobj" or verb.dep_ not in _MODIFYING_PARTICIPLE_DEPS:
        return False
    node = ref
    while node.i != verb.i:
        if node.dep_ not in {"pobj", "prep"} and node.pos_ not in {"NOUN", "PROPN"}:
            return False
        node = node.head
        if node.i == node.head.i and node.i != verb.i:
            return False
    return True


#: Verbs by which a body hands over or makes public a count it holds, besides the giving verbs:
#: "the figures were released by the ombudsman", "the toll was compiled by volunteers".
_HANDING_OVER_VERBS = frozenset({"release", "issue", "compile", "collect", "gather", "share", "supply"})


def _compiler_of_relative(ref: Token, verb: Token) -> Token | None:
    """The noun a relative clause of compiling describes when the restated count is its object: "The
    union, which compiled the toll, called for …" gives the union; None for any other clause."""
    if (
        verb.dep_ != "relcl"
        or verb.lemma_.lower() not in _HANDING_OVER_VERBS
        or ref.dep_ != "dobj"
        or ref.head.i != verb.i
        or not any(c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in verb.children)
        or verb.head.pos_ not in {"NOUN", "PROPN"}
    ):
        return None
    return verb.head


def _handed_over_by(ref: Token, verb: Token) -> Token | None:
    """The agent of a passive verb of handing over whose subject is the restated count ("The figures
    were released on Saturday by the country's ombudsman"); None for any other clause.

    "release" frees prisoners ("40 detainees were released by the court") only when what is
    released is people; a count noun is what a body makes public.
    """
    if ref.head.i != verb.i:
        return None
    if ref.dep_ == "nsubj":
        return _come_from(verb)
    if ref.dep_ != "nsubjpass":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _HANDING_OVER_VERBS and lemma not in figure_words.GIVING_VERBS:
        return None
    if _negated(verb) or _yet_to_come(verb):
        return None  # "the figures have not been released by the ministry": nobody gave them
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


#: Entity types no count comes from: "the figures are from last week", "… came from Tehran".
_NOT_ORIGINS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL", "PERCENT"})


def _come_from(verb: Token) -> Token | None:
    """The body a restated count comes from: "The figures came from the Red Cross", "The numbers
    are from the health ministry" (*verb* "come" or "be" with the count as subject); None for a
    time, a place or a thing ("are from last week", "came from Tehran", "come from hospitals")."""
    if verb.lemma_.lower() not in {"come", "be"} or _negated(verb) or _yet_to_come(verb):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    origin = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if origin is None or origin.ent_type_ in _NOT_ORIGINS:
        return None
    lemma = origin.lemma_.lower()
    body = (
        origin.ent_type_ in {"ORG", "PERSON", "NORP"}
        or lemma in entity_words.ORGANISATION_NOUNS
        or lemma in figure_words.STAFF_NOUNS
        or is_person_noun(lemma)
    )
    return origin if body else None


#: Verbs by which people count or record what they saw: "lawyers had documented 112 detentions".
_COUNTING_VERBS = frozenset({"document", "count", "record", "register", "tally", "log", "verify", "list"})


#: Verbs that set a count at a value ("puts the toll at 23"), which a second giver may share unsaid.
_SETTING_VERBS = frozenset({"put", "place", "estimate", "raise", "revise", "lower", "set"})


def _gapped_giver(count: Token) -> Token | None:
    """The second giver of a gapped clause: "X puts the toll at 23, and Y at 24", "Police put
    the number at 300 and the union at 1,200" (*count* the second value), however the parser hung
    "at 24"; None for any other count."""
    if count.dep_ != "pobj" or count.head.lower_ not in {"at", "to"}:
        return None
    prep = count.head
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "conj":
        verb = head.head
        return head if verb.pos_ == "VERB" and verb.lemma_.lower() in _SETTING_VERBS else None
    if head.pos_ != "VERB" or head.lemma_.lower() not in _SETTING_VERBS:
        return None
    givers = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i < prep.i]
    if not givers:
        return None
    first = any(c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < givers[-1].i for c in head.children)
    return givers[-1] if first else None


#: Nouns of a working group named in the singular, who count or report as plural people do: "a
#: rescue team reported …", "staff had counted …" (round 54).
_CREW_NOUNS = frozenset({"team", "staff", "crew", "squad", "unit", "personnel"})


def _reporter_of_counters(verb: Token, counters: Token | None) -> Token | None:
    """Who reports the count that unnamed people (*counters*, a plural common noun or a crew) made
    or reported through *verb*: the speaker of the verb of saying *verb*'s clause hangs on ("X said
    lawyers had documented 112 detentions", "investigators identified 40 bodies, the prosecutor
    said", "X said a rescue team reported rescuing two motorists"), or None. People a name marks
    ("the Red Cross team") speak for that name, no one relays them."""
    if counters is not None and counters.pos_ == "PROPN":
        return _relayer_of_a_witness(verb, counters)
    if counters is None or counters.pos_ != "NOUN" or verb.dep_ != "ccomp":
        return None
    if any(c.dep_ in {"compound", "poss", "nmod"} and c.pos_ == "PROPN" for c in counters.children):
        return None
    lemma = verb.lemma_.lower()
    counting = lemma in _COUNTING_VERBS | _WITNESSING_VERBS
    if not (counters.tag_ == "NNS" and counting):
        # round 54: a crew in the singular ("staff had counted"), or a verb of saying in the inner
        # clause ("a rescue team reported …"), only in reported speech that the saying opens: a
        # closing "…, the spokesman said, describing the reports as lies" and a rival's count after a
        # semicolon ("Police estimated 3,500; organisers said 20,000") relay nothing
        if counters.tag_ != "NNS" and counters.lemma_.lower() not in _CREW_NOUNS:
            return None
        if not (counting or _lemma_role(lemma) == "asserted"):
            return None
        said = verb.head
        if said.i > verb.i or any(t.text == ";" for t in verb.doc[said.i : verb.i]):
            return None
    return _speaker_of_saying(verb.head, counters)


def _speaker_of_saying(said: Token | None, relayed: Token) -> Token | None:
    """The speaker of *said* when it is a verb of saying, unless that is *relayed*, whose count
    the saying relays (the one who counted or saw is not the one who tells)."""
    if said is None or said.pos_ != "VERB" or _role(said) != "asserted":
        return None
    speaker = _speaker(said)
    return speaker if speaker is not None and speaker.i != relayed.i else None


#: Verbs of seeing with one's own eyes: what a named witness saw, someone else tells.
_SEEING_VERBS = frozenset({"see", "witness", "observe", "watch", "spot", "notice"})


def _relayer_of_a_witness(verb: Token, witness: Token) -> Token | None:
    """ "Officer Ann Ray saw three men near the car, a police spokesman said": a named person saw the
    count, and who tells what they saw gives it (a witness asserts nothing until someone says so);
    the speaker of the verb of saying *verb* hangs on, or None."""
    if verb.lemma_.lower() not in _SEEING_VERBS:
        return None
    said: Token | None = verb.head
    if verb.dep_ == "ROOT":
        # "Officer X saw three men …, spokesman Y said.": the parser may make the closing
        # attribution a second root of the sentence
        said = closing_verb(verb.sent, lambda t: t.pos_ == "VERB" and _role(t) == "asserted")
        if said is None or said.i < verb.i:
            return None
    elif verb.dep_ != "ccomp":
        return None
    return _speaker_of_saying(said, witness)


#: Verbs that charge someone with what an "of" clause says they did: "accused X of inflating the toll".
_ACCUSING_VERBS = frozenset({"accuse", "charge", "criticise", "criticize", "condemn", "fault"})


def _accusing_verb(verb: Token) -> Token | None:
    """The verb that charges its object with *verb*'s act ("accused the union of inflating",
    "charged it with exaggerating", "criticised it for overstating"), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in {"of", "with", "for"} or prep.head.pos_ != "VERB":
        return None
    return prep.head if prep.head.lemma_.lower() in _ACCUSING_VERBS else None


#: Adjectives that make a later count noun the same count given again ("gave the same figure").
_SAME_COUNT = frozenset({"same", "identical", "similar", "comparable"})

#: Adjectives that make it another count set against this one ("gave a higher figure").
_OTHER_COUNT = frozenset({"different", "higher", "lower", "larger", "smaller"})


def _compared_role(ref: Token, role: str) -> str:
    """The role of one who gives a count noun compared with the count: "Haalvsh gave the same
    figure" confirms it, "the party gave a much higher figure" and "the authorities acknowledged
    a lower toll" dispute it (another size, as "put the toll higher" does). Any other role, or a
    plain noun, keeps *role*."""
    words = {c.lower_ for c in ref.children if c.dep_ == "amod"}
    if role in {"asserted", "confirmed"} and words & _OTHER_COUNT:
        return "disputed"  # "gave a much higher figure", "acknowledged a lower toll"
    if role == "asserted" and words & _SAME_COUNT:
        return "confirmed"
    return role


def _says_something_itself(ref: Token) -> bool:
    """Whether a later reference is the subject of a verb, not one of saying, with a clause of its
    own: "the figure suggested that …". What is said above is a reading of the count, not the
    count said again. (A verb of saying with the count for subject, "the numbers showed the police
    had lost control", is stopped in :func:`_later_roles`, where its speaker is the count.)"""
    verb = ref.head
    return (
        ref.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() != "be"
        and _role(verb) is None
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _said_before_semicolon(root: Token, tok: Token) -> Token | None:
    """The verb of saying of the clause before a semicolon, when the count's clause after it has
    no source: "The group said nine were killed in Homs; 20 others were wounded in Hama" goes on
    with what the group said, and the parser made the second clause the sentence's root."""
    semicolons = [c.i for c in root.children if c.text == ";" and c.i < tok.i]
    if not semicolons:
        return None
    for child in root.children:
        if child.dep_ in {"ccomp", "parataxis"} and child.i < semicolons[-1] and _role(child) == "asserted":
            return child
    return None


def _said_before_own_semicolon(node: Token, tok: Token) -> Token | None:
    """A verb of saying that closes the count's clause before a semicolon of *node*'s: "Security
    forces kill 12, separatists say; army says …", where the parser hung both on the last verb."""
    semicolons = sorted(c.i for c in _semicolons_of(node) if c.i > tok.i)
    if not semicolons:
        return None
    for child in node.children:
        if (
            child.dep_ in {"ccomp", "parataxis"}
            and tok.i < child.i < semicolons[0]
            and _role(child) == "asserted"
        ):
            return child
    return None


def _semicolon_between(ref: Token, node: Token) -> bool:
    """Whether a semicolon of *node*'s own separates it from *ref*: two clauses the parser joined."""
    lo, hi = sorted((ref.i, node.i))
    return any(lo < t.i < hi for t in _semicolons_of(node))


def _semicolons_of(node: Token) -> list[Token]:
    """The semicolons that end a clause of *node*'s: its own, and those the parser hung on the verb
    of saying that closes the clause before ("…, organisers said; police estimated …", where the
    first clause became the subject of the second)."""
    found = [c for c in node.children if c.text == ";"]
    for child in node.children:
        if child.dep_ in {"ccomp", "parataxis"}:
            found.extend(c for c in child.children if c.text == ";" and c.i > child.i)
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i < node.i:
            # 'Police say 600 "rioters" held; HRW counts children': the headline's first clause
            # became the subject of the second, and its semicolon hangs on that subject
            found.extend(c for c in child.children if c.text == ";" and c.i > child.i)
    return found


#: Verbs that give a count a new size as their object: "the toll reached 96", "passed 1,000".
_REACHING_VERBS = frozenset({"reach", "hit", "top", "exceed", "pass", "surpass"})


def _sets_a_value(verb: Token, noun: Token, value: float | None = None) -> bool:
    """ "put the figure at 7,000", "the toll rose to 80": the noun gets a value of its own.

    A number the verb takes as an object ("the toll included 17 teenagers")
    is a part of the count the noun restates, so the noun still refers back.
    """
    if verb.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and any(t.like_num and not _pronoun_one(t) for t in c.subtree)
        for c in verb.children
        if c.i > noun.i
    ):
        return True  # "said the death toll was at least 304": the toll of another count
    for t in verb.subtree:
        if t.i <= noun.i or not t.like_num:
            continue
        if t.dep_ == "dobj" and t.head.i == verb.i and verb.lemma_.lower() in _REACHING_VERBS:
            # "the number of dead had reached 96", "the toll topped 300"; but "(Opposition claims 400
            # arrests.) … the total number detained had passed 400" restates the count of that size
            return value is None or parse_digits(t.text) != value
        node = t
        while node.i != verb.i and node.head.i != node.i:
            if (
                node.dep_ == "pobj"
                and node.head.lower_ in {"at", "to", "as"}
                # not "given by doctors at three hospitals": a place of the giver's, no value
                and node.head.head.pos_ not in {"NOUN", "PROPN", "PRON"}
                and not (node.head.lower_ == "at" and verb.lemma_.lower() in figure_words.GIVING_VERBS)
            ):
                return True  # "put it at 40", "rose to 80", "could be as high as 70"
            node = node.head
    return False


def _pronoun_one(tok: Token) -> bool:
    """ "one" standing for a noun ("the real one", "a higher one"): no number."""
    return tok.lower_ == "one" and any(c.dep_ in {"det", "amod"} for c in tok.children)


def _own_words(noun: Token) -> list[Token]:
    """The words of *noun*'s phrase without its clauses ("the toll, provided by three officials,")."""
    skip = {t.i for c in noun_clauses(noun) for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skip]


def attribute_later_references(ctx: ExtractContext, draft: Any, limit: int) -> None:
    """Sources from a later mention of the same count in this or the next sentence."""
    doc = ctx.doc
    first = doc[draft.phrase.end] if draft.phrase.end < len(doc) else None
    if first is None:
        return
    sent = first.sent
    end = sent.end
    if end < len(doc):
        end = doc[end].sent.end
    wide = _paragraph_end(doc, end, OWNED_REFERENCE_SENTENCES)
    # "Amnesty's figures" names its owner: it may point back across paragraphs
    named_wide = _paragraph_end(doc, end, NAMED_OWNER_SENTENCES, across_paragraphs=True)
    nouns = figure_words.ANAPHOR_NOUNS.get(draft.category, frozenset()) | figure_words.GENERIC_ANAPHORS
    own = {draft.chain_start.i, *(a.i for a in draft.chain_start.ancestors)}
    carriers = _carrying_documents(draft)
    later = draft.chain_start.sent.end  # the first token after the count's own sentence
    # the count's own words: the counted never speak of their own count (below)
    counted = draft.chain_start.head if draft.chain_start.dep_ == "nummod" else draft.chain_start
    count_lo = doc[draft.phrase.start].idx
    count_hi = max(doc[draft.phrase.end - 1].idx, counted.idx) + 1
    pos = token_pos(doc)
    for i in range(first.i, min(max(wide, named_wide), len(doc))):
        if pos[i] != "NOUN" and pos[i] != "VERB":
            continue  # no Token: every test below passes over a word neither a noun nor a verb
        tok = doc[i]
        if tok.i >= wide and not _owned_by_a_source(ctx, draft, tok, named_only=True):
            continue  # past the paragraph, only "Amnesty's figures" still points back to Amnesty's count
        if tok.i >= end and not _owned_by_a_source(ctx, draft, tok):
            continue  # past the next sentence, only "the AAPP's figures" still points back to the AAPP's count
        handed = tok.i >= later and _data_handed_over(tok, draft.category)
        if (
            tok.idx >= limit
            and not (tok.i >= later and (tok.tag_ == "NNS" or tok.lemma_.lower() in carriers))
            and not handed  # "… killed and 40 wounded. The toll was given by X": every count of it
            and not _owned_by_a_source(ctx, draft, tok)
        ):
            # past the next count, "the figure" is that count's; "the figures", or "the report" that
            # carried them, in a later sentence are every count of the sentence before
            continue
        misread = _demonstrative_read_as_subject(tok)
        if tok.i in own or (tok.pos_ != "NOUN" and misread is None):
            continue
        carrier = tok.lemma_.lower() in carriers and tok.i >= draft.chain_start.sent.end  # a later sentence
        if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns and not carrier and not handed:
            continue
        dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
        if misread is not None:
            dets.add(misread.lower_)
        owned = any(c.dep_ == "poss" for c in tok.children)  # "the group's figures"
        if "any" in dets and tok.dep_ == "dobj" and tok.head.lemma_.lower() in figure_words.DISPUTE_VERBS:
            dets.add("the")  # "The authorities denied any deaths": the deaths just counted
        if not owned and not dets & {"the", "this", "these", "that", "those", "such", "a", "its", "their"}:
            continue
        compared = any(c.dep_ == "amod" and c.lower_ in _SAME_COUNT | _OTHER_COUNT for c in tok.children)
        if "a" in dets and tok.lemma_.lower() != "figure" and not compared:
            continue  # "a count" is another count, unless compared with this one ("a similar count")
        if any(t.like_num for t in _own_words(tok)):
            continue  # "the death toll of 1500" is a count of its own
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _a_part(tok.head.head):
            continue  # "30 of their number", "many of the deaths": a part, not this count said again
        if any(t.text == ";" for t in doc[draft.phrase.end : tok.i]) and not _judged_by_its_verb(tok):
            # "police say 12 were hurt; protesters say …": the next clause is another's (but "junta
            # says 3,000 killed; rights group disputes toll" and "…; officials later confirmed the
            # toll" judge this one)
            continue
        if any(c.lower_ == "own" for c in tok.children):
            continue  # "police give their own figures": other counts, said to be other
        if tok.dep_ in {"pobj", "dobj", "attr"} and any(
            c.dep_ == "amod" and c.lower_ in _OTHER_THAN_GIVEN for c in tok.children
        ):
            # "a fraction of the real toll", "the figure understated the real number", "the figure
            # was not the actual number": the count nobody has given, not this one ("the real toll
            # was much higher" still disputes it, above)
            continue
        if _about_the_events(tok):
            continue  # "opened an inquiry into the deaths, the prosecutor said": not the count said again
        if tok.dep_ == "dobj" and tok.head.pos_ in {"VERB", "AUX"} and _negated(tok.head):
            continue  # "said he did not have a figure", "declined to give a number": no count given
        if _compared_with(tok):
            continue  # "twice the number acknowledged by the government": another count, not this one
        if tok.head.pos_ in {"VERB", "AUX"} and _sets_a_value(tok.head, tok, draft.phrase.value):
            continue  # "Viasna put the figure at 7,000": another count, not a source for this one
        if owned and not _owner_gave(ctx, draft, tok):
            continue  # "the rights groups' tallies" after the judiciary's count: other counts
        if not _agent_gave(ctx, draft, tok):
            continue  # "the figures circulated by hostile media" after the governor's count: theirs
        if not _counts_the_same(draft, tok):
            continue  # "the number of prisoners" is not a count of those sentenced
        judged = _misstated_count(tok)
        if judged is not None and not _counts_the_same(draft, judged):
            continue  # "the report understated the number of deaths": not its count of arrests
        roles = _later_roles(ctx, tok, bool(draft.sources["asserted"]))
        if carrier and tok.lemma_.lower() not in nouns:
            # "The ministry rejected the report": a verdict on the document that gave the count;
            # what is said or done with it otherwise ("the report also found …") gives no source
            roles = [(role, span) for role, span in roles if role != "asserted"]
        roles = [
            (role, span)
            for role, span in roles
            if not (role == "disputed" and _together(ctx, draft, span))
            # "X said two people had died and blamed the deaths on …": the parser made the count the
            # subject of the second verb; the counted never speak of their own count
            and not (span is not None and span[0] < count_hi and count_lo < span[1])
        ]
        for role, span in roles:
            _add(draft, role, span)
        if roles:
            draft.refs.append(tok.sent)


#: Nouns of data that, handed over by someone, are the count just given: "The information was provided by X".
_DATA_NOUNS = frozenset({"information", "data", "datum", "detail"})

#: Verbs of handing data over whose agent gives it.
_HANDING_VERBS = frozenset({"provide", "supply", "give", "compile", "gather", "collect", "share", "release"})


#: Categories of harm a "toll" handed over takes in: "Five were shot dead and dozens more wounded.
#: The toll was given by X" (the dead and the hurt of one clash are its toll).
_TOLL_CATEGORIES = frozenset({"killed", "injured"})


def _data_handed_over(tok: Token, category: str | None = None) -> bool:
    """Whether *tok* is a noun of data that is the subject of a passive verb of handing over with its
    agent: "N were detained. The information was provided by X." (the next sentence names who gives
    the count, as "The figures were provided by X" does); "the data show" or "information is scarce"
    name no giver. A "toll" so handed over is every count of harm before it (round 58): "Five were
    shot dead …, and dozens more were wounded. The toll was given by X"."""
    lemma = tok.lemma_.lower()
    return (
        (lemma in _DATA_NOUNS or (lemma == "toll" and category in _TOLL_CATEGORIES))
        and tok.dep_ == "nsubjpass"
        and tok.head.lemma_.lower() in _HANDING_VERBS
        and any(c.dep_ == "agent" for c in tok.head.children)
    )


#: How many sentences before "both groups" the groups it takes together may be named in.
_TOGETHER_SENTENCES = 2


def _together(ctx: ExtractContext, draft: Any, span: SpanT | None) -> bool:
    """Whether a source is a description of the sources named just before, taken together: "Amnesty
    recorded 304 deaths, while Iran Human Rights put the toll at 326. Both groups said the real
    number was likely much higher" is what they say of their own counts, no dispute of them ("Both
    opposition parties said …" after one ministry's count still disputes it)."""
    if span is None:
        return False
    found = ctx.doc.char_span(*span, alignment_mode="expand")
    if found is None or len(found) == 0 or found.start == 0:
        return False
    head = found.root
    both = any(c.dep_ in {"det", "predet"} and c.lower_ in {"both", "all"} for c in head.children)
    the_two = any(c.dep_ == "nummod" and c.lower_ in {"two", "three"} for c in head.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )
    if head.tag_ != "NNS" or not (both or the_two):
        return False
    # the sentences just before: "X documented 1,003 arrests. Y gave a figure of 964. Both groups …"
    lo = ctx.doc[window_start(found.root, _TOGETHER_SENTENCES + 1)].idx
    named = {
        entity.id
        for _, _, entity in ctx.entities.mentions_backwards(lo, found.sent.start_char)
        if entity.type in {"ORG", "MEDIA", "PERSON"}
    }
    own = {e.id for e in (ctx.entities.at(*s) for s in draft.sources["asserted"]) if e is not None}
    return len(named) >= 2 and bool(own & named)


#: Adjectives of trust: "the toll is not credible" disputes it.
_TRUST_WORDS = frozenset({"accurate", "correct", "credible", "reliable", "true", "believable"})

#: Adjectives that set a count beside one's own and find them alike: "consistent with its records".
_AGREEING_WORDS = frozenset({"consistent", "compatible"})

#: Adjectives for the count as it truly is, set against the one given: "the real toll".
_OTHER_THAN_GIVEN = frozenset({"real", "true", "actual"})


def _demonstrative_read_as_subject(tok: Token) -> Token | None:
    """The "that" of "The government disputes that figure and says …", where the tagger made
    "figure" a verb: the parser reads a clause ("that" its subject) or an object with a verb's tag.
    A count noun that can be a verb, with only that word before it and nothing after it a verb
    would take. None when *tok* is no such verb."""
    if tok.pos_ != "VERB" or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ == "det" and before.head.i == tok.i and tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        return before  # the same words tagged a verb but parsed as the noun they are
    if before.lower_ not in {"that", "this"} or before.head.i != tok.i or before.dep_ != "nsubj":
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "prt", "attr", "acomp"} for c in tok.children):
        return None
    return before


def _carrying_documents(draft: Any) -> frozenset[str]:
    """Report nouns of the count's own sentence ("said in a report that 58 …"): a later "the report"
    is the document that carried the count, so a verdict on it is a verdict on the count."""
    return frozenset(
        t.lemma_.lower()
        for t in draft.chain_start.sent
        if t.pos_ == "NOUN" and t.lemma_.lower() in figure_words.REPORT_NOUNS - figure_words.TOTAL_NOUNS
    )


#: Words for a part of a whole, before "of": "many of the deaths", "few of the arrests".
_PART_QUANTIFIERS = PART_WORDS - {"all", "both", "each"} | {"few", "half", "none", "part"}


def _a_part(word: Token) -> bool:
    """ "30 of …", "many of …", "some of …": a part of what follows, counted or judged apart."""
    return word.like_num or word.lower_ in _PART_QUANTIFIERS


#: Words that multiply a count another count is compared with: "twice the number", "half the toll".
_MULTIPLIERS = frozenset({"twice", "thrice", "half", "double", "triple", "quadruple"})


def _compared_with(ref: Token) -> bool:
    """ "more than twice the number acknowledged by X", "far above the official figure", "than the
    toll": the count is measured against another one, which *ref* names."""
    if any(t.lower_ in _MULTIPLIERS or t.lower_ == "times" for c in ref.lefts for t in c.subtree):
        return True  # "twice the number", "nearly three times the number"
    head = ref.head
    return ref.dep_ == "pobj" and (head.lower_ == "than" or head.head.tag_ in {"JJR", "RBR"})


def _about_the_events(ref: Token) -> bool:
    """Whether a later reference is what an act is about: "opened an inquiry into the deaths",
    "anger over the arrests", "blamed the army for the killings". Who says so speaks of the inquiry,
    the anger or the blame, not of the count (unlike "confirmed the deaths", "cast doubt on the toll")."""
    return ref.dep_ == "pobj" and ref.head.lower_ in _ABOUT_PREPOSITIONS


#: Prepositions of what an act or a feeling is about.
_ABOUT_PREPOSITIONS = frozenset({"into", "over", "for", "against", "after", "following", "behind", "about"})


#: The categories of count a noun modifying a reference may speak of: "the casualty figures" are
#: of the killed and the wounded, "the arrest figures" of the arrested and the detained.
_MODIFIER_KINDS = {
    "casualty": frozenset({"killed", "deaths", "executed", "injured"}),
    "death": frozenset({"killed", "deaths", "executed"}),
    "fatality": frozenset({"killed", "deaths", "executed"}),
    "injury": frozenset({"injured"}),
    "arrest": frozenset({"arrested", "detained", "sentenced"}),
    "detention": frozenset({"arrested", "detained", "sentenced"}),
}


def _counts_the_same(draft: Any, ref: Token) -> bool:
    """Whether a reference that says what it counts ("the number of prisoners") may count *draft*'s people.

    A counted noun whose category is known must have the count's category;
    a reference without one ("the toll", "the figure") may refer to any count. So must a noun
    that modifies the reference ("the casualty figures", "the arrest numbers"), though it names
    a kind of count more broadly: casualties are the dead and the wounded.
    """
    for mod in ref.children:
        if mod.dep_ != "compound" or mod.pos_ != "NOUN":
            continue
        kinds = _MODIFIER_KINDS.get(mod.lemma_.lower())
        if kinds is not None and draft.category not in kinds:
            return False  # "the casualty figures" after a count of arrests: another count
    for prep in ref.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for counted in prep.children:
            lemma = counted.lemma_.lower()
            category = figure_words.NOUN_CATEGORY.get(lemma) or figure_words.PERSON_DEFAULT.get(lemma)
            if counted.dep_ == "pobj" and category is not None and category != draft.category:
                return False
    return True


def _judged_by_its_verb(ref: Token) -> bool:
    """Whether *ref* is the object of a verb of disputing or confirming: "rights group disputes toll",
    "officials later confirmed the toll"."""
    return (
        ref.dep_ == "dobj"
        and ref.head.lemma_.lower() in figure_words.DISPUTE_VERBS | figure_words.CONFIRM_VERBS
    )


def _misstated_count(ref: Token) -> Token | None:
    """The count a document is said to misstate: "the number of deaths" of "the report understated
    the number of deaths" (None when *ref* misstates nothing it names)."""
    verb = ref.head
    if ref.dep_ != "nsubj" or verb.lemma_.lower() not in figure_words.MISSTATING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _agent_gave(ctx: ExtractContext, draft: Any, ref: Token) -> bool:
    """Whether a later reference given out by someone ("the figures circulated by X") may be *draft*'s.

    A count that already has a source is restated only by a reference its own
    source gave; one without a source takes the reference's ("The toll, provided
    to Reuters by three officials, …").
    """
    given = draft.sources["asserted"]
    if not given:
        return True
    own = {id(e) for e in (ctx.entities.at(*span) for span in given) if e is not None}
    for clause in noun_clauses(ref):
        agent = _agent(clause) if clause.tag_ == "VBN" else None
        if agent is None:
            continue
        span = source_span(ctx, agent)
        entity = ctx.entities.at(*span) if span is not None else None
        if (entity is None or id(entity) not in own) and not _handed_to(ctx, clause, own):
            return False
    return True


def _handed_to(ctx: ExtractContext, clause: Token, own: set[int]) -> bool:
    """Whether *clause* hands its noun over to one of the entities *own* ("The toll, provided to
    Reuters by three officials": Reuters, whose count it is, received it)."""
    for prep in clause.children:
        if prep.dep_ not in {"prep", "dative"} or prep.lower_ != "to":
            continue
        for whom in prep.children:
            span = source_span(ctx, whom) if whom.dep_ == "pobj" else None
            entity = ctx.entities.at(*span) if span is not None else None
            if entity is not None and id(entity) in own:
                return True
    return False


#: How many sentences after the next one a reference that names its owner ("the AAPP's
#: figures") may still take up a count of that owner, inside the count's paragraph.
OWNED_REFERENCE_SENTENCES = 3

#: How many sentences after the next one a reference owned by a proper name ("Amnesty's figures")
#: may still take up that source's count, across paragraphs.
NAMED_OWNER_SENTENCES = 6


def _paragraph_end(doc: Doc, end: int, sentences: int, *, across_paragraphs: bool = False) -> int:
    """The end of up to *sentences* more sentences after token *end*, stopping at a paragraph break
    unless *across_paragraphs*."""
    for _ in range(sentences):
        if end >= len(doc):
            break
        if not across_paragraphs and ("\n" in doc[end - 1].whitespace_ or doc[end].is_space):
            break
        end = doc[end].sent.end
    return end


def _owned_by_a_source(ctx: ExtractContext, draft: Any, ref: Token, *, named_only: bool = False) -> bool:
    """Whether *ref* is a count noun whose named owner is a source of *draft*: "the AAPP's figures"
    after the AAPP's count, with other counts said between (*named_only*: a proper name owns it)."""
    if (
        ref.pos_ != "NOUN"
        or ref.lemma_.lower() not in figure_words.GENERIC_ANAPHORS | figure_words.TOTAL_NOUNS
    ):
        return False
    if named_only and any(c.dep_ == "prep" and c.lower_ == "of" for c in ref.children):
        return False  # far off, "Hengaw's count of Kurdish victims" may be a part of another count
    kinds = {"PROPN"} if named_only else {"PROPN", "NOUN"}
    for owner in (c for c in ref.children if c.dep_ == "poss" and c.pos_ in kinds):
        # a name or its initials ("the AAPP's"), or a description of it ("the network's")
        named = _tok_span(owner) if owner.pos_ == "PROPN" else antecedent(ctx.entities, owner)
        entity = ctx.entities.at(*named) if named is not None else None
        return entity is not None and any(
            ctx.entities.at(*span) is entity for span in draft.sources["asserted"]
        )
    return False


def _holds_office_of(entity: Any, owner: Token) -> bool:
    """Whether the person *entity* was given an office of the body *owner* names ("Government
    spokesman" for "the government's")."""
    if entity is None:
        return False
    return owner.lemma_.lower() in {w for role in entity.roles for w in role.lower().split()}


def _owner_gave(ctx: ExtractContext, draft: Any, ref: Token) -> bool:
    """Whether the owner of a later reference ("the group's figures") may be the one who gave *draft*.

    A pronoun owner ("its count") refers back however it may; a named or
    described owner must share a word with a source of the count.
    """
    for owner in (c for c in ref.children if c.dep_ == "poss"):
        if owner.pos_ == "PRON":
            return True
        words = {t.lemma_.lower() for t in owner.subtree if t.is_alpha and not t.is_stop}
        named = antecedent(ctx.entities, owner)  # "the group's figures": the group named before
        # "the AAPP's figures": a name, or the initials the article gave it, is its own mention
        owner_entity = ctx.entities.at(*(named if named is not None else _tok_span(owner)))
        for start, end in draft.sources["asserted"]:
            source = ctx.entities.at(start, end)
            if owner_entity is not None and source == owner_entity:
                return True
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and words & {t.lemma_.lower() for t in span if t.is_alpha}:
                return True
            if _holds_office_of(source, owner):
                return True  # "the government's figure" after "Government spokesman X said 43 …"
        return False
    return True


#: Verbs that charge someone with a deed: they give the counts in the charge ("accused the police
#: of killing 30"), but the next sentence is not told in the accuser's voice.
_CHARGING_VERBS = frozenset({"accuse", "blame"})


def _sourced(draft: Any) -> bool:
    """Whether *draft* already has a source in any role (asserted, confirmed or disputed)."""
    return any(draft.sources.values())


def attribute_part_as_its_whole(draft: Any, whole: Any) -> None:
    """A part listed after its whole ("The monitor's own count has risen to 88, including 11
    children"), with no source of its own, has the whole's sources: the sentence before speaks for
    neither when the whole has a giver of its own."""
    if _sourced(draft):
        return
    for role in ("asserted", "confirmed", "disputed"):
        for span in whole.sources[role]:
            _add(draft, role, span)


#: Verbs by which a body keeps a count: "the deaths counted by CONADEH", "arrests recorded by the group".
_KEEPING_VERBS = frozenset({"count", "record", "document", "register", "compile", "tally", "list", "verify"})


def attribute_part_counted_by(ctx: ExtractContext, draft: Any) -> None:
    """A part of a count kept by someone named in its "of" phrase: "Three of the deaths counted by
    CONADEH occurred in San Pedro Sula" is CONADEH's, whoever else the sentences around speak for."""
    if draft.sources["asserted"]:
        return
    whole = partitive_whole(draft.chain_start)
    if whole is None or whole.pos_ != "NOUN":
        return
    for clause in whole.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in _KEEPING_VERBS:
            keeper = _agent(clause)
            span = source_span(ctx, keeper) if keeper is not None else None
            if span is not None:
                _add(draft, "asserted", span)
                return


#: Children a bare reporting clause may have besides its subject: "…, the group said on Monday, while …".
_BARE_CLAUSE_DEPS = frozenset(
    {"nsubj", "punct", "aux", "advmod", "npadvmod", "prep", "advcl", "cc", "conj", "dep"}
)


#: Parts of speech of the words of a description before a name: "the rights news agency".
_DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _set_off_reporting_clause(verb: Token) -> Token | None:
    """The speaker of *verb* when it is a bare "…, X said, …" set off by a comma before its subject
    and a comma or the sentence's end after it: a reporting clause that says nothing of its own
    (no object, no clause of what was said) speaks for its sentence. None otherwise."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in figure_words.REPORT_VERBS
        or _role(verb) != "asserted"
    ):
        return None
    said = {c.dep_ for c in verb.children}
    if not said <= _BARE_CLAUSE_DEPS or "nsubj" not in said:
        return None  # "Memorial said the detentions were illegal": a content of its own
    speaker = subject(verb, {"nsubj"})
    if speaker is None or speaker.i > verb.i or speaker.tag_ in {"WP", "WDT"}:
        return None  # "…, who said": a relative clause on a noun, not the sentence's source
    doc = verb.doc
    left = speaker.left_edge.i
    while left > verb.sent.start and doc[left - 1].pos_ in _DESCRIPTION_POS:
        left -= 1  # "…, the rights news agency X said": the parser hung the description elsewhere
    if left == 0 or doc[left - 1].text != ",":
        return None
    after = verb.i + 1
    if after < len(doc) and doc[after].text not in {",", ".", ";"} and after < verb.sent.end:
        return None
    return speaker


def attribute_from_set_off_reporting_clause(ctx: ExtractContext, draft: Any) -> None:
    """A count with no source, before a bare "…, X said, …" set off by commas in its sentence, is X's.

    The parser hangs such a clause on whatever word comes before or after it ("including 8 students,
    the news agency X said, while …" on the students; "…, X says, among them Y, who …" on Y) instead
    of taking the sentence as what X said; the clause names who gives the counts all the same.
    Not in a sentence with quotation marks, whose words are the quoted speaker's."""
    if _sourced(draft):
        return
    sent = draft.chain_start.sent
    if any(t.text in QUOTE_CHARS for t in sent):
        return
    for tok in sent:
        if tok.pos_ != "VERB" or tok.dep_ == "ROOT" or tok.i < draft.phrase.end:
            # a root verb of saying is read by :func:`attribute` already; a clause before the count
            # speaks for what it closes, not for "…, the ministry said, as tens of thousands marched"
            continue
        speaker = _set_off_reporting_clause(tok)
        if speaker is not None:
            _add(draft, "asserted", source_span(ctx, speaker))
            return


def attribute_from_previous_sentence(ctx: ExtractContext, draft: Any) -> None:
    """A count with no source of its own, right after a sentence of reported speech, has that speaker.

    News reports go on in the voice of the last source ("Two hundred are at
    large, police said. Sixty have been caught."): the previous sentence's
    main verb of saying, and its resolved speaker, carry over. A sentence
    between them, a paragraph break, a quotation or a source of the count's own stops it.
    """
    if _sourced(draft):
        return
    sent = draft.chain_start.sent
    if sent.start == 0 or any(t.text in QUOTE_CHARS for t in sent):
        return
    if any(_time_anchor(t) for t in draft.chain_start.ancestors):
        return  # "Two weeks after 300 workers walked out, …": the writer's background, as in :func:`attribute`
    prev = ctx.doc[sent.start - 1].sent
    if _paragraph_break(ctx, prev, sent):
        return  # a new paragraph is the reporter's voice again
    if ctx.text[prev.start_char : sent.start_char].rstrip().endswith("]"):
        return  # "… said 6,700 were detained.[4] On 16 August an estimated 200,000 …": each sentence cites its own
    root = prev.root
    if any(t.text in QUOTE_CHARS for t in prev) or root.pos_ not in {"VERB", "AUX"}:
        return  # the last words were a quotation: the narrative is the reporter's again
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in draft.anchor.children):
        return  # "Al Wefaq's 18 members of parliament resign": a named body's people, told by the writer
    if root.lemma_.lower() in _CHARGING_VERBS:
        return  # "Exiled activists have accused X of …. In July, X gathered 30 …": the reporter tells on
    if any(_cited(t) is not None and _opens_a_later_clause(draft.chain_start, t) for t in sent):
        # "State media reported eight deaths. In January, Iran hanged two men, and according to the
        # judiciary 80 were sentenced": a sentence that cites its own source for a later clause is
        # the writer's in the clause before it, not more of the last speaker's words
        return
    if _role(root) == "asserted":
        if _dated_past_after_present_saying(root, sent):
            return  # "Activists say 12 are at risk. Police moved 40 of them to a jail on May 3.": the writer tells
        speaker = _speaker(root)
        if speaker is not None and _place_where_counted(ctx, root, speaker):
            return  # "Uasin Gishu reported 4 deaths. Kisumu had 2.": places, not speakers
        if _opens_a_statement(sent, prev, speaker, _counted_words(draft)):
            return  # "X said a ferry sank off the cape. The ferry, with 300 aboard, …": the writer's
        _add(draft, "asserted", source_span(ctx, speaker))
    elif _counts_on(sent):
        # "119 have been killed, according to our Office. More than 7,700 have been injured.";
        # "2,156 have been arrested, according to AAPP. Of those, 1,837 are still held."
        cited = _according_to_child(ctx, root)
        for conj in root.conjuncts if cited is None else ():
            # "14 were killed and 80 others injured, according to medics. Two of those killed were
            # children.": the closing citation the parser hung on the last clause speaks for both
            cited = cited or _according_to_child(ctx, conj)
        _add(draft, "asserted", cited)


#: Words by which a sentence refers back to the one before it rather than naming its things again.
_BACK_REFERENCE = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that", "these", "those"}
)
#: Nouns too general to show that a sentence names again what the one before spoke of.
_GENERIC_NOUNS = frozenset({"people", "person", "one", "time", "day", "year", "week", "month"})


def _counted_words(draft: Any) -> set[int]:
    """The count's own words that may name again what the sentence before named: the noun it
    counts when that noun is the subject or object of its sentence's verb ("At least 900,000
    children are out of school" after "2 million children are hungry"; "The army moved 40
    detainees" after the detainees the source spoke of goes on with the source's tally); a noun
    it counts further in ("…, including 160 deaths") names the thing again like any other noun."""
    tok = draft.chain_start
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.i == tok.sent.root.i:
        return {tok.i}
    return set()


def _opens_a_statement(sent: Span, prev: Span, speaker: Token | None, own: set[int]) -> bool:
    """Whether *sent* opens a statement of the writer's after the reported speech of *prev*.

    Reported speech that goes on takes up what the source said by reduced reference: a part of its
    count ("Of those, …"), a bare count, a pronoun or a demonstrative ("He faces three counts",
    "This is twice the March figure"), or the same verb again ("Hospital A treated 8. Hospital B
    treated 3."). A sentence that names again, with a noun of its own, a thing the reported clause
    named ("X said a ferry had capsized off the cape. The ferry, with about 300 passengers aboard,
    was sailing …"; "Y reported 40 held by police. Over 90 marchers and police officers were hurt")
    and does none of that is the writer's narrative, not more of the source's words (a news text
    re-names what it turns to; speech it goes on reporting refers back)."""
    if (_counts_on(sent) and not _named_whole(sent)) or any(_refers_back(t) for t in _lead_of(sent)):
        return False
    verbs = {t.lemma_.lower() for t in prev if t.pos_ == "VERB"}
    if (
        sent.root.pos_ == "VERB"
        and sent.root.lemma_.lower() in verbs
        and _lemma_role(sent.root.lemma_.lower()) is None
    ):
        return False  # (not a verb of saying: "All 16 of the regions have reported cases" counts reporters)
    said = {
        t.lemma_.lower()
        for t in prev
        if _content_noun(t)
        and not (speaker is not None and speaker.left_edge.i <= t.i <= speaker.right_edge.i)
    }
    # (the noun the count counts may come back: "said 2 million children were hungry. At least
    # 900,000 children are out of school" goes on)
    return any(_content_noun(t) and t.lemma_.lower() in said and t.i not in own for t in sent)


def _lead_of(sent: Span) -> list[Token]:
    """The words of *sent* before its main verb and those of its subject: where a sentence that
    goes on says what it takes up ("He faces …", "This is twice …", "Most of those students …"),
    not a pronoun of a later clause that points inside the sentence ("…, when it came under fire")."""
    subj = subject(sent.root, {"nsubj", "nsubjpass"})
    inside = range(subj.left_edge.i, subj.right_edge.i + 1) if subj is not None else range(0)
    return [t for t in sent if t.i < sent.root.i or t.i in inside]


def _named_whole(sent: Span) -> bool:
    """Whether the count that opens *sent* is a part of a whole it names by a name of its own
    ("All 31 of the country's provinces", "12 of Veridia's 16 regions"), not one taken up ("Sixty of
    those", "23 of the passengers")."""
    subj = subject(sent.root, {"nsubj", "nsubjpass"})
    if subj is None:
        return False
    wholes = [
        g
        for c in subj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for w in wholes for c in w.children)


def _refers_back(tok: Token) -> bool:
    """Whether *tok* is a pronoun or a demonstrative that points back ("he", "their", "those
    cases"), not the "that" of a clause."""
    return (
        tok.lower_ in _BACK_REFERENCE
        and tok.dep_ not in {"mark", "complm"}
        and not (
            tok.lower_ == "that" and tok.head.dep_ == "relcl" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}
        )
    )


def _content_noun(tok: Token) -> bool:
    """A noun or name that says what a sentence is about (not a general word of time or people)."""
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and tok.is_alpha
        and not tok.is_stop
        and tok.lemma_.lower() not in _GENERIC_NOUNS
    )


#: Tags of a verb in the present tense ("say", "says").
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def _dated_past_after_present_saying(saying: Token, sent: Span) -> bool:
    """Whether *sent* tells a dated past event after a verb of saying in the present ("Rights groups
    say the detainees are at risk. Police moved 40 of them to a jail on May 3."): "say" gives the
    source's standing claim, and a sentence in the simple past with its own date or time is the
    writer's narrative, not more of what the source says. A sentence that takes up the count
    ("Ten were freed on Tuesday", "Of them, …") still goes on with the source's tally."""
    if saying.tag_ not in _PRESENT_TAGS or sent.root.tag_ != "VBD":
        return False
    # (a part named before the verb, "Ten of them were freed", takes the count up; "moved 40 of
    # them" after it is what the writer's subject did)
    if _subject_counts_on(sent) or any(_partitive(t) for t in sent if t.i < sent.root.i):
        return False
    return any(e.label_ in {"DATE", "TIME"} for e in sent.ents)


def attribute_from_pointing_sentence(ctx: ExtractContext, draft: Any) -> None:
    """A count with no source takes the source of the next sentence of its paragraph when that
    sentence points back at it: "That is according to X." (:func:`_attribute_from_that_is`), or
    reported speech about the same thing (:func:`attribute_from_next_report`); or of a later
    sentence that takes its number up as the whole a part is told of (:func:`attribute_from_later_whole`).
    Before them, a count its own sentence gives as the people an appeal is for has the appealer
    (:func:`attribute_to_appealer`)."""
    attribute_to_appealer(ctx, draft)
    _attribute_from_that_is(ctx, draft)
    attribute_from_next_report(ctx, draft)
    attribute_from_later_whole(ctx, draft)


def _attribute_from_that_is(ctx: ExtractContext, draft: Any) -> None:
    """A count with no source, followed in its paragraph by "That is according to X." or "This is
    according to X, which …": the demonstrative points back at the sentence before, X gives its counts.
    Only the next sentence is read, and only when it opens with the demonstrative and "be"."""
    if _sourced(draft):
        return
    doc = ctx.doc
    sent = draft.chain_start.sent
    if sent.end >= len(doc):
        return
    nxt = doc[sent.end].sent
    if _paragraph_break(ctx, sent, nxt):
        return  # a new paragraph points at nothing before it
    words = [t for t in nxt if not (t.is_punct or t.is_space)]
    if len(words) < 4 or words[0].lower_ not in {"that", "this"} or words[1].lemma_ != "be":
        return
    according = next((t for t in words[2:4] if t.lower_ == "according"), None)
    who = _cited(according) if according is not None else None
    if who is None or not _may_speak(ctx, who):
        return
    _add(draft, "asserted", source_span(ctx, who))


#: Determiners by which a noun of the next sentence takes up what was just told: "the greenhouses",
#: "All arrests", "these detentions".
_TAKING_UP_DETS = frozenset({"the", "this", "these", "that", "those", "all", "such"})

#: Entity labels of numbers that are no count: "for two weeks", "in 2019", "at 5 p.m.", "$3 million".
_NOT_A_COUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


def attribute_from_next_report(ctx: ExtractContext, draft: Any) -> None:
    """A count the writer tells with no source, followed in its paragraph by reported speech about
    the same thing, has that sentence's source.

    Reporters give the attribution of a paragraph once, often after its first sentence: "Deputies
    arrested 14 people overnight. The arrests went off calmly, the county's deputies said."; "Gales knocked over 13 trucks. A patrol officer said the trucks tipped over on the
    bridge."; "… a raid by X, which left 16 gunmen dead. According to X, the raid cut off …". The
    next sentence speaks of the count's events when what it says takes up, with a definite word,
    the count's noun or a word the count hangs on ("the trucks", "the raid", "the arrests" after
    "arrested 14"). What says a count of its own ("The
    minister said tens of thousands had fled") or speaks of something else ("Officials blamed the
    spill on a contractor") tells the writer's count nothing.
    """
    if _sourced(draft):
        return
    doc = ctx.doc
    sent = draft.chain_start.sent
    if (
        sent.end >= len(doc)
        or any(t.text in QUOTE_CHARS for t in sent)
        or _in_title_line(ctx, sent.start_char)
    ):
        return
    nxt = doc[sent.end].sent
    if _paragraph_break(ctx, sent, nxt):
        return  # a new paragraph is the reporter's voice again
    report = _next_report(ctx, nxt)
    if report is None:
        return
    source, said = report
    if any(_a_count_word(t) for t in said):
        return  # the sentence gives a count of its own: something new, not this count
    words = _words_of_the_count(draft)
    if any(_takes_up(t, words) for t in said):
        _add(draft, "asserted", source)


def _a_count_word(tok: Token) -> bool:
    """Whether *tok* is a number or a vague amount ("thousands") that is no date, time or sum."""
    return (tok.like_num or tok.lower_ in VAGUE) and tok.ent_type_ not in _NOT_A_COUNT_LABELS


def _next_report(ctx: ExtractContext, sent: Span) -> tuple[SpanT, list[Token]] | None:
    """The source of *sent* as reported speech and the tokens of what it says: a root verb of
    saying with its speaker and the clause it says ("X said the trucks tipped over", "The arrests
    went off calmly, X said"), or an "according to X" on the root ("According to X, the raid …").
    None for any other sentence."""
    root = sent.root
    if (
        root.pos_ in {"VERB", "AUX"}
        and _role(root) == "asserted"
        and root.lemma_.lower() in figure_words.REPORT_VERBS
    ):
        speaker = _speaker(root)
        content = [c for c in root.children if c.dep_ == "ccomp"]
        span = source_span(ctx, speaker) if speaker is not None else None
        if span is None or len(content) != 1:
            return None
        return span, list(content[0].subtree)
    cited = _according_to_child(ctx, root)
    if cited is None:
        return None
    citing = {t.i for c in root.children if c.lower_ in {"according", "citing"} for t in c.subtree}
    return cited, [t for t in sent if t.i not in citing]


def _words_of_the_count(draft: Any) -> set[str]:
    """Lemmas a later sentence takes a count up by: its counted noun and the nouns and verbs its
    clause hangs on up to the sentence's root ("16 gunmen" in "a raid …, which left 16 gunmen
    dead": "raid"; "arrested 14": "arrest"). Not the nouns of its category alone: "Police
    detained 30. X said that the detentions were illegal" and "… the killing of marchers is
    unacceptable" judge the events, they tell no count."""
    tok = draft.chain_start
    counted = tok.head if tok.dep_ == "nummod" else tok
    words = {counted.lemma_.lower()} if counted.pos_ == "NOUN" else set()
    for up in counted.ancestors:
        lemma = up.lemma_.lower()
        if up.pos_ == "NOUN" or (up.pos_ == "VERB" and lemma not in figure_words.REPORT_VERBS):
            words.add(lemma)
    return words


def _takes_up(tok: Token, words: set[str]) -> bool:
    """Whether *tok* is a noun with a definite word that names one of *words* ("the trucks", "all
    the arrests")."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in words
        and any(c.dep_ in {"det", "predet"} and c.lower_ in _TAKING_UP_DETS for c in tok.children)
    )


#: Verbs of an appeal for means: "appealed for $2 million", "is asking for donations".
_APPEALING_VERBS = frozenset({"appeal", "ask", "request", "seek", "call", "plead"})

#: Verbs of the help an appeal is for: "… to help 200,000 families", "… to feed 40,000 villagers".
_AIDING_VERBS = frozenset(
    {"help", "treat", "feed", "assist", "aid", "support", "shelter", "house", "reach", "protect", "care"}
)


def attribute_to_appealer(ctx: ExtractContext, draft: Any) -> None:
    """A count of the people an appeal is for has the one who appeals for its source.

    An aid body that appeals for money "to help 200,000 families" or is asking for donations "to
    feed 40,000 villagers" gives the number of those it means to help: it is its own count, as a
    needs assessment is. Only a count the infinitive of help takes, where that infinitive hangs on
    the verb of appeal or on what is appealed for ("asked for funds to treat …"); not the one asked
    ("Police asked 300 residents to help clear the road": those asked are no count of the appeal)
    nor an appeal with no infinitive of help.
    """
    if _sourced(draft):
        return
    start = draft.chain_start
    counted = start.head if start.dep_ == "nummod" else start
    helping = next((v for v in counted.ancestors if v.pos_ == "VERB"), None)
    if helping is not None and helping.dep_ in {"ccomp", "acl"} and _in_subject_of(counted, helping):
        # "to help 300 refugees in two camps threatened by the floods": the parser made the
        # participle a clause with the refugees for subject; the help is the verb above it
        helping = helping.head
    appeal = _appeal_of_help(helping) if helping is not None else None
    if appeal is not None:
        _add(draft, "asserted", source_span(ctx, _speaker(appeal)))


def _in_subject_of(tok: Token, clause: Token) -> bool:
    """Whether *tok* lies in the subject of *clause* ("two" of "300 refugees in two camps threatened …")."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= tok.i <= c.right_edge.i for c in clause.children
    )


def _appeal_of_help(verb: Token) -> Token | None:
    """The verb of appeal an infinitive of help hangs on: "appealed for $4 million to help …"
    (the infinitive on the verb), "asked for funds to treat …" (on what is asked for)."""
    if verb.lemma_.lower() not in _AIDING_VERBS or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    head = verb.head
    if verb.dep_ in {"relcl", "acl"} and head.dep_ == "pobj" and head.head.lower_ == "for":
        head = head.head.head  # "asked for funds to treat …"
    elif verb.dep_ not in {"xcomp", "advcl"}:
        return None
    if head.lemma_.lower() not in _APPEALING_VERBS or any(c.dep_ == "dobj" for c in head.children):
        return None
    return head if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children) else None


def attribute_from_later_whole(ctx: ExtractContext, draft: Any) -> None:
    """A count told with no source whose number comes back later in the article as the whole a part
    is told of, in a sentence that names its source, has that source.

    A lead or a headline gives the count bare, and the body gives its parts with the attribution
    of both: "Harbour boats were in five collisions. … Of the five collisions, the crews were blamed
    for two, according to coast guard logs."; "Bad water has killed 84 people. … According to X,
    50 of the 84 recorded deaths were infants."; "It was one of nine collisions, according to fleet
    records." The part's source has the whole it was counted from. The whole must be the same
    number and, where it names a noun, count the same thing (the same noun, or a noun of the
    count's category): "Of the five ministers, …" after "five collisions" is another five.
    """
    if _sourced(draft) or draft.phrase.value is None:
        return
    after = draft.chain_start.sent.end
    for tok, source in _wholes_with_sources(ctx):
        if tok.i >= after and _whole_value(tok) == draft.phrase.value and _counts_the_same_thing(draft, tok):
            _add(draft, "asserted", source)
            return


def _wholes_with_sources(ctx: ExtractContext) -> list[tuple[Token, SpanT]]:
    """The numbers of the article that are the whole a part is told of, each with the source of its
    sentence (a root verb of saying with its speaker, or an "according to X" on the root), read
    once per article: "Of the five collisions, …", "50 of the 84 deaths", "one of nine"."""

    def build() -> list[tuple[Token, SpanT]]:
        found: list[tuple[Token, SpanT]] = []
        for sent in ctx.doc.sents:
            wholes = [t for t in sent if _a_count_word(t) and _whole_of_a_part(t)]
            source = _source_of_sentence(ctx, sent) if wholes else None
            if source is not None:
                found += [(t, source) for t in wholes]
        return found

    return memo(ctx, "figure_wholes_with_sources", ctx.doc, build)


def _source_of_sentence(ctx: ExtractContext, sent: Span) -> SpanT | None:
    """Who a sentence is told by: an "according to X" on its root, or its root verb of saying and
    that verb's speaker ("X said 50 of the 84 were infants")."""
    cited = _according_to_child(ctx, sent.root)
    if cited is not None:
        return cited
    report = _next_report(ctx, sent)
    return report[0] if report is not None else None


def _whole_of_a_part(tok: Token) -> bool:
    """Whether the number *tok* is the whole a part is told of: with "the" on its noun after a part
    ("50 of the 84 deaths") or opening the sentence ("Of the five collisions, …"), or bare after a
    part word ("one of nine")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        part = tok.head.head
        return part.lower_ in PART_WORDS or part.pos_ == "NUM"
    noun = tok.head
    if tok.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    of = noun.head
    return of.head.pos_ == "NUM" or of.head.lower_ in PART_WORDS or of.i == of.sent.start


def _whole_value(tok: Token) -> float | None:
    """The value of a number written in one token ("84", "1,200", "nine")."""
    return parse_digits(tok.text) or parse_number_words([tok.lower_])


def _counts_the_same_thing(draft: Any, tok: Token) -> bool:
    """Whether the noun of the whole *tok* (if any) counts what *draft* counts: the same noun, or a
    noun of the count's category ("the 84 deaths" for 84 killed; deaths by violence and by illness
    are one, :data:`_DEATH_CATEGORIES`, defined further down with the merging of figures)."""
    if tok.dep_ != "nummod":
        return True  # "one of nine": the number alone
    lemma = tok.head.lemma_.lower()
    start = draft.chain_start
    counted = start.head if start.dep_ == "nummod" else start
    if lemma == counted.lemma_.lower():
        return True
    kinds = _DEATH_CATEGORIES if draft.category in _DEATH_CATEGORIES else {draft.category}
    return figure_words.NOUN_CATEGORY.get(lemma) in kinds


#: Objects of a clause that gives counts after a colon: "has revised its count:", "published its findings:".
_GIVEN_COUNT_NOUNS = figure_words.COUNT_RESTATING_NOUNS | {"finding", "statistic", "data"}


def attribute_from_colon_lead(ctx: ExtractContext, draft: Any) -> None:
    """ "The Ministry of Health has revised its count again: 101 people have been injured …",
    "Amnesty published its findings: at least 33 were killed": the clause before a colon gives a
    count (its object is a count, a figure, findings), so the counts after the colon are its
    subject's. A colon after any other clause ("The protest had one aim: …") gives no source."""
    if _sourced(draft):
        return
    num = draft.chain_start
    sent = num.sent
    colon = next((t for t in sent if t.text == ":" and t.i < num.i), None)
    if colon is None:
        return
    for verb in sent.doc[sent.start : colon.i]:
        if verb.pos_ != "VERB" or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _GIVEN_COUNT_NOUNS for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and _may_speak(ctx, subject):
            _add(draft, "asserted", source_span(ctx, subject))
            return


#: Words by which a sentence points at what comes after it: "The following figures were published
#: by X", "the numbers below", "were as follows:".
_FORWARD_WORDS = frozenset({"following", "below", "follows"})


def _table_row(line: str) -> bool:
    """Whether *line* is a row of a table: two cells or more, split by "|" or a tab."""
    cells = [c for c in re.split(r"[|\t]", line) if c.strip()]
    return len(cells) >= 2 and ("|" in line or "\t" in line)


def _lead_in_sources(ctx: ExtractContext, line_start: int) -> list[tuple[str, SpanT]]:
    """Who gives the counts of a table, as the sentence ending on the line before it says, when that
    sentence points forward ("The following figures were published by X on 29 January.[44]",
    "According to X, the casualties by region were as follows:"): the count noun's giver, else the
    one it cites."""
    doc = ctx.doc
    text = ctx.text
    end = len(text[:line_start].rstrip())
    while end > 0 and text[end - 1] == "]":  # a footnote mark after the sentence
        opening = text.rfind("[", max(0, end - 6), end)
        if opening < 0:
            break
        end = len(text[:opening].rstrip())
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    sent = span[0].sent
    if not (any(t.lower_ in _FORWARD_WORDS for t in sent) or text[:end].endswith(":")):
        return []
    out: list[tuple[str, SpanT]] = []
    counts = figure_words.GENERIC_ANAPHORS | figure_words.TOTAL_NOUNS | figure_words.REPORT_NOUNS
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in counts:
            for role, found in _later_roles(ctx, tok, False):
                if found is not None and (role, found) not in out:
                    out.append((role, found))
    if out:
        return out
    for tok in sent:
        found = _source_if_it_speaks(ctx, _cited(tok))
        if found is not None:
            return [("asserted", found)]
    # "The Coastal Rights Centre reported:", "X said on Monday:": the lead-in's verb of saying has
    # the rows or items for its words, and its speaker gives them
    root = sent.root
    if root.pos_ in {"VERB", "AUX"} and _role(root) == "asserted":
        found = _source_if_it_speaks(ctx, _speaker(root))
        if found is not None:
            return [("asserted", found)]
    return []


def _runs_of_lines(text: str, member: Callable[[str], bool], *, blanks_inside: bool) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of lines of *text* that *member* accepts (a table's rows, a
    list's items), in one pass; with *blanks_inside* a blank line does not end a run."""
    runs: list[tuple[int, int]] = []
    pos, start, last = 0, -1, 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        inside = member(line)
        if inside and start < 0:
            start = pos
        if inside:
            last = end
        if start >= 0 and ((not inside and (line.strip() or not blanks_inside)) or end == len(text)):
            runs.append((start, last))
            start = -1
        pos = end + 1
    return runs


def _sourced_runs(
    ctx: ExtractContext, runs: list[tuple[int, int]]
) -> list[tuple[int, int, list[tuple[str, SpanT]]]]:
    """The *runs* whose lead-in line names who gives their counts, with those sources."""
    out = []
    for start, end in runs:
        sources = _lead_in_sources(ctx, start)
        if sources:
            out.append((start, end, sources))
    return out


def _table_lead_ins(ctx: ExtractContext) -> list[tuple[int, int, list[tuple[str, SpanT]]]]:
    """``(start, end, sources)`` of each table of the text whose lead-in sentence names who gives
    its counts, read in one pass over the lines (once per article)."""

    def build() -> list[tuple[int, int, list[tuple[str, SpanT]]]]:
        return _sourced_runs(ctx, _runs_of_lines(ctx.text, _table_row, blanks_inside=False))

    return memo(ctx, "table_lead_ins", ctx.text, build)


#: A list item's marker opening a line: a bullet or dash, or an item number or letter with "." or
#: ")" ("1.", "2)", "a)", "(b)"), then a space and the item's words.
_LIST_MARKER = re.compile(r"[ \t]*(?:[-•*–—·▪●◦‣]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+\S")


def _list_lead_ins(ctx: ExtractContext) -> list[tuple[int, int, list[tuple[str, SpanT]]]]:
    """``(start, end, sources)`` of each bulleted or numbered list whose lead-in line names who gives
    its counts, read in one pass over the lines (once per article). Blank lines may stand between
    the lead-in and the list and between items; any other line ends the list."""

    def build() -> list[tuple[int, int, list[tuple[str, SpanT]]]]:
        items = _runs_of_lines(ctx.text, lambda line: bool(_LIST_MARKER.match(line)), blanks_inside=True)
        return _sourced_runs(ctx, items)

    return memo(ctx, "list_lead_ins", ctx.text, build)


def attribute_from_list_lead_in(ctx: ExtractContext, draft: Any) -> None:
    """A count in a list's item, with no source of its own, is given by whom the line leading into
    the list names: "The Coastal Rights Centre reported:" or "According to X:" above "- At least 14
    protesters were killed …" items. Only a lead-in that points forward ("the following", "below",
    "as follows", a closing colon) on the last line before the list (:func:`_lead_in_sources`)."""
    if _sourced(draft):
        return
    for start, end, sources in _list_lead_ins(ctx):
        if start <= draft.start <= end:
            for role, span in sources:
                _add(draft, role, span)
            return


def attribute_from_table_lead_in(ctx: ExtractContext, draft: Any) -> None:
    """A count in a table's cell, with no source of its own, is given by whom the sentence leading
    into the table names: "The following figures were published by the Prosecutor General's Office
    on 29 January." above "Region | Killed | Injured" rows. Only a lead-in that points forward
    ("the following", "below", "as follows", a closing colon) on the last line before the table."""
    if _sourced(draft):
        return
    for start, end, sources in _table_lead_ins(ctx):
        if start <= draft.start <= end:
            for role, span in sources:
                _add(draft, role, span)
            return


def attribute_people_to_their_body(ctx: ExtractContext, draft: Any) -> None:
    """People of a body the article named before speak for it: "The group's lawyers said 50 were
    injured", "according to the centre's monitors" after "the rights centre Viasna" are Viasna's
    counts. A reader cites the body; "group's lawyers" names no one.

    Only an owner that is a description of a body ("the group", "the centre") or "its"/"their",
    resolved to a named organisation; a named owner ("Viasna's lawyers") already names it.
    """
    for role in ("asserted", "confirmed", "disputed"):
        spans: list[SpanT] = []
        for span in draft.sources[role]:
            body = _body_of_its_people(ctx, span)
            if body not in spans:
                spans.append(body)
        draft.sources[role] = spans


def _body_of_its_people(ctx: ExtractContext, span: SpanT) -> SpanT:
    """The named organisation whose people *span* names ("the group's lawyers"), else *span*."""
    head = _head_of(ctx, span)
    if head is None:
        return span
    lemma = head.lemma_.lower()
    if not (is_person_noun(lemma) or lemma in figure_words.STAFF_NOUNS):
        return span
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or head.pos_ != "NOUN":
        return span
    if owner.pos_ == "PRON":
        if owner.lower_ not in {"its", "their"}:
            return span
    elif owner.pos_ != "NOUN" or not _people_or_organisation(owner.lemma_.lower()):
        return span
    found = antecedent(ctx.entities, owner)
    entity = ctx.entities.at(*found) if found is not None else None
    return found if found is not None and entity is not None and entity.type == "ORG" else span


def attribute_to_document_issuer(ctx: ExtractContext, draft: Any) -> None:
    """A count nobody is named for, in a document whose head names the body that issued it (a
    ministry's statement, an NGO's bulletin), is that body's: "107 persons were administratively
    detained" in "Ministry of Internal Affairs of Georgia: Statement on …". Not inside a quote or
    an embedded post, whose words are someone else's."""
    if _sourced(draft):
        return
    if _quoted(ctx, draft.start) or any(p.start <= draft.start < p.end for p in ctx.embedded):
        return
    _add(draft, "asserted", document_issuer(ctx))


def attribute_to_piece_writer(ctx: ExtractContext, draft: Any) -> None:
    """A count nobody is named for, in a letter or an opinion piece whose writer the text names (a
    sign-off, an author's note) and who says "I" there, is the writer's. Read last: a running
    total's keeper ("the list had grown to 169" after "Viasna recognised 25") still gives it."""
    if _sourced(draft):
        return
    if _quoted(ctx, draft.start) or any(p.start <= draft.start < p.end for p in ctx.embedded):
        return
    _add(draft, "asserted", piece_writer(ctx, draft.start, lambda at: _quoted(ctx, at)))


def _named_writer(ctx: ExtractContext, pos: int) -> SpanT | None:
    """Who the text names as the writer of the words at *pos*: the person whose sign-off closes the
    letter, or whose author's note heads or ends the opinion piece, around it (when they speak as
    "I" there); else the body the document's head names as its issuer."""
    return piece_writer(ctx, pos, lambda at: _quoted(ctx, at)) or document_issuer(ctx)


def _counts_on(sent: Span) -> bool:
    """Whether *sent* goes on with the tally of the sentence before: a part of its count ("Of
    those, …"), or a subject that is a count with no noun of its own ("More than 7,700 have been
    injured"), a partitive pronoun, or counted events ("Deaths in the attacks rose from 88 to 388").
    "Among them were 4 women" takes its part from the count before as "Of them" does."""
    return any(_partitive(t) for t in sent) or _subject_counts_on(sent) or _demonstrative_subject(sent)


def _demonstrative_subject(sent: Span) -> bool:
    """Whether *sent* speaks of the sentence before through a demonstrative subject: "This is a
    sharp increase compared with 2024, when 1,303 killings were recorded", "That compares with 120
    in February". (The demonstrative alone: "This week 40 were held" dates, it points at nothing.)"""
    subj = subject(sent.root, {"nsubj"})
    return subj is not None and subj.lower_ in {"this", "that"} and not subj.n_lefts and not subj.n_rights


def _partitive(tok: Token) -> bool:
    """Whether *tok* is the pronoun of a part of a count: "of those", "among them"."""
    return tok.lower_ in figure_words.PARTITIVE_PRONOUNS and tok.head.lower_ in {"of", "among"}


def _subject_counts_on(sent: Span) -> bool:
    """Whether the subject of *sent* is a count or counted events (see :func:`_counts_on`)."""
    subj = subject(sent.root, {"nsubj", "nsubjpass"})
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    counted = lemma in figure_words.NOUN_CATEGORY or lemma in figure_words.TOTAL_NOUNS
    return subj.like_num or lemma in figure_words.PARTITIVE_PRONOUNS or counted or _added_to_tally(subj)


#: Words that add a count to the tally just given: "A further 49 were injured", "Another 12 …",
#: "An additional 60 …", "12 more people …".
_ADDING_WORDS = frozenset({"further", "another", "additional", "more"})


def _added_to_tally(subj: Token) -> bool:
    """Whether the subject *subj* is a count added to the one before: "A further 49 people",
    "Another 49 people", "12 more people" (the adding word on the noun or on its number)."""
    numbers = [c for c in subj.children if c.dep_ == "nummod"]
    if not numbers and not subj.like_num:
        return False
    words = list(subj.children) + [g for n in numbers for g in n.children]
    if subj.like_num:
        words += list(subj.children)
    return any(w.lower_ in _ADDING_WORDS and w.dep_ in {"amod", "det", "quantmod", "advmod"} for w in words)


# -- when and where ---------------------------------------------------------------


def _is_event_date(ctx: ExtractContext, mention: DateMention) -> bool:
    """False for dates of the report ("announced on …"), "since 1979", post signatures."""
    if mention.value is None:
        return False
    text = ctx.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = text[max(line_start, mention.start - 120) : mention.start]
    if _in_signature(ctx, mention.start) or before.lower().strip().endswith("date"):
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    # "since the 1979 revolution": the first preposition above the date sets it apart
    prep = next((a for a in root.ancestors if a.dep_ in {"prep", "mark"}), None)
    if prep is not None and prep.lower_ in {"since", "until", "till", "before"}:
        return False
    for node in root.ancestors:
        lemma = node.lemma_.lower()
        if node.pos_ in {"NOUN", "PROPN"}:
            return lemma not in figure_words.REPORT_NOUNS
        if node.pos_ in {"VERB", "AUX"}:
            return _lemma_role(lemma) is None
    return True


def _sentences_before(doc: Doc, sent: Span, count: int) -> list[Span]:
    out: list[Span] = []
    i = sent.start
    while i > 0 and len(out) < count:
        prev = doc[i - 1].sent
        out.append(prev)
        i = prev.start
    return out


def _clause_level(ctx: ExtractContext, start: int, end: int) -> bool:
    """A date or place of the sentence's own event, not one inside a noun phrase."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for node in span.root.ancestors:
        if node.pos_ in {"VERB", "AUX"}:
            return True
        if node.pos_ in {"NOUN", "PROPN"}:
            return False
    return True


def date_for(ctx: ExtractContext, draft: Any) -> str | None:
    """When the counted thing happened: the nearest event date of the clause, else the context."""
    if not ctx.dates:
        return None
    sent = draft.chain_start.sent
    dates = dates_index(ctx)
    own = [m for m, _, _ in dates.inside((sent.start_char, sent.end_char)) if _is_event_date(ctx, m)]
    if own:
        best = min(own, key=lambda m: abs((m.start + m.end) / 2 - (draft.start + draft.end) / 2))
        return best.value
    for prev in _sentences_before(ctx.doc, sent, _CONTEXT_SENTENCES):
        for m, _, _ in dates.inside((prev.start_char, prev.end_char)):
            if _is_event_date(ctx, m) and _clause_level(ctx, m.start, m.end):
                return m.value
    return None


def _in_signature(ctx: ExtractContext, start: int) -> bool:
    """A post's signature line: "— Iran Freedom (@4FreedominIran) November 1, 2020"."""
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    dash = text.rfind("—", max(line_start, start - 80), start)
    return dash >= 0 and "(@" in text[dash : start + 80]


_NAME_TYPES = frozenset({"ORG", "MEDIA", "PERSON"})


def _describes_an_actor(text: str, end: int) -> bool:
    """A place that opens a hyphenated participle describes who acts, not where:
    "a Norway-based group", "Iran-backed militias", "a Saudi-led coalition"."""
    if text[end : end + 1] not in {"-", "‑"}:
        return False
    word_end = end + 1
    while word_end < len(text) and word_end < end + 20 and text[word_end].isalpha():
        word_end += 1
    return word_end - end > 3 and text[word_end - 2 : word_end] == "ed"


def _place_mentions(ctx: ExtractContext, start: int, end: int, draft: Any) -> list[tuple[int, str]]:
    """Place mentions in ``[start, end)`` that are not part of an organisation or a source."""
    return [(m_start, place_id) for m_start, _, place_id in _place_spans(ctx, start, end, draft)]


def _place_spans(ctx: ExtractContext, start: int, end: int, draft: Any) -> list[tuple[int, int, str]]:
    """:func:`_place_mentions` with each mention's end: ``(start, end, place id)``."""
    sources = [s for spans in draft.sources.values() for s in spans]
    # the place spans indexed once per article, not scanned per figure (quadratic on long articles)
    places = _place_index(ctx)
    out = []
    for place_id, m_start, m_end in places.inside((start, end)):
        if _in_signature(ctx, m_start) or _describes_an_actor(ctx.text, m_end):
            continue
        if any(s <= m_start and m_end <= e and (s, e) != (m_start, m_end) for s, e in sources):
            continue
        if not ctx.entities.inside_mention(m_start, m_end, _NAME_TYPES):
            out.append((m_start, m_end, place_id))
    return out


#: prepositions whose object is where something happened ("in Mombasa", "near the border")
_LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"}
)


def _mention_span(ctx: ExtractContext, start: int, end: int) -> Span | None:
    """The tokens of the place mention ``[start, end)``; None where no token lies in it."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _country_ids(ctx: ExtractContext) -> frozenset[str]:
    """The ids of the article's places that are countries, once per article (read for every count)."""
    ids: frozenset[str] = memo(
        ctx,
        "figure_countries",
        ctx.places,
        lambda: frozenset(p.id for p in ctx.places if p.kind == "country"),
    )
    return ids


def _names_whose(ctx: ExtractContext, start: int, end: int) -> bool:
    """Whether the place mention ``[start, end)`` qualifies a noun after it ("the U.S. embassy",
    "the Myanmar military"): it says whose the thing is, not where it was; a place before the noun
    of its kind ("Borno state", "the Kalat district") names where, as a possessive does."""
    span = _mention_span(ctx, start, end)
    if span is None:
        return False
    root = span.root
    head = root.head
    return (
        root.dep_ in {"compound", "nmod", "amod"}
        and head.i >= span.end
        and head.pos_ in {"NOUN", "PROPN"}
        and head.ent_type_ not in {"GPE", "LOC", "FAC"}
        and head.lemma_.lower() not in figure_words.PLACE_NOUNS
    )


def _names_where(ctx: ExtractContext, start: int, end: int) -> bool:
    """Whether the place mention ``[start, end)`` is the object of a preposition of place ("in
    Kenya", "near Kandahar") or names a place noun's place ("the town of Aungban")."""
    span = _mention_span(ctx, start, end)
    if span is None:
        return False
    tok = span.root
    # "in Kenya and Tanzania", "in Nairobi, Kenya", "in Balochistan province": the preposition's
    # object is the first conjunct, the town the country follows, the noun of the place's kind
    for _ in range(4):
        if tok.dep_ in {"conj", "appos"} or (
            tok.dep_ == "compound" and tok.head.lemma_.lower() in figure_words.PLACE_NOUNS
        ):
            tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in figure_words.PLACE_NOUNS:
        return True
    return prep.lower_ in _LOCATIVE_PREPOSITIONS


def _where_before_whose(ctx: ExtractContext, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The places of *spans* named with a preposition of place ("bombings of two U.S. embassies in
    Kenya") when a country of them only qualifies a noun: the count's place is the embassy's
    country, not its owner's (a user saw one bombing's toll split into two claims, one in the
    owner's country). A city's or a province's name before a noun ("Hanover police") stays
    among them: a local body acts where it is.
    """
    countries = _country_ids(ctx)
    whose = {m for m in spans if m[2] in countries and _names_whose(ctx, m[0], m[1])}
    where = [m for m in spans if m not in whose and _names_where(ctx, m[0], m[1])] if whose else []
    return where or spans


def place_for(ctx: ExtractContext, draft: Any) -> str | None:
    """Where the counted thing happened: the clause, a later reference, else the context."""
    if not ctx.places:
        return None
    sent = draft.chain_start.sent
    own = _where_before_whose(ctx, _place_spans(ctx, sent.start_char, sent.end_char, draft))
    if own:
        return min(own, key=lambda m: abs(m[0] - draft.start))[2]
    for ref in draft.refs:
        found = _place_mentions(ctx, ref.start_char, ref.end_char, draft)
        if found:
            return found[0][1]
    for prev in _sentences_before(ctx.doc, sent, _CONTEXT_SENTENCES):
        found = [
            m
            for m in _place_mentions(ctx, prev.start_char, prev.end_char, draft)
            if _clause_level(ctx, m[0], m[0] + 1)
        ]
        if found:
            return found[0][1]
    return None


# -- one figure per count ---------------------------------------------------------


def _places_agree(places: dict[str, Any], a: str | None, b: str | None) -> bool:
    """Whether two counts' places may be one: either unknown, the same, a country and a place in it,
    or a known place and a site the gazetteer does not know.

    A headline's "Kenya: Police killed 39" and its lede's "NAIROBI - At least 39
    were killed" are one count: the dateline's city lies in the headline's country.
    """
    if a is None or b is None or a == b:
        return True
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None:
        return False
    if (pa.country is None) != (pb.country is None) and "other" in (pa.kind, pb.kind):
        # "12 dead in Conakry" and "12 dead … along the Route du Niger": a street, square or
        # neighbourhood the gazetteer does not know may lie in the town the other names
        return True
    if pa.country is None or pa.country != pb.country:
        return False
    return "country" in (pa.kind, pb.kind)


#: A run of reference marks right after a count or at its sentence's end: "[1][2]", "[12]".
_MARK_RUN = re.compile(r"[+)\]]?((?:\[\d{1,3}\])+)")
_MARK = re.compile(r"\[(\d{1,3})\]")

#: How far after a count its sentence's reference marks may stand (characters).
_MARK_REACH = 200


def _marks_after(text: str, end: int, *, sentence_end: int | None = None) -> list[str]:
    """The reference marks ("1", "2") right after the count ending at *end* ("30–60[1][2]"), or, with
    *sentence_end*, the first run of marks before it (a sentence's "….[113]")."""
    if sentence_end is None:
        found = _MARK_RUN.match(text, end)
        return _MARK.findall(found.group(1)) if found else []
    pos = text.find("[", end, min(sentence_end + 8, end + _MARK_REACH))
    found = _MARK_RUN.match(text, pos) if pos != -1 else None
    return _MARK.findall(found.group(1)) if found else []


def _sources_by_mark(ctx: ExtractContext, groups: list[list[Any]]) -> dict[str, list[str]]:
    """The entities asserting the counts of each reference mark's sentences in the body of a page."""
    out: dict[str, list[str]] = {}
    if "[" not in ctx.text:
        return out
    for group in groups:
        for draft in group:
            if _in_a_row(ctx.text, draft.start) or not draft.sources["asserted"]:
                continue
            sent_end = draft.chain_start.sent.end_char
            for mark in _marks_after(ctx.text, draft.end, sentence_end=sent_end):
                for span in draft.sources["asserted"]:
                    entity = ctx.entities.at(*span)
                    if entity is not None and entity.id not in out.setdefault(mark, []):
                        out[mark].append(entity.id)
    return out


def _same(places: dict[str, Any], a: Any, b: Any) -> bool:
    pa, pb = a.phrase, b.phrase
    # dates are not compared: a repeat often carries the report's date or a
    # month resolved against another year ("November" → 2020-11 for a 2019
    # event), while two places mean two events ("3 killed in Tehran … in Mashhad")
    return (
        (a.category == b.category or {a.category, b.category} == _DEATH_CATEGORIES)
        and pa.value == pb.value
        and pa.value_max == pb.value_max
        # "… killed at least 19 people in Nairobi. … called for the 19 deaths to be investigated":
        # a count taken up again with "the" is the one told before, wherever its sentence is set
        and (_places_agree(places, a.place, b.place) or _definite_restatement(b))
        # "up to 10 dead" and "more than 10 killed" are two claims; "10" restates either
        and (pa.qualifier == pb.qualifier or "exact" in (pa.qualifier, pb.qualifier))
        and not _exact_and_more_than(pa.qualifier, pb.qualifier)
        and not _two_rough_estimates(a, b)
        and pa.vague == pb.vague  # "dozens" is no restatement of "12"
        # "several hundred troops" and "several hundred fighters" count two groups
        and _same_head(a.subject, b.subject)
        # "… left five people dead. … 10 fatalities, including five militants": a part of another
        # sentence's whole restates a count only when both name the same people
        and (not _part_elsewhere(a, b) or _same_named_people(a.subject, b.subject))
        # "The floods destroyed 200 homes. … 200 bridges were swept away": two counts of
        # different things in sentences side by side are two counts
        and not _two_things_side_by_side(a, b)
    )


def _exact_and_more_than(qa: str, qb: str) -> bool:
    """Whether a count given exactly (*qa*, the earlier) is followed by "more than" its value (*qb*):
    "12 were badly hurt … over a dozen injured" cannot both be true of one group, so they are two
    counts. The other way round a restatement drops the hedge ("more than 40 killed … the 40
    deaths"), and "at least 12" includes 12, so either may restate it."""
    return qa == "exact" and qb == "over"


def _two_rough_estimates(a: Any, b: Any) -> bool:
    """Whether two vague counts of one scale are worded differently: "Thousands rally in the north"
    and "several thousand people marched in the port" are two estimates, while "tens of
    thousands" said again restates the crowd."""
    if not (a.phrase.vague and b.phrase.vague):
        return False
    doc = a.anchor.doc
    words_a = [t.lower_ for t in doc[a.phrase.core_start : a.phrase.core_end]]
    words_b = [t.lower_ for t in doc[b.phrase.core_start : b.phrase.core_end]]
    return words_a != words_b


def _counted_noun(draft: Any) -> str | None:
    """The noun a count stands on ("bridge" in "200 bridges were swept away"), lemmatised; None when the
    count stands alone ("Thousands marched") or on no noun."""
    anchor, phrase = draft.anchor, draft.phrase
    if phrase.start <= anchor.i < phrase.end or anchor.pos_ not in ("NOUN", "PROPN"):
        return None
    return anchor.lemma_.lower()


#: Verbs that carry no event of their own, left out when two sentences are compared.
_LIGHT_VERBS = frozenset({"be", "have", "do", "say", "tell", "report"})


def _event_verbs(sent: Span) -> set[str]:
    """The lemmas of a sentence's verbs, light and reporting verbs left out."""
    return {t.lemma_.lower() for t in sent if t.pos_ == "VERB"} - _LIGHT_VERBS


def _two_things_side_by_side(a: Any, b: Any) -> bool:
    """Whether two counts of things (category ``other``) of the same value are two counts: they
    stand in sentences side by side, count different nouns (neither "people"), the later is not
    taken up with "the", and their sentences share no verb of an event.

    "The floods destroyed 200 homes. … 200 bridges were swept away" are two counts; "… had
    destroyed 200 houses overnight" restates the homes (the same verb), as "the 200 buildings"
    would (the determiner).
    """
    if a.category != "other" or b.category != "other" or _definite_restatement(b):
        return False
    noun_a, noun_b = _counted_noun(a), _counted_noun(b)
    if noun_a is None or noun_b is None or noun_a == noun_b or _GENERIC_PEOPLE & {noun_a, noun_b}:
        return False
    sent_a, sent_b = sorted((a.chain_start.sent, b.chain_start.sent), key=lambda s: s.start)
    if sent_a == sent_b or sent_b.start != sent_a.end:
        return False
    return not (_event_verbs(sent_a) & _event_verbs(sent_b))


#: Words a part of a whole is listed after: "10 fatalities, including five militants".
_PART_OPENERS = frozenset({"including", "among"})


def _part_elsewhere(a: Any, b: Any) -> bool:
    """Whether one of two counts of different sentences is a part listed after "including" or
    "among" (before its hedge: "including at least five …")."""
    if a.chain_start.sent == b.chain_start.sent:
        return False
    doc = a.chain_start.doc
    return any(d.phrase.start > 0 and doc[d.phrase.start - 1].lower_ in _PART_OPENERS for d in (a, b))


def _same_named_people(a: str | None, b: str | None) -> bool:
    """Whether two counted subjects are known and name the same people ("people" names none)."""
    if not a or not b:
        return False
    head_a, head_b = _subject_head(a), _subject_head(b)
    return head_a == head_b and head_a not in _GENERIC_PEOPLE


#: Determiners that take a count up again: "the 19 deaths", "these four deaths".
_DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})


def _definite_restatement(draft: Any) -> bool:
    """Whether the count is taken up again with a definite determiner right before its bare number
    ("the 19 deaths", "these four deaths"; not "the more than 19 deaths", a hedged new claim)."""
    phrase = draft.phrase
    doc = draft.chain_start.doc
    return (
        phrase.start == phrase.core_start
        and phrase.start > 0
        and doc[phrase.start - 1].lower_ in _DEFINITE_DETERMINERS
    )


#: Categories one count of the dead may be given under: "death toll reaches 77" in a headline,
#: "at least 77 people have been killed" in the lead. The merged figure keeps the narrower.
_DEATH_CATEGORIES = frozenset({"deaths", "killed"})

#: Counted heads that say only that people are counted (compared without a final "s").
_GENERIC_PEOPLE = frozenset({"people", "person", "individual"})


def _subject_head(subject: str) -> str:
    """The last word of a counted subject, lower-cased, its plural folded ("Protesters" -> "protester")."""
    return subject.split()[-1].lower().rstrip("s")


def _same_head(a: str | None, b: str | None) -> bool:
    """Whether two counted subjects may be one: either unknown, or the same last word (plural folded)."""
    if not a or not b:
        return True
    head_a, head_b = _subject_head(a), _subject_head(b)
    # "150 rioters" in a headline and "150 people" in its lede: "people" names no group of its own
    return head_a == head_b or _GENERIC_PEOPLE & {head_a, head_b} != set()


#: Words that make a count one added to another: "7 more", "another 7", "a further 7".
_INCREMENT_WORDS = frozenset({"more", "another", "further", "additional"})


def _an_increment(doc: Doc, draft: Any) -> bool:
    """Whether the count is one added to an earlier one ("7 more people were killed", "another 7"):
    a new count, never a restatement of the same number told before."""
    phrase = draft.phrase
    lo, hi = max(phrase.start - 1, 0), min(phrase.end + 1, len(doc))
    return any(
        t.lower_ in _INCREMENT_WORDS and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
        for t in doc[lo:hi]  # the words of the count and one on each side; not "more than 7"
    )


def merge_figures(ctx: ExtractContext, drafts: list[Any]) -> list[Figure]:
    """One :class:`Figure` per count: repeats merge into the first mention, sources united."""
    groups: list[list[Any]] = []
    places = {p.id: p for p in ctx.places}
    group_of: dict[int, list[Any]] = {}  # a draft's id() → its group, for counts named again
    for draft in drafts:
        told = getattr(draft, "restates", None)
        group = group_of.get(id(told)) if told is not None else None
        if group is None:
            group = (
                None
                if _an_increment(ctx.doc, draft)
                else next((g for g in groups if _same(places, g[0], draft)), None)
            )
        if group is None:
            group = [draft]
            groups.append(group)
        else:
            group.append(draft)
        group_of[id(draft)] = group
    figures = []
    text = ctx.text
    cited_by_mark = _sources_by_mark(ctx, groups)
    for n, group in enumerate(groups, 1):
        first = group[0]
        ids: dict[str, list[str]] = {"asserted": [], "confirmed": [], "disputed": []}
        for draft in group:
            for role, spans in draft.sources.items():
                for span in spans:
                    entity = ctx.entities.at(*span)
                    if entity is not None and entity.id not in ids[role]:
                        ids[role].append(entity.id)
        if not ids["asserted"] and _in_a_row(text, first.start):
            # "Deaths: 30–60[1][2]" in an infobox: the body's sentences marked [1] and [2] name them
            for mark in _marks_after(text, first.end):
                ids["asserted"] += [e for e in cited_by_mark.get(mark, ()) if e not in ids["asserted"]]
        # "The group said it had confirmed the deaths": a source does not confirm its own figure
        ids["confirmed"] = [e for e in ids["confirmed"] if e not in ids["asserted"]]
        # "Amnesty, which documented 208 deaths, said the real toll was higher": nor disputes it
        ids["disputed"] = [e for e in ids["disputed"] if e not in ids["asserted"]]
        figures.append(
            Figure(
                id=f"f{n}",
                value=first.phrase.value,
                value_max=first.phrase.value_max,
                # "Toll reaches 77" restated as "at least 77": the qualified mention says more
                qualifier=next((d.phrase.qualifier for d in group if d.phrase.qualifier != "exact"), "exact"),
                category=min((d.category for d in group), key=figure_words.CATEGORY_PRIORITY.index),
                subject=next((d.subject for d in group if d.subject), None),
                start=first.start,
                end=first.end,
                text=text[first.start : first.end],
                asserted_by=ids["asserted"],
                confirmed_by=ids["confirmed"],
                disputed_by=ids["disputed"],
                date=next((d.date for d in group if d.date), None),
                place=next((d.place for d in group if d.place), None),
                negated=first.negated,
                mentions=[(d.start, d.end) for d in group],
                evidence=first.evidence,
            )
        )
    return figures
