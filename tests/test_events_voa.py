"""The labelled VOA events (``eval/events_voa``, round 40): every offset agrees with its sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "eval" / "events_voa"
LABELS = {"ok", "sense", "generic", "modality", "type"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("split", ["train", "test"])
def test_events_voa_offsets_and_labels(split: str) -> None:
    rows = _rows(DATA / f"{split}.jsonl")
    assert rows
    keys = set()
    for r in rows:
        assert r["label"] in LABELS
        assert r["sentence_end"] - r["sentence_start"] == len(r["sentence"])
        a = r["trigger_start"] - r["sentence_start"]
        b = r["trigger_end"] - r["sentence_start"]
        assert 0 <= a < b <= len(r["sentence"])
        assert r["sentence"][a:b] == r["trigger"]
        keys.add((r["story"], r["trigger_start"]))
    assert len(keys) == len(rows)  # one label per event


def test_events_voa_splits_are_the_reports_splits() -> None:
    reports = Path(__file__).resolve().parents[1] / "eval" / "reports"
    tune = {r["id"] for r in _rows(reports / "tune.jsonl")}
    check = {r["id"] for r in _rows(reports / "check.jsonl")}
    for split, ids in (("train", tune), ("test", check)):
        stories = {r["story"] for r in _rows(DATA / f"{split}.jsonl")}
        assert stories <= ids
