"""Kill ``tally analyze`` with SIGKILL at random points and check the database survives every kill.

Usage::

    PYTHONPATH=. python scripts/killrun.py [--kills 50] [--seed 0] [--json]

One process loads tally, the spaCy model and the gazetteer once, then forks a child per run
that executes the real ``tally analyze`` command (click, in-process) on a
small corpus of short articles, so each run costs the analysis, not a model
load. First an uninterrupted run gives the reference: every table's row count
and each article's record counts. Then, for each kill: a fresh database, a
child killed with SIGKILL after a seeded random delay within the reference
run's duration, and three checks:

1. ``PRAGMA integrity_check`` is ``ok``;
2. no article is stored without its records (each stored article has
   exactly the reference's records of every kind);
3. rerunning ``tally analyze`` to the end gives every table exactly the
   reference's row count (articles, records, links).

Exits 0 when every kill survived; prints one line per kill and a summary
(``--json``: one JSON object). A run that ends before its kill is checked
too but not counted: runs go on until ``--kills`` children were killed
mid-run (at most six times as many runs); a run that ended early
narrows the window later kills are drawn from.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ARTICLES = {
    "a.txt": "date 2020-09-14\n\nPolice detained 40 protesters in Minsk on Sunday, the interior ministry said. "
    "“We will march again next week,” said Ana Rojas, a student. Officers beat dozens of people.\n",
    "b.txt": "date 2020-09-15\n\nAt least 45 people were detained in Minsk on Sunday, the rights group Viasna "
    "said. The government called the marchers thugs. Two journalists were injured in Gomel.\n",
    "c.txt": "date 2020-09-16\n\nSecurity forces arrested 12 students in Brest on Monday. "
    "“They dragged us into vans,” one of them told Reuters. Protests continued in Grodno.\n",
    "d.txt": "date 2020-09-17\n\nThe interior ministry said 40 protesters were detained in Minsk last Sunday. "
    "Lawyer Boris Petrov said that three of his clients were beaten in custody.\n",
}


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _child(corpus: Path, db: Path) -> None:
    """In the forked child: the real CLI command, then exit without running the parent's cleanup."""
    code = 0
    try:
        from tally.cli import cli

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        # one article per batch: each is parsed and stored in turn, so kills land between them too
        args = ["analyze", str(corpus), "--db", str(db), "--batch-size", "1"]
        cli.main(args, prog_name="tally", standalone_mode=False)
    except SystemExit as err:
        code = err.code if isinstance(err.code, int) else 1
    except BaseException:
        code = 1
    os._exit(code)


def start(corpus: Path, db: Path) -> int:
    pid = os.fork()
    if pid == 0:
        _child(corpus, db)
    return pid


def run_to_end(corpus: Path, db: Path) -> tuple[int, float]:
    started = time.perf_counter()
    _, status = os.waitpid(start(corpus, db), 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - started


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}


def article_records(db: Path) -> dict[str, dict[str, int]]:
    """Each stored article's number of records of every kind, read through tally's store."""
    import tally
    from tally.records import RECORD_KINDS

    with tally.Corpus(db) as corpus:
        return {a.id: {k: len(getattr(a, k)) for k in RECORD_KINDS} for a in corpus.articles()}


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import tally

    # once, in the parent: the model, the gazetteer and the word lists, which every forked run inherits
    tally.analyze("Police detained 40 protesters in Minsk on Sunday.", published="2020-09-14")
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "corpus")
        reference = root / "reference.db"
        code, duration = run_to_end(corpus, reference)
        if code != 0:
            print(f"the uninterrupted run failed with exit code {code}", file=sys.stderr)
            return 2
        want_tables, want_records = table_counts(reference), article_records(reference)
        n = 0
        while sum(r["killed"] for r in results) < args.kills and n < 6 * args.kills:
            db = root / f"kill{n}.db"
            delay = rng.uniform(0.0, duration)
            pid = start(corpus, db)
            started, status = time.perf_counter(), None
            while time.perf_counter() - started < delay:
                done, waited = os.waitpid(pid, os.WNOHANG)
                if done:  # ended before its kill: later kills aim within this shorter run
                    status, duration = waited, min(duration, time.perf_counter() - started)
                    break
                time.sleep(0.005)
            if status is None:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
            killed = os.WIFSIGNALED(status)
            problems = []
            if db.exists():
                check = integrity(db)
                if check != "ok":
                    problems.append(f"integrity_check: {check}")
                for article_id, records in article_records(db).items():
                    if records != want_records.get(article_id):
                        problems.append(f"article {article_id[:8]} stored with {records}")
            stored = len(article_records(db)) if db.exists() else 0
            code, _ = run_to_end(corpus, db)
            got = table_counts(db)
            if code != 0:
                problems.append(f"rerun exit code {code}")
            if got != want_tables:
                diff = {t: (got.get(t), want_tables.get(t)) for t in set(got) | set(want_tables)}
                problems.append(f"rerun counts differ: { {t: v for t, v in diff.items() if v[0] != v[1]} }")
            results.append(
                {
                    "kill": n,
                    "delay": round(delay, 3),
                    "killed": killed,
                    "stored_before": stored,
                    "problems": problems,
                }
            )
            if not args.json:
                state = "killed" if killed else "finished first"
                print(
                    f"run {n:2d}, kill at {delay:6.3f} s ({state}, {stored} articles stored): "
                    + ("ok" if not problems else "; ".join(problems)),
                    flush=True,
                )
            n += 1
    killed = [r for r in results if r["killed"]]
    survived = sum(not r["problems"] for r in killed)
    summary = {
        "kills": len(killed),
        "survived": survived,
        "runs": len(results),
        "runs_ok": sum(not r["problems"] for r in results),
        "reference_seconds": round(duration, 3),
        "reference_tables": want_tables,
        "results": results,
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"{survived}/{len(killed)} kills survived ({len(results)} runs, {summary['runs_ok']} ok)")
    return 0 if survived == len(killed) == args.kills and summary["runs_ok"] == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
