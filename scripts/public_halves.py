"""Split each public set's dev file into a `tune` and a `held` half, by a hash of the item id.

The halves are what the README's "Where tally stands" reports next to the dev number: rules may be
written while reading the `tune` half's errors, the `held` half is only scored. The split is
`tally.evaluate.folds.fold_of(id, 2)` (SHA-1 of the id: fold 0 is `tune`), so it never depends on
file order and is the same on every machine. Nothing is committed: run it, then score a half with
`tally eval SET --root OUT --split tune|held`.

    python scripts/public_halves.py OUT [--eval ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from tally.evaluate.folds import fold_of

#: The public sets split in halves (PLOVER is scored by folds, RAMS only as a check).
SETS = ("polnear", "lgl", "geowebnews", "trnews", "geovirus", "tempeval3")


def split_set(source: Path, out: Path) -> dict[str, int]:
    """Write ``out/tune.jsonl`` and ``out/held.jsonl`` from ``source/dev.jsonl``; item counts per half."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {"tune": 0, "held": 0}
    with (
        (source / "dev.jsonl").open(encoding="utf-8") as lines,
        (out / "tune.jsonl").open("w", encoding="utf-8") as tune,
        (out / "held.jsonl").open("w", encoding="utf-8") as held,
    ):
        for line in lines:
            if not line.strip():
                continue
            half = "tune" if fold_of(json.loads(line)["id"], 2) == 0 else "held"
            (tune if half == "tune" else held).write(line if line.endswith("\n") else line + "\n")
            counts[half] += 1
    if (source / "README.md").exists():
        shutil.copy(source / "README.md", out / "README.md")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write SET/tune.jsonl and SET/held.jsonl into")
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"), help="the public sets' folder")
    args = parser.parse_args()
    for name in SETS:
        counts = split_set(args.eval / name, args.out / name)
        print(f"{name}: tune {counts['tune']}, held {counts['held']}")


if __name__ == "__main__":
    main()
