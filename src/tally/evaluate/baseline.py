"""The accuracy gate: pinned floors in ``eval/baseline.json``, checked on a fixed slice of each set.

A slice is a set, a split and a number of items (:class:`GateSlice`): the first
N items of each public set's ``dev`` file (:data:`GATE_SLICES`), and the whole
of each split of the project's own ``reports`` set (:data:`LOCAL_SLICES`,
keyed ``reports`` for ``tune`` and ``reports/check`` for ``check``), read from
the checkout's ``eval/`` folder whatever ``--root`` says. A local slice whose
gold file does not exist yet is left out of the measurement, and joins the
gate at the first ``--update`` after it exists; once it has floors, a missing
file fails the check.

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
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tally.errors import ConfigError
from tally.evaluate.gold import GoldItem, default_root, gold_digest, gold_path, load_gold, repo_eval_dir
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


@dataclass(frozen=True)
class GateSlice:
    """What the gate scores under one key of ``eval/baseline.json``."""

    set: str
    split: str = "dev"
    #: the first *limit* items of the split; None for all of them
    limit: int | None = None
    #: for a local slice, the folder under ``eval/`` that holds ``SET/SPLIT.jsonl``
    #: ("" for ``eval/`` itself; ``reports_wikinews`` for the Wikinews gold,
    #: ``reports_trnews`` for the TR-News gold, ``reports_geoweb`` for GeoWebNews,
    #: ``reports_lgl`` for LGL, ``reports_aquaint`` for the AQUAINT newswire,
    #: ``reports_mixed`` for round 50's PolNeAR, AQUAINT and LGL articles, ``reports_mixed2``
    #: and ``reports_mixed3`` for rounds 52's and 53's AQUAINT, Wikinews and LGL articles,
    #: ``reports_mixed4`` for round 54's PolNeAR, AQUAINT, Wikinews and LGL articles,
    #: ``reports_mixed5`` for round 55's LGL, GeoWebNews, TR-News and Wikinews articles)
    folder: str = ""


#: The project's own gold, scored whole on both splits: ``tune`` may be looked at
#: while writing rules, ``check`` is only scored. ``eval/reports/`` holds the VOA
#: stories, ``eval/reports_wikinews/reports/`` the Wikinews articles,
#: ``eval/reports_trnews/reports/`` the TR-News articles,
#: ``eval/reports_geoweb/reports/`` the GeoWebNews articles, ``eval/reports_lgl/reports/``
#: the LGL local-news articles, ``eval/reports_aquaint/reports/`` the AQUAINT newswire,
#: ``eval/reports_mixed/reports/`` round 50's articles of PolNeAR, AQUAINT and LGL,
#: ``eval/reports_mixed2/reports/`` round 52's articles of AQUAINT, Wikinews and LGL,
#: ``eval/reports_mixed3/reports/`` round 53's, ``eval/reports_mixed4/reports/`` round 54's (with PolNeAR),
#: ``eval/reports_mixed5/reports/`` round 55's (LGL, GeoWebNews, TR-News, Wikinews).
LOCAL_SLICES: dict[str, GateSlice] = {
    "reports": GateSlice("reports", "tune"),
    "reports/check": GateSlice("reports", "check"),
    "reports_wikinews": GateSlice("reports", "tune", folder="reports_wikinews"),
    "reports_wikinews/check": GateSlice("reports", "check", folder="reports_wikinews"),
    "reports_trnews": GateSlice("reports", "tune", folder="reports_trnews"),
    "reports_trnews/check": GateSlice("reports", "check", folder="reports_trnews"),
    "reports_geoweb": GateSlice("reports", "tune", folder="reports_geoweb"),
    "reports_geoweb/check": GateSlice("reports", "check", folder="reports_geoweb"),
    "reports_lgl": GateSlice("reports", "tune", folder="reports_lgl"),
    "reports_lgl/check": GateSlice("reports", "check", folder="reports_lgl"),
    "reports_aquaint": GateSlice("reports", "tune", folder="reports_aquaint"),
    "reports_aquaint/check": GateSlice("reports", "check", folder="reports_aquaint"),
    "reports_mixed": GateSlice("reports", "tune", folder="reports_mixed"),
    "reports_mixed/check": GateSlice("reports", "check", folder="reports_mixed"),
    "reports_mixed2": GateSlice("reports", "tune", folder="reports_mixed2"),
    "reports_mixed2/check": GateSlice("reports", "check", folder="reports_mixed2"),
    "reports_mixed3": GateSlice("reports", "tune", folder="reports_mixed3"),
    "reports_mixed3/check": GateSlice("reports", "check", folder="reports_mixed3"),
    "reports_mixed4": GateSlice("reports", "tune", folder="reports_mixed4"),
    "reports_mixed4/check": GateSlice("reports", "check", folder="reports_mixed4"),
    "reports_mixed5": GateSlice("reports", "tune", folder="reports_mixed5"),
    "reports_mixed5/check": GateSlice("reports", "check", folder="reports_mixed5"),
}


def gate_slices() -> dict[str, GateSlice]:
    """Every slice of the gate by its key in ``eval/baseline.json``: public sets, then local ones."""
    public = {name: GateSlice(name, "dev", limit) for name, limit in GATE_SLICES.items()}
    return public | LOCAL_SLICES


def slice_root(key: str, *, root: Path | None = None, local_root: Path | None = None) -> Path:
    """Folder holding a slice's set: *local_root* (default the checkout's ``eval/``) for the
    local slices, *root* (default :func:`~tally.evaluate.gold.default_root`) for the others."""
    if key in LOCAL_SLICES:
        base = local_root or repo_eval_dir()
        return base / LOCAL_SLICES[key].folder if LOCAL_SLICES[key].folder else base
    return root or default_root()


def slice_exists(key: str, *, root: Path | None = None, local_root: Path | None = None) -> bool:
    """The slice's gold file is there."""
    part = gate_slices()[key]
    return (slice_root(key, root=root, local_root=local_root) / part.set / f"{part.split}.jsonl").is_file()


