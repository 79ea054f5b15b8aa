"""Figures, round 36: numbers that are not counts, read on text the rules never saw.

The classes come from judging a seeded sample of tally's figures on the tune halves of the
public sets and on RAMS windows (no figure gold there). Every sentence here was written for
tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_spans

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-09-14"


def _figures(text: str) -> list[tuple[float, str, str]]:
    """(value, category, the record's own span of text) of every figure, offsets checked."""
    return figure_spans(text, _PUBLISHED)


def _values(text: str) -> list[float]:
    return [value for value, _category, _span in _figures(text)]


# --- an age set off by a comma and closed by a dash: "Okafor, 52 — a baker and father of two —"


@pytest.mark.parametrize(
    "text",
    [
        "Police said Okafor, 52 — a baker who led the march — was beaten in custody.",
        "Mendez, 38 – a nurse at the clinic – was shot dead by soldiers on Friday.",
        "Ingrid Halvorsen, 61 ― a retired teacher ― was arrested with 14 other protesters.",
        "A driver from Leeds - Omar Pike, 27 - was charged with assault after the march.",
    ],
)
def test_an_age_closed_by_a_dash_is_no_count(text: str) -> None:
    values = _values(text)
    assert not {52.0, 38.0, 61.0, 27.0} & set(values)


# --- an age compared with another: "the second boy, also 15, was wounded"


@pytest.mark.parametrize(
    "text",
    [
        "A 16-year-old was shot in the leg. His cousin, also 15, was wounded in the arm.",
        "Police arrested a 19-year-old student. Her friend, also 19, was detained overnight.",
    ],
)
def test_an_age_after_also_is_no_count(text: str) -> None:
    values = _values(text)
    assert 15.0 not in values and 19.0 not in values


# --- the age one dies at: "Former governor dies at 88"


@pytest.mark.parametrize(
    "text",
    [
        "Veteran union leader dies at 88. He led the dock strikes of the 1970s.",
        "The poet, who was jailed twice for his verse, died at 71 in a hospital in Lagos.",
    ],
)
def test_the_age_one_dies_at_is_no_count(text: str) -> None:
    values = _values(text)
    assert 88.0 not in values and 71.0 not in values


# --- guards: counts that look alike stay counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count set off by a comma and a dash after a place stays a count
        ("Deaths by region: Lagos, 52 — most of them shot — and Kano, 17.", 52.0),
        # a count after a place and a spaced hyphen stays a count
        ("Arrests by city: Leeds, 27 - most of them students - and York, 9.", 27.0),
        # "also" before a count with its noun
        ("Troops killed 30 villagers and also 14 herders near the river.", 14.0),
        # dying at a count of places is no age
        ("At least 45 people died at 3 checkpoints along the road, medics said.", 45.0),
        # "from one to four" is a range of counts
        ("Each country expelled from one to four diplomats, the ministry said.", 1.0),
        # a count of one after "from" with no "to another"
        ("Soldiers detained 12 men, including one from the village of Ade.", 12.0),
    ],
)
def test_counts_that_look_alike_stay_counts(text: str, expected: float) -> None:
    assert expected in _values(text)
