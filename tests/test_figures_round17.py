"""Figures and their categories, seventeenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally while reading the errors of the
round-17 probe articles' ``work`` half (eval/figures_own/round17); none is
copied from a probe or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "After the clashes, 40 people admitted to hospital with gunshot wounds, the ministry said.",
            40,
            "injured",
        ),
        (
            "The protests continued on Sunday. Twelve students reported missing after the raid have not been found.",
            12,
            "disappeared",
        ),
        ("Officials said 30 cars torched and 12 shops looted overnight in the capital.", 30, "other"),
        ("The governor said 14 officers had been hurt and 9 armoured vans damaged.", 9, "other"),
    ],
)
def test_reduced_passive_after_a_count(text: str, value: float, category: str) -> None:
    """ "40 people admitted to hospital", "12 students reported missing", "30 cars torched": a
    participle after the count with no auxiliary and no object of its own is a passive whose "were"
    is left out (wire, headline and live-blog style); the small model makes the count the active
    subject of a verb of saying or admitting, and the count was dropped as a count of sources."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    "text",
    [
        "Two doctors admitted to reporters that the toll was higher than announced.",
        "Three officials confirmed to Reuters that troops had been deployed.",
    ],
)
def test_speakers_stay_sources(text: str) -> None:
    """Guard: "two doctors admitted to reporters that …": people who say something are sources, no figure."""
    assert figure_values(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Riot police fired tear gas at the march. By midnight about 3,000 people remained on Liberty Avenue.",
            3000,
        ),
        (
            "The strike entered its second week. Some 15,000 villagers had arrived in the capital by Sunday, "
            "the organisers of the protest said.",
            15000,
        ),
        (
            "Demonstrators defied the curfew, and several hundred young men stayed outside the parliament all night.",
            100,
        ),
    ],
)
def test_crowd_staying_out(text: str, value: float) -> None:
    """ "about 3,000 people remained on the avenue", "15,000 villagers had arrived in the capital":
    plain people who come to or stay at a place, in a text about protests, are the crowd's size."""
    assert _category(text, value) == "protesters"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Police broke up the protest on Monday. About 40 people remained in custody on Tuesday.",
            40,
            "detained",
        ),
        (
            "Police broke up the protest on Monday. Some 12 people remained in hospital on Tuesday.",
            12,
            "injured",
        ),
    ],
)
def test_staying_where_held_or_treated(text: str, value: float, category: str) -> None:
    """Guard: people who remain in custody or in hospital are held or hurt, no crowd."""
    assert _category(text, value) == category


def test_people_fleeing_are_no_crowd() -> None:
    """Guard: "20,000 people have arrived in the next country, fleeing the crackdown on the protests"."""
    text = (
        "The protests were crushed in May. About 20,000 people have arrived in Ghana, fleeing the crackdown."
    )
    assert _category(text, 20000) != "protesters"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "A monitoring group says 340 people have been detained since Friday. "
            "Its list, last updated on Sunday, includes 41 minors and at least 12 journalists.",
            41,
            "detained",
        ),
        (
            "A monitoring group says 340 people have been detained since Friday. "
            "Its list, last updated on Sunday, includes 41 minors and at least 12 journalists.",
            12,
            "detained",
        ),
        (
            "Rights groups said 85 protesters had been killed in the crackdown. The database includes nine children.",
            9,
            "killed",
        ),
    ],
)
def test_record_of_the_count_includes_a_part(text: str, value: float, category: str) -> None:
    """ "(340 detained.) Its list includes 41 minors", "(85 killed.) The database includes nine
    children": a record holding the people counted before includes a part of that count (also when
    the parser joins "includes" to a verb before it that has the subject)."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The ombudsman said 640 demonstrators were placed in temporary detention centres after the vote.",
            640,
        ),
        ("The commission said 318 people had been deprived of their liberty since the strike began.", 318),
        ("Lawyers said some 35 students were kept in police cells until Monday.", 35),
    ],
)
def test_put_or_kept_in_custody(text: str, value: float) -> None:
    """ "placed in detention centres", "deprived of their liberty", "kept in police cells": the
    verb with the kind of place it puts people in (the place's own compound noun) is detention."""
    assert _category(text, value) == "detained"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Police broke up a small protest outside the court. About 60 supporters applauded as the teacher was led away.",
            60,
        ),
        (
            "After weeks of protests, some 200 people cheered outside the court when the verdict was read.",
            200,
        ),
    ],
)
def test_crowd_voice_in_a_protest_story(text: str, value: float) -> None:
    """ "About 60 supporters applauded as he was led away", "some 200 people cheered": plain
    people (supporters too) who cheer or applaud, in a text about protests, are a crowd."""
    assert _category(text, value) == "protesters"


def test_audience_is_no_crowd() -> None:
    """Guard: "about 900 people applauded" at a concert, in a text with no protest, is an audience."""
    text = "The orchestra played for two hours, and about 900 people applauded at the end."
    assert _category(text, 900) != "protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Three men arrested during the march died in custody last month, their families said.",
        "Five students detained in March have died in prison, a rights group said.",
        "Two teenagers wounded in the clashes died in hospital on Monday.",
    ],
)
def test_people_described_by_a_participle_who_died(text: str) -> None:
    """ "Three men arrested during the march died in custody", "two teenagers wounded in the
    clashes died in hospital": the participle says who they were, their own verb what became of
    them; a death in custody or of wounds is a killing (ANNOTATION)."""
    value = {"Three": 3, "Five": 5, "Two": 2}[text.split()[0]]
    assert _category(text, value) == "killed"


def test_detainees_who_died_guard() -> None:
    """Guard: "Three detainees died in custody" was already a killing."""
    assert _category("Three detainees died in custody last month.", 3) == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International interviewed 40 former prisoners and 12 relatives of victims.",
        "The UN team spoke to 31 protesters who had been released.",
    ],
)
def test_people_asked_for_their_account_are_sources(text: str) -> None:
    """ "interviewed 40 former prisoners", "spoke to 31 protesters": people asked for their account
    are sources (ANNOTATION), whatever their noun says they are."""
    assert figure_values(text, _PUBLISHED) == []


def test_questioned_by_police_guard() -> None:
    """Guard: "Police interviewed 40 detainees" questions people held; they stay a count."""
    assert _category("Police interviewed 40 detainees on Tuesday.", 40) == "detained"
