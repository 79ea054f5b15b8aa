"""``tally report`` and ``tally export``: corpus-level commands (parse, call, print).

The lead registers them in :mod:`tally.cli`::

    from tally.cli_corpus import export_command, report_command
    cli.add_command(report_command, name="report")
    cli.add_command(export_command, name="export")
"""

from __future__ import annotations

import sys

import click

import tally
from tally.export import FORMATS as EXPORT_FORMATS
from tally.report import FORMATS as REPORT_FORMATS


def _db_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--db",
        "db_path",
        default="tally.db",
        show_default=True,
        help="SQLite file, or a SQLAlchemy URL such as postgresql://…",
    )(func)


@click.command(name="report")
@_db_option
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="md", show_default=True)
@click.option("--top", default=15, show_default=True, help="Claims shown in full.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (stdout when absent).")
def report_command(db_path: str, fmt: str, top: int, output: str | None) -> None:
    """Summarise the corpus: claims (conflicts first), timeline, places, officials' quotes.

    \b
        tally report --db news.db
        tally report --format html -o report.html
    """
    from tally.export import resolve_output
    from tally.report import render_report

    try:
        with tally.Corpus(db_path) as corpus:
            text = render_report(corpus.store, fmt, top=top)
        if output:
            resolve_output(output).write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err


@click.command(name="export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True)
@click.option(
    "--redact-private",
    is_flag=True,
    help="Mask the names of people who are neither officials nor organisations.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="File to write (stdout when absent; required for parquet). For csv, DIR/ writes one file per table.",
)
def export_command(db_path: str, fmt: str, redact_private: bool, output: str | None) -> None:
    """Export the corpus: tally/1 JSON lines, CSV, ACLED CSV, GeoJSON, Parquet or claims.

    \b
        tally export --format acled -o events.csv
        tally export --format claims --redact-private > claims.jsonl
    """
    from tally.export import export

    try:
        with tally.Corpus(db_path) as corpus:
            count = export(corpus.store, fmt, output, redact_private=redact_private)
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    if output:
        click.echo(f"wrote {count} {fmt} records to {output}", err=True)
    else:
        sys.stdout.flush()
