"""Figures and their categories, eighteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally while reading the errors of the
round-18 probe articles' ``work`` half (eval/figures_own/round18); none is
copied from a probe or a gold set.
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
        ("June 3, 2019 - More than 100 people killed as troops clear the square.", 100, "killed"),
        ("Feb. 9 - At least 14 protesters were shot dead in the capital.", 14, "killed"),
    ],
)
def test_timeline_line_after_a_spaced_dash(text: str, value: float, category: str) -> None:
    """ "June 3, 2019 - More than 100 people killed": a timeline's or live blog's line puts its
    date before a spaced dash; the dash was read as the hyphen of a phone number ("555-1234")
    and the count after it dropped."""
    assert _category(text, value) == category


def test_clock_time_before_a_dash_guard() -> None:
    """Guard: a live blog's clock time before a spaced dash leaves the count after it alone."""
    assert _category("14:20 - Police say 35 people have been detained near the stadium.", 35) == "detained"


def test_phone_number_groups_guard() -> None:
    """Guard: the digit groups of a phone number joined by unspaced hyphens are no counts."""
    assert figure_values("Relatives can call the hotline on 0543-3221-800 or 555-1234.", _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The toll stood at 30 on Monday, rising to 52 by Tuesday night, the group said.", 52, "killed"),
        ("The number of arrests was 200 on Friday and rose to 350 on Saturday.", 350, "arrested"),
    ],
)
def test_change_verb_hung_on_a_total(text: str, value: float, category: str) -> None:
    """ "the toll was 41, rising to 47 by midnight": a verb of change with no subject of its own,
    hung on the clause of a total as a participle or a second verb, gives the new value of that
    total; the count after its "to" was dropped for want of a counted word."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "The commission said 14 people had been subjected to enforced disappearance since May.",
            14,
            "disappeared",
        ),
        ("At least 60 students were subjected to arbitrary arrest, the lawyers said.", 60, "arrested"),
    ],
)
def test_subjected_to_an_event_done_to_people(text: str, value: float, category: str) -> None:
    """ "were subjected to enforced disappearance": what people are subjected to, when it is an
    event noun of a category, is theirs (it was "other", or "protesters" from "students")."""
    assert _category(text, value) == category


def test_subjected_to_no_event_guard() -> None:
    """Guard: "subjected to torture" names no category; the detainees stay detained."""
    assert _category("Nine detainees were subjected to torture, their lawyers said.", 9) == "detained"


@pytest.mark.parametrize(
    "text",
    [
        "The whereabouts of at least 40 students detained by soldiers in March remain unknown.",
        "Lawyers listed 25 activists whose whereabouts remain unknown.",
        "The group counted 18 men whose families say they were picked up by soldiers and whose whereabouts are unknown.",
    ],
)
def test_whereabouts_unknown_in_the_counting_clause(text: str) -> None:
    """ "the whereabouts of 40 students detained by soldiers remain unknown", "25 activists whose
    whereabouts remain unknown": people whose fate is hidden, said in the clause that counts them,
    are disappeared; the participle ("detained") or nothing decided before."""
    value = [v for v in figure_values(text, _PUBLISHED)][0]
    assert _category(text, value) == "disappeared"


def test_named_people_whose_details_guard() -> None:
    """Guard: a "whose" clause saying something else leaves the category as it was."""
    assert _category("Police arrested 30 people whose names were not released.", 30) == "arrested"


def test_taken_from_a_hospital_is_no_care() -> None:
    """ "taken from a hospital by police officers": a place of care people are moved out of does
    not make them hurt, as being taken to one does."""
    assert (
        _category("Eight students were taken from a hospital by police officers on Monday.", 8) != "injured"
    )


def test_taken_to_a_hospital_guard() -> None:
    """Guard: "taken to a hospital" still counts the hurt."""
    assert _category("Eight students were taken to a hospital on Monday.", 8) == "injured"


def test_second_participle_shares_the_passive() -> None:
    """ "were taken by officers from a hospital on 26 July and held for six days": the second
    participle shares the first one's "were" and subject; a day of the month right before it
    ("26 July") is no count of its own standing as its subject."""
    text = (
        "Five organisers were taken by plainclothes officers from a clinic on 26 July and held for six days."
    )
    assert _category(text, 5) == "detained"


def test_object_not_shared_with_a_clause_of_its_own() -> None:
    """ "the victims included nine children, and that 300 people had been wounded": a joined verb
    with a subject of its own is a second clause and does not share the first verb's object."""
    text = "The group said the victims included nine children, and that at least 300 people had been wounded."
    assert _category(text, 9) != "injured"


def test_shared_object_guard() -> None:
    """Guard: "beat and detained dozens of demonstrators": a joined verb with no subject shares the object."""
    assert _category("Police beat and detained dozens of demonstrators.", 12) == "detained"


