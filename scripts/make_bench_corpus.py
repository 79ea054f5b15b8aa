"""Write N distinct news-like articles as JSONL for `tally bench` and the scale runs.

Why generated: the public corpora hold a few hundred articles, and the scale
goals are stated for 10,000. Each article recombines 3-6 paragraphs drawn
(seeded, so the output is identical on every run) from the public-domain VOA
stories in ``../shared/corpora/voa/`` and the texts of the dev sets in
``../shared/eval/``; a running number in the title and an opening line keep
every article distinct, so none is recognised as a re-read input or a
republication. The output is not committed (it is derived data).

    python scripts/make_bench_corpus.py -n 10000 -o /tmp/bench10k.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEV_SETS = ("polnear", "lgl", "geowebnews", "trnews", "geovirus", "tempeval3")
#: Paragraphs shorter than this are headlines or bylines, not article body.
MIN_PARAGRAPH_CHARS = 80


def _texts(shared: Path) -> list[str]:
    texts = []
    sources = [shared / "corpora" / "voa" / "stories.jsonl"]
    sources += [shared / "eval" / name / "dev.jsonl" for name in DEV_SETS]
    for path in sources:
        if not path.exists():
            print(f"make_bench_corpus: {path} not found, left out", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        texts.append(text)
    return texts


def paragraphs(shared: Path) -> list[str]:
    """Every distinct body paragraph of the source texts, in a fixed order."""
    seen: dict[str, None] = {}
    for text in _texts(shared):
        for para in text.replace("\r\n", "\n").split("\n"):
            para = para.strip()
            if len(para) >= MIN_PARAGRAPH_CHARS:
                seen.setdefault(para, None)
    return list(seen)


def articles(n: int, seed: int, shared: Path):
    """Yield *n* article dicts; the same (n, seed) always gives the same articles."""
    pool = paragraphs(shared)
    if not pool:
        raise SystemExit(f"make_bench_corpus: no source texts under {shared}")
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    for i in range(n):
        body = rng.sample(pool, k=min(len(pool), rng.randint(3, 6)))
        published = start + timedelta(days=rng.randrange(730))
        lead = (
            f"Bulletin {i + 1} of the bench corpus, filed {published:%B} {published.day}, {published.year}."
        )
        yield {
            "title": f"Bench article {i + 1}",
            "published": published.isoformat(),
            "outlet": "bench",
            "text": "\n\n".join([lead, *body]),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles to write (default 10,000)")
    parser.add_argument("--seed", type=int, default=16, help="random seed (default 16)")
    parser.add_argument("-o", "--output", default="-", help="JSONL file to write (default stdout)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder")
    args = parser.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for article in articles(args.n, args.seed, args.shared):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
