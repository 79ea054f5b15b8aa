"""Memory and link time as a corpus grows: analyse a JSONL file in chunks into one database.

After each chunk of articles this links the corpus (incrementally, as
``tally analyze`` does at the end of a run) and prints one JSON line: articles
stored so far, seconds to analyse the chunk, seconds to link it, the process's
resident memory now and its peak so far (and before the chunk's analysis, so that
an analysis peak splits into what the process held when it started and what the
analysis added). Linking is incremental when the link
time per chunk stays flat as the corpus grows; memory is flat when the peak
stops growing after the first chunk. The peak of the analysis and of the link
step are reported apart (Linux). ``Corpus.link`` links a chunk of 500 articles
or more in a process of its own (:mod:`tally.link.apart`): ``link_peak_mb`` is
then this process's while it waits, and ``link_child_peak_mb`` the linking
process's own peak (its ``VmHWM``, which it reports when done);
``--link-in-process`` links here, as before round 43.

    python scripts/make_bench_corpus.py -n 10000 -o /tmp/bench10k.jsonl
    python scripts/scale_run.py /tmp/bench10k.jsonl --chunk 1000 --db /tmp/scale.db
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import time
from pathlib import Path

from tally._gc import max_rss_mb, status_mb
from tally.corpus import Corpus
from tally.nlp.load import load_model
from tally.resources.gazetteer import load_gazetteer
from tally.settings import DEFAULT_MODEL, Settings


def rss_mb() -> float:
    """Resident memory now (Linux ``/proc``; 0 elsewhere)."""
    return status_mb("VmRSS") or 0.0


def reset_stage_peak() -> None:
    """Start a new peak (Linux: writing 5 to clear_refs resets VmHWM), so each stage has its own."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def stage_peak_mb() -> float:
    """Peak resident memory since :func:`reset_stage_peak` (Linux ``VmHWM``; 0 elsewhere)."""
    return status_mb("VmHWM") or 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--chunk", type=int, default=1000)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument(
        "--no-link",
        action="store_true",
        help="analyse and store only (link later, e.g. with link_batches.py)",
    )
    parser.add_argument(
        "--link-in-process",
        action="store_true",
        help="link in this process (by default a chunk of 500 articles or more is linked apart)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load_model(args.model)
    load_gazetteer()
    print(json.dumps({"cold_start_s": round(time.perf_counter() - started, 1), "rss_mb": round(rss_mb())}))
    total = 0
    with (
        args.jsonl.open(encoding="utf-8") as handle,
        Corpus(args.db, settings=Settings(model=args.model)) as corpus,
    ):
        while True:
            lines = list(itertools.islice(handle, args.chunk))
            if not lines:
                break
            rss_before = rss_mb()  # what the analysis starts from (the link steps' heap, given back)
            reset_stage_peak()
            t0 = time.perf_counter()
            report = corpus.add_files(["-"], stdin=lines)
            t1 = time.perf_counter()
            analyse_peak = stage_peak_mb()
            reset_stage_peak()
            links = None if args.no_link else corpus.link(apart=False if args.link_in_process else None)
            linked = links.articles_linked if links else 0
            t2 = time.perf_counter()
            link_peak = stage_peak_mb()
            total += report.stored
            row = {
                "articles": total,
                "analyse_s": round(t1 - t0, 1),
                "articles_per_s": round(report.stored / (t1 - t0), 2) if t1 > t0 else 0,
                "link_s": round(t2 - t1, 2),
                "linked": linked,
                "rss_mb": round(rss_mb()),
                "rss_before_analyse_mb": round(rss_before),
                "analyse_peak_mb": round(analyse_peak),
                "analyse_rise_mb": round(analyse_peak - rss_before),
                "link_peak_mb": round(link_peak),
                "link_child_peak_mb": round(links.apart_peak_mb) if links else 0,
                "peak_rss_mb": round(max_rss_mb()),
            }
            print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
