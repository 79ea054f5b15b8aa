"""Round 47: the toll of an act of force told in a clause of its own ("nine people died when police
opened fire"). Dying is no PLOVER act, so the dead of such a sentence counted no event, and the
ACLED row of the shooting carried no fatalities. Sentences of our own."""

from __future__ import annotations

import pytest

import tally


def _counted(text: str) -> dict[str, set[str]]:
    """Each event's trigger words -> the words of the figures it counts."""
    article = tally.analyze(text, published="2024-03-10")
    figures = {f.id: f.text for f in article.figures}
    return {
        article.text[e.trigger[0] : e.trigger[1]]: {figures[i] for i in e.figures} for e in article.events
    }


@pytest.mark.parametrize(
    ("text", "trigger", "figure"),
    [
        # the dead in the main clause, the shooting in a clause of time
        ("Nine people died when police opened fire on marchers in Oruro on Saturday.", "opened fire", "Nine"),
        (
            "At least 14 people died after soldiers stormed the sit-in in Kassala on Monday.",
            "stormed",
            "At least 14",
        ),
        # two clauses of one sentence joined by a semicolon
        ("Troops fired on the crowd in Gulu on Friday; six people died.", "fired", "six"),
        # a crackdown that left people dead
        ("The crackdown in Arusha on Sunday left eleven protesters dead.", "crackdown", "eleven"),
    ],
)
def test_the_toll_of_a_force_act_told_in_another_clause_counts_it(text, trigger, figure):
    counted = _counted(text)
    assert trigger in counted, counted
    assert figure in counted[trigger], counted


def test_guard_a_toll_in_a_joined_clause_was_counted_before():
    counted = _counted(
        "Police beat demonstrators in Tarija on Tuesday, and 30 people were treated for wounds."
    )
    assert "30" in counted["beat"], counted


def test_guard_a_toll_counted_by_its_own_event_stays_there():
    counted = _counted("Police shot four men dead in Mbale on Sunday, and two bystanders died later.")
    assert "four" in counted["shot"] and "two" in counted["shot"], counted


def test_guard_deaths_by_no_violence_join_no_force_act():
    # the dead of a bus crash are no toll of the tear gas
    counted = _counted(
        "Police fired tear gas at marchers in Lusaka on Sunday, and 12 people died in a bus crash on the highway."
    )
    assert all("12" not in figures for figures in counted.values()), counted


def test_guard_the_dead_of_another_sentence_are_left_alone():
    counted = _counted(
        "Police arrested 40 marchers in Kisumu on Monday. Three people died in a bus crash nearby."
    )
    assert all("Three" not in figures for figures in counted.values()), counted


def test_guard_two_force_acts_the_toll_goes_to_the_nearest():
    counted = _counted(
        "Police fired tear gas at marchers in Oruro on Saturday and soldiers opened fire later, and nine people died."
    )
    assert "nine" not in counted["fired"] and "nine" in counted["opened fire"], counted


def test_guard_a_part_of_a_toll_is_not_counted_again():
    counted = _counted(
        "Doctors said the number of people killed in the raid on the camp had risen to 40, including nine in"
        " Kosti, where soldiers fired on a march."
    )
    assert "nine" not in counted.get("fired", set()), counted


@pytest.mark.parametrize(
    ("text", "trigger", "figure"),
    [
        # the toll in the next sentence of the paragraph, which tells no act of its own
        (
            "Police dispersed the sit-in in Aktau with tear gas on Saturday. At least five people died, doctors said.",
            "dispersed",
            "At least five",
        ),
        (
            "Soldiers opened fire on a funeral procession in Gondar on Sunday. Eight mourners died on the spot.",
            "opened fire",
            "Eight",
        ),
    ],
)
def test_the_toll_told_in_the_next_sentence_counts_the_act_before(text, trigger, figure):
    counted = _counted(text)
    assert figure in counted[trigger], counted


def test_guard_a_toll_after_a_paragraph_break_is_left_alone():
    counted = _counted(
        "Police dispersed the sit-in in Aktau with tear gas on Saturday.\n\nAt least five people died, doctors said."
    )
    assert "At least five" not in counted["dispersed"], counted


def test_guard_a_next_sentence_with_an_act_of_its_own_keeps_its_toll():
    counted = _counted(
        "Police fired tear gas at marchers in Aktau on Saturday. Gunmen attacked a bus in Atyrau, and seven people died."
    )
    assert "seven" not in counted["fired"], counted


def test_guard_a_toll_of_another_time_is_left_alone():
    counted = _counted(
        "Police fired tear gas at marchers in Aktau on Saturday. In 2011, 16 people died in the same square."
    )
    assert "16" not in counted["fired"], counted


def test_a_total_goes_past_the_act_told_inside_its_part():
    counted = _counted(
        "Medics said the number of people killed during the dispersal of the camp had risen to 52, including six"
        " in Kosti, where troops fired on a march."
    )
    assert "52" not in counted["fired"] and "six" not in counted["fired"], counted


def test_the_dead_of_the_place_where_troops_fired_are_theirs():
    counted = _counted("Nine people died in Kosti, where troops fired on a march on Saturday.")
    assert "Nine" in counted["fired"], counted


def test_among_those_killed_is_no_part_of_a_count():
    counted = _counted(
        "An army spokesman said 11 soldiers and four drivers were among those killed in the ambush near Gao on Friday."
    )
    assert {"11", "four"} <= counted["killed"], counted
