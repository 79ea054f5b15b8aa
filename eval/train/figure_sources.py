"""Experiment (round 40, issue 13; not used by tally): a learned chooser of a figure's source.

Question: where tally's rules (``tally.extract.figures.sources``) give a found
figure the wrong ``asserted_by`` (``reports`` task ``figures+source``), can a
candidate-ranking model trained on gold do better, measured by
cross-validation by article?

Data: the ``tune``/``work`` splits only (round 52: the twelve real tune splits, VOA
``eval/reports/tune.jsonl``, ``eval/reports_{wikinews,trnews,geoweb,lgl}`` ``tune`` and
``tune41``, ``eval/reports_aquaint`` and ``eval/reports_mixed`` ``tune``, and the twelve
``eval/reports_own`` ``work*`` splits); no ``check`` or ``held`` line is read. Each article runs through
the pipeline as ``tally eval reports`` runs it; each found figure (a gold and a
predicted figure paired as the scorer pairs them) is a decision.

Candidates per figure: "none" (the outlet's own figure) and every entity other
than a place with a mention from three sentences before to two after the
figure's (places only when the rules chose them). A candidate is right when
the scorer would call the figure's source right with that candidate alone.
Features (general, no word of an article): signed sentence distance (0, -1,
-2, -3, +1, +2), a paragraph crossed, entity type, the mention as subject of a
reporting verb (``figures/report_verbs.txt``) or object of "according to", as
a pronoun or possessive, inside quote marks; the figure under a reporting verb
of its sentence, after "according to", inside quote marks; the figure
sentence's root tense and pronoun subject; a sentence with a reporting verb
between mention and figure; the nearest entity before the figure; the number
of the entity's mentions; the rules' own choice (``rule``, ``rule_none``), and
optionally every feature crossed with it. Model: conditional logit (softmax
over a figure's candidates), full-batch gradient descent from zero weights
(deterministic), L2. The model overrides the rules only when its best
candidate beats the rules' by a margin, and only inside the class it decides.

Round 52: each found figure also records the rule that gave its source (the caller
of ``sources._add``, or the step that set it, and whether a later mention of the
same count lent it: :func:`install_trace`); ``--paths-only`` prints each rule's
precision on the real and the work splits and stops, ``--dump`` writes the decisions.

``python eval/train/figure_sources.py`` (about ten minutes) prints the error
classes, each source path's precision, and the 5-fold numbers (folds by SHA-1
of the article id, two fold seeds). Round 40's result (docs/history/figures.md):
no class and no setting gains; the model either defers to the rules or loses.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tally.bench import DEFAULT_MODEL  # noqa: E402
from tally.evaluate.gold import load_gold  # noqa: E402
from tally.evaluate.reports import _source_right, greedy_matching, names_outlet  # noqa: E402
from tally.evaluate.runner import analyze_items  # noqa: E402
from tally.nlp.load import load_model  # noqa: E402
from tally.records import Figure  # noqa: E402

EVAL = ROOT / "eval"
#: The fourteen real tune splits (round 52: tune41 and the mixed split added; round 53: mixed2;
#: round 54: mixed3) ...
REAL = [
    ("voa", EVAL, "tune"),
    *((name, EVAL / f"reports_{name}", s) for name in ("wikinews", "trnews", "geoweb", "lgl") for s in ("tune", "tune41")),
    ("aquaint", EVAL / "reports_aquaint", "tune"),
    ("mixed", EVAL / "reports_mixed", "tune"),
    ("mixed2", EVAL / "reports_mixed2", "tune"),
    ("mixed3", EVAL / "reports_mixed3", "tune"),
]  # fmt: skip
#: ... and the invented work splits (support only). No check or held split is ever read.
OWN = [
    ("own", EVAL / "reports_own", s)
    for s in (
        "work",
        "work24",
        "work25",
        "work30",
        "work31",
        "work32",
        "work42",
        "work43",
        "work44",
        "work45",
    )
    + ("work46", "work47")
]
SPLITS = REAL + OWN
VERBS = {
    line.strip()
    for line in (ROOT / "src/tally/lang/en/figures/report_verbs.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
} | {"accord", "cite", "confirm", "estimate", "count", "record", "verify"}
TYPES = ["PERSON", "ORG", "GROUP", "MEDIA", "GPE"]
DIST = {0: "d0", -1: "dm1", -2: "dm2", -3: "dm3", 1: "dp1", 2: "dp2"}
FEATS = [
    "none", "rule", "rule_none", *DIST.values(), "newpar", "m_subj_rv", "m_accord", "m_in_quote", "m_pron",
    "m_poss", "f_gov_rv", "f_accord", "f_quote", "f_root_past", "f_root_pres", "f_subj_pron", "f_first",
    "between_rv", "nearest_before", "f_gov_rv_none", "f_quote_none", "same_subtree", "mlog",
    *(f"t_{t}" for t in TYPES),
]  # fmt: skip
FI = {k: i for i, k in enumerate(FEATS)}


# -- which rule decided a figure's source (round 52) ------------------------------------------
#: (hash of the article text, start of the figure's first mention) -> the rule that gave its source
LABELS: dict[tuple[int, int], str] = {}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i", "our", "my"}


def install_trace() -> None:
    """Record, for every count, the rule that first gave it a source.

    ``sources._add`` is where (nearly) every rule adds a source span; its caller's function and line
    name the rule. The steps that set ``draft.sources`` directly are wrapped by name. Only a
    measuring aid: tally's behaviour is unchanged (the wrappers call the originals).
    """
    from tally.extract.figures import extractor, sources

    add = sources._add

    def traced_add(draft: Any, role: str, span: Any) -> None:
        before = span is not None and span not in draft.sources[role]
        add(draft, role, span)
        if before and role in ("asserted", "confirmed"):
            frame = sys._getframe(1)
            draft.__dict__.setdefault("_trace", []).append(f"{frame.f_code.co_name}:{frame.f_lineno}")

    sources._add = traced_add  # type: ignore[attr-defined]

    as_total = extractor._attribute_as_its_total

    def traced_as_total(ctx: Any, draft: Any, speakers: Any) -> None:
        before = {r: list(v) for r, v in draft.sources.items()}
        as_total(ctx, draft, speakers)
        if draft.sources != before:
            draft.__dict__["_trace"] = ["_attribute_as_its_total"]

    extractor._attribute_as_its_total = traced_as_total  # type: ignore[attr-defined]
    merge = extractor.merge_figures

    def traced_merge(ctx: Any, drafts: list[Any]) -> list[Figure]:
        figures = merge(ctx, drafts)
        by_span = {(d.start, d.end): d for d in drafts}
        key = hash(ctx.text)
        for fig in figures:
            group = [by_span[m] for m in fig.mentions if m in by_span]
            LABELS[key, fig.start] = label_of(ctx, fig, group)
        return figures

    extractor.merge_figures = traced_merge  # type: ignore[attr-defined]


def label_of(ctx: Any, fig: Figure, group: list[Any]) -> str:
    """The rule behind *fig*'s source, the kind of words it was named by, and whether it came
    from a later mention of the same count."""
    if not (fig.asserted_by or fig.confirmed_by):
        return "no source" + (" (owned)" if any(getattr(d, "owned", False) for d in group) else "")
    for n, d in enumerate(group):
        spans = d.sources["asserted"] + d.sources["confirmed"]
        if not spans:
            continue
        rule = (d.__dict__.get("_trace") or ["set in extractor (running total's keeper)"])[0]
        words = ctx.text[spans[0][0] : spans[0][1]].lower()
        kind = (
            "pronoun"
            if words in PRONOUNS
            else "description"
            if words.startswith(("the ", "a ", "an "))
            else "name"
        )
        return f"{rule} [{kind}]" + (" (from a later mention)" if n else "")
    return "merge (marks or mentions)"


def rule_text(label: str) -> str:
    """The comment nearest above the line a rule label names: what that rule is for."""
    m = re.match(r"(\w+):(\d+)", label)
    if not m:
        return ""
    lines = (ROOT / "src/tally/extract/figures/sources.py").read_text().splitlines()
    for j in range(int(m.group(2)) - 1, max(0, int(m.group(2)) - 12), -1):
        t = lines[j].strip()
        if t.startswith("#"):
            return t[:110]
    return ""


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def index_of(spans: list[tuple[int, int]], pos: int) -> int:
    return max(0, bisect.bisect_right([s for s, _ in spans], pos) - 1)


def reporting_head(tok: Any) -> Any:
    return next((a for a in [tok, *tok.ancestors] if a.lemma_.lower() in VERBS), None)


def in_quote(text: str, pos: int) -> bool:
    seg = text[text.rfind("\n", 0, pos) + 1 : pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")


def candidates(art: dict, doc: Any, fig: dict) -> list[tuple[str, dict[str, float]]]:
    """The figure's candidate sources with their features (see the module docstring)."""
    text = art["text"]
    sents = list(doc.sents)
    sspans = [(s.start_char, s.end_char) for s in sents]
    pars = paragraphs(text)
    fs, fp = index_of(sspans, fig["start"]), index_of(pars, fig["start"])
    span = doc.char_span(fig["start"], fig["start"] + 1, alignment_mode="expand")
    ft = span[0] if span is not None and len(span) else None
    rvh = reporting_head(ft) if ft is not None else None
    root = sents[fs].root
    rule = set(fig["asserted_by"] + fig["confirmed_by"])
    shared = {
        "f_gov_rv": float(rvh is not None and ft is not None and rvh.i != ft.i),
        "f_accord": float("according to" in sents[fs].text.lower()),
        "f_quote": float(in_quote(text, fig["start"])),
        "f_root_past": float(root.tag_ in ("VBD", "VBN")),
        "f_root_pres": float(root.tag_ in ("VBZ", "VBP")),
        "f_subj_pron": float(any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in root.children)),
    }
    none = dict.fromkeys(FEATS, 0.0)
    none.update(
        none=1.0,
        rule_none=float(not rule),
        f_gov_rv_none=shared["f_gov_rv"],
        f_quote_none=shared["f_quote"],
        f_first=float(fs == 0),
    )
    out = [("NONE", none)]
    reports = [
        any(t.lemma_.lower() in VERBS and t.pos_ == "VERB" for t in s) or "according to" in s.text.lower()
        for s in sents
    ]
    seen: list[tuple[int, str]] = []
    for ent in art["entities"]:
        if ent["type"] == "GPE" and ent["id"] not in rule:
            continue
        best = None
        for ms, me in ent["mentions"]:
            d = index_of(sspans, ms) - fs
            if -3 <= d <= 2 and (best is None or (abs(d), -d) < (abs(best[0]), -best[0])):
                best = (d, ms, me)
        if best is None and ent["id"] not in rule:
            continue
        x = dict.fromkeys(FEATS, 0.0)
        x.update(shared)
        x["f_gov_rv"] = 0.0  # a property of the figure: only the "none" candidate carries it
        x["rule"] = float(ent["id"] in rule)
        x[f"t_{ent['type']}"] = 1.0
        x["mlog"] = float(np.log1p(len(ent["mentions"])))
        if best is not None:
            d, ms, me = best
            x[DIST[d]] = 1.0
            x["newpar"] = float(index_of(pars, ms) != fp)
            mspan = doc.char_span(ms, me, alignment_mode="expand")
            if mspan is not None and len(mspan):
                h = mspan.root
                x["m_subj_rv"] = float(h.dep_.startswith("nsubj") and h.head.lemma_.lower() in VERBS)
                x["m_accord"] = float(
                    h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "according"
                )
                x["m_pron"] = float(h.pos_ == "PRON")
                x["m_poss"] = float(h.dep_ == "poss")
                x["same_subtree"] = float(d == 0 and rvh is not None and h.head.i == rvh.i)
            x["m_in_quote"] = float(in_quote(text, ms))
            lo, hi = sorted((index_of(sspans, ms), fs))
            x["between_rv"] = float(any(reports[j] for j in range(lo + 1, hi)))
            seen.append((ms, ent["id"]))
        out.append((ent["id"], x))
    before = [m for m in seen if m[0] < fig["start"]]
    if before:
        nearest = max(before)[1]
        for cid, x in out:
            x["nearest_before"] = float(cid == nearest)
    return out


