"""Quotes of crackdown reporting, round 24: a described speaker named by the next quote.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a role of a body speaks, and the next quote names its holder ---------------------------


def test_a_possessed_role_is_the_person_quoted_next(nlp):
    # "X's envoy said …. “…,” Ambassador Y said": the summary and the quote are the envoy's
    text = (
        "Veldran's envoy rejected the charges at Tuesday's session, saying the exercises were "
        '"purely defensive and announced in advance." "There is no basis for alarm unless '
        'someone plans to attack us," Ambassador Teodor Brask said.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "purely defensive")
    assert len(hits) == 1 and "Brask" in _name(hits[0], entities)


def test_the_head_of_a_body_is_named_in_the_next_paragraph(nlp):
    # a lead that describes the speaker, then a paragraph that names them as they go on
    text = (
        'The fire chief of Norland county said on Friday that "at least 40 homes" had burned '
        "in the valley.\n\n"
        'Colonel Ivo Marek told local radio that his crews were "still fighting on three fronts" '
        "and needed rain.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "at least 40 homes")
    assert len(hits) == 1 and "Marek" in _name(hits[0], entities)


def test_a_role_of_another_body_next_is_someone_else(nlp):
    # guard: "said Ostrava's envoy Lena Pohl" holds a role of her own
    text = (
        'Veldran\'s envoy said the drills were "routine and announced in advance." "We were '
        "never warned about any of it,\" said Ostrava's envoy Lena Pohl."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "routine and announced")
    assert len(hits) == 1 and "Pohl" not in _name(hits[0], entities)


def test_a_person_described_with_another_role_is_someone_else(nlp):
    # guard: the head of the mission is not "Martin Oduya, the mission's medical director"
    text = (
        "The head of the Kessel Relief Mission told the council that the clinics were "
        '"running out of everything." "We have one surgeon left for a city of a million," '
        "said Martin Oduya, the mission's medical director."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "running out of everything")
    assert len(hits) == 1 and "Oduya" not in _name(hits[0], entities)


def test_a_speaker_in_between_keeps_the_description_unnamed(nlp):
    # guard: someone else speaks between the description and the name
    text = (
        'Veldran\'s envoy said the drills were "routine and announced in advance." The '
        'observers disagreed, calling them "a rehearsal for invasion." "We were never warned," '
        "Teodor Brask said."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "routine and announced")
    assert len(hits) == 1 and "Brask" not in _name(hits[0], entities)


def test_an_indefinite_person_of_a_place_is_no_role(nlp):
    # guard: "a resident of Dorval" is someone unnamed, not the man named in the next paragraph
    text = (
        '"They came at night and took every young man in the street," a resident of Dorval '
        "said by telephone.\n\n"
        'The unrest began after videos posted by Paul Verne, who said the mayor had "stolen '
        'the harbour."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "took every young man")
    assert len(hits) == 1 and "Verne" not in _name(hits[0], entities)


# -- "he said" after a speaker whom only a list of first names calls a woman -------------


def test_the_pronoun_outweighs_a_list_of_first_names(nlp):
    # the name lists say "Marion" is a woman's name; the article says "he", and no one else is
    # named in the paragraph
    text = (
        "Marion Velasco, minister of transport, told parliament on Tuesday that fares would rise "
        'in June. "We cannot keep the night trains running at these prices," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We cannot keep the night trains")
    assert len(hits) == 1 and "Velasco" in _name(hits[0], entities)


def test_a_title_that_gives_the_gender_still_rules_the_pronoun_out(nlp):
    # guard: "Mrs." is the article's own word: "he" is not her
    text = (
        "Mrs. Marion Velasco, minister of transport, told parliament on Tuesday that fares would "
        'rise in June. "We cannot keep the night trains running at these prices," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We cannot keep the night trains")
    assert len(hits) == 1 and "Velasco" not in _name(hits[0], entities)


def test_a_man_named_in_the_paragraph_is_still_the_one_meant(nlp):
    # guard: a man named in the paragraph fits "he" better than the list's woman
    text = (
        "Marion Velasco, minister of transport, met union leader Pedro Alves on Tuesday. Alves "
        'told reporters after the meeting that fares would rise. "We cannot accept these '
        'prices," he said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We cannot accept these prices")
    assert len(hits) == 1 and "Alves" in _name(hits[0], entities)


# -- names given with "so-called" and "refer to X as" are no speech ---------------------


def test_a_so_called_name_does_not_make_a_report_mixed(nlp):
    # the reporter's distance from a name, not the shopkeepers' words
    text = 'Shopkeepers said the so-called "night patrols" had stopped coming to the market after the strike.'
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "night patrols")


def test_a_name_people_refer_to_something_as_is_no_quote(nlp):
    text = (
        'Several diplomats refer to the three juntas as the "Sahel Bloc," pointing to their '
        "joint command and shared radio station."
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "Sahel Bloc")


def test_a_verdict_in_their_words_is_still_a_quote(nlp):
    # guard: "called the vote “…”" and "described it as “…”" report what someone said
    text = (
        'The opposition called the vote "a farce staged for foreign cameras." The observers '
        'described the count as "opaque from start to finish."'
    )
    quotes, _ = _quotes(nlp, text)
    assert _with(quotes, "a farce staged") and _with(quotes, "opaque from start")
