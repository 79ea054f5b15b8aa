"""Split a round's annotated real articles into ``reports/tune.jsonl`` and ``reports/check.jsonl``.

Why a script: the split must be fixed before tally runs on any article, and be the same for
anyone who re-runs it. Within each corpus (the id's prefix: ``pn-`` PolNeAR, ``aq-`` AQUAINT,
``lgl-`` LGL) the articles are ordered by the SHA-1 of their ids; the first half, rounded down,
goes to ``tune`` and the rest to ``check``, so both splits hold every corpus and ``check``
is the larger. Every item is checked as the tests check it before anything is written.
Round 50 wrote ``eval/reports_mixed`` with it, round 52 ``eval/reports_mixed2`` (``--out``).

    python eval/reports_mixed/split.py annotated.jsonl [...] [--out eval/reports_mixed2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from tally.evaluate.reports_gold import item_problems, write_split

HERE = Path(__file__).resolve().parent


def corpus(ident: str) -> str:
    """The corpus an id names by its prefix."""
    return ident.split("-", 1)[0]


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tune, check): per corpus, by the SHA-1 of the ids, the lower half to tune."""
    tune: list[dict] = []
    check: list[dict] = []
    for name in sorted({corpus(item["id"]) for item in items}):
        group = sorted(
            (item for item in items if corpus(item["id"]) == name),
            key=lambda item: hashlib.sha1(item["id"].encode("utf-8")).hexdigest(),
        )
        half = len(group) // 2
        tune += group[:half]
        check += group[half:]
    return tune, check


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="annotated JSONL files")
    parser.add_argument("--out", type=Path, default=HERE, help="the set's folder (its reports/ is written)")
    args = parser.parse_args(argv)
    out = args.out
    items = [
        json.loads(line)
        for path in args.paths
        for line in Path(path).read_text("utf-8").splitlines()
        if line.strip()
    ]
    problems = {item["id"]: item_problems(item) for item in items}
    if any(problems.values()):
        for ident, found in problems.items():
            for problem in found:
                print(f"{ident}: {problem}", file=sys.stderr)
        return 1
    tune, check = split(items)
    (out / "reports").mkdir(parents=True, exist_ok=True)
    write_split(out / "reports" / "tune.jsonl", tune)
    write_split(out / "reports" / "check.jsonl", check)
    print(f"tune {len(tune)}, check {len(check)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
