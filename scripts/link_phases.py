"""Wall and CPU seconds of each phase of one link step, and what it read: a batch linked into a copy of a base.

Copies *base* (a linked database: ``link_batches.py``, ``link_growth.py``
``--keep`` or a ``scale_run.py`` run; never written to) to *work*, adds the
first *batch* articles of *analysed* that *base* does not hold (as analysed, or with
``--order published`` by publication date: ``link_batches.py``), and runs
``update_links`` with each phase of the link step (:mod:`tally.link.incremental`
 and the modules it calls) and
:mod:`tally.link.grouping` timed (a phase's time includes the phases it calls;
each is counted once when it calls itself). Prints one JSON line: the step's
wall and CPU seconds, per phase ``[calls, wall s, CPU s]``, and counts of what
replay did (items placed again, groups compared), of the pairs of name forms
compared and of the rows the indexed look-ups returned. Run it on a small base
and a large one with the same batch size: a phase that costs what the batch
costs takes the same time on both.

    python scripts/link_phases.py base2000.db analysed.db --batch 1000 --work /tmp/w.db
    python scripts/link_phases.py scale10k.db new1k.db --batch 1000 --work /tmp/w.db --profile p.prof
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tally.link import (
    blocks,
    entity_rows,
    grouping,
    grown,
    incremental,
    recluster,
    resolving,
    rows,
    update_links,
)
from tally.store import Store, schema

#: The modules a link step is written in: a phase function is replaced in each
#: one that imports it, since each call looks it up in its caller's module.
STEP_MODULES = (incremental, rows, entity_rows, grown, recluster, resolving, blocks)

#: the phases timed by function name, with their labels
_NAMED_PHASES: list[tuple[str, str]] = [
    ("_link_article", "features (_link_article)"),
    ("_add_forms", "forms, keys, edges (_add_forms)"),
    ("_recluster", "entities (_recluster)"),
    ("_joining", "entities: _joining"),
    ("neighbourhood", "entities: neighbourhood"),
    ("_grown_entities", "entities: _grown_entities"),
    ("_grow_stored", "entities: _grow_stored"),
    ("_cluster_part", "entities: _cluster_part"),
    ("_write_entities", "entities: _write_entities"),
    ("_dup_groups", "duplicates (_dup_groups)"),
    ("_naming", "records naming changed members (_naming)"),
    ("_replay_block", "claims and clusters (_replay_block)"),
    ("_StoredBlock", "claims and clusters: block rows"),
    ("_write_groups", "claims and clusters: _write_groups"),
    ("count_new_members", "forms' counts (count_new_members)"),
    ("_update_step", "step"),
]

#: the phases timed: (module or class, function name, label)
PHASES: list[tuple[Any, str, str]] = [
    (module, name, label) for name, label in _NAMED_PHASES for module in STEP_MODULES if hasattr(module, name)
] + [
    (grouping._Replay, "first_taker", "claims and clusters: first_taker"),
    (grouping._Replay, "first_dirty", "claims and clusters: first_dirty"),
    (grouping._Replay, "reach", "claims and clusters: reach"),
    (resolving._Groups, "fetch", "claims and clusters: actors' entities"),
]

#: the modules that read rows through ``_in_chunks`` (its rows are counted by caller)
_CHUNK_READERS = [module for module in STEP_MODULES if hasattr(module, "_in_chunks")]


def _timed(stats: dict[str, list[float]], label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    active: list[int] = [0]

    def inner(*args: Any, **kwargs: Any) -> Any:
        active[0] += 1
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            active[0] -= 1
            row = stats[label]
            row[0] += 1
            if not active[0]:
                row[1] += time.perf_counter() - wall
                row[2] += time.process_time() - cpu

    return inner


def _run(
    args: argparse.Namespace, store: Store, stats: dict[str, list[float]], counts: Counter[str]
) -> dict[str, Any]:
    """One ``update_links`` with every phase timed and what replay and the look-ups read counted."""
    for owner, name, label in PHASES:
        setattr(owner, name, _timed(stats, label, getattr(owner, name)))
    push, in_chunks = grouping._Replay.push, rows._in_chunks

    def counted_push(self: Any, name: str) -> None:
        counts["items queued by replay"] += name not in self.queued
        push(self, name)

    def counted_chunks(conn: Any, query: Any, column: Any, keys: list[str]) -> Any:
        caller = sys._getframe(1).f_code.co_name
        for row in in_chunks(conn, query, column, keys):
            counts[f"rows read: {caller}"] += 1
            yield row

    compare = rows.compare

    def counted_compare(a: Any, b: Any) -> Any:
        counts["pairs of forms compared (_add_forms)"] += 1
        return compare(a, b)

    grouping._Replay.push = counted_push  # type: ignore[method-assign]
    rows.compare = counted_compare  # type: ignore[assignment]
    for module in _CHUNK_READERS:
        module._in_chunks = counted_chunks  # type: ignore[attr-defined]
    # CPU seconds, not wall: the machine is shared and a step waits for the core as much as it runs
    profile = cProfile.Profile(time.process_time) if args.profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profile is not None:
        profile.enable()
    report = update_links(store)
    if profile is not None:
        profile.disable()
        profile.dump_stats(args.profile)
    return {
        "base": str(args.base),
        "articles_linked": report.articles_linked,
        "wall_s": round(time.perf_counter() - wall, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
        "load": [round(x, 1) for x in os.getloadavg()],
        "blocks": report.blocks_recomputed,
        "features_read": report.features_read,
        "phases": {label: [int(c), round(w, 2), round(p, 2)] for label, (c, w, p) in stats.items()},
        "counts": dict(counts.most_common(25)),
    }


def ordered_ids(store: Store, order: str) -> list[str]:
    """The store's article ids as analysed (``analysed``) or by publication date, then id (``published``)."""
    ids = store.article_ids()
    if order == "analysed":
        return ids
    a = schema.articles.c
    with store.engine.connect() as conn:
        published = {row[0]: row[1] for row in conn.execute(select(a.id, a.published))}
    return sorted(ids, key=lambda article_id: (published.get(article_id) or "", article_id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="linked database (copied, never written)")
    parser.add_argument("analysed", help="database of analysed articles to take the batch from")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True, help="the copy to link into (overwritten)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the step here")
    parser.add_argument(
        "--order",
        choices=("analysed", "published"),
        default="analysed",
        help="the order articles are taken in",
    )
    parser.add_argument(
        "--skip",
        type=int,
        default=0,
        help="pass over this many of the articles the base does not hold first (one batch onto bases of several sizes)",
    )
    args = parser.parse_args(argv)
    shutil.copy(args.base, args.work)
    for suffix in ("-wal", "-shm"):
        Path(f"{args.work}{suffix}").unlink(missing_ok=True)
    source, store = Store(args.analysed), Store(str(args.work))
    held = set(store.article_ids())
    batch = [a for a in ordered_ids(source, args.order) if a not in held][args.skip : args.skip + args.batch]
    for article_id in batch:
        article = source.get_article(article_id, reviewed=False)
        if article is not None:
            store.add_article(article)
    stats: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    counts: Counter[str] = Counter()
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in PHASES]
    saved += [
        (grouping._Replay, "push", grouping._Replay.push),
    ]
    saved += [(module, "_in_chunks", module._in_chunks) for module in _CHUNK_READERS]
    saved += [(rows, "compare", rows.compare)]
    try:
        row = _run(args, store, stats, counts)
    finally:  # the functions as they were (this runs inside tests too)
        for owner, name, function in saved:
            setattr(owner, name, function)
    print(json.dumps(row), flush=True)
    store.close()
    source.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
