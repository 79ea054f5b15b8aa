"""``tally analyze``: read inputs, analyse and store them, link the corpus, print a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click
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
from tally.cli.options import command, console, db_option, json_file_option, out, safe
from tally.records import RECORD_KINDS
from tally.settings import DEFAULT_MODEL, Settings

#: exit code of a run that finished but skipped some inputs
EXIT_SKIPPED = 3


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
    # the database goes on a line of its own: a table wraps its title to the table's width
    out.print(f"tally analyze → {safe(db)}")
    table = Table(show_header=True)
    table.add_column("", style="bold")
    table.add_column("this run", justify="right")
    table.add_column("in database", justify="right")
    table.add_row("articles read", str(report.read), "")
    table.add_row("articles stored", str(report.stored), str(counts.get("articles", 0)))
    table.add_row("already stored", str(report.unchanged), "")
    table.add_row("inputs skipped", str(len(report.skipped)), "")
    table.add_row("inputs stored with a change", str(len(report.changed)), "")
    table.add_row("extractors degraded", str(len(report.degraded)), "")
    for kind in ("removed", "embedded", *RECORD_KINDS):
        table.add_row(kind, str(report.records.get(kind, 0)), str(counts.get(kind, 0)))
    table.caption = f"{report.seconds:.1f} s"
    out.print(table)
    for line in report.not_analysed_lines():
        out.print(line, markup=False, highlight=False)
    if report.skipped:
        skipped = Table(title="skipped inputs", show_header=True)
        skipped.add_column("input", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for item in report.skipped:
            skipped.add_row(safe(item.path), safe(item.reason))
        out.print(skipped)
    if report.changed:
        changed = Table(title="inputs stored with a change", show_header=True)
        changed.add_column("input", overflow="fold")
        changed.add_column("what was changed", overflow="fold")
        for item in report.changed:
            changed.add_row(safe(item.path), safe(item.reason))
        out.print(changed)
    if report.degraded:
        degraded = Table(
            title="degraded articles (stored without these extractors' records)", show_header=True
        )
        degraded.add_column("input", overflow="fold")
        degraded.add_column("extractor")
        degraded.add_column("reason", overflow="fold")
        for lost in report.degraded:
            degraded.add_row(safe(lost.path), lost.extractor, safe(lost.reason))
        out.print(degraded)


def _open_outputs(db_path: str, json_path: str | None) -> TextIO | None:
    """Create the folders of a SQLite ``--db`` and of ``--json``; open ``--json``.

    A path that cannot be made is a one-line error naming it, not a traceback.
    """
    for option, given in (("--db", db_path if "://" not in db_path else None), ("--json", json_path)):
        if given is None:
            continue
        target = Path(given).expanduser()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if option == "--json":
                return open(target, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as err:
            raise click.ClickException(f"cannot write {option} {given}: {err.strerror or err}") from err
    return None


@command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@json_file_option
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="spaCy model (en_core_web_md for more accuracy).",
)
@click.option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).")
@click.option(
    "--only",
    multiple=True,
    help="Run only these extractors and what they require, e.g. --only quotes (an unknown name is refused).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=Settings.batch_size,
    show_default=True,
    help="Articles per nlp.pipe batch.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Analyse inputs stored before again and replace their articles (after --only, or a new model).",
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Analyse on a local Dask cluster of N worker processes (pip install 'tally-news[dask]').",
)
@click.option(
    "--scheduler",
    metavar="URL",
    help="Analyse on a running Dask cluster, e.g. tcp://host:8786 (the database stays here).",
)
def analyze_(
    inputs: tuple[str, ...],
    db_path: str,
    json_path: str | None,
    model: str,
    published: str | None,
    only: tuple[str, ...],
    batch_size: int,
    processes: int,
    scheduler: str | None,
    force: bool,
) -> None:
    """Analyse INPUTS (files, directories, - for stdin) and store the records.

    Exits 0 when every input was analysed (inputs stored with a change, such
    as a guessed encoding, are listed), 3 when some were skipped, an extractor
    failed on an article (each listed with the reason; the article is stored
    without that extractor's records) or are in a language tally has no
    pipeline for (stored with their language, no records: "not analysed:
    language fa (3 articles)"), 1 on an error that stopped the run. An input
    stored before is not analysed again unless --force is given.

    \b
        tally analyze articles/ --db news.db --json news.jsonl
        tally analyze news.jsonl --processes 2
        tally analyze news.jsonl --scheduler tcp://10.0.0.5:8786
    """
    from tally.ingest.metadata import valid_iso_date
    from tally.parallel import dask_client
    from tally.resources.gazetteer import gazetteer_cached, load_gazetteer

    if published and valid_iso_date(published) != published:
        raise click.BadParameter(
            "use YYYY-MM-DD (or YYYY-MM, YYYY when only that is known)", param_hint="--published"
        )
    settings = Settings(model=model, published=published, batch_size=batch_size)
    total = _count_inputs(inputs)
    if not gazetteer_cached():
        console.print("Building the place index from GeoNames (first run only, about 30 s)…")
        load_gazetteer()
    json_file = _open_outputs(db_path, json_path)
    try:
        with (
            dask_client(processes=processes, scheduler=scheduler) as client,
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
                force=force,
                progress=lambda path: bar.update(task, advance=1, description=safe(Path(path).name[:40])),
                client=client,
            )
            links = corpus.link()
            counts = corpus.counts()
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    finally:
        if json_file:
            json_file.close()
    print_summary(report, counts, db_path)
    if only and report.stored:
        out.print(
            f"only {', '.join(only)} (and what they require) ran: the articles stored hold no other "
            "records, and later runs skip them; rerun with --force to analyse them fully"
        )
    out.print(
        f"linked: {links.corpus_entities} corpus entities, {links.claims} claims, "
        f"{links.event_clusters} event clusters — `tally report --db {safe(db_path)}` to read them"
    )
    if not report.ok:
        sys.exit(EXIT_SKIPPED)
