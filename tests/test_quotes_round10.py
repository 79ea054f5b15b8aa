"""Quotes of crackdown reporting, tenth round: quoted words the parser takes for a speaker, ….

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- quoted words are no speaker ------------------------------------------------------------


def test_a_quoted_subject_of_a_reported_clause_is_no_speaker_of_the_next_conjunct(nlp):
    # the second clause hangs from the first reported verb, whose subject is quoted words
    text = (
        'The governor, Ana Castillo, said "hired thugs" had burned the town hall in Valparaiso and '
        'described the protest as a "coordinated" attack.\n'
    )
    quotes, entities = _quotes(nlp, text)
    second = [q for q in _with(quotes, "coordinated") if "hired thugs" not in q.text]
    assert len(second) == 1
    assert _name(second[0], entities) == "Ana Castillo"


# -- a document that speaks is whoever issued it before -------------------------------------


def test_the_sermon_said_is_the_cleric_whose_sermon_was_read(nlp):
    text = (
        "In a sermon read by an aide in Najaf, Sheikh Karim al-Musawi said the state had failed "
        'its people.\n\n"Those who fired on the young men must face the courts," the sermon said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Those who fired")
    assert len(found) == 1
    assert "Musawi" in _name(found[0], entities)


def test_the_message_said_is_the_one_who_condemned_something_in_a_message(nlp):
    # the parser hangs "in a message" on the object ("the killings"), not on the verb
    text = (
        "Paul Mensah, the head of the council of churches in Lomé, also condemned the attack in a "
        'message to the people of the capital.\n\n"No order can make the murder of children '
        'lawful," the message said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "No order can make")
    assert len(found) == 1
    assert _name(found[0], entities) == "Paul Mensah"


# -- a quote paragraph with no cue after a report ---------------------------------------------


def test_a_quote_paragraph_without_a_cue_goes_on_from_the_report_before_it(nlp):
    text = (
        "Police said the curfew would stay in force.\n\n"
        "Dr. Halima Yusuf, a surgeon at the district hospital, said she had treated eleven people "
        "for gunshot wounds that night.\n\n"
        '"Most of them were shot in the legs while running away. Two of them were children."\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Most of them were shot")
    assert len(found) == 1
    assert _name(found[0], entities) == "Halima Yusuf"


# -- a first name set off after a noun for a person is a person's ----------------------------


def test_she_goes_on_from_a_first_name_set_off_after_a_person_noun(nlp):
    # the tagger calls the first name something else, and "she" found no person to refer to
    text = (
        "Police said the curfew would stay in force, and Colonel Rashid Omar said officers had "
        "orders to arrest looters.\n\n"
        "The detained student's mother, Tahmina, said she had not been told where her son was "
        'held.\n\n"I have asked at every police station in the city," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "I have asked")
    assert len(found) == 1
    assert _name(found[0], entities) == "Tahmina"
    assert next(e for e in entities.values() if e.name == "Tahmina").type == "PERSON"


# -- posts copied as cards --------------------------------------------------------------------


def test_a_post_copied_as_a_card_is_a_quote_of_the_name_above_its_handle(nlp):
    # round 46: a post is a quote only inside quote marks (ANNOTATION.md)
    text = (
        "The lawyers' union posted a message on X after the verdict:\n\n"
        "Union of Lawyers of Mali\n"
        "@UnionAvocatsML\n"
        "“Sentencing students for a peaceful march is a disgrace. We will appeal every one of these "
        "verdicts.”\n"
        "6:15 PM · Jun 2, 2023\n\n"
        "Police said the students had blocked a road.\n"
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Sentencing students")
    assert len(found) == 1
    assert found[0].text.endswith("these verdicts.")
    assert _name(found[0], entities) == "Union of Lawyers of Mali"


def test_a_handle_line_without_the_time_of_posting_is_no_card(nlp):
    # guard: a handle on its own line with nothing that closes a post (passes before the rule)
    text = (
        "Follow the organisers for updates:\n\n"
        "Union of Lawyers of Mali\n"
        "@UnionAvocatsML\n"
        "The march starts at noon from the Bamako court of appeal and goes to the ministry.\n"
    )
    quotes, _entities = _quotes(nlp, text)
    assert not _with(quotes, "The march starts")


def test_the_cleaner_keeps_a_cards_name_and_handle_and_lists_the_post():
    # the two short lines were dropped as taglines, and the quote lost its author
    from tally.clean.text import clean_text

    text = (
        "The lawyers' union posted a message on X after the verdict in Bamako on Friday evening.\n\n"
        "Union of Lawyers of Mali\n\n"
        "@UnionAvocatsML\n\n"
        "Sentencing students for a peaceful march is a disgrace. We will appeal every one of these "
        "verdicts.\n\n"
        "6:15 PM · Jun 2, 2023\n\n"
        "Police said the students had blocked a road near the court for most of the afternoon.\n"
    )
    cleaned = clean_text(text)
    assert "@UnionAvocatsML" in cleaned.text and "Union of Lawyers of Mali" in cleaned.text
    (post,) = cleaned.embedded
    assert (post.author, post.handle, post.date) == (
        "Union of Lawyers of Mali",
        "@UnionAvocatsML",
        "2023-06-02",
    )
    assert cleaned.text[post.start : post.end].startswith("Union of Lawyers")