def build(splits: list[tuple[str, Path, str]] = SPLITS) -> tuple[list[dict], Counter]:
    """One decision per found figure; also the error classes of the rules."""
    os.environ.setdefault("TALLY_EVAL_ROOT", "/work/shared/eval")
    install_trace()
    nlp = load_model(DEFAULT_MODEL)
    decisions: list[dict] = []
    classes: Counter = Counter()
    for name, root, split in splits:
        key = f"{name}_{split}"
        items = load_gold("reports", root=root, split=split)
        for item, article in zip(items, analyze_items(items), strict=True):
            if article is None:
                continue
            art = article.model_dump()
            doc = nlp(art["text"])
            gold = [f for f in item.data.get("figures") or [] if isinstance(f, dict)]
            preds = art["figures"]
            names = {e["id"]: [e["name"], *e["aliases"]] for e in art["entities"]}
            outlet = item.data.get("outlet")

            def right(g: int, fig: dict, names=names, outlet=outlet, gold=gold) -> bool:
                return _source_right(gold[g].get("asserted_by"), Figure(**fig), names, outlet)

            def value_ok(g: int, p: int, gold=gold, preds=preds) -> bool:
                v = gold[g].get("value")
                return v is not None and float(v) == float(preds[p]["value"])

            def weight(g: int, p: int, gold=gold, preds=preds, right=right, value_ok=value_ok) -> int:
                return int(value_ok(g, p) and gold[g].get("category") == preds[p]["category"]) + int(
                    value_ok(g, p) and right(g, preds[p])
                )

            pairs = greedy_matching(len(gold), len(preds), value_ok, weight)
            art_id = f"{key}:{item.id}"
            decisions.append({"key": key, "art": art_id, "pred": len(preds), "gold": len(gold), "cands": []})
            for g, p in pairs:
                fig = preds[p]
                cands = candidates(art, doc, fig)
                ys = [
                    right(g, {**fig, "asserted_by": [] if c == "NONE" else [c], "confirmed_by": []})
                    for c, _ in cands
                ]
                ok = right(g, fig)
                gs = gold[g].get("asserted_by")
                if not ok:
                    if not fig["asserted_by"] + fig["confirmed_by"]:
                        classes["no source, gold has one"] += 1
                    elif not (gs or "").strip() or names_outlet(gs, outlet):
                        classes["a source, gold has none (the outlet)"] += 1
                    else:
                        classes["the wrong source"] += 1
                decisions.append(
                    {
                        "key": key,
                        "art": art_id,
                        "cands": [c for c, _ in cands],
                        "X": np.array([[x[k] for k in FEATS] for _, x in cands]),
                        "y": np.array(ys, float),
                        "rule_ok": ok,
                        "path": LABELS.get((hash(art["text"]), fig["start"]), "unlabelled"),
                        "start": fig["start"],
                        "text": art["text"][max(0, fig["start"] - 90) : fig["end"] + 40].replace("\n", " "),
                        "value": fig["value"],
                        "sources": fig["asserted_by"] + fig["confirmed_by"],
                        "gold_source": gs,
                    }
                )
        print(key, len(items), "articles", file=sys.stderr, flush=True)
    return decisions, classes


