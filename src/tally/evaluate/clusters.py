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
- ``acled_rows``: the rows of ``tally export --format acled`` over the same corpus. Each
  matched mention goes to the row whose ``tally_cluster`` holds its event's cluster; the
  unit is the gold ``acled_event`` (incidents ACLED codes as one event: a demonstration and
  how it was met, in one place on one day). Pairs of row-matched mentions, same article
  included (a march and its dispersal told in one article are one row): precision, recall
  and F1 of "in one row"; extras: gold events split over several rows, rows holding several
  gold events, and rows holding a background incident (one the reports give only as history).
- ``fatalities``: the export's fatalities against the gold's conservative fatalities. Per
  gold event (background left out): the fatalities of the rows its mentions map to, right
  when equal (tp; pred = events with a row); per country (``by_country``): the sum of every
  row's fatalities against the sum of the gold events' (``abs_error`` summed over countries).
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

TASKS = ("pairs", "bcubed", "mentions", "acled_rows", "fatalities")


@dataclass
class Mention:
    """One gold mention and what tally made of it."""

    doc: str
    incident: str
    span: Span
    event: str | None = None  # the tally event it maps to
    cluster: str | None = None  # that event's cluster
    acled_event: str = ""  # the gold ACLED event (incidents coded as one); "" = the incident
    fatalities: int = 0  # the incident's conservative fatalities (gold)
    background: bool = False  # an incident the reports give only as history
    country: str = ""  # ISO alpha-2 of the incident (gold)
    row: int | None = None  # the export row holding its event's cluster

    @property
    def unit(self) -> str:
        """The gold ACLED event of the mention (its incident when none is given)."""
        return self.acled_event or self.incident


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


def analyse_split(
    items: list[GoldItem],
) -> tuple[list[Article | None], list[EventCluster], list[dict[str, Any]]]:
    """Each item's article (None when tally skipped it), the event clusters and the ACLED export's
    rows, from a fresh linked corpus."""
    from tally.corpus import Corpus
    from tally.export.acled import acled_rows

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
            rows = acled_rows(corpus.reader())
    return [by_line.get(number) for number in range(1, len(items) + 1)], clusters, rows


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


def score_rows(mentions: list[Mention]) -> TaskScore:
    """Row-level pairs and the splits and merges of gold ACLED events over the mentions' rows."""
    placed = [m for m in mentions if m.row is not None]
    pairs = TaskScore()
    for i, one in enumerate(placed):
        for two in placed[i + 1 :]:
            gold_same = one.unit == two.unit
            pred_same = one.row == two.row
            pairs.add(int(gold_same and pred_same), int(pred_same), int(gold_same))
    rows_of: dict[str, set[int]] = defaultdict(set)
    units_of: dict[int, set[str]] = defaultdict(set)
    for mention in placed:
        rows_of[mention.unit].add(int(mention.row or 0))
        units_of[int(mention.row or 0)].add(mention.unit)
    events = {m.unit for m in mentions if not m.background}
    background_rows = {int(m.row or 0) for m in placed if m.background}
    pairs.extra = {
        "mentions_in_rows": len(placed),
        "mentions": len(mentions),
        "events": len(events),
        "events_with_rows": len(events & set(rows_of)),
        "events_split": sum(len(rows_of[u]) > 1 for u in events if u in rows_of),
        "rows_per_event": _mean([len(rows_of[u]) for u in events if u in rows_of]),
        "rows": len(units_of),
        "rows_merging": sum(len(units) > 1 for units in units_of.values()),
        "events_per_row": _mean([len(units) for units in units_of.values()]),
        "background_rows": len(background_rows),
    }
    return pairs


def score_fatalities(
    mentions: list[Mention], rows: list[dict[str, Any]]
) -> tuple[TaskScore, dict[str, list[int]]]:
    """Per gold event (background left out) and per country: export fatalities against gold; the gold
    events whose rows count other fatalities come back too ([gold, export])."""
    gold_of: dict[str, dict[str, int]] = defaultdict(dict)  # event -> incident -> fatalities
    country_of: dict[str, str] = {}
    rows_of: dict[str, set[int]] = defaultdict(set)
    for mention in mentions:
        if mention.background:
            continue
        gold_of[mention.unit][mention.incident] = mention.fatalities
        country_of[mention.unit] = mention.country
        if mention.row is not None:
            rows_of[mention.unit].add(mention.row)
    score = TaskScore(gold=len(gold_of))
    per_event: dict[str, list[int]] = {}
    for unit, incidents in sorted(gold_of.items()):
        gold = sum(incidents.values())
        if unit not in rows_of:
            per_event[unit] = [gold, 0]
            continue
        found = sum(int(rows[i]["fatalities"] or 0) for i in rows_of[unit])
        per_event[unit] = [gold, found]
        score.add(int(found == gold), 1, 0)
    by_country: dict[str, list[int]] = {}
    names = {_country_name(code): code for code in set(country_of.values())}
    for unit, incidents in gold_of.items():
        entry = by_country.setdefault(country_of[unit], [0, 0])
        entry[0] += sum(incidents.values())
    for row in rows:
        code = names.get(str(row["country"]), str(row["country"]) or "?")
        by_country.setdefault(code, [0, 0])[1] += int(row["fatalities"] or 0)
    score.extra = {
        "gold_total": sum(gold for gold, _ in by_country.values()),
        "export_total": sum(found for _, found in by_country.values()),
        "abs_error": sum(abs(gold - found) for gold, found in by_country.values()),
        "by_country": {code: by_country[code] for code in sorted(by_country)},
    }
    return score, {unit: pair for unit, pair in per_event.items() if pair[0] != pair[1]}


