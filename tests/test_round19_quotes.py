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


# -- "X said the family did not want …. “…”": the reporting verb speaks, not one inside its clause


def test_the_quote_after_reported_speech_is_the_reporters_not_the_clauses_subject(nlp):
    text = 'Omar Haddad\'s uncle said the family did not want revenge. "We only want the truth."\n'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We only want the truth")
    assert len(hits) == 1 and "uncle" in _name(hits[0], entities)


def test_the_quote_after_a_lone_cue_keeps_its_speaker(nlp):
    # guard: the reported clause holds no cue
    text = 'Omar Haddad\'s lawyer said she would appeal. "The verdict was written before the trial."\n'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The verdict was written")
    assert len(hits) == 1 and "lawyer" in _name(hits[0], entities)


# -- "“….” Students have posted videos …": a verb acting on a thing cues no finished quote before it


def test_a_finished_quote_is_not_cued_by_posting_videos_after_it(nlp):
    text = (
        '"The police beat us with batons before they asked a single question," Rahel Tesfaye said. '
        '"Nobody was armed." Students have posted dozens of videos online since Sunday.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Nobody was armed")
    assert len(hits) == 1 and _name(hits[0], entities) == "Rahel Tesfaye"


def test_a_quote_cued_by_posting_on_a_site_keeps_the_poster(nlp):
    # guard: "posted on X" with no object is still the cue of the words before it
    text = (
        "The march was broken up within minutes.\n"
        '"They took my phone and smashed it," Rahel Tesfaye posted on Facebook.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "smashed it")
    assert len(hits) == 1 and _name(hits[0], entities) == "Rahel Tesfaye"


# -- "Her name was X, she said": the one who gives her name is X ----------------------


def test_her_name_was_names_the_speaker_and_the_quote_after(nlp):
    text = (
        "A woman waited outside the prison gate on Tuesday. Her name was Leila Karimi, she said. "
        '"My son has been inside for forty days."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "forty days")
    assert len(hits) == 1 and _name(hits[0], entities) == "Leila Karimi"


def test_her_sons_name_does_not_name_the_speaker(nlp):
    # guard: the name is someone else's ("her son's name")
    text = (
        "A woman waited outside the prison gate on Tuesday. Her son's name was Reza Karimi, she said. "
        '"He has been inside for forty days."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "forty days")
    assert len(hits) == 1 and "Reza" not in _name(hits[0], entities)


def test_her_name_was_said_by_her_mother_does_not_rename_the_mother(nlp):
    # guard: the possessive is not the speaker's own
    text = (
        "Sara Nouri was shot at the march on Friday.\n"
        'Her name was Dina Nouri, her mother said. "She was only sixteen."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "only sixteen")
    assert len(hits) == 1 and "Dina" not in _name(hits[0], entities)