def rule_idx(d: dict) -> list[int]:
    return [
        i
        for i, c in enumerate(d["cands"])
        if (c != "NONE" and d["X"][i, FI["rule"]] == 1) or (c == "NONE" and d["X"][i, FI["rule_none"]] == 1)
    ]


def prep(d: dict, cross: bool) -> np.ndarray:
    x = d["X"]
    return np.hstack([x, x * x[:, [FI["rule"]]], x * x[:, [FI["rule_none"]]]]) if cross else x


def train(ds: list[dict], l2: float, cross: bool, steps: int = 500, rate: float = 0.5) -> np.ndarray:
    ds = [d for d in ds if d["y"].any()]
    xs = np.vstack([prep(d, cross) for d in ds])
    target = np.concatenate([d["y"] / d["y"].sum() for d in ds])
    seg = np.concatenate([[n] * len(d["y"]) for n, d in enumerate(ds)]).astype(int)
    w = np.zeros(xs.shape[1])
    for _ in range(steps):
        s = xs @ w
        top = np.full(len(ds), -1e9)
        np.maximum.at(top, seg, s)
        e = np.exp(s - top[seg])
        z = np.zeros(len(ds))
        np.add.at(z, seg, e)
        w -= rate * (xs.T @ (e / z[seg] - target) / len(ds) + l2 * w)
    return w


