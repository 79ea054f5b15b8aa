"""Run the tally on PYTHONPATH over the round-55 sample's documents; keep each sampled sentence's events.

    PYTHONPATH=src python eval/events_fresh55/run.py OUT.jsonl

Each document is analysed whole (so a headline or an earlier sentence acts as it does in use);
an event belongs to a sentence when its trigger starts inside the sentence's span.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: the sample read: this folder's, or another round's folder (``SAMPLE_DIR=eval/events_fresh57``)
SAMPLE = Path(os.environ.get("SAMPLE_DIR", HERE))


def main() -> None:
    from tally.pipeline import analyze

    rows = [json.loads(line) for line in (SAMPLE / "sample.jsonl").open()]
    texts: dict[str, str] = {}
    for name in ("rams",):
        for line in Path("/work/shared/eval/rams/dev.jsonl").open():
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    halves = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/r55/e55halves")
    for name in ("lgl", "geovirus", "trnews", "geowebnews", "polnear"):
        for line in (halves / name / "tune.jsonl").open():
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    cache: dict[str, list] = {}
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for r in rows:
            text = texts[r["doc"]]
            if r["doc"] not in cache:
                cache[r["doc"]] = analyze(text).events
            evs = []
            for ev in cache[r["doc"]]:
                ts, te = ev.trigger
                if r["start"] <= ts < r["end"]:
                    evs.append(
                        {
                            "trigger": text[ts:te],
                            "ts": ts,
                            "type": ev.type,
                            "mode": ev.mode,
                            "modality": ev.modality,
                            "actor": ev.actor_text,
                            "target": ev.target_text,
                            "acled": ev.acled.sub_event_type if ev.acled else None,
                        }
                    )
            out.write(json.dumps({"n": r["n"], "half": r["half"], "events": evs}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
