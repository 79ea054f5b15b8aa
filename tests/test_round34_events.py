"""Round 34 (issue 14 §1): why a PLOVER dev item is lost in the held-out reading.

``eval/plover_own/fold_lost.py`` lists the dev items that ``tally eval plover --folds 5`` gets right
in its plain reading and wrong in its held-out one, and says what kind of trigger key made them
fold-local: one word, a several-word phrase (a construction such as "X must <verb>", keyed by its
words), or a refinement that changed the generator's type (negation). No extraction rule changed
this round (see README, "Round 34"); these tests pin the classification. Every sentence here is new
(none from a gold set or the CAMEO manual).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import tally
from tally.evaluate import folds

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "eval" / "plover_own"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fold_lost() -> ModuleType:
    _load("decided_by")
    return _load("fold_lost")


def _kind(module: ModuleType, text: str) -> tuple[str, str, str]:
    """(trigger key, trigger text, key kind) of the first event of *text*."""
    article = tally.analyze(text)
    key = folds.trigger_key(article)
    event, path = sys.modules["decided_by"].path_of(text)
    assert key is not None and event is not None
    return key, text[event.trigger[0] : event.trigger[1]], module.key_kind(key, path)


def test_modal_demand_is_a_phrase_key(fold_lost: ModuleType) -> None:
    # the construction "X must <verb>" is one rule, yet its key names the verb it governs
    key, trigger, kind = _kind(fold_lost, "The bishops said the junta must free the jailed students at once.")
    assert key.startswith("DEMAND:must ")
    assert trigger == "must free"
    assert kind == "phrase"


def test_negated_acceptance_is_refined(fold_lost: ModuleType) -> None:
    text = "The cabinet will not accept the refugees' petition, a spokeswoman told reporters."
    key, trigger, kind = _kind(fold_lost, text)
    assert key == "REJECT:accept"
    assert trigger == "accept"
    assert kind == "refined"


def test_plain_verb_is_a_word_key(fold_lost: ModuleType) -> None:
    # guard: a verb of the lists, unrefined, stays a one-word key
    key, trigger, kind = _kind(
        fold_lost, "Riot police detained eleven dockworkers outside the harbour gates on Tuesday."
    )
    assert key == "COERCE:detain"
    assert trigger == "detained"
    assert kind == "word"


def test_fold_reason(fold_lost: ModuleType) -> None:
    assert fold_lost.fold_reason(1) == "one item"
    assert fold_lost.fold_reason(3) == "own fold"
    assert fold_lost.key_kind("FIGHT:shell", "_verb_trigger:verb") == "word"
    assert fold_lost.key_kind("RETREAT:declar a ceasefir", "_noun_trigger:light") == "phrase"
