"""Exports on hand-built articles, read back and validated: csv, json, GeoJSON, Parquet, ACLED, claims."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tally.errors import InputError
from tally.export import export, resolve_output
from tally.export._paths import child_path
from tally.export._rows import COLUMNS
from tally.export.acled import COLUMNS as ACLED_COLUMNS
from tally.store import Store
from tests._linkdata import MINSK, iran_articles, make_article, republished

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
def store(tmp_path):
    s = Store(tmp_path / "export.db")
    for article in iran_articles().values():
        s.add_article(article)
    for outlet in ("Charter 97", "Belsat"):
        s.add_article(republished(outlet, f"{outlet} reports."))
    s.add_article(
        make_article(
            "Ales Ivanou, a student, said police beat him. Police chief Ivan Kubrakou said 3 protesters were "
            "killed in Minsk on Sunday and 2 officers were hurt.",
            outlet="Baltic Wire",
            published="2020-09-14",
            entities=[
                {"name": "Ales Ivanou"},
                {"name": "Ivan Kubrakou", "roles": ["police chief"]},
                {"name": "Viasna", "type": "ORG"},
            ],
            places=[MINSK],
            figures=[
                {
                    "at": "3",
                    "value": 3,
                    "category": "killed",
                    "subject": "protesters",
                    "place": "p1",
                    "date": "2020-09-13",
                    "asserted_by": ["e2"],
                }
            ],
            events=[
                {
                    "at": "beat",
                    "type": "ASSAULT",
                    "mode": "beat",
                    "place": "p1",
                    "date": "2020-09-13",
                    "actor_text": "police",
                    "target": "e1",
                    "target_text": "Ales Ivanou",
                    "figures": ["f1"],
                    "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
                }
            ],
        )
    )
    yield s
    s.close()


def test_export_json_lines_are_tally_1_articles(store, tmp_path):
    out = tmp_path / "corpus.jsonl"
    assert export(store, "json", out) == 7
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(r["schema"] == "tally/1" for r in rows)
    for row in rows:
        for figure in row["figures"]:
            assert row["text"][figure["start"] : figure["end"]] == figure["text"]


def test_export_claims_follow_the_spec(store, tmp_path):
    out = tmp_path / "claims.jsonl"
    export(store, "claims", out)
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


def test_export_csv_reads_back_with_the_csv_module(store, tmp_path):
    out = tmp_path / "records.csv"
    export(store, "csv", out)
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == COLUMNS
    kinds = {r["kind"] for r in rows}
    assert kinds == {"figure", "event"}
    figure = next(r for r in rows if r["kind"] == "figure" and r["value"] == "225.0")
    assert figure["cluster_status"] == "conflicting" and figure["asserted_by"] == "Interior Ministry"


def test_export_csv_to_a_directory_writes_one_file_per_table(store, tmp_path):
    target = tmp_path / "tables"
    export(store, "csv", str(target) + "/")
    assert sorted(p.name for p in target.iterdir()) == [
        "claims.csv",
        "entities.csv",
        "events.csv",
        "figures.csv",
    ]
    with open(target / "claims.csv", encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    assert {c["status"] for c in claims} >= {"conflicting", "single_source"}


def test_export_acled_one_row_per_event_cluster(store, tmp_path):
    out = tmp_path / "acled.csv"
    export(store, "acled", out)
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


def test_export_geojson_has_valid_points(store, tmp_path):
    out = tmp_path / "map.geojson"
    export(store, "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"event", "place"}
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    minsk = next(f for f in data["features"] if f["properties"].get("name") == "Minsk")
    assert minsk["geometry"]["coordinates"] == [27.57, 53.9]


def test_export_parquet_reads_back_typed(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "records.parquet"
    count = export(store, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == count and table.column_names == COLUMNS
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("evidence_start").type) == "int64"
    values = {v for v in table.column("value").to_pylist() if v is not None}
    assert {1500.0, 304.0, 225.0} <= values


def test_export_redact_private_masks_private_people_only(store, tmp_path):
    out = tmp_path / "redacted.jsonl"
    export(store, "json", out, redact_private=True)
    text = out.read_text(encoding="utf-8")
    assert "Ales Ivanou" not in text and "Ivanou" not in text
    assert "Ivan Kubrakou" in text  # an official (has a role)
    assert "Viasna" in text  # an organisation
    article = next(json.loads(line) for line in text.splitlines() if "Kubrakou" in line)
    masked = next(e for e in article["entities"] if e["name"].startswith("█"))
    for start, end in masked["mentions"]:
        assert set(article["text"][start:end]) == {"█"}  # offsets still point at the (masked) name
    csv_out = tmp_path / "redacted.csv"
    export(store, "csv", csv_out, redact_private=True)
    assert "Ivanou" not in csv_out.read_text(encoding="utf-8")
    acled_out = tmp_path / "redacted_acled.csv"
    export(store, "acled", acled_out, redact_private=True)
    assert "Ivanou" not in acled_out.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ["../escape.csv", "out/../../x.csv", "a\x00b.csv"])
def test_export_refuses_path_traversal(tmp_path, bad):
    with pytest.raises(InputError):
        resolve_output(bad)


@pytest.mark.parametrize("name", ["../x.csv", "sub/x.csv", ".hidden", "", "..", "a\\b.csv"])
def test_export_child_path_refuses_names_from_data(tmp_path, name):
    with pytest.raises(InputError):
        child_path(tmp_path, name)


def test_export_parquet_needs_a_file(store):
    with pytest.raises(ValueError):
        export(store, "parquet", None)


def test_export_cli_commands(store, tmp_path, cli_runner):
    from tally.cli_corpus import export_command, report_command

    db = str(tmp_path / "export.db")
    result = cli_runner.invoke(export_command, ["--db", db, "--format", "claims"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in io.StringIO(result.output) if line.strip()]
    assert lines and lines[0]["status"] == "conflicting"
    result = cli_runner.invoke(export_command, ["--db", db, "--format", "acled", "-o", "../x.csv"])
    assert result.exit_code != 0 and "'..'" in result.output
    result = cli_runner.invoke(report_command, ["--db", db, "--format", "md"])
    assert result.exit_code == 0 and result.output.startswith("# tally report")
