"""The ``tally`` command: a thin layer over the library (parse, call, print)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

import tally
from tally.records import RECORD_KINDS, Article
from tally.settings import DEFAULT_MODEL, Settings

#: exit code of a run that finished but skipped some inputs
EXIT_SKIPPED = 3

console = Console(stderr=True)
out = Console()


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=console, show_time=False, show_path=False)],
        force=True,
    )


def db_option(func: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        default="tally.db",
        show_default=True,
        help="SQLite file, or a SQLAlchemy URL such as postgresql://…",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(tally.__version__, prog_name="tally")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
def cli(verbose: bool) -> None:
    """tally: turn reports about protests and crackdowns into checkable records."""
    _setup_logging(verbose)


def _count_inputs(paths: tuple[str, ...]) -> int | None:
    from tally.ingest.files import SUPPORTED_SUFFIXES

    total = 0
    for given in paths:
        path = Path(given)
        if given == "-" or path.suffix.lower() in {".jsonl", ".ndjson"}:
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
            if any(p.suffix.lower() in {".jsonl", ".ndjson"} for p in path.rglob("*")):
                return None
        else:
            total += 1
    return total


def print_summary(report: tally.RunReport, counts: dict[str, int], db: str) -> None:
    table = Table(title=f"tally analyze → {db}", show_header=True)
    table.add_column("", style="bold")
    table.add_column("this run", justify="right")
    table.add_column("in database", justify="right")
    table.add_row("articles read", str(report.read), "")
    table.add_row("articles stored", str(report.stored), str(counts.get("articles", 0)))
    table.add_row("already stored", str(report.unchanged), "")
    table.add_row("inputs skipped", str(len(report.skipped)), "")
    for kind in ("removed", "embedded", *RECORD_KINDS):
        table.add_row(kind, str(report.records.get(kind, 0)), str(counts.get(kind, 0)))
    table.caption = f"{report.seconds:.1f} s"
    out.print(table)
    if report.skipped:
        skipped = Table(title="skipped inputs", show_header=True)
        skipped.add_column("input", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for item in report.skipped:
            skipped.add_row(item.path, item.reason)
        out.print(skipped)


@cli.command(name="analyze")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--json", "json_path", type=click.Path(dir_okay=False), help="Also write tally/1 JSON lines here."
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="spaCy model (en_core_web_md for more accuracy).",
)
@click.option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).")
@click.option("--only", multiple=True, help="Run only these extractors, e.g. --only quotes.")
@click.option(
    "--batch-size", default=Settings.batch_size, show_default=True, help="Articles per nlp.pipe batch."
)
def analyze_(
    inputs: tuple[str, ...],
    db_path: str,
    json_path: str | None,
    model: str,
    published: str | None,
    only: tuple[str, ...],
    batch_size: int,
) -> None:
    """Analyse INPUTS (files, directories, - for stdin) and store the records.

    Exits 0 when every input was analysed, 3 when some were skipped (listed
    with the reason), 1 on an error that stopped the run.

    \b
        tally analyze articles/ --db news.db --json news.jsonl
    """
    from tally.ingest.metadata import valid_iso_date

    if published and valid_iso_date(published) != published:
        raise click.BadParameter("use YYYY-MM-DD", param_hint="--published")
    settings = Settings(model=model, published=published, batch_size=batch_size)
    total = _count_inputs(inputs)
    json_file = open(json_path, "w", encoding="utf-8") if json_path else None  # noqa: SIM115
    try:
        with (
            tally.Corpus(db_path, settings=settings) as corpus,
            Progress(
                SpinnerColumn(),
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
                disable=not console.is_terminal,
            ) as bar,
        ):
            task = bar.add_task("analysing", total=total)
            report = corpus.add_files(
                inputs,
                only=only or None,
                json_out=json_file,
                progress=lambda path: bar.update(task, advance=1, description=Path(path).name[:40]),
            )
            links = corpus.link()
            counts = corpus.counts()
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    finally:
        if json_file:
            json_file.close()
    print_summary(report, counts, db_path)
    out.print(
        f"linked: {links.corpus_entities} corpus entities, {links.claims} claims, "
        f"{links.event_clusters} event clusters — `tally report --db {db_path}` to read them"
    )
    if not report.ok:
        sys.exit(EXIT_SKIPPED)


def _records_table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> Table:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[("" if row.get(c) is None else str(row.get(c))) for c in columns])
    return table


def _short(text: str, limit: int = 90) -> str:
    """One line of at most *limit* characters, for tables."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _entity_names(article: Article) -> dict[str, str]:
    return {e.id: e.name for e in article.entities}


