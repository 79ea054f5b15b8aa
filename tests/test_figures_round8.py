"""Figures and their categories, eighth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (wire copy, NGO reports with tables and ranges, state media,
opposition lists, UN briefing notes, encyclopaedia pages); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, "2023-03-16")


_BY_REGION = (
    "The strike was broken up.\n\nArrests by region (as of 3 May):\nNorth – 120\nSouth: 85\nCoast: 31\n"
)
_TABLE = (
    "The report has two tables.\n\nTable 2: Deaths in the port city, June 2023\n"
    "Harbour district: 41 (monitors)\nOld town: 17 (monitors)\n\nThe list is partial."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # estimates that range between two counts and name no category: the toll before them
        (
            "Officials say 433 protesters have been killed. Estimates compiled by local activists range from 500 to 600.",
            (500, "exact", "killed"),
        ),
        # … or the participle inside them, which the parser took for the sentence's verb
        (
            "Estimates of the number of people still held range from 400 to 650, lawyers said.",
            (400, "exact", "detained"),
        ),
        # a service or a march "attended by" a crowd: the crowd
        ("Sunday Mass at the cathedral was attended by thousands.", (1000, "vague", "protesters")),
        ("Friday prayers in the old city were attended by some 20,000.", (20000, "about", "protesters")),
        (
            "Rallies went on in the capital and six other towns, attended by tens of thousands.",
            (10000, "vague", "protesters"),
        ),
        # a list by place under a heading with a date in brackets, or a numbered table caption
        (_BY_REGION, (85, "exact", "arrested")),
        (_BY_REGION, (31, "exact", "arrested")),
        (_TABLE, (17, "exact", "killed")),
        # a count whose verb is left out after "and" is said like the count before it
        (
            "Doctors said 51 of the dead were shot in the chest and 14 in the back.",
            (14, "exact", "killed"),
        ),
        ("Monitors logged 310 cases of beating and 22 of rape.", (22, "exact", "other")),
        # "Of these, 512 …": a fronted part of the count of the sentence before
        (
            "Police said 840 suspects were arrested. Of these, 512 have already appeared in court and 60 of them were minors.",
            (512, "exact", "arrested"),
        ),
        (
            "Police said 840 suspects were arrested. Of these, 512 have already appeared in court and 60 of them were minors.",
            (60, "exact", "arrested"),
        ),
        (
            "Of the 75 deaths, 48 occurred in clashes with the army, the ombudsman said.",
            (48, "exact", "killed"),
        ),
    ],
)
def test_reading(text: str, expected: tuple[float, str, str] | str) -> None:
    """Each construction gives the figure with its value, qualifier and category."""
    found = _figures(text)
    if isinstance(expected, str):
        value = float(expected.split()[1])
        category = expected.split()[2]
        assert not any(v == value and c == category for v, _, c in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "four later died": "later" makes no date of a count
        (
            "Doctors treated 35 people for gunshot wounds that night; six later died.",
            (6, "exact", "killed"),
        ),
        # people fined by a court are sentenced
        ("On Tuesday 36 protesters were fined by a court in the capital.", (36, "exact", "sentenced")),
        # a bare count of people charged, and its parts
        ("About 700 have been charged so far, including 120 with arson.", (700, "about", "other")),
        ("About 700 have been charged so far, including 120 with arson.", (120, "exact", "other")),
        # people prosecuted are no crowd
        ("Instead, the state has prosecuted hundreds of protesters.", (100, "vague", "other")),
    ],
)
def test_reading_court(text: str, expected: tuple[float, str, str]) -> None:
    """Counts of what courts and clinics did to people, with their categories."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of saying: what the source said of the people counted
        (
            "The party listed 64 activists it said had been beaten in custody, including 9 who needed surgery.",
            (64, "exact", "injured"),
        ),
        (
            "The party listed 64 activists it said had been beaten in custody, including 9 who needed surgery.",
            (9, "exact", "injured"),
        ),
        ("Residents buried 23 villagers they say were killed by soldiers.", (23, "exact", "killed")),
        # a march by, or a picket joined by, a number of people: a crowd
        (
            "In the capital, a march by several thousand nurses toward parliament was stopped by police.",
            (1000, "vague", "protesters"),
        ),
        ("The picket outside the court was joined by about 150 people.", (150, "about", "protesters")),
    ],
)
def test_reading_clauses(text: str, expected: tuple[float, str, str]) -> None:
    """What a clause about the counted people says decides."""
    assert expected in _figures(text), _figures(text)


def test_fronted_part_after_a_clause() -> None:
    """ "Of the 31 killings documented by the group, 12 were in the north": the parser hangs the count
    on the group's name; the fronted "of" still names what it is part of."""
    found = _figures(
        "Of the 24 killings documented by Foro Penal, 18 were in the states of Carabobo, Aragua and Zulia, and in the capital."
    )
    assert (18, "exact", "killed") in found, found


def test_estimates_after_a_crowd() -> None:
    """Guard (passes before the change): estimates that name nothing after a crowd count do not take
    the crowd's category."""
    found = _figures(
        "The funeral was attended by tens of thousands. Estimates compiled by opposition parties range from 160 to 239."
    )
    assert (160, "exact", "protesters") not in found, found


