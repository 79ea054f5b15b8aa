"""Sharp edges of the command line: each once gave a traceback or a silent wrong result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tally
from tally.cli import cli

ARTICLE = (
    "Riot police detained {n} students outside the university in Minsk on Sunday, "
    "the Viasna rights group said. Officers beat several of them, witnesses said.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_batch_size_zero_is_a_usage_error(cli_runner, tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE.format(n=3))
    result = cli_runner.invoke(
        cli, ["analyze", str(path), "--db", str(tmp_path / "t.db"), "--batch-size", "0"]
    )
    assert result.exit_code == 2
    assert "--batch-size" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "t.db").exists()


@pytest.mark.parametrize(
    "args",
    [["report"], ["export"], ["export", "--format", "csv"], ["show", "abc"]],
)
def test_cli_read_commands_refuse_a_missing_database(cli_runner, tmp_path, args):
    db = tmp_path / "typo.db"
    result = cli_runner.invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "no database" in result.output and str(db) in result.output
    assert not db.exists()


@pytest.mark.model
def test_cli_analyze_options_before_or_after_the_command(cli_runner, tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE.format(n=4))
    after = cli_runner.invoke(cli, ["analyze", str(path), "--db", str(tmp_path / "a.db"), "-v"])
    before = cli_runner.invoke(cli, ["-v", "analyze", str(path), "--db", str(tmp_path / "b.db")])
    assert after.exit_code == 0 and before.exit_code == 0, (after.output, before.output)


@pytest.mark.model
def test_cli_output_is_not_wrapped_when_piped(cli_runner, tmp_path):
    deep = tmp_path / ("a-very-long-folder-name-" * 6)
    path = _write(deep, "article.txt", ARTICLE.format(n=5))
    db = deep / "news.db"
    missing = deep / "missing.txt"
    result = cli_runner.invoke(cli, ["analyze", str(path), str(missing), "--db", str(db)])
    assert result.exit_code == 3, result.output
    lines = result.output.splitlines()
    # the hint line names the whole database path on one line (rich wrapped at 80 columns)
    assert any(f"--db {db}" in line for line in lines), result.output
    # the warning is one plain line, not padded to the console's width
    assert any(line.startswith("WARNING") and str(missing) in line for line in lines), result.output
    assert max(len(line) for line in lines) < 1000
    assert "\x1b[" not in result.output  # no colour codes


def test_cli_console_ignores_a_terminal_width_from_the_environment_when_piped(monkeypatch):
    """COLUMNS is a terminal's width (pytest-xdist's workers and some CI runners export 80); a pipe
    has none, so a piped console still writes each line whole. An explicit width still holds."""
    import io

    from tally.cli.options import PLAIN_WIDTH, PlainWhenPiped

    monkeypatch.setenv("COLUMNS", "80")
    piped = PlainWhenPiped(file=io.StringIO())
    assert piped.width == PLAIN_WIDTH
    piped.print("word " * 40)
    assert piped.file.getvalue().count("\n") == 1
    assert PlainWhenPiped(file=io.StringIO(), width=60).width == 60
    assert PlainWhenPiped(file=io.StringIO(), force_terminal=True).width == 80


@pytest.mark.model
def test_cli_export_creates_missing_parent_folders(cli_runner, tmp_path):
    db = tmp_path / "t.db"
    path = _write(tmp_path, "a.txt", ARTICLE.format(n=6))
    assert cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db)]).exit_code == 0
    target = tmp_path / "new" / "deeper" / "out.jsonl"
    result = cli_runner.invoke(cli, ["export", "--db", str(db), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1
    folder = tmp_path / "other" / "tables"
    result = cli_runner.invoke(cli, ["export", "--db", str(db), "--format", "csv", "-o", f"{folder}/"])
    assert result.exit_code == 0, result.output
    assert (folder / "figures.csv").exists()


@pytest.mark.model
def test_cli_same_text_twice_writes_one_json_line(cli_runner, tmp_path):
    folder = tmp_path / "in"
    body = ARTICLE.format(n=7)
    _write(folder, "a.md", f"---\ntitle: First title\n---\n{body}")
    _write(folder, "b.md", f"---\ntitle: Second title\n---\n{body}")
    out = tmp_path / "out.jsonl"
    db = tmp_path / "t.db"
    result = cli_runner.invoke(cli, ["analyze", str(folder), "--db", str(db), "--json", str(out)])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == 1
    # a second run over the same inputs writes the stored article once too
    again = cli_runner.invoke(cli, ["analyze", str(folder), "--db", str(db), "--json", str(out)])
    assert again.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def _ids_sharing_a_prefix(count: int) -> tuple[str, list[str]]:
    """*count* article texts whose ids share their first hex digit (found by trying, no model)."""
    from tally.clean.text import clean_text
    from tally.pipeline import article_id

    by_digit: dict[str, list[str]] = {}
    n = 10
    while True:
        text = ARTICLE.format(n=n)
        by_digit.setdefault(article_id(clean_text(text).text)[0], []).append(text)
        for digit, texts in by_digit.items():
            if len(texts) == count:
                return digit, texts
        n += 1


@pytest.mark.model
def test_cli_show_ambiguous_prefix_lists_the_candidates(cli_runner, tmp_path):
    digit, texts = _ids_sharing_a_prefix(3)
    folder = tmp_path / "in"
    for i, text in enumerate(texts):
        _write(folder, f"{i}.txt", text)
    db = tmp_path / "t.db"
    assert cli_runner.invoke(cli, ["analyze", str(folder), "--db", str(db)]).exit_code == 0
    with tally.Corpus(db) as corpus:
        ids = [a.id for a in corpus.articles()]
    result = cli_runner.invoke(cli, ["show", digit, "--db", str(db)])
    assert result.exit_code == 1
    assert "3 articles" in result.output
    assert all(i[:12] in result.output for i in ids), result.output


@pytest.mark.model
def test_cli_force_reanalyses_an_article_stored_by_a_partial_run(cli_runner, tmp_path):
    path = _write(tmp_path / "in", "a.txt", ARTICLE.format(n=40))
    db = tmp_path / "t.db"
    partial = cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db), "--only", "dates"])
    assert partial.exit_code == 0 and "--force" in partial.output
    with tally.Corpus(db) as corpus:
        assert corpus.counts()["figures"] == 0
    again = cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db)])
    assert again.exit_code == 0
    with tally.Corpus(db) as corpus:
        assert corpus.counts()["figures"] == 0  # stored already: skipped without --force
    forced = cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db), "--force"])
    assert forced.exit_code == 0, forced.output
    fresh = tmp_path / "fresh.db"
    assert cli_runner.invoke(cli, ["analyze", str(path), "--db", str(fresh)]).exit_code == 0
    with tally.Corpus(db) as corpus, tally.Corpus(fresh) as reference:
        assert corpus.counts() == reference.counts()
        assert corpus.counts()["figures"] >= 1 and corpus.counts()["articles"] == 1
        assert [c.model_dump() for c in corpus.claims()] == [c.model_dump() for c in reference.claims()]


REDACT_ARTICLE = """---
title: Mother of Anton Victory speaks out
outlet: Minsk Wire
---
Police detained 30 protesters on Victory Square in Minsk on Sunday, the Viasna rights group said.

