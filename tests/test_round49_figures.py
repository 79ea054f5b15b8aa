"""Figures on real articles: the category the governing word gives in its own sense (round 49).

Read from the figures of the real tune splits whose value was found and whose category was wrong.
Each text is our own:

- a count in the "by" phrase of a passive verb names who did it, not whom it was done to: the
  people who filmed or found something are not arrested by "the scuffle was captured on a
  phone by at least one commuter" (an ``other`` count: a lower bound of one is a count), nor killed by "the bodies
  were found by two hikers";
- a count raised to the subject of a verb of belief or of "likely" takes the category of the
  infinitive: "are believed to have died while held", "were likely to have been shot dead";
- "critical" with a complement ("critical of the plan", "critical to the talks") is the judging or
  the crucial sense, not a patient's condition;
- a verb "strike" with an object or in the passive ("struck by a pickup truck") hits; it is no
  labour strike, the protest the noun names, and a death it causes on a road is an accident
  (``deaths``) unless the sentence names violence or a protest.
"""

from __future__ import annotations

from tests._figure_roles import categories_by_text


def test_the_filmer_of_an_incident_is_not_arrested() -> None:
    text = "The scuffle was captured on a phone by at least one commuter, the lawyer said."
    assert categories_by_text(text) == {"at least one": "other"}


def test_finders_of_bodies_are_not_the_dead() -> None:
    text = "The bodies of the couple were found on Sunday by three hikers, the sheriff said."
    assert categories_by_text(text).get("three") not in {"killed", "deaths"}


def test_people_arrested_by_officers_stay_arrested() -> None:
    text = "Police said 14 men were arrested by officers during the raid on Tuesday."
    assert categories_by_text(text) == {"14": "arrested"}


def test_critics_of_a_leader_are_not_in_critical_condition() -> None:
    text = "Two of the advisers were highly critical of the budget the council passed."
    assert categories_by_text(text).get("Two") != "injured"


def test_patients_in_critical_condition_stay_injured() -> None:
    text = "Eleven people were taken to hospital after the attack, and four of them remain critical."
    assert categories_by_text(text).get("four") == "injured"


def test_a_pedestrian_struck_by_a_truck_died_in_an_accident() -> None:
    text = "One cyclist died on Monday after he was struck by a pickup truck on the county road, police said."
    assert categories_by_text(text) == {"One": "deaths"}


def test_marchers_struck_by_a_police_truck_are_killed() -> None:
    text = "Three protesters died after a police truck struck them during the march on the capital."
    assert categories_by_text(text) == {"Three": "killed"}


def test_a_labour_strike_is_still_a_protest() -> None:
    text = "The union said 2,000 dock workers struck on Monday and three of them were arrested."
    assert categories_by_text(text).get("2,000") == "protesters"


def test_people_believed_to_have_died_in_custody_are_killed() -> None:
    text = (
        "Two teachers are believed to have died while in custody after days of questioning, the group said."
    )
    assert categories_by_text(text) == {"Two": "killed"}


def test_people_likely_to_have_been_killed_are_killed() -> None:
    text = "The monitors said more than 300 marchers were likely to have been shot dead that week."
    assert categories_by_text(text) == {"more than 300": "killed"}


def test_a_belief_with_a_subject_of_its_own_is_left_alone() -> None:
    text = "Ten residents are expected to speak at the hearing on Thursday."
    assert categories_by_text(text).get("Ten") not in {"killed", "arrested", "detained", "injured"}


def test_people_a_gravedigger_buried_are_the_dead_of_an_outbreak() -> None:
    text = "During the cholera outbreak a gravedigger said he buried 20 people in a single week."
    assert categories_by_text(text) == {"20": "deaths"}


def test_neighbours_one_helped_to_bury_after_a_shooting_are_killed() -> None:
    text = 'A taxi driver said the soldiers fired on the crowd. "I helped to bury three from my street," he said.'
    assert categories_by_text(text) == {"three": "killed"}


def test_things_buried_are_no_toll() -> None:
    text = "Police found at least two bullets buried in the ground near the house."
    assert categories_by_text(text).get("at least two") not in {"killed", "deaths"}
