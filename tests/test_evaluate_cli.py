"""``tally eval``, ``tally bench`` and ``tally eval-baseline`` as commands, and evaluate()'s edges."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tally.cli.measure import bench_command, eval_baseline_command, eval_command
from tally.errors import ConfigError
from tally.evaluate import evaluate, load_gold
from tally.records import Article, Quote

TEXT = 'The governor said "the curfew stays in place." Nothing else happened.'


@pytest.fixture
def app() -> click.Group:
    group = click.Group()
    for command in (eval_command, bench_command, eval_baseline_command):
        group.add_command(command)
    return group


@pytest.fixture
def gold_root(tmp_path: Path) -> Path:
    """A one-article quote set written here by hand (not taken from the gold sets)."""
    start = TEXT.index('"the')
    end = TEXT.index(".", start) + 2
    row = {
        "id": "hand-1",
        "text": TEXT,
        "date": "2020-01-02",
        "source": "test",
        "quotes": [
            {
                "start": start,
                "end": end,
                "kind": "direct",
                "speaker": "The governor",
                "speaker_start": 0,
                "speaker_end": 12,
                "cue": "said",
            }
        ],
    }
    (tmp_path / "polnear").mkdir()
    (tmp_path / "polnear" / "dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return tmp_path


def fake_analyze(text: str, *, published: str | None = None, title: str | None = None) -> Article:
    start, end = text.index("the curfew"), text.index(" in place") + len(" in place")
    quote = Quote(
        id="q1",
        kind="direct",
        start=start,
        end=end,
        text=text[start:end],
        speaker_name="Governor Ruiz",
        evidence=(0, len(text)),
    )
    return Article(id="x", text=text, quotes=[quote])


def test_evaluate_missing_set_or_split_is_a_config_error(tmp_path: Path, gold_root: Path):
    with pytest.raises(ConfigError, match="unknown eval set"):
        load_gold("nosuch", root=tmp_path)
    with pytest.raises(ConfigError, match="no split 'test'"):
        evaluate("polnear", root=gold_root, split="test", analyze=fake_analyze)
    with pytest.raises(ConfigError, match="not found"):
        evaluate("lgl", root=gold_root, analyze=fake_analyze)


def test_evaluate_json_shape_with_a_given_analyze(gold_root: Path):
    result = evaluate("polnear", root=gold_root, analyze=fake_analyze).to_dict(errors=True)
    assert list(result) == ["set", "split", "items", "tasks", "errors"]
    assert (result["set"], result["split"], result["items"]) == ("polnear", "dev", 1)
    assert list(result["tasks"]["quotes"])[:6] == ["p", "r", "f1", "tp", "pred", "gold"]
    assert result["tasks"]["quotes+speaker"]["f1"] == 1.0
    assert result["errors"] == []


def test_evaluate_cli_missing_set_fails_cleanly(app, tmp_path: Path):
    outcome = CliRunner().invoke(app, ["eval", "geovirus", "--root", str(tmp_path)])
    assert outcome.exit_code == 1
    assert "not found" in outcome.output and "Traceback" not in outcome.output


def test_evaluate_cli_json_and_table(app, gold_root: Path, monkeypatch):
    import tally.evaluate.runner as runner

    monkeypatch.setattr(
        runner, "_with_pipeline", lambda items, listing=True: (fake_analyze(i.text) for i in items)
    )
    outcome = CliRunner().invoke(app, ["eval", "polnear", "--root", str(gold_root), "--json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert data["tasks"]["quotes"]["tp"] == 1
    table = CliRunner().invoke(app, ["eval", "polnear", "--root", str(gold_root), "--errors"])
    assert table.exit_code == 0 and "quotes+speaker" in table.output


@pytest.mark.model
def test_bench_json_keys_and_stages(app, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(
            f"Police arrested {i + 10} protesters in Tehran on Friday, the agency said.\n",
            encoding="utf-8",
        )
    outcome = CliRunner().invoke(app, ["bench", str(folder), "--json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    for key in (
        "articles",
        "articles_per_s",
        "words_per_s",
        "spacy_words_per_s",
        "ratio_to_spacy",
        "peak_rss_mb",
        "stages",
        "cold_start_s",
    ):
        assert key in data
    assert data["dask"] is None  # one process unless --processes asks for a cluster
    assert data["articles"] == 3
    assert {"ingest", "clean", "spacy", "store"} <= set(data["stages"])
    assert data["peak_rss_mb"] > 50
