"""Quotes of round 50: read from the real tune splits (news wires, web news, Wikinews, AQUAINT).

Every sentence here was written for these tests (none comes from a gold set or
a corpus story). Each test failed before the rule it tests unless its comment
says it is a guard.
"""

from __future__ import annotations

from tests._quote_records import marked_quotes


def _speakers(text: str, words: str) -> list[str]:
    return [name or "" for _, name in marked_quotes(text, words)]


# -- a description that repeats an unnamed person's introduction is that person ----------------------


def test_the_first_official_is_one_of_the_unnamed_officials_not_the_victim() -> None:
    text = (
        "A customs official said on Monday that the seized crates held rifles bound for the north.\n\n"
        "The second shipment went through the port, according to another customs official.\n\n"
        "Both men spoke on condition of anonymity.\n\n"
        "Police searched the farm of Dr. Hal Brick on Sunday. More checks on the ledgers could tie "
        "the crates to a single buyer, the first customs official said.\n\n"
        "“We still need the buyer's own papers to be sure where the rifles were going,” the official added."
    )
    found = _speakers(text, "We still need the buyer's own papers")
    assert found and "customs official" in found[0] and "Brick" not in found[0]


def test_the_young_man_of_the_lede_is_not_the_spokesman_named_later() -> None:
    text = (
        "A young man and his father have sued the city transit board, saying guards beat him on a "
        "bus last winter.\n\n"
        "The board said it would not comment on the case. Its spokesman, Carl Henning, said an "
        "internal review had been opened in March.\n\n"
        "In his complaint accusing two guards of “a cruel and petty assault,” the young man says he "
        "was pushed “without any warning” to the floor."
    )
    assert _speakers(text, "without any warning") == ["the young man"]


def test_the_elderly_woman_is_not_the_police_spokesman_who_spoke_since() -> None:
    text = (
        "An elderly woman was robbed outside the station on Tuesday.\n\n"
        "Police spokesman Carl Henning said officers were looking at camera footage.\n\n"
        "“I could not even shout,” the elderly woman told a local radio station."
    )
    assert _speakers(text, "I could not even shout") == ["the elderly woman"]


def test_guard_the_official_named_with_the_role_keeps_his_name() -> None:
    # guard: the named person was given the description's noun: he is the one meant
    text = (
        "A customs official at the border said the queue was ten kilometres long.\n\n"
        "Customs official Bram Tiel said later that the lanes would reopen by noon.\n\n"
        "“We have doubled the staff at every gate,” the official said."
    )
    assert _speakers(text, "We have doubled the staff") == ["Bram Tiel"]


def test_guard_the_description_of_the_one_person_named_with_no_unnamed_one_before() -> None:
    # guard: no unnamed person was introduced with the noun: the one person named is still meant
    text = (
        "Customs chief Bram Tiel toured the port on Monday with a group of traders.\n\n"
        "“We have doubled the staff at every gate,” the official said."
    )
    assert _speakers(text, "We have doubled the staff") == ["Bram Tiel"]


def test_guard_a_named_young_lawyer_is_the_young_lawyer() -> None:
    # guard: the person introduced with the words was named beside them: the name is meant
    text = (
        "A young lawyer, Ana Varga, filed the appeal on Monday. The court clerk said it was "
        "received in time.\n\n"
        "“We will take this as far as we must,” the young lawyer said."
    )
    assert _speakers(text, "We will take this as far") == ["Ana Varga"]
