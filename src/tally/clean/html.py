"""Article body and metadata from HTML, through trafilatura.

trafilatura is the best-measured open body extractor (≈ 4 ms a page here);
readability-lxml and newspaper4k were no better and slower (DESIGN.md).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

LOGGER = logging.getLogger(__name__)

#: libxml2, under trafilatura, stops building the tree 256 elements deep: a
#: page nested deeper (10,000 ``<div>``) comes out with no body at all
LIBXML_MAX_DEPTH = 256

#: container tags that carry no text of their own; a page too deep for the parser
#: is read again without them (a linear pattern: no nested quantifiers)
_CONTAINER_TAG = re.compile(r"</?(?:div|span|section|font|center)\b[^<>]{0,2000}>", re.I)


@dataclass(frozen=True)
class ExtractedHtml:
    text: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None
    note: str | None = None  # what had to be done to find the body, for the run's summary


def _extract(html: str) -> str | None:
    import trafilatura

    text: str | None = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    return text


def html_to_text(html: str) -> ExtractedHtml | None:
    """The main text of an HTML page with its title, date, URL and site name, or None."""
    import trafilatura

    text = _extract(html)
    note = None
    if not text:
        flat, containers = _CONTAINER_TAG.subn(" ", html)
        if containers >= LIBXML_MAX_DEPTH:
            # maybe nested deeper than the parser goes: the paragraphs without their containers
            LOGGER.info("no body found; reading again without %d container tags", containers)
            text = _extract(flat)
            html = flat
            note = f"HTML nested deeper than the parser reads: read again without {containers} container tags"
    if not text:
        return None
    meta = trafilatura.extract_metadata(html)
    return ExtractedHtml(
        text=text,
        title=getattr(meta, "title", None) if meta else None,
        published=getattr(meta, "date", None) if meta else None,
        url=getattr(meta, "url", None) if meta else None,
        outlet=getattr(meta, "sitename", None) if meta else None,
        note=note if text else None,
    )