Among them was Anton Victory, a 24-year-old student, his mother Olga Sidorova told reporters. "They beat him," she said.

Interior Minister Ivan Kubrakou said the rally was illegal.
"""


@pytest.mark.model
def test_cli_redact_private_masks_people_not_places_in_every_format(cli_runner, tmp_path):
    path = _write(tmp_path / "in", "a.md", REDACT_ARTICLE)
    db = tmp_path / "t.db"
    assert cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db)]).exit_code == 0
    outputs = {}
    for fmt in ("json", "csv", "acled", "geojson", "claims"):
        result = cli_runner.invoke(cli, ["export", "--db", str(db), "--format", fmt, "--redact-private"])
        assert result.exit_code == 0, result.output
        outputs[fmt] = result.output
        for name in ("Anton", "Sidorova", "Olga"):
            assert name not in result.output, (fmt, name)
    article = json.loads(outputs["json"].splitlines()[0])
    assert "Victory Square" in article["text"]  # a place the tagger called a person is no person
    assert "Ivan Kubrakou" in article["text"]  # an official
    assert "Anton" not in article["source"]["title"]
    for quote in article["quotes"]:
        assert article["text"][quote["start"] : quote["end"]] == quote["text"]
    assert "Victory Square" in outputs["csv"]


@pytest.mark.model
def test_cli_stdin_with_invalid_utf8_is_analysed(cli_runner, tmp_path):
    data = ("Caf\xe9 owners said " + ARTICLE.format(n=8)).encode("latin-1") + b"\xff\xfe\x80"
    db = tmp_path / "t.db"
    result = cli_runner.invoke(cli, ["analyze", "-", "--db", str(db)], input=data)
    assert result.exit_code == 0, result.output
    with tally.Corpus(db) as corpus:
        assert corpus.counts()["articles"] == 1


@pytest.mark.model
def test_cli_one_failing_article_never_stops_the_run(cli_runner, tmp_path, monkeypatch):
    import tally.pipeline as pipeline

    real = pipeline.prepare

    def cleaning_bug(raw, **kwargs):
        if "b.txt" in raw.path:
            raise RuntimeError("cleaning bug")
        return real(raw, **kwargs)

    monkeypatch.setattr(pipeline, "prepare", cleaning_bug)
    folder = tmp_path / "in"
    for n, name in enumerate(("a.txt", "b.txt", "c.txt")):
        _write(folder, name, ARTICLE.format(n=50 + n))
    db = tmp_path / "t.db"
    result = cli_runner.invoke(cli, ["analyze", str(folder), "--db", str(db)])
    assert result.exit_code == 3, result.output
    assert any(
        "b.txt" in line and "RuntimeError: cleaning bug" in line for line in result.output.splitlines()
    )
    assert "Traceback" not in result.output  # a one-line reason; the trace is for -v
    assert "linked:" in result.output
    with tally.Corpus(db) as corpus:
        paths = sorted(a.source.path.rsplit("/", 1)[-1] for a in corpus.articles())
    assert paths == ["a.txt", "c.txt"]


@pytest.mark.model
def test_cli_show_prints_markup_in_titles_and_quotes_as_text(cli_runner, tmp_path):
    text = (
        '---\ntitle: Closing [/bold] and [red]open\n---\n"Stop [/bold] it now," a protester shouted. '
        + ARTICLE.format(n=9)
    )
    folder = tmp_path / "in [/] dir"
    path = _write(folder, "a.md", text)
    db = tmp_path / "t.db"
    analyzed = cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db)])
    assert analyzed.exit_code == 0, analyzed.output
    with tally.Corpus(db) as corpus:
        (article,) = list(corpus.articles())
    shown = cli_runner.invoke(cli, ["show", article.id[:8], "--db", str(db), "--quotes"])
    assert shown.exit_code == 0, shown.output
    assert "Closing [/bold] and [red]open" in shown.output
    assert "in [/] dir" in shown.output


@pytest.mark.model
def test_cli_analyze_creates_the_folders_of_db_and_json(cli_runner, tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE.format(n=10))
    db = tmp_path / "new" / "db" / "t.db"
    out = tmp_path / "new" / "json" / "out.jsonl"
    result = cli_runner.invoke(cli, ["analyze", str(path), "--db", str(db), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert db.is_file() and out.read_text(encoding="utf-8").count("\n") == 1


def test_cli_analyze_json_path_that_cannot_be_written_is_a_clear_error(cli_runner, tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE.format(n=11))
    blocker = _write(tmp_path, "file", "not a folder")
    result = cli_runner.invoke(
        cli, ["analyze", str(path), "--db", str(tmp_path / "t.db"), "--json", str(blocker / "out.jsonl")]
    )
    assert result.exit_code == 1
    assert "out.jsonl" in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
