"""Transcript turns and interview answers that no quote marks and no verb of saying introduce.

Broadcast and podcast transcripts label each turn with the speaker's name in
capitals ("FATIMA DIALLO: We counted …", "MINISTER RONDA (recorded): …"); the
small tagger reads such words as common nouns or verbs, so the label is read
here by its letters, and the name is looked up in the prose that introduced
the speaker, where the tagger reads it well.

Printed interviews ask under a label ("Q:", the outlet's name) and answer in
paragraphs without one: each answer is the interviewee's, the person the
article named before the questions began, never the reporter named beside
them ("spoke to our correspondent X").

Everything here looks at a paragraph's first few dozen characters or at a
bounded stretch before it: linear in the length of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tally.extract.context import doc_text
from tally.extract.quotes import cues as quote_cues
from tally.extract.quotes import words as quote_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from tally.extract.quotes.marks import Marks

#: A paragraph's label: up to four words before a colon, with a role or an outlet in
#: brackets ("KADIATOU BAH (mother):", "QUESTION (Radio Horizonte):", "Nile Courier:").
_LABEL = re.compile(
    r"[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]"
)

#: How far into a paragraph a label's colon may stand.
LABEL_CHARS = 80

#: How far before a capitals label the prose may name its speaker.
NAME_REACH = 6000


def paragraph_label(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The words of the label opening the paragraph ``[lo, hi)``, where they start and where its
    colon stands."""
    found = _LABEL.match(text, lo, min(hi, lo + LABEL_CHARS))
    if found is None:
        return None
    return found.group(1), found.start(1), text.rindex(":", found.start(), found.end())


def is_capitals(label: str) -> bool:
    """Whether a label is written in capitals ("SAMUEL OFORI", "MINISTER MACUÁCUA")."""
    letters = label.replace(" ", "").replace("\t", "")
    return len(letters) >= 2 and letters.isupper()


def asks(label: str) -> bool:
    """A label that marks a question rather than a speaker: "QUESTION (DW):", "Q:"."""
    return label.lower() in quote_words.QUESTION_LABELS


def capitals_turns(text: str, paras: list[tuple[int, int]]) -> dict[int, tuple[str, int, int]]:
    """The paragraphs of a transcript whose turns are labelled in capitals, by paragraph number.

    One capitals label is a heading ("BREAKING: …"); a transcript has at least
    two turns so labelled, and only then are its labels read as speakers.
    """
    found = {}
    for n, (lo, hi) in enumerate(paras):
        label = paragraph_label(text, lo, hi)
        if label is not None and is_capitals(label[0]):
            found[n] = label
    return found if len(found) >= 2 else {}


def speaks_in_turn(
    text: str,
    paras: list[tuple[int, int]],
    turns: dict[int, tuple[str, int, int]],
    counts: Counter[str],
    n: int,
) -> bool:
    """Whether the capitals label of paragraph *n*, which the prose names nowhere, is a speaker's.

    A transcript's speaker speaks more than once, or answers the question of
    the turn just before ("PRESENTER: Were you there?¶SAID HASSAN: …"); a
    factbox's headings ("KEY FACTS:", "DEATH TOLL:") do neither. *counts*
    holds how many turns each label opens.
    """
    if counts[turns[n][0]] >= 2:
        return True
    return n - 1 in turns and text[paras[n - 1][0] : paras[n - 1][1]].rstrip().endswith("?")


def named_before(doc: Doc, label: str, lo: int, *, strict: bool = False) -> Token | None:
    """The word of the prose before *lo* that names the person a label names.

    "IBRAHIMA SOW:" or "SOW:" after "… talks to Ibrahima Sow, a nurse": the
    label's last word (the surname), found regardless of case, where the
    tagger reads it as part of a person's name (*strict*: tagged as a person,
    not only as a proper noun). A role ("PRESENTER:") is the person the prose
    names right after it ("presenter Thabo Nkosi"). Another capitals label is
    not prose and is skipped.
    """
    text = doc_text(doc)
    last = label.split()[-1]
    pattern = re.compile(r"\b" + re.escape(last) + r"\b", re.IGNORECASE)
    best = None
    for found in pattern.finditer(text, max(0, lo - NAME_REACH), lo):
        if found.group().isupper() and len(found.group()) > 1:
            continue
        span = doc.char_span(found.start(), found.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and not strict):
            best = tok
        elif tok.lower_ in quote_words.INTERVIEWER_NOUNS:
            j = tok.i + 1
            while j < len(doc) and _name_word(doc[j]):
                j += 1
            if j > tok.i + 1:
                best = doc[j - 1]
    return best


def may_name_itself(doc: Doc, label: str) -> bool:
    """Whether a capitals label the prose names nowhere can be a speaker's own name.

    "ABDOULAYE KEITA:" is a name of two words or more; "PRESENTER:",
    "UPDATE:", "READ MORE:" are roles, notes and links, not names.
    """
    words = label.split()
    return len(words) >= 2 and not any(
        doc.vocab[w.lower()].is_stop or w.lower() in quote_words.HEADING_LABELS for w in words
    )


