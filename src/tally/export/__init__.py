"""Exports of a stored corpus: one table of formats, filled through :func:`register`.

===========  ==================================================================
format       what is written
===========  ==================================================================
``json``     ``tally/1`` JSON lines, one article per line (:mod:`.jsonl`)
``csv``      one flat CSV of figures and events, a ``kind`` column tells which
             (:mod:`.csv`); with ``-o DIR/`` one file per table instead
``acled``    ACLED-style CSV, one row per event cluster (:mod:`.acled`)
``geojson``  FeatureCollection of events and places with coordinates (:mod:`.geojson`)
``parquet``  the flat figures-and-events table of ``csv`` as Parquet (:mod:`.parquet`)
``claims``   the SPEC's corpus-level claim objects, as JSON lines (:mod:`.claims`)
``corrections`` a reviewer's decisions (``tally serve``), as JSON lines (:mod:`.corrections`)
===========  ==================================================================

The built-in formats register through the same call a plugin uses (the
Datasette way: the core is its own first plugin)::

    import tally.export

    def write_toy(reader, out):            # reader: tally.reader.CorpusReader
        n = 0
        for claim in reader.claims():
            out.write(f"{claim.id} {claim.status}\\n")
            n += 1
        return n                           # the number of records written

    tally.export.register("toy", write_toy, help="one line per claim")

after which ``tally export --format toy`` works. A package can also name, in
the ``tally.exporters`` entry point group, a module with a
``register_formats()`` function or a function of no arguments that makes
such calls; they are loaded the first time the formats are listed. Each
built-in module has its ``register_formats()`` too, called in the order of
:data:`BUILTIN_MODULES`.

A writer gets a :class:`~tally.reader.CorpusReader`, never the store: with
``redact_private`` the reader hands out records with private people's names
already masked (:mod:`tally.redaction`), so a format cannot leak a name by
forgetting a field. Exporting does not link: bring the links up to date first
(``corpus.link()``; the ``tally export`` command does).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from tally.export._paths import resolve_output

if TYPE_CHECKING:
    from tally.corpus import Corpus
    from tally.reader import CorpusReader

LOGGER = logging.getLogger(__name__)

#: entry point group of export plugins
ENTRY_POINT_GROUP = "tally.exporters"

#: ``writer(reader, out)``: *out* is a text stream, or a :class:`~pathlib.Path` for a binary
#: format or a directory; returns the number of records written
Writer = Callable[["CorpusReader", Any], int]


@dataclass(frozen=True)
class ExportFormat:
    """One registered format.

    :param binary: the writer gets a file path (``-o`` is required), never stdout.
    :param directory: writes one file per table when ``-o`` ends with ``/``.
    """

    name: str
    writer: Writer
    help: str = ""
    binary: bool = False
    directory: Writer | None = None


#: modules of the built-in formats, registered first and in this order (that of ``--help``)
BUILTIN_MODULES = ("jsonl", "csv", "acled", "geojson", "parquet", "claims", "corrections")

_FORMATS: dict[str, ExportFormat] = {}
_loaded: set[str] = set()


def register(
    name: str,
    writer: Writer,
    *,
    help: str = "",
    binary: bool = False,
    directory: Writer | None = None,
    replace: bool = False,
) -> ExportFormat:
    """Make *name* a format of :func:`export` and ``tally export --format``.

    :param writer: ``writer(reader, out) -> int`` (see :data:`Writer`).
    :param binary: *writer* gets a file path, and stdout is refused.
    :param directory: ``directory(reader, path) -> int`` for ``-o DIR/``.
    :param replace: replace a format of that name; without it, a second writer
        for a taken name is a ``ValueError`` (two plugins must not fight silently).
    """
    _load_builtins()
    if not name or not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"export format names are words: {name!r}")
    spec = ExportFormat(name, writer, help, binary, directory)
    known = _FORMATS.get(name)
    if known is not None and known.writer is not writer and not replace:
        raise ValueError(f"export format {name!r} is already registered (pass replace=True)")
    _FORMATS[name] = spec
    return spec


def unregister(name: str) -> None:
    """Forget the format *name* (a test's clean-up); unknown names are ignored."""
    _FORMATS.pop(name, None)


def _load(plugin: Any) -> None:
    """Run a plugin's registrations: a module's ``register_formats()``, or a function itself."""
    hook = getattr(plugin, "register_formats", plugin)
    if callable(hook):
        hook()


def _load_builtins() -> None:
    """Register the built-in formats once, in :data:`BUILTIN_MODULES` order, as plugins are."""
    if "builtins" in _loaded:
        return
    _loaded.add("builtins")
    for module in BUILTIN_MODULES:
        _load(import_module(f"tally.export.{module}"))


def _load_entry_points() -> None:
    """Load the ``tally.exporters`` entry points once (a module or a function, see above)."""
    if "entry_points" in _loaded:
        return
    _loaded.add("entry_points")
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            _load(point.load())
        except Exception:  # a broken plugin must not take the built-in formats down with it
            LOGGER.exception("export plugin %s failed to load", point.name)


def formats() -> dict[str, ExportFormat]:
    """Every registered format by name: the built-ins first, then plugins in registration order."""
    _load_builtins()
    _load_entry_points()
    return dict(_FORMATS)


def format_names() -> tuple[str, ...]:
    return tuple(formats())


def export(
    corpus: Corpus, fmt: str, output: str | Path | None = None, *, redact_private: bool = False
) -> int:
    """Write *corpus* in *fmt* to *output* (stdout when None); return the number of records written.

    The links are read as they are: call ``corpus.link()`` first when articles were added.

    :param redact_private: mask private people's names (see :mod:`tally.redaction`).
    """
    spec = formats().get(fmt)
    if spec is None:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(format_names())}")
    reader = corpus.reader(redact=redact_private)
    if spec.directory is not None and output is not None and str(output).endswith(("/", "\\")):
        return spec.directory(reader, resolve_output(output, directory=True))
    if spec.binary:
        if output is None:
            raise ValueError(f"--format {fmt} writes binary data: give a file with -o")
        return spec.writer(reader, resolve_output(output))
    path = resolve_output(output) if output is not None else None
    stream: IO[str] = open(path, "w", encoding="utf-8", newline="") if path else sys.stdout  # noqa: SIM115
    try:
        return spec.writer(reader, stream)
    finally:
        if path:
            stream.close()


__all__ = [
    "ENTRY_POINT_GROUP",
    "ExportFormat",
    "Writer",
    "export",
    "format_names",
    "formats",
    "register",
    "resolve_output",
    "unregister",
]
