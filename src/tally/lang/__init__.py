"""Language data: every word list the extractors decide by, kept as data files.

The lists live in ``tally/lang/<code>/<section>/<name>.txt`` (one entry per
line, ``#`` lines say what the list is for) or ``<name>.json`` (mappings and
ordered lists), one list per file, named by what it means. A section is the
extractor that reads it (``figures``, ``quotes``, ``events``, ``entities``,
``dates``, ``places``, ``framing``); ``common`` holds the lists two extractors
share, so that no list exists twice.

Extractors reach a list through their package's ``words`` module
(``tally.extract.figures.words.VERB_CATEGORY``), which asks the *active*
:class:`Lexicon`. The pipeline makes the language of ``Settings.lang`` active
for the run (:func:`use`), so adding ``tally/lang/xx/`` with the same file
names is what a new language needs on this side. Files are read once per
process and language, on first use.

Why not Python modules: lists written as code drifted apart (two
``REPORT_NOUNS`` that shared 11 words and differed on 13), hid English inside
algorithms, and could not be swapped per language.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from typing import Any

from tally.errors import ConfigError

DEFAULT_LANG = "en"
COMMON = "common"


def languages() -> list[str]:
    """Codes of the languages that have word lists (``["en"]``)."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def _decode(value: Any) -> Any:
    """JSON to the Python shape the extractors use: lists become tuples, ``{"set": […]}`` frozensets."""
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict) and set(value) == {"set"}:
        return frozenset(_decode(v) for v in value["set"])
    return value


class Lexicon:
    """The word lists of one language, read from its folder on first use of each."""

    def __init__(self, code: str) -> None:
        if code not in languages():
            raise ConfigError(f"no word lists for language {code!r}; available: {', '.join(languages())}")
        self.code = code
        self._root = resources.files(__name__).joinpath(code)
        self._lists: dict[tuple[str, str], Any] = {}
        #: Values computed from lists (Sense tables, derived sets), kept per language.
        self.derived: dict[str, Any] = {}

    def get(self, section: str, name: str) -> Any:
        """The list *name* (lower case, as its file is named) of *section*, or of ``common``."""
        key = (section, name)
        try:
            return self._lists[key]
        except KeyError:
            pass
        value = self._read(section, name)
        if value is None and section != COMMON:
            value = self._read(COMMON, name)
        if value is None:
            raise AttributeError(f"language {self.code!r} has no word list {section}/{name}")
        self._lists[key] = value
        return value

    def _read(self, section: str, name: str) -> Any:
        folder = self._root.joinpath(section)
        text_file = folder.joinpath(f"{name}.txt")
        if text_file.is_file():
            lines = text_file.read_text(encoding="utf-8").splitlines()
            return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
        json_file = folder.joinpath(f"{name}.json")
        if json_file.is_file():
            data = json.loads(json_file.read_text(encoding="utf-8"))
            entries = data["entries"]
            if data["kind"] == "mapping":
                return {_decode(k): _decode(v) for k, v in entries}
            if data["kind"] == "set":
                return frozenset(_decode(e) for e in entries)
            return tuple(_decode(e) for e in entries)
        return None


@cache
def lexicon(code: str = DEFAULT_LANG) -> Lexicon:
    """The :class:`Lexicon` of language *code*, one per process."""
    return Lexicon(code)


_ACTIVE: ContextVar[Lexicon | None] = ContextVar("tally_lexicon", default=None)


def active() -> Lexicon:
    """The lexicon of the run in progress (English outside a run)."""
    current = _ACTIVE.get()
    return current if current is not None else lexicon(DEFAULT_LANG)


@contextmanager
def use(code: str) -> Iterator[Lexicon]:
    """Make language *code* active while the block runs."""
    token = _ACTIVE.set(lexicon(code))
    try:
        yield _ACTIVE.get()  # type: ignore[misc]
    finally:
        _ACTIVE.reset(token)


def section(name: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` that serves the upper-case names of *name*'s lists.

    ``figure_words.VERB_CATEGORY`` reads ``<lang>/figures/verb_category.json``
    of the active language.
    """

    def __getattr__(attr: str) -> Any:
        if not attr.isupper():
            raise AttributeError(attr)
        current = _ACTIVE.get() or lexicon(DEFAULT_LANG)
        try:
            return current._lists[(name, attr)]
        except KeyError:
            value = current.get(name, attr.lower())
            current._lists[(name, attr)] = value
            return value

    return __getattr__


class Section:
    """An object whose upper-case attributes are the lists of one section: ``Section("places").GENERIC_WORDS``.

    For modules that cannot import their package's ``words`` module without an
    import cycle (the gazetteer, which the places package itself imports).
    """

    __slots__ = ("_get",)

    def __init__(self, name: str) -> None:
        self._get = section(name)

    def __getattr__(self, attr: str) -> Any:
        return self._get(attr)
