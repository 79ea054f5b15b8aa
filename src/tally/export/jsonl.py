"""``--format json``: every stored article as a ``tally/1`` JSON line (the SPEC's contract)."""

from __future__ import annotations

import json
from typing import TextIO

from tally.export import register
from tally.reader import CorpusReader


def write_jsonl(reader: CorpusReader, out: TextIO) -> int:
    count = 0
    for article in reader.articles():
        out.write(json.dumps(article.to_json_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("json", write_jsonl, help="tally/1 JSON lines, one article per line")
