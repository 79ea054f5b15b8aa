"""Language data: every word list the extractors decide by, kept as data files.

The lists live in ``tally/lang/<code>/<section>/<name>.txt`` (one entry per
line, ``#`` lines say what the list is for) or ``<name>.json`` (mappings and
ordered lists), one list per file, named by what it means. A section is the
extractor that reads it (``figures``, ``quotes``, ``events``, ``entities``,
``dates``, ``places``, ``framing``); ``common`` holds the lists two extractors
share, so that no list exists twice.

Extractors reach a list through their package's ``words`` module
(``tally.extract.figures.words.VERB_CATEGORY``), which reads it from the
*active* :class:`Lexicon` on first use and then keeps it as a plain module
attribute (no cost on hot paths). The pipeline makes the language of
``Settings.lang`` active for the run (:func:`use`), so adding
``tally/lang/xx/`` with the same file names is what a new language needs on
this side. Files are read once per process and language.

Why not Python modules: lists written as code drifted apart (two
``REPORT_NOUNS`` that shared 11 words and differed on 13), hid English inside
algorithms, and could not be swapped per language.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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

    def get(self, section: str, name: str) -> Any:
        """The list *name* (lower case, as its file is named) of *section*, or of ``common``."""
        key = (section, name)
        try:
            return self._lists[key]
        except KeyError:
            pass
        value = self._read(section, name)
        if value is None and section != COMMON:
            value = self.get(COMMON, name)  # one object for every section that shares it
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


_active_code = DEFAULT_LANG

#: Namespaces (module globals, :class:`Section` dicts) holding bound lists, and
#: the names bound in each, so that switching language can unbind them.
_BOUND: list[tuple[dict[str, Any], set[str]]] = []


def active() -> Lexicon:
    """The lexicon of the language in use (English unless :func:`use` says otherwise)."""
    return lexicon(_active_code)


def _unbind_all() -> None:
    for namespace, names in _BOUND:
        for name in names:
            namespace.pop(name, None)
        names.clear()


@contextmanager
def use(code: str) -> Iterator[Lexicon]:
    """Make language *code* the one the extractors read while the block runs.

    Lists are bound as plain attributes of the ``words`` modules on first use,
    so reading one costs no more than reading a constant; switching to another
    language unbinds them and they are read again, from the new language.
    """
    global _active_code
    previous = _active_code
    target = lexicon(code)
    if code != previous:
        _unbind_all()
        _active_code = code
    try:
        yield target
    finally:
        if _active_code != previous:
            _unbind_all()
            _active_code = previous


def section(name: str, namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that serves the upper-case names of *name*'s lists.

    ``figure_words.VERB_CATEGORY`` reads ``<lang>/figures/verb_category.json``
    of the active language once, then stays bound in *namespace* (the module's
    ``globals()``) until the language changes.
    """
    bound: set[str] = set()
    _BOUND.append((namespace, bound))

    def __getattr__(attr: str) -> Any:
        if not attr.isupper():
            raise AttributeError(attr)
        value = active().get(name, attr.lower())
        namespace[attr] = value
        bound.add(attr)
        return value

    return __getattr__


def bind(namespace: dict[str, Any], attr: str, value: Any) -> Any:
    """Bind a value computed from the active language's lists (``OBJECT_ONLY``) like a list."""
    for space, names in _BOUND:
        if space is namespace:
            names.add(attr)
            break
    else:
        _BOUND.append((namespace, {attr}))
    namespace[attr] = value
    return value


class Section:
    """An object whose upper-case attributes are the lists of one section: ``Section("places").GENERIC_WORDS``.

    For modules that cannot import their package's ``words`` module without an
    import cycle (the gazetteer, which the places package itself imports).
    """

    def __init__(self, name: str) -> None:
        self._get = section(name, self.__dict__)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("_"):
            raise AttributeError(attr)
        return self._get(attr)
