"""Cells of the spreadsheet-bound exports (CSV, ACLED CSV): text never runs as a formula.

Article text is hostile: an outlet named ``=HYPERLINK("http://evil.example",…)``
or a sentence starting with ``+`` or ``@`` is a formula to Excel, LibreOffice
and Google Sheets. OWASP's rule (CSV injection) is applied to every text cell:
one that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(or their full-width forms) gets a leading ``'``, which spreadsheets show as
text. A number stays a number: numeric values, and text that is a plain number
(``-12.5``), are written as they are.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

#: first characters that make a spreadsheet read a cell as a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(value: Any) -> Any:
    """*value* safe for a spreadsheet cell (see the module docstring)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_rows(rows: Iterable[Mapping[str, Any]]) -> Iterable[dict[str, Any]]:
    """Every cell of *rows* through :func:`spreadsheet_cell`."""
    for row in rows:
        yield {key: spreadsheet_cell(value) for key, value in row.items()}


def write_rows(out: TextIO, columns: list[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """A header and *rows* as CSV, every cell neutralised (the one writer of spreadsheet exports)."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(spreadsheet_rows(rows))
