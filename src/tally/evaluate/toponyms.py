"""Toponyms: recognition (spans) and resolution (coordinates), on lgl, geowebnews, trnews, geovirus.

Every mention of every ``Article.places`` entry is one predicted toponym with
that place's coordinates.

Tasks:

- ``toponyms``: span P/R/F1 (overlap; ``exact_*`` extras);
- ``toponyms@161km``: a hit is a recognised toponym resolved within 161 km
  (100 miles, the customary threshold) of the gold point. Gold toponyms
  without coordinates are left out of this task, and predictions that match
  them are not counted either. Extras: ``accuracy`` (hits / recognised
  toponyms with gold coordinates), ``mean_km``, ``median_km``, ``auc`` (area
  under the log error curve, 0 best, 1 worst; Gritta et al. 2019) and
  ``unresolved`` (recognised but no coordinates: counted at the largest
  possible error, :data:`~tally.evaluate.match.UNRESOLVED_KM`).

GeoWebNews types every toponym. Following its guide (Gritta et al. 2019),
``toponyms`` there counts literal and associative toponyms (Literal, Mixed,
Coercion, Embedded_Literal, Literal_Modifier, Metonymic, Non_Literal_Modifier,
Embedded_Non_Lit, Homonym) and leaves out what is not a place name (demonyms,
languages, ``Non_Toponym``, and the ``*_Expression`` context spans);
``toponyms_literal`` scores the literal types alone, a prediction on an
associative toponym counting neither way.
"""

from __future__ import annotations

import math
from typing import Any

from tally.evaluate._base import Scorer, item_entry, offset_map, score_spans, trim
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import (
    UNRESOLVED_KM,
    Span,
    TaskScore,
    exact_extra,
    haversine_km,
    mean,
    median,
    spans_overlap,
)
from tally.records import Article

#: Customary resolution threshold: 161 km = 100 miles (Leidner 2008; Gritta et al.).
ACCURACY_KM = 161.0

LITERAL_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"})
ASSOCIATIVE_TYPES = frozenset({"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Homonym"})


def _is_toponym(item: dict[str, Any]) -> bool:
    if item.get("non_locational"):
        return False
    kind = item.get("type")
    return kind is None or kind in LITERAL_TYPES or kind in ASSOCIATIVE_TYPES


def _has_point(item: dict[str, Any]) -> bool:
    return item.get("lat") is not None and item.get("lon") is not None


class ToponymScorer(Scorer):
    """Scores ``Article.places`` mentions against a line's ``toponyms`` list."""

    def __init__(self, typed: bool = False) -> None:
        tasks = ("toponyms", "toponyms@161km") + (("toponyms_literal",) if typed else ())
        super().__init__(tasks=tasks)
        self.typed = typed
        self._exact = {t: [0, 0, 0] for t in tasks if t != "toponyms@161km"}
        self._errors_km: list[float] = []
        self._unresolved = 0

    def add(self, item: GoldItem, article: Article) -> None:
        omap = offset_map(item, article)
        gold = [t for t in (item.data.get("toponyms") or []) if _is_toponym(t)]
        gold_spans: list[Span] = [trim(item.text, (t["start"], t["end"])) for t in gold]
        preds: list[tuple[Span, float | None, float | None, str]] = []
        seen: set[Span] = set()
        for place in article.places:
            # LGL, GeoWebNews, TR-News and GeoVirus mark demonyms ("Iranian") as
            # toponyms, unlike ANNOTATION.md: both kinds of mention count here
            for start, end in place.spans():
                span = trim(item.text, omap.span(start, end))
                if span not in seen:
                    seen.add(span)
                    preds.append((span, place.lat, place.lon, place.name))
        pred_spans = [p[0] for p in preds]

        for mode in ("overlap", "exact"):
            out = score_spans(gold_spans, pred_spans, mode=mode)
            self._count("toponyms", mode, out.tp, len(preds), len(gold))
            if self.typed:
                literal = [i for i, t in enumerate(gold) if t.get("type") in LITERAL_TYPES]
                other = [gold_spans[i] for i in range(len(gold)) if i not in set(literal)]
                lit = score_spans([gold_spans[i] for i in literal], pred_spans, mode=mode, ignore=other)
                self._count("toponyms_literal", mode, lit.tp, len(preds) - len(lit.ignored), len(literal))
            if mode != "overlap":
                continue
            far: list[dict[str, Any]] = []
            hits = 0
            pointless_pred = 0
            for g, p in out.pairs:
                if not _has_point(gold[g]):
                    pointless_pred += 1
                    continue
                span, lat, lon, name = preds[p]
                if lat is None or lon is None:
                    km = UNRESOLVED_KM
                    self._unresolved += 1
                else:
                    km = haversine_km(gold[g]["lat"], gold[g]["lon"], lat, lon)
                self._errors_km.append(km)
                if km <= ACCURACY_KM:
                    hits += 1
                else:
                    far.append(
                        item_entry(
                            item.text,
                            gold_spans[g],
                            km=round(km, 1),
                            gold=[gold[g]["lat"], gold[g]["lon"]],
                            pred=[lat, lon],
                            pred_name=name,
                        )
                    )
            # Predictions on gold toponyms without a point cannot be judged for distance.
            pointless_ignored = pointless_pred + sum(
                1
                for i in out.invented
                if any(
                    not _has_point(gold[g]) and spans_overlap(pred_spans[i], gold_spans[g])
                    for g in range(len(gold))
                )
            )
            self.scores["toponyms@161km"].add(
                hits, len(preds) - pointless_ignored, sum(1 for t in gold if _has_point(t))
            )
            self.record_errors(
                item,
                "toponyms",
                missed=[item_entry(item.text, gold_spans[g], type=gold[g].get("type")) for g in out.missed],
                invented=[item_entry(item.text, pred_spans[p], name=preds[p][3]) for p in out.invented],
                wrong=far,
            )

    def _count(self, task: str, mode: str, tp: int, pred: int, gold: int) -> None:
        if mode == "overlap":
            self.scores[task].add(tp, pred, gold)
        else:
            counts = self._exact[task]
            counts[0] += tp
            counts[1] += pred
            counts[2] += gold

    def finish(self) -> dict[str, TaskScore]:
        for task, (tp, pred, gold) in self._exact.items():
            self.scores[task].extra.update(exact_extra(tp, pred, gold))
        errors = self._errors_km
        hits = sum(1 for km in errors if km <= ACCURACY_KM)
        self.scores["toponyms@161km"].extra.update(
            {
                "accuracy": hits / len(errors) if errors else 0.0,
                "mean_km": mean(errors),
                "median_km": median(errors),
                "auc": mean([math.log1p(km) / math.log1p(UNRESOLVED_KM) for km in errors]),
                "resolved_pairs": len(errors),
                "unresolved": self._unresolved,
            }
        )
        return self.scores
