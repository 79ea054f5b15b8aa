"""``tally serve``: the review web page over a database (see :mod:`tally.serve`)."""

from __future__ import annotations

import secrets
from pathlib import Path

import click

from tally.cli.options import command, console, db_option

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@command("serve")
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default)."
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="TALLY_TOKEN",
    help="Allow reviewing (writes) with this token; also TALLY_TOKEN. Without it the page is read-only.",
)
@click.option("--review", is_flag=True, help="Allow reviewing with a random token (printed in the link).")
@click.option("--tiles", help="A map tile URL template ({z}/{x}/{y}); the bundled outlines when absent.")
def serve_command(
    db_path: str, host: str, port: int, token: str | None, review: bool, tiles: str | None
) -> None:
    """Serve the corpus as web pages: overview, articles, claims, entities, map, timeline.

    \b
        tally serve --db tally.db                 # read-only, http://127.0.0.1:8765/
        tally serve --review                      # reviewing allowed; open the printed link
        TALLY_TOKEN=s3cret tally serve --host 0.0.0.0
    """
    import uvicorn

    import tally
    from tally.serve import create_app

    if "://" not in db_path and not Path(db_path).expanduser().is_file():
        raise click.ClickException(f"no database {db_path}: create it with tally analyze (or make demo)")
    if review and not token:
        token = secrets.token_urlsafe(18)
    if host in _LOOPBACK:
        hosts = ["127.0.0.1", "localhost", "[::1]"]
    elif host in ("0.0.0.0", "::"):
        hosts = ["*"]
    else:
        hosts = [host, "127.0.0.1", "localhost"]
    try:
        app = create_app(db_path, token=token, tiles=tiles, allowed_hosts=hosts)
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/"
    if token:
        console.print(f"tally serve: reviewing allowed; open {url}#token={token}")
    else:
        console.print(f"tally serve: read-only (give --token or --review to correct records); open {url}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
