"""Hostile input on the extractor side: odd digits, extreme dates, a failing extractor.

None of these may end a run or drop an article (issue 17): a date that cannot
be computed has no value, a stored article with an extreme date does not stop
later linking, and an extractor that raises loses only its own records.
"""

from __future__ import annotations

import json
import logging

import pytest

import tally
from tally.cli import cli
from tally.extract import registry
from tally.extract.dates import normalise_date
from tally.link.periods import date_interval, undated_window, widen
from tests.hostile_texts import HOSTILE_TEXTS

# --- dates: no model needed --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "published"),
    [
        ("yesterday", "0001-01-01"),
        ("last week", "0001-01-01"),
        ("two years ago", "0001-01-01"),
        ("last month", "0001-01-01"),
        ("tomorrow", "9999-12-31"),
        ("next week", "9999-12-31"),
        ("next year", "9999-12-31"),
        ("next month", "9999-12-31"),
        ("last Monday", "0001-01-01"),
        ("this year", "0000"),
        ("this month", "0000-05"),
        ("Nov. 3", "0001-01-01"),
        ("Dec. 30", "9999-12-31"),
    ],
)
def test_relative_dates_at_the_ends_of_the_calendar_have_no_value_instead_of_failing(phrase, published):
    value, _, _ = normalise_date(phrase, published)
    assert value is None or "0001" <= value[:4] <= "9999"


def test_superscript_and_subscript_digits_are_not_numbers_of_a_date():
    for phrase in ("500 m²", "H₂O", "Footnote¹", "May ²", "² May 2019", "2019-0²-1³"):
        normalise_date(phrase, "2020-11-05")  # no exception


def test_undated_window_and_widen_stay_inside_the_calendar():
    assert undated_window("0001-01-01", 30) == ("0001-01-01", "0001-01-01")
    assert undated_window("0001-01-10", 30) == ("0001-01-01", "0001-01-10")
    assert widen(("0001-01-01", "9999-12-31"), 5) == ("0001-01-01", "9999-12-31")
    assert date_interval("9999-12") == ("9999-12-01", "9999-12-31")
    assert date_interval("0000") is None


# --- the full pipeline ---------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("name", ["superscripts", "subscripts", "footnote marks", "far dates"])
def test_hostile_date_texts_are_analysed_with_offsets_that_hold(name):
    text = dict(HOSTILE_TEXTS)[name]
    article = tally.analyze(text)
    for d in article.dates:
        assert article.text[d.start : d.end] == d.text
        assert d.value is None or "0001" <= d.value[:4] <= "9999"


@pytest.mark.model
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_extreme_publication_date_with_relative_dates_keeps_the_article(published):
    text = "Police arrested 40 protesters yesterday in Minsk. Last week 12 people were detained.\n"
    article = tally.analyze(text, published=published)
    assert article.figures
    assert all(d.value is None or "0001" <= d.value[:4] <= "9999" for d in article.dates)


@pytest.mark.model
@pytest.mark.parametrize("year", ["0", "0000", "10000", "9999"])
def test_tweet_dated_outside_the_calendar_keeps_the_article(year):
    text = (
        "Protesters marched in Minsk on Sunday.\n\n"
        f"Police beat us yesterday pic.twitter.com/abc123 — Ana Rojas (@anarojas) March 3, {year}\n\n"
        "Officers detained 30 people last night, the ministry said.\n"
    )
    article = tally.analyze(text, published="2020-09-14")
    assert article.text
    for d in article.dates:
        assert article.text[d.start : d.end] == d.text


