"""The Dask speed-up of ``tally bench`` is taken against a fresh one-process run (round 22).

The benchmark's own process has read every text before the cluster runs
(tally and bare spaCy both read them), so its caches hold their words; a
worker meets them for the first time. The baseline is a new process that
loads and warms up exactly as a worker does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tally import bench
from tally.bench import BenchResult


def _result(**extra: float) -> BenchResult:
    return BenchResult(articles=10, words=1000, seconds=10.0, spacy_seconds=8.0, peak_rss_mb=600.0, **extra)


def test_speedup_is_the_fresh_process_time_over_the_cluster_time():
    result = _result(dask_seconds=5.0, dask_baseline_seconds=12.0)
    assert result.dask_speedup == pytest.approx(2.4)
    dask = result.to_dict()["dask"]
    assert dask["one_process_seconds"] == 12.0 and dask["speedup"] == 2.4


def test_without_a_fresh_run_the_benchmark_process_stands_in():
    result = _result(dask_seconds=5.0)
    assert result.dask_speedup == pytest.approx(2.0)
    assert result.to_dict()["dask"]["one_process_seconds"] == 10.0
    assert _result().to_dict()["dask"] is None


@pytest.mark.model
def test_fresh_run_times_the_pipeline_in_a_new_process(tmp_path: Path, monkeypatch):
    source = tmp_path / "in.jsonl"
    rows = [
        {
            "text": "Riot police detained 40 students outside the university in Harare on Monday, a lawyer said."
        },
        {"text": "Two marchers were hurt when officers fired rubber bullets in Quito, the ombudsman said."},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    # the run must not happen here: this process's pipeline is made to fail
    monkeypatch.setattr(bench, "_run_pipeline", lambda *a, **k: pytest.fail("ran in the test's process"))
    assert bench._run_fresh_process([str(source)], bench.DEFAULT_MODEL) > 0
