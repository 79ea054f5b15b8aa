"""Analyse on several processes or machines with Dask distributed (``pip install tally-news[dask]``).

The split of work keeps every record identical to a one-process run:

- the **driver** reads the inputs, cleans them (cleaning compares paragraphs
  with the corpus, which only the driver's store knows), sends batches of
  cleaned articles to the cluster, and stores the results in input order: it
  is the single writer of the database, which SQLite needs;
- a **worker** loads the spaCy model, the gazetteer and the word lists once,
  when it joins (:class:`TallyWorkerPlugin`), then runs ``nlp.pipe`` and the
  extractors on each batch it gets and returns the articles.

With a PostgreSQL store the workers also **store** what they analyse
(``store_url``): each opens the database once and writes its articles in
their own transactions, as concurrent runs do (the ``articles`` advisory
lock orders the checks and inserts), so the driver's single process is no
longer the limit on how fast a large cluster stores. The driver still gets
each article back (for the run's report and ``--json``) and keeps the
order; only the writing moved. SQLite keeps one writer: the driver.

Only a bounded window of batches is in flight (two per worker), so the
driver's memory stays flat however long the input. A worker that dies
mid-batch loses nothing: the scheduler gives its batch to another worker
(``distributed.scheduler.allowed-failures`` times), and the driver stores each
batch once, when its result arrives, so nothing is stored twice.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from tally.errors import ConfigError, StoreError
from tally.ingest.files import RawArticle, Skipped
from tally.pipeline import (
    Degraded,
    Prepared,
    Timings,
    analyze_batch,
    available_extractors,
    in_input_order,
    prepared_batches,
    timed_stage,
)
from tally.records import Article
from tally.settings import Settings
from tally.store import Store

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

LOGGER = logging.getLogger(__name__)

#: Batches in flight per worker: one running, one waiting, so a worker never idles
#: while the driver stores, and the driver holds at most this many batches.
BATCHES_PER_WORKER = 2

#: Dask settings for the clusters and clients tally starts. Dask's defaults wake
#: every process's event loop 50 times a second (``tick``: the loop-health
#: check), sample each worker's stacks 100 times a second (``profile``, the
#: dashboard's profile page), read each process's memory 10 times a second
#: and the system's counters twice a second: on two cores that took 15-20 %
#: of the run's CPU time (workers' and driver's event-loop threads: 7 of
#: 22 CPU s for 120 articles at load 13; 1.9 of the 2 s by each worker's loop
#: thread; round 18). Run here every 1-2 s, the checks still fire
#: (a blocked loop is still reported after ``tick.limit``, 3 s) and the
#: dashboard still shows memory and CPU. ``MALLOC_TRIM_THRESHOLD_`` (Dask sets
#: it to 64 KiB in every worker it spawns, to give freed memory back at
#: once) also fixes glibc's threshold for mapping an allocation of its own:
#: every array of 128 KiB or more that spaCy allocates is then a fresh
#: mapping and page-faulted anew (350,000 faults per worker per 60 articles
#: against 22,000-41,000 without, a tenth of the worker's CPU time); left
#: unset, a worker allocates as the one-process run does. Threads per worker
#: (``OMP_NUM_THREADS``/``MKL_NUM_THREADS``/``OPENBLAS_NUM_THREADS`` = 1) stay
#: Dask's: one numeric thread per worker, one worker per core.
CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}

#: A short text run once on a new worker, so that every extractor's tables are
#: built before the first real batch (set-up, not throughput).
WARM_UP_TEXT = "Police detained 12 protesters in Minsk on Sunday, the rights group Viasna said."


def _require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as err:
        raise ConfigError(
            "running on several processes or a cluster needs Dask: pip install 'tally-news[dask]'"
        ) from err


try:  # the plugin's base class; this module is imported only when Dask is asked for
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - without the extra, _require_dask() explains
    WorkerPlugin = object  # type: ignore[assignment,misc]


class TallyWorkerPlugin(WorkerPlugin):
    """Load the model, gazetteer and word lists once per worker process, when it starts."""

    name = "tally"

    def __init__(self, settings: Settings, only: list[str] | None = None) -> None:
        self.settings = settings
        self.only = only

    def setup(self, worker: Any) -> None:
        from tally.pipeline import analyze_many

        warm_up = [RawArticle(text=WARM_UP_TEXT, path="<warm-up>")]
        for _ in analyze_many(warm_up, settings=self.settings, only=self.only):
            pass


#: What a worker's storing of one article came to: True stored, False stored before
#: (by this input or by another process), or the store's refusal, as text.
Outcome = bool | str

#: One store per database URL per worker process, opened on the first batch that needs it.
_WORKER_STORES: dict[str, Store] = {}


def _worker_store(url: str) -> Store:
    store = _WORKER_STORES.get(url)
    if store is None:
        store = _WORKER_STORES[url] = Store(url)
    return store


def _store_on_worker(
    prepared: list[Prepared], articles: list[Article], *, url: str, model: str, timings: Timings
) -> list[Outcome]:
    """Store a batch's articles from the worker (PostgreSQL), one transaction each, as the driver would."""
    store = _worker_store(url)
    outcomes: list[Outcome] = []
    with timed_stage(timings, "store"):
        for item, article in zip(prepared, articles, strict=True):
            try:
                # the driver sends only inputs that were not stored when the run read them: one
                # stored already as this very article was stored by an earlier attempt at this
                # batch (a worker that died after writing), and is this run's
                created = store.article_for_input(item.raw.raw_hash) == article.id or store.add_article(
                    article,
                    raw_hash=item.raw.raw_hash,
                    paragraph_hashes=item.cleaned.paragraph_hashes,
                    model=model,
                )
                outcomes.append(created)
            except StoreError as err:  # one refused article: the driver reports and skips it
                outcomes.append(str(err))
    return outcomes


