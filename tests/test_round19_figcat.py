"""Figures and their categories, nineteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally after reading real crackdown reporting; none is
copied from a page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_readings, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Soldiers inflicted injuries on at least nine of them.", 9, "injured"),
        ("Officers inflicted serious wounds on 12 of them during the raid.", 12, "injured"),
        ("The guards caused injuries to 14 of the prisoners.", 14, "injured"),
    ],
)
def test_harm_dealt_on_a_part(text: str, value: float, category: str) -> None:
    """ "inflicted injuries on at least nine of them": the harm noun is the object of the verb and
    those counted the target of its "on"/"to"; with a part ("nine of them") no counted noun
    carried the category and the count fell to "other"."""
    assert _category(text, value) == category


def test_harm_dealt_on_guard() -> None:
    """Guard: a verb whose object is no harm noun leaves a count after "on" as it was."""
    assert _category("Police fired tear gas on about 300 protesters.", 300) == "protesters"


def test_fatal_harm_dealt_on_a_part() -> None:
    """ "inflicted fatal wounds on two of them": the harm noun's own reading (fatal) holds."""
    assert _category("The gunmen inflicted fatal injuries on two of them.", 2) == "killed"


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("The number of those missing has gone up from 40 to 57, the commission said.", 40, 57),
        ("The toll climbs from 12 to 19 as more bodies are found.", 12, 19),
        ("Arrests swelled from 300 to 1,100 within a week.", 300, 1100),
    ],
)
def test_change_in_another_form_is_two_counts(text: str, before: float, after: float) -> None:
    """ "has gone up from 40 to 57", "climbs from 12 to 19": a verb of change in a form the list
    lacked (perfect "gone", present "climbs", "swelled") made its "from X to Y" one range whose
    low end stood for the toll; it is two counts, before and after."""
    assert figure_values(text, _PUBLISHED) == [before, after]


def test_range_without_change_guard() -> None:
    """Guard: "from X to Y" with no verb of change stays one range."""
    readings = figure_readings("Police detained from 20 to 30 students at the gate.", _PUBLISHED)
    assert [(v, c) for v, _, c in readings] == [(20, "detained")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crackdown resulted in 30 arrests in Harare, 12 in Bulawayo, and 9 in Mutare.",
            [(30, "arrested"), (12, "arrested"), (9, "arrested")],
        ),
        (
            "Police made 30 arrests in Harare, 12 in Bulawayo and 9 in Mutare.",
            [(30, "arrested"), (12, "arrested"), (9, "arrested")],
        ),
    ],
)
def test_count_by_place_with_the_noun_written_once(text: str, expected: list[tuple[float, str]]) -> None:
    """ "30 arrests in Harare, 12 in Bulawayo, and 9 in Mutare": a list of counts by place writes
    the noun once; the parser hangs the bare items on the verb and they were dropped."""
    assert [(v, c) for v, _, c in figure_readings(text, _PUBLISHED)] == expected


def test_count_by_place_guard() -> None:
    """Guard: a bare count after a comma that names no place ("12 in the morning") stays out."""
    readings = figure_readings("Police made 30 arrests in Harare, 12 in the morning.", _PUBLISHED)
    assert [(v, c) for v, _, c in readings] == [(30, "arrested")]


def test_capitalised_title_plural_of_an_event_noun() -> None:
    """ "Over 300 Killings Recorded Since June": a title in capitals has its nouns tagged as names
    that keep their written plural for a lemma; the event noun's plural is read as that noun, as
    the person nouns' already was ("520 Martyrs Named")."""
    readings = figure_readings(
        "Over 300 Killings Recorded Since June\n\nThe commission gave the figure.", _PUBLISHED
    )
    assert [(v, c) for v, _, c in readings] == [(300, "killed")]


def test_capitalised_title_plural_guard() -> None:
    """Guard: a name ending in "s" that is no plural of a listed noun keeps its reading."""
    readings = figure_readings(
        "Over 300 Delegates Attended Since June\n\nThe commission gave the figure.", _PUBLISHED
    )
    assert [(v, c) for v, _, c in readings] == [(300, "other")]
