"""ACLED fatalities, fiftieth round: a group inside a whole toll is not added to it.

A row's killed counts come grouped by claim. "More than 200 people, including
12 foreigners" counted 212 before; it is 200. Counts one report gives side by
side ("31 in the north and 9 in the south") are different dead and still add
up, and so do groups no whole toll holds.
"""

from __future__ import annotations

from tally.export.acled import _merge_into
from tally.export.acled_deaths import Toll, parts_of_a_whole, row_deaths
from tests._acled_rows import export_row


def test_a_group_inside_a_whole_toll_of_the_same_report_adds_nothing() -> None:
    tolls = {"all": Toll(200, "people", {"a"}), "foreigners": Toll(12, "foreigners", {"a"})}
    assert parts_of_a_whole(tolls) == {"foreigners"}
    counted: set[str] = set()
    assert row_deaths(tolls, counted) == 200
    assert counted == {"all", "foreigners"}  # the group is counted with its whole: no later row adds it


def test_counts_one_report_gives_side_by_side_add_up() -> None:
    tolls = {"north": Toll(31, "people", {"a"}), "south": Toll(9, "people", {"a"})}
    assert row_deaths(tolls, set()) == 40


def test_groups_of_the_dead_no_whole_toll_holds_add_up() -> None:
    # "14 protesters and three police officers were killed": two groups, no whole toll
    tolls = {"protesters": Toll(14, "protesters", {"a"}), "police": Toll(3, "police officers", {"a"})}
    assert parts_of_a_whole(tolls) == set()
    assert row_deaths(tolls, set()) == 17


def test_a_group_another_report_gives_is_no_part_of_this_reports_toll() -> None:
    # one report gives the whole toll, another only the foreigners among the dead: nothing says the
    # foreigners are among the first report's dead, so both count (as before this round)
    tolls = {"all": Toll(60, "people", {"a"}), "foreigners": Toll(4, "foreigners", {"b"})}
    assert parts_of_a_whole(tolls) == set() and row_deaths(tolls, set()) == 64


def test_claims_counted_by_an_earlier_row_add_nothing() -> None:
    counted = {"all"}
    tolls = {"all": Toll(60, "people", {"a"}), "later": Toll(7, "people", {"a"})}
    assert row_deaths(tolls, counted) == 7
    assert row_deaths({"all": Toll(60, "people", {"a"})}, counted) == 0


def test_merged_rows_join_the_reports_of_a_shared_claim() -> None:
    into = export_row(fatalities={"c1": Toll(12, "people", {"a"})})
    other = export_row(fatalities={"c1": Toll(12, "people", {"b"}), "c2": Toll(3, "people", {"b"})})
    _merge_into(into, other)
    assert into["fatalities"]["c1"].docs == {"a", "b"}
    assert row_deaths(into["fatalities"], set()) == 15


def test_a_merged_row_takes_no_actor_that_is_already_its_other_side() -> None:
    # one cluster names the dead man only as the target; another of the same row names him as actor
    # (the parse of another sentence): ACLED's two sides are never one actor
    into = export_row(sub_event_type="Attack", actor1="", inter1=0, actor2="Dana Okafor", inter2=7)
    other = export_row(sub_event_type="Attack", actor1="Dana Okafor", inter1=7, actor2="", inter2=0)
    _merge_into(into, other)
    assert into["actor1"] == "" and into["actor2"] == "Dana Okafor"
