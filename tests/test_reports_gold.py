"""The `reports` gold set keeps its promise: every verbatim string is in its article.

ANNOTATION.md asks that every `evidence`, `text_start`, place and date `text`
be an exact substring of the article (a figure's evidence may lie in the title),
and that the two splits never share an article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

import pytest

from tally.records import FigureCategory, Qualifier

GOLD = Path(__file__).resolve().parent.parent / "eval" / "reports"
#: Articles of our own annotated the same way (``eval/reports_own/README.md``).
OWN = Path(__file__).resolve().parent.parent / "eval" / "reports_own" / "reports"
CATEGORIES = set(get_args(FigureCategory))  # the gold's vocabulary is the records'
QUALIFIERS = set(get_args(Qualifier))
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _items(split: str, folder: Path = GOLD) -> list[dict]:
    with (folder / f"{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize(
    ("split", "folder", "least"),
    [
        ("tune", GOLD, 20),
        ("check", GOLD, 20),
        ("work", OWN, 10),
        ("held10", OWN, 10),
        ("held17", OWN, 6),
        ("work24", OWN, 6),
        ("held24", OWN, 6),
    ],
)
def test_every_verbatim_string_is_in_the_article(split: str, folder: Path, least: int) -> None:
    items = _items(split, folder)
    assert len(items) >= least
    for item in items:
        text, title = item["text"], item["title"]
        for fig in item["figures"]:
            assert fig["evidence"] in text or fig["evidence"] in title, (item["id"], fig)
            assert fig["category"] in CATEGORIES and fig["qualifier"] in QUALIFIERS, (item["id"], fig)
            assert isinstance(fig["value"], int) and fig["asserted_by"], (item["id"], fig)
        for quote in item["quotes"]:
            assert quote["text_start"] in text and quote["kind"] in {"direct", "mixed"}, (item["id"], quote)
            assert quote["speaker"], (item["id"], quote)
        for place in item["places"]:
            assert place in text, (item["id"], place)
        for date in item["dates"]:
            assert date["text"] in text, (item["id"], date)
            assert all(ISO.match(part) for part in date["value"].split("/")), (item["id"], date)


def test_splits_share_no_article() -> None:
    tune = {item["id"] for item in _items("tune")}
    check = {item["id"] for item in _items("check")}
    assert tune and check and not tune & check
    work = {item["id"] for item in _items("work", OWN)}
    held = {item["id"] for item in _items("held10", OWN)}
    held17 = {item["id"] for item in _items("held17", OWN)}
    assert work and held and held17 and not work & held and not (work | held) & held17
    work24 = {item["id"] for item in _items("work24", OWN)}
    held24 = {item["id"] for item in _items("held24", OWN)}
    assert work24 and held24 and not work24 & held24 and not (work24 | held24) & (work | held | held17)
