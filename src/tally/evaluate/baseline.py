"""The accuracy gate: pinned floors in ``eval/baseline.json``, checked on a fixed slice of each set.

::

    tally eval-baseline            # check: exit 1 when a score fell
    tally eval-baseline --update   # re-measure and write the floors
    tally eval-baseline --update --allow-regression   # accept lower floors

The command calls :func:`check_baseline` and :func:`update_baseline`;
``python -m tally.evaluate.baseline`` runs the same command.

Rules (modelled on trafilatura's ``tests/eval_gate.py``):

- a gated task fails when its score is more than :data:`TOLERANCE` below its floor;
- the check fails when a slice's gold changed (sha256) until it is re-measured;
- ``--update`` never lowers a floor unless ``--allow-regression`` is given, so a
  drop is a decision someone signs, not a side effect of re-running;
- a task is gated only when the extractor it needs is installed in the
  pipeline; others are recorded with ``"gated": false`` and the reason, and
  join the gate at the next ``--update`` after their extractor is wired.

The score of a task is its F1, or its recall where precision is undefined (RAMS).
Floors are numbers measured by this module, never typed by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from tally.errors import ConfigError
from tally.evaluate.gold import default_root, gold_digest, load_gold
from tally.evaluate.runner import Analyze, EvalResult, evaluate

#: A score may fall this much below its floor before the gate fails: small
#: slices move by a point or two when an unrelated rule shifts a span edge.
TOLERANCE = 0.02

#: Items scored per set by the gate: the first N of each dev file. Chosen so the
#: whole gate stays around 30 s on two cores with the sm model (long articles
#: get fewer items) while every task still has some dozens of gold items.
GATE_SLICES: dict[str, int] = {
    "polnear": 20,
    "lgl": 30,
    "geowebnews": 12,
    "trnews": 20,
    "geovirus": 25,
    "tempeval3": 20,
    "plover": 198,
    "rams": 150,
}

#: Which pipeline extractor each task family needs (names of
#: :data:`tally.pipeline.EXTRACTORS`).
TASK_EXTRACTOR: dict[str, str] = {
    "quotes": "quotes",
    "toponyms": "places",
    "timex": "dates",
    "event": "events",
}

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "eval" / "baseline.json"


class RegressionRefused(ConfigError):
    """``--update`` would lower a floor and ``--allow-regression`` was not given."""


def extractor_for(task: str) -> str:
    """The extractor a task measures (``quotes+speaker`` → ``quotes``, ``event_type`` → ``events``)."""
    for prefix, name in TASK_EXTRACTOR.items():
        if task.startswith(prefix):
            return name
    raise ValueError(f"no extractor known for task {task!r}")


def installed_extractors() -> set[str]:
    """Names of the extractors the pipeline would run now."""
    from tally.pipeline import available_extractors

    return {name for name, _function, _field in available_extractors()}


def task_score(scores: dict[str, Any]) -> float:
    """The gated number of a task: F1, or recall when precision is undefined."""
    value = scores["f1"] if scores.get("f1") is not None else scores["r"]
    return float(value or 0.0)


def measure(
    *,
    root: Path | None = None,
    sets: Iterable[str] | None = None,
    analyze: Analyze | None = None,
) -> dict[str, EvalResult]:
    """Evaluate the gate's slice of every set (or of *sets*)."""
    names = list(sets) if sets is not None else list(GATE_SLICES)
    return {
        name: evaluate(name, root=root, split="dev", limit=GATE_SLICES[name], analyze=analyze)
        for name in names
    }


def slice_digest(set_name: str, *, root: Path | None = None) -> str:
    """sha256 of the gate's slice of *set_name*."""
    items = load_gold(set_name, root=root or default_root(), limit=GATE_SLICES[set_name])
    return gold_digest(items)


