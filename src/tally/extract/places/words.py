"""Place recognition and the gazetteer's word lists, read from ``tally/lang/<lang>/places/`` (see :mod:`tally.lang`).

``place_words.NAME`` is the list ``name`` of the active language; lists
that two extractors share come from ``common/``.
"""

from tally.lang import section

__getattr__ = section("places", globals())
