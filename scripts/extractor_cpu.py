"""CPU seconds of the extractors alone, over articles parsed once (issue 16, rounds 22-).

Wall clock on a shared machine moves with the other sessions' load; CPU
seconds barely do, so two versions of the code are compared by running this
script on each in alternation (``PYTHONPATH`` pointing at each ``src``).
The articles are cleaned and parsed once; ``build_article`` then runs over
them twice and the second pass is what to read (the first fills the
extractors' word caches). Prints, per pass, the CPU seconds in all and per
extractor (the pipeline's stage timer is switched to process time); with a
third argument, writes a cProfile of a third pass there.

    python scripts/make_bench_corpus.py -n 1000 --seed 7 -o bench1k.jsonl
    PYTHONPATH=src python scripts/extractor_cpu.py bench1k.jsonl 120 [profile.out]
"""

from __future__ import annotations

import cProfile
import sys
import time
import types

import tally.pipeline as pipeline
from tally.ingest.files import Skipped, load_articles
from tally.nlp.load import load_model
from tally.pipeline import available_extractors, build_article, prepared_batches
from tally.settings import Settings


def main(path: str, n: int, profile: str | None) -> None:
    # the stage timer reads this clock: per-extractor CPU seconds, not wall seconds
    pipeline.time = types.SimpleNamespace(perf_counter=time.process_time)  # type: ignore[assignment]
    raws = []
    for raw in load_articles([path]):
        if not isinstance(raw, Skipped):
            raws.append(raw)
        if len(raws) >= n:
            break
    settings = Settings()
    prepared = [p for b in prepared_batches(raws, settings=settings) for p in b if not isinstance(p, Skipped)]
    nlp = load_model(settings.model)
    extractors = available_extractors(None)
    build_article(prepared[0], nlp(prepared[0].cleaned.text), extractors=extractors, timings={})  # warm up
    docs = list(nlp.pipe([p.cleaned.text for p in prepared], batch_size=settings.batch_size))

    def run() -> dict[str, float]:
        timings: dict[str, float] = {}
        for item, doc in zip(prepared, docs, strict=True):
            build_article(item, doc, extractors=extractors, timings=timings)
        return timings

    for _ in range(2):
        started = time.process_time()
        timings = run()
        print("cpu", round(time.process_time() - started, 3), {k: round(v, 3) for k, v in timings.items()})
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run()
        profiler.disable()
        profiler.dump_stats(profile)


if __name__ == "__main__":
    main(
        sys.argv[1],
        int(sys.argv[2]) if len(sys.argv) > 2 else 120,
        sys.argv[3] if len(sys.argv) > 3 else None,
    )
