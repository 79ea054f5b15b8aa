"""Score tally's ACLED sub-event types on our own ACLED-style event descriptions.

Usage: ``.venv/bin/python eval/acled/score.py [dev|check|dev2|…|dev5|check5 …] [--errors] [--by-type]``
(``--by-type``: accuracy of the first event per gold sub-event type)

Each line of ``dev.jsonl`` / ``check.jsonl`` / ``dev2.jsonl`` / ``check2.jsonl`` / ``dev3.jsonl`` / ``check3.jsonl`` is one short description in the
style of ACLED's notes ("On 3 March 2021, police fired tear gas …") with the
sub-event type ACLED's codebook gives it (see ``README.md`` here). Scored like
the CASE 2021 task: the sub-event type of tally's first event (smallest
trigger offset) against gold, and whether any event of the text has it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: The protest, riot and arrest sub-event types (the "protest and arrest" score).
PROTEST_ARREST = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Arrests",
    }
)


SPLITS = (
    "dev",
    "check",
    "dev2",
    "check2",
    "dev3",
    "check3",
    "dev4",
    "check4",
    "dev5",
    "check5",
    "dev6",
    "check6",
    "dev7",
    "check7",
    "dev8",
    "check8",
    "dev9",
    "check9",
    "dev10",
    "check10",
    "dev11",
    "check11",
    "dev12",
    "check12",
    "dev13",
    "check13",
    "dev14",
    "check14",
    "dev15",
    "check15",
    "dev16",
    "check16",
    "dev17",
    "check17",
    "dev18",
    "check18",
    "check19",
)


def load(split: str) -> list[dict[str, str]]:
    """The items of ``<split>.jsonl``."""
    if split not in SPLITS:
        raise SystemExit(f"score.py: unknown split {split!r} (one of {', '.join(SPLITS)})")
    with (HERE / f"{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(text: str) -> tuple[str | None, list[str | None]]:
    """The first event's sub-event type and every event's, in trigger order."""
    import tally

    article = tally.analyze(text)
    events = sorted(article.events, key=lambda e: e.trigger[0])
    subs = [e.acled.sub_event_type if e.acled else None for e in events]
    return (subs[0] if subs else None), subs


def score(split: str, errors: bool = False, by_type: bool = False) -> dict[str, float]:
    """Accuracy of the first event's sub-event type (all, protest and arrest types), and of any event."""
    items = load(split)
    first = anyhit = pa_n = pa_hit = 0
    per_type: dict[str, list[int]] = {}
    confusion: Counter[tuple[str, str | None]] = Counter()
    for item in items:
        gold = item["sub_event_type"]
        top, subs = predict(item["text"])
        first += top == gold
        anyhit += gold in subs
        per_type.setdefault(gold, [0, 0])[0] += top == gold
        per_type[gold][1] += 1
        if gold in PROTEST_ARREST:
            pa_n += 1
            pa_hit += top == gold
        if top != gold:
            confusion[(gold, top)] += 1
            if errors:
                print(f"{item['id']}\tgold={gold}\tpred={top}\tall={subs}\t{item['text']}")
    n = len(items)
    out = {
        "items": n,
        "first": round(first / n, 3),
        "any": round(anyhit / n, 3),
        "protest_arrest": round(pa_hit / pa_n, 3) if pa_n else 0.0,
    }
    if by_type:
        out.update({f"type:{t}": round(hit / tot, 3) for t, (hit, tot) in sorted(per_type.items())})
    if errors:
        for (gold, pred), count in confusion.most_common():
            print(f"{count}\t{gold} -> {pred}")
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    by_type = "--by-type" in sys.argv
    for split in args or ["dev"]:
        print(split, json.dumps(score(split, errors="--errors" in sys.argv, by_type=by_type)))
