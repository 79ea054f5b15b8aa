"""analyze(): ingest > clean > language > nlp > extract, for one text or a stream of articles.

Each article's language is detected after cleaning (:mod:`tally.nlp.language`)
and picks its pipeline from :meth:`Settings.pipelines`: the spaCy model and
the word lists of ``tally/lang/<code>/``. An article in a language without a
pipeline is not parsed: it comes out with its language and no records, and
:func:`analysed` tells it apart. Each spaCy model is loaded once per process
and articles go through ``nlp.pipe`` in batches, one batch per language. Extractors come from :mod:`tally.extract.registry`,
which orders them by what each requires and assigns (later ones read what
earlier ones found, see :class:`tally.extract.context.ExtractContext`).
Each stage's wall time is added to a ``timings`` dict when one is given, which
is how ``tally bench`` reports where the time goes.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from typing import Any

from tally._gc import fewer_collections
from tally.clean.text import CleanedText, clean_text
from tally.errors import InputError
from tally.extract import registry
from tally.extract.context import ExtractContext, fast_sentences, known_text, release
from tally.extract.entities import extract_entities
from tally.extract.entities.extractor import EntityIndex
from tally.extract.registry import ExtractorSpec
from tally.ingest.files import RawArticle, Skipped
from tally.lang import lexicon, use
from tally.nlp.language import detect
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
    language: str = "en"
    language_confidence: float | None = None
    #: extractors that failed on this article (filled by :func:`build_article`)
    degraded: list[Degraded] = field(default_factory=list)
    #: set when a Dask worker stored the article itself (a PostgreSQL store,
    #: :mod:`tally.parallel`): True stored, False stored before, else the store's refusal
    stored: bool | str | None = None


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
    with timed_stage(timings, "language"):
        detected = detect(cleaned.text, fallback=settings.lang)
    return Prepared(raw, cleaned, published, published_from, detected.language, detected.confidence)


def analysed(article: Article, settings: Settings | None = None) -> bool:
    """Whether *article* went through a pipeline (False: its language has none, so it has no records).

    An article stored before languages were detected (``language`` None) was analysed as English.
    """
    settings = settings or Settings()
    return article.language is None or article.language in settings.pipelines()


def _article(prepared: Prepared, **records: Any) -> Article:
    """The article of *prepared*: its source, language and cleaned text, with *records* by field name."""
    cleaned = prepared.cleaned
    return Article(
        id=article_id(cleaned.text),
        source=_source(prepared),
        language=prepared.language,
        language_confidence=prepared.language_confidence,
        text=cleaned.text,
        removed=cleaned.removed,
        embedded=cleaned.embedded,
        **records,
    )


def _source(prepared: Prepared) -> Source:
    raw = prepared.raw
    return Source(
        path=raw.path,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title or prepared.cleaned.title,
        published=prepared.published,
        published_from=prepared.published_from,  # type: ignore[arg-type]
    )


def unanalysed_article(prepared: Prepared) -> Article:
    """The article of a language without a pipeline: text, cleaning and language, no records."""
    return _article(prepared)


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

    known_text(doc, cleaned.text)  # the extractors' doc_text(): no join of every token
    fast_sentences(doc)  # Token.sent bisects the sentence bounds: no walk per call
    try:
        return _extract(prepared, doc, extractors, timings, lose)
    finally:
        release(doc)  # the Spans cached for the extractors hold the Doc: no cycle left behind


def _extract(
    prepared: Prepared,
    doc: Any,
    extractors: list[ExtractorSpec] | None,
    timings: Timings | None,
    lose: Callable[[str, str], None],
) -> Article:
    """The extractors of :func:`build_article`, in order, each reading what the earlier ones found."""
    cleaned = prepared.cleaned
    with timed_stage(timings, "entities"):
        try:
            entities = extract_entities(doc)
        except Exception as err:
            lose("entities", _reason(err))
            entities = EntityIndex(doc.text)
    ctx = ExtractContext(doc=doc, entities=entities, published=prepared.published, embedded=cleaned.embedded)
    results: dict[str, Any] = {}  # field name -> records, passed to Article by name
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
        results[spec.assigns] = records if spec.listed is None else [r for r in records if spec.listed(r)]
        setattr(ctx, spec.assigns, records)
    return _article(prepared, entities=entities.entities, **results)


def _reason(err: BaseException) -> str:
    """One line naming the exception, at most 200 characters (article text can be in it)."""
    line = " ".join(f"{type(err).__name__}: {err}".split())
    return line if len(line) <= 200 else line[:199] + "…"


def prepared_batches(
    items: Iterable[RawArticle | Skipped],
    *,
    settings: Settings,
    seen_elsewhere: Callable[[str], int] | None = None,
    on_prepared: Callable[[list[Prepared]], None] | None = None,
    timings: Timings | None = None,
) -> Iterator[list[Prepared | Skipped]]:
    """Clean the stream lazily into batches of ``settings.batch_size`` articles for ``nlp.pipe``.

    Only one batch is held at a time. *on_prepared* is called with each
    batch's articles once the batch is cleaned, before the next one is: a
    corpus counts their paragraphs there, so that the cleaning of the next
    batch sees them whether or not they are stored yet (which is what lets
    several batches be in flight on a cluster without changing any record).
    """

    def done(batch: list[Prepared | Skipped]) -> list[Prepared | Skipped]:
        if on_prepared is not None:
            on_prepared([b for b in batch if isinstance(b, Prepared)])
        return batch

    batch: list[Prepared | Skipped] = []
    parsed = 0  # Prepared items in the batch; skipped inputs ride along without counting
    for item in items:
        entry = (
            item if isinstance(item, Skipped) else _prepare_or_skip(item, settings, seen_elsewhere, timings)
        )
        batch.append(entry)
        parsed += isinstance(entry, Prepared)
        if parsed >= settings.batch_size:
            yield done(batch)
            batch, parsed = [], 0
    if batch:
        yield done(batch)


def analyze_batch(
    prepared: list[Prepared],
    *,
    settings: Settings,
    extractors: list[ExtractorSpec],
    timings: Timings | None = None,
) -> list[Article]:
    """Parse one batch with ``nlp.pipe`` and run the extractors: the work a process or a Dask worker does.

    Each language's articles go through its own pipeline (:meth:`Settings.pipelines`);
    an article in a language without one comes back unanalysed (no records). Each
    model is loaded once per process (:func:`load_model` is cached). An extractor
    that fails on an article leaves out its records, listed in the item's ``degraded``.
    """
    # the parse and the extractors allocate much that reference counting frees: fewer collector
    # passes (tally._gc); in the parse that saved 0-7 % of spaCy's CPU time, within this machine's noise
    with fewer_collections():
        return _analyze_batch(prepared, settings=settings, extractors=extractors, timings=timings)


#: models that have parsed a batch in this process (outside a memory zone; see :func:`_analyze_batch`)
_WARM_MODELS: set[str] = set()


def _analyze_batch(
    prepared: list[Prepared],
    *,
    settings: Settings,
    extractors: list[ExtractorSpec],
    timings: Timings | None,
) -> list[Article]:
    """:func:`analyze_batch`'s work, inside its collector setting.

    Each language's articles are parsed and extracted inside its model's
    ``memory_zone``: spaCy adds every new word of a text to the model's
    vocabulary and string store for good (about 10 strings and 18 lexemes per
    article of news, measured); the zone drops them at the end of the batch.
    Nothing spaCy made may outlive the zone: the articles hold plain strings
    and offsets, and every per-Doc cache lives in the Doc's ``user_data``.
    """
    out: dict[int, Article] = {}  # position in the batch -> its article
    for code, model in settings.pipelines().items():
        positions = [n for n, p in enumerate(prepared) if p.language == code]
        if not positions:
            continue
        nlp = load_model(model)
        # a process's first batch per model runs outside a zone: the tokenizer caches the words it
        # reads only there, and they are the frequent ones (spaCy's advice for memory zones)
        zone = nlp.memory_zone() if model in _WARM_MODELS else nullcontext()
        _WARM_MODELS.add(model)
        with zone:
            texts = [prepared[n].cleaned.text for n in positions]
            with timed_stage(timings, "spacy"):
                parsed = list(nlp.pipe(texts, batch_size=settings.batch_size))
            with use(code):
                for n, doc in zip(positions, parsed, strict=True):
                    # a failing extractor loses its own records, never the article (build_article)
                    out[n] = build_article(prepared[n], doc, extractors=extractors, timings=timings)
            del parsed, doc
    articles: list[Article] = []
    for n, item in enumerate(prepared):
        if n not in out:
            LOGGER.warning("%s: not analysed: language %s", item.raw.path, item.language)
            articles.append(unanalysed_article(item))
            continue
        articles.append(out[n])
    return articles


def in_input_order(
    batch: list[Prepared | Skipped], results: Sequence[Article | Skipped]
) -> Iterator[tuple[Prepared | None, Article | Skipped]]:
    """Pair a batch's entries with the results of its :class:`Prepared` ones, skipped inputs in place."""
    analysed = iter(results)
    for item in batch:
        if isinstance(item, Skipped):
            yield None, item
        else:
            yield item, next(analysed)


