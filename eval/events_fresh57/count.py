"""Count a label file: events right, over-generated, wrong type, flagged, wrong modality, missed.

python eval/events_fresh57/count.py labels_*.txt
"""

import sys
from collections import Counter
from pathlib import Path

for name in sys.argv[1:]:
    rows = [
        line.split("|")
        for line in Path(name).read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    counts = Counter(r[2] for r in rows)
    events = sum(v for k, v in counts.items() if k != "miss")
    print(
        f"{Path(name).name}: events {events}, "
        + ", ".join(f"{k} {counts[k]}" for k in ("ok", "over", "type", "mod", "flag", "miss"))
    )
