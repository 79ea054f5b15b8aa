"""Link cost against the stored corpus: one fixed batch linked into bases of different sizes.

Builds (or reuses) a base database per size, with the first *size* articles of
the analysed databases (``scale_run.py --no-link``, in their order) linked in
steps of 500, then for each base: copies it, adds the same *batch* articles
(those after the largest base) and times ``update_links`` in CPU seconds, best
of *reps*. Incremental linking costs the same at every size; the ratio of the
largest base's time to the smallest's is its growth. ``--profile DIR`` writes
a cProfile of each base's last run; ``--keep DIR`` keeps each linked copy (to
compare claims, clusters and entities before and after a change).

    python scripts/scale_run.py bench.jsonl --chunk 250 --db analysed.db --no-link
    python scripts/link_growth.py analysed.db --sizes 200 1100 --batch 50 --dir /tmp/growth
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import time
from pathlib import Path

from scale_run import reset_stage_peak, stage_peak_mb

from tally.link import update_links
from tally.store import Store


def _copy(items: list[tuple[Store, str]], target: Store) -> None:
    for source, article_id in items:
        article = source.get_article(article_id, reviewed=False)
        if article is not None:
            target.add_article(article)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analysed", nargs="+", type=Path, help="analysed databases, read in this order")
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2500])
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--dir", type=Path, required=True, help="where the bases are built (and reused)")
    parser.add_argument("--profile", type=Path, help="write base<N>.prof here")
    parser.add_argument("--keep", type=Path, help="keep each base's linked copy here")
    args = parser.parse_args(argv)
    sources = [Store(str(path)) for path in args.analysed]
    items = [(source, article_id) for source in sources for article_id in source.article_ids()]
    top = max(args.sizes)
    batch = items[top : top + args.batch]
    if len(batch) < args.batch:
        parser.error(f"{len(items)} articles: need {top + args.batch}")
    args.dir.mkdir(parents=True, exist_ok=True)
    for size in sorted(args.sizes):
        base = args.dir / f"base{size}.db"
        if not base.exists():
            store = Store(str(base))
            for start in range(0, size, 500):
                _copy(items[start : min(size, start + 500)], store)
                update_links(store)
            store.close()
        times, peak = [], 0.0
        for rep in range(args.reps):
            work = args.dir / "work.db"
            shutil.copy(base, work)
            store = Store(str(work))
            _copy(batch, store)
            profile = cProfile.Profile() if args.profile and rep == args.reps - 1 else None
            reset_stage_peak()
            c0 = time.process_time()
            if profile is not None:
                profile.enable()
            update_links(store)
            if profile is not None:
                profile.disable()
            times.append(round(time.process_time() - c0, 3))
            peak = max(peak, stage_peak_mb())
            store.close()
            if profile is not None and args.profile:
                args.profile.mkdir(parents=True, exist_ok=True)
                profile.dump_stats(args.profile / f"base{size}.prof")
            if args.keep and rep == 0:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(work, args.keep / f"linked{size}.db")
            work.unlink()
        row = {
            "base": size,
            "batch": args.batch,
            "cpu_s": times,
            "best_s": min(times),
            "peak_mb": round(peak),
        }
        print(json.dumps(row), flush=True)
    for source in sources:
        source.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
