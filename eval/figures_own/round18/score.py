"""Score tally's figures on the round-18 probe articles of a folder (see README.md).

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

CHECKING = "--check" in sys.argv


def load_exp(path, text):
    figs, nons, ign = [], [], []
    with open(path) as fh:
        lines = fh.readlines()
    for line in lines:
        line = line.rstrip("\n")
        # Anchors may hold "|" (table rows): an F line has four fields before its anchor, N and I one.
        parts = line.split("|", 4 if line.startswith("F|") else 1)
        if not parts[0]:
            continue
        anchor = parts[-1]
        pat = r"\s+".join(map(re.escape, anchor.split()))
        m = re.search(pat, text)
        if not m:
            raise SystemExit(f"anchor not found in {path}: {anchor!r}")
        span = (m.start(), m.end())
        if CHECKING and re.search(pat, text[m.start() + 1 :]):
            print(f"  anchor not unique in {path}: {anchor!r}")
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

        def near(spans, anchors):
            return any(overlaps(s, a) for s in spans for a in anchors)

        # Two passes: a prediction first takes the expected figure whose anchor it
        # overlaps; only then may one elsewhere (a restatement) take any expected
        # figure of its value left, unless it sits on a non-figure or open anchor.
        preds = [(f, [(f.start, f.end)] + [tuple(m[:2]) for m in f.mentions]) for f in art.figures]
        matched = {}
        for i, (f, spans) in enumerate(preds):
            for k, g in enumerate(figs):
                if k not in used and g[0] == f.value and near(spans, [g[3]]):
                    matched[i] = k
                    used.add(k)
                    break
        for i, (f, spans) in enumerate(preds):
            if i in matched or near(spans, [n[:2] for n in nons] + [n[:2] for n in ign]):
                continue
            for k, g in enumerate(figs):
                if k not in used and g[0] == f.value:
                    matched[i] = k
                    used.add(k)
                    break
        for i, (f, spans) in enumerate(preds):
            match = matched.get(i)
            if match is None:
                if near(spans, [n[:2] for n in ign]):
                    continue
                hit = [n[2] for n in nons if near(spans, [n[:2]])]
                ctx = text[max(0, f.start - 40) : f.end + 40].replace("\n", " ")
                out.append(
                    f"  INV  {f.value:g} {f.category} {'[N:' + hit[0] + ']' if hit else ''} | ...{ctx}..."
                )
                pred += 1
                continue
            pred += 1
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
