"""Quotes of crackdown reporting, twenty-first round.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "As reported by X, “…”" / "as students chanted: “…”": the "as" clause is the only cue ------


def test_a_quote_after_as_reported_by_is_the_reporters(nlp):
    text = (
        "Riot police beat marchers near the parliament on Sunday night.\n"
        'As reported by the Daily Ledger, "The officers chased the students into the park and beat '
        'them with batons."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "chased the students")
    assert len(hits) == 1 and "Daily Ledger" in _name(hits[0], entities)


def test_a_quote_after_as_the_outlet_reported_is_the_outlets(nlp):
    text = (
        "Riot police beat marchers near the parliament on Sunday night.\n"
        'As the Daily Ledger reported, "Dozens of students were taken away in unmarked vans."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "taken away in unmarked vans")
    assert len(hits) == 1 and "Daily Ledger" in _name(hits[0], entities)


def test_a_slogan_after_as_a_crowd_chanted_is_the_crowds(nlp):
    text = (
        "Police detained dozens of marchers in the capital on Tuesday, an interior ministry "
        "spokesman said.\n"
        "On Wednesday, riot police surrounded the campus as students chanted: “We will not be "
        "silenced by bullets”.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We will not be silenced")
    assert len(hits) == 1 and _name(hits[0], entities) == "students"


def test_an_as_clause_beside_a_cue_of_its_own_stays_a_channel(nlp):
    # guard: "said" is the cue; "as reported by" only names the channel
    text = (
        "Riot police beat marchers near the parliament on Sunday night.\n"
        'Minister Ivan Kovac said, as reported by the Daily Ledger, "The officers acted within the '
        'law at every moment."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "acted within the law")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ivan Kovac"


# -- "At a news conference with Y, he urged …": the one he met is not "he" ---------------------


def test_a_name_after_with_in_the_pronouns_clause_is_not_the_pronoun(nlp):
    text = (
        'President Paul Marek accused the marchers on Sunday of planning "attacks on the police."\n'
        "At a joint press conference with Interior Minister Ivan Kovac, he urged prosecutors to "
        '"do their duty without fear."\n'
        'He praised the officers for their "calm and professional conduct."\n'
    )
    quotes, entities = _quotes(nlp, text)
    duty = _with(quotes, "do their duty")
    assert len(duty) == 1 and _name(duty[0], entities) == "Paul Marek"
    calm = _with(quotes, "calm and professional")
    assert len(calm) == 1 and _name(calm[0], entities) == "Paul Marek"


def test_a_name_outside_a_with_phrase_is_still_the_pronoun(nlp):
    # guard: the minister is named as the paragraph's subject, so "he" is the minister
    text = (
        'President Paul Marek accused the marchers on Sunday of planning "attacks on the police."\n'
        "Interior Minister Ivan Kovac spoke at a joint press conference with the president on "
        'Monday. He urged prosecutors to "do their duty without fear."\n'
    )
    quotes, entities = _quotes(nlp, text)
    duty = _with(quotes, "do their duty")
    assert len(duty) == 1 and _name(duty[0], entities) == "Ivan Kovac"


# -- "“…,” Amina Yusuf, 34, a market trader told reporters": no comma closes the apposition -----


def test_a_name_with_age_and_role_before_the_cue_is_the_speaker(nlp):
    text = (
        "Thousands of marchers gathered outside the court on Friday.\n"
        "“The police beat my brother until he fainted,” Amina Yusuf, 34, a market trader told "
        "reporters. “We want justice.”\n"
        "“Nobody will silence us,” Daniel Osei, 29, a taxi driver said.\n"
    )
    quotes, entities = _quotes(nlp, text)
    beat = _with(quotes, "beat my brother")
    assert len(beat) == 1 and _name(beat[0], entities) == "Amina Yusuf"
    justice = _with(quotes, "We want justice")
    assert len(justice) == 1 and _name(justice[0], entities) == "Amina Yusuf"
    silence = _with(quotes, "Nobody will silence us")
    assert len(silence) == 1 and _name(silence[0], entities) == "Daniel Osei"
    assert "Osei" not in silence[0].text


def test_a_role_after_a_name_in_another_clause_stays_the_role(nlp):
    # guard: the name is who the trader spoke about, not a speaker set off before the role
    text = (
        "Thousands of marchers gathered outside the court on Friday.\n"
        "Police said they had detained Amina Yusuf. “They beat her until she fainted,” a market "
        "trader told reporters.\n"
    )
    quotes, entities = _quotes(nlp, text)
    beat = _with(quotes, "beat her until")
    assert len(beat) == 1 and _name(beat[0], entities) == "a market trader"


# -- "Alejandro ran …. “…,” he recalled": a lone given name the tagger missed is "he" ----------


def test_a_lone_given_name_subject_the_tagger_missed_is_the_pronoun(nlp):
    text = (
        "The army chief denied that the takeover was a coup, Al-Burhan said on Monday.\n\n"
        "Alejandro was one of the youngest marchers to lose an eye in the crackdown.\n"
        "Choking on the gas, Alejandro ran around the corner and saw a line of armed police.\n"
        '"I saw them, I raised my hands," he recalled.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "I raised my hands")
    assert len(hits) == 1 and _name(hits[0], entities) == "Alejandro"


def test_a_lone_given_name_of_the_other_gender_is_not_the_pronoun(nlp):
    # guard: "Alejandro" is a man's name; "she" is the woman who spoke before
    text = (
        '"We will march again," said Amina Yusuf, a market trader.\n'
        "Alejandro ran around the corner and saw a line of armed police.\n"
        '"They fired at the crowd," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They fired at the crowd")
    assert len(hits) == 1 and _name(hits[0], entities) == "Amina Yusuf"


# -- "after Hasina, the daughter of …, refused …. She called …": a role in apposition makes a person --


def test_a_name_tagged_a_place_with_a_persons_apposition_is_she(nlp):
    text = (
        "“Our marches will go on whatever they do to us,” student leader Rahima Akter told "
        "reporters.\n\n"
        "The unrest grew violent after Hasina, the daughter of Omar Karim, who led the country to "
        "independence, refused to meet the students. She called those opposing the plan “traitors "
        "to the nation.”\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "traitors to the nation")
    assert len(hits) == 1 and _name(hits[0], entities) == "Hasina"


def test_a_place_with_a_place_apposition_is_not_she(nlp):
    # guard: "a town in the east" is a place; "she" is the woman who spoke before
    text = (
        "“Our marches will go on whatever they do to us,” student leader Rahima Akter told "
        "reporters.\n\n"
        "The unrest spread after Kassala, a town in the east, rose up against the curfew. She "
        "called those opposing the plan “traitors to the nation.”\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "traitors to the nation")
    assert len(hits) == 1 and _name(hits[0], entities) == "Rahima Akter"
