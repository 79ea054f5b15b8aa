"""Why tally keeps apart what a ``clusters`` gold calls one incident: one line per pair of mentions.

Analyses and links a split of ``eval/clusters/`` as ``tally eval clusters`` does, maps each gold
mention to its event, and for every pair of mentions of one incident in two articles that end in
two event clusters prints which condition of :func:`tally.link.events.events_compatible` the pair
fails: the act (type and mode), the place, the period, the sides, or none (then the actors' or
targets' corpus entities, or complete linkage: a third member of the group turned it down).
A mention tally reads as no event says so. Ends with the count per condition.

    python scripts/cluster_apart.py tune
    python scripts/cluster_apart.py tune --show ke-0630-force   # and the clusters those mentions are in
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter, defaultdict
from typing import Any

from tally.evaluate.align import OffsetMap
from tally.evaluate.clusters import _event_for, analyse_split
from tally.evaluate.gold import load_gold, root_for
from tally.link.events import _same_act, event_features
from tally.link.periods import overlaps
from tally.link.places import contains_or_within, main_country


def _why_apart(one: dict[str, Any], two: dict[str, Any]) -> list[str]:
    reasons = []
    if not _same_act(one, two):
        reasons.append(
            f"act {one['type']}/{one['mode']} pinned={one['pinned']} vs {two['type']}/{two['mode']} pinned={two['pinned']}"
        )
    if not contains_or_within(one["place"], two["place"]):
        reasons.append(f"place {one['place']} vs {two['place']}")
    if not overlaps(one["period"], two["period"]):
        reasons.append(f"period {one['period']} vs {two['period']}")
    for role in ("actor", "target"):
        a, b = one[f"{role}_side"], two[f"{role}_side"]
        if a and b and a != b:
            reasons.append(f"{role} side {a} vs {b}")
    if not reasons:
        reasons.append(
            f"entities or linkage: actor {one['actor_text']!r} vs {two['actor_text']!r}, "
            f"target {one['target_text']!r} vs {two['target_text']!r}"
        )
    return reasons


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", help="a split of eval/clusters: tune (held splits are only scored)")
    parser.add_argument("--show", nargs="*", default=[], help="incidents whose clusters to print")
    args = parser.parse_args()
    items = load_gold("clusters", root=root_for("clusters"), split=args.split)
    articles, clusters, _ = analyse_split(items)
    cluster_of = {(e.doc, e.event): c.id for c in clusters for e in c.events}
    mentions: dict[str, list[tuple[str, str, dict[str, Any] | None, str | None]]] = defaultdict(list)
    for item, article in zip(items, articles, strict=True):
        if article is None:
            continue
        offsets = OffsetMap(item.text, article.text)
        events = {e.id: e for e in article.events}
        for gold in item.data.get("incidents") or []:
            found = _event_for((gold["start"], gold["end"]), article, offsets)
            features = event_features(article, events[found], main_country(article)) if found else None
            mentions[gold["incident"]].append(
                (item.id, gold["text"], features, cluster_of.get((article.id, found)) if found else None)
            )
    causes: Counter[str] = Counter()
    for incident, group in mentions.items():
        for (doc1, text1, one, c1), (doc2, text2, two, c2) in itertools.combinations(group, 2):
            if doc1 == doc2 or (c1 is not None and c1 == c2):
                continue
            reasons = ["no event"] if one is None or two is None else _why_apart(one, two)
            causes.update(r.split(" ")[0] for r in reasons)
            print(f"{incident}: {doc1}:{text1!r} x {doc2}:{text2!r} -> {'; '.join(reasons)}")
    print(dict(causes))
    by_id = {c.id: c for c in clusters}
    for incident in args.show:
        for doc, text, _, cluster in mentions.get(incident, []):
            print(f"## {incident} {doc}:{text!r} -> {cluster}")
            for event in by_id[cluster].events if cluster in by_id else []:
                print(f"     {event.doc} {event.trigger!r} {event.date} | {(event.sentence or '')[:110]}")


if __name__ == "__main__":
    main()
