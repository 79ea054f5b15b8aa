"""Figures and their categories, fifteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (a Reuters story from Lagos, a Sri Lankan police statement read
on television, a Kenyan live blog with a Q&A, an AFP story on a Georgian
ombudsman's report, a Bangladeshi podcast transcript, a Zimbabwean commission's
report, a Kazakh prosecutor's statement, a Sierra Leonean court and inquiry
story); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-06-10"


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, _PUBLISHED)


def _values(text: str) -> list[float]:
    return figure_values(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("The army now says 7 people were shot dead in Conakry, not 17.", 7, 17),
        ("The number of people detained is 312, and not 321 as the ministry said on Monday.", 312, 321),
        ("The toll from the clashes in Kita stands at 41, not 14 as previously reported.", 41, 14),
        ("This report has been corrected to show that 61 people were injured, not 16.", 61, 16),
        ("Officials later said three soldiers had died in the ambush, not four.", 3, 4),
    ],
)
def test_number_corrected_away(text: str, kept: float, dropped: float) -> None:
    """ "7 people were shot dead, not 17", "312, and not 321 as the ministry said": the number
    after a contrastive "not" is the figure being corrected away."""
    values = _values(text)
    assert kept in values
    assert dropped not in values


def test_not_more_than_is_a_hedge() -> None:
    """Guard: "not more than 50" is an upper bound, no correction."""
    assert _figures("Police said not more than 50 people were detained.") == [(50, "up_to", "detained")]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Correction: An earlier version of this article said 34 people were detained in Conakry. "
            "Police detained 43 people.",
            43,
            34,
        ),
        (
            "An earlier version of this story incorrectly stated that 27 protesters were killed in Labé; "
            "the toll was 22.",
            22,
            27,
        ),
        (
            "Correction: our newsletter of 3 March gave the number of deaths in Kindia as 15. "
            "The correct number is 9.",
            9,
            15,
        ),
    ],
)
def test_number_of_a_corrected_version(text: str, kept: float, dropped: float) -> None:
    """ "An earlier version of this article said 34 people were detained", "Correction: our
    newsletter gave the number of deaths as 15": what the corrected text said is no figure."""
    values = _values(text)
    assert kept in values
    assert dropped not in values


def test_earlier_report_of_a_body_stays() -> None:
    """Guard: a body's earlier count is a figure of its date, not a corrected error."""
    text = "The commission's earlier report said 56 people had been killed; its final report gives 52."
    assert 56 in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Host: How many people were wounded on Friday?\n\nGuest: Hundreds. Many of them were hit by pellets.",
            100,
            "injured",
        ),
        (
            "Q: How many students have been detained since June?\n"
            "A: The ministry gives no number, but lawyers put it at about 1,200.",
            1200,
            "detained",
        ),
        ("Interviewer: And how many died in Bo?\nDoctor: At least nine, all of them young men.", 9, "killed"),
    ],
)
def test_answer_to_a_how_many_question(text: str, value: float, category: str) -> None:
    """ "How many were wounded? — Hundreds.": a bare count answering a "how many" question of an
    interview, Q&A or live blog counts what the question asked about."""
    assert (value, category) in [(v, c) for v, _, c in _figures(text)]


def test_answer_keeps_its_own_category() -> None:
    """Guard: a count in the answer that names its own category keeps it."""
    text = "Q: How many people were killed?\nA: We counted 31 dead and 12 people arrested."
    assert (12, "arrested") in [(v, c) for v, _, c in _figures(text)]


