"""Round 30 speed-ups (issue 16): walks and scans that read the Doc's columns instead of a
Token per word give what the Token walk gave.

Records are guarded by a dump of every record before and after (the 89 VOA stories and 31
generated articles, every tune split, ``tally analyze examples``); these tests pin each
column read against the Token walk it replaced, on sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tally.extract import context
from tally.extract.entities import descriptions
from tally.extract.events import idioms, lemmas, nouns, sense_checks, senses
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.places import candidates
from tally.resources.gazetteer import load_gazetteer

TEXT = (
    "The union remained committed to the strike, its leader Marta Okonkwo-Reyes told reporters on Monday. "
    "Anyone found carrying banners at the march would be arrested, the interior ministry said. "
    "Rebels pulled out of the peace agreement and set the depot on fire, according to local officials. "
    "Protesters beaten to death in Quellon were buried, a statement from the group said. "
    "Workers called for the governor to resign after a sit-in at the mill. "
    "Ursula von der Leyen met Hamid Castellanos in Brussels, the Kalvo Times, a weekly paper, reported. "
    "The rights group said the toll was higher; those figures could not be verified."
)


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


# -- the heads column ------------------------------------------------------------------------


def test_heads_column_is_each_tokens_head(doc: Any) -> None:
    assert context.token_heads(doc) == [t.head.i for t in doc]
    assert context.token_heads(doc) is context.token_heads(doc)  # read once per Doc


def test_heads_column_of_an_empty_doc(nlp: Any) -> None:
    assert context.token_heads(nlp.make_doc("")) == []


# -- the events' walks up the parse ----------------------------------------------------------


def _reporting_ancestor_by_tokens(tok: Any) -> Any:
    """The round-29 walk (``head is cur`` never holds for spaCy's Tokens: a root stays a root)."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.lemma_.lower() in event_lexicon.REPORTING and cur.dep_ in {
            "ccomp",
            "xcomp",
            "dobj",
            "conj",
            "advcl",
        }:
            return head
        if head.lemma_.lower() in event_lexicon.REPORTING_NOUNS and cur.dep_ in {"acl", "ccomp", "relcl"}:
            return head.head if head.head.pos_ in {"VERB", "AUX"} else head
        cur = head
    return None


def _condition_governor_by_tokens(tok: Any) -> Any:
    cur = tok
    for _ in range(8):
        if cur.dep_ in {"relcl", "acl"} and cur.head.lower_ in event_syntax.GENERIC_HEADS:
            return cur.head.head
        if cur.dep_ in {"csubj", "csubjpass"} and any(
            c.dep_ in event_syntax.SUBJECTS and c.lower_ in event_syntax.GENERIC_HEADS for c in cur.children
        ):
            return cur.head
        cur = cur.head
    return None


def _index(tok: Any) -> int | None:
    return None if tok is None else tok.i


def test_reporting_ancestor_reads_the_columns_as_the_token_walk(doc: Any) -> None:
    found = [_index(event_syntax.reporting_ancestor(t)) for t in doc]
    assert found == [_index(_reporting_ancestor_by_tokens(t)) for t in doc]
    said = [t for t in doc if t.lower_ == "said"]
    assert said[0].i in found  # "…would be arrested, the interior ministry said"


def test_condition_governor_reads_the_columns_as_the_token_walk(doc: Any) -> None:
    found = [_index(event_syntax.generic_condition_governor(t)) for t in doc]
    assert found == [_index(_condition_governor_by_tokens(t)) for t in doc]


