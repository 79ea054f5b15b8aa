"""Link time and memory as a corpus grows: link an analysed corpus batch by batch.

Analysis and linking are measured apart: this copies the articles of an
analysed database (``scale_run.py --no-link``) into a new one, *batch*
articles at a time in the order they were analysed, and links after each
batch. It prints one JSON line per batch: articles linked so far, seconds to
link the batch, the link step's peak resident memory (Linux ``VmHWM``, reset
before each link) and what the update did. Linking is incremental when the
seconds per batch stay flat as the corpus grows.

With ``--order published`` the articles are taken by publication date (then
id), as a pipeline that reads the news as it appears takes them: each batch
is then a later stretch of time than the corpus linked before it, not a
sample of the same months.

    python scripts/scale_run.py bench10k.jsonl --chunk 1000 --db analysed.db --no-link
    python scripts/link_batches.py analysed.db --batch 1000 --db linked.db
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from link_phases import ordered_ids
from scale_run import reset_stage_peak, rss_mb, stage_peak_mb

from tally.link import update_links
from tally.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analysed", help="database (path or URL) of analysed articles")
    parser.add_argument("--db", required=True, help="new database to copy into and link (path or URL)")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--batches", type=int, default=0, help="stop after this many batches (0: all)")
    parser.add_argument(
        "--order",
        choices=("analysed", "published"),
        default="analysed",
        help="the order articles are taken in",
    )
    args = parser.parse_args(argv)
    if Path(args.db).exists():
        parser.error(f"{args.db}: exists already; give a new database")
    source, target = Store(args.analysed), Store(args.db)
    ids = ordered_ids(source, args.order)
    done = 0
    for n, start in enumerate(range(0, len(ids), args.batch), 1):
        for article_id in ids[start : start + args.batch]:
            article = source.get_article(article_id, reviewed=False)
            if article is not None:
                target.add_article(article)
        reset_stage_peak()
        t0, c0 = time.perf_counter(), time.process_time()
        report = update_links(target)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        done += report.articles_linked
        row = {
            "batch": n,
            "articles": done,
            "link_s": round(seconds, 2),
            "link_cpu_s": round(cpu, 2),  # CPU seconds: what other processes' load barely moves
            "link_peak_mb": round(stage_peak_mb()),
            "rss_mb": round(rss_mb()),
            "blocks": report.blocks_recomputed,
            "articles_affected": report.articles_affected,
            "features_read": report.features_read,
            "corpus_entities": report.corpus_entities,
            "claims": report.claims,
            "event_clusters": report.event_clusters,
        }
        print(json.dumps(row), flush=True)
        if args.batches and n >= args.batches:
            break
    source.close()
    target.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
