"""CPU seconds of one process and of a 2-worker Dask cluster on the same articles (round 18).

On two cores the cluster's speed-up over one process is at most twice the
one process's CPU time over the CPU time of the whole cluster (driver and
workers), and CPU seconds hold on a loaded machine where wall-clock seconds
do not. Prints, as JSON: the one-process CPU and wall seconds; the driver's
CPU seconds per thread (main thread: cleaning, language, store; the other:
the event loop of the scheduler, the nannies and the client); each
worker's CPU seconds per thread, ``getrusage`` (user, system, minor page
faults, voluntary and involuntary switches) and ``MALLOC_TRIM_THRESHOLD_``.

    python scripts/make_bench_corpus.py -n 1000 --seed 7 -o bench1k.jsonl
    PYTHONPATH=src python scripts/dask_cpu.py bench1k.jsonl 120
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _thread_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process, from ``/proc`` (Linux)."""
    out = {}
    tick = os.sysconf("SC_CLK_TCK")
    for tid in os.listdir(f"/proc/{os.getpid()}/task"):
        try:
            stat = Path(f"/proc/{os.getpid()}/task/{tid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        out[tid] = (int(fields[11]) + int(fields[12])) / tick
    return out


def _usage() -> tuple[float, ...]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime, r.ru_stime, r.ru_minflt, r.ru_nvcsw, r.ru_nivcsw)


def _delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: round(v - before.get(k, 0.0), 2) for k, v in after.items() if v - before.get(k, 0.0) > 0.05}


def _trim() -> str | None:
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


def main(path: str, n: int) -> dict[str, Any]:
    from tally.bench import _warm_up
    from tally.corpus import Corpus
    from tally.parallel import TallyWorkerPlugin, dask_client
    from tally.settings import Settings

    with open(path, encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(n), handle, strict=False)]
    tmp = Path(tempfile.mkdtemp(prefix="dask-cpu-"))
    inputs = tmp / "in.jsonl"
    inputs.write_text("".join(lines), encoding="utf-8")
    _warm_up(json.loads(lines[0])["text"], Settings().model)
    result: dict[str, Any] = {}
    cpu, wall = time.process_time(), time.perf_counter()
    with Corpus(tmp / "one.db", settings=Settings()) as corpus:
        corpus.add_files([str(inputs)])
    result["one_cpu"] = round(time.process_time() - cpu, 2)
    result["one_wall"] = round(time.perf_counter() - wall, 2)
    with dask_client(processes=2) as client:
        assert client is not None
        client.wait_for_workers(2)
        client.register_plugin(TallyWorkerPlugin(Settings()), name="tally")
        workers_before, threads_before = client.run(_usage), client.run(_thread_cpu)
        driver_before = _thread_cpu()
        cpu, wall = time.process_time(), time.perf_counter()
        with Corpus(tmp / "dask.db", settings=Settings()) as corpus:
            corpus.add_files([str(inputs)], client=client)
        result["dask_wall"] = round(time.perf_counter() - wall, 2)
        result["driver_cpu"] = round(time.process_time() - cpu, 2)
        result["driver_threads"] = _delta(driver_before, _thread_cpu())
        workers_after, threads_after = client.run(_usage), client.run(_thread_cpu)
        result["worker_usage"] = [
            [round(b - a, 2) for a, b in zip(workers_before[w], workers_after[w], strict=True)]
            for w in workers_after
        ]
        result["worker_threads"] = [_delta(threads_before[w], threads_after[w]) for w in threads_after]
        result["worker_malloc_trim"] = list(client.run(_trim).values())
    result["load"] = os.getloadavg()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 120), indent=1))
