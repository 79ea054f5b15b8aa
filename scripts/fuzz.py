"""Fuzz tally with hypothesis: hundreds of thousands of hostile examples through the properties of tests/test_fuzz.py.

Usage::

    PYTHONPATH=. python scripts/fuzz.py [--scale 1.0] [--only NAME ...] [--seed N]

Each property runs its number of examples (times ``--scale``) in one
hypothesis run; a failure is printed with its falsifying example and the run
goes on with the next property. The fast properties (ingest, cleaning, the
date grammar, periods, the tokenizer's cutting, number parsing) carry the
volume; the full pipeline with spaCy runs fewer. Prints, per property,
examples tried, seconds and failures, then the total; exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from tests import test_fuzz as props
from tests.fuzz_strategies import hostile_text, html_page, jsonl_line, published

#: (name, property, strategies, examples at scale 1)
TARGETS = [
    ("periods", props.prop_periods, (props._value, props._days), 30_000),
    ("tokenizer_pieces", props.prop_tokenizer_pieces, (st.one_of(hostile_text(), st.text()),), 20_000),
    ("clean", props.prop_clean, (hostile_text(),), 20_000),
    ("numbers", props.prop_numbers, (hostile_text(),), 12_000),
    ("dates_rules", props.prop_dates_rules, (hostile_text(), published()), 12_000),
    ("ingest_text", props.prop_ingest_text, (hostile_text(),), 4_000),
    ("ingest_jsonl", props.prop_ingest_jsonl, (st.lists(jsonl_line(), max_size=4),), 4_000),
    ("ingest_html", props.prop_ingest_html, (html_page(),), 1_000),
    ("pipeline", props.prop_pipeline, (hostile_text(40), published()), 500),
]


def run(name, prop, strategies, examples: int, seed_value: int) -> tuple[int, float, str | None]:
    count = 0

    def counted(args):
        nonlocal count
        count += 1
        prop(*args)

    test = seed(seed_value)(
        settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(given(st.tuples(*strategies))(counted))
    )
    started = time.perf_counter()
    failure = None
    try:
        test()
    except Exception:  # a falsifying example: report it and go on with the next property
        failure = traceback.format_exc(limit=3)
    return count, time.perf_counter() - started, failure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    total, failures = 0, 0
    for name, prop, strategies, examples in TARGETS:
        if args.only and name not in args.only:
            continue
        count, seconds, failure = run(name, prop, strategies, max(1, int(examples * args.scale)), args.seed)
        total += count
        failures += failure is not None
        print(
            f"{name:18s} {count:8,d} examples {seconds:8.1f} s  {'FAILED' if failure else 'ok'}", flush=True
        )
        if failure:
            print(failure, flush=True)
    print(f"total {total:,d} examples, {failures} properties failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
