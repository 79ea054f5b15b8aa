"""Hostile input at the reading stage: each case once ended or hung a run."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from tally.ingest import RawArticle, Skipped, load_articles
from tally.settings import MAX_FILE_BYTES

ARTICLE = "Police detained 14 students in Minsk on Sunday, the Viasna rights group said."


def _load(*paths, **kwargs) -> list[RawArticle | Skipped]:
    return list(load_articles([str(p) for p in paths], **kwargs))


def test_ingest_lone_surrogate_escape_is_replaced_in_place(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "A\\ud800B ' + ARTICLE + '", "title": "T\\udfff"}\n', encoding="utf-8")
    (item,) = _load(path)
    assert isinstance(item, RawArticle)
    assert item.text.startswith("A\ufffdB Police") and item.title == "T\ufffd"
    assert len(item.text) == len("A?B " + ARTICLE)  # one character for one: offsets unchanged
    assert len(item.raw_hash) == 64  # hashing no longer raises UnicodeEncodeError


def test_ingest_file_name_not_utf8_is_read_and_shown_with_escapes(tmp_path: Path):
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(ARTICLE.encode())
    (item,) = _load(tmp_path)
    assert isinstance(item, RawArticle)
    assert item.path.endswith("caf\\xe9.txt")
    item.path.encode("utf-8")  # printable and storable
    assert len(item.raw_hash) == 64


def test_ingest_stdin_with_invalid_utf8_is_decoded(monkeypatch):
    data = ("Le " + ARTICLE + " Caf\xe9 cr\xe8me.").encode("latin-1")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), errors="surrogateescape"))
    (item,) = _load("-")
    assert isinstance(item, RawArticle)
    item.text.encode("utf-8")
    assert len(item.raw_hash) == 64


def test_ingest_jsonl_huge_number_keeps_the_article(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "' + ARTICLE + '", "views": ' + "7" * 5000 + "}\n", encoding="utf-8")
    (item,) = _load(path)
    assert isinstance(item, RawArticle) and item.text == ARTICLE


def test_ingest_jsonl_deep_nesting_is_one_skipped_line(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    bad, good = _load(path)
    assert isinstance(bad, Skipped) and bad.path == f"{path}:1" and "nested too deeply" in bad.reason
    assert isinstance(good, RawArticle)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c"])
def test_ingest_jsonl_line_separators_inside_strings_do_not_split(tmp_path: Path, separator: str):
    path = tmp_path / "a.jsonl"
    text = f"First part.{separator}{ARTICLE}"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    items = _load(path)
    assert [type(i) for i in items] == [RawArticle]
    assert items[0].text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-le"])
def test_ingest_utf16_and_utf32_with_bom_are_decoded(tmp_path: Path, encoding: str):
    path = tmp_path / "a.txt"
    data = ARTICLE.encode(encoding)
    if encoding.endswith(("-be", "-le")):  # the explicit-order codecs write no BOM: add it
        bom = {"utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}[encoding]
        data = bom + data
    path.write_bytes(data)
    (item,) = _load(path)
    assert isinstance(item, RawArticle), item
    assert item.text == ARTICLE


def test_ingest_fifo_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = _load(fifo)
    assert isinstance(item, Skipped) and "not a regular file (a FIFO)" in item.reason


def test_ingest_symlink_to_dev_zero_is_refused(tmp_path: Path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    (item,) = _load(link)
    assert isinstance(item, Skipped) and "character device" in item.reason


def test_ingest_stdin_over_the_limit_is_refused(monkeypatch):
    data = b"word " * (MAX_FILE_BYTES // 5 + 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (item,) = _load("-")
    assert isinstance(item, Skipped) and "limit" in item.reason


def test_ingest_html_nested_ten_thousand_deep_finds_the_body(tmp_path: Path):
    paragraph = " ".join([ARTICLE] * 3)
    html = (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * 10_000
        + f"<article><p>{paragraph}</p><p>{paragraph}</p></article>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(html, encoding="utf-8")
    (item,) = _load(path)
    assert isinstance(item, RawArticle), item
    assert "Police detained 14 students" in item.text


def test_ingest_reader_bug_on_one_file_skips_that_file_only(tmp_path: Path, monkeypatch):
    import tally.ingest.files as files

    real = files._from_text

    def fails_on_b(text: str, path: str):
        if path.endswith("b.txt"):
            raise RuntimeError("reader bug")
        return real(text, path)

    monkeypatch.setattr(files, "_from_text", fails_on_b)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}: {ARTICLE}", encoding="utf-8")
    items = _load(tmp_path)
    assert [type(i).__name__ for i in items] == ["RawArticle", "Skipped", "RawArticle"]
    assert "RuntimeError: reader bug" in items[1].reason
