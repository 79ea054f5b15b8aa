"""Round 30, quotes: the antecedent of "he"/"she" (gender evidence and relatives)."""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- gender evidence: the first gendered pronoun of a sentence is its topic's -------------------
# "X … He said she came home with bruises on her arms": "she" and "her" are the daughter, and
# used to outvote "He", so X became a woman and no "he" could refer to X any more.


def test_pronouns_of_the_other_gender_after_the_first_vote_nothing(nlp):
    text = (
        "Tomas Varga, whose daughter was detained for a month, has given up on the courts. "
        "He said she came home with bruises on her arms. "
        '"They returned her to me, but she is not the same," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "They returned her")
    assert _name(q, entities) == "Tomas Varga"


def test_a_woman_whose_son_is_spoken_of_stays_a_woman(nlp):
    text = (
        "Police were backed by supporters of two parties, Fatah and Amal, witnesses said. "
        "Lina Haddad, whose son was held for two weeks, has stopped waiting. "
        "She said he came home with bruises on his legs. "
        '"They returned him to me, but he is not the same," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "They returned him")
    assert _name(q, entities) == "Lina Haddad"


def test_guard_the_first_pronoun_still_votes(nlp):
    # a name on neither list of first names takes its gender from the pronoun after it
    from tally.extract.entities import extract_entities
    from tally.extract.quotes.gender import Genders

    doc = nlp("Kerem Dalby joined the march at noon. He said his brother had been arrested in May.\n")
    index = extract_entities(doc)
    genders = Genders(doc, index, lambda _offset: False)
    (person,) = [e for e in index.entities if e.name == "Kerem Dalby"]
    assert genders.of(person) == "m"
    assert not genders.fits(person, "she")


# -- a relative brought in with a possessive pronoun -----------------------------------------------


def test_his_mother_is_the_she_after_her(nlp):
    text = (
        "The ministry has counted only one death. His mother rejects that account. "
        '"My son had nothing in his hands," she told us by telephone.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "My son had nothing")
    assert _name(q, entities) == "His mother"


def test_guard_a_relative_of_the_other_gender_is_not_the_speaker(nlp):
    # "her husband" is brought in, but "she" is the woman named before, not the husband
    text = (
        "Mira Solberg waited outside the court all day. Her husband was arrested in May. "
        '"Nobody has told us where he is," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "Nobody has told us")
    assert _name(q, entities) == "Mira Solberg"


# -- a name the tagger missed, set off with the role of a person -----------------------------------
# A reference mark ("[12]") before a paragraph leaves the small model's tagger without the name
# that opens it; the apposition ("spokesperson for …") says a person is meant.


def test_untagged_name_with_a_role_is_the_she_after_it(nlp):
    text = (
        'President Joseph Mwale said on Friday: "No one is above the law. Every death will be '
        'investigated."[12]\n\n'
        "Mutale Chanda, spokesperson for the opposition alliance, rejected the inquiry. "
        '"A panel chosen by the president cannot judge the president\'s police," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "A panel chosen")
    assert _name(q, entities) == "Mutale Chanda"


def test_guard_a_place_with_an_apposition_is_no_speaker(nlp):
    text = (
        "Mayor Tomas Ruud opened the bridge on Friday.[3]\n\n"
        "Dorovo, a village in the hills, was cut off for days. "
        '"We waited for help for a week," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _with(quotes, "We waited for help")
    assert _name(q, entities) != "Dorovo"
