"""ACLED export, round 49: one sentence's rows of one sub-event type are one row, however each is dated.

Read from the `make demo` export: a spokesman's sentence giving both a count of people detained
and a count of officers injured gave two "Arrests" rows of the same day, one from the detentions (a cluster
of several reports, dated by the first report: month precision, its note ending in "[Date of the
first report.]") and one from the injuries told in the same sentence (dated to the day). Rows of one
sentence were one row only when both had the same precision, because the day and the note's
added bracket were part of the sentence's key. The key is now the sentence as written (tally's
bracketed notes left out) and the sub-event type; two rows dated to different days stay two
(one sentence may tell two days' arrests).
"""

from __future__ import annotations

from tally.export.acled import _merge_same_events
from tests._acled_rows import export_row

ARRESTS = {"sub_event_type": "Arrests", "event_type": "Strategic developments", "inter1": 1}
SAID = "The spokesman said 61 people were held and two officers were hurt."


def test_round49_a_sentence_dated_by_its_first_report_joins_the_same_sentence_dated_to_the_day():
    rows = [
        export_row(
            **ARRESTS,
            actor1="Police Forces of Kenya",
            actor2="Civilians (Kenya)",
            inter2=7,
            time_precision=3,
            notes=SAID + " [Date of the first report.]",
        ),
        export_row(
            **ARRESTS, actor1="Police Forces of Kenya", time_precision=1, notes=SAID, tally_cluster="x2"
        ),
    ]
    assert [r["tally_cluster"] for r in _merge_same_events(rows)] == ["x1 x2"]


def test_round49_guard_one_sentence_two_days_stay_two_rows():
    rows = [
        export_row(**ARRESTS, actor1="Police Forces of Kenya", notes=SAID),
        export_row(
            **ARRESTS,
            actor1="Police Forces of Kenya",
            notes=SAID,
            event_date="2026-03-04",
            tally_cluster="x2",
        ),
    ]
    assert [r["tally_cluster"] for r in _merge_same_events(rows)] == ["x1", "x2"]


def test_round49_guard_another_sentence_stays_apart():
    rows = [
        export_row(**ARRESTS, actor1="Police Forces of Kenya", time_precision=3, notes=SAID),
        export_row(
            **ARRESTS,
            actor1="Police Forces of Kenya",
            time_precision=1,
            notes="Eleven traders were held at the market.",
            location="Nakuru",
            tally_cluster="x2",
        ),
    ]
    assert [r["tally_cluster"] for r in _merge_same_events(rows)] == ["x1", "x2"]
