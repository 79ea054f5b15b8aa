"""evaluate(): run tally over a gold set and score every task the set annotates."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tally.evaluate._base import Scorer
from tally.evaluate.clusters import ClusterScorer, evaluate_clusters
from tally.evaluate.events import PloverScorer, RamsScorer
from tally.evaluate.gold import SET_KINDS, GoldItem, default_split, load_gold, root_for
from tally.evaluate.match import TaskScore
from tally.evaluate.quotes import QuoteScorer
from tally.evaluate.reports import ReportScorer
from tally.evaluate.timex import TimexScorer
from tally.evaluate.toponyms import ToponymScorer
from tally.records import Article

LOGGER = logging.getLogger(__name__)

#: ``analyze(text, published=…, title=…) -> Article``, the shape of :func:`tally.analyze`.
Analyze = Callable[..., Article]


@dataclass
class EvalResult:
    """Scores of one run over one gold split, and what went wrong per article."""

    set: str
    split: str
    items: int
    tasks: dict[str, TaskScore]
    errors: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """The stable JSON shape of ``tally eval --json`` (errors only when asked for)."""
        out: dict[str, Any] = {
            "set": self.set,
            "split": self.split,
            "items": self.items,
            "tasks": {name: score.to_dict() for name, score in self.tasks.items()},
        }
        if self.skipped:
            out["skipped"] = list(self.skipped)
        if errors:
            out["errors"] = list(self.errors)
        return out


#: Gold kinds scored on every record tally found, not only those the reports standard lists:
#: TempEval-3 tags every temporal expression (weeks, hedged counts), which the reports golds
#: leave out (ANNOTATION.md: dates at a year, a month or a day), so each standard reads its own.
_EVERY_FOUND_KINDS = frozenset({"timex"})


def make_scorer(set_name: str) -> Scorer:
    """The scorer family for *set_name* (see :data:`~tally.evaluate.gold.SET_KINDS`)."""
    kind = SET_KINDS[set_name]
    if kind == "quotes":
        return QuoteScorer()
    if kind == "toponyms":
        return ToponymScorer(typed=set_name == "geowebnews")
    if kind == "timex":
        return TimexScorer()
    if kind == "plover":
        return PloverScorer()
    if kind == "rams":
        return RamsScorer()
    if kind == "reports":
        return ReportScorer()
    if kind == "clusters":
        return ClusterScorer()
    raise ValueError(f"no scorer for gold kind {kind!r}")  # pragma: no cover


def _empty_article(item: GoldItem) -> Article:
    """Stand-in for an article tally skipped: everything in it counts as missed."""
    return Article(id=item.id, text=item.text)


def _with_function(items: list[GoldItem], analyze: Analyze) -> Iterator[Article | None]:
    for item in items:
        try:
            yield analyze(item.text, published=item.published, title=item.title)
        except Exception as err:  # one bad item must not lose the measurement
            from tally.errors import TallyError

            if not isinstance(err, TallyError):
                raise
            LOGGER.warning("%s: skipped by tally: %s", item.id, err)
            yield None


def _with_pipeline(items: list[GoldItem], *, listing: bool = True) -> Iterator[Article | None]:
    """Batch the gold texts through ``nlp.pipe`` (:func:`tally.pipeline.analyze_many`).

    The gold text goes in as it is: no front-matter or leading-date parsing
    (which :func:`tally.analyze` applies to a free text) and no cross-corpus
    boilerplate memory, since gold articles are scored one by one. A line's
    ``title``, ``outlet`` and ``url`` (the ``reports`` set has them) go into the
    article's ``source``; :func:`tally.analyze` has no ``outlet`` parameter,
    which is why the default run builds the raw articles itself. *listing* False
    keeps every record found (:data:`_EVERY_FOUND_KINDS`).
    """
    from tally.ingest.files import RawArticle, Skipped
    from tally.pipeline import analyze_many

    raws = [
        RawArticle(
            text=item.text,
            path=item.id,
            title=item.title,
            url=item.data.get("url"),
            outlet=item.data.get("outlet"),
            published=item.published,
            published_from="metadata" if item.published else "none",
        )
        for item in items
    ]
    for item, (_prepared, result) in zip(items, analyze_many(raws, listing=listing), strict=True):
        if isinstance(result, Skipped):
            LOGGER.warning("%s: skipped by tally: %s", item.id, result.reason)
            yield None
        else:
            yield result


def analyze_items(
    items: list[GoldItem], analyze: Analyze | None = None, *, listing: bool = True
) -> list[Article | None]:
    """tally's article for each gold item (None where tally skipped it), as :func:`evaluate` runs it.

    Exposed so a caller can analyse once and score many ways (the gate's
    planted-regression test does). *listing*: :func:`listing_for` the items' set.
    """
    runs = _with_function(items, analyze) if analyze is not None else _with_pipeline(items, listing=listing)
    return list(runs)


def listing_for(set_name: str) -> bool:
    """Whether *set_name* is scored on the records tally lists (False: on every one found)."""
    return SET_KINDS[set_name] not in _EVERY_FOUND_KINDS


def evaluate(
    set_name: str,
    *,
    root: Path | None = None,
    split: str | None = None,
    limit: int | None = None,
    analyze: Analyze | None = None,
) -> EvalResult:
    """Score tally on ``ROOT/SET/SPLIT.jsonl``.

    :param set_name: one of :data:`~tally.evaluate.gold.SET_KINDS`.
    :param root: folder holding the sets (default :func:`~tally.evaluate.gold.root_for`:
        the shared folder of public sets, or the checkout's ``eval/`` for ``reports``).
    :param split: the split file (default :func:`~tally.evaluate.gold.default_split`:
        ``dev``, or ``tune`` for ``reports``).
    :param limit: score the first *limit* items only (a fixed slice: file order).
    :param analyze: ``analyze(text, published=…, title=…) -> Article``; by
        default the full pipeline, batched through ``nlp.pipe``.
    :raises ConfigError: when the set or its split file does not exist.
    """
    started = time.perf_counter()
    split = split or default_split(set_name)
    items = load_gold(set_name, root=root_for(set_name, root), split=split, limit=limit)
    if SET_KINDS[set_name] == "clusters":
        # event clusters need the whole split in one linked corpus, not one article at a time
        clusters, unanalysed = evaluate_clusters(items)
        return EvalResult(
            set=set_name,
            split=split,
            items=len(items),
            tasks=clusters.finish(),
            errors=clusters.errors,
            skipped=unanalysed,
            seconds=time.perf_counter() - started,
        )
    scorer = make_scorer(set_name)
    articles: Iterable[Article | None] = (
        _with_function(items, analyze)
        if analyze is not None
        else _with_pipeline(items, listing=listing_for(set_name))
    )
    skipped: list[str] = []
    for item, article in zip(items, articles, strict=True):
        if article is None:
            skipped.append(item.id)
            article = _empty_article(item)
        scorer.add(item, article)
    return EvalResult(
        set=set_name,
        split=split,
        items=len(items),
        tasks=scorer.finish(),
        errors=scorer.errors,
        skipped=skipped,
        seconds=time.perf_counter() - started,
    )
