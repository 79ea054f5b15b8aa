"""The one asked is the one who answers.

"When I asked a constable why we were held, he told me: “…”", "A member asked Mr Berger why
the square was closed. The diplomat replied that it was “…”": a reported question names its
addressee, and the reply that follows is theirs. Without this, the pronoun or the description
that answers went to whoever the sentences before made the last speaker or subject: the one who
asked (the question itself is recorded as the asker's words), or a name or a place inside the
question.

Only a reply in the question's own sentence or the sentence right after it, and only one told
as a reply: a verb of replying ("replied", "answered", ``reply_verbs``) or "told" with a pronoun
for its hearer ("he told me"). A plain "he said" after a question may go on with the asker, and
stays with the ordinary rules of :mod:`.speakers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.quotes import cues as quote_cues
from tally.extract.quotes import words as quote_words
from tally.lexicons import is_person_noun

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: The words that open a reported question right after its addressee: "asked X why …".
QUESTION_WORDS = frozenset({"why", "what", "whether", "if", "how", "when", "where", "who", "which"})

#: The hearer of "told" in a reply to the asker: "he told me", "she told them".
_HEARERS = frozenset({"me", "us", "him", "her", "them"})

#: The pronouns that may answer: the one asked is a person or a group of people.
SINGULAR, _PLURAL = frozenset({"he", "she"}), frozenset({"they"})


def asked_one(subject: Token, cue: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The addressee of the question a reply answers, when *subject* is the reply's pronoun or
    definite description ("he", "the diplomat"); ``None`` otherwise.

    :param subject: the subject of the cue, as the cue rules found it.
    :param cue: the verb of saying that cues the quote.
    :param quoted: whether a character offset is inside quoted speech.
    """
    if subject.head.i != cue.i or subject.dep_ != "nsubj" or not _replying(cue):
        return None
    low = subject.lower_
    described = (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and is_person_noun(subject.lemma_.lower())
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    )
    if low not in SINGULAR | _PLURAL and not described:
        return None
    found = _addressee_before(subject, quoted)
    if found is None or not _told_to_the_asker(cue, found[0]):
        return None
    asked = found[1]
    plural = asked.tag_ in {"NNS", "NNPS"}
    if (low in _PLURAL) != plural or (described and plural):
        return None
    return asked


def _replying(cue: Token) -> bool:
    """A verb of replying, or "told" with a pronoun for its hearer ("he told me")."""
    lemma = cue.lemma_.lower()
    if lemma in quote_words.REPLY_VERBS:
        return True
    return lemma == "tell" and any(
        c.dep_ in {"dobj", "dative"} and c.lower_ in _HEARERS for c in cue.children
    )


def _told_to_the_asker(cue: Token, ask: Token) -> bool:
    """Whether the hearer of "told" is the one who asked: "When I asked …, he told me", not "My
    sister asked a guard …. She told me" (the sister tells, the guard is no one's answer here).
    A verb of replying answers the question whoever hears it."""
    if cue.lemma_.lower() != "tell":
        return True
    asker = next((c for c in ask.children if c.dep_ == "nsubj"), None)
    first = asker is not None and asker.lower_ in {"i", "we"}
    return any(
        c.dep_ in {"dobj", "dative"} and (c.lower_ in {"me", "us"}) == first and c.lower_ in _HEARERS
        for c in cue.children
    )


def _addressee_before(subject: Token, quoted: Callable[[int], bool]) -> tuple[Token, Token] | None:
    """The verb of asking and the person it last asked a question, in *subject*'s sentence before
    it or in the sentence before: the object of a verb of asking followed by a question word
    ("asked X why")."""
    doc = subject.doc
    sent = subject.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(subject.i - 1, lo - 1, -1):
        verb = doc[k]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in quote_cues.ASKED_VERBS or quoted(verb.idx):
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.i < verb.i:
                continue
            if not _question_after(obj):
                continue
            if obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and is_person_noun(obj.lemma_.lower())):
                return verb, obj
        return None  # the nearest verb of asking decides: a question to no person answers nothing here
    return None


#: How many words of the addressee's own phrase may stand before the question ("asked a constable on
#: Elm Avenue why").
ADDRESSEE_WORDS = 8


def _question_after(obj: Token) -> bool:
    """Whether a question word follows the addressee's phrase: "asked Mr Berger why", "asked a
    constable on Elm Avenue what" (the parser may hang the question on the noun as its clause)."""
    doc = obj.doc
    for k in range(obj.i + 1, min(len(doc), obj.i + 1 + ADDRESSEE_WORDS)):
        tok = doc[k]
        if tok.lower_ in QUESTION_WORDS:
            return True
        if tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
            return False
    return False
