"""tally bench: how fast the full pipeline runs, where the time goes, and how that compares to spaCy.

One run does two things over the same texts, in alternating rounds so that
both meet the same machine load:

1. the full pipeline — ingest, clean, spaCy, every extractor, store into a
   fresh SQLite file — through :meth:`tally.Corpus.add_files`, which adds each
   stage's wall time to a ``timings`` dict;
2. spaCy's own ``nlp.pipe`` over the same texts, same model and batch size,
   with the model's stock attribute ruler (tally finds the same matches by
   look-up, :mod:`tally.nlp.attributes`; the baseline stays bare spaCy's).

``ratio_to_spacy`` is tally's words/s over spaCy's: the share of bare spaCy
speed the whole pipeline keeps. Words are whitespace-separated tokens of the
input texts, the same count for both runs.

Both run on one process: ``ratio_to_spacy`` is a one-process figure. With
``processes > 1`` the same articles are analysed a third time on a local Dask
cluster of that many workers (driver cleans and stores, workers parse and
extract, see :mod:`tally.parallel`), and ``dask.speedup`` is the one-process
time over the cluster's. That one-process time is taken in a fresh process
(:func:`_run_fresh_process`), loaded and warmed up as a worker is: the
benchmark's own process has met every text already (tally and bare spaCy
both read them), and spaCy's vocabulary and tokenizer caches and the
extractors' word caches filled by that first reading make a second reading
of the same words faster than any worker's first (round 22 measured it at
idle: the one-process run 17.5 s in the benchmark's process, 19.9 s in a
fresh one, for the same 120 articles).

Cold start (loading the spaCy model, the gazetteer and the word lists, which
every run of ``tally analyze`` pays once) is timed on its own and left out of
the throughput. Peak memory is the process's maximum resident set size
(``getrusage``) after the run (bare spaCy holds less than the pipeline); a
Dask worker's peak is reported separately.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from tally.errors import ConfigError
from tally.settings import BATCH_SIZE, DEFAULT_MODEL

LOGGER = logging.getLogger(__name__)

#: Articles benchmarked when no number is given: enough for a stable rate
#: (a few hundred thousand characters) in about a minute on two cores.
DEFAULT_N = 200

#: tally and bare spaCy alternate over this many slices of the articles (see :func:`_side_by_side`).
ROUNDS = 6

#: Gold sets whose texts are whole news articles (PLOVER sentences and RAMS's
#: re-tokenised windows are not what tally reads in practice).
ARTICLE_SETS = ("polnear", "lgl", "geowebnews", "trnews", "geovirus", "tempeval3")


@dataclass
class BenchResult:
    """Speed of one benchmark run; :meth:`to_dict` is ``tally bench --json``."""

    articles: int
    words: int
    seconds: float
    spacy_seconds: float
    peak_rss_mb: float
    stages: dict[str, float] = field(default_factory=dict)
    processes: int = 1
    model: str = DEFAULT_MODEL
    cold_start_seconds: float = 0.0
    dask_seconds: float | None = None
    dask_peak_rss_mb: float | None = None
    #: The same articles through the pipeline in a fresh process (the speed-up's baseline).
    dask_baseline_seconds: float | None = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def spacy_words_per_s(self) -> float:
        return self.words / self.spacy_seconds if self.spacy_seconds else 0.0

    @property
    def ratio_to_spacy(self) -> float:
        return self.words_per_s / self.spacy_words_per_s if self.spacy_words_per_s else 0.0

    @property
    def dask_speedup(self) -> float | None:
        """One fresh process's time over the Dask run's time, on the same articles.

        Without a fresh-process time (a result built by hand), the benchmark
        process's own time stands in.
        """
        if not self.dask_seconds:
            return None
        return (self.dask_baseline_seconds or self.seconds) / self.dask_seconds

    def stage_shares(self) -> dict[str, float]:
        """Each stage's share of the summed stage time."""
        total = sum(self.stages.values())
        return {k: v / total for k, v in self.stages.items()} if total else {}

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "articles_per_s": round(self.articles_per_s, 2),
            "words_per_s": round(self.words_per_s, 1),
            "spacy_words_per_s": round(self.spacy_words_per_s, 1),
            "ratio_to_spacy": round(self.ratio_to_spacy, 3),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "stages": {k: round(v, 3) for k, v in self.stages.items()},
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "spacy_seconds": round(self.spacy_seconds, 3),
            "processes": self.processes,
            "model": self.model,
            "cold_start_s": round(self.cold_start_seconds, 2),
            "dask": None
            if self.dask_seconds is None
            else {
                "workers": self.processes,
                "seconds": round(self.dask_seconds, 3),
                "one_process_seconds": round(self.dask_baseline_seconds or self.seconds, 3),
                "articles_per_s": round(self.articles / self.dask_seconds, 2),
                "speedup": round(self.dask_speedup or 0.0, 2),
                "peak_rss_mb_per_worker": round(self.dask_peak_rss_mb or 0.0, 1),
            },
        }


