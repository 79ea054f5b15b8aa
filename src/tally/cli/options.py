"""Options every command group shares, and the consoles the commands print to.

``-v/--verbose`` is accepted before the command (``tally -v analyze …``) and
after it (``tally analyze … -v``): the group and each command take the same
option, and either turns on INFO logging.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console, ConsoleDimensions
from rich.logging import RichHandler
from rich.markup import escape

F = TypeVar("F", bound=Callable[..., Any])

#: Width of a console that is not a terminal (a pipe, a file, a log): wide
#: enough that no line of a summary or a table is ever wrapped or cut, so the
#: output can be grepped line by line.
PLAIN_WIDTH = 100_000


class PlainWhenPiped(Console):
    """A rich console that wraps at the terminal's width, and not at all when it writes
    to something else (rich would wrap at 80 columns there). Colours are rich's
    own rule: none unless the stream is a terminal.

    Only a width given here holds on a pipe: rich also takes one from ``COLUMNS``, which
    describes a terminal (pytest-xdist's workers and some CI runners export 80) and would
    wrap piped output again."""

    def __init__(self, *args: Any, width: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, width=width, **kwargs)
        self._width_given = width is not None

    @property
    def size(self) -> ConsoleDimensions:
        if not self._width_given and not self.is_terminal:
            return ConsoleDimensions(PLAIN_WIDTH, 25)
        return super().size

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        self._width, self._height = new_size
        self._width_given = True


#: what the commands print: results to stdout, progress and logs to stderr
out = PlainWhenPiped()
console = PlainWhenPiped(stderr=True)


def safe(text: object) -> str:
    """*text* (from an article, a path, an error) made safe to print as rich markup.

    Square brackets in user text (``[/]``, ``[/bold]``) would otherwise be read
    as markup tags, and a closing tag with nothing open is an error.
    """
    return escape(str(text))


def setup_logging(verbose: bool) -> None:
    """Log to stderr, INFO with *verbose*, else WARNING: through rich on a terminal, else
    as plain ``LEVEL message`` lines (rich pads each log line to the console's width)."""
    if console.is_terminal:
        handler: logging.Handler = RichHandler(console=console, show_time=False, show_path=False)
        handler.setFormatter(logging.Formatter("%(message)s"))
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-8s %(message)s"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler], force=True)


def _verbose_callback(_ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # only ever turns logging up: `tally -v cmd` must not be undone by cmd's own default
    if value:
        setup_logging(True)


def verbose_option(func: F) -> F:
    """``-v/--verbose`` on a command, so that it may follow the command's name."""
    return click.option(
        "-v",
        "--verbose",
        is_flag=True,
        expose_value=False,
        callback=_verbose_callback,
        help="Log progress details to stderr.",
    )(func)


def db_option(func: F) -> F:
    """``--db``: the database a command reads or writes."""
    return click.option(
        "--db",
        "db_path",
        default="tally.db",
        show_default=True,
        help="SQLite file, or a SQLAlchemy URL such as postgresql://…",
    )(func)


def existing_db(db_path: str) -> str:
    """*db_path* when it names a database that exists; a ``click.ClickException`` when not.

    Reading commands (``report``, ``export``, ``show``) must not create an empty
    database from a mistyped ``--db`` and report nothing with exit 0. URLs
    other than SQLite are taken as given (the server says whether they exist).
    """
    from pathlib import Path

    file = db_path
    if "://" in db_path:
        if not db_path.startswith("sqlite:///"):
            return db_path
        file = db_path[len("sqlite:///") :]
        if not file or file == ":memory:":
            return db_path
    if not Path(file).expanduser().is_file():
        raise click.ClickException(f"no database at {db_path} (tally analyze creates one; check --db)")
    return db_path


def json_option(help: str) -> Callable[[F], F]:
    """``--json``: print the result as JSON instead of a table (*help* says what is printed)."""

    def decorate(func: F) -> F:
        return click.option("--json", "as_json", is_flag=True, help=help)(func)

    return decorate


def json_file_option(func: F) -> F:
    """``--json PATH``: also write the articles as ``tally/1`` JSON lines (``tally analyze``)."""
    return click.option(
        "--json",
        "json_path",
        type=click.Path(dir_okay=False),
        help="Also write tally/1 JSON lines here.",
    )(func)


def command(name: str, **kwargs: Any) -> Callable[[F], click.Command]:
    """A tally command: ``click.command`` with the shared ``-v/--verbose``."""

    def decorate(func: F) -> click.Command:
        return click.command(name=name, **kwargs)(verbose_option(func))

    return decorate
