"""``tally eval``, ``tally bench`` and ``tally eval-baseline``: parse, call the library, print."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from tally.cli.options import command, json_option, out, safe
from tally.cli.options import console as err
from tally.errors import ConfigError, TallyError


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


#: Extra keys shown in the table's last column, in this order when present.
_SHOWN_EXTRAS = (
    "exact_f1",
    "accuracy",
    "macro_f1",
    "mean_km",
    "median_km",
    "unresolved",
    "matched",
    "events_split",
    "rows_merging",
    "abs_error",
)


def eval_table(result: dict[str, Any]) -> Table:
    """The per-task table of one ``tally eval`` run."""
    table = Table(title=safe(f"{result['set']} ({result['split']}, {result['items']} items)"))
    for column in ("task", "P", "R", "F1", "tp", "pred", "gold", "also"):
        table.add_column(column, justify="left" if column in ("task", "also") else "right")
    for task, scores in result["tasks"].items():
        also = ", ".join(f"{k} {_fmt(scores[k])}" for k in _SHOWN_EXTRAS if k in scores)
        table.add_row(
            task,
            _fmt(scores["p"]),
            _fmt(scores["r"]),
            _fmt(scores["f1"]),
            str(scores["tp"]),
            str(scores["pred"]),
            str(scores["gold"]),
            also,
        )
    return table


def _print_errors(errors: list[dict[str, Any]]) -> None:
    for entry in errors:
        out.print(f"[bold]{safe(entry['id'])}[/bold] ({safe(entry['task'])})")
        for label, style in (("missed", "yellow"), ("invented", "red"), ("wrong", "magenta")):
            for record in entry[label]:
                text = record.get("text", "")
                rest = {k: v for k, v in record.items() if k not in ("start", "end", "text")}
                where = f"[{record['start']}:{record['end']}] " if "start" in record else ""
                out.print(
                    f"  [{style}]{label:8}[/{style}] {safe(where)}{safe(repr(text))} {safe(rest or '')}",
                    markup=True,
                    highlight=False,
                )


@command("eval")
@click.argument("set_name", metavar="SET")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding the gold sets (default ../shared/eval or $TALLY_EVAL_ROOT).",
)
@click.option(
    "--split", default=None, help="Gold split file to score (default dev; tune for reports and clusters)."
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N items.")
@click.option(
    "--folds",
    type=click.IntRange(min=2),
    default=None,
    help="plover only: K-fold cross-validation (per-fold and mean scores next to the dev number).",
)
@json_option("Print the scores as JSON.")
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List what was missed, invented or wrong in each item.",
)
def eval_command(
    set_name: str,
    root: Path | None,
    split: str,
    limit: int | None,
    folds: int | None,
    as_json: bool,
    show_errors: bool,
) -> None:
    """Score tally against the gold SET and print precision, recall and F1 per task

    \b
        tally eval polnear --limit 20
        tally eval lgl --json
        tally eval tempeval3 --errors
        tally eval plover --folds 5
    """
    from tally.evaluate import evaluate

    if folds is not None:
        _eval_folds(set_name, root, split, folds, as_json)
        return
    try:
        result = evaluate(set_name, root=root, split=split, limit=limit)
    except TallyError as ex:
        raise click.ClickException(str(ex)) from ex
    data = result.to_dict(errors=show_errors)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    out.print(eval_table(data))
    if result.skipped:
        err.print(f"{len(result.skipped)} items skipped by tally (scored as all missed)")
    if show_errors:
        _print_errors(result.errors)


def _eval_folds(set_name: str, root: Path | None, split: str | None, folds: int, as_json: bool) -> None:
    """``tally eval plover --folds K``: the cross-validation table (:mod:`tally.evaluate.folds`)."""
    from tally.evaluate.folds import FOLD_SCORES, cross_validate

    if set_name != "plover":
        raise click.ClickException(f"--folds applies to the plover set only, not {set_name!r}")
    try:
        report = cross_validate(folds=folds, root=root, split=split or "dev")
    except TallyError as ex:
        raise click.ClickException(str(ex)) from ex
    data = report.to_dict()
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    table = Table(title=f"plover, {folds}-fold cross-validation ({report.items} items): plain / held-out")
    table.add_column("fold")
    table.add_column("items", justify="right")
    for label, _, _ in FOLD_SCORES:
        table.add_column(label, justify="right")

    def row(name: str, n: int, plain: dict[str, float], held: dict[str, float] | None) -> None:
        cells = [
            _fmt(plain[label]) + ("" if held is None else f" / {_fmt(held[label])}")
            for label, _, _ in FOLD_SCORES
        ]
        table.add_row(name, str(n), *cells)

    for entry in data["per_fold"]:
        row(str(entry["fold"]), entry["items"], entry["plain"], entry["held_out"])
    row("mean", report.items, report.plain_mean, report.held_out_mean)
    row("dev", report.items, report.dev, None)
    out.print(table)


def bench_table(data: dict[str, Any]) -> Table:
    """Throughput, memory and the stage breakdown of one ``tally bench`` run."""
    table = Table(
        title=f"tally bench: {data['articles']} articles, {data['words']:,} words, "
        "1 process" + (f" and {data['processes']} Dask workers" if data.get("dask") else "")
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("articles/s", f"{data['articles_per_s']:.2f}")
    table.add_row("words/s (tally)", f"{data['words_per_s']:,.0f}")
    table.add_row("words/s (spaCy nlp.pipe)", f"{data['spacy_words_per_s']:,.0f}")
    table.add_row("ratio to spaCy", f"{data['ratio_to_spacy']:.2f}")
    table.add_row("peak RSS", f"{data['peak_rss_mb']:,.0f} MB")
    table.add_row("cold start (model, gazetteer)", f"{data['cold_start_s']:.1f} s")
    if data.get("dask"):
        dask = data["dask"]
        table.add_row(f"Dask, {dask['workers']} workers: articles/s", f"{dask['articles_per_s']:.2f}")
        table.add_row("  speed-up over 1 fresh process", f"{dask['speedup']:.2f}×")
        table.add_row("  1 fresh process: seconds", f"{dask['one_process_seconds']:.1f} s")
        table.add_row(f"  {dask['workers']} workers: seconds", f"{dask['seconds']:.1f} s")
        table.add_row("  peak RSS per worker", f"{dask['peak_rss_mb_per_worker']:,.0f} MB")
    total = sum(data["stages"].values()) or 1.0
    for stage, seconds in sorted(data["stages"].items(), key=lambda kv: -kv[1]):
        table.add_row(f"  stage {stage}", f"{seconds:.2f} s  {100 * seconds / total:4.1f} %")
    return table


@command("bench")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--n",
    "n",
    type=click.IntRange(min=1),
    default=None,
    help="Number of articles (default 200 gold articles).",
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Also run on a local Dask cluster of this many workers and report the speed-up (tally-news[dask]).",
)
@json_option("Print the measures as JSON.")
def bench_command(path: Path | None, n: int | None, processes: int, as_json: bool) -> None:
    """Measure articles/s, words/s, each stage's time and peak memory, against bare spaCy

    \b
        tally bench                 # 200 articles of the gold sets
        tally bench articles/ --n 50 --processes 2 --json
    """
    from tally.bench import run_bench

    try:
        result = run_bench([path] if path else None, n=n, processes=processes)
    except TallyError as ex:
        raise click.ClickException(str(ex)) from ex
    data = result.to_dict()
    if as_json:
        click.echo(json.dumps(data, indent=2))
    else:
        out.print(bench_table(data))


@command("eval-baseline")
@click.option("--update", is_flag=True, help="Re-measure the gate slices and write the floors.")
@click.option("--allow-regression", is_flag=True, help="With --update: accept lower floors.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding the gold sets.",
)
@click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Baseline file (default eval/baseline.json of the repository).",
)
def eval_baseline_command(update: bool, allow_regression: bool, root: Path | None, path: Path | None) -> None:
    """Check the accuracy gate against eval/baseline.json, or re-measure it with --update

    Exits 1 when a gated score fell below its floor, 2 on a missing set or baseline
    or a refused regression.

    \b
        tally eval-baseline
        tally eval-baseline --update
    """
    from tally.evaluate.baseline import DEFAULT_PATH, check_baseline, update_baseline

    target = path or DEFAULT_PATH
    try:
        if update:
            update_baseline(root=root, path=target, allow_regression=allow_regression)
            click.echo(f"wrote {target}")
            return
        failures = check_baseline(root=root, path=target)
    except ConfigError as ex:
        click.echo(f"error: {ex}", err=True)
        raise SystemExit(2) from ex
    for failure in failures:
        click.echo(f"FAIL {failure}", err=True)
    if failures:
        raise SystemExit(1)
    click.echo("eval gate: every gated score is within tolerance of its floor")
