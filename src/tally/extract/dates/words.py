"""The dates grammar's word lists, read from ``tally/lang/<lang>/dates/`` (see :mod:`tally.lang`).

``date_words.NAME`` is the list ``name`` of the active language; lists
that two extractors share come from ``common/``.
"""

from tally.lang import section

__getattr__ = section("dates", globals())
