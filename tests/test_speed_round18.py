"""A local Dask cluster runs without the diagnostics that cost its workers CPU time (round 18).

Measured on the 2-core machine (120 generated articles, 2 workers): Dask's
defaults (event-loop health checks every 20 ms, a stack-sampling profiler
every 10 ms, memory reads every 100 ms) kept each worker's event-loop thread
busy for 1.9 CPU s beside the 7 s of the analysis, and the 64 KiB
``MALLOC_TRIM_THRESHOLD_`` Dask sets in its workers made every large spaCy
array a fresh memory mapping (350,000 page faults per worker against
22,000-41,000). These tests read the settings on real worker processes of
:func:`tally.parallel.dask_client`; records are not touched (the cluster's
records are compared with one process's in ``test_scale_dask.py``).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from tally.parallel import dask_client  # noqa: E402


def _worker_settings(dask_worker: Any) -> dict[str, Any]:
    """What one worker process runs with: its periodic callbacks' intervals (ms) and its environment."""
    callbacks = dask_worker.periodic_callbacks
    return {
        "callbacks": {name: pc.callback_time for name, pc in callbacks.items()},
        "malloc_trim": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        "openblas_threads": os.environ.get("OPENBLAS_NUM_THREADS"),
        "omp_threads": os.environ.get("OMP_NUM_THREADS"),
    }


@contextmanager
def _dashboard_port_taken() -> Iterator[None]:
    """Hold Dask's default dashboard port 8787, as another cluster on the machine would.

    If something else already holds it, the port is taken all the same.
    """
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        try:
            holder.bind(("", 8787))
            holder.listen()
        except OSError:
            pass
        yield
    finally:
        holder.close()


@pytest.fixture(scope="module")
def workers() -> list[dict[str, Any]]:
    saved = os.environ.get("MALLOC_TRIM_THRESHOLD_")
    os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)  # a cluster started earlier in this process leaves it set
    try:
        with _dashboard_port_taken(), dask_client(processes=2) as client:
            assert client is not None
            client.wait_for_workers(2)
            return list(client.run(_worker_settings).values())
    finally:
        if saved is not None:
            os.environ["MALLOC_TRIM_THRESHOLD_"] = saved


def test_a_cluster_starts_while_another_holds_the_dashboard_port(workers: list[dict[str, Any]]) -> None:
    """Two clusters at once (two analyses, or two test workers) both start (stop 51's CI failure).

    The scheduler's HTTP server took port 8787 by default even with the dashboard
    off, and warned when the port was taken, which tests turn into errors.
    """
    assert len(workers) == 2


def test_workers_do_not_sample_their_stacks(workers: list[dict[str, Any]]) -> None:
    for worker in workers:
        assert "profile" not in worker["callbacks"]
        assert "profile-cycle" not in worker["callbacks"]


def test_workers_check_their_event_loop_and_memory_once_a_second(workers: list[dict[str, Any]]) -> None:
    for worker in workers:
        assert worker["callbacks"]["tick"] >= 1000
        assert worker["callbacks"]["memory_monitor"] >= 1000
        assert worker["callbacks"]["monitor"] >= 1000


def test_workers_allocate_as_one_process_does(workers: list[dict[str, Any]]) -> None:
    for worker in workers:
        assert worker["malloc_trim"] is None


def test_workers_keep_one_numeric_thread_each(workers: list[dict[str, Any]]) -> None:
    """Guard (passed before round 18): Dask's one OpenMP/BLAS thread per worker stays."""
    for worker in workers:
        assert worker["openblas_threads"] == "1"
        assert worker["omp_threads"] == "1"
