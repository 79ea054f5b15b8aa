"""Figures and their categories, eleventh round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (Reuters copy from Santiago, an HRW release on Colombia, an
encyclopaedia page on Peru, AP copy from Hong Kong, an AFP court report from
Phnom Penh, an explainer on Iraqi Kurdistan, an OHCHR note on Tunisia); none is
copied from a gold set.
"""

from __future__ import annotations

import pytest

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
    ("text", "size"),
    [
        # a chamber or court described by its membership: "with N members", "the X's N members"
        ("Parliament, with 225 members, has yet to debate the deaths of 14 protesters.", 225),
        ("The senate, with 63 seats, voted after police detained 45 students.", 63),  # guard: passes before
        ("The legislature's 70 members were evacuated after 45 protesters stormed the building.", 70),
        ("The court's nine members ruled on the case of 45 detained students.", 9),
        ("The assembly's 150 seats are split, and 45 people were arrested on Monday.", 150),  # guard
        # a part of a chamber counted by its total: a vote count, no figure of the event
        ("The president has the backing of 80 of the 108 senators, while 45 people were arrested.", 80),
        ("Only 12 of the 450 lawmakers attended, as police detained 45 students.", 12),
    ],
)
def test_size_of_a_chamber(text: str, size: float) -> None:
    """A body's members ("with 329 members", "the court's nine members") are no figure."""
    values = _values(text)
    assert size not in values
    assert 45 in values or 14 in values  # the event's count stays


@pytest.mark.parametrize(
    "text",
    [
        # guards: members of a group harmed or held are counted
        "Police arrested 12 members of the opposition party on Sunday.",
        "Twelve of the party's members were detained overnight.",
    ],
)
def test_members_harmed_stay(text: str) -> None:
    """Guard (passes before): members arrested or detained are a count of the event."""
    assert 12 in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a part of the count before with a verb of how it was done, which has no category itself
        (
            "In Ayacucho, soldiers killed 10 people on Monday, seven of them shot in the head or chest.",
            7,
            "killed",
        ),
        ("Police killed 14 protesters in the capital, three of them shot in the back.", 3, "killed"),
        ("Troops detained 60 students, 20 of them dragged from their dormitories.", 20, "detained"),
    ],
)
def test_part_of_them_with_a_manner_verb(text: str, value: float, category: str) -> None:
    """ "seven of them shot in the head": how the part was harmed, the count's category kept."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # guards (pass before): the part's own verb decides
        ("Police arrested 40 students, seven of them were later released.", 7, "other"),
        ("Police arrested 40 students, seven of them were beaten in custody.", 7, "injured"),
    ],
)
def test_part_of_them_own_verb(text: str, value: float, category: str) -> None:
    """Guard: a part whose verb has a category of its own keeps it."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # an age set off after a common noun for one person
        ("A teacher, 32, died on Tuesday of wounds he received at the protest, and 14 others were hurt.", 32),
        ("Police said a student, 19, was among the 14 people detained.", 19),
        ("An engineer, 41, was shot dead in the square, where 14 people were wounded.", 41),
    ],
)
def test_age_after_a_common_noun(text: str, age: float) -> None:
    """ "A teacher, 32, died": an age, like "Raman Petrov, 31," after a name."""
    values = _values(text)
    assert age not in values
    assert 14 in values