def analyze_many(
    items: Iterable[RawArticle | Skipped],
    *,
    settings: Settings | None = None,
    only: Iterable[str] | None = None,
    seen_elsewhere: Callable[[str], int] | None = None,
    on_prepared: Callable[[list[Prepared]], None] | None = None,
    timings: Timings | None = None,
    listing: bool = True,
) -> Iterator[tuple[Prepared | None, Article | Skipped]]:
    """Analyse a stream of raw articles with ``nlp.pipe``, yielding results in input order.

    Skipped inputs pass through as :class:`Skipped`; an extractor that fails
    on an article leaves out its records (and those of the extractors that
    require them), listed in the :class:`Prepared` item's ``degraded``. Memory
    holds one batch (see :func:`prepared_batches`), whatever the stream's length.

    :param listing: apply each extractor's ``listed`` filter (the default). False keeps every
        record an extractor found in the article: a standard that tags every temporal
        expression (TempEval-3's TIMEX3) is scored on what was found, not on what the
        reports standard lists (:func:`every_record_kept`).
    """
    settings = settings or Settings()
    only = list(only) if only else None
    extractors = available_extractors(only)  # refuses an unknown name before the model loads
    if not listing:
        extractors = every_record_kept(extractors)
    for code in settings.pipelines():
        lexicon(code)  # refuses a language without word lists before a model loads
    load_model(settings.model)  # the main language's model: a missing package fails here, early
    batches = prepared_batches(
        items, settings=settings, seen_elsewhere=seen_elsewhere, on_prepared=on_prepared, timings=timings
    )
    for batch in batches:
        prepared = [b for b in batch if isinstance(b, Prepared)]
        results = analyze_batch(prepared, settings=settings, extractors=extractors, timings=timings)
        yield from in_input_order(batch, results)


def every_record_kept(extractors: list[ExtractorSpec]) -> list[ExtractorSpec]:
    """*extractors* with no listing filter: the article keeps every record each one found.

    The reports standard lists only some of what an extractor finds (dates at a year, month or
    day, not weeks or hedged counts: ``dates.placed``); TempEval-3 tags every temporal
    expression, weeks included. Scoring it on the listed records alone set the two standards
    against each other (round 44: unlisting weeks cost TempEval's ``timex`` .023).
    """
    return [replace(spec, listed=None) if spec.listed is not None else spec for spec in extractors]


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
