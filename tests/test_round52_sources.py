"""Figure sources (round 52): a later reference that names what it counts; a later count that lends its source.

``attribute_later_references`` lends a count the source of a later noun that takes it up ("the
figure", "the number", "the arrests"). A reference that names what it counts with "of" ("the number
of troops", "the arrest of the gunmen") takes up only a count of that noun: the count's own noun
or a word for whatever is counted ("people", "victims"). Naming something else, it is another count,
and its sentence's speaker says nothing of this one. The sentences are our own, written from the
constructions of the round's real tune errors.

A count merged with a later one of the same value took the later one's source, wherever it stood.
A summary tells a count before the body gives it with its source (a headline, the opening sentence,
a row, a bullet or a line with no final stop), and a later "the 30 protesters" takes a count up in
so many words; a count told in prose and a later bare count of the same value are, more often than
not, two counts the merge joined ("sent to two clinics" … "took two sips"), and the later one's
speaker says nothing of the first.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value, figure_roles


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "the number of" another noun, in a list of what a speaker lacks
        (
            "The governors of three coastal states backed the plan. However, Ohio Governor Mark Lane "
            "said that without key details \u2014 including the number of troops and the cost \u2014 he "
            "could not commit.",
            3,
        ),
        # a noun of the count's category, naming other people with "of"
        (
            "Police said that 14 men had been arrested. Another six were arrested on Sunday. The mayor, "
            "Tom Ruse, announced a cash prize for tips leading to the arrest of the gunmen.",
            6,
        ),
    ],
)
def test_a_reference_naming_other_things_is_another_count(text: str, value: float) -> None:
    assert "Mark Lane" not in asserted_by_value(text, value)
    assert "Tom Ruse" not in asserted_by_value(text, value)


def test_a_reference_naming_the_count_still_takes_it_up() -> None:
    # the count's own noun after "of"
    text = (
        "Flooding has cut off six villages in the valley. Regional governor Paul Hart later confirmed "
        "the number of villages cut off."
    )
    assert [c for v, _, c, _ in figure_roles(text) if v == 6] == [["Paul Hart"]], figure_roles(text)


def test_a_reference_naming_people_still_takes_it_up() -> None:
    # "people" names whatever the count counted
    text = (
        "Twelve protesters were killed on Friday. The interior minister, Dan Poole, said the number of "
        "people killed was lower."
    )
    assert [d for v, _, _, d in figure_roles(text) if v == 12] == [["Dan Poole"]], figure_roles(text)


def test_a_reference_without_of_is_unchanged() -> None:
    text = (
        "At least 27 people died in the port town on Tuesday. The figures were provided to reporters "
        "by two nurses at the city hospital."
    )
    assert asserted_by_value(text, 27) != [], figure_roles(text)


def test_a_count_in_prose_takes_no_source_from_a_later_bare_count() -> None:
    text = (
        "Dozens of pupils fell ill after eating fried fish sold outside a school on Monday. Almost 30 "
        "pupils were taken to two other clinics. A vendor was also questioned by police.\n"
        "Fried fish is a popular snack in the region. \u201cSome said they had only two mouthfuls "
        "because it smelled odd,\u201d said a nurse, Ana Ruiz."
    )
    assert "Ana Ruiz" not in asserted_by_value(text, 2), figure_roles(text)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # a headline's count, told again in the body with its source
        (
            "Two dead as protests turn violent\nPolice and protesters clashed on Friday in the capital. "
            "A hospital spokesman, Ken Dorr, said two people had died.",
            2,
            "Ken Dorr",
        ),
        # a count taken up again with "the"
        (
            "Crowds gathered in the square on Friday and officers detained 30 protesters near the "
            "fountain. Shops stayed shut all weekend.\nOn Sunday the 30 protesters were released "
            "without charge, the police chief, Ann Boyd, said.",
            30,
            "Ann Boyd",
        ),
        # a count taken up again as the value of a definite count noun
        (
            "Gunmen killed 14 people in a village on Sunday, raising an earlier toll of 9. A local "
            "official, Omar Sy, said the village was attacked at dawn.\nThe earlier toll of 9 had "
            "been given to reporters by a nurse at the clinic, Ada Kone.",
            9,
            "nurse",
        ),
        # a bullet of a summary, told again in the body
        (
            "- At least 45 people were detained in the capital.\n- Courts fined 12 people.\n\n"
            "Detentions\nThe rights group Civic Watch said that at least 45 people had been detained "
            "in the capital during the month.",
            45,
            "Civic Watch",
        ),
    ],
)
def test_a_summary_or_a_restatement_still_takes_the_later_source(
    text: str, value: float, source: str
) -> None:
    assert asserted_by_value(text, value) == [source], figure_roles(text)