def test_commitment_and_marked_clause_as_before(doc: Any) -> None:
    committed = [t for t in doc if t.lower_ == "remained"][0]
    cand = lemmas._commitment(committed)
    assert cand is not None and cand.type == "AGREE" and [t.lower_ for t in cand.tokens] == ["committed"]
    called = [t for t in doc if t.lower_ == "called"][0]
    marked = senses._marked_clause(called)
    if marked is not None:  # the parse may hang "for" elsewhere: then there is nothing to compare
        clause, mark = marked
        assert mark.lower_ == "for" and mark.head.i == clause.i
    for t in doc:
        by_tokens = next(
            (
                (c.i, m.i)
                for c in t.children
                if c.dep_ in {"advcl", "ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}
                for m in c.children
                if m.dep_ == "mark" and m.lower_ == "for"
            ),
            None,
        )
        got = senses._marked_clause(t)
        assert (None if got is None else (got[0].i, got[1].i)) == by_tokens


def test_sources_and_noun_key_as_before(doc: Any) -> None:
    sit = [t for t in doc if t.lower_ == "in" and t.i >= 2 and doc[t.i - 1].text == "-"][0]
    assert nouns._noun_key(sit) in {"sit-in", "in"}
    for t in doc:
        if t.i >= 2 and doc[t.i - 1].text == "-":
            first = doc[t.i - 2]
            joined = first.head.i == t.i or t.head.i == first.i
            assert nouns._noun_key(t) == (f"{first.lower_}-{t.lower_}" if joined else t.lemma_.lower())
        else:
            assert nouns._noun_key(t) == t.lemma_.lower()


def test_idiom_and_pact_read_the_particles(doc: Any) -> None:
    pulled = [t for t in doc if t.lower_ == "pulled"][0]
    assert sense_checks._left_pact(pulled, "pull")
    beaten = [t for t in doc if t.lower_ == "beaten"][0]
    cand = idioms._idiom(beaten, "beat", None)
    if any(c.lower_ == "to" and any(o.lemma_ == "death" for o in c.children) for c in beaten.children):
        assert cand is not None and cand.type == "ASSAULT"


# -- places: surnames after a given name -----------------------------------------------------


def _after_given_names_by_tokens(doc: Any, gaz: Any) -> set[str]:
    found: set[str] = set()
    for token in doc:
        if not (token.is_alpha and token.is_title and len(token) > 2):
            continue
        i = token.i - 1
        if i >= 0 and doc[i].text == "]":
            i -= 1
        elif i >= 0 and not doc[i].whitespace_:
            continue
        while i >= 0 and token.i - i <= 4 and doc[i].text in candidates._SURNAME_PARTICLES:
            i -= 1
        if i < 0:
            continue
        if candidates._given_name(doc[i], gaz):
            found.add(candidates.fold(token.text))
    return found


def test_after_given_names_from_the_columns(nlp: Any, doc: Any) -> None:
    gaz = load_gazetteer()
    found = candidates._after_given_names(doc, gaz)
    assert found == _after_given_names_by_tokens(doc, gaz)
    assert "leyen" in found  # "Ursula von der Leyen": particles between
    assert "okonkwo" in found  # "Marta Okonkwo-Reyes"
    glued = nlp("O'Brady met [his deputy Tomas] Varga and al-Harith in Leeds.")
    assert candidates._after_given_names(glued, gaz) == _after_given_names_by_tokens(glued, gaz)


# -- entities: an apposition that says what a name is ----------------------------------------


def test_described_kind_reads_an_apposition_after_the_name(nlp: Any) -> None:
    told = nlp("Officials met Kestrel Watch, a human rights group, on Friday.")
    watch = [t for t in told if t.text == "Kestrel"][0]
    assert descriptions._described_kind(told, watch.i, watch.i + 2) == "ORG"
    paper = nlp("The report came from Vardo Post, a local newspaper.")
    post = [t for t in paper if t.text == "Vardo"][0]
    assert descriptions._described_kind(paper, post.i, post.i + 2) == "MEDIA"
    # guard: an apposition before the name's end is not the name's ("Nordlys, a rights group" is)
    bare = nlp("Kestrel Watch met officials on Friday.")
    assert descriptions._described_kind(bare, 0, 2) is None


# -- figure sources: a later mention of the count is a noun, or a verb read as one -------------


def test_later_reference_tests_pass_over_other_word_classes(doc: Any) -> None:
    """``attribute_later_references`` skips a word neither a noun nor a verb before making its
    Token: each of its tests passes over such a word (these two are the ones that could keep it)."""
    from tally.extract.figures import sources

    others = [t for t in doc if t.pos_ not in {"NOUN", "VERB"}]
    assert others
    assert all(sources._demonstrative_read_as_subject(t) is None for t in others)
    assert all(
        not sources._owned_by_a_source(None, None, t)
        and not sources._owned_by_a_source(None, None, t, named_only=True)
        for t in others
    )  # a word that is no noun is owned by no source, whatever the count (never read here)
