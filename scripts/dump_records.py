"""Every record tally finds in the public gold sets' texts, as JSON lines, to diff two versions.

Usage: python scripts/dump_records.py OUT.jsonl [SET ...]. Run it before and
after a change that must not move results (a speed-up) and compare the files
with ``cmp``: scores can hold while records change, a diff of records cannot.
"""

from __future__ import annotations

import json
import sys

from tally.evaluate.gold import default_split, load_gold, root_for
from tally.evaluate.runner import analyze_items

SETS = ("polnear", "lgl", "geowebnews", "trnews", "geovirus", "tempeval3", "plover", "rams", "reports")

if __name__ == "__main__":
    out_path, sets = sys.argv[1], sys.argv[2:] or SETS
    with open(out_path, "w", encoding="utf-8") as out:
        for name in sets:
            items = load_gold(name, root=root_for(name), split=default_split(name))
            for item, article in zip(items, analyze_items(items), strict=True):
                record = article.to_json_dict() if article is not None else None
                out.write(
                    json.dumps({"set": name, "id": item.id, "article": record}, ensure_ascii=False) + "\n"
                )
            print(name, len(items), flush=True)
