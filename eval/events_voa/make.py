"""Build the labelled VOA event sets (round 40, issue 14): candidates to label, then the checked files.

    python eval/events_voa/make.py dump --split test   # tally's events of a fixed-seed sample, to label
    python eval/events_voa/make.py build               # labels_*.tsv + tally's output -> {train,test}.jsonl
    python eval/events_voa/make.py check               # every offset of train.jsonl and test.jsonl

The events are those of ``tally analyze /work/shared/corpora/voa/stories.jsonl --json FILE`` (pass
``--analysed FILE``); a story is in ``train`` when its id is in ``eval/reports/tune.jsonl``, in ``test``
when in ``eval/reports/check.jsonl``. The sample is drawn with :data:`SEED` from each split's events in
story and trigger order. Labels are in ``labels_<split>.tsv``: ``story<TAB>trigger start<TAB>label<TAB>note``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STORIES = Path("/work/shared/corpora/voa/stories.jsonl")
SEED = 40
SAMPLE = {"test": 250, "train": 908}
LABELS = ("ok", "sense", "generic", "modality", "type")


def split_ids() -> dict[str, str]:
    """Story id -> split."""
    out: dict[str, str] = {}
    for split, name in (("train", "tune"), ("test", "check")):
        for line in (ROOT / "eval" / "reports" / f"{name}.jsonl").open():
            out[json.loads(line)["id"]] = split
    return out


def story_id(record: dict) -> str:
    return re.search(r"/(\d+)\.html", record["source"]["url"]).group(1)  # type: ignore[union-attr]


def events(analysed: Path) -> dict[str, list[dict]]:
    """Split -> every event of its stories as a row (story, trigger, sentence, type, modality, parties)."""
    splits = split_ids()
    out: dict[str, list[dict]] = {"train": [], "test": []}
    for line in analysed.open():
        rec = json.loads(line)
        sid = story_id(rec)
        text = rec["text"]
        for ev in rec["events"]:
            ts, te = ev["trigger"]
            ss, se = ev["evidence"]
            out[splits[sid]].append(
                {
                    "story": sid,
                    "trigger_start": ts,
                    "trigger_end": te,
                    "trigger": text[ts:te],
                    "sentence_start": ss,
                    "sentence_end": se,
                    "type": ev["type"],
                    "mode": ev["mode"],
                    "modality": ev["modality"],
                    "actor": ev["actor_text"],
                    "target": ev["target_text"],
                    "sentence": text[ss:se],
                }
            )
    return out


def sample(rows: list[dict], n: int) -> list[dict]:
    rows = sorted(rows, key=lambda r: (r["story"], r["trigger_start"]))
    picked = random.Random(SEED).sample(range(len(rows)), min(n, len(rows)))
    return [rows[i] for i in sorted(picked)]


def dump(analysed: Path, split: str) -> None:
    for r in sample(events(analysed)[split], SAMPLE[split]):
        s = r["sentence"]
        a, b = r["trigger_start"] - r["sentence_start"], r["trigger_end"] - r["sentence_start"]
        marked = s[:a] + "[[" + s[a:b] + "]]" + s[b:]
        print(
            f"{r['story']}\t{r['trigger_start']}\t{r['type']}/{r['modality']}\t{r['actor']} -> {r['target']}\t{marked}"
        )


def build(analysed: Path) -> None:
    by_split = events(analysed)
    for split in ("test", "train"):
        labels: dict[tuple[str, int], tuple[str, str]] = {}
        for line in (HERE / f"labels_{split}.tsv").open():
            if not line.strip() or line.startswith("#"):
                continue
            sid, start, label, *note = line.rstrip("\n").split("\t")
            assert label in LABELS, line
            labels[(sid, int(start))] = (label, note[0] if note else "")
        rows = [
            r for r in sample(by_split[split], SAMPLE[split]) if (r["story"], r["trigger_start"]) in labels
        ]
        assert len(rows) == len(labels), (split, len(rows), len(labels))
        with (HERE / f"{split}.jsonl").open("w") as fh:
            for r in rows:
                label, note = labels[(r["story"], r["trigger_start"])]
                out = {k: v for k, v in r.items() if not k.startswith("_")}
                out.update(label=label, note=note)
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(split, len(rows))


def check() -> int:
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in STORIES.open()}
    splits = split_ids()
    bad = 0
    for split in ("train", "test"):
        for line in (HERE / f"{split}.jsonl").open():
            r = json.loads(line)
            text = texts[r["story"]]
            ok = (
                splits[r["story"]] == split
                and text[r["trigger_start"] : r["trigger_end"]] == r["trigger"]
                and r["sentence_start"] <= r["trigger_start"] < r["trigger_end"] <= r["sentence_end"]
                and text[r["sentence_start"] : r["sentence_end"]] == r["sentence"]
                and r["label"] in LABELS
            )
            if not ok:
                bad += 1
                print("bad", split, r)
    print("offsets checked; bad:", bad)
    return 1 if bad else 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("what", choices=("dump", "build", "check"))
    p.add_argument("--split", choices=("train", "test"), default="test")
    p.add_argument("--analysed", type=Path, default=Path("/tmp/evf/voa.jsonl"))
    args = p.parse_args()
    if args.what == "dump":
        dump(args.analysed, args.split)
    elif args.what == "build":
        build(args.analysed)
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
