"""A four-digit number after "to" that is the year a span of time reaches (round 56)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.dates import words as date_words

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_year_reached(sp: Token | None) -> bool:
    """ "his record dates to 1987", "dating back to 1962", "postponed the census to 2027".

    A number after "to" is a count a number rose or fell to ("the toll rose to 2017"), unless
    "to" hangs from a verb that dates something or moves it in time (``reach_verbs.txt``, the
    verbs of ``change_verbs.txt``) or from "back" ("goes back to 1921"): then it is the year
    the span reaches.
    """
    if sp is None or sp.head.lower_ != "to" or sp.head.i != sp.i - 1:
        return False
    lemma = sp.head.head.lemma_.lower()
    return lemma == "back" or lemma in date_words.REACH_VERBS or lemma in date_words.CHANGE_VERBS