def load_baseline(path: Path = DEFAULT_PATH) -> dict[str, Any]:
    """The committed baseline; :class:`ConfigError` when it is missing or unreadable."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except FileNotFoundError as ex:
        raise ConfigError(
            f"no baseline at {path}: create it with `python -m tally.evaluate.baseline --update`"
        ) from ex
    except json.JSONDecodeError as ex:
        raise ConfigError(f"{path} is not JSON: {ex}") from ex


def build_baseline(
    results: dict[str, EvalResult],
    *,
    previous: dict[str, Any] | None = None,
    digests: dict[str, str],
    installed: set[str],
    allow_regression: bool = False,
) -> dict[str, Any]:
    """The new baseline from *results*; raises :class:`RegressionRefused` on a lowered floor."""
    old_sets = (previous or {}).get("sets", {})
    lowered: list[str] = []
    sets: dict[str, Any] = {}
    for name, result in results.items():
        tasks: dict[str, Any] = {}
        for task, score in result.tasks.items():
            scores = score.to_dict()
            value = task_score(scores)
            extractor = extractor_for(task)
            entry: dict[str, Any] = {"score": round(value, 4), "gated": extractor in installed}
            if not entry["gated"]:
                entry["reason"] = f"extractor {extractor!r} not in the pipeline yet"
            old = old_sets.get(name, {}).get("tasks", {}).get(task)
            if old and old.get("gated") and entry["gated"] and value < old["score"] - 1e-9:
                lowered.append(f"{name}/{task}: {old['score']:.4f} -> {value:.4f}")
            tasks[task] = entry
        sets[name] = {
            "split": result.split,
            "limit": result.items,
            "sha256": digests[name],
            "tasks": tasks,
        }
    if lowered and not allow_regression:
        raise RegressionRefused(
            "refusing to lower these floors (pass --allow-regression to accept): " + "; ".join(lowered)
        )
    return {
        "about": (
            "Accuracy floors of tally on the first `limit` items of each dev set. "
            "Written by `python -m tally.evaluate.baseline --update`; do not edit by hand. "
            "Tasks with gated=false are recorded but not enforced until their extractor exists."
        ),
        "measured": date.today().isoformat(),
        "tolerance": TOLERANCE,
        "score": "f1, or recall where precision is undefined",
        "sets": sets,
    }


def check_gate(
    results: dict[str, EvalResult],
    baseline: dict[str, Any],
    *,
    digests: dict[str, str] | None = None,
    tolerance: float | None = None,
) -> list[str]:
    """Every way *results* fall short of *baseline*; an empty list means the gate passes."""
    tol = baseline.get("tolerance", TOLERANCE) if tolerance is None else tolerance
    failures: list[str] = []
    for name, pinned in baseline.get("sets", {}).items():
        if name not in results:
            continue
        if digests is not None and digests.get(name) != pinned.get("sha256"):
            failures.append(f"{name}: the gold slice changed; re-measure with --update")
        scores = results[name].tasks
        for task, entry in pinned.get("tasks", {}).items():
            if not entry.get("gated"):
                continue
            if task not in scores:
                failures.append(f"{name}/{task}: no longer scored")
                continue
            value = task_score(scores[task].to_dict())
            if value < entry["score"] - tol:
                failures.append(
                    f"{name}/{task}: {value:.4f} is more than {tol:.2f} below the floor {entry['score']:.4f}"
                )
    return failures


def check_baseline(
    *, root: Path | None = None, path: Path = DEFAULT_PATH, analyze: Analyze | None = None
) -> list[str]:
    """Measure the gate's slices and compare them with the baseline at *path*.

    :returns: every way the scores fall short (empty: the gate passes).
    :raises ConfigError: a gold set or the baseline is missing or unreadable.
    """
    root = root or default_root()
    results = measure(root=root, analyze=analyze)
    digests = {name: slice_digest(name, root=root) for name in results}
    return check_gate(results, load_baseline(path), digests=digests)


def update_baseline(
    *,
    root: Path | None = None,
    path: Path = DEFAULT_PATH,
    allow_regression: bool = False,
    analyze: Analyze | None = None,
) -> dict[str, Any]:
    """Re-measure the gate's slices and write the floors to *path*; return the new baseline.

    :raises RegressionRefused: a floor would be lowered and *allow_regression* is False
        (nothing is written then).
    """
    root = root or default_root()
    results = measure(root=root, analyze=analyze)
    digests = {name: slice_digest(name, root=root) for name in results}
    previous = load_baseline(path) if path.exists() else None
    new = build_baseline(
        results,
        previous=previous,
        digests=digests,
        installed=installed_extractors(),
        allow_regression=allow_regression,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    return new


if __name__ == "__main__":  # pragma: no cover - the same gate as `tally eval-baseline`
    from tally.cli.measure import eval_baseline_command

    eval_baseline_command(prog_name="python -m tally.evaluate.baseline")
