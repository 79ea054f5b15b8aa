"""Score tally's places on a round-18 split (work or held).

- `surface`: a gold place counts as found when its surface equals, case ignored,
  a predicted place's name or one of its mentions' text (as ``tally eval reports``
  scores places); a predicted mention text that is neither gold nor optional is
  invented.
- `country`: found places whose predicted country is the gold one (seas skipped).
- `in-name`: occurrences of a `not_places` string that a predicted mention overlaps.

    PYTHONPATH=src python eval/places_own/round18/score.py work -v
    PYTHONPATH=src python eval/places_own/round18/score.py held
"""

import json
import sys
from pathlib import Path

from tally.pipeline import analyze


def occurrences(text: str, needle: str):
    """Every start of needle in text (bounded: each find moves past the last)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def main(split: str, verbose: bool) -> None:
    t = dict(gold=0, found=0, pred=0, invented=0, country=0, countried=0, inname=0)
    with open(Path(__file__).parent / f"{split}.jsonl", encoding="utf-8") as fh:
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
        optional = {o.lower() for o in item["optional"]}
        out = []
        for key, (surface, country) in gold.items():
            t["gold"] += 1
            p = units.get(key)
            if p is None:
                out.append(f"  MISS {surface}")
                continue
            t["found"] += 1
            if country:
                t["countried"] += 1
                if p.country == country:
                    t["country"] += 1
                else:
                    out.append(f"  CTRY {surface}: {p.name} {p.country} (want {country})")
        counted = written - optional
        t["pred"] += len(counted)
        for w in sorted(counted - set(gold)):
            t["invented"] += 1
            out.append(f"  INV  {w}")
        spans = [(s, e) for p in art.places for s, e in p.mentions]
        for n in item["not_places"]:
            for at in occurrences(text, n):
                hit = [text[s:e] for s, e in spans if s < at + len(n) and at < e]
                if hit:
                    t["inname"] += 1
                    out.append(f"  NAME {n}: {hit}")
        if verbose and out:
            print(item["id"])
            print("\n".join(out))
    p = (t["pred"] - t["invented"]) / t["pred"] if t["pred"] else 0
    r = t["found"] / t["gold"]
    f = 2 * p * r / (p + r) if p + r else 0
    print(
        f"{split}: surface P {p:.3f} R {r:.3f} F1 {f:.3f} | country {t['country']}/{t['countried']}"
        f" | in-name places {t['inname']}"
    )


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv)
