"""``--format claims``: the SPEC's corpus-level claims, one JSON object per line.

Each object has the SPEC fields (``id``, ``category``, ``place``, ``date``,
``figures`` with ``doc``/``figure``/``value``/``qualifier``/``asserted_by``/
``confirmed_by``, ``sources``, ``independent_sources``, ``status``, ``range``)
and more: ``conflicts`` with their reasons, each figure's evidence sentence and
offsets, ``place_name``, ``date_from`` (``figures`` or ``published``).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from tally.export._redact import Redactor
from tally.link import load_claims
from tally.store import Store


def redact_claim(claim: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    claim = dict(claim)
    claim["sources"] = redactor.names_list(claim["sources"])
    figures = []
    for f in claim["figures"]:
        f = dict(f)
        for key in ("asserted_by", "confirmed_by", "disputed_by"):
            f[key] = redactor.names_list(f[key])
        for key in ("sentence", "text", "subject"):
            f[key] = redactor.text(f[key])
        figures.append(f)
    claim["figures"] = figures
    claim["conflicts"] = [{**c, "reason": redactor.text(c["reason"])} for c in claim["conflicts"]]
    return claim


def write_claims(store: Store, out: TextIO, *, redactor: Redactor | None = None) -> int:
    count = 0
    for claim in load_claims(store):
        if redactor is not None:
            claim = redact_claim(claim, redactor)
        out.write(json.dumps(claim, ensure_ascii=False) + "\n")
        count += 1
    return count
