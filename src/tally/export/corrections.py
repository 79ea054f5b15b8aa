"""``--format corrections``: every review action of the audit table, one JSON object per line.

Each line says who did what to which record and when, with the record's
value before and after, the note, and the record's place in the text and its
words (``span``, ``text``): with the article id that is enough to rebuild a
training example, the seed of a future training set. Oldest first.
"""

from __future__ import annotations

import json
from typing import TextIO

from tally.export import register
from tally.reader import CorpusReader


def write_corrections(reader: CorpusReader, out: TextIO) -> int:
    count = 0
    for action in reader.corrections():
        out.write(json.dumps(action, ensure_ascii=False) + "\n")
        count += 1
    return count


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("corrections", write_corrections, help="a reviewer's confirmations and corrections (audit rows)")
