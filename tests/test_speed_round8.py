"""Round 8 speed-ups (issue 16): each shortcut gives what the long way gives.

The dates scan passes over tokens that open no expression, the framing flags
read only lemmas of their lists, the ACLED cue test lists its phrases once,
the store builds its statements once, and extraction and linking run with
fewer garbage-collector passes. Records are guarded by the eval gate and the
link tests (an update still equals a full relink); these tests pin the
shortcuts themselves, on sentences of our own.
"""

from __future__ import annotations

import gc

import pytest

from tally._gc import YOUNG_THRESHOLD, fewer_collections
from tally.extract.dates import rules, tokens
from tally.extract.events.acled import words as acled_words
from tally.extract.framing.extractor import _flag_kind, _flaggable

#: sentences with every kind of expression the dates grammar reads (and words around them that read none)
DATE_TEXT = (
    "On Monday, Oct. 26, 2020, riot police moved in; by mid-November the square was empty. "
    "The strike began on 15 November 2019 and ended on November 16 and 17, 2019. "
    "Two years ago today, and again in the 1990s and the '80s, crowds gathered. "
    "Last week, yesterday evening and next Friday were quiet; earlier in the month "
    "a few days ago, about five years ago, more than three weeks ago. "
    "The night of 21/22 September, 2019-11-15, 11/15/2019 and 03.06.2019 are dates; "
    "so are the winter of 2020–21, 2013-2014, Christmas Eve 2021, the sixth day of April 2019, "
    "the evening of the fourth, the day before, the same day, that week, the next morning, "
    "until the 18th, recent weeks, 24 Aban 1398 and Aban 1398, spring 2018, at 1130 GMT. "
    "Four days later, a week earlier, nearly five years later, tonight, tomorrow."
)


def _every_token(toks: list[tokens.Tok]) -> list[tokens.Match]:
    """The scan as it was: :func:`rules.match_at` tried at every token."""
    out: list[tokens.Match] = []
    i = 0
    while i < len(toks):
        found = rules.match_at(toks, i)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.j
    return out


def test_dates_scan_skipping_tokens_finds_what_trying_every_token_finds():
    toks = tokens.tokenize(DATE_TEXT)
    found = rules.scan(toks)
    assert found == _every_token(toks)
    assert len(found) > 30


def test_dates_every_expression_opens_on_a_starter_or_a_number():
    """No rule opens on a word outside :func:`rules._starters` (the scan would miss it)."""
    toks = tokens.tokenize(DATE_TEXT)
    starters = rules._starters()
    for i, tok in enumerate(toks):
        if rules.match_at(toks, i) is not None:
            assert tok.lower in starters or tok.text.isdecimal(), tok


def test_acled_cue_test_equals_reading_every_cue():
    """``_has`` with its phrases listed once answers as reading every cue of the list did."""
    words_list = [
        ["police", "opened", "fire", "on", "the", "crowd", "with", "live", "ammunition"],
        ["security", "forces", "fired", "rubber", "bullets", "and", "tear", "gas"],
        ["a", "mob", "set", "fire", "to", "the", "police", "station"],
        [],
    ]
    for cue, cues in acled_words._cues().items():
        for words in words_list + [c.split() for c in sorted(cues)[:5]]:
            joined = f" {' '.join(words)} "
            expected = any(w in cues for w in words) or any(" " in c and f" {c} " in joined for c in cues)
            assert acled_words._has(iter(words), cue) == expected, (cue, words)


def test_flags_only_listed_lemmas_can_be_flagged(nlp):
    doc = nlp(
        "The regime's thugs and a street gang brutally massacred peaceful protesters, "
        "a horrific crackdown that the government called a fight against rioters and terrorists."
    )
    flaggable = _flaggable()
    kinds = [(tok.text, _flag_kind(tok)) for tok in doc]
    assert any(kind is not None for _, kind in kinds)
    for tok in doc:
        if _flag_kind(tok) is not None:
            assert tok.lemma_.lower() in flaggable


def test_fewer_collections_restores_the_thresholds_even_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold()[0] >= YOUNG_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
        raise RuntimeError("boom")
    assert gc.get_threshold() == before


def test_store_paragraph_count_with_its_statement_built_once(tmp_path):
    from tally.store import Store
    from tests._linkdata import make_article

    store = Store(str(tmp_path / "c.db"))
    paragraph = "x" * 64
    for n in range(3):
        article = make_article(f"Report {n}.", outlet=None, published="2022-10-01")
        store.add_article(article, paragraph_hashes=[paragraph, f"own {n}"])
    assert store.paragraph_count(paragraph) == 3
    assert store.paragraph_count("own 1") == 1
    assert store.paragraph_count("none") == 0
    store.close()


def test_update_links_leaves_the_collector_as_it_was(tmp_path):
    from tally.link import update_links
    from tally.store import Store
    from tests._linkdata import make_article

    store = Store(str(tmp_path / "c.db"))
    store.add_article(
        make_article(
            "Ali Rezaei spoke.", outlet="Hengaw", published="2022-10-01", entities=[{"name": "Ali Rezaei"}]
        )
    )
    before = gc.get_threshold()
    assert update_links(store).articles_linked == 1
    assert gc.get_threshold() == before
    store.close()