@cli.command(name="show")
@click.argument("article_id")
@db_option
@click.option("--quotes", "kinds", flag_value="quotes", multiple=True, help="Show the quotes.")
@click.option("--figures", "kinds", flag_value="figures", multiple=True, help="Show the figures.")
@click.option("--entities", "kinds", flag_value="entities", multiple=True, help="Show the entities.")
@click.option("--json", "as_json", is_flag=True, help="Print the article's tally/1 JSON.")
def show(article_id: str, db_path: str, kinds: tuple[str, ...], as_json: bool) -> None:
    """Show one stored article (an id or a unique id prefix) and its records.

    \b
        tally show 3fa2 --quotes
    """
    try:
        with tally.Corpus(db_path) as corpus:
            article = corpus.get(article_id)
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    if article is None:
        raise click.ClickException(f"no article with id {article_id!r} in {db_path}")
    if as_json:
        click.echo(json.dumps(article.to_json_dict(), ensure_ascii=False, indent=2))
        return
    src = article.source
    out.print(f"[bold]{src.title or '(no title)'}[/bold]  {article.id[:12]}")
    out.print(f"{src.path or ''}  published {src.published or 'unknown'} ({src.published_from})")
    out.print(", ".join(f"{kind}: {len(getattr(article, kind))}" for kind in RECORD_KINDS))
    names = _entity_names(article)
    for kind in kinds or ("entities",):
        if kind == "quotes":
            rows = [
                {
                    **q.model_dump(),
                    "speaker": q.speaker_name or names.get(q.speaker or "", ""),
                    "via": names.get(q.via or "", ""),
                    "text": _short(q.text),
                }
                for q in article.quotes
            ]
            out.print(_records_table("quotes", rows, ["id", "kind", "speaker", "cue", "via", "date", "text"]))
        elif kind == "figures":
            rows = [
                {
                    **f.model_dump(),
                    "text": article.text[f.start : f.end],
                    "asserted_by": ", ".join(names.get(e, e) for e in f.asserted_by),
                    "confirmed_by": ", ".join(names.get(e, e) for e in f.confirmed_by),
                    "disputed_by": ", ".join(names.get(e, e) for e in f.disputed_by),
                }
                for f in article.figures
            ]
            out.print(
                _records_table(
                    "figures",
                    rows,
                    [
                        "id",
                        "value",
                        "qualifier",
                        "category",
                        "subject",
                        "text",
                        "asserted_by",
                        "confirmed_by",
                        "disputed_by",
                        "date",
                        "place",
                    ],
                )
            )
        else:
            rows = [
                {
                    **e.model_dump(),
                    "aliases": ", ".join(e.aliases),
                    "roles": ", ".join(e.roles),
                    "mentions": len(e.mentions),
                }
                for e in article.entities
            ]
            out.print(
                _records_table("entities", rows, ["id", "type", "name", "aliases", "roles", "mentions"])
            )


@cli.command(name="schema")
def schema_() -> None:
    """Print the JSON Schema of the tally/1 article record.

    \b
        tally schema > tally-1.schema.json
    """
    click.echo(json.dumps(tally.Article.model_json_schema(by_alias=True), indent=2))


def _register_commands() -> None:
    """Commands that live in their own modules: measurement and corpus output."""
    from tally.cli_corpus import export_command, report_command
    from tally.cli_measure import bench_command, eval_baseline_command, eval_command

    cli.add_command(report_command, name="report")
    cli.add_command(export_command, name="export")
    cli.add_command(eval_command, name="eval")
    cli.add_command(bench_command, name="bench")
    cli.add_command(eval_baseline_command, name="eval-baseline")


_register_commands()

app = cli

if __name__ == "__main__":  # pragma: no cover
    cli()
