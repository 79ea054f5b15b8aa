"""analyze(): ingest > clean > nlp > extract, for one text or a stream of articles.

The spaCy model is loaded once per process and articles go through
``nlp.pipe`` in batches. Extractors come from :mod:`tally.extract.registry`,
which orders them by what each requires and assigns (later ones read what
earlier ones found, see :class:`tally.extract.context.ExtractContext`).
Each stage's wall time is added to a ``timings`` dict when one is given, which
is how ``tally bench`` reports where the time goes.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tally.clean.text import CleanedText, clean_text
from tally.errors import InputError
from tally.extract import registry
from tally.extract.context import ExtractContext
from tally.extract.entities import extract_entities
from tally.extract.entities.extractor import EntityIndex
from tally.extract.registry import ExtractorSpec
from tally.ingest.files import RawArticle, Skipped
from tally.lang import lexicon, use
from tally.nlp.load import load_model
from tally.records import Article, Source
from tally.settings import MAX_TEXT_CHARS, Settings

LOGGER = logging.getLogger(__name__)

Timings = dict[str, float]


@contextmanager
def timed_stage(timings: Timings | None, stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def available_extractors(only: Iterable[str] | None = None) -> list[ExtractorSpec]:
    """The extractors a run uses, in the order their requirements give (see :func:`registry.plan`).

    :raises ConfigError: for an unknown name in *only*.
    """
    return registry.plan(only)


def article_id(text: str) -> str:
    """The id of an article: the SHA-256 of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Degraded:
    """An extractor that failed on one article: its records are missing, the article is kept."""

    path: str
    extractor: str
    reason: str


@dataclass
class Prepared:
    """A raw article after cleaning, waiting for spaCy."""

    raw: RawArticle
    cleaned: CleanedText
    published: str | None
    published_from: str
    #: extractors that failed on this article (filled by :func:`build_article`)
    degraded: list[Degraded] = field(default_factory=list)


def prepare(
    raw: RawArticle,
    *,
    settings: Settings,
    seen_elsewhere: Callable[[str], int] | None = None,
    timings: Timings | None = None,
) -> Prepared | Skipped:
    """Clean *raw*; an article with nothing left, or too long for spaCy, is skipped."""
    with timed_stage(timings, "clean"):
        cleaned = clean_text(raw.text, seen_elsewhere=seen_elsewhere)
    if not cleaned.text.strip():
        return Skipped(raw.path, "empty article after cleaning")
    if len(cleaned.text) > MAX_TEXT_CHARS:
        return Skipped(
            raw.path, f"article is {len(cleaned.text):,} characters, over the {MAX_TEXT_CHARS:,} limit"
        )
    published, published_from = raw.published, raw.published_from
    if settings.published:
        published, published_from = settings.published, "metadata"
    return Prepared(raw, cleaned, published, published_from)


def _prepare_or_skip(
    raw: RawArticle,
    settings: Settings,
    seen_elsewhere: Callable[[str], int] | None,
    timings: Timings | None,
) -> Prepared | Skipped:
    """:func:`prepare`, where a cleaning bug on one article skips that article, with the error."""
    try:
        return prepare(raw, settings=settings, seen_elsewhere=seen_elsewhere, timings=timings)
    except Exception as err:  # hostile text must not end the run (the article is named in the summary)
        LOGGER.info("cleaning %s failed", raw.path, exc_info=True)  # the trace with -v only
        return Skipped(raw.path, f"cleaning failed: {type(err).__name__}: {str(err)[:200]}")


