"""Figures and their categories, thirteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (an AFP wire story from Freetown, a Sri Lanka live page, a BBC
Monitoring digest from Bishkek, a translated Paris interior ministry
communique, a Minneapolis local daily, an HRW release on Bujumbura, a
Guatemalan NGO's monthly monitoring report, a radio interview on Libreville,
the Marikana inquiry); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_category, figure_readings, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-06-10"


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, _PUBLISHED)


def _values(text: str) -> list[float]:
    return figure_values(text, _PUBLISHED)


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("We had a couple hundred people outside the precinct.", 200, "about"),
        ("A couple of thousand marchers walked onto the highway.", 2000, "about"),
        ("Organisers said a couple dozen students were beaten.", 24, "about"),
    ],
)
def test_a_couple_of_a_scale(text: str, value: float, qualifier: str) -> None:
    """ "a couple hundred": two of the scale, as a rough count (not "hundred", 100)."""
    assert (value, qualifier) in [(v, q) for v, q, _ in _figures(text)]


def test_a_couple_without_a_scale_is_no_count() -> None:
    """Guard (passes before): "a couple of days" is no count of people."""
    assert _values("The curfew was lifted after a couple of days.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Soldiers raided the village at dawn and took away 23 men, residents said.", 23),
        ("Eleven students were taken away by plainclothes officers after the rally.", 11),
        ("Police dragged away 14 women who had chained themselves to the gate.", 14),
    ],
)
def test_taken_away(text: str, value: float) -> None:
    """ "took away 23 men": people taken away by the police or the army are held (round 45:
    `detained`, as the tune golds read "taken away", "led away"; it was `arrested`)."""
    assert _category(text, value) == "detained"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Residents said four boys taken away by soldiers on Monday have not been seen since.", 4),
        ("Relatives say 30 people arrested at the march have not been heard from since.", 30),
    ],
)
def test_not_seen_since(text: str, value: float) -> None:
    """ "have not been seen since": people no one has seen since they were taken are disappeared."""
    assert _category(text, value) == "disappeared"


def test_seen_since_without_a_negation_stays() -> None:
    """Guard: "have been seen since" says nothing of a disappearance."""
    assert _category("Police arrested 30 people; 12 have been seen since at the court.", 30) == "arrested"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The UN called for the release of the dozens held since the vote.", 12),
        ("Lawyers said the hundreds held at the stadium had no access to counsel.", 100),
    ],
)
def test_vague_count_held(text: str, value: float) -> None:
    """ "the dozens held since the vote": a vague count with a clause of holding is of the detained."""
    assert _category(text, value) == "detained"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Police arrested 40 protesters on Friday. Among them were 12 students.", 12, "arrested"),
        ("At least 25 people were wounded. Among them are three journalists.", 3, "injured"),
        ("Troops killed 17 people in the market. Among those were four children.", 4, "killed"),
    ],
)
def test_among_them_after_a_count(text: str, value: float, category: str) -> None:
    """ "(Police arrested 40.) Among them were 12 students": a part of the count of the sentence before."""
    assert _category(text, value) == category


def test_among_them_without_a_count_before() -> None:
    """Guard: with no count before, "among them" names no category ("them" are the journalists)."""
    assert _category("Reporters filed in. Among them were 12 foreign journalists.", 12) == "other"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2,000 youths broke through police lines and stormed the parliament.", 2000),
        ("Several hundred people tore down the fence and occupied the square.", 100),
        (
            "A crowd of 4,000 gathered, before several hundred broke through the cordon and stormed the hall.",
            100,
        ),
    ],
)
def test_crowd_act_in_a_second_verb(text: str, value: float) -> None:
    """ "broke through police lines and stormed the parliament": the crowd's act may be its second verb."""
    assert _category(text, value) == "protesters"


def test_police_storming_is_no_crowd() -> None:
    """Guard (passes before): police who storm a building are no crowd of protesters."""
    assert (
        _category("About 300 police officers surrounded the camp and stormed the hall.", 300) != "protesters"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hospital confirmed 21 persons receiving treatment, two of them minors.", 21),
        ("Doctors said 40 people were undergoing treatment for gunshot wounds.", 40),
        ("At least 60 people needed hospital treatment after the clashes.", 60),
    ],
)
def test_people_receiving_treatment(text: str, value: float) -> None:
    """ "21 persons receiving treatment": people who receive, undergo or need treatment are hurt."""
    assert _category(text, value) == "injured"


