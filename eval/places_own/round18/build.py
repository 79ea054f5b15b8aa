"""Build round18/{work,held}.jsonl from articles/*.txt and gold.py (round 18).

Ten long articles written for tally (not copied from any outlet or gold set):
demonyms, sites, provinces named like their capitals, ambiguous names, place
words inside the names of outlets, clubs, bodies and people, metonymic
capitals, transliteration variants, lists of towns. The split (held: sha1 of
the id mod 5 below 2) was fixed before tally ran on any item.

    python eval/places_own/round18/build.py
"""

import hashlib
import json
import re
import sys
from pathlib import Path

here = Path(__file__).parent
sys.path.insert(0, str(here))
from gold import GOLD  # noqa: E402

work, held = [], []
for id_, g in GOLD.items():
    text = (here / "articles" / f"{id_}.txt").read_text(encoding="utf-8")
    for surface, _cc in g["places"]:
        assert re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text), (id_, surface)
    for s in g["optional"] + g["not_places"]:
        assert s in text, (id_, s)
    item = {"id": id_, "text": text, **g}
    (held if int(hashlib.sha1(id_.encode()).hexdigest(), 16) % 5 < 2 else work).append(item)
for name, items in (("work", work), ("held", held)):
    with open(here / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for a in items:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(work) + len(held), "articles:", len(work), "work", [a["id"] for a in work], len(held), "held")
