"""Publication metadata found inside a text: a leading date line, front matter."""

from __future__ import annotations

import re
from datetime import date

_LEADING_DATE = re.compile(r"\A\s{0,20}date[:\s]\s{0,5}(\d{4}-\d{2}-\d{2})[ \t]*\n?[ \t]*", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.{0,4000}?)\n---[ \t]*\n", re.S)
_KEY_VALUE = re.compile(r"^([A-Za-z_]{1,30})\s*:\s*(.*?)\s*$")

#: front-matter keys accepted for each metadata field
FRONT_MATTER_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
}


def valid_iso_date(value: str | None) -> str | None:
    """*value* as ``YYYY-MM-DD`` when it starts with a real calendar date; a month
    (``YYYY-MM``) or a year (``YYYY``) alone as written; else None.

    Reports, advocacy pages and encyclopaedias often give only a month or a
    year ("December 2019"): what is known still dates "3 December" (ANNOTATION.md),
    so it is kept rather than dropped.
    """
    if not value:
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    partial = _PARTIAL.fullmatch(text)
    if partial is None or not 1 <= int(partial.group(1)) <= 9999:
        return None
    if partial.group(2) is not None and not 1 <= int(partial.group(2)) <= 12:
        return None
    return partial.group(0)


#: A month or a year alone: "2019-12", "2019".
_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")


def split_leading_date(text: str) -> tuple[str | None, str]:
    """Take a leading ``date YYYY-MM-DD`` line (as scraped pages carry) off *text*."""
    match = _LEADING_DATE.match(text)
    if not match:
        return None, text
    published = valid_iso_date(match.group(1))
    if published is None:
        return None, text
    return published, text[match.end() :]


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Parse a ``---`` front-matter block of ``key: value`` lines off the top of *text*."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _KEY_VALUE.match(line)
        if kv and kv.group(1).lower() in FRONT_MATTER_KEYS:
            meta[FRONT_MATTER_KEYS[kv.group(1).lower()]] = kv.group(2).strip("\"'")
    return meta, text[match.end() :]