@pytest.mark.parametrize(
    ("text", "identifiers"),
    [
        ("Of the 50 people detained, 39 were held under Articles 166 and 173 of the code.", {166, 173}),
        ("Of the 20 men arrested, 12 were charged under Sections 3, 4 and 5 of the act.", {3, 4, 5}),
    ],
)
def test_later_identifiers_of_a_list_are_no_counts(text: str, identifiers: set[int]) -> None:
    """ "Articles 166 and 173": the later numbers of a list after a capitalised plural name what
    that noun names, as the first does (the later ones took the category of the count before)."""
    assert not identifiers & set(figure_values(text, _PUBLISHED))


def test_one_for_every_n_is_no_count() -> None:
    """ "one soldier for every 300 residents": the size of a share, no count of people."""
    assert figure_values("The army has one soldier for every 300 residents.", _PUBLISHED) == []


def test_counts_listed_after_nouns_guard() -> None:
    """Guard: a list of counts, each with its own noun, keeps its counts."""
    assert figure_values("Police held 12 Uyghurs and 3 Kazakhs.", _PUBLISHED) == [12, 3]


def test_table_column_that_is_a_part_of_the_column_before() -> None:
    """ "Killed | Of whom women": a column whose header opens with "of whom", "of which" or
    "including" holds parts of the column before it, in that column's category (its header's
    last word, "women", names no category)."""
    rows = [["Province", "Killed", "Of whom women"], ["Kandal", "40", "6"], ["Takeo", "22", "3"]]
    table = "\n".join(" | ".join(row) for row in rows)  # cells set off by "|", as copied from the web
    text = f"Deaths by province, 1-20 May\n\n{table}\n\nThe figures come from hospitals."
    assert _category(text, 6) == "killed"
    assert _category(text, 3) == "killed"


def test_age_between_a_name_and_a_trade() -> None:
    """ "Emeka Nwosu, 33, trader - died in hospital": in a victim list, a bare number set off by
    commas between a name and a singular noun for one person is an age, whatever entity label
    the small model gave the name (here a place, so the age rule for names did not fire)."""
    text = (
        "Names listed by the panel:\n"
        "1. Grace Bello, 24, student - shot in the back\n"
        "2. Emeka Nwosu, 33, trader - died in hospital on May 4"
    )
    assert 33 not in figure_values(text, _PUBLISHED)


def test_students_counted_after_a_place_guard() -> None:
    """Guard: a count set off after a place name with a plural noun after it stays a count."""
    assert 14 in figure_values("In Makueni, 14, students and teachers marched.", _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Nationwide, the number of arrests exceeded 11,000, the newspaper said.", 11000, "arrested"),
        ("The death toll has topped 100 people, medics said.", 100, "killed"),
        ("Arrests surpassed 2,500 by Friday, the lawyers' group said.", 2500, "arrested"),
    ],
)
def test_bound_passed_by_a_verb(text: str, value: float, category: str) -> None:
    """ "arrests exceeded 11,000", "the toll topped 100": the object of a verb of passing is a bound
    passed, qualified "over" as "more than 11,000" is; an event noun as its subject gives the
    category, as with "arrests rose to 1,200"."""
    readings = [(q, c) for v, q, c in figure_readings(text, _PUBLISHED) if v == value]
    assert readings == [("over", category)]


def test_bare_range_the_model_calls_money() -> None:
    """ "put the crowd at between 20,000 and 25,000": the small model tags a bare range MONEY; with
    no currency sign or word in it, it is no money, and the crowd's size counts."""
    assert _category("A research group put the crowd at between 20,000 and 25,000.", 20000) == "protesters"


@pytest.mark.parametrize(
    "text",
    [
        "The bill seeks to raise 346 billion shillings ($2.7 billion) in new taxes.",
        "Those detained face fines of up to 300,000 roubles.",
    ],
)
def test_money_with_its_currency_guard(text: str) -> None:
    """Guard: an amount with its currency sign or word stays money, no count."""
    assert figure_values(text, _PUBLISHED) == []


def test_joined_speakers_hung_on_an_apposition() -> None:
    """ "The Uganda Law Society, the Human Rights Network and two other groups said …": the
    parser hangs the joined subject on an apposition of the first one; the groups still speak,
    a count of sources (ANNOTATION), no figure."""
    text = (
        "The Uganda Law Society, the Human Rights Network of Uganda and two other groups said in a "
        "joint statement that 30 people had been shot dead."
    )
    assert figure_values(text, _PUBLISHED) == [30]


def test_people_in_apposition_guard() -> None:
    """Guard: a count in apposition to the object of a verb of arrest stays a count."""
    assert _category("Police arrested the organisers, 14 activists, on Monday.", 14) == "arrested"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Arrests stood at 90 on Monday, the lawyers said.", 90, "arrested"),
        ("Arrests reached 300 by Sunday, the lawyers said.", 300, "arrested"),
        ("The detentions hit 1,200 on the third day of the protests.", 1200, "detained"),
    ],
)
def test_event_noun_at_a_level(text: str, value: float, category: str) -> None:
    """ "arrests stood at 90", "arrests reached 300": an event noun as the subject of a verb of the
    level a count has come to gives the count its category, as "arrests rose to 1,200" does."""
    assert _category(text, value) == category


def test_distance_reached_guard() -> None:
    """Guard: people who reach a distance give no count of themselves."""
    assert figure_values("Protesters reached 300 metres from the palace.", _PUBLISHED) == []
