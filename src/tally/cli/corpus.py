"""``tally report`` and ``tally export``: corpus-level commands (link, read, print).

Both bring the links up to date first (``corpus.link()``, incremental: nothing
is redone when no article was added), then read: the library's
``render_report`` and ``export`` never link by themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

import tally
from tally.cli.options import command, db_option, existing_db
from tally.report import FORMATS as REPORT_FORMATS


class RegisteredChoice(click.Choice):
    """A ``click.Choice`` whose choices are read when used, not when the command is defined.

    ``--format`` of ``tally export`` accepts every format registered before the
    command runs, also those a plugin registers after :mod:`tally.cli` was imported.
    """

    def __init__(self, names: Callable[[], Sequence[str]]) -> None:
        self._names = names
        super().__init__((), case_sensitive=True)

    @property  # type: ignore[override]
    def choices(self) -> Sequence[Any]:
        return tuple(self._names())

    @choices.setter
    def choices(self, _value: Sequence[Any]) -> None:
        """click's ``__init__`` sets the choices; they are the registry's, so this is ignored."""


def _export_format_names() -> Sequence[str]:
    from tally.export import format_names

    return format_names()


@command("report")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default=None,
    help="md, html or json [default: the output file's suffix (.html, .htm, .json), else md].",
)
@click.option("--top", default=15, show_default=True, help="Claims shown in full.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (stdout when absent).")
@click.option(
    "--link-base",
    metavar="URL",
    help="HTML: cite the article pages of `tally serve` at this http(s) URL instead of the source URLs.",
)
def report_command(
    db_path: str, fmt: str | None, top: int, output: str | None, link_base: str | None
) -> None:
    """Summarise the corpus: claims (conflicts first), timeline, places, officials' quotes.

    \b
        tally report --db news.db
        tally report --format html -o report.html
        tally report --format html --link-base http://127.0.0.1:8765 -o report.html
    """
    from tally.export import resolve_output
    from tally.report import render_report

    existing_db(db_path)
    fmt = fmt or _report_format_of(output)
    try:
        with tally.Corpus(db_path) as corpus:
            corpus.link()
            text = render_report(corpus, fmt, top=top, link_base=link_base)
        if output:
            resolve_output(output).write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    except ValueError as err:
        raise click.UsageError(str(err)) from err


#: The report format an output file's suffix names when --format is not given.
_REPORT_SUFFIXES = {".html": "html", ".htm": "html", ".json": "json"}


def _report_format_of(output: str | None) -> str:
    """The format *output*'s suffix names ("report.html" is HTML), else Markdown: "-o report.html"
    without --format had written Markdown, which a browser shows as one unstyled paragraph."""
    suffix = Path(output).suffix.lower() if output else ""
    return _REPORT_SUFFIXES.get(suffix, "md")


@command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=RegisteredChoice(_export_format_names),
    default="json",
    show_default=True,
    help="A registered format: the built-ins, and any a plugin registers.",
)
@click.option(
    "--redact-private",
    is_flag=True,
    help="Mask the names of people who are neither officials nor organisations.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="File to write (stdout when absent; required for parquet). For csv and parquet, DIR/ writes one file per table.",
)
def export_command(db_path: str, fmt: str, redact_private: bool, output: str | None) -> None:
    """Export the corpus: tally/1 JSON lines, CSV, ACLED CSV, GeoJSON, Parquet or claims.

    \b
        tally export --format acled -o events.csv
        tally export --format claims --redact-private > claims.jsonl
    """
    from tally.export import export

    existing_db(db_path)
    try:
        with tally.Corpus(db_path) as corpus:
            corpus.link()
            count = export(corpus, fmt, output, redact_private=redact_private)
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    if output:
        click.echo(f"wrote {count} {fmt} records to {output}", err=True)
    else:
        sys.stdout.flush()
