"""Round 32, quotes: the name of a work after its owner ("X's “…”", "the presenter of “…”")
is no quote."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _with

# -- a work named after its owner: "X's “…”", "the presenter of “…”" ---------------------------
# The marked words name a song, a book or a show; the sentence reports nobody's words.


def test_a_song_after_its_singers_possessive_is_no_quote(nlp):
    text = 'In the square, some marchers sang Ana Belén\'s "Para la libertad" as the riot police looked on.\n'
    quotes, _ = _quotes(nlp, text)
    assert not [q for q in quotes if q.kind in {"direct", "mixed"}]


def test_a_show_after_its_presenter_is_no_mixed_quote(nlp):
    text = (
        'The remains of Harold Pike, the longtime presenter of "Garden Hour," were reportedly taken '
        "along with 300 others, according to two investigators.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not [q for q in quotes if q.kind in {"direct", "mixed"}]


def test_guard_words_after_of_in_lower_case_stay_speech(nlp):
    text = 'The dockers\' spokeswoman accused the governor of "crimes against the people of this valley".\n'
    quotes, _ = _quotes(nlp, text)
    (q,) = _with(quotes, "crimes against the people")
    assert q.kind == "mixed"


def test_guard_lower_case_words_after_a_possessive_stay_speech(nlp):
    text = 'At every rally the students repeated Tomas Ibarra\'s "we will not be silenced by anyone".\n'
    quotes, _ = _quotes(nlp, text)
    (q,) = _with(quotes, "we will not be silenced")
    assert q.kind in {"direct", "mixed"}