def test_count_far_after_a_question_stays_out() -> None:
    """Guard: past the answer's first sentences, a question no longer says what a bare count is."""
    text = (
        "Q: How many people were killed?\nA: We do not know yet. Hospitals are full. Roads are closed. "
        "Phones are down. The army has deployed in the north. Officials say the figure is 40."
    )
    assert 40 not in [v for v, _, c in _figures(text) if c == "killed"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'The march ended at dusk. "We were 8,000 outside the ministry last night," a student leader said.',
            8000,
        ),
        (
            '"We are at least 30,000 in the streets of Bamako today," one of the protest organisers told us.',
            30000,
        ),
        (
            "Protesters chanted in the square. 'We are more than a million across the country,' said Kamau.",
            1000000,
        ),
        ('Organisers of the march were jubilant. "We are at least 60,000 today," one of them said.', 60000),
    ],
)
def test_crowd_counting_itself(text: str, value: float) -> None:
    """ "We were 8,000 outside the ministry", "We are at least 30,000 today": people at a
    protest who say how many they are give the size of their crowd."""
    assert (value, "protesters") in [(v, c) for v, _, c in _figures(text)]


def test_we_in_a_cell_are_no_crowd() -> None:
    """Guard: "we were 40 in a cell" counts people held, not a crowd."""
    text = '"We were 40 in a cell built for ten," a released detainee said.'
    assert (40, "protesters") not in [(v, c) for v, _, c in _figures(text)]


def test_a_people_counting_itself_is_no_crowd() -> None:
    """Guard: with no protest in the text, "we are 25 million in this country" is a people."""
    text = '"We are 25 million in this country and we deserve better roads," the minister said.'
    assert (25000000, "protesters") not in [(v, c) for v, _, c in _figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The toll rose to 12 yesterday, doctors in Kisumu said.", 12, "killed"),
        ("Police said the number of people arrested had reached 230 today.", 230, "arrested"),
    ],
)
def test_count_before_a_day_word(text: str, value: float, category: str) -> None:
    """ "rose to 12 yesterday": the day word after a count is no noun it counts."""
    assert (value, category) in [(v, c) for v, _, c in _figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Witnesses put the size of the crowd at about 12,000.", 12000),
        (
            "The size of the crowd outside the palace in Mbabane on Tuesday evening was estimated at 4,000 by the police.",
            4000,
        ),
        ("Local reporters put attendance at the rally at roughly 9,000.", 9000),
        ("Organisers said the crowd size reached 70,000 by nightfall.", 70000),
    ],
)
def test_size_of_a_crowd_set_at(text: str, value: float) -> None:
    """ "put the size of the crowd at 12,000", "put attendance at the rally at 9,000": a crowd's
    size or attendance set at a value is a crowd count, however far the verb is."""
    assert (value, "protesters") in [(v, c) for v, _, c in _figures(text)]


def test_size_of_an_army_is_no_crowd() -> None:
    """Guard: the size of anything but a gathering is no crowd."""
    text = "Analysts put the size of the militia at about 3,000 fighters."
    assert (3000, "protesters") not in [(v, c) for v, _, c in _figures(text)]


def test_group_numbered_after_a_date() -> None:
    """ "the crowds that marched on 10 August numbered in the thousands": the size verb the parser
    hung on the date gives the size of the group before it."""
    text = "The crowds that marched on 10 August numbered in the thousands in Freetown alone."
    assert (1000, "protesters") in [(v, c) for v, _, c in _figures(text)]


def test_group_numbered_after_a_date_parsed_right_stays() -> None:
    """Guard (passes before the change): where the parser hangs the verb right, nothing changes."""
    text = "The students who rallied on 3 May numbered about 4,000, the police said."
    assert (4000, "protesters") in [(v, c) for v, _, c in _figures(text)]


def test_age_bound_in_an_answer_is_no_count() -> None:
    """ "(How many were arrested? — 640,) and a third of those held are under 25": a share of a
    group said to be under a small number is described by its age, even after a count."""
    text = "HOW MANY WERE ARRESTED?\n* Lawyers say 640, and that about a third of those held are under 25."
    assert (25, "arrested") not in [(v, c) for v, _, c in _figures(text)]
    text = "Q: How many died?\nA: We counted 31 people killed. Nine of them were under 18."
    assert 18 not in _values(text)


def test_a_toll_over_a_small_number_stays() -> None:
    """Guard: "the toll is over 50" is a count, not an age."""
    assert 50 in _values("Doctors said 31 people were killed on Friday, and by Sunday the toll was over 50.")
