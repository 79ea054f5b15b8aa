"""Experiment (not used by tally): a learned fallback for sentences where no word list fires.

Idea: give a sentence whose main verb is in no list ("the neighbours undertook
to demarcate their border") the PLOVER type a classifier trained on our own
sentences gives it. Training data: ``plover_sentences.jsonl`` beside this file
(170 sentences we wrote from the PLOVER codebook's type definitions, about
eight per type plus ``NONE`` sentences; no gold sentence, nothing from the
CAMEO manual). Features of the main verb (lemma, particle, object and
prepositional heads, complement, negation, modal, subject kind), the
sentence's content lemmas and what the word lists know of them; a
hand-written multiclass averaged perceptron.

Result (``python eval/train/experiment.py``): 5-fold cross-validated accuracy
0.15-0.20 and precision of its non-NONE answers 0.12-0.17 whatever the margin,
so it is not wired into extraction: eight sentences per type do not teach
unseen verbs, and the only word vectors on PyPI (``en_core_web_md``'s, 20,000
rows shared by 500,000 words) type lexicon verbs by their neighbours right
0.30-0.44 of the time. A fallback needs far more (and varied) training
sentences or better vectors.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NONE = "NONE"
#: How much the best type's score must exceed NONE's (chosen by cross-validation on the training sentences).
MARGIN = 2.0
EPOCHS = 12
_CONTENT = frozenset({"NOUN", "VERB", "ADJ"})


def main_verb(sent: Span) -> Token | None:
    """The sentence's main verb: its root, or the complement of a reporting root ("X said Y …")."""
    root = sent.root
    if root.lemma_.lower() in event_lexicon.REPORTING:
        inner = event_syntax.child(root, "ccomp")
        if inner is not None:
            root = inner
    return root if root.pos_ == "VERB" else None


def features(verb: Token) -> list[str]:
    """What the classifier sees of a main verb and its sentence."""
    out = [f"v={verb.lemma_.lower()}"]
    for c in verb.children:
        dep = c.dep_
        if dep == "prt":
            out.append(f"prt={verb.lemma_.lower()}_{c.lower_}")
        elif dep in {"dobj", "nsubjpass", "attr"}:
            noun = event_syntax.core_noun(c)
            out.append(f"o={noun.lemma_.lower()}")
        elif dep == "prep":
            out.append(f"p={c.lower_}")
            obj = event_syntax.child(c, "pobj")
            if obj is not None:
                out.append(f"po={c.lower_}_{obj.lemma_.lower()}")
        elif dep == "xcomp":
            out.append(f"x={c.lemma_.lower()}")
            xobj = event_syntax.child(c, "dobj")
            if xobj is not None:
                out.append(f"xo={xobj.lemma_.lower()}")
        elif dep == "neg":
            out.append("neg")
        elif dep == "aux" and c.lower_ in event_lexicon.FUTURE_MODALS:
            out.append("future")
    subj = event_syntax.grammatical_subject(verb)
    if subj is not None:
        out.append(f"s={actor_kind(' '.join(t.text for t in subj.subtree))}")
    words = {t.lemma_.lower() for t in verb.sent if t.pos_ in _CONTENT and not t.is_stop and t.i != verb.i}
    out.extend(sorted(f"w={w}" for w in words))
    # what the word lists know of the other words: their event types and object classes
    known = set()
    for w in words:
        sense = event_lexicon.NOUNS.get(w) or event_lexicon.VERBS.get(w)
        if sense is not None:
            known.add(f"t={sense.type}")
        known.update(f"c={name}" for name, members in event_lexicon.OBJECT_CLASSES.items() if w in members)
        kind = actor_kind(w)
        if kind is not None:
            known.add(f"k={kind}")
    out.extend(sorted(known))
    return out


class Perceptron:
    """Multiclass averaged perceptron over string features (weights: feature → type → weight)."""

    def __init__(self, weights: dict[str, dict[str, float]] | None = None) -> None:
        self.weights: dict[str, dict[str, float]] = weights or {}

    def scores(self, feats: list[str]) -> dict[str, float]:
        """Score of every type for *feats*."""
        total: dict[str, float] = defaultdict(float)
        for f in feats:
            for label, w in self.weights.get(f, {}).items():
                total[label] += w
        return dict(total)

    def predict(self, feats: list[str], margin: float = MARGIN) -> str:
        """The best type, or NONE unless it beats NONE by *margin*."""
        scores = self.scores(feats)
        if not scores:
            return NONE
        best = max(sorted(scores), key=lambda k: scores[k])
        if best == NONE or scores[best] - scores.get(NONE, 0.0) < margin:
            return NONE
        return best

    @classmethod
    def train(cls, data: list[tuple[list[str], str]], epochs: int = EPOCHS, seed: int = 0) -> Perceptron:
        """Averaged perceptron; the fixed seed makes the model the same on every build."""
        labels = sorted({y for _, y in data})
        weights: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        stamps: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        step = 0
        order = list(range(len(data)))
        rng = random.Random(seed)

        def update(f: str, label: str, delta: float) -> None:
            totals[f][label] += (step - stamps[f][label]) * weights[f][label]
            stamps[f][label] = step
            weights[f][label] += delta

        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                feats, gold = data[i]
                step += 1
                score = {y: sum(weights[f][y] for f in feats if f in weights) for y in labels}
                guess = max(labels, key=lambda y: score[y])
                if guess != gold:
                    for f in feats:
                        update(f, gold, 1.0)
                        update(f, guess, -1.0)
        averaged: dict[str, dict[str, float]] = {}
        for f, per in weights.items():
            row = {}
            for label, w in per.items():
                total = totals[f][label] + (step - stamps[f][label]) * w
                value = round(total / step, 4)
                if value:
                    row[label] = value
            if row:
                averaged[f] = row
        return cls(averaged)


# -- training and cross-validation on our sentences ---------------------------------
def _examples(path: Path) -> list[tuple[list[str], str]]:
    from tally.nlp.load import load_model

    nlp = load_model("en_core_web_sm")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for row in rows:
        sent = next(iter(nlp(row["text"]).sents))
        verb = main_verb(sent)
        if verb is not None:
            out.append((features(verb), row["type"]))
    return out


def cross_validate(
    data: list[tuple[list[str], str]], folds: int = 5, margin: float = MARGIN
) -> dict[str, float]:
    """Accuracy, and precision of the non-NONE answers, over *folds* folds of the training sentences."""
    hits = said = right = 0
    for k in range(folds):
        train = [d for i, d in enumerate(data) if i % folds != k]
        test = [d for i, d in enumerate(data) if i % folds == k]
        m = Perceptron.train(train)
        for feats, gold in test:
            guess = m.predict(feats, margin)
            hits += guess == gold
            if guess != NONE:
                said += 1
                right += guess == gold
    return {"accuracy": round(hits / len(data), 3), "precision": round(right / max(said, 1), 3), "said": said}


if __name__ == "__main__":
    examples = _examples(Path(__file__).resolve().parent / "plover_sentences.jsonl")
    for margin in (0.0, 1.0, 2.0, 3.0):
        print(margin, json.dumps(cross_validate(examples, margin=margin)))
    sys.exit(0)
