"""Link in a process of its own, so that the process that analyses keeps none of the link step's heap.

A link step allocates a working set of small objects (decoded features, entity views, rows) that
pymalloc serves from 1 MiB arenas. The step frees them, but an arena goes back to the system only
when it is empty, and a few objects that outlive the step (cache entries, compiled statements,
imported code) hold each of about a hundred arenas: a process that analyses and links in turn
started every analysis from a larger heap, and its analysis peak grew with every link step
(issue 16; README "What the analysis peak carries, forty-second round"). Linked here, in a new
interpreter that exits when it is done, the step's heap goes with the process.

The child is a new interpreter (``python -P -m tally.link.apart``, started by :mod:`subprocess`),
not a fork: forking a process that runs other threads (a Dask client, a server) is unsafe. It
loads no spaCy model and no gazetteer, nor imports the spacy library (``tally`` and the events
package import their spaCy-reading modules when first used, round 64: the child's start went from
about 2 to 1 CPU second, its peak on a small store from 123 to 69 MB), and links with
:func:`update_links`, step by step as in the process: each step is its own transaction, so a child that fails or is killed
leaves the steps it committed, and the next link goes on from there. The parent holds no
transaction while it waits (SQLite has one writer; PostgreSQL gets the child's own connection).

The parent writes one JSON request on the child's standard input: the database URL (with its
password, which so stays off the command line), ``full`` and ``batch``, and the level the parent
logs ``tally`` at. The child writes JSON lines on its standard output: its log records, which the
parent logs again through its own loggers (the output is the in-process run's), then its report
or its error. The child's standard error is the parent's.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tally._gc import give_back_memory, max_rss_mb, status_mb
from tally.errors import LinkError
from tally.link.incremental import LINK_VERSION, LinkReport, update_links
from tally.store import Store, schema
from tally.store import link_schema as ls

LOGGER = logging.getLogger(__name__)

#: articles waiting to be linked from which :meth:`tally.Corpus.link` links in a process of its own.
#: Starting the child costs about 1 s of CPU (a new interpreter importing tally's store and link
#: modules, and opening the store; 0.15 s for an update with nothing to link in the process), while linking 500 articles took 6–17 s on 3,000 and takes longer as the corpus grows;
#: fewer are linked in the process, as :func:`update_links` always does, and keep its arenas
LINK_APART_MIN = 500

#: set to ``1`` to link in the process whatever the number of articles (the way before round 43)
IN_PROCESS_ENV = "TALLY_LINK_IN_PROCESS"


def _in_memory(store: Store) -> bool:
    """True for a SQLite database in memory, which another process cannot open."""
    url = store.engine.url
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def waiting(store: Store, *, full: bool = False) -> int:
    """How many stored articles the next link takes: those not linked yet, or all of them when
    *full* or when the database was linked by another version of the rules (a full relink)."""
    articles = schema.articles.c
    with store.engine.connect() as conn:
        version = conn.execute(
            select(schema.meta.c.value).where(schema.meta.c.key == "link_version")
        ).scalar()
        query = select(func.count()).select_from(schema.articles)
        if not full and version == LINK_VERSION:
            query = query.where(
                ~select(ls.link_articles.c.article_id)
                .where(ls.link_articles.c.article_id == articles.id)
                .exists()
            )
        return int(conn.execute(query).scalar() or 0)


def links_apart(store: Store, *, full: bool = False) -> bool:
    """Whether :meth:`tally.Corpus.link` links *store* in a process of its own: when at least
    :data:`LINK_APART_MIN` articles wait, the database is not in memory, and
    :data:`IN_PROCESS_ENV` is not set."""
    if os.environ.get(IN_PROCESS_ENV, "").strip() not in ("", "0") or _in_memory(store):
        return False
    return waiting(store, full=full) >= LINK_APART_MIN


def _child_command() -> list[str]:
    # -P: the working directory is not put first on the path, so the child imports this tally
    return [sys.executable, "-P", "-m", "tally.link.apart"]


def _child_env() -> dict[str, str]:
    """The parent's environment, with the folder this tally was imported from first on the path."""
    env = dict(os.environ)
    here = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
    return env


