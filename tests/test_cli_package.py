"""The command line as a package: shared options, `python -m tally`, the gate as library calls."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from tally.cli import cli
from tally.cli.options import setup_logging
from tests.conftest import ROOT


@pytest.fixture
def quiet_afterwards():
    yield
    setup_logging(False)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_cli_package_every_command_takes_verbose(name, cli_runner):
    result = cli_runner.invoke(cli, [name, "--help"])
    assert "--verbose" in result.output


@pytest.mark.parametrize("args", [["-v", "schema"], ["schema", "-v"], ["schema", "--verbose"]])
def test_cli_package_verbose_before_or_after_the_command(args, cli_runner, quiet_afterwards):
    logging.getLogger().setLevel(logging.WARNING)
    result = cli_runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert logging.getLogger().level == logging.INFO


def test_cli_package_python_dash_m_tally_runs_the_group():
    result = subprocess.run(
        [sys.executable, "-m", "tally", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Usage: tally" in result.stdout and "export" in result.stdout


def test_cli_package_eval_baseline_errors_cleanly(cli_runner, tmp_path):
    result = cli_runner.invoke(cli, ["eval-baseline", "--root", str(tmp_path)])
    assert result.exit_code == 2 and result.output.startswith("error: ")
