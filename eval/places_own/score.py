"""Score tally's places on a places_own split (see README.md).

- `surface`: a gold place counts as found when its surface equals, case ignored, a
  predicted place's name or one of its mentions' text (as ``tally eval reports``
  scores places); a predicted mention text that is no gold surface is invented.
- `country`: found places whose predicted country is the gold one.
- `161km`: found towns (gold with a point) resolved within 161 km.
- `not_places`: words inside outlets' or bodies' names predicted as places.

    PYTHONPATH=src python eval/places_own/score.py work -v
    PYTHONPATH=src python eval/places_own/score.py held
"""

import json
import math
import sys
from pathlib import Path

from tally.pipeline import analyze


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def main(split: str, verbose: bool) -> None:
    t = dict(gold=0, found=0, pred=0, invented=0, country=0, towns=0, near=0, inname=0)
    with open(Path(__file__).parent / f"{split}.jsonl") as fh:
        lines = fh.readlines()
    for line in lines:
        item = json.loads(line)
        art = analyze(item["text"])
        text = art.text
        units = {}
        for p in art.places:
            for s, e in p.mentions:
                units.setdefault(text[s:e].lower(), p)
            units.setdefault(p.name.lower(), p)
        written = {text[s:e].lower() for p in art.places for s, e in p.mentions}
        gold = {g[0].lower(): g for g in item["places"]}
        out = []
        for key, (surface, country, lat, lon) in gold.items():
            t["gold"] += 1
            p = units.get(key)
            if p is None:
                out.append(f"  MISS {surface}")
                continue
            t["found"] += 1
            if p.country == country:
                t["country"] += 1
            else:
                out.append(f"  CTRY {surface}: {p.name} {p.country} (want {country})")
            if lat is not None:
                t["towns"] += 1
                d = km(lat, lon, p.lat, p.lon) if p.lat is not None else 20000
                if d <= 161:
                    t["near"] += 1
                else:
                    out.append(f"  FAR  {surface}: {p.name} {p.country} {d:.0f} km")
        t["pred"] += len(written)
        for w in sorted(written - set(gold)):
            t["invented"] += 1
            out.append(f"  INV  {w}")
        spans = [(s, e) for p in art.places for s, e in p.mentions]
        for n in item["not_places"]:
            at = text.find(n)
            if any(s < at + len(n) and at < e for s, e in spans):
                t["inname"] += 1
                out.append(f"  NAME {n}")
        if verbose and out:
            print(item["id"])
            print("\n".join(out))
    p = (t["pred"] - t["invented"]) / t["pred"] if t["pred"] else 0
    r = t["found"] / t["gold"]
    f = 2 * p * r / (p + r) if p + r else 0
    print(
        f"{split}: surface P {p:.3f} R {r:.3f} F1 {f:.3f} | country {t['country']}/{t['found']}"
        f" | 161km {t['near']}/{t['towns']} | in-name places {t['inname']}"
    )


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv)
