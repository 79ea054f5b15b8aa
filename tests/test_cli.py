"""The tally command, as a user runs it."""

from __future__ import annotations

import json

import pytest

from tally.cli import EXIT_SKIPPED, cli
from tests.conftest import EXAMPLES, copy_seeds

pytestmark = pytest.mark.model


def test_cli_analyze_seeds_writes_two_tally_1_objects(cli_runner, tmp_path):
    out = tmp_path / "out.jsonl"
    seeds = copy_seeds(tmp_path / "seeds")
    result = cli_runner.invoke(
        cli, ["analyze", str(seeds), "--db", str(tmp_path / "t.db"), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "articles stored" in result.output
    objects = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(objects) == 2
    import tally

    for obj in objects:
        assert obj["schema"] == "tally/1"
        tally.Article.model_validate(obj)
    by_path = {o["source"]["path"].rsplit("/", 1)[-1][:3]: o for o in objects}
    assert any(r["reason"] == "duplicate" for r in by_path["000"]["removed"])
    assert len(by_path["001"]["embedded"]) == 3
    assert by_path["001"]["source"]["published"] == "2020-11-05"
    pmoi = [e for e in by_path["000"]["entities"] if "PMOI" in e["aliases"]]
    assert len(pmoi) == 1 and {"MEK", "MEK Iran"} <= set(pmoi[0]["aliases"])


def test_cli_analyze_exit_code_says_inputs_were_skipped(cli_runner, tmp_path):
    folder = copy_seeds(tmp_path / "in")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = cli_runner.invoke(cli, ["analyze", str(folder), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == EXIT_SKIPPED
    assert "empty.txt" in result.output and "empty" in result.output


def test_cli_show_and_export(cli_runner, tmp_path):
    db = str(tmp_path / "t.db")
    cli_runner.invoke(cli, ["analyze", str(EXAMPLES / "001_e40b1d751717fdce.txt"), "--db", db])
    exported = cli_runner.invoke(cli, ["export", "--db", db])
    article = json.loads(exported.output.splitlines()[0])
    shown = cli_runner.invoke(cli, ["show", article["id"][:10], "--db", db, "--entities"])
    assert shown.exit_code == 0, shown.output
    assert "Ebrahim Raisi" in shown.output
    missing = cli_runner.invoke(cli, ["show", "ffffffffff", "--db", db])
    assert missing.exit_code == 1 and "no article" in missing.output


def test_cli_model_missing_is_a_clear_error(cli_runner, tmp_path):
    result = cli_runner.invoke(
        cli,
        [
            "analyze",
            str(EXAMPLES / "001_e40b1d751717fdce.txt"),
            "--db",
            str(tmp_path / "t.db"),
            "--model",
            "en_core_web_lg",
        ],
    )
    assert result.exit_code == 1
    assert "en_core_web_lg" in result.output


def test_cli_schema_prints_the_json_schema(cli_runner):
    result = cli_runner.invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert "quotes" in schema["properties"] and "schema" in schema["properties"]


@pytest.mark.parametrize(("published", "expected"), [(None, None), ("2020-11-12", "2020-11-05")])
def test_cli_published_option_resolves_last_thursday_in_seed_000(cli_runner, tmp_path, published, expected):
    out = tmp_path / "out.jsonl"
    args = ["analyze", str(EXAMPLES / "000_1e06a4f8004ac603.txt"), "--db", str(tmp_path / "t.db")]
    args += ["--json", str(out)] + (["--published", published] if published else [])
    result = cli_runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    article = json.loads(out.read_text(encoding="utf-8"))
    thursdays = [d for d in article["dates"] if d["text"] == "last Thursday"]
    if expected is None:
        assert thursdays == []  # nothing places it: not listed (round 25)
    else:
        (thursday,) = thursdays
        assert (thursday["value"], thursday["anchor"]) == (expected, "published")
    assert article["source"]["published"] == published
