"""K-fold cross-validation of the PLOVER event scores: an honest estimate for hand-written rules.

tally's event typing is rules and word lists, not a trained model, so "train
on 4/5, score on 1/5" needs a reading for rules. Two numbers are reported per
fold (items assigned by a stable hash of their id, :func:`fold_of`):

- ``plain``: the scores of the fold's items with the rules as they are. Their
  mean over folds is the dev number with its spread: how much the score moves
  from one fifth of the sentences to another.
- ``held_out``: the same items, but a trigger is allowed to count as right
  only when the rules could have been written from the *other* four folds: a
  trigger word (its rough stem, :func:`trigger_key`) that is right on this
  fold's items but on no item of another fold is treated as absent, and the
  item scored as tally would read it with no rule firing in it: what the
  learned fallback (:mod:`tally.extract.events.learned`, trained on our own
  sentences, never on PLOVER items) says, often no event. A rule that helps only the fold
  that prompted it is exactly what this removes, so the ``held_out`` mean is the
  estimate to set next to the held-out half of the gold set.

  Triggers from the generated WordNet list (``wordnet_triggers.json``) are
  exempt: ``scripts/wordnet_lexicon.py`` derives them from the codebook's and
  the hand-written lists' words without looking at any dev item, so no fold
  prompted them (:func:`generated_stems`).

The gold sentences are analysed once; each fold rescores its share.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tally.evaluate.events import PloverScorer, first_event
from tally.evaluate.gold import GoldItem, load_gold, root_for
from tally.evaluate.runner import Analyze, _empty_article, analyze_items
from tally.extract.events import learned as event_learned
from tally.extract.events import lexicon as event_lexicon
from tally.lang import active
from tally.records import Article

#: The four scores a fold report shows: (label, task, key of the task's dict).
FOLD_SCORES = (
    ("type", "event_type", "accuracy"),
    ("mode", "event_mode", "accuracy"),
    ("actor", "event_actor", "f1"),
    ("target", "event_target", "f1"),
)

#: Endings stripped to compare trigger words across inflections ("agreed", "agrees").
_ENDINGS = ("ing", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def generated_stems() -> frozenset[str]:
    """Rough stems of the generated WordNet trigger words no hand-written entry shares.

    A stem a hand-written word also has ("wounding" / "wound") could be that
    word's rule, which a fold may have prompted, so it is not exempt.
    """
    hand: set[str] = set()
    for table in ("verbs", "nouns", "phrasal", "verb_object", "noun_compounds"):
        for key in active().get("events", table):
            hand.update(_stem(w) for w in (key if isinstance(key, tuple) else (key,)))
    words = {_stem(w) for pos in ("v", "n") for w in event_lexicon.generated(pos)}
    return frozenset(words - hand)


def fold_of(item_id: str, folds: int) -> int:
    """The fold (0 … folds-1) of an item: sha1 of its id, so the split never depends on file order."""
    return int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % folds


def trigger_key(article: Article) -> str | None:
    """A rough stem of the first event's trigger words with its type: which rule fired."""
    event = first_event(list(article.events))
    if event is None:
        return None
    words = [_stem(word) for word in article.text[event.trigger[0] : event.trigger[1]].lower().split()]
    return f"{event.type}:{' '.join(words)}"


def _is_generated(key: str, stems: frozenset[str]) -> bool:
    """Whether a trigger key's words include a generated WordNet word (prompted by no fold)."""
    return any(word in stems for word in key.partition(":")[2].split())


