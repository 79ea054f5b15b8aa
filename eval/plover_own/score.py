"""Score tally's PLOVER event types on our own news sentences (never tuned on).

Usage: ``.venv/bin/python eval/plover_own/score.py [--errors]``

``check.jsonl``: three sentences per PLOVER type, written for this check from
the PLOVER codebook's type definitions in wire-news style (different verbs,
nouns, passives, reported speech, threats), after the rules it scores; see
``eval/acled/README.md``. Scored like ``tally eval plover``: the type of the
first event (smallest trigger offset).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def score(errors: bool = False) -> dict[str, float]:
    """Type accuracy of the first event over ``check.jsonl``."""
    import tally

    with (HERE / "check.jsonl").open(encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    hits = 0
    for item in items:
        article = tally.analyze(item["text"])
        events = sorted(article.events, key=lambda e: e.trigger[0])
        pred = events[0].type if events else None
        hits += pred == item["type"]
        if errors and pred != item["type"]:
            trig = article.text[events[0].trigger[0] : events[0].trigger[1]] if events else ""
            print(f"{item['id']}\tgold={item['type']}\tpred={pred}\t{trig!r}\t{item['text']}")
    return {"items": len(items), "type_accuracy": round(hits / len(items), 3)}


if __name__ == "__main__":
    print(json.dumps(score(errors="--errors" in sys.argv)))
