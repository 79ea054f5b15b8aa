"""Exports of a stored corpus, one module per format.

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
===========  ==================================================================

``redact_private`` masks the names of private people (PERSON corpus entities
with no role anywhere in the corpus) with █ of the same length, so offsets stay
valid; officials, organisations and counts are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tally.export._paths import resolve_output
from tally.export._redact import Redactor, build_redactor
from tally.link import update_links
from tally.store import Store

FORMATS = ("json", "csv", "acled", "geojson", "parquet", "claims")

#: formats written as bytes, never to a terminal
BINARY_FORMATS = frozenset({"parquet"})


def export(store: Store, fmt: str, output: str | Path | None = None, *, redact_private: bool = False) -> int:
    """Write the corpus in *fmt* to *output* (stdout when None); return the number of rows written.

    :param redact_private: mask private people's names (see the module docstring).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    update_links(store)
    redactor: Redactor | None = build_redactor(store) if redact_private else None
    if fmt == "csv" and output is not None and str(output).endswith(("/", "\\")):
        from tally.export.csv import write_csv_tables

        return write_csv_tables(store, resolve_output(output, directory=True), redactor=redactor)
    if fmt in BINARY_FORMATS:
        if output is None:
            raise ValueError(f"--format {fmt} writes binary data: give a file with -o")
        from tally.export.parquet import write_parquet

        return write_parquet(store, resolve_output(output), redactor=redactor)
    path = resolve_output(output) if output is not None else None
    stream = open(path, "w", encoding="utf-8", newline="") if path else sys.stdout  # noqa: SIM115
    try:
        if fmt == "json":
            from tally.export.jsonl import write_jsonl

            return write_jsonl(store, stream, redactor=redactor)
        if fmt == "csv":
            from tally.export.csv import write_csv

            return write_csv(store, stream, redactor=redactor)
        if fmt == "acled":
            from tally.export.acled import write_acled

            return write_acled(store, stream, redactor=redactor)
        if fmt == "geojson":
            from tally.export.geojson import write_geojson

            return write_geojson(store, stream, redactor=redactor)
        from tally.export.claims import write_claims

        return write_claims(store, stream, redactor=redactor)
    finally:
        if path:
            stream.close()


__all__ = ["FORMATS", "Redactor", "build_redactor", "export", "resolve_output"]
