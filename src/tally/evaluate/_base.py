"""What every scorer shares: task counters, the error listing, span scoring with ignores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tally.evaluate.align import OffsetMap
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import Span, TaskScore, match_spans, spans_overlap
from tally.records import Article

#: Characters of context shown for each item of an error listing.
SNIPPET_CHARS = 80


def snippet(text: str, span: Span) -> str:
    """The annotated string, shortened in the middle when long, on one line."""
    piece = text[span[0] : span[1]].replace("\n", " ")
    if len(piece) > SNIPPET_CHARS:
        half = SNIPPET_CHARS // 2 - 2
        piece = f"{piece[:half]} … {piece[-half:]}"
    return piece


#: Characters that do not count at a span's edges: quote marks, spaces and
#: closing punctuation. Annotators differ on whether "“…”" or a final comma
#: belongs to a quote; exact matching should not turn on that.
EDGE_CHARS = " \t\n\r\u00a0\"'“”‘’«»„‟,.;:"


def trim(text: str, span: Span) -> Span:
    """*span* without :data:`EDGE_CHARS` at either end (unchanged if nothing would remain)."""
    start, end = span
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return (start, end) if end > start else span


@dataclass
class SpanOutcome:
    """Result of scoring one article's spans for one task under one matching rule."""

    pairs: list[tuple[int, int]]
    missed: list[int]
    invented: list[int]
    ignored: list[int]

    @property
    def tp(self) -> int:
        return len(self.pairs)


def score_spans(
    gold: Sequence[Span],
    pred: Sequence[Span],
    *,
    mode: str = "overlap",
    ignore: Sequence[Span] = (),
) -> SpanOutcome:
    """Match *pred* to *gold*; unmatched predictions that hit an *ignore* span are not counted.

    *ignore* holds gold spans outside the task (an indirect quote when scoring
    direct quotes, a demonym when scoring literal toponyms): a prediction there
    is neither right nor invented for this task.
    """
    pairs = match_spans(gold, pred, mode=mode)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    missed = [i for i in range(len(gold)) if i not in matched_gold]
    invented: list[int] = []
    ignored: list[int] = []
    for i, span in enumerate(pred):
        if i in matched_pred:
            continue
        hit = any((span == other) if mode == "exact" else spans_overlap(span, other) for other in ignore)
        (ignored if hit else invented).append(i)
    return SpanOutcome(pairs=pairs, missed=missed, invented=invented, ignored=ignored)


@dataclass
class Scorer:
    """Base of the scorer families: accumulates :class:`TaskScore` per task over articles."""

    tasks: tuple[str, ...] = ()
    scores: dict[str, TaskScore] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for task in self.tasks:
            self.scores.setdefault(task, TaskScore())

    def add(self, item: GoldItem, article: Article) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def finish(self) -> dict[str, TaskScore]:
        """Compute the extras that need every article (means, macro averages)."""
        return self.scores

    def record_errors(
        self,
        item: GoldItem,
        task: str,
        *,
        missed: Sequence[dict[str, Any]] = (),
        invented: Sequence[dict[str, Any]] = (),
        wrong: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Keep one article's errors for ``--errors``; articles without errors are not listed."""
        if not (missed or invented or wrong):
            return
        self.errors.append(
            {
                "id": item.id,
                "task": task,
                "missed": list(missed),
                "invented": list(invented),
                "wrong": list(wrong),
            }
        )


def item_entry(text: str, span: Span, **fields: Any) -> dict[str, Any]:
    """One entry of an error listing: the span, its text, and what else helps to judge it."""
    return {"start": span[0], "end": span[1], "text": snippet(text, span), **fields}


def offset_map(item: GoldItem, article: Article) -> OffsetMap:
    """The map from the article's cleaned text to the gold text."""
    return OffsetMap(item.text, article.text)
