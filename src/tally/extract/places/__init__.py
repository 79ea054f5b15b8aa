"""Places resolved against the offline gazetteer: :func:`extract_places` is the entry point.

Parts: ``candidates`` (toponym recognition), ``extractor`` (resolution);
the gazetteer itself lives in :mod:`tally.resources.gazetteer`.
"""

from tally.extract.places.extractor import extract_places, resolve_places
from tally.extract.registry import register

register("places", version="1", assigns="places", requires=())(extract_places)

__all__ = ["extract_places", "resolve_places"]
