"""Casualty, arrest and crowd figures with their sources: :func:`extract_figures` is the entry point.

Parts: ``numbers`` (number phrases), ``sources`` (who asserts, confirms or
disputes a figure), ``words`` (the word lists, read from ``tally/lang``),
``extractor`` (the whole pass).
"""

from tally.extract.figures.extractor import extract_figures
from tally.extract.registry import register

register(
    "figures",
    version="1",
    assigns="figures",
    requires=("dates", "places", "quotes", "embedded"),
    adds_entities=True,
)(extract_figures)

__all__ = ["extract_figures"]
