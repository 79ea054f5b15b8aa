"""Gold files: ``ROOT/SET/SPLIT.jsonl``, one article (or sentence, or window) a line.

The format is SPEC.md's "Gold data format": ``id``, ``text``, ``date``,
``source`` and, per task, a list of items with ``start``/``end`` offsets into
``text``. Which list a set carries, and so which scorer reads it, is
:data:`SET_KINDS`.

The ``reports`` set (``ANNOTATION.md``) is the exception: whole articles with
``published``, ``title`` and ``outlet``, and gold items as values and verbatim
strings without offsets. It lives in the checkout's own ``eval/`` folder
(:data:`LOCAL_SETS`), not beside the public sets.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tally.errors import ConfigError

LOGGER = logging.getLogger(__name__)

#: Set name -> kind of gold it carries (the scorer family in :mod:`tally.evaluate.scorers`).
SET_KINDS: dict[str, str] = {
    "polnear": "quotes",
    "lgl": "toponyms",
    "geowebnews": "toponyms",
    "trnews": "toponyms",
    "geovirus": "toponyms",
    "tempeval3": "timex",
    "plover": "plover",
    "rams": "rams",
    "reports": "reports",
    "clusters": "clusters",
}

#: Sets whose gold is annotated for this project and committed with it, under
#: the checkout's own ``eval/`` folder (:func:`repo_eval_dir`), not the shared
#: folder of public sets; and their default split (the public sets' is ``dev``).
LOCAL_SETS: dict[str, str] = {"reports": "tune", "clusters": "tune"}

#: Split scored when none is given, for the sets not in :data:`LOCAL_SETS`.
DEFAULT_SPLIT = "dev"

#: Environment variable naming the gold root, so CI and developers on other
#: machines can point at their copy without a flag.
ROOT_ENV = "TALLY_EVAL_ROOT"

#: A day, or a month ("2020-06") or a year as ANNOTATION.md allows: tally resolves
#: against what is known of it.
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def default_root() -> Path:
    """``$TALLY_EVAL_ROOT``, else ``../shared/eval`` beside the checkout, as the issue fixes it."""
    env = os.environ.get(ROOT_ENV)
    if env:
        return Path(env)
    beside_cwd = Path.cwd().parent / "shared" / "eval"
    if beside_cwd.is_dir():
        return beside_cwd
    # An editable checkout run from elsewhere: src/tally/evaluate/gold.py -> repo root.
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval"


def repo_eval_dir() -> Path:
    """The checkout's ``eval/`` folder, where :data:`LOCAL_SETS` live.

    Found next to the package source first (an editable install, or
    ``PYTHONPATH=src``: ``src/tally/evaluate/gold.py`` → ``<checkout>/eval``),
    then in the current directory (an installed package run from the checkout).
    """
    beside_source = Path(__file__).resolve().parents[3] / "eval"
    in_cwd = Path.cwd() / "eval"
    for candidate in (beside_source, in_cwd):
        if any((candidate / name).is_dir() for name in LOCAL_SETS):
            return candidate
    for candidate in (beside_source, in_cwd):
        if (candidate / "baseline.json").is_file():
            return candidate
    return beside_source


def root_for(set_name: str, root: Path | None = None) -> Path:
    """*root* when given; else the set's home: :func:`repo_eval_dir` or :func:`default_root`."""
    if root is not None:
        return Path(root)
    return repo_eval_dir() if set_name in LOCAL_SETS else default_root()


def default_split(set_name: str) -> str:
    """The split scored when none is given: ``tune`` for ``reports``, ``dev`` for the public sets."""
    return LOCAL_SETS.get(set_name, DEFAULT_SPLIT)


@dataclass(frozen=True)
class GoldItem:
    """One line of a gold file."""

    id: str
    text: str
    date: str | None
    title: str | None
    data: dict[str, Any]

    @property
    def published(self) -> str | None:
        """The publication date when it is an ISO day, month or year; other shapes ("Dec 17, 20") are unusable."""
        if self.date and _ISO_DATE.match(self.date):
            return self.date
        return None


def gold_path(set_name: str, *, root: Path, split: str = "dev") -> Path:
    """Path of a set's split file; raises :class:`ConfigError` when the set or file is unknown."""
    if set_name not in SET_KINDS:
        raise ConfigError(f"unknown eval set {set_name!r}: choose one of {', '.join(sorted(SET_KINDS))}")
    path = Path(root) / set_name / f"{split}.jsonl"
    if not path.is_file():
        hint = "give --root DIR" if set_name in LOCAL_SETS else f"give --root DIR or set ${ROOT_ENV}"
        raise ConfigError(
            f"gold file {path} not found: set {set_name!r} has no split {split!r} under {root} ({hint})"
        )
    return path


def load_gold(set_name: str, *, root: Path, split: str = "dev", limit: int | None = None) -> list[GoldItem]:
    """The first *limit* items (all when None) of ``ROOT/SET/SPLIT.jsonl``, in file order.

    File order is kept so that a ``--limit`` slice is the same slice every run.
    """
    path = gold_path(set_name, root=root, split=split)
    items: list[GoldItem] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and len(items) >= limit:
                break
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as ex:
                raise ConfigError(f"{path}:{number}: not JSON ({ex})") from ex
            if "text" not in data or "id" not in data:
                raise ConfigError(f"{path}:{number}: a gold line needs 'id' and 'text'")
            items.append(
                GoldItem(
                    id=str(data["id"]),
                    text=data["text"],
                    # the public sets say "date", reports (ANNOTATION.md) "published"
                    date=data.get("date", data.get("published")),
                    title=data.get("title"),
                    data=data,
                )
            )
    return items


def gold_digest(items: list[GoldItem]) -> str:
    """sha256 over the items' ids and texts and gold lists: changes when the slice changes."""
    digest = hashlib.sha256()
    for item in items:
        digest.update(json.dumps(item.data, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
