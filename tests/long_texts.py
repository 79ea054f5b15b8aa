"""Generated long articles on which a stage was once superlinear, and a per-stage timer.

Each generator takes a size in characters and returns an article text of about
that size, built from a few hand-written sentences repeated with varying
numbers and names (never gold-set text). :func:`stage_times` runs the real
pipeline on one text and returns each stage's wall time, as ``tally bench``
measures them.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_FIRST = ["Ana", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Irina", "Jonas"]
_LAST = ["Rojas", "Petrov", "Mendes", "Volkov", "Haddad", "Lind", "Okafor", "Sato", "Novak", "Brandt"]
_TOWNS = ["Minsk", "Gomel", "Brest", "Vitebsk", "Grodno", "Mogilev", "Pinsk", "Baranovichi"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(size: int, make: Callable[[random.Random, int], str], sep: str = " ") -> str:
    rng, parts, total, n = random.Random(17), [], 0, 0
    while total < size:
        part = make(rng, n)
        parts.append(part)
        total += len(part) + len(sep)
        n += 1
    return sep.join(parts) + "\n"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def quote_marks(size: int) -> str:
    """Straight double quote marks and nothing else: no sentence break anywhere."""
    return '"' * size + "\n"


def quotes(size: int) -> str:
    """One paragraph of quotes, each with a speaker."""
    return _fill(
        size,
        lambda rng, n: (
            f'"We will march again on {rng.choice(_DAYS)}," said {_name(rng)}, '
            f"a student from {rng.choice(_TOWNS)}. "
            f"{rng.choice(_FIRST)} told reporters that police had beaten {n % 90 + 2} people."
        ),
    )


def chants(size: int) -> str:
    """One paragraph of short chanted slogans, each a quote with a pronoun as its speaker."""
    slogans = ["No", "Never", "Enough", "Shame", "Go"]
    return _fill(size, lambda rng, n: f"\u201c{slogans[n % len(slogans)]}!\u201d they chanted.")


def figures(size: int) -> str:
    """One paragraph of casualty and arrest figures with sources, places and dates."""
    return _fill(
        size,
        lambda rng, n: (
            f"Police detained {n % 400 + 3} protesters in {rng.choice(_TOWNS)} on "
            f"{rng.choice(_DAYS)}, the interior ministry said, and {n % 30 + 1} people were injured."
        ),
    )


def numbers(size: int) -> str:
    """One sentence that lists numbers and nothing else, as a table flattened into a line."""
    return _fill(size, lambda rng, n: f"{n % 900 + 10}, {n % 70 + 3} and {n % 11 + 1}")


def paragraphs(size: int) -> str:
    """Many short paragraphs, each a small report."""
    return _fill(
        size,
        lambda rng, n: (
            f"Rally {n} in {rng.choice(_TOWNS)}\n\n{_name(rng)} said {n % 50 + 2} people "
            f"were arrested last {rng.choice(_DAYS)}. \u201cThey beat us,\u201d she said."
        ),
        sep="\n\n",
    )


def capitalised(size: int) -> str:
    """Capitalised words only, few sentence breaks: every run of them may be a name."""
    words = [w for pair in zip(_FIRST, _LAST, strict=True) for w in pair] + _TOWNS
    return _fill(size, lambda rng, n: rng.choice(words) + ("." if n % 97 == 96 else ""))


def news(size: int) -> str:
    """Varied news sentences: names, quotes, figures, dates, places, framing."""
    templates = [
        lambda rng, n: (
            f"Security forces arrested {n % 300 + 5} demonstrators in {rng.choice(_TOWNS)} "
            f"on {rng.choice(_DAYS)}, according to the rights group Viasna."
        ),
        lambda rng, n: (
            f"\u201cThis is a crackdown on peaceful people,\u201d {_name(rng)}, "
            f"a lawyer in {rng.choice(_TOWNS)}, told Reuters."
        ),
        lambda rng, n: (
            f"The government called the protesters thugs and said {n % 20 + 1} officers were hurt."
        ),
        lambda rng, n: f"Last week, {_name(rng)} said that the authorities would not negotiate.\n",
        lambda rng, n: (
            f"At least {n % 12 + 1} people died in clashes in {rng.choice(_TOWNS)} "
            f"in November {2015 + n % 8}, the ministry said."
        ),
    ]
    return _fill(size, lambda rng, n: templates[n % len(templates)](rng, n))


GENERATORS: dict[str, Callable[[int], str]] = {
    "quote_marks": quote_marks,
    "quotes": quotes,
    "chants": chants,
    "figures": figures,
    "numbers": numbers,
    "paragraphs": paragraphs,
    "capitalised": capitalised,
    "news": news,
}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused (after a full collection) while timing.

    A collection walks every live object, and with the model and the whole
    test session in memory one pass costs far more than the code under test;
    a long text triggers more of them, so they make a linear stage look
    quadratic. ``timeit`` pauses the collector for the same reason.
    """
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def stage_times(
    text: str, *, published: str = "2020-09-14", repeat: int = 1, link: bool = True
) -> dict[str, float]:
    """CPU seconds each stage of the pipeline takes on *text*, linking included (``link``) unless
    *link* is False.

    CPU time (``time.process_time``), not wall time: on a shared machine other
    jobs stretch wall time by whatever the load is at that moment. spaCy runs
    once; the extractors and the linking run *repeat* times, with the
    collector paused (:func:`collector_paused`), and the fastest run counts.
    """
    return fastest_stage_times([text], published=published, repeat=repeat, link=link)[0]


