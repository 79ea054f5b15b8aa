"""``--format claims``: the SPEC's corpus-level claims, one JSON object per line.

Each object has the SPEC fields (``id``, ``category``, ``place``, ``date``,
``figures`` with ``doc``/``figure``/``value``/``qualifier``/``asserted_by``/
``confirmed_by``, ``sources``, ``independent_sources``, ``status``, ``range``)
and more: ``conflicts`` with their reasons, each figure's evidence sentence and
offsets, ``place_name``, ``date_from`` (``figures`` or ``published``); the
JSON Schema is ``#/$defs/Claim`` of ``tally schema``.
"""

from __future__ import annotations

import json
from typing import TextIO

from tally.export import register
from tally.reader import CorpusReader


def write_claims(reader: CorpusReader, out: TextIO) -> int:
    count = 0
    for claim in reader.claims():
        out.write(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False) + "\n")
        count += 1
    return count


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("claims", write_claims, help="the SPEC's corpus-level claims, one JSON object per line")
