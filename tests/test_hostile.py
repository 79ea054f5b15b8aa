"""A folder of every hostile input (tests/hostile_inputs.py) is analysed to the end."""

from __future__ import annotations

import pytest

import tally
from tally.cli import EXIT_SKIPPED, cli
from tests.hostile_inputs import display_name, write_hostile_folder

pytestmark = pytest.mark.model


def test_hostile_folder_is_analysed_to_the_end(cli_runner, tmp_path):
    folder = tmp_path / "in"
    cases = write_hostile_folder(folder)
    db = tmp_path / "t.db"
    out = tmp_path / "out.jsonl"
    result = cli_runner.invoke(cli, ["analyze", str(folder), "--db", str(db), "--json", str(out)])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    lines = result.output.splitlines()
    with tally.Corpus(db) as corpus:
        articles = list(corpus.articles())
    stored_paths = [a.source.path for a in articles]
    texts = [a.text for a in articles]
    for case in cases:
        name = display_name(case)
        if case.expect == "skipped":
            # named on one line of the summary with its reason
            assert any(name in line and case.reason in line for line in lines), (name, result.output)
        else:
            assert any(path.endswith(name) or f"{name}:" in path for path in stored_paths), (
                name,
                stored_paths,
            )
            if case.holds:
                assert any(case.holds in text for text in texts), (name, case.holds)
            if case.changed:  # degraded: named with what was changed
                assert any(name in line and case.changed in line for line in lines), (name, result.output)
    assert out.read_text(encoding="utf-8").count("\n") == len(articles)  # not splitlines: U+2028
    # linking ran after the skipped inputs
    assert "linked:" in result.output
    # every stored article can be shown and exported without a markup error
    for article in articles:
        shown = cli_runner.invoke(cli, ["show", article.id, "--db", str(db), "--quotes", "--figures"])
        assert shown.exit_code == 0, shown.output
    for fmt in ("csv", "acled", "json"):
        exported = cli_runner.invoke(cli, ["export", "--db", str(db), "--format", fmt])
        assert exported.exit_code == 0, exported.output
