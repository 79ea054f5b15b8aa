"""Print one half of the sample with a run's events, for judging by eye.

python eval/events_fresh55/show.py RUN.jsonl tune|check
"""

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = Path(os.environ.get("SAMPLE_DIR", HERE))  # another round's folder: SAMPLE_DIR=eval/events_fresh57
rows = {json.loads(x)["n"]: json.loads(x) for x in (SAMPLE / "sample.jsonl").open()}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["half"] != sys.argv[2]:
        continue
    s = rows[r["n"]]
    print(f"#{r['n']} [{s['set']}:{s['doc'][:30]}] {' '.join(s['text'].split())}")
    for e in r["events"]:
        print(
            f"    -> {e['trigger']!r} {e['type']}/{e['mode']} {e['modality']} A={e['actor']!r} T={e['target']!r}"
        )