def _analyze_on_worker(
    prepared: list[Prepared], settings: Settings, only: list[str] | None, store_url: str | None = None
) -> tuple[list[Article], list[list[Degraded]], Timings, list[Outcome] | None]:
    """One batch on a worker: parse, extract, return the records, and store them when given a database.

    The extractors that failed on each article travel back too: the worker fills
    its own copy of each :class:`Prepared`, which the driver never sees.
    """
    timings: Timings = {}
    extractors = available_extractors(only)
    articles = analyze_batch(prepared, settings=settings, extractors=extractors, timings=timings)
    outcomes = None
    if store_url is not None:
        outcomes = _store_on_worker(prepared, articles, url=store_url, model=settings.model, timings=timings)
    return articles, [p.degraded for p in prepared], timings, outcomes


def analyze_many_dask(
    items: Iterable[RawArticle | Skipped],
    *,
    client: Client,
    settings: Settings | None = None,
    only: Iterable[str] | None = None,
    seen_elsewhere: Callable[[str], int] | None = None,
    on_prepared: Callable[[list[Prepared]], None] | None = None,
    timings: Timings | None = None,
    store_url: str | None = None,
) -> Iterator[tuple[Prepared | None, Article | Skipped]]:
    """:func:`tally.pipeline.analyze_many` on a Dask cluster: the same results, in the same order.

    :param client: a connected :class:`distributed.Client`; the tally worker
        plugin is registered on it here (workers that join later get it too).
    :param store_url: a PostgreSQL database the workers store each article in
        themselves; what came of it is on each :class:`Prepared` (``stored``).
    """
    settings = settings or Settings()
    only_list = list(only) if only else None
    available_extractors(only_list)  # refuses an unknown name before anything is sent
    _require_dask()
    client.register_plugin(TallyWorkerPlugin(settings, only_list), name="tally")
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    in_flight: deque[tuple[list[Prepared | Skipped], Any]] = deque()

    def collect() -> Iterator[tuple[Prepared | None, Article | Skipped]]:
        batch, future = in_flight.popleft()
        results, degraded, worker_timings, outcomes = future.result()
        future.release()
        prepared = [b for b in batch if isinstance(b, Prepared)]
        for item, failed in zip(prepared, degraded, strict=True):
            item.degraded.extend(failed)
        for item, outcome in zip(prepared, outcomes or (), strict=False):
            item.stored = outcome
        if timings is not None:
            for key, value in worker_timings.items():
                timings[key] = timings.get(key, 0.0) + value
        yield from in_input_order(batch, results)

    batches = prepared_batches(
        items, settings=settings, seen_elsewhere=seen_elsewhere, on_prepared=on_prepared, timings=timings
    )
    for batch in batches:
        prepared = [b for b in batch if isinstance(b, Prepared)]
        future = client.submit(_analyze_on_worker, prepared, settings, only_list, store_url, pure=False)
        in_flight.append((batch, future))
        if len(in_flight) >= BATCHES_PER_WORKER * workers:
            yield from collect()
    while in_flight:
        yield from collect()


@contextmanager
def dask_client(*, processes: int = 1, scheduler: str | None = None) -> Iterator[Client | None]:
    """A Dask client for ``--processes N`` (a local cluster) or ``--scheduler tcp://host:8786``.

    Yields None for one process and no scheduler: the plain in-process run.
    The cluster and the client run with :data:`CLUSTER_CONFIG` (workers started
    elsewhere, by ``dask worker``, take theirs from their own Dask configuration).
    """
    if scheduler is None and processes <= 1:
        yield None
        return
    _require_dask()
    import dask.config

    with dask.config.set(CLUSTER_CONFIG), _client(processes=processes, scheduler=scheduler) as client:
        yield client


@contextmanager
def _client(*, processes: int, scheduler: str | None) -> Iterator[Client]:
    """:func:`dask_client`'s client, under the Dask configuration in force."""
    from distributed import Client

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
        with client:
            yield client
        return
    with local_cluster(processes) as cluster, Client(cluster) as client:
        yield client


def local_cluster(processes: int) -> LocalCluster:
    """A Dask cluster of *processes* one-thread worker processes on this machine, no dashboard.

    The scheduler's HTTP server (health and metrics routes) binds Dask's
    dashboard port 8787 even with the dashboard off, and fails to start when
    another cluster on the machine holds it (two analyses at once, two test
    workers); ":0" lets the system pick a free port.
    """
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=processes,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
    )
