"""Settings and named constants, each with the reason for its value."""

from __future__ import annotations

from dataclasses import dataclass

#: spaCy model used when none is named; the PyPI package that provides it is
#: looked up in :data:`tally.nlp.load.MODEL_PACKAGES`.
DEFAULT_MODEL = "en_core_web_sm"

#: Files larger than this are skipped with a reason instead of being parsed: a
#: news article is rarely over 100 kB, and spaCy's default ``max_length`` is 1e6
#: characters. 5 MB leaves room for HTML pages heavy with markup.
MAX_FILE_BYTES = 5_000_000

#: Cleaned texts longer than this are skipped (spaCy's own default limit).
MAX_TEXT_CHARS = 1_000_000

#: Batch size for ``nlp.pipe``: DESIGN.md measured ≈ 220 MB peak at batch 4 and
#: ≈ 650 MB at 32 for the sm model; 16 keeps memory flat and throughput close
#: to the maximum.
BATCH_SIZE = 16

#: A line is an orphan tag line ("regime change", "arbitrary arrest") when it
#: stands alone, has at most this many words and no sentence punctuation.
TAGLINE_MAX_WORDS = 4

#: A paragraph is corpus boilerplate when it already occurs in at least this
#: many *other* articles of the corpus (one repeat can be a quotation; two are
#: a site template).
BOILERPLATE_MIN_OTHER_ARTICLES = 2

#: Paragraphs shorter than this (characters) are never treated as duplicates:
#: short lines such as "Read more." repeat by chance and are handled as
#: taglines or footers instead.
DUPLICATE_MIN_CHARS = 40

#: Cross-corpus boilerplate removal never takes away more than this share of
#: an article's paragraphs: beyond it the article is a republication, which
#: the link stage counts, not a page with a template.
BOILERPLATE_MAX_SHARE = 0.5

#: Embedded posts (tweets) are at most 280 characters of text; allow for the
#: links and hashtags that the signature line carries.
EMBEDDED_POST_MAX_CHARS = 320


@dataclass(frozen=True)
class Settings:
    """What a run may change; everything else is a named constant above."""

    model: str = DEFAULT_MODEL
    batch_size: int = BATCH_SIZE
    published: str | None = None  # overrides every article's publication date
    lang: str = "en"  # the word lists of tally/lang/<lang>/ that the extractors read
