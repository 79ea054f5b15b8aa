"""PLOVER dev items right in the plain reading and wrong in the held-out one, and why (round 34).

Usage: ``PYTHONPATH=src python eval/plover_own/fold_lost.py [--folds 5] [--list]``

Issue 14 §1: ``tally eval plover --folds 5`` prints a ``held_out`` reading in which a trigger
right only on items of its own fold counts as absent (:mod:`tally.evaluate.folds`). This lists the
items that reading loses (right with the rules, wrong once their trigger is taken away and the
learned fallback speaks), with their trigger key, the path that decided them
(``decided_by.path_of``) and why the key is fold-local:

- ``one item``: no other dev item has this trigger key at all (a word or phrase only this sentence
  uses);
- ``own fold``: other items share the key, but every one it is right on is in the same fold;

and what kind of key it is:

- ``word``: one trigger word (a verb or noun of the lists);
- ``phrase``: several words (a light verb and its noun, a modal and its verb, a verb and its
  object): the rule that fired is a construction, yet the key names its words, so a construction
  used in every fold still counts as fold-local when its words differ;
- ``refined``: a later refinement (negation, actor, modality …) changed the generator's type.

It prints counts by PLOVER type and by reason; ``--list`` also lists each item. Dev items are the
public PLOVER dev half; nothing here reads the held-out half or any ``held`` wire half.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def key_kind(key: str, path: str) -> str:
    """``refined`` when a refinement changed the generator's type, ``phrase`` for a several-word
    trigger key (a construction named by its words), else ``word``."""
    if path.endswith("+refined"):
        return "refined"
    return "phrase" if " " in key.partition(":")[2] else "word"


def fold_reason(uses: int) -> str:
    """Why a key is fold-local: ``one item`` when no other dev item has it, else ``own fold``."""
    return "one item" if uses == 1 else "own fold"


def lost_items(folds: int = 5) -> list[dict[str, Any]]:
    """One row per dev item the held-out reading loses: id, gold type, key, fallback type, reasons."""
    from tally.evaluate import folds as fold_mod
    from tally.evaluate.events import first_event
    from tally.evaluate.gold import load_gold, root_for
    from tally.evaluate.runner import _empty_article, analyze_items

    sys.path.insert(0, str(HERE))
    import decided_by

    items = load_gold("plover", root=root_for("plover", None), split="dev")
    articles = analyze_items(items, None)
    pairs = [(it, a if a is not None else _empty_article(it)) for it, a in zip(items, articles, strict=True)]
    fold = [fold_mod.fold_of(it.id, folds) for it, _ in pairs]
    keys = [fold_mod.trigger_key(a) for _, a in pairs]
    right = [fold_mod._is_right(it, a) for it, a in pairs]
    right_in: dict[str, set[int]] = {}
    uses: Counter[str] = Counter()
    for k, key, ok in zip(fold, keys, right, strict=True):
        if key is not None:
            uses[key] += 1
            if ok:
                right_in.setdefault(key, set()).add(k)
    generated = fold_mod.generated_stems()
    unsupported = [
        i
        for i, key in enumerate(keys)
        if key is not None
        and right[i]
        and not (right_in[key] - {fold[i]})
        and not fold_mod._is_generated(key, generated)
    ]
    fallback = fold_mod._without_rules([pairs[i] for i in unsupported], None)
    rows = []
    for i, again in zip(unsupported, fallback, strict=True):
        item = pairs[i][0]
        gold = (item.data.get("events") or [{}])[0].get("type")
        event = first_event(list(again.events))
        if event is not None and event.type == gold:
            continue  # the fallback types it right: not lost
        key = keys[i] or ""
        _, path = decided_by.path_of(item.text)
        rows.append(
            {
                "id": item.id,
                "gold": gold,
                "key": key,
                "fallback": None if event is None else event.type,
                "why": fold_reason(uses[key]),
                "kind": key_kind(key, path),
                "path": path,
                "text": item.text,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--list", action="store_true", help="also list each lost item")
    args = parser.parse_args()
    rows = lost_items(args.folds)
    print(f"lost in the held-out reading: {len(rows)}")
    for label, counts in (
        ("by type", Counter(r["gold"] for r in rows)),
        ("by reason", Counter(f"{r['why']} / {r['kind']}" for r in rows)),
    ):
        print(label + ": " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    if args.list:
        for r in sorted(rows, key=lambda r: (r["gold"], r["key"])):
            print(f"{r['gold']:11} {r['key']:40} {r['why']:8} {r['kind']:7} fb={r['fallback']} | {r['text']}")


if __name__ == "__main__":
    main()