def gold_texts(root: Path | None = None, *, n: int = DEFAULT_N) -> list[dict[str, Any]]:
    """*n* distinct articles from the gold sets, taken round-robin so every set is represented."""
    from tally.evaluate.gold import default_root, load_gold

    root = root or default_root()
    pools = []
    for name in ARTICLE_SETS:
        try:
            pools.append(load_gold(name, root=root))
        except ConfigError:
            LOGGER.warning("bench: no %s under %s", name, root)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    index = 0
    while len(out) < n and any(index < len(pool) for pool in pools):
        for pool in pools:
            if index < len(pool) and len(out) < n and pool[index].text not in seen:
                item = pool[index]
                seen.add(item.text)
                out.append({"text": item.text, "published": item.published, "id": item.id})
        index += 1
    if not out:
        raise ConfigError(f"no gold texts to benchmark under {root}: give a PATH")
    return out


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) * scale


def _run_pipeline(paths: list[str], model: str, client: Any = None) -> tuple[dict[str, float], int]:
    """Ingest → store over *paths* into a throwaway database; returns (timings, articles stored)."""
    from tally.corpus import Corpus
    from tally.settings import Settings

    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="tally-bench-") as tmp:
        with Corpus(Path(tmp) / "bench.db", settings=Settings(model=model)) as corpus:
            report = corpus.add_files(paths, timings=timings, client=client)
        stored = report.stored + report.unchanged
    return timings, stored


def _warm_up(text: str, model: str) -> None:
    """Load the model and every extractor's tables once: set-up, not throughput."""
    from tally.ingest.files import RawArticle
    from tally.pipeline import analyze_many
    from tally.settings import Settings

    for _ in analyze_many([RawArticle(text=text, path="<warm-up>")], settings=Settings(model=model)):
        pass


def _worker_peak_mb() -> float:
    return _peak_rss_mb()


def _run_dask(paths: list[str], model: str, workers: int) -> tuple[float, float]:
    """The pipeline on a local Dask cluster of *workers*; returns (seconds, a worker's peak RSS).

    The clock starts once every worker has loaded the model (the worker plugin):
    cluster start-up is cold start, not throughput.
    """
    from tally.parallel import TallyWorkerPlugin, dask_client
    from tally.settings import Settings

    with dask_client(processes=workers) as client:
        assert client is not None
        client.wait_for_workers(workers)
        client.register_plugin(TallyWorkerPlugin(Settings(model=model)), name="tally")
        started = time.perf_counter()
        _run_pipeline(paths, model, client=client)
        seconds = time.perf_counter() - started
        peaks = client.run(_worker_peak_mb)
    return seconds, max(peaks.values(), default=0.0)


def _fresh_run(paths: list[str], model: str) -> float:
    """In a new process: load and warm up as a Dask worker does, then time the pipeline."""
    from tally.parallel import WARM_UP_TEXT

    _warm_up(WARM_UP_TEXT, model)
    started = time.perf_counter()
    _run_pipeline(paths, model)
    return time.perf_counter() - started


def _run_fresh_process(paths: list[str], model: str) -> float:
    """The pipeline's seconds over *paths* in a fresh one-process run: the Dask speed-up's baseline.

    A worker meets each text for the first time; so must the process it is
    compared with (see the module's docstring). ``spawn`` starts the child
    from nothing, as ``tally analyze`` starts.
    """
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return float(pool.apply(_fresh_run, (paths, model)))


