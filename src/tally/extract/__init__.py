"""Extractors: pure functions from an :class:`ExtractContext` to records with evidence."""
