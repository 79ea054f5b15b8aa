"""Date expressions normalised to ISO values: :func:`extract_dates` is the entry point.

Parts: ``rules`` (the date grammar, with ``tokens``, ``parts``,
``calendars``, ``absolute``, ``relative`` and ``periods``), ``resolve`` (values against the
publication date), ``extractor`` (the whole pass), and the steps it runs,
lower ones first: ``patterns``, ``validation``, ``entities``, ``tense``,
``anchors``, ``focus``, ``anaphora``, ``readings``, ``listing``.
"""

from tally.extract.dates.extractor import extract_dates
from tally.extract.dates.listing import placed
from tally.extract.dates.readings import normalise_date
from tally.extract.registry import register

register("dates", version="1", assigns="dates", requires=("published", "embedded"), listed=placed)(
    extract_dates
)

__all__ = ["extract_dates", "normalise_date", "placed"]
