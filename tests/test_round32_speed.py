"""Round 32 speed-ups (issue 16): work done again per word or per article is done once, with the
same answers.

Records are guarded by a dump of every record before and after (120 generated articles and the
89 VOA stories, every tune and only-scored split, ``tally analyze examples``); these tests pin
each new reading against the one it replaced, on sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tally.nlp.attributes import TableLemmatizer

# words that take each path of spaCy's rule lemmatizer: suffix rules whose form is in the index
# ("marchers", "carried"), outside it ("blorfed"), not alphabetic ("1990s"), exceptions
# ("wolves", "went", "happiest"), base forms, proper nouns, numbers, punctuation and spaces
LEMMA_TEXT = (
    "The marchers carried banners while clerks of the 1990s watched; geese went quieter than expected. "
    "Guards blorfed the happiest crowds, and 3,000 dockers in Velmora were striking harder.\n\n"
    "She's been arrested twice, they'd said — the wolves' leaders fled, tries failed, buses stopped."
)


def _fresh(lemmatizer: Any) -> dict[Any, Any]:
    """spaCy's lemma cache, emptied: the next answer is worked out, not remembered."""
    kept = lemmatizer.cache
    lemmatizer.cache = {}
    return kept


def test_rule_lemmas_are_spacys_on_every_token(nlp: Any) -> None:
    """The index as a set gives spaCy's lemmas, in spaCy's order, for every path of its rules."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, TableLemmatizer)
    doc = nlp(LEMMA_TEXT)
    kept = _fresh(lemmatizer)
    try:
        ours = [lemmatizer._rule_lemmas(t) for t in doc]
        lemmatizer.cache = {}
        stock = [lemmatizer.rule_lemmatize(t) for t in doc]
        cached = [lemmatizer._rule_lemmas(t) for t in doc]  # from the cache spaCy's method filled
    finally:
        lemmatizer.cache = kept
    assert ours == stock == cached
    words = {t.text: forms[0] for t, forms in zip(doc, ours, strict=True)}
    assert words["marchers"] == "marcher" and words["wolves"] == "wolf" and words["went"] == "go"
    assert words["happiest"] == "happy" and words["blorfed"] == "blorfe"


def test_the_index_set_holds_spacys_list(nlp: Any) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    for pos in ("noun", "verb", "adj", "adv", "propn"):
        listed = lemmatizer.lookups.get_table("lemma_index", {}).get(pos, [])
        assert lemmatizer._index_set(pos) == frozenset(listed)
        assert lemmatizer._index_set(pos) is lemmatizer._index_set(pos)  # made once


def test_lemmas_of_the_whole_parse_unchanged(nlp: Any) -> None:
    """Guard: the parse's lemmas are the stock lemmatizer's, words new to the process included."""
    from tally.nlp.attributes import stock_matching

    text = "Striking nurses picketed the Orvalle clinics; the florbinating unions reconvened."
    fast = [(t.text, t.lemma_) for t in nlp(text)]
    with stock_matching(nlp):
        stock = [(t.text, t.lemma_) for t in nlp(text)]
    assert fast == stock
    assert ("picketed", "picket") in fast


# -- the string columns: a column read before is returned without a call ---------------------------


def test_a_column_read_before_is_returned_without_a_call(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The events' syntax helpers ask for the relations and lower forms some 500,000 times per
    200 articles: after the first read each accessor returns the Doc's kept list itself."""
    from tally.extract import context

    doc = nlp("Dockworkers in Velmora walked out on Tuesday, the union said.")
    readers = (context.token_lowers, context.token_pos, context.token_deps, context.token_lemmas)
    first = [read(doc) for read in (*readers, context.token_texts)]

    def no_second_read(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(context, "_cached_column", no_second_read)
    again = [read(doc) for read in (*readers, context.token_texts)]
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert again[0] == [t.lower_ for t in doc] and again[2] == [t.dep_ for t in doc]
    assert again[3] == [t.lemma_.lower() for t in doc] and again[4] == [t.text for t in doc]


# -- the events' noun trigger: "under fire" reads the head only for "fire" ---------------------


class _NoHead:
    """A noun whose head must not be read (spaCy would make a Token for it)."""

    lemma_ = "strike"
    dep_ = "pobj"

    @property
    def head(self) -> Any:
        raise AssertionError("head read")


def test_under_fire_reads_no_head_for_another_noun() -> None:
    from tally.extract.events.idiom_checks import _under_fire

    assert _under_fire(_NoHead()) is False  # type: ignore[arg-type]


def test_under_fire_answers_unchanged(nlp: Any) -> None:
    """Guard: fire someone comes under is shooting; a fire that broke out is none."""
    from tally.extract.events.idiom_checks import _under_fire

    doc = nlp("The aid convoy came under fire near Orvalle. A fire broke out in the depot.")
    fires = [t for t in doc if t.lower_ == "fire"]
    assert [_under_fire(t) for t in fires] == [True, False]
