"""Check the round-18 probe's verbatim strings and split it by a hash of the id.

Items whose sha256(id) starts with an even hex digit go to `work`, the others
to `held`; the split was fixed before tally ever ran on the texts.
"""

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from articles_a import ARTICLES_A  # noqa: E402
from articles_b import ARTICLES_B  # noqa: E402
from articles_c import ARTICLES_C  # noqa: E402

HERE = Path(__file__).parent
ARTICLES = ARTICLES_A + ARTICLES_B + ARTICLES_C


def split_of(item_id: str) -> str:
    return "work" if int(hashlib.sha256(item_id.encode()).hexdigest()[0], 16) % 2 == 0 else "held"


def main() -> None:
    out: dict[str, list[str]] = {"work": [], "held": []}
    for item_id, text, quotes in ARTICLES:
        for _, _, start in quotes:
            assert start in text, (item_id, start)
        words = len(text.split())
        assert 650 <= words <= 1300, (item_id, words)
        record = {
            "id": item_id,
            "title": "",
            "text": text,
            "published": None,
            "outlet": None,
            "url": None,
            "figures": [],
            "places": [],
            "dates": [],
            "quotes": [{"kind": k, "speaker": s, "text_start": t} for k, s, t in quotes],
        }
        out[split_of(item_id)].append(json.dumps(record, ensure_ascii=False))
        print(split_of(item_id), item_id, words, len(quotes))
    (HERE / "reports").mkdir(exist_ok=True)
    for name, lines in out.items():
        (HERE / "reports" / f"{name}.jsonl").write_text("\n".join(lines) + "\n")
        print(name, len(lines))


if __name__ == "__main__":
    main()