@dataclass
class FoldReport:
    """Per-fold scores (``plain`` and ``held_out``) and their means, next to the plain dev scores."""

    folds: int
    items: int
    dev: dict[str, float]
    plain: list[dict[str, float]]
    held_out: list[dict[str, float]]
    sizes: list[int]

    @staticmethod
    def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
        return {label: sum(r[label] for r in rows) / len(rows) for label, _, _ in FOLD_SCORES}

    @property
    def plain_mean(self) -> dict[str, float]:
        return self._mean(self.plain)

    @property
    def held_out_mean(self) -> dict[str, float]:
        return self._mean(self.held_out)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape of ``tally eval plover --folds K --json``."""
        return {
            "set": "plover",
            "folds": self.folds,
            "items": self.items,
            "dev": self.dev,
            "per_fold": [
                {"fold": k + 1, "items": n, "plain": p, "held_out": h}
                for k, (n, p, h) in enumerate(zip(self.sizes, self.plain, self.held_out, strict=True))
            ],
            "mean": {"plain": self.plain_mean, "held_out": self.held_out_mean},
        }


def _scores(pairs: list[tuple[GoldItem, Article]]) -> dict[str, float]:
    scorer = PloverScorer()
    for item, article in pairs:
        scorer.add(item, article)
    tasks = scorer.finish()
    out: dict[str, float] = {}
    for label, task, key in FOLD_SCORES:
        score = tasks[task]
        value = score.extra.get(key) if key == "accuracy" else score.f1
        out[label] = round(float(value or 0.0), 3)
    return out


def _is_right(item: GoldItem, article: Article) -> bool:
    gold = (item.data.get("events") or [{}])[0]
    event = first_event(list(article.events))
    return event is not None and event.type == gold.get("type")


def _without_rules(pairs: list[tuple[GoldItem, Article]], analyze: Analyze | None) -> list[Article]:
    """The items' articles with no word-list rule firing (the learned fallback's events only).

    The learned model was trained on our own sentences, never on a PLOVER
    item, so what it says of a fold's sentence owes nothing to that fold.
    """
    if not pairs:
        return []
    with event_learned.without_rules():
        again = analyze_items([item for item, _ in pairs], analyze)
    return [
        fresh if fresh is not None else article.model_copy(update={"events": []})
        for (_, article), fresh in zip(pairs, again, strict=True)
    ]


def cross_validate(
    *,
    folds: int = 5,
    root: Path | None = None,
    split: str = "dev",
    analyze: Analyze | None = None,
    items: list[GoldItem] | None = None,
    articles: list[Article | None] | None = None,
) -> FoldReport:
    """Score the PLOVER split fold by fold (see the module docstring for ``plain`` and ``held_out``).

    :param items: / :param articles: gold items and tally's articles for them,
        when the caller has analysed them already (else the split is loaded and analysed).
    """
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    if items is None:
        items = load_gold("plover", root=root_for("plover", root), split=split)
    if articles is None:
        articles = analyze_items(items, analyze)
    pairs = [
        (item, a if a is not None else _empty_article(item)) for item, a in zip(items, articles, strict=True)
    ]
    fold = [fold_of(item.id, folds) for item, _ in pairs]
    keys = [trigger_key(a) for _, a in pairs]
    # the folds on whose items each trigger key is right
    right_in: dict[str, set[int]] = {}
    for (item, article), k, key in zip(pairs, fold, keys, strict=True):
        if key is not None and _is_right(item, article):
            right_in.setdefault(key, set()).add(k)
    generated = generated_stems()
    plain, held_out, sizes = [], [], []
    for k in range(folds):
        mine = [i for i, f in enumerate(fold) if f == k]
        sizes.append(len(mine))
        plain.append(_scores([pairs[i] for i in mine]))
        unsupported = [
            i
            for i in mine
            if keys[i] is not None
            and _is_right(*pairs[i])
            and not (right_in[keys[i] or ""] - {k})
            and not _is_generated(keys[i] or "", generated)
        ]
        # a rule unsupported outside fold k is absent: tally then says what its learned fallback says
        instead = dict(
            zip(unsupported, _without_rules([pairs[i] for i in unsupported], analyze), strict=True)
        )
        held_out.append(_scores([(pairs[i][0], instead.get(i, pairs[i][1])) for i in mine]))
    return FoldReport(
        folds=folds, items=len(pairs), dev=_scores(pairs), plain=plain, held_out=held_out, sizes=sizes
    )
