"""Dates of real crackdown reports, twenty-fourth round.

Constructions met in broadcasters' web stories and in hard invented articles (wire copy, live
pages, encyclopaedia pages without a publication date), each shown here by a sentence written for
these tests; each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- an event that bounds what lies ahead lies ahead too -------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The president does not want to sign the treaty before the election in November, aides said.",
            "2024-02-10",
            ("November", "2024-11"),
        ),
        (
            "The minister will not meet the strikers until the congress in October, his office said.",
            "2024-03-05",
            ("October", "2024-10"),
        ),
        (
            "Mediators plan to free the hostages ahead of the December summit, officials said.",
            "2024-03-05",
            ("December", "2024-12"),
        ),
    ],
)
def test_an_event_bounding_a_deed_ahead_lies_ahead(nlp, text: str, published: str, expected) -> None:
    """A yearless month dating the event a future deed is bounded by ("before the election in
    November", "until the congress in October", "ahead of the December summit") lies ahead: what
    is still to be done before it has not happened, so neither has the event."""
    assert expected in _dates(nlp, text, published)


# guards: a past deed before an event says nothing of where the event lies; nearest, back first
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The students marched before the vote in November, the union said.",
            "2024-02-10",
            ("November", "2023-11"),
        ),
        (
            "Police detained him ahead of the October summit, his lawyer said.",
            "2024-03-05",
            ("October", "2023-10"),
        ),
    ],
)
def test_an_event_bounding_a_past_deed_keeps_its_nearest_reading(
    nlp, text: str, published: str, expected
) -> None:
    assert expected in _dates(nlp, text, published)


# --- what a present hope or wish hopes for lies ahead -----------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The union hopes the talks can resume in October.", "2024-03-05", ("October", "2024-10")),
        (
            "The envoy said Beijing hopes there can be an agreement before August's deadline.",
            "2024-03-05",
            ("August", "2024-08"),
        ),
        ("Families want the prisoners to be freed in December.", "2024-02-01", ("December", "2024-12")),
    ],
)
def test_what_a_present_hope_hopes_for_lies_ahead(nlp, text: str, published: str, expected) -> None:
    """A clause with "can", "could", "may" or "might" under a verb of hoping or wanting in the
    present ("hopes the talks can resume in October") says what is hoped for: still to come."""
    assert expected in _dates(nlp, text, published)


# guards: a past hope says nothing of where its object lies; a present modal alone is no future
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The union hoped in October that the talks could resume.", "2024-03-05", ("October", "2023-10")),
        (
            "Police can detain protesters for 48 hours, as they did in October.",
            "2024-03-05",
            ("October", "2023-10"),
        ),
    ],
)
def test_a_past_hope_or_a_bare_modal_keeps_its_reading(nlp, text: str, published: str, expected) -> None:
    assert expected in _dates(nlp, text, published)


# --- a day an imperative calls people out on lies ahead ---------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            '"Come to the square on Saturday, everyone," the organiser said on Wednesday.',
            "2024-05-10",
            ("Saturday", "2024-05-11"),
        ),
        (
            'The organisers told supporters on Telegram: "Take to the streets on Sunday."',
            "2024-05-09",
            ("Sunday", "2024-05-12"),
        ),
        (
            'The organisers told supporters: "Don\'t stay at home on Sunday."',
            "2024-05-09",
            ("Sunday", "2024-05-12"),
        ),
        ("Please join us on Sunday, the union wrote.", "2024-05-09", ("Sunday", "2024-05-12")),
    ],
)
def test_a_day_an_imperative_names_lies_ahead(nlp, text: str, published: str, expected) -> None:
    """An order or call ("Come to the square on Saturday", "Take to the streets on Sunday") is
    for a time after it is given: its weekday is the next one from the day it was said."""
    assert expected in _dates(nlp, text, published)


# guards: a statement with a subject keeps the past reading, also a headline's present
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            '"We came to the square on Saturday," the organiser said on Wednesday.',
            "2024-05-10",
            ("Saturday", "2024-05-04"),
        ),
        ("Protesters march on Sunday in Minsk.", "2024-05-09", ("Sunday", "2024-05-05")),
    ],
)
def test_a_day_of_a_statement_keeps_its_reading(nlp, text: str, published: str, expected) -> None:
    assert expected in _dates(nlp, text, published)


# --- a past perfect looks back from the time its paragraph set ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dockers walked out on 12 March 2019. By November 2020, courts had jailed 40 of them, "
            "most for a blockade that had started on 5 February.",
            ("5 February", "2020-02-05"),
        ),
        (
            "In April 2020, officials said a curfew had been imposed in November.",
            ("November", "2019-11"),
        ),
    ],
)
def test_a_past_perfect_lies_before_the_time_its_paragraph_set(nlp, text: str, expected) -> None:
    """Without a publication date a paragraph's "In April 2020" or "By November 2020" places the
    yearless dates after it, going forward; a past perfect ("had started on 5 February", "had been
    imposed in November") is before that time: the last such day or month up to it."""
    assert expected in _dates(nlp, text, None)


# guards: without a past perfect the paragraph's story still goes forward
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dockers walked out on 12 March 2019. By November 2020, courts had jailed 40 of them. "
            "The strike resumed on 5 February.",
            ("5 February", "2021-02-05"),
        ),
        (
            "In April 2020, the government closed the border; it reopened in December.",
            ("December", "2020-12"),
        ),
    ],
)
def test_without_a_past_perfect_the_paragraph_goes_forward(nlp, text: str, expected) -> None:
    assert expected in _dates(nlp, text, None)
