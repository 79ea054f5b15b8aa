"""Docs are tested: every command is in the README and has help with an example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tally.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_is_in_the_readme(name):
    assert f"tally {name}" in README, f"README does not show `tally {name}`"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_has_help(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert len(cli.commands[name].help or "") > 20


def test_docs_readme_starts_with_the_two_commands():
    head = "\n".join(README.splitlines()[:10])
    assert "make demo" in head and "make test" in head
