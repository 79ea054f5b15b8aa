"""The package people install by name: a wheel of ``tally-news`` that runs ``tally --help`` in a fresh venv.

The wheel is built from a copy of the checkout (a build writes ``build/``
and ``*.egg-info`` where it runs) without build isolation, with the
setuptools of the lock, so that no network is needed. It is installed
``--no-deps`` into a new venv; the dependencies come from the test's own
environment through a ``.pth`` file, since installing them again would take
minutes and prove nothing about the wheel.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile

import pytest

import tally
from tests.conftest import ROOT


def _run(*args: str | os.PathLike[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, env=env, timeout=300, **kwargs
    )


@pytest.mark.packaging
def test_packaging_wheel_installs_by_its_name_in_a_fresh_venv(tmp_path):
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, checkout / name)
    shutil.copytree(
        ROOT / "src", checkout / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    dist = tmp_path / "dist"
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", dist, checkout
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    assert (
        wheel.name == f"tally_news-{tally.__version__}-py3-none-any.whl"
    )  # one version, from tally/__init__
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        metadata = zf.read(f"tally_news-{tally.__version__}.dist-info/METADATA").decode()
    assert f"tally_news-{tally.__version__}.dist-info/licenses/LICENSE" in names
    assert "tally/py.typed" in names and "tally/lang/en/common/report_nouns.txt" in names
    assert "License-Expression: MIT" in metadata and "Classifier: License" not in metadata
    assert re.search(r"^Author: The tally maintainers$", metadata, re.M)
    assert "Project-URL: Homepage" in metadata and "Classifier: Typing :: Typed" in metadata

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    installed = _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    (fresh / site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    helped = _run(fresh / "bin" / "tally", "--help", cwd=tmp_path)
    assert helped.returncode == 0, helped.stderr[-3000:]
    assert "Usage: tally" in helped.stdout and "analyze" in helped.stdout
    where = _run(
        python,
        "-c",
        "import importlib.metadata as m, tally; print(tally.__file__); print(m.version('tally-news'))",
        cwd=tmp_path,
    )
    file, version = where.stdout.split()
    assert file.startswith(str(fresh)) and version == tally.__version__  # the wheel's, not the checkout's
