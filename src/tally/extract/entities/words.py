"""The entity index's word lists, read from ``tally/lang/<lang>/entities/`` (see :mod:`tally.lang`).

``entity_words.NAME`` is the list ``name`` of the active language; lists
that two extractors share come from ``common/``.
"""

from tally.lang import section

__getattr__ = section("entities", globals())
