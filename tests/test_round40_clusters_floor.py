"""The event clusters and the ACLED rows hold their scores on `eval/clusters/` tune (round 40).

The CI gate (`test_eval_gate.py`) replays the extractors article by article; event clusters and
export rows need the split linked as one corpus, so their floors are kept here: a change to
linking or to the export that loses pairs the gold joins, or joins pairs it keeps apart, fails.
Floors are the round-40 scores less the gate's tolerance; `tally eval clusters --split tune`
prints the numbers.
"""

from __future__ import annotations

import pytest

from tally.evaluate.runner import evaluate

#: F1 of the tasks on the tune split at the end of round 40
FLOORS = {"pairs": 0.578, "acled_rows": 0.695}
TOLERANCE = 0.02


@pytest.mark.model
def test_clusters_and_rows_hold_their_floor_on_the_tune_split() -> None:
    tasks = evaluate("clusters", split="tune").to_dict()["tasks"]
    for task, floor in FLOORS.items():
        assert tasks[task]["f1"] >= floor - TOLERANCE, (task, tasks[task]["f1"], floor)
