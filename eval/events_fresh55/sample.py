"""Draw the round-55 fresh sample of news sentences (issue 14 §1) and split it into tune / check.

Sentences come from RAMS dev texts (labels ignored) and the tune halves of the public sets
LGL, GeoVirus, TR-News, GeoWebNews and PolNeAR (``scripts/public_halves.py``); no event rule was
written from them. Seeded with ``random.Random(5501)``; at most two sentences per document, about
two thirds with an event cue word and one third without. The half is a hash of the sentence text
(SHA-1, even first byte = ``tune``), fixed before tally's output was read.

    python eval/events_fresh55/sample.py HALVES_DIR [--rams /work/shared/eval/rams/dev.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PUBLIC = ("lgl", "geovirus", "trnews", "geowebnews", "polnear")
CUES = re.compile(
    r"\b(attack|kill|arrest|protest|strike|bomb|shoot|shot|fire|clash|fight|war|sanction|accus|critici|"
    r"condemn|demand|threat|meet|talk|agree|deal|aid|help|support|invest|charg|sentenc|detain|raid|seiz|"
    r"deport|ban|march|rall|negotiat|visit|sign|reject|den(y|ied)|vote|injur|wound|dead|die|police|troop|"
    r"soldier|militar|forces|jail|prison|riot|assault|murder|rob|stab|invad|occup|evacuat|rescu|warn|"
    r"call(ed)? (on|for)|urg|pledg|promis|accept|refus|cooperat|coalition|election|court|su(e|ed|ing))",
    re.I,
)
SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's sentences (a plain splitter, not tally's)."""
    spans, start = [], 0
    for m in SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        words = len(text[s:e].split())
        if 6 <= words <= 70:
            out.append((s, e))
    return out


def docs(halves: Path, rams: Path) -> list[tuple[str, str, str]]:
    rows = [("rams", json.loads(line)) for line in rams.open()]
    for name in PUBLIC:
        rows += [(name, json.loads(line)) for line in (halves / name / "tune.jsonl").open()]
    return [(name, r["id"], r["text"]) for name, r in rows]


def draw(
    halves: Path,
    rams: Path,
    n_rams: int = 120,
    n_public: int = 180,
    seed: int = 5501,
    seen: frozenset[str] = frozenset(),
) -> list[dict]:
    """The sample: round 55's by default; a later round's with its own seed and sizes, leaving out
    the sentences (whitespace-normalised) of the samples drawn before (*seen*)."""
    rng = random.Random(seed)
    pool = docs(halves, rams)
    rng.shuffle(pool)
    want = {"rams": n_rams, "public": n_public}
    out = []
    for name, did, text in pool:
        group = "rams" if name == "rams" else "public"
        if want[group] <= 0:
            continue
        spans = [sp for sp in sentences(text) if " ".join(text[sp[0] : sp[1]].split()) not in seen]
        cue = [sp for sp in spans if CUES.search(text[sp[0] : sp[1]])]
        plain = [sp for sp in spans if sp not in cue]
        picked = []
        if cue:
            picked.append(rng.choice(cue))
        if plain and rng.random() < 0.5:
            picked.append(rng.choice(plain))
        elif len(cue) > 1 and rng.random() < 0.5:
            other = [sp for sp in cue if sp not in picked]
            picked.append(rng.choice(other))
        for s, e in picked[: min(2, want[group])]:
            sent = text[s:e]
            half = "tune" if hashlib.sha1(sent.encode()).digest()[0] % 2 == 0 else "check"
            out.append(
                {
                    "set": name,
                    "doc": did,
                    "start": s,
                    "end": e,
                    "text": sent,
                    "cue": bool(CUES.search(sent)),
                    "half": half,
                }
            )
            want[group] -= 1
    return out


def write_sample(draw_rows: Callable[[Path, Path], list[dict]], out: Path) -> None:
    """Read the command line (the public halves' folder, RAMS dev), draw with *draw_rows* and write
    the numbered sample to *out*: shared with later rounds' samples, which draw with other
    parameters."""
    ap = argparse.ArgumentParser()
    ap.add_argument("halves", type=Path)
    ap.add_argument("--rams", type=Path, default=Path("/work/shared/eval/rams/dev.jsonl"))
    args = ap.parse_args()
    rows = draw_rows(args.halves, args.rams)
    with out.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"n": i, **r}, ensure_ascii=False) + "\n")
    print(len(rows), sum(r["half"] == "tune" for r in rows), "tune", sum(r["cue"] for r in rows), "cue")


def main() -> None:
    write_sample(draw, HERE / "sample.jsonl")


if __name__ == "__main__":
    main()
