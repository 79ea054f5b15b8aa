"""Date expressions normalised to ISO values: :func:`extract_dates` is the entry point.

Parts: ``rules`` (the date grammar), ``resolve`` (values against the
publication date), ``extractor`` (the whole pass).
"""

from tally.extract.dates.extractor import extract_dates, normalise_date, placed
from tally.extract.registry import register

register("dates", version="1", assigns="dates", requires=("published", "embedded"), listed=placed)(
    extract_dates
)

__all__ = ["extract_dates", "normalise_date", "placed"]
