"""Measure tally against gold data: ``evaluate(set_name, root=…)`` → :class:`EvalResult`.

Matching rules and task names are documented in the scorer modules
(:mod:`~tally.evaluate.quotes`, :mod:`~tally.evaluate.toponyms`,
:mod:`~tally.evaluate.timex`, :mod:`~tally.evaluate.events`,
:mod:`~tally.evaluate.reports`) and in
the README section "Accuracy and speed".
"""

from __future__ import annotations

from tally.evaluate.gold import SET_KINDS, GoldItem, default_root, load_gold
from tally.evaluate.match import TaskScore
from tally.evaluate.runner import EvalResult, evaluate

__all__ = [
    "SET_KINDS",
    "EvalResult",
    "GoldItem",
    "TaskScore",
    "default_root",
    "evaluate",
    "load_gold",
]
