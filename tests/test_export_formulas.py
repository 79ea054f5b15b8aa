"""Spreadsheet exports neutralise cells that a spreadsheet would run as a formula (OWASP)."""

from __future__ import annotations

import csv

import pytest

from tally.corpus import Corpus
from tally.export import export
from tally.export._cells import spreadsheet_cell
from tests._linkdata import MINSK, make_article

FORMULA = '=HYPERLINK("http://evil.example","Caspian Wire")'
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def _hostile_article():
    text = (
        "=1+2 was painted on a wall. @Kubrakou said 3 protesters were killed in Minsk on Sunday "
        "and -2 officers were hurt when police beat marchers."
    )
    return make_article(
        text,
        outlet=FORMULA,
        published="2020-09-14",
        title="+SUM(A1:A9)",
        entities=[
            {"name": "@Kubrakou", "roles": ["-cmd|' /C calc'!A0"]},
            {"name": "Viasna", "type": "ORG"},
        ],
        places=[MINSK],
        figures=[
            {
                "at": "3",
                "value": 3,
                "category": "killed",
                "subject": "-protesters",
                "place": "p1",
                "date": "2020-09-13",
                "asserted_by": ["e1"],
            }
        ],
        events=[
            {
                "at": "beat",
                "type": "ASSAULT",
                "mode": "beat",
                "place": "p1",
                "date": "2020-09-13",
                "actor_text": "=police",
                "target_text": "\tmarchers",
                "figures": ["f1"],
                "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
            }
        ],
    )


@pytest.fixture
def corpus(tmp_path):
    c = Corpus(tmp_path / "formulas.db")
    c.store.add_article(_hostile_article())
    c.link()
    yield c
    c.close()


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _cells(path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def test_export_spreadsheet_cells_never_start_a_formula(corpus, tmp_path):
    files = []
    for fmt in ("csv", "acled"):
        out = tmp_path / f"{fmt}.csv"
        export(corpus, fmt, out)
        files.append(out)
    export(corpus, "csv", f"{tmp_path / 'tables'}/")
    files += sorted((tmp_path / "tables").glob("*.csv"))
    seen = []
    for path in files:
        cells = _cells(path)
        seen += cells
        bad = [c for c in cells if c.startswith(DANGEROUS) and not _is_number(c)]
        assert not bad, (path.name, bad)
    assert "'" + FORMULA in seen  # the text is kept, shown as text
    assert any(c in ("3.0", "3") for c in seen)  # numbers stay numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+1", "'＝1+1"),  # full-width equals sign: some spreadsheets read it as "="
        ("plain", "plain"),
        ("-12.5", "-12.5"),  # a number written as text stays a number
        ("+3", "+3"),
        (-4, -4),
        (2.5, 2.5),
        (None, None),
        ("", ""),
    ],
)
def test_export_spreadsheet_cell_rule(value, expected):
    assert spreadsheet_cell(value) == expected


def test_export_parquet_to_a_folder_keeps_figures_and_events_apart(corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "tables"
    count = export(corpus, "parquet", f"{folder}/")
    figures = pq.read_table(folder / "figures.parquet").to_pylist()
    events = pq.read_table(folder / "events.parquet").to_pylist()
    assert {r["kind"] for r in figures} == {"figure"} and {r["kind"] for r in events} == {"event"}
    assert count == len(figures) + len(events) == 2
