"""Who gives each figure, twenty-eighth round: a count in a clause of time that dates the reported
event by an earlier one.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles, roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "not_a_source"),
    [
        (
            "Two weeks after 300 dockworkers walked off the job, the number of those fired has reached 85, "
            "according to a tally kept by the port union.",
            300,
            "union",
        ),
        (
            "The mayor said she met the nine families the day after 23 shacks were demolished.",
            23,
            "mayor",
        ),
        (
            "Lawyers say the students who have been held since police rounded up 70 others in March face trial.",
            70,
            "lawyers",
        ),
        (
            "A month before 450 teachers were dismissed, the union had warned of a purge, its leader said.",
            450,
            "union",
        ),
        (
            "Activists say the camp, which has held refugees since soldiers expelled 2,000 families in May, is full.",
            2000,
            "activists",
        ),
    ],
)
def test_a_count_in_a_clause_of_time_dating_the_event_is_the_writers(
    text: str, value: float, not_a_source: str
) -> None:
    """ "Nine days after thousands took to the streets, the count rose to 612, according to X", "held
    since police rounded up 70 others": a clause of time opened by "since", or by "after"/"before"
    set off by a measured span of time, dates the reported event by an earlier one the writer tells;
    the source above speaks for the reported event, not for that background."""
    asserted, confirmed, _ = roles_of(text, value)
    assert not any(not_a_source in name.lower() for name in asserted + confirmed), asserted


def test_the_clause_of_time_keeps_the_carry_over_from_the_sentence_before_away() -> None:
    """The count in such a clause is not the previous sentence's speaker's either."""
    text = (
        "Rescuers pulled 40 survivors from the rubble, the fire brigade said. "
        "Two days after 16 of them were taken to hospital, six had died."
    )
    roles = {v: a for v, a, _, _ in figure_roles(text)}
    assert 16.0 in roles, roles
    assert not any("brigade" in name.lower() for name in roles[16.0]), roles


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Police said 14 people were killed after officers fired on 300 marchers.",
            300,
            "police",
        ),
        (
            "Miners blocked the road for days before clashes on Monday left 14 trucks burned, "
            "according to the transport ministry.",
            14,
            "transport ministry",
        ),
        (
            "Two days after the vote, 120 people had been detained, the interior ministry said.",
            120,
            "interior ministry",
        ),
        (
            "The monitor said 31 people have died since the clashes began.",
            31,
            "monitor",
        ),
        (
            "Two days after the ministry said 40 people had died, the army withdrew from the town.",
            40,
            "ministry",
        ),
    ],
)
def test_the_reported_event_and_a_bare_after_keep_their_source(text: str, value: float, source: str) -> None:
    """Guard: a bare "after" tells the same event ("killed after officers fired on 300 marchers");
    "for days before" is how long something went on up to the event, whose own "according to"
    speaks; the count of the main clause, and one the clause of time only dates, keep their source."""
    asserted, _, _ = roles_of(text, value)
    assert any(source in name.lower() for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "authority"),
    [
        (
            "On May 2, the state prosecutor indicted the mayor and two aides.",
            2,
            "prosecutor",
        ),
        (
            "The regional prosecutor's office opened criminal cases against 17 prison guards on Friday.",
            17,
            "prosecutor",
        ),
        (
            "A military court charged 12 students with sedition.",
            12,
            "court",
        ),
    ],
)
def test_the_prosecutor_or_court_that_charges_people_gives_their_count(
    text: str, value: float, authority: str
) -> None:
    """ "the prosecutor indicted X and two aides", "the prosecutor's office opened cases against 17
    guards": whom a prosecutor or court charges is its own record, as a statement would be."""
    asserted, _, _ = roles_of(text, value)
    assert any(authority in name.lower() for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "not_a_source"),
    [
        ("Police arrested 40 students in the square on Monday.", 40, "police"),
        ("The mining company filed a lawsuit against 3 reporters last week.", 3, "company"),
    ],
)
def test_who_arrests_or_sues_is_not_read_as_a_charging_authority(
    text: str, value: float, not_a_source: str
) -> None:
    """Guard: police who arrest people, or a company that sues them, are not read as giving the count."""
    asserted, _, _ = roles_of(text, value)
    assert not any(not_a_source in name.lower() for name in asserted), asserted


def test_a_speaker_of_the_charges_keeps_the_count() -> None:
    """Guard: "Prosecutors have charged 14 people, the ministry said": the one who says so gives it."""
    asserted, _, _ = roles_of("Prosecutors have charged 14 people, the justice ministry said.", 14)
    assert any("ministry" in name.lower() for name in asserted), asserted
