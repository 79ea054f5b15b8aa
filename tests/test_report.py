"""tally report on hand-built articles: order, content, evidence, and escaping of hostile text."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from tally.corpus import Corpus
from tally.report import build_report, md_escape, render_report, threat_score
from tests._linkdata import IRAN, iran_articles, make_article, republished


@pytest.fixture
def corpus(db):
    """The hand-built articles stored and linked (the report reads links; it does not make them)."""
    c = Corpus(db)
    for article in iran_articles().values():
        c.store.add_article(article)
    for outlet in ("Charter 97", "Belsat"):
        c.store.add_article(republished(outlet, f"{outlet} reports."))
    c.link()
    yield c
    c.close()


def test_report_lists_conflicts_first_with_sources_and_evidence(corpus):
    text = render_report(corpus, "md")
    lines = text.splitlines()
    first_claim = next(line for line in lines if line.startswith("- **"))
    assert first_claim.startswith(
        "- **CONFLICT** · killed · Iran · 2019-11 · 225–1,500 · 4 independent sources"
    )
    assert "1 single source" in lines[2]
    # every figure line carries its article id and offsets, and the sentence
    figure_lines = [line for line in lines if line.startswith("  - ") and "@" in line and "[" in line]
    assert figure_lines and all("“" in line for line in figure_lines)
    assert "Belsat / Charter 97 (one text)" in text  # the republished release counted once
    assert "## Timeline (by day)" in text and "**2020-09-13**" in text
    assert "Ebrahim Raisi**, judiciary chief" in text


def test_report_json_has_every_section(corpus):
    data = json.loads(render_report(corpus, "json"))
    assert set(data) >= {"corpus", "claims", "timeline", "places", "officials"}
    assert data["corpus"]["articles"] == 6
    assert [c["status"] for c in data["claims"]] == ["conflicting", "single_source"]
    assert data["places"][0]["name"] == "Iran"


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> [link](javascript:alert(1)) | cell'


@pytest.fixture
def hostile_corpus(db):
    c = Corpus(db)
    text = f"The minister said 12 people were arrested. {HOSTILE} must be crushed."
    c.store.add_article(
        make_article(
            text,
            outlet='Evil "Outlet" <b>',
            published="2021-01-05",
            entities=[{"name": "Minister <i>X</i>", "roles": ["interior minister"]}],
            places=[{**IRAN, "name": "Iran<svg onload=alert(1)>"}],
            figures=[{"at": "12", "value": 12, "category": "arrested", "place": "p1", "asserted_by": ["e1"]}],
            quotes=[
                {"at": HOSTILE + " must be crushed", "speaker": "e1", "speaker_name": "Minister <i>X</i>"}
            ],
        )
    )
    c.link()
    yield c
    c.close()


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


def test_report_html_escapes_everything_from_articles(hostile_corpus):
    page = render_report(hostile_corpus, "html")
    assert "<script>" not in page and "<img" not in page and "<svg onload" not in page and "<i>X" not in page
    assert "&lt;script&gt;" in page and "&lt;svg onload" in page
    parser = _Collect()
    parser.feed(page)
    assert {"script", "img", "i"}.isdisjoint(parser.tags)
    assert parser.tags.count("svg") == 2  # the report's own map and timeline, nothing from the article
    assert not any(a.startswith("on") for a in parser.attrs)


def test_report_markdown_escapes_links_html_and_cells(hostile_corpus):
    text = render_report(hostile_corpus, "md")
    assert "<script>" not in text and "[link](javascript" not in text  # "\\[link\\](…" is no link
    assert md_escape("a|b [c](d) <e>") == "a\\|b \\[c\\](d) \\<e\\>"


def test_report_threat_score_ranks_orders_to_repress_above_plain_statements():
    assert threat_score("Those who organised the riots will be punished severely.") > threat_score(
        "The meeting was held on Monday."
    )
    assert threat_score("We will not tolerate any unlawfulness, it is our red line") >= 4


def test_report_build_on_empty_database(db):
    s = Corpus(db)
    data = build_report(s)
    assert data["corpus"]["articles"] == 0 and data["claims"] == []
    assert "0 articles" in render_report(s, "md")
    s.close()


def test_report_rejects_unknown_format(corpus):
    with pytest.raises(ValueError):
        render_report(corpus, "pdf")