def carry(d: dict) -> bool:
    picked = [i for i in rule_idx(d) if d["cands"][i] != "NONE"]
    return any(d["X"][i, FI["dm1"]] for i in picked) and not any(d["X"][i, FI["d0"]] for i in picked)


def outside(d: dict) -> bool:
    picked = [i for i in rule_idx(d) if d["cands"][i] != "NONE"]
    return bool(picked) and not any(d["X"][i, FI["d0"]] for i in picked)


CLASSES = {
    "all": lambda d: True,
    "carried from the sentence before": carry,
    "source outside the figure's sentence": outside,
    "no source": lambda d: "NONE" in [d["cands"][i] for i in rule_idx(d)],
}


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def cross_validate(decisions: list[dict], chosen, cross: bool, l2: float, margin: float, salt: str) -> dict:
    figs = [d for d in decisions if "X" in d]
    arts = sorted({d["art"] for d in decisions})
    fold = {a: int(hashlib.sha1((salt + a).encode()).hexdigest(), 16) % 5 for a in arts}
    sub = [d for d in figs if chosen(d)]
    net: Counter = Counter()
    fires = 0
    f1s = []
    for k in range(5):
        w = train([d for d in sub if fold[d["art"]] != k], l2, cross)
        tp_rules = sum(d["rule_ok"] for d in figs if fold[d["art"]] == k)
        change = 0
        for d in sub:
            if fold[d["art"]] != k:
                continue
            s = prep(d, cross) @ w
            best, ri = int(np.argmax(s)), rule_idx(d)
            if best not in ri and s[best] - max(s[i] for i in ri) > margin:
                fires += 1
                net[d["key"]] += int(d["y"][best]) - int(d["rule_ok"])
                change += int(d["y"][best]) - int(d["rule_ok"])
        pred = sum(d["pred"] for d in decisions if "X" not in d and fold[d["art"]] == k)
        gold = sum(d["gold"] for d in decisions if "X" not in d and fold[d["art"]] == k)
        f1s.append((f1(tp_rules, pred, gold), f1(tp_rules + change, pred, gold)))
    return {"fires": fires, "net": sum(net.values()), "by_split": dict(net), "f1": f1s}


