"""``--format json``: every stored article as a ``tally/1`` JSON line (the SPEC's contract)."""

from __future__ import annotations

import json
from typing import TextIO

from tally.export._redact import Redactor
from tally.store import Store


def write_jsonl(store: Store, out: TextIO, *, redactor: Redactor | None = None) -> int:
    count = 0
    for article in store.iter_articles():
        if redactor is not None:
            article = redactor.article(article)
        out.write(json.dumps(article.to_json_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