def test_estimates_of_a_turnout() -> None:
    """Estimates of a turnout range over a crowd."""
    found = _figures(
        "Estimates of the turnout at the main rally in the capital range from 80,000 to 250,000."
    )
    assert (80000, "exact", "protesters") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the figure of 40" that names nothing: a rival reading of the count before
        (
            "The opposition said 80 people were arrested, twice the police figure of 40.",
            (40, "exact", "arrested"),
        ),
        (
            "Doctors say the toll is at least 150, far higher than the official count of 62.",
            (62, "exact", "killed"),
        ),
    ],
)
def test_rival_total(text: str, expected: tuple[float, str, str]) -> None:
    """A total "of N" with no category of its own restates the count before it."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's count restated in the lede with another counted word: one figure
        (
            "Police: 1,400 rioters arrested in Basra\n\nBASRA – Police said on Monday that 1,400 protesters "
            "have been arrested in the city since the weekend.",
            [(1400, "exact", "arrested")],
        ),
        # … or with the lede's longer verb for the same people: one figure, the lede's category
        (
            "Georgian police arrest 260 at night rallies\n\nTBILISI (AP) — Police in Georgia detained 260 people "
            "overnight at rallies against the government, the interior ministry said.",
            [(260, "exact", "detained")],
        ),
    ],
)
def test_headline_restated(text: str, expected: list[tuple[float, str, str]]) -> None:
    """The headline's count and the lede's are one record."""
    found = _figures(text)
    assert [f for f in found if f[0] == expected[0][0]] == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "put the number of deaths at 10" puts no one to death
        ("The rights commission put the number of deaths at 14.", (14, "exact", "killed")),
        # people sent to jail are held
        ("The minister said 900 of them had been sent to prison on remand.", (900, "exact", "detained")),
        # people in hospital care are hurt
        (
            "The ministry said 70 people had been wounded, and that 6 remained in intensive care.",
            (6, "exact", "injured"),
        ),
        (
            "He said 140 police officers had been injured, 11 of whom remain in critical condition.",
            (11, "exact", "injured"),
        ),
        ("Officials said 52 others were treated at Mercy Hospital.", (52, "exact", "injured")),
        # whose whereabouts remain unknown have disappeared
        (
            "Some detainees have been freed; the whereabouts of at least 19 remain unknown.",
            (19, "at_least", "disappeared"),
        ),
    ],
)
def test_reading_states(text: str, expected: tuple[float, str, str]) -> None:
    """What became of the people counted: held, hurt, disappeared."""
    assert expected in _figures(text), _figures(text)


def test_prisons_are_not_the_held() -> None:
    """The count of prisons people are sent to is no count of the held."""
    found = _figures("The president said 1,300 of them would be sent to two maximum-security prisons.")
    assert (2, "exact", "detained") not in found, found
    assert (1300, "exact", "detained") in found, found


def test_whereabouts_of_people_named_before() -> None:
    """Guard (passes before the change): "the whereabouts of the two reporters" speaks of people
    already named, no new count."""
    found = _figures("Police raided the office. The whereabouts of the two reporters remain unknown.")
    assert not any(v == 2 and c == "disappeared" for v, _, c in found), found


_BY_YEAR = (
    "The report covers four years.\n\nTable: Deaths at protests recorded by the group, by year\n\n"
    "2019: 23\n2020: 31\n2021: 6\n\nThe group says the list is partial."
)
_SOURCED_ROWS = (
    "The army cleared both squares.\n\nTable 3: Deaths in the two camps, 9 March 2021\n\n"
    "North Square: 512 (monitors); 301 (ministry)\nRiver Park: 64 (monitors); 58 (ministry)\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rows by year under a caption set off by a blank line
        (_BY_YEAR, (31, "exact", "killed")),
        (_BY_YEAR, (6, "exact", "killed")),
        # rows that give each source's count
        (_SOURCED_ROWS, (64, "exact", "killed")),
        (_SOURCED_ROWS, (58, "exact", "killed")),
    ],
)
def test_table_rows(text: str, expected: tuple[float, str, str]) -> None:
    """Rows of a table under a caption that names what they count."""
    assert expected in _figures(text), _figures(text)


def test_part_of_a_group_named_before() -> None:
    """ "Those detained include …, adding that 38 of them …": the part of a group named in the sentence."""
    found = _figures(
        "The ministry said 150 police officers were hurt.\n\n"
        '"Those detained include students from three universities," the commander said, '
        "adding that 38 of them were foreign citizens."
    )
    assert (38, "exact", "detained") in found, found


def test_fronted_part_of_a_count() -> None:
    """Guard (passes before the change): "Of the 300 detained, 120 …" is still a part of the detained."""
    found = _figures("Troops killed 40 in the market.\nOf the 300 detained, 120 were women.")
    assert (120, "exact", "detained") in found, found


def test_rows_by_day() -> None:
    """Rows of a list by day under a heading: the day is no count, the heading names what is counted."""
    found = _figures(
        "The government said 80 people had been arrested, of whom 35 were later released.\n\n"
        "Deaths by date\n12 March: 4\n13 March: 9\n14 March: 1[7]\n"
    )
    assert (9, "exact", "killed") in found, found
    assert (4, "exact", "killed") in found, found


def test_a_funeral_service_attended_by_a_crowd() -> None:
    """A funeral service counts its crowd; "the wire service by two directors" is no gathering."""
    assert (10000, "vague", "protesters") in _figures(
        "A funeral service for the poet was attended by tens of thousands."
    )
    found = _figures("The toll, given to the wire service by two hospital directors, included 31 children.")
    assert not any(v == 2 for v, _, _ in found), found
