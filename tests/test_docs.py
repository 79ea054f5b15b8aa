"""Docs are tested: every command is in the README and has help with an example."""

from __future__ import annotations

import re

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


def _markdown_files():
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _links(text: str) -> list[str]:
    """Targets of inline Markdown links outside fenced code (``[text](target)``)."""
    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out += re.findall(r"\]\(([^)\s]+)\)", line)
    return out


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("path", _markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_links_point_at_files_and_headings_that_exist(path):
    # the README's round-by-round notes live in docs/history/; a moved or renamed file or
    # heading must not leave a dead link behind
    text = path.read_text(encoding="utf-8")
    for target in _links(text):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.is_relative_to(ROOT.resolve()) and not (ROOT.parent / "shared").is_dir():
            continue  # ../shared (SPEC, ANNOTATION) sits beside a checkout in CI, not everywhere
        assert linked.exists(), f"{path.name}: link to missing {target}"
        if anchor and linked.suffix == ".md":
            headings = [m[1] for m in re.findall(r"^(#+) (.+)$", linked.read_text(encoding="utf-8"), re.M)]
            assert anchor in {_slug(h) for h in headings}, f"{path.name}: no heading for #{anchor}"
