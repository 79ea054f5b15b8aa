"""Small readings of spaCy's dependency parse that several extractors share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def nearest_child(verb: Token, deps: Collection[str]) -> Token | None:
    """The child of *verb* with a label in *deps* that stands nearest to it, those before it first.

    The parser gives a verb two subjects when something stands in front of
    the clause: a dateline ("DUBAI, Dec 16 — Amnesty International said …")
    or a fronted name. The one next to the verb is its subject; the one
    further out is the fronted material. A subject after the verb ("…, said
    the group") counts only when none stands before it.
    """
    before = [c for c in verb.lefts if c.dep_ in deps]
    if before:
        return before[-1]
    return next((c for c in verb.rights if c.dep_ in deps), None)


def is_dateline(tok: Token) -> bool:
    """Whether *tok* is the place of a dateline: "NAIROBI, May 2 —", "GENEVA (Reuters) –".

    A word in capitals that opens a paragraph and is followed by a comma, a
    dash or a bracket names where the story was filed, never who acts in it.
    """
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1  # "SAN SALVADOR, …"
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws
    nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return opens and tok.is_upper and len(tok.text) > 1 and nxt[:1] in {",", "—", "–", "-", "("}


def subject(verb: Token, deps: Collection[str]) -> Token | None:
    """The subject of *verb* (see :func:`nearest_child`), seen past a dateline the parser took for one.

    "NAIROBI, May 2 — The Network said …" is often parsed with the dateline
    as the subject and the real one in apposition to it.
    """
    child = nearest_child(verb, deps)
    if child is not None and is_dateline(child):
        return next((c for c in child.children if c.dep_ == "appos"), None)
    return child
