"""Settings and named constants, each with the reason for its value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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

#: Language detection (:mod:`tally.nlp.language`): the detector's best
#: language is taken when its probability is at least this; below it the text
#: is short or mixed and the fallback rule decides.
LANGUAGE_SURE = 0.9

#: Below :data:`LANGUAGE_SURE`, the fallback language (``Settings.lang``) is
#: taken when the detector gives it at least this probability. On the VOA
#: headlines that py3langid got wrong, English still had 0.05 or more (most
#: had over 0.15); on every Persian, Russian and Spanish test paragraph it had
#: under 0.001, so such a text is never analysed as English.
LANGUAGE_FALLBACK_MIN = 0.05

#: Below both rules above, the best language is still taken when its
#: probability is at least this (a short Spanish paragraph scores 0.7 and
#: more); under it the language is "und", undetermined.
LANGUAGE_DECIDED = 0.5

#: Characters of an article the detector reads: the first few paragraphs
#: decide as well as the whole text, and a long article costs no more.
LANGUAGE_DETECT_CHARS = 5000


@dataclass(frozen=True)
class Settings:
    """What a run may change; everything else is a named constant above.

    Languages: an article is analysed only in a language that has a pipeline,
    ``lang`` with ``model`` and each of ``models`` (``{"de": "de_core_news_sm"}``),
    each also needing its word lists in ``tally/lang/<code>/``. An article in
    another language is stored with its language and no records. ``lang`` is
    also the language a short or mixed text falls back to (see
    :mod:`tally.nlp.language`).
    """

    model: str = DEFAULT_MODEL
    batch_size: int = BATCH_SIZE
    published: str | None = None  # overrides every article's publication date
    lang: str = "en"  # the language of `model`: its word lists are tally/lang/<lang>/
    models: Mapping[str, str] = field(default_factory=dict)  # more languages: code -> spaCy model

    def pipelines(self) -> dict[str, str]:
        """Language code -> spaCy model, for every language this run analyses."""
        return {**self.models, self.lang: self.model}
