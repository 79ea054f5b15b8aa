"""What the three build scripts of the clusters gold share: a mention found by its anchor, an
article's line (its mentions in text order), and the split written out.

Each script holds its own articles and incidents; a mention is written as (incident, anchor,
phrase): the phrase is the first one at or after the anchor's start and must begin inside the
anchor, so a phrase that occurs earlier in the text is never taken by mistake.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def mention(
    text: str,
    where: str,
    incident: str,
    anchor: str,
    phrase: str,
    *,
    why: str,
    fatalities: int,
    acled_event: str,
    background: bool = False,
) -> dict[str, Any]:
    """One gold mention of *incident* in *text* (*where* names the article in an assertion's message)."""
    at = text.index(anchor)
    start = text.index(phrase, at)
    assert start < at + len(anchor), (where, anchor, phrase)
    end = start + len(phrase)
    assert text[start:end] == phrase
    found: dict[str, Any] = {"incident": incident, "start": start, "end": end, "text": phrase, "why": why}
    found.update(fatalities=fatalities, acled_event=acled_event, country=incident[:2].upper())
    if background:
        found["background"] = True
    return found


def described(
    name: str,
    why: dict[str, str],
    fatalities: dict[str, int],
    acled_event: dict[str, str],
    background: frozenset[str] | set[str] = frozenset(),
) -> dict[str, Any]:
    """The keywords of :func:`mention` for incident *name*: why its mentions are one event, its
    conservative fatalities (0 when not listed), its ACLED event (else itself), whether background."""
    assert name in why, name
    return {
        "why": why[name],
        "fatalities": fatalities.get(name, 0),
        "acled_event": acled_event.get(name, name),
        "background": name in background,
    }


#: What a line of the split holds before its incidents, in this order.
HEAD = ("id", "text", "published", "title", "outlet")


def article_line(
    article: dict[str, Any],
    mentions: Iterable[tuple[str, str, str]],
    incident: Callable[[str], dict[str, Any]],
) -> dict[str, Any]:
    """One article's line: its :data:`HEAD` fields and its ``incidents``, each (incident, anchor,
    phrase) of *mentions* found by :func:`mention` with the keywords ``incident(name)`` gives
    (``why``, ``fatalities``, ``acled_event``, ``background``), sorted by where they stand."""
    found = [
        mention(article["text"], article["id"], name, anchor, phrase, **incident(name))
        for name, anchor, phrase in mentions
    ]
    found.sort(key=lambda m: (m["start"], m["end"]))
    line = {k: article[k] for k in HEAD}
    line["incidents"] = found
    return line


def write(lines: list[dict[str, Any]], name: str) -> None:
    """Write the split *name* beside these scripts, one article per line, and say how much it holds."""
    out = Path(__file__).with_name(name)
    with out.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{out}: {len(lines)} articles, {sum(len(x['incidents']) for x in lines)} mentions")