def test_teachers_counted_stay() -> None:
    """Guard (passes before): a plural noun before a count is no age: "the protesters, 32 of them"."""
    assert 32 in _values("Police detained the teachers, 32 in all, outside the ministry.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # people whose state in hospital is told by an adjective: the hurt
        ("Two men were in serious condition and 12 others were stable, the hospital said.", 12),
        ("Doctors said 43 people were treated and three were critical.", 3),
    ],
)
def test_state_in_care(text: str, value: float) -> None:
    """ "12 others were stable", "three were critical": the hurt, told by their state."""
    assert _category(text, value) == "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # "of whom" speaks of people: it is never the places counted just before
        (
            "The league recorded the arrests of 1,680 people in 13 of the country's 24 governorates, "
            "of whom at least 600 are under 18.",
            600,
            "arrested",
        ),
        (
            "Police detained 300 people in 12 of the 20 districts, of whom 45 were women.",
            45,
            "detained",
        ),
        # a count of people after the places: a part of the people
        (
            "The commission documented 2,285 arrests across 19 provinces, among them 111 minors and 69 women.",
            111,
            "arrested",
        ),
        (
            "The commission documented 2,285 arrests across 19 provinces, among them 111 minors and 69 women.",
            69,
            "arrested",
        ),
    ],
)
def test_part_of_people_after_places(text: str, value: float, category: str) -> None:
    """ "1,680 people in 13 governorates, of whom 600 …", "among them 111 minors": the people, not the places."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Doctors said at least 20 had lost the sight of one eye.", 20),
        ("At least 12 protesters lost their sight after being hit by pellets.", 12),
    ],
)
def test_lost_sight(text: str, value: float) -> None:
    """ "lost the sight of one eye": an injury, like "lost an eye"."""
    assert _category(text, value) == "injured"


@pytest.mark.parametrize(
    "text",
    [
        "The sit-ins had drawn tens of thousands of supporters for six weeks.",
        "The sit-in drew about 3,000 teachers on its first day.",
    ],
)
def test_crowd_drawn_by_a_hyphened_gathering(text: str) -> None:
    """ "the sit-ins had drawn tens of thousands": a crowd, though the tokenizer splits the word."""
    assert _figures(text)[0][2] == "protesters"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the hurt told by what they had or were shot with
        ("Lawyers said 23 detainees had visible injuries when brought before a judge.", 23),
        ("The commission said at least 100 people had been shot with pellets.", 100),
        ("Police shot 30 protesters with birdshot in the main square.", 30),
    ],
)
def test_hurt_told_by_a_complement(text: str, value: float) -> None:
    """ "23 detainees had visible injuries", "shot with pellets": the hurt, as with "lost an eye"."""
    assert _category(text, value) == "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a part whose whole is a number: the verb, or the count that number restates, decides
        ("An autopsy report found that 17 of the 18 died of gunshot wounds.", 17, "killed"),
        ("Police arrested 40 people on Friday. Five of the 40 were minors.", 5, "arrested"),
        (
            "Soldiers killed 18 people in the town. An autopsy found that 17 of the 18 had been shot.",
            17,
            "killed",
        ),
        # a part let go leaves the count (before, no figure at all)
        ("Police arrested 40 people on Friday. Nine of the 40 were released on bail.", 9, "other"),
    ],
)
def test_part_of_a_number(text: str, value: float, category: str) -> None:
    """ "17 of the 18 died", "five of the 40 were minors": a part of the count the number restates."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a bare count's relative clause says what was done to the part
        (
            "The press union recorded 138 attacks on reporters, including 25 who were beaten and 8 who were detained.",
            25,
            "injured",
        ),
        (
            "The press union recorded 138 attacks on reporters, including 25 who were beaten and 8 who were detained.",
            8,
            "detained",
        ),
        ("Police said 300 people were arrested, including 25 who were hospitalised.", 25, "injured"),
    ],
)
def test_part_told_by_its_relative_clause(text: str, value: float, category: str) -> None:
    """ "including 25 who were beaten": the clause's verb, not the count it is part of, decides."""
    assert _category(text, value) == category


def test_part_let_go_in_a_relative_clause() -> None:
    """Guard (passes before): a clause with no category of harm or custody leaves the count's."""
    assert _category("Police arrested 300 people, including 20 who were later released.", 20) == "arrested"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # how a country is divided: no place the event reached
        ("Uganda has 146 districts, and police said 45 people were arrested.", 146),
        ("The rapporteur said at least 45 prisoners were being held across the country's 25 provinces.", 25),
    ],
)
def test_divisions_of_a_country(text: str, size: float) -> None:
    """ "Uganda has 146 districts", "the country's 25 provinces": the country's make-up, no figure."""
    values = _values(text)
    assert size not in values
    assert 45 in values


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass before): the provinces the protests reached
        "Protests spread to all of Iran's 31 provinces.",
        "Protests were held in Iran's 31 provinces, activists said.",
    ],
)
def test_provinces_reached_stay(text: str) -> None:
    """Guard: "all of Iran's 31 provinces" in a sentence on protests counts places."""
    assert _category(text, 31) == "places"


def test_not_one() -> None:
    """ "Not one police officer has been convicted": no count of one."""
    assert 1 not in _values("Not one police officer has been convicted, although 45 people were killed.")


def test_nursing_wounds() -> None:
    """ "Hundreds more are nursing bullet wounds": the hurt."""
    assert _category("Hundreds more are nursing bullet wounds, the opposition leader said.", 100) == "injured"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # the object of a verb of tallying, described by the participle after it
        ("Journalists' groups counted 31 reporters injured while covering the protests.", 31, "injured"),
        ("The group recorded 31 reporters injured while covering the protests.", 31, "injured"),
    ],
)
def test_tallied_people_described_by_a_participle(text: str, value: float, category: str) -> None:
    """ "counted 31 reporters injured": the participle says what was done to those counted."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    "text",
    [
        # a partitive whose owner is written with a curly apostrophe, which the small model parses apart
        "Rights groups said there were 221 attacks on journalists reported in nine of Sudan’s 18 states last year.",
        "The abuses were reported in nine of Sudan’s 18 states last year.",
    ],
)
def test_partitive_with_a_curly_apostrophe(text: str) -> None:
    """ "nine of Sudan’s 18 states": places, as with a straight apostrophe."""
    assert _category(text, 9) == "places"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a term told in years as what people were given: they were sentenced
        ("Three activists were given 10 years each.", 3),
        ("The court handed 12 protesters five years in prison.", 12),
        ("Nine defendants received seven years each.", 9),
    ],
)
def test_given_years(text: str, value: float) -> None:
    """ "were given 10 years each": a prison term, so the people are sentenced."""
    assert _category(text, value) == "sentenced"


def test_given_years_to_act() -> None:
    """Guard (passes before): years given to do something are no sentence and count no one."""
    assert _values("The group was given two years to register.") == []
