"""Figures on real articles: counts whose noun is written elsewhere in the sentence (round 50).

Read from the figures the real tune splits miss. Each text is our own:

- a part told by where it is from or where it happened, its noun written once for the whole: a
  bare count set off after the count it is part of ("The 12 cholera cases … were all children, 9
  from Tarvel and 3 from Ossen", "… in six towns, and an additional eight in the capital"), or
  after the plural noun it is included in ("were seasonal workers, including 35 from the camps");
- the level a noun of counted people or cases is given by a verb of amounts: "Measles cases in the
  valley are up to 64", "infections in the camp rose to 230", "detainees held at the camp now
  number more than 300": the noun is what is counted, as in "64 measles cases" (the totals "toll" and "number", and
  nouns of events such as "arrests", were read already).
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text


def test_parts_told_by_origin_after_the_whole() -> None:
    text = (
        "The 12 cholera cases confirmed by the clinic on Friday were all children, "
        "9 from Tarvel and 3 from Ossen."
    )
    found = categories_by_text(text)
    assert found.get("9") == "other" and found.get("3") == "other", found


def test_an_additional_count_in_another_place() -> None:
    text = (
        "Inspectors traced the outbreak of food poisoning to 40 people in six towns, "
        "and an additional eight in the capital who ate at the same stall."
    )
    assert categories_by_text(text).get("eight") == "other"


def test_parts_of_the_arrested_by_place_keep_the_category() -> None:
    text = "Police detained 60 students after the march, 45 from the university and 15 from the college."
    found = categories_by_text(text)
    assert found.get("45") == "detained" and found.get("15") == "detained", found


def test_a_part_included_in_a_plural_noun() -> None:
    text = (
        "The ministry said the men it deported were seasonal workers, including 35 from the northern camps."
    )
    assert categories_by_text(text).get("35") == "other"


def test_a_year_after_a_count_is_no_part() -> None:
    text = "Soldiers killed 12 villagers in 2019, and 30 in 2021, the group said."
    found = categories_by_text(text)
    assert "2019" not in found and "2021" not in found


def test_a_sum_in_total_is_left_to_its_own_rule() -> None:
    text = "Police arrested 40 people in the capital, 46 in total across the country."
    found = categories_by_text(text)
    assert found.get("40") == "arrested"


def test_cases_given_a_level_by_be() -> None:
    text = "Measles cases in the valley are up to 64, the health office said."
    assert categories_by_text(text) == {"up to 64": "other"}


def test_infections_given_a_level_by_a_verb_of_rising() -> None:
    text = "Cholera infections in the camp rose to 230 on Tuesday, the aid agency said."
    assert categories_by_text(text) == {"230": "other"}


def test_victims_who_numbered_a_count_are_read_as_counted_victims() -> None:
    numbered = categories_by_text("The victims of the bombing at the market numbered 48, officials said.")
    counted = categories_by_text("There were 48 victims of the bombing at the market, officials said.")
    assert numbered == {"48": counted["48"]}


def test_detainees_who_number_a_count_are_detained() -> None:
    text = "Detainees held at the desert camp now number more than 300, their lawyers said."
    assert categories_by_text(text) == {"more than 300": "detained"}


def test_a_measure_given_a_level_is_no_count() -> None:
    text = "Temperatures in the valley rose to 41 on Tuesday, and prices at the market are up to 64."
    assert categories_by_text(text) == {}


def test_a_toll_given_a_level_is_read_as_before() -> None:
    text = "The toll in the capital rose to 57 on Monday, and arrests are now up to 340."
    assert categories_by_text(text) == {"57": "killed", "up to 340": "arrested"}


def test_a_bare_count_that_something_was_done_to() -> None:
    text = "Officials say four people have died of typhoid and over 500 have been stricken since the spring."
    assert categories_by_text(text).get("over 500") == "other"


def test_a_bare_count_awarded_something() -> None:
    text = "At the graduation, 46 were awarded doctorates by the rector of the institute."
    assert categories_by_text(text) == {"46": "other"}


def test_a_bare_count_described_by_a_noun_of_people() -> None:
    text = "The storm left 30 families without shelter. Four were infants less than a year old."
    assert categories_by_text(text).get("Four") == "other"


def test_a_part_described_after_a_count_of_the_arrested_keeps_its_category() -> None:
    text = "Police arrested 40 people on Monday. Twelve were students from the university."
    assert categories_by_text(text) == {"40": "arrested", "Twelve": "arrested"}


def test_a_bare_count_reported_is_no_count_of_its_own() -> None:
    text = "The ministry said 12 were expected at the talks, but 30 were reported in the hall."
    found = categories_by_text(text)
    assert "12" not in found and "30" not in found, found
