"""Draw the round-57 fresh sample of news sentences (issue 14 §1) and split it into tune / check.

Sentences come from RAMS dev texts (labels ignored) and the tune halves of the public sets
LGL, GeoVirus, TR-News, GeoWebNews and PolNeAR (``scripts/public_halves.py``); no event rule was
written from them. Seeded with ``random.Random(5701)``; every sentence of round 55's sample
(``eval/events_fresh55/sample.jsonl``) is left out. At most two sentences per document, about
two thirds with an event cue word and one third without. The half is a hash of the sentence text
(SHA-1, even first byte = ``tune``), fixed before tally's output was read.

    python eval/events_fresh57/sample.py HALVES_DIR [--rams /work/shared/eval/rams/dev.jsonl]
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OLD = HERE.parent / "events_fresh55" / "sample.jsonl"

# round 55's drawing, with this round's seed and sizes (the scripts are not a package)
_spec = importlib.util.spec_from_file_location("fresh55_sample", HERE.parent / "events_fresh55" / "sample.py")
assert _spec is not None and _spec.loader is not None
fresh55 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh55)


def draw(halves: Path, rams: Path) -> list[dict]:
    seen = frozenset(" ".join(json.loads(x)["text"].split()) for x in OLD.open())
    return fresh55.draw(halves, rams, n_rams=80, n_public=120, seed=5701, seen=seen)


def main() -> None:
    fresh55.write_sample(draw, HERE / "sample.jsonl")


if __name__ == "__main__":
    main()
