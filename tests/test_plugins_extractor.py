"""Extractors from outside the package: registered with the same call the built-ins use.

A toy framing extractor (what a model-based one would look like to the
pipeline) replaces the built-in ``flags`` extractor, runs inside ``tally
analyze``, and its records are stored and shown like any other. The registry's
graph checks refuse what cannot be run.
"""

from __future__ import annotations

import json

import pytest

from tally.cli import cli
from tally.errors import ConfigError
from tally.extract import registry
from tally.extract.context import ExtractContext
from tally.records import Flag


def toy_flags(ctx: ExtractContext) -> list[Flag]:
    """Flags every "wombats": the stand-in for a classifier's output, with evidence offsets."""
    text, out, start = ctx.text, [], ctx.text.find("wombats")
    while start >= 0:
        end = start + len("wombats")
        out.append(
            Flag(
                start=start,
                end=end,
                kind="name_calling",
                text="wombats",
                evidence=ctx.sentence_span(start, end),
            )
        )
        start = text.find("wombats", end)
    return out


@pytest.fixture
def toy_extractor():
    builtin = registry.registered()["flags"]
    registry.register("flags", version="toy-1", assigns="flags", requires=("quotes",), replace=True)(
        toy_flags
    )
    yield
    registry.add(builtin, replace=True)


@pytest.mark.model
def test_toy_extractor_from_outside_runs_end_to_end(toy_extractor, cli_runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The governor called the striking dockworkers wombats on Monday.\n", encoding="utf-8")
    db, out = str(tmp_path / "t.db"), tmp_path / "out.jsonl"
    result = cli_runner.invoke(
        cli, ["analyze", str(article), "--db", db, "--json", str(out), "--only", "flags"]
    )
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    text = record["text"]
    assert [(f["kind"], text[f["start"] : f["end"]]) for f in record["flags"]] == [
        ("name_calling", "wombats")
    ]
    exported = cli_runner.invoke(cli, ["export", "--db", db])
    assert json.loads(exported.output.splitlines()[0])["flags"] == record["flags"]


def test_unknown_only_name_is_refused_with_the_valid_names():
    with pytest.raises(ConfigError) as err:
        registry.plan(["bogus"])
    assert "bogus" in str(err.value) and "quotes" in str(err.value) and "figures" in str(err.value)


def test_cli_refuses_unknown_only_before_storing_anything(cli_runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Police arrested 12 people in the capital on Monday.\n", encoding="utf-8")
    result = cli_runner.invoke(
        cli, ["analyze", str(article), "--db", str(tmp_path / "t.db"), "--only", "bogus"]
    )
    assert result.exit_code != 0
    assert "unknown extractor 'bogus'" in result.output and "valid names" in result.output
    assert not (tmp_path / "t.db").exists() or "0 articles" in result.output or "stored" not in result.output


def test_only_runs_what_the_named_extractor_requires():
    names = [spec.name for spec in registry.plan(["figures"])]
    assert names == ["dates", "places", "quotes", "figures"]
    assert [spec.name for spec in registry.plan()][:2] == ["dates", "places"]


def test_order_follows_requirements_not_registration():
    def late(ctx):
        return []

    def early(ctx):
        return []

    registry.register("zz_late", version="1", assigns="zz_late_field", requires=("zz_early_field",))(late)
    registry.register("zz_early", version="1", assigns="zz_early_field")(early)
    try:
        names = [spec.name for spec in registry.plan(["zz_late"])]
        assert names == ["zz_early", "zz_late"]
    finally:
        registry.remove("zz_late")
        registry.remove("zz_early")


def test_two_unordered_entity_writers_are_refused():
    def writer(ctx):
        return []

    registry.register("zz_writer", version="1", assigns="zz_writer_field", adds_entities=True)(writer)
    try:
        with pytest.raises(ConfigError, match="both add entities"):
            registry.plan()
    finally:
        registry.remove("zz_writer")


def test_requirement_nobody_assigns_and_double_assignment_are_refused():
    def thing(ctx):
        return []

    registry.register("zz_needy", version="1", assigns="zz_needy_field", requires=("no_such_field",))(thing)
    try:
        with pytest.raises(ConfigError, match="nothing assigns"):
            registry.plan()
    finally:
        registry.remove("zz_needy")
    with pytest.raises(ConfigError, match="already registered"):
        registry.register("quotes", version="2", assigns="quotes")(thing)
    registry.register("zz_twin", version="1", assigns="quotes")(thing)
    try:
        with pytest.raises(ConfigError, match="already assigned"):
            registry.plan()
    finally:
        registry.remove("zz_twin")


def test_the_plan_does_not_depend_on_which_extractor_was_imported_first():
    # a process that imports the quotes package before any other registers it first
    import subprocess
    import sys

    code = (
        "import tally.extract.quotes.speakers\n"
        "from tally.extract import registry\n"
        "print(','.join(s.name for s in registry.plan(['figures'])))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "dates,places,quotes,figures"