def test_police_beating_protesters_stay_agents() -> None:
    """Guard (passes before): a clause of what the counted did keeps them out of its category."""
    assert _category("Videos show dozens of riot police beating protesters in the square.", 12) != "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Killed: 12; injured: 40; arrested: 300.", 300, "arrested"),
        ("Dead: 4; wounded: 61; detained: 210; missing: 9.", 4, "killed"),
        ("Dead: 4; wounded: 61; detained: 210; missing: 9.", 9, "disappeared"),
    ],
)
def test_rows_of_one_line(text: str, value: float, category: str) -> None:
    """ "Killed: 12; injured: 40; arrested: 300": each row of a one-line table has its own label."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between two and three thousand people marched on the palace.", 2000, 3000),
        ("Between one and three million people marched in silence, the mayor said.", 1_000_000, 3_000_000),
        ("Police estimated the crowd at 20 to 30 thousand.", 20000, 30000),
    ],
)
def test_range_with_one_scale_word(text: str, low: float, high: float) -> None:
    """ "between two and three thousand": the scale written once is the low end's too."""
    article = tally.analyze(text, published=_PUBLISHED, only=["figures"])
    assert [(f.value, f.value_max) for f in article.figures] == [(low, high)]


def test_range_with_two_scales_stays() -> None:
    """Guard (passes before): a low end with its own scale keeps it."""
    article = tally.analyze(
        "Between 800 and 1,100 people were arrested.", published=_PUBLISHED, only=["figures"]
    )
    assert [(f.value, f.value_max) for f in article.figures] == [(800, 1100)]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Some 60 people were charged with rioting and 35 were remanded in custody.", 35, "detained"),
        ("A magistrate remanded 18 suspects for 14 days.", 18, "detained"),
        ("The army said 79 gunmen were killed and 45 captured after the attack.", 45, "arrested"),
    ],
)
def test_remanded_and_captured(text: str, value: float, category: str) -> None:
    """ "35 were remanded in custody", "45 captured": court and army words for holding people."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three protesters were fatally shot near the parliament.", 3),
        ("Police fatally shot two teenagers in the suburb.", 2),
        ("Two men were mortally wounded in the clash at the roadblock.", 2),
        ("Nine demonstrators were shot, three of them fatally.", 3),
        ("Soldiers shot 14 people, four of them fatally, witnesses said.", 4),
    ],
)
def test_fatally_shot(text: str, value: float) -> None:
    """ "fatally shot", "three of them fatally": an adverb of death makes the shot the dead."""
    assert _category(text, value) == "killed"


def test_fatally_in_an_accident() -> None:
    """Guard: "fatally injured" in a crash is a death, not a killing."""
    assert _category("Two men were fatally injured when their car crashed into a tree.", 2) == "deaths"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police detained 212 people; 180 were later freed and 32 charged with rioting.", 32),
        ("A total of 84 people were tried, of whom 61 were convicted and 23 acquitted.", 23),
    ],
)
def test_second_passive_without_its_were(text: str, value: float) -> None:
    """ "180 were freed and 32 charged": the count of the second, gapped passive is a figure."""
    assert (value, "other") in [(v, c) for v, _, c in _figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Protesters: 47 killed, 2,500+ injured", 2500, "injured"),
        ("Security forces: 9 killed, 1,000 or more injured", 1000, "injured"),
    ],
)
def test_category_word_after_a_hedge(text: str, value: float, category: str) -> None:
    """ "2,500+ injured": the category word follows the hedge written after the number."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rights groups say at least 22 detained teenagers are at risk of execution.", 22),
        ("The report lists 31 prisoners who face execution, among them four women.", 31),
        ("Nine men face the death penalty over the burning of the police post.", 9),
    ],
)
def test_facing_execution(text: str, value: float) -> None:
    """ "22 teenagers are at risk of execution", "31 prisoners who face execution": the sentenced."""
    assert _category(text, value) == "sentenced"


def test_facing_charges_is_no_sentence() -> None:
    """Guard (passes before): "face charges" says nothing of a sentence."""
    assert _category("Some 40 protesters face charges of rioting.", 40) != "sentenced"


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of six activists who remain unaccounted for gathered outside the prosecutor's office.",
        "Medics treated dozens of wounded, and relatives of six activists who remain unaccounted for gathered at the gate.",
    ],
)
def test_relative_clause_of_a_state(text: str) -> None:
    """ "six activists who remain unaccounted for": the state a relative clause gives is the category."""
    assert _category(text, 6) == "disappeared"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The sheriff's office said 212 people had been booked into the county jail on riot charges.", 212),
        (
            "Of the 604 people booked into the county jail during the week of unrest, 531 gave local addresses.",
            604,
        ),
    ],
)
def test_booked_into_jail(text: str, value: float) -> None:
    """ "212 people had been booked into the county jail": the police's word for an arrest."""
    assert _category(text, value) == "arrested"