def slice_items(key: str, *, root: Path | None = None, local_root: Path | None = None) -> list[GoldItem]:
    """The gold items the gate scores for *key*."""
    part = gate_slices()[key]
    where = slice_root(key, root=root, local_root=local_root)
    gold_path(part.set, root=where, split=part.split)  # the clear error when it is missing
    return load_gold(part.set, root=where, split=part.split, limit=part.limit)


def measured_keys(
    sets: Iterable[str] | None = None, *, root: Path | None = None, local_root: Path | None = None
) -> list[str]:
    """*sets*, or every slice whose gold is there (a public set's absence stays an error)."""
    if sets is not None:
        return list(sets)
    return [
        key
        for key in gate_slices()
        if key not in LOCAL_SLICES or slice_exists(key, root=root, local_root=local_root)
    ]


#: Which pipeline extractor each task family needs (names of
#: :mod:`tally.extract.registry`).
TASK_EXTRACTOR: dict[str, str] = {
    "quotes": "quotes",
    "toponyms": "places",
    "timex": "dates",
    "event": "events",
    "figures": "figures",
    "places": "places",
    "dates": "dates",
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

    return {spec.name for spec in available_extractors()}


def task_score(scores: dict[str, Any]) -> float:
    """The gated number of a task: F1, or recall when precision is undefined."""
    value = scores["f1"] if scores.get("f1") is not None else scores["r"]
    return float(value or 0.0)


def measure(
    *,
    root: Path | None = None,
    sets: Iterable[str] | None = None,
    analyze: Analyze | None = None,
    local_root: Path | None = None,
) -> dict[str, EvalResult]:
    """Evaluate every gate slice (or those keyed *sets*), keyed as in ``eval/baseline.json``.

    :param root: folder of the public sets; *local_root*: of the local ones
        (see :func:`slice_root`). Local slices without a gold file are left out.
    """
    slices = gate_slices()
    out: dict[str, EvalResult] = {}
    for key in measured_keys(sets, root=root, local_root=local_root):
        part = slices[key]
        where = slice_root(key, root=root, local_root=local_root)
        out[key] = evaluate(part.set, root=where, split=part.split, limit=part.limit, analyze=analyze)
    return out


def slice_digest(key: str, *, root: Path | None = None, local_root: Path | None = None) -> str:
    """sha256 of the gate's slice *key*."""
    return gold_digest(slice_items(key, root=root, local_root=local_root))


def load_baseline(path: Path = DEFAULT_PATH) -> dict[str, Any]:
    """The committed baseline; :class:`ConfigError` when it is missing or unreadable."""
    try:
        data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
        return data
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
            "Accuracy floors of tally on the first `limit` items of each public dev set "
            "and on every item of each split of the project's own sets (eval/reports/). "
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
    complete: bool = False,
) -> list[str]:
    """Every way *results* fall short of *baseline*; an empty list means the gate passes.

    :param complete: *results* should cover every pinned slice (the full gate):
        a pinned slice that was not measured (its gold file is gone) fails.
    """
    tol = baseline.get("tolerance", TOLERANCE) if tolerance is None else tolerance
    failures: list[str] = []
    for name, pinned in baseline.get("sets", {}).items():
        if name not in results:
            if complete:
                failures.append(f"{name}: has floors but was not measured (is its gold file there?)")
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
    return check_gate(results, load_baseline(path), digests=digests, complete=True)


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
