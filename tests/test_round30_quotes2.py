"""Round 30, quotes (second wave): descriptions and documents as speakers."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a document owned by a pronoun is the pronoun's referent --------------------------------------
# "“…,” her accompanying post said": "her" is resolved as if she had spoken.


def test_a_document_owned_by_her_is_hers(nlp):
    text = (
        "Minutes before takeoff on Maria Kostova's spring holiday on Sunday, she posted a photo of a "
        "drawing made by one of her daughters. It showed a beach, a boat and a smiling sun over the "
        'sea. "My little girl made me a present for the trip," her accompanying post said. Kostova '
        "told viewers on Friday that the trip was a holiday.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My little girl")
    assert _name(q, entities) == "Maria Kostova"


def test_guard_a_document_owned_by_a_name_is_still_the_names(nlp):
    text = (
        "Minutes before takeoff on Sunday, the presenter posted a photo of a drawing. "
        '"My little girl made me a present for the trip," Maria Kostova\'s post said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My little girl")
    assert _name(q, entities) == "Maria Kostova"


# -- a description after a quote of several sentences ---------------------------------------------
# The sentences of the quote a description cues are no distance: "the student" after three quoted
# sentences still refers to "A nursing student" introduced just before the quote, not to the
# person named in that introduction.


def test_the_student_after_a_long_quote_is_the_unnamed_student(nlp):
    text = (
        "Officials in the capital debated limits on phone use this week. In talks at the annual "
        "congress, the retired cyclist Tomas Varga called for one day a month without screens.\n"
        "A nursing student in Lyon, who asked not to be named, said she agreed with the officials, "
        "but added that plans like the one backed by Varga would change little. "
        '"Young people live on their phones. You see them everywhere, on every bus and in every '
        'cafe. We do everything online," the student told reporters.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Young people live")
    assert "student" in _name(q, entities)
    assert "Varga" not in _name(q, entities)


def test_guard_the_student_after_a_long_quote_is_the_named_student(nlp):
    text = (
        "Lawmakers debated the curfew for a week. "
        "Ana Diaz, a nursing student in Lyon, said she understood the worry. "
        '"Young people live on their phones. You see them everywhere, on every bus. We do '
        'everything online," the student told reporters.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Young people live")
    assert _name(q, entities) == "Ana Diaz"


# -- a briefing note's "spokeswoman" under a "Spokesperson" header ---------------------------------


def test_the_spokeswoman_is_the_spokesperson_of_the_header(nlp):
    text = (
        "Press briefing notes on Veldra\n\n"
        "Spokesperson for the UN High Commissioner for Human Rights: Marta Lindqvist\n"
        "Location: Geneva\n\n"
        "We are alarmed by the arrests of protesters in Veldra this week.\n\n"
        "Asked how many people were held, the spokeswoman said the number was "
        '"certainly in the hundreds".\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "certainly in the hundreds")
    assert _name(q, entities) == "Marta Lindqvist"


# -- "the two groups": the names coordinated just before -------------------------------------------


def test_the_two_groups_are_the_two_names_before(nlp):
    text = (
        "Rights organisations have taken the case abroad. Civic Watch International and the Veldra "
        "Bar Association have both urged the council to act, and in a joint letter this spring the "
        'two groups described the crackdown as "a textbook case of impunity."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "textbook case")
    assert _name(q, entities) == "Civic Watch International and the Veldra Bar Association"


def test_guard_the_two_groups_are_not_three_names(nlp):
    text = (
        "Civic Watch International, the Veldra Bar Association and Open Courts Europe have all urged "
        "the council to act, and in a joint letter this spring the two groups described the "
        'crackdown as "a textbook case of impunity."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "textbook case")
    assert "Open Courts" not in _name(q, entities)
    assert "Civic Watch" not in _name(q, entities)
