"""Reading every input format, and every kind of bad input, without stopping the run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tally.ingest import RawArticle, Skipped, load_articles

ARTICLE = "Police arrested 40 protesters in Minsk on Sunday, the Viasna rights group said.\n"


def _load(*paths, **kwargs) -> list[RawArticle | Skipped]:
    return list(load_articles([str(p) for p in paths], **kwargs))


def test_ingest_reads_txt_with_leading_date_line(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2020-11-05 " + ARTICLE, encoding="utf-8")
    (item,) = _load(path)
    assert isinstance(item, RawArticle)
    assert item.published == "2020-11-05" and item.published_from == "text"
    assert item.text.startswith("Police arrested")


def test_ingest_reads_markdown_front_matter(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Minsk arrests\ndate: 2020-08-10\noutlet: Example Wire\nurl: https://example.org/a\n---\n"
        + ARTICLE,
        encoding="utf-8",
    )
    (item,) = _load(path)
    assert (item.title, item.published, item.outlet, item.url) == (
        "Minsk arrests",
        "2020-08-10",
        "Example Wire",
        "https://example.org/a",
    )
    assert item.published_from == "metadata"
    assert item.text == ARTICLE


def test_ingest_reads_html_body_and_meta(tmp_path: Path):
    body = " ".join([ARTICLE.strip()] * 3)
    html = f"""<html><head><title>Arrests in Minsk</title>
    <meta property="article:published_time" content="2020-08-10T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Arrests in Minsk</h1>
    <p>{body}</p><p>Witnesses said riot police beat people who were detained at the rally.</p></article>
    <footer>Copyright Example</footer></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    (item,) = _load(path)
    assert isinstance(item, RawArticle)
    assert "Police arrested 40 protesters" in item.text
    assert "Home | World" not in item.text
    assert item.title == "Arrests in Minsk"
    assert item.published == "2020-08-10"


def test_ingest_reads_jsonl_and_reports_broken_lines(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "title": "One", "published": "2020-08-10", "outlet": "Wire"}),
        '{"text": "broken',
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Second article about 12 detained students in Khartoum."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _load(path)
    good = [i for i in items if isinstance(i, RawArticle)]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [g.title for g in good] == ["One", None]
    assert good[0].published == "2020-08-10" and good[0].outlet == "Wire"
    assert [b.path for b in bad] == [f"{path}:2", f"{path}:3"]
    assert "broken JSON line" in bad[0].reason
    assert "no 'text'" in bad[1].reason


def test_ingest_reads_stdin():
    (item,) = _load("-", stdin=[ARTICLE])
    assert isinstance(item, RawArticle) and item.path == "<stdin>"


def test_ingest_walks_directories_recursively(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    items = _load(tmp_path)
    assert sorted(Path(i.path).name for i in items) == ["a.txt", "b.md"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x00\x00" * 100, "binary"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_ingest_skips_bad_files_with_a_reason(tmp_path: Path, name: str, content: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = _load(path)
    assert isinstance(item, Skipped)
    assert reason in item.reason
    assert item.path == str(path)


def test_ingest_detects_a_legacy_encoding(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    text = "Le préfet a déclaré que 300 manifestants ont été arrêtés à Bordeaux après la marche. " * 5
    path.write_bytes(text.encode("cp1252"))
    (item,) = _load(path)
    assert isinstance(item, RawArticle)
    assert "préfet" in item.text and "arrêtés" in item.text


def test_ingest_skips_a_50_mb_file(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"protest " * (50_000_000 // 8))
    (item,) = _load(path)
    assert isinstance(item, Skipped)
    assert "MB" in item.reason and "limit" in item.reason


def test_ingest_reports_unreadable_and_missing_files(tmp_path: Path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    items = _load(tmp_path, tmp_path / "missing.txt")
    reasons = {Path(i.path).name: getattr(i, "reason", None) for i in items}
    assert reasons["ok.txt"] is None
    assert "cannot read" in reasons["dangling.txt"]
    assert "no such file" in reasons["missing.txt"]
