"""Score tally's figures on the round-17 probe articles of a folder (see README.md).

Prints found figures (value matched), invented ones, right categories and
right qualifiers, with F1 for figures and figures+category. ``-v`` lists every
miss, invention and wrong category or qualifier; ``--check`` only verifies that
every anchor lies in its article (run it before tally ever sees a new item).
"""

import glob
import json
import os
import re
import sys
from pathlib import Path


def load_exp(path, text):
    figs, nons, ign = [], [], []
    with open(path) as fh:
        lines = fh.readlines()
    for line in lines:
        parts = line.rstrip("\n").split("|")
        if not parts[0]:
            continue
        anchor = parts[-1]
        m = re.search(r"\s+".join(map(re.escape, anchor.split())), text)
        if not m:
            raise SystemExit(f"anchor not found in {path}: {anchor!r}")
        span = (m.start(), m.end())
        if parts[0] == "F":
            figs.append((float(parts[1]), parts[2], parts[3], span, anchor))
        elif parts[0] == "N":
            nons.append(span + (anchor,))
        else:
            ign.append(span + (anchor,))
    return figs, nons, ign


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(folder, verbose):
    from tally.pipeline import analyze

    tot = dict(gold=0, pred=0, found=0, cat=0, qual=0)
    for txt in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        art = analyze(Path(txt).read_text())
        text = art.text
        figs, nons, ign = load_exp(txt[:-4] + ".exp", text)
        used, out = set(), []
        found = cat = qual = pred = 0
        for f in art.figures:
            spans = [(f.start, f.end)] + [tuple(m[:2]) for m in f.mentions]
            candidates = [k for k, g in enumerate(figs) if k not in used and g[0] == f.value]
            near = [k for k in candidates if any(overlaps(s, figs[k][3]) for s in spans)]
            match = (near or candidates or [None])[0]
            if match is None:
                if any(any(overlaps(s, (a, b)) for s in spans) for a, b, _ in ign):
                    continue
                hit = [n[2] for n in nons if any(overlaps(s, n[:2]) for s in spans)]
                ctx = text[max(0, f.start - 40) : f.end + 40].replace("\n", " ")
                out.append(
                    f"  INV  {f.value:g} {f.category} {'[N:' + hit[0] + ']' if hit else ''} | ...{ctx}..."
                )
                pred += 1
                continue
            pred += 1
            used.add(match)
            found += 1
            value, category, qualifier, _, anchor = figs[match]
            if category == f.category:
                cat += 1
            else:
                out.append(
                    f"  CAT  {f.value:g} {f.category} (want {category}) | {text[f.start : f.end]!r} @{anchor!r}"
                )
            if qualifier == f.qualifier:
                qual += 1
            else:
                out.append(f"  QUAL {f.value:g} {f.qualifier} (want {qualifier}) @{anchor!r}")
        for k, g in enumerate(figs):
            if k not in used:
                out.append(f"  MISS {g[0]:g} {g[1]} | {g[4]!r}")
        tot["gold"] += len(figs)
        tot["pred"] += pred
        tot["found"] += found
        tot["cat"] += cat
        tot["qual"] += qual
        if verbose:
            print(os.path.basename(txt), f"gold={len(figs)} found={found} cat={cat}")
            print("\n".join(out))

    def f1(hits):
        p = hits / tot["pred"] if tot["pred"] else 0
        r = hits / tot["gold"] if tot["gold"] else 0
        return round(2 * p * r / (p + r), 3) if p + r else 0

    print(
        json.dumps(
            dict(tot, figures_f1=f1(tot["found"]), category_f1=f1(tot["cat"]), qualifier_f1=f1(tot["qual"]))
        )
    )


def check(folder):
    n = 0
    for txt in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        n += len(load_exp(txt[:-4] + ".exp", Path(txt).read_text())[0])
    print(folder, "anchors ok;", n, "figures")


if "--check" in sys.argv:
    check(sys.argv[1])
else:
    score(sys.argv[1], "-v" in sys.argv)
