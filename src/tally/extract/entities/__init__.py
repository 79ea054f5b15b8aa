"""Named entities of one article, clustered into an index: :func:`extract_entities` is the entry point."""

from tally.extract.entities.extractor import EntityIndex, extract_entities

__all__ = ["EntityIndex", "extract_entities"]
