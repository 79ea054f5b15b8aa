"""Round 32, quotes: the name of a work after its owner ("X's “…”", "the presenter of “…”")
is no quote."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

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


# -- "he"/"she" and the subject it continues ---------------------------------------------------
# Paragraphs parted by single line breaks: a heading line ran into the next sentence, whose
# subject was lost, and "he" took a name from inside a relative clause. A title the tagger ran
# into a name made an organisation that "she" could not take.


def test_he_reaches_the_subject_over_a_heading_and_his_paragraphs(nlp):
    text = (
        "Officers said the thefts had doubled since March.\n"
        '"Court comes at the very end for us," the sergeant said.\n'
        "Bored teenagers\n"
        "Martin Ruiz has coached the youth side at Kaspar Vogel's old club for a decade.\n"
        "He visits the clubhouse every week.\n"
        "He says the teenagers are bored rather than bad.\n"
        '"There is nothing here for them after six o\'clock," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "There is nothing here")
    assert _name(q, entities) == "Martin Ruiz"


def test_she_takes_a_titled_name_shown_a_person_by_who(nlp):
    text = (
        "Late news\n\n"
        "21:40 — Child Rights Ombudsperson Ketevan Arzumyan, who inspected two police cells tonight, "
        'called the arrests of teenagers "a grave abuse of power".\n\n'
        '"Each of these boys is entitled to a lawyer from the first hour," she told reporters.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Each of these boys is entitled")
    assert "Arzumyan" in _name(q, entities)


def test_guard_a_name_in_the_pronouns_own_paragraph_still_wins(nlp):
    text = (
        "Martin Ruiz has coached the youth side for a decade.\n"
        "He visits the clubhouse every week.\n"
        'Local pastor Henry Ocampo agrees. "Give them a hall and they will come," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Give them a hall")
    assert _name(q, entities) == "Henry Ocampo"


def test_guard_a_body_with_which_stays_a_body(nlp):
    text = (
        "The Regional Transport Board, which runs the buses, said fares would rise.\n\n"
        '"We had no choice," it said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "We had no choice")
    assert "Board" in _name(q, entities)
