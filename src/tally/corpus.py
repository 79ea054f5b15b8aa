"""Corpus: analyse files into a database, link them, and read articles and links back.

Resuming is by content: every input's hash is stored with its article in the
same transaction, so a second run over the same files skips what was stored
(also after a run was killed half-way) and analyses only the rest.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from tally.errors import StoreError
from tally.ingest.files import RawArticle, Skipped, load_articles
from tally.link.incremental import LinkReport
from tally.pipeline import Degraded, Prepared, Timings, analyze_many, timed_stage
from tally.reader import CorpusReader
from tally.records import RECORD_KINDS, Article, Claim, CorpusEntity, EventCluster
from tally.settings import Settings
from tally.store import Store

if TYPE_CHECKING:
    from distributed import Client

LOGGER = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class RunReport:
    """What one ``add_files`` run did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    #: stored articles an extractor failed on, one entry per extractor (see :class:`Degraded`)
    degraded: list[Degraded] = field(default_factory=list)
    records: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    article_ids: list[str] = field(default_factory=list)
    replaced: int = 0  # stored articles analysed again (``force``)
    #: inputs stored with a change or a guess (a decoding, replaced characters, HTML read
    #: flat: ``RawArticle.notes``), as (path, reason); shown apart from the skipped ones
    changed: list[Skipped] = field(default_factory=list)
    #: language -> articles of this run stored without records, since tally has no pipeline for it
    not_analysed: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        """True when every input was read and analysed: none skipped, no extractor failed, none in a
        language without a pipeline (an input stored with a change is stored whole)."""
        return not self.skipped and not self.degraded and not self.not_analysed

    def not_analysed_lines(self) -> list[str]:
        """``not analysed: language fa (3 articles)``, one line per language, most articles first."""
        return [
            f"not analysed: language {code} ({n} article{'s' if n != 1 else ''})"
            for code, n in self.not_analysed.most_common()
        ]


