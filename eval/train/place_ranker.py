"""Measurement (round 40, issue 13): a learned re-ranker for place resolution, trained on the
tune halves of the public toponym sets only (LGL, GeoWebNews, TR-News, GeoVirus).

For every mention that the resolver's context rounds decide (``extractor._pick``; a mention
with its own qualifier is decided earlier and left out), the script lists the gazetteer
candidates the rules weigh (``extractor._allowed``), marks those within 161 km of a gold point
overlapping the mention, and reads general features of each candidate off the rules' own
context (prior, population, kind, capital, the article's country and division votes,
neighbours, distances to the article's other resolved points, the rules' pick). No place
string is a feature.

It then reports:

1. the ceiling: how often a right candidate is among the candidates at all, and how often the
   rules' final output is right, over the decided mentions matched to a gold point;
2. 5-fold cross-validation by article (pooled over the four halves): a conditional logit
   (softmax over a mention's candidates, numpy, L2, damped Newton steps from zero: deterministic)
   that overrides the rules' pick only where its best candidate beats it by more than a margin
   (0, 0.5, 1, 2), against the rules alone, per set; and the same model trained and scored on
   everything (in-sample), the most a linear re-weighting of these features could give.

Round 40: ceiling 0.9474, rules 0.9178, rules + model 0.9173-0.9178 under cross-validation and
0.9178 in-sample (2,128 mentions); so nothing is wired into tally (``docs/history/places.md``).

``python eval/train/place_ranker.py`` (needs ``TALLY_EVAL_ROOT`` or the default; the halves
root defaults to ``/tmp/r40/halves``, ``--halves``); ``--cache FILE`` keeps the extracted
decisions (JSON) so that the model can be re-run without parsing again. Held halves are never
read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tally.evaluate._base import offset_map, trim  # noqa: E402
from tally.evaluate.gold import load_gold  # noqa: E402
from tally.evaluate.match import haversine_km  # noqa: E402
from tally.evaluate.runner import analyze_items  # noqa: E402
from tally.extract.places import extractor  # noqa: E402
from tally.resources.gazetteer import same_name  # noqa: E402

SETS = ("lgl", "geowebnews", "trnews", "geovirus")
KM = 161.0
FOLDS = 5
KINDS = ("country", "admin1", "admin2", "city")
#: The features that carry the rules' own decision (``--no-rules`` leaves them out).
RULE_FEATURES = ("rule_gap", "rule_top", "rule_pick", "rule_skipped")


# --------------------------------------------------------------------------- data


class _Recorder:
    """Wraps ``extractor._pick`` to keep, per mention object, its last (final-round) call."""

    def __init__(self) -> None:
        self.calls: dict[int, tuple[Any, Any, Any, Any]] = {}
        self.orig = extractor._pick

    def __call__(self, mention, context, reading=None):  # type: ignore[no-untyped-def]
        out = self.orig(mention, context, reading)
        self.calls[id(mention)] = (mention, context, reading, out[0])
        return out


def _km_or_none(a: Any, lat: float | None, lon: float | None) -> float | None:
    if a.lat is None or a.lon is None or lat is None or lon is None:
        return None
    return haversine_km(a.lat, a.lon, lat, lon)


def _rule_scores(mention: Any, context: Any, reading: Any) -> list[float]:
    """The score ``extractor._pick`` gives each candidate (-inf where it skips one): its loop,
    read here without changing it (the measurement must not move what the rules pick)."""
    x = extractor
    key, allowed, priors = reading
    top = max(priors, default=0.0)
    country = any(c.kind == "country" and same_name(c, key) for c in allowed)
    divisions = [c for c in allowed if c.kind == "admin1" and same_name(c, key)]
    dateline_country = context.main_country() if mention.dateline and mention.within is None else None
    capital = x._capital_reading(allowed, key, context)
    out: list[float] = []
    for candidate, score in zip(allowed, priors, strict=True):
        if score < top - x.MAX_CONTEXT_PRIOR_GAP and mention.within is None:
            out.append(-math.inf)
            continue
        if country and x._town_without_neighbours(candidate, mention, context, key, top):
            out.append(-math.inf)
            continue
        if divisions and x._town_named_like_a_division(candidate, divisions, mention, context, key):
            out.append(-math.inf)
            continue
        if candidate.country:
            support = context.country_support(candidate.country, key)
            if dateline_country is not None and candidate.country != dateline_country:
                support = 0
            abroad = (
                capital is not None
                and candidate is not capital
                and candidate.country != capital.country
                and mention.within is None
            )
            if abroad:
                support = 0
            if support:
                score += x.COUNTRY_CONTEXT_BONUS + x.EXTRA_COUNTRY_NAME_BONUS * min(
                    support - 1, x.MAX_EXTRA_COUNTRY_NAMES
                )
            if (
                candidate.kind not in ("admin1", "country")
                and candidate.admin1_code
                and not (same_name(candidate, key) and any(x._contains(d, candidate) for d in divisions))
            ):
                votes = context.division_votes(candidate.country, candidate.admin1_code, key)
                if abroad and not context.names_division(candidate.country, candidate.admin1_code, key):
                    votes = 0.0
                if votes:
                    score += x.ADMIN1_VOTE_BONUS * min(votes, x.MAX_ADMIN1_VOTES)
                if votes > x.MAX_ADMIN1_VOTES and context.names_division(
                    candidate.country, candidate.admin1_code, key
                ):
                    score += x.NAMED_DIVISION_BONUS
            if candidate.kind in ("city", "admin2") and same_name(candidate, key):
                near = context.neighbours(candidate, key)
                if near:
                    score += x.NEIGHBOUR_BONUS * min(near, x.MAX_NEIGHBOURS)
        out.append(score)
    return out


def _features(mention: Any, context: Any, reading: Any, rule_pick: Any) -> list[dict[str, float]]:
    key, allowed, priors = reading if reading is not None else extractor._readings([mention])[0]
    rule = _rule_scores(mention, context, reading)
    rule_top = max(rule)
    top = max(priors, default=0.0)
    order = sorted(range(len(allowed)), key=lambda i: -priors[i])
    rank = {i: r for r, i in enumerate(order)}
    main = context.main_country()
    points = [(lat, lon) for name, (_g, lat, lon, _c) in context.points.items() if name != key]
    rows = []
    for i, c in enumerate(allowed):
        f: dict[str, float] = {}
        f["prior"] = priors[i]
        f["rule_skipped"] = float(rule[i] == -math.inf)
        f["rule_gap"] = min(rule_top - rule[i], 10.0) / 5 if rule[i] > -math.inf else 2.0
        f["rule_top"] = float(rule[i] == rule_top)
        f["prior_gap"] = top - priors[i]
        f["prior_top"] = float(rank[i] == 0)
        f["log_pop"] = math.log10(c.population + 10)
        for k in KINDS:
            f[f"kind_{k}"] = float(c.kind == k)
        f["capital"] = float(c.capital)
        f["own_name"] = float(same_name(c, key))
        f["derived"] = float(c.derived)
        support = context.country_support(c.country, key) if c.country else 0
        f["country_support"] = min(support, 4) / 4.0
        f["country_any"] = float(support > 0)
        f["main_country"] = float(main is not None and c.country == main)
        f["no_main"] = float(main is None)
        votes = (
            context.division_votes(c.country, c.admin1_code, key)
            if c.country and c.admin1_code and c.kind != "country"
            else 0.0
        )
        f["div_votes"] = min(votes, 4.0) / 4.0
        f["names_div"] = float(
            bool(c.country and c.admin1_code and context.names_division(c.country, c.admin1_code, key))
        )
        near = context.neighbours(c, key) if c.kind in ("city", "admin2") else 0
        f["neighbours"] = min(near, 3) / 3.0
        dists = sorted(d for d in (_km_or_none(c, lat, lon) for lat, lon in points) if d is not None)
        f["min_km"] = math.log1p(dists[0]) / 10 if dists else 1.0
        f["med_km"] = math.log1p(dists[len(dists) // 2]) / 10 if dists else 1.0
        f["no_points"] = float(not dists)
        f["rule_pick"] = float(rule_pick is not None and c is rule_pick)
        f["dateline_x_main"] = float(mention.dateline and f["main_country"] > 0)
        f["kinds_set_x_admin"] = float(mention.kinds is not None and c.kind in ("admin1", "admin2"))
        f["n_cands"] = math.log1p(len(allowed)) / 5
        f["within"] = float(mention.within is not None)
        rows.append(f)
    return rows


def collect(halves: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """One record per decided mention matched to a gold toponym with a point, and counts of the
    gold toponyms with a point and of those that tally's output overlaps."""
    recorder = _Recorder()
    extractor._pick = recorder  # type: ignore[assignment]
    out: list[dict[str, Any]] = []
    stats = {"gold_points": 0, "found": 0}
    try:
        for set_name in SETS:
            items = load_gold(set_name, root=halves, split="tune")
            for item in items:
                recorder.calls.clear()
                article = analyze_items([item])[0]
                if article is None:
                    continue
                omap = offset_map(item, article)
                gold = [
                    t
                    for t in item.data.get("toponyms") or []
                    if not t.get("non_locational") and t.get("lat") is not None
                ]
                final: dict[tuple[int, int], tuple[float | None, float | None]] = {}
                for place in article.places:
                    for s, e in place.spans():
                        final[trim(item.text, omap.span(s, e))] = (place.lat, place.lon)
                stats["gold_points"] += len(gold)
                stats["found"] += sum(
                    1 for t in gold if any(s < t["end"] and t["start"] < e for s, e in final)
                )
                seen: set[tuple[int, int]] = set()
                for mention, context, reading, pick in recorder.calls.values():
                    span = trim(item.text, omap.span(mention.start, mention.end))
                    if span in seen or span not in final:
                        continue  # dropped later (no place), or a repeat of the span
                    seen.add(span)
                    g = next((t for t in gold if t["start"] < span[1] and span[0] < t["end"]), None)
                    if g is None:
                        continue
                    _key, allowed, _priors = reading
                    if len(allowed) == 0:
                        continue
                    flat, flon = final[span]
                    rule_ok = flat is not None and haversine_km(g["lat"], g["lon"], flat, flon) <= KM
                    rows = _features(mention, context, reading, pick)
                    labels = [
                        (d := _km_or_none(c, g["lat"], g["lon"])) is not None and d <= KM for c in allowed
                    ]
                    # the final output's candidate (later steps may change the pick)
                    final_index = next(
                        (
                            i
                            for i, c in enumerate(allowed)
                            if flat is not None
                            and c.lat is not None
                            and abs(c.lat - flat) < 1e-4
                            and abs(c.lon - flon) < 1e-4
                        ),
                        -1,
                    )
                    out.append(
                        {
                            "set": set_name,
                            "art": item.id,
                            "fold": int(hashlib.sha1(item.id.encode()).hexdigest(), 16) % FOLDS,
                            "text": mention.text,
                            "rule_ok": rule_ok,
                            "final": final_index,
                            "labels": labels,
                            "feats": rows,
                            "cands": [
                                f"{c.name}|{c.kind}|{c.country}|{c.admin1_code}|{c.population}"
                                for c in allowed
                            ],
                        }
                    )
    finally:
        extractor._pick = recorder.orig  # type: ignore[assignment]
    return out, stats


