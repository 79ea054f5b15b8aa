"""Quotes of crackdown reporting, sixth round: quotes that run over paragraphs, embedded posts,
block quotes, unnamed and later-named speakers, hyphenated titles.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a quote over several paragraphs, its cue at the end ----------------------------------


def test_a_quote_running_into_the_next_paragraph_takes_the_speaker_named_there(nlp):
    text = (
        "The police chief, Omar Haddad, denied that officers had fired on the march.\n\n"
        "“The arrests in Tarvia were carried out without warrants, and the men were beaten in "
        "the vans on the way to the station.\n\n"
        "“The prosecutors must drop every charge and free them today,” said Lena Varga, the "
        "regional director of the Freedom Watch group."
    )
    quotes, entities = _quotes(nlp, text)
    first, last = _with(quotes, "arrests in Tarvia"), _with(quotes, "prosecutors must drop")
    assert len(first) == 1 and len(last) == 1
    assert _name(first[0], entities) == _name(last[0], entities) == "Lena Varga"


def test_a_quote_of_three_paragraphs_takes_the_speaker_of_its_last(nlp):
    text = (
        "“Families are queuing at the morgue from dawn and nobody tells them anything.\n\n"
        "“Some of them have been waiting for a week to see the bodies of their sons.\n\n"
        "“This cruelty has to stop,” Tomas Lind, a lawyer for the families, told reporters."
    )
    quotes, entities = _quotes(nlp, text)
    for words in ("Families are queuing", "Some of them have been", "This cruelty"):
        hits = _with(quotes, words)
        assert len(hits) == 1 and _name(hits[0], entities) == "Tomas Lind", words


# -- embedded posts and block quotes -----------------------------------------------------


def test_an_embedded_post_is_a_quote_of_the_name_in_its_signature(nlp):
    # round 46: a post is a quote only inside quote marks (ANNOTATION.md; the unmarked post is
    # tests/test_round46_quotes.py's)
    text = (
        "Police used tear gas against students in the capital on Tuesday.\n\n"
        "“Our children were beaten in front of the university today. We will be back tomorrow.”\n"
        "— Nadia Farouk (@nfarouk) March 4, 2021\n\n"
        "The interior ministry did not respond to a request for comment."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Our children were beaten")
    assert len(hits) == 1 and _name(hits[0], entities) == "Nadia Farouk"
    assert "@nfarouk" not in hits[0].text


def test_a_post_and_its_signature_on_one_line(nlp):
    text = (
        "Crowds gathered again on Friday.\n\n"
        "“The regime cut the internet to hide the killings. The world must not stay silent.” "
        "pic.twitter.com/ab12cd — Kian Ostad (@kianostad) October 2, 2022\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The regime cut the internet")
    assert len(hits) == 1 and _name(hits[0], entities) == "Kian Ostad"


def test_an_unmarked_block_quote_after_a_lead_in_ending_in_a_colon(nlp):
    text = (
        "The UN rights chief, Ana Kovacs, said she was alarmed by the reports from the prisons:\n\n"
        "The accounts of beatings and humiliation of detainees are deeply disturbing. Every "
        "allegation must be investigated and those responsible held to account.[12]\n\n"
        "The government rejected the criticism."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The accounts of beatings")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ana Kovacs"


def test_a_block_quote_signed_with_a_dash_on_the_line_after(nlp):
    text = (
        "The government said the detainees were treated according to the law.\n\n"
        "Detainees described beatings, sleep deprivation and threats against their families. "
        "These accounts are consistent and credible and demand an independent inquiry.\n"
        "— Ana Kovacs, UN Special Rapporteur on torture[14]\n\n"
        "The ministry did not respond."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Detainees described beatings")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ana Kovacs"


def test_a_credit_line_signs_no_quote(nlp):
    # guard: "— AFP" or "— Al Jazeera and news agencies" after the last paragraph credits the copy
    text = (
        "Police said 40 people had been arrested in the capital on Sunday night.\n"
        "— Al Jazeera and news agencies\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "Police said 40 people")


def test_a_list_after_a_colon_is_no_block_quote(nlp):
    # guard: a colon that introduces a list or facts, with no verb of saying, quotes nobody
    text = (
        "The protesters had three main demands:\n\n"
        "The release of all detainees, an independent inquiry into the killings and new elections.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert not _with(quotes, "The release of all detainees")


# -- unnamed speakers ----------------------------------------------------------------------


def test_a_new_unnamed_subject_is_the_pronouns_speaker(nlp):
    text = (
        "A volunteer nurse said soldiers fired at the clinic. “They saw the flag and still shot "
        "at us,” the nurse said.\n\n"
        "A shopkeeper from the market described seeing soldiers load bodies onto trucks. “They "
        "threw them in like bags of cement,” she said."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They threw them in")
    assert len(hits) == 1 and "shopkeeper" in _name(hits[0], entities)


def test_a_speaker_who_gave_a_name_is_that_name(nlp):
    text = (
        "A student in Mashhad, who gave his name only as Reza, said police beat him with batons. "
        "“They did not care that I was bleeding,” he said."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They did not care")
    assert len(hits) == 1 and "Reza" in _name(hits[0], entities)


def test_he_after_a_one_word_name_the_tagger_missed_is_that_speaker(nlp):
    text = (
        "“The verdict is final,” said Ana Kovacs, the court's spokeswoman.\n\n"
        'Kindiki told state television that he had "made some mistakes" but would stay. '
        "“Only over my dead body will there be new elections,” he said."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Only over my dead body")
    assert len(hits) == 1 and _name(hits[0], entities) == "Kindiki"


# -- titles ---------------------------------------------------------------------------------


def test_a_hyphenated_title_refers_to_the_person_who_holds_it(nlp):
    text = (
        "The Secretary-General, Maria Holm, has condemned the killings. Through her spokesman, "
        "Jonas Berg, the Secretary-General said she was “shocked by the use of live fire against "
        "unarmed people”."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "shocked by the use")
    assert len(hits) == 1 and _name(hits[0], entities) == "Maria Holm"


def test_a_name_before_its_role_is_the_subject_not_the_role(nlp):
    # the parser gives "said" two subjects, the name and its role; the role alone would
    # read as a description of the spokesman quoted before
    text = (
        'According to the police spokesman, Omar Haddad, "some of the organisers of the riots" had '
        "been arrested.\n\n"
        "Lawmakers disputed the toll. Hossein Naghavi Hosseini, the spokesman of the parliament's "
        'security committee, said that about 90 people had been killed, adding that "a large share" '
        "of them were policemen."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "a large share")
    assert len(hits) == 1 and _name(hits[0], entities) == "Hossein Naghavi Hosseini"


def test_a_speaker_named_only_in_the_next_paragraph(nlp):
    text = (
        "“Bread costs three times what it did in spring. We cannot live like this,” a driver in "
        "the port city told reporters by phone.\n\n"
        "The man, who gave his name as Daniyar, said police had arrested two of his cousins."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Bread costs three times")
    assert len(hits) == 1 and "Daniyar" in _name(hits[0], entities)


def test_a_given_name_after_an_adverb_and_as(nlp):
    text = (
        "A nurse in Kisumu, who gave her name only as Achieng, told our reporter that police had "
        'shot a boy in the leg. "We were treating people on the floor of the corridor," she said.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We were treating people")
    assert len(hits) == 1 and "Achieng" in _name(hits[0], entities)


# -- documents ---------------------------------------------------------------------------------


def test_a_statement_from_a_described_group_is_the_groups(nlp):
    text = (
        "The Oslo-based rights group Hengaw reported new arrests in Sanandaj on Sunday.\n\n"
        "“Those held are denied lawyers and family visits and face a serious risk of torture,” "
        "according to a statement from the group."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Those held are denied")
    assert len(hits) == 1 and _name(hits[0], entities) == "Hengaw"
