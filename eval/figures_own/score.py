"""Score tally figures on the probe articles of a folder: found / missed / invented / category right (see README.md)."""

import glob
import json
import os
import re
import sys
from pathlib import Path

from tally.pipeline import analyze


def load_exp(path, text):
    figs, nons, ign = [], [], []
    with open(path) as fh:
        lines = fh.readlines()
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("|")
        anchor = parts[-1]
        m = re.search(r"\s+".join(map(re.escape, anchor.split())), text)
        pos = m.start() if m else -1
        if pos < 0:
            print("  !! anchor not found", path, anchor)
            continue
        span = (pos, m.end())
        if parts[0] == "F":
            figs.append((float(parts[1]), parts[2], span, anchor))
        elif parts[0] == "N":
            nons.append(span + (anchor,))
        else:
            ign.append(span + (anchor,))
    return figs, nons, ign


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main(folder, verbose):
    tot = dict(gold=0, pred=0, found=0, cat=0)
    for txt in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        art = analyze(Path(txt).read_text())
        text = art.text
        figs, nons, ign = load_exp(txt[:-4] + ".exp", text)
        preds = [f for f in art.figures]
        used = set()
        found = cat = 0
        out = []
        for f in preds:
            spans = [(f.start, f.end)] + [tuple(m[:2]) for m in f.mentions]
            match = None
            for k, (v, _c, span, _a) in enumerate(figs):
                if k in used or v != f.value:
                    continue
                if any(overlaps(s, span) for s in spans):
                    match = k
                    break
            if match is None:
                for k, (v, _c, _span, _a) in enumerate(figs):
                    if k not in used and v == f.value:
                        match = k
                        break
            if match is not None:
                used.add(match)
                found += 1
                if figs[match][1] == f.category:
                    cat += 1
                else:
                    out.append(
                        f"  CAT  {f.value:g} {f.category} (want {figs[match][1]}) | {text[f.start : f.end]!r} @{figs[match][3]!r}"
                    )
            else:
                if any(any(overlaps(s, (a, b)) for s in spans) for a, b, _ in ign):
                    continue
                nonhit = [n[2] for n in nons if any(overlaps(s, n[:2]) for s in spans)]
                ctx = text[max(0, f.start - 40) : f.end + 40].replace("\n", " ")
                out.append(
                    f"  INV  {f.value:g} {f.category} {'[N:' + nonhit[0] + ']' if nonhit else ''} | ...{ctx}..."
                )
                tot["pred"] += 1
                continue
            tot["pred"] += 1
        for k, (v, c, _span, a) in enumerate(figs):
            if k not in used:
                out.append(f"  MISS {v:g} {c} | {a!r}")
        tot["gold"] += len(figs)
        tot["found"] += found
        tot["cat"] += cat
        if verbose:
            print(os.path.basename(txt), f"gold={len(figs)} found={found} cat={cat}")
            print("\n".join(out))
    p = tot["found"] / tot["pred"] if tot["pred"] else 0
    r = tot["found"] / tot["gold"]
    pc = tot["cat"] / tot["pred"] if tot["pred"] else 0
    rc = tot["cat"] / tot["gold"]
    f1 = 2 * p * r / (p + r) if p + r else 0
    f1c = 2 * pc * rc / (pc + rc) if pc + rc else 0
    print(
        json.dumps(
            dict(tot, figures_f1=round(f1, 3), p=round(p, 3), r=round(r, 3), category_f1=round(f1c, 3))
        )
    )


main(sys.argv[1], "-v" in sys.argv)
