"""Server-side drawing for the HTML report and ``tally serve``: inline SVG, no script.

Each module builds one picture as an SVG string from plain data, escaping every
text and attribute with :func:`html.escape` (the pictures are pasted into pages
that must not run anything an article says):

- :mod:`.svg_map`: a static map of the bundled Natural Earth outlines, countries
  shaded by how many records they hold, points for places and events;
- :mod:`.svg_timeline`: events and claim values by day or week, one lane per country.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

__all__ = ["attr", "safe_href", "text"]


def text(value: object) -> str:
    """*value* as SVG/HTML text content, escaped."""
    return escape(str(value), quote=False)


def attr(value: object) -> str:
    """*value* as a double-quoted attribute value, escaped."""
    return escape(str(value), quote=True)


def safe_href(url: str | None) -> str | None:
    """*url* if it may become a link: http(s) URLs, in-page ``#anchors`` and site paths ``/…``; else ``None``.

    ``javascript:``, ``data:`` and every other scheme are refused, as are
    protocol-relative ``//host`` (and ``/\\host``) links and URLs carrying control characters or spaces.
    """
    if not url:
        return None
    url = url.strip()
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    if url.startswith("#") or (url.startswith("/") and url[1:2] not in ("/", "\\")):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None
