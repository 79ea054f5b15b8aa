"""Exceptions raised by tally.

::

    TallyError                  base of everything tally raises on purpose
    ├── InputError              an input file or line that cannot be read or is empty (status 400)
    ├── ConfigError             a missing model package, a bad setting, a missing eval set
    ├── StoreError              the database cannot be opened, migrated or written
    ├── LinkError               linking in a process of its own failed (tally.link.apart)
    └── ExtractorError          an extractor failed (the pipeline keeps the article: see pipeline.Degraded)

Messy real-world input is not an exception at the library's edge: ``load_articles``
yields a :class:`Skipped` record with the reason, and the run goes on.
"""

from __future__ import annotations


class TallyError(Exception):
    """Base class for errors that tally raises on purpose."""

    status = 500


class InputError(TallyError):
    """An input cannot be read, decoded or parsed, or is empty."""

    status = 400


class ConfigError(TallyError):
    """A setting, model package or data file that tally needs is missing or wrong."""

    status = 500


class StoreError(TallyError):
    """The database cannot be opened, migrated or written."""

    status = 500


class LinkError(TallyError):
    """The process that links the stored articles apart failed or was killed (the steps it
    committed are kept; the next link goes on from there)."""

    status = 500


class ExtractorError(TallyError):
    """An extractor raised on an article."""

    status = 500
