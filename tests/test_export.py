"""Exports on hand-built articles, read back and validated: csv, json, GeoJSON, Parquet, ACLED, claims."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tally.corpus import Corpus
from tally.errors import InputError
from tally.export import export, resolve_output
from tally.export._paths import child_path
from tally.export._rows import COLUMNS
from tally.export.acled import COLUMNS as ACLED_COLUMNS
from tests._linkdata import export_articles

SPEC_CLAIM_FIELDS = {
    "id",
    "category",
    "place",
    "date",
    "figures",
    "sources",
    "independent_sources",
    "status",
    "range",
}
SPEC_CLAIM_FIGURE_FIELDS = {"doc", "figure", "value", "qualifier", "asserted_by", "confirmed_by"}


@pytest.fixture
def corpus(db):
    """The hand-built articles stored and linked (exports read links; they do not make them)."""
    c = Corpus(db)
    for article in export_articles():
        c.store.add_article(article)
    c.link()
    yield c
    c.close()


def test_export_json_lines_are_tally_1_articles(corpus, tmp_path):
    out = tmp_path / "corpus.jsonl"
    assert export(corpus, "json", out) == 7
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(r["schema"] == "tally/1" for r in rows)
    for row in rows:
        for figure in row["figures"]:
            assert row["text"][figure["start"] : figure["end"]] == figure["text"]


def test_export_claims_follow_the_spec(corpus, tmp_path):
    out = tmp_path / "claims.jsonl"
    export(corpus, "claims", out)
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert claims
    for claim in claims:
        assert set(claim) >= SPEC_CLAIM_FIELDS
        assert claim["status"] in {"single_source", "corroborated", "conflicting"}
        assert claim["independent_sources"] == len(claim["sources"])
        assert len(claim["range"]) == 2 and claim["range"][0] <= claim["range"][1]
        for figure in claim["figures"]:
            assert set(figure) >= SPEC_CLAIM_FIGURE_FIELDS
    iran = next(c for c in claims if c["place"] == "IR")
    assert iran["status"] == "conflicting" and iran["range"] == [225, 1500]


def test_export_csv_reads_back_with_the_csv_module(corpus, tmp_path):
    out = tmp_path / "records.csv"
    export(corpus, "csv", out)
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == COLUMNS
    kinds = {r["kind"] for r in rows}
    assert kinds == {"figure", "event"}
    figure = next(r for r in rows if r["kind"] == "figure" and r["value"] == "225.0")
    assert figure["cluster_status"] == "conflicting" and figure["asserted_by"] == "Interior Ministry"


def test_export_csv_to_a_directory_writes_one_file_per_table(corpus, tmp_path):
    target = tmp_path / "tables"
    export(corpus, "csv", str(target) + "/")
    assert sorted(p.name for p in target.iterdir()) == [
        "claims.csv",
        "entities.csv",
        "events.csv",
        "figures.csv",
    ]
    with open(target / "claims.csv", encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    assert {c["status"] for c in claims} >= {"conflicting", "single_source"}


def test_export_acled_one_row_per_event_cluster(corpus, tmp_path):
    out = tmp_path / "acled.csv"
    export(corpus, "acled", out)
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 2  # the republished release's arrests are one event; the beating another
    by_type = {r["sub_event_type"]: r for r in rows}
    attack = by_type["Attack"]
    assert attack["country"] == "Belarus" and attack["location"] == "Minsk" and attack["geo_precision"] == "1"
    assert attack["fatalities"] == "3" and attack["event_date"] == "2020-09-13" and attack["year"] == "2020"
    assert "police beat him" in attack["notes"]
    arrests = by_type["Protest with intervention"]
    assert arrests["fatalities"] == "0" and arrests["tally_status"] == "single_source"
    assert arrests["source"] == "Belsat; Charter 97"


def test_export_geojson_has_valid_points(corpus, tmp_path):
    out = tmp_path / "map.geojson"
    export(corpus, "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"event", "place"}
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    minsk = next(f for f in data["features"] if f["properties"].get("name") == "Minsk")
    assert minsk["geometry"]["coordinates"] == [27.57, 53.9]


def test_export_parquet_reads_back_typed(corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "records.parquet"
    count = export(corpus, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == count and table.column_names == COLUMNS
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("evidence_start").type) == "int64"
    values = {v for v in table.column("value").to_pylist() if v is not None}
    assert {1500.0, 304.0, 225.0} <= values


def test_export_redact_private_masks_private_people_only(corpus, tmp_path):
    out = tmp_path / "redacted.jsonl"
    export(corpus, "json", out, redact_private=True)
    text = out.read_text(encoding="utf-8")
    assert "Ales Ivanou" not in text and "Ivanou" not in text
    assert "Ivan Kubrakou" in text  # an official (has a role)
    assert "Viasna" in text  # an organisation
    article = next(json.loads(line) for line in text.splitlines() if "Kubrakou" in line)
    masked = next(e for e in article["entities"] if e["name"].startswith("█"))
    for start, end in masked["mentions"]:
        assert set(article["text"][start:end]) == {"█"}  # offsets still point at the (masked) name
    csv_out = tmp_path / "redacted.csv"
    export(corpus, "csv", csv_out, redact_private=True)
    assert "Ivanou" not in csv_out.read_text(encoding="utf-8")
    acled_out = tmp_path / "redacted_acled.csv"
    export(corpus, "acled", acled_out, redact_private=True)
    assert "Ivanou" not in acled_out.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ["../escape.csv", "out/../../x.csv", "a\x00b.csv"])
def test_export_refuses_path_traversal(tmp_path, bad):
    with pytest.raises(InputError):
        resolve_output(bad)


@pytest.mark.parametrize("name", ["../x.csv", "sub/x.csv", ".hidden", "", "..", "a\\b.csv"])
def test_export_child_path_refuses_names_from_data(tmp_path, name):
    with pytest.raises(InputError):
        child_path(tmp_path, name)


def test_export_parquet_needs_a_file(corpus):
    with pytest.raises(ValueError):
        export(corpus, "parquet", None)


def test_export_cli_commands(corpus, db, cli_runner):
    from tally.cli.corpus import export_command, report_command

    result = cli_runner.invoke(export_command, ["--db", db, "--format", "claims"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in io.StringIO(result.output) if line.strip()]
    assert lines and lines[0]["status"] == "conflicting"
    result = cli_runner.invoke(export_command, ["--db", db, "--format", "acled", "-o", "../x.csv"])
    assert result.exit_code != 0 and "'..'" in result.output
    result = cli_runner.invoke(report_command, ["--db", db, "--format", "md"])
    assert result.exit_code == 0 and result.output.startswith("# tally report")