# --------------------------------------------------------------------------- model


def _matrix(records: list[dict[str, Any]], names: list[str]) -> list[np.ndarray]:
    return [np.array([[f[n] for n in names] for f in r["feats"]], dtype=float) for r in records]


def train(xs: list[np.ndarray], ys: list[np.ndarray], l2: float = 0.01, steps: int = 40) -> np.ndarray:
    """Conditional logit by damped Newton steps (deterministic: zero start, fixed steps)."""
    dim = xs[0].shape[1]
    w = np.zeros(dim)
    usable = [(x, y) for x, y in zip(xs, ys, strict=True) if y.any() and not y.all()]
    n = len(usable)
    for _ in range(steps):
        grad = l2 * w
        hess = l2 * np.eye(dim)
        for x, y in usable:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            # any right candidate is right (a capital and its namesake division, both within
            # 161 km): the likelihood is the mass on the right ones, so the target is the
            # model's own share among them, not a spread that teaches "not the capital"
            q = p * y
            q /= q.sum()
            grad -= (q - p) @ x / n
            xp = p @ x
            hess += (x.T * p) @ x / n - np.outer(xp, xp) / n
        w -= 0.5 * np.linalg.solve(hess, grad)
    return w


def evaluate(
    records: list[dict[str, Any]], names: list[str], margins: tuple[float, ...], l2: float = 0.01
) -> None:
    xs = _matrix(records, names)
    ys = [np.array(r["labels"], dtype=float) for r in records]
    scores: dict[float, list[bool]] = {m: [False] * len(records) for m in margins}
    weights = []
    for k in range(FOLDS):
        train_ix = [i for i, r in enumerate(records) if r["fold"] != k]
        w = train([xs[i] for i in train_ix], [ys[i] for i in train_ix], l2=l2)
        weights.append(w)
        for i, r in enumerate(records):
            if r["fold"] != k:
                continue
            s = xs[i] @ w
            best = int(np.argmax(s))
            pick = next((j for j, f in enumerate(r["feats"]) if f["rule_pick"]), -1)
            for m in margins:
                # the model overrides the rules' pick (and what later steps made of it) only
                # where its best candidate is another one, by more than the margin
                switch = pick >= 0 and best != pick and s[best] - s[pick] > m
                scores[m][i] = bool(r["labels"][best]) if switch else r["rule_ok"]
    print(f"{'set':12} {'n':>5} {'ceiling':>8} {'rules':>8} " + " ".join(f"m>{m:<5}" for m in margins))
    for set_name in (*SETS, "pooled"):
        ix = [i for i, r in enumerate(records) if set_name in ("pooled", r["set"])]
        n = len(ix)
        ceiling = sum(any(records[i]["labels"]) for i in ix) / n
        rules = sum(records[i]["rule_ok"] for i in ix) / n
        cols = " ".join(f"{sum(scores[m][i] for i in ix) / n:7.4f}" for m in margins)
        print(f"{set_name:12} {n:5d} {ceiling:8.4f} {rules:8.4f} {cols}")
    w_all = train(xs, ys, l2=l2)
    hits = {}
    for set_name in (*SETS, "pooled"):
        ix = [i for i, r in enumerate(records) if set_name in ("pooled", r["set"])]
        hit = 0
        for i in ix:
            r, s = records[i], xs[i] @ w_all
            best = int(np.argmax(s))
            pick = next((j for j, f in enumerate(r["feats"]) if f["rule_pick"]), -1)
            switch = pick >= 0 and best != pick and s[best] > s[pick]
            hit += bool(r["labels"][best]) if switch else r["rule_ok"]
        hits[set_name] = hit / len(ix)
    print("in-sample (trained and scored on all, m>0): " + ", ".join(f"{k} {v:.4f}" for k, v in hits.items()))
    mean_w = np.mean(weights, axis=0)
    print(
        "mean weights:",
        ", ".join(
            f"{n}={v:+.2f}" for n, v in sorted(zip(names, mean_w, strict=True), key=lambda t: -abs(t[1]))
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--halves", type=Path, default=Path("/tmp/r40/halves"))
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--no-rules", action="store_true", help="leave out the rules' own score and pick")
    parser.add_argument("--drop", default="", help="comma-separated features to leave out")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        records, stats = json.loads(args.cache.read_text())
    else:
        records, stats = collect(args.halves)
        if args.cache:
            args.cache.write_text(json.dumps([records, stats]))
    drop = set(args.drop.split(",")) | (set(RULE_FEATURES) if args.no_rules else set())
    names = [n for n in records[0]["feats"][0] if n not in drop]
    single = sum(len(r["labels"]) == 1 for r in records)
    print(
        f"gold toponyms with a point {stats['gold_points']}, overlapped by tally's places {stats['found']}; "
        f"decided in the context rounds and matched {len(records)} ({single} with one candidate)"
    )
    evaluate(records, names, (0.0, 0.5, 1.0, 2.0), l2=args.l2)


if __name__ == "__main__":
    main()