def _side_by_side(
    articles: Sequence[dict[str, Any]], model: str, folder: Path
) -> tuple[dict[str, float], float, float]:
    """tally and bare ``nlp.pipe`` over the same articles, in alternating rounds.

    On a shared machine the load changes during a run; timing the two in
    :data:`ROUNDS` interleaved rounds (each going first in turn) exposes both
    to the same load, so their ratio holds even when the absolute speeds do
    not. Returns (tally's stage timings, tally's seconds, spaCy's seconds).
    """
    from tally.corpus import Corpus
    from tally.nlp.attributes import stock_matching
    from tally.nlp.load import load_model
    from tally.settings import Settings

    nlp = load_model(model)
    rounds = max(1, min(ROUNDS, len(articles)))
    size = -(-len(articles) // rounds)
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    timings: dict[str, float] = {}
    seconds = spacy_seconds = 0.0
    folder.mkdir(parents=True, exist_ok=True)
    with Corpus(folder / "bench.db", settings=Settings(model=model)) as corpus:
        for index, chunk in enumerate(chunks):
            (path,) = _write_jsonl(chunk, folder / f"round-{index}", 1)

            def run_tally(path: str = path) -> float:
                started = time.perf_counter()
                corpus.add_files([path], timings=timings)
                return time.perf_counter() - started

            def run_spacy(chunk: Sequence[dict[str, Any]] = chunk) -> float:
                started = time.perf_counter()
                with stock_matching(nlp):  # bare spaCy: the stock attribute ruler, not tally's look-up
                    for _doc in nlp.pipe([a["text"] for a in chunk], batch_size=BATCH_SIZE):
                        pass
                return time.perf_counter() - started

            if index % 2:
                seconds += run_tally()
                spacy_seconds += run_spacy()
            else:
                spacy_seconds += run_spacy()
                seconds += run_tally()
    return timings, seconds, spacy_seconds


def _write_jsonl(articles: Sequence[dict[str, Any]], folder: Path, parts: int) -> list[str]:
    """The articles as JSONL input files (*parts* of them)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for part in range(parts):
        path = folder / f"bench-{part}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for article in articles[part::parts]:
                row = {"text": article["text"], "published": article.get("published")}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths.append(str(path))
    return paths


def _read_inputs(paths: Sequence[str | Path], n: int | None) -> list[dict[str, Any]]:
    from tally.ingest.files import Skipped, load_articles

    out = []
    for raw in load_articles([str(p) for p in paths]):
        if isinstance(raw, Skipped):
            continue
        out.append({"text": raw.text, "published": raw.published, "id": raw.path})
        if n is not None and len(out) >= n:
            break
    if not out:
        raise ConfigError("nothing to benchmark: no readable article in the given paths")
    return out


def run_bench(
    paths: Sequence[str | Path] | None = None,
    *,
    texts: Sequence[str] | None = None,
    n: int | None = None,
    processes: int = 1,
    model: str = DEFAULT_MODEL,
    root: Path | None = None,
) -> BenchResult:
    """Benchmark the full pipeline and bare spaCy on the same articles.

    :param paths: files or folders to read (any format tally ingests); by
        default the texts of the gold sets (:func:`gold_texts`).
    :param texts: plain texts instead of paths (tests, notebooks).
    :param n: at most this many articles (default :data:`DEFAULT_N` for gold texts).
    :param processes: with more than 1, also run on a local Dask cluster of that many workers.
    """
    if processes < 1:
        raise ValueError("processes must be at least 1")
    articles: list[dict[str, Any]]  # "text", "published" (None when unknown)
    if texts is not None:
        articles = [cast(dict[str, Any], {"text": t, "published": None}) for t in texts][: n or None]
    elif paths:
        articles = _read_inputs(paths, n)
    else:
        articles = gold_texts(root, n=n or DEFAULT_N)
    words = sum(len(a["text"].split()) for a in articles)

    started = time.perf_counter()
    _warm_up(articles[0]["text"], model)  # model, gazetteer, word lists: once per process
    cold_start = time.perf_counter() - started
    dask_seconds = dask_peak = dask_baseline = None
    with tempfile.TemporaryDirectory(prefix="tally-bench-in-") as tmp:
        stages, seconds, spacy_seconds = _side_by_side(articles, model, Path(tmp))
        peak = _peak_rss_mb()
        if processes > 1:
            (whole,) = _write_jsonl(articles, Path(tmp) / "all", 1)
            dask_baseline = _run_fresh_process([whole], model)
            dask_seconds, dask_peak = _run_dask([whole], model, processes)
    accounted = sum(v for k, v in stages.items())
    if seconds > accounted:
        stages["other"] = seconds - accounted
    return BenchResult(
        articles=len(articles),
        words=words,
        seconds=seconds,
        spacy_seconds=spacy_seconds,
        peak_rss_mb=peak,
        stages=stages,
        processes=processes,
        model=model,
        cold_start_seconds=cold_start,
        dask_seconds=dask_seconds,
        dask_peak_rss_mb=dask_peak,
        dask_baseline_seconds=dask_baseline,
    )
