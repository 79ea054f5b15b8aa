"""The ``clusters`` gold set: which event mentions in different articles are one real-world event.

A line is one article (``id``, ``text``, ``published``, ``title``, ``outlet``) and its
``incidents``: mentions ``{"incident", "start", "end", "text"}`` of real-world incidents,
the same ``incident`` id in every article that reports it (``eval/clusters/README.md``).
Scoring needs the whole split at once: the articles are analysed into a fresh
temporary corpus (SQLite, as ``tally analyze`` stores them), linked, and each gold
mention is mapped to the article's event whose trigger overlaps it (the largest
overlap), else to the event whose evidence holds it (the shortest evidence). A gold
mention no event covers is missed (task ``mentions``) and left out of the pairs.

Tasks:

- ``pairs``: every pair of matched mentions from two *different* articles; a pair is
  predicted same when both events are in one event cluster and gold same when both
  mentions carry one incident: precision, recall and F1 of "same cluster".
- ``bcubed``: B-cubed precision and recall over the matched mentions (each mention's
  predicted and gold cluster, itself included, restricted to matched mentions).
- ``mentions``: recall of gold mentions by tally's events (precision undefined: the
  gold annotates one mention per incident per article).
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tally.evaluate._base import Scorer, item_entry
from tally.evaluate.align import OffsetMap
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import Span, TaskScore, overlap
from tally.records import Article, EventCluster

TASKS = ("pairs", "bcubed", "mentions")


@dataclass
class Mention:
    """One gold mention and what tally made of it."""

    doc: str
    incident: str
    span: Span
    event: str | None = None  # the tally event it maps to
    cluster: str | None = None  # that event's cluster


@dataclass
class RatioScore(TaskScore):
    """A task whose precision and recall are averages (B-cubed), not ratios of counts."""

    precision: float = 0.0
    recall: float = 0.0

    @property
    def p(self) -> float | None:
        return self.precision

    @property
    def r(self) -> float:
        return self.recall

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _event_for(span: Span, article: Article, offsets: OffsetMap) -> str | None:
    """The event of *article* whose trigger overlaps *span* most, else whose evidence holds it (shortest)."""
    by_trigger: list[tuple[int, int, str]] = []
    by_evidence: list[tuple[int, int, str]] = []
    for event in article.events:
        trigger = (offsets.to_original(event.trigger[0]), offsets.to_original(event.trigger[1], is_end=True))
        evidence = (
            offsets.to_original(event.evidence[0]),
            offsets.to_original(event.evidence[1], is_end=True),
        )
        if (shared := overlap(span, trigger)) > 0:
            by_trigger.append((-shared, abs(trigger[0] - span[0]), event.id))
        elif overlap(span, evidence) > 0:
            by_evidence.append((evidence[1] - evidence[0], abs(trigger[0] - span[0]), event.id))
    found = min(by_trigger) if by_trigger else (min(by_evidence) if by_evidence else None)
    return found[2] if found else None


def analyse_split(items: list[GoldItem]) -> tuple[list[Article | None], list[EventCluster]]:
    """Each item's article (None when tally skipped it) and the event clusters, from a fresh linked corpus."""
    from tally.corpus import Corpus

    with tempfile.TemporaryDirectory(prefix="tally-clusters-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for item in items:
                line = {key: item.data.get(key) for key in ("title", "outlet", "url")}
                line.update(text=item.text, published=item.published)
                handle.write(json.dumps({k: v for k, v in line.items() if v is not None}) + "\n")
        with Corpus(Path(tmp) / "clusters.db") as corpus:
            corpus.add_files([source])
            corpus.link()
            by_line: dict[int, Article] = {}
            for article in corpus.articles():
                where = (article.source.path or "").rpartition(":")[2]
                if where.isdigit():
                    by_line[int(where)] = article
            clusters = corpus.events()
    return [by_line.get(number) for number in range(1, len(items) + 1)], clusters


def score_mentions(mentions: list[Mention]) -> tuple[TaskScore, RatioScore]:
    """Cross-article pairwise counts and B-cubed over the matched *mentions*."""
    matched = [m for m in mentions if m.cluster is not None]
    pairs = TaskScore()
    for i, one in enumerate(matched):
        for two in matched[i + 1 :]:
            if one.doc == two.doc:
                continue
            gold_same = one.incident == two.incident
            pred_same = one.cluster == two.cluster
            pairs.add(int(gold_same and pred_same), int(pred_same), int(gold_same))
    by_incident: dict[str, set[int]] = defaultdict(set)
    by_cluster: dict[str, set[int]] = defaultdict(set)
    for index, mention in enumerate(matched):
        by_incident[mention.incident].add(index)
        by_cluster[str(mention.cluster)].add(index)
    precision = recall = 0.0
    for mention in matched:
        gold, pred = by_incident[mention.incident], by_cluster[str(mention.cluster)]
        both = len(gold & pred)
        precision += both / len(pred)
        recall += both / len(gold)
    count = len(matched)
    bcubed = RatioScore(
        tp=count,
        pred=count,
        gold=count,
        precision=precision / count if count else 0.0,
        recall=recall / count if count else 0.0,
    )
    return pairs, bcubed


class ClusterScorer(Scorer):
    """Scores event clusters against a ``clusters`` split (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(tasks=TASKS)
        self.mentions: list[Mention] = []
        self._texts: dict[str, str] = {}

    def add_split(
        self, items: list[GoldItem], articles: list[Article | None], clusters: list[EventCluster]
    ) -> None:
        cluster_of = {(e.doc, e.event): c.id for c in clusters for e in c.events}
        found = 0
        for item, article in zip(items, articles, strict=True):
            self._texts[item.id] = item.text
            offsets = OffsetMap(item.text, article.text) if article is not None else None
            for gold in item.data.get("incidents") or []:
                mention = Mention(
                    doc=item.id, incident=str(gold["incident"]), span=(gold["start"], gold["end"])
                )
                if article is not None and offsets is not None:
                    mention.event = _event_for(mention.span, article, offsets)
                    if mention.event is not None:
                        # an event no cluster holds is a cluster of its own
                        key = (article.id, mention.event)
                        mention.cluster = cluster_of.get(key, f"{article.id}:{mention.event}")
                self.mentions.append(mention)
            found += len(article.events) if article is not None else 0
        matched = sum(m.cluster is not None for m in self.mentions)
        pairs, bcubed = score_mentions(self.mentions)
        pairs.extra = {"matched": matched, "mentions": len(self.mentions)}
        bcubed.extra = {"matched": matched, "mentions": len(self.mentions)}
        self.scores["pairs"] = pairs
        self.scores["bcubed"] = bcubed
        self.scores["mentions"] = TaskScore(
            tp=matched, pred=found, gold=len(self.mentions), precision_defined=False
        )
        self._record(items)

    def _record(self, items: list[GoldItem]) -> None:
        """Per article: gold mentions no event covers (missed) and matched ones clustered wrongly."""
        matched = [m for m in self.mentions if m.cluster is not None]
        for item in items:
            text = item.text
            missed: list[dict[str, Any]] = []
            wrong: list[dict[str, Any]] = []
            for mention in (m for m in self.mentions if m.doc == item.id):
                if mention.cluster is None:
                    missed.append(item_entry(text, mention.span, incident=mention.incident))
                    continue
                others = [m for m in matched if m.doc != mention.doc]
                apart = [
                    _name(m, self._texts)
                    for m in others
                    if m.incident == mention.incident and m.cluster != mention.cluster
                ]
                joined = [
                    _name(m, self._texts)
                    for m in others
                    if m.incident != mention.incident and m.cluster == mention.cluster
                ]
                if apart or joined:
                    wrong.append(
                        item_entry(
                            text,
                            mention.span,
                            incident=mention.incident,
                            event=mention.event,
                            kept_apart_from=apart,
                            joined_with=joined,
                        )
                    )
            self.record_errors(item, "clusters", missed=missed, wrong=wrong)

    def add(self, item: GoldItem, article: Article) -> None:  # pragma: no cover - the split is scored whole
        raise NotImplementedError("clusters are scored over a whole split: use add_split")


def _name(mention: Mention, texts: dict[str, str]) -> str:
    start, end = mention.span
    return f"{mention.doc}:{texts[mention.doc][start:end]} ({mention.incident})"


def evaluate_clusters(items: list[GoldItem]) -> tuple[ClusterScorer, list[str]]:
    """Score a whole ``clusters`` split; the ids tally skipped come back too."""
    articles, clusters = analyse_split(items)
    scorer = ClusterScorer()
    scorer.add_split(items, articles, clusters)
    return scorer, [item.id for item, article in zip(items, articles, strict=True) if article is None]


__all__ = ["ClusterScorer", "Mention", "analyse_split", "evaluate_clusters", "score_mentions"]