def _country_name(iso2: str) -> str:
    """The country's name as the export writes it ("" when unknown)."""
    from tally.export.acled import _countries

    return str(_countries().get(iso2, {}).get("name", ""))


def _mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0


class ClusterScorer(Scorer):
    """Scores event clusters against a ``clusters`` split (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(tasks=TASKS)
        self.mentions: list[Mention] = []
        self._texts: dict[str, str] = {}

    def add_split(
        self,
        items: list[GoldItem],
        articles: list[Article | None],
        clusters: list[EventCluster],
        rows: list[dict[str, Any]] | None = None,
    ) -> None:
        cluster_of = {(e.doc, e.event): c.id for c in clusters for e in c.events}
        row_of = {c: i for i, row in enumerate(rows or []) for c in str(row["tally_cluster"]).split()}
        found = 0
        for item, article in zip(items, articles, strict=True):
            self._texts[item.id] = item.text
            offsets = OffsetMap(item.text, article.text) if article is not None else None
            for gold in item.data.get("incidents") or []:
                mention = Mention(
                    doc=item.id,
                    incident=str(gold["incident"]),
                    span=(gold["start"], gold["end"]),
                    acled_event=str(gold.get("acled_event") or ""),
                    fatalities=int(gold.get("fatalities") or 0),
                    background=bool(gold.get("background")),
                    country=str(gold.get("country") or ""),
                )
                if article is not None and offsets is not None:
                    mention.event = _event_for(mention.span, article, offsets)
                    if mention.event is not None:
                        # an event no cluster holds is a cluster of its own
                        key = (article.id, mention.event)
                        mention.cluster = cluster_of.get(key, f"{article.id}:{mention.event}")
                        mention.row = row_of.get(mention.cluster)
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
        if rows is not None:
            self.scores["acled_rows"] = score_rows(self.mentions)
            self.scores["fatalities"], wrong = score_fatalities(self.mentions, rows)
            self._record_rows(items, rows)
            if wrong:  # gold events whose rows count other fatalities: [gold, export]
                self.errors.append(
                    {"id": "(split)", "task": "fatalities", "missed": [], "invented": [], "wrong": [wrong]}
                )
        self._record(items)

    def _record_rows(self, items: list[GoldItem], rows: list[dict[str, Any]]) -> None:
        """Per article: mentions whose row is missing or holds other events, or lacks their event's others."""
        placed = [m for m in self.mentions if m.row is not None]
        for item in items:
            wrong: list[dict[str, Any]] = []
            for mention in (m for m in self.mentions if m.doc == item.id):
                row = None if mention.row is None else rows[mention.row]
                apart = [
                    _name(m, self._texts) for m in placed if m.unit == mention.unit and m.row != mention.row
                ]
                joined = [
                    _name(m, self._texts) for m in placed if m.unit != mention.unit and m.row == mention.row
                ]
                if mention.background and row is not None:
                    joined.append("(background in a row)")
                if (row is None and mention.event is not None and not mention.background) or apart or joined:
                    wrong.append(
                        item_entry(
                            item.text,
                            mention.span,
                            incident=mention.incident,
                            acled_event=mention.unit,
                            row=None if row is None else row["event_id_cnty"],
                            sub_event_type=None if row is None else row["sub_event_type"],
                            fatalities=None if row is None else row["fatalities"],
                            kept_apart_from=apart,
                            joined_with=joined,
                        )
                    )
            self.record_errors(item, "acled_rows", wrong=wrong)

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
    articles, clusters, rows = analyse_split(items)
    scorer = ClusterScorer()
    scorer.add_split(items, articles, clusters, rows)
    return scorer, [item.id for item, article in zip(items, articles, strict=True) if article is None]


__all__ = [
    "ClusterScorer",
    "Mention",
    "analyse_split",
    "evaluate_clusters",
    "score_fatalities",
    "score_mentions",
    "score_rows",
]