def fastest_stage_times(
    texts: list[str], *, published: str = "2020-09-14", repeat: int = 1, link: bool = True
) -> list[dict[str, float]]:
    """:func:`stage_times` of several texts, their runs taken in turn: short, long, short, long.

    Timing all runs of the short text, then all runs of the long one, let a
    burst of load on a shared machine fall on one length only: a clean CI run
    measured a linear stage 6.2 times slower on four times the text. Taken in
    turn, each length's fastest run comes from the same stretch of time.

    A test of one extractor passes ``link=False``: linking a generated text of a
    thousand events was most of such a test's time and none of what it asserts.
    """
    import time
    import types

    import tally.pipeline
    from tally.ingest.files import RawArticle
    from tally.lang import use
    from tally.nlp.load import load_model
    from tally.pipeline import available_extractors, build_article, prepare
    from tally.settings import Settings

    settings = Settings()
    nlp = load_model(settings.model)
    extractors = available_extractors()
    parsed = []
    for text in texts:
        prepared = prepare(
            RawArticle(text, "<long>", None, None, None, published, "metadata"), settings=settings
        )
        assert not hasattr(prepared, "reason"), prepared
        started = time.process_time()
        doc = nlp(prepared.cleaned.text)
        parsed.append((prepared, doc, {"spacy": time.process_time() - started}))
    for _ in range(repeat):
        for prepared, doc, best in parsed:
            timings: dict[str, float] = {}
            # the pipeline's own stage timer, reading CPU time for this call
            saved, tally.pipeline.time = (
                tally.pipeline.time,
                types.SimpleNamespace(perf_counter=time.process_time),
            )
            try:
                with use(settings.lang), collector_paused():
                    article = build_article(prepared, doc, extractors=extractors, timings=timings)
            finally:
                tally.pipeline.time = saved
            if link:
                timings["link"] = _link_seconds(article)
            for stage, seconds in timings.items():
                best[stage] = min(seconds, best.get(stage, seconds))
    return [best for _, _, best in parsed]


def _link_seconds(article: Any) -> float:
    """CPU seconds :func:`tally.link.update_links` takes on a new store holding only *article*."""
    import tempfile
    import time
    from pathlib import Path

    from tally.link import update_links
    from tally.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "t.db")
        try:
            store.add_article(article)
            with collector_paused():
                started = time.process_time()
                update_links(store)
                return time.process_time() - started
        finally:
            store.close()
