"""What each figure counts: constructions read from the category errors of every tune split (round 45).

Each sentence is our own:

- people carried off ("taken away", "led away", "dragged away") or moved ("transferred to a
  prison", "moved to a cell") are held: `detained` (the tune golds of three articles; "taken into
  custody" stays an arrest);
- a small count of places under "the", "these" or "its" takes up places already named ("killed
  in the two regions", "its two northern regions"), even in a sentence on violence: no figure;
- people said to have been "shot" and no more take the outcome of the count told before them
  ("Six were killed …. two more men were shot" → `killed`);
- a death the sentence puts in custody or a prison is `killed` whatever illness it is put down to
  (ANNOTATION; every tune gold agrees), but not in a report on an epidemic.
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text


def test_people_led_away_by_police_are_held() -> None:
    text = (
        "Police broke up the vigil in the park. Witnesses saw at least six people being led away by officers."
    )
    assert categories_by_text(text) == {"at least six": "detained"}


def test_a_part_taken_away_is_held() -> None:
    text = "Dozens of students gathered outside the court, three of whom were taken away by police."
    assert categories_by_text(text).get("three") == "detained"


def test_a_part_transferred_to_a_prison_is_held() -> None:
    text = (
        "The rights group said 30 activists were arrested in the raids. "
        "At least 12 of them were transferred to the military prison in the capital."
    )
    assert categories_by_text(text) == {"30": "arrested", "At least 12": "detained"}


def test_a_part_of_a_count_named_before_moved_to_a_prison_is_held() -> None:
    text = "According to the lawyers, at least four of the nine may have been transferred to a high-security prison."
    assert categories_by_text(text) == {"at least four": "detained"}


def test_people_moved_to_a_cell_are_held() -> None:
    assert categories_by_text("Police moved 15 protesters to a holding cell at the station.") == {
        "15": "detained"
    }


def test_people_taken_into_custody_are_still_arrested() -> None:
    assert categories_by_text("Police took 30 people into custody on Friday.") == {"30": "arrested"}


def test_people_moved_to_a_hospital_are_not_held() -> None:
    assert categories_by_text("Ambulances moved 15 injured protesters to the hospital.") == {"15": "injured"}


def test_places_under_the_named_before_are_no_count() -> None:
    text = "The army said nine soldiers had been killed in the two provinces during the month."
    assert categories_by_text(text) == {"nine": "killed"}


def test_a_countrys_own_regions_in_a_sentence_on_fighting_are_no_count() -> None:
    assert (
        categories_by_text("The government is also fighting an insurgency in its three northern regions.")
        == {}
    )


def test_places_the_event_reached_still_count() -> None:
    assert categories_by_text("Police killed 20 protesters in five cities.") == {
        "20": "killed",
        "five": "places",
    }


def test_a_part_of_places_under_the_still_counts() -> None:
    text = "Protests spread to at least 12 cities on Friday, and two of the three largest cities were shut by a strike."
    assert categories_by_text(text).get("two") == "places"


def test_places_under_the_described_by_a_clause_still_count() -> None:
    text = "Riots broke out in the four cities where the elections were annulled."
    assert categories_by_text(text) == {"four": "places"}


def test_men_shot_after_a_toll_are_killed() -> None:
    text = (
        "Six people were killed in the town on Monday night. "
        "In the next village, two more men were shot when soldiers dispersed a sit-in."
    )
    assert categories_by_text(text) == {"Six": "killed", "two more": "killed"}


def test_a_part_shot_after_a_count_in_hospital_is_injured() -> None:
    text = (
        "Dozens of protesters were taken to the city hospital after the clashes. "
        "A doctor there said at least 15 of them had been shot."
    )
    assert categories_by_text(text) == {"Dozens": "injured", "at least 15": "injured"}


def test_shot_after_a_count_of_arrests_takes_nothing() -> None:
    text = "Police arrested 40 people at the rally. Two men were shot."
    assert categories_by_text(text) == {"40": "arrested", "Two": "other"}


def test_shot_in_a_limb_keeps_its_own_outcome() -> None:
    text = "Six people were killed in the town on Monday night. Two men were shot in the leg."
    assert categories_by_text(text).get("Two") == "injured"


def test_a_death_in_custody_of_a_named_illness_is_killed() -> None:
    text = "Two prisoners died of malaria in custody at the central prison last year, the ministry said."
    assert categories_by_text(text) == {"Two": "killed"}


def test_a_death_at_a_prison_put_down_to_illness_is_killed() -> None:
    text = (
        "Relatives said the activists had been held since the raid. "
        "The ministry confirmed one death at the central prison in May but attributed it to malaria."
    )
    assert categories_by_text(text) == {"one": "killed"}


def test_an_epidemic_that_reaches_a_prison_still_counts_deaths() -> None:
    text = "A cholera outbreak has killed 40 people in the province, including six inmates of the central prison."
    assert categories_by_text(text) == {"40": "deaths", "six": "deaths"}
