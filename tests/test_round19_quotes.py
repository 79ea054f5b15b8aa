"""Quotes of crackdown reporting, nineteenth round.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- two apostrophes as a closing double mark (’’ or '') ------------------------------


def test_two_apostrophes_close_a_quote_before_its_cue(nlp):
    text = (
        "The rights group said on Monday that dozens had been held.\n"
        "“Students were beaten in the cells at night,’’ said Halima Bello, the group's director.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Students were beaten")
    assert len(hits) == 1 and "said" not in hits[0].text
    assert _name(hits[0], entities) == "Halima Bello"


def test_a_lone_apostrophe_in_a_quote_stays_inside(nlp):
    # guard: one apostrophe is a possessive or an elision, not a close
    text = "“The students’ parents were not told where they were,” said Halima Bello.\n"
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "parents were not told")
    assert len(hits) == 1 and _name(hits[0], entities) == "Halima Bello"


# -- "the watchdog" / "the rights watchdog": the rights body named before -------------


def test_the_rights_watchdog_is_the_rights_body_named_before(nlp):
    text = (
        "At least six marchers were shot dead on Friday, Human Rights Watch said.\n"
        "A spokesman for the Red Cross said its volunteers had treated 40 people.\n"
        '"Witnesses told us the police fired into the crowd without warning," the rights watchdog said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "fired into the crowd")
    assert len(hits) == 1 and _name(hits[0], entities) == "Human Rights Watch"


# -- "she said" after a woman named in apposition to a kin noun -----------------------


def test_she_is_the_sister_named_in_apposition_not_the_dead_brother(nlp):
    # guard: already right (a real page failed here through its names, not this rule)
    text = (
        "Tomas Okafor died in hospital after police beat him at the march.\n"
        'His sister, Ngozi Okafor, spoke at the vigil on Sunday. "They killed him for holding a sign," '
        "she said.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "holding a sign")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ngozi Okafor"


def test_the_rights_group_is_still_the_group_heard_last_when_no_name_says_rights(nlp):
    # guard: no name in reach says "rights"; the group heard last is meant
    text = (
        "Viasna, a Belarusian rights group, said 40 people were detained in Minsk on Sunday.\n"
        '"Most of them were taken straight from the street," the rights group said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "taken straight from the street")
    assert len(hits) == 1 and _name(hits[0], entities) == "Viasna"
