"""An export format registered from outside the package runs end to end through ``tally export``.

The toy format is registered here, in the test module, with the same call the
built-in formats use; the database is the export tests' hand-built corpus,
stored but not linked, so the command's own linking step is exercised too.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint
from typing import TextIO

import pytest

import tally.export
from tally.cli import cli
from tally.corpus import Corpus
from tally.reader import CorpusReader
from tests._linkdata import export_articles


def write_toy(reader: CorpusReader, out: TextIO) -> int:
    """One line per article, claim, event cluster and corpus entity: all a plugin can read."""
    lines = [f"article {a.id[:12]} {' '.join(a.text.split())}" for a in reader.articles()]
    lines += [f"claim {c.id} {c.status} {'; '.join(c.sources)}" for c in reader.claims()]
    lines += [f"event {e.id} {e.type} {e.target or ''} {e.events[0].sentence}" for e in reader.events()]
    lines += [f"entity {e.id} {e.name} {'; '.join(e.aliases)}" for e in reader.entities()]
    out.writelines(line + "\n" for line in lines)
    return len(lines)


tally.export.register("toy", write_toy, help="a test's own format: one line per record")


@pytest.fixture
def db(db: str) -> str:
    """The export tests' articles, stored and not linked yet (SQLite and PostgreSQL: conftest's ``db``)."""
    path = db
    with Corpus(path) as corpus:
        for article in export_articles():
            corpus.store.add_article(article)
    return str(path)


def test_plugins_export_toy_format_runs_through_the_cli(db, cli_runner, tmp_path):
    result = cli_runner.invoke(cli, ["export", "--db", db, "--format", "toy"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    kinds = {line.split()[0] for line in lines}
    assert kinds == {"article", "claim", "event", "entity"}
    assert sum(line.startswith("article ") for line in lines) == 7
    # the command linked before reading: the Iran claim is there, in conflict, conflicts first
    first_claim = next(line for line in lines if line.startswith("claim "))
    assert " conflicting " in first_claim
    out = tmp_path / "toy.txt"
    written = cli_runner.invoke(cli, ["export", "--db", db, "--format", "toy", "-o", str(out)])
    assert written.exit_code == 0, written.output
    assert out.read_text(encoding="utf-8").splitlines() == lines
    assert f"wrote {len(lines)} toy records" in written.output


def test_plugins_export_toy_format_is_redacted_at_the_read_seam(db, cli_runner):
    plain = cli_runner.invoke(cli, ["export", "--db", db, "--format", "toy"])
    assert "Ivanou" in plain.output
    redacted = cli_runner.invoke(cli, ["export", "--db", db, "--format", "toy", "--redact-private"])
    assert redacted.exit_code == 0, redacted.output
    # the toy writer knows nothing of redaction: the reader it got had masked the names already
    assert "Ivanou" not in redacted.output and "Ales" not in redacted.output
    assert "Ivan Kubrakou" in redacted.output  # an official keeps his name
    assert len(redacted.output.splitlines()) == len(plain.output.splitlines())


def test_plugins_export_help_and_errors_list_registered_formats(cli_runner):
    shown = cli_runner.invoke(cli, ["export", "--help"])
    assert "toy" in shown.output and "claims" in shown.output
    unknown = cli_runner.invoke(cli, ["export", "--format", "nosuch"])
    assert unknown.exit_code == 2 and "toy" in unknown.output


def test_plugins_export_a_taken_name_needs_replace():
    def other(reader: CorpusReader, out: TextIO) -> int:
        return 0

    tally.export.register("toy", write_toy, help="a test's own format: one line per record")  # again: fine
    with pytest.raises(ValueError, match="already registered"):
        tally.export.register("toy", other)
    with pytest.raises(ValueError, match="already registered"):
        tally.export.register("json", other)
    assert tally.export.formats()["toy"].writer is write_toy


def test_plugins_export_entry_points_register_formats(monkeypatch):
    def setup() -> None:
        tally.export.register("toy-ep", write_toy, help="from an entry point")

    point = EntryPoint(name="toy-ep", value="tests.test_plugins_export:setup", group="tally.exporters")
    monkeypatch.setattr(EntryPoint, "load", lambda self: setup)
    monkeypatch.setattr(
        tally.export, "entry_points", lambda group: [point] if group == "tally.exporters" else []
    )
    monkeypatch.setattr(tally.export, "_loaded", {"builtins"})
    try:
        assert "toy-ep" in tally.export.format_names()
        assert tally.export.format_names()[:6] == ("json", "csv", "acled", "geojson", "parquet", "claims")
    finally:
        tally.export.unregister("toy-ep")
