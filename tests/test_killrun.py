"""SIGKILL at seeded random points of ``tally analyze`` never corrupts the database (issue 17).

Runs ``scripts/killrun.py`` with ten kills: one process loads the model once
and forks the real ``tally analyze`` per run; after each kill the database
passes ``PRAGMA integrity_check``, holds no article without its records, and
a rerun reaches exactly the row counts of an uninterrupted run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.model
def test_sigkill_at_ten_random_points_leaves_a_database_that_resumes_exactly():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "killrun.py"), "--kills", "10", "--seed", "1", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    failed = [r for r in summary["results"] if r["problems"]]
    assert not failed, failed
    assert summary["kills"] == 10 and summary["survived"] == 10  # ten children killed mid-run
    assert summary["runs_ok"] == summary["runs"]
    assert summary["reference_tables"]["articles"] == 4
