"""Per-stage CPU time of the pipeline on generated long texts at 1× and 4× size (issue 17).

Usage: python scripts/stage_times.py [KB] [kinds...]. Prints, for each kind of
generated text, every stage's seconds at the base size and at four times it,
and their ratio (linear ≈ 4, quadratic ≈ 16).
"""

from __future__ import annotations

import sys
import time

from tests.long_texts import GENERATORS, stage_times

if __name__ == "__main__":
    kb = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    kinds = sys.argv[2:] or list(GENERATORS)
    for kind in kinds:
        started = time.perf_counter()
        stage_times(GENERATORS[kind](1000))  # warm: the gazetteer and word lists load once
        small = stage_times(GENERATORS[kind](kb * 1000), repeat=2)
        large = stage_times(GENERATORS[kind](4 * kb * 1000), repeat=2)
        print(f"== {kind} ({kb} KB / {4 * kb} KB, {time.perf_counter() - started:.1f} s)", flush=True)
        for stage in large:
            a, b = small.get(stage, 0.0), large[stage]
            ratio = b / a if a > 0.001 else float("nan")
            print(f"  {stage:10s} {a:8.3f} {b:8.3f}  x{ratio:5.1f}", flush=True)
