"""Build the round-18 figure-source probe set: ten long articles of our own (invented text).

Each article lists every figure with the source the text gives it (``asserted_by``, by
``ANNOTATION.md``; ``confirmed_by`` where the text says who confirmed it, for readers only);
quotes, places and dates are left empty (this set scores `figures+source`). The split is by
the SHA-1 of the id (sorted; first half `work`, second half `held`), fixed before tally ran on
any article. Run: python eval/sources_own/round18/build.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from articles_a import IRAN_OFFICIALS, KENYA_AMNESTY  # noqa: E402
from articles_b import BELTA_MINSK, MYANMAR_EXILE, OHCHR_BRIEFING  # noqa: E402
from articles_c import IRAQ_WIKIPEDIA, PERU_HRW  # noqa: E402
from articles_d import GEORGIA_LIVE, NICARAGUA_EXILE, TEHRAN_TIMES  # noqa: E402

ARTICLES = [
    IRAN_OFFICIALS,
    KENYA_AMNESTY,
    OHCHR_BRIEFING,
    BELTA_MINSK,
    MYANMAR_EXILE,
    IRAQ_WIKIPEDIA,
    PERU_HRW,
    TEHRAN_TIMES,
    GEORGIA_LIVE,
    NICARAGUA_EXILE,
]


def check(art: dict) -> None:
    """Every evidence string is in the text or title; no value twice in one article."""
    values = [fig["value"] for fig in art["figures"]]
    assert len(values) == len(set(values)), (art["id"], sorted(v for v in values if values.count(v) > 1))
    for fig in art["figures"]:
        ev = fig["evidence"]
        assert ev in art["text"] or ev in art["title"], (art["id"], ev)


def main() -> None:
    lines: dict[str, list[str]] = {"work": [], "held": []}
    ids = sorted((hashlib.sha1(a["id"].encode()).hexdigest(), a["id"]) for a in ARTICLES)
    half = len(ids) // 2
    split_of = {art_id: ("work" if i < half else "held") for i, (_, art_id) in enumerate(ids)}
    for art in ARTICLES:
        check(art)
        row = {**art, "url": None, "quotes": [], "places": [], "dates": []}
        lines[split_of[art["id"]]].append(json.dumps(row, ensure_ascii=False))
        words = len(re.findall(r"\S+", art["text"]))
        print(f"{split_of[art['id']]:5} {art['id']:45} {words:5} words {len(art['figures']):3} figures")
    (HERE / "reports").mkdir(exist_ok=True)
    for name, rows in lines.items():
        (HERE / "reports" / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(name, len(rows), "articles")


if __name__ == "__main__":
    main()