def first_person(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph ``[lo, hi)`` speaks in the first person (:func:`_first_person`)."""
    return _first_person(text, lo, hi)


def _first_person(text: str, lo: int, hi: int) -> bool:
    """The paragraph speaks in the first person: an answer going on, not the reporter's prose."""
    return _FIRST_PERSON.search(text, lo, hi) is not None


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")

#: How many paragraphs one answer may run to after a question.
ANSWER_RUN = 3


def unlabelled_answers(
    text: str, paras: list[tuple[int, int]], is_person_label: Callable[[str, int], bool]
) -> tuple[dict[int, int], set[int]]:
    """The answers of an interview whose questions alone carry a label.

    "Nile Courier: Where were you …?¶I was in the clinic tent …": a label
    that opens two or more paragraphs, each followed by a paragraph without a
    label, and asks at least once, is the interviewer's when most of the
    paragraphs after its questions speak in the first person (an explainer's
    questions are answered by the reporter). The paragraph after
    each question answers it, and so do the next ones while they speak in the
    first person. Returns the answers (paragraph number to the number of the
    interview's first question) and the question paragraphs that quote no one
    (the outlet's or "Q:", not a host named as a person).
    """
    labels = [paragraph_label(text, lo, hi) for lo, hi in paras]
    by_name: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        if label is not None:
            by_name.setdefault(label[0], []).append(n)
    answers: dict[int, int] = {}
    questions: set[int] = set()
    for name, turns in by_name.items():
        if len(turns) < 2 or not all(n + 1 < len(paras) and labels[n + 1] is None for n in turns):
            continue
        if not any(text[paras[n][0] : paras[n][1]].rstrip().endswith("?") for n in turns):
            continue
        if 2 * sum(_first_person(text, *paras[n + 1]) for n in turns) < len(turns):
            continue  # an explainer's questions, answered by the reporter in the third person
        first = turns[0]
        for n in turns:
            k = n + 1
            while k < len(paras) and labels[k] is None and k - n <= ANSWER_RUN:
                if k > n + 1 and not _first_person(text, *paras[k]):
                    break
                answers[k] = first
                k += 1
        if not is_person_label(name, paras[first][0]):
            questions.update(turns)
    return answers, questions


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name, the tagger's person or a proper noun it put in no entity
    or in an organisation ("presenter Thabo Nkosi" tagged as one)."""
    return tok.text[:1].isupper() and (
        tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ in {"", "ORG"})
    )


def host_turns(doc: Doc, paras: list[tuple[int, int]]) -> dict[int, tuple[str, int, int, Token | None]]:
    """The turns of a broadcast's host, by paragraph: label, where it starts, its colon, the host.

    "Presenter: Good evening. …" or "Nkosi: Where are you this morning?" after
    "presenter Thabo Nkosi speaks to …": a label that is a host's role, or the
    name of the person the article introduced as the one who asks. A host
    speaks more than once, so the label must open two paragraphs or more.
    The role alone ("Presenter") is the speaker when the host has no name.
    """
    text = doc_text(doc)
    labels = {n: paragraph_label(text, lo, hi) for n, (lo, hi) in enumerate(paras)}
    counts = Counter(label[0] for label in labels.values() if label is not None)
    found: dict[int, tuple[str, int, int, Token | None]] = {}
    for n, label in labels.items():
        if label is None or counts[label[0]] < 2 or is_capitals(label[0]):
            continue
        name, at, colon = label
        tok = named_before(doc, name, paras[n][0])
        if name.lower() in quote_words.HOST_NOUNS or tok is not None and interviewer(tok):
            found[n] = (name, at, colon, tok)
    return found


def interviewer(tok: Token) -> bool:
    """A person named as the one who asks: "our correspondent X", "our correspondent, X", "X, our
    reporter,", "presenter X"."""
    doc = tok.doc
    i = tok.i
    while i > 0 and _name_word(doc[i - 1]):
        i -= 1
    j = tok.i + 1
    while j < len(doc) and _name_word(doc[j]):
        j += 1
    k = i - 2 if i >= 2 and doc[i - 1].text == "," else i - 1
    if k >= 0 and _asker(doc[k]):
        return True  # "our correspondent X", "our Santiago correspondent, X", "presenter X"
    root = doc[j - 1]
    if root.dep_ in {"appos", "compound"} and _asker(root.head):
        return True
    return j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "our" and _asker(doc[j + 2])


def _asker(noun: Token) -> bool:
    """A noun for the one who asks: a host ("presenter"), or the outlet's own reporter ("our
    correspondent"); "Reuters reporter X" or "detained journalist X" may well be interviewed."""
    word = noun.lower_
    if word in quote_words.HOST_NOUNS:
        return True
    if word not in quote_words.INTERVIEWER_NOUNS:
        return False
    doc = noun.doc
    return any(t.lower_ == "our" for t in doc[max(0, noun.i - 3) : noun.i])


def answering_person(people: list[Token]) -> Token | None:
    """Of the people an interview's introduction names, the one it is about: the last whose name
    is a clause's subject ("X, a teacher who runs a shelter in Y's Z district, was held …": X, not
    the name inside the description), else the last named."""
    for t in reversed(people):
        head = t
        while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
            head = head.head
        if head.dep_ in {"nsubj", "nsubjpass"} or (
            head.dep_ == "appos" and head.head.dep_ in {"nsubj", "nsubjpass"}
        ):
            return head
    return people[-1] if people else None


def interviewee(
    doc: Doc,
    paras: list[tuple[int, int]],
    first: int,
    marks: Marks,
    is_person: Callable[[Token], bool],
    reach: int,
    skip: Callable[[int], bool] = lambda _n: False,
) -> Token | None:
    """The last person named outside quote marks before paragraph *first*, the one who answers.

    The reporter named beside them ("spoke to our correspondent X") asks, and
    paragraphs *skip* says belong to the interview itself are passed over.
    """
    k = first - 1
    while k >= 0 and first - k <= reach:
        lo, hi = paras[k]
        k -= 1
        if skip(k + 1):
            continue
        people = [
            t
            for t in quote_cues.tokens_between(doc, lo, hi)
            if t.pos_ == "PROPN"
            and is_person(t)
            and marks.containing(t.idx) is None
            and not interviewer(t)
            and not (t.text.isupper() and len(t.text) > 1)  # "KHARTOUM —": a dateline
        ]
        if people:
            return answering_person(people)
    return None