class Corpus:
    """A database of analysed articles.

    ::

        with tally.Corpus("news.db") as corpus:
            report = corpus.add_files(["articles/"])
    """

    def __init__(self, db: str | Path = "tally.db", *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.store = Store(db)
        self._run_paragraphs: Counter[str] = Counter()
        #: paragraph hash -> raw hashes of the inputs in flight that hold it, while Dask
        #: workers store (PostgreSQL): see :meth:`_seen_elsewhere`
        self._in_flight: dict[str, set[str]] | None = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _seen_elsewhere(self, digest: str) -> int:
        """In how many other articles, stored or of this run, a paragraph occurs (the cleaning's count).

        The run counts its articles from their cleaning until they are stored. When
        workers store, an article in flight may be stored already while the run still
        counts it: the store's count then leaves out the articles of the inputs in
        flight, so that none is counted twice (the same count as a one-process run).
        """
        flying = self._in_flight.get(digest) if self._in_flight is not None else None
        return self.store.paragraph_count(digest, not_from_inputs=flying or ()) + self._run_paragraphs[digest]

    def _counted_in_store(self, prepared: Prepared) -> None:
        """*prepared* is stored (or refused): the run stops counting its paragraphs itself."""
        self._run_paragraphs.subtract(prepared.cleaned.paragraph_hashes)
        self._run_paragraphs += Counter()
        if self._in_flight is not None:
            for digest in dict.fromkeys(prepared.cleaned.paragraph_hashes):
                holders = self._in_flight.get(digest)
                if holders is not None:
                    holders.discard(prepared.raw.raw_hash)
                    if not holders:
                        del self._in_flight[digest]

    def add_files(
        self,
        paths: Iterable[str | Path],
        *,
        only: Iterable[str] | None = None,
        json_out: TextIO | None = None,
        progress: Progress | None = None,
        stdin: Iterable[str] | None = None,
        timings: Timings | None = None,
        force: bool = False,
        client: Client | None = None,
    ) -> RunReport:
        """Analyse every article under *paths* and store it; skip what was stored before.

        Inputs are read as a stream and analysed in batches, so memory does
        not grow with the number of articles.

        :param only: run only these extractors (``dates``, ``quotes``, …); entities always run.
        :param json_out: also write each article as a ``tally/1`` JSON line here, once
            per article however many inputs hold its text.
        :param progress: called with each input's path when it is done.
        :param force: analyse inputs stored before again and replace their articles
            (after a run with *only*, or a new model); the next :meth:`link` relinks in full
            (the store marks the links stale in the transaction that replaces the article).
        :param client: a Dask client (:func:`tally.parallel.dask_client`): batches are
            analysed on its workers and stored here, with the same records as without.
        """
        report = RunReport()
        started = time.perf_counter()
        seen_in_run: set[str] = set()
        written: set[str] = set()  # article ids already written to json_out
        replaced: set[str] = set()  # article ids replaced in this run (force): once each

        def write_json(article: Article | str) -> None:
            article_id = article if isinstance(article, str) else article.id
            if json_out is None or article_id in written:
                return
            written.add(article_id)
            if isinstance(article, str):
                self._write_json(json_out, article)
            else:
                json_out.write(json.dumps(article.to_json_dict(), ensure_ascii=False) + "\n")

        def timed_inputs() -> Iterator[RawArticle | Skipped]:
            items = load_articles(paths, stdin=stdin)
            while True:
                with timed_stage(timings, "ingest"):
                    item = next(items, None)
                if item is None:
                    return
                yield item

        def fresh_inputs() -> Iterator[RawArticle | Skipped]:
            for item in timed_inputs():
                if isinstance(item, Skipped):
                    yield item
                    continue
                report.read += 1
                known = None if force else self.store.article_for_input(item.raw_hash)
                if item.raw_hash in seen_in_run or known is not None:
                    report.unchanged += 1
                    if known is not None:
                        report.article_ids.append(known)
                        self._count_language(report, self.store.article_language(known))
                        write_json(known)
                    if progress:
                        progress(item.path)
                    continue
                seen_in_run.add(item.raw_hash)
                yield item

        def count_paragraphs(batch: list[Prepared]) -> None:
            # counted once cleaned, so the next batch's cleaning sees them stored or not
            for prepared in batch:
                self._run_paragraphs.update(prepared.cleaned.paragraph_hashes)
                if self._in_flight is not None:
                    for digest in prepared.cleaned.paragraph_hashes:
                        self._in_flight.setdefault(digest, set()).add(prepared.raw.raw_hash)

        run = analyze_many
        self._in_flight = None  # kept only while workers store (below)
        if client is not None:
            from functools import partial

            from tally.parallel import analyze_many_dask

            # on PostgreSQL the workers store what they analyse (several writers are safe
            # there); a forced run replaces articles once each, which the driver keeps track of
            writes_on_workers = self.store.dialect == "postgresql" and not force
            self._in_flight = {} if writes_on_workers else None
            run = partial(
                analyze_many_dask,
                client=client,
                store_url=self.store.engine.url.render_as_string(hide_password=False)
                if writes_on_workers
                else None,
            )
        results = run(
            fresh_inputs(),
            settings=self.settings,
            only=only,
            seen_elsewhere=self._seen_elsewhere,
            on_prepared=count_paragraphs,
            timings=timings,
        )
        for prepared, result in results:
            if isinstance(result, Skipped):
                LOGGER.warning("skipped %s: %s", result.path, result.reason)
                report.skipped.append(result)
            else:
                assert prepared is not None
                stage = time.perf_counter()
                replace = force and result.id not in replaced and self.store.has_article(result.id)
                try:
                    if isinstance(prepared.stored, str):  # a worker's store refused it
                        raise StoreError(prepared.stored)
                    created = (
                        prepared.stored
                        if prepared.stored is not None
                        else self.store.add_article(
                            result,
                            raw_hash=prepared.raw.raw_hash,
                            paragraph_hashes=prepared.cleaned.paragraph_hashes,
                            model=self.settings.model,
                            replace=replace,
                        )
                    )
                except StoreError as err:  # one article the database refuses must not end the run
                    LOGGER.error("skipped %s: %s", result.source.path, err)
                    report.skipped.append(Skipped(result.source.path or "?", str(err)))
                    self._counted_in_store(prepared)
                    if progress:
                        progress(result.source.path or "")
                    continue
                if replace:
                    report.replaced += 1
                    replaced.add(result.id)
                if timings is not None:
                    timings["store"] = timings.get("store", 0.0) + time.perf_counter() - stage
                # stored now, so the database recognises the input and counts these
                # paragraphs from here on: the run keeps only what is in flight (with
                # force the store is not asked, so the run remembers what it replaced)
                if not force:
                    seen_in_run.discard(prepared.raw.raw_hash)
                self._counted_in_store(prepared)
                self._count_language(report, result.language)
                if prepared.raw.notes:
                    report.changed.append(Skipped(result.source.path or "?", "; ".join(prepared.raw.notes)))
                if created:
                    report.stored += 1
                    report.degraded.extend(prepared.degraded)
                    for kind in ("removed", "embedded", *RECORD_KINDS):
                        report.records[kind] += len(getattr(result, kind))
                    report.article_ids.append(result.id)
                    write_json(result)
                else:  # stored before, or by another process in the meantime: report what is stored
                    report.unchanged += 1
                    stored_id = self.store.article_for_input(prepared.raw.raw_hash) or result.id
                    report.article_ids.append(stored_id)
                    write_json(stored_id)
            if progress:
                progress(result.path if isinstance(result, Skipped) else result.source.path or "")
        report.seconds = time.perf_counter() - started
        return report

    def _count_language(self, report: RunReport, language: str | None) -> None:
        """Count an article of this run whose language has no pipeline (None: stored before detection)."""
        if language is not None and language not in self.settings.pipelines():
            report.not_analysed[language] += 1

    def _write_json(self, out: TextIO, article_id: str) -> None:
        article = self.store.get_article(article_id)
        if article is not None:
            out.write(json.dumps(article.to_json_dict(), ensure_ascii=False) + "\n")

    def link(self, *, full: bool = False, apart: bool | None = None) -> LinkReport:
        """Link what was added since the last call across articles: corpus entities,
        claims and event clusters (incremental; see :mod:`tally.link`).

        Reading never links by itself: call this before :meth:`claims`,
        :meth:`events`, :meth:`entities` or an export when articles were added.

        :param full: recompute every link from the articles (a reviewer's overrides are kept);
            done anyway after :meth:`add_files` replaced a stored article.
        :param apart: link in a process of its own, which exits when done, so that this
            process keeps none of the link step's heap (:mod:`tally.link.apart`; the links are
            the same). By default, when at least ``LINK_APART_MIN`` (500) articles wait and the
            database is not in memory, unless ``TALLY_LINK_IN_PROCESS=1`` is set.
        """
        from tally.link import update_links
        from tally.link.apart import links_apart, update_links_apart

        if apart if apart is not None else links_apart(self.store, full=full):
            return update_links_apart(self.store, full=full)
        return update_links(self.store, full=full)

    def reader(self, *, redact: bool = False) -> CorpusReader:
        """A read-only view of the corpus; with *redact*, private people's names masked everywhere."""
        return CorpusReader(self.store, redact=redact)

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id, or the one whose id starts with it."""
        full = article_id if self.store.has_article(article_id) else self.store.find_article_id(article_id)
        return self.store.get_article(full) if full else None

    def articles(self, *, redact: bool = False) -> Iterator[Article]:
        """Every stored article, in the order they were stored."""
        return self.reader(redact=redact).articles()

    def claims(self, *, redact: bool = False) -> list[Claim]:
        """Every claim, conflicts first (links as of the last :meth:`link`)."""
        return self.reader(redact=redact).claims()

    def events(self, *, redact: bool = False) -> list[EventCluster]:
        """Every event cluster, by date (links as of the last :meth:`link`)."""
        return self.reader(redact=redact).events()

    def entities(self, *, redact: bool = False) -> list[CorpusEntity]:
        """Every corpus entity, by id (links as of the last :meth:`link`)."""
        return self.reader(redact=redact).entities()

    def counts(self) -> dict[str, int]:
        return self.store.counts()
