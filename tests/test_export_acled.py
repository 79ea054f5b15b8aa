"""The ACLED export as a monitor loads it: pandas dtypes, ACLED's columns and codes (docs/acled.md),
one row per event cluster, each death counted once, no weapon or number as an actor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tally.corpus import Corpus
from tally.export import export
from tally.export.acled import ACLED_COLUMNS, COLUMNS, acled_actor, region_of
from tally.extract.events.acled import SUB_EVENT_TYPES
from tests._linkdata import export_articles

pd = pytest.importorskip("pandas")

DOC = (Path(__file__).resolve().parents[1] / "docs" / "acled.md").read_text(encoding="utf-8")


def _block(name: str) -> list[str]:
    body = re.search(rf"<!-- {name} -->\n(.*?)<!-- /{name} -->", DOC, re.S)
    assert body, name
    return [line[2:] for line in body.group(1).splitlines() if line.startswith("- ")]


def test_the_doc_lists_acled_columns_in_the_exports_order():
    documented = [re.match(r"`([a-z_0-9]+)`", line).group(1) for line in _block("columns")]
    assert documented == ACLED_COLUMNS
    assert COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS


def test_the_doc_lists_the_25_sub_event_types_of_the_code():
    documented = {}
    for line in _block("sub-event types"):
        event_type, subs = line.split(": ", 1)
        for sub in subs.split(" | "):
            documented[sub] = event_type
    assert documented == SUB_EVENT_TYPES


@pytest.fixture
def frame(tmp_path):
    c = Corpus(tmp_path / "acled.db")
    for article in export_articles():
        c.store.add_article(article)
    c.link()
    out = tmp_path / "acled.csv"
    export(c, "acled", out)
    c.close()
    return pd.read_csv(out, keep_default_na=False, na_values=[""])


def test_pandas_loads_the_export_with_acled_columns_and_codes(frame):
    assert list(frame.columns) == COLUMNS
    assert str(frame["year"].dtype) == "int64"
    assert str(frame["fatalities"].dtype) == "int64"
    dates = pd.to_datetime(frame["event_date"], format="%Y-%m-%d")
    assert (dates.dt.year == frame["year"]).all()
    inter_codes = {int(line.split(":")[0]) for line in _block("inter codes")}
    assert set(frame["inter1"]) <= inter_codes and set(frame["inter2"]) <= inter_codes
    assert set(frame["disorder_type"]) <= set(_block("disorder types"))
    for _, row in frame.iterrows():
        assert SUB_EVENT_TYPES[row["sub_event_type"]] == row["event_type"]
        assert row["time_precision"] in {1, 2, 3} and row["geo_precision"] in {1, 2, 3}
        assert re.fullmatch(r"[A-Z]{3}\d+", row["event_id_cnty"])
        assert not re.fullmatch(r"[A-Z]{2,3}", str(row["location"]))  # a place name, not a code
        low, high = sorted((row["inter1"], row["inter2"]))
        assert row["interaction"] == (low * 10 + high if low else high * 10)
    assert frame["tally_cluster"].is_unique  # one row per event cluster


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("riot police", ("Police Forces of Kenya", "state")),
        ("soldiers", ("Military Forces of Kenya", "state")),
        ("hundreds of protesters", ("Protesters (Kenya)", "protesters")),
        ("a mob", ("Rioters (Kenya)", "rioters")),
        ("gunmen", ("Unidentified Armed Group (Kenya)", "armed")),
        ("tear gas", ("", None)),
        ("live ammunition", ("", None)),
        ("1,500", ("", None)),
        ("Thousands more", ("", None)),
        ("it", ("", None)),
    ],
)
def test_actors_are_named_as_acled_names_them(name, expected):
    assert acled_actor(name, "Kenya") == expected


def test_regions():
    assert region_of("KE") == "Eastern Africa"
    assert region_of("KZ") == "Caucasus and Central Asia"
    assert region_of("IR") == "Middle East"
    assert region_of("BY") == "Europe"


@pytest.mark.model
def test_examples_fatalities_sum_to_the_conservative_totals(tmp_path):
    """Kazakhstan's articles report 9 to 27 killed; Iran's recall 30,000 killed in 1988 in background."""
    root = Path(__file__).resolve().parents[1] / "examples"
    files = sorted((root / "corpus").glob("kz_*.md")) + sorted(root.glob("*.txt"))
    with Corpus(tmp_path / "examples.db") as c:
        c.add_files(files)
        c.link()
        out = tmp_path / "examples.csv"
        export(c, "acled", out)
        clusters = {e.id for e in c.events()}
    frame = pd.read_csv(out, keep_default_na=False, na_values=[""])
    assert frame["tally_cluster"].is_unique and set(frame["tally_cluster"]) <= clusters
    by_country = frame.groupby("country")["fatalities"].sum()
    assert 9 <= by_country["Kazakhstan"] <= 27
    assert by_country.get("Iran", 0) <= 1500  # the Nov. 2019 count once; not the 1988 killings
    assert not frame["event_date"].str.startswith("1988").any()
    assert "Excessive force against protesters" in set(frame["sub_event_type"])
    for column in ("actor1", "actor2"):
        names = frame[column].dropna()
        assert not names.str.contains(r"\d|tear gas|ammunition", case=False).any()
