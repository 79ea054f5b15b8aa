"""Score this tree's events against the hand-labelled VOA events (round 40, issue 14).

    PYTHONPATH=src python eval/events_voa/score.py                  # train and test, counts only
    PYTHONPATH=src python eval/events_voa/score.py --split train --list   # and train's changed/new events
    PYTHONPATH=src python eval/events_voa/score.py --json out.json  # the numbers as JSON

Each story of the split (``train`` = ``eval/reports/tune.jsonl`` stories, ``test`` = ``check``) is
analysed by the tally on ``PYTHONPATH``; its events are matched to the labelled ones by trigger start
(and end). Reported per split: labelled events kept / dropped by label, kept events whose modality
changed (by label, old -> new), and events that carry no label (new; listed for ``train`` only —
``test`` is scored, never read). Precision proxy: share ``ok`` among kept labelled events; recall
proxy: ``ok`` kept / ``ok`` labelled. ``test.jsonl`` is a sample of its stories' events (250 of 784),
so its "new" count also holds events never sampled; only ``train`` labels every event.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = Path("/work/shared/corpora/voa/stories.jsonl")
LABELS = ("ok", "sense", "generic", "modality", "type")


def labelled(split: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / f"{split}.jsonl").open()]


def tally_events(story_ids: set[str]) -> dict[str, list[dict]]:
    """Story id -> this tree's events (trigger, type, modality, evidence) of the story."""
    from tally.pipeline import analyze

    out: dict[str, list[dict]] = {}
    for line in STORIES.open():
        story = json.loads(line)
        if story["id"] not in story_ids:
            continue
        art = analyze(story["text"], published=story["published"][:10], title=story["title"])
        text = story["text"]
        rows = []
        for ev in art.events:
            ts, te = ev.trigger
            rows.append(
                {
                    "trigger_start": ts,
                    "trigger_end": te,
                    "trigger": text[ts:te],
                    "type": ev.type,
                    "modality": ev.modality,
                    "sentence": text[ev.evidence[0] : ev.evidence[1]],
                }
            )
        out[story["id"]] = rows
    return out


def score(split: str, found: dict[str, list[dict]]) -> tuple[dict, list[str]]:
    rows = labelled(split)
    by_key = {(r["story"], r["trigger_start"]): r for r in rows}
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    remod: Counter[str] = Counter()
    retype: Counter[str] = Counter()
    total: Counter[str] = Counter(r["label"] for r in rows)
    lines: list[str] = []
    matched: set[tuple[str, int]] = set()
    new = 0
    for sid, evs in found.items():
        for ev in evs:
            key = (sid, ev["trigger_start"])
            lab = by_key.get(key)
            if lab is None:
                new += 1
                lines.append(f"NEW\t{sid}\t{ev['type']}/{ev['modality']}\t{ev['trigger']}\t{ev['sentence']}")
                continue
            matched.add(key)
            kept[lab["label"]] += 1
            if ev["modality"] != lab["modality"]:
                remod[f"{lab['label']}: {lab['modality']} -> {ev['modality']}"] += 1
                lines.append(
                    f"MOD\t{lab['label']}\t{sid}\t{lab['type']}\t{lab['modality']}->{ev['modality']}"
                    f"\t{lab['trigger']}\t{lab['sentence']}"
                )
            if ev["type"] != lab["type"]:
                retype[f"{lab['label']}: {lab['type']} -> {ev['type']}"] += 1
    for key, lab in by_key.items():
        if key not in matched:
            dropped[lab["label"]] += 1
            lines.append(
                f"DROP\t{lab['label']}\t{lab['story']}\t{lab['type']}/{lab['modality']}"
                f"\t{lab['trigger']}\t{lab['sentence']}"
            )
    n_kept = sum(kept.values())
    result = {
        "labelled": dict(total),
        "kept": {k: kept[k] for k in LABELS},
        "dropped": {k: dropped[k] for k in LABELS},
        "modality_changed": dict(sorted(remod.items())),
        "type_changed": dict(sorted(retype.items())),
        "new_unlabelled": new,
        "precision_proxy": round(kept["ok"] / n_kept, 4) if n_kept else 0.0,
        "recall_proxy": round(kept["ok"] / total["ok"], 4) if total["ok"] else 0.0,
    }
    return result, lines


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--split", choices=("train", "test", "both"), default="both")
    p.add_argument("--list", action="store_true", help="list train's dropped, re-modalised and new events")
    p.add_argument("--json", type=Path, help="write the numbers here")
    args = p.parse_args()
    splits = ("train", "test") if args.split == "both" else (args.split,)
    results = {}
    for split in splits:
        stories = HERE.parent / "reports" / ("check.jsonl" if split == "test" else "tune.jsonl")
        ids = {json.loads(line)["id"] for line in stories.open()}
        found = tally_events(ids)
        res, lines = score(split, found)
        results[split] = res
        print(split, json.dumps(res, indent=1))
        if args.list and split == "train":
            for line in sorted(lines):
                print(line)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