@pytest.mark.model
def test_article_dated_year_one_with_a_figure_does_not_poison_the_database(cli_runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "old.txt").write_text(
        "---\ndate: 0001-01-01\n---\nPolice detained 40 protesters in Minsk, the interior ministry said.\n",
        encoding="utf-8",
    )
    (folder / "late.txt").write_text(
        "---\ndate: 9999-12-31\n---\nPolice detained 45 protesters in Minsk on Sunday, a rights group said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "t.db")
    first = cli_runner.invoke(cli, ["analyze", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    (tmp_path / "more.txt").write_text(
        "Police detained 41 protesters in Minsk on Saturday, the interior ministry said.\n", encoding="utf-8"
    )
    later = cli_runner.invoke(
        cli, ["analyze", str(tmp_path / "more.txt"), "--db", db, "--published", "2020-09-14"]
    )
    assert later.exit_code == 0, later.output
    report = cli_runner.invoke(cli, ["report", "--db", db])
    assert report.exit_code == 0, report.output
    claims = cli_runner.invoke(cli, ["export", "--db", db, "--format", "claims"])
    assert claims.exit_code == 0, claims.output
    assert claims.output.strip()


# --- a failing extractor -----------------------------------------------------------


def _exploding(ctx):
    raise RuntimeError("wombat overflow")


@pytest.fixture
def exploding_figures():
    """The figures extractor replaced by one that raises; events require figures."""
    builtin = registry.registered()["figures"]
    registry.register(
        "figures",
        version="test-1",
        assigns="figures",
        requires=builtin.requires,
        adds_entities=True,
        replace=True,
    )(_exploding)
    yield
    registry.add(builtin, replace=True)


@pytest.mark.model
def test_failing_extractor_loses_its_records_not_the_article(exploding_figures, cli_runner, tmp_path, caplog):
    article = tmp_path / "a.txt"
    article.write_text(
        "Police detained 40 protesters in Minsk on 12 May 2024. "  # a date it places: listed
        '"We will not stop," said Ana Rojas, a student who marched with them.\n',
        encoding="utf-8",
    )
    db, out = str(tmp_path / "t.db"), tmp_path / "out.jsonl"
    result = cli_runner.invoke(cli, ["analyze", str(article), "--db", db, "--json", str(out)])
    assert result.exit_code == 3, result.output
    assert "extractors degraded" in result.output and "wombat overflow" in result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["places"] and record["dates"] and record["quotes"]
    assert record["figures"] == [] and record["events"] == []
    with tally.Corpus(db) as corpus:
        counts = corpus.counts()
    assert counts["articles"] == 1 and counts["quotes"] == len(record["quotes"])


@pytest.mark.model
def test_failing_extractor_is_logged_and_reported_with_its_reason(exploding_figures, tmp_path, caplog):
    article = tmp_path / "b.txt"
    article.write_text("Police detained 40 protesters in Minsk on Sunday.\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="tally"), tally.Corpus(tmp_path / "t.db") as corpus:
        report = corpus.add_files([article])
    assert report.stored == 1 and not report.ok and not report.skipped
    assert [(d.path, d.extractor) for d in report.degraded] == [
        (str(article), "figures"),
        (str(article), "events"),
    ]
    assert report.degraded[0].reason == "RuntimeError: wombat overflow"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "b.txt: extractor 'figures' failed" in logged and "wombat overflow" in logged
    assert "extractor 'events' failed" in logged and "requires figures" in logged


@pytest.mark.model
def test_hostile_texts_are_analysed_whole_with_offsets_that_hold():
    """The short hostile texts and the long runs of marks: no skip, no degraded extractor, offsets hold."""
    from tally.ingest.files import _from_text
    from tally.pipeline import analyze_many
    from tests.fuzz_strategies import check_article

    chosen = [(n, t) for n, t in HOSTILE_TEXTS if len(t) < 1_000 or n.startswith("run of")]
    raws = [_from_text(text, name) for name, text in chosen]
    results = list(analyze_many(raws))
    assert len(results) == len(chosen)
    for (name, _), (prepared, article) in zip(chosen, results, strict=True):
        assert prepared is not None and not prepared.degraded, (name, prepared and prepared.degraded)
        assert hasattr(article, "text"), (name, article)
        check_article(article)
