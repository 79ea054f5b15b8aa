"""PolNeAR dev scored in two halves split by a hash of the item id.

Round 17 tuned quote rules while reading only the `tune` half's errors
(sha256(id) starting with an even hex digit) and scored the `held` half only to
report. Run from the worktree root: `PYTHONPATH=src python eval/quotes_own/polnear_halves.py [--errors]`.
"""

import hashlib
import json
import sys

from tally.evaluate.gold import load_gold, root_for
from tally.evaluate.runner import _empty_article, analyze_items, make_scorer


def half_of(item_id: str) -> str:
    return "tune" if int(hashlib.sha256(item_id.encode()).hexdigest()[0], 16) % 2 == 0 else "held"


def main() -> None:
    items = load_gold("polnear", root=root_for("polnear", None), split="dev")
    articles = analyze_items(items)
    scorers = {"tune": make_scorer("polnear"), "held": make_scorer("polnear")}
    for item, article in zip(items, articles, strict=True):
        scorers[half_of(item.id)].add(item, article or _empty_article(item))
    out = {}
    for name, scorer in scorers.items():
        tasks = scorer.finish()
        out[name] = {k: round(v.f1 if hasattr(v, "f1") else v["f1"], 4) for k, v in tasks.items()}
        if name == "tune" and "--errors" in sys.argv:
            print(json.dumps(scorer.errors, indent=1, ensure_ascii=False))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
