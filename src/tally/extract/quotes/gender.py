"""The grammatical gender of people, learnt from the article itself.

"He said" after a quote by a woman and a man named in the same paragraph
should go to the man. No list of first names is used (names do not have a
gender, and such lists fail on names from outside the lists). The article
says it:

- a title before the name: "Mr. Obama" (he), "Mrs. Clinton", "Ms. Lynch" (she);
- a gendered noun in the same phrase: "spokeswoman Jane Doe", "Jane Doe, his
  wife" (she); "spokesman", "congressman" (he);
- a pronoun that is the subject or possessor right after one person was
  named, in the same sentence or the next one, when that person is the only
  one named there: "Ana Diaz arrived late. She said …"; not after quoted
  words in its sentence ("“…,” she said" is the quote's speaker), nor after
  an unnamed person who is a subject there ("The brother of a man shot in
  Sadra said agents summoned his father": his is the brother's).

Titles and nouns count more than pronouns; an entity with evidence both ways
and no clear majority (1.5 to 1) stays unknown, and unknown is compatible with both.

Only when the article says nothing either way does the first name decide,
from coreferee's lists of names given to one gender only
(:func:`tally.lexicons.first_name_gender`): "Kevin Smith" is not "she". A
name on both lists, a lone surname or a name on neither stays unknown.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from tally.extract.context import sentence_bounds, token_deps, token_lowers, token_pos, token_starts
from tally.extract.quotes import words as quote_words
from tally.lexicons import FEMALE, MALE, PRONOUN_GENDER, given_name_gender, is_person_noun

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from tally.extract.entities.extractor import EntityIndex
    from tally.records import Entity


quote_words.TITLE_GENDER.update({"miss": FEMALE, "sir": MALE, "madam": FEMALE, "lady": FEMALE})


#: Weight of a title or a gendered noun against one pronoun.
STRONG = 3

#: Dependency labels of a pronoun that refers back to the topic person.
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _only(names: set[str]) -> str | None:
    return next(iter(names)) if len(names) == 1 else None


class Genders:
    """Gender evidence per entity of one article; ``of(entity)`` is ``"m"``, ``"f"`` or None."""

    def __init__(self, doc: Doc, index: EntityIndex, quoted: Callable[[int], bool]) -> None:
        mentions = sorted(
            (s, e, ent.name) for ent in index.entities if ent.type == "PERSON" for s, e in ent.mentions
        )
        self._starts = [m[0] for m in mentions]
        self._mentions = mentions
        self._votes: dict[str, dict[str, int]] = {}
        self._collect(doc, quoted)

    def _entity_at(self, offset: int) -> str | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self._mentions[k][0] <= offset < self._mentions[k][1]:
            return self._mentions[k][2]
        return None

    def _vote(self, name: str, gender: str, weight: int) -> None:
        votes = self._votes.setdefault(name, {MALE: 0, FEMALE: 0})
        votes[gender] += weight

    def _collect(self, doc: Doc, quoted: Callable[[int], bool]) -> None:
        """Vote for each person's gender, sentence by sentence, over the token indices.

        The tokens' offsets, relations, word classes and lower forms are read from
        the lists kept per Doc (:mod:`tally.extract.context`): spaCy makes a new
        Token for every token walked, and all but a few stop at these tests.
        """
        before: str | None = None  # the one person named in the sentence before, if one
        starts, mentions = self._starts, self._mentions
        # the last mention starting at or before the token: tokens come in order of offset, so a
        # pointer moving forward gives what _entity_at's bisection gives, without a search per token
        k = -1
        lowers, idx, deps, pos = token_lowers(doc), token_starts(doc), token_deps(doc), token_pos(doc)
        firsts, _ = sentence_bounds(doc)
        for n, first in enumerate(firsts):
            current: set[str] = set()
            after_quote = False  # "“…,” she said": she is the quote's speaker, maybe not the name
            # "The brother of a man shot in Sadra told … his father": the pronoun is the brother's
            unnamed = False
            # "Tomas Varga … He said she came home with bruises on her arms": the first gendered
            # pronoun of a sentence refers back to its topic; one of the other gender after it is
            # someone else (the daughter), and votes nothing
            first_gender: str | None = None
            for i in range(first, firsts[n + 1] if n + 1 < len(firsts) else len(doc)):
                offset = idx[i]
                if quoted(offset):
                    after_quote = True
                    continue
                dep = deps[i]
                if dep in {"nsubj", "nsubjpass"} and pos[i] == "NOUN" and is_person_noun(doc[i].lemma_):
                    unnamed = True
                while k + 1 < len(starts) and starts[k + 1] <= offset:
                    k += 1
                name = mentions[k][2] if k >= 0 and offset < mentions[k][1] else None
                if name is not None:
                    current.add(name)
                    if i == 0 or self._entity_at(idx[i - 1]) != name:
                        self._near_name(doc, i, name)
                    continue
                gender = PRONOUN_GENDER.get(lowers[i])
                if gender is None or dep not in _PRONOUN_DEPS or after_quote or unnamed:
                    continue
                if first_gender is None:
                    first_gender = gender
                elif gender != first_gender:
                    continue
                # the one person named in this sentence before the pronoun, else in the one before
                topic = _only(current)
                if topic is not None:
                    self._vote(topic, gender, 1)
                elif not current and before is not None:
                    self._vote(before, gender, 1)
            before = _only(current)

    def _near_name(self, doc: Doc, i: int, name: str) -> None:
        """A title right before the name's first token, or a gendered noun in its phrase."""
        if i > 0:
            title = quote_words.TITLE_GENDER.get(doc[i - 1].lower_)
            if title is not None:
                self._vote(name, title, STRONG)
        tok = doc[i]
        while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i - i < 6:
            tok = tok.head
        related = [c for c in tok.children if c.dep_ in {"compound", "appos"}]
        if tok.dep_ == "appos":
            related.append(tok.head)
        for rel in related:
            gender = quote_words.NOUN_GENDER.get(rel.lower_)
            if gender is not None and rel.pos_ == "NOUN" and not _owned_by_whose(rel):
                self._vote(name, gender, STRONG)

    def _votes_of(self, entity: Entity) -> dict[str, int] | None:
        """The votes cast for *entity*: under its name, else under the name of one of its mentions."""
        votes = self._votes.get(entity.name)
        if votes is None:
            for s, _e in entity.mentions:
                name = self._entity_at(s)
                if name is not None and name in self._votes:
                    return self._votes[name]
        return votes

    def of(self, entity: Entity | None) -> str | None:
        if entity is None:
            return None
        votes = self._votes_of(entity)
        if votes is None or votes[MALE] == votes[FEMALE] == 0:
            return _first_name(entity.name)
        if 2 * votes[MALE] > 3 * votes[FEMALE]:
            return MALE
        if 2 * votes[FEMALE] > 3 * votes[MALE]:
            return FEMALE
        return None

    def by_name_only(self, entity: Entity | None) -> bool:
        """Whether *entity*'s gender comes from the lists of first names only: the article gave
        no title, gendered noun or pronoun for it."""
        if entity is None:
            return False
        votes = self._votes_of(entity)
        return (votes is None or votes[MALE] == votes[FEMALE] == 0) and _first_name(entity.name) is not None

    def fits(self, entity: Entity | None, pronoun: str) -> bool:
        """Whether *pronoun* ("he", "her") can refer to *entity*: same or unknown gender."""
        wanted = PRONOUN_GENDER.get(pronoun.lower())
        have = self.of(entity)
        return wanted is None or have is None or have == wanted


def _owned_by_whose(noun: Token) -> bool:
    """A noun with "whose" as its possessor names a relative of the person, never the person:
    "Carmen Rojas, whose son Pablo, 24, was killed" (the parser may set "son" beside the name as
    an apposition). "Jane Doe, his wife" still describes Jane Doe."""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children)


def _first_name(name: str) -> str | None:
    """The gender of the first of two or more capitalised words of *name*, when its name lists agree."""
    return given_name_gender(
        [w for w in name.split() if w[:1].isupper() and w.rstrip(".").lower() not in quote_words.TITLE_GENDER]
    )
