"""Article body and metadata from HTML, through trafilatura.

trafilatura is the best-measured open body extractor (≈ 4 ms a page here);
readability-lxml and newspaper4k were no better and slower (DESIGN.md).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractedHtml:
    text: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None


def html_to_text(html: str) -> ExtractedHtml | None:
    """The main text of an HTML page with its title, date, URL and site name, or None."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    if not text:
        return None
    meta = trafilatura.extract_metadata(html)
    return ExtractedHtml(
        text=text,
        title=getattr(meta, "title", None) if meta else None,
        published=getattr(meta, "date", None) if meta else None,
        url=getattr(meta, "url", None) if meta else None,
        outlet=getattr(meta, "sitename", None) if meta else None,
    )
