"""Which code path decided the type of tally's first event on our wire sentences (round 33).

Usage: ``PYTHONPATH=src python eval/plover_own/decided_by.py [--set wire9,wire12,…] [--errors]``

Issue 14 §1 asks, for each type error on unseen text, which part of the event extractor decided the
type, and for the path that errs most, its precision over every item it decides. For each set's
``tune`` or ``work`` half (never ``held``: those halves are only scored, see ``score_wire.py``) this
analyses each sentence and names the generator of the first event's candidate
(``tally.extract.events.extractor``: ``_modal_trigger``, ``_verb_trigger`` with its kind ``verb`` /
``object`` / ``phrasal``, ``_noun_trigger`` (``noun`` / ``light``), ``_unknown_verb_nouns``,
``_verbless_verbs``, ``_learned_fallback``), with ``+refined`` when a later refinement (actor,
modality, negation …) changed the type the generator gave, or ``none`` when no event came out.
It prints, per path, how many first events it decided, how many of them are wrong, and its precision;
``--errors`` also lists each error with its gold and predicted type and mode, modality, trigger,
path and sentence.

It wraps the generators for the run only (:func:`recording`; the extractor itself is unchanged); the learned model's
own training sentences include these halves, so its precision here is not an estimate for unseen
text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

#: The candidate generators of the extractor, in the order it runs them.
GENERATORS = (
    "_modal_trigger",
    "_verb_trigger",
    "_noun_trigger",
    "_unknown_verb_nouns",
    "_verbless_verbs",
    "_learned_fallback",
)
#: Every set ``score_wire.py`` scores.
SETS = ("wire", "wire9", "wire12", "wire13", "wire14", "wire15", "wire16", "wire17", "wire18")
SETS += ("wire19", "wire20", "wire21", "wire22", "wire26", "wire27")


@contextmanager
def recording(seen: dict[int, tuple[str, str, str]]) -> Iterator[None]:
    """While in force, each candidate a generator returns maps its trigger offsets to (generator,
    kind, type) in *seen*; the extractor's own functions are put back on leaving."""
    from tally.extract.events import extractor

    originals = {name: getattr(extractor, name) for name in GENERATORS}

    def recorded(name: str, inner: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            found = inner(*args, **kwargs)
            for cand in found if isinstance(found, list) else [found]:
                if cand is None:
                    continue
                for tok in [cand.head, *cand.tokens]:
                    seen.setdefault(tok.idx, (name, cand.kind, cand.type))
            return found

        return wrapper

    try:
        for name, inner in originals.items():
            setattr(extractor, name, recorded(name, inner))
        yield
    finally:
        for name, inner in originals.items():
            setattr(extractor, name, inner)


def path_of(text: str) -> tuple[Any, str]:
    """tally's first event of *text* and the path that decided its type (see the module docstring)."""
    import tally
    from tally.evaluate.events import first_event

    seen: dict[int, tuple[str, str, str]] = {}
    with recording(seen):
        article = tally.analyze(text)
    event = first_event(list(article.events))
    if event is None:
        return None, "none"
    generator, kind, first_type = seen.get(event.trigger[0], ("?", "?", event.type))
    return event, f"{generator}:{kind}" + ("+refined" if first_type != event.type else "")


def _work_half(name: str) -> str:
    """The half of set *name* whose errors may be read: ``work`` where the set has one, else ``tune``."""
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as fh:
        halves = {json.loads(line)["half"] for line in fh if line.strip()}
    return "work" if "work" in halves else "tune"


def decided_by(names: list[str]) -> list[dict[str, Any]]:
    """One row per sentence of the sets' readable halves: gold, first event, and its path."""
    import sys

    sys.path.insert(0, str(HERE))
    import score_wire

    rows = []
    for name in names:
        for item in score_wire.gold_items(_work_half(name), name):
            event, path = path_of(item.text)
            gold = item.data["events"][0]
            row: dict[str, Any] = {"id": item.id, "gold": gold["type"], "gold_mode": gold["mode"]}
            row.update(text=item.text, path=path, type=None if event is None else event.type)
            if event is not None:
                row.update(
                    mode=event.mode,
                    modality=event.modality,
                    trigger=item.text[event.trigger[0] : event.trigger[1]],
                )
            rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="names", default=",".join(SETS), help="comma-separated sets")
    parser.add_argument("--errors", action="store_true", help="also list every type error")
    args = parser.parse_args()
    rows = decided_by(args.names.split(","))
    total, wrong = Counter[str](), Counter[str]()
    for row in rows:
        total[row["path"]] += 1
        wrong[row["path"]] += int(row["type"] != row["gold"])
    print(f"{'path':42} {'decided':>7} {'wrong':>5} {'precision':>9}")
    for path, n in total.most_common():
        print(f"{path:42} {n:7} {wrong[path]:5} {(n - wrong[path]) / n:9.3f}")
    print(f"{'all':42} {len(rows):7} {sum(wrong.values()):5}")
    if args.errors:
        for row in rows:
            if row["type"] != row["gold"]:
                got = f"{row['type']}/{row.get('mode')} [{row.get('modality')}] {row.get('trigger')!r}"
                print(
                    f"{row['id']} gold {row['gold']}/{row['gold_mode']} got {got} {row['path']} | {row['text']}"
                )


if __name__ == "__main__":
    main()