def build_article(
    prepared: Prepared,
    doc: Any,
    *,
    extractors: list[ExtractorSpec] | None = None,
    timings: Timings | None = None,
) -> Article:
    """Run the extractors over a parsed article and assemble the :class:`Article`.

    :param extractors: from :func:`available_extractors` (all when None); resolved
        once per run by :func:`analyze_many`.
    """
    raw, cleaned = prepared.raw, prepared.cleaned

    def lose(name: str, reason: str) -> None:
        # an extractor bug must not lose the article: only this extractor's records
        LOGGER.error("%s: extractor %r failed, its records are left out: %s", raw.path, name, reason)
        prepared.degraded.append(Degraded(raw.path, name, reason))

    with timed_stage(timings, "entities"):
        try:
            entities = extract_entities(doc)
        except Exception as err:
            lose("entities", _reason(err))
            entities = EntityIndex(doc.text)
    ctx = ExtractContext(doc=doc, entities=entities, published=prepared.published, embedded=cleaned.embedded)
    results: dict[str, list[Any]] = {}
    failed: set[str] = set()  # fields an extractor failed to fill
    for spec in extractors if extractors is not None else available_extractors():
        missing = [f for f in spec.requires if f in failed]
        if missing:
            failed.add(spec.assigns)
            lose(spec.name, f"requires {', '.join(missing)}, which failed")
            continue
        entities.writable = spec.adds_entities
        with timed_stage(timings, spec.name):
            try:
                records = list(spec.function(ctx))
            except Exception as err:
                failed.add(spec.assigns)
                # entity mentions it added before failing stay: they are names in the text
                lose(spec.name, _reason(err))
                continue
            finally:
                entities.writable = True
        results[spec.assigns] = records
        setattr(ctx, spec.assigns, records)
    return Article(
        id=article_id(cleaned.text),
        source=Source(
            path=raw.path,
            url=raw.url,
            outlet=raw.outlet,
            title=raw.title or cleaned.title,
            published=prepared.published,
            published_from=prepared.published_from,  # type: ignore[arg-type]
        ),
        text=cleaned.text,
        removed=cleaned.removed,
        embedded=cleaned.embedded,
        entities=entities.entities,
        **results,
    )


def _reason(err: BaseException) -> str:
    """One line naming the exception, at most 200 characters (article text can be in it)."""
    line = " ".join(f"{type(err).__name__}: {err}".split())
    return line if len(line) <= 200 else line[:199] + "…"


def analyze_many(
    items: Iterable[RawArticle | Skipped],
    *,
    settings: Settings | None = None,
    only: Iterable[str] | None = None,
    seen_elsewhere: Callable[[str], int] | None = None,
    timings: Timings | None = None,
) -> Iterator[tuple[Prepared | None, Article | Skipped]]:
    """Analyse a stream of raw articles with ``nlp.pipe``, yielding results in input order.

    Skipped inputs pass through as :class:`Skipped`; an extractor that fails
    on an article leaves out its records (and those of the extractors that
    require them), listed in the :class:`Prepared` item's ``degraded``.
    """
    settings = settings or Settings()
    only = list(only) if only else None
    extractors = available_extractors(only)  # refuses an unknown name before the model loads
    lexicon(settings.lang)  # refuses a language without word lists before the model loads
    nlp = load_model(settings.model)

    def batches() -> Iterator[list[Prepared | Skipped]]:
        batch: list[Prepared | Skipped] = []
        parsed = 0  # Prepared items in the batch; skipped inputs ride along without counting
        for item in items:
            entry = (
                item
                if isinstance(item, Skipped)
                else _prepare_or_skip(item, settings, seen_elsewhere, timings)
            )
            batch.append(entry)
            parsed += isinstance(entry, Prepared)
            if parsed >= settings.batch_size:
                yield batch
                batch, parsed = [], 0
        if batch:
            yield batch

    for batch in batches():
        prepared = [b for b in batch if isinstance(b, Prepared)]
        with timed_stage(timings, "spacy"):
            docs = iter(list(nlp.pipe([p.cleaned.text for p in prepared], batch_size=settings.batch_size)))
        for item in batch:
            if isinstance(item, Skipped):
                yield None, item
                continue
            doc = next(docs)
            with use(settings.lang):
                article = build_article(item, doc, extractors=extractors, timings=timings)
            yield item, article


def analyze(
    text: str,
    published: str | None = None,
    title: str | None = None,
    *,
    settings: Settings | None = None,
    only: Iterable[str] | None = None,
) -> Article:
    """Analyse one article's text and return its records.

    :param text: the article (plain text; boilerplate is removed).
    :param published: publication date ``YYYY-MM-DD``, against which relative
        dates resolve; a leading ``date YYYY-MM-DD`` line in *text* is used when absent.
    :raises InputError: when the text is empty or too long.
    """
    from tally.ingest.files import _from_text

    raw = _from_text(text, "<text>")
    if isinstance(raw, Skipped):
        raise InputError(raw.reason)
    if published:
        raw = RawArticle(raw.text, raw.path, title, None, None, published, "metadata")
    elif title:
        raw = RawArticle(raw.text, raw.path, title, None, None, raw.published, raw.published_from)
    for _, result in analyze_many([raw], settings=settings, only=only):
        if isinstance(result, Skipped):
            raise InputError(result.reason)
        return result
    raise InputError("nothing to analyse")  # pragma: no cover - analyze_many yields one result
