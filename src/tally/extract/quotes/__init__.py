"""Quotes and their speakers: :func:`extract_quotes` is the entry point.

Parts: ``marks`` (quote-mark pairing), ``cues`` (reporting verbs and nouns),
``clauses`` (speech clauses without marks), ``speakers`` (who said it),
``gender`` (pronoun agreement), ``extractor`` (the whole pass).
"""

from tally.extract.quotes.extractor import extract_quotes, find_attributions
from tally.extract.registry import register

register("quotes", version="1", assigns="quotes", requires=("dates",), adds_entities=True)(extract_quotes)

__all__ = ["extract_quotes", "find_attributions"]