def _report(data: dict[str, Any]) -> LinkReport:
    names = {f.name for f in fields(LinkReport)}
    return LinkReport(**{k: v for k, v in data.items() if k in names})


def update_links_apart(store: Store, *, full: bool = False, batch: int | None = None) -> LinkReport:
    """:func:`update_links` on *store*'s database, run in a new process that exits when done.

    The report is the child's, with :attr:`LinkReport.apart_peak_mb` its peak resident memory.
    Raises :class:`LinkError` when the child fails or is killed (the steps it committed stay).
    """
    request = {
        "url": store.engine.url.render_as_string(hide_password=False),
        "full": full,
        "batch": batch,
        "log_level": logging.getLogger("tally").getEffectiveLevel(),
    }
    LOGGER.info("linking in a process of its own (%s)", store.url)
    # what this process freed (an analysis's working set) goes back to the system first, as after
    # a link step in the process: the two processes' memory together is what the machine needs
    give_back_memory()
    try:
        proc = subprocess.Popen(  # noqa: S603 - this interpreter, running tally's own module
            _child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_child_env(),
            text=True,
            encoding="utf-8",
        )
    except OSError as err:
        raise LinkError(f"cannot start the linking process ({sys.executable}): {err}") from err
    result: dict[str, Any] | None = None
    with proc:  # closes the pipes
        try:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.close()
            for line in proc.stdout:
                result = _receive(line) or result
            code = proc.wait()
        except BaseException:
            proc.kill()  # interrupted here (Ctrl-C): the steps the child committed stay
            proc.wait()
            raise
    where = f"linking {store.url} in a process of its own"
    if result is not None and "error" in result:
        raise LinkError(f"{where} failed: {result['error']}")
    if code < 0:
        raise LinkError(
            f"{where}: the process was killed by signal {-code}; the steps it committed are kept "
            "and the next link goes on from there"
        )
    if code != 0 or result is None or "report" not in result:
        raise LinkError(f"{where} failed (exit status {code}); its errors are above")
    report = _report(result["report"])
    report.apart_peak_mb = float(result.get("peak_mb", 0.0))
    LOGGER.info("linked in a process of its own: its peak %.0f MB", report.apart_peak_mb)
    return report


def _receive(line: str) -> dict[str, Any] | None:
    """One line of the child's: a log record is logged again here; its result is returned."""
    try:
        message = json.loads(line)
    except ValueError:
        message = None
    if not isinstance(message, dict):
        LOGGER.debug("linking process: %s", line.rstrip())
        return None
    if "log" in message:
        name, level, text = message["log"]
        logging.getLogger(name).log(level, "%s", text)
        return None
    return message


def peak_mb() -> float:
    """This process's peak resident memory in MB (Linux ``VmHWM``, else ``ru_maxrss``)."""
    found = status_mb("VmHWM")
    return found if found is not None else max_rss_mb()


def _loaded(module: str, loader: str) -> int:
    """How many things *module*'s cached *loader* holds in this process (0: never called)."""
    found = sys.modules.get(module)
    return int(getattr(found, loader).cache_info().currsize) if found is not None else 0


class _Forward(logging.Handler):
    """The child's log records, as JSON lines for the parent to log again."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _send({"log": [record.name, record.levelno, record.getMessage()]})
        except Exception:  # noqa: BLE001 - a log line must not stop the link
            self.handleError(record)


def _send(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> int:
    """The child: read the request, link, send the report (or the error)."""
    request = json.loads(sys.stdin.readline())
    logging.basicConfig(
        level=int(request.get("log_level", logging.WARNING)), handlers=[_Forward()], force=True
    )
    try:
        store = Store(request["url"])
        try:
            report = update_links(store, full=bool(request.get("full")), batch=request.get("batch"))
        finally:
            store.close()
    except Exception as err:  # noqa: BLE001 - every failure goes back to the parent as its message
        _send({"error": f"{type(err).__name__}: {err}"})
        return 1
    _send(
        {
            "report": asdict(report),
            "peak_mb": round(peak_mb(), 1),
            "models_loaded": _loaded("tally.nlp.load", "load_model"),
            "gazetteers_loaded": _loaded("tally.resources.gazetteer", "load_gazetteer"),
            "spacy_imported": "spacy" in sys.modules,
        }
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
