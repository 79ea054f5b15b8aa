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
from typing import TYPE_CHECKING, Any

from tally.errors import ConfigError, ExtractorError, InputError, LinkError, StoreError, TallyError
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

if TYPE_CHECKING:
    from tally.corpus import Corpus, RunReport
    from tally.pipeline import analyze
    from tally.reader import CorpusReader

__version__ = "0.1.0"

#: names imported when first asked for (PEP 562), by the module that defines them: the corpus, the
#: pipeline and the reader import spaCy, which a process that only links (tally.link.apart) or
#: reads a store never needs (1.1 of the 1.5 CPU seconds the link child took to start)
_LAZY = {
    "Corpus": "tally.corpus",
    "RunReport": "tally.corpus",
    "analyze": "tally.pipeline",
    "CorpusReader": "tally.reader",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


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
