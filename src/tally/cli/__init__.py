"""The ``tally`` command: a thin layer over the library (parse, call, print).

One module per command group, the shared options in :mod:`.options`:

- :mod:`.analyze`: ``tally analyze``
- :mod:`.show`: ``tally show``, ``tally schema``
- :mod:`.corpus`: ``tally report``, ``tally export`` (they link, then read)
- :mod:`.serve`: ``tally serve``
- :mod:`.measure`: ``tally eval``, ``tally bench``, ``tally eval-baseline``

``python -m tally`` runs the same group.
"""

from __future__ import annotations

import click

import tally
from tally.cli.analyze import EXIT_SKIPPED, analyze_
from tally.cli.corpus import export_command, report_command
from tally.cli.measure import bench_command, eval_baseline_command, eval_command
from tally.cli.options import setup_logging
from tally.cli.serve import serve_command
from tally.cli.show import schema_, show


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(tally.__version__, prog_name="tally")
@click.option(
    "-v", "--verbose", is_flag=True, help="Log progress details to stderr (also after the command)."
)
def cli(verbose: bool) -> None:
    """tally: turn reports about protests and crackdowns into checkable records."""
    setup_logging(verbose)


for _command in (
    analyze_,
    show,
    schema_,
    report_command,
    export_command,
    serve_command,
    eval_command,
    bench_command,
    eval_baseline_command,
):
    cli.add_command(_command)

app = cli

__all__ = ["EXIT_SKIPPED", "app", "cli"]
