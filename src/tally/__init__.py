"""tally: reports about protests and crackdowns, turned into records that can be checked.

::

    import tally
    article = tally.analyze(text, published="2020-11-05")
    with tally.Corpus("news.db") as corpus:
        corpus.add_files(["articles/"])
"""

from __future__ import annotations

import logging

from tally.corpus import Corpus, RunReport
from tally.errors import ConfigError, ExtractorError, InputError, StoreError, TallyError
from tally.pipeline import analyze
from tally.records import (
    SCHEMA,
    Article,
    DateMention,
    Embedded,
    Entity,
    Event,
    Figure,
    Flag,
    Place,
    Quote,
    Removed,
    Source,
)

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "ConfigError",
    "Corpus",
    "DateMention",
    "Embedded",
    "Entity",
    "Event",
    "ExtractorError",
    "Figure",
    "Flag",
    "InputError",
    "Place",
    "Quote",
    "Removed",
    "RunReport",
    "SCHEMA",
    "Source",
    "StoreError",
    "TallyError",
    "__version__",
    "analyze",
]
