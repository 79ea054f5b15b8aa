"""tally: reports about protests and crackdowns, turned into records that can be checked.

::

    import tally
    article = tally.analyze(text, published="2020-11-05")
    with tally.Corpus("news.db") as corpus:
        corpus.add_files(["articles/"])
        corpus.link()
        claims = corpus.claims()        # tally.Claim records, conflicts first
"""

from __future__ import annotations

import logging

from tally.corpus import Corpus, RunReport
from tally.errors import ConfigError, ExtractorError, InputError, LinkError, StoreError, TallyError
from tally.pipeline import analyze
from tally.reader import CorpusReader
from tally.records import (
    SCHEMA,
    Article,
    Claim,
    CorpusEntity,
    DateMention,
    Embedded,
    Entity,
    Event,
    EventCluster,
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
    "Claim",
    "ConfigError",
    "Corpus",
    "CorpusEntity",
    "CorpusReader",
    "DateMention",
    "Embedded",
    "Entity",
    "Event",
    "EventCluster",
    "ExtractorError",
    "Figure",
    "Flag",
    "InputError",
    "LinkError",
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
