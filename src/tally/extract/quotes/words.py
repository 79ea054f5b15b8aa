"""The quotes extractor's word lists, read from ``tally/lang/<lang>/quotes/`` (see :mod:`tally.lang`).

``quote_words.NAME`` is the list ``name`` of the active language; lists
that two extractors share come from ``common/``.
"""

from tally.lang import section

__getattr__ = section("quotes", globals())