def where_source(d: dict) -> str:
    """Where the rules' source of a decision sits, by sentences from the figure's."""
    picked = [i for i in rule_idx(d) if d["cands"][i] != "NONE"]
    if not picked:
        return "no source"
    near = max(picked, key=lambda i: tuple(d["X"][i, FI[k]] for k in DIST.values()))
    where = next((k for k, v in DIST.items() if d["X"][near, FI[v]]), None)
    path = "further away" if where is None else f"sentence {where:+d}"
    if where not in (None, 0) and d["X"][near, FI["newpar"]]:
        path += " (other paragraph)"
    return path


def print_rule_paths(figs: list[dict]) -> None:
    """Each rule's precision: of the found figures whose source it gave, how many are right."""
    print("rules' precision by the rule that gave the source (right/decided; real splits, then work):")
    labels = Counter(d["path"] for d in figs)
    for label, _n in labels.most_common():
        sub = [d for d in figs if d["path"] == label]
        real = [d for d in sub if not d["key"].startswith("own_")]
        rr = sum(d["rule_ok"] for d in real)
        ro = sum(d["rule_ok"] for d in sub) - rr
        arts = len({d["art"] for d in real if not d["rule_ok"]})
        print(
            f"  {rr}/{len(real)} real ({arts} articles wrong), {ro}/{len(sub) - len(real)} work  {label}  {rule_text(label)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--splits", choices=("real", "own", "all"), default="all", help="which tune/work splits"
    )
    parser.add_argument("--paths-only", action="store_true", help="the rules' precision only, no model")
    parser.add_argument("--dump", type=Path, help="write every found figure's decision (JSON lines) here")
    args = parser.parse_args()
    splits = {"real": REAL, "own": OWN, "all": SPLITS}[args.splits]
    decisions, classes = build(splits)
    figs = [d for d in decisions if "X" in d]
    if args.dump:
        with args.dump.open("w") as out:
            for d in figs:
                row = {
                    k: d[k]
                    for k in (
                        "key",
                        "art",
                        "start",
                        "value",
                        "path",
                        "rule_ok",
                        "sources",
                        "gold_source",
                        "text",
                    )
                }
                row["where"] = where_source(d)
                out.write(json.dumps(row) + "\n")
    print_rule_paths(figs)
    print(f"found figures {len(figs)}, rules right {sum(d['rule_ok'] for d in figs)}")
    for name, n in classes.most_common():
        print(f"  {name}: {n}")
    paths: Counter = Counter()
    for d in figs:
        paths[where_source(d), d["rule_ok"]] += 1
    print("rules' precision by where their source sits (right/decided):")
    for path in sorted({p for p, _ in paths}):
        print(f"  {path}: {paths[path, True]}/{paths[path, True] + paths[path, False]}")
    if args.paths_only:
        return
    for name, chosen in CLASSES.items():
        sub = [d for d in figs if chosen(d)]
        oracle = sum(d["y"].any() for d in sub)
        print(
            f"== {name}: {len(sub)} decisions, rules right {sum(d['rule_ok'] for d in sub)}, oracle {oracle}"
        )
        for cross in (False, True):
            for l2 in (1e-3, 1e-2):
                for margin in (0.0, 0.5):
                    for salt in ("", "b"):
                        r = cross_validate(decisions, chosen, cross, l2, margin, salt)
                        folds = " ".join(f"{a:.3f}/{b:.3f}" for a, b in r["f1"])
                        print(
                            f"  crossed={cross} l2={l2} margin={margin} folds={salt or 'a'}: fires {r['fires']} "
                            f"net {r['net']:+d} {r['by_split']} fold F1 rules/model {folds}"
                        )
    alone, rules = learned_alone(decisions)
    print(f"the model alone (no rule feature), 5-fold: {alone} right of {len(figs)}; rules {rules}")


def learned_alone(decisions: list[dict]) -> tuple[int, int]:
    """5-fold: the model without the rules' choice as a feature, deciding every figure."""
    figs = [d for d in decisions if "X" in d]
    blind = [
        {**d, "X": d["X"] * ~np.isin(np.arange(len(FEATS)), [FI["rule"], FI["rule_none"]])} for d in figs
    ]
    fold = {a: int(hashlib.sha1(a.encode()).hexdigest(), 16) % 5 for a in {d["art"] for d in figs}}
    right = 0
    for k in range(5):
        w = train([d for d in blind if fold[d["art"]] != k], 1e-3, False)
        right += sum(int(d["y"][int(np.argmax(d["X"] @ w))]) for d in blind if fold[d["art"]] == k)
    return right, sum(d["rule_ok"] for d in figs)


if __name__ == "__main__":
    main()
