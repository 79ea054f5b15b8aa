"""Quotes of crackdown reporting, twentieth round.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "the institute's Hartmann said": the person of a body, not the body ----------------


def test_a_surname_after_a_bodys_possessive_is_the_person_named_before(nlp):
    text = (
        "Riot police detained more than 200 marchers in the capital on Saturday.\n"
        "Lena Hartmann, a researcher who studies the region, said the arrests were the largest "
        "in a decade.\n"
        '"Only those who walk the streets can judge the police," '
        "the German Policy Fund’s Hartmann said.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "can judge the police")
    assert len(hits) == 1 and _name(hits[0], entities) == "Lena Hartmann"


def test_a_surname_after_an_offices_possessive_is_the_minister(nlp):
    text = (
        "Paulo Reyes, the interior minister, spoke to reporters on Monday.\n"
        'Interior Security\'s Reyes said the detainees would face "the full force of the law."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "the full force of the law")
    assert len(hits) == 1 and _name(hits[0], entities) == "Paulo Reyes"


def test_a_country_possessive_before_a_body_still_names_the_body(nlp):
    # guard: "Iran's Revolutionary Guards" is the Guards; no person of that name was heard
    text = (
        "Dozens of marchers were detained in Tehran on Friday.\n"
        'Iran\'s Revolutionary Guards said they would "show no mercy to rioters."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "show no mercy")
    assert len(hits) == 1 and "Revolutionary Guards" in _name(hits[0], entities)


# -- "“…,” X said. “….” Y thinks “…”": a cue that takes its own quote ---------------------


def test_a_cue_with_its_own_quote_does_not_take_the_sentence_before(nlp):
    text = (
        "Riot police detained more than 200 marchers in the capital on Saturday.\n"
        '"Nobody expected the arrests to be this large," Mensah said. "The courts will be busy '
        'for months." Okafor thinks "the movement will only grow."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The courts will be busy")
    assert len(hits) == 1 and _name(hits[0], entities) == "Mensah"
    grow = _with(quotes, "the movement will only grow")
    assert len(grow) == 1 and _name(grow[0], entities) == "Okafor"


def test_a_cue_after_a_finished_quote_still_names_its_speaker(nlp):
    # guard: no quote of its own follows the cue, so it names the speaker of the quote before it
    text = (
        "Riot police detained more than 200 marchers in the capital on Saturday.\n"
        '"They beat us with batons and kicked us on the ground." Okafor said this on Sunday.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They beat us with batons")
    assert len(hits) == 1 and _name(hits[0], entities) == "Okafor"


# -- "X, who heads …, said …. “…,” she said": "who" makes a person of a name tagged a body ---


def test_a_subject_with_a_who_clause_is_the_person_she_refers_to(nlp):
    text = (
        '"The danger has not passed," said Polat Sayim, a lawyer in Canada and the vice chair of the '
        "Free Speech Council.\n"
        "Chalida Tajaroensuk, who heads the People's Rights Foundation, another local group, "
        "echoed those fears. She told reporters she had visited the five men in prison.\n"
        '"They are afraid, and they cried. They do not want to go back," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They are afraid")
    assert len(hits) == 1 and _name(hits[0], entities) == "Chalida Tajaroensuk"


def test_a_body_with_a_which_clause_is_not_she(nlp):
    # guard: "which" makes no person; "she" is the woman who spoke last
    text = (
        '"The danger has not passed," said Maria Lopez, a lawyer in Canada.\n'
        "Free Speech Council, which monitors the courts, echoed those fears.\n"
        '"They are afraid, and they cried. They do not want to go back," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They are afraid")
    assert len(hits) == 1 and _name(hits[0], entities) == "Maria Lopez"
