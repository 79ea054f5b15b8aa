"""Temporal expressions against TempEval-3 TIMEX3 gold.

Tasks:

- ``timex``: span P/R/F1 over every TIMEX3 (DATE, TIME, DURATION, SET):
  overlap is the main ("relaxed") number and exact the ``exact_*`` ("strict")
  one; ``recall_<TYPE>`` extras give recall per TIMEX3 type, since tally
  normalises dates and says nothing of durations or sets.
  (TempEval-3's own relaxed match is *any* overlap; ours asks for half of the
  shorter span, so our relaxed numbers are slightly stricter.)
- ``timex+value``: a hit is a gold DATE expression matched by a prediction
  whose value is right. Predictions matched to non-DATE gold are not counted.
  ``accuracy`` = right values / matched DATE expressions (TempEval-3's value
  accuracy), next to P/R/F1.

Value rule: tally reports a date at its own granularity and the prediction
must equal the gold value exactly: gold ``1998-08-07`` against ``1998-08`` is
wrong (truncating gold to the predicted granularity would reward vagueness).
Gold values with a time part compare on their date part
(``1998-08-07TEV`` → ``1998-08-07``), since tally has no times of day. Week
numbers compare as numbers (``1998-W5`` = ``1998-W05``).
"""

from __future__ import annotations

import re
from collections import Counter

from tally.evaluate._base import Scorer, item_entry, offset_map, score_spans, trim
from tally.evaluate.gold import GoldItem
from tally.evaluate.match import Span, TaskScore, exact_extra
from tally.records import Article

TASKS = ("timex", "timex+value")

_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")


def normalise_value(value: str | None) -> str | None:
    """The comparable form of a TimeML or tally date value (see the module docstring)."""
    if value is None:
        return None
    value = value.strip().upper()
    if "T" in value and re.match(r"^\d{4}-\d{2}-\d{2}T", value):
        value = value.split("T", 1)[0]
    week = _WEEK.match(value)
    if week:
        value = f"{week.group(1)}-W{int(week.group(2)):02d}"
    return value or None


def values_equal(gold: str | None, pred: str | None) -> bool:
    """True when *pred* equals *gold* under :func:`normalise_value`; None is never right."""
    g, p = normalise_value(gold), normalise_value(pred)
    return g is not None and p is not None and g == p


class TimexScorer(Scorer):
    """Scores ``Article.dates`` against a TempEval-3 line's ``timex`` list."""

    def __init__(self) -> None:
        super().__init__(tasks=TASKS)
        self._exact = [0, 0, 0]
        self._by_type_gold: Counter[str] = Counter()
        self._by_type_found: Counter[str] = Counter()
        self._matched_dates = 0

    def add(self, item: GoldItem, article: Article) -> None:
        omap = offset_map(item, article)
        gold = list(item.data.get("timex") or [])
        gold_spans: list[Span] = [trim(item.text, (t["start"], t["end"])) for t in gold]
        preds = list(article.dates)
        pred_spans = [trim(item.text, omap.span(d.start, d.end)) for d in preds]

        exact = score_spans(gold_spans, pred_spans, mode="exact")
        self._exact[0] += exact.tp
        self._exact[1] += len(preds)
        self._exact[2] += len(gold)

        out = score_spans(gold_spans, pred_spans, mode="overlap")
        self.scores["timex"].add(out.tp, len(preds), len(gold))
        for t in gold:
            self._by_type_gold[t.get("type") or "?"] += 1
        for g, _p in out.pairs:
            self._by_type_found[gold[g].get("type") or "?"] += 1

        date_pairs = [(g, p) for g, p in out.pairs if gold[g].get("type") == "DATE"]
        other_pairs = len(out.pairs) - len(date_pairs)
        right = [(g, p) for g, p in date_pairs if values_equal(gold[g]["value"], preds[p].value)]
        self._matched_dates += len(date_pairs)
        self.scores["timex+value"].add(
            len(right), len(preds) - other_pairs, sum(1 for t in gold if t.get("type") == "DATE")
        )
        wrong = [
            item_entry(
                item.text,
                gold_spans[g],
                gold_value=gold[g]["value"],
                value=preds[p].value,
                granularity=preds[p].granularity,
            )
            for g, p in date_pairs
            if (g, p) not in set(right)
        ]
        self.record_errors(
            item,
            "timex",
            missed=[
                item_entry(item.text, gold_spans[g], type=gold[g].get("type"), value=gold[g].get("value"))
                for g in out.missed
            ],
            invented=[item_entry(item.text, pred_spans[p], value=preds[p].value) for p in out.invented],
            wrong=wrong,
        )

    def finish(self) -> dict[str, TaskScore]:
        self.scores["timex"].extra.update(exact_extra(*self._exact))
        for kind in sorted(self._by_type_gold):
            self.scores["timex"].extra[f"recall_{kind}"] = (
                self._by_type_found[kind] / self._by_type_gold[kind]
            )
        value = self.scores["timex+value"]
        value.extra["accuracy"] = value.tp / self._matched_dates if self._matched_dates else 0.0
        value.extra["matched"] = self._matched_dates
        return self.scores
